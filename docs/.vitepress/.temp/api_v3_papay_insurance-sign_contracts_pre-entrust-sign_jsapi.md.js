import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"保险商户JSAPI预签约API · v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi.md","filePath":"api/v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi.md"}');
const _sfc_main = { name: "api/v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="保险商户jsapi预签约api-·-v3-papay-insurance-sign-contracts-pre-entrust-sign-jsapi" tabindex="-1">保险商户JSAPI预签约API · <code>v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi</code> <a class="header-anchor" href="#保险商户jsapi预签约api-·-v3-papay-insurance-sign-contracts-pre-entrust-sign-jsapi" aria-label="Permalink to &quot;保险商户JSAPI预签约API · \`v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi\`&quot;">​</a></h1><p><a href="./../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>商户可调用本接口预先指定签约及交易信息（交易信息可选填），生成预签约会话及对应的跳转URL，引导用户在微信内访问跳转URL跳转至微信支付的页面。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 委托代扣∙保险业</li><li>适用对象: 普通商户</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td>yes</td><td>应用ID</td><td></td></tr><tr><td>├ <code>openid</code></td><td>string</td><td></td><td>用户在直连商户应用下的用户标示</td><td></td></tr><tr><td>├ <code>plan_id</code></td><td>number</td><td>yes</td><td>委托代扣模板ID</td><td></td></tr><tr><td>├ <code>out_contract_code</code></td><td>string</td><td>yes</td><td>商户签约协议号</td><td></td></tr><tr><td>├ <code>insured_display_name</code></td><td>string</td><td>yes</td><td>被保人的展示名称</td><td></td></tr><tr><td>├ <code>contract_notify_url</code></td><td>string</td><td>yes</td><td>签约结果通知地址</td><td></td></tr><tr><td>├ <code>policy_start_date</code></td><td>string</td><td>yes</td><td>保险保单的开始日期</td><td></td></tr><tr><td>├ <code>policy_end_date</code></td><td>string</td><td>yes</td><td>保险保单的结束日期</td><td></td></tr><tr><td>├ <code>policy_periods</code></td><td>object[]</td><td>yes</td><td>保单的扣费周期列表</td><td></td></tr><tr><td> ├ <code>policy_period_id</code></td><td>number</td><td>yes</td><td>保险扣费周期编号</td><td></td></tr><tr><td> ├ <code>estimated_deduct_date</code></td><td>string</td><td>yes</td><td>预计扣费的日期</td><td></td></tr><tr><td> ├ <code>estimated_deduct_amount</code></td><td>object</td><td>yes</td><td>预计扣费金额</td><td></td></tr><tr><td>  ├ <code>total</code></td><td>number</td><td>yes</td><td>金额</td><td></td></tr><tr><td>  └ <code>currency</code></td><td>string</td><td></td><td>货币类型</td><td></td></tr><tr><td> └ <code>policy_coverage_detail</code></td><td>object</td><td></td><td>保障详情</td><td></td></tr><tr><td>  ├ <code>policy_amount</code></td><td>string</td><td></td><td>保单额度</td><td></td></tr><tr><td>  └ <code>policy_clauses</code></td><td>object[]</td><td></td><td>保险条款列表</td><td></td></tr><tr><td>   ├ <code>clause_name</code></td><td>string</td><td></td><td>条款内容</td><td></td></tr><tr><td>   └ <code>clause_quota</code></td><td>string</td><td></td><td>条款额度</td><td></td></tr><tr><td>├ <code>amount</code></td><td>object</td><td></td><td>扣费金额信息</td><td></td></tr><tr><td> ├ <code>total</code></td><td>number</td><td>yes</td><td>金额</td><td></td></tr><tr><td> └ <code>currency</code></td><td>string</td><td></td><td>货币类型</td><td></td></tr><tr><td>├ <code>out_trade_no</code></td><td>string</td><td></td><td>商户订单号</td><td></td></tr><tr><td>├ <code>description</code></td><td>string</td><td></td><td>商品描述</td><td></td></tr><tr><td>├ <code>transaction_notify_url</code></td><td>string</td><td></td><td>支付结果通知地址</td><td></td></tr><tr><td>├ <code>out_user_code</code></td><td>string</td><td></td><td>商户侧用户标识</td><td></td></tr><tr><td>├ <code>goods_tag</code></td><td>string</td><td></td><td>订单优惠标记</td><td></td></tr><tr><td>├ <code>attach</code></td><td>string</td><td></td><td>附加数据</td><td></td></tr><tr><td>├ <code>can_auto_insure</code></td><td>boolean</td><td></td><td>是否自动续保</td><td></td></tr><tr><td>├ <code>can_auto_reinsure</code></td><td>boolean</td><td></td><td>是否自动重新投保</td><td></td></tr><tr><td>├ <code>real_identity</code></td><td>object</td><td></td><td>用户实名信息</td><td></td></tr><tr><td> ├ <code>real_name</code></td><td>string(base64)</td><td>yes</td><td>自然人姓名</td><td></td></tr><tr><td> ├ <code>id_card_number</code></td><td>string(base64)</td><td>yes</td><td>自然人身份证号码</td><td></td></tr><tr><td> └ <code>identity_type</code></td><td>string</td><td></td><td>实名验证类型</td><td><code>ID_CARD</code></td></tr><tr><td>└ <code>combined_deduct_period_count</code></td><td>number</td><td></td><td>合并扣费期数</td><td></td></tr><tr><td><code>headers</code></td><td>object</td><td>yes</td><td>Request headers</td><td></td></tr><tr><td>└ <code>Wechatpay-Serial</code></td><td>unknown</td><td>yes</td><td>微信支付公钥ID/平台证书序列号</td><td></td></tr></tbody></table><p><code>Wechatpay-Serial</code> is set by the SDK: to the platform key it encrypted with when <code>json</code> is built with <code>encrypt</code>, and to the <code>PUB_KEY_ID_…</code> in public-key mode.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    appid: &#39;wxd678efh567hg6787&#39;,
    openid: &#39;oYobu0MVnQfWpSMOYJz2AHPG_gQw&#39;,
    plan_id: 12535,
    out_contract_code: &#39;wxwtdk20200910100000&#39;,
    insured_display_name: &#39;*明&#39;,
    contract_notify_url: &#39;https://yourapp.com/notify&#39;,
    policy_start_date: &#39;2019-11-22&#39;,
    policy_end_date: &#39;2020-11-22&#39;,
    policy_periods: [
      {
        policy_period_id: 1,
        estimated_deduct_date: &#39;2019-11-22&#39;,
        estimated_deduct_amount: { total: 1, currency: &#39;CNY&#39; },
      },
    ],
    out_trade_no: &#39;1217752501201407033233368018&#39;,
    description: &#39;Image形象店-深圳腾大-QQ公仔&#39;,
    transaction_notify_url: &#39;https://www.qq.com/&#39;,
    out_user_code: &#39;用户昵称&#39;,
    goods_tag: &#39;DISCOUNTS&#39;,
    attach: &#39;自定义数据&#39;,
    can_auto_insure: true,
    can_auto_reinsure: false,
    combined_deduct_period_count: 1,
  },
};

// 1. $instance-&gt;v3-&gt;papay-&gt;insuranceSign-&gt;contracts-&gt;preEntrustSign-&gt;jsapi-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.papay.insuranceSign.contracts.preEntrustSign.jsapi.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;papay-&gt;insuranceSign-&gt;contracts-&gt;preEntrustSign-&gt;jsapi-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.papay.insuranceSign.contracts.preEntrustSign.jsapi.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>redirect_url</code></td><td>string</td><td>跳转签约并支付流程的URL</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/insurance/jsapi-sign-and-create-transaction.html" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const jsapi = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  jsapi as default
};
