import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"创单结单合并API · v3/payscore/partner/serviceorder/direct-complete","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/payscore/partner/serviceorder/direct-complete.md","filePath":"api/v3/payscore/partner/serviceorder/direct-complete.md"}');
const _sfc_main = { name: "api/v3/payscore/partner/serviceorder/direct-complete.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="创单结单合并api-·-v3-payscore-partner-serviceorder-direct-complete" tabindex="-1">创单结单合并API · <code>v3/payscore/partner/serviceorder/direct-complete</code> <a class="header-anchor" href="#创单结单合并api-·-v3-payscore-partner-serviceorder-direct-complete" aria-label="Permalink to &quot;创单结单合并API · \`v3/payscore/partner/serviceorder/direct-complete\`&quot;">​</a></h1><p><a href="./../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>该接口适用于无需微信支付分做订单风控判断的业务场景，在服务完成后，通过该接口对用户进行免密代扣。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/payscore/partner/serviceorder/direct-complete</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 支付分∙服务商模式</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>service_id</code></td><td>string</td><td>yes</td><td>服务ID</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td>yes</td><td>服务商应用ID</td><td></td></tr><tr><td>├ <code>sub_appid</code></td><td>string</td><td>yes</td><td>子商户应用ID</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td></td><td>子商户号</td><td></td></tr><tr><td>├ <code>out_order_no</code></td><td>string</td><td>yes</td><td>商户服务订单号</td><td></td></tr><tr><td>├ <code>service_introduction</code></td><td>string</td><td>yes</td><td>服务信息</td><td></td></tr><tr><td>├ <code>post_payments</code></td><td>object[]</td><td></td><td>后付费项目</td><td></td></tr><tr><td> ├ <code>name</code></td><td>string</td><td>yes</td><td>付费名称</td><td></td></tr><tr><td> ├ <code>description</code></td><td>string</td><td></td><td>付费说明</td><td></td></tr><tr><td> ├ <code>amount</code></td><td>integer</td><td></td><td>付费金额</td><td></td></tr><tr><td> └ <code>count</code></td><td>integer</td><td></td><td>付费数量</td><td></td></tr><tr><td>├ <code>post_discounts</code></td><td>object[]</td><td></td><td>后付费商户优惠</td><td></td></tr><tr><td> ├ <code>name</code></td><td>string</td><td>yes</td><td>优惠名称</td><td></td></tr><tr><td> ├ <code>description</code></td><td>string</td><td>yes</td><td>优惠说明</td><td></td></tr><tr><td> ├ <code>amount</code></td><td>integer</td><td></td><td>优惠金额</td><td></td></tr><tr><td> └ <code>count</code></td><td>integer</td><td></td><td>优惠数量</td><td></td></tr><tr><td>├ <code>total_amount</code></td><td>integer</td><td>yes</td><td>总金额</td><td></td></tr><tr><td>├ <code>time_range</code></td><td>object</td><td>yes</td><td>服务时间段</td><td></td></tr><tr><td> ├ <code>start_time</code></td><td>string</td><td>yes</td><td>服务开始时间</td><td></td></tr><tr><td> ├ <code>start_time_remark</code></td><td>string</td><td></td><td>服务开始时间备注</td><td></td></tr><tr><td> ├ <code>end_time</code></td><td>string</td><td></td><td>服务结束时间</td><td></td></tr><tr><td> └ <code>end_time_remark</code></td><td>string</td><td></td><td>服务结束时间备注</td><td></td></tr><tr><td>├ <code>location</code></td><td>object</td><td></td><td>服务位置</td><td></td></tr><tr><td> ├ <code>start_location</code></td><td>string</td><td></td><td>服务开始地点</td><td></td></tr><tr><td> └ <code>end_location</code></td><td>string</td><td></td><td>服务结束地点</td><td></td></tr><tr><td>├ <code>profit_sharing</code></td><td>boolean</td><td></td><td>微信支付服务分账标记</td><td></td></tr><tr><td>├ <code>goods_tag</code></td><td>string</td><td></td><td>订单优惠标记</td><td></td></tr><tr><td>├ <code>attach</code></td><td>string</td><td></td><td>商户数据包</td><td></td></tr><tr><td>├ <code>notify_url</code></td><td>string</td><td>yes</td><td>商户回调地址</td><td></td></tr><tr><td>└ <code>openid</code></td><td>string</td><td></td><td>服务商公众号下的用户标识</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/payscore/partner/serviceorder/direct-complete&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    service_id: &#39;2002000000000558128851361561536&#39;,
    appid: &#39;wxd678efh567hg6787&#39;,
    sub_appid: &#39;wxd678efh567hg6999&#39;,
    sub_mchid: &#39;1900000109&#39;,
    out_order_no: &#39;1234323JKHDFE1243252&#39;,
    service_introduction: &#39;XX充电宝&#39;,
    total_amount: 50000,
    time_range: {
      start_time: &#39;20091225091010&#39;,
      start_time_remark: &#39;开始租借时间&#39;,
      end_time: &#39;20091225121010&#39;,
      end_time_remark: &#39;租借结束时间&#39;,
    },
    goods_tag: &#39;goods_tag&#39;,
    attach: &#39;Easdfowealsdkjfnlaksjdlfkwqoi&amp;wl3l2sald&#39;,
    notify_url: &#39;https://api.test.com&#39;,
    openid: &#39;oUpF8uMuAJO_M2pxb1Q9zNjWeS6o&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;payscore-&gt;partner-&gt;serviceorder-&gt;directComplete-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.payscore.partner.serviceorder.directComplete.postAsync(options).then((response) =&gt; console.log(response.status));

// 2. $instance-&gt;chain(&#39;v3/payscore/partner/serviceorder/direct-complete&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/payscore/partner/serviceorder/direct-complete&#39;).postAsync(options).then((response) =&gt; console.log(response.status));

// 3. $instance[&#39;v3/payscore/partner/serviceorder/direct-complete&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/payscore/partner/serviceorder/direct-complete&#39;].postAsync(options).then((response) =&gt; console.log(response.status));

// 4. $response = $instance-&gt;v3-&gt;payscore-&gt;partner-&gt;serviceorder-&gt;directComplete-&gt;post([…]); echo $response-&gt;getStatusCode();
const byProperty = await wx.v3.payscore.partner.serviceorder.directComplete.post(options);
console.log(byProperty.status);

// 5. $response = $instance-&gt;chain(&#39;v3/payscore/partner/serviceorder/direct-complete&#39;)-&gt;post([…]); echo $response-&gt;getStatusCode();
const byChain = await wx.chain(&#39;v3/payscore/partner/serviceorder/direct-complete&#39;).post(options);
console.log(byChain.status);

// 6. $response = $instance[&#39;v3/payscore/partner/serviceorder/direct-complete&#39;]-&gt;post([…]); echo $response-&gt;getStatusCode();
const byPath = await wx[&#39;v3/payscore/partner/serviceorder/direct-complete&#39;].post(options);
console.log(byPath.status);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><p><code>204 No Content</code>: no body; <code>response.data</code> is <code>undefined</code>.</p><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter6_2_8.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/payscore/partner/serviceorder/direct-complete.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const directComplete = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  directComplete as default
};
