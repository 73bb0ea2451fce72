import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"发起公益捐赠 · v3/fund-app/mch-transfer/partner/charity-transfer-bills","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/fund-app/mch-transfer/partner/charity-transfer-bills.md","filePath":"api/v3/fund-app/mch-transfer/partner/charity-transfer-bills.md"}');
const _sfc_main = { name: "api/v3/fund-app/mch-transfer/partner/charity-transfer-bills.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="发起公益捐赠-·-v3-fund-app-mch-transfer-partner-charity-transfer-bills" tabindex="-1">发起公益捐赠 · <code>v3/fund-app/mch-transfer/partner/charity-transfer-bills</code> <a class="header-anchor" href="#发起公益捐赠-·-v3-fund-app-mch-transfer-partner-charity-transfer-bills" aria-label="Permalink to &quot;发起公益捐赠 · \`v3/fund-app/mch-transfer/partner/charity-transfer-bills\`&quot;">​</a></h1><p><a href="./../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>服务商商户可通过此接口发起公益捐赠 接口返回的HTTP状态码及错误码，仅代表本次请求的结果，不能代表订单状态。接口返回的HTTP状态码为200，且状态为ACCEPT时，可认为发起公益捐赠。接口返回的HTTP状态码不为200时，请商户务必不要立即更换商户订单单号重试。注：单个商户的接口频率限制为100次/s</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/fund-app/mch-transfer/partner/charity-transfer-bills</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 资金应用∙公益捐赠</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>out_budget_no</code></td><td>string</td><td>yes</td><td>商户预算单号</td><td></td></tr><tr><td>├ <code>out_transfer_no</code></td><td>string</td><td>yes</td><td>商户公益捐赠单号</td><td></td></tr><tr><td>├ <code>transaction_info</code></td><td>object</td><td></td><td>关联的交易单号</td><td></td></tr><tr><td> ├ <code>transaction_type</code></td><td>string</td><td>yes</td><td>订单类型</td><td><code>WXPAY</code></td></tr><tr><td> └ <code>transaction_id</code></td><td>string</td><td>yes</td><td>订单号</td><td></td></tr><tr><td>├ <code>sponsor_mchid</code></td><td>string</td><td>yes</td><td>出资商户号</td><td></td></tr><tr><td>├ <code>receive_mchid</code></td><td>string</td><td>yes</td><td>收款商户号</td><td></td></tr><tr><td>├ <code>amount</code></td><td>number</td><td>yes</td><td>预算总金额</td><td></td></tr><tr><td>└ <code>transfer_remark</code></td><td>string</td><td>yes</td><td>捐赠备注</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/fund-app/mch-transfer/partner/charity-transfer-bills&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    out_budget_no: &#39;budget202506300102&#39;,
    out_transfer_no: &#39;trans202506300102&#39;,
    sponsor_mchid: &#39;1900001109&#39;,
    receive_mchid: &#39;1900001109&#39;,
    amount: 20000000,
    transfer_remark: &#39;帮助受助群体爱心捐款&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;fundApp-&gt;mchTransfer-&gt;partner-&gt;charityTransferBills-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.fundApp.mchTransfer.partner.charityTransferBills.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/fund-app/mch-transfer/partner/charity-transfer-bills&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/fund-app/mch-transfer/partner/charity-transfer-bills&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/fund-app/mch-transfer/partner/charity-transfer-bills&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/fund-app/mch-transfer/partner/charity-transfer-bills&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;fundApp-&gt;mchTransfer-&gt;partner-&gt;charityTransferBills-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.fundApp.mchTransfer.partner.charityTransferBills.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/fund-app/mch-transfer/partner/charity-transfer-bills&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/fund-app/mch-transfer/partner/charity-transfer-bills&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/fund-app/mch-transfer/partner/charity-transfer-bills&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/fund-app/mch-transfer/partner/charity-transfer-bills&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>out_budget_no</code></td><td>string</td><td>商户预算单号</td><td></td></tr><tr><td><code>budget_id</code></td><td>string</td><td>微信支付预算单号</td><td></td></tr><tr><td><code>out_transfer_no</code></td><td>string</td><td>商户公益捐赠单号</td><td></td></tr><tr><td><code>transfer_id</code></td><td>string</td><td>微信支付公益捐赠单号</td><td></td></tr><tr><td><code>amount</code></td><td>number</td><td>预算总金额</td><td></td></tr><tr><td><code>transfer_remark</code></td><td>string</td><td>捐赠备注</td><td></td></tr><tr><td><code>receive_mchid</code></td><td>string</td><td>收款商户号</td><td></td></tr><tr><td><code>state</code></td><td>string</td><td>捐赠状态</td><td><code>ACCEPTED</code>, <code>SUCCESS</code>, <code>CLOSE</code></td></tr><tr><td><code>create_time</code></td><td>string(rfc3339)</td><td>捐赠单创建时间</td><td></td></tr><tr><td><code>success_time</code></td><td>string(rfc3339)</td><td>捐赠完成时间</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/fund-app/mch-transfer/partner/charity-transfer-bills.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const charityTransferBills = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  charityTransferBills as default
};
