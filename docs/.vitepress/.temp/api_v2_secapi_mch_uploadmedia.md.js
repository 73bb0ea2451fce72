import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"图片上传API · v2/secapi/mch/uploadmedia","description":"","frontmatter":{},"headers":[],"relativePath":"api/v2/secapi/mch/uploadmedia.md","filePath":"api/v2/secapi/mch/uploadmedia.md"}');
const _sfc_main = { name: "api/v2/secapi/mch/uploadmedia.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="图片上传api-·-v2-secapi-mch-uploadmedia" tabindex="-1">图片上传API · <code>v2/secapi/mch/uploadmedia</code> <a class="header-anchor" href="#图片上传api-·-v2-secapi-mch-uploadmedia" aria-label="Permalink to &quot;图片上传API · \`v2/secapi/mch/uploadmedia\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>服务商操作员调用 API 接口，上传证件照片。支持 jpeg、jpg、bmp、png 格式，图片大小不超过2M。通过 POST 表单来调用该接口，表单媒体文件 id 为 media，需有 filename、filelength、content-type 等信息。</p><ul><li><code>POST https://api.mch.weixin.qq.com/secapi/mch/uploadmedia</code></li><li>APIv2: XML, signed with the APIv2 key (<code>secret</code>)</li><li>Merchant API client certificate: <strong>required</strong> (<code>x-api-cert-required</code>): configure <code>merchant</code> on the client; the SDK presents it without <code>security: true</code></li><li>Product: APIv2∙通用</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>body</code></td><td>multipart/form-data</td><td>yes</td><td>The form, sent as is</td><td></td></tr><tr><td>├ <code>mch_id</code></td><td>string</td><td>yes</td><td>服务商商户号或渠道号</td><td></td></tr><tr><td>├ <code>media</code></td><td>file</td><td>yes</td><td>form-data中媒体文件标识，有filename、filelength、content-type等信息。<strong>不参与签名计算</strong></td><td></td></tr><tr><td>├ <code>media_hash</code></td><td>string</td><td>yes</td><td>根据媒体文件内容进行MD5计算后的值，注意小写</td><td></td></tr><tr><td>├ <code>sign</code></td><td>string</td><td>yes</td><td>签名</td><td></td></tr><tr><td>└ <code>sign_type</code></td><td>string</td><td>yes</td><td>签名方式</td><td><code>HMAC-SHA256</code>, <code>MD5</code></td></tr></tbody></table><p>This form is not the one <code>MediaUtil</code> builds (<code>meta</code> + <code>file</code>): build the <code>multipart/form-data</code> body with the fields above and pass it as <code>body</code>, with its <code>Content-Type</code>.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, Transformer, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  secret: process.env.WECHATPAY_APIV2_KEY!,
  merchant: { cert: &#39;file:///path/to/apiclient_cert.pem&#39;, key: &#39;file:///path/to/apiclient_key.pem&#39; },
});

const multipart = Buffer.from(&#39;…&#39;); // the multipart/form-data body, built from the fields above
const options: Endpoints[&#39;v2/secapi/mch/uploadmedia&#39;][&#39;post&#39;][&#39;options&#39;] = {
  body: multipart,
  headers: { &#39;Content-Type&#39;: &#39;multipart/form-data; boundary=…&#39; },
};

// 1. $instance-&gt;v2-&gt;secapi-&gt;mch-&gt;uploadmedia-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v2.secapi.mch.uploadmedia.postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 2. $instance-&gt;chain(&#39;v2/secapi/mch/uploadmedia&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v2/secapi/mch/uploadmedia&#39;).postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 3. $instance[&#39;v2/secapi/mch/uploadmedia&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v2/secapi/mch/uploadmedia&#39;].postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 4. $response = $instance-&gt;v2-&gt;secapi-&gt;mch-&gt;uploadmedia-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byProperty = await wx.v2.secapi.mch.uploadmedia.post(options);
console.log(Transformer.toArray(byProperty.body));

// 5. $response = $instance-&gt;chain(&#39;v2/secapi/mch/uploadmedia&#39;)-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byChain = await wx.chain(&#39;v2/secapi/mch/uploadmedia&#39;).post(options);
console.log(Transformer.toArray(byChain.body));

// 6. $response = $instance[&#39;v2/secapi/mch/uploadmedia&#39;]-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byPath = await wx[&#39;v2/secapi/mch/uploadmedia&#39;].post(options);
console.log(Transformer.toArray(byPath.body));
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>return_code</code></td><td>string</td><td>返回状态码</td><td><code>SUCCESS</code>, <code>FAIL</code></td></tr><tr><td><code>return_msg</code></td><td>string</td><td>返回信息</td><td></td></tr><tr><td><code>appid</code></td><td>string</td><td>公众账号ID</td><td></td></tr><tr><td><code>mch_id</code></td><td>string</td><td>商户号</td><td></td></tr><tr><td><code>nonce_str</code></td><td>string</td><td>随机字符串</td><td></td></tr><tr><td><code>sign</code></td><td>string</td><td>签名</td><td></td></tr><tr><td><code>result_code</code></td><td>string</td><td>业务结果</td><td><code>SUCCESS</code>, <code>FAIL</code></td></tr><tr><td><code>err_code</code></td><td>string</td><td>错误代码</td><td></td></tr><tr><td><code>err_code_des</code></td><td>string</td><td>错误代码描述</td><td></td></tr><tr><td><code>media_id</code></td><td>string</td><td>媒体标识Id,微信返回的媒体文件标识Id</td><td></td></tr></tbody></table><p>A signed answer&#39;s <code>sign</code> is checked before you see it. A <code>return_code</code> or <code>result_code</code> other than <code>SUCCESS</code> rejects with a <code>BusinessError</code>.</p><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/api/xiaowei.php?chapter=19_9" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v2/secapi/mch/uploadmedia.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const uploadmedia = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  uploadmedia as default
};
