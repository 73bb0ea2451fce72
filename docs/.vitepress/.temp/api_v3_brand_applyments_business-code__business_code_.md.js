import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"根据业务申请编号查询申请状态 · v3/brand/applyments/business-code/{business_code}","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/brand/applyments/business-code/_business_code_.md","filePath":"api/v3/brand/applyments/business-code/_business_code_.md"}');
const _sfc_main = { name: "api/v3/brand/applyments/business-code/_business_code_.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="根据业务申请编号查询申请状态-·-v3-brand-applyments-business-code-business-code" tabindex="-1">根据业务申请编号查询申请状态 · <code>v3/brand/applyments/business-code/{business_code}</code> <a class="header-anchor" href="#根据业务申请编号查询申请状态-·-v3-brand-applyments-business-code-business-code" aria-label="Permalink to &quot;根据业务申请编号查询申请状态 · \`v3/brand/applyments/business-code/{business_code}\`&quot;">​</a></h1><p><a href="./../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get" tabindex="-1">GET <a class="header-anchor" href="#get" aria-label="Permalink to &quot;GET&quot;">​</a></h2><p>接口适用场景：当服务商提交申请单后，需要定期调用此接口查询申请单的审核状态。</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/brand/applyments/business-code/{business_code}</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 经营工具∙品牌入驻</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>business_code</code></td><td>string</td><td>yes</td><td>业务申请编号</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/brand/applyments/business-code/{business_code}&#39;][&#39;get&#39;][&#39;options&#39;] = {
  business_code: &#39;1900013511_10000&#39;,
};

// 1. $instance-&gt;v3-&gt;brand-&gt;applyments-&gt;businessCode-&gt;_business_code_-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.brand.applyments.businessCode._business_code_.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/brand/applyments/business-code/{business_code}&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/brand/applyments/business-code/{business_code}&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/brand/applyments/business-code/{business_code}&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/brand/applyments/business-code/{business_code}&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;brand-&gt;applyments-&gt;businessCode-&gt;_business_code_-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.brand.applyments.businessCode._business_code_.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/brand/applyments/business-code/{business_code}&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/brand/applyments/business-code/{business_code}&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/brand/applyments/business-code/{business_code}&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/brand/applyments/business-code/{business_code}&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>applyment_id</code></td><td>string</td><td>微信支付申请单号</td><td></td></tr><tr><td><code>business_code</code></td><td>string</td><td>业务申请编号</td><td></td></tr><tr><td><code>applyment_state</code></td><td>string</td><td>申请状态</td><td><code>APPLYMENT_STATE_UNKNOWN</code>, <code>APPLYMENT_STATE_UNSUBMITTED</code>, <code>APPLYMENT_STATE_WAITING_VALIDATE</code>, <code>APPLYMENT_STATE_WAITING_AUDIT</code>, <code>APPLYMENT_STATE_WAITING_AUTH</code>, <code>APPLYMENT_STATE_OPEN_ACCOUNT</code>, <code>APPLYMENT_STATE_FINISH</code>, <code>APPLYMENT_STATE_AUDIT_REJECTED</code>, <code>APPLYMENT_STATE_CANCELED</code></td></tr><tr><td><code>applyment_state_desc</code></td><td>string</td><td>申请状态说明</td><td></td></tr><tr><td><code>authorization_confirmation_qr_code</code></td><td>string</td><td>授权确认二维码链接</td><td></td></tr><tr><td><code>reject_reason</code></td><td>string</td><td>驳回原因</td><td></td></tr><tr><td><code>brand_id</code></td><td>string</td><td>品牌ID</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/brand/applyments/business-code/_business_code_.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const _business_code_ = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  _business_code_ as default
};
