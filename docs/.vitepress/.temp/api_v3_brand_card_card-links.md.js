import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"查询已生效交易连接名片规则 / 添加交易连接名片规则申请 · v3/brand/card/card-links","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/brand/card/card-links.md","filePath":"api/v3/brand/card/card-links.md"}');
const _sfc_main = { name: "api/v3/brand/card/card-links.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="查询已生效交易连接名片规则-添加交易连接名片规则申请-·-v3-brand-card-card-links" tabindex="-1">查询已生效交易连接名片规则 / 添加交易连接名片规则申请 · <code>v3/brand/card/card-links</code> <a class="header-anchor" href="#查询已生效交易连接名片规则-添加交易连接名片规则申请-·-v3-brand-card-card-links" aria-label="Permalink to &quot;查询已生效交易连接名片规则 / 添加交易连接名片规则申请 · \`v3/brand/card/card-links\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get-·-查询已生效交易连接名片规则" tabindex="-1">GET · 查询已生效交易连接名片规则 <a class="header-anchor" href="#get-·-查询已生效交易连接名片规则" aria-label="Permalink to &quot;GET · 查询已生效交易连接名片规则&quot;">​</a></h2><p>服务商可调用该接口查询品牌下已生效的交易连接名片规则列表。</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/brand/card/card-links</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 品牌∙交易连接名片</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>query</code></td><td>object</td><td>yes</td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>├ <code>brand_id</code></td><td>string</td><td>yes</td><td>品牌ID</td><td></td></tr><tr><td>├ <code>payment_scene</code></td><td>string</td><td></td><td>交易场景类型</td><td><code>MINI_PROGRAM</code>, <code>APP</code>, <code>PAYMENT_SCORE</code>, <code>PAYMENT_CODE</code></td></tr><tr><td>├ <code>page_index</code></td><td>integer</td><td></td><td>查询页码</td><td></td></tr><tr><td>└ <code>page_size</code></td><td>integer</td><td></td><td>查询页大小</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/brand/card/card-links&#39;][&#39;get&#39;][&#39;options&#39;] = {
  query: { brand_id: &#39;120344&#39;, payment_scene: &#39;MINI_PROGRAM&#39;, page_index: 1, page_size: 50 },
};

// 1. $instance-&gt;v3-&gt;brand-&gt;card-&gt;cardLinks-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.brand.card.cardLinks.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/brand/card/card-links&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/brand/card/card-links&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/brand/card/card-links&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/brand/card/card-links&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;brand-&gt;card-&gt;cardLinks-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.brand.card.cardLinks.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/brand/card/card-links&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/brand/card/card-links&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/brand/card/card-links&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/brand/card/card-links&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>brand_id</code></td><td>string</td><td>品牌ID</td><td></td></tr><tr><td><code>page_index</code></td><td>integer</td><td>查询页码</td><td></td></tr><tr><td><code>page_size</code></td><td>integer</td><td>查询页大小</td><td></td></tr><tr><td><code>total_num</code></td><td>integer</td><td>总数</td><td></td></tr><tr><td><code>active_link_list</code></td><td>object[]</td><td>已生效连接列表</td><td></td></tr><tr><td>├ <code>payment_scene</code></td><td>string</td><td>交易场景类型</td><td><code>MINI_PROGRAM</code>, <code>APP</code>, <code>PAYMENT_SCORE</code>, <code>PAYMENT_CODE</code></td></tr><tr><td>├ <code>appid_list</code></td><td>string[]</td><td>公众账号ID</td><td></td></tr><tr><td>├ <code>card_link_mchid</code></td><td>string</td><td>商户号</td><td></td></tr><tr><td>└ <code>service_id</code></td><td>string</td><td>服务ID</td><td></td></tr></tbody></table><h2 id="post-·-添加交易连接名片规则申请" tabindex="-1">POST · 添加交易连接名片规则申请 <a class="header-anchor" href="#post-·-添加交易连接名片规则申请" aria-label="Permalink to &quot;POST · 添加交易连接名片规则申请&quot;">​</a></h2><p>本接口面向服务商（不包括银行、支付机构、电商平台），用于配置交易连接名片规则，配置完成后，用户在相应交易场景支付成功后，点击微信支付公众号向用户下发的支付凭证，将跳转商家名片。交易连接名片规则是判断“哪个支付凭证可跳转商家名片”的依据。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/brand/card/card-links</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 品牌∙交易连接名片</li><li>适用对象: 服务商</li></ul><h3 id="request-1" tabindex="-1">Request <a class="header-anchor" href="#request-1" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>business_code</code></td><td>string</td><td>yes</td><td>业务申请编号</td><td></td></tr><tr><td>├ <code>brand_id</code></td><td>string</td><td>yes</td><td>品牌ID</td><td></td></tr><tr><td>├ <code>payment_scene</code></td><td>string</td><td>yes</td><td>交易场景类型</td><td><code>MINI_PROGRAM</code>, <code>APP</code>, <code>PAYMENT_SCORE</code>, <code>PAYMENT_CODE</code></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td></td><td>公众账号ID</td><td></td></tr><tr><td>├ <code>card_link_mchid</code></td><td>string</td><td></td><td>商户号</td><td></td></tr><tr><td>└ <code>service_id</code></td><td>string</td><td></td><td>服务ID</td><td></td></tr></tbody></table><h3 id="call-styles-1" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles-1" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/brand/card/card-links&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    business_code: &#39;1900013511_10000&#39;,
    brand_id: &#39;1004&#39;,
    payment_scene: &#39;MINI_PROGRAM&#39;,
    appid: &#39;wxea9c30890f48d5ae&#39;,
    card_link_mchid: &#39;111222333&#39;,
    service_id: &#39;00005000000000548218251086296300&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;brand-&gt;card-&gt;cardLinks-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.brand.card.cardLinks.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/brand/card/card-links&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/brand/card/card-links&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/brand/card/card-links&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/brand/card/card-links&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;brand-&gt;card-&gt;cardLinks-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.brand.card.cardLinks.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/brand/card/card-links&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/brand/card/card-links&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/brand/card/card-links&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/brand/card/card-links&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer-1" tabindex="-1">Answer <a class="header-anchor" href="#answer-1" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>business_code</code></td><td>string</td><td>业务申请编号</td><td></td></tr><tr><td><code>brand_id</code></td><td>string</td><td>品牌ID</td><td></td></tr><tr><td><code>payment_scene</code></td><td>string</td><td>交易场景类型</td><td><code>MINI_PROGRAM</code>, <code>APP</code>, <code>PAYMENT_SCORE</code>, <code>PAYMENT_CODE</code></td></tr><tr><td><code>appid</code></td><td>string</td><td>公众账号ID</td><td></td></tr><tr><td><code>card_link_mchid</code></td><td>string</td><td>商户号</td><td></td></tr><tr><td><code>service_id</code></td><td>string</td><td>服务ID</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/brand/card/card-links.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const cardLinks = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  cardLinks as default
};
