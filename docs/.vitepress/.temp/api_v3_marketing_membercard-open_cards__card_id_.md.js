import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"删除会员卡模板API / 查询会员卡模板信息API / 修改会员卡模板信息API · v3/marketing/membercard-open/cards/{card_id}","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/marketing/membercard-open/cards/_card_id_.md","filePath":"api/v3/marketing/membercard-open/cards/_card_id_.md"}');
const _sfc_main = { name: "api/v3/marketing/membercard-open/cards/_card_id_.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="删除会员卡模板api-查询会员卡模板信息api-修改会员卡模板信息api-·-v3-marketing-membercard-open-cards-card-id" tabindex="-1">删除会员卡模板API / 查询会员卡模板信息API / 修改会员卡模板信息API · <code>v3/marketing/membercard-open/cards/{card_id}</code> <a class="header-anchor" href="#删除会员卡模板api-查询会员卡模板信息api-修改会员卡模板信息api-·-v3-marketing-membercard-open-cards-card-id" aria-label="Permalink to &quot;删除会员卡模板API / 查询会员卡模板信息API / 修改会员卡模板信息API · \`v3/marketing/membercard-open/cards/{card_id}\`&quot;">​</a></h1><p><a href="./../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="delete-·-删除会员卡模板api" tabindex="-1">DELETE · 删除会员卡模板API <a class="header-anchor" href="#delete-·-删除会员卡模板api" aria-label="Permalink to &quot;DELETE · 删除会员卡模板API&quot;">​</a></h2><p>商户可调用此api删除会员卡。删除后，商家将无法通过任何渠道再投放该会员卡。</p><ul><li><code>DELETE https://api.mch.weixin.qq.com/v3/marketing/membercard-open/cards/{card_id}</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 会员卡∙基础功能</li><li>适用对象: 直连商户, 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>card_id</code></td><td>string</td><td>yes</td><td>会员卡id</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>delete</code> and <code>deleteAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/marketing/membercard-open/cards/{card_id}&#39;][&#39;delete&#39;][&#39;options&#39;] = {
  card_id: &#39;pbLatjvWOibDc5-TBnbUk1pD12o0&#39;,
};

// 1. $instance-&gt;v3-&gt;marketing-&gt;membercardOpen-&gt;cards-&gt;_card_id_-&gt;deleteAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.marketing.membercardOpen.cards._card_id_.deleteAsync(options).then((response) =&gt; console.log(response.status));

// 2. $instance-&gt;chain(&#39;v3/marketing/membercard-open/cards/{card_id}&#39;)-&gt;deleteAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/marketing/membercard-open/cards/{card_id}&#39;).deleteAsync(options).then((response) =&gt; console.log(response.status));

// 3. $instance[&#39;v3/marketing/membercard-open/cards/{card_id}&#39;]-&gt;deleteAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/marketing/membercard-open/cards/{card_id}&#39;].deleteAsync(options).then((response) =&gt; console.log(response.status));

// 4. $response = $instance-&gt;v3-&gt;marketing-&gt;membercardOpen-&gt;cards-&gt;_card_id_-&gt;delete([…]); echo $response-&gt;getStatusCode();
const byProperty = await wx.v3.marketing.membercardOpen.cards._card_id_.delete(options);
console.log(byProperty.status);

// 5. $response = $instance-&gt;chain(&#39;v3/marketing/membercard-open/cards/{card_id}&#39;)-&gt;delete([…]); echo $response-&gt;getStatusCode();
const byChain = await wx.chain(&#39;v3/marketing/membercard-open/cards/{card_id}&#39;).delete(options);
console.log(byChain.status);

// 6. $response = $instance[&#39;v3/marketing/membercard-open/cards/{card_id}&#39;]-&gt;delete([…]); echo $response-&gt;getStatusCode();
const byPath = await wx[&#39;v3/marketing/membercard-open/cards/{card_id}&#39;].delete(options);
console.log(byPath.status);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><p><code>204 No Content</code>: no body; <code>response.data</code> is <code>undefined</code>.</p><h2 id="get-·-查询会员卡模板信息api" tabindex="-1">GET · 查询会员卡模板信息API <a class="header-anchor" href="#get-·-查询会员卡模板信息api" aria-label="Permalink to &quot;GET · 查询会员卡模板信息API&quot;">​</a></h2><p>通过此接口可查询指定会员卡模板的所有信息</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/marketing/membercard-open/cards/{card_id}</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 会员卡∙基础功能</li><li>适用对象: 直连商户, 服务商</li></ul><h3 id="request-1" tabindex="-1">Request <a class="header-anchor" href="#request-1" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>card_id</code></td><td>string</td><td>yes</td><td>会员卡id</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles-1" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles-1" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/marketing/membercard-open/cards/{card_id}&#39;][&#39;get&#39;][&#39;options&#39;] = {
  card_id: &#39;pbLatjvWOibDc5-TBnbUk1pD12o0&#39;,
};

// 1. $instance-&gt;v3-&gt;marketing-&gt;membercardOpen-&gt;cards-&gt;_card_id_-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.marketing.membercardOpen.cards._card_id_.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/marketing/membercard-open/cards/{card_id}&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/marketing/membercard-open/cards/{card_id}&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/marketing/membercard-open/cards/{card_id}&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/marketing/membercard-open/cards/{card_id}&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;marketing-&gt;membercardOpen-&gt;cards-&gt;_card_id_-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.marketing.membercardOpen.cards._card_id_.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/marketing/membercard-open/cards/{card_id}&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/marketing/membercard-open/cards/{card_id}&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/marketing/membercard-open/cards/{card_id}&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/marketing/membercard-open/cards/{card_id}&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer-1" tabindex="-1">Answer <a class="header-anchor" href="#answer-1" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>card_id</code></td><td>string</td><td>会员卡id</td><td></td></tr><tr><td><code>create_time</code></td><td>string(rfc3339)</td><td>创建时间</td><td></td></tr><tr><td><code>update_time</code></td><td>string(rfc3339)</td><td>更新时间</td><td></td></tr><tr><td><code>remain_quantity</code></td><td>integer</td><td>剩余库存</td><td></td></tr><tr><td><code>status</code></td><td>string</td><td>会员卡状态</td><td><code>NOT_APPROVE</code>, <code>APPROVE_FAIL</code>, <code>APPROVED</code>, <code>DELETED</code></td></tr><tr><td><code>brand</code></td><td>object</td><td>品牌信息</td><td></td></tr><tr><td>├ <code>brand_id</code></td><td>string</td><td>品牌id</td><td></td></tr><tr><td>└ <code>display_name</code></td><td>string</td><td>品牌展示名称</td><td></td></tr><tr><td><code>appid</code></td><td>string</td><td>商户AppId</td><td></td></tr><tr><td><code>logo_url</code></td><td>string(MediaUrl)</td><td>会员卡logo</td><td></td></tr><tr><td><code>title</code></td><td>string</td><td>卡名称</td><td></td></tr><tr><td><code>background_picture_url</code></td><td>string(MediaUrl)</td><td>会员卡背景图</td><td></td></tr><tr><td><code>description</code></td><td>string</td><td>使用须知</td><td></td></tr><tr><td><code>service_phone</code></td><td>string</td><td>服务电话</td><td></td></tr><tr><td><code>code_type</code></td><td>string</td><td>会员码型</td><td><code>BAR_CODE</code>, <code>QRCODE</code>, <code>BAR_CODE_AND_QRCODE</code>, <code>NONE_CODE</code></td></tr><tr><td><code>total_quantity</code></td><td>integer</td><td>会员卡总库存</td><td></td></tr><tr><td><code>date_information</code></td><td>object</td><td>有效期</td><td></td></tr><tr><td>├ <code>type</code></td><td>string</td><td>有效期类型</td><td><code>FIX_TIME_RANGE</code>, <code>FIX_TERM</code>, <code>PERMANENT</code></td></tr><tr><td>├ <code>available_begin_time</code></td><td>string(rfc3339)</td><td>有效期开始时间</td><td></td></tr><tr><td>├ <code>available_end_time</code></td><td>string(rfc3339)</td><td>有效期结束时间</td><td></td></tr><tr><td>└ <code>available_day_after_receive</code></td><td>integer</td><td>生效后N天内有效</td><td></td></tr><tr><td><code>code_mode</code></td><td>string</td><td>会员卡code分配类型</td><td><code>SYSTEM_ALLOCATE</code>, <code>MERCHANT_DEPOSIT</code>, <code>REAL_TIME</code></td></tr><tr><td><code>need_display_level</code></td><td>boolean</td><td>是否展示会员等级</td><td></td></tr><tr><td><code>init_level</code></td><td>string</td><td>会员初始等级</td><td></td></tr><tr><td><code>out_request_no</code></td><td>string</td><td>商户请求单号</td><td></td></tr><tr><td><code>balance_information</code></td><td>object</td><td>储值信息</td><td></td></tr><tr><td>├ <code>need_balance</code></td><td>boolean</td><td>是否支持储值</td><td></td></tr><tr><td>├ <code>balance_appid</code></td><td>string</td><td>储值小程序appid</td><td></td></tr><tr><td>├ <code>balance_path</code></td><td>string</td><td>储值小程序path</td><td></td></tr><tr><td>└ <code>balance_url</code></td><td>string</td><td>储值url</td><td></td></tr><tr><td><code>user_information_form</code></td><td>object</td><td>开卡信息</td><td></td></tr><tr><td>├ <code>common_field_list</code></td><td>string[]</td><td>平台提供的通用开卡信息字段</td><td></td></tr><tr><td>└ <code>custom_field_list</code></td><td>object[]</td><td>商户自定义的开卡信息字段</td><td></td></tr><tr><td> ├ <code>type</code></td><td>string</td><td>商户自定义的开卡信息字段类型</td><td><code>TEXT</code>, <code>SELECT</code>, <code>RADIO</code>, <code>CHECK_BOX</code></td></tr><tr><td> ├ <code>name</code></td><td>string</td><td>字段名称</td><td></td></tr><tr><td> └ <code>values</code></td><td>string[]</td><td></td><td></td></tr><tr><td><code>additional_statement</code></td><td>object</td><td>商户补充声明</td><td></td></tr><tr><td>├ <code>title</code></td><td>string</td><td>标题</td><td></td></tr><tr><td>├ <code>url</code></td><td>string</td><td>跳转url</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td>跳转小程序appid</td><td></td></tr><tr><td>└ <code>path</code></td><td>string</td><td>跳转小程序path</td><td></td></tr></tbody></table><h2 id="patch-·-修改会员卡模板信息api" tabindex="-1">PATCH · 修改会员卡模板信息API <a class="header-anchor" href="#patch-·-修改会员卡模板信息api" aria-label="Permalink to &quot;PATCH · 修改会员卡模板信息API&quot;">​</a></h2><p>通过此接口可更新会员卡的信息，包括基本信息、储值信息、开卡信息、补充说明</p><ul><li><code>PATCH https://api.mch.weixin.qq.com/v3/marketing/membercard-open/cards/{card_id}</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 会员卡∙基础功能</li><li>适用对象: 直连商户, 服务商</li></ul><h3 id="request-2" tabindex="-1">Request <a class="header-anchor" href="#request-2" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>card_id</code></td><td>string</td><td>yes</td><td>会员卡id</td><td></td></tr><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td></td><td>商户AppId</td><td></td></tr><tr><td>├ <code>logo_url</code></td><td>string(MediaUrl)</td><td></td><td>会员卡logo</td><td></td></tr><tr><td>├ <code>title</code></td><td>string</td><td></td><td>卡名称</td><td></td></tr><tr><td>├ <code>background_picture_url</code></td><td>string(MediaUrl)</td><td></td><td>会员卡背景图</td><td></td></tr><tr><td>├ <code>description</code></td><td>string</td><td></td><td>使用须知</td><td></td></tr><tr><td>├ <code>service_phone</code></td><td>string</td><td></td><td>服务电话</td><td></td></tr><tr><td>├ <code>total_quantity</code></td><td>integer</td><td></td><td>会员卡总库存</td><td></td></tr><tr><td>├ <code>date_information</code></td><td>object</td><td></td><td>有效期</td><td></td></tr><tr><td> ├ <code>type</code></td><td>string</td><td>yes</td><td>有效期类型</td><td><code>FIX_TIME_RANGE</code>, <code>FIX_TERM</code>, <code>PERMANENT</code></td></tr><tr><td> ├ <code>available_end_time</code></td><td>string</td><td></td><td>有效期结束时间</td><td></td></tr><tr><td> ├ <code>available_day_after_receive</code></td><td>integer</td><td></td><td>生效后N天内有效</td><td></td></tr><tr><td> ├ <code>wait_days_after_receive</code></td><td>integer</td><td></td><td>领取后N天开始生效</td><td></td></tr><tr><td> └ <code>available_begin_time</code></td><td>string</td><td></td><td>有效期开始时间</td><td></td></tr><tr><td>├ <code>need_display_level</code></td><td>boolean</td><td></td><td>是否展示会员等级</td><td></td></tr><tr><td>├ <code>init_level</code></td><td>string</td><td></td><td>会员初始等级</td><td></td></tr><tr><td>├ <code>balance_information</code></td><td>object</td><td></td><td>储值信息</td><td></td></tr><tr><td> ├ <code>need_balance</code></td><td>boolean</td><td></td><td>是否支持储值</td><td></td></tr><tr><td> ├ <code>balance_appid</code></td><td>string</td><td></td><td>储值小程序appid</td><td></td></tr><tr><td> ├ <code>balance_path</code></td><td>string</td><td></td><td>储值小程序path</td><td></td></tr><tr><td> └ <code>balance_url</code></td><td>string</td><td></td><td>储值url</td><td></td></tr><tr><td>├ <code>user_information_form</code></td><td>object</td><td></td><td>开卡信息</td><td></td></tr><tr><td> ├ <code>can_modify_after_activate</code></td><td>boolean</td><td></td><td>是否允许修改</td><td></td></tr><tr><td> ├ <code>common_field_list</code></td><td>string[]</td><td></td><td>平台提供的通用开卡信息字段</td><td></td></tr><tr><td> └ <code>custom_field_list</code></td><td>object[]</td><td></td><td>商户自定义的开卡信息字段</td><td></td></tr><tr><td>  ├ <code>type</code></td><td>string</td><td></td><td>商户自定义的开卡信息字段类型</td><td><code>TEXT</code>, <code>SELECT</code>, <code>RADIO</code>, <code>CHECK_BOX</code></td></tr><tr><td>  ├ <code>name</code></td><td>string</td><td></td><td>字段名称</td><td></td></tr><tr><td>  └ <code>values</code></td><td>string[]</td><td></td><td>字段值</td><td></td></tr><tr><td>├ <code>additional_statement</code></td><td>object</td><td></td><td>商户补充声明</td><td></td></tr><tr><td> ├ <code>title</code></td><td>string</td><td></td><td>标题</td><td></td></tr><tr><td> ├ <code>url</code></td><td>string</td><td></td><td>跳转url</td><td></td></tr><tr><td> ├ <code>appid</code></td><td>string</td><td></td><td>跳转小程序appid</td><td></td></tr><tr><td> └ <code>path</code></td><td>string</td><td></td><td>跳转小程序path</td><td></td></tr><tr><td>├ <code>code_mode</code></td><td>string</td><td></td><td>会员卡code分配类型</td><td><code>SYSTEM_ALLOCATE</code>, <code>MERCHANT_DEPOSIT</code>, <code>REAL_TIME</code></td></tr><tr><td>├ <code>code_type</code></td><td>string</td><td></td><td>会员码型</td><td><code>BAR_CODE</code>, <code>QRCODE</code>, <code>BAR_CODE_AND_QRCODE</code>, <code>NONE_CODE</code></td></tr><tr><td>└ <code>need_dynamic_code</code></td><td>boolean</td><td></td><td>是否启用动态码</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles-2" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles-2" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>patch</code> and <code>patchAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/marketing/membercard-open/cards/{card_id}&#39;][&#39;patch&#39;][&#39;options&#39;] = {
  card_id: &#39;pbLatjvWOibDc5-TBnbUk1pD12o0&#39;,
  json: {
    appid: &#39;wxea9c30890f48d5ae&#39;,
    logo_url: &#39;https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/0&#39;,
    title: &#39;微信支付测试卡&#39;,
    background_picture_url: &#39;https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/0&#39;,
    description: &#39;使用本会员卡表示你同意xxx公司的协议，最终解释权归xxx公司所有&#39;,
    service_phone: &#39;010-8877xxxx&#39;,
    total_quantity: 5000000,
    init_level: &#39;白银会员&#39;,
    code_mode: &#39;SYSTEM_ALLOCATE&#39;,
    code_type: &#39;BAR_CODE&#39;,
    need_dynamic_code: false,
  },
};

// 1. $instance-&gt;v3-&gt;marketing-&gt;membercardOpen-&gt;cards-&gt;_card_id_-&gt;patchAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.marketing.membercardOpen.cards._card_id_.patchAsync(options).then((response) =&gt; console.log(response.status));

// 2. $instance-&gt;chain(&#39;v3/marketing/membercard-open/cards/{card_id}&#39;)-&gt;patchAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/marketing/membercard-open/cards/{card_id}&#39;).patchAsync(options).then((response) =&gt; console.log(response.status));

// 3. $instance[&#39;v3/marketing/membercard-open/cards/{card_id}&#39;]-&gt;patchAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/marketing/membercard-open/cards/{card_id}&#39;].patchAsync(options).then((response) =&gt; console.log(response.status));

// 4. $response = $instance-&gt;v3-&gt;marketing-&gt;membercardOpen-&gt;cards-&gt;_card_id_-&gt;patch([…]); echo $response-&gt;getStatusCode();
const byProperty = await wx.v3.marketing.membercardOpen.cards._card_id_.patch(options);
console.log(byProperty.status);

// 5. $response = $instance-&gt;chain(&#39;v3/marketing/membercard-open/cards/{card_id}&#39;)-&gt;patch([…]); echo $response-&gt;getStatusCode();
const byChain = await wx.chain(&#39;v3/marketing/membercard-open/cards/{card_id}&#39;).patch(options);
console.log(byChain.status);

// 6. $response = $instance[&#39;v3/marketing/membercard-open/cards/{card_id}&#39;]-&gt;patch([…]); echo $response-&gt;getStatusCode();
const byPath = await wx[&#39;v3/marketing/membercard-open/cards/{card_id}&#39;].patch(options);
console.log(byPath.status);
</code></pre></div><h3 id="answer-2" tabindex="-1">Answer <a class="header-anchor" href="#answer-2" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><p><code>204 No Content</code>: no body; <code>response.data</code> is <code>undefined</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/marketing/membercard-open/cards/_card_id_.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const _card_id_ = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  _card_id_ as default
};
