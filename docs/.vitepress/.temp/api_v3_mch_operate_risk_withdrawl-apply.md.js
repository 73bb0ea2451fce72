import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"提交已注销商户号可用余额提现申请单API · v3/mch_operate/risk/withdrawl-apply","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/mch_operate/risk/withdrawl-apply.md","filePath":"api/v3/mch_operate/risk/withdrawl-apply.md"}');
const _sfc_main = { name: "api/v3/mch_operate/risk/withdrawl-apply.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="提交已注销商户号可用余额提现申请单api-·-v3-mch-operate-risk-withdrawl-apply" tabindex="-1">提交已注销商户号可用余额提现申请单API · <code>v3/mch_operate/risk/withdrawl-apply</code> <a class="header-anchor" href="#提交已注销商户号可用余额提现申请单api-·-v3-mch-operate-risk-withdrawl-apply" aria-label="Permalink to &quot;提交已注销商户号可用余额提现申请单API · \`v3/mch_operate/risk/withdrawl-apply\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>针对被微信支付平台不收不付管控的电商子商户，如子商户账户内还有可用余额，且无法解脱（例如.营业执照注销吊销），则服务商可为子商户申请走注销提现的流程，将可用余额进行提现操作。在商户号注销后，电商平台可发起提现申请, 审批通过后, 将会按照指定的收款方式返回给商户。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/mch_operate/risk/withdrawl-apply</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 收付通∙提现</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td>yes</td><td>二级商户号</td><td></td></tr><tr><td>├ <code>out_account_type</code></td><td>string</td><td>yes</td><td>二级商户号的出款子账户类型</td><td><code>BASIC_ACCOUNT</code>, <code>OPERATE_ACCOUNT</code>, <code>MARGIN_ACCOUNT</code></td></tr><tr><td>├ <code>amount</code></td><td>integer</td><td>yes</td><td>提现金额</td><td></td></tr><tr><td>├ <code>out_request_no</code></td><td>string</td><td>yes</td><td>商户提现申请单号</td><td></td></tr><tr><td>├ <code>payee_type</code></td><td>string</td><td>yes</td><td>收款对象类型</td><td><code>CONTRIBUTION_MERCHANT</code>, <code>SERVICE_PROVIDER_MERCHANT</code>, <code>OTHER_MERCHANT</code>, <code>INDIVIDUAL</code></td></tr><tr><td>├ <code>payee_mchid</code></td><td>string</td><td></td><td>收款对象对应的商户号</td><td></td></tr><tr><td>├ <code>payee_info</code></td><td>object</td><td>yes</td><td>收款账号信息</td><td></td></tr><tr><td> ├ <code>account_type</code></td><td>string</td><td>yes</td><td>账户类型</td><td><code>ACCOUNT_TYPE_CORPORATE</code>, <code>ACCOUNT_TYPE_PERSONAL</code></td></tr><tr><td> ├ <code>bank_account_info</code></td><td>object</td><td></td><td>银行账户</td><td></td></tr><tr><td>  ├ <code>account_name</code></td><td>string(base64)</td><td>yes</td><td>开户名称</td><td></td></tr><tr><td>  ├ <code>account_bank</code></td><td>string</td><td>yes</td><td>开户银行</td><td></td></tr><tr><td>  ├ <code>bank_branch_id</code></td><td>string</td><td></td><td>开户银行联行号</td><td></td></tr><tr><td>  ├ <code>bank_name</code></td><td>string</td><td></td><td>开户银行全称（含支行）</td><td></td></tr><tr><td>  └ <code>account_number</code></td><td>string(base64)</td><td>yes</td><td>银行账号</td><td></td></tr><tr><td> └ <code>identity_info</code></td><td>object</td><td></td><td>收款人账号对应的证件信息</td><td></td></tr><tr><td>  ├ <code>id_doc_type</code></td><td>string</td><td></td><td>证件类型</td><td><code>IDENTIFICATION_TYPE_IDCARD</code>, <code>IDENTIFICATION_TYPE_OVERSEA_PASSPORT</code>, <code>IDENTIFICATION_TYPE_HONGKONG_PASSPORT</code>, <code>IDENTIFICATION_TYPE_MACAO_PASSPORT</code>, <code>IDENTIFICATION_TYPE_TAIWAN_PASSPORT</code>, <code>IDENTIFICATION_TYPE_FOREIGN_RESIDENT</code>, <code>IDENTIFICATION_TYPE_HONGKONG_MACAO_RESIDENT</code>, <code>IDENTIFICATION_TYPE_TAIWAN_RESIDENT</code></td></tr><tr><td>  ├ <code>identification_name</code></td><td>string(base64)</td><td>yes</td><td>证件姓名</td><td></td></tr><tr><td>  └ <code>identification_no</code></td><td>string(base64)</td><td>yes</td><td>证件号码</td><td></td></tr><tr><td>├ <code>proof_media_list</code></td><td>object</td><td></td><td>付款申请证明材料</td><td></td></tr><tr><td> └ <code>proof_payee_media</code></td><td>object[]</td><td></td><td>申请证明材料</td><td></td></tr><tr><td>  ├ <code>proof_media_type</code></td><td>string</td><td>yes</td><td>申请证明材料类型</td><td><code>BASIC_TRANSACTION_INFORMATION</code>, <code>LEGAL_ID_CARD</code>, <code>ID_CARD</code>, <code>BUSINESS_LICENSE_PHOTO</code>, <code>PAYEE_ID_CARD</code>, <code>WECHAT_PAY_WITHDRAWAL_APPLICATION_TYPE_6</code>, <code>WECHAT_PAY_WITHDRAWAL_APPLICATION_TYPE_7</code>, <code>WECHAT_PAY_WITHDRAWAL_APPLICATION_TYPE_8</code></td></tr><tr><td>  └ <code>proof_media</code></td><td>string(MediaId)</td><td>yes</td><td>证明材料照片</td><td></td></tr><tr><td>├ <code>additional_materials</code></td><td>object</td><td></td><td>补充材料</td><td></td></tr><tr><td> └ <code>additional_media</code></td><td>string(MediaId)[]</td><td></td><td>补充材料照片列表，最多10张</td><td></td></tr><tr><td>└ <code>remark</code></td><td>string</td><td></td><td>备注</td><td></td></tr><tr><td><code>headers</code></td><td>object</td><td>yes</td><td>Request headers</td><td></td></tr><tr><td>└ <code>Wechatpay-Serial</code></td><td>unknown</td><td>yes</td><td>微信支付公钥ID/平台证书序列号</td><td></td></tr></tbody></table><p><code>Wechatpay-Serial</code> is set by the SDK: to the platform key it encrypted with when <code>json</code> is built with <code>encrypt</code>, and to the <code>PUB_KEY_ID_…</code> in public-key mode.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/mch_operate/risk/withdrawl-apply&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    sub_mchid: &#39;1900000109&#39;,
    out_account_type: &#39;BASIC_ACCOUNT&#39;,
    amount: 101,
    out_request_no: &#39;2019061122222222122&#39;,
    payee_type: &#39;OTHER_MERCHANT&#39;,
    payee_mchid: &#39;1900000109&#39;,
    payee_info: { account_type: &#39;ACCOUNT_TYPE_CORPORATE&#39; },
    remark: &#39;特殊理由&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;mch_operate-&gt;risk-&gt;withdrawlApply-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.mch_operate.risk.withdrawlApply.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/mch_operate/risk/withdrawl-apply&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/mch_operate/risk/withdrawl-apply&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/mch_operate/risk/withdrawl-apply&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/mch_operate/risk/withdrawl-apply&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;mch_operate-&gt;risk-&gt;withdrawlApply-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.mch_operate.risk.withdrawlApply.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/mch_operate/risk/withdrawl-apply&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/mch_operate/risk/withdrawl-apply&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/mch_operate/risk/withdrawl-apply&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/mch_operate/risk/withdrawl-apply&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>applyment_id</code></td><td>string</td><td>微信支付提现申请单号</td><td></td></tr><tr><td><code>out_request_no</code></td><td>string</td><td>商户提现申请单号</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/docs/partner/apis/withdrawal-apply/withdrawal-apply/submit-apply.html" target="_blank" rel="noreferrer">官方文档</a></li><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter7_8_9.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/mch_operate/risk/withdrawl-apply.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const withdrawlApply = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  withdrawlApply as default
};
