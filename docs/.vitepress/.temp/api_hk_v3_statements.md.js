import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"下载对账单 · hk/v3/statements","description":"","frontmatter":{},"headers":[],"relativePath":"api/hk/v3/statements.md","filePath":"api/hk/v3/statements.md"}');
const _sfc_main = { name: "api/hk/v3/statements.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="下载对账单-·-hk-v3-statements" tabindex="-1">下载对账单 · <code>hk/v3/statements</code> <a class="header-anchor" href="#下载对账单-·-hk-v3-statements" aria-label="Permalink to &quot;下载对账单 · \`hk/v3/statements\`&quot;">​</a></h1><p><a href="./../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get" tabindex="-1">GET <a class="header-anchor" href="#get" aria-label="Permalink to &quot;GET&quot;">​</a></h2><p>商户可以通过该接口下载历史交易清单。比如掉单、系统错误等导致商户侧和微信侧数据不一致，通过对账单核对后可校正支付状态。</p><ul><li><code>GET https://api.mch.weixin.qq.com/hk/v3/statements</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 跨境</li><li>适用对象: 直连模式, 机构模式</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>query</code></td><td>object</td><td>yes</td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>├ <code>date</code></td><td>string</td><td>yes</td><td>账单日期</td><td></td></tr><tr><td>└ <code>mchid</code></td><td>string</td><td></td><td>商户号</td><td></td></tr><tr><td><code>headers</code></td><td>object</td><td></td><td>Request headers</td><td></td></tr><tr><td>└ <code>Accept-Encoding</code></td><td>unknown</td><td></td><td>账单压缩：如需对账单进行压缩，设置HTTP请求头值为gzip</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;hk/v3/statements&#39;][&#39;get&#39;][&#39;options&#39;] = {
  query: { date: &#39;20180130&#39;, mchid: &#39;1900000109&#39; },
};

// 1. $instance-&gt;hk-&gt;v3-&gt;statements-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.hk.v3.statements.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;hk/v3/statements&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;hk/v3/statements&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;hk/v3/statements&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;hk/v3/statements&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;hk-&gt;v3-&gt;statements-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.hk.v3.statements.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;hk/v3/statements&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;hk/v3/statements&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;hk/v3/statements&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;hk/v3/statements&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><p><code>200</code> with no described body.</p><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/QuickPay/chapter8_5.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/hk/v3/statements.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const statements = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  statements as default
};
