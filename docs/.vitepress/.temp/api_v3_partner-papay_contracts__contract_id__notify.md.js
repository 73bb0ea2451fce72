import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"服务商商户预扣费通知API · v3/partner-papay/contracts/{contract_id}/notify","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/partner-papay/contracts/_contract_id_/notify.md","filePath":"api/v3/partner-papay/contracts/_contract_id_/notify.md"}');
const _sfc_main = { name: "api/v3/partner-papay/contracts/_contract_id_/notify.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="服务商商户预扣费通知api-·-v3-partner-papay-contracts-contract-id-notify" tabindex="-1">服务商商户预扣费通知API · <code>v3/partner-papay/contracts/{contract_id}/notify</code> <a class="header-anchor" href="#服务商商户预扣费通知api-·-v3-partner-papay-contracts-contract-id-notify" aria-label="Permalink to &quot;服务商商户预扣费通知API · \`v3/partner-papay/contracts/{contract_id}/notify\`&quot;">​</a></h1><p><a href="./../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>商户进行委托代扣扣费前需要在可通知时间段内调用「预扣费通知」的接口为用户发送扣费提醒，并设定预计扣费金额，经过扣费等待期后，在可扣费期内可发起扣费，扣款金额不能高于预计扣费金额，扣费失败可主动发起重试扣费（重试次数由其他规则限制），直到扣费成功，或者可扣费期结束。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/partner-papay/contracts/{contract_id}/notify</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 委托代扣</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>contract_id</code></td><td>string</td><td>yes</td><td>委托代扣协议id</td><td></td></tr><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>sp_mchid</code></td><td>string</td><td>yes</td><td>服务商商户号</td><td></td></tr><tr><td>├ <code>sp_appid</code></td><td>string</td><td>yes</td><td>服务商应用ID</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td>yes</td><td>子商户号</td><td></td></tr><tr><td>├ <code>sub_appid</code></td><td>string</td><td></td><td>子商户应用D</td><td></td></tr><tr><td>├ <code>deduct_duration</code></td><td>object</td><td></td><td>扣费持续时间</td><td></td></tr><tr><td> ├ <code>count</code></td><td>number</td><td>yes</td><td>扣费持续时间数</td><td></td></tr><tr><td> └ <code>unit</code></td><td>string</td><td></td><td>单位</td><td></td></tr><tr><td>└ <code>estimated_amount</code></td><td>object</td><td>yes</td><td>预计扣费金额信息</td><td></td></tr><tr><td> ├ <code>amount</code></td><td>number</td><td>yes</td><td>预计扣费金额</td><td></td></tr><tr><td> └ <code>currency</code></td><td>string</td><td></td><td>预计扣费货币类型</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/partner-papay/contracts/{contract_id}/notify&#39;][&#39;post&#39;][&#39;options&#39;] = {
  contract_id: &#39;123124412412423431&#39;,
  json: {
    sp_mchid: &#39;1230000109&#39;,
    sp_appid: &#39;wxd678efh567hg6787&#39;,
    sub_mchid: &#39;12345512&#39;,
    sub_appid: &#39;wxd678efh567hg6787&#39;,
    estimated_amount: { amount: 1, currency: &#39;CNY&#39; },
  },
};

// 1. $instance-&gt;v3-&gt;partnerPapay-&gt;contracts-&gt;_contract_id_-&gt;notify-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.partnerPapay.contracts._contract_id_.notify.postAsync(options).then((response) =&gt; console.log(response.status));

// 2. $instance-&gt;chain(&#39;v3/partner-papay/contracts/{contract_id}/notify&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/partner-papay/contracts/{contract_id}/notify&#39;).postAsync(options).then((response) =&gt; console.log(response.status));

// 3. $instance[&#39;v3/partner-papay/contracts/{contract_id}/notify&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/partner-papay/contracts/{contract_id}/notify&#39;].postAsync(options).then((response) =&gt; console.log(response.status));

// 4. $response = $instance-&gt;v3-&gt;partnerPapay-&gt;contracts-&gt;_contract_id_-&gt;notify-&gt;post([…]); echo $response-&gt;getStatusCode();
const byProperty = await wx.v3.partnerPapay.contracts._contract_id_.notify.post(options);
console.log(byProperty.status);

// 5. $response = $instance-&gt;chain(&#39;v3/partner-papay/contracts/{contract_id}/notify&#39;)-&gt;post([…]); echo $response-&gt;getStatusCode();
const byChain = await wx.chain(&#39;v3/partner-papay/contracts/{contract_id}/notify&#39;).post(options);
console.log(byChain.status);

// 6. $response = $instance[&#39;v3/partner-papay/contracts/{contract_id}/notify&#39;]-&gt;post([…]); echo $response-&gt;getStatusCode();
const byPath = await wx[&#39;v3/partner-papay/contracts/{contract_id}/notify&#39;].post(options);
console.log(byPath.status);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><p><code>204 No Content</code>: no body; <code>response.data</code> is <code>undefined</code>.</p><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/json/partner-deduct-notify.html" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/partner-papay/contracts/_contract_id_/notify.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const notify = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  notify as default
};
