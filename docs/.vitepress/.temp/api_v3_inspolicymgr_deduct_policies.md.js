import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"上传保单 · v3/inspolicymgr/deduct/policies","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/inspolicymgr/deduct/policies.md","filePath":"api/v3/inspolicymgr/deduct/policies.md"}');
const _sfc_main = { name: "api/v3/inspolicymgr/deduct/policies.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="上传保单-·-v3-inspolicymgr-deduct-policies" tabindex="-1">上传保单 · <code>v3/inspolicymgr/deduct/policies</code> <a class="header-anchor" href="#上传保单-·-v3-inspolicymgr-deduct-policies" aria-label="Permalink to &quot;上传保单 · \`v3/inspolicymgr/deduct/policies\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>在用户完成授权后（商户可通过授权完成回调通知或主动调用查询授权信息接口确认授权状态），商户通过此接口将保单的详细信息同步至微信支付平台。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/inspolicymgr/deduct/policies</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 微信保单服务</li><li>适用对象: 直连商户</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>out_insurance_no</code></td><td>string</td><td>yes</td><td>商户保险编号</td><td></td></tr><tr><td>├ <code>insured_name_list</code></td><td>string(base64)[]</td><td>yes</td><td>被保险人姓名列表</td><td></td></tr><tr><td>├ <code>insurance_company_code</code></td><td>string</td><td>yes</td><td>承保公司代码</td><td></td></tr><tr><td>├ <code>effective_time</code></td><td>string(rfc3339)</td><td>yes</td><td>保单生效时间</td><td></td></tr><tr><td>├ <code>expired_time</code></td><td>string(rfc3339)</td><td>yes</td><td>保单失效时间</td><td></td></tr><tr><td>├ <code>coverage_detail</code></td><td>string</td><td>yes</td><td>保障详情</td><td></td></tr><tr><td>├ <code>support_renewal</code></td><td>boolean</td><td>yes</td><td>是否支持续保</td><td></td></tr><tr><td>├ <code>start_renewal_time</code></td><td>string(rfc3339)</td><td></td><td>可续保开始时间</td><td></td></tr><tr><td>├ <code>end_renewal_time</code></td><td>string(rfc3339)</td><td></td><td>可续保结束时间</td><td></td></tr><tr><td>├ <code>policy_type</code></td><td>string</td><td>yes</td><td>保单类型</td><td><code>POLICY_TYPE_OTHER</code>, <code>POLICY_TYPE_MEDICAL</code>, <code>POLICY_TYPE_ACCIDENT</code>, <code>POLICY_TYPE_CRITICAL</code>, <code>POLICY_TYPE_CAR</code>, <code>POLICY_TYPE_LIFE</code>, <code>POLICY_TYPE_PROPERTY</code>, <code>POLICY_TYPE_PET</code>, <code>POLICY_TYPE_ANNUITY</code></td></tr><tr><td>├ <code>car_number</code></td><td>string</td><td></td><td>车牌信息</td><td></td></tr><tr><td>├ <code>pet_name</code></td><td>string</td><td></td><td>宠物名称</td><td></td></tr><tr><td>├ <code>address</code></td><td>string</td><td></td><td>地址信息</td><td></td></tr><tr><td>├ <code>policy_state</code></td><td>string</td><td>yes</td><td>保单状态</td><td><code>POLICY_STATE_ISSUING</code>, <code>POLICY_STATE_APPROVED</code>, <code>POLICY_STATE_DECLINED</code>, <code>POLICY_STATE_INACTIVE</code></td></tr><tr><td>├ <code>policy_code</code></td><td>string</td><td></td><td>保司保单号</td><td></td></tr><tr><td>├ <code>plan_id</code></td><td>string</td><td>yes</td><td>委托代扣模板ID</td><td></td></tr><tr><td>├ <code>out_contract_code</code></td><td>string</td><td>yes</td><td>商户签约协议号</td><td></td></tr><tr><td>├ <code>policy_periods</code></td><td>number[]</td><td>yes</td><td>保单的扣费周期列表</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td>yes</td><td>商户APPID</td><td></td></tr><tr><td>├ <code>openid</code></td><td>string</td><td>yes</td><td>用户在商户公众号内的身份标识</td><td></td></tr><tr><td>├ <code>free_insurance</code></td><td>boolean</td><td>yes</td><td>是否为赠险</td><td></td></tr><tr><td>├ <code>combined_payment</code></td><td>boolean</td><td></td><td>是否与其它保单合并扣费</td><td></td></tr><tr><td>├ <code>payment_method</code></td><td>string</td><td></td><td>缴费方式</td><td><code>PAYMENT_METHOD_OTHER</code>, <code>PAYMENT_METHOD_PERIOD</code>, <code>PAYMENT_METHOD_LUMP_SUM</code></td></tr><tr><td>├ <code>period_premium_mode</code></td><td>string</td><td></td><td>期交保费模式</td><td><code>PERIOD_PREMIUM_MODE_EQUAL</code>, <code>PERIOD_PREMIUM_MODE_FIRST_DIFF</code>, <code>PERIOD_PREMIUM_MODE_MULTI_DIFF</code></td></tr><tr><td>├ <code>payment_period</code></td><td>string</td><td></td><td>缴费周期</td><td><code>PAYMENT_PERIOD_DAY</code>, <code>PAYMENT_PERIOD_WEEK</code>, <code>PAYMENT_PERIOD_BIWEEKLY</code>, <code>PAYMENT_PERIOD_MONTH</code>, <code>PAYMENT_PERIOD_QUARTER</code>, <code>PAYMENT_PERIOD_HALF_YEAR</code>, <code>PAYMENT_PERIOD_YEAR</code></td></tr><tr><td>├ <code>first_period_amount</code></td><td>integer</td><td></td><td>首期保费金额</td><td></td></tr><tr><td>├ <code>subsequent_period_amount</code></td><td>integer</td><td></td><td>后续每期保费金额</td><td></td></tr><tr><td>├ <code>coverage_term_type</code></td><td>string</td><td></td><td>保障期限类型</td><td><code>COVERAGE_TERM_TYPE_FIXED_DATE</code>, <code>COVERAGE_TERM_TYPE_LIFETIME</code></td></tr><tr><td>├ <code>payee_mchid</code></td><td>string</td><td></td><td>收款方商户号</td><td></td></tr><tr><td>├ <code>payee_appid</code></td><td>string</td><td></td><td>收款方公众账号ID</td><td></td></tr><tr><td>└ <code>payee_openid</code></td><td>string</td><td></td><td>收款方用户标识</td><td></td></tr><tr><td><code>headers</code></td><td>object</td><td>yes</td><td>Request headers</td><td></td></tr><tr><td>└ <code>Wechatpay-Serial</code></td><td>unknown</td><td>yes</td><td>微信支付公钥ID/平台证书序列号</td><td></td></tr></tbody></table><p><code>Wechatpay-Serial</code> is set by the SDK: to the platform key it encrypted with when <code>json</code> is built with <code>encrypt</code>, and to the <code>PUB_KEY_ID_…</code> in public-key mode.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/inspolicymgr/deduct/policies&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    out_insurance_no: &#39;Auisihsiahishishi4hihsid123418id&#39;,
    insured_name_list: [&#39;tCk1JSUV2QUlCQURBTkJna3Foa2lHOXcwQ&#39;],
    insurance_company_code: &#39;1001&#39;,
    effective_time: &#39;2025-09-21T17:11:12+08:00&#39;,
    expired_time: &#39;2025-09-21T17:11:12+08:00&#39;,
    coverage_detail: &#39;可保190种疾病，确诊一次性赔付&#39;,
    support_renewal: false,
    start_renewal_time: &#39;2025-09-21T17:11:12+08:00&#39;,
    end_renewal_time: &#39;2025-09-21T17:11:12+08:00&#39;,
    policy_type: &#39;POLICY_TYPE_OTHER&#39;,
    car_number: &#39;粤B·AB123&#39;,
    pet_name: &#39;小狗&#39;,
    address: &#39;上海市浦东新区晨晖路1001号&#39;,
    policy_state: &#39;POLICY_STATE_ISSUING&#39;,
    policy_code: &#39;Coisihsiaxishishi4hihsid1ii411co&#39;,
    plan_id: &#39;12535&#39;,
    out_contract_code: &#39;wxwtdk20200910100000&#39;,
    policy_periods: [1],
    appid: &#39;wxd678efh567hg6787&#39;,
    openid: &#39;oYobu0MVnQfWpSMOYJz2AHPG_gQw&#39;,
    free_insurance: false,
    first_period_amount: 8000,
    subsequent_period_amount: 5000,
    payee_mchid: &#39;1900000109&#39;,
    payee_appid: &#39;wx7f3f0032b6e6f0cc&#39;,
    payee_openid: &#39;oYobu0MVnQfWpSMOYJz2AHPG_gQw&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;inspolicymgr-&gt;deduct-&gt;policies-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.inspolicymgr.deduct.policies.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/inspolicymgr/deduct/policies&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/inspolicymgr/deduct/policies&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/inspolicymgr/deduct/policies&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/inspolicymgr/deduct/policies&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;inspolicymgr-&gt;deduct-&gt;policies-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.inspolicymgr.deduct.policies.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/inspolicymgr/deduct/policies&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/inspolicymgr/deduct/policies&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/inspolicymgr/deduct/policies&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/inspolicymgr/deduct/policies&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>out_insurance_no</code></td><td>string</td><td>商户保险编号</td><td></td></tr><tr><td><code>insurance_name</code></td><td>string</td><td>保险名称</td><td></td></tr><tr><td><code>insured_name_list</code></td><td>string(base64)[]</td><td>被保险人姓名列表</td><td></td></tr><tr><td><code>insurance_company_code</code></td><td>string</td><td>承保公司代码</td><td></td></tr><tr><td><code>effective_time</code></td><td>string(rfc3339)</td><td>保单生效时间</td><td></td></tr><tr><td><code>expired_time</code></td><td>string(rfc3339)</td><td>保单失效时间</td><td></td></tr><tr><td><code>coverage_detail</code></td><td>string</td><td>保障详情</td><td></td></tr><tr><td><code>support_renewal</code></td><td>boolean</td><td>是否支持续保</td><td></td></tr><tr><td><code>start_renewal_time</code></td><td>string(rfc3339)</td><td>可续保开始时间</td><td></td></tr><tr><td><code>end_renewal_time</code></td><td>string(rfc3339)</td><td>可续保结束时间</td><td></td></tr><tr><td><code>policy_type</code></td><td>string</td><td>保单类型</td><td><code>POLICY_TYPE_OTHER</code>, <code>POLICY_TYPE_MEDICAL</code>, <code>POLICY_TYPE_ACCIDENT</code>, <code>POLICY_TYPE_CRITICAL</code>, <code>POLICY_TYPE_CAR</code>, <code>POLICY_TYPE_LIFE</code>, <code>POLICY_TYPE_PROPERTY</code>, <code>POLICY_TYPE_PET</code>, <code>POLICY_TYPE_ANNUITY</code></td></tr><tr><td><code>car_number</code></td><td>string</td><td>车牌信息</td><td></td></tr><tr><td><code>pet_name</code></td><td>string</td><td>宠物名称</td><td></td></tr><tr><td><code>address</code></td><td>string</td><td>地址信息</td><td></td></tr><tr><td><code>policy_state</code></td><td>string</td><td>保单状态</td><td><code>POLICY_STATE_ISSUING</code>, <code>POLICY_STATE_APPROVED</code>, <code>POLICY_STATE_DECLINED</code>, <code>POLICY_STATE_INACTIVE</code></td></tr><tr><td><code>policy_code</code></td><td>string</td><td>保司保单号</td><td></td></tr><tr><td><code>plan_id</code></td><td>string</td><td>委托代扣模板ID</td><td></td></tr><tr><td><code>out_contract_code</code></td><td>string</td><td>商户签约协议号</td><td></td></tr><tr><td><code>policy_periods</code></td><td>number[]</td><td>保单的扣费周期列表</td><td></td></tr><tr><td><code>free_insurance</code></td><td>boolean</td><td>是否为赠险</td><td></td></tr><tr><td><code>combined_payment</code></td><td>boolean</td><td>是否与其它保单合并扣费</td><td></td></tr><tr><td><code>payment_method</code></td><td>string</td><td>缴费方式</td><td><code>PAYMENT_METHOD_OTHER</code>, <code>PAYMENT_METHOD_PERIOD</code>, <code>PAYMENT_METHOD_LUMP_SUM</code></td></tr><tr><td><code>period_premium_mode</code></td><td>string</td><td>期交保费模式</td><td><code>PERIOD_PREMIUM_MODE_EQUAL</code>, <code>PERIOD_PREMIUM_MODE_FIRST_DIFF</code>, <code>PERIOD_PREMIUM_MODE_MULTI_DIFF</code></td></tr><tr><td><code>payment_period</code></td><td>string</td><td>缴费周期</td><td><code>PAYMENT_PERIOD_DAY</code>, <code>PAYMENT_PERIOD_WEEK</code>, <code>PAYMENT_PERIOD_BIWEEKLY</code>, <code>PAYMENT_PERIOD_MONTH</code>, <code>PAYMENT_PERIOD_QUARTER</code>, <code>PAYMENT_PERIOD_HALF_YEAR</code>, <code>PAYMENT_PERIOD_YEAR</code></td></tr><tr><td><code>first_period_amount</code></td><td>integer</td><td>首期保费金额</td><td></td></tr><tr><td><code>subsequent_period_amount</code></td><td>integer</td><td>后续每期保费金额</td><td></td></tr><tr><td><code>coverage_term_type</code></td><td>string</td><td>保障期限类型</td><td><code>COVERAGE_TERM_TYPE_FIXED_DATE</code>, <code>COVERAGE_TERM_TYPE_LIFETIME</code></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/inspolicymgr/deduct/policies.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const policies = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  policies as default
};
