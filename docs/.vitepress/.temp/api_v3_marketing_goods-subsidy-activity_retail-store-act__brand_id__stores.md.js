import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"删除小店活动门店 / 查询小店活动门店列表 / 添加小店活动门店 · v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/marketing/goods-subsidy-activity/retail-store-act/_brand_id_/stores.md","filePath":"api/v3/marketing/goods-subsidy-activity/retail-store-act/_brand_id_/stores.md"}');
const _sfc_main = { name: "api/v3/marketing/goods-subsidy-activity/retail-store-act/_brand_id_/stores.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="删除小店活动门店-查询小店活动门店列表-添加小店活动门店-·-v3-marketing-goods-subsidy-activity-retail-store-act-brand-id-stores" tabindex="-1">删除小店活动门店 / 查询小店活动门店列表 / 添加小店活动门店 · <code>v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores</code> <a class="header-anchor" href="#删除小店活动门店-查询小店活动门店列表-添加小店活动门店-·-v3-marketing-goods-subsidy-activity-retail-store-act-brand-id-stores" aria-label="Permalink to &quot;删除小店活动门店 / 查询小店活动门店列表 / 添加小店活动门店 · \`v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores\`&quot;">​</a></h1><p><a href="./../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="delete-·-删除小店活动门店" tabindex="-1">DELETE · 删除小店活动门店 <a class="header-anchor" href="#delete-·-删除小店活动门店" aria-label="Permalink to &quot;DELETE · 删除小店活动门店&quot;">​</a></h2><p>该接口为服务商或商户给零售小店活动删除门店专用接口。 使用对象：品牌的品牌主商户号或品牌服务商。</p><ul><li><code>DELETE https://api.mch.weixin.qq.com/v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 品牌小店营销</li><li>适用对象: 普通商户, 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>brand_id</code></td><td>string</td><td>yes</td><td>品牌ID</td><td></td></tr><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>out_request_no</code></td><td>string</td><td>yes</td><td>请求业务单据</td><td></td></tr><tr><td>├ <code>delete_time</code></td><td>string(rfc3339)</td><td>yes</td><td>删除时间</td><td></td></tr><tr><td>└ <code>stores</code></td><td>object[]</td><td>yes</td><td>待删除的小店活动门店列表</td><td></td></tr><tr><td> ├ <code>store_code</code></td><td>string</td><td></td><td>门店编码</td><td></td></tr><tr><td> └ <code>store_name</code></td><td>string</td><td></td><td>门店名称</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>delete</code> and <code>deleteAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores&#39;][&#39;delete&#39;][&#39;options&#39;] = {
  brand_id: &#39;1001&#39;,
  json: {
    out_request_no: &#39;1002600620019090123143254436&#39;,
    delete_time: &#39;2015-05-20T13:29:35+08:00&#39;,
    stores: [{ store_code: &#39;abc_001&#39;, store_name: &#39;幸福小店&#39; }],
  },
};

// 1. $instance-&gt;v3-&gt;marketing-&gt;goodsSubsidyActivity-&gt;retailStoreAct-&gt;_brand_id_-&gt;stores-&gt;deleteAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.marketing.goodsSubsidyActivity.retailStoreAct._brand_id_.stores.deleteAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores&#39;)-&gt;deleteAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores&#39;).deleteAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores&#39;]-&gt;deleteAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores&#39;].deleteAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;marketing-&gt;goodsSubsidyActivity-&gt;retailStoreAct-&gt;_brand_id_-&gt;stores-&gt;delete([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.marketing.goodsSubsidyActivity.retailStoreAct._brand_id_.stores.delete(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores&#39;)-&gt;delete([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores&#39;).delete(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores&#39;]-&gt;delete([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores&#39;].delete(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>delete_time</code></td><td>string(rfc3339)</td><td>删除时间</td><td></td></tr><tr><td><code>failed_stores</code></td><td>object[]</td><td>删除失败的小店活动门店列表</td><td></td></tr><tr><td>├ <code>store_code</code></td><td>string</td><td>门店编码</td><td></td></tr><tr><td>└ <code>store_name</code></td><td>string</td><td>门店名称</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/docs/partner/apis/retail-store/retail-store-act/delete-stores.html" target="_blank" rel="noreferrer">官方文档</a></li></ul><h2 id="get-·-查询小店活动门店列表" tabindex="-1">GET · 查询小店活动门店列表 <a class="header-anchor" href="#get-·-查询小店活动门店列表" aria-label="Permalink to &quot;GET · 查询小店活动门店列表&quot;">​</a></h2><p>该接口为服务商或商户给零售小店活动查询门店列表专用接口。 使用对象：品牌的品牌主商户号或品牌服务商。</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 品牌小店营销</li><li>适用对象: 普通商户, 服务商</li></ul><h3 id="request-1" tabindex="-1">Request <a class="header-anchor" href="#request-1" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>brand_id</code></td><td>string</td><td>yes</td><td>品牌ID</td><td></td></tr><tr><td><code>query</code></td><td>object</td><td>yes</td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>├ <code>offset</code></td><td>number</td><td>yes</td><td>分页页码</td><td></td></tr><tr><td>└ <code>limit</code></td><td>number</td><td>yes</td><td>分页大小</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles-1" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles-1" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores&#39;][&#39;get&#39;][&#39;options&#39;] = {
  brand_id: &#39;1001&#39;,
  query: { offset: 0, limit: 10 },
};

// 1. $instance-&gt;v3-&gt;marketing-&gt;goodsSubsidyActivity-&gt;retailStoreAct-&gt;_brand_id_-&gt;stores-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.marketing.goodsSubsidyActivity.retailStoreAct._brand_id_.stores.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;marketing-&gt;goodsSubsidyActivity-&gt;retailStoreAct-&gt;_brand_id_-&gt;stores-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.marketing.goodsSubsidyActivity.retailStoreAct._brand_id_.stores.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer-1" tabindex="-1">Answer <a class="header-anchor" href="#answer-1" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>total_count</code></td><td>number</td><td>小店活动门店总数</td><td></td></tr><tr><td><code>data</code></td><td>object[]</td><td>小店活动门店集合</td><td></td></tr><tr><td>├ <code>store_code</code></td><td>string</td><td>门店编码</td><td></td></tr><tr><td>└ <code>store_name</code></td><td>string</td><td>门店名称</td><td></td></tr><tr><td><code>offset</code></td><td>number</td><td>分页页码</td><td></td></tr><tr><td><code>limit</code></td><td>number</td><td>分页大小</td><td></td></tr></tbody></table><h3 id="official-documentation-1" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation-1" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/docs/partner/apis/retail-store/retail-store-act/list-store.html" target="_blank" rel="noreferrer">官方文档</a></li></ul><h2 id="post-·-添加小店活动门店" tabindex="-1">POST · 添加小店活动门店 <a class="header-anchor" href="#post-·-添加小店活动门店" aria-label="Permalink to &quot;POST · 添加小店活动门店&quot;">​</a></h2><p>该接口为服务商或商户给零售小店活动添加门店专用接口。 使用对象：品牌的品牌主商户号或品牌服务商。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 品牌小店营销</li><li>适用对象: 普通商户, 服务商</li></ul><h3 id="request-2" tabindex="-1">Request <a class="header-anchor" href="#request-2" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>brand_id</code></td><td>string</td><td>yes</td><td>品牌ID</td><td></td></tr><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>out_request_no</code></td><td>string</td><td>yes</td><td>请求业务单据</td><td></td></tr><tr><td>├ <code>add_time</code></td><td>string(rfc3339)</td><td>yes</td><td>添加时间</td><td></td></tr><tr><td>└ <code>stores</code></td><td>object[]</td><td>yes</td><td>待新增的小店活动门店列表</td><td></td></tr><tr><td> ├ <code>store_code</code></td><td>string</td><td></td><td>门店编码</td><td></td></tr><tr><td> └ <code>store_name</code></td><td>string</td><td></td><td>门店名称</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles-2" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles-2" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores&#39;][&#39;post&#39;][&#39;options&#39;] = {
  brand_id: &#39;1001&#39;,
  json: {
    out_request_no: &#39;1002600620019090123143254436&#39;,
    add_time: &#39;2015-05-20T13:29:35+08:00&#39;,
    stores: [{ store_code: &#39;abc_001&#39;, store_name: &#39;幸福小店&#39; }],
  },
};

// 1. $instance-&gt;v3-&gt;marketing-&gt;goodsSubsidyActivity-&gt;retailStoreAct-&gt;_brand_id_-&gt;stores-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.marketing.goodsSubsidyActivity.retailStoreAct._brand_id_.stores.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;marketing-&gt;goodsSubsidyActivity-&gt;retailStoreAct-&gt;_brand_id_-&gt;stores-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.marketing.goodsSubsidyActivity.retailStoreAct._brand_id_.stores.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer-2" tabindex="-1">Answer <a class="header-anchor" href="#answer-2" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>add_time</code></td><td>string(rfc3339)</td><td>添加时间</td><td></td></tr><tr><td><code>failed_stores</code></td><td>object[]</td><td>添加失败的小店活动门店列表</td><td></td></tr><tr><td>├ <code>store_code</code></td><td>string</td><td>门店编码</td><td></td></tr><tr><td>└ <code>store_name</code></td><td>string</td><td>门店名称</td><td></td></tr></tbody></table><h3 id="official-documentation-2" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation-2" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/docs/partner/apis/retail-store/retail-store-act/add-stores.html" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/marketing/goods-subsidy-activity/retail-store-act/_brand_id_/stores.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const stores = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  stores as default
};
