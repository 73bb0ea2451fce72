import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"授权获取code · v2/appauth/authindex","description":"","frontmatter":{},"headers":[],"relativePath":"api/v2/appauth/authindex.md","filePath":"api/v2/appauth/authindex.md"}');
const _sfc_main = { name: "api/v2/appauth/authindex.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="授权获取code-·-v2-appauth-authindex" tabindex="-1">授权获取code · <code>v2/appauth/authindex</code> <a class="header-anchor" href="#授权获取code-·-v2-appauth-authindex" aria-label="Permalink to &quot;授权获取code · \`v2/appauth/authindex\`&quot;">​</a></h1><p><a href="./../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get" tabindex="-1">GET <a class="header-anchor" href="#get" aria-label="Permalink to &quot;GET&quot;">​</a></h2><p>使用标准OAuth2.0协议接入微信支付，在用户授权的条件下，将可以做到访问用户资源，使用接口调用用户功能（如获取用户实名信息等</p><ul><li><code>GET https://api.mch.weixin.qq.com/appauth/authindex</code></li><li>APIv2: XML, signed with the APIv2 key (<code>secret</code>)</li><li>Merchant API client certificate: not required</li><li>Product: APIv2∙实名校验</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>query</code></td><td>object</td><td>yes</td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>├ <code>mch_id</code></td><td>string</td><td>yes</td><td>商户号</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td>yes</td><td>应用ID</td><td></td></tr><tr><td>├ <code>redirect_uri</code></td><td>string</td><td>yes</td><td>重定向地址，需要urlencode，需在支付安全域下(商户平台上配置“支付授权目录”)。</td><td></td></tr><tr><td>├ <code>response_type</code></td><td>string</td><td>yes</td><td>固定填<code>code</code></td><td><code>code</code></td></tr><tr><td>├ <code>scope</code></td><td>string</td><td>yes</td><td>应用授权作用域</td><td><code>pay_identity</code>, <code>pay_realname</code></td></tr><tr><td>└ <code>state</code></td><td>string</td><td>yes</td><td>随机字符串，回调时将带上该参数</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({ mchid: &#39;1230000109&#39;, secret: process.env.WECHATPAY_APIV2_KEY! });

const options: Endpoints[&#39;v2/appauth/authindex&#39;][&#39;get&#39;][&#39;options&#39;] = {
  query: {
    mch_id: &#39;1230000109&#39;,
    appid: &#39;wxd678efh567hg6787&#39;,
    redirect_uri: &#39;https://weixin.qq.com/i-am-a-fake-uri&#39;,
    response_type: &#39;code&#39;,
    scope: &#39;pay_identity&#39;,
    state: &#39;STATE&#39;,
  },
};

// 1. $instance-&gt;v2-&gt;appauth-&gt;authindex-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v2.appauth.authindex.getAsync(options).then((response) =&gt; console.log(response.status));

// 2. $instance-&gt;chain(&#39;v2/appauth/authindex&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v2/appauth/authindex&#39;).getAsync(options).then((response) =&gt; console.log(response.status));

// 3. $instance[&#39;v2/appauth/authindex&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v2/appauth/authindex&#39;].getAsync(options).then((response) =&gt; console.log(response.status));

// 4. $response = $instance-&gt;v2-&gt;appauth-&gt;authindex-&gt;get([…]); echo $response-&gt;getStatusCode();
const byProperty = await wx.v2.appauth.authindex.get(options);
console.log(byProperty.status);

// 5. $response = $instance-&gt;chain(&#39;v2/appauth/authindex&#39;)-&gt;get([…]); echo $response-&gt;getStatusCode();
const byChain = await wx.chain(&#39;v2/appauth/authindex&#39;).get(options);
console.log(byChain.status);

// 6. $response = $instance[&#39;v2/appauth/authindex&#39;]-&gt;get([…]); echo $response-&gt;getStatusCode();
const byPath = await wx[&#39;v2/appauth/authindex&#39;].get(options);
console.log(byPath.status);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><p>The description gives no 2xx answer (it lists <code>302</code>).</p><p>A signed answer&#39;s <code>sign</code> is checked before you see it. A <code>return_code</code> or <code>result_code</code> other than <code>SUCCESS</code> rejects with a <code>BusinessError</code>.</p><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/api/realnameauth.php?chapter=60_1&amp;index=2" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v2/appauth/authindex.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const authindex = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  authindex as default
};
