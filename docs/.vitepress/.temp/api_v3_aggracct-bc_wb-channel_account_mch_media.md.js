import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"查询商户影像件资料 · v3/aggracct-bc/wb-channel/account/mch_media","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/aggracct-bc/wb-channel/account/mch_media.md","filePath":"api/v3/aggracct-bc/wb-channel/account/mch_media.md"}');
const _sfc_main = { name: "api/v3/aggracct-bc/wb-channel/account/mch_media.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="查询商户影像件资料-·-v3-aggracct-bc-wb-channel-account-mch-media" tabindex="-1">查询商户影像件资料 · <code>v3/aggracct-bc/wb-channel/account/mch_media</code> <a class="header-anchor" href="#查询商户影像件资料-·-v3-aggracct-bc-wb-channel-account-mch-media" aria-label="Permalink to &quot;查询商户影像件资料 · \`v3/aggracct-bc/wb-channel/account/mch_media\`&quot;">​</a></h1><p><a href="./../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get" tabindex="-1">GET <a class="header-anchor" href="#get" aria-label="Permalink to &quot;GET&quot;">​</a></h2><p>查询商户影像件资料 接口限频：接口维度100次/分钟</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/aggracct-bc/wb-channel/account/mch_media</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 渠道服务</li><li>适用对象: 直连商户</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>query</code></td><td>object</td><td>yes</td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>├ <code>mchid</code></td><td>string</td><td></td><td>微信支付商户号</td><td></td></tr><tr><td>├ <code>platform_trx_id</code></td><td>string</td><td></td><td>微信支付业务申请单号</td><td></td></tr><tr><td>├ <code>business_scene</code></td><td>string</td><td>yes</td><td>业务场景</td><td><code>SJT_MICRO_PLUS_OPEN_ACCOUNT</code>, <code>SJT_MICRO_PLUS_UPDATE_INFO</code>, <code>GET_BY_MEDIA_ID</code></td></tr><tr><td>├ <code>mch_media_type</code></td><td>string</td><td></td><td>影像件类型</td><td><code>ID_CARD_FRONT</code>, <code>ID_CARD_BACK</code>, <code>STORE_FRONT</code>, <code>STORE_INTERIOR</code></td></tr><tr><td>└ <code>media_id</code></td><td>string</td><td></td><td>影像件资料ID</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/aggracct-bc/wb-channel/account/mch_media&#39;][&#39;get&#39;][&#39;options&#39;] = {
  query: {
    mchid: &#39;mchid_example&#39;,
    platform_trx_id: &#39;platform_trx_id_example&#39;,
    business_scene: &#39;SJT_MICRO_PLUS_OPEN_ACCOUNT&#39;,
    mch_media_type: &#39;ID_CARD_FRONT&#39;,
    media_id: &#39;media_id_example&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;aggracctBc-&gt;wbChannel-&gt;account-&gt;mch_media-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.aggracctBc.wbChannel.account.mch_media.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/aggracct-bc/wb-channel/account/mch_media&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/aggracct-bc/wb-channel/account/mch_media&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/aggracct-bc/wb-channel/account/mch_media&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/aggracct-bc/wb-channel/account/mch_media&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;aggracctBc-&gt;wbChannel-&gt;account-&gt;mch_media-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.aggracctBc.wbChannel.account.mch_media.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/aggracct-bc/wb-channel/account/mch_media&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/aggracct-bc/wb-channel/account/mch_media&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/aggracct-bc/wb-channel/account/mch_media&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/aggracct-bc/wb-channel/account/mch_media&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>media_content</code></td><td>string</td><td>文件内容</td><td></td></tr><tr><td><code>media_type</code></td><td>string</td><td>文件类型</td><td><code>jpg</code>, <code>png</code>, <code>bmp</code>, <code>jpeg</code></td></tr><tr><td><code>media_sm3</code></td><td>string</td><td>文件摘要</td><td></td></tr><tr><td><code>key</code></td><td>string</td><td>sm4密钥</td><td></td></tr><tr><td><code>media_id</code></td><td>string</td><td>影像件资料ID</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/aggracct-bc/wb-channel/account/mch_media.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const mch_media = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  mch_media as default
};
