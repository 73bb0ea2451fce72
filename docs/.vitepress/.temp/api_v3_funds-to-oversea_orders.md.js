import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"申请资金出境API · v3/funds-to-oversea/orders","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/funds-to-oversea/orders.md","filePath":"api/v3/funds-to-oversea/orders.md"}');
const _sfc_main = { name: "api/v3/funds-to-oversea/orders.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="申请资金出境api-·-v3-funds-to-oversea-orders" tabindex="-1">申请资金出境API · <code>v3/funds-to-oversea/orders</code> <a class="header-anchor" href="#申请资金出境api-·-v3-funds-to-oversea-orders" aria-label="Permalink to &quot;申请资金出境API · \`v3/funds-to-oversea/orders\`&quot;">​</a></h1><p><a href="./../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>商户发起资金出境请求，需要传微信支付单号，商户出境单号，出境金额等信息成功，接口请求成功仅代表受理，如需知晓业务执行情况请通过查询接口获取。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/funds-to-oversea/orders</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 收付通∙跨境</li><li>适用对象: 电商平台</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>out_order_id</code></td><td>string</td><td>yes</td><td>商户出境单号</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td>yes</td><td>二级商户号</td><td></td></tr><tr><td>├ <code>transaction_id</code></td><td>string</td><td>yes</td><td>微信订单号</td><td></td></tr><tr><td>├ <code>amount</code></td><td>integer</td><td>yes</td><td>出境金额</td><td></td></tr><tr><td>├ <code>foreign_currency</code></td><td>string</td><td>yes</td><td>境外收款币种</td><td></td></tr><tr><td>├ <code>goods_info</code></td><td>object[]</td><td></td><td>商品信息</td><td></td></tr><tr><td> ├ <code>goods_name</code></td><td>string</td><td>yes</td><td>商品名称</td><td></td></tr><tr><td> ├ <code>goods_category</code></td><td>string</td><td>yes</td><td>商品类目</td><td></td></tr><tr><td> ├ <code>goods_unit_price</code></td><td>integer</td><td>yes</td><td>商品单价</td><td></td></tr><tr><td> └ <code>goods_quantity</code></td><td>integer</td><td>yes</td><td>商品数量</td><td></td></tr><tr><td>├ <code>seller_info</code></td><td>object</td><td>yes</td><td>卖家信息</td><td></td></tr><tr><td> ├ <code>oversea_business_name</code></td><td>string</td><td>yes</td><td>境外卖家经营主体名称</td><td></td></tr><tr><td> ├ <code>oversea_shop_name</code></td><td>string</td><td>yes</td><td>境外卖家店铺名称</td><td></td></tr><tr><td> └ <code>seller_id</code></td><td>string</td><td>yes</td><td>卖家ID</td><td></td></tr><tr><td>├ <code>express_info</code></td><td>object</td><td>yes</td><td>物流信息</td><td></td></tr><tr><td> ├ <code>courier_number</code></td><td>string</td><td>yes</td><td>物流单号</td><td></td></tr><tr><td> └ <code>express_company_name</code></td><td>string</td><td>yes</td><td>物流商名称</td><td></td></tr><tr><td>├ <code>payee_info</code></td><td>object</td><td>yes</td><td>收款人信息</td><td></td></tr><tr><td> └ <code>payee_id</code></td><td>string</td><td>yes</td><td>收款人识别号</td><td></td></tr><tr><td>└ <code>presale_info</code></td><td>object</td><td></td><td>预售信息</td><td></td></tr><tr><td> ├ <code>type</code></td><td>string</td><td>yes</td><td>订单类型</td><td><code>DEPOSIT</code>, <code>BALANCE</code></td></tr><tr><td> ├ <code>total_amount</code></td><td>integer</td><td>yes</td><td>预售订单总金额</td><td></td></tr><tr><td> ├ <code>deposit_transaction_id</code></td><td>string</td><td></td><td>关联定金订单号</td><td></td></tr><tr><td> └ <code>balance_transaction_id</code></td><td>string</td><td></td><td>关联尾款订单号</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/funds-to-oversea/orders&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    out_order_id: &#39;merchant_1123123&#39;,
    sub_mchid: &#39;123456&#39;,
    transaction_id: &#39;420000000000000010&#39;,
    amount: 10,
    foreign_currency: &#39;USD&#39;,
    seller_info: {
      oversea_business_name: &#39;香港xxxx公司&#39;,
      oversea_shop_name: &#39;香港xxx公司xxx店铺&#39;,
      seller_id: &#39;id2123123123&#39;,
    },
    express_info: { courier_number: &#39;curier_number_1231&#39;, express_company_name: &#39;国际xxx物流&#39; },
    payee_info: { payee_id: &#39;ID123112312&#39; },
  },
};

// 1. $instance-&gt;v3-&gt;fundsToOversea-&gt;orders-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.fundsToOversea.orders.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/funds-to-oversea/orders&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/funds-to-oversea/orders&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/funds-to-oversea/orders&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/funds-to-oversea/orders&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;fundsToOversea-&gt;orders-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.fundsToOversea.orders.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/funds-to-oversea/orders&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/funds-to-oversea/orders&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/funds-to-oversea/orders&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/funds-to-oversea/orders&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>out_order_id</code></td><td>string</td><td>商户出境单号</td><td></td></tr><tr><td><code>sub_mchid</code></td><td>string</td><td>二级商户号</td><td></td></tr><tr><td><code>order_id</code></td><td>string</td><td>微信出境单号</td><td></td></tr><tr><td><code>result</code></td><td>string</td><td>出境结果</td><td></td></tr><tr><td><code>fail_reason</code></td><td>string</td><td>出境失败的原因</td><td></td></tr><tr><td><code>amount</code></td><td>integer</td><td>请求出境人民币金额</td><td></td></tr><tr><td><code>foreign_amount</code></td><td>integer</td><td>真实出境外币金额</td><td></td></tr><tr><td><code>foreign_currency</code></td><td>string</td><td>外币币种</td><td></td></tr><tr><td><code>rate</code></td><td>integer</td><td>汇率</td><td></td></tr><tr><td><code>exchange_rate_time</code></td><td>string</td><td>购汇时间</td><td></td></tr><tr><td><code>estimate_exchange_rate_time</code></td><td>string</td><td>预计购汇时间</td><td></td></tr><tr><td><code>departure_amount</code></td><td>integer</td><td>真实出境人民币金额</td><td></td></tr><tr><td><code>fee</code></td><td>integer</td><td>手续费人民币金额</td><td></td></tr><tr><td><code>charge_mchid</code></td><td>string</td><td>手续费承担商户号</td><td></td></tr><tr><td><code>charge_account_type</code></td><td>string</td><td>手续费承担账户</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter7_10_2.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/funds-to-oversea/orders.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const orders = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  orders as default
};
