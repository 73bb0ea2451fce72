import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"上报订单关联信息 · v3/merchant-risk-manage/report-trade-union-information","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/merchant-risk-manage/report-trade-union-information.md","filePath":"api/v3/merchant-risk-manage/report-trade-union-information.md"}');
const _sfc_main = { name: "api/v3/merchant-risk-manage/report-trade-union-information.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="上报订单关联信息-·-v3-merchant-risk-manage-report-trade-union-information" tabindex="-1">上报订单关联信息 · <code>v3/merchant-risk-manage/report-trade-union-information</code> <a class="header-anchor" href="#上报订单关联信息-·-v3-merchant-risk-manage-report-trade-union-information" aria-label="Permalink to &quot;上报订单关联信息 · \`v3/merchant-risk-manage/report-trade-union-information\`&quot;">​</a></h1><p><a href="./../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>从业机构/服务商/渠道商/商户可调用该接口，在商户订单下单完成后，上报订单关联信息，以便后续在支付环节进行风险管控</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/merchant-risk-manage/report-trade-union-information</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 风险管理</li><li>适用对象: 普通商户, 服务商, 渠道商, 从业机构</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>sp_mchid</code></td><td>string</td><td></td><td>服务商商户号</td><td></td></tr><tr><td>├ <code>acquiring_bank_id</code></td><td>string</td><td></td><td>从业机构商户号</td><td></td></tr><tr><td>├ <code>channel_id</code></td><td>string</td><td></td><td>渠道号</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td></td><td>子商户号</td><td></td></tr><tr><td>├ <code>out_trade_no</code></td><td>string</td><td></td><td>商户订单号</td><td></td></tr><tr><td>├ <code>openid</code></td><td>string</td><td></td><td>用户标识</td><td></td></tr><tr><td>├ <code>phone</code></td><td>string(base64)</td><td></td><td>用户手机号</td><td></td></tr><tr><td>├ <code>certificates_number</code></td><td>string(base64)</td><td></td><td>用户实名证件号</td><td></td></tr><tr><td>├ <code>client_ip</code></td><td>string</td><td></td><td>用户终端ip</td><td></td></tr><tr><td>├ <code>risk_level</code></td><td>number</td><td></td><td>商户判定交易的风险等级</td><td></td></tr><tr><td>├ <code>line_type</code></td><td>number</td><td></td><td>线上线下标识</td><td><code>1</code>, <code>2</code></td></tr><tr><td>├ <code>goods_type</code></td><td>number</td><td></td><td>虚拟实物标识</td><td><code>1</code>, <code>2</code></td></tr><tr><td>├ <code>seller_type</code></td><td>number</td><td></td><td>物品发布类型</td><td><code>1</code>, <code>2</code></td></tr><tr><td>├ <code>is_need_deliver</code></td><td>boolean</td><td></td><td>是否需要物流发货</td><td></td></tr><tr><td>├ <code>device_type</code></td><td>number</td><td></td><td>用户设备类型</td><td><code>1</code>, <code>2</code>, <code>3</code></td></tr><tr><td>├ <code>userid</code></td><td>string</td><td></td><td>付款方用户标识</td><td></td></tr><tr><td>├ <code>phone_from</code></td><td>number</td><td></td><td>手机号来源</td><td></td></tr><tr><td>├ <code>seller_userid</code></td><td>string</td><td></td><td>收款方用户标识</td><td></td></tr><tr><td>├ <code>scene</code></td><td>number</td><td></td><td>业务场景</td><td><code>0</code>, <code>1</code>, <code>2</code></td></tr><tr><td>├ <code>recharge_fields</code></td><td>object</td><td></td><td>充值业务场景独有字段</td><td></td></tr><tr><td> ├ <code>account_type</code></td><td>number</td><td></td><td>充值账号类型</td><td></td></tr><tr><td> └ <code>account</code></td><td>string</td><td></td><td>充值账号</td><td></td></tr><tr><td>├ <code>living_expenses_fields</code></td><td>object</td><td></td><td>生活缴费场景独有字段</td><td></td></tr><tr><td> ├ <code>acc_no</code></td><td>string</td><td></td><td>户号</td><td></td></tr><tr><td> ├ <code>type</code></td><td>number</td><td></td><td>费种</td><td></td></tr><tr><td> ├ <code>city</code></td><td>string</td><td></td><td>缴费城市</td><td></td></tr><tr><td> ├ <code>address</code></td><td>string</td><td></td><td>户号对应的地址信息</td><td></td></tr><tr><td> ├ <code>acc_name</code></td><td>string</td><td></td><td>缴费户名</td><td></td></tr><tr><td> ├ <code>company_name</code></td><td>string</td><td></td><td>机构名称</td><td></td></tr><tr><td> └ <code>amount</code></td><td>number</td><td></td><td>缴费金额</td><td></td></tr><tr><td>├ <code>extra_fields1</code></td><td>string</td><td></td><td>扩展字段1，json格式</td><td></td></tr><tr><td>├ <code>extra_fields2</code></td><td>string</td><td></td><td>扩展字段2，json格式</td><td></td></tr><tr><td>├ <code>extra_fields3</code></td><td>string</td><td></td><td>扩展字段3，json格式</td><td></td></tr><tr><td>├ <code>high_risk_goods</code></td><td>number</td><td></td><td>高风险商品标签</td><td></td></tr><tr><td>├ <code>same_deviced</code></td><td>boolean</td><td></td><td>用户下单设备与支付设备是否一致</td><td></td></tr><tr><td>├ <code>reliable_device</code></td><td>boolean</td><td></td><td>用户下单设备是否是常用设备</td><td></td></tr><tr><td>├ <code>delivery_province</code></td><td>string</td><td></td><td>收货省份</td><td></td></tr><tr><td>├ <code>delivery_city</code></td><td>string</td><td></td><td>收货城市</td><td></td></tr><tr><td>├ <code>new_address</code></td><td>boolean</td><td></td><td>收货人地址是否新增</td><td></td></tr><tr><td>├ <code>last_pay_openid</code></td><td>string</td><td></td><td>上一笔支付openid</td><td></td></tr><tr><td>├ <code>risky_goods</code></td><td>number</td><td></td><td>高风险类目</td><td><code>1</code>, <code>2</code>, <code>3</code>, <code>4</code>, <code>5</code>, <code>6</code></td></tr><tr><td>├ <code>offline_delivery_label</code></td><td>number</td><td></td><td>订单识别标识：小时购/自提等枚举值</td><td><code>1</code>, <code>2</code></td></tr><tr><td>├ <code>proxy_payment</code></td><td>boolean</td><td></td><td>是否为代付订单</td><td></td></tr><tr><td>├ <code>order_phone_number</code></td><td>string</td><td></td><td>下单人手机号：手机号前3后4</td><td></td></tr><tr><td>├ <code>user_risk_level</code></td><td>number</td><td></td><td>下单人风险等级</td><td><code>1</code>, <code>2</code>, <code>3</code>, <code>4</code>, <code>5</code>, <code>6</code>, <code>7</code></td></tr><tr><td>├ <code>sp_risk_level</code></td><td>number</td><td></td><td>商户风险等级</td><td><code>1</code>, <code>2</code>, <code>3</code>, <code>4</code>, <code>5</code>, <code>6</code>, <code>7</code></td></tr><tr><td>├ <code>phone_number_location</code></td><td>string</td><td></td><td>手机号所属地</td><td></td></tr><tr><td>├ <code>goods_category</code></td><td>string</td><td></td><td>商品类目</td><td></td></tr><tr><td>├ <code>pre_opening_behavior</code></td><td>string</td><td></td><td>前置打开行为异常</td><td></td></tr><tr><td>├ <code>new_store</code></td><td>boolean</td><td></td><td>卖家是否是新账号</td><td></td></tr><tr><td>├ <code>store_identifier</code></td><td>string</td><td></td><td>店铺标识</td><td></td></tr><tr><td>├ <code>goods_listing_time</code></td><td>string</td><td></td><td>商品上架时间</td><td></td></tr><tr><td>├ <code>combine_out_trade_no</code></td><td>string</td><td></td><td>合单商户订单号</td><td></td></tr><tr><td>├ <code>combine_mchid</code></td><td>string</td><td></td><td>合单商户号</td><td></td></tr><tr><td>└ <code>sub_orders</code></td><td>object[]</td><td></td><td>子单列表</td><td></td></tr><tr><td> ├ <code>out_trade_no</code></td><td>string</td><td></td><td>子单商户订单号</td><td></td></tr><tr><td> ├ <code>mch_id</code></td><td>string</td><td></td><td>子单发起方商户号</td><td></td></tr><tr><td> ├ <code>delivery_province</code></td><td>string</td><td></td><td>收货省份</td><td></td></tr><tr><td> ├ <code>delivery_city</code></td><td>string</td><td></td><td>收货城市</td><td></td></tr><tr><td> ├ <code>risky_goods</code></td><td>number</td><td></td><td>高风险类目</td><td><code>1</code>, <code>2</code>, <code>3</code>, <code>4</code>, <code>5</code>, <code>6</code></td></tr><tr><td> ├ <code>user_risk_level</code></td><td>number</td><td></td><td>下单人风险等级</td><td><code>1</code>, <code>2</code>, <code>3</code>, <code>4</code>, <code>5</code>, <code>6</code>, <code>7</code></td></tr><tr><td> └ <code>sp_risk_level</code></td><td>number</td><td></td><td>商户风险等级</td><td><code>1</code>, <code>2</code>, <code>3</code>, <code>4</code>, <code>5</code>, <code>6</code>, <code>7</code></td></tr><tr><td><code>headers</code></td><td>object</td><td>yes</td><td>Request headers</td><td></td></tr><tr><td>└ <code>Wechatpay-Serial</code></td><td>unknown</td><td>yes</td><td>微信支付公钥ID/平台证书序列号</td><td></td></tr></tbody></table><p><code>Wechatpay-Serial</code> is set by the SDK: to the platform key it encrypted with when <code>json</code> is built with <code>encrypt</code>, and to the <code>PUB_KEY_ID_…</code> in public-key mode.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/merchant-risk-manage/report-trade-union-information&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    sp_mchid: &#39;1900000109&#39;,
    acquiring_bank_id: &#39;1356485&#39;,
    channel_id: &#39;1900000108&#39;,
    sub_mchid: &#39;1900009231&#39;,
    out_trade_no: &#39;1217752501201407033233368018&#39;,
    openid: &#39;oUpF8uMuAJO_M2pxb1Q9zNjWeS6o&#39;,
    phone: &#39;ca775af5f841bdf424b2e6eb86a6e21e&#39;,
    certificates_number: &#39;ca775af5f841bdf424b2e6eb86a6e21e&#39;,
    client_ip: &#39;123.12.12.123&#39;,
    risk_level: 1,
    line_type: 1,
    goods_type: 1,
    seller_type: 1,
    is_need_deliver: false,
    device_type: 1,
    userid: &#39;华为的账号：260XXX&#39;,
    phone_from: 1,
    seller_userid: &#39;抖音的账号：XXXXX&#39;,
    scene: 1,
    extra_fields1: &#39;{&quot;key1&quot;:&quot;value1&quot;}&#39;,
    extra_fields2: &#39;{&quot;key1&quot;:&quot;value1&quot;}&#39;,
    extra_fields3: &#39;{&quot;key1&quot;:&quot;value1&quot;}&#39;,
    high_risk_goods: 1,
    delivery_province: &#39;example_delivery_province&#39;,
    delivery_city: &#39;example_delivery_city&#39;,
    last_pay_openid: &#39;example_last_pay_openid&#39;,
    risky_goods: 1,
    offline_delivery_label: 1,
    order_phone_number: &#39;example_order_phone_number&#39;,
    user_risk_level: 1,
    sp_risk_level: 1,
    phone_number_location: &#39;example_phone_number_location&#39;,
    goods_category: &#39;example_goods_category&#39;,
    pre_opening_behavior: &#39;example_pre_opening_behavior&#39;,
    store_identifier: &#39;example_store_identifier&#39;,
    goods_listing_time: &#39;example_goods_listing_time&#39;,
    combine_out_trade_no: &#39;example_combine_out_trade_no&#39;,
    combine_mchid: &#39;example_combine_mchid&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;merchantRiskManage-&gt;reportTradeUnionInformation-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.merchantRiskManage.reportTradeUnionInformation.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/merchant-risk-manage/report-trade-union-information&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/merchant-risk-manage/report-trade-union-information&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/merchant-risk-manage/report-trade-union-information&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/merchant-risk-manage/report-trade-union-information&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;merchantRiskManage-&gt;reportTradeUnionInformation-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.merchantRiskManage.reportTradeUnionInformation.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/merchant-risk-manage/report-trade-union-information&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/merchant-risk-manage/report-trade-union-information&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/merchant-risk-manage/report-trade-union-information&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/merchant-risk-manage/report-trade-union-information&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>sp_mchid</code></td><td>string</td><td>服务商商户号</td><td></td></tr><tr><td><code>acquiring_bank_id</code></td><td>string</td><td>从业机构商户号</td><td></td></tr><tr><td><code>channel_id</code></td><td>string</td><td>渠道号</td><td></td></tr><tr><td><code>sub_mchid</code></td><td>string</td><td>子商户号</td><td></td></tr><tr><td><code>out_trade_no</code></td><td>string</td><td>商户订单号</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/docs/partner/apis/risk-manage/trade-risk/report-trade-risk-information.html" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/merchant-risk-manage/report-trade-union-information.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const reportTradeUnionInformation = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  reportTradeUnionInformation as default
};
