import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"微信分付-支付方式前置服务 · v3/pay/partner/transactions/exposure","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/pay/partner/transactions/exposure.md","filePath":"api/v3/pay/partner/transactions/exposure.md"}');
const _sfc_main = { name: "api/v3/pay/partner/transactions/exposure.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="微信分付-支付方式前置服务-·-v3-pay-partner-transactions-exposure" tabindex="-1">微信分付-支付方式前置服务 · <code>v3/pay/partner/transactions/exposure</code> <a class="header-anchor" href="#微信分付-支付方式前置服务-·-v3-pay-partner-transactions-exposure" aria-label="Permalink to &quot;微信分付-支付方式前置服务 · \`v3/pay/partner/transactions/exposure\`&quot;">​</a></h1><p><a href="./../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>服务商查询微信分付曝光建议</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/pay/partner/transactions/exposure</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 微信分付</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>sp_appid</code></td><td>string</td><td>yes</td><td>服务商应用ID</td><td></td></tr><tr><td>├ <code>sp_mchid</code></td><td>string</td><td>yes</td><td>服务商户号</td><td></td></tr><tr><td>├ <code>sub_appid</code></td><td>string</td><td>yes</td><td>子商户/二级商户应用ID</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td></td><td>子商户号/二级商户号</td><td></td></tr><tr><td>├ <code>payer</code></td><td>object</td><td>yes</td><td>支付者</td><td></td></tr><tr><td> ├ <code>sp_openid</code></td><td>string</td><td></td><td>用户服务商标识</td><td></td></tr><tr><td> ├ <code>phone_number_hash</code></td><td>string</td><td></td><td>用户手机号的哈希值</td><td></td></tr><tr><td> └ <code>sub_openid</code></td><td>string</td><td></td><td>用户子商户标识</td><td></td></tr><tr><td>└ <code>out_trade_no</code></td><td>string</td><td>yes</td><td>商户订单号</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/pay/partner/transactions/exposure&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    sp_appid: &#39;wx8888888888888888&#39;,
    sp_mchid: &#39;1230000109&#39;,
    sub_appid: &#39;wxd678efh567hg6999&#39;,
    sub_mchid: &#39;1900000109&#39;,
    payer: {
      sp_openid: &#39;oUpF8uMuAJO_M2pxb1Q9zNjWeS6o&#39;,
      phone_number_hash: &#39;ABDEF3445546456B&#39;,
      sub_openid: &#39;oUpF8uMuAJO_M2pxb1Q9zNjWeS6o&#39;,
    },
    out_trade_no: &#39;1217752501201407033233368018&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;pay-&gt;partner-&gt;transactions-&gt;exposure-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.pay.partner.transactions.exposure.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/pay/partner/transactions/exposure&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/pay/partner/transactions/exposure&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/pay/partner/transactions/exposure&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/pay/partner/transactions/exposure&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;pay-&gt;partner-&gt;transactions-&gt;exposure-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.pay.partner.transactions.exposure.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/pay/partner/transactions/exposure&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/pay/partner/transactions/exposure&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/pay/partner/transactions/exposure&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/pay/partner/transactions/exposure&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>fqf_exposure</code></td><td>boolean</td><td>是否建议曝光微信分付</td><td></td></tr><tr><td><code>market_exposure_token</code></td><td>string</td><td>曝光凭证</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/pay/partner/transactions/exposure.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const exposure = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  exposure as default
};
