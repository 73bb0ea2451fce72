import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"查询代金券详情API · v3/marketing/favor/users/{openid}/coupons/{coupon_id}","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/marketing/favor/users/_openid_/coupons/_coupon_id_.md","filePath":"api/v3/marketing/favor/users/_openid_/coupons/_coupon_id_.md"}');
const _sfc_main = { name: "api/v3/marketing/favor/users/_openid_/coupons/_coupon_id_.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="查询代金券详情api-·-v3-marketing-favor-users-openid-coupons-coupon-id" tabindex="-1">查询代金券详情API · <code>v3/marketing/favor/users/{openid}/coupons/{coupon_id}</code> <a class="header-anchor" href="#查询代金券详情api-·-v3-marketing-favor-users-openid-coupons-coupon-id" aria-label="Permalink to &quot;查询代金券详情API · \`v3/marketing/favor/users/{openid}/coupons/{coupon_id}\`&quot;">​</a></h1><p><a href="./../../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get" tabindex="-1">GET <a class="header-anchor" href="#get" aria-label="Permalink to &quot;GET&quot;">​</a></h2><p>通过此接口可查询代金券信息，包括代金券的基础信息、状态。如代金券已核销，会包括代金券核销的订单信息（订单号、单品信息等）。</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/marketing/favor/users/{openid}/coupons/{coupon_id}</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 运营工具∙代金券</li><li>适用对象: 直连商户, 服务商, 渠道商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>openid</code></td><td>string</td><td>yes</td><td>用户openid</td><td></td></tr><tr><td><code>coupon_id</code></td><td>string</td><td>yes</td><td>代金券id</td><td></td></tr><tr><td><code>query</code></td><td>object</td><td>yes</td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>└ <code>appid</code></td><td>string</td><td>yes</td><td>公众账号ID</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/marketing/favor/users/{openid}/coupons/{coupon_id}&#39;][&#39;get&#39;][&#39;options&#39;] = {
  openid: &#39;&lt;openid&gt;&#39;,
  coupon_id: &#39;&lt;coupon_id&gt;&#39;,
  query: { appid: &#39;&lt;appid&gt;&#39; },
};

// 1. $instance-&gt;v3-&gt;marketing-&gt;favor-&gt;users-&gt;_openid_-&gt;coupons-&gt;_coupon_id_-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.marketing.favor.users._openid_.coupons._coupon_id_.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/marketing/favor/users/{openid}/coupons/{coupon_id}&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/marketing/favor/users/{openid}/coupons/{coupon_id}&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/marketing/favor/users/{openid}/coupons/{coupon_id}&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/marketing/favor/users/{openid}/coupons/{coupon_id}&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;marketing-&gt;favor-&gt;users-&gt;_openid_-&gt;coupons-&gt;_coupon_id_-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.marketing.favor.users._openid_.coupons._coupon_id_.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/marketing/favor/users/{openid}/coupons/{coupon_id}&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/marketing/favor/users/{openid}/coupons/{coupon_id}&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/marketing/favor/users/{openid}/coupons/{coupon_id}&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/marketing/favor/users/{openid}/coupons/{coupon_id}&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>stock_creator_mchid</code></td><td>string</td><td>创建批次的商户号</td><td></td></tr><tr><td><code>stock_id</code></td><td>string</td><td>批次号</td><td></td></tr><tr><td><code>coupon_id</code></td><td>string</td><td>代金券id</td><td></td></tr><tr><td><code>coupon_name</code></td><td>string</td><td>代金券名称</td><td></td></tr><tr><td><code>status</code></td><td>string</td><td>代金券状态</td><td><code>SENDED</code>, <code>USED</code>, <code>EXPIRED</code>, <code>RECOVER</code></td></tr><tr><td><code>description</code></td><td>string</td><td>使用说明</td><td></td></tr><tr><td><code>create_time</code></td><td>string(rfc3339)</td><td>领券时间</td><td></td></tr><tr><td><code>coupon_type</code></td><td>string</td><td>券类型</td><td><code>NORMAL</code>, <code>CUT_TO</code></td></tr><tr><td><code>start_time</code></td><td>string(rfc3339)</td><td>激活批次的时间</td><td></td></tr><tr><td><code>stop_time</code></td><td>string(rfc3339)</td><td>终止批次的时间</td><td></td></tr><tr><td><code>singleitem</code></td><td>boolean</td><td>是否单品优惠</td><td></td></tr><tr><td><code>cut_to_message</code></td><td>object</td><td>减至批次特定信息</td><td></td></tr><tr><td>├ <code>single_price_max</code></td><td>integer</td><td>可用优惠的商品最高单价</td><td></td></tr><tr><td>└ <code>cut_to_price</code></td><td>integer</td><td>减至后的优惠单价</td><td></td></tr><tr><td><code>available_begin_time</code></td><td>string(rfc3339)</td><td>可用开始时间</td><td></td></tr><tr><td><code>available_end_time</code></td><td>string(rfc3339)</td><td>可用结束时间</td><td></td></tr><tr><td><code>normal_coupon_information</code></td><td>object</td><td>固定面额满减券使用规则</td><td></td></tr><tr><td>├ <code>coupon_amount</code></td><td>integer</td><td>面额</td><td></td></tr><tr><td>└ <code>transaction_minimum</code></td><td>integer</td><td>门槛</td><td></td></tr><tr><td><code>consume_information</code></td><td>object</td><td>已实扣代金券核销信息</td><td></td></tr><tr><td>├ <code>consume_time</code></td><td>string(rfc3339)</td><td>核销时间</td><td></td></tr><tr><td>├ <code>consume_mchid</code></td><td>string</td><td>核销商户号</td><td></td></tr><tr><td>├ <code>transaction_id</code></td><td>string</td><td>核销商户号</td><td></td></tr><tr><td>└ <code>goods_detail</code></td><td>object[]</td><td></td><td></td></tr><tr><td> ├ <code>goods_id</code></td><td>string</td><td>商品编码</td><td></td></tr><tr><td> ├ <code>quantity</code></td><td>integer</td><td>商品数量</td><td></td></tr><tr><td> ├ <code>price</code></td><td>integer</td><td>商品价格</td><td></td></tr><tr><td> └ <code>discount_amount</code></td><td>integer</td><td>商品优惠金额</td><td></td></tr><tr><td><code>available_balance</code></td><td>number</td><td>剩余金额</td><td></td></tr><tr><td><code>business_type</code></td><td>string</td><td>业务类型</td><td><code>MULTIUSE</code></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/docs/merchant/apis/cash-coupons/coupon/query-coupon.html" target="_blank" rel="noreferrer">官方文档</a></li><li><a href="https://pay.weixin.qq.com/docs/partner/apis/cash-coupons/coupon/query-coupon.html" target="_blank" rel="noreferrer">官方文档</a></li><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/convention/chapter3_6.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/marketing/favor/users/_openid_/coupons/_coupon_id_.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const _coupon_id_ = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  _coupon_id_ as default
};
