import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"商品信息查询 · v3/gov/subsidy/zhejiang/goods/query","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/gov/subsidy/zhejiang/goods/query.md","filePath":"api/v3/gov/subsidy/zhejiang/goods/query.md"}');
const _sfc_main = { name: "api/v3/gov/subsidy/zhejiang/goods/query.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="商品信息查询-·-v3-gov-subsidy-zhejiang-goods-query" tabindex="-1">商品信息查询 · <code>v3/gov/subsidy/zhejiang/goods/query</code> <a class="header-anchor" href="#商品信息查询-·-v3-gov-subsidy-zhejiang-goods-query" aria-label="Permalink to &quot;商品信息查询 · \`v3/gov/subsidy/zhejiang/goods/query\`&quot;">​</a></h1><p><a href="./../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>商品信息查询</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/gov/subsidy/zhejiang/goods/query</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 国补专区, 浙江</li><li>适用对象: 电商平台, 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>goods_bar_code</code></td><td>string</td><td></td><td>商品条码</td><td></td></tr><tr><td>├ <code>province</code></td><td>string</td><td></td><td>省份代码</td><td></td></tr><tr><td>├ <code>req_ssn</code></td><td>string</td><td>yes</td><td>请求流水号</td><td></td></tr><tr><td>└ <code>req_time</code></td><td>string</td><td></td><td>请求时间</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/gov/subsidy/zhejiang/goods/query&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: { req_ssn: &#39;123&#39; },
};

// 1. $instance-&gt;v3-&gt;gov-&gt;subsidy-&gt;zhejiang-&gt;goods-&gt;query-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.gov.subsidy.zhejiang.goods.query.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/gov/subsidy/zhejiang/goods/query&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/gov/subsidy/zhejiang/goods/query&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/gov/subsidy/zhejiang/goods/query&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/gov/subsidy/zhejiang/goods/query&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;gov-&gt;subsidy-&gt;zhejiang-&gt;goods-&gt;query-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.gov.subsidy.zhejiang.goods.query.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/gov/subsidy/zhejiang/goods/query&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/gov/subsidy/zhejiang/goods/query&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/gov/subsidy/zhejiang/goods/query&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/gov/subsidy/zhejiang/goods/query&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>resp_code</code></td><td>string</td><td>响应码</td><td></td></tr><tr><td><code>resp_desc</code></td><td>string</td><td>响应描述</td><td></td></tr><tr><td><code>goods_bar_code</code></td><td>string</td><td>商品条码</td><td></td></tr><tr><td><code>seq_id</code></td><td>string</td><td>本记录唯一ID</td><td></td></tr><tr><td><code>province</code></td><td>string</td><td>省份代码</td><td></td></tr><tr><td><code>code_type</code></td><td>string</td><td>条码类型</td><td><code>001</code>, <code>002</code></td></tr><tr><td><code>goods_type</code></td><td>string</td><td>商品品类</td><td></td></tr><tr><td><code>goods_name</code></td><td>string</td><td>商品名称</td><td></td></tr><tr><td><code>logo_name</code></td><td>string</td><td>品牌名称</td><td></td></tr><tr><td><code>goods_model</code></td><td>string</td><td>商品型号</td><td></td></tr><tr><td><code>basis_price</code></td><td>string</td><td>基准价格</td><td></td></tr><tr><td><code>manufact_cert_code</code></td><td>string</td><td>厂商统一社会信用代码</td><td></td></tr><tr><td><code>manufact_price</code></td><td>string</td><td>厂商指导零售价</td><td></td></tr><tr><td><code>energy_effciency</code></td><td>string</td><td>能效标识</td><td></td></tr><tr><td><code>energy_reg_code</code></td><td>string</td><td>能效备案编号</td><td></td></tr><tr><td><code>energy_reg_model</code></td><td>string</td><td>能效备案型号</td><td></td></tr><tr><td><code>reg_3c_code</code></td><td>string</td><td>3C 认证编号</td><td></td></tr><tr><td><code>water_effciency</code></td><td>string</td><td>水效标识</td><td></td></tr><tr><td><code>expire_date</code></td><td>string</td><td>有效期</td><td></td></tr><tr><td><code>description</code></td><td>string</td><td>产品描述</td><td></td></tr><tr><td><code>gpc</code></td><td>string</td><td>gpc 分类代码</td><td></td></tr><tr><td><code>net_content</code></td><td>string</td><td>净含量</td><td></td></tr><tr><td><code>unit_code</code></td><td>string</td><td>净含量单位代码</td><td></td></tr><tr><td><code>origin</code></td><td>string</td><td>原产国</td><td></td></tr><tr><td><code>city</code></td><td>string</td><td>市级区域代码</td><td></td></tr><tr><td><code>county</code></td><td>string</td><td>区县区域代码</td><td></td></tr><tr><td><code>data_state</code></td><td>string</td><td>数据状态</td><td></td></tr><tr><td><code>remark</code></td><td>string</td><td>备注</td><td></td></tr><tr><td><code>upload_state</code></td><td>string</td><td>上送状态</td><td></td></tr><tr><td><code>expire_time</code></td><td>string</td><td>失效时间</td><td></td></tr><tr><td><code>is_ai_product</code></td><td>string</td><td>是否 AI 产品</td><td></td></tr><tr><td><code>device_type</code></td><td>string</td><td>设备类型</td><td></td></tr><tr><td><code>manufact_code</code></td><td>string</td><td>厂商识别代码</td><td></td></tr><tr><td><code>manufact_login_date</code></td><td>string</td><td>厂商注册日期</td><td></td></tr><tr><td><code>manufact_logout_date</code></td><td>string</td><td>厂商失效日期</td><td></td></tr><tr><td><code>manufact_logout_flag</code></td><td>string</td><td>厂商失效标识</td><td></td></tr><tr><td><code>manufact_register_addr</code></td><td>string</td><td>厂商注册地址</td><td></td></tr><tr><td><code>manufact_valid_date</code></td><td>string</td><td>厂商过期日期</td><td></td></tr><tr><td><code>manufact_firm_name</code></td><td>string</td><td>厂商企业名称</td><td></td></tr><tr><td><code>price_unit</code></td><td>string</td><td>企业定价单位</td><td></td></tr><tr><td><code>sale_date</code></td><td>string</td><td>上市日期</td><td></td></tr><tr><td><code>pc_type</code></td><td>string</td><td>PC 类型</td><td></td></tr><tr><td><code>msg_src_platform</code></td><td>string</td><td>上送平台编码</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/gov/subsidy/zhejiang/goods/query.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const query = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  query as default
};
