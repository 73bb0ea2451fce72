import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"商户签名验签／加解密测试 · v3/security/echo","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/security/echo.md","filePath":"api/v3/security/echo.md"}');
const _sfc_main = { name: "api/v3/security/echo.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="商户签名验签-加解密测试-·-v3-security-echo" tabindex="-1">商户签名验签／加解密测试 · <code>v3/security/echo</code> <a class="header-anchor" href="#商户签名验签-加解密测试-·-v3-security-echo" aria-label="Permalink to &quot;商户签名验签／加解密测试 · \`v3/security/echo\`&quot;">​</a></h1><p><a href="./../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>为商户提供签名、验签、加密、解密的测试能力。商户可以选择用平台证书签名，加密，也可以选择微信支付公钥签名，加密。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/security/echo</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 经营工具∙支付即服务</li><li>适用对象: 服务商, 直连商户</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>notify_url</code></td><td>string</td><td></td><td>商户回调地址</td><td></td></tr><tr><td>├ <code>echo_message</code></td><td>string</td><td>yes</td><td>回显信息</td><td></td></tr><tr><td>└ <code>encrypted_echo_message</code></td><td>string(base64)</td><td></td><td>平台证书或微信支付公钥加密测试字段</td><td></td></tr><tr><td><code>headers</code></td><td>object</td><td>yes</td><td>Request headers</td><td></td></tr><tr><td>└ <code>Wechatpay-Serial</code></td><td>unknown</td><td>yes</td><td>微信支付公钥ID/平台证书序列号</td><td></td></tr></tbody></table><p><code>Wechatpay-Serial</code> is set by the SDK: to the platform key it encrypted with when <code>json</code> is built with <code>encrypt</code>, and to the <code>PUB_KEY_ID_…</code> in public-key mode.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/security/echo&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    notify_url: &#39;https://www.weixin.qq.com/v3/test&#39;,
    echo_message: &#39;hello&#39;,
    encrypted_echo_message: &#39;Fx9mh7K5sjqHxxQcgDVhnJ9QdS4nKfcUbuAOj&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;security-&gt;echo-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.security.echo.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/security/echo&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/security/echo&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/security/echo&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/security/echo&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;security-&gt;echo-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.security.echo.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/security/echo&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/security/echo&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/security/echo&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/security/echo&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>echo_message</code></td><td>string</td><td>回显信息</td><td></td></tr><tr><td><code>encrypted_echo_message</code></td><td>string(base64)</td><td>平台证书或微信支付公钥加密测试字段</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/security/echo.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const echo = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  echo as default
};
