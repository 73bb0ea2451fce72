import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"创建速住订单 · v2/wxv/createhotelbill","description":"","frontmatter":{},"headers":[],"relativePath":"api/v2/wxv/createhotelbill.md","filePath":"api/v2/wxv/createhotelbill.md"}');
const _sfc_main = { name: "api/v2/wxv/createhotelbill.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="创建速住订单-·-v2-wxv-createhotelbill" tabindex="-1">创建速住订单 · <code>v2/wxv/createhotelbill</code> <a class="header-anchor" href="#创建速住订单-·-v2-wxv-createhotelbill" aria-label="Permalink to &quot;创建速住订单 · \`v2/wxv/createhotelbill\`&quot;">​</a></h1><p><a href="./../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>创建订单后如果超过一小时用户没有进行确认订单操作</p><ul><li><code>POST https://api.mch.weixin.qq.com/wxv/createhotelbill</code></li><li>APIv2: XML, signed with the APIv2 key (<code>secret</code>)</li><li>Merchant API client certificate: <strong>required</strong> (<code>x-api-cert-required</code>): configure <code>merchant</code> on the client; the SDK presents it without <code>security: true</code></li><li>Product: APIv2∙免押速住</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>xml</code></td><td>object</td><td>yes</td><td>The APIv2 payload</td><td></td></tr><tr><td>├ <code>version</code></td><td>string</td><td>yes</td><td>接口版本号</td><td><code>1.0</code></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td>yes</td><td>公众账号ID</td><td></td></tr><tr><td>├ <code>mch_id</code></td><td>string</td><td>yes</td><td>商户号</td><td></td></tr><tr><td>├ <code>sign_type</code></td><td>string</td><td>yes</td><td>签名类型</td><td><code>HMAC-SHA256</code></td></tr><tr><td>├ <code>out_order_no</code></td><td>string</td><td>yes</td><td>商户服务订单号</td><td></td></tr><tr><td>├ <code>service_id</code></td><td>string</td><td>yes</td><td>服务ID</td><td></td></tr><tr><td>├ <code>room</code></td><td>string</td><td>yes</td><td>房间</td><td></td></tr><tr><td>├ <code>start_time</code></td><td>string</td><td>yes</td><td>入住时间</td><td></td></tr><tr><td>├ <code>end_time</code></td><td>string</td><td>yes</td><td>预定离店时间</td><td></td></tr><tr><td>├ <code>service_location</code></td><td>string</td><td>yes</td><td>酒店</td><td></td></tr><tr><td>├ <code>deposit_amount</code></td><td>integer</td><td>yes</td><td>押金金额</td><td></td></tr><tr><td>├ <code>room_rate</code></td><td>integer</td><td>yes</td><td>房费</td><td></td></tr><tr><td>├ <code>room_rate_desc</code></td><td>string</td><td></td><td>房费说明</td><td></td></tr><tr><td>├ <code>attach</code></td><td>string</td><td></td><td>回调数据包</td><td></td></tr><tr><td>├ <code>cancel_rule</code></td><td>string</td><td>yes</td><td>取消规则标签</td><td></td></tr><tr><td>├ <code>cancel_rule_desc</code></td><td>string</td><td>yes</td><td>取消规则描述</td><td></td></tr><tr><td>├ <code>cert_serial_no</code></td><td>string</td><td>yes</td><td>平台证书序列号</td><td></td></tr><tr><td>├ <code>openid</code></td><td>string</td><td></td><td>用户标识</td><td></td></tr><tr><td>├ <code>name</code></td><td>string</td><td></td><td>用户姓名</td><td></td></tr><tr><td>├ <code>phone</code></td><td>string</td><td></td><td>用户手机号</td><td></td></tr><tr><td>├ <code>userid</code></td><td>string</td><td></td><td>用户身份证ID</td><td></td></tr><tr><td>└ <code>address</code></td><td>string</td><td></td><td>用户收货地址</td><td></td></tr></tbody></table><p><code>nonce_str</code> and <code>sign</code> are added by the SDK (<code>sign_type</code> in <code>xml</code> picks <code>MD5</code>, the default, or <code>HMAC-SHA256</code>); pass <code>nonceless: true</code> to leave out <code>nonce_str</code>. A <code>mch_id</code> (or <code>mchid</code>) must be the client&#39;s <code>mchid</code>: the SDK refuses to sign for another merchant.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, Transformer, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1230000109&#39;,
  secret: process.env.WECHATPAY_APIV2_KEY!,
  merchant: { cert: &#39;file:///path/to/apiclient_cert.pem&#39;, key: &#39;file:///path/to/apiclient_key.pem&#39; },
});

const options: Endpoints[&#39;v2/wxv/createhotelbill&#39;][&#39;post&#39;][&#39;options&#39;] = {
  xml: {
    version: &#39;1.0&#39;,
    appid: &#39;wxd678efh567hg6787&#39;,
    mch_id: &#39;1230000109&#39;,
    sign_type: &#39;HMAC-SHA256&#39;,
    out_order_no: &#39;1234323JKHDFE1243252&#39;,
    service_id: &#39;&lt;service_id&gt;&#39;,
    room: &#39;几木双床房2间&#39;,
    start_time: &#39;20091225091010&#39;,
    end_time: &#39;20091225091010&#39;,
    service_location: &#39;北京亦庄亚朵酒店&#39;,
    deposit_amount: 80000,
    room_rate: 20000,
    room_rate_desc: &#39;共住3晚，每晚100元&#39;,
    cancel_rule: &#39;&lt;cancel_rule&gt;&#39;,
    cancel_rule_desc: &#39;&lt;cancel_rule_desc&gt;&#39;,
    cert_serial_no: &#39;45233302&#39;,
    openid: &#39;oUpF8uMuAJO_M2pxb1Q9zNjWeS6o&#39;,
  },
};

// 1. $instance-&gt;v2-&gt;wxv-&gt;createhotelbill-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v2.wxv.createhotelbill.postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 2. $instance-&gt;chain(&#39;v2/wxv/createhotelbill&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v2/wxv/createhotelbill&#39;).postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 3. $instance[&#39;v2/wxv/createhotelbill&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v2/wxv/createhotelbill&#39;].postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 4. $response = $instance-&gt;v2-&gt;wxv-&gt;createhotelbill-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byProperty = await wx.v2.wxv.createhotelbill.post(options);
console.log(Transformer.toArray(byProperty.body));

// 5. $response = $instance-&gt;chain(&#39;v2/wxv/createhotelbill&#39;)-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byChain = await wx.chain(&#39;v2/wxv/createhotelbill&#39;).post(options);
console.log(Transformer.toArray(byChain.body));

// 6. $response = $instance[&#39;v2/wxv/createhotelbill&#39;]-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byPath = await wx[&#39;v2/wxv/createhotelbill&#39;].post(options);
console.log(Transformer.toArray(byPath.body));
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>return_code</code></td><td>string</td><td>返回状态码</td><td><code>SUCCESS</code>, <code>FAIL</code></td></tr><tr><td><code>return_msg</code></td><td>string</td><td>返回结果</td><td></td></tr><tr><td><code>sign</code></td><td>string</td><td>签名</td><td></td></tr><tr><td><code>nonce_str</code></td><td>string</td><td>随机字符串</td><td></td></tr><tr><td><code>result_code</code></td><td>string</td><td>业务结果</td><td><code>SUCCESS</code>, <code>FAIL</code></td></tr><tr><td><code>err_code</code></td><td>string</td><td>错误代码</td><td></td></tr><tr><td><code>err_code_des</code></td><td>string</td><td>错误描述</td><td></td></tr><tr><td><code>appid</code></td><td>string</td><td>公众账号ID</td><td></td></tr><tr><td><code>mch_id</code></td><td>string</td><td>商户号</td><td></td></tr><tr><td><code>out_order_no</code></td><td>string</td><td>商户服务订单号</td><td></td></tr><tr><td><code>service_id</code></td><td>string</td><td>服务ID</td><td></td></tr><tr><td><code>order_id</code></td><td>string</td><td>微信支付服务订单号</td><td></td></tr><tr><td><code>miniprogram_appid</code></td><td>string</td><td>小程序跳转appid</td><td></td></tr><tr><td><code>miniprogram_path</code></td><td>string</td><td>小程序跳转路径</td><td></td></tr><tr><td><code>miniprogram_username</code></td><td>string</td><td>小程序跳转username</td><td></td></tr><tr><td><code>package</code></td><td>string</td><td>跳转微信侧小程序订单数据</td><td></td></tr></tbody></table><p>A signed answer&#39;s <code>sign</code> is checked before you see it. A <code>return_code</code> or <code>result_code</code> other than <code>SUCCESS</code> rejects with a <code>BusinessError</code>.</p><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=19_1&amp;index=2" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v2/wxv/createhotelbill.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const createhotelbill = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  createhotelbill as default
};
