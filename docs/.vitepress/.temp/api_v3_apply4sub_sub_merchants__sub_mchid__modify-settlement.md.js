import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"修改结算帐号API · v3/apply4sub/sub_merchants/{sub_mchid}/modify-settlement","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/apply4sub/sub_merchants/_sub_mchid_/modify-settlement.md","filePath":"api/v3/apply4sub/sub_merchants/_sub_mchid_/modify-settlement.md"}');
const _sfc_main = { name: "api/v3/apply4sub/sub_merchants/_sub_mchid_/modify-settlement.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="修改结算帐号api-·-v3-apply4sub-sub-merchants-sub-mchid-modify-settlement" tabindex="-1">修改结算帐号API · <code>v3/apply4sub/sub_merchants/{sub_mchid}/modify-settlement</code> <a class="header-anchor" href="#修改结算帐号api-·-v3-apply4sub-sub-merchants-sub-mchid-modify-settlement" aria-label="Permalink to &quot;修改结算帐号API · \`v3/apply4sub/sub_merchants/{sub_mchid}/modify-settlement\`&quot;">​</a></h1><p><a href="./../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>修改结算帐号API</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/apply4sub/sub_merchants/{sub_mchid}/modify-settlement</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 服务商∙进件, 收付通∙进件</li><li>适用对象: 普通服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>sub_mchid</code></td><td>string</td><td>yes</td><td>特约商户号</td><td></td></tr><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>modify_mode</code></td><td>string</td><td></td><td>修改模式</td><td><code>MODIFY_MODE_ASYNC</code></td></tr><tr><td>├ <code>account_type</code></td><td>string</td><td>yes</td><td>账户类型</td><td><code>ACCOUNT_TYPE_BUSINESS</code>, <code>ACCOUNT_TYPE_PRIVATE</code></td></tr><tr><td>├ <code>account_bank</code></td><td>string</td><td>yes</td><td>开户银行</td><td></td></tr><tr><td>├ <code>bank_address_code</code></td><td>string</td><td>yes</td><td>开户银行省市编码</td><td></td></tr><tr><td>├ <code>bank_name</code></td><td>string</td><td></td><td>开户银行全称（含支行）</td><td></td></tr><tr><td>├ <code>bank_branch_id</code></td><td>string</td><td></td><td>开户银行联行号</td><td></td></tr><tr><td>├ <code>account_number</code></td><td>string(base64)</td><td>yes</td><td>银行账号</td><td></td></tr><tr><td>└ <code>account_name</code></td><td>string(base64)</td><td></td><td>开户名称</td><td></td></tr><tr><td><code>headers</code></td><td>object</td><td>yes</td><td>Request headers</td><td></td></tr><tr><td>└ <code>Wechatpay-Serial</code></td><td>unknown</td><td>yes</td><td>微信支付公钥ID/平台证书序列号</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><p><code>Wechatpay-Serial</code> is set by the SDK: to the platform key it encrypted with when <code>json</code> is built with <code>encrypt</code>, and to the <code>PUB_KEY_ID_…</code> in public-key mode.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/apply4sub/sub_merchants/{sub_mchid}/modify-settlement&#39;][&#39;post&#39;][&#39;options&#39;] = {
  sub_mchid: &#39;1900006491&#39;,
  json: {
    modify_mode: &#39;MODIFY_MODE_ASYNC&#39;,
    account_type: &#39;ACCOUNT_TYPE_BUSINESS&#39;,
    account_bank: &#39;工商银行&#39;,
    bank_address_code: &#39;110000&#39;,
    bank_name: &#39;中国工商银行股份有限公司北京市分行营业部&#39;,
    bank_branch_id: &#39;402713354941&#39;,
    account_number: &#39;ciphertext&#39;,
    account_name: &#39;ciphertext&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;apply4sub-&gt;sub_merchants-&gt;_sub_mchid_-&gt;modifySettlement-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.apply4sub.sub_merchants._sub_mchid_.modifySettlement.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/apply4sub/sub_merchants/{sub_mchid}/modify-settlement&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/apply4sub/sub_merchants/{sub_mchid}/modify-settlement&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/apply4sub/sub_merchants/{sub_mchid}/modify-settlement&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/apply4sub/sub_merchants/{sub_mchid}/modify-settlement&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;apply4sub-&gt;sub_merchants-&gt;_sub_mchid_-&gt;modifySettlement-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.apply4sub.sub_merchants._sub_mchid_.modifySettlement.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/apply4sub/sub_merchants/{sub_mchid}/modify-settlement&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/apply4sub/sub_merchants/{sub_mchid}/modify-settlement&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/apply4sub/sub_merchants/{sub_mchid}/modify-settlement&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/apply4sub/sub_merchants/{sub_mchid}/modify-settlement&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>application_no</code></td><td>string</td><td>修改结算账户申请单号</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/tool/applyment4sub/chapter3_3.shtml" target="_blank" rel="noreferrer">官方文档</a></li><li><a href="https://pay.weixin.qq.com/docs/partner/apis/ecommerce-merchant-application/modify-settlement.html" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/apply4sub/sub_merchants/_sub_mchid_/modify-settlement.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const modifySettlement = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  modifySettlement as default
};
