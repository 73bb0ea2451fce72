import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"更新审核数据 · v3/gov/subsidy/audit/cup/update","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/gov/subsidy/audit/cup/update.md","filePath":"api/v3/gov/subsidy/audit/cup/update.md"}');
const _sfc_main = { name: "api/v3/gov/subsidy/audit/cup/update.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="更新审核数据-·-v3-gov-subsidy-audit-cup-update" tabindex="-1">更新审核数据 · <code>v3/gov/subsidy/audit/cup/update</code> <a class="header-anchor" href="#更新审核数据-·-v3-gov-subsidy-audit-cup-update" aria-label="Permalink to &quot;更新审核数据 · \`v3/gov/subsidy/audit/cup/update\`&quot;">​</a></h1><p><a href="./../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>更新审核数据</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/gov/subsidy/audit/cup/update</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 国补专区, 上海/福建/重庆</li><li>适用对象: 电商平台, 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>org_no</code></td><td>string</td><td>yes</td><td>分公司机构代码</td><td></td></tr><tr><td>├ <code>sub_mchnt_cd</code></td><td>string</td><td>yes</td><td>店铺编码</td><td></td></tr><tr><td>├ <code>sub_mchnt_nm</code></td><td>string</td><td>yes</td><td>店铺名称</td><td></td></tr><tr><td>├ <code>store_nm</code></td><td>string</td><td></td><td>门店名称</td><td></td></tr><tr><td>├ <code>online_no</code></td><td>string</td><td>yes</td><td>线上平台订单号</td><td></td></tr><tr><td>├ <code>mchnt_order_id</code></td><td>string</td><td>yes</td><td>商户订单号</td><td></td></tr><tr><td>├ <code>upload_time</code></td><td>string</td><td>yes</td><td>审核记录上传时间</td><td></td></tr><tr><td>├ <code>notify_url</code></td><td>string</td><td>yes</td><td>审核结果通知地址</td><td></td></tr><tr><td>├ <code>prod_id</code></td><td>string</td><td>yes</td><td>品类</td><td></td></tr><tr><td>├ <code>eng_grade</code></td><td>string</td><td></td><td>能效</td><td></td></tr><tr><td>├ <code>brand_nm</code></td><td>string</td><td>yes</td><td>品牌</td><td></td></tr><tr><td>├ <code>prod_model</code></td><td>string</td><td>yes</td><td>型号</td><td></td></tr><tr><td>├ <code>sales_chnl</code></td><td>string</td><td></td><td>销售方式（线上或线下）</td><td></td></tr><tr><td>├ <code>plat_form</code></td><td>string</td><td>yes</td><td>电商平台方</td><td></td></tr><tr><td>├ <code>payer_tp</code></td><td>string</td><td>yes</td><td>支付方式类型</td><td></td></tr><tr><td>├ <code>trade_in_order_id</code></td><td>string</td><td></td><td>收旧订单号</td><td></td></tr><tr><td>├ <code>trade_in_at</code></td><td>string</td><td></td><td>收旧价格</td><td></td></tr><tr><td>├ <code>is_trade_in</code></td><td>string</td><td></td><td>收旧价格是否统计</td><td></td></tr><tr><td>├ <code>sales_at</code></td><td>string</td><td>yes</td><td>订单金额</td><td></td></tr><tr><td>├ <code>actual_at</code></td><td>string</td><td>yes</td><td>实付金额</td><td></td></tr><tr><td>├ <code>trans_tm</code></td><td>string</td><td>yes</td><td>交易时间</td><td></td></tr><tr><td>├ <code>mchnt_cd</code></td><td>string</td><td>yes</td><td>商户编码</td><td></td></tr><tr><td>├ <code>mer_sub_at</code></td><td>string</td><td></td><td>商家优惠金额</td><td></td></tr><tr><td>├ <code>discount_at</code></td><td>string</td><td>yes</td><td>国补优惠金额</td><td></td></tr><tr><td>├ <code>image01</code></td><td>string</td><td></td><td>其他图片1</td><td></td></tr><tr><td>├ <code>image02</code></td><td>string</td><td></td><td>其他图片2</td><td></td></tr><tr><td>├ <code>image03</code></td><td>string</td><td></td><td>其他图片3</td><td></td></tr><tr><td>├ <code>image04</code></td><td>string</td><td></td><td>其他图片4</td><td></td></tr><tr><td>├ <code>image05</code></td><td>string</td><td></td><td>其他图片5</td><td></td></tr><tr><td>├ <code>image06</code></td><td>string</td><td></td><td>其他图片6</td><td></td></tr><tr><td>├ <code>image07</code></td><td>string</td><td></td><td>其他图片7</td><td></td></tr><tr><td>├ <code>image08</code></td><td>string</td><td></td><td>其他图片8</td><td></td></tr><tr><td>├ <code>image09</code></td><td>string</td><td></td><td>其他图片9</td><td></td></tr><tr><td>├ <code>image10</code></td><td>string</td><td></td><td>其他图片10</td><td></td></tr><tr><td>├ <code>commitment_letter_photo</code></td><td>string</td><td></td><td>收旧承诺函照片</td><td></td></tr><tr><td>├ <code>commitment_letter_photo_format</code></td><td>string</td><td></td><td>收旧承诺函照片格式</td><td></td></tr><tr><td>├ <code>device_photo</code></td><td>string</td><td></td><td>收旧设备外观照片</td><td></td></tr><tr><td>├ <code>device_photo_format</code></td><td>string</td><td></td><td>收旧设备外观照片格式</td><td></td></tr><tr><td>├ <code>pack_and_active_photo</code></td><td>string</td><td></td><td>包含完整外包装及sn码的激活照片</td><td></td></tr><tr><td>├ <code>bar_code</code></td><td>string</td><td></td><td>商品条码</td><td></td></tr><tr><td>├ <code>sn_code</code></td><td>string</td><td>yes</td><td>SN码</td><td></td></tr><tr><td>├ <code>imei1</code></td><td>string</td><td></td><td>IMEI1</td><td></td></tr><tr><td>├ <code>imei2</code></td><td>string</td><td></td><td>IMEI2</td><td></td></tr><tr><td>├ <code>register_model</code></td><td>string</td><td></td><td>能效或水效网备案登记型号</td><td></td></tr><tr><td>├ <code>record_number</code></td><td>string</td><td></td><td>能效或水效备案号</td><td></td></tr><tr><td>├ <code>eng_grade_standard</code></td><td>string</td><td></td><td>能效或水效执行的国家标准名称</td><td></td></tr><tr><td>├ <code>invoice_info</code></td><td>object</td><td>yes</td><td>发票信息</td><td></td></tr><tr><td> ├ <code>invoice_cd</code></td><td>string</td><td></td><td>发票代码</td><td></td></tr><tr><td> ├ <code>invoice_no</code></td><td>string</td><td></td><td>发票号码</td><td></td></tr><tr><td> ├ <code>invoice_dt</code></td><td>string</td><td></td><td>开票日期</td><td></td></tr><tr><td> ├ <code>invoice_link</code></td><td>string</td><td></td><td>发票链接</td><td></td></tr><tr><td> ├ <code>invoice_tp</code></td><td>string</td><td></td><td>发票类型</td><td></td></tr><tr><td> ├ <code>invoice_ck_cd</code></td><td>string</td><td></td><td>发票校验码</td><td></td></tr><tr><td> ├ <code>nm</code></td><td>string</td><td></td><td>发票上购买人姓名</td><td></td></tr><tr><td> ├ <code>tax</code></td><td>string</td><td></td><td>税价合计</td><td></td></tr><tr><td> ├ <code>invoice_tax_amt</code></td><td>string</td><td></td><td>发票税额</td><td></td></tr><tr><td> ├ <code>sales_ent_nm</code></td><td>string</td><td></td><td>销售企业名称</td><td></td></tr><tr><td> ├ <code>tax_payer</code></td><td>string</td><td></td><td>销售方纳税人识别号</td><td></td></tr><tr><td> ├ <code>num</code></td><td>string</td><td></td><td>数量</td><td></td></tr><tr><td> └ <code>service_nm</code></td><td>string</td><td></td><td>货物或应税劳务服务名称（含型号）</td><td></td></tr><tr><td>└ <code>track_info</code></td><td>object</td><td>yes</td><td>物流信息</td><td></td></tr><tr><td> ├ <code>tracking_no</code></td><td>string</td><td></td><td>物流单号</td><td></td></tr><tr><td> ├ <code>tracking_company</code></td><td>string</td><td></td><td>物流公司</td><td></td></tr><tr><td> ├ <code>usr_prov</code></td><td>string</td><td></td><td>收货省</td><td></td></tr><tr><td> ├ <code>usr_city</code></td><td>string</td><td></td><td>收货市</td><td></td></tr><tr><td> ├ <code>usr_area</code></td><td>string</td><td></td><td>收货区县</td><td></td></tr><tr><td> ├ <code>usr_addr</code></td><td>string</td><td></td><td>收货地址</td><td></td></tr><tr><td> ├ <code>tracking_type</code></td><td>string</td><td></td><td>物流类型</td><td></td></tr><tr><td> ├ <code>delivery_method</code></td><td>string</td><td></td><td>提货方式</td><td></td></tr><tr><td> ├ <code>shipping_addr</code></td><td>string</td><td></td><td>发货地址</td><td></td></tr><tr><td> └ <code>delivery_time</code></td><td>string</td><td></td><td>签收时间</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/gov/subsidy/audit/cup/update&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    org_no: &#39;&lt;org_no&gt;&#39;,
    sub_mchnt_cd: &#39;&lt;sub_mchnt_cd&gt;&#39;,
    sub_mchnt_nm: &#39;&lt;sub_mchnt_nm&gt;&#39;,
    online_no: &#39;&lt;online_no&gt;&#39;,
    mchnt_order_id: &#39;&lt;mchnt_order_id&gt;&#39;,
    upload_time: &#39;&lt;upload_time&gt;&#39;,
    notify_url: &#39;&lt;notify_url&gt;&#39;,
    prod_id: &#39;&lt;prod_id&gt;&#39;,
    brand_nm: &#39;&lt;brand_nm&gt;&#39;,
    prod_model: &#39;&lt;prod_model&gt;&#39;,
    plat_form: &#39;&lt;plat_form&gt;&#39;,
    payer_tp: &#39;&lt;payer_tp&gt;&#39;,
    sales_at: &#39;&lt;sales_at&gt;&#39;,
    actual_at: &#39;&lt;actual_at&gt;&#39;,
    trans_tm: &#39;&lt;trans_tm&gt;&#39;,
    mchnt_cd: &#39;&lt;mchnt_cd&gt;&#39;,
    discount_at: &#39;&lt;discount_at&gt;&#39;,
    sn_code: &#39;&lt;sn_code&gt;&#39;,
    invoice_info: {},
    track_info: {},
  },
};

// 1. $instance-&gt;v3-&gt;gov-&gt;subsidy-&gt;audit-&gt;cup-&gt;update-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.gov.subsidy.audit.cup.update.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/gov/subsidy/audit/cup/update&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/gov/subsidy/audit/cup/update&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/gov/subsidy/audit/cup/update&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/gov/subsidy/audit/cup/update&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;gov-&gt;subsidy-&gt;audit-&gt;cup-&gt;update-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.gov.subsidy.audit.cup.update.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/gov/subsidy/audit/cup/update&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/gov/subsidy/audit/cup/update&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/gov/subsidy/audit/cup/update&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/gov/subsidy/audit/cup/update&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>code</code></td><td>string</td><td>响应码</td><td></td></tr><tr><td><code>msg</code></td><td>string</td><td>响应描述</td><td></td></tr><tr><td><code>sub_code</code></td><td>string</td><td>详细应答码</td><td></td></tr><tr><td><code>sub_msg</code></td><td>string</td><td>详细应答码描述</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/gov/subsidy/audit/cup/update.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const update = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  update as default
};
