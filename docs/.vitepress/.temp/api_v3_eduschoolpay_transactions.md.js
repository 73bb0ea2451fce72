import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"扣款API · v3/eduschoolpay/transactions","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/eduschoolpay/transactions.md","filePath":"api/v3/eduschoolpay/transactions.md"}');
const _sfc_main = { name: "api/v3/eduschoolpay/transactions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="扣款api-·-v3-eduschoolpay-transactions" tabindex="-1">扣款API · <code>v3/eduschoolpay/transactions</code> <a class="header-anchor" href="#扣款api-·-v3-eduschoolpay-transactions" aria-label="Permalink to &quot;扣款API · \`v3/eduschoolpay/transactions\`&quot;">​</a></h1><p><a href="./../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>使用签约协议号发起扣款，本接口支持两种模式，通过参数模式（payment_mode）进行选择。 同步扣款模式会立即返回扣款结果，异步扣款模式会立即返回受理结果，最终的扣款结果会通过回调的方式通知给商户 两种模式下，若出现超时或未回调时，商户均可调用商户订单号查单接口查询订单扣款结果。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/eduschoolpay/transactions</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 校园轻松付</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td>yes</td><td>商户appid</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td></td><td>子商户号</td><td></td></tr><tr><td>├ <code>sub_appid</code></td><td>string</td><td></td><td>子商户appid</td><td></td></tr><tr><td>├ <code>description</code></td><td>string</td><td>yes</td><td>商品描述</td><td></td></tr><tr><td>├ <code>attach</code></td><td>string</td><td></td><td>商户数据</td><td></td></tr><tr><td>├ <code>out_trade_no</code></td><td>string</td><td>yes</td><td>商户订单号</td><td></td></tr><tr><td>├ <code>goods_tag</code></td><td>string</td><td></td><td>订单优惠标记</td><td></td></tr><tr><td>├ <code>notify_url</code></td><td>string</td><td>yes</td><td>商户接收通知地址</td><td></td></tr><tr><td>├ <code>contract_id</code></td><td>string</td><td>yes</td><td>签约协议号</td><td></td></tr><tr><td>├ <code>user_id</code></td><td>string</td><td>yes</td><td>用户账号</td><td></td></tr><tr><td>├ <code>amount</code></td><td>object</td><td>yes</td><td>订单金额</td><td></td></tr><tr><td> ├ <code>total</code></td><td>integer</td><td>yes</td><td>总金额</td><td></td></tr><tr><td> └ <code>currency</code></td><td>string</td><td>yes</td><td>货币类型</td><td></td></tr><tr><td>├ <code>scene_info</code></td><td>object</td><td>yes</td><td>场景信息</td><td></td></tr><tr><td> ├ <code>start_time</code></td><td>string</td><td>yes</td><td>消费时间</td><td></td></tr><tr><td> ├ <code>school_id</code></td><td>string</td><td>yes</td><td>学校编号</td><td></td></tr><tr><td> └ <code>scene_type</code></td><td>string</td><td>yes</td><td>消费场景类型</td><td></td></tr><tr><td>├ <code>device_info</code></td><td>object</td><td>yes</td><td>设备信息</td><td></td></tr><tr><td> ├ <code>device_id</code></td><td>string</td><td></td><td>设备号</td><td></td></tr><tr><td> └ <code>device_ip</code></td><td>string</td><td>yes</td><td>商户端设备ip</td><td></td></tr><tr><td>├ <code>settle_info</code></td><td>object</td><td></td><td>分账结算信息</td><td></td></tr><tr><td> └ <code>profit_sharing</code></td><td>boolean</td><td></td><td>是否指定分账</td><td></td></tr><tr><td>└ <code>payment_mode</code></td><td>string</td><td></td><td>扣款模式</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/eduschoolpay/transactions&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    appid: &#39;wx8888888888888888&#39;,
    sub_mchid: &#39;1900000109&#39;,
    sub_appid: &#39;wx8888888888888888&#39;,
    description: &#39;中山大学-第二食堂-海鲜炒饭&#39;,
    attach: &#39;自定义数据&#39;,
    out_trade_no: &#39;121775250124070332&#39;,
    goods_tag: &#39;test&#39;,
    notify_url: &#39;https://www.weixin.qq.com/wxpay/pay&#39;,
    contract_id: &#39;2045011120563805041758214605&#39;,
    user_id: &#39;20200330tony&#39;,
    amount: { total: 888, currency: &#39;CNY&#39; },
    scene_info: {
      start_time: &#39;2017-08-26T09:43:39+08:00&#39;,
      school_id: &#39;18260256813396&#39;,
      scene_type: &#39;CANTEEN&#39;,
    },
    device_info: { device_id: &#39;12343232&#39;, device_ip: &#39;123.12.12.123&#39; },
    payment_mode: &#39;SYNC&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;eduschoolpay-&gt;transactions-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.eduschoolpay.transactions.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/eduschoolpay/transactions&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/eduschoolpay/transactions&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/eduschoolpay/transactions&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/eduschoolpay/transactions&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;eduschoolpay-&gt;transactions-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.eduschoolpay.transactions.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/eduschoolpay/transactions&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/eduschoolpay/transactions&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/eduschoolpay/transactions&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/eduschoolpay/transactions&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>mchid</code></td><td>string</td><td>商户号</td><td></td></tr><tr><td><code>appid</code></td><td>string</td><td>商户AppID</td><td></td></tr><tr><td><code>sub_mchid</code></td><td>string</td><td>子商户号</td><td></td></tr><tr><td><code>sub_appid</code></td><td>string</td><td>子商户AppID</td><td></td></tr><tr><td><code>out_trade_no</code></td><td>string</td><td>商户订单号</td><td></td></tr><tr><td><code>transaction_id</code></td><td>string</td><td>微信支付订单号</td><td></td></tr><tr><td><code>trade_type</code></td><td>string</td><td>交易类型</td><td></td></tr><tr><td><code>trade_state</code></td><td>string</td><td>交易状态</td><td></td></tr><tr><td><code>trade_state_desc</code></td><td>string</td><td>交易状态描述</td><td></td></tr><tr><td><code>bank_type</code></td><td>string</td><td>付款银行</td><td></td></tr><tr><td><code>attach</code></td><td>string</td><td>商户数据</td><td></td></tr><tr><td><code>success_time</code></td><td>string</td><td>支付完成时间</td><td></td></tr><tr><td><code>payer</code></td><td>object</td><td>支付者</td><td></td></tr><tr><td>├ <code>openid</code></td><td>string</td><td>商户AppID下的用户标识</td><td></td></tr><tr><td>└ <code>sub_openid</code></td><td>string</td><td>子商户AppID下的用户标识</td><td></td></tr><tr><td><code>amount</code></td><td>object</td><td>订单金额</td><td></td></tr><tr><td>├ <code>total</code></td><td>number</td><td>订单金额</td><td></td></tr><tr><td>├ <code>payer_total</code></td><td>number</td><td>用户支付金额</td><td></td></tr><tr><td>├ <code>discount_total</code></td><td>number</td><td>折扣</td><td></td></tr><tr><td>└ <code>currency</code></td><td>string</td><td>货币类型</td><td></td></tr><tr><td><code>device_info</code></td><td>object</td><td>设备信息</td><td></td></tr><tr><td>├ <code>device_id</code></td><td>string</td><td>设备号</td><td></td></tr><tr><td>└ <code>device_ip</code></td><td>string</td><td>商户端设备IP</td><td></td></tr><tr><td><code>promotion_detail</code></td><td>object[]</td><td>优惠详情</td><td></td></tr><tr><td>├ <code>coupon_id</code></td><td>string</td><td>券ID</td><td></td></tr><tr><td>├ <code>name</code></td><td>string</td><td>优惠名称</td><td></td></tr><tr><td>├ <code>scope</code></td><td>string</td><td>优惠范围</td><td></td></tr><tr><td>├ <code>type</code></td><td>string</td><td>优惠类型</td><td></td></tr><tr><td>├ <code>amount</code></td><td>number</td><td>优惠券面额</td><td></td></tr><tr><td>├ <code>stock_id</code></td><td>string</td><td>活动ID</td><td></td></tr><tr><td>├ <code>wechatpay_contribute</code></td><td>number</td><td>微信出资</td><td></td></tr><tr><td>├ <code>merchant_contribute</code></td><td>number</td><td>商户出资</td><td></td></tr><tr><td>└ <code>other_contribute</code></td><td>number</td><td>其他出资</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/edu/eduschoolpay/chapter4_1.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/eduschoolpay/transactions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const transactions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  transactions as default
};
