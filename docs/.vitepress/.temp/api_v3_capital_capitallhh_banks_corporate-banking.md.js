import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"查询支持对公业务的银行列表API · v3/capital/capitallhh/banks/corporate-banking","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/capital/capitallhh/banks/corporate-banking.md","filePath":"api/v3/capital/capitallhh/banks/corporate-banking.md"}');
const _sfc_main = { name: "api/v3/capital/capitallhh/banks/corporate-banking.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="查询支持对公业务的银行列表api-·-v3-capital-capitallhh-banks-corporate-banking" tabindex="-1">查询支持对公业务的银行列表API · <code>v3/capital/capitallhh/banks/corporate-banking</code> <a class="header-anchor" href="#查询支持对公业务的银行列表api-·-v3-capital-capitallhh-banks-corporate-banking" aria-label="Permalink to &quot;查询支持对公业务的银行列表API · \`v3/capital/capitallhh/banks/corporate-banking\`&quot;">​</a></h1><p><a href="./../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get" tabindex="-1">GET <a class="header-anchor" href="#get" aria-label="Permalink to &quot;GET&quot;">​</a></h2><p>通过本接口可以查询支持对公业务的银行列表</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/capital/capitallhh/banks/corporate-banking</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 通用接口</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>query</code></td><td>object</td><td>yes</td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>├ <code>offset</code></td><td>integer</td><td></td><td>本次查询偏移量</td><td></td></tr><tr><td>└ <code>limit</code></td><td>integer</td><td>yes</td><td>本次请求最大查询条数</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/capital/capitallhh/banks/corporate-banking&#39;][&#39;get&#39;][&#39;options&#39;] = {
  query: { offset: 0, limit: 200 },
};

// 1. $instance-&gt;v3-&gt;capital-&gt;capitallhh-&gt;banks-&gt;corporateBanking-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.capital.capitallhh.banks.corporateBanking.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/capital/capitallhh/banks/corporate-banking&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/capital/capitallhh/banks/corporate-banking&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/capital/capitallhh/banks/corporate-banking&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/capital/capitallhh/banks/corporate-banking&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;capital-&gt;capitallhh-&gt;banks-&gt;corporateBanking-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.capital.capitallhh.banks.corporateBanking.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/capital/capitallhh/banks/corporate-banking&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/capital/capitallhh/banks/corporate-banking&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/capital/capitallhh/banks/corporate-banking&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/capital/capitallhh/banks/corporate-banking&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>total_count</code></td><td>integer</td><td>查询数据总条数</td><td></td></tr><tr><td><code>count</code></td><td>integer</td><td>本次查询数据条数</td><td></td></tr><tr><td><code>data</code></td><td>object[]</td><td>银行列表</td><td></td></tr><tr><td>├ <code>bank_alias</code></td><td>string</td><td>银行别名</td><td></td></tr><tr><td>├ <code>bank_alias_code</code></td><td>string</td><td>银行别名编码</td><td></td></tr><tr><td>├ <code>account_bank</code></td><td>string</td><td>开户银行</td><td></td></tr><tr><td>├ <code>account_bank_code</code></td><td>integer</td><td>开户银行编码</td><td></td></tr><tr><td>└ <code>need_bank_branch</code></td><td>boolean</td><td>是否需要填写支行</td><td></td></tr><tr><td><code>offset</code></td><td>integer</td><td>本次查询偏移量</td><td></td></tr><tr><td><code>links</code></td><td>object</td><td>分页链接</td><td></td></tr><tr><td>├ <code>next</code></td><td>string</td><td>下一页链接</td><td></td></tr><tr><td>├ <code>prev</code></td><td>string</td><td>上一页链接</td><td></td></tr><tr><td>└ <code>self</code></td><td>string</td><td>当前链接</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter11_2_3.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/capital/capitallhh/banks/corporate-banking.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const corporateBanking = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  corporateBanking as default
};
