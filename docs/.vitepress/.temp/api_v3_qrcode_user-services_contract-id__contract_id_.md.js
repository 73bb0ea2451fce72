import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"查询用户服务可用信息 · v3/qrcode/user-services/contract-id/{contract_id}","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/qrcode/user-services/contract-id/_contract_id_.md","filePath":"api/v3/qrcode/user-services/contract-id/_contract_id_.md"}');
const _sfc_main = { name: "api/v3/qrcode/user-services/contract-id/_contract_id_.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="查询用户服务可用信息-·-v3-qrcode-user-services-contract-id-contract-id" tabindex="-1">查询用户服务可用信息 · <code>v3/qrcode/user-services/contract-id/{contract_id}</code> <a class="header-anchor" href="#查询用户服务可用信息-·-v3-qrcode-user-services-contract-id-contract-id" aria-label="Permalink to &quot;查询用户服务可用信息 · \`v3/qrcode/user-services/contract-id/{contract_id}\`&quot;">​</a></h1><p><a href="./../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get" tabindex="-1">GET <a class="header-anchor" href="#get" aria-label="Permalink to &quot;GET&quot;">​</a></h2><p>在商户生成乘车码前，商户请求查询用户服务可用信息接口，查询 用户服务可用信息，通过用户服务可用信息中的服务可用状态，来判断是否可以正常使用公共出行代扣服务</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/qrcode/user-services/contract-id/{contract_id}</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 乘车服务</li><li>适用对象: 服务商, 直连商户</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>contract_id</code></td><td>string</td><td>yes</td><td>签约成功后，微信返回代扣签约ID</td><td></td></tr><tr><td><code>query</code></td><td>object</td><td></td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td></td><td>商户在微信申请公众号或移动应用成功后分配的账号ID</td><td></td></tr><tr><td>├ <code>sub_appid</code></td><td>string</td><td></td><td>子公众账号ID</td><td></td></tr><tr><td>└ <code>sub_mchid</code></td><td>string</td><td></td><td>微信支付分配的子商户号</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/qrcode/user-services/contract-id/{contract_id}&#39;][&#39;get&#39;][&#39;options&#39;] = {
  contract_id: &#39;Wx15463511252015071056489715&#39;,
  query: { appid: &#39;wxcbda96de0b165486&#39;, sub_appid: &#39;wxcbda96de0b165486&#39;, sub_mchid: &#39;1900000109&#39; },
};

// 1. $instance-&gt;v3-&gt;qrcode-&gt;userServices-&gt;contractId-&gt;_contract_id_-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.qrcode.userServices.contractId._contract_id_.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/qrcode/user-services/contract-id/{contract_id}&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/qrcode/user-services/contract-id/{contract_id}&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/qrcode/user-services/contract-id/{contract_id}&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/qrcode/user-services/contract-id/{contract_id}&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;qrcode-&gt;userServices-&gt;contractId-&gt;_contract_id_-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.qrcode.userServices.contractId._contract_id_.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/qrcode/user-services/contract-id/{contract_id}&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/qrcode/user-services/contract-id/{contract_id}&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/qrcode/user-services/contract-id/{contract_id}&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/qrcode/user-services/contract-id/{contract_id}&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>contract_id</code></td><td>string</td><td>签约成功后，微信返回代扣签约ID</td><td></td></tr><tr><td><code>user_service_state</code></td><td>string</td><td></td><td><code>NORMAL</code>, <code>BLOCKED</code></td></tr><tr><td><code>block_reason</code></td><td>string</td><td>原因</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/qrcode/user-services/contract-id/_contract_id_.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const _contract_id_ = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  _contract_id_ as default
};
