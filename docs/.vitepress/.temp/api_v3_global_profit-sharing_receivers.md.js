import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"删除分账接收方API / 添加分账接收方API · v3/global/profit-sharing/receivers","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/global/profit-sharing/receivers.md","filePath":"api/v3/global/profit-sharing/receivers.md"}');
const _sfc_main = { name: "api/v3/global/profit-sharing/receivers.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="删除分账接收方api-添加分账接收方api-·-v3-global-profit-sharing-receivers" tabindex="-1">删除分账接收方API / 添加分账接收方API · <code>v3/global/profit-sharing/receivers</code> <a class="header-anchor" href="#删除分账接收方api-添加分账接收方api-·-v3-global-profit-sharing-receivers" aria-label="Permalink to &quot;删除分账接收方API / 添加分账接收方API · \`v3/global/profit-sharing/receivers\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="delete-·-删除分账接收方api" tabindex="-1">DELETE · 删除分账接收方API <a class="header-anchor" href="#delete-·-删除分账接收方api" aria-label="Permalink to &quot;DELETE · 删除分账接收方API&quot;">​</a></h2><p>商户发起删除分账接收方请求。删除后，不支持将分账方商户结算后的资金再分给该分账接收方。</p><ul><li><code>DELETE https://api.mch.weixin.qq.com/v3/global/profit-sharing/receivers</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 跨境∙分账</li><li>适用对象: 直连模式, 机构模式</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td></td><td>The JSON body</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td></td><td>子商户号</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td></td><td>应用ID</td><td></td></tr><tr><td>├ <code>sub_appid</code></td><td>string</td><td></td><td>子商户应用ID</td><td></td></tr><tr><td>├ <code>type</code></td><td>string</td><td></td><td>分账接收方类型</td><td><code>MERCHANT_ID</code>, <code>PERSONAL_OPENID</code>, <code>PERSONAL_SUB_OPENID</code></td></tr><tr><td>└ <code>account</code></td><td>string</td><td></td><td>分账接收方帐号</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>delete</code> and <code>deleteAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/global/profit-sharing/receivers&#39;][&#39;delete&#39;][&#39;options&#39;] = {
  json: {
    sub_mchid: &#39;1900000109&#39;,
    appid: &#39;wx8888888888888888&#39;,
    sub_appid: &#39;wx8888888888888889&#39;,
    type: &#39;MERCHANT_ID&#39;,
    account: &#39;86693852&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;global-&gt;profitSharing-&gt;receivers-&gt;deleteAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.global.profitSharing.receivers.deleteAsync(options).then((response) =&gt; console.log(response.status));

// 2. $instance-&gt;chain(&#39;v3/global/profit-sharing/receivers&#39;)-&gt;deleteAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/global/profit-sharing/receivers&#39;).deleteAsync(options).then((response) =&gt; console.log(response.status));

// 3. $instance[&#39;v3/global/profit-sharing/receivers&#39;]-&gt;deleteAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/global/profit-sharing/receivers&#39;].deleteAsync(options).then((response) =&gt; console.log(response.status));

// 4. $response = $instance-&gt;v3-&gt;global-&gt;profitSharing-&gt;receivers-&gt;delete([…]); echo $response-&gt;getStatusCode();
const byProperty = await wx.v3.global.profitSharing.receivers.delete(options);
console.log(byProperty.status);

// 5. $response = $instance-&gt;chain(&#39;v3/global/profit-sharing/receivers&#39;)-&gt;delete([…]); echo $response-&gt;getStatusCode();
const byChain = await wx.chain(&#39;v3/global/profit-sharing/receivers&#39;).delete(options);
console.log(byChain.status);

// 6. $response = $instance[&#39;v3/global/profit-sharing/receivers&#39;]-&gt;delete([…]); echo $response-&gt;getStatusCode();
const byPath = await wx[&#39;v3/global/profit-sharing/receivers&#39;].delete(options);
console.log(byPath.status);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><p><code>204 No Content</code>: no body; <code>response.data</code> is <code>undefined</code>.</p><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter4_1_8.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul><h2 id="post-·-添加分账接收方api" tabindex="-1">POST · 添加分账接收方API <a class="header-anchor" href="#post-·-添加分账接收方api" aria-label="Permalink to &quot;POST · 添加分账接收方API&quot;">​</a></h2><p>商户发起添加分账接收方请求，建立分账接收方列表。后续可通过发起分账请求，将分账方商户结算后的资金，分给该分账接收方。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/global/profit-sharing/receivers</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 跨境∙分账</li><li>适用对象: 直连模式, 机构模式</li></ul><h3 id="request-1" tabindex="-1">Request <a class="header-anchor" href="#request-1" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td></td><td>The JSON body</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td></td><td>子商户号</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td></td><td>应用ID</td><td></td></tr><tr><td>├ <code>sub_appid</code></td><td>string</td><td></td><td>子商户应用ID</td><td></td></tr><tr><td>├ <code>type</code></td><td>string</td><td></td><td>分账接收方类型</td><td><code>MERCHANT_ID</code>, <code>PERSONAL_OPENID</code>, <code>PERSONAL_SUB_OPENID</code></td></tr><tr><td>├ <code>account</code></td><td>string</td><td></td><td>分账接收方帐号</td><td></td></tr><tr><td>├ <code>name</code></td><td>string(base64)</td><td></td><td>分账个人接收方姓名</td><td></td></tr><tr><td>├ <code>authorized</code></td><td>boolean</td><td></td><td>是否已经获取用户实名信息授权</td><td></td></tr><tr><td>├ <code>relation_type</code></td><td>string</td><td></td><td>与分账方的关系类型</td><td><code>SUPPLIER</code>, <code>DISTRIBUTOR</code>, <code>TAX_SERVICE_PROVIDER</code>, <code>IT_SERVICE_PROVIDER</code>, <code>CUSTOM</code></td></tr><tr><td>├ <code>custom_relation</code></td><td>string</td><td></td><td>自定义的分账关系</td><td></td></tr><tr><td>├ <code>scene</code></td><td>string</td><td></td><td>分账场景详细描述</td><td></td></tr><tr><td>├ <code>major_service</code></td><td>string</td><td></td><td>接收方商户的主营业务范围</td><td></td></tr><tr><td>├ <code>expected_ratio</code></td><td>integer</td><td></td><td>分账接收方预计分账比例</td><td></td></tr><tr><td>├ <code>application_file_id</code></td><td>string</td><td></td><td>增加分账接收方申请函文件ID</td><td></td></tr><tr><td>└ <code>partnership_file_id</code></td><td>string</td><td></td><td>分账方与接收方合作关系证明文件ID</td><td></td></tr></tbody></table><h3 id="call-styles-1" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles-1" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/global/profit-sharing/receivers&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    sub_mchid: &#39;1900000109&#39;,
    appid: &#39;wx8888888888888888&#39;,
    sub_appid: &#39;wx8888888888888889&#39;,
    type: &#39;MERCHANT_ID&#39;,
    account: &#39;86693852&#39;,
    name: &#39;hu89ohu89ohu89o&#39;,
    authorized: true,
    relation_type: &#39;SUPPLIER&#39;,
    custom_relation: &#39;代理商&#39;,
    scene: &#39;该分账接收方是境内税费服务提供方，帮助商户向境内海关代扣代缴税费。&#39;,
    major_service: &#39;税务准备服务&#39;,
    expected_ratio: 2000,
    application_file_id: &#39;de851a06-5a38-9d31-a102-275a17c477de&#39;,
    partnership_file_id: &#39;de851a06-5a38-9d31-a102-275a17c477de&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;global-&gt;profitSharing-&gt;receivers-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.global.profitSharing.receivers.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/global/profit-sharing/receivers&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/global/profit-sharing/receivers&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/global/profit-sharing/receivers&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/global/profit-sharing/receivers&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;global-&gt;profitSharing-&gt;receivers-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.global.profitSharing.receivers.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/global/profit-sharing/receivers&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/global/profit-sharing/receivers&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/global/profit-sharing/receivers&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/global/profit-sharing/receivers&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer-1" tabindex="-1">Answer <a class="header-anchor" href="#answer-1" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>sub_mchid</code></td><td>string</td><td>子商户号</td><td></td></tr><tr><td><code>type</code></td><td>string</td><td>分账接收方类型</td><td><code>MERCHANT_ID</code>, <code>PERSONAL_OPENID</code>, <code>PERSONAL_SUB_OPENID</code></td></tr><tr><td><code>account</code></td><td>string</td><td>分账接收方账号</td><td></td></tr><tr><td><code>name</code></td><td>string(base64)</td><td>分账接收方全称</td><td></td></tr><tr><td><code>relation_type</code></td><td>string</td><td>与分账方的关系类型</td><td><code>SUPPLIER</code>, <code>DISTRIBUTOR</code>, <code>TAX_SERVICE_PROVIDER</code>, <code>IT_SERVICE_PROVIDER</code>, <code>CUSTOM</code></td></tr><tr><td><code>custom_relation</code></td><td>string</td><td>自定义的分账关系</td><td></td></tr><tr><td><code>scene</code></td><td>string</td><td>分账场景详细描述</td><td></td></tr><tr><td><code>major_service</code></td><td>string</td><td>接收方商户的主营业务范围</td><td></td></tr><tr><td><code>expected_ratio</code></td><td>integer</td><td>分账接收方预计分账比例</td><td></td></tr><tr><td><code>file_id</code></td><td>string</td><td>微信文件标识ID</td><td></td></tr><tr><td><code>state</code></td><td>string</td><td>接收方关系状态</td><td></td></tr><tr><td><code>fail_reason</code></td><td>string</td><td>接收关系添加失败原因</td><td></td></tr><tr><td><code>application_file_id</code></td><td>string</td><td>增加分账接收方申请函文件ID</td><td></td></tr><tr><td><code>partnership_file_id</code></td><td>string</td><td>分账方与接收方合作关系证明文件ID</td><td></td></tr></tbody></table><h3 id="official-documentation-1" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation-1" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter4_1_6.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/global/profit-sharing/receivers.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const receivers = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  receivers as default
};
