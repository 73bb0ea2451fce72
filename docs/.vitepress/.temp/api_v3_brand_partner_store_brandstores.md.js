import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"列表查询品牌门店信息 / 创建品牌门店 · v3/brand/partner/store/brandstores","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/brand/partner/store/brandstores.md","filePath":"api/v3/brand/partner/store/brandstores.md"}');
const _sfc_main = { name: "api/v3/brand/partner/store/brandstores.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="列表查询品牌门店信息-创建品牌门店-·-v3-brand-partner-store-brandstores" tabindex="-1">列表查询品牌门店信息 / 创建品牌门店 · <code>v3/brand/partner/store/brandstores</code> <a class="header-anchor" href="#列表查询品牌门店信息-创建品牌门店-·-v3-brand-partner-store-brandstores" aria-label="Permalink to &quot;列表查询品牌门店信息 / 创建品牌门店 · \`v3/brand/partner/store/brandstores\`&quot;">​</a></h1><p><a href="./../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get-·-列表查询品牌门店信息" tabindex="-1">GET · 列表查询品牌门店信息 <a class="header-anchor" href="#get-·-列表查询品牌门店信息" aria-label="Permalink to &quot;GET · 列表查询品牌门店信息&quot;">​</a></h2><p>查询品牌门店列表。</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/brand/partner/store/brandstores</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 经营工具∙品牌门店</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>query</code></td><td>object</td><td>yes</td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>├ <code>brand_id</code></td><td>string</td><td>yes</td><td>品牌ID</td><td></td></tr><tr><td>├ <code>store_state</code></td><td>string</td><td></td><td>门店状态</td><td><code>OPEN</code>, <code>CREATING</code>, <code>CLOSED</code></td></tr><tr><td>├ <code>offset</code></td><td>integer</td><td></td><td>分页起始位置</td><td></td></tr><tr><td>└ <code>limit</code></td><td>integer</td><td></td><td>分页条数</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/brand/partner/store/brandstores&#39;][&#39;get&#39;][&#39;options&#39;] = {
  query: { brand_id: &#39;120344&#39;, store_state: &#39;OPEN&#39;, offset: 100, limit: 50 },
};

// 1. $instance-&gt;v3-&gt;brand-&gt;partner-&gt;store-&gt;brandstores-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.brand.partner.store.brandstores.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/brand/partner/store/brandstores&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/brand/partner/store/brandstores&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/brand/partner/store/brandstores&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/brand/partner/store/brandstores&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;brand-&gt;partner-&gt;store-&gt;brandstores-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.brand.partner.store.brandstores.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/brand/partner/store/brandstores&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/brand/partner/store/brandstores&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/brand/partner/store/brandstores&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/brand/partner/store/brandstores&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>brand_id</code></td><td>string</td><td>品牌ID</td><td></td></tr><tr><td><code>offset</code></td><td>integer</td><td>分页起始位置</td><td></td></tr><tr><td><code>limit</code></td><td>integer</td><td>分页条数</td><td></td></tr><tr><td><code>total_count</code></td><td>integer</td><td>门店总数</td><td></td></tr><tr><td><code>data</code></td><td>object[]</td><td>品牌门店列表</td><td></td></tr><tr><td>├ <code>brand_id</code></td><td>string</td><td>品牌ID</td><td></td></tr><tr><td>├ <code>store_id</code></td><td>string</td><td>品牌门店ID</td><td></td></tr><tr><td>├ <code>store_state</code></td><td>string</td><td>门店状态</td><td><code>OPEN</code>, <code>CREATING</code>, <code>CLOSED</code></td></tr><tr><td>├ <code>audit_state</code></td><td>string</td><td>审核状态</td><td><code>SUCCESS</code>, <code>PROCESSING</code>, <code>REJECTED</code></td></tr><tr><td>├ <code>review_reject_reason</code></td><td>string</td><td>审核失败原因</td><td></td></tr><tr><td>├ <code>store_basics</code></td><td>object</td><td>门店基础信息</td><td></td></tr><tr><td> ├ <code>store_reference_id</code></td><td>string</td><td>商家门店编号</td><td></td></tr><tr><td> └ <code>branch_name</code></td><td>string</td><td>门店名称</td><td></td></tr><tr><td>├ <code>store_address</code></td><td>object</td><td>门店地址信息</td><td></td></tr><tr><td> ├ <code>address_code</code></td><td>string</td><td>门店省市编码</td><td></td></tr><tr><td> ├ <code>address_detail</code></td><td>string</td><td>门店地址</td><td></td></tr><tr><td> ├ <code>address_complements</code></td><td>string</td><td>门店地址辅助描述</td><td></td></tr><tr><td> ├ <code>longitude</code></td><td>string</td><td>门店经度</td><td></td></tr><tr><td> └ <code>latitude</code></td><td>string</td><td>门店纬度</td><td></td></tr><tr><td>├ <code>store_business</code></td><td>object</td><td>门店经营信息</td><td></td></tr><tr><td> ├ <code>service_phone</code></td><td>string</td><td>门店服务电话</td><td></td></tr><tr><td> └ <code>business_hours</code></td><td>string</td><td>门店经营时间</td><td></td></tr><tr><td>└ <code>store_recipient</code></td><td>object[]</td><td>门店收款信息</td><td></td></tr><tr><td> ├ <code>mchid</code></td><td>string</td><td>门店收款商户号</td><td></td></tr><tr><td> ├ <code>company_name</code></td><td>string</td><td>门店收款主体</td><td></td></tr><tr><td> └ <code>recipient_state</code></td><td>string</td><td>收款绑定状态</td><td><code>CONFIRMED</code>, <code>ADMIN_REJECTED</code>, <code>CONFIRMING</code>, <code>TIMEOUT_REJECTED</code></td></tr></tbody></table><h2 id="post-·-创建品牌门店" tabindex="-1">POST · 创建品牌门店 <a class="header-anchor" href="#post-·-创建品牌门店" aria-label="Permalink to &quot;POST · 创建品牌门店&quot;">​</a></h2><p>填入品牌门店资料，并创建门店。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/brand/partner/store/brandstores</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 经营工具∙品牌门店</li><li>适用对象: 服务商</li></ul><h3 id="request-1" tabindex="-1">Request <a class="header-anchor" href="#request-1" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>brand_id</code></td><td>string</td><td>yes</td><td>品牌ID</td><td></td></tr><tr><td>├ <code>store_basics</code></td><td>object</td><td></td><td>门店基础信息</td><td></td></tr><tr><td> ├ <code>store_reference_id</code></td><td>string</td><td></td><td>商家门店编号</td><td></td></tr><tr><td> └ <code>branch_name</code></td><td>string</td><td></td><td>门店名称</td><td></td></tr><tr><td>├ <code>store_address</code></td><td>object</td><td>yes</td><td>门店地址信息</td><td></td></tr><tr><td> ├ <code>address_code</code></td><td>string</td><td>yes</td><td>门店省市编码</td><td></td></tr><tr><td> ├ <code>address_detail</code></td><td>string</td><td>yes</td><td>门店地址</td><td></td></tr><tr><td> ├ <code>address_complements</code></td><td>string</td><td></td><td>门店地址辅助描述</td><td></td></tr><tr><td> ├ <code>longitude</code></td><td>string</td><td></td><td>门店经度</td><td></td></tr><tr><td> └ <code>latitude</code></td><td>string</td><td></td><td>门店纬度</td><td></td></tr><tr><td>└ <code>store_business</code></td><td>object</td><td></td><td>门店经营信息</td><td></td></tr><tr><td> ├ <code>service_phone</code></td><td>string</td><td></td><td>门店服务电话</td><td></td></tr><tr><td> └ <code>business_hours</code></td><td>string</td><td></td><td>门店经营时间</td><td></td></tr></tbody></table><h3 id="call-styles-1" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles-1" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/brand/partner/store/brandstores&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    brand_id: &#39;123456789&#39;,
    store_address: {
      address_code: &#39;440305&#39;,
      address_detail: &#39;深南大道10000号腾讯大厦1楼&#39;,
      address_complements: &#39;地铁A口右侧100米&#39;,
      longitude: &#39;112.63484&#39;,
      latitude: &#39;37.75464&#39;,
    },
  },
};

// 1. $instance-&gt;v3-&gt;brand-&gt;partner-&gt;store-&gt;brandstores-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.brand.partner.store.brandstores.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/brand/partner/store/brandstores&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/brand/partner/store/brandstores&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/brand/partner/store/brandstores&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/brand/partner/store/brandstores&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;brand-&gt;partner-&gt;store-&gt;brandstores-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.brand.partner.store.brandstores.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/brand/partner/store/brandstores&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/brand/partner/store/brandstores&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/brand/partner/store/brandstores&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/brand/partner/store/brandstores&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer-1" tabindex="-1">Answer <a class="header-anchor" href="#answer-1" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>brand_id</code></td><td>string</td><td>品牌ID</td><td></td></tr><tr><td><code>store_id</code></td><td>string</td><td>品牌门店ID</td><td></td></tr><tr><td><code>store_state</code></td><td>string</td><td>门店状态</td><td><code>OPEN</code>, <code>CREATING</code>, <code>CLOSED</code></td></tr><tr><td><code>audit_state</code></td><td>string</td><td>审核状态</td><td><code>SUCCESS</code>, <code>PROCESSING</code>, <code>REJECTED</code></td></tr><tr><td><code>review_reject_reason</code></td><td>string</td><td>审核失败原因</td><td></td></tr><tr><td><code>store_basics</code></td><td>object</td><td>门店基础信息</td><td></td></tr><tr><td>├ <code>store_reference_id</code></td><td>string</td><td>商家门店编号</td><td></td></tr><tr><td>└ <code>branch_name</code></td><td>string</td><td>门店名称</td><td></td></tr><tr><td><code>store_address</code></td><td>object</td><td>门店地址信息</td><td></td></tr><tr><td>├ <code>address_code</code></td><td>string</td><td>门店省市编码</td><td></td></tr><tr><td>├ <code>address_detail</code></td><td>string</td><td>门店地址</td><td></td></tr><tr><td>├ <code>address_complements</code></td><td>string</td><td>门店地址辅助描述</td><td></td></tr><tr><td>├ <code>longitude</code></td><td>string</td><td>门店经度</td><td></td></tr><tr><td>└ <code>latitude</code></td><td>string</td><td>门店纬度</td><td></td></tr><tr><td><code>store_business</code></td><td>object</td><td>门店经营信息</td><td></td></tr><tr><td>├ <code>service_phone</code></td><td>string</td><td>门店服务电话</td><td></td></tr><tr><td>└ <code>business_hours</code></td><td>string</td><td>门店经营时间</td><td></td></tr><tr><td><code>store_recipient</code></td><td>object[]</td><td>门店收款信息</td><td></td></tr><tr><td>├ <code>mchid</code></td><td>string</td><td>门店收款商户号</td><td></td></tr><tr><td>├ <code>company_name</code></td><td>string</td><td>门店收款主体</td><td></td></tr><tr><td>└ <code>recipient_state</code></td><td>string</td><td>收款绑定状态</td><td><code>CONFIRMED</code>, <code>ADMIN_REJECTED</code>, <code>CONFIRMING</code>, <code>TIMEOUT_REJECTED</code></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/brand/partner/store/brandstores.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const brandstores = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  brandstores as default
};
