import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"通过code换取accesstoken · v2/appauth/getaccesstoken","description":"","frontmatter":{},"headers":[],"relativePath":"api/v2/appauth/getaccesstoken.md","filePath":"api/v2/appauth/getaccesstoken.md"}');
const _sfc_main = { name: "api/v2/appauth/getaccesstoken.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="通过code换取accesstoken-·-v2-appauth-getaccesstoken" tabindex="-1">通过code换取accesstoken · <code>v2/appauth/getaccesstoken</code> <a class="header-anchor" href="#通过code换取accesstoken-·-v2-appauth-getaccesstoken" aria-label="Permalink to &quot;通过code换取accesstoken · \`v2/appauth/getaccesstoken\`&quot;">​</a></h1><p><a href="./../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get" tabindex="-1">GET <a class="header-anchor" href="#get" aria-label="Permalink to &quot;GET&quot;">​</a></h2><p>获取微信用户的授权, 需要使用微信支付提供的 OAuth2.0 服务.用授权小程序得到的授权码调用OAuth2.0接口access_token.</p><ul><li><code>GET https://api.mch.weixin.qq.com/appauth/getaccesstoken</code></li><li>APIv2: XML, signed with the APIv2 key (<code>secret</code>)</li><li>Merchant API client certificate: not required</li><li>Product: APIv2∙实名校验</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>query</code></td><td>object</td><td>yes</td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>├ <code>mch_id</code></td><td>string</td><td>yes</td><td>商户号</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td>yes</td><td>应用ID</td><td></td></tr><tr><td>├ <code>openid</code></td><td>string</td><td>yes</td><td>微信openID</td><td></td></tr><tr><td>├ <code>code</code></td><td>string</td><td>yes</td><td>第一步返回的auth_code</td><td></td></tr><tr><td>├ <code>grant_type</code></td><td>string</td><td>yes</td><td>固定值<code>authorization_code</code></td><td><code>authorization_code</code></td></tr><tr><td>├ <code>scope</code></td><td>string</td><td>yes</td><td>应用授权作用域</td><td><code>pay_identity</code></td></tr><tr><td>├ <code>sign_type</code></td><td>string</td><td>yes</td><td>签名类型</td><td><code>HMAC-SHA256</code></td></tr><tr><td>└ <code>sign</code></td><td>string</td><td>yes</td><td>签名</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, Transformer, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({ mchid: &#39;1200009811&#39;, secret: process.env.WECHATPAY_APIV2_KEY! });

const options: Endpoints[&#39;v2/appauth/getaccesstoken&#39;][&#39;get&#39;][&#39;options&#39;] = {
  query: {
    mch_id: &#39;1200009811&#39;,
    appid: &#39;wxcbda96de0b165486&#39;,
    openid: &#39;baf04e6bbbd06f7b1a197d18ed53b7f1&#39;,
    code: &#39;wxcbda96de0b165489&#39;,
    grant_type: &#39;authorization_code&#39;,
    scope: &#39;pay_identity&#39;,
    sign_type: &#39;HMAC-SHA256&#39;,
    sign: &#39;C380BEC2BFD727A4B6845133519F3AD6&#39;,
  },
};

// 1. $instance-&gt;v2-&gt;appauth-&gt;getaccesstoken-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v2.appauth.getaccesstoken.getAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 2. $instance-&gt;chain(&#39;v2/appauth/getaccesstoken&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v2/appauth/getaccesstoken&#39;).getAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 3. $instance[&#39;v2/appauth/getaccesstoken&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v2/appauth/getaccesstoken&#39;].getAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 4. $response = $instance-&gt;v2-&gt;appauth-&gt;getaccesstoken-&gt;get([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byProperty = await wx.v2.appauth.getaccesstoken.get(options);
console.log(Transformer.toArray(byProperty.body));

// 5. $response = $instance-&gt;chain(&#39;v2/appauth/getaccesstoken&#39;)-&gt;get([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byChain = await wx.chain(&#39;v2/appauth/getaccesstoken&#39;).get(options);
console.log(Transformer.toArray(byChain.body));

// 6. $response = $instance[&#39;v2/appauth/getaccesstoken&#39;]-&gt;get([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byPath = await wx[&#39;v2/appauth/getaccesstoken&#39;].get(options);
console.log(Transformer.toArray(byPath.body));
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>retcode</code></td><td>number</td><td>返回状态码</td><td><code>0</code>, <code>-1</code></td></tr><tr><td><code>retmsg</code></td><td>string</td><td>处理成功，返回ok</td><td></td></tr><tr><td><code>access_token</code></td><td>string</td><td>接口调用凭证</td><td></td></tr><tr><td><code>access_token_expire_in</code></td><td>integer</td><td>请求返回的access_token过期时间，以秒为单位，有效期较短</td><td></td></tr><tr><td><code>refresh_token</code></td><td>string</td><td>refresh令牌</td><td></td></tr><tr><td><code>refresh_token_expire_in</code></td><td>number</td><td>refresh_token过期时间，以秒为单位，有效期较长</td><td></td></tr></tbody></table><p>A signed answer&#39;s <code>sign</code> is checked before you see it. A <code>return_code</code> or <code>result_code</code> other than <code>SUCCESS</code> rejects with a <code>BusinessError</code>.</p><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/api/realnameauth.php?chapter=60_2&amp;index=3" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v2/appauth/getaccesstoken.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const getaccesstoken = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  getaccesstoken as default
};
