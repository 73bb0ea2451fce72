import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"小程序签约API · v3/global/papay/contracts/miniprogram-pre-entrust-sign","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/global/papay/contracts/miniprogram-pre-entrust-sign.md","filePath":"api/v3/global/papay/contracts/miniprogram-pre-entrust-sign.md"}');
const _sfc_main = { name: "api/v3/global/papay/contracts/miniprogram-pre-entrust-sign.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="小程序签约api-·-v3-global-papay-contracts-miniprogram-pre-entrust-sign" tabindex="-1">小程序签约API · <code>v3/global/papay/contracts/miniprogram-pre-entrust-sign</code> <a class="header-anchor" href="#小程序签约api-·-v3-global-papay-contracts-miniprogram-pre-entrust-sign" aria-label="Permalink to &quot;小程序签约API · \`v3/global/papay/contracts/miniprogram-pre-entrust-sign\`&quot;">​</a></h1><p><a href="./../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>商户后台通过请求此接口获取到签约会话id，然后再通过小程序签约接口唤起小程序委托代扣的签约页面。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/global/papay/contracts/miniprogram-pre-entrust-sign</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 跨境∙代扣</li><li>适用对象: 直连模式, 机构模式</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td></td><td>机构APPID</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td></td><td>子商户号</td><td></td></tr><tr><td>├ <code>sp_appid</code></td><td>string</td><td></td><td>机构appid</td><td></td></tr><tr><td>├ <code>sp_mchid</code></td><td>string</td><td></td><td>机构商户号</td><td></td></tr><tr><td>├ <code>sub_appid</code></td><td>string</td><td></td><td>子商户应用ID</td><td></td></tr><tr><td>├ <code>plan_id</code></td><td>integer</td><td></td><td>模板ID</td><td></td></tr><tr><td>├ <code>out_contract_code</code></td><td>string</td><td></td><td>商户侧签约协议号</td><td></td></tr><tr><td>├ <code>user_display_name</code></td><td>string</td><td></td><td>用户账户展示名称</td><td></td></tr><tr><td>├ <code>success_notify_url</code></td><td>string</td><td></td><td>签约成功通知url</td><td></td></tr><tr><td>├ <code>openid</code></td><td>string</td><td></td><td>商户appid下的用户标识</td><td></td></tr><tr><td>├ <code>user_client_ip</code></td><td>string</td><td></td><td>用户客户端IP</td><td></td></tr><tr><td>└ <code>expired_time</code></td><td>string(rfc3339)</td><td></td><td>过期时间</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/global/papay/contracts/miniprogram-pre-entrust-sign&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    appid: &#39;wxd678efh567hg6787&#39;,
    sub_mchid: &#39;1230000109&#39;,
    sp_appid: &#39;wx8888888888888888&#39;,
    sp_mchid: &#39;3200000001&#39;,
    sub_appid: &#39;wxcbda96de0b165484&#39;,
    plan_id: 123,
    out_contract_code: &#39;100001256&#39;,
    user_display_name: &#39;张三&#39;,
    success_notify_url: &#39;https://pay.weixin.qq.com&#39;,
    openid: &#39;ouFhd5X9s9WteC3eWRjXV3lea123&#39;,
    user_client_ip: &#39;119.145.83.6&#39;,
    expired_time: &#39;2021-11-20T13:29:35+08:00&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;global-&gt;papay-&gt;contracts-&gt;miniprogramPreEntrustSign-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.global.papay.contracts.miniprogramPreEntrustSign.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/global/papay/contracts/miniprogram-pre-entrust-sign&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/global/papay/contracts/miniprogram-pre-entrust-sign&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/global/papay/contracts/miniprogram-pre-entrust-sign&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/global/papay/contracts/miniprogram-pre-entrust-sign&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;global-&gt;papay-&gt;contracts-&gt;miniprogramPreEntrustSign-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.global.papay.contracts.miniprogramPreEntrustSign.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/global/papay/contracts/miniprogram-pre-entrust-sign&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/global/papay/contracts/miniprogram-pre-entrust-sign&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/global/papay/contracts/miniprogram-pre-entrust-sign&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/global/papay/contracts/miniprogram-pre-entrust-sign&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>session_id</code></td><td>string</td><td>委托代扣签约会话id</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter5_1_1.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/global/papay/contracts/miniprogram-pre-entrust-sign.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const miniprogramPreEntrustSign = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  miniprogramPreEntrustSign as default
};
