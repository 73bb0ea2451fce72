import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"查询子商户 · v2/secapi/mch/queryInstitutionsub","description":"","frontmatter":{},"headers":[],"relativePath":"api/v2/secapi/mch/queryInstitutionsub.md","filePath":"api/v2/secapi/mch/queryInstitutionsub.md"}');
const _sfc_main = { name: "api/v2/secapi/mch/queryInstitutionsub.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="查询子商户-·-v2-secapi-mch-queryinstitutionsub" tabindex="-1">查询子商户 · <code>v2/secapi/mch/queryInstitutionsub</code> <a class="header-anchor" href="#查询子商户-·-v2-secapi-mch-queryinstitutionsub" aria-label="Permalink to &quot;查询子商户 · \`v2/secapi/mch/queryInstitutionsub\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>用于机构查询子商户创建是否成功，接口只提供单个子商户信息查询。</p><ul><li><code>POST https://api.mch.weixin.qq.com/secapi/mch/queryInstitutionsub</code></li><li>APIv2: XML, signed with the APIv2 key (<code>secret</code>)</li><li>Merchant API client certificate: <strong>required</strong> (<code>x-api-cert-required</code>): configure <code>merchant</code> on the client; the SDK presents it without <code>security: true</code></li><li>Product: 跨境∙进件</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>xml</code></td><td>object</td><td>yes</td><td>The APIv2 payload</td><td></td></tr><tr><td>├ <code>app_id</code></td><td>string</td><td>yes</td><td>机构appid</td><td></td></tr><tr><td>├ <code>mch_id</code></td><td>string</td><td>yes</td><td>机构商户号</td><td></td></tr><tr><td>└ <code>sub_mch_id</code></td><td>string</td><td>yes</td><td>子商户号</td><td></td></tr></tbody></table><p><code>nonce_str</code> and <code>sign</code> are added by the SDK (<code>sign_type</code> in <code>xml</code> picks <code>MD5</code>, the default, or <code>HMAC-SHA256</code>); pass <code>nonceless: true</code> to leave out <code>nonce_str</code>. A <code>mch_id</code> (or <code>mchid</code>) must be the client&#39;s <code>mchid</code>: the SDK refuses to sign for another merchant.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, Transformer, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;3200000001&#39;,
  secret: process.env.WECHATPAY_APIV2_KEY!,
  merchant: { cert: &#39;file:///path/to/apiclient_cert.pem&#39;, key: &#39;file:///path/to/apiclient_key.pem&#39; },
});

const options: Endpoints[&#39;v2/secapi/mch/queryInstitutionsub&#39;][&#39;post&#39;][&#39;options&#39;] = {
  xml: { app_id: &#39;wx8888888888888888&#39;, mch_id: &#39;3200000001&#39;, sub_mch_id: &#39;20000100&#39; },
};

// 1. $instance-&gt;v2-&gt;secapi-&gt;mch-&gt;queryInstitutionsub-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v2.secapi.mch.queryInstitutionsub.postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 2. $instance-&gt;chain(&#39;v2/secapi/mch/queryInstitutionsub&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v2/secapi/mch/queryInstitutionsub&#39;).postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 3. $instance[&#39;v2/secapi/mch/queryInstitutionsub&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v2/secapi/mch/queryInstitutionsub&#39;].postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 4. $response = $instance-&gt;v2-&gt;secapi-&gt;mch-&gt;queryInstitutionsub-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byProperty = await wx.v2.secapi.mch.queryInstitutionsub.post(options);
console.log(Transformer.toArray(byProperty.body));

// 5. $response = $instance-&gt;chain(&#39;v2/secapi/mch/queryInstitutionsub&#39;)-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byChain = await wx.chain(&#39;v2/secapi/mch/queryInstitutionsub&#39;).post(options);
console.log(Transformer.toArray(byChain.body));

// 6. $response = $instance[&#39;v2/secapi/mch/queryInstitutionsub&#39;]-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byPath = await wx[&#39;v2/secapi/mch/queryInstitutionsub&#39;].post(options);
console.log(Transformer.toArray(byPath.body));
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>return_code</code></td><td>string</td><td>返回状态码</td><td><code>SUCCESS</code>, <code>FAIL</code></td></tr><tr><td><code>return_msg</code></td><td>string</td><td>返回信息</td><td></td></tr><tr><td><code>result_code</code></td><td>string</td><td>业务返回码</td><td><code>SUCCESS</code>, <code>FAIL</code></td></tr><tr><td><code>err_code</code></td><td>string</td><td>错误编码</td><td></td></tr><tr><td><code>err_code_des</code></td><td>string</td><td>错误描述</td><td></td></tr><tr><td><code>sign</code></td><td>string</td><td>签名</td><td></td></tr><tr><td><code>sub_mch_id</code></td><td>string</td><td>子商户号</td><td></td></tr><tr><td><code>merchant_name</code></td><td>string</td><td>子商户名称</td><td></td></tr><tr><td><code>merchant_shortname</code></td><td>string</td><td>子商户简称</td><td></td></tr><tr><td><code>merchant_country_code</code></td><td>string</td><td>注册国家或区域</td><td></td></tr><tr><td><code>business_category</code></td><td>string</td><td>业务类目</td><td></td></tr><tr><td><code>mcc</code></td><td>string</td><td>MCC</td><td></td></tr><tr><td><code>office_phone</code></td><td>string</td><td>公司联系电话</td><td></td></tr><tr><td><code>contact_name</code></td><td>string</td><td>联系人姓名</td><td></td></tr><tr><td><code>contact_phone</code></td><td>string</td><td>联系人手机</td><td></td></tr><tr><td><code>contact_email</code></td><td>string</td><td>联系人邮箱</td><td></td></tr><tr><td><code>merchant_remark</code></td><td>string</td><td>子商户唯一标识</td><td></td></tr><tr><td><code>business_type</code></td><td>string</td><td>业务类型</td><td><code>ONLINE</code>, <code>OFFLINE</code>, <code>BOTH</code></td></tr><tr><td><code>merchant_type</code></td><td>string</td><td>商户类型</td><td><code>ENTERPRISE</code>, <code>INDIVIDUAL</code></td></tr><tr><td><code>registration_certificate_number</code></td><td>string</td><td>公司注册文件编号</td><td></td></tr><tr><td><code>registration_certificate_date</code></td><td>string</td><td>公司注册文件过期时间</td><td></td></tr><tr><td><code>app_download</code></td><td>string</td><td>APP下载链接</td><td></td></tr><tr><td><code>business_website</code></td><td>string</td><td>业务网站</td><td></td></tr><tr><td><code>office_account</code></td><td>string</td><td>公众号</td><td></td></tr><tr><td><code>mini_program</code></td><td>string</td><td>小程序</td><td></td></tr><tr><td><code>store_address</code></td><td>string</td><td>门店地址</td><td></td></tr><tr><td><code>director_name</code></td><td>string</td><td>董事姓名</td><td></td></tr><tr><td><code>director_id_number</code></td><td>string</td><td>董事证件编号</td><td></td></tr><tr><td><code>principal_name</code></td><td>string</td><td>负责人姓名</td><td></td></tr><tr><td><code>principal_id_number</code></td><td>string</td><td>负责人证件编号</td><td></td></tr><tr><td><code>settlement_bank_number</code></td><td>string</td><td>子商户结算银行账户</td><td></td></tr><tr><td><code>channel_id</code></td><td>string</td><td>渠道编号</td><td></td></tr><tr><td><code>h5_authorization_state</code></td><td>string</td><td>H5支付权限状态</td><td><code>APPROVED</code>, <code>UNAUTHORIZED</code>, <code>UNDER_REVIEW</code>, <code>REJECTED</code>, <code>UNDER_PUNISHMENT</code>, <code>APPLICATION_FAILED</code></td></tr><tr><td><code>h5_audit_reject_detail</code></td><td>string</td><td>H5驳回详情</td><td></td></tr><tr><td><code>sub_mch_status</code></td><td>string</td><td>子商户状态</td><td><code>OPERATING</code>, <code>PENDING</code>, <code>DEACTIVATED</code>, <code>CLOSED</code>, <code>INCOMPLETE_APPLICATION</code></td></tr><tr><td><code>application_status</code></td><td>string</td><td>子商户入驻状态</td><td><code>UNDER_REVIEW</code>, <code>REJECTED</code></td></tr><tr><td><code>application_reject_detail</code></td><td>string(JSON: object[])</td><td>子商户入驻驳回详情</td><td></td></tr><tr><td>├ <code>field</code></td><td>string</td><td>字段</td><td></td></tr><tr><td>└ <code>reason</code></td><td>string</td><td>原因</td><td></td></tr><tr><td><code>attach</code></td><td>string</td><td>附加信息</td><td></td></tr></tbody></table><p>A signed answer&#39;s <code>sign</code> is checked before you see it. A <code>return_code</code> or <code>result_code</code> other than <code>SUCCESS</code> rejects with a <code>BusinessError</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v2/secapi/mch/queryInstitutionsub.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const queryInstitutionsub = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  queryInstitutionsub as default
};
