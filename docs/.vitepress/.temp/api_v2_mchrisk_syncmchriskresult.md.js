import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"事后-风险商户处理结果同步接口 · v2/mchrisk/syncmchriskresult","description":"","frontmatter":{},"headers":[],"relativePath":"api/v2/mchrisk/syncmchriskresult.md","filePath":"api/v2/mchrisk/syncmchriskresult.md"}');
const _sfc_main = { name: "api/v2/mchrisk/syncmchriskresult.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="事后-风险商户处理结果同步接口-·-v2-mchrisk-syncmchriskresult" tabindex="-1">事后-风险商户处理结果同步接口 · <code>v2/mchrisk/syncmchriskresult</code> <a class="header-anchor" href="#事后-风险商户处理结果同步接口-·-v2-mchrisk-syncmchriskresult" aria-label="Permalink to &quot;事后-风险商户处理结果同步接口 · \`v2/mchrisk/syncmchriskresult\`&quot;">​</a></h1><p><a href="./../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>商户收到微信发送的商户风险交易推送后，调用该接口回传风险商户详细信息.</p><ul><li><code>POST https://api.mch.weixin.qq.com/mchrisk/syncmchriskresult</code></li><li>APIv2: XML, signed with the APIv2 key (<code>secret</code>)</li><li>Merchant API client certificate: <strong>required</strong> (<code>x-api-cert-required</code>): configure <code>merchant</code> on the client; the SDK presents it without <code>security: true</code></li><li>Product: APIv2∙风控</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>xml</code></td><td>object</td><td>yes</td><td>The APIv2 payload</td><td></td></tr><tr><td>├ <code>mch_id</code></td><td>string</td><td>yes</td><td>服务商号</td><td></td></tr><tr><td>├ <code>sub_mch_id</code></td><td>string</td><td>yes</td><td>商户ID</td><td></td></tr><tr><td>├ <code>event_code</code></td><td>string</td><td>yes</td><td>事件单号</td><td></td></tr><tr><td>├ <code>certificates_number</code></td><td>string</td><td></td><td>身份证号（需加密）</td><td></td></tr><tr><td>├ <code>certificates_name</code></td><td>string</td><td></td><td>身份证所有人姓名（需加密）</td><td></td></tr><tr><td>├ <code>settlement_card_no</code></td><td>string</td><td></td><td>结算账号（需加密）</td><td></td></tr><tr><td>├ <code>settlement_card_name</code></td><td>string</td><td></td><td>结算户名（需加密）</td><td></td></tr><tr><td>├ <code>settlement_card_bank</code></td><td>string</td><td></td><td>结算银行</td><td></td></tr><tr><td>├ <code>business_license_number</code></td><td>string</td><td></td><td>营业执照编号（需加密）</td><td></td></tr><tr><td>├ <code>company_name</code></td><td>string</td><td></td><td>公司名称</td><td></td></tr><tr><td>├ <code>store_address</code></td><td>string</td><td></td><td>门店地址</td><td></td></tr><tr><td>├ <code>store_longitude</code></td><td>string</td><td></td><td>门店经度</td><td></td></tr><tr><td>├ <code>store_latitude</code></td><td>string</td><td></td><td>门店纬度</td><td></td></tr><tr><td>├ <code>risk_type</code></td><td>string</td><td>yes</td><td>风险类型</td><td></td></tr><tr><td>├ <code>punish_type</code></td><td>string</td><td>yes</td><td>处罚方式</td><td></td></tr><tr><td>└ <code>sign_type</code></td><td>string</td><td>yes</td><td>签名类型</td><td><code>HMAC-SHA256</code></td></tr></tbody></table><p><code>nonce_str</code> and <code>sign</code> are added by the SDK (<code>sign_type</code> in <code>xml</code> picks <code>MD5</code>, the default, or <code>HMAC-SHA256</code>); pass <code>nonceless: true</code> to leave out <code>nonce_str</code>. A <code>mch_id</code> (or <code>mchid</code>) must be the client&#39;s <code>mchid</code>: the SDK refuses to sign for another merchant.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, Transformer, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  secret: process.env.WECHATPAY_APIV2_KEY!,
  merchant: { cert: &#39;file:///path/to/apiclient_cert.pem&#39;, key: &#39;file:///path/to/apiclient_key.pem&#39; },
});

const options: Endpoints[&#39;v2/mchrisk/syncmchriskresult&#39;][&#39;post&#39;][&#39;options&#39;] = {
  xml: {
    mch_id: &#39;1900000109&#39;,
    sub_mch_id: &#39;1230000109&#39;,
    event_code: &#39;123456123&#39;,
    certificates_number: &#39;8609cb22e1774a50a930e414cc71eca06121bcd266335cda230d24a7886a8d9f&#39;,
    certificates_name: &#39;ca775af5f841bdf424b2e6eb86a6e21e&#39;,
    settlement_card_no: &#39;ca775af5f841bdf424b2e6eb86a6e21e&#39;,
    settlement_card_name: &#39;ca775af5f841bdf424b2e6eb86a6e21e&#39;,
    settlement_card_bank: &#39;招商银行科技园支行&#39;,
    business_license_number: &#39;00110105MA00BE3C1W&#39;,
    company_name: &#39;XXXXX有限公司&#39;,
    store_address: &#39;广东省深圳市南山区深南大道10000号&#39;,
    store_longitude: &#39;22.5461478801&#39;,
    store_latitude: &#39;113.9410519639&#39;,
    risk_type: &#39;GAMBLING,SEXYCHEATTRANSACTION_DISPUTESONE_YUAN_BUYMULTILEVEL_DISTRIBUTION_REBATEOTHERNO_ABNORMALITIES&#39;,
    punish_type: &#39;CLOSE_PAY_PERMISSIONEXTEND_SETTLEMENT_CYCLECLOSE_WITHDRAW_CASHCLEAN_UPOTHER&#39;,
    sign_type: &#39;HMAC-SHA256&#39;,
  },
};

// 1. $instance-&gt;v2-&gt;mchrisk-&gt;syncmchriskresult-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v2.mchrisk.syncmchriskresult.postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 2. $instance-&gt;chain(&#39;v2/mchrisk/syncmchriskresult&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v2/mchrisk/syncmchriskresult&#39;).postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 3. $instance[&#39;v2/mchrisk/syncmchriskresult&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v2/mchrisk/syncmchriskresult&#39;].postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 4. $response = $instance-&gt;v2-&gt;mchrisk-&gt;syncmchriskresult-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byProperty = await wx.v2.mchrisk.syncmchriskresult.post(options);
console.log(Transformer.toArray(byProperty.body));

// 5. $response = $instance-&gt;chain(&#39;v2/mchrisk/syncmchriskresult&#39;)-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byChain = await wx.chain(&#39;v2/mchrisk/syncmchriskresult&#39;).post(options);
console.log(Transformer.toArray(byChain.body));

// 6. $response = $instance[&#39;v2/mchrisk/syncmchriskresult&#39;]-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byPath = await wx[&#39;v2/mchrisk/syncmchriskresult&#39;].post(options);
console.log(Transformer.toArray(byPath.body));
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>return_code</code></td><td>string</td><td>返回状态码</td><td><code>SUCCESS</code>, <code>FAIL</code></td></tr><tr><td><code>return_msg</code></td><td>string</td><td>返回信息</td><td></td></tr><tr><td><code>result_code</code></td><td>string</td><td>业务结果</td><td><code>SUCCESS</code>, <code>FAIL</code></td></tr><tr><td><code>err_code</code></td><td>string</td><td>错误代码</td><td></td></tr><tr><td><code>err_code_des</code></td><td>string</td><td>错误描述</td><td></td></tr></tbody></table><p>A signed answer&#39;s <code>sign</code> is checked before you see it. A <code>return_code</code> or <code>result_code</code> other than <code>SUCCESS</code> rejects with a <code>BusinessError</code>.</p><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/api/mch_bank.php?chapter=9_293" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v2/mchrisk/syncmchriskresult.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const syncmchriskresult = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  syncmchriskresult as default
};
