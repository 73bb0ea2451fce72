import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"处置结果回传 · v3/merchant-risk-manage/trade-risk-result","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/merchant-risk-manage/trade-risk-result.md","filePath":"api/v3/merchant-risk-manage/trade-risk-result.md"}');
const _sfc_main = { name: "api/v3/merchant-risk-manage/trade-risk-result.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="处置结果回传-·-v3-merchant-risk-manage-trade-risk-result" tabindex="-1">处置结果回传 · <code>v3/merchant-risk-manage/trade-risk-result</code> <a class="header-anchor" href="#处置结果回传-·-v3-merchant-risk-manage-trade-risk-result" aria-label="Permalink to &quot;处置结果回传 · \`v3/merchant-risk-manage/trade-risk-result\`&quot;">​</a></h1><p><a href="./../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>从业机构/服务商/渠道商/商户查询订单风险后，调用该接口回传对风险订单/风险商户的调查、处置信息。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/merchant-risk-manage/trade-risk-result</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 风险管理</li><li>适用对象: 普通商户, 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>sp_mchid</code></td><td>string</td><td></td><td>服务商商户号</td><td></td></tr><tr><td>├ <code>acquiring_bank_id</code></td><td>string</td><td></td><td>从业机构商户号</td><td></td></tr><tr><td>├ <code>channel_id</code></td><td>string</td><td></td><td>渠道号</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td></td><td>子商户号</td><td></td></tr><tr><td>├ <code>out_trade_no</code></td><td>string</td><td></td><td>商户订单号</td><td></td></tr><tr><td>├ <code>risk_type</code></td><td>string</td><td></td><td>风险类型</td><td><code>OTHER_RISK</code>, <code>INDUCE_PAYMENT</code>, <code>FRAUD</code>, <code>GAMBLING</code>, <code>CYBERSEX</code></td></tr><tr><td>├ <code>punish_type</code></td><td>string</td><td>yes</td><td>处置手段</td><td><code>OTHER_PUNISH</code>, <code>DISABLE_PAYMENT</code>, <code>SUSPEND_SETTLEMENT</code>, <code>DISABLE_WITHDRAW</code>, <code>REMOVE_MERCHANTS</code>, <code>ADD_MERCHANTS_BLACKLIST</code>, <code>REFUND</code>, <code>FREEZING_FUND_BY_TRANSACTION</code>, <code>FREEZING_FUND_BY_MERCHANTS</code>, <code>BLOCKED_USER</code></td></tr><tr><td>├ <code>additional_punish_type</code></td><td>string</td><td></td><td>处置手段补充</td><td></td></tr><tr><td>└ <code>complaints_information</code></td><td>string</td><td></td><td>投诉信息</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/merchant-risk-manage/trade-risk-result&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    sp_mchid: &#39;1900000109&#39;,
    acquiring_bank_id: &#39;1356485&#39;,
    channel_id: &#39;1900000108&#39;,
    sub_mchid: &#39;1900009231&#39;,
    out_trade_no: &#39;1217752501201407033233368018&#39;,
    risk_type: &#39;OTHER_RISK&#39;,
    punish_type: &#39;OTHER_PUNISH&#39;,
    additional_punish_type: &#39;SUSPEND_SETTLEMENT_NDAYS:10&#39;,
    complaints_information: &#39;商家说高额返利，支付很大金额之后发现并没有返利，是骗子&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;merchantRiskManage-&gt;tradeRiskResult-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.merchantRiskManage.tradeRiskResult.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/merchant-risk-manage/trade-risk-result&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/merchant-risk-manage/trade-risk-result&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/merchant-risk-manage/trade-risk-result&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/merchant-risk-manage/trade-risk-result&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;merchantRiskManage-&gt;tradeRiskResult-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.merchantRiskManage.tradeRiskResult.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/merchant-risk-manage/trade-risk-result&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/merchant-risk-manage/trade-risk-result&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/merchant-risk-manage/trade-risk-result&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/merchant-risk-manage/trade-risk-result&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>sp_mchid</code></td><td>string</td><td>服务商商户号</td><td></td></tr><tr><td><code>acquiring_bank_id</code></td><td>string</td><td>从业机构商户号</td><td></td></tr><tr><td><code>channel_id</code></td><td>string</td><td>渠道号</td><td></td></tr><tr><td><code>sub_mchid</code></td><td>string</td><td>子商户号</td><td></td></tr><tr><td><code>out_trade_no</code></td><td>string</td><td>商户订单号</td><td></td></tr><tr><td><code>risk_type</code></td><td>string</td><td>风险类型</td><td><code>OTHER_RISK</code>, <code>INDUCE_PAYMENT</code>, <code>FRAUD</code>, <code>GAMBLING</code>, <code>CYBERSEX</code></td></tr><tr><td><code>punish_type</code></td><td>string</td><td>处置手段</td><td><code>OTHER_PUNISH</code>, <code>DISABLE_PAYMENT</code>, <code>SUSPEND_SETTLEMENT</code>, <code>DISABLE_WITHDRAW</code>, <code>REMOVE_MERCHANTS</code>, <code>ADD_MERCHANTS_BLACKLIST</code>, <code>REFUND</code>, <code>FREEZING_FUND_BY_TRANSACTION</code>, <code>FREEZING_FUND_BY_MERCHANTS</code>, <code>BLOCKED_USER</code></td></tr><tr><td><code>additional_punish_type</code></td><td>string</td><td>处置手段补充</td><td></td></tr><tr><td><code>punish_description</code></td><td>string</td><td>处置手段描述</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/docs/partner/apis/risk-manage/trade-risk-result/create-trade-risk-result.html" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/merchant-risk-manage/trade-risk-result.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const tradeRiskResult = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  tradeRiskResult as default
};
