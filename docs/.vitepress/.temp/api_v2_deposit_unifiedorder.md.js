import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"支付押金（JSAPI/APP支付） · v2/deposit/unifiedorder","description":"","frontmatter":{},"headers":[],"relativePath":"api/v2/deposit/unifiedorder.md","filePath":"api/v2/deposit/unifiedorder.md"}');
const _sfc_main = { name: "api/v2/deposit/unifiedorder.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="支付押金-jsapi-app支付-·-v2-deposit-unifiedorder" tabindex="-1">支付押金（JSAPI/APP支付） · <code>v2/deposit/unifiedorder</code> <a class="header-anchor" href="#支付押金-jsapi-app支付-·-v2-deposit-unifiedorder" aria-label="Permalink to &quot;支付押金（JSAPI/APP支付） · \`v2/deposit/unifiedorder\`&quot;">​</a></h1><p><a href="./../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>微信支付提供了四种付款方式供用户支付押金：付款码支付、人脸支付、JSAPI支付、APP支付。商户可根据场景需要选择支持哪种付款方式，也可以四种都支持，即四种方式都对接。</p><ul><li><code>POST https://api.mch.weixin.qq.com/deposit/unifiedorder</code></li><li>APIv2: XML, signed with the APIv2 key (<code>secret</code>)</li><li>Merchant API client certificate: not required</li><li>Product: APIv2∙酒店押金</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>xml</code></td><td>object</td><td>yes</td><td>The APIv2 payload</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td>yes</td><td>服务商应用ID</td><td></td></tr><tr><td>├ <code>mch_id</code></td><td>string</td><td>yes</td><td>商户号</td><td></td></tr><tr><td>├ <code>sub_appid</code></td><td>string</td><td></td><td>子商户应用ID</td><td></td></tr><tr><td>├ <code>sub_mch_id</code></td><td>string</td><td>yes</td><td>子商户号</td><td></td></tr><tr><td>├ <code>device_info</code></td><td>string</td><td></td><td>设备号</td><td></td></tr><tr><td>├ <code>sign_type</code></td><td>string</td><td>yes</td><td>签名类型</td><td><code>MD5</code>, <code>HMAC-SHA256</code></td></tr><tr><td>├ <code>body</code></td><td>string</td><td>yes</td><td>商品描述</td><td></td></tr><tr><td>├ <code>detail</code></td><td>string(JSON: object)</td><td></td><td>单品优惠活动该字段必传，<code>JSON</code>格式字符串</td><td></td></tr><tr><td> ├ <code>cost_price</code></td><td>number</td><td></td><td>订单原价</td><td></td></tr><tr><td> ├ <code>receipt_id</code></td><td>string</td><td></td><td>商品小票ID</td><td></td></tr><tr><td> └ <code>goods_detail</code></td><td>object[]</td><td>yes</td><td>单品列表</td><td></td></tr><tr><td>  ├ <code>goods_id</code></td><td>string</td><td></td><td>商品编码</td><td></td></tr><tr><td>  ├ <code>wxpay_goods_id</code></td><td>string</td><td></td><td>微信支付商品编码</td><td></td></tr><tr><td>  ├ <code>goods_name</code></td><td>string</td><td></td><td>商品名称</td><td></td></tr><tr><td>  ├ <code>quantity</code></td><td>number</td><td>yes</td><td>商品数量</td><td></td></tr><tr><td>  └ <code>price</code></td><td>number</td><td>yes</td><td>商品单价</td><td></td></tr><tr><td>├ <code>attach</code></td><td>string</td><td></td><td>附加数据</td><td></td></tr><tr><td>├ <code>out_trade_no</code></td><td>string</td><td>yes</td><td>商户订单号</td><td></td></tr><tr><td>├ <code>fee_type</code></td><td>string</td><td>yes</td><td>货币类型</td><td></td></tr><tr><td>├ <code>total_fee</code></td><td>integer</td><td>yes</td><td>总金额</td><td></td></tr><tr><td>├ <code>spbill_create_ip</code></td><td>string</td><td>yes</td><td>终端IP</td><td></td></tr><tr><td>├ <code>time_start</code></td><td>string</td><td></td><td>交易起始时间</td><td></td></tr><tr><td>├ <code>time_expire</code></td><td>string</td><td></td><td>交易结束时间</td><td></td></tr><tr><td>├ <code>notify_url</code></td><td>string</td><td>yes</td><td>通知地址</td><td></td></tr><tr><td>├ <code>trade_type</code></td><td>string</td><td>yes</td><td>交易类型</td><td><code>JSAPI</code>, <code>APP</code></td></tr><tr><td>├ <code>product_id</code></td><td>string</td><td></td><td>商品ID</td><td></td></tr><tr><td>├ <code>limit_pay</code></td><td>string</td><td></td><td>指定支付方式</td><td></td></tr><tr><td>├ <code>openid</code></td><td>string</td><td></td><td>用户标识</td><td></td></tr><tr><td>├ <code>sub_openid</code></td><td>string</td><td></td><td>用户子标识</td><td></td></tr><tr><td>├ <code>receipt</code></td><td>string</td><td></td><td>电子发票入口开放标识</td><td><code>Y</code>, <code>N</code></td></tr><tr><td>└ <code>scene_info</code></td><td>string(JSON: object)</td><td></td><td>场景信息<code>JSON</code>格式字符串</td><td></td></tr><tr><td> └ <code>store_info</code></td><td>object</td><td>yes</td><td>实际门店信息</td><td></td></tr><tr><td>  ├ <code>id</code></td><td>string</td><td>yes</td><td>门店id</td><td></td></tr><tr><td>  ├ <code>name</code></td><td>string</td><td></td><td>门店名称</td><td></td></tr><tr><td>  ├ <code>area_code</code></td><td>string</td><td></td><td>门店行政区划码</td><td></td></tr><tr><td>  └ <code>address</code></td><td>string</td><td></td><td>门店详细地址</td><td></td></tr></tbody></table><p><code>nonce_str</code> and <code>sign</code> are added by the SDK (<code>sign_type</code> in <code>xml</code> picks <code>MD5</code>, the default, or <code>HMAC-SHA256</code>); pass <code>nonceless: true</code> to leave out <code>nonce_str</code>. A <code>mch_id</code> (or <code>mchid</code>) must be the client&#39;s <code>mchid</code>: the SDK refuses to sign for another merchant.</p><p>A <code>string(JSON: …)</code> field is JSON text (<code>JSON.stringify</code> it); in <code>xml</code>, an array-valued one may also be given as the array, which the SDK encodes.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, Transformer, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({ mchid: &#39;1900000109&#39;, secret: process.env.WECHATPAY_APIV2_KEY! });

const options: Endpoints[&#39;v2/deposit/unifiedorder&#39;][&#39;post&#39;][&#39;options&#39;] = {
  xml: {
    appid: &#39;wx8888888888888888&#39;,
    mch_id: &#39;1900000109&#39;,
    sub_appid: &#39;wx8888888888888888&#39;,
    sub_mch_id: &#39;1900000109&#39;,
    device_info: &#39;013467007045764&#39;,
    sign_type: &#39;HMAC-SHA256&#39;,
    body: &#39;腾讯充值中心-QQ会员充值&#39;,
    detail: JSON.stringify({
      cost_price: 1,
      receipt_id: &#39;wx123&#39;,
      goods_detail: [
        {
          goods_id: &#39;商品编码&#39;,
          wxpay_goods_id: &#39;1001&#39;,
          goods_name: &#39;iPhone6s 16G&#39;,
          quantity: 1,
          price: 528800,
        },
      ],
    }),
    attach: &#39;说明&#39;,
    out_trade_no: &#39;1217752501201407033233368018&#39;,
    fee_type: &#39;CNY&#39;,
    total_fee: 888,
    spbill_create_ip: &#39;123.12.12.123&#39;,
    time_start: &#39;20091225091010&#39;,
    time_expire: &#39;20091227091010&#39;,
    notify_url: &#39;http://www.weixin.qq.com/wxpay/pay.php&#39;,
    trade_type: &#39;JSAPI&#39;,
    product_id: &#39;12235413214070356458058&#39;,
    limit_pay: &#39;no_credit&#39;,
    openid: &#39;oUpF8uMuAJO_M2pxb1Q9zNjWeS6o&#39;,
    sub_openid: &#39;oUpF8uMuAJO_M2pxb1Q9zNjWeS6o&#39;,
    receipt: &#39;Y&#39;,
    scene_info: JSON.stringify({
      store_info: { id: &#39;SZTX001&#39;, name: &#39;腾大餐厅&#39;, area_code: &#39;440305&#39;, address: &#39;科技园中一路腾讯大厦&#39; },
    }),
  },
};

// 1. $instance-&gt;v2-&gt;deposit-&gt;unifiedorder-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v2.deposit.unifiedorder.postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 2. $instance-&gt;chain(&#39;v2/deposit/unifiedorder&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v2/deposit/unifiedorder&#39;).postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 3. $instance[&#39;v2/deposit/unifiedorder&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v2/deposit/unifiedorder&#39;].postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 4. $response = $instance-&gt;v2-&gt;deposit-&gt;unifiedorder-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byProperty = await wx.v2.deposit.unifiedorder.post(options);
console.log(Transformer.toArray(byProperty.body));

// 5. $response = $instance-&gt;chain(&#39;v2/deposit/unifiedorder&#39;)-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byChain = await wx.chain(&#39;v2/deposit/unifiedorder&#39;).post(options);
console.log(Transformer.toArray(byChain.body));

// 6. $response = $instance[&#39;v2/deposit/unifiedorder&#39;]-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byPath = await wx[&#39;v2/deposit/unifiedorder&#39;].post(options);
console.log(Transformer.toArray(byPath.body));
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>return_code</code></td><td>string</td><td>返回状态码</td><td><code>SUCCESS</code>, <code>FAIL</code></td></tr><tr><td><code>return_msg</code></td><td>string</td><td>返回信息</td><td></td></tr><tr><td><code>appid</code></td><td>string</td><td>服务商应用ID</td><td></td></tr><tr><td><code>mch_id</code></td><td>string</td><td>商户号</td><td></td></tr><tr><td><code>sub_appid</code></td><td>string</td><td>子商户应用ID</td><td></td></tr><tr><td><code>sub_mch_id</code></td><td>string</td><td>子商户号</td><td></td></tr><tr><td><code>device_info</code></td><td>string</td><td>设备号</td><td></td></tr><tr><td><code>nonce_str</code></td><td>string</td><td>随机字符串</td><td></td></tr><tr><td><code>sign</code></td><td>string</td><td>签名</td><td></td></tr><tr><td><code>result_code</code></td><td>string</td><td>业务结果</td><td><code>SUCCESS</code>, <code>FAIL</code></td></tr><tr><td><code>err_code</code></td><td>string</td><td>错误代码</td><td></td></tr><tr><td><code>err_code_des</code></td><td>string</td><td>错误代码描述</td><td></td></tr><tr><td><code>trade_type</code></td><td>string</td><td>交易类型</td><td><code>JSAPI</code>, <code>APP</code></td></tr><tr><td><code>prepay_id</code></td><td>string</td><td>预支付交易会话标识</td><td></td></tr><tr><td><code>code_url</code></td><td>string</td><td>二维码链接</td><td></td></tr></tbody></table><p>A signed answer&#39;s <code>sign</code> is checked before you see it. A <code>return_code</code> or <code>result_code</code> other than <code>SUCCESS</code> rejects with a <code>BusinessError</code>.</p><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/api/deposit_sl.php?chapter=27_7&amp;index=1" target="_blank" rel="noreferrer">官方文档</a></li><li><a href="https://pay.weixin.qq.com/wiki/doc/api/deposit_sl.php?chapter=27_8&amp;index=3" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v2/deposit/unifiedorder.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const unifiedorder = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  unifiedorder as default
};
