import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: SPARSE_KEY_SUFFIX","description":"","frontmatter":{},"headers":[],"relativePath":"api/@weightinit/core/variables/SPARSE_KEY_SUFFIX.md","filePath":"api/@weightinit/core/variables/SPARSE_KEY_SUFFIX.md"}');
const _sfc_main = { name: "api/@weightinit/core/variables/SPARSE_KEY_SUFFIX.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="variable-sparse-key-suffix" tabindex="-1">Variable: SPARSE_KEY_SUFFIX <a class="header-anchor" href="#variable-sparse-key-suffix" aria-label="Permalink to &quot;Variable: SPARSE\\_KEY\\_SUFFIX&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> SPARSE_KEY_SUFFIX</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;">\\u0000</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">sparse&quot;</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &#39;</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;">\\u0000</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">sparse&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>Appended to the key to name the stream that chooses the zeros.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@weightinit/core/variables/SPARSE_KEY_SUFFIX.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SPARSE_KEY_SUFFIX = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SPARSE_KEY_SUFFIX as default
};
