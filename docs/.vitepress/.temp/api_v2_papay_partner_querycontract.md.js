import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"查询签约关系 · v2/papay/partner/querycontract","description":"","frontmatter":{},"headers":[],"relativePath":"api/v2/papay/partner/querycontract.md","filePath":"api/v2/papay/partner/querycontract.md"}');
const _sfc_main = { name: "api/v2/papay/partner/querycontract.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="查询签约关系-·-v2-papay-partner-querycontract" tabindex="-1">查询签约关系 · <code>v2/papay/partner/querycontract</code> <a class="header-anchor" href="#查询签约关系-·-v2-papay-partner-querycontract" aria-label="Permalink to &quot;查询签约关系 · \`v2/papay/partner/querycontract\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>查询签约关系接口提供单笔签约关系查询。</p><ul><li><code>POST https://api.mch.weixin.qq.com/papay/partner/querycontract</code></li><li>APIv2: XML, signed with the APIv2 key (<code>secret</code>)</li><li>Merchant API client certificate: not required</li><li>Product: APIv2∙委托扣款</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>xml</code></td><td>object</td><td>yes</td><td>The APIv2 payload</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td>yes</td><td>应用ID</td><td></td></tr><tr><td>├ <code>mch_id</code></td><td>string</td><td>yes</td><td>商户号</td><td></td></tr><tr><td>├ <code>sub_appid</code></td><td>string</td><td></td><td>子商户应用ID</td><td></td></tr><tr><td>├ <code>sub_mch_id</code></td><td>string</td><td></td><td>子商户号</td><td></td></tr><tr><td>├ <code>contract_id</code></td><td>string</td><td></td><td>委托代扣协议id</td><td></td></tr><tr><td>├ <code>plan_id</code></td><td>string</td><td></td><td>模板id</td><td></td></tr><tr><td>├ <code>contract_code</code></td><td>string</td><td></td><td>签约协议号</td><td></td></tr><tr><td>└ <code>version</code></td><td>string</td><td>yes</td><td>版本号</td><td><code>1.0</code></td></tr></tbody></table><p><code>nonce_str</code> and <code>sign</code> are added by the SDK (<code>sign_type</code> in <code>xml</code> picks <code>MD5</code>, the default, or <code>HMAC-SHA256</code>); pass <code>nonceless: true</code> to leave out <code>nonce_str</code>. A <code>mch_id</code> (or <code>mchid</code>) must be the client&#39;s <code>mchid</code>: the SDK refuses to sign for another merchant.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, Transformer, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({ mchid: &#39;1200009811&#39;, secret: process.env.WECHATPAY_APIV2_KEY! });

const options: Endpoints[&#39;v2/papay/partner/querycontract&#39;][&#39;post&#39;][&#39;options&#39;] = {
  xml: {
    appid: &#39;wxcbda96de0b165486&#39;,
    mch_id: &#39;1200009811&#39;,
    sub_appid: &#39;wxcbda96de0b165489&#39;,
    sub_mch_id: &#39;1900000109&#39;,
    contract_id: &#39;100005698&#39;,
    plan_id: &#39;123&#39;,
    contract_code: &#39;1023658866&#39;,
    version: &#39;1.0&#39;,
  },
};

// 1. $instance-&gt;v2-&gt;papay-&gt;partner-&gt;querycontract-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v2.papay.partner.querycontract.postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 2. $instance-&gt;chain(&#39;v2/papay/partner/querycontract&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v2/papay/partner/querycontract&#39;).postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 3. $instance[&#39;v2/papay/partner/querycontract&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v2/papay/partner/querycontract&#39;].postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 4. $response = $instance-&gt;v2-&gt;papay-&gt;partner-&gt;querycontract-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byProperty = await wx.v2.papay.partner.querycontract.post(options);
console.log(Transformer.toArray(byProperty.body));

// 5. $response = $instance-&gt;chain(&#39;v2/papay/partner/querycontract&#39;)-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byChain = await wx.chain(&#39;v2/papay/partner/querycontract&#39;).post(options);
console.log(Transformer.toArray(byChain.body));

// 6. $response = $instance[&#39;v2/papay/partner/querycontract&#39;]-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byPath = await wx[&#39;v2/papay/partner/querycontract&#39;].post(options);
console.log(Transformer.toArray(byPath.body));
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>return_code</code></td><td>string</td><td>返回状态码</td><td><code>SUCCESS</code>, <code>FAIL</code></td></tr><tr><td><code>return_msg</code></td><td>string</td><td>返回信息</td><td></td></tr><tr><td><code>result_code</code></td><td>string</td><td>业务结果</td><td><code>SUCCESS</code>, <code>FAIL</code></td></tr><tr><td><code>mch_id</code></td><td>integer</td><td>商户号</td><td></td></tr><tr><td><code>appid</code></td><td>string</td><td>公众账号id</td><td></td></tr><tr><td><code>contract_id</code></td><td>string</td><td>委托代扣协议id</td><td></td></tr><tr><td><code>plan_id</code></td><td>integer</td><td>模板id</td><td></td></tr><tr><td><code>request_serial</code></td><td>integer</td><td>请求序列号</td><td></td></tr><tr><td><code>contract_code</code></td><td>string</td><td>签约协议号</td><td></td></tr><tr><td><code>contract_display_account</code></td><td>string</td><td>用户账户展示名称</td><td></td></tr><tr><td><code>contract_state</code></td><td>integer</td><td>协议状态</td><td></td></tr><tr><td><code>contract_signed_time</code></td><td>string</td><td>协议签署时间</td><td></td></tr><tr><td><code>contract_expired_time</code></td><td>string</td><td>协议到期时间</td><td></td></tr><tr><td><code>contract_terminated_time</code></td><td>string</td><td>协议解约时间</td><td></td></tr><tr><td><code>contract_termination_mode</code></td><td>integer</td><td>协议解约方式</td><td></td></tr><tr><td><code>sign</code></td><td>string</td><td>签名</td><td></td></tr><tr><td><code>contract_termination_remark</code></td><td>string</td><td>解约备注</td><td></td></tr><tr><td><code>openid</code></td><td>string</td><td>用户标识</td><td></td></tr><tr><td><code>err_code</code></td><td>string</td><td>错误代码</td><td></td></tr><tr><td><code>err_code_des</code></td><td>string</td><td>错误代码描述</td><td></td></tr><tr><td><code>sub_appid</code></td><td>string</td><td>子商户公众账号ID</td><td></td></tr><tr><td><code>sub_mch_id</code></td><td>string</td><td>子商户号</td><td></td></tr></tbody></table><p>A signed answer&#39;s <code>sign</code> is checked before you see it. A <code>return_code</code> or <code>result_code</code> other than <code>SUCCESS</code> rejects with a <code>BusinessError</code>.</p><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/api/wxpay_v2/papay/chapter5_7.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v2/papay/partner/querycontract.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const querycontract = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  querycontract as default
};
