import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"同步非银联支付交易退款信息 · v3/gov/subsidy/audit/cup/refund/sync","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/gov/subsidy/audit/cup/refund/sync.md","filePath":"api/v3/gov/subsidy/audit/cup/refund/sync.md"}');
const _sfc_main = { name: "api/v3/gov/subsidy/audit/cup/refund/sync.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="同步非银联支付交易退款信息-·-v3-gov-subsidy-audit-cup-refund-sync" tabindex="-1">同步非银联支付交易退款信息 · <code>v3/gov/subsidy/audit/cup/refund/sync</code> <a class="header-anchor" href="#同步非银联支付交易退款信息-·-v3-gov-subsidy-audit-cup-refund-sync" aria-label="Permalink to &quot;同步非银联支付交易退款信息 · \`v3/gov/subsidy/audit/cup/refund/sync\`&quot;">​</a></h1><p><a href="./../../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>同步非银联支付交易退款信息</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/gov/subsidy/audit/cup/refund/sync</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 国补专区, 上海/福建/重庆</li><li>适用对象: 电商平台, 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>org_no</code></td><td>string</td><td>yes</td><td>分公司机构代码</td><td></td></tr><tr><td>├ <code>mchnt_order_id</code></td><td>string</td><td>yes</td><td>商户订单号</td><td></td></tr><tr><td>├ <code>upload_time</code></td><td>string</td><td>yes</td><td>审核记录上传时间</td><td></td></tr><tr><td>├ <code>refund_at</code></td><td>string</td><td>yes</td><td>退款金额</td><td></td></tr><tr><td>└ <code>refund_dt</code></td><td>string</td><td>yes</td><td>退款日期</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/gov/subsidy/audit/cup/refund/sync&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    org_no: &#39;&lt;org_no&gt;&#39;,
    mchnt_order_id: &#39;&lt;mchnt_order_id&gt;&#39;,
    upload_time: &#39;&lt;upload_time&gt;&#39;,
    refund_at: &#39;&lt;refund_at&gt;&#39;,
    refund_dt: &#39;&lt;refund_dt&gt;&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;gov-&gt;subsidy-&gt;audit-&gt;cup-&gt;refund-&gt;sync-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.gov.subsidy.audit.cup.refund.sync.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/gov/subsidy/audit/cup/refund/sync&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/gov/subsidy/audit/cup/refund/sync&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/gov/subsidy/audit/cup/refund/sync&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/gov/subsidy/audit/cup/refund/sync&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;gov-&gt;subsidy-&gt;audit-&gt;cup-&gt;refund-&gt;sync-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.gov.subsidy.audit.cup.refund.sync.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/gov/subsidy/audit/cup/refund/sync&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/gov/subsidy/audit/cup/refund/sync&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/gov/subsidy/audit/cup/refund/sync&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/gov/subsidy/audit/cup/refund/sync&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>code</code></td><td>string</td><td>响应码</td><td></td></tr><tr><td><code>msg</code></td><td>string</td><td>响应描述</td><td></td></tr><tr><td><code>sub_code</code></td><td>string</td><td>详细应答码</td><td></td></tr><tr><td><code>sub_msg</code></td><td>string</td><td>详细应答码描述</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/gov/subsidy/audit/cup/refund/sync.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const sync = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  sync as default
};
