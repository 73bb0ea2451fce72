import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"按区域查询品牌加价购活动 · v3/marketing/goods-subsidy-activity/activities","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/marketing/goods-subsidy-activity/activities.md","filePath":"api/v3/marketing/goods-subsidy-activity/activities.md"}');
const _sfc_main = { name: "api/v3/marketing/goods-subsidy-activity/activities.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="按区域查询品牌加价购活动-·-v3-marketing-goods-subsidy-activity-activities" tabindex="-1">按区域查询品牌加价购活动 · <code>v3/marketing/goods-subsidy-activity/activities</code> <a class="header-anchor" href="#按区域查询品牌加价购活动-·-v3-marketing-goods-subsidy-activity-activities" aria-label="Permalink to &quot;按区域查询品牌加价购活动 · \`v3/marketing/goods-subsidy-activity/activities\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get" tabindex="-1">GET <a class="header-anchor" href="#get" aria-label="Permalink to &quot;GET&quot;">​</a></h2><p>指定服务商可通过该接口报名加价购活动、查询某个区域内的加价购活动列表、锁定加价活动购资格以及解锁加价购活动资格。</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/marketing/goods-subsidy-activity/activities</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 品牌小店营销</li><li>适用对象: 普通商户, 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>query</code></td><td>object</td><td>yes</td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>├ <code>city_id</code></td><td>string</td><td>yes</td><td>活动所属城市的ID</td><td></td></tr><tr><td>├ <code>offset</code></td><td>number</td><td>yes</td><td>分页页码</td><td></td></tr><tr><td>└ <code>limit</code></td><td>number</td><td>yes</td><td>最大返回的活动数</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/marketing/goods-subsidy-activity/activities&#39;][&#39;get&#39;][&#39;options&#39;] = {
  query: { city_id: &#39;&lt;city_id&gt;&#39;, offset: 1, limit: 1 },
};

// 1. $instance-&gt;v3-&gt;marketing-&gt;goodsSubsidyActivity-&gt;activities-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.marketing.goodsSubsidyActivity.activities.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/marketing/goods-subsidy-activity/activities&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/marketing/goods-subsidy-activity/activities&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/marketing/goods-subsidy-activity/activities&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/marketing/goods-subsidy-activity/activities&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;marketing-&gt;goodsSubsidyActivity-&gt;activities-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.marketing.goodsSubsidyActivity.activities.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/marketing/goods-subsidy-activity/activities&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/marketing/goods-subsidy-activity/activities&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/marketing/goods-subsidy-activity/activities&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/marketing/goods-subsidy-activity/activities&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>total_count</code></td><td>number</td><td>小店活动门店总数</td><td></td></tr><tr><td><code>data</code></td><td>object[]</td><td>小店活动门店集合</td><td></td></tr><tr><td>├ <code>activity_id</code></td><td>string</td><td>活动ID</td><td></td></tr><tr><td>├ <code>brand_id</code></td><td>string</td><td>品牌ID</td><td></td></tr><tr><td>├ <code>creator_merchant_id</code></td><td>string</td><td>活动创建方商户号</td><td></td></tr><tr><td>├ <code>activity_info</code></td><td>object</td><td>活动信息</td><td></td></tr><tr><td> ├ <code>activity_name</code></td><td>string</td><td>活动名称</td><td></td></tr><tr><td> ├ <code>apply_start_time</code></td><td>string(rfc3339)</td><td>活动报名开始时间</td><td></td></tr><tr><td> ├ <code>apply_end_time</code></td><td>string(rfc3339)</td><td>活动报名结束时间</td><td></td></tr><tr><td> ├ <code>activity_start_time</code></td><td>string(rfc3339)</td><td>活动开始时间</td><td></td></tr><tr><td> ├ <code>activity_end_time</code></td><td>string(rfc3339)</td><td>活动结束时间</td><td></td></tr><tr><td> └ <code>activity_description</code></td><td>string</td><td>活动描述</td><td></td></tr><tr><td>├ <code>goods_information</code></td><td>object</td><td>活动商品信息</td><td></td></tr><tr><td> ├ <code>goods_id</code></td><td>string</td><td>商品ID</td><td></td></tr><tr><td> ├ <code>goods_name</code></td><td>string</td><td>商品名称</td><td></td></tr><tr><td> └ <code>goods_picture_url</code></td><td>string</td><td>商品图片URL</td><td></td></tr><tr><td>└ <code>rule_information</code></td><td>object</td><td>活动规则</td><td></td></tr><tr><td> ├ <code>store_subsidy</code></td><td>string</td><td>购买单件商品，补贴给门店的金额</td><td></td></tr><tr><td> ├ <code>service_provider_subsidy</code></td><td>string</td><td>购买单件商品，补贴给服务商的佣金</td><td></td></tr><tr><td> ├ <code>store_subsidy_quota</code></td><td>string</td><td>活动门店补贴商品数上限</td><td></td></tr><tr><td> ├ <code>user_subsidy_quota</code></td><td>string</td><td>单用户享受加价购优惠次数上限</td><td></td></tr><tr><td> └ <code>areas</code></td><td>object[]</td><td>活动区域列表</td><td></td></tr><tr><td>  ├ <code>province</code></td><td>string</td><td>省名称</td><td></td></tr><tr><td>  ├ <code>city</code></td><td>string</td><td>市名称</td><td></td></tr><tr><td>  └ <code>district</code></td><td>string</td><td>区名称</td><td></td></tr><tr><td><code>offset</code></td><td>number</td><td>分页页码</td><td></td></tr><tr><td><code>limit</code></td><td>number</td><td>分页大小</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/docs/merchant/products/retail-store/introduction.html" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/marketing/goods-subsidy-activity/activities.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const activities = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  activities as default
};
