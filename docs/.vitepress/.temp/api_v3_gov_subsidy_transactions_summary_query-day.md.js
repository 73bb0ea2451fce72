import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"查询单日交易汇总 · v3/gov/subsidy/transactions/summary/query-day","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/gov/subsidy/transactions/summary/query-day.md","filePath":"api/v3/gov/subsidy/transactions/summary/query-day.md"}');
const _sfc_main = { name: "api/v3/gov/subsidy/transactions/summary/query-day.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="查询单日交易汇总-·-v3-gov-subsidy-transactions-summary-query-day" tabindex="-1">查询单日交易汇总 · <code>v3/gov/subsidy/transactions/summary/query-day</code> <a class="header-anchor" href="#查询单日交易汇总-·-v3-gov-subsidy-transactions-summary-query-day" aria-label="Permalink to &quot;查询单日交易汇总 · \`v3/gov/subsidy/transactions/summary/query-day\`&quot;">​</a></h1><p><a href="./../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>查询单日交易汇总</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/gov/subsidy/transactions/summary/query-day</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 国补专区, 江苏</li><li>适用对象: 电商平台, 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>qualification_region_code</code></td><td>number</td><td>yes</td><td>使用的资格的地区编码</td><td></td></tr><tr><td>├ <code>query_date</code></td><td>string</td><td>yes</td><td>查询的日期</td><td></td></tr><tr><td>├ <code>query_type</code></td><td>string</td><td>yes</td><td>查询的订单类别</td><td><code>ORDER_TYPE_TRANSACTION</code>, <code>ORDER_TYPE_APPLIANCE_REDEEM</code>, <code>ORDER_TYPE_3C_REDEEM</code>, <code>ORDER_TYPE_N_QUALIFICATION_REDEEM</code></td></tr><tr><td>├ <code>appliance_id</code></td><td>number</td><td></td><td>消费品类ID</td><td><code>1</code>, <code>2</code>, <code>3</code>, <code>4</code>, <code>5</code>, <code>6</code>, <code>7</code>, <code>8</code>, <code>9</code>, <code>10</code>, <code>11</code>, <code>12</code>, <code>13</code>, <code>14</code>, <code>15</code>, <code>16</code>, <code>17</code></td></tr><tr><td>└ <code>cate_state</code></td><td>string</td><td></td><td>品类状态</td><td><code>CATE_STATE_REDEEM</code>, <code>CATE_STATE_REFUND</code></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/gov/subsidy/transactions/summary/query-day&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    qualification_region_code: 310100,
    query_date: &#39;2025-01-14&#39;,
    query_type: &#39;ORDER_TYPE_TRANSACTION&#39;,
    appliance_id: 1,
    cate_state: &#39;CATE_STATE_REDEEM&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;gov-&gt;subsidy-&gt;transactions-&gt;summary-&gt;queryDay-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.gov.subsidy.transactions.summary.queryDay.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/gov/subsidy/transactions/summary/query-day&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/gov/subsidy/transactions/summary/query-day&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/gov/subsidy/transactions/summary/query-day&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/gov/subsidy/transactions/summary/query-day&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;gov-&gt;subsidy-&gt;transactions-&gt;summary-&gt;queryDay-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.gov.subsidy.transactions.summary.queryDay.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/gov/subsidy/transactions/summary/query-day&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/gov/subsidy/transactions/summary/query-day&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/gov/subsidy/transactions/summary/query-day&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/gov/subsidy/transactions/summary/query-day&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>code</code></td><td>string</td><td>响应码</td><td></td></tr><tr><td><code>message</code></td><td>string</td><td>响应描述</td><td></td></tr><tr><td><code>total_trade_count</code></td><td>number</td><td>交易总笔数</td><td></td></tr><tr><td><code>total_trade_amount</code></td><td>number</td><td>交易总金额</td><td></td></tr><tr><td><code>total_subsidy_count</code></td><td>number</td><td>补贴总金额</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/gov/subsidy/transactions/summary/query-day.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const queryDay = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  queryDay as default
};
