import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"设置会员权益API · v3/marketing/membercard-open/cards/{card_id}/codes/{code}/rights","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/marketing/membercard-open/cards/_card_id_/codes/_code_/rights.md","filePath":"api/v3/marketing/membercard-open/cards/_card_id_/codes/_code_/rights.md"}');
const _sfc_main = { name: "api/v3/marketing/membercard-open/cards/_card_id_/codes/_code_/rights.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="设置会员权益api-·-v3-marketing-membercard-open-cards-card-id-codes-code-rights" tabindex="-1">设置会员权益API · <code>v3/marketing/membercard-open/cards/{card_id}/codes/{code}/rights</code> <a class="header-anchor" href="#设置会员权益api-·-v3-marketing-membercard-open-cards-card-id-codes-code-rights" aria-label="Permalink to &quot;设置会员权益API · \`v3/marketing/membercard-open/cards/{card_id}/codes/{code}/rights\`&quot;">​</a></h1><p><a href="./../../../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="patch" tabindex="-1">PATCH <a class="header-anchor" href="#patch" aria-label="Permalink to &quot;PATCH&quot;">​</a></h2><p>通过此接口商家可设置是否在用户的会员卡详情页展示积分、优惠、发票等权益及服务模块</p><ul><li><code>PATCH https://api.mch.weixin.qq.com/v3/marketing/membercard-open/cards/{card_id}/codes/{code}/rights</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 会员卡∙权益设置</li><li>适用对象: 直连商户, 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>card_id</code></td><td>string</td><td>yes</td><td>会员卡id</td><td></td></tr><tr><td><code>code</code></td><td>string</td><td>yes</td><td>会员卡code</td><td></td></tr><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>before_bonus_value</code></td><td>integer</td><td></td><td>变更前的会员积分值</td><td></td></tr><tr><td>├ <code>bonus_value</code></td><td>integer</td><td></td><td>变更后的会员积分值</td><td></td></tr><tr><td>├ <code>add_bonus_value</code></td><td>integer</td><td></td><td>会员积分变动值</td><td></td></tr><tr><td>├ <code>out_request_no</code></td><td>string</td><td>yes</td><td>商户请求单号</td><td></td></tr><tr><td>├ <code>need_inform_bonus</code></td><td>boolean</td><td></td><td>是否发送积分变更通知</td><td></td></tr><tr><td>├ <code>member_price_word</code></td><td>string</td><td></td><td>会员专享价文案</td><td></td></tr><tr><td>├ <code>fapiao_jump_word</code></td><td>string</td><td></td><td>会员发票跳转文案</td><td></td></tr><tr><td>└ <code>guide</code></td><td>object</td><td></td><td>会员专属咨询信息</td><td></td></tr><tr><td> ├ <code>staff_name</code></td><td>string</td><td></td><td>联系人名字</td><td></td></tr><tr><td> ├ <code>head_image_url</code></td><td>string</td><td></td><td>联系人头像</td><td></td></tr><tr><td> ├ <code>contact_information_name</code></td><td>string</td><td></td><td>联系方式</td><td></td></tr><tr><td> ├ <code>contact_information_value</code></td><td>string</td><td></td><td>联系信息值</td><td></td></tr><tr><td> └ <code>phone_number</code></td><td>string</td><td></td><td>联系电话</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>patch</code> and <code>patchAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/marketing/membercard-open/cards/{card_id}/codes/{code}/rights&#39;][&#39;patch&#39;][&#39;options&#39;] = {
  card_id: &#39;pbLatjvWOibDc5-TBnbUk1pD12o0&#39;,
  code: &#39;478515832665&#39;,
  json: {
    before_bonus_value: 500,
    bonus_value: 600,
    add_bonus_value: 100,
    out_request_no: &#39;100002322019090134234sfdf&#39;,
    need_inform_bonus: true,
    member_price_word: &#39;钻石会员尊享8折&#39;,
    fapiao_jump_word: &#39;3张发票可开&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;marketing-&gt;membercardOpen-&gt;cards-&gt;_card_id_-&gt;codes-&gt;_code_-&gt;rights-&gt;patchAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.marketing.membercardOpen.cards._card_id_.codes._code_.rights.patchAsync(options).then((response) =&gt; console.log(response.status));

// 2. $instance-&gt;chain(&#39;v3/marketing/membercard-open/cards/{card_id}/codes/{code}/rights&#39;)-&gt;patchAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/marketing/membercard-open/cards/{card_id}/codes/{code}/rights&#39;).patchAsync(options).then((response) =&gt; console.log(response.status));

// 3. $instance[&#39;v3/marketing/membercard-open/cards/{card_id}/codes/{code}/rights&#39;]-&gt;patchAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/marketing/membercard-open/cards/{card_id}/codes/{code}/rights&#39;].patchAsync(options).then((response) =&gt; console.log(response.status));

// 4. $response = $instance-&gt;v3-&gt;marketing-&gt;membercardOpen-&gt;cards-&gt;_card_id_-&gt;codes-&gt;_code_-&gt;rights-&gt;patch([…]); echo $response-&gt;getStatusCode();
const byProperty = await wx.v3.marketing.membercardOpen.cards._card_id_.codes._code_.rights.patch(options);
console.log(byProperty.status);

// 5. $response = $instance-&gt;chain(&#39;v3/marketing/membercard-open/cards/{card_id}/codes/{code}/rights&#39;)-&gt;patch([…]); echo $response-&gt;getStatusCode();
const byChain = await wx.chain(&#39;v3/marketing/membercard-open/cards/{card_id}/codes/{code}/rights&#39;).patch(options);
console.log(byChain.status);

// 6. $response = $instance[&#39;v3/marketing/membercard-open/cards/{card_id}/codes/{code}/rights&#39;]-&gt;patch([…]); echo $response-&gt;getStatusCode();
const byPath = await wx[&#39;v3/marketing/membercard-open/cards/{card_id}/codes/{code}/rights&#39;].patch(options);
console.log(byPath.status);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><p><code>204 No Content</code>: no body; <code>response.data</code> is <code>undefined</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/marketing/membercard-open/cards/_card_id_/codes/_code_/rights.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const rights = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  rights as default
};
