import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"交易保障 · v2/payitil/report","description":"","frontmatter":{},"headers":[],"relativePath":"api/v2/payitil/report.md","filePath":"api/v2/payitil/report.md"}');
const _sfc_main = { name: "api/v2/payitil/report.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="交易保障-·-v2-payitil-report" tabindex="-1">交易保障 · <code>v2/payitil/report</code> <a class="header-anchor" href="#交易保障-·-v2-payitil-report" aria-label="Permalink to &quot;交易保障 · \`v2/payitil/report\`&quot;">​</a></h1><p><a href="./../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>商户在调用微信支付提供的相关接口时，会得到微信支付返回的相关信息以及获得整个接口的响应时间。为提高整体的服务水平，协助商户一起提高服务质量，微信支付提供了相关接口调用耗时和返回信息的主动上报接口，微信支付可以根据商户侧上报的数据进一步优化网络部署，完善服务监控，和商户更好的协作为用户提供更好的业务体验。</p><p>(The transaction-guarantee report: merchants report how long each call to WeChat Pay took and what it returned.)</p><ul><li><code>POST https://api.mch.weixin.qq.com/payitil/report</code></li><li>APIv2: XML, signed with the APIv2 key (<code>secret</code>)</li><li>Merchant API client certificate: not required</li><li>Product: APIv2∙通用</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>xml</code></td><td>object</td><td>yes</td><td>The APIv2 payload</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td>yes</td><td>公众账号ID</td><td></td></tr><tr><td>├ <code>mch_id</code></td><td>string</td><td>yes</td><td>商户号</td><td></td></tr><tr><td>├ <code>device_info</code></td><td>string</td><td></td><td>设备号</td><td></td></tr><tr><td>├ <code>interface_url</code></td><td>string</td><td>yes</td><td>接口URL</td><td></td></tr><tr><td>├ <code>user_ip</code></td><td>string</td><td>yes</td><td>访问接口IP</td><td></td></tr><tr><td>└ <code>trades</code></td><td>string(JSON: object[])</td><td>yes</td><td>上报数据包<code>JSON</code>格式字符串 An array is JSON-encoded by the SDK.</td><td></td></tr><tr><td> ├ <code>out_trade_no</code></td><td>string</td><td>yes</td><td>商户订单号</td><td></td></tr><tr><td> ├ <code>begin_time</code></td><td>string</td><td>yes</td><td>交易开始时间（扫码时间） <code>yyyyMMddHHmmss</code></td><td></td></tr><tr><td> ├ <code>end_time</code></td><td>string</td><td>yes</td><td>交易完成时间 <code>yyyyMMddHHmmss</code></td><td></td></tr><tr><td> ├ <code>state</code></td><td>string</td><td>yes</td><td>交易结果 <code>CANCLE</code> is WeChat&#39;s spelling.</td><td><code>OK</code>, <code>FAIL</code>, <code>CANCLE</code></td></tr><tr><td> └ <code>err_msg</code></td><td>string</td><td></td><td>自定义的错误描述信息</td><td></td></tr></tbody></table><p><code>nonce_str</code> and <code>sign</code> are added by the SDK (<code>sign_type</code> in <code>xml</code> picks <code>MD5</code>, the default, or <code>HMAC-SHA256</code>); pass <code>nonceless: true</code> to leave out <code>nonce_str</code>. A <code>mch_id</code> (or <code>mchid</code>) must be the client&#39;s <code>mchid</code>: the SDK refuses to sign for another merchant.</p><p>A <code>string(JSON: …)</code> field is JSON text (<code>JSON.stringify</code> it); in <code>xml</code>, an array-valued one may also be given as the array, which the SDK encodes.</p><p>The single-interface form reports one call instead of a batch: <code>interface_url</code> is the API that was called, plus <code>execute_time_</code> (milliseconds; the trailing underscore is real), <code>return_code</code>, <code>return_msg</code>, <code>result_code</code>, and optionally <code>err_code</code>, <code>err_code_des</code>, <code>out_trade_no</code>, <code>time</code> (<code>yyyyMMddHHmmss</code>). The SDK&#39;s type for this endpoint (<code>PayitilReportRequest</code>) takes both forms:</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import type { PayitilReportRequest } from &#39;wechatpay-ts&#39;;

const single: PayitilReportRequest = {
  appid: &#39;wx8888888888888888&#39;,
  mch_id: &#39;1900000109&#39;,
  interface_url: &#39;https://api.mch.weixin.qq.com/pay/unifiedorder&#39;,
  execute_time_: 1000,
  return_code: &#39;SUCCESS&#39;,
  result_code: &#39;SUCCESS&#39;,
  user_ip: &#39;8.8.8.8&#39;,
  time: &#39;20160602203256&#39;,
};
</code></pre></div><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, Transformer, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({ mchid: &#39;1900000109&#39;, secret: process.env.WECHATPAY_APIV2_KEY! });

const options: Endpoints[&#39;v2/payitil/report&#39;][&#39;post&#39;][&#39;options&#39;] = {
  xml: {
    appid: &#39;wx8888888888888888&#39;,
    mch_id: &#39;1900000109&#39;,
    device_info: &#39;013467007045764&#39;,
    interface_url: &#39;https://api.mch.weixin.qq.com/pay/batchreport/micropay/total&#39;,
    user_ip: &#39;8.8.8.8&#39;,
    trades: JSON.stringify([
      {
        out_trade_no: &#39;out_trade_no_test_1&#39;,
        begin_time: &#39;20160602203256&#39;,
        end_time: &#39;20160602203257&#39;,
        state: &#39;OK&#39;,
        err_msg: &#39;&#39;,
      },
    ]),
  },
};

// 1. $instance-&gt;v2-&gt;payitil-&gt;report-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v2.payitil.report.postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 2. $instance-&gt;chain(&#39;v2/payitil/report&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v2/payitil/report&#39;).postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 3. $instance[&#39;v2/payitil/report&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v2/payitil/report&#39;].postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 4. $response = $instance-&gt;v2-&gt;payitil-&gt;report-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byProperty = await wx.v2.payitil.report.post(options);
console.log(Transformer.toArray(byProperty.body));

// 5. $response = $instance-&gt;chain(&#39;v2/payitil/report&#39;)-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byChain = await wx.chain(&#39;v2/payitil/report&#39;).post(options);
console.log(Transformer.toArray(byChain.body));

// 6. $response = $instance[&#39;v2/payitil/report&#39;]-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byPath = await wx[&#39;v2/payitil/report&#39;].post(options);
console.log(Transformer.toArray(byPath.body));
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>return_code</code></td><td>string</td><td>返回状态码</td><td><code>SUCCESS</code>, <code>FAIL</code></td></tr><tr><td><code>return_msg</code></td><td>string</td><td>返回信息</td><td></td></tr><tr><td><code>result_code</code></td><td>string</td><td>业务结果</td><td><code>SUCCESS</code>, <code>FAIL</code></td></tr></tbody></table><p>The answer carries no <code>sign</code>. A successful one:</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import type { PayitilReportResponse } from &#39;wechatpay-ts&#39;;

const answer: PayitilReportResponse = { return_code: &#39;SUCCESS&#39;, return_msg: &#39;OK&#39;, result_code: &#39;SUCCESS&#39; };
</code></pre></div><p>A <code>return_code</code> or <code>result_code</code> other than <code>SUCCESS</code> rejects the promise with a <code>BusinessError</code> whose <code>returnMsg</code> (and <code>dictionary</code>) say why:</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, isBusinessError, type PayitilReportRequest } from &#39;wechatpay-ts&#39;;

declare const xml: PayitilReportRequest; // as above
const wx = Builder.factory({ mchid: &#39;1900000109&#39;, secret: process.env.WECHATPAY_APIV2_KEY! });

try {
  await wx.v2.payitil.report.post({ xml });
} catch (error) {
  if (isBusinessError(error)) console.error(error.returnMsg, error.dictionary);
  else throw error;
}
</code></pre></div><p>Try it offline: <code>npm start</code> runs the six calls against the simulator bundled with the SDK.</p><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/api/micropay.php?chapter=9_14&amp;index=8" target="_blank" rel="noreferrer">官方付款码文档</a></li><li><a href="https://pay.weixin.qq.com/wiki/doc/api/jsapi.php?chapter=9_8&amp;index=9" target="_blank" rel="noreferrer">官方JSAPI文档</a></li><li><a href="https://pay.weixin.qq.com/wiki/doc/api/native.php?chapter=9_8&amp;index=9" target="_blank" rel="noreferrer">官方NATIVE文档</a></li><li><a href="https://pay.weixin.qq.com/wiki/doc/api/app/app.php?chapter=9_8&amp;index=10" target="_blank" rel="noreferrer">官方APP文档</a></li><li><a href="https://pay.weixin.qq.com/wiki/doc/api/H5.php?chapter=9_8&amp;index=9" target="_blank" rel="noreferrer">官方H5文档</a></li><li><a href="https://pay.weixin.qq.com/wiki/doc/api/wxa/wxa_api.php?chapter=9_8&amp;index=9" target="_blank" rel="noreferrer">官方小程序支付文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v2/payitil/report.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const report = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  report as default
};
