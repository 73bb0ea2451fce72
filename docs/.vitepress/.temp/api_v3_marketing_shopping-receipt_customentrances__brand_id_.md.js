import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"查询自定义入口 / 更新自定义入口 · v3/marketing/shopping-receipt/customentrances/{brand_id}","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/marketing/shopping-receipt/customentrances/_brand_id_.md","filePath":"api/v3/marketing/shopping-receipt/customentrances/_brand_id_.md"}');
const _sfc_main = { name: "api/v3/marketing/shopping-receipt/customentrances/_brand_id_.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="查询自定义入口-更新自定义入口-·-v3-marketing-shopping-receipt-customentrances-brand-id" tabindex="-1">查询自定义入口 / 更新自定义入口 · <code>v3/marketing/shopping-receipt/customentrances/{brand_id}</code> <a class="header-anchor" href="#查询自定义入口-更新自定义入口-·-v3-marketing-shopping-receipt-customentrances-brand-id" aria-label="Permalink to &quot;查询自定义入口 / 更新自定义入口 · \`v3/marketing/shopping-receipt/customentrances/{brand_id}\`&quot;">​</a></h1><p><a href="./../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get-·-查询自定义入口" tabindex="-1">GET · 查询自定义入口 <a class="header-anchor" href="#get-·-查询自定义入口" aria-label="Permalink to &quot;GET · 查询自定义入口&quot;">​</a></h2><p>该接口为电子小票自定义入口查询接口，商家可以通过该接口查询品牌的自定义入口展示内容。</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/marketing/shopping-receipt/customentrances/{brand_id}</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 经营工具∙电子小票</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>brand_id</code></td><td>string</td><td>yes</td><td>自定义入口的归属品牌ID。</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/marketing/shopping-receipt/customentrances/{brand_id}&#39;][&#39;get&#39;][&#39;options&#39;] = {
  brand_id: &#39;1014&#39;,
};

// 1. $instance-&gt;v3-&gt;marketing-&gt;shoppingReceipt-&gt;customentrances-&gt;_brand_id_-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.marketing.shoppingReceipt.customentrances._brand_id_.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/marketing/shopping-receipt/customentrances/{brand_id}&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/marketing/shopping-receipt/customentrances/{brand_id}&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/marketing/shopping-receipt/customentrances/{brand_id}&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/marketing/shopping-receipt/customentrances/{brand_id}&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;marketing-&gt;shoppingReceipt-&gt;customentrances-&gt;_brand_id_-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.marketing.shoppingReceipt.customentrances._brand_id_.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/marketing/shopping-receipt/customentrances/{brand_id}&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/marketing/shopping-receipt/customentrances/{brand_id}&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/marketing/shopping-receipt/customentrances/{brand_id}&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/marketing/shopping-receipt/customentrances/{brand_id}&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>custom_entrance_type</code></td><td>string</td><td>自定义入口种类</td><td><code>MERCHANT_ACTIVITY</code>, <code>MERCHANT_MINI_PROGRAM</code></td></tr><tr><td><code>subtitle</code></td><td>string</td><td>副标题，辅助描述商家活动或商家小程序信息</td><td></td></tr><tr><td><code>goods_thumbnail_url</code></td><td>string</td><td>展示商品信息，当自定义入口种类为商家活动时，该字段必填，种类为商家小程序该字段不填</td><td></td></tr><tr><td><code>custom_entrance_state</code></td><td>string</td><td>设置自定义入口的状态，ONLINE-在线对用户展示，OFFLINE-下线对用户不展示 可选取值</td><td><code>ONLINE</code>, <code>OFFLINE</code></td></tr><tr><td><code>start_time</code></td><td>string(rfc3339)</td><td>自定义入口的开始时间</td><td></td></tr><tr><td><code>end_time</code></td><td>string(rfc3339)</td><td>自定义入口的结束时间</td><td></td></tr><tr><td><code>brand_id</code></td><td>string</td><td>自定义入口的归属品牌ID</td><td></td></tr><tr><td><code>create_time</code></td><td>string(rfc3339)</td><td>自定义入口创建的时间</td><td></td></tr><tr><td><code>modify_time</code></td><td>string(rfc3339)</td><td>自定义入口修改的时间</td><td></td></tr><tr><td><code>out_request_no</code></td><td>string</td><td>商户创建自定义入口的凭据号（格式：商户ID+日期+流水号），商家侧需要保持唯一且递增</td><td></td></tr><tr><td><code>jump_link</code></td><td>object</td><td>自定义入口跳转信息</td><td></td></tr><tr><td>├ <code>mini_programs_appid</code></td><td>string</td><td>自定义入口的跳转小程序AppID</td><td></td></tr><tr><td>└ <code>mini_programs_path</code></td><td>string</td><td>自定义入口跳转小程序的path</td><td></td></tr></tbody></table><h2 id="patch-·-更新自定义入口" tabindex="-1">PATCH · 更新自定义入口 <a class="header-anchor" href="#patch-·-更新自定义入口" aria-label="Permalink to &quot;PATCH · 更新自定义入口&quot;">​</a></h2><p>该接口为电子小票自定义入口更新接口，商家可以通过该接口为品牌更新自定义入口展示内容。</p><ul><li><code>PATCH https://api.mch.weixin.qq.com/v3/marketing/shopping-receipt/customentrances/{brand_id}</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 经营工具∙电子小票</li><li>适用对象: 服务商</li></ul><h3 id="request-1" tabindex="-1">Request <a class="header-anchor" href="#request-1" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>brand_id</code></td><td>string</td><td>yes</td><td>自定义入口的归属品牌ID。</td><td></td></tr><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>custom_entrance_type</code></td><td>string</td><td></td><td>自定义入口种类</td><td><code>MERCHANT_ACTIVITY</code>, <code>MERCHANT_MINI_PROGRAM</code></td></tr><tr><td>├ <code>subtitle</code></td><td>string</td><td></td><td>副标题，辅助描述商家活动或商家小程序信息</td><td></td></tr><tr><td>├ <code>goods_thumbnail_url</code></td><td>string</td><td></td><td>展示商品信息，当自定义入口种类为商家活动时，该字段必填，种类为商家小程序该字段不填</td><td></td></tr><tr><td>├ <code>custom_entrance_state</code></td><td>string</td><td></td><td>设置自定义入口的状态，ONLINE-在线对用户展示，OFFLINE-下线对用户不展示 可选取值</td><td><code>ONLINE</code>, <code>OFFLINE</code></td></tr><tr><td>├ <code>start_time</code></td><td>string(rfc3339)</td><td></td><td>自定义入口的开始时间</td><td></td></tr><tr><td>├ <code>end_time</code></td><td>string(rfc3339)</td><td></td><td>自定义入口的结束时间</td><td></td></tr><tr><td>├ <code>out_request_no</code></td><td>string</td><td>yes</td><td>商户创建自定义入口的凭据号（格式：商户ID+日期+流水号），商家侧需要保持唯一且递增</td><td></td></tr><tr><td>└ <code>jump_link</code></td><td>object</td><td></td><td>自定义入口跳转信息</td><td></td></tr><tr><td> ├ <code>mini_programs_appid</code></td><td>string</td><td>yes</td><td>自定义入口的跳转小程序AppID</td><td></td></tr><tr><td> └ <code>mini_programs_path</code></td><td>string</td><td>yes</td><td>自定义入口跳转小程序的path</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles-1" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles-1" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>patch</code> and <code>patchAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/marketing/shopping-receipt/customentrances/{brand_id}&#39;][&#39;patch&#39;][&#39;options&#39;] = {
  brand_id: &#39;1014&#39;,
  json: {
    custom_entrance_type: &#39;MERCHANT_ACTIVITY&#39;,
    subtitle: &#39;双十一8折活动&#39;,
    goods_thumbnail_url: &#39;https://qpic.cn/xxx&#39;,
    custom_entrance_state: &#39;ONLINE&#39;,
    start_time: &#39;2015-05-20T13:29:35+08:00&#39;,
    end_time: &#39;2019-12-31T13:29:35.120+08:00&#39;,
    out_request_no: &#39;100002322019090134234sfdf&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;marketing-&gt;shoppingReceipt-&gt;customentrances-&gt;_brand_id_-&gt;patchAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.marketing.shoppingReceipt.customentrances._brand_id_.patchAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/marketing/shopping-receipt/customentrances/{brand_id}&#39;)-&gt;patchAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/marketing/shopping-receipt/customentrances/{brand_id}&#39;).patchAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/marketing/shopping-receipt/customentrances/{brand_id}&#39;]-&gt;patchAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/marketing/shopping-receipt/customentrances/{brand_id}&#39;].patchAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;marketing-&gt;shoppingReceipt-&gt;customentrances-&gt;_brand_id_-&gt;patch([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.marketing.shoppingReceipt.customentrances._brand_id_.patch(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/marketing/shopping-receipt/customentrances/{brand_id}&#39;)-&gt;patch([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/marketing/shopping-receipt/customentrances/{brand_id}&#39;).patch(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/marketing/shopping-receipt/customentrances/{brand_id}&#39;]-&gt;patch([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/marketing/shopping-receipt/customentrances/{brand_id}&#39;].patch(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer-1" tabindex="-1">Answer <a class="header-anchor" href="#answer-1" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>custom_entrance_type</code></td><td>string</td><td>自定义入口种类</td><td><code>MERCHANT_ACTIVITY</code>, <code>MERCHANT_MINI_PROGRAM</code></td></tr><tr><td><code>subtitle</code></td><td>string</td><td>副标题，辅助描述商家活动或商家小程序信息</td><td></td></tr><tr><td><code>goods_thumbnail_url</code></td><td>string</td><td>展示商品信息，当自定义入口种类为商家活动时，该字段必填，种类为商家小程序该字段不填</td><td></td></tr><tr><td><code>custom_entrance_state</code></td><td>string</td><td>设置自定义入口的状态，ONLINE-在线对用户展示，OFFLINE-下线对用户不展示 可选取值</td><td><code>ONLINE</code>, <code>OFFLINE</code></td></tr><tr><td><code>start_time</code></td><td>string(rfc3339)</td><td>自定义入口的开始时间</td><td></td></tr><tr><td><code>end_time</code></td><td>string(rfc3339)</td><td>自定义入口的结束时间</td><td></td></tr><tr><td><code>brand_id</code></td><td>string</td><td>自定义入口的归属品牌ID</td><td></td></tr><tr><td><code>create_time</code></td><td>string(rfc3339)</td><td>自定义入口创建的时间</td><td></td></tr><tr><td><code>modify_time</code></td><td>string(rfc3339)</td><td>自定义入口修改的时间</td><td></td></tr><tr><td><code>out_request_no</code></td><td>string</td><td>商户创建自定义入口的凭据号（格式：商户ID+日期+流水号），商家侧需要保持唯一且递增</td><td></td></tr><tr><td><code>jump_link</code></td><td>object</td><td>自定义入口跳转信息</td><td></td></tr><tr><td>├ <code>mini_programs_appid</code></td><td>string</td><td>自定义入口的跳转小程序AppID</td><td></td></tr><tr><td>└ <code>mini_programs_path</code></td><td>string</td><td>自定义入口跳转小程序的path</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/marketing/shopping-receipt/customentrances/_brand_id_.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const _brand_id_ = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  _brand_id_ as default
};
