import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"通过业务申请编号查询申请状态 · v3/ecommerce/applyments/out-request-no/{out_request_no}","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/ecommerce/applyments/out-request-no/_out_request_no_.md","filePath":"api/v3/ecommerce/applyments/out-request-no/_out_request_no_.md"}');
const _sfc_main = { name: "api/v3/ecommerce/applyments/out-request-no/_out_request_no_.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="通过业务申请编号查询申请状态-·-v3-ecommerce-applyments-out-request-no-out-request-no" tabindex="-1">通过业务申请编号查询申请状态 · <code>v3/ecommerce/applyments/out-request-no/{out_request_no}</code> <a class="header-anchor" href="#通过业务申请编号查询申请状态-·-v3-ecommerce-applyments-out-request-no-out-request-no" aria-label="Permalink to &quot;通过业务申请编号查询申请状态 · \`v3/ecommerce/applyments/out-request-no/{out_request_no}\`&quot;">​</a></h1><p><a href="./../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get" tabindex="-1">GET <a class="header-anchor" href="#get" aria-label="Permalink to &quot;GET&quot;">​</a></h2><p>电商平台通过查询申请状态API查询二级商户入驻申请结果。</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/ecommerce/applyments/out-request-no/{out_request_no}</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 收付通∙进件</li><li>适用对象: 电商平台</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>out_request_no</code></td><td>string</td><td>yes</td><td>业务申请编号</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/ecommerce/applyments/out-request-no/{out_request_no}&#39;][&#39;get&#39;][&#39;options&#39;] = {
  out_request_no: &#39;APPLYMENT_00000000001&#39;,
};

// 1. $instance-&gt;v3-&gt;ecommerce-&gt;applyments-&gt;outRequestNo-&gt;_out_request_no_-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.ecommerce.applyments.outRequestNo._out_request_no_.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/ecommerce/applyments/out-request-no/{out_request_no}&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/ecommerce/applyments/out-request-no/{out_request_no}&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/ecommerce/applyments/out-request-no/{out_request_no}&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/ecommerce/applyments/out-request-no/{out_request_no}&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;ecommerce-&gt;applyments-&gt;outRequestNo-&gt;_out_request_no_-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.ecommerce.applyments.outRequestNo._out_request_no_.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/ecommerce/applyments/out-request-no/{out_request_no}&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/ecommerce/applyments/out-request-no/{out_request_no}&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/ecommerce/applyments/out-request-no/{out_request_no}&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/ecommerce/applyments/out-request-no/{out_request_no}&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>applyment_state</code></td><td>string</td><td>申请状态</td><td><code>CHECKING</code>, <code>ACCOUNT_NEED_VERIFY</code>, <code>AUDITING</code>, <code>REJECTED</code>, <code>NEED_SIGN</code>, <code>FINISH</code>, <code>FROZEN</code></td></tr><tr><td><code>applyment_state_desc</code></td><td>string</td><td>申请状态描述</td><td></td></tr><tr><td><code>sign_url</code></td><td>string</td><td>签约链接</td><td></td></tr><tr><td><code>sub_mchid</code></td><td>string</td><td>电商平台二级商户号</td><td></td></tr><tr><td><code>account_validation</code></td><td>object</td><td>汇款账户验证信息</td><td></td></tr><tr><td>├ <code>account_name</code></td><td>string</td><td>付款户名</td><td></td></tr><tr><td>├ <code>account_no</code></td><td>string</td><td>付款卡号</td><td></td></tr><tr><td>├ <code>pay_amount</code></td><td>number</td><td>汇款金额</td><td></td></tr><tr><td>├ <code>destination_account_number</code></td><td>string</td><td>收款卡号</td><td></td></tr><tr><td>├ <code>destination_account_name</code></td><td>string</td><td>收款户名</td><td></td></tr><tr><td>├ <code>destination_account_bank</code></td><td>string</td><td>开户银行</td><td></td></tr><tr><td>├ <code>city</code></td><td>string</td><td>省市信息</td><td></td></tr><tr><td>├ <code>remark</code></td><td>string</td><td>备注信息</td><td></td></tr><tr><td>└ <code>deadline</code></td><td>string</td><td>汇款截止时间</td><td></td></tr><tr><td><code>audit_detail</code></td><td>object[]</td><td>驳回原因详情</td><td></td></tr><tr><td>├ <code>param_name</code></td><td>string</td><td>参数名称</td><td></td></tr><tr><td>└ <code>reject_reason</code></td><td>string</td><td>驳回原因</td><td></td></tr><tr><td><code>legal_validation_url</code></td><td>string</td><td>法人验证链接</td><td></td></tr><tr><td><code>out_request_no</code></td><td>string</td><td>业务申请编号</td><td></td></tr><tr><td><code>applyment_id</code></td><td>number</td><td>微信支付申请单号</td><td></td></tr><tr><td><code>sign_state</code></td><td>string</td><td>签约状态</td><td><code>UNSIGNED</code>, <code>SIGNED</code>, <code>NOT_SIGNABLE</code></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/applyments/chapter3_2.shtml" target="_blank" rel="noreferrer">官方文档</a></li><li><a href="https://pay.weixin.qq.com/docs/partner/apis/ecommerce-merchant-application/applyment/get-state-by-out-request-no.html" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/ecommerce/applyments/out-request-no/_out_request_no_.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const _out_request_no_ = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  _out_request_no_ as default
};
