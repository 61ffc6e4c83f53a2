import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: GainExplanation","description":"","frontmatter":{},"headers":[],"relativePath":"api/@weightinit/core/interfaces/GainExplanation.md","filePath":"api/@weightinit/core/interfaces/GainExplanation.md"}');
const _sfc_main = { name: "api/@weightinit/core/interfaces/GainExplanation.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-gainexplanation" tabindex="-1">Interface: GainExplanation <a class="header-anchor" href="#interface-gainexplanation" aria-label="Permalink to &quot;Interface: GainExplanation&quot;">​</a></h1><p>A gain with how it was obtained.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="formula" tabindex="-1">formula <a class="header-anchor" href="#formula" aria-label="Permalink to &quot;formula&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly </span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">formula</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: string;</span></span></code></pre></div><p>The derivation with its numbers, e.g. <code>sqrt(2 / (1 + 0.01²)) = 1.41414</code>.</p><hr><h3 id="gain" tabindex="-1">gain <a class="header-anchor" href="#gain" aria-label="Permalink to &quot;gain&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly </span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">gain</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: number;</span></span></code></pre></div><p>The gain: the factor by which the weight&#39;s standard deviation is scaled.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@weightinit/core/interfaces/GainExplanation.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const GainExplanation = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  GainExplanation as default
};
