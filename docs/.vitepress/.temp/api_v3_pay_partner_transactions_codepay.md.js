import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"付款码支付 · v3/pay/partner/transactions/codepay","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/pay/partner/transactions/codepay.md","filePath":"api/v3/pay/partner/transactions/codepay.md"}');
const _sfc_main = { name: "api/v3/pay/partner/transactions/codepay.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="付款码支付-·-v3-pay-partner-transactions-codepay" tabindex="-1">付款码支付 · <code>v3/pay/partner/transactions/codepay</code> <a class="header-anchor" href="#付款码支付-·-v3-pay-partner-transactions-codepay" aria-label="Permalink to &quot;付款码支付 · \`v3/pay/partner/transactions/codepay\`&quot;">​</a></h1><p><a href="./../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>收银员使用扫码设备读取微信用户付款码以后，二维码或条码信息会传送至商户收银台，由商户收银台或者商户后台调用该接口发起支付。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/pay/partner/transactions/codepay</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 基础支付∙服务商模式</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>sp_appid</code></td><td>string</td><td></td><td>合作伙伴应用AppID</td><td></td></tr><tr><td>├ <code>sp_mchid</code></td><td>string</td><td>yes</td><td>合作伙伴商户号</td><td></td></tr><tr><td>├ <code>sub_appid</code></td><td>string</td><td></td><td>特约商户应用AppID</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td>yes</td><td>特约商户商户号</td><td></td></tr><tr><td>├ <code>description</code></td><td>string</td><td>yes</td><td>商品描述</td><td></td></tr><tr><td>├ <code>out_trade_no</code></td><td>string</td><td>yes</td><td>商户订单号</td><td></td></tr><tr><td>├ <code>attach</code></td><td>string</td><td></td><td>附加数据</td><td></td></tr><tr><td>├ <code>goods_tag</code></td><td>string</td><td></td><td>订单优惠标记</td><td></td></tr><tr><td>├ <code>support_fapiao</code></td><td>boolean</td><td></td><td>电子发票入口开放标识</td><td></td></tr><tr><td>├ <code>payer</code></td><td>object</td><td>yes</td><td>支付者</td><td></td></tr><tr><td> └ <code>auth_code</code></td><td>string</td><td>yes</td><td>授权码</td><td></td></tr><tr><td>├ <code>amount</code></td><td>object</td><td>yes</td><td>订单金额</td><td></td></tr><tr><td> ├ <code>total</code></td><td>number</td><td>yes</td><td>总金额</td><td></td></tr><tr><td> └ <code>currency</code></td><td>string</td><td></td><td>货币类型</td><td></td></tr><tr><td>├ <code>scene_info</code></td><td>object</td><td>yes</td><td>场景信息</td><td></td></tr><tr><td> ├ <code>device_id</code></td><td>string</td><td></td><td>商户端设备号</td><td></td></tr><tr><td> ├ <code>device_ip</code></td><td>string</td><td></td><td>商户端设备 IP</td><td></td></tr><tr><td> └ <code>store_info</code></td><td>object</td><td>yes</td><td>商户门店信息</td><td></td></tr><tr><td>  ├ <code>id</code></td><td>string</td><td></td><td>门店编号</td><td></td></tr><tr><td>  └ <code>out_id</code></td><td>string</td><td></td><td>商家自定义编码</td><td></td></tr><tr><td>├ <code>detail</code></td><td>object</td><td></td><td>优惠功能</td><td></td></tr><tr><td> ├ <code>cost_price</code></td><td>number</td><td></td><td>订单原价</td><td></td></tr><tr><td> ├ <code>invoice_id</code></td><td>string</td><td></td><td>商品小票ID</td><td></td></tr><tr><td> └ <code>goods_detail</code></td><td>object[]</td><td>yes</td><td>单品列表</td><td></td></tr><tr><td>  ├ <code>merchant_goods_id</code></td><td>string</td><td>yes</td><td>商品编码</td><td></td></tr><tr><td>  ├ <code>wxpay_goods_id</code></td><td>string</td><td></td><td>微信支付商品编码</td><td></td></tr><tr><td>  ├ <code>goods_name</code></td><td>string</td><td></td><td>商品名称</td><td></td></tr><tr><td>  ├ <code>quantity</code></td><td>number</td><td>yes</td><td>商品数量</td><td></td></tr><tr><td>  └ <code>unit_price</code></td><td>number</td><td>yes</td><td>商品单价</td><td></td></tr><tr><td>└ <code>settle_info</code></td><td>object</td><td></td><td>结算信息</td><td></td></tr><tr><td> └ <code>profit_sharing</code></td><td>boolean</td><td></td><td>是否指定分账</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/pay/partner/transactions/codepay&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    sp_appid: &#39;wxd678efh567hg6787&#39;,
    sp_mchid: &#39;1230000109&#39;,
    sub_appid: &#39;wxd678efh567hg6787&#39;,
    sub_mchid: &#39;1230000109&#39;,
    description: &#39;Image形象店-深圳腾大-QQ公仔&#39;,
    out_trade_no: &#39;1217752501201407033233368018&#39;,
    attach: &#39;自定义数据说明&#39;,
    goods_tag: &#39;WXG&#39;,
    support_fapiao: false,
    payer: { auth_code: &#39;130061098828009406&#39; },
    amount: { total: 100, currency: &#39;CNY&#39; },
    scene_info: {
      device_id: &#39;013467007045764&#39;,
      device_ip: &#39;128.0.0.1&#39;,
      store_info: { id: &#39;0001&#39;, out_id: &#39;A1111&#39; },
    },
  },
};

// 1. $instance-&gt;v3-&gt;pay-&gt;partner-&gt;transactions-&gt;codepay-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.pay.partner.transactions.codepay.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/pay/partner/transactions/codepay&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/pay/partner/transactions/codepay&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/pay/partner/transactions/codepay&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/pay/partner/transactions/codepay&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;pay-&gt;partner-&gt;transactions-&gt;codepay-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.pay.partner.transactions.codepay.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/pay/partner/transactions/codepay&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/pay/partner/transactions/codepay&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/pay/partner/transactions/codepay&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/pay/partner/transactions/codepay&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>sp_appid</code></td><td>string</td><td>合作伙伴应用AppID</td><td></td></tr><tr><td><code>sp_mchid</code></td><td>string</td><td>合作伙伴商户号</td><td></td></tr><tr><td><code>sub_appid</code></td><td>string</td><td>特约商户应用AppID</td><td></td></tr><tr><td><code>sub_mchid</code></td><td>string</td><td>特约商户商户号</td><td></td></tr><tr><td><code>out_trade_no</code></td><td>string</td><td>商户订单号</td><td></td></tr><tr><td><code>transaction_id</code></td><td>string</td><td>微信支付订单号</td><td></td></tr><tr><td><code>trade_type</code></td><td>string</td><td>交易类型</td><td></td></tr><tr><td><code>bank_type</code></td><td>string</td><td>银行类型</td><td></td></tr><tr><td><code>success_time</code></td><td>string</td><td>支付完成时间</td><td></td></tr><tr><td><code>trade_state</code></td><td>string</td><td>交易状态</td><td></td></tr><tr><td><code>trade_state_desc</code></td><td>string</td><td>交易状态描述</td><td></td></tr><tr><td><code>attach</code></td><td>string</td><td>附加数据</td><td></td></tr><tr><td><code>payer</code></td><td>object</td><td>支付者</td><td></td></tr><tr><td>├ <code>sp_openid</code></td><td>string</td><td>合作伙伴用户标识</td><td></td></tr><tr><td>└ <code>sub_openid</code></td><td>string</td><td>特约商户用户标识</td><td></td></tr><tr><td><code>amount</code></td><td>object</td><td>订单金额</td><td></td></tr><tr><td>├ <code>total</code></td><td>number</td><td>订单金额</td><td></td></tr><tr><td>├ <code>payer_total</code></td><td>number</td><td>用户支付金额</td><td></td></tr><tr><td>├ <code>currency</code></td><td>string</td><td>订单金额货币类型</td><td></td></tr><tr><td>└ <code>payer_currency</code></td><td>string</td><td>用户支付货币类型</td><td></td></tr><tr><td><code>promotion_detail</code></td><td>object[]</td><td>优惠信息</td><td></td></tr><tr><td>├ <code>coupon_id</code></td><td>string</td><td>券ID</td><td></td></tr><tr><td>├ <code>name</code></td><td>string</td><td>优惠名称</td><td></td></tr><tr><td>├ <code>scope</code></td><td>string</td><td>优惠范围</td><td></td></tr><tr><td>├ <code>type</code></td><td>string</td><td>优惠类型</td><td></td></tr><tr><td>├ <code>amount</code></td><td>number</td><td>优惠券面额</td><td></td></tr><tr><td>├ <code>stock_id</code></td><td>string</td><td>活动ID</td><td></td></tr><tr><td>├ <code>wechatpay_contribute</code></td><td>number</td><td>微信出资</td><td></td></tr><tr><td>├ <code>merchant_contribute</code></td><td>number</td><td>商户出资</td><td></td></tr><tr><td>├ <code>other_contribute</code></td><td>number</td><td>其他出资</td><td></td></tr><tr><td>├ <code>currency</code></td><td>string</td><td>优惠货币类型</td><td></td></tr><tr><td>└ <code>goods_detail</code></td><td>object[]</td><td>单品列表</td><td></td></tr><tr><td> ├ <code>goods_id</code></td><td>string</td><td>商品编码</td><td></td></tr><tr><td> ├ <code>quantity</code></td><td>number</td><td>商品数量</td><td></td></tr><tr><td> ├ <code>unit_price</code></td><td>number</td><td>商品单价</td><td></td></tr><tr><td> ├ <code>discount_amount</code></td><td>number</td><td>商品优惠金额</td><td></td></tr><tr><td> └ <code>goods_remark</code></td><td>string</td><td>商品备注</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/docs/partner/apis/partner-code-payment-v3/partner/partner-code-pay.html" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/pay/partner/transactions/codepay.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const codepay = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  codepay as default
};
