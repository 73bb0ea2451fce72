import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"请求撤销赔付 · v3/platsolution/ecommerce/mch-transfer/compensate-bills/out-bill-no/{out_bill_no}/cancel","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/platsolution/ecommerce/mch-transfer/compensate-bills/out-bill-no/_out_bill_no_/cancel.md","filePath":"api/v3/platsolution/ecommerce/mch-transfer/compensate-bills/out-bill-no/_out_bill_no_/cancel.md"}');
const _sfc_main = { name: "api/v3/platsolution/ecommerce/mch-transfer/compensate-bills/out-bill-no/_out_bill_no_/cancel.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="请求撤销赔付-·-v3-platsolution-ecommerce-mch-transfer-compensate-bills-out-bill-no-out-bill-no-cancel" tabindex="-1">请求撤销赔付 · <code>v3/platsolution/ecommerce/mch-transfer/compensate-bills/out-bill-no/{out_bill_no}/cancel</code> <a class="header-anchor" href="#请求撤销赔付-·-v3-platsolution-ecommerce-mch-transfer-compensate-bills-out-bill-no-out-bill-no-cancel" aria-label="Permalink to &quot;请求撤销赔付 · \`v3/platsolution/ecommerce/mch-transfer/compensate-bills/out-bill-no/{out_bill_no}/cancel\`&quot;">​</a></h1><p><a href="./../../../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>商户可通过该接口撤销赔付，在用户确认收款之前可以通过该接口撤销赔付。该接口返回成功仅表示撤销请求已受理，系统会异步处理退款等操作，以最终查询单据返回状态为准。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/platsolution/ecommerce/mch-transfer/compensate-bills/out-bill-no/{out_bill_no}/cancel</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>out_bill_no</code></td><td>string</td><td>yes</td><td>商户单号</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/platsolution/ecommerce/mch-transfer/compensate-bills/out-bill-no/{out_bill_no}/cancel&#39;][&#39;post&#39;][&#39;options&#39;] = {
  out_bill_no: &#39;plfk2020042013&#39;,
};

// 1. $instance-&gt;v3-&gt;platsolution-&gt;ecommerce-&gt;mchTransfer-&gt;compensateBills-&gt;outBillNo-&gt;_out_bill_no_-&gt;cancel-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.platsolution.ecommerce.mchTransfer.compensateBills.outBillNo._out_bill_no_.cancel.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/platsolution/ecommerce/mch-transfer/compensate-bills/out-bill-no/{out_bill_no}/cancel&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/platsolution/ecommerce/mch-transfer/compensate-bills/out-bill-no/{out_bill_no}/cancel&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/platsolution/ecommerce/mch-transfer/compensate-bills/out-bill-no/{out_bill_no}/cancel&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/platsolution/ecommerce/mch-transfer/compensate-bills/out-bill-no/{out_bill_no}/cancel&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;platsolution-&gt;ecommerce-&gt;mchTransfer-&gt;compensateBills-&gt;outBillNo-&gt;_out_bill_no_-&gt;cancel-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.platsolution.ecommerce.mchTransfer.compensateBills.outBillNo._out_bill_no_.cancel.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/platsolution/ecommerce/mch-transfer/compensate-bills/out-bill-no/{out_bill_no}/cancel&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/platsolution/ecommerce/mch-transfer/compensate-bills/out-bill-no/{out_bill_no}/cancel&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/platsolution/ecommerce/mch-transfer/compensate-bills/out-bill-no/{out_bill_no}/cancel&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/platsolution/ecommerce/mch-transfer/compensate-bills/out-bill-no/{out_bill_no}/cancel&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>out_bill_no</code></td><td>string</td><td>商户单号</td><td></td></tr><tr><td><code>bill_id</code></td><td>string</td><td>微信支付转账单号</td><td></td></tr><tr><td><code>state</code></td><td>string</td><td>赔付状态</td><td><code>ACCEPTED</code>, <code>SUCCESS</code>, <code>CLOSED</code>, <code>WAIT_USER_CONFIRM</code>, <code>CANCELING</code>, <code>CANCELLED</code></td></tr><tr><td><code>cancel_accept_time</code></td><td>string(rfc3339)</td><td>撤销受理时间</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/doc/v3/partner/4013504177" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/platsolution/ecommerce/mch-transfer/compensate-bills/out-bill-no/_out_bill_no_/cancel.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const cancel = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  cancel as default
};
