import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"电商平台提现API · v3/merchant/fund/withdraw","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/merchant/fund/withdraw.md","filePath":"api/v3/merchant/fund/withdraw.md"}');
const _sfc_main = { name: "api/v3/merchant/fund/withdraw.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="电商平台提现api-·-v3-merchant-fund-withdraw" tabindex="-1">电商平台提现API · <code>v3/merchant/fund/withdraw</code> <a class="header-anchor" href="#电商平台提现api-·-v3-merchant-fund-withdraw" aria-label="Permalink to &quot;电商平台提现API · \`v3/merchant/fund/withdraw\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>收付通平台通过该接口可将其平台的收入进行预约提现。该预约提现申请提交后，系统将在次日发起提现，预计当日到账。具体到账时间以实际银行处理为准。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/merchant/fund/withdraw</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 收付通∙提现</li><li>适用对象: 电商平台</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>out_request_no</code></td><td>string</td><td>yes</td><td>商户提现单号</td><td></td></tr><tr><td>├ <code>amount</code></td><td>integer</td><td>yes</td><td>提现金额</td><td></td></tr><tr><td>├ <code>remark</code></td><td>string</td><td></td><td>备注</td><td></td></tr><tr><td>├ <code>bank_memo</code></td><td>string</td><td></td><td>银行附言</td><td></td></tr><tr><td>├ <code>account_type</code></td><td>string</td><td>yes</td><td>资金账户类型</td><td><code>BASIC</code>, <code>OPERATION</code>, <code>FEES</code></td></tr><tr><td>└ <code>notify_url</code></td><td>string</td><td></td><td>提现结果通知地址</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/merchant/fund/withdraw&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    out_request_no: &#39;20190611222222222200000000012122&#39;,
    amount: 1,
    remark: &#39;交易体现&#39;,
    bank_memo: &#39;xx平台提现&#39;,
    account_type: &#39;BASIC&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;merchant-&gt;fund-&gt;withdraw-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.merchant.fund.withdraw.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/merchant/fund/withdraw&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/merchant/fund/withdraw&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/merchant/fund/withdraw&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/merchant/fund/withdraw&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;merchant-&gt;fund-&gt;withdraw-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.merchant.fund.withdraw.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/merchant/fund/withdraw&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/merchant/fund/withdraw&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/merchant/fund/withdraw&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/merchant/fund/withdraw&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>withdraw_id</code></td><td>string</td><td>微信支付提现单号</td><td></td></tr><tr><td><code>out_request_no</code></td><td>string</td><td>商户提现单号</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/merchant/fund/withdraw.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const withdraw = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  withdraw as default
};
