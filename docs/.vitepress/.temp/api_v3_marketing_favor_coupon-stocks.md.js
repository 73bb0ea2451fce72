import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"创建代金券批次API · v3/marketing/favor/coupon-stocks","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/marketing/favor/coupon-stocks.md","filePath":"api/v3/marketing/favor/coupon-stocks.md"}');
const _sfc_main = { name: "api/v3/marketing/favor/coupon-stocks.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="创建代金券批次api-·-v3-marketing-favor-coupon-stocks" tabindex="-1">创建代金券批次API · <code>v3/marketing/favor/coupon-stocks</code> <a class="header-anchor" href="#创建代金券批次api-·-v3-marketing-favor-coupon-stocks" aria-label="Permalink to &quot;创建代金券批次API · \`v3/marketing/favor/coupon-stocks\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>通过调用此接口可创建代金券批次，包括预充值&amp;免充值类型。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/marketing/favor/coupon-stocks</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 运营工具∙代金券</li><li>适用对象: 直连商户, 服务商, 渠道商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>stock_name</code></td><td>string</td><td>yes</td><td>批次名称</td><td></td></tr><tr><td>├ <code>available_begin_time</code></td><td>string(rfc3339)</td><td>yes</td><td>开始时间</td><td></td></tr><tr><td>├ <code>available_end_time</code></td><td>string(rfc3339)</td><td>yes</td><td>结束时间</td><td></td></tr><tr><td>├ <code>stock_use_rule</code></td><td>object</td><td>yes</td><td>发放规则</td><td></td></tr><tr><td> ├ <code>max_coupons</code></td><td>integer</td><td>yes</td><td>发放总上限</td><td></td></tr><tr><td> ├ <code>max_amount</code></td><td>integer</td><td>yes</td><td>总预算</td><td></td></tr><tr><td> ├ <code>max_amount_by_day</code></td><td>integer</td><td></td><td>单天发放上限金额</td><td></td></tr><tr><td> ├ <code>max_coupons_per_user</code></td><td>integer</td><td>yes</td><td>单个用户可领个数</td><td></td></tr><tr><td> ├ <code>natural_person_limit</code></td><td>boolean</td><td>yes</td><td>是否开启自然人限制</td><td></td></tr><tr><td> └ <code>prevent_api_abuse</code></td><td>boolean</td><td>yes</td><td>api发券防刷</td><td></td></tr><tr><td>├ <code>no_cash</code></td><td>boolean</td><td>yes</td><td>是否无资金流</td><td></td></tr><tr><td>├ <code>stock_type</code></td><td>string</td><td>yes</td><td>批次类型</td><td><code>NORMAL</code>, <code>DISCOUNT</code>, <code>EXCHAHGE</code>, <code>RANDOM</code>, <code>DISCOUNT_CUT</code></td></tr><tr><td>├ <code>comment</code></td><td>string</td><td></td><td>批次备注</td><td></td></tr><tr><td>├ <code>belong_merchant</code></td><td>string</td><td>yes</td><td>归属商户号</td><td></td></tr><tr><td>├ <code>pattern_info</code></td><td>object</td><td></td><td></td><td></td></tr><tr><td> ├ <code>jump_target</code></td><td>string</td><td></td><td>卡包跳转目标</td><td><code>PAYMENT_CODE</code>, <code>MINI_PROGRAM</code>, <code>DEFAULT_PAGE</code></td></tr><tr><td> ├ <code>mini_program_appid</code></td><td>string</td><td></td><td>小程序appid</td><td></td></tr><tr><td> └ <code>mini_program_path</code></td><td>string</td><td></td><td>小程序path</td><td></td></tr><tr><td>├ <code>coupon_use_rule</code></td><td>object</td><td>yes</td><td></td><td></td></tr><tr><td> └ <code>combine_use</code></td><td>boolean</td><td></td><td>是否可叠加其他优惠</td><td></td></tr><tr><td>├ <code>out_request_no</code></td><td>string</td><td>yes</td><td>商户单据号</td><td></td></tr><tr><td>└ <code>ext_info</code></td><td>string</td><td></td><td>扩展属性</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/marketing/favor/coupon-stocks&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    stock_name: &#39;微信支付代金券批次&#39;,
    available_begin_time: &#39;2015-05-20T13:29:35.120+08:00&#39;,
    available_end_time: &#39;2015-05-20T13:29:35.120+08:00&#39;,
    stock_use_rule: {
      max_coupons: 1,
      max_amount: 1,
      max_coupons_per_user: 1,
      natural_person_limit: false,
      prevent_api_abuse: false,
    },
    no_cash: false,
    stock_type: &#39;NORMAL&#39;,
    comment: &#39;零售批次&#39;,
    belong_merchant: &#39;98568865&#39;,
    coupon_use_rule: { coupon_available_time: {} },
    out_request_no: &#39;&lt;out_request_no&gt;&#39;,
    ext_info: &#39;{&quot;exinfo1&quot;:&quot;1234&quot;,&quot;exinfo2&quot;:&quot;3456&quot;}&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;marketing-&gt;favor-&gt;couponStocks-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.marketing.favor.couponStocks.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/marketing/favor/coupon-stocks&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/marketing/favor/coupon-stocks&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/marketing/favor/coupon-stocks&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/marketing/favor/coupon-stocks&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;marketing-&gt;favor-&gt;couponStocks-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.marketing.favor.couponStocks.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/marketing/favor/coupon-stocks&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/marketing/favor/coupon-stocks&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/marketing/favor/coupon-stocks&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/marketing/favor/coupon-stocks&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>stock_id</code></td><td>string</td><td>批次号</td><td></td></tr><tr><td><code>create_time</code></td><td>string(rfc3339)</td><td>创建时间</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/convention/chapter3_1.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/marketing/favor/coupon-stocks.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const couponStocks = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  couponStocks as default
};
