import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"解除对微众台账的管控 · v3/aggracct-bc/wb-channel/control-orders/recover","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/aggracct-bc/wb-channel/control-orders/recover.md","filePath":"api/v3/aggracct-bc/wb-channel/control-orders/recover.md"}');
const _sfc_main = { name: "api/v3/aggracct-bc/wb-channel/control-orders/recover.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="解除对微众台账的管控-·-v3-aggracct-bc-wb-channel-control-orders-recover" tabindex="-1">解除对微众台账的管控 · <code>v3/aggracct-bc/wb-channel/control-orders/recover</code> <a class="header-anchor" href="#解除对微众台账的管控-·-v3-aggracct-bc-wb-channel-control-orders-recover" aria-label="Permalink to &quot;解除对微众台账的管控 · \`v3/aggracct-bc/wb-channel/control-orders/recover\`&quot;">​</a></h1><p><a href="./../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>接口仅受理，解管成功或失败后，可以通知发起方（需发起方提供通知地址）。接口支持重入，重入有效期1年。限频：200/分钟</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/aggracct-bc/wb-channel/control-orders/recover</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 渠道服务</li><li>适用对象: 直连商户</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>out_request_no</code></td><td>string</td><td>yes</td><td>微众解管单号</td><td></td></tr><tr><td>├ <code>related_webank_punish_no</code></td><td>string</td><td>yes</td><td>关联微众管控单号</td><td></td></tr><tr><td>├ <code>related_wxpay_punish_no</code></td><td>string</td><td>yes</td><td>关联微信支付管控单号</td><td></td></tr><tr><td>├ <code>mchid</code></td><td>string</td><td>yes</td><td>目标解管商户号</td><td></td></tr><tr><td>├ <code>bal_account_no</code></td><td>string(base64)</td><td>yes</td><td>目标解管台账ID</td><td></td></tr><tr><td>├ <code>recover_reason</code></td><td>string</td><td>yes</td><td>解管原因描述</td><td></td></tr><tr><td>├ <code>card_no</code></td><td>string(base64)</td><td></td><td>目标下管卡号</td><td></td></tr><tr><td>├ <code>sgn_no</code></td><td>string</td><td></td><td>目标下管商户子账户协议号</td><td></td></tr><tr><td>└ <code>req_scene</code></td><td>string</td><td></td><td>请求场景</td><td><code>SJT_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT</code>, <code>SJT_MICRO_MERCHANT</code>, <code>WX_SHOP_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT</code></td></tr><tr><td><code>headers</code></td><td>object</td><td>yes</td><td>Request headers</td><td></td></tr><tr><td>└ <code>Wechatpay-Serial</code></td><td>unknown</td><td>yes</td><td>微信支付公钥ID/平台证书序列号</td><td></td></tr></tbody></table><p><code>Wechatpay-Serial</code> is set by the SDK: to the platform key it encrypted with when <code>json</code> is built with <code>encrypt</code>, and to the <code>PUB_KEY_ID_…</code> in public-key mode.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/aggracct-bc/wb-channel/control-orders/recover&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    out_request_no: &#39;example_out_request_no&#39;,
    related_webank_punish_no: &#39;example_related_webank_punish_no&#39;,
    related_wxpay_punish_no: &#39;example_related_wxpay_punish_no&#39;,
    mchid: &#39;example_mchid&#39;,
    bal_account_no: &#39;example_bal_account_no&#39;,
    recover_reason: &#39;example_recover_reason&#39;,
    card_no: &#39;example_card_no&#39;,
    sgn_no: &#39;example_sgn_no&#39;,
    req_scene: &#39;SJT_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;aggracctBc-&gt;wbChannel-&gt;controlOrders-&gt;recover-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.aggracctBc.wbChannel.controlOrders.recover.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/aggracct-bc/wb-channel/control-orders/recover&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/aggracct-bc/wb-channel/control-orders/recover&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/aggracct-bc/wb-channel/control-orders/recover&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/aggracct-bc/wb-channel/control-orders/recover&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;aggracctBc-&gt;wbChannel-&gt;controlOrders-&gt;recover-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.aggracctBc.wbChannel.controlOrders.recover.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/aggracct-bc/wb-channel/control-orders/recover&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/aggracct-bc/wb-channel/control-orders/recover&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/aggracct-bc/wb-channel/control-orders/recover&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/aggracct-bc/wb-channel/control-orders/recover&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>wxpay_recover_no</code></td><td>string</td><td>微信支付解管单号</td><td></td></tr><tr><td><code>out_request_no</code></td><td>string</td><td>微众解管单号</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/aggracct-bc/wb-channel/control-orders/recover.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const recover = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  recover as default
};
