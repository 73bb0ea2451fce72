import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"查询上传任务列表API / 导入定向用户协议号API · v3/marketing/bank/packages/{package_id}/tasks","description":"","frontmatter":{},"headers":[],"relativePath":"api/v3/marketing/bank/packages/_package_id_/tasks.md","filePath":"api/v3/marketing/bank/packages/_package_id_/tasks.md"}');
const _sfc_main = { name: "api/v3/marketing/bank/packages/_package_id_/tasks.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="查询上传任务列表api-导入定向用户协议号api-·-v3-marketing-bank-packages-package-id-tasks" tabindex="-1">查询上传任务列表API / 导入定向用户协议号API · <code>v3/marketing/bank/packages/{package_id}/tasks</code> <a class="header-anchor" href="#查询上传任务列表api-导入定向用户协议号api-·-v3-marketing-bank-packages-package-id-tasks" aria-label="Permalink to &quot;查询上传任务列表API / 导入定向用户协议号API · \`v3/marketing/bank/packages/{package_id}/tasks\`&quot;">​</a></h1><p><a href="./../../../../../README.html">All endpoints</a> · from the WeChat Pay OpenAPI description (MIT, see NOTICE)</p><h2 id="get-·-查询上传任务列表api" tabindex="-1">GET · 查询上传任务列表API <a class="header-anchor" href="#get-·-查询上传任务列表api" aria-label="Permalink to &quot;GET · 查询上传任务列表API&quot;">​</a></h2><p>查询号码包中符合条件的上传任务</p><ul><li><code>GET https://api.mch.weixin.qq.com/v3/marketing/bank/packages/{package_id}/tasks</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 营销工具∙收款有礼</li><li>适用对象: 服务商</li></ul><h3 id="request" tabindex="-1">Request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>package_id</code></td><td>string</td><td>yes</td><td>号码包id</td><td></td></tr><tr><td><code>query</code></td><td>object</td><td></td><td>Query parameters, written into the URL by the SDK</td><td></td></tr><tr><td>├ <code>status</code></td><td>string</td><td></td><td>任务状态</td><td><code>PROCESSING</code>, <code>FINISHED</code></td></tr><tr><td>├ <code>filename</code></td><td>string</td><td></td><td>文件名</td><td></td></tr><tr><td>├ <code>offset</code></td><td>integer</td><td></td><td>分页页码</td><td></td></tr><tr><td>└ <code>limit</code></td><td>integer</td><td></td><td>分页大小</td><td></td></tr></tbody></table><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><h3 id="call-styles" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>get</code> and <code>getAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const options: Endpoints[&#39;v3/marketing/bank/packages/{package_id}/tasks&#39;][&#39;get&#39;][&#39;options&#39;] = {
  package_id: &#39;8473295&#39;,
  query: { status: &#39;PROCESSING&#39;, filename: &#39;active_user.csv&#39;, offset: 0, limit: 20 },
};

// 1. $instance-&gt;v3-&gt;marketing-&gt;bank-&gt;packages-&gt;_package_id_-&gt;tasks-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.marketing.bank.packages._package_id_.tasks.getAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/marketing/bank/packages/{package_id}/tasks&#39;)-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/marketing/bank/packages/{package_id}/tasks&#39;).getAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/marketing/bank/packages/{package_id}/tasks&#39;]-&gt;getAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/marketing/bank/packages/{package_id}/tasks&#39;].getAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;marketing-&gt;bank-&gt;packages-&gt;_package_id_-&gt;tasks-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.marketing.bank.packages._package_id_.tasks.get(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/marketing/bank/packages/{package_id}/tasks&#39;)-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/marketing/bank/packages/{package_id}/tasks&#39;).get(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/marketing/bank/packages/{package_id}/tasks&#39;]-&gt;get([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/marketing/bank/packages/{package_id}/tasks&#39;].get(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer" tabindex="-1">Answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>data</code></td><td>object[]</td><td>上传任务列表</td><td></td></tr><tr><td>├ <code>task_id</code></td><td>string</td><td>上传任务</td><td></td></tr><tr><td>├ <code>package_id</code></td><td>string</td><td>号码包id</td><td></td></tr><tr><td>├ <code>filename</code></td><td>string</td><td>文件名</td><td></td></tr><tr><td>├ <code>create_time</code></td><td>string</td><td>创建上传任务的时间</td><td></td></tr><tr><td>├ <code>update_time</code></td><td>string</td><td>上传任务最近一次更新的时间</td><td></td></tr><tr><td>├ <code>status</code></td><td>string</td><td>任务状态</td><td></td></tr><tr><td>├ <code>success_count</code></td><td>integer</td><td>成功数</td><td></td></tr><tr><td>├ <code>fail_count</code></td><td>integer</td><td>失败数</td><td></td></tr><tr><td>├ <code>success_user_count</code></td><td>integer</td><td>匹配成功的微信用户数</td><td></td></tr><tr><td>└ <code>bank_type</code></td><td>string</td><td>银行类型</td><td></td></tr><tr><td><code>total_count</code></td><td>integer</td><td>总数量</td><td></td></tr><tr><td><code>offset</code></td><td>integer</td><td>分页页码</td><td></td></tr><tr><td><code>limit</code></td><td>integer</td><td>分页大小</td><td></td></tr></tbody></table><h3 id="official-documentation" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter9_8_2.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul><h2 id="post-·-导入定向用户协议号api" tabindex="-1">POST · 导入定向用户协议号API <a class="header-anchor" href="#post-·-导入定向用户协议号api" aria-label="Permalink to &quot;POST · 导入定向用户协议号API&quot;">​</a></h2><p>创建快捷交易协议号上传任务，每个上传任务中需要上传一个快捷交易协议号文件。微信收到快捷交易协议号文件后，会识别出其中的微信用户，保存到指定的号码包中。一个号码包可以包含多个上传任务，这些上传任务导入的用户会被合并去重，再追加写到号码包。</p><ul><li><code>POST https://api.mch.weixin.qq.com/v3/marketing/bank/packages/{package_id}/tasks</code></li><li>APIv3: JSON, signed with the merchant API private key; the answer is verified</li><li>Merchant API client certificate: not required</li><li>Product: 营销工具∙收款有礼</li><li>适用对象: 服务商</li></ul><h3 id="request-1" tabindex="-1">Request <a class="header-anchor" href="#request-1" aria-label="Permalink to &quot;Request&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>required</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>package_id</code></td><td>string</td><td>yes</td><td>号码包id</td><td></td></tr><tr><td><code>body</code></td><td>multipart/form-data</td><td>yes</td><td>The form, sent as is</td><td></td></tr><tr><td>├ <code>file</code></td><td>file</td><td>yes</td><td>快捷交易协议号文件</td><td></td></tr><tr><td>└ <code>meta</code></td><td>string(JSON: object)</td><td></td><td>文件元信息<code>JSON</code>格式字符串</td><td></td></tr><tr><td> ├ <code>bank_type</code></td><td>string</td><td>yes</td><td>银行类型</td><td></td></tr><tr><td> ├ <code>filename</code></td><td>string</td><td></td><td>文件名</td><td></td></tr><tr><td> └ <code>sha256</code></td><td>string</td><td>yes</td><td>文件摘要</td><td></td></tr></tbody></table><p>A <code>string(JSON: …)</code> field is JSON text (<code>JSON.stringify</code> it); in <code>xml</code>, an array-valued one may also be given as the array, which the SDK encodes.</p><p>Placeholder values are URL-encoded as one path segment each and sent nowhere else.</p><p>This form is not the one <code>MediaUtil</code> builds (<code>meta</code> + <code>file</code>): build the <code>multipart/form-data</code> body with the fields above and pass it as <code>body</code>, with its <code>Content-Type</code>.</p><h3 id="call-styles-1" tabindex="-1">Call styles <a class="header-anchor" href="#call-styles-1" aria-label="Permalink to &quot;Call styles&quot;">​</a></h3><p>The six call styles of the PHP SDK, line for line: <code>post</code> and <code>postAsync</code> (the same promise) on the property chain, <code>chain(&#39;…&#39;)</code> and the bracket path.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="vp-code"><code>import { Builder, type Endpoints } from &#39;wechatpay-ts&#39;;

const wx = Builder.factory({
  mchid: &#39;1900000109&#39;,
  serial: &#39;1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C&#39;, // the merchant API certificate&#39;s serial
  privateKey: &#39;file:///path/to/apiclient_key.pem&#39;,
  certs: { PUB_KEY_ID_0114232134912410000000000000: &#39;file:///path/to/pub_key.pem&#39; },
});

const multipart = Buffer.from(&#39;…&#39;); // the multipart/form-data body, built from the fields above
const options: Endpoints[&#39;v3/marketing/bank/packages/{package_id}/tasks&#39;][&#39;post&#39;][&#39;options&#39;] = {
  package_id: &#39;8473295&#39;,
  body: multipart,
  headers: { &#39;Content-Type&#39;: &#39;multipart/form-data; boundary=…&#39; },
};

// 1. $instance-&gt;v3-&gt;marketing-&gt;bank-&gt;packages-&gt;_package_id_-&gt;tasks-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.v3.marketing.bank.packages._package_id_.tasks.postAsync(options).then((response) =&gt; console.log(response.data));

// 2. $instance-&gt;chain(&#39;v3/marketing/bank/packages/{package_id}/tasks&#39;)-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx.chain(&#39;v3/marketing/bank/packages/{package_id}/tasks&#39;).postAsync(options).then((response) =&gt; console.log(response.data));

// 3. $instance[&#39;v3/marketing/bank/packages/{package_id}/tasks&#39;]-&gt;postAsync([…])-&gt;then(…)-&gt;wait();
await wx[&#39;v3/marketing/bank/packages/{package_id}/tasks&#39;].postAsync(options).then((response) =&gt; console.log(response.data));

// 4. $response = $instance-&gt;v3-&gt;marketing-&gt;bank-&gt;packages-&gt;_package_id_-&gt;tasks-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byProperty = await wx.v3.marketing.bank.packages._package_id_.tasks.post(options);
console.log(byProperty.data);

// 5. $response = $instance-&gt;chain(&#39;v3/marketing/bank/packages/{package_id}/tasks&#39;)-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byChain = await wx.chain(&#39;v3/marketing/bank/packages/{package_id}/tasks&#39;).post(options);
console.log(byChain.data);

// 6. $response = $instance[&#39;v3/marketing/bank/packages/{package_id}/tasks&#39;]-&gt;post([…]); print_r(json_decode((string) $response-&gt;getBody(), true));
const byPath = await wx[&#39;v3/marketing/bank/packages/{package_id}/tasks&#39;].post(options);
console.log(byPath.data);
</code></pre></div><h3 id="answer-1" tabindex="-1">Answer <a class="header-anchor" href="#answer-1" aria-label="Permalink to &quot;Answer&quot;">​</a></h3><table tabindex="0"><thead><tr><th>name</th><th>type</th><th>description</th><th>values</th></tr></thead><tbody><tr><td><code>bank_type</code></td><td>string</td><td>银行类型</td><td></td></tr><tr><td><code>create_time</code></td><td>string</td><td>创建上传任务的时间</td><td></td></tr><tr><td><code>fail_count</code></td><td>integer</td><td>失败数</td><td></td></tr><tr><td><code>filename</code></td><td>string</td><td>文件名</td><td></td></tr><tr><td><code>package_id</code></td><td>string</td><td>号码包id</td><td></td></tr><tr><td><code>status</code></td><td>string</td><td>任务状态</td><td></td></tr><tr><td><code>success_count</code></td><td>integer</td><td>成功数</td><td></td></tr><tr><td><code>success_user_count</code></td><td>integer</td><td>匹配成功的微信用户数</td><td></td></tr><tr><td><code>task_id</code></td><td>string</td><td>上传任务</td><td></td></tr><tr><td><code>update_time</code></td><td>string</td><td>上传任务最近一次更新的时间</td><td></td></tr></tbody></table><h3 id="official-documentation-1" tabindex="-1">Official documentation <a class="header-anchor" href="#official-documentation-1" aria-label="Permalink to &quot;Official documentation&quot;">​</a></h3><ul><li><a href="https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter9_8_1.shtml" target="_blank" rel="noreferrer">官方文档</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/v3/marketing/bank/packages/_package_id_/tasks.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const tasks = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  tasks as default
};
