import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"查询投诉协商历史API · v3/merchant-service/complaints/{transaction_id}/negotiation-historys","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/merchant-service/complaints/_transaction_id_/negotiation-historys.md","filePath":"api/v3/merchant-service/complaints/_transaction_id_/negotiation-historys.md"}');
const _sfc_main = { name: "api/v3/merchant-service/complaints/_transaction_id_/negotiation-historys.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="查询投诉协商历史api-·-v3-merchant-service-complaints-transaction-id-negotiation-historys" tabindex="-1">查询投诉协商历史API · <code>v3/merchant-service/complaints/{transaction_id}/negotiation-historys</code> <a class="header-anchor" href="#查询投诉协商历史api-·-v3-merchant-service-complaints-transaction-id-negotiation-historys" aria-label="Permalink to &quot;查询投诉协商历史API · \`v3/merchant-service/complaints/{transaction_id}/negotiation-historys\`&quot;">​</a></h1><p><a href="./../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get" tabindex="-1">GET <a class="header-anchor" href="#get" aria-label="Permalink to &quot;GET&quot;">​</a></h2><p>商户可通过调用此接口，查询指定投诉的用户商户协商历史，方便商户根据处理历史来制定后续处理方案。</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/merchant-service/complaints/{transaction_id}/negotiation-historys</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 风险合规∙消费者投诉</li><li>适用对象: 直连商户, 服务商, 渠道商</li><li><strong>Deprecated</strong> in the description</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>transaction_id</code></td><td>string</td><td>yes</td><td>微信支付订单号</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/merchant-service/complaints/{transaction_id}/negotiation-historys&#39;][&#39;get&#39;][&#39;options&#39;] = {
  transaction_id: &#39;4200000404201909069117582536&#39;,
};

// 1. $instance-&gt;v3-&gt;merchantService-&gt;complaints-&gt;_transaction_id_-&gt;negotiationHistorys-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.merchantService.complaints._transaction_id_.negotiationHistorys.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/merchant-service/complaints/{transaction_id}/negotiation-historys&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/merchant-service/complaints/{transaction_id}/negotiation-historys&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/merchant-service/complaints/{transaction_id}/negotiation-historys&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/merchant-service/complaints/{transaction_id}/negotiation-historys&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;merchantService-&gt;complaints-&gt;_transaction_id_-&gt;negotiationHistorys-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.merchantService.complaints._transaction_id_.negotiationHistorys.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/merchant-service/complaints/{transaction_id}/negotiation-historys&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/merchant-service/complaints/{transaction_id}/negotiation-historys&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/merchant-service/complaints/{transaction_id}/negotiation-historys&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/merchant-service/complaints/{transaction_id}/negotiation-historys&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>complaint_negotiation_history</code></td><td>object[]</td><td>投诉协商历史</td><td></td></tr><tr><td>├ <code>operate_user</code></td><td>string</td><td>操作人</td><td></td></tr><tr><td>├ <code>operate_time</code></td><td>string</td><td>操作时间</td><td></td></tr><tr><td>├ <code>operate_type</code></td><td>string</td><td>操作类型</td><td><code>USER_CREATE_COMPLAINT</code>, <code>CREATE_COMPLAINT_BY_PLATFORM</code>, <code>USER_CONTINUE_COMPLAINT</code>, <code>USER_REVOKE_COMPLAINT</code>, <code>USER_CONFIRM_COMPLAINT</code>, <code>SELLER_REFUND</code>, <code>MERCHANT_LAUNCH_CONFIRM_PROCESS</code>, <code>USER_RESPONSE</code>, <code>MERCHANT_RESPONSE</code>, <code>RESPONSE_BY_PLATFORM</code>, <code>CONTINUE_COMPLAINT_BY_PLATFORM</code>, <code>CREATE_COMPLAINT_SYSTEM_MESSAGE</code>, <code>COMPLAINT_TIMEOUT_SYSTEM_MESSAGE</code>, <code>SELLER_REFUND_SYSTEM_MESSAGE</code>, <code>CONTINUE_COMPLAINT_SYSTEM_MESSAGE</code>, <code>LAUNCH_CONFIRM_PROCESS_SYSTEM_MESSAGE</code></td></tr><tr><td>├ <code>operate_details</code></td><td>string</td><td>操作内容</td><td></td></tr><tr><td>└ <code>image_list</code></td><td>unknown[]</td><td>协商历史图片凭证</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/tool/merchant-service/chapter3_7.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/merchant-service/complaints/_transaction_id_/negotiation-historys.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const negotiationHistorys = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  negotiationHistorys as default
};
