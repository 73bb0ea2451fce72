import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"受理单次预约商家转账 · v3/platsolution/mch-transfer/reservation/apply","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/platsolution/mch-transfer/reservation/apply.md","filePath":"api/v3/platsolution/mch-transfer/reservation/apply.md"}');
const _sfc_main = { name: "api/v3/platsolution/mch-transfer/reservation/apply.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="受理单次预约商家转账-·-v3-platsolution-mch-transfer-reservation-apply" tabindex="-1">受理单次预约商家转账 · <code>v3/platsolution/mch-transfer/reservation/apply</code> <a class="header-anchor" href="#受理单次预约商家转账-·-v3-platsolution-mch-transfer-reservation-apply" aria-label="Permalink to &quot;受理单次预约商家转账 · \`v3/platsolution/mch-transfer/reservation/apply\`&quot;">​</a></h1><p><a href="./../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>商户可调用接口预先指定转账的单次计划，预创建预约记录并获取微信预约记录单号和跳转信息（package_info），再携带该（package_info）参数，通过微信SDK拉起微信支付客户端的用户确认页面。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/platsolution/mch-transfer/reservation/apply</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 资金应用∙转账</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td>yes</td><td>二级商户号</td><td></td></tr><tr><td>├ <code>sp_appid</code></td><td>string</td><td>yes</td><td>服务商AppID</td><td></td></tr><tr><td>├ <code>sub_appid</code></td><td>string</td><td></td><td>二级商户AppID</td><td></td></tr><tr><td>├ <code>out_reservation_no</code></td><td>string</td><td>yes</td><td>商户预约单号</td><td></td></tr><tr><td>├ <code>transfer_scene_id</code></td><td>string</td><td>yes</td><td>转账场景ID</td><td></td></tr><tr><td>├ <code>estimated_date</code></td><td>string</td><td>yes</td><td>预计最晚转账日期</td><td></td></tr><tr><td>├ <code>estimated_max_amount</code></td><td>number</td><td></td><td>预计最大转账金额</td><td></td></tr><tr><td>├ <code>exact_amount</code></td><td>number</td><td></td><td>准确转账金额</td><td></td></tr><tr><td>├ <code>openid</code></td><td>string</td><td></td><td>收款用户OpenID</td><td></td></tr><tr><td>├ <code>user_real_name</code></td><td>string(base64)</td><td></td><td>收款用户姓名</td><td></td></tr><tr><td>├ <code>reserve_remark</code></td><td>string</td><td>yes</td><td>预约备注</td><td></td></tr><tr><td>├ <code>notify_url</code></td><td>string</td><td>yes</td><td>商户回调地址</td><td></td></tr><tr><td>└ <code>scene_report_data</code></td><td>object</td><td></td><td>场景报备信息</td><td></td></tr><tr><td> └ <code>insurance_policy</code></td><td>object</td><td></td><td>保险保单报备信息</td><td></td></tr><tr><td>  ├ <code>product_registration_no</code></td><td>string</td><td>yes</td><td>保险产品备案编号</td><td></td></tr><tr><td>  ├ <code>policy_no</code></td><td>string</td><td>yes</td><td>保险单号</td><td></td></tr><tr><td>  ├ <code>name</code></td><td>string</td><td>yes</td><td>保险名称</td><td></td></tr><tr><td>  ├ <code>withdrawal_no</code></td><td>string</td><td></td><td>取现单号</td><td></td></tr><tr><td>  └ <code>claim_no</code></td><td>string</td><td></td><td>理赔单号</td><td></td></tr><tr><td><code>headers</code></td><td>object</td><td>yes</td><td>Request headers</td><td></td></tr><tr><td>└ <code>Wechatpay-Serial</code></td><td>unknown</td><td>yes</td><td>微信支付公钥ID/平台证书序列号</td><td></td></tr></tbody></table><p><code>Wechatpay-Serial</code> is set by the SDK: to the platform key it encrypted with when <code>json</code> is built with <code>encrypt</code>, and to the <code>PUB_KEY_ID_…</code> in public-key mode.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/platsolution/mch-transfer/reservation/apply&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    sub_mchid: &#39;1900001109&#39;,
    sp_appid: &#39;wxf636efh567hg4356&#39;,
    sub_appid: &#39;wxf636efh567hg4356&#39;,
    out_reservation_no: &#39;plfk2020042013&#39;,
    transfer_scene_id: &#39;1000&#39;,
    estimated_date: &#39;2019-11-22&#39;,
    estimated_max_amount: 400000,
    exact_amount: 100000,
    openid: &#39;o-MYE42l80oelYMDE34nYD456Xoy&#39;,
    user_real_name: &#39;757b340b45ebef5467rter35gf464344v3542sdf4t6re4tb4f54ty45t4yyry45&#39;,
    reserve_remark: &#39;由于存在收益波动，实际到账资金可能不等于当前金额&#39;,
    notify_url: &#39;https://www.weixin.qq.com/wxpay/pay.php&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;platsolution-&gt;mchTransfer-&gt;reservation-&gt;apply-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.platsolution.mchTransfer.reservation.apply.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/platsolution/mch-transfer/reservation/apply&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/platsolution/mch-transfer/reservation/apply&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/platsolution/mch-transfer/reservation/apply&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/platsolution/mch-transfer/reservation/apply&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;platsolution-&gt;mchTransfer-&gt;reservation-&gt;apply-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.platsolution.mchTransfer.reservation.apply.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/platsolution/mch-transfer/reservation/apply&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/platsolution/mch-transfer/reservation/apply&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/platsolution/mch-transfer/reservation/apply&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/platsolution/mch-transfer/reservation/apply&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>sub_mchid</code></td><td>string</td><td>二级商户号</td><td></td></tr><tr><td><code>out_reservation_no</code></td><td>string</td><td>商户预约单号</td><td></td></tr><tr><td><code>reservation_id</code></td><td>string</td><td>微信转账预约单号</td><td></td></tr><tr><td><code>accept_time</code></td><td>string(rfc3339)</td><td>预约记录受理时间</td><td></td></tr><tr><td><code>state</code></td><td>string</td><td>预约记录状态</td><td><code>ACCEPTED</code>, <code>CONFIRMED</code>, <code>CLOSED</code></td></tr><tr><td><code>package_info</code></td><td>string</td><td>跳转微信支付用户确认预约页的package信息</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/docs/partner/apis/platsolution-mch-transfer/transfer-reservation/transfer-reservation-apply.html" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/platsolution/mch-transfer/reservation/apply.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const apply = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  apply as default
};
