import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"从业机构完结微信支付分订单 · v3/payscore/acquiringbank/serviceorder/{out_order_no}/complete","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/payscore/acquiringbank/serviceorder/_out_order_no_/complete.md","filePath":"api/v3/payscore/acquiringbank/serviceorder/_out_order_no_/complete.md"}');
const _sfc_main = { name: "api/v3/payscore/acquiringbank/serviceorder/_out_order_no_/complete.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="从业机构完结微信支付分订单-·-v3-payscore-acquiringbank-serviceorder-out-order-no-complete" tabindex="-1">从业机构完结微信支付分订单 · <code>v3/payscore/acquiringbank/serviceorder/{out_order_no}/complete</code> <a class="header-anchor" href="#从业机构完结微信支付分订单-·-v3-payscore-acquiringbank-serviceorder-out-order-no-complete" aria-label="Permalink to &quot;从业机构完结微信支付分订单 · \`v3/payscore/acquiringbank/serviceorder/{out_order_no}/complete\`&quot;">​</a></h1><p><a href="./../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>前置条件：服务订单状态为“进行中”且订单状态说明需为&quot;用户确认(USER_CONFIRM)&quot;</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/payscore/acquiringbank/serviceorder/{out_order_no}/complete</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 支付分∙机构模式</li><li>适用对象: 从业机构</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>out_order_no</code></td><td>string</td><td>yes</td><td>商户服务订单号</td><td></td></tr><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>service_id</code></td><td>string</td><td>yes</td><td>服务ID</td><td></td></tr><tr><td>├ <code>channel_id</code></td><td>string</td><td></td><td>渠道商商户号</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td>yes</td><td>子商户号</td><td></td></tr><tr><td>├ <code>post_payments</code></td><td>object[]</td><td>yes</td><td>后付费项目</td><td></td></tr><tr><td> ├ <code>name</code></td><td>string</td><td>yes</td><td>付费名称</td><td></td></tr><tr><td> ├ <code>description</code></td><td>string</td><td></td><td>付费说明</td><td></td></tr><tr><td> ├ <code>amount</code></td><td>integer</td><td></td><td>付费金额</td><td></td></tr><tr><td> └ <code>count</code></td><td>integer</td><td></td><td>付费数量</td><td></td></tr><tr><td>├ <code>post_discounts</code></td><td>object[]</td><td></td><td>后付费商户优惠</td><td></td></tr><tr><td> ├ <code>name</code></td><td>string</td><td>yes</td><td>优惠名称</td><td></td></tr><tr><td> ├ <code>description</code></td><td>string</td><td>yes</td><td>优惠说明</td><td></td></tr><tr><td> ├ <code>amount</code></td><td>integer</td><td>yes</td><td>优惠金额</td><td></td></tr><tr><td> └ <code>count</code></td><td>integer</td><td></td><td>优惠数量</td><td></td></tr><tr><td>├ <code>total_amount</code></td><td>integer</td><td>yes</td><td>总金额</td><td></td></tr><tr><td>├ <code>time_range</code></td><td>object</td><td></td><td>实际服务时间</td><td></td></tr><tr><td> ├ <code>start_time</code></td><td>string</td><td>yes</td><td>服务开始时间</td><td></td></tr><tr><td> ├ <code>start_time_remark</code></td><td>string</td><td></td><td>服务开始时间备注</td><td></td></tr><tr><td> ├ <code>end_time</code></td><td>string</td><td></td><td>服务结束时间</td><td></td></tr><tr><td> └ <code>end_time_remark</code></td><td>string</td><td></td><td>服务结束时间备注</td><td></td></tr><tr><td>├ <code>location</code></td><td>object</td><td></td><td>实际服务位置</td><td></td></tr><tr><td> ├ <code>start_location</code></td><td>string</td><td></td><td>服务开始地点</td><td></td></tr><tr><td> └ <code>end_location</code></td><td>string</td><td></td><td>服务结束地点</td><td></td></tr><tr><td>├ <code>profit_sharing</code></td><td>boolean</td><td></td><td>微信支付服务分账标记</td><td></td></tr><tr><td>├ <code>complete_time</code></td><td>string</td><td></td><td>完结服务时间</td><td></td></tr><tr><td>└ <code>goods_tag</code></td><td>string</td><td></td><td>订单优惠标记</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/payscore/acquiringbank/serviceorder/{out_order_no}/complete&#39;][&#39;post&#39;][&#39;options&#39;] = {
  out_order_no: &#39;1234323JKHDFE1243252&#39;,
  json: {
    service_id: &#39;2002000000000558128851361561536&#39;,
    channel_id: &#39;1230000109&#39;,
    sub_mchid: &#39;1900000109&#39;,
    post_payments: [{ name: &#39;就餐费用&#39;, description: &#39;就餐人均100元&#39;, amount: 40000, count: 4 }],
    total_amount: 50000,
    complete_time: &#39;2019-11-11T16:24:05+08:00&#39;,
    goods_tag: &#39;goods_tag&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;payscore-&gt;acquiringbank-&gt;serviceorder-&gt;_out_order_no_-&gt;complete-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.payscore.acquiringbank.serviceorder._out_order_no_.complete.postAsync(options).then((response) =&gt; console.log(response.status));

// 2. $instance-&gt;chain(&#39;v3/payscore/acquiringbank/serviceorder/{out_order_no}/complete&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/payscore/acquiringbank/serviceorder/{out_order_no}/complete&#39;).postAsync(options).then((response) =&gt; console.log(response.status));

// 3. $instance[&#39;v3/payscore/acquiringbank/serviceorder/{out_order_no}/complete&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/payscore/acquiringbank/serviceorder/{out_order_no}/complete&#39;].postAsync(options).then((response) =&gt; console.log(response.status));

// 4. $response = $instance-&gt;v3-&gt;payscore-&gt;acquiringbank-&gt;serviceorder-&gt;_out_order_no_-&gt;complete-&gt;post([…]); echo $response-&gt;getStatusCode();
const byProperty = await wx.v3.payscore.acquiringbank.serviceorder._out_order_no_.complete.post(options);
console.log(byProperty.status);

// 5. $response = $instance-&gt;chain(&#39;v3/payscore/acquiringbank/serviceorder/{out_order_no}/complete&#39;)-&gt;post([…]); echo $response-&gt;getStatusCode();
const byChain = await wx.chain(&#39;v3/payscore/acquiringbank/serviceorder/{out_order_no}/complete&#39;).post(options);
console.log(byChain.status);

// 6. $response = $instance[&#39;v3/payscore/acquiringbank/serviceorder/{out_order_no}/complete&#39;]-&gt;post([…]); echo $response-&gt;getStatusCode();
const byPath = await wx[&#39;v3/payscore/acquiringbank/serviceorder/{out_order_no}/complete&#39;].post(options);
console.log(byPath.status);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><p><code>204 No Content</code>: no body; <code>response.data</code> is <code>undefined</code>.</p><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/docs/partner/apis/partner-institution-weixin-pay-score/acquiring-bank-service-order/complete-acquiring-bank-service-order.html" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/payscore/acquiringbank/serviceorder/_out_order_no_/complete.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const complete = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  complete as default
};
