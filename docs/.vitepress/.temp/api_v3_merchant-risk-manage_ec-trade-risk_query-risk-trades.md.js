import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"查询风险订单 · v3/merchant-risk-manage/ec-trade-risk/query-risk-trades","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/merchant-risk-manage/ec-trade-risk/query-risk-trades.md","filePath":"api/v3/merchant-risk-manage/ec-trade-risk/query-risk-trades.md"}');
const _sfc_main = { name: "api/v3/merchant-risk-manage/ec-trade-risk/query-risk-trades.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="查询风险订单-·-v3-merchant-risk-manage-ec-trade-risk-query-risk-trades" tabindex="-1">查询风险订单 · <code>v3/merchant-risk-manage/ec-trade-risk/query-risk-trades</code> <a class="header-anchor" href="#查询风险订单-·-v3-merchant-risk-manage-ec-trade-risk-query-risk-trades" aria-label="Permalink to &quot;查询风险订单 · \`v3/merchant-risk-manage/ec-trade-risk/query-risk-trades\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>商户可调用该接口，查询风险订单，从而进行之后的风险管控&amp;生态建设。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/merchant-risk-manage/ec-trade-risk/query-risk-trades</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 风险管理</li><li>适用对象: 普通商户, 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>sp_mchid</code></td><td>string</td><td></td><td>服务商商户号</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td></td><td>子商户号</td><td></td></tr><tr><td>├ <code>mchid</code></td><td>string</td><td></td><td>商户号</td><td></td></tr><tr><td>├ <code>start_time</code></td><td>string(rfc3339)</td><td></td><td>开始时间</td><td></td></tr><tr><td>├ <code>end_time</code></td><td>string(rfc3339)</td><td></td><td>结束时间</td><td></td></tr><tr><td>├ <code>page_index</code></td><td>number</td><td></td><td>查询页码</td><td></td></tr><tr><td>└ <code>page_size</code></td><td>number</td><td></td><td>查询页大小</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900009231&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/merchant-risk-manage/ec-trade-risk/query-risk-trades&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    sp_mchid: &#39;1900000109&#39;,
    sub_mchid: &#39;1900009231&#39;,
    mchid: &#39;1900009231&#39;,
    start_time: &#39;2025-05-20T13:29:35+08:00&#39;,
    end_time: &#39;2025-05-20T13:29:35+08:00&#39;,
    page_index: 1,
    page_size: 10,
  },
};

// 1. $instance-&gt;v3-&gt;merchantRiskManage-&gt;ecTradeRisk-&gt;queryRiskTrades-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.merchantRiskManage.ecTradeRisk.queryRiskTrades.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/merchant-risk-manage/ec-trade-risk/query-risk-trades&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/merchant-risk-manage/ec-trade-risk/query-risk-trades&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/merchant-risk-manage/ec-trade-risk/query-risk-trades&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/merchant-risk-manage/ec-trade-risk/query-risk-trades&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;merchantRiskManage-&gt;ecTradeRisk-&gt;queryRiskTrades-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.merchantRiskManage.ecTradeRisk.queryRiskTrades.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/merchant-risk-manage/ec-trade-risk/query-risk-trades&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/merchant-risk-manage/ec-trade-risk/query-risk-trades&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/merchant-risk-manage/ec-trade-risk/query-risk-trades&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/merchant-risk-manage/ec-trade-risk/query-risk-trades&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>total_num</code></td><td>number</td><td>总风险订单数</td><td></td></tr><tr><td><code>risk_trade_list</code></td><td>object[]</td><td>风险订单列表</td><td></td></tr><tr><td>├ <code>mchid</code></td><td>string</td><td>商户号</td><td></td></tr><tr><td>├ <code>out_trade_no</code></td><td>string</td><td>商户订单号</td><td></td></tr><tr><td>├ <code>risk_type</code></td><td>number</td><td>风险类型</td><td><code>1</code>, <code>2</code>, <code>3</code>, <code>4</code></td></tr><tr><td>├ <code>risk_level</code></td><td>number</td><td>风险等级</td><td><code>1</code>, <code>2</code>, <code>3</code></td></tr><tr><td>└ <code>risk_discove_time</code></td><td>string</td><td>投诉单状态</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/merchant-risk-manage/ec-trade-risk/query-risk-trades.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const queryRiskTrades = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  queryRiskTrades as default
};
