import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"查询二级商户按日终余额预约提现状态 · v3/platsolution/ecommerce/withdraw/day-end-balance-withdraw/out-request-no/{out_request_no}","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/platsolution/ecommerce/withdraw/day-end-balance-withdraw/out-request-no/_out_request_no_.md","filePath":"api/v3/platsolution/ecommerce/withdraw/day-end-balance-withdraw/out-request-no/_out_request_no_.md"}');
const _sfc_main = { name: "api/v3/platsolution/ecommerce/withdraw/day-end-balance-withdraw/out-request-no/_out_request_no_.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="查询二级商户按日终余额预约提现状态-·-v3-platsolution-ecommerce-withdraw-day-end-balance-withdraw-out-request-no-out-request-no" tabindex="-1">查询二级商户按日终余额预约提现状态 · <code>v3/platsolution/ecommerce/withdraw/day-end-balance-withdraw/out-request-no/{out_request_no}</code> <a class="header-anchor" href="#查询二级商户按日终余额预约提现状态-·-v3-platsolution-ecommerce-withdraw-day-end-balance-withdraw-out-request-no-out-request-no" aria-label="Permalink to &quot;查询二级商户按日终余额预约提现状态 · \`v3/platsolution/ecommerce/withdraw/day-end-balance-withdraw/out-request-no/{out_request_no}\`&quot;">​</a></h1><p><a href="./../../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get" tabindex="-1">GET <a class="header-anchor" href="#get" aria-label="Permalink to &quot;GET&quot;">​</a></h2><p>查询二级商户按日终余额预约提现状态。可查询90日内发起的预约提现单据，发起时间以微信支付预约提现单创建时间为准。</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/platsolution/ecommerce/withdraw/day-end-balance-withdraw/out-request-no/{out_request_no}</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 收付通∙提现</li><li>适用对象: 电商平台, 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>out_request_no</code></td><td>string</td><td>yes</td><td>商户提现单号</td><td></td></tr><tr><td><code>query</code></td><td>object</td><td>yes</td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>└ <code>sub_mchid</code></td><td>string</td><td>yes</td><td>二级商户号</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/platsolution/ecommerce/withdraw/day-end-balance-withdraw/out-request-no/{out_request_no}&#39;][&#39;get&#39;][&#39;options&#39;] = {
  out_request_no: &#39;20190611222222222200000000012122&#39;,
  query: { sub_mchid: &#39;1900000109&#39; },
};

// 1. $instance-&gt;v3-&gt;platsolution-&gt;ecommerce-&gt;withdraw-&gt;dayEndBalanceWithdraw-&gt;outRequestNo-&gt;_out_request_no_-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.platsolution.ecommerce.withdraw.dayEndBalanceWithdraw.outRequestNo._out_request_no_.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/platsolution/ecommerce/withdraw/day-end-balance-withdraw/out-request-no/{out_request_no}&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/platsolution/ecommerce/withdraw/day-end-balance-withdraw/out-request-no/{out_request_no}&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/platsolution/ecommerce/withdraw/day-end-balance-withdraw/out-request-no/{out_request_no}&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/platsolution/ecommerce/withdraw/day-end-balance-withdraw/out-request-no/{out_request_no}&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;platsolution-&gt;ecommerce-&gt;withdraw-&gt;dayEndBalanceWithdraw-&gt;outRequestNo-&gt;_out_request_no_-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.platsolution.ecommerce.withdraw.dayEndBalanceWithdraw.outRequestNo._out_request_no_.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/platsolution/ecommerce/withdraw/day-end-balance-withdraw/out-request-no/{out_request_no}&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/platsolution/ecommerce/withdraw/day-end-balance-withdraw/out-request-no/{out_request_no}&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/platsolution/ecommerce/withdraw/day-end-balance-withdraw/out-request-no/{out_request_no}&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/platsolution/ecommerce/withdraw/day-end-balance-withdraw/out-request-no/{out_request_no}&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>sp_mchid</code></td><td>string</td><td>收付通平台商户号</td><td></td></tr><tr><td><code>sub_mchid</code></td><td>string</td><td>特约商户号</td><td></td></tr><tr><td><code>status</code></td><td>string</td><td>单据状态</td><td><code>CREATED</code>, <code>PROCESSING</code>, <code>FINISHED</code>, <code>ABNORMAL</code></td></tr><tr><td><code>withdraw_id</code></td><td>string</td><td>微信支付提现单号</td><td></td></tr><tr><td><code>out_request_no</code></td><td>string</td><td>商户提现单号</td><td></td></tr><tr><td><code>total_amount</code></td><td>integer</td><td>提现金额</td><td></td></tr><tr><td><code>success_amount</code></td><td>integer</td><td>提现成功金额</td><td></td></tr><tr><td><code>fail_amount</code></td><td>integer</td><td>提现失败金额</td><td></td></tr><tr><td><code>refund_amount</code></td><td>integer</td><td>提现退票金额</td><td></td></tr><tr><td><code>create_time</code></td><td>string(rfc3339)</td><td>发起提现时间</td><td></td></tr><tr><td><code>update_time</code></td><td>string(rfc3339)</td><td>提现状态更新时间</td><td></td></tr><tr><td><code>reason</code></td><td>string</td><td>失败原因</td><td></td></tr><tr><td><code>remark</code></td><td>string</td><td>提现备注</td><td></td></tr><tr><td><code>bank_memo</code></td><td>string</td><td>银行附言</td><td></td></tr><tr><td><code>account_type</code></td><td>string</td><td>出款账户类型</td><td><code>BASIC</code>, <code>OPERATION</code>, <code>FEES</code></td></tr><tr><td><code>account_number</code></td><td>string</td><td>入账银行账号后四位</td><td></td></tr><tr><td><code>account_bank</code></td><td>string</td><td>入账银行</td><td></td></tr><tr><td><code>bank_name</code></td><td>string</td><td>入账银行全称（含支行）</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/platsolution/ecommerce/withdraw/day-end-balance-withdraw/out-request-no/_out_request_no_.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const _out_request_no_ = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  _out_request_no_ as default
};
