import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: InspectFlag","description":"","frontmatter":{},"headers":[],"relativePath":"api/@weightinit/cli/type-aliases/InspectFlag.md","filePath":"api/@weightinit/cli/type-aliases/InspectFlag.md"}');
const _sfc_main = { name: "api/@weightinit/cli/type-aliases/InspectFlag.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="type-alias-inspectflag" tabindex="-1">Type Alias: InspectFlag <a class="header-anchor" href="#type-alias-inspectflag" aria-label="Permalink to &quot;Type Alias: InspectFlag&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">type</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> InspectFlag</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;all_zeros&quot;</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> |</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;symmetric_rows&quot;</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> |</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;std_far_from_recipe&quot;</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> |</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;non_finite&quot;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>What <code>inspect</code> flags about a tensor&#39;s current values:</p><ul><li><code>all_zeros</code>: every element is 0 where the recipe would draw a spread (a weight left unset);</li><li><code>symmetric_rows</code>: every output unit has the same weights (symmetry is never broken);</li><li><code>std_far_from_recipe</code>: the std is more than 2× away from the recipe&#39;s (either way);</li><li><code>non_finite</code>: NaN or ±∞ elements.</li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@weightinit/cli/type-aliases/InspectFlag.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const InspectFlag = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  InspectFlag as default
};
