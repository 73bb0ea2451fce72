import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"点餐订单信息同步（渠道商/服务商） · v3/catering/orders/sync-status","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/catering/orders/sync-status.md","filePath":"api/v3/catering/orders/sync-status.md"}');
const _sfc_main = { name: "api/v3/catering/orders/sync-status.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="点餐订单信息同步-渠道商-服务商-·-v3-catering-orders-sync-status" tabindex="-1">点餐订单信息同步（渠道商/服务商） · <code>v3/catering/orders/sync-status</code> <a class="header-anchor" href="#点餐订单信息同步-渠道商-服务商-·-v3-catering-orders-sync-status" aria-label="Permalink to &quot;点餐订单信息同步（渠道商/服务商） · \`v3/catering/orders/sync-status\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>当点餐订单状态发生变化时，都上传全量的订单明细。1、用户在扫码点餐小程序/h5页面中下单时，上报用户的下单信息，此时status为CREATE_DEAL;2、确定支付成功后上报用户的支付信息，此时status为PAY_SUCCESS</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/catering/orders/sync-status</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 经营工具∙微信点餐</li><li>适用对象: 渠道服务商, 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>sp_mchid</code></td><td>string</td><td></td><td>微信支付分配的服务商商户号</td><td></td></tr><tr><td>├ <code>sp_appid</code></td><td>string</td><td></td><td>子商户在微信公众平台申请服务号对应的APPID</td><td></td></tr><tr><td>├ <code>channel_id</code></td><td>string</td><td>yes</td><td>微信支付分配的渠道商商户号</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td>yes</td><td>微信支付分配子商户商户号</td><td></td></tr><tr><td>├ <code>sub_appid</code></td><td>string</td><td>yes</td><td>子商户在微信公众平台申请服务号对应的APPID</td><td></td></tr><tr><td>├ <code>out_shop_no</code></td><td>string</td><td>yes</td><td>商户旗下门店的唯一编号</td><td></td></tr><tr><td>├ <code>sub_openid</code></td><td>string</td><td>yes</td><td>用户子标识，用户在子商户appid下的openid</td><td></td></tr><tr><td>├ <code>login_token</code></td><td>string</td><td>yes</td><td>微信用户登录接口返回的登录票据。公众号，填写页面授权access_token，详细参考；小程序，填写session_key，详细参考。</td><td></td></tr><tr><td>├ <code>order_entry</code></td><td>string</td><td>yes</td><td>点餐入口，公众号：点餐页面完整URL；小程序：点餐页面path路径</td><td></td></tr><tr><td>├ <code>total_amount</code></td><td>integer</td><td>yes</td><td>总价，单位为分</td><td></td></tr><tr><td>├ <code>discount_amount</code></td><td>integer</td><td>yes</td><td>优惠金额，单位为分</td><td></td></tr><tr><td>├ <code>user_amount</code></td><td>integer</td><td>yes</td><td>实际支付金额，单位为分</td><td></td></tr><tr><td>├ <code>status</code></td><td>string</td><td>yes</td><td>订单状态，取值如下：CREATE_DEAL—用户下单；PAY_SUCCESS—支付完成，结账成功；</td><td><code>CREATE_DEAL</code>, <code>PAY_SUCCESS</code></td></tr><tr><td>├ <code>action_time</code></td><td>string</td><td>yes</td><td>状态发生变化的时间，格式为rfc3339格式，如2018-06-08T10:34:56+08:00 代表北京时间2018年06月08日10时34分56秒</td><td></td></tr><tr><td>├ <code>pay_time</code></td><td>string</td><td></td><td>支付时间，格式为rfc3339格式，如2018-06-08T10:34:56+08:00 代表北京时间2018年06月08日10时34分56秒（status为PAY_SUCCESS时必填）</td><td></td></tr><tr><td>├ <code>transaction_id</code></td><td>string</td><td></td><td>支付订单号（status为PAY_SUCCESS时必填）</td><td></td></tr><tr><td>├ <code>out_trade_no</code></td><td>string</td><td></td><td>渠道商系统内部支付订单号（status为PAY_SUCCESS时必填）</td><td></td></tr><tr><td>├ <code>out_order_no</code></td><td>string</td><td>yes</td><td>渠道商系统内部订单号</td><td></td></tr><tr><td>├ <code>out_table_no</code></td><td>string</td><td></td><td>桌位号</td><td></td></tr><tr><td>├ <code>people_count</code></td><td>integer</td><td></td><td>消费人数</td><td></td></tr><tr><td>└ <code>dish_list</code></td><td>object[]</td><td>yes</td><td>商户菜品信息列表</td><td></td></tr><tr><td> ├ <code>out_dish_no</code></td><td>string</td><td>yes</td><td>商户菜品ID</td><td></td></tr><tr><td> ├ <code>name</code></td><td>string</td><td>yes</td><td>菜品名称</td><td></td></tr><tr><td> ├ <code>price</code></td><td>integer</td><td>yes</td><td>菜品单价，单位为分</td><td></td></tr><tr><td> ├ <code>unit</code></td><td>string</td><td>yes</td><td>菜品单位，BY_SHARE-按份 BY_WEIGHT-按重量</td><td><code>BY_SHARE</code>, <code>BY_WEIGHT</code></td></tr><tr><td> ├ <code>count</code></td><td>number</td><td>yes</td><td>菜品数量，保留小数点后2位有效数字</td><td></td></tr><tr><td> ├ <code>discount</code></td><td>integer</td><td></td><td>菜品折扣，百分值，8折填80</td><td></td></tr><tr><td> ├ <code>type</code></td><td>string</td><td></td><td>菜品分类，如等。详见参数规定《菜品类型列表》</td><td></td></tr><tr><td> ├ <code>priority</code></td><td>integer</td><td></td><td>当前菜品在服务商平台的顺序，值越小越靠前，取值（1~100）</td><td></td></tr><tr><td> └ <code>properties</code></td><td>object</td><td></td><td>菜品属性</td><td></td></tr><tr><td>  ├ <code>taste</code></td><td>string</td><td>yes</td><td>口味</td><td></td></tr><tr><td>  ├ <code>cuisine</code></td><td>string</td><td>yes</td><td>做法</td><td></td></tr><tr><td>  ├ <code>main_material</code></td><td>string</td><td>yes</td><td>主料</td><td></td></tr><tr><td>  ├ <code>ingredients</code></td><td>string</td><td>yes</td><td>配料</td><td></td></tr><tr><td>  └ <code>others</code></td><td>string</td><td></td><td>其他</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/catering/orders/sync-status&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    sp_mchid: &#39;1900000100&#39;,
    sp_appid: &#39;wx8888888888888888&#39;,
    channel_id: &#39;1900000109&#39;,
    sub_mchid: &#39;1900000100&#39;,
    sub_appid: &#39;wx8888888888888888&#39;,
    out_shop_no: &#39;6895&#39;,
    sub_openid: &#39;oYobu0Dmn6TdodZnFWKOEkqoRbI8&#39;,
    login_token: &#39;071oYFSN19sCH31AyNSN15QDSN1oYFSA&#39;,
    order_entry: &#39;http://www.example.com&#39;,
    total_amount: 1000,
    discount_amount: 100,
    user_amount: 900,
    status: &#39;CREATE_DEAL&#39;,
    action_time: &#39;2018-06-08T10:34:56+08:00&#39;,
    pay_time: &#39;2018-06-08T10:34:56+08:00&#39;,
    transaction_id: &#39;1009660380201506130728806387&#39;,
    out_trade_no: &#39;20150806125346&#39;,
    out_order_no: &#39;20150806125346&#39;,
    out_table_no: &#39;1&#39;,
    people_count: 2,
    dish_list: [
      {
        out_dish_no: &#39;1&#39;,
        name: &#39;清汤锅底&#39;,
        price: 1,
        unit: &#39;BY_SHARE&#39;,
        count: 1.5,
        discount: 100,
        type: &#39;FAST_FOOD&#39;,
        priority: 1,
      },
    ],
  },
};

// 1. $instance-&gt;v3-&gt;catering-&gt;orders-&gt;syncStatus-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.catering.orders.syncStatus.postAsync(options).then((response) =&gt; console.log(response.status));

// 2. $instance-&gt;chain(&#39;v3/catering/orders/sync-status&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/catering/orders/sync-status&#39;).postAsync(options).then((response) =&gt; console.log(response.status));

// 3. $instance[&#39;v3/catering/orders/sync-status&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/catering/orders/sync-status&#39;].postAsync(options).then((response) =&gt; console.log(response.status));

// 4. $response = $instance-&gt;v3-&gt;catering-&gt;orders-&gt;syncStatus-&gt;post([…]); echo $response-&gt;getStatusCode();
const byProperty = await wx.v3.catering.orders.syncStatus.post(options);
console.log(byProperty.status);

// 5. $response = $instance-&gt;chain(&#39;v3/catering/orders/sync-status&#39;)-&gt;post([…]); echo $response-&gt;getStatusCode();
const byChain = await wx.chain(&#39;v3/catering/orders/sync-status&#39;).post(options);
console.log(byChain.status);

// 6. $response = $instance[&#39;v3/catering/orders/sync-status&#39;]-&gt;post([…]); echo $response-&gt;getStatusCode();
const byPath = await wx[&#39;v3/catering/orders/sync-status&#39;].post(options);
console.log(byPath.status);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><p><code>204 No Content</code>: no body; <code>response.data</code> is <code>undefined</code>.</p><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3/catering_sl.php?chapter=26_3&amp;index=1" target="_blank" rel="noreferrer">渠道商模式</a></li><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3/catering.php?chapter=26_1" target="_blank" rel="noreferrer">服务商模式</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/catering/orders/sync-status.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const syncStatus = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  syncStatus as default
};
