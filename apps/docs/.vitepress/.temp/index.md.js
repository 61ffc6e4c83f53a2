import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse(`{"title":"","description":"","frontmatter":{"layout":"home","hero":{"name":"weightinit","text":"Weight initialization, exact and explained","tagline":"Every initializer of PyTorch, Keras, JAX and TensorFlow.js with its home semantics, plans that show how each number was derived, and samples with the same bits in every browser and in Node.","actions":[{"theme":"brand","text":"Read the guide","link":"/guide/getting-started"},{"theme":"alt","text":"Open the playground","link":"/playground"},{"theme":"alt","text":"Port from another framework","link":"/porting"}]},"features":[{"title":"Plans before samples","details":"plan() returns the distribution, fans, gain, std, bounds and truncation of a tensor's initialization, with the formula behind every number. Nothing is drawn until you ask."},{"title":"Names mean what they mean at home","details":"kaiming_normal is PyTorch's untruncated normal, he_normal is Keras's corrected truncated normal, heNormal is tfjs's. Where a framework is wrong, weightinit is right by default and offers the old behaviour by name."},{"title":"Reproducible everywhere","details":"A counter-based Philox stream keyed by seed and parameter name. Any slice, shard or engine (WebAssembly or plain JavaScript) gives the same bits, in Node and in this page."},{"title":"Seen, not just stated","details":"The guide's plots are computed in your browser by the library itself. Try the vanishing-signal experiment or the playground."}]},"headers":[],"relativePath":"index.md","filePath":"index.md"}`);
const _sfc_main = { name: "index.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("index.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const index = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  index as default
};
