import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"查询支付分计划 · v3/payscore/plan/payscore-plans/merchant-plan-no/{merchant_plan_no}","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/payscore/plan/payscore-plans/merchant-plan-no/_merchant_plan_no_.md","filePath":"api/v3/payscore/plan/payscore-plans/merchant-plan-no/_merchant_plan_no_.md"}');
const _sfc_main = { name: "api/v3/payscore/plan/payscore-plans/merchant-plan-no/_merchant_plan_no_.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="查询支付分计划-·-v3-payscore-plan-payscore-plans-merchant-plan-no-merchant-plan-no" tabindex="-1">查询支付分计划 · <code>v3/payscore/plan/payscore-plans/merchant-plan-no/{merchant_plan_no}</code> <a class="header-anchor" href="#查询支付分计划-·-v3-payscore-plan-payscore-plans-merchant-plan-no-merchant-plan-no" aria-label="Permalink to &quot;查询支付分计划 · \`v3/payscore/plan/payscore-plans/merchant-plan-no/{merchant_plan_no}\`&quot;">​</a></h1><p><a href="./../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get" tabindex="-1">GET <a class="header-anchor" href="#get" aria-label="Permalink to &quot;GET&quot;">​</a></h2><p>商户通过此接口查询支付分计划，商户只能查询自己创建的支付分计划。</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/payscore/plan/payscore-plans/merchant-plan-no/{merchant_plan_no}</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 支付分∙签约计划</li><li>适用对象: 普通商户</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>merchant_plan_no</code></td><td>string</td><td>yes</td><td>支付分计划商户侧单号</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/payscore/plan/payscore-plans/merchant-plan-no/{merchant_plan_no}&#39;][&#39;get&#39;][&#39;options&#39;] = {
  merchant_plan_no: &#39;1234323JKHDFE1243252&#39;,
};

// 1. $instance-&gt;v3-&gt;payscore-&gt;plan-&gt;payscorePlans-&gt;merchantPlanNo-&gt;_merchant_plan_no_-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.payscore.plan.payscorePlans.merchantPlanNo._merchant_plan_no_.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/payscore/plan/payscore-plans/merchant-plan-no/{merchant_plan_no}&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/payscore/plan/payscore-plans/merchant-plan-no/{merchant_plan_no}&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/payscore/plan/payscore-plans/merchant-plan-no/{merchant_plan_no}&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/payscore/plan/payscore-plans/merchant-plan-no/{merchant_plan_no}&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;payscore-&gt;plan-&gt;payscorePlans-&gt;merchantPlanNo-&gt;_merchant_plan_no_-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.payscore.plan.payscorePlans.merchantPlanNo._merchant_plan_no_.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/payscore/plan/payscore-plans/merchant-plan-no/{merchant_plan_no}&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/payscore/plan/payscore-plans/merchant-plan-no/{merchant_plan_no}&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/payscore/plan/payscore-plans/merchant-plan-no/{merchant_plan_no}&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/payscore/plan/payscore-plans/merchant-plan-no/{merchant_plan_no}&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>plan_id</code></td><td>string</td><td>支付分计划ID</td><td></td></tr><tr><td><code>service_id</code></td><td>string</td><td>计划所属服务</td><td></td></tr><tr><td><code>mchid</code></td><td>string</td><td>商户号</td><td></td></tr><tr><td><code>appid</code></td><td>string</td><td>AppID</td><td></td></tr><tr><td><code>merchant_plan_no</code></td><td>string</td><td>商户侧计划号</td><td></td></tr><tr><td><code>plan_name</code></td><td>string</td><td>支付分计划名称</td><td></td></tr><tr><td><code>plan_duration</code></td><td>number</td><td>支付分计划有效期(单位天)</td><td></td></tr><tr><td><code>plan_state</code></td><td>string</td><td>支付分计划状态</td><td></td></tr><tr><td><code>total_original_price</code></td><td>number</td><td>支付分计划原总金额(单位分)</td><td></td></tr><tr><td><code>deduction_quantity</code></td><td>number</td><td>支付分计划扣费次数</td><td></td></tr><tr><td><code>total_actual_price</code></td><td>number</td><td>支付分计划实际扣费总金额(单位分)</td><td></td></tr><tr><td><code>plan_detail_list</code></td><td>object[]</td><td>支付分计划明细列表</td><td></td></tr><tr><td>├ <code>plan_detail_no</code></td><td>number</td><td>计划明细序号</td><td></td></tr><tr><td>├ <code>plan_detail_name</code></td><td>string</td><td>计划明细名称</td><td></td></tr><tr><td>├ <code>original_price</code></td><td>number</td><td>计划明细原支付金额(单位分)</td><td></td></tr><tr><td>├ <code>plan_discount_description</code></td><td>string</td><td>计划明细优惠说明</td><td></td></tr><tr><td>└ <code>actual_price</code></td><td>number</td><td>计划明细实际支付金额(单位分)</td><td></td></tr><tr><td><code>stop_mchid</code></td><td>string</td><td>终止方商户号</td><td></td></tr><tr><td><code>stop_time</code></td><td>string(rfc3339)</td><td>终止时间</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/docs/merchant/apis/payscore-plan/pay-score-plan/query-pay-score-plan.html" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/payscore/plan/payscore-plans/merchant-plan-no/_merchant_plan_no_.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const _merchant_plan_no_ = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  _merchant_plan_no_ as default
};
