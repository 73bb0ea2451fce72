import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"创建全场满额送活动API · v3/marketing/paygiftactivity/unique-threshold-activity","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/marketing/paygiftactivity/unique-threshold-activity.md","filePath":"api/v3/marketing/paygiftactivity/unique-threshold-activity.md"}');
const _sfc_main = { name: "api/v3/marketing/paygiftactivity/unique-threshold-activity.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="创建全场满额送活动api-·-v3-marketing-paygiftactivity-unique-threshold-activity" tabindex="-1">创建全场满额送活动API · <code>v3/marketing/paygiftactivity/unique-threshold-activity</code> <a class="header-anchor" href="#创建全场满额送活动api-·-v3-marketing-paygiftactivity-unique-threshold-activity" aria-label="Permalink to &quot;创建全场满额送活动API · \`v3/marketing/paygiftactivity/unique-threshold-activity\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>商户可以创建满额送活动，用户支付后送全场券，提升交易额。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/marketing/paygiftactivity/unique-threshold-activity</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 运营工具∙支付有礼</li><li>适用对象: 微信支付商户, 服务商, 渠道商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>activity_base_info</code></td><td>object</td><td>yes</td><td>活动基本信息</td><td></td></tr><tr><td> ├ <code>activity_name</code></td><td>string</td><td>yes</td><td>活动名称</td><td></td></tr><tr><td> ├ <code>activity_second_title</code></td><td>string</td><td>yes</td><td>活动副标题</td><td></td></tr><tr><td> ├ <code>merchant_logo_url</code></td><td>string</td><td>yes</td><td>商户logo</td><td></td></tr><tr><td> ├ <code>background_color</code></td><td>string</td><td></td><td>背景颜色</td><td><code>Color010</code>, <code>Color020</code>, <code>Color030</code>, <code>Color040</code>, <code>Color050</code>, <code>Color060</code>, <code>Color070</code>, <code>Color080</code>, <code>Color090</code>, <code>Color100</code></td></tr><tr><td> ├ <code>begin_time</code></td><td>string(rfc3339)</td><td></td><td>活动开始时间</td><td></td></tr><tr><td> ├ <code>end_time</code></td><td>string(rfc3339)</td><td></td><td>活动结束时间</td><td></td></tr><tr><td> ├ <code>available_periods</code></td><td>object</td><td></td><td>可用时间段</td><td></td></tr><tr><td>  ├ <code>available_time</code></td><td>object[]</td><td></td><td>可用时间</td><td></td></tr><tr><td>   ├ <code>begin_time</code></td><td>string(rfc3339)</td><td></td><td>可用开始时间</td><td></td></tr><tr><td>   └ <code>end_time</code></td><td>string(rfc3339)</td><td></td><td>可用结束时间</td><td></td></tr><tr><td>  └ <code>available_day_time</code></td><td>object[]</td><td></td><td>每日可用时间</td><td></td></tr><tr><td>   ├ <code>begin_day_time</code></td><td>string</td><td></td><td>每日可用开始时间</td><td></td></tr><tr><td>   └ <code>end_day_time</code></td><td>string</td><td></td><td>每日可用结束时间</td><td></td></tr><tr><td> ├ <code>out_request_no</code></td><td>string</td><td>yes</td><td>商户请求单号</td><td></td></tr><tr><td> ├ <code>delivery_purpose</code></td><td>string</td><td>yes</td><td>投放目的</td><td><code>OFF_LINE_PAY</code>, <code>JUMP_MINI_APP</code></td></tr><tr><td> ├ <code>mini_programs_appid</code></td><td>string</td><td></td><td>商家小程序appid</td><td></td></tr><tr><td> └ <code>mini_programs_path</code></td><td>string</td><td></td><td>商家小程序path</td><td></td></tr><tr><td>├ <code>advanced_setting</code></td><td>object</td><td></td><td></td><td></td></tr><tr><td> └ <code>payment_method_information</code></td><td>object</td><td></td><td>支付方式信息</td><td></td></tr><tr><td>  ├ <code>payment_method</code></td><td>string</td><td></td><td>支付方式</td><td><code>CFT</code>, <code>SPECIFIC_BANK_CARD</code></td></tr><tr><td>  └ <code>bank_abbreviation</code></td><td>string</td><td></td><td>银行简称</td><td></td></tr><tr><td>└ <code>award_send_rule</code></td><td>object</td><td>yes</td><td></td><td></td></tr><tr><td> ├ <code>award_type</code></td><td>string</td><td>yes</td><td>奖品类型</td><td><code>BUSIFAVOR</code></td></tr><tr><td> ├ <code>merchant_option</code></td><td>string</td><td>yes</td><td>发券商户号选项</td><td><code>IN_SEVICE_COUPON_MERCHANT</code>, <code>MANUAL_INPUT_MERCHANT</code></td></tr><tr><td> ├ <code>transaction_amount_minimum</code></td><td>integer</td><td>yes</td><td>消费金额门槛</td><td></td></tr><tr><td> ├ <code>send_content</code></td><td>string</td><td>yes</td><td>发放内容</td><td><code>SINGLE_COUPON</code>, <code>GIFT_PACKAGE</code></td></tr><tr><td> ├ <code>award_list</code></td><td>object[]</td><td></td><td>奖品基本信息列表</td><td></td></tr><tr><td>  ├ <code>stock_id</code></td><td>string</td><td></td><td>代金券批次Id</td><td></td></tr><tr><td>  ├ <code>original_image_url</code></td><td>string(MediaUrl)</td><td></td><td>奖品原始图（大图）</td><td></td></tr><tr><td>  └ <code>thumbnail_url</code></td><td>string(MediaUrl)</td><td></td><td>奖品缩略图（小图）</td><td></td></tr><tr><td> └ <code>merchant_id_list</code></td><td>string[]</td><td></td><td>发券商户号列表</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/marketing/paygiftactivity/unique-threshold-activity&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    activity_base_info: {
      activity_name: &#39;&lt;activity_name&gt;&#39;,
      activity_second_title: &#39;&lt;activity_second_title&gt;&#39;,
      merchant_logo_url: &#39;&lt;merchant_logo_url&gt;&#39;,
      out_request_no: &#39;&lt;out_request_no&gt;&#39;,
      delivery_purpose: &#39;OFF_LINE_PAY&#39;,
    },
    award_send_rule: {
      award_type: &#39;BUSIFAVOR&#39;,
      merchant_option: &#39;IN_SEVICE_COUPON_MERCHANT&#39;,
      transaction_amount_minimum: 1,
      send_content: &#39;SINGLE_COUPON&#39;,
    },
  },
};

// 1. $instance-&gt;v3-&gt;marketing-&gt;paygiftactivity-&gt;uniqueThresholdActivity-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.marketing.paygiftactivity.uniqueThresholdActivity.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/marketing/paygiftactivity/unique-threshold-activity&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/marketing/paygiftactivity/unique-threshold-activity&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/marketing/paygiftactivity/unique-threshold-activity&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/marketing/paygiftactivity/unique-threshold-activity&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;marketing-&gt;paygiftactivity-&gt;uniqueThresholdActivity-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.marketing.paygiftactivity.uniqueThresholdActivity.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/marketing/paygiftactivity/unique-threshold-activity&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/marketing/paygiftactivity/unique-threshold-activity&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/marketing/paygiftactivity/unique-threshold-activity&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/marketing/paygiftactivity/unique-threshold-activity&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>activity_id</code></td><td>string</td><td>活动id</td><td></td></tr><tr><td><code>create_time</code></td><td>string(rfc3339)</td><td>创建时间</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/marketing/paygiftactivity/unique-threshold-activity.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const uniqueThresholdActivity = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  uniqueThresholdActivity as default
};
