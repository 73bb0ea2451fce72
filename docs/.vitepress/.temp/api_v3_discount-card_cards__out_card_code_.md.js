import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"查询先享卡订单API · v3/discount-card/cards/{out_card_code}","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/discount-card/cards/_out_card_code_.md","filePath":"api/v3/discount-card/cards/_out_card_code_.md"}');
const _sfc_main = { name: "api/v3/discount-card/cards/_out_card_code_.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="查询先享卡订单api-·-v3-discount-card-cards-out-card-code" tabindex="-1">查询先享卡订单API · <code>v3/discount-card/cards/{out_card_code}</code> <a class="header-anchor" href="#查询先享卡订单api-·-v3-discount-card-cards-out-card-code" aria-label="Permalink to &quot;查询先享卡订单API · \`v3/discount-card/cards/{out_card_code}\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get" tabindex="-1">GET <a class="header-anchor" href="#get" aria-label="Permalink to &quot;GET&quot;">​</a></h2><p>商户可以通过商户领卡号查询指定的先享卡，可用于对账或者界面展示。</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/discount-card/cards/{out_card_code}</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 支付分∙先享卡</li><li>适用对象: 直连商户</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>out_card_code</code></td><td>string</td><td>yes</td><td>商户领卡号</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/discount-card/cards/{out_card_code}&#39;][&#39;get&#39;][&#39;options&#39;] = {
  out_card_code: &#39;6e8369071cd942c0476613f9d1ce9ca3&#39;,
};

// 1. $instance-&gt;v3-&gt;discountCard-&gt;cards-&gt;_out_card_code_-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.discountCard.cards._out_card_code_.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/discount-card/cards/{out_card_code}&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/discount-card/cards/{out_card_code}&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/discount-card/cards/{out_card_code}&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/discount-card/cards/{out_card_code}&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;discountCard-&gt;cards-&gt;_out_card_code_-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.discountCard.cards._out_card_code_.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/discount-card/cards/{out_card_code}&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/discount-card/cards/{out_card_code}&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/discount-card/cards/{out_card_code}&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/discount-card/cards/{out_card_code}&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>card_id</code></td><td>string</td><td>先享卡ID</td><td></td></tr><tr><td><code>card_template_id</code></td><td>string</td><td>先享卡模板ID</td><td></td></tr><tr><td><code>openid</code></td><td>string</td><td>用户标识</td><td></td></tr><tr><td><code>out_card_code</code></td><td>string</td><td>商户领卡号</td><td></td></tr><tr><td><code>appid</code></td><td>string</td><td>公众账号ID</td><td></td></tr><tr><td><code>mchid</code></td><td>string</td><td>商户号</td><td></td></tr><tr><td><code>time_range</code></td><td>object</td><td>约定时间期限</td><td></td></tr><tr><td>├ <code>begin_time</code></td><td>string</td><td>约定开始时间</td><td></td></tr><tr><td>└ <code>end_time</code></td><td>string</td><td>约定结束时间</td><td></td></tr><tr><td><code>state</code></td><td>string</td><td>状态</td><td></td></tr><tr><td><code>unfinished_reason</code></td><td>string</td><td>未完成约定原因</td><td></td></tr><tr><td><code>total_amount</code></td><td>integer</td><td>享受优惠总金额</td><td></td></tr><tr><td><code>pay_information</code></td><td>object</td><td>用户退回优惠的付款信息</td><td></td></tr><tr><td>├ <code>pay_amount</code></td><td>integer</td><td>付款金额</td><td></td></tr><tr><td>├ <code>pay_state</code></td><td>string</td><td>付款状态</td><td></td></tr><tr><td>├ <code>transaction_id</code></td><td>string</td><td>微信支付订单号</td><td></td></tr><tr><td>└ <code>pay_time</code></td><td>string</td><td>支付时间</td><td></td></tr><tr><td><code>create_time</code></td><td>string</td><td>创卡时间</td><td></td></tr><tr><td><code>objectives</code></td><td>object[]</td><td>目标列表</td><td></td></tr><tr><td>├ <code>objective_id</code></td><td>string</td><td>目标ID</td><td></td></tr><tr><td>├ <code>name</code></td><td>string</td><td>目标名称</td><td></td></tr><tr><td>├ <code>count</code></td><td>integer</td><td>目标数量</td><td></td></tr><tr><td>├ <code>unit</code></td><td>string</td><td>目标单位</td><td></td></tr><tr><td>├ <code>description</code></td><td>string</td><td>目标描述</td><td></td></tr><tr><td>└ <code>objective_completion_records</code></td><td>object[]</td><td>目标完成记录</td><td></td></tr><tr><td> ├ <code>objective_completion_serial_no</code></td><td>string</td><td>目标完成流水号</td><td></td></tr><tr><td> ├ <code>objective_id</code></td><td>string</td><td>目标ID</td><td></td></tr><tr><td> ├ <code>completion_time</code></td><td>string</td><td>目标完成时间</td><td></td></tr><tr><td> ├ <code>completion_type</code></td><td>string</td><td>目标完成类型</td><td></td></tr><tr><td> ├ <code>description</code></td><td>string</td><td>目标完成描述</td><td></td></tr><tr><td> ├ <code>completion_count</code></td><td>integer</td><td>目标完成数量</td><td></td></tr><tr><td> └ <code>remark</code></td><td>string</td><td>备注说明</td><td></td></tr><tr><td><code>rewards</code></td><td>object[]</td><td>优惠列表</td><td></td></tr><tr><td>├ <code>reward_id</code></td><td>string</td><td>优惠ID</td><td></td></tr><tr><td>├ <code>name</code></td><td>string</td><td>优惠名称</td><td></td></tr><tr><td>├ <code>count_type</code></td><td>string</td><td>优惠数量类型</td><td></td></tr><tr><td>├ <code>count</code></td><td>integer</td><td>优惠数量</td><td></td></tr><tr><td>├ <code>unit</code></td><td>string</td><td>优惠单位</td><td></td></tr><tr><td>├ <code>amount</code></td><td>integer</td><td>优惠金额</td><td></td></tr><tr><td>├ <code>description</code></td><td>string</td><td>优惠描述</td><td></td></tr><tr><td>└ <code>reward_usage_records</code></td><td>object[]</td><td>优惠使用记录列</td><td></td></tr><tr><td> ├ <code>reward_usage_serial_no</code></td><td>string</td><td>优惠使用记录流水号</td><td></td></tr><tr><td> ├ <code>reward_id</code></td><td>string</td><td>优惠ID</td><td></td></tr><tr><td> ├ <code>usage_time</code></td><td>string</td><td>优惠使用时间</td><td></td></tr><tr><td> ├ <code>usage_type</code></td><td>string</td><td>优惠使用类型</td><td></td></tr><tr><td> ├ <code>description</code></td><td>string</td><td>优惠使用描述</td><td></td></tr><tr><td> ├ <code>usage_count</code></td><td>integer</td><td>优惠使用数量</td><td></td></tr><tr><td> ├ <code>amount</code></td><td>integer</td><td>优惠金额</td><td></td></tr><tr><td> └ <code>remark</code></td><td>string</td><td>备注说明</td><td></td></tr><tr><td><code>sharer_openid</code></td><td>string</td><td>邀请者用户标识</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/discount-card/chapter3_3.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/discount-card/cards/_out_card_code_.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const _out_card_code_ = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  _out_card_code_ as default
};
