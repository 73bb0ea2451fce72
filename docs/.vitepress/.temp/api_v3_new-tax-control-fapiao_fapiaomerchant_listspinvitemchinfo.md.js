import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"获取邀请开通的商户信息 · v3/new-tax-control-fapiao/fapiaomerchant/listspinvitemchinfo","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/new-tax-control-fapiao/fapiaomerchant/listspinvitemchinfo.md","filePath":"api/v3/new-tax-control-fapiao/fapiaomerchant/listspinvitemchinfo.md"}');
const _sfc_main = { name: "api/v3/new-tax-control-fapiao/fapiaomerchant/listspinvitemchinfo.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="获取邀请开通的商户信息-·-v3-new-tax-control-fapiao-fapiaomerchant-listspinvitemchinfo" tabindex="-1">获取邀请开通的商户信息 · <code>v3/new-tax-control-fapiao/fapiaomerchant/listspinvitemchinfo</code> <a class="header-anchor" href="#获取邀请开通的商户信息-·-v3-new-tax-control-fapiao-fapiaomerchant-listspinvitemchinfo" aria-label="Permalink to &quot;获取邀请开通的商户信息 · \`v3/new-tax-control-fapiao/fapiaomerchant/listspinvitemchinfo\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get" tabindex="-1">GET <a class="header-anchor" href="#get" aria-label="Permalink to &quot;GET&quot;">​</a></h2><p>通过时间范围，邀请的code等参数查询服务商邀请的商户信息，支持分页查询。</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/new-tax-control-fapiao/fapiaomerchant/listspinvitemchinfo</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 经营工具∙电子发票</li><li>适用对象: 服务商, 渠道商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>query</code></td><td>object</td><td>yes</td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>├ <code>query_time_start</code></td><td>string(rfc3339)</td><td>yes</td><td>查询时间起</td><td></td></tr><tr><td>├ <code>query_time_end</code></td><td>string(rfc3339)</td><td>yes</td><td>查询时间止</td><td></td></tr><tr><td>├ <code>offset</code></td><td>integer</td><td>yes</td><td>本次查询的起始位置</td><td></td></tr><tr><td>├ <code>limit</code></td><td>integer</td><td>yes</td><td>本次查询的最大数量</td><td></td></tr><tr><td>├ <code>invite_code</code></td><td>string</td><td></td><td>服务商邀请code</td><td></td></tr><tr><td>└ <code>mch_invite_status</code></td><td>string</td><td>yes</td><td>商户邀请状态</td><td><code>MCH_INVITE_SUCC</code>, <code>MCH_INVITE_FAILED</code></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/new-tax-control-fapiao/fapiaomerchant/listspinvitemchinfo&#39;][&#39;get&#39;][&#39;options&#39;] = {
  query: {
    query_time_start: &#39;2020-07-01T12:00:00+08:00&#39;,
    query_time_end: &#39;2020-07-02T12:00:00+08:00&#39;,
    offset: 10,
    limit: 1,
    invite_code: &#39;code_20200101_123&#39;,
    mch_invite_status: &#39;MCH_INVITE_SUCC&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;newTaxControlFapiao-&gt;fapiaomerchant-&gt;listspinvitemchinfo-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.newTaxControlFapiao.fapiaomerchant.listspinvitemchinfo.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/new-tax-control-fapiao/fapiaomerchant/listspinvitemchinfo&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/new-tax-control-fapiao/fapiaomerchant/listspinvitemchinfo&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/new-tax-control-fapiao/fapiaomerchant/listspinvitemchinfo&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/new-tax-control-fapiao/fapiaomerchant/listspinvitemchinfo&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;newTaxControlFapiao-&gt;fapiaomerchant-&gt;listspinvitemchinfo-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.newTaxControlFapiao.fapiaomerchant.listspinvitemchinfo.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/new-tax-control-fapiao/fapiaomerchant/listspinvitemchinfo&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/new-tax-control-fapiao/fapiaomerchant/listspinvitemchinfo&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/new-tax-control-fapiao/fapiaomerchant/listspinvitemchinfo&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/new-tax-control-fapiao/fapiaomerchant/listspinvitemchinfo&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>total_count</code></td><td>integer</td><td>总数</td><td></td></tr><tr><td><code>offset</code></td><td>integer</td><td>本次查询的起始位置</td><td></td></tr><tr><td><code>limit</code></td><td>integer</td><td>本次查询的最大数量</td><td></td></tr><tr><td><code>links</code></td><td>object</td><td>相关链接</td><td></td></tr><tr><td>├ <code>next</code></td><td>string</td><td>下一页链接</td><td></td></tr><tr><td>├ <code>prev</code></td><td>string</td><td>上一页链接</td><td></td></tr><tr><td>└ <code>self</code></td><td>string</td><td>当前链接</td><td></td></tr><tr><td><code>mch_invite_result_list</code></td><td>object[]</td><td>邀请的商户结果</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td>子商户号</td><td></td></tr><tr><td>├ <code>mch_invite_status</code></td><td>string</td><td>商户邀请的状态</td><td><code>MCH_INVITE_SUCC</code>, <code>MCH_INVITE_FAILED</code></td></tr><tr><td>├ <code>ep_name</code></td><td>string</td><td>商户名称</td><td></td></tr><tr><td>├ <code>tax_id</code></td><td>string</td><td>商户税号</td><td></td></tr><tr><td>├ <code>invite_code</code></td><td>string</td><td>服务商邀请code</td><td></td></tr><tr><td>├ <code>operate_time</code></td><td>string(rfc3339)</td><td>商户操作时间</td><td></td></tr><tr><td>├ <code>invite_failed_code</code></td><td>string</td><td>商户邀请失败错误码</td><td><code>UNKNOWN_TAX_INFO</code>, <code>INVALID_COMPANY_INFO</code>, <code>NOT_MEET_ACCESS_CONDITION</code>, <code>NOT_IN_PILOT_SCOPE</code>, <code>MISSING_TAX_AUTHORITY_CODE</code>, <code>MERCHANT_INFO_NOT_SET</code>, <code>UNKNOWN_ERROR</code></td></tr><tr><td>└ <code>invite_failed_reason</code></td><td>string</td><td>商户邀请失败的原因</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/new-tax-control-fapiao/fapiaomerchant/listspinvitemchinfo.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const listspinvitemchinfo = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  listspinvitemchinfo as default
};
