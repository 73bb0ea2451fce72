import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"通过加密手机号查询会员领卡状态API · v3/marketing/membercard-open/phonenumber-member/search","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/marketing/membercard-open/phonenumber-member/search.md","filePath":"api/v3/marketing/membercard-open/phonenumber-member/search.md"}');
const _sfc_main = { name: "api/v3/marketing/membercard-open/phonenumber-member/search.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="通过加密手机号查询会员领卡状态api-·-v3-marketing-membercard-open-phonenumber-member-search" tabindex="-1">通过加密手机号查询会员领卡状态API · <code>v3/marketing/membercard-open/phonenumber-member/search</code> <a class="header-anchor" href="#通过加密手机号查询会员领卡状态api-·-v3-marketing-membercard-open-phonenumber-member-search" aria-label="Permalink to &quot;通过加密手机号查询会员领卡状态API · \`v3/marketing/membercard-open/phonenumber-member/search\`&quot;">​</a></h1><p><a href="./../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get" tabindex="-1">GET <a class="header-anchor" href="#get" aria-label="Permalink to &quot;GET&quot;">​</a></h2><p>商户可查询导入成功的加密手机号是否已被用户领取。</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/marketing/membercard-open/phonenumber-member/search</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 会员卡</li><li>适用对象: 直连商户, 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>query</code></td><td>object</td><td>yes</td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>├ <code>card_id</code></td><td>string</td><td>yes</td><td>会员卡id</td><td></td></tr><tr><td>└ <code>encrypted_phone_number</code></td><td>string(base64)</td><td>yes</td><td>加密手机号</td><td></td></tr><tr><td><code>headers</code></td><td>object</td><td>yes</td><td>Request headers</td><td></td></tr><tr><td>└ <code>Wechatpay-Serial</code></td><td>unknown</td><td>yes</td><td>微信支付公钥ID/平台证书序列号</td><td></td></tr></tbody></table><p><code>Wechatpay-Serial</code> is set by the SDK: to the platform key it encrypted with when <code>json</code> is built with <code>encrypt</code>, and to the <code>PUB_KEY_ID_…</code> in public-key mode.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/marketing/membercard-open/phonenumber-member/search&#39;][&#39;get&#39;][&#39;options&#39;] = {
  query: {
    card_id: &#39;pbLatjvWOibDc5-TBnbUk1pD12o0&#39;,
    encrypted_phone_number: &#39;vvysDQeEaH3I+wRh14St0abIkvQyFgh/fbWYSs2bLtG9tj+bdJn4WSCPzLyXnFbzaaKSE2j4mAFON3kzNexb/SYkHZNJAuCittaW4wpGj7U+h9A==&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;marketing-&gt;membercardOpen-&gt;phonenumberMember-&gt;search-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.marketing.membercardOpen.phonenumberMember.search.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/marketing/membercard-open/phonenumber-member/search&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/marketing/membercard-open/phonenumber-member/search&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/marketing/membercard-open/phonenumber-member/search&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/marketing/membercard-open/phonenumber-member/search&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;marketing-&gt;membercardOpen-&gt;phonenumberMember-&gt;search-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.marketing.membercardOpen.phonenumberMember.search.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/marketing/membercard-open/phonenumber-member/search&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/marketing/membercard-open/phonenumber-member/search&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/marketing/membercard-open/phonenumber-member/search&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/marketing/membercard-open/phonenumber-member/search&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>receive_status</code></td><td>string</td><td>用户领取状态</td><td><code>UNSHOWED</code>, <code>UNRECEIVED</code>, <code>RECEIVED</code></td></tr><tr><td><code>user_card_information</code></td><td>object</td><td>用户会员卡信息</td><td></td></tr><tr><td>├ <code>code</code></td><td>string</td><td>会员卡code</td><td></td></tr><tr><td>├ <code>openid</code></td><td>string</td><td>用户标识</td><td></td></tr><tr><td>├ <code>unionid</code></td><td>string</td><td>用户标识</td><td></td></tr><tr><td>├ <code>receive_time</code></td><td>string(rfc3339)</td><td>会员卡领取时间</td><td></td></tr><tr><td>├ <code>card_appid</code></td><td>string</td><td>品牌appid</td><td></td></tr><tr><td>└ <code>card_id</code></td><td>string</td><td>会员卡id</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/membercard_open/chapter4_2.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/marketing/membercard-open/phonenumber-member/search.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const search = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  search as default
};
