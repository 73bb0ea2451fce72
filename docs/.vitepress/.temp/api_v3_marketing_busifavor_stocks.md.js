import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"创建商家券API · v3/marketing/busifavor/stocks","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/marketing/busifavor/stocks.md","filePath":"api/v3/marketing/busifavor/stocks.md"}');
const _sfc_main = { name: "api/v3/marketing/busifavor/stocks.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="创建商家券api-·-v3-marketing-busifavor-stocks" tabindex="-1">创建商家券API · <code>v3/marketing/busifavor/stocks</code> <a class="header-anchor" href="#创建商家券api-·-v3-marketing-busifavor-stocks" aria-label="Permalink to &quot;创建商家券API · \`v3/marketing/busifavor/stocks\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>商户可以通过该接口创建商家券。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/marketing/busifavor/stocks</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 运营工具∙商家券</li><li>适用对象: 直连商户</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>stock_name</code></td><td>string</td><td>yes</td><td>商家券批次名称</td><td></td></tr><tr><td>├ <code>belong_merchant</code></td><td>string</td><td>yes</td><td>批次归属商户号</td><td></td></tr><tr><td>├ <code>comment</code></td><td>string</td><td></td><td>批次备注</td><td></td></tr><tr><td>├ <code>goods_name</code></td><td>string</td><td>yes</td><td>适用商品范围</td><td></td></tr><tr><td>├ <code>stock_type</code></td><td>string</td><td>yes</td><td>批次类型</td><td><code>NORMAL</code>, <code>DISCOUNT</code>, <code>EXCHANGE</code></td></tr><tr><td>├ <code>coupon_use_rule</code></td><td>object</td><td>yes</td><td>核销规则</td><td></td></tr><tr><td> ├ <code>coupon_available_time</code></td><td>object</td><td>yes</td><td>券可核销时间</td><td></td></tr><tr><td>  ├ <code>available_begin_time</code></td><td>string</td><td>yes</td><td>开始时间</td><td></td></tr><tr><td>  ├ <code>available_end_time</code></td><td>string</td><td>yes</td><td>结束时间</td><td></td></tr><tr><td>  ├ <code>available_day_after_receive</code></td><td>integer</td><td></td><td>生效后N天内有效</td><td></td></tr><tr><td>  ├ <code>available_week</code></td><td>object</td><td></td><td>固定周期有效时间段</td><td></td></tr><tr><td>   ├ <code>week_day</code></td><td>integer[]</td><td></td><td>可用星期数</td><td></td></tr><tr><td>   └ <code>available_day_time</code></td><td>object[]</td><td></td><td>当天可用时间段</td><td></td></tr><tr><td>    ├ <code>begin_time</code></td><td>integer</td><td></td><td>当天可用开始时间</td><td></td></tr><tr><td>    └ <code>end_time</code></td><td>integer</td><td></td><td>当天可用结束时间</td><td></td></tr><tr><td>  ├ <code>irregulary_avaliable_time</code></td><td>object[]</td><td></td><td>无规律的有效时间段</td><td></td></tr><tr><td>   ├ <code>begin_time</code></td><td>string</td><td></td><td>开始时间</td><td></td></tr><tr><td>   └ <code>end_time</code></td><td>string</td><td></td><td>结束时间</td><td></td></tr><tr><td>  ├ <code>wait_days_after_receive</code></td><td>integer</td><td></td><td>领取后N天开始生效</td><td></td></tr><tr><td>  └ <code>available_second_after_receive</code></td><td>integer</td><td></td><td>领取后N秒内有效</td><td></td></tr><tr><td> ├ <code>fixed_normal_coupon</code></td><td>object</td><td></td><td>固定面额满减券使用规则</td><td></td></tr><tr><td>  ├ <code>discount_amount</code></td><td>integer</td><td>yes</td><td>优惠金额</td><td></td></tr><tr><td>  └ <code>transaction_minimum</code></td><td>integer</td><td>yes</td><td>消费门槛</td><td></td></tr><tr><td> ├ <code>discount_coupon</code></td><td>object</td><td></td><td>折扣券使用规则</td><td></td></tr><tr><td>  ├ <code>discount_percent</code></td><td>integer</td><td>yes</td><td>折扣比例</td><td></td></tr><tr><td>  └ <code>transaction_minimum</code></td><td>integer</td><td>yes</td><td>消费门槛</td><td></td></tr><tr><td> ├ <code>exchange_coupon</code></td><td>object</td><td></td><td>换购券使用规则</td><td></td></tr><tr><td>  ├ <code>exchange_price</code></td><td>integer</td><td>yes</td><td>单品换购价</td><td></td></tr><tr><td>  └ <code>transaction_minimum</code></td><td>integer</td><td>yes</td><td>消费门槛</td><td></td></tr><tr><td> ├ <code>use_method</code></td><td>string</td><td>yes</td><td>核销方式</td><td><code>OFF_LINE</code>, <code>MINI_PROGRAMS</code>, <code>SELF_CONSUME</code>, <code>PAYMENT_CODE</code></td></tr><tr><td> ├ <code>mini_programs_appid</code></td><td>string</td><td></td><td>小程序appid</td><td></td></tr><tr><td> └ <code>mini_programs_path</code></td><td>string</td><td></td><td>小程序path</td><td></td></tr><tr><td>├ <code>stock_send_rule</code></td><td>object</td><td>yes</td><td>发放规则</td><td></td></tr><tr><td> ├ <code>max_amount</code></td><td>number</td><td></td><td>批次总预算</td><td></td></tr><tr><td> ├ <code>max_coupons</code></td><td>integer</td><td>yes</td><td>批次最大发放个数</td><td></td></tr><tr><td> ├ <code>max_coupons_per_user</code></td><td>integer</td><td>yes</td><td>用户最大可领个数</td><td></td></tr><tr><td> ├ <code>max_amount_by_day</code></td><td>number</td><td></td><td>单天发放上限金额</td><td></td></tr><tr><td> ├ <code>max_coupons_by_day</code></td><td>integer</td><td></td><td>单天发放上限个数</td><td></td></tr><tr><td> ├ <code>natural_person_limit</code></td><td>boolean</td><td></td><td>是否开启自然人限制</td><td></td></tr><tr><td> ├ <code>prevent_api_abuse</code></td><td>boolean</td><td></td><td>可疑账号拦截</td><td></td></tr><tr><td> ├ <code>transferable</code></td><td>boolean</td><td></td><td>是否允许转赠</td><td></td></tr><tr><td> └ <code>shareable</code></td><td>boolean</td><td></td><td>是否允许分享链接</td><td></td></tr><tr><td>├ <code>out_request_no</code></td><td>string</td><td>yes</td><td>商户请求单号</td><td></td></tr><tr><td>├ <code>custom_entrance</code></td><td>object</td><td></td><td>自定义入口</td><td></td></tr><tr><td> ├ <code>mini_programs_info</code></td><td>object</td><td></td><td>小程序入口</td><td></td></tr><tr><td>  ├ <code>mini_programs_appid</code></td><td>string</td><td>yes</td><td>商家小程序appid</td><td></td></tr><tr><td>  ├ <code>mini_programs_path</code></td><td>string</td><td>yes</td><td>商家小程序path</td><td></td></tr><tr><td>  ├ <code>entrance_words</code></td><td>string</td><td>yes</td><td>入口文案</td><td></td></tr><tr><td>  └ <code>guiding_words</code></td><td>string</td><td></td><td>引导文案</td><td></td></tr><tr><td> ├ <code>appid</code></td><td>string</td><td></td><td>商户公众号appid</td><td></td></tr><tr><td> ├ <code>hall_id</code></td><td>string</td><td></td><td>营销馆id</td><td></td></tr><tr><td> ├ <code>store_id</code></td><td>string</td><td></td><td>可用门店id</td><td></td></tr><tr><td> └ <code>code_display_mode</code></td><td>string</td><td></td><td>code展示模式</td><td><code>NOT_SHOW</code>, <code>BARCODE</code>, <code>QRCODE</code></td></tr><tr><td>├ <code>display_pattern_info</code></td><td>object</td><td></td><td>样式信息</td><td></td></tr><tr><td> ├ <code>description</code></td><td>string</td><td></td><td>使用须知</td><td></td></tr><tr><td> ├ <code>merchant_logo_url</code></td><td>string</td><td></td><td>商户logo</td><td></td></tr><tr><td> ├ <code>merchant_name</code></td><td>string</td><td></td><td>商户名称</td><td></td></tr><tr><td> ├ <code>background_color</code></td><td>string</td><td></td><td>背景颜色</td><td><code>Color010</code>, <code>Color020</code>, <code>Color030</code>, <code>Color040</code>, <code>Color050</code>, <code>Color060</code>, <code>Color070</code>, <code>Color080</code>, <code>Color090</code>, <code>Color100</code></td></tr><tr><td> ├ <code>coupon_image_url</code></td><td>string</td><td></td><td>券详情图片</td><td></td></tr><tr><td> └ <code>finder_info</code></td><td>object</td><td></td><td>视频号相关信息</td><td></td></tr><tr><td>  ├ <code>finder_id</code></td><td>string</td><td>yes</td><td>视频号ID</td><td></td></tr><tr><td>  ├ <code>finder_video_id</code></td><td>string</td><td>yes</td><td>视频号视频ID</td><td></td></tr><tr><td>  └ <code>finder_video_cover_image_url</code></td><td>string(MediaUrl)</td><td>yes</td><td>视频号封面图</td><td></td></tr><tr><td>├ <code>coupon_code_mode</code></td><td>string</td><td>yes</td><td>券code模式</td><td><code>WECHATPAY_MODE</code>, <code>MERCHANT_API</code>, <code>MERCHANT_UPLOAD</code></td></tr><tr><td>├ <code>notify_config</code></td><td>object</td><td></td><td>事件通知配置</td><td></td></tr><tr><td> └ <code>notify_appid</code></td><td>string</td><td></td><td>事件通知appid</td><td></td></tr><tr><td>└ <code>subsidy</code></td><td>boolean</td><td></td><td>是否允许营销补贴</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/marketing/busifavor/stocks&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    stock_name: &#39;8月1日活动券&#39;,
    belong_merchant: &#39;10000022&#39;,
    comment: &#39;活动使用&#39;,
    goods_name: &#39;xxx商品使用&#39;,
    stock_type: &#39;NORMAL&#39;,
    coupon_use_rule: {
      coupon_available_time: {
        available_begin_time: &#39;2015-05-20T13:29:35+08:00&#39;,
        available_end_time: &#39;2015-05-20T13:29:35+08:00&#39;,
        available_day_after_receive: 3,
        wait_days_after_receive: 7,
        available_second_after_receive: 3600,
      },
      use_method: &#39;OFF_LINE&#39;,
      mini_programs_appid: &#39;wx23232232323&#39;,
      mini_programs_path: &#39;/path/index/index&#39;,
    },
    stock_send_rule: {
      max_amount: 100000,
      max_coupons: 100,
      max_coupons_per_user: 5,
      max_amount_by_day: 1000,
      max_coupons_by_day: 100,
    },
    out_request_no: &#39;100002322019090134234sfdf&#39;,
    coupon_code_mode: &#39;WECHATPAY_MODE&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;marketing-&gt;busifavor-&gt;stocks-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.marketing.busifavor.stocks.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/marketing/busifavor/stocks&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/marketing/busifavor/stocks&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/marketing/busifavor/stocks&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/marketing/busifavor/stocks&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;marketing-&gt;busifavor-&gt;stocks-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.marketing.busifavor.stocks.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/marketing/busifavor/stocks&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/marketing/busifavor/stocks&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/marketing/busifavor/stocks&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/marketing/busifavor/stocks&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>stock_id</code></td><td>string</td><td>批次号</td><td></td></tr><tr><td><code>create_time</code></td><td>string</td><td>创建时间</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter9_2_1.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/marketing/busifavor/stocks.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const stocks = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  stocks as default
};
