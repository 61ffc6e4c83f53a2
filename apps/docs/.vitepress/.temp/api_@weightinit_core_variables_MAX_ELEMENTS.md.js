import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: MAX_ELEMENTS","description":"","frontmatter":{},"headers":[],"relativePath":"api/@weightinit/core/variables/MAX_ELEMENTS.md","filePath":"api/@weightinit/core/variables/MAX_ELEMENTS.md"}');
const _sfc_main = { name: "api/@weightinit/core/variables/MAX_ELEMENTS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="variable-max-elements" tabindex="-1">Variable: MAX_ELEMENTS <a class="header-anchor" href="#variable-max-elements" aria-label="Permalink to &quot;Variable: MAX\\_ELEMENTS&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> MAX_ELEMENTS</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> number</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>The most elements weightinit will plan or sample for one tensor: 2^32 − 1, the longest typed array every engine can address.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@weightinit/core/variables/MAX_ELEMENTS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MAX_ELEMENTS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MAX_ELEMENTS as default
};
