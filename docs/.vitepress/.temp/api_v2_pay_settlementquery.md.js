import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"查询结算资金 · v2/pay/settlementquery","description":"","frontmatter":{},"headers":[],"relativePath":"api/v2/pay/settlementquery.md","filePath":"api/v2/pay/settlementquery.md"}');
const _sfc_main = { name: "api/v2/pay/settlementquery.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="查询结算资金-·-v2-pay-settlementquery" tabindex="-1">查询结算资金 · <code>v2/pay/settlementquery</code> <a class="header-anchor" href="#查询结算资金-·-v2-pay-settlementquery" aria-label="Permalink to &quot;查询结算资金 · \`v2/pay/settlementquery\`&quot;">​</a></h1><p><a href="./../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>通过此接口可以查询结算资金的明细。</p><ul><li><code>POST https://api.mch.weixin.qq.com/pay/settlementquery</code></li><li>APIv2: XML, signed with the APIv2 key (<code>secret</code>)</li><li>Merchant API client certificate: not required</li><li>Product: 跨境</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>xml</code></td><td>object</td><td>yes</td><td>The APIv2 payload</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td>yes</td><td>公众账号ID</td><td></td></tr><tr><td>├ <code>mchid</code></td><td>string</td><td>yes</td><td>商户号</td><td></td></tr><tr><td>├ <code>sub_mch_id</code></td><td>string</td><td></td><td>子商户号</td><td></td></tr><tr><td>├ <code>usetag</code></td><td>integer</td><td>yes</td><td>结算状态</td><td><code>1</code>, <code>2</code></td></tr><tr><td>├ <code>offset</code></td><td>integer</td><td>yes</td><td>偏移量</td><td></td></tr><tr><td>├ <code>limit</code></td><td>integer</td><td>yes</td><td>最大记录条数</td><td></td></tr><tr><td>├ <code>date_start</code></td><td>string</td><td>yes</td><td>开始日期</td><td></td></tr><tr><td>├ <code>date_end</code></td><td>string</td><td>yes</td><td>结束日期</td><td></td></tr><tr><td>└ <code>query_split</code></td><td>boolean</td><td></td><td>是否查询分账结算信息</td><td></td></tr></tbody></table><p><code>nonce_str</code> and <code>sign</code> are added by the SDK (<code>sign_type</code> in <code>xml</code> picks <code>MD5</code>, the default, or <code>HMAC-SHA256</code>); pass <code>nonceless: true</code> to leave out <code>nonce_str</code>. A <code>mch_id</code> (or <code>mchid</code>) must be the client&#39;s <code>mchid</code>: the SDK refuses to sign for another merchant.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, Transformer, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({ mchid: &#39;1900000109&#39;, secret: process.env.WECHATPAY_APIV2_KEY! });

const options: Endpoints[&#39;v2/pay/settlementquery&#39;][&#39;post&#39;][&#39;options&#39;] = {
  xml: {
    appid: &#39;wxd678efh567hg6787&#39;,
    mchid: &#39;1900000109&#39;,
    sub_mch_id: &#39;1230000109&#39;,
    usetag: 1,
    offset: 0,
    limit: 10,
    date_start: &#39;20150807&#39;,
    date_end: &#39;20150807&#39;,
    query_split: true,
  },
};

// 1. $instance-&gt;v2-&gt;pay-&gt;settlementquery-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v2.pay.settlementquery.postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 2. $instance-&gt;chain(&#39;v2/pay/settlementquery&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v2/pay/settlementquery&#39;).postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 3. $instance[&#39;v2/pay/settlementquery&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v2/pay/settlementquery&#39;].postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 4. $response = $instance-&gt;v2-&gt;pay-&gt;settlementquery-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byProperty = await wx.v2.pay.settlementquery.post(options);
console.log(Transformer.toArray(byProperty.body));

// 5. $response = $instance-&gt;chain(&#39;v2/pay/settlementquery&#39;)-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byChain = await wx.chain(&#39;v2/pay/settlementquery&#39;).post(options);
console.log(Transformer.toArray(byChain.body));

// 6. $response = $instance[&#39;v2/pay/settlementquery&#39;]-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byPath = await wx[&#39;v2/pay/settlementquery&#39;].post(options);
console.log(Transformer.toArray(byPath.body));
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>return_code</code></td><td>string</td><td>返回状态码</td><td><code>SUCCESS</code>, <code>FAIL</code></td></tr><tr><td><code>return_msg</code></td><td>string</td><td>返回信息</td><td></td></tr><tr><td><code>appid</code></td><td>string</td><td>公众账号ID</td><td></td></tr><tr><td><code>mch_id</code></td><td>string</td><td>商户号</td><td></td></tr><tr><td><code>nonce_str</code></td><td>string</td><td>随机字符串</td><td></td></tr><tr><td><code>result_code</code></td><td>string</td><td>业务结果</td><td><code>SUCCESS</code>, <code>FAIL</code></td></tr><tr><td><code>err_code</code></td><td>string</td><td>错误代码</td><td></td></tr><tr><td><code>err_code_des</code></td><td>string</td><td>错误代码描述</td><td></td></tr><tr><td><code>sign</code></td><td>string</td><td>签名</td><td></td></tr><tr><td><code>record_num</code></td><td>string</td><td>返回数据行数</td><td></td></tr><tr><td><code>fbatchno</code></td><td>string</td><td>付汇批次号</td><td></td></tr><tr><td><code>date_settlement</code></td><td>string</td><td>结算日期</td><td></td></tr><tr><td><code>date_start</code></td><td>string</td><td>交易开始日期</td><td></td></tr><tr><td><code>date_end</code></td><td>string</td><td>交易结束日期</td><td></td></tr><tr><td><code>settlement_fee</code></td><td>integer</td><td>划账金额</td><td></td></tr><tr><td><code>unsettlement_fee</code></td><td>integer</td><td>未划账金额</td><td></td></tr><tr><td><code>settlementfee_type</code></td><td>string</td><td>结算币种</td><td></td></tr><tr><td><code>pay_fee</code></td><td>integer</td><td>支付金额</td><td></td></tr><tr><td><code>refund_fee</code></td><td>integer</td><td>退款金额</td><td></td></tr><tr><td><code>pay_net_fee</code></td><td>integer</td><td>支付净额</td><td></td></tr><tr><td><code>poundage_fee</code></td><td>integer</td><td>手续费金额</td><td></td></tr><tr><td><code>split_settlement_fee</code></td><td>integer</td><td>分账划账金额</td><td></td></tr><tr><td><code>split_unsettlement_fee</code></td><td>integer</td><td>分账未划账金额</td><td></td></tr></tbody></table><p>A signed answer&#39;s <code>sign</code> is checked before you see it. A <code>return_code</code> or <code>result_code</code> other than <code>SUCCESS</code> rejects with a <code>BusinessError</code>.</p><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/pay/In-AppPay/chapter8_9.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v2/pay/settlementquery.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const settlementquery = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  settlementquery as default
};
