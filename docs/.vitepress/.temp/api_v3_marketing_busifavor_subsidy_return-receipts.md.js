import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"营销补差回退API · v3/marketing/busifavor/subsidy/return-receipts","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/marketing/busifavor/subsidy/return-receipts.md","filePath":"api/v3/marketing/busifavor/subsidy/return-receipts.md"}');
const _sfc_main = { name: "api/v3/marketing/busifavor/subsidy/return-receipts.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="营销补差回退api-·-v3-marketing-busifavor-subsidy-return-receipts" tabindex="-1">营销补差回退API · <code>v3/marketing/busifavor/subsidy/return-receipts</code> <a class="header-anchor" href="#营销补差回退api-·-v3-marketing-busifavor-subsidy-return-receipts" aria-label="Permalink to &quot;营销补差回退API · \`v3/marketing/busifavor/subsidy/return-receipts\`&quot;">​</a></h1><p><a href="./../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>商户通过该接口可回退补差款</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/marketing/busifavor/subsidy/return-receipts</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 运营工具∙商家券</li><li>适用对象: 直连商户</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>stock_id</code></td><td>string</td><td>yes</td><td>商家券批次号</td><td></td></tr><tr><td>├ <code>coupon_code</code></td><td>string</td><td>yes</td><td>商家券Code</td><td></td></tr><tr><td>├ <code>transaction_id</code></td><td>string</td><td>yes</td><td>微信支付订单号</td><td></td></tr><tr><td>├ <code>refund_id</code></td><td>string</td><td>yes</td><td>微信支付退款单号</td><td></td></tr><tr><td>├ <code>payer_merchant</code></td><td>string</td><td>yes</td><td>原营销补差扣款商户号</td><td></td></tr><tr><td>├ <code>payee_merchant</code></td><td>string</td><td>yes</td><td>原营销补差入账商户号</td><td></td></tr><tr><td>├ <code>amount</code></td><td>integer</td><td>yes</td><td>补差回退金额</td><td></td></tr><tr><td>├ <code>description</code></td><td>string</td><td>yes</td><td>补差回退描述</td><td></td></tr><tr><td>└ <code>out_subsidy_return_no</code></td><td>string</td><td>yes</td><td>业务请求唯一单号</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/marketing/busifavor/subsidy/return-receipts&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    stock_id: &#39;128888000000001&#39;,
    coupon_code: &#39;ABCD12345678&#39;,
    transaction_id: &#39;4200000913202101152566792388&#39;,
    refund_id: &#39;50100506732021010105138718375&#39;,
    payer_merchant: &#39;1900000001&#39;,
    payee_merchant: &#39;1900000002&#39;,
    amount: 100,
    description: &#39;20210115DESCRIPTION&#39;,
    out_subsidy_return_no: &#39;subsidy-abcd-12345678&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;marketing-&gt;busifavor-&gt;subsidy-&gt;returnReceipts-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.marketing.busifavor.subsidy.returnReceipts.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/marketing/busifavor/subsidy/return-receipts&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/marketing/busifavor/subsidy/return-receipts&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/marketing/busifavor/subsidy/return-receipts&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/marketing/busifavor/subsidy/return-receipts&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;marketing-&gt;busifavor-&gt;subsidy-&gt;returnReceipts-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.marketing.busifavor.subsidy.returnReceipts.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/marketing/busifavor/subsidy/return-receipts&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/marketing/busifavor/subsidy/return-receipts&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/marketing/busifavor/subsidy/return-receipts&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/marketing/busifavor/subsidy/return-receipts&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>subsidy_return_receipt_id</code></td><td>string</td><td>补差回退单号</td><td></td></tr><tr><td><code>stock_id</code></td><td>string</td><td>商家券批次号</td><td></td></tr><tr><td><code>coupon_code</code></td><td>string</td><td>商家券Code</td><td></td></tr><tr><td><code>transaction_id</code></td><td>string</td><td>微信支付订单号</td><td></td></tr><tr><td><code>refund_id</code></td><td>string</td><td>微信支付退款单号</td><td></td></tr><tr><td><code>payer_merchant</code></td><td>string</td><td>原营销补差扣款商户号</td><td></td></tr><tr><td><code>payee_merchant</code></td><td>string</td><td>原营销补差入账商户号</td><td></td></tr><tr><td><code>amount</code></td><td>integer</td><td>补差回退金额</td><td></td></tr><tr><td><code>description</code></td><td>string</td><td>补差回退描述</td><td></td></tr><tr><td><code>status</code></td><td>string</td><td>补差回退单据状态</td><td></td></tr><tr><td><code>fail_reason</code></td><td>string</td><td>补差回退失败原因</td><td></td></tr><tr><td><code>return_done_time</code></td><td>string</td><td>补差回退完成时间</td><td></td></tr><tr><td><code>subsidy_receipt_id</code></td><td>string</td><td>补差付款单号</td><td></td></tr><tr><td><code>out_subsidy_return_no</code></td><td>string</td><td>业务请求唯一单号</td><td></td></tr><tr><td><code>return_create_time</code></td><td>string</td><td>补差回退发起时间</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter9_2_17.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/marketing/busifavor/subsidy/return-receipts.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const returnReceipts = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  returnReceipts as default
};
