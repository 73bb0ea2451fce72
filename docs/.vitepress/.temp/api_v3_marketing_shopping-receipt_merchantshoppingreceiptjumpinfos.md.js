import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"上传商家电子小票跳转信息 · v3/marketing/shopping-receipt/merchantshoppingreceiptjumpinfos","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/marketing/shopping-receipt/merchantshoppingreceiptjumpinfos.md","filePath":"api/v3/marketing/shopping-receipt/merchantshoppingreceiptjumpinfos.md"}');
const _sfc_main = { name: "api/v3/marketing/shopping-receipt/merchantshoppingreceiptjumpinfos.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="上传商家电子小票跳转信息-·-v3-marketing-shopping-receipt-merchantshoppingreceiptjumpinfos" tabindex="-1">上传商家电子小票跳转信息 · <code>v3/marketing/shopping-receipt/merchantshoppingreceiptjumpinfos</code> <a class="header-anchor" href="#上传商家电子小票跳转信息-·-v3-marketing-shopping-receipt-merchantshoppingreceiptjumpinfos" aria-label="Permalink to &quot;上传商家电子小票跳转信息 · \`v3/marketing/shopping-receipt/merchantshoppingreceiptjumpinfos\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>接口介绍：可通过该接口给对应的微信支付订单上传商家电子小票跳转信息。上传成功后，用户可以在账单详情页看到对应的跳转入口。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/marketing/shopping-receipt/merchantshoppingreceiptjumpinfos</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 经营工具∙电子小票</li><li>适用对象: 服务商, 渠道商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>transaction_id</code></td><td>string</td><td>yes</td><td>微信支付订单号</td><td></td></tr><tr><td>├ <code>transaction_mchid</code></td><td>string</td><td></td><td>商户号</td><td></td></tr><tr><td>├ <code>transaction_sub_mchid</code></td><td>string</td><td></td><td>子商户号</td><td></td></tr><tr><td>├ <code>openid</code></td><td>string</td><td>yes</td><td>下单用户OpenID</td><td></td></tr><tr><td>├ <code>merchant_upload_time</code></td><td>string</td><td>yes</td><td>商户上传时间</td><td></td></tr><tr><td>└ <code>jump_info</code></td><td>object</td><td>yes</td><td>跳转信息</td><td></td></tr><tr><td> ├ <code>merchant_appid</code></td><td>string</td><td>yes</td><td>商户电子小票跳转信息小程序AppID</td><td></td></tr><tr><td> └ <code>merchant_path</code></td><td>string</td><td>yes</td><td>商户电子小票跳转信息小程序路径</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/marketing/shopping-receipt/merchantshoppingreceiptjumpinfos&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    transaction_id: &#39;4200000008202209139188072801&#39;,
    transaction_mchid: &#39;1230000109&#39;,
    transaction_sub_mchid: &#39;1230000109&#39;,
    openid: &#39;oUpF8uMuAJO_M2pxb1Q9zNjWeS6o&#39;,
    merchant_upload_time: &#39;2021-05-20T13:29:35.120+08:00&#39;,
    jump_info: { merchant_appid: &#39;example_merchant_appid&#39;, merchant_path: &#39;example_merchant_path&#39; },
  },
};

// 1. $instance-&gt;v3-&gt;marketing-&gt;shoppingReceipt-&gt;merchantshoppingreceiptjumpinfos-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.marketing.shoppingReceipt.merchantshoppingreceiptjumpinfos.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/marketing/shopping-receipt/merchantshoppingreceiptjumpinfos&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/marketing/shopping-receipt/merchantshoppingreceiptjumpinfos&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/marketing/shopping-receipt/merchantshoppingreceiptjumpinfos&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/marketing/shopping-receipt/merchantshoppingreceiptjumpinfos&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;marketing-&gt;shoppingReceipt-&gt;merchantshoppingreceiptjumpinfos-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.marketing.shoppingReceipt.merchantshoppingreceiptjumpinfos.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/marketing/shopping-receipt/merchantshoppingreceiptjumpinfos&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/marketing/shopping-receipt/merchantshoppingreceiptjumpinfos&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/marketing/shopping-receipt/merchantshoppingreceiptjumpinfos&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/marketing/shopping-receipt/merchantshoppingreceiptjumpinfos&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>merchant_jump_info</code></td><td>object</td><td>商家电子小票跳转信息</td><td></td></tr><tr><td>├ <code>transaction_id</code></td><td>string</td><td>微信支付订单号</td><td></td></tr><tr><td>├ <code>transaction_mchid</code></td><td>string</td><td>商户号</td><td></td></tr><tr><td>├ <code>transaction_sub_mchid</code></td><td>string</td><td>子商户号</td><td></td></tr><tr><td>├ <code>openid</code></td><td>string</td><td>下单用户OpenID</td><td></td></tr><tr><td>├ <code>merchant_upload_time</code></td><td>string</td><td>商户上传时间</td><td></td></tr><tr><td>├ <code>jump_info</code></td><td>object</td><td>跳转信息</td><td></td></tr><tr><td> ├ <code>merchant_appid</code></td><td>string</td><td>商户电子小票跳转信息小程序AppID</td><td></td></tr><tr><td> └ <code>merchant_path</code></td><td>string</td><td>商户电子小票跳转信息小程序路径</td><td></td></tr><tr><td>├ <code>create_time</code></td><td>string</td><td>创建时间</td><td></td></tr><tr><td>├ <code>modify_time</code></td><td>string</td><td>修改时间</td><td></td></tr><tr><td>└ <code>brand_id</code></td><td>integer</td><td>归属品牌ID</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/marketing/shopping-receipt/merchantshoppingreceiptjumpinfos.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const merchantshoppingreceiptjumpinfos = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  merchantshoppingreceiptjumpinfos as default
};
