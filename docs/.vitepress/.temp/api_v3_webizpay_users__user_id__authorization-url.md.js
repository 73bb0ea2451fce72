import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"企业商户发起员工开通企业支付授权 · v3/webizpay/users/{user_id}/authorization-url","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/webizpay/users/_user_id_/authorization-url.md","filePath":"api/v3/webizpay/users/_user_id_/authorization-url.md"}');
const _sfc_main = { name: "api/v3/webizpay/users/_user_id_/authorization-url.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="企业商户发起员工开通企业支付授权-·-v3-webizpay-users-user-id-authorization-url" tabindex="-1">企业商户发起员工开通企业支付授权 · <code>v3/webizpay/users/{user_id}/authorization-url</code> <a class="header-anchor" href="#企业商户发起员工开通企业支付授权-·-v3-webizpay-users-user-id-authorization-url" aria-label="Permalink to &quot;企业商户发起员工开通企业支付授权 · \`v3/webizpay/users/{user_id}/authorization-url\`&quot;">​</a></h1><p><a href="./../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>企业商户发起员工开通企业支付授权。该接口允许服务商为指定出资子商户下的员工发起企业支付授权申请，系统将生成一个授权链接，员工可通过该链接完成授权操作。授权成功后，企业可为该员工下发企业支付额度卡，员工可使用额度卡进行支付。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/webizpay/users/{user_id}/authorization-url</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 企业支付</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>user_id</code></td><td>string</td><td>yes</td><td>企业员工ID</td><td></td></tr><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>sp_mchid</code></td><td>string</td><td>yes</td><td>服务商商户号</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td>yes</td><td>出资子商户号</td><td></td></tr><tr><td>└ <code>application_type</code></td><td>string</td><td>yes</td><td>发起授权应用类型</td><td><code>H5</code>, <code>MINIPROGRAM</code></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/webizpay/users/{user_id}/authorization-url&#39;][&#39;post&#39;][&#39;options&#39;] = {
  user_id: &#39;123456&#39;,
  json: { sp_mchid: &#39;12341234&#39;, sub_mchid: &#39;43214321&#39;, application_type: &#39;H5&#39; },
};

// 1. $instance-&gt;v3-&gt;webizpay-&gt;users-&gt;_user_id_-&gt;authorizationUrl-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.webizpay.users._user_id_.authorizationUrl.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/webizpay/users/{user_id}/authorization-url&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/webizpay/users/{user_id}/authorization-url&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/webizpay/users/{user_id}/authorization-url&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/webizpay/users/{user_id}/authorization-url&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;webizpay-&gt;users-&gt;_user_id_-&gt;authorizationUrl-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.webizpay.users._user_id_.authorizationUrl.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/webizpay/users/{user_id}/authorization-url&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/webizpay/users/{user_id}/authorization-url&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/webizpay/users/{user_id}/authorization-url&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/webizpay/users/{user_id}/authorization-url&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>sp_mchid</code></td><td>string</td><td>服务商商户号</td><td></td></tr><tr><td><code>sub_mchid</code></td><td>string</td><td>出资子商户号</td><td></td></tr><tr><td><code>user_id</code></td><td>string</td><td>企业员工ID</td><td></td></tr><tr><td><code>authorization_url</code></td><td>string</td><td>跳转链接</td><td></td></tr><tr><td><code>expire_time</code></td><td>string(rfc3339)</td><td>链接失效时间</td><td></td></tr><tr><td><code>application_type</code></td><td>string</td><td>发起授权应用类型</td><td><code>H5</code>, <code>MINIPROGRAM</code></td></tr><tr><td><code>mp_query</code></td><td>string</td><td>小程序查询参数</td><td></td></tr><tr><td><code>mp_business_type</code></td><td>string</td><td>小程序业务类型</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/webizpay/users/_user_id_/authorization-url.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const authorizationUrl = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  authorizationUrl as default
};
