import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"收付通子商户申请绑定支付分服务 · v3/payscore/partner/service-account-applications","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/payscore/partner/service-account-applications.md","filePath":"api/v3/payscore/partner/service-account-applications.md"}');
const _sfc_main = { name: "api/v3/payscore/partner/service-account-applications.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="收付通子商户申请绑定支付分服务-·-v3-payscore-partner-service-account-applications" tabindex="-1">收付通子商户申请绑定支付分服务 · <code>v3/payscore/partner/service-account-applications</code> <a class="header-anchor" href="#收付通子商户申请绑定支付分服务-·-v3-payscore-partner-service-account-applications" aria-label="Permalink to &quot;收付通子商户申请绑定支付分服务 · \`v3/payscore/partner/service-account-applications\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>已接入收付通的商户，在已完成支付分权限开通及服务入驻后，可通过该能力为关联的子商户完成与支付分服务的绑定</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/payscore/partner/service-account-applications</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 支付分∙服务商模式</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>service_id</code></td><td>string</td><td>yes</td><td>服务ID</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td>yes</td><td>服务商应用ID</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td>yes</td><td>子商户商户号</td><td></td></tr><tr><td>├ <code>sub_appid</code></td><td>string</td><td></td><td>子商户应用ID</td><td></td></tr><tr><td>├ <code>out_apply_no</code></td><td>string</td><td>yes</td><td>商户申请绑定单号</td><td></td></tr><tr><td>└ <code>result_notify_url</code></td><td>string</td><td></td><td>绑定结果回调通知地址</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/payscore/partner/service-account-applications&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    service_id: &#39;2002000000000558128851361561536&#39;,
    appid: &#39;wxd678efh567hg6787&#39;,
    sub_mchid: &#39;1900000109&#39;,
    sub_appid: &#39;wxd678efh567hg6787&#39;,
    out_apply_no: &#39;1234323JKHDFE1243252&#39;,
    result_notify_url: &#39;https://api.test.com&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;payscore-&gt;partner-&gt;serviceAccountApplications-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.payscore.partner.serviceAccountApplications.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/payscore/partner/service-account-applications&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/payscore/partner/service-account-applications&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/payscore/partner/service-account-applications&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/payscore/partner/service-account-applications&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;payscore-&gt;partner-&gt;serviceAccountApplications-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.payscore.partner.serviceAccountApplications.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/payscore/partner/service-account-applications&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/payscore/partner/service-account-applications&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/payscore/partner/service-account-applications&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/payscore/partner/service-account-applications&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>service_id</code></td><td>string</td><td>服务ID</td><td></td></tr><tr><td><code>mchid</code></td><td>string</td><td>服务商商户号</td><td></td></tr><tr><td><code>appid</code></td><td>string</td><td>服务商应用ID</td><td></td></tr><tr><td><code>sub_mchid</code></td><td>string</td><td>子商户商户号</td><td></td></tr><tr><td><code>sub_appid</code></td><td>string</td><td>子商户应用ID</td><td></td></tr><tr><td><code>out_apply_no</code></td><td>string</td><td>申请单号</td><td></td></tr><tr><td><code>result_notify_url</code></td><td>string</td><td>绑定结果回调通知地址</td><td></td></tr><tr><td><code>apply_state</code></td><td>string</td><td>受理状态</td><td></td></tr><tr><td><code>reject_reason</code></td><td>string</td><td>拒绝原因</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter6_2_13.shtml" target="_blank" rel="noreferrer">官方文档</a></li><li><a href="https://pay.weixin.qq.com/docs/partner/apis/partner-weixin-pay-score/partner-service-account/create-service-account-application.html" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/payscore/partner/service-account-applications.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const serviceAccountApplications = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  serviceAccountApplications as default
};
