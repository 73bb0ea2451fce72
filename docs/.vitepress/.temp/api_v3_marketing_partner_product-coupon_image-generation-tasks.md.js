import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"提交图片生成任务 · v3/marketing/partner/product-coupon/image-generation-tasks","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/marketing/partner/product-coupon/image-generation-tasks.md","filePath":"api/v3/marketing/partner/product-coupon/image-generation-tasks.md"}');
const _sfc_main = { name: "api/v3/marketing/partner/product-coupon/image-generation-tasks.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="提交图片生成任务-·-v3-marketing-partner-product-coupon-image-generation-tasks" tabindex="-1">提交图片生成任务 · <code>v3/marketing/partner/product-coupon/image-generation-tasks</code> <a class="header-anchor" href="#提交图片生成任务-·-v3-marketing-partner-product-coupon-image-generation-tasks" aria-label="Permalink to &quot;提交图片生成任务 · \`v3/marketing/partner/product-coupon/image-generation-tasks\`&quot;">​</a></h1><p><a href="./../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>根据类型生成图片，结果将通过回调的方式告知，或通过主动查询接口获取生成结果。频率限制：500/s</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/marketing/partner/product-coupon/image-generation-tasks</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 运营工具∙商品券</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>brand_id</code></td><td>string</td><td>yes</td><td>品牌ID</td><td></td></tr><tr><td>├ <code>task_id</code></td><td>string</td><td>yes</td><td>图片生成的任务ID</td><td></td></tr><tr><td>├ <code>image_generation_type</code></td><td>string</td><td>yes</td><td>图片生成类型</td><td><code>COMBINE_IMAGE</code>, <code>CUT_OUT</code></td></tr><tr><td>├ <code>combine_image</code></td><td>object</td><td></td><td>拼图数据</td><td></td></tr><tr><td> ├ <code>scope</code></td><td>string</td><td>yes</td><td>优惠范围</td><td><code>ALL</code>, <code>SINGLE</code>, <code>CATEGORY</code></td></tr><tr><td> ├ <code>type</code></td><td>string</td><td>yes</td><td>商品券类型</td><td><code>NORMAL</code>, <code>DISCOUNT</code>, <code>EXCHANGE</code></td></tr><tr><td> ├ <code>usage_mode</code></td><td>string</td><td>yes</td><td>使用模式</td><td><code>SINGLE</code>, <code>PROGRESSIVE_BUNDLE</code></td></tr><tr><td> ├ <code>normal_coupon</code></td><td>object</td><td></td><td>满减券使用规则</td><td></td></tr><tr><td>  ├ <code>threshold</code></td><td>integer</td><td>yes</td><td>门槛金额</td><td></td></tr><tr><td>  └ <code>discount_amount</code></td><td>integer</td><td>yes</td><td>固定减免金额</td><td></td></tr><tr><td> ├ <code>discount_coupon</code></td><td>object</td><td></td><td>折扣券使用规则</td><td></td></tr><tr><td>  ├ <code>threshold</code></td><td>integer</td><td>yes</td><td>门槛金额</td><td></td></tr><tr><td>  └ <code>percent_off</code></td><td>integer</td><td>yes</td><td>固定减免百分比</td><td></td></tr><tr><td> ├ <code>exchange_coupon</code></td><td>object</td><td></td><td>兑换券使用规则</td><td></td></tr><tr><td>  ├ <code>threshold</code></td><td>integer</td><td>yes</td><td>门槛金额</td><td></td></tr><tr><td>  └ <code>exchange_price</code></td><td>integer</td><td>yes</td><td>固定兑换价格</td><td></td></tr><tr><td> └ <code>background_color</code></td><td>string</td><td></td><td>背景颜色色值</td><td></td></tr><tr><td>└ <code>cut_out</code></td><td>object</td><td></td><td>抠图数据</td><td></td></tr><tr><td> └ <code>image_url</code></td><td>string</td><td>yes</td><td>商品图URL</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/marketing/partner/product-coupon/image-generation-tasks&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    brand_id: &#39;120344&#39;,
    task_id: &#39;image_generation_task_1&#39;,
    image_generation_type: &#39;COMBINE_IMAGE&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;marketing-&gt;partner-&gt;productCoupon-&gt;imageGenerationTasks-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.marketing.partner.productCoupon.imageGenerationTasks.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/marketing/partner/product-coupon/image-generation-tasks&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/marketing/partner/product-coupon/image-generation-tasks&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/marketing/partner/product-coupon/image-generation-tasks&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/marketing/partner/product-coupon/image-generation-tasks&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;marketing-&gt;partner-&gt;productCoupon-&gt;imageGenerationTasks-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.marketing.partner.productCoupon.imageGenerationTasks.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/marketing/partner/product-coupon/image-generation-tasks&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/marketing/partner/product-coupon/image-generation-tasks&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/marketing/partner/product-coupon/image-generation-tasks&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/marketing/partner/product-coupon/image-generation-tasks&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>task_id</code></td><td>string</td><td>图片生成的任务ID</td><td></td></tr><tr><td><code>brand_id</code></td><td>string</td><td>品牌ID</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/marketing/partner/product-coupon/image-generation-tasks.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const imageGenerationTasks = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  imageGenerationTasks as default
};
