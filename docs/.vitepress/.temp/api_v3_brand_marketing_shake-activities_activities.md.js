import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"查询摇优惠活动列表 · v3/brand/marketing/shake-activities/activities","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/brand/marketing/shake-activities/activities.md","filePath":"api/v3/brand/marketing/shake-activities/activities.md"}');
const _sfc_main = { name: "api/v3/brand/marketing/shake-activities/activities.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="查询摇优惠活动列表-·-v3-brand-marketing-shake-activities-activities" tabindex="-1">查询摇优惠活动列表 · <code>v3/brand/marketing/shake-activities/activities</code> <a class="header-anchor" href="#查询摇优惠活动列表-·-v3-brand-marketing-shake-activities-activities" aria-label="Permalink to &quot;查询摇优惠活动列表 · \`v3/brand/marketing/shake-activities/activities\`&quot;">​</a></h1><p><a href="./../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get" tabindex="-1">GET <a class="header-anchor" href="#get" aria-label="Permalink to &quot;GET&quot;">​</a></h2><p>通过此接口可查询指定某品牌的所有摇优惠活动列表</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/brand/marketing/shake-activities/activities</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 经营工具∙摇优惠</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>query</code></td><td>object</td><td>yes</td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>├ <code>brand_id</code></td><td>string</td><td>yes</td><td>品牌ID</td><td></td></tr><tr><td>├ <code>limit</code></td><td>integer</td><td>yes</td><td>分页大小</td><td></td></tr><tr><td>├ <code>offset</code></td><td>integer</td><td>yes</td><td>分页页码</td><td></td></tr><tr><td>├ <code>activity_state</code></td><td>string</td><td></td><td>活动状态</td><td><code>CREATED</code>, <code>DELIVERING</code>, <code>EXPIRED</code>, <code>PAUSED</code>, <code>TERMINATED</code></td></tr><tr><td>└ <code>audit_state</code></td><td>string</td><td></td><td></td><td><code>PENDING</code>, <code>APPROVED</code>, <code>REJECTED</code></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/brand/marketing/shake-activities/activities&#39;][&#39;get&#39;][&#39;options&#39;] = {
  query: {
    brand_id: &#39;120344&#39;,
    limit: 5,
    offset: 10,
    activity_state: &#39;CREATED&#39;,
    audit_state: &#39;PENDING&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;brand-&gt;marketing-&gt;shakeActivities-&gt;activities-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.brand.marketing.shakeActivities.activities.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/brand/marketing/shake-activities/activities&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/brand/marketing/shake-activities/activities&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/brand/marketing/shake-activities/activities&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/brand/marketing/shake-activities/activities&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;brand-&gt;marketing-&gt;shakeActivities-&gt;activities-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.brand.marketing.shakeActivities.activities.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/brand/marketing/shake-activities/activities&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/brand/marketing/shake-activities/activities&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/brand/marketing/shake-activities/activities&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/brand/marketing/shake-activities/activities&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>offset</code></td><td>integer</td><td>分页页码</td><td></td></tr><tr><td><code>limit</code></td><td>integer</td><td>分页大小</td><td></td></tr><tr><td><code>total_count</code></td><td>integer</td><td>总数</td><td></td></tr><tr><td><code>data</code></td><td>object[]</td><td>摇一摇有优惠活动列表</td><td></td></tr><tr><td>├ <code>id</code></td><td>string</td><td>活动id</td><td></td></tr><tr><td>├ <code>name</code></td><td>string</td><td>活动名称</td><td></td></tr><tr><td>├ <code>activity_state</code></td><td>string</td><td>活动状态</td><td><code>CREATED</code>, <code>DELIVERING</code>, <code>EXPIRED</code>, <code>PAUSED</code>, <code>TERMINATED</code></td></tr><tr><td>├ <code>audit_state</code></td><td>string</td><td></td><td><code>PENDING</code>, <code>APPROVED</code>, <code>REJECTED</code></td></tr><tr><td>├ <code>available_quota</code></td><td>integer</td><td>可用库存</td><td></td></tr><tr><td>├ <code>total_quota</code></td><td>integer</td><td>总库存</td><td></td></tr><tr><td>├ <code>delivery_mode</code></td><td>string</td><td>投放模式</td><td><code>SMART</code>, <code>TARGETED</code></td></tr><tr><td>├ <code>time_range</code></td><td>object</td><td>投放时间范围</td><td></td></tr><tr><td> ├ <code>start_time</code></td><td>string(rfc3339)</td><td>开始时间</td><td></td></tr><tr><td> └ <code>end_time</code></td><td>string(rfc3339)</td><td>结束时间</td><td></td></tr><tr><td>└ <code>product_coupon</code></td><td>object</td><td>商品券</td><td></td></tr><tr><td> ├ <code>product_coupon_id</code></td><td>string</td><td>商品券ID</td><td></td></tr><tr><td> └ <code>stock_list</code></td><td>object[]</td><td>商品券批次列表</td><td></td></tr><tr><td>  └ <code>stock_id</code></td><td>string</td><td>批次ID</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/brand/marketing/shake-activities/activities.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const activities = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  activities as default
};
