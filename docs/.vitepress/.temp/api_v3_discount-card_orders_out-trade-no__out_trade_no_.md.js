import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"通过先享卡订单号查询订单API · v3/discount-card/orders/out-trade-no/{out_trade_no}","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/discount-card/orders/out-trade-no/_out_trade_no_.md","filePath":"api/v3/discount-card/orders/out-trade-no/_out_trade_no_.md"}');
const _sfc_main = { name: "api/v3/discount-card/orders/out-trade-no/_out_trade_no_.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="通过先享卡订单号查询订单api-·-v3-discount-card-orders-out-trade-no-out-trade-no" tabindex="-1">通过先享卡订单号查询订单API · <code>v3/discount-card/orders/out-trade-no/{out_trade_no}</code> <a class="header-anchor" href="#通过先享卡订单号查询订单api-·-v3-discount-card-orders-out-trade-no-out-trade-no" aria-label="Permalink to &quot;通过先享卡订单号查询订单API · \`v3/discount-card/orders/out-trade-no/{out_trade_no}\`&quot;">​</a></h1><p><a href="./../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get" tabindex="-1">GET <a class="header-anchor" href="#get" aria-label="Permalink to &quot;GET&quot;">​</a></h2><p>商户可以通过先享卡订单号或商户订单号查询用户目前的先享卡使用情况、订单状态，可用于对账或者界面展示。</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/discount-card/orders/out-trade-no/{out_trade_no}</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 支付分∙先享卡</li><li>适用对象: 直连商户</li><li><strong>Deprecated</strong> in the description</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>out_trade_no</code></td><td>string</td><td>yes</td><td>商户订单号</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/discount-card/orders/out-trade-no/{out_trade_no}&#39;][&#39;get&#39;][&#39;options&#39;] = {
  out_trade_no: &#39;6e8369071cd942c0476613f9d1ce9ca3&#39;,
};

// 1. $instance-&gt;v3-&gt;discountCard-&gt;orders-&gt;outTradeNo-&gt;_out_trade_no_-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.discountCard.orders.outTradeNo._out_trade_no_.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/discount-card/orders/out-trade-no/{out_trade_no}&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/discount-card/orders/out-trade-no/{out_trade_no}&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/discount-card/orders/out-trade-no/{out_trade_no}&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/discount-card/orders/out-trade-no/{out_trade_no}&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;discountCard-&gt;orders-&gt;outTradeNo-&gt;_out_trade_no_-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.discountCard.orders.outTradeNo._out_trade_no_.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/discount-card/orders/out-trade-no/{out_trade_no}&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/discount-card/orders/out-trade-no/{out_trade_no}&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/discount-card/orders/out-trade-no/{out_trade_no}&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/discount-card/orders/out-trade-no/{out_trade_no}&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>out_order_no</code></td><td>string</td><td>先享卡订单号</td><td></td></tr><tr><td><code>discount_card_id</code></td><td>string</td><td>先享卡ID</td><td></td></tr><tr><td><code>out_trade_no</code></td><td>string</td><td>商户订单号</td><td></td></tr><tr><td><code>appid</code></td><td>string</td><td>公众账号ID</td><td></td></tr><tr><td><code>service_id</code></td><td>string</td><td>服务ID</td><td></td></tr><tr><td><code>order_id</code></td><td>string</td><td>微信支付服务订单号</td><td></td></tr><tr><td><code>transaction_id</code></td><td>string</td><td>微信支付交易单号</td><td></td></tr><tr><td><code>openid</code></td><td>string</td><td>用户标识</td><td></td></tr><tr><td><code>card_begin_time</code></td><td>string</td><td>先享卡开始时间</td><td></td></tr><tr><td><code>card_end_time</code></td><td>string</td><td>先享卡结束时间</td><td></td></tr><tr><td><code>card_name</code></td><td>string</td><td>先享卡名称</td><td></td></tr><tr><td><code>objective_description</code></td><td>string</td><td>目标描述</td><td></td></tr><tr><td><code>reward_description</code></td><td>string</td><td>奖励描述</td><td></td></tr><tr><td><code>estimated_reward_amount</code></td><td>integer</td><td>预估奖励金额</td><td></td></tr><tr><td><code>online_instructions</code></td><td>string</td><td>线上使用说明</td><td></td></tr><tr><td><code>offline_instructions</code></td><td>string</td><td>线下使用说明</td><td></td></tr><tr><td><code>state</code></td><td>string</td><td>订单状态</td><td><code>CREATED</code>, <code>SETTLING</code>, <code>CHARGING</code>, <code>CHARGED</code>, <code>NO_CHARGE</code>, <code>REVOKED</code></td></tr><tr><td><code>total_amount</code></td><td>integer</td><td>总金额</td><td></td></tr><tr><td><code>deduction_amount</code></td><td>integer</td><td>扣除金额</td><td></td></tr><tr><td><code>settlement_amount</code></td><td>integer</td><td>结算金额</td><td></td></tr><tr><td><code>create_time</code></td><td>string</td><td>创建时间</td><td></td></tr><tr><td><code>pay_time</code></td><td>string</td><td>支付时间</td><td></td></tr><tr><td><code>objectives</code></td><td>object[]</td><td>目标达成明细列表</td><td></td></tr><tr><td>├ <code>objective_serial_no</code></td><td>string</td><td>目标流水号</td><td></td></tr><tr><td>├ <code>objective_id</code></td><td>integer</td><td>先享卡目标ID</td><td></td></tr><tr><td>├ <code>name</code></td><td>string</td><td>目标名称</td><td></td></tr><tr><td>├ <code>unit</code></td><td>string</td><td>目标单位</td><td></td></tr><tr><td>├ <code>performance_description</code></td><td>string</td><td>履约描述</td><td></td></tr><tr><td>├ <code>performance_type</code></td><td>string</td><td>履约类型</td><td><code>INCREASE</code>, <code>DECREASE</code></td></tr><tr><td>├ <code>count</code></td><td>integer</td><td>目标数量</td><td></td></tr><tr><td>├ <code>performance_time</code></td><td>string</td><td>履约时间</td><td></td></tr><tr><td>└ <code>remark</code></td><td>string</td><td>备注说明</td><td></td></tr><tr><td><code>rewards</code></td><td>object[]</td><td>奖励明细列表</td><td></td></tr><tr><td>├ <code>reward_serial_no</code></td><td>string</td><td>奖励流水号</td><td></td></tr><tr><td>├ <code>reward_id</code></td><td>integer</td><td>先享卡奖励ID</td><td></td></tr><tr><td>├ <code>name</code></td><td>string</td><td>奖励名称</td><td></td></tr><tr><td>├ <code>unit</code></td><td>string</td><td>奖励单位</td><td></td></tr><tr><td>├ <code>description</code></td><td>string</td><td>奖励描述</td><td></td></tr><tr><td>├ <code>reward_type</code></td><td>string</td><td>奖励类型</td><td><code>INCREASE</code>, <code>DECREASE</code></td></tr><tr><td>├ <code>count</code></td><td>integer</td><td>奖励数量</td><td></td></tr><tr><td>├ <code>amount</code></td><td>integer</td><td>奖励金额</td><td></td></tr><tr><td>├ <code>reward_time</code></td><td>string</td><td>奖励时间</td><td></td></tr><tr><td>└ <code>remark</code></td><td>string</td><td>备注说明</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/discount-card/chapter3_1.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/discount-card/orders/out-trade-no/_out_trade_no_.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const _out_trade_no_ = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  _out_trade_no_ as default
};
