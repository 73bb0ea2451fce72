import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"个人收款-申请批量结算 · v3/platsolution/ecommerce/settle/prepay-settle-orders","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/platsolution/ecommerce/settle/prepay-settle-orders.md","filePath":"api/v3/platsolution/ecommerce/settle/prepay-settle-orders.md"}');
const _sfc_main = { name: "api/v3/platsolution/ecommerce/settle/prepay-settle-orders.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="个人收款-申请批量结算-·-v3-platsolution-ecommerce-settle-prepay-settle-orders" tabindex="-1">个人收款-申请批量结算 · <code>v3/platsolution/ecommerce/settle/prepay-settle-orders</code> <a class="header-anchor" href="#个人收款-申请批量结算-·-v3-platsolution-ecommerce-settle-prepay-settle-orders" aria-label="Permalink to &quot;个人收款-申请批量结算 · \`v3/platsolution/ecommerce/settle/prepay-settle-orders\`&quot;">​</a></h1><p><a href="./../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>申请个人收款批量结算</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/platsolution/ecommerce/settle/prepay-settle-orders</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 收付通∙个人收款</li><li>适用对象: 电商平台</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td>yes</td><td>发起方AppID</td><td></td></tr><tr><td>├ <code>out_settle_batch_no</code></td><td>string</td><td>yes</td><td>商户结算批次单号</td><td></td></tr><tr><td>├ <code>individual_auth_id</code></td><td>string</td><td>yes</td><td>商品单个人收款方受理授权ID</td><td></td></tr><tr><td>├ <code>notify_url</code></td><td>string</td><td>yes</td><td>通知地址</td><td></td></tr><tr><td>├ <code>description</code></td><td>string</td><td>yes</td><td>收款方描述</td><td></td></tr><tr><td>├ <code>trade_scenario</code></td><td>string</td><td>yes</td><td>交易场景</td><td><code>RECOMMERCE</code></td></tr><tr><td>├ <code>settle_info_list</code></td><td>object[]</td><td>yes</td><td>结算信息列表</td><td></td></tr><tr><td> ├ <code>out_settle_no</code></td><td>string</td><td>yes</td><td>商户结算单号</td><td></td></tr><tr><td> ├ <code>transaction_id</code></td><td>string</td><td>yes</td><td>微信支付订单号</td><td></td></tr><tr><td> └ <code>settle_detail_info_list</code></td><td>object[]</td><td>yes</td><td>结算明细单列表</td><td></td></tr><tr><td>  ├ <code>out_settle_detail_no</code></td><td>string</td><td>yes</td><td>商户结算明细单号</td><td></td></tr><tr><td>  ├ <code>settle_type</code></td><td>string</td><td>yes</td><td>结算类型</td><td></td></tr><tr><td>  ├ <code>receiver_type</code></td><td>string</td><td>yes</td><td>接收方类型</td><td></td></tr><tr><td>  ├ <code>receiver_account</code></td><td>string</td><td>yes</td><td>接收方账号</td><td></td></tr><tr><td>  └ <code>amount</code></td><td>object</td><td>yes</td><td>金额</td><td></td></tr><tr><td>   ├ <code>amount</code></td><td>number</td><td>yes</td><td>金额</td><td></td></tr><tr><td>   └ <code>currency</code></td><td>string</td><td></td><td>币种</td><td></td></tr><tr><td>└ <code>receive_type_template_id</code></td><td>integer</td><td></td><td>收款类型模板ID</td><td><code>1</code>, <code>2</code></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/platsolution/ecommerce/settle/prepay-settle-orders&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    appid: &#39;WXA12368855126622&#39;,
    out_settle_batch_no: &#39;1236698745558870&#39;,
    individual_auth_id: &#39;256322110225&#39;,
    notify_url: &#39;https://www.weixin.qq.com/wxpay/pay.php&#39;,
    description: &#39;共计2笔订单，订单金额xxx元，平台服务费xxx元，合计收款xxx元&#39;,
    trade_scenario: &#39;RECOMMERCE&#39;,
    settle_info_list: [
      {
        out_settle_no: &#39;12369666555136622&#39;,
        transaction_id: &#39;4207752501201407033233368018&#39;,
        settle_detail_info_list: [
          {
            out_settle_detail_no: &#39;123688556699666554&#39;,
            settle_type: &#39;RECEIVE&#39;,
            receiver_type: &#39;MERCHANT&#39;,
            receiver_account: &#39;1234567890&#39;,
            amount: { amount: 11000, currency: &#39;CNY&#39; },
          },
        ],
      },
    ],
  },
};

// 1. $instance-&gt;v3-&gt;platsolution-&gt;ecommerce-&gt;settle-&gt;prepaySettleOrders-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.platsolution.ecommerce.settle.prepaySettleOrders.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/platsolution/ecommerce/settle/prepay-settle-orders&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/platsolution/ecommerce/settle/prepay-settle-orders&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/platsolution/ecommerce/settle/prepay-settle-orders&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/platsolution/ecommerce/settle/prepay-settle-orders&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;platsolution-&gt;ecommerce-&gt;settle-&gt;prepaySettleOrders-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.platsolution.ecommerce.settle.prepaySettleOrders.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/platsolution/ecommerce/settle/prepay-settle-orders&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/platsolution/ecommerce/settle/prepay-settle-orders&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/platsolution/ecommerce/settle/prepay-settle-orders&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/platsolution/ecommerce/settle/prepay-settle-orders&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>out_settle_batch_no</code></td><td>string</td><td>商户结算批次单号</td><td></td></tr><tr><td><code>settle_batch_no</code></td><td>string</td><td>微信支付结算批次单号</td><td></td></tr><tr><td><code>individual_auth_id</code></td><td>string</td><td>商品单个人收款方受理授权ID</td><td></td></tr><tr><td><code>description</code></td><td>string</td><td>收款方描述</td><td></td></tr><tr><td><code>state</code></td><td>string</td><td>批次状态</td><td></td></tr><tr><td><code>trade_scenario</code></td><td>string</td><td>交易场景</td><td></td></tr><tr><td><code>create_time</code></td><td>string(rfc3339)</td><td>批次创建时间</td><td></td></tr><tr><td><code>finish_time</code></td><td>string(rfc3339)</td><td>批次完成时间</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/docs/merchant/apis/personal-collections/apply-prepay-settle-orders.html" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/platsolution/ecommerce/settle/prepay-settle-orders.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const prepaySettleOrders = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  prepaySettleOrders as default
};
