import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"合单下单-Native支付API · v3/combine-transactions/native","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/combine-transactions/native.md","filePath":"api/v3/combine-transactions/native.md"}');
const _sfc_main = { name: "api/v3/combine-transactions/native.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="合单下单-native支付api-·-v3-combine-transactions-native" tabindex="-1">合单下单-Native支付API · <code>v3/combine-transactions/native</code> <a class="header-anchor" href="#合单下单-native支付api-·-v3-combine-transactions-native" aria-label="Permalink to &quot;合单下单-Native支付API · \`v3/combine-transactions/native\`&quot;">​</a></h1><p><a href="./../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>使用合单支付接口，用户只输入一次密码，即可完成多个订单的支付。目前最多一次可支持50笔订单进行合单支付。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/combine-transactions/native</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 基础支付∙合单, 收付通∙合单</li><li>适用对象: 电商平台, 服务商, 直连商户</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>combine_appid</code></td><td>string</td><td>yes</td><td>合单商户appid</td><td></td></tr><tr><td>├ <code>combine_mchid</code></td><td>string</td><td>yes</td><td>合单商户号</td><td></td></tr><tr><td>├ <code>combine_out_trade_no</code></td><td>string</td><td>yes</td><td>合单商户订单号</td><td></td></tr><tr><td>├ <code>scene_info</code></td><td>object</td><td></td><td>场景信息</td><td></td></tr><tr><td> ├ <code>device_id</code></td><td>string</td><td></td><td>商户端设备号</td><td></td></tr><tr><td> └ <code>payer_client_ip</code></td><td>string</td><td>yes</td><td>用户终端IP</td><td></td></tr><tr><td>├ <code>sub_orders</code></td><td>object[]</td><td>yes</td><td>商品单信息</td><td></td></tr><tr><td> ├ <code>mchid</code></td><td>string</td><td>yes</td><td>子单商户号</td><td></td></tr><tr><td> ├ <code>attach</code></td><td>string</td><td>yes</td><td>附加数据</td><td></td></tr><tr><td> ├ <code>amount</code></td><td>object</td><td>yes</td><td>订单金额</td><td></td></tr><tr><td>  ├ <code>total_amount</code></td><td>integer</td><td>yes</td><td>标价金额</td><td></td></tr><tr><td>  └ <code>currency</code></td><td>string</td><td>yes</td><td>标价币种</td><td></td></tr><tr><td> ├ <code>out_trade_no</code></td><td>string</td><td>yes</td><td>商品单商户订单号</td><td></td></tr><tr><td> ├ <code>sub_mchid</code></td><td>string</td><td>yes</td><td>二级商户号</td><td></td></tr><tr><td> ├ <code>goods_tag</code></td><td>string</td><td></td><td>订单优惠标记</td><td></td></tr><tr><td> ├ <code>description</code></td><td>string</td><td>yes</td><td>商品描述</td><td></td></tr><tr><td> ├ <code>settle_info</code></td><td>object</td><td></td><td>结算信息</td><td></td></tr><tr><td>  ├ <code>profit_sharing</code></td><td>boolean</td><td></td><td>是否指定分账</td><td></td></tr><tr><td>  └ <code>subsidy_amount</code></td><td>integer</td><td></td><td>补差金额</td><td></td></tr><tr><td> └ <code>sub_appid</code></td><td>string</td><td></td><td>子商户应用ID</td><td></td></tr><tr><td>├ <code>time_start</code></td><td>string</td><td></td><td>交易起始时间</td><td></td></tr><tr><td>├ <code>time_expire</code></td><td>string</td><td></td><td>交易结束时间</td><td></td></tr><tr><td>├ <code>notify_url</code></td><td>string</td><td>yes</td><td>通知地址</td><td></td></tr><tr><td>├ <code>limit_pay</code></td><td>string[]</td><td></td><td>指定支付方式</td><td></td></tr><tr><td>└ <code>combine_payer_info</code></td><td>object</td><td></td><td>支付者</td><td></td></tr><tr><td> ├ <code>openid</code></td><td>string</td><td></td><td>用户标识</td><td></td></tr><tr><td> ├ <code>sub_openid</code></td><td>string</td><td></td><td>用户子标识</td><td></td></tr><tr><td> └ <code>identity</code></td><td>object</td><td></td><td>实名支付(需单独申请权限)</td><td></td></tr><tr><td>  ├ <code>type</code></td><td>string</td><td>yes</td><td>证件类型</td><td><code>IDCARD</code>, <code>HONGKONG_MACAO</code>, <code>HONGKONG_MACAO_RESIDENT</code>, <code>TAIWAN_RESIDENT</code>, <code>FOREIGN_RESIDENT</code>, <code>OVERSEA_PASSPORT</code>, <code>PHONE_NUMBER</code></td></tr><tr><td>  ├ <code>number</code></td><td>string(base64)</td><td>yes</td><td>加密后的证件号</td><td></td></tr><tr><td>  └ <code>name</code></td><td>string(base64)</td><td>yes</td><td>加密后的姓名</td><td></td></tr><tr><td><code>headers</code></td><td>object</td><td>yes</td><td>Request headers</td><td></td></tr><tr><td>└ <code>Wechatpay-Serial</code></td><td>unknown</td><td>yes</td><td>微信支付公钥ID/平台证书序列号</td><td></td></tr></tbody></table><p><code>Wechatpay-Serial</code> is set by the SDK: to the platform key it encrypted with when <code>json</code> is built with <code>encrypt</code>, and to the <code>PUB_KEY_ID_…</code> in public-key mode.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/combine-transactions/native&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    combine_appid: &#39;wxd678efh567hg6787&#39;,
    combine_mchid: &#39;1900000109&#39;,
    combine_out_trade_no: &#39;P20150806125346&#39;,
    sub_orders: [
      {
        mchid: &#39;1900000109&#39;,
        attach: &#39;深圳分店&#39;,
        amount: { total_amount: 100, currency: &#39;CNY&#39; },
        out_trade_no: &#39;20150806125346&#39;,
        sub_mchid: &#39;1900000109&#39;,
        goods_tag: &#39;WXG&#39;,
        description: &#39;腾讯充值中心-QQ会员充值&#39;,
        sub_appid: &#39;wxd678efh567hg6999&#39;,
      },
    ],
    time_start: &#39;2019-12-31T15:59:60+08:00&#39;,
    time_expire: &#39;2019-12-31T15:59:60+08:00&#39;,
    notify_url: &#39;https://yourapp.com/notify&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;combineTransactions-&gt;native-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.combineTransactions.native.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/combine-transactions/native&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/combine-transactions/native&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/combine-transactions/native&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/combine-transactions/native&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;combineTransactions-&gt;native-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.combineTransactions.native.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/combine-transactions/native&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/combine-transactions/native&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/combine-transactions/native&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/combine-transactions/native&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>code_url</code></td><td>string</td><td>二维码链接</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/combine/chapter3_10.shtml" target="_blank" rel="noreferrer">官方文档</a></li><li><a href="https://pay.weixin.qq.com/doc/v3/merchant/4012556982" target="_blank" rel="noreferrer">官方文档</a></li><li><a href="https://pay.weixin.qq.com/doc/v3/partner/4012758240" target="_blank" rel="noreferrer">官方文档</a></li><li><a href="https://pay.weixin.qq.com/doc/v3/partner/4012760629" target="_blank" rel="noreferrer">官方文档</a></li><li><a href="https://pay.weixin.qq.com/doc/v3/merchant/4012545465" target="_blank" rel="noreferrer">官方文档</a></li><li><a href="https://pay.weixin.qq.com/doc/v3/partner/4012708704" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/combine-transactions/native.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const native = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  native as default
};
