import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"开具电子发票 · v3/new-tax-control-fapiao/fapiao-applications","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/new-tax-control-fapiao/fapiao-applications.md","filePath":"api/v3/new-tax-control-fapiao/fapiao-applications.md"}');
const _sfc_main = { name: "api/v3/new-tax-control-fapiao/fapiao-applications.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="开具电子发票-·-v3-new-tax-control-fapiao-fapiao-applications" tabindex="-1">开具电子发票 · <code>v3/new-tax-control-fapiao/fapiao-applications</code> <a class="header-anchor" href="#开具电子发票-·-v3-new-tax-control-fapiao-fapiao-applications" aria-label="Permalink to &quot;开具电子发票 · \`v3/new-tax-control-fapiao/fapiao-applications\`&quot;">​</a></h1><p><a href="./../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>商户完成收款后，调用本接口开具电子发票并插入微信用户的卡包。若是非微信支付场景，需要先通过【获取抬头填写链接】接口获取抬头填写链接，并等待用户完成填写才能调用本接口；若是微信支付场景，则无需额外获取抬头填写链接。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/new-tax-control-fapiao/fapiao-applications</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 经营工具∙电子发票</li><li>适用对象: 直连商户, 服务商, 渠道商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td></td><td>子商户号</td><td></td></tr><tr><td>├ <code>scene</code></td><td>string</td><td>yes</td><td>开票场景</td><td></td></tr><tr><td>├ <code>fapiao_apply_id</code></td><td>string</td><td>yes</td><td>发票申请单号</td><td></td></tr><tr><td>├ <code>buyer_information</code></td><td>object</td><td>yes</td><td>购买方信息</td><td></td></tr><tr><td> ├ <code>type</code></td><td>string</td><td>yes</td><td>购买方类型</td><td></td></tr><tr><td> ├ <code>name</code></td><td>string</td><td>yes</td><td>名称</td><td></td></tr><tr><td> ├ <code>taxpayer_id</code></td><td>string</td><td></td><td>纳税人识别号</td><td></td></tr><tr><td> ├ <code>address</code></td><td>string</td><td></td><td>地址</td><td></td></tr><tr><td> ├ <code>telephone</code></td><td>string</td><td></td><td>电话</td><td></td></tr><tr><td> ├ <code>bank_name</code></td><td>string</td><td></td><td>开户银行</td><td></td></tr><tr><td> ├ <code>bank_account</code></td><td>string</td><td></td><td>银行账号</td><td></td></tr><tr><td> ├ <code>phone</code></td><td>string(base64)</td><td></td><td>手机号</td><td></td></tr><tr><td> └ <code>email</code></td><td>string(base64)</td><td></td><td>邮箱地址</td><td></td></tr><tr><td>└ <code>fapiao_information</code></td><td>object[]</td><td>yes</td><td>需要开具的发票信息</td><td></td></tr><tr><td> ├ <code>fapiao_id</code></td><td>string</td><td>yes</td><td>商户发票单号</td><td></td></tr><tr><td> ├ <code>total_amount</code></td><td>integer</td><td>yes</td><td>总价税合计</td><td></td></tr><tr><td> ├ <code>need_list</code></td><td>boolean</td><td>yes</td><td>是否以清单形式开具发票</td><td></td></tr><tr><td> ├ <code>remark</code></td><td>string</td><td></td><td>发票备注</td><td></td></tr><tr><td> └ <code>items</code></td><td>object[]</td><td>yes</td><td>发票行信息</td><td></td></tr><tr><td>  ├ <code>tax_code</code></td><td>string</td><td>yes</td><td>税局侧规定的货物或应税劳务、服务税收分类编码</td><td></td></tr><tr><td>  ├ <code>goods_category</code></td><td>string</td><td></td><td>税局侧规定的货物或应税劳务、服务分类名称</td><td></td></tr><tr><td>  ├ <code>goods_name</code></td><td>string</td><td></td><td>货物或应税劳务、服务名称</td><td></td></tr><tr><td>  ├ <code>goods_id</code></td><td>number</td><td></td><td>企业侧维护的货物或应税劳务、服务编码</td><td></td></tr><tr><td>  ├ <code>specification</code></td><td>string</td><td></td><td>规格型号</td><td></td></tr><tr><td>  ├ <code>unit</code></td><td>string</td><td></td><td>单位</td><td></td></tr><tr><td>  ├ <code>quantity</code></td><td>integer</td><td>yes</td><td>数量</td><td></td></tr><tr><td>  ├ <code>total_amount</code></td><td>integer</td><td>yes</td><td>单行金额合计</td><td></td></tr><tr><td>  ├ <code>tax_rate</code></td><td>number</td><td></td><td>税率</td><td></td></tr><tr><td>  ├ <code>tax_prefer_mark</code></td><td>string</td><td></td><td>税收优惠政策标识</td><td></td></tr><tr><td>  └ <code>discount</code></td><td>boolean</td><td>yes</td><td>是否折扣行</td><td></td></tr><tr><td><code>headers</code></td><td>object</td><td>yes</td><td>Request headers</td><td></td></tr><tr><td>└ <code>Wechatpay-Serial</code></td><td>unknown</td><td>yes</td><td>微信支付公钥ID/平台证书序列号</td><td></td></tr></tbody></table><p><code>Wechatpay-Serial</code> is set by the SDK: to the platform key it encrypted with when <code>json</code> is built with <code>encrypt</code>, and to the <code>PUB_KEY_ID_…</code> in public-key mode.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/new-tax-control-fapiao/fapiao-applications&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    sub_mchid: &#39;1900000109&#39;,
    scene: &#39;WITH_WECHATPAY&#39;,
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
    },
    fapiao_information: [
      {
        fapiao_id: &#39;20200701123456&#39;,
        total_amount: 382895,
        need_list: false,
        remark: &#39;备注&#39;,
        items: [
          {
            tax_code: &#39;3010101020203000000&#39;,
            goods_category: &#39;运输服务&#39;,
            goods_name: &#39;出租汽车客运服务&#39;,
            goods_id: 1,
            specification: &#39;A4&#39;,
            unit: &#39;次&#39;,
            quantity: 100000000,
            total_amount: 429900,
            tax_rate: 1300,
            tax_prefer_mark: &#39;NO_FAVORABLE&#39;,
            discount: false,
          },
        ],
      },
    ],
  },
};

// 1. $instance-&gt;v3-&gt;newTaxControlFapiao-&gt;fapiaoApplications-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.newTaxControlFapiao.fapiaoApplications.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/new-tax-control-fapiao/fapiao-applications&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/new-tax-control-fapiao/fapiao-applications&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/new-tax-control-fapiao/fapiao-applications&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/new-tax-control-fapiao/fapiao-applications&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;newTaxControlFapiao-&gt;fapiaoApplications-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.newTaxControlFapiao.fapiaoApplications.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/new-tax-control-fapiao/fapiao-applications&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/new-tax-control-fapiao/fapiao-applications&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/new-tax-control-fapiao/fapiao-applications&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/new-tax-control-fapiao/fapiao-applications&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><p><code>202</code> with no described body.</p><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3/Offline/apis/chapter4_8_8.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/new-tax-control-fapiao/fapiao-applications.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const fapiaoApplications = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  fapiaoApplications as default
};
