import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"删除商户标识 · v3/webizpay/avail-mch-ranges/{range_id}/merchant-identifiers/{merchant_identifier}","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/webizpay/avail-mch-ranges/_range_id_/merchant-identifiers/_merchant_identifier_.md","filePath":"api/v3/webizpay/avail-mch-ranges/_range_id_/merchant-identifiers/_merchant_identifier_.md"}');
const _sfc_main = { name: "api/v3/webizpay/avail-mch-ranges/_range_id_/merchant-identifiers/_merchant_identifier_.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="删除商户标识-·-v3-webizpay-avail-mch-ranges-range-id-merchant-identifiers-merchant-identifier" tabindex="-1">删除商户标识 · <code>v3/webizpay/avail-mch-ranges/{range_id}/merchant-identifiers/{merchant_identifier}</code> <a class="header-anchor" href="#删除商户标识-·-v3-webizpay-avail-mch-ranges-range-id-merchant-identifiers-merchant-identifier" aria-label="Permalink to &quot;删除商户标识 · \`v3/webizpay/avail-mch-ranges/{range_id}/merchant-identifiers/{merchant_identifier}\`&quot;">​</a></h1><p><a href="./../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="delete" tabindex="-1">DELETE <a class="header-anchor" href="#delete" aria-label="Permalink to &quot;DELETE&quot;">​</a></h2><p>删除商户标识。该接口允许服务商从已存在的可用商户范围中删除商户标识。当某个商户标识不再需要被包含在范围内时，可以通过此接口进行移除操作。</p><ul><li><code>DELETE https://api.mch.weixin.qq.com/v3/webizpay/avail-mch-ranges/{range_id}/merchant-identifiers/{merchant_identifier}</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 企业支付</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>range_id</code></td><td>string</td><td>yes</td><td>可用商户范围id</td><td></td></tr><tr><td><code>merchant_identifier</code></td><td>string</td><td>yes</td><td>商户标识值</td><td></td></tr><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>└ <code>sp_mchid</code></td><td>string</td><td>yes</td><td>服务商商户号</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>delete</code> and <code>deleteAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/webizpay/avail-mch-ranges/{range_id}/merchant-identifiers/{merchant_identifier}&#39;][&#39;delete&#39;][&#39;options&#39;] = {
  range_id: &#39;89f5123e-5ad4-4e0e-89b1-63ced0c798c5&#39;,
  merchant_identifier: &#39;91110000710926094P&#39;,
  json: { sp_mchid: &#39;12341234&#39; },
};

// 1. $instance-&gt;v3-&gt;webizpay-&gt;availMchRanges-&gt;_range_id_-&gt;merchantIdentifiers-&gt;_merchant_identifier_-&gt;deleteAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.webizpay.availMchRanges._range_id_.merchantIdentifiers._merchant_identifier_.deleteAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/webizpay/avail-mch-ranges/{range_id}/merchant-identifiers/{merchant_identifier}&#39;)-&gt;deleteAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/webizpay/avail-mch-ranges/{range_id}/merchant-identifiers/{merchant_identifier}&#39;).deleteAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/webizpay/avail-mch-ranges/{range_id}/merchant-identifiers/{merchant_identifier}&#39;]-&gt;deleteAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/webizpay/avail-mch-ranges/{range_id}/merchant-identifiers/{merchant_identifier}&#39;].deleteAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;webizpay-&gt;availMchRanges-&gt;_range_id_-&gt;merchantIdentifiers-&gt;_merchant_identifier_-&gt;delete([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.webizpay.availMchRanges._range_id_.merchantIdentifiers._merchant_identifier_.delete(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/webizpay/avail-mch-ranges/{range_id}/merchant-identifiers/{merchant_identifier}&#39;)-&gt;delete([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/webizpay/avail-mch-ranges/{range_id}/merchant-identifiers/{merchant_identifier}&#39;).delete(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/webizpay/avail-mch-ranges/{range_id}/merchant-identifiers/{merchant_identifier}&#39;]-&gt;delete([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/webizpay/avail-mch-ranges/{range_id}/merchant-identifiers/{merchant_identifier}&#39;].delete(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>range_id</code></td><td>string</td><td>可用商户范围id</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/webizpay/avail-mch-ranges/_range_id_/merchant-identifiers/_merchant_identifier_.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const _merchant_identifier_ = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  _merchant_identifier_ as default
};
