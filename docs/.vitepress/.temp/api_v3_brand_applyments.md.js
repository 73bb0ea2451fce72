import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"提交入驻申请 · v3/brand/applyments","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/brand/applyments.md","filePath":"api/v3/brand/applyments.md"}');
const _sfc_main = { name: "api/v3/brand/applyments.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="提交入驻申请-·-v3-brand-applyments" tabindex="-1">提交入驻申请 · <code>v3/brand/applyments</code> <a class="header-anchor" href="#提交入驻申请-·-v3-brand-applyments" aria-label="Permalink to &quot;提交入驻申请 · \`v3/brand/applyments\`&quot;">​</a></h1><p><a href="./../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>服务商（银行、支付机构、电商平台不可用）使用该接口提交商家资料，帮助商家入驻成为微信支付的品牌商家。注意：本接口不支持进件境外个人小微商户</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/brand/applyments</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 经营工具∙品牌入驻</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>business_code</code></td><td>string</td><td>yes</td><td>业务申请编号</td><td></td></tr><tr><td>├ <code>admin_info</code></td><td>object</td><td>yes</td><td>管理员信息</td><td></td></tr><tr><td> ├ <code>admin_name</code></td><td>string(base64)</td><td>yes</td><td>管理员姓名</td><td></td></tr><tr><td> ├ <code>id_doc_type</code></td><td>string</td><td>yes</td><td>管理员证件类型</td><td><code>IDENTIFICATION_TYPE_MAINLAND_ID_CARD</code>, <code>IDENTIFICATION_TYPE_HONGKONG</code>, <code>IDENTIFICATION_TYPE_MACAO</code>, <code>IDENTIFICATION_TYPE_TAIWAN</code>, <code>IDENTIFICATION_TYPE_HONGKONG_MACAO_RESIDENT</code>, <code>IDENTIFICATION_TYPE_TAIWAN_RESIDENT</code></td></tr><tr><td> └ <code>id_card_number</code></td><td>string(base64)</td><td>yes</td><td>管理员证件号</td><td></td></tr><tr><td>├ <code>subject_info</code></td><td>object</td><td>yes</td><td>主体资料</td><td></td></tr><tr><td> ├ <code>subject_type</code></td><td>string</td><td>yes</td><td>主体类型</td><td><code>SUBJECT_TYPE_ENTERPRISE</code>, <code>SUBJECT_TYPE_INDIVIDUAL</code></td></tr><tr><td> ├ <code>subject_name</code></td><td>string</td><td>yes</td><td>主体名称</td><td></td></tr><tr><td> └ <code>unified_social_credit_code</code></td><td>string</td><td>yes</td><td>统一社会信用代码</td><td></td></tr><tr><td>├ <code>brand_basic_info</code></td><td>object</td><td>yes</td><td>品牌基础信息</td><td></td></tr><tr><td> ├ <code>brand_name</code></td><td>string</td><td>yes</td><td>品牌名称</td><td></td></tr><tr><td> └ <code>brand_logo</code></td><td>string(MediaId)</td><td>yes</td><td>品牌Logo</td><td></td></tr><tr><td>└ <code>trademark</code></td><td>object</td><td>yes</td><td>品牌商标资料</td><td></td></tr><tr><td> ├ <code>trademark_exists</code></td><td>string</td><td>yes</td><td>有无商标</td><td><code>TRADEMARK_EXISTS</code>, <code>TRADEMARK_NONE</code></td></tr><tr><td> ├ <code>trademark_registration_certificate</code></td><td>object</td><td></td><td>商标注册证</td><td></td></tr><tr><td>  ├ <code>certificate</code></td><td>string(MediaId)</td><td></td><td>商标注册证</td><td></td></tr><tr><td>  ├ <code>name</code></td><td>string</td><td>yes</td><td>商标名称</td><td></td></tr><tr><td>  ├ <code>number</code></td><td>string</td><td>yes</td><td>商标注册号</td><td></td></tr><tr><td>  ├ <code>valid_begin_time</code></td><td>string</td><td>yes</td><td>商标有效期开始时间</td><td></td></tr><tr><td>  ├ <code>valid_end_time</code></td><td>string</td><td>yes</td><td>商标有效期结束时间</td><td></td></tr><tr><td>  ├ <code>international_class</code></td><td>string</td><td>yes</td><td>商标国际分类</td><td></td></tr><tr><td>  ├ <code>holder</code></td><td>string</td><td>yes</td><td>商标注册人</td><td></td></tr><tr><td>  ├ <code>license</code></td><td>string(MediaId)</td><td></td><td>商标许可使用授权书</td><td></td></tr><tr><td>  ├ <code>authorization_begin_time</code></td><td>string</td><td></td><td>商标授权有效期开始时间</td><td></td></tr><tr><td>  ├ <code>authorization_end_time</code></td><td>string</td><td></td><td>商标授权有效期结束时间</td><td></td></tr><tr><td>  ├ <code>certificate_list</code></td><td>string(MediaId)[]</td><td></td><td>商标注册证列表</td><td></td></tr><tr><td>  └ <code>license_list</code></td><td>string(MediaId)[]</td><td></td><td>商标许可使用授权书列表</td><td></td></tr><tr><td> ├ <code>logo_trademark_registration_certificate</code></td><td>object</td><td></td><td>Logo商标注册证</td><td></td></tr><tr><td>  ├ <code>certificate</code></td><td>string</td><td></td><td>Logo商标注册证</td><td></td></tr><tr><td>  ├ <code>name</code></td><td>string</td><td>yes</td><td>Logo商标名称</td><td></td></tr><tr><td>  ├ <code>number</code></td><td>string</td><td>yes</td><td>Logo商标注册号</td><td></td></tr><tr><td>  ├ <code>valid_begin_time</code></td><td>string</td><td>yes</td><td>Logo商标有效期开始时间</td><td></td></tr><tr><td>  ├ <code>valid_end_time</code></td><td>string</td><td>yes</td><td>Logo商标有效期结束时间</td><td></td></tr><tr><td>  ├ <code>international_class</code></td><td>string</td><td>yes</td><td>Logo商标国际分类</td><td></td></tr><tr><td>  ├ <code>holder</code></td><td>string</td><td>yes</td><td>Logo商标注册人</td><td></td></tr><tr><td>  ├ <code>license</code></td><td>string</td><td></td><td>Logo商标许可使用授权书</td><td></td></tr><tr><td>  ├ <code>authorization_begin_time</code></td><td>string</td><td></td><td>Logo商标授权有效期开始时间</td><td></td></tr><tr><td>  ├ <code>authorization_end_time</code></td><td>string</td><td></td><td>Logo商标授权有效期结束时间</td><td></td></tr><tr><td>  ├ <code>certificate_list</code></td><td>string(MediaId)[]</td><td></td><td>Logo商标注册证列表</td><td></td></tr><tr><td>  └ <code>license_list</code></td><td>string(MediaId)[]</td><td></td><td>Logo商标许可使用授权书列表</td><td></td></tr><tr><td> ├ <code>no_trademark_addition_prove</code></td><td>string(MediaId)</td><td></td><td>无商标额外证明材料</td><td></td></tr><tr><td> └ <code>no_trademark_addition_prove_list</code></td><td>string(MediaId)[]</td><td></td><td>无商标额外证明材料列表</td><td></td></tr><tr><td><code>headers</code></td><td>object</td><td>yes</td><td>Request headers</td><td></td></tr><tr><td>└ <code>Wechatpay-Serial</code></td><td>unknown</td><td>yes</td><td>微信支付公钥ID/平台证书序列号</td><td></td></tr></tbody></table><p><code>Wechatpay-Serial</code> is set by the SDK: to the platform key it encrypted with when <code>json</code> is built with <code>encrypt</code>, and to the <code>PUB_KEY_ID_…</code> in public-key mode.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/brand/applyments&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    business_code: &#39;1900013511_10000&#39;,
    admin_info: {
      admin_name: &#39;U2FsdGVkX1+3vZQv5+9JhTq3Xy6LdKjP0o9iYx5W7vRtNqY&#39;,
      id_doc_type: &#39;IDENTIFICATION_TYPE_MAINLAND_ID_CARD&#39;,
      id_card_number: &#39;AOZdYGISxo4y44/UgZ69bdu9X+tfMUJ9dl+LetjM45&#39;,
    },
    subject_info: {
      subject_type: &#39;SUBJECT_TYPE_ENTERPRISE&#39;,
      subject_name: &#39;xx有限公司&#39;,
      unified_social_credit_code: &#39;91310101MA1FPX1234&#39;,
    },
    brand_basic_info: { brand_name: &#39;爱马哥&#39;, brand_logo: &#39;U2FsdGVkX1+8n2qLk9jP4vRtY6Wx&#39; },
    trademark: {
      trademark_exists: &#39;TRADEMARK_NONE&#39;,
      no_trademark_addition_prove: &#39;jTpGmxUX3FBWVQ5NJTZvvDujqhThn4ReFxikqJ5YW6zFQ&#39;,
    },
  },
};

// 1. $instance-&gt;v3-&gt;brand-&gt;applyments-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.brand.applyments.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/brand/applyments&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/brand/applyments&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/brand/applyments&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/brand/applyments&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;brand-&gt;applyments-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.brand.applyments.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/brand/applyments&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/brand/applyments&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/brand/applyments&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/brand/applyments&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>applyment_id</code></td><td>string</td><td>微信支付申请单号</td><td></td></tr><tr><td><code>business_code</code></td><td>string</td><td>业务申请编号</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/brand/applyments.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const applyments = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  applyments as default
};
