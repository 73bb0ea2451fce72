import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"资料更新请求审核结果回调通知 · v3/aggracct-bc/wb-channel/control-orders/info/update/result/notify","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/aggracct-bc/wb-channel/control-orders/info/update/result/notify.md","filePath":"api/v3/aggracct-bc/wb-channel/control-orders/info/update/result/notify.md"}');
const _sfc_main = { name: "api/v3/aggracct-bc/wb-channel/control-orders/info/update/result/notify.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="资料更新请求审核结果回调通知-·-v3-aggracct-bc-wb-channel-control-orders-info-update-result-notify" tabindex="-1">资料更新请求审核结果回调通知 · <code>v3/aggracct-bc/wb-channel/control-orders/info/update/result/notify</code> <a class="header-anchor" href="#资料更新请求审核结果回调通知-·-v3-aggracct-bc-wb-channel-control-orders-info-update-result-notify" aria-label="Permalink to &quot;资料更新请求审核结果回调通知 · \`v3/aggracct-bc/wb-channel/control-orders/info/update/result/notify\`&quot;">​</a></h1><p><a href="./../../../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>微信支付侧提交资料更新申请后，此接口接收微众更新请求审核结果回调通知。限频：200/分钟</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/aggracct-bc/wb-channel/control-orders/info/update/result/notify</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 渠道服务</li><li>适用对象: 直连商户</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>out_request_no</code></td><td>string</td><td>yes</td><td>资料更新请求单号</td><td></td></tr><tr><td>├ <code>mchid</code></td><td>string</td><td>yes</td><td>商户号</td><td></td></tr><tr><td>├ <code>audit_result</code></td><td>string</td><td></td><td>审核结果</td><td><code>PASS</code>, <code>REJECT</code></td></tr><tr><td>├ <code>audit_finish_time</code></td><td>string(rfc3339)</td><td></td><td>审核完成时间</td><td></td></tr><tr><td>├ <code>attach_info</code></td><td>string</td><td></td><td>业务附属信息</td><td></td></tr><tr><td>├ <code>fail_code</code></td><td>string</td><td></td><td>审核驳回错误码</td><td></td></tr><tr><td>├ <code>fail_msg</code></td><td>string</td><td></td><td>审核驳回错误原因</td><td></td></tr><tr><td>└ <code>scene</code></td><td>string</td><td></td><td>场景</td><td><code>01</code>, <code>02</code>, <code>03</code></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900016681&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/aggracct-bc/wb-channel/control-orders/info/update/result/notify&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    out_request_no: &#39;htozr8denqegbt6tk6u10iymo7yww5pn&#39;,
    mchid: &#39;1900016681&#39;,
    audit_result: &#39;PASS&#39;,
    audit_finish_time: &#39;2015-05-20T13:29:35+08:00&#39;,
    attach_info: &#39;updateidcard&#39;,
    fail_code: &#39;1001&#39;,
    fail_msg: &#39;IDCARD_ILLEGAL&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;aggracctBc-&gt;wbChannel-&gt;controlOrders-&gt;info-&gt;update-&gt;result-&gt;notify-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.aggracctBc.wbChannel.controlOrders.info.update.result.notify.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/aggracct-bc/wb-channel/control-orders/info/update/result/notify&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/aggracct-bc/wb-channel/control-orders/info/update/result/notify&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/aggracct-bc/wb-channel/control-orders/info/update/result/notify&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/aggracct-bc/wb-channel/control-orders/info/update/result/notify&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;aggracctBc-&gt;wbChannel-&gt;controlOrders-&gt;info-&gt;update-&gt;result-&gt;notify-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.aggracctBc.wbChannel.controlOrders.info.update.result.notify.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/aggracct-bc/wb-channel/control-orders/info/update/result/notify&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/aggracct-bc/wb-channel/control-orders/info/update/result/notify&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/aggracct-bc/wb-channel/control-orders/info/update/result/notify&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/aggracct-bc/wb-channel/control-orders/info/update/result/notify&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>ret_msg</code></td><td>string</td><td>接口返回信息</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/aggracct-bc/wb-channel/control-orders/info/update/result/notify.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const notify = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  notify as default
};
