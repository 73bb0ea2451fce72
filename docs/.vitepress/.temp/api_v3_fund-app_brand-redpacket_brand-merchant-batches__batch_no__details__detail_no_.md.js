import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"商家明细单号查询明细单 · v3/fund-app/brand-redpacket/brand-merchant-batches/{batch_no}/details/{detail_no}","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/fund-app/brand-redpacket/brand-merchant-batches/_batch_no_/details/_detail_no_.md","filePath":"api/v3/fund-app/brand-redpacket/brand-merchant-batches/_batch_no_/details/_detail_no_.md"}');
const _sfc_main = { name: "api/v3/fund-app/brand-redpacket/brand-merchant-batches/_batch_no_/details/_detail_no_.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="商家明细单号查询明细单-·-v3-fund-app-brand-redpacket-brand-merchant-batches-batch-no-details-detail-no" tabindex="-1">商家明细单号查询明细单 · <code>v3/fund-app/brand-redpacket/brand-merchant-batches/{batch_no}/details/{detail_no}</code> <a class="header-anchor" href="#商家明细单号查询明细单-·-v3-fund-app-brand-redpacket-brand-merchant-batches-batch-no-details-detail-no" aria-label="Permalink to &quot;商家明细单号查询明细单 · \`v3/fund-app/brand-redpacket/brand-merchant-batches/{batch_no}/details/{detail_no}\`&quot;">​</a></h1><p><a href="./../../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get" tabindex="-1">GET <a class="header-anchor" href="#get" aria-label="Permalink to &quot;GET&quot;">​</a></h2><p>普通直连商户可以通过该接口查询单笔品牌红包明细单。建议商户发放品牌红包后，间隔1分钟以上再调用该接口查单，避免查询失败</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/fund-app/brand-redpacket/brand-merchant-batches/{batch_no}/details/{detail_no}</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 品牌红包</li><li>适用对象: 普通商户</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>batch_no</code></td><td>string</td><td>yes</td><td>微信支付品牌红包批次单号</td><td></td></tr><tr><td><code>detail_no</code></td><td>string</td><td>yes</td><td>商家品牌红包明细单号</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/fund-app/brand-redpacket/brand-merchant-batches/{batch_no}/details/{detail_no}&#39;][&#39;get&#39;][&#39;options&#39;] = {
  batch_no: &#39;1030000071100999991182020050700019480001&#39;,
  detail_no: &#39;1040000071100999991182020050700019500100&#39;,
};

// 1. $instance-&gt;v3-&gt;fundApp-&gt;brandRedpacket-&gt;brandMerchantBatches-&gt;_batch_no_-&gt;details-&gt;_detail_no_-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.fundApp.brandRedpacket.brandMerchantBatches._batch_no_.details._detail_no_.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/fund-app/brand-redpacket/brand-merchant-batches/{batch_no}/details/{detail_no}&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/fund-app/brand-redpacket/brand-merchant-batches/{batch_no}/details/{detail_no}&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/fund-app/brand-redpacket/brand-merchant-batches/{batch_no}/details/{detail_no}&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/fund-app/brand-redpacket/brand-merchant-batches/{batch_no}/details/{detail_no}&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;fundApp-&gt;brandRedpacket-&gt;brandMerchantBatches-&gt;_batch_no_-&gt;details-&gt;_detail_no_-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.fundApp.brandRedpacket.brandMerchantBatches._batch_no_.details._detail_no_.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/fund-app/brand-redpacket/brand-merchant-batches/{batch_no}/details/{detail_no}&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/fund-app/brand-redpacket/brand-merchant-batches/{batch_no}/details/{detail_no}&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/fund-app/brand-redpacket/brand-merchant-batches/{batch_no}/details/{detail_no}&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/fund-app/brand-redpacket/brand-merchant-batches/{batch_no}/details/{detail_no}&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>brand_mchid</code></td><td>string</td><td>品牌主商户号</td><td></td></tr><tr><td><code>out_batch_no</code></td><td>string</td><td>商家品牌红包批次单号</td><td></td></tr><tr><td><code>batch_no</code></td><td>string</td><td>微信支付品牌红包批次单号</td><td></td></tr><tr><td><code>out_detail_no</code></td><td>string</td><td>商家品牌红包明细单号</td><td></td></tr><tr><td><code>detail_no</code></td><td>string</td><td>微信支付品牌红包明细单号</td><td></td></tr><tr><td><code>detail_state</code></td><td>string</td><td>品牌红包明细单状态</td><td><code>DETAIL_INIT</code>, <code>DETAIL_WAIT_PAY</code>, <code>DETAIL_PROCESSING</code>, <code>DETAIL_SUCCESS</code>, <code>DETAIL_FAIL</code></td></tr><tr><td><code>amount</code></td><td>number</td><td>红包金额</td><td></td></tr><tr><td><code>remark</code></td><td>string</td><td>红包备注</td><td></td></tr><tr><td><code>fail_reason</code></td><td>string</td><td>失败原因</td><td><code>ACCOUNT_FROZEN</code>, <code>REAL_NAME_CHECK_FAIL</code>, <code>NAME_NOT_CORRECT</code>, <code>OPENID_INVALID</code>, <code>TRANSFER_QUOTA_EXCEED</code>, <code>DAY_RECEIVED_QUOTA_EXCEED</code>, <code>DAY_RECEIVED_COUNT_EXCEED</code>, <code>PRODUCT_AUTH_CHECK_FAIL</code>, <code>OVERDUE_CLOSE</code>, <code>ACCOUNT_NOT_EXIST</code>, <code>TRANSFER_RISK</code>, <code>USER_ACCOUNT_LIMIT</code>, <code>FAIL_REASON_UNKNOWN</code>, <code>PAYER_ACCOUNT_ABNORMAL</code>, <code>PAYEE_ACCOUNT_ABNORMAL</code>, <code>USER_RECEIVE_OVERDUE</code>, <code>REMARK_NOT_CORRECT</code>, <code>MERCHANT_REJECT</code>, <code>MERCHANT_NOT_CONFIRM</code>, <code>BLOCK_B2C_USERLIMITAMOUNT_BSRULE_MONTH</code></td></tr><tr><td><code>openid</code></td><td>string</td><td>接收红包用户OpenID</td><td></td></tr><tr><td><code>user_name</code></td><td>string(base64)</td><td>接收红包用户姓名</td><td></td></tr><tr><td><code>initiate_time</code></td><td>string(rfc3339)</td><td>品牌红包发起时间</td><td></td></tr><tr><td><code>update_time</code></td><td>string(rfc3339)</td><td>品牌红包更新时间</td><td></td></tr><tr><td><code>brand_id</code></td><td>number</td><td>品牌ID</td><td></td></tr><tr><td><code>template_id</code></td><td>string</td><td>品牌红包模板ID</td><td></td></tr><tr><td><code>brand_appid</code></td><td>string</td><td>品牌AppID</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/fund-app/brand-redpacket/brand-merchant-batches/_batch_no_/details/_detail_no_.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const _detail_no_ = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  _detail_no_ as default
};
