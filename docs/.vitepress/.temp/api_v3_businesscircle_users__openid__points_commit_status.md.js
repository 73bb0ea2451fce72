import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"商圈会员待积分状态查询 · v3/businesscircle/users/{openid}/points/commit_status","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/businesscircle/users/_openid_/points/commit_status.md","filePath":"api/v3/businesscircle/users/_openid_/points/commit_status.md"}');
const _sfc_main = { name: "api/v3/businesscircle/users/_openid_/points/commit_status.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="商圈会员待积分状态查询-·-v3-businesscircle-users-openid-points-commit-status" tabindex="-1">商圈会员待积分状态查询 · <code>v3/businesscircle/users/{openid}/points/commit_status</code> <a class="header-anchor" href="#商圈会员待积分状态查询-·-v3-businesscircle-users-openid-points-commit-status" aria-label="Permalink to &quot;商圈会员待积分状态查询 · \`v3/businesscircle/users/{openid}/points/commit_status\`&quot;">​</a></h1><p><a href="./../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get" tabindex="-1">GET <a class="header-anchor" href="#get" aria-label="Permalink to &quot;GET&quot;">​</a></h2><p>通过此API，商圈商户/服务商可以自行查询已授权“商圈会员积分服务”的会员用户当日在该商圈的待积分状态。</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/businesscircle/users/{openid}/points/commit_status</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 经营工具∙智慧商圈</li><li>适用对象: 直连商户, 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>openid</code></td><td>string</td><td>yes</td><td>顾客openid</td><td></td></tr><tr><td><code>query</code></td><td>object</td><td>yes</td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td></td><td>商圈商户ID</td><td></td></tr><tr><td>├ <code>brandid</code></td><td>integer</td><td>yes</td><td>品牌ID</td><td></td></tr><tr><td>└ <code>appid</code></td><td>string</td><td>yes</td><td>应用ID</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/businesscircle/users/{openid}/points/commit_status&#39;][&#39;get&#39;][&#39;options&#39;] = {
  openid: &#39;oUpF8uMuAJOM2pxb1Q&#39;,
  query: { sub_mchid: &#39;1900000109&#39;, brandid: 1000, appid: &#39;wx931386123456789e&#39; },
};

// 1. $instance-&gt;v3-&gt;businesscircle-&gt;users-&gt;_openid_-&gt;points-&gt;commit_status-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.businesscircle.users._openid_.points.commit_status.getAsync(options).then((response) =&gt; console.log(response.status));

// 2. $instance-&gt;chain(&#39;v3/businesscircle/users/{openid}/points/commit_status&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/businesscircle/users/{openid}/points/commit_status&#39;).getAsync(options).then((response) =&gt; console.log(response.status));

// 3. $instance[&#39;v3/businesscircle/users/{openid}/points/commit_status&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/businesscircle/users/{openid}/points/commit_status&#39;].getAsync(options).then((response) =&gt; console.log(response.status));

// 4. $response = $instance-&gt;v3-&gt;businesscircle-&gt;users-&gt;_openid_-&gt;points-&gt;commit_status-&gt;get([…]); echo $response-&gt;getStatusCode();
const byProperty = await wx.v3.businesscircle.users._openid_.points.commit_status.get(options);
console.log(byProperty.status);

// 5. $response = $instance-&gt;chain(&#39;v3/businesscircle/users/{openid}/points/commit_status&#39;)-&gt;get([…]); echo $response-&gt;getStatusCode();
const byChain = await wx.chain(&#39;v3/businesscircle/users/{openid}/points/commit_status&#39;).get(options);
console.log(byChain.status);

// 6. $response = $instance[&#39;v3/businesscircle/users/{openid}/points/commit_status&#39;]-&gt;get([…]); echo $response-&gt;getStatusCode();
const byPath = await wx[&#39;v3/businesscircle/users/{openid}/points/commit_status&#39;].get(options);
console.log(byPath.status);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><p><code>204 No Content</code>: no body; <code>response.data</code> is <code>undefined</code>.</p><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/docs/merchant/apis/smart-business-circle/points/get-points-commit-status.html" target="_blank" rel="noreferrer">官方文档</a></li><li><a href="https://pay.weixin.qq.com/docs/partner/apis/smart-business-circle/points/get-points-commit-status.html" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/businesscircle/users/_openid_/points/commit_status.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const commit_status = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  commit_status as default
};
