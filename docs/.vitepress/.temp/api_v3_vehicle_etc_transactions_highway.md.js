import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"高速场景商户扣款API · v3/vehicle/etc/transactions/highway","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/vehicle/etc/transactions/highway.md","filePath":"api/v3/vehicle/etc/transactions/highway.md"}');
const _sfc_main = { name: "api/v3/vehicle/etc/transactions/highway.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="高速场景商户扣款api-·-v3-vehicle-etc-transactions-highway" tabindex="-1">高速场景商户扣款API · <code>v3/vehicle/etc/transactions/highway</code> <a class="header-anchor" href="#高速场景商户扣款api-·-v3-vehicle-etc-transactions-highway" aria-label="Permalink to &quot;高速场景商户扣款API · \`v3/vehicle/etc/transactions/highway\`&quot;">​</a></h1><p><a href="./../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>ETC高速场景订单扣款下单</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/vehicle/etc/transactions/highway</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: ETC授权扣费</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>out_trade_no</code></td><td>string</td><td>yes</td><td>商户订单号</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td></td><td>特约商户号</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td>yes</td><td>商户appid</td><td></td></tr><tr><td>├ <code>sub_appid</code></td><td>string</td><td></td><td>特约商户appid</td><td></td></tr><tr><td>├ <code>contract_id</code></td><td>string</td><td>yes</td><td>ETC扣费授权协议号</td><td></td></tr><tr><td>├ <code>description</code></td><td>string</td><td>yes</td><td>商品信息</td><td></td></tr><tr><td>├ <code>attach</code></td><td>string</td><td></td><td>附加信息</td><td></td></tr><tr><td>├ <code>goods_tag</code></td><td>string</td><td></td><td>营销信息</td><td></td></tr><tr><td>├ <code>highway_info</code></td><td>object</td><td>yes</td><td>高速场景信息</td><td></td></tr><tr><td> ├ <code>plate_number</code></td><td>string</td><td>yes</td><td>车牌号</td><td></td></tr><tr><td> ├ <code>start_time</code></td><td>string</td><td>yes</td><td>入站时间</td><td></td></tr><tr><td> ├ <code>end_time</code></td><td>string</td><td>yes</td><td>出站时间</td><td></td></tr><tr><td> ├ <code>channel_type</code></td><td>string</td><td>yes</td><td>通道类型</td><td></td></tr><tr><td> ├ <code>car_type</code></td><td>string</td><td></td><td>车辆类型</td><td></td></tr><tr><td> ├ <code>entrance</code></td><td>string</td><td>yes</td><td>入口名称</td><td></td></tr><tr><td> ├ <code>exit</code></td><td>string</td><td></td><td>出口名称</td><td></td></tr><tr><td> ├ <code>carrying_capacity</code></td><td>integer</td><td></td><td>承载人数</td><td></td></tr><tr><td> └ <code>carrying_range</code></td><td>string</td><td></td><td>荷载范围</td><td></td></tr><tr><td>├ <code>amount</code></td><td>object</td><td>yes</td><td>订单金额</td><td></td></tr><tr><td> ├ <code>total</code></td><td>integer</td><td></td><td>订单金额</td><td></td></tr><tr><td> └ <code>currency</code></td><td>string</td><td></td><td>货币类型</td><td></td></tr><tr><td>└ <code>device_info</code></td><td>object</td><td></td><td>设备信息</td><td></td></tr><tr><td> ├ <code>device_id</code></td><td>string</td><td></td><td>商户端设备号</td><td></td></tr><tr><td> └ <code>device_ip</code></td><td>string</td><td>yes</td><td>商户端设备IP</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/vehicle/etc/transactions/highway&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    out_trade_no: &#39;121775250124070332&#39;,
    sub_mchid: &#39;1900000109&#39;,
    appid: &#39;wxd678efh567hg6787&#39;,
    sub_appid: &#39;wxd678efh567hg6999&#39;,
    contract_id: &#39;wxd678ef4Fwxd678ef4Fwxd678ef4F21&#39;,
    description: &#39;商品信息&#39;,
    attach: &#39;自定义数据&#39;,
    goods_tag: &#39;test&#39;,
    highway_info: {
      plate_number: &#39;粤B888888&#39;,
      start_time: &#39;2017-08-26T09:43:39+08:00&#39;,
      end_time: &#39;2017-08-26T09:43:39+08:00&#39;,
      channel_type: &#39;ETC&#39;,
      car_type: &#39;CAR&#39;,
      entrance: &#39;沿江深圳-大铲湾&#39;,
      exit: &#39;广珠东线-珠海站&#39;,
      carrying_capacity: 3,
      carrying_range: &#39;6-12&#39;,
    },
    amount: { total: 888, currency: &#39;CNY&#39; },
  },
};

// 1. $instance-&gt;v3-&gt;vehicle-&gt;etc-&gt;transactions-&gt;highway-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.vehicle.etc.transactions.highway.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/vehicle/etc/transactions/highway&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/vehicle/etc/transactions/highway&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/vehicle/etc/transactions/highway&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/vehicle/etc/transactions/highway&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;vehicle-&gt;etc-&gt;transactions-&gt;highway-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.vehicle.etc.transactions.highway.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/vehicle/etc/transactions/highway&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/vehicle/etc/transactions/highway&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/vehicle/etc/transactions/highway&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/vehicle/etc/transactions/highway&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>mchid</code></td><td>string</td><td>商户号</td><td></td></tr><tr><td><code>sub_mchid</code></td><td>string</td><td>特约商户号</td><td></td></tr><tr><td><code>appid</code></td><td>string</td><td>商户appid</td><td></td></tr><tr><td><code>sub_appid</code></td><td>string</td><td>特约商户appid</td><td></td></tr><tr><td><code>out_trade_no</code></td><td>string</td><td>商户订单号</td><td></td></tr><tr><td><code>transaction_id</code></td><td>string</td><td>微信支付订单号</td><td></td></tr><tr><td><code>attach</code></td><td>string</td><td>商户数据</td><td></td></tr><tr><td><code>trade_type</code></td><td>string</td><td>交易类型</td><td></td></tr><tr><td><code>bank_type</code></td><td>string</td><td>付款银行</td><td></td></tr><tr><td><code>success_time</code></td><td>string</td><td>支付完成时间</td><td></td></tr><tr><td><code>trade_state</code></td><td>string</td><td>交易状态</td><td></td></tr><tr><td><code>trade_state_desc</code></td><td>string</td><td>交易状态描述</td><td></td></tr><tr><td><code>payer</code></td><td>object</td><td>支付者</td><td></td></tr><tr><td>├ <code>sp_openid</code></td><td>string</td><td>用户在服务商APP的标识</td><td></td></tr><tr><td>└ <code>sub_openid</code></td><td>string</td><td>用户在特约商户APP的标识</td><td></td></tr><tr><td><code>amount</code></td><td>object</td><td>订单金额</td><td></td></tr><tr><td>├ <code>total</code></td><td>integer</td><td>订单金额</td><td></td></tr><tr><td>├ <code>currency</code></td><td>string</td><td>货币类型</td><td></td></tr><tr><td>├ <code>payer_total</code></td><td>integer</td><td>用户实际支付金额</td><td></td></tr><tr><td>└ <code>discount_total</code></td><td>integer</td><td>折扣</td><td></td></tr><tr><td><code>device_info</code></td><td>object</td><td>设备信息</td><td></td></tr><tr><td>├ <code>device_id</code></td><td>string</td><td>商户端设备号</td><td></td></tr><tr><td>└ <code>device_ip</code></td><td>string</td><td>商户端设备IP</td><td></td></tr><tr><td><code>promotion_detail</code></td><td>object[]</td><td>优惠详情</td><td></td></tr><tr><td>├ <code>promotion_id</code></td><td>string</td><td>券ID</td><td></td></tr><tr><td>├ <code>name</code></td><td>string</td><td>优惠名称</td><td></td></tr><tr><td>├ <code>scope</code></td><td>string</td><td>优惠范围</td><td></td></tr><tr><td>├ <code>type</code></td><td>string</td><td>优惠类型</td><td></td></tr><tr><td>├ <code>activity_id</code></td><td>string</td><td>活动ID</td><td></td></tr><tr><td>├ <code>amount</code></td><td>integer</td><td>优惠券面额</td><td></td></tr><tr><td>├ <code>wxpay_contribute</code></td><td>integer</td><td>微信出资</td><td></td></tr><tr><td>├ <code>merchant_contribute</code></td><td>integer</td><td>商户出资</td><td></td></tr><tr><td>└ <code>other_contribute</code></td><td>integer</td><td>其他出资</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_4_3.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/vehicle/etc/transactions/highway.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const highway = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  highway as default
};
