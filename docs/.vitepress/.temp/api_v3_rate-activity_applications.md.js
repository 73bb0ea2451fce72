import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"报名费率优惠活动API · v3/rate-activity/applications","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/rate-activity/applications.md","filePath":"api/v3/rate-activity/applications.md"}');
const _sfc_main = { name: "api/v3/rate-activity/applications.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="报名费率优惠活动api-·-v3-rate-activity-applications" tabindex="-1">报名费率优惠活动API · <code>v3/rate-activity/applications</code> <a class="header-anchor" href="#报名费率优惠活动api-·-v3-rate-activity-applications" aria-label="Permalink to &quot;报名费率优惠活动API · \`v3/rate-activity/applications\`&quot;">​</a></h1><p><a href="./../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>从业机构可调用该接口帮助已完成开户意愿确认的特约商户报名微信支付优惠费率活动。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/rate-activity/applications</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 通用接口</li><li>适用对象: 从业机构</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>acquiring_bank_id</code></td><td>string</td><td>yes</td><td>从业机构号</td><td></td></tr><tr><td>├ <code>channel_id</code></td><td>string</td><td>yes</td><td>渠道商户号</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td>yes</td><td>从业机构特约商户号</td><td></td></tr><tr><td>├ <code>activity_detail</code></td><td>object</td><td>yes</td><td>活动报名信息</td><td></td></tr><tr><td> ├ <code>activity_id</code></td><td>string</td><td>yes</td><td>活动ID</td><td></td></tr><tr><td> ├ <code>activity_rate</code></td><td>string</td><td></td><td>活动费率</td><td></td></tr><tr><td> └ <code>activity_apply_information</code></td><td>object[]</td><td></td><td>活动报名材料</td><td></td></tr><tr><td>  ├ <code>apply_material_id</code></td><td>string</td><td></td><td>材料ID</td><td></td></tr><tr><td>  └ <code>apply_material_information</code></td><td>string(MediaId)[]</td><td></td><td></td><td></td></tr><tr><td>└ <code>additional_information</code></td><td>object</td><td></td><td>补充信息</td><td></td></tr><tr><td> ├ <code>additional_message</code></td><td>string</td><td></td><td>补充说明</td><td></td></tr><tr><td> └ <code>additional_material</code></td><td>string(MediaId)[]</td><td></td><td></td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/rate-activity/applications&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    acquiring_bank_id: &#39;1356485&#39;,
    channel_id: &#39;20001111&#39;,
    sub_mchid: &#39;1346578&#39;,
    activity_detail: { activity_id: &#39;schoolcanteen_001&#39;, activity_rate: &#39;0.6&#39; },
  },
};

// 1. $instance-&gt;v3-&gt;rateActivity-&gt;applications-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.rateActivity.applications.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/rate-activity/applications&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/rate-activity/applications&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/rate-activity/applications&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/rate-activity/applications&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;rateActivity-&gt;applications-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.rateActivity.applications.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/rate-activity/applications&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/rate-activity/applications&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/rate-activity/applications&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/rate-activity/applications&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>application_id</code></td><td>string</td><td>申请单编号</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/rateactivity/chapter3_1.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/rate-activity/applications.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const applications = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  applications as default
};
