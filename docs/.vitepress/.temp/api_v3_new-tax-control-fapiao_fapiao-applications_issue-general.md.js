import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"开具通用行业电子发票 · v3/new-tax-control-fapiao/fapiao-applications/issue-general","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/new-tax-control-fapiao/fapiao-applications/issue-general.md","filePath":"api/v3/new-tax-control-fapiao/fapiao-applications/issue-general.md"}');
const _sfc_main = { name: "api/v3/new-tax-control-fapiao/fapiao-applications/issue-general.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="开具通用行业电子发票-·-v3-new-tax-control-fapiao-fapiao-applications-issue-general" tabindex="-1">开具通用行业电子发票 · <code>v3/new-tax-control-fapiao/fapiao-applications/issue-general</code> <a class="header-anchor" href="#开具通用行业电子发票-·-v3-new-tax-control-fapiao-fapiao-applications-issue-general" aria-label="Permalink to &quot;开具通用行业电子发票 · \`v3/new-tax-control-fapiao/fapiao-applications/issue-general\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>商户完成收款后，调用本接口开具通用行业电子发票并插入微信用户的卡包。请求的交易信息必须真实存在。 注意：本接口成功返回仅代表开票请求已被受理，当开票完成时，微信支付会根据商户配置的回调地址进行回调通知，商户也可以通过【查询电子发票】接口获取开票结果及开票信息。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/new-tax-control-fapiao/fapiao-applications/issue-general</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 经营工具∙电子发票</li><li>适用对象: 服务商, 渠道商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td>yes</td><td>子商户号</td><td></td></tr><tr><td>├ <code>fapiao_apply_id</code></td><td>string</td><td>yes</td><td>发票申请单号</td><td></td></tr><tr><td>├ <code>buyer_information</code></td><td>object</td><td>yes</td><td>购买方信息</td><td></td></tr><tr><td> ├ <code>type</code></td><td>string</td><td>yes</td><td>购买方类型</td><td><code>INDIVIDUAL</code>, <code>ORGANIZATION</code></td></tr><tr><td> ├ <code>name</code></td><td>string</td><td>yes</td><td>名称</td><td></td></tr><tr><td> ├ <code>taxpayer_id</code></td><td>string</td><td></td><td>纳税人识别号</td><td></td></tr><tr><td> ├ <code>address</code></td><td>string</td><td></td><td>地址</td><td></td></tr><tr><td> ├ <code>telephone</code></td><td>string</td><td></td><td>电话</td><td></td></tr><tr><td> ├ <code>bank_name</code></td><td>string</td><td></td><td>开户银行</td><td></td></tr><tr><td> ├ <code>bank_account</code></td><td>string</td><td></td><td>银行账号</td><td></td></tr><tr><td> ├ <code>phone</code></td><td>string(base64)</td><td></td><td>手机号</td><td></td></tr><tr><td> ├ <code>email</code></td><td>string(base64)</td><td></td><td>邮箱地址</td><td></td></tr><tr><td> ├ <code>amount</code></td><td>integer</td><td></td><td>订单金额</td><td></td></tr><tr><td> ├ <code>out_trade_no</code></td><td>string</td><td></td><td>商户订单号</td><td></td></tr><tr><td> ├ <code>fapiao_bill_type</code></td><td>string</td><td></td><td>开具的发票类型</td><td><code>COMM_FAPIAO</code>, <code>VAT_FAPIAO</code></td></tr><tr><td> └ <code>user_apply_message</code></td><td>string</td><td></td><td>留言信息</td><td></td></tr><tr><td>└ <code>fapiao_information</code></td><td>object</td><td>yes</td><td>需要开具的数电发票信息</td><td></td></tr><tr><td> ├ <code>fapiao_id</code></td><td>string</td><td>yes</td><td>商户发票单号</td><td></td></tr><tr><td> ├ <code>total_amount</code></td><td>integer</td><td>yes</td><td>总价税合计</td><td></td></tr><tr><td> ├ <code>items</code></td><td>object[]</td><td>yes</td><td>发票行信息</td><td></td></tr><tr><td>  ├ <code>tax_code</code></td><td>string</td><td>yes</td><td>税局侧规定的货物或应税劳务、服务税收分类编码</td><td></td></tr><tr><td>  ├ <code>goods_name</code></td><td>string</td><td>yes</td><td>货物或应税劳务、服务名称</td><td></td></tr><tr><td>  ├ <code>specification</code></td><td>string</td><td></td><td>规格型号</td><td></td></tr><tr><td>  ├ <code>unit</code></td><td>string</td><td></td><td>单位</td><td></td></tr><tr><td>  ├ <code>quantity</code></td><td>integer</td><td></td><td>数量</td><td></td></tr><tr><td>  ├ <code>total_amount</code></td><td>integer</td><td>yes</td><td>单行金额合计</td><td></td></tr><tr><td>  ├ <code>tax_rate</code></td><td>number</td><td>yes</td><td>税率</td><td></td></tr><tr><td>  ├ <code>discount</code></td><td>boolean</td><td>yes</td><td>是否折扣行</td><td></td></tr><tr><td>  └ <code>preferential_policy_code</code></td><td>integer</td><td></td><td>优惠政策标识</td><td><code>1</code>, <code>2</code>, <code>3</code>, <code>4</code>, <code>5</code>, <code>6</code>, <code>7</code>, <code>8</code>, <code>9</code>, <code>10</code>, <code>11</code>, <code>12</code>, <code>13</code>, <code>14</code>, <code>15</code>, <code>16</code>, <code>17</code>, <code>18</code></td></tr><tr><td> ├ <code>export_business_policy_code</code></td><td>integer</td><td></td><td>出口业务适用政策代码</td><td><code>1</code>, <code>2</code>, <code>3</code></td></tr><tr><td> ├ <code>vat_refund_levy_code</code></td><td>integer</td><td></td><td>增值税即征即退代码</td><td><code>1</code>, <code>2</code>, <code>3</code>, <code>4</code>, <code>5</code>, <code>6</code>, <code>7</code>, <code>8</code>, <code>9</code>, <code>10</code>, <code>11</code>, <code>12</code></td></tr><tr><td> ├ <code>billing_person_id</code></td><td>string</td><td>yes</td><td>开票人ID</td><td></td></tr><tr><td> ├ <code>billing_person</code></td><td>string</td><td></td><td>开票人名称</td><td></td></tr><tr><td> ├ <code>fapiao_bill_type</code></td><td>string</td><td>yes</td><td>发票类型</td><td><code>COMM_FAPIAO</code>, <code>VAT_FAPIAO</code></td></tr><tr><td> ├ <code>transaction_information</code></td><td>object[]</td><td>yes</td><td>交易信息</td><td></td></tr><tr><td>  ├ <code>pay_channel</code></td><td>string</td><td>yes</td><td>支付渠道</td><td><code>WECHAT_PAY</code></td></tr><tr><td>  ├ <code>transaction_id</code></td><td>string</td><td>yes</td><td>支付订单号</td><td></td></tr><tr><td>  ├ <code>out_trade_no</code></td><td>string</td><td></td><td>支付商户订单号</td><td></td></tr><tr><td>  └ <code>amount</code></td><td>integer</td><td>yes</td><td>交易金额</td><td></td></tr><tr><td> └ <code>remark</code></td><td>string</td><td></td><td>发票备注</td><td></td></tr><tr><td><code>headers</code></td><td>object</td><td>yes</td><td>Request headers</td><td></td></tr><tr><td>└ <code>Wechatpay-Serial</code></td><td>unknown</td><td>yes</td><td>微信支付公钥ID/平台证书序列号</td><td></td></tr></tbody></table><p><code>Wechatpay-Serial</code> is set by the SDK: to the platform key it encrypted with when <code>json</code> is built with <code>encrypt</code>, and to the <code>PUB_KEY_ID_…</code> in public-key mode.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/new-tax-control-fapiao/fapiao-applications/issue-general&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    sub_mchid: &#39;1900000109&#39;,
    fapiao_apply_id: &#39;4200000444201910177461284488&#39;,
    buyer_information: {
      type: &#39;ORGANIZATION&#39;,
      name: &#39;深圳市南山区测试企业&#39;,
      taxpayer_id: &#39;202003261233701778&#39;,
      address: &#39;深圳市南山区深南大道10000号&#39;,
      telephone: &#39;075512345678&#39;,
      bank_name: &#39;测试银行&#39;,
      bank_account: &#39;62001234567890&#39;,
      phone: &#39;pVd1HJ6zyvPedzGaV+X3qtmrq9bb9tPttdY+aQ6zB&#39;,
      email: &#39;pVd1HJ6zyvPedzGaV+X3qtmrq9bb9tPttdY+aQ6zB&#39;,
      amount: 1000,
      out_trade_no: &#39;order_20200701_123456&#39;,
      fapiao_bill_type: &#39;COMM_FAPIAO&#39;,
      user_apply_message: &#39;用户留言&#39;,
    },
    fapiao_information: {
      fapiao_id: &#39;20200701123456&#39;,
      total_amount: 382895,
      items: [
        {
          tax_code: &#39;3010101020203000000&#39;,
          goods_name: &#39;出租汽车客运服务&#39;,
          specification: &#39;A4&#39;,
          unit: &#39;次&#39;,
          quantity: 100000000,
          total_amount: 429900,
          tax_rate: 1300,
          discount: false,
          preferential_policy_code: 1,
        },
      ],
      export_business_policy_code: 1,
      vat_refund_levy_code: 1,
      billing_person_id: &#39;128279891283&#39;,
      billing_person: &#39;example_billing_person&#39;,
      fapiao_bill_type: &#39;COMM_FAPIAO&#39;,
      transaction_information: [
        {
          pay_channel: &#39;WECHAT_PAY&#39;,
          transaction_id: &#39;4200000008202508080512076713&#39;,
          out_trade_no: &#39;order_20200701_123456&#39;,
          amount: 382895,
        },
      ],
      remark: &#39;备注&#39;,
    },
  },
};

// 1. $instance-&gt;v3-&gt;newTaxControlFapiao-&gt;fapiaoApplications-&gt;issueGeneral-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.newTaxControlFapiao.fapiaoApplications.issueGeneral.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/new-tax-control-fapiao/fapiao-applications/issue-general&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/new-tax-control-fapiao/fapiao-applications/issue-general&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/new-tax-control-fapiao/fapiao-applications/issue-general&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/new-tax-control-fapiao/fapiao-applications/issue-general&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;newTaxControlFapiao-&gt;fapiaoApplications-&gt;issueGeneral-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.newTaxControlFapiao.fapiaoApplications.issueGeneral.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/new-tax-control-fapiao/fapiao-applications/issue-general&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/new-tax-control-fapiao/fapiao-applications/issue-general&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/new-tax-control-fapiao/fapiao-applications/issue-general&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/new-tax-control-fapiao/fapiao-applications/issue-general&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><p><code>202</code> with no described body.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/new-tax-control-fapiao/fapiao-applications/issue-general.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const issueGeneral = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  issueGeneral as default
};
