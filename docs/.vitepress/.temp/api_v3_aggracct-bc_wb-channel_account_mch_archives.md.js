import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"查询商户资料 · v3/aggracct-bc/wb-channel/account/mch_archives","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/aggracct-bc/wb-channel/account/mch_archives.md","filePath":"api/v3/aggracct-bc/wb-channel/account/mch_archives.md"}');
const _sfc_main = { name: "api/v3/aggracct-bc/wb-channel/account/mch_archives.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="查询商户资料-·-v3-aggracct-bc-wb-channel-account-mch-archives" tabindex="-1">查询商户资料 · <code>v3/aggracct-bc/wb-channel/account/mch_archives</code> <a class="header-anchor" href="#查询商户资料-·-v3-aggracct-bc-wb-channel-account-mch-archives" aria-label="Permalink to &quot;查询商户资料 · \`v3/aggracct-bc/wb-channel/account/mch_archives\`&quot;">​</a></h1><p><a href="./../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get" tabindex="-1">GET <a class="header-anchor" href="#get" aria-label="Permalink to &quot;GET&quot;">​</a></h2><p>查询最新商户资料 接口限频：单商户号10次/分钟</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/aggracct-bc/wb-channel/account/mch_archives</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 渠道服务</li><li>适用对象: 直连商户</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>query</code></td><td>object</td><td>yes</td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>├ <code>mchid</code></td><td>string</td><td>yes</td><td>微信支付商户号</td><td></td></tr><tr><td>├ <code>bal_account_no</code></td><td>string(base64)</td><td>yes</td><td>额度台账号</td><td></td></tr><tr><td>├ <code>card_no</code></td><td>string(base64)</td><td></td><td>卡号</td><td></td></tr><tr><td>├ <code>sgn_no</code></td><td>string</td><td></td><td>商户子账户协议号</td><td></td></tr><tr><td>└ <code>req_scene</code></td><td>string</td><td></td><td>请求场景</td><td><code>SJT_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT</code>, <code>SJT_MICRO_MERCHANT</code>, <code>WX_SHOP_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT</code></td></tr><tr><td><code>headers</code></td><td>object</td><td>yes</td><td>Request headers</td><td></td></tr><tr><td>└ <code>Wechatpay-Serial</code></td><td>unknown</td><td>yes</td><td>微信支付公钥ID/平台证书序列号</td><td></td></tr></tbody></table><p><code>Wechatpay-Serial</code> is set by the SDK: to the platform key it encrypted with when <code>json</code> is built with <code>encrypt</code>, and to the <code>PUB_KEY_ID_…</code> in public-key mode.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900016681&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/aggracct-bc/wb-channel/account/mch_archives&#39;][&#39;get&#39;][&#39;options&#39;] = {
  query: {
    mchid: &#39;1900016681&#39;,
    bal_account_no: &#39;8609cb22e1774a50a930e414cc71eca06121bc&#39;,
    card_no: &#39;example_card_no&#39;,
    sgn_no: &#39;example_sgn_no&#39;,
    req_scene: &#39;SJT_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;aggracctBc-&gt;wbChannel-&gt;account-&gt;mch_archives-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.aggracctBc.wbChannel.account.mch_archives.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/aggracct-bc/wb-channel/account/mch_archives&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/aggracct-bc/wb-channel/account/mch_archives&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/aggracct-bc/wb-channel/account/mch_archives&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/aggracct-bc/wb-channel/account/mch_archives&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;aggracctBc-&gt;wbChannel-&gt;account-&gt;mch_archives-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.aggracctBc.wbChannel.account.mch_archives.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/aggracct-bc/wb-channel/account/mch_archives&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/aggracct-bc/wb-channel/account/mch_archives&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/aggracct-bc/wb-channel/account/mch_archives&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/aggracct-bc/wb-channel/account/mch_archives&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>mchid</code></td><td>string</td><td>微信支付商户号</td><td></td></tr><tr><td><code>bal_account_no</code></td><td>string(base64)</td><td>额度台账号</td><td></td></tr><tr><td><code>merchant_type</code></td><td>string</td><td>主体类型</td><td><code>1</code>, <code>2</code>, <code>3</code></td></tr><tr><td><code>merchant_id_type</code></td><td>string</td><td>主体证件类型</td><td><code>12</code></td></tr><tr><td><code>merchant_name</code></td><td>string(base64)</td><td>主体证件登记名称</td><td></td></tr><tr><td><code>merchant_id_no</code></td><td>string(base64)</td><td>主体证件号码</td><td></td></tr><tr><td><code>effective_date</code></td><td>string</td><td>主体证件有效期起始日</td><td></td></tr><tr><td><code>expire_date</code></td><td>string</td><td>主体证件有效期结束日</td><td></td></tr><tr><td><code>merchant_img_front_id</code></td><td>string</td><td>主体证件正面影像ID</td><td></td></tr><tr><td><code>register_address</code></td><td>string</td><td>主体注册地址</td><td></td></tr><tr><td><code>business_scope</code></td><td>string</td><td>主体经营范围</td><td></td></tr><tr><td><code>legal_representative</code></td><td>object</td><td>法定代表人信息</td><td></td></tr><tr><td>├ <code>legal_representative_id_type</code></td><td>string</td><td>法定代表人证件类型</td><td><code>01</code></td></tr><tr><td>├ <code>legal_representative_name</code></td><td>string(base64)</td><td>法定代表人姓名</td><td></td></tr><tr><td>├ <code>legal_representative_id_no</code></td><td>string(base64)</td><td>法定代表人证件号码</td><td></td></tr><tr><td>├ <code>legal_representative_effective_date</code></td><td>string</td><td>法定代表人证件有效期起始日</td><td></td></tr><tr><td>├ <code>legal_representative_expire_date</code></td><td>string</td><td>法定代表人证件有效期结束日</td><td></td></tr><tr><td>├ <code>legal_representative_img_front_id</code></td><td>string</td><td>法定代表人证件正面影像ID</td><td></td></tr><tr><td>├ <code>legal_representative_img_back_id</code></td><td>string</td><td>法定代表人证件反面影像ID</td><td></td></tr><tr><td>├ <code>legal_representative_address</code></td><td>string(base64)</td><td>法定代表人居住地址</td><td></td></tr><tr><td>├ <code>legal_representative_issue_authority</code></td><td>string</td><td>法定代表人发证机关</td><td></td></tr><tr><td>└ <code>legal_representative_nation</code></td><td>string</td><td>法定代表人民族</td><td></td></tr><tr><td><code>beneficial_owner</code></td><td>object[]</td><td>受益所有人信息列表</td><td></td></tr><tr><td>├ <code>beneficial_owner_no</code></td><td>string</td><td>受益所有人编号</td><td></td></tr><tr><td>├ <code>beneficial_owner_id_type</code></td><td>string</td><td>受益所有人证件类型</td><td><code>01</code></td></tr><tr><td>├ <code>beneficial_owner_name</code></td><td>string(base64)</td><td>受益所有人姓名</td><td></td></tr><tr><td>├ <code>beneficial_owner_id_no</code></td><td>string(base64)</td><td>受益所有人证件号码</td><td></td></tr><tr><td>├ <code>beneficial_owner_effective_date</code></td><td>string</td><td>受益所有人证件有效期起始日</td><td></td></tr><tr><td>├ <code>beneficial_owner_expire_date</code></td><td>string</td><td>受益所有人证件有效期结束日</td><td></td></tr><tr><td>├ <code>beneficial_owner_img_front_id</code></td><td>string</td><td>受益所有人证件正面影像ID</td><td></td></tr><tr><td>├ <code>beneficial_owner_img_back_id</code></td><td>string</td><td>受益所有人证件反面影像ID</td><td></td></tr><tr><td>└ <code>beneficial_owner_address</code></td><td>string(base64)</td><td>受益所有人居住地址</td><td></td></tr><tr><td><code>card_no</code></td><td>string(base64)</td><td>卡号</td><td></td></tr><tr><td><code>sgn_no</code></td><td>string</td><td>商户子账户协议号</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/aggracct-bc/wb-channel/account/mch_archives.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const mch_archives = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  mch_archives as default
};
