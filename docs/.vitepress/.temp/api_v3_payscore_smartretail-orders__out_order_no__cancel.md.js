import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"撤销智慧零售订单 · v3/payscore/smartretail-orders/{out_order_no}/cancel","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/payscore/smartretail-orders/_out_order_no_/cancel.md","filePath":"api/v3/payscore/smartretail-orders/_out_order_no_/cancel.md"}');
const _sfc_main = { name: "api/v3/payscore/smartretail-orders/_out_order_no_/cancel.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="撤销智慧零售订单-·-v3-payscore-smartretail-orders-out-order-no-cancel" tabindex="-1">撤销智慧零售订单 · <code>v3/payscore/smartretail-orders/{out_order_no}/cancel</code> <a class="header-anchor" href="#撤销智慧零售订单-·-v3-payscore-smartretail-orders-out-order-no-cancel" aria-label="Permalink to &quot;撤销智慧零售订单 · \`v3/payscore/smartretail-orders/{out_order_no}/cancel\`&quot;">​</a></h1><p><a href="./../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><ul><li><code>POST https://api.mch.weixin.qq.com/v3/payscore/smartretail-orders/{out_order_no}/cancel</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 支付分∙智慧零售</li><li>适用对象: 直连商户</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>out_order_no</code></td><td>string</td><td>yes</td><td>商户服务订单号</td><td></td></tr><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td>yes</td><td>公众账号ID</td><td></td></tr><tr><td>├ <code>service_id</code></td><td>string</td><td>yes</td><td>服务ID</td><td></td></tr><tr><td>└ <code>reason</code></td><td>string</td><td>yes</td><td>取消原因</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/payscore/smartretail-orders/{out_order_no}/cancel&#39;][&#39;post&#39;][&#39;options&#39;] = {
  out_order_no: &#39;&lt;out_order_no&gt;&#39;,
  json: { appid: &#39;wxd678efh567hg6787&#39;, service_id: &#39;500001&#39;, reason: &#39;用户投诉&#39; },
};

// 1. $instance-&gt;v3-&gt;payscore-&gt;smartretailOrders-&gt;_out_order_no_-&gt;cancel-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.payscore.smartretailOrders._out_order_no_.cancel.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/payscore/smartretail-orders/{out_order_no}/cancel&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/payscore/smartretail-orders/{out_order_no}/cancel&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/payscore/smartretail-orders/{out_order_no}/cancel&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/payscore/smartretail-orders/{out_order_no}/cancel&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;payscore-&gt;smartretailOrders-&gt;_out_order_no_-&gt;cancel-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.payscore.smartretailOrders._out_order_no_.cancel.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/payscore/smartretail-orders/{out_order_no}/cancel&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/payscore/smartretail-orders/{out_order_no}/cancel&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/payscore/smartretail-orders/{out_order_no}/cancel&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/payscore/smartretail-orders/{out_order_no}/cancel&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>appid</code></td><td>string</td><td>公众账号ID</td><td></td></tr><tr><td><code>mchid</code></td><td>string</td><td>商户号</td><td></td></tr><tr><td><code>out_order_no</code></td><td>string</td><td>商户服务订单号</td><td></td></tr><tr><td><code>service_id</code></td><td>string</td><td>服务ID</td><td></td></tr><tr><td><code>order_id</code></td><td>string</td><td>微信支付服务订单号</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=14_3&amp;index=5" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/payscore/smartretail-orders/_out_order_no_/cancel.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const cancel = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  cancel as default
};
