import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Enumeration: TensorProto_DataLocation","description":"","frontmatter":{},"headers":[],"relativePath":"api/@weightinit/onnx/enumerations/TensorProto_DataLocation.md","filePath":"api/@weightinit/onnx/enumerations/TensorProto_DataLocation.md"}');
const _sfc_main = { name: "api/@weightinit/onnx/enumerations/TensorProto_DataLocation.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="enumeration-tensorproto-datalocation" tabindex="-1">Enumeration: TensorProto_DataLocation <a class="header-anchor" href="#enumeration-tensorproto-datalocation" aria-label="Permalink to &quot;Enumeration: TensorProto\\_DataLocation&quot;">​</a></h1><p>Location of the data for this tensor. MUST be one of:</p><ul><li>DEFAULT - data stored inside the protobuf message. Data is stored in raw_data (if set) otherwise in type-specified field.</li><li>EXTERNAL - data stored in an external location as described by external_data field.</li></ul><h2 id="generated" tabindex="-1">Generated <a class="header-anchor" href="#generated" aria-label="Permalink to &quot;Generated&quot;">​</a></h2><p>from enum onnx.TensorProto.DataLocation</p><h2 id="enumeration-members" tabindex="-1">Enumeration Members <a class="header-anchor" href="#enumeration-members" aria-label="Permalink to &quot;Enumeration Members&quot;">​</a></h2><h3 id="default" tabindex="-1">DEFAULT <a class="header-anchor" href="#default" aria-label="Permalink to &quot;DEFAULT&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">DEFAULT</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: </span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;">0</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><h4 id="generated-1" tabindex="-1">Generated <a class="header-anchor" href="#generated-1" aria-label="Permalink to &quot;Generated&quot;">​</a></h4><p>from enum value: DEFAULT = 0;</p><hr><h3 id="external" tabindex="-1">EXTERNAL <a class="header-anchor" href="#external" aria-label="Permalink to &quot;EXTERNAL&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">EXTERNAL</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: </span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;">1</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><h4 id="generated-2" tabindex="-1">Generated <a class="header-anchor" href="#generated-2" aria-label="Permalink to &quot;Generated&quot;">​</a></h4><p>from enum value: EXTERNAL = 1;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@weightinit/onnx/enumerations/TensorProto_DataLocation.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TensorProto_DataLocation = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TensorProto_DataLocation as default
};
