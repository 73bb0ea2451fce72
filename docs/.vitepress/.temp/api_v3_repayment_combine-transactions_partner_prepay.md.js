import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"还款下单 · v3/repayment/combine-transactions/partner/prepay","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/repayment/combine-transactions/partner/prepay.md","filePath":"api/v3/repayment/combine-transactions/partner/prepay.md"}');
const _sfc_main = { name: "api/v3/repayment/combine-transactions/partner/prepay.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="还款下单-·-v3-repayment-combine-transactions-partner-prepay" tabindex="-1">还款下单 · <code>v3/repayment/combine-transactions/partner/prepay</code> <a class="header-anchor" href="#还款下单-·-v3-repayment-combine-transactions-partner-prepay" aria-label="Permalink to &quot;还款下单 · \`v3/repayment/combine-transactions/partner/prepay\`&quot;">​</a></h1><p><a href="./../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>还款下单，只能使用还款对应的查单、关单接口</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/repayment/combine-transactions/partner/prepay</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 还款支付</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>combine_out_trade_no</code></td><td>string</td><td>yes</td><td>还款单订单号</td><td></td></tr><tr><td>├ <code>combine_mchid</code></td><td>string</td><td>yes</td><td>还款服务商商户号</td><td></td></tr><tr><td>├ <code>sub_orders</code></td><td>object[]</td><td>yes</td><td>还款明细单信息列表</td><td></td></tr><tr><td> ├ <code>mchid</code></td><td>string</td><td>yes</td><td>还款单发起商户号</td><td></td></tr><tr><td> ├ <code>sub_mchid</code></td><td>string</td><td></td><td>子商户号</td><td></td></tr><tr><td> ├ <code>out_trade_no</code></td><td>string</td><td>yes</td><td>还款明细单订单号</td><td></td></tr><tr><td> ├ <code>amount</code></td><td>object</td><td>yes</td><td>订单金额</td><td></td></tr><tr><td>  ├ <code>total_amount</code></td><td>number</td><td>yes</td><td>标价金额</td><td></td></tr><tr><td>  └ <code>currency</code></td><td>string</td><td>yes</td><td>标价币种</td><td></td></tr><tr><td> ├ <code>attach</code></td><td>string</td><td>yes</td><td>附加数据</td><td></td></tr><tr><td> ├ <code>description</code></td><td>string</td><td>yes</td><td>商品描述</td><td></td></tr><tr><td> └ <code>settle_info</code></td><td>object</td><td></td><td>结算信息</td><td></td></tr><tr><td>  ├ <code>profit_sharing</code></td><td>boolean</td><td></td><td>是否指定分账</td><td></td></tr><tr><td>  └ <code>subsidy_amount</code></td><td>integer</td><td></td><td>补差金额</td><td></td></tr><tr><td>├ <code>time_expire</code></td><td>string(rfc3339)</td><td></td><td>交易结束时间</td><td></td></tr><tr><td>├ <code>notify_url</code></td><td>string</td><td></td><td>通知地址</td><td></td></tr><tr><td>├ <code>h5_info</code></td><td>object</td><td></td><td>H5调起支付场景信息</td><td></td></tr><tr><td> ├ <code>combine_appid</code></td><td>string</td><td>yes</td><td>还款服务商APPID</td><td></td></tr><tr><td> ├ <code>payer_client_ip</code></td><td>string</td><td>yes</td><td>用户终端IP</td><td></td></tr><tr><td> ├ <code>type</code></td><td>string</td><td>yes</td><td>场景类型</td><td><code>iOS</code>, <code>Android</code>, <code>Wap</code></td></tr><tr><td> ├ <code>app_name</code></td><td>string</td><td></td><td>应用名称</td><td></td></tr><tr><td> ├ <code>app_url</code></td><td>string</td><td>yes</td><td>网站URL</td><td></td></tr><tr><td> ├ <code>bundle_id</code></td><td>string</td><td></td><td>iOS平台BundleID</td><td></td></tr><tr><td> └ <code>package_name</code></td><td>string</td><td></td><td>Android平台PackageName</td><td></td></tr><tr><td>├ <code>app_info</code></td><td>object</td><td></td><td>APP调起支付场景信息</td><td></td></tr><tr><td> └ <code>combine_appid</code></td><td>string</td><td>yes</td><td>还款服务商APPID</td><td></td></tr><tr><td>├ <code>miniprogram_info</code></td><td>object</td><td></td><td>小程序调起支付场景信息</td><td></td></tr><tr><td> ├ <code>combine_appid</code></td><td>string</td><td>yes</td><td>还款服务商APPID</td><td></td></tr><tr><td> └ <code>openid</code></td><td>string</td><td>yes</td><td>用户标识</td><td></td></tr><tr><td>├ <code>combine_payer_info</code></td><td>object</td><td></td><td>支付者信息</td><td></td></tr><tr><td> └ <code>identity</code></td><td>object</td><td></td><td>实名支付</td><td></td></tr><tr><td>  ├ <code>type</code></td><td>string</td><td>yes</td><td>类型</td><td><code>IDCARD</code>, <code>HONGKONG_MACAO</code>, <code>HONGKONG_MACAO_RESIDENT</code>, <code>TAIWAN_RESIDENT</code>, <code>FOREIGN_RESIDENT</code>, <code>OVERSEA_PASSPORT</code>, <code>TAIWAN_COMPATRIOT_PERMIT</code></td></tr><tr><td>  ├ <code>number</code></td><td>string(base64)</td><td>yes</td><td>加密后的证件号</td><td></td></tr><tr><td>  └ <code>name</code></td><td>string(base64)</td><td>yes</td><td>加密后的姓名</td><td></td></tr><tr><td>└ <code>wechat_web_info</code></td><td>object</td><td></td><td>微信内网页调起支付场景信息</td><td></td></tr><tr><td> ├ <code>combine_appid</code></td><td>string</td><td></td><td>还款服务商APPID</td><td></td></tr><tr><td> ├ <code>openid</code></td><td>string</td><td></td><td>用户标识</td><td></td></tr><tr><td> └ <code>webview_url</code></td><td>string</td><td></td><td>网页经营场景URL</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/repayment/combine-transactions/partner/prepay&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    combine_out_trade_no: &#39;1217752501201407033233368018&#39;,
    combine_mchid: &#39;1230000109&#39;,
    sub_orders: [
      {
        mchid: &#39;1230000109&#39;,
        sub_mchid: &#39;1900000109&#39;,
        out_trade_no: &#39;20150806125346&#39;,
        amount: { total_amount: 10, currency: &#39;CNY&#39; },
        attach: &#39;深圳分店&#39;,
        description: &#39;某某放心借&#39;,
      },
    ],
    time_expire: &#39;2018-06-08T10:34:56+08:00&#39;,
    notify_url: &#39;https://yourapp.com/notify&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;repayment-&gt;combineTransactions-&gt;partner-&gt;prepay-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.repayment.combineTransactions.partner.prepay.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/repayment/combine-transactions/partner/prepay&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/repayment/combine-transactions/partner/prepay&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/repayment/combine-transactions/partner/prepay&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/repayment/combine-transactions/partner/prepay&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;repayment-&gt;combineTransactions-&gt;partner-&gt;prepay-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.repayment.combineTransactions.partner.prepay.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/repayment/combine-transactions/partner/prepay&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/repayment/combine-transactions/partner/prepay&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/repayment/combine-transactions/partner/prepay&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/repayment/combine-transactions/partner/prepay&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>prepay_id</code></td><td>string</td><td>预支付交易会话标识</td><td></td></tr><tr><td><code>h5_url</code></td><td>string</td><td>支付跳转链接</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/repayment/combine-transactions/partner/prepay.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const prepay = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  prepay as default
};
