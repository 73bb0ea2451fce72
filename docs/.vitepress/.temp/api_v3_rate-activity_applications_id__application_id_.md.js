import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"根据申请单ID查询申请单结果API / 修改单据信息API · v3/rate-activity/applications/id/{application_id}","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/rate-activity/applications/id/_application_id_.md","filePath":"api/v3/rate-activity/applications/id/_application_id_.md"}');
const _sfc_main = { name: "api/v3/rate-activity/applications/id/_application_id_.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="根据申请单id查询申请单结果api-修改单据信息api-·-v3-rate-activity-applications-id-application-id" tabindex="-1">根据申请单ID查询申请单结果API / 修改单据信息API · <code>v3/rate-activity/applications/id/{application_id}</code> <a class="header-anchor" href="#根据申请单id查询申请单结果api-修改单据信息api-·-v3-rate-activity-applications-id-application-id" aria-label="Permalink to &quot;根据申请单ID查询申请单结果API / 修改单据信息API · \`v3/rate-activity/applications/id/{application_id}\`&quot;">​</a></h1><p><a href="./../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get-·-根据申请单id查询申请单结果api" tabindex="-1">GET · 根据申请单ID查询申请单结果API <a class="header-anchor" href="#get-·-根据申请单id查询申请单结果api" aria-label="Permalink to &quot;GET · 根据申请单ID查询申请单结果API&quot;">​</a></h2><p>从业机构可调用该接口查询优惠费率活动的报名结果。</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/rate-activity/applications/id/{application_id}</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 通用接口</li><li>适用对象: 从业机构</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>application_id</code></td><td>string</td><td>yes</td><td>申请单编号</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/rate-activity/applications/id/{application_id}&#39;][&#39;get&#39;][&#39;options&#39;] = {
  application_id: &#39;20000011111&#39;,
};

// 1. $instance-&gt;v3-&gt;rateActivity-&gt;applications-&gt;id-&gt;_application_id_-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.rateActivity.applications.id._application_id_.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/rate-activity/applications/id/{application_id}&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/rate-activity/applications/id/{application_id}&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/rate-activity/applications/id/{application_id}&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/rate-activity/applications/id/{application_id}&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;rateActivity-&gt;applications-&gt;id-&gt;_application_id_-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.rateActivity.applications.id._application_id_.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/rate-activity/applications/id/{application_id}&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/rate-activity/applications/id/{application_id}&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/rate-activity/applications/id/{application_id}&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/rate-activity/applications/id/{application_id}&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>application_state</code></td><td>string</td><td>申请单状态</td><td></td></tr><tr><td><code>sub_mchid</code></td><td>string</td><td>从业机构特约商户号</td><td></td></tr><tr><td><code>reject_parameter</code></td><td>string</td><td>驳回参数</td><td></td></tr><tr><td><code>reject_reason</code></td><td>string</td><td>驳回原因</td><td></td></tr><tr><td><code>pass_time</code></td><td>string</td><td>活动审核通过时间</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/rateactivity/chapter3_2.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul><h2 id="patch-·-修改单据信息api" tabindex="-1">PATCH · 修改单据信息API <a class="header-anchor" href="#patch-·-修改单据信息api" aria-label="Permalink to &quot;PATCH · 修改单据信息API&quot;">​</a></h2><p>该接口只适用于修改已经审核失败的单据。</p><ul><li><code>PATCH https://api.mch.weixin.qq.com/v3/rate-activity/applications/id/{application_id}</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 通用接口</li><li>适用对象: 从业机构</li></ul><h3 id="request-1" tabindex="-1">Request <a class="header-anchor" href="#request-1" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>application_id</code></td><td>string</td><td>yes</td><td>申请单编号</td><td></td></tr><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>activity_detail_modification</code></td><td>object</td><td></td><td>活动报名修改信息</td><td></td></tr><tr><td> ├ <code>activity_rate</code></td><td>string</td><td></td><td>活动费率</td><td></td></tr><tr><td> └ <code>activity_apply_information</code></td><td>object[]</td><td></td><td>活动报名材料</td><td></td></tr><tr><td>  ├ <code>apply_material_id</code></td><td>string</td><td></td><td>材料ID</td><td></td></tr><tr><td>  └ <code>apply_material_information</code></td><td>string(MediaId)[]</td><td></td><td></td><td></td></tr><tr><td>└ <code>additional_information</code></td><td>object</td><td></td><td>补充信息</td><td></td></tr><tr><td> ├ <code>additional_message</code></td><td>string</td><td></td><td>补充说明</td><td></td></tr><tr><td> └ <code>additional_material</code></td><td>string(MediaId)[]</td><td></td><td></td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles-1" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles-1" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>patch</code> and <code>patchAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/rate-activity/applications/id/{application_id}&#39;][&#39;patch&#39;][&#39;options&#39;] = {
  application_id: &#39;20000011111&#39;,
  json: {},
};

// 1. $instance-&gt;v3-&gt;rateActivity-&gt;applications-&gt;id-&gt;_application_id_-&gt;patchAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.rateActivity.applications.id._application_id_.patchAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/rate-activity/applications/id/{application_id}&#39;)-&gt;patchAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/rate-activity/applications/id/{application_id}&#39;).patchAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/rate-activity/applications/id/{application_id}&#39;]-&gt;patchAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/rate-activity/applications/id/{application_id}&#39;].patchAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;rateActivity-&gt;applications-&gt;id-&gt;_application_id_-&gt;patch([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.rateActivity.applications.id._application_id_.patch(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/rate-activity/applications/id/{application_id}&#39;)-&gt;patch([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/rate-activity/applications/id/{application_id}&#39;).patch(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/rate-activity/applications/id/{application_id}&#39;]-&gt;patch([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/rate-activity/applications/id/{application_id}&#39;].patch(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer-1" tabindex="-1">Answer <a class="header-anchor" href="#answer-1" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>application_id</code></td><td>string</td><td>申请单编号</td><td></td></tr></tbody></table><h3 id="official-documentation-1" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation-1" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/rateactivity/chapter3_3.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/rate-activity/applications/id/_application_id_.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const _application_id_ = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  _application_id_ as default
};
