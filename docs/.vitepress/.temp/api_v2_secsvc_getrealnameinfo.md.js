import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"微信支付实名授权 · v2/secsvc/getrealnameinfo","description":"","frontmatter":{},"headers":[],"relativePath":"api/v2/secsvc/getrealnameinfo.md","filePath":"api/v2/secsvc/getrealnameinfo.md"}');
const _sfc_main = { name: "api/v2/secsvc/getrealnameinfo.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="微信支付实名授权-·-v2-secsvc-getrealnameinfo" tabindex="-1">微信支付实名授权 · <code>v2/secsvc/getrealnameinfo</code> <a class="header-anchor" href="#微信支付实名授权-·-v2-secsvc-getrealnameinfo" aria-label="Permalink to &quot;微信支付实名授权 · \`v2/secsvc/getrealnameinfo\`&quot;">​</a></h1><p><a href="./../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>由于实名信息属于敏感数据，不能以明文数据传输，所以开发者需要用私钥对请求进行签名(sha256后base64编码). 微信支付会对用户的姓名和身份证信息用开发者的公钥加密 , 加密的padding算法为RSA_PKCS1_PADDING, 开发者可以使用私钥解密出明文</p><ul><li><code>POST https://api.mch.weixin.qq.com/secsvc/getrealnameinfo</code></li><li>APIv2: XML, signed with the APIv2 key (<code>secret</code>)</li><li>Merchant API client certificate: not required</li><li>Product: APIv2∙实名校验</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>xml</code></td><td>object</td><td>yes</td><td>The APIv2 payload</td><td></td></tr><tr><td>├ <code>version</code></td><td>string</td><td>yes</td><td>接口版本号</td><td><code>1.0</code>, <code>2.0</code></td></tr><tr><td>├ <code>mch_id</code></td><td>string</td><td>yes</td><td>商户号</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td>yes</td><td>公众账号ID</td><td></td></tr><tr><td>├ <code>openid</code></td><td>string</td><td>yes</td><td>用户标识</td><td></td></tr><tr><td>├ <code>cert_serialno</code></td><td>string</td><td>yes</td><td>加密实名信息的证书序列号</td><td></td></tr><tr><td>├ <code>access_token</code></td><td>string</td><td>yes</td><td>步骤2或步骤3获取到的access_token</td><td></td></tr><tr><td>├ <code>timestamp</code></td><td>number</td><td></td><td>unix时间戳，必须获取当前时间。</td><td></td></tr><tr><td>├ <code>cert_sign</code></td><td>string</td><td></td><td>使用rsa私钥对证书序列号和unix时间戳的进行签名</td><td></td></tr><tr><td>├ <code>charset</code></td><td>string</td><td></td><td>证件类型</td><td><code>UTF-8</code>, <code>GBK</code></td></tr><tr><td>└ <code>sign_type</code></td><td>string</td><td>yes</td><td>签名类型</td><td><code>HMAC-SHA256</code></td></tr></tbody></table><p><code>nonce_str</code> and <code>sign</code> are added by the SDK (<code>sign_type</code> in <code>xml</code> picks <code>MD5</code>, the default, or <code>HMAC-SHA256</code>); pass <code>nonceless: true</code> to leave out <code>nonce_str</code>. A <code>mch_id</code> (or <code>mchid</code>) must be the client&#39;s <code>mchid</code>: the SDK refuses to sign for another merchant.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, Transformer, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({ mchid: &#39;1900000109&#39;, secret: process.env.WECHATPAY_APIV2_KEY! });

const options: Endpoints[&#39;v2/secsvc/getrealnameinfo&#39;][&#39;post&#39;][&#39;options&#39;] = {
  xml: {
    version: &#39;1.0&#39;,
    mch_id: &#39;1900000109&#39;,
    appid: &#39;wx2421b1c4370ec43b&#39;,
    openid: &#39;oUpF8uMuAJO_M2pxb1Q9zNjWeS6o&#39;,
    cert_serialno: &#39;59303040AA42CB61E0C059E8E6156C9F0F2A1E5E&#39;,
    access_token: &#39;81_...&#39;,
    timestamp: 1414561699,
    cert_sign: &#39;MuRThxRSlqvs2Mi9i2VRCr_MQ==&#39;,
    charset: &#39;UTF-8&#39;,
    sign_type: &#39;HMAC-SHA256&#39;,
  },
};

// 1. $instance-&gt;v2-&gt;secsvc-&gt;getrealnameinfo-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v2.secsvc.getrealnameinfo.postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 2. $instance-&gt;chain(&#39;v2/secsvc/getrealnameinfo&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v2/secsvc/getrealnameinfo&#39;).postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 3. $instance[&#39;v2/secsvc/getrealnameinfo&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v2/secsvc/getrealnameinfo&#39;].postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 4. $response = $instance-&gt;v2-&gt;secsvc-&gt;getrealnameinfo-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byProperty = await wx.v2.secsvc.getrealnameinfo.post(options);
console.log(Transformer.toArray(byProperty.body));

// 5. $response = $instance-&gt;chain(&#39;v2/secsvc/getrealnameinfo&#39;)-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byChain = await wx.chain(&#39;v2/secsvc/getrealnameinfo&#39;).post(options);
console.log(Transformer.toArray(byChain.body));

// 6. $response = $instance[&#39;v2/secsvc/getrealnameinfo&#39;]-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byPath = await wx[&#39;v2/secsvc/getrealnameinfo&#39;].post(options);
console.log(Transformer.toArray(byPath.body));
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>return_code</code></td><td>string</td><td>返回状态码</td><td><code>SUCCESS</code>, <code>FAIL</code></td></tr><tr><td><code>return_msg</code></td><td>string</td><td>错误码描述</td><td></td></tr><tr><td><code>error_code</code></td><td>string</td><td>错误码</td><td></td></tr><tr><td><code>error_code_des</code></td><td>string</td><td>错误代码描述</td><td></td></tr><tr><td><code>sign</code></td><td>string</td><td>签名</td><td></td></tr><tr><td><code>result_code</code></td><td>string</td><td>业务结果</td><td><code>SUCCESS</code>, <code>FAIL</code></td></tr><tr><td><code>appid</code></td><td>string</td><td>公众账号ID</td><td></td></tr><tr><td><code>mch_id</code></td><td>string</td><td>商户号</td><td></td></tr><tr><td><code>nonce_str</code></td><td>string</td><td>随机字符串</td><td></td></tr><tr><td><code>openid</code></td><td>string</td><td>用户标识</td><td></td></tr><tr><td><code>encrypted_real_name</code></td><td>string</td><td>加密后的姓名。如果请求参数charset=UTF-8，解密之后数据为UTF-8格式，否则解密之后数据为GBK格式。</td><td></td></tr><tr><td><code>encrypted_credential_id</code></td><td>string</td><td>加密后的证件号码</td><td></td></tr><tr><td><code>cre_type</code></td><td>string</td><td>证件类型</td><td><code>MAINLAND_ID</code>, <code>PASSPOT</code>, <code>MO</code>, <code>SOLDIERS</code>, <code>HVPS</code>, <code>MAINLAND_TMP_ID</code>, <code>ACCOUNT_THIN</code>, <code>POLICE</code>, <code>MTPS</code>, <code>BL</code>, <code>OTHER</code>, <code>RPFF</code>, <code>HK_MACAO</code>, <code>TAIWAN</code></td></tr></tbody></table><p>A signed answer&#39;s <code>sign</code> is checked before you see it. A <code>return_code</code> or <code>result_code</code> other than <code>SUCCESS</code> rejects with a <code>BusinessError</code>.</p><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/api/realnameauthorization.php?chapter=60_5&amp;index=1" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v2/secsvc/getrealnameinfo.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const getrealnameinfo = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  getrealnameinfo as default
};
