import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"医保退款通知 · v3/med-ins/refunds/notify","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/med-ins/refunds/notify.md","filePath":"api/v3/med-ins/refunds/notify.md"}');
const _sfc_main = { name: "api/v3/med-ins/refunds/notify.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="医保退款通知-·-v3-med-ins-refunds-notify" tabindex="-1">医保退款通知 · <code>v3/med-ins/refunds/notify</code> <a class="header-anchor" href="#医保退款通知-·-v3-med-ins-refunds-notify" aria-label="Permalink to &quot;医保退款通知 · \`v3/med-ins/refunds/notify\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>从业机构调用该接口向微信医保后台通知医保订单的退款成功结果</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/med-ins/refunds/notify</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 医保支付</li><li>适用对象: 从业机构（银行）</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>query</code></td><td>object</td><td>yes</td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>└ <code>mix_trade_no</code></td><td>string</td><td>yes</td><td>医保自费混合订单号</td><td></td></tr><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td>yes</td><td>医疗机构的商户号</td><td></td></tr><tr><td>├ <code>med_refund_total_fee</code></td><td>integer</td><td>yes</td><td>医保退款的总金额</td><td></td></tr><tr><td>├ <code>med_refund__gov_fee</code></td><td>integer</td><td>yes</td><td>医保统筹退款金额</td><td></td></tr><tr><td>├ <code>med_refund__self_fee</code></td><td>integer</td><td>yes</td><td>医保个账退款金额</td><td></td></tr><tr><td>├ <code>med_refund__other_fee</code></td><td>integer</td><td>yes</td><td>医保其他退款金额</td><td></td></tr><tr><td>├ <code>refund_time</code></td><td>string(rfc3339)</td><td>yes</td><td>医保退款成功时间</td><td></td></tr><tr><td>└ <code>out_refund_no</code></td><td>string</td><td>yes</td><td>从业机构退款单号</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/med-ins/refunds/notify&#39;][&#39;post&#39;][&#39;options&#39;] = {
  query: { mix_trade_no: &#39;1217752501201407033233368318&#39; },
  json: {
    sub_mchid: &#39;1900000109&#39;,
    med_refund_total_fee: 45000,
    med_refund__gov_fee: 45000,
    med_refund__self_fee: 45000,
    med_refund__other_fee: 45000,
    refund_time: &#39;2018-06-08T10:34:56+08:00&#39;,
    out_refund_no: &#39;R202204022005169952975171534816&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;medIns-&gt;refunds-&gt;notify-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.medIns.refunds.notify.postAsync(options).then((response) =&gt; console.log(response.status));

// 2. $instance-&gt;chain(&#39;v3/med-ins/refunds/notify&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/med-ins/refunds/notify&#39;).postAsync(options).then((response) =&gt; console.log(response.status));

// 3. $instance[&#39;v3/med-ins/refunds/notify&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/med-ins/refunds/notify&#39;].postAsync(options).then((response) =&gt; console.log(response.status));

// 4. $response = $instance-&gt;v3-&gt;medIns-&gt;refunds-&gt;notify-&gt;post([…]); echo $response-&gt;getStatusCode();
const byProperty = await wx.v3.medIns.refunds.notify.post(options);
console.log(byProperty.status);

// 5. $response = $instance-&gt;chain(&#39;v3/med-ins/refunds/notify&#39;)-&gt;post([…]); echo $response-&gt;getStatusCode();
const byChain = await wx.chain(&#39;v3/med-ins/refunds/notify&#39;).post(options);
console.log(byChain.status);

// 6. $response = $instance[&#39;v3/med-ins/refunds/notify&#39;]-&gt;post([…]); echo $response-&gt;getStatusCode();
const byPath = await wx[&#39;v3/med-ins/refunds/notify&#39;].post(options);
console.log(byPath.status);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><p><code>204 No Content</code>: no body; <code>response.data</code> is <code>undefined</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/med-ins/refunds/notify.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const notify = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  notify as default
};
