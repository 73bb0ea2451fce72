import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"报关重推API · v3/global/customs/redeclare","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/global/customs/redeclare.md","filePath":"api/v3/global/customs/redeclare.md"}');
const _sfc_main = { name: "api/v3/global/customs/redeclare.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="报关重推api-·-v3-global-customs-redeclare" tabindex="-1">报关重推API · <code>v3/global/customs/redeclare</code> <a class="header-anchor" href="#报关重推api-·-v3-global-customs-redeclare" aria-label="Permalink to &quot;报关重推API · \`v3/global/customs/redeclare\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>如果订单附加信息已请求报送海关，但电子口岸丢单，则可以使用报关重推接口重新向海关推送（订单附加信息的state必须为SUCCESS或者EXCEPT）。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/global/customs/redeclare</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 跨境∙报关</li><li>适用对象: 直连模式, 机构模式</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td>yes</td><td>机构APPID</td><td></td></tr><tr><td>├ <code>mchid</code></td><td>string</td><td>yes</td><td>商户号</td><td></td></tr><tr><td>├ <code>out_trade_no</code></td><td>string</td><td></td><td>商户订单号</td><td></td></tr><tr><td>├ <code>transaction_id</code></td><td>string</td><td></td><td>微信订单号</td><td></td></tr><tr><td>├ <code>sub_order_no</code></td><td>string</td><td></td><td>商户子单号</td><td></td></tr><tr><td>├ <code>sub_order_id</code></td><td>string</td><td></td><td>微信子单号</td><td></td></tr><tr><td>├ <code>customs</code></td><td>string</td><td>yes</td><td>海关编码</td><td><code>GUANGZHOU_ZS</code>, <code>HANGZHOU_ZS</code>, <code>NINGBO</code>, <code>ZHENGZHOU_BS</code>, <code>CHONGQING</code>, <code>SHANGHAI_ZS</code>, <code>SHENZHEN</code>, <code>ZHENGZHOU_ZH_ZS</code>, <code>TIANJIN</code></td></tr><tr><td>└ <code>merchant_customs_no</code></td><td>string</td><td>yes</td><td>商户海关备案号</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1230000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/global/customs/redeclare&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    appid: &#39;wxd678efh567hg6787&#39;,
    mchid: &#39;1230000109&#39;,
    out_trade_no: &#39;20150806125346&#39;,
    transaction_id: &#39;1000320306201511078440737890&#39;,
    sub_order_no: &#39;20150806125346&#39;,
    sub_order_id: &#39;1000320306201511078440737891&#39;,
    customs: &#39;SHANGHAI_ZS&#39;,
    merchant_customs_no: &#39;123456&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;global-&gt;customs-&gt;redeclare-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.global.customs.redeclare.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/global/customs/redeclare&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/global/customs/redeclare&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/global/customs/redeclare&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/global/customs/redeclare&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;global-&gt;customs-&gt;redeclare-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.global.customs.redeclare.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/global/customs/redeclare&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/global/customs/redeclare&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/global/customs/redeclare&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/global/customs/redeclare&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>appid</code></td><td>string</td><td>机构APPID</td><td></td></tr><tr><td><code>mchid</code></td><td>string</td><td>商户号</td><td></td></tr><tr><td><code>state</code></td><td>string</td><td>报关状态</td><td><code>PROCESSING</code>, <code>UNDECLARED</code>, <code>SUBMITTED</code>, <code>SUCCESS</code>, <code>FAIL</code>, <code>EXCEPT</code></td></tr><tr><td><code>out_trade_no</code></td><td>string</td><td>商户订单号</td><td></td></tr><tr><td><code>transaction_id</code></td><td>string</td><td>微信订单号</td><td></td></tr><tr><td><code>sub_order_no</code></td><td>string</td><td>商户子订单号</td><td></td></tr><tr><td><code>sub_order_id</code></td><td>string</td><td>微信子订单号</td><td></td></tr><tr><td><code>modify_time</code></td><td>string</td><td>最后更新时间</td><td></td></tr><tr><td><code>explanation</code></td><td>string</td><td>申报结果说明</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter4_3_4.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/global/customs/redeclare.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const redeclare = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  redeclare as default
};
