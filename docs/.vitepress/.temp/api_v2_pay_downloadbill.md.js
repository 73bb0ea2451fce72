import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"下载对账单 · v2/pay/downloadbill","description":"","frontmatter":{},"headers":[],"relativePath":"api/v2/pay/downloadbill.md","filePath":"api/v2/pay/downloadbill.md"}');
const _sfc_main = { name: "api/v2/pay/downloadbill.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="下载对账单-·-v2-pay-downloadbill" tabindex="-1">下载对账单 · <code>v2/pay/downloadbill</code> <a class="header-anchor" href="#下载对账单-·-v2-pay-downloadbill" aria-label="Permalink to &quot;下载对账单 · \`v2/pay/downloadbill\`&quot;">​</a></h1><p><a href="./../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>商户可以通过该接口下载历史交易清单。比如掉单、系统错误等导致商户侧和微信侧数据不一致，通过对账单核对后可校正支付状态。 <a href="https://share.weiyun.com/5dxUgCw" target="_blank" rel="noreferrer">官方人脸支付文档</a></p><ul><li><code>POST https://api.mch.weixin.qq.com/pay/downloadbill</code></li><li>APIv2: XML, signed with the APIv2 key (<code>secret</code>)</li><li>Merchant API client certificate: not required</li><li>Product: APIv2∙基础支付∙账单</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>xml</code></td><td>object</td><td>yes</td><td>The APIv2 payload</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td>yes</td><td>公众账号ID</td><td></td></tr><tr><td>├ <code>mch_id</code></td><td>string</td><td>yes</td><td>商户号</td><td></td></tr><tr><td>├ <code>bill_date</code></td><td>string</td><td>yes</td><td>对账单日期</td><td></td></tr><tr><td>├ <code>bill_type</code></td><td>string</td><td></td><td>账单类型</td><td><code>ALL</code>, <code>SUCCESS</code>, <code>REFUND</code>, <code>RECHARGE_REFUND</code></td></tr><tr><td>└ <code>tar_type</code></td><td>string</td><td></td><td>压缩账单</td><td><code>GZIP</code></td></tr></tbody></table><p><code>nonce_str</code> and <code>sign</code> are added by the SDK (<code>sign_type</code> in <code>xml</code> picks <code>MD5</code>, the default, or <code>HMAC-SHA256</code>); pass <code>nonceless: true</code> to leave out <code>nonce_str</code>. A <code>mch_id</code> (or <code>mchid</code>) must be the client&#39;s <code>mchid</code>: the SDK refuses to sign for another merchant.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({ mchid: &#39;1900000109&#39;, secret: process.env.WECHATPAY_APIV2_KEY! });

const options: Endpoints[&#39;v2/pay/downloadbill&#39;][&#39;post&#39;][&#39;options&#39;] = {
  xml: {
    appid: &#39;wx8888888888888888&#39;,
    mch_id: &#39;1900000109&#39;,
    bill_date: &#39;20140603&#39;,
    bill_type: &#39;ALL&#39;,
    tar_type: &#39;GZIP&#39;,
  },
};

// 1. $instance-&gt;v2-&gt;pay-&gt;downloadbill-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v2.pay.downloadbill.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v2/pay/downloadbill&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v2/pay/downloadbill&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v2/pay/downloadbill&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v2/pay/downloadbill&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v2-&gt;pay-&gt;downloadbill-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v2.pay.downloadbill.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v2/pay/downloadbill&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v2/pay/downloadbill&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v2/pay/downloadbill&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v2/pay/downloadbill&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>return_code</code></td><td>string</td><td>返回状态码</td><td><code>FAIL</code></td></tr><tr><td><code>return_msg</code></td><td>string</td><td>错误码描述</td><td></td></tr><tr><td><code>error_code</code></td><td>string</td><td>错误码</td><td></td></tr></tbody></table><p>On success WeChat Pay answers the bill itself, not this dictionary: <code>response.data</code> is the CSV text, or a <code>Buffer</code> of the gzip bytes when asked with <code>tar_type: &#39;GZIP&#39;</code>. The dictionary comes only with a failure, which rejects with a <code>BusinessError</code>.</p><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/api/micropay.php?chapter=9_6" target="_blank" rel="noreferrer">官方付款码文档</a></li><li><a href="https://pay.weixin.qq.com/wiki/doc/api/jsapi.php?chapter=9_6" target="_blank" rel="noreferrer">官方JSAPI文档</a></li><li><a href="https://pay.weixin.qq.com/wiki/doc/api/native.php?chapter=9_6" target="_blank" rel="noreferrer">官方NATIVE文档</a></li><li><a href="https://pay.weixin.qq.com/wiki/doc/api/app/app.php?chapter=9_6&amp;index=8" target="_blank" rel="noreferrer">官方APP文档</a></li><li><a href="https://pay.weixin.qq.com/wiki/doc/api/H5.php?chapter=9_6&amp;index=6" target="_blank" rel="noreferrer">官方H5文档</a></li><li><a href="https://pay.weixin.qq.com/wiki/doc/api/wxa/wxa_api.php?chapter=9_6" target="_blank" rel="noreferrer">官方小程序支付文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v2/pay/downloadbill.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const downloadbill = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  downloadbill as default
};
