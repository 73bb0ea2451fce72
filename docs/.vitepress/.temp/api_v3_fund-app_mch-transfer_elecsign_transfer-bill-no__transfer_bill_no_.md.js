import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"微信单号查询电子回单 · v3/fund-app/mch-transfer/elecsign/transfer-bill-no/{transfer_bill_no}","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/fund-app/mch-transfer/elecsign/transfer-bill-no/_transfer_bill_no_.md","filePath":"api/v3/fund-app/mch-transfer/elecsign/transfer-bill-no/_transfer_bill_no_.md"}');
const _sfc_main = { name: "api/v3/fund-app/mch-transfer/elecsign/transfer-bill-no/_transfer_bill_no_.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="微信单号查询电子回单-·-v3-fund-app-mch-transfer-elecsign-transfer-bill-no-transfer-bill-no" tabindex="-1">微信单号查询电子回单 · <code>v3/fund-app/mch-transfer/elecsign/transfer-bill-no/{transfer_bill_no}</code> <a class="header-anchor" href="#微信单号查询电子回单-·-v3-fund-app-mch-transfer-elecsign-transfer-bill-no-transfer-bill-no" aria-label="Permalink to &quot;微信单号查询电子回单 · \`v3/fund-app/mch-transfer/elecsign/transfer-bill-no/{transfer_bill_no}\`&quot;">​</a></h1><p><a href="./../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get" tabindex="-1">GET <a class="header-anchor" href="#get" aria-label="Permalink to &quot;GET&quot;">​</a></h2><p>商户可以通过该接口查看回单申请进度；请务必对比下载的回单文件的摘要值与查询接口返回的摘要值的一致性，确保得到的回单文件的真实性和完整性。下载地址的有效期为10分钟，超过10分钟后需要重新通过该接口获取下载地址（不需要重新申请）。</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/fund-app/mch-transfer/elecsign/transfer-bill-no/{transfer_bill_no}</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 资金应用∙转账∙用户确认模式</li><li>适用对象: 普通商户</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>transfer_bill_no</code></td><td>string</td><td>yes</td><td>微信转账单号</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/fund-app/mch-transfer/elecsign/transfer-bill-no/{transfer_bill_no}&#39;][&#39;get&#39;][&#39;options&#39;] = {
  transfer_bill_no: &#39;1330000071100999991182020050700019480001&#39;,
};

// 1. $instance-&gt;v3-&gt;fundApp-&gt;mchTransfer-&gt;elecsign-&gt;transferBillNo-&gt;_transfer_bill_no_-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.fundApp.mchTransfer.elecsign.transferBillNo._transfer_bill_no_.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/fund-app/mch-transfer/elecsign/transfer-bill-no/{transfer_bill_no}&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/fund-app/mch-transfer/elecsign/transfer-bill-no/{transfer_bill_no}&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/fund-app/mch-transfer/elecsign/transfer-bill-no/{transfer_bill_no}&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/fund-app/mch-transfer/elecsign/transfer-bill-no/{transfer_bill_no}&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;fundApp-&gt;mchTransfer-&gt;elecsign-&gt;transferBillNo-&gt;_transfer_bill_no_-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.fundApp.mchTransfer.elecsign.transferBillNo._transfer_bill_no_.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/fund-app/mch-transfer/elecsign/transfer-bill-no/{transfer_bill_no}&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/fund-app/mch-transfer/elecsign/transfer-bill-no/{transfer_bill_no}&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/fund-app/mch-transfer/elecsign/transfer-bill-no/{transfer_bill_no}&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/fund-app/mch-transfer/elecsign/transfer-bill-no/{transfer_bill_no}&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>state</code></td><td>string</td><td>申请单状态</td><td><code>GENERATING</code>, <code>FINISHED</code>, <code>FAILED</code></td></tr><tr><td><code>create_time</code></td><td>string</td><td>申请单创建时间</td><td></td></tr><tr><td><code>update_time</code></td><td>string</td><td>申请单更新时间</td><td></td></tr><tr><td><code>hash_type</code></td><td>string</td><td>回单文件摘要类型</td><td><code>SHA256</code>, <code>SM3</code></td></tr><tr><td><code>hash_value</code></td><td>string</td><td>回单文件摘要值</td><td></td></tr><tr><td><code>download_url</code></td><td>string</td><td>回单文件下载地址</td><td></td></tr><tr><td><code>fail_reason</code></td><td>string</td><td>失败原因</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/docs/merchant/apis/mch-trans/elecsign/query-elecsign-by-no.html" target="_blank" rel="noreferrer">官方文档</a></li><li><a href="https://pay.weixin.qq.com/doc/v3/merchant/4012716455" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/fund-app/mch-transfer/elecsign/transfer-bill-no/_transfer_bill_no_.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const _transfer_bill_no_ = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  _transfer_bill_no_ as default
};
