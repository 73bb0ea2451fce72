import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"向微信用户个人付款 · v2/mmpaymkttransfers/promotion/transfers","description":"","frontmatter":{},"headers":[],"relativePath":"api/v2/mmpaymkttransfers/promotion/transfers.md","filePath":"api/v2/mmpaymkttransfers/promotion/transfers.md"}');
const _sfc_main = { name: "api/v2/mmpaymkttransfers/promotion/transfers.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="向微信用户个人付款-·-v2-mmpaymkttransfers-promotion-transfers" tabindex="-1">向微信用户个人付款 · <code>v2/mmpaymkttransfers/promotion/transfers</code> <a class="header-anchor" href="#向微信用户个人付款-·-v2-mmpaymkttransfers-promotion-transfers" aria-label="Permalink to &quot;向微信用户个人付款 · \`v2/mmpaymkttransfers/promotion/transfers\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>目前支持向指定微信用户的openid付款。</p><ul><li><code>POST https://api.mch.weixin.qq.com/mmpaymkttransfers/promotion/transfers</code></li><li>APIv2: XML, signed with the APIv2 key (<code>secret</code>)</li><li>Merchant API client certificate: <strong>required</strong> (<code>x-api-cert-required</code>): configure <code>merchant</code> on the client; the SDK presents it without <code>security: true</code></li><li>Product: APIv2∙资金应用∙付款</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>xml</code></td><td>object</td><td>yes</td><td>The APIv2 payload</td><td></td></tr><tr><td>├ <code>mch_appid</code></td><td>string</td><td>yes</td><td>商户账号appid</td><td></td></tr><tr><td>├ <code>mchid</code></td><td>string</td><td>yes</td><td>商户号</td><td></td></tr><tr><td>├ <code>device_info</code></td><td>string</td><td></td><td>设备号</td><td></td></tr><tr><td>├ <code>partner_trade_no</code></td><td>string</td><td>yes</td><td>商户订单号</td><td></td></tr><tr><td>├ <code>openid</code></td><td>string</td><td>yes</td><td>用户openid</td><td></td></tr><tr><td>├ <code>check_name</code></td><td>string</td><td>yes</td><td>校验用户姓名选项</td><td></td></tr><tr><td>├ <code>re_user_name</code></td><td>string</td><td></td><td>收款用户姓名</td><td></td></tr><tr><td>├ <code>amount</code></td><td>integer</td><td>yes</td><td>金额</td><td></td></tr><tr><td>├ <code>desc</code></td><td>string</td><td>yes</td><td>企业付款备注</td><td></td></tr><tr><td>├ <code>spbill_create_ip</code></td><td>string</td><td>yes</td><td>Ip地址</td><td></td></tr><tr><td>├ <code>scene</code></td><td>string</td><td></td><td>付款场景，<code>BRAND_REDPACKET</code>：品牌红包，其他值或不传则默认为普通付款到零钱</td><td></td></tr><tr><td>├ <code>brand_id</code></td><td>integer</td><td></td><td>品牌ID，品牌在微信支付的唯一标识。仅在付款场景为品牌红包时必填。</td><td></td></tr><tr><td>└ <code>finder_template_id</code></td><td>string</td><td></td><td>消息模板ID，品牌在微信支付的唯一标识。仅在付款场景为品牌红包时必填。</td><td></td></tr></tbody></table><p><code>nonce_str</code> and <code>sign</code> are added by the SDK (<code>sign_type</code> in <code>xml</code> picks <code>MD5</code>, the default, or <code>HMAC-SHA256</code>); pass <code>nonceless: true</code> to leave out <code>nonce_str</code>. A <code>mch_id</code> (or <code>mchid</code>) must be the client&#39;s <code>mchid</code>: the SDK refuses to sign for another merchant.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, Transformer, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  secret: process.env.WECHATPAY_APIV2_KEY!,
  merchant: { cert: &#39;file:///path/to/apiclient_cert.pem&#39;, key: &#39;file:///path/to/apiclient_key.pem&#39; },
});

const options: Endpoints[&#39;v2/mmpaymkttransfers/promotion/transfers&#39;][&#39;post&#39;][&#39;options&#39;] = {
  xml: {
    mch_appid: &#39;wx8888888888888888&#39;,
    mchid: &#39;1900000109&#39;,
    device_info: &#39;013467007045764&#39;,
    partner_trade_no: &#39;10000098201411111234567890&#39;,
    openid: &#39;oxTWIuGaIt6gTKsQRLau2M0yL16E&#39;,
    check_name: &#39;FORCE_CHECK&#39;,
    re_user_name: &#39;王小王&#39;,
    amount: 10099,
    desc: &#39;理赔&#39;,
    spbill_create_ip: &#39;192.168.0.1&#39;,
    scene: &#39;BRAND_REDPACKET&#39;,
    brand_id: 1234,
    finder_template_id: &#39;1243100000000000&#39;,
  },
};

// 1. $instance-&gt;v2-&gt;mmpaymkttransfers-&gt;promotion-&gt;transfers-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v2.mmpaymkttransfers.promotion.transfers.postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 2. $instance-&gt;chain(&#39;v2/mmpaymkttransfers/promotion/transfers&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v2/mmpaymkttransfers/promotion/transfers&#39;).postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 3. $instance[&#39;v2/mmpaymkttransfers/promotion/transfers&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v2/mmpaymkttransfers/promotion/transfers&#39;].postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 4. $response = $instance-&gt;v2-&gt;mmpaymkttransfers-&gt;promotion-&gt;transfers-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byProperty = await wx.v2.mmpaymkttransfers.promotion.transfers.post(options);
console.log(Transformer.toArray(byProperty.body));

// 5. $response = $instance-&gt;chain(&#39;v2/mmpaymkttransfers/promotion/transfers&#39;)-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byChain = await wx.chain(&#39;v2/mmpaymkttransfers/promotion/transfers&#39;).post(options);
console.log(Transformer.toArray(byChain.body));

// 6. $response = $instance[&#39;v2/mmpaymkttransfers/promotion/transfers&#39;]-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byPath = await wx[&#39;v2/mmpaymkttransfers/promotion/transfers&#39;].post(options);
console.log(Transformer.toArray(byPath.body));
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>return_code</code></td><td>string</td><td>返回状态码</td><td><code>SUCCESS</code>, <code>FAIL</code></td></tr><tr><td><code>return_msg</code></td><td>string</td><td>返回信息</td><td></td></tr><tr><td><code>mch_appid</code></td><td>string</td><td>商户appid</td><td></td></tr><tr><td><code>mchid</code></td><td>string</td><td>商户号</td><td></td></tr><tr><td><code>device_info</code></td><td>string</td><td>设备号</td><td></td></tr><tr><td><code>nonce_str</code></td><td>string</td><td>随机字符串</td><td></td></tr><tr><td><code>result_code</code></td><td>string</td><td>业务结果</td><td><code>SUCCESS</code>, <code>FAIL</code></td></tr><tr><td><code>err_code</code></td><td>string</td><td>错误代码</td><td></td></tr><tr><td><code>err_code_des</code></td><td>string</td><td>错误代码描述</td><td></td></tr><tr><td><code>partner_trade_no</code></td><td>string</td><td>商户订单号</td><td></td></tr><tr><td><code>payment_no</code></td><td>string</td><td>微信付款单号</td><td></td></tr><tr><td><code>payment_time</code></td><td>string</td><td>付款成功时间</td><td></td></tr></tbody></table><p>A signed answer&#39;s <code>sign</code> is checked before you see it. A <code>return_code</code> or <code>result_code</code> other than <code>SUCCESS</code> rejects with a <code>BusinessError</code>.</p><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/api/tools/mch_pay.php?chapter=14_2" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v2/mmpaymkttransfers/promotion/transfers.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const transfers = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  transfers as default
};
