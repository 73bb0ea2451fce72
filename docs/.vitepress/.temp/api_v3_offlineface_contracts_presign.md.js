import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"预签约接口 · v3/offlineface/contracts/presign","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/offlineface/contracts/presign.md","filePath":"api/v3/offlineface/contracts/presign.md"}');
const _sfc_main = { name: "api/v3/offlineface/contracts/presign.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="预签约接口-·-v3-offlineface-contracts-presign" tabindex="-1">预签约接口 · <code>v3/offlineface/contracts/presign</code> <a class="header-anchor" href="#预签约接口-·-v3-offlineface-contracts-presign" aria-label="Permalink to &quot;预签约接口 · \`v3/offlineface/contracts/presign\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>一键绑卡不是支持所有银行卡，上线前请先测试是否支持该银行卡。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/offlineface/contracts/presign</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 刷脸支付</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td></td><td>The JSON body</td><td></td></tr><tr><td>├ <code>business_name</code></td><td>string</td><td>yes</td><td>业务类型</td><td></td></tr><tr><td>├ <code>facepay_user</code></td><td>object</td><td>yes</td><td>刷脸用户信息</td><td></td></tr><tr><td> ├ <code>out_user_id</code></td><td>string</td><td>yes</td><td>商户用户ID</td><td></td></tr><tr><td> ├ <code>identification_name</code></td><td>string</td><td></td><td>刷脸用户名</td><td></td></tr><tr><td> ├ <code>organization_id</code></td><td>string</td><td>yes</td><td>机构ID</td><td></td></tr><tr><td> ├ <code>identification</code></td><td>object</td><td></td><td>证件信息</td><td></td></tr><tr><td>  ├ <code>identification_type</code></td><td>string</td><td>yes</td><td>证件类型</td><td><code>IDCARD</code></td></tr><tr><td>  └ <code>identification_number</code></td><td>string(base64)</td><td>yes</td><td>证件ID</td><td></td></tr><tr><td> └ <code>phone</code></td><td>string(base64)</td><td></td><td>手机号码</td><td></td></tr><tr><td>├ <code>limit_bank_card</code></td><td>object</td><td></td><td>签约指定银行卡</td><td></td></tr><tr><td> ├ <code>bank_card_number</code></td><td>string(base64)</td><td></td><td>银行卡号</td><td></td></tr><tr><td> ├ <code>identification_name</code></td><td>string(base64)</td><td></td><td>开卡人姓名</td><td></td></tr><tr><td> ├ <code>identification</code></td><td>object</td><td></td><td>开卡人证件</td><td></td></tr><tr><td>  ├ <code>identification_type</code></td><td>string</td><td>yes</td><td>证件类型</td><td><code>IDCARD</code></td></tr><tr><td>  └ <code>identification_number</code></td><td>string(base64)</td><td>yes</td><td>证件ID</td><td></td></tr><tr><td> ├ <code>valid_thru</code></td><td>string(mm/yy)</td><td></td><td>银行卡有效期</td><td></td></tr><tr><td> ├ <code>bank_type</code></td><td>string</td><td></td><td>银行类型</td><td></td></tr><tr><td> └ <code>phone</code></td><td>string(base64)</td><td></td><td>开卡预留手机号</td><td></td></tr><tr><td>└ <code>contract_mode</code></td><td>string</td><td></td><td>签约模式</td><td><code>LIMIT_BANK_CARD</code>, <code>PRIORITY_BANK_CARD</code>, <code>LIMIT_NONE</code></td></tr><tr><td><code>headers</code></td><td>object</td><td>yes</td><td>Request headers</td><td></td></tr><tr><td>└ <code>Wechatpay-Serial</code></td><td>unknown</td><td>yes</td><td>微信支付公钥ID/平台证书序列号</td><td></td></tr></tbody></table><p><code>Wechatpay-Serial</code> is set by the SDK: to the platform key it encrypted with when <code>json</code> is built with <code>encrypt</code>, and to the <code>PUB_KEY_ID_…</code> in public-key mode.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/offlineface/contracts/presign&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    business_name: &#39;&lt;business_name&gt;&#39;,
    facepay_user: { out_user_id: &#39;&lt;out_user_id&gt;&#39;, organization_id: &#39;&lt;organization_id&gt;&#39; },
  },
};

// 1. $instance-&gt;v3-&gt;offlineface-&gt;contracts-&gt;presign-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.offlineface.contracts.presign.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/offlineface/contracts/presign&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/offlineface/contracts/presign&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/offlineface/contracts/presign&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/offlineface/contracts/presign&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;offlineface-&gt;contracts-&gt;presign-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.offlineface.contracts.presign.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/offlineface/contracts/presign&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/offlineface/contracts/presign&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/offlineface/contracts/presign&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/offlineface/contracts/presign&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>presign_token</code></td><td>string</td><td>会话ID</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/wxfacepay/develop/access-specifications.html" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/offlineface/contracts/presign.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const presign = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  presign as default
};
