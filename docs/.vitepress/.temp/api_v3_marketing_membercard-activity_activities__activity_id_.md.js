import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"查询活动详情API · v3/marketing/membercard-activity/activities/{activity_id}","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/marketing/membercard-activity/activities/_activity_id_.md","filePath":"api/v3/marketing/membercard-activity/activities/_activity_id_.md"}');
const _sfc_main = { name: "api/v3/marketing/membercard-activity/activities/_activity_id_.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="查询活动详情api-·-v3-marketing-membercard-activity-activities-activity-id" tabindex="-1">查询活动详情API · <code>v3/marketing/membercard-activity/activities/{activity_id}</code> <a class="header-anchor" href="#查询活动详情api-·-v3-marketing-membercard-activity-activities-activity-id" aria-label="Permalink to &quot;查询活动详情API · \`v3/marketing/membercard-activity/activities/{activity_id}\`&quot;">​</a></h1><p><a href="./../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get" tabindex="-1">GET <a class="header-anchor" href="#get" aria-label="Permalink to &quot;GET&quot;">​</a></h2><p>查出活动id对应的活动详情</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/marketing/membercard-activity/activities/{activity_id}</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 会员卡∙会员有礼</li><li>适用对象: 直连商户, 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>activity_id</code></td><td>string</td><td>yes</td><td>活动ID</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/marketing/membercard-activity/activities/{activity_id}&#39;][&#39;get&#39;][&#39;options&#39;] = {
  activity_id: &#39;371067&#39;,
};

// 1. $instance-&gt;v3-&gt;marketing-&gt;membercardActivity-&gt;activities-&gt;_activity_id_-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.marketing.membercardActivity.activities._activity_id_.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/marketing/membercard-activity/activities/{activity_id}&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/marketing/membercard-activity/activities/{activity_id}&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/marketing/membercard-activity/activities/{activity_id}&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/marketing/membercard-activity/activities/{activity_id}&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;marketing-&gt;membercardActivity-&gt;activities-&gt;_activity_id_-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.marketing.membercardActivity.activities._activity_id_.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/marketing/membercard-activity/activities/{activity_id}&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/marketing/membercard-activity/activities/{activity_id}&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/marketing/membercard-activity/activities/{activity_id}&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/marketing/membercard-activity/activities/{activity_id}&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>activity_id</code></td><td>string</td><td>活动ID</td><td></td></tr><tr><td><code>activity_status</code></td><td>string</td><td>活动的当前状态</td><td></td></tr><tr><td><code>create_time</code></td><td>string</td><td>创建时间</td><td></td></tr><tr><td><code>update_time</code></td><td>string</td><td>更新时间</td><td></td></tr><tr><td><code>card_id</code></td><td>string</td><td>会员卡ID</td><td></td></tr><tr><td><code>activity_name</code></td><td>string</td><td>活动名称</td><td></td></tr><tr><td><code>activity_type</code></td><td>string</td><td>活动类型</td><td></td></tr><tr><td><code>begin_time</code></td><td>string</td><td>活动开始时间</td><td></td></tr><tr><td><code>end_time</code></td><td>string</td><td>活动结束时间</td><td></td></tr><tr><td><code>award_send_period</code></td><td>object</td><td>发放时间段</td><td></td></tr><tr><td>├ <code>award_send_time</code></td><td>object[]</td><td>指定时间</td><td></td></tr><tr><td> ├ <code>begin_time</code></td><td>string</td><td>发放开始时间</td><td></td></tr><tr><td> └ <code>end_time</code></td><td>string</td><td>发放结束时间</td><td></td></tr><tr><td>└ <code>award_send_day_time</code></td><td>object[]</td><td>指定时间段</td><td></td></tr><tr><td> ├ <code>begin_day_time</code></td><td>object</td><td>每日发放开始时间</td><td></td></tr><tr><td>  ├ <code>hours</code></td><td>integer</td><td>时</td><td></td></tr><tr><td>  ├ <code>minutes</code></td><td>integer</td><td>分</td><td></td></tr><tr><td>  └ <code>seconds</code></td><td>integer</td><td>秒</td><td></td></tr><tr><td> └ <code>end_day_time</code></td><td>object</td><td>每日发放结束时间</td><td></td></tr><tr><td>  ├ <code>hours</code></td><td>integer</td><td>时</td><td></td></tr><tr><td>  ├ <code>minutes</code></td><td>integer</td><td>分</td><td></td></tr><tr><td>  └ <code>seconds</code></td><td>integer</td><td>秒</td><td></td></tr><tr><td><code>stock_list</code></td><td>object[]</td><td>优惠券列表</td><td></td></tr><tr><td>├ <code>stock_creator_mchid</code></td><td>string</td><td>创建批次的商户号</td><td></td></tr><tr><td>└ <code>stock_id</code></td><td>string</td><td>券批次ID</td><td></td></tr><tr><td><code>out_request_no</code></td><td>string</td><td>商户请求单号</td><td></td></tr><tr><td><code>pay_activity_setting</code></td><td>object</td><td>支付后活动设置</td><td></td></tr><tr><td>├ <code>logo_url</code></td><td>string</td><td>商户logo</td><td></td></tr><tr><td>├ <code>activity_second_title</code></td><td>string</td><td>支付结果页活动副标题</td><td></td></tr><tr><td>├ <code>mchid_list</code></td><td>unknown[]</td><td>活动曝光商户号</td><td></td></tr><tr><td>├ <code>activate_setting</code></td><td>object</td><td>激活方式设置</td><td></td></tr><tr><td> ├ <code>activate_type</code></td><td>string</td><td>激活类型</td><td></td></tr><tr><td> ├ <code>activate_url</code></td><td>string</td><td>跳转激活的url</td><td></td></tr><tr><td> └ <code>activate_miniprogram</code></td><td>object</td><td>跳转激活的小程序</td><td></td></tr><tr><td>  ├ <code>activate_appid</code></td><td>string</td><td>跳转激活的appid</td><td></td></tr><tr><td>  └ <code>activate_path</code></td><td>string</td><td>跳转激活的path</td><td></td></tr><tr><td>└ <code>payment_setting</code></td><td>object</td><td>支付设置</td><td></td></tr><tr><td> ├ <code>payment_mode</code></td><td>object</td><td>支付模式</td><td></td></tr><tr><td>  └ <code>payment_scene_list</code></td><td>unknown[]</td><td>支付场景列表</td><td></td></tr><tr><td> ├ <code>limit_bank</code></td><td>string</td><td>指定银行的简称</td><td></td></tr><tr><td> └ <code>goods_tags</code></td><td>unknown[]</td><td>订单优惠标记</td><td></td></tr><tr><td><code>miniprogram_activity_setting</code></td><td>object</td><td>支付前会员活动设置</td><td></td></tr><tr><td>├ <code>outer_str</code></td><td>string[]</td><td>指定领取渠道</td><td></td></tr><tr><td>└ <code>award_jump_deploy</code></td><td>object</td><td>领奖页面跳转配置</td><td></td></tr><tr><td> ├ <code>mini_program_appid</code></td><td>string</td><td>小程序AppID</td><td></td></tr><tr><td> ├ <code>mini_program_path</code></td><td>string</td><td>小程序path</td><td></td></tr><tr><td> └ <code>button_text</code></td><td>string</td><td>跳转按钮文案</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/membercard_open/chapter8_4.shtml" target="_blank" rel="noreferrer">官方文档</a></li><li><a href="https://pay.weixin.qq.com/docs/merchant/apis/membership-card/member-gift/query-activity-detail.html" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/marketing/membercard-activity/activities/_activity_id_.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const _activity_id_ = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  _activity_id_ as default
};
