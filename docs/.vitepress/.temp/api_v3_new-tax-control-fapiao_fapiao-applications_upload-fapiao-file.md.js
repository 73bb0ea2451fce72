import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"上传电子发票文件 · v3/new-tax-control-fapiao/fapiao-applications/upload-fapiao-file","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/new-tax-control-fapiao/fapiao-applications/upload-fapiao-file.md","filePath":"api/v3/new-tax-control-fapiao/fapiao-applications/upload-fapiao-file.md"}');
const _sfc_main = { name: "api/v3/new-tax-control-fapiao/fapiao-applications/upload-fapiao-file.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="上传电子发票文件-·-v3-new-tax-control-fapiao-fapiao-applications-upload-fapiao-file" tabindex="-1">上传电子发票文件 · <code>v3/new-tax-control-fapiao/fapiao-applications/upload-fapiao-file</code> <a class="header-anchor" href="#上传电子发票文件-·-v3-new-tax-control-fapiao-fapiao-applications-upload-fapiao-file" aria-label="Permalink to &quot;上传电子发票文件 · \`v3/new-tax-control-fapiao/fapiao-applications/upload-fapiao-file\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>调用【将电子发票插入微信用户卡包】接口之前，需要先调用本接口上传电子发票文件，获取文件ID。上传的发票文件会在三天后过期，因此上传后请尽快调用【将电子发票插入微信用户卡包】接口执行插入微信用户卡包的操作。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/new-tax-control-fapiao/fapiao-applications/upload-fapiao-file</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 经营工具∙电子发票</li><li>适用对象: 直连商户, 服务商, 渠道商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>body</code></td><td>multipart/form-data</td><td>yes</td><td>The form, sent as is</td><td></td></tr><tr><td>├ <code>file</code></td><td>file</td><td>yes</td><td>电子发票文件二进制数据流，只支持PDF和OFD格式，文件大小不能超过2M。</td><td></td></tr><tr><td>└ <code>meta</code></td><td>string(JSON: object)</td><td>yes</td><td>媒体文件元信息<code>JSON</code>格式字符串</td><td></td></tr><tr><td> ├ <code>sub_mchid</code></td><td>string</td><td></td><td>微信支付分配的子商户号，服务商模式下必传</td><td></td></tr><tr><td> ├ <code>file_type</code></td><td>string</td><td>yes</td><td>发票文件的类型为PDF</td><td></td></tr><tr><td> ├ <code>digest_alogrithm</code></td><td>string</td><td>yes</td><td>文件摘要算法</td><td></td></tr><tr><td> └ <code>digest</code></td><td>string</td><td>yes</td><td>文件摘要</td><td></td></tr></tbody></table><p>A <code>string(JSON: …)</code> field is JSON text (<code>JSON.stringify</code> it); in <code>xml</code>, an array-valued one may also be given as the array, which the SDK encodes.</p><p>This form is not the one <code>MediaUtil</code> builds (<code>meta</code> + <code>file</code>): build the <code>multipart/form-data</code> body with the fields above and pass it as <code>body</code>, with its <code>Content-Type</code>.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const multipart = Buffer.from(&#39;…&#39;); // the multipart/form-data body, built from the fields above
const options: Endpoints[&#39;v3/new-tax-control-fapiao/fapiao-applications/upload-fapiao-file&#39;][&#39;post&#39;][&#39;options&#39;] = {
  body: multipart,
  headers: { &#39;Content-Type&#39;: &#39;multipart/form-data; boundary=…&#39; },
};

// 1. $instance-&gt;v3-&gt;newTaxControlFapiao-&gt;fapiaoApplications-&gt;uploadFapiaoFile-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.newTaxControlFapiao.fapiaoApplications.uploadFapiaoFile.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/new-tax-control-fapiao/fapiao-applications/upload-fapiao-file&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/new-tax-control-fapiao/fapiao-applications/upload-fapiao-file&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/new-tax-control-fapiao/fapiao-applications/upload-fapiao-file&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/new-tax-control-fapiao/fapiao-applications/upload-fapiao-file&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;newTaxControlFapiao-&gt;fapiaoApplications-&gt;uploadFapiaoFile-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.newTaxControlFapiao.fapiaoApplications.uploadFapiaoFile.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/new-tax-control-fapiao/fapiao-applications/upload-fapiao-file&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/new-tax-control-fapiao/fapiao-applications/upload-fapiao-file&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/new-tax-control-fapiao/fapiao-applications/upload-fapiao-file&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/new-tax-control-fapiao/fapiao-applications/upload-fapiao-file&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>fapiao_media_id</code></td><td>string</td><td>电子发票文件ID</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/new-tax-control-fapiao/chapter3_10.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/new-tax-control-fapiao/fapiao-applications/upload-fapiao-file.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const uploadFapiaoFile = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  uploadFapiaoFile as default
};
