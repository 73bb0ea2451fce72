import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"查询订单 · v2/transit/partnerpay/queryorder","description":"","frontmatter":{},"headers":[],"relativePath":"api/v2/transit/partnerpay/queryorder.md","filePath":"api/v2/transit/partnerpay/queryorder.md"}');
const _sfc_main = { name: "api/v2/transit/partnerpay/queryorder.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="查询订单-·-v2-transit-partnerpay-queryorder" tabindex="-1">查询订单 · <code>v2/transit/partnerpay/queryorder</code> <a class="header-anchor" href="#查询订单-·-v2-transit-partnerpay-queryorder" aria-label="Permalink to &quot;查询订单 · \`v2/transit/partnerpay/queryorder\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>该接口仅提供微信代扣订单的查询，商户可以通过该接口主动查询微信代扣订单状态，完成下一步的业务逻辑。</p><ul><li><code>POST https://api.mch.weixin.qq.com/transit/partnerpay/queryorder</code></li><li>APIv2: XML, signed with the APIv2 key (<code>secret</code>)</li><li>Merchant API client certificate: not required</li><li>Product: APIv2∙车主平台, APIv2∙乘车码代扣</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>xml</code></td><td>object</td><td>yes</td><td>The APIv2 payload</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td>yes</td><td>请求appid</td><td></td></tr><tr><td>├ <code>sub_appid</code></td><td>string</td><td></td><td>子商户公众账号id</td><td></td></tr><tr><td>├ <code>mch_id</code></td><td>string</td><td>yes</td><td>商户号</td><td></td></tr><tr><td>├ <code>sub_mch_id</code></td><td>string</td><td>yes</td><td>子商户号</td><td></td></tr><tr><td>├ <code>transaction_id</code></td><td>string</td><td></td><td>微信订单号</td><td></td></tr><tr><td>├ <code>out_trade_no</code></td><td>string</td><td></td><td>商户订单号</td><td></td></tr><tr><td>└ <code>sign_type</code></td><td>string</td><td>yes</td><td>签名类型</td><td><code>HMAC-SHA256</code></td></tr></tbody></table><p><code>nonce_str</code> and <code>sign</code> are added by the SDK (<code>sign_type</code> in <code>xml</code> picks <code>MD5</code>, the default, or <code>HMAC-SHA256</code>); pass <code>nonceless: true</code> to leave out <code>nonce_str</code>. A <code>mch_id</code> (or <code>mchid</code>) must be the client&#39;s <code>mchid</code>: the SDK refuses to sign for another merchant.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, Transformer, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({ mchid: &#39;10000098&#39;, secret: process.env.WECHATPAY_APIV2_KEY! });

const options: Endpoints[&#39;v2/transit/partnerpay/queryorder&#39;][&#39;post&#39;][&#39;options&#39;] = {
  xml: {
    appid: &#39;wxcbda96de0b165486&#39;,
    sub_appid: &#39;wxcbda96de0b165489&#39;,
    mch_id: &#39;10000098&#39;,
    sub_mch_id: &#39;1900000109&#39;,
    transaction_id: &#39;1009660380201506130728806387&#39;,
    sign_type: &#39;HMAC-SHA256&#39;,
  },
};

// 1. $instance-&gt;v2-&gt;transit-&gt;partnerpay-&gt;queryorder-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v2.transit.partnerpay.queryorder.postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 2. $instance-&gt;chain(&#39;v2/transit/partnerpay/queryorder&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v2/transit/partnerpay/queryorder&#39;).postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 3. $instance[&#39;v2/transit/partnerpay/queryorder&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v2/transit/partnerpay/queryorder&#39;].postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 4. $response = $instance-&gt;v2-&gt;transit-&gt;partnerpay-&gt;queryorder-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byProperty = await wx.v2.transit.partnerpay.queryorder.post(options);
console.log(Transformer.toArray(byProperty.body));

// 5. $response = $instance-&gt;chain(&#39;v2/transit/partnerpay/queryorder&#39;)-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byChain = await wx.chain(&#39;v2/transit/partnerpay/queryorder&#39;).post(options);
console.log(Transformer.toArray(byChain.body));

// 6. $response = $instance[&#39;v2/transit/partnerpay/queryorder&#39;]-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byPath = await wx[&#39;v2/transit/partnerpay/queryorder&#39;].post(options);
console.log(Transformer.toArray(byPath.body));
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>return_code</code></td><td>string</td><td>返回状态码</td><td><code>SUCCESS</code>, <code>FAIL</code></td></tr><tr><td><code>return_msg</code></td><td>string</td><td>返回信息</td><td></td></tr><tr><td><code>appid</code></td><td>string</td><td>请求appid</td><td></td></tr><tr><td><code>sub_appid</code></td><td>string</td><td>子商户公众账号id</td><td></td></tr><tr><td><code>mch_id</code></td><td>string</td><td>商户号</td><td></td></tr><tr><td><code>sub_mch_id</code></td><td>string</td><td>子商户号</td><td></td></tr><tr><td><code>nonce_str</code></td><td>string</td><td>随机字符串</td><td></td></tr><tr><td><code>sign</code></td><td>string</td><td>签名</td><td></td></tr><tr><td><code>result_code</code></td><td>string</td><td>业务结果</td><td><code>SUCCESS</code>, <code>FAIL</code></td></tr><tr><td><code>err_code</code></td><td>string</td><td>错误代码</td><td></td></tr><tr><td><code>err_code_des</code></td><td>string</td><td>错误代码描述</td><td></td></tr><tr><td><code>device_info</code></td><td>string</td><td>设备号</td><td></td></tr><tr><td><code>openid</code></td><td>string</td><td>用户标识</td><td></td></tr><tr><td><code>sub_openid</code></td><td>string</td><td>用户子标识</td><td></td></tr><tr><td><code>is_subscribe</code></td><td>string</td><td>是否关注公众账号</td><td><code>Y</code>, <code>N</code></td></tr><tr><td><code>trade_type</code></td><td>string</td><td>交易类型</td><td><code>PAP</code></td></tr><tr><td><code>trade_state</code></td><td>string</td><td>交易状态</td><td><code>SUCCESS</code>, <code>REFUND</code>, <code>NOTPAY</code>, <code>CLOSED</code>, <code>REVOKED</code>, <code>USERPAYING</code>, <code>PAYERROR</code>, <code>ACCEPT</code></td></tr><tr><td><code>bank_type</code></td><td>string</td><td>付款银行</td><td></td></tr><tr><td><code>total_fee</code></td><td>integer</td><td>总金额</td><td></td></tr><tr><td><code>fee_type</code></td><td>string</td><td>货币种类</td><td></td></tr><tr><td><code>cash_fee</code></td><td>integer</td><td>现金支付金额</td><td></td></tr><tr><td><code>cash_fee_type</code></td><td>string</td><td>现金支付货币类型</td><td></td></tr><tr><td><code>settlement_total_fee</code></td><td>integer</td><td>应结订单金额</td><td></td></tr><tr><td><code>coupon_fee</code></td><td>integer</td><td>代金券或立减优惠金额</td><td></td></tr><tr><td><code>coupon_count</code></td><td>integer</td><td>代金券或立减优惠使用数量</td><td></td></tr><tr><td><code>coupon_type_$n</code></td><td>string</td><td>代金券类型</td><td></td></tr><tr><td><code>coupon_id_$n</code></td><td>string</td><td>代金券或立减优惠ID</td><td></td></tr><tr><td><code>coupon_fee_$n</code></td><td>integer</td><td>单个代金券或立减优惠支付金额</td><td></td></tr><tr><td><code>transaction_id</code></td><td>string</td><td>微信支付订单号</td><td></td></tr><tr><td><code>out_trade_no</code></td><td>string</td><td>商户订单号</td><td></td></tr><tr><td><code>attach</code></td><td>string</td><td>附加数据</td><td></td></tr><tr><td><code>time_end</code></td><td>string</td><td>支付完成时间</td><td></td></tr><tr><td><code>trade_state_desc</code></td><td>string</td><td>交易状态描述</td><td></td></tr></tbody></table><p>A signed answer&#39;s <code>sign</code> is checked before you see it. A <code>return_code</code> or <code>result_code</code> other than <code>SUCCESS</code> rejects with a <code>BusinessError</code>.</p><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/api/vehicle_v2_sl.php?chapter=20_96&amp;index=7&amp;p=202" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v2/transit/partnerpay/queryorder.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const queryorder = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  queryorder as default
};
