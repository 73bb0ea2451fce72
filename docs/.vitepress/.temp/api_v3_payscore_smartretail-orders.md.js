import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"查询智慧零售订单 / 创建智慧零售订单 · v3/payscore/smartretail-orders","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/payscore/smartretail-orders.md","filePath":"api/v3/payscore/smartretail-orders.md"}');
const _sfc_main = { name: "api/v3/payscore/smartretail-orders.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="查询智慧零售订单-创建智慧零售订单-·-v3-payscore-smartretail-orders" tabindex="-1">查询智慧零售订单 / 创建智慧零售订单 · <code>v3/payscore/smartretail-orders</code> <a class="header-anchor" href="#查询智慧零售订单-创建智慧零售订单-·-v3-payscore-smartretail-orders" aria-label="Permalink to &quot;查询智慧零售订单 / 创建智慧零售订单 · \`v3/payscore/smartretail-orders\`&quot;">​</a></h1><p><a href="./../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get-·-查询智慧零售订单" tabindex="-1">GET · 查询智慧零售订单 <a class="header-anchor" href="#get-·-查询智慧零售订单" aria-label="Permalink to &quot;GET · 查询智慧零售订单&quot;">​</a></h2><ul><li><code>GET https://api.mch.weixin.qq.com/v3/payscore/smartretail-orders</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 支付分∙智慧零售</li><li>适用对象: 直连商户</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>query</code></td><td>object</td><td></td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>├ <code>service_id</code></td><td>string</td><td></td><td>服务ID</td><td></td></tr><tr><td>├ <code>out_order_no</code></td><td>string</td><td></td><td>商户服务订单号</td><td></td></tr><tr><td>├ <code>query_id</code></td><td>string</td><td></td><td>回跳查询ID</td><td></td></tr><tr><td>└ <code>appid</code></td><td>string</td><td></td><td>公众账号ID</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

// 1. $instance-&gt;v3-&gt;payscore-&gt;smartretailOrders-&gt;getAsync()-&gt;then(…)-&gt;wait();
await wx.v3.payscore.smartretailOrders.getAsync().then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/payscore/smartretail-orders&#39;)-&gt;getAsync()-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/payscore/smartretail-orders&#39;).getAsync().then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/payscore/smartretail-orders&#39;]-&gt;getAsync()-&gt;then(…)-&gt;wait();
await wx[&#39;v3/payscore/smartretail-orders&#39;].getAsync().then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;payscore-&gt;smartretailOrders-&gt;get(); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.payscore.smartretailOrders.get();
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/payscore/smartretail-orders&#39;)-&gt;get(); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/payscore/smartretail-orders&#39;).get();
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/payscore/smartretail-orders&#39;]-&gt;get(); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/payscore/smartretail-orders&#39;].get();
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>appid</code></td><td>string</td><td>公众账号ID</td><td></td></tr><tr><td><code>mchid</code></td><td>string</td><td>商户号</td><td></td></tr><tr><td><code>out_order_no</code></td><td>string</td><td>商户服务订单号</td><td></td></tr><tr><td><code>service_id</code></td><td>string</td><td>服务ID</td><td></td></tr><tr><td><code>state</code></td><td>string</td><td></td><td><code>CREATED</code>, <code>USER_ACCEPTED</code>, <code>FINISHED</code>, <code>USER_PAID</code>, <code>REVOKED</code>, <code>EXPIRED</code></td></tr><tr><td><code>finish_type</code></td><td>integer</td><td>标识用户订单使用情况</td><td><code>1</code>, <code>2</code></td></tr><tr><td><code>service_start_time</code></td><td>string</td><td>服务开始时间</td><td></td></tr><tr><td><code>service_end_time</code></td><td>string</td><td>服务结束时间</td><td></td></tr><tr><td><code>real_service_start_time</code></td><td>string</td><td>实际服务开始时间</td><td></td></tr><tr><td><code>real_service_end_time</code></td><td>string</td><td>实际服务结束时间</td><td></td></tr><tr><td><code>pay_succ_time</code></td><td>string</td><td>支付完成时间</td><td></td></tr><tr><td><code>service_start_location</code></td><td>string</td><td>开始使用服务的地点</td><td></td></tr><tr><td><code>service_end_location</code></td><td>string</td><td>预计服务结束的地点</td><td></td></tr><tr><td><code>real_service_start_location</code></td><td>string</td><td>开始使用服务的地点</td><td></td></tr><tr><td><code>real_service_end_location</code></td><td>string</td><td>预计服务结束的地点</td><td></td></tr><tr><td><code>service_introduction</code></td><td>string</td><td>服务信息，用于介绍本订单所提供的服务</td><td></td></tr><tr><td><code>fees</code></td><td>object[]</td><td>后付费，描述付费项目列表</td><td></td></tr><tr><td>├ <code>fee_name</code></td><td>string</td><td>付费项目名称</td><td></td></tr><tr><td>├ <code>fee_count</code></td><td>integer</td><td>付费项目数量</td><td></td></tr><tr><td>├ <code>fee_amount</code></td><td>integer</td><td>付费项目总金额</td><td></td></tr><tr><td>└ <code>fee_desc</code></td><td>string</td><td>描述计费规则</td><td></td></tr><tr><td><code>discounts</code></td><td>object[]</td><td>商户优惠，最多包含5条商户优惠</td><td></td></tr><tr><td>├ <code>discount_name</code></td><td>string</td><td>优惠名称</td><td></td></tr><tr><td>├ <code>discount_amount</code></td><td>integer</td><td>商品优惠金额</td><td></td></tr><tr><td>└ <code>discount_desc</code></td><td>string</td><td>优惠说明</td><td></td></tr><tr><td><code>risk_amount</code></td><td>integer</td><td>订单风险金额</td><td></td></tr><tr><td><code>total_amount</code></td><td>integer</td><td>总金额(大于等于0的数字，单位为分)</td><td></td></tr><tr><td><code>attach</code></td><td>string</td><td>商户自定义说明,可存放本订单所需信息</td><td></td></tr><tr><td><code>finish_ticket</code></td><td>string</td><td>用于完结订单时传入,确保订单完结时数据完整</td><td></td></tr><tr><td><code>finish_transaction_id</code></td><td>string</td><td>结单交易单号</td><td></td></tr><tr><td><code>pay_type</code></td><td>string</td><td>支付方式</td><td><code>MchChannelPayType</code></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=14_2&amp;index=4" target="_blank" rel="noreferrer">官方文档</a></li></ul><h2 id="post-·-创建智慧零售订单" tabindex="-1">POST · 创建智慧零售订单 <a class="header-anchor" href="#post-·-创建智慧零售订单" aria-label="Permalink to &quot;POST · 创建智慧零售订单&quot;">​</a></h2><ul><li><code>POST https://api.mch.weixin.qq.com/v3/payscore/smartretail-orders</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 支付分∙智慧零售</li><li>适用对象: 直连商户</li></ul><h3 id="request-1" tabindex="-1">Request <a class="header-anchor" href="#request-1" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td>yes</td><td>公众账号ID</td><td></td></tr><tr><td>├ <code>out_order_no</code></td><td>string</td><td>yes</td><td>商户服务订单号</td><td></td></tr><tr><td>├ <code>service_id</code></td><td>string</td><td>yes</td><td>服务ID</td><td></td></tr><tr><td>├ <code>service_start_time</code></td><td>string</td><td></td><td>实际服务开始时间</td><td></td></tr><tr><td>├ <code>service_end_time</code></td><td>string</td><td></td><td>服务结束时间</td><td></td></tr><tr><td>├ <code>service_start_location</code></td><td>string</td><td></td><td>开始使用服务的地点</td><td></td></tr><tr><td>├ <code>service_end_location</code></td><td>string</td><td></td><td>预计服务结束的地点</td><td></td></tr><tr><td>├ <code>service_introduction</code></td><td>string</td><td></td><td>服务信息，用于介绍本订单所提供的服务</td><td></td></tr><tr><td>├ <code>fees</code></td><td>object[]</td><td></td><td>后付费，描述付费项目列表</td><td></td></tr><tr><td> ├ <code>fee_name</code></td><td>string</td><td></td><td>付费项目名称</td><td></td></tr><tr><td> ├ <code>fee_count</code></td><td>integer</td><td></td><td>付费项目数量</td><td></td></tr><tr><td> ├ <code>fee_amount</code></td><td>integer</td><td></td><td>付费项目总金额</td><td></td></tr><tr><td> └ <code>fee_desc</code></td><td>string</td><td></td><td>描述计费规则</td><td></td></tr><tr><td>├ <code>discounts</code></td><td>object[]</td><td></td><td>商户优惠，最多包含5条商户优惠</td><td></td></tr><tr><td> ├ <code>discount_name</code></td><td>string</td><td></td><td>优惠名称</td><td></td></tr><tr><td> └ <code>discount_desc</code></td><td>string</td><td></td><td>优惠说明</td><td></td></tr><tr><td>├ <code>risk_amount</code></td><td>integer</td><td></td><td>订单风险金额</td><td></td></tr><tr><td>├ <code>attach</code></td><td>string</td><td></td><td>商户自定义说明,可存放本订单所需信息</td><td></td></tr><tr><td>├ <code>need_user_confirm</code></td><td>boolean</td><td></td><td>使用需用户确认订单类型</td><td></td></tr><tr><td>└ <code>openid</code></td><td>string</td><td></td><td>微信用户在商户对应appid下的唯一标识</td><td></td></tr></tbody></table><h3 id="call-styles-1" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles-1" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/payscore/smartretail-orders&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    appid: &#39;wxd678efh567hg6787&#39;,
    out_order_no: &#39;1234323JKHDFE1243252&#39;,
    service_id: &#39;500001&#39;,
    need_user_confirm: true,
  },
};

// 1. $instance-&gt;v3-&gt;payscore-&gt;smartretailOrders-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.payscore.smartretailOrders.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/payscore/smartretail-orders&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/payscore/smartretail-orders&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/payscore/smartretail-orders&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/payscore/smartretail-orders&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;payscore-&gt;smartretailOrders-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.payscore.smartretailOrders.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/payscore/smartretail-orders&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/payscore/smartretail-orders&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/payscore/smartretail-orders&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/payscore/smartretail-orders&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer-1" tabindex="-1">Answer <a class="header-anchor" href="#answer-1" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>appid</code></td><td>string</td><td>公众账号ID</td><td></td></tr><tr><td><code>mchid</code></td><td>string</td><td>商户号</td><td></td></tr><tr><td><code>out_order_no</code></td><td>string</td><td>商户服务订单号</td><td></td></tr><tr><td><code>service_id</code></td><td>string</td><td>服务ID</td><td></td></tr><tr><td><code>order_id</code></td><td>string</td><td>微信支付服务订单号</td><td></td></tr><tr><td><code>miniprogram_businesstype</code></td><td>string</td><td>小程序跳转businessType</td><td></td></tr><tr><td><code>miniprogram_appid</code></td><td>string</td><td>小程序跳转appid，在商户小程序跳转到微信侧小程序流程需要用到</td><td></td></tr><tr><td><code>miniprogram_path</code></td><td>string</td><td>小程序跳转路径</td><td></td></tr><tr><td><code>miniprogram_username</code></td><td>string</td><td>小程序跳转username，在商户APP跳转微信侧小程序流程需要用到</td><td></td></tr><tr><td><code>package</code></td><td>string</td><td>用于跳转到微信侧小程序订单数据,跳转到微信侧小程序传入</td><td></td></tr></tbody></table><h3 id="official-documentation-1" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation-1" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=14_1&amp;index=3" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/payscore/smartretail-orders.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const smartretailOrders = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  smartretailOrders as default
};
