import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"查询订单(微信支付订单号) · hk/v3/transactions/id/{transaction_id}","description":"","frontmatter":{},"headers":[],"relativePath":"api/hk/v3/transactions/id/_transaction_id_.md","filePath":"api/hk/v3/transactions/id/_transaction_id_.md"}');
const _sfc_main = { name: "api/hk/v3/transactions/id/_transaction_id_.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="查询订单-微信支付订单号-·-hk-v3-transactions-id-transaction-id" tabindex="-1">查询订单(微信支付订单号) · <code>hk/v3/transactions/id/{transaction_id}</code> <a class="header-anchor" href="#查询订单-微信支付订单号-·-hk-v3-transactions-id-transaction-id" aria-label="Permalink to &quot;查询订单(微信支付订单号) · \`hk/v3/transactions/id/{transaction_id}\`&quot;">​</a></h1><p><a href="./../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get" tabindex="-1">GET <a class="header-anchor" href="#get" aria-label="Permalink to &quot;GET&quot;">​</a></h2><p>该接口提供所有微信支付订单的查询，商户可以通过查询订单接口主动查询订单状态，完成下一步的业务逻辑。</p><ul><li><code>GET https://api.mch.weixin.qq.com/hk/v3/transactions/id/{transaction_id}</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 跨境∙支付</li><li>适用对象: 直连模式, 机构模式</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>transaction_id</code></td><td>string</td><td>yes</td><td>微信支付订单号</td><td></td></tr><tr><td><code>query</code></td><td>object</td><td>yes</td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>├ <code>mchid</code></td><td>string</td><td>yes</td><td>商户号</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td>yes</td><td>子商户号</td><td></td></tr><tr><td>└ <code>sp_mchid</code></td><td>string</td><td>yes</td><td>机构商户号</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;hk/v3/transactions/id/{transaction_id}&#39;][&#39;get&#39;][&#39;options&#39;] = {
  transaction_id: &#39;1217752501201407033233368018&#39;,
  query: { mchid: &#39;1900000109&#39;, sub_mchid: &#39;1900000109&#39;, sp_mchid: &#39;1900000100&#39; },
};

// 1. $instance-&gt;hk-&gt;v3-&gt;transactions-&gt;id-&gt;_transaction_id_-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.hk.v3.transactions.id._transaction_id_.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;hk/v3/transactions/id/{transaction_id}&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;hk/v3/transactions/id/{transaction_id}&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;hk/v3/transactions/id/{transaction_id}&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;hk/v3/transactions/id/{transaction_id}&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;hk-&gt;v3-&gt;transactions-&gt;id-&gt;_transaction_id_-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.hk.v3.transactions.id._transaction_id_.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;hk/v3/transactions/id/{transaction_id}&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;hk/v3/transactions/id/{transaction_id}&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;hk/v3/transactions/id/{transaction_id}&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;hk/v3/transactions/id/{transaction_id}&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>mchid</code></td><td>string</td><td>商户号</td><td></td></tr><tr><td><code>appid</code></td><td>string</td><td>APPID</td><td></td></tr><tr><td><code>sp_mchid</code></td><td>string</td><td>机构商户号</td><td></td></tr><tr><td><code>sub_mchid</code></td><td>string</td><td>子商户号</td><td></td></tr><tr><td><code>sp_appid</code></td><td>string</td><td>机构APPID</td><td></td></tr><tr><td><code>sub_appid</code></td><td>string</td><td>子商户APPID</td><td></td></tr><tr><td><code>out_trade_no</code></td><td>string</td><td>商户订单号</td><td></td></tr><tr><td><code>id</code></td><td>string</td><td>微信支付订单号</td><td></td></tr><tr><td><code>attach</code></td><td>string</td><td>商户数据</td><td></td></tr><tr><td><code>trade_type</code></td><td>string</td><td>交易类型</td><td><code>JSAPI</code>, <code>NATIVE</code>, <code>APP</code>, <code>MWEB</code>, <code>MICROPAY</code></td></tr><tr><td><code>bank_type</code></td><td>string</td><td>付款银行</td><td></td></tr><tr><td><code>success_time</code></td><td>string</td><td>支付完成时间</td><td></td></tr><tr><td><code>trade_state</code></td><td>string</td><td>交易状态</td><td><code>SUCCESS</code>, <code>REFUND</code>, <code>NOTPAY</code>, <code>CLOSED</code>, <code>REVOKED</code>, <code>USERPAYING</code>, <code>PAYERROR</code></td></tr><tr><td><code>trade_state_desc</code></td><td>string</td><td>交易状态描述</td><td></td></tr><tr><td><code>payer</code></td><td>object</td><td>支付者</td><td></td></tr><tr><td>├ <code>openid</code></td><td>string</td><td>用户标识</td><td></td></tr><tr><td>├ <code>sp_openid</code></td><td>string</td><td>机构用户标识</td><td></td></tr><tr><td>└ <code>sub_openid</code></td><td>string</td><td>子商户用户标识</td><td></td></tr><tr><td><code>amount</code></td><td>object</td><td>订单金额</td><td></td></tr><tr><td>├ <code>total</code></td><td>integer</td><td>订单金额</td><td></td></tr><tr><td>├ <code>payer_total</code></td><td>integer</td><td>用户支付金额</td><td></td></tr><tr><td>├ <code>currency</code></td><td>string</td><td>订单标价币种</td><td></td></tr><tr><td>├ <code>payer_currency</code></td><td>string</td><td>用户支付币种</td><td></td></tr><tr><td>└ <code>exchange_rate</code></td><td>object</td><td>汇率信息</td><td></td></tr><tr><td> ├ <code>type</code></td><td>string</td><td>汇率类型</td><td><code>SETTLEMENT_RATE</code></td></tr><tr><td> └ <code>rate</code></td><td>integer</td><td>汇率值</td><td></td></tr><tr><td><code>promotion_detail</code></td><td>object[]</td><td>优惠功能</td><td></td></tr><tr><td>├ <code>promotion_id</code></td><td>string</td><td>券ID</td><td></td></tr><tr><td>├ <code>name</code></td><td>string</td><td>优惠名称</td><td></td></tr><tr><td>├ <code>scope</code></td><td>string</td><td>优惠范围</td><td><code>GLOBAL</code>, <code>SINGLE</code></td></tr><tr><td>├ <code>type</code></td><td>string</td><td>优惠类型</td><td><code>COUPON</code>, <code>DISCOUNT</code></td></tr><tr><td>├ <code>amount</code></td><td>integer</td><td>优惠券面额</td><td></td></tr><tr><td>├ <code>currency</code></td><td>string</td><td>优惠币种</td><td></td></tr><tr><td>├ <code>activity_id</code></td><td>string</td><td>活动ID</td><td></td></tr><tr><td>├ <code>wxpay_contribute_amount</code></td><td>integer</td><td>微信出资</td><td></td></tr><tr><td>├ <code>merchant_contribute_amount</code></td><td>integer</td><td>商户出资</td><td></td></tr><tr><td>├ <code>other_contribute_amount</code></td><td>integer</td><td>其他出资</td><td></td></tr><tr><td>└ <code>goods_detail</code></td><td>object[]</td><td>单品列表</td><td></td></tr><tr><td> ├ <code>goods_id</code></td><td>string</td><td>商品编码</td><td></td></tr><tr><td> ├ <code>goods_remark</code></td><td>string</td><td>商品备注</td><td></td></tr><tr><td> ├ <code>discount_amount</code></td><td>integer</td><td>商品优惠金额</td><td></td></tr><tr><td> ├ <code>quantity</code></td><td>integer</td><td>商品数量</td><td></td></tr><tr><td> └ <code>price</code></td><td>integer</td><td>商品价格</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/QuickPay/chapter8_1.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/hk/v3/transactions/id/_transaction_id_.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const _transaction_id_ = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  _transaction_id_ as default
};
