import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"商家充值退款余额查询 · v3/global/refund/partner/recharge-balance/sub-mchid/{sub_mchid}","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/global/refund/partner/recharge-balance/sub-mchid/_sub_mchid_.md","filePath":"api/v3/global/refund/partner/recharge-balance/sub-mchid/_sub_mchid_.md"}');
const _sfc_main = { name: "api/v3/global/refund/partner/recharge-balance/sub-mchid/_sub_mchid_.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="商家充值退款余额查询-·-v3-global-refund-partner-recharge-balance-sub-mchid-sub-mchid" tabindex="-1">商家充值退款余额查询 · <code>v3/global/refund/partner/recharge-balance/sub-mchid/{sub_mchid}</code> <a class="header-anchor" href="#商家充值退款余额查询-·-v3-global-refund-partner-recharge-balance-sub-mchid-sub-mchid" aria-label="Permalink to &quot;商家充值退款余额查询 · \`v3/global/refund/partner/recharge-balance/sub-mchid/{sub_mchid}\`&quot;">​</a></h1><p><a href="./../../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get" tabindex="-1">GET <a class="header-anchor" href="#get" aria-label="Permalink to &quot;GET&quot;">​</a></h2><p>机构可通过调用此接口查询自身的充值退款外币账户实时余额和对应外币币种。</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/global/refund/partner/recharge-balance/sub-mchid/{sub_mchid}</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 跨境</li><li>适用对象: 机构模式</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>sub_mchid</code></td><td>string</td><td>yes</td><td>特约商户号</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/global/refund/partner/recharge-balance/sub-mchid/{sub_mchid}&#39;][&#39;get&#39;][&#39;options&#39;] = {
  sub_mchid: &#39;1900000109&#39;,
};

// 1. $instance-&gt;v3-&gt;global-&gt;refund-&gt;partner-&gt;rechargeBalance-&gt;subMchid-&gt;_sub_mchid_-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.global.refund.partner.rechargeBalance.subMchid._sub_mchid_.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/global/refund/partner/recharge-balance/sub-mchid/{sub_mchid}&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/global/refund/partner/recharge-balance/sub-mchid/{sub_mchid}&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/global/refund/partner/recharge-balance/sub-mchid/{sub_mchid}&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/global/refund/partner/recharge-balance/sub-mchid/{sub_mchid}&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;global-&gt;refund-&gt;partner-&gt;rechargeBalance-&gt;subMchid-&gt;_sub_mchid_-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.global.refund.partner.rechargeBalance.subMchid._sub_mchid_.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/global/refund/partner/recharge-balance/sub-mchid/{sub_mchid}&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/global/refund/partner/recharge-balance/sub-mchid/{sub_mchid}&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/global/refund/partner/recharge-balance/sub-mchid/{sub_mchid}&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/global/refund/partner/recharge-balance/sub-mchid/{sub_mchid}&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>remaining_amount</code></td><td>integer</td><td>账户可用余额</td><td></td></tr><tr><td><code>currency</code></td><td>string</td><td>货币类型</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/doc/global/v3/zh/4013068934" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/global/refund/partner/recharge-balance/sub-mchid/_sub_mchid_.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const _sub_mchid_ = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  _sub_mchid_ as default
};
