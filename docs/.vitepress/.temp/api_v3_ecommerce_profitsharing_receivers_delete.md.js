import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"删除分账接收方API · v3/ecommerce/profitsharing/receivers/delete","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/ecommerce/profitsharing/receivers/delete.md","filePath":"api/v3/ecommerce/profitsharing/receivers/delete.md"}');
const _sfc_main = { name: "api/v3/ecommerce/profitsharing/receivers/delete.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="删除分账接收方api-·-v3-ecommerce-profitsharing-receivers-delete" tabindex="-1">删除分账接收方API · <code>v3/ecommerce/profitsharing/receivers/delete</code> <a class="header-anchor" href="#删除分账接收方api-·-v3-ecommerce-profitsharing-receivers-delete" aria-label="Permalink to &quot;删除分账接收方API · \`v3/ecommerce/profitsharing/receivers/delete\`&quot;">​</a></h1><p><a href="./../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>电商平台发起删除分账接收方请求。删除后，不支持将电商平台下二级商户结算后的资金，分到该分账接收方。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/ecommerce/profitsharing/receivers/delete</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 收付通∙分账</li><li>适用对象: 电商平台</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td>yes</td><td>公众账号ID</td><td></td></tr><tr><td>├ <code>type</code></td><td>string</td><td>yes</td><td>分账接收方类型</td><td><code>MERCHANT_ID</code>, <code>PERSONAL_OPENID</code></td></tr><tr><td>└ <code>account</code></td><td>string</td><td>yes</td><td>接收方账号</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The call styles of the PHP SDK: <code>post</code> and <code>postAsync</code> on <code>chain(&#39;…&#39;)</code> and the bracket path. There is no property chain: <code>delete</code> is a method of every node (the DELETE call), so it cannot name a path segment.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/ecommerce/profitsharing/receivers/delete&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: { appid: &#39;wx8888888888888888&#39;, type: &#39;MERCHANT_ID&#39;, account: &#39;190001001&#39; },
};

// 1. $instance-&gt;chain(&#39;v3/ecommerce/profitsharing/receivers/delete&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/ecommerce/profitsharing/receivers/delete&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance[&#39;v3/ecommerce/profitsharing/receivers/delete&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/ecommerce/profitsharing/receivers/delete&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $response = $instance-&gt;chain(&#39;v3/ecommerce/profitsharing/receivers/delete&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/ecommerce/profitsharing/receivers/delete&#39;).post(options);
console.log(byChain.data);

// 4. $response = $instance[&#39;v3/ecommerce/profitsharing/receivers/delete&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/ecommerce/profitsharing/receivers/delete&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>type</code></td><td>string</td><td>分账接收方类型</td><td><code>MERCHANT_ID</code>, <code>PERSONAL_OPENID</code></td></tr><tr><td><code>account</code></td><td>string</td><td>接收方账号</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/profitsharing/chapter3_8.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/ecommerce/profitsharing/receivers/delete.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const _delete = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  _delete as default
};
