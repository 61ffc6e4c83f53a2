import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: CommandContext","description":"","frontmatter":{},"headers":[],"relativePath":"api/@weightinit/cli/interfaces/CommandContext.md","filePath":"api/@weightinit/cli/interfaces/CommandContext.md"}');
const _sfc_main = { name: "api/@weightinit/cli/interfaces/CommandContext.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-commandcontext" tabindex="-1">Interface: CommandContext <a class="header-anchor" href="#interface-commandcontext" aria-label="Permalink to &quot;Interface: CommandContext&quot;">​</a></h1><p>What every command&#39;s action gets: the streams, and where it leaves its exit code (0 unless set).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="exitcode" tabindex="-1">exitCode <a class="header-anchor" href="#exitcode" aria-label="Permalink to &quot;exitCode&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">exitCode</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: number;</span></span></code></pre></div><p>The exit code the command ends with (a command that succeeds with a finding, like <code>verify</code> with <code>--strict</code>, sets 1).</p><hr><h3 id="io" tabindex="-1">io <a class="header-anchor" href="#io" aria-label="Permalink to &quot;io&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly </span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">io</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: CliIo;</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@weightinit/cli/interfaces/CommandContext.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CommandContext = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CommandContext as default
};
