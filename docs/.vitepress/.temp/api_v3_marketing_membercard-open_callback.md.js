import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"查询回调地址API / 设置回调地址API · v3/marketing/membercard-open/callback","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/marketing/membercard-open/callback.md","filePath":"api/v3/marketing/membercard-open/callback.md"}');
const _sfc_main = { name: "api/v3/marketing/membercard-open/callback.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="查询回调地址api-设置回调地址api-·-v3-marketing-membercard-open-callback" tabindex="-1">查询回调地址API / 设置回调地址API · <code>v3/marketing/membercard-open/callback</code> <a class="header-anchor" href="#查询回调地址api-设置回调地址api-·-v3-marketing-membercard-open-callback" aria-label="Permalink to &quot;查询回调地址API / 设置回调地址API · \`v3/marketing/membercard-open/callback\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get-·-查询回调地址api" tabindex="-1">GET · 查询回调地址API <a class="header-anchor" href="#get-·-查询回调地址api" aria-label="Permalink to &quot;GET · 查询回调地址API&quot;">​</a></h2><p>通过此接口可查询以前设置的回调地址</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/marketing/membercard-open/callback</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 会员卡</li><li>适用对象: 直连商户, 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><p>The call takes no options beyond the common ones (<code>headers</code>, <code>timeout</code>, …).</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

// 1. $instance-&gt;v3-&gt;marketing-&gt;membercardOpen-&gt;callback-&gt;getAsync()-&gt;then(…)-&gt;wait();
await wx.v3.marketing.membercardOpen.callback.getAsync().then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/marketing/membercard-open/callback&#39;)-&gt;getAsync()-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/marketing/membercard-open/callback&#39;).getAsync().then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/marketing/membercard-open/callback&#39;]-&gt;getAsync()-&gt;then(…)-&gt;wait();
await wx[&#39;v3/marketing/membercard-open/callback&#39;].getAsync().then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;marketing-&gt;membercardOpen-&gt;callback-&gt;get(); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.marketing.membercardOpen.callback.get();
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/marketing/membercard-open/callback&#39;)-&gt;get(); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/marketing/membercard-open/callback&#39;).get();
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/marketing/membercard-open/callback&#39;]-&gt;get(); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/marketing/membercard-open/callback&#39;].get();
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>notify_url</code></td><td>string</td><td>通知url地址</td><td></td></tr><tr><td><code>mchid</code></td><td>string</td><td>商户号</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/membercard_open/chapter6_2.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul><h2 id="patch-·-设置回调地址api" tabindex="-1">PATCH · 设置回调地址API <a class="header-anchor" href="#patch-·-设置回调地址api" aria-label="Permalink to &quot;PATCH · 设置回调地址API&quot;">​</a></h2><p>通过此接口商户可设置回调地址，用于接收会员业务的相关信息营销事件推送：点击开通产品权限。由会员卡创建方登录Pay平台，操作开通。</p><ul><li><code>PATCH https://api.mch.weixin.qq.com/v3/marketing/membercard-open/callback</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 会员卡</li><li>适用对象: 直连商户, 服务商</li></ul><h3 id="request-1" tabindex="-1">Request <a class="header-anchor" href="#request-1" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>└ <code>notify_url</code></td><td>string</td><td>yes</td><td>通知url地址</td><td></td></tr></tbody></table><h3 id="call-styles-1" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles-1" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>patch</code> and <code>patchAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/marketing/membercard-open/callback&#39;][&#39;patch&#39;][&#39;options&#39;] = {
  json: { notify_url: &#39;https://pay.weixin.qq.com&#39; },
};

// 1. $instance-&gt;v3-&gt;marketing-&gt;membercardOpen-&gt;callback-&gt;patchAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.marketing.membercardOpen.callback.patchAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/marketing/membercard-open/callback&#39;)-&gt;patchAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/marketing/membercard-open/callback&#39;).patchAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/marketing/membercard-open/callback&#39;]-&gt;patchAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/marketing/membercard-open/callback&#39;].patchAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;marketing-&gt;membercardOpen-&gt;callback-&gt;patch([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.marketing.membercardOpen.callback.patch(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/marketing/membercard-open/callback&#39;)-&gt;patch([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/marketing/membercard-open/callback&#39;).patch(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/marketing/membercard-open/callback&#39;]-&gt;patch([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/marketing/membercard-open/callback&#39;].patch(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer-1" tabindex="-1">Answer <a class="header-anchor" href="#answer-1" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>notify_url</code></td><td>string</td><td>通知url地址</td><td></td></tr><tr><td><code>mchid</code></td><td>string</td><td>商户号</td><td></td></tr></tbody></table><h3 id="official-documentation-1" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation-1" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/membercard_open/chapter6_1.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/marketing/membercard-open/callback.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const callback = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  callback as default
};
