import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"同步车辆入场通知 · v3/parking/reminders/entry","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/parking/reminders/entry.md","filePath":"api/v3/parking/reminders/entry.md"}');
const _sfc_main = { name: "api/v3/parking/reminders/entry.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="同步车辆入场通知-·-v3-parking-reminders-entry" tabindex="-1">同步车辆入场通知 · <code>v3/parking/reminders/entry</code> <a class="header-anchor" href="#同步车辆入场通知-·-v3-parking-reminders-entry" aria-label="Permalink to &quot;同步车辆入场通知 · \`v3/parking/reminders/entry\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>对商户提供同步车辆入场通知接口</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/parking/reminders/entry</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 停车缴费服务</li><li>适用对象: 普通服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>out_serial_number</code></td><td>string</td><td>yes</td><td>商户停车单号</td><td></td></tr><tr><td>├ <code>parking_id</code></td><td>string</td><td>yes</td><td>微信停车场ID</td><td></td></tr><tr><td>├ <code>plate_number</code></td><td>string</td><td>yes</td><td>车牌号</td><td></td></tr><tr><td>├ <code>enter_timestamp</code></td><td>integer</td><td>yes</td><td>车辆入场时间</td><td></td></tr><tr><td>├ <code>plate_color</code></td><td>string</td><td>yes</td><td>车牌颜色</td><td><code>PLATE_COLOR_UNKNOWN</code>, <code>PLATE_COLOR_BLUE</code>, <code>PLATE_COLOR_YELLOW</code>, <code>PLATE_COLOR_BLACK</code>, <code>PLATE_COLOR_WHITE</code>, <code>PLATE_COLOR_GREEN</code>, <code>PLATE_COLOR_YELLOW_GREEN</code>, <code>PLATE_COLOR_AGRICULTURAL_YELLOW</code>, <code>PLATE_COLOR_OTHER</code></td></tr><tr><td>├ <code>car_type</code></td><td>string</td><td>yes</td><td>车辆性质</td><td><code>PLATE_TYPE_UNKNOWN</code>, <code>PLATE_TYPE_TEMPORARY</code>, <code>PLATE_TYPE_MONTHLY</code>, <code>PLATE_TYPE_FREE</code>, <code>PLATE_TYPE_PREPAID</code>, <code>PLATE_TYPE_OTHERS</code></td></tr><tr><td>├ <code>vehicle_type</code></td><td>string</td><td>yes</td><td>车辆类型</td><td><code>VEHICLE_TYPE_UNKNOWN</code>, <code>VEHICLE_TYPE_SMALL</code>, <code>VEHICLE_TYPE_LARGE</code>, <code>VEHICLE_TYPE_EXTRA_LARGE</code>, <code>VEHICLE_TYPE_ALL_TYPE</code></td></tr><tr><td>├ <code>entrance_number</code></td><td>string</td><td></td><td>停车场入口编号</td><td></td></tr><tr><td>├ <code>entrance_name</code></td><td>string</td><td></td><td>停车场入口名称</td><td></td></tr><tr><td>└ <code>discount_template_id</code></td><td>integer[]</td><td></td><td>优惠信息模板ID</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/parking/reminders/entry&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    out_serial_number: &#39;PARK202407041530001&#39;,
    parking_id: &#39;WXPARK001&#39;,
    plate_number: &#39;粤B12345&#39;,
    enter_timestamp: 1720078200,
    plate_color: &#39;PLATE_COLOR_BLUE&#39;,
    car_type: &#39;PLATE_TYPE_TEMPORARY&#39;,
    vehicle_type: &#39;VEHICLE_TYPE_SMALL&#39;,
    entrance_number: &#39;A01&#39;,
    entrance_name: &#39;南门入口&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;parking-&gt;reminders-&gt;entry-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.parking.reminders.entry.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/parking/reminders/entry&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/parking/reminders/entry&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/parking/reminders/entry&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/parking/reminders/entry&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;parking-&gt;reminders-&gt;entry-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.parking.reminders.entry.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/parking/reminders/entry&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/parking/reminders/entry&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/parking/reminders/entry&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/parking/reminders/entry&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>serial_number</code></td><td>string</td><td>微信停车单号</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/parking/reminders/entry.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const entry = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  entry as default
};
