import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"签到签退API · v3/taxi-invoice/attendance/punch","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/taxi-invoice/attendance/punch.md","filePath":"api/v3/taxi-invoice/attendance/punch.md"}');
const _sfc_main = { name: "api/v3/taxi-invoice/attendance/punch.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="签到签退api-·-v3-taxi-invoice-attendance-punch" tabindex="-1">签到签退API · <code>v3/taxi-invoice/attendance/punch</code> <a class="header-anchor" href="#签到签退api-·-v3-taxi-invoice-attendance-punch" aria-label="Permalink to &quot;签到签退API · \`v3/taxi-invoice/attendance/punch\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>签到签退数据主要用于控制微信支付凭证是否包含开发票入口、是否创建用户行程单</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/taxi-invoice/attendance/punch</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 出租车电子发票</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>plate_number</code></td><td>string</td><td>yes</td><td>车牌号</td><td></td></tr><tr><td>├ <code>driver_license</code></td><td>string</td><td>yes</td><td>营运资格证号</td><td></td></tr><tr><td>├ <code>event_time</code></td><td>string</td><td>yes</td><td>事件发生时间</td><td></td></tr><tr><td>├ <code>event_type</code></td><td>string</td><td>yes</td><td>事件类型</td><td></td></tr><tr><td>└ <code>region_id</code></td><td>integer</td><td>yes</td><td>行政区划ID</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/taxi-invoice/attendance/punch&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    plate_number: &#39;粤B12345&#39;,
    driver_license: &#39;6298416&#39;,
    event_time: &#39;2019-12-01T12:00:00.000+08:00&#39;,
    event_type: &#39;SIGN_IN&#39;,
    region_id: 510100,
  },
};

// 1. $instance-&gt;v3-&gt;taxiInvoice-&gt;attendance-&gt;punch-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.taxiInvoice.attendance.punch.postAsync(options).then((response) =&gt; console.log(response.status));

// 2. $instance-&gt;chain(&#39;v3/taxi-invoice/attendance/punch&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/taxi-invoice/attendance/punch&#39;).postAsync(options).then((response) =&gt; console.log(response.status));

// 3. $instance[&#39;v3/taxi-invoice/attendance/punch&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/taxi-invoice/attendance/punch&#39;].postAsync(options).then((response) =&gt; console.log(response.status));

// 4. $response = $instance-&gt;v3-&gt;taxiInvoice-&gt;attendance-&gt;punch-&gt;post([…]); echo $response-&gt;getStatusCode();
const byProperty = await wx.v3.taxiInvoice.attendance.punch.post(options);
console.log(byProperty.status);

// 5. $response = $instance-&gt;chain(&#39;v3/taxi-invoice/attendance/punch&#39;)-&gt;post([…]); echo $response-&gt;getStatusCode();
const byChain = await wx.chain(&#39;v3/taxi-invoice/attendance/punch&#39;).post(options);
console.log(byChain.status);

// 6. $response = $instance[&#39;v3/taxi-invoice/attendance/punch&#39;]-&gt;post([…]); echo $response-&gt;getStatusCode();
const byPath = await wx[&#39;v3/taxi-invoice/attendance/punch&#39;].post(options);
console.log(byPath.status);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><p><code>204 No Content</code>: no body; <code>response.data</code> is <code>undefined</code>.</p><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/docs/partner/apis/taxi-fapiao/attendance/punch-attendance.html" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/taxi-invoice/attendance/punch.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const punch = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  punch as default
};
