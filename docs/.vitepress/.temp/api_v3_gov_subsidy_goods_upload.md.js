import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"商品信息上传 · v3/gov/subsidy/goods/upload","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/gov/subsidy/goods/upload.md","filePath":"api/v3/gov/subsidy/goods/upload.md"}');
const _sfc_main = { name: "api/v3/gov/subsidy/goods/upload.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="商品信息上传-·-v3-gov-subsidy-goods-upload" tabindex="-1">商品信息上传 · <code>v3/gov/subsidy/goods/upload</code> <a class="header-anchor" href="#商品信息上传-·-v3-gov-subsidy-goods-upload" aria-label="Permalink to &quot;商品信息上传 · \`v3/gov/subsidy/goods/upload\`&quot;">​</a></h1><p><a href="./../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>地方省平台维护了一个商品库，需要提前把商品信息上传进去。必须要对接，是导入商品库信息，不可以线下通过excel表格导入，只能调用接口处理。重复上传会返回&quot;获取中央平台数据异常_数据重复&quot;错误。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/gov/subsidy/goods/upload</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 国补专区, 江苏</li><li>适用对象: 电商平台, 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>appliance_id</code></td><td>number</td><td>yes</td><td>消费品类ID</td><td><code>1</code>, <code>2</code>, <code>3</code>, <code>4</code>, <code>5</code>, <code>6</code>, <code>7</code>, <code>8</code>, <code>9</code>, <code>10</code>, <code>11</code>, <code>12</code>, <code>13</code>, <code>14</code>, <code>15</code>, <code>16</code>, <code>17</code></td></tr><tr><td>├ <code>product_name</code></td><td>string</td><td>yes</td><td>商品名称</td><td></td></tr><tr><td>├ <code>energy_grade</code></td><td>string</td><td></td><td>能效等级</td><td><code>FIRST_LEVEL</code>, <code>SECOND_LEVEL</code>, <code>ENERGY_GRADE_UNKNOWN</code></td></tr><tr><td>├ <code>brand</code></td><td>string</td><td>yes</td><td>家电品牌</td><td></td></tr><tr><td>├ <code>qualification_region_code</code></td><td>number</td><td>yes</td><td>使用的资格的地区编码</td><td></td></tr><tr><td>├ <code>seller_name</code></td><td>string</td><td>yes</td><td>销售企业名称</td><td></td></tr><tr><td>├ <code>license_number</code></td><td>string</td><td>yes</td><td>统一社会信息代码</td><td></td></tr><tr><td>├ <code>base_price</code></td><td>number</td><td>yes</td><td>基准价格</td><td></td></tr><tr><td>├ <code>average_trading_price</code></td><td>number</td><td>yes</td><td>近1个月平均交易价，单位：分</td><td></td></tr><tr><td>├ <code>product_type</code></td><td>string</td><td>yes</td><td>产品类型</td><td><code>COMMON_PRODUCT</code>, <code>AI_PRODUCT</code></td></tr><tr><td>├ <code>product_model</code></td><td>string</td><td></td><td>商品型号</td><td></td></tr><tr><td>└ <code>bar_code</code></td><td>string</td><td>yes</td><td>商品条码</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/gov/subsidy/goods/upload&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    appliance_id: 1,
    product_name: &#39;测试商品&#39;,
    energy_grade: &#39;FIRST_LEVEL&#39;,
    brand: &#39;海尔&#39;,
    qualification_region_code: 310100,
    seller_name: &#39;联想（北京）信息技术有限公司&#39;,
    license_number: &#39;91110108397173806M&#39;,
    base_price: 10000,
    average_trading_price: 10000,
    product_type: &#39;COMMON_PRODUCT&#39;,
    product_model: &#39;XX&#39;,
    bar_code: &#39;6901010101098&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;gov-&gt;subsidy-&gt;goods-&gt;upload-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.gov.subsidy.goods.upload.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/gov/subsidy/goods/upload&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/gov/subsidy/goods/upload&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/gov/subsidy/goods/upload&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/gov/subsidy/goods/upload&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;gov-&gt;subsidy-&gt;goods-&gt;upload-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.gov.subsidy.goods.upload.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/gov/subsidy/goods/upload&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/gov/subsidy/goods/upload&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/gov/subsidy/goods/upload&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/gov/subsidy/goods/upload&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>code</code></td><td>string</td><td>响应码</td><td></td></tr><tr><td><code>message</code></td><td>string</td><td>响应描述</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/gov/subsidy/goods/upload.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const upload = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  upload as default
};
