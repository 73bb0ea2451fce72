import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"终止品牌会员发券活动 · v3/brand/partner/card-member/membership-activities/{activity_id}/terminate","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/brand/partner/card-member/membership-activities/_activity_id_/terminate.md","filePath":"api/v3/brand/partner/card-member/membership-activities/_activity_id_/terminate.md"}');
const _sfc_main = { name: "api/v3/brand/partner/card-member/membership-activities/_activity_id_/terminate.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="终止品牌会员发券活动-·-v3-brand-partner-card-member-membership-activities-activity-id-terminate" tabindex="-1">终止品牌会员发券活动 · <code>v3/brand/partner/card-member/membership-activities/{activity_id}/terminate</code> <a class="header-anchor" href="#终止品牌会员发券活动-·-v3-brand-partner-card-member-membership-activities-activity-id-terminate" aria-label="Permalink to &quot;终止品牌会员发券活动 · \`v3/brand/partner/card-member/membership-activities/{activity_id}/terminate\`&quot;">​</a></h1><p><a href="./../../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>终止指定的品牌会员发券活动，将不再在品牌会员组件中曝光，品牌会员组件不受影响，在正常调用的情况下仍会向用户展示。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/brand/partner/card-member/membership-activities/{activity_id}/terminate</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 商家名片会员活动</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>activity_id</code></td><td>string</td><td>yes</td><td>活动ID</td><td></td></tr><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>└ <code>brand_id</code></td><td>string</td><td>yes</td><td>品牌ID</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/brand/partner/card-member/membership-activities/{activity_id}/terminate&#39;][&#39;post&#39;][&#39;options&#39;] = {
  activity_id: &#39;371067&#39;,
  json: { brand_id: &#39;1004&#39; },
};

// 1. $instance-&gt;v3-&gt;brand-&gt;partner-&gt;cardMember-&gt;membershipActivities-&gt;_activity_id_-&gt;terminate-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.brand.partner.cardMember.membershipActivities._activity_id_.terminate.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/brand/partner/card-member/membership-activities/{activity_id}/terminate&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/brand/partner/card-member/membership-activities/{activity_id}/terminate&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/brand/partner/card-member/membership-activities/{activity_id}/terminate&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/brand/partner/card-member/membership-activities/{activity_id}/terminate&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;brand-&gt;partner-&gt;cardMember-&gt;membershipActivities-&gt;_activity_id_-&gt;terminate-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.brand.partner.cardMember.membershipActivities._activity_id_.terminate.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/brand/partner/card-member/membership-activities/{activity_id}/terminate&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/brand/partner/card-member/membership-activities/{activity_id}/terminate&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/brand/partner/card-member/membership-activities/{activity_id}/terminate&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/brand/partner/card-member/membership-activities/{activity_id}/terminate&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>out_request_no</code></td><td>string</td><td>商户请求单号</td><td></td></tr><tr><td><code>brand_id</code></td><td>string</td><td>品牌ID</td><td></td></tr><tr><td><code>card_id</code></td><td>string</td><td>会员卡ID</td><td></td></tr><tr><td><code>activity_channel</code></td><td>string</td><td>活动渠道</td><td><code>MECHANT_APP_COMPONENT</code></td></tr><tr><td><code>title</code></td><td>string</td><td>活动主标题</td><td></td></tr><tr><td><code>sub_title</code></td><td>string</td><td>活动主标题</td><td></td></tr><tr><td><code>begin_time</code></td><td>string(rfc3339)</td><td>活动开始时间</td><td></td></tr><tr><td><code>end_time</code></td><td>string(rfc3339)</td><td>活动结束时间</td><td></td></tr><tr><td><code>apply_total</code></td><td>integer</td><td>活动总库存</td><td></td></tr><tr><td><code>apply_available</code></td><td>integer</td><td>活动剩余库存</td><td></td></tr><tr><td><code>product_coupon_stock_list</code></td><td>object[]</td><td>商品券批次列表</td><td></td></tr><tr><td>├ <code>product_coupon_id</code></td><td>string</td><td>商品券ID</td><td></td></tr><tr><td>└ <code>stock_id</code></td><td>string</td><td>批次ID</td><td></td></tr><tr><td><code>activity_id</code></td><td>string</td><td>活动ID</td><td></td></tr><tr><td><code>activity_state</code></td><td>string</td><td>活动状态</td><td><code>MEMBERSHIP_ACTIVITY_CREATED</code>, <code>MEMBERSHIP_ACTIVITY_EFFECTIVE</code>, <code>MEMBERSHIP_ACTIVITY_TERMINATED</code>, <code>MEMBERSHIP_ACTIVITY_EXPIRED</code></td></tr><tr><td><code>create_time</code></td><td>string(rfc3339)</td><td>创建时间</td><td></td></tr><tr><td><code>modify_time</code></td><td>string(rfc3339)</td><td>更新时间</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/brand/partner/card-member/membership-activities/_activity_id_/terminate.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const terminate = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  terminate as default
};
