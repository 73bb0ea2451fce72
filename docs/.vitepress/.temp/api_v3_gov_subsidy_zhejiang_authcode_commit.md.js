import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"品类凭证码上报确认 · v3/gov/subsidy/zhejiang/authcode/commit","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/gov/subsidy/zhejiang/authcode/commit.md","filePath":"api/v3/gov/subsidy/zhejiang/authcode/commit.md"}');
const _sfc_main = { name: "api/v3/gov/subsidy/zhejiang/authcode/commit.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="品类凭证码上报确认-·-v3-gov-subsidy-zhejiang-authcode-commit" tabindex="-1">品类凭证码上报确认 · <code>v3/gov/subsidy/zhejiang/authcode/commit</code> <a class="header-anchor" href="#品类凭证码上报确认-·-v3-gov-subsidy-zhejiang-authcode-commit" aria-label="Permalink to &quot;品类凭证码上报确认 · \`v3/gov/subsidy/zhejiang/authcode/commit\`&quot;">​</a></h1><p><a href="./../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>品类凭证码上报确认</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/gov/subsidy/zhejiang/authcode/commit</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 国补专区, 浙江</li><li>适用对象: 电商平台, 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>sp_serial_no</code></td><td>string</td><td>yes</td><td>接入方请求流水号</td><td></td></tr><tr><td>├ <code>cred_frozen_no</code></td><td>string</td><td>yes</td><td>冻结流水号</td><td></td></tr><tr><td>├ <code>trans_date</code></td><td>string</td><td>yes</td><td>交易日期</td><td></td></tr><tr><td>├ <code>trans_time</code></td><td>string</td><td>yes</td><td>交易时间</td><td></td></tr><tr><td>├ <code>acq_org_order_no</code></td><td>string</td><td></td><td>收单机构订单号</td><td></td></tr><tr><td>├ <code>order_no</code></td><td>string</td><td></td><td>商户订单号</td><td></td></tr><tr><td>├ <code>subsidy_amt</code></td><td>number</td><td></td><td>政府补贴金额</td><td></td></tr><tr><td>├ <code>add_code</code></td><td>string</td><td></td><td>收货地区编码</td><td></td></tr><tr><td>├ <code>address</code></td><td>string</td><td></td><td>收货地址</td><td></td></tr><tr><td>├ <code>sale_models</code></td><td>string</td><td></td><td>销售方式(0-线上/1-线下)</td><td><code>0</code>, <code>1</code></td></tr><tr><td>├ <code>corp_name</code></td><td>string</td><td></td><td>销售企业名称</td><td></td></tr><tr><td>├ <code>brand</code></td><td>string</td><td></td><td>家电品牌</td><td></td></tr><tr><td>├ <code>uniscid</code></td><td>string</td><td></td><td>统一社会信息代码(18 位，请与营业 执照上保持一致)</td><td></td></tr><tr><td>├ <code>barcode</code></td><td>string</td><td></td><td>商品条码(13 位或 14 位)</td><td></td></tr><tr><td>├ <code>auth_code</code></td><td>string</td><td>yes</td><td>品类凭证码</td><td></td></tr><tr><td>├ <code>req_ssn</code></td><td>string</td><td>yes</td><td>请求流水号</td><td></td></tr><tr><td>├ <code>bank_name</code></td><td>string</td><td></td><td>银行机构名称</td><td></td></tr><tr><td>├ <code>bank_subsidy</code></td><td>string</td><td></td><td>银行补贴金额(都是正数，以元为单 位)</td><td></td></tr><tr><td>├ <code>plat_subsidy</code></td><td>string</td><td></td><td>交易平台补贴金额(都是正数，以元 为单位)</td><td></td></tr><tr><td>├ <code>county_code</code></td><td>string</td><td></td><td>区县编码</td><td></td></tr><tr><td>└ <code>amount</code></td><td>number</td><td></td><td>原订单金额</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/gov/subsidy/zhejiang/authcode/commit&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    sp_serial_no: &#39;&lt;sp_serial_no&gt;&#39;,
    cred_frozen_no: &#39;&lt;cred_frozen_no&gt;&#39;,
    trans_date: &#39;&lt;trans_date&gt;&#39;,
    trans_time: &#39;&lt;trans_time&gt;&#39;,
    auth_code: &#39;&lt;auth_code&gt;&#39;,
    req_ssn: &#39;123&#39;,
    county_code: &#39;330000&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;gov-&gt;subsidy-&gt;zhejiang-&gt;authcode-&gt;commit-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.gov.subsidy.zhejiang.authcode.commit.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/gov/subsidy/zhejiang/authcode/commit&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/gov/subsidy/zhejiang/authcode/commit&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/gov/subsidy/zhejiang/authcode/commit&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/gov/subsidy/zhejiang/authcode/commit&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;gov-&gt;subsidy-&gt;zhejiang-&gt;authcode-&gt;commit-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.gov.subsidy.zhejiang.authcode.commit.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/gov/subsidy/zhejiang/authcode/commit&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/gov/subsidy/zhejiang/authcode/commit&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/gov/subsidy/zhejiang/authcode/commit&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/gov/subsidy/zhejiang/authcode/commit&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>resp_code</code></td><td>string</td><td>响应码</td><td></td></tr><tr><td><code>resp_desc</code></td><td>string</td><td>响应描述</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/gov/subsidy/zhejiang/authcode/commit.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const commit = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  commit as default
};
