import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"冲红电子发票 · v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/reverse","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/new-tax-control-fapiao/fapiao-applications/_fapiao_apply_id_/reverse.md","filePath":"api/v3/new-tax-control-fapiao/fapiao-applications/_fapiao_apply_id_/reverse.md"}');
const _sfc_main = { name: "api/v3/new-tax-control-fapiao/fapiao-applications/_fapiao_apply_id_/reverse.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="冲红电子发票-·-v3-new-tax-control-fapiao-fapiao-applications-fapiao-apply-id-reverse" tabindex="-1">冲红电子发票 · <code>v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/reverse</code> <a class="header-anchor" href="#冲红电子发票-·-v3-new-tax-control-fapiao-fapiao-applications-fapiao-apply-id-reverse" aria-label="Permalink to &quot;冲红电子发票 · \`v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/reverse\`&quot;">​</a></h1><p><a href="./../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>商户对已开具的电子发票进行冲红（开具红票），并将其从微信用户的卡包中删除。仅在微信支付侧开具的电子发票才允许发起冲红。注意：本接口成功返回仅代表冲红请求已被受理，当冲红完成时，微信支付会根据商户配置的回调地址进行回调通知，商户也可以通过【查询电子发票】接口获取冲红结果及红票信息。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/reverse</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 经营工具∙电子发票</li><li>适用对象: 直连商户, 服务商, 渠道商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>fapiao_apply_id</code></td><td>string</td><td>yes</td><td>发票申请单号</td><td></td></tr><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td></td><td>子商户号</td><td></td></tr><tr><td>├ <code>reverse_reason</code></td><td>string</td><td>yes</td><td>冲红原因</td><td><code>ISSUE_ERROR</code>, <code>SALES_RETURN</code>, <code>SERVICE_SUSPENTION</code>, <code>SALES_DISCOUNT</code></td></tr><tr><td>└ <code>fapiao_information</code></td><td>object[]</td><td>yes</td><td>需要冲红的发票信息</td><td></td></tr><tr><td> ├ <code>fapiao_id</code></td><td>string</td><td>yes</td><td>商户发票单号</td><td></td></tr><tr><td> ├ <code>fapiao_code</code></td><td>string</td><td></td><td>发票代码</td><td></td></tr><tr><td> └ <code>fapiao_number</code></td><td>string</td><td>yes</td><td>发票号码</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/reverse&#39;][&#39;post&#39;][&#39;options&#39;] = {
  fapiao_apply_id: &#39;4200000444201910177461284488&#39;,
  json: {
    sub_mchid: &#39;1900000109&#39;,
    reverse_reason: &#39;ISSUE_ERROR&#39;,
    fapiao_information: [
      { fapiao_id: &#39;20200701123456&#39;, fapiao_code: &#39;044001911211&#39;, fapiao_number: &#39;12897794&#39; },
    ],
  },
};

// 1. $instance-&gt;v3-&gt;newTaxControlFapiao-&gt;fapiaoApplications-&gt;_fapiao_apply_id_-&gt;reverse-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.newTaxControlFapiao.fapiaoApplications._fapiao_apply_id_.reverse.postAsync(options).then((response) =&gt; console.log(response.status));

// 2. $instance-&gt;chain(&#39;v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/reverse&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/reverse&#39;).postAsync(options).then((response) =&gt; console.log(response.status));

// 3. $instance[&#39;v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/reverse&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/reverse&#39;].postAsync(options).then((response) =&gt; console.log(response.status));

// 4. $response = $instance-&gt;v3-&gt;newTaxControlFapiao-&gt;fapiaoApplications-&gt;_fapiao_apply_id_-&gt;reverse-&gt;post([…]); echo $response-&gt;getStatusCode();
const byProperty = await wx.v3.newTaxControlFapiao.fapiaoApplications._fapiao_apply_id_.reverse.post(options);
console.log(byProperty.status);

// 5. $response = $instance-&gt;chain(&#39;v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/reverse&#39;)-&gt;post([…]); echo $response-&gt;getStatusCode();
const byChain = await wx.chain(&#39;v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/reverse&#39;).post(options);
console.log(byChain.status);

// 6. $response = $instance[&#39;v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/reverse&#39;]-&gt;post([…]); echo $response-&gt;getStatusCode();
const byPath = await wx[&#39;v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/reverse&#39;].post(options);
console.log(byPath.status);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><p><code>202</code> with no described body.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/new-tax-control-fapiao/fapiao-applications/_fapiao_apply_id_/reverse.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const reverse = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  reverse as default
};
