import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"查询在途异常资金付款指令执行结果 · v3/abnormal-fund-processing/receipts/{receipt_id}/transfer-instructions/{out_instruction_no}","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/abnormal-fund-processing/receipts/_receipt_id_/transfer-instructions/_out_instruction_no_.md","filePath":"api/v3/abnormal-fund-processing/receipts/_receipt_id_/transfer-instructions/_out_instruction_no_.md"}');
const _sfc_main = { name: "api/v3/abnormal-fund-processing/receipts/_receipt_id_/transfer-instructions/_out_instruction_no_.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="查询在途异常资金付款指令执行结果-·-v3-abnormal-fund-processing-receipts-receipt-id-transfer-instructions-out-instruction-no" tabindex="-1">查询在途异常资金付款指令执行结果 · <code>v3/abnormal-fund-processing/receipts/{receipt_id}/transfer-instructions/{out_instruction_no}</code> <a class="header-anchor" href="#查询在途异常资金付款指令执行结果-·-v3-abnormal-fund-processing-receipts-receipt-id-transfer-instructions-out-instruction-no" aria-label="Permalink to &quot;查询在途异常资金付款指令执行结果 · \`v3/abnormal-fund-processing/receipts/{receipt_id}/transfer-instructions/{out_instruction_no}\`&quot;">​</a></h1><p><a href="./../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get" tabindex="-1">GET <a class="header-anchor" href="#get" aria-label="Permalink to &quot;GET&quot;">​</a></h2><p>发起在途异常资金付款后，可通过该接口快速查询相关指令单的流程状态。注：接口限频100次/秒。</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/abnormal-fund-processing/receipts/{receipt_id}/transfer-instructions/{out_instruction_no}</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 收付通∙个人收款</li><li>适用对象: 电商平台</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>receipt_id</code></td><td>string</td><td>yes</td><td>微信支付在途异常资金付款单号</td><td></td></tr><tr><td><code>out_instruction_no</code></td><td>string</td><td>yes</td><td>商户侧指令编号</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/abnormal-fund-processing/receipts/{receipt_id}/transfer-instructions/{out_instruction_no}&#39;][&#39;get&#39;][&#39;options&#39;] = {
  receipt_id: &#39;0100011742874700562078230000&#39;,
  out_instruction_no: &#39;1200002&#39;,
};

// 1. $instance-&gt;v3-&gt;abnormalFundProcessing-&gt;receipts-&gt;_receipt_id_-&gt;transferInstructions-&gt;_out_instruction_no_-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.abnormalFundProcessing.receipts._receipt_id_.transferInstructions._out_instruction_no_.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/abnormal-fund-processing/receipts/{receipt_id}/transfer-instructions/{out_instruction_no}&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/abnormal-fund-processing/receipts/{receipt_id}/transfer-instructions/{out_instruction_no}&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/abnormal-fund-processing/receipts/{receipt_id}/transfer-instructions/{out_instruction_no}&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/abnormal-fund-processing/receipts/{receipt_id}/transfer-instructions/{out_instruction_no}&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;abnormalFundProcessing-&gt;receipts-&gt;_receipt_id_-&gt;transferInstructions-&gt;_out_instruction_no_-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.abnormalFundProcessing.receipts._receipt_id_.transferInstructions._out_instruction_no_.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/abnormal-fund-processing/receipts/{receipt_id}/transfer-instructions/{out_instruction_no}&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/abnormal-fund-processing/receipts/{receipt_id}/transfer-instructions/{out_instruction_no}&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/abnormal-fund-processing/receipts/{receipt_id}/transfer-instructions/{out_instruction_no}&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/abnormal-fund-processing/receipts/{receipt_id}/transfer-instructions/{out_instruction_no}&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>out_instruction_no</code></td><td>string</td><td>商户侧指令编号</td><td></td></tr><tr><td><code>commander</code></td><td>object</td><td>在途异常资金付款指令的发起方</td><td></td></tr><tr><td>├ <code>operator</code></td><td>string</td><td>发起在途异常资金付款请求的角色</td><td><code>MERCHANT</code></td></tr><tr><td>└ <code>mchid</code></td><td>string</td><td>微信支付商户号</td><td></td></tr><tr><td><code>transfer_mode</code></td><td>string</td><td>付款方式</td><td><code>TRANSFER_TO_ORIGINAL_RECEIVE_USER</code>, <code>TRANSFER_MODE_TO_ORIGINAL_RECEIVE_MERCHANT</code>, <code>TRANSFER_MODE_TO_SPECIFIED_RECEIVE_MERCHANT</code></td></tr><tr><td><code>receiver</code></td><td>object</td><td>收款方</td><td></td></tr><tr><td>├ <code>account_type</code></td><td>string</td><td>入账账户类型</td><td></td></tr><tr><td>├ <code>openid</code></td><td>string</td><td>入账用户OpenID</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td>商户AppID</td><td></td></tr><tr><td>└ <code>mchid</code></td><td>string</td><td>入账商户号</td><td></td></tr><tr><td><code>instruction_state</code></td><td>string</td><td>在途异常资金付款指令状态</td><td><code>INSTRUCTION_STATE_PENDING</code>, <code>INSTRUCTION_STATE_IN_PROGRESS</code>, <code>INSTRUCTION_STATE_CLOSED</code>, <code>INSTRUCTION_STATE_SUCCESS</code></td></tr><tr><td><code>create_time</code></td><td>string(rfc3339)</td><td>在途异常资金付款指令创建时间</td><td></td></tr><tr><td><code>success_time</code></td><td>string(rfc3339)</td><td>入账成功时间</td><td></td></tr><tr><td><code>close_time</code></td><td>string(rfc3339)</td><td>在途异常资金付款指令关闭时间</td><td></td></tr><tr><td><code>notify_url</code></td><td>string</td><td>回调通知地址</td><td></td></tr><tr><td><code>instruction_instance_id</code></td><td>string</td><td>微信支付在途异常资金付款指令执行流水号</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/abnormal-fund-processing/receipts/_receipt_id_/transfer-instructions/_out_instruction_no_.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const _out_instruction_no_ = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  _out_instruction_no_ as default
};
