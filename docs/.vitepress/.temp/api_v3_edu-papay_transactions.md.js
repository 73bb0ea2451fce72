import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"教育通扣款受理API · v3/edu-papay/transactions","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/edu-papay/transactions.md","filePath":"api/v3/edu-papay/transactions.md"}');
const _sfc_main = { name: "api/v3/edu-papay/transactions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="教育通扣款受理api-·-v3-edu-papay-transactions" tabindex="-1">教育通扣款受理API · <code>v3/edu-papay/transactions</code> <a class="header-anchor" href="#教育通扣款受理api-·-v3-edu-papay-transactions" aria-label="Permalink to &quot;教育通扣款受理API · \`v3/edu-papay/transactions\`&quot;">​</a></h1><p><a href="./../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>扣款受理接口，支付结果以回调为准，或者超时以后主动查单</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/edu-papay/transactions</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 教育续费通</li><li>适用对象: 直连商户, 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td>yes</td><td>服务商APPID</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td></td><td>子商户号</td><td></td></tr><tr><td>├ <code>sub_appid</code></td><td>string</td><td></td><td>子商户APPID</td><td></td></tr><tr><td>├ <code>body</code></td><td>string</td><td>yes</td><td>商品或支付单简要描述</td><td></td></tr><tr><td>├ <code>attach</code></td><td>string</td><td></td><td>商户数据</td><td></td></tr><tr><td>├ <code>out_trade_no</code></td><td>string</td><td>yes</td><td>商户订单号</td><td></td></tr><tr><td>├ <code>goods_tag</code></td><td>string</td><td></td><td>商品标记</td><td></td></tr><tr><td>├ <code>notify_url</code></td><td>string</td><td>yes</td><td>支付回调通知地址</td><td></td></tr><tr><td>├ <code>contract_id</code></td><td>string</td><td>yes</td><td>签约协议号</td><td></td></tr><tr><td>├ <code>trade_scene</code></td><td>string</td><td>yes</td><td>场景信息枚举</td><td></td></tr><tr><td>├ <code>amount</code></td><td>object</td><td>yes</td><td>订单金额</td><td></td></tr><tr><td> ├ <code>total</code></td><td>integer</td><td>yes</td><td>总金额</td><td></td></tr><tr><td> └ <code>currency</code></td><td>string</td><td></td><td>货币类型</td><td></td></tr><tr><td>└ <code>device_information</code></td><td>object</td><td>yes</td><td>设备信息</td><td></td></tr><tr><td> ├ <code>device_id</code></td><td>string</td><td></td><td>设备号</td><td></td></tr><tr><td> └ <code>device_ip</code></td><td>string</td><td>yes</td><td>商户端设备ip</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/edu-papay/transactions&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    appid: &#39;wx8888888888888888&#39;,
    sub_mchid: &#39;1900000109&#39;,
    sub_appid: &#39;wx8888888888888888&#39;,
    body: &#39;新东方-语文课程&#39;,
    attach: &#39;自定义数据&#39;,
    out_trade_no: &#39;121775250124070332&#39;,
    goods_tag: &#39;test&#39;,
    notify_url: &#39;https://www.weixin.qq.com/wxpay/pay&#39;,
    contract_id: &#39;wx998877665544wx&#39;,
    trade_scene: &#39;EDUCATION_PERIOD&#39;,
    amount: { total: 888, currency: &#39;CNY&#39; },
    device_information: { device_id: &#39;12343232&#39;, device_ip: &#39;123.12.12.123&#39; },
  },
};

// 1. $instance-&gt;v3-&gt;eduPapay-&gt;transactions-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.eduPapay.transactions.postAsync(options).then((response) =&gt; console.log(response.status));

// 2. $instance-&gt;chain(&#39;v3/edu-papay/transactions&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/edu-papay/transactions&#39;).postAsync(options).then((response) =&gt; console.log(response.status));

// 3. $instance[&#39;v3/edu-papay/transactions&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/edu-papay/transactions&#39;].postAsync(options).then((response) =&gt; console.log(response.status));

// 4. $response = $instance-&gt;v3-&gt;eduPapay-&gt;transactions-&gt;post([…]); echo $response-&gt;getStatusCode();
const byProperty = await wx.v3.eduPapay.transactions.post(options);
console.log(byProperty.status);

// 5. $response = $instance-&gt;chain(&#39;v3/edu-papay/transactions&#39;)-&gt;post([…]); echo $response-&gt;getStatusCode();
const byChain = await wx.chain(&#39;v3/edu-papay/transactions&#39;).post(options);
console.log(byChain.status);

// 6. $response = $instance[&#39;v3/edu-papay/transactions&#39;]-&gt;post([…]); echo $response-&gt;getStatusCode();
const byPath = await wx[&#39;v3/edu-papay/transactions&#39;].post(options);
console.log(byPath.status);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><p><code>204 No Content</code>: no body; <code>response.data</code> is <code>undefined</code>.</p><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3/Offline/apis/chapter5_2_7.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/edu-papay/transactions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const transactions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  transactions as default
};
