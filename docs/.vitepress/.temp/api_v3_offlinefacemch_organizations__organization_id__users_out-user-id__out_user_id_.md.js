import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"刷脸用户信息查询接口 / 刷脸用户信息修改接口 · v3/offlinefacemch/organizations/{organization_id}/users/out-user-id/{out_user_id}","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/offlinefacemch/organizations/_organization_id_/users/out-user-id/_out_user_id_.md","filePath":"api/v3/offlinefacemch/organizations/_organization_id_/users/out-user-id/_out_user_id_.md"}');
const _sfc_main = { name: "api/v3/offlinefacemch/organizations/_organization_id_/users/out-user-id/_out_user_id_.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="刷脸用户信息查询接口-刷脸用户信息修改接口-·-v3-offlinefacemch-organizations-organization-id-users-out-user-id-out-user-id" tabindex="-1">刷脸用户信息查询接口 / 刷脸用户信息修改接口 · <code>v3/offlinefacemch/organizations/{organization_id}/users/out-user-id/{out_user_id}</code> <a class="header-anchor" href="#刷脸用户信息查询接口-刷脸用户信息修改接口-·-v3-offlinefacemch-organizations-organization-id-users-out-user-id-out-user-id" aria-label="Permalink to &quot;刷脸用户信息查询接口 / 刷脸用户信息修改接口 · \`v3/offlinefacemch/organizations/{organization_id}/users/out-user-id/{out_user_id}\`&quot;">​</a></h1><p><a href="./../../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get-·-刷脸用户信息查询接口" tabindex="-1">GET · 刷脸用户信息查询接口 <a class="header-anchor" href="#get-·-刷脸用户信息查询接口" aria-label="Permalink to &quot;GET · 刷脸用户信息查询接口&quot;">​</a></h2><ul><li><code>GET https://api.mch.weixin.qq.com/v3/offlinefacemch/organizations/{organization_id}/users/out-user-id/{out_user_id}</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 刷脸支付</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>organization_id</code></td><td>string</td><td>yes</td><td>机构ID</td><td></td></tr><tr><td><code>out_user_id</code></td><td>string</td><td>yes</td><td>商户刷脸用户ID</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/offlinefacemch/organizations/{organization_id}/users/out-user-id/{out_user_id}&#39;][&#39;get&#39;][&#39;options&#39;] = {
  organization_id: &#39;&lt;organization_id&gt;&#39;,
  out_user_id: &#39;&lt;out_user_id&gt;&#39;,
};

// 1. $instance-&gt;v3-&gt;offlinefacemch-&gt;organizations-&gt;_organization_id_-&gt;users-&gt;outUserId-&gt;_out_user_id_-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.offlinefacemch.organizations._organization_id_.users.outUserId._out_user_id_.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/offlinefacemch/organizations/{organization_id}/users/out-user-id/{out_user_id}&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/offlinefacemch/organizations/{organization_id}/users/out-user-id/{out_user_id}&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/offlinefacemch/organizations/{organization_id}/users/out-user-id/{out_user_id}&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/offlinefacemch/organizations/{organization_id}/users/out-user-id/{out_user_id}&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;offlinefacemch-&gt;organizations-&gt;_organization_id_-&gt;users-&gt;outUserId-&gt;_out_user_id_-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.offlinefacemch.organizations._organization_id_.users.outUserId._out_user_id_.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/offlinefacemch/organizations/{organization_id}/users/out-user-id/{out_user_id}&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/offlinefacemch/organizations/{organization_id}/users/out-user-id/{out_user_id}&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/offlinefacemch/organizations/{organization_id}/users/out-user-id/{out_user_id}&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/offlinefacemch/organizations/{organization_id}/users/out-user-id/{out_user_id}&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>use_id</code></td><td>string</td><td>刷脸用户ID</td><td></td></tr><tr><td><code>out_user_id</code></td><td>string</td><td>商户刷脸用户ID</td><td></td></tr><tr><td><code>organization_id</code></td><td>string</td><td>机构ID</td><td></td></tr><tr><td><code>user_name</code></td><td>string</td><td>姓名</td><td></td></tr><tr><td><code>user_type</code></td><td>string</td><td>用户类型</td><td><code>STUDENT</code>, <code>STUFF</code></td></tr><tr><td><code>student_info</code></td><td>object</td><td>学生信息</td><td></td></tr><tr><td>└ <code>class_name</code></td><td>string</td><td>班级名</td><td></td></tr><tr><td><code>staff_info</code></td><td>object</td><td>职工信息</td><td></td></tr><tr><td>└ <code>occupation</code></td><td>string</td><td>职业</td><td></td></tr><tr><td><code>status</code></td><td>string</td><td>用户状态</td><td><code>NORMAL</code>, <code>DISABLED</code></td></tr><tr><td><code>contract_state</code></td><td>string</td><td>签约状态</td><td><code>NOT_CONTRACTED</code>, <code>TERMINATED</code>, <code>CONTRACTED</code></td></tr><tr><td><code>face_image_ok</code></td><td>boolean</td><td>人脸图片上传状态</td><td></td></tr><tr><td><code>contract_id</code></td><td>string</td><td>签约ID</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/wxfacepay/develop/k12-development-guidelines.html" target="_blank" rel="noreferrer">官方文档</a></li></ul><h2 id="patch-·-刷脸用户信息修改接口" tabindex="-1">PATCH · 刷脸用户信息修改接口 <a class="header-anchor" href="#patch-·-刷脸用户信息修改接口" aria-label="Permalink to &quot;PATCH · 刷脸用户信息修改接口&quot;">​</a></h2><p>若修改了学生姓名、班级、手机号时，需调用接口同步给微信侧，否则可能导致小助手上记录欠款的学生姓名、班级与实际不符合以及学生刷脸验证手机号时无法通过。</p><ul><li><code>PATCH https://api.mch.weixin.qq.com/v3/offlinefacemch/organizations/{organization_id}/users/out-user-id/{out_user_id}</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 刷脸支付</li><li>适用对象: 服务商</li></ul><h3 id="request-1" tabindex="-1">Request <a class="header-anchor" href="#request-1" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>organization_id</code></td><td>string</td><td>yes</td><td>机构ID</td><td></td></tr><tr><td><code>out_user_id</code></td><td>string</td><td>yes</td><td>商户刷脸用户ID</td><td></td></tr><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>user_name</code></td><td>string(base64)</td><td></td><td>姓名</td><td></td></tr><tr><td>├ <code>user_type</code></td><td>string</td><td></td><td>用户类型</td><td><code>STUDENT</code>, <code>STUFF</code></td></tr><tr><td>├ <code>student_info</code></td><td>object</td><td></td><td>学生信息</td><td></td></tr><tr><td> └ <code>class_name</code></td><td>string</td><td></td><td>班级名</td><td></td></tr><tr><td>├ <code>staff_info</code></td><td>object</td><td></td><td>职工信息</td><td></td></tr><tr><td> └ <code>occupation</code></td><td>string</td><td></td><td>职业</td><td></td></tr><tr><td>├ <code>status</code></td><td>string</td><td></td><td>状态</td><td><code>NORMAL</code>, <code>DISABLED</code></td></tr><tr><td>└ <code>phone</code></td><td>string(base64)</td><td></td><td>手机号</td><td></td></tr><tr><td><code>headers</code></td><td>object</td><td>yes</td><td>Request headers</td><td></td></tr><tr><td>└ <code>Wechatpay-Serial</code></td><td>unknown</td><td>yes</td><td>微信支付公钥ID/平台证书序列号</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><p><code>Wechatpay-Serial</code> is set by the SDK: to the platform key it encrypted with when <code>json</code> is built with <code>encrypt</code>, and to the <code>PUB_KEY_ID_…</code> in public-key mode.</p><h3 id="call-styles-1" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles-1" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>patch</code> and <code>patchAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/offlinefacemch/organizations/{organization_id}/users/out-user-id/{out_user_id}&#39;][&#39;patch&#39;][&#39;options&#39;] = {
  organization_id: &#39;&lt;organization_id&gt;&#39;,
  out_user_id: &#39;&lt;out_user_id&gt;&#39;,
  json: {},
};

// 1. $instance-&gt;v3-&gt;offlinefacemch-&gt;organizations-&gt;_organization_id_-&gt;users-&gt;outUserId-&gt;_out_user_id_-&gt;patchAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.offlinefacemch.organizations._organization_id_.users.outUserId._out_user_id_.patchAsync(options).then((response) =&gt; console.log(response.status));

// 2. $instance-&gt;chain(&#39;v3/offlinefacemch/organizations/{organization_id}/users/out-user-id/{out_user_id}&#39;)-&gt;patchAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/offlinefacemch/organizations/{organization_id}/users/out-user-id/{out_user_id}&#39;).patchAsync(options).then((response) =&gt; console.log(response.status));

// 3. $instance[&#39;v3/offlinefacemch/organizations/{organization_id}/users/out-user-id/{out_user_id}&#39;]-&gt;patchAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/offlinefacemch/organizations/{organization_id}/users/out-user-id/{out_user_id}&#39;].patchAsync(options).then((response) =&gt; console.log(response.status));

// 4. $response = $instance-&gt;v3-&gt;offlinefacemch-&gt;organizations-&gt;_organization_id_-&gt;users-&gt;outUserId-&gt;_out_user_id_-&gt;patch([…]); echo $response-&gt;getStatusCode();
const byProperty = await wx.v3.offlinefacemch.organizations._organization_id_.users.outUserId._out_user_id_.patch(options);
console.log(byProperty.status);

// 5. $response = $instance-&gt;chain(&#39;v3/offlinefacemch/organizations/{organization_id}/users/out-user-id/{out_user_id}&#39;)-&gt;patch([…]); echo $response-&gt;getStatusCode();
const byChain = await wx.chain(&#39;v3/offlinefacemch/organizations/{organization_id}/users/out-user-id/{out_user_id}&#39;).patch(options);
console.log(byChain.status);

// 6. $response = $instance[&#39;v3/offlinefacemch/organizations/{organization_id}/users/out-user-id/{out_user_id}&#39;]-&gt;patch([…]); echo $response-&gt;getStatusCode();
const byPath = await wx[&#39;v3/offlinefacemch/organizations/{organization_id}/users/out-user-id/{out_user_id}&#39;].patch(options);
console.log(byPath.status);
</code></pre></div><h3 id="answer-1" tabindex="-1">Answer <a class="header-anchor" href="#answer-1" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><p><code>204 No Content</code>: no body; <code>response.data</code> is <code>undefined</code>.</p><h3 id="official-documentation-1" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation-1" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/wxfacepay/develop/access-specifications.html" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/offlinefacemch/organizations/_organization_id_/users/out-user-id/_out_user_id_.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const _out_user_id_ = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  _out_user_id_ as default
};
