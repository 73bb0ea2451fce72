import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"使用商户卡号查询企业支付额度卡 · v3/webizpay/employees/{employee_id}/out-quota-cards/{out_card_no}","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/webizpay/employees/_employee_id_/out-quota-cards/_out_card_no_.md","filePath":"api/v3/webizpay/employees/_employee_id_/out-quota-cards/_out_card_no_.md"}');
const _sfc_main = { name: "api/v3/webizpay/employees/_employee_id_/out-quota-cards/_out_card_no_.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="使用商户卡号查询企业支付额度卡-·-v3-webizpay-employees-employee-id-out-quota-cards-out-card-no" tabindex="-1">使用商户卡号查询企业支付额度卡 · <code>v3/webizpay/employees/{employee_id}/out-quota-cards/{out_card_no}</code> <a class="header-anchor" href="#使用商户卡号查询企业支付额度卡-·-v3-webizpay-employees-employee-id-out-quota-cards-out-card-no" aria-label="Permalink to &quot;使用商户卡号查询企业支付额度卡 · \`v3/webizpay/employees/{employee_id}/out-quota-cards/{out_card_no}\`&quot;">​</a></h1><p><a href="./../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get" tabindex="-1">GET <a class="header-anchor" href="#get" aria-label="Permalink to &quot;GET&quot;">​</a></h2><p>企业商户查询企业支付额度卡。该接口允许服务商使用商户卡号查询指定员工的企业支付额度卡详情，包括卡片金额、可用金额、有效期、使用记录等信息。企业可通过此接口了解额度卡的使用情况，进行费用追踪和报销管理。</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/webizpay/employees/{employee_id}/out-quota-cards/{out_card_no}</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 企业支付</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>employee_id</code></td><td>string</td><td>yes</td><td>微信授权关系ID</td><td></td></tr><tr><td><code>out_card_no</code></td><td>string</td><td>yes</td><td>企业支付额度卡商户卡号</td><td></td></tr><tr><td><code>query</code></td><td>object</td><td>yes</td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>├ <code>sp_mchid</code></td><td>string</td><td>yes</td><td>服务商商户号</td><td></td></tr><tr><td>└ <code>sub_mchid</code></td><td>string</td><td>yes</td><td>出资子商户号</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/webizpay/employees/{employee_id}/out-quota-cards/{out_card_no}&#39;][&#39;get&#39;][&#39;options&#39;] = {
  employee_id: &#39;WeBizPay_a968402a-73bb-43e2-9e1a-8371b0ca3d7c&#39;,
  out_card_no: &#39;out_card_123456&#39;,
  query: { sp_mchid: &#39;12341234&#39;, sub_mchid: &#39;43214321&#39; },
};

// 1. $instance-&gt;v3-&gt;webizpay-&gt;employees-&gt;_employee_id_-&gt;outQuotaCards-&gt;_out_card_no_-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.webizpay.employees._employee_id_.outQuotaCards._out_card_no_.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/webizpay/employees/{employee_id}/out-quota-cards/{out_card_no}&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/webizpay/employees/{employee_id}/out-quota-cards/{out_card_no}&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/webizpay/employees/{employee_id}/out-quota-cards/{out_card_no}&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/webizpay/employees/{employee_id}/out-quota-cards/{out_card_no}&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;webizpay-&gt;employees-&gt;_employee_id_-&gt;outQuotaCards-&gt;_out_card_no_-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.webizpay.employees._employee_id_.outQuotaCards._out_card_no_.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/webizpay/employees/{employee_id}/out-quota-cards/{out_card_no}&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/webizpay/employees/{employee_id}/out-quota-cards/{out_card_no}&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/webizpay/employees/{employee_id}/out-quota-cards/{out_card_no}&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/webizpay/employees/{employee_id}/out-quota-cards/{out_card_no}&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>sp_mchid</code></td><td>string</td><td>服务商商户号</td><td></td></tr><tr><td><code>sub_mchid</code></td><td>string</td><td>出资子商户号</td><td></td></tr><tr><td><code>card_no</code></td><td>string</td><td>企业支付额度卡卡号</td><td></td></tr><tr><td><code>out_card_no</code></td><td>string</td><td>商户卡号</td><td></td></tr><tr><td><code>employee_id</code></td><td>string</td><td>微信授权关系ID</td><td></td></tr><tr><td><code>card_template_id</code></td><td>string</td><td>企业支付卡模板ID</td><td></td></tr><tr><td><code>card_rule</code></td><td>string</td><td>使用规则</td><td><code>SINGLE</code>, <code>MULTIPLE</code></td></tr><tr><td><code>refund_rule</code></td><td>string</td><td>退款规则</td><td><code>RETURN</code>, <code>NOT_RETURN</code></td></tr><tr><td><code>amount</code></td><td>number</td><td>卡片总金额</td><td></td></tr><tr><td><code>remain_amount</code></td><td>number</td><td>卡片可用金额</td><td></td></tr><tr><td><code>effective_end_time</code></td><td>string(rfc3339)</td><td>卡片有效期</td><td></td></tr><tr><td><code>effective_begin_time</code></td><td>string(rfc3339)</td><td>卡片生效时间</td><td></td></tr><tr><td><code>card_state</code></td><td>string</td><td>卡片状态</td><td><code>ACTIVE</code>, <code>DISABLED</code></td></tr><tr><td><code>card_name</code></td><td>string</td><td>卡片名称</td><td></td></tr><tr><td><code>reason</code></td><td>string</td><td>失效原因</td><td></td></tr><tr><td><code>card_usage_time</code></td><td>string(rfc3339)</td><td>卡片使用时间</td><td></td></tr><tr><td><code>transaction_id</code></td><td>string</td><td>卡片关联微信支付订单号</td><td></td></tr><tr><td><code>card_disabled_time</code></td><td>string(rfc3339)</td><td>卡片失效时间</td><td></td></tr><tr><td><code>card_remark</code></td><td>string</td><td>卡片备注</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/webizpay/employees/_employee_id_/out-quota-cards/_out_card_no_.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const _out_card_no_ = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  _out_card_no_ as default
};
