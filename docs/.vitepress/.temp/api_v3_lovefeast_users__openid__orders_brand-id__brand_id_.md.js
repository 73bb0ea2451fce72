import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"查询用户捐赠单列表 · v3/lovefeast/users/{openid}/orders/brand-id/{brand_id}","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/lovefeast/users/_openid_/orders/brand-id/_brand_id_.md","filePath":"api/v3/lovefeast/users/_openid_/orders/brand-id/_brand_id_.md"}');
const _sfc_main = { name: "api/v3/lovefeast/users/_openid_/orders/brand-id/_brand_id_.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="查询用户捐赠单列表-·-v3-lovefeast-users-openid-orders-brand-id-brand-id" tabindex="-1">查询用户捐赠单列表 · <code>v3/lovefeast/users/{openid}/orders/brand-id/{brand_id}</code> <a class="header-anchor" href="#查询用户捐赠单列表-·-v3-lovefeast-users-openid-orders-brand-id-brand-id" aria-label="Permalink to &quot;查询用户捐赠单列表 · \`v3/lovefeast/users/{openid}/orders/brand-id/{brand_id}\`&quot;">​</a></h1><p><a href="./../../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get" tabindex="-1">GET <a class="header-anchor" href="#get" aria-label="Permalink to &quot;GET&quot;">​</a></h2><p>商户可根据品牌ID与用户标识查询捐赠单列表</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/lovefeast/users/{openid}/orders/brand-id/{brand_id}</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 爱心餐</li><li>适用对象: 服务商, 微信平台商户</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>openid</code></td><td>string</td><td>yes</td><td>用户在商户AppID下的唯一标识</td><td></td></tr><tr><td><code>brand_id</code></td><td>string</td><td>yes</td><td>品牌ID</td><td></td></tr><tr><td><code>query</code></td><td>object</td><td></td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>├ <code>offset</code></td><td>integer</td><td></td><td>请求资源起始位置</td><td></td></tr><tr><td>└ <code>limit</code></td><td>integer</td><td></td><td>最大资源条数</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/lovefeast/users/{openid}/orders/brand-id/{brand_id}&#39;][&#39;get&#39;][&#39;options&#39;] = {
  openid: &#39;oUpF8uMuAJO_M2pxb1Q9zNjWeS6o&#39;,
  brand_id: &#39;2250&#39;,
  query: { offset: 0, limit: 20 },
};

// 1. $instance-&gt;v3-&gt;lovefeast-&gt;users-&gt;_openid_-&gt;orders-&gt;brandId-&gt;_brand_id_-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.lovefeast.users._openid_.orders.brandId._brand_id_.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/lovefeast/users/{openid}/orders/brand-id/{brand_id}&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/lovefeast/users/{openid}/orders/brand-id/{brand_id}&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/lovefeast/users/{openid}/orders/brand-id/{brand_id}&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/lovefeast/users/{openid}/orders/brand-id/{brand_id}&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;lovefeast-&gt;users-&gt;_openid_-&gt;orders-&gt;brandId-&gt;_brand_id_-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.lovefeast.users._openid_.orders.brandId._brand_id_.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/lovefeast/users/{openid}/orders/brand-id/{brand_id}&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/lovefeast/users/{openid}/orders/brand-id/{brand_id}&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/lovefeast/users/{openid}/orders/brand-id/{brand_id}&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/lovefeast/users/{openid}/orders/brand-id/{brand_id}&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>count</code></td><td>integer</td><td>该次请求返回的记录条数</td><td></td></tr><tr><td><code>limit</code></td><td>integer</td><td>最大记录条数</td><td></td></tr><tr><td><code>offset</code></td><td>integer</td><td>起始位置</td><td></td></tr><tr><td><code>total_count</code></td><td>integer</td><td>全部记录数量</td><td></td></tr><tr><td><code>data</code></td><td>object[]</td><td>结果集</td><td></td></tr><tr><td>├ <code>welfare_trade_id</code></td><td>string</td><td>捐赠订单号</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td>应用ID</td><td></td></tr><tr><td>├ <code>sub_appid</code></td><td>string</td><td>子商户应用ID</td><td></td></tr><tr><td>├ <code>brand_id</code></td><td>string</td><td>品牌ID</td><td></td></tr><tr><td>├ <code>donate_source</code></td><td>string</td><td>捐赠来源</td><td><code>MINIPROGRAM_PAY</code>, <code>ENTRUST_PAY</code></td></tr><tr><td>├ <code>merchant_order</code></td><td>string</td><td>商户订单</td><td></td></tr><tr><td>├ <code>institution_name</code></td><td>string</td><td>捐赠机构名称</td><td></td></tr><tr><td>├ <code>business_id</code></td><td>string</td><td>捐赠项目编号</td><td></td></tr><tr><td>├ <code>business_name</code></td><td>string</td><td>捐赠活动名称</td><td></td></tr><tr><td>├ <code>success_time</code></td><td>string</td><td>支付完成时间</td><td></td></tr><tr><td>├ <code>payer</code></td><td>object</td><td>支付者</td><td></td></tr><tr><td> ├ <code>openid</code></td><td>string</td><td>用户标识</td><td></td></tr><tr><td> ├ <code>sub_openid</code></td><td>string</td><td>用户子标识</td><td></td></tr><tr><td> ├ <code>avatar</code></td><td>string</td><td>用户头像URL</td><td></td></tr><tr><td> └ <code>nickname</code></td><td>string</td><td>用户昵称</td><td></td></tr><tr><td>├ <code>amount</code></td><td>object</td><td>订单金额</td><td></td></tr><tr><td> ├ <code>total</code></td><td>number</td><td>总金额</td><td></td></tr><tr><td> ├ <code>payer_total</code></td><td>number</td><td>用户支付金额</td><td></td></tr><tr><td> ├ <code>currency</code></td><td>string</td><td>货币类型</td><td></td></tr><tr><td> └ <code>payer_currency</code></td><td>string</td><td>用户支付币种</td><td></td></tr><tr><td>└ <code>device_id</code></td><td>string</td><td>设备编号</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/lovefeast/users/_openid_/orders/brand-id/_brand_id_.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const _brand_id_ = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  _brand_id_ as default
};
