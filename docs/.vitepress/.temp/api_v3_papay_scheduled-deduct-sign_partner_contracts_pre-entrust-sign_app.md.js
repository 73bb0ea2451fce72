import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"App场景预约扣费类型签约的预签约API · v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/app","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/app.md","filePath":"api/v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/app.md"}');
const _sfc_main = { name: "api/v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/app.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="app场景预约扣费类型签约的预签约api-·-v3-papay-scheduled-deduct-sign-partner-contracts-pre-entrust-sign-app" tabindex="-1">App场景预约扣费类型签约的预签约API · <code>v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/app</code> <a class="header-anchor" href="#app场景预约扣费类型签约的预签约api-·-v3-papay-scheduled-deduct-sign-partner-contracts-pre-entrust-sign-app" aria-label="Permalink to &quot;App场景预约扣费类型签约的预签约API · \`v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/app\`&quot;">​</a></h1><p><a href="./../../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>商户可调用本接口预先指定签约信息，生成预签约会话及对应的预签约ID，再携带预签约ID（pre_entrustweb_id）参数，通过微信SDK拉起微信支付客户端的签约页面。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/app</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 委托代扣</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>sp_appid</code></td><td>string</td><td>yes</td><td>应用ID</td><td></td></tr><tr><td>├ <code>sp_openid</code></td><td>string</td><td></td><td>用户在服务商商户应用下的用户标示</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td>yes</td><td>子商户号</td><td></td></tr><tr><td>├ <code>sub_appid</code></td><td>string</td><td></td><td>子商户的AppID</td><td></td></tr><tr><td>├ <code>sub_openid</code></td><td>string</td><td></td><td>子商户AppID对应的用户OpenID</td><td></td></tr><tr><td>├ <code>plan_id</code></td><td>number</td><td>yes</td><td>委托代扣模板ID</td><td></td></tr><tr><td>├ <code>out_contract_code</code></td><td>string</td><td>yes</td><td>商户签约协议号</td><td></td></tr><tr><td>├ <code>contract_display_account</code></td><td>string</td><td>yes</td><td>用户账户展示名称</td><td></td></tr><tr><td>├ <code>contract_notify_url</code></td><td>string</td><td>yes</td><td>签约结果通知地址</td><td></td></tr><tr><td>├ <code>out_user_code</code></td><td>string</td><td></td><td>商户侧用户标识</td><td></td></tr><tr><td>└ <code>deduct_schedule</code></td><td>object</td><td></td><td>用于预约扣费的预约信息</td><td></td></tr><tr><td> ├ <code>estimated_deduct_date</code></td><td>string</td><td>yes</td><td>预计扣费的日期</td><td></td></tr><tr><td> ├ <code>estimated_deduct_amount</code></td><td>object</td><td>yes</td><td>预计的扣费金额</td><td></td></tr><tr><td>  ├ <code>total</code></td><td>number</td><td>yes</td><td>金额</td><td></td></tr><tr><td>  └ <code>currency</code></td><td>string</td><td></td><td>货币类型</td><td></td></tr><tr><td> └ <code>description</code></td><td>string</td><td>yes</td><td>商品描述</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/app&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    sp_appid: &#39;wxd678efh567hg6787&#39;,
    sp_openid: &#39;oYobu0MVnQfWpSMOYJz2AHPG_gQw&#39;,
    sub_mchid: &#39;1900000109&#39;,
    sub_appid: &#39;wxd678efh567hg6787&#39;,
    sub_openid: &#39;wxd678efh567hg6787&#39;,
    plan_id: 12535,
    out_contract_code: &#39;wxwtdk20200910100000&#39;,
    contract_display_account: &#39;微信代扣用户A&#39;,
    contract_notify_url: &#39;https://yourapp.com/notify&#39;,
    out_user_code: &#39;用户A&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;papay-&gt;scheduledDeductSign-&gt;partner-&gt;contracts-&gt;preEntrustSign-&gt;app-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.papay.scheduledDeductSign.partner.contracts.preEntrustSign.app.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/app&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/app&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/app&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/app&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;papay-&gt;scheduledDeductSign-&gt;partner-&gt;contracts-&gt;preEntrustSign-&gt;app-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.papay.scheduledDeductSign.partner.contracts.preEntrustSign.app.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/app&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/app&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/app&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/app&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>pre_entrustweb_id</code></td><td>string</td><td>预签约ID</td><td></td></tr><tr><td><code>miniprogram_username</code></td><td>string</td><td>跳转签约小程序的username</td><td></td></tr><tr><td><code>miniprogram_path</code></td><td>string</td><td>跳转签约小程序的path</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-app-scheduled-deduct-pre-sign.html" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/app.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const app = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  app as default
};
