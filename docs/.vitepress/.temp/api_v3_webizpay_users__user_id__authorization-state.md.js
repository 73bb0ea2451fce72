import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"企业商户查询企业员工开通授权状态 · v3/webizpay/users/{user_id}/authorization-state","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/webizpay/users/_user_id_/authorization-state.md","filePath":"api/v3/webizpay/users/_user_id_/authorization-state.md"}');
const _sfc_main = { name: "api/v3/webizpay/users/_user_id_/authorization-state.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="企业商户查询企业员工开通授权状态-·-v3-webizpay-users-user-id-authorization-state" tabindex="-1">企业商户查询企业员工开通授权状态 · <code>v3/webizpay/users/{user_id}/authorization-state</code> <a class="header-anchor" href="#企业商户查询企业员工开通授权状态-·-v3-webizpay-users-user-id-authorization-state" aria-label="Permalink to &quot;企业商户查询企业员工开通授权状态 · \`v3/webizpay/users/{user_id}/authorization-state\`&quot;">​</a></h1><p><a href="./../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get" tabindex="-1">GET <a class="header-anchor" href="#get" aria-label="Permalink to &quot;GET&quot;">​</a></h2><p>企业商户查询企业员工开通授权状态。该接口允许服务商查询指定出资子商户下特定员工的企业支付授权状态，包括授权状态、授权时间和解除授权时间等信息。服务商可通过此接口确认员工是否已开通企业支付功能，是后续发放额度卡的前提条件。</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/webizpay/users/{user_id}/authorization-state</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 企业支付</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>user_id</code></td><td>string</td><td>yes</td><td>企业员工ID</td><td></td></tr><tr><td><code>query</code></td><td>object</td><td>yes</td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>├ <code>sp_mchid</code></td><td>string</td><td>yes</td><td>服务商商户号</td><td></td></tr><tr><td>└ <code>sub_mchid</code></td><td>string</td><td>yes</td><td>出资子商户号</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/webizpay/users/{user_id}/authorization-state&#39;][&#39;get&#39;][&#39;options&#39;] = {
  user_id: &#39;123456&#39;,
  query: { sp_mchid: &#39;12341234&#39;, sub_mchid: &#39;43214321&#39; },
};

// 1. $instance-&gt;v3-&gt;webizpay-&gt;users-&gt;_user_id_-&gt;authorizationState-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.webizpay.users._user_id_.authorizationState.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/webizpay/users/{user_id}/authorization-state&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/webizpay/users/{user_id}/authorization-state&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/webizpay/users/{user_id}/authorization-state&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/webizpay/users/{user_id}/authorization-state&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;webizpay-&gt;users-&gt;_user_id_-&gt;authorizationState-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.webizpay.users._user_id_.authorizationState.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/webizpay/users/{user_id}/authorization-state&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/webizpay/users/{user_id}/authorization-state&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/webizpay/users/{user_id}/authorization-state&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/webizpay/users/{user_id}/authorization-state&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>sp_mchid</code></td><td>string</td><td>服务商商户号</td><td></td></tr><tr><td><code>sub_mchid</code></td><td>string</td><td>出资子商户号</td><td></td></tr><tr><td><code>user_id</code></td><td>string</td><td>企业员工ID</td><td></td></tr><tr><td><code>employee_list</code></td><td>object[]</td><td>微信授权关系列表</td><td></td></tr><tr><td>├ <code>employee_id</code></td><td>string</td><td>微信授权关系ID</td><td></td></tr><tr><td>├ <code>authorization_state</code></td><td>string</td><td>授权状态</td><td><code>AUTHORIZED</code>, <code>REVOKED</code></td></tr><tr><td>├ <code>authorization_time</code></td><td>string(rfc3339)</td><td>授权时间</td><td></td></tr><tr><td>└ <code>authorization_revoked_time</code></td><td>string(rfc3339)</td><td>解除授权时间</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/webizpay/users/_user_id_/authorization-state.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const authorizationState = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  authorizationState as default
};
