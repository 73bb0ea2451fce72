import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"查询二级商户充值结果 · v3/platsolution/ecommerce/recharges/out-recharge-no/{out_recharge_no}","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/platsolution/ecommerce/recharges/out-recharge-no/_out_recharge_no_.md","filePath":"api/v3/platsolution/ecommerce/recharges/out-recharge-no/_out_recharge_no_.md"}');
const _sfc_main = { name: "api/v3/platsolution/ecommerce/recharges/out-recharge-no/_out_recharge_no_.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="查询二级商户充值结果-·-v3-platsolution-ecommerce-recharges-out-recharge-no-out-recharge-no" tabindex="-1">查询二级商户充值结果 · <code>v3/platsolution/ecommerce/recharges/out-recharge-no/{out_recharge_no}</code> <a class="header-anchor" href="#查询二级商户充值结果-·-v3-platsolution-ecommerce-recharges-out-recharge-no-out-recharge-no" aria-label="Permalink to &quot;查询二级商户充值结果 · \`v3/platsolution/ecommerce/recharges/out-recharge-no/{out_recharge_no}\`&quot;">​</a></h1><p><a href="./../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get" tabindex="-1">GET <a class="header-anchor" href="#get" aria-label="Permalink to &quot;GET&quot;">​</a></h2><p>提交充值申请后，可调用该接口查询充值状态。充值到账存在延迟： 1、扫码充值：3分钟内到账 2、银行转账：一般可在10分钟内到账。受央行大额系统工作时间限制，周一至周四17:15-20:30，周五17:15-24:00，节假日全天会延迟到账</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/platsolution/ecommerce/recharges/out-recharge-no/{out_recharge_no}</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>out_recharge_no</code></td><td>string</td><td>yes</td><td>商户充值单号</td><td></td></tr><tr><td><code>query</code></td><td>object</td><td>yes</td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>└ <code>sub_mchid</code></td><td>string</td><td>yes</td><td>二级商户号</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/platsolution/ecommerce/recharges/out-recharge-no/{out_recharge_no}&#39;][&#39;get&#39;][&#39;options&#39;] = {
  out_recharge_no: &#39;cz2020042013&#39;,
  query: { sub_mchid: &#39;1900001121&#39; },
};

// 1. $instance-&gt;v3-&gt;platsolution-&gt;ecommerce-&gt;recharges-&gt;outRechargeNo-&gt;_out_recharge_no_-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.platsolution.ecommerce.recharges.outRechargeNo._out_recharge_no_.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/platsolution/ecommerce/recharges/out-recharge-no/{out_recharge_no}&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/platsolution/ecommerce/recharges/out-recharge-no/{out_recharge_no}&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/platsolution/ecommerce/recharges/out-recharge-no/{out_recharge_no}&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/platsolution/ecommerce/recharges/out-recharge-no/{out_recharge_no}&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;platsolution-&gt;ecommerce-&gt;recharges-&gt;outRechargeNo-&gt;_out_recharge_no_-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.platsolution.ecommerce.recharges.outRechargeNo._out_recharge_no_.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/platsolution/ecommerce/recharges/out-recharge-no/{out_recharge_no}&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/platsolution/ecommerce/recharges/out-recharge-no/{out_recharge_no}&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/platsolution/ecommerce/recharges/out-recharge-no/{out_recharge_no}&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/platsolution/ecommerce/recharges/out-recharge-no/{out_recharge_no}&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>sp_mchid</code></td><td>string</td><td>平台商户号</td><td></td></tr><tr><td><code>sub_mchid</code></td><td>string</td><td>二级商户号</td><td></td></tr><tr><td><code>recharge_id</code></td><td>string</td><td>微信支付充值单号</td><td></td></tr><tr><td><code>out_recharge_no</code></td><td>string</td><td>商户充值单号</td><td></td></tr><tr><td><code>recharge_channel</code></td><td>string</td><td>充值渠道</td><td><code>BANK_TRANSFER</code>, <code>QR_RECHARGE</code>, <code>ONLINE_BANK</code></td></tr><tr><td><code>account_type</code></td><td>string</td><td>充值入账账户</td><td><code>DEPOSIT</code>, <code>OPERATION</code></td></tr><tr><td><code>recharge_state</code></td><td>string</td><td>充值状态</td><td><code>SUCCESS</code>, <code>RECHARGING</code>, <code>CLOSED</code></td></tr><tr><td><code>recharge_scene</code></td><td>string</td><td>充值场景</td><td><code>ECOMMERCE_DEPOSIT</code>, <code>ECOMMERCE_PAYMENT</code></td></tr><tr><td><code>recharge_state_desc</code></td><td>string</td><td>充值状态描述</td><td></td></tr><tr><td><code>recharge_amount</code></td><td>object</td><td>充值金额</td><td></td></tr><tr><td>├ <code>amount</code></td><td>number</td><td>总金额</td><td></td></tr><tr><td>└ <code>currency</code></td><td>string</td><td>货币类型</td><td></td></tr><tr><td><code>bank_transfer_info</code></td><td>object</td><td>转账充值的付款信息</td><td></td></tr><tr><td>├ <code>bill_no</code></td><td>string</td><td>转入的银行流水单号</td><td></td></tr><tr><td>├ <code>memo</code></td><td>string</td><td>转账充值附言</td><td></td></tr><tr><td>├ <code>return_time</code></td><td>string</td><td>银行转账退回时间</td><td></td></tr><tr><td>├ <code>return_reason</code></td><td>string</td><td>银行转账退回原因</td><td></td></tr><tr><td>├ <code>bank_name</code></td><td>string</td><td>开户银行名称</td><td></td></tr><tr><td>├ <code>bank_card_tail</code></td><td>string</td><td>银行卡号后四位</td><td></td></tr><tr><td>└ <code>bank_account_name</code></td><td>string</td><td>银行账户名称</td><td></td></tr><tr><td><code>qr_recharge_info</code></td><td>object</td><td>扫码充值的付款信息</td><td></td></tr><tr><td>├ <code>openid</code></td><td>string</td><td>用户OpenID</td><td></td></tr><tr><td>└ <code>employee_type</code></td><td>string</td><td>员工类型</td><td><code>ADMIN</code>, <code>STAFF</code></td></tr><tr><td><code>online_bank_recharge_info</code></td><td>object</td><td>网银充值的付款信息</td><td></td></tr><tr><td>├ <code>bill_no</code></td><td>string</td><td>银行交易订单号</td><td></td></tr><tr><td>├ <code>return_time</code></td><td>string</td><td>网银充值退回时间</td><td></td></tr><tr><td>├ <code>return_reason</code></td><td>string</td><td>网银充值退回原因</td><td></td></tr><tr><td>├ <code>bank_name</code></td><td>string</td><td>开户银行名称</td><td></td></tr><tr><td>├ <code>online_bank_type</code></td><td>string</td><td>网银类型</td><td><code>ONLINE_BANK_TYPE_CORPORATE</code>, <code>ONLINE_BANK_TYPE_PERSONAL</code></td></tr><tr><td>├ <code>bank_card_tail</code></td><td>string</td><td>银行卡号后四位</td><td></td></tr><tr><td>└ <code>bank_account_name</code></td><td>string</td><td>银行账户名称</td><td></td></tr><tr><td><code>accept_time</code></td><td>string</td><td>受理充值时间</td><td></td></tr><tr><td><code>success_time</code></td><td>string</td><td>充值成功时间</td><td></td></tr><tr><td><code>close_time</code></td><td>string</td><td>关闭充值时间</td><td></td></tr><tr><td><code>available_recharge_channels</code></td><td>string[]</td><td>可用充值渠道列表</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/docs/partner/apis/platsolution-mch-recharge/recharge/get-by-out-no.html" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/platsolution/ecommerce/recharges/out-recharge-no/_out_recharge_no_.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const _out_recharge_no_ = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  _out_recharge_no_ as default
};
