import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"将出租车电子发票插入微信用户卡包API · v3/taxi-invoice/cards","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/taxi-invoice/cards.md","filePath":"api/v3/taxi-invoice/cards.md"}');
const _sfc_main = { name: "api/v3/taxi-invoice/cards.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="将出租车电子发票插入微信用户卡包api-·-v3-taxi-invoice-cards" tabindex="-1">将出租车电子发票插入微信用户卡包API · <code>v3/taxi-invoice/cards</code> <a class="header-anchor" href="#将出租车电子发票插入微信用户卡包api-·-v3-taxi-invoice-cards" aria-label="Permalink to &quot;将出租车电子发票插入微信用户卡包API · \`v3/taxi-invoice/cards\`&quot;">​</a></h1><p><a href="./../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>服务商开具出租车电子发票后，调用本接口将发票插入微信用户的卡包。调用本接口需要发票文件ID，可调用【上传出租车电子发票文件】来获取。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/taxi-invoice/cards</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 出租车电子发票</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>company_mchid</code></td><td>string</td><td>yes</td><td>出租车经营主体商户号</td><td></td></tr><tr><td>├ <code>trade_number</code></td><td>string</td><td>yes</td><td>面对面付款单号</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td></td><td>应用ID</td><td></td></tr><tr><td>├ <code>openid</code></td><td>string</td><td>yes</td><td>用户标识</td><td></td></tr><tr><td>├ <code>region_id</code></td><td>integer</td><td>yes</td><td>行政区划代码</td><td></td></tr><tr><td>├ <code>driver_license</code></td><td>string</td><td>yes</td><td>营运资格证号</td><td></td></tr><tr><td>├ <code>plate_number</code></td><td>string</td><td>yes</td><td>车牌号</td><td></td></tr><tr><td>├ <code>fapiao_card_information</code></td><td>object</td><td>yes</td><td>发票卡券信息</td><td></td></tr><tr><td> ├ <code>fapiao_media_id</code></td><td>string</td><td>yes</td><td>电子发票文件ID</td><td></td></tr><tr><td> ├ <code>fapiao_number</code></td><td>string</td><td>yes</td><td>发票号码</td><td></td></tr><tr><td> ├ <code>fapiao_code</code></td><td>string</td><td>yes</td><td>发票代码</td><td></td></tr><tr><td> ├ <code>fapiao_time</code></td><td>string</td><td>yes</td><td>开票时间</td><td></td></tr><tr><td> ├ <code>check_code</code></td><td>string</td><td>yes</td><td>校验码</td><td></td></tr><tr><td> ├ <code>password</code></td><td>string</td><td>yes</td><td>密码</td><td></td></tr><tr><td> ├ <code>total_amount</code></td><td>integer</td><td>yes</td><td>总价税合计</td><td></td></tr><tr><td> ├ <code>tax_amount</code></td><td>integer</td><td>yes</td><td>总税额</td><td></td></tr><tr><td> ├ <code>amount</code></td><td>integer</td><td>yes</td><td>总金额</td><td></td></tr><tr><td> ├ <code>buyer_information</code></td><td>object</td><td>yes</td><td>购买方信息</td><td></td></tr><tr><td>  ├ <code>type</code></td><td>string</td><td>yes</td><td>购买方类型</td><td></td></tr><tr><td>  ├ <code>name</code></td><td>string</td><td>yes</td><td>名称</td><td></td></tr><tr><td>  ├ <code>taxpayer_id</code></td><td>string</td><td></td><td>纳税人识别号</td><td></td></tr><tr><td>  ├ <code>address</code></td><td>string</td><td></td><td>地址</td><td></td></tr><tr><td>  ├ <code>telephone</code></td><td>string</td><td></td><td>电话</td><td></td></tr><tr><td>  ├ <code>bank_name</code></td><td>string</td><td></td><td>开户银行</td><td></td></tr><tr><td>  └ <code>bank_account</code></td><td>string</td><td></td><td>银行账号</td><td></td></tr><tr><td> ├ <code>seller_information</code></td><td>object</td><td>yes</td><td>销售方信息</td><td></td></tr><tr><td>  ├ <code>name</code></td><td>string</td><td>yes</td><td>名称</td><td></td></tr><tr><td>  ├ <code>taxpayer_id</code></td><td>string</td><td>yes</td><td>纳税人识别号</td><td></td></tr><tr><td>  ├ <code>address</code></td><td>string</td><td>yes</td><td>地址</td><td></td></tr><tr><td>  ├ <code>telephone</code></td><td>string</td><td></td><td>电话</td><td></td></tr><tr><td>  ├ <code>bank_name</code></td><td>string</td><td></td><td>开户银行</td><td></td></tr><tr><td>  └ <code>bank_account</code></td><td>string</td><td></td><td>银行账号</td><td></td></tr><tr><td> ├ <code>extra_information</code></td><td>object</td><td>yes</td><td>附加信息</td><td></td></tr><tr><td>  ├ <code>payee</code></td><td>string</td><td></td><td>收款人</td><td></td></tr><tr><td>  ├ <code>reviewer</code></td><td>string</td><td></td><td>复核人</td><td></td></tr><tr><td>  └ <code>drawer</code></td><td>string</td><td>yes</td><td>开票人</td><td></td></tr><tr><td> ├ <code>items</code></td><td>object[]</td><td></td><td>发票行信息</td><td></td></tr><tr><td>  ├ <code>tax_code</code></td><td>string</td><td>yes</td><td>货物或应税劳务、服务编码</td><td></td></tr><tr><td>  ├ <code>goods_name</code></td><td>string</td><td>yes</td><td>货物或应税劳务、服务名称</td><td></td></tr><tr><td>  ├ <code>specification</code></td><td>string</td><td></td><td>规格型号</td><td></td></tr><tr><td>  ├ <code>unit</code></td><td>string</td><td></td><td>单位</td><td></td></tr><tr><td>  ├ <code>quantity</code></td><td>integer</td><td>yes</td><td>数量</td><td></td></tr><tr><td>  ├ <code>unit_price</code></td><td>integer</td><td>yes</td><td>单价</td><td></td></tr><tr><td>  ├ <code>amount</code></td><td>integer</td><td>yes</td><td>单行金额</td><td></td></tr><tr><td>  ├ <code>tax_amount</code></td><td>integer</td><td>yes</td><td>单行税额</td><td></td></tr><tr><td>  ├ <code>total_amount</code></td><td>integer</td><td>yes</td><td>单行金额合计</td><td></td></tr><tr><td>  ├ <code>tax_rate</code></td><td>integer</td><td>yes</td><td>税率</td><td></td></tr><tr><td>  ├ <code>tax_prefer_mark</code></td><td>string</td><td>yes</td><td>税收优惠政策标识</td><td></td></tr><tr><td>  └ <code>discount</code></td><td>boolean</td><td>yes</td><td>是否折扣行</td><td></td></tr><tr><td> └ <code>remark</code></td><td>string</td><td></td><td>备注信息</td><td></td></tr><tr><td>└ <code>token</code></td><td>string</td><td></td><td>获取乘客行程单详情的凭证</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/taxi-invoice/cards&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    company_mchid: &#39;1900000109&#39;,
    trade_number: &#39;10001071012021110600437180176110&#39;,
    appid: &#39;wxb1170446a4c0a5a2&#39;,
    openid: &#39;oUypO5aQ1oOCaSiNZUpT5kxxJHuc&#39;,
    region_id: 310100,
    driver_license: &#39;6298416&#39;,
    plate_number: &#39;浙AD12345&#39;,
    fapiao_card_information: {
      fapiao_media_id: &#39;ASNFZ4mrze/+3LqYdlQyEA==&#39;,
      fapiao_number: &#39;12897794&#39;,
      fapiao_code: &#39;044001911211&#39;,
      fapiao_time: &#39;2020-07-01T12:00:00+08:00&#39;,
      check_code: &#39;69001808340631374774&#39;,
      password: &#39;006&gt;299-375/326&gt;2+7/*0-+&lt;351059&lt;80&lt;4*/5&gt;+&lt;11631+*3030/5*37+/-243159658+013&gt;3409*044&gt;4-/1+/9-&gt;*&gt;69501*6++1997--21&#39;,
      total_amount: 382895,
      tax_amount: 44050,
      amount: 338845,
      buyer_information: {
        type: &#39;CORPORATION&#39;,
        name: &#39;深圳市南山区测试企业&#39;,
        taxpayer_id: &#39;202003261233701778&#39;,
        address: &#39;深圳市南山区深南大道10000号&#39;,
        telephone: &#39;075512345678&#39;,
        bank_name: &#39;测试银行&#39;,
        bank_account: &#39;62001234567890&#39;,
      },
      seller_information: {
        name: &#39;深圳市南山区测试公司&#39;,
        taxpayer_id: &#39;202003261233701778&#39;,
        address: &#39;深圳市南山区深南大道10000号&#39;,
        telephone: &#39;075512345678&#39;,
        bank_name: &#39;测试银行&#39;,
        bank_account: &#39;62001234567890&#39;,
      },
      extra_information: { payee: &#39;张三&#39;, reviewer: &#39;李四&#39;, drawer: &#39;王五&#39; },
      remark: &#39;备注&#39;,
    },
    token: &#39;ESvqG19gjw0qiiy1eeRA4VusLrOmIYQOMJ8rXX2V&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;taxiInvoice-&gt;cards-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.taxiInvoice.cards.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/taxi-invoice/cards&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/taxi-invoice/cards&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/taxi-invoice/cards&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/taxi-invoice/cards&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;taxiInvoice-&gt;cards-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.taxiInvoice.cards.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/taxi-invoice/cards&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/taxi-invoice/cards&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/taxi-invoice/cards&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/taxi-invoice/cards&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>card_appid</code></td><td>string</td><td>插入用户卡包的公众号AppID</td><td></td></tr><tr><td><code>card_openid</code></td><td>string</td><td>用户在插卡公众号下的OpenID</td><td></td></tr><tr><td><code>card_id</code></td><td>string</td><td>出租车电子发票卡券模板ID</td><td></td></tr><tr><td><code>card_code</code></td><td>string</td><td>出租车电子发票在卡包中的编码</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/docs/partner/apis/taxi-fapiao/taxi-invoice-card/create-taxi-invoice-card.html" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/taxi-invoice/cards.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const cards = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  cards as default
};
