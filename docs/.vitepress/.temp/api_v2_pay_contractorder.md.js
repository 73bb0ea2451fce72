import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"支付中签约 · v2/pay/contractorder","description":"","frontmatter":{},"headers":[],"relativePath":"api/v2/pay/contractorder.md","filePath":"api/v2/pay/contractorder.md"}');
const _sfc_main = { name: "api/v2/pay/contractorder.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="支付中签约-·-v2-pay-contractorder" tabindex="-1">支付中签约 · <code>v2/pay/contractorder</code> <a class="header-anchor" href="#支付中签约-·-v2-pay-contractorder" aria-label="Permalink to &quot;支付中签约 · \`v2/pay/contractorder\`&quot;">​</a></h1><p><a href="./../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>支付的同时完成代扣协议的签约。用户完成支付，微信通过支付中签约接口中商户上传的通知回调地址（对应参数：notify_url），将支付结果返回给商户，同时将签约结果通过contract_notify_url通知给商户，两次通知皆为异步通知。</p><ul><li><code>POST https://api.mch.weixin.qq.com/pay/contractorder</code></li><li>APIv2: XML, signed with the APIv2 key (<code>secret</code>)</li><li>Merchant API client certificate: not required</li><li>Product: APIv2∙委托扣款</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>xml</code></td><td>object</td><td>yes</td><td>The APIv2 payload</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td>yes</td><td>请求appid</td><td></td></tr><tr><td>├ <code>mch_id</code></td><td>string</td><td>yes</td><td>商户号</td><td></td></tr><tr><td>├ <code>sub_mch_id</code></td><td>string</td><td></td><td>子商户号</td><td></td></tr><tr><td>├ <code>sub_appid</code></td><td>string</td><td></td><td>子商户公众账号ID</td><td></td></tr><tr><td>├ <code>contract_mchid</code></td><td>string</td><td>yes</td><td>签约商户号</td><td></td></tr><tr><td>├ <code>contract_appid</code></td><td>string</td><td>yes</td><td>签约appid</td><td></td></tr><tr><td>├ <code>out_trade_no</code></td><td>string</td><td>yes</td><td>商户订单号</td><td></td></tr><tr><td>├ <code>device_info</code></td><td>string</td><td></td><td>设备号</td><td></td></tr><tr><td>├ <code>body</code></td><td>string</td><td>yes</td><td>商品描述</td><td></td></tr><tr><td>├ <code>detail</code></td><td>string</td><td></td><td>商品详情</td><td></td></tr><tr><td>├ <code>attach</code></td><td>string</td><td></td><td>附加数据</td><td></td></tr><tr><td>├ <code>notify_url</code></td><td>string</td><td>yes</td><td>回调通知url</td><td></td></tr><tr><td>├ <code>total_fee</code></td><td>integer</td><td>yes</td><td>总金额</td><td></td></tr><tr><td>├ <code>spbill_create_ip</code></td><td>string</td><td>yes</td><td>终端IP</td><td></td></tr><tr><td>├ <code>time_start</code></td><td>string</td><td></td><td>交易起始时间</td><td></td></tr><tr><td>├ <code>time_expire</code></td><td>string</td><td></td><td>交易结束时间</td><td></td></tr><tr><td>├ <code>goods_tag</code></td><td>string</td><td></td><td>商品标记</td><td></td></tr><tr><td>├ <code>trade_type</code></td><td>string</td><td>yes</td><td>交易类型</td><td><code>JSAPI</code>, <code>NATIVE</code>, <code>APP</code>, <code>MWEB</code></td></tr><tr><td>├ <code>product_id</code></td><td>string</td><td></td><td>商品ID</td><td></td></tr><tr><td>├ <code>limit_pay</code></td><td>string</td><td></td><td>指定支付方式</td><td></td></tr><tr><td>├ <code>openid</code></td><td>string</td><td></td><td>用户标识</td><td></td></tr><tr><td>├ <code>sub_openid</code></td><td>string</td><td></td><td>用户子标识</td><td></td></tr><tr><td>├ <code>plan_id</code></td><td>integer</td><td>yes</td><td>模板id</td><td></td></tr><tr><td>├ <code>contract_code</code></td><td>string</td><td>yes</td><td>签约协议号</td><td></td></tr><tr><td>├ <code>request_serial</code></td><td>integer</td><td>yes</td><td>请求序列号</td><td></td></tr><tr><td>├ <code>contract_display_account</code></td><td>string</td><td>yes</td><td>用户账户展示名称</td><td></td></tr><tr><td>└ <code>contract_notify_url</code></td><td>string</td><td>yes</td><td>签约信息通知url</td><td></td></tr></tbody></table><p><code>nonce_str</code> and <code>sign</code> are added by the SDK (<code>sign_type</code> in <code>xml</code> picks <code>MD5</code>, the default, or <code>HMAC-SHA256</code>); pass <code>nonceless: true</code> to leave out <code>nonce_str</code>. A <code>mch_id</code> (or <code>mchid</code>) must be the client&#39;s <code>mchid</code>: the SDK refuses to sign for another merchant.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, Transformer, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({ mchid: &#39;1200009811&#39;, secret: process.env.WECHATPAY_APIV2_KEY! });

const options: Endpoints[&#39;v2/pay/contractorder&#39;][&#39;post&#39;][&#39;options&#39;] = {
  xml: {
    appid: &#39;wxcbda96de0b165486&#39;,
    mch_id: &#39;1200009811&#39;,
    sub_mch_id: &#39;1900000100&#39;,
    sub_appid: &#39;wx8888888888888888&#39;,
    contract_mchid: &#39;1200009811&#39;,
    contract_appid: &#39;wxcbda96de0b165486&#39;,
    out_trade_no: &#39;123456&#39;,
    device_info: &#39;013467007045764&#39;,
    body: &#39;Ipadmini16G白色&#39;,
    detail: &#39;Ipadmini16G白色&#39;,
    attach: &#39;深圳分店&#39;,
    notify_url: &#39;http://yoursite.com&#39;,
    total_fee: 888,
    spbill_create_ip: &#39;123.12.12.123&#39;,
    time_start: &#39;20091225091010&#39;,
    time_expire: &#39;20091227091010&#39;,
    goods_tag: &#39;WXG&#39;,
    trade_type: &#39;JSAPI&#39;,
    product_id: &#39;12235413214070356458058&#39;,
    limit_pay: &#39;no_credit&#39;,
    openid: &#39;oUpF8uMuAJO_M2pxb1Q9zNjWeS6o&#39;,
    sub_openid: &#39;oUpF8uMuAJO_M2pxb1Q9zNjWeS6o&#39;,
    plan_id: 123,
    contract_code: &#39;100001256&#39;,
    request_serial: 1695,
    contract_display_account: &#39;123&#39;,
    contract_notify_url: &#39;http://yoursite.com&#39;,
  },
};

// 1. $instance-&gt;v2-&gt;pay-&gt;contractorder-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v2.pay.contractorder.postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 2. $instance-&gt;chain(&#39;v2/pay/contractorder&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v2/pay/contractorder&#39;).postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 3. $instance[&#39;v2/pay/contractorder&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v2/pay/contractorder&#39;].postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 4. $response = $instance-&gt;v2-&gt;pay-&gt;contractorder-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byProperty = await wx.v2.pay.contractorder.post(options);
console.log(Transformer.toArray(byProperty.body));

// 5. $response = $instance-&gt;chain(&#39;v2/pay/contractorder&#39;)-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byChain = await wx.chain(&#39;v2/pay/contractorder&#39;).post(options);
console.log(Transformer.toArray(byChain.body));

// 6. $response = $instance[&#39;v2/pay/contractorder&#39;]-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byPath = await wx[&#39;v2/pay/contractorder&#39;].post(options);
console.log(Transformer.toArray(byPath.body));
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>return_code</code></td><td>string</td><td>返回状态码</td><td><code>SUCCESS</code>, <code>FAIL</code></td></tr><tr><td><code>return_msg</code></td><td>string</td><td>返回信息</td><td></td></tr><tr><td><code>result_code</code></td><td>string</td><td>业务结果</td><td><code>SUCCESS</code>, <code>FAIL</code></td></tr><tr><td><code>appid</code></td><td>string</td><td>公众账号id</td><td></td></tr><tr><td><code>mch_id</code></td><td>string</td><td>商户号</td><td></td></tr><tr><td><code>nonce_str</code></td><td>string</td><td>随机字符串</td><td></td></tr><tr><td><code>sign</code></td><td>string</td><td>签名</td><td></td></tr><tr><td><code>err_code</code></td><td>string</td><td>错误代码</td><td></td></tr><tr><td><code>err_code_des</code></td><td>string</td><td>错误代码描述</td><td></td></tr><tr><td><code>contract_result_code</code></td><td>string</td><td>预签约结果</td><td></td></tr><tr><td><code>contract_err_code</code></td><td>string</td><td>预签约错误代码</td><td></td></tr><tr><td><code>contract_err_code_des</code></td><td>string</td><td>预签约错误描述</td><td></td></tr><tr><td><code>sub_mch_id</code></td><td>string</td><td>子商户号</td><td></td></tr><tr><td><code>sub_appid</code></td><td>string</td><td>子商户公众账号ID</td><td></td></tr><tr><td><code>prepay_id</code></td><td>string</td><td>预支付交易会话标识</td><td></td></tr><tr><td><code>trade_type</code></td><td>string</td><td>交易类型</td><td></td></tr><tr><td><code>code_url</code></td><td>string</td><td>二维码链接</td><td></td></tr><tr><td><code>plan_id</code></td><td>integer</td><td>模板id</td><td></td></tr><tr><td><code>request_serial</code></td><td>string(uint64)</td><td>请求序列号</td><td></td></tr><tr><td><code>contract_code</code></td><td>string</td><td>签约协议号</td><td></td></tr><tr><td><code>contract_display_account</code></td><td>string</td><td>用户账户展示名称</td><td></td></tr><tr><td><code>mweb_url</code></td><td>string</td><td>支付跳转链接</td><td></td></tr><tr><td><code>out_trade_no</code></td><td>string</td><td>商户订单号</td><td></td></tr></tbody></table><p>A signed answer&#39;s <code>sign</code> is checked before you see it. A <code>return_code</code> or <code>result_code</code> other than <code>SUCCESS</code> rejects with a <code>BusinessError</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v2/pay/contractorder.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const contractorder = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  contractorder as default
};
