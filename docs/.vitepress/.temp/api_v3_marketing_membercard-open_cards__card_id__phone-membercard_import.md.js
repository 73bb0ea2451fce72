import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"根据手机号导入用户会员卡API · v3/marketing/membercard-open/cards/{card_id}/phone-membercard/import","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/marketing/membercard-open/cards/_card_id_/phone-membercard/import.md","filePath":"api/v3/marketing/membercard-open/cards/_card_id_/phone-membercard/import.md"}');
const _sfc_main = { name: "api/v3/marketing/membercard-open/cards/_card_id_/phone-membercard/import.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="根据手机号导入用户会员卡api-·-v3-marketing-membercard-open-cards-card-id-phone-membercard-import" tabindex="-1">根据手机号导入用户会员卡API · <code>v3/marketing/membercard-open/cards/{card_id}/phone-membercard/import</code> <a class="header-anchor" href="#根据手机号导入用户会员卡api-·-v3-marketing-membercard-open-cards-card-id-phone-membercard-import" aria-label="Permalink to &quot;根据手机号导入用户会员卡API · \`v3/marketing/membercard-open/cards/{card_id}/phone-membercard/import\`&quot;">​</a></h1><p><a href="./../../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>商户可通过加密后的用户手机号，将存量会员通过接口导入至微信侧后台。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/marketing/membercard-open/cards/{card_id}/phone-membercard/import</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 会员卡</li><li>适用对象: 直连商户, 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>card_id</code></td><td>string</td><td>yes</td><td>会员卡ID</td><td></td></tr><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>encrypted_phone_number</code></td><td>string(base64)</td><td>yes</td><td>用户加密手机号</td><td></td></tr><tr><td>├ <code>code</code></td><td>string</td><td></td><td>会员卡code</td><td></td></tr><tr><td>└ <code>out_request_no</code></td><td>string</td><td>yes</td><td>商户请求单号</td><td></td></tr><tr><td><code>headers</code></td><td>object</td><td>yes</td><td>Request headers</td><td></td></tr><tr><td>└ <code>Wechatpay-Serial</code></td><td>unknown</td><td>yes</td><td>微信支付公钥ID/平台证书序列号</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><p><code>Wechatpay-Serial</code> is set by the SDK: to the platform key it encrypted with when <code>json</code> is built with <code>encrypt</code>, and to the <code>PUB_KEY_ID_…</code> in public-key mode.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/marketing/membercard-open/cards/{card_id}/phone-membercard/import&#39;][&#39;post&#39;][&#39;options&#39;] = {
  card_id: &#39;pbLatjvWOibDc5-TBnbUk1pD12o0&#39;,
  json: {
    encrypted_phone_number: &#39;vvysDQeEaH3I+wRh14St0aaKSE2j4mAFON3kzNexb/SYkHZNJAuCittaW4wpGj7U+h9A==&#39;,
    code: &#39;478515832665&#39;,
    out_request_no: &#39;100002322019090134234sfdf&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;marketing-&gt;membercardOpen-&gt;cards-&gt;_card_id_-&gt;phoneMembercard-&gt;import-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.marketing.membercardOpen.cards._card_id_.phoneMembercard.import.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/marketing/membercard-open/cards/{card_id}/phone-membercard/import&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/marketing/membercard-open/cards/{card_id}/phone-membercard/import&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/marketing/membercard-open/cards/{card_id}/phone-membercard/import&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/marketing/membercard-open/cards/{card_id}/phone-membercard/import&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;marketing-&gt;membercardOpen-&gt;cards-&gt;_card_id_-&gt;phoneMembercard-&gt;import-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.marketing.membercardOpen.cards._card_id_.phoneMembercard.import.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/marketing/membercard-open/cards/{card_id}/phone-membercard/import&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/marketing/membercard-open/cards/{card_id}/phone-membercard/import&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/marketing/membercard-open/cards/{card_id}/phone-membercard/import&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/marketing/membercard-open/cards/{card_id}/phone-membercard/import&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>code</code></td><td>string</td><td>会员卡code</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/marketing/membercard-open/cards/_card_id_/phone-membercard/import.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const _import = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  _import as default
};
