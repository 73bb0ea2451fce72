import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"预签约API · v3/edu-papay/contracts/presign","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/edu-papay/contracts/presign.md","filePath":"api/v3/edu-papay/contracts/presign.md"}');
const _sfc_main = { name: "api/v3/edu-papay/contracts/presign.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="预签约api-·-v3-edu-papay-contracts-presign" tabindex="-1">预签约API · <code>v3/edu-papay/contracts/presign</code> <a class="header-anchor" href="#预签约api-·-v3-edu-papay-contracts-presign" aria-label="Permalink to &quot;预签约API · \`v3/edu-papay/contracts/presign\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>商户通过调用该接口可获取预签约号（“presign_token”），预签约号对应用户一次的签约信息，之后用户可以从商户小程序跳转到微信签约小程序时使用该预签约号进行签约</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/edu-papay/contracts/presign</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 教育续费通</li><li>适用对象: 直连商户, 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td>yes</td><td>服务商APPID</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td></td><td>子商户号</td><td></td></tr><tr><td>├ <code>sub_appid</code></td><td>string</td><td></td><td>子商户APPID</td><td></td></tr><tr><td>├ <code>openid</code></td><td>string</td><td>yes</td><td>服务商APPID下的用户标识</td><td></td></tr><tr><td>├ <code>sub_openid</code></td><td>string</td><td></td><td>子商户APPID下的用户标识</td><td></td></tr><tr><td>├ <code>plan_id</code></td><td>string</td><td>yes</td><td>签约模板号</td><td></td></tr><tr><td>├ <code>user_id</code></td><td>string</td><td>yes</td><td>用户账号</td><td></td></tr><tr><td>├ <code>period_start_date</code></td><td>string</td><td>yes</td><td>首次扣款日期</td><td></td></tr><tr><td>└ <code>trade_scene</code></td><td>string</td><td>yes</td><td>场景信息枚举</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/edu-papay/contracts/presign&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    appid: &#39;wx8888888888888888&#39;,
    sub_mchid: &#39;1900000109&#39;,
    sub_appid: &#39;wx8888888888888888&#39;,
    openid: &#39;oUpF8uMuAJOM2pxb1Q&#39;,
    sub_openid: &#39;oUpF8uMuAJOM2pxb2W&#39;,
    plan_id: &#39;101164396123311331&#39;,
    user_id: &#39;20200330tony&#39;,
    period_start_date: &#39;2020-03-19&#39;,
    trade_scene: &#39;EDUCATION_PERIOD&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;eduPapay-&gt;contracts-&gt;presign-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.eduPapay.contracts.presign.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/edu-papay/contracts/presign&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/edu-papay/contracts/presign&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/edu-papay/contracts/presign&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/edu-papay/contracts/presign&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;eduPapay-&gt;contracts-&gt;presign-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.eduPapay.contracts.presign.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/edu-papay/contracts/presign&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/edu-papay/contracts/presign&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/edu-papay/contracts/presign&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/edu-papay/contracts/presign&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>presign_token</code></td><td>string</td><td>预签约号</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3/Offline/apis/chapter5_2_1.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/edu-papay/contracts/presign.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const presign = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  presign as default
};
