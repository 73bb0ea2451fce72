import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"申请入驻 · v2/applyment/micro/submit","description":"","frontmatter":{},"headers":[],"relativePath":"api/v2/applyment/micro/submit.md","filePath":"api/v2/applyment/micro/submit.md"}');
const _sfc_main = { name: "api/v2/applyment/micro/submit.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="申请入驻-·-v2-applyment-micro-submit" tabindex="-1">申请入驻 · <code>v2/applyment/micro/submit</code> <a class="header-anchor" href="#申请入驻-·-v2-applyment-micro-submit" aria-label="Permalink to &quot;申请入驻 · \`v2/applyment/micro/submit\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>使用申请入驻接口提交你的小微商户资料，申请后一般5分钟左右可以查询到具体的申请结果。</p><ul><li><code>POST https://api.mch.weixin.qq.com/applyment/micro/submit</code></li><li>APIv2: XML, signed with the APIv2 key (<code>secret</code>)</li><li>Merchant API client certificate: <strong>required</strong> (<code>x-api-cert-required</code>): configure <code>merchant</code> on the client; the SDK presents it without <code>security: true</code></li><li>Product: APIv2∙小微</li><li><strong>Deprecated</strong> in the description</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>xml</code></td><td>object</td><td>yes</td><td>The APIv2 payload</td><td></td></tr><tr><td>├ <code>version</code></td><td>string</td><td>yes</td><td>接口版本号</td><td><code>3.0</code></td></tr><tr><td>├ <code>cert_sn</code></td><td>string</td><td>yes</td><td>平台证书序列号</td><td></td></tr><tr><td>├ <code>mch_id</code></td><td>string</td><td>yes</td><td>商户号</td><td></td></tr><tr><td>├ <code>sign_type</code></td><td>string</td><td>yes</td><td>签名类型</td><td><code>HMAC-SHA256</code></td></tr><tr><td>├ <code>business_code</code></td><td>string</td><td>yes</td><td>业务申请编号</td><td></td></tr><tr><td>├ <code>id_card_copy</code></td><td>string</td><td>yes</td><td>身份证人像面照片</td><td></td></tr><tr><td>├ <code>id_card_national</code></td><td>string</td><td>yes</td><td>身份证国徽面照片</td><td></td></tr><tr><td>├ <code>id_card_name</code></td><td>string</td><td>yes</td><td>身份证姓名</td><td></td></tr><tr><td>├ <code>id_card_number</code></td><td>string</td><td>yes</td><td>身份证号码</td><td></td></tr><tr><td>├ <code>id_card_valid_time</code></td><td>string(JSON: string[])</td><td>yes</td><td>身份证有效期限<code>JSON</code>格式字符串</td><td></td></tr><tr><td>├ <code>account_name</code></td><td>string</td><td>yes</td><td>开户名称</td><td></td></tr><tr><td>├ <code>account_bank</code></td><td>string</td><td>yes</td><td>开户银行</td><td></td></tr><tr><td>├ <code>bank_address_code</code></td><td>string</td><td>yes</td><td>开户银行省市编码</td><td></td></tr><tr><td>├ <code>bank_name</code></td><td>string</td><td></td><td>开户银行全称（含支行）</td><td></td></tr><tr><td>├ <code>account_number</code></td><td>string</td><td>yes</td><td>银行账号</td><td></td></tr><tr><td>├ <code>store_name</code></td><td>string</td><td>yes</td><td>门店名称</td><td></td></tr><tr><td>├ <code>store_address_code</code></td><td>string</td><td>yes</td><td>门店省市编码</td><td></td></tr><tr><td>├ <code>store_street</code></td><td>string</td><td>yes</td><td>门店街道名称</td><td></td></tr><tr><td>├ <code>store_longitude</code></td><td>string</td><td></td><td>门店经度</td><td></td></tr><tr><td>├ <code>store_latitude</code></td><td>string</td><td></td><td>门店纬度</td><td></td></tr><tr><td>├ <code>store_entrance_pic</code></td><td>string</td><td>yes</td><td>门店门口照片</td><td></td></tr><tr><td>├ <code>indoor_pic</code></td><td>string</td><td>yes</td><td>店内环境照片</td><td></td></tr><tr><td>├ <code>address_certification</code></td><td>string</td><td></td><td>经营场地证明</td><td></td></tr><tr><td>├ <code>merchant_shortname</code></td><td>string</td><td>yes</td><td>商户简称</td><td></td></tr><tr><td>├ <code>service_phone</code></td><td>string</td><td>yes</td><td>客服电话</td><td></td></tr><tr><td>├ <code>product_desc</code></td><td>string</td><td>yes</td><td>售卖商品/提供服务描述</td><td></td></tr><tr><td>├ <code>rate</code></td><td>string</td><td>yes</td><td>费率</td><td></td></tr><tr><td>├ <code>business_addition_desc</code></td><td>string</td><td></td><td>补充说明</td><td></td></tr><tr><td>├ <code>business_addition_pics</code></td><td>string(JSON: string(MediaId)[])</td><td></td><td>补充材料</td><td></td></tr><tr><td>├ <code>contact</code></td><td>string</td><td>yes</td><td>超级管理员姓名</td><td></td></tr><tr><td>├ <code>contact_phone</code></td><td>string</td><td>yes</td><td>手机号码</td><td></td></tr><tr><td>└ <code>contact_email</code></td><td>string</td><td></td><td>联系邮箱</td><td></td></tr></tbody></table><p><code>nonce_str</code> and <code>sign</code> are added by the SDK (<code>sign_type</code> in <code>xml</code> picks <code>MD5</code>, the default, or <code>HMAC-SHA256</code>); pass <code>nonceless: true</code> to leave out <code>nonce_str</code>. A <code>mch_id</code> (or <code>mchid</code>) must be the client&#39;s <code>mchid</code>: the SDK refuses to sign for another merchant.</p><p>A <code>string(JSON: …)</code> field is JSON text (<code>JSON.stringify</code> it); in <code>xml</code>, an array-valued one may also be given as the array, which the SDK encodes.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, Transformer, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1230000109&#39;,
  secret: process.env.WECHATPAY_APIV2_KEY!,
  merchant: { cert: &#39;file:///path/to/apiclient_cert.pem&#39;, key: &#39;file:///path/to/apiclient_key.pem&#39; },
});

const options: Endpoints[&#39;v2/applyment/micro/submit&#39;][&#39;post&#39;][&#39;options&#39;] = {
  xml: {
    version: &#39;3.0&#39;,
    cert_sn: &#39;5663476TEREGD45FH63GDFHFG657FCHBFG&#39;,
    mch_id: &#39;1230000109&#39;,
    sign_type: &#39;HMAC-SHA256&#39;,
    business_code: &#39;123456&#39;,
    id_card_copy: &#39;&lt;id_card_copy&gt;&#39;,
    id_card_national: &#39;&lt;id_card_national&gt;&#39;,
    id_card_name: &#39;佑佑&#39;,
    id_card_number: &#39;&lt;id_card_number&gt;&#39;,
    id_card_valid_time: JSON.stringify([&#39;&lt;id_card_valid_time&gt;&#39;]),
    account_name: &#39;&lt;account_name&gt;&#39;,
    account_bank: &#39;工商银行&#39;,
    bank_address_code: &#39;110000&#39;,
    bank_name: &#39;深圳农村商业银行xxx支行&#39;,
    account_number: &#39;&lt;account_number&gt;&#39;,
    store_name: &#39;&lt;store_name&gt;&#39;,
    store_address_code: &#39;110000&#39;,
    store_street: &#39;&lt;store_street&gt;&#39;,
    store_longitude: &#39;113.941355&#39;,
    store_latitude: &#39;22.546245&#39;,
    store_entrance_pic: &#39;&lt;store_entrance_pic&gt;&#39;,
    indoor_pic: &#39;&lt;indoor_pic&gt;&#39;,
    merchant_shortname: &#39;&lt;merchant_shortname&gt;&#39;,
    service_phone: &#39;&lt;service_phone&gt;&#39;,
    product_desc: &#39;&lt;product_desc&gt;&#39;,
    rate: &#39;0.6%&#39;,
    business_addition_pics: JSON.stringify([&#39;&lt;business_addition_pics&gt;&#39;]),
    contact: &#39;&lt;contact&gt;&#39;,
    contact_phone: &#39;&lt;contact_phone&gt;&#39;,
  },
};

// 1. $instance-&gt;v2-&gt;applyment-&gt;micro-&gt;submit-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v2.applyment.micro.submit.postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 2. $instance-&gt;chain(&#39;v2/applyment/micro/submit&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v2/applyment/micro/submit&#39;).postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 3. $instance[&#39;v2/applyment/micro/submit&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v2/applyment/micro/submit&#39;].postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 4. $response = $instance-&gt;v2-&gt;applyment-&gt;micro-&gt;submit-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byProperty = await wx.v2.applyment.micro.submit.post(options);
console.log(Transformer.toArray(byProperty.body));

// 5. $response = $instance-&gt;chain(&#39;v2/applyment/micro/submit&#39;)-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byChain = await wx.chain(&#39;v2/applyment/micro/submit&#39;).post(options);
console.log(Transformer.toArray(byChain.body));

// 6. $response = $instance[&#39;v2/applyment/micro/submit&#39;]-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byPath = await wx[&#39;v2/applyment/micro/submit&#39;].post(options);
console.log(Transformer.toArray(byPath.body));
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>return_code</code></td><td>string</td><td>返回状态码</td><td><code>SUCCESS</code>, <code>FAIL</code></td></tr><tr><td><code>return_msg</code></td><td>string</td><td>返回信息</td><td></td></tr><tr><td><code>nonce_str</code></td><td>string</td><td>随机字符串</td><td></td></tr><tr><td><code>sign</code></td><td>string</td><td>签名</td><td></td></tr><tr><td><code>result_code</code></td><td>string</td><td>业务结果</td><td><code>SUCCESS</code>, <code>FAIL</code></td></tr><tr><td><code>err_code</code></td><td>string</td><td>错误代码</td><td></td></tr><tr><td><code>err_code_des</code></td><td>string</td><td>错误代码描述</td><td></td></tr><tr><td><code>err_param</code></td><td>string</td><td>参数校验不通过的字段名</td><td></td></tr><tr><td><code>applyment_id</code></td><td>string</td><td>商户申请单号</td><td></td></tr></tbody></table><p>A signed answer&#39;s <code>sign</code> is checked before you see it. A <code>return_code</code> or <code>result_code</code> other than <code>SUCCESS</code> rejects with a <code>BusinessError</code>.</p><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/api/xiaowei.php?chapter=19_2" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v2/applyment/micro/submit.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const submit = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  submit as default
};
