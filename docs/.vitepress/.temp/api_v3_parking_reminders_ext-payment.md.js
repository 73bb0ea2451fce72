import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"同步非临停扩展支付 · v3/parking/reminders/ext-payment","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/parking/reminders/ext-payment.md","filePath":"api/v3/parking/reminders/ext-payment.md"}');
const _sfc_main = { name: "api/v3/parking/reminders/ext-payment.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="同步非临停扩展支付-·-v3-parking-reminders-ext-payment" tabindex="-1">同步非临停扩展支付 · <code>v3/parking/reminders/ext-payment</code> <a class="header-anchor" href="#同步非临停扩展支付-·-v3-parking-reminders-ext-payment" aria-label="Permalink to &quot;同步非临停扩展支付 · \`v3/parking/reminders/ext-payment\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>对商户提供非临停扩展支付数据同步接口（仅落库，不参与临停停车单）。适用对象与普通服务商一致，支持普通商户、普通服务商、平台商户（电商模式），与既有停车提醒 API 相同。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/parking/reminders/ext-payment</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 停车缴费服务</li><li>适用对象: 普通服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>out_trade_no</code></td><td>string</td><td>yes</td><td>商户支付订单号</td><td></td></tr><tr><td>├ <code>fee_items</code></td><td>object[]</td><td>yes</td><td>费用明细列表</td><td></td></tr><tr><td> ├ <code>fee_type</code></td><td>string</td><td>yes</td><td>费用类型</td><td><code>EXT_PARKING_PAYMENT_FEE_TYPE_UNKNOWN</code>, <code>EXT_PARKING_PAYMENT_FEE_TYPE_MONTHLY</code>, <code>EXT_PARKING_PAYMENT_FEE_TYPE_QUARTERLY</code>, <code>EXT_PARKING_PAYMENT_FEE_TYPE_MEMBER</code></td></tr><tr><td> └ <code>amount</code></td><td>integer</td><td>yes</td><td>金额（单位为分）</td><td></td></tr><tr><td>├ <code>pay_time</code></td><td>integer</td><td>yes</td><td>支付时间（秒级时间戳）</td><td></td></tr><tr><td>├ <code>wx_parking_lot_id</code></td><td>string</td><td></td><td>微信停车场ID</td><td></td></tr><tr><td>└ <code>wx_trade_no</code></td><td>string</td><td></td><td>微信支付订单号</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/parking/reminders/ext-payment&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    out_trade_no: &#39;TRADE202407041530001&#39;,
    fee_items: [{ fee_type: &#39;EXT_PARKING_PAYMENT_FEE_TYPE_MONTHLY&#39;, amount: 5000 }],
    pay_time: 1719128975,
    wx_parking_lot_id: &#39;21232735744117624001123604298240&#39;,
    wx_trade_no: &#39;4200001999202407041234567890&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;parking-&gt;reminders-&gt;extPayment-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.parking.reminders.extPayment.postAsync(options).then((response) =&gt; console.log(response.status));

// 2. $instance-&gt;chain(&#39;v3/parking/reminders/ext-payment&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/parking/reminders/ext-payment&#39;).postAsync(options).then((response) =&gt; console.log(response.status));

// 3. $instance[&#39;v3/parking/reminders/ext-payment&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/parking/reminders/ext-payment&#39;].postAsync(options).then((response) =&gt; console.log(response.status));

// 4. $response = $instance-&gt;v3-&gt;parking-&gt;reminders-&gt;extPayment-&gt;post([…]); echo $response-&gt;getStatusCode();
const byProperty = await wx.v3.parking.reminders.extPayment.post(options);
console.log(byProperty.status);

// 5. $response = $instance-&gt;chain(&#39;v3/parking/reminders/ext-payment&#39;)-&gt;post([…]); echo $response-&gt;getStatusCode();
const byChain = await wx.chain(&#39;v3/parking/reminders/ext-payment&#39;).post(options);
console.log(byChain.status);

// 6. $response = $instance[&#39;v3/parking/reminders/ext-payment&#39;]-&gt;post([…]); echo $response-&gt;getStatusCode();
const byPath = await wx[&#39;v3/parking/reminders/ext-payment&#39;].post(options);
console.log(byPath.status);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><p><code>204 No Content</code>: no body; <code>response.data</code> is <code>undefined</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/parking/reminders/ext-payment.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const extPayment = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  extPayment as default
};
