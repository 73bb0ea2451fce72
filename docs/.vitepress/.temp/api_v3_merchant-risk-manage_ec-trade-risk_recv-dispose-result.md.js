import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"回传处置结果 · v3/merchant-risk-manage/ec-trade-risk/recv-dispose-result","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/merchant-risk-manage/ec-trade-risk/recv-dispose-result.md","filePath":"api/v3/merchant-risk-manage/ec-trade-risk/recv-dispose-result.md"}');
const _sfc_main = { name: "api/v3/merchant-risk-manage/ec-trade-risk/recv-dispose-result.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="回传处置结果-·-v3-merchant-risk-manage-ec-trade-risk-recv-dispose-result" tabindex="-1">回传处置结果 · <code>v3/merchant-risk-manage/ec-trade-risk/recv-dispose-result</code> <a class="header-anchor" href="#回传处置结果-·-v3-merchant-risk-manage-ec-trade-risk-recv-dispose-result" aria-label="Permalink to &quot;回传处置结果 · \`v3/merchant-risk-manage/ec-trade-risk/recv-dispose-result\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>商户查询订单风险后，调用该接口回传对风险订单/风险商户的调查、处置信息。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/merchant-risk-manage/ec-trade-risk/recv-dispose-result</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 风险管理</li><li>适用对象: 普通商户, 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>sp_mchid</code></td><td>string</td><td></td><td>服务商商户号</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td></td><td>子商户号</td><td></td></tr><tr><td>├ <code>mchid</code></td><td>string</td><td></td><td>商户号</td><td></td></tr><tr><td>├ <code>out_trade_no</code></td><td>string</td><td>yes</td><td>商户订单号</td><td></td></tr><tr><td>├ <code>final_risk_result</code></td><td>number</td><td></td><td>最终风险结论</td><td><code>1</code>, <code>2</code></td></tr><tr><td>├ <code>final_risk_type</code></td><td>number</td><td></td><td>最终风险类型</td><td><code>1</code>, <code>2</code>, <code>3</code>, <code>4</code></td></tr><tr><td>├ <code>disp_conclusion</code></td><td>number[]</td><td></td><td>处置结论</td><td></td></tr><tr><td>├ <code>disp_addition</code></td><td>string</td><td></td><td>处置补充</td><td></td></tr><tr><td>├ <code>exist_complaint</code></td><td>boolean</td><td></td><td>是否有投诉</td><td></td></tr><tr><td>└ <code>refund_amount</code></td><td>number</td><td></td><td>退款金额</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900009231&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/merchant-risk-manage/ec-trade-risk/recv-dispose-result&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    sp_mchid: &#39;1900000109&#39;,
    sub_mchid: &#39;1900009231&#39;,
    mchid: &#39;1900009231&#39;,
    out_trade_no: &#39;20150806125346&#39;,
    final_risk_result: 1,
    final_risk_type: 1,
    disp_addition: &#39;example_disp_addition&#39;,
    refund_amount: 100,
  },
};

// 1. $instance-&gt;v3-&gt;merchantRiskManage-&gt;ecTradeRisk-&gt;recvDisposeResult-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.merchantRiskManage.ecTradeRisk.recvDisposeResult.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/merchant-risk-manage/ec-trade-risk/recv-dispose-result&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/merchant-risk-manage/ec-trade-risk/recv-dispose-result&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/merchant-risk-manage/ec-trade-risk/recv-dispose-result&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/merchant-risk-manage/ec-trade-risk/recv-dispose-result&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;merchantRiskManage-&gt;ecTradeRisk-&gt;recvDisposeResult-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.merchantRiskManage.ecTradeRisk.recvDisposeResult.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/merchant-risk-manage/ec-trade-risk/recv-dispose-result&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/merchant-risk-manage/ec-trade-risk/recv-dispose-result&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/merchant-risk-manage/ec-trade-risk/recv-dispose-result&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/merchant-risk-manage/ec-trade-risk/recv-dispose-result&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>rsp_msg</code></td><td>string</td><td>返回描述</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/merchant-risk-manage/ec-trade-risk/recv-dispose-result.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const recvDisposeResult = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  recvDisposeResult as default
};
