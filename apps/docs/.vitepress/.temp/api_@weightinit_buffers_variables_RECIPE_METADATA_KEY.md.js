import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: RECIPE_METADATA_KEY","description":"","frontmatter":{},"headers":[],"relativePath":"api/@weightinit/buffers/variables/RECIPE_METADATA_KEY.md","filePath":"api/@weightinit/buffers/variables/RECIPE_METADATA_KEY.md"}');
const _sfc_main = { name: "api/@weightinit/buffers/variables/RECIPE_METADATA_KEY.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="variable-recipe-metadata-key" tabindex="-1">Variable: RECIPE_METADATA_KEY <a class="header-anchor" href="#variable-recipe-metadata-key" aria-label="Permalink to &quot;Variable: RECIPE\\_METADATA\\_KEY&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> RECIPE_METADATA_KEY</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;weightinit.recipe&quot;</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &#39;weightinit.recipe&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>The <code>__metadata__</code> key that holds a generated file&#39;s recipe, as JSON.</p><h2 id="remarks" tabindex="-1">Remarks <a class="header-anchor" href="#remarks" aria-label="Permalink to &quot;Remarks&quot;">​</a></h2><p>See <a href="./../functions/recipeMetadata.html">recipeMetadata</a> and <a href="./../functions/readRecipe.html">readRecipe</a>.</p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">import</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> { RECIPE_METADATA_KEY } </span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">from</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &#39;@weightinit/buffers&#39;</span></span>
<span class="line"><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;">RECIPE_METADATA_KEY</span><span style="--shiki-light:#6A737D;--shiki-dark:#6A737D;"> // &#39;weightinit.recipe&#39;</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@weightinit/buffers/variables/RECIPE_METADATA_KEY.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RECIPE_METADATA_KEY = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RECIPE_METADATA_KEY as default
};
