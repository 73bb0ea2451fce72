import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"创建保险订单 · v3/hire-power-bank/insurance-orders","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/hire-power-bank/insurance-orders.md","filePath":"api/v3/hire-power-bank/insurance-orders.md"}');
const _sfc_main = { name: "api/v3/hire-power-bank/insurance-orders.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="创建保险订单-·-v3-hire-power-bank-insurance-orders" tabindex="-1">创建保险订单 · <code>v3/hire-power-bank/insurance-orders</code> <a class="header-anchor" href="#创建保险订单-·-v3-hire-power-bank-insurance-orders" aria-label="Permalink to &quot;创建保险订单 · \`v3/hire-power-bank/insurance-orders\`&quot;">​</a></h1><p><a href="./../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>商户可通过该接口创建保险订单。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/hire-power-bank/insurance-orders</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 租用充电宝∙隔夜归还</li><li>适用对象: 普通商户</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>out_order_no</code></td><td>string</td><td></td><td>商户创建保险订单时的凭据号</td><td></td></tr><tr><td>├ <code>openid</code></td><td>string</td><td></td><td>微信用户在商户对应appid下的唯一标识</td><td></td></tr><tr><td>├ <code>notify_url</code></td><td>string</td><td></td><td>用于接收保险订单状态变化通知</td><td></td></tr><tr><td>└ <code>service_id</code></td><td>string</td><td></td><td>商户在支付分服务下对应的服务ID</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/hire-power-bank/insurance-orders&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    out_order_no: &#39;6e8369071cd942c0476613f9d1ce9ca3&#39;,
    openid: &#39;2323dfsdf342342&#39;,
    notify_url: &#39;https://api.test.com&#39;,
    service_id: &#39;实例值&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;hirePowerBank-&gt;insuranceOrders-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.hirePowerBank.insuranceOrders.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/hire-power-bank/insurance-orders&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/hire-power-bank/insurance-orders&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/hire-power-bank/insurance-orders&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/hire-power-bank/insurance-orders&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;hirePowerBank-&gt;insuranceOrders-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.hirePowerBank.insuranceOrders.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/hire-power-bank/insurance-orders&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/hire-power-bank/insurance-orders&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/hire-power-bank/insurance-orders&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/hire-power-bank/insurance-orders&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>order_id</code></td><td>string</td><td>租借充电宝隔夜归还保险订单号，唯一标识一笔保险订单</td><td></td></tr><tr><td><code>out_order_no</code></td><td>string</td><td>商户创建保险订单时的凭据号</td><td></td></tr><tr><td><code>openid</code></td><td>string</td><td>微信用户在商户对应appid下的唯一标识</td><td></td></tr><tr><td><code>max_claim_count</code></td><td>integer</td><td>一笔保险订单对应的最大理赔次数</td><td></td></tr><tr><td><code>claimed_count</code></td><td>integer</td><td>一笔保险订单对应的已理赔次数</td><td></td></tr><tr><td><code>order_receive_time</code></td><td>string</td><td>保险订单领取时间，遵循rfc3339标准格式</td><td></td></tr><tr><td><code>order_begin_time</code></td><td>string</td><td>保险订单开始时间，遵循rfc3339标准格式</td><td></td></tr><tr><td><code>order_end_time</code></td><td>string</td><td>保险订单结束时间，遵循rfc3339标准格式</td><td></td></tr><tr><td><code>order_receive_state</code></td><td>string</td><td>保险订单领取状态</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/docs/merchant/apis/hire-power-bank-insurance/insurance-orders/create-insurance-order.html" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/hire-power-bank/insurance-orders.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const insuranceOrders = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  insuranceOrders as default
};
