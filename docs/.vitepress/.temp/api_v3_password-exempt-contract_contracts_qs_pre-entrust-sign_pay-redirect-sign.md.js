import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"清算机构模式支付后场景预签约API · v3/password-exempt-contract/contracts/qs/pre-entrust-sign/pay-redirect-sign","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/password-exempt-contract/contracts/qs/pre-entrust-sign/pay-redirect-sign.md","filePath":"api/v3/password-exempt-contract/contracts/qs/pre-entrust-sign/pay-redirect-sign.md"}');
const _sfc_main = { name: "api/v3/password-exempt-contract/contracts/qs/pre-entrust-sign/pay-redirect-sign.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="清算机构模式支付后场景预签约api-·-v3-password-exempt-contract-contracts-qs-pre-entrust-sign-pay-redirect-sign" tabindex="-1">清算机构模式支付后场景预签约API · <code>v3/password-exempt-contract/contracts/qs/pre-entrust-sign/pay-redirect-sign</code> <a class="header-anchor" href="#清算机构模式支付后场景预签约api-·-v3-password-exempt-contract-contracts-qs-pre-entrust-sign-pay-redirect-sign" aria-label="Permalink to &quot;清算机构模式支付后场景预签约API · \`v3/password-exempt-contract/contracts/qs/pre-entrust-sign/pay-redirect-sign\`&quot;">​</a></h1><p><a href="./../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>从业机构服务商下单成功并获取<code>prepay_id</code>后，在把<code>prepay_id</code>返回给商户系统前，需先调用该预签约接口完成预签约。预签约成功后，若用户支付成功、且操作未超时（预签约会话在2小时的有效期内）、且无其他特殊原因，将提示用户可以开通免密支付签约；预签约失败时，将不会提示用户开通免密支付。 注意 用户在微信的页面中完成免密支付签约后，微信会同时将签约信息通过异步通知的方式通知给商户后台。 如果用户放弃签约或签约失败则不通知。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/password-exempt-contract/contracts/qs/pre-entrust-sign/pay-redirect-sign</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 免密支付</li><li>适用对象: 从业机构（支付机构）</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td>yes</td><td>商户AppID</td><td></td></tr><tr><td>├ <code>sub_appid</code></td><td>string</td><td>yes</td><td>子商户AppID</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td>yes</td><td>子商户号</td><td></td></tr><tr><td>├ <code>service_id</code></td><td>number</td><td>yes</td><td>免密支付服务ID</td><td></td></tr><tr><td>├ <code>out_contract_code</code></td><td>string</td><td>yes</td><td>商户签约协议号</td><td></td></tr><tr><td>├ <code>notify_url</code></td><td>string</td><td>yes</td><td>回调通知地址</td><td></td></tr><tr><td>├ <code>contract_display_account</code></td><td>string</td><td>yes</td><td>用户账户展示名称</td><td></td></tr><tr><td>├ <code>prepay_id</code></td><td>string</td><td>yes</td><td>预支付交易会话标识</td><td></td></tr><tr><td>├ <code>openid</code></td><td>string</td><td></td><td>用户标识</td><td></td></tr><tr><td>└ <code>sub_openid</code></td><td>string</td><td></td><td>用户子标识</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/password-exempt-contract/contracts/qs/pre-entrust-sign/pay-redirect-sign&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    appid: &#39;wxd678efh567hg6787&#39;,
    sub_appid: &#39;wxd678efh567hg6787&#39;,
    sub_mchid: &#39;1900000109&#39;,
    service_id: 12535,
    out_contract_code: &#39;wxwtdk20200910100000&#39;,
    notify_url: &#39;https://yourapp.com/notify&#39;,
    contract_display_account: &#39;微信代扣用户A&#39;,
    prepay_id: &#39;wx201410272009395522657a690389285100&#39;,
    openid: &#39;oUpF8uMuAJO_M2pxb1Q9zNjWeS6o&#39;,
    sub_openid: &#39;oUpF8uMuAJO_M2pxb1Q9zNjWeS6o&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;passwordExemptContract-&gt;contracts-&gt;qs-&gt;preEntrustSign-&gt;payRedirectSign-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.passwordExemptContract.contracts.qs.preEntrustSign.payRedirectSign.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/password-exempt-contract/contracts/qs/pre-entrust-sign/pay-redirect-sign&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/password-exempt-contract/contracts/qs/pre-entrust-sign/pay-redirect-sign&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/password-exempt-contract/contracts/qs/pre-entrust-sign/pay-redirect-sign&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/password-exempt-contract/contracts/qs/pre-entrust-sign/pay-redirect-sign&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;passwordExemptContract-&gt;contracts-&gt;qs-&gt;preEntrustSign-&gt;payRedirectSign-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.passwordExemptContract.contracts.qs.preEntrustSign.payRedirectSign.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/password-exempt-contract/contracts/qs/pre-entrust-sign/pay-redirect-sign&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/password-exempt-contract/contracts/qs/pre-entrust-sign/pay-redirect-sign&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/password-exempt-contract/contracts/qs/pre-entrust-sign/pay-redirect-sign&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/password-exempt-contract/contracts/qs/pre-entrust-sign/pay-redirect-sign&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>mchid</code></td><td>string</td><td>商户号</td><td></td></tr><tr><td><code>service_id</code></td><td>number</td><td>免密支付服务ID</td><td></td></tr><tr><td><code>out_contract_code</code></td><td>string</td><td>商户签约协议号</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/docs/partner/apis/partner-password-free-contract/sign/qs-pay-redirect-sign-pre-entrust-sign.html" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/password-exempt-contract/contracts/qs/pre-entrust-sign/pay-redirect-sign.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const payRedirectSign = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  payRedirectSign as default
};
