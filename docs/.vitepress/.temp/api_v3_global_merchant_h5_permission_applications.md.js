import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"创建H5支付权限申请单 · v3/global/merchant/h5/permission/applications","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/global/merchant/h5/permission/applications.md","filePath":"api/v3/global/merchant/h5/permission/applications.md"}');
const _sfc_main = { name: "api/v3/global/merchant/h5/permission/applications.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="创建h5支付权限申请单-·-v3-global-merchant-h5-permission-applications" tabindex="-1">创建H5支付权限申请单 · <code>v3/global/merchant/h5/permission/applications</code> <a class="header-anchor" href="#创建h5支付权限申请单-·-v3-global-merchant-h5-permission-applications" aria-label="Permalink to &quot;创建H5支付权限申请单 · \`v3/global/merchant/h5/permission/applications\`&quot;">​</a></h1><p><a href="./../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>商户可以通过调用此接口为子商户申请H5支付权限。调用之前需要先签署批量提交协议。如果限额类型（transaction_limit_type）选择不限额度（NO_LIMIT），则在此申请单创建完成后，系统会未子商户自动创建解除限额申请单。发起解除限额申请时，需要确保商户已经获得了普通限额的支付权限。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/global/merchant/h5/permission/applications</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 跨境∙H5权限</li><li>适用对象: 从业机构（支付机构）</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>business_description</code></td><td>string</td><td></td><td>公司介绍和业务描述</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td>yes</td><td>子商户号</td><td></td></tr><tr><td>├ <code>domains</code></td><td>string[]</td><td>yes</td><td>H5支付域名</td><td></td></tr><tr><td>├ <code>company_register_cert</code></td><td>string(MediaId)</td><td></td><td>公司注册资质证书</td><td></td></tr><tr><td>├ <code>transaction_limit_type</code></td><td>string</td><td></td><td>限额类型</td><td><code>UN_LAUNCHED_WEBSITE_LIMIT</code>, <code>NORMAL_LIMIT</code>, <code>NO_LIMIT</code></td></tr><tr><td>├ <code>website_business_page_pics</code></td><td>string(MediaId)[]</td><td></td><td>经营网址商业页面截图</td><td></td></tr><tr><td>├ <code>website_homepage_pics</code></td><td>string(MediaId)[]</td><td></td><td>经营网址首页截图</td><td></td></tr><tr><td>├ <code>website_state</code></td><td>string</td><td></td><td>子商户经营网址状态</td><td><code>HAS_LAUNCHED</code>, <code>UN_LAUNCHED</code></td></tr><tr><td>├ <code>website_url</code></td><td>string</td><td>yes</td><td>子商户H5经营网址</td><td></td></tr><tr><td>├ <code>notify_url</code></td><td>string</td><td></td><td>商户提供的审核结果回调接口</td><td></td></tr><tr><td>└ <code>applyment_type</code></td><td>string</td><td></td><td>申请单类型</td><td><code>APPLY_FOR_PAYMENT_AUTHORITY</code>, <code>APPLY_FOR_RELIEVE_LIMITED</code></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/global/merchant/h5/permission/applications&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    business_description: &#39;腾讯于1998年11月成立，是一家互联网公司，通过技术丰富互联网用户的生活，助力企业数字化升级。我们的使命是“用户为本 科技向善”&#39;,
    sub_mchid: &#39;2491935631&#39;,
    domains: [&#39;&lt;domains&gt;&#39;],
    company_register_cert: &#39;6uqyGjvHzOhsLleGFQVRF&#39;,
    transaction_limit_type: &#39;UN_LAUNCHED_WEBSITE_LIMIT&#39;,
    website_state: &#39;HAS_LAUNCHED&#39;,
    website_url: &#39;https://qq.com&#39;,
    notify_url: &#39;https://pay.weixin.qq.com/wxpay/pay.action&#39;,
    applyment_type: &#39;APPLY_FOR_PAYMENT_AUTHORITY&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;global-&gt;merchant-&gt;h5-&gt;permission-&gt;applications-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.global.merchant.h5.permission.applications.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/global/merchant/h5/permission/applications&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/global/merchant/h5/permission/applications&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/global/merchant/h5/permission/applications&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/global/merchant/h5/permission/applications&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;global-&gt;merchant-&gt;h5-&gt;permission-&gt;applications-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.global.merchant.h5.permission.applications.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/global/merchant/h5/permission/applications&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/global/merchant/h5/permission/applications&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/global/merchant/h5/permission/applications&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/global/merchant/h5/permission/applications&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>sub_mchid</code></td><td>string</td><td>子商户号</td><td></td></tr><tr><td><code>domains</code></td><td>string[]</td><td>H5支付域名</td><td></td></tr><tr><td><code>business_description</code></td><td>string</td><td>公司介绍和业务描述</td><td></td></tr><tr><td><code>transaction_limit_type</code></td><td>string</td><td>限额类型</td><td><code>UN_LAUNCHED_WEBSITE_LIMIT</code>, <code>NORMAL_LIMIT</code>, <code>NO_LIMIT</code></td></tr><tr><td><code>company_register_cert</code></td><td>string(MediaId)</td><td>公司注册资质证书</td><td></td></tr><tr><td><code>website_business_page_pics</code></td><td>string(MediaId)[]</td><td>经营网址商业页面截图</td><td></td></tr><tr><td><code>website_homepage_pics</code></td><td>string(MediaId)[]</td><td>经营网址首页截图</td><td></td></tr><tr><td><code>website_state</code></td><td>string</td><td>子商户经营网址状态</td><td><code>HAS_LAUNCHED</code>, <code>UN_LAUNCHED</code></td></tr><tr><td><code>website_url</code></td><td>string</td><td>子商户H5经营网址</td><td></td></tr><tr><td><code>applyment_id</code></td><td>integer</td><td>申请单号</td><td></td></tr><tr><td><code>audit_reject_detail</code></td><td>string</td><td>驳回原因</td><td></td></tr><tr><td><code>applyment_state</code></td><td>string</td><td>申请单状态</td><td><code>PENDING</code>, <code>UNDER_REVIEW</code>, <code>APPROVED</code>, <code>REJECTED</code></td></tr><tr><td><code>applyment_type</code></td><td>string</td><td>申请单类型</td><td><code>APPLY_FOR_PAYMENT_AUTHORITY</code>, <code>APPLY_FOR_RELIEVE_LIMITED</code></td></tr><tr><td><code>notify_url</code></td><td>string</td><td>商户提供的审核结果回调接口</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter4_4_1.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/global/merchant/h5/permission/applications.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const applications = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  applications as default
};
