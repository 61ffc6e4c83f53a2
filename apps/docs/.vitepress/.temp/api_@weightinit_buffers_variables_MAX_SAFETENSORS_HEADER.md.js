import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: MAX_SAFETENSORS_HEADER","description":"","frontmatter":{},"headers":[],"relativePath":"api/@weightinit/buffers/variables/MAX_SAFETENSORS_HEADER.md","filePath":"api/@weightinit/buffers/variables/MAX_SAFETENSORS_HEADER.md"}');
const _sfc_main = { name: "api/@weightinit/buffers/variables/MAX_SAFETENSORS_HEADER.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="variable-max-safetensors-header" tabindex="-1">Variable: MAX_SAFETENSORS_HEADER <a class="header-anchor" href="#variable-max-safetensors-header" aria-label="Permalink to &quot;Variable: MAX\\_SAFETENSORS\\_HEADER&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> MAX_SAFETENSORS_HEADER</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> 100000000</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> 100_000_000</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>The largest safetensors header read or written: 100 MB, the reference implementation&#39;s limit.</p><h2 id="remarks" tabindex="-1">Remarks <a class="header-anchor" href="#remarks" aria-label="Permalink to &quot;Remarks&quot;">​</a></h2><p>A larger header fails with <code>FILE_TOO_LARGE</code> before it is decoded.</p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">import</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> { MAX_SAFETENSORS_HEADER } </span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">from</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &#39;@weightinit/buffers&#39;</span></span>
<span class="line"><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;">MAX_SAFETENSORS_HEADER</span><span style="--shiki-light:#6A737D;--shiki-dark:#6A737D;"> // 100000000</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@weightinit/buffers/variables/MAX_SAFETENSORS_HEADER.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MAX_SAFETENSORS_HEADER = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MAX_SAFETENSORS_HEADER as default
};
