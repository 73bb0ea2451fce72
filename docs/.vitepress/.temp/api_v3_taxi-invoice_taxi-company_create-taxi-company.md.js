import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"新增出租车公司API · v3/taxi-invoice/taxi-company/create-taxi-company","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/taxi-invoice/taxi-company/create-taxi-company.md","filePath":"api/v3/taxi-invoice/taxi-company/create-taxi-company.md"}');
const _sfc_main = { name: "api/v3/taxi-invoice/taxi-company/create-taxi-company.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="新增出租车公司api-·-v3-taxi-invoice-taxi-company-create-taxi-company" tabindex="-1">新增出租车公司API · <code>v3/taxi-invoice/taxi-company/create-taxi-company</code> <a class="header-anchor" href="#新增出租车公司api-·-v3-taxi-invoice-taxi-company-create-taxi-company" aria-label="Permalink to &quot;新增出租车公司API · \`v3/taxi-invoice/taxi-company/create-taxi-company\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>新增出租车公司，主要用于服务商绑定特约商户，为出租车公司开通电子发票功能，提交开票信息等</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/taxi-invoice/taxi-company/create-taxi-company</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 出租车电子发票</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>company_name</code></td><td>string</td><td></td><td>公司名称</td><td></td></tr><tr><td>├ <code>tax_id</code></td><td>string</td><td>yes</td><td>税号</td><td></td></tr><tr><td>├ <code>address</code></td><td>string</td><td>yes</td><td>公司地址</td><td></td></tr><tr><td>├ <code>phone</code></td><td>string</td><td></td><td>公司电话</td><td></td></tr><tr><td>├ <code>bank_name</code></td><td>string</td><td></td><td>开户行</td><td></td></tr><tr><td>├ <code>bank_account</code></td><td>string</td><td></td><td>银行账号</td><td></td></tr><tr><td>├ <code>invoice_mode</code></td><td>string</td><td>yes</td><td>开票渠道</td><td></td></tr><tr><td>├ <code>legal_person</code></td><td>string</td><td>yes</td><td>企业法人姓名</td><td></td></tr><tr><td>├ <code>short_name</code></td><td>string</td><td></td><td>公司简称</td><td></td></tr><tr><td>├ <code>region_id</code></td><td>integer</td><td>yes</td><td>行政区划ID</td><td></td></tr><tr><td>└ <code>enterprise_type</code></td><td>string</td><td>yes</td><td>企业类型</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/taxi-invoice/taxi-company/create-taxi-company&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    company_name: &#39;深圳市未来有限公司&#39;,
    tax_id: &#39;12345678901234567J&#39;,
    address: &#39;广东省深圳市南山区高新科技园科技中一路腾讯大厦&#39;,
    phone: &#39;075586013388&#39;,
    bank_name: &#39;中国工商银行南山支行&#39;,
    bank_account: &#39;12345678901234&#39;,
    invoice_mode: &#39;JIAO_WEI&#39;,
    legal_person: &#39;张三&#39;,
    short_name: &#39;深圳未来&#39;,
    region_id: 510100,
    enterprise_type: &#39;ENTERPRISE&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;taxiInvoice-&gt;taxiCompany-&gt;createTaxiCompany-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.taxiInvoice.taxiCompany.createTaxiCompany.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/taxi-invoice/taxi-company/create-taxi-company&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/taxi-invoice/taxi-company/create-taxi-company&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/taxi-invoice/taxi-company/create-taxi-company&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/taxi-invoice/taxi-company/create-taxi-company&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;taxiInvoice-&gt;taxiCompany-&gt;createTaxiCompany-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.taxiInvoice.taxiCompany.createTaxiCompany.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/taxi-invoice/taxi-company/create-taxi-company&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/taxi-invoice/taxi-company/create-taxi-company&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/taxi-invoice/taxi-company/create-taxi-company&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/taxi-invoice/taxi-company/create-taxi-company&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>mchid</code></td><td>string</td><td>商户号</td><td></td></tr><tr><td><code>company_name</code></td><td>string</td><td>公司名称</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/docs/partner/apis/taxi-fapiao/taxi-company/create-taxi-company.html" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/taxi-invoice/taxi-company/create-taxi-company.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const createTaxiCompany = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  createTaxiCompany as default
};
