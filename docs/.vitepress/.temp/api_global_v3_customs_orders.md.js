import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"报关查询API / 报关信息修改API / 报关API · global/v3/customs/orders","description":"","frontmatter":{},"headers":[],"relativePath":"api/global/v3/customs/orders.md","filePath":"api/global/v3/customs/orders.md"}');
const _sfc_main = { name: "api/global/v3/customs/orders.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="报关查询api-报关信息修改api-报关api-·-global-v3-customs-orders" tabindex="-1">报关查询API / 报关信息修改API / 报关API · <code>global/v3/customs/orders</code> <a class="header-anchor" href="#报关查询api-报关信息修改api-报关api-·-global-v3-customs-orders" aria-label="Permalink to &quot;报关查询API / 报关信息修改API / 报关API · \`global/v3/customs/orders\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get-·-报关查询api" tabindex="-1">GET · 报关查询API <a class="header-anchor" href="#get-·-报关查询api" aria-label="Permalink to &quot;GET · 报关查询API&quot;">​</a></h2><p>商户通过订单号查询提交的订单附加信息及订单报关状态。</p><ul><li><code>GET https://api.mch.weixin.qq.com/global/v3/customs/orders</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 跨境∙报关</li><li>适用对象: 直连模式, 机构模式</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>query</code></td><td>object</td><td>yes</td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td>yes</td><td>机构APPID</td><td></td></tr><tr><td>├ <code>mchid</code></td><td>string</td><td>yes</td><td>商户号</td><td></td></tr><tr><td>├ <code>order_type</code></td><td>string</td><td>yes</td><td>订单类型</td><td><code>out_trade_no</code>, <code>transaction_id</code>, <code>sub_order_no</code>, <code>sub_order_id</code></td></tr><tr><td>├ <code>order_no</code></td><td>string</td><td>yes</td><td>订单号</td><td></td></tr><tr><td>├ <code>customs</code></td><td>string</td><td>yes</td><td>海关</td><td><code>GUANGZHOU_ZS</code>, <code>HANGZHOU_ZS</code>, <code>NINGBO</code>, <code>ZHENGZHOU_BS</code>, <code>CHONGQING</code>, <code>SHANGHAI_ZS</code>, <code>SHENZHEN</code>, <code>ZHENGZHOU_ZH_ZS</code>, <code>TIANJIN</code></td></tr><tr><td>├ <code>offset</code></td><td>integer</td><td></td><td>偏移量</td><td></td></tr><tr><td>└ <code>limit</code></td><td>integer</td><td></td><td>请求最大记录条数</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1230000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;global/v3/customs/orders&#39;][&#39;get&#39;][&#39;options&#39;] = {
  query: {
    appid: &#39;wxd678efh567hg6787&#39;,
    mchid: &#39;1230000109&#39;,
    order_type: &#39;out_trade_no&#39;,
    order_no: &#39;20150806125346&#39;,
    customs: &#39;SHANGHAI_ZS&#39;,
    offset: 1,
    limit: 20,
  },
};

// 1. $instance-&gt;global-&gt;v3-&gt;customs-&gt;orders-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.global.v3.customs.orders.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;global/v3/customs/orders&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;global/v3/customs/orders&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;global/v3/customs/orders&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;global/v3/customs/orders&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;global-&gt;v3-&gt;customs-&gt;orders-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.global.v3.customs.orders.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;global/v3/customs/orders&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;global/v3/customs/orders&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;global/v3/customs/orders&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;global/v3/customs/orders&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>appid</code></td><td>string</td><td>机构APPID</td><td></td></tr><tr><td><code>mchid</code></td><td>string</td><td>商户号</td><td></td></tr><tr><td><code>transaction_id</code></td><td>string</td><td>微信订单号</td><td></td></tr><tr><td><code>verify_department</code></td><td>string</td><td>核验机构</td><td><code>UNIONPAY</code>, <code>NETSUNION</code>, <code>OTHERS</code></td></tr><tr><td><code>verify_department_trade_id</code></td><td>string</td><td>核验机构流水号</td><td></td></tr><tr><td><code>offset</code></td><td>integer</td><td>偏移量</td><td></td></tr><tr><td><code>limit</code></td><td>integer</td><td>请求最大记录条数</td><td></td></tr><tr><td><code>total_count</code></td><td>integer</td><td>查询结果总条数</td><td></td></tr><tr><td><code>data</code></td><td>object[]</td><td>报关数据包</td><td></td></tr><tr><td>├ <code>sub_order_no</code></td><td>string</td><td>商户子单号</td><td></td></tr><tr><td>├ <code>sub_order_id</code></td><td>string</td><td>微信子单号</td><td></td></tr><tr><td>├ <code>mch_customs_no</code></td><td>string</td><td>商户海关备案号</td><td></td></tr><tr><td>├ <code>customs</code></td><td>string</td><td>海关代码</td><td><code>GUANGZHOU_ZS</code>, <code>HANGZHOU_ZS</code>, <code>NINGBO</code>, <code>ZHENGZHOU_BS</code>, <code>CHONGQING</code>, <code>SHANGHAI_ZS</code>, <code>SHENZHEN</code>, <code>ZHENGZHOU_ZH_ZS</code>, <code>TIANJIN</code></td></tr><tr><td>├ <code>fee_type</code></td><td>string</td><td>币种</td><td></td></tr><tr><td>├ <code>order_fee</code></td><td>integer</td><td>子单金额</td><td></td></tr><tr><td>├ <code>duty</code></td><td>integer</td><td>关税</td><td></td></tr><tr><td>├ <code>transport_fee</code></td><td>integer</td><td>物流费用</td><td></td></tr><tr><td>├ <code>product_fee</code></td><td>integer</td><td>商品费用</td><td></td></tr><tr><td>├ <code>state</code></td><td>string</td><td>报关状态</td><td><code>PROCESSING</code>, <code>UNDECLARED</code>, <code>SUBMITTED</code>, <code>SUCCESS</code>, <code>FAIL</code>, <code>EXCEPT</code></td></tr><tr><td>├ <code>explanation</code></td><td>string</td><td>报关结果说明</td><td></td></tr><tr><td>└ <code>modify_time</code></td><td>string</td><td>最后更新时间</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/declarecustom_ch/chapter3_3.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul><h2 id="patch-·-报关信息修改api" tabindex="-1">PATCH · 报关信息修改API <a class="header-anchor" href="#patch-·-报关信息修改api" aria-label="Permalink to &quot;PATCH · 报关信息修改API&quot;">​</a></h2><p>该接口用于商户修改订单附加信息。</p><ul><li><code>PATCH https://api.mch.weixin.qq.com/global/v3/customs/orders</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 跨境∙报关</li><li>适用对象: 直连模式, 机构模式</li></ul><h3 id="request-1" tabindex="-1">Request <a class="header-anchor" href="#request-1" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td>yes</td><td>机构APPID</td><td></td></tr><tr><td>├ <code>mchid</code></td><td>string</td><td>yes</td><td>商户号</td><td></td></tr><tr><td>├ <code>out_trade_no</code></td><td>string</td><td>yes</td><td>商户订单号</td><td></td></tr><tr><td>├ <code>transaction_id</code></td><td>string</td><td>yes</td><td>微信订单号</td><td></td></tr><tr><td>├ <code>sub_order_no</code></td><td>string</td><td></td><td>商户子订单号</td><td></td></tr><tr><td>├ <code>customs</code></td><td>string</td><td>yes</td><td>海关编码</td><td><code>GUANGZHOU_ZS</code>, <code>HANGZHOU_ZS</code>, <code>NINGBO</code>, <code>ZHENGZHOU_BS</code>, <code>CHONGQING</code>, <code>SHANGHAI_ZS</code>, <code>SHENZHEN</code>, <code>ZHENGZHOU_ZH_ZS</code>, <code>TIANJIN</code></td></tr><tr><td>├ <code>merchant_customs_no</code></td><td>string</td><td>yes</td><td>商户海关备案号</td><td></td></tr><tr><td>├ <code>duty</code></td><td>integer</td><td></td><td>关税</td><td></td></tr><tr><td>├ <code>order_fee</code></td><td>integer</td><td></td><td>子订单金额</td><td></td></tr><tr><td>├ <code>transport_fee</code></td><td>integer</td><td></td><td>物流费用</td><td></td></tr><tr><td>└ <code>product_fee</code></td><td>integer</td><td></td><td>商品费用</td><td></td></tr></tbody></table><h3 id="call-styles-1" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles-1" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>patch</code> and <code>patchAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1230000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;global/v3/customs/orders&#39;][&#39;patch&#39;][&#39;options&#39;] = {
  json: {
    appid: &#39;wxd678efh567hg6787&#39;,
    mchid: &#39;1230000109&#39;,
    out_trade_no: &#39;20150806125346&#39;,
    transaction_id: &#39;1000320306201511078440737890&#39;,
    sub_order_no: &#39;20150806125346&#39;,
    customs: &#39;SHANGHAI_ZS&#39;,
    merchant_customs_no: &#39;123456&#39;,
    duty: 888,
    order_fee: 888,
    transport_fee: 888,
    product_fee: 888,
  },
};

// 1. $instance-&gt;global-&gt;v3-&gt;customs-&gt;orders-&gt;patchAsync([…])-&gt;then(…)-&gt;wait();
await wx.global.v3.customs.orders.patchAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;global/v3/customs/orders&#39;)-&gt;patchAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;global/v3/customs/orders&#39;).patchAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;global/v3/customs/orders&#39;]-&gt;patchAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;global/v3/customs/orders&#39;].patchAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;global-&gt;v3-&gt;customs-&gt;orders-&gt;patch([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.global.v3.customs.orders.patch(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;global/v3/customs/orders&#39;)-&gt;patch([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;global/v3/customs/orders&#39;).patch(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;global/v3/customs/orders&#39;]-&gt;patch([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;global/v3/customs/orders&#39;].patch(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer-1" tabindex="-1">Answer <a class="header-anchor" href="#answer-1" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>appid</code></td><td>string</td><td>机构APPID</td><td></td></tr><tr><td><code>mchid</code></td><td>string</td><td>商户号</td><td></td></tr><tr><td><code>state</code></td><td>string</td><td>报关状态</td><td><code>PROCESSING</code>, <code>UNDECLARED</code>, <code>SUBMITTED</code>, <code>SUCCESS</code>, <code>FAIL</code>, <code>EXCEPT</code></td></tr><tr><td><code>out_trade_no</code></td><td>string</td><td>商户订单号</td><td></td></tr><tr><td><code>transaction_id</code></td><td>string</td><td>微信订单号</td><td></td></tr><tr><td><code>sub_order_no</code></td><td>string</td><td>商户子订单号</td><td></td></tr><tr><td><code>sub_order_id</code></td><td>string</td><td>微信子订单号</td><td></td></tr><tr><td><code>modify_time</code></td><td>string</td><td>最后更新时间</td><td></td></tr><tr><td><code>verify_department</code></td><td>string</td><td>核验机构</td><td><code>UNIONPAY</code>, <code>NETSUNION</code>, <code>OTHERS</code></td></tr><tr><td><code>verify_department_trade_id</code></td><td>string</td><td>核验机构流水号</td><td></td></tr></tbody></table><h3 id="official-documentation-1" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation-1" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/declarecustom_ch/chapter3_5.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul><h2 id="post-·-报关api" tabindex="-1">POST · 报关API <a class="header-anchor" href="#post-·-报关api" aria-label="Permalink to &quot;POST · 报关API&quot;">​</a></h2><p>该接口用于商户提交海关需要的订单附加信息。</p><ul><li><code>POST https://api.mch.weixin.qq.com/global/v3/customs/orders</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 跨境∙报关</li><li>适用对象: 直连模式, 机构模式</li></ul><h3 id="request-2" tabindex="-1">Request <a class="header-anchor" href="#request-2" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td>yes</td><td>机构APPID</td><td></td></tr><tr><td>├ <code>mchid</code></td><td>string</td><td>yes</td><td>商户号</td><td></td></tr><tr><td>├ <code>out_trade_no</code></td><td>string</td><td>yes</td><td>商户订单号</td><td></td></tr><tr><td>├ <code>transaction_id</code></td><td>string</td><td>yes</td><td>微信订单号</td><td></td></tr><tr><td>├ <code>customs</code></td><td>string</td><td>yes</td><td>海关</td><td><code>GUANGZHOU_ZS</code>, <code>HANGZHOU_ZS</code>, <code>NINGBO</code>, <code>ZHENGZHOU_BS</code>, <code>CHONGQING</code>, <code>SHANGHAI_ZS</code>, <code>SHENZHEN</code>, <code>ZHENGZHOU_ZH_ZS</code>, <code>TIANJIN</code></td></tr><tr><td>├ <code>merchant_customs_no</code></td><td>string</td><td>yes</td><td>商户海关备案号</td><td></td></tr><tr><td>├ <code>duty</code></td><td>integer</td><td></td><td>关税</td><td></td></tr><tr><td>├ <code>sub_order_no</code></td><td>string</td><td></td><td>商户子订单号</td><td></td></tr><tr><td>├ <code>fee_type</code></td><td>string</td><td></td><td>货币类型</td><td></td></tr><tr><td>├ <code>order_fee</code></td><td>integer</td><td></td><td>子订单金额</td><td></td></tr><tr><td>├ <code>transport_fee</code></td><td>integer</td><td></td><td>物流费用</td><td></td></tr><tr><td>└ <code>product_fee</code></td><td>integer</td><td></td><td>商品费用</td><td></td></tr></tbody></table><h3 id="call-styles-2" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles-2" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1230000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;global/v3/customs/orders&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    appid: &#39;wxd678efh567hg6787&#39;,
    mchid: &#39;1230000109&#39;,
    out_trade_no: &#39;20150806125346&#39;,
    transaction_id: &#39;1000320306201511078440737890&#39;,
    customs: &#39;SHANGHAI_ZS&#39;,
    merchant_customs_no: &#39;123456&#39;,
    duty: 888,
    sub_order_no: &#39;20150806125346&#39;,
    fee_type: &#39;CNY&#39;,
    order_fee: 888,
    transport_fee: 888,
    product_fee: 888,
  },
};

// 1. $instance-&gt;global-&gt;v3-&gt;customs-&gt;orders-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.global.v3.customs.orders.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;global/v3/customs/orders&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;global/v3/customs/orders&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;global/v3/customs/orders&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;global/v3/customs/orders&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;global-&gt;v3-&gt;customs-&gt;orders-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.global.v3.customs.orders.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;global/v3/customs/orders&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;global/v3/customs/orders&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;global/v3/customs/orders&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;global/v3/customs/orders&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer-2" tabindex="-1">Answer <a class="header-anchor" href="#answer-2" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>appid</code></td><td>string</td><td>机构APPID</td><td></td></tr><tr><td><code>mchid</code></td><td>string</td><td>商户号</td><td></td></tr><tr><td><code>state</code></td><td>string</td><td>报关状态</td><td><code>PROCESSING</code>, <code>UNDECLARED</code>, <code>SUBMITTED</code>, <code>SUCCESS</code>, <code>FAIL</code>, <code>EXCEPT</code></td></tr><tr><td><code>out_trade_no</code></td><td>string</td><td>商户订单号</td><td></td></tr><tr><td><code>transaction_id</code></td><td>string</td><td>微信订单号</td><td></td></tr><tr><td><code>sub_order_no</code></td><td>string</td><td>商户子订单号</td><td></td></tr><tr><td><code>sub_order_id</code></td><td>string</td><td>微信子订单号</td><td></td></tr><tr><td><code>verify_department</code></td><td>string</td><td>核验机构</td><td><code>UNIONPAY</code>, <code>NETSUNION</code>, <code>OTHERS</code></td></tr><tr><td><code>verify_department_trade_id</code></td><td>string</td><td>核验机构交易流水号</td><td></td></tr></tbody></table><h3 id="official-documentation-2" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation-2" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/declarecustom_ch/chapter3_1.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/global/v3/customs/orders.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const orders = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  orders as default
};
