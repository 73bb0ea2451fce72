import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"保险商户受理续期自动续费协议 · v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}/renew","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/papay/insurance-sign/contracts/plan-id/_plan_id_/contract-id/_contract_id_/renew.md","filePath":"api/v3/papay/insurance-sign/contracts/plan-id/_plan_id_/contract-id/_contract_id_/renew.md"}');
const _sfc_main = { name: "api/v3/papay/insurance-sign/contracts/plan-id/_plan_id_/contract-id/_contract_id_/renew.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="保险商户受理续期自动续费协议-·-v3-papay-insurance-sign-contracts-plan-id-plan-id-contract-id-contract-id-renew" tabindex="-1">保险商户受理续期自动续费协议 · <code>v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}/renew</code> <a class="header-anchor" href="#保险商户受理续期自动续费协议-·-v3-papay-insurance-sign-contracts-plan-id-plan-id-contract-id-contract-id-renew" aria-label="Permalink to &quot;保险商户受理续期自动续费协议 · \`v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}/renew\`&quot;">​</a></h1><p><a href="./../../../../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>商户可通过本接口续期保险自动续费协议。前置条件：用户签约成功，当协议到期后且预签约中参数是否自动续保（can_auto_insure）或是否自动重新投保（can_auto_reinsure）为true。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}/renew</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 委托代扣∙保险业</li><li>适用对象: 普通商户</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>plan_id</code></td><td>string</td><td>yes</td><td>委托代扣模板ID</td><td></td></tr><tr><td><code>contract_id</code></td><td>string</td><td>yes</td><td>委托代扣协议ID</td><td></td></tr><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td>yes</td><td>应用ID</td><td></td></tr><tr><td>└ <code>policy_periods</code></td><td>object[]</td><td>yes</td><td>续期的扣费周期列表</td><td></td></tr><tr><td> ├ <code>policy_period_id</code></td><td>number</td><td>yes</td><td>保险扣费周期编号</td><td></td></tr><tr><td> ├ <code>estimated_deduct_date</code></td><td>string</td><td>yes</td><td>预计扣费的日期</td><td></td></tr><tr><td> └ <code>estimated_deduct_amount</code></td><td>object</td><td>yes</td><td>预计扣费金额</td><td></td></tr><tr><td>  ├ <code>total</code></td><td>number</td><td>yes</td><td>金额</td><td></td></tr><tr><td>  └ <code>currency</code></td><td>string</td><td></td><td>货币类型</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}/renew&#39;][&#39;post&#39;][&#39;options&#39;] = {
  plan_id: &#39;&lt;plan_id&gt;&#39;,
  contract_id: &#39;&lt;contract_id&gt;&#39;,
  json: {
    appid: &#39;wxd678efh567hg6787&#39;,
    policy_periods: [
      {
        policy_period_id: 1,
        estimated_deduct_date: &#39;2019-11-22&#39;,
        estimated_deduct_amount: { total: 1, currency: &#39;CNY&#39; },
      },
    ],
  },
};

// 1. $instance-&gt;v3-&gt;papay-&gt;insuranceSign-&gt;contracts-&gt;planId-&gt;_plan_id_-&gt;contractId-&gt;_contract_id_-&gt;renew-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.papay.insuranceSign.contracts.planId._plan_id_.contractId._contract_id_.renew.postAsync(options).then((response) =&gt; console.log(response.status));

// 2. $instance-&gt;chain(&#39;v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}/renew&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}/renew&#39;).postAsync(options).then((response) =&gt; console.log(response.status));

// 3. $instance[&#39;v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}/renew&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}/renew&#39;].postAsync(options).then((response) =&gt; console.log(response.status));

// 4. $response = $instance-&gt;v3-&gt;papay-&gt;insuranceSign-&gt;contracts-&gt;planId-&gt;_plan_id_-&gt;contractId-&gt;_contract_id_-&gt;renew-&gt;post([…]); echo $response-&gt;getStatusCode();
const byProperty = await wx.v3.papay.insuranceSign.contracts.planId._plan_id_.contractId._contract_id_.renew.post(options);
console.log(byProperty.status);

// 5. $response = $instance-&gt;chain(&#39;v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}/renew&#39;)-&gt;post([…]); echo $response-&gt;getStatusCode();
const byChain = await wx.chain(&#39;v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}/renew&#39;).post(options);
console.log(byChain.status);

// 6. $response = $instance[&#39;v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}/renew&#39;]-&gt;post([…]); echo $response-&gt;getStatusCode();
const byPath = await wx[&#39;v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}/renew&#39;].post(options);
console.log(byPath.status);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><p><code>204 No Content</code>: no body; <code>response.data</code> is <code>undefined</code>.</p><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/insurance/apply-renew-contract.html" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/papay/insurance-sign/contracts/plan-id/_plan_id_/contract-id/_contract_id_/renew.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const renew = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  renew as default
};
