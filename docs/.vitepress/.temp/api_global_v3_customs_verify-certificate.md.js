import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"身份信息校验API · global/v3/customs/verify-certificate","description":"","frontmatter":{},"headers":[],"relativePath":"api/global/v3/customs/verify-certificate.md","filePath":"api/global/v3/customs/verify-certificate.md"}');
const _sfc_main = { name: "api/global/v3/customs/verify-certificate.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="身份信息校验api-·-global-v3-customs-verify-certificate" tabindex="-1">身份信息校验API · <code>global/v3/customs/verify-certificate</code> <a class="header-anchor" href="#身份信息校验api-·-global-v3-customs-verify-certificate" aria-label="Permalink to &quot;身份信息校验API · \`global/v3/customs/verify-certificate\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>该接口用于商户上传用户身份信息，微信支付会重新校验返回订购人和支付人身份信息校验结果，用于商户纠正报关订单里的信息。</p><ul><li><code>POST https://api.mch.weixin.qq.com/global/v3/customs/verify-certificate</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 跨境∙报关</li><li>适用对象: 直连模式, 机构模式</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td>yes</td><td>机构APPID</td><td></td></tr><tr><td>├ <code>mchid</code></td><td>string</td><td>yes</td><td>商户号</td><td></td></tr><tr><td>├ <code>out_trade_no</code></td><td>string</td><td>yes</td><td>商户订单号</td><td></td></tr><tr><td>├ <code>transaction_id</code></td><td>string</td><td>yes</td><td>微信订单号</td><td></td></tr><tr><td>├ <code>sub_order_no</code></td><td>string</td><td></td><td>商户子订单号</td><td></td></tr><tr><td>├ <code>customs</code></td><td>string</td><td>yes</td><td>海关</td><td><code>GUANGZHOU_ZS</code>, <code>HANGZHOU_ZS</code>, <code>NINGBO</code>, <code>ZHENGZHOU_BS</code>, <code>CHONGQING</code>, <code>SHANGHAI_ZS</code>, <code>SHENZHEN</code>, <code>ZHENGZHOU_ZH_ZS</code>, <code>TIANJIN</code></td></tr><tr><td>├ <code>merchant_customs_no</code></td><td>string</td><td>yes</td><td>商户海关备案号</td><td></td></tr><tr><td>├ <code>certificate_type</code></td><td>string</td><td>yes</td><td>证件类型</td><td><code>IDCARD</code></td></tr><tr><td>├ <code>certificate_id</code></td><td>string(base64)</td><td>yes</td><td>证件号</td><td></td></tr><tr><td>└ <code>certificate_name</code></td><td>string(base64)</td><td>yes</td><td>证件姓名</td><td></td></tr><tr><td><code>headers</code></td><td>object</td><td>yes</td><td>Request headers</td><td></td></tr><tr><td>└ <code>Wechatpay-Serial</code></td><td>unknown</td><td>yes</td><td>微信支付公钥ID/平台证书序列号</td><td></td></tr></tbody></table><p><code>Wechatpay-Serial</code> is set by the SDK: to the platform key it encrypted with when <code>json</code> is built with <code>encrypt</code>, and to the <code>PUB_KEY_ID_…</code> in public-key mode.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1230000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;global/v3/customs/verify-certificate&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    appid: &#39;wxd678efh567hg6787&#39;,
    mchid: &#39;1230000109&#39;,
    out_trade_no: &#39;20150806125346&#39;,
    transaction_id: &#39;1000320306201511078440737890&#39;,
    sub_order_no: &#39;20150806125346&#39;,
    customs: &#39;SHANGHAI_ZS&#39;,
    merchant_customs_no: &#39;123456&#39;,
    certificate_type: &#39;IDCARD&#39;,
    certificate_id: &#39;330821198809085211&#39;,
    certificate_name: &#39;张三&#39;,
  },
};

// 1. $instance-&gt;global-&gt;v3-&gt;customs-&gt;verifyCertificate-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.global.v3.customs.verifyCertificate.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;global/v3/customs/verify-certificate&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;global/v3/customs/verify-certificate&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;global/v3/customs/verify-certificate&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;global/v3/customs/verify-certificate&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;global-&gt;v3-&gt;customs-&gt;verifyCertificate-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.global.v3.customs.verifyCertificate.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;global/v3/customs/verify-certificate&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;global/v3/customs/verify-certificate&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;global/v3/customs/verify-certificate&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;global/v3/customs/verify-certificate&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>appid</code></td><td>string</td><td>机构APPID</td><td></td></tr><tr><td><code>mchid</code></td><td>string</td><td>商户号</td><td></td></tr><tr><td><code>out_trade_no</code></td><td>string</td><td>商户订单号</td><td></td></tr><tr><td><code>transaction_id</code></td><td>string</td><td>微信订单号</td><td></td></tr><tr><td><code>certificate_check_result</code></td><td>string</td><td>身份核验结果</td><td><code>SAME</code>, <code>DIFFERENT</code></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/declarecustom_ch/chapter3_2.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/global/v3/customs/verify-certificate.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const verifyCertificate = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  verifyCertificate as default
};
