import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"查询停车场信息 · v3/parking/reminders/parking-lot","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/parking/reminders/parking-lot.md","filePath":"api/v3/parking/reminders/parking-lot.md"}');
const _sfc_main = { name: "api/v3/parking/reminders/parking-lot.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="查询停车场信息-·-v3-parking-reminders-parking-lot" tabindex="-1">查询停车场信息 · <code>v3/parking/reminders/parking-lot</code> <a class="header-anchor" href="#查询停车场信息-·-v3-parking-reminders-parking-lot" aria-label="Permalink to &quot;查询停车场信息 · \`v3/parking/reminders/parking-lot\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get" tabindex="-1">GET <a class="header-anchor" href="#get" aria-label="Permalink to &quot;GET&quot;">​</a></h2><p>对商户提供查询停车场信息接口，返回停车场基础信息、启用状态及未启用/下线原因。适用对象与普通服务商一致，支持普通商户、普通服务商、平台商户（电商模式），与既有停车提醒 API 相同。</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/parking/reminders/parking-lot</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 停车缴费服务</li><li>适用对象: 普通服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>query</code></td><td>object</td><td></td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>├ <code>out_parking_lot_id</code></td><td>string</td><td></td><td>商户停车场ID</td><td></td></tr><tr><td>└ <code>wx_parking_lot_id</code></td><td>string</td><td></td><td>微信停车场ID</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/parking/reminders/parking-lot&#39;][&#39;get&#39;][&#39;options&#39;] = {
  query: {
    out_parking_lot_id: &#39;lot_sz_tencent_001&#39;,
    wx_parking_lot_id: &#39;21232735744117624001123604298240&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;parking-&gt;reminders-&gt;parkingLot-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.parking.reminders.parkingLot.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/parking/reminders/parking-lot&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/parking/reminders/parking-lot&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/parking/reminders/parking-lot&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/parking/reminders/parking-lot&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;parking-&gt;reminders-&gt;parkingLot-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.parking.reminders.parkingLot.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/parking/reminders/parking-lot&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/parking/reminders/parking-lot&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/parking/reminders/parking-lot&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/parking/reminders/parking-lot&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>wx_parking_lot_id</code></td><td>string</td><td>微信停车场ID</td><td></td></tr><tr><td><code>out_parking_lot_id</code></td><td>string</td><td>商户停车场ID</td><td></td></tr><tr><td><code>parking_lot_name</code></td><td>string</td><td>停车场名称</td><td></td></tr><tr><td><code>parking_lot_address</code></td><td>string</td><td>停车场地址</td><td></td></tr><tr><td><code>payment_mini_prog_appid</code></td><td>string</td><td>支付小程序appid</td><td></td></tr><tr><td><code>payment_mini_prog_path</code></td><td>string</td><td>支付小程序path</td><td></td></tr><tr><td><code>parking_order_mini_prog_appid</code></td><td>string</td><td>停车订单小程序appid</td><td></td></tr><tr><td><code>parking_order_mini_prog_path</code></td><td>string</td><td>停车订单小程序path</td><td></td></tr><tr><td><code>enabled_state</code></td><td>string</td><td>启用状态，停车场启用状态</td><td><code>ENABLED_STATE_UNKNOWN</code>, <code>ENABLED_STATE_NOT_ENABLED</code>, <code>ENABLED_STATE_ENABLED</code>, <code>ENABLED_STATE_OFFLINE</code></td></tr><tr><td><code>reason</code></td><td>string</td><td>原因</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/parking/reminders/parking-lot.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const parkingLot = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  parkingLot as default
};
