import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"APP预签约自动还款协议 · v3/credit-repayment/partner/contracts/app-presign","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/credit-repayment/partner/contracts/app-presign.md","filePath":"api/v3/credit-repayment/partner/contracts/app-presign.md"}');
const _sfc_main = { name: "api/v3/credit-repayment/partner/contracts/app-presign.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="app预签约自动还款协议-·-v3-credit-repayment-partner-contracts-app-presign" tabindex="-1">APP预签约自动还款协议 · <code>v3/credit-repayment/partner/contracts/app-presign</code> <a class="header-anchor" href="#app预签约自动还款协议-·-v3-credit-repayment-partner-contracts-app-presign" aria-label="Permalink to &quot;APP预签约自动还款协议 · \`v3/credit-repayment/partner/contracts/app-presign\`&quot;">​</a></h1><p><a href="./../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>APP预签约</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/credit-repayment/partner/contracts/app-presign</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 自动还款</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td>yes</td><td>商户AppID</td><td></td></tr><tr><td>├ <code>plan_id</code></td><td>string</td><td>yes</td><td>模板ID</td><td></td></tr><tr><td>├ <code>out_contract_code</code></td><td>string</td><td>yes</td><td>服务商签约协议号</td><td></td></tr><tr><td>├ <code>display_name</code></td><td>string</td><td>yes</td><td>用户展示名称</td><td></td></tr><tr><td>├ <code>contract_notify_url</code></td><td>string</td><td>yes</td><td>签约结果通知地址</td><td></td></tr><tr><td>├ <code>repayment_day</code></td><td>integer</td><td>yes</td><td>还款日</td><td></td></tr><tr><td>├ <code>repayment_amount_limit</code></td><td>string</td><td>yes</td><td>还款金额上限</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td></td><td>子商户号</td><td></td></tr><tr><td>├ <code>sub_appid</code></td><td>string</td><td></td><td>子商户AppID</td><td></td></tr><tr><td>├ <code>real_identity</code></td><td>object</td><td>yes</td><td>用户实名信息</td><td></td></tr><tr><td> ├ <code>identity_type</code></td><td>string</td><td>yes</td><td>实名验证类型</td><td><code>REAL_IDENTITY_TYPE_INVALID</code>, <code>REAL_IDENTITY_TYPE_ID_CARD</code></td></tr><tr><td> ├ <code>identity_id</code></td><td>string(base64)</td><td>yes</td><td>自然人证件号码</td><td></td></tr><tr><td> └ <code>real_name</code></td><td>string(base64)</td><td>yes</td><td>自然人姓名</td><td></td></tr><tr><td>└ <code>trade_info</code></td><td>object</td><td></td><td>交易信息</td><td></td></tr><tr><td> ├ <code>out_trade_no</code></td><td>string</td><td>yes</td><td>商户侧交易单号</td><td></td></tr><tr><td> ├ <code>deduct_amount</code></td><td>integer</td><td>yes</td><td>还款金额</td><td></td></tr><tr><td> ├ <code>description</code></td><td>string</td><td></td><td>产品描述</td><td></td></tr><tr><td> ├ <code>attach</code></td><td>string</td><td></td><td>商户数据包</td><td></td></tr><tr><td> └ <code>notify_url</code></td><td>string</td><td></td><td>商户回调地址</td><td></td></tr><tr><td><code>headers</code></td><td>object</td><td>yes</td><td>Request headers</td><td></td></tr><tr><td>└ <code>Wechatpay-Serial</code></td><td>unknown</td><td>yes</td><td>微信支付公钥ID/平台证书序列号</td><td></td></tr></tbody></table><p><code>Wechatpay-Serial</code> is set by the SDK: to the platform key it encrypted with when <code>json</code> is built with <code>encrypt</code>, and to the <code>PUB_KEY_ID_…</code> in public-key mode.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/credit-repayment/partner/contracts/app-presign&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    appid: &#39;wxd678efh567hg6787&#39;,
    plan_id: &#39;123&#39;,
    out_contract_code: &#39;100001256&#39;,
    display_name: &#39;*明&#39;,
    contract_notify_url: &#39;https://pay.weixin.qq.com&#39;,
    repayment_day: 1,
    repayment_amount_limit: &#39;10000&#39;,
    sub_mchid: &#39;1000000109&#39;,
    sub_appid: &#39;example_sub_appid&#39;,
    real_identity: {
      identity_type: &#39;REAL_IDENTITY_TYPE_INVALID&#39;,
      identity_id: &#39;1axtI9EZUr0343c89xQznxau+cRWPKP4YhVAoj==&#39;,
      real_name: &#39;OEimkKuua8igpd+0YDgqF2Z61leeGD7x87j3Ph==&#39;,
    },
  },
};

// 1. $instance-&gt;v3-&gt;creditRepayment-&gt;partner-&gt;contracts-&gt;appPresign-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.creditRepayment.partner.contracts.appPresign.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/credit-repayment/partner/contracts/app-presign&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/credit-repayment/partner/contracts/app-presign&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/credit-repayment/partner/contracts/app-presign&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/credit-repayment/partner/contracts/app-presign&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;creditRepayment-&gt;partner-&gt;contracts-&gt;appPresign-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.creditRepayment.partner.contracts.appPresign.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/credit-repayment/partner/contracts/app-presign&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/credit-repayment/partner/contracts/app-presign&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/credit-repayment/partner/contracts/app-presign&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/credit-repayment/partner/contracts/app-presign&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>presign_token</code></td><td>string</td><td>预签约码</td><td></td></tr><tr><td><code>redirect_service</code></td><td>string</td><td>跳转到的签约服务提供方</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/credit-repayment/partner/contracts/app-presign.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const appPresign = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  appPresign as default
};
