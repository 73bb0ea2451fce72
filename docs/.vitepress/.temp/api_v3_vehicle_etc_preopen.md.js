import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"预开通用户ETC指定卡扣费API · v3/vehicle/etc/preopen","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/vehicle/etc/preopen.md","filePath":"api/v3/vehicle/etc/preopen.md"}');
const _sfc_main = { name: "api/v3/vehicle/etc/preopen.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="预开通用户etc指定卡扣费api-·-v3-vehicle-etc-preopen" tabindex="-1">预开通用户ETC指定卡扣费API · <code>v3/vehicle/etc/preopen</code> <a class="header-anchor" href="#预开通用户etc指定卡扣费api-·-v3-vehicle-etc-preopen" aria-label="Permalink to &quot;预开通用户ETC指定卡扣费API · \`v3/vehicle/etc/preopen\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>该接口用于在开通ETC自动扣费前上传一些必要的信息。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/vehicle/etc/preopen</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: ETC授权扣费</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>sp_appid</code></td><td>string</td><td>yes</td><td>服务商appid</td><td></td></tr><tr><td>├ <code>sub_appid</code></td><td>string</td><td></td><td>子商户appid</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td></td><td>特约商户号</td><td></td></tr><tr><td>├ <code>openid</code></td><td>string</td><td>yes</td><td>用户标识</td><td></td></tr><tr><td>├ <code>plan_id</code></td><td>string</td><td>yes</td><td>ETC授权扣费模板ID</td><td></td></tr><tr><td>├ <code>etc_device_id</code></td><td>string</td><td></td><td>ETC设备号</td><td></td></tr><tr><td>├ <code>plate_number</code></td><td>string</td><td>yes</td><td>车牌号</td><td></td></tr><tr><td>├ <code>identify</code></td><td>object</td><td>yes</td><td>实名信息</td><td></td></tr><tr><td> ├ <code>encrypted_real_name</code></td><td>string(base64)</td><td>yes</td><td>姓名</td><td></td></tr><tr><td> ├ <code>encrypted_credential_id</code></td><td>string(base64)</td><td>yes</td><td>证件号码</td><td></td></tr><tr><td> └ <code>credential_type</code></td><td>string</td><td>yes</td><td>证件类型</td><td></td></tr><tr><td>└ <code>bank_card_no</code></td><td>string(base64)</td><td></td><td>用户开通ETC时绑定的银行卡</td><td></td></tr><tr><td><code>headers</code></td><td>object</td><td>yes</td><td>Request headers</td><td></td></tr><tr><td>└ <code>Wechatpay-Serial</code></td><td>unknown</td><td>yes</td><td>微信支付公钥ID/平台证书序列号</td><td></td></tr></tbody></table><p><code>Wechatpay-Serial</code> is set by the SDK: to the platform key it encrypted with when <code>json</code> is built with <code>encrypt</code>, and to the <code>PUB_KEY_ID_…</code> in public-key mode.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/vehicle/etc/preopen&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    sp_appid: &#39;10000098&#39;,
    sub_appid: &#39;wxcbda96de0b165489&#39;,
    sub_mchid: &#39;1510770601&#39;,
    openid: &#39;ot35_4gNgXsUuh2sQY0lT9N08AU0&#39;,
    plan_id: &#39;97619&#39;,
    etc_device_id: &#39;xxxxxxx&#39;,
    plate_number: &#39;藏ZZZZZZ&#39;,
    identify: {
      encrypted_real_name: &#39;LOX6jBeRlK/TErW6DqEM8JFHX4iL3Rlj2vqaEqktvw1KVjgmQ==&#39;,
      encrypted_credential_id: &#39;t85SAX3GxVYqGQm2Q8cfeFd1dWy40j4s7XpIds8Glw83HG3vN9Q==&#39;,
      credential_type: &#39;ID_CARD&#39;,
    },
    bank_card_no: &#39;K/TErW6DqEM8JFHX4iL3Rlj2vqaEqktvw1KVjgmQ==&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;vehicle-&gt;etc-&gt;preopen-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.vehicle.etc.preopen.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/vehicle/etc/preopen&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/vehicle/etc/preopen&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/vehicle/etc/preopen&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/vehicle/etc/preopen&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;vehicle-&gt;etc-&gt;preopen-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.vehicle.etc.preopen.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/vehicle/etc/preopen&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/vehicle/etc/preopen&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/vehicle/etc/preopen&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/vehicle/etc/preopen&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>preopen_id</code></td><td>string</td><td>预开通ID</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_4_1.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/vehicle/etc/preopen.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const preopen = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  preopen as default
};
