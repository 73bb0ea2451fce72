import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"发起异常退款 · v3/refund/domestic/refunds/{refund_id}/apply-abnormal-refund","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/refund/domestic/refunds/_refund_id_/apply-abnormal-refund.md","filePath":"api/v3/refund/domestic/refunds/_refund_id_/apply-abnormal-refund.md"}');
const _sfc_main = { name: "api/v3/refund/domestic/refunds/_refund_id_/apply-abnormal-refund.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="发起异常退款-·-v3-refund-domestic-refunds-refund-id-apply-abnormal-refund" tabindex="-1">发起异常退款 · <code>v3/refund/domestic/refunds/{refund_id}/apply-abnormal-refund</code> <a class="header-anchor" href="#发起异常退款-·-v3-refund-domestic-refunds-refund-id-apply-abnormal-refund" aria-label="Permalink to &quot;发起异常退款 · \`v3/refund/domestic/refunds/{refund_id}/apply-abnormal-refund\`&quot;">​</a></h1><p><a href="./../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>提交退款申请后，查询退款确认状态为退款异常，可调用此接口发起异常退款处理。支持退款至用户、退款至交易商户银行账户两种处理方式。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/refund/domestic/refunds/{refund_id}/apply-abnormal-refund</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 基础支付∙退款</li><li>适用对象: 直连商户, 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>refund_id</code></td><td>string</td><td>yes</td><td>微信退款单号</td><td></td></tr><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td></td><td>子商户号</td><td></td></tr><tr><td>├ <code>out_refund_no</code></td><td>string</td><td>yes</td><td>商户退款单号</td><td></td></tr><tr><td>├ <code>type</code></td><td>string</td><td>yes</td><td>异常退款处理方式</td><td><code>USER_BANK_CARD</code>, <code>MERCHANT_BANK_CARD</code></td></tr><tr><td>├ <code>bank_type</code></td><td>string</td><td></td><td>开户银行</td><td><code>CMB_DEBIT</code>, <code>COMM_DEBIT</code>, <code>ABC_DEBIT</code>, <code>CCB_DEBIT</code>, <code>ICBC_DEBIT</code>, <code>BOC_DEBIT</code>, <code>PAB_DEBIT</code>, <code>SPDB_DEBIT</code>, <code>CITIC_DEBIT</code>, <code>CEB_DEBIT</code>, <code>CMBC_DEBIT</code>, <code>CIB_DEBIT</code>, <code>GDB_DEBIT</code>, <code>PSBC_DEBIT</code>, <code>NBCB_DEBIT</code></td></tr><tr><td>├ <code>bank_account</code></td><td>string(base64)</td><td></td><td>收款银行卡号</td><td></td></tr><tr><td>└ <code>real_name</code></td><td>string(base64)</td><td></td><td>收款用户姓名</td><td></td></tr><tr><td><code>headers</code></td><td>object</td><td>yes</td><td>Request headers</td><td></td></tr><tr><td>└ <code>Wechatpay-Serial</code></td><td>unknown</td><td>yes</td><td>微信支付公钥ID/平台证书序列号</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><p><code>Wechatpay-Serial</code> is set by the SDK: to the platform key it encrypted with when <code>json</code> is built with <code>encrypt</code>, and to the <code>PUB_KEY_ID_…</code> in public-key mode.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/refund/domestic/refunds/{refund_id}/apply-abnormal-refund&#39;][&#39;post&#39;][&#39;options&#39;] = {
  refund_id: &#39;50000000382019052709732678859&#39;,
  json: {
    sub_mchid: &#39;1900000109&#39;,
    out_refund_no: &#39;1217752501201407033233368018&#39;,
    type: &#39;USER_BANK_CARD&#39;,
    bank_account: &#39;d+xT+MQCvrLHUVDWv/8MR/dB7TkXLVfSrUxMPZy6jWWYzpRrEEaYQE8ZRGYoeorwC+w==&#39;,
    real_name: &#39;UPgQcZSdq3zOayJwZ5XLrHY2dZU1W2Cd&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;refund-&gt;domestic-&gt;refunds-&gt;_refund_id_-&gt;applyAbnormalRefund-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.refund.domestic.refunds._refund_id_.applyAbnormalRefund.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/refund/domestic/refunds/{refund_id}/apply-abnormal-refund&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/refund/domestic/refunds/{refund_id}/apply-abnormal-refund&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/refund/domestic/refunds/{refund_id}/apply-abnormal-refund&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/refund/domestic/refunds/{refund_id}/apply-abnormal-refund&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;refund-&gt;domestic-&gt;refunds-&gt;_refund_id_-&gt;applyAbnormalRefund-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.refund.domestic.refunds._refund_id_.applyAbnormalRefund.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/refund/domestic/refunds/{refund_id}/apply-abnormal-refund&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/refund/domestic/refunds/{refund_id}/apply-abnormal-refund&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/refund/domestic/refunds/{refund_id}/apply-abnormal-refund&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/refund/domestic/refunds/{refund_id}/apply-abnormal-refund&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>refund_id</code></td><td>string</td><td>微信支付退款号</td><td></td></tr><tr><td><code>out_refund_no</code></td><td>string</td><td>商户退款单号</td><td></td></tr><tr><td><code>transaction_id</code></td><td>string</td><td>微信支付订单号</td><td></td></tr><tr><td><code>out_trade_no</code></td><td>string</td><td>商户订单号</td><td></td></tr><tr><td><code>channel</code></td><td>string</td><td>退款渠道</td><td></td></tr><tr><td><code>user_received_account</code></td><td>string</td><td>退款入账账户</td><td></td></tr><tr><td><code>success_time</code></td><td>string</td><td>退款成功时间</td><td></td></tr><tr><td><code>create_time</code></td><td>string</td><td>退款创建时间</td><td></td></tr><tr><td><code>status</code></td><td>string</td><td>退款状态</td><td></td></tr><tr><td><code>funds_account</code></td><td>string</td><td>资金账户</td><td></td></tr><tr><td><code>amount</code></td><td>object</td><td>金额信息</td><td></td></tr><tr><td>├ <code>total</code></td><td>number</td><td>订单金额</td><td></td></tr><tr><td>├ <code>refund</code></td><td>number</td><td>退款金额</td><td></td></tr><tr><td>├ <code>from</code></td><td>object[]</td><td>退款出资账户及金额</td><td></td></tr><tr><td> ├ <code>account</code></td><td>string</td><td>出资账户类型</td><td></td></tr><tr><td> └ <code>amount</code></td><td>number</td><td>出资金额</td><td></td></tr><tr><td>├ <code>payer_total</code></td><td>number</td><td>用户支付金额</td><td></td></tr><tr><td>├ <code>payer_refund</code></td><td>number</td><td>用户退款金额</td><td></td></tr><tr><td>├ <code>settlement_refund</code></td><td>number</td><td>应结退款金额</td><td></td></tr><tr><td>├ <code>settlement_total</code></td><td>number</td><td>应结订单金额</td><td></td></tr><tr><td>├ <code>discount_refund</code></td><td>number</td><td>优惠退款金额</td><td></td></tr><tr><td>├ <code>currency</code></td><td>string</td><td>退款币种</td><td></td></tr><tr><td>└ <code>refund_fee</code></td><td>number</td><td>手续费退款金额</td><td></td></tr><tr><td><code>promotion_detail</code></td><td>object[]</td><td>优惠退款信息</td><td></td></tr><tr><td>├ <code>promotion_id</code></td><td>string</td><td>券ID</td><td></td></tr><tr><td>├ <code>scope</code></td><td>string</td><td>优惠范围</td><td></td></tr><tr><td>├ <code>type</code></td><td>string</td><td>优惠类型</td><td></td></tr><tr><td>├ <code>amount</code></td><td>number</td><td>优惠券面额</td><td></td></tr><tr><td>├ <code>refund_amount</code></td><td>number</td><td>优惠退款金额</td><td></td></tr><tr><td>└ <code>goods_detail</code></td><td>object[]</td><td>商品列表</td><td></td></tr><tr><td> ├ <code>merchant_goods_id</code></td><td>string</td><td>商户侧商品编码</td><td></td></tr><tr><td> ├ <code>wechatpay_goods_id</code></td><td>string</td><td>微信侧商品编码</td><td></td></tr><tr><td> ├ <code>goods_name</code></td><td>string</td><td>商品名称</td><td></td></tr><tr><td> ├ <code>unit_price</code></td><td>number</td><td>商品单价</td><td></td></tr><tr><td> ├ <code>refund_amount</code></td><td>number</td><td>商品退款金额</td><td></td></tr><tr><td> └ <code>refund_quantity</code></td><td>number</td><td>商品退货数量</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/docs/merchant/apis/refund/refunds/create-abnormal-refund.html" target="_blank" rel="noreferrer">官方文档</a></li><li><a href="https://pay.weixin.qq.com/docs/partner/apis/refund/refunds/create-abnormal-refund.html" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/refund/domestic/refunds/_refund_id_/apply-abnormal-refund.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const applyAbnormalRefund = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  applyAbnormalRefund as default
};
