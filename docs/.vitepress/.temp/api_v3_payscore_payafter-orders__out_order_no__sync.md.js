import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"支付分订单同步 · v3/payscore/payafter-orders/{out_order_no}/sync","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/payscore/payafter-orders/_out_order_no_/sync.md","filePath":"api/v3/payscore/payafter-orders/_out_order_no_/sync.md"}');
const _sfc_main = { name: "api/v3/payscore/payafter-orders/_out_order_no_/sync.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="支付分订单同步-·-v3-payscore-payafter-orders-out-order-no-sync" tabindex="-1">支付分订单同步 · <code>v3/payscore/payafter-orders/{out_order_no}/sync</code> <a class="header-anchor" href="#支付分订单同步-·-v3-payscore-payafter-orders-out-order-no-sync" aria-label="Permalink to &quot;支付分订单同步 · \`v3/payscore/payafter-orders/{out_order_no}/sync\`&quot;">​</a></h1><p><a href="./../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>由于收款商户进行的某些“线下操作”会导致微信支付侧的订单状态与实际情况不符，例如用户通过线下付款的方式已经完成了支付，而微信支付侧还没有支付成功，此时可能导致用户重复支付。因此商户需要通过订单同步接口将订单状态同步给微信支付，修改订单在微信支付系统中的状态。 <strong>注意：</strong> 本接口只适用于智慧零售、先享后付、免押租借、免押速住的免押订单。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/payscore/payafter-orders/{out_order_no}/sync</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 支付分∙先享后付</li><li>适用对象: 直连商户</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>out_order_no</code></td><td>string</td><td>yes</td><td>商户服务订单号</td><td></td></tr><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td></td><td>公众账号ID</td><td></td></tr><tr><td>├ <code>service_id</code></td><td>string</td><td></td><td>服务ID</td><td></td></tr><tr><td>├ <code>type</code></td><td>string</td><td></td><td>场景类型</td><td><code>Order_Paid</code></td></tr><tr><td>└ <code>detail</code></td><td>object</td><td></td><td>内容信息详情</td><td></td></tr><tr><td> └ <code>paid_time</code></td><td>string(yyyyMMddHHmmss)</td><td></td><td>用户通过其他方式付款成功的实际时间</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/payscore/payafter-orders/{out_order_no}/sync&#39;][&#39;post&#39;][&#39;options&#39;] = {
  out_order_no: &#39;&lt;out_order_no&gt;&#39;,
  json: { appid: &#39;wxd678efh567hg6787&#39;, service_id: &#39;500001&#39; },
};

// 1. $instance-&gt;v3-&gt;payscore-&gt;payafterOrders-&gt;_out_order_no_-&gt;sync-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.payscore.payafterOrders._out_order_no_.sync.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/payscore/payafter-orders/{out_order_no}/sync&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/payscore/payafter-orders/{out_order_no}/sync&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/payscore/payafter-orders/{out_order_no}/sync&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/payscore/payafter-orders/{out_order_no}/sync&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;payscore-&gt;payafterOrders-&gt;_out_order_no_-&gt;sync-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.payscore.payafterOrders._out_order_no_.sync.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/payscore/payafter-orders/{out_order_no}/sync&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/payscore/payafter-orders/{out_order_no}/sync&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/payscore/payafter-orders/{out_order_no}/sync&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/payscore/payafter-orders/{out_order_no}/sync&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>appid</code></td><td>string</td><td>公众账号ID</td><td></td></tr><tr><td><code>mchid</code></td><td>string</td><td>商户号</td><td></td></tr><tr><td><code>out_order_no</code></td><td>string</td><td>商户服务订单号</td><td></td></tr><tr><td><code>order_id</code></td><td>string</td><td>微信支付服务订单号</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=24_1&amp;index=1" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/payscore/payafter-orders/_out_order_no_/sync.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const sync = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  sync as default
};
