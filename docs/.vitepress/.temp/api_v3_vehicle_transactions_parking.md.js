import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"扣费受理API · v3/vehicle/transactions/parking","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/vehicle/transactions/parking.md","filePath":"api/v3/vehicle/transactions/parking.md"}');
const _sfc_main = { name: "api/v3/vehicle/transactions/parking.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="扣费受理api-·-v3-vehicle-transactions-parking" tabindex="-1">扣费受理API · <code>v3/vehicle/transactions/parking</code> <a class="header-anchor" href="#扣费受理api-·-v3-vehicle-transactions-parking" aria-label="Permalink to &quot;扣费受理API · \`v3/vehicle/transactions/parking\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>商户请求扣费受理接口，会完成订单受理。微信支付进行异步扣款，支付完成后，会将订单支付结果发送给商户。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/vehicle/transactions/parking</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 支付分∙停车服务</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td>yes</td><td>应用ID</td><td></td></tr><tr><td>├ <code>sub_appid</code></td><td>string</td><td>yes</td><td>子商户应用ID</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td>yes</td><td>子商户号</td><td></td></tr><tr><td>├ <code>description</code></td><td>string</td><td>yes</td><td>服务描述</td><td></td></tr><tr><td>├ <code>attach</code></td><td>string</td><td></td><td>附加数据</td><td></td></tr><tr><td>├ <code>out_trade_no</code></td><td>string</td><td>yes</td><td>商户订单号</td><td></td></tr><tr><td>├ <code>trade_scene</code></td><td>string</td><td>yes</td><td>交易场景</td><td></td></tr><tr><td>├ <code>goods_tag</code></td><td>string</td><td></td><td>订单优惠标记</td><td></td></tr><tr><td>├ <code>notify_url</code></td><td>string</td><td>yes</td><td>回调通知url</td><td></td></tr><tr><td>├ <code>profit_sharing</code></td><td>string</td><td></td><td>分账标识</td><td><code>Y</code>, <code>N</code></td></tr><tr><td>├ <code>amount</code></td><td>object</td><td>yes</td><td>订单金额</td><td></td></tr><tr><td> ├ <code>total</code></td><td>integer</td><td>yes</td><td>订单金额</td><td></td></tr><tr><td> └ <code>currency</code></td><td>string</td><td></td><td>货币类型</td><td><code>CNY</code></td></tr><tr><td>└ <code>parking_info</code></td><td>object</td><td></td><td>停车场景信息</td><td></td></tr><tr><td> ├ <code>parking_id</code></td><td>string</td><td>yes</td><td>停车入场id</td><td></td></tr><tr><td> ├ <code>plate_number</code></td><td>string</td><td>yes</td><td>车牌号</td><td></td></tr><tr><td> ├ <code>plate_color</code></td><td>string</td><td>yes</td><td>车牌颜色</td><td><code>BLUE</code>, <code>GREEN</code>, <code>YELLOW</code>, <code>BLACK</code>, <code>WHITE</code>, <code>LIMEGREEN</code></td></tr><tr><td> ├ <code>start_time</code></td><td>string</td><td>yes</td><td>入场时间</td><td></td></tr><tr><td> ├ <code>end_time</code></td><td>string</td><td>yes</td><td>出场时间</td><td></td></tr><tr><td> ├ <code>parking_name</code></td><td>string</td><td>yes</td><td>停车场名称</td><td></td></tr><tr><td> ├ <code>charging_duration</code></td><td>integer</td><td>yes</td><td>计费时长</td><td></td></tr><tr><td> └ <code>device_id</code></td><td>string</td><td>yes</td><td>停车场设备id</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/vehicle/transactions/parking&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    appid: &#39;wxcbda96de0b165486&#39;,
    sub_appid: &#39;wxcbda96de0b165486&#39;,
    sub_mchid: &#39;1900000109&#39;,
    description: &#39;停车场扣费&#39;,
    attach: &#39;深圳分店&#39;,
    out_trade_no: &#39;20150806125346&#39;,
    trade_scene: &#39;PARKING&#39;,
    goods_tag: &#39;WXG&#39;,
    notify_url: &#39;https://yoursite.com/wxpay.html&#39;,
    profit_sharing: &#39;Y&#39;,
    amount: { total: 888, currency: &#39;CNY&#39; },
  },
};

// 1. $instance-&gt;v3-&gt;vehicle-&gt;transactions-&gt;parking-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.vehicle.transactions.parking.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/vehicle/transactions/parking&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/vehicle/transactions/parking&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/vehicle/transactions/parking&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/vehicle/transactions/parking&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;vehicle-&gt;transactions-&gt;parking-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.vehicle.transactions.parking.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/vehicle/transactions/parking&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/vehicle/transactions/parking&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/vehicle/transactions/parking&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/vehicle/transactions/parking&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>appid</code></td><td>string</td><td>应用ID</td><td></td></tr><tr><td><code>sub_appid</code></td><td>string</td><td>子商户应用ID</td><td></td></tr><tr><td><code>sp_mchid</code></td><td>string</td><td>商户号</td><td></td></tr><tr><td><code>sub_mchid</code></td><td>string</td><td>子商户号</td><td></td></tr><tr><td><code>description</code></td><td>string</td><td>服务描述</td><td></td></tr><tr><td><code>create_time</code></td><td>string</td><td>订单创建时间</td><td></td></tr><tr><td><code>out_trade_no</code></td><td>string</td><td>商户订单号</td><td></td></tr><tr><td><code>transaction_id</code></td><td>string</td><td>微信支付订单号</td><td></td></tr><tr><td><code>trade_state</code></td><td>string</td><td>交易状态</td><td><code>SUCCESS</code>, <code>ACCEPTED</code>, <code>PAY_FAIL</code>, <code>REFUND</code></td></tr><tr><td><code>trade_state_description</code></td><td>string</td><td>交易状态描述</td><td></td></tr><tr><td><code>success_time</code></td><td>string</td><td>支付完成时间</td><td></td></tr><tr><td><code>bank_type</code></td><td>string</td><td>付款银行</td><td></td></tr><tr><td><code>user_repaid</code></td><td>string</td><td>用户是否已还款</td><td><code>Y</code>, <code>N</code></td></tr><tr><td><code>attach</code></td><td>string</td><td>附加数据</td><td></td></tr><tr><td><code>trade_scene</code></td><td>string</td><td>交易场景</td><td><code>PARKING</code></td></tr><tr><td><code>parking_info</code></td><td>object</td><td>停车场景信息</td><td></td></tr><tr><td>├ <code>parking_id</code></td><td>string</td><td>停车入场id</td><td></td></tr><tr><td>├ <code>plate_number</code></td><td>string</td><td>车牌号</td><td></td></tr><tr><td>├ <code>plate_color</code></td><td>string</td><td>车牌颜色</td><td><code>BLUE</code>, <code>GREEN</code>, <code>YELLOW</code>, <code>BLACK</code>, <code>WHITE</code>, <code>LIMEGREEN</code></td></tr><tr><td>├ <code>start_time</code></td><td>string</td><td>入场时间</td><td></td></tr><tr><td>├ <code>end_time</code></td><td>string</td><td>出场时间</td><td></td></tr><tr><td>├ <code>parking_name</code></td><td>string</td><td>停车场名称</td><td></td></tr><tr><td>├ <code>charging_duration</code></td><td>integer</td><td>计费时长</td><td></td></tr><tr><td>└ <code>device_id</code></td><td>string</td><td>停车场设备id</td><td></td></tr><tr><td><code>payer</code></td><td>object</td><td>支付者信息</td><td></td></tr><tr><td>├ <code>openid</code></td><td>string</td><td>用户在appid下的标识</td><td></td></tr><tr><td>└ <code>sub_openid</code></td><td>string</td><td>用户在sub_appid下的标识</td><td></td></tr><tr><td><code>amount</code></td><td>object</td><td>订单金额信息</td><td></td></tr><tr><td>├ <code>total</code></td><td>integer</td><td>订单金额</td><td></td></tr><tr><td>├ <code>currency</code></td><td>string</td><td>货币类型</td><td><code>CNY</code></td></tr><tr><td>├ <code>payer_total</code></td><td>integer</td><td>用户实际支付金额</td><td></td></tr><tr><td>└ <code>discount_total</code></td><td>integer</td><td>折扣</td><td></td></tr><tr><td><code>promotion_detail</code></td><td>object[]</td><td>优惠信息</td><td></td></tr><tr><td>├ <code>coupon_id</code></td><td>string</td><td>券ID</td><td></td></tr><tr><td>├ <code>name</code></td><td>string</td><td>优惠名称</td><td></td></tr><tr><td>├ <code>scope</code></td><td>string</td><td>优惠范围</td><td><code>SINGLE</code>, <code>GLOBAL</code></td></tr><tr><td>├ <code>type</code></td><td>string</td><td>优惠类型</td><td><code>CASH</code>, <code>NOCASH</code></td></tr><tr><td>├ <code>stock_id</code></td><td>string</td><td>活动ID</td><td></td></tr><tr><td>├ <code>amount</code></td><td>integer</td><td>优惠券面额</td><td></td></tr><tr><td>├ <code>wechatpay_contribute</code></td><td>integer</td><td>微信出资</td><td></td></tr><tr><td>├ <code>merchant_contribute</code></td><td>integer</td><td>商户出资</td><td></td></tr><tr><td>├ <code>other_contribute</code></td><td>integer</td><td>其他出资</td><td></td></tr><tr><td>└ <code>currency</code></td><td>string</td><td>优惠币种</td><td><code>CNY</code></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/doc/v3/merchant/4012534352" target="_blank" rel="noreferrer">官方文档</a></li><li><a href="https://pay.weixin.qq.com/doc/v3/partner/4012534427" target="_blank" rel="noreferrer">官方文档</a></li><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter8_8_3.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/vehicle/transactions/parking.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const parking = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  parking as default
};
