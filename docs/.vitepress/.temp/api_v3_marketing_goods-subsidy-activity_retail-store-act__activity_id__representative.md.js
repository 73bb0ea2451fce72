import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"删除零售小店活动业务代理 / 添加零售小店活动业务代理 · v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representative","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/marketing/goods-subsidy-activity/retail-store-act/_activity_id_/representative.md","filePath":"api/v3/marketing/goods-subsidy-activity/retail-store-act/_activity_id_/representative.md"}');
const _sfc_main = { name: "api/v3/marketing/goods-subsidy-activity/retail-store-act/_activity_id_/representative.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="删除零售小店活动业务代理-添加零售小店活动业务代理-·-v3-marketing-goods-subsidy-activity-retail-store-act-activity-id-representative" tabindex="-1">删除零售小店活动业务代理 / 添加零售小店活动业务代理 · <code>v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representative</code> <a class="header-anchor" href="#删除零售小店活动业务代理-添加零售小店活动业务代理-·-v3-marketing-goods-subsidy-activity-retail-store-act-activity-id-representative" aria-label="Permalink to &quot;删除零售小店活动业务代理 / 添加零售小店活动业务代理 · \`v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representative\`&quot;">​</a></h1><p><a href="./../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="delete-·-删除零售小店活动业务代理" tabindex="-1">DELETE · 删除零售小店活动业务代理 <a class="header-anchor" href="#delete-·-删除零售小店活动业务代理" aria-label="Permalink to &quot;DELETE · 删除零售小店活动业务代理&quot;">​</a></h2><p>该接口为服务商或商户给零售小店活动删除业务代理的专用接口。 使用对象：活动创建方商户号、活动归属品牌的品牌主商户号或品牌经营商户号。</p><ul><li><code>DELETE https://api.mch.weixin.qq.com/v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representative</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 品牌小店营销</li><li>适用对象: 普通商户, 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>activity_id</code></td><td>string</td><td>yes</td><td>零售小店活动ID</td><td></td></tr><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>representative_info_list</code></td><td>object[]</td><td>yes</td><td>业务代理信息列表</td><td></td></tr><tr><td> └ <code>openid</code></td><td>string</td><td>yes</td><td>业务代理的OpenID</td><td></td></tr><tr><td>├ <code>out_request_no</code></td><td>string</td><td>yes</td><td>请求业务单据号</td><td></td></tr><tr><td>└ <code>delete_time</code></td><td>string</td><td>yes</td><td>删除时间</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>delete</code> and <code>deleteAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representative&#39;][&#39;delete&#39;][&#39;options&#39;] = {
  activity_id: &#39;3118550000000004&#39;,
  json: {
    representative_info_list: [{ openid: &#39;oK7fFt8zzEZ909XH-LE2#&#39; }],
    out_request_no: &#39;1002600620019090123143254436&#39;,
    delete_time: &#39;2015-05-20T13:29:35.120+08:00&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;marketing-&gt;goodsSubsidyActivity-&gt;retailStoreAct-&gt;_activity_id_-&gt;representative-&gt;deleteAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.marketing.goodsSubsidyActivity.retailStoreAct._activity_id_.representative.deleteAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representative&#39;)-&gt;deleteAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representative&#39;).deleteAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representative&#39;]-&gt;deleteAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representative&#39;].deleteAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;marketing-&gt;goodsSubsidyActivity-&gt;retailStoreAct-&gt;_activity_id_-&gt;representative-&gt;delete([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.marketing.goodsSubsidyActivity.retailStoreAct._activity_id_.representative.delete(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representative&#39;)-&gt;delete([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representative&#39;).delete(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representative&#39;]-&gt;delete([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representative&#39;].delete(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>activity_id</code></td><td>string</td><td>零售小店活动ID</td><td></td></tr><tr><td><code>failed_representative_info_list</code></td><td>object[]</td><td>删除失败业务代理信息列表</td><td></td></tr><tr><td>└ <code>openid</code></td><td>string</td><td>业务代理的OpenID</td><td></td></tr><tr><td><code>delete_time</code></td><td>string</td><td>删除时间</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/docs/partner/apis/retail-store/retail-store-act/delete-representative.html" target="_blank" rel="noreferrer">官方文档</a></li></ul><h2 id="put-·-添加零售小店活动业务代理" tabindex="-1">PUT · 添加零售小店活动业务代理 <a class="header-anchor" href="#put-·-添加零售小店活动业务代理" aria-label="Permalink to &quot;PUT · 添加零售小店活动业务代理&quot;">​</a></h2><p>该接口为服务商或商户给零售小店活动添加业务代理的专用接口。 使用对象：活动创建方商户号、活动归属品牌的品牌主商户号或品牌经营商户号。</p><ul><li><code>PUT https://api.mch.weixin.qq.com/v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representative</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 品牌小店营销</li><li>适用对象: 普通商户, 服务商</li></ul><h3 id="request-1" tabindex="-1">Request <a class="header-anchor" href="#request-1" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>activity_id</code></td><td>string</td><td>yes</td><td>零售小店活动ID</td><td></td></tr><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>representative_info_list</code></td><td>object[]</td><td>yes</td><td>业务代理信息列表</td><td></td></tr><tr><td> └ <code>openid</code></td><td>string</td><td>yes</td><td>业务代理的OpenID</td><td></td></tr><tr><td>├ <code>out_request_no</code></td><td>string</td><td>yes</td><td>请求业务单据号</td><td></td></tr><tr><td>└ <code>add_time</code></td><td>string</td><td></td><td>添加时间</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles-1" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles-1" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>put</code> and <code>putAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representative&#39;][&#39;put&#39;][&#39;options&#39;] = {
  activity_id: &#39;3118550000000004&#39;,
  json: {
    representative_info_list: [{ openid: &#39;oK7fFt8zzEZ909XH-LE2#&#39; }],
    out_request_no: &#39;1002600620019090123143254436&#39;,
    add_time: &#39;2015-05-20T13:29:35+08:00&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;marketing-&gt;goodsSubsidyActivity-&gt;retailStoreAct-&gt;_activity_id_-&gt;representative-&gt;putAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.marketing.goodsSubsidyActivity.retailStoreAct._activity_id_.representative.putAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representative&#39;)-&gt;putAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representative&#39;).putAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representative&#39;]-&gt;putAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representative&#39;].putAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;marketing-&gt;goodsSubsidyActivity-&gt;retailStoreAct-&gt;_activity_id_-&gt;representative-&gt;put([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.marketing.goodsSubsidyActivity.retailStoreAct._activity_id_.representative.put(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representative&#39;)-&gt;put([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representative&#39;).put(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representative&#39;]-&gt;put([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representative&#39;].put(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer-1" tabindex="-1">Answer <a class="header-anchor" href="#answer-1" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>activity_id</code></td><td>string</td><td>零售小店活动ID</td><td></td></tr><tr><td><code>failed_representative_info_list</code></td><td>object[]</td><td>添加失败业务代理信息列表</td><td></td></tr><tr><td>└ <code>openid</code></td><td>string</td><td>业务代理的OpenID</td><td></td></tr><tr><td><code>add_time</code></td><td>string</td><td>添加时间</td><td></td></tr></tbody></table><h3 id="official-documentation-1" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation-1" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/docs/partner/apis/retail-store/retail-stores/add-representative.html" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/marketing/goods-subsidy-activity/retail-store-act/_activity_id_/representative.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const representative = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  representative as default
};
