import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"分页查询投放计划列表 · v3/marketing/partner/delivery-plan/delivery-plans/{brand_id}/delivery-plans","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/marketing/partner/delivery-plan/delivery-plans/_brand_id_/delivery-plans.md","filePath":"api/v3/marketing/partner/delivery-plan/delivery-plans/_brand_id_/delivery-plans.md"}');
const _sfc_main = { name: "api/v3/marketing/partner/delivery-plan/delivery-plans/_brand_id_/delivery-plans.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="分页查询投放计划列表-·-v3-marketing-partner-delivery-plan-delivery-plans-brand-id-delivery-plans" tabindex="-1">分页查询投放计划列表 · <code>v3/marketing/partner/delivery-plan/delivery-plans/{brand_id}/delivery-plans</code> <a class="header-anchor" href="#分页查询投放计划列表-·-v3-marketing-partner-delivery-plan-delivery-plans-brand-id-delivery-plans" aria-label="Permalink to &quot;分页查询投放计划列表 · \`v3/marketing/partner/delivery-plan/delivery-plans/{brand_id}/delivery-plans\`&quot;">​</a></h1><p><a href="./../../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get" tabindex="-1">GET <a class="header-anchor" href="#get" aria-label="Permalink to &quot;GET&quot;">​</a></h2><p>分页查询投放计划列表</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/marketing/partner/delivery-plan/delivery-plans/{brand_id}/delivery-plans</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 运营工具∙商品券</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>brand_id</code></td><td>string</td><td>yes</td><td>品牌ID</td><td></td></tr><tr><td><code>query</code></td><td>object</td><td></td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>├ <code>page_size</code></td><td>integer</td><td></td><td>分页大小</td><td></td></tr><tr><td>├ <code>offset</code></td><td>integer</td><td></td><td>分页起始位置</td><td></td></tr><tr><td>├ <code>plan_state</code></td><td>string</td><td></td><td>投放计划线上状态</td><td><code>PLAN_CREATING</code>, <code>PLAN_CREATED</code>, <code>PLAN_TERMINATING</code>, <code>PLAN_TERMINATED</code>, <code>PLAN_EXPIRED</code>, <code>PLAN_DELIVERING</code>, <code>PLAN_PAUSED</code></td></tr><tr><td>├ <code>audit_state</code></td><td>string</td><td></td><td>投放计划审核状态</td><td><code>AUDIT_INITIAL</code>, <code>AUDIT_PROCESSING</code>, <code>AUDIT_PASSED</code>, <code>AUDIT_REJECTED</code></td></tr><tr><td>└ <code>plan_id</code></td><td>string</td><td></td><td>投放计划ID</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/marketing/partner/delivery-plan/delivery-plans/{brand_id}/delivery-plans&#39;][&#39;get&#39;][&#39;options&#39;] = {
  brand_id: &#39;40016&#39;,
  query: {
    page_size: 5,
    offset: 10,
    plan_state: &#39;PLAN_CREATED&#39;,
    audit_state: &#39;AUDIT_INITIAL&#39;,
    plan_id: &#39;12000&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;marketing-&gt;partner-&gt;deliveryPlan-&gt;deliveryPlans-&gt;_brand_id_-&gt;deliveryPlans-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.marketing.partner.deliveryPlan.deliveryPlans._brand_id_.deliveryPlans.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/marketing/partner/delivery-plan/delivery-plans/{brand_id}/delivery-plans&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/marketing/partner/delivery-plan/delivery-plans/{brand_id}/delivery-plans&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/marketing/partner/delivery-plan/delivery-plans/{brand_id}/delivery-plans&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/marketing/partner/delivery-plan/delivery-plans/{brand_id}/delivery-plans&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;marketing-&gt;partner-&gt;deliveryPlan-&gt;deliveryPlans-&gt;_brand_id_-&gt;deliveryPlans-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.marketing.partner.deliveryPlan.deliveryPlans._brand_id_.deliveryPlans.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/marketing/partner/delivery-plan/delivery-plans/{brand_id}/delivery-plans&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/marketing/partner/delivery-plan/delivery-plans/{brand_id}/delivery-plans&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/marketing/partner/delivery-plan/delivery-plans/{brand_id}/delivery-plans&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/marketing/partner/delivery-plan/delivery-plans/{brand_id}/delivery-plans&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>total_count</code></td><td>integer</td><td>资源总条数</td><td></td></tr><tr><td><code>plan_list</code></td><td>object[]</td><td>投放计划列表</td><td></td></tr><tr><td>├ <code>plan_id</code></td><td>string</td><td>投放计划ID</td><td></td></tr><tr><td>├ <code>plan_name</code></td><td>string</td><td>投放计划名称</td><td></td></tr><tr><td>├ <code>plan_state</code></td><td>string</td><td>投放计划状态</td><td><code>PLAN_CREATING</code>, <code>PLAN_CREATED</code>, <code>PLAN_TERMINATING</code>, <code>PLAN_TERMINATED</code>, <code>PLAN_EXPIRED</code>, <code>PLAN_DELIVERING</code>, <code>PLAN_PAUSED</code></td></tr><tr><td>├ <code>delivery_start_time</code></td><td>string(rfc3339)</td><td>开始可用时间</td><td></td></tr><tr><td>├ <code>delivery_end_time</code></td><td>string(rfc3339)</td><td>结束可用时间</td><td></td></tr><tr><td>├ <code>stock_id</code></td><td>string</td><td>批次ID</td><td></td></tr><tr><td>├ <code>product_coupon_id</code></td><td>string</td><td>商品券ID</td><td></td></tr><tr><td>├ <code>recommend_word</code></td><td>string</td><td>营销标签</td><td></td></tr><tr><td>├ <code>brand_id</code></td><td>string</td><td>品牌ID</td><td></td></tr><tr><td>├ <code>total_count</code></td><td>integer</td><td>总库存</td><td></td></tr><tr><td>├ <code>user_limit</code></td><td>integer</td><td>单用户限领</td><td></td></tr><tr><td>└ <code>daily_limit</code></td><td>integer</td><td>单日限领</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/marketing/partner/delivery-plan/delivery-plans/_brand_id_/delivery-plans.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const deliveryPlans = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  deliveryPlans as default
};
