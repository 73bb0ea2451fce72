import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"创建先用后付订单 · v3/payscore/servicepayondeliveryorder","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/payscore/servicepayondeliveryorder.md","filePath":"api/v3/payscore/servicepayondeliveryorder.md"}');
const _sfc_main = { name: "api/v3/payscore/servicepayondeliveryorder.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="创建先用后付订单-·-v3-payscore-servicepayondeliveryorder" tabindex="-1">创建先用后付订单 · <code>v3/payscore/servicepayondeliveryorder</code> <a class="header-anchor" href="#创建先用后付订单-·-v3-payscore-servicepayondeliveryorder" aria-label="Permalink to &quot;创建先用后付订单 · \`v3/payscore/servicepayondeliveryorder\`&quot;">​</a></h1><p><a href="./../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><ul><li><code>POST https://api.mch.weixin.qq.com/v3/payscore/servicepayondeliveryorder</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 支付分∙先用后付</li><li>适用对象: 普通商户</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>out_order_no</code></td><td>string</td><td>yes</td><td>商户服务订单号</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td>yes</td><td>公众账号ID</td><td></td></tr><tr><td>├ <code>service_id</code></td><td>string</td><td>yes</td><td>服务ID</td><td></td></tr><tr><td>├ <code>service_introduction</code></td><td>string</td><td>yes</td><td>服务信息</td><td></td></tr><tr><td>├ <code>post_payments</code></td><td>object[]</td><td></td><td></td><td></td></tr><tr><td> ├ <code>name</code></td><td>string</td><td>yes</td><td>付费项目名称</td><td></td></tr><tr><td> ├ <code>amount</code></td><td>integer</td><td></td><td>金额</td><td></td></tr><tr><td> ├ <code>description</code></td><td>string</td><td></td><td>计费说明</td><td></td></tr><tr><td> └ <code>count</code></td><td>integer</td><td></td><td>付费数量</td><td></td></tr><tr><td>├ <code>post_discounts</code></td><td>object[]</td><td></td><td></td><td></td></tr><tr><td> ├ <code>name</code></td><td>string</td><td>yes</td><td>优惠名称</td><td></td></tr><tr><td> ├ <code>description</code></td><td>string</td><td>yes</td><td>优惠说明</td><td></td></tr><tr><td> ├ <code>amount</code></td><td>integer</td><td></td><td>优惠金额</td><td></td></tr><tr><td> └ <code>count</code></td><td>integer</td><td></td><td>优惠数量</td><td></td></tr><tr><td>├ <code>time_range</code></td><td>object</td><td>yes</td><td>服务时间段</td><td></td></tr><tr><td> ├ <code>start_time</code></td><td>string</td><td>yes</td><td>服务开始时间</td><td></td></tr><tr><td> ├ <code>start_time_remark</code></td><td>string</td><td></td><td>服务开始时间备注</td><td></td></tr><tr><td> ├ <code>end_time</code></td><td>string</td><td></td><td>服务结束时间</td><td></td></tr><tr><td> └ <code>end_time_remark</code></td><td>string</td><td></td><td>服务结束时间备注</td><td></td></tr><tr><td>├ <code>location</code></td><td>object</td><td></td><td>服务位置</td><td></td></tr><tr><td> ├ <code>start_location</code></td><td>string</td><td></td><td>服务开始地点</td><td></td></tr><tr><td> └ <code>end_location</code></td><td>string</td><td></td><td>服务结束地点</td><td></td></tr><tr><td>├ <code>risk_fund</code></td><td>object</td><td>yes</td><td>订单风险金</td><td></td></tr><tr><td> ├ <code>name</code></td><td>string</td><td>yes</td><td>风险金名称</td><td><code>DEPOSIT</code>, <code>ADVANCE</code>, <code>CASH_DEPOSIT</code>, <code>ESTIMATE_ORDER_COST</code></td></tr><tr><td> ├ <code>amount</code></td><td>integer</td><td>yes</td><td>风险金额</td><td></td></tr><tr><td> └ <code>description</code></td><td>string</td><td></td><td>风险说明</td><td></td></tr><tr><td>├ <code>attach</code></td><td>string</td><td></td><td>商户数据包</td><td></td></tr><tr><td>├ <code>notify_url</code></td><td>string</td><td>yes</td><td>商户回调地址</td><td></td></tr><tr><td>├ <code>openid</code></td><td>string</td><td></td><td>用户标识</td><td></td></tr><tr><td>├ <code>need_user_confirm</code></td><td>boolean</td><td></td><td>是否需要用户确认</td><td></td></tr><tr><td>├ <code>mchid</code></td><td>string</td><td></td><td>商户号</td><td></td></tr><tr><td>└ <code>shopping_info</code></td><td>object</td><td>yes</td><td>先用后付购物详情</td><td></td></tr><tr><td> ├ <code>real_merchant_appid</code></td><td>string</td><td></td><td>实际购物商家公众号ID</td><td></td></tr><tr><td> ├ <code>jump_link</code></td><td>object</td><td>yes</td><td>单详跳转链接</td><td></td></tr><tr><td>  ├ <code>jump_link_type</code></td><td>string</td><td></td><td>跳转链接类型</td><td><code>JUMP_LINK_MINI_PROGRAM</code></td></tr><tr><td>  ├ <code>appid</code></td><td>string</td><td></td><td>小程序跳转AppID</td><td></td></tr><tr><td>  └ <code>path</code></td><td>string</td><td></td><td>小程序跳转path</td><td></td></tr><tr><td> └ <code>goods</code></td><td>object[]</td><td>yes</td><td>商品列表</td><td></td></tr><tr><td>  ├ <code>name</code></td><td>string</td><td>yes</td><td>商品名称</td><td></td></tr><tr><td>  ├ <code>picture</code></td><td>string</td><td>yes</td><td>商品图片链接</td><td></td></tr><tr><td>  ├ <code>amount</code></td><td>integer</td><td>yes</td><td>商品单价金额</td><td></td></tr><tr><td>  ├ <code>count</code></td><td>integer</td><td>yes</td><td>商品数量</td><td></td></tr><tr><td>  └ <code>category_id</code></td><td>string[]</td><td></td><td>商品品类ID</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1230000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/payscore/servicepayondeliveryorder&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    out_order_no: &#39;1234323JKHDFE1243252&#39;,
    appid: &#39;wxd678efh567hg6787&#39;,
    service_id: &#39;500001&#39;,
    service_introduction: &#39;某某酒店&#39;,
    time_range: {
      start_time: &#39;20091225091010&#39;,
      start_time_remark: &#39;备注1&#39;,
      end_time: &#39;20091225121010&#39;,
      end_time_remark: &#39;备注2&#39;,
    },
    risk_fund: { name: &#39;DEPOSIT&#39;, amount: 10000, description: &#39;就餐的预估费用&#39; },
    attach: &#39;Easdfowealsdkjfnlaksjdlfkwqoi&amp;wl3l2sald&#39;,
    notify_url: &#39;https://api.test.com&#39;,
    openid: &#39;oUpF8uMuAJO_M2pxb1Q9zNjWeS6o&#39;,
    mchid: &#39;1230000109&#39;,
    shopping_info: {
      real_merchant_appid: &#39;wxd678efh567hg6787&#39;,
      jump_link: {},
      goods: [
        {
          name: &#39;森海塞尔 MOMENTUM 4 无线耳机大馒头4 头戴式蓝牙音乐耳机自适应降噪&#39;,
          picture: &#39;http://mmbiz.qpic.cn/mmbiz_png/ldTw9dg46zkjOrzyTkbQAvQkysliaiblZhdthZWewgQMyqLZwStaNEsJrYmjwh2MlK7G4wibAFOEuISQKplSnxMWA/640?wx_fmt=png&amp;wxfrom=200&#39;,
          amount: 40000,
          count: 4,
        },
      ],
    },
  },
};

// 1. $instance-&gt;v3-&gt;payscore-&gt;servicepayondeliveryorder-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.payscore.servicepayondeliveryorder.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/payscore/servicepayondeliveryorder&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/payscore/servicepayondeliveryorder&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/payscore/servicepayondeliveryorder&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/payscore/servicepayondeliveryorder&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;payscore-&gt;servicepayondeliveryorder-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.payscore.servicepayondeliveryorder.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/payscore/servicepayondeliveryorder&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/payscore/servicepayondeliveryorder&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/payscore/servicepayondeliveryorder&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/payscore/servicepayondeliveryorder&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>appid</code></td><td>string</td><td>公众账号ID</td><td></td></tr><tr><td><code>mchid</code></td><td>string</td><td>商户号</td><td></td></tr><tr><td><code>out_order_no</code></td><td>string</td><td>商户服务订单号</td><td></td></tr><tr><td><code>service_id</code></td><td>string</td><td>服务ID</td><td></td></tr><tr><td><code>service_introduction</code></td><td>string</td><td>服务信息</td><td></td></tr><tr><td><code>state</code></td><td>string</td><td>服务订单状态</td><td></td></tr><tr><td><code>state_description</code></td><td>string</td><td>订单状态说明</td><td></td></tr><tr><td><code>post_payments</code></td><td>object[]</td><td>后付费项目</td><td></td></tr><tr><td>├ <code>name</code></td><td>string</td><td>付费名称</td><td></td></tr><tr><td>├ <code>amount</code></td><td>number</td><td>付费金额</td><td></td></tr><tr><td>├ <code>description</code></td><td>string</td><td>付费说明</td><td></td></tr><tr><td>└ <code>count</code></td><td>number</td><td>付费数量</td><td></td></tr><tr><td><code>post_discounts</code></td><td>object[]</td><td>后付费商户优惠</td><td></td></tr><tr><td>├ <code>name</code></td><td>string</td><td>优惠名称</td><td></td></tr><tr><td>├ <code>description</code></td><td>string</td><td>优惠说明</td><td></td></tr><tr><td>├ <code>amount</code></td><td>number</td><td>优惠金额</td><td></td></tr><tr><td>└ <code>count</code></td><td>number</td><td>优惠数量</td><td></td></tr><tr><td><code>risk_fund</code></td><td>object</td><td>服务风险金</td><td></td></tr><tr><td>├ <code>name</code></td><td>string</td><td>风险名称</td><td></td></tr><tr><td>├ <code>amount</code></td><td>number</td><td>风险金额</td><td></td></tr><tr><td>└ <code>description</code></td><td>string</td><td>风险说明</td><td></td></tr><tr><td><code>time_range</code></td><td>object</td><td>服务时间段</td><td></td></tr><tr><td>├ <code>start_time</code></td><td>string</td><td>服务开始时间</td><td></td></tr><tr><td>├ <code>end_time</code></td><td>string</td><td>服务结束时间</td><td></td></tr><tr><td>├ <code>start_time_remark</code></td><td>string</td><td>服务开始时间备注</td><td></td></tr><tr><td>└ <code>end_time_remark</code></td><td>string</td><td>服务结束时间备注</td><td></td></tr><tr><td><code>location</code></td><td>object</td><td>服务位置</td><td></td></tr><tr><td>├ <code>start_location</code></td><td>string</td><td>服务开始地点</td><td></td></tr><tr><td>└ <code>end_location</code></td><td>string</td><td>服务结束地点</td><td></td></tr><tr><td><code>attach</code></td><td>string</td><td>商户数据包</td><td></td></tr><tr><td><code>notify_url</code></td><td>string</td><td>商户回调地址</td><td></td></tr><tr><td><code>order_id</code></td><td>string</td><td>微信支付服务订单号</td><td></td></tr><tr><td><code>package</code></td><td>string</td><td>跳转微信侧小程序订单数据</td><td></td></tr><tr><td><code>shopping_info</code></td><td>object</td><td>先用后付购物详情</td><td></td></tr><tr><td>├ <code>real_merchant_appid</code></td><td>string</td><td>实际购物商家公众号ID</td><td></td></tr><tr><td>├ <code>jump_link</code></td><td>object</td><td>单详跳转链接</td><td></td></tr><tr><td> ├ <code>jump_link_type</code></td><td>string</td><td>跳转链接类型</td><td></td></tr><tr><td> ├ <code>appid</code></td><td>string</td><td>小程序跳转AppID</td><td></td></tr><tr><td> └ <code>path</code></td><td>string</td><td>小程序跳转path</td><td></td></tr><tr><td>└ <code>goods</code></td><td>object[]</td><td>商品列表</td><td></td></tr><tr><td> ├ <code>name</code></td><td>string</td><td>商品名称</td><td></td></tr><tr><td> ├ <code>picture</code></td><td>string</td><td>商品图片链接</td><td></td></tr><tr><td> ├ <code>amount</code></td><td>number</td><td>商品单价金额</td><td></td></tr><tr><td> ├ <code>count</code></td><td>number</td><td>商品数量</td><td></td></tr><tr><td> └ <code>category_id</code></td><td>string[]</td><td>商品品类ID</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/docs/merchant/apis/weixin-pay-score/service-order/create-pay-on-delivery-service-order.html" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/payscore/servicepayondeliveryorder.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const servicepayondeliveryorder = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  servicepayondeliveryorder as default
};
