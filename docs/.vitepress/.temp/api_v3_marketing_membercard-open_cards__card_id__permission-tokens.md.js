import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"商户预授权 · v3/marketing/membercard-open/cards/{card_id}/permission-tokens","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/marketing/membercard-open/cards/_card_id_/permission-tokens.md","filePath":"api/v3/marketing/membercard-open/cards/_card_id_/permission-tokens.md"}');
const _sfc_main = { name: "api/v3/marketing/membercard-open/cards/_card_id_/permission-tokens.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="商户预授权-·-v3-marketing-membercard-open-cards-card-id-permission-tokens" tabindex="-1">商户预授权 · <code>v3/marketing/membercard-open/cards/{card_id}/permission-tokens</code> <a class="header-anchor" href="#商户预授权-·-v3-marketing-membercard-open-cards-card-id-permission-tokens" aria-label="Permalink to &quot;商户预授权 · \`v3/marketing/membercard-open/cards/{card_id}/permission-tokens\`&quot;">​</a></h1><p><a href="./../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>生成商户预授权投放会员卡的凭证</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/marketing/membercard-open/cards/{card_id}/permission-tokens</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 会员卡∙运营投放</li><li>适用对象: 直连商户, 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>card_id</code></td><td>string</td><td>yes</td><td>会员卡模板id</td><td></td></tr><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>activate_type</code></td><td>string</td><td>yes</td><td>激活类型</td><td></td></tr><tr><td>├ <code>navigate_back_previous_page</code></td><td>boolean</td><td></td><td>设置用户在开卡完成后，是否返回拉起开卡组件的商家页面</td><td></td></tr><tr><td>├ <code>activate_url</code></td><td>string</td><td></td><td>跳转激活的url</td><td></td></tr><tr><td>├ <code>activate_appid</code></td><td>string</td><td></td><td>跳转激活的appid</td><td></td></tr><tr><td>├ <code>activate_path</code></td><td>string</td><td></td><td>跳转激活的path</td><td></td></tr><tr><td>└ <code>outer_str</code></td><td>string</td><td></td><td>自定义场景值</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/marketing/membercard-open/cards/{card_id}/permission-tokens&#39;][&#39;post&#39;][&#39;options&#39;] = {
  card_id: &#39;pbLatjvWOibDc5-TBnbUk1pD12o0&#39;,
  json: {
    activate_type: &#39;AUTO_ACTIVATE&#39;,
    activate_url: &#39;https://w.url.cn/s/Ahz3p2C&#39;,
    activate_appid: &#39;wxea9c30a90fs8d3fe&#39;,
    activate_path: &#39;pages/activate/activate&#39;,
    outer_str: &#39;szwxtd&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;marketing-&gt;membercardOpen-&gt;cards-&gt;_card_id_-&gt;permissionTokens-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.marketing.membercardOpen.cards._card_id_.permissionTokens.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/marketing/membercard-open/cards/{card_id}/permission-tokens&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/marketing/membercard-open/cards/{card_id}/permission-tokens&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/marketing/membercard-open/cards/{card_id}/permission-tokens&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/marketing/membercard-open/cards/{card_id}/permission-tokens&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;marketing-&gt;membercardOpen-&gt;cards-&gt;_card_id_-&gt;permissionTokens-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.marketing.membercardOpen.cards._card_id_.permissionTokens.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/marketing/membercard-open/cards/{card_id}/permission-tokens&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/marketing/membercard-open/cards/{card_id}/permission-tokens&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/marketing/membercard-open/cards/{card_id}/permission-tokens&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/marketing/membercard-open/cards/{card_id}/permission-tokens&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>permission_token</code></td><td>string</td><td>预授权token</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/membercard_open/chapter4_7.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/marketing/membercard-open/cards/_card_id_/permission-tokens.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const permissionTokens = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  permissionTokens as default
};
