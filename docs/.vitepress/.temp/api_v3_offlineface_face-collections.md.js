import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"查询重采用户列表 · v3/offlineface/face-collections","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/offlineface/face-collections.md","filePath":"api/v3/offlineface/face-collections.md"}');
const _sfc_main = { name: "api/v3/offlineface/face-collections.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="查询重采用户列表-·-v3-offlineface-face-collections" tabindex="-1">查询重采用户列表 · <code>v3/offlineface/face-collections</code> <a class="header-anchor" href="#查询重采用户列表-·-v3-offlineface-face-collections" aria-label="Permalink to &quot;查询重采用户列表 · \`v3/offlineface/face-collections\`&quot;">​</a></h1><p><a href="./../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get" tabindex="-1">GET <a class="header-anchor" href="#get" aria-label="Permalink to &quot;GET&quot;">​</a></h2><p>离线刷脸业务中，偶尔会出现前期采集头像质量不高，导致算法升级后，旧的头像无法生成有效的人脸特征，影响用户使用刷脸服务。因此，需要对用户的头像进行重采。</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/offlineface/face-collections</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 刷脸支付</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>query</code></td><td>object</td><td>yes</td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>├ <code>organization_id</code></td><td>string</td><td>yes</td><td>机构ID</td><td></td></tr><tr><td>├ <code>offset</code></td><td>integer</td><td></td><td>列表偏移</td><td></td></tr><tr><td>└ <code>limit</code></td><td>integer</td><td></td><td>资源个数</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/offlineface/face-collections&#39;][&#39;get&#39;][&#39;options&#39;] = {
  query: { organization_id: &#39;Ofewewfwefweewf&#39;, offset: 30, limit: 20 },
};

// 1. $instance-&gt;v3-&gt;offlineface-&gt;faceCollections-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.offlineface.faceCollections.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/offlineface/face-collections&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/offlineface/face-collections&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/offlineface/face-collections&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/offlineface/face-collections&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;offlineface-&gt;faceCollections-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.offlineface.faceCollections.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/offlineface/face-collections&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/offlineface/face-collections&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/offlineface/face-collections&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/offlineface/face-collections&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>face_collections</code></td><td>object[]</td><td>重采列表</td><td></td></tr><tr><td>├ <code>collection_id</code></td><td>string</td><td>重采ID</td><td></td></tr><tr><td>├ <code>use_id</code></td><td>string</td><td>用户ID</td><td></td></tr><tr><td>├ <code>organization_id</code></td><td>string</td><td>机构ID</td><td></td></tr><tr><td>├ <code>collection_state</code></td><td>string</td><td>重采状态</td><td><code>COLLECTION_REQUIRED</code>, <code>PHOTO_UPLOADED</code>, <code>COMPLETE</code></td></tr><tr><td>├ <code>register_photo_upload_time</code></td><td>string(rfc3339)</td><td>注册照上传时间</td><td></td></tr><tr><td>└ <code>confirm_time</code></td><td>string(rfc3339)</td><td>支付用户确认时间</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/wxfacepay/develop/k12-development-guidelines.html" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/offlineface/face-collections.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const faceCollections = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  faceCollections as default
};
