import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"下发服务费用待处理消息 · v3/payscore/partner/serviceorder/{out_order_no}/send-pendingmessage","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/payscore/partner/serviceorder/_out_order_no_/send-pendingmessage.md","filePath":"api/v3/payscore/partner/serviceorder/_out_order_no_/send-pendingmessage.md"}');
const _sfc_main = { name: "api/v3/payscore/partner/serviceorder/_out_order_no_/send-pendingmessage.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="下发服务费用待处理消息-·-v3-payscore-partner-serviceorder-out-order-no-send-pendingmessage" tabindex="-1">下发服务费用待处理消息 · <code>v3/payscore/partner/serviceorder/{out_order_no}/send-pendingmessage</code> <a class="header-anchor" href="#下发服务费用待处理消息-·-v3-payscore-partner-serviceorder-out-order-no-send-pendingmessage" aria-label="Permalink to &quot;下发服务费用待处理消息 · \`v3/payscore/partner/serviceorder/{out_order_no}/send-pendingmessage\`&quot;">​</a></h1><p><a href="./../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>商户系统请求支付分系统，下发服务费用待处理消息; 一笔服务订单仅可以发送一次服务费用待处理消息;</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/payscore/partner/serviceorder/{out_order_no}/send-pendingmessage</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 支付分∙服务商模式</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>out_order_no</code></td><td>string</td><td>yes</td><td>商户服务订单号</td><td></td></tr><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>service_id</code></td><td>string</td><td>yes</td><td>服务ID</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td>yes</td><td>子商户商户号</td><td></td></tr><tr><td>├ <code>post_payments</code></td><td>object[]</td><td>yes</td><td>后付费项目</td><td></td></tr><tr><td> ├ <code>name</code></td><td>string</td><td></td><td>付费名称</td><td></td></tr><tr><td> ├ <code>amount</code></td><td>number</td><td></td><td>付费金额</td><td></td></tr><tr><td> ├ <code>description</code></td><td>string</td><td></td><td>付费说明</td><td></td></tr><tr><td> └ <code>count</code></td><td>number</td><td></td><td>付费数量</td><td></td></tr><tr><td>├ <code>post_discounts</code></td><td>object[]</td><td></td><td>商户优惠</td><td></td></tr><tr><td> ├ <code>name</code></td><td>string</td><td></td><td>优惠名称</td><td></td></tr><tr><td> ├ <code>description</code></td><td>string</td><td></td><td>优惠说明</td><td></td></tr><tr><td> ├ <code>amount</code></td><td>number</td><td></td><td>优惠金额</td><td></td></tr><tr><td> └ <code>count</code></td><td>number</td><td></td><td>优惠数量</td><td></td></tr><tr><td>├ <code>total_amount</code></td><td>number</td><td>yes</td><td>总金额</td><td></td></tr><tr><td>└ <code>prepaid_time</code></td><td>string</td><td>yes</td><td>预计扣费时间</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/payscore/partner/serviceorder/{out_order_no}/send-pendingmessage&#39;][&#39;post&#39;][&#39;options&#39;] = {
  out_order_no: &#39;&lt;out_order_no&gt;&#39;,
  json: {
    service_id: &#39;2002000000000558128851361561536&#39;,
    sub_mchid: &#39;1900000109&#39;,
    post_payments: [{ name: &#39;就餐费用&#39;, amount: 40000, description: &#39;就餐人均100元&#39;, count: 4 }],
    total_amount: 50000,
    prepaid_time: &#39;20231218&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;payscore-&gt;partner-&gt;serviceorder-&gt;_out_order_no_-&gt;sendPendingmessage-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.payscore.partner.serviceorder._out_order_no_.sendPendingmessage.postAsync(options).then((response) =&gt; console.log(response.status));

// 2. $instance-&gt;chain(&#39;v3/payscore/partner/serviceorder/{out_order_no}/send-pendingmessage&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/payscore/partner/serviceorder/{out_order_no}/send-pendingmessage&#39;).postAsync(options).then((response) =&gt; console.log(response.status));

// 3. $instance[&#39;v3/payscore/partner/serviceorder/{out_order_no}/send-pendingmessage&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/payscore/partner/serviceorder/{out_order_no}/send-pendingmessage&#39;].postAsync(options).then((response) =&gt; console.log(response.status));

// 4. $response = $instance-&gt;v3-&gt;payscore-&gt;partner-&gt;serviceorder-&gt;_out_order_no_-&gt;sendPendingmessage-&gt;post([…]); echo $response-&gt;getStatusCode();
const byProperty = await wx.v3.payscore.partner.serviceorder._out_order_no_.sendPendingmessage.post(options);
console.log(byProperty.status);

// 5. $response = $instance-&gt;chain(&#39;v3/payscore/partner/serviceorder/{out_order_no}/send-pendingmessage&#39;)-&gt;post([…]); echo $response-&gt;getStatusCode();
const byChain = await wx.chain(&#39;v3/payscore/partner/serviceorder/{out_order_no}/send-pendingmessage&#39;).post(options);
console.log(byChain.status);

// 6. $response = $instance[&#39;v3/payscore/partner/serviceorder/{out_order_no}/send-pendingmessage&#39;]-&gt;post([…]); echo $response-&gt;getStatusCode();
const byPath = await wx[&#39;v3/payscore/partner/serviceorder/{out_order_no}/send-pendingmessage&#39;].post(options);
console.log(byPath.status);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><p><code>204 No Content</code>: no body; <code>response.data</code> is <code>undefined</code>.</p><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/docs/partner/apis/partner-weixin-pay-score/partner-service-order/send-partner-order-pending-message.html" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/payscore/partner/serviceorder/_out_order_no_/send-pendingmessage.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const sendPendingmessage = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  sendPendingmessage as default
};
