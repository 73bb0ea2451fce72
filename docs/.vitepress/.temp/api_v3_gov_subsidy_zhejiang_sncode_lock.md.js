import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"sn码锁定 · v3/gov/subsidy/zhejiang/sncode/lock","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/gov/subsidy/zhejiang/sncode/lock.md","filePath":"api/v3/gov/subsidy/zhejiang/sncode/lock.md"}');
const _sfc_main = { name: "api/v3/gov/subsidy/zhejiang/sncode/lock.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="sn码锁定-·-v3-gov-subsidy-zhejiang-sncode-lock" tabindex="-1">sn码锁定 · <code>v3/gov/subsidy/zhejiang/sncode/lock</code> <a class="header-anchor" href="#sn码锁定-·-v3-gov-subsidy-zhejiang-sncode-lock" aria-label="Permalink to &quot;sn码锁定 · \`v3/gov/subsidy/zhejiang/sncode/lock\`&quot;">​</a></h1><p><a href="./../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>sn码锁定</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/gov/subsidy/zhejiang/sncode/lock</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 国补专区, 浙江</li><li>适用对象: 电商平台, 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>create_user</code></td><td>string</td><td>yes</td><td>发起方</td><td></td></tr><tr><td>├ <code>province</code></td><td>string</td><td>yes</td><td>省份代码</td><td></td></tr><tr><td>├ <code>manufact_cert_code</code></td><td>string</td><td></td><td>厂商统一 社会信用 代码</td><td></td></tr><tr><td>├ <code>sn</code></td><td>string</td><td>yes</td><td>商品 SN码</td><td></td></tr><tr><td>├ <code>goods_bar_code</code></td><td>string</td><td>yes</td><td>商品条码</td><td></td></tr><tr><td>├ <code>goods_type</code></td><td>string</td><td>yes</td><td>商品品类</td><td></td></tr><tr><td>├ <code>goods_name</code></td><td>string</td><td>yes</td><td>商品名称</td><td></td></tr><tr><td>├ <code>goods_model</code></td><td>string</td><td></td><td>商品型号</td><td></td></tr><tr><td>├ <code>imei1</code></td><td>string</td><td></td><td>IMEI_1 码</td><td></td></tr><tr><td>├ <code>imei2</code></td><td>string</td><td></td><td>IMEI_2 码</td><td></td></tr><tr><td>├ <code>trans_orderid</code></td><td>string</td><td>yes</td><td>交易订单号</td><td></td></tr><tr><td>├ <code>order_price</code></td><td>string</td><td>yes</td><td>订单金额</td><td></td></tr><tr><td>├ <code>acquire_code</code></td><td>string</td><td></td><td>收单机构</td><td></td></tr><tr><td>├ <code>sell_orderid</code></td><td>string</td><td>yes</td><td>销售订单号</td><td></td></tr><tr><td>├ <code>city</code></td><td>string</td><td></td><td>市级区域代码</td><td></td></tr><tr><td>├ <code>county</code></td><td>string</td><td></td><td>区县区域代码</td><td></td></tr><tr><td>├ <code>is_ai_product</code></td><td>string</td><td></td><td>是否 AI 产品</td><td></td></tr><tr><td>├ <code>sale_time</code></td><td>string</td><td></td><td>销售时间</td><td></td></tr><tr><td>├ <code>mfr_info</code></td><td>string</td><td></td><td>厂商信息</td><td></td></tr><tr><td>├ <code>brand</code></td><td>string</td><td></td><td>具体品牌</td><td></td></tr><tr><td>├ <code>sale_models</code></td><td>string</td><td></td><td>渠道类型</td><td></td></tr><tr><td>├ <code>req_ssn</code></td><td>string</td><td>yes</td><td>请求流水号</td><td></td></tr><tr><td>└ <code>req_time</code></td><td>string</td><td>yes</td><td>请求时间</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/gov/subsidy/zhejiang/sncode/lock&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    create_user: &#39;&lt;create_user&gt;&#39;,
    province: &#39;&lt;province&gt;&#39;,
    sn: &#39;&lt;sn&gt;&#39;,
    goods_bar_code: &#39;&lt;goods_bar_code&gt;&#39;,
    goods_type: &#39;&lt;goods_type&gt;&#39;,
    goods_name: &#39;&lt;goods_name&gt;&#39;,
    trans_orderid: &#39;&lt;trans_orderid&gt;&#39;,
    order_price: &#39;&lt;order_price&gt;&#39;,
    sell_orderid: &#39;&lt;sell_orderid&gt;&#39;,
    req_ssn: &#39;&lt;req_ssn&gt;&#39;,
    req_time: &#39;&lt;req_time&gt;&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;gov-&gt;subsidy-&gt;zhejiang-&gt;sncode-&gt;lock-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.gov.subsidy.zhejiang.sncode.lock.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/gov/subsidy/zhejiang/sncode/lock&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/gov/subsidy/zhejiang/sncode/lock&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/gov/subsidy/zhejiang/sncode/lock&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/gov/subsidy/zhejiang/sncode/lock&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;gov-&gt;subsidy-&gt;zhejiang-&gt;sncode-&gt;lock-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.gov.subsidy.zhejiang.sncode.lock.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/gov/subsidy/zhejiang/sncode/lock&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/gov/subsidy/zhejiang/sncode/lock&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/gov/subsidy/zhejiang/sncode/lock&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/gov/subsidy/zhejiang/sncode/lock&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>resp_code</code></td><td>string</td><td>响应码</td><td></td></tr><tr><td><code>resp_desc</code></td><td>string</td><td>响应描述</td><td></td></tr><tr><td><code>imei1</code></td><td>string</td><td>IMEI_1 码</td><td></td></tr><tr><td><code>imei2</code></td><td>string</td><td>IMEI_2 码</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/gov/subsidy/zhejiang/sncode/lock.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const lock = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  lock as default
};
