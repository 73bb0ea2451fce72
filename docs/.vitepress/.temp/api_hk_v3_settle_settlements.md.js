import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"查询结算资金明细API · hk/v3/settle/settlements","description":"","frontmatter":{},"headers":[],"relativePath":"api/hk/v3/settle/settlements.md","filePath":"api/hk/v3/settle/settlements.md"}');
const _sfc_main = { name: "api/hk/v3/settle/settlements.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="查询结算资金明细api-·-hk-v3-settle-settlements" tabindex="-1">查询结算资金明细API · <code>hk/v3/settle/settlements</code> <a class="header-anchor" href="#查询结算资金明细api-·-hk-v3-settle-settlements" aria-label="Permalink to &quot;查询结算资金明细API · \`hk/v3/settle/settlements\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get" tabindex="-1">GET <a class="header-anchor" href="#get" aria-label="Permalink to &quot;GET&quot;">​</a></h2><p>商户在交易完结之后，可按结算日期查询已结算资金明细（sette_state为SETTLED），也可以查询未结算资金明细（sette_state为UNSETTLE）。</p><ul><li><code>GET https://api.mch.weixin.qq.com/hk/v3/settle/settlements</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 跨境</li><li>适用对象: 直连模式, 机构模式</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>query</code></td><td>object</td><td>yes</td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td></td><td>子商户号</td><td></td></tr><tr><td>├ <code>settle_state</code></td><td>string</td><td>yes</td><td>结算状态</td><td><code>SETTLED</code>, <code>UNSETTLE</code></td></tr><tr><td>├ <code>settle_start_date</code></td><td>string</td><td></td><td>结算开始日期</td><td></td></tr><tr><td>├ <code>settle_end_date</code></td><td>string</td><td></td><td>结算结束日期</td><td></td></tr><tr><td>├ <code>limit</code></td><td>integer</td><td>yes</td><td>最大记录条数</td><td></td></tr><tr><td>└ <code>offset</code></td><td>integer</td><td>yes</td><td>记录起始位置</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;hk/v3/settle/settlements&#39;][&#39;get&#39;][&#39;options&#39;] = {
  query: {
    sub_mchid: &#39;1900000101&#39;,
    settle_state: &#39;SETTLED&#39;,
    settle_start_date: &#39;20091225&#39;,
    settle_end_date: &#39;20091226&#39;,
    limit: 5,
    offset: 10,
  },
};

// 1. $instance-&gt;hk-&gt;v3-&gt;settle-&gt;settlements-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.hk.v3.settle.settlements.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;hk/v3/settle/settlements&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;hk/v3/settle/settlements&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;hk/v3/settle/settlements&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;hk/v3/settle/settlements&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;hk-&gt;v3-&gt;settle-&gt;settlements-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.hk.v3.settle.settlements.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;hk/v3/settle/settlements&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;hk/v3/settle/settlements&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;hk/v3/settle/settlements&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;hk/v3/settle/settlements&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>data</code></td><td>object[]</td><td>结算信息列表</td><td></td></tr><tr><td>├ <code>batch_id</code></td><td>string</td><td>付款批次号</td><td></td></tr><tr><td>├ <code>settlement_date</code></td><td>string</td><td>结算日期</td><td></td></tr><tr><td>├ <code>trade_start_date</code></td><td>string</td><td>交易开始日期</td><td></td></tr><tr><td>├ <code>trade_end_date</code></td><td>string</td><td>交易结束日期</td><td></td></tr><tr><td>├ <code>amount</code></td><td>object</td><td>金额</td><td></td></tr><tr><td> ├ <code>settled</code></td><td>integer</td><td>已结算金额</td><td></td></tr><tr><td> ├ <code>unsettle</code></td><td>integer</td><td>未结算金额</td><td></td></tr><tr><td> ├ <code>currency</code></td><td>string</td><td>结算币种</td><td></td></tr><tr><td> ├ <code>pay</code></td><td>integer</td><td>支付金额</td><td></td></tr><tr><td> ├ <code>refund</code></td><td>integer</td><td>退款金额</td><td></td></tr><tr><td> ├ <code>net</code></td><td>integer</td><td>支付净额</td><td></td></tr><tr><td> └ <code>fee</code></td><td>integer</td><td>手续费金额</td><td></td></tr><tr><td>└ <code>wallet_region</code></td><td>string</td><td>钱包主体</td><td><code>CHINA_MAINLAND</code>, <code>CHINA_HONGKONG</code></td></tr><tr><td><code>total_count</code></td><td>integer</td><td>总记录条数</td><td></td></tr><tr><td><code>offset</code></td><td>integer</td><td>记录起始位置</td><td></td></tr><tr><td><code>limit</code></td><td>integer</td><td>本次返回条数</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/QuickPay/chapter8_10.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/hk/v3/settle/settlements.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const settlements = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  settlements as default
};
