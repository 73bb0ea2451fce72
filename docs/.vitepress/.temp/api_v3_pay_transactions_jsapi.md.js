import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"JSAPI下单API · v3/pay/transactions/jsapi","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/pay/transactions/jsapi.md","filePath":"api/v3/pay/transactions/jsapi.md"}');
const _sfc_main = { name: "api/v3/pay/transactions/jsapi.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="jsapi下单api-·-v3-pay-transactions-jsapi" tabindex="-1">JSAPI下单API · <code>v3/pay/transactions/jsapi</code> <a class="header-anchor" href="#jsapi下单api-·-v3-pay-transactions-jsapi" aria-label="Permalink to &quot;JSAPI下单API · \`v3/pay/transactions/jsapi\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>除付款码支付场景以外，商户系统先调用该接口在微信支付服务后台生成预支付交易单，返回正确的预支付交易会话标识后再按Native、JSAPI、APP等不同场景生成交易串调起支付。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/pay/transactions/jsapi</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 基础支付</li><li>适用对象: 直连商户, 特约商户（直连模式）</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td>yes</td><td>公众号ID</td><td></td></tr><tr><td>├ <code>mchid</code></td><td>string</td><td>yes</td><td>直连商户号</td><td></td></tr><tr><td>├ <code>description</code></td><td>string</td><td>yes</td><td>商品描述</td><td></td></tr><tr><td>├ <code>attach</code></td><td>string</td><td></td><td>附加数据</td><td></td></tr><tr><td>├ <code>out_trade_no</code></td><td>string</td><td>yes</td><td>商户订单号</td><td></td></tr><tr><td>├ <code>amount</code></td><td>object</td><td>yes</td><td>订单金额</td><td></td></tr><tr><td> ├ <code>total</code></td><td>integer</td><td>yes</td><td>总金额</td><td></td></tr><tr><td> └ <code>currency</code></td><td>string</td><td></td><td>货币类型</td><td></td></tr><tr><td>├ <code>time_expire</code></td><td>string(rfc3339)</td><td></td><td>交易结束时间</td><td></td></tr><tr><td>├ <code>notify_url</code></td><td>string</td><td>yes</td><td>通知地址</td><td></td></tr><tr><td>├ <code>goods_tag</code></td><td>string</td><td></td><td>订单优惠标记</td><td></td></tr><tr><td>├ <code>limit_pay</code></td><td>string[]</td><td></td><td>指定支付方式</td><td></td></tr><tr><td>├ <code>support_fapiao</code></td><td>boolean</td><td></td><td>电子发票入口开放标识</td><td></td></tr><tr><td>├ <code>detail</code></td><td>object</td><td></td><td>优惠功能</td><td></td></tr><tr><td> ├ <code>cost_price</code></td><td>integer</td><td></td><td>订单原价</td><td></td></tr><tr><td> ├ <code>invoice_id</code></td><td>string</td><td></td><td>商品小票ID</td><td></td></tr><tr><td> └ <code>goods_detail</code></td><td>object[]</td><td></td><td>单品列表</td><td></td></tr><tr><td>  ├ <code>merchant_goods_id</code></td><td>string</td><td>yes</td><td>商户侧商品编码</td><td></td></tr><tr><td>  ├ <code>wechatpay_goods_id</code></td><td>string</td><td></td><td>微信侧商品编码</td><td></td></tr><tr><td>  ├ <code>goods_name</code></td><td>string</td><td></td><td>商品名称</td><td></td></tr><tr><td>  ├ <code>quantity</code></td><td>integer</td><td>yes</td><td>商品数量</td><td></td></tr><tr><td>  └ <code>unit_price</code></td><td>integer</td><td>yes</td><td>商品单价</td><td></td></tr><tr><td>├ <code>scene_info</code></td><td>object</td><td></td><td>场景信息</td><td></td></tr><tr><td> ├ <code>payer_client_ip</code></td><td>string</td><td></td><td>用户终端IP</td><td></td></tr><tr><td> ├ <code>device_id</code></td><td>string</td><td></td><td>商户端设备号</td><td></td></tr><tr><td> └ <code>store_info</code></td><td>object</td><td></td><td>商户门店信息</td><td></td></tr><tr><td>  ├ <code>id</code></td><td>string</td><td></td><td>门店编号</td><td></td></tr><tr><td>  ├ <code>name</code></td><td>string</td><td>yes</td><td>门店名称</td><td></td></tr><tr><td>  ├ <code>area_code</code></td><td>string</td><td>yes</td><td>地区编码</td><td></td></tr><tr><td>  └ <code>address</code></td><td>string</td><td>yes</td><td>详细地址</td><td></td></tr><tr><td>├ <code>payer</code></td><td>object</td><td>yes</td><td></td><td></td></tr><tr><td> ├ <code>openid</code></td><td>string</td><td>yes</td><td>用户标识</td><td></td></tr><tr><td> └ <code>identity</code></td><td>object</td><td></td><td>实名支付(需单独申请权限)</td><td></td></tr><tr><td>  ├ <code>type</code></td><td>string</td><td>yes</td><td>证件类型</td><td><code>IDCARD</code>, <code>HONGKONG_MACAO</code>, <code>HONGKONG_MACAO_RESIDENT</code>, <code>TAIWAN_RESIDENT</code>, <code>FOREIGN_RESIDENT</code>, <code>OVERSEA_PASSPORT</code>, <code>PHONE_NUMBER</code></td></tr><tr><td>  ├ <code>number</code></td><td>string(base64)</td><td>yes</td><td>加密后的证件号</td><td></td></tr><tr><td>  └ <code>name</code></td><td>string(base64)</td><td>yes</td><td>加密后的姓名</td><td></td></tr><tr><td>├ <code>settle_info</code></td><td>object</td><td></td><td>结算信息</td><td></td></tr><tr><td> └ <code>profit_sharing</code></td><td>boolean</td><td></td><td>是否指定分账</td><td></td></tr><tr><td>└ <code>subsidy_info</code></td><td>object</td><td></td><td>贴息信息(微信分付)</td><td></td></tr><tr><td> └ <code>subsidy_detail</code></td><td>object[]</td><td></td><td>贴息详情列表</td><td></td></tr><tr><td>  ├ <code>subsidy_period_type</code></td><td>string</td><td>yes</td><td>贴息方案类型</td><td><code>DAILY</code>, <code>PERIOD</code></td></tr><tr><td>  └ <code>subsidy_plan</code></td><td>object[]</td><td>yes</td><td>贴息方案列表</td><td></td></tr><tr><td>   ├ <code>subsidy_installment_num</code></td><td>integer</td><td>yes</td><td>贴息期数</td><td><code>3</code>, <code>6</code>, <code>12</code></td></tr><tr><td>   └ <code>subsidy_percent</code></td><td>integer</td><td>yes</td><td>贴息比例</td><td><code>0</code>, <code>100</code></td></tr><tr><td><code>headers</code></td><td>object</td><td>yes</td><td>Request headers</td><td></td></tr><tr><td>└ <code>Wechatpay-Serial</code></td><td>unknown</td><td>yes</td><td>微信支付公钥ID/平台证书序列号</td><td></td></tr></tbody></table><p><code>Wechatpay-Serial</code> is set by the SDK: to the platform key it encrypted with when <code>json</code> is built with <code>encrypt</code>, and to the <code>PUB_KEY_ID_…</code> in public-key mode.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1230000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/pay/transactions/jsapi&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    appid: &#39;wxd678efh567hg6787&#39;,
    mchid: &#39;1230000109&#39;,
    description: &#39;Image形象店-深圳腾大-QQ公仔&#39;,
    attach: &#39;自定义数据&#39;,
    out_trade_no: &#39;1217752501201407033233368018&#39;,
    amount: { total: 100, currency: &#39;CNY&#39; },
    time_expire: &#39;2018-06-08T10:34:56+08:00&#39;,
    notify_url: &#39;https://www.weixin.qq.com/wxpay/pay.php&#39;,
    goods_tag: &#39;WXG&#39;,
    payer: { openid: &#39;oUpF8uMuAJO_M2pxb1Q9zNjWeS6o&#39; },
  },
};

// 1. $instance-&gt;v3-&gt;pay-&gt;transactions-&gt;jsapi-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.pay.transactions.jsapi.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/pay/transactions/jsapi&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/pay/transactions/jsapi&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/pay/transactions/jsapi&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/pay/transactions/jsapi&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;pay-&gt;transactions-&gt;jsapi-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.pay.transactions.jsapi.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/pay/transactions/jsapi&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/pay/transactions/jsapi&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/pay/transactions/jsapi&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/pay/transactions/jsapi&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>prepay_id</code></td><td>string</td><td>预支付交易会话标识</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transactions/chapter3_2.shtml" target="_blank" rel="noreferrer">官方文档</a></li><li><a href="https://pay.weixin.qq.com/doc/v3/merchant/4012525167" target="_blank" rel="noreferrer">官方文档</a></li><li><a href="https://pay.weixin.qq.com/doc/v3/merchant/4012525182" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/pay/transactions/jsapi.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const jsapi = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  jsapi as default
};
