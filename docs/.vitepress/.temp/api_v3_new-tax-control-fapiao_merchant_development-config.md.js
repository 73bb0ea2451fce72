import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"查询商户配置的开发选项 / 配置开发选项 · v3/new-tax-control-fapiao/merchant/development-config","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/new-tax-control-fapiao/merchant/development-config.md","filePath":"api/v3/new-tax-control-fapiao/merchant/development-config.md"}');
const _sfc_main = { name: "api/v3/new-tax-control-fapiao/merchant/development-config.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="查询商户配置的开发选项-配置开发选项-·-v3-new-tax-control-fapiao-merchant-development-config" tabindex="-1">查询商户配置的开发选项 / 配置开发选项 · <code>v3/new-tax-control-fapiao/merchant/development-config</code> <a class="header-anchor" href="#查询商户配置的开发选项-配置开发选项-·-v3-new-tax-control-fapiao-merchant-development-config" aria-label="Permalink to &quot;查询商户配置的开发选项 / 配置开发选项 · \`v3/new-tax-control-fapiao/merchant/development-config\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get-·-查询商户配置的开发选项" tabindex="-1">GET · 查询商户配置的开发选项 <a class="header-anchor" href="#get-·-查询商户配置的开发选项" aria-label="Permalink to &quot;GET · 查询商户配置的开发选项&quot;">​</a></h2><p>查询商户配置的开发选项</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/new-tax-control-fapiao/merchant/development-config</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 经营工具∙电子发票</li><li>适用对象: 直连商户, 服务商, 渠道商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><p>The call takes no options beyond the common ones (<code>headers</code>, <code>timeout</code>, …).</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

// 1. $instance-&gt;v3-&gt;newTaxControlFapiao-&gt;merchant-&gt;developmentConfig-&gt;getAsync()-&gt;then(…)-&gt;wait();
await wx.v3.newTaxControlFapiao.merchant.developmentConfig.getAsync().then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/new-tax-control-fapiao/merchant/development-config&#39;)-&gt;getAsync()-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/new-tax-control-fapiao/merchant/development-config&#39;).getAsync().then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/new-tax-control-fapiao/merchant/development-config&#39;]-&gt;getAsync()-&gt;then(…)-&gt;wait();
await wx[&#39;v3/new-tax-control-fapiao/merchant/development-config&#39;].getAsync().then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;newTaxControlFapiao-&gt;merchant-&gt;developmentConfig-&gt;get(); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.newTaxControlFapiao.merchant.developmentConfig.get();
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/new-tax-control-fapiao/merchant/development-config&#39;)-&gt;get(); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/new-tax-control-fapiao/merchant/development-config&#39;).get();
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/new-tax-control-fapiao/merchant/development-config&#39;]-&gt;get(); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/new-tax-control-fapiao/merchant/development-config&#39;].get();
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>callback_url</code></td><td>string</td><td>商户回调地址</td><td></td></tr><tr><td><code>show_fapiao_cell</code></td><td>boolean</td><td>全部账单展示开发票入口开关</td><td></td></tr><tr><td><code>support_vat_fapiao</code></td><td>boolean</td><td>商户是否支持开电子专票</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3/Offline/apis/chapter4_8_19.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul><h2 id="patch-·-配置开发选项" tabindex="-1">PATCH · 配置开发选项 <a class="header-anchor" href="#patch-·-配置开发选项" aria-label="Permalink to &quot;PATCH · 配置开发选项&quot;">​</a></h2><p>配置开发选项（例如回调地址、全部账单展示开发票入口开关），该配置对其绑定的同主体商户号也生效。</p><ul><li><code>PATCH https://api.mch.weixin.qq.com/v3/new-tax-control-fapiao/merchant/development-config</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 经营工具∙电子发票</li><li>适用对象: 直连商户, 服务商, 渠道商</li></ul><h3 id="request-1" tabindex="-1">Request <a class="header-anchor" href="#request-1" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>callback_url</code></td><td>string</td><td></td><td>商户回调地址</td><td></td></tr><tr><td>├ <code>sub_mch_code</code></td><td>string</td><td></td><td>子商户号</td><td></td></tr><tr><td>├ <code>show_fapiao_cell</code></td><td>boolean</td><td></td><td>全部账单展示开发票入口开关</td><td></td></tr><tr><td>└ <code>support_vat_fapiao</code></td><td>boolean</td><td></td><td>商户是否支持开电子专票</td><td></td></tr></tbody></table><h3 id="call-styles-1" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles-1" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>patch</code> and <code>patchAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/new-tax-control-fapiao/merchant/development-config&#39;][&#39;patch&#39;][&#39;options&#39;] = {
  json: {
    callback_url: &#39;https://pay.weixin.qq.com/callback&#39;,
    sub_mch_code: &#39;1900000109&#39;,
    show_fapiao_cell: false,
    support_vat_fapiao: false,
  },
};

// 1. $instance-&gt;v3-&gt;newTaxControlFapiao-&gt;merchant-&gt;developmentConfig-&gt;patchAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.newTaxControlFapiao.merchant.developmentConfig.patchAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/new-tax-control-fapiao/merchant/development-config&#39;)-&gt;patchAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/new-tax-control-fapiao/merchant/development-config&#39;).patchAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/new-tax-control-fapiao/merchant/development-config&#39;]-&gt;patchAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/new-tax-control-fapiao/merchant/development-config&#39;].patchAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;newTaxControlFapiao-&gt;merchant-&gt;developmentConfig-&gt;patch([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.newTaxControlFapiao.merchant.developmentConfig.patch(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/new-tax-control-fapiao/merchant/development-config&#39;)-&gt;patch([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/new-tax-control-fapiao/merchant/development-config&#39;).patch(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/new-tax-control-fapiao/merchant/development-config&#39;]-&gt;patch([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/new-tax-control-fapiao/merchant/development-config&#39;].patch(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer-1" tabindex="-1">Answer <a class="header-anchor" href="#answer-1" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>callback_url</code></td><td>string</td><td>商户回调地址</td><td></td></tr><tr><td><code>show_fapiao_cell</code></td><td>boolean</td><td>全部账单展示开发票入口开关</td><td></td></tr><tr><td><code>support_vat_fapiao</code></td><td>boolean</td><td>商户是否支持开电子专票</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/new-tax-control-fapiao/merchant/development-config.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const developmentConfig = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  developmentConfig as default
};
