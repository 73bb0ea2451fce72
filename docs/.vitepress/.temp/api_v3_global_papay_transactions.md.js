import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"支付扣款API · v3/global/papay/transactions","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/global/papay/transactions.md","filePath":"api/v3/global/papay/transactions.md"}');
const _sfc_main = { name: "api/v3/global/papay/transactions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="支付扣款api-·-v3-global-papay-transactions" tabindex="-1">支付扣款API · <code>v3/global/papay/transactions</code> <a class="header-anchor" href="#支付扣款api-·-v3-global-papay-transactions" aria-label="Permalink to &quot;支付扣款API · \`v3/global/papay/transactions\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>可应用于定期扣款或需事后扣款以期提高效率的场景。例如：水电煤缴费、话费、充电宝租借等场景。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/global/papay/transactions</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 跨境∙代扣</li><li>适用对象: 直连模式, 机构模式</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td></td><td>机构APPID</td><td></td></tr><tr><td>├ <code>sp_appid</code></td><td>string</td><td></td><td>机构appid</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td></td><td>子商户号</td><td></td></tr><tr><td>├ <code>sub_appid</code></td><td>string</td><td></td><td>子商户应用ID</td><td></td></tr><tr><td>├ <code>description</code></td><td>string</td><td>yes</td><td>商品描述</td><td></td></tr><tr><td>├ <code>attach</code></td><td>string</td><td></td><td>商户数据</td><td></td></tr><tr><td>├ <code>notify_url</code></td><td>string</td><td>yes</td><td>通知地址</td><td></td></tr><tr><td>├ <code>out_trade_no</code></td><td>string</td><td>yes</td><td>商户订单号</td><td></td></tr><tr><td>├ <code>goods_tag</code></td><td>string</td><td></td><td>商品标记</td><td></td></tr><tr><td>├ <code>merchant_category_code</code></td><td>string</td><td>yes</td><td>MCC码</td><td></td></tr><tr><td>├ <code>contract_id</code></td><td>string</td><td>yes</td><td>委托代扣协议ID</td><td></td></tr><tr><td>├ <code>amount</code></td><td>object</td><td>yes</td><td>订单金额</td><td></td></tr><tr><td> ├ <code>total</code></td><td>integer</td><td>yes</td><td>总金额</td><td></td></tr><tr><td> └ <code>currency</code></td><td>string</td><td></td><td>货币类型</td><td></td></tr><tr><td>└ <code>scene_info</code></td><td>object</td><td></td><td>场景信息</td><td></td></tr><tr><td> ├ <code>device_id</code></td><td>string</td><td></td><td>商户端设备号</td><td></td></tr><tr><td> └ <code>device_ip</code></td><td>string</td><td></td><td>商户端设备IP</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/global/papay/transactions&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    appid: &#39;wxd678efh567hg6787&#39;,
    sp_appid: &#39;wx8888888888888888&#39;,
    sub_mchid: &#39;1230000109&#39;,
    sub_appid: &#39;wxcbda96de0b165484&#39;,
    description: &#39;image形象店-深圳腾大- QQ公仔&#39;,
    attach: &#39;自定义数据&#39;,
    notify_url: &#39;https://www.weixin.qq.com/wxpay/pay.php&#39;,
    out_trade_no: &#39;1217752501201407033233368018&#39;,
    goods_tag: &#39;WXG&#39;,
    merchant_category_code: &#39;1011&#39;,
    contract_id: &#39;100005698&#39;,
    amount: { total: 888, currency: &#39;HKD&#39; },
  },
};

// 1. $instance-&gt;v3-&gt;global-&gt;papay-&gt;transactions-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.global.papay.transactions.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/global/papay/transactions&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/global/papay/transactions&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/global/papay/transactions&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/global/papay/transactions&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;global-&gt;papay-&gt;transactions-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.global.papay.transactions.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/global/papay/transactions&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/global/papay/transactions&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/global/papay/transactions&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/global/papay/transactions&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>mchid</code></td><td>string</td><td>商户号</td><td></td></tr><tr><td><code>appid</code></td><td>string</td><td>APPID</td><td></td></tr><tr><td><code>sp_mchid</code></td><td>string</td><td>机构商户号</td><td></td></tr><tr><td><code>sub_mchid</code></td><td>string</td><td>子商户号</td><td></td></tr><tr><td><code>sp_appid</code></td><td>string</td><td>机构APPID</td><td></td></tr><tr><td><code>sub_appid</code></td><td>string</td><td>子商户APPID</td><td></td></tr><tr><td><code>out_trade_no</code></td><td>string</td><td>商户订单号</td><td></td></tr><tr><td><code>transaction_id</code></td><td>string</td><td>微信支付订单号</td><td></td></tr><tr><td><code>attach</code></td><td>string</td><td>商户数据</td><td></td></tr><tr><td><code>trade_type</code></td><td>string</td><td>交易类型</td><td><code>AUTH</code></td></tr><tr><td><code>bank_type</code></td><td>string</td><td>付款银行</td><td></td></tr><tr><td><code>success_time</code></td><td>string(rfc3339)</td><td>支付完成时间</td><td></td></tr><tr><td><code>trade_state</code></td><td>string</td><td>交易状态</td><td><code>SUCCESS</code>, <code>REFUND</code>, <code>NOTPAY</code>, <code>CLOSED</code>, <code>PAYERROR</code>, <code>USERPAYING</code></td></tr><tr><td><code>trade_state_desc</code></td><td>string</td><td>交易状态描述</td><td></td></tr><tr><td><code>payer</code></td><td>object</td><td>支付者</td><td></td></tr><tr><td>├ <code>openid</code></td><td>string</td><td>用户标识</td><td></td></tr><tr><td>├ <code>sp_openid</code></td><td>string</td><td>机构用户标识</td><td></td></tr><tr><td>└ <code>sub_openid</code></td><td>string</td><td>子商户用户标识</td><td></td></tr><tr><td><code>amount</code></td><td>object</td><td>订单金额</td><td></td></tr><tr><td>├ <code>total</code></td><td>integer</td><td>订单金额</td><td></td></tr><tr><td>├ <code>payer_total</code></td><td>integer</td><td>用户支付金额</td><td></td></tr><tr><td>├ <code>currency</code></td><td>string</td><td>订单标价币种</td><td></td></tr><tr><td>├ <code>payer_currency</code></td><td>string</td><td>用户支付币种</td><td></td></tr><tr><td>└ <code>exchange_rate</code></td><td>object</td><td>汇率信息</td><td></td></tr><tr><td> ├ <code>type</code></td><td>string</td><td>汇率类型</td><td><code>SETTLEMENT_RATE</code>, <code>USERPAYMENT_RATE</code></td></tr><tr><td> └ <code>rate</code></td><td>integer</td><td>汇率值</td><td></td></tr><tr><td><code>promotion_detail</code></td><td>object[]</td><td>优惠功能</td><td></td></tr><tr><td>├ <code>promotion_id</code></td><td>string</td><td>券ID</td><td></td></tr><tr><td>├ <code>name</code></td><td>string</td><td>优惠名称</td><td></td></tr><tr><td>├ <code>scope</code></td><td>string</td><td>优惠范围</td><td><code>GLOBAL</code>, <code>SINGLE</code></td></tr><tr><td>├ <code>type</code></td><td>string</td><td>优惠类型</td><td><code>COUPON</code>, <code>DISCOUNT</code></td></tr><tr><td>├ <code>amount</code></td><td>integer</td><td>优惠券面额</td><td></td></tr><tr><td>├ <code>currency</code></td><td>string</td><td>优惠币种</td><td></td></tr><tr><td>├ <code>activity_id</code></td><td>string</td><td>活动ID</td><td></td></tr><tr><td>├ <code>wxpay_contribute_amount</code></td><td>integer</td><td>微信出资</td><td></td></tr><tr><td>├ <code>merchant_contribute_amount</code></td><td>integer</td><td>商户出资</td><td></td></tr><tr><td>├ <code>other_contribute_amount</code></td><td>integer</td><td>其他出资</td><td></td></tr><tr><td>└ <code>goods_detail</code></td><td>object[]</td><td>单品列表</td><td></td></tr><tr><td> ├ <code>goods_id</code></td><td>string</td><td>商品编码</td><td></td></tr><tr><td> ├ <code>goods_remark</code></td><td>string</td><td>商品备注</td><td></td></tr><tr><td> ├ <code>discount_amount</code></td><td>integer</td><td>商品优惠金额</td><td></td></tr><tr><td> ├ <code>quantity</code></td><td>integer</td><td>商品数量</td><td></td></tr><tr><td> └ <code>price</code></td><td>integer</td><td>商品价格</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter5_1_6.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/global/papay/transactions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const transactions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  transactions as default
};
