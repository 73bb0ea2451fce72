import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"创建电子发票卡券模板 · v3/new-tax-control-fapiao/card-template","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/new-tax-control-fapiao/card-template.md","filePath":"api/v3/new-tax-control-fapiao/card-template.md"}');
const _sfc_main = { name: "api/v3/new-tax-control-fapiao/card-template.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="创建电子发票卡券模板-·-v3-new-tax-control-fapiao-card-template" tabindex="-1">创建电子发票卡券模板 · <code>v3/new-tax-control-fapiao/card-template</code> <a class="header-anchor" href="#创建电子发票卡券模板-·-v3-new-tax-control-fapiao-card-template" aria-label="Permalink to &quot;创建电子发票卡券模板 · \`v3/new-tax-control-fapiao/card-template\`&quot;">​</a></h1><p><a href="./../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>为商户创建电子发票的卡券模板，该卡券模板在开具的电子发票插入微信用户卡包时使用。调用该接口将覆盖商户之前配置的电子发票卡券模板。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/new-tax-control-fapiao/card-template</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 经营工具∙电子发票</li><li>适用对象: 直连商户, 服务商, 渠道商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td></td><td>子商户号</td><td></td></tr><tr><td>├ <code>card_appid</code></td><td>string</td><td>yes</td><td>插卡公众号AppID</td><td></td></tr><tr><td>└ <code>card_template_information</code></td><td>object</td><td>yes</td><td>卡券模板信息</td><td></td></tr><tr><td> ├ <code>payee_name</code></td><td>string</td><td></td><td>收款方名称</td><td></td></tr><tr><td> ├ <code>logo_url</code></td><td>string</td><td>yes</td><td>卡券logo地址</td><td></td></tr><tr><td> └ <code>custom_cell</code></td><td>object</td><td></td><td>卡券自定义cell位配置</td><td></td></tr><tr><td>  ├ <code>words</code></td><td>string</td><td>yes</td><td>cell位文字</td><td></td></tr><tr><td>  ├ <code>description</code></td><td>string</td><td>yes</td><td>cell位描述</td><td></td></tr><tr><td>  ├ <code>jump_url</code></td><td>string</td><td></td><td>点击cell位跳转的地址</td><td></td></tr><tr><td>  ├ <code>miniprogram_user_name</code></td><td>string</td><td></td><td>点击cell位跳转的小程序的用户名</td><td></td></tr><tr><td>  └ <code>miniprogram_path</code></td><td>string</td><td></td><td>点击cell位跳转的小程序的页面路径</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/new-tax-control-fapiao/card-template&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    sub_mchid: &#39;1900000109&#39;,
    card_appid: &#39;wxb1170446a4c0a5a2&#39;,
    card_template_information: {
      payee_name: &#39;某公司&#39;,
      logo_url: &#39;http://mmbiz.qpic.cn/mmbiz/iaL1LJM1mF9aRKPZJkmG8xXhiaHqkKSVMMWeN3hLut7X7hicFNjakmxibMLGWpXrEXB33367o7zHN0CwngnQY7zb7g/0&#39;,
    },
  },
};

// 1. $instance-&gt;v3-&gt;newTaxControlFapiao-&gt;cardTemplate-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.newTaxControlFapiao.cardTemplate.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/new-tax-control-fapiao/card-template&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/new-tax-control-fapiao/card-template&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/new-tax-control-fapiao/card-template&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/new-tax-control-fapiao/card-template&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;newTaxControlFapiao-&gt;cardTemplate-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.newTaxControlFapiao.cardTemplate.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/new-tax-control-fapiao/card-template&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/new-tax-control-fapiao/card-template&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/new-tax-control-fapiao/card-template&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/new-tax-control-fapiao/card-template&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>card_appid</code></td><td>string</td><td>插卡公众号AppID</td><td></td></tr><tr><td><code>card_id</code></td><td>string</td><td>卡券模板id</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/new-tax-control-fapiao/chapter3_4.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/new-tax-control-fapiao/card-template.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const cardTemplate = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  cardTemplate as default
};
