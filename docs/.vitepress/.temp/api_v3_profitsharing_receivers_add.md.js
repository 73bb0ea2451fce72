import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"添加分账接收方 · v3/profitsharing/receivers/add","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/profitsharing/receivers/add.md","filePath":"api/v3/profitsharing/receivers/add.md"}');
const _sfc_main = { name: "api/v3/profitsharing/receivers/add.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="添加分账接收方-·-v3-profitsharing-receivers-add" tabindex="-1">添加分账接收方 · <code>v3/profitsharing/receivers/add</code> <a class="header-anchor" href="#添加分账接收方-·-v3-profitsharing-receivers-add" aria-label="Permalink to &quot;添加分账接收方 · \`v3/profitsharing/receivers/add\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>服务商发起添加分账接收方请求，建立分账接收方列表。后续可通过发起分账请求，将分账方商户结算后的资金，分到该分账接收方</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/profitsharing/receivers/add</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 资金应用∙分账</li><li>适用对象: 直连商户, 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td></td><td>子商户号</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td>yes</td><td>应用ID</td><td></td></tr><tr><td>├ <code>sub_appid</code></td><td>string</td><td></td><td>子商户应用ID</td><td></td></tr><tr><td>├ <code>type</code></td><td>string</td><td>yes</td><td>分账接收方类型</td><td><code>MERCHANT_ID</code>, <code>PERSONAL_OPENID</code>, <code>PERSONAL_SUB_OPENID</code></td></tr><tr><td>├ <code>account</code></td><td>string</td><td>yes</td><td>分账接收方帐号</td><td></td></tr><tr><td>├ <code>name</code></td><td>string(base64)</td><td></td><td>分账个人接收方姓名</td><td></td></tr><tr><td>├ <code>relation_type</code></td><td>string</td><td>yes</td><td>与分账方的关系类型</td><td><code>SERVICE_PROVIDER</code>, <code>STORE</code>, <code>STAFF</code>, <code>STORE_OWNER</code>, <code>PARTNER</code>, <code>HEADQUARTER</code>, <code>BRAND</code>, <code>DISTRIBUTOR</code>, <code>USER</code>, <code>SUPPLIER</code>, <code>CUSTOM</code></td></tr><tr><td>└ <code>custom_relation</code></td><td>string</td><td></td><td>自定义的分账关系</td><td></td></tr><tr><td><code>headers</code></td><td>object</td><td>yes</td><td>Request headers</td><td></td></tr><tr><td>└ <code>Wechatpay-Serial</code></td><td>unknown</td><td>yes</td><td>微信支付公钥ID/平台证书序列号</td><td></td></tr></tbody></table><p><code>Wechatpay-Serial</code> is set by the SDK: to the platform key it encrypted with when <code>json</code> is built with <code>encrypt</code>, and to the <code>PUB_KEY_ID_…</code> in public-key mode.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/profitsharing/receivers/add&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    sub_mchid: &#39;1900000109&#39;,
    appid: &#39;wx8888888888888888&#39;,
    sub_appid: &#39;wx8888888888888889&#39;,
    type: &#39;MERCHANT_ID&#39;,
    account: &#39;86693852&#39;,
    name: &#39;hu89ohu89ohu89o&#39;,
    relation_type: &#39;SERVICE_PROVIDER&#39;,
    custom_relation: &#39;代理商&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;profitsharing-&gt;receivers-&gt;add-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.profitsharing.receivers.add.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/profitsharing/receivers/add&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/profitsharing/receivers/add&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/profitsharing/receivers/add&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/profitsharing/receivers/add&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;profitsharing-&gt;receivers-&gt;add-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.profitsharing.receivers.add.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/profitsharing/receivers/add&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/profitsharing/receivers/add&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/profitsharing/receivers/add&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/profitsharing/receivers/add&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>sub_mchid</code></td><td>string</td><td>子商户号</td><td></td></tr><tr><td><code>type</code></td><td>string</td><td>分账接收方类型</td><td><code>MERCHANT_ID</code>, <code>PERSONAL_OPENID</code>, <code>PERSONAL_SUB_OPENID</code></td></tr><tr><td><code>account</code></td><td>string</td><td>分账接收方账号</td><td></td></tr><tr><td><code>name</code></td><td>string(base64)</td><td>分账接收方全称</td><td></td></tr><tr><td><code>relation_type</code></td><td>string</td><td>与分账方的关系类型</td><td><code>SERVICE_PROVIDER</code>, <code>STORE</code>, <code>STAFF</code>, <code>STORE_OWNER</code>, <code>PARTNER</code>, <code>HEADQUARTER</code>, <code>BRAND</code>, <code>DISTRIBUTOR</code>, <code>USER</code>, <code>SUPPLIER</code>, <code>CUSTOM</code></td></tr><tr><td><code>custom_relation</code></td><td>string</td><td>自定义的分账关系</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/profitsharing/receivers/add.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const add = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  add as default
};
