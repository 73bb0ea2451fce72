import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"商户转账批次单号查询批次单 · v3/platsolution/insurance/mch-transfer/batches/out-batch-no/{out_batch_no}","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/platsolution/insurance/mch-transfer/batches/out-batch-no/_out_batch_no_.md","filePath":"api/v3/platsolution/insurance/mch-transfer/batches/out-batch-no/_out_batch_no_.md"}');
const _sfc_main = { name: "api/v3/platsolution/insurance/mch-transfer/batches/out-batch-no/_out_batch_no_.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="商户转账批次单号查询批次单-·-v3-platsolution-insurance-mch-transfer-batches-out-batch-no-out-batch-no" tabindex="-1">商户转账批次单号查询批次单 · <code>v3/platsolution/insurance/mch-transfer/batches/out-batch-no/{out_batch_no}</code> <a class="header-anchor" href="#商户转账批次单号查询批次单-·-v3-platsolution-insurance-mch-transfer-batches-out-batch-no-out-batch-no" aria-label="Permalink to &quot;商户转账批次单号查询批次单 · \`v3/platsolution/insurance/mch-transfer/batches/out-batch-no/{out_batch_no}\`&quot;">​</a></h1><p><a href="./../../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get" tabindex="-1">GET <a class="header-anchor" href="#get" aria-label="Permalink to &quot;GET&quot;">​</a></h2><p>商家批次单号查单接口。商户可以通过该接口查询转账批次单以及指定状态的转账明细单。返回消息中包含微信批次单号、批次状态、批次类型、转账总金额、转账总笔数、成功金额、失败金额等信息。</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/platsolution/insurance/mch-transfer/batches/out-batch-no/{out_batch_no}</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 资金应用∙转账</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>out_batch_no</code></td><td>string</td><td>yes</td><td>商家批次单号</td><td></td></tr><tr><td><code>query</code></td><td>object</td><td>yes</td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td>yes</td><td>二级商户号</td><td></td></tr><tr><td>├ <code>need_query_detail</code></td><td>boolean</td><td>yes</td><td>是否查询转账明细单</td><td></td></tr><tr><td>├ <code>offset</code></td><td>number</td><td></td><td>请求资源起始位置</td><td></td></tr><tr><td>├ <code>limit</code></td><td>number</td><td></td><td>最大资源条数</td><td></td></tr><tr><td>└ <code>detail_state</code></td><td>string</td><td></td><td>明细状态</td><td><code>ALL</code>, <code>WAIT_PAY</code>, <code>SUCCESS</code>, <code>FAIL</code>, <code>BANK_REFUND</code></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/platsolution/insurance/mch-transfer/batches/out-batch-no/{out_batch_no}&#39;][&#39;get&#39;][&#39;options&#39;] = {
  out_batch_no: &#39;sjzz20230223&#39;,
  query: { sub_mchid: &#39;1900102208&#39;, need_query_detail: false, detail_state: &#39;ALL&#39; },
};

// 1. $instance-&gt;v3-&gt;platsolution-&gt;insurance-&gt;mchTransfer-&gt;batches-&gt;outBatchNo-&gt;_out_batch_no_-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.platsolution.insurance.mchTransfer.batches.outBatchNo._out_batch_no_.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/platsolution/insurance/mch-transfer/batches/out-batch-no/{out_batch_no}&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/platsolution/insurance/mch-transfer/batches/out-batch-no/{out_batch_no}&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/platsolution/insurance/mch-transfer/batches/out-batch-no/{out_batch_no}&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/platsolution/insurance/mch-transfer/batches/out-batch-no/{out_batch_no}&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;platsolution-&gt;insurance-&gt;mchTransfer-&gt;batches-&gt;outBatchNo-&gt;_out_batch_no_-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.platsolution.insurance.mchTransfer.batches.outBatchNo._out_batch_no_.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/platsolution/insurance/mch-transfer/batches/out-batch-no/{out_batch_no}&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/platsolution/insurance/mch-transfer/batches/out-batch-no/{out_batch_no}&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/platsolution/insurance/mch-transfer/batches/out-batch-no/{out_batch_no}&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/platsolution/insurance/mch-transfer/batches/out-batch-no/{out_batch_no}&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>transfer_batch</code></td><td>object</td><td>转账批次单</td><td></td></tr><tr><td>├ <code>out_batch_no</code></td><td>string</td><td>商家批次单号</td><td></td></tr><tr><td>├ <code>batch_id</code></td><td>string</td><td>商家转账批次单号</td><td></td></tr><tr><td>├ <code>sp_appid</code></td><td>string</td><td>服务商应用ID</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td>二级商户号</td><td></td></tr><tr><td>├ <code>sub_appid</code></td><td>string</td><td>二级商户应用ID</td><td></td></tr><tr><td>├ <code>batch_state</code></td><td>string</td><td>批次状态</td><td><code>ACCEPTED</code>, <code>PROCESSING</code>, <code>COMPLETED</code>, <code>CLOSED</code></td></tr><tr><td>├ <code>batch_name</code></td><td>string</td><td>批次名称</td><td></td></tr><tr><td>├ <code>batch_remark</code></td><td>string</td><td>批次备注</td><td></td></tr><tr><td>├ <code>close_reason</code></td><td>string</td><td>批次关闭原因</td><td><code>MERCHANT_REVOCATION</code>, <code>OVERDUE_CLOSE</code></td></tr><tr><td>├ <code>total_amount</code></td><td>number</td><td>转账总金额</td><td></td></tr><tr><td>├ <code>total_num</code></td><td>number</td><td>转账总笔数</td><td></td></tr><tr><td>├ <code>create_time</code></td><td>string(rfc3339)</td><td>批次创建时间</td><td></td></tr><tr><td>├ <code>success_amount</code></td><td>number</td><td>转账成功金额</td><td></td></tr><tr><td>├ <code>success_num</code></td><td>number</td><td>转账成功笔数</td><td></td></tr><tr><td>├ <code>failed_amount</code></td><td>number</td><td>转账失败金额</td><td></td></tr><tr><td>├ <code>failed_num</code></td><td>number</td><td>转账失败笔数</td><td></td></tr><tr><td>└ <code>transfer_scene_id</code></td><td>string</td><td>转账场景ID</td><td></td></tr><tr><td><code>data</code></td><td>object[]</td><td>转账明细单列表</td><td></td></tr><tr><td>├ <code>detail_id</code></td><td>string</td><td>商家转账明细单号</td><td></td></tr><tr><td>├ <code>out_detail_no</code></td><td>string</td><td>商家明细单号</td><td></td></tr><tr><td>└ <code>detail_state</code></td><td>string</td><td>明细状态</td><td><code>INIT</code>, <code>ALL</code>, <code>WAIT_PAY</code>, <code>SUCCESS</code>, <code>FAIL</code>, <code>BANK_REFUND</code></td></tr><tr><td><code>offset</code></td><td>number</td><td>请求资源起始位置</td><td></td></tr><tr><td><code>limit</code></td><td>number</td><td>最大资源条数</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/platsolution/insurance/mch-transfer/batches/out-batch-no/_out_batch_no_.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const _out_batch_no_ = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  _out_batch_no_ as default
};
