import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"查询垫付回补结果API / 垫付退款回补API · v3/ecommerce/refunds/{refund_id}/return-advance","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/ecommerce/refunds/_refund_id_/return-advance.md","filePath":"api/v3/ecommerce/refunds/_refund_id_/return-advance.md"}');
const _sfc_main = { name: "api/v3/ecommerce/refunds/_refund_id_/return-advance.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="查询垫付回补结果api-垫付退款回补api-·-v3-ecommerce-refunds-refund-id-return-advance" tabindex="-1">查询垫付回补结果API / 垫付退款回补API · <code>v3/ecommerce/refunds/{refund_id}/return-advance</code> <a class="header-anchor" href="#查询垫付回补结果api-垫付退款回补api-·-v3-ecommerce-refunds-refund-id-return-advance" aria-label="Permalink to &quot;查询垫付回补结果API / 垫付退款回补API · \`v3/ecommerce/refunds/{refund_id}/return-advance\`&quot;">​</a></h1><p><a href="./../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get-·-查询垫付回补结果api" tabindex="-1">GET · 查询垫付回补结果API <a class="header-anchor" href="#get-·-查询垫付回补结果api" aria-label="Permalink to &quot;GET · 查询垫付回补结果API&quot;">​</a></h2><p>提交垫付退款回补后，通过调用该接口查询垫付回补结果。</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/ecommerce/refunds/{refund_id}/return-advance</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 收付通∙退款</li><li>适用对象: 电商平台</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>refund_id</code></td><td>string</td><td>yes</td><td>微信退款单号</td><td></td></tr><tr><td><code>query</code></td><td>object</td><td>yes</td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>└ <code>sub_mchid</code></td><td>string</td><td>yes</td><td>二级商户号</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/ecommerce/refunds/{refund_id}/return-advance&#39;][&#39;get&#39;][&#39;options&#39;] = {
  refund_id: &#39;50000000382019052709732678859&#39;,
  query: { sub_mchid: &#39;1900000109&#39; },
};

// 1. $instance-&gt;v3-&gt;ecommerce-&gt;refunds-&gt;_refund_id_-&gt;returnAdvance-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.ecommerce.refunds._refund_id_.returnAdvance.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/ecommerce/refunds/{refund_id}/return-advance&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/ecommerce/refunds/{refund_id}/return-advance&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/ecommerce/refunds/{refund_id}/return-advance&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/ecommerce/refunds/{refund_id}/return-advance&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;ecommerce-&gt;refunds-&gt;_refund_id_-&gt;returnAdvance-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.ecommerce.refunds._refund_id_.returnAdvance.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/ecommerce/refunds/{refund_id}/return-advance&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/ecommerce/refunds/{refund_id}/return-advance&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/ecommerce/refunds/{refund_id}/return-advance&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/ecommerce/refunds/{refund_id}/return-advance&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>refund_id</code></td><td>string</td><td>微信退款单号</td><td></td></tr><tr><td><code>advance_return_id</code></td><td>string</td><td>微信回补单号</td><td></td></tr><tr><td><code>return_amount</code></td><td>integer</td><td>垫付回补金额</td><td></td></tr><tr><td><code>payer_mchid</code></td><td>string</td><td>出款方商户号</td><td></td></tr><tr><td><code>payer_account</code></td><td>string</td><td>出款方账户</td><td></td></tr><tr><td><code>payee_mchid</code></td><td>string</td><td>入账方商户号</td><td></td></tr><tr><td><code>payee_account</code></td><td>string</td><td>入账方账户</td><td></td></tr><tr><td><code>result</code></td><td>string</td><td>垫付回补结果</td><td></td></tr><tr><td><code>success_time</code></td><td>string</td><td>垫付回补完成时间</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter7_6_5.shtml" target="_blank" rel="noreferrer">官方文档</a></li><li><a href="https://pay.weixin.qq.com/docs/partner/apis/ecommerce-refund/refunds/query-return-advance.html" target="_blank" rel="noreferrer">官方文档</a></li></ul><h2 id="post-·-垫付退款回补api" tabindex="-1">POST · 垫付退款回补API <a class="header-anchor" href="#post-·-垫付退款回补api" aria-label="Permalink to &quot;POST · 垫付退款回补API&quot;">​</a></h2><p>提交垫付退款后，发起退款方可通过该接口发起垫付退款资金回补，把退款垫付的资金从二级商户回补到电商平台账户。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/ecommerce/refunds/{refund_id}/return-advance</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 收付通∙退款</li><li>适用对象: 电商平台</li></ul><h3 id="request-1" tabindex="-1">Request <a class="header-anchor" href="#request-1" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>refund_id</code></td><td>string</td><td>yes</td><td>微信退款单号</td><td></td></tr><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>└ <code>sub_mchid</code></td><td>string</td><td>yes</td><td>二级商户号</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles-1" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles-1" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/ecommerce/refunds/{refund_id}/return-advance&#39;][&#39;post&#39;][&#39;options&#39;] = {
  refund_id: &#39;50000000382019052709732678859&#39;,
  json: { sub_mchid: &#39;1900000109&#39; },
};

// 1. $instance-&gt;v3-&gt;ecommerce-&gt;refunds-&gt;_refund_id_-&gt;returnAdvance-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.ecommerce.refunds._refund_id_.returnAdvance.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/ecommerce/refunds/{refund_id}/return-advance&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/ecommerce/refunds/{refund_id}/return-advance&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/ecommerce/refunds/{refund_id}/return-advance&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/ecommerce/refunds/{refund_id}/return-advance&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;ecommerce-&gt;refunds-&gt;_refund_id_-&gt;returnAdvance-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.ecommerce.refunds._refund_id_.returnAdvance.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/ecommerce/refunds/{refund_id}/return-advance&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/ecommerce/refunds/{refund_id}/return-advance&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/ecommerce/refunds/{refund_id}/return-advance&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/ecommerce/refunds/{refund_id}/return-advance&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer-1" tabindex="-1">Answer <a class="header-anchor" href="#answer-1" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>refund_id</code></td><td>string</td><td>微信退款单号</td><td></td></tr><tr><td><code>advance_return_id</code></td><td>string</td><td>微信回补单号</td><td></td></tr><tr><td><code>return_amount</code></td><td>integer</td><td>垫付回补金额</td><td></td></tr><tr><td><code>payer_mchid</code></td><td>string</td><td>出款方商户号</td><td></td></tr><tr><td><code>payer_account</code></td><td>string</td><td>出款方账户</td><td></td></tr><tr><td><code>payee_mchid</code></td><td>string</td><td>入账方商户号</td><td></td></tr><tr><td><code>payee_account</code></td><td>string</td><td>入账方账户</td><td></td></tr><tr><td><code>result</code></td><td>string</td><td>垫付回补结果</td><td></td></tr><tr><td><code>success_time</code></td><td>string</td><td>垫付回补完成时间</td><td></td></tr></tbody></table><h3 id="official-documentation-1" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation-1" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter7_6_4.shtml" target="_blank" rel="noreferrer">官方文档</a></li><li><a href="https://pay.weixin.qq.com/docs/partner/apis/ecommerce-refund/refunds/create-return-advance.html" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/ecommerce/refunds/_refund_id_/return-advance.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const returnAdvance = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  returnAdvance as default
};
