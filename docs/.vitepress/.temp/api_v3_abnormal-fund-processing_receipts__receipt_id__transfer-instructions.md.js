import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"发起在途异常资金付款指令 · v3/abnormal-fund-processing/receipts/{receipt_id}/transfer-instructions","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/abnormal-fund-processing/receipts/_receipt_id_/transfer-instructions.md","filePath":"api/v3/abnormal-fund-processing/receipts/_receipt_id_/transfer-instructions.md"}');
const _sfc_main = { name: "api/v3/abnormal-fund-processing/receipts/_receipt_id_/transfer-instructions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="发起在途异常资金付款指令-·-v3-abnormal-fund-processing-receipts-receipt-id-transfer-instructions" tabindex="-1">发起在途异常资金付款指令 · <code>v3/abnormal-fund-processing/receipts/{receipt_id}/transfer-instructions</code> <a class="header-anchor" href="#发起在途异常资金付款指令-·-v3-abnormal-fund-processing-receipts-receipt-id-transfer-instructions" aria-label="Permalink to &quot;发起在途异常资金付款指令 · \`v3/abnormal-fund-processing/receipts/{receipt_id}/transfer-instructions\`&quot;">​</a></h1><p><a href="./../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>商户有在途异常资金时，可以通过该接口发起在途异常资金付款，转付给符合条件的接收方</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/abnormal-fund-processing/receipts/{receipt_id}/transfer-instructions</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 收付通∙个人收款</li><li>适用对象: 电商平台</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>receipt_id</code></td><td>string</td><td>yes</td><td>微信支付在途异常资金付款单号</td><td></td></tr><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>out_instruction_no</code></td><td>string</td><td>yes</td><td>商户侧指令编号</td><td></td></tr><tr><td>├ <code>transfer_mode</code></td><td>string</td><td>yes</td><td>付款方式</td><td><code>TRANSFER_TO_ORIGINAL_RECEIVE_USER</code>, <code>TRANSFER_MODE_TO_ORIGINAL_RECEIVE_MERCHANT</code>, <code>TRANSFER_MODE_TO_SPECIFIED_RECEIVE_MERCHANT</code></td></tr><tr><td>├ <code>receiver</code></td><td>object</td><td></td><td>收款方</td><td></td></tr><tr><td> ├ <code>openid</code></td><td>string</td><td></td><td>入账用户OpenID</td><td></td></tr><tr><td> ├ <code>appid</code></td><td>string</td><td></td><td>商户AppID</td><td></td></tr><tr><td> └ <code>mchid</code></td><td>string</td><td></td><td>入账商户号</td><td></td></tr><tr><td>└ <code>notify_url</code></td><td>string</td><td></td><td>回调通知地址</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/abnormal-fund-processing/receipts/{receipt_id}/transfer-instructions&#39;][&#39;post&#39;][&#39;options&#39;] = {
  receipt_id: &#39;0100011742874700562078230000&#39;,
  json: {
    out_instruction_no: &#39;1200002&#39;,
    transfer_mode: &#39;TRANSFER_TO_ORIGINAL_RECEIVE_USER&#39;,
    notify_url: &#39;https://weixin.qq.com&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;abnormalFundProcessing-&gt;receipts-&gt;_receipt_id_-&gt;transferInstructions-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.abnormalFundProcessing.receipts._receipt_id_.transferInstructions.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/abnormal-fund-processing/receipts/{receipt_id}/transfer-instructions&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/abnormal-fund-processing/receipts/{receipt_id}/transfer-instructions&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/abnormal-fund-processing/receipts/{receipt_id}/transfer-instructions&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/abnormal-fund-processing/receipts/{receipt_id}/transfer-instructions&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;abnormalFundProcessing-&gt;receipts-&gt;_receipt_id_-&gt;transferInstructions-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.abnormalFundProcessing.receipts._receipt_id_.transferInstructions.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/abnormal-fund-processing/receipts/{receipt_id}/transfer-instructions&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/abnormal-fund-processing/receipts/{receipt_id}/transfer-instructions&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/abnormal-fund-processing/receipts/{receipt_id}/transfer-instructions&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/abnormal-fund-processing/receipts/{receipt_id}/transfer-instructions&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>product_name</code></td><td>string</td><td>产品名称</td><td><code>C2C</code></td></tr><tr><td><code>receipt_id</code></td><td>string</td><td>微信支付在途异常资金付款单号</td><td></td></tr><tr><td><code>transfer_amount</code></td><td>object</td><td>付款金额信息</td><td></td></tr><tr><td>├ <code>total</code></td><td>integer</td><td>总金额</td><td></td></tr><tr><td>└ <code>currency</code></td><td>string</td><td>货币类型</td><td><code>CNY</code></td></tr><tr><td><code>receipt_state</code></td><td>string</td><td>在途异常资金付款状态</td><td><code>RECEIPT_STATE_PENDING</code>, <code>RECEIPT_STATE_PROGRESS</code>, <code>RECEIPT_STATE_COMPLETED</code></td></tr><tr><td><code>create_time</code></td><td>string</td><td>在途异常资金付款单据创建时间</td><td></td></tr><tr><td><code>last_update_time</code></td><td>string</td><td>在途异常资金付款单据更新时间</td><td></td></tr><tr><td><code>instruction</code></td><td>object</td><td>在途异常资金付款指令信息</td><td></td></tr><tr><td>├ <code>out_instruction_no</code></td><td>string</td><td>商户侧指令编号</td><td></td></tr><tr><td>├ <code>commander</code></td><td>object</td><td>在途异常资金付款指令的发起方</td><td></td></tr><tr><td> ├ <code>operator</code></td><td>string</td><td>发起在途异常资金付款请求的角色</td><td><code>MERCHANT</code></td></tr><tr><td> └ <code>mchid</code></td><td>string</td><td>微信支付商户号</td><td></td></tr><tr><td>├ <code>transfer_mode</code></td><td>string</td><td>付款方式</td><td><code>TRANSFER_TO_ORIGINAL_RECEIVE_USER</code>, <code>TRANSFER_MODE_TO_ORIGINAL_RECEIVE_MERCHANT</code>, <code>TRANSFER_MODE_TO_SPECIFIED_RECEIVE_MERCHANT</code></td></tr><tr><td>├ <code>receiver</code></td><td>object</td><td>收款方</td><td></td></tr><tr><td> ├ <code>openid</code></td><td>string</td><td>入账用户OpenID</td><td></td></tr><tr><td> ├ <code>appid</code></td><td>string</td><td>商户AppID</td><td></td></tr><tr><td> └ <code>mchid</code></td><td>string</td><td>入账商户号</td><td></td></tr><tr><td>├ <code>instruction_state</code></td><td>string</td><td>在途异常资金付款指令状态</td><td><code>INSTRUCTION_STATE_PENDING</code>, <code>INSTRUCTION_STATE_IN_PROGRESS</code>, <code>INSTRUCTION_STATE_CLOSED</code>, <code>INSTRUCTION_STATE_SUCCESS</code></td></tr><tr><td>├ <code>create_time</code></td><td>string</td><td>在途异常资金付款单据创建时间</td><td></td></tr><tr><td>├ <code>success_time</code></td><td>string</td><td>入账成功时间</td><td></td></tr><tr><td>└ <code>notify_url</code></td><td>string</td><td>回调通知地址</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/abnormal-fund-processing/receipts/_receipt_id_/transfer-instructions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const transferInstructions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  transferInstructions as default
};
