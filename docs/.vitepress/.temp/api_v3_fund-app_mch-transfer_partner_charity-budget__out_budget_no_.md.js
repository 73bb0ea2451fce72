import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"商户单号查询公益捐赠预算详情 · v3/fund-app/mch-transfer/partner/charity-budget/{out_budget_no}","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/fund-app/mch-transfer/partner/charity-budget/_out_budget_no_.md","filePath":"api/v3/fund-app/mch-transfer/partner/charity-budget/_out_budget_no_.md"}');
const _sfc_main = { name: "api/v3/fund-app/mch-transfer/partner/charity-budget/_out_budget_no_.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="商户单号查询公益捐赠预算详情-·-v3-fund-app-mch-transfer-partner-charity-budget-out-budget-no" tabindex="-1">商户单号查询公益捐赠预算详情 · <code>v3/fund-app/mch-transfer/partner/charity-budget/{out_budget_no}</code> <a class="header-anchor" href="#商户单号查询公益捐赠预算详情-·-v3-fund-app-mch-transfer-partner-charity-budget-out-budget-no" aria-label="Permalink to &quot;商户单号查询公益捐赠预算详情 · \`v3/fund-app/mch-transfer/partner/charity-budget/{out_budget_no}\`&quot;">​</a></h1><p><a href="./../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get" tabindex="-1">GET <a class="header-anchor" href="#get" aria-label="Permalink to &quot;GET&quot;">​</a></h2><p>商户单号查询公益捐赠预算详情 注：单个商户的接口频率限制为50次/s</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/fund-app/mch-transfer/partner/charity-budget/{out_budget_no}</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 资金应用∙公益捐赠</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>out_budget_no</code></td><td>string</td><td>yes</td><td>商户预算单号</td><td></td></tr><tr><td><code>query</code></td><td>object</td><td>yes</td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>└ <code>sponsor_mchid</code></td><td>string</td><td>yes</td><td>出资商户号</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/fund-app/mch-transfer/partner/charity-budget/{out_budget_no}&#39;][&#39;get&#39;][&#39;options&#39;] = {
  out_budget_no: &#39;budget202506300102&#39;,
  query: { sponsor_mchid: &#39;1900001109&#39; },
};

// 1. $instance-&gt;v3-&gt;fundApp-&gt;mchTransfer-&gt;partner-&gt;charityBudget-&gt;_out_budget_no_-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.fundApp.mchTransfer.partner.charityBudget._out_budget_no_.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/fund-app/mch-transfer/partner/charity-budget/{out_budget_no}&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/fund-app/mch-transfer/partner/charity-budget/{out_budget_no}&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/fund-app/mch-transfer/partner/charity-budget/{out_budget_no}&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/fund-app/mch-transfer/partner/charity-budget/{out_budget_no}&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;fundApp-&gt;mchTransfer-&gt;partner-&gt;charityBudget-&gt;_out_budget_no_-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.fundApp.mchTransfer.partner.charityBudget._out_budget_no_.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/fund-app/mch-transfer/partner/charity-budget/{out_budget_no}&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/fund-app/mch-transfer/partner/charity-budget/{out_budget_no}&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/fund-app/mch-transfer/partner/charity-budget/{out_budget_no}&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/fund-app/mch-transfer/partner/charity-budget/{out_budget_no}&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>sp_mchid</code></td><td>string</td><td>服务商商户号</td><td></td></tr><tr><td><code>out_budget_no</code></td><td>string</td><td>商户预算单号</td><td></td></tr><tr><td><code>budget_id</code></td><td>string</td><td>微信支付预算单号</td><td></td></tr><tr><td><code>amount</code></td><td>number</td><td>预算总金额</td><td></td></tr><tr><td><code>sponsor_mchid</code></td><td>string</td><td>出资商户号</td><td></td></tr><tr><td><code>activity_name</code></td><td>string</td><td>活动名称</td><td></td></tr><tr><td><code>activity_remark</code></td><td>string</td><td>活动说明</td><td></td></tr><tr><td><code>state</code></td><td>string</td><td>预算单状态</td><td><code>PENDING</code>, <code>LOCKED</code>, <code>FINISHED</code>, <code>CLOSED</code></td></tr><tr><td><code>confirm_url</code></td><td>string</td><td>确认出资页面地址</td><td></td></tr><tr><td><code>super_admin_wxid_mask</code></td><td>string</td><td>商户号超管微信号掩码</td><td></td></tr><tr><td><code>remain_amount</code></td><td>number</td><td>剩余预算金额</td><td></td></tr><tr><td><code>unlock_remark</code></td><td>string</td><td>撤销说明</td><td></td></tr><tr><td><code>locked_time</code></td><td>string(rfc3339)</td><td>资金锁定时间</td><td></td></tr><tr><td><code>finished_time</code></td><td>string(rfc3339)</td><td>完成时间</td><td></td></tr><tr><td><code>closed_time</code></td><td>string(rfc3339)</td><td>关闭时间</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/fund-app/mch-transfer/partner/charity-budget/_out_budget_no_.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const _out_budget_no_ = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  _out_budget_no_ as default
};
