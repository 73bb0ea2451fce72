import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"微工卡核身预下单（流程中完成授权） · v3/payroll-card/authentications/pre-order-with-auth","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/payroll-card/authentications/pre-order-with-auth.md","filePath":"api/v3/payroll-card/authentications/pre-order-with-auth.md"}');
const _sfc_main = { name: "api/v3/payroll-card/authentications/pre-order-with-auth.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="微工卡核身预下单-流程中完成授权-·-v3-payroll-card-authentications-pre-order-with-auth" tabindex="-1">微工卡核身预下单（流程中完成授权） · <code>v3/payroll-card/authentications/pre-order-with-auth</code> <a class="header-anchor" href="#微工卡核身预下单-流程中完成授权-·-v3-payroll-card-authentications-pre-order-with-auth" aria-label="Permalink to &quot;微工卡核身预下单（流程中完成授权） · \`v3/payroll-card/authentications/pre-order-with-auth\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>本接口适用于用户需同步完成服务开通、授权及身份核验的场景。在拉起微工卡前端服务为用户核身前，需调用本接口预下单，下单成功后才能进行核身。如此时用户未开通微工卡服务或未完成对商户的授权，则先完成开通、授权，同步完成身份核验，并提供可信的核验结果。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/payroll-card/authentications/pre-order-with-auth</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 运营工具∙用工卡</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>openid</code></td><td>string</td><td>yes</td><td>用户标识</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td></td><td>应用ID</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td>yes</td><td>子商户号</td><td></td></tr><tr><td>├ <code>sub_appid</code></td><td>string</td><td></td><td>子商户应用ID</td><td></td></tr><tr><td>├ <code>authenticate_number</code></td><td>string</td><td>yes</td><td>商家核身单号</td><td></td></tr><tr><td>├ <code>project_name</code></td><td>string</td><td>yes</td><td>项目名称</td><td></td></tr><tr><td>├ <code>employer_name</code></td><td>string</td><td>yes</td><td>用工单位名称</td><td></td></tr><tr><td>├ <code>user_name</code></td><td>string(base64)</td><td>yes</td><td>用户实名</td><td></td></tr><tr><td>├ <code>id_card_number</code></td><td>string(base64)</td><td>yes</td><td>用户证件号</td><td></td></tr><tr><td>├ <code>employment_type</code></td><td>string</td><td>yes</td><td>用工类型</td><td><code>LONG_TERM_EMPLOYMENT</code>, <code>SHORT_TERM_EMPLOYMENT</code>, <code>COOPERATION_EMPLOYMENT</code></td></tr><tr><td>└ <code>authenticate_type</code></td><td>string</td><td>yes</td><td>核身类型</td><td><code>SIGN_IN</code>, <code>INSURANCE</code>, <code>CONTRACT</code></td></tr><tr><td><code>headers</code></td><td>object</td><td>yes</td><td>Request headers</td><td></td></tr><tr><td>└ <code>Wechatpay-Serial</code></td><td>unknown</td><td>yes</td><td>微信支付公钥ID/平台证书序列号</td><td></td></tr></tbody></table><p><code>Wechatpay-Serial</code> is set by the SDK: to the platform key it encrypted with when <code>json</code> is built with <code>encrypt</code>, and to the <code>PUB_KEY_ID_…</code> in public-key mode.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/payroll-card/authentications/pre-order-with-auth&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    openid: &#39;onqOjjmo8wmTOOtSKwXtGjg9Gb58&#39;,
    appid: &#39;wxa1111111&#39;,
    sub_mchid: &#39;1111111&#39;,
    sub_appid: &#39;wxa1111111&#39;,
    authenticate_number: &#39;mcdhehfgisdhfjghed39384564i83&#39;,
    project_name: &#39;某项目&#39;,
    employer_name: &#39;某用工企业&#39;,
    user_name: &#39;LP7bT4hQXUsOZCEvK2YrSiqFsnP0oRMfeoLN0vBg&#39;,
    id_card_number: &#39;7FzH5XksJG3a8HLLsaaUV6K54y1OnPMY5&#39;,
    employment_type: &#39;LONG_TERM_EMPLOYMENT&#39;,
    authenticate_type: &#39;SIGN_IN&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;payrollCard-&gt;authentications-&gt;preOrderWithAuth-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.payrollCard.authentications.preOrderWithAuth.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/payroll-card/authentications/pre-order-with-auth&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/payroll-card/authentications/pre-order-with-auth&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/payroll-card/authentications/pre-order-with-auth&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/payroll-card/authentications/pre-order-with-auth&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;payrollCard-&gt;authentications-&gt;preOrderWithAuth-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.payrollCard.authentications.preOrderWithAuth.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/payroll-card/authentications/pre-order-with-auth&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/payroll-card/authentications/pre-order-with-auth&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/payroll-card/authentications/pre-order-with-auth&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/payroll-card/authentications/pre-order-with-auth&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>authenticate_number</code></td><td>string</td><td>商家核身单号</td><td></td></tr><tr><td><code>openid</code></td><td>string</td><td>用户标识</td><td></td></tr><tr><td><code>mchid</code></td><td>string</td><td>商户号</td><td></td></tr><tr><td><code>sub_mchid</code></td><td>string</td><td>子商户号</td><td></td></tr><tr><td><code>token</code></td><td>string</td><td>token值</td><td></td></tr><tr><td><code>expires_in</code></td><td>integer</td><td>token有效时间</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_1_29.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/payroll-card/authentications/pre-order-with-auth.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const preOrderWithAuth = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  preOrderWithAuth as default
};
