import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"发起转账 · v3/fund-app/mch-transfer/partner/transfer-bills","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/fund-app/mch-transfer/partner/transfer-bills.md","filePath":"api/v3/fund-app/mch-transfer/partner/transfer-bills.md"}');
const _sfc_main = { name: "api/v3/fund-app/mch-transfer/partner/transfer-bills.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="发起转账-·-v3-fund-app-mch-transfer-partner-transfer-bills" tabindex="-1">发起转账 · <code>v3/fund-app/mch-transfer/partner/transfer-bills</code> <a class="header-anchor" href="#发起转账-·-v3-fund-app-mch-transfer-partner-transfer-bills" aria-label="Permalink to &quot;发起转账 · \`v3/fund-app/mch-transfer/partner/transfer-bills\`&quot;">​</a></h1><p><a href="./../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>服务商商户可通过此接口申请创建转账单</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/fund-app/mch-transfer/partner/transfer-bills</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 资金应用∙转账∙用户确认模式</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td>yes</td><td>二级商户号</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td>yes</td><td>商户AppID</td><td></td></tr><tr><td>├ <code>out_bill_no</code></td><td>string</td><td>yes</td><td>商户单号</td><td></td></tr><tr><td>├ <code>openid</code></td><td>string</td><td>yes</td><td>收款用户OpenID</td><td></td></tr><tr><td>├ <code>user_name</code></td><td>string(base64)</td><td></td><td>收款用户姓名</td><td></td></tr><tr><td>├ <code>transfer_amount</code></td><td>number</td><td>yes</td><td>转账金额</td><td></td></tr><tr><td>├ <code>transfer_remark</code></td><td>string</td><td>yes</td><td>转账备注</td><td></td></tr><tr><td>├ <code>notify_url</code></td><td>string</td><td></td><td>通知地址</td><td></td></tr><tr><td>├ <code>user_recv_perception</code></td><td>string</td><td></td><td>用户收款感知</td><td></td></tr><tr><td>├ <code>transfer_scene_id</code></td><td>string</td><td>yes</td><td>转账场景ID</td><td><code>1000</code>, <code>1002</code>, <code>1004</code>, <code>1005</code>, <code>1009</code>, <code>1010</code>, <code>1011</code>, <code>1013</code></td></tr><tr><td>└ <code>transfer_scene_report_infos</code></td><td>object[]</td><td>yes</td><td>转账场景报备信息</td><td></td></tr><tr><td> ├ <code>info_type</code></td><td>string</td><td>yes</td><td>信息类型</td><td></td></tr><tr><td> └ <code>info_content</code></td><td>string</td><td>yes</td><td>信息内容</td><td></td></tr><tr><td><code>headers</code></td><td>object</td><td>yes</td><td>Request headers</td><td></td></tr><tr><td>└ <code>Wechatpay-Serial</code></td><td>unknown</td><td>yes</td><td>微信支付公钥ID/平台证书序列号</td><td></td></tr></tbody></table><p><code>Wechatpay-Serial</code> is set by the SDK: to the platform key it encrypted with when <code>json</code> is built with <code>encrypt</code>, and to the <code>PUB_KEY_ID_…</code> in public-key mode.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/fund-app/mch-transfer/partner/transfer-bills&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    sub_mchid: &#39;1900001121&#39;,
    appid: &#39;wxf636efh567hg4356&#39;,
    out_bill_no: &#39;plfk2020042013&#39;,
    openid: &#39;o-MYE42l80oelYMDE34nYD456Xoy&#39;,
    user_name: &#39;757b340b45ebef5467rter35gf464344v3542sdf4t6re4tb4f54ty45t4yyry45&#39;,
    transfer_amount: 400000,
    transfer_remark: &#39;2020年4月报销&#39;,
    notify_url: &#39;https://www.weixin.qq.com/wxpay/pay.php&#39;,
    user_recv_perception: &#39;现金奖励&#39;,
    transfer_scene_id: &#39;1000&#39;,
    transfer_scene_report_infos: [{ info_type: &#39;活动名称&#39;, info_content: &#39;注册会员有礼&#39; }],
  },
};

// 1. $instance-&gt;v3-&gt;fundApp-&gt;mchTransfer-&gt;partner-&gt;transferBills-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.fundApp.mchTransfer.partner.transferBills.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/fund-app/mch-transfer/partner/transfer-bills&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/fund-app/mch-transfer/partner/transfer-bills&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/fund-app/mch-transfer/partner/transfer-bills&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/fund-app/mch-transfer/partner/transfer-bills&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;fundApp-&gt;mchTransfer-&gt;partner-&gt;transferBills-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.fundApp.mchTransfer.partner.transferBills.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/fund-app/mch-transfer/partner/transfer-bills&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/fund-app/mch-transfer/partner/transfer-bills&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/fund-app/mch-transfer/partner/transfer-bills&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/fund-app/mch-transfer/partner/transfer-bills&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>sub_mchid</code></td><td>string</td><td>二级商户号</td><td></td></tr><tr><td><code>out_bill_no</code></td><td>string</td><td>商户单号</td><td></td></tr><tr><td><code>transfer_bill_no</code></td><td>string</td><td>微信转账单号</td><td></td></tr><tr><td><code>create_time</code></td><td>string</td><td>单据创建时间</td><td></td></tr><tr><td><code>package_info</code></td><td>string</td><td>跳转领取页面的package信息</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/fund-app/mch-transfer/partner/transfer-bills.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const transferBills = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  transferBills as default
};
