import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"图片下载API · v3/global/merchant-service/images/{media_id}","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/global/merchant-service/images/_media_id_.md","filePath":"api/v3/global/merchant-service/images/_media_id_.md"}');
const _sfc_main = { name: "api/v3/global/merchant-service/images/_media_id_.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="图片下载api-·-v3-global-merchant-service-images-media-id" tabindex="-1">图片下载API · <code>v3/global/merchant-service/images/{media_id}</code> <a class="header-anchor" href="#图片下载api-·-v3-global-merchant-service-images-media-id" aria-label="Permalink to &quot;图片下载API · \`v3/global/merchant-service/images/{media_id}\`&quot;">​</a></h1><p><a href="./../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get" tabindex="-1">GET <a class="header-anchor" href="#get" aria-label="Permalink to &quot;GET&quot;">​</a></h2><p>下载图片API为通用接口，消费者投诉相关图片都可以通过该接口进行下载。</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/global/merchant-service/images/{media_id}</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 风险合规∙消费者投诉</li><li>适用对象: 服务商, 渠道商, 从业机构</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>media_id</code></td><td>string</td><td>yes</td><td>媒体文件ID</td><td></td></tr><tr><td><code>query</code></td><td>object</td><td>yes</td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>└ <code>complaint_id</code></td><td>string</td><td>yes</td><td>投诉单号</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/global/merchant-service/images/{media_id}&#39;][&#39;get&#39;][&#39;options&#39;] = {
  media_id: &#39;xxxxx&#39;,
  query: { complaint_id: &#39;200201820200101080076610000&#39; },
};

// 1. $instance-&gt;v3-&gt;global-&gt;merchantService-&gt;images-&gt;_media_id_-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.global.merchantService.images._media_id_.getAsync(options).then((response) =&gt; console.log(response.status));

// 2. $instance-&gt;chain(&#39;v3/global/merchant-service/images/{media_id}&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/global/merchant-service/images/{media_id}&#39;).getAsync(options).then((response) =&gt; console.log(response.status));

// 3. $instance[&#39;v3/global/merchant-service/images/{media_id}&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/global/merchant-service/images/{media_id}&#39;].getAsync(options).then((response) =&gt; console.log(response.status));

// 4. $response = $instance-&gt;v3-&gt;global-&gt;merchantService-&gt;images-&gt;_media_id_-&gt;get([…]); echo $response-&gt;getStatusCode();
const byProperty = await wx.v3.global.merchantService.images._media_id_.get(options);
console.log(byProperty.status);

// 5. $response = $instance-&gt;chain(&#39;v3/global/merchant-service/images/{media_id}&#39;)-&gt;get([…]); echo $response-&gt;getStatusCode();
const byChain = await wx.chain(&#39;v3/global/merchant-service/images/{media_id}&#39;).get(options);
console.log(byChain.status);

// 6. $response = $instance[&#39;v3/global/merchant-service/images/{media_id}&#39;]-&gt;get([…]); echo $response-&gt;getStatusCode();
const byPath = await wx[&#39;v3/global/merchant-service/images/{media_id}&#39;].get(options);
console.log(byPath.status);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><p><code>200</code> with no described body.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/global/merchant-service/images/_media_id_.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const _media_id_ = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  _media_id_ as default
};
