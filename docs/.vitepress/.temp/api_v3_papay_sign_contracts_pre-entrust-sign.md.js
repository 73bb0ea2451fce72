import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"代扣预签约 · v3/papay/sign/contracts/pre-entrust-sign","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/papay/sign/contracts/pre-entrust-sign.md","filePath":"api/v3/papay/sign/contracts/pre-entrust-sign.md"}');
const _sfc_main = { name: "api/v3/papay/sign/contracts/pre-entrust-sign.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="代扣预签约-·-v3-papay-sign-contracts-pre-entrust-sign" tabindex="-1">代扣预签约 · <code>v3/papay/sign/contracts/pre-entrust-sign</code> <a class="header-anchor" href="#代扣预签约-·-v3-papay-sign-contracts-pre-entrust-sign" aria-label="Permalink to &quot;代扣预签约 · \`v3/papay/sign/contracts/pre-entrust-sign\`&quot;">​</a></h1><p><a href="./../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>商户可调用本接口预先指定签约信息，生成预签约跳转参数，然后跳转至微信支付的页面。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/papay/sign/contracts/pre-entrust-sign</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 委托代扣</li><li>适用对象: 普通商户</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>json</code></td><td>object</td><td>yes</td><td>The JSON body</td><td></td></tr><tr><td>├ <code>sign_scene</code></td><td>string</td><td>yes</td><td>签约场景</td><td><code>SIGN_SCENE_APP</code>, <code>SIGN_SCENE_QRCODE</code></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td>yes</td><td>应用ID</td><td></td></tr><tr><td>├ <code>openid</code></td><td>string</td><td></td><td>用户在直连商户应用下的用户标示</td><td></td></tr><tr><td>├ <code>plan_id</code></td><td>number</td><td>yes</td><td>委托代扣模板ID</td><td></td></tr><tr><td>├ <code>out_contract_code</code></td><td>string</td><td>yes</td><td>商户签约协议号</td><td></td></tr><tr><td>├ <code>contract_display_account</code></td><td>string</td><td>yes</td><td>用户账户展示名称</td><td></td></tr><tr><td>├ <code>contract_notify_url</code></td><td>string</td><td>yes</td><td>签约结果通知地址</td><td></td></tr><tr><td>├ <code>out_user_code</code></td><td>string</td><td>yes</td><td>商户侧用户标识</td><td></td></tr><tr><td>├ <code>return_url</code></td><td>string</td><td></td><td>回跳地址的url</td><td></td></tr><tr><td>└ <code>device_info</code></td><td>object</td><td>yes</td><td>发起预签约的用户，其设备信息</td><td></td></tr><tr><td> ├ <code>device_type</code></td><td>string</td><td>yes</td><td>设备类型</td><td><code>DEVICE_TYPE_UNKNOW</code>, <code>DEVICE_TYPE_PHONE</code>, <code>DEVICE_TYPE_PAD</code>, <code>DEVICE_TYPE_TV</code>, <code>DEVICE_TYPE_WATCH</code></td></tr><tr><td> ├ <code>device_os</code></td><td>string</td><td>yes</td><td>设备的OS版本</td><td></td></tr><tr><td> ├ <code>device_id</code></td><td>string</td><td>yes</td><td>设备ID</td><td></td></tr><tr><td> ├ <code>device_running_as_root</code></td><td>boolean</td><td>yes</td><td>设备是否以root身份运行</td><td></td></tr><tr><td> ├ <code>device_ip</code></td><td>string</td><td>yes</td><td>设备的IP</td><td></td></tr><tr><td> ├ <code>weixin_installed</code></td><td>boolean</td><td>yes</td><td>设备上是否安装微信</td><td></td></tr><tr><td> ├ <code>weixin_version</code></td><td>string</td><td>yes</td><td>设备上微信的版本</td><td></td></tr><tr><td> └ <code>days_since_first_login</code></td><td>string</td><td>yes</td><td>发起预签约的用户首次登录该设备的时间</td><td><code>DAYS_SINCE_FIRST_LOGIN_UNKNOW</code>, <code>DAYS_SINCE_FIRST_LOGIN_WITHIN_1_DAY</code>, <code>DAYS_SINCE_FIRST_LOGIN_WITHIN_7_DAYS</code>, <code>DAYS_SINCE_FIRST_LOGIN_WITHIN_30_DAYS</code>, <code>DAYS_SINCE_FIRST_LOGIN_WITHIN_90_DAYS</code>, <code>DAYS_SINCE_FIRST_LOGIN_WITHIN_180_DAYS</code>, <code>DAYS_SINCE_FIRST_LOGIN_MORE_THEN_180_DAYS</code></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/papay/sign/contracts/pre-entrust-sign&#39;][&#39;post&#39;][&#39;options&#39;] = {
  json: {
    sign_scene: &#39;SIGN_SCENE_APP&#39;,
    appid: &#39;wxd678efh567hg6787&#39;,
    openid: &#39;oYobu0MVnQfWpSMOYJz2AHPG_gQw&#39;,
    plan_id: 12535,
    out_contract_code: &#39;wxwtdk20200910100000&#39;,
    contract_display_account: &#39;微信代扣用户A&#39;,
    contract_notify_url: &#39;https://yourapp.com/notify&#39;,
    out_user_code: &#39;用户A&#39;,
    return_url: &#39;https://yourapp.com/notify&#39;,
    device_info: {
      device_type: &#39;DEVICE_TYPE_UNKNOW&#39;,
      device_os: &#39;example_device_os&#39;,
      device_id: &#39;example_device_id&#39;,
      device_running_as_root: false,
      device_ip: &#39;example_device_ip&#39;,
      weixin_installed: false,
      weixin_version: &#39;example_weixin_version&#39;,
      days_since_first_login: &#39;DAYS_SINCE_FIRST_LOGIN_UNKNOW&#39;,
    },
  },
};

// 1. $instance-&gt;v3-&gt;papay-&gt;sign-&gt;contracts-&gt;preEntrustSign-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.papay.sign.contracts.preEntrustSign.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/papay/sign/contracts/pre-entrust-sign&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/papay/sign/contracts/pre-entrust-sign&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/papay/sign/contracts/pre-entrust-sign&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/papay/sign/contracts/pre-entrust-sign&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;papay-&gt;sign-&gt;contracts-&gt;preEntrustSign-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.papay.sign.contracts.preEntrustSign.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/papay/sign/contracts/pre-entrust-sign&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/papay/sign/contracts/pre-entrust-sign&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/papay/sign/contracts/pre-entrust-sign&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/papay/sign/contracts/pre-entrust-sign&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>pre_entrustweb_id</code></td><td>string</td><td>预签约ID</td><td></td></tr><tr><td><code>mini_program_username</code></td><td>string</td><td>跳转签约小程序的username</td><td></td></tr><tr><td><code>mini_program_path</code></td><td>string</td><td>跳转签约小程序的path</td><td></td></tr><tr><td><code>redirect_url</code></td><td>string</td><td>展示扫码签约的二维码的URL</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/doc/v3/merchant/4012978414" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/papay/sign/contracts/pre-entrust-sign.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const preEntrustSign = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  preEntrustSign as default
};
