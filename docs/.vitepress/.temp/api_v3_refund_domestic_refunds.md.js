import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"申请退款API · v3/refund/domestic/refunds","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/refund/domestic/refunds.md","filePath":"api/v3/refund/domestic/refunds.md"}');
const _sfc_main = { name: "api/v3/refund/domestic/refunds.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="申请退款api-·-v3-refund-domestic-refunds" tabindex="-1">申请退款API · <code>v3/refund/domestic/refunds</code> <a class="header-anchor" href="#申请退款api-·-v3-refund-domestic-refunds" aria-label="Permalink to &quot;申请退款API · \`v3/refund/domestic/refunds\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>当交易发生之后一年内，由于买家或者卖家的原因需要退款时，卖家可以通过退款接口将支付金额退还给买家，微信支付将在收到退款请求并且验证成功之后，将支付款按原路退还至买家账号上。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/refund/domestic/refunds</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 基础支付∙退款</li><li>适用对象: 直连商户, 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td></td><td>子商户号</td><td></td></tr><tr><td>├ <code>transaction_id</code></td><td>string</td><td></td><td>微信支付订单号</td><td></td></tr><tr><td>├ <code>out_trade_no</code></td><td>string</td><td></td><td>商户订单号</td><td></td></tr><tr><td>├ <code>out_refund_no</code></td><td>string</td><td>yes</td><td>商户退款单号</td><td></td></tr><tr><td>├ <code>reason</code></td><td>string</td><td></td><td>退款原因</td><td></td></tr><tr><td>├ <code>notify_url</code></td><td>string</td><td></td><td>退款结果回调url</td><td></td></tr><tr><td>├ <code>funds_account</code></td><td>string</td><td></td><td>退款资金来源</td><td></td></tr><tr><td>├ <code>amount</code></td><td>object</td><td>yes</td><td>金额信息</td><td></td></tr><tr><td> ├ <code>refund</code></td><td>integer</td><td>yes</td><td>退款金额</td><td></td></tr><tr><td> ├ <code>from</code></td><td>object[]</td><td></td><td>退款出资账户及金额</td><td></td></tr><tr><td>  ├ <code>account</code></td><td>string</td><td>yes</td><td>出资账户类型</td><td></td></tr><tr><td>  └ <code>amount</code></td><td>integer</td><td>yes</td><td>出资金额</td><td></td></tr><tr><td> ├ <code>total</code></td><td>integer</td><td>yes</td><td>原订单金额</td><td></td></tr><tr><td> └ <code>currency</code></td><td>string</td><td>yes</td><td>退款币种</td><td></td></tr><tr><td>└ <code>goods_detail</code></td><td>object[]</td><td></td><td>退款商品</td><td></td></tr><tr><td> ├ <code>merchant_goods_id</code></td><td>string</td><td>yes</td><td>商户侧商品编码</td><td></td></tr><tr><td> ├ <code>wechatpay_goods_id</code></td><td>string</td><td></td><td>微信侧商品编码</td><td></td></tr><tr><td> ├ <code>goods_name</code></td><td>string</td><td></td><td>商品名称</td><td></td></tr><tr><td> ├ <code>unit_price</code></td><td>integer</td><td>yes</td><td>商品单价</td><td></td></tr><tr><td> ├ <code>refund_amount</code></td><td>integer</td><td>yes</td><td>商品退款金额</td><td></td></tr><tr><td> └ <code>refund_quantity</code></td><td>integer</td><td>yes</td><td>商品退货数量</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/refund/domestic/refunds&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    sub_mchid: &#39;1900000109&#39;,
    transaction_id: &#39;1217752501201407033233368018&#39;,
    out_trade_no: &#39;1217752501201407033233368018&#39;,
    out_refund_no: &#39;1217752501201407033233368018&#39;,
    reason: &#39;商品已售完&#39;,
    notify_url: &#39;https://weixin.qq.com&#39;,
    funds_account: &#39;AVAILABLE&#39;,
    amount: { refund: 888, total: 888, currency: &#39;CNY&#39; },
  },
};

// 1. $instance-&gt;v3-&gt;refund-&gt;domestic-&gt;refunds-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.refund.domestic.refunds.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/refund/domestic/refunds&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/refund/domestic/refunds&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/refund/domestic/refunds&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/refund/domestic/refunds&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;refund-&gt;domestic-&gt;refunds-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.refund.domestic.refunds.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/refund/domestic/refunds&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/refund/domestic/refunds&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/refund/domestic/refunds&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/refund/domestic/refunds&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>refund_id</code></td><td>string</td><td>微信支付退款号</td><td></td></tr><tr><td><code>out_refund_no</code></td><td>string</td><td>商户退款单号</td><td></td></tr><tr><td><code>transaction_id</code></td><td>string</td><td>微信支付订单号</td><td></td></tr><tr><td><code>out_trade_no</code></td><td>string</td><td>商户订单号</td><td></td></tr><tr><td><code>channel</code></td><td>string</td><td>退款渠道</td><td></td></tr><tr><td><code>user_received_account</code></td><td>string</td><td>退款入账账户</td><td></td></tr><tr><td><code>success_time</code></td><td>string</td><td>退款成功时间</td><td></td></tr><tr><td><code>create_time</code></td><td>string</td><td>退款创建时间</td><td></td></tr><tr><td><code>status</code></td><td>string</td><td>退款状态</td><td></td></tr><tr><td><code>funds_account</code></td><td>string</td><td>资金账户</td><td></td></tr><tr><td><code>amount</code></td><td>object</td><td>金额信息</td><td></td></tr><tr><td>├ <code>total</code></td><td>integer</td><td>订单金额</td><td></td></tr><tr><td>├ <code>refund</code></td><td>integer</td><td>退款金额</td><td></td></tr><tr><td>├ <code>from</code></td><td>object[]</td><td>退款出资账户及金额</td><td></td></tr><tr><td> ├ <code>account</code></td><td>string</td><td>出资账户类型</td><td></td></tr><tr><td> └ <code>amount</code></td><td>integer</td><td>出资金额</td><td></td></tr><tr><td>├ <code>payer_total</code></td><td>integer</td><td>用户支付金额</td><td></td></tr><tr><td>├ <code>payer_refund</code></td><td>integer</td><td>用户退款金额</td><td></td></tr><tr><td>├ <code>settlement_refund</code></td><td>integer</td><td>应结退款金额</td><td></td></tr><tr><td>├ <code>settlement_total</code></td><td>integer</td><td>应结订单金额</td><td></td></tr><tr><td>├ <code>discount_refund</code></td><td>integer</td><td>优惠退款金额</td><td></td></tr><tr><td>├ <code>currency</code></td><td>string</td><td>退款币种</td><td></td></tr><tr><td>└ <code>refund_fee</code></td><td>number</td><td>手续费退款金额</td><td></td></tr><tr><td><code>promotion_detail</code></td><td>object[]</td><td>优惠退款信息</td><td></td></tr><tr><td>├ <code>promotion_id</code></td><td>string</td><td>券ID</td><td></td></tr><tr><td>├ <code>scope</code></td><td>string</td><td>优惠范围</td><td></td></tr><tr><td>├ <code>type</code></td><td>string</td><td>优惠类型</td><td></td></tr><tr><td>├ <code>amount</code></td><td>integer</td><td>优惠券面额</td><td></td></tr><tr><td>├ <code>refund_amount</code></td><td>integer</td><td>优惠退款金额</td><td></td></tr><tr><td>└ <code>goods_detail</code></td><td>object[]</td><td>商品列表</td><td></td></tr><tr><td> ├ <code>merchant_goods_id</code></td><td>string</td><td>商户侧商品编码</td><td></td></tr><tr><td> ├ <code>wechatpay_goods_id</code></td><td>string</td><td>微信侧商品编码</td><td></td></tr><tr><td> ├ <code>goods_name</code></td><td>string</td><td>商品名称</td><td></td></tr><tr><td> ├ <code>unit_price</code></td><td>integer</td><td>商品单价</td><td></td></tr><tr><td> ├ <code>refund_amount</code></td><td>integer</td><td>商品退款金额</td><td></td></tr><tr><td> └ <code>refund_quantity</code></td><td>integer</td><td>商品退货数量</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter3_5_9.shtml" target="_blank" rel="noreferrer">官方文档</a></li><li><a href="https://pay.weixin.qq.com/docs/merchant/apis/refund/refunds/create.html" target="_blank" rel="noreferrer">官方文档</a></li><li><a href="https://pay.weixin.qq.com/docs/partner/apis/refund/refunds/create.html" target="_blank" rel="noreferrer">官方文档</a></li><li><a href="https://pay.weixin.qq.com/docs/merchant/apis/weixin-pay-score/refunds/create.html" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/refund/domestic/refunds.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const refunds = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  refunds as default
};
