import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"向用户预发放商品券批次组 · v3/marketing/partner/product-coupon/users/{openid}/pre-send-coupon-bundle","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/marketing/partner/product-coupon/users/_openid_/pre-send-coupon-bundle.md","filePath":"api/v3/marketing/partner/product-coupon/users/_openid_/pre-send-coupon-bundle.md"}');
const _sfc_main = { name: "api/v3/marketing/partner/product-coupon/users/_openid_/pre-send-coupon-bundle.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="向用户预发放商品券批次组-·-v3-marketing-partner-product-coupon-users-openid-pre-send-coupon-bundle" tabindex="-1">向用户预发放商品券批次组 · <code>v3/marketing/partner/product-coupon/users/{openid}/pre-send-coupon-bundle</code> <a class="header-anchor" href="#向用户预发放商品券批次组-·-v3-marketing-partner-product-coupon-users-openid-pre-send-coupon-bundle" aria-label="Permalink to &quot;向用户预发放商品券批次组 · \`v3/marketing/partner/product-coupon/users/{openid}/pre-send-coupon-bundle\`&quot;">​</a></h1><p><a href="./../../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>服务商可以通过本接口向用户预发放指定商品券批次组，并使用返回的token在领券组件中完成发券，当用户已领取过时使用相同参数获取的token拉起的领券组件会返回已领取状态，能否发放受限于商品券组内批次的发放限额：，能否发放受限于商品券批次的发放限额：1. 商品券批次总预算; 2. 商品券批次每日预算（如果有）; 3. 商品券批次每人限领（如果有）</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/marketing/partner/product-coupon/users/{openid}/pre-send-coupon-bundle</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 运营工具∙商品券</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>openid</code></td><td>string</td><td>yes</td><td>用户OpenID</td><td></td></tr><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>brand_id</code></td><td>string</td><td>yes</td><td>品牌ID</td><td></td></tr><tr><td>├ <code>product_coupon_id</code></td><td>string</td><td>yes</td><td>商品券ID</td><td></td></tr><tr><td>├ <code>stock_bundle_id</code></td><td>string</td><td>yes</td><td>批次组ID</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td>yes</td><td>公众账号AppID</td><td></td></tr><tr><td>├ <code>send_request_no</code></td><td>string</td><td>yes</td><td>发券请求单号</td><td></td></tr><tr><td>└ <code>attach</code></td><td>string</td><td></td><td>自定义附加信息</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/marketing/partner/product-coupon/users/{openid}/pre-send-coupon-bundle&#39;][&#39;post&#39;][&#39;options&#39;] = {
  openid: &#39;oh-394z-6CGkNoJrsDLTTUKiAnp4&#39;,
  json: {
    brand_id: &#39;120344&#39;,
    product_coupon_id: &#39;1000000013&#39;,
    stock_bundle_id: &#39;100232301&#39;,
    appid: &#39;wx233544546545989&#39;,
    send_request_no: &#39;34657_20250101_123456&#39;,
    attach: &#39;example_attach&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;marketing-&gt;partner-&gt;productCoupon-&gt;users-&gt;_openid_-&gt;preSendCouponBundle-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.marketing.partner.productCoupon.users._openid_.preSendCouponBundle.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/marketing/partner/product-coupon/users/{openid}/pre-send-coupon-bundle&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/marketing/partner/product-coupon/users/{openid}/pre-send-coupon-bundle&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/marketing/partner/product-coupon/users/{openid}/pre-send-coupon-bundle&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/marketing/partner/product-coupon/users/{openid}/pre-send-coupon-bundle&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;marketing-&gt;partner-&gt;productCoupon-&gt;users-&gt;_openid_-&gt;preSendCouponBundle-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.marketing.partner.productCoupon.users._openid_.preSendCouponBundle.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/marketing/partner/product-coupon/users/{openid}/pre-send-coupon-bundle&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/marketing/partner/product-coupon/users/{openid}/pre-send-coupon-bundle&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/marketing/partner/product-coupon/users/{openid}/pre-send-coupon-bundle&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/marketing/partner/product-coupon/users/{openid}/pre-send-coupon-bundle&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>token</code></td><td>string</td><td>预发券token</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/marketing/partner/product-coupon/users/_openid_/pre-send-coupon-bundle.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const preSendCouponBundle = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  preSendCouponBundle as default
};
