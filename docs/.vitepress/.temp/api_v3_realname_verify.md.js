import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"实名信息校验 · v3/realname/verify","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/realname/verify.md","filePath":"api/v3/realname/verify.md"}');
const _sfc_main = { name: "api/v3/realname/verify.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="实名信息校验-·-v3-realname-verify" tabindex="-1">实名信息校验 · <code>v3/realname/verify</code> <a class="header-anchor" href="#实名信息校验-·-v3-realname-verify" aria-label="Permalink to &quot;实名信息校验 · \`v3/realname/verify\`&quot;">​</a></h1><p><a href="./../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get" tabindex="-1">GET <a class="header-anchor" href="#get" aria-label="Permalink to &quot;GET&quot;">​</a></h2><p>电商订单实名校验。</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/realname/verify</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 实名校验</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>query</code></td><td>object</td><td>yes</td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>├ <code>credential_type</code></td><td>number</td><td>yes</td><td>下单用户账户的证件类型</td><td><code>1</code>, <code>2</code>, <code>5</code>, <code>9</code>, <code>12</code>, <code>17</code>, <code>19</code></td></tr><tr><td>├ <code>encrypted_credential_id</code></td><td>string(base64)</td><td>yes</td><td>加密后的下单用户证件号</td><td></td></tr><tr><td>├ <code>encrypted_name</code></td><td>string(base64)</td><td>yes</td><td>加密后的下单用户姓名</td><td></td></tr><tr><td>└ <code>wxp_trade_no</code></td><td>string</td><td>yes</td><td>微信支付交易单号</td><td></td></tr><tr><td><code>headers</code></td><td>object</td><td>yes</td><td>Request headers</td><td></td></tr><tr><td>└ <code>Wechatpay-Serial</code></td><td>unknown</td><td>yes</td><td>微信支付公钥ID/平台证书序列号</td><td></td></tr></tbody></table><p><code>Wechatpay-Serial</code> is set by the SDK: to the platform key it encrypted with when <code>json</code> is built with <code>encrypt</code>, and to the <code>PUB_KEY_ID_…</code> in public-key mode.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/realname/verify&#39;][&#39;get&#39;][&#39;options&#39;] = {
  query: {
    credential_type: 1,
    encrypted_credential_id: &#39;InhziTSUwVqxfKp9M5nGCSjF395VL&#39;,
    encrypted_name: &#39;InhziTSUwVqxfKp9M5nGCSjF395VL&#39;,
    wxp_trade_no: &#39;442100010320250122523549415021&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;realname-&gt;verify-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.realname.verify.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/realname/verify&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/realname/verify&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/realname/verify&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/realname/verify&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;realname-&gt;verify-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.realname.verify.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/realname/verify&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/realname/verify&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/realname/verify&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/realname/verify&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>verify_result</code></td><td>number</td><td>实名比对结果</td><td><code>0</code>, <code>1</code></td></tr><tr><td><code>err_message</code></td><td>string</td><td>错误信息</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/doc/v3/partner/4013735179" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/realname/verify.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const verify = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  verify as default
};
