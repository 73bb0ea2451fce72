import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"请求分账API · v3/global/profit-sharing/orders","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/global/profit-sharing/orders.md","filePath":"api/v3/global/profit-sharing/orders.md"}');
const _sfc_main = { name: "api/v3/global/profit-sharing/orders.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="请求分账api-·-v3-global-profit-sharing-orders" tabindex="-1">请求分账API · <code>v3/global/profit-sharing/orders</code> <a class="header-anchor" href="#请求分账api-·-v3-global-profit-sharing-orders" aria-label="Permalink to &quot;请求分账API · \`v3/global/profit-sharing/orders\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>微信订单支付成功后，商户发起分账请求，将结算后的资金分到分账接收方。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/global/profit-sharing/orders</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 跨境∙分账</li><li>适用对象: 直连模式, 机构模式</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td></td><td>The JSON body</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td></td><td>子商户号</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td>yes</td><td>应用ID</td><td></td></tr><tr><td>├ <code>sub_appid</code></td><td>string</td><td></td><td>子商户应用ID</td><td></td></tr><tr><td>├ <code>transaction_id</code></td><td>string</td><td>yes</td><td>微信订单号</td><td></td></tr><tr><td>├ <code>out_order_no</code></td><td>string</td><td>yes</td><td>商户分账单号</td><td></td></tr><tr><td>├ <code>receivers</code></td><td>object[]</td><td></td><td>分账接收方列表</td><td></td></tr><tr><td> ├ <code>currency</code></td><td>string</td><td>yes</td><td>分账币种</td><td><code>CNY</code></td></tr><tr><td> ├ <code>type</code></td><td>string</td><td>yes</td><td>分账接收方类型</td><td><code>MERCHANT_ID</code>, <code>PERSONAL_OPENID</code>, <code>PERSONAL_SUB_OPENID</code></td></tr><tr><td> ├ <code>account</code></td><td>string</td><td>yes</td><td>分账接收方帐号</td><td></td></tr><tr><td> ├ <code>name</code></td><td>string(base64)</td><td></td><td>分账个人接收方姓名</td><td></td></tr><tr><td> ├ <code>authorized</code></td><td>boolean</td><td></td><td>是否已经获取用户实名信息授权</td><td></td></tr><tr><td> ├ <code>amount</code></td><td>integer</td><td>yes</td><td>分账金额</td><td></td></tr><tr><td> └ <code>description</code></td><td>string</td><td>yes</td><td>分账描述</td><td></td></tr><tr><td>└ <code>unfreeze_unsplit</code></td><td>boolean</td><td>yes</td><td>是否解冻剩余未分资金</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/global/profit-sharing/orders&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    sub_mchid: &#39;1900000109&#39;,
    appid: &#39;wx8888888888888888&#39;,
    sub_appid: &#39;wx8888888888888889&#39;,
    transaction_id: &#39;4208450740201411110007820472&#39;,
    out_order_no: &#39;P20150806125346&#39;,
    unfreeze_unsplit: false,
  },
};

// 1. $instance-&gt;v3-&gt;global-&gt;profitSharing-&gt;orders-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.global.profitSharing.orders.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/global/profit-sharing/orders&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/global/profit-sharing/orders&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/global/profit-sharing/orders&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/global/profit-sharing/orders&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;global-&gt;profitSharing-&gt;orders-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.global.profitSharing.orders.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/global/profit-sharing/orders&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/global/profit-sharing/orders&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/global/profit-sharing/orders&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/global/profit-sharing/orders&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>sub_mchid</code></td><td>string</td><td>子商户号</td><td></td></tr><tr><td><code>transaction_id</code></td><td>string</td><td>微信订单号</td><td></td></tr><tr><td><code>out_order_no</code></td><td>string</td><td>商户分账单号</td><td></td></tr><tr><td><code>order_id</code></td><td>string</td><td>微信分账单号</td><td></td></tr><tr><td><code>state</code></td><td>string</td><td>分账单状态</td><td></td></tr><tr><td><code>receivers</code></td><td>object[]</td><td>分账接收方列表</td><td></td></tr><tr><td>├ <code>currency</code></td><td>string</td><td>分账币种</td><td></td></tr><tr><td>├ <code>amount</code></td><td>integer</td><td>分账金额</td><td></td></tr><tr><td>├ <code>description</code></td><td>string</td><td>分账描述</td><td></td></tr><tr><td>├ <code>type</code></td><td>string</td><td>分账接收方类型</td><td><code>MERCHANT_ID</code>, <code>PERSONAL_OPENID</code>, <code>PERSONAL_SUB_OPENID</code></td></tr><tr><td>├ <code>account</code></td><td>string</td><td>分账接收方帐号</td><td></td></tr><tr><td>├ <code>result</code></td><td>string</td><td>分账结果</td><td></td></tr><tr><td>├ <code>fail_reason</code></td><td>string</td><td>分账失败原因</td><td></td></tr><tr><td>├ <code>create_time</code></td><td>string</td><td>分账创建时间</td><td></td></tr><tr><td>├ <code>finish_time</code></td><td>string</td><td>分账完成时间</td><td></td></tr><tr><td>├ <code>detail_id</code></td><td>string</td><td>分账明细单号</td><td></td></tr><tr><td>├ <code>detail_type</code></td><td>string</td><td>分账明细类型</td><td></td></tr><tr><td>├ <code>settlement_currency</code></td><td>string</td><td>出资方结算币种</td><td></td></tr><tr><td>├ <code>settlement_amount</code></td><td>integer</td><td>出资方结算金额</td><td></td></tr><tr><td>└ <code>rate</code></td><td>integer</td><td>汇率值</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter4_1_2.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/global/profit-sharing/orders.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const orders = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  orders as default
};
