import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"查询预算出资的电子回单 / 申请预算出资的电子回单 · v3/fund-app/mch-transfer/partner/budget/{out_budget_no}/electronic-receipts","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/fund-app/mch-transfer/partner/budget/_out_budget_no_/electronic-receipts.md","filePath":"api/v3/fund-app/mch-transfer/partner/budget/_out_budget_no_/electronic-receipts.md"}');
const _sfc_main = { name: "api/v3/fund-app/mch-transfer/partner/budget/_out_budget_no_/electronic-receipts.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="查询预算出资的电子回单-申请预算出资的电子回单-·-v3-fund-app-mch-transfer-partner-budget-out-budget-no-electronic-receipts" tabindex="-1">查询预算出资的电子回单 / 申请预算出资的电子回单 · <code>v3/fund-app/mch-transfer/partner/budget/{out_budget_no}/electronic-receipts</code> <a class="header-anchor" href="#查询预算出资的电子回单-申请预算出资的电子回单-·-v3-fund-app-mch-transfer-partner-budget-out-budget-no-electronic-receipts" aria-label="Permalink to &quot;查询预算出资的电子回单 / 申请预算出资的电子回单 · \`v3/fund-app/mch-transfer/partner/budget/{out_budget_no}/electronic-receipts\`&quot;">​</a></h1><p><a href="./../../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get-·-查询预算出资的电子回单" tabindex="-1">GET · 查询预算出资的电子回单 <a class="header-anchor" href="#get-·-查询预算出资的电子回单" aria-label="Permalink to &quot;GET · 查询预算出资的电子回单&quot;">​</a></h2><p>查询预算出资的电子回单。 注：单个服务商商户的接口频率限制为50次/s</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/fund-app/mch-transfer/partner/budget/{out_budget_no}/electronic-receipts</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 资金应用∙公益捐赠</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>out_budget_no</code></td><td>string</td><td>yes</td><td>商户预算单号</td><td></td></tr><tr><td><code>query</code></td><td>object</td><td>yes</td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>└ <code>accept_id</code></td><td>string</td><td>yes</td><td>受理凭证</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/fund-app/mch-transfer/partner/budget/{out_budget_no}/electronic-receipts&#39;][&#39;get&#39;][&#39;options&#39;] = {
  out_budget_no: &#39;budget202506300102&#39;,
  query: { accept_id: &#39;c2RmYWtqampqampsZmFza2xmanNhbGZqc2FrZmpzbGZqc2tsZmp&#39; },
};

// 1. $instance-&gt;v3-&gt;fundApp-&gt;mchTransfer-&gt;partner-&gt;budget-&gt;_out_budget_no_-&gt;electronicReceipts-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.fundApp.mchTransfer.partner.budget._out_budget_no_.electronicReceipts.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/fund-app/mch-transfer/partner/budget/{out_budget_no}/electronic-receipts&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/fund-app/mch-transfer/partner/budget/{out_budget_no}/electronic-receipts&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/fund-app/mch-transfer/partner/budget/{out_budget_no}/electronic-receipts&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/fund-app/mch-transfer/partner/budget/{out_budget_no}/electronic-receipts&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;fundApp-&gt;mchTransfer-&gt;partner-&gt;budget-&gt;_out_budget_no_-&gt;electronicReceipts-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.fundApp.mchTransfer.partner.budget._out_budget_no_.electronicReceipts.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/fund-app/mch-transfer/partner/budget/{out_budget_no}/electronic-receipts&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/fund-app/mch-transfer/partner/budget/{out_budget_no}/electronic-receipts&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/fund-app/mch-transfer/partner/budget/{out_budget_no}/electronic-receipts&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/fund-app/mch-transfer/partner/budget/{out_budget_no}/electronic-receipts&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>out_budget_no</code></td><td>string</td><td>商户预算单号</td><td></td></tr><tr><td><code>start_date</code></td><td>string</td><td>开始日期</td><td></td></tr><tr><td><code>end_date</code></td><td>string</td><td>结束日期</td><td></td></tr><tr><td><code>sponsor_mchid</code></td><td>string</td><td>出资商户号</td><td></td></tr><tr><td><code>receiver_mchid</code></td><td>string</td><td>收款商户号</td><td></td></tr><tr><td><code>receipt_state</code></td><td>string</td><td>电子回单状态</td><td><code>ACCEPTED</code>, <code>FINISHED</code></td></tr><tr><td><code>accept_id</code></td><td>string</td><td>受理凭证</td><td></td></tr><tr><td><code>hash_type</code></td><td>string</td><td>电子回单文件的hash方法</td><td><code>SHA256</code>, <code>SM3</code></td></tr><tr><td><code>hash_value</code></td><td>string</td><td>电子回单文件的hash值</td><td></td></tr><tr><td><code>download_url</code></td><td>string</td><td>电子回单下载地址</td><td></td></tr></tbody></table><h2 id="post-·-申请预算出资的电子回单" tabindex="-1">POST · 申请预算出资的电子回单 <a class="header-anchor" href="#post-·-申请预算出资的电子回单" aria-label="Permalink to &quot;POST · 申请预算出资的电子回单&quot;">​</a></h2><p>申请预算出资的电子回单。指定了收款商户号，表示获取按日及按收款方汇总的电子回单，否则表示获取仅按日汇总的电子回单。前置条件：只支持查询T-1的最近180天内的汇总电子回单。 注：单个服务商商户的接口频率限制为20次/s</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/fund-app/mch-transfer/partner/budget/{out_budget_no}/electronic-receipts</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 资金应用∙公益捐赠</li><li>适用对象: 服务商</li></ul><h3 id="request-1" tabindex="-1">Request <a class="header-anchor" href="#request-1" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>out_budget_no</code></td><td>string</td><td>yes</td><td>商户预算单号</td><td></td></tr><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>start_date</code></td><td>string</td><td>yes</td><td>开始日期</td><td></td></tr><tr><td>├ <code>end_date</code></td><td>string</td><td>yes</td><td>结束日期</td><td></td></tr><tr><td>├ <code>sponsor_mchid</code></td><td>string</td><td>yes</td><td>出资商户号</td><td></td></tr><tr><td>└ <code>receiver_mchid</code></td><td>string</td><td></td><td>收款商户号</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles-1" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles-1" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/fund-app/mch-transfer/partner/budget/{out_budget_no}/electronic-receipts&#39;][&#39;post&#39;][&#39;options&#39;] = {
  out_budget_no: &#39;budget202506300102&#39;,
  json: {
    start_date: &#39;2025-09-01&#39;,
    end_date: &#39;2025-09-30&#39;,
    sponsor_mchid: &#39;1900001109&#39;,
    receiver_mchid: &#39;1900102209&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;fundApp-&gt;mchTransfer-&gt;partner-&gt;budget-&gt;_out_budget_no_-&gt;electronicReceipts-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.fundApp.mchTransfer.partner.budget._out_budget_no_.electronicReceipts.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/fund-app/mch-transfer/partner/budget/{out_budget_no}/electronic-receipts&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/fund-app/mch-transfer/partner/budget/{out_budget_no}/electronic-receipts&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/fund-app/mch-transfer/partner/budget/{out_budget_no}/electronic-receipts&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/fund-app/mch-transfer/partner/budget/{out_budget_no}/electronic-receipts&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;fundApp-&gt;mchTransfer-&gt;partner-&gt;budget-&gt;_out_budget_no_-&gt;electronicReceipts-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.fundApp.mchTransfer.partner.budget._out_budget_no_.electronicReceipts.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/fund-app/mch-transfer/partner/budget/{out_budget_no}/electronic-receipts&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/fund-app/mch-transfer/partner/budget/{out_budget_no}/electronic-receipts&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/fund-app/mch-transfer/partner/budget/{out_budget_no}/electronic-receipts&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/fund-app/mch-transfer/partner/budget/{out_budget_no}/electronic-receipts&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer-1" tabindex="-1">Answer <a class="header-anchor" href="#answer-1" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>out_budget_no</code></td><td>string</td><td>商户预算单号</td><td></td></tr><tr><td><code>start_date</code></td><td>string</td><td>开始日期</td><td></td></tr><tr><td><code>end_date</code></td><td>string</td><td>结束日期</td><td></td></tr><tr><td><code>sponsor_mchid</code></td><td>string</td><td>出资商户号</td><td></td></tr><tr><td><code>receiver_mchid</code></td><td>string</td><td>收款商户号</td><td></td></tr><tr><td><code>receipt_state</code></td><td>string</td><td>电子回单状态</td><td><code>ACCEPTED</code>, <code>FINISHED</code></td></tr><tr><td><code>accept_id</code></td><td>string</td><td>受理凭证</td><td></td></tr><tr><td><code>hash_type</code></td><td>string</td><td>电子回单文件的hash方法</td><td><code>SHA256</code>, <code>SM3</code></td></tr><tr><td><code>hash_value</code></td><td>string</td><td>电子回单文件的hash值</td><td></td></tr><tr><td><code>download_url</code></td><td>string</td><td>电子回单下载地址</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/fund-app/mch-transfer/partner/budget/_out_budget_no_/electronic-receipts.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const electronicReceipts = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  electronicReceipts as default
};
