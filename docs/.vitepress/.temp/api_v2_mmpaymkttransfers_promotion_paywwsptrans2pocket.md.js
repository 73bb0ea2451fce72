import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"向员工付款 · v2/mmpaymkttransfers/promotion/paywwsptrans2pocket","description":"","frontmatter":{},"headers":[],"relativePath":"api/v2/mmpaymkttransfers/promotion/paywwsptrans2pocket.md","filePath":"api/v2/mmpaymkttransfers/promotion/paywwsptrans2pocket.md"}');
const _sfc_main = { name: "api/v2/mmpaymkttransfers/promotion/paywwsptrans2pocket.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="向员工付款-·-v2-mmpaymkttransfers-promotion-paywwsptrans2pocket" tabindex="-1">向员工付款 · <code>v2/mmpaymkttransfers/promotion/paywwsptrans2pocket</code> <a class="header-anchor" href="#向员工付款-·-v2-mmpaymkttransfers-promotion-paywwsptrans2pocket" aria-label="Permalink to &quot;向员工付款 · \`v2/mmpaymkttransfers/promotion/paywwsptrans2pocket\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>给同一个实名用户付款，单笔单日限额200/200元；一个商户同一日付款总额限额10W；不支持给非实名用户打款；单笔最小金额默认为1元。<a href="https://open.work.weixin.qq.com/api/doc/90000/90135/90278" target="_blank" rel="noreferrer">官方文档</a></p><ul><li><code>POST https://api.mch.weixin.qq.com/mmpaymkttransfers/promotion/paywwsptrans2pocket</code></li><li>APIv2: XML, signed with the APIv2 key (<code>secret</code>)</li><li>Merchant API client certificate: <strong>required</strong> (<code>x-api-cert-required</code>): configure <code>merchant</code> on the client; the SDK presents it without <code>security: true</code></li><li>Product: APIv2∙企微∙付款</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>xml</code></td><td>object</td><td>yes</td><td>The APIv2 payload</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td>yes</td><td>公众账号appid</td><td></td></tr><tr><td>├ <code>mch_id</code></td><td>string</td><td>yes</td><td>商户号</td><td></td></tr><tr><td>├ <code>device_info</code></td><td>string</td><td></td><td>设备号</td><td></td></tr><tr><td>├ <code>partner_trade_no</code></td><td>string</td><td>yes</td><td>商户订单号</td><td></td></tr><tr><td>├ <code>openid</code></td><td>string</td><td>yes</td><td>用户openid</td><td></td></tr><tr><td>├ <code>check_name</code></td><td>string</td><td>yes</td><td>校验用户姓名选项</td><td><code>FORCE_CHECK</code></td></tr><tr><td>├ <code>re_user_name</code></td><td>string</td><td></td><td>收款用户姓名</td><td></td></tr><tr><td>├ <code>amount</code></td><td>integer</td><td>yes</td><td>金额</td><td></td></tr><tr><td>├ <code>desc</code></td><td>string</td><td>yes</td><td>企业付款备注</td><td></td></tr><tr><td>├ <code>spbill_create_ip</code></td><td>string</td><td>yes</td><td>Ip地址</td><td></td></tr><tr><td>├ <code>workwx_sign</code></td><td>string</td><td></td><td>企业微信签名</td><td></td></tr><tr><td>├ <code>ww_msg_type</code></td><td>string</td><td></td><td>付款消息类型</td><td><code>NORMAL_MSG</code>, <code>APPROVAL_MSG</code></td></tr><tr><td>├ <code>approval_number</code></td><td>string</td><td></td><td>审批单号</td><td></td></tr><tr><td>├ <code>approval_type</code></td><td>number</td><td></td><td>审批类型</td><td><code>1</code></td></tr><tr><td>├ <code>act_name</code></td><td>string</td><td></td><td>项目名称</td><td></td></tr><tr><td>└ <code>agentid</code></td><td>string(integer)</td><td></td><td>付款的应用id</td><td></td></tr></tbody></table><p><code>nonce_str</code> and <code>sign</code> are added by the SDK (<code>sign_type</code> in <code>xml</code> picks <code>MD5</code>, the default, or <code>HMAC-SHA256</code>); pass <code>nonceless: true</code> to leave out <code>nonce_str</code>. A <code>mch_id</code> (or <code>mchid</code>) must be the client&#39;s <code>mchid</code>: the SDK refuses to sign for another merchant.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, Transformer, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  secret: process.env.WECHATPAY_APIV2_KEY!,
  merchant: { cert: &#39;file:///path/to/apiclient_cert.pem&#39;, key: &#39;file:///path/to/apiclient_key.pem&#39; },
});

const options: Endpoints[&#39;v2/mmpaymkttransfers/promotion/paywwsptrans2pocket&#39;][&#39;post&#39;][&#39;options&#39;] = {
  xml: {
    appid: &#39;wx8888888888888888&#39;,
    mch_id: &#39;1900000109&#39;,
    device_info: &#39;013467007045764&#39;,
    partner_trade_no: &#39;10000098201411111234567890&#39;,
    openid: &#39;oxTWIuGaIt6gTKsQRLau2M0yL16E&#39;,
    check_name: &#39;FORCE_CHECK&#39;,
    re_user_name: &#39;王小王&#39;,
    amount: 10099,
    desc: &#39;六月出差报销费用&#39;,
    spbill_create_ip: &#39;192.168.0.1&#39;,
    workwx_sign: &#39;C380BEC2BFD727A4B6845133519F3AD6&#39;,
    ww_msg_type: &#39;NORMAL_MSG&#39;,
    approval_number: &#39;201705160008&#39;,
    approval_type: 1,
    act_name: &#39;产品部门报销&#39;,
    agentid: &#39;1&#39;,
  },
};

// 1. $instance-&gt;v2-&gt;mmpaymkttransfers-&gt;promotion-&gt;paywwsptrans2pocket-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v2.mmpaymkttransfers.promotion.paywwsptrans2pocket.postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 2. $instance-&gt;chain(&#39;v2/mmpaymkttransfers/promotion/paywwsptrans2pocket&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v2/mmpaymkttransfers/promotion/paywwsptrans2pocket&#39;).postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 3. $instance[&#39;v2/mmpaymkttransfers/promotion/paywwsptrans2pocket&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v2/mmpaymkttransfers/promotion/paywwsptrans2pocket&#39;].postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 4. $response = $instance-&gt;v2-&gt;mmpaymkttransfers-&gt;promotion-&gt;paywwsptrans2pocket-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byProperty = await wx.v2.mmpaymkttransfers.promotion.paywwsptrans2pocket.post(options);
console.log(Transformer.toArray(byProperty.body));

// 5. $response = $instance-&gt;chain(&#39;v2/mmpaymkttransfers/promotion/paywwsptrans2pocket&#39;)-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byChain = await wx.chain(&#39;v2/mmpaymkttransfers/promotion/paywwsptrans2pocket&#39;).post(options);
console.log(Transformer.toArray(byChain.body));

// 6. $response = $instance[&#39;v2/mmpaymkttransfers/promotion/paywwsptrans2pocket&#39;]-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byPath = await wx[&#39;v2/mmpaymkttransfers/promotion/paywwsptrans2pocket&#39;].post(options);
console.log(Transformer.toArray(byPath.body));
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>return_code</code></td><td>string</td><td>返回状态码</td><td><code>SUCCESS</code>, <code>FAIL</code></td></tr><tr><td><code>return_msg</code></td><td>string</td><td>返回信息</td><td></td></tr><tr><td><code>appid</code></td><td>string</td><td>公众账号appid</td><td></td></tr><tr><td><code>mch_id</code></td><td>string</td><td>商户号</td><td></td></tr><tr><td><code>device_info</code></td><td>string</td><td>设备号</td><td></td></tr><tr><td><code>nonce_str</code></td><td>string</td><td>随机字符串</td><td></td></tr><tr><td><code>result_code</code></td><td>string</td><td>业务结果</td><td><code>SUCCESS</code>, <code>FAIL</code></td></tr><tr><td><code>err_code</code></td><td>string</td><td>错误代码</td><td></td></tr><tr><td><code>err_code_des</code></td><td>string</td><td>错误代码描述</td><td></td></tr><tr><td><code>partner_trade_no</code></td><td>string</td><td>商户订单号</td><td></td></tr><tr><td><code>payment_no</code></td><td>string</td><td>微信付款单号</td><td></td></tr><tr><td><code>payment_time</code></td><td>string</td><td>付款成功时间</td><td></td></tr></tbody></table><p>A signed answer&#39;s <code>sign</code> is checked before you see it. A <code>return_code</code> or <code>result_code</code> other than <code>SUCCESS</code> rejects with a <code>BusinessError</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v2/mmpaymkttransfers/promotion/paywwsptrans2pocket.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const paywwsptrans2pocket = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  paywwsptrans2pocket as default
};
