import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"作废用户会员卡 · v3/brand/partner/card-member/user-cards/{user_card_code}/invalidate","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/brand/partner/card-member/user-cards/_user_card_code_/invalidate.md","filePath":"api/v3/brand/partner/card-member/user-cards/_user_card_code_/invalidate.md"}');
const _sfc_main = { name: "api/v3/brand/partner/card-member/user-cards/_user_card_code_/invalidate.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="作废用户会员卡-·-v3-brand-partner-card-member-user-cards-user-card-code-invalidate" tabindex="-1">作废用户会员卡 · <code>v3/brand/partner/card-member/user-cards/{user_card_code}/invalidate</code> <a class="header-anchor" href="#作废用户会员卡-·-v3-brand-partner-card-member-user-cards-user-card-code-invalidate" aria-label="Permalink to &quot;作废用户会员卡 · \`v3/brand/partner/card-member/user-cards/{user_card_code}/invalidate\`&quot;">​</a></h1><p><a href="./../../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>将用户的会员卡设置为失效状态。注意：1.设置卡券作废的操作不可逆，即无法将设置为作废的卡调回有效状态，商家须慎重调用该接口。2.商家调用作废接口前须与顾客事先告知并取得同意，否则因此带来的顾客投诉，微信将会按照《微信运营处罚规则》</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/brand/partner/card-member/user-cards/{user_card_code}/invalidate</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 商家名片会员</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>user_card_code</code></td><td>string</td><td>yes</td><td>会员卡code</td><td></td></tr><tr><td><code>query</code></td><td>object</td><td>yes</td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>├ <code>brand_id</code></td><td>string</td><td>yes</td><td>品牌id</td><td></td></tr><tr><td>└ <code>card_id</code></td><td>string</td><td>yes</td><td>会员卡模版ID</td><td></td></tr><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>openid</code></td><td>string</td><td>yes</td><td>用户标识</td><td></td></tr><tr><td>└ <code>invalid_reason</code></td><td>string</td><td></td><td>作废原因</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/brand/partner/card-member/user-cards/{user_card_code}/invalidate&#39;][&#39;post&#39;][&#39;options&#39;] = {
  user_card_code: &#39;478515832665&#39;,
  query: { brand_id: &#39;1004&#39;, card_id: &#39;pbLatjvWOibDc5-TBnbUk1pD12o0&#39; },
  json: { openid: &#39;obLatjnx9gnqzS4myYGmLZ7LgLBA&#39;, invalid_reason: &#39;传入的自定义作废原因&#39; },
};

// 1. $instance-&gt;v3-&gt;brand-&gt;partner-&gt;cardMember-&gt;userCards-&gt;_user_card_code_-&gt;invalidate-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.brand.partner.cardMember.userCards._user_card_code_.invalidate.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/brand/partner/card-member/user-cards/{user_card_code}/invalidate&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/brand/partner/card-member/user-cards/{user_card_code}/invalidate&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/brand/partner/card-member/user-cards/{user_card_code}/invalidate&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/brand/partner/card-member/user-cards/{user_card_code}/invalidate&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;brand-&gt;partner-&gt;cardMember-&gt;userCards-&gt;_user_card_code_-&gt;invalidate-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.brand.partner.cardMember.userCards._user_card_code_.invalidate.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/brand/partner/card-member/user-cards/{user_card_code}/invalidate&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/brand/partner/card-member/user-cards/{user_card_code}/invalidate&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/brand/partner/card-member/user-cards/{user_card_code}/invalidate&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/brand/partner/card-member/user-cards/{user_card_code}/invalidate&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>user_card_code</code></td><td>string</td><td>会员卡code</td><td></td></tr><tr><td><code>card_id</code></td><td>string</td><td>会员卡模板ID</td><td></td></tr><tr><td><code>openid</code></td><td>string</td><td>用户标识</td><td></td></tr><tr><td><code>card_color</code></td><td>string</td><td>卡背景颜色</td><td></td></tr><tr><td><code>card_picture_url</code></td><td>string</td><td>卡背景图URL</td><td></td></tr><tr><td><code>brand_id</code></td><td>string</td><td>品牌ID</td><td></td></tr><tr><td><code>card_type</code></td><td>string</td><td>会员卡类型</td><td><code>PURCHASE</code>, <code>NORMAL</code>, <code>BALANCE</code></td></tr><tr><td><code>phone_number</code></td><td>string(base64)</td><td>加密的手机号</td><td></td></tr><tr><td><code>level</code></td><td>string</td><td>等级</td><td></td></tr><tr><td><code>valid_date_information</code></td><td>object</td><td>会员卡有效期</td><td></td></tr><tr><td>├ <code>type</code></td><td>string</td><td>有效期类型</td><td><code>FIX_TIME_RANGE</code>, <code>FIX_TERM</code>, <code>PERMANENT</code></td></tr><tr><td>├ <code>available_begin_time</code></td><td>string(rfc3339)</td><td>有效期开始时间</td><td></td></tr><tr><td>├ <code>available_end_time</code></td><td>string(rfc3339)</td><td>有效期结束时间</td><td></td></tr><tr><td>└ <code>available_day_after_receive</code></td><td>integer</td><td>生效后N天内有效</td><td></td></tr><tr><td><code>pickup_time</code></td><td>string(rfc3339)</td><td>领取时间</td><td></td></tr><tr><td><code>user_information</code></td><td>object</td><td>用户开卡时填写的个人信息</td><td></td></tr><tr><td>├ <code>common_field_list</code></td><td>object[]</td><td>平台提供的通用开卡信息字段</td><td></td></tr><tr><td> ├ <code>name</code></td><td>string</td><td>平台提供的通用开卡信息字段</td><td><code>USER_FORM_FLAG_SEX</code>, <code>USER_FORM_FLAG_NAME</code>, <code>USER_FORM_FLAG_BIRTHDAY</code>, <code>USER_FORM_FLAG_ADDRESS</code>, <code>USER_FORM_FLAG_EMAIL</code>, <code>USER_FORM_FLAG_CITY</code></td></tr><tr><td> └ <code>value</code></td><td>string(base64)</td><td>加密的用户开卡时填写的个人信息</td><td></td></tr><tr><td>└ <code>custom_field_list</code></td><td>object[]</td><td>商户自定义的开卡信息字段</td><td></td></tr><tr><td> ├ <code>name</code></td><td>string</td><td>字段名称</td><td></td></tr><tr><td> └ <code>user_chosen_values</code></td><td>string(base64)[]</td><td>加密的用户选择的字段值列表</td><td></td></tr><tr><td><code>attach</code></td><td>string</td><td>商家数据包</td><td></td></tr><tr><td><code>user_card_state</code></td><td>string</td><td>用户会员卡状态</td><td><code>UNACTIVATED</code>, <code>EFFECTIVE</code>, <code>EXPIRED</code>, <code>INVALID</code></td></tr><tr><td><code>invalid_reason</code></td><td>string</td><td>作废原因</td><td></td></tr><tr><td><code>invalid_time</code></td><td>string(rfc3339)</td><td>作废时间</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/brand/partner/card-member/user-cards/_user_card_code_/invalidate.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const invalidate = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  invalidate as default
};
