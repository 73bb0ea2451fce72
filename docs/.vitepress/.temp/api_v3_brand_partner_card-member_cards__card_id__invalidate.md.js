import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"作废会员卡模板 · v3/brand/partner/card-member/cards/{card_id}/invalidate","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/brand/partner/card-member/cards/_card_id_/invalidate.md","filePath":"api/v3/brand/partner/card-member/cards/_card_id_/invalidate.md"}');
const _sfc_main = { name: "api/v3/brand/partner/card-member/cards/_card_id_/invalidate.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="作废会员卡模板-·-v3-brand-partner-card-member-cards-card-id-invalidate" tabindex="-1">作废会员卡模板 · <code>v3/brand/partner/card-member/cards/{card_id}/invalidate</code> <a class="header-anchor" href="#作废会员卡模板-·-v3-brand-partner-card-member-cards-card-id-invalidate" aria-label="Permalink to &quot;作废会员卡模板 · \`v3/brand/partner/card-member/cards/{card_id}/invalidate\`&quot;">​</a></h1><p><a href="./../../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>商家可调用此 API 作废会员卡模板。作废后，商家将无法通过任何渠道再投放该会员卡。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/brand/partner/card-member/cards/{card_id}/invalidate</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 商家名片会员</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>card_id</code></td><td>string</td><td>yes</td><td>会员卡模板ID</td><td></td></tr><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>└ <code>brand_id</code></td><td>string</td><td>yes</td><td>品牌id</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/brand/partner/card-member/cards/{card_id}/invalidate&#39;][&#39;post&#39;][&#39;options&#39;] = {
  card_id: &#39;pbLatjvWOibDc5-TBnbUk1pD12o0&#39;,
  json: { brand_id: &#39;1004&#39; },
};

// 1. $instance-&gt;v3-&gt;brand-&gt;partner-&gt;cardMember-&gt;cards-&gt;_card_id_-&gt;invalidate-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.brand.partner.cardMember.cards._card_id_.invalidate.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/brand/partner/card-member/cards/{card_id}/invalidate&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/brand/partner/card-member/cards/{card_id}/invalidate&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/brand/partner/card-member/cards/{card_id}/invalidate&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/brand/partner/card-member/cards/{card_id}/invalidate&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;brand-&gt;partner-&gt;cardMember-&gt;cards-&gt;_card_id_-&gt;invalidate-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.brand.partner.cardMember.cards._card_id_.invalidate.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/brand/partner/card-member/cards/{card_id}/invalidate&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/brand/partner/card-member/cards/{card_id}/invalidate&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/brand/partner/card-member/cards/{card_id}/invalidate&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/brand/partner/card-member/cards/{card_id}/invalidate&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>out_request_no</code></td><td>string</td><td>商家请求单号</td><td></td></tr><tr><td><code>card_id</code></td><td>string</td><td>会员卡模板ID</td><td></td></tr><tr><td><code>brand_id</code></td><td>string</td><td>品牌ID</td><td></td></tr><tr><td><code>appid</code></td><td>string</td><td>商户AppId</td><td></td></tr><tr><td><code>card_type</code></td><td>string</td><td>会员卡类型</td><td><code>PURCHASE</code>, <code>NORMAL</code>, <code>BALANCE</code></td></tr><tr><td><code>card_title</code></td><td>string</td><td>卡名称</td><td></td></tr><tr><td><code>card_color</code></td><td>string</td><td>卡背景颜色</td><td></td></tr><tr><td><code>card_picture_url</code></td><td>string</td><td>卡背景图URL</td><td></td></tr><tr><td><code>code_mode</code></td><td>string</td><td>会员卡code分配类型</td><td><code>SYSTEM_ALLOCATE</code>, <code>MERCHANT_ALLOCATE</code></td></tr><tr><td><code>code_type</code></td><td>string</td><td>会员码型</td><td><code>NONE_CODE</code>, <code>BAR_CODE</code>, <code>QR_CODE</code>, <code>BAR_CODE_AND_QR_CODE</code>, <code>JUMP_MINI_PROGRAM</code></td></tr><tr><td><code>code_jump_information</code></td><td>object</td><td>会员码跳转信息</td><td></td></tr><tr><td>├ <code>jump_appid</code></td><td>string</td><td>会员码跳转AppID</td><td></td></tr><tr><td>└ <code>jump_path</code></td><td>string</td><td>会员码跳转路径</td><td></td></tr><tr><td><code>benefits</code></td><td>string</td><td>会员权益</td><td></td></tr><tr><td><code>notify_url</code></td><td>string</td><td>回调地址</td><td></td></tr><tr><td><code>need_pinned</code></td><td>boolean</td><td>是否置顶</td><td></td></tr><tr><td><code>need_display_level</code></td><td>boolean</td><td>是否展示会员等级</td><td></td></tr><tr><td><code>init_level</code></td><td>string</td><td>会员初始等级</td><td></td></tr><tr><td><code>service_phone</code></td><td>string</td><td>服务电话</td><td></td></tr><tr><td><code>legal_agreement</code></td><td>string</td><td>商家法务协议</td><td></td></tr><tr><td><code>valid_date_information</code></td><td>object</td><td>会员卡有效期</td><td></td></tr><tr><td>├ <code>type</code></td><td>string</td><td>有效期类型</td><td><code>FIX_TIME_RANGE</code>, <code>FIX_TERM</code>, <code>PERMANENT</code></td></tr><tr><td>├ <code>available_begin_time</code></td><td>string(rfc3339)</td><td>有效期开始时间</td><td></td></tr><tr><td>├ <code>available_end_time</code></td><td>string(rfc3339)</td><td>有效期结束时间</td><td></td></tr><tr><td>└ <code>available_day_after_receive</code></td><td>integer</td><td>生效后N天内有效</td><td></td></tr><tr><td><code>member_information</code></td><td>object</td><td>会员中心信息</td><td></td></tr><tr><td>├ <code>jump_appid</code></td><td>string</td><td>会员中心跳转AppID</td><td></td></tr><tr><td>└ <code>jump_path</code></td><td>string</td><td>会员中心跳转路径</td><td></td></tr><tr><td><code>points_information</code></td><td>object</td><td>积分信息</td><td></td></tr><tr><td>├ <code>jump_appid</code></td><td>string</td><td>积分跳转AppID</td><td></td></tr><tr><td>└ <code>jump_path</code></td><td>string</td><td>积分跳转路径</td><td></td></tr><tr><td><code>balance_information</code></td><td>object</td><td>储值信息</td><td></td></tr><tr><td>├ <code>jump_appid</code></td><td>string</td><td>储值小程序AppID</td><td></td></tr><tr><td>└ <code>jump_path</code></td><td>string</td><td>储值小程序路径</td><td></td></tr><tr><td><code>purchase_information</code></td><td>object</td><td>付费会员信息</td><td></td></tr><tr><td>├ <code>price</code></td><td>number</td><td>付费会员价格</td><td></td></tr><tr><td>├ <code>jump_appid</code></td><td>string</td><td>付费会员跳转AppID</td><td></td></tr><tr><td>└ <code>jump_path</code></td><td>string</td><td>付费会员跳转路径</td><td></td></tr><tr><td><code>user_information</code></td><td>object</td><td>用户开卡信息</td><td></td></tr><tr><td>├ <code>common_field_list</code></td><td>string[]</td><td>平台提供的通用开卡信息字段</td><td></td></tr><tr><td>└ <code>custom_field_list</code></td><td>object[]</td><td>商户自定义的开卡信息字段</td><td></td></tr><tr><td> ├ <code>type</code></td><td>string</td><td>商户自定义的开卡信息字段类型</td><td><code>CHECK_BOX</code>, <code>RADIO</code></td></tr><tr><td> ├ <code>name</code></td><td>string</td><td>字段名称</td><td></td></tr><tr><td> └ <code>values</code></td><td>string[]</td><td>字段值</td><td></td></tr><tr><td><code>state</code></td><td>string</td><td>状态</td><td><code>CARD_EFFECTIVE</code>, <code>CARD_INVALID</code></td></tr><tr><td><code>create_time</code></td><td>string</td><td>创建时间</td><td></td></tr><tr><td><code>update_time</code></td><td>string</td><td>更新时间</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/brand/partner/card-member/cards/_card_id_/invalidate.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const invalidate = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  invalidate as default
};
