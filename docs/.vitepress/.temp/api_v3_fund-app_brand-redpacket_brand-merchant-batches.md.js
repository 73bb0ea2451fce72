import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"品牌商户发放红包 · v3/fund-app/brand-redpacket/brand-merchant-batches","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/fund-app/brand-redpacket/brand-merchant-batches.md","filePath":"api/v3/fund-app/brand-redpacket/brand-merchant-batches.md"}');
const _sfc_main = { name: "api/v3/fund-app/brand-redpacket/brand-merchant-batches.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="品牌商户发放红包-·-v3-fund-app-brand-redpacket-brand-merchant-batches" tabindex="-1">品牌商户发放红包 · <code>v3/fund-app/brand-redpacket/brand-merchant-batches</code> <a class="header-anchor" href="#品牌商户发放红包-·-v3-fund-app-brand-redpacket-brand-merchant-batches" aria-label="Permalink to &quot;品牌商户发放红包 · \`v3/fund-app/brand-redpacket/brand-merchant-batches\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>普通直连商户可以通过该接口，向多个用户发放品牌红包，微信支付视任何不同“发起的普通直连商户商户号+商家品牌红包批次单号（out_batch_no）”的请求为一个全新的批次。在未查询到明确的品牌红包批次单处理结果之前，请勿修改商家品牌红包批次单号重新提交！如有发生，普通直连商户应当自行承担因此产生的所有损失和责任。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/fund-app/brand-redpacket/brand-merchant-batches</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 品牌红包</li><li>适用对象: 普通商户</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>brand_id</code></td><td>number</td><td>yes</td><td>品牌ID</td><td></td></tr><tr><td>├ <code>brand_appid</code></td><td>string</td><td>yes</td><td>品牌AppID</td><td></td></tr><tr><td>├ <code>scene</code></td><td>string</td><td>yes</td><td>品牌红包发放场景</td><td><code>CUSTOM_SEND</code></td></tr><tr><td>├ <code>template_id</code></td><td>string</td><td>yes</td><td>品牌红包模板ID</td><td></td></tr><tr><td>├ <code>out_batch_no</code></td><td>string</td><td>yes</td><td>商家品牌红包批次单号</td><td></td></tr><tr><td>├ <code>batch_name</code></td><td>string</td><td>yes</td><td>品牌红包批次名称</td><td></td></tr><tr><td>├ <code>batch_remark</code></td><td>string</td><td>yes</td><td>品牌红包批次备注</td><td></td></tr><tr><td>├ <code>total_amount</code></td><td>number</td><td>yes</td><td>总金额</td><td></td></tr><tr><td>├ <code>total_num</code></td><td>number</td><td>yes</td><td>总笔数</td><td></td></tr><tr><td>└ <code>detail_list</code></td><td>object[]</td><td>yes</td><td>品牌红包明细列表</td><td></td></tr><tr><td> ├ <code>out_detail_no</code></td><td>string</td><td>yes</td><td>商家品牌红包明细单号</td><td></td></tr><tr><td> ├ <code>amount</code></td><td>number</td><td>yes</td><td>红包金额（单位：分）</td><td></td></tr><tr><td> ├ <code>openid</code></td><td>string</td><td>yes</td><td>接收红包用户OpenID</td><td></td></tr><tr><td> ├ <code>user_name</code></td><td>string(base64)</td><td></td><td>接收红包用户姓名</td><td></td></tr><tr><td> └ <code>remark</code></td><td>string</td><td>yes</td><td>红包备注</td><td></td></tr><tr><td><code>headers</code></td><td>object</td><td>yes</td><td>Request headers</td><td></td></tr><tr><td>└ <code>Wechatpay-Serial</code></td><td>unknown</td><td>yes</td><td>微信支付公钥ID/平台证书序列号</td><td></td></tr></tbody></table><p><code>Wechatpay-Serial</code> is set by the SDK: to the platform key it encrypted with when <code>json</code> is built with <code>encrypt</code>, and to the <code>PUB_KEY_ID_…</code> in public-key mode.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/fund-app/brand-redpacket/brand-merchant-batches&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    brand_id: 1234,
    brand_appid: &#39;wxf636efh567hg4356&#39;,
    scene: &#39;CUSTOM_SEND&#39;,
    template_id: &#39;123400001&#39;,
    out_batch_no: &#39;plfk2020042013&#39;,
    batch_name: &#39;双十一营销用品牌红包&#39;,
    batch_remark: &#39;双十一营销用品牌红包&#39;,
    total_amount: 10000,
    total_num: 10,
    detail_list: [
      {
        out_detail_no: &#39;x23zy545Bd5436&#39;,
        amount: 100,
        openid: &#39;o-MYE42l80oelYMDE34nYD456Xoy&#39;,
        user_name: &#39;757b340b45ebef5467rter35gf464344v3542sdf4t6re4tb4f54ty45t4yyry45&#39;,
        remark: &#39;来自XX的红包&#39;,
      },
    ],
  },
};

// 1. $instance-&gt;v3-&gt;fundApp-&gt;brandRedpacket-&gt;brandMerchantBatches-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.fundApp.brandRedpacket.brandMerchantBatches.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/fund-app/brand-redpacket/brand-merchant-batches&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/fund-app/brand-redpacket/brand-merchant-batches&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/fund-app/brand-redpacket/brand-merchant-batches&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/fund-app/brand-redpacket/brand-merchant-batches&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;fundApp-&gt;brandRedpacket-&gt;brandMerchantBatches-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.fundApp.brandRedpacket.brandMerchantBatches.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/fund-app/brand-redpacket/brand-merchant-batches&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/fund-app/brand-redpacket/brand-merchant-batches&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/fund-app/brand-redpacket/brand-merchant-batches&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/fund-app/brand-redpacket/brand-merchant-batches&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>out_batch_no</code></td><td>string</td><td>商家品牌红包批次单号</td><td></td></tr><tr><td><code>batch_no</code></td><td>string</td><td>微信支付品牌红包批次单号</td><td></td></tr><tr><td><code>create_time</code></td><td>string</td><td>品牌红包批次创建时间</td><td></td></tr><tr><td><code>batch_state</code></td><td>string</td><td>批次单状态</td><td><code>WAIT_PAY</code>, <code>ACCEPTED</code>, <code>PROCESSING</code>, <code>FINISHED</code>, <code>CLOSED</code></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/fund-app/brand-redpacket/brand-merchant-batches.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const brandMerchantBatches = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  brandMerchantBatches as default
};
