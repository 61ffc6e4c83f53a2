import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: PlanOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@weightinit/core/interfaces/PlanOptions.md","filePath":"api/@weightinit/core/interfaces/PlanOptions.md"}');
const _sfc_main = { name: "api/@weightinit/core/interfaces/PlanOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-planoptions" tabindex="-1">Interface: PlanOptions <a class="header-anchor" href="#interface-planoptions" aria-label="Permalink to &quot;Interface: PlanOptions&quot;">​</a></h1><p>How the tensor is laid out, for the initializers that read fans from it.</p><h2 id="extended-by" tabindex="-1">Extended by <a class="header-anchor" href="#extended-by" aria-label="Permalink to &quot;Extended by&quot;">​</a></h2><ul><li><a href="./SampleTensorOptions.html"><code>SampleTensorOptions</code></a></li></ul><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="groups" tabindex="-1">groups? <a class="header-anchor" href="#groups" aria-label="Permalink to &quot;groups?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly groups</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> number;</span></span></code></pre></div><p>Groups of a grouped convolution: gives the correct fans (default 1: the home framework&#39;s numbers).</p><hr><h3 id="layout" tabindex="-1">layout? <a class="header-anchor" href="#layout" aria-label="Permalink to &quot;layout?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly layout</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> Layout;</span></span></code></pre></div><p>The weight layout (default: the home framework&#39;s — <code>oihw</code> for PyTorch names, <code>hwio</code> for Keras/tfjs, JAX&#39;s axes for JAX).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@weightinit/core/interfaces/PlanOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PlanOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PlanOptions as default
};
