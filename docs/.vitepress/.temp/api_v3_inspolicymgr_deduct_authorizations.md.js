import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"提交保单授权信息 · v3/inspolicymgr/deduct/authorizations","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/inspolicymgr/deduct/authorizations.md","filePath":"api/v3/inspolicymgr/deduct/authorizations.md"}');
const _sfc_main = { name: "api/v3/inspolicymgr/deduct/authorizations.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="提交保单授权信息-·-v3-inspolicymgr-deduct-authorizations" tabindex="-1">提交保单授权信息 · <code>v3/inspolicymgr/deduct/authorizations</code> <a class="header-anchor" href="#提交保单授权信息-·-v3-inspolicymgr-deduct-authorizations" aria-label="Permalink to &quot;提交保单授权信息 · \`v3/inspolicymgr/deduct/authorizations\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>保险代扣预签约时，商户通过此接口预先请求用户授权，在签约完成后微信支付将授权信息转为待授权，用户在微信支付客户端内完成授权操作后，以允许微信支付平台获取并展示该笔保单的详细信息 。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/inspolicymgr/deduct/authorizations</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 微信保单服务</li><li>适用对象: 直连商户</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>out_insurance_no</code></td><td>string</td><td>yes</td><td>商户保险编号</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td>yes</td><td>商户APPID</td><td></td></tr><tr><td>├ <code>plan_id</code></td><td>string</td><td>yes</td><td>保险代扣模板ID</td><td></td></tr><tr><td>├ <code>out_contract_code</code></td><td>string</td><td>yes</td><td>商户签约协议号</td><td></td></tr><tr><td>├ <code>insurance_name</code></td><td>string</td><td>yes</td><td>保险名称</td><td></td></tr><tr><td>├ <code>payee_mchid</code></td><td>string</td><td></td><td>收款方商户号</td><td></td></tr><tr><td>└ <code>payee_appid</code></td><td>string</td><td></td><td>收款方公众账号ID</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/inspolicymgr/deduct/authorizations&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    out_insurance_no: &#39;Auisihsiahishishi4hihsid123418id&#39;,
    appid: &#39;wxd678efh567hg6787&#39;,
    plan_id: &#39;12535&#39;,
    out_contract_code: &#39;wxwtdk20200910100000&#39;,
    insurance_name: &#39;微医保·百万医疗险&#39;,
    payee_mchid: &#39;1900000109&#39;,
    payee_appid: &#39;wx7f3f0032b6e6f0cc&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;inspolicymgr-&gt;deduct-&gt;authorizations-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.inspolicymgr.deduct.authorizations.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/inspolicymgr/deduct/authorizations&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/inspolicymgr/deduct/authorizations&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/inspolicymgr/deduct/authorizations&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/inspolicymgr/deduct/authorizations&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;inspolicymgr-&gt;deduct-&gt;authorizations-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.inspolicymgr.deduct.authorizations.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/inspolicymgr/deduct/authorizations&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/inspolicymgr/deduct/authorizations&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/inspolicymgr/deduct/authorizations&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/inspolicymgr/deduct/authorizations&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>out_insurance_no</code></td><td>string</td><td>商户保险编号</td><td></td></tr><tr><td><code>appid</code></td><td>string</td><td>商户APPID</td><td></td></tr><tr><td><code>plan_id</code></td><td>string</td><td>保险代扣模板ID</td><td></td></tr><tr><td><code>out_contract_code</code></td><td>string</td><td>商户签约协议号</td><td></td></tr><tr><td><code>insurance_name</code></td><td>string</td><td>保险名称</td><td></td></tr><tr><td><code>auth_state</code></td><td>string</td><td>授权状态</td><td><code>AUTH_STATE_INIT</code>, <code>AUTH_STATE_PENDING</code>, <code>AUTH_STATE_GRANTED</code>, <code>AUTH_STATE_DENIED</code>, <code>AUTH_STATE_EXPIRED</code></td></tr><tr><td><code>user_auth_time</code></td><td>string(rfc3339)</td><td>用户授权时间</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/inspolicymgr/deduct/authorizations.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const authorizations = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  authorizations as default
};
