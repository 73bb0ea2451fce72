import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"商圈会员积分同步 · v3/businesscircle/points/notify","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/businesscircle/points/notify.md","filePath":"api/v3/businesscircle/points/notify.md"}');
const _sfc_main = { name: "api/v3/businesscircle/points/notify.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="商圈会员积分同步-·-v3-businesscircle-points-notify" tabindex="-1">商圈会员积分同步 · <code>v3/businesscircle/points/notify</code> <a class="header-anchor" href="#商圈会员积分同步-·-v3-businesscircle-points-notify" aria-label="Permalink to &quot;商圈会员积分同步 · \`v3/businesscircle/points/notify\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>通过积分通知回调API，商圈商户/服务商可针对微信支付前序推送给商圈系统的顾客商圈内交易通知，告知微信支付系统该笔交易的积分情况</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/businesscircle/points/notify</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 经营工具∙智慧商圈</li><li>适用对象: 直连商户, 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td></td><td>商圈商户ID</td><td></td></tr><tr><td>├ <code>transaction_id</code></td><td>string</td><td>yes</td><td>微信订单号</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td>yes</td><td>小程序appid</td><td></td></tr><tr><td>├ <code>openid</code></td><td>string</td><td>yes</td><td>顾客openid</td><td></td></tr><tr><td>├ <code>earn_points</code></td><td>boolean</td><td>yes</td><td>是否获得积分</td><td></td></tr><tr><td>├ <code>increased_points</code></td><td>integer</td><td>yes</td><td>订单新增积分值</td><td></td></tr><tr><td>├ <code>points_update_time</code></td><td>string(rfc3339)</td><td>yes</td><td>积分更新时间</td><td></td></tr><tr><td>├ <code>no_points_remarks</code></td><td>string</td><td></td><td>未获得积分的备注信息</td><td></td></tr><tr><td>└ <code>total_points</code></td><td>integer</td><td></td><td>顾客积分总额</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/businesscircle/points/notify&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    sub_mchid: &#39;1234567890&#39;,
    transaction_id: &#39;1217752501201407033233368018&#39;,
    appid: &#39;wx1234567890abcdef&#39;,
    openid: &#39;oWmnN4xxxxxxxxxxe92NHIGf1xd8&#39;,
    earn_points: false,
    increased_points: 100,
    points_update_time: &#39;2020-05-20T13:29:35.120+08:00&#39;,
    no_points_remarks: &#39;商品不参与积分活动&#39;,
    total_points: 888888,
  },
};

// 1. $instance-&gt;v3-&gt;businesscircle-&gt;points-&gt;notify-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.businesscircle.points.notify.postAsync(options).then((response) =&gt; console.log(response.status));

// 2. $instance-&gt;chain(&#39;v3/businesscircle/points/notify&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/businesscircle/points/notify&#39;).postAsync(options).then((response) =&gt; console.log(response.status));

// 3. $instance[&#39;v3/businesscircle/points/notify&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/businesscircle/points/notify&#39;].postAsync(options).then((response) =&gt; console.log(response.status));

// 4. $response = $instance-&gt;v3-&gt;businesscircle-&gt;points-&gt;notify-&gt;post([…]); echo $response-&gt;getStatusCode();
const byProperty = await wx.v3.businesscircle.points.notify.post(options);
console.log(byProperty.status);

// 5. $response = $instance-&gt;chain(&#39;v3/businesscircle/points/notify&#39;)-&gt;post([…]); echo $response-&gt;getStatusCode();
const byChain = await wx.chain(&#39;v3/businesscircle/points/notify&#39;).post(options);
console.log(byChain.status);

// 6. $response = $instance[&#39;v3/businesscircle/points/notify&#39;]-&gt;post([…]); echo $response-&gt;getStatusCode();
const byPath = await wx[&#39;v3/businesscircle/points/notify&#39;].post(options);
console.log(byPath.status);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><p><code>204 No Content</code>: no body; <code>response.data</code> is <code>undefined</code>.</p><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/docs/merchant/apis/smart-business-circle/points/notify-points.html" target="_blank" rel="noreferrer">官方文档</a></li><li><a href="https://pay.weixin.qq.com/docs/partner/apis/smart-business-circle/points/notify-points.html" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/businesscircle/points/notify.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const notify = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  notify as default
};
