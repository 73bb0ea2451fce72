import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"人脸识别SDK-获取调用凭证 · v2/face/get_wxpayface_authinfo","description":"","frontmatter":{},"headers":[],"relativePath":"api/v2/face/get_wxpayface_authinfo.md","filePath":"api/v2/face/get_wxpayface_authinfo.md"}');
const _sfc_main = { name: "api/v2/face/get_wxpayface_authinfo.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="人脸识别sdk-获取调用凭证-·-v2-face-get-wxpayface-authinfo" tabindex="-1">人脸识别SDK-获取调用凭证 · <code>v2/face/get_wxpayface_authinfo</code> <a class="header-anchor" href="#人脸识别sdk-获取调用凭证-·-v2-face-get-wxpayface-authinfo" aria-label="Permalink to &quot;人脸识别SDK-获取调用凭证 · \`v2/face/get_wxpayface_authinfo\`&quot;">​</a></h1><p><a href="./../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="post" tabindex="-1">POST <a class="header-anchor" href="#post" aria-label="Permalink to &quot;POST&quot;">​</a></h2><p>人脸识别通过识别用户人脸，获取用户信息（openid）。此功能常用于商户会员、商品推荐等场景， 此流程无法用于支付。FACEID-ONCE为直接启动人脸识别流程。</p><ul><li><code>POST https://api.mch.weixin.qq.com/face/get_wxpayface_authinfo</code></li><li>APIv2: XML, signed with the APIv2 key (<code>secret</code>)</li><li>Merchant API client certificate: not required</li><li>Product: APIv2∙人脸支付</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>xml</code></td><td>object</td><td>yes</td><td>The APIv2 payload</td><td></td></tr><tr><td>├ <code>store_id</code></td><td>string</td><td>yes</td><td>门店编号， 由商户定义， 各门店唯一。</td><td></td></tr><tr><td>├ <code>store_name</code></td><td>string</td><td>yes</td><td>门店名称，由商户定义。（可用于展示）</td><td></td></tr><tr><td>├ <code>device_id</code></td><td>string</td><td>yes</td><td>终端设备编号，由商户定义。</td><td></td></tr><tr><td>├ <code>attach</code></td><td>string</td><td></td><td>附加字段。字段格式使用Json</td><td></td></tr><tr><td>├ <code>rawdata</code></td><td>string</td><td>yes</td><td>初始化数据。由微信人脸SDK的接口返回。</td><td></td></tr><tr><td>├ <code>appid</code></td><td>string</td><td>yes</td><td>商户号绑定的公众号/小程序 appid</td><td></td></tr><tr><td>├ <code>mch_id</code></td><td>string</td><td>yes</td><td>商户号</td><td></td></tr><tr><td>├ <code>sub_appid</code></td><td>string</td><td></td><td>子商户绑定的公众号/小程序 appid(服务商模式)</td><td></td></tr><tr><td>├ <code>sub_mch_id</code></td><td>string</td><td></td><td>子商户号(服务商模式)</td><td></td></tr><tr><td>├ <code>now</code></td><td>integer</td><td>yes</td><td>取当前时间，10位unix时间戳。</td><td></td></tr><tr><td>├ <code>version</code></td><td>string</td><td>yes</td><td>版本号。固定为1</td><td><code>1</code></td></tr><tr><td>└ <code>sign_type</code></td><td>string</td><td>yes</td><td>签名类型</td><td><code>MD5</code>, <code>HMAC-SHA256</code></td></tr></tbody></table><p><code>nonce_str</code> and <code>sign</code> are added by the SDK (<code>sign_type</code> in <code>xml</code> picks <code>MD5</code>, the default, or <code>HMAC-SHA256</code>); pass <code>nonceless: true</code> to leave out <code>nonce_str</code>. A <code>mch_id</code> (or <code>mchid</code>) must be the client&#39;s <code>mchid</code>: the SDK refuses to sign for another merchant.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, Transformer, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({ mchid: &#39;12345689&#39;, secret: process.env.WECHATPAY_APIV2_KEY! });

const options: Endpoints[&#39;v2/face/get_wxpayface_authinfo&#39;][&#39;post&#39;][&#39;options&#39;] = {
  xml: {
    store_id: &#39;IMG001&#39;,
    store_name: &#39;爱马哥南山店&#39;,
    device_id: &#39;DEV001&#39;,
    rawdata: &#39;H0kvnUgGHKuqflNwtNqCdOVpbO4FPSowudTG&#39;,
    appid: &#39;wx31fdaErqR31&#39;,
    mch_id: &#39;12345689&#39;,
    sub_appid: &#39;wx31fdaErqR31&#39;,
    sub_mch_id: &#39;12345689&#39;,
    now: 1239878956,
    version: &#39;1&#39;,
    sign_type: &#39;MD5&#39;,
  },
};

// 1. $instance-&gt;v2-&gt;face-&gt;get_wxpayface_authinfo-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v2.face.get_wxpayface_authinfo.postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 2. $instance-&gt;chain(&#39;v2/face/get_wxpayface_authinfo&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v2/face/get_wxpayface_authinfo&#39;).postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 3. $instance[&#39;v2/face/get_wxpayface_authinfo&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v2/face/get_wxpayface_authinfo&#39;].postAsync(options).then((response) =&gt; console.log(Transformer.toArray(response.body)));

// 4. $response = $instance-&gt;v2-&gt;face-&gt;get_wxpayface_authinfo-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byProperty = await wx.v2.face.get_wxpayface_authinfo.post(options);
console.log(Transformer.toArray(byProperty.body));

// 5. $response = $instance-&gt;chain(&#39;v2/face/get_wxpayface_authinfo&#39;)-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byChain = await wx.chain(&#39;v2/face/get_wxpayface_authinfo&#39;).post(options);
console.log(Transformer.toArray(byChain.body));

// 6. $response = $instance[&#39;v2/face/get_wxpayface_authinfo&#39;]-&gt;post([…]); print_r(Transformer::toArray((string) $response-&gt;getBody()));
const byPath = await wx[&#39;v2/face/get_wxpayface_authinfo&#39;].post(options);
console.log(Transformer.toArray(byPath.body));
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>return_code</code></td><td>string</td><td>返回状态码</td><td><code>SUCCESS</code>, <code>FAIL</code></td></tr><tr><td><code>return_msg</code></td><td>string</td><td>错误码描述</td><td></td></tr><tr><td><code>authinfo</code></td><td>string</td><td>SDK调用凭证。用于调用SDK的人脸识别接口。</td><td></td></tr><tr><td><code>expires_in</code></td><td>integer</td><td>authinfo的有效时间, 单位秒。</td><td></td></tr><tr><td><code>nonce_str</code></td><td>string</td><td>随机字符串，不长于32位</td><td></td></tr><tr><td><code>sign</code></td><td>string</td><td>参数签名。</td><td></td></tr><tr><td><code>appid</code></td><td>string</td><td>公众号</td><td></td></tr><tr><td><code>mch_id</code></td><td>string</td><td>商户号</td><td></td></tr><tr><td><code>sub_appid</code></td><td>string</td><td>子商户公众账号ID(服务商模式)</td><td></td></tr><tr><td><code>sub_mch_id</code></td><td>string</td><td>子商户号(服务商模式)</td><td></td></tr></tbody></table><p>A signed answer&#39;s <code>sign</code> is checked before you see it. A <code>return_code</code> or <code>result_code</code> other than <code>SUCCESS</code> rejects with a <code>BusinessError</code>.</p><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/wxfacepay/develop/android/faceuser.html" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v2/face/get_wxpayface_authinfo.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const get_wxpayface_authinfo = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  get_wxpayface_authinfo as default
};
