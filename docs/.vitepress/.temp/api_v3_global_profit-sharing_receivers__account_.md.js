import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"查询分账接收方添加结果API · v3/global/profit-sharing/receivers/{account}","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/global/profit-sharing/receivers/_account_.md","filePath":"api/v3/global/profit-sharing/receivers/_account_.md"}');
const _sfc_main = { name: "api/v3/global/profit-sharing/receivers/_account_.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="查询分账接收方添加结果api-·-v3-global-profit-sharing-receivers-account" tabindex="-1">查询分账接收方添加结果API · <code>v3/global/profit-sharing/receivers/{account}</code> <a class="header-anchor" href="#查询分账接收方添加结果api-·-v3-global-profit-sharing-receivers-account" aria-label="Permalink to &quot;查询分账接收方添加结果API · \`v3/global/profit-sharing/receivers/{account}\`&quot;">​</a></h1><p><a href="./../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get" tabindex="-1">GET <a class="header-anchor" href="#get" aria-label="Permalink to &quot;GET&quot;">​</a></h2><p>商户发起添加分账接收方请求后，可通过调用本API来查询分账接收方添加结果。只有当微信审核接收方材料通过，接收方关系状态扭转为EFFECTIVE后，才允许调用请求分账API接口来分给该接收方。</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/global/profit-sharing/receivers/{account}</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 跨境∙分账</li><li>适用对象: 直连模式, 机构模式</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>account</code></td><td>string</td><td>yes</td><td>接收方账号</td><td></td></tr><tr><td><code>query</code></td><td>object</td><td></td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td></td><td>子商户号</td><td></td></tr><tr><td>├ <code>transaction_id</code></td><td>string</td><td></td><td>微信订单号</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td></td><td>应用ID</td><td></td></tr><tr><td>├ <code>sub_appid</code></td><td>string</td><td></td><td>子商户应用ID</td><td></td></tr><tr><td>└ <code>type</code></td><td>string</td><td></td><td>分账接收方类型</td><td><code>MERCHANT_ID</code>, <code>PERSONAL_OPENID</code>, <code>PERSONAL_SUB_OPENID</code></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/global/profit-sharing/receivers/{account}&#39;][&#39;get&#39;][&#39;options&#39;] = {
  account: &#39;86693852&#39;,
  query: {
    sub_mchid: &#39;1900000109&#39;,
    transaction_id: &#39;4208450740201411110007820472&#39;,
    appid: &#39;wx8888888888888888&#39;,
    sub_appid: &#39;wx8888888888888889&#39;,
    type: &#39;MERCHANT_ID&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;global-&gt;profitSharing-&gt;receivers-&gt;_account_-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.global.profitSharing.receivers._account_.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/global/profit-sharing/receivers/{account}&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/global/profit-sharing/receivers/{account}&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/global/profit-sharing/receivers/{account}&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/global/profit-sharing/receivers/{account}&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;global-&gt;profitSharing-&gt;receivers-&gt;_account_-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.global.profitSharing.receivers._account_.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/global/profit-sharing/receivers/{account}&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/global/profit-sharing/receivers/{account}&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/global/profit-sharing/receivers/{account}&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/global/profit-sharing/receivers/{account}&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>sub_mchid</code></td><td>string</td><td>子商户号</td><td></td></tr><tr><td><code>type</code></td><td>string</td><td>分账接收方类型</td><td><code>MERCHANT_ID</code>, <code>PERSONAL_OPENID</code>, <code>PERSONAL_SUB_OPENID</code></td></tr><tr><td><code>account</code></td><td>string</td><td>分账接收方账号</td><td></td></tr><tr><td><code>name</code></td><td>string</td><td>分账接收方全称</td><td></td></tr><tr><td><code>relation_type</code></td><td>string</td><td>与分账方的关系类型</td><td><code>SUPPLIER</code>, <code>DISTRIBUTOR</code>, <code>TAX_SERVICE_PROVIDER</code>, <code>IT_SERVICE_PROVIDER</code>, <code>CUSTOM</code></td></tr><tr><td><code>custom_relation</code></td><td>string</td><td>自定义的分账关系</td><td></td></tr><tr><td><code>scene</code></td><td>string</td><td>分账场景详细描述</td><td></td></tr><tr><td><code>major_service</code></td><td>string</td><td>接收方商户的主营业务范围</td><td></td></tr><tr><td><code>expected_ratio</code></td><td>integer</td><td>分账接收方预计分账比例</td><td></td></tr><tr><td><code>file_id</code></td><td>string</td><td>微信文件标识ID</td><td></td></tr><tr><td><code>state</code></td><td>string</td><td>接收方关系状态</td><td></td></tr><tr><td><code>fail_reason</code></td><td>string</td><td>接收关系添加失败原因</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter4_1_7.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/global/profit-sharing/receivers/_account_.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const _account_ = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  _account_ as default
};
