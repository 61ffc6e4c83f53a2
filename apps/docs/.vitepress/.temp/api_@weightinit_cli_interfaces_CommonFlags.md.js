import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: CommonFlags","description":"","frontmatter":{},"headers":[],"relativePath":"api/@weightinit/cli/interfaces/CommonFlags.md","filePath":"api/@weightinit/cli/interfaces/CommonFlags.md"}');
const _sfc_main = { name: "api/@weightinit/cli/interfaces/CommonFlags.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-commonflags" tabindex="-1">Interface: CommonFlags <a class="header-anchor" href="#interface-commonflags" aria-label="Permalink to &quot;Interface: CommonFlags&quot;">​</a></h1><p>The flags every command takes.</p><h2 id="extended-by" tabindex="-1">Extended by <a class="header-anchor" href="#extended-by" aria-label="Permalink to &quot;Extended by&quot;">​</a></h2><ul><li><a href="./BitsFlags.html"><code>BitsFlags</code></a></li><li><a href="./InspectFlags.html"><code>InspectFlags</code></a></li><li><a href="./LsuvFlags.html"><code>LsuvFlags</code></a></li><li><a href="./PatchFlags.html"><code>PatchFlags</code></a></li><li><a href="./PlanFlags.html"><code>PlanFlags</code></a></li><li><a href="./SampleFlags.html"><code>SampleFlags</code></a></li><li><a href="./VerifyFlags.html"><code>VerifyFlags</code></a></li></ul><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="debug" tabindex="-1">debug? <a class="header-anchor" href="#debug" aria-label="Permalink to &quot;debug?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly debug</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> boolean;</span></span></code></pre></div><hr><h3 id="quiet" tabindex="-1">quiet? <a class="header-anchor" href="#quiet" aria-label="Permalink to &quot;quiet?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly quiet</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> boolean;</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@weightinit/cli/interfaces/CommonFlags.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CommonFlags = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CommonFlags as default
};
