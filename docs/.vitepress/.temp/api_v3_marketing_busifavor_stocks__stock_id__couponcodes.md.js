import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"查询预存code列表 / 上传预存code API · v3/marketing/busifavor/stocks/{stock_id}/couponcodes","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/marketing/busifavor/stocks/_stock_id_/couponcodes.md","filePath":"api/v3/marketing/busifavor/stocks/_stock_id_/couponcodes.md"}');
const _sfc_main = { name: "api/v3/marketing/busifavor/stocks/_stock_id_/couponcodes.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="查询预存code列表-上传预存code-api-·-v3-marketing-busifavor-stocks-stock-id-couponcodes" tabindex="-1">查询预存code列表 / 上传预存code API · <code>v3/marketing/busifavor/stocks/{stock_id}/couponcodes</code> <a class="header-anchor" href="#查询预存code列表-上传预存code-api-·-v3-marketing-busifavor-stocks-stock-id-couponcodes" aria-label="Permalink to &quot;查询预存code列表 / 上传预存code API · \`v3/marketing/busifavor/stocks/{stock_id}/couponcodes\`&quot;">​</a></h1><p><a href="./../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get-·-查询预存code列表" tabindex="-1">GET · 查询预存code列表 <a class="header-anchor" href="#get-·-查询预存code列表" aria-label="Permalink to &quot;GET · 查询预存code列表&quot;">​</a></h2><ul><li><code>GET https://api.mch.weixin.qq.com/v3/marketing/busifavor/stocks/{stock_id}/couponcodes</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 运营工具∙商家券</li><li>适用对象: 直连商户</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>stock_id</code></td><td>string</td><td>yes</td><td>批次号</td><td></td></tr><tr><td><code>query</code></td><td>object</td><td></td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>├ <code>status</code></td><td>string</td><td></td><td>券code状态</td><td><code>SENDED</code>, <code>USED</code>, <code>EXPIRED</code>, <code>DELETED</code>, <code>DEACTIVATED</code></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td></td><td>公众账号ID</td><td></td></tr><tr><td>├ <code>offset</code></td><td>number</td><td></td><td>分页页码</td><td></td></tr><tr><td>└ <code>limit</code></td><td>number</td><td></td><td>分页大小</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/marketing/busifavor/stocks/{stock_id}/couponcodes&#39;][&#39;get&#39;][&#39;options&#39;] = {
  stock_id: &#39;98065001&#39;,
  query: { appid: &#39;wx233544546545989&#39;, offset: 0, limit: 20 },
};

// 1. $instance-&gt;v3-&gt;marketing-&gt;busifavor-&gt;stocks-&gt;_stock_id_-&gt;couponcodes-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.marketing.busifavor.stocks._stock_id_.couponcodes.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/marketing/busifavor/stocks/{stock_id}/couponcodes&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/marketing/busifavor/stocks/{stock_id}/couponcodes&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/marketing/busifavor/stocks/{stock_id}/couponcodes&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/marketing/busifavor/stocks/{stock_id}/couponcodes&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;marketing-&gt;busifavor-&gt;stocks-&gt;_stock_id_-&gt;couponcodes-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.marketing.busifavor.stocks._stock_id_.couponcodes.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/marketing/busifavor/stocks/{stock_id}/couponcodes&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/marketing/busifavor/stocks/{stock_id}/couponcodes&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/marketing/busifavor/stocks/{stock_id}/couponcodes&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/marketing/busifavor/stocks/{stock_id}/couponcodes&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>stock_id</code></td><td>string</td><td>批次号</td><td></td></tr><tr><td><code>total_count</code></td><td>integer</td><td>批次总数</td><td></td></tr><tr><td><code>limit</code></td><td>integer</td><td>分页大小</td><td></td></tr><tr><td><code>offset</code></td><td>integer</td><td>分页页码</td><td></td></tr><tr><td><code>data</code></td><td>object[]</td><td>券code列表</td><td></td></tr><tr><td>├ <code>code</code></td><td>string</td><td>商户上传code</td><td></td></tr><tr><td>├ <code>code_status</code></td><td>string</td><td>商户上传code分配状态</td><td></td></tr><tr><td>├ <code>upload_time</code></td><td>string(rfc3339)</td><td>上传时间</td><td></td></tr><tr><td>├ <code>dispatched_time</code></td><td>string(rfc3339)</td><td>被分配时间</td><td></td></tr><tr><td>├ <code>openid</code></td><td>string</td><td>领券用户的OpenID</td><td></td></tr><tr><td>├ <code>unionid</code></td><td>string</td><td>领券用户的UnionID</td><td></td></tr><tr><td>└ <code>coupon_code</code></td><td>string</td><td>用户券code</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/docs/merchant/products/merchant-exclusive-coupon/introduction.html" target="_blank" rel="noreferrer">官方文档</a></li></ul><h2 id="post-·-上传预存code-api" tabindex="-1">POST · 上传预存code API <a class="header-anchor" href="#post-·-上传预存code-api" aria-label="Permalink to &quot;POST · 上传预存code API&quot;">​</a></h2><p>商家券的Code码可由微信后台随机分配，同时支持商户自定义。如商家已有自己的优惠券系统，可直接使用自定义模式。即商家预先向微信支付上传券Code，当券在发放时，微信支付自动从已导入的Code中随机取值（不能指定），派发给用户。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/marketing/busifavor/stocks/{stock_id}/couponcodes</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 运营工具∙商家券</li><li>适用对象: 直连商户</li></ul><h3 id="request-1" tabindex="-1">Request <a class="header-anchor" href="#request-1" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>stock_id</code></td><td>string</td><td>yes</td><td>批次号</td><td></td></tr><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>coupon_code_list</code></td><td>string[]</td><td></td><td>券code列表</td><td></td></tr><tr><td>└ <code>upload_request_no</code></td><td>string</td><td>yes</td><td>请求业务单据号</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles-1" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles-1" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/marketing/busifavor/stocks/{stock_id}/couponcodes&#39;][&#39;post&#39;][&#39;options&#39;] = {
  stock_id: &#39;98065001&#39;,
  json: { upload_request_no: &#39;100002322019090134234sfdf&#39; },
};

// 1. $instance-&gt;v3-&gt;marketing-&gt;busifavor-&gt;stocks-&gt;_stock_id_-&gt;couponcodes-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.marketing.busifavor.stocks._stock_id_.couponcodes.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/marketing/busifavor/stocks/{stock_id}/couponcodes&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/marketing/busifavor/stocks/{stock_id}/couponcodes&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/marketing/busifavor/stocks/{stock_id}/couponcodes&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/marketing/busifavor/stocks/{stock_id}/couponcodes&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;marketing-&gt;busifavor-&gt;stocks-&gt;_stock_id_-&gt;couponcodes-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.marketing.busifavor.stocks._stock_id_.couponcodes.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/marketing/busifavor/stocks/{stock_id}/couponcodes&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/marketing/busifavor/stocks/{stock_id}/couponcodes&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/marketing/busifavor/stocks/{stock_id}/couponcodes&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/marketing/busifavor/stocks/{stock_id}/couponcodes&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer-1" tabindex="-1">Answer <a class="header-anchor" href="#answer-1" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>stock_id</code></td><td>string</td><td>批次号</td><td></td></tr><tr><td><code>total_count</code></td><td>integer</td><td>去重后上传code总数</td><td></td></tr><tr><td><code>success_count</code></td><td>integer</td><td>上传成功code个数</td><td></td></tr><tr><td><code>success_codes</code></td><td>string[]</td><td>上传成功的code列表</td><td></td></tr><tr><td><code>success_time</code></td><td>string</td><td>上传成功时间</td><td></td></tr><tr><td><code>fail_count</code></td><td>integer</td><td>上传失败code个数</td><td></td></tr><tr><td><code>fail_codes</code></td><td>object[]</td><td>上传失败的code及原因</td><td></td></tr><tr><td>├ <code>coupon_code</code></td><td>string</td><td>上传失败的券code</td><td></td></tr><tr><td>├ <code>code</code></td><td>string</td><td>上传失败错误码</td><td></td></tr><tr><td>└ <code>message</code></td><td>string</td><td>上传失败错误信息</td><td></td></tr><tr><td><code>exist_codes</code></td><td>string[]</td><td>已存在的code列表</td><td></td></tr><tr><td><code>duplicate_codes</code></td><td>string[]</td><td>本次请求中重复的code列表</td><td></td></tr></tbody></table><h3 id="official-documentation-1" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation-1" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter9_2_6.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/marketing/busifavor/stocks/_stock_id_/couponcodes.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const couponcodes = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  couponcodes as default
};
