import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"智能设备列表 · v3/iotmanage/devices","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/iotmanage/devices.md","filePath":"api/v3/iotmanage/devices.md"}');
const _sfc_main = { name: "api/v3/iotmanage/devices.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="智能设备列表-·-v3-iotmanage-devices" tabindex="-1">智能设备列表 · <code>v3/iotmanage/devices</code> <a class="header-anchor" href="#智能设备列表-·-v3-iotmanage-devices" aria-label="Permalink to &quot;智能设备列表 · \`v3/iotmanage/devices\`&quot;">​</a></h1><p><a href="./../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get" tabindex="-1">GET <a class="header-anchor" href="#get" aria-label="Permalink to &quot;GET&quot;">​</a></h2><p>商户可以通过该接口分页拉取到自己拥有的设备的列表。</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/iotmanage/devices</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 刷脸支付</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>query</code></td><td>object</td><td>yes</td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>├ <code>limit</code></td><td>integer</td><td>yes</td><td>最大资源条数</td><td></td></tr><tr><td>└ <code>offset</code></td><td>integer</td><td>yes</td><td>请求资源起始位置</td><td></td></tr></tbody></table><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/iotmanage/devices&#39;][&#39;get&#39;][&#39;options&#39;] = {
  query: { limit: 5, offset: 10 },
};

// 1. $instance-&gt;v3-&gt;iotmanage-&gt;devices-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.iotmanage.devices.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/iotmanage/devices&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/iotmanage/devices&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/iotmanage/devices&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/iotmanage/devices&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;iotmanage-&gt;devices-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.iotmanage.devices.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/iotmanage/devices&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/iotmanage/devices&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/iotmanage/devices&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/iotmanage/devices&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>data</code></td><td>object[]</td><td>设备列表</td><td></td></tr><tr><td>├ <code>device_sn</code></td><td>string</td><td>设备序列号</td><td></td></tr><tr><td>├ <code>camera_sn</code></td><td>string</td><td>摄像头序列号</td><td></td></tr><tr><td>├ <code>device_category_code</code></td><td>string</td><td>设备品类代码</td><td></td></tr><tr><td>├ <code>device_category</code></td><td>string</td><td>设备品类</td><td></td></tr><tr><td>├ <code>device_class_code</code></td><td>string</td><td>设备类型代码</td><td></td></tr><tr><td>├ <code>device_class</code></td><td>string</td><td>设备类型</td><td></td></tr><tr><td>├ <code>device_model</code></td><td>string</td><td>设备型号</td><td></td></tr><tr><td>├ <code>app_scene_code</code></td><td>string</td><td>刷脸应用软件模式代码</td><td></td></tr><tr><td>├ <code>app_scene</code></td><td>string</td><td>刷脸应用软件模式</td><td></td></tr><tr><td>├ <code>operating_system</code></td><td>string</td><td>刷脸应用操作系统</td><td></td></tr><tr><td>├ <code>activation_status</code></td><td>string</td><td>激活状态</td><td><code>ACTIVATED</code>, <code>INACTIVATED</code></td></tr><tr><td>├ <code>activation_time</code></td><td>string(rfc3339)</td><td>激活时间</td><td></td></tr><tr><td>├ <code>mchid</code></td><td>string</td><td>商户号</td><td></td></tr><tr><td>├ <code>merchant_shortname</code></td><td>string</td><td>商户简称</td><td></td></tr><tr><td>├ <code>sub_mchid</code></td><td>string</td><td>子商户号</td><td></td></tr><tr><td>└ <code>sub_merchant_shortname</code></td><td>string</td><td>子商户简称</td><td></td></tr><tr><td><code>offset</code></td><td>integer</td><td>请求资源起始位置</td><td></td></tr><tr><td><code>limit</code></td><td>integer</td><td>最大资源条数</td><td></td></tr><tr><td><code>total_count</code></td><td>integer</td><td>资源总条数</td><td></td></tr><tr><td><code>links</code></td><td>object</td><td>相关链接</td><td></td></tr><tr><td>├ <code>next</code></td><td>string</td><td>下一页链接</td><td></td></tr><tr><td>├ <code>prev</code></td><td>string</td><td>上一页链接</td><td></td></tr><tr><td>└ <code>self</code></td><td>string</td><td>当前链接</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/wxfacepay/develop/point/iotmanage-devices.html" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/iotmanage/devices.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const devices = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  devices as default
};
