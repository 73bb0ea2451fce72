import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"查询用户授权的实名信息 · v3/facemch/users/{face_sid}","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/facemch/users/_face_sid_.md","filePath":"api/v3/facemch/users/_face_sid_.md"}');
const _sfc_main = { name: "api/v3/facemch/users/_face_sid_.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="查询用户授权的实名信息-·-v3-facemch-users-face-sid" tabindex="-1">查询用户授权的实名信息 · <code>v3/facemch/users/{face_sid}</code> <a class="header-anchor" href="#查询用户授权的实名信息-·-v3-facemch-users-face-sid" aria-label="Permalink to &quot;查询用户授权的实名信息 · \`v3/facemch/users/{face_sid}\`&quot;">​</a></h1><p><a href="./../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get" tabindex="-1">GET <a class="header-anchor" href="#get" aria-label="Permalink to &quot;GET&quot;">​</a></h2><p>商户可以根据face_sid查询用户UnionId，调用该接口获取授权的实名信息商户需要先申请权限。</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/facemch/users/{face_sid}</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 刷脸支付</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>face_sid</code></td><td>string</td><td>yes</td><td>终端设备识别用户成功后返回的凭证</td><td></td></tr><tr><td><code>query</code></td><td>object</td><td>yes</td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>├ <code>info_type</code></td><td>string</td><td>yes</td><td>标识本次请求获取的信息类型</td><td><code>ASK_UNIONID</code>, <code>ASK_REAL_NAME</code></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td>yes</td><td>微信分配的公众账号ID</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td></td><td>微信支付分配的子商户号，服务商模式下必填</td><td></td></tr><tr><td>├ <code>sub_appid</code></td><td>string</td><td></td><td>微信分配的子商户公众账号ID</td><td></td></tr><tr><td>└ <code>sub_serial_no</code></td><td>string</td><td></td><td>⼦商户证书序列号，服务商模式下请求实名信息必传</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/facemch/users/{face_sid}&#39;][&#39;get&#39;][&#39;options&#39;] = {
  face_sid: &#39;aabbccdd12345&#39;,
  query: {
    info_type: &#39;ASK_UNIONID&#39;,
    appid: &#39;wx2b029c08a6233333&#39;,
    sub_mchid: &#39;123456789&#39;,
    sub_appid: &#39;wx2b029c08a6255555&#39;,
    sub_serial_no: &#39;wx2b029c08a6255555&#39;,
  },
};

// 1. $instance-&gt;v3-&gt;facemch-&gt;users-&gt;_face_sid_-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.facemch.users._face_sid_.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/facemch/users/{face_sid}&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/facemch/users/{face_sid}&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/facemch/users/{face_sid}&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/facemch/users/{face_sid}&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;facemch-&gt;users-&gt;_face_sid_-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.facemch.users._face_sid_.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/facemch/users/{face_sid}&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/facemch/users/{face_sid}&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/facemch/users/{face_sid}&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/facemch/users/{face_sid}&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>union_id</code></td><td>string</td><td>UnionID</td><td></td></tr><tr><td><code>openid</code></td><td>string</td><td>用户在商户appid下的唯⼀标识</td><td></td></tr><tr><td><code>sub_openid</code></td><td>string</td><td>用户在⼦商户appid下的唯⼀标识</td><td></td></tr><tr><td><code>real_name_info</code></td><td>object</td><td>姓名信息</td><td></td></tr><tr><td>├ <code>encrypted_real_name</code></td><td>string(base64)</td><td>加密后的姓名信息，商户用API证书私钥解密</td><td></td></tr><tr><td>├ <code>credential_type</code></td><td>integer</td><td></td><td><code>1</code>, <code>2</code>, <code>3</code>, <code>4</code>, <code>5</code>, <code>6</code>, <code>7</code>, <code>8</code>, <code>9</code>, <code>10</code>, <code>11</code></td></tr><tr><td>└ <code>encrypted_credential_id</code></td><td>string(base64)</td><td>加密后的身份证号，商户用API证书私钥解密</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/wxfacepay/develop/android/sid.html" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/facemch/users/_face_sid_.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const _face_sid_ = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  _face_sid_ as default
};
