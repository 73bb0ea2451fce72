import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"将电子发票插入微信用户卡包 · v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/insert-cards","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/new-tax-control-fapiao/fapiao-applications/_fapiao_apply_id_/insert-cards.md","filePath":"api/v3/new-tax-control-fapiao/fapiao-applications/_fapiao_apply_id_/insert-cards.md"}');
const _sfc_main = { name: "api/v3/new-tax-control-fapiao/fapiao-applications/_fapiao_apply_id_/insert-cards.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="将电子发票插入微信用户卡包-·-v3-new-tax-control-fapiao-fapiao-applications-fapiao-apply-id-insert-cards" tabindex="-1">将电子发票插入微信用户卡包 · <code>v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/insert-cards</code> <a class="header-anchor" href="#将电子发票插入微信用户卡包-·-v3-new-tax-control-fapiao-fapiao-applications-fapiao-apply-id-insert-cards" aria-label="Permalink to &quot;将电子发票插入微信用户卡包 · \`v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/insert-cards\`&quot;">​</a></h1><p><a href="./../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>商户自行开具电子发票后，可调用本接口将电子发票插入微信用户的卡包。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/insert-cards</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 经营工具∙电子发票</li><li>适用对象: 直连商户, 服务商, 渠道商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>fapiao_apply_id</code></td><td>string</td><td>yes</td><td>发票申请单号</td><td></td></tr><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td></td><td>子商户号</td><td></td></tr><tr><td>├ <code>scene</code></td><td>string</td><td>yes</td><td>插卡场景</td><td><code>WITH_WECHATPAY</code>, <code>WITHOUT_WECHATPAY</code></td></tr><tr><td>├ <code>buyer_information</code></td><td>object</td><td>yes</td><td>购买方信息</td><td></td></tr><tr><td> ├ <code>type</code></td><td>string</td><td>yes</td><td>购买方类型</td><td><code>INDIVIDUAL</code>, <code>ORGANIZATION</code></td></tr><tr><td> ├ <code>name</code></td><td>string</td><td>yes</td><td>名称</td><td></td></tr><tr><td> ├ <code>taxpayer_id</code></td><td>string</td><td></td><td>纳税人识别号</td><td></td></tr><tr><td> ├ <code>address</code></td><td>string</td><td></td><td>地址</td><td></td></tr><tr><td> ├ <code>telephone</code></td><td>string</td><td></td><td>电话</td><td></td></tr><tr><td> ├ <code>bank_name</code></td><td>string</td><td></td><td>开户银行</td><td></td></tr><tr><td> ├ <code>bank_account</code></td><td>string</td><td></td><td>银行账号</td><td></td></tr><tr><td> ├ <code>phone</code></td><td>string(base64)</td><td></td><td>手机号</td><td></td></tr><tr><td> ├ <code>email</code></td><td>string(base64)</td><td></td><td>邮箱地址</td><td></td></tr><tr><td> ├ <code>amount</code></td><td>integer</td><td></td><td>订单金额</td><td></td></tr><tr><td> ├ <code>out_trade_no</code></td><td>string</td><td></td><td>商户订单号</td><td></td></tr><tr><td> ├ <code>fapiao_bill_type</code></td><td>string</td><td></td><td>开具的发票类型</td><td><code>COMM_FAPIAO</code>, <code>VAT_FAPIAO</code></td></tr><tr><td> └ <code>user_apply_message</code></td><td>string</td><td></td><td>留言信息</td><td></td></tr><tr><td>└ <code>fapiao_card_information</code></td><td>object[]</td><td>yes</td><td>电子发票卡券信息列表</td><td></td></tr><tr><td> ├ <code>fapiao_media_id</code></td><td>string</td><td>yes</td><td>电子发票文件ID</td><td></td></tr><tr><td> ├ <code>fapiao_number</code></td><td>string</td><td>yes</td><td>发票号码</td><td></td></tr><tr><td> ├ <code>fapiao_code</code></td><td>string</td><td>yes</td><td>发票代码</td><td></td></tr><tr><td> ├ <code>fapiao_time</code></td><td>string(rfc3339)</td><td>yes</td><td>开票时间</td><td></td></tr><tr><td> ├ <code>check_code</code></td><td>string</td><td>yes</td><td>校验码</td><td></td></tr><tr><td> ├ <code>password</code></td><td>string</td><td>yes</td><td>密码</td><td></td></tr><tr><td> ├ <code>total_amount</code></td><td>integer</td><td>yes</td><td>总价税合计</td><td></td></tr><tr><td> ├ <code>tax_amount</code></td><td>integer</td><td>yes</td><td>总税额</td><td></td></tr><tr><td> ├ <code>amount</code></td><td>integer</td><td>yes</td><td>总金额</td><td></td></tr><tr><td> ├ <code>seller_information</code></td><td>object</td><td>yes</td><td>销售方信息</td><td></td></tr><tr><td>  ├ <code>name</code></td><td>string</td><td>yes</td><td>名称</td><td></td></tr><tr><td>  ├ <code>taxpayer_id</code></td><td>string</td><td>yes</td><td>纳税人识别号</td><td></td></tr><tr><td>  ├ <code>address</code></td><td>string</td><td>yes</td><td>地址</td><td></td></tr><tr><td>  ├ <code>telephone</code></td><td>string</td><td></td><td>电话</td><td></td></tr><tr><td>  ├ <code>bank_name</code></td><td>string</td><td></td><td>开户银行</td><td></td></tr><tr><td>  └ <code>bank_account</code></td><td>string</td><td></td><td>银行账号</td><td></td></tr><tr><td> ├ <code>extra_information</code></td><td>object</td><td>yes</td><td>附加信息</td><td></td></tr><tr><td>  ├ <code>payee</code></td><td>string</td><td></td><td>收款人</td><td></td></tr><tr><td>  ├ <code>reviewer</code></td><td>string</td><td></td><td>复核人</td><td></td></tr><tr><td>  └ <code>drawer</code></td><td>string</td><td>yes</td><td>开票人</td><td></td></tr><tr><td> ├ <code>items</code></td><td>object[]</td><td>yes</td><td>发票行信息</td><td></td></tr><tr><td>  ├ <code>tax_code</code></td><td>string</td><td>yes</td><td>货物或应税劳务、服务编码</td><td></td></tr><tr><td>  ├ <code>goods_name</code></td><td>string</td><td>yes</td><td>货物或应税劳务、服务名称</td><td></td></tr><tr><td>  ├ <code>specification</code></td><td>string</td><td></td><td>规格型号</td><td></td></tr><tr><td>  ├ <code>unit</code></td><td>string</td><td></td><td>单位</td><td></td></tr><tr><td>  ├ <code>quantity</code></td><td>integer</td><td>yes</td><td>数量</td><td></td></tr><tr><td>  ├ <code>unit_price</code></td><td>integer</td><td>yes</td><td>单价</td><td></td></tr><tr><td>  ├ <code>amount</code></td><td>integer</td><td>yes</td><td>单行金额</td><td></td></tr><tr><td>  ├ <code>tax_amount</code></td><td>integer</td><td>yes</td><td>单行税额</td><td></td></tr><tr><td>  ├ <code>total_amount</code></td><td>integer</td><td>yes</td><td>单行金额合计</td><td></td></tr><tr><td>  ├ <code>tax_rate</code></td><td>integer</td><td>yes</td><td>税率</td><td></td></tr><tr><td>  ├ <code>tax_prefer_mark</code></td><td>string</td><td>yes</td><td>税收优惠政策标识</td><td><code>NO_FAVORABLE</code>, <code>OUTSIDE_VAT</code>, <code>VAT_EXEMPT</code>, <code>NORMAL_ZERO_RATED</code>, <code>EXPORT_ZERO_RATED</code></td></tr><tr><td>  └ <code>discount</code></td><td>boolean</td><td>yes</td><td>是否折扣行</td><td></td></tr><tr><td> └ <code>remark</code></td><td>string</td><td></td><td>备注信息</td><td></td></tr><tr><td><code>headers</code></td><td>object</td><td>yes</td><td>Request headers</td><td></td></tr><tr><td>└ <code>Wechatpay-Serial</code></td><td>unknown</td><td>yes</td><td>微信支付公钥ID/平台证书序列号</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><p><code>Wechatpay-Serial</code> is set by the SDK: to the platform key it encrypted with when <code>json</code> is built with <code>encrypt</code>, and to the <code>PUB_KEY_ID_…</code> in public-key mode.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/insert-cards&#39;][&#39;post&#39;][&#39;options&#39;] = {
  fapiao_apply_id: &#39;4200000444201910177461284488&#39;,
  json: {
    sub_mchid: &#39;1900000109&#39;,
    scene: &#39;WITH_WECHATPAY&#39;,
    buyer_information: {
      type: &#39;ORGANIZATION&#39;,
      name: &#39;深圳市南山区测试企业&#39;,
      taxpayer_id: &#39;202003261233701778&#39;,
      address: &#39;深圳市南山区深南大道10000号&#39;,
      telephone: &#39;075512345678&#39;,
      bank_name: &#39;测试银行&#39;,
      bank_account: &#39;62001234567890&#39;,
      phone: &#39;18507550000&#39;,
      email: &#39;123110@qq.com&#39;,
      amount: 1000,
      out_trade_no: &#39;order_20200701_123456&#39;,
      fapiao_bill_type: &#39;COMM_FAPIAO&#39;,
      user_apply_message: &#39;用户留言&#39;,
    },
    fapiao_card_information: [
      {
        fapiao_media_id: &#39;ASNFZ4mrze/+3LqYdlQyEA==&#39;,
        fapiao_number: &#39;12897794&#39;,
        fapiao_code: &#39;044001911211&#39;,
        fapiao_time: &#39;2020-07-01T12:00:00+08:00&#39;,
        check_code: &#39;69001808340631374774&#39;,
        password: &#39;006&gt;299-375/326&gt;2+7/*0-+&lt;3510&#39;,
        total_amount: 382895,
        tax_amount: 44050,
        amount: 338845,
        seller_information: {
          name: &#39;深圳市南山区测试公司&#39;,
          taxpayer_id: &#39;202003261233701778&#39;,
          address: &#39;深圳市南山区深南大道10000号&#39;,
          telephone: &#39;075512345678&#39;,
          bank_name: &#39;测试银行&#39;,
          bank_account: &#39;62001234567890&#39;,
        },
        extra_information: { payee: &#39;张三&#39;, reviewer: &#39;李四&#39;, drawer: &#39;王五&#39; },
        items: [
          {
            tax_code: &#39;3010101020203000000&#39;,
            goods_name: &#39;出租汽车客运服务&#39;,
            specification: &#39;A4&#39;,
            unit: &#39;次&#39;,
            quantity: 100000000,
            unit_price: 380442000000,
            amount: 380442,
            tax_amount: 49458,
            total_amount: 429900,
            tax_rate: 1300,
            tax_prefer_mark: &#39;NO_FAVORABLE&#39;,
            discount: false,
          },
        ],
        remark: &#39;备注&#39;,
      },
    ],
  },
};

// 1. $instance-&gt;v3-&gt;newTaxControlFapiao-&gt;fapiaoApplications-&gt;_fapiao_apply_id_-&gt;insertCards-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.newTaxControlFapiao.fapiaoApplications._fapiao_apply_id_.insertCards.postAsync(options).then((response) =&gt; console.log(response.status));

// 2. $instance-&gt;chain(&#39;v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/insert-cards&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/insert-cards&#39;).postAsync(options).then((response) =&gt; console.log(response.status));

// 3. $instance[&#39;v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/insert-cards&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/insert-cards&#39;].postAsync(options).then((response) =&gt; console.log(response.status));

// 4. $response = $instance-&gt;v3-&gt;newTaxControlFapiao-&gt;fapiaoApplications-&gt;_fapiao_apply_id_-&gt;insertCards-&gt;post([…]); echo $response-&gt;getStatusCode();
const byProperty = await wx.v3.newTaxControlFapiao.fapiaoApplications._fapiao_apply_id_.insertCards.post(options);
console.log(byProperty.status);

// 5. $response = $instance-&gt;chain(&#39;v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/insert-cards&#39;)-&gt;post([…]); echo $response-&gt;getStatusCode();
const byChain = await wx.chain(&#39;v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/insert-cards&#39;).post(options);
console.log(byChain.status);

// 6. $response = $instance[&#39;v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/insert-cards&#39;]-&gt;post([…]); echo $response-&gt;getStatusCode();
const byPath = await wx[&#39;v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/insert-cards&#39;].post(options);
console.log(byPath.status);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><p><code>202</code> with no described body.</p><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/new-tax-control-fapiao/chapter3_11.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/new-tax-control-fapiao/fapiao-applications/_fapiao_apply_id_/insert-cards.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const insertCards = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  insertCards as default
};
