import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"wechatpay-ts","description":"","frontmatter":{},"headers":[],"relativePath":"index.md","filePath":"index.md"}');
const _sfc_main = { name: "index.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="wechatpay-ts" tabindex="-1">wechatpay-ts <a class="header-anchor" href="#wechatpay-ts" aria-label="Permalink to &quot;wechatpay-ts&quot;">​</a></h1><p>A TypeScript SDK for WeChat Pay (微信支付), APIv2 and APIv3, that mirrors the PHP SDK <code>wechatpay/wechatpay</code>: <code>wx.v2.payitil.report</code>, <code>wx.chain(&#39;v2/payitil/report&#39;)</code> and <code>wx[&#39;v2/payitil/report&#39;]</code> are the same endpoint, each with <code>post</code> and <code>postAsync</code>.</p><ul><li><a href="./api/README.html">Every endpoint</a>: a page for each of the 1,071 paths of the WeChat Pay OpenAPI description, grouped by product, with the request and answer fields and the call styles in TypeScript. Search (top of the page) finds an endpoint by path or by name: <code>payitil</code>, <code>交易保障</code>.</li><li><a href="./apiv3.html">APIv3</a>: what happens to a JSON call, notifications, bills, uploads, platform certificates.</li><li><a href="./micropay.html">Code payments and 交易保障</a>: the 付款码 flow with query and reverse, and automatic reports.</li><li><a href="./failover.html">Backup-domain failover</a>: what goes to <code>api2.mch.weixin.qq.com</code>, and what never does.</li><li><a href="./simulator.html">The simulator</a>: an offline WeChat Pay to try every call against.</li><li><a href="./cli.html">The wechatpay command</a>: any endpoint, crypto helpers, bills and certificates from a terminal.</li><li><a href="./benchmarks.html">Benchmarks</a> and <a href="./contributing.html">writing the docs</a>.</li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("index.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const index = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  index as default
};
