import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"报名周周惠活动API · v3/marketing/weekly-discount/activities/{activity_id}/apply","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/marketing/weekly-discount/activities/_activity_id_/apply.md","filePath":"api/v3/marketing/weekly-discount/activities/_activity_id_/apply.md"}');
const _sfc_main = { name: "api/v3/marketing/weekly-discount/activities/_activity_id_/apply.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="报名周周惠活动api-·-v3-marketing-weekly-discount-activities-activity-id-apply" tabindex="-1">报名周周惠活动API · <code>v3/marketing/weekly-discount/activities/{activity_id}/apply</code> <a class="header-anchor" href="#报名周周惠活动api-·-v3-marketing-weekly-discount-activities-activity-id-apply" aria-label="Permalink to &quot;报名周周惠活动API · \`v3/marketing/weekly-discount/activities/{activity_id}/apply\`&quot;">​</a></h1><p><a href="./../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>报名周周惠活动</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/marketing/weekly-discount/activities/{activity_id}/apply</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 营销工具∙周周惠</li><li>适用对象: 服务商, 渠道商, 从业机构</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>activity_id</code></td><td>string</td><td>yes</td><td>活动ID</td><td></td></tr><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>applying_merchant_id</code></td><td>integer</td><td>yes</td><td>报名商户号</td><td></td></tr><tr><td>└ <code>store_id</code></td><td>integer</td><td>yes</td><td>报名商户门店号</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/marketing/weekly-discount/activities/{activity_id}/apply&#39;][&#39;post&#39;][&#39;options&#39;] = {
  activity_id: &#39;11111&#39;,
  json: { applying_merchant_id: 10000098, store_id: 111111 },
};

// 1. $instance-&gt;v3-&gt;marketing-&gt;weeklyDiscount-&gt;activities-&gt;_activity_id_-&gt;apply-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.marketing.weeklyDiscount.activities._activity_id_.apply.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/marketing/weekly-discount/activities/{activity_id}/apply&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/marketing/weekly-discount/activities/{activity_id}/apply&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/marketing/weekly-discount/activities/{activity_id}/apply&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/marketing/weekly-discount/activities/{activity_id}/apply&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;marketing-&gt;weeklyDiscount-&gt;activities-&gt;_activity_id_-&gt;apply-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.marketing.weeklyDiscount.activities._activity_id_.apply.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/marketing/weekly-discount/activities/{activity_id}/apply&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/marketing/weekly-discount/activities/{activity_id}/apply&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/marketing/weekly-discount/activities/{activity_id}/apply&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/marketing/weekly-discount/activities/{activity_id}/apply&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>activity_id</code></td><td>integer</td><td>报名成功的活动ID</td><td></td></tr><tr><td><code>success_time</code></td><td>string</td><td>报名成功时间</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter6_1_1.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/marketing/weekly-discount/activities/_activity_id_/apply.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const apply = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  apply as default
};
