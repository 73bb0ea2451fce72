import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"受理商家转账 · v3/platsolution/insurance/mch-transfer/batches/apply","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/platsolution/insurance/mch-transfer/batches/apply.md","filePath":"api/v3/platsolution/insurance/mch-transfer/batches/apply.md"}');
const _sfc_main = { name: "api/v3/platsolution/insurance/mch-transfer/batches/apply.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="受理商家转账-·-v3-platsolution-insurance-mch-transfer-batches-apply" tabindex="-1">受理商家转账 · <code>v3/platsolution/insurance/mch-transfer/batches/apply</code> <a class="header-anchor" href="#受理商家转账-·-v3-platsolution-insurance-mch-transfer-batches-apply" aria-label="Permalink to &quot;受理商家转账 · \`v3/platsolution/insurance/mch-transfer/batches/apply\`&quot;">​</a></h1><p><a href="./../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>发起商家转账接口。商户可以通过该接口同时向多个已经确认预约的用户进行转账操作。注意：受理成功将返回批次单号，此时并不代表转账成功，请通过查单接口查询单据的付款状态。接口支持幂等，幂等标识为out_batch_no，幂等有效性为5年。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/platsolution/insurance/mch-transfer/batches/apply</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 资金应用∙转账</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td>yes</td><td>二级商户号</td><td></td></tr><tr><td>├ <code>sp_appid</code></td><td>string</td><td>yes</td><td>服务商AppID</td><td></td></tr><tr><td>├ <code>sub_appid</code></td><td>string</td><td></td><td>二级商户AppID</td><td></td></tr><tr><td>├ <code>out_batch_no</code></td><td>string</td><td>yes</td><td>商家批次单号</td><td></td></tr><tr><td>├ <code>batch_name</code></td><td>string</td><td>yes</td><td>批次名称</td><td></td></tr><tr><td>├ <code>batch_remark</code></td><td>string</td><td>yes</td><td>批次备注</td><td></td></tr><tr><td>├ <code>total_amount</code></td><td>number</td><td>yes</td><td>转账总金额</td><td></td></tr><tr><td>├ <code>total_num</code></td><td>number</td><td>yes</td><td>转账总笔数</td><td></td></tr><tr><td>├ <code>transfer_scene_id</code></td><td>string</td><td>yes</td><td>转账场景ID</td><td></td></tr><tr><td>├ <code>transfer_detail_list</code></td><td>object[]</td><td>yes</td><td>转账明细列表</td><td></td></tr><tr><td> ├ <code>out_detail_no</code></td><td>string</td><td>yes</td><td>商家明细单号</td><td></td></tr><tr><td> ├ <code>transfer_amount</code></td><td>number</td><td>yes</td><td>转账金额</td><td></td></tr><tr><td> ├ <code>transfer_remark</code></td><td>string</td><td>yes</td><td>转账备注</td><td></td></tr><tr><td> ├ <code>reservation_id</code></td><td>string</td><td>yes</td><td>微信转账预约单号</td><td></td></tr><tr><td> └ <code>openid</code></td><td>string</td><td>yes</td><td>收款用户OpenID</td><td></td></tr><tr><td>└ <code>notify_url</code></td><td>string</td><td>yes</td><td>商户回调地址</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/platsolution/insurance/mch-transfer/batches/apply&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    sub_mchid: &#39;1900001109&#39;,
    sp_appid: &#39;wxf636efh567hg4356&#39;,
    sub_appid: &#39;wxf636efh567hg4356&#39;,
    out_batch_no: &#39;sjzz20230223&#39;,
    batch_name: &#39;2023年2月深圳分部报销单&#39;,
    batch_remark: &#39;2023年2月深圳分部报销单&#39;,
    total_amount: 4000000,
    total_num: 200,
    transfer_scene_id: &#39;1000&#39;,
    transfer_detail_list: [
      {
        out_detail_no: &#39;x23zy545Bd5436&#39;,
        transfer_amount: 200000,
        transfer_remark: &#39;2023年2月报销&#39;,
        reservation_id: &#39;1330000071100999991182020050700019480001&#39;,
        openid: &#39;o-MYE42l80oelYMDE34nYD456Xoy&#39;,
      },
    ],
    notify_url: &#39;https://www.weixin.qq.com/wxpay/pay.php&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;platsolution-&gt;insurance-&gt;mchTransfer-&gt;batches-&gt;apply-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.platsolution.insurance.mchTransfer.batches.apply.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/platsolution/insurance/mch-transfer/batches/apply&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/platsolution/insurance/mch-transfer/batches/apply&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/platsolution/insurance/mch-transfer/batches/apply&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/platsolution/insurance/mch-transfer/batches/apply&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;platsolution-&gt;insurance-&gt;mchTransfer-&gt;batches-&gt;apply-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.platsolution.insurance.mchTransfer.batches.apply.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/platsolution/insurance/mch-transfer/batches/apply&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/platsolution/insurance/mch-transfer/batches/apply&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/platsolution/insurance/mch-transfer/batches/apply&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/platsolution/insurance/mch-transfer/batches/apply&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>out_batch_no</code></td><td>string</td><td>商家批次单号</td><td></td></tr><tr><td><code>batch_id</code></td><td>string</td><td>商家转账批次单号</td><td></td></tr><tr><td><code>create_time</code></td><td>string(rfc3339)</td><td>批次创建时间</td><td></td></tr><tr><td><code>batch_state</code></td><td>string</td><td>批次状态</td><td><code>ACCEPTED</code>, <code>PROCESSING</code>, <code>COMPLETED</code>, <code>CLOSED</code></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/platsolution/insurance/mch-transfer/batches/apply.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const apply = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  apply as default
};
