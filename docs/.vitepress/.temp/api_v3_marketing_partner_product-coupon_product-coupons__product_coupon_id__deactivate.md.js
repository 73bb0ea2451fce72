import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"失效商品券 · v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/deactivate","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/marketing/partner/product-coupon/product-coupons/_product_coupon_id_/deactivate.md","filePath":"api/v3/marketing/partner/product-coupon/product-coupons/_product_coupon_id_/deactivate.md"}');
const _sfc_main = { name: "api/v3/marketing/partner/product-coupon/product-coupons/_product_coupon_id_/deactivate.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="失效商品券-·-v3-marketing-partner-product-coupon-product-coupons-product-coupon-id-deactivate" tabindex="-1">失效商品券 · <code>v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/deactivate</code> <a class="header-anchor" href="#失效商品券-·-v3-marketing-partner-product-coupon-product-coupons-product-coupon-id-deactivate" aria-label="Permalink to &quot;失效商品券 · \`v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/deactivate\`&quot;">​</a></h1><p><a href="./../../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>品牌方可以通过该接口使某个商品券失效。注意：失效商品券会失效商品券所有批次。失效商品券会同步终止该商品券所有投放渠道和活动，不会有新的用户领券事件，但历史已经通过该商品券对应的批次发放的用户商品券仍然有效。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/deactivate</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 运营工具∙商品券</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>product_coupon_id</code></td><td>string</td><td>yes</td><td>商品券ID</td><td></td></tr><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>brand_id</code></td><td>string</td><td>yes</td><td>品牌ID</td><td></td></tr><tr><td>├ <code>out_request_no</code></td><td>string</td><td>yes</td><td>失效请求单号</td><td></td></tr><tr><td>└ <code>deactivate_reason</code></td><td>string</td><td>yes</td><td>失效原因</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/deactivate&#39;][&#39;post&#39;][&#39;options&#39;] = {
  product_coupon_id: &#39;1000000013&#39;,
  json: {
    brand_id: &#39;120344&#39;,
    out_request_no: &#39;34657_20250101_123456&#39;,
    deactivate_reason: &#39;批次信息有误，重新创建&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;marketing-&gt;partner-&gt;productCoupon-&gt;productCoupons-&gt;_product_coupon_id_-&gt;deactivate-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.marketing.partner.productCoupon.productCoupons._product_coupon_id_.deactivate.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/deactivate&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/deactivate&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/deactivate&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/deactivate&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;marketing-&gt;partner-&gt;productCoupon-&gt;productCoupons-&gt;_product_coupon_id_-&gt;deactivate-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.marketing.partner.productCoupon.productCoupons._product_coupon_id_.deactivate.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/deactivate&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/deactivate&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/deactivate&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/deactivate&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>product_coupon_id</code></td><td>string</td><td>商品券ID</td><td></td></tr><tr><td><code>state</code></td><td>string</td><td>商品券状态</td><td><code>AUDITING</code>, <code>EFFECTIVE</code>, <code>DEACTIVATED</code></td></tr><tr><td><code>brand_id</code></td><td>string</td><td>品牌ID</td><td></td></tr><tr><td><code>scope</code></td><td>string</td><td>优惠范围</td><td><code>ALL</code>, <code>SINGLE</code>, <code>CATEGORY</code></td></tr><tr><td><code>type</code></td><td>string</td><td>商品券类型</td><td><code>NORMAL</code>, <code>DISCOUNT</code>, <code>EXCHANGE</code></td></tr><tr><td><code>usage_mode</code></td><td>string</td><td>使用模式</td><td><code>SINGLE</code>, <code>SEQUENTIAL</code></td></tr><tr><td><code>single_usage_info</code></td><td>object</td><td>单券模式信息</td><td></td></tr><tr><td>├ <code>normal_coupon</code></td><td>object</td><td>满减券使用规则</td><td></td></tr><tr><td> ├ <code>threshold</code></td><td>integer</td><td>门槛金额</td><td></td></tr><tr><td> └ <code>discount_amount</code></td><td>integer</td><td>固定减免金额</td><td></td></tr><tr><td>└ <code>discount_coupon</code></td><td>object</td><td>折扣券使用规则</td><td></td></tr><tr><td> ├ <code>threshold</code></td><td>integer</td><td>门槛金额</td><td></td></tr><tr><td> └ <code>percent_off</code></td><td>integer</td><td>固定减免百分比</td><td></td></tr><tr><td><code>sequential_usage_info</code></td><td>object</td><td>多次优惠模式信息</td><td></td></tr><tr><td>├ <code>type</code></td><td>string</td><td>多次优惠规则类型</td><td><code>INCREMENTAL</code>, <code>EQUAL</code></td></tr><tr><td>├ <code>count</code></td><td>integer</td><td>可使用次数</td><td></td></tr><tr><td>├ <code>available_days</code></td><td>integer</td><td>多次优惠有效天数</td><td></td></tr><tr><td>└ <code>interval_days</code></td><td>integer</td><td>多次优惠使用间隔天数</td><td></td></tr><tr><td><code>display_info</code></td><td>object</td><td>展示信息</td><td></td></tr><tr><td>├ <code>name</code></td><td>string</td><td>商品券名称</td><td></td></tr><tr><td>├ <code>image_url</code></td><td>string</td><td>商品券图片</td><td></td></tr><tr><td>├ <code>background_url</code></td><td>string</td><td>商品券背景图</td><td></td></tr><tr><td>├ <code>detail_image_url_list</code></td><td>string[]</td><td>商品券详情图列表</td><td></td></tr><tr><td>├ <code>original_price</code></td><td>integer</td><td>商品原价</td><td></td></tr><tr><td>└ <code>combo_package_list</code></td><td>object[]</td><td>套餐组合</td><td></td></tr><tr><td> ├ <code>name</code></td><td>string</td><td>套餐名</td><td></td></tr><tr><td> ├ <code>pick_count</code></td><td>integer</td><td>可选单品数量</td><td></td></tr><tr><td> └ <code>choice_list</code></td><td>object[]</td><td>单品列表</td><td></td></tr><tr><td>  ├ <code>name</code></td><td>string</td><td>单品名称</td><td></td></tr><tr><td>  ├ <code>price</code></td><td>integer</td><td>单品价格</td><td></td></tr><tr><td>  ├ <code>count</code></td><td>integer</td><td>单品数量</td><td></td></tr><tr><td>  ├ <code>image_url</code></td><td>string</td><td>单品图片</td><td></td></tr><tr><td>  ├ <code>mini_program_appid</code></td><td>string</td><td>单品跳转小程序AppID</td><td></td></tr><tr><td>  └ <code>mini_program_path</code></td><td>string</td><td>单品跳转小程序路径</td><td></td></tr><tr><td><code>out_product_no</code></td><td>string</td><td>外部商品ID</td><td></td></tr><tr><td><code>deactivate_request_no</code></td><td>string</td><td>失效请求单号</td><td></td></tr><tr><td><code>deactivate_time</code></td><td>string(rfc3339)</td><td>失效时间</td><td></td></tr><tr><td><code>deactivate_reason</code></td><td>string</td><td>失效原因</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/marketing/partner/product-coupon/product-coupons/_product_coupon_id_/deactivate.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const deactivate = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  deactivate as default
};
