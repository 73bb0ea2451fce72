import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"查询结算账户修改申请状态 · v3/apply4sub/sub_merchants/{sub_mchid}/application/{application_no}","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/apply4sub/sub_merchants/_sub_mchid_/application/_application_no_.md","filePath":"api/v3/apply4sub/sub_merchants/_sub_mchid_/application/_application_no_.md"}');
const _sfc_main = { name: "api/v3/apply4sub/sub_merchants/_sub_mchid_/application/_application_no_.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="查询结算账户修改申请状态-·-v3-apply4sub-sub-merchants-sub-mchid-application-application-no" tabindex="-1">查询结算账户修改申请状态 · <code>v3/apply4sub/sub_merchants/{sub_mchid}/application/{application_no}</code> <a class="header-anchor" href="#查询结算账户修改申请状态-·-v3-apply4sub-sub-merchants-sub-mchid-application-application-no" aria-label="Permalink to &quot;查询结算账户修改申请状态 · \`v3/apply4sub/sub_merchants/{sub_mchid}/application/{application_no}\`&quot;">​</a></h1><p><a href="./../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get" tabindex="-1">GET <a class="header-anchor" href="#get" aria-label="Permalink to &quot;GET&quot;">​</a></h2><p>服务商/电商平台（不包括支付机构、银行），可使用本接口，查询其进件且已签约特约商户/二级商户的结算账户的修改申请单信息和审核结果。</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/apply4sub/sub_merchants/{sub_mchid}/application/{application_no}</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 服务商∙进件, 收付通∙进件</li><li>适用对象: 普通服务商, 电商平台</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>sub_mchid</code></td><td>string</td><td>yes</td><td>特约商户/二级商户号</td><td></td></tr><tr><td><code>application_no</code></td><td>string</td><td>yes</td><td>修改结算账户申请单号</td><td></td></tr><tr><td><code>query</code></td><td>object</td><td></td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>└ <code>account_number_rule</code></td><td>string</td><td></td><td>银行账号展示规则</td><td><code>ACCOUNT_NUMBER_RULE_MASK_V1</code>, <code>ACCOUNT_NUMBER_RULE_MASK_V2</code></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/apply4sub/sub_merchants/{sub_mchid}/application/{application_no}&#39;][&#39;get&#39;][&#39;options&#39;] = {
  sub_mchid: &#39;1511101111&#39;,
  application_no: &#39;102329389XXXX&#39;,
  query: { account_number_rule: &#39;ACCOUNT_NUMBER_RULE_MASK_V1&#39; },
};

// 1. $instance-&gt;v3-&gt;apply4sub-&gt;sub_merchants-&gt;_sub_mchid_-&gt;application-&gt;_application_no_-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.apply4sub.sub_merchants._sub_mchid_.application._application_no_.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/apply4sub/sub_merchants/{sub_mchid}/application/{application_no}&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/apply4sub/sub_merchants/{sub_mchid}/application/{application_no}&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/apply4sub/sub_merchants/{sub_mchid}/application/{application_no}&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/apply4sub/sub_merchants/{sub_mchid}/application/{application_no}&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;apply4sub-&gt;sub_merchants-&gt;_sub_mchid_-&gt;application-&gt;_application_no_-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.apply4sub.sub_merchants._sub_mchid_.application._application_no_.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/apply4sub/sub_merchants/{sub_mchid}/application/{application_no}&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/apply4sub/sub_merchants/{sub_mchid}/application/{application_no}&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/apply4sub/sub_merchants/{sub_mchid}/application/{application_no}&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/apply4sub/sub_merchants/{sub_mchid}/application/{application_no}&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>account_name</code></td><td>string</td><td>开户名称</td><td></td></tr><tr><td><code>account_type</code></td><td>string</td><td>账户类型</td><td><code>ACCOUNT_TYPE_BUSINESS</code>, <code>ACCOUNT_TYPE_PRIVATE</code></td></tr><tr><td><code>account_bank</code></td><td>string</td><td>开户银行</td><td></td></tr><tr><td><code>bank_name</code></td><td>string</td><td>开户银行全称（含支行）</td><td></td></tr><tr><td><code>bank_branch_id</code></td><td>string</td><td>开户银行联行号</td><td></td></tr><tr><td><code>account_number</code></td><td>string</td><td>银行账号</td><td></td></tr><tr><td><code>verify_result</code></td><td>string</td><td>审核状态</td><td><code>AUDIT_SUCCESS</code>, <code>AUDITING</code>, <code>AUDIT_FAIL</code></td></tr><tr><td><code>verify_fail_reason</code></td><td>string</td><td>审核驳回原因</td><td></td></tr><tr><td><code>verify_finish_time</code></td><td>string(rfc3339)</td><td>审核结果更新时间</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/docs/partner/apis/ecommerce-merchant-application/get-application.html" target="_blank" rel="noreferrer">官方文档</a></li><li><a href="https://pay.weixin.qq.com/docs/partner/apis/modify-settlement/sub-merchants/get-application.html" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/apply4sub/sub_merchants/_sub_mchid_/application/_application_no_.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const _application_no_ = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  _application_no_ as default
};
