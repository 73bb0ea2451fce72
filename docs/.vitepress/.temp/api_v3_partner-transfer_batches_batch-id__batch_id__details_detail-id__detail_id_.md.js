import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"微信支付明细单号查询明细单API · v3/partner-transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/partner-transfer/batches/batch-id/_batch_id_/details/detail-id/_detail_id_.md","filePath":"api/v3/partner-transfer/batches/batch-id/_batch_id_/details/detail-id/_detail_id_.md"}');
const _sfc_main = { name: "api/v3/partner-transfer/batches/batch-id/_batch_id_/details/detail-id/_detail_id_.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="微信支付明细单号查询明细单api-·-v3-partner-transfer-batches-batch-id-batch-id-details-detail-id-detail-id" tabindex="-1">微信支付明细单号查询明细单API · <code>v3/partner-transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}</code> <a class="header-anchor" href="#微信支付明细单号查询明细单api-·-v3-partner-transfer-batches-batch-id-batch-id-details-detail-id-detail-id" aria-label="Permalink to &quot;微信支付明细单号查询明细单API · \`v3/partner-transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}\`&quot;">​</a></h1><p><a href="./../../../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get" tabindex="-1">GET <a class="header-anchor" href="#get" aria-label="Permalink to &quot;GET&quot;">​</a></h2><p>服务商可以通过该接口查询单笔转账明细单。</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/partner-transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 资金应用∙转账∙服务商模式, 运营工具∙用工卡</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>batch_id</code></td><td>string</td><td>yes</td><td>微信支付批次单号</td><td></td></tr><tr><td><code>detail_id</code></td><td>string</td><td>yes</td><td>微信明细单号</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/partner-transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}&#39;][&#39;get&#39;][&#39;options&#39;] = {
  batch_id: &#39;1030000071100999991182020050700019480001&#39;,
  detail_id: &#39;1040000071100999991182020050700019500100&#39;,
};

// 1. $instance-&gt;v3-&gt;partnerTransfer-&gt;batches-&gt;batchId-&gt;_batch_id_-&gt;details-&gt;detailId-&gt;_detail_id_-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.partnerTransfer.batches.batchId._batch_id_.details.detailId._detail_id_.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/partner-transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/partner-transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/partner-transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/partner-transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;partnerTransfer-&gt;batches-&gt;batchId-&gt;_batch_id_-&gt;details-&gt;detailId-&gt;_detail_id_-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.partnerTransfer.batches.batchId._batch_id_.details.detailId._detail_id_.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/partner-transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/partner-transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/partner-transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/partner-transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>sp_mchid</code></td><td>string</td><td>服务商商户号</td><td></td></tr><tr><td><code>out_batch_no</code></td><td>string</td><td>商家批次单号</td><td></td></tr><tr><td><code>batch_id</code></td><td>string</td><td>微信支付批次单号</td><td></td></tr><tr><td><code>appid</code></td><td>string</td><td>商户的appid</td><td></td></tr><tr><td><code>out_detail_no</code></td><td>string</td><td>商家明细单号</td><td></td></tr><tr><td><code>detail_id</code></td><td>string</td><td>微信支付明细单号</td><td></td></tr><tr><td><code>detail_status</code></td><td>string</td><td>明细状态</td><td></td></tr><tr><td><code>transfer_amount</code></td><td>integer</td><td>转账金额</td><td></td></tr><tr><td><code>transfer_remark</code></td><td>string</td><td>转账备注</td><td></td></tr><tr><td><code>fail_reason</code></td><td>string</td><td>明细失败原因</td><td></td></tr><tr><td><code>openid</code></td><td>string</td><td>收款用户openid</td><td></td></tr><tr><td><code>username</code></td><td>string</td><td>收款用户姓名</td><td></td></tr><tr><td><code>initiate_time</code></td><td>string</td><td>转账发起时间</td><td></td></tr><tr><td><code>update_time</code></td><td>string</td><td>明细更新时间</td><td></td></tr><tr><td><code>account_type</code></td><td>string</td><td>收款账户类型</td><td></td></tr><tr><td><code>bank_name</code></td><td>string</td><td>银行名称</td><td></td></tr><tr><td><code>bank_card_number_tail</code></td><td>string</td><td>银行卡尾号</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_1_8.shtml" target="_blank" rel="noreferrer">官方文档</a></li><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transfer_partner/chapter3_3.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/partner-transfer/batches/batch-id/_batch_id_/details/detail-id/_detail_id_.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const _detail_id_ = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  _detail_id_ as default
};
