import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"查询批次下用户银行提现免费券列表API / 为用户发银行提现免费券API · v3/marketing/withdraw-favor/users/{openid}/coupons","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/marketing/withdraw-favor/users/_openid_/coupons.md","filePath":"api/v3/marketing/withdraw-favor/users/_openid_/coupons.md"}');
const _sfc_main = { name: "api/v3/marketing/withdraw-favor/users/_openid_/coupons.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="查询批次下用户银行提现免费券列表api-为用户发银行提现免费券api-·-v3-marketing-withdraw-favor-users-openid-coupons" tabindex="-1">查询批次下用户银行提现免费券列表API / 为用户发银行提现免费券API · <code>v3/marketing/withdraw-favor/users/{openid}/coupons</code> <a class="header-anchor" href="#查询批次下用户银行提现免费券列表api-为用户发银行提现免费券api-·-v3-marketing-withdraw-favor-users-openid-coupons" aria-label="Permalink to &quot;查询批次下用户银行提现免费券列表API / 为用户发银行提现免费券API · \`v3/marketing/withdraw-favor/users/{openid}/coupons\`&quot;">​</a></h1><p><a href="./../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get-·-查询批次下用户银行提现免费券列表api" tabindex="-1">GET · 查询批次下用户银行提现免费券列表API <a class="header-anchor" href="#get-·-查询批次下用户银行提现免费券列表api" aria-label="Permalink to &quot;GET · 查询批次下用户银行提现免费券列表API&quot;">​</a></h2><p>查询批次下用户银行提现免费券列表</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/marketing/withdraw-favor/users/{openid}/coupons</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 营销工具∙收款有礼</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>openid</code></td><td>string</td><td>yes</td><td>用户标识</td><td></td></tr><tr><td><code>query</code></td><td>object</td><td>yes</td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>├ <code>mchid</code></td><td>string</td><td>yes</td><td>银行提现免费券批次创建方商户号</td><td></td></tr><tr><td>├ <code>stock_id</code></td><td>string</td><td>yes</td><td>银行提现免费券批次ID</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td>yes</td><td>应用ID</td><td></td></tr><tr><td>├ <code>offset</code></td><td>integer</td><td></td><td>分页页码</td><td></td></tr><tr><td>└ <code>limit</code></td><td>integer</td><td></td><td>分页大小</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1230000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/marketing/withdraw-favor/users/{openid}/coupons&#39;][&#39;get&#39;][&#39;options&#39;] = {
  openid: &#39;oUpF8uMuAJO_M2pxb1Q9zNjWeS6o&#39;,
  query: {
    mchid: &#39;1230000109&#39;,
    stock_id: &#39;1304490000000059&#39;,
    appid: &#39;wxd678efh567hg6787&#39;,
    offset: 1,
    limit: 10,
  },
};

// 1. $instance-&gt;v3-&gt;marketing-&gt;withdrawFavor-&gt;users-&gt;_openid_-&gt;coupons-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.marketing.withdrawFavor.users._openid_.coupons.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/marketing/withdraw-favor/users/{openid}/coupons&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/marketing/withdraw-favor/users/{openid}/coupons&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/marketing/withdraw-favor/users/{openid}/coupons&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/marketing/withdraw-favor/users/{openid}/coupons&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;marketing-&gt;withdrawFavor-&gt;users-&gt;_openid_-&gt;coupons-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.marketing.withdrawFavor.users._openid_.coupons.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/marketing/withdraw-favor/users/{openid}/coupons&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/marketing/withdraw-favor/users/{openid}/coupons&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/marketing/withdraw-favor/users/{openid}/coupons&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/marketing/withdraw-favor/users/{openid}/coupons&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>data</code></td><td>object[]</td><td>银行提现免费券列表</td><td></td></tr><tr><td>├ <code>send_time</code></td><td>string</td><td>发放时间</td><td></td></tr><tr><td>├ <code>send_quota</code></td><td>integer</td><td>发放额度</td><td></td></tr><tr><td>├ <code>coupon_id</code></td><td>string</td><td>银行提现免费券的券ID</td><td></td></tr><tr><td>├ <code>use_quota</code></td><td>integer</td><td>使用额度</td><td></td></tr><tr><td>└ <code>coupon_state</code></td><td>string</td><td>银行提现免费券券状态</td><td></td></tr><tr><td><code>offset</code></td><td>integer</td><td>分页页码</td><td></td></tr><tr><td><code>limit</code></td><td>integer</td><td>分页大小</td><td></td></tr><tr><td><code>total_count</code></td><td>integer</td><td>查询结果总数</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter3_2_2.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul><h2 id="post-·-为用户发银行提现免费券api" tabindex="-1">POST · 为用户发银行提现免费券API <a class="header-anchor" href="#post-·-为用户发银行提现免费券api" aria-label="Permalink to &quot;POST · 为用户发银行提现免费券API&quot;">​</a></h2><p>为用户发银行提现免费券</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/marketing/withdraw-favor/users/{openid}/coupons</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 营销工具∙收款有礼</li><li>适用对象: 服务商</li></ul><h3 id="request-1" tabindex="-1">Request <a class="header-anchor" href="#request-1" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>openid</code></td><td>string</td><td>yes</td><td>用户标识</td><td></td></tr><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>mchid</code></td><td>string</td><td>yes</td><td>银行提现免费券批次创建方商户号</td><td></td></tr><tr><td>├ <code>stock_id</code></td><td>string</td><td>yes</td><td>银行提现免费券批次ID</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td>yes</td><td>应用ID</td><td></td></tr><tr><td>└ <code>send_request_no</code></td><td>string</td><td>yes</td><td>商户单据号</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles-1" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles-1" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1230000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/marketing/withdraw-favor/users/{openid}/coupons&#39;][&#39;post&#39;][&#39;options&#39;] = {
  openid: &#39;oUpF8uMuAJO_M2pxb1Q9zNjWeS6o&#39;,
  json: {
    mchid: &#39;1230000109&#39;,
    stock_id: &#39;1304490000000059&#39;,
    appid: &#39;wxd678efh567hg6787&#39;,
    send_request_no: &#39;89560002019101000121&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;marketing-&gt;withdrawFavor-&gt;users-&gt;_openid_-&gt;coupons-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.marketing.withdrawFavor.users._openid_.coupons.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/marketing/withdraw-favor/users/{openid}/coupons&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/marketing/withdraw-favor/users/{openid}/coupons&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/marketing/withdraw-favor/users/{openid}/coupons&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/marketing/withdraw-favor/users/{openid}/coupons&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;marketing-&gt;withdrawFavor-&gt;users-&gt;_openid_-&gt;coupons-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.marketing.withdrawFavor.users._openid_.coupons.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/marketing/withdraw-favor/users/{openid}/coupons&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/marketing/withdraw-favor/users/{openid}/coupons&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/marketing/withdraw-favor/users/{openid}/coupons&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/marketing/withdraw-favor/users/{openid}/coupons&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer-1" tabindex="-1">Answer <a class="header-anchor" href="#answer-1" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>coupon_id</code></td><td>string</td><td>银行提现免费券ID</td><td></td></tr><tr><td><code>expire_time</code></td><td>string</td><td>银行提现免费券过期时间</td><td></td></tr></tbody></table><h3 id="official-documentation-1" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation-1" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter3_2_1.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/marketing/withdraw-favor/users/_openid_/coupons.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const coupons = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  coupons as default
};
