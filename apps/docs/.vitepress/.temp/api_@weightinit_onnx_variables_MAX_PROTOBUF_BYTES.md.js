import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: MAX_PROTOBUF_BYTES","description":"","frontmatter":{},"headers":[],"relativePath":"api/@weightinit/onnx/variables/MAX_PROTOBUF_BYTES.md","filePath":"api/@weightinit/onnx/variables/MAX_PROTOBUF_BYTES.md"}');
const _sfc_main = { name: "api/@weightinit/onnx/variables/MAX_PROTOBUF_BYTES.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="variable-max-protobuf-bytes" tabindex="-1">Variable: MAX_PROTOBUF_BYTES <a class="header-anchor" href="#variable-max-protobuf-bytes" aria-label="Permalink to &quot;Variable: MAX\\_PROTOBUF\\_BYTES&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> MAX_PROTOBUF_BYTES</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> number</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>The largest encoding protobuf (and so ONNX) allows in one message: 2 GiB − 1.</p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">import</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> { MAX_PROTOBUF_BYTES } </span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">from</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &#39;@weightinit/onnx&#39;</span></span>
<span class="line"><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;">MAX_PROTOBUF_BYTES</span><span style="--shiki-light:#6A737D;--shiki-dark:#6A737D;"> // 2147483647</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@weightinit/onnx/variables/MAX_PROTOBUF_BYTES.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MAX_PROTOBUF_BYTES = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MAX_PROTOBUF_BYTES as default
};
