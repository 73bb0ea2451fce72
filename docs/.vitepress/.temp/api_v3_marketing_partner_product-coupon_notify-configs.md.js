import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"获取商品券事件通知地址 / 设置商品券事件通知地址 · v3/marketing/partner/product-coupon/notify-configs","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/marketing/partner/product-coupon/notify-configs.md","filePath":"api/v3/marketing/partner/product-coupon/notify-configs.md"}');
const _sfc_main = { name: "api/v3/marketing/partner/product-coupon/notify-configs.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="获取商品券事件通知地址-设置商品券事件通知地址-·-v3-marketing-partner-product-coupon-notify-configs" tabindex="-1">获取商品券事件通知地址 / 设置商品券事件通知地址 · <code>v3/marketing/partner/product-coupon/notify-configs</code> <a class="header-anchor" href="#获取商品券事件通知地址-设置商品券事件通知地址-·-v3-marketing-partner-product-coupon-notify-configs" aria-label="Permalink to &quot;获取商品券事件通知地址 / 设置商品券事件通知地址 · \`v3/marketing/partner/product-coupon/notify-configs\`&quot;">​</a></h1><p><a href="./../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get-·-获取商品券事件通知地址" tabindex="-1">GET · 获取商品券事件通知地址 <a class="header-anchor" href="#get-·-获取商品券事件通知地址" aria-label="Permalink to &quot;GET · 获取商品券事件通知地址&quot;">​</a></h2><p>服务商可以通过本接口查询商品券相关事件的回调地址，该地址配置为服务商维度配置，该服务商下的所有商品券相关事件均会通知到该地址。前置条件：服务商已经配置商品券事件通知地址</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/marketing/partner/product-coupon/notify-configs</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 运营工具∙商品券</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><p>The call takes no options beyond the common ones (<code>headers</code>, <code>timeout</code>, …).</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

// 1. $instance-&gt;v3-&gt;marketing-&gt;partner-&gt;productCoupon-&gt;notifyConfigs-&gt;getAsync()-&gt;then(…)-&gt;wait();
await wx.v3.marketing.partner.productCoupon.notifyConfigs.getAsync().then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/marketing/partner/product-coupon/notify-configs&#39;)-&gt;getAsync()-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/marketing/partner/product-coupon/notify-configs&#39;).getAsync().then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/marketing/partner/product-coupon/notify-configs&#39;]-&gt;getAsync()-&gt;then(…)-&gt;wait();
await wx[&#39;v3/marketing/partner/product-coupon/notify-configs&#39;].getAsync().then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;marketing-&gt;partner-&gt;productCoupon-&gt;notifyConfigs-&gt;get(); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.marketing.partner.productCoupon.notifyConfigs.get();
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/marketing/partner/product-coupon/notify-configs&#39;)-&gt;get(); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/marketing/partner/product-coupon/notify-configs&#39;).get();
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/marketing/partner/product-coupon/notify-configs&#39;]-&gt;get(); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/marketing/partner/product-coupon/notify-configs&#39;].get();
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>notify_url</code></td><td>string</td><td>通知URL地址</td><td></td></tr><tr><td><code>update_time</code></td><td>string(rfc3339)</td><td>修改时间</td><td></td></tr></tbody></table><h2 id="post-·-设置商品券事件通知地址" tabindex="-1">POST · 设置商品券事件通知地址 <a class="header-anchor" href="#post-·-设置商品券事件通知地址" aria-label="Permalink to &quot;POST · 设置商品券事件通知地址&quot;">​</a></h2><p>服务商可以通过本接口设置商品券相关事件的回调地址，该地址配置为服务商维度配置，该服务商下的所有商品券相关事件均会通知到该地址。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/marketing/partner/product-coupon/notify-configs</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 运营工具∙商品券</li><li>适用对象: 服务商</li></ul><h3 id="request-1" tabindex="-1">Request <a class="header-anchor" href="#request-1" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>└ <code>notify_url</code></td><td>string</td><td>yes</td><td>通知URL地址</td><td></td></tr></tbody></table><h3 id="call-styles-1" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles-1" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/marketing/partner/product-coupon/notify-configs&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: { notify_url: &#39;https://pay.weixin.qq.com&#39; },
};

// 1. $instance-&gt;v3-&gt;marketing-&gt;partner-&gt;productCoupon-&gt;notifyConfigs-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.marketing.partner.productCoupon.notifyConfigs.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/marketing/partner/product-coupon/notify-configs&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/marketing/partner/product-coupon/notify-configs&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/marketing/partner/product-coupon/notify-configs&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/marketing/partner/product-coupon/notify-configs&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;marketing-&gt;partner-&gt;productCoupon-&gt;notifyConfigs-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.marketing.partner.productCoupon.notifyConfigs.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/marketing/partner/product-coupon/notify-configs&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/marketing/partner/product-coupon/notify-configs&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/marketing/partner/product-coupon/notify-configs&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/marketing/partner/product-coupon/notify-configs&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer-1" tabindex="-1">Answer <a class="header-anchor" href="#answer-1" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>notify_url</code></td><td>string</td><td>通知URL地址</td><td></td></tr><tr><td><code>update_time</code></td><td>string(rfc3339)</td><td>修改时间</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/marketing/partner/product-coupon/notify-configs.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const notifyConfigs = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  notifyConfigs as default
};
