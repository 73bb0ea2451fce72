import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"企业商户作废员工企业支付额度卡 · v3/webizpay/employees/{employee_id}/quota-cards/{card_no}/cancel","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/webizpay/employees/_employee_id_/quota-cards/_card_no_/cancel.md","filePath":"api/v3/webizpay/employees/_employee_id_/quota-cards/_card_no_/cancel.md"}');
const _sfc_main = { name: "api/v3/webizpay/employees/_employee_id_/quota-cards/_card_no_/cancel.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="企业商户作废员工企业支付额度卡-·-v3-webizpay-employees-employee-id-quota-cards-card-no-cancel" tabindex="-1">企业商户作废员工企业支付额度卡 · <code>v3/webizpay/employees/{employee_id}/quota-cards/{card_no}/cancel</code> <a class="header-anchor" href="#企业商户作废员工企业支付额度卡-·-v3-webizpay-employees-employee-id-quota-cards-card-no-cancel" aria-label="Permalink to &quot;企业商户作废员工企业支付额度卡 · \`v3/webizpay/employees/{employee_id}/quota-cards/{card_no}/cancel\`&quot;">​</a></h1><p><a href="./../../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>企业商户作废员工企业支付额度卡。该接口允许服务商作废已下发给员工的企业支付额度卡，作废后该额度卡将无法继续使用，可指定作废原因。当额度卡使用错误、发放错误或需要提前回收额度时，企业可通过此接口作废额度卡。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/webizpay/employees/{employee_id}/quota-cards/{card_no}/cancel</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 企业支付</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>employee_id</code></td><td>string</td><td>yes</td><td>微信授权关系ID</td><td></td></tr><tr><td><code>card_no</code></td><td>string</td><td>yes</td><td>企业支付额度卡卡号</td><td></td></tr><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>sp_mchid</code></td><td>string</td><td>yes</td><td>服务商商户号</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td>yes</td><td>出资子商户号</td><td></td></tr><tr><td>└ <code>reason</code></td><td>string</td><td>yes</td><td>作废原因</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/webizpay/employees/{employee_id}/quota-cards/{card_no}/cancel&#39;][&#39;post&#39;][&#39;options&#39;] = {
  employee_id: &#39;WeBizPay_a968402a-73bb-43e2-9e1a-8371b0ca3d7c&#39;,
  card_no: &#39;1068019671702503425&#39;,
  json: { sp_mchid: &#39;12341234&#39;, sub_mchid: &#39;43214321&#39;, reason: &#39;商户主动作废&#39; },
};

// 1. $instance-&gt;v3-&gt;webizpay-&gt;employees-&gt;_employee_id_-&gt;quotaCards-&gt;_card_no_-&gt;cancel-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.webizpay.employees._employee_id_.quotaCards._card_no_.cancel.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/webizpay/employees/{employee_id}/quota-cards/{card_no}/cancel&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/webizpay/employees/{employee_id}/quota-cards/{card_no}/cancel&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/webizpay/employees/{employee_id}/quota-cards/{card_no}/cancel&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/webizpay/employees/{employee_id}/quota-cards/{card_no}/cancel&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;webizpay-&gt;employees-&gt;_employee_id_-&gt;quotaCards-&gt;_card_no_-&gt;cancel-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.webizpay.employees._employee_id_.quotaCards._card_no_.cancel.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/webizpay/employees/{employee_id}/quota-cards/{card_no}/cancel&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/webizpay/employees/{employee_id}/quota-cards/{card_no}/cancel&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/webizpay/employees/{employee_id}/quota-cards/{card_no}/cancel&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/webizpay/employees/{employee_id}/quota-cards/{card_no}/cancel&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>sp_mchid</code></td><td>string</td><td>服务商商户号</td><td></td></tr><tr><td><code>sub_mchid</code></td><td>string</td><td>出资子商户号</td><td></td></tr><tr><td><code>employee_id</code></td><td>string</td><td>微信授权关系ID</td><td></td></tr><tr><td><code>card_no</code></td><td>string</td><td>企业支付额度卡卡号</td><td></td></tr><tr><td><code>card_state</code></td><td>string</td><td>卡片状态</td><td><code>ACTIVE</code>, <code>DISABLED</code></td></tr><tr><td><code>card_disabled_time</code></td><td>string(rfc3339)</td><td>卡片失效时间</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/webizpay/employees/_employee_id_/quota-cards/_card_no_/cancel.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const cancel = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  cancel as default
};
