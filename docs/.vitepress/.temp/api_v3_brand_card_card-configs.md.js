import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"查询商家名片配置申请状态 / 提交商家名片配置申请 · v3/brand/card/card-configs","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/brand/card/card-configs.md","filePath":"api/v3/brand/card/card-configs.md"}');
const _sfc_main = { name: "api/v3/brand/card/card-configs.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="查询商家名片配置申请状态-提交商家名片配置申请-·-v3-brand-card-card-configs" tabindex="-1">查询商家名片配置申请状态 / 提交商家名片配置申请 · <code>v3/brand/card/card-configs</code> <a class="header-anchor" href="#查询商家名片配置申请状态-提交商家名片配置申请-·-v3-brand-card-card-configs" aria-label="Permalink to &quot;查询商家名片配置申请状态 / 提交商家名片配置申请 · \`v3/brand/card/card-configs\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get-·-查询商家名片配置申请状态" tabindex="-1">GET · 查询商家名片配置申请状态 <a class="header-anchor" href="#get-·-查询商家名片配置申请状态" aria-label="Permalink to &quot;GET · 查询商家名片配置申请状态&quot;">​</a></h2><p>接口适用场景：服务商提交配置商家名片配置申请后，可调用此接口查询申请状态。</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/brand/card/card-configs</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 品牌∙商家名片配置</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>query</code></td><td>object</td><td>yes</td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>├ <code>business_code</code></td><td>string</td><td></td><td>业务申请编号</td><td></td></tr><tr><td>├ <code>applyment_id</code></td><td>string</td><td></td><td>微信支付申请单号</td><td></td></tr><tr><td>└ <code>brand_id</code></td><td>string</td><td>yes</td><td>品牌ID</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/brand/card/card-configs&#39;][&#39;get&#39;][&#39;options&#39;] = {
  query: { business_code: &#39;1900013511_10000&#39;, applyment_id: &#39;1111111111&#39;, brand_id: &#39;120344&#39; },
};

// 1. $instance-&gt;v3-&gt;brand-&gt;card-&gt;cardConfigs-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.brand.card.cardConfigs.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/brand/card/card-configs&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/brand/card/card-configs&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/brand/card/card-configs&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/brand/card/card-configs&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;brand-&gt;card-&gt;cardConfigs-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.brand.card.cardConfigs.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/brand/card/card-configs&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/brand/card/card-configs&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/brand/card/card-configs&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/brand/card/card-configs&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>business_code</code></td><td>string</td><td>业务申请编号</td><td></td></tr><tr><td><code>applyment_id</code></td><td>string</td><td>微信支付申请单号</td><td></td></tr><tr><td><code>brand_id</code></td><td>string</td><td>品牌ID</td><td></td></tr><tr><td><code>applyment_state</code></td><td>string</td><td>申请单状态</td><td><code>STATE_UNKNOWN</code>, <code>DRAFTING</code>, <code>AUDITING</code>, <code>AUDIT_REJECTED</code>, <code>PENDING_PUBLISH</code>, <code>PUBLISHED</code>, <code>CANCELED</code></td></tr><tr><td><code>scheduled_publish_time</code></td><td>string(rfc3339)</td><td>定时发布时间</td><td></td></tr><tr><td><code>reject_reason</code></td><td>string</td><td>驳回原因</td><td></td></tr><tr><td><code>actual_publish_time</code></td><td>string(rfc3339)</td><td>实际发布时间</td><td></td></tr></tbody></table><h2 id="post-·-提交商家名片配置申请" tabindex="-1">POST · 提交商家名片配置申请 <a class="header-anchor" href="#post-·-提交商家名片配置申请" aria-label="Permalink to &quot;POST · 提交商家名片配置申请&quot;">​</a></h2><p>本接口面向服务商（不包括银行、支付机构、电商平台），用于提交商家名片配置申请，支持配置商家服务列表（用户可点击跳转至小程序或网页）和多渠道客服信息（包括自研客服、客服电话等），配置提交后返回名片预览二维码链接供商家验证跳转路径是否符合预期。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/brand/card/card-configs</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 品牌∙商家名片配置</li><li>适用对象: 服务商</li></ul><h3 id="request-1" tabindex="-1">Request <a class="header-anchor" href="#request-1" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>business_code</code></td><td>string</td><td>yes</td><td>业务申请编号</td><td></td></tr><tr><td>├ <code>brand_id</code></td><td>string</td><td>yes</td><td>品牌ID</td><td></td></tr><tr><td>├ <code>brand_mini_program_info</code></td><td>object</td><td></td><td>品牌小程序信息</td><td></td></tr><tr><td> ├ <code>appid</code></td><td>string</td><td>yes</td><td>公众账号ID</td><td></td></tr><tr><td> └ <code>default_jump_path</code></td><td>string</td><td></td><td>小程序默认跳转路径</td><td></td></tr><tr><td>├ <code>brand_customer_service</code></td><td>object</td><td>yes</td><td>品牌客服信息</td><td></td></tr><tr><td> ├ <code>customer_service_type</code></td><td>string</td><td>yes</td><td>客服类型</td><td><code>MINI_PROGRAM</code>, <code>CUSTOMIZE_WEB</code>, <code>CUSTOMIZE_MP</code>, <code>SERVICE_PHONE</code></td></tr><tr><td> ├ <code>customer_service_phone</code></td><td>string</td><td></td><td>客服电话</td><td></td></tr><tr><td> ├ <code>customer_service_path</code></td><td>string</td><td></td><td>客服路径</td><td></td></tr><tr><td> └ <code>appid</code></td><td>string</td><td></td><td>公众账号ID</td><td></td></tr><tr><td>└ <code>service_list</code></td><td>object[]</td><td></td><td>服务列表</td><td></td></tr><tr><td> ├ <code>service_classify_name</code></td><td>string</td><td></td><td>服务分类名称</td><td></td></tr><tr><td> ├ <code>service_name</code></td><td>string</td><td></td><td>服务名称</td><td></td></tr><tr><td> ├ <code>service_jump_type</code></td><td>string</td><td>yes</td><td>服务跳转类型</td><td><code>JUMP_MINI_PROGRAM</code>, <code>JUMP_WEB_PAGE</code></td></tr><tr><td> ├ <code>service_jump_path</code></td><td>string</td><td>yes</td><td>服务跳转路径</td><td></td></tr><tr><td> └ <code>appid</code></td><td>string</td><td></td><td>公众账号ID</td><td></td></tr></tbody></table><h3 id="call-styles-1" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles-1" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/brand/card/card-configs&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    business_code: &#39;1900013511_10000&#39;,
    brand_id: &#39;1004&#39;,
    brand_customer_service: {
      customer_service_type: &#39;MINI_PROGRAM&#39;,
      customer_service_phone: &#39;12345678900&#39;,
      customer_service_path: &#39;pages/service/index&#39;,
      appid: &#39;wx1234567890abcdef&#39;,
    },
  },
};

// 1. $instance-&gt;v3-&gt;brand-&gt;card-&gt;cardConfigs-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.brand.card.cardConfigs.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/brand/card/card-configs&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/brand/card/card-configs&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/brand/card/card-configs&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/brand/card/card-configs&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;brand-&gt;card-&gt;cardConfigs-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.brand.card.cardConfigs.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/brand/card/card-configs&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/brand/card/card-configs&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/brand/card/card-configs&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/brand/card/card-configs&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer-1" tabindex="-1">Answer <a class="header-anchor" href="#answer-1" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>business_code</code></td><td>string</td><td>业务申请编号</td><td></td></tr><tr><td><code>brand_id</code></td><td>string</td><td>品牌ID</td><td></td></tr><tr><td><code>applyment_id</code></td><td>string</td><td>微信支付申请单号</td><td></td></tr><tr><td><code>card_preview_url</code></td><td>string</td><td>商家名片预览二维码链接</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/brand/card/card-configs.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const cardConfigs = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  cardConfigs as default
};
