import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"查询渠道结算银行账户更名申请 · v3/aggracct-bc/wb-channel/bank-channel-account/rename/{application_id}","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/aggracct-bc/wb-channel/bank-channel-account/rename/_application_id_.md","filePath":"api/v3/aggracct-bc/wb-channel/bank-channel-account/rename/_application_id_.md"}');
const _sfc_main = { name: "api/v3/aggracct-bc/wb-channel/bank-channel-account/rename/_application_id_.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="查询渠道结算银行账户更名申请-·-v3-aggracct-bc-wb-channel-bank-channel-account-rename-application-id" tabindex="-1">查询渠道结算银行账户更名申请 · <code>v3/aggracct-bc/wb-channel/bank-channel-account/rename/{application_id}</code> <a class="header-anchor" href="#查询渠道结算银行账户更名申请-·-v3-aggracct-bc-wb-channel-bank-channel-account-rename-application-id" aria-label="Permalink to &quot;查询渠道结算银行账户更名申请 · \`v3/aggracct-bc/wb-channel/bank-channel-account/rename/{application_id}\`&quot;">​</a></h1><p><a href="./../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get" tabindex="-1">GET <a class="header-anchor" href="#get" aria-label="Permalink to &quot;GET&quot;">​</a></h2><p>查询渠道结算银行账户更名申请。</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/aggracct-bc/wb-channel/bank-channel-account/rename/{application_id}</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 渠道服务</li><li>适用对象: 直连商户</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>application_id</code></td><td>string</td><td>yes</td><td>微信支付更名受理返回的申请单号</td><td></td></tr><tr><td><code>query</code></td><td>object</td><td>yes</td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>├ <code>mchid</code></td><td>string</td><td>yes</td><td>目标商户号</td><td></td></tr><tr><td>└ <code>bal_account_no</code></td><td>string(base64)</td><td>yes</td><td>台账ID</td><td></td></tr><tr><td><code>headers</code></td><td>object</td><td>yes</td><td>Request headers</td><td></td></tr><tr><td>└ <code>Wechatpay-Serial</code></td><td>unknown</td><td>yes</td><td>微信支付公钥ID/平台证书序列号</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><p><code>Wechatpay-Serial</code> is set by the SDK: to the platform key it encrypted with when <code>json</code> is built with <code>encrypt</code>, and to the <code>PUB_KEY_ID_…</code> in public-key mode.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900016681&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/aggracct-bc/wb-channel/bank-channel-account/rename/{application_id}&#39;][&#39;get&#39;][&#39;options&#39;] = {
  application_id: &#39;11117742499090086455469010028373&#39;,
  query: { mchid: &#39;1900016681&#39;, bal_account_no: &#39;8609cb22e1774a50a930e414cc71eca06121bc&#39; },
};

// 1. $instance-&gt;v3-&gt;aggracctBc-&gt;wbChannel-&gt;bankChannelAccount-&gt;rename-&gt;_application_id_-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.aggracctBc.wbChannel.bankChannelAccount.rename._application_id_.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/aggracct-bc/wb-channel/bank-channel-account/rename/{application_id}&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/aggracct-bc/wb-channel/bank-channel-account/rename/{application_id}&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/aggracct-bc/wb-channel/bank-channel-account/rename/{application_id}&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/aggracct-bc/wb-channel/bank-channel-account/rename/{application_id}&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;aggracctBc-&gt;wbChannel-&gt;bankChannelAccount-&gt;rename-&gt;_application_id_-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.aggracctBc.wbChannel.bankChannelAccount.rename._application_id_.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/aggracct-bc/wb-channel/bank-channel-account/rename/{application_id}&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/aggracct-bc/wb-channel/bank-channel-account/rename/{application_id}&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/aggracct-bc/wb-channel/bank-channel-account/rename/{application_id}&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/aggracct-bc/wb-channel/bank-channel-account/rename/{application_id}&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>change_scene</code></td><td>string</td><td>变更类型</td><td><code>SUBJECT_INFO_RENAME</code></td></tr><tr><td><code>application_id</code></td><td>string</td><td>微信支付更名受理返回的申请单号</td><td></td></tr><tr><td><code>out_request_no</code></td><td>string</td><td>渠道结算银行账户更名外部系统单号</td><td></td></tr><tr><td><code>mchid</code></td><td>string</td><td>目标商户号</td><td></td></tr><tr><td><code>bal_account_no</code></td><td>string(base64)</td><td>台账ID</td><td></td></tr><tr><td><code>new_account_name</code></td><td>string(base64)</td><td>目标账户名</td><td></td></tr><tr><td><code>application_state</code></td><td>string</td><td>申请单状态</td><td><code>PROCESSING</code>, <code>SUCCESS</code>, <code>FAIL</code></td></tr><tr><td><code>finish_time</code></td><td>string(rfc3339)</td><td>完成时间</td><td></td></tr><tr><td><code>fail_code</code></td><td>string</td><td>失败错误码</td><td></td></tr><tr><td><code>fail_msg</code></td><td>string</td><td>失败原因</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/aggracct-bc/wb-channel/bank-channel-account/rename/_application_id_.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const _application_id_ = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  _application_id_ as default
};
