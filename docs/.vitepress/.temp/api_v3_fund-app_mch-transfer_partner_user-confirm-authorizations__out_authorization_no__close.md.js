import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"解除免确认收款授权 · v3/fund-app/mch-transfer/partner/user-confirm-authorizations/{out_authorization_no}/close","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/fund-app/mch-transfer/partner/user-confirm-authorizations/_out_authorization_no_/close.md","filePath":"api/v3/fund-app/mch-transfer/partner/user-confirm-authorizations/_out_authorization_no_/close.md"}');
const _sfc_main = { name: "api/v3/fund-app/mch-transfer/partner/user-confirm-authorizations/_out_authorization_no_/close.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="解除免确认收款授权-·-v3-fund-app-mch-transfer-partner-user-confirm-authorizations-out-authorization-no-close" tabindex="-1">解除免确认收款授权 · <code>v3/fund-app/mch-transfer/partner/user-confirm-authorizations/{out_authorization_no}/close</code> <a class="header-anchor" href="#解除免确认收款授权-·-v3-fund-app-mch-transfer-partner-user-confirm-authorizations-out-authorization-no-close" aria-label="Permalink to &quot;解除免确认收款授权 · \`v3/fund-app/mch-transfer/partner/user-confirm-authorizations/{out_authorization_no}/close\`&quot;">​</a></h1><p><a href="./../../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>根据商户单号解除免确认收款授权。注：单个商户的接口频率限制为50次/s</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/fund-app/mch-transfer/partner/user-confirm-authorizations/{out_authorization_no}/close</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 资金应用∙转账∙用户确认模式</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>out_authorization_no</code></td><td>string</td><td>yes</td><td>商户侧授权单号</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/fund-app/mch-transfer/partner/user-confirm-authorizations/{out_authorization_no}/close&#39;][&#39;post&#39;][&#39;options&#39;] = {
  out_authorization_no: &#39;plfk2020042013&#39;,
};

// 1. $instance-&gt;v3-&gt;fundApp-&gt;mchTransfer-&gt;partner-&gt;userConfirmAuthorizations-&gt;_out_authorization_no_-&gt;close-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.fundApp.mchTransfer.partner.userConfirmAuthorizations._out_authorization_no_.close.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/fund-app/mch-transfer/partner/user-confirm-authorizations/{out_authorization_no}/close&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/fund-app/mch-transfer/partner/user-confirm-authorizations/{out_authorization_no}/close&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/fund-app/mch-transfer/partner/user-confirm-authorizations/{out_authorization_no}/close&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/fund-app/mch-transfer/partner/user-confirm-authorizations/{out_authorization_no}/close&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;fundApp-&gt;mchTransfer-&gt;partner-&gt;userConfirmAuthorizations-&gt;_out_authorization_no_-&gt;close-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.fundApp.mchTransfer.partner.userConfirmAuthorizations._out_authorization_no_.close.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/fund-app/mch-transfer/partner/user-confirm-authorizations/{out_authorization_no}/close&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/fund-app/mch-transfer/partner/user-confirm-authorizations/{out_authorization_no}/close&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/fund-app/mch-transfer/partner/user-confirm-authorizations/{out_authorization_no}/close&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/fund-app/mch-transfer/partner/user-confirm-authorizations/{out_authorization_no}/close&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>out_authorization_no</code></td><td>string</td><td>商户侧授权单号</td><td></td></tr><tr><td><code>appid</code></td><td>string</td><td>商户AppID</td><td></td></tr><tr><td><code>openid</code></td><td>string</td><td>收款用户OpenID</td><td></td></tr><tr><td><code>user_display_name</code></td><td>string</td><td>用户展示名称</td><td></td></tr><tr><td><code>authorization_id</code></td><td>string</td><td>微信自动收款授权单号</td><td></td></tr><tr><td><code>state</code></td><td>string</td><td>单据状态</td><td><code>CLOSED</code></td></tr><tr><td><code>authorize_time</code></td><td>string</td><td>用户确认授权的时间</td><td></td></tr><tr><td><code>close_info</code></td><td>object</td><td>自动收款授权的关闭信息</td><td></td></tr><tr><td>├ <code>close_time</code></td><td>string</td><td>关闭时间</td><td></td></tr><tr><td>└ <code>close_reason</code></td><td>string</td><td>自动收款授权的原因</td><td><code>CLOSE_VIA_MCH_API</code></td></tr><tr><td><code>transfer_scene_id</code></td><td>string</td><td>转账场景ID</td><td><code>1000</code>, <code>1002</code>, <code>1004</code>, <code>1005</code>, <code>1009</code>, <code>1010</code>, <code>1011</code>, <code>1013</code></td></tr><tr><td><code>user_recv_perception</code></td><td>string</td><td>用户收款感知</td><td></td></tr><tr><td><code>create_time</code></td><td>string</td><td>单据创建时间</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/fund-app/mch-transfer/partner/user-confirm-authorizations/_out_authorization_no_/close.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const close = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  close as default
};
