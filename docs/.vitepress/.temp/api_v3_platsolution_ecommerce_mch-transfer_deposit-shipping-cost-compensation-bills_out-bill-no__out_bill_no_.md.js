import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"查询保证金售后赔付运费结果（按商户赔付单号） · v3/platsolution/ecommerce/mch-transfer/deposit-shipping-cost-compensation-bills/out-bill-no/{out_bill_no}","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/platsolution/ecommerce/mch-transfer/deposit-shipping-cost-compensation-bills/out-bill-no/_out_bill_no_.md","filePath":"api/v3/platsolution/ecommerce/mch-transfer/deposit-shipping-cost-compensation-bills/out-bill-no/_out_bill_no_.md"}');
const _sfc_main = { name: "api/v3/platsolution/ecommerce/mch-transfer/deposit-shipping-cost-compensation-bills/out-bill-no/_out_bill_no_.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="查询保证金售后赔付运费结果-按商户赔付单号-·-v3-platsolution-ecommerce-mch-transfer-deposit-shipping-cost-compensation-bills-out-bill-no-out-bill-no" tabindex="-1">查询保证金售后赔付运费结果（按商户赔付单号） · <code>v3/platsolution/ecommerce/mch-transfer/deposit-shipping-cost-compensation-bills/out-bill-no/{out_bill_no}</code> <a class="header-anchor" href="#查询保证金售后赔付运费结果-按商户赔付单号-·-v3-platsolution-ecommerce-mch-transfer-deposit-shipping-cost-compensation-bills-out-bill-no-out-bill-no" aria-label="Permalink to &quot;查询保证金售后赔付运费结果（按商户赔付单号） · \`v3/platsolution/ecommerce/mch-transfer/deposit-shipping-cost-compensation-bills/out-bill-no/{out_bill_no}\`&quot;">​</a></h1><p><a href="./../../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get" tabindex="-1">GET <a class="header-anchor" href="#get" aria-label="Permalink to &quot;GET&quot;">​</a></h2><p>商户单号查保证金赔付用户运费结果。注：接口频率限制为100次/s</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/platsolution/ecommerce/mch-transfer/deposit-shipping-cost-compensation-bills/out-bill-no/{out_bill_no}</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>out_bill_no</code></td><td>string</td><td>yes</td><td>商户单号</td><td></td></tr><tr><td><code>query</code></td><td>object</td><td></td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>└ <code>sub_mchid</code></td><td>string</td><td></td><td>二级商户号</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/platsolution/ecommerce/mch-transfer/deposit-shipping-cost-compensation-bills/out-bill-no/{out_bill_no}&#39;][&#39;get&#39;][&#39;options&#39;] = {
  out_bill_no: &#39;plfk2020042013&#39;,
  query: { sub_mchid: &#39;1900001109&#39; },
};

// 1. $instance-&gt;v3-&gt;platsolution-&gt;ecommerce-&gt;mchTransfer-&gt;depositShippingCostCompensationBills-&gt;outBillNo-&gt;_out_bill_no_-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.platsolution.ecommerce.mchTransfer.depositShippingCostCompensationBills.outBillNo._out_bill_no_.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/platsolution/ecommerce/mch-transfer/deposit-shipping-cost-compensation-bills/out-bill-no/{out_bill_no}&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/platsolution/ecommerce/mch-transfer/deposit-shipping-cost-compensation-bills/out-bill-no/{out_bill_no}&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/platsolution/ecommerce/mch-transfer/deposit-shipping-cost-compensation-bills/out-bill-no/{out_bill_no}&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/platsolution/ecommerce/mch-transfer/deposit-shipping-cost-compensation-bills/out-bill-no/{out_bill_no}&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;platsolution-&gt;ecommerce-&gt;mchTransfer-&gt;depositShippingCostCompensationBills-&gt;outBillNo-&gt;_out_bill_no_-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.platsolution.ecommerce.mchTransfer.depositShippingCostCompensationBills.outBillNo._out_bill_no_.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/platsolution/ecommerce/mch-transfer/deposit-shipping-cost-compensation-bills/out-bill-no/{out_bill_no}&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/platsolution/ecommerce/mch-transfer/deposit-shipping-cost-compensation-bills/out-bill-no/{out_bill_no}&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/platsolution/ecommerce/mch-transfer/deposit-shipping-cost-compensation-bills/out-bill-no/{out_bill_no}&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/platsolution/ecommerce/mch-transfer/deposit-shipping-cost-compensation-bills/out-bill-no/{out_bill_no}&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>sp_mchid</code></td><td>string</td><td>服务商商户号</td><td></td></tr><tr><td><code>sub_mchid</code></td><td>string</td><td>二级商户号</td><td></td></tr><tr><td><code>receiver_detail</code></td><td>object</td><td>转账接收方信息</td><td></td></tr><tr><td>└ <code>receiver</code></td><td>object</td><td>转账接收者信息</td><td></td></tr><tr><td> ├ <code>transaction_info</code></td><td>object</td><td>转账接收方订单信息</td><td></td></tr><tr><td>  ├ <code>transaction_id</code></td><td>string</td><td>交易订单号</td><td></td></tr><tr><td>  └ <code>type</code></td><td>string</td><td>转账接收方订单类型</td><td><code>WXPAY</code>, <code>WXVALUE</code></td></tr><tr><td> └ <code>user_info</code></td><td>object</td><td>转账接收方用户</td><td></td></tr><tr><td>  └ <code>sp_openid</code></td><td>string</td><td>转账接收方用户 openid</td><td></td></tr><tr><td><code>out_bill_no</code></td><td>string</td><td>商户单号</td><td></td></tr><tr><td><code>amount</code></td><td>number</td><td>赔付金额</td><td></td></tr><tr><td><code>transfer_remark</code></td><td>string</td><td>赔付原因</td><td></td></tr><tr><td><code>bill_id</code></td><td>string</td><td>微信支付转账单号</td><td></td></tr><tr><td><code>state</code></td><td>string</td><td>赔付状态</td><td><code>ACCEPTED</code>, <code>SUCCESS</code>, <code>CLOSED</code>, <code>WAIT_USER_CONFIRM</code>, <code>CANCELING</code>, <code>CANCELLED</code></td></tr><tr><td><code>accept_time</code></td><td>string(rfc3339)</td><td>受理时间</td><td></td></tr><tr><td><code>success_time</code></td><td>string(rfc3339)</td><td>成功时间</td><td></td></tr><tr><td><code>close_info</code></td><td>object</td><td>关单信息</td><td></td></tr><tr><td>├ <code>close_time</code></td><td>string(rfc3339)</td><td>关单时间</td><td></td></tr><tr><td>└ <code>close_reason</code></td><td>string</td><td>关单原因</td><td></td></tr><tr><td><code>sponsor_mchid</code></td><td>string</td><td>出资商户号</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/doc/v3/partner/4013504203" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/platsolution/ecommerce/mch-transfer/deposit-shipping-cost-compensation-bills/out-bill-no/_out_bill_no_.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const _out_bill_no_ = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  _out_bill_no_ as default
};
