import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"查询绑定多笔立减活动的代金券详情 · v3/marketing/bank-favor/users/{openid}/coupons/{coupon_id}","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/marketing/bank-favor/users/_openid_/coupons/_coupon_id_.md","filePath":"api/v3/marketing/bank-favor/users/_openid_/coupons/_coupon_id_.md"}');
const _sfc_main = { name: "api/v3/marketing/bank-favor/users/_openid_/coupons/_coupon_id_.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="查询绑定多笔立减活动的代金券详情-·-v3-marketing-bank-favor-users-openid-coupons-coupon-id" tabindex="-1">查询绑定多笔立减活动的代金券详情 · <code>v3/marketing/bank-favor/users/{openid}/coupons/{coupon_id}</code> <a class="header-anchor" href="#查询绑定多笔立减活动的代金券详情-·-v3-marketing-bank-favor-users-openid-coupons-coupon-id" aria-label="Permalink to &quot;查询绑定多笔立减活动的代金券详情 · \`v3/marketing/bank-favor/users/{openid}/coupons/{coupon_id}\`&quot;">​</a></h1><p><a href="./../../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get" tabindex="-1">GET <a class="header-anchor" href="#get" aria-label="Permalink to &quot;GET&quot;">​</a></h2><p>通过此接口可查询绑定多笔立减活动的代金券信息，包括代金券的基础信息、状态等。</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/marketing/bank-favor/users/{openid}/coupons/{coupon_id}</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 运营工具∙代金券</li><li>适用对象: 直连商户</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>openid</code></td><td>string</td><td>yes</td><td>用户标识ID</td><td></td></tr><tr><td><code>coupon_id</code></td><td>string</td><td>yes</td><td>代金券ID</td><td></td></tr><tr><td><code>query</code></td><td>object</td><td>yes</td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>└ <code>appid</code></td><td>string</td><td>yes</td><td>公众账号ID</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/marketing/bank-favor/users/{openid}/coupons/{coupon_id}&#39;][&#39;get&#39;][&#39;options&#39;] = {
  openid: &#39;oUpF8uMuAJO_M2pxb1Q9zNjWeS6o&#39;,
  coupon_id: &#39;9856888&#39;,
  query: { appid: &#39;wx57849631bb367f52&#39; },
};

// 1. $instance-&gt;v3-&gt;marketing-&gt;bankFavor-&gt;users-&gt;_openid_-&gt;coupons-&gt;_coupon_id_-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.marketing.bankFavor.users._openid_.coupons._coupon_id_.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/marketing/bank-favor/users/{openid}/coupons/{coupon_id}&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/marketing/bank-favor/users/{openid}/coupons/{coupon_id}&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/marketing/bank-favor/users/{openid}/coupons/{coupon_id}&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/marketing/bank-favor/users/{openid}/coupons/{coupon_id}&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;marketing-&gt;bankFavor-&gt;users-&gt;_openid_-&gt;coupons-&gt;_coupon_id_-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.marketing.bankFavor.users._openid_.coupons._coupon_id_.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/marketing/bank-favor/users/{openid}/coupons/{coupon_id}&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/marketing/bank-favor/users/{openid}/coupons/{coupon_id}&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/marketing/bank-favor/users/{openid}/coupons/{coupon_id}&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/marketing/bank-favor/users/{openid}/coupons/{coupon_id}&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>stock_creator_mchid</code></td><td>string</td><td>创建批次的商户号</td><td></td></tr><tr><td><code>stock_id</code></td><td>string</td><td>批次号</td><td></td></tr><tr><td><code>coupon_id</code></td><td>string</td><td>代金券id</td><td></td></tr><tr><td><code>coupon_name</code></td><td>string</td><td>代金券名称</td><td></td></tr><tr><td><code>coupon_state</code></td><td>string</td><td>券状态</td><td><code>COUPON_STATE_UNKNOW</code>, <code>COUPON_STATE_SEND</code>, <code>COUPON_STATE_USED</code>, <code>COUPON_STATE_EXPIRED</code></td></tr><tr><td><code>receive_time</code></td><td>string(rfc3339)</td><td>领券时间</td><td></td></tr><tr><td><code>available_begin_time</code></td><td>string(rfc3339)</td><td>可用开始时间</td><td></td></tr><tr><td><code>available_end_time</code></td><td>string(rfc3339)</td><td>可用结束时间</td><td></td></tr><tr><td><code>activity_id</code></td><td>string</td><td>活动ID</td><td></td></tr><tr><td><code>max_use_number</code></td><td>number</td><td>最大使用次数</td><td></td></tr><tr><td><code>available_number</code></td><td>number</td><td>可用次数</td><td></td></tr><tr><td><code>used_number</code></td><td>number</td><td>已使用次数</td><td></td></tr><tr><td><code>use_amount_list</code></td><td>object</td><td>已用金额列表</td><td></td></tr><tr><td>└ <code>used_amounts</code></td><td>string[]</td><td>已用金额</td><td></td></tr><tr><td><code>openid</code></td><td>string</td><td>用户标识ID</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/marketing/bank-favor/users/_openid_/coupons/_coupon_id_.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const _coupon_id_ = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  _coupon_id_ as default
};
