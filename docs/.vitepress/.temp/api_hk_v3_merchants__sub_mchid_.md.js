import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"查询子商户（融合钱包） · hk/v3/merchants/{sub_mchid}","description":"","frontmatter":{},"headers":[],"relativePath":"api/hk/v3/merchants/_sub_mchid_.md","filePath":"api/hk/v3/merchants/_sub_mchid_.md"}');
const _sfc_main = { name: "api/hk/v3/merchants/_sub_mchid_.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="查询子商户-融合钱包-·-hk-v3-merchants-sub-mchid" tabindex="-1">查询子商户（融合钱包） · <code>hk/v3/merchants/{sub_mchid}</code> <a class="header-anchor" href="#查询子商户-融合钱包-·-hk-v3-merchants-sub-mchid" aria-label="Permalink to &quot;查询子商户（融合钱包） · \`hk/v3/merchants/{sub_mchid}\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get" tabindex="-1">GET <a class="header-anchor" href="#get" aria-label="Permalink to &quot;GET&quot;">​</a></h2><p>用于机构查询子商户创建是否成功，接口只提供单个子商户信息查询。</p><ul><li><code>GET https://api.mch.weixin.qq.com/hk/v3/merchants/{sub_mchid}</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 跨境∙进件</li><li>适用对象: 机构模式</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>sub_mchid</code></td><td>string</td><td>yes</td><td>子商户号</td><td></td></tr><tr><td><code>query</code></td><td>object</td><td>yes</td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>├ <code>sp_appid</code></td><td>string</td><td>yes</td><td>机构appid</td><td></td></tr><tr><td>└ <code>sp_mchid</code></td><td>string</td><td>yes</td><td>机构商户号</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;hk/v3/merchants/{sub_mchid}&#39;][&#39;get&#39;][&#39;options&#39;] = {
  sub_mchid: &#39;20000100&#39;,
  query: { sp_appid: &#39;wx8888888888888888&#39;, sp_mchid: &#39;3200000001&#39; },
};

// 1. $instance-&gt;hk-&gt;v3-&gt;merchants-&gt;_sub_mchid_-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.hk.v3.merchants._sub_mchid_.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;hk/v3/merchants/{sub_mchid}&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;hk/v3/merchants/{sub_mchid}&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;hk/v3/merchants/{sub_mchid}&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;hk/v3/merchants/{sub_mchid}&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;hk-&gt;v3-&gt;merchants-&gt;_sub_mchid_-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.hk.v3.merchants._sub_mchid_.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;hk/v3/merchants/{sub_mchid}&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;hk/v3/merchants/{sub_mchid}&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;hk/v3/merchants/{sub_mchid}&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;hk/v3/merchants/{sub_mchid}&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>sub_mchid</code></td><td>string</td><td>子商户号</td><td></td></tr><tr><td><code>name</code></td><td>string</td><td>子商户全称</td><td></td></tr><tr><td><code>shortname</code></td><td>string</td><td>子商户简称</td><td></td></tr><tr><td><code>office_phone</code></td><td>string</td><td>公司联系方式</td><td></td></tr><tr><td><code>merchant_country_code</code></td><td>string</td><td>册国家或区域</td><td></td></tr><tr><td><code>business_category</code></td><td>integer</td><td>类目</td><td></td></tr><tr><td><code>contact</code></td><td>object</td><td>联系人信息</td><td></td></tr><tr><td>├ <code>name</code></td><td>string(base64)</td><td>联系人名称</td><td></td></tr><tr><td>├ <code>phone</code></td><td>string(base64)</td><td>联系人电话</td><td></td></tr><tr><td>└ <code>email</code></td><td>string(base64)</td><td>联系人邮箱</td><td></td></tr><tr><td><code>merchant_type</code></td><td>string</td><td>商户类型</td><td><code>ENTERPRISE</code>, <code>INDIVIDUAL</code></td></tr><tr><td><code>registration_certificate_number</code></td><td>string</td><td>公司注册文件编号</td><td></td></tr><tr><td><code>registration_certificate_date</code></td><td>string</td><td>公司注册文件过期时间</td><td></td></tr><tr><td><code>settlement_bank_number</code></td><td>string</td><td>子商户结算账户</td><td></td></tr><tr><td><code>business</code></td><td>object</td><td>业务信息</td><td></td></tr><tr><td>├ <code>business_type</code></td><td>string</td><td>业务类型</td><td><code>ONLINE</code>, <code>OFFLINE</code>, <code>BOTH</code></td></tr><tr><td>├ <code>app_download</code></td><td>string</td><td>APP下载地址</td><td></td></tr><tr><td>├ <code>website</code></td><td>string</td><td>业务网站</td><td></td></tr><tr><td>├ <code>office_account</code></td><td>string</td><td>公众号</td><td></td></tr><tr><td>├ <code>mini_program</code></td><td>string</td><td>小程序</td><td></td></tr><tr><td>├ <code>store_address</code></td><td>string</td><td>门店地址</td><td></td></tr><tr><td>└ <code>mcc</code></td><td>string</td><td>MCC码</td><td></td></tr><tr><td><code>director</code></td><td>object</td><td>董事信息</td><td></td></tr><tr><td>├ <code>name</code></td><td>string</td><td>董事姓名</td><td></td></tr><tr><td>└ <code>number</code></td><td>string</td><td>董事证件号码</td><td></td></tr><tr><td><code>principal</code></td><td>object</td><td>负责人信息</td><td></td></tr><tr><td>├ <code>name</code></td><td>string</td><td>负责人姓名</td><td></td></tr><tr><td>└ <code>number</code></td><td>string</td><td>负责人证件号码</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/Onborading_Sub_Merchant/chapter3_2.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/hk/v3/merchants/_sub_mchid_.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const _sub_mchid_ = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  _sub_mchid_ as default
};
