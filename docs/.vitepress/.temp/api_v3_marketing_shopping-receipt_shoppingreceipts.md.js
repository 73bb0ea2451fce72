import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"上传电子小票 · v3/marketing/shopping-receipt/shoppingreceipts","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/marketing/shopping-receipt/shoppingreceipts.md","filePath":"api/v3/marketing/shopping-receipt/shoppingreceipts.md"}');
const _sfc_main = { name: "api/v3/marketing/shopping-receipt/shoppingreceipts.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="上传电子小票-·-v3-marketing-shopping-receipt-shoppingreceipts" tabindex="-1">上传电子小票 · <code>v3/marketing/shopping-receipt/shoppingreceipts</code> <a class="header-anchor" href="#上传电子小票-·-v3-marketing-shopping-receipt-shoppingreceipts" aria-label="Permalink to &quot;上传电子小票 · \`v3/marketing/shopping-receipt/shoppingreceipts\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>商户将支付成功回传的参数填入指定字段，可以给指定微信支付订单上传电子小票。 上传成功后，用户可以在账单详情页看到商户上传的电子小票。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/marketing/shopping-receipt/shoppingreceipts</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 经营工具∙电子小票</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>body</code></td><td>multipart/form-data</td><td>yes</td><td>The form, sent as is</td><td></td></tr><tr><td>├ <code>meta</code></td><td>string(JSON: object)</td><td>yes</td><td>电子小票上传信息<code>JSON</code>格式字符串</td><td></td></tr><tr><td> ├ <code>transaction_id</code></td><td>string</td><td>yes</td><td>微信支付订单的交易单号，上传的电子小票会关联到该订单</td><td></td></tr><tr><td> ├ <code>transaction_mchid</code></td><td>string</td><td></td><td>微信支付订单的下单商户号</td><td></td></tr><tr><td> ├ <code>transaction_sub_mchid</code></td><td>string</td><td></td><td>微信支付订单的下单子商户号</td><td></td></tr><tr><td> ├ <code>out_trade_no</code></td><td>string</td><td></td><td>微信支付订单的商户订单号</td><td></td></tr><tr><td> ├ <code>openid</code></td><td>string</td><td>yes</td><td>微信支付订单中OpenID</td><td></td></tr><tr><td> ├ <code>sha256</code></td><td>string</td><td>yes</td><td>图片文件的文件摘要，即对图片文件的二进制内容进行sha256计算得到的值</td><td></td></tr><tr><td> ├ <code>merchant_contact_information</code></td><td>object</td><td></td><td>用户与商家的联系渠道</td><td></td></tr><tr><td>  └ <code>consultation_phone_number</code></td><td>string(base64)</td><td></td><td>品牌售后部门的咨询电话。</td><td></td></tr><tr><td> └ <code>upload_time</code></td><td>string</td><td></td><td>上传时间，用于标识请求的先后顺序</td><td></td></tr><tr><td>└ <code>file</code></td><td>file</td><td>yes</td><td>图片文件，电子小票图片只支持PNG、JPG格式，文件大小不能超过200KB。</td><td></td></tr><tr><td><code>headers</code></td><td>object</td><td>yes</td><td>Request headers</td><td></td></tr><tr><td>└ <code>Wechatpay-Serial</code></td><td>unknown</td><td>yes</td><td>微信支付公钥ID/平台证书序列号</td><td></td></tr></tbody></table><p>A <code>string(JSON: …)</code> field is JSON text (<code>JSON.stringify</code> it); in <code>xml</code>, an array-valued one may also be given as the array, which the SDK encodes.</p><p><code>Wechatpay-Serial</code> is set by the SDK: to the platform key it encrypted with when <code>json</code> is built with <code>encrypt</code>, and to the <code>PUB_KEY_ID_…</code> in public-key mode.</p><p>This form is not the one <code>MediaUtil</code> builds (<code>meta</code> + <code>file</code>): build the <code>multipart/form-data</code> body with the fields above and pass it as <code>body</code>, with its <code>Content-Type</code>.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const multipart = Buffer.from(&#39;…&#39;); // the multipart/form-data body, built from the fields above
const options: Endpoints[&#39;v3/marketing/shopping-receipt/shoppingreceipts&#39;][&#39;post&#39;][&#39;options&#39;] = {
  body: multipart,
  headers: { &#39;Content-Type&#39;: &#39;multipart/form-data; boundary=…&#39; },
};

// 1. $instance-&gt;v3-&gt;marketing-&gt;shoppingReceipt-&gt;shoppingreceipts-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.marketing.shoppingReceipt.shoppingreceipts.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/marketing/shopping-receipt/shoppingreceipts&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/marketing/shopping-receipt/shoppingreceipts&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/marketing/shopping-receipt/shoppingreceipts&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/marketing/shopping-receipt/shoppingreceipts&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;marketing-&gt;shoppingReceipt-&gt;shoppingreceipts-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.marketing.shoppingReceipt.shoppingreceipts.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/marketing/shopping-receipt/shoppingreceipts&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/marketing/shopping-receipt/shoppingreceipts&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/marketing/shopping-receipt/shoppingreceipts&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/marketing/shopping-receipt/shoppingreceipts&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>receipt</code></td><td>object</td><td>电子小票上传信息</td><td></td></tr><tr><td>├ <code>receipt_id</code></td><td>string</td><td>电子小票ID</td><td></td></tr><tr><td>├ <code>state</code></td><td>string</td><td>电子小票图片审核状态</td><td><code>WAIT_REVIEW</code>, <code>NOT_PASS_REVIEW</code>, <code>PASS_REVIEW</code></td></tr><tr><td>├ <code>transaction_id</code></td><td>string</td><td>微信支付订单的交易单号，上传的电子小票会关联到该订单</td><td></td></tr><tr><td>├ <code>transaction_mchid</code></td><td>string</td><td>微信支付订单的商户号</td><td></td></tr><tr><td>├ <code>transaction_sub_mchid</code></td><td>string</td><td>微信支付订单的子商户号</td><td></td></tr><tr><td>├ <code>openid</code></td><td>string</td><td>微信支付订单中OpenID</td><td></td></tr><tr><td>├ <code>brand_id</code></td><td>integer</td><td>电子小票归属品牌的ID</td><td></td></tr><tr><td>├ <code>sha256</code></td><td>string</td><td>图片文件的文件摘要，即对图片文件的二进制内容进行sha256计算得到的值</td><td></td></tr><tr><td>├ <code>image_type</code></td><td>string</td><td>标识电子小票图片类型</td><td></td></tr><tr><td>├ <code>create_time</code></td><td>string(rfc3339)</td><td>电子小票创建的时间</td><td></td></tr><tr><td>├ <code>modify_time</code></td><td>string(rfc3339)</td><td>电子小票最后一次修改时间</td><td></td></tr><tr><td>├ <code>merchant_contact_information</code></td><td>object</td><td>用户与商家的联系渠道</td><td></td></tr><tr><td> └ <code>consultation_phone_number</code></td><td>string(base64)</td><td>品牌售后部门的咨询电话。</td><td></td></tr><tr><td>└ <code>upload_time</code></td><td>string(rfc3339)</td><td>上传时间，用于标识请求的先后顺序，该笔小票上传时填写则返回，没有不返回</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/marketing/shopping-receipt/shoppingreceipts.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const shoppingreceipts = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  shoppingreceipts as default
};
