import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"创建门店API · v3/merchant-store/stores","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/merchant-store/stores.md","filePath":"api/v3/merchant-store/stores.md"}');
const _sfc_main = { name: "api/v3/merchant-store/stores.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="创建门店api-·-v3-merchant-store-stores" tabindex="-1">创建门店API · <code>v3/merchant-store/stores</code> <a class="header-anchor" href="#创建门店api-·-v3-merchant-store-stores" aria-label="Permalink to &quot;创建门店API · \`v3/merchant-store/stores\`&quot;">​</a></h1><p><a href="./../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>连锁品牌方案，是微信支付为「连锁经营品牌商家」定制的行业解决方案。方案基于“品牌-门店”的商业关系，向连锁经营品牌商家提供进件、交易场景配置、流量开放、资金管理、数据管理、营销管理等场景的专项解决方案。服务商/品牌方在门店在创建时，需要经过门店方授权确认，确认后方可建立“品牌-门店”关系。 <a href="https://kf.qq.com/faq/2009096ZF7Jf200909UVbY73.html" target="_blank" rel="noreferrer">官方文档</a></p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/merchant-store/stores</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 经营工具∙连锁品牌∙门店</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td></td><td>子商户号</td><td></td></tr><tr><td>├ <code>store_basics</code></td><td>object</td><td></td><td>门店基础信息</td><td></td></tr><tr><td> ├ <code>store_reference_id</code></td><td>string</td><td></td><td>商家门店编号</td><td></td></tr><tr><td> ├ <code>brand_name</code></td><td>string</td><td></td><td>品牌名称</td><td></td></tr><tr><td> ├ <code>store_name</code></td><td>string</td><td>yes</td><td>门店名称</td><td></td></tr><tr><td> ├ <code>branch_name</code></td><td>string</td><td></td><td>分店名称</td><td></td></tr><tr><td> └ <code>brand_id</code></td><td>number</td><td></td><td>品牌ID</td><td></td></tr><tr><td>├ <code>store_address</code></td><td>object</td><td></td><td>门店地址信息</td><td></td></tr><tr><td> ├ <code>address_code</code></td><td>string</td><td>yes</td><td>门店省市编码</td><td></td></tr><tr><td> ├ <code>address_detail</code></td><td>string</td><td>yes</td><td>门店地址</td><td></td></tr><tr><td> ├ <code>address_complements</code></td><td>string</td><td></td><td>门店地址辅助描述</td><td></td></tr><tr><td> ├ <code>longitude</code></td><td>string</td><td></td><td>门店经度</td><td></td></tr><tr><td> └ <code>latitude</code></td><td>string</td><td></td><td>门店纬度</td><td></td></tr><tr><td>├ <code>store_business</code></td><td>object</td><td></td><td>门店经营信息</td><td></td></tr><tr><td> ├ <code>service_phone</code></td><td>string</td><td></td><td>门店服务电话</td><td></td></tr><tr><td> └ <code>business_hours</code></td><td>string</td><td></td><td>门店经营时间</td><td></td></tr><tr><td>└ <code>store_recipient</code></td><td>object[]</td><td></td><td>门店收款信息</td><td></td></tr><tr><td> ├ <code>mchid</code></td><td>string</td><td>yes</td><td>门店收款商户号</td><td></td></tr><tr><td> └ <code>company_name</code></td><td>string</td><td></td><td>门店收款主体</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/merchant-store/stores&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: { sub_mchid: &#39;1900000109&#39; },
};

// 1. $instance-&gt;v3-&gt;merchantStore-&gt;stores-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.merchantStore.stores.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/merchant-store/stores&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/merchant-store/stores&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/merchant-store/stores&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/merchant-store/stores&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;merchantStore-&gt;stores-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.merchantStore.stores.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/merchant-store/stores&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/merchant-store/stores&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/merchant-store/stores&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/merchant-store/stores&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>store_id</code></td><td>integer</td><td>微信支付商户门店ID</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/doc/v3/partner/4013948546" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/merchant-store/stores.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const stores = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  stores as default
};
