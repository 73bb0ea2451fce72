import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"同步资格核销信息 · v3/gov/subsidy/qualifications/sync","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/gov/subsidy/qualifications/sync.md","filePath":"api/v3/gov/subsidy/qualifications/sync.md"}');
const _sfc_main = { name: "api/v3/gov/subsidy/qualifications/sync.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="同步资格核销信息-·-v3-gov-subsidy-qualifications-sync" tabindex="-1">同步资格核销信息 · <code>v3/gov/subsidy/qualifications/sync</code> <a class="header-anchor" href="#同步资格核销信息-·-v3-gov-subsidy-qualifications-sync" aria-label="Permalink to &quot;同步资格核销信息 · \`v3/gov/subsidy/qualifications/sync\`&quot;">​</a></h1><p><a href="./../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>资格核销后，将收货地址、开票信息等信息同步给微信支付。可离线上传核销信息。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/gov/subsidy/qualifications/sync</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 国补专区, 江苏</li><li>适用对象: 电商平台, 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>real_name</code></td><td>string(base64)</td><td></td><td>自然人姓名</td><td></td></tr><tr><td>├ <code>id_card_number</code></td><td>string(base64)</td><td></td><td>自然人证件号</td><td></td></tr><tr><td>├ <code>phone_number</code></td><td>string(base64)</td><td></td><td>手机号</td><td></td></tr><tr><td>├ <code>appliance_id</code></td><td>number</td><td></td><td>消费品类ID</td><td><code>1</code>, <code>2</code>, <code>3</code>, <code>4</code>, <code>5</code>, <code>6</code>, <code>7</code>, <code>8</code>, <code>9</code>, <code>10</code>, <code>11</code>, <code>12</code>, <code>13</code>, <code>14</code>, <code>15</code>, <code>16</code>, <code>17</code></td></tr><tr><td>├ <code>out_trade_no</code></td><td>string</td><td>yes</td><td>商户支付订单号</td><td></td></tr><tr><td>├ <code>sub_mch_id</code></td><td>string</td><td></td><td>子商户号</td><td></td></tr><tr><td>├ <code>energy_grade</code></td><td>string</td><td></td><td>能效等级</td><td><code>FIRST_LEVEL</code>, <code>SECOND_LEVEL</code>, <code>ENERGY_GRADE_UNKNOWN</code></td></tr><tr><td>├ <code>receive_region_code</code></td><td>string</td><td>yes</td><td>收货地区编码</td><td></td></tr><tr><td>├ <code>brand</code></td><td>string</td><td>yes</td><td>家电品牌</td><td></td></tr><tr><td>├ <code>address</code></td><td>string</td><td>yes</td><td>收货地址</td><td></td></tr><tr><td>├ <code>qualification_region_code</code></td><td>number</td><td>yes</td><td>使用的资格的地区编码</td><td></td></tr><tr><td>├ <code>sn_code</code></td><td>string</td><td>yes</td><td>S/N码</td><td></td></tr><tr><td>├ <code>seller_name</code></td><td>string</td><td>yes</td><td>销售企业名称</td><td></td></tr><tr><td>├ <code>license_number</code></td><td>string</td><td>yes</td><td>统一社会信息代码</td><td></td></tr><tr><td>├ <code>barcode</code></td><td>string</td><td>yes</td><td>商品条码</td><td></td></tr><tr><td>├ <code>item_name</code></td><td>string</td><td>yes</td><td>商品名称</td><td></td></tr><tr><td>├ <code>spec_model</code></td><td>string</td><td>yes</td><td>规格型号</td><td></td></tr><tr><td>├ <code>logistics_num</code></td><td>string</td><td></td><td>物流单号</td><td></td></tr><tr><td>├ <code>delivery_time</code></td><td>string(rfc3339)</td><td></td><td>签收时间</td><td></td></tr><tr><td>├ <code>invoice_num</code></td><td>string</td><td>yes</td><td>发票号</td><td></td></tr><tr><td>├ <code>product_type</code></td><td>string</td><td>yes</td><td>产品类型</td><td><code>COMMON_PRODUCT</code>, <code>AI_PRODUCT</code></td></tr><tr><td>├ <code>pc_type</code></td><td>string</td><td></td><td>类型(台式、笔记本)，当品类为电脑时必填</td><td><code>DESKTOP</code>, <code>LAPTOP</code>, <code>COMPUTER_TYPE_UNKNOWN</code></td></tr><tr><td>├ <code>order_amount</code></td><td>number</td><td>yes</td><td>订单金额</td><td></td></tr><tr><td>├ <code>discount_amount</code></td><td>number</td><td>yes</td><td>优惠金额，单位为分，<strong>注意:只传国补相关优惠，其他非国补的优惠不可叠加在这里</strong></td><td></td></tr><tr><td>├ <code>imei1</code></td><td>string</td><td></td><td>imei1编码</td><td></td></tr><tr><td>├ <code>imei2</code></td><td>string</td><td></td><td>imei2编码</td><td></td></tr><tr><td>├ <code>mch_order_id</code></td><td>string</td><td>yes</td><td>线上平台订单编号</td><td></td></tr><tr><td>├ <code>refund_id</code></td><td>string</td><td></td><td>线上平台退款交易编号</td><td></td></tr><tr><td>├ <code>invoice_time</code></td><td>string(rfc3339)</td><td>yes</td><td>开票日期</td><td></td></tr><tr><td>├ <code>purchaser_name</code></td><td>string</td><td>yes</td><td>购买方名称</td><td></td></tr><tr><td>├ <code>sale_model</code></td><td>string</td><td>yes</td><td>销售方式</td><td><code>SALE_MODEL_ONLINE</code>, <code>SALE_MODEL_OFFLINE</code></td></tr><tr><td>├ <code>identity_document_type</code></td><td>string</td><td>yes</td><td>证件类型</td><td><code>ID_DOC_TYPE_ID_CARD</code>, <code>ID_DOC_TYPE_MAINLAND_TRAVEL_PERMIT_FOR_HK_MC</code>, <code>ID_DOC_TYPE_MAINLAND_TRAVEL_PERMIT_FOR_TW</code></td></tr><tr><td>├ <code>invoice_address_code</code></td><td>string</td><td>yes</td><td>发票开具地(地址编码）</td><td></td></tr><tr><td>├ <code>invoice_code</code></td><td>string</td><td></td><td>发票代码</td><td></td></tr><tr><td>├ <code>tax_authority_code</code></td><td>string</td><td>yes</td><td>税务机关代码</td><td></td></tr><tr><td>├ <code>transaction_time</code></td><td>string(rfc3339)</td><td>yes</td><td>交易完成或商品退回时间</td><td></td></tr><tr><td>├ <code>cate_state</code></td><td>string</td><td>yes</td><td>品类状态</td><td><code>CATE_STATE_REDEEM</code>, <code>CATE_STATE_REFUND</code></td></tr><tr><td>└ <code>mch_name</code></td><td>string</td><td>yes</td><td>销售主体，开票主体，商户名称</td><td></td></tr><tr><td><code>headers</code></td><td>object</td><td>yes</td><td>Request headers</td><td></td></tr><tr><td>└ <code>Wechatpay-Serial</code></td><td>unknown</td><td>yes</td><td>微信支付公钥ID/平台证书序列号</td><td></td></tr></tbody></table><p><code>Wechatpay-Serial</code> is set by the SDK: to the platform key it encrypted with when <code>json</code> is built with <code>encrypt</code>, and to the <code>PUB_KEY_ID_…</code> in public-key mode.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/gov/subsidy/qualifications/sync&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    real_name: &#39;OEimkKuua8igpd+0YDgqF2Z61l=&#39;,
    id_card_number: &#39;1axtI9EZUr0343c89xQznxau+cRWPKP4YhVAoj/mEoNSgJh0nvuqQJ1cdL==&#39;,
    phone_number: &#39;1axtI9EZUr0343c89xQznxau+cRWPKP4YhVAoj/nunesXwq9ogPnSj7EDA==&#39;,
    appliance_id: 1,
    out_trade_no: &#39;vmall_250120131959_993_4494&#39;,
    sub_mch_id: &#39;123456&#39;,
    energy_grade: &#39;FIRST_LEVEL&#39;,
    receive_region_code: &#39;110101&#39;,
    brand: &#39;海尔&#39;,
    address: &#39;深圳市南山区&#39;,
    qualification_region_code: 310100,
    sn_code: &#39;fallervuh&#39;,
    seller_name: &#39;联想（北京）信息技术有限公司&#39;,
    license_number: &#39;91110108397173806M&#39;,
    barcode: &#39;例值：6901010101098&#39;,
    item_name: &#39;联想YOGA AIR 15&#39;,
    spec_model: &#39;YOGA Air 15s ILL9&#39;,
    logistics_num: &#39;123456789&#39;,
    delivery_time: &#39;2025-01-14T19:55:06+08:00&#39;,
    invoice_num: &#39;031001900204&#39;,
    product_type: &#39;COMMON_PRODUCT&#39;,
    pc_type: &#39;DESKTOP&#39;,
    order_amount: 10000,
    discount_amount: 2000,
    imei1: &#39;358882046176540&#39;,
    imei2: &#39;358882046176540&#39;,
    mch_order_id: &#39;123456789&#39;,
    refund_id: &#39;123456789&#39;,
    invoice_time: &#39;2025-01-14T19:55:06+08:00&#39;,
    purchaser_name: &#39;小弟弟&#39;,
    sale_model: &#39;SALE_MODEL_OFFLINE&#39;,
    identity_document_type: &#39;ID_DOC_TYPE_ID_CARD&#39;,
    invoice_address_code: &#39;310100&#39;,
    invoice_code: &#39;310100&#39;,
    tax_authority_code: &#39;2525252&#39;,
    transaction_time: &#39;2025-01-14T19:55:06+08:00&#39;,
    cate_state: &#39;CATE_STATE_REDEEM&#39;,
    mch_name: &#39;江苏京东信息技术有限公司&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;gov-&gt;subsidy-&gt;qualifications-&gt;sync-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.gov.subsidy.qualifications.sync.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/gov/subsidy/qualifications/sync&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/gov/subsidy/qualifications/sync&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/gov/subsidy/qualifications/sync&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/gov/subsidy/qualifications/sync&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;gov-&gt;subsidy-&gt;qualifications-&gt;sync-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.gov.subsidy.qualifications.sync.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/gov/subsidy/qualifications/sync&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/gov/subsidy/qualifications/sync&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/gov/subsidy/qualifications/sync&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/gov/subsidy/qualifications/sync&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>code</code></td><td>string</td><td>响应码</td><td></td></tr><tr><td><code>message</code></td><td>string</td><td>响应描述</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/gov/subsidy/qualifications/sync.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const sync = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  sync as default
};
