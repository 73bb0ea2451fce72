import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"服务人员查询API / 服务人员注册API · v3/smartguide/guides","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/smartguide/guides.md","filePath":"api/v3/smartguide/guides.md"}');
const _sfc_main = { name: "api/v3/smartguide/guides.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="服务人员查询api-服务人员注册api-·-v3-smartguide-guides" tabindex="-1">服务人员查询API / 服务人员注册API · <code>v3/smartguide/guides</code> <a class="header-anchor" href="#服务人员查询api-服务人员注册api-·-v3-smartguide-guides" aria-label="Permalink to &quot;服务人员查询API / 服务人员注册API · \`v3/smartguide/guides\`&quot;">​</a></h1><p><a href="./../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get-·-服务人员查询api" tabindex="-1">GET · 服务人员查询API <a class="header-anchor" href="#get-·-服务人员查询api" aria-label="Permalink to &quot;GET · 服务人员查询API&quot;">​</a></h2><p>用于服务商/商户开发者查询已注册的服务人员ID等信息。</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/smartguide/guides</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 经营工具∙支付即服务</li><li>适用对象: 服务商, 直连商户</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>query</code></td><td>object</td><td>yes</td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td></td><td>子商户ID</td><td></td></tr><tr><td>├ <code>store_id</code></td><td>integer</td><td>yes</td><td>门店ID</td><td></td></tr><tr><td>├ <code>userid</code></td><td>string</td><td></td><td>企业微信的员工ID</td><td></td></tr><tr><td>├ <code>mobile</code></td><td>string(base64)</td><td></td><td>手机号码</td><td></td></tr><tr><td>├ <code>work_id</code></td><td>string</td><td></td><td>工号</td><td></td></tr><tr><td>├ <code>limit</code></td><td>integer</td><td></td><td>最大资源条数</td><td></td></tr><tr><td>└ <code>offset</code></td><td>integer</td><td></td><td>请求资源起始位置</td><td></td></tr><tr><td><code>headers</code></td><td>object</td><td>yes</td><td>Request headers</td><td></td></tr><tr><td>└ <code>Wechatpay-Serial</code></td><td>unknown</td><td>yes</td><td>微信支付公钥ID/平台证书序列号</td><td></td></tr></tbody></table><p><code>Wechatpay-Serial</code> is set by the SDK: to the platform key it encrypted with when <code>json</code> is built with <code>encrypt</code>, and to the <code>PUB_KEY_ID_…</code> in public-key mode.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/smartguide/guides&#39;][&#39;get&#39;][&#39;options&#39;] = { query: { store_id: 1 } };

// 1. $instance-&gt;v3-&gt;smartguide-&gt;guides-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.smartguide.guides.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/smartguide/guides&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/smartguide/guides&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/smartguide/guides&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/smartguide/guides&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;smartguide-&gt;guides-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.smartguide.guides.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/smartguide/guides&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/smartguide/guides&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/smartguide/guides&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/smartguide/guides&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>total_count</code></td><td>integer</td><td>服务人员数量</td><td></td></tr><tr><td><code>limit</code></td><td>integer</td><td>最大资源条数</td><td></td></tr><tr><td><code>offset</code></td><td>integer</td><td>请求资源起始位置</td><td></td></tr><tr><td><code>data</code></td><td>object[]</td><td>服务人员信息列表</td><td></td></tr><tr><td>├ <code>guide_id</code></td><td>string</td><td>服务人员ID</td><td></td></tr><tr><td>├ <code>store_id</code></td><td>integer</td><td>门店ID</td><td></td></tr><tr><td>├ <code>name</code></td><td>string(base64)</td><td>企业微信的员工姓名</td><td></td></tr><tr><td>├ <code>mobile</code></td><td>string(base64)</td><td>手机号码</td><td></td></tr><tr><td>├ <code>userid</code></td><td>string</td><td>企业微信的员工ID</td><td></td></tr><tr><td>└ <code>work_id</code></td><td>string</td><td>工号</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/smartguide/chapter3_3.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul><h2 id="post-·-服务人员注册api" tabindex="-1">POST · 服务人员注册API <a class="header-anchor" href="#post-·-服务人员注册api" aria-label="Permalink to &quot;POST · 服务人员注册API&quot;">​</a></h2><p>用于服务商/商户开发者为商户注册服务人员使用。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/smartguide/guides</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 经营工具∙支付即服务</li><li>适用对象: 服务商, 直连商户</li></ul><h3 id="request-1" tabindex="-1">Request <a class="header-anchor" href="#request-1" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td></td><td>子商户ID</td><td></td></tr><tr><td>├ <code>corpid</code></td><td>string</td><td>yes</td><td>企业ID</td><td></td></tr><tr><td>├ <code>store_id</code></td><td>integer</td><td>yes</td><td>门店ID</td><td></td></tr><tr><td>├ <code>userid</code></td><td>string</td><td>yes</td><td>企业微信的员工ID</td><td></td></tr><tr><td>├ <code>name</code></td><td>string(base64)</td><td>yes</td><td>企业微信的员工姓名</td><td></td></tr><tr><td>├ <code>mobile</code></td><td>string(base64)</td><td>yes</td><td>手机号码</td><td></td></tr><tr><td>├ <code>qr_code</code></td><td>string(url)</td><td>yes</td><td>员工个人二维码</td><td></td></tr><tr><td>├ <code>avatar</code></td><td>string(url)</td><td>yes</td><td>头像URL</td><td></td></tr><tr><td>└ <code>group_qrcode</code></td><td>string</td><td></td><td>群二维码URL</td><td></td></tr><tr><td><code>headers</code></td><td>object</td><td>yes</td><td>Request headers</td><td></td></tr><tr><td>└ <code>Wechatpay-Serial</code></td><td>unknown</td><td>yes</td><td>微信支付公钥ID/平台证书序列号</td><td></td></tr></tbody></table><p><code>Wechatpay-Serial</code> is set by the SDK: to the platform key it encrypted with when <code>json</code> is built with <code>encrypt</code>, and to the <code>PUB_KEY_ID_…</code> in public-key mode.</p><h3 id="call-styles-1" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles-1" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/smartguide/guides&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    corpid: &#39;&lt;corpid&gt;&#39;,
    store_id: 1,
    userid: &#39;&lt;userid&gt;&#39;,
    name: &#39;&lt;name&gt;&#39;,
    mobile: &#39;&lt;mobile&gt;&#39;,
    qr_code: &#39;https://www.example.com/&#39;,
    avatar: &#39;https://www.example.com/&#39;,
    group_qrcode: &#39;https://work.weixin.qq.com/xxxxxxx&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;smartguide-&gt;guides-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.smartguide.guides.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/smartguide/guides&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/smartguide/guides&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/smartguide/guides&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/smartguide/guides&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;smartguide-&gt;guides-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.smartguide.guides.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/smartguide/guides&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/smartguide/guides&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/smartguide/guides&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/smartguide/guides&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer-1" tabindex="-1">Answer <a class="header-anchor" href="#answer-1" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>guide_id</code></td><td>string</td><td>服务人员ID</td><td></td></tr></tbody></table><h3 id="official-documentation-1" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation-1" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/smartguide/chapter3_1.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/smartguide/guides.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const guides = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  guides as default
};
