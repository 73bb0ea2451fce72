import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"发放普通红包 · v2/mmpaymkttransfers/sendredpack","description":"","frontmatter":{},"headers":[],"relativePath":"api/v2/mmpaymkttransfers/sendredpack.md","filePath":"api/v2/mmpaymkttransfers/sendredpack.md"}');
const _sfc_main = { name: "api/v2/mmpaymkttransfers/sendredpack.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="发放普通红包-·-v2-mmpaymkttransfers-sendredpack" tabindex="-1">发放普通红包 · <code>v2/mmpaymkttransfers/sendredpack</code> <a class="header-anchor" href="#发放普通红包-·-v2-mmpaymkttransfers-sendredpack" aria-label="Permalink to &quot;发放普通红包 · \`v2/mmpaymkttransfers/sendredpack\`&quot;">​</a></h1><p><a href="./../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>现金红包发放后会以公众号消息的形式触达用户，不同情况下触达消息的形式会有差别，相关规则如下：1.已关注公众号的用户，使用“防伪消息”触达；2.未关注公众号的用户，使用“模板消息”触达。</p><ul><li><code>POST https://api.mch.weixin.qq.com/mmpaymkttransfers/sendredpack</code></li><li>APIv2: XML, signed with the APIv2 key (<code>secret</code>)</li><li>Merchant API client certificate: <strong>required</strong> (<code>x-api-cert-required</code>): configure <code>merchant</code> on the client; the SDK presents it without <code>security: true</code></li><li>Product: APIv2∙资金应用∙红包</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>xml</code></td><td>object</td><td>yes</td><td>The APIv2 payload</td><td></td></tr><tr><td>├ <code>mch_billno</code></td><td>string</td><td>yes</td><td>商户订单号</td><td></td></tr><tr><td>├ <code>mch_id</code></td><td>string</td><td>yes</td><td>商户号</td><td></td></tr><tr><td>├ <code>sub_mch_id</code></td><td>string</td><td></td><td>子商户号</td><td></td></tr><tr><td>├ <code>msgappid</code></td><td>string</td><td></td><td>触达用户appid</td><td></td></tr><tr><td>├ <code>wxappid</code></td><td>string</td><td>yes</td><td>公众账号appid</td><td></td></tr><tr><td>├ <code>send_name</code></td><td>string</td><td>yes</td><td>商户名称</td><td></td></tr><tr><td>├ <code>re_openid</code></td><td>string</td><td>yes</td><td>用户openid</td><td></td></tr><tr><td>├ <code>total_amount</code></td><td>integer</td><td>yes</td><td>付款金额</td><td></td></tr><tr><td>├ <code>total_num</code></td><td>integer</td><td>yes</td><td>红包发放总人数</td><td></td></tr><tr><td>├ <code>wishing</code></td><td>string</td><td>yes</td><td>红包祝福语</td><td></td></tr><tr><td>├ <code>client_ip</code></td><td>string</td><td>yes</td><td>Ip地址</td><td></td></tr><tr><td>├ <code>act_name</code></td><td>string</td><td>yes</td><td>活动名称</td><td></td></tr><tr><td>├ <code>remark</code></td><td>string</td><td>yes</td><td>备注</td><td></td></tr><tr><td>├ <code>scene_id</code></td><td>string</td><td></td><td>场景id</td><td><code>PRODUCT_1</code>, <code>PRODUCT_2</code>, <code>PRODUCT_3</code>, <code>PRODUCT_4</code>, <code>PRODUCT_5</code>, <code>PRODUCT_6</code>, <code>PRODUCT_7</code>, <code>PRODUCT_8</code></td></tr><tr><td>└ <code>risk_info</code></td><td>string</td><td></td><td>活动信息</td><td></td></tr></tbody></table><p><code>nonce_str</code> and <code>sign</code> are added by the SDK (<code>sign_type</code> in <code>xml</code> picks <code>MD5</code>, the default, or <code>HMAC-SHA256</code>); pass <code>nonceless: true</code> to leave out <code>nonce_str</code>. A <code>mch_id</code> (or <code>mchid</code>) must be the client&#39;s <code>mchid</code>: the SDK refuses to sign for another merchant.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, Transformer, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;10000098&#39;,
  secret: process.env.WECHATPAY_APIV2_KEY!,
  merchant: { cert: &#39;file:///path/to/apiclient_cert.pem&#39;, key: &#39;file:///path/to/apiclient_key.pem&#39; },
});

const options: Endpoints[&#39;v2/mmpaymkttransfers/sendredpack&#39;][&#39;post&#39;][&#39;options&#39;] = {
  xml: {
    mch_billno: &#39;10000098201411111234567890&#39;,
    mch_id: &#39;10000098&#39;,
    sub_mch_id: &#39;10000090&#39;,
    msgappid: &#39;wx8888888888888888&#39;,
    wxappid: &#39;wx8888888888888888&#39;,
    send_name: &#39;天虹百货&#39;,
    re_openid: &#39;oxTWIuGaIt6gTKsQRLau2M0yL16E&#39;,
    total_amount: 1000,
    total_num: 1,
    wishing: &#39;感谢您参加猜灯谜活动，祝您元宵节快乐！&#39;,
    client_ip: &#39;192.168.0.1&#39;,
    act_name: &#39;猜灯谜抢红包活动&#39;,
    remark: &#39;猜越多得越多，快来抢！&#39;,
    scene_id: &#39;PRODUCT_8&#39;,
    risk_info: &#39;posttime%3d123123412%26clientversion%3d234134%26mobile%3d122344545%26deviceid%3dIOS&#39;,
  },
};

// 1. $instance-&gt;v2-&gt;mmpaymkttransfers-&gt;sendredpack-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v2.mmpaymkttransfers.sendredpack.postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 2. $instance-&gt;chain(&#39;v2/mmpaymkttransfers/sendredpack&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v2/mmpaymkttransfers/sendredpack&#39;).postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 3. $instance[&#39;v2/mmpaymkttransfers/sendredpack&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v2/mmpaymkttransfers/sendredpack&#39;].postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 4. $response = $instance-&gt;v2-&gt;mmpaymkttransfers-&gt;sendredpack-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byProperty = await wx.v2.mmpaymkttransfers.sendredpack.post(options);
console.log(Transformer.toArray(byProperty.body));

// 5. $response = $instance-&gt;chain(&#39;v2/mmpaymkttransfers/sendredpack&#39;)-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byChain = await wx.chain(&#39;v2/mmpaymkttransfers/sendredpack&#39;).post(options);
console.log(Transformer.toArray(byChain.body));

// 6. $response = $instance[&#39;v2/mmpaymkttransfers/sendredpack&#39;]-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byPath = await wx[&#39;v2/mmpaymkttransfers/sendredpack&#39;].post(options);
console.log(Transformer.toArray(byPath.body));
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>return_code</code></td><td>string</td><td>返回状态码</td><td><code>SUCCESS</code>, <code>FAIL</code></td></tr><tr><td><code>return_msg</code></td><td>string</td><td>返回信息</td><td></td></tr><tr><td><code>result_code</code></td><td>string</td><td>业务结果</td><td><code>SUCCESS</code>, <code>FAIL</code></td></tr><tr><td><code>err_code</code></td><td>string</td><td>错误代码</td><td></td></tr><tr><td><code>err_code_des</code></td><td>string</td><td>错误代码描述</td><td></td></tr><tr><td><code>mch_billno</code></td><td>string</td><td>商户订单号</td><td></td></tr><tr><td><code>mch_id</code></td><td>string</td><td>商户号</td><td></td></tr><tr><td><code>wxappid</code></td><td>string</td><td>公众账号appid</td><td></td></tr><tr><td><code>re_openid</code></td><td>string</td><td>用户openid</td><td></td></tr><tr><td><code>total_amount</code></td><td>integer</td><td>付款金额</td><td></td></tr><tr><td><code>send_listid</code></td><td>string</td><td>微信单号</td><td></td></tr></tbody></table><p>A signed answer&#39;s <code>sign</code> is checked before you see it. A <code>return_code</code> or <code>result_code</code> other than <code>SUCCESS</code> rejects with a <code>BusinessError</code>.</p><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/api/tools/cash_coupon_sl.php?chapter=13_4&amp;index=3" target="_blank" rel="noreferrer">官方文档</a></li><li><a href="https://pay.weixin.qq.com/wiki/doc/api/tools/cash_coupon.php?chapter=13_4&amp;index=3" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v2/mmpaymkttransfers/sendredpack.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const sendredpack = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  sendredpack as default
};
