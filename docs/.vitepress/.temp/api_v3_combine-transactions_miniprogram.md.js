import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"个人收款交易下单-小程序 · v3/combine-transactions/miniprogram","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/combine-transactions/miniprogram.md","filePath":"api/v3/combine-transactions/miniprogram.md"}');
const _sfc_main = { name: "api/v3/combine-transactions/miniprogram.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="个人收款交易下单-小程序-·-v3-combine-transactions-miniprogram" tabindex="-1">个人收款交易下单-小程序 · <code>v3/combine-transactions/miniprogram</code> <a class="header-anchor" href="#个人收款交易下单-小程序-·-v3-combine-transactions-miniprogram" aria-label="Permalink to &quot;个人收款交易下单-小程序 · \`v3/combine-transactions/miniprogram\`&quot;">​</a></h1><p><a href="./../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>使用个人收款交易接口，可支持为个人收款方在微信支付服务后台生成与支付交易单，返回正确的预支付交易会话标识后按照交易场景调起支付。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/combine-transactions/miniprogram</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>适用对象: 电商平台, 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>combine_appid</code></td><td>string</td><td>yes</td><td>平台商户应用ID</td><td></td></tr><tr><td>├ <code>combine_mchid</code></td><td>string</td><td>yes</td><td>平台商户号</td><td></td></tr><tr><td>├ <code>combine_out_trade_no</code></td><td>string</td><td>yes</td><td>交易单订单号</td><td></td></tr><tr><td>├ <code>combine_payer_info</code></td><td>object</td><td>yes</td><td>支付者</td><td></td></tr><tr><td> └ <code>openid</code></td><td>string</td><td>yes</td><td>用户标识</td><td></td></tr><tr><td>├ <code>scene_info</code></td><td>object</td><td></td><td>场景信息</td><td></td></tr><tr><td> ├ <code>device_id</code></td><td>string</td><td></td><td>商户端设备号</td><td></td></tr><tr><td> └ <code>payer_client_ip</code></td><td>string</td><td>yes</td><td>用户终端IP</td><td></td></tr><tr><td>├ <code>sub_orders</code></td><td>object[]</td><td>yes</td><td>商品单信息</td><td></td></tr><tr><td> ├ <code>mchid</code></td><td>string</td><td>yes</td><td>商品单发起商户号</td><td></td></tr><tr><td> ├ <code>order_service_type</code></td><td>string</td><td></td><td>商品服务类型</td><td><code>INDIVIDUALTRADE</code></td></tr><tr><td> ├ <code>individual_auth_id</code></td><td>string</td><td>yes</td><td>商品单个人收款方受理授权ID</td><td></td></tr><tr><td> ├ <code>individual_name</code></td><td>string</td><td></td><td>商品单个人收款方平台昵称</td><td></td></tr><tr><td> ├ <code>out_trade_no</code></td><td>string</td><td>yes</td><td>商品单商户订单号</td><td></td></tr><tr><td> ├ <code>amount</code></td><td>object</td><td>yes</td><td>商品单金额</td><td></td></tr><tr><td>  ├ <code>total_amount</code></td><td>number</td><td>yes</td><td>标价金额</td><td></td></tr><tr><td>  └ <code>currency</code></td><td>string</td><td>yes</td><td>标价币种</td><td></td></tr><tr><td> ├ <code>attach</code></td><td>string</td><td>yes</td><td>附加数据</td><td></td></tr><tr><td> └ <code>description</code></td><td>string</td><td>yes</td><td>商品描述</td><td></td></tr><tr><td>├ <code>time_expire</code></td><td>string(rfc3339)</td><td></td><td>交易结束时间</td><td></td></tr><tr><td>├ <code>notify_url</code></td><td>string</td><td></td><td>通知地址</td><td></td></tr><tr><td>└ <code>trade_scenario</code></td><td>string</td><td></td><td>交易场景</td><td><code>RECOMMERCE</code></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/combine-transactions/miniprogram&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    combine_appid: &#39;wxd678efh567hg6787&#39;,
    combine_mchid: &#39;1230000109&#39;,
    combine_out_trade_no: &#39;P20150806125346&#39;,
    combine_payer_info: { openid: &#39;oUpF8uMuAJO_M2pxb1Q9zNjWeS6o&#39; },
    sub_orders: [
      {
        mchid: &#39;1230000109&#39;,
        individual_auth_id: &#39;1900000109&#39;,
        individual_name: &#39;哈哈哈小店&#39;,
        out_trade_no: &#39;20150806125346&#39;,
        amount: { total_amount: 10, currency: &#39;CNY&#39; },
        attach: &#39;深圳分店&#39;,
        description: &#39;Image形象店-深圳腾大-QQ公仔&#39;,
      },
    ],
    time_expire: &#39;2018-06-08T10:34:56+08:00&#39;,
    notify_url: &#39;https://yourapp.com/notify&#39;,
    trade_scenario: &#39;RECOMMERCE&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;combineTransactions-&gt;miniprogram-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.combineTransactions.miniprogram.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/combine-transactions/miniprogram&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/combine-transactions/miniprogram&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/combine-transactions/miniprogram&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/combine-transactions/miniprogram&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;combineTransactions-&gt;miniprogram-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.combineTransactions.miniprogram.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/combine-transactions/miniprogram&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/combine-transactions/miniprogram&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/combine-transactions/miniprogram&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/combine-transactions/miniprogram&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>prepay_id</code></td><td>string</td><td>预支付交易会话标识</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/docs/merchant/apis/personal-collections/mini-program-prepay.html" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/combine-transactions/miniprogram.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const miniprogram = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  miniprogram as default
};
