import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"商户上传反馈图片API · v3/global/merchant-service/images/upload","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/global/merchant-service/images/upload.md","filePath":"api/v3/global/merchant-service/images/upload.md"}');
const _sfc_main = { name: "api/v3/global/merchant-service/images/upload.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="商户上传反馈图片api-·-v3-global-merchant-service-images-upload" tabindex="-1">商户上传反馈图片API · <code>v3/global/merchant-service/images/upload</code> <a class="header-anchor" href="#商户上传反馈图片api-·-v3-global-merchant-service-images-upload" aria-label="Permalink to &quot;商户上传反馈图片API · \`v3/global/merchant-service/images/upload\`&quot;">​</a></h1><p><a href="./../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>商户上传反馈图片的接口。 将媒体图片进行二进制转换，得到的媒体图片二进制内容，在请求body中上传此二进制内容。 媒体图片只支持jpg、png、bmp格式，文件大小不能超过2M。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/global/merchant-service/images/upload</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 风险合规∙消费者投诉</li><li>适用对象: 服务商, 渠道商, 从业机构</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>body</code></td><td>multipart/form-data</td><td>yes</td><td>The form, sent as is</td><td></td></tr><tr><td>├ <code>file</code></td><td>file</td><td>yes</td><td>图片文件</td><td></td></tr><tr><td>└ <code>meta</code></td><td>string(JSON: object)</td><td>yes</td><td>媒体文件元信息<code>JSON</code>格式字符串</td><td></td></tr><tr><td> ├ <code>filename</code></td><td>string</td><td></td><td>文件名称</td><td></td></tr><tr><td> └ <code>sha256</code></td><td>string</td><td></td><td>文件摘要</td><td></td></tr></tbody></table><p>A <code>string(JSON: …)</code> field is JSON text (<code>JSON.stringify</code> it); in <code>xml</code>, an array-valued one may also be given as the array, which the SDK encodes.</p><p>The form is the one <code>MediaUtil</code> builds (a <code>meta</code> JSON of <code>filename</code> and <code>sha256</code>, and the <code>file</code>); only <code>meta</code> is signed.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, MediaUtil, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const media = new MediaUtil(&#39;./image.jpg&#39;);
const options: Endpoints[&#39;v3/global/merchant-service/images/upload&#39;][&#39;post&#39;][&#39;options&#39;] = {
  body: media.getStream(),
  headers: { &#39;Content-Type&#39;: media.getContentType() },
};

// 1. $instance-&gt;v3-&gt;global-&gt;merchantService-&gt;images-&gt;upload-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.global.merchantService.images.upload.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/global/merchant-service/images/upload&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/global/merchant-service/images/upload&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/global/merchant-service/images/upload&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/global/merchant-service/images/upload&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;global-&gt;merchantService-&gt;images-&gt;upload-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.global.merchantService.images.upload.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/global/merchant-service/images/upload&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/global/merchant-service/images/upload&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/global/merchant-service/images/upload&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/global/merchant-service/images/upload&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>media_id</code></td><td>string(MediaId)</td><td>媒体文件标识ID</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/global/merchant-service/images/upload.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const upload = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  upload as default
};
