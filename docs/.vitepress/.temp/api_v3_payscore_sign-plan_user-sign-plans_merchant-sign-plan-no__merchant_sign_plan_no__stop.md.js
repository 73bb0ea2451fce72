import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"直连商户取消用户的签约计划 · v3/payscore/sign-plan/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}/stop","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/payscore/sign-plan/user-sign-plans/merchant-sign-plan-no/_merchant_sign_plan_no_/stop.md","filePath":"api/v3/payscore/sign-plan/user-sign-plans/merchant-sign-plan-no/_merchant_sign_plan_no_/stop.md"}');
const _sfc_main = { name: "api/v3/payscore/sign-plan/user-sign-plans/merchant-sign-plan-no/_merchant_sign_plan_no_/stop.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="直连商户取消用户的签约计划-·-v3-payscore-sign-plan-user-sign-plans-merchant-sign-plan-no-merchant-sign-plan-no-stop" tabindex="-1">直连商户取消用户的签约计划 · <code>v3/payscore/sign-plan/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}/stop</code> <a class="header-anchor" href="#直连商户取消用户的签约计划-·-v3-payscore-sign-plan-user-sign-plans-merchant-sign-plan-no-merchant-sign-plan-no-stop" aria-label="Permalink to &quot;直连商户取消用户的签约计划 · \`v3/payscore/sign-plan/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}/stop\`&quot;">​</a></h1><p><a href="./../../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>用于商户停止用户的签约计划，必须是该签约计划的创建方商户才能取消。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/payscore/sign-plan/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}/stop</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 支付分∙签约计划</li><li>适用对象: 普通商户</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>merchant_sign_plan_no</code></td><td>string</td><td>yes</td><td>商户侧签约计划号</td><td></td></tr><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>└ <code>stop_reason</code></td><td>string</td><td>yes</td><td>停止签约计划原因</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/payscore/sign-plan/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}/stop&#39;][&#39;post&#39;][&#39;options&#39;] = {
  merchant_sign_plan_no: &#39;1234323JKHDFE1243252&#39;,
  json: { stop_reason: &#39;用户协商后停止&#39; },
};

// 1. $instance-&gt;v3-&gt;payscore-&gt;signPlan-&gt;userSignPlans-&gt;merchantSignPlanNo-&gt;_merchant_sign_plan_no_-&gt;stop-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.payscore.signPlan.userSignPlans.merchantSignPlanNo._merchant_sign_plan_no_.stop.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/payscore/sign-plan/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}/stop&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/payscore/sign-plan/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}/stop&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/payscore/sign-plan/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}/stop&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/payscore/sign-plan/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}/stop&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;payscore-&gt;signPlan-&gt;userSignPlans-&gt;merchantSignPlanNo-&gt;_merchant_sign_plan_no_-&gt;stop-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.payscore.signPlan.userSignPlans.merchantSignPlanNo._merchant_sign_plan_no_.stop.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/payscore/sign-plan/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}/stop&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/payscore/sign-plan/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}/stop&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/payscore/sign-plan/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}/stop&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/payscore/sign-plan/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}/stop&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>sign_plan_id</code></td><td>string</td><td>计划签约ID</td><td></td></tr><tr><td><code>openid</code></td><td>string</td><td>签约计划用户应用下的OpenID</td><td></td></tr><tr><td><code>service_id</code></td><td>string</td><td>计划所属服务</td><td></td></tr><tr><td><code>mchid</code></td><td>string</td><td>商户号</td><td></td></tr><tr><td><code>appid</code></td><td>string</td><td>AppID</td><td></td></tr><tr><td><code>merchant_sign_plan_no</code></td><td>string</td><td>商户侧签约计划号</td><td></td></tr><tr><td><code>merchant_callback_url</code></td><td>string</td><td>商户回调地址</td><td></td></tr><tr><td><code>plan_id</code></td><td>string</td><td>签约所属计划ID</td><td></td></tr><tr><td><code>going_detail_no</code></td><td>number</td><td>目前用户进行到的计划详情序号</td><td></td></tr><tr><td><code>sign_state</code></td><td>string</td><td>计划签约状态</td><td></td></tr><tr><td><code>cancel_sign_time</code></td><td>string(rfc3339)</td><td>签约计划取消时间</td><td></td></tr><tr><td><code>cancel_sign_type</code></td><td>string</td><td>签约计划取消类型</td><td></td></tr><tr><td><code>cancel_reason</code></td><td>string</td><td>签约计划取消原因</td><td></td></tr><tr><td><code>plan_name</code></td><td>string</td><td>签约计划的名称</td><td></td></tr><tr><td><code>plan_over_time</code></td><td>string(rfc3339)</td><td>签约计划的过期时间</td><td></td></tr><tr><td><code>total_origin_price</code></td><td>number</td><td>签约计划原总金额(单位分)</td><td></td></tr><tr><td><code>deduction_quantity</code></td><td>number</td><td>签约计划扣费次数</td><td></td></tr><tr><td><code>total_actual_price</code></td><td>number</td><td>签约计划实际总金额（单位分）</td><td></td></tr><tr><td><code>signed_detail_list</code></td><td>object[]</td><td>签约计划明细列表</td><td></td></tr><tr><td>├ <code>plan_detail_no</code></td><td>number</td><td>计划明细序号</td><td></td></tr><tr><td>├ <code>original_price</code></td><td>number</td><td>计划明细原支付金额（单位分）</td><td></td></tr><tr><td>├ <code>plan_discount_description</code></td><td>string</td><td>计划明细优惠说明</td><td></td></tr><tr><td>├ <code>actual_price</code></td><td>number</td><td>计划明细实际支付金额（单位分）</td><td></td></tr><tr><td>├ <code>plan_detail_state</code></td><td>string</td><td>计划明细状态</td><td></td></tr><tr><td>├ <code>order_id</code></td><td>string</td><td>计划明细对应的支付分服务单号</td><td></td></tr><tr><td>├ <code>merchant_plan_detail_no</code></td><td>string</td><td>商户侧计划明细使用订单号</td><td></td></tr><tr><td>├ <code>plan_detail_name</code></td><td>string</td><td>计划详情名称</td><td></td></tr><tr><td>├ <code>actual_pay_price</code></td><td>number</td><td>计划明细对应订单实际支付金额（单位分）</td><td></td></tr><tr><td>├ <code>use_time</code></td><td>string</td><td>详情使用时间</td><td></td></tr><tr><td>├ <code>complete_time</code></td><td>string</td><td>详情完成时间</td><td></td></tr><tr><td>└ <code>cancel_time</code></td><td>string</td><td>详情取消时间</td><td></td></tr><tr><td><code>sign_time</code></td><td>string(rfc3339)</td><td>签约时间</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/docs/merchant/apis/payscore-plan/user-sign-plan/stop-user-sign-plan.html" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/payscore/sign-plan/user-sign-plans/merchant-sign-plan-no/_merchant_sign_plan_no_/stop.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const stop = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  stop as default
};
