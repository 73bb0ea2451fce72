import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"合单下单 · v2/pay/combinedorder","description":"","frontmatter":{},"headers":[],"relativePath":"api/v2/pay/combinedorder.md","filePath":"api/v2/pay/combinedorder.md"}');
const _sfc_main = { name: "api/v2/pay/combinedorder.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="合单下单-·-v2-pay-combinedorder" tabindex="-1">合单下单 · <code>v2/pay/combinedorder</code> <a class="header-anchor" href="#合单下单-·-v2-pay-combinedorder" aria-label="Permalink to &quot;合单下单 · \`v2/pay/combinedorder\`&quot;">​</a></h1><p><a href="./../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>使用合单支付接口，用户只输入一次密码，即可完成多个订单的支付。目前最多一次可支持10笔订单进行合单支付。用合单下单api在微信支付服务后台生成预支付交易单，返回正确的预支付交易会话标识后再按扫码、JSAPI、APP、H5等不同场景生成交易串调起支付。</p><ul><li><code>POST https://api.mch.weixin.qq.com/pay/combinedorder</code></li><li>APIv2: XML, signed with the APIv2 key (<code>secret</code>)</li><li>Merchant API client certificate: not required</li><li>Product: APIv2∙基础支付∙合单</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>xml</code></td><td>object</td><td>yes</td><td>The APIv2 payload</td><td></td></tr><tr><td>├ <code>combine_appid</code></td><td>string</td><td>yes</td><td>合单appid</td><td></td></tr><tr><td>├ <code>combine_mch_id</code></td><td>string</td><td>yes</td><td>合单商户号</td><td></td></tr><tr><td>├ <code>device_info</code></td><td>string</td><td></td><td>设备号</td><td></td></tr><tr><td>├ <code>sign_type</code></td><td>string</td><td>yes</td><td>签名类型</td><td><code>HMAC-SHA256</code></td></tr><tr><td>├ <code>combine_out_trade_no</code></td><td>string</td><td>yes</td><td>合单商户订单号</td><td></td></tr><tr><td>├ <code>spbill_create_ip</code></td><td>string</td><td>yes</td><td>终端IP</td><td></td></tr><tr><td>├ <code>time_start</code></td><td>string</td><td></td><td>交易起始时间</td><td></td></tr><tr><td>├ <code>time_expire</code></td><td>string</td><td></td><td>交易结束时间</td><td></td></tr><tr><td>├ <code>notify_url</code></td><td>string</td><td>yes</td><td>通知地址</td><td></td></tr><tr><td>├ <code>trade_type</code></td><td>string</td><td>yes</td><td>交易类型</td><td></td></tr><tr><td>├ <code>product_id</code></td><td>string</td><td></td><td>商品ID</td><td></td></tr><tr><td>├ <code>combine_openid</code></td><td>string</td><td></td><td>合单用户标识</td><td></td></tr><tr><td>├ <code>scene_info</code></td><td>string(JSON: object)</td><td>yes</td><td>场景信息<code>JSON</code>格式字符串</td><td></td></tr><tr><td> ├ <code>device_id</code></td><td>string</td><td></td><td>商户端设备号</td><td></td></tr><tr><td> ├ <code>payer_client_ip</code></td><td>string</td><td>yes</td><td>用户终端IP</td><td></td></tr><tr><td> └ <code>h5_info</code></td><td>object</td><td></td><td>H5场景信息</td><td></td></tr><tr><td>  ├ <code>type</code></td><td>string</td><td>yes</td><td>场景类型</td><td><code>iOS</code>, <code>Android</code>, <code>Wap</code></td></tr><tr><td>  ├ <code>app_name</code></td><td>string</td><td></td><td>应用名称</td><td></td></tr><tr><td>  ├ <code>app_url</code></td><td>string</td><td></td><td>网站URL</td><td></td></tr><tr><td>  ├ <code>bundle_id</code></td><td>string</td><td></td><td>iOS平台BundleID</td><td></td></tr><tr><td>  └ <code>package_name</code></td><td>string</td><td></td><td>Android平台PackageName</td><td></td></tr><tr><td>└ <code>sub_order_list</code></td><td>string(JSON: object)</td><td>yes</td><td>子单信息<code>JSON</code>格式字符串</td><td></td></tr><tr><td> ├ <code>order_num</code></td><td>number</td><td>yes</td><td>子订单数</td><td></td></tr><tr><td> └ <code>order_list</code></td><td>object[]</td><td>yes</td><td>子订单信息</td><td></td></tr><tr><td>  ├ <code>appid</code></td><td>string</td><td>yes</td><td>子单商户appid</td><td></td></tr><tr><td>  ├ <code>mch_id</code></td><td>string</td><td>yes</td><td>子单商户号</td><td></td></tr><tr><td>  ├ <code>body</code></td><td>string</td><td>yes</td><td>商品描述</td><td></td></tr><tr><td>  ├ <code>detail</code></td><td>string</td><td></td><td>商品详情</td><td></td></tr><tr><td>  ├ <code>attach</code></td><td>string</td><td>yes</td><td>附加数据</td><td></td></tr><tr><td>  ├ <code>out_trade_no</code></td><td>string</td><td>yes</td><td>子单商户订单号</td><td></td></tr><tr><td>  ├ <code>fee_type</code></td><td>string</td><td>yes</td><td>标价币种</td><td></td></tr><tr><td>  ├ <code>total_fee</code></td><td>integer</td><td>yes</td><td>子单金额，单位为分</td><td></td></tr><tr><td>  ├ <code>sub_appid</code></td><td>string</td><td></td><td>服务商模式下，特约商户的appid</td><td></td></tr><tr><td>  └ <code>sub_mch_id</code></td><td>string</td><td></td><td>特约商户商户号，服务商模式必传</td><td></td></tr></tbody></table><p><code>nonce_str</code> and <code>sign</code> are added by the SDK (<code>sign_type</code> in <code>xml</code> picks <code>MD5</code>, the default, or <code>HMAC-SHA256</code>); pass <code>nonceless: true</code> to leave out <code>nonce_str</code>. A <code>mch_id</code> (or <code>mchid</code>) must be the client&#39;s <code>mchid</code>: the SDK refuses to sign for another merchant.</p><p>A <code>string(JSON: …)</code> field is JSON text (<code>JSON.stringify</code> it); in <code>xml</code>, an array-valued one may also be given as the array, which the SDK encodes.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, Transformer, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({ mchid: &#39;1900000109&#39;, secret: process.env.WECHATPAY_APIV2_KEY! });

const options: Endpoints[&#39;v2/pay/combinedorder&#39;][&#39;post&#39;][&#39;options&#39;] = {
  xml: {
    combine_appid: &#39;wx8888888888888888&#39;,
    combine_mch_id: &#39;1900000109&#39;,
    device_info: &#39;013467007045764&#39;,
    sign_type: &#39;HMAC-SHA256&#39;,
    combine_out_trade_no: &#39;1217752501201407033233368018&#39;,
    spbill_create_ip: &#39;8.8.8.8&#39;,
    time_start: &#39;20171225091010&#39;,
    time_expire: &#39;20171225091510&#39;,
    notify_url: &#39;http://www.weixin.qq.com/wxpay/pay.php&#39;,
    trade_type: &#39;JSAPI&#39;,
    product_id: &#39;1234567890&#39;,
    combine_openid: &#39;120061098828009406&#39;,
    scene_info: JSON.stringify({ device_id: &#39;POS1:1&#39;, payer_client_ip: &#39;14.17.22.32&#39; }),
    sub_order_list: JSON.stringify({
      order_num: 2,
      order_list: [
        {
          appid: &#39;wxdace645e0bc2c424&#39;,
          mch_id: &#39;1900009001&#39;,
          body: &#39;子订单1&#39;,
          detail: &#39;商品详细描述&#39;,
          attach: &#39;深圳分店&#39;,
          out_trade_no: &#39;OD201708030001&#39;,
          fee_type: &#39;CNY&#39;,
          total_fee: 88,
          sub_appid: &#39;wxd678efh567hg6787&#39;,
          sub_mch_id: &#39;1256324589&#39;,
        },
      ],
    }),
  },
};

// 1. $instance-&gt;v2-&gt;pay-&gt;combinedorder-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v2.pay.combinedorder.postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 2. $instance-&gt;chain(&#39;v2/pay/combinedorder&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v2/pay/combinedorder&#39;).postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 3. $instance[&#39;v2/pay/combinedorder&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v2/pay/combinedorder&#39;].postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 4. $response = $instance-&gt;v2-&gt;pay-&gt;combinedorder-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byProperty = await wx.v2.pay.combinedorder.post(options);
console.log(Transformer.toArray(byProperty.body));

// 5. $response = $instance-&gt;chain(&#39;v2/pay/combinedorder&#39;)-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byChain = await wx.chain(&#39;v2/pay/combinedorder&#39;).post(options);
console.log(Transformer.toArray(byChain.body));

// 6. $response = $instance[&#39;v2/pay/combinedorder&#39;]-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byPath = await wx[&#39;v2/pay/combinedorder&#39;].post(options);
console.log(Transformer.toArray(byPath.body));
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>return_code</code></td><td>string</td><td>返回状态码</td><td><code>SUCCESS</code>, <code>FAIL</code></td></tr><tr><td><code>return_msg</code></td><td>string</td><td>返回信息</td><td></td></tr><tr><td><code>combine_appid</code></td><td>string</td><td>合单appid</td><td></td></tr><tr><td><code>combine_mch_id</code></td><td>string</td><td>合单商户号</td><td></td></tr><tr><td><code>device_info</code></td><td>string</td><td>设备号</td><td></td></tr><tr><td><code>nonce_str</code></td><td>string</td><td>随机字符串</td><td></td></tr><tr><td><code>sign</code></td><td>string</td><td>签名</td><td></td></tr><tr><td><code>result_code</code></td><td>string</td><td>业务结果</td><td><code>SUCCESS</code>, <code>FAIL</code></td></tr><tr><td><code>err_code</code></td><td>string</td><td>错误代码</td><td></td></tr><tr><td><code>err_code_des</code></td><td>string</td><td>错误代码描述</td><td></td></tr><tr><td><code>trade_type</code></td><td>string</td><td>交易类型</td><td></td></tr><tr><td><code>code_url</code></td><td>string</td><td>二维码链接</td><td></td></tr><tr><td><code>prepay_id</code></td><td>string</td><td>预支付交易会话标识</td><td></td></tr><tr><td><code>mweb_url</code></td><td>string</td><td>H5支付跳转链接</td><td></td></tr></tbody></table><p>A signed answer&#39;s <code>sign</code> is checked before you see it. A <code>return_code</code> or <code>result_code</code> other than <code>SUCCESS</code> rejects with a <code>BusinessError</code>.</p><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/api/combine.php?chapter=24_1&amp;index=2" target="_blank" rel="noreferrer">官方合单支付文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v2/pay/combinedorder.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const combinedorder = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  combinedorder as default
};
