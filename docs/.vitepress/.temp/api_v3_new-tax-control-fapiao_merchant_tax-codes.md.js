import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"获取商品和服务税收分类对照表 · v3/new-tax-control-fapiao/merchant/tax-codes","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/new-tax-control-fapiao/merchant/tax-codes.md","filePath":"api/v3/new-tax-control-fapiao/merchant/tax-codes.md"}');
const _sfc_main = { name: "api/v3/new-tax-control-fapiao/merchant/tax-codes.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="获取商品和服务税收分类对照表-·-v3-new-tax-control-fapiao-merchant-tax-codes" tabindex="-1">获取商品和服务税收分类对照表 · <code>v3/new-tax-control-fapiao/merchant/tax-codes</code> <a class="header-anchor" href="#获取商品和服务税收分类对照表-·-v3-new-tax-control-fapiao-merchant-tax-codes" aria-label="Permalink to &quot;获取商品和服务税收分类对照表 · \`v3/new-tax-control-fapiao/merchant/tax-codes\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get" tabindex="-1">GET <a class="header-anchor" href="#get" aria-label="Permalink to &quot;GET&quot;">​</a></h2><p>查询商户在微信支付商户平台中配置的电子发票税收分类编码对照表。</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/new-tax-control-fapiao/merchant/tax-codes</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 经营工具∙电子发票</li><li>适用对象: 直连商户, 服务商, 渠道商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>query</code></td><td>object</td><td>yes</td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td></td><td>子商户号</td><td></td></tr><tr><td>├ <code>offset</code></td><td>integer</td><td>yes</td><td>本次查询的起始位置</td><td></td></tr><tr><td>└ <code>limit</code></td><td>integer</td><td>yes</td><td>本次查询的最大数量</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/new-tax-control-fapiao/merchant/tax-codes&#39;][&#39;get&#39;][&#39;options&#39;] = {
  query: { sub_mchid: &#39;1900000109&#39;, offset: 0, limit: 5 },
};

// 1. $instance-&gt;v3-&gt;newTaxControlFapiao-&gt;merchant-&gt;taxCodes-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.newTaxControlFapiao.merchant.taxCodes.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/new-tax-control-fapiao/merchant/tax-codes&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/new-tax-control-fapiao/merchant/tax-codes&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/new-tax-control-fapiao/merchant/tax-codes&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/new-tax-control-fapiao/merchant/tax-codes&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;newTaxControlFapiao-&gt;merchant-&gt;taxCodes-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.newTaxControlFapiao.merchant.taxCodes.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/new-tax-control-fapiao/merchant/tax-codes&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/new-tax-control-fapiao/merchant/tax-codes&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/new-tax-control-fapiao/merchant/tax-codes&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/new-tax-control-fapiao/merchant/tax-codes&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>offset</code></td><td>integer</td><td>本次查询的起始位置</td><td></td></tr><tr><td><code>limit</code></td><td>integer</td><td>本次查询的最大数量</td><td></td></tr><tr><td><code>links</code></td><td>object</td><td>相关链接</td><td></td></tr><tr><td>├ <code>next</code></td><td>string</td><td>下一页链接</td><td></td></tr><tr><td>├ <code>prev</code></td><td>string</td><td>上一页链接</td><td></td></tr><tr><td>└ <code>self</code></td><td>string</td><td>当前链接</td><td></td></tr><tr><td><code>data</code></td><td>object[]</td><td>本次查询到的数据</td><td></td></tr><tr><td>├ <code>goods_name</code></td><td>string</td><td>由商户自定义的货物或应税劳务、服务名称</td><td></td></tr><tr><td>├ <code>goods_id</code></td><td>number</td><td>企业侧维护的货物或应税劳务、服务编码</td><td></td></tr><tr><td>├ <code>goods_category</code></td><td>string</td><td>税局侧规定的货物或应税劳务、服务分类名称</td><td></td></tr><tr><td>├ <code>tax_code</code></td><td>string</td><td>货物或应税劳务、服务编码</td><td></td></tr><tr><td>├ <code>tax_rate</code></td><td>integer</td><td>税率</td><td></td></tr><tr><td>└ <code>tax_prefer_mark</code></td><td>string</td><td>税收优惠政策标识</td><td></td></tr><tr><td><code>total_count</code></td><td>integer</td><td>总记录数</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/new-tax-control-fapiao/chapter3_2.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/new-tax-control-fapiao/merchant/tax-codes.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const taxCodes = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  taxCodes as default
};
