import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"增加用户记录API · v3/discount-card/cards/{out_card_code}/add-user-records","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/discount-card/cards/_out_card_code_/add-user-records.md","filePath":"api/v3/discount-card/cards/_out_card_code_/add-user-records.md"}');
const _sfc_main = { name: "api/v3/discount-card/cards/_out_card_code_/add-user-records.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="增加用户记录api-·-v3-discount-card-cards-out-card-code-add-user-records" tabindex="-1">增加用户记录API · <code>v3/discount-card/cards/{out_card_code}/add-user-records</code> <a class="header-anchor" href="#增加用户记录api-·-v3-discount-card-cards-out-card-code-add-user-records" aria-label="Permalink to &quot;增加用户记录API · \`v3/discount-card/cards/{out_card_code}/add-user-records\`&quot;">​</a></h1><p><a href="./../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>当用户在商户侧消费时，用户完成了微信先享卡的目标或者获取使用优惠时，商户需要把这个信息同步给微信先享卡平台，用于在微信先享卡小程序展示及先享卡到期后的用户结算。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/discount-card/cards/{out_card_code}/add-user-records</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 支付分∙先享卡</li><li>适用对象: 直连商户</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>out_card_code</code></td><td>string</td><td>yes</td><td>商户领卡号</td><td></td></tr><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>card_template_id</code></td><td>string</td><td>yes</td><td>卡模板ID</td><td></td></tr><tr><td>├ <code>objective_completion_records</code></td><td>object[]</td><td></td><td>目标完成记录</td><td></td></tr><tr><td> ├ <code>objective_completion_serial_no</code></td><td>string</td><td>yes</td><td>目标完成流水号</td><td></td></tr><tr><td> ├ <code>objective_id</code></td><td>string</td><td>yes</td><td>目标ID</td><td></td></tr><tr><td> ├ <code>completion_time</code></td><td>string</td><td>yes</td><td>目标完成时间</td><td></td></tr><tr><td> ├ <code>completion_type</code></td><td>string</td><td>yes</td><td>目标完成类型</td><td></td></tr><tr><td> ├ <code>description</code></td><td>string</td><td>yes</td><td>目标完成描述</td><td></td></tr><tr><td> ├ <code>completion_count</code></td><td>integer</td><td>yes</td><td>目标完成数量</td><td></td></tr><tr><td> └ <code>remark</code></td><td>string</td><td></td><td>备注说明</td><td></td></tr><tr><td>└ <code>reward_usage_records</code></td><td>object[]</td><td></td><td>优惠使用记录</td><td></td></tr><tr><td> ├ <code>reward_usage_serial_no</code></td><td>string</td><td>yes</td><td>优惠使用记录流水号</td><td></td></tr><tr><td> ├ <code>reward_id</code></td><td>string</td><td>yes</td><td>优惠ID</td><td></td></tr><tr><td> ├ <code>usage_time</code></td><td>string</td><td>yes</td><td>优惠使用时间</td><td></td></tr><tr><td> ├ <code>usage_type</code></td><td>string</td><td>yes</td><td>优惠使用类型</td><td></td></tr><tr><td> ├ <code>description</code></td><td>string</td><td>yes</td><td>优惠使用描述</td><td></td></tr><tr><td> ├ <code>usage_count</code></td><td>integer</td><td>yes</td><td>数量</td><td></td></tr><tr><td> ├ <code>amount</code></td><td>integer</td><td>yes</td><td>金额</td><td></td></tr><tr><td> └ <code>remark</code></td><td>string</td><td></td><td>备注说明</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/discount-card/cards/{out_card_code}/add-user-records&#39;][&#39;post&#39;][&#39;options&#39;] = {
  out_card_code: &#39;6e8369071cd942c0476613f9d1ce9ca3&#39;,
  json: { card_template_id: &#39;87789b2f25177433bcbf407e8e471f95&#39; },
};

// 1. $instance-&gt;v3-&gt;discountCard-&gt;cards-&gt;_out_card_code_-&gt;addUserRecords-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.discountCard.cards._out_card_code_.addUserRecords.postAsync(options).then((response) =&gt; console.log(response.status));

// 2. $instance-&gt;chain(&#39;v3/discount-card/cards/{out_card_code}/add-user-records&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/discount-card/cards/{out_card_code}/add-user-records&#39;).postAsync(options).then((response) =&gt; console.log(response.status));

// 3. $instance[&#39;v3/discount-card/cards/{out_card_code}/add-user-records&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/discount-card/cards/{out_card_code}/add-user-records&#39;].postAsync(options).then((response) =&gt; console.log(response.status));

// 4. $response = $instance-&gt;v3-&gt;discountCard-&gt;cards-&gt;_out_card_code_-&gt;addUserRecords-&gt;post([…]); echo $response-&gt;getStatusCode();
const byProperty = await wx.v3.discountCard.cards._out_card_code_.addUserRecords.post(options);
console.log(byProperty.status);

// 5. $response = $instance-&gt;chain(&#39;v3/discount-card/cards/{out_card_code}/add-user-records&#39;)-&gt;post([…]); echo $response-&gt;getStatusCode();
const byChain = await wx.chain(&#39;v3/discount-card/cards/{out_card_code}/add-user-records&#39;).post(options);
console.log(byChain.status);

// 6. $response = $instance[&#39;v3/discount-card/cards/{out_card_code}/add-user-records&#39;]-&gt;post([…]); echo $response-&gt;getStatusCode();
const byPath = await wx[&#39;v3/discount-card/cards/{out_card_code}/add-user-records&#39;].post(options);
console.log(byPath.status);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><p><code>204 No Content</code>: no body; <code>response.data</code> is <code>undefined</code>.</p><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/discount-card/chapter3_2.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/discount-card/cards/_out_card_code_/add-user-records.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const addUserRecords = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  addUserRecords as default
};
