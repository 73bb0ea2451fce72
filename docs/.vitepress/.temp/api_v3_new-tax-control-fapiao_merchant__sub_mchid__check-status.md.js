import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"检查子商户开票功能状态 · v3/new-tax-control-fapiao/merchant/{sub_mchid}/check-status","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/new-tax-control-fapiao/merchant/_sub_mchid_/check-status.md","filePath":"api/v3/new-tax-control-fapiao/merchant/_sub_mchid_/check-status.md"}');
const _sfc_main = { name: "api/v3/new-tax-control-fapiao/merchant/_sub_mchid_/check-status.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="检查子商户开票功能状态-·-v3-new-tax-control-fapiao-merchant-sub-mchid-check-status" tabindex="-1">检查子商户开票功能状态 · <code>v3/new-tax-control-fapiao/merchant/{sub_mchid}/check-status</code> <a class="header-anchor" href="#检查子商户开票功能状态-·-v3-new-tax-control-fapiao-merchant-sub-mchid-check-status" aria-label="Permalink to &quot;检查子商户开票功能状态 · \`v3/new-tax-control-fapiao/merchant/{sub_mchid}/check-status\`&quot;">​</a></h1><p><a href="./../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get" tabindex="-1">GET <a class="header-anchor" href="#get" aria-label="Permalink to &quot;GET&quot;">​</a></h2><p>服务商检查子商户的电子发票功能状态是否正常，若商户已经开通API开票功能并已对服务商授权，则返回成功。</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/new-tax-control-fapiao/merchant/{sub_mchid}/check-status</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 经营工具∙电子发票</li><li>适用对象: 服务商, 渠道商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>sub_mchid</code></td><td>string</td><td>yes</td><td>子商户号</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/new-tax-control-fapiao/merchant/{sub_mchid}/check-status&#39;][&#39;get&#39;][&#39;options&#39;] = {
  sub_mchid: &#39;1900000109&#39;,
};

// 1. $instance-&gt;v3-&gt;newTaxControlFapiao-&gt;merchant-&gt;_sub_mchid_-&gt;checkStatus-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.newTaxControlFapiao.merchant._sub_mchid_.checkStatus.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/new-tax-control-fapiao/merchant/{sub_mchid}/check-status&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/new-tax-control-fapiao/merchant/{sub_mchid}/check-status&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/new-tax-control-fapiao/merchant/{sub_mchid}/check-status&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/new-tax-control-fapiao/merchant/{sub_mchid}/check-status&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;newTaxControlFapiao-&gt;merchant-&gt;_sub_mchid_-&gt;checkStatus-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.newTaxControlFapiao.merchant._sub_mchid_.checkStatus.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/new-tax-control-fapiao/merchant/{sub_mchid}/check-status&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/new-tax-control-fapiao/merchant/{sub_mchid}/check-status&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/new-tax-control-fapiao/merchant/{sub_mchid}/check-status&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/new-tax-control-fapiao/merchant/{sub_mchid}/check-status&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>sub_mchid</code></td><td>string</td><td>子商户号</td><td></td></tr><tr><td><code>third_mode</code></td><td>object</td><td>第三方开票模式</td><td></td></tr><tr><td>└ <code>status</code></td><td>string</td><td>第三方/自建发票能力接入状态</td><td><code>DISABLED</code>, <code>ENABLED</code></td></tr><tr><td><code>digital_tax_mode</code></td><td>object</td><td>数电发票模式</td><td></td></tr><tr><td>├ <code>status</code></td><td>string</td><td>接入状态</td><td><code>APPROVAL_PENDING</code>, <code>ACCESS_CONFIRMED_PENDING</code>, <code>ABILITY_CONFIRMED_PENDING</code>, <code>BILLING_PERSON_REGISTER_PENDING</code>, <code>BILLING_PERSON_CONFIRMED_PENDING</code>, <code>SECURITY_SETTING_PENDING</code>, <code>APPLY_FAILED</code>, <code>DISABLED</code>, <code>ENABLED</code>, <code>RESOURCE_EXPIRED</code></td></tr><tr><td>├ <code>billing_person_info</code></td><td>object</td><td>开票人信息</td><td></td></tr><tr><td> ├ <code>id</code></td><td>string</td><td>开票人ID</td><td></td></tr><tr><td> └ <code>name</code></td><td>string</td><td>开票人姓名</td><td></td></tr><tr><td>├ <code>access_time</code></td><td>string(rfc3339)</td><td>接入时间</td><td></td></tr><tr><td>├ <code>expired_time</code></td><td>string(rfc3339)</td><td>过期时间</td><td></td></tr><tr><td>├ <code>access_fail_reason</code></td><td>string</td><td>接入失败原因</td><td></td></tr><tr><td>└ <code>ability_info</code></td><td>object[]</td><td>能力信息</td><td></td></tr><tr><td> ├ <code>type</code></td><td>string</td><td>能力类型</td><td><code>BASE_ABILITY</code>, <code>PASSENGER_TRANSPORT_ABILITY</code>, <code>REAL_ESTATE_ABILITY</code></td></tr><tr><td> ├ <code>status</code></td><td>string</td><td>能力授权状态</td><td><code>AUTHORIZED</code>, <code>AUTHORIZE_PENDING</code>, <code>DEAUTHORIZED</code>, <code>AUTHORIZE_FAILED</code></td></tr><tr><td> └ <code>authorize_fail_reason</code></td><td>string</td><td>能力授权失败原因</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/new-tax-control-fapiao/merchant/_sub_mchid_/check-status.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const checkStatus = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  checkStatus as default
};
