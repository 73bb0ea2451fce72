import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"H5纯签约 · v2/papay/h5entrustweb","description":"","frontmatter":{},"headers":[],"relativePath":"api/v2/papay/h5entrustweb.md","filePath":"api/v2/papay/h5entrustweb.md"}');
const _sfc_main = { name: "api/v2/papay/h5entrustweb.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="h5纯签约-·-v2-papay-h5entrustweb" tabindex="-1">H5纯签约 · <code>v2/papay/h5entrustweb</code> <a class="header-anchor" href="#h5纯签约-·-v2-papay-h5entrustweb" aria-label="Permalink to &quot;H5纯签约 · \`v2/papay/h5entrustweb\`&quot;">​</a></h1><p><a href="./../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get" tabindex="-1">GET <a class="header-anchor" href="#get" aria-label="Permalink to &quot;GET&quot;">​</a></h2><p>该方式适用于手机、平板电脑等使用H5浏览器的设备场景使用微信签约扣款。商户在网站前端通过微信支付H5纯签约接口与用户签订委托扣款协议，再通过后台接口申请扣款来完成代扣交易。</p><ul><li><code>GET https://api.mch.weixin.qq.com/papay/h5entrustweb</code></li><li>APIv2: XML, signed with the APIv2 key (<code>secret</code>)</li><li>Merchant API client certificate: not required</li><li>Product: APIv2∙委托扣款</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>query</code></td><td>object</td><td>yes</td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td>yes</td><td>应用ID</td><td></td></tr><tr><td>├ <code>mch_id</code></td><td>string</td><td>yes</td><td>商户号</td><td></td></tr><tr><td>├ <code>plan_id</code></td><td>string</td><td>yes</td><td>模板id</td><td></td></tr><tr><td>├ <code>contract_code</code></td><td>string</td><td>yes</td><td>签约协议号</td><td></td></tr><tr><td>├ <code>request_serial</code></td><td>integer</td><td>yes</td><td>请求序列号</td><td></td></tr><tr><td>├ <code>contract_display_account</code></td><td>string</td><td>yes</td><td>用户账户展示名称</td><td></td></tr><tr><td>├ <code>notify_url</code></td><td>string</td><td>yes</td><td>回调通知url</td><td></td></tr><tr><td>├ <code>version</code></td><td>string</td><td>yes</td><td>版本号</td><td></td></tr><tr><td>├ <code>sign</code></td><td>string</td><td>yes</td><td>签名</td><td></td></tr><tr><td>├ <code>sign_type</code></td><td>string</td><td></td><td>签名类型</td><td><code>HMAC-SHA256</code>, <code>MD5</code></td></tr><tr><td>├ <code>timestamp</code></td><td>string</td><td>yes</td><td>时间戳</td><td></td></tr><tr><td>├ <code>clientip</code></td><td>string</td><td>yes</td><td>客户端 IP</td><td></td></tr><tr><td>└ <code>return_appid</code></td><td>string</td><td></td><td>回调应用appid</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, Transformer, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({ mchid: &#39;1200009811&#39;, secret: process.env.WECHATPAY_APIV2_KEY! });

const options: Endpoints[&#39;v2/papay/h5entrustweb&#39;][&#39;get&#39;][&#39;options&#39;] = {
  query: {
    appid: &#39;wxcbda96de0b165486&#39;,
    mch_id: &#39;1200009811&#39;,
    plan_id: &#39;12535&#39;,
    contract_code: &#39;100000&#39;,
    request_serial: 1000,
    contract_display_account: &#39;微信代扣&#39;,
    notify_url: &#39;https://weixin.qq.com&#39;,
    version: &#39;1.0&#39;,
    sign: &#39;C380BEC2BFD727A4B6845133519F3AD6&#39;,
    sign_type: &#39;HMAC-SHA256&#39;,
    timestamp: &#39;1414488825&#39;,
    clientip: &#39;119.145.83.6&#39;,
    return_appid: &#39;wxcbda96de0b165486&#39;,
  },
};

// 1. $instance-&gt;v2-&gt;papay-&gt;h5entrustweb-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v2.papay.h5entrustweb.getAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 2. $instance-&gt;chain(&#39;v2/papay/h5entrustweb&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v2/papay/h5entrustweb&#39;).getAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 3. $instance[&#39;v2/papay/h5entrustweb&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v2/papay/h5entrustweb&#39;].getAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 4. $response = $instance-&gt;v2-&gt;papay-&gt;h5entrustweb-&gt;get([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byProperty = await wx.v2.papay.h5entrustweb.get(options);
console.log(Transformer.toArray(byProperty.body));

// 5. $response = $instance-&gt;chain(&#39;v2/papay/h5entrustweb&#39;)-&gt;get([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byChain = await wx.chain(&#39;v2/papay/h5entrustweb&#39;).get(options);
console.log(Transformer.toArray(byChain.body));

// 6. $response = $instance[&#39;v2/papay/h5entrustweb&#39;]-&gt;get([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byPath = await wx[&#39;v2/papay/h5entrustweb&#39;].get(options);
console.log(Transformer.toArray(byPath.body));
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>return_code</code></td><td>string</td><td>返回状态码</td><td><code>SUCCESS</code>, <code>FAIL</code></td></tr><tr><td><code>return_msg</code></td><td>string</td><td>返回信息</td><td></td></tr><tr><td><code>result_code</code></td><td>string</td><td>业务结果</td><td><code>SUCCESS</code>, <code>FAIL</code></td></tr><tr><td><code>result_msg</code></td><td>string</td><td>业务结果描述</td><td></td></tr><tr><td><code>redirect_url</code></td><td>string</td><td>跳转URL</td><td></td></tr></tbody></table><p>A signed answer&#39;s <code>sign</code> is checked before you see it. A <code>return_code</code> or <code>result_code</code> other than <code>SUCCESS</code> rejects with a <code>BusinessError</code>.</p><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/doc/v2/merchant/4011987295" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v2/papay/h5entrustweb.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const h5entrustweb = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  h5entrustweb as default
};
