import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"通过商户退款单号查询退款 · v3/ecommerce/refunds/out-refund-no/{out_refund_no}","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/ecommerce/refunds/out-refund-no/_out_refund_no_.md","filePath":"api/v3/ecommerce/refunds/out-refund-no/_out_refund_no_.md"}');
const _sfc_main = { name: "api/v3/ecommerce/refunds/out-refund-no/_out_refund_no_.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="通过商户退款单号查询退款-·-v3-ecommerce-refunds-out-refund-no-out-refund-no" tabindex="-1">通过商户退款单号查询退款 · <code>v3/ecommerce/refunds/out-refund-no/{out_refund_no}</code> <a class="header-anchor" href="#通过商户退款单号查询退款-·-v3-ecommerce-refunds-out-refund-no-out-refund-no" aria-label="Permalink to &quot;通过商户退款单号查询退款 · \`v3/ecommerce/refunds/out-refund-no/{out_refund_no}\`&quot;">​</a></h1><p><a href="./../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get" tabindex="-1">GET <a class="header-anchor" href="#get" aria-label="Permalink to &quot;GET&quot;">​</a></h2><p>提交退款申请后，通过调用该接口查询退款状态。</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/ecommerce/refunds/out-refund-no/{out_refund_no}</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 收付通∙退款, 收付通∙个人收款</li><li>适用对象: 电商平台</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>out_refund_no</code></td><td>string</td><td>yes</td><td>商户退款单号</td><td></td></tr><tr><td><code>query</code></td><td>object</td><td></td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>├ <code>individual_auth_id</code></td><td>string</td><td></td><td>商品单个人收款方受理授权ID</td><td></td></tr><tr><td>└ <code>sub_mchid</code></td><td>string</td><td></td><td>二级商户号</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/ecommerce/refunds/out-refund-no/{out_refund_no}&#39;][&#39;get&#39;][&#39;options&#39;] = {
  out_refund_no: &#39;1217752501201407033233368018&#39;,
  query: { individual_auth_id: &#39;1900000109&#39;, sub_mchid: &#39;1900000109&#39; },
};

// 1. $instance-&gt;v3-&gt;ecommerce-&gt;refunds-&gt;outRefundNo-&gt;_out_refund_no_-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.ecommerce.refunds.outRefundNo._out_refund_no_.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/ecommerce/refunds/out-refund-no/{out_refund_no}&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/ecommerce/refunds/out-refund-no/{out_refund_no}&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/ecommerce/refunds/out-refund-no/{out_refund_no}&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/ecommerce/refunds/out-refund-no/{out_refund_no}&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;ecommerce-&gt;refunds-&gt;outRefundNo-&gt;_out_refund_no_-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.ecommerce.refunds.outRefundNo._out_refund_no_.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/ecommerce/refunds/out-refund-no/{out_refund_no}&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/ecommerce/refunds/out-refund-no/{out_refund_no}&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/ecommerce/refunds/out-refund-no/{out_refund_no}&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/ecommerce/refunds/out-refund-no/{out_refund_no}&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>refund_id</code></td><td>string</td><td>微信退款单号</td><td></td></tr><tr><td><code>out_refund_no</code></td><td>string</td><td>商户退款单号</td><td></td></tr><tr><td><code>transaction_id</code></td><td>string</td><td>微信订单号</td><td></td></tr><tr><td><code>out_trade_no</code></td><td>string</td><td>商户订单号</td><td></td></tr><tr><td><code>channel</code></td><td>string</td><td>退款渠道</td><td><code>ORIGINAL</code>, <code>BALANCE</code>, <code>OTHER_BALANCE</code>, <code>OTHER_BANKCARD</code></td></tr><tr><td><code>user_received_account</code></td><td>string</td><td>退款入账账户</td><td></td></tr><tr><td><code>success_time</code></td><td>string(rfc3339)</td><td>退款成功时间</td><td></td></tr><tr><td><code>create_time</code></td><td>string(rfc3339)</td><td>退款创建时间</td><td></td></tr><tr><td><code>status</code></td><td>string</td><td>退款状态</td><td><code>SUCCESS</code>, <code>CLOSE</code>, <code>PROCESSING</code>, <code>ABNORMAL</code></td></tr><tr><td><code>amount</code></td><td>object</td><td>退款金额信息</td><td></td></tr><tr><td>├ <code>refund</code></td><td>integer</td><td>退款金额</td><td></td></tr><tr><td>├ <code>from</code></td><td>object[]</td><td>退款出资账户及金额</td><td></td></tr><tr><td> ├ <code>account</code></td><td>string</td><td>出资账户类型</td><td><code>AVAILABLE</code>, <code>UNAVAILABLE</code></td></tr><tr><td> └ <code>amount</code></td><td>number</td><td>出资金额</td><td></td></tr><tr><td>├ <code>payer_refund</code></td><td>integer</td><td>用户退款金额</td><td></td></tr><tr><td>├ <code>discount_refund</code></td><td>integer</td><td>优惠退款金额</td><td></td></tr><tr><td>├ <code>currency</code></td><td>string</td><td>退款币种</td><td></td></tr><tr><td>└ <code>advance</code></td><td>number</td><td>垫付金额</td><td></td></tr><tr><td><code>promotion_detail</code></td><td>object[]</td><td>营销详情</td><td></td></tr><tr><td>├ <code>promotion_id</code></td><td>string</td><td>券ID</td><td></td></tr><tr><td>├ <code>scope</code></td><td>string</td><td>优惠范围</td><td><code>GLOBAL</code>, <code>SINGLE</code></td></tr><tr><td>├ <code>type</code></td><td>string</td><td>优惠类型</td><td><code>COUPON</code>, <code>DISCOUNT</code></td></tr><tr><td>├ <code>amount</code></td><td>integer</td><td>优惠券面额</td><td></td></tr><tr><td>└ <code>refund_amount</code></td><td>integer</td><td>优惠退款金额</td><td></td></tr><tr><td><code>refund_account</code></td><td>string</td><td>退款出资商户</td><td><code>REFUND_SOURCE_SUB_MERCHANT</code>, <code>REFUND_SOURCE_PARTNER_ADVANCE</code></td></tr><tr><td><code>funds_account</code></td><td>string</td><td>资金账户</td><td><code>AVAILABLE</code>, <code>UNSETTLED</code>, <code>OPERATION</code>, <code>BASIC</code>, <code>ECNY_BASIC</code></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/docs/merchant/apis/personal-collections/query-refund-by-out-refund-no.html" target="_blank" rel="noreferrer">官方文档</a></li><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/refunds/chapter3_2.shtml" target="_blank" rel="noreferrer">官方文档</a></li><li><a href="https://pay.weixin.qq.com/docs/partner/apis/ecommerce-refund/refunds/query-refund-by-out-refund-no.html" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/ecommerce/refunds/out-refund-no/_out_refund_no_.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const _out_refund_no_ = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  _out_refund_no_ as default
};
