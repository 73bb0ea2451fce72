import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"查询可用商户范围列表 / 创建可用商户范围 · v3/webizpay/avail-mch-ranges","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/webizpay/avail-mch-ranges.md","filePath":"api/v3/webizpay/avail-mch-ranges.md"}');
const _sfc_main = { name: "api/v3/webizpay/avail-mch-ranges.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="查询可用商户范围列表-创建可用商户范围-·-v3-webizpay-avail-mch-ranges" tabindex="-1">查询可用商户范围列表 / 创建可用商户范围 · <code>v3/webizpay/avail-mch-ranges</code> <a class="header-anchor" href="#查询可用商户范围列表-创建可用商户范围-·-v3-webizpay-avail-mch-ranges" aria-label="Permalink to &quot;查询可用商户范围列表 / 创建可用商户范围 · \`v3/webizpay/avail-mch-ranges\`&quot;">​</a></h1><p><a href="./../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get-·-查询可用商户范围列表" tabindex="-1">GET · 查询可用商户范围列表 <a class="header-anchor" href="#get-·-查询可用商户范围列表" aria-label="Permalink to &quot;GET · 查询可用商户范围列表&quot;">​</a></h2><p>查询可用商户范围列表。该接口允许服务商查询已创建的所有可用商户范围ID列表。通过此接口可以获取服务商下所有的可用商户范围，便于后续的范围管理和额度卡配置。</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/webizpay/avail-mch-ranges</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 企业支付</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>query</code></td><td>object</td><td>yes</td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>└ <code>sp_mchid</code></td><td>string</td><td>yes</td><td>服务商商户号</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/webizpay/avail-mch-ranges&#39;][&#39;get&#39;][&#39;options&#39;] = {
  query: { sp_mchid: &#39;12341234&#39; },
};

// 1. $instance-&gt;v3-&gt;webizpay-&gt;availMchRanges-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.webizpay.availMchRanges.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/webizpay/avail-mch-ranges&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/webizpay/avail-mch-ranges&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/webizpay/avail-mch-ranges&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/webizpay/avail-mch-ranges&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;webizpay-&gt;availMchRanges-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.webizpay.availMchRanges.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/webizpay/avail-mch-ranges&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/webizpay/avail-mch-ranges&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/webizpay/avail-mch-ranges&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/webizpay/avail-mch-ranges&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>sp_mchid</code></td><td>string</td><td>服务商商户号</td><td></td></tr><tr><td><code>range_list</code></td><td>object[]</td><td>可用商户范围列表</td><td></td></tr><tr><td>├ <code>range_id</code></td><td>string</td><td>可用商户范围id</td><td></td></tr><tr><td>└ <code>identifier_type</code></td><td>string</td><td>商户标识类型</td><td><code>ORGANIZATION_CODE</code>, <code>TRANSACTION_ID</code></td></tr></tbody></table><h2 id="post-·-创建可用商户范围" tabindex="-1">POST · 创建可用商户范围 <a class="header-anchor" href="#post-·-创建可用商户范围" aria-label="Permalink to &quot;POST · 创建可用商户范围&quot;">​</a></h2><p>创建可用商户范围。该接口允许服务商创建新的可用商户范围，用于限制额度卡的可用商户范围。服务商可以根据业务需要创建基于统一社会信用代码或微信支付订单号的商户范围，便于管理不同场景下的额度卡使用限制。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/webizpay/avail-mch-ranges</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 企业支付</li><li>适用对象: 服务商</li></ul><h3 id="request-1" tabindex="-1">Request <a class="header-anchor" href="#request-1" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>sp_mchid</code></td><td>string</td><td>yes</td><td>服务商商户号</td><td></td></tr><tr><td>└ <code>identifier_type</code></td><td>string</td><td>yes</td><td>商户标识类型</td><td><code>ORGANIZATION_CODE</code>, <code>TRANSACTION_ID</code></td></tr></tbody></table><h3 id="call-styles-1" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles-1" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/webizpay/avail-mch-ranges&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: { sp_mchid: &#39;12341234&#39;, identifier_type: &#39;ORGANIZATION_CODE&#39; },
};

// 1. $instance-&gt;v3-&gt;webizpay-&gt;availMchRanges-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.webizpay.availMchRanges.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/webizpay/avail-mch-ranges&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/webizpay/avail-mch-ranges&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/webizpay/avail-mch-ranges&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/webizpay/avail-mch-ranges&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;webizpay-&gt;availMchRanges-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.webizpay.availMchRanges.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/webizpay/avail-mch-ranges&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/webizpay/avail-mch-ranges&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/webizpay/avail-mch-ranges&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/webizpay/avail-mch-ranges&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer-1" tabindex="-1">Answer <a class="header-anchor" href="#answer-1" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>range_id</code></td><td>string</td><td>可用商户范围id</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/webizpay/avail-mch-ranges.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const availMchRanges = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  availMchRanges as default
};
