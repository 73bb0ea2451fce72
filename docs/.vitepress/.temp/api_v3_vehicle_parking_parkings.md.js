import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"创建停车入场API · v3/vehicle/parking/parkings","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/vehicle/parking/parkings.md","filePath":"api/v3/vehicle/parking/parkings.md"}');
const _sfc_main = { name: "api/v3/vehicle/parking/parkings.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="创建停车入场api-·-v3-vehicle-parking-parkings" tabindex="-1">创建停车入场API · <code>v3/vehicle/parking/parkings</code> <a class="header-anchor" href="#创建停车入场api-·-v3-vehicle-parking-parkings" aria-label="Permalink to &quot;创建停车入场API · \`v3/vehicle/parking/parkings\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>车辆入场以后，商户调用该接口，创建停车入场信息。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/vehicle/parking/parkings</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 支付分∙停车服务</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td>yes</td><td>子商户号</td><td></td></tr><tr><td>├ <code>out_parking_no</code></td><td>string</td><td>yes</td><td>商户入场id</td><td></td></tr><tr><td>├ <code>plate_number</code></td><td>string</td><td>yes</td><td>车牌号</td><td></td></tr><tr><td>├ <code>plate_color</code></td><td>string</td><td>yes</td><td>车牌颜色</td><td><code>BLUE</code>, <code>GREEN</code>, <code>YELLOW</code>, <code>BLACK</code>, <code>WHITE</code>, <code>LIMEGREEN</code></td></tr><tr><td>├ <code>notify_url</code></td><td>string</td><td>yes</td><td>回调通知url</td><td></td></tr><tr><td>├ <code>start_time</code></td><td>string</td><td>yes</td><td>入场时间</td><td></td></tr><tr><td>├ <code>parking_name</code></td><td>string</td><td>yes</td><td>停车场名称</td><td></td></tr><tr><td>└ <code>free_duration</code></td><td>integer</td><td>yes</td><td>免费时长</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/vehicle/parking/parkings&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    sub_mchid: &#39;1900000109&#39;,
    out_parking_no: &#39;1231243&#39;,
    plate_number: &#39;粤B888888&#39;,
    plate_color: &#39;BLUE&#39;,
    notify_url: &#39;https://yoursite.com/wxpay.html&#39;,
    start_time: &#39;2017-08-26T10:43:39+08:00&#39;,
    parking_name: &#39;欢乐海岸停车场&#39;,
    free_duration: 3600,
  },
};

// 1. $instance-&gt;v3-&gt;vehicle-&gt;parking-&gt;parkings-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.vehicle.parking.parkings.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/vehicle/parking/parkings&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/vehicle/parking/parkings&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/vehicle/parking/parkings&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/vehicle/parking/parkings&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;vehicle-&gt;parking-&gt;parkings-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.vehicle.parking.parkings.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/vehicle/parking/parkings&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/vehicle/parking/parkings&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/vehicle/parking/parkings&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/vehicle/parking/parkings&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>id</code></td><td>string</td><td>停车入场id</td><td></td></tr><tr><td><code>out_parking_no</code></td><td>string</td><td>商户入场id</td><td></td></tr><tr><td><code>plate_number</code></td><td>string</td><td>车牌号</td><td></td></tr><tr><td><code>plate_color</code></td><td>string</td><td>车牌颜色</td><td><code>BLUE</code>, <code>GREEN</code>, <code>YELLOW</code>, <code>BLACK</code>, <code>WHITE</code>, <code>LIMEGREEN</code></td></tr><tr><td><code>start_time</code></td><td>string</td><td>入场时间</td><td></td></tr><tr><td><code>parking_name</code></td><td>string</td><td>停车场名称</td><td></td></tr><tr><td><code>free_duration</code></td><td>integer</td><td>免费时长</td><td></td></tr><tr><td><code>state</code></td><td>string</td><td>停车入场状态</td><td><code>NORMAL</code>, <code>BLOCKED</code></td></tr><tr><td><code>block_reason</code></td><td>string</td><td>不可用状态描述</td><td><code>PAUSE</code>, <code>OVERDUE</code>, <code>OUT_SERVICE</code>, <code>EVALUATION_FAILED</code></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter8_8_2.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/vehicle/parking/parkings.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const parkings = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  parkings as default
};
