import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"同步车辆离场通知 · v3/parking/reminders/exit","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/parking/reminders/exit.md","filePath":"api/v3/parking/reminders/exit.md"}');
const _sfc_main = { name: "api/v3/parking/reminders/exit.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="同步车辆离场通知-·-v3-parking-reminders-exit" tabindex="-1">同步车辆离场通知 · <code>v3/parking/reminders/exit</code> <a class="header-anchor" href="#同步车辆离场通知-·-v3-parking-reminders-exit" aria-label="Permalink to &quot;同步车辆离场通知 · \`v3/parking/reminders/exit\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>对商户提供同步车辆离场通知接口</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/parking/reminders/exit</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 停车缴费服务</li><li>适用对象: 普通服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>out_serial_number</code></td><td>string</td><td>yes</td><td>商户停车单号</td><td></td></tr><tr><td>├ <code>exit_timestamp</code></td><td>integer</td><td>yes</td><td>车辆出场时间</td><td></td></tr><tr><td>├ <code>plate_number</code></td><td>string</td><td>yes</td><td>车牌号</td><td></td></tr><tr><td>├ <code>plate_color</code></td><td>string</td><td>yes</td><td>车牌颜色</td><td><code>PLATE_COLOR_UNKNOWN</code>, <code>PLATE_COLOR_BLUE</code>, <code>PLATE_COLOR_YELLOW</code>, <code>PLATE_COLOR_BLACK</code>, <code>PLATE_COLOR_WHITE</code>, <code>PLATE_COLOR_GREEN</code>, <code>PLATE_COLOR_YELLOW_GREEN</code>, <code>PLATE_COLOR_AGRICULTURAL_YELLOW</code>, <code>PLATE_COLOR_OTHER</code></td></tr><tr><td>├ <code>parking_id</code></td><td>string</td><td>yes</td><td>微信停车场ID</td><td></td></tr><tr><td>├ <code>pay_state</code></td><td>string</td><td></td><td>支付状态</td><td><code>PAY_STATUS_UNKNOWN</code>, <code>PAY_STATUS_UNPAID</code>, <code>PAY_STATUS_PAID</code></td></tr><tr><td>├ <code>pay_type</code></td><td>string</td><td></td><td>支付类型</td><td><code>PAY_TYPE_UNKNOWN</code>, <code>PAY_TYPE_WXPAY</code>, <code>PAY_TYPE_OTHERS</code></td></tr><tr><td>├ <code>out_trade_no</code></td><td>string</td><td></td><td>商户支付订单号</td><td></td></tr><tr><td>├ <code>total_amount</code></td><td>integer</td><td></td><td>总费用</td><td></td></tr><tr><td>├ <code>paid_amount</code></td><td>integer</td><td></td><td>已支付费用</td><td></td></tr><tr><td>├ <code>openid</code></td><td>string</td><td></td><td>付款用户OpenID</td><td></td></tr><tr><td>├ <code>pay_channel</code></td><td>string</td><td></td><td>支付渠道</td><td><code>PAY_CHANNEL_UNKNOWN</code>, <code>PAY_CHANNEL_WECHAT_PAY_NOTIF</code>, <code>PAY_CHANNEL_SCAN_QRCODE</code>, <code>PAY_CHANNEL_OFFICIAL_ACCOUNT</code>, <code>PAY_CHANNEL_MCH_MINI_PROG</code>, <code>PAY_CHANNEL_OTHERS</code></td></tr><tr><td>├ <code>pay_time</code></td><td>integer</td><td></td><td>支付时间</td><td></td></tr><tr><td>├ <code>token</code></td><td>string</td><td></td><td>消息支付防伪凭证</td><td></td></tr><tr><td>└ <code>wx_trade_no</code></td><td>string</td><td></td><td>微信支付订单号</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/parking/reminders/exit&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    out_serial_number: &#39;PARK202407041530001&#39;,
    exit_timestamp: 1720081800,
    plate_number: &#39;粤B12345&#39;,
    plate_color: &#39;PLATE_COLOR_BLUE&#39;,
    parking_id: &#39;WXPARK001&#39;,
    pay_state: &#39;PAY_STATUS_PAID&#39;,
    pay_type: &#39;PAY_TYPE_WXPAY&#39;,
    out_trade_no: &#39;TRADE202407041530001&#39;,
    total_amount: 1500,
    paid_amount: 1500,
    openid: &#39;oUpF8uMuAJO_M2pxb1Q9zNjWeS6o&#39;,
    pay_channel: &#39;PAY_CHANNEL_WECHAT_PAY_NOTIF&#39;,
    pay_time: 1720081800,
    token: &#39;token1234567890&#39;,
    wx_trade_no: &#39;4200001999202407041234567890&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;parking-&gt;reminders-&gt;exit-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.parking.reminders.exit.postAsync(options).then((response) =&gt; console.log(response.status));

// 2. $instance-&gt;chain(&#39;v3/parking/reminders/exit&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/parking/reminders/exit&#39;).postAsync(options).then((response) =&gt; console.log(response.status));

// 3. $instance[&#39;v3/parking/reminders/exit&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/parking/reminders/exit&#39;].postAsync(options).then((response) =&gt; console.log(response.status));

// 4. $response = $instance-&gt;v3-&gt;parking-&gt;reminders-&gt;exit-&gt;post([…]); echo $response-&gt;getStatusCode();
const byProperty = await wx.v3.parking.reminders.exit.post(options);
console.log(byProperty.status);

// 5. $response = $instance-&gt;chain(&#39;v3/parking/reminders/exit&#39;)-&gt;post([…]); echo $response-&gt;getStatusCode();
const byChain = await wx.chain(&#39;v3/parking/reminders/exit&#39;).post(options);
console.log(byChain.status);

// 6. $response = $instance[&#39;v3/parking/reminders/exit&#39;]-&gt;post([…]); echo $response-&gt;getStatusCode();
const byPath = await wx[&#39;v3/parking/reminders/exit&#39;].post(options);
console.log(byPath.status);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><p><code>204 No Content</code>: no body; <code>response.data</code> is <code>undefined</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/parking/reminders/exit.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const exit = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  exit as default
};
