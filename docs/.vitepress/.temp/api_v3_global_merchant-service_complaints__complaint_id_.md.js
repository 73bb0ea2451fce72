import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"查询投诉单详情 · v3/global/merchant-service/complaints/{complaint_id}","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/global/merchant-service/complaints/_complaint_id_.md","filePath":"api/v3/global/merchant-service/complaints/_complaint_id_.md"}');
const _sfc_main = { name: "api/v3/global/merchant-service/complaints/_complaint_id_.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="查询投诉单详情-·-v3-global-merchant-service-complaints-complaint-id" tabindex="-1">查询投诉单详情 · <code>v3/global/merchant-service/complaints/{complaint_id}</code> <a class="header-anchor" href="#查询投诉单详情-·-v3-global-merchant-service-complaints-complaint-id" aria-label="Permalink to &quot;查询投诉单详情 · \`v3/global/merchant-service/complaints/{complaint_id}\`&quot;">​</a></h1><p><a href="./../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get" tabindex="-1">GET <a class="header-anchor" href="#get" aria-label="Permalink to &quot;GET&quot;">​</a></h2><p>商户可通过调用此接口，查询指定投诉单的用户投诉详情，包含投诉内容、投诉关联订单、投诉人联系方式等信息，方便商户处理投诉。</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/global/merchant-service/complaints/{complaint_id}</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 风险合规∙消费者投诉</li><li>适用对象: 直连商户, 服务商, 渠道商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>complaint_id</code></td><td>string</td><td>yes</td><td>投诉单号</td><td></td></tr><tr><td><code>query</code></td><td>object</td><td></td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>└ <code>mch_language</code></td><td>string</td><td></td><td>商户语言</td><td><code>ZH_CN</code>, <code>ZH_TW</code>, <code>ZH_HK</code>, <code>EN</code>, <code>JA</code>, <code>KO</code>, <code>TH</code>, <code>VI</code>, <code>RU</code>, <code>DE</code>, <code>FR</code>, <code>AR</code>, <code>ES</code></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/global/merchant-service/complaints/{complaint_id}&#39;][&#39;get&#39;][&#39;options&#39;] = {
  complaint_id: &#39;200201820200101080076610000&#39;,
  query: { mch_language: &#39;ZH_CN&#39; },
};

// 1. $instance-&gt;v3-&gt;global-&gt;merchantService-&gt;complaints-&gt;_complaint_id_-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.global.merchantService.complaints._complaint_id_.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/global/merchant-service/complaints/{complaint_id}&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/global/merchant-service/complaints/{complaint_id}&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/global/merchant-service/complaints/{complaint_id}&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/global/merchant-service/complaints/{complaint_id}&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;global-&gt;merchantService-&gt;complaints-&gt;_complaint_id_-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.global.merchantService.complaints._complaint_id_.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/global/merchant-service/complaints/{complaint_id}&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/global/merchant-service/complaints/{complaint_id}&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/global/merchant-service/complaints/{complaint_id}&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/global/merchant-service/complaints/{complaint_id}&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>complaint_id</code></td><td>string</td><td>投诉单号</td><td></td></tr><tr><td><code>complaint_time</code></td><td>string(rfc3339)</td><td>投诉时间</td><td></td></tr><tr><td><code>complaint_detail</code></td><td>string</td><td>投诉详情</td><td></td></tr><tr><td><code>complaint_state</code></td><td>string</td><td>投诉单状态</td><td><code>PENDING</code>, <code>PROCESSING</code>, <code>PROCESSED</code></td></tr><tr><td><code>complainted_mchid</code></td><td>string</td><td>被诉商户号</td><td></td></tr><tr><td><code>payer_phone</code></td><td>string(base64)</td><td>投诉人联系方式</td><td></td></tr><tr><td><code>complaint_order_info</code></td><td>object[]</td><td>投诉单关联订单信息</td><td></td></tr><tr><td>├ <code>transaction_id</code></td><td>string</td><td>微信订单号</td><td></td></tr><tr><td>├ <code>out_trade_no</code></td><td>string</td><td>商户订单号</td><td></td></tr><tr><td>├ <code>settlement_amount</code></td><td>integer</td><td>结算币种金额</td><td></td></tr><tr><td>├ <code>settlement_refunded_amount</code></td><td>string</td><td>结算币种累计已退款金额</td><td></td></tr><tr><td>├ <code>settlement_currency</code></td><td>string</td><td>结算币种</td><td></td></tr><tr><td>├ <code>payer_amount</code></td><td>integer</td><td>订单金额</td><td></td></tr><tr><td>├ <code>payer_refunded_amount</code></td><td>integer</td><td>支付币种累计已退款金额</td><td></td></tr><tr><td>├ <code>payer_currency</code></td><td>string</td><td>支付币种</td><td></td></tr><tr><td>└ <code>trade_time</code></td><td>string(rfc3339)</td><td>交易时间</td><td></td></tr><tr><td><code>complaint_full_refunded</code></td><td>boolean</td><td>投诉单是否已全额退款</td><td></td></tr><tr><td><code>is_overdue</code></td><td>boolean</td><td>是否超时</td><td></td></tr><tr><td><code>priority</code></td><td>string</td><td>优先级</td><td><code>PRIORITY</code>, <code>GENERAL</code></td></tr><tr><td><code>incoming_user_response</code></td><td>boolean</td><td>是否有待回复的用户留言</td><td></td></tr><tr><td><code>user_complaint_times</code></td><td>integer</td><td>用户投诉次数</td><td></td></tr><tr><td><code>complaint_media_list</code></td><td>object[]</td><td>投诉资料列表</td><td></td></tr><tr><td>├ <code>media_type</code></td><td>string</td><td>媒体文件业务类型</td><td><code>USER_COMPLAINT_IMAGE</code>, <code>OPERATION_IMAGE</code></td></tr><tr><td>└ <code>media_url</code></td><td>string[]</td><td>媒体文列表</td><td></td></tr><tr><td><code>problem_description</code></td><td>string</td><td>问题描述</td><td></td></tr><tr><td><code>complaint_detail_trans</code></td><td>string</td><td>投诉详情翻译</td><td></td></tr><tr><td><code>service_order_info</code></td><td>object[]</td><td>投诉单关联服务单信息</td><td></td></tr><tr><td>├ <code>order_id</code></td><td>string</td><td>微信支付服务订单号</td><td></td></tr><tr><td>├ <code>out_order_no</code></td><td>string</td><td>商户服务订单号</td><td></td></tr><tr><td>└ <code>state</code></td><td>string</td><td>支付分服务单状态</td><td><code>DOING</code>, <code>REVOKED</code>, <code>WAITPAY</code>, <code>DONE</code></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/docs/merchant/apis/consumer-complaint/complaints/query-complaint-v2.html" target="_blank" rel="noreferrer">官方文档</a></li><li><a href="https://pay.weixin.qq.com/docs/partner/apis/consumer-complaint/complaints/query-complaint-v2.html" target="_blank" rel="noreferrer">官方文档</a></li><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter10_2_13.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/global/merchant-service/complaints/_complaint_id_.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const _complaint_id_ = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  _complaint_id_ as default
};
