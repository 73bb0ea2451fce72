import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"请求多次分账 · v2/secapi/pay/multiprofitsharing","description":"","frontmatter":{},"headers":[],"relativePath":"api/v2/secapi/pay/multiprofitsharing.md","filePath":"api/v2/secapi/pay/multiprofitsharing.md"}');
const _sfc_main = { name: "api/v2/secapi/pay/multiprofitsharing.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="请求多次分账-·-v2-secapi-pay-multiprofitsharing" tabindex="-1">请求多次分账 · <code>v2/secapi/pay/multiprofitsharing</code> <a class="header-anchor" href="#请求多次分账-·-v2-secapi-pay-multiprofitsharing" aria-label="Permalink to &quot;请求多次分账 · \`v2/secapi/pay/multiprofitsharing\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>微信订单支付成功后，服务商代子商户发起分账请求，将结算后的钱分到分账接收方。多次分账请求仅会按照传入的分账接收方进行分账，不会对剩余的金额进行任何操作。故操作成功后，在待分账金额不等于零时，订单依旧能够再次进行分账。● 多次分账，可以将本商户作为分账接收方直接传入，实现释放资金给本商户的功能。</p><ul><li><code>POST https://api.mch.weixin.qq.com/secapi/pay/multiprofitsharing</code></li><li>APIv2: XML, signed with the APIv2 key (<code>secret</code>)</li><li>Merchant API client certificate: <strong>required</strong> (<code>x-api-cert-required</code>): configure <code>merchant</code> on the client; the SDK presents it without <code>security: true</code></li><li>Product: APIv2∙资金应用∙分账</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>xml</code></td><td>object</td><td>yes</td><td>The APIv2 payload</td><td></td></tr><tr><td>├ <code>mch_id</code></td><td>string</td><td>yes</td><td>商户号</td><td></td></tr><tr><td>├ <code>sub_mch_id</code></td><td>string</td><td></td><td>子商户号</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td>yes</td><td>公众账号ID</td><td></td></tr><tr><td>├ <code>sub_appid</code></td><td>string</td><td></td><td>子商户公众账号ID</td><td></td></tr><tr><td>├ <code>sign_type</code></td><td>string</td><td>yes</td><td>签名类型</td><td><code>HMAC-SHA256</code></td></tr><tr><td>├ <code>transaction_id</code></td><td>string</td><td>yes</td><td>微信订单号</td><td></td></tr><tr><td>├ <code>out_order_no</code></td><td>string</td><td>yes</td><td>商户分账单号</td><td></td></tr><tr><td>└ <code>receivers</code></td><td>string(JSON: object[])</td><td>yes</td><td>分账接收方列表<code>JSON</code>格式字符串</td><td></td></tr><tr><td> ├ <code>type</code></td><td>string</td><td>yes</td><td>分账接收方类型</td><td><code>MERCHANT_ID</code>, <code>PERSONAL_OPENID</code>, <code>PERSONAL_SUB_OPENID</code></td></tr><tr><td> ├ <code>account</code></td><td>string</td><td>yes</td><td>分账接收方账号</td><td></td></tr><tr><td> ├ <code>amount</code></td><td>number</td><td>yes</td><td>分账金额</td><td></td></tr><tr><td> ├ <code>description</code></td><td>string</td><td>yes</td><td>分账描述</td><td></td></tr><tr><td> └ <code>name</code></td><td>string</td><td></td><td>分账个人接收方姓名</td><td></td></tr></tbody></table><p><code>nonce_str</code> and <code>sign</code> are added by the SDK (<code>sign_type</code> in <code>xml</code> picks <code>MD5</code>, the default, or <code>HMAC-SHA256</code>); pass <code>nonceless: true</code> to leave out <code>nonce_str</code>. A <code>mch_id</code> (or <code>mchid</code>) must be the client&#39;s <code>mchid</code>: the SDK refuses to sign for another merchant.</p><p>A <code>string(JSON: …)</code> field is JSON text (<code>JSON.stringify</code> it); in <code>xml</code>, an array-valued one may also be given as the array, which the SDK encodes.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, Transformer, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000100&#39;,
  secret: process.env.WECHATPAY_APIV2_KEY!,
  merchant: { cert: &#39;file:///path/to/apiclient_cert.pem&#39;, key: &#39;file:///path/to/apiclient_key.pem&#39; },
});

const options: Endpoints[&#39;v2/secapi/pay/multiprofitsharing&#39;][&#39;post&#39;][&#39;options&#39;] = {
  xml: {
    mch_id: &#39;1900000100&#39;,
    sub_mch_id: &#39;1900000109&#39;,
    appid: &#39;wx8888888888888888&#39;,
    sub_appid: &#39;wx8888888888888888&#39;,
    sign_type: &#39;HMAC-SHA256&#39;,
    transaction_id: &#39;4208450740201411110007820472&#39;,
    out_order_no: &#39;P20150806125346&#39;,
    receivers: JSON.stringify([
      { type: &#39;MERCHANT_ID&#39;, account: &#39;190001001&#39;, amount: 100, description: &#39;分到商户&#39;, name: &#39;分到个人&#39; },
    ]),
  },
};

// 1. $instance-&gt;v2-&gt;secapi-&gt;pay-&gt;multiprofitsharing-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v2.secapi.pay.multiprofitsharing.postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 2. $instance-&gt;chain(&#39;v2/secapi/pay/multiprofitsharing&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v2/secapi/pay/multiprofitsharing&#39;).postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 3. $instance[&#39;v2/secapi/pay/multiprofitsharing&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v2/secapi/pay/multiprofitsharing&#39;].postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 4. $response = $instance-&gt;v2-&gt;secapi-&gt;pay-&gt;multiprofitsharing-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byProperty = await wx.v2.secapi.pay.multiprofitsharing.post(options);
console.log(Transformer.toArray(byProperty.body));

// 5. $response = $instance-&gt;chain(&#39;v2/secapi/pay/multiprofitsharing&#39;)-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byChain = await wx.chain(&#39;v2/secapi/pay/multiprofitsharing&#39;).post(options);
console.log(Transformer.toArray(byChain.body));

// 6. $response = $instance[&#39;v2/secapi/pay/multiprofitsharing&#39;]-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byPath = await wx[&#39;v2/secapi/pay/multiprofitsharing&#39;].post(options);
console.log(Transformer.toArray(byPath.body));
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>sub_appid</code></td><td>string</td><td>子商户公众账号ID</td><td></td></tr><tr><td><code>sub_mch_id</code></td><td>string</td><td>子商户号</td><td></td></tr><tr><td><code>return_code</code></td><td>string</td><td>返回状态码</td><td><code>SUCCESS</code>, <code>FAIL</code></td></tr><tr><td><code>return_msg</code></td><td>string</td><td>返回信息</td><td></td></tr><tr><td><code>appid</code></td><td>string</td><td>公众账号ID</td><td></td></tr><tr><td><code>mch_id</code></td><td>string</td><td>商户号</td><td></td></tr><tr><td><code>nonce_str</code></td><td>string</td><td>随机字符串</td><td></td></tr><tr><td><code>sign</code></td><td>string</td><td>签名</td><td></td></tr><tr><td><code>result_code</code></td><td>string</td><td>业务结果</td><td><code>SUCCESS</code>, <code>FAIL</code></td></tr><tr><td><code>err_code</code></td><td>string</td><td>错误代码</td><td></td></tr><tr><td><code>err_code_des</code></td><td>string</td><td>错误代码描述</td><td></td></tr><tr><td><code>transaction_id</code></td><td>string</td><td>微信订单号</td><td></td></tr><tr><td><code>out_order_no</code></td><td>string</td><td>商户分账单号</td><td></td></tr><tr><td><code>order_id</code></td><td>string</td><td>微信分账单号</td><td></td></tr><tr><td><code>receivers</code></td><td>string(JSON: object[])</td><td>分账接收方列表<code>JSON</code>格式字符串</td><td></td></tr><tr><td>├ <code>type</code></td><td>string</td><td>分账接收方类型</td><td><code>MERCHANT_ID</code>, <code>PERSONAL_OPENID</code>, <code>PERSONAL_SUB_OPENID</code></td></tr><tr><td>├ <code>amount</code></td><td>number</td><td>分账金额</td><td></td></tr><tr><td>├ <code>description</code></td><td>string</td><td>分账描述</td><td></td></tr><tr><td>├ <code>detail_id</code></td><td>string</td><td>分账明细单号</td><td></td></tr><tr><td>├ <code>finish_time</code></td><td>string</td><td>分账完成时间</td><td></td></tr><tr><td>├ <code>receiver_account</code></td><td>string</td><td>分账接收方账号</td><td></td></tr><tr><td>├ <code>receiver_mchid</code></td><td>string</td><td>分账接收商户号</td><td></td></tr><tr><td>└ <code>result</code></td><td>string</td><td>分账结果</td><td><code>PENDING</code>, <code>SUCCESS</code>, <code>CLOSED</code></td></tr></tbody></table><p>A signed answer&#39;s <code>sign</code> is checked before you see it. A <code>return_code</code> or <code>result_code</code> other than <code>SUCCESS</code> rejects with a <code>BusinessError</code>.</p><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/api/allocation.php?chapter=27_6&amp;index=2" target="_blank" rel="noreferrer">官方文档</a></li><li><a href="https://pay.weixin.qq.com/wiki/doc/api/allocation_sl.php?chapter=25_6&amp;index=2" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v2/secapi/pay/multiprofitsharing.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const multiprofitsharing = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  multiprofitsharing as default
};
