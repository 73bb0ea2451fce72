import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"获取邀请商户开通服务商电子发票能力 · v3/new-tax-control-fapiao/fapiaomerchant/getspinviteurl","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/new-tax-control-fapiao/fapiaomerchant/getspinviteurl.md","filePath":"api/v3/new-tax-control-fapiao/fapiaomerchant/getspinviteurl.md"}');
const _sfc_main = { name: "api/v3/new-tax-control-fapiao/fapiaomerchant/getspinviteurl.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="获取邀请商户开通服务商电子发票能力-·-v3-new-tax-control-fapiao-fapiaomerchant-getspinviteurl" tabindex="-1">获取邀请商户开通服务商电子发票能力 · <code>v3/new-tax-control-fapiao/fapiaomerchant/getspinviteurl</code> <a class="header-anchor" href="#获取邀请商户开通服务商电子发票能力-·-v3-new-tax-control-fapiao-fapiaomerchant-getspinviteurl" aria-label="Permalink to &quot;获取邀请商户开通服务商电子发票能力 · \`v3/new-tax-control-fapiao/fapiaomerchant/getspinviteurl\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get" tabindex="-1">GET <a class="header-anchor" href="#get" aria-label="Permalink to &quot;GET&quot;">​</a></h2><p>服务商通过填写发票模式，发票开通能力等信息，获取邀请商户开通服务商电子发票能力的链接，展示给商户，进行授权开通服务商电子发票能力。</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/new-tax-control-fapiao/fapiaomerchant/getspinviteurl</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 经营工具∙电子发票</li><li>适用对象: 服务商, 渠道商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>query</code></td><td>object</td><td>yes</td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>├ <code>operation_type</code></td><td>string</td><td>yes</td><td>操作类型</td><td><code>AUTH_BINDING</code></td></tr><tr><td>├ <code>fapiao_mode</code></td><td>string</td><td>yes</td><td>开票模式</td><td><code>THIRD_OR_SELF_FAPIAO</code>, <code>TENCENT_DIGITAL_TAX</code></td></tr><tr><td>├ <code>fapiao_ability_type_list</code></td><td>string[]</td><td></td><td>发票能力类型</td><td></td></tr><tr><td>├ <code>invite_channel</code></td><td>string</td><td></td><td>服务商邀请渠道</td><td></td></tr><tr><td>├ <code>operate_user</code></td><td>string(base64)</td><td></td><td>操作人员</td><td></td></tr><tr><td>├ <code>invite_code</code></td><td>string</td><td>yes</td><td>服务商邀请code</td><td></td></tr><tr><td>└ <code>sub_mchid</code></td><td>string</td><td></td><td>子商户号</td><td></td></tr><tr><td><code>headers</code></td><td>object</td><td>yes</td><td>Request headers</td><td></td></tr><tr><td>└ <code>Wechatpay-Serial</code></td><td>unknown</td><td>yes</td><td>微信支付公钥ID/平台证书序列号</td><td></td></tr></tbody></table><p><code>Wechatpay-Serial</code> is set by the SDK: to the platform key it encrypted with when <code>json</code> is built with <code>encrypt</code>, and to the <code>PUB_KEY_ID_…</code> in public-key mode.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/new-tax-control-fapiao/fapiaomerchant/getspinviteurl&#39;][&#39;get&#39;][&#39;options&#39;] = {
  query: {
    operation_type: &#39;AUTH_BINDING&#39;,
    fapiao_mode: &#39;THIRD_OR_SELF_FAPIAO&#39;,
    invite_channel: &#39;miniprogram&#39;,
    operate_user: &#39;mI7HGEJ4Q2B91IGjHZu/Gthm&#39;,
    invite_code: &#39;code_20200101_123&#39;,
    sub_mchid: &#39;1900000109&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;newTaxControlFapiao-&gt;fapiaomerchant-&gt;getspinviteurl-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.newTaxControlFapiao.fapiaomerchant.getspinviteurl.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/new-tax-control-fapiao/fapiaomerchant/getspinviteurl&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/new-tax-control-fapiao/fapiaomerchant/getspinviteurl&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/new-tax-control-fapiao/fapiaomerchant/getspinviteurl&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/new-tax-control-fapiao/fapiaomerchant/getspinviteurl&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;newTaxControlFapiao-&gt;fapiaomerchant-&gt;getspinviteurl-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.newTaxControlFapiao.fapiaomerchant.getspinviteurl.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/new-tax-control-fapiao/fapiaomerchant/getspinviteurl&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/new-tax-control-fapiao/fapiaomerchant/getspinviteurl&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/new-tax-control-fapiao/fapiaomerchant/getspinviteurl&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/new-tax-control-fapiao/fapiaomerchant/getspinviteurl&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>invite_url</code></td><td>string</td><td>邀请开通二维码链接</td><td></td></tr><tr><td><code>miniprogram_appid</code></td><td>string</td><td>开通小程序AppID</td><td></td></tr><tr><td><code>miniprogram_path</code></td><td>string</td><td>开通小程序跳转路径</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/new-tax-control-fapiao/fapiaomerchant/getspinviteurl.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const getspinviteurl = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  getspinviteurl as default
};
