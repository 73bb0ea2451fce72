import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"查询分账结果API / 请求分账API · v3/brand/profitsharing/orders","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/brand/profitsharing/orders.md","filePath":"api/v3/brand/profitsharing/orders.md"}');
const _sfc_main = { name: "api/v3/brand/profitsharing/orders.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="查询分账结果api-请求分账api-·-v3-brand-profitsharing-orders" tabindex="-1">查询分账结果API / 请求分账API · <code>v3/brand/profitsharing/orders</code> <a class="header-anchor" href="#查询分账结果api-请求分账api-·-v3-brand-profitsharing-orders" aria-label="Permalink to &quot;查询分账结果API / 请求分账API · \`v3/brand/profitsharing/orders\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get-·-查询分账结果api" tabindex="-1">GET · 查询分账结果API <a class="header-anchor" href="#get-·-查询分账结果api" aria-label="Permalink to &quot;GET · 查询分账结果API&quot;">​</a></h2><p>发起分账请求后，可调用此接口查询分账结果。发起分账完结请求后，可调用此接口查询分账完结的结果。</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/brand/profitsharing/orders</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 经营工具∙连锁品牌∙分账</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>query</code></td><td>object</td><td>yes</td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td>yes</td><td>子商户号</td><td></td></tr><tr><td>├ <code>transaction_id</code></td><td>string</td><td>yes</td><td>微信订单号</td><td></td></tr><tr><td>└ <code>out_order_no</code></td><td>string</td><td>yes</td><td>商户分账单号</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/brand/profitsharing/orders&#39;][&#39;get&#39;][&#39;options&#39;] = {
  query: {
    sub_mchid: &#39;1900000109&#39;,
    transaction_id: &#39;4208450740201411110007820472&#39;,
    out_order_no: &#39;P20150806125346&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;brand-&gt;profitsharing-&gt;orders-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.brand.profitsharing.orders.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/brand/profitsharing/orders&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/brand/profitsharing/orders&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/brand/profitsharing/orders&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/brand/profitsharing/orders&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;brand-&gt;profitsharing-&gt;orders-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.brand.profitsharing.orders.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/brand/profitsharing/orders&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/brand/profitsharing/orders&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/brand/profitsharing/orders&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/brand/profitsharing/orders&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>sub_mchid</code></td><td>string</td><td>子商户号</td><td></td></tr><tr><td><code>transaction_id</code></td><td>string</td><td>微信订单号</td><td></td></tr><tr><td><code>out_order_no</code></td><td>string</td><td>商户分账单号</td><td></td></tr><tr><td><code>order_id</code></td><td>string</td><td>微信分账单号</td><td></td></tr><tr><td><code>status</code></td><td>string</td><td>分账单状态</td><td><code>PROCESSING</code>, <code>FINISHED</code></td></tr><tr><td><code>receivers</code></td><td>object[]</td><td>分账接收方列表</td><td></td></tr><tr><td>├ <code>type</code></td><td>string</td><td>分账接收方类型</td><td><code>MERCHANT_ID</code>, <code>PERSONAL_OPENID</code>, <code>PERSONAL_SUB_OPENID</code></td></tr><tr><td>├ <code>account</code></td><td>string</td><td>分账接收方账号</td><td></td></tr><tr><td>├ <code>amount</code></td><td>integer</td><td>分账金额</td><td></td></tr><tr><td>├ <code>description</code></td><td>string</td><td>分账描述</td><td></td></tr><tr><td>├ <code>result</code></td><td>string</td><td>分账结果</td><td><code>PENDING</code>, <code>SUCEESS</code>, <code>CLOSED</code></td></tr><tr><td>├ <code>finish_time</code></td><td>string(rfc3339)</td><td>完成时间</td><td></td></tr><tr><td>├ <code>fail_reason</code></td><td>string</td><td>分账失败原因</td><td><code>ACCOUNT_ABNORMAL</code>, <code>NO_RELATION</code>, <code>RECEIVER_HIGH_RISK</code>, <code>RECEIVER_REAL_NAME_NOT_VERIFIED</code>, <code>NO_AUTH</code>, <code>RECEIVER_RECEIPT_LIMIT</code>, <code>PAYER_ACCOUNT_ABNORMAL</code>, <code>INVALID_REQUEST</code></td></tr><tr><td>└ <code>detail_id</code></td><td>string</td><td>分账明细单号</td><td></td></tr><tr><td><code>finish_amount</code></td><td>integer</td><td>分账完结金额</td><td></td></tr><tr><td><code>finish_description</code></td><td>string</td><td>分账完结描述</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/brand/chapter3_2.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul><h2 id="post-·-请求分账api" tabindex="-1">POST · 请求分账API <a class="header-anchor" href="#post-·-请求分账api" aria-label="Permalink to &quot;POST · 请求分账API&quot;">​</a></h2><p>微信订单支付成功后，由服务商发起分账请求，将结算后的资金分给分账接收方。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/brand/profitsharing/orders</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 经营工具∙连锁品牌∙分账</li><li>适用对象: 服务商</li></ul><h3 id="request-1" tabindex="-1">Request <a class="header-anchor" href="#request-1" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>brand_mchid</code></td><td>string</td><td>yes</td><td>品牌主商户号</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td>yes</td><td>子商户号</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td>yes</td><td>公众账号ID</td><td></td></tr><tr><td>├ <code>sub_appid</code></td><td>string</td><td></td><td>子商户公众账号ID</td><td></td></tr><tr><td>├ <code>transaction_id</code></td><td>string</td><td>yes</td><td>微信订单号</td><td></td></tr><tr><td>├ <code>out_order_no</code></td><td>string</td><td>yes</td><td>商户分账单号</td><td></td></tr><tr><td>├ <code>receivers</code></td><td>object[]</td><td>yes</td><td>分账接收方列表</td><td></td></tr><tr><td> ├ <code>type</code></td><td>string</td><td>yes</td><td>分账接收方类型</td><td><code>MERCHANT_ID</code>, <code>PERSONAL_OPENID</code>, <code>PERSONAL_SUB_OPENID</code></td></tr><tr><td> ├ <code>account</code></td><td>string</td><td>yes</td><td>分账接收方账号</td><td></td></tr><tr><td> ├ <code>amount</code></td><td>integer</td><td>yes</td><td>分账金额</td><td></td></tr><tr><td> ├ <code>description</code></td><td>string</td><td>yes</td><td>分账描述</td><td></td></tr><tr><td> └ <code>name</code></td><td>string(base64)</td><td></td><td>分账个人接收方姓名</td><td></td></tr><tr><td>└ <code>finish</code></td><td>boolean</td><td>yes</td><td>是否分账完成</td><td></td></tr><tr><td><code>headers</code></td><td>object</td><td>yes</td><td>Request headers</td><td></td></tr><tr><td>└ <code>Wechatpay-Serial</code></td><td>unknown</td><td>yes</td><td>微信支付公钥ID/平台证书序列号</td><td></td></tr></tbody></table><p><code>Wechatpay-Serial</code> is set by the SDK: to the platform key it encrypted with when <code>json</code> is built with <code>encrypt</code>, and to the <code>PUB_KEY_ID_…</code> in public-key mode.</p><h3 id="call-styles-1" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles-1" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/brand/profitsharing/orders&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    brand_mchid: &#39;1900000108&#39;,
    sub_mchid: &#39;1900000109&#39;,
    appid: &#39;wx8888888888888888&#39;,
    sub_appid: &#39;wx8888888888888889&#39;,
    transaction_id: &#39;4208450740201411110007820472&#39;,
    out_order_no: &#39;P20150806125346&#39;,
    receivers: [
      {
        type: &#39;MERCHANT_ID&#39;,
        account: &#39;1900000109&#39;,
        amount: 190,
        description: &#39;1900000109分给商户1900000110&#39;,
        name: &#39;hu89ohu89ohu89o&#39;,
      },
    ],
    finish: false,
  },
};

// 1. $instance-&gt;v3-&gt;brand-&gt;profitsharing-&gt;orders-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.brand.profitsharing.orders.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/brand/profitsharing/orders&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/brand/profitsharing/orders&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/brand/profitsharing/orders&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/brand/profitsharing/orders&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;brand-&gt;profitsharing-&gt;orders-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.brand.profitsharing.orders.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/brand/profitsharing/orders&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/brand/profitsharing/orders&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/brand/profitsharing/orders&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/brand/profitsharing/orders&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer-1" tabindex="-1">Answer <a class="header-anchor" href="#answer-1" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>brand_mchid</code></td><td>string</td><td>品牌主商户号</td><td></td></tr><tr><td><code>sub_mchid</code></td><td>string</td><td>子商户号</td><td></td></tr><tr><td><code>transaction_id</code></td><td>string</td><td>微信订单号</td><td></td></tr><tr><td><code>out_order_no</code></td><td>string</td><td>商户分账单号</td><td></td></tr><tr><td><code>order_id</code></td><td>string</td><td>微信分账单号</td><td></td></tr><tr><td><code>receivers</code></td><td>object[]</td><td>分账接收方列表</td><td></td></tr><tr><td>├ <code>type</code></td><td>string</td><td>接收方类型</td><td><code>MERCHANT_ID</code>, <code>PERSONAL_OPENID</code>, <code>PERSONAL_SUB_OPENID</code></td></tr><tr><td>├ <code>account</code></td><td>string</td><td>接收方账号</td><td></td></tr><tr><td>├ <code>amount</code></td><td>number</td><td>分账金额</td><td></td></tr><tr><td>├ <code>description</code></td><td>string</td><td>分账描述</td><td></td></tr><tr><td>├ <code>result</code></td><td>string</td><td>分账结果</td><td><code>PENDING</code>, <code>SUCCESS</code>, <code>CLOSED</code></td></tr><tr><td>├ <code>finish_time</code></td><td>string(rfc3339)</td><td>分账完成时间</td><td></td></tr><tr><td>├ <code>fail_reason</code></td><td>string</td><td>分账失败原因</td><td><code>ACCOUNT_ABNORMAL</code>, <code>NO_RELATION</code>, <code>RECEIVER_HIGH_RISK</code>, <code>RECEIVER_REAL_NAME_NOT_VERIFIED</code>, <code>NO_AUTH</code>, <code>RECEIVER_RECEIPT_LIMIT</code>, <code>PAYER_ACCOUNT_ABNORMAL</code>, <code>INVALID_REQUEST</code></td></tr><tr><td>└ <code>detail_id</code></td><td>string</td><td>分账明细单号</td><td></td></tr><tr><td><code>status</code></td><td>string</td><td>分账单状态</td><td><code>PROCESSING</code>, <code>FINISHED</code></td></tr></tbody></table><h3 id="official-documentation-1" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation-1" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/brand/chapter3_1.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/brand/profitsharing/orders.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const orders = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  orders as default
};
