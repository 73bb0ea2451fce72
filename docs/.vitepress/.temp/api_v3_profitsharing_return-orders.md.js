import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"请求分账回退 · v3/profitsharing/return-orders","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/profitsharing/return-orders.md","filePath":"api/v3/profitsharing/return-orders.md"}');
const _sfc_main = { name: "api/v3/profitsharing/return-orders.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="请求分账回退-·-v3-profitsharing-return-orders" tabindex="-1">请求分账回退 · <code>v3/profitsharing/return-orders</code> <a class="header-anchor" href="#请求分账回退-·-v3-profitsharing-return-orders" aria-label="Permalink to &quot;请求分账回退 · \`v3/profitsharing/return-orders\`&quot;">​</a></h1><p><a href="./../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>如果订单已经分账，在退款时，可以先调此接口，将已分账的资金从分账接收方的账户回退给分账方，再发起退款</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/profitsharing/return-orders</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 资金应用∙分账</li><li>适用对象: 直连商户, 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td></td><td>子商户号</td><td></td></tr><tr><td>├ <code>order_id</code></td><td>string</td><td></td><td>微信分账单号</td><td></td></tr><tr><td>├ <code>out_order_no</code></td><td>string</td><td></td><td>商户分账单号</td><td></td></tr><tr><td>├ <code>out_return_no</code></td><td>string</td><td>yes</td><td>商户回退单号</td><td></td></tr><tr><td>├ <code>return_mchid</code></td><td>string</td><td>yes</td><td>回退商户号</td><td></td></tr><tr><td>├ <code>amount</code></td><td>integer</td><td>yes</td><td>回退金额</td><td></td></tr><tr><td>└ <code>description</code></td><td>string</td><td>yes</td><td>回退描述</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/profitsharing/return-orders&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    sub_mchid: &#39;1900000109&#39;,
    order_id: &#39;3008450740201411110007820472&#39;,
    out_return_no: &#39;R20190516001&#39;,
    return_mchid: &#39;86693852&#39;,
    amount: 10,
    description: &#39;用户退款&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;profitsharing-&gt;returnOrders-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.profitsharing.returnOrders.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/profitsharing/return-orders&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/profitsharing/return-orders&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/profitsharing/return-orders&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/profitsharing/return-orders&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;profitsharing-&gt;returnOrders-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.profitsharing.returnOrders.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/profitsharing/return-orders&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/profitsharing/return-orders&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/profitsharing/return-orders&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/profitsharing/return-orders&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>sub_mchid</code></td><td>string</td><td>子商户号</td><td></td></tr><tr><td><code>order_id</code></td><td>string</td><td>微信分账单号</td><td></td></tr><tr><td><code>out_order_no</code></td><td>string</td><td>商户分账单号</td><td></td></tr><tr><td><code>out_return_no</code></td><td>string</td><td>商户回退单号</td><td></td></tr><tr><td><code>return_id</code></td><td>string</td><td>微信回退单号</td><td></td></tr><tr><td><code>return_mchid</code></td><td>string</td><td>回退商户号</td><td></td></tr><tr><td><code>amount</code></td><td>integer</td><td>回退金额</td><td></td></tr><tr><td><code>description</code></td><td>string</td><td>回退描述</td><td></td></tr><tr><td><code>result</code></td><td>string</td><td>回退结果</td><td><code>PROCESSING</code>, <code>SUCCESS</code>, <code>FAILED</code></td></tr><tr><td><code>fail_reason</code></td><td>string</td><td>失败原因</td><td><code>ACCOUNT_ABNORMAL</code>, <code>BALANCE_NOT_ENOUGH</code>, <code>TIME_OUT_CLOSED</code>, <code>PAYER_ACCOUNT_ABNORMAL</code>, <code>INVALID_REQUEST</code></td></tr><tr><td><code>create_time</code></td><td>string(rfc3339)</td><td>创建时间</td><td></td></tr><tr><td><code>finish_time</code></td><td>string(rfc3339)</td><td>完成时间</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/profitsharing/return-orders.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const returnOrders = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  returnOrders as default
};
