import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"删除商户违规通知回调地址API / 查询商户违规通知回调地址API / 创建商户违规通知回调地址API / 修改商户违规通知回调地址API · v3/merchant-risk-manage/violation-notifications","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/merchant-risk-manage/violation-notifications.md","filePath":"api/v3/merchant-risk-manage/violation-notifications.md"}');
const _sfc_main = { name: "api/v3/merchant-risk-manage/violation-notifications.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="删除商户违规通知回调地址api-查询商户违规通知回调地址api-创建商户违规通知回调地址api-修改商户违规通知回调地址api-·-v3-merchant-risk-manage-violation-notifications" tabindex="-1">删除商户违规通知回调地址API / 查询商户违规通知回调地址API / 创建商户违规通知回调地址API / 修改商户违规通知回调地址API · <code>v3/merchant-risk-manage/violation-notifications</code> <a class="header-anchor" href="#删除商户违规通知回调地址api-查询商户违规通知回调地址api-创建商户违规通知回调地址api-修改商户违规通知回调地址api-·-v3-merchant-risk-manage-violation-notifications" aria-label="Permalink to &quot;删除商户违规通知回调地址API / 查询商户违规通知回调地址API / 创建商户违规通知回调地址API / 修改商户违规通知回调地址API · \`v3/merchant-risk-manage/violation-notifications\`&quot;">​</a></h1><p><a href="./../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="delete-·-删除商户违规通知回调地址api" tabindex="-1">DELETE · 删除商户违规通知回调地址API <a class="header-anchor" href="#delete-·-删除商户违规通知回调地址api" aria-label="Permalink to &quot;DELETE · 删除商户违规通知回调地址API&quot;">​</a></h2><p>调用该接口删除商户违规通知回调地址，关闭违规通知，当子商户被处罚或拦截时，微信支付不会再通知从业机构/服务商/渠道商。</p><ul><li><code>DELETE https://api.mch.weixin.qq.com/v3/merchant-risk-manage/violation-notifications</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 风险合规∙商户违规通知</li><li>适用对象: 服务商, 渠道商, 从业机构</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><p>The call takes no options beyond the common ones (<code>headers</code>, <code>timeout</code>, …).</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>delete</code> and <code>deleteAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

// 1. $instance-&gt;v3-&gt;merchantRiskManage-&gt;violationNotifications-&gt;deleteAsync()-&gt;then(…)-&gt;wait();
await wx.v3.merchantRiskManage.violationNotifications.deleteAsync().then((response) =&gt; console.log(response.status));

// 2. $instance-&gt;chain(&#39;v3/merchant-risk-manage/violation-notifications&#39;)-&gt;deleteAsync()-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/merchant-risk-manage/violation-notifications&#39;).deleteAsync().then((response) =&gt; console.log(response.status));

// 3. $instance[&#39;v3/merchant-risk-manage/violation-notifications&#39;]-&gt;deleteAsync()-&gt;then(…)-&gt;wait();
await wx[&#39;v3/merchant-risk-manage/violation-notifications&#39;].deleteAsync().then((response) =&gt; console.log(response.status));

// 4. $response = $instance-&gt;v3-&gt;merchantRiskManage-&gt;violationNotifications-&gt;delete(); echo $response-&gt;getStatusCode();
const byProperty = await wx.v3.merchantRiskManage.violationNotifications.delete();
console.log(byProperty.status);

// 5. $response = $instance-&gt;chain(&#39;v3/merchant-risk-manage/violation-notifications&#39;)-&gt;delete(); echo $response-&gt;getStatusCode();
const byChain = await wx.chain(&#39;v3/merchant-risk-manage/violation-notifications&#39;).delete();
console.log(byChain.status);

// 6. $response = $instance[&#39;v3/merchant-risk-manage/violation-notifications&#39;]-&gt;delete(); echo $response-&gt;getStatusCode();
const byPath = await wx[&#39;v3/merchant-risk-manage/violation-notifications&#39;].delete();
console.log(byPath.status);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><p><code>204 No Content</code>: no body; <code>response.data</code> is <code>undefined</code>.</p><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter10_3_4.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul><h2 id="get-·-查询商户违规通知回调地址api" tabindex="-1">GET · 查询商户违规通知回调地址API <a class="header-anchor" href="#get-·-查询商户违规通知回调地址api" aria-label="Permalink to &quot;GET · 查询商户违规通知回调地址API&quot;">​</a></h2><p>调用该接口查询商户违规通知回调地址，如果已设置回调地址，说明已开启违规通知，当子商户被处罚或拦截时，微信支付会通过回调地址通知从业机构/服务商/渠道商。</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/merchant-risk-manage/violation-notifications</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 风险合规∙商户违规通知</li><li>适用对象: 服务商, 渠道商, 从业机构</li></ul><h3 id="request-1" tabindex="-1">Request <a class="header-anchor" href="#request-1" aria-label="Permalink to &quot;Request&quot;">​</a></h3><p>The call takes no options beyond the common ones (<code>headers</code>, <code>timeout</code>, …).</p><h3 id="call-styles-1" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles-1" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

// 1. $instance-&gt;v3-&gt;merchantRiskManage-&gt;violationNotifications-&gt;getAsync()-&gt;then(…)-&gt;wait();
await wx.v3.merchantRiskManage.violationNotifications.getAsync().then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/merchant-risk-manage/violation-notifications&#39;)-&gt;getAsync()-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/merchant-risk-manage/violation-notifications&#39;).getAsync().then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/merchant-risk-manage/violation-notifications&#39;]-&gt;getAsync()-&gt;then(…)-&gt;wait();
await wx[&#39;v3/merchant-risk-manage/violation-notifications&#39;].getAsync().then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;merchantRiskManage-&gt;violationNotifications-&gt;get(); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.merchantRiskManage.violationNotifications.get();
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/merchant-risk-manage/violation-notifications&#39;)-&gt;get(); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/merchant-risk-manage/violation-notifications&#39;).get();
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/merchant-risk-manage/violation-notifications&#39;]-&gt;get(); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/merchant-risk-manage/violation-notifications&#39;].get();
console.log(byPath.data);
</code></pre></div><h3 id="answer-1" tabindex="-1">Answer <a class="header-anchor" href="#answer-1" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>notify_url</code></td><td>string</td><td>通知地址</td><td></td></tr></tbody></table><h3 id="official-documentation-1" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation-1" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter10_3_2.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul><h2 id="post-·-创建商户违规通知回调地址api" tabindex="-1">POST · 创建商户违规通知回调地址API <a class="header-anchor" href="#post-·-创建商户违规通知回调地址api" aria-label="Permalink to &quot;POST · 创建商户违规通知回调地址API&quot;">​</a></h2><p>调用该接口设置商户违规通知回调地址，开启违规通知，当子商户被处罚或拦截时，微信支付会通过回调地址通知从业机构/服务商/渠道商。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/merchant-risk-manage/violation-notifications</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 风险合规∙商户违规通知</li><li>适用对象: 服务商, 渠道商, 从业机构</li></ul><h3 id="request-2" tabindex="-1">Request <a class="header-anchor" href="#request-2" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>└ <code>notify_url</code></td><td>string</td><td></td><td>通知地址</td><td></td></tr></tbody></table><h3 id="call-styles-2" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles-2" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/merchant-risk-manage/violation-notifications&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: { notify_url: &#39;https://www.weixin.qq.com/wxpay/pay.php&#39; },
};

// 1. $instance-&gt;v3-&gt;merchantRiskManage-&gt;violationNotifications-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.merchantRiskManage.violationNotifications.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/merchant-risk-manage/violation-notifications&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/merchant-risk-manage/violation-notifications&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/merchant-risk-manage/violation-notifications&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/merchant-risk-manage/violation-notifications&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;merchantRiskManage-&gt;violationNotifications-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.merchantRiskManage.violationNotifications.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/merchant-risk-manage/violation-notifications&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/merchant-risk-manage/violation-notifications&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/merchant-risk-manage/violation-notifications&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/merchant-risk-manage/violation-notifications&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer-2" tabindex="-1">Answer <a class="header-anchor" href="#answer-2" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>notify_url</code></td><td>string</td><td>通知地址</td><td></td></tr></tbody></table><h3 id="official-documentation-2" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation-2" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter10_3_1.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul><h2 id="put-·-修改商户违规通知回调地址api" tabindex="-1">PUT · 修改商户违规通知回调地址API <a class="header-anchor" href="#put-·-修改商户违规通知回调地址api" aria-label="Permalink to &quot;PUT · 修改商户违规通知回调地址API&quot;">​</a></h2><p>调用该接口修改商户违规通知回调地址，开启违规通知，当子商户被处罚或拦截时，微信支付会通过回调地址通知从业机构/服务商/渠道商。</p><ul><li><code>PUT https://api.mch.weixin.qq.com/v3/merchant-risk-manage/violation-notifications</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 风险合规∙商户违规通知</li><li>适用对象: 服务商, 渠道商, 从业机构</li></ul><h3 id="request-3" tabindex="-1">Request <a class="header-anchor" href="#request-3" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>└ <code>notify_url</code></td><td>string</td><td></td><td>通知链接</td><td></td></tr></tbody></table><h3 id="call-styles-3" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles-3" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>put</code> and <code>putAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/merchant-risk-manage/violation-notifications&#39;][&#39;put&#39;][&#39;options&#39;] = {
  json: { notify_url: &#39;https://www.weixin.qq.com/wxpay/pay.php&#39; },
};

// 1. $instance-&gt;v3-&gt;merchantRiskManage-&gt;violationNotifications-&gt;putAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.merchantRiskManage.violationNotifications.putAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/merchant-risk-manage/violation-notifications&#39;)-&gt;putAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/merchant-risk-manage/violation-notifications&#39;).putAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/merchant-risk-manage/violation-notifications&#39;]-&gt;putAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/merchant-risk-manage/violation-notifications&#39;].putAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;merchantRiskManage-&gt;violationNotifications-&gt;put([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.merchantRiskManage.violationNotifications.put(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/merchant-risk-manage/violation-notifications&#39;)-&gt;put([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/merchant-risk-manage/violation-notifications&#39;).put(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/merchant-risk-manage/violation-notifications&#39;]-&gt;put([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/merchant-risk-manage/violation-notifications&#39;].put(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer-3" tabindex="-1">Answer <a class="header-anchor" href="#answer-3" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>notify_url</code></td><td>string</td><td>通知地址</td><td></td></tr></tbody></table><h3 id="official-documentation-3" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation-3" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter10_3_3.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/merchant-risk-manage/violation-notifications.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const violationNotifications = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  violationNotifications as default
};
