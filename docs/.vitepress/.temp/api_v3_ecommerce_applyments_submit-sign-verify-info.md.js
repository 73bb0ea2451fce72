import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"平台代理签约核身 · v3/ecommerce/applyments/submit-sign-verify-info","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/ecommerce/applyments/submit-sign-verify-info.md","filePath":"api/v3/ecommerce/applyments/submit-sign-verify-info.md"}');
const _sfc_main = { name: "api/v3/ecommerce/applyments/submit-sign-verify-info.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="平台代理签约核身-·-v3-ecommerce-applyments-submit-sign-verify-info" tabindex="-1">平台代理签约核身 · <code>v3/ecommerce/applyments/submit-sign-verify-info</code> <a class="header-anchor" href="#平台代理签约核身-·-v3-ecommerce-applyments-submit-sign-verify-info" aria-label="Permalink to &quot;平台代理签约核身 · \`v3/ecommerce/applyments/submit-sign-verify-info\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>接口适用场景：账号托管类平台商户进件申请流程中，在申请单中声明“走平台代理签约和代理核身入驻模式”时，可使用该接口传入代理签约和代理核身的信息。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/ecommerce/applyments/submit-sign-verify-info</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 收付通∙进件</li><li>适用对象: 电商平台</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>out_request_no</code></td><td>string</td><td>yes</td><td>业务申请编号</td><td></td></tr><tr><td>├ <code>applyment_id</code></td><td>integer</td><td></td><td>微信支付申请单号</td><td></td></tr><tr><td>├ <code>pre_sign_time</code></td><td>string</td><td></td><td>预签署微信支付协议时间</td><td></td></tr><tr><td>└ <code>proxy_verify_identity_info</code></td><td>object</td><td></td><td>平台代理核身信息</td><td></td></tr><tr><td> ├ <code>verify_identity_type</code></td><td>string</td><td>yes</td><td>核身方式</td><td><code>VERIFY_IDENTITY_TYPE_FACE_TO_FACE</code>, <code>VERIFY_IDENTITY_TYPE_REMOTE</code></td></tr><tr><td> └ <code>verify_identity_result</code></td><td>boolean</td><td>yes</td><td>核身结果</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/ecommerce/applyments/submit-sign-verify-info&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    out_request_no: &#39;1900013511_10000&#39;,
    applyment_id: 2000002124775691,
    pre_sign_time: &#39;2018-06-08T10:34:56+08:00&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;ecommerce-&gt;applyments-&gt;submitSignVerifyInfo-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.ecommerce.applyments.submitSignVerifyInfo.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/ecommerce/applyments/submit-sign-verify-info&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/ecommerce/applyments/submit-sign-verify-info&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/ecommerce/applyments/submit-sign-verify-info&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/ecommerce/applyments/submit-sign-verify-info&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;ecommerce-&gt;applyments-&gt;submitSignVerifyInfo-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.ecommerce.applyments.submitSignVerifyInfo.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/ecommerce/applyments/submit-sign-verify-info&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/ecommerce/applyments/submit-sign-verify-info&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/ecommerce/applyments/submit-sign-verify-info&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/ecommerce/applyments/submit-sign-verify-info&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>applyment_id</code></td><td>integer</td><td>微信支付申请单号</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/ecommerce/applyments/submit-sign-verify-info.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const submitSignVerifyInfo = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  submitSignVerifyInfo as default
};
