import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"查询用户会员卡信息API / 修改用户会员卡信息API · v3/marketing/membercard-open/cards/{card_id}/codes/{code}","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/marketing/membercard-open/cards/_card_id_/codes/_code_.md","filePath":"api/v3/marketing/membercard-open/cards/_card_id_/codes/_code_.md"}');
const _sfc_main = { name: "api/v3/marketing/membercard-open/cards/_card_id_/codes/_code_.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="查询用户会员卡信息api-修改用户会员卡信息api-·-v3-marketing-membercard-open-cards-card-id-codes-code" tabindex="-1">查询用户会员卡信息API / 修改用户会员卡信息API · <code>v3/marketing/membercard-open/cards/{card_id}/codes/{code}</code> <a class="header-anchor" href="#查询用户会员卡信息api-修改用户会员卡信息api-·-v3-marketing-membercard-open-cards-card-id-codes-code" aria-label="Permalink to &quot;查询用户会员卡信息API / 修改用户会员卡信息API · \`v3/marketing/membercard-open/cards/{card_id}/codes/{code}\`&quot;">​</a></h1><p><a href="./../../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get-·-查询用户会员卡信息api" tabindex="-1">GET · 查询用户会员卡信息API <a class="header-anchor" href="#get-·-查询用户会员卡信息api" aria-label="Permalink to &quot;GET · 查询用户会员卡信息API&quot;">​</a></h2><p>通过此接口可查询指定用户会员卡的信息，如会员积分、储值余额、开卡信息等</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/marketing/membercard-open/cards/{card_id}/codes/{code}</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 会员卡∙基础功能</li><li>适用对象: 直连商户, 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>card_id</code></td><td>string</td><td>yes</td><td>会员卡id</td><td></td></tr><tr><td><code>code</code></td><td>string</td><td>yes</td><td>会员卡code</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/marketing/membercard-open/cards/{card_id}/codes/{code}&#39;][&#39;get&#39;][&#39;options&#39;] = {
  card_id: &#39;pbLatjvWOibDc5-TBnbUk1pD12o0&#39;,
  code: &#39;478515832665&#39;,
};

// 1. $instance-&gt;v3-&gt;marketing-&gt;membercardOpen-&gt;cards-&gt;_card_id_-&gt;codes-&gt;_code_-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.marketing.membercardOpen.cards._card_id_.codes._code_.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/marketing/membercard-open/cards/{card_id}/codes/{code}&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/marketing/membercard-open/cards/{card_id}/codes/{code}&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/marketing/membercard-open/cards/{card_id}/codes/{code}&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/marketing/membercard-open/cards/{card_id}/codes/{code}&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;marketing-&gt;membercardOpen-&gt;cards-&gt;_card_id_-&gt;codes-&gt;_code_-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.marketing.membercardOpen.cards._card_id_.codes._code_.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/marketing/membercard-open/cards/{card_id}/codes/{code}&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/marketing/membercard-open/cards/{card_id}/codes/{code}&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/marketing/membercard-open/cards/{card_id}/codes/{code}&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/marketing/membercard-open/cards/{card_id}/codes/{code}&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>card_id</code></td><td>string</td><td>会员卡id</td><td></td></tr><tr><td><code>code</code></td><td>string</td><td>会员卡code</td><td></td></tr><tr><td><code>openid</code></td><td>string</td><td>用户标识</td><td></td></tr><tr><td><code>membership_number</code></td><td>string</td><td>会员卡编号</td><td></td></tr><tr><td><code>level</code></td><td>string</td><td>用户等级</td><td></td></tr><tr><td><code>nickname</code></td><td>string</td><td>微信昵称</td><td></td></tr><tr><td><code>head_image_url</code></td><td>string</td><td>微信头像url</td><td></td></tr><tr><td><code>background_picture_url</code></td><td>string(MediaUrl)</td><td>会员卡背景图</td><td></td></tr><tr><td><code>balance</code></td><td>integer</td><td>用户储值余额</td><td></td></tr><tr><td><code>user_card_status</code></td><td>string</td><td>用户会员卡状态</td><td><code>NOT_ACTIVATE</code>, <code>EFFECTIVE</code>, <code>EXPIRE</code>, <code>UNAVAILABLE</code>, <code>DELETE</code></td></tr><tr><td><code>user_information</code></td><td>object</td><td>用户开卡时填写的个人信息</td><td></td></tr><tr><td>├ <code>common_field_list</code></td><td>object[]</td><td>平台提供的通用开卡信息字段</td><td></td></tr><tr><td> ├ <code>name</code></td><td>string</td><td>平台提供的通用开卡信息字段</td><td><code>USER_FORM_FLAG_MOBILE</code>, <code>USER_FORM_FLAG_SEX</code>, <code>USER_FORM_FLAG_NAME</code>, <code>USER_FORM_FLAG_BIRTHDAY</code>, <code>USER_FORM_FLAG_ADDRESS</code>, <code>USER_FORM_FLAG_EMAIL</code>, <code>USER_FORM_FLAG_CITY</code></td></tr><tr><td> └ <code>value</code></td><td>string</td><td>用户开卡时填写的个人信息</td><td></td></tr><tr><td>└ <code>custom_field_list</code></td><td>object[]</td><td>商户自定义的开卡信息字段</td><td></td></tr><tr><td> ├ <code>name</code></td><td>string</td><td>字段名称</td><td></td></tr><tr><td> ├ <code>value</code></td><td>string</td><td>字段值</td><td></td></tr><tr><td> └ <code>value_list</code></td><td>string[]</td><td>字段值列表</td><td></td></tr><tr><td><code>bonus_value</code></td><td>integer</td><td>用户当前积分</td><td></td></tr></tbody></table><h2 id="patch-·-修改用户会员卡信息api" tabindex="-1">PATCH · 修改用户会员卡信息API <a class="header-anchor" href="#patch-·-修改用户会员卡信息api" aria-label="Permalink to &quot;PATCH · 修改用户会员卡信息API&quot;">​</a></h2><p>通过此接口可更新指定用户的会员卡背景图、会员卡号、等级、储值余额</p><ul><li><code>PATCH https://api.mch.weixin.qq.com/v3/marketing/membercard-open/cards/{card_id}/codes/{code}</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 会员卡∙基础功能</li><li>适用对象: 直连商户, 服务商</li></ul><h3 id="request-1" tabindex="-1">Request <a class="header-anchor" href="#request-1" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>card_id</code></td><td>string</td><td>yes</td><td>会员卡id</td><td></td></tr><tr><td><code>code</code></td><td>string</td><td>yes</td><td>会员卡code</td><td></td></tr><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>membership_number</code></td><td>string</td><td></td><td>会员卡编号</td><td></td></tr><tr><td>├ <code>background_picture_url</code></td><td>string(MediaUrl)</td><td></td><td>会员卡背景图</td><td></td></tr><tr><td>├ <code>level</code></td><td>string</td><td></td><td>用户等级</td><td></td></tr><tr><td>├ <code>out_request_no</code></td><td>string</td><td></td><td>商户请求单号</td><td></td></tr><tr><td>├ <code>balance_information</code></td><td>object</td><td></td><td>用户储值变更信息</td><td></td></tr><tr><td> ├ <code>before_balance</code></td><td>integer</td><td>yes</td><td>更新前用户储值余额</td><td></td></tr><tr><td> ├ <code>balance</code></td><td>integer</td><td>yes</td><td>更新后用户储值余额</td><td></td></tr><tr><td> ├ <code>add_balance</code></td><td>integer</td><td>yes</td><td>本次余额变动值</td><td></td></tr><tr><td> └ <code>balance_remark</code></td><td>string</td><td></td><td>储值消耗记录</td><td></td></tr><tr><td>├ <code>need_inform_balance</code></td><td>boolean</td><td></td><td>是否发送储值变更通知</td><td></td></tr><tr><td>└ <code>need_inform_level</code></td><td>boolean</td><td></td><td>是否发送等级变更通知</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles-1" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles-1" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>patch</code> and <code>patchAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/marketing/membercard-open/cards/{card_id}/codes/{code}&#39;][&#39;patch&#39;][&#39;options&#39;] = {
  card_id: &#39;pbLatjvWOibDc5-TBnbUk1pD12o0&#39;,
  code: &#39;478515832665&#39;,
  json: {
    membership_number: &#39;316510891298&#39;,
    background_picture_url: &#39;https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/0&#39;,
    level: &#39;钻石会员&#39;,
    out_request_no: &#39;100002322019090134234sfdf&#39;,
    need_inform_balance: true,
    need_inform_level: true,
  },
};

// 1. $instance-&gt;v3-&gt;marketing-&gt;membercardOpen-&gt;cards-&gt;_card_id_-&gt;codes-&gt;_code_-&gt;patchAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.marketing.membercardOpen.cards._card_id_.codes._code_.patchAsync(options).then((response) =&gt; console.log(response.status));

// 2. $instance-&gt;chain(&#39;v3/marketing/membercard-open/cards/{card_id}/codes/{code}&#39;)-&gt;patchAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/marketing/membercard-open/cards/{card_id}/codes/{code}&#39;).patchAsync(options).then((response) =&gt; console.log(response.status));

// 3. $instance[&#39;v3/marketing/membercard-open/cards/{card_id}/codes/{code}&#39;]-&gt;patchAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/marketing/membercard-open/cards/{card_id}/codes/{code}&#39;].patchAsync(options).then((response) =&gt; console.log(response.status));

// 4. $response = $instance-&gt;v3-&gt;marketing-&gt;membercardOpen-&gt;cards-&gt;_card_id_-&gt;codes-&gt;_code_-&gt;patch([…]); echo $response-&gt;getStatusCode();
const byProperty = await wx.v3.marketing.membercardOpen.cards._card_id_.codes._code_.patch(options);
console.log(byProperty.status);

// 5. $response = $instance-&gt;chain(&#39;v3/marketing/membercard-open/cards/{card_id}/codes/{code}&#39;)-&gt;patch([…]); echo $response-&gt;getStatusCode();
const byChain = await wx.chain(&#39;v3/marketing/membercard-open/cards/{card_id}/codes/{code}&#39;).patch(options);
console.log(byChain.status);

// 6. $response = $instance[&#39;v3/marketing/membercard-open/cards/{card_id}/codes/{code}&#39;]-&gt;patch([…]); echo $response-&gt;getStatusCode();
const byPath = await wx[&#39;v3/marketing/membercard-open/cards/{card_id}/codes/{code}&#39;].patch(options);
console.log(byPath.status);
</code></pre></div><h3 id="answer-1" tabindex="-1">Answer <a class="header-anchor" href="#answer-1" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><p><code>204 No Content</code>: no body; <code>response.data</code> is <code>undefined</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/marketing/membercard-open/cards/_card_id_/codes/_code_.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const _code_ = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  _code_ as default
};
