import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"查询批次详情API · v3/marketing/favor/stocks/{stock_id}","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/marketing/favor/stocks/_stock_id_.md","filePath":"api/v3/marketing/favor/stocks/_stock_id_.md"}');
const _sfc_main = { name: "api/v3/marketing/favor/stocks/_stock_id_.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="查询批次详情api-·-v3-marketing-favor-stocks-stock-id" tabindex="-1">查询批次详情API · <code>v3/marketing/favor/stocks/{stock_id}</code> <a class="header-anchor" href="#查询批次详情api-·-v3-marketing-favor-stocks-stock-id" aria-label="Permalink to &quot;查询批次详情API · \`v3/marketing/favor/stocks/{stock_id}\`&quot;">​</a></h1><p><a href="./../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get" tabindex="-1">GET <a class="header-anchor" href="#get" aria-label="Permalink to &quot;GET&quot;">​</a></h2><p>通过此接口可查询批次信息，包括批次的配置信息以及批次概况数据。</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/marketing/favor/stocks/{stock_id}</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 运营工具∙代金券</li><li>适用对象: 直连商户, 服务商, 渠道商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>stock_id</code></td><td>string</td><td>yes</td><td>批次号</td><td></td></tr><tr><td><code>query</code></td><td>object</td><td>yes</td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>└ <code>stock_creator_mchid</code></td><td>string</td><td>yes</td><td>创建批次的商户号</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/marketing/favor/stocks/{stock_id}&#39;][&#39;get&#39;][&#39;options&#39;] = {
  stock_id: &#39;&lt;stock_id&gt;&#39;,
  query: { stock_creator_mchid: &#39;&lt;stock_creator_mchid&gt;&#39; },
};

// 1. $instance-&gt;v3-&gt;marketing-&gt;favor-&gt;stocks-&gt;_stock_id_-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.marketing.favor.stocks._stock_id_.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/marketing/favor/stocks/{stock_id}&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/marketing/favor/stocks/{stock_id}&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/marketing/favor/stocks/{stock_id}&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/marketing/favor/stocks/{stock_id}&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;marketing-&gt;favor-&gt;stocks-&gt;_stock_id_-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.marketing.favor.stocks._stock_id_.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/marketing/favor/stocks/{stock_id}&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/marketing/favor/stocks/{stock_id}&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/marketing/favor/stocks/{stock_id}&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/marketing/favor/stocks/{stock_id}&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>stock_name</code></td><td>string</td><td>批次名称</td><td></td></tr><tr><td><code>available_begin_time</code></td><td>string(rfc3339)</td><td>开始时间</td><td></td></tr><tr><td><code>available_end_time</code></td><td>string(rfc3339)</td><td>结束时间</td><td></td></tr><tr><td><code>stock_use_rule</code></td><td>object</td><td>发放规则</td><td></td></tr><tr><td>├ <code>max_coupons</code></td><td>integer</td><td>发放总上限</td><td></td></tr><tr><td>├ <code>max_amount</code></td><td>integer</td><td>总预算</td><td></td></tr><tr><td>├ <code>max_amount_by_day</code></td><td>integer</td><td>单天发放上限金额</td><td></td></tr><tr><td>├ <code>max_coupons_per_user</code></td><td>integer</td><td>单个用户可领个数</td><td></td></tr><tr><td>├ <code>natural_person_limit</code></td><td>boolean</td><td>是否开启自然人限制</td><td></td></tr><tr><td>└ <code>prevent_api_abuse</code></td><td>boolean</td><td>api发券防刷</td><td></td></tr><tr><td><code>no_cash</code></td><td>boolean</td><td>是否无资金流</td><td></td></tr><tr><td><code>stock_type</code></td><td>string</td><td>批次类型</td><td><code>NORMAL</code>, <code>DISCOUNT</code>, <code>EXCHAHGE</code>, <code>RANDOM</code>, <code>DISCOUNT_CUT</code></td></tr><tr><td><code>stock_id</code></td><td>string</td><td>批次号</td><td></td></tr><tr><td><code>stock_creator_mchid</code></td><td>string</td><td>创建批次的商户号</td><td></td></tr><tr><td><code>status</code></td><td>string</td><td>批次状态</td><td><code>unactivated</code>, <code>audit</code>, <code>running</code>, <code>stoped</code>, <code>paused</code></td></tr><tr><td><code>description</code></td><td>string</td><td>使用说明</td><td></td></tr><tr><td><code>create_time</code></td><td>string(rfc3339)</td><td>创建时间</td><td></td></tr><tr><td><code>start_time</code></td><td>string(rfc3339)</td><td>激活批次的时间</td><td></td></tr><tr><td><code>stop_time</code></td><td>string(rfc3339)</td><td>终止批次的时间</td><td></td></tr><tr><td><code>singleitem</code></td><td>boolean</td><td>是否单品优惠</td><td></td></tr><tr><td><code>cut_to_message</code></td><td>object</td><td>减至批次特定信息</td><td></td></tr><tr><td>├ <code>single_price_max</code></td><td>integer</td><td>可用优惠的商品最高单价</td><td></td></tr><tr><td>└ <code>cut_to_price</code></td><td>integer</td><td>减至后的优惠单价</td><td></td></tr><tr><td><code>distributed_coupons</code></td><td>integer</td><td>已发券数量</td><td></td></tr><tr><td><code>business_type</code></td><td>string</td><td>业务类型</td><td><code>MULTIUSE</code></td></tr><tr><td><code>available_region_list</code></td><td>object[]</td><td>消费金可用地域</td><td></td></tr><tr><td>├ <code>type</code></td><td>string</td><td>类型</td><td></td></tr><tr><td>├ <code>province</code></td><td>string</td><td>省</td><td></td></tr><tr><td>├ <code>city</code></td><td>string</td><td>市</td><td></td></tr><tr><td>├ <code>district</code></td><td>string</td><td>区</td><td></td></tr><tr><td>└ <code>country</code></td><td>string</td><td>国家</td><td></td></tr><tr><td><code>available_industry_list</code></td><td>string[]</td><td>消费金可用行业</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/docs/merchant/apis/cash-coupons/stock/query-stock.html" target="_blank" rel="noreferrer">官方文档</a></li><li><a href="https://pay.weixin.qq.com/docs/partner/apis/cash-coupons/stock/query-stock.html" target="_blank" rel="noreferrer">官方文档</a></li><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/convention/chapter3_5.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/marketing/favor/stocks/_stock_id_.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const _stock_id_ = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  _stock_id_ as default
};
