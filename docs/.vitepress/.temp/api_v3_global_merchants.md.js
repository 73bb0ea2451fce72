import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"子商户进件（融合钱包） · v3/global/merchants","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/global/merchants.md","filePath":"api/v3/global/merchants.md"}');
const _sfc_main = { name: "api/v3/global/merchants.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="子商户进件-融合钱包-·-v3-global-merchants" tabindex="-1">子商户进件（融合钱包） · <code>v3/global/merchants</code> <a class="header-anchor" href="#子商户进件-融合钱包-·-v3-global-merchants" aria-label="Permalink to &quot;子商户进件（融合钱包） · \`v3/global/merchants\`&quot;">​</a></h1><p><a href="./../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>机构提交子商户资料，微信支付系统会为每个子商户创建子商户号。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/global/merchants</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 跨境∙进件</li><li>适用对象: 机构模式</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>sp_appid</code></td><td>string</td><td>yes</td><td>机构appid</td><td></td></tr><tr><td>├ <code>sp_mchid</code></td><td>string</td><td>yes</td><td>机构商户号</td><td></td></tr><tr><td>├ <code>name</code></td><td>string</td><td>yes</td><td>子商户全称</td><td></td></tr><tr><td>├ <code>shortname</code></td><td>string</td><td>yes</td><td>子商户简称</td><td></td></tr><tr><td>├ <code>office_phone</code></td><td>string</td><td>yes</td><td>公司电话</td><td></td></tr><tr><td>├ <code>contact</code></td><td>object</td><td>yes</td><td>联系人信息</td><td></td></tr><tr><td> ├ <code>name</code></td><td>string(base64)</td><td>yes</td><td>联系人名称</td><td></td></tr><tr><td> ├ <code>phone</code></td><td>string(base64)</td><td>yes</td><td>联系人电话</td><td></td></tr><tr><td> └ <code>email</code></td><td>string(base64)</td><td>yes</td><td>联系人邮箱</td><td></td></tr><tr><td>├ <code>business_category</code></td><td>integer</td><td>yes</td><td>类目</td><td></td></tr><tr><td>├ <code>channel_id</code></td><td>string</td><td></td><td>渠道号</td><td></td></tr><tr><td>├ <code>merchant_country_code</code></td><td>string</td><td>yes</td><td>注册国家或区域</td><td></td></tr><tr><td>├ <code>merchant_type</code></td><td>string</td><td>yes</td><td>商户类型</td><td><code>ENTERPRISE</code>, <code>INDIVIDUAL</code></td></tr><tr><td>├ <code>registration_certificate_number</code></td><td>string</td><td></td><td>公司注册文件编号</td><td></td></tr><tr><td>├ <code>registration_certificate_date</code></td><td>string</td><td></td><td>公司注册文件过期时间</td><td></td></tr><tr><td>├ <code>registration_certificate_copy</code></td><td>string</td><td></td><td>公司注册文件照片</td><td></td></tr><tr><td>├ <code>settlement_bank_number</code></td><td>string</td><td></td><td>子商户银行结算账户信息</td><td></td></tr><tr><td>├ <code>business</code></td><td>object</td><td>yes</td><td>业务信息</td><td></td></tr><tr><td> ├ <code>business_type</code></td><td>string</td><td>yes</td><td>业务类型</td><td><code>ONLINE</code>, <code>OFFLINE</code>, <code>BOTH</code></td></tr><tr><td> ├ <code>app_download</code></td><td>string</td><td></td><td>APP下载链接</td><td></td></tr><tr><td> ├ <code>website</code></td><td>string</td><td></td><td>业务网站</td><td></td></tr><tr><td> ├ <code>office_account</code></td><td>string</td><td></td><td>公众号</td><td></td></tr><tr><td> ├ <code>mini_program</code></td><td>string</td><td></td><td>小程序</td><td></td></tr><tr><td> ├ <code>store_address</code></td><td>string</td><td></td><td>门店地址</td><td></td></tr><tr><td> ├ <code>store_photos</code></td><td>string(JSON: string(MediaId)[])</td><td></td><td>门店照片<code>JSON</code>格式字符串</td><td></td></tr><tr><td> └ <code>mcc</code></td><td>string</td><td></td><td>MCC码</td><td></td></tr><tr><td>├ <code>director</code></td><td>object</td><td></td><td>董事信息</td><td></td></tr><tr><td> ├ <code>name</code></td><td>string</td><td></td><td>董事姓名</td><td></td></tr><tr><td> └ <code>number</code></td><td>string</td><td></td><td>董事证件号</td><td></td></tr><tr><td>├ <code>principal</code></td><td>object</td><td></td><td>负责人信息</td><td></td></tr><tr><td> ├ <code>name</code></td><td>string</td><td></td><td>负责人姓名</td><td></td></tr><tr><td> └ <code>number</code></td><td>string</td><td></td><td>负责人证件号</td><td></td></tr><tr><td>├ <code>apply_h5_payment</code></td><td>boolean</td><td></td><td>是否申请H5支付权限</td><td></td></tr><tr><td>├ <code>h5_payment_apply_info</code></td><td>object</td><td></td><td>H5申请资料</td><td></td></tr><tr><td> ├ <code>h5_website_url</code></td><td>string</td><td>yes</td><td>H5经营网址</td><td></td></tr><tr><td> └ <code>domains</code></td><td>string[]</td><td>yes</td><td>拉起H5支付的域名，不超过5个</td><td></td></tr><tr><td>└ <code>attach</code></td><td>string</td><td></td><td>附加信息</td><td></td></tr><tr><td><code>headers</code></td><td>object</td><td>yes</td><td>Request headers</td><td></td></tr><tr><td>├ <code>Idempotency-Key</code></td><td>unknown</td><td></td><td>由商户侧生成的唯一key，用来标识多次重试是否为同一请求</td><td></td></tr><tr><td>└ <code>Wechatpay-Serial</code></td><td>unknown</td><td>yes</td><td>微信支付公钥ID/平台证书序列号</td><td></td></tr></tbody></table><p>A <code>string(JSON: …)</code> field is JSON text (<code>JSON.stringify</code> it); in <code>xml</code>, an array-valued one may also be given as the array, which the SDK encodes.</p><p><code>Wechatpay-Serial</code> is set by the SDK: to the platform key it encrypted with when <code>json</code> is built with <code>encrypt</code>, and to the <code>PUB_KEY_ID_…</code> in public-key mode.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/global/merchants&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    sp_appid: &#39;wx8888888888888888&#39;,
    sp_mchid: &#39;3200000001&#39;,
    name: &#39;Merchant name&#39;,
    shortname: &#39;Merchant shortname&#39;,
    office_phone: &#39;075586010000&#39;,
    contact: { name: &#39;李先生&#39;, phone: &#39;075586010000&#39;, email: &#39;test@test.com&#39; },
    business_category: 644,
    channel_id: &#39;3200000001&#39;,
    merchant_country_code: &#39;344&#39;,
    merchant_type: &#39;ENTERPRISE&#39;,
    registration_certificate_number: &#39;5555-8888&#39;,
    registration_certificate_date: &#39;2020-10-16&#39;,
    registration_certificate_copy: &#39;w7yQFawBtja5uEdm_aoXokv2SDoEmHIPs&#39;,
    settlement_bank_number: &#39;555588889999&#39;,
    business: {
      business_type: &#39;BOTH&#39;,
      app_download: &#39;https://download.qq.com&#39;,
      website: &#39;https://www.qq.com&#39;,
      office_account: &#39;wx8888888888888888&#39;,
      mini_program: &#39;wx8888888888888888&#39;,
      store_address: &#39;10F World Finance Centre (South Office), 11 Canton Road, Tsim Sha Tsui, Hong Kong&#39;,
      store_photos: JSON.stringify([&#39;&lt;store_photos&gt;&#39;]),
      mcc: &#39;4214&#39;,
    },
    attach: &#39;555588889999&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;global-&gt;merchants-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.global.merchants.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/global/merchants&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/global/merchants&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/global/merchants&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/global/merchants&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;global-&gt;merchants-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.global.merchants.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/global/merchants&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/global/merchants&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/global/merchants&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/global/merchants&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>sub_mchid</code></td><td>string</td><td>子商户号</td><td></td></tr><tr><td><code>verification_status</code></td><td>string</td><td>验证状态</td><td><code>Under Review</code>, <code>Approved</code></td></tr><tr><td><code>description</code></td><td>string</td><td>验证状态描述</td><td></td></tr><tr><td><code>h5_authorization_state</code></td><td>string</td><td>H5支付权限状态</td><td><code>APPROVED</code>, <code>UNAUTHORIZED</code>, <code>UNDER_REVIEW</code>, <code>REJECTED</code>, <code>UNDER_PUNISHMENT</code>, <code>APPLICATION_FAILED</code></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/global/merchants.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const merchants = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  merchants as default
};
