import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: FeedFlags","description":"","frontmatter":{},"headers":[],"relativePath":"api/@weightinit/cli/interfaces/FeedFlags.md","filePath":"api/@weightinit/cli/interfaces/FeedFlags.md"}');
const _sfc_main = { name: "api/@weightinit/cli/interfaces/FeedFlags.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-feedflags" tabindex="-1">Interface: FeedFlags <a class="header-anchor" href="#interface-feedflags" aria-label="Permalink to &quot;Interface: FeedFlags&quot;">​</a></h1><p>The flags of the commands that run a model (<code>verify</code>, <code>lsuv</code>, <code>patch --verify</code>).</p><h2 id="extended-by" tabindex="-1">Extended by <a class="header-anchor" href="#extended-by" aria-label="Permalink to &quot;Extended by&quot;">​</a></h2><ul><li><a href="./LsuvFlags.html"><code>LsuvFlags</code></a></li><li><a href="./PatchFlags.html"><code>PatchFlags</code></a></li><li><a href="./VerifyFlags.html"><code>VerifyFlags</code></a></li></ul><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="defaultdim" tabindex="-1">defaultDim? <a class="header-anchor" href="#defaultdim" aria-label="Permalink to &quot;defaultDim?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly defaultDim</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> string;</span></span></code></pre></div><hr><h3 id="dim" tabindex="-1">dim? <a class="header-anchor" href="#dim" aria-label="Permalink to &quot;dim?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly dim</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> readonly string[];</span></span></code></pre></div><hr><h3 id="inputstd" tabindex="-1">inputStd? <a class="header-anchor" href="#inputstd" aria-label="Permalink to &quot;inputStd?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly inputStd</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> string;</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@weightinit/cli/interfaces/FeedFlags.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const FeedFlags = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  FeedFlags as default
};
