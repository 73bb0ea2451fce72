import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"核销用户券API · v3/marketing/busifavor/coupons/use","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/marketing/busifavor/coupons/use.md","filePath":"api/v3/marketing/busifavor/coupons/use.md"}');
const _sfc_main = { name: "api/v3/marketing/busifavor/coupons/use.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="核销用户券api-·-v3-marketing-busifavor-coupons-use" tabindex="-1">核销用户券API · <code>v3/marketing/busifavor/coupons/use</code> <a class="header-anchor" href="#核销用户券api-·-v3-marketing-busifavor-coupons-use" aria-label="Permalink to &quot;核销用户券API · \`v3/marketing/busifavor/coupons/use\`&quot;">​</a></h1><p><a href="./../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>在用户满足优惠门槛后，商户可通过该接口核销用户微信卡包中具体某一张商家券。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/marketing/busifavor/coupons/use</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 运营工具∙商家券</li><li>适用对象: 直连商户</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>coupon_code</code></td><td>string</td><td>yes</td><td>券code</td><td></td></tr><tr><td>├ <code>stock_id</code></td><td>string</td><td></td><td>批次号</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td>yes</td><td>公众账号ID</td><td></td></tr><tr><td>├ <code>use_time</code></td><td>string</td><td>yes</td><td>请求核销时间</td><td></td></tr><tr><td>├ <code>use_request_no</code></td><td>string</td><td>yes</td><td>核销请求单据号</td><td></td></tr><tr><td>├ <code>openid</code></td><td>string</td><td></td><td>用户标识</td><td></td></tr><tr><td>├ <code>out_trade_no</code></td><td>string</td><td></td><td>商户订单号</td><td></td></tr><tr><td>├ <code>mch_id</code></td><td>string</td><td></td><td>下单商户号</td><td></td></tr><tr><td>└ <code>transaction_id</code></td><td>string</td><td></td><td>微信支付订单号</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;190000001&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/marketing/busifavor/coupons/use&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    coupon_code: &#39;sxxe34343434&#39;,
    stock_id: &#39;100088&#39;,
    appid: &#39;wx1234567889999&#39;,
    use_time: &#39;2015-05-20T13:29:35+08:00&#39;,
    use_request_no: &#39;1002600620019090123143254435&#39;,
    openid: &#39;xsd3434454567676&#39;,
    out_trade_no: &#39;190000001&#39;,
    mch_id: &#39;190000001&#39;,
    transaction_id: &#39;4200000001856498491&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;marketing-&gt;busifavor-&gt;coupons-&gt;use-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.marketing.busifavor.coupons.use.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/marketing/busifavor/coupons/use&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/marketing/busifavor/coupons/use&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/marketing/busifavor/coupons/use&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/marketing/busifavor/coupons/use&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;marketing-&gt;busifavor-&gt;coupons-&gt;use-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.marketing.busifavor.coupons.use.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/marketing/busifavor/coupons/use&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/marketing/busifavor/coupons/use&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/marketing/busifavor/coupons/use&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/marketing/busifavor/coupons/use&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>stock_id</code></td><td>string</td><td>批次号</td><td></td></tr><tr><td><code>openid</code></td><td>string</td><td>用户标识</td><td></td></tr><tr><td><code>wechatpay_use_time</code></td><td>string</td><td>系统核销券成功的时间</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter9_2_3.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/marketing/busifavor/coupons/use.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const use = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  use as default
};
