import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"发起还款 · v3/credit-repayment/partner/deduct-orders","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/credit-repayment/partner/deduct-orders.md","filePath":"api/v3/credit-repayment/partner/deduct-orders.md"}');
const _sfc_main = { name: "api/v3/credit-repayment/partner/deduct-orders.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="发起还款-·-v3-credit-repayment-partner-deduct-orders" tabindex="-1">发起还款 · <code>v3/credit-repayment/partner/deduct-orders</code> <a class="header-anchor" href="#发起还款-·-v3-credit-repayment-partner-deduct-orders" aria-label="Permalink to &quot;发起还款 · \`v3/credit-repayment/partner/deduct-orders\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>商户在发起还款之前，需要先调用预约还款接口；只有成功预约还款之后才能发起还款</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/credit-repayment/partner/deduct-orders</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 自动还款</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>contract_id</code></td><td>string</td><td>yes</td><td>还款协议ID</td><td></td></tr><tr><td>├ <code>out_trade_no</code></td><td>string</td><td>yes</td><td>商户侧交易单号</td><td></td></tr><tr><td>├ <code>out_record_id</code></td><td>string</td><td>yes</td><td>商户侧预约还款单号</td><td></td></tr><tr><td>├ <code>deduct_amount</code></td><td>string</td><td>yes</td><td>还款金额</td><td></td></tr><tr><td>├ <code>notify_url</code></td><td>string</td><td>yes</td><td>商户回调地址</td><td></td></tr><tr><td>├ <code>description</code></td><td>string</td><td>yes</td><td>产品描述</td><td></td></tr><tr><td>└ <code>attach</code></td><td>string</td><td></td><td>商户数据包</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/credit-repayment/partner/deduct-orders&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    contract_id: &#39;20251105000000123456789&#39;,
    out_trade_no: &#39;1217752501201407033233368018&#39;,
    out_record_id: &#39;1234567abcde&#39;,
    deduct_amount: &#39;10000&#39;,
    notify_url: &#39;wxd678efh567hg6787&#39;,
    description: &#39;信贷还款&#39;,
    attach: &#39;备注&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;creditRepayment-&gt;partner-&gt;deductOrders-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.creditRepayment.partner.deductOrders.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/credit-repayment/partner/deduct-orders&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/credit-repayment/partner/deduct-orders&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/credit-repayment/partner/deduct-orders&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/credit-repayment/partner/deduct-orders&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;creditRepayment-&gt;partner-&gt;deductOrders-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.creditRepayment.partner.deductOrders.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/credit-repayment/partner/deduct-orders&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/credit-repayment/partner/deduct-orders&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/credit-repayment/partner/deduct-orders&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/credit-repayment/partner/deduct-orders&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>out_trade_no</code></td><td>string</td><td>商户侧交易单号</td><td></td></tr><tr><td><code>out_record_id</code></td><td>string</td><td>商户侧预约还款单号</td><td></td></tr><tr><td><code>appid</code></td><td>string</td><td>商户AppID</td><td></td></tr><tr><td><code>sub_appid</code></td><td>string</td><td>子商户AppID</td><td></td></tr><tr><td><code>openid</code></td><td>string</td><td>用户标识</td><td></td></tr><tr><td><code>contract_id</code></td><td>string</td><td>还款协议ID</td><td></td></tr><tr><td><code>order_state</code></td><td>string</td><td>还款单状态</td><td><code>DEDUCT_ORDER_STATE_PENDING</code>, <code>DEDUCT_ORDER_STATE_NOT_PAY</code>, <code>DEDUCT_ORDER_STATE_PAY_SUCCESS</code>, <code>DEDUCT_ORDER_STATE_PAY_FAIL</code></td></tr><tr><td><code>deduct_amount</code></td><td>string</td><td>还款金额</td><td></td></tr><tr><td><code>pay_success_amount</code></td><td>string</td><td>实际还款金额</td><td></td></tr><tr><td><code>description</code></td><td>string</td><td>产品描述</td><td></td></tr><tr><td><code>attach</code></td><td>string</td><td>商户数据包</td><td></td></tr><tr><td><code>transaction_id</code></td><td>string</td><td>微信支付的支付单号</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/credit-repayment/partner/deduct-orders.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const deductOrders = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  deductOrders as default
};
