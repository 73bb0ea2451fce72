import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"查询订单 · v3/qrcode/transactions/out-trade-no/{out_trade_no}","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/qrcode/transactions/out-trade-no/_out_trade_no_.md","filePath":"api/v3/qrcode/transactions/out-trade-no/_out_trade_no_.md"}');
const _sfc_main = { name: "api/v3/qrcode/transactions/out-trade-no/_out_trade_no_.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="查询订单-·-v3-qrcode-transactions-out-trade-no-out-trade-no" tabindex="-1">查询订单 · <code>v3/qrcode/transactions/out-trade-no/{out_trade_no}</code> <a class="header-anchor" href="#查询订单-·-v3-qrcode-transactions-out-trade-no-out-trade-no" aria-label="Permalink to &quot;查询订单 · \`v3/qrcode/transactions/out-trade-no/{out_trade_no}\`&quot;">​</a></h1><p><a href="./../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get" tabindex="-1">GET <a class="header-anchor" href="#get" aria-label="Permalink to &quot;GET&quot;">​</a></h2><p>商户通过商户订单号，来查询订单信息</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/qrcode/transactions/out-trade-no/{out_trade_no}</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 乘车服务</li><li>适用对象: 服务商, 直连商户</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>out_trade_no</code></td><td>string</td><td>yes</td><td>商户系统内部订单号</td><td></td></tr><tr><td><code>query</code></td><td>object</td><td></td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>└ <code>sub_mchid</code></td><td>string</td><td></td><td>微信支付分配的子商户号</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/qrcode/transactions/out-trade-no/{out_trade_no}&#39;][&#39;get&#39;][&#39;options&#39;] = {
  out_trade_no: &#39;20150806125346&#39;,
  query: { sub_mchid: &#39;1900000109&#39; },
};

// 1. $instance-&gt;v3-&gt;qrcode-&gt;transactions-&gt;outTradeNo-&gt;_out_trade_no_-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.qrcode.transactions.outTradeNo._out_trade_no_.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/qrcode/transactions/out-trade-no/{out_trade_no}&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/qrcode/transactions/out-trade-no/{out_trade_no}&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/qrcode/transactions/out-trade-no/{out_trade_no}&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/qrcode/transactions/out-trade-no/{out_trade_no}&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;qrcode-&gt;transactions-&gt;outTradeNo-&gt;_out_trade_no_-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.qrcode.transactions.outTradeNo._out_trade_no_.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/qrcode/transactions/out-trade-no/{out_trade_no}&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/qrcode/transactions/out-trade-no/{out_trade_no}&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/qrcode/transactions/out-trade-no/{out_trade_no}&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/qrcode/transactions/out-trade-no/{out_trade_no}&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>appid</code></td><td>string</td><td>公众账号ID</td><td></td></tr><tr><td><code>sub_appid</code></td><td>string</td><td>子商户公众账号ID</td><td></td></tr><tr><td><code>sp_mchid</code></td><td>string</td><td>商户号</td><td></td></tr><tr><td><code>sub_mchid</code></td><td>string</td><td>子商户号</td><td></td></tr><tr><td><code>description</code></td><td>string</td><td>服务描述</td><td></td></tr><tr><td><code>create_time</code></td><td>string(rfc3339)</td><td>订单创建时间</td><td></td></tr><tr><td><code>out_trade_no</code></td><td>string</td><td>商户订单号</td><td></td></tr><tr><td><code>transaction_id</code></td><td>string</td><td>微信支付订单号</td><td></td></tr><tr><td><code>trade_state</code></td><td>string</td><td>交易状态</td><td><code>SUCCESS</code>, <code>ACCEPTED</code>, <code>PAY_FAIL</code>, <code>REFUND</code></td></tr><tr><td><code>trade_state_description</code></td><td>string</td><td>交易状态描述</td><td></td></tr><tr><td><code>success_time</code></td><td>string(rfc3339)</td><td>支付完成时间</td><td></td></tr><tr><td><code>bank_type</code></td><td>string</td><td>付款银行</td><td></td></tr><tr><td><code>user_repay_state</code></td><td>string</td><td>用户还款状态</td><td><code>NOT_REPAY</code>, <code>REPAID</code>, <code>ALL_REFUND</code></td></tr><tr><td><code>repay_transaction_id</code></td><td>string</td><td>还款微信支付订单号</td><td></td></tr><tr><td><code>repay_time</code></td><td>string(rfc3339)</td><td>垫资还款时间</td><td></td></tr><tr><td><code>attach</code></td><td>string</td><td>附加数据</td><td></td></tr><tr><td><code>contract_id</code></td><td>string</td><td>代扣签约ID</td><td></td></tr><tr><td><code>trade_scene</code></td><td>string</td><td>交易场景</td><td><code>BUS</code>, <code>METRO</code></td></tr><tr><td><code>bus_info</code></td><td>object</td><td>公交场景信息</td><td></td></tr><tr><td>├ <code>start_time</code></td><td>string(rfc3339)</td><td>用户乘车时间（上车）</td><td></td></tr><tr><td>├ <code>line_name</code></td><td>string</td><td>乘车路线</td><td></td></tr><tr><td>└ <code>plate_number</code></td><td>string</td><td>车牌号。</td><td></td></tr><tr><td><code>metro_info</code></td><td>object</td><td>地铁场景信息</td><td></td></tr><tr><td>├ <code>start_time</code></td><td>string(rfc3339)</td><td>用户乘车时间（上车）</td><td></td></tr><tr><td>├ <code>end_time</code></td><td>string(rfc3339)</td><td>用户下车时间</td><td></td></tr><tr><td>├ <code>start_station</code></td><td>string</td><td>乘车起始站</td><td></td></tr><tr><td>└ <code>end_station</code></td><td>string</td><td>乘车终点站</td><td></td></tr><tr><td><code>amount</code></td><td>object</td><td>订单金额信息</td><td></td></tr><tr><td><code>promotion_detail</code></td><td>object[]</td><td></td><td></td></tr><tr><td>├ <code>coupon_id</code></td><td>string</td><td>券ID</td><td></td></tr><tr><td>├ <code>name</code></td><td>string</td><td>优惠名称</td><td></td></tr><tr><td>├ <code>scope</code></td><td>string</td><td>优惠范围</td><td><code>GLOBAL</code>, <code>SINGLE</code></td></tr><tr><td>├ <code>type</code></td><td>string</td><td>优惠类型</td><td><code>CASH</code>, <code>NOCASH</code></td></tr><tr><td>├ <code>stock_id</code></td><td>string</td><td>活动ID</td><td></td></tr><tr><td>├ <code>amount</code></td><td>integer</td><td>优惠券面额</td><td></td></tr><tr><td>├ <code>wechatpay_contribute</code></td><td>integer</td><td>微信出资</td><td></td></tr><tr><td>├ <code>merchant_contribute</code></td><td>integer</td><td>商户出资</td><td></td></tr><tr><td>├ <code>other_contribute</code></td><td>integer</td><td>其他出资</td><td></td></tr><tr><td>└ <code>currency</code></td><td>string</td><td>优惠币种</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/qrcode/transactions/out-trade-no/_out_trade_no_.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const _out_trade_no_ = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  _out_trade_no_ as default
};
