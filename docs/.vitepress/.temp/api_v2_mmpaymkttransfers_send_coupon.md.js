import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"发放代金券 · v2/mmpaymkttransfers/send_coupon","description":"","frontmatter":{},"headers":[],"relativePath":"api/v2/mmpaymkttransfers/send_coupon.md","filePath":"api/v2/mmpaymkttransfers/send_coupon.md"}');
const _sfc_main = { name: "api/v2/mmpaymkttransfers/send_coupon.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="发放代金券-·-v2-mmpaymkttransfers-send-coupon" tabindex="-1">发放代金券 · <code>v2/mmpaymkttransfers/send_coupon</code> <a class="header-anchor" href="#发放代金券-·-v2-mmpaymkttransfers-send-coupon" aria-label="Permalink to &quot;发放代金券 · \`v2/mmpaymkttransfers/send_coupon\`&quot;">​</a></h1><p><a href="./../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>用于商户主动调用接口给用户发放代金券的场景，已做防小号处理，给小号发放代金券将返回错误码。<strong>注意：通过接口发放的代金券不会进入微信卡包</strong></p><ul><li><code>POST https://api.mch.weixin.qq.com/mmpaymkttransfers/send_coupon</code></li><li>APIv2: XML, signed with the APIv2 key (<code>secret</code>)</li><li>Merchant API client certificate: <strong>required</strong> (<code>x-api-cert-required</code>): configure <code>merchant</code> on the client; the SDK presents it without <code>security: true</code></li><li>Product: APIv2∙代金券</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>xml</code></td><td>object</td><td>yes</td><td>The APIv2 payload</td><td></td></tr><tr><td>├ <code>coupon_stock_id</code></td><td>string</td><td>yes</td><td>代金券批次id</td><td></td></tr><tr><td>├ <code>openid_count</code></td><td>integer</td><td>yes</td><td>openid记录数</td><td></td></tr><tr><td>├ <code>partner_trade_no</code></td><td>string</td><td>yes</td><td>商户单据号</td><td></td></tr><tr><td>├ <code>openid</code></td><td>string</td><td>yes</td><td>用户openid</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td>yes</td><td>公众账号ID</td><td></td></tr><tr><td>├ <code>mch_id</code></td><td>string</td><td>yes</td><td>商户号</td><td></td></tr><tr><td>├ <code>op_user_id</code></td><td>string</td><td></td><td>操作员</td><td></td></tr><tr><td>├ <code>device_info</code></td><td>string</td><td></td><td>设备号</td><td></td></tr><tr><td>├ <code>version</code></td><td>string</td><td></td><td>协议版本</td><td><code>1.0</code></td></tr><tr><td>└ <code>type</code></td><td>string</td><td></td><td>协议类型</td><td><code>XML</code></td></tr></tbody></table><p><code>nonce_str</code> and <code>sign</code> are added by the SDK (<code>sign_type</code> in <code>xml</code> picks <code>MD5</code>, the default, or <code>HMAC-SHA256</code>); pass <code>nonceless: true</code> to leave out <code>nonce_str</code>. A <code>mch_id</code> (or <code>mchid</code>) must be the client&#39;s <code>mchid</code>: the SDK refuses to sign for another merchant.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, Transformer, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;10000098&#39;,
  secret: process.env.WECHATPAY_APIV2_KEY!,
  merchant: { cert: &#39;file:///path/to/apiclient_cert.pem&#39;, key: &#39;file:///path/to/apiclient_key.pem&#39; },
});

const options: Endpoints[&#39;v2/mmpaymkttransfers/send_coupon&#39;][&#39;post&#39;][&#39;options&#39;] = {
  xml: {
    coupon_stock_id: &#39;1757&#39;,
    openid_count: 1,
    partner_trade_no: &#39;1000009820141203515766&#39;,
    openid: &#39;onqOjjrXT-776SpHnfexGm1_P7iE&#39;,
    appid: &#39;wx5edab3bdfba3dc1c&#39;,
    mch_id: &#39;10000098&#39;,
    op_user_id: &#39;10000098&#39;,
    version: &#39;1.0&#39;,
    type: &#39;XML&#39;,
  },
};

// 1. $instance-&gt;v2-&gt;mmpaymkttransfers-&gt;send_coupon-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v2.mmpaymkttransfers.send_coupon.postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 2. $instance-&gt;chain(&#39;v2/mmpaymkttransfers/send_coupon&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v2/mmpaymkttransfers/send_coupon&#39;).postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 3. $instance[&#39;v2/mmpaymkttransfers/send_coupon&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v2/mmpaymkttransfers/send_coupon&#39;].postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 4. $response = $instance-&gt;v2-&gt;mmpaymkttransfers-&gt;send_coupon-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byProperty = await wx.v2.mmpaymkttransfers.send_coupon.post(options);
console.log(Transformer.toArray(byProperty.body));

// 5. $response = $instance-&gt;chain(&#39;v2/mmpaymkttransfers/send_coupon&#39;)-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byChain = await wx.chain(&#39;v2/mmpaymkttransfers/send_coupon&#39;).post(options);
console.log(Transformer.toArray(byChain.body));

// 6. $response = $instance[&#39;v2/mmpaymkttransfers/send_coupon&#39;]-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byPath = await wx[&#39;v2/mmpaymkttransfers/send_coupon&#39;].post(options);
console.log(Transformer.toArray(byPath.body));
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>return_code</code></td><td>string</td><td>返回状态码</td><td><code>SUCCESS</code>, <code>FAIL</code></td></tr><tr><td><code>return_msg</code></td><td>string</td><td>返回信息</td><td></td></tr><tr><td><code>appid</code></td><td>string</td><td>公众账号ID</td><td></td></tr><tr><td><code>mch_id</code></td><td>string</td><td>商户号</td><td></td></tr><tr><td><code>device_info</code></td><td>string</td><td>设备号</td><td></td></tr><tr><td><code>nonce_str</code></td><td>string</td><td>随机字符串</td><td></td></tr><tr><td><code>sign</code></td><td>string</td><td>签名</td><td></td></tr><tr><td><code>result_code</code></td><td>string</td><td>业务结果</td><td><code>SUCCESS</code>, <code>FAIL</code></td></tr><tr><td><code>err_code</code></td><td>string</td><td>错误代码</td><td></td></tr><tr><td><code>err_code_des</code></td><td>string</td><td>错误代码描述</td><td></td></tr><tr><td><code>coupon_stock_id</code></td><td>string</td><td>代金券批次id</td><td></td></tr><tr><td><code>resp_count</code></td><td>integer</td><td>返回记录数</td><td></td></tr><tr><td><code>success_count</code></td><td>integer</td><td>成功记录数</td><td></td></tr><tr><td><code>failed_count</code></td><td>integer</td><td>失败记录数</td><td></td></tr><tr><td><code>openid</code></td><td>string</td><td>用户标识</td><td></td></tr><tr><td><code>ret_code</code></td><td>string</td><td>返回码</td><td></td></tr><tr><td><code>coupon_id</code></td><td>string</td><td>代金券id</td><td></td></tr><tr><td><code>ret_msg</code></td><td>string</td><td>返回信息</td><td></td></tr></tbody></table><p>A signed answer&#39;s <code>sign</code> is checked before you see it. A <code>return_code</code> or <code>result_code</code> other than <code>SUCCESS</code> rejects with a <code>BusinessError</code>.</p><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/api/tools/sp_coupon.php?chapter=12_3&amp;index=4" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v2/mmpaymkttransfers/send_coupon.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const send_coupon = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  send_coupon as default
};
