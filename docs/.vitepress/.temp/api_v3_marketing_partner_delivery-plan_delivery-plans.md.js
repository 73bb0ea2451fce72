import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"创建投放计划 · v3/marketing/partner/delivery-plan/delivery-plans","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/marketing/partner/delivery-plan/delivery-plans.md","filePath":"api/v3/marketing/partner/delivery-plan/delivery-plans.md"}');
const _sfc_main = { name: "api/v3/marketing/partner/delivery-plan/delivery-plans.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="创建投放计划-·-v3-marketing-partner-delivery-plan-delivery-plans" tabindex="-1">创建投放计划 · <code>v3/marketing/partner/delivery-plan/delivery-plans</code> <a class="header-anchor" href="#创建投放计划-·-v3-marketing-partner-delivery-plan-delivery-plans" aria-label="Permalink to &quot;创建投放计划 · \`v3/marketing/partner/delivery-plan/delivery-plans\`&quot;">​</a></h1><p><a href="./../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>创建投放计划</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/marketing/partner/delivery-plan/delivery-plans</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 运营工具∙商品券</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>out_request_no</code></td><td>string</td><td>yes</td><td>创建请求单号</td><td></td></tr><tr><td>├ <code>brand_id</code></td><td>string</td><td>yes</td><td>创建投放计划的品牌ID</td><td></td></tr><tr><td>├ <code>product_coupon_id</code></td><td>string</td><td>yes</td><td>商品券ID</td><td></td></tr><tr><td>├ <code>stock_id</code></td><td>string</td><td>yes</td><td>批次ID</td><td></td></tr><tr><td>├ <code>plan_name</code></td><td>string</td><td></td><td>投放计划名称</td><td></td></tr><tr><td>├ <code>total_count</code></td><td>integer</td><td></td><td>总库存</td><td></td></tr><tr><td>├ <code>user_limit</code></td><td>integer</td><td></td><td>单用户限领</td><td></td></tr><tr><td>├ <code>daily_limit</code></td><td>integer</td><td></td><td>单日限领</td><td></td></tr><tr><td>├ <code>delivery_start_time</code></td><td>string(rfc3339)</td><td></td><td>开始可用时间</td><td></td></tr><tr><td>├ <code>delivery_end_time</code></td><td>string(rfc3339)</td><td></td><td>结束可用时间</td><td></td></tr><tr><td>├ <code>recommend_word</code></td><td>string</td><td></td><td>营销标签</td><td></td></tr><tr><td>├ <code>reuse_coupon_config</code></td><td>boolean</td><td></td><td>是否复用商品券和批次信息</td><td></td></tr><tr><td>├ <code>usage_mode</code></td><td>string</td><td></td><td>使用模式</td><td><code>SINGLE</code>, <code>PROGRESSIVE_BUNDLE</code></td></tr><tr><td>└ <code>stock_bundle_id</code></td><td>string</td><td></td><td>投放批次组ID</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/marketing/partner/delivery-plan/delivery-plans&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    out_request_no: &#39;asdf-1234-40016&#39;,
    brand_id: &#39;40016&#39;,
    product_coupon_id: &#39;701146876221757924829193824428&#39;,
    stock_id: &#39;701246876221757924829194755312&#39;,
    plan_name: &#39;冬季饮料投放&#39;,
    total_count: 1,
    user_limit: 1,
    daily_limit: 1,
    delivery_start_time: &#39;2025-01-01T00:00:00+08:00&#39;,
    delivery_end_time: &#39;2025-01-01T00:00:00+08:00&#39;,
    recommend_word: &#39;天天有惊喜&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;marketing-&gt;partner-&gt;deliveryPlan-&gt;deliveryPlans-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.marketing.partner.deliveryPlan.deliveryPlans.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/marketing/partner/delivery-plan/delivery-plans&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/marketing/partner/delivery-plan/delivery-plans&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/marketing/partner/delivery-plan/delivery-plans&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/marketing/partner/delivery-plan/delivery-plans&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;marketing-&gt;partner-&gt;deliveryPlan-&gt;deliveryPlans-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.marketing.partner.deliveryPlan.deliveryPlans.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/marketing/partner/delivery-plan/delivery-plans&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/marketing/partner/delivery-plan/delivery-plans&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/marketing/partner/delivery-plan/delivery-plans&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/marketing/partner/delivery-plan/delivery-plans&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>plan</code></td><td>object</td><td>投放计划详情</td><td></td></tr><tr><td>├ <code>plan_id</code></td><td>string</td><td>投放计划ID</td><td></td></tr><tr><td>├ <code>plan_name</code></td><td>string</td><td>投放计划名称</td><td></td></tr><tr><td>├ <code>plan_state</code></td><td>string</td><td>投放计划状态</td><td><code>PLAN_CREATING</code>, <code>PLAN_CREATED</code>, <code>PLAN_TERMINATING</code>, <code>PLAN_TERMINATED</code>, <code>PLAN_EXPIRED</code>, <code>PLAN_DELIVERING</code>, <code>PLAN_PAUSED</code></td></tr><tr><td>├ <code>delivery_start_time</code></td><td>string(rfc3339)</td><td>开始可用时间</td><td></td></tr><tr><td>├ <code>delivery_end_time</code></td><td>string(rfc3339)</td><td>结束可用时间</td><td></td></tr><tr><td>├ <code>stock_id</code></td><td>string</td><td>批次ID</td><td></td></tr><tr><td>├ <code>product_coupon_id</code></td><td>string</td><td>商品券ID</td><td></td></tr><tr><td>├ <code>recommend_word</code></td><td>string</td><td>营销标签</td><td></td></tr><tr><td>├ <code>brand_id</code></td><td>string</td><td>品牌ID</td><td></td></tr><tr><td>├ <code>total_count</code></td><td>integer</td><td>总库存</td><td></td></tr><tr><td>├ <code>user_limit</code></td><td>integer</td><td>单用户限领</td><td></td></tr><tr><td>└ <code>daily_limit</code></td><td>integer</td><td>单日限领</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/marketing/partner/delivery-plan/delivery-plans.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const deliveryPlans = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  deliveryPlans as default
};
