import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: TensorShapeProto","description":"","frontmatter":{},"headers":[],"relativePath":"api/@weightinit/onnx/type-aliases/TensorShapeProto.md","filePath":"api/@weightinit/onnx/type-aliases/TensorShapeProto.md"}');
const _sfc_main = { name: "api/@weightinit/onnx/type-aliases/TensorShapeProto.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="type-alias-tensorshapeproto" tabindex="-1">Type Alias: TensorShapeProto <a class="header-anchor" href="#type-alias-tensorshapeproto" aria-label="Permalink to &quot;Type Alias: TensorShapeProto&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">type</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> TensorShapeProto</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> Message</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">&lt;</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&quot;onnx.TensorShapeProto&quot;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">&gt; </span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">&amp;</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> object</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>Defines a tensor shape. A dimension can be either an integer value or a symbolic variable. A symbolic variable represents an unknown dimension.</p><h2 id="type-declaration" tabindex="-1">Type Declaration <a class="header-anchor" href="#type-declaration" aria-label="Permalink to &quot;Type Declaration&quot;">​</a></h2><h3 id="dim" tabindex="-1">dim <a class="header-anchor" href="#dim" aria-label="Permalink to &quot;dim&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">dim</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: TensorShapeProto_Dimension[];</span></span></code></pre></div><h4 id="generated" tabindex="-1">Generated <a class="header-anchor" href="#generated" aria-label="Permalink to &quot;Generated&quot;">​</a></h4><p>from field: repeated onnx.TensorShapeProto.Dimension dim = 1;</p><h2 id="generated-1" tabindex="-1">Generated <a class="header-anchor" href="#generated-1" aria-label="Permalink to &quot;Generated&quot;">​</a></h2><p>from message onnx.TensorShapeProto</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@weightinit/onnx/type-aliases/TensorShapeProto.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TensorShapeProto = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TensorShapeProto as default
};
