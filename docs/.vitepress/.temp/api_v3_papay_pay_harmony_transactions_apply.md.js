import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"代扣受理扣款 · v3/papay/pay/harmony/transactions/apply","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/papay/pay/harmony/transactions/apply.md","filePath":"api/v3/papay/pay/harmony/transactions/apply.md"}');
const _sfc_main = { name: "api/v3/papay/pay/harmony/transactions/apply.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="代扣受理扣款-·-v3-papay-pay-harmony-transactions-apply" tabindex="-1">代扣受理扣款 · <code>v3/papay/pay/harmony/transactions/apply</code> <a class="header-anchor" href="#代扣受理扣款-·-v3-papay-pay-harmony-transactions-apply" aria-label="Permalink to &quot;代扣受理扣款 · \`v3/papay/pay/harmony/transactions/apply\`&quot;">​</a></h1><p><a href="./../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>商户调用本接口发起委托代扣扣款。系统受理扣款请求后，异步进行扣款，并通过商户指定的回调地址通知扣费结果。本接口只返回受理结果，若受理成功，后续扣费结果将通过「委托代扣支付结果通知API」通知，商户也可调用「查询订单」接口获取订单状态。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/papay/pay/harmony/transactions/apply</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 委托代扣</li><li>适用对象: 普通商户</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td>yes</td><td>应用ID</td><td></td></tr><tr><td>├ <code>out_trade_no</code></td><td>string</td><td>yes</td><td>商户订单号</td><td></td></tr><tr><td>├ <code>description</code></td><td>string</td><td>yes</td><td>商品描述</td><td></td></tr><tr><td>├ <code>transaction_notify_url</code></td><td>string</td><td>yes</td><td>通知地址</td><td></td></tr><tr><td>├ <code>contract_id</code></td><td>string</td><td>yes</td><td>委托代扣协议ID</td><td></td></tr><tr><td>├ <code>amount</code></td><td>object</td><td>yes</td><td>扣费金额信息</td><td></td></tr><tr><td> ├ <code>total</code></td><td>number</td><td>yes</td><td>金额</td><td></td></tr><tr><td> └ <code>currency</code></td><td>string</td><td></td><td>货币类型</td><td></td></tr><tr><td>├ <code>goods_tag</code></td><td>string</td><td></td><td>订单优惠标记</td><td></td></tr><tr><td>├ <code>attach</code></td><td>string</td><td></td><td>附加数据</td><td></td></tr><tr><td>├ <code>harmony_account_id</code></td><td>string</td><td>yes</td><td>鸿蒙账户id</td><td></td></tr><tr><td>└ <code>mcc</code></td><td>string</td><td></td><td>商户类别码</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/papay/pay/harmony/transactions/apply&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    appid: &#39;wxd678efh567hg6787&#39;,
    out_trade_no: &#39;1217752501201407033233368018&#39;,
    description: &#39;Image形象店-深圳腾大-QQ公仔&#39;,
    transaction_notify_url: &#39;https://www.qq.com/&#39;,
    contract_id: &#39;123124412412423431&#39;,
    amount: { total: 1, currency: &#39;CNY&#39; },
    goods_tag: &#39;DISCOUNTS&#39;,
    attach: &#39;自定义数据&#39;,
    harmony_account_id: &#39;example_harmony_account_id&#39;,
    mcc: &#39;5734&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;papay-&gt;pay-&gt;harmony-&gt;transactions-&gt;apply-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.papay.pay.harmony.transactions.apply.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/papay/pay/harmony/transactions/apply&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/papay/pay/harmony/transactions/apply&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/papay/pay/harmony/transactions/apply&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/papay/pay/harmony/transactions/apply&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;papay-&gt;pay-&gt;harmony-&gt;transactions-&gt;apply-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.papay.pay.harmony.transactions.apply.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/papay/pay/harmony/transactions/apply&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/papay/pay/harmony/transactions/apply&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/papay/pay/harmony/transactions/apply&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/papay/pay/harmony/transactions/apply&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>out_trade_no</code></td><td>string</td><td>商户订单号</td><td></td></tr><tr><td><code>amount</code></td><td>object</td><td>扣费金额信息</td><td></td></tr><tr><td>├ <code>total</code></td><td>number</td><td>金额</td><td></td></tr><tr><td>└ <code>currency</code></td><td>string</td><td>货币类型</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/papay/pay/harmony/transactions/apply.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const apply = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  apply as default
};
