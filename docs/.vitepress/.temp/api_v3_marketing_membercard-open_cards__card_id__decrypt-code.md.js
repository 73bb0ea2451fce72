import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"加密code解码（跳转型激活）API · v3/marketing/membercard-open/cards/{card_id}/decrypt-code","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/marketing/membercard-open/cards/_card_id_/decrypt-code.md","filePath":"api/v3/marketing/membercard-open/cards/_card_id_/decrypt-code.md"}');
const _sfc_main = { name: "api/v3/marketing/membercard-open/cards/_card_id_/decrypt-code.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="加密code解码-跳转型激活-api-·-v3-marketing-membercard-open-cards-card-id-decrypt-code" tabindex="-1">加密code解码（跳转型激活）API · <code>v3/marketing/membercard-open/cards/{card_id}/decrypt-code</code> <a class="header-anchor" href="#加密code解码-跳转型激活-api-·-v3-marketing-membercard-open-cards-card-id-decrypt-code" aria-label="Permalink to &quot;加密code解码（跳转型激活）API · \`v3/marketing/membercard-open/cards/{card_id}/decrypt-code\`&quot;">​</a></h1><p><a href="./../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get" tabindex="-1">GET <a class="header-anchor" href="#get" aria-label="Permalink to &quot;GET&quot;">​</a></h2><p>如果商家选择跳转激活的投放方式，用户点击开卡跳转至商家H5网页/小程序时，会员组件会在跳转链接activate_url后拼接若干个参数，包括：用户的openid、加密的会员code(encrypt_code)、激活ticket(activate_ticket)。对于加密的encrypt_code，商家可调用此api解码接口，获取真实code。</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/marketing/membercard-open/cards/{card_id}/decrypt-code</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 会员卡∙运营投放</li><li>适用对象: 直连商户, 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>card_id</code></td><td>string</td><td>yes</td><td>会员卡id</td><td></td></tr><tr><td><code>query</code></td><td>object</td><td>yes</td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>└ <code>encrypt_code</code></td><td>string</td><td>yes</td><td>加密code</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/marketing/membercard-open/cards/{card_id}/decrypt-code&#39;][&#39;get&#39;][&#39;options&#39;] = {
  card_id: &#39;pbLatjvWOibDc5-TBnbUk1pD12o0&#39;,
  query: { encrypt_code: &#39;XXIzTtMqCxwOaawoE91+VJdsFmv7b8g0VZIZkqf4GWA60Fzpc8ksZ/5ZZ0DVkXdE&#39; },
};

// 1. $instance-&gt;v3-&gt;marketing-&gt;membercardOpen-&gt;cards-&gt;_card_id_-&gt;decryptCode-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.marketing.membercardOpen.cards._card_id_.decryptCode.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/marketing/membercard-open/cards/{card_id}/decrypt-code&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/marketing/membercard-open/cards/{card_id}/decrypt-code&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/marketing/membercard-open/cards/{card_id}/decrypt-code&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/marketing/membercard-open/cards/{card_id}/decrypt-code&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;marketing-&gt;membercardOpen-&gt;cards-&gt;_card_id_-&gt;decryptCode-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.marketing.membercardOpen.cards._card_id_.decryptCode.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/marketing/membercard-open/cards/{card_id}/decrypt-code&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/marketing/membercard-open/cards/{card_id}/decrypt-code&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/marketing/membercard-open/cards/{card_id}/decrypt-code&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/marketing/membercard-open/cards/{card_id}/decrypt-code&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>code</code></td><td>string</td><td>会员卡code</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/membercard_open/chapter4_4.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/marketing/membercard-open/cards/_card_id_/decrypt-code.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const decryptCode = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  decryptCode as default
};
