import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"关闭预约商家转账记录 · v3/platsolution/mch-transfer/reservation/out-reservation-no/{out_reservation_no}/close","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/platsolution/mch-transfer/reservation/out-reservation-no/_out_reservation_no_/close.md","filePath":"api/v3/platsolution/mch-transfer/reservation/out-reservation-no/_out_reservation_no_/close.md"}');
const _sfc_main = { name: "api/v3/platsolution/mch-transfer/reservation/out-reservation-no/_out_reservation_no_/close.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="关闭预约商家转账记录-·-v3-platsolution-mch-transfer-reservation-out-reservation-no-out-reservation-no-close" tabindex="-1">关闭预约商家转账记录 · <code>v3/platsolution/mch-transfer/reservation/out-reservation-no/{out_reservation_no}/close</code> <a class="header-anchor" href="#关闭预约商家转账记录-·-v3-platsolution-mch-transfer-reservation-out-reservation-no-out-reservation-no-close" aria-label="Permalink to &quot;关闭预约商家转账记录 · \`v3/platsolution/mch-transfer/reservation/out-reservation-no/{out_reservation_no}/close\`&quot;">​</a></h1><p><a href="./../../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>商户可通过接口关闭已经受理或者已经确认的预约商家转账记录。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/platsolution/mch-transfer/reservation/out-reservation-no/{out_reservation_no}/close</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 资金应用∙转账</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>out_reservation_no</code></td><td>string</td><td>yes</td><td>商户预约单号</td><td></td></tr><tr><td><code>query</code></td><td>object</td><td>yes</td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>└ <code>sub_mchid</code></td><td>string</td><td>yes</td><td>二级商户号</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/platsolution/mch-transfer/reservation/out-reservation-no/{out_reservation_no}/close&#39;][&#39;post&#39;][&#39;options&#39;] = {
  out_reservation_no: &#39;plfk2020042013&#39;,
  query: { sub_mchid: &#39;1900001109&#39; },
};

// 1. $instance-&gt;v3-&gt;platsolution-&gt;mchTransfer-&gt;reservation-&gt;outReservationNo-&gt;_out_reservation_no_-&gt;close-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.platsolution.mchTransfer.reservation.outReservationNo._out_reservation_no_.close.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/platsolution/mch-transfer/reservation/out-reservation-no/{out_reservation_no}/close&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/platsolution/mch-transfer/reservation/out-reservation-no/{out_reservation_no}/close&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/platsolution/mch-transfer/reservation/out-reservation-no/{out_reservation_no}/close&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/platsolution/mch-transfer/reservation/out-reservation-no/{out_reservation_no}/close&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;platsolution-&gt;mchTransfer-&gt;reservation-&gt;outReservationNo-&gt;_out_reservation_no_-&gt;close-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.platsolution.mchTransfer.reservation.outReservationNo._out_reservation_no_.close.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/platsolution/mch-transfer/reservation/out-reservation-no/{out_reservation_no}/close&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/platsolution/mch-transfer/reservation/out-reservation-no/{out_reservation_no}/close&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/platsolution/mch-transfer/reservation/out-reservation-no/{out_reservation_no}/close&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/platsolution/mch-transfer/reservation/out-reservation-no/{out_reservation_no}/close&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>sp_mchid</code></td><td>string</td><td>服务商商户号</td><td></td></tr><tr><td><code>sub_mchid</code></td><td>string</td><td>二级商户号</td><td></td></tr><tr><td><code>sp_appid</code></td><td>string</td><td>服务商AppID</td><td></td></tr><tr><td><code>sub_appid</code></td><td>string</td><td>二级商户AppID</td><td></td></tr><tr><td><code>reservation_id</code></td><td>string</td><td>微信转账预约单号</td><td></td></tr><tr><td><code>out_reservation_no</code></td><td>string</td><td>商户预约单号</td><td></td></tr><tr><td><code>transfer_scene_id</code></td><td>string</td><td>转账场景ID</td><td></td></tr><tr><td><code>estimated_date</code></td><td>string</td><td>预计最晚转账日期</td><td></td></tr><tr><td><code>estimated_max_amount</code></td><td>number</td><td>预计最大转账金额</td><td></td></tr><tr><td><code>exact_amount</code></td><td>number</td><td>准确转账金额</td><td></td></tr><tr><td><code>openid</code></td><td>string</td><td>收款用户OpenID</td><td></td></tr><tr><td><code>bank_type</code></td><td>string</td><td>收款银行类型</td><td></td></tr><tr><td><code>state</code></td><td>string</td><td>预约记录状态</td><td></td></tr><tr><td><code>accept_time</code></td><td>string</td><td>预约记录受理的时间</td><td></td></tr><tr><td><code>reserve_time</code></td><td>string</td><td>预约记录用户确认预约的时间</td><td></td></tr><tr><td><code>close_info</code></td><td>object</td><td>预约记录的关闭信息</td><td></td></tr><tr><td>├ <code>close_time</code></td><td>string</td><td>预约记录关闭的时间</td><td></td></tr><tr><td>└ <code>close_reason</code></td><td>string</td><td>预约记录关闭的原因</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/docs/partner/apis/platsolution-mch-transfer/transfer-reservation/transfer-reservation-close.html" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/platsolution/mch-transfer/reservation/out-reservation-no/_out_reservation_no_/close.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const close = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  close as default
};
