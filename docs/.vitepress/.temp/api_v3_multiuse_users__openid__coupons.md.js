import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"发放指定批次的消费金 · v3/multiuse/users/{openid}/coupons","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/multiuse/users/_openid_/coupons.md","filePath":"api/v3/multiuse/users/_openid_/coupons.md"}');
const _sfc_main = { name: "api/v3/multiuse/users/_openid_/coupons.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="发放指定批次的消费金-·-v3-multiuse-users-openid-coupons" tabindex="-1">发放指定批次的消费金 · <code>v3/multiuse/users/{openid}/coupons</code> <a class="header-anchor" href="#发放指定批次的消费金-·-v3-multiuse-users-openid-coupons" aria-label="Permalink to &quot;发放指定批次的消费金 · \`v3/multiuse/users/{openid}/coupons\`&quot;">​</a></h1><p><a href="./../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>商户平台/API完成制券/消费金后，可使用发放代金券接口发券/消费金。通过调用此接口可发放指定批次给指定用户。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/multiuse/users/{openid}/coupons</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 运营工具∙消费金</li><li>适用对象: 普通商户</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>openid</code></td><td>string</td><td>yes</td><td>用户OpenID</td><td></td></tr><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>stock_id</code></td><td>string</td><td>yes</td><td>批次号</td><td></td></tr><tr><td>├ <code>out_request_no</code></td><td>string</td><td>yes</td><td>商户单据号</td><td></td></tr><tr><td>├ <code>user_name</code></td><td>string(base64)</td><td>yes</td><td>用户姓名</td><td></td></tr><tr><td>├ <code>id_card_number</code></td><td>string(base64)</td><td>yes</td><td>身份证号码</td><td></td></tr><tr><td>├ <code>amount</code></td><td>number</td><td></td><td>发放面额</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td>yes</td><td>公众账号ID</td><td></td></tr><tr><td>└ <code>card_type</code></td><td>string</td><td>yes</td><td>证件类型</td><td><code>ID_CARD</code></td></tr><tr><td><code>headers</code></td><td>object</td><td>yes</td><td>Request headers</td><td></td></tr><tr><td>└ <code>Wechatpay-Serial</code></td><td>unknown</td><td>yes</td><td>微信支付公钥ID/平台证书序列号</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><p><code>Wechatpay-Serial</code> is set by the SDK: to the platform key it encrypted with when <code>json</code> is built with <code>encrypt</code>, and to the <code>PUB_KEY_ID_…</code> in public-key mode.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/multiuse/users/{openid}/coupons&#39;][&#39;post&#39;][&#39;options&#39;] = {
  openid: &#39;&lt;openid&gt;&#39;,
  json: {
    stock_id: &#39;9856000&#39;,
    out_request_no: &#39;8956000202407191254642&#39;,
    user_name: &#39;757b340b45ebef5467rter35gf464344v3542sdf4t6re4tb4f54ty45t4yyry45&#39;,
    id_card_number: &#39;757b340b45ebef5467rter35gf464344v3542sdf4t6re4tb4f54ty45t4yyry45&#39;,
    amount: 10000,
    appid: &#39;wx233544546545989&#39;,
    card_type: &#39;ID_CARD&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;multiuse-&gt;users-&gt;_openid_-&gt;coupons-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.multiuse.users._openid_.coupons.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/multiuse/users/{openid}/coupons&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/multiuse/users/{openid}/coupons&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/multiuse/users/{openid}/coupons&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/multiuse/users/{openid}/coupons&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;multiuse-&gt;users-&gt;_openid_-&gt;coupons-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.multiuse.users._openid_.coupons.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/multiuse/users/{openid}/coupons&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/multiuse/users/{openid}/coupons&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/multiuse/users/{openid}/coupons&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/multiuse/users/{openid}/coupons&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>coupon_id</code></td><td>string</td><td>消费金ID</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/docs/merchant/apis/multiuse-coupon/multiuse-coupon/send-multiuse-coupon.html" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/multiuse/users/_openid_/coupons.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const coupons = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  coupons as default
};
