import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"领取资格(透传模式) · v3/gov/subsidy/qualifications/passthrough/claim","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/gov/subsidy/qualifications/passthrough/claim.md","filePath":"api/v3/gov/subsidy/qualifications/passthrough/claim.md"}');
const _sfc_main = { name: "api/v3/gov/subsidy/qualifications/passthrough/claim.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="领取资格-透传模式-·-v3-gov-subsidy-qualifications-passthrough-claim" tabindex="-1">领取资格(透传模式) · <code>v3/gov/subsidy/qualifications/passthrough/claim</code> <a class="header-anchor" href="#领取资格-透传模式-·-v3-gov-subsidy-qualifications-passthrough-claim" aria-label="Permalink to &quot;领取资格(透传模式) · \`v3/gov/subsidy/qualifications/passthrough/claim\`&quot;">​</a></h1><p><a href="./../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>领取资格</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/gov/subsidy/qualifications/passthrough/claim</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 国补专区, 江苏</li><li>适用对象: 电商平台, 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>real_name</code></td><td>string(base64)</td><td>yes</td><td>自然人姓名</td><td></td></tr><tr><td>├ <code>id_card_number</code></td><td>string(base64)</td><td>yes</td><td>自然人证件号</td><td></td></tr><tr><td>├ <code>phone_number</code></td><td>string(base64)</td><td>yes</td><td>手机号</td><td></td></tr><tr><td>├ <code>appliance_id</code></td><td>number</td><td></td><td>消费品类ID</td><td><code>1</code>, <code>2</code>, <code>3</code>, <code>4</code>, <code>5</code>, <code>6</code>, <code>7</code>, <code>8</code>, <code>9</code>, <code>10</code>, <code>11</code>, <code>12</code>, <code>13</code>, <code>14</code>, <code>15</code>, <code>16</code>, <code>17</code></td></tr><tr><td>├ <code>qualification_region_code</code></td><td>number</td><td>yes</td><td>使用的资格的地区编码</td><td></td></tr><tr><td>├ <code>identity_document_type</code></td><td>string</td><td>yes</td><td>证件类型</td><td><code>ID_DOC_TYPE_ID_CARD</code>, <code>ID_DOC_TYPE_MAINLAND_TRAVEL_PERMIT_FOR_HK_MC</code>, <code>ID_DOC_TYPE_MAINLAND_TRAVEL_PERMIT_FOR_TW</code></td></tr><tr><td>├ <code>longitude</code></td><td>string</td><td>yes</td><td>经度</td><td></td></tr><tr><td>└ <code>latitude</code></td><td>string</td><td>yes</td><td>纬度</td><td></td></tr><tr><td><code>headers</code></td><td>object</td><td>yes</td><td>Request headers</td><td></td></tr><tr><td>└ <code>Wechatpay-Serial</code></td><td>unknown</td><td>yes</td><td>微信支付公钥ID/平台证书序列号</td><td></td></tr></tbody></table><p><code>Wechatpay-Serial</code> is set by the SDK: to the platform key it encrypted with when <code>json</code> is built with <code>encrypt</code>, and to the <code>PUB_KEY_ID_…</code> in public-key mode.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/gov/subsidy/qualifications/passthrough/claim&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    real_name: &#39;OEimkKuua8igpd+0YDgqF2Z61l=&#39;,
    id_card_number: &#39;1axtI9EZUr0343c89xQznxau+cRWPKP4YhVAoj/mEoNSgJh0nvuqQJ1cdL==&#39;,
    phone_number: &#39;1axtI9EZUr0343c89xQznxau+cRWPKP4YhVAoj/nunesXwq9ogPnSj7EDA==&#39;,
    appliance_id: 1,
    qualification_region_code: 310100,
    identity_document_type: &#39;ID_DOC_TYPE_ID_CARD&#39;,
    longitude: &#39;&lt;longitude&gt;&#39;,
    latitude: &#39;&lt;latitude&gt;&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;gov-&gt;subsidy-&gt;qualifications-&gt;passthrough-&gt;claim-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.gov.subsidy.qualifications.passthrough.claim.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/gov/subsidy/qualifications/passthrough/claim&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/gov/subsidy/qualifications/passthrough/claim&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/gov/subsidy/qualifications/passthrough/claim&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/gov/subsidy/qualifications/passthrough/claim&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;gov-&gt;subsidy-&gt;qualifications-&gt;passthrough-&gt;claim-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.gov.subsidy.qualifications.passthrough.claim.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/gov/subsidy/qualifications/passthrough/claim&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/gov/subsidy/qualifications/passthrough/claim&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/gov/subsidy/qualifications/passthrough/claim&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/gov/subsidy/qualifications/passthrough/claim&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>code</code></td><td>string</td><td>响应码</td><td></td></tr><tr><td><code>message</code></td><td>string</td><td>响应描述</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/gov/subsidy/qualifications/passthrough/claim.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const claim = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  claim as default
};
