import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"微信支付实名验证 · v2/secsvc/realnameauth","description":"","frontmatter":{},"headers":[],"relativePath":"api/v2/secsvc/realnameauth.md","filePath":"api/v2/secsvc/realnameauth.md"}');
const _sfc_main = { name: "api/v2/secsvc/realnameauth.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="微信支付实名验证-·-v2-secsvc-realnameauth" tabindex="-1">微信支付实名验证 · <code>v2/secsvc/realnameauth</code> <a class="header-anchor" href="#微信支付实名验证-·-v2-secsvc-realnameauth" aria-label="Permalink to &quot;微信支付实名验证 · \`v2/secsvc/realnameauth\`&quot;">​</a></h1><p><a href="./../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>取得token后调用本接口验证微信用户的姓名和身份证信息是否匹配</p><ul><li><code>POST https://api.mch.weixin.qq.com/secsvc/realnameauth</code></li><li>APIv2: XML, signed with the APIv2 key (<code>secret</code>)</li><li>Merchant API client certificate: not required</li><li>Product: APIv2∙实名校验</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>xml</code></td><td>object</td><td>yes</td><td>The APIv2 payload</td><td></td></tr><tr><td>├ <code>version</code></td><td>string</td><td>yes</td><td>接口版本号</td><td><code>1.0</code>, <code>1.1</code></td></tr><tr><td>├ <code>mch_id</code></td><td>string</td><td>yes</td><td>商户号</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td>yes</td><td>公众账号ID</td><td></td></tr><tr><td>├ <code>openid</code></td><td>string</td><td>yes</td><td>用户标识</td><td></td></tr><tr><td>├ <code>real_name</code></td><td>string</td><td>yes</td><td>真实姓名</td><td></td></tr><tr><td>├ <code>cred_type</code></td><td>number</td><td>yes</td><td>证件类型</td><td><code>1</code>, <code>2</code>, <code>5</code>, <code>9</code>, <code>12</code>, <code>17</code>, <code>18</code></td></tr><tr><td>├ <code>cred_id</code></td><td>string</td><td>yes</td><td>证件号码</td><td></td></tr><tr><td>├ <code>access_token</code></td><td>string</td><td>yes</td><td>步骤2或步骤3获取到的access_token</td><td></td></tr><tr><td>└ <code>sign_type</code></td><td>string</td><td>yes</td><td>签名类型</td><td><code>HMAC-SHA256</code>, <code>MD5</code></td></tr></tbody></table><p><code>nonce_str</code> and <code>sign</code> are added by the SDK (<code>sign_type</code> in <code>xml</code> picks <code>MD5</code>, the default, or <code>HMAC-SHA256</code>); pass <code>nonceless: true</code> to leave out <code>nonce_str</code>. A <code>mch_id</code> (or <code>mchid</code>) must be the client&#39;s <code>mchid</code>: the SDK refuses to sign for another merchant.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, Transformer, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({ mchid: &#39;1900000109&#39;, secret: process.env.WECHATPAY_APIV2_KEY! });

const options: Endpoints[&#39;v2/secsvc/realnameauth&#39;][&#39;post&#39;][&#39;options&#39;] = {
  xml: {
    version: &#39;1.0&#39;,
    mch_id: &#39;1900000109&#39;,
    appid: &#39;wx2421b1c4370ec43b&#39;,
    openid: &#39;oUpF8uMuAJO_M2pxb1Q9zNjWeS6o&#39;,
    real_name: &#39;刘某某&#39;,
    cred_type: 1,
    cred_id: &#39;440000000000000000&#39;,
    access_token: &#39;81_...&#39;,
    sign_type: &#39;HMAC-SHA256&#39;,
  },
};

// 1. $instance-&gt;v2-&gt;secsvc-&gt;realnameauth-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v2.secsvc.realnameauth.postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 2. $instance-&gt;chain(&#39;v2/secsvc/realnameauth&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v2/secsvc/realnameauth&#39;).postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 3. $instance[&#39;v2/secsvc/realnameauth&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v2/secsvc/realnameauth&#39;].postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 4. $response = $instance-&gt;v2-&gt;secsvc-&gt;realnameauth-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byProperty = await wx.v2.secsvc.realnameauth.post(options);
console.log(Transformer.toArray(byProperty.body));

// 5. $response = $instance-&gt;chain(&#39;v2/secsvc/realnameauth&#39;)-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byChain = await wx.chain(&#39;v2/secsvc/realnameauth&#39;).post(options);
console.log(Transformer.toArray(byChain.body));

// 6. $response = $instance[&#39;v2/secsvc/realnameauth&#39;]-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byPath = await wx[&#39;v2/secsvc/realnameauth&#39;].post(options);
console.log(Transformer.toArray(byPath.body));
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>return_code</code></td><td>string</td><td>返回状态码</td><td><code>SUCCESS</code>, <code>FAIL</code></td></tr><tr><td><code>return_msg</code></td><td>string</td><td>错误码描述</td><td></td></tr><tr><td><code>error_code</code></td><td>string</td><td>错误码</td><td></td></tr><tr><td><code>error_code_des</code></td><td>string</td><td>错误代码描述</td><td></td></tr><tr><td><code>sign</code></td><td>string</td><td>签名</td><td></td></tr><tr><td><code>result_code</code></td><td>string</td><td>业务结果</td><td><code>SUCCESS</code>, <code>FAIL</code></td></tr><tr><td><code>appid</code></td><td>string</td><td>公众账号ID</td><td></td></tr><tr><td><code>mch_id</code></td><td>string</td><td>商户号</td><td></td></tr><tr><td><code>nonce_str</code></td><td>string</td><td>随机字符串</td><td></td></tr><tr><td><code>openid</code></td><td>string</td><td>用户标识</td><td></td></tr><tr><td><code>access_token</code></td><td>string</td><td>步骤2或步骤3获取到的access_token</td><td></td></tr><tr><td><code>verify_openid</code></td><td>string</td><td>有多个结果时用分号”;”连接</td><td><code>V_OP_NA</code>, <code>V_OP_NM_MA</code>, <code>V_OP_NM_UM</code></td></tr><tr><td><code>verify_real_name</code></td><td>string</td><td>当verify_openid为V_OP_NM_MA时返回</td><td><code>V_NM_ID_MA</code>, <code>V_NM_ID_UM</code>, <code>V_NM_ID_TYPE_UM</code></td></tr><tr><td><code>bind_bankcard</code></td><td>string</td><td>当verify_real_name为V_NM_ID_MA时返回</td><td><code>YES</code>, <code>NO</code></td></tr></tbody></table><p>A signed answer&#39;s <code>sign</code> is checked before you see it. A <code>return_code</code> or <code>result_code</code> other than <code>SUCCESS</code> rejects with a <code>BusinessError</code>.</p><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/api/realnameauth.php?chapter=60_2&amp;index=3" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v2/secsvc/realnameauth.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const realnameauth = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  realnameauth as default
};
