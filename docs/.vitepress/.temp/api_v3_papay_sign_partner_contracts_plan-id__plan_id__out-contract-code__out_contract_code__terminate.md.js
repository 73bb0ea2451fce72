import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"通过商户协议号解除委托代扣签约协议API · v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/papay/sign/partner/contracts/plan-id/_plan_id_/out-contract-code/_out_contract_code_/terminate.md","filePath":"api/v3/papay/sign/partner/contracts/plan-id/_plan_id_/out-contract-code/_out_contract_code_/terminate.md"}');
const _sfc_main = { name: "api/v3/papay/sign/partner/contracts/plan-id/_plan_id_/out-contract-code/_out_contract_code_/terminate.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="通过商户协议号解除委托代扣签约协议api-·-v3-papay-sign-partner-contracts-plan-id-plan-id-out-contract-code-out-contract-code-terminate" tabindex="-1">通过商户协议号解除委托代扣签约协议API · <code>v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate</code> <a class="header-anchor" href="#通过商户协议号解除委托代扣签约协议api-·-v3-papay-sign-partner-contracts-plan-id-plan-id-out-contract-code-out-contract-code-terminate" aria-label="Permalink to &quot;通过商户协议号解除委托代扣签约协议API · \`v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate\`&quot;">​</a></h1><p><a href="./../../../../../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>商户可通过本接口解约委托代扣签约协议。前置条件 对应的委托代扣签约协议是已生效状态的委托代扣签约协议。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 委托代扣</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>plan_id</code></td><td>string</td><td>yes</td><td>委托代扣模板ID</td><td></td></tr><tr><td><code>out_contract_code</code></td><td>string</td><td>yes</td><td>商户签约协议号</td><td></td></tr><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td>yes</td><td>子商户号商户号</td><td></td></tr><tr><td>└ <code>contract_termination_remark</code></td><td>string</td><td>yes</td><td>解约备注</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate&#39;][&#39;post&#39;][&#39;options&#39;] = {
  plan_id: &#39;12535&#39;,
  out_contract_code: &#39;wxwtdk20200910100000&#39;,
  json: { sub_mchid: &#39;1900000109&#39;, contract_termination_remark: &#39;用户解约&#39; },
};

// 1. $instance-&gt;v3-&gt;papay-&gt;sign-&gt;partner-&gt;contracts-&gt;planId-&gt;_plan_id_-&gt;outContractCode-&gt;_out_contract_code_-&gt;terminate-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.papay.sign.partner.contracts.planId._plan_id_.outContractCode._out_contract_code_.terminate.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;papay-&gt;sign-&gt;partner-&gt;contracts-&gt;planId-&gt;_plan_id_-&gt;outContractCode-&gt;_out_contract_code_-&gt;terminate-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.papay.sign.partner.contracts.planId._plan_id_.outContractCode._out_contract_code_.terminate.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>contract_id</code></td><td>string</td><td>委托代扣协议ID</td><td></td></tr><tr><td><code>sp_mchid</code></td><td>string</td><td>普通服务商商户号</td><td></td></tr><tr><td><code>sp_appid</code></td><td>string</td><td>普通服务商的AppID</td><td></td></tr><tr><td><code>sub_mchid</code></td><td>string</td><td>子商户号</td><td></td></tr><tr><td><code>sub_appid</code></td><td>string</td><td>子商户的AppID</td><td></td></tr><tr><td><code>plan_id</code></td><td>number</td><td>委托代扣模板ID</td><td></td></tr><tr><td><code>out_contract_code</code></td><td>string</td><td>商户签约协议号</td><td></td></tr><tr><td><code>contract_display_account</code></td><td>string</td><td>用户账户展示名称</td><td></td></tr><tr><td><code>contract_state</code></td><td>string</td><td>委托代扣协议状态</td><td></td></tr><tr><td><code>contract_signed_time</code></td><td>string(rfc3339)</td><td>协议签署时间</td><td></td></tr><tr><td><code>contract_expired_time</code></td><td>string(rfc3339)</td><td>协议到期时间</td><td></td></tr><tr><td><code>sp_openid</code></td><td>string</td><td>用户OpenID</td><td></td></tr><tr><td><code>sub_openid</code></td><td>string</td><td>子商户AppID对应的用户OpenID</td><td></td></tr><tr><td><code>contract_terminate_info</code></td><td>object</td><td>协议解约信息</td><td></td></tr><tr><td>├ <code>contract_termination_mode</code></td><td>string</td><td>协议解约方式</td><td></td></tr><tr><td>├ <code>contract_terminated_time</code></td><td>string(rfc3339)</td><td>协议解约时间</td><td></td></tr><tr><td>└ <code>contract_termination_remark</code></td><td>string</td><td>解约备注</td><td></td></tr><tr><td><code>out_user_code</code></td><td>string</td><td>商户侧用户标识</td><td></td></tr><tr><td><code>deduct_schedule</code></td><td>object</td><td>预约扣费场景的预约信息</td><td></td></tr><tr><td>├ <code>estimated_deduct_date</code></td><td>string</td><td>预计扣费的日期</td><td></td></tr><tr><td>├ <code>estimated_deduct_amount</code></td><td>object</td><td>预计的扣费金额</td><td></td></tr><tr><td> ├ <code>total</code></td><td>number</td><td>金额</td><td></td></tr><tr><td> └ <code>currency</code></td><td>string</td><td>货币类型</td><td></td></tr><tr><td>├ <code>schedule_state</code></td><td>string</td><td>扣费预约状态</td><td></td></tr><tr><td>├ <code>scheduled_amount</code></td><td>object</td><td>已预约的扣费金额信息</td><td></td></tr><tr><td> ├ <code>total</code></td><td>number</td><td>金额</td><td></td></tr><tr><td> └ <code>currency</code></td><td>string</td><td>货币类型</td><td></td></tr><tr><td>├ <code>deduct_amount</code></td><td>object</td><td>实际扣费金额</td><td></td></tr><tr><td> ├ <code>total</code></td><td>number</td><td>金额</td><td></td></tr><tr><td> └ <code>currency</code></td><td>string</td><td>货币类型</td><td></td></tr><tr><td>└ <code>deduct_date</code></td><td>string</td><td>实际扣费的日期</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-terminate-contract-by-code.html" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/papay/sign/partner/contracts/plan-id/_plan_id_/out-contract-code/_out_contract_code_/terminate.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const terminate = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  terminate as default
};
