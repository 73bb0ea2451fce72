import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"撤销订单(商户订单号) · v3/global/micropay/transactions/out-trade-no/{out_trade_no}/reverse","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/global/micropay/transactions/out-trade-no/_out_trade_no_/reverse.md","filePath":"api/v3/global/micropay/transactions/out-trade-no/_out_trade_no_/reverse.md"}');
const _sfc_main = { name: "api/v3/global/micropay/transactions/out-trade-no/_out_trade_no_/reverse.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="撤销订单-商户订单号-·-v3-global-micropay-transactions-out-trade-no-out-trade-no-reverse" tabindex="-1">撤销订单(商户订单号) · <code>v3/global/micropay/transactions/out-trade-no/{out_trade_no}/reverse</code> <a class="header-anchor" href="#撤销订单-商户订单号-·-v3-global-micropay-transactions-out-trade-no-out-trade-no-reverse" aria-label="Permalink to &quot;撤销订单(商户订单号) · \`v3/global/micropay/transactions/out-trade-no/{out_trade_no}/reverse\`&quot;">​</a></h1><p><a href="./../../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>支付交易返回失败或支付系统超时，调用该接口撤销交易。如果此订单用户支付失败，微信支付系统会将此订单关闭；如果用户支付成功，微信支付系统会将此订单资金退还给用户。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/global/micropay/transactions/out-trade-no/{out_trade_no}/reverse</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 跨境∙支付</li><li>适用对象: 直连模式, 机构模式</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>out_trade_no</code></td><td>string</td><td>yes</td><td>商户订单号</td><td></td></tr><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>mchid</code></td><td>string</td><td>yes</td><td>商户号</td><td></td></tr><tr><td>├ <code>sp_mchid</code></td><td>string</td><td>yes</td><td>机构商户号</td><td></td></tr><tr><td>└ <code>sub_mchid</code></td><td>string</td><td>yes</td><td>子商户号</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/global/micropay/transactions/out-trade-no/{out_trade_no}/reverse&#39;][&#39;post&#39;][&#39;options&#39;] = {
  out_trade_no: &#39;1217752501201407033233368018&#39;,
  json: { mchid: &#39;1900000109&#39;, sp_mchid: &#39;1900000100&#39;, sub_mchid: &#39;1900000109&#39; },
};

// 1. $instance-&gt;v3-&gt;global-&gt;micropay-&gt;transactions-&gt;outTradeNo-&gt;_out_trade_no_-&gt;reverse-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.global.micropay.transactions.outTradeNo._out_trade_no_.reverse.postAsync(options).then((response) =&gt; console.log(response.status));

// 2. $instance-&gt;chain(&#39;v3/global/micropay/transactions/out-trade-no/{out_trade_no}/reverse&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/global/micropay/transactions/out-trade-no/{out_trade_no}/reverse&#39;).postAsync(options).then((response) =&gt; console.log(response.status));

// 3. $instance[&#39;v3/global/micropay/transactions/out-trade-no/{out_trade_no}/reverse&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/global/micropay/transactions/out-trade-no/{out_trade_no}/reverse&#39;].postAsync(options).then((response) =&gt; console.log(response.status));

// 4. $response = $instance-&gt;v3-&gt;global-&gt;micropay-&gt;transactions-&gt;outTradeNo-&gt;_out_trade_no_-&gt;reverse-&gt;post([…]); echo $response-&gt;getStatusCode();
const byProperty = await wx.v3.global.micropay.transactions.outTradeNo._out_trade_no_.reverse.post(options);
console.log(byProperty.status);

// 5. $response = $instance-&gt;chain(&#39;v3/global/micropay/transactions/out-trade-no/{out_trade_no}/reverse&#39;)-&gt;post([…]); echo $response-&gt;getStatusCode();
const byChain = await wx.chain(&#39;v3/global/micropay/transactions/out-trade-no/{out_trade_no}/reverse&#39;).post(options);
console.log(byChain.status);

// 6. $response = $instance[&#39;v3/global/micropay/transactions/out-trade-no/{out_trade_no}/reverse&#39;]-&gt;post([…]); echo $response-&gt;getStatusCode();
const byPath = await wx[&#39;v3/global/micropay/transactions/out-trade-no/{out_trade_no}/reverse&#39;].post(options);
console.log(byPath.status);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><p><code>204 No Content</code>: no body; <code>response.data</code> is <code>undefined</code>.</p><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter3_1_7.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/global/micropay/transactions/out-trade-no/_out_trade_no_/reverse.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const reverse = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  reverse as default
};
