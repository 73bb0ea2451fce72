import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"扫码支付下单 · hk/v3/transactions/native","description":"","frontmatter":{},"headers":[],"relativePath":"api/hk/v3/transactions/native.md","filePath":"api/hk/v3/transactions/native.md"}');
const _sfc_main = { name: "api/hk/v3/transactions/native.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="扫码支付下单-·-hk-v3-transactions-native" tabindex="-1">扫码支付下单 · <code>hk/v3/transactions/native</code> <a class="header-anchor" href="#扫码支付下单-·-hk-v3-transactions-native" aria-label="Permalink to &quot;扫码支付下单 · \`hk/v3/transactions/native\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>通过本接口提交微信支付扫码支付订单</p><ul><li><code>POST https://api.mch.weixin.qq.com/hk/v3/transactions/native</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 跨境∙支付</li><li>适用对象: 直连模式, 机构模式</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>mchid</code></td><td>string</td><td>yes</td><td>商户号</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td>yes</td><td>APPID</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td>yes</td><td>子商户号</td><td></td></tr><tr><td>├ <code>sp_mchid</code></td><td>string</td><td>yes</td><td>机构商户号</td><td></td></tr><tr><td>├ <code>sp_appid</code></td><td>string</td><td>yes</td><td>机构APPID</td><td></td></tr><tr><td>├ <code>sub_appid</code></td><td>string</td><td></td><td>子商户APPID</td><td></td></tr><tr><td>├ <code>description</code></td><td>string</td><td>yes</td><td>商品描述</td><td></td></tr><tr><td>├ <code>attach</code></td><td>string</td><td></td><td>商户数据</td><td></td></tr><tr><td>├ <code>notify_url</code></td><td>string</td><td>yes</td><td>通知地址</td><td></td></tr><tr><td>├ <code>out_trade_no</code></td><td>string</td><td>yes</td><td>商户订单号</td><td></td></tr><tr><td>├ <code>goods_tag</code></td><td>string</td><td></td><td>商品标记</td><td></td></tr><tr><td>├ <code>trade_type</code></td><td>string</td><td>yes</td><td>交易类型</td><td></td></tr><tr><td>├ <code>limit_pay</code></td><td>string</td><td></td><td>指定支付方式</td><td></td></tr><tr><td>├ <code>time_start</code></td><td>string</td><td></td><td>交易起始时间</td><td></td></tr><tr><td>├ <code>time_expire</code></td><td>string</td><td></td><td>交易结束时间</td><td></td></tr><tr><td>├ <code>merchant_category_code</code></td><td>string</td><td>yes</td><td>MCC码</td><td></td></tr><tr><td>├ <code>payer</code></td><td>object</td><td></td><td>支付者</td><td></td></tr><tr><td> ├ <code>openid</code></td><td>string</td><td></td><td>用户标识</td><td></td></tr><tr><td> ├ <code>sp_openid</code></td><td>string</td><td></td><td>用户标识（机构）</td><td></td></tr><tr><td> └ <code>sub_openid</code></td><td>string</td><td></td><td>用户标识（特约商户）</td><td></td></tr><tr><td>├ <code>amount</code></td><td>object</td><td>yes</td><td>订单金额</td><td></td></tr><tr><td> ├ <code>total</code></td><td>integer</td><td>yes</td><td>总金额</td><td></td></tr><tr><td> └ <code>currency</code></td><td>string</td><td></td><td>货币类型</td><td></td></tr><tr><td>├ <code>scene_info</code></td><td>object</td><td></td><td>场景信息</td><td></td></tr><tr><td> ├ <code>device_id</code></td><td>string</td><td></td><td>商户端设备号</td><td></td></tr><tr><td> ├ <code>device_ip</code></td><td>string</td><td></td><td>商户端设备IP</td><td></td></tr><tr><td> ├ <code>payer_client_ip</code></td><td>string</td><td></td><td>用户终端IP</td><td></td></tr><tr><td> ├ <code>operator_id</code></td><td>string</td><td></td><td>操作员ID</td><td></td></tr><tr><td> └ <code>store_info</code></td><td>object</td><td></td><td>商户门店信息</td><td></td></tr><tr><td>  ├ <code>id</code></td><td>string</td><td></td><td>编号</td><td></td></tr><tr><td>  ├ <code>name</code></td><td>string</td><td>yes</td><td>名称</td><td></td></tr><tr><td>  └ <code>address</code></td><td>string</td><td>yes</td><td>详细地址</td><td></td></tr><tr><td>└ <code>detail</code></td><td>object[]</td><td></td><td>优惠功能</td><td></td></tr><tr><td> ├ <code>cost_price</code></td><td>integer</td><td></td><td>订单原价</td><td></td></tr><tr><td> ├ <code>receipt_id</code></td><td>string</td><td></td><td>商品小票ID</td><td></td></tr><tr><td> └ <code>goods_detail</code></td><td>object[]</td><td></td><td>单品列表</td><td></td></tr><tr><td>  ├ <code>goods_id</code></td><td>string</td><td>yes</td><td>商品编码</td><td></td></tr><tr><td>  ├ <code>wxpay_goods_id</code></td><td>string</td><td></td><td>微信侧商品编码</td><td></td></tr><tr><td>  ├ <code>goods_name</code></td><td>string</td><td></td><td>商品名称</td><td></td></tr><tr><td>  ├ <code>quantity</code></td><td>integer</td><td>yes</td><td>商品数量</td><td></td></tr><tr><td>  └ <code>price</code></td><td>integer</td><td>yes</td><td>商品单价</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;hk/v3/transactions/native&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    mchid: &#39;1900000109&#39;,
    appid: &#39;wx8888888888888888&#39;,
    sub_mchid: &#39;1900000109&#39;,
    sp_mchid: &#39;1900000100&#39;,
    sp_appid: &#39;wx8888888888888888&#39;,
    description: &#39;image形象店-深圳腾大- QQ公仔&#39;,
    attach: &#39;自定义数据&#39;,
    notify_url: &#39;https://www.weixin.qq.com/wxpay/pay.php&#39;,
    out_trade_no: &#39;1217752501201407033233368018&#39;,
    goods_tag: &#39;WXG&#39;,
    trade_type: &#39;NATIVE&#39;,
    limit_pay: &#39;no_credit&#39;,
    time_start: &#39;2018-06-08T10:34:56+08:00&#39;,
    time_expire: &#39;2018-06-08T10:34:56+08:00&#39;,
    merchant_category_code: &#39;1011&#39;,
    amount: { total: 888, currency: &#39;HKD&#39; },
  },
};

// 1. $instance-&gt;hk-&gt;v3-&gt;transactions-&gt;native-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.hk.v3.transactions.native.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;hk/v3/transactions/native&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;hk/v3/transactions/native&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;hk/v3/transactions/native&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;hk/v3/transactions/native&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;hk-&gt;v3-&gt;transactions-&gt;native-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.hk.v3.transactions.native.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;hk/v3/transactions/native&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;hk/v3/transactions/native&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;hk/v3/transactions/native&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;hk/v3/transactions/native&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>code_url</code></td><td>string</td><td>二维码链接</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/NativePay/chapter4_3.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/hk/v3/transactions/native.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const native = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  native as default
};
