import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"服务人员信息更新API · v3/smartguide/guides/{guide_id}","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/smartguide/guides/_guide_id_.md","filePath":"api/v3/smartguide/guides/_guide_id_.md"}');
const _sfc_main = { name: "api/v3/smartguide/guides/_guide_id_.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="服务人员信息更新api-·-v3-smartguide-guides-guide-id" tabindex="-1">服务人员信息更新API · <code>v3/smartguide/guides/{guide_id}</code> <a class="header-anchor" href="#服务人员信息更新api-·-v3-smartguide-guides-guide-id" aria-label="Permalink to &quot;服务人员信息更新API · \`v3/smartguide/guides/{guide_id}\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="patch" tabindex="-1">PATCH <a class="header-anchor" href="#patch" aria-label="Permalink to &quot;PATCH&quot;">​</a></h2><p>用于服务商/用于服务商/商户开发者为商户更新门店服务人员的姓名、头像等信息</p><ul><li><code>PATCH https://api.mch.weixin.qq.com/v3/smartguide/guides/{guide_id}</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 经营工具∙支付即服务</li><li>适用对象: 服务商, 直连商户</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>guide_id</code></td><td>string</td><td>yes</td><td>服务人员ID</td><td></td></tr><tr><td><code>json</code></td><td>object</td><td></td><td>The JSON body</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td></td><td>子商户ID</td><td></td></tr><tr><td>├ <code>name</code></td><td>string(base64)</td><td></td><td>企业微信的员工姓名</td><td></td></tr><tr><td>├ <code>mobile</code></td><td>string(base64)</td><td></td><td>手机号码</td><td></td></tr><tr><td>├ <code>qr_code</code></td><td>string(url)</td><td></td><td>员工个人二维码</td><td></td></tr><tr><td>├ <code>avatar</code></td><td>string(url)</td><td></td><td>头像URL</td><td></td></tr><tr><td>└ <code>group_qrcode</code></td><td>string</td><td></td><td>群二维码URL</td><td></td></tr><tr><td><code>headers</code></td><td>object</td><td>yes</td><td>Request headers</td><td></td></tr><tr><td>└ <code>Wechatpay-Serial</code></td><td>unknown</td><td>yes</td><td>微信支付公钥ID/平台证书序列号</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><p><code>Wechatpay-Serial</code> is set by the SDK: to the platform key it encrypted with when <code>json</code> is built with <code>encrypt</code>, and to the <code>PUB_KEY_ID_…</code> in public-key mode.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>patch</code> and <code>patchAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/smartguide/guides/{guide_id}&#39;][&#39;patch&#39;][&#39;options&#39;] = {
  guide_id: &#39;LLA3WJ6DSZUfiaZDS79FH5Wm5m4X69TBic&#39;,
  json: { sub_mchid: &#39;1234567890&#39;, group_qrcode: &#39;https://work.weixin.qq.com/xxxxxxx&#39; },
};

// 1. $instance-&gt;v3-&gt;smartguide-&gt;guides-&gt;_guide_id_-&gt;patchAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.smartguide.guides._guide_id_.patchAsync(options).then((response) =&gt; console.log(response.status));

// 2. $instance-&gt;chain(&#39;v3/smartguide/guides/{guide_id}&#39;)-&gt;patchAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/smartguide/guides/{guide_id}&#39;).patchAsync(options).then((response) =&gt; console.log(response.status));

// 3. $instance[&#39;v3/smartguide/guides/{guide_id}&#39;]-&gt;patchAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/smartguide/guides/{guide_id}&#39;].patchAsync(options).then((response) =&gt; console.log(response.status));

// 4. $response = $instance-&gt;v3-&gt;smartguide-&gt;guides-&gt;_guide_id_-&gt;patch([…]); echo $response-&gt;getStatusCode();
const byProperty = await wx.v3.smartguide.guides._guide_id_.patch(options);
console.log(byProperty.status);

// 5. $response = $instance-&gt;chain(&#39;v3/smartguide/guides/{guide_id}&#39;)-&gt;patch([…]); echo $response-&gt;getStatusCode();
const byChain = await wx.chain(&#39;v3/smartguide/guides/{guide_id}&#39;).patch(options);
console.log(byChain.status);

// 6. $response = $instance[&#39;v3/smartguide/guides/{guide_id}&#39;]-&gt;patch([…]); echo $response-&gt;getStatusCode();
const byPath = await wx[&#39;v3/smartguide/guides/{guide_id}&#39;].patch(options);
console.log(byPath.status);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><p><code>204 No Content</code>: no body; <code>response.data</code> is <code>undefined</code>.</p><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/smartguide/chapter3_4.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/smartguide/guides/_guide_id_.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const _guide_id_ = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  _guide_id_ as default
};
