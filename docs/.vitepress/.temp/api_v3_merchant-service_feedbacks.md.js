import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"商户反馈API · v3/merchant-service/feedbacks","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/merchant-service/feedbacks.md","filePath":"api/v3/merchant-service/feedbacks.md"}');
const _sfc_main = { name: "api/v3/merchant-service/feedbacks.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="商户反馈api-·-v3-merchant-service-feedbacks" tabindex="-1">商户反馈API · <code>v3/merchant-service/feedbacks</code> <a class="header-anchor" href="#商户反馈api-·-v3-merchant-service-feedbacks" aria-label="Permalink to &quot;商户反馈API · \`v3/merchant-service/feedbacks\`&quot;">​</a></h1><p><a href="./../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>商户上传反馈处理结果的接口。 包括商户反馈类型、商户反馈内容以及图片凭证。 其中上传图片凭证需首先调用“商户上传反馈图片”接口，得到图片id，再将id填入请求。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/merchant-service/feedbacks</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 风险合规∙消费者投诉</li><li>适用对象: 直连商户, 服务商, 渠道商</li><li><strong>Deprecated</strong> in the description</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>transaction_id</code></td><td>string</td><td>yes</td><td>微信支付订单号</td><td></td></tr><tr><td>├ <code>complainted_mchid</code></td><td>string</td><td>yes</td><td>被诉商户号</td><td></td></tr><tr><td>├ <code>feedback_type</code></td><td>integer</td><td></td><td>反馈内容类型</td><td></td></tr><tr><td>├ <code>feedback_content</code></td><td>string</td><td>yes</td><td>反馈内容</td><td></td></tr><tr><td>├ <code>feedback_images</code></td><td>string(MediaId)[]</td><td></td><td>图片凭证</td><td></td></tr><tr><td>└ <code>launch_confirm_process</code></td><td>boolean</td><td></td><td>反馈处理完成</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/merchant-service/feedbacks&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    transaction_id: &#39;4200000404201909069117582536&#39;,
    complainted_mchid: &#39;9980456248&#39;,
    feedback_type: 1,
    feedback_content: &#39;已与用户协商解决&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;merchantService-&gt;feedbacks-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.merchantService.feedbacks.postAsync(options).then((response) =&gt; console.log(response.status));

// 2. $instance-&gt;chain(&#39;v3/merchant-service/feedbacks&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/merchant-service/feedbacks&#39;).postAsync(options).then((response) =&gt; console.log(response.status));

// 3. $instance[&#39;v3/merchant-service/feedbacks&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/merchant-service/feedbacks&#39;].postAsync(options).then((response) =&gt; console.log(response.status));

// 4. $response = $instance-&gt;v3-&gt;merchantService-&gt;feedbacks-&gt;post([…]); echo $response-&gt;getStatusCode();
const byProperty = await wx.v3.merchantService.feedbacks.post(options);
console.log(byProperty.status);

// 5. $response = $instance-&gt;chain(&#39;v3/merchant-service/feedbacks&#39;)-&gt;post([…]); echo $response-&gt;getStatusCode();
const byChain = await wx.chain(&#39;v3/merchant-service/feedbacks&#39;).post(options);
console.log(byChain.status);

// 6. $response = $instance[&#39;v3/merchant-service/feedbacks&#39;]-&gt;post([…]); echo $response-&gt;getStatusCode();
const byPath = await wx[&#39;v3/merchant-service/feedbacks&#39;].post(options);
console.log(byPath.status);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><p><code>204 No Content</code>: no body; <code>response.data</code> is <code>undefined</code>.</p><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/tool/merchant-service/chapter3_6.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/merchant-service/feedbacks.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const feedbacks = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  feedbacks as default
};
