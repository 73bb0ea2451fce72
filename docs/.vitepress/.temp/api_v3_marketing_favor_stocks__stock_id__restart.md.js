import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"重启代金券批次API · v3/marketing/favor/stocks/{stock_id}/restart","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/marketing/favor/stocks/_stock_id_/restart.md","filePath":"api/v3/marketing/favor/stocks/_stock_id_/restart.md"}');
const _sfc_main = { name: "api/v3/marketing/favor/stocks/_stock_id_/restart.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="重启代金券批次api-·-v3-marketing-favor-stocks-stock-id-restart" tabindex="-1">重启代金券批次API · <code>v3/marketing/favor/stocks/{stock_id}/restart</code> <a class="header-anchor" href="#重启代金券批次api-·-v3-marketing-favor-stocks-stock-id-restart" aria-label="Permalink to &quot;重启代金券批次API · \`v3/marketing/favor/stocks/{stock_id}/restart\`&quot;">​</a></h1><p><a href="./../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>通过此接口可重启指定代金券批次。重启后，该代金券批次可以再次发放。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/marketing/favor/stocks/{stock_id}/restart</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 运营工具∙代金券</li><li>适用对象: 直连商户, 服务商, 渠道商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>stock_id</code></td><td>string</td><td>yes</td><td>批次号</td><td></td></tr><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>└ <code>stock_creator_mchid</code></td><td>string</td><td>yes</td><td>创建批次的商户号</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/marketing/favor/stocks/{stock_id}/restart&#39;][&#39;post&#39;][&#39;options&#39;] = {
  stock_id: &#39;&lt;stock_id&gt;&#39;,
  json: { stock_creator_mchid: &#39;8956000&#39; },
};

// 1. $instance-&gt;v3-&gt;marketing-&gt;favor-&gt;stocks-&gt;_stock_id_-&gt;restart-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.marketing.favor.stocks._stock_id_.restart.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/marketing/favor/stocks/{stock_id}/restart&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/marketing/favor/stocks/{stock_id}/restart&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/marketing/favor/stocks/{stock_id}/restart&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/marketing/favor/stocks/{stock_id}/restart&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;marketing-&gt;favor-&gt;stocks-&gt;_stock_id_-&gt;restart-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.marketing.favor.stocks._stock_id_.restart.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/marketing/favor/stocks/{stock_id}/restart&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/marketing/favor/stocks/{stock_id}/restart&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/marketing/favor/stocks/{stock_id}/restart&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/marketing/favor/stocks/{stock_id}/restart&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>restart_time</code></td><td>string(rfc3339)</td><td>生效时间</td><td></td></tr><tr><td><code>stock_id</code></td><td>string</td><td>批次号</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/convention/chapter3_14.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/marketing/favor/stocks/_stock_id_/restart.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const restart = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  restart as default
};
