import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ComputeFansOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@weightinit/core/interfaces/ComputeFansOptions.md","filePath":"api/@weightinit/core/interfaces/ComputeFansOptions.md"}');
const _sfc_main = { name: "api/@weightinit/core/interfaces/ComputeFansOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-computefansoptions" tabindex="-1">Interface: ComputeFansOptions <a class="header-anchor" href="#interface-computefansoptions" aria-label="Permalink to &quot;Interface: ComputeFansOptions&quot;">​</a></h1><p>Options of <a href="./../functions/computeFans.html">computeFans</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="groups" tabindex="-1">groups? <a class="header-anchor" href="#groups" aria-label="Permalink to &quot;groups?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly groups</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> number;</span></span></code></pre></div><p>Channel groups of a grouped convolution (default 1); must divide the total-count axis.</p><hr><h3 id="lowrank" tabindex="-1">lowRank? <a class="header-anchor" href="#lowrank" aria-label="Permalink to &quot;lowRank?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly lowRank</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;refuse&quot;</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> |</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;keras&quot;</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> |</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;tfjs&quot;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>What to do with rank 0 and 1 under a named layout (default <code>&#39;refuse&#39;</code>).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@weightinit/core/interfaces/ComputeFansOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ComputeFansOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ComputeFansOptions as default
};
