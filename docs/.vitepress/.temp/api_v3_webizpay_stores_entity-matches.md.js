import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"发起门店主体匹配 · v3/webizpay/stores/entity-matches","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/webizpay/stores/entity-matches.md","filePath":"api/v3/webizpay/stores/entity-matches.md"}');
const _sfc_main = { name: "api/v3/webizpay/stores/entity-matches.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="发起门店主体匹配-·-v3-webizpay-stores-entity-matches" tabindex="-1">发起门店主体匹配 · <code>v3/webizpay/stores/entity-matches</code> <a class="header-anchor" href="#发起门店主体匹配-·-v3-webizpay-stores-entity-matches" aria-label="Permalink to &quot;发起门店主体匹配 · \`v3/webizpay/stores/entity-matches\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>发起门店主体匹配。该接口允许服务商批量查询门店主体是否已在微信支付开通相关支付产品，匹配结果可用于后续企业支付业务的开展。企业可通过此接口确认合作门店的支付能力，提前了解是否可以使用企业支付功能进行消费。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/webizpay/stores/entity-matches</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 企业支付</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>sp_mchid</code></td><td>string</td><td>yes</td><td>服务商商户号</td><td></td></tr><tr><td>├ <code>out_batch_id</code></td><td>string</td><td>yes</td><td>商户主体匹配批次单号</td><td></td></tr><tr><td>└ <code>match_details</code></td><td>object[]</td><td></td><td>主体匹配明细列表</td><td></td></tr><tr><td> ├ <code>organization_code</code></td><td>string</td><td>yes</td><td>门店统一社会信用代码</td><td></td></tr><tr><td> ├ <code>store_name</code></td><td>string</td><td>yes</td><td>门店名称</td><td></td></tr><tr><td> └ <code>product_type</code></td><td>string</td><td>yes</td><td>需要查询的支付产品</td><td><code>CODE_PAY</code>, <code>NONE</code></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/webizpay/stores/entity-matches&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: { sp_mchid: &#39;12341234&#39;, out_batch_id: &#39;batch12345678&#39; },
};

// 1. $instance-&gt;v3-&gt;webizpay-&gt;stores-&gt;entityMatches-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.webizpay.stores.entityMatches.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/webizpay/stores/entity-matches&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/webizpay/stores/entity-matches&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/webizpay/stores/entity-matches&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/webizpay/stores/entity-matches&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;webizpay-&gt;stores-&gt;entityMatches-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.webizpay.stores.entityMatches.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/webizpay/stores/entity-matches&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/webizpay/stores/entity-matches&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/webizpay/stores/entity-matches&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/webizpay/stores/entity-matches&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>sp_mchid</code></td><td>string</td><td>服务商商户号</td><td></td></tr><tr><td><code>out_batch_id</code></td><td>string</td><td>商户主体匹配批次单号</td><td></td></tr><tr><td><code>batch_id</code></td><td>string</td><td>微信支付主体匹配批次单号</td><td></td></tr><tr><td><code>time</code></td><td>string(rfc3339)</td><td>批次创建时间</td><td></td></tr><tr><td><code>state</code></td><td>string</td><td>批次状态</td><td><code>ACCEPTED</code>, <code>IN_PROGRESS</code>, <code>COMPLETED</code>, <code>CLOSED</code></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/webizpay/stores/entity-matches.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const entityMatches = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  entityMatches as default
};
