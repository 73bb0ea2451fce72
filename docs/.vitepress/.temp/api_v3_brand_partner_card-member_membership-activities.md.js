import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"查询品牌会员发券活动列表 / 创建品牌会员发券活动 · v3/brand/partner/card-member/membership-activities","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/brand/partner/card-member/membership-activities.md","filePath":"api/v3/brand/partner/card-member/membership-activities.md"}');
const _sfc_main = { name: "api/v3/brand/partner/card-member/membership-activities.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="查询品牌会员发券活动列表-创建品牌会员发券活动-·-v3-brand-partner-card-member-membership-activities" tabindex="-1">查询品牌会员发券活动列表 / 创建品牌会员发券活动 · <code>v3/brand/partner/card-member/membership-activities</code> <a class="header-anchor" href="#查询品牌会员发券活动列表-创建品牌会员发券活动-·-v3-brand-partner-card-member-membership-activities" aria-label="Permalink to &quot;查询品牌会员发券活动列表 / 创建品牌会员发券活动 · \`v3/brand/partner/card-member/membership-activities\`&quot;">​</a></h1><p><a href="./../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get-·-查询品牌会员发券活动列表" tabindex="-1">GET · 查询品牌会员发券活动列表 <a class="header-anchor" href="#get-·-查询品牌会员发券活动列表" aria-label="Permalink to &quot;GET · 查询品牌会员发券活动列表&quot;">​</a></h2><p>查询符合条件的品牌会员发券活动列表 接口限频：按服务商商户号维度 5次/秒</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/brand/partner/card-member/membership-activities</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 商家名片会员活动</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>query</code></td><td>object</td><td>yes</td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>├ <code>brand_id</code></td><td>string</td><td>yes</td><td>品牌id</td><td></td></tr><tr><td>├ <code>card_id</code></td><td>string</td><td></td><td>会员卡模板ID</td><td></td></tr><tr><td>├ <code>activity_state</code></td><td>string</td><td></td><td>活动状态</td><td><code>MEMBERSHIP_ACTIVITY_CREATED</code>, <code>MEMBERSHIP_ACTIVITY_EFFECTIVE</code>, <code>MEMBERSHIP_ACTIVITY_TERMINATED</code>, <code>MEMBERSHIP_ACTIVITY_EXPIRED</code></td></tr><tr><td>├ <code>offset</code></td><td>integer</td><td>yes</td><td>请求资源起始位置</td><td></td></tr><tr><td>└ <code>limit</code></td><td>integer</td><td>yes</td><td>最大资源条数</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/brand/partner/card-member/membership-activities&#39;][&#39;get&#39;][&#39;options&#39;] = {
  query: {
    brand_id: &#39;1004&#39;,
    card_id: &#39;pbLatjvWOibDc5-TBnbUk1pD12o0&#39;,
    activity_state: &#39;MEMBERSHIP_ACTIVITY_CREATED&#39;,
    offset: 10,
    limit: 5,
  },
};

// 1. $instance-&gt;v3-&gt;brand-&gt;partner-&gt;cardMember-&gt;membershipActivities-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.brand.partner.cardMember.membershipActivities.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/brand/partner/card-member/membership-activities&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/brand/partner/card-member/membership-activities&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/brand/partner/card-member/membership-activities&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/brand/partner/card-member/membership-activities&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;brand-&gt;partner-&gt;cardMember-&gt;membershipActivities-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.brand.partner.cardMember.membershipActivities.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/brand/partner/card-member/membership-activities&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/brand/partner/card-member/membership-activities&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/brand/partner/card-member/membership-activities&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/brand/partner/card-member/membership-activities&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>data</code></td><td>object[]</td><td>活动列表</td><td></td></tr><tr><td>├ <code>out_request_no</code></td><td>string</td><td>商户请求单号</td><td></td></tr><tr><td>├ <code>brand_id</code></td><td>string</td><td>品牌ID</td><td></td></tr><tr><td>├ <code>card_id</code></td><td>string</td><td>会员卡ID</td><td></td></tr><tr><td>├ <code>activity_channel</code></td><td>string</td><td>活动渠道</td><td><code>MECHANT_APP_COMPONENT</code></td></tr><tr><td>├ <code>title</code></td><td>string</td><td>活动主标题</td><td></td></tr><tr><td>├ <code>sub_title</code></td><td>string</td><td>活动主标题</td><td></td></tr><tr><td>├ <code>begin_time</code></td><td>string(rfc3339)</td><td>活动开始时间</td><td></td></tr><tr><td>├ <code>end_time</code></td><td>string(rfc3339)</td><td>活动结束时间</td><td></td></tr><tr><td>├ <code>apply_total</code></td><td>integer</td><td>活动总库存</td><td></td></tr><tr><td>├ <code>apply_available</code></td><td>integer</td><td>活动剩余库存</td><td></td></tr><tr><td>├ <code>product_coupon_stock_list</code></td><td>object[]</td><td>商品券批次列表</td><td></td></tr><tr><td> ├ <code>product_coupon_id</code></td><td>string</td><td>商品券ID</td><td></td></tr><tr><td> └ <code>stock_id</code></td><td>string</td><td>批次ID</td><td></td></tr><tr><td>├ <code>activity_id</code></td><td>string</td><td>活动ID</td><td></td></tr><tr><td>├ <code>activity_state</code></td><td>string</td><td>活动状态</td><td><code>MEMBERSHIP_ACTIVITY_CREATED</code>, <code>MEMBERSHIP_ACTIVITY_EFFECTIVE</code>, <code>MEMBERSHIP_ACTIVITY_TERMINATED</code>, <code>MEMBERSHIP_ACTIVITY_EXPIRED</code></td></tr><tr><td>├ <code>create_time</code></td><td>string(rfc3339)</td><td>创建时间</td><td></td></tr><tr><td>└ <code>modify_time</code></td><td>string(rfc3339)</td><td>更新时间</td><td></td></tr><tr><td><code>offset</code></td><td>integer</td><td>请求资源起始位置</td><td></td></tr><tr><td><code>limit</code></td><td>integer</td><td>最大资源条数</td><td></td></tr><tr><td><code>total_count</code></td><td>integer</td><td>资源总条数</td><td></td></tr></tbody></table><h2 id="post-·-创建品牌会员发券活动" tabindex="-1">POST · 创建品牌会员发券活动 <a class="header-anchor" href="#post-·-创建品牌会员发券活动" aria-label="Permalink to &quot;POST · 创建品牌会员发券活动&quot;">​</a></h2><p>通过此接口可以创建一个品牌会员发券活动，创建成功将获得活动ID。该接口需要配合品牌会员组件使用，创建活动的中的券，将会在品牌会员组件调用时展示。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/brand/partner/card-member/membership-activities</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 商家名片会员活动</li><li>适用对象: 服务商</li></ul><h3 id="request-1" tabindex="-1">Request <a class="header-anchor" href="#request-1" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>out_request_no</code></td><td>string</td><td>yes</td><td>商户请求单号</td><td></td></tr><tr><td>├ <code>brand_id</code></td><td>string</td><td>yes</td><td>品牌ID</td><td></td></tr><tr><td>├ <code>card_id</code></td><td>string</td><td>yes</td><td>会员卡ID</td><td></td></tr><tr><td>├ <code>activity_channel</code></td><td>string</td><td>yes</td><td>活动渠道</td><td><code>MECHANT_APP_COMPONENT</code></td></tr><tr><td>├ <code>title</code></td><td>string</td><td>yes</td><td>活动主标题</td><td></td></tr><tr><td>├ <code>sub_title</code></td><td>string</td><td>yes</td><td>活动主标题</td><td></td></tr><tr><td>├ <code>begin_time</code></td><td>string(rfc3339)</td><td>yes</td><td>活动开始时间</td><td></td></tr><tr><td>├ <code>end_time</code></td><td>string(rfc3339)</td><td>yes</td><td>活动结束时间</td><td></td></tr><tr><td>├ <code>apply_total</code></td><td>integer</td><td>yes</td><td>活动总库存</td><td></td></tr><tr><td>└ <code>product_coupon_stock_list</code></td><td>object[]</td><td>yes</td><td>商品券批次列表</td><td></td></tr><tr><td> ├ <code>product_coupon_id</code></td><td>string</td><td>yes</td><td>商品券ID</td><td></td></tr><tr><td> └ <code>stock_id</code></td><td>string</td><td>yes</td><td>批次ID</td><td></td></tr></tbody></table><h3 id="call-styles-1" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles-1" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/brand/partner/card-member/membership-activities&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    out_request_no: &#39;100002322019090134234sfdf&#39;,
    brand_id: &#39;1004&#39;,
    card_id: &#39;pbLatjvWOibDc5-TBnbUk1pD12o0&#39;,
    activity_channel: &#39;MECHANT_APP_COMPONENT&#39;,
    title: &#39;入会享券&#39;,
    sub_title: &#39;5张满减券&#39;,
    begin_time: &#39;2020-01-20T13:29:35.120+08:00&#39;,
    end_time: &#39;2020-01-29T13:29:35.120+08:00&#39;,
    apply_total: 1000,
    product_coupon_stock_list: [
      { product_coupon_id: &#39;701138812971763025610907319729&#39;, stock_id: &#39;98065001&#39; },
    ],
  },
};

// 1. $instance-&gt;v3-&gt;brand-&gt;partner-&gt;cardMember-&gt;membershipActivities-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.brand.partner.cardMember.membershipActivities.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/brand/partner/card-member/membership-activities&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/brand/partner/card-member/membership-activities&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/brand/partner/card-member/membership-activities&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/brand/partner/card-member/membership-activities&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;brand-&gt;partner-&gt;cardMember-&gt;membershipActivities-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.brand.partner.cardMember.membershipActivities.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/brand/partner/card-member/membership-activities&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/brand/partner/card-member/membership-activities&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/brand/partner/card-member/membership-activities&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/brand/partner/card-member/membership-activities&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer-1" tabindex="-1">Answer <a class="header-anchor" href="#answer-1" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>out_request_no</code></td><td>string</td><td>商户请求单号</td><td></td></tr><tr><td><code>brand_id</code></td><td>string</td><td>品牌ID</td><td></td></tr><tr><td><code>card_id</code></td><td>string</td><td>会员卡ID</td><td></td></tr><tr><td><code>activity_channel</code></td><td>string</td><td>活动渠道</td><td><code>MECHANT_APP_COMPONENT</code></td></tr><tr><td><code>title</code></td><td>string</td><td>活动主标题</td><td></td></tr><tr><td><code>sub_title</code></td><td>string</td><td>活动主标题</td><td></td></tr><tr><td><code>begin_time</code></td><td>string(rfc3339)</td><td>活动开始时间</td><td></td></tr><tr><td><code>end_time</code></td><td>string(rfc3339)</td><td>活动结束时间</td><td></td></tr><tr><td><code>apply_total</code></td><td>integer</td><td>活动总库存</td><td></td></tr><tr><td><code>apply_available</code></td><td>integer</td><td>活动剩余库存</td><td></td></tr><tr><td><code>product_coupon_stock_list</code></td><td>object[]</td><td>商品券批次列表</td><td></td></tr><tr><td>├ <code>product_coupon_id</code></td><td>string</td><td>商品券ID</td><td></td></tr><tr><td>└ <code>stock_id</code></td><td>string</td><td>批次ID</td><td></td></tr><tr><td><code>activity_id</code></td><td>string</td><td>活动ID</td><td></td></tr><tr><td><code>activity_state</code></td><td>string</td><td>活动状态</td><td><code>MEMBERSHIP_ACTIVITY_CREATED</code>, <code>MEMBERSHIP_ACTIVITY_EFFECTIVE</code>, <code>MEMBERSHIP_ACTIVITY_TERMINATED</code>, <code>MEMBERSHIP_ACTIVITY_EXPIRED</code></td></tr><tr><td><code>create_time</code></td><td>string(rfc3339)</td><td>创建时间</td><td></td></tr><tr><td><code>modify_time</code></td><td>string(rfc3339)</td><td>更新时间</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/brand/partner/card-member/membership-activities.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const membershipActivities = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  membershipActivities as default
};
