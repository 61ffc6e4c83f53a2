var __defProp = Object.defineProperty;
var __defNormalProp = (obj, key, value) => key in obj ? __defProp(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __publicField = (obj, key, value) => __defNormalProp(obj, typeof key !== "symbol" ? key + "" : key, value);
import { ssrRenderAttrs, ssrRenderSlot, ssrInterpolate, ssrRenderAttr, ssrRenderList, ssrRenderComponent, ssrRenderVNode, ssrRenderClass, ssrIncludeBooleanAttr, ssrLooseContain, ssrLooseEqual, renderToString } from "vue/server-renderer";
import { defineComponent, mergeProps, useSSRContext, getCurrentInstance, hasInjectionContext, inject, watch, getCurrentScope, onScopeDispose, onMounted, nextTick, isRef, toValue, toRef as toRef$1, readonly, customRef, ref, shallowRef, watchEffect, computed, unref, reactive, onUnmounted, markRaw, h, watchPostEffect, onUpdated, resolveComponent, createVNode, resolveDynamicComponent, withCtx, renderSlot, createTextVNode, toDisplayString, openBlock, createBlock, createCommentVNode, Fragment, renderList, defineAsyncComponent, provide, toHandlers, withKeys, onBeforeUnmount, useSlots, createSSRApp } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const _sfc_main$1d = /* @__PURE__ */ defineComponent({
  __name: "VPBadge",
  __ssrInlineRender: true,
  props: {
    text: {},
    type: { default: "tip" }
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<span${ssrRenderAttrs(mergeProps({
        class: ["VPBadge", __props.type]
      }, _attrs))}>`);
      ssrRenderSlot(_ctx.$slots, "default", {}, () => {
        _push(`${ssrInterpolate(__props.text)}`);
      }, _push, _parent);
      _push(`</span>`);
    };
  }
});
const _sfc_setup$1d = _sfc_main$1d.setup;
_sfc_main$1d.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPBadge.vue");
  return _sfc_setup$1d ? _sfc_setup$1d(props, ctx) : void 0;
};
function deserializeFunctions(r) {
  return Array.isArray(r) ? r.map(deserializeFunctions) : typeof r == "object" && r !== null ? Object.keys(r).reduce((t, n) => (t[n] = deserializeFunctions(r[n]), t), {}) : typeof r == "string" && r.startsWith("_vp-fn_") ? new Function(`return ${r.slice(7)}`)() : r;
}
const siteData = deserializeFunctions(JSON.parse('{"lang":"en-US","dir":"ltr","title":"weightinit","description":"Weight initialization for neural networks, in TypeScript: exact, reproducible, explained.","base":"/","head":[],"router":{"prefetchLinks":true},"appearance":true,"themeConfig":{"nav":[{"text":"Guide","link":"/guide/getting-started","activeMatch":"/guide/"},{"text":"Porting","link":"/porting"},{"text":"Playground","link":"/playground"},{"text":"API","link":"/api/","activeMatch":"/api/"}],"sidebar":{"/guide/":[{"text":"Foundations","items":[{"text":"Getting started","link":"/guide/getting-started"},{"text":"Why initialization matters","link":"/guide/why-initialization"},{"text":"Vanishing and exploding signals","link":"/guide/signal-propagation"}]},{"text":"Initializers","items":[{"text":"Xavier / Glorot","link":"/guide/xavier-glorot"},{"text":"He / Kaiming","link":"/guide/he-kaiming"},{"text":"LeCun","link":"/guide/lecun"},{"text":"Truncation","link":"/guide/truncation"},{"text":"Orthogonal","link":"/guide/orthogonal"},{"text":"Identity and Dirac","link":"/guide/identity-dirac"},{"text":"Sparse","link":"/guide/sparse"}]},{"text":"Architecture","items":[{"text":"Gains and activations","link":"/guide/gains"},{"text":"Fans: conv, transposed, grouped","link":"/guide/fans"}]},{"text":"Engineering","items":[{"text":"Reproducibility and sharding","link":"/guide/reproducibility"},{"text":"Dtypes","link":"/guide/dtypes"}]}],"/porting":[{"text":"Foundations","items":[{"text":"Getting started","link":"/guide/getting-started"},{"text":"Why initialization matters","link":"/guide/why-initialization"},{"text":"Vanishing and exploding signals","link":"/guide/signal-propagation"}]},{"text":"Initializers","items":[{"text":"Xavier / Glorot","link":"/guide/xavier-glorot"},{"text":"He / Kaiming","link":"/guide/he-kaiming"},{"text":"LeCun","link":"/guide/lecun"},{"text":"Truncation","link":"/guide/truncation"},{"text":"Orthogonal","link":"/guide/orthogonal"},{"text":"Identity and Dirac","link":"/guide/identity-dirac"},{"text":"Sparse","link":"/guide/sparse"}]},{"text":"Architecture","items":[{"text":"Gains and activations","link":"/guide/gains"},{"text":"Fans: conv, transposed, grouped","link":"/guide/fans"}]},{"text":"Engineering","items":[{"text":"Reproducibility and sharding","link":"/guide/reproducibility"},{"text":"Dtypes","link":"/guide/dtypes"}]}],"/api/":[{"text":"API reference","link":"/api/"},{"text":"@weightinit/buffers","link":"/api/@weightinit/buffers/","collapsed":true,"items":[{"text":"Interfaces","collapsed":true,"items":[{"text":"DataGenerator","link":"/api/@weightinit/buffers/interfaces/DataGenerator.md"},{"text":"FilePlan","link":"/api/@weightinit/buffers/interfaces/FilePlan.md"},{"text":"FileSegment","link":"/api/@weightinit/buffers/interfaces/FileSegment.md"},{"text":"NpyArray","link":"/api/@weightinit/buffers/interfaces/NpyArray.md"},{"text":"NpyHeader","link":"/api/@weightinit/buffers/interfaces/NpyHeader.md"},{"text":"SafetensorsContents","link":"/api/@weightinit/buffers/interfaces/SafetensorsContents.md"},{"text":"SafetensorsEntry","link":"/api/@weightinit/buffers/interfaces/SafetensorsEntry.md"},{"text":"SafetensorsHeader","link":"/api/@weightinit/buffers/interfaces/SafetensorsHeader.md"},{"text":"SafetensorsLayout","link":"/api/@weightinit/buffers/interfaces/SafetensorsLayout.md"},{"text":"SafetensorsTensorInfo","link":"/api/@weightinit/buffers/interfaces/SafetensorsTensorInfo.md"},{"text":"Shard","link":"/api/@weightinit/buffers/interfaces/Shard.md"},{"text":"TensorData","link":"/api/@weightinit/buffers/interfaces/TensorData.md"},{"text":"TensorFileOptions","link":"/api/@weightinit/buffers/interfaces/TensorFileOptions.md"},{"text":"WeightRecipe","link":"/api/@weightinit/buffers/interfaces/WeightRecipe.md"},{"text":"WeightSpec","link":"/api/@weightinit/buffers/interfaces/WeightSpec.md"}]},{"text":"Type Aliases","collapsed":true,"items":[{"text":"FileFormat","link":"/api/@weightinit/buffers/type-aliases/FileFormat.md"},{"text":"NpyDType","link":"/api/@weightinit/buffers/type-aliases/NpyDType.md"},{"text":"NpyVersion","link":"/api/@weightinit/buffers/type-aliases/NpyVersion.md"},{"text":"SafetensorsDType","link":"/api/@weightinit/buffers/type-aliases/SafetensorsDType.md"},{"text":"WeightSet","link":"/api/@weightinit/buffers/type-aliases/WeightSet.md"}]},{"text":"Variables","collapsed":true,"items":[{"text":"hostIsLittleEndian","link":"/api/@weightinit/buffers/variables/hostIsLittleEndian.md"},{"text":"MAX_SAFETENSORS_HEADER","link":"/api/@weightinit/buffers/variables/MAX_SAFETENSORS_HEADER.md"},{"text":"RECIPE_METADATA_KEY","link":"/api/@weightinit/buffers/variables/RECIPE_METADATA_KEY.md"},{"text":"safetensorsDTypeBits","link":"/api/@weightinit/buffers/variables/safetensorsDTypeBits.md"},{"text":"safetensorsDTypeOf","link":"/api/@weightinit/buffers/variables/safetensorsDTypeOf.md"}]},{"text":"Functions","collapsed":true,"items":[{"text":"checkShard","link":"/api/@weightinit/buffers/functions/checkShard.md"},{"text":"createDataGenerator","link":"/api/@weightinit/buffers/functions/createDataGenerator.md"},{"text":"dtypeFromSafetensors","link":"/api/@weightinit/buffers/functions/dtypeFromSafetensors.md"},{"text":"encodeNpyHeader","link":"/api/@weightinit/buffers/functions/encodeNpyHeader.md"},{"text":"fromBytes","link":"/api/@weightinit/buffers/functions/fromBytes.md"},{"text":"isElementWise","link":"/api/@weightinit/buffers/functions/isElementWise.md"},{"text":"isSafetensorsDType","link":"/api/@weightinit/buffers/functions/isSafetensorsDType.md"},{"text":"layoutSafetensors","link":"/api/@weightinit/buffers/functions/layoutSafetensors.md"},{"text":"npyHeaderLength","link":"/api/@weightinit/buffers/functions/npyHeaderLength.md"},{"text":"parseNpyHeader","link":"/api/@weightinit/buffers/functions/parseNpyHeader.md"},{"text":"parseSafetensorsHeader","link":"/api/@weightinit/buffers/functions/parseSafetensorsHeader.md"},{"text":"planTensorFile","link":"/api/@weightinit/buffers/functions/planTensorFile.md"},{"text":"planWeightsFile","link":"/api/@weightinit/buffers/functions/planWeightsFile.md"},{"text":"readNpy","link":"/api/@weightinit/buffers/functions/readNpy.md"},{"text":"readRecipe","link":"/api/@weightinit/buffers/functions/readRecipe.md"},{"text":"readSafetensors","link":"/api/@weightinit/buffers/functions/readSafetensors.md"},{"text":"recipeMetadata","link":"/api/@weightinit/buffers/functions/recipeMetadata.md"},{"text":"safetensorsDataOffset","link":"/api/@weightinit/buffers/functions/safetensorsDataOffset.md"},{"text":"shardRange","link":"/api/@weightinit/buffers/functions/shardRange.md"},{"text":"toBytes","link":"/api/@weightinit/buffers/functions/toBytes.md"},{"text":"writeNpy","link":"/api/@weightinit/buffers/functions/writeNpy.md"},{"text":"writeSafetensors","link":"/api/@weightinit/buffers/functions/writeSafetensors.md"}]}]},{"text":"@weightinit/cli","link":"/api/@weightinit/cli/","collapsed":true,"items":[{"text":"Interfaces","collapsed":true,"items":[{"text":"BitsFlags","link":"/api/@weightinit/cli/interfaces/BitsFlags.md"},{"text":"CliIo","link":"/api/@weightinit/cli/interfaces/CliIo.md"},{"text":"CommandContext","link":"/api/@weightinit/cli/interfaces/CommandContext.md"},{"text":"CommonFlags","link":"/api/@weightinit/cli/interfaces/CommonFlags.md"},{"text":"FeedFlags","link":"/api/@weightinit/cli/interfaces/FeedFlags.md"},{"text":"InitFlags","link":"/api/@weightinit/cli/interfaces/InitFlags.md"},{"text":"InspectFlags","link":"/api/@weightinit/cli/interfaces/InspectFlags.md"},{"text":"InspectRow","link":"/api/@weightinit/cli/interfaces/InspectRow.md"},{"text":"LsuvFlags","link":"/api/@weightinit/cli/interfaces/LsuvFlags.md"},{"text":"ModelInspection","link":"/api/@weightinit/cli/interfaces/ModelInspection.md"},{"text":"PatchFlags","link":"/api/@weightinit/cli/interfaces/PatchFlags.md"},{"text":"PlanFlags","link":"/api/@weightinit/cli/interfaces/PlanFlags.md"},{"text":"PlanInput","link":"/api/@weightinit/cli/interfaces/PlanInput.md"},{"text":"Progress","link":"/api/@weightinit/cli/interfaces/Progress.md"},{"text":"SampleFlags","link":"/api/@weightinit/cli/interfaces/SampleFlags.md"},{"text":"StreamOptions","link":"/api/@weightinit/cli/interfaces/StreamOptions.md"},{"text":"VerifyFlags","link":"/api/@weightinit/cli/interfaces/VerifyFlags.md"}]},{"text":"Type Aliases","collapsed":true,"items":[{"text":"ChunkSink","link":"/api/@weightinit/cli/type-aliases/ChunkSink.md"},{"text":"InspectFlag","link":"/api/@weightinit/cli/type-aliases/InspectFlag.md"}]},{"text":"Variables","collapsed":true,"items":[{"text":"DEFAULT_DIM","link":"/api/@weightinit/cli/variables/DEFAULT_DIM.md"},{"text":"EXIT","link":"/api/@weightinit/cli/variables/EXIT.md"}]},{"text":"Functions","collapsed":true,"items":[{"text":"addFeedFlags","link":"/api/@weightinit/cli/functions/addFeedFlags.md"},{"text":"addInitFlags","link":"/api/@weightinit/cli/functions/addInitFlags.md"},{"text":"checkBinaryStdout","link":"/api/@weightinit/cli/functions/checkBinaryStdout.md"},{"text":"collect","link":"/api/@weightinit/cli/functions/collect.md"},{"text":"compactSpec","link":"/api/@weightinit/cli/functions/compactSpec.md"},{"text":"createProgram","link":"/api/@weightinit/cli/functions/createProgram.md"},{"text":"createProgress","link":"/api/@weightinit/cli/functions/createProgress.md"},{"text":"describeDraw","link":"/api/@weightinit/cli/functions/describeDraw.md"},{"text":"exitCodeOf","link":"/api/@weightinit/cli/functions/exitCodeOf.md"},{"text":"feedOptions","link":"/api/@weightinit/cli/functions/feedOptions.md"},{"text":"finishCommand","link":"/api/@weightinit/cli/functions/finishCommand.md"},{"text":"formatBytes","link":"/api/@weightinit/cli/functions/formatBytes.md"},{"text":"formatError","link":"/api/@weightinit/cli/functions/formatError.md"},{"text":"frameworkName","link":"/api/@weightinit/cli/functions/frameworkName.md"},{"text":"inspectModel","link":"/api/@weightinit/cli/functions/inspectModel.md"},{"text":"loadModel","link":"/api/@weightinit/cli/functions/loadModel.md"},{"text":"num","link":"/api/@weightinit/cli/functions/num.md"},{"text":"parseDTypeFlag","link":"/api/@weightinit/cli/functions/parseDTypeFlag.md"},{"text":"parseInteger","link":"/api/@weightinit/cli/functions/parseInteger.md"},{"text":"parseLayout","link":"/api/@weightinit/cli/functions/parseLayout.md"},{"text":"parseNumber","link":"/api/@weightinit/cli/functions/parseNumber.md"},{"text":"parseSeed","link":"/api/@weightinit/cli/functions/parseSeed.md"},{"text":"parseShape","link":"/api/@weightinit/cli/functions/parseShape.md"},{"text":"parseShard","link":"/api/@weightinit/cli/functions/parseShard.md"},{"text":"planInput","link":"/api/@weightinit/cli/functions/planInput.md"},{"text":"planJson","link":"/api/@weightinit/cli/functions/planJson.md"},{"text":"processIo","link":"/api/@weightinit/cli/functions/processIo.md"},{"text":"readRecipe","link":"/api/@weightinit/cli/functions/readRecipe.md"},{"text":"registerBits","link":"/api/@weightinit/cli/functions/registerBits.md"},{"text":"registerInspect","link":"/api/@weightinit/cli/functions/registerInspect.md"},{"text":"registerLsuv","link":"/api/@weightinit/cli/functions/registerLsuv.md"},{"text":"registerPatch","link":"/api/@weightinit/cli/functions/registerPatch.md"},{"text":"registerPlan","link":"/api/@weightinit/cli/functions/registerPlan.md"},{"text":"registerSample","link":"/api/@weightinit/cli/functions/registerSample.md"},{"text":"registerVerify","link":"/api/@weightinit/cli/functions/registerVerify.md"},{"text":"renderInspection","link":"/api/@weightinit/cli/functions/renderInspection.md"},{"text":"renderPatch","link":"/api/@weightinit/cli/functions/renderPatch.md"},{"text":"renderPlan","link":"/api/@weightinit/cli/functions/renderPlan.md"},{"text":"renderVerify","link":"/api/@weightinit/cli/functions/renderVerify.md"},{"text":"resolveFormat","link":"/api/@weightinit/cli/functions/resolveFormat.md"},{"text":"run","link":"/api/@weightinit/cli/functions/run.md"},{"text":"short","link":"/api/@weightinit/cli/functions/short.md"},{"text":"streamPlannedFile","link":"/api/@weightinit/cli/functions/streamPlannedFile.md"},{"text":"streamSink","link":"/api/@weightinit/cli/functions/streamSink.md"},{"text":"table","link":"/api/@weightinit/cli/functions/table.md"},{"text":"toJson","link":"/api/@weightinit/cli/functions/toJson.md"},{"text":"usageError","link":"/api/@weightinit/cli/functions/usageError.md"},{"text":"version","link":"/api/@weightinit/cli/functions/version.md"},{"text":"write","link":"/api/@weightinit/cli/functions/write.md"},{"text":"writeFileAtomically","link":"/api/@weightinit/cli/functions/writeFileAtomically.md"}]}]},{"text":"@weightinit/core","link":"/api/@weightinit/core/","collapsed":true,"items":[{"text":"Classes","collapsed":true,"items":[{"text":"WeightinitError","link":"/api/@weightinit/core/classes/WeightinitError.md"}]},{"text":"Interfaces","collapsed":true,"items":[{"text":"ComputeFansOptions","link":"/api/@weightinit/core/interfaces/ComputeFansOptions.md"},{"text":"ConstantPlan","link":"/api/@weightinit/core/interfaces/ConstantPlan.md"},{"text":"Definition","link":"/api/@weightinit/core/interfaces/Definition.md"},{"text":"DeltaOrthogonalPlan","link":"/api/@weightinit/core/interfaces/DeltaOrthogonalPlan.md"},{"text":"DiracPlan","link":"/api/@weightinit/core/interfaces/DiracPlan.md"},{"text":"EyePlan","link":"/api/@weightinit/core/interfaces/EyePlan.md"},{"text":"FanFields","link":"/api/@weightinit/core/interfaces/FanFields.md"},{"text":"Fans","link":"/api/@weightinit/core/interfaces/Fans.md"},{"text":"GainExplanation","link":"/api/@weightinit/core/interfaces/GainExplanation.md"},{"text":"ImportedInitializer","link":"/api/@weightinit/core/interfaces/ImportedInitializer.md"},{"text":"JaxAxesLayout","link":"/api/@weightinit/core/interfaces/JaxAxesLayout.md"},{"text":"KerasAxesLayout","link":"/api/@weightinit/core/interfaces/KerasAxesLayout.md"},{"text":"KerasSerialized","link":"/api/@weightinit/core/interfaces/KerasSerialized.md"},{"text":"LayoutRule","link":"/api/@weightinit/core/interfaces/LayoutRule.md"},{"text":"NormalizedSpec","link":"/api/@weightinit/core/interfaces/NormalizedSpec.md"},{"text":"NormalParams","link":"/api/@weightinit/core/interfaces/NormalParams.md"},{"text":"NormalPlan","link":"/api/@weightinit/core/interfaces/NormalPlan.md"},{"text":"OptionTypes","link":"/api/@weightinit/core/interfaces/OptionTypes.md"},{"text":"OrthogonalPlan","link":"/api/@weightinit/core/interfaces/OrthogonalPlan.md"},{"text":"PlanBase","link":"/api/@weightinit/core/interfaces/PlanBase.md"},{"text":"PlanOptions","link":"/api/@weightinit/core/interfaces/PlanOptions.md"},{"text":"PlanStep","link":"/api/@weightinit/core/interfaces/PlanStep.md"},{"text":"ResolvedAxesLayout","link":"/api/@weightinit/core/interfaces/ResolvedAxesLayout.md"},{"text":"SampledTensor","link":"/api/@weightinit/core/interfaces/SampledTensor.md"},{"text":"SampleOptions","link":"/api/@weightinit/core/interfaces/SampleOptions.md"},{"text":"SampleTensorOptions","link":"/api/@weightinit/core/interfaces/SampleTensorOptions.md"},{"text":"SparsePlan","link":"/api/@weightinit/core/interfaces/SparsePlan.md"},{"text":"Stream","link":"/api/@weightinit/core/interfaces/Stream.md"},{"text":"StructuredSampleOptions","link":"/api/@weightinit/core/interfaces/StructuredSampleOptions.md"},{"text":"TfjsSerialized","link":"/api/@weightinit/core/interfaces/TfjsSerialized.md"},{"text":"TruncatedNormalMoments","link":"/api/@weightinit/core/interfaces/TruncatedNormalMoments.md"},{"text":"TruncatedNormalParams","link":"/api/@weightinit/core/interfaces/TruncatedNormalParams.md"},{"text":"TruncatedNormalPlan","link":"/api/@weightinit/core/interfaces/TruncatedNormalPlan.md"},{"text":"UniformParams","link":"/api/@weightinit/core/interfaces/UniformParams.md"},{"text":"UniformPlan","link":"/api/@weightinit/core/interfaces/UniformPlan.md"}]},{"text":"Type Aliases","collapsed":true,"items":[{"text":"ActivationName","link":"/api/@weightinit/core/type-aliases/ActivationName.md"},{"text":"AliasName","link":"/api/@weightinit/core/type-aliases/AliasName.md"},{"text":"ArrayKind","link":"/api/@weightinit/core/type-aliases/ArrayKind.md"},{"text":"ArrayOf","link":"/api/@weightinit/core/type-aliases/ArrayOf.md"},{"text":"Axes","link":"/api/@weightinit/core/type-aliases/Axes.md"},{"text":"AxesLayout","link":"/api/@weightinit/core/type-aliases/AxesLayout.md"},{"text":"BoundUnits","link":"/api/@weightinit/core/type-aliases/BoundUnits.md"},{"text":"CanonicalLayout","link":"/api/@weightinit/core/type-aliases/CanonicalLayout.md"},{"text":"DefinitionOf","link":"/api/@weightinit/core/type-aliases/DefinitionOf.md"},{"text":"DType","link":"/api/@weightinit/core/type-aliases/DType.md"},{"text":"DTypeArrayMap","link":"/api/@weightinit/core/type-aliases/DTypeArrayMap.md"},{"text":"Engine","link":"/api/@weightinit/core/type-aliases/Engine.md"},{"text":"ErrorCode","link":"/api/@weightinit/core/type-aliases/ErrorCode.md"},{"text":"FanMode","link":"/api/@weightinit/core/type-aliases/FanMode.md"},{"text":"Framework","link":"/api/@weightinit/core/type-aliases/Framework.md"},{"text":"InitName","link":"/api/@weightinit/core/type-aliases/InitName.md"},{"text":"InitSpec","link":"/api/@weightinit/core/type-aliases/InitSpec.md"},{"text":"KerasClassName","link":"/api/@weightinit/core/type-aliases/KerasClassName.md"},{"text":"KerasConfig","link":"/api/@weightinit/core/type-aliases/KerasConfig.md"},{"text":"Layout","link":"/api/@weightinit/core/type-aliases/Layout.md"},{"text":"LowRankRule","link":"/api/@weightinit/core/type-aliases/LowRankRule.md"},{"text":"NamedLayout","link":"/api/@weightinit/core/type-aliases/NamedLayout.md"},{"text":"Nonlinearity","link":"/api/@weightinit/core/type-aliases/Nonlinearity.md"},{"text":"OptionDefaults","link":"/api/@weightinit/core/type-aliases/OptionDefaults.md"},{"text":"OptionName","link":"/api/@weightinit/core/type-aliases/OptionName.md"},{"text":"OrthogonalFlatten","link":"/api/@weightinit/core/type-aliases/OrthogonalFlatten.md"},{"text":"Plan","link":"/api/@weightinit/core/type-aliases/Plan.md"},{"text":"PlanDistribution","link":"/api/@weightinit/core/type-aliases/PlanDistribution.md"},{"text":"QualifiedName","link":"/api/@weightinit/core/type-aliases/QualifiedName.md"},{"text":"Recipe","link":"/api/@weightinit/core/type-aliases/Recipe.md"},{"text":"RecipeKind","link":"/api/@weightinit/core/type-aliases/RecipeKind.md"},{"text":"ResolvedOptions","link":"/api/@weightinit/core/type-aliases/ResolvedOptions.md"},{"text":"ScalingDistribution","link":"/api/@weightinit/core/type-aliases/ScalingDistribution.md"},{"text":"Seed","link":"/api/@weightinit/core/type-aliases/Seed.md"},{"text":"SpecOptions","link":"/api/@weightinit/core/type-aliases/SpecOptions.md"},{"text":"StructuredPlan","link":"/api/@weightinit/core/type-aliases/StructuredPlan.md"},{"text":"TorchNonlinearity","link":"/api/@weightinit/core/type-aliases/TorchNonlinearity.md"}]},{"text":"Variables","collapsed":true,"items":[{"text":"activations","link":"/api/@weightinit/core/variables/activations.md"},{"text":"aliases","link":"/api/@weightinit/core/variables/aliases.md"},{"text":"definitions","link":"/api/@weightinit/core/variables/definitions.md"},{"text":"dtypeAliases","link":"/api/@weightinit/core/variables/dtypeAliases.md"},{"text":"dtypes","link":"/api/@weightinit/core/variables/dtypes.md"},{"text":"errorCodes","link":"/api/@weightinit/core/variables/errorCodes.md"},{"text":"extraNonlinearities","link":"/api/@weightinit/core/variables/extraNonlinearities.md"},{"text":"gaussLegendre20","link":"/api/@weightinit/core/variables/gaussLegendre20.md"},{"text":"jaxDefinitions","link":"/api/@weightinit/core/variables/jaxDefinitions.md"},{"text":"kerasClassNames","link":"/api/@weightinit/core/variables/kerasClassNames.md"},{"text":"kerasDefinitions","link":"/api/@weightinit/core/variables/kerasDefinitions.md"},{"text":"layoutAliases","link":"/api/@weightinit/core/variables/layoutAliases.md"},{"text":"layoutNames","link":"/api/@weightinit/core/variables/layoutNames.md"},{"text":"layouts","link":"/api/@weightinit/core/variables/layouts.md"},{"text":"lowRankRules","link":"/api/@weightinit/core/variables/lowRankRules.md"},{"text":"MAX_ELEMENTS","link":"/api/@weightinit/core/variables/MAX_ELEMENTS.md"},{"text":"nonlinearities","link":"/api/@weightinit/core/variables/nonlinearities.md"},{"text":"nonlinearityAliases","link":"/api/@weightinit/core/variables/nonlinearityAliases.md"},{"text":"REQUIRED","link":"/api/@weightinit/core/variables/REQUIRED.md"},{"text":"secondMomentGains","link":"/api/@weightinit/core/variables/secondMomentGains.md"},{"text":"SPARSE_KEY_SUFFIX","link":"/api/@weightinit/core/variables/SPARSE_KEY_SUFFIX.md"},{"text":"STREAM_VERSION","link":"/api/@weightinit/core/variables/STREAM_VERSION.md"},{"text":"tfjsDefinitions","link":"/api/@weightinit/core/variables/tfjsDefinitions.md"},{"text":"torchDefinitions","link":"/api/@weightinit/core/variables/torchDefinitions.md"},{"text":"torchGains","link":"/api/@weightinit/core/variables/torchGains.md"},{"text":"torchNonlinearities","link":"/api/@weightinit/core/variables/torchNonlinearities.md"}]},{"text":"Functions","collapsed":true,"items":[{"text":"allocate","link":"/api/@weightinit/core/functions/allocate.md"},{"text":"arrayKind","link":"/api/@weightinit/core/functions/arrayKind.md"},{"text":"bfloat16FromFloat64","link":"/api/@weightinit/core/functions/bfloat16FromFloat64.md"},{"text":"bfloat16ToNumber","link":"/api/@weightinit/core/functions/bfloat16ToNumber.md"},{"text":"bytesPerElement","link":"/api/@weightinit/core/functions/bytesPerElement.md"},{"text":"calculateGain","link":"/api/@weightinit/core/functions/calculateGain.md"},{"text":"canonicalLayout","link":"/api/@weightinit/core/functions/canonicalLayout.md"},{"text":"checkArray","link":"/api/@weightinit/core/functions/checkArray.md"},{"text":"checkDType","link":"/api/@weightinit/core/functions/checkDType.md"},{"text":"computeFans","link":"/api/@weightinit/core/functions/computeFans.md"},{"text":"convertShape","link":"/api/@weightinit/core/functions/convertShape.md"},{"text":"createStream","link":"/api/@weightinit/core/functions/createStream.md"},{"text":"decode","link":"/api/@weightinit/core/functions/decode.md"},{"text":"decodeBfloat16","link":"/api/@weightinit/core/functions/decodeBfloat16.md"},{"text":"decodeFloat16","link":"/api/@weightinit/core/functions/decodeFloat16.md"},{"text":"didYouMean","link":"/api/@weightinit/core/functions/didYouMean.md"},{"text":"encode","link":"/api/@weightinit/core/functions/encode.md"},{"text":"encodeBfloat16","link":"/api/@weightinit/core/functions/encodeBfloat16.md"},{"text":"encodeFloat16","link":"/api/@weightinit/core/functions/encodeFloat16.md"},{"text":"erf","link":"/api/@weightinit/core/functions/erf.md"},{"text":"erfc","link":"/api/@weightinit/core/functions/erfc.md"},{"text":"erfcx","link":"/api/@weightinit/core/functions/erfcx.md"},{"text":"exp64","link":"/api/@weightinit/core/functions/exp64.md"},{"text":"explainGain","link":"/api/@weightinit/core/functions/explainGain.md"},{"text":"expm1_64","link":"/api/@weightinit/core/functions/expm1_64.md"},{"text":"expNegHalfSquare","link":"/api/@weightinit/core/functions/expNegHalfSquare.md"},{"text":"fail","link":"/api/@weightinit/core/functions/fail.md"},{"text":"fillConstant","link":"/api/@weightinit/core/functions/fillConstant.md"},{"text":"fillNormal","link":"/api/@weightinit/core/functions/fillNormal.md"},{"text":"fillTruncatedNormal","link":"/api/@weightinit/core/functions/fillTruncatedNormal.md"},{"text":"fillUniform","link":"/api/@weightinit/core/functions/fillUniform.md"},{"text":"float16FromFloat64","link":"/api/@weightinit/core/functions/float16FromFloat64.md"},{"text":"float16ToNumber","link":"/api/@weightinit/core/functions/float16ToNumber.md"},{"text":"formatNumber","link":"/api/@weightinit/core/functions/formatNumber.md"},{"text":"fromKerasConfig","link":"/api/@weightinit/core/functions/fromKerasConfig.md"},{"text":"hashKey","link":"/api/@weightinit/core/functions/hashKey.md"},{"text":"householderQr","link":"/api/@weightinit/core/functions/householderQr.md"},{"text":"initNames","link":"/api/@weightinit/core/functions/initNames.md"},{"text":"integrate","link":"/api/@weightinit/core/functions/integrate.md"},{"text":"isDType","link":"/api/@weightinit/core/functions/isDType.md"},{"text":"isNamedLayout","link":"/api/@weightinit/core/functions/isNamedLayout.md"},{"text":"isStructuredPlan","link":"/api/@weightinit/core/functions/isStructuredPlan.md"},{"text":"log1p64","link":"/api/@weightinit/core/functions/log1p64.md"},{"text":"log32","link":"/api/@weightinit/core/functions/log32.md"},{"text":"log64","link":"/api/@weightinit/core/functions/log64.md"},{"text":"normalCdf","link":"/api/@weightinit/core/functions/normalCdf.md"},{"text":"normalizeSeed","link":"/api/@weightinit/core/functions/normalizeSeed.md"},{"text":"normalizeSpec","link":"/api/@weightinit/core/functions/normalizeSpec.md"},{"text":"normalPdf","link":"/api/@weightinit/core/functions/normalPdf.md"},{"text":"normalQuantile","link":"/api/@weightinit/core/functions/normalQuantile.md"},{"text":"normalSurvival","link":"/api/@weightinit/core/functions/normalSurvival.md"},{"text":"numericGain","link":"/api/@weightinit/core/functions/numericGain.md"},{"text":"orthogonalMatrix","link":"/api/@weightinit/core/functions/orthogonalMatrix.md"},{"text":"outputArray","link":"/api/@weightinit/core/functions/outputArray.md"},{"text":"parseDType","link":"/api/@weightinit/core/functions/parseDType.md"},{"text":"philox4x32","link":"/api/@weightinit/core/functions/philox4x32.md"},{"text":"philoxBlocks","link":"/api/@weightinit/core/functions/philoxBlocks.md"},{"text":"plan","link":"/api/@weightinit/core/functions/plan.md"},{"text":"prepareTruncatedNormal","link":"/api/@weightinit/core/functions/prepareTruncatedNormal.md"},{"text":"quantile64","link":"/api/@weightinit/core/functions/quantile64.md"},{"text":"randomBits","link":"/api/@weightinit/core/functions/randomBits.md"},{"text":"resolveAxesLayout","link":"/api/@weightinit/core/functions/resolveAxesLayout.md"},{"text":"resolveLayout","link":"/api/@weightinit/core/functions/resolveLayout.md"},{"text":"resolveName","link":"/api/@weightinit/core/functions/resolveName.md"},{"text":"sample","link":"/api/@weightinit/core/functions/sample.md"},{"text":"sampleStructured","link":"/api/@weightinit/core/functions/sampleStructured.md"},{"text":"sampleTensor","link":"/api/@weightinit/core/functions/sampleTensor.md"},{"text":"scalingDistribution","link":"/api/@weightinit/core/functions/scalingDistribution.md"},{"text":"selectEngine","link":"/api/@weightinit/core/functions/selectEngine.md"},{"text":"simdSupported","link":"/api/@weightinit/core/functions/simdSupported.md"},{"text":"sincosTurn32","link":"/api/@weightinit/core/functions/sincosTurn32.md"},{"text":"sincosTurn64","link":"/api/@weightinit/core/functions/sincosTurn64.md"},{"text":"solveTruncatedSigma","link":"/api/@weightinit/core/functions/solveTruncatedSigma.md"},{"text":"suggestion","link":"/api/@weightinit/core/functions/suggestion.md"},{"text":"tanh64","link":"/api/@weightinit/core/functions/tanh64.md"},{"text":"toKerasConfig","link":"/api/@weightinit/core/functions/toKerasConfig.md"},{"text":"truncatedNormalMoments","link":"/api/@weightinit/core/functions/truncatedNormalMoments.md"},{"text":"u24","link":"/api/@weightinit/core/functions/u24.md"},{"text":"u24Open","link":"/api/@weightinit/core/functions/u24Open.md"},{"text":"u53","link":"/api/@weightinit/core/functions/u53.md"},{"text":"u53Open","link":"/api/@weightinit/core/functions/u53Open.md"},{"text":"validateShape","link":"/api/@weightinit/core/functions/validateShape.md"},{"text":"varianceScalingPreset","link":"/api/@weightinit/core/functions/varianceScalingPreset.md"}]}]},{"text":"@weightinit/onnx","link":"/api/@weightinit/onnx/","collapsed":true,"items":[{"text":"Enumerations","collapsed":true,"items":[{"text":"AttributeProto_AttributeType","link":"/api/@weightinit/onnx/enumerations/AttributeProto_AttributeType.md"},{"text":"TensorProto_DataLocation","link":"/api/@weightinit/onnx/enumerations/TensorProto_DataLocation.md"},{"text":"TensorProto_DataType","link":"/api/@weightinit/onnx/enumerations/TensorProto_DataType.md"}]},{"text":"Classes","collapsed":true,"items":[{"text":"GraphIndex","link":"/api/@weightinit/onnx/classes/GraphIndex.md"}]},{"text":"Interfaces","collapsed":true,"items":[{"text":"ActivationInfo","link":"/api/@weightinit/onnx/interfaces/ActivationInfo.md"},{"text":"BlockInfo","link":"/api/@weightinit/onnx/interfaces/BlockInfo.md"},{"text":"DecodeOptions","link":"/api/@weightinit/onnx/interfaces/DecodeOptions.md"},{"text":"EncodeOptions","link":"/api/@weightinit/onnx/interfaces/EncodeOptions.md"},{"text":"ExternalDataOptions","link":"/api/@weightinit/onnx/interfaces/ExternalDataOptions.md"},{"text":"ExternalDataRef","link":"/api/@weightinit/onnx/interfaces/ExternalDataRef.md"},{"text":"FanView","link":"/api/@weightinit/onnx/interfaces/FanView.md"},{"text":"FeedOptions","link":"/api/@weightinit/onnx/interfaces/FeedOptions.md"},{"text":"FileToWrite","link":"/api/@weightinit/onnx/interfaces/FileToWrite.md"},{"text":"FillProgram","link":"/api/@weightinit/onnx/interfaces/FillProgram.md"},{"text":"GateInfo","link":"/api/@weightinit/onnx/interfaces/GateInfo.md"},{"text":"GraphSite","link":"/api/@weightinit/onnx/interfaces/GraphSite.md"},{"text":"InitChoice","link":"/api/@weightinit/onnx/interfaces/InitChoice.md"},{"text":"LsuvLayer","link":"/api/@weightinit/onnx/interfaces/LsuvLayer.md"},{"text":"LsuvOptions","link":"/api/@weightinit/onnx/interfaces/LsuvOptions.md"},{"text":"LsuvReport","link":"/api/@weightinit/onnx/interfaces/LsuvReport.md"},{"text":"ModelAnalysis","link":"/api/@weightinit/onnx/interfaces/ModelAnalysis.md"},{"text":"ModelSites","link":"/api/@weightinit/onnx/interfaces/ModelSites.md"},{"text":"OnnxDataTypeInfo","link":"/api/@weightinit/onnx/interfaces/OnnxDataTypeInfo.md"},{"text":"OnnxModel","link":"/api/@weightinit/onnx/interfaces/OnnxModel.md"},{"text":"OrtModule","link":"/api/@weightinit/onnx/interfaces/OrtModule.md"},{"text":"OrtSession","link":"/api/@weightinit/onnx/interfaces/OrtSession.md"},{"text":"OrtTensor","link":"/api/@weightinit/onnx/interfaces/OrtTensor.md"},{"text":"OrtValueMetadata","link":"/api/@weightinit/onnx/interfaces/OrtValueMetadata.md"},{"text":"OutputPlan","link":"/api/@weightinit/onnx/interfaces/OutputPlan.md"},{"text":"PatchOptions","link":"/api/@weightinit/onnx/interfaces/PatchOptions.md"},{"text":"PatchReport","link":"/api/@weightinit/onnx/interfaces/PatchReport.md"},{"text":"PatchResult","link":"/api/@weightinit/onnx/interfaces/PatchResult.md"},{"text":"PreparedPatch","link":"/api/@weightinit/onnx/interfaces/PreparedPatch.md"},{"text":"RecipeConfig","link":"/api/@weightinit/onnx/interfaces/RecipeConfig.md"},{"text":"RecipeOptions","link":"/api/@weightinit/onnx/interfaces/RecipeOptions.md"},{"text":"Rule","link":"/api/@weightinit/onnx/interfaces/Rule.md"},{"text":"SaveOptions","link":"/api/@weightinit/onnx/interfaces/SaveOptions.md"},{"text":"SaveResult","link":"/api/@weightinit/onnx/interfaces/SaveResult.md"},{"text":"TensorAnalysis","link":"/api/@weightinit/onnx/interfaces/TensorAnalysis.md"},{"text":"TensorEdit","link":"/api/@weightinit/onnx/interfaces/TensorEdit.md"},{"text":"TensorReport","link":"/api/@weightinit/onnx/interfaces/TensorReport.md"},{"text":"TensorSite","link":"/api/@weightinit/onnx/interfaces/TensorSite.md"},{"text":"TensorSlot","link":"/api/@weightinit/onnx/interfaces/TensorSlot.md"},{"text":"TensorView","link":"/api/@weightinit/onnx/interfaces/TensorView.md"},{"text":"TerminalUse","link":"/api/@weightinit/onnx/interfaces/TerminalUse.md"},{"text":"TransferPlan","link":"/api/@weightinit/onnx/interfaces/TransferPlan.md"},{"text":"Use","link":"/api/@weightinit/onnx/interfaces/Use.md"},{"text":"UseAnalysis","link":"/api/@weightinit/onnx/interfaces/UseAnalysis.md"},{"text":"UseClass","link":"/api/@weightinit/onnx/interfaces/UseClass.md"},{"text":"ValueReport","link":"/api/@weightinit/onnx/interfaces/ValueReport.md"},{"text":"ValueStats","link":"/api/@weightinit/onnx/interfaces/ValueStats.md"},{"text":"VerifyOptions","link":"/api/@weightinit/onnx/interfaces/VerifyOptions.md"},{"text":"VerifyReport","link":"/api/@weightinit/onnx/interfaces/VerifyReport.md"}]},{"text":"Type Aliases","collapsed":true,"items":[{"text":"AttributeProto","link":"/api/@weightinit/onnx/type-aliases/AttributeProto.md"},{"text":"Definition","link":"/api/@weightinit/onnx/type-aliases/Definition.md"},{"text":"FeedValue","link":"/api/@weightinit/onnx/type-aliases/FeedValue.md"},{"text":"FillLayout","link":"/api/@weightinit/onnx/type-aliases/FillLayout.md"},{"text":"GraphProto","link":"/api/@weightinit/onnx/type-aliases/GraphProto.md"},{"text":"ModelProto","link":"/api/@weightinit/onnx/type-aliases/ModelProto.md"},{"text":"NodeProto","link":"/api/@weightinit/onnx/type-aliases/NodeProto.md"},{"text":"OnnxDataTypeName","link":"/api/@weightinit/onnx/type-aliases/OnnxDataTypeName.md"},{"text":"OperatorSetIdProto","link":"/api/@weightinit/onnx/type-aliases/OperatorSetIdProto.md"},{"text":"OrtTensorType","link":"/api/@weightinit/onnx/type-aliases/OrtTensorType.md"},{"text":"OutputAction","link":"/api/@weightinit/onnx/type-aliases/OutputAction.md"},{"text":"PatchAction","link":"/api/@weightinit/onnx/type-aliases/PatchAction.md"},{"text":"RecipeAnswer","link":"/api/@weightinit/onnx/type-aliases/RecipeAnswer.md"},{"text":"RecipeName","link":"/api/@weightinit/onnx/type-aliases/RecipeName.md"},{"text":"Role","link":"/api/@weightinit/onnx/type-aliases/Role.md"},{"text":"SparseTensorProto","link":"/api/@weightinit/onnx/type-aliases/SparseTensorProto.md"},{"text":"StringStringEntryProto","link":"/api/@weightinit/onnx/type-aliases/StringStringEntryProto.md"},{"text":"TensorKind","link":"/api/@weightinit/onnx/type-aliases/TensorKind.md"},{"text":"TensorProto","link":"/api/@weightinit/onnx/type-aliases/TensorProto.md"},{"text":"TensorShapeProto","link":"/api/@weightinit/onnx/type-aliases/TensorShapeProto.md"},{"text":"TensorStorage","link":"/api/@weightinit/onnx/type-aliases/TensorStorage.md"},{"text":"TypedField","link":"/api/@weightinit/onnx/type-aliases/TypedField.md"},{"text":"TypeProto","link":"/api/@weightinit/onnx/type-aliases/TypeProto.md"},{"text":"ValueInfoProto","link":"/api/@weightinit/onnx/type-aliases/ValueInfoProto.md"}]},{"text":"Variables","collapsed":true,"items":[{"text":"AttributeProtoSchema","link":"/api/@weightinit/onnx/variables/AttributeProtoSchema.md"},{"text":"GraphProtoSchema","link":"/api/@weightinit/onnx/variables/GraphProtoSchema.md"},{"text":"MAX_PROTOBUF_BYTES","link":"/api/@weightinit/onnx/variables/MAX_PROTOBUF_BYTES.md"},{"text":"ModelProtoSchema","link":"/api/@weightinit/onnx/variables/ModelProtoSchema.md"},{"text":"nodeAttributes","link":"/api/@weightinit/onnx/variables/nodeAttributes.md"},{"text":"NodeProtoSchema","link":"/api/@weightinit/onnx/variables/NodeProtoSchema.md"},{"text":"onnxDataTypes","link":"/api/@weightinit/onnx/variables/onnxDataTypes.md"},{"text":"OperatorSetIdProtoSchema","link":"/api/@weightinit/onnx/variables/OperatorSetIdProtoSchema.md"},{"text":"recipeNames","link":"/api/@weightinit/onnx/variables/recipeNames.md"},{"text":"roles","link":"/api/@weightinit/onnx/variables/roles.md"},{"text":"SparseTensorProtoSchema","link":"/api/@weightinit/onnx/variables/SparseTensorProtoSchema.md"},{"text":"StringStringEntryProtoSchema","link":"/api/@weightinit/onnx/variables/StringStringEntryProtoSchema.md"},{"text":"TensorProtoSchema","link":"/api/@weightinit/onnx/variables/TensorProtoSchema.md"},{"text":"ValueInfoProtoSchema","link":"/api/@weightinit/onnx/variables/ValueInfoProtoSchema.md"}]},{"text":"Functions","collapsed":true,"items":[{"text":"analyze","link":"/api/@weightinit/onnx/functions/analyze.md"},{"text":"autoRecipe","link":"/api/@weightinit/onnx/functions/autoRecipe.md"},{"text":"checkExternalLocation","link":"/api/@weightinit/onnx/functions/checkExternalLocation.md"},{"text":"checkExternalRange","link":"/api/@weightinit/onnx/functions/checkExternalRange.md"},{"text":"checkModel","link":"/api/@weightinit/onnx/functions/checkModel.md"},{"text":"checkTensorData","link":"/api/@weightinit/onnx/functions/checkTensorData.md"},{"text":"choose","link":"/api/@weightinit/onnx/functions/choose.md"},{"text":"classifyUse","link":"/api/@weightinit/onnx/functions/classifyUse.md"},{"text":"createSession","link":"/api/@weightinit/onnx/functions/createSession.md"},{"text":"dataTypeInfo","link":"/api/@weightinit/onnx/functions/dataTypeInfo.md"},{"text":"decodeModel","link":"/api/@weightinit/onnx/functions/decodeModel.md"},{"text":"einsumAxes","link":"/api/@weightinit/onnx/functions/einsumAxes.md"},{"text":"encodeForRuntime","link":"/api/@weightinit/onnx/functions/encodeForRuntime.md"},{"text":"encodeModel","link":"/api/@weightinit/onnx/functions/encodeModel.md"},{"text":"encodeValues","link":"/api/@weightinit/onnx/functions/encodeValues.md"},{"text":"encodeWithPlan","link":"/api/@weightinit/onnx/functions/encodeWithPlan.md"},{"text":"externalDataOf","link":"/api/@weightinit/onnx/functions/externalDataOf.md"},{"text":"fansOf","link":"/api/@weightinit/onnx/functions/fansOf.md"},{"text":"fillTensor","link":"/api/@weightinit/onnx/functions/fillTensor.md"},{"text":"findActivation","link":"/api/@weightinit/onnx/functions/findActivation.md"},{"text":"floatDType","link":"/api/@weightinit/onnx/functions/floatDType.md"},{"text":"followUses","link":"/api/@weightinit/onnx/functions/followUses.md"},{"text":"forgetGateOverrides","link":"/api/@weightinit/onnx/functions/forgetGateOverrides.md"},{"text":"globToRegExp","link":"/api/@weightinit/onnx/functions/globToRegExp.md"},{"text":"kerasRecipe","link":"/api/@weightinit/onnx/functions/kerasRecipe.md"},{"text":"layerValues","link":"/api/@weightinit/onnx/functions/layerValues.md"},{"text":"loadOrt","link":"/api/@weightinit/onnx/functions/loadOrt.md"},{"text":"lsuv","link":"/api/@weightinit/onnx/functions/lsuv.md"},{"text":"matchRule","link":"/api/@weightinit/onnx/functions/matchRule.md"},{"text":"modelFromProto","link":"/api/@weightinit/onnx/functions/modelFromProto.md"},{"text":"onnxDataTypeOf","link":"/api/@weightinit/onnx/functions/onnxDataTypeOf.md"},{"text":"outputTensor","link":"/api/@weightinit/onnx/functions/outputTensor.md"},{"text":"parseRecipeConfig","link":"/api/@weightinit/onnx/functions/parseRecipeConfig.md"},{"text":"parseRule","link":"/api/@weightinit/onnx/functions/parseRule.md"},{"text":"patch","link":"/api/@weightinit/onnx/functions/patch.md"},{"text":"planOutput","link":"/api/@weightinit/onnx/functions/planOutput.md"},{"text":"planPatch","link":"/api/@weightinit/onnx/functions/planPatch.md"},{"text":"planTransfer","link":"/api/@weightinit/onnx/functions/planTransfer.md"},{"text":"preparePatch","link":"/api/@weightinit/onnx/functions/preparePatch.md"},{"text":"randomFeeds","link":"/api/@weightinit/onnx/functions/randomFeeds.md"},{"text":"readExternalBytes","link":"/api/@weightinit/onnx/functions/readExternalBytes.md"},{"text":"readModel","link":"/api/@weightinit/onnx/functions/readModel.md"},{"text":"resizeHeads","link":"/api/@weightinit/onnx/functions/resizeHeads.md"},{"text":"resolveExternalFile","link":"/api/@weightinit/onnx/functions/resolveExternalFile.md"},{"text":"runSession","link":"/api/@weightinit/onnx/functions/runSession.md"},{"text":"saveModel","link":"/api/@weightinit/onnx/functions/saveModel.md"},{"text":"sparseLinearIndices","link":"/api/@weightinit/onnx/functions/sparseLinearIndices.md"},{"text":"swapTensors","link":"/api/@weightinit/onnx/functions/swapTensors.md"},{"text":"tensorBytes","link":"/api/@weightinit/onnx/functions/tensorBytes.md"},{"text":"tensorElementCount","link":"/api/@weightinit/onnx/functions/tensorElementCount.md"},{"text":"tensorLabel","link":"/api/@weightinit/onnx/functions/tensorLabel.md"},{"text":"tensorProgram","link":"/api/@weightinit/onnx/functions/tensorProgram.md"},{"text":"tensorShape","link":"/api/@weightinit/onnx/functions/tensorShape.md"},{"text":"tensorStorage","link":"/api/@weightinit/onnx/functions/tensorStorage.md"},{"text":"tensorValues","link":"/api/@weightinit/onnx/functions/tensorValues.md"},{"text":"torchRecipe","link":"/api/@weightinit/onnx/functions/torchRecipe.md"},{"text":"typedEntries","link":"/api/@weightinit/onnx/functions/typedEntries.md"},{"text":"typedFieldBytes","link":"/api/@weightinit/onnx/functions/typedFieldBytes.md"},{"text":"valueStats","link":"/api/@weightinit/onnx/functions/valueStats.md"},{"text":"verify","link":"/api/@weightinit/onnx/functions/verify.md"},{"text":"walkModel","link":"/api/@weightinit/onnx/functions/walkModel.md"},{"text":"writeAll","link":"/api/@weightinit/onnx/functions/writeAll.md"},{"text":"writeFilesAtomically","link":"/api/@weightinit/onnx/functions/writeFilesAtomically.md"}]}]},{"text":"@weightinit/tfjs","link":"/api/@weightinit/tfjs/","collapsed":true,"items":[{"text":"Classes","collapsed":true,"items":[{"text":"WeightinitInitializer","link":"/api/@weightinit/tfjs/classes/WeightinitInitializer.md"}]},{"text":"Interfaces","collapsed":true,"items":[{"text":"ModelWeight","link":"/api/@weightinit/tfjs/interfaces/ModelWeight.md"},{"text":"RecipeRule","link":"/api/@weightinit/tfjs/interfaces/RecipeRule.md"},{"text":"ReinitializeOptions","link":"/api/@weightinit/tfjs/interfaces/ReinitializeOptions.md"},{"text":"RuleRecipe","link":"/api/@weightinit/tfjs/interfaces/RuleRecipe.md"},{"text":"ToTensorOptions","link":"/api/@weightinit/tfjs/interfaces/ToTensorOptions.md"},{"text":"WeightInit","link":"/api/@weightinit/tfjs/interfaces/WeightInit.md"},{"text":"WeightinitInitializerArgs","link":"/api/@weightinit/tfjs/interfaces/WeightinitInitializerArgs.md"}]},{"text":"Type Aliases","collapsed":true,"items":[{"text":"KnownLayerClass","link":"/api/@weightinit/tfjs/type-aliases/KnownLayerClass.md"},{"text":"LayerKind","link":"/api/@weightinit/tfjs/type-aliases/LayerKind.md"},{"text":"ModelRecipe","link":"/api/@weightinit/tfjs/type-aliases/ModelRecipe.md"},{"text":"NamedInitializerOptions","link":"/api/@weightinit/tfjs/type-aliases/NamedInitializerOptions.md"},{"text":"PresetRecipe","link":"/api/@weightinit/tfjs/type-aliases/PresetRecipe.md"},{"text":"ReinitializedWeight","link":"/api/@weightinit/tfjs/type-aliases/ReinitializedWeight.md"}]},{"text":"Variables","collapsed":true,"items":[{"text":"activationNonlinearities","link":"/api/@weightinit/tfjs/variables/activationNonlinearities.md"},{"text":"initializers","link":"/api/@weightinit/tfjs/variables/initializers.md"},{"text":"layerKinds","link":"/api/@weightinit/tfjs/variables/layerKinds.md"},{"text":"recurrentGates","link":"/api/@weightinit/tfjs/variables/recurrentGates.md"}]},{"text":"Functions","collapsed":true,"items":[{"text":"activationNonlinearity","link":"/api/@weightinit/tfjs/functions/activationNonlinearity.md"},{"text":"layerKind","link":"/api/@weightinit/tfjs/functions/layerKind.md"},{"text":"modelWeights","link":"/api/@weightinit/tfjs/functions/modelWeights.md"},{"text":"presetInit","link":"/api/@weightinit/tfjs/functions/presetInit.md"},{"text":"reinitialize","link":"/api/@weightinit/tfjs/functions/reinitialize.md"},{"text":"toTensor","link":"/api/@weightinit/tfjs/functions/toTensor.md"},{"text":"weightLayout","link":"/api/@weightinit/tfjs/functions/weightLayout.md"}]}]}]},"outline":{"level":[2,3]},"search":{"provider":"local","options":{}},"footer":{"message":"MIT licensed."}},"locales":{},"scrollOffset":134,"cleanUrls":false}'));
function tryOnScopeDispose(fn) {
  if (getCurrentScope()) {
    onScopeDispose(fn);
    return true;
  }
  return false;
}
const localProvidedStateMap = /* @__PURE__ */ new WeakMap();
const injectLocal = (...args) => {
  var _a;
  const key = args[0];
  const instance = (_a = getCurrentInstance()) == null ? void 0 : _a.proxy;
  if (instance == null && !hasInjectionContext())
    throw new Error("injectLocal must be called in setup");
  if (instance && localProvidedStateMap.has(instance) && key in localProvidedStateMap.get(instance))
    return localProvidedStateMap.get(instance)[key];
  return inject(...args);
};
const isClient = typeof window !== "undefined" && typeof document !== "undefined";
typeof WorkerGlobalScope !== "undefined" && globalThis instanceof WorkerGlobalScope;
const notNullish = (val) => val != null;
const toString = Object.prototype.toString;
const isObject = (val) => toString.call(val) === "[object Object]";
const noop = () => {
};
const isIOS = /* @__PURE__ */ getIsIOS();
function getIsIOS() {
  var _a, _b;
  return isClient && ((_a = window == null ? void 0 : window.navigator) == null ? void 0 : _a.userAgent) && (/iP(?:ad|hone|od)/.test(window.navigator.userAgent) || ((_b = window == null ? void 0 : window.navigator) == null ? void 0 : _b.maxTouchPoints) > 2 && /iPad|Macintosh/.test(window == null ? void 0 : window.navigator.userAgent));
}
function createFilterWrapper(filter, fn) {
  function wrapper(...args) {
    return new Promise((resolve, reject) => {
      Promise.resolve(filter(() => fn.apply(this, args), { fn, thisArg: this, args })).then(resolve).catch(reject);
    });
  }
  return wrapper;
}
const bypassFilter = (invoke) => {
  return invoke();
};
function debounceFilter(ms, options = {}) {
  let timer;
  let maxTimer;
  let lastRejector = noop;
  const _clearTimeout = (timer2) => {
    clearTimeout(timer2);
    lastRejector();
    lastRejector = noop;
  };
  let lastInvoker;
  const filter = (invoke) => {
    const duration = toValue(ms);
    const maxDuration = toValue(options.maxWait);
    if (timer)
      _clearTimeout(timer);
    if (duration <= 0 || maxDuration !== void 0 && maxDuration <= 0) {
      if (maxTimer) {
        _clearTimeout(maxTimer);
        maxTimer = null;
      }
      return Promise.resolve(invoke());
    }
    return new Promise((resolve, reject) => {
      lastRejector = options.rejectOnCancel ? reject : resolve;
      lastInvoker = invoke;
      if (maxDuration && !maxTimer) {
        maxTimer = setTimeout(() => {
          if (timer)
            _clearTimeout(timer);
          maxTimer = null;
          resolve(lastInvoker());
        }, maxDuration);
      }
      timer = setTimeout(() => {
        if (maxTimer)
          _clearTimeout(maxTimer);
        maxTimer = null;
        resolve(invoke());
      }, duration);
    });
  };
  return filter;
}
function throttleFilter(...args) {
  let lastExec = 0;
  let timer;
  let isLeading = true;
  let lastRejector = noop;
  let lastValue;
  let ms;
  let trailing;
  let leading;
  let rejectOnCancel;
  if (!isRef(args[0]) && typeof args[0] === "object")
    ({ delay: ms, trailing = true, leading = true, rejectOnCancel = false } = args[0]);
  else
    [ms, trailing = true, leading = true, rejectOnCancel = false] = args;
  const clear = () => {
    if (timer) {
      clearTimeout(timer);
      timer = void 0;
      lastRejector();
      lastRejector = noop;
    }
  };
  const filter = (_invoke) => {
    const duration = toValue(ms);
    const elapsed = Date.now() - lastExec;
    const invoke = () => {
      return lastValue = _invoke();
    };
    clear();
    if (duration <= 0) {
      lastExec = Date.now();
      return invoke();
    }
    if (elapsed > duration && (leading || !isLeading)) {
      lastExec = Date.now();
      invoke();
    } else if (trailing) {
      lastValue = new Promise((resolve, reject) => {
        lastRejector = rejectOnCancel ? reject : resolve;
        timer = setTimeout(() => {
          lastExec = Date.now();
          isLeading = true;
          resolve(invoke());
          clear();
        }, Math.max(0, duration - elapsed));
      });
    }
    if (!leading && !timer)
      timer = setTimeout(() => isLeading = true, duration);
    isLeading = false;
    return lastValue;
  };
  return filter;
}
function pausableFilter(extendFilter = bypassFilter, options = {}) {
  const {
    initialState = "active"
  } = options;
  const isActive2 = toRef(initialState === "active");
  function pause() {
    isActive2.value = false;
  }
  function resume() {
    isActive2.value = true;
  }
  const eventFilter = (...args) => {
    if (isActive2.value)
      extendFilter(...args);
  };
  return { isActive: readonly(isActive2), pause, resume, eventFilter };
}
function pxValue(px) {
  return px.endsWith("rem") ? Number.parseFloat(px) * 16 : Number.parseFloat(px);
}
function getLifeCycleTarget(target) {
  return getCurrentInstance();
}
function toArray(value) {
  return Array.isArray(value) ? value : [value];
}
function toRef(...args) {
  if (args.length !== 1)
    return toRef$1(...args);
  const r = args[0];
  return typeof r === "function" ? readonly(customRef(() => ({ get: r, set: noop }))) : ref(r);
}
function useDebounceFn(fn, ms = 200, options = {}) {
  return createFilterWrapper(
    debounceFilter(ms, options),
    fn
  );
}
function useThrottleFn(fn, ms = 200, trailing = false, leading = true, rejectOnCancel = false) {
  return createFilterWrapper(
    throttleFilter(ms, trailing, leading, rejectOnCancel),
    fn
  );
}
function watchWithFilter(source, cb, options = {}) {
  const {
    eventFilter = bypassFilter,
    ...watchOptions
  } = options;
  return watch(
    source,
    createFilterWrapper(
      eventFilter,
      cb
    ),
    watchOptions
  );
}
function watchPausable(source, cb, options = {}) {
  const {
    eventFilter: filter,
    initialState = "active",
    ...watchOptions
  } = options;
  const { eventFilter, pause, resume, isActive: isActive2 } = pausableFilter(filter, { initialState });
  const stop = watchWithFilter(
    source,
    cb,
    {
      ...watchOptions,
      eventFilter
    }
  );
  return { stop, pause, resume, isActive: isActive2 };
}
function tryOnMounted(fn, sync = true, target) {
  const instance = getLifeCycleTarget();
  if (instance)
    onMounted(fn, target);
  else if (sync)
    fn();
  else
    nextTick(fn);
}
function watchDebounced(source, cb, options = {}) {
  const {
    debounce = 0,
    maxWait = void 0,
    ...watchOptions
  } = options;
  return watchWithFilter(
    source,
    cb,
    {
      ...watchOptions,
      eventFilter: debounceFilter(debounce, { maxWait })
    }
  );
}
function watchImmediate(source, cb, options) {
  return watch(
    source,
    cb,
    {
      ...options,
      immediate: true
    }
  );
}
function computedAsync(evaluationCallback, initialState, optionsOrRef) {
  let options;
  if (isRef(optionsOrRef)) {
    options = {
      evaluating: optionsOrRef
    };
  } else {
    options = {};
  }
  const {
    lazy = false,
    evaluating = void 0,
    shallow = true,
    onError = noop
  } = options;
  const started = shallowRef(!lazy);
  const current = shallow ? shallowRef(initialState) : ref(initialState);
  let counter = 0;
  watchEffect(async (onInvalidate) => {
    if (!started.value)
      return;
    counter++;
    const counterAtBeginning = counter;
    let hasFinished = false;
    if (evaluating) {
      Promise.resolve().then(() => {
        evaluating.value = true;
      });
    }
    try {
      const result = await evaluationCallback((cancelCallback) => {
        onInvalidate(() => {
          if (evaluating)
            evaluating.value = false;
          if (!hasFinished)
            cancelCallback();
        });
      });
      if (counterAtBeginning === counter)
        current.value = result;
    } catch (e) {
      onError(e);
    } finally {
      if (evaluating && counterAtBeginning === counter)
        evaluating.value = false;
      hasFinished = true;
    }
  });
  if (lazy) {
    return computed(() => {
      started.value = true;
      return current.value;
    });
  } else {
    return current;
  }
}
const defaultWindow = isClient ? window : void 0;
function unrefElement(elRef) {
  var _a;
  const plain = toValue(elRef);
  return (_a = plain == null ? void 0 : plain.$el) != null ? _a : plain;
}
function useEventListener(...args) {
  const cleanups = [];
  const cleanup = () => {
    cleanups.forEach((fn) => fn());
    cleanups.length = 0;
  };
  const register = (el, event, listener, options) => {
    el.addEventListener(event, listener, options);
    return () => el.removeEventListener(event, listener, options);
  };
  const firstParamTargets = computed(() => {
    const test = toArray(toValue(args[0])).filter((e) => e != null);
    return test.every((e) => typeof e !== "string") ? test : void 0;
  });
  const stopWatch = watchImmediate(
    () => {
      var _a, _b;
      return [
        (_b = (_a = firstParamTargets.value) == null ? void 0 : _a.map((e) => unrefElement(e))) != null ? _b : [defaultWindow].filter((e) => e != null),
        toArray(toValue(firstParamTargets.value ? args[1] : args[0])),
        toArray(unref(firstParamTargets.value ? args[2] : args[1])),
        // @ts-expect-error - TypeScript gets the correct types, but somehow still complains
        toValue(firstParamTargets.value ? args[3] : args[2])
      ];
    },
    ([raw_targets, raw_events, raw_listeners, raw_options]) => {
      cleanup();
      if (!(raw_targets == null ? void 0 : raw_targets.length) || !(raw_events == null ? void 0 : raw_events.length) || !(raw_listeners == null ? void 0 : raw_listeners.length))
        return;
      const optionsClone = isObject(raw_options) ? { ...raw_options } : raw_options;
      cleanups.push(
        ...raw_targets.flatMap(
          (el) => raw_events.flatMap(
            (event) => raw_listeners.map((listener) => register(el, event, listener, optionsClone))
          )
        )
      );
    },
    { flush: "post" }
  );
  const stop = () => {
    stopWatch();
    cleanup();
  };
  tryOnScopeDispose(cleanup);
  return stop;
}
function useMounted() {
  const isMounted = shallowRef(false);
  const instance = getCurrentInstance();
  if (instance) {
    onMounted(() => {
      isMounted.value = true;
    }, instance);
  }
  return isMounted;
}
function useSupported(callback) {
  const isMounted = useMounted();
  return computed(() => {
    isMounted.value;
    return Boolean(callback());
  });
}
function createKeyPredicate(keyFilter) {
  if (typeof keyFilter === "function")
    return keyFilter;
  else if (typeof keyFilter === "string")
    return (event) => event.key === keyFilter;
  else if (Array.isArray(keyFilter))
    return (event) => keyFilter.includes(event.key);
  return () => true;
}
function onKeyStroke(...args) {
  let key;
  let handler;
  let options = {};
  if (args.length === 3) {
    key = args[0];
    handler = args[1];
    options = args[2];
  } else if (args.length === 2) {
    if (typeof args[1] === "object") {
      key = true;
      handler = args[0];
      options = args[1];
    } else {
      key = args[0];
      handler = args[1];
    }
  } else {
    key = true;
    handler = args[0];
  }
  const {
    target = defaultWindow,
    eventName = "keydown",
    passive = false,
    dedupe = false
  } = options;
  const predicate = createKeyPredicate(key);
  const listener = (e) => {
    if (e.repeat && toValue(dedupe))
      return;
    if (predicate(e))
      handler(e);
  };
  return useEventListener(target, eventName, listener, passive);
}
const ssrWidthSymbol = Symbol("vueuse-ssr-width");
function useSSRWidth() {
  const ssrWidth = hasInjectionContext() ? injectLocal(ssrWidthSymbol, null) : null;
  return typeof ssrWidth === "number" ? ssrWidth : void 0;
}
function useMediaQuery(query, options = {}) {
  const { window: window2 = defaultWindow, ssrWidth = useSSRWidth() } = options;
  const isSupported = useSupported(() => window2 && "matchMedia" in window2 && typeof window2.matchMedia === "function");
  const ssrSupport = shallowRef(typeof ssrWidth === "number");
  const mediaQuery = shallowRef();
  const matches = shallowRef(false);
  const handler = (event) => {
    matches.value = event.matches;
  };
  watchEffect(() => {
    if (ssrSupport.value) {
      ssrSupport.value = !isSupported.value;
      const queryStrings = toValue(query).split(",");
      matches.value = queryStrings.some((queryString) => {
        const not = queryString.includes("not all");
        const minWidth = queryString.match(/\(\s*min-width:\s*(-?\d+(?:\.\d*)?[a-z]+\s*)\)/);
        const maxWidth = queryString.match(/\(\s*max-width:\s*(-?\d+(?:\.\d*)?[a-z]+\s*)\)/);
        let res = Boolean(minWidth || maxWidth);
        if (minWidth && res) {
          res = ssrWidth >= pxValue(minWidth[1]);
        }
        if (maxWidth && res) {
          res = ssrWidth <= pxValue(maxWidth[1]);
        }
        return not ? !res : res;
      });
      return;
    }
    if (!isSupported.value)
      return;
    mediaQuery.value = window2.matchMedia(toValue(query));
    matches.value = mediaQuery.value.matches;
  });
  useEventListener(mediaQuery, "change", handler, { passive: true });
  return computed(() => matches.value);
}
const _global = typeof globalThis !== "undefined" ? globalThis : typeof window !== "undefined" ? window : typeof global !== "undefined" ? global : typeof self !== "undefined" ? self : {};
const globalKey = "__vueuse_ssr_handlers__";
const handlers = /* @__PURE__ */ getHandlers();
function getHandlers() {
  if (!(globalKey in _global))
    _global[globalKey] = _global[globalKey] || {};
  return _global[globalKey];
}
function getSSRHandler(key, fallback) {
  return handlers[key] || fallback;
}
function usePreferredDark(options) {
  return useMediaQuery("(prefers-color-scheme: dark)", options);
}
function guessSerializerType(rawInit) {
  return rawInit == null ? "any" : rawInit instanceof Set ? "set" : rawInit instanceof Map ? "map" : rawInit instanceof Date ? "date" : typeof rawInit === "boolean" ? "boolean" : typeof rawInit === "string" ? "string" : typeof rawInit === "object" ? "object" : !Number.isNaN(rawInit) ? "number" : "any";
}
const StorageSerializers = {
  boolean: {
    read: (v) => v === "true",
    write: (v) => String(v)
  },
  object: {
    read: (v) => JSON.parse(v),
    write: (v) => JSON.stringify(v)
  },
  number: {
    read: (v) => Number.parseFloat(v),
    write: (v) => String(v)
  },
  any: {
    read: (v) => v,
    write: (v) => String(v)
  },
  string: {
    read: (v) => v,
    write: (v) => String(v)
  },
  map: {
    read: (v) => new Map(JSON.parse(v)),
    write: (v) => JSON.stringify(Array.from(v.entries()))
  },
  set: {
    read: (v) => new Set(JSON.parse(v)),
    write: (v) => JSON.stringify(Array.from(v))
  },
  date: {
    read: (v) => new Date(v),
    write: (v) => v.toISOString()
  }
};
const customStorageEventName = "vueuse-storage";
function useStorage(key, defaults, storage, options = {}) {
  var _a;
  const {
    flush = "pre",
    deep = true,
    listenToStorageChanges = true,
    writeDefaults = true,
    mergeDefaults = false,
    shallow,
    window: window2 = defaultWindow,
    eventFilter,
    onError = (e) => {
      console.error(e);
    },
    initOnMounted
  } = options;
  const data = (shallow ? shallowRef : ref)(typeof defaults === "function" ? defaults() : defaults);
  const keyComputed = computed(() => toValue(key));
  if (!storage) {
    try {
      storage = getSSRHandler("getDefaultStorage", () => {
        var _a2;
        return (_a2 = defaultWindow) == null ? void 0 : _a2.localStorage;
      })();
    } catch (e) {
      onError(e);
    }
  }
  if (!storage)
    return data;
  const rawInit = toValue(defaults);
  const type = guessSerializerType(rawInit);
  const serializer = (_a = options.serializer) != null ? _a : StorageSerializers[type];
  const { pause: pauseWatch, resume: resumeWatch } = watchPausable(
    data,
    () => write(data.value),
    { flush, deep, eventFilter }
  );
  watch(keyComputed, () => update(), { flush });
  if (window2 && listenToStorageChanges) {
    tryOnMounted(() => {
      if (storage instanceof Storage)
        useEventListener(window2, "storage", update, { passive: true });
      else
        useEventListener(window2, customStorageEventName, updateFromCustomEvent);
      if (initOnMounted)
        update();
    });
  }
  if (!initOnMounted)
    update();
  function dispatchWriteEvent(oldValue, newValue) {
    if (window2) {
      const payload = {
        key: keyComputed.value,
        oldValue,
        newValue,
        storageArea: storage
      };
      window2.dispatchEvent(storage instanceof Storage ? new StorageEvent("storage", payload) : new CustomEvent(customStorageEventName, {
        detail: payload
      }));
    }
  }
  function write(v) {
    try {
      const oldValue = storage.getItem(keyComputed.value);
      if (v == null) {
        dispatchWriteEvent(oldValue, null);
        storage.removeItem(keyComputed.value);
      } else {
        const serialized = serializer.write(v);
        if (oldValue !== serialized) {
          storage.setItem(keyComputed.value, serialized);
          dispatchWriteEvent(oldValue, serialized);
        }
      }
    } catch (e) {
      onError(e);
    }
  }
  function read(event) {
    const rawValue = event ? event.newValue : storage.getItem(keyComputed.value);
    if (rawValue == null) {
      if (writeDefaults && rawInit != null)
        storage.setItem(keyComputed.value, serializer.write(rawInit));
      return rawInit;
    } else if (!event && mergeDefaults) {
      const value = serializer.read(rawValue);
      if (typeof mergeDefaults === "function")
        return mergeDefaults(value, rawInit);
      else if (type === "object" && !Array.isArray(value))
        return { ...rawInit, ...value };
      return value;
    } else if (typeof rawValue !== "string") {
      return rawValue;
    } else {
      return serializer.read(rawValue);
    }
  }
  function update(event) {
    if (event && event.storageArea !== storage)
      return;
    if (event && event.key == null) {
      data.value = rawInit;
      return;
    }
    if (event && event.key !== keyComputed.value)
      return;
    pauseWatch();
    try {
      if ((event == null ? void 0 : event.newValue) !== serializer.write(data.value))
        data.value = read(event);
    } catch (e) {
      onError(e);
    } finally {
      if (event)
        nextTick(resumeWatch);
      else
        resumeWatch();
    }
  }
  function updateFromCustomEvent(event) {
    update(event.detail);
  }
  return data;
}
const CSS_DISABLE_TRANS = "*,*::before,*::after{-webkit-transition:none!important;-moz-transition:none!important;-o-transition:none!important;-ms-transition:none!important;transition:none!important}";
function useColorMode(options = {}) {
  const {
    selector = "html",
    attribute = "class",
    initialValue = "auto",
    window: window2 = defaultWindow,
    storage,
    storageKey = "vueuse-color-scheme",
    listenToStorageChanges = true,
    storageRef,
    emitAuto,
    disableTransition = true
  } = options;
  const modes2 = {
    auto: "",
    light: "light",
    dark: "dark",
    ...options.modes || {}
  };
  const preferredDark = usePreferredDark({ window: window2 });
  const system = computed(() => preferredDark.value ? "dark" : "light");
  const store = storageRef || (storageKey == null ? toRef(initialValue) : useStorage(storageKey, initialValue, storage, { window: window2, listenToStorageChanges }));
  const state = computed(() => store.value === "auto" ? system.value : store.value);
  const updateHTMLAttrs = getSSRHandler(
    "updateHTMLAttrs",
    (selector2, attribute2, value) => {
      const el = typeof selector2 === "string" ? window2 == null ? void 0 : window2.document.querySelector(selector2) : unrefElement(selector2);
      if (!el)
        return;
      const classesToAdd = /* @__PURE__ */ new Set();
      const classesToRemove = /* @__PURE__ */ new Set();
      let attributeToChange = null;
      if (attribute2 === "class") {
        const current = value.split(/\s/g);
        Object.values(modes2).flatMap((i) => (i || "").split(/\s/g)).filter(Boolean).forEach((v) => {
          if (current.includes(v))
            classesToAdd.add(v);
          else
            classesToRemove.add(v);
        });
      } else {
        attributeToChange = { key: attribute2, value };
      }
      if (classesToAdd.size === 0 && classesToRemove.size === 0 && attributeToChange === null)
        return;
      let style;
      if (disableTransition) {
        style = window2.document.createElement("style");
        style.appendChild(document.createTextNode(CSS_DISABLE_TRANS));
        window2.document.head.appendChild(style);
      }
      for (const c of classesToAdd) {
        el.classList.add(c);
      }
      for (const c of classesToRemove) {
        el.classList.remove(c);
      }
      if (attributeToChange) {
        el.setAttribute(attributeToChange.key, attributeToChange.value);
      }
      if (disableTransition) {
        window2.getComputedStyle(style).opacity;
        document.head.removeChild(style);
      }
    }
  );
  function defaultOnChanged(mode) {
    var _a;
    updateHTMLAttrs(selector, attribute, (_a = modes2[mode]) != null ? _a : mode);
  }
  function onChanged(mode) {
    if (options.onChanged)
      options.onChanged(mode, defaultOnChanged);
    else
      defaultOnChanged(mode);
  }
  watch(state, onChanged, { flush: "post", immediate: true });
  tryOnMounted(() => onChanged(state.value));
  const auto = computed({
    get() {
      return emitAuto ? store.value : state.value;
    },
    set(v) {
      store.value = v;
    }
  });
  return Object.assign(auto, { store, system, state });
}
function useDark(options = {}) {
  const {
    valueDark = "dark",
    valueLight = ""
  } = options;
  const mode = useColorMode({
    ...options,
    onChanged: (mode2, defaultHandler) => {
      var _a;
      if (options.onChanged)
        (_a = options.onChanged) == null ? void 0 : _a.call(options, mode2 === "dark", defaultHandler, mode2);
      else
        defaultHandler(mode2);
    },
    modes: {
      dark: valueDark,
      light: valueLight
    }
  });
  const system = computed(() => mode.system.value);
  const isDark = computed({
    get() {
      return mode.value === "dark";
    },
    set(v) {
      const modeVal = v ? "dark" : "light";
      if (system.value === modeVal)
        mode.value = "auto";
      else
        mode.value = modeVal;
    }
  });
  return isDark;
}
function resolveElement(el) {
  if (typeof Window !== "undefined" && el instanceof Window)
    return el.document.documentElement;
  if (typeof Document !== "undefined" && el instanceof Document)
    return el.documentElement;
  return el;
}
const ARRIVED_STATE_THRESHOLD_PIXELS = 1;
function useScroll(element, options = {}) {
  const {
    throttle = 0,
    idle = 200,
    onStop = noop,
    onScroll = noop,
    offset = {
      left: 0,
      right: 0,
      top: 0,
      bottom: 0
    },
    eventListenerOptions = {
      capture: false,
      passive: true
    },
    behavior = "auto",
    window: window2 = defaultWindow,
    onError = (e) => {
      console.error(e);
    }
  } = options;
  const internalX = shallowRef(0);
  const internalY = shallowRef(0);
  const x = computed({
    get() {
      return internalX.value;
    },
    set(x2) {
      scrollTo2(x2, void 0);
    }
  });
  const y = computed({
    get() {
      return internalY.value;
    },
    set(y2) {
      scrollTo2(void 0, y2);
    }
  });
  function scrollTo2(_x, _y) {
    var _a, _b, _c, _d;
    if (!window2)
      return;
    const _element = toValue(element);
    if (!_element)
      return;
    (_c = _element instanceof Document ? window2.document.body : _element) == null ? void 0 : _c.scrollTo({
      top: (_a = toValue(_y)) != null ? _a : y.value,
      left: (_b = toValue(_x)) != null ? _b : x.value,
      behavior: toValue(behavior)
    });
    const scrollContainer = ((_d = _element == null ? void 0 : _element.document) == null ? void 0 : _d.documentElement) || (_element == null ? void 0 : _element.documentElement) || _element;
    if (x != null)
      internalX.value = scrollContainer.scrollLeft;
    if (y != null)
      internalY.value = scrollContainer.scrollTop;
  }
  const isScrolling = shallowRef(false);
  const arrivedState = reactive({
    left: true,
    right: false,
    top: true,
    bottom: false
  });
  const directions = reactive({
    left: false,
    right: false,
    top: false,
    bottom: false
  });
  const onScrollEnd = (e) => {
    if (!isScrolling.value)
      return;
    isScrolling.value = false;
    directions.left = false;
    directions.right = false;
    directions.top = false;
    directions.bottom = false;
    onStop(e);
  };
  const onScrollEndDebounced = useDebounceFn(onScrollEnd, throttle + idle);
  const setArrivedState = (target) => {
    var _a;
    if (!window2)
      return;
    const el = ((_a = target == null ? void 0 : target.document) == null ? void 0 : _a.documentElement) || (target == null ? void 0 : target.documentElement) || unrefElement(target);
    const { display, flexDirection, direction } = getComputedStyle(el);
    const directionMultipler = direction === "rtl" ? -1 : 1;
    const scrollLeft = el.scrollLeft;
    directions.left = scrollLeft < internalX.value;
    directions.right = scrollLeft > internalX.value;
    const left = Math.abs(scrollLeft * directionMultipler) <= (offset.left || 0);
    const right = Math.abs(scrollLeft * directionMultipler) + el.clientWidth >= el.scrollWidth - (offset.right || 0) - ARRIVED_STATE_THRESHOLD_PIXELS;
    if (display === "flex" && flexDirection === "row-reverse") {
      arrivedState.left = right;
      arrivedState.right = left;
    } else {
      arrivedState.left = left;
      arrivedState.right = right;
    }
    internalX.value = scrollLeft;
    let scrollTop = el.scrollTop;
    if (target === window2.document && !scrollTop)
      scrollTop = window2.document.body.scrollTop;
    directions.top = scrollTop < internalY.value;
    directions.bottom = scrollTop > internalY.value;
    const top = Math.abs(scrollTop) <= (offset.top || 0);
    const bottom = Math.abs(scrollTop) + el.clientHeight >= el.scrollHeight - (offset.bottom || 0) - ARRIVED_STATE_THRESHOLD_PIXELS;
    if (display === "flex" && flexDirection === "column-reverse") {
      arrivedState.top = bottom;
      arrivedState.bottom = top;
    } else {
      arrivedState.top = top;
      arrivedState.bottom = bottom;
    }
    internalY.value = scrollTop;
  };
  const onScrollHandler = (e) => {
    var _a;
    if (!window2)
      return;
    const eventTarget = (_a = e.target.documentElement) != null ? _a : e.target;
    setArrivedState(eventTarget);
    isScrolling.value = true;
    onScrollEndDebounced(e);
    onScroll(e);
  };
  useEventListener(
    element,
    "scroll",
    throttle ? useThrottleFn(onScrollHandler, throttle, true, false) : onScrollHandler,
    eventListenerOptions
  );
  tryOnMounted(() => {
    try {
      const _element = toValue(element);
      if (!_element)
        return;
      setArrivedState(_element);
    } catch (e) {
      onError(e);
    }
  });
  useEventListener(
    element,
    "scrollend",
    onScrollEnd,
    eventListenerOptions
  );
  return {
    x,
    y,
    isScrolling,
    arrivedState,
    directions,
    measure() {
      const _element = toValue(element);
      if (window2 && _element)
        setArrivedState(_element);
    }
  };
}
function useLocalStorage(key, initialValue, options = {}) {
  const { window: window2 = defaultWindow } = options;
  return useStorage(key, initialValue, window2 == null ? void 0 : window2.localStorage, options);
}
function checkOverflowScroll(ele) {
  const style = window.getComputedStyle(ele);
  if (style.overflowX === "scroll" || style.overflowY === "scroll" || style.overflowX === "auto" && ele.clientWidth < ele.scrollWidth || style.overflowY === "auto" && ele.clientHeight < ele.scrollHeight) {
    return true;
  } else {
    const parent = ele.parentNode;
    if (!parent || parent.tagName === "BODY")
      return false;
    return checkOverflowScroll(parent);
  }
}
function preventDefault(rawEvent) {
  const e = rawEvent || window.event;
  const _target = e.target;
  if (checkOverflowScroll(_target))
    return false;
  if (e.touches.length > 1)
    return true;
  if (e.preventDefault)
    e.preventDefault();
  return false;
}
const elInitialOverflow = /* @__PURE__ */ new WeakMap();
function useScrollLock(element, initialState = false) {
  const isLocked = shallowRef(initialState);
  let stopTouchMoveListener = null;
  let initialOverflow = "";
  watch(toRef(element), (el) => {
    const target = resolveElement(toValue(el));
    if (target) {
      const ele = target;
      if (!elInitialOverflow.get(ele))
        elInitialOverflow.set(ele, ele.style.overflow);
      if (ele.style.overflow !== "hidden")
        initialOverflow = ele.style.overflow;
      if (ele.style.overflow === "hidden")
        return isLocked.value = true;
      if (isLocked.value)
        return ele.style.overflow = "hidden";
    }
  }, {
    immediate: true
  });
  const lock = () => {
    const el = resolveElement(toValue(element));
    if (!el || isLocked.value)
      return;
    if (isIOS) {
      stopTouchMoveListener = useEventListener(
        el,
        "touchmove",
        (e) => {
          preventDefault(e);
        },
        { passive: false }
      );
    }
    el.style.overflow = "hidden";
    isLocked.value = true;
  };
  const unlock = () => {
    const el = resolveElement(toValue(element));
    if (!el || !isLocked.value)
      return;
    if (isIOS)
      stopTouchMoveListener == null ? void 0 : stopTouchMoveListener();
    el.style.overflow = initialOverflow;
    elInitialOverflow.delete(el);
    isLocked.value = false;
  };
  tryOnScopeDispose(unlock);
  return computed({
    get() {
      return isLocked.value;
    },
    set(v) {
      if (v)
        lock();
      else unlock();
    }
  });
}
function useSessionStorage(key, initialValue, options = {}) {
  const { window: window2 = defaultWindow } = options;
  return useStorage(key, initialValue, window2 == null ? void 0 : window2.sessionStorage, options);
}
function useWindowScroll(options = {}) {
  const { window: window2 = defaultWindow, ...rest } = options;
  return useScroll(window2, rest);
}
function useWindowSize(options = {}) {
  const {
    window: window2 = defaultWindow,
    initialWidth = Number.POSITIVE_INFINITY,
    initialHeight = Number.POSITIVE_INFINITY,
    listenOrientation = true,
    includeScrollbar = true,
    type = "inner"
  } = options;
  const width = shallowRef(initialWidth);
  const height = shallowRef(initialHeight);
  const update = () => {
    if (window2) {
      if (type === "outer") {
        width.value = window2.outerWidth;
        height.value = window2.outerHeight;
      } else if (type === "visual" && window2.visualViewport) {
        const { width: visualViewportWidth, height: visualViewportHeight, scale } = window2.visualViewport;
        width.value = Math.round(visualViewportWidth * scale);
        height.value = Math.round(visualViewportHeight * scale);
      } else if (includeScrollbar) {
        width.value = window2.innerWidth;
        height.value = window2.innerHeight;
      } else {
        width.value = window2.document.documentElement.clientWidth;
        height.value = window2.document.documentElement.clientHeight;
      }
    }
  };
  update();
  tryOnMounted(update);
  const listenerOptions = { passive: true };
  useEventListener("resize", update, listenerOptions);
  if (window2 && type === "visual" && window2.visualViewport) {
    useEventListener(window2.visualViewport, "resize", update, listenerOptions);
  }
  if (listenOrientation) {
    const matches = useMediaQuery("(orientation: portrait)");
    watch(matches, () => update());
  }
  return { width, height };
}
const __vite_import_meta_env__ = {};
const EXTERNAL_URL_RE = /^(?:[a-z]+:|\/\/)/i;
const APPEARANCE_KEY = "vitepress-theme-appearance";
const HASH_RE = /#.*$/;
const HASH_OR_QUERY_RE = /[?#].*$/;
const INDEX_OR_EXT_RE = /(?:(^|\/)index)?\.(?:md|html)$/;
const inBrowser = typeof document !== "undefined";
const notFoundPageData = {
  relativePath: "404.md",
  filePath: "",
  title: "404",
  description: "Not Found",
  headers: [],
  frontmatter: { sidebar: false, layout: "page" },
  lastUpdated: 0,
  isNotFound: true
};
function isActive(currentPath, matchPath, asRegex = false) {
  if (matchPath === void 0) {
    return false;
  }
  currentPath = normalize$1(`/${currentPath}`);
  if (asRegex) {
    return new RegExp(matchPath).test(currentPath);
  }
  if (normalize$1(matchPath) !== currentPath) {
    return false;
  }
  const hashMatch = matchPath.match(HASH_RE);
  if (hashMatch) {
    return (inBrowser ? location.hash : "") === hashMatch[0];
  }
  return true;
}
function normalize$1(path) {
  return decodeURI(path).replace(HASH_OR_QUERY_RE, "").replace(INDEX_OR_EXT_RE, "$1");
}
function isExternal(path) {
  return EXTERNAL_URL_RE.test(path);
}
function getLocaleForPath(siteData2, relativePath) {
  return Object.keys((siteData2 == null ? void 0 : siteData2.locales) || {}).find((key) => key !== "root" && !isExternal(key) && isActive(relativePath, `/${key}/`, true)) || "root";
}
function resolveSiteDataByRoute(siteData2, relativePath) {
  var _a, _b, _c, _d, _e, _f, _g;
  const localeIndex = getLocaleForPath(siteData2, relativePath);
  return Object.assign({}, siteData2, {
    localeIndex,
    lang: ((_a = siteData2.locales[localeIndex]) == null ? void 0 : _a.lang) ?? siteData2.lang,
    dir: ((_b = siteData2.locales[localeIndex]) == null ? void 0 : _b.dir) ?? siteData2.dir,
    title: ((_c = siteData2.locales[localeIndex]) == null ? void 0 : _c.title) ?? siteData2.title,
    titleTemplate: ((_d = siteData2.locales[localeIndex]) == null ? void 0 : _d.titleTemplate) ?? siteData2.titleTemplate,
    description: ((_e = siteData2.locales[localeIndex]) == null ? void 0 : _e.description) ?? siteData2.description,
    head: mergeHead(siteData2.head, ((_f = siteData2.locales[localeIndex]) == null ? void 0 : _f.head) ?? []),
    themeConfig: {
      ...siteData2.themeConfig,
      ...(_g = siteData2.locales[localeIndex]) == null ? void 0 : _g.themeConfig
    }
  });
}
function createTitle(siteData2, pageData) {
  const title = pageData.title || siteData2.title;
  const template = pageData.titleTemplate ?? siteData2.titleTemplate;
  if (typeof template === "string" && template.includes(":title")) {
    return template.replace(/:title/g, title);
  }
  const templateString = createTitleTemplate(siteData2.title, template);
  if (title === templateString.slice(3)) {
    return title;
  }
  return `${title}${templateString}`;
}
function createTitleTemplate(siteTitle, template) {
  if (template === false) {
    return "";
  }
  if (template === true || template === void 0) {
    return ` | ${siteTitle}`;
  }
  if (siteTitle === template) {
    return "";
  }
  return ` | ${template}`;
}
function hasTag(head, tag) {
  const [tagType, tagAttrs] = tag;
  if (tagType !== "meta")
    return false;
  const keyAttr = Object.entries(tagAttrs)[0];
  if (keyAttr == null)
    return false;
  return head.some(([type, attrs]) => type === tagType && attrs[keyAttr[0]] === keyAttr[1]);
}
function mergeHead(prev, curr) {
  return [...prev.filter((tagAttrs) => !hasTag(curr, tagAttrs)), ...curr];
}
const INVALID_CHAR_REGEX = /[\u0000-\u001F"#$&*+,:;<=>?[\]^`{|}\u007F]/g;
const DRIVE_LETTER_REGEX = /^[a-z]:/i;
function sanitizeFileName(name) {
  const match = DRIVE_LETTER_REGEX.exec(name);
  const driveLetter = match ? match[0] : "";
  return driveLetter + name.slice(driveLetter.length).replace(INVALID_CHAR_REGEX, "_").replace(/(^|\/)_+(?=[^/]*$)/, "$1");
}
const KNOWN_EXTENSIONS = /* @__PURE__ */ new Set();
function treatAsHtml(filename) {
  var _a;
  if (KNOWN_EXTENSIONS.size === 0) {
    const extraExts = typeof process === "object" && ((_a = process.env) == null ? void 0 : _a.VITE_EXTRA_EXTENSIONS) || (__vite_import_meta_env__ == null ? void 0 : __vite_import_meta_env__.VITE_EXTRA_EXTENSIONS) || "";
    ("3g2,3gp,aac,ai,apng,au,avif,bin,bmp,cer,class,conf,crl,css,csv,dll,doc,eps,epub,exe,gif,gz,ics,ief,jar,jpe,jpeg,jpg,js,json,jsonld,m4a,man,mid,midi,mjs,mov,mp2,mp3,mp4,mpe,mpeg,mpg,mpp,oga,ogg,ogv,ogx,opus,otf,p10,p7c,p7m,p7s,pdf,png,ps,qt,roff,rtf,rtx,ser,svg,t,tif,tiff,tr,ts,tsv,ttf,txt,vtt,wav,weba,webm,webp,woff,woff2,xhtml,xml,yaml,yml,zip" + (extraExts && typeof extraExts === "string" ? "," + extraExts : "")).split(",").forEach((ext2) => KNOWN_EXTENSIONS.add(ext2));
  }
  const ext = filename.split(".").pop();
  return ext == null || !KNOWN_EXTENSIONS.has(ext.toLowerCase());
}
function escapeRegExp(str) {
  return str.replace(/[|\\{}()[\]^$+*?.]/g, "\\$&").replace(/-/g, "\\x2d");
}
const dataSymbol = Symbol();
const siteDataRef = shallowRef(siteData);
function initData(route) {
  const site = computed(() => resolveSiteDataByRoute(siteDataRef.value, route.data.relativePath));
  const appearance = site.value.appearance;
  const isDark = appearance === "force-dark" ? ref(true) : appearance === "force-auto" ? usePreferredDark() : appearance ? useDark({
    storageKey: APPEARANCE_KEY,
    initialValue: () => appearance === "dark" ? "dark" : "auto",
    ...typeof appearance === "object" ? appearance : {}
  }) : ref(false);
  const hashRef = ref(inBrowser ? location.hash : "");
  if (inBrowser) {
    window.addEventListener("hashchange", () => {
      hashRef.value = location.hash;
    });
  }
  watch(() => route.data, () => {
    hashRef.value = inBrowser ? location.hash : "";
  });
  return {
    site,
    theme: computed(() => site.value.themeConfig),
    page: computed(() => route.data),
    frontmatter: computed(() => route.data.frontmatter),
    params: computed(() => route.data.params),
    lang: computed(() => site.value.lang),
    dir: computed(() => route.data.frontmatter.dir || site.value.dir),
    localeIndex: computed(() => site.value.localeIndex || "root"),
    title: computed(() => createTitle(site.value, route.data)),
    description: computed(() => route.data.description || site.value.description),
    isDark,
    hash: computed(() => hashRef.value)
  };
}
function useData$1() {
  const data = inject(dataSymbol);
  if (!data) {
    throw new Error("vitepress data not properly injected in app");
  }
  return data;
}
function joinPath(base, path) {
  return `${base}${path}`.replace(/\/+/g, "/");
}
function withBase(path) {
  return EXTERNAL_URL_RE.test(path) || !path.startsWith("/") ? path : joinPath(siteDataRef.value.base, path);
}
function pathToFile(path) {
  let pagePath = path.replace(/\.html$/, "");
  pagePath = decodeURIComponent(pagePath);
  pagePath = pagePath.replace(/\/$/, "/index");
  {
    if (inBrowser) {
      const base = "/";
      pagePath = sanitizeFileName(pagePath.slice(base.length).replace(/\//g, "_") || "index") + ".md";
      let pageHash = __VP_HASH_MAP__[pagePath.toLowerCase()];
      if (!pageHash) {
        pagePath = pagePath.endsWith("_index.md") ? pagePath.slice(0, -9) + ".md" : pagePath.slice(0, -3) + "_index.md";
        pageHash = __VP_HASH_MAP__[pagePath.toLowerCase()];
      }
      if (!pageHash)
        return null;
      pagePath = `${base}${"assets"}/${pagePath}.${pageHash}.js`;
    } else {
      pagePath = `./${sanitizeFileName(pagePath.slice(1).replace(/\//g, "_"))}.md.js`;
    }
  }
  return pagePath;
}
let contentUpdatedCallbacks = [];
function onContentUpdated(fn) {
  contentUpdatedCallbacks.push(fn);
  onUnmounted(() => {
    contentUpdatedCallbacks = contentUpdatedCallbacks.filter((f) => f !== fn);
  });
}
function getScrollOffset() {
  let scrollOffset = siteDataRef.value.scrollOffset;
  let offset = 0;
  let padding = 24;
  if (typeof scrollOffset === "object" && "padding" in scrollOffset) {
    padding = scrollOffset.padding;
    scrollOffset = scrollOffset.selector;
  }
  if (typeof scrollOffset === "number") {
    offset = scrollOffset;
  } else if (typeof scrollOffset === "string") {
    offset = tryOffsetSelector(scrollOffset, padding);
  } else if (Array.isArray(scrollOffset)) {
    for (const selector of scrollOffset) {
      const res = tryOffsetSelector(selector, padding);
      if (res) {
        offset = res;
        break;
      }
    }
  }
  return offset;
}
function tryOffsetSelector(selector, padding) {
  const el = document.querySelector(selector);
  if (!el)
    return 0;
  const bot = el.getBoundingClientRect().bottom;
  if (bot < 0)
    return 0;
  return bot + padding;
}
const RouterSymbol = Symbol();
const fakeHost = "http://a.com";
const getDefaultRoute = () => ({
  path: "/",
  component: null,
  data: notFoundPageData
});
function createRouter(loadPageModule, fallbackComponent) {
  const route = reactive(getDefaultRoute());
  const router = {
    route,
    go
  };
  async function go(href = inBrowser ? location.href : "/") {
    var _a, _b;
    href = normalizeHref(href);
    if (await ((_a = router.onBeforeRouteChange) == null ? void 0 : _a.call(router, href)) === false)
      return;
    if (inBrowser && href !== normalizeHref(location.href)) {
      history.replaceState({ scrollPosition: window.scrollY }, "");
      history.pushState({}, "", href);
    }
    await loadPage(href);
    await ((_b = router.onAfterRouteChange ?? router.onAfterRouteChanged) == null ? void 0 : _b(href));
  }
  let latestPendingPath = null;
  async function loadPage(href, scrollPosition = 0, isRetry = false) {
    var _a, _b;
    if (await ((_a = router.onBeforePageLoad) == null ? void 0 : _a.call(router, href)) === false)
      return;
    const targetLoc = new URL(href, fakeHost);
    const pendingPath = latestPendingPath = targetLoc.pathname;
    try {
      let page = await loadPageModule(pendingPath);
      if (!page) {
        throw new Error(`Page not found: ${pendingPath}`);
      }
      if (latestPendingPath === pendingPath) {
        latestPendingPath = null;
        const { default: comp, __pageData } = page;
        if (!comp) {
          throw new Error(`Invalid route component: ${comp}`);
        }
        await ((_b = router.onAfterPageLoad) == null ? void 0 : _b.call(router, href));
        route.path = inBrowser ? pendingPath : withBase(pendingPath);
        route.component = markRaw(comp);
        route.data = true ? markRaw(__pageData) : readonly(__pageData);
        if (inBrowser) {
          nextTick(() => {
            let actualPathname = siteDataRef.value.base + __pageData.relativePath.replace(/(?:(^|\/)index)?\.md$/, "$1");
            if (!siteDataRef.value.cleanUrls && !actualPathname.endsWith("/")) {
              actualPathname += ".html";
            }
            if (actualPathname !== targetLoc.pathname) {
              targetLoc.pathname = actualPathname;
              href = actualPathname + targetLoc.search + targetLoc.hash;
              history.replaceState({}, "", href);
            }
            if (targetLoc.hash && !scrollPosition) {
              let target = null;
              try {
                target = document.getElementById(decodeURIComponent(targetLoc.hash).slice(1));
              } catch (e) {
                console.warn(e);
              }
              if (target) {
                scrollTo(target, targetLoc.hash);
                return;
              }
            }
            window.scrollTo(0, scrollPosition);
          });
        }
      }
    } catch (err) {
      if (!/fetch|Page not found/.test(err.message) && !/^\/404(\.html|\/)?$/.test(href)) {
        console.error(err);
      }
      if (!isRetry) {
        try {
          const res = await fetch(siteDataRef.value.base + "hashmap.json");
          window.__VP_HASH_MAP__ = await res.json();
          await loadPage(href, scrollPosition, true);
          return;
        } catch (e) {
        }
      }
      if (latestPendingPath === pendingPath) {
        latestPendingPath = null;
        route.path = inBrowser ? pendingPath : withBase(pendingPath);
        route.component = fallbackComponent ? markRaw(fallbackComponent) : null;
        const relativePath = inBrowser ? pendingPath.replace(/(^|\/)$/, "$1index").replace(/(\.html)?$/, ".md").replace(/^\//, "") : "404.md";
        route.data = { ...notFoundPageData, relativePath };
      }
    }
  }
  if (inBrowser) {
    if (history.state === null) {
      history.replaceState({}, "");
    }
    window.addEventListener("click", (e) => {
      if (e.defaultPrevented || !(e.target instanceof Element) || e.target.closest("button") || // temporary fix for docsearch action buttons
      e.button !== 0 || e.ctrlKey || e.shiftKey || e.altKey || e.metaKey)
        return;
      const link2 = e.target.closest("a");
      if (!link2 || link2.closest(".vp-raw") || link2.hasAttribute("download") || link2.hasAttribute("target"))
        return;
      const linkHref = link2.getAttribute("href") ?? (link2 instanceof SVGAElement ? link2.getAttribute("xlink:href") : null);
      if (linkHref == null)
        return;
      const { href, origin, pathname, hash, search } = new URL(linkHref, link2.baseURI);
      const currentUrl = new URL(location.href);
      if (origin === currentUrl.origin && treatAsHtml(pathname)) {
        e.preventDefault();
        if (pathname === currentUrl.pathname && search === currentUrl.search) {
          if (hash !== currentUrl.hash) {
            history.pushState({}, "", href);
            window.dispatchEvent(new HashChangeEvent("hashchange", {
              oldURL: currentUrl.href,
              newURL: href
            }));
          }
          if (hash) {
            scrollTo(link2, hash, link2.classList.contains("header-anchor"));
          } else {
            window.scrollTo(0, 0);
          }
        } else {
          go(href);
        }
      }
    }, { capture: true });
    window.addEventListener("popstate", async (e) => {
      var _a;
      if (e.state === null)
        return;
      const href = normalizeHref(location.href);
      await loadPage(href, e.state && e.state.scrollPosition || 0);
      await ((_a = router.onAfterRouteChange ?? router.onAfterRouteChanged) == null ? void 0 : _a(href));
    });
    window.addEventListener("hashchange", (e) => {
      e.preventDefault();
    });
  }
  return router;
}
function useRouter() {
  const router = inject(RouterSymbol);
  if (!router) {
    throw new Error("useRouter() is called without provider.");
  }
  return router;
}
function useRoute() {
  return useRouter().route;
}
function scrollTo(el, hash, smooth = false) {
  let target = null;
  try {
    target = el.classList.contains("header-anchor") ? el : document.getElementById(decodeURIComponent(hash).slice(1));
  } catch (e) {
    console.warn(e);
  }
  if (target) {
    let scrollToTarget = function() {
      if (!smooth || Math.abs(targetTop - window.scrollY) > window.innerHeight)
        window.scrollTo(0, targetTop);
      else
        window.scrollTo({ left: 0, top: targetTop, behavior: "smooth" });
    };
    const targetPadding = parseInt(window.getComputedStyle(target).paddingTop, 10);
    const targetTop = window.scrollY + target.getBoundingClientRect().top - getScrollOffset() + targetPadding;
    requestAnimationFrame(scrollToTarget);
  }
}
function normalizeHref(href) {
  const url = new URL(href, fakeHost);
  url.pathname = url.pathname.replace(/(^|\/)index(\.html)?$/, "$1");
  if (siteDataRef.value.cleanUrls)
    url.pathname = url.pathname.replace(/\.html$/, "");
  else if (!url.pathname.endsWith("/") && !url.pathname.endsWith(".html"))
    url.pathname += ".html";
  return url.pathname + url.search + url.hash;
}
const runCbs = () => contentUpdatedCallbacks.forEach((fn) => fn());
const Content = defineComponent({
  name: "VitePressContent",
  props: {
    as: { type: [Object, String], default: "div" }
  },
  setup(props) {
    const route = useRoute();
    const { frontmatter, site } = useData$1();
    watch(frontmatter, runCbs, { deep: true, flush: "post" });
    return () => h(props.as, site.value.contentProps ?? { style: { position: "relative" } }, [
      route.component ? h(route.component, {
        onVnodeMounted: runCbs,
        onVnodeUpdated: runCbs,
        onVnodeUnmounted: runCbs
      }) : "404 Page Not Found"
    ]);
  }
});
const _sfc_main$1c = /* @__PURE__ */ defineComponent({
  __name: "VPBackdrop",
  __ssrInlineRender: true,
  props: {
    show: { type: Boolean }
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      if (__props.show) {
        _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPBackdrop" }, _attrs))} data-v-354d16c7></div>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$1c = _sfc_main$1c.setup;
_sfc_main$1c.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPBackdrop.vue");
  return _sfc_setup$1c ? _sfc_setup$1c(props, ctx) : void 0;
};
const VPBackdrop = /* @__PURE__ */ _export_sfc(_sfc_main$1c, [["__scopeId", "data-v-354d16c7"]]);
const useData = useData$1;
function throttleAndDebounce(fn, delay) {
  let timeoutId;
  let called = false;
  return () => {
    if (timeoutId)
      clearTimeout(timeoutId);
    if (!called) {
      fn();
      (called = true) && setTimeout(() => called = false, delay);
    } else
      timeoutId = setTimeout(fn, delay);
  };
}
function ensureStartingSlash(path) {
  return path.startsWith("/") ? path : `/${path}`;
}
function normalizeLink$1(url) {
  const { pathname, search, hash, protocol } = new URL(url, "http://a.com");
  if (isExternal(url) || url.startsWith("#") || !protocol.startsWith("http") || !treatAsHtml(pathname))
    return url;
  const { site } = useData();
  const normalizedPath = pathname.endsWith("/") || pathname.endsWith(".html") ? url : url.replace(/(?:(^\.+)\/)?.*$/, `$1${pathname.replace(/(\.md)?$/, site.value.cleanUrls ? "" : ".html")}${search}${hash}`);
  return withBase(normalizedPath);
}
function useLangs({ correspondingLink = false } = {}) {
  const { site, localeIndex, page, theme: theme2, hash } = useData();
  const currentLang = computed(() => {
    var _a, _b;
    return {
      label: (_a = site.value.locales[localeIndex.value]) == null ? void 0 : _a.label,
      link: ((_b = site.value.locales[localeIndex.value]) == null ? void 0 : _b.link) || (localeIndex.value === "root" ? "/" : `/${localeIndex.value}/`)
    };
  });
  const localeLinks = computed(() => Object.entries(site.value.locales).flatMap(([key, value]) => currentLang.value.label === value.label ? [] : {
    text: value.label,
    link: normalizeLink(value.link || (key === "root" ? "/" : `/${key}/`), theme2.value.i18nRouting !== false && correspondingLink, page.value.relativePath.slice(currentLang.value.link.length - 1), !site.value.cleanUrls) + hash.value
  }));
  return { localeLinks, currentLang };
}
function normalizeLink(link2, addPath, path, addExt) {
  return addPath ? link2.replace(/\/$/, "") + ensureStartingSlash(path.replace(/(^|\/)index\.md$/, "$1").replace(/\.md$/, addExt ? ".html" : "")) : link2;
}
const _sfc_main$1b = /* @__PURE__ */ defineComponent({
  __name: "NotFound",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2 } = useData();
    const { currentLang } = useLangs();
    return (_ctx, _push, _parent, _attrs) => {
      var _a, _b, _c, _d, _e;
      _push(`<div${ssrRenderAttrs(mergeProps({ class: "NotFound" }, _attrs))} data-v-389e926f><p class="code" data-v-389e926f>${ssrInterpolate(((_a = unref(theme2).notFound) == null ? void 0 : _a.code) ?? "404")}</p><h1 class="title" data-v-389e926f>${ssrInterpolate(((_b = unref(theme2).notFound) == null ? void 0 : _b.title) ?? "PAGE NOT FOUND")}</h1><div class="divider" data-v-389e926f></div><blockquote class="quote" data-v-389e926f>${ssrInterpolate(((_c = unref(theme2).notFound) == null ? void 0 : _c.quote) ?? "But if you don't change your direction, and if you keep looking, you may end up where you are heading.")}</blockquote><div class="action" data-v-389e926f><a class="link"${ssrRenderAttr("href", unref(withBase)(unref(currentLang).link))}${ssrRenderAttr("aria-label", ((_d = unref(theme2).notFound) == null ? void 0 : _d.linkLabel) ?? "go to home")} data-v-389e926f>${ssrInterpolate(((_e = unref(theme2).notFound) == null ? void 0 : _e.linkText) ?? "Take me home")}</a></div></div>`);
    };
  }
});
const _sfc_setup$1b = _sfc_main$1b.setup;
_sfc_main$1b.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/NotFound.vue");
  return _sfc_setup$1b ? _sfc_setup$1b(props, ctx) : void 0;
};
const NotFound = /* @__PURE__ */ _export_sfc(_sfc_main$1b, [["__scopeId", "data-v-389e926f"]]);
function getSidebar(_sidebar, path) {
  if (Array.isArray(_sidebar))
    return addBase(_sidebar);
  if (_sidebar == null)
    return [];
  path = ensureStartingSlash(path);
  const dir = Object.keys(_sidebar).sort((a, b) => {
    return b.split("/").length - a.split("/").length;
  }).find((dir2) => {
    return path.startsWith(ensureStartingSlash(dir2));
  });
  const sidebar = dir ? _sidebar[dir] : [];
  return Array.isArray(sidebar) ? addBase(sidebar) : addBase(sidebar.items, sidebar.base);
}
function getSidebarGroups(sidebar) {
  const groups = [];
  let lastGroupIndex = 0;
  for (const index in sidebar) {
    const item = sidebar[index];
    if (item.items) {
      lastGroupIndex = groups.push(item);
      continue;
    }
    if (!groups[lastGroupIndex]) {
      groups.push({ items: [] });
    }
    groups[lastGroupIndex].items.push(item);
  }
  return groups;
}
function getFlatSideBarLinks(sidebar) {
  const links = [];
  function recursivelyExtractLinks(items) {
    for (const item of items) {
      if (item.text && item.link) {
        links.push({
          text: item.text,
          link: item.link,
          docFooterText: item.docFooterText
        });
      }
      if (item.items) {
        recursivelyExtractLinks(item.items);
      }
    }
  }
  recursivelyExtractLinks(sidebar);
  return links;
}
function hasActiveLink(path, items) {
  if (Array.isArray(items)) {
    return items.some((item) => hasActiveLink(path, item));
  }
  return isActive(path, items.link) ? true : items.items ? hasActiveLink(path, items.items) : false;
}
function addBase(items, _base) {
  return [...items].map((_item) => {
    const item = { ..._item };
    const base = item.base || _base;
    if (base && item.link)
      item.link = base + item.link;
    if (item.items)
      item.items = addBase(item.items, base);
    return item;
  });
}
function useSidebar() {
  const { frontmatter, page, theme: theme2 } = useData();
  const is960 = useMediaQuery("(min-width: 960px)");
  const isOpen = ref(false);
  const _sidebar = computed(() => {
    const sidebarConfig = theme2.value.sidebar;
    const relativePath = page.value.relativePath;
    return sidebarConfig ? getSidebar(sidebarConfig, relativePath) : [];
  });
  const sidebar = ref(_sidebar.value);
  watch(_sidebar, (next, prev) => {
    if (JSON.stringify(next) !== JSON.stringify(prev))
      sidebar.value = _sidebar.value;
  });
  const hasSidebar = computed(() => {
    return frontmatter.value.sidebar !== false && sidebar.value.length > 0 && frontmatter.value.layout !== "home";
  });
  const leftAside = computed(() => {
    if (hasAside)
      return frontmatter.value.aside == null ? theme2.value.aside === "left" : frontmatter.value.aside === "left";
    return false;
  });
  const hasAside = computed(() => {
    if (frontmatter.value.layout === "home")
      return false;
    if (frontmatter.value.aside != null)
      return !!frontmatter.value.aside;
    return theme2.value.aside !== false;
  });
  const isSidebarEnabled = computed(() => hasSidebar.value && is960.value);
  const sidebarGroups = computed(() => {
    return hasSidebar.value ? getSidebarGroups(sidebar.value) : [];
  });
  function open() {
    isOpen.value = true;
  }
  function close() {
    isOpen.value = false;
  }
  function toggle() {
    isOpen.value ? close() : open();
  }
  return {
    isOpen,
    sidebar,
    sidebarGroups,
    hasSidebar,
    hasAside,
    leftAside,
    isSidebarEnabled,
    open,
    close,
    toggle
  };
}
function useCloseSidebarOnEscape(isOpen, close) {
  let triggerElement;
  watchEffect(() => {
    triggerElement = isOpen.value ? document.activeElement : void 0;
  });
  onMounted(() => {
    window.addEventListener("keyup", onEscape);
  });
  onUnmounted(() => {
    window.removeEventListener("keyup", onEscape);
  });
  function onEscape(e) {
    if (e.key === "Escape" && isOpen.value) {
      close();
      triggerElement == null ? void 0 : triggerElement.focus();
    }
  }
}
function useSidebarControl(item) {
  const { page, hash } = useData();
  const collapsed = ref(false);
  const collapsible = computed(() => {
    return item.value.collapsed != null;
  });
  const isLink = computed(() => {
    return !!item.value.link;
  });
  const isActiveLink = ref(false);
  const updateIsActiveLink = () => {
    isActiveLink.value = isActive(page.value.relativePath, item.value.link);
  };
  watch([page, item, hash], updateIsActiveLink);
  onMounted(updateIsActiveLink);
  const hasActiveLink$1 = computed(() => {
    if (isActiveLink.value) {
      return true;
    }
    return item.value.items ? hasActiveLink(page.value.relativePath, item.value.items) : false;
  });
  const hasChildren = computed(() => {
    return !!(item.value.items && item.value.items.length);
  });
  watchEffect(() => {
    collapsed.value = !!(collapsible.value && item.value.collapsed);
  });
  watchPostEffect(() => {
    (isActiveLink.value || hasActiveLink$1.value) && (collapsed.value = false);
  });
  function toggle() {
    if (collapsible.value) {
      collapsed.value = !collapsed.value;
    }
  }
  return {
    collapsed,
    collapsible,
    isLink,
    isActiveLink,
    hasActiveLink: hasActiveLink$1,
    hasChildren,
    toggle
  };
}
function useAside() {
  const { hasSidebar } = useSidebar();
  const is960 = useMediaQuery("(min-width: 960px)");
  const is1280 = useMediaQuery("(min-width: 1280px)");
  const isAsideEnabled = computed(() => {
    if (!is1280.value && !is960.value) {
      return false;
    }
    return hasSidebar.value ? is1280.value : is960.value;
  });
  return {
    isAsideEnabled
  };
}
const ignoreRE = /\b(?:VPBadge|header-anchor|footnote-ref|ignore-header)\b/;
const resolvedHeaders = [];
function resolveTitle(theme2) {
  return typeof theme2.outline === "object" && !Array.isArray(theme2.outline) && theme2.outline.label || theme2.outlineTitle || "On this page";
}
function getHeaders(range) {
  const headers = [
    ...document.querySelectorAll(".VPDoc :where(h1,h2,h3,h4,h5,h6)")
  ].filter((el) => el.id && el.hasChildNodes()).map((el) => {
    const level = Number(el.tagName[1]);
    return {
      element: el,
      title: serializeHeader(el),
      link: "#" + el.id,
      level
    };
  });
  return resolveHeaders(headers, range);
}
function serializeHeader(h2) {
  let ret = "";
  for (const node of h2.childNodes) {
    if (node.nodeType === 1) {
      if (ignoreRE.test(node.className))
        continue;
      ret += node.textContent;
    } else if (node.nodeType === 3) {
      ret += node.textContent;
    }
  }
  return ret.trim();
}
function resolveHeaders(headers, range) {
  if (range === false) {
    return [];
  }
  const levelsRange = (typeof range === "object" && !Array.isArray(range) ? range.level : range) || 2;
  const [high, low] = typeof levelsRange === "number" ? [levelsRange, levelsRange] : levelsRange === "deep" ? [2, 6] : levelsRange;
  return buildTree(headers, high, low);
}
function useActiveAnchor(container, marker) {
  const { isAsideEnabled } = useAside();
  const onScroll = throttleAndDebounce(setActiveLink, 100);
  let prevActiveLink = null;
  onMounted(() => {
    requestAnimationFrame(setActiveLink);
    window.addEventListener("scroll", onScroll);
  });
  onUpdated(() => {
    activateLink(location.hash);
  });
  onUnmounted(() => {
    window.removeEventListener("scroll", onScroll);
  });
  function setActiveLink() {
    if (!isAsideEnabled.value) {
      return;
    }
    const scrollY = window.scrollY;
    const innerHeight = window.innerHeight;
    const offsetHeight = document.body.offsetHeight;
    const isBottom = Math.abs(scrollY + innerHeight - offsetHeight) < 1;
    const headers = resolvedHeaders.map(({ element, link: link2 }) => ({
      link: link2,
      top: getAbsoluteTop(element)
    })).filter(({ top }) => !Number.isNaN(top)).sort((a, b) => a.top - b.top);
    if (!headers.length) {
      activateLink(null);
      return;
    }
    if (scrollY < 1) {
      activateLink(null);
      return;
    }
    if (isBottom) {
      activateLink(headers[headers.length - 1].link);
      return;
    }
    let activeLink = null;
    for (const { link: link2, top } of headers) {
      if (top > scrollY + getScrollOffset() + 4) {
        break;
      }
      activeLink = link2;
    }
    activateLink(activeLink);
  }
  function activateLink(hash) {
    if (prevActiveLink) {
      prevActiveLink.classList.remove("active");
    }
    if (hash == null) {
      prevActiveLink = null;
    } else {
      prevActiveLink = container.value.querySelector(`a[href="${decodeURIComponent(hash)}"]`);
    }
    const activeLink = prevActiveLink;
    if (activeLink) {
      activeLink.classList.add("active");
      marker.value.style.top = activeLink.offsetTop + 39 + "px";
      marker.value.style.opacity = "1";
    } else {
      marker.value.style.top = "33px";
      marker.value.style.opacity = "0";
    }
  }
}
function getAbsoluteTop(element) {
  let offsetTop = 0;
  while (element !== document.body) {
    if (element === null) {
      return NaN;
    }
    offsetTop += element.offsetTop;
    element = element.offsetParent;
  }
  return offsetTop;
}
function buildTree(data, min, max) {
  resolvedHeaders.length = 0;
  const result = [];
  const stack = [];
  data.forEach((item) => {
    const node = { ...item, children: [] };
    let parent = stack[stack.length - 1];
    while (parent && parent.level >= node.level) {
      stack.pop();
      parent = stack[stack.length - 1];
    }
    if (node.element.classList.contains("ignore-header") || parent && "shouldIgnore" in parent) {
      stack.push({ level: node.level, shouldIgnore: true });
      return;
    }
    if (node.level > max || node.level < min)
      return;
    resolvedHeaders.push({ element: node.element, link: node.link });
    if (parent)
      parent.children.push(node);
    else
      result.push(node);
    stack.push(node);
  });
  return result;
}
const _sfc_main$1a = /* @__PURE__ */ defineComponent({
  __name: "VPDocOutlineItem",
  __ssrInlineRender: true,
  props: {
    headers: {},
    root: { type: Boolean }
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      const _component_VPDocOutlineItem = resolveComponent("VPDocOutlineItem", true);
      _push(`<ul${ssrRenderAttrs(mergeProps({
        class: ["VPDocOutlineItem", __props.root ? "root" : "nested"]
      }, _attrs))} data-v-2236599c><!--[-->`);
      ssrRenderList(__props.headers, ({ children, link: link2, title }) => {
        _push(`<li data-v-2236599c><a class="outline-link"${ssrRenderAttr("href", link2)}${ssrRenderAttr("title", title)} data-v-2236599c>${ssrInterpolate(title)}</a>`);
        if (children == null ? void 0 : children.length) {
          _push(ssrRenderComponent(_component_VPDocOutlineItem, { headers: children }, null, _parent));
        } else {
          _push(`<!---->`);
        }
        _push(`</li>`);
      });
      _push(`<!--]--></ul>`);
    };
  }
});
const _sfc_setup$1a = _sfc_main$1a.setup;
_sfc_main$1a.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPDocOutlineItem.vue");
  return _sfc_setup$1a ? _sfc_setup$1a(props, ctx) : void 0;
};
const VPDocOutlineItem = /* @__PURE__ */ _export_sfc(_sfc_main$1a, [["__scopeId", "data-v-2236599c"]]);
const _sfc_main$19 = /* @__PURE__ */ defineComponent({
  __name: "VPDocAsideOutline",
  __ssrInlineRender: true,
  setup(__props) {
    const { frontmatter, theme: theme2 } = useData();
    const headers = shallowRef([]);
    onContentUpdated(() => {
      headers.value = getHeaders(frontmatter.value.outline ?? theme2.value.outline);
    });
    const container = ref();
    const marker = ref();
    useActiveAnchor(container, marker);
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<nav${ssrRenderAttrs(mergeProps({
        "aria-labelledby": "doc-outline-aria-label",
        class: ["VPDocAsideOutline", { "has-outline": headers.value.length > 0 }],
        ref_key: "container",
        ref: container
      }, _attrs))} data-v-7487dbb1><div class="content" data-v-7487dbb1><div class="outline-marker" data-v-7487dbb1></div><div aria-level="2" class="outline-title" id="doc-outline-aria-label" role="heading" data-v-7487dbb1>${ssrInterpolate(unref(resolveTitle)(unref(theme2)))}</div>`);
      _push(ssrRenderComponent(VPDocOutlineItem, {
        headers: headers.value,
        root: true
      }, null, _parent));
      _push(`</div></nav>`);
    };
  }
});
const _sfc_setup$19 = _sfc_main$19.setup;
_sfc_main$19.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPDocAsideOutline.vue");
  return _sfc_setup$19 ? _sfc_setup$19(props, ctx) : void 0;
};
const VPDocAsideOutline = /* @__PURE__ */ _export_sfc(_sfc_main$19, [["__scopeId", "data-v-7487dbb1"]]);
const _sfc_main$18 = /* @__PURE__ */ defineComponent({
  __name: "VPDocAsideCarbonAds",
  __ssrInlineRender: true,
  props: {
    carbonAds: {}
  },
  setup(__props) {
    const VPCarbonAds = () => null;
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPDocAsideCarbonAds" }, _attrs))}>`);
      _push(ssrRenderComponent(unref(VPCarbonAds), { "carbon-ads": __props.carbonAds }, null, _parent));
      _push(`</div>`);
    };
  }
});
const _sfc_setup$18 = _sfc_main$18.setup;
_sfc_main$18.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPDocAsideCarbonAds.vue");
  return _sfc_setup$18 ? _sfc_setup$18(props, ctx) : void 0;
};
const _sfc_main$17 = /* @__PURE__ */ defineComponent({
  __name: "VPDocAside",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2 } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPDocAside" }, _attrs))} data-v-d84ffb58>`);
      ssrRenderSlot(_ctx.$slots, "aside-top", {}, null, _push, _parent);
      ssrRenderSlot(_ctx.$slots, "aside-outline-before", {}, null, _push, _parent);
      _push(ssrRenderComponent(VPDocAsideOutline, null, null, _parent));
      ssrRenderSlot(_ctx.$slots, "aside-outline-after", {}, null, _push, _parent);
      _push(`<div class="spacer" data-v-d84ffb58></div>`);
      ssrRenderSlot(_ctx.$slots, "aside-ads-before", {}, null, _push, _parent);
      if (unref(theme2).carbonAds) {
        _push(ssrRenderComponent(_sfc_main$18, {
          "carbon-ads": unref(theme2).carbonAds
        }, null, _parent));
      } else {
        _push(`<!---->`);
      }
      ssrRenderSlot(_ctx.$slots, "aside-ads-after", {}, null, _push, _parent);
      ssrRenderSlot(_ctx.$slots, "aside-bottom", {}, null, _push, _parent);
      _push(`</div>`);
    };
  }
});
const _sfc_setup$17 = _sfc_main$17.setup;
_sfc_main$17.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPDocAside.vue");
  return _sfc_setup$17 ? _sfc_setup$17(props, ctx) : void 0;
};
const VPDocAside = /* @__PURE__ */ _export_sfc(_sfc_main$17, [["__scopeId", "data-v-d84ffb58"]]);
function useEditLink() {
  const { theme: theme2, page } = useData();
  return computed(() => {
    const { text = "Edit this page", pattern = "" } = theme2.value.editLink || {};
    let url;
    if (typeof pattern === "function") {
      url = pattern(page.value);
    } else {
      url = pattern.replace(/:path/g, page.value.filePath);
    }
    return { url, text };
  });
}
function usePrevNext() {
  const { page, theme: theme2, frontmatter } = useData();
  return computed(() => {
    var _a, _b, _c, _d, _e, _f, _g, _h;
    const sidebar = getSidebar(theme2.value.sidebar, page.value.relativePath);
    const links = getFlatSideBarLinks(sidebar);
    const candidates = uniqBy(links, (link2) => link2.link.replace(/[?#].*$/, ""));
    const index = candidates.findIndex((link2) => {
      return isActive(page.value.relativePath, link2.link);
    });
    const hidePrev = ((_a = theme2.value.docFooter) == null ? void 0 : _a.prev) === false && !frontmatter.value.prev || frontmatter.value.prev === false;
    const hideNext = ((_b = theme2.value.docFooter) == null ? void 0 : _b.next) === false && !frontmatter.value.next || frontmatter.value.next === false;
    return {
      prev: hidePrev ? void 0 : {
        text: (typeof frontmatter.value.prev === "string" ? frontmatter.value.prev : typeof frontmatter.value.prev === "object" ? frontmatter.value.prev.text : void 0) ?? ((_c = candidates[index - 1]) == null ? void 0 : _c.docFooterText) ?? ((_d = candidates[index - 1]) == null ? void 0 : _d.text),
        link: (typeof frontmatter.value.prev === "object" ? frontmatter.value.prev.link : void 0) ?? ((_e = candidates[index - 1]) == null ? void 0 : _e.link)
      },
      next: hideNext ? void 0 : {
        text: (typeof frontmatter.value.next === "string" ? frontmatter.value.next : typeof frontmatter.value.next === "object" ? frontmatter.value.next.text : void 0) ?? ((_f = candidates[index + 1]) == null ? void 0 : _f.docFooterText) ?? ((_g = candidates[index + 1]) == null ? void 0 : _g.text),
        link: (typeof frontmatter.value.next === "object" ? frontmatter.value.next.link : void 0) ?? ((_h = candidates[index + 1]) == null ? void 0 : _h.link)
      }
    };
  });
}
function uniqBy(array, keyFn) {
  const seen = /* @__PURE__ */ new Set();
  return array.filter((item) => {
    const k = keyFn(item);
    return seen.has(k) ? false : seen.add(k);
  });
}
const _sfc_main$16 = /* @__PURE__ */ defineComponent({
  __name: "VPLink",
  __ssrInlineRender: true,
  props: {
    tag: {},
    href: {},
    noIcon: { type: Boolean },
    target: {},
    rel: {}
  },
  setup(__props) {
    const props = __props;
    const tag = computed(() => props.tag ?? (props.href ? "a" : "span"));
    const isExternal2 = computed(
      () => props.href && EXTERNAL_URL_RE.test(props.href) || props.target === "_blank"
    );
    return (_ctx, _push, _parent, _attrs) => {
      ssrRenderVNode(_push, createVNode(resolveDynamicComponent(tag.value), mergeProps({
        class: ["VPLink", {
          link: __props.href,
          "vp-external-link-icon": isExternal2.value,
          "no-icon": __props.noIcon
        }],
        href: __props.href ? unref(normalizeLink$1)(__props.href) : void 0,
        target: __props.target ?? (isExternal2.value ? "_blank" : void 0),
        rel: __props.rel ?? (isExternal2.value ? "noreferrer" : void 0)
      }, _attrs), {
        default: withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot(_ctx.$slots, "default", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              renderSlot(_ctx.$slots, "default")
            ];
          }
        }),
        _: 3
      }), _parent);
    };
  }
});
const _sfc_setup$16 = _sfc_main$16.setup;
_sfc_main$16.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPLink.vue");
  return _sfc_setup$16 ? _sfc_setup$16(props, ctx) : void 0;
};
const _sfc_main$15 = /* @__PURE__ */ defineComponent({
  __name: "VPDocFooterLastUpdated",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2, page, lang } = useData();
    const date = computed(
      () => new Date(page.value.lastUpdated)
    );
    const isoDatetime = computed(() => date.value.toISOString());
    const datetime = ref("");
    onMounted(() => {
      watchEffect(() => {
        var _a, _b, _c;
        datetime.value = new Intl.DateTimeFormat(
          ((_b = (_a = theme2.value.lastUpdated) == null ? void 0 : _a.formatOptions) == null ? void 0 : _b.forceLocale) ? lang.value : void 0,
          ((_c = theme2.value.lastUpdated) == null ? void 0 : _c.formatOptions) ?? {
            dateStyle: "short",
            timeStyle: "short"
          }
        ).format(date.value);
      });
    });
    return (_ctx, _push, _parent, _attrs) => {
      var _a;
      _push(`<p${ssrRenderAttrs(mergeProps({ class: "VPLastUpdated" }, _attrs))} data-v-5313bead>${ssrInterpolate(((_a = unref(theme2).lastUpdated) == null ? void 0 : _a.text) || unref(theme2).lastUpdatedText || "Last updated")}: <time${ssrRenderAttr("datetime", isoDatetime.value)} data-v-5313bead>${ssrInterpolate(datetime.value)}</time></p>`);
    };
  }
});
const _sfc_setup$15 = _sfc_main$15.setup;
_sfc_main$15.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPDocFooterLastUpdated.vue");
  return _sfc_setup$15 ? _sfc_setup$15(props, ctx) : void 0;
};
const VPDocFooterLastUpdated = /* @__PURE__ */ _export_sfc(_sfc_main$15, [["__scopeId", "data-v-5313bead"]]);
const _sfc_main$14 = /* @__PURE__ */ defineComponent({
  __name: "VPDocFooter",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2, page, frontmatter } = useData();
    const editLink = useEditLink();
    const control = usePrevNext();
    const hasEditLink = computed(
      () => theme2.value.editLink && frontmatter.value.editLink !== false
    );
    const hasLastUpdated = computed(() => page.value.lastUpdated);
    const showFooter = computed(
      () => hasEditLink.value || hasLastUpdated.value || control.value.prev || control.value.next
    );
    return (_ctx, _push, _parent, _attrs) => {
      var _a, _b, _c, _d;
      if (showFooter.value) {
        _push(`<footer${ssrRenderAttrs(mergeProps({ class: "VPDocFooter" }, _attrs))} data-v-be0c4b14>`);
        ssrRenderSlot(_ctx.$slots, "doc-footer-before", {}, null, _push, _parent);
        if (hasEditLink.value || hasLastUpdated.value) {
          _push(`<div class="edit-info" data-v-be0c4b14>`);
          if (hasEditLink.value) {
            _push(`<div class="edit-link" data-v-be0c4b14>`);
            _push(ssrRenderComponent(_sfc_main$16, {
              class: "edit-link-button",
              href: unref(editLink).url,
              "no-icon": true
            }, {
              default: withCtx((_, _push2, _parent2, _scopeId) => {
                if (_push2) {
                  _push2(`<span class="vpi-square-pen edit-link-icon" data-v-be0c4b14${_scopeId}></span> ${ssrInterpolate(unref(editLink).text)}`);
                } else {
                  return [
                    createVNode("span", { class: "vpi-square-pen edit-link-icon" }),
                    createTextVNode(" " + toDisplayString(unref(editLink).text), 1)
                  ];
                }
              }),
              _: 1
            }, _parent));
            _push(`</div>`);
          } else {
            _push(`<!---->`);
          }
          if (hasLastUpdated.value) {
            _push(`<div class="last-updated" data-v-be0c4b14>`);
            _push(ssrRenderComponent(VPDocFooterLastUpdated, null, null, _parent));
            _push(`</div>`);
          } else {
            _push(`<!---->`);
          }
          _push(`</div>`);
        } else {
          _push(`<!---->`);
        }
        if (((_a = unref(control).prev) == null ? void 0 : _a.link) || ((_b = unref(control).next) == null ? void 0 : _b.link)) {
          _push(`<nav class="prev-next" aria-labelledby="doc-footer-aria-label" data-v-be0c4b14><span class="visually-hidden" id="doc-footer-aria-label" data-v-be0c4b14>Pager</span><div class="pager" data-v-be0c4b14>`);
          if ((_c = unref(control).prev) == null ? void 0 : _c.link) {
            _push(ssrRenderComponent(_sfc_main$16, {
              class: "pager-link prev",
              href: unref(control).prev.link
            }, {
              default: withCtx((_, _push2, _parent2, _scopeId) => {
                var _a2, _b2;
                if (_push2) {
                  _push2(`<span class="desc" data-v-be0c4b14${_scopeId}>${(((_a2 = unref(theme2).docFooter) == null ? void 0 : _a2.prev) || "Previous page") ?? ""}</span><span class="title" data-v-be0c4b14${_scopeId}>${unref(control).prev.text ?? ""}</span>`);
                } else {
                  return [
                    createVNode("span", {
                      class: "desc",
                      innerHTML: ((_b2 = unref(theme2).docFooter) == null ? void 0 : _b2.prev) || "Previous page"
                    }, null, 8, ["innerHTML"]),
                    createVNode("span", {
                      class: "title",
                      innerHTML: unref(control).prev.text
                    }, null, 8, ["innerHTML"])
                  ];
                }
              }),
              _: 1
            }, _parent));
          } else {
            _push(`<!---->`);
          }
          _push(`</div><div class="pager" data-v-be0c4b14>`);
          if ((_d = unref(control).next) == null ? void 0 : _d.link) {
            _push(ssrRenderComponent(_sfc_main$16, {
              class: "pager-link next",
              href: unref(control).next.link
            }, {
              default: withCtx((_, _push2, _parent2, _scopeId) => {
                var _a2, _b2;
                if (_push2) {
                  _push2(`<span class="desc" data-v-be0c4b14${_scopeId}>${(((_a2 = unref(theme2).docFooter) == null ? void 0 : _a2.next) || "Next page") ?? ""}</span><span class="title" data-v-be0c4b14${_scopeId}>${unref(control).next.text ?? ""}</span>`);
                } else {
                  return [
                    createVNode("span", {
                      class: "desc",
                      innerHTML: ((_b2 = unref(theme2).docFooter) == null ? void 0 : _b2.next) || "Next page"
                    }, null, 8, ["innerHTML"]),
                    createVNode("span", {
                      class: "title",
                      innerHTML: unref(control).next.text
                    }, null, 8, ["innerHTML"])
                  ];
                }
              }),
              _: 1
            }, _parent));
          } else {
            _push(`<!---->`);
          }
          _push(`</div></nav>`);
        } else {
          _push(`<!---->`);
        }
        _push(`</footer>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$14 = _sfc_main$14.setup;
_sfc_main$14.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPDocFooter.vue");
  return _sfc_setup$14 ? _sfc_setup$14(props, ctx) : void 0;
};
const VPDocFooter = /* @__PURE__ */ _export_sfc(_sfc_main$14, [["__scopeId", "data-v-be0c4b14"]]);
const _sfc_main$13 = /* @__PURE__ */ defineComponent({
  __name: "VPDoc",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2 } = useData();
    const route = useRoute();
    const { hasSidebar, hasAside, leftAside } = useSidebar();
    const pageName = computed(
      () => route.path.replace(/[./]+/g, "_").replace(/_html$/, "")
    );
    return (_ctx, _push, _parent, _attrs) => {
      const _component_Content = resolveComponent("Content");
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: ["VPDoc", { "has-sidebar": unref(hasSidebar), "has-aside": unref(hasAside) }]
      }, _attrs))} data-v-dd00ce8a>`);
      ssrRenderSlot(_ctx.$slots, "doc-top", {}, null, _push, _parent);
      _push(`<div class="container" data-v-dd00ce8a>`);
      if (unref(hasAside)) {
        _push(`<div class="${ssrRenderClass([{ "left-aside": unref(leftAside) }, "aside"])}" data-v-dd00ce8a><div class="aside-curtain" data-v-dd00ce8a></div><div class="aside-container" data-v-dd00ce8a><div class="aside-content" data-v-dd00ce8a>`);
        _push(ssrRenderComponent(VPDocAside, null, {
          "aside-top": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-top", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-top", {}, void 0, true)
              ];
            }
          }),
          "aside-bottom": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-bottom", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-bottom", {}, void 0, true)
              ];
            }
          }),
          "aside-outline-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-outline-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-outline-before", {}, void 0, true)
              ];
            }
          }),
          "aside-outline-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-outline-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-outline-after", {}, void 0, true)
              ];
            }
          }),
          "aside-ads-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-ads-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-ads-before", {}, void 0, true)
              ];
            }
          }),
          "aside-ads-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-ads-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-ads-after", {}, void 0, true)
              ];
            }
          }),
          _: 3
        }, _parent));
        _push(`</div></div></div>`);
      } else {
        _push(`<!---->`);
      }
      _push(`<div class="content" data-v-dd00ce8a><div class="content-container" data-v-dd00ce8a>`);
      ssrRenderSlot(_ctx.$slots, "doc-before", {}, null, _push, _parent);
      _push(`<main class="main" data-v-dd00ce8a>`);
      _push(ssrRenderComponent(_component_Content, {
        class: ["vp-doc", [
          pageName.value,
          unref(theme2).externalLinkIcon && "external-link-icon-enabled"
        ]]
      }, null, _parent));
      _push(`</main>`);
      _push(ssrRenderComponent(VPDocFooter, null, {
        "doc-footer-before": withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot(_ctx.$slots, "doc-footer-before", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              renderSlot(_ctx.$slots, "doc-footer-before", {}, void 0, true)
            ];
          }
        }),
        _: 3
      }, _parent));
      ssrRenderSlot(_ctx.$slots, "doc-after", {}, null, _push, _parent);
      _push(`</div></div></div>`);
      ssrRenderSlot(_ctx.$slots, "doc-bottom", {}, null, _push, _parent);
      _push(`</div>`);
    };
  }
});
const _sfc_setup$13 = _sfc_main$13.setup;
_sfc_main$13.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPDoc.vue");
  return _sfc_setup$13 ? _sfc_setup$13(props, ctx) : void 0;
};
const VPDoc = /* @__PURE__ */ _export_sfc(_sfc_main$13, [["__scopeId", "data-v-dd00ce8a"]]);
const _sfc_main$12 = /* @__PURE__ */ defineComponent({
  __name: "VPButton",
  __ssrInlineRender: true,
  props: {
    tag: {},
    size: { default: "medium" },
    theme: { default: "brand" },
    text: {},
    href: {},
    target: {},
    rel: {}
  },
  setup(__props) {
    const props = __props;
    const isExternal2 = computed(
      () => props.href && EXTERNAL_URL_RE.test(props.href)
    );
    const component = computed(() => {
      return props.tag || (props.href ? "a" : "button");
    });
    return (_ctx, _push, _parent, _attrs) => {
      ssrRenderVNode(_push, createVNode(resolveDynamicComponent(component.value), mergeProps({
        class: ["VPButton", [__props.size, __props.theme]],
        href: __props.href ? unref(normalizeLink$1)(__props.href) : void 0,
        target: props.target ?? (isExternal2.value ? "_blank" : void 0),
        rel: props.rel ?? (isExternal2.value ? "noreferrer" : void 0)
      }, _attrs), {
        default: withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            _push2(`${ssrInterpolate(__props.text)}`);
          } else {
            return [
              createTextVNode(toDisplayString(__props.text), 1)
            ];
          }
        }),
        _: 1
      }), _parent);
    };
  }
});
const _sfc_setup$12 = _sfc_main$12.setup;
_sfc_main$12.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPButton.vue");
  return _sfc_setup$12 ? _sfc_setup$12(props, ctx) : void 0;
};
const VPButton = /* @__PURE__ */ _export_sfc(_sfc_main$12, [["__scopeId", "data-v-29b0ae5c"]]);
const _sfc_main$11 = /* @__PURE__ */ defineComponent({
  ...{ inheritAttrs: false },
  __name: "VPImage",
  __ssrInlineRender: true,
  props: {
    image: {},
    alt: {}
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      const _component_VPImage = resolveComponent("VPImage", true);
      if (__props.image) {
        _push(`<!--[-->`);
        if (typeof __props.image === "string" || "src" in __props.image) {
          _push(`<img${ssrRenderAttrs(mergeProps({ class: "VPImage" }, typeof __props.image === "string" ? _ctx.$attrs : { ...__props.image, ..._ctx.$attrs }, {
            src: unref(withBase)(typeof __props.image === "string" ? __props.image : __props.image.src),
            alt: __props.alt ?? (typeof __props.image === "string" ? "" : __props.image.alt || "")
          }))} data-v-df0e7680>`);
        } else {
          _push(`<!--[-->`);
          _push(ssrRenderComponent(_component_VPImage, mergeProps({
            class: "dark",
            image: __props.image.dark,
            alt: __props.image.alt
          }, _ctx.$attrs), null, _parent));
          _push(ssrRenderComponent(_component_VPImage, mergeProps({
            class: "light",
            image: __props.image.light,
            alt: __props.image.alt
          }, _ctx.$attrs), null, _parent));
          _push(`<!--]-->`);
        }
        _push(`<!--]-->`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$11 = _sfc_main$11.setup;
_sfc_main$11.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPImage.vue");
  return _sfc_setup$11 ? _sfc_setup$11(props, ctx) : void 0;
};
const VPImage = /* @__PURE__ */ _export_sfc(_sfc_main$11, [["__scopeId", "data-v-df0e7680"]]);
const _sfc_main$10 = /* @__PURE__ */ defineComponent({
  __name: "VPHero",
  __ssrInlineRender: true,
  props: {
    name: {},
    text: {},
    tagline: {},
    image: {},
    actions: {}
  },
  setup(__props) {
    const heroImageSlotExists = inject("hero-image-slot-exists");
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: ["VPHero", { "has-image": __props.image || unref(heroImageSlotExists) }]
      }, _attrs))} data-v-26d9bf89><div class="container" data-v-26d9bf89><div class="main" data-v-26d9bf89>`);
      ssrRenderSlot(_ctx.$slots, "home-hero-info-before", {}, null, _push, _parent);
      ssrRenderSlot(_ctx.$slots, "home-hero-info", {}, () => {
        _push(`<h1 class="heading" data-v-26d9bf89>`);
        if (__props.name) {
          _push(`<span class="name clip" data-v-26d9bf89>${__props.name ?? ""}</span>`);
        } else {
          _push(`<!---->`);
        }
        if (__props.text) {
          _push(`<span class="text" data-v-26d9bf89>${__props.text ?? ""}</span>`);
        } else {
          _push(`<!---->`);
        }
        _push(`</h1>`);
        if (__props.tagline) {
          _push(`<p class="tagline" data-v-26d9bf89>${__props.tagline ?? ""}</p>`);
        } else {
          _push(`<!---->`);
        }
      }, _push, _parent);
      ssrRenderSlot(_ctx.$slots, "home-hero-info-after", {}, null, _push, _parent);
      if (__props.actions) {
        _push(`<div class="actions" data-v-26d9bf89><!--[-->`);
        ssrRenderList(__props.actions, (action) => {
          _push(`<div class="action" data-v-26d9bf89>`);
          _push(ssrRenderComponent(VPButton, {
            tag: "a",
            size: "medium",
            theme: action.theme,
            text: action.text,
            href: action.link,
            target: action.target,
            rel: action.rel
          }, null, _parent));
          _push(`</div>`);
        });
        _push(`<!--]--></div>`);
      } else {
        _push(`<!---->`);
      }
      ssrRenderSlot(_ctx.$slots, "home-hero-actions-after", {}, null, _push, _parent);
      _push(`</div>`);
      if (__props.image || unref(heroImageSlotExists)) {
        _push(`<div class="image" data-v-26d9bf89><div class="image-container" data-v-26d9bf89><div class="image-bg" data-v-26d9bf89></div>`);
        ssrRenderSlot(_ctx.$slots, "home-hero-image", {}, () => {
          if (__props.image) {
            _push(ssrRenderComponent(VPImage, {
              class: "image-src",
              image: __props.image
            }, null, _parent));
          } else {
            _push(`<!---->`);
          }
        }, _push, _parent);
        _push(`</div></div>`);
      } else {
        _push(`<!---->`);
      }
      _push(`</div></div>`);
    };
  }
});
const _sfc_setup$10 = _sfc_main$10.setup;
_sfc_main$10.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPHero.vue");
  return _sfc_setup$10 ? _sfc_setup$10(props, ctx) : void 0;
};
const VPHero = /* @__PURE__ */ _export_sfc(_sfc_main$10, [["__scopeId", "data-v-26d9bf89"]]);
const _sfc_main$$ = /* @__PURE__ */ defineComponent({
  __name: "VPHomeHero",
  __ssrInlineRender: true,
  setup(__props) {
    const { frontmatter: fm } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(fm).hero) {
        _push(ssrRenderComponent(VPHero, mergeProps({
          class: "VPHomeHero",
          name: unref(fm).hero.name,
          text: unref(fm).hero.text,
          tagline: unref(fm).hero.tagline,
          image: unref(fm).hero.image,
          actions: unref(fm).hero.actions
        }, _attrs), {
          "home-hero-info-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-info-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-info-before")
              ];
            }
          }),
          "home-hero-info": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-info", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-info")
              ];
            }
          }),
          "home-hero-info-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-info-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-info-after")
              ];
            }
          }),
          "home-hero-actions-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-actions-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-actions-after")
              ];
            }
          }),
          "home-hero-image": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-image", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-image")
              ];
            }
          }),
          _: 3
        }, _parent));
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$$ = _sfc_main$$.setup;
_sfc_main$$.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPHomeHero.vue");
  return _sfc_setup$$ ? _sfc_setup$$(props, ctx) : void 0;
};
const _sfc_main$_ = /* @__PURE__ */ defineComponent({
  __name: "VPFeature",
  __ssrInlineRender: true,
  props: {
    icon: {},
    title: {},
    details: {},
    link: {},
    linkText: {},
    rel: {},
    target: {}
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(ssrRenderComponent(_sfc_main$16, mergeProps({
        class: "VPFeature",
        href: __props.link,
        rel: __props.rel,
        target: __props.target,
        "no-icon": true,
        tag: __props.link ? "a" : "div"
      }, _attrs), {
        default: withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            _push2(`<article class="box" data-v-dcbf52df${_scopeId}>`);
            if (typeof __props.icon === "object" && __props.icon.wrap) {
              _push2(`<div class="icon" data-v-dcbf52df${_scopeId}>`);
              _push2(ssrRenderComponent(VPImage, {
                image: __props.icon,
                alt: __props.icon.alt,
                height: __props.icon.height || 48,
                width: __props.icon.width || 48
              }, null, _parent2, _scopeId));
              _push2(`</div>`);
            } else if (typeof __props.icon === "object") {
              _push2(ssrRenderComponent(VPImage, {
                image: __props.icon,
                alt: __props.icon.alt,
                height: __props.icon.height || 48,
                width: __props.icon.width || 48
              }, null, _parent2, _scopeId));
            } else if (__props.icon) {
              _push2(`<div class="icon" data-v-dcbf52df${_scopeId}>${__props.icon ?? ""}</div>`);
            } else {
              _push2(`<!---->`);
            }
            _push2(`<h2 class="title" data-v-dcbf52df${_scopeId}>${__props.title ?? ""}</h2>`);
            if (__props.details) {
              _push2(`<p class="details" data-v-dcbf52df${_scopeId}>${__props.details ?? ""}</p>`);
            } else {
              _push2(`<!---->`);
            }
            if (__props.linkText) {
              _push2(`<div class="link-text" data-v-dcbf52df${_scopeId}><p class="link-text-value" data-v-dcbf52df${_scopeId}>${ssrInterpolate(__props.linkText)} <span class="vpi-arrow-right link-text-icon" data-v-dcbf52df${_scopeId}></span></p></div>`);
            } else {
              _push2(`<!---->`);
            }
            _push2(`</article>`);
          } else {
            return [
              createVNode("article", { class: "box" }, [
                typeof __props.icon === "object" && __props.icon.wrap ? (openBlock(), createBlock("div", {
                  key: 0,
                  class: "icon"
                }, [
                  createVNode(VPImage, {
                    image: __props.icon,
                    alt: __props.icon.alt,
                    height: __props.icon.height || 48,
                    width: __props.icon.width || 48
                  }, null, 8, ["image", "alt", "height", "width"])
                ])) : typeof __props.icon === "object" ? (openBlock(), createBlock(VPImage, {
                  key: 1,
                  image: __props.icon,
                  alt: __props.icon.alt,
                  height: __props.icon.height || 48,
                  width: __props.icon.width || 48
                }, null, 8, ["image", "alt", "height", "width"])) : __props.icon ? (openBlock(), createBlock("div", {
                  key: 2,
                  class: "icon",
                  innerHTML: __props.icon
                }, null, 8, ["innerHTML"])) : createCommentVNode("", true),
                createVNode("h2", {
                  class: "title",
                  innerHTML: __props.title
                }, null, 8, ["innerHTML"]),
                __props.details ? (openBlock(), createBlock("p", {
                  key: 3,
                  class: "details",
                  innerHTML: __props.details
                }, null, 8, ["innerHTML"])) : createCommentVNode("", true),
                __props.linkText ? (openBlock(), createBlock("div", {
                  key: 4,
                  class: "link-text"
                }, [
                  createVNode("p", { class: "link-text-value" }, [
                    createTextVNode(toDisplayString(__props.linkText) + " ", 1),
                    createVNode("span", { class: "vpi-arrow-right link-text-icon" })
                  ])
                ])) : createCommentVNode("", true)
              ])
            ];
          }
        }),
        _: 1
      }, _parent));
    };
  }
});
const _sfc_setup$_ = _sfc_main$_.setup;
_sfc_main$_.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPFeature.vue");
  return _sfc_setup$_ ? _sfc_setup$_(props, ctx) : void 0;
};
const VPFeature = /* @__PURE__ */ _export_sfc(_sfc_main$_, [["__scopeId", "data-v-dcbf52df"]]);
const _sfc_main$Z = /* @__PURE__ */ defineComponent({
  __name: "VPFeatures",
  __ssrInlineRender: true,
  props: {
    features: {}
  },
  setup(__props) {
    const props = __props;
    const grid = computed(() => {
      const length = props.features.length;
      if (!length) {
        return;
      } else if (length === 2) {
        return "grid-2";
      } else if (length === 3) {
        return "grid-3";
      } else if (length % 3 === 0) {
        return "grid-6";
      } else if (length > 3) {
        return "grid-4";
      }
    });
    return (_ctx, _push, _parent, _attrs) => {
      if (__props.features) {
        _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPFeatures" }, _attrs))} data-v-3ca405c9><div class="container" data-v-3ca405c9><div class="items" data-v-3ca405c9><!--[-->`);
        ssrRenderList(__props.features, (feature) => {
          _push(`<div class="${ssrRenderClass([[grid.value], "item"])}" data-v-3ca405c9>`);
          _push(ssrRenderComponent(VPFeature, {
            icon: feature.icon,
            title: feature.title,
            details: feature.details,
            link: feature.link,
            "link-text": feature.linkText,
            rel: feature.rel,
            target: feature.target
          }, null, _parent));
          _push(`</div>`);
        });
        _push(`<!--]--></div></div></div>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$Z = _sfc_main$Z.setup;
_sfc_main$Z.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPFeatures.vue");
  return _sfc_setup$Z ? _sfc_setup$Z(props, ctx) : void 0;
};
const VPFeatures = /* @__PURE__ */ _export_sfc(_sfc_main$Z, [["__scopeId", "data-v-3ca405c9"]]);
const _sfc_main$Y = /* @__PURE__ */ defineComponent({
  __name: "VPHomeFeatures",
  __ssrInlineRender: true,
  setup(__props) {
    const { frontmatter: fm } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(fm).features) {
        _push(ssrRenderComponent(VPFeatures, mergeProps({
          class: "VPHomeFeatures",
          features: unref(fm).features
        }, _attrs), null, _parent));
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$Y = _sfc_main$Y.setup;
_sfc_main$Y.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPHomeFeatures.vue");
  return _sfc_setup$Y ? _sfc_setup$Y(props, ctx) : void 0;
};
const _sfc_main$X = /* @__PURE__ */ defineComponent({
  __name: "VPHomeContent",
  __ssrInlineRender: true,
  setup(__props) {
    const { width: vw } = useWindowSize({
      initialWidth: 0,
      includeScrollbar: false
    });
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: "vp-doc container",
        style: unref(vw) ? { "--vp-offset": `calc(50% - ${unref(vw) / 2}px)` } : {}
      }, _attrs))} data-v-f21c2a4d>`);
      ssrRenderSlot(_ctx.$slots, "default", {}, null, _push, _parent);
      _push(`</div>`);
    };
  }
});
const _sfc_setup$X = _sfc_main$X.setup;
_sfc_main$X.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPHomeContent.vue");
  return _sfc_setup$X ? _sfc_setup$X(props, ctx) : void 0;
};
const VPHomeContent = /* @__PURE__ */ _export_sfc(_sfc_main$X, [["__scopeId", "data-v-f21c2a4d"]]);
const _sfc_main$W = /* @__PURE__ */ defineComponent({
  __name: "VPHome",
  __ssrInlineRender: true,
  setup(__props) {
    const { frontmatter, theme: theme2 } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      const _component_Content = resolveComponent("Content");
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: ["VPHome", {
          "external-link-icon-enabled": unref(theme2).externalLinkIcon
        }]
      }, _attrs))} data-v-791dc6a1>`);
      ssrRenderSlot(_ctx.$slots, "home-hero-before", {}, null, _push, _parent);
      _push(ssrRenderComponent(_sfc_main$$, null, {
        "home-hero-info-before": withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot(_ctx.$slots, "home-hero-info-before", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              renderSlot(_ctx.$slots, "home-hero-info-before", {}, void 0, true)
            ];
          }
        }),
        "home-hero-info": withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot(_ctx.$slots, "home-hero-info", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              renderSlot(_ctx.$slots, "home-hero-info", {}, void 0, true)
            ];
          }
        }),
        "home-hero-info-after": withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot(_ctx.$slots, "home-hero-info-after", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              renderSlot(_ctx.$slots, "home-hero-info-after", {}, void 0, true)
            ];
          }
        }),
        "home-hero-actions-after": withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot(_ctx.$slots, "home-hero-actions-after", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              renderSlot(_ctx.$slots, "home-hero-actions-after", {}, void 0, true)
            ];
          }
        }),
        "home-hero-image": withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot(_ctx.$slots, "home-hero-image", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              renderSlot(_ctx.$slots, "home-hero-image", {}, void 0, true)
            ];
          }
        }),
        _: 3
      }, _parent));
      ssrRenderSlot(_ctx.$slots, "home-hero-after", {}, null, _push, _parent);
      ssrRenderSlot(_ctx.$slots, "home-features-before", {}, null, _push, _parent);
      _push(ssrRenderComponent(_sfc_main$Y, null, null, _parent));
      ssrRenderSlot(_ctx.$slots, "home-features-after", {}, null, _push, _parent);
      if (unref(frontmatter).markdownStyles !== false) {
        _push(ssrRenderComponent(VPHomeContent, null, {
          default: withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              _push2(ssrRenderComponent(_component_Content, null, null, _parent2, _scopeId));
            } else {
              return [
                createVNode(_component_Content)
              ];
            }
          }),
          _: 1
        }, _parent));
      } else {
        _push(ssrRenderComponent(_component_Content, null, null, _parent));
      }
      _push(`</div>`);
    };
  }
});
const _sfc_setup$W = _sfc_main$W.setup;
_sfc_main$W.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPHome.vue");
  return _sfc_setup$W ? _sfc_setup$W(props, ctx) : void 0;
};
const VPHome = /* @__PURE__ */ _export_sfc(_sfc_main$W, [["__scopeId", "data-v-791dc6a1"]]);
const _sfc_main$V = {};
function _sfc_ssrRender$1(_ctx, _push, _parent, _attrs) {
  const _component_Content = resolveComponent("Content");
  _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPPage" }, _attrs))}>`);
  ssrRenderSlot(_ctx.$slots, "page-top", {}, null, _push, _parent);
  _push(ssrRenderComponent(_component_Content, null, null, _parent));
  ssrRenderSlot(_ctx.$slots, "page-bottom", {}, null, _push, _parent);
  _push(`</div>`);
}
const _sfc_setup$V = _sfc_main$V.setup;
_sfc_main$V.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPPage.vue");
  return _sfc_setup$V ? _sfc_setup$V(props, ctx) : void 0;
};
const VPPage = /* @__PURE__ */ _export_sfc(_sfc_main$V, [["ssrRender", _sfc_ssrRender$1]]);
const _sfc_main$U = /* @__PURE__ */ defineComponent({
  __name: "VPContent",
  __ssrInlineRender: true,
  setup(__props) {
    const { page, frontmatter } = useData();
    const { hasSidebar } = useSidebar();
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: ["VPContent", {
          "has-sidebar": unref(hasSidebar),
          "is-home": unref(frontmatter).layout === "home"
        }],
        id: "VPContent"
      }, _attrs))} data-v-1c60aa7a>`);
      if (unref(page).isNotFound) {
        ssrRenderSlot(_ctx.$slots, "not-found", {}, () => {
          _push(ssrRenderComponent(NotFound, null, null, _parent));
        }, _push, _parent);
      } else if (unref(frontmatter).layout === "page") {
        _push(ssrRenderComponent(VPPage, null, {
          "page-top": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "page-top", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "page-top", {}, void 0, true)
              ];
            }
          }),
          "page-bottom": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "page-bottom", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "page-bottom", {}, void 0, true)
              ];
            }
          }),
          _: 3
        }, _parent));
      } else if (unref(frontmatter).layout === "home") {
        _push(ssrRenderComponent(VPHome, null, {
          "home-hero-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-before", {}, void 0, true)
              ];
            }
          }),
          "home-hero-info-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-info-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-info-before", {}, void 0, true)
              ];
            }
          }),
          "home-hero-info": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-info", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-info", {}, void 0, true)
              ];
            }
          }),
          "home-hero-info-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-info-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-info-after", {}, void 0, true)
              ];
            }
          }),
          "home-hero-actions-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-actions-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-actions-after", {}, void 0, true)
              ];
            }
          }),
          "home-hero-image": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-image", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-image", {}, void 0, true)
              ];
            }
          }),
          "home-hero-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-after", {}, void 0, true)
              ];
            }
          }),
          "home-features-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-features-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-features-before", {}, void 0, true)
              ];
            }
          }),
          "home-features-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-features-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-features-after", {}, void 0, true)
              ];
            }
          }),
          _: 3
        }, _parent));
      } else if (unref(frontmatter).layout && unref(frontmatter).layout !== "doc") {
        ssrRenderVNode(_push, createVNode(resolveDynamicComponent(unref(frontmatter).layout), null, null), _parent);
      } else {
        _push(ssrRenderComponent(VPDoc, null, {
          "doc-top": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "doc-top", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "doc-top", {}, void 0, true)
              ];
            }
          }),
          "doc-bottom": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "doc-bottom", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "doc-bottom", {}, void 0, true)
              ];
            }
          }),
          "doc-footer-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "doc-footer-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "doc-footer-before", {}, void 0, true)
              ];
            }
          }),
          "doc-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "doc-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "doc-before", {}, void 0, true)
              ];
            }
          }),
          "doc-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "doc-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "doc-after", {}, void 0, true)
              ];
            }
          }),
          "aside-top": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-top", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-top", {}, void 0, true)
              ];
            }
          }),
          "aside-outline-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-outline-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-outline-before", {}, void 0, true)
              ];
            }
          }),
          "aside-outline-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-outline-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-outline-after", {}, void 0, true)
              ];
            }
          }),
          "aside-ads-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-ads-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-ads-before", {}, void 0, true)
              ];
            }
          }),
          "aside-ads-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-ads-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-ads-after", {}, void 0, true)
              ];
            }
          }),
          "aside-bottom": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-bottom", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-bottom", {}, void 0, true)
              ];
            }
          }),
          _: 3
        }, _parent));
      }
      _push(`</div>`);
    };
  }
});
const _sfc_setup$U = _sfc_main$U.setup;
_sfc_main$U.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPContent.vue");
  return _sfc_setup$U ? _sfc_setup$U(props, ctx) : void 0;
};
const VPContent = /* @__PURE__ */ _export_sfc(_sfc_main$U, [["__scopeId", "data-v-1c60aa7a"]]);
const _sfc_main$T = /* @__PURE__ */ defineComponent({
  __name: "VPFooter",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2, frontmatter } = useData();
    const { hasSidebar } = useSidebar();
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(theme2).footer && unref(frontmatter).footer !== false) {
        _push(`<footer${ssrRenderAttrs(mergeProps({
          class: ["VPFooter", { "has-sidebar": unref(hasSidebar) }]
        }, _attrs))} data-v-f7413f0c><div class="container" data-v-f7413f0c>`);
        if (unref(theme2).footer.message) {
          _push(`<p class="message" data-v-f7413f0c>${unref(theme2).footer.message ?? ""}</p>`);
        } else {
          _push(`<!---->`);
        }
        if (unref(theme2).footer.copyright) {
          _push(`<p class="copyright" data-v-f7413f0c>${unref(theme2).footer.copyright ?? ""}</p>`);
        } else {
          _push(`<!---->`);
        }
        _push(`</div></footer>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$T = _sfc_main$T.setup;
_sfc_main$T.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPFooter.vue");
  return _sfc_setup$T ? _sfc_setup$T(props, ctx) : void 0;
};
const VPFooter = /* @__PURE__ */ _export_sfc(_sfc_main$T, [["__scopeId", "data-v-f7413f0c"]]);
function useLocalNav() {
  const { theme: theme2, frontmatter } = useData();
  const headers = shallowRef([]);
  const hasLocalNav = computed(() => {
    return headers.value.length > 0;
  });
  onContentUpdated(() => {
    headers.value = getHeaders(frontmatter.value.outline ?? theme2.value.outline);
  });
  return {
    headers,
    hasLocalNav
  };
}
const _sfc_main$S = /* @__PURE__ */ defineComponent({
  __name: "VPLocalNavOutlineDropdown",
  __ssrInlineRender: true,
  props: {
    headers: {},
    navHeight: {}
  },
  setup(__props) {
    const { theme: theme2 } = useData();
    const open = ref(false);
    const vh = ref(0);
    const main = ref();
    ref();
    function closeOnClickOutside(e) {
      var _a;
      if (!((_a = main.value) == null ? void 0 : _a.contains(e.target))) {
        open.value = false;
      }
    }
    watch(open, (value) => {
      if (value) {
        document.addEventListener("click", closeOnClickOutside);
        return;
      }
      document.removeEventListener("click", closeOnClickOutside);
    });
    onKeyStroke("Escape", () => {
      open.value = false;
    });
    onContentUpdated(() => {
      open.value = false;
    });
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: "VPLocalNavOutlineDropdown",
        style: { "--vp-vh": vh.value + "px" },
        ref_key: "main",
        ref: main
      }, _attrs))} data-v-36c6fa28>`);
      if (__props.headers.length > 0) {
        _push(`<button class="${ssrRenderClass({ open: open.value })}" data-v-36c6fa28><span class="menu-text" data-v-36c6fa28>${ssrInterpolate(unref(resolveTitle)(unref(theme2)))}</span><span class="vpi-chevron-right icon" data-v-36c6fa28></span></button>`);
      } else {
        _push(`<button data-v-36c6fa28>${ssrInterpolate(unref(theme2).returnToTopLabel || "Return to top")}</button>`);
      }
      if (open.value) {
        _push(`<div class="items" data-v-36c6fa28><div class="header" data-v-36c6fa28><a class="top-link" href="#" data-v-36c6fa28>${ssrInterpolate(unref(theme2).returnToTopLabel || "Return to top")}</a></div><div class="outline" data-v-36c6fa28>`);
        _push(ssrRenderComponent(VPDocOutlineItem, { headers: __props.headers }, null, _parent));
        _push(`</div></div>`);
      } else {
        _push(`<!---->`);
      }
      _push(`</div>`);
    };
  }
});
const _sfc_setup$S = _sfc_main$S.setup;
_sfc_main$S.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPLocalNavOutlineDropdown.vue");
  return _sfc_setup$S ? _sfc_setup$S(props, ctx) : void 0;
};
const VPLocalNavOutlineDropdown = /* @__PURE__ */ _export_sfc(_sfc_main$S, [["__scopeId", "data-v-36c6fa28"]]);
const _sfc_main$R = /* @__PURE__ */ defineComponent({
  __name: "VPLocalNav",
  __ssrInlineRender: true,
  props: {
    open: { type: Boolean }
  },
  emits: ["open-menu"],
  setup(__props) {
    const { theme: theme2, frontmatter } = useData();
    const { hasSidebar } = useSidebar();
    const { headers } = useLocalNav();
    const { y } = useWindowScroll();
    const navHeight = ref(0);
    onMounted(() => {
      navHeight.value = parseInt(
        getComputedStyle(document.documentElement).getPropertyValue(
          "--vp-nav-height"
        )
      );
    });
    onContentUpdated(() => {
      headers.value = getHeaders(frontmatter.value.outline ?? theme2.value.outline);
    });
    const empty = computed(() => {
      return headers.value.length === 0;
    });
    const emptyAndNoSidebar = computed(() => {
      return empty.value && !hasSidebar.value;
    });
    const classes = computed(() => {
      return {
        VPLocalNav: true,
        "has-sidebar": hasSidebar.value,
        empty: empty.value,
        fixed: emptyAndNoSidebar.value
      };
    });
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(frontmatter).layout !== "home" && (!emptyAndNoSidebar.value || unref(y) >= navHeight.value)) {
        _push(`<div${ssrRenderAttrs(mergeProps({ class: classes.value }, _attrs))} data-v-c1b61669><div class="container" data-v-c1b61669>`);
        if (unref(hasSidebar)) {
          _push(`<button class="menu"${ssrRenderAttr("aria-expanded", __props.open)} aria-controls="VPSidebarNav" data-v-c1b61669><span class="vpi-align-left menu-icon" data-v-c1b61669></span><span class="menu-text" data-v-c1b61669>${ssrInterpolate(unref(theme2).sidebarMenuLabel || "Menu")}</span></button>`);
        } else {
          _push(`<!---->`);
        }
        _push(ssrRenderComponent(VPLocalNavOutlineDropdown, {
          headers: unref(headers),
          navHeight: navHeight.value
        }, null, _parent));
        _push(`</div></div>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$R = _sfc_main$R.setup;
_sfc_main$R.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPLocalNav.vue");
  return _sfc_setup$R ? _sfc_setup$R(props, ctx) : void 0;
};
const VPLocalNav = /* @__PURE__ */ _export_sfc(_sfc_main$R, [["__scopeId", "data-v-c1b61669"]]);
function useNav() {
  const isScreenOpen = ref(false);
  function openScreen() {
    isScreenOpen.value = true;
    window.addEventListener("resize", closeScreenOnTabletWindow);
  }
  function closeScreen() {
    isScreenOpen.value = false;
    window.removeEventListener("resize", closeScreenOnTabletWindow);
  }
  function toggleScreen() {
    isScreenOpen.value ? closeScreen() : openScreen();
  }
  function closeScreenOnTabletWindow() {
    window.outerWidth >= 768 && closeScreen();
  }
  const route = useRoute();
  watch(() => route.path, closeScreen);
  return {
    isScreenOpen,
    openScreen,
    closeScreen,
    toggleScreen
  };
}
const _sfc_main$Q = {};
function _sfc_ssrRender(_ctx, _push, _parent, _attrs) {
  _push(`<button${ssrRenderAttrs(mergeProps({
    class: "VPSwitch",
    type: "button",
    role: "switch"
  }, _attrs))} data-v-6f5ae981><span class="check" data-v-6f5ae981>`);
  if (_ctx.$slots.default) {
    _push(`<span class="icon" data-v-6f5ae981>`);
    ssrRenderSlot(_ctx.$slots, "default", {}, null, _push, _parent);
    _push(`</span>`);
  } else {
    _push(`<!---->`);
  }
  _push(`</span></button>`);
}
const _sfc_setup$Q = _sfc_main$Q.setup;
_sfc_main$Q.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPSwitch.vue");
  return _sfc_setup$Q ? _sfc_setup$Q(props, ctx) : void 0;
};
const VPSwitch = /* @__PURE__ */ _export_sfc(_sfc_main$Q, [["ssrRender", _sfc_ssrRender], ["__scopeId", "data-v-6f5ae981"]]);
const _sfc_main$P = /* @__PURE__ */ defineComponent({
  __name: "VPSwitchAppearance",
  __ssrInlineRender: true,
  setup(__props) {
    const { isDark, theme: theme2 } = useData();
    const toggleAppearance = inject("toggle-appearance", () => {
      isDark.value = !isDark.value;
    });
    const switchTitle = ref("");
    watchPostEffect(() => {
      switchTitle.value = isDark.value ? theme2.value.lightModeSwitchTitle || "Switch to light theme" : theme2.value.darkModeSwitchTitle || "Switch to dark theme";
    });
    return (_ctx, _push, _parent, _attrs) => {
      _push(ssrRenderComponent(VPSwitch, mergeProps({
        title: switchTitle.value,
        class: "VPSwitchAppearance",
        "aria-checked": unref(isDark),
        onClick: unref(toggleAppearance)
      }, _attrs), {
        default: withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            _push2(`<span class="vpi-sun sun" data-v-c03886c7${_scopeId}></span><span class="vpi-moon moon" data-v-c03886c7${_scopeId}></span>`);
          } else {
            return [
              createVNode("span", { class: "vpi-sun sun" }),
              createVNode("span", { class: "vpi-moon moon" })
            ];
          }
        }),
        _: 1
      }, _parent));
    };
  }
});
const _sfc_setup$P = _sfc_main$P.setup;
_sfc_main$P.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPSwitchAppearance.vue");
  return _sfc_setup$P ? _sfc_setup$P(props, ctx) : void 0;
};
const VPSwitchAppearance = /* @__PURE__ */ _export_sfc(_sfc_main$P, [["__scopeId", "data-v-c03886c7"]]);
const _sfc_main$O = /* @__PURE__ */ defineComponent({
  __name: "VPNavBarAppearance",
  __ssrInlineRender: true,
  setup(__props) {
    const { site } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(site).appearance && unref(site).appearance !== "force-dark" && unref(site).appearance !== "force-auto") {
        _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPNavBarAppearance" }, _attrs))} data-v-cc0b1584>`);
        _push(ssrRenderComponent(VPSwitchAppearance, null, null, _parent));
        _push(`</div>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$O = _sfc_main$O.setup;
_sfc_main$O.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPNavBarAppearance.vue");
  return _sfc_setup$O ? _sfc_setup$O(props, ctx) : void 0;
};
const VPNavBarAppearance = /* @__PURE__ */ _export_sfc(_sfc_main$O, [["__scopeId", "data-v-cc0b1584"]]);
const focusedElement = ref();
let active = false;
let listeners = 0;
function useFlyout(options) {
  const focus = ref(false);
  if (inBrowser) {
    !active && activateFocusTracking();
    listeners++;
    const unwatch = watch(focusedElement, (el) => {
      var _a, _b, _c;
      if (el === options.el.value || ((_a = options.el.value) == null ? void 0 : _a.contains(el))) {
        focus.value = true;
        (_b = options.onFocus) == null ? void 0 : _b.call(options);
      } else {
        focus.value = false;
        (_c = options.onBlur) == null ? void 0 : _c.call(options);
      }
    });
    onUnmounted(() => {
      unwatch();
      listeners--;
      if (!listeners) {
        deactivateFocusTracking();
      }
    });
  }
  return readonly(focus);
}
function activateFocusTracking() {
  document.addEventListener("focusin", handleFocusIn);
  active = true;
  focusedElement.value = document.activeElement;
}
function deactivateFocusTracking() {
  document.removeEventListener("focusin", handleFocusIn);
}
function handleFocusIn() {
  focusedElement.value = document.activeElement;
}
const _sfc_main$N = /* @__PURE__ */ defineComponent({
  __name: "VPMenuLink",
  __ssrInlineRender: true,
  props: {
    item: {}
  },
  setup(__props) {
    const { page } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPMenuLink" }, _attrs))} data-v-cd876e92>`);
      _push(ssrRenderComponent(_sfc_main$16, {
        class: {
          active: unref(isActive)(
            unref(page).relativePath,
            __props.item.activeMatch || __props.item.link,
            !!__props.item.activeMatch
          )
        },
        href: __props.item.link,
        target: __props.item.target,
        rel: __props.item.rel,
        "no-icon": __props.item.noIcon
      }, {
        default: withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            _push2(`<span data-v-cd876e92${_scopeId}>${__props.item.text ?? ""}</span>`);
          } else {
            return [
              createVNode("span", {
                innerHTML: __props.item.text
              }, null, 8, ["innerHTML"])
            ];
          }
        }),
        _: 1
      }, _parent));
      _push(`</div>`);
    };
  }
});
const _sfc_setup$N = _sfc_main$N.setup;
_sfc_main$N.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPMenuLink.vue");
  return _sfc_setup$N ? _sfc_setup$N(props, ctx) : void 0;
};
const VPMenuLink = /* @__PURE__ */ _export_sfc(_sfc_main$N, [["__scopeId", "data-v-cd876e92"]]);
const _sfc_main$M = /* @__PURE__ */ defineComponent({
  __name: "VPMenuGroup",
  __ssrInlineRender: true,
  props: {
    text: {},
    items: {}
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPMenuGroup" }, _attrs))} data-v-ec5c4eaf>`);
      if (__props.text) {
        _push(`<p class="title" data-v-ec5c4eaf>${ssrInterpolate(__props.text)}</p>`);
      } else {
        _push(`<!---->`);
      }
      _push(`<!--[-->`);
      ssrRenderList(__props.items, (item) => {
        _push(`<!--[-->`);
        if ("link" in item) {
          _push(ssrRenderComponent(VPMenuLink, { item }, null, _parent));
        } else {
          _push(`<!---->`);
        }
        _push(`<!--]-->`);
      });
      _push(`<!--]--></div>`);
    };
  }
});
const _sfc_setup$M = _sfc_main$M.setup;
_sfc_main$M.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPMenuGroup.vue");
  return _sfc_setup$M ? _sfc_setup$M(props, ctx) : void 0;
};
const VPMenuGroup = /* @__PURE__ */ _export_sfc(_sfc_main$M, [["__scopeId", "data-v-ec5c4eaf"]]);
const _sfc_main$L = /* @__PURE__ */ defineComponent({
  __name: "VPMenu",
  __ssrInlineRender: true,
  props: {
    items: {}
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPMenu" }, _attrs))} data-v-b449b87d>`);
      if (__props.items) {
        _push(`<div class="items" data-v-b449b87d><!--[-->`);
        ssrRenderList(__props.items, (item) => {
          _push(`<!--[-->`);
          if ("link" in item) {
            _push(ssrRenderComponent(VPMenuLink, { item }, null, _parent));
          } else if ("component" in item) {
            ssrRenderVNode(_push, createVNode(resolveDynamicComponent(item.component), mergeProps({ ref_for: true }, item.props), null), _parent);
          } else {
            _push(ssrRenderComponent(VPMenuGroup, {
              text: item.text,
              items: item.items
            }, null, _parent));
          }
          _push(`<!--]-->`);
        });
        _push(`<!--]--></div>`);
      } else {
        _push(`<!---->`);
      }
      ssrRenderSlot(_ctx.$slots, "default", {}, null, _push, _parent);
      _push(`</div>`);
    };
  }
});
const _sfc_setup$L = _sfc_main$L.setup;
_sfc_main$L.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPMenu.vue");
  return _sfc_setup$L ? _sfc_setup$L(props, ctx) : void 0;
};
const VPMenu = /* @__PURE__ */ _export_sfc(_sfc_main$L, [["__scopeId", "data-v-b449b87d"]]);
const _sfc_main$K = /* @__PURE__ */ defineComponent({
  __name: "VPFlyout",
  __ssrInlineRender: true,
  props: {
    icon: {},
    button: {},
    label: {},
    items: {}
  },
  setup(__props) {
    const open = ref(false);
    const el = ref();
    useFlyout({ el, onBlur });
    function onBlur() {
      open.value = false;
    }
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: "VPFlyout",
        ref_key: "el",
        ref: el
      }, _attrs))} data-v-2e8c4097><button type="button" class="button" aria-haspopup="true"${ssrRenderAttr("aria-expanded", open.value)}${ssrRenderAttr("aria-label", __props.label)} data-v-2e8c4097>`);
      if (__props.button || __props.icon) {
        _push(`<span class="text" data-v-2e8c4097>`);
        if (__props.icon) {
          _push(`<span class="${ssrRenderClass([__props.icon, "option-icon"])}" data-v-2e8c4097></span>`);
        } else {
          _push(`<!---->`);
        }
        if (__props.button) {
          _push(`<span data-v-2e8c4097>${__props.button ?? ""}</span>`);
        } else {
          _push(`<!---->`);
        }
        _push(`<span class="vpi-chevron-down text-icon" data-v-2e8c4097></span></span>`);
      } else {
        _push(`<span class="vpi-more-horizontal icon" data-v-2e8c4097></span>`);
      }
      _push(`</button><div class="menu" data-v-2e8c4097>`);
      _push(ssrRenderComponent(VPMenu, { items: __props.items }, {
        default: withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot(_ctx.$slots, "default", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              renderSlot(_ctx.$slots, "default", {}, void 0, true)
            ];
          }
        }),
        _: 3
      }, _parent));
      _push(`</div></div>`);
    };
  }
});
const _sfc_setup$K = _sfc_main$K.setup;
_sfc_main$K.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPFlyout.vue");
  return _sfc_setup$K ? _sfc_setup$K(props, ctx) : void 0;
};
const VPFlyout = /* @__PURE__ */ _export_sfc(_sfc_main$K, [["__scopeId", "data-v-2e8c4097"]]);
const _sfc_main$J = /* @__PURE__ */ defineComponent({
  __name: "VPSocialLink",
  __ssrInlineRender: true,
  props: {
    icon: {},
    link: {},
    ariaLabel: {}
  },
  setup(__props) {
    var _a;
    const props = __props;
    const el = ref();
    onMounted(async () => {
      var _a2;
      await nextTick();
      const span = (_a2 = el.value) == null ? void 0 : _a2.children[0];
      if (span instanceof HTMLElement && span.className.startsWith("vpi-social-") && (getComputedStyle(span).maskImage || getComputedStyle(span).webkitMaskImage) === "none") {
        span.style.setProperty(
          "--icon",
          `url('https://api.iconify.design/simple-icons/${props.icon}.svg')`
        );
      }
    });
    const svg = computed(() => {
      if (typeof props.icon === "object") return props.icon.svg;
      return `<span class="vpi-social-${props.icon}"></span>`;
    });
    {
      typeof props.icon === "string" && ((_a = useSSRContext()) == null ? void 0 : _a.vpSocialIcons.add(props.icon));
    }
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<a${ssrRenderAttrs(mergeProps({
        ref_key: "el",
        ref: el,
        class: "VPSocialLink no-icon",
        href: __props.link,
        "aria-label": __props.ariaLabel ?? (typeof __props.icon === "string" ? __props.icon : ""),
        target: "_blank",
        rel: "noopener"
      }, _attrs))} data-v-236a83cf>${svg.value ?? ""}</a>`);
    };
  }
});
const _sfc_setup$J = _sfc_main$J.setup;
_sfc_main$J.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPSocialLink.vue");
  return _sfc_setup$J ? _sfc_setup$J(props, ctx) : void 0;
};
const VPSocialLink = /* @__PURE__ */ _export_sfc(_sfc_main$J, [["__scopeId", "data-v-236a83cf"]]);
const _sfc_main$I = /* @__PURE__ */ defineComponent({
  __name: "VPSocialLinks",
  __ssrInlineRender: true,
  props: {
    links: {}
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPSocialLinks" }, _attrs))} data-v-217d18d9><!--[-->`);
      ssrRenderList(__props.links, ({ link: link2, icon, ariaLabel }) => {
        _push(ssrRenderComponent(VPSocialLink, {
          key: link2,
          icon,
          link: link2,
          ariaLabel
        }, null, _parent));
      });
      _push(`<!--]--></div>`);
    };
  }
});
const _sfc_setup$I = _sfc_main$I.setup;
_sfc_main$I.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPSocialLinks.vue");
  return _sfc_setup$I ? _sfc_setup$I(props, ctx) : void 0;
};
const VPSocialLinks = /* @__PURE__ */ _export_sfc(_sfc_main$I, [["__scopeId", "data-v-217d18d9"]]);
const _sfc_main$H = /* @__PURE__ */ defineComponent({
  __name: "VPNavBarExtra",
  __ssrInlineRender: true,
  setup(__props) {
    const { site, theme: theme2 } = useData();
    const { localeLinks, currentLang } = useLangs({ correspondingLink: true });
    const hasExtraContent = computed(
      () => localeLinks.value.length && currentLang.value.label || site.value.appearance || theme2.value.socialLinks
    );
    return (_ctx, _push, _parent, _attrs) => {
      if (hasExtraContent.value) {
        _push(ssrRenderComponent(VPFlyout, mergeProps({
          class: "VPNavBarExtra",
          label: "extra navigation"
        }, _attrs), {
          default: withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              if (unref(localeLinks).length && unref(currentLang).label) {
                _push2(`<div class="group translations" data-v-eeaa4739${_scopeId}><p class="trans-title" data-v-eeaa4739${_scopeId}>${ssrInterpolate(unref(currentLang).label)}</p><!--[-->`);
                ssrRenderList(unref(localeLinks), (locale) => {
                  _push2(ssrRenderComponent(VPMenuLink, { item: locale }, null, _parent2, _scopeId));
                });
                _push2(`<!--]--></div>`);
              } else {
                _push2(`<!---->`);
              }
              if (unref(site).appearance && unref(site).appearance !== "force-dark" && unref(site).appearance !== "force-auto") {
                _push2(`<div class="group" data-v-eeaa4739${_scopeId}><div class="item appearance" data-v-eeaa4739${_scopeId}><p class="label" data-v-eeaa4739${_scopeId}>${ssrInterpolate(unref(theme2).darkModeSwitchLabel || "Appearance")}</p><div class="appearance-action" data-v-eeaa4739${_scopeId}>`);
                _push2(ssrRenderComponent(VPSwitchAppearance, null, null, _parent2, _scopeId));
                _push2(`</div></div></div>`);
              } else {
                _push2(`<!---->`);
              }
              if (unref(theme2).socialLinks) {
                _push2(`<div class="group" data-v-eeaa4739${_scopeId}><div class="item social-links" data-v-eeaa4739${_scopeId}>`);
                _push2(ssrRenderComponent(VPSocialLinks, {
                  class: "social-links-list",
                  links: unref(theme2).socialLinks
                }, null, _parent2, _scopeId));
                _push2(`</div></div>`);
              } else {
                _push2(`<!---->`);
              }
            } else {
              return [
                unref(localeLinks).length && unref(currentLang).label ? (openBlock(), createBlock("div", {
                  key: 0,
                  class: "group translations"
                }, [
                  createVNode("p", { class: "trans-title" }, toDisplayString(unref(currentLang).label), 1),
                  (openBlock(true), createBlock(Fragment, null, renderList(unref(localeLinks), (locale) => {
                    return openBlock(), createBlock(VPMenuLink, {
                      key: locale.link,
                      item: locale
                    }, null, 8, ["item"]);
                  }), 128))
                ])) : createCommentVNode("", true),
                unref(site).appearance && unref(site).appearance !== "force-dark" && unref(site).appearance !== "force-auto" ? (openBlock(), createBlock("div", {
                  key: 1,
                  class: "group"
                }, [
                  createVNode("div", { class: "item appearance" }, [
                    createVNode("p", { class: "label" }, toDisplayString(unref(theme2).darkModeSwitchLabel || "Appearance"), 1),
                    createVNode("div", { class: "appearance-action" }, [
                      createVNode(VPSwitchAppearance)
                    ])
                  ])
                ])) : createCommentVNode("", true),
                unref(theme2).socialLinks ? (openBlock(), createBlock("div", {
                  key: 2,
                  class: "group"
                }, [
                  createVNode("div", { class: "item social-links" }, [
                    createVNode(VPSocialLinks, {
                      class: "social-links-list",
                      links: unref(theme2).socialLinks
                    }, null, 8, ["links"])
                  ])
                ])) : createCommentVNode("", true)
              ];
            }
          }),
          _: 1
        }, _parent));
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$H = _sfc_main$H.setup;
_sfc_main$H.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPNavBarExtra.vue");
  return _sfc_setup$H ? _sfc_setup$H(props, ctx) : void 0;
};
const VPNavBarExtra = /* @__PURE__ */ _export_sfc(_sfc_main$H, [["__scopeId", "data-v-eeaa4739"]]);
const _sfc_main$G = /* @__PURE__ */ defineComponent({
  __name: "VPNavBarHamburger",
  __ssrInlineRender: true,
  props: {
    active: { type: Boolean }
  },
  emits: ["click"],
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<button${ssrRenderAttrs(mergeProps({
        type: "button",
        class: ["VPNavBarHamburger", { active: __props.active }],
        "aria-label": "mobile navigation",
        "aria-expanded": __props.active,
        "aria-controls": "VPNavScreen"
      }, _attrs))} data-v-ead8b93f><span class="container" data-v-ead8b93f><span class="top" data-v-ead8b93f></span><span class="middle" data-v-ead8b93f></span><span class="bottom" data-v-ead8b93f></span></span></button>`);
    };
  }
});
const _sfc_setup$G = _sfc_main$G.setup;
_sfc_main$G.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPNavBarHamburger.vue");
  return _sfc_setup$G ? _sfc_setup$G(props, ctx) : void 0;
};
const VPNavBarHamburger = /* @__PURE__ */ _export_sfc(_sfc_main$G, [["__scopeId", "data-v-ead8b93f"]]);
const _sfc_main$F = /* @__PURE__ */ defineComponent({
  __name: "VPNavBarMenuLink",
  __ssrInlineRender: true,
  props: {
    item: {}
  },
  setup(__props) {
    const { page } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      _push(ssrRenderComponent(_sfc_main$16, mergeProps({
        class: {
          VPNavBarMenuLink: true,
          active: unref(isActive)(
            unref(page).relativePath,
            __props.item.activeMatch || __props.item.link,
            !!__props.item.activeMatch
          )
        },
        href: __props.item.link,
        target: __props.item.target,
        rel: __props.item.rel,
        "no-icon": __props.item.noIcon,
        tabindex: "0"
      }, _attrs), {
        default: withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            _push2(`<span data-v-88a32aa7${_scopeId}>${__props.item.text ?? ""}</span>`);
          } else {
            return [
              createVNode("span", {
                innerHTML: __props.item.text
              }, null, 8, ["innerHTML"])
            ];
          }
        }),
        _: 1
      }, _parent));
    };
  }
});
const _sfc_setup$F = _sfc_main$F.setup;
_sfc_main$F.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPNavBarMenuLink.vue");
  return _sfc_setup$F ? _sfc_setup$F(props, ctx) : void 0;
};
const VPNavBarMenuLink = /* @__PURE__ */ _export_sfc(_sfc_main$F, [["__scopeId", "data-v-88a32aa7"]]);
const _sfc_main$E = /* @__PURE__ */ defineComponent({
  __name: "VPNavBarMenuGroup",
  __ssrInlineRender: true,
  props: {
    item: {}
  },
  setup(__props) {
    const props = __props;
    const { page } = useData();
    const isChildActive = (navItem) => {
      if ("component" in navItem) return false;
      if ("link" in navItem) {
        return isActive(
          page.value.relativePath,
          navItem.link,
          !!props.item.activeMatch
        );
      }
      return navItem.items.some(isChildActive);
    };
    const childrenActive = computed(() => isChildActive(props.item));
    return (_ctx, _push, _parent, _attrs) => {
      _push(ssrRenderComponent(VPFlyout, mergeProps({
        class: {
          VPNavBarMenuGroup: true,
          active: unref(isActive)(unref(page).relativePath, __props.item.activeMatch, !!__props.item.activeMatch) || childrenActive.value
        },
        button: __props.item.text,
        items: __props.item.items
      }, _attrs), null, _parent));
    };
  }
});
const _sfc_setup$E = _sfc_main$E.setup;
_sfc_main$E.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPNavBarMenuGroup.vue");
  return _sfc_setup$E ? _sfc_setup$E(props, ctx) : void 0;
};
const _sfc_main$D = /* @__PURE__ */ defineComponent({
  __name: "VPNavBarMenu",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2 } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(theme2).nav) {
        _push(`<nav${ssrRenderAttrs(mergeProps({
          "aria-labelledby": "main-nav-aria-label",
          class: "VPNavBarMenu"
        }, _attrs))} data-v-516dbd02><span id="main-nav-aria-label" class="visually-hidden" data-v-516dbd02> Main Navigation </span><!--[-->`);
        ssrRenderList(unref(theme2).nav, (item) => {
          _push(`<!--[-->`);
          if ("link" in item) {
            _push(ssrRenderComponent(VPNavBarMenuLink, { item }, null, _parent));
          } else if ("component" in item) {
            ssrRenderVNode(_push, createVNode(resolveDynamicComponent(item.component), mergeProps({ ref_for: true }, item.props), null), _parent);
          } else {
            _push(ssrRenderComponent(_sfc_main$E, { item }, null, _parent));
          }
          _push(`<!--]-->`);
        });
        _push(`<!--]--></nav>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$D = _sfc_main$D.setup;
_sfc_main$D.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPNavBarMenu.vue");
  return _sfc_setup$D ? _sfc_setup$D(props, ctx) : void 0;
};
const VPNavBarMenu = /* @__PURE__ */ _export_sfc(_sfc_main$D, [["__scopeId", "data-v-516dbd02"]]);
function createSearchTranslate(defaultTranslations) {
  const { localeIndex, theme: theme2 } = useData();
  function translate(key) {
    var _a, _b, _c;
    const keyPath = key.split(".");
    const themeObject = (_a = theme2.value.search) == null ? void 0 : _a.options;
    const isObject2 = themeObject && typeof themeObject === "object";
    const locales = isObject2 && ((_c = (_b = themeObject.locales) == null ? void 0 : _b[localeIndex.value]) == null ? void 0 : _c.translations) || null;
    const translations = isObject2 && themeObject.translations || null;
    let localeResult = locales;
    let translationResult = translations;
    let defaultResult = defaultTranslations;
    const lastKey = keyPath.pop();
    for (const k of keyPath) {
      let fallbackResult = null;
      const foundInFallback = defaultResult == null ? void 0 : defaultResult[k];
      if (foundInFallback) {
        fallbackResult = defaultResult = foundInFallback;
      }
      const foundInTranslation = translationResult == null ? void 0 : translationResult[k];
      if (foundInTranslation) {
        fallbackResult = translationResult = foundInTranslation;
      }
      const foundInLocale = localeResult == null ? void 0 : localeResult[k];
      if (foundInLocale) {
        fallbackResult = localeResult = foundInLocale;
      }
      if (!foundInFallback) {
        defaultResult = fallbackResult;
      }
      if (!foundInTranslation) {
        translationResult = fallbackResult;
      }
      if (!foundInLocale) {
        localeResult = fallbackResult;
      }
    }
    return (localeResult == null ? void 0 : localeResult[lastKey]) ?? (translationResult == null ? void 0 : translationResult[lastKey]) ?? (defaultResult == null ? void 0 : defaultResult[lastKey]) ?? "";
  }
  return translate;
}
const _sfc_main$C = /* @__PURE__ */ defineComponent({
  __name: "VPNavBarSearchButton",
  __ssrInlineRender: true,
  setup(__props) {
    const defaultTranslations = {
      button: {
        buttonText: "Search",
        buttonAriaLabel: "Search"
      }
    };
    const translate = createSearchTranslate(defaultTranslations);
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<button${ssrRenderAttrs(mergeProps({
        type: "button",
        class: "DocSearch DocSearch-Button",
        "aria-label": unref(translate)("button.buttonAriaLabel")
      }, _attrs))}><span class="DocSearch-Button-Container"><span class="vp-icon DocSearch-Search-Icon"></span><span class="DocSearch-Button-Placeholder">${ssrInterpolate(unref(translate)("button.buttonText"))}</span></span><span class="DocSearch-Button-Keys"><kbd class="DocSearch-Button-Key"></kbd><kbd class="DocSearch-Button-Key">K</kbd></span></button>`);
    };
  }
});
const _sfc_setup$C = _sfc_main$C.setup;
_sfc_main$C.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPNavBarSearchButton.vue");
  return _sfc_setup$C ? _sfc_setup$C(props, ctx) : void 0;
};
const _sfc_main$B = /* @__PURE__ */ defineComponent({
  __name: "VPNavBarSearch",
  __ssrInlineRender: true,
  setup(__props) {
    const VPLocalSearchBox = defineAsyncComponent(() => import("./VPLocalSearchBox.B12BGULx.js"));
    const VPAlgoliaSearchBox = () => null;
    const { theme: theme2 } = useData();
    const loaded2 = ref(false);
    const actuallyLoaded = ref(false);
    onMounted(() => {
      {
        return;
      }
    });
    function load() {
      if (!loaded2.value) {
        loaded2.value = true;
        setTimeout(poll, 16);
      }
    }
    function poll() {
      const e = new Event("keydown");
      e.key = "k";
      e.metaKey = true;
      window.dispatchEvent(e);
      setTimeout(() => {
        if (!document.querySelector(".DocSearch-Modal")) {
          poll();
        }
      }, 16);
    }
    function isEditingContent(event) {
      const element = event.target;
      const tagName = element.tagName;
      return element.isContentEditable || tagName === "INPUT" || tagName === "SELECT" || tagName === "TEXTAREA";
    }
    const showSearch = ref(false);
    {
      onKeyStroke("k", (event) => {
        if (event.ctrlKey || event.metaKey) {
          event.preventDefault();
          showSearch.value = true;
        }
      });
      onKeyStroke("/", (event) => {
        if (!isEditingContent(event)) {
          event.preventDefault();
          showSearch.value = true;
        }
      });
    }
    const provider = "local";
    return (_ctx, _push, _parent, _attrs) => {
      var _a;
      _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPNavBarSearch" }, _attrs))}>`);
      if (unref(provider) === "local") {
        _push(`<!--[-->`);
        if (showSearch.value) {
          _push(ssrRenderComponent(unref(VPLocalSearchBox), {
            onClose: ($event) => showSearch.value = false
          }, null, _parent));
        } else {
          _push(`<!---->`);
        }
        _push(`<div id="local-search">`);
        _push(ssrRenderComponent(_sfc_main$C, {
          onClick: ($event) => showSearch.value = true
        }, null, _parent));
        _push(`</div><!--]-->`);
      } else if (unref(provider) === "algolia") {
        _push(`<!--[-->`);
        if (loaded2.value) {
          _push(ssrRenderComponent(unref(VPAlgoliaSearchBox), {
            algolia: ((_a = unref(theme2).search) == null ? void 0 : _a.options) ?? unref(theme2).algolia,
            onVnodeBeforeMount: ($event) => actuallyLoaded.value = true
          }, null, _parent));
        } else {
          _push(`<!---->`);
        }
        if (!actuallyLoaded.value) {
          _push(`<div id="docsearch">`);
          _push(ssrRenderComponent(_sfc_main$C, { onClick: load }, null, _parent));
          _push(`</div>`);
        } else {
          _push(`<!---->`);
        }
        _push(`<!--]-->`);
      } else {
        _push(`<!---->`);
      }
      _push(`</div>`);
    };
  }
});
const _sfc_setup$B = _sfc_main$B.setup;
_sfc_main$B.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPNavBarSearch.vue");
  return _sfc_setup$B ? _sfc_setup$B(props, ctx) : void 0;
};
const _sfc_main$A = /* @__PURE__ */ defineComponent({
  __name: "VPNavBarSocialLinks",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2 } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(theme2).socialLinks) {
        _push(ssrRenderComponent(VPSocialLinks, mergeProps({
          class: "VPNavBarSocialLinks",
          links: unref(theme2).socialLinks
        }, _attrs), null, _parent));
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$A = _sfc_main$A.setup;
_sfc_main$A.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPNavBarSocialLinks.vue");
  return _sfc_setup$A ? _sfc_setup$A(props, ctx) : void 0;
};
const VPNavBarSocialLinks = /* @__PURE__ */ _export_sfc(_sfc_main$A, [["__scopeId", "data-v-454a3295"]]);
const _sfc_main$z = /* @__PURE__ */ defineComponent({
  __name: "VPNavBarTitle",
  __ssrInlineRender: true,
  setup(__props) {
    const { site, theme: theme2 } = useData();
    const { hasSidebar } = useSidebar();
    const { currentLang } = useLangs();
    const link2 = computed(
      () => {
        var _a;
        return typeof theme2.value.logoLink === "string" ? theme2.value.logoLink : (_a = theme2.value.logoLink) == null ? void 0 : _a.link;
      }
    );
    const rel = computed(
      () => {
        var _a;
        return typeof theme2.value.logoLink === "string" ? void 0 : (_a = theme2.value.logoLink) == null ? void 0 : _a.rel;
      }
    );
    const target = computed(
      () => {
        var _a;
        return typeof theme2.value.logoLink === "string" ? void 0 : (_a = theme2.value.logoLink) == null ? void 0 : _a.target;
      }
    );
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: ["VPNavBarTitle", { "has-sidebar": unref(hasSidebar) }]
      }, _attrs))} data-v-b6a192c4><a class="title"${ssrRenderAttr("href", link2.value ?? unref(normalizeLink$1)(unref(currentLang).link))}${ssrRenderAttr("rel", rel.value)}${ssrRenderAttr("target", target.value)} data-v-b6a192c4>`);
      ssrRenderSlot(_ctx.$slots, "nav-bar-title-before", {}, null, _push, _parent);
      if (unref(theme2).logo) {
        _push(ssrRenderComponent(VPImage, {
          class: "logo",
          image: unref(theme2).logo
        }, null, _parent));
      } else {
        _push(`<!---->`);
      }
      if (unref(theme2).siteTitle) {
        _push(`<span data-v-b6a192c4>${unref(theme2).siteTitle ?? ""}</span>`);
      } else if (unref(theme2).siteTitle === void 0) {
        _push(`<span data-v-b6a192c4>${ssrInterpolate(unref(site).title)}</span>`);
      } else {
        _push(`<!---->`);
      }
      ssrRenderSlot(_ctx.$slots, "nav-bar-title-after", {}, null, _push, _parent);
      _push(`</a></div>`);
    };
  }
});
const _sfc_setup$z = _sfc_main$z.setup;
_sfc_main$z.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPNavBarTitle.vue");
  return _sfc_setup$z ? _sfc_setup$z(props, ctx) : void 0;
};
const VPNavBarTitle = /* @__PURE__ */ _export_sfc(_sfc_main$z, [["__scopeId", "data-v-b6a192c4"]]);
const _sfc_main$y = /* @__PURE__ */ defineComponent({
  __name: "VPNavBarTranslations",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2 } = useData();
    const { localeLinks, currentLang } = useLangs({ correspondingLink: true });
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(localeLinks).length && unref(currentLang).label) {
        _push(ssrRenderComponent(VPFlyout, mergeProps({
          class: "VPNavBarTranslations",
          icon: "vpi-languages",
          label: unref(theme2).langMenuLabel || "Change language"
        }, _attrs), {
          default: withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              _push2(`<div class="items" data-v-fcff6183${_scopeId}><p class="title" data-v-fcff6183${_scopeId}>${ssrInterpolate(unref(currentLang).label)}</p><!--[-->`);
              ssrRenderList(unref(localeLinks), (locale) => {
                _push2(ssrRenderComponent(VPMenuLink, { item: locale }, null, _parent2, _scopeId));
              });
              _push2(`<!--]--></div>`);
            } else {
              return [
                createVNode("div", { class: "items" }, [
                  createVNode("p", { class: "title" }, toDisplayString(unref(currentLang).label), 1),
                  (openBlock(true), createBlock(Fragment, null, renderList(unref(localeLinks), (locale) => {
                    return openBlock(), createBlock(VPMenuLink, {
                      key: locale.link,
                      item: locale
                    }, null, 8, ["item"]);
                  }), 128))
                ])
              ];
            }
          }),
          _: 1
        }, _parent));
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$y = _sfc_main$y.setup;
_sfc_main$y.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPNavBarTranslations.vue");
  return _sfc_setup$y ? _sfc_setup$y(props, ctx) : void 0;
};
const VPNavBarTranslations = /* @__PURE__ */ _export_sfc(_sfc_main$y, [["__scopeId", "data-v-fcff6183"]]);
const _sfc_main$x = /* @__PURE__ */ defineComponent({
  __name: "VPNavBar",
  __ssrInlineRender: true,
  props: {
    isScreenOpen: { type: Boolean }
  },
  emits: ["toggle-screen"],
  setup(__props) {
    const props = __props;
    const { y } = useWindowScroll();
    const { hasSidebar } = useSidebar();
    const { frontmatter } = useData();
    const classes = ref({});
    watchPostEffect(() => {
      classes.value = {
        "has-sidebar": hasSidebar.value,
        "home": frontmatter.value.layout === "home",
        "top": y.value === 0,
        "screen-open": props.isScreenOpen
      };
    });
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: ["VPNavBar", classes.value]
      }, _attrs))} data-v-a9b9ed37><div class="wrapper" data-v-a9b9ed37><div class="container" data-v-a9b9ed37><div class="title" data-v-a9b9ed37>`);
      _push(ssrRenderComponent(VPNavBarTitle, null, {
        "nav-bar-title-before": withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot(_ctx.$slots, "nav-bar-title-before", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              renderSlot(_ctx.$slots, "nav-bar-title-before", {}, void 0, true)
            ];
          }
        }),
        "nav-bar-title-after": withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot(_ctx.$slots, "nav-bar-title-after", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              renderSlot(_ctx.$slots, "nav-bar-title-after", {}, void 0, true)
            ];
          }
        }),
        _: 3
      }, _parent));
      _push(`</div><div class="content" data-v-a9b9ed37><div class="content-body" data-v-a9b9ed37>`);
      ssrRenderSlot(_ctx.$slots, "nav-bar-content-before", {}, null, _push, _parent);
      _push(ssrRenderComponent(_sfc_main$B, { class: "search" }, null, _parent));
      _push(ssrRenderComponent(VPNavBarMenu, { class: "menu" }, null, _parent));
      _push(ssrRenderComponent(VPNavBarTranslations, { class: "translations" }, null, _parent));
      _push(ssrRenderComponent(VPNavBarAppearance, { class: "appearance" }, null, _parent));
      _push(ssrRenderComponent(VPNavBarSocialLinks, { class: "social-links" }, null, _parent));
      _push(ssrRenderComponent(VPNavBarExtra, { class: "extra" }, null, _parent));
      ssrRenderSlot(_ctx.$slots, "nav-bar-content-after", {}, null, _push, _parent);
      _push(ssrRenderComponent(VPNavBarHamburger, {
        class: "hamburger",
        active: __props.isScreenOpen,
        onClick: ($event) => _ctx.$emit("toggle-screen")
      }, null, _parent));
      _push(`</div></div></div></div><div class="divider" data-v-a9b9ed37><div class="divider-line" data-v-a9b9ed37></div></div></div>`);
    };
  }
});
const _sfc_setup$x = _sfc_main$x.setup;
_sfc_main$x.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPNavBar.vue");
  return _sfc_setup$x ? _sfc_setup$x(props, ctx) : void 0;
};
const VPNavBar = /* @__PURE__ */ _export_sfc(_sfc_main$x, [["__scopeId", "data-v-a9b9ed37"]]);
const _sfc_main$w = /* @__PURE__ */ defineComponent({
  __name: "VPNavScreenAppearance",
  __ssrInlineRender: true,
  setup(__props) {
    const { site, theme: theme2 } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(site).appearance && unref(site).appearance !== "force-dark" && unref(site).appearance !== "force-auto") {
        _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPNavScreenAppearance" }, _attrs))} data-v-7e28e191><p class="text" data-v-7e28e191>${ssrInterpolate(unref(theme2).darkModeSwitchLabel || "Appearance")}</p>`);
        _push(ssrRenderComponent(VPSwitchAppearance, null, null, _parent));
        _push(`</div>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$w = _sfc_main$w.setup;
_sfc_main$w.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPNavScreenAppearance.vue");
  return _sfc_setup$w ? _sfc_setup$w(props, ctx) : void 0;
};
const VPNavScreenAppearance = /* @__PURE__ */ _export_sfc(_sfc_main$w, [["__scopeId", "data-v-7e28e191"]]);
const _sfc_main$v = /* @__PURE__ */ defineComponent({
  __name: "VPNavScreenMenuLink",
  __ssrInlineRender: true,
  props: {
    item: {}
  },
  setup(__props) {
    const closeScreen = inject("close-screen");
    return (_ctx, _push, _parent, _attrs) => {
      _push(ssrRenderComponent(_sfc_main$16, mergeProps({
        class: "VPNavScreenMenuLink",
        href: __props.item.link,
        target: __props.item.target,
        rel: __props.item.rel,
        "no-icon": __props.item.noIcon,
        onClick: unref(closeScreen)
      }, _attrs), {
        default: withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            _push2(`<span data-v-c29ffbb9${_scopeId}>${__props.item.text ?? ""}</span>`);
          } else {
            return [
              createVNode("span", {
                innerHTML: __props.item.text
              }, null, 8, ["innerHTML"])
            ];
          }
        }),
        _: 1
      }, _parent));
    };
  }
});
const _sfc_setup$v = _sfc_main$v.setup;
_sfc_main$v.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPNavScreenMenuLink.vue");
  return _sfc_setup$v ? _sfc_setup$v(props, ctx) : void 0;
};
const VPNavScreenMenuLink = /* @__PURE__ */ _export_sfc(_sfc_main$v, [["__scopeId", "data-v-c29ffbb9"]]);
const _sfc_main$u = /* @__PURE__ */ defineComponent({
  __name: "VPNavScreenMenuGroupLink",
  __ssrInlineRender: true,
  props: {
    item: {}
  },
  setup(__props) {
    const closeScreen = inject("close-screen");
    return (_ctx, _push, _parent, _attrs) => {
      _push(ssrRenderComponent(_sfc_main$16, mergeProps({
        class: "VPNavScreenMenuGroupLink",
        href: __props.item.link,
        target: __props.item.target,
        rel: __props.item.rel,
        "no-icon": __props.item.noIcon,
        onClick: unref(closeScreen)
      }, _attrs), {
        default: withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            _push2(`<span data-v-fa8f2e6d${_scopeId}>${__props.item.text ?? ""}</span>`);
          } else {
            return [
              createVNode("span", {
                innerHTML: __props.item.text
              }, null, 8, ["innerHTML"])
            ];
          }
        }),
        _: 1
      }, _parent));
    };
  }
});
const _sfc_setup$u = _sfc_main$u.setup;
_sfc_main$u.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPNavScreenMenuGroupLink.vue");
  return _sfc_setup$u ? _sfc_setup$u(props, ctx) : void 0;
};
const VPNavScreenMenuGroupLink = /* @__PURE__ */ _export_sfc(_sfc_main$u, [["__scopeId", "data-v-fa8f2e6d"]]);
const _sfc_main$t = /* @__PURE__ */ defineComponent({
  __name: "VPNavScreenMenuGroupSection",
  __ssrInlineRender: true,
  props: {
    text: {},
    items: {}
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPNavScreenMenuGroupSection" }, _attrs))} data-v-65116fdf>`);
      if (__props.text) {
        _push(`<p class="title" data-v-65116fdf>${ssrInterpolate(__props.text)}</p>`);
      } else {
        _push(`<!---->`);
      }
      _push(`<!--[-->`);
      ssrRenderList(__props.items, (item) => {
        _push(ssrRenderComponent(VPNavScreenMenuGroupLink, {
          key: item.text,
          item
        }, null, _parent));
      });
      _push(`<!--]--></div>`);
    };
  }
});
const _sfc_setup$t = _sfc_main$t.setup;
_sfc_main$t.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPNavScreenMenuGroupSection.vue");
  return _sfc_setup$t ? _sfc_setup$t(props, ctx) : void 0;
};
const VPNavScreenMenuGroupSection = /* @__PURE__ */ _export_sfc(_sfc_main$t, [["__scopeId", "data-v-65116fdf"]]);
const _sfc_main$s = /* @__PURE__ */ defineComponent({
  __name: "VPNavScreenMenuGroup",
  __ssrInlineRender: true,
  props: {
    text: {},
    items: {}
  },
  setup(__props) {
    const props = __props;
    const isOpen = ref(false);
    const groupId = computed(
      () => `NavScreenGroup-${props.text.replace(" ", "-").toLowerCase()}`
    );
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: ["VPNavScreenMenuGroup", { open: isOpen.value }]
      }, _attrs))} data-v-6e6521e6><button class="button"${ssrRenderAttr("aria-controls", groupId.value)}${ssrRenderAttr("aria-expanded", isOpen.value)} data-v-6e6521e6><span class="button-text" data-v-6e6521e6>${__props.text ?? ""}</span><span class="vpi-plus button-icon" data-v-6e6521e6></span></button><div${ssrRenderAttr("id", groupId.value)} class="items" data-v-6e6521e6><!--[-->`);
      ssrRenderList(__props.items, (item) => {
        _push(`<!--[-->`);
        if ("link" in item) {
          _push(`<div class="item" data-v-6e6521e6>`);
          _push(ssrRenderComponent(VPNavScreenMenuGroupLink, { item }, null, _parent));
          _push(`</div>`);
        } else if ("component" in item) {
          _push(`<div class="item" data-v-6e6521e6>`);
          ssrRenderVNode(_push, createVNode(resolveDynamicComponent(item.component), mergeProps({ ref_for: true }, item.props, { "screen-menu": "" }), null), _parent);
          _push(`</div>`);
        } else {
          _push(`<div class="group" data-v-6e6521e6>`);
          _push(ssrRenderComponent(VPNavScreenMenuGroupSection, {
            text: item.text,
            items: item.items
          }, null, _parent));
          _push(`</div>`);
        }
        _push(`<!--]-->`);
      });
      _push(`<!--]--></div></div>`);
    };
  }
});
const _sfc_setup$s = _sfc_main$s.setup;
_sfc_main$s.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPNavScreenMenuGroup.vue");
  return _sfc_setup$s ? _sfc_setup$s(props, ctx) : void 0;
};
const VPNavScreenMenuGroup = /* @__PURE__ */ _export_sfc(_sfc_main$s, [["__scopeId", "data-v-6e6521e6"]]);
const _sfc_main$r = /* @__PURE__ */ defineComponent({
  __name: "VPNavScreenMenu",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2 } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(theme2).nav) {
        _push(`<nav${ssrRenderAttrs(mergeProps({ class: "VPNavScreenMenu" }, _attrs))}><!--[-->`);
        ssrRenderList(unref(theme2).nav, (item) => {
          _push(`<!--[-->`);
          if ("link" in item) {
            _push(ssrRenderComponent(VPNavScreenMenuLink, { item }, null, _parent));
          } else if ("component" in item) {
            ssrRenderVNode(_push, createVNode(resolveDynamicComponent(item.component), mergeProps({ ref_for: true }, item.props, { "screen-menu": "" }), null), _parent);
          } else {
            _push(ssrRenderComponent(VPNavScreenMenuGroup, {
              text: item.text || "",
              items: item.items
            }, null, _parent));
          }
          _push(`<!--]-->`);
        });
        _push(`<!--]--></nav>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$r = _sfc_main$r.setup;
_sfc_main$r.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPNavScreenMenu.vue");
  return _sfc_setup$r ? _sfc_setup$r(props, ctx) : void 0;
};
const _sfc_main$q = /* @__PURE__ */ defineComponent({
  __name: "VPNavScreenSocialLinks",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2 } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(theme2).socialLinks) {
        _push(ssrRenderComponent(VPSocialLinks, mergeProps({
          class: "VPNavScreenSocialLinks",
          links: unref(theme2).socialLinks
        }, _attrs), null, _parent));
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$q = _sfc_main$q.setup;
_sfc_main$q.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPNavScreenSocialLinks.vue");
  return _sfc_setup$q ? _sfc_setup$q(props, ctx) : void 0;
};
const _sfc_main$p = /* @__PURE__ */ defineComponent({
  __name: "VPNavScreenTranslations",
  __ssrInlineRender: true,
  setup(__props) {
    const { localeLinks, currentLang } = useLangs({ correspondingLink: true });
    const isOpen = ref(false);
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(localeLinks).length && unref(currentLang).label) {
        _push(`<div${ssrRenderAttrs(mergeProps({
          class: ["VPNavScreenTranslations", { open: isOpen.value }]
        }, _attrs))} data-v-1f908155><button class="title" data-v-1f908155><span class="vpi-languages icon lang" data-v-1f908155></span> ${ssrInterpolate(unref(currentLang).label)} <span class="vpi-chevron-down icon chevron" data-v-1f908155></span></button><ul class="list" data-v-1f908155><!--[-->`);
        ssrRenderList(unref(localeLinks), (locale) => {
          _push(`<li class="item" data-v-1f908155>`);
          _push(ssrRenderComponent(_sfc_main$16, {
            class: "link",
            href: locale.link
          }, {
            default: withCtx((_, _push2, _parent2, _scopeId) => {
              if (_push2) {
                _push2(`${ssrInterpolate(locale.text)}`);
              } else {
                return [
                  createTextVNode(toDisplayString(locale.text), 1)
                ];
              }
            }),
            _: 2
          }, _parent));
          _push(`</li>`);
        });
        _push(`<!--]--></ul></div>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$p = _sfc_main$p.setup;
_sfc_main$p.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPNavScreenTranslations.vue");
  return _sfc_setup$p ? _sfc_setup$p(props, ctx) : void 0;
};
const VPNavScreenTranslations = /* @__PURE__ */ _export_sfc(_sfc_main$p, [["__scopeId", "data-v-1f908155"]]);
const _sfc_main$o = /* @__PURE__ */ defineComponent({
  __name: "VPNavScreen",
  __ssrInlineRender: true,
  props: {
    open: { type: Boolean }
  },
  setup(__props) {
    const screen = ref(null);
    useScrollLock(inBrowser ? document.body : null);
    return (_ctx, _push, _parent, _attrs) => {
      if (__props.open) {
        _push(`<div${ssrRenderAttrs(mergeProps({
          class: "VPNavScreen",
          ref_key: "screen",
          ref: screen,
          id: "VPNavScreen"
        }, _attrs))} data-v-5834b916><div class="container" data-v-5834b916>`);
        ssrRenderSlot(_ctx.$slots, "nav-screen-content-before", {}, null, _push, _parent);
        _push(ssrRenderComponent(_sfc_main$r, { class: "menu" }, null, _parent));
        _push(ssrRenderComponent(VPNavScreenTranslations, { class: "translations" }, null, _parent));
        _push(ssrRenderComponent(VPNavScreenAppearance, { class: "appearance" }, null, _parent));
        _push(ssrRenderComponent(_sfc_main$q, { class: "social-links" }, null, _parent));
        ssrRenderSlot(_ctx.$slots, "nav-screen-content-after", {}, null, _push, _parent);
        _push(`</div></div>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$o = _sfc_main$o.setup;
_sfc_main$o.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPNavScreen.vue");
  return _sfc_setup$o ? _sfc_setup$o(props, ctx) : void 0;
};
const VPNavScreen = /* @__PURE__ */ _export_sfc(_sfc_main$o, [["__scopeId", "data-v-5834b916"]]);
const _sfc_main$n = /* @__PURE__ */ defineComponent({
  __name: "VPNav",
  __ssrInlineRender: true,
  setup(__props) {
    const { isScreenOpen, closeScreen, toggleScreen } = useNav();
    const { frontmatter } = useData();
    const hasNavbar = computed(() => {
      return frontmatter.value.navbar !== false;
    });
    provide("close-screen", closeScreen);
    watchEffect(() => {
      if (inBrowser) {
        document.documentElement.classList.toggle("hide-nav", !hasNavbar.value);
      }
    });
    return (_ctx, _push, _parent, _attrs) => {
      if (hasNavbar.value) {
        _push(`<header${ssrRenderAttrs(mergeProps({ class: "VPNav" }, _attrs))} data-v-4495fddf>`);
        _push(ssrRenderComponent(VPNavBar, {
          "is-screen-open": unref(isScreenOpen),
          onToggleScreen: unref(toggleScreen)
        }, {
          "nav-bar-title-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-bar-title-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-bar-title-before", {}, void 0, true)
              ];
            }
          }),
          "nav-bar-title-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-bar-title-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-bar-title-after", {}, void 0, true)
              ];
            }
          }),
          "nav-bar-content-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-bar-content-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-bar-content-before", {}, void 0, true)
              ];
            }
          }),
          "nav-bar-content-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-bar-content-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-bar-content-after", {}, void 0, true)
              ];
            }
          }),
          _: 3
        }, _parent));
        _push(ssrRenderComponent(VPNavScreen, { open: unref(isScreenOpen) }, {
          "nav-screen-content-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-screen-content-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-screen-content-before", {}, void 0, true)
              ];
            }
          }),
          "nav-screen-content-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-screen-content-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-screen-content-after", {}, void 0, true)
              ];
            }
          }),
          _: 3
        }, _parent));
        _push(`</header>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$n = _sfc_main$n.setup;
_sfc_main$n.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPNav.vue");
  return _sfc_setup$n ? _sfc_setup$n(props, ctx) : void 0;
};
const VPNav = /* @__PURE__ */ _export_sfc(_sfc_main$n, [["__scopeId", "data-v-4495fddf"]]);
const _sfc_main$m = /* @__PURE__ */ defineComponent({
  __name: "VPSidebarItem",
  __ssrInlineRender: true,
  props: {
    item: {},
    depth: {}
  },
  setup(__props) {
    const props = __props;
    const {
      collapsed,
      collapsible,
      isLink,
      isActiveLink,
      hasActiveLink: hasActiveLink2,
      hasChildren,
      toggle
    } = useSidebarControl(computed(() => props.item));
    const sectionTag = computed(() => hasChildren.value ? "section" : `div`);
    const linkTag = computed(() => isLink.value ? "a" : "div");
    const textTag = computed(() => {
      return !hasChildren.value ? "p" : props.depth + 2 === 7 ? "p" : `h${props.depth + 2}`;
    });
    const itemRole = computed(() => isLink.value ? void 0 : "button");
    const classes = computed(() => [
      [`level-${props.depth}`],
      { collapsible: collapsible.value },
      { collapsed: collapsed.value },
      { "is-link": isLink.value },
      { "is-active": isActiveLink.value },
      { "has-active": hasActiveLink2.value }
    ]);
    function onItemInteraction(e) {
      if ("key" in e && e.key !== "Enter") {
        return;
      }
      !props.item.link && toggle();
    }
    function onCaretClick() {
      props.item.link && toggle();
    }
    return (_ctx, _push, _parent, _attrs) => {
      const _component_VPSidebarItem = resolveComponent("VPSidebarItem", true);
      ssrRenderVNode(_push, createVNode(resolveDynamicComponent(sectionTag.value), mergeProps({
        class: ["VPSidebarItem", classes.value]
      }, _attrs), {
        default: withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            if (__props.item.text) {
              _push2(`<div class="item"${ssrRenderAttr("role", itemRole.value)}${ssrRenderAttr("tabindex", __props.item.items && 0)} data-v-f299615c${_scopeId}><div class="indicator" data-v-f299615c${_scopeId}></div>`);
              if (__props.item.link) {
                _push2(ssrRenderComponent(_sfc_main$16, {
                  tag: linkTag.value,
                  class: "link",
                  href: __props.item.link,
                  rel: __props.item.rel,
                  target: __props.item.target
                }, {
                  default: withCtx((_2, _push3, _parent3, _scopeId2) => {
                    if (_push3) {
                      ssrRenderVNode(_push3, createVNode(resolveDynamicComponent(textTag.value), { class: "text" }, null), _parent3, _scopeId2);
                    } else {
                      return [
                        (openBlock(), createBlock(resolveDynamicComponent(textTag.value), {
                          class: "text",
                          innerHTML: __props.item.text
                        }, null, 8, ["innerHTML"]))
                      ];
                    }
                  }),
                  _: 1
                }, _parent2, _scopeId));
              } else {
                ssrRenderVNode(_push2, createVNode(resolveDynamicComponent(textTag.value), { class: "text" }, null), _parent2, _scopeId);
              }
              if (__props.item.collapsed != null && __props.item.items && __props.item.items.length) {
                _push2(`<div class="caret" role="button" aria-label="toggle section" tabindex="0" data-v-f299615c${_scopeId}><span class="vpi-chevron-right caret-icon" data-v-f299615c${_scopeId}></span></div>`);
              } else {
                _push2(`<!---->`);
              }
              _push2(`</div>`);
            } else {
              _push2(`<!---->`);
            }
            if (__props.item.items && __props.item.items.length) {
              _push2(`<div class="items" data-v-f299615c${_scopeId}>`);
              if (__props.depth < 5) {
                _push2(`<!--[-->`);
                ssrRenderList(__props.item.items, (i) => {
                  _push2(ssrRenderComponent(_component_VPSidebarItem, {
                    key: i.text,
                    item: i,
                    depth: __props.depth + 1
                  }, null, _parent2, _scopeId));
                });
                _push2(`<!--]-->`);
              } else {
                _push2(`<!---->`);
              }
              _push2(`</div>`);
            } else {
              _push2(`<!---->`);
            }
          } else {
            return [
              __props.item.text ? (openBlock(), createBlock("div", mergeProps({
                key: 0,
                class: "item",
                role: itemRole.value
              }, toHandlers(
                __props.item.items ? { click: onItemInteraction, keydown: onItemInteraction } : {},
                true
              ), {
                tabindex: __props.item.items && 0
              }), [
                createVNode("div", { class: "indicator" }),
                __props.item.link ? (openBlock(), createBlock(_sfc_main$16, {
                  key: 0,
                  tag: linkTag.value,
                  class: "link",
                  href: __props.item.link,
                  rel: __props.item.rel,
                  target: __props.item.target
                }, {
                  default: withCtx(() => [
                    (openBlock(), createBlock(resolveDynamicComponent(textTag.value), {
                      class: "text",
                      innerHTML: __props.item.text
                    }, null, 8, ["innerHTML"]))
                  ]),
                  _: 1
                }, 8, ["tag", "href", "rel", "target"])) : (openBlock(), createBlock(resolveDynamicComponent(textTag.value), {
                  key: 1,
                  class: "text",
                  innerHTML: __props.item.text
                }, null, 8, ["innerHTML"])),
                __props.item.collapsed != null && __props.item.items && __props.item.items.length ? (openBlock(), createBlock("div", {
                  key: 2,
                  class: "caret",
                  role: "button",
                  "aria-label": "toggle section",
                  onClick: onCaretClick,
                  onKeydown: withKeys(onCaretClick, ["enter"]),
                  tabindex: "0"
                }, [
                  createVNode("span", { class: "vpi-chevron-right caret-icon" })
                ], 32)) : createCommentVNode("", true)
              ], 16, ["role", "tabindex"])) : createCommentVNode("", true),
              __props.item.items && __props.item.items.length ? (openBlock(), createBlock("div", {
                key: 1,
                class: "items"
              }, [
                __props.depth < 5 ? (openBlock(true), createBlock(Fragment, { key: 0 }, renderList(__props.item.items, (i) => {
                  return openBlock(), createBlock(_component_VPSidebarItem, {
                    key: i.text,
                    item: i,
                    depth: __props.depth + 1
                  }, null, 8, ["item", "depth"]);
                }), 128)) : createCommentVNode("", true)
              ])) : createCommentVNode("", true)
            ];
          }
        }),
        _: 1
      }), _parent);
    };
  }
});
const _sfc_setup$m = _sfc_main$m.setup;
_sfc_main$m.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPSidebarItem.vue");
  return _sfc_setup$m ? _sfc_setup$m(props, ctx) : void 0;
};
const VPSidebarItem = /* @__PURE__ */ _export_sfc(_sfc_main$m, [["__scopeId", "data-v-f299615c"]]);
const _sfc_main$l = /* @__PURE__ */ defineComponent({
  __name: "VPSidebarGroup",
  __ssrInlineRender: true,
  props: {
    items: {}
  },
  setup(__props) {
    const disableTransition = ref(true);
    let timer = null;
    onMounted(() => {
      timer = setTimeout(() => {
        timer = null;
        disableTransition.value = false;
      }, 300);
    });
    onBeforeUnmount(() => {
      if (timer != null) {
        clearTimeout(timer);
        timer = null;
      }
    });
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<!--[-->`);
      ssrRenderList(__props.items, (item) => {
        _push(`<div class="${ssrRenderClass([{ "no-transition": disableTransition.value }, "group"])}" data-v-90aa71cf>`);
        _push(ssrRenderComponent(VPSidebarItem, {
          item,
          depth: 0
        }, null, _parent));
        _push(`</div>`);
      });
      _push(`<!--]-->`);
    };
  }
});
const _sfc_setup$l = _sfc_main$l.setup;
_sfc_main$l.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPSidebarGroup.vue");
  return _sfc_setup$l ? _sfc_setup$l(props, ctx) : void 0;
};
const VPSidebarGroup = /* @__PURE__ */ _export_sfc(_sfc_main$l, [["__scopeId", "data-v-90aa71cf"]]);
const _sfc_main$k = /* @__PURE__ */ defineComponent({
  __name: "VPSidebar",
  __ssrInlineRender: true,
  props: {
    open: { type: Boolean }
  },
  setup(__props) {
    const { sidebarGroups, hasSidebar } = useSidebar();
    const props = __props;
    const navEl = ref(null);
    const isLocked = useScrollLock(inBrowser ? document.body : null);
    watch(
      [props, navEl],
      () => {
        var _a;
        if (props.open) {
          isLocked.value = true;
          (_a = navEl.value) == null ? void 0 : _a.focus();
        } else isLocked.value = false;
      },
      { immediate: true, flush: "post" }
    );
    const key = ref(0);
    watch(
      sidebarGroups,
      () => {
        key.value += 1;
      },
      { deep: true }
    );
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(hasSidebar)) {
        _push(`<aside${ssrRenderAttrs(mergeProps({
          class: ["VPSidebar", { open: __props.open }],
          ref_key: "navEl",
          ref: navEl
        }, _attrs))} data-v-a7aaaef8><div class="curtain" data-v-a7aaaef8></div><nav class="nav" id="VPSidebarNav" aria-labelledby="sidebar-aria-label" tabindex="-1" data-v-a7aaaef8><span class="visually-hidden" id="sidebar-aria-label" data-v-a7aaaef8> Sidebar Navigation </span>`);
        ssrRenderSlot(_ctx.$slots, "sidebar-nav-before", {}, null, _push, _parent);
        _push(ssrRenderComponent(VPSidebarGroup, {
          items: unref(sidebarGroups),
          key: key.value
        }, null, _parent));
        ssrRenderSlot(_ctx.$slots, "sidebar-nav-after", {}, null, _push, _parent);
        _push(`</nav></aside>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$k = _sfc_main$k.setup;
_sfc_main$k.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPSidebar.vue");
  return _sfc_setup$k ? _sfc_setup$k(props, ctx) : void 0;
};
const VPSidebar = /* @__PURE__ */ _export_sfc(_sfc_main$k, [["__scopeId", "data-v-a7aaaef8"]]);
const _sfc_main$j = /* @__PURE__ */ defineComponent({
  __name: "VPSkipLink",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2 } = useData();
    const route = useRoute();
    const backToTop = ref();
    watch(() => route.path, () => backToTop.value.focus());
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<!--[--><span tabindex="-1" data-v-dcee884b></span><a href="#VPContent" class="VPSkipLink visually-hidden" data-v-dcee884b>${ssrInterpolate(unref(theme2).skipToContentLabel || "Skip to content")}</a><!--]-->`);
    };
  }
});
const _sfc_setup$j = _sfc_main$j.setup;
_sfc_main$j.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPSkipLink.vue");
  return _sfc_setup$j ? _sfc_setup$j(props, ctx) : void 0;
};
const VPSkipLink = /* @__PURE__ */ _export_sfc(_sfc_main$j, [["__scopeId", "data-v-dcee884b"]]);
const _sfc_main$i = /* @__PURE__ */ defineComponent({
  __name: "Layout",
  __ssrInlineRender: true,
  setup(__props) {
    const {
      isOpen: isSidebarOpen,
      open: openSidebar,
      close: closeSidebar
    } = useSidebar();
    const route = useRoute();
    watch(() => route.path, closeSidebar);
    useCloseSidebarOnEscape(isSidebarOpen, closeSidebar);
    const { frontmatter } = useData();
    const slots = useSlots();
    const heroImageSlotExists = computed(() => !!slots["home-hero-image"]);
    provide("hero-image-slot-exists", heroImageSlotExists);
    return (_ctx, _push, _parent, _attrs) => {
      const _component_Content = resolveComponent("Content");
      if (unref(frontmatter).layout !== false) {
        _push(`<div${ssrRenderAttrs(mergeProps({
          class: ["Layout", unref(frontmatter).pageClass]
        }, _attrs))} data-v-5344f97d>`);
        ssrRenderSlot(_ctx.$slots, "layout-top", {}, null, _push, _parent);
        _push(ssrRenderComponent(VPSkipLink, null, null, _parent));
        _push(ssrRenderComponent(VPBackdrop, {
          class: "backdrop",
          show: unref(isSidebarOpen),
          onClick: unref(closeSidebar)
        }, null, _parent));
        _push(ssrRenderComponent(VPNav, null, {
          "nav-bar-title-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-bar-title-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-bar-title-before", {}, void 0, true)
              ];
            }
          }),
          "nav-bar-title-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-bar-title-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-bar-title-after", {}, void 0, true)
              ];
            }
          }),
          "nav-bar-content-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-bar-content-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-bar-content-before", {}, void 0, true)
              ];
            }
          }),
          "nav-bar-content-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-bar-content-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-bar-content-after", {}, void 0, true)
              ];
            }
          }),
          "nav-screen-content-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-screen-content-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-screen-content-before", {}, void 0, true)
              ];
            }
          }),
          "nav-screen-content-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-screen-content-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-screen-content-after", {}, void 0, true)
              ];
            }
          }),
          _: 3
        }, _parent));
        _push(ssrRenderComponent(VPLocalNav, {
          open: unref(isSidebarOpen),
          onOpenMenu: unref(openSidebar)
        }, null, _parent));
        _push(ssrRenderComponent(VPSidebar, { open: unref(isSidebarOpen) }, {
          "sidebar-nav-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "sidebar-nav-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "sidebar-nav-before", {}, void 0, true)
              ];
            }
          }),
          "sidebar-nav-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "sidebar-nav-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "sidebar-nav-after", {}, void 0, true)
              ];
            }
          }),
          _: 3
        }, _parent));
        _push(ssrRenderComponent(VPContent, null, {
          "page-top": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "page-top", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "page-top", {}, void 0, true)
              ];
            }
          }),
          "page-bottom": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "page-bottom", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "page-bottom", {}, void 0, true)
              ];
            }
          }),
          "not-found": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "not-found", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "not-found", {}, void 0, true)
              ];
            }
          }),
          "home-hero-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-before", {}, void 0, true)
              ];
            }
          }),
          "home-hero-info-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-info-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-info-before", {}, void 0, true)
              ];
            }
          }),
          "home-hero-info": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-info", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-info", {}, void 0, true)
              ];
            }
          }),
          "home-hero-info-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-info-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-info-after", {}, void 0, true)
              ];
            }
          }),
          "home-hero-actions-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-actions-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-actions-after", {}, void 0, true)
              ];
            }
          }),
          "home-hero-image": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-image", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-image", {}, void 0, true)
              ];
            }
          }),
          "home-hero-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-after", {}, void 0, true)
              ];
            }
          }),
          "home-features-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-features-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-features-before", {}, void 0, true)
              ];
            }
          }),
          "home-features-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-features-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-features-after", {}, void 0, true)
              ];
            }
          }),
          "doc-footer-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "doc-footer-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "doc-footer-before", {}, void 0, true)
              ];
            }
          }),
          "doc-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "doc-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "doc-before", {}, void 0, true)
              ];
            }
          }),
          "doc-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "doc-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "doc-after", {}, void 0, true)
              ];
            }
          }),
          "doc-top": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "doc-top", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "doc-top", {}, void 0, true)
              ];
            }
          }),
          "doc-bottom": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "doc-bottom", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "doc-bottom", {}, void 0, true)
              ];
            }
          }),
          "aside-top": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-top", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-top", {}, void 0, true)
              ];
            }
          }),
          "aside-bottom": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-bottom", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-bottom", {}, void 0, true)
              ];
            }
          }),
          "aside-outline-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-outline-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-outline-before", {}, void 0, true)
              ];
            }
          }),
          "aside-outline-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-outline-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-outline-after", {}, void 0, true)
              ];
            }
          }),
          "aside-ads-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-ads-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-ads-before", {}, void 0, true)
              ];
            }
          }),
          "aside-ads-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-ads-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-ads-after", {}, void 0, true)
              ];
            }
          }),
          _: 3
        }, _parent));
        _push(ssrRenderComponent(VPFooter, null, null, _parent));
        ssrRenderSlot(_ctx.$slots, "layout-bottom", {}, null, _push, _parent);
        _push(`</div>`);
      } else {
        _push(ssrRenderComponent(_component_Content, _attrs, null, _parent));
      }
    };
  }
});
const _sfc_setup$i = _sfc_main$i.setup;
_sfc_main$i.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/Layout.vue");
  return _sfc_setup$i ? _sfc_setup$i(props, ctx) : void 0;
};
const Layout = /* @__PURE__ */ _export_sfc(_sfc_main$i, [["__scopeId", "data-v-5344f97d"]]);
const GridSettings = {
  xmini: [[0, 2]],
  mini: [],
  small: [
    [920, 6],
    [768, 5],
    [640, 4],
    [480, 3],
    [0, 2]
  ],
  medium: [
    [960, 5],
    [832, 4],
    [640, 3],
    [480, 2]
  ],
  big: [
    [832, 3],
    [640, 2]
  ]
};
function useSponsorsGrid({ el, size = "medium" }) {
  const onResize = throttleAndDebounce(manage, 100);
  onMounted(() => {
    manage();
    window.addEventListener("resize", onResize);
  });
  onUnmounted(() => {
    window.removeEventListener("resize", onResize);
  });
  function manage() {
    adjustSlots(el.value, size);
  }
}
function adjustSlots(el, size) {
  const tsize = el.children.length;
  const asize = el.querySelectorAll(".vp-sponsor-grid-item:not(.empty)").length;
  const grid = setGrid(el, size, asize);
  manageSlots(el, grid, tsize, asize);
}
function setGrid(el, size, items) {
  const settings = GridSettings[size];
  const screen = window.innerWidth;
  let grid = 1;
  settings.some(([breakpoint, value]) => {
    if (screen >= breakpoint) {
      grid = items < value ? items : value;
      return true;
    }
  });
  setGridData(el, grid);
  return grid;
}
function setGridData(el, value) {
  el.dataset.vpGrid = String(value);
}
function manageSlots(el, grid, tsize, asize) {
  const diff = tsize - asize;
  const rem = asize % grid;
  const drem = rem === 0 ? rem : grid - rem;
  neutralizeSlots(el, drem - diff);
}
function neutralizeSlots(el, count) {
  if (count === 0) {
    return;
  }
  count > 0 ? addSlots(el, count) : removeSlots(el, count * -1);
}
function addSlots(el, count) {
  for (let i = 0; i < count; i++) {
    const slot = document.createElement("div");
    slot.classList.add("vp-sponsor-grid-item", "empty");
    el.append(slot);
  }
}
function removeSlots(el, count) {
  for (let i = 0; i < count; i++) {
    el.removeChild(el.lastElementChild);
  }
}
const _sfc_main$h = /* @__PURE__ */ defineComponent({
  __name: "VPSponsorsGrid",
  __ssrInlineRender: true,
  props: {
    size: { default: "medium" },
    data: {}
  },
  setup(__props) {
    const props = __props;
    const el = ref(null);
    useSponsorsGrid({ el, size: props.size });
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: ["VPSponsorsGrid vp-sponsor-grid", [__props.size]],
        ref_key: "el",
        ref: el
      }, _attrs))}><!--[-->`);
      ssrRenderList(__props.data, (sponsor) => {
        _push(`<div class="vp-sponsor-grid-item"><a class="vp-sponsor-grid-link"${ssrRenderAttr("href", sponsor.url)} target="_blank" rel="sponsored noopener"><article class="vp-sponsor-grid-box"><h4 class="visually-hidden">${ssrInterpolate(sponsor.name)}</h4><img class="vp-sponsor-grid-image"${ssrRenderAttr("src", sponsor.img)}${ssrRenderAttr("alt", sponsor.name)}></article></a></div>`);
      });
      _push(`<!--]--></div>`);
    };
  }
});
const _sfc_setup$h = _sfc_main$h.setup;
_sfc_main$h.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPSponsorsGrid.vue");
  return _sfc_setup$h ? _sfc_setup$h(props, ctx) : void 0;
};
const _sfc_main$g = /* @__PURE__ */ defineComponent({
  __name: "VPSponsors",
  __ssrInlineRender: true,
  props: {
    mode: { default: "normal" },
    tier: {},
    size: {},
    data: {}
  },
  setup(__props) {
    const props = __props;
    const sponsors = computed(() => {
      const isSponsors = props.data.some((s) => {
        return "items" in s;
      });
      if (isSponsors) {
        return props.data;
      }
      return [
        { tier: props.tier, size: props.size, items: props.data }
      ];
    });
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: ["VPSponsors vp-sponsor", [__props.mode]]
      }, _attrs))}><!--[-->`);
      ssrRenderList(sponsors.value, (sponsor, index) => {
        _push(`<section class="vp-sponsor-section">`);
        if (sponsor.tier) {
          _push(`<h3 class="vp-sponsor-tier">${ssrInterpolate(sponsor.tier)}</h3>`);
        } else {
          _push(`<!---->`);
        }
        _push(ssrRenderComponent(_sfc_main$h, {
          size: sponsor.size,
          data: sponsor.items
        }, null, _parent));
        _push(`</section>`);
      });
      _push(`<!--]--></div>`);
    };
  }
});
const _sfc_setup$g = _sfc_main$g.setup;
_sfc_main$g.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPSponsors.vue");
  return _sfc_setup$g ? _sfc_setup$g(props, ctx) : void 0;
};
const _sfc_main$f = /* @__PURE__ */ defineComponent({
  __name: "VPDocAsideSponsors",
  __ssrInlineRender: true,
  props: {
    tier: {},
    size: {},
    data: {}
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPDocAsideSponsors" }, _attrs))}>`);
      _push(ssrRenderComponent(_sfc_main$g, {
        mode: "aside",
        tier: __props.tier,
        size: __props.size,
        data: __props.data
      }, null, _parent));
      _push(`</div>`);
    };
  }
});
const _sfc_setup$f = _sfc_main$f.setup;
_sfc_main$f.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPDocAsideSponsors.vue");
  return _sfc_setup$f ? _sfc_setup$f(props, ctx) : void 0;
};
const _sfc_main$e = /* @__PURE__ */ defineComponent({
  __name: "VPHomeSponsors",
  __ssrInlineRender: true,
  props: {
    message: {},
    actionText: { default: "Become a sponsor" },
    actionLink: {},
    data: {}
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<section${ssrRenderAttrs(mergeProps({ class: "VPHomeSponsors" }, _attrs))} data-v-86ce7742><div class="container" data-v-86ce7742><div class="header" data-v-86ce7742><div class="love" data-v-86ce7742><span class="vpi-heart icon" data-v-86ce7742></span></div>`);
      if (__props.message) {
        _push(`<h2 class="message" data-v-86ce7742>${ssrInterpolate(__props.message)}</h2>`);
      } else {
        _push(`<!---->`);
      }
      _push(`</div><div class="sponsors" data-v-86ce7742>`);
      _push(ssrRenderComponent(_sfc_main$g, { data: __props.data }, null, _parent));
      _push(`</div>`);
      if (__props.actionLink) {
        _push(`<div class="action" data-v-86ce7742>`);
        _push(ssrRenderComponent(VPButton, {
          theme: "sponsor",
          text: __props.actionText,
          href: __props.actionLink
        }, null, _parent));
        _push(`</div>`);
      } else {
        _push(`<!---->`);
      }
      _push(`</div></section>`);
    };
  }
});
const _sfc_setup$e = _sfc_main$e.setup;
_sfc_main$e.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPHomeSponsors.vue");
  return _sfc_setup$e ? _sfc_setup$e(props, ctx) : void 0;
};
const _sfc_main$d = /* @__PURE__ */ defineComponent({
  __name: "VPTeamMembersItem",
  __ssrInlineRender: true,
  props: {
    size: { default: "medium" },
    member: {}
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<article${ssrRenderAttrs(mergeProps({
        class: ["VPTeamMembersItem", [__props.size]]
      }, _attrs))} data-v-540860ca><div class="profile" data-v-540860ca><figure class="avatar" data-v-540860ca><img class="avatar-img"${ssrRenderAttr("src", __props.member.avatar)}${ssrRenderAttr("alt", __props.member.name)} data-v-540860ca></figure><div class="data" data-v-540860ca><h1 class="name" data-v-540860ca>${ssrInterpolate(__props.member.name)}</h1>`);
      if (__props.member.title || __props.member.org) {
        _push(`<p class="affiliation" data-v-540860ca>`);
        if (__props.member.title) {
          _push(`<span class="title" data-v-540860ca>${ssrInterpolate(__props.member.title)}</span>`);
        } else {
          _push(`<!---->`);
        }
        if (__props.member.title && __props.member.org) {
          _push(`<span class="at" data-v-540860ca> @ </span>`);
        } else {
          _push(`<!---->`);
        }
        if (__props.member.org) {
          _push(ssrRenderComponent(_sfc_main$16, {
            class: ["org", { link: __props.member.orgLink }],
            href: __props.member.orgLink,
            "no-icon": ""
          }, {
            default: withCtx((_, _push2, _parent2, _scopeId) => {
              if (_push2) {
                _push2(`${ssrInterpolate(__props.member.org)}`);
              } else {
                return [
                  createTextVNode(toDisplayString(__props.member.org), 1)
                ];
              }
            }),
            _: 1
          }, _parent));
        } else {
          _push(`<!---->`);
        }
        _push(`</p>`);
      } else {
        _push(`<!---->`);
      }
      if (__props.member.desc) {
        _push(`<p class="desc" data-v-540860ca>${__props.member.desc ?? ""}</p>`);
      } else {
        _push(`<!---->`);
      }
      if (__props.member.links) {
        _push(`<div class="links" data-v-540860ca>`);
        _push(ssrRenderComponent(VPSocialLinks, {
          links: __props.member.links
        }, null, _parent));
        _push(`</div>`);
      } else {
        _push(`<!---->`);
      }
      _push(`</div></div>`);
      if (__props.member.sponsor) {
        _push(`<div class="sp" data-v-540860ca>`);
        _push(ssrRenderComponent(_sfc_main$16, {
          class: "sp-link",
          href: __props.member.sponsor,
          "no-icon": ""
        }, {
          default: withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              _push2(`<span class="vpi-heart sp-icon" data-v-540860ca${_scopeId}></span> ${ssrInterpolate(__props.member.actionText || "Sponsor")}`);
            } else {
              return [
                createVNode("span", { class: "vpi-heart sp-icon" }),
                createTextVNode(" " + toDisplayString(__props.member.actionText || "Sponsor"), 1)
              ];
            }
          }),
          _: 1
        }, _parent));
        _push(`</div>`);
      } else {
        _push(`<!---->`);
      }
      _push(`</article>`);
    };
  }
});
const _sfc_setup$d = _sfc_main$d.setup;
_sfc_main$d.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPTeamMembersItem.vue");
  return _sfc_setup$d ? _sfc_setup$d(props, ctx) : void 0;
};
const VPTeamMembersItem = /* @__PURE__ */ _export_sfc(_sfc_main$d, [["__scopeId", "data-v-540860ca"]]);
const _sfc_main$c = /* @__PURE__ */ defineComponent({
  __name: "VPTeamMembers",
  __ssrInlineRender: true,
  props: {
    size: { default: "medium" },
    members: {}
  },
  setup(__props) {
    const props = __props;
    const classes = computed(() => [props.size, `count-${props.members.length}`]);
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: ["VPTeamMembers", classes.value]
      }, _attrs))} data-v-f822042e><div class="container" data-v-f822042e><!--[-->`);
      ssrRenderList(__props.members, (member) => {
        _push(`<div class="item" data-v-f822042e>`);
        _push(ssrRenderComponent(VPTeamMembersItem, {
          size: __props.size,
          member
        }, null, _parent));
        _push(`</div>`);
      });
      _push(`<!--]--></div></div>`);
    };
  }
});
const _sfc_setup$c = _sfc_main$c.setup;
_sfc_main$c.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPTeamMembers.vue");
  return _sfc_setup$c ? _sfc_setup$c(props, ctx) : void 0;
};
const _sfc_main$b = {};
const _sfc_setup$b = _sfc_main$b.setup;
_sfc_main$b.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPTeamPage.vue");
  return _sfc_setup$b ? _sfc_setup$b(props, ctx) : void 0;
};
const _sfc_main$a = {};
const _sfc_setup$a = _sfc_main$a.setup;
_sfc_main$a.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPTeamPageSection.vue");
  return _sfc_setup$a ? _sfc_setup$a(props, ctx) : void 0;
};
const _sfc_main$9 = {};
const _sfc_setup$9 = _sfc_main$9.setup;
_sfc_main$9.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__24a93df0184d193bdcf11e15c5412746/node_modules/vitepress/dist/client/theme-default/components/VPTeamPageTitle.vue");
  return _sfc_setup$9 ? _sfc_setup$9(props, ctx) : void 0;
};
const theme$1 = {
  Layout,
  enhanceApp: ({ app }) => {
    app.component("Badge", _sfc_main$1d);
  }
};
const aliases = {
  // PyTorch (torch.nn.init), with and without the trailing underscore
  uniform: "torch.uniform",
  uniform_: "torch.uniform",
  normal: "torch.normal",
  normal_: "torch.normal",
  trunc_normal: "torch.trunc_normal",
  trunc_normal_: "torch.trunc_normal",
  constant: "torch.constant",
  constant_: "torch.constant",
  ones: "torch.ones",
  ones_: "torch.ones",
  zeros: "torch.zeros",
  zeros_: "torch.zeros",
  eye: "torch.eye",
  eye_: "torch.eye",
  dirac: "torch.dirac",
  dirac_: "torch.dirac",
  xavier_uniform: "torch.xavier_uniform",
  xavier_uniform_: "torch.xavier_uniform",
  xavier_normal: "torch.xavier_normal",
  xavier_normal_: "torch.xavier_normal",
  kaiming_uniform: "torch.kaiming_uniform",
  kaiming_uniform_: "torch.kaiming_uniform",
  kaiming_normal: "torch.kaiming_normal",
  kaiming_normal_: "torch.kaiming_normal",
  orthogonal: "torch.orthogonal",
  orthogonal_: "torch.orthogonal",
  sparse: "torch.sparse",
  sparse_: "torch.sparse",
  torch_default: "torch.default",
  torch_default_bias: "torch.default_bias",
  // Keras 3 snake_case names and aliases
  random_uniform: "keras.random_uniform",
  random_normal: "keras.random_normal",
  truncated_normal: "keras.truncated_normal",
  variance_scaling: "keras.variance_scaling",
  glorot_uniform: "keras.glorot_uniform",
  glorot_normal: "keras.glorot_normal",
  he_uniform: "keras.he_uniform",
  he_normal: "keras.he_normal",
  lecun_uniform: "keras.lecun_uniform",
  lecun_normal: "keras.lecun_normal",
  identity: "keras.identity",
  one: "keras.ones",
  zero: "keras.zeros",
  keras_default: "keras.glorot_uniform",
  // Keras class names
  Zeros: "keras.zeros",
  Ones: "keras.ones",
  Constant: "keras.constant",
  RandomUniform: "keras.random_uniform",
  RandomNormal: "keras.random_normal",
  TruncatedNormal: "keras.truncated_normal",
  VarianceScaling: "keras.variance_scaling",
  GlorotUniform: "keras.glorot_uniform",
  GlorotNormal: "keras.glorot_normal",
  HeUniform: "keras.he_uniform",
  HeNormal: "keras.he_normal",
  LecunUniform: "keras.lecun_uniform",
  LecunNormal: "keras.lecun_normal",
  Orthogonal: "keras.orthogonal",
  OrthogonalInitializer: "keras.orthogonal",
  Identity: "keras.identity",
  IdentityInitializer: "keras.identity",
  // JAX names that no other framework spells the same way
  delta_orthogonal: "jax.delta_orthogonal",
  flax_default: "jax.lecun_normal",
  // tfjs camelCase names and class names
  randomUniform: "tfjs.randomUniform",
  randomNormal: "tfjs.randomNormal",
  truncatedNormal: "tfjs.truncatedNormal",
  varianceScaling: "tfjs.varianceScaling",
  glorotUniform: "tfjs.glorotUniform",
  glorotNormal: "tfjs.glorotNormal",
  heUniform: "tfjs.heUniform",
  heNormal: "tfjs.heNormal",
  leCunUniform: "tfjs.leCunUniform",
  leCunNormal: "tfjs.leCunNormal",
  LeCunUniform: "tfjs.leCunUniform",
  LeCunNormal: "tfjs.leCunNormal",
  tfjs_default: "tfjs.glorotNormal"
};
const REQUIRED = "required";
class WeightinitError extends Error {
  constructor(code, message, details = {}) {
    super(message);
    __publicField(this, "name", "WeightinitError");
    /** The stable code: branch on this, not on the message. */
    __publicField(this, "code");
    /** The offending values, as plain data. */
    __publicField(this, "details");
    this.code = code;
    this.details = details;
  }
}
function fail(code, message, details) {
  throw new WeightinitError(code, message, details);
}
function scalingDistribution(framework, distribution) {
  switch (distribution) {
    case "normal":
      return framework === "jax" || framework === "torch" ? "untruncated_normal" : "truncated_normal";
    case "truncatedNormal":
    case "truncated_normal":
      return "truncated_normal";
    case "untruncated_normal":
    case "uniform":
      return distribution;
    default:
      return fail(
        "INVALID_OPTION",
        `distribution must be one of truncated_normal, untruncated_normal, normal, uniform; got ${JSON.stringify(distribution)}`,
        { option: "distribution", value: distribution }
      );
  }
}
function varianceScalingPreset(scale, mode, distribution, correct = true) {
  return { kind: "variance_scaling", scale, mode, distribution, correct };
}
const jax = {
  framework: "jax",
  layout: { inAxis: -2, outAxis: -1 },
  lowRank: "refuse"
};
function preset$1(name, scale, mode, uniform2) {
  return {
    ...jax,
    name,
    summary: uniform2 ? `U(±√(3·${scale} / ${mode}))` : `truncated normal (±2σ, corrected) with variance ${scale} / ${mode}`,
    options: {},
    recipe: () => varianceScalingPreset(scale, mode, uniform2 ? "uniform" : "truncated_normal")
  };
}
const jaxDefinitions = {
  "jax.zeros": {
    ...jax,
    name: "zeros",
    summary: "every element 0",
    options: {},
    recipe: () => ({ kind: "constant", value: 0 })
  },
  "jax.ones": {
    ...jax,
    name: "ones",
    summary: "every element 1",
    options: {},
    recipe: () => ({ kind: "constant", value: 1 })
  },
  "jax.constant": {
    ...jax,
    name: "constant",
    summary: "every element equal to value",
    options: { value: REQUIRED },
    recipe: ({ value }) => ({ kind: "constant", value })
  },
  "jax.uniform": {
    ...jax,
    name: "uniform",
    summary: "U[0, scale), not symmetric",
    options: { scale: 0.01 },
    recipe: ({ scale }) => ({ kind: "uniform", low: 0, high: scale })
  },
  "jax.normal": {
    ...jax,
    name: "normal",
    summary: "N(0, stddev²)",
    options: { stddev: 0.01 },
    recipe: ({ stddev }) => ({ kind: "normal", mean: 0, std: stddev })
  },
  "jax.truncated_normal": {
    ...jax,
    name: "truncated_normal",
    summary: "N(0, stddev²) truncated to [lower·stddev, upper·stddev], variance not corrected",
    options: { stddev: 0.01, lower: -2, upper: 2 },
    recipe: ({ stddev, lower, upper }) => ({
      kind: "truncated_normal",
      mean: 0,
      std: stddev,
      a: lower,
      b: upper,
      units: "sigma",
      correct: false
    })
  },
  "jax.variance_scaling": {
    ...jax,
    name: "variance_scaling",
    summary: 'variance scale/n with n from the fans; "normal" means untruncated',
    options: { scale: REQUIRED, mode: REQUIRED, distribution: REQUIRED },
    recipe: ({ scale, mode, distribution }) => varianceScalingPreset(scale, mode, scalingDistribution("jax", distribution))
  },
  "jax.glorot_uniform": preset$1("glorot_uniform", 1, "fan_avg", true),
  "jax.glorot_normal": preset$1("glorot_normal", 1, "fan_avg", false),
  "jax.xavier_uniform": preset$1("xavier_uniform", 1, "fan_avg", true),
  "jax.xavier_normal": preset$1("xavier_normal", 1, "fan_avg", false),
  "jax.he_uniform": preset$1("he_uniform", 2, "fan_in", true),
  "jax.he_normal": preset$1("he_normal", 2, "fan_in", false),
  "jax.kaiming_uniform": preset$1("kaiming_uniform", 2, "fan_in", true),
  "jax.kaiming_normal": preset$1("kaiming_normal", 2, "fan_in", false),
  "jax.lecun_uniform": preset$1("lecun_uniform", 1, "fan_in", true),
  "jax.lecun_normal": preset$1("lecun_normal", 1, "fan_in", false),
  "jax.orthogonal": {
    ...jax,
    name: "orthogonal",
    summary: "a (semi-)orthogonal matrix times scale; column_axis holds the columns",
    options: { scale: 1, column_axis: -1 },
    recipe: ({ scale, column_axis }) => ({
      kind: "orthogonal",
      gain: scale,
      flatten: { columnAxis: column_axis }
    })
  },
  "jax.delta_orthogonal": {
    ...jax,
    name: "delta_orthogonal",
    summary: "an orthogonal matrix at the spatial centre (k−1)//2 of a 3-5-D kernel, zeros elsewhere",
    options: { scale: 1, column_axis: -1 },
    recipe: ({ scale, column_axis }) => ({
      kind: "delta_orthogonal",
      scale,
      columnAxis: column_axis
    })
  }
};
const keras = { framework: "keras", layout: "hwio", lowRank: "keras" };
const kerasDefinitions = {
  "keras.zeros": {
    ...keras,
    name: "zeros",
    summary: "every element 0",
    options: {},
    recipe: () => ({ kind: "constant", value: 0 })
  },
  "keras.ones": {
    ...keras,
    name: "ones",
    summary: "every element 1",
    options: {},
    recipe: () => ({ kind: "constant", value: 1 })
  },
  "keras.constant": {
    ...keras,
    name: "constant",
    summary: "every element equal to value",
    options: { value: 0 },
    recipe: ({ value }) => ({ kind: "constant", value })
  },
  "keras.random_uniform": {
    ...keras,
    name: "random_uniform",
    summary: "U(minval, maxval)",
    options: { minval: -0.05, maxval: 0.05 },
    recipe: ({ minval, maxval }) => ({ kind: "uniform", low: minval, high: maxval })
  },
  "keras.random_normal": {
    ...keras,
    name: "random_normal",
    summary: "N(mean, stddev²)",
    options: { mean: 0, stddev: 0.05 },
    recipe: ({ mean, stddev }) => ({ kind: "normal", mean, std: stddev })
  },
  "keras.truncated_normal": {
    ...keras,
    name: "truncated_normal",
    summary: "N(mean, stddev²) cut at ±2·stddev, variance not corrected",
    options: { mean: 0, stddev: 0.05 },
    recipe: ({ mean, stddev }) => ({
      kind: "truncated_normal",
      mean,
      std: stddev,
      a: -2,
      b: 2,
      units: "sigma",
      correct: false
    })
  },
  "keras.variance_scaling": {
    ...keras,
    name: "variance_scaling",
    summary: 'variance scale/n with n from the fans; "normal" means truncated (corrected)',
    options: { scale: 1, mode: "fan_in", distribution: "truncated_normal", correct: true },
    recipe: ({ scale, mode, distribution, correct }) => varianceScalingPreset(scale, mode, scalingDistribution("keras", distribution), correct)
  },
  "keras.glorot_uniform": {
    ...keras,
    name: "glorot_uniform",
    summary: "U(±√(6 / (fan_in + fan_out)))",
    options: {},
    recipe: () => varianceScalingPreset(1, "fan_avg", "uniform")
  },
  "keras.glorot_normal": {
    ...keras,
    name: "glorot_normal",
    summary: "truncated normal (±2σ, corrected) with variance 2 / (fan_in + fan_out)",
    options: { correct: true },
    recipe: ({ correct }) => varianceScalingPreset(1, "fan_avg", "truncated_normal", correct)
  },
  "keras.he_uniform": {
    ...keras,
    name: "he_uniform",
    summary: "U(±√(6 / fan_in))",
    options: {},
    recipe: () => varianceScalingPreset(2, "fan_in", "uniform")
  },
  "keras.he_normal": {
    ...keras,
    name: "he_normal",
    summary: "truncated normal (±2σ, corrected) with variance 2 / fan_in",
    options: { correct: true },
    recipe: ({ correct }) => varianceScalingPreset(2, "fan_in", "truncated_normal", correct)
  },
  "keras.lecun_uniform": {
    ...keras,
    name: "lecun_uniform",
    summary: "U(±√(3 / fan_in))",
    options: {},
    recipe: () => varianceScalingPreset(1, "fan_in", "uniform")
  },
  "keras.lecun_normal": {
    ...keras,
    name: "lecun_normal",
    summary: "truncated normal (±2σ, corrected) with variance 1 / fan_in",
    options: { correct: true },
    recipe: ({ correct }) => varianceScalingPreset(1, "fan_in", "truncated_normal", correct)
  },
  "keras.orthogonal": {
    ...keras,
    name: "orthogonal",
    summary: "a (semi-)orthogonal matrix times gain; all dims but the last are flattened",
    options: { gain: 1 },
    recipe: ({ gain }) => ({ kind: "orthogonal", gain, flatten: "leading" })
  },
  "keras.identity": {
    ...keras,
    name: "identity",
    summary: "gain times the identity matrix (2-D, rectangular allowed)",
    options: { gain: 1 },
    recipe: ({ gain }) => ({ kind: "eye", gain })
  }
};
const tfjs = { framework: "tfjs", layout: "hwio", lowRank: "tfjs" };
function preset(name, scale, mode, uniform2) {
  return uniform2 ? {
    ...tfjs,
    name,
    summary: `U(±√(3·${scale} / ${mode}))`,
    options: {},
    recipe: () => varianceScalingPreset(scale, mode, "uniform")
  } : {
    ...tfjs,
    name,
    summary: `truncated normal (±2σ) with variance ${scale} / ${mode}; correct: false gives tfjs's 0.774× variance`,
    options: { correct: true },
    recipe: ({ correct }) => varianceScalingPreset(scale, mode, "truncated_normal", correct)
  };
}
const tfjsDefinitions = {
  "tfjs.zeros": {
    ...tfjs,
    name: "zeros",
    summary: "every element 0",
    options: {},
    recipe: () => ({ kind: "constant", value: 0 })
  },
  "tfjs.ones": {
    ...tfjs,
    name: "ones",
    summary: "every element 1",
    options: {},
    recipe: () => ({ kind: "constant", value: 1 })
  },
  "tfjs.constant": {
    ...tfjs,
    name: "constant",
    summary: "every element equal to value",
    options: { value: REQUIRED },
    recipe: ({ value }) => ({ kind: "constant", value })
  },
  "tfjs.randomUniform": {
    ...tfjs,
    name: "randomUniform",
    summary: "U(minval, maxval)",
    options: { minval: -0.05, maxval: 0.05 },
    recipe: ({ minval, maxval }) => ({ kind: "uniform", low: minval, high: maxval })
  },
  "tfjs.randomNormal": {
    ...tfjs,
    name: "randomNormal",
    summary: "N(mean, stddev²)",
    options: { mean: 0, stddev: 0.05 },
    recipe: ({ mean, stddev }) => ({ kind: "normal", mean, std: stddev })
  },
  "tfjs.truncatedNormal": {
    ...tfjs,
    name: "truncatedNormal",
    summary: "N(mean, stddev²) cut at ±2·stddev, variance not corrected",
    options: { mean: 0, stddev: 0.05 },
    recipe: ({ mean, stddev }) => ({
      kind: "truncated_normal",
      mean,
      std: stddev,
      a: -2,
      b: 2,
      units: "sigma",
      correct: false
    })
  },
  "tfjs.varianceScaling": {
    ...tfjs,
    name: "varianceScaling",
    summary: 'variance scale/n; "normal" means truncated, corrected unless correct: false',
    options: { scale: 1, mode: "fan_in", distribution: "normal", correct: true },
    recipe: ({ scale, mode, distribution, correct }) => varianceScalingPreset(scale, mode, scalingDistribution("tfjs", distribution), correct)
  },
  "tfjs.glorotUniform": preset("glorotUniform", 1, "fan_avg", true),
  "tfjs.glorotNormal": preset("glorotNormal", 1, "fan_avg", false),
  "tfjs.heUniform": preset("heUniform", 2, "fan_in", true),
  "tfjs.heNormal": preset("heNormal", 2, "fan_in", false),
  "tfjs.leCunUniform": preset("leCunUniform", 1, "fan_in", true),
  "tfjs.leCunNormal": preset("leCunNormal", 1, "fan_in", false),
  "tfjs.orthogonal": {
    ...tfjs,
    name: "orthogonal",
    summary: "a (semi-)orthogonal matrix times gain; all dims but the last are flattened",
    options: { gain: 1 },
    recipe: ({ gain }) => ({ kind: "orthogonal", gain, flatten: "leading" })
  },
  "tfjs.identity": {
    ...tfjs,
    name: "identity",
    summary: "gain times the identity matrix (2-D; tfjs allows only square, weightinit any)",
    options: { gain: 1 },
    recipe: ({ gain }) => ({ kind: "eye", gain })
  }
};
function didYouMean(name, candidates) {
  const wanted = normalize(name);
  let best;
  let bestDistance = Math.max(2, Math.floor(wanted.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(wanted, normalize(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
function suggestion(name, candidates) {
  const match = didYouMean(name, candidates);
  return match === void 0 ? "" : ` (did you mean '${match}'?)`;
}
function normalize(text) {
  return text.toLowerCase().replace(/[-_\s.]/g, "");
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length];
}
function formatNumber(value) {
  if (Number.isInteger(value) || !Number.isFinite(value)) return String(value);
  return String(Number(value.toPrecision(6)));
}
const TABLE = (() => {
  const table = new Float64Array(2098);
  let power = 1;
  for (let k = 0; k <= 1023; k++, power *= 2) table[k + 1074] = power;
  power = 1;
  for (let k = 0; k >= -1074; k--, power /= 2) table[k + 1074] = power;
  return table;
})();
function powerOfTwo(k) {
  return TABLE[k + 1074];
}
const OVERFLOW$2 = 709.782712893384;
const UNDERFLOW = -745.1332191019411;
const LN2_HI$4 = 0.6931471803691238;
const LN2_LO$4 = 19082149292705877e-26;
const INV_LN2$1 = 1.4426950408889634;
const P1 = 0.16666666666666602;
const P2 = -0.0027777777777015593;
const P3 = 6613756321437934e-20;
const P4 = -16533902205465252e-22;
const P5 = 41381367970572385e-24;
const E = 2.718281828459045;
const TWO_POW_1023$1 = 898846567431158e293;
const TWO_POW_M1000 = 9332636185032189e-317;
const HUGE_ARGUMENT = 709.7822265625;
const REDUCE_FROM$1 = 0.3465735912322998;
const ONE_STEP_BELOW$1 = 1.0397205352783203;
const TINY_BELOW$2 = 3725290298461914e-24;
function exp64(x) {
  const a = Math.abs(x);
  if (!(a < HUGE_ARGUMENT)) {
    if (Number.isNaN(x)) return x;
    if (x > OVERFLOW$2) return Number.POSITIVE_INFINITY;
    if (x < UNDERFLOW) return 0;
  }
  let hi = 0;
  let lo = 0;
  let k = 0;
  if (a >= REDUCE_FROM$1) {
    if (a < ONE_STEP_BELOW$1) {
      if (x === 1) return E;
      if (x > 0) {
        hi = x - LN2_HI$4;
        lo = LN2_LO$4;
        k = 1;
      } else {
        hi = x + LN2_HI$4;
        lo = -LN2_LO$4;
        k = -1;
      }
    } else {
      k = Math.trunc(INV_LN2$1 * x + (x > 0 ? 0.5 : -0.5));
      hi = x - k * LN2_HI$4;
      lo = k * LN2_LO$4;
    }
    x = hi - lo;
  } else if (a < TINY_BELOW$2) {
    return 1 + x;
  }
  const t = x * x;
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - (x * c / (c - 2) - x);
  const y = 1 - (lo - x * c / (2 - c) - hi);
  if (k >= -1021) return k === 1024 ? y * 2 * TWO_POW_1023$1 : y * powerOfTwo(k);
  return y * powerOfTwo(k + 1e3) * TWO_POW_M1000;
}
const OVERFLOW$1 = 709.782712893384;
const LN2_HI$3 = 0.6931471803691238;
const LN2_LO$3 = 19082149292705877e-26;
const INV_LN2 = 1.4426950408889634;
const Q1 = -0.03333333333333313;
const Q2 = 0.0015873015872548146;
const Q3 = -793650757867488e-19;
const Q4 = 4008217827329362e-21;
const Q5 = -20109921818362437e-23;
const TWO_POW_1023 = 898846567431158e293;
const MINUS_ONE_FROM = 38.81622314453125;
const REDUCE_FROM = 0.3465735912322998;
const ONE_STEP_BELOW = 1.0397205352783203;
const TINY_BELOW$1 = 5551115123125783e-32;
function expm1_64(x) {
  const a = Math.abs(x);
  if (!(a < MINUS_ONE_FROM)) {
    if (Number.isNaN(x)) return x;
    if (x > OVERFLOW$1) return Number.POSITIVE_INFINITY;
    if (x < 0) return -1;
  }
  let hi = 0;
  let lo = 0;
  let c = 0;
  let k = 0;
  if (a >= REDUCE_FROM) {
    if (a < ONE_STEP_BELOW) {
      if (x > 0) {
        hi = x - LN2_HI$3;
        lo = LN2_LO$3;
        k = 1;
      } else {
        hi = x + LN2_HI$3;
        lo = -LN2_LO$3;
        k = -1;
      }
    } else {
      k = Math.trunc(INV_LN2 * x + (x > 0 ? 0.5 : -0.5));
      hi = x - k * LN2_HI$3;
      lo = k * LN2_LO$3;
    }
    x = hi - lo;
    c = hi - x - lo;
  } else if (a < TINY_BELOW$1) {
    return x;
  }
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const r1 = 1 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
  const t = 3 - r1 * hfx;
  let e = hxs * ((r1 - t) / (6 - x * t));
  if (k === 0) return x - (x * e - hxs);
  e = x * (e - c) - c;
  e -= hxs;
  if (k === -1) return 0.5 * (x - e) - 0.5;
  if (k === 1) return x < -0.25 ? -2 * (e - (x + 0.5)) : 1 + 2 * (x - e);
  if (k <= -2 || k > 56) {
    const y = 1 - (e - x);
    return (k === 1024 ? y * 2 * TWO_POW_1023 : y * powerOfTwo(k)) - 1;
  }
  if (k < 20) return (1 - powerOfTwo(-k) - (e - x)) * powerOfTwo(k);
  return (x - (e + powerOfTwo(-k)) + 1) * powerOfTwo(k);
}
const LN2_HI$2 = 0.6931471803691238;
const LN2_LO$2 = 19082149292705877e-26;
const LP1 = 0.6666666666666735;
const LP2 = 0.3999999999940942;
const LP3 = 0.2857142874366239;
const LP4 = 0.22222198432149784;
const LP5 = 0.1818357216161805;
const LP6 = 0.15313837699209373;
const LP7 = 0.14798198605116586;
const NO_REDUCTION_BELOW = 0.4142136573791504;
const NO_REDUCTION_ABOVE = -0.292893648147583;
const SMALL_BELOW = 1862645149230957e-24;
const TINY_BELOW = 5551115123125783e-32;
const TWO_POW_53 = 9007199254740992;
const scratchFloat$2 = new Float64Array(1);
const scratchWords$1 = new Uint32Array(scratchFloat$2.buffer);
const HI$1 = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
function log1p64(x) {
  if (Number.isNaN(x)) return x;
  let k = 1;
  let f = 0;
  let c = 0;
  let hu = 0;
  if (x < NO_REDUCTION_BELOW) {
    if (x <= -1) return x === -1 ? Number.NEGATIVE_INFINITY : Number.NaN;
    const a = Math.abs(x);
    if (a < SMALL_BELOW) return a < TINY_BELOW ? x : x - x * x * 0.5;
    if (x > NO_REDUCTION_ABOVE) {
      k = 0;
      f = x;
      hu = 1;
    }
  }
  if (x === Number.POSITIVE_INFINITY) return x;
  if (k !== 0) {
    let u;
    if (x < TWO_POW_53) {
      u = 1 + x;
      scratchFloat$2[0] = u;
      hu = scratchWords$1[HI$1];
      k = (hu >>> 20) - 1023;
      c = k > 0 ? 1 - (u - x) : x - (u - 1);
      c /= u;
    } else {
      u = x;
      scratchFloat$2[0] = u;
      hu = scratchWords$1[HI$1];
      k = (hu >>> 20) - 1023;
    }
    hu &= 1048575;
    if (hu >= 434334) {
      k += 1;
      hu = 1048576 - hu >>> 2;
    }
    f = u * powerOfTwo(-k) - 1;
  }
  const hfsq = 0.5 * f * f;
  if (hu === 0) {
    if (f === 0) return k === 0 ? 0 : k * LN2_HI$2 + (c + k * LN2_LO$2);
    const r2 = hfsq * (1 - 0.6666666666666666 * f);
    return k === 0 ? f - r2 : k * LN2_HI$2 - (r2 - (k * LN2_LO$2 + c) - f);
  }
  const s = f / (2 + f);
  const z = s * s;
  const r = z * (LP1 + z * (LP2 + z * (LP3 + z * (LP4 + z * (LP5 + z * (LP6 + z * LP7))))));
  if (k === 0) return f - (hfsq - s * (hfsq + r));
  return k * LN2_HI$2 - (hfsq - (s * (hfsq + r) + (k * LN2_LO$2 + c)) - f);
}
const THRESHOLD = 0.46875;
const SQRT_PI_INVERSE = 0.5641895835477563;
const X_SMALL = 111e-18;
const X_BIG = 26.543;
const X_HUGE = 671e5;
const X_MAX = 253e305;
const X_NEG = -26.628;
const A = [
  3.1611237438705655,
  113.86415415105016,
  377.485237685302,
  3209.3775891384694,
  0.18577770618460315
];
const B = [23.601290952344122, 244.02463793444417, 1282.6165260773723, 2844.236833439171];
const C = [
  0.5641884969886701,
  8.883149794388377,
  66.11919063714163,
  298.6351381974001,
  881.952221241769,
  1712.0476126340707,
  2051.0783778260716,
  1230.3393547979972,
  21531153547440383e-24
];
const D = [
  15.744926110709835,
  117.6939508913125,
  537.1811018620099,
  1621.3895745666903,
  3290.7992357334597,
  4362.619090143247,
  3439.3676741437216,
  1230.3393548037495
];
const P = [
  0.30532663496123236,
  0.36034489994980445,
  0.12578172611122926,
  0.016083785148742275,
  6587491615298378e-19,
  0.016315387137302097
];
const Q = [
  2.568520192289822,
  1.8729528499234604,
  0.5279051029514285,
  0.06051834131244132,
  0.0023352049762686918
];
function expSquare(x) {
  const head = Math.trunc(x * 16) / 16;
  return exp64(head * head) * exp64((x - head) * (x + head));
}
function expNegativeSquare(x) {
  const head = Math.trunc(x * 16) / 16;
  return exp64(-head * head) * exp64(-(x - head) * (x + head));
}
function calerf(x, kind) {
  const y = Math.abs(x);
  if (y <= THRESHOLD) {
    const ysq = y > X_SMALL ? y * y : 0;
    let numerator = A[4] * ysq;
    let denominator2 = ysq;
    for (let i = 0; i < 3; i++) {
      numerator = (numerator + A[i]) * ysq;
      denominator2 = (denominator2 + B[i]) * ysq;
    }
    const erfX = x * (numerator + A[3]) / (denominator2 + B[3]);
    if (kind === "erf") return erfX;
    return kind === "erfc" ? 1 - erfX : exp64(ysq) * (1 - erfX);
  }
  let result;
  if (y <= 4) {
    let numerator = C[8] * y;
    let denominator2 = y;
    for (let i = 0; i < 7; i++) {
      numerator = (numerator + C[i]) * y;
      denominator2 = (denominator2 + D[i]) * y;
    }
    result = (numerator + C[7]) / (denominator2 + D[7]);
  } else if (kind !== "erfcx" && y >= X_BIG) {
    result = 0;
  } else if (y >= X_MAX) {
    result = 0;
  } else if (y >= X_HUGE) {
    result = SQRT_PI_INVERSE / y;
  } else {
    const ysq = 1 / (y * y);
    let numerator = P[5] * ysq;
    let denominator2 = ysq;
    for (let i = 0; i < 4; i++) {
      numerator = (numerator + P[i]) * ysq;
      denominator2 = (denominator2 + Q[i]) * ysq;
    }
    result = (SQRT_PI_INVERSE - ysq * (numerator + P[4]) / (denominator2 + Q[4])) / y;
  }
  if (kind !== "erfcx" && result !== 0) result *= expNegativeSquare(y);
  if (kind === "erf") {
    const erfY = 0.5 - result + 0.5;
    return x < 0 ? -erfY : erfY;
  }
  if (kind === "erfc") return x < 0 ? 2 - result : result;
  if (x >= 0) return result;
  return x < X_NEG ? Number.POSITIVE_INFINITY : 2 * expSquare(x) - result;
}
function erf(x) {
  return calerf(x, "erf");
}
function erfcx(x) {
  return calerf(x, "erfcx");
}
function expNegHalfSquare(x) {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? x : 0;
  const head = Math.trunc(x * 16) / 16;
  return exp64(-head * head / 2) * exp64(-(x - head) * (x + head) / 2);
}
function normalCdf(x) {
  const t = x * Math.SQRT1_2;
  if (Math.abs(t) <= 0.46875) return 0.5 + 0.5 * erf(t);
  const tail = 0.5 * erfcx(Math.abs(t)) * expNegHalfSquare(x);
  return x < 0 ? tail : 1 - tail;
}
function tanh64(x) {
  if (Number.isNaN(x)) return x;
  const a = Math.abs(x);
  let z;
  if (a < 22) {
    if (a < 3725290298461914e-24) return x;
    if (a >= 1) {
      z = 1 - 2 / (expm1_64(2 * a) + 2);
    } else {
      const t = expm1_64(-2 * a);
      z = -t / (t + 2);
    }
  } else {
    z = 1;
  }
  return x < 0 ? -z : z;
}
const SQRT_TWO_OVER_PI = Math.sqrt(2 / Math.PI);
function softplus(x) {
  return Math.max(x, 0) + log1p64(exp64(-Math.abs(x)));
}
function relu6(x) {
  return Math.min(Math.max(x, 0), 6);
}
const activations = {
  gelu: (x) => x * normalCdf(x),
  gelu_tanh: (x) => 0.5 * x * (1 + tanh64(SQRT_TWO_OVER_PI * (x + 0.044715 * x * x * x))),
  silu: (x) => x / (1 + exp64(-x)),
  elu: (x, alpha = 1) => x > 0 ? x : alpha * expm1_64(x),
  mish: (x) => x * tanh64(softplus(x)),
  softplus: (x, beta = 1) => softplus(beta * x) / beta,
  relu6,
  hardswish: (x) => x * relu6(x + 3) / 6
};
const torchNonlinearities = [
  "linear",
  "conv1d",
  "conv2d",
  "conv3d",
  "conv_transpose1d",
  "conv_transpose2d",
  "conv_transpose3d",
  "sigmoid",
  "tanh",
  "relu",
  "leaky_relu",
  "selu"
];
const extraNonlinearities = [
  "identity",
  "gelu",
  "gelu_tanh",
  "silu",
  "swish",
  "elu",
  "mish",
  "softplus",
  "relu6",
  "hardswish"
];
const nonlinearities = [...torchNonlinearities, ...extraNonlinearities];
const nonlinearityAliases = { identity: "linear", swish: "silu" };
const torchGains = {
  linear: 1,
  conv1d: 1,
  conv2d: 1,
  conv3d: 1,
  conv_transpose1d: 1,
  conv_transpose2d: 1,
  conv_transpose3d: 1,
  sigmoid: 1,
  tanh: 5 / 3,
  relu: Math.sqrt(2),
  selu: 3 / 4
};
const XK = [
  0.9914553711208126,
  0.9491079123427585,
  0.8648644233597691,
  0.7415311855993945,
  0.5860872354676911,
  0.4058451513773972,
  0.20778495500789848,
  0
];
const WK = [
  0.022935322010529224,
  0.06309209262997856,
  0.10479001032225019,
  0.14065325971552592,
  0.1690047266392679,
  0.19035057806478542,
  0.20443294007529889,
  0.20948214108472782
];
const WG = [
  0.1294849661688697,
  0.27970539148927664,
  0.3818300505051189,
  0.4179591836734694
];
const MAX_DEPTH = 50;
const MAX_RULES = 4e3;
const NOISE = 64 * Number.EPSILON;
function kronrod15(f, a, b) {
  const half = (b - a) / 2;
  const middle = (a + b) / 2;
  const center = f(middle);
  let kronrod = WK[7] * center;
  let gauss = WG[3] * center;
  for (let i = 0; i < 7; i++) {
    const pair = f(middle - half * XK[i]) + f(middle + half * XK[i]);
    kronrod += WK[i] * pair;
    if (i % 2 === 1) gauss += WG[(i - 1) / 2] * pair;
  }
  return { value: kronrod * half, error: Math.abs((kronrod - gauss) * half) };
}
function adapt(f, a, b, tolerance, depth, budget) {
  const { value, error } = kronrod15(f, a, b);
  budget.rules--;
  const settled = error <= tolerance || error <= NOISE * Math.abs(value) || Number.isNaN(error);
  if (settled || depth >= MAX_DEPTH || budget.rules < 2) return value;
  const middle = (a + b) / 2;
  return adapt(f, a, middle, tolerance / 2, depth + 1, budget) + adapt(f, middle, b, tolerance / 2, depth + 1, budget);
}
function integrate(f, a, b, tolerance) {
  return adapt(f, a, b, tolerance, 0, { rules: MAX_RULES });
}
const INVERSE_SQRT_TWO_PI = 0.3989422804014327;
function normalPdf(x) {
  return INVERSE_SQRT_TWO_PI * expNegHalfSquare(x);
}
const LIMIT$1 = 16;
const TOLERANCE = 1e-13;
function numericGain(activation) {
  if (typeof activation !== "function") {
    fail(
      "INVALID_ARGUMENT",
      `numericGain needs the activation as a function, got ${typeof activation}`,
      {
        activation
      }
    );
  }
  const integrand = (z) => {
    const value = activation(z);
    if (typeof value !== "number" || !Number.isFinite(value)) {
      fail(
        "INVALID_ARGUMENT",
        `the activation returned ${String(value)} at z = ${z}; it must return a finite number for every z`,
        { z, value }
      );
    }
    return value * value * normalPdf(z);
  };
  const starts = Array.from({ length: 2 * LIMIT$1 }, (_, i) => i - LIMIT$1);
  const rough = starts.reduce(
    (sum2, a) => sum2 + integrate(integrand, a, a + 1, Number.POSITIVE_INFINITY),
    0
  );
  if (!(rough > 0)) {
    fail("INVALID_ARGUMENT", "the activation has E[f(z)²] = 0 for z ~ N(0, 1), so it has no gain", {
      secondMoment: rough
    });
  }
  const share = TOLERANCE * rough / starts.length;
  const pieces = starts.map((a) => integrate(integrand, a, a + 1, share));
  const secondMoment2 = pieces.reduce((sum2, piece) => sum2 + piece, 0);
  const outermost = Math.max(pieces[0], pieces[pieces.length - 1]);
  if (!Number.isFinite(secondMoment2) || outermost > TOLERANCE * secondMoment2) {
    fail(
      "INVALID_ARGUMENT",
      `the activation grows too fast for E[f(z)²] to be computed: |z| from ${LIMIT$1 - 1} to ${LIMIT$1} still contributes ${outermost}`,
      { secondMoment: secondMoment2, outermost }
    );
  }
  return 1 / Math.sqrt(secondMoment2);
}
const secondMomentGains = {
  /** E[(zΦ(z))²] = 0.42522148257029867. */
  gelu: 1.5335304411955353,
  /** E[f(z)²] = 0.42519371103309945 for the tanh approximation of GELU. */
  gelu_tanh: 1.533580521666147,
  /** E[(zσ(z))²] = 0.35577551981735216. */
  silu: 1.676532470331091,
  /** E[elu(z)²] = 0.64494541749292386 with α = 1. */
  elu: 1.2451983007007066,
  /** E[(z·tanh(softplus z))²] = 0.45234219237588277. */
  mish: 1.486847581273208,
  /** E[softplus(z)²] = 0.92124590885930028 with β = 1. */
  softplus: 1.0418668355353018,
  /** E[relu6(z)²] = 0.49999999807527048: ReLU's ½ less the clipped tail beyond 6. */
  relu6: 1.4142135650950736,
  /** E[(z·relu6(z + 3)/6)²] = 0.33156737513790769. */
  hardswish: 1.7366572127665416
};
const parameters = {
  leaky_relu: {
    name: "negative_slope",
    default: 0.01,
    allowed: "a finite number",
    valid: Number.isFinite
  },
  elu: { name: "alpha", default: 1, allowed: "a finite number", valid: Number.isFinite },
  softplus: {
    name: "beta",
    default: 1,
    allowed: "a finite number > 0",
    valid: (value) => Number.isFinite(value) && value > 0
  }
};
function isAlias(name) {
  return Object.hasOwn(nonlinearityAliases, name);
}
function isNonlinearity(value) {
  return typeof value === "string" && nonlinearities.includes(value);
}
function parameter(nonlinearity, param) {
  const spec = parameters[nonlinearity];
  if (param === void 0 || param === null) return spec.default;
  if (typeof param !== "number" || !spec.valid(param)) {
    fail(
      "INVALID_OPTION",
      `${spec.name} ${String(param)} not a valid number: ${nonlinearity} takes ${spec.allowed} (default ${spec.default})`,
      { nonlinearity, param }
    );
  }
  return param;
}
function explainGain(nonlinearity, param) {
  if (!isNonlinearity(nonlinearity)) {
    const given = typeof nonlinearity === "string" ? `'${nonlinearity}'${suggestion(nonlinearity, nonlinearities)}` : String(nonlinearity);
    fail(
      "UNKNOWN_NAME",
      `unsupported nonlinearity ${given}; expected one of ${nonlinearities.join(", ")}`,
      { nonlinearity }
    );
  }
  const name = isAlias(nonlinearity) ? nonlinearityAliases[nonlinearity] : nonlinearity;
  const alias = name === nonlinearity ? "" : `${nonlinearity} = ${name}: `;
  switch (name) {
    case "leaky_relu": {
      const slope = parameter(name, param);
      const gain = Math.sqrt(2 / (1 + slope * slope));
      return { gain, formula: `sqrt(2 / (1 + ${formatNumber(slope)}²)) = ${formatNumber(gain)}` };
    }
    case "relu":
      return {
        gain: torchGains.relu,
        formula: `√2 = ${formatNumber(torchGains.relu)} (He et al. 2015)`
      };
    case "tanh":
      return {
        gain: torchGains.tanh,
        formula: `5/3 = ${formatNumber(torchGains.tanh)} (PyTorch's value for tanh)`
      };
    case "selu":
      return {
        gain: torchGains.selu,
        formula: "3/4 = 0.75 (PyTorch's empirical value for selu; PyTorch recommends 'linear' for self-normalizing networks)"
      };
    case "elu":
    case "softplus": {
      const value = parameter(name, param);
      const spec = parameters[name];
      if (value === spec.default) return secondMoment(alias, `${name}(z)`, secondMomentGains[name]);
      const gain = numericGain((x) => activations[name](x, value));
      return secondMoment(alias, `${name}(z; ${spec.name} = ${formatNumber(value)})`, gain);
    }
    case "gelu":
    case "gelu_tanh":
    case "silu":
    case "mish":
    case "relu6":
    case "hardswish":
      return secondMoment(alias, `${name}(z)`, secondMomentGains[name]);
    default:
      return { gain: torchGains[name], formula: `${alias}1 (PyTorch's gain for ${name})` };
  }
}
function secondMoment(alias, activation, gain) {
  return { gain, formula: `${alias}1/√E[${activation}²], z ~ N(0, 1) = ${formatNumber(gain)}` };
}
const torch = { framework: "torch", layout: "oihw", lowRank: "refuse" };
function kaiming(distribution) {
  return ({
    a,
    mode,
    nonlinearity
  }) => {
    const gain = explainGain(nonlinearity, nonlinearity === "leaky_relu" ? a : void 0);
    return {
      kind: "variance_scaling",
      scale: gain.gain * gain.gain,
      mode,
      distribution,
      correct: false,
      gain: { value: gain.gain, formula: gain.formula }
    };
  };
}
function xavier(distribution) {
  return ({ gain }) => ({
    kind: "variance_scaling",
    scale: gain * gain,
    mode: "fan_avg",
    distribution,
    correct: false,
    gain: { value: gain, formula: `gain = ${gain}` }
  });
}
const torchDefinitions = {
  "torch.uniform": {
    ...torch,
    name: "uniform",
    summary: "U(a, b)",
    options: { a: 0, b: 1 },
    recipe: ({ a, b }) => ({ kind: "uniform", low: a, high: b })
  },
  "torch.normal": {
    ...torch,
    name: "normal",
    summary: "N(mean, std²)",
    options: { mean: 0, std: 1 },
    recipe: ({ mean, std }) => ({ kind: "normal", mean, std })
  },
  "torch.trunc_normal": {
    ...torch,
    name: "trunc_normal",
    summary: "N(mean, std²) truncated to [a, b] (absolute bounds unless units is sigma)",
    options: { mean: 0, std: 1, a: -2, b: 2, units: "absolute", correct: false },
    recipe: ({ mean, std, a, b, units, correct }) => ({
      kind: "truncated_normal",
      mean,
      std,
      a,
      b,
      units,
      correct
    })
  },
  "torch.constant": {
    ...torch,
    name: "constant",
    summary: "every element equal to value",
    options: { value: REQUIRED },
    recipe: ({ value }) => ({ kind: "constant", value })
  },
  "torch.ones": {
    ...torch,
    name: "ones",
    summary: "every element 1",
    options: {},
    recipe: () => ({ kind: "constant", value: 1 })
  },
  "torch.zeros": {
    ...torch,
    name: "zeros",
    summary: "every element 0",
    options: {},
    recipe: () => ({ kind: "constant", value: 0 })
  },
  "torch.eye": {
    ...torch,
    name: "eye",
    summary: "the identity matrix (2-D, rectangular allowed)",
    options: {},
    recipe: () => ({ kind: "eye", gain: 1 })
  },
  "torch.dirac": {
    ...torch,
    name: "dirac",
    summary: "a Dirac delta kernel that preserves the identity of the inputs (3-5-D)",
    options: { groups: 1 },
    recipe: ({ groups }) => ({ kind: "dirac", groups })
  },
  "torch.xavier_uniform": {
    ...torch,
    name: "xavier_uniform",
    summary: "U(±gain·√(6 / (fan_in + fan_out)))",
    options: { gain: 1 },
    recipe: xavier("uniform")
  },
  "torch.xavier_normal": {
    ...torch,
    name: "xavier_normal",
    summary: "N(0, gain²·2 / (fan_in + fan_out)), untruncated",
    options: { gain: 1 },
    recipe: xavier("untruncated_normal")
  },
  "torch.kaiming_uniform": {
    ...torch,
    name: "kaiming_uniform",
    summary: "U(±gain·√(3 / fan)), gain = calculate_gain(nonlinearity, a)",
    options: { a: 0, mode: "fan_in", nonlinearity: "leaky_relu" },
    recipe: kaiming("uniform")
  },
  "torch.kaiming_normal": {
    ...torch,
    name: "kaiming_normal",
    summary: "N(0, gain² / fan), untruncated, gain = calculate_gain(nonlinearity, a)",
    options: { a: 0, mode: "fan_in", nonlinearity: "leaky_relu" },
    recipe: kaiming("untruncated_normal")
  },
  "torch.orthogonal": {
    ...torch,
    name: "orthogonal",
    summary: "a (semi-)orthogonal matrix times gain; dims after the first are flattened",
    options: { gain: 1 },
    recipe: ({ gain }) => ({ kind: "orthogonal", gain, flatten: "trailing" })
  },
  "torch.sparse": {
    ...torch,
    name: "sparse",
    summary: "N(0, std²) with a fraction `sparsity` of each column zeroed (2-D)",
    options: { sparsity: REQUIRED, std: 0.01 },
    recipe: ({ sparsity, std }) => ({ kind: "sparse", sparsity, std })
  },
  "torch.default": {
    ...torch,
    name: "default",
    summary: "nn.Linear/nn.Conv*'s default weight: kaiming_uniform with a = √5, which is U(±1/√fan_in)",
    options: {},
    recipe: () => kaiming("uniform")({ a: Math.sqrt(5), mode: "fan_in", nonlinearity: "leaky_relu" })
  },
  "torch.default_bias": {
    ...torch,
    name: "default_bias",
    summary: "nn.Linear/nn.Conv*'s default bias: U(±1/√fan_in) with the weight's fan_in (0 if fan_in is 0)",
    options: { fan_in: REQUIRED },
    recipe: ({ fan_in }) => ({ kind: "fan_in_uniform", fanIn: fan_in })
  }
};
const definitions = {
  ...torchDefinitions,
  ...kerasDefinitions,
  ...jaxDefinitions,
  ...tfjsDefinitions
};
function resolveName(name) {
  if (typeof name !== "string") {
    fail("INVALID_SPEC", `init must be an initializer name, got ${typeof name}`, { init: name });
  }
  if (Object.hasOwn(definitions, name)) return name;
  if (Object.hasOwn(aliases, name)) return aliases[name];
  return fail(
    "UNKNOWN_NAME",
    `unknown initializer '${name}'${suggestion(name, initNames())}; names are PyTorch's (kaiming_normal), Keras's (he_normal, HeNormal), tfjs's (heNormal) or qualified (jax.normal)`,
    { init: name }
  );
}
function initNames() {
  return [...Object.keys(aliases), ...Object.keys(definitions)];
}
const isNumber = (value) => typeof value === "number";
function invalid(option, value, allowed) {
  return fail(
    "INVALID_OPTION",
    `${option} must be ${allowed}, got ${JSON.stringify(value) ?? String(value)}`,
    {
      option,
      value
    }
  );
}
const finite = (value, option) => isNumber(value) && Number.isFinite(value) ? value : invalid(option, value, "a finite number");
const bound = (value, option) => isNumber(value) && !Number.isNaN(value) ? value : invalid(option, value, "a number (±Infinity allowed, not NaN)");
const nonNegative = (value, option) => isNumber(value) && Number.isFinite(value) && value >= 0 ? value : invalid(option, value, "a finite number ≥ 0");
const positive = (value, option) => isNumber(value) && Number.isFinite(value) && value > 0 ? value : invalid(option, value, "a finite number > 0");
const integer = (value, option) => Number.isSafeInteger(value) ? value : invalid(option, value, "an integer");
const oneOf = (...allowed) => (value, option) => typeof value === "string" && allowed.includes(value) ? value : fail(
  "INVALID_OPTION",
  `${option} must be one of ${allowed.join(", ")}, got ${JSON.stringify(value)}${typeof value === "string" ? suggestion(value, allowed) : ""}`,
  { option, value }
);
const modes = {
  torch: ["fan_in", "fan_out"],
  keras: ["fan_in", "fan_out", "fan_avg", "fan_geo_avg"],
  jax: ["fan_in", "fan_out", "fan_avg", "fan_geo_avg"],
  tfjs: ["fan_in", "fan_out", "fan_avg", "fan_geo_avg"]
};
const checks = {
  a: bound,
  b: bound,
  lower: bound,
  upper: bound,
  mean: finite,
  value: finite,
  gain: finite,
  minval: finite,
  maxval: finite,
  std: nonNegative,
  stddev: nonNegative,
  scale: positive,
  column_axis: integer,
  groups: (value, option) => Number.isSafeInteger(value) && value > 0 ? value : invalid(option, value, "a positive integer"),
  fan_in: (value, option) => Number.isSafeInteger(value) && value >= 0 ? value : invalid(option, value, "a non-negative integer"),
  sparsity: (value, option) => isNumber(value) && value >= 0 && value < 1 ? value : invalid(option, value, "a number in [0, 1)"),
  // PyTorch lower-cases the mode; so do we, for every framework.
  mode: (value, option, framework) => oneOf(...modes[framework])(
    typeof value === "string" ? value.toLowerCase() : value,
    option
  ),
  distribution: oneOf(
    "truncated_normal",
    "untruncated_normal",
    "normal",
    "uniform",
    "truncatedNormal"
  ),
  nonlinearity: (value) => {
    explainGain(value);
    return value;
  },
  units: oneOf("absolute", "sigma"),
  flatten: oneOf("trailing", "leading"),
  correct: (value, option) => typeof value === "boolean" ? value : invalid(option, value, "true or false")
};
const orderedPairs = [
  ["a", "b"],
  ["minval", "maxval"],
  ["lower", "upper"]
];
function normalizeSpec(spec) {
  if (typeof spec === "string") return normalizeSpec({ init: spec });
  if (spec === null || typeof spec !== "object" || Array.isArray(spec)) {
    fail(
      "INVALID_SPEC",
      `a spec must be an object like { init: 'he_normal' }, got ${Array.isArray(spec) ? "an array" : String(spec)}`
    );
  }
  const { init, ...given } = spec;
  const initializer = resolveName(init);
  const definition = definitions[initializer];
  const defaults = definition.options;
  const allowed = Object.keys(defaults);
  const options = {};
  for (const [option, value] of Object.entries(given)) {
    if (!Object.hasOwn(defaults, option)) {
      fail(
        "UNKNOWN_OPTION",
        `${String(init)} does not take option '${option}'${suggestion(option, allowed)}; it takes ${allowed.length === 0 ? "no options" : allowed.join(", ")}`,
        { init, option }
      );
    }
    if (value === void 0) continue;
    options[option] = checks[option](value, option, definition.framework);
  }
  for (const option of allowed) {
    if (option in options) continue;
    const fallback = defaults[option];
    if (fallback === REQUIRED) {
      fail("INVALID_OPTION", `${String(init)} needs option '${option}'`, { init, option });
    }
    options[option] = fallback;
  }
  for (const [low, high] of orderedPairs) {
    if (low in options && high in options && !(options[low] < options[high])) {
      fail(
        "INVALID_OPTION",
        `${String(init)} needs ${low} < ${high}, got ${low} = ${options[low]}, ${high} = ${options[high]}`,
        {
          init,
          [low]: options[low],
          [high]: options[high]
        }
      );
    }
  }
  return { init: String(init), initializer, definition, options };
}
function arrayKind(x) {
  if (!ArrayBuffer.isView(x)) return void 0;
  const tag = Object.prototype.toString.call(x).slice(8, -1);
  return tag === "Float32Array" || tag === "Float64Array" || tag === "Uint16Array" ? tag : void 0;
}
function checkArray(x, kinds, name) {
  const kind = arrayKind(x);
  if (kind !== void 0 && kinds.includes(kind)) return kind;
  return fail("INVALID_ARGUMENT", `${name} must be a ${kinds.join(" or a ")}, got ${describe$2(x)}`, {
    [name]: describe$2(x),
    allowed: [...kinds]
  });
}
function outputArray(into, kind, length, dtype) {
  if (into === void 0) return new globalThis[kind](length);
  const got = arrayKind(into);
  if (got !== kind) {
    fail("INVALID_TARGET", `the output for ${dtype} must be a ${kind}, got ${describe$2(into)}`, {
      dtype,
      expected: kind,
      got: describe$2(into)
    });
  }
  const actual = into.length;
  if (actual !== length) {
    fail(
      "INVALID_TARGET",
      `the output ${kind} must have ${length} elements, one per source element, got ${actual}`,
      { dtype, expected: length, got: actual }
    );
  }
  return into;
}
function describe$2(x) {
  if (x === null) return "null";
  if (ArrayBuffer.isView(x)) return Object.prototype.toString.call(x).slice(8, -1);
  if (Array.isArray(x)) return "an array";
  return typeof x === "object" ? "an object" : `${typeof x} ${String(x)}`;
}
const NAN$1 = 32704;
const CHUNK$1 = 4096;
function encodeBfloat16(source, into) {
  const kind = checkArray(source, ["Float32Array", "Float64Array"], "source");
  const out = outputArray(into, "Uint16Array", source.length, "bfloat16");
  if (kind === "Float32Array") {
    const view = source;
    const words = new Uint32Array(view.buffer, view.byteOffset, view.length);
    for (let i = 0; i < words.length; i++) out[i] = fromFloat32Bits(words[i]);
  } else {
    encodeFloat64(source, out);
  }
  return out;
}
function decodeBfloat16(bits, into) {
  checkArray(bits, ["Uint16Array"], "bits");
  const out = outputArray(into, "Float32Array", bits.length, "bfloat16 decoding");
  const words = new Uint32Array(out.buffer, out.byteOffset, out.length);
  for (let i = 0; i < bits.length; i++) words[i] = bits[i] << 16;
  return out;
}
function fromFloat32Bits(f) {
  return (f & 2147483647) > 2139095040 ? NAN$1 : f + 32767 + (f >>> 16 & 1) >>> 16;
}
function encodeFloat64(source, out) {
  const single = new Float32Array(Math.min(CHUNK$1, source.length));
  const words = new Uint32Array(single.buffer);
  for (let start = 0; start < source.length; start += CHUNK$1) {
    const end = Math.min(start + CHUNK$1, source.length);
    single.set(source.subarray(start, end));
    for (let j = 0; j < end - start; j++) {
      const f = words[j];
      let b = fromFloat32Bits(f);
      if ((f & 65535) === 32768) {
        const x = Math.abs(source[start + j]);
        const rounded = Math.abs(single[j]);
        if (x > rounded) b = (f >>> 16) + 1;
        else if (x < rounded) b = f >>> 16;
      }
      out[start + j] = b;
    }
  }
}
const MAX_ELEMENTS = 2 ** 32 - 1;
function validateShape(shape) {
  if (!Array.isArray(shape)) {
    fail(
      "INVALID_SHAPE",
      `shape must be an array of non-negative integers, got ${describe$1(shape)}`,
      {
        shape
      }
    );
  }
  let count = 1;
  shape.forEach((dimension, axis) => {
    if (typeof dimension !== "number" || !Number.isSafeInteger(dimension) || dimension < 0) {
      fail(
        "INVALID_SHAPE",
        `shape[${axis}] must be a non-negative safe integer, got ${describe$1(dimension)} in [${shape.map(describe$1).join(", ")}]`,
        { shape, axis }
      );
    }
    count *= dimension;
  });
  if (count > MAX_ELEMENTS) {
    fail(
      "SHAPE_TOO_LARGE",
      `shape [${shape.join(", ")}] has ${count} elements; at most ${MAX_ELEMENTS} fit one typed array`,
      { shape, count }
    );
  }
  return count;
}
function describe$1(value) {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "bigint") return `${value}n`;
  if (Array.isArray(value)) return "an array";
  return String(value);
}
const dtypes = ["float32", "float64", "float16", "bfloat16"];
const dtypeAliases = {
  f32: "float32",
  fp32: "float32",
  float: "float32",
  f64: "float64",
  fp64: "float64",
  double: "float64",
  f16: "float16",
  fp16: "float16",
  half: "float16",
  bf16: "bfloat16"
};
const arrays = {
  float32: Float32Array,
  float64: Float64Array,
  float16: Uint16Array,
  bfloat16: Uint16Array
};
function isDType(x) {
  return typeof x === "string" && dtypes.includes(x);
}
function checkDType(dtype, what = "dtype") {
  return isDType(dtype) ? dtype : invalidDType(dtype, what);
}
function allocate(dtype, length) {
  const ArrayType = arrays[checkDType(dtype)];
  if (!Number.isSafeInteger(length) || length < 0 || length > MAX_ELEMENTS) {
    fail(
      "INVALID_ARGUMENT",
      `length must be an integer from 0 to ${MAX_ELEMENTS}, got ${String(length)}`,
      { length }
    );
  }
  return new ArrayType(length);
}
function invalidDType(name, what, aliasesAllowed) {
  const shown = typeof name === "string" ? `'${name}'` : String(name);
  const allowed = dtypes.join(", ");
  return fail("INVALID_DTYPE", `${what} must be one of ${allowed}, got ${shown}${hint(name)}`, {
    [what]: name,
    allowed: [...dtypes]
  });
}
function hint(name) {
  if (typeof name !== "string") return "";
  const lower = name.trim().toLowerCase();
  const exact = Object.hasOwn(dtypeAliases, lower) ? dtypeAliases[lower] : void 0;
  const match = exact ?? didYouMean(lower, [...dtypes, ...Object.keys(dtypeAliases)]);
  if (match === void 0) return "";
  const canonical = isDType(match) ? match : dtypeAliases[match];
  return ` (did you mean '${canonical}'?)`;
}
const ROUND = 4503599627370496;
const OVERFLOW = 65520;
const NAN = 32256;
function float16FromFloat64(x) {
  const sign = x < 0 || Object.is(x, -0) ? 32768 : 0;
  const a = Math.abs(x);
  if (!(a < OVERFLOW)) return Number.isNaN(a) ? NAN : sign | 31744;
  return sign | magnitudeBits(a);
}
function encodeFloat16(source, into) {
  const kind = checkArray(source, ["Float32Array", "Float64Array"], "source");
  const out = outputArray(into, "Uint16Array", source.length, "float16");
  if (kind === "Float32Array") {
    const view = source;
    encodeFloat32Bits(new Uint32Array(view.buffer, view.byteOffset, view.length), out);
  } else {
    for (let i = 0; i < source.length; i++) out[i] = float16FromFloat64(source[i]);
  }
  return out;
}
function decodeFloat16(bits, into) {
  checkArray(bits, ["Uint16Array"], "bits");
  const out = outputArray(into, "Float32Array", bits.length, "float16 decoding");
  const words = new Uint32Array(out.buffer, out.byteOffset, out.length);
  for (let i = 0; i < bits.length; i++) {
    const h2 = bits[i];
    const sign = (h2 & 32768) << 16;
    const rest = h2 & 32767;
    if (rest >= 31744) words[i] = sign | 2139095040 | (rest & 1023) << 13;
    else if (rest >= 1024) words[i] = sign | rest + 114688 << 13;
    else out[i] = (sign ? -rest : rest) * 2 ** -24;
  }
  return out;
}
function magnitudeBits(a) {
  const scale = Math.max(0, 31 - Math.clz32(a * 16384));
  const significand = a * 16777216 / (1 << scale) + ROUND - ROUND;
  return (scale << 10) + significand;
}
function encodeFloat32Bits(words, out) {
  for (let i = 0; i < words.length; i++) {
    const f = words[i];
    const a = f & 2147483647;
    let h2;
    if (a < 947912704) {
      const shift = Math.min(126 - (a >>> 23), 31);
      const m = a & 8388607 | 8388608;
      h2 = m + (1 << shift - 1) - 1 + (m >>> shift & 1) >>> shift;
    } else if (a < 1199570944) {
      h2 = a - 939520001 + (a >>> 13 & 1) >>> 13;
    } else {
      h2 = a > 2139095040 ? NAN : 31744;
    }
    out[i] = h2 === NAN ? NAN : f >>> 16 & 32768 | h2;
  }
}
function decode(bits, dtype, into) {
  const checked = checkDType(dtype);
  if (checked !== "float16" && checked !== "bfloat16") {
    fail("INVALID_DTYPE", `decode reads float16 or bfloat16 bits, got dtype '${checked}'`, {
      dtype: checked,
      allowed: ["float16", "bfloat16"]
    });
  }
  checkArray(bits, ["Uint16Array"], "bits");
  return checked === "float16" ? decodeFloat16(bits, into) : decodeBfloat16(bits, into);
}
function calculateGain(nonlinearity, param) {
  return explainGain(nonlinearity, param).gain;
}
function fanDerivation(terms, value) {
  const labels = terms.map((term) => term.label).join(" · ");
  const texts = terms.map((term) => term.text).join(" · ");
  return texts === String(value) ? `${labels} = ${value}` : `${labels} = ${texts} = ${value}`;
}
function factors(shape, axes) {
  return axes.length === 0 ? "1" : axes.map((axis) => shape[axis]).join("·");
}
function product(shape, axes) {
  return axes.reduce((result, axis) => result * shape[axis], 1);
}
function axesFans(shape, axes, groups) {
  if (groups !== 1) {
    fail(
      "INVALID_GROUPS",
      `explicit axes take no groups (got ${groups}); for a grouped convolution use a named layout: 'oihw', 'hwio', 'iohw' or 'hwoi'`,
      { shape, groups }
    );
  }
  const jax2 = axes.style === "jax";
  const receptiveField = jax2 ? product(shape, axes.rest) : 1;
  const rf = jax2 && axes.rest.length > 0 ? [{ label: "rf", text: factors(shape, axes.rest) }] : [];
  const side = (name, list) => ({
    label: list.length === 1 ? name : `∏${name}`,
    text: factors(shape, list)
  });
  const fanIn = product(shape, axes.in) * receptiveField;
  const fanOut = product(shape, axes.out) * receptiveField;
  return {
    fanIn,
    fanOut,
    receptiveField,
    groups: 1,
    layout: "axes",
    derivation: {
      fanIn: fanDerivation([side("in", axes.in), ...rf], fanIn),
      fanOut: fanDerivation([side("out", axes.out), ...rf], fanOut)
    }
  };
}
const layouts = {
  oi: { in: 1, out: 0, grouped: null, impliedGroups: false, minRank: 2, maxRank: 2 },
  io: { in: 0, out: 1, grouped: null, impliedGroups: false, minRank: 2, maxRank: 2 },
  oihw: { in: 1, out: 0, grouped: "out", impliedGroups: false, minRank: 2, maxRank: null },
  hwio: { in: -2, out: -1, grouped: "out", impliedGroups: false, minRank: 2, maxRank: null },
  iohw: { in: 0, out: 1, grouped: "in", impliedGroups: false, minRank: 2, maxRank: null },
  hwoi: { in: -1, out: -2, grouped: "in", impliedGroups: false, minRank: 2, maxRank: null },
  hwim: { in: -2, out: -1, grouped: "in", impliedGroups: true, minRank: 2, maxRank: null }
};
const layoutAliases = {
  oiw: { of: "oihw", rank: 3 },
  oidhw: { of: "oihw", rank: 5 },
  "onnx-conv": { of: "oihw", rank: null },
  "torch-conv": { of: "oihw", rank: null },
  wio: { of: "hwio", rank: 3 },
  dhwio: { of: "hwio", rank: 5 },
  "keras-conv": { of: "hwio", rank: null },
  "onnx-convtranspose": { of: "iohw", rank: null },
  "torch-convtranspose": { of: "iohw", rank: null },
  "keras-convtranspose": { of: "hwoi", rank: null },
  "keras-depthwise": { of: "hwim", rank: null },
  depthwise: { of: "hwim", rank: null }
};
const lowRankRules = ["refuse", "keras", "tfjs"];
const layoutNames = [
  ...Object.keys(layouts),
  ...Object.keys(layoutAliases)
];
function isNamedLayout(name) {
  return typeof name === "string" && (Object.hasOwn(layouts, name) || Object.hasOwn(layoutAliases, name));
}
function lowRankFans(shape, layout, rule, groups) {
  const rank = shape.length;
  if (rule === "refuse") {
    fail(
      "UNSUPPORTED_RANK",
      `Fan in and fan out can not be computed for a tensor with fewer than 2 dimensions (got shape [${shape.join(", ")}], rank ${rank}). Use an initializer that needs no fans (zeros, ones, constant, uniform, normal, or torch_default_bias with fan_in), give explicit axes, or pass lowRank: 'keras' or 'tfjs' for those frameworks' rules`,
      { shape, layout }
    );
  }
  if (groups !== 1) {
    fail("INVALID_GROUPS", `a rank-${rank} shape takes no groups (got ${groups})`, {
      shape,
      groups
    });
  }
  let fan;
  let text;
  if (rule === "keras") {
    fan = rank === 0 ? 1 : shape[0];
    text = rank === 0 ? `rank 0 (Keras rule) = 1` : `s0 (Keras rank-1 rule) = ${fan}`;
  } else {
    const count = shape.reduce((result, size) => result * size, 1);
    fan = Math.sqrt(count);
    text = `√∏shape (tfjs rank-${rank} rule) = ${count === fan ? "" : `√${count} = `}${fan}`;
  }
  return {
    fanIn: fan,
    fanOut: fan,
    receptiveField: 1,
    groups: 1,
    layout,
    derivation: { fanIn: text, fanOut: text }
  };
}
const styles = {
  jax: { in: "inAxis", out: "outAxis", batch: "batchAxis" },
  keras: { in: "inputAxes", out: "outputAxes", batch: null }
};
function resolveAxesLayout(layout, rank) {
  if (typeof layout !== "object" || layout === null || Array.isArray(layout)) {
    fail("INVALID_LAYOUT", `explicit axes must be an object, got ${String(layout)}`, { layout });
  }
  const record = layout;
  const keys = Object.keys(record).filter((key) => record[key] !== void 0);
  const style = "inAxis" in record || "outAxis" in record || "batchAxis" in record ? "jax" : "keras";
  const names = styles[style];
  const allowed = [names.in, names.out, ...names.batch === null ? [] : [names.batch]];
  const extra = keys.filter((key) => !allowed.includes(key));
  const missing = [names.in, names.out].filter((key) => record[key] === void 0);
  if (extra.length > 0 || missing.length > 0) {
    fail(
      "INVALID_LAYOUT",
      `explicit axes must be { inAxis, outAxis, batchAxis? } (JAX) or { inputAxes, outputAxes } (Keras), got keys {${keys.join(", ")}}`,
      { layout }
    );
  }
  const seen = /* @__PURE__ */ new Map();
  const take = (key) => {
    if (key === null || record[key] === void 0) return [];
    const value = record[key];
    const list = Array.isArray(value) ? value : [value];
    return list.map((axis) => {
      if (typeof axis !== "number" || !Number.isSafeInteger(axis) || axis < -rank || axis >= rank) {
        fail(
          "INVALID_LAYOUT",
          `${key} holds ${String(axis)}, not an axis of a rank-${rank} shape; axes are integers from ${-rank} to ${rank - 1}`,
          { layout, rank, key, axis }
        );
      }
      const normalized = axis < 0 ? axis + rank : axis;
      const previous = seen.get(normalized);
      if (previous !== void 0) {
        fail(
          "INVALID_LAYOUT",
          `axis ${normalized} is listed twice (in ${previous} and ${key}); each axis may belong to one of in, out or batch, once`,
          { layout, rank, axis: normalized }
        );
      }
      seen.set(normalized, key);
      return normalized;
    });
  };
  const sorted = (axes) => axes.sort((a, b) => a - b);
  const inAxes = sorted(take(names.in));
  const outAxes = sorted(take(names.out));
  const batch = sorted(take(names.batch));
  const rest = Array.from({ length: rank }, (_, axis) => axis).filter((axis) => !seen.has(axis));
  return { style, in: inAxes, out: outAxes, batch, rest };
}
function resolveLayout(layout, rank) {
  if (!isNamedLayout(layout)) {
    fail(
      "INVALID_LAYOUT",
      `unknown layout ${describe(layout)}${suggestion(String(layout), layoutNames)}; layouts are ${layoutNames.join(", ")}, or explicit axes { inAxis, outAxis } / { inputAxes, outputAxes }`,
      { layout }
    );
  }
  if (!Number.isSafeInteger(rank) || rank < 0) {
    fail("INVALID_ARGUMENT", `rank must be a non-negative integer, got ${String(rank)}`, { rank });
  }
  const alias = Object.hasOwn(layoutAliases, layout) ? layoutAliases[layout] : void 0;
  const name = canonicalLayout(layout);
  const rule = layouts[name];
  const min = (alias == null ? void 0 : alias.rank) ?? rule.minRank;
  const max = (alias == null ? void 0 : alias.rank) ?? rule.maxRank ?? Number.POSITIVE_INFINITY;
  if (rank < min || rank > max) {
    const allowed = min === max ? `rank ${min} only` : `rank ${min} or more`;
    const general = (alias == null ? void 0 : alias.rank) != null ? name : name === "oi" ? "oihw" : name === "io" ? "hwio" : null;
    const hint2 = general === null || rank < 2 ? "" : `; '${general}' takes rank ${layouts[general].minRank} or more`;
    fail("INVALID_LAYOUT", `layout '${layout}' takes ${allowed}, got a rank-${rank} shape${hint2}`, {
      layout,
      rank,
      minRank: min,
      maxRank: max === Number.POSITIVE_INFINITY ? null : max
    });
  }
  const inAxis = rule.in < 0 ? rule.in + rank : rule.in;
  const outAxis = rule.out < 0 ? rule.out + rank : rule.out;
  const kernel = Array.from({ length: rank }, (_, axis) => axis).filter(
    (axis) => axis !== inAxis && axis !== outAxis
  );
  return {
    name,
    rank,
    in: inAxis,
    out: outAxis,
    kernel,
    grouped: rule.grouped,
    impliedGroups: rule.impliedGroups
  };
}
function canonicalLayout(layout) {
  if (Object.hasOwn(layoutAliases, layout))
    return layoutAliases[layout].of;
  if (Object.hasOwn(layouts, layout)) return layout;
  return resolveLayout(layout, 2).name;
}
function describe(value) {
  return typeof value === "string" ? `'${value}'` : String(value);
}
function computeFans(shape, layout, options = {}) {
  validateShape(shape);
  const groups = options.groups ?? 1;
  if (typeof groups !== "number" || !Number.isSafeInteger(groups) || groups < 1) {
    fail("INVALID_GROUPS", `groups must be a positive integer, got ${String(groups)}`, { groups });
  }
  const lowRank = options.lowRank ?? "refuse";
  if (!lowRankRules.includes(lowRank)) {
    fail(
      "INVALID_ARGUMENT",
      `lowRank must be one of ${lowRankRules.join(", ")}, got ${String(lowRank)}${suggestion(String(lowRank), lowRankRules)}`,
      { lowRank }
    );
  }
  if (typeof layout === "object" && layout !== null) {
    return axesFans(shape, resolveAxesLayout(layout, shape.length), groups);
  }
  if (shape.length < 2 && isNamedLayout(layout)) {
    return lowRankFans(shape, canonicalLayout(layout), lowRank, groups);
  }
  return namedFans(shape, resolveLayout(layout, shape.length), groups);
}
function namedFans(shape, rule, requested) {
  const inSize = shape[rule.in];
  const outSize = shape[rule.out];
  const groups = effectiveGroups(shape, rule, requested);
  const total = rule.grouped === "in" ? inSize : outSize;
  if (rule.grouped !== null && total % groups !== 0) {
    fail(
      "INVALID_GROUPS",
      `groups ${groups} does not divide ${rule.grouped} = ${total} (axis ${rule.grouped === "in" ? rule.in : rule.out} of [${shape.join(", ")}] in '${rule.name}'); groups must divide it`,
      { shape, layout: rule.name, groups }
    );
  }
  const receptiveField = product(shape, rule.kernel);
  const kernel = rule.kernel.length === 0 ? [] : [{ label: "∏kernel", text: factors(shape, rule.kernel) }];
  const side = (name, size) => {
    const label = rule.impliedGroups && name === "out" ? "multiplier" : name;
    if (groups === 1) return { label, text: String(size) };
    const divided = rule.grouped === name;
    return {
      label: rule.impliedGroups && name === "out" ? label : `${label}/groups`,
      text: divided ? `${size}/${groups}` : String(size)
    };
  };
  const fanIn = (rule.grouped === "in" ? inSize / groups : inSize) * receptiveField;
  const fanOut = (rule.grouped === "out" ? outSize / groups : outSize) * receptiveField;
  return {
    fanIn,
    fanOut,
    receptiveField,
    groups,
    layout: rule.name,
    derivation: {
      fanIn: fanDerivation([side("in", inSize), ...kernel], fanIn),
      fanOut: fanDerivation([side("out", outSize), ...kernel], fanOut)
    }
  };
}
function effectiveGroups(shape, rule, requested) {
  const inSize = shape[rule.in];
  if (rule.impliedGroups) {
    if (requested !== 1 && requested !== inSize) {
      fail(
        "INVALID_GROUPS",
        `layout '${rule.name}' is depthwise, so groups = in = ${inSize} (axis ${rule.in} of [${shape.join(", ")}]); got groups ${requested}. Leave groups out, or give 1 or ${inSize}`,
        { shape, layout: rule.name, groups: requested }
      );
    }
    return Math.max(inSize, 1);
  }
  if (rule.grouped === null && requested !== 1) {
    fail(
      "INVALID_GROUPS",
      `layout '${rule.name}' takes no groups (got ${requested}); for a grouped convolution use 'oihw', 'hwio', 'iohw' or 'hwoi'`,
      { shape, layout: rule.name, groups: requested }
    );
  }
  return requested;
}
const gaussLegendre20 = {
  nodes: [
    0.07652652113349734,
    0.22778585114164507,
    0.37370608871541955,
    0.5108670019508271,
    0.636053680726515,
    0.7463319064601508,
    0.8391169718222188,
    0.912234428251326,
    0.9639719272779138,
    0.9931285991850949
  ],
  weights: [
    0.15275338713072584,
    0.14917298647260374,
    0.14209610931838204,
    0.13168863844917664,
    0.11819453196151841,
    0.10193011981724044,
    0.08327674157670475,
    0.06267204833410907,
    0.04060142980038694,
    0.017614007139152118
  ]
};
const LN2_HI$1 = 0.6931471803691238;
const LN2_LO$1 = 19082149292705877e-26;
const TWO_POW_54 = 2 ** 54;
const LG1$1 = 0.6666666666666735;
const LG2$1 = 0.3999999999940942;
const LG3$1 = 0.2857142874366239;
const LG4$1 = 0.22222198432149784;
const LG5 = 0.1818357216161805;
const LG6 = 0.15313837699209373;
const LG7 = 0.14798198605116586;
const scratchFloat$1 = new Float64Array(1);
const scratchWords = new Uint32Array(scratchFloat$1.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const POW2 = (() => {
  const table = new Float64Array(2047);
  let power = 1;
  for (let j = 1024; j < 2047; j++, power *= 2) table[j] = power;
  power = 1;
  for (let j = 1024; j >= 0; j--, power /= 2) table[j] = power;
  return table;
})();
function log64(x) {
  if (!(x > 0 && x < Number.POSITIVE_INFINITY)) {
    return x === 0 ? Number.NEGATIVE_INFINITY : x > 0 ? x : Number.NaN;
  }
  let k = 0;
  scratchFloat$1[0] = x;
  let hx = scratchWords[HI];
  if (hx < 1048576) {
    k = -54;
    x *= TWO_POW_54;
    scratchFloat$1[0] = x;
    hx = scratchWords[HI];
  }
  const mantissa = hx & 1048575;
  const halve = (mantissa + 614244 & 1048576) >>> 20;
  const exponent = (hx >>> 20) - 1023 + halve;
  return log64Reduced(k + exponent, x * POW2[1024 - exponent], mantissa);
}
function log64Reduced(k, m, mantissa) {
  const f = m - 1;
  if ((mantissa + 2 & 1048575) < 3) {
    if (f === 0) return k * LN2_HI$1 + k * LN2_LO$1;
    const r2 = f * f * (0.5 - 0.3333333333333333 * f);
    return k * LN2_HI$1 - (r2 - k * LN2_LO$1 - f);
  }
  const s = f / (2 + f);
  const z = s * s;
  const w = z * z;
  const t1 = w * (LG2$1 + w * (LG4$1 + w * LG6));
  const t2 = z * (LG1$1 + w * (LG3$1 + w * (LG5 + w * LG7)));
  const r = t2 + t1;
  if ((mantissa - 398458 | 440401 - mantissa) > 0) {
    const hfsq = 0.5 * f * f;
    return k * LN2_HI$1 - (hfsq - (s * (hfsq + r) + k * LN2_LO$1) - f);
  }
  return k * LN2_HI$1 - (s * (f - r) - k * LN2_LO$1 - f);
}
function normalSurvival(x) {
  return normalCdf(-x);
}
const EXPONENT_BREAKS = [6, 12, 18, 24, 30, 36, 42, 48];
function hypot(a, b) {
  const m = Math.max(a, b);
  if (m === 0) return 0;
  const x = a / m;
  const y = b / m;
  return Math.sqrt(x * x + y * y) * m;
}
function offsetAtExponent(alpha, e) {
  return 2 * e / (alpha + hypot(alpha, Math.sqrt(2 * e)));
}
function addPiece(alpha, width, direction, at, mass) {
  const { nodes, weights } = gaussLegendre20;
  let lo = 0;
  for (const e of EXPONENT_BREAKS) {
    const hi = Math.min(offsetAtExponent(alpha, e), width);
    const half = (hi - lo) / 2;
    const middle = (hi + lo) / 2;
    for (let i = 0; i < nodes.length; i++) {
      for (const t of [middle - half * nodes[i], middle + half * nodes[i]]) {
        at.push(direction * t);
        mass.push(half * weights[i] * exp64(-t * (alpha + t / 2)));
      }
    }
    if (hi >= width) return;
    lo = hi;
  }
}
function sum(terms) {
  let total = 0;
  let compensation = 0;
  for (const term of terms) {
    const next = total + term;
    compensation += Math.abs(total) >= Math.abs(term) ? total - next + term : term - next + total;
    total = next;
  }
  return total + compensation;
}
function truncatedNormalMoments(alpha, beta) {
  if (typeof alpha !== "number" || typeof beta !== "number" || !(alpha < beta)) {
    fail(
      "INVALID_ARGUMENT",
      `truncatedNormalMoments needs numbers alpha < beta (either may be infinite), got alpha ${String(alpha)}, beta ${String(beta)}`,
      { alpha, beta }
    );
  }
  const at = [];
  const mass = [];
  let shift;
  if (alpha >= 0) {
    shift = alpha;
    addPiece(alpha, beta - alpha, 1, at, mass);
  } else if (beta <= 0) {
    shift = beta;
    addPiece(-beta, beta - alpha, -1, at, mass);
  } else {
    shift = 0;
    addPiece(0, -alpha, -1, at, mass);
    addPiece(0, beta, 1, at, mass);
  }
  const total = sum(mass);
  const offset = sum(at.map((t, i) => t * mass[i])) / total;
  const variance = sum(at.map((t, i) => (t - offset) * (t - offset) * mass[i])) / total;
  return {
    mass: normalPdf(shift) * total,
    mean: shift + offset,
    variance,
    std: Math.sqrt(variance)
  };
}
function planSimple(recipe, context) {
  const { base } = context;
  const warnings = [];
  switch (recipe.kind) {
    case "constant":
      return {
        ...base,
        distribution: "constant",
        value: recipe.value,
        mean: recipe.value,
        std: 0,
        explanation: [
          { quantity: "value", value: recipe.value, formula: `constant ${formatNumber(recipe.value)}` }
        ],
        warnings
      };
    case "normal":
      return {
        ...base,
        distribution: "normal",
        mean: recipe.mean,
        std: recipe.std,
        explanation: [
          { quantity: "mean", value: recipe.mean, formula: `mean = ${formatNumber(recipe.mean)}` },
          { quantity: "std", value: recipe.std, formula: `std = ${formatNumber(recipe.std)}` }
        ],
        warnings
      };
    case "uniform":
      return uniform(recipe.low, recipe.high, context, []);
    case "fan_in_uniform": {
      const bound2 = recipe.fanIn > 0 ? 1 / Math.sqrt(recipe.fanIn) : 0;
      if (bound2 === 0) {
        return {
          ...base,
          distribution: "constant",
          value: 0,
          mean: 0,
          std: 0,
          explanation: [
            {
              quantity: "value",
              value: 0,
              formula: "fan_in = 0, so PyTorch leaves the bound at 0"
            }
          ],
          warnings
        };
      }
      return uniform(-bound2, bound2, context, [
        { quantity: "bound", value: bound2, formula: `1 / √fan_in = 1 / √${recipe.fanIn}` }
      ]);
    }
  }
}
function uniform(low, high, { base }, steps) {
  if (!Number.isFinite(low) || !Number.isFinite(high)) {
    fail("INVALID_OPTION", `${base.init} needs finite bounds, got [${low}, ${high})`, { low, high });
  }
  const std = (high - low) / Math.sqrt(12);
  return {
    ...base,
    distribution: "uniform",
    low,
    high,
    bound: (high - low) / 2,
    mean: (low + high) / 2,
    std,
    explanation: [
      ...steps,
      { quantity: "low", value: low, formula: `low = ${formatNumber(low)}` },
      { quantity: "high", value: high, formula: `high = ${formatNumber(high)}` },
      {
        quantity: "std",
        value: std,
        formula: `(high − low) / √12 = (${formatNumber(high)} − ${formatNumber(low)}) / √12`
      }
    ],
    warnings: []
  };
}
function planStructured(recipe, context) {
  const { base } = context;
  const { shape, size } = base;
  const rank = shape.length;
  switch (recipe.kind) {
    case "orthogonal": {
      requireRank(context, rank >= 2, "rank ≥ 2 (a matrix, or a kernel flattened into one)");
      const { rows, cols, formula } = flatten(recipe.flatten, shape, size);
      const std = size === 0 ? 0 : recipe.gain / Math.sqrt(Math.max(rows, cols));
      return {
        ...base,
        distribution: "orthogonal",
        gain: recipe.gain,
        rows,
        cols,
        flatten: recipe.flatten,
        mean: 0,
        std,
        explanation: [
          { quantity: "rows", value: rows, formula },
          { quantity: "cols", value: cols, formula: `size / rows = ${size} / ${rows}` },
          {
            quantity: "std",
            value: std,
            formula: `gain / √max(rows, cols) = ${formatNumber(recipe.gain)} / √${Math.max(rows, cols)} (orthonormal ${rows <= cols ? "rows" : "columns"})`
          }
        ],
        warnings: size === 0 ? ["the tensor has no elements: nothing to orthogonalize"] : []
      };
    }
    case "eye": {
      requireRank(context, rank === 2, "rank 2");
      const [rows, cols] = shape;
      return {
        ...base,
        distribution: "eye",
        gain: recipe.gain,
        rows,
        cols,
        ...moments(recipe.gain, Math.min(rows, cols), size, `gain · I(${rows}×${cols})`)
      };
    }
    case "dirac": {
      requireRank(
        context,
        rank >= 3 && rank <= 5,
        "rank 3, 4 or 5 (a 1-D, 2-D or 3-D convolution kernel)"
      );
      const [out, inPerGroup] = shape;
      if (out % recipe.groups !== 0) {
        fail("INVALID_GROUPS", `dim 0 (${out}) must be divisible by groups (${recipe.groups})`, {
          shape,
          groups: recipe.groups
        });
      }
      const ones = recipe.groups * Math.min(out / recipe.groups, inPerGroup);
      return {
        ...base,
        distribution: "dirac",
        groups: recipe.groups,
        ...moments(1, ones, size, `${ones} ones at the kernel centre (k // 2), zeros elsewhere`)
      };
    }
    case "delta_orthogonal": {
      requireRank(
        context,
        rank >= 3 && rank <= 5,
        "rank 3, 4 or 5 (a 1-D, 2-D or 3-D convolution kernel)"
      );
      const fanIn = shape[rank - 2];
      const fanOut = shape[rank - 1];
      if (fanIn > fanOut) {
        fail(
          "INVALID_OPTION",
          `delta_orthogonal needs in ≤ out (shape[-2] ≤ shape[-1]), got ${fanIn} > ${fanOut}`,
          { shape }
        );
      }
      if (recipe.columnAxis !== -1 && recipe.columnAxis !== -2) {
        fail(
          "INVALID_OPTION",
          `column_axis of delta_orthogonal must be -1 or -2, got ${recipe.columnAxis}`,
          {
            option: "column_axis"
          }
        );
      }
      const std = size === 0 ? 0 : recipe.scale * Math.sqrt(fanIn / size);
      return {
        ...base,
        distribution: "delta_orthogonal",
        gain: recipe.scale,
        columnAxis: recipe.columnAxis,
        mean: 0,
        std,
        explanation: [
          {
            quantity: "std",
            value: std,
            formula: `scale · √(in / size) = ${formatNumber(recipe.scale)} · √(${fanIn} / ${size}) (an orthogonal ${fanIn}×${fanOut} block at the centre (k − 1) // 2)`
          }
        ],
        warnings: []
      };
    }
    case "sparse": {
      requireRank(context, rank === 2, "rank 2");
      const [rows, cols] = shape;
      const zerosPerColumn = Math.ceil(recipe.sparsity * rows);
      const std = rows === 0 ? 0 : recipe.std * Math.sqrt((rows - zerosPerColumn) / rows);
      return {
        ...base,
        distribution: "sparse",
        sigma: recipe.std,
        rows,
        cols,
        zerosPerColumn,
        mean: 0,
        std,
        explanation: [
          {
            quantity: "zerosPerColumn",
            value: zerosPerColumn,
            formula: `⌈sparsity · rows⌉ = ⌈${recipe.sparsity} · ${rows}⌉`
          },
          {
            quantity: "sigma",
            value: recipe.std,
            formula: `std of the non-zeros = ${formatNumber(recipe.std)}`
          },
          {
            quantity: "std",
            value: std,
            formula: `σ · √((rows − zeros) / rows) = ${formatNumber(recipe.std)} · √(${rows - zerosPerColumn} / ${rows})`
          }
        ],
        warnings: []
      };
    }
  }
}
function requireRank({ base }, ok, allowed) {
  if (!ok) {
    fail(
      "UNSUPPORTED_RANK",
      `${base.init} takes tensors of ${allowed}; got rank ${base.shape.length} (shape [${base.shape.join(", ")}])`,
      { shape: base.shape }
    );
  }
}
function moments(value, count, size, formula) {
  const mean = size === 0 ? 0 : value * count / size;
  const meanSquare = size === 0 ? 0 : value * value * count / size;
  const std = Math.sqrt(Math.max(0, meanSquare - mean * mean));
  const explanation = [
    { quantity: "mean", value: mean, formula: `${formula}: ${formatNumber(value)} · ${count} / ${size}` },
    { quantity: "std", value: std, formula: `√(E[x²] − mean²)` }
  ];
  return { mean, std, explanation, warnings: [] };
}
function flatten(rule, shape, size) {
  const rank = shape.length;
  if (rule === "trailing") {
    const rows = shape[0];
    return {
      rows,
      cols: rows === 0 ? 0 : size / rows,
      formula: `shape[0] = ${rows} (dims after the first are flattened)`
    };
  }
  const axis = rule === "leading" ? rank - 1 : rule.columnAxis < 0 ? rank + rule.columnAxis : rule.columnAxis;
  if (!(axis >= 0 && axis < rank)) {
    fail(
      "INVALID_OPTION",
      `column_axis ${rule === "leading" ? -1 : rule.columnAxis} is outside a rank-${rank} shape`,
      {
        shape
      }
    );
  }
  const cols = shape[axis];
  return {
    rows: cols === 0 ? 0 : size / cols,
    cols,
    formula: `size / shape[${axis}] = ${size} / ${cols} (every axis but ${axis} is flattened into rows)`
  };
}
function solveTruncatedSigma(std, mu, a, b) {
  const truncatedStd = (sigma) => sigma * truncatedNormalMoments((a - mu) / sigma, (b - mu) / sigma).std;
  if (Number.isFinite(a) && Number.isFinite(b)) {
    const ceiling = (b - a) / Math.sqrt(12);
    if (!(std < ceiling)) {
      fail(
        "INVALID_OPTION",
        `no truncated normal on [${a}, ${b}] has std ${std}: even σ → ∞ (a uniform) gives only ${ceiling}`,
        { std, a, b }
      );
    }
  }
  let lo = log64(std) - 1;
  let hi = log64(std) + 1;
  while (truncatedStd(exp64(lo)) > std) lo -= 1;
  for (let i = 0; i < 2e3 && !(truncatedStd(exp64(hi)) >= std); i++) hi += 1;
  for (let i = 0; i < 200 && hi - lo > 1e-15; i++) {
    const mid = (lo + hi) / 2;
    if (truncatedStd(exp64(mid)) < std) lo = mid;
    else hi = mid;
  }
  return exp64((lo + hi) / 2);
}
function planTruncatedNormal(recipe, context) {
  const { base } = context;
  const { mean: mu, a, b, units, correct } = recipe;
  const steps = [];
  const warnings = [];
  if (!(recipe.std > 0)) {
    fail("INVALID_OPTION", `${base.init} needs std > 0, got ${recipe.std}`, {
      option: "std",
      value: recipe.std
    });
  }
  let sigma;
  let low;
  let high;
  if (units === "sigma") {
    sigma = correct ? recipe.std / truncatedNormalMoments(a, b).std : recipe.std;
    low = mu + a * sigma;
    high = mu + b * sigma;
    steps.push(
      correct ? {
        quantity: "sigma",
        value: sigma,
        formula: `std / std(N(0,1) on [${a}, ${b}]) = ${formatNumber(recipe.std)} / ${formatNumber(truncatedNormalMoments(a, b).std)}`
      } : { quantity: "sigma", value: sigma, formula: `std = ${formatNumber(recipe.std)}` },
      { quantity: "low", value: low, formula: `mean + a·σ = ${formatNumber(mu)} + ${a} · ${formatNumber(sigma)}` },
      { quantity: "high", value: high, formula: `mean + b·σ = ${formatNumber(mu)} + ${b} · ${formatNumber(sigma)}` }
    );
  } else {
    low = a;
    high = b;
    sigma = correct ? solveTruncatedSigma(recipe.std, mu, a, b) : recipe.std;
    steps.push(
      correct ? {
        quantity: "sigma",
        value: sigma,
        formula: `solved so that N(${formatNumber(mu)}, σ²) on [${a}, ${b}] has std ${formatNumber(recipe.std)}`
      } : { quantity: "sigma", value: sigma, formula: `std = ${formatNumber(recipe.std)}` },
      { quantity: "low", value: low, formula: `a = ${a} (absolute)` },
      { quantity: "high", value: high, formula: `b = ${b} (absolute)` }
    );
    if (mu < a - 2 * sigma || mu > b + 2 * sigma) {
      warnings.push(
        `mean is more than 2 std from [a, b] (PyTorch warns too): most of the mass of N(${formatNumber(mu)}, ${formatNumber(sigma)}²) lies outside [${a}, ${b}]`
      );
    }
    if (!correct && Number.isFinite(a) && Number.isFinite(b) && (mu - a) / sigma > 6 && (b - mu) / sigma > 6) {
      warnings.push(
        `the bounds [${a}, ${b}] are absolute and lie more than 6σ from the mean, so nothing is truncated; for bounds in σ units pass units: 'sigma'`
      );
    }
  }
  const alpha = (low - mu) / sigma;
  const beta = (high - mu) / sigma;
  const moments2 = truncatedNormalMoments(alpha, beta);
  if (!(moments2.mass > 0)) {
    fail(
      "INVALID_OPTION",
      `${base.init}: N(${formatNumber(mu)}, ${formatNumber(sigma)}²) has no probability mass in [${formatNumber(low)}, ${formatNumber(high)}] (${formatNumber(alpha)}σ to ${formatNumber(beta)}σ); move the bounds or the mean`,
      { low, high, mu, sigma }
    );
  }
  const mean = mu + sigma * moments2.mean;
  const std = sigma * moments2.std;
  steps.push(
    { quantity: "mean", value: mean, formula: `μ + σ·E[Z | ${formatNumber(alpha)} ≤ Z ≤ ${formatNumber(beta)}]` },
    {
      quantity: "std",
      value: std,
      formula: `σ · ${formatNumber(moments2.std)} (std of N(0,1) on [${formatNumber(alpha)}, ${formatNumber(beta)}])`
    }
  );
  return {
    ...base,
    distribution: "truncated_normal",
    mu,
    sigma,
    low,
    high,
    mean,
    std,
    explanation: steps,
    warnings
  };
}
const STD_WITHIN_TWO_SIGMA = truncatedNormalMoments(-2, 2).std;
function planVarianceScaling(recipe, context) {
  var _a;
  const { base, definition, layout, groups } = context;
  if (base.shape.length < 2 && definition.lowRank === "refuse" && typeof layout === "object") {
    fail(
      "UNSUPPORTED_RANK",
      `${base.init} needs a tensor of rank ≥ 2 with its default axes (JAX refuses a rank-${base.shape.length} weight too); give explicit axes or a Keras name (rank 1 → fans (n, n))`,
      { shape: base.shape }
    );
  }
  const fans = computeFans(base.shape, layout, {
    ...groups === void 0 ? {} : { groups },
    lowRank: definition.lowRank
  });
  const steps = [
    { quantity: "fanIn", value: fans.fanIn, formula: fans.derivation.fanIn },
    { quantity: "fanOut", value: fans.fanOut, formula: fans.derivation.fanOut }
  ];
  const { mode, scale } = recipe;
  const fan = denominator(mode, fans.fanIn, fans.fanOut);
  steps.push({ quantity: "fan", value: fan.value, formula: fan.formula });
  if (!(fan.value > 0)) {
    fail(
      "FAN_ZERO",
      `${base.init} on shape [${base.shape.join(", ")}]: ${mode} is 0 (fan_in ${fans.fanIn}, fan_out ${fans.fanOut}), so the variance scale/${mode} is undefined; give a shape whose fans are ≥ 1 or use a fan-free initializer (zeros, constant, normal)`,
      { shape: base.shape, fanIn: fans.fanIn, fanOut: fans.fanOut, mode }
    );
  }
  const gain = ((_a = recipe.gain) == null ? void 0 : _a.value) ?? Math.sqrt(scale);
  steps.push(
    recipe.gain === void 0 ? { quantity: "gain", value: gain, formula: `√scale = √${formatNumber(scale)}` } : { quantity: "gain", value: gain, formula: recipe.gain.formula }
  );
  const std0 = recipe.gain === void 0 ? Math.sqrt(scale / fan.value) : gain / Math.sqrt(fan.value);
  const stdFormula = recipe.gain === void 0 ? `√(scale / ${mode}) = √(${formatNumber(scale)} / ${formatNumber(fan.value)})` : `gain / √${mode} = ${formatNumber(gain)} / √${formatNumber(fan.value)}`;
  const fanFields = {
    layout: fans.layout,
    fanIn: fans.fanIn,
    fanOut: fans.fanOut,
    receptiveField: fans.receptiveField,
    groups: fans.groups,
    mode,
    fan: fan.value,
    scale,
    gain
  };
  const common = { ...base, ...fanFields, warnings: [] };
  switch (recipe.distribution) {
    case "uniform": {
      const bound2 = Math.sqrt(3) * std0;
      steps.push(
        { quantity: "std", value: std0, formula: stdFormula },
        { quantity: "bound", value: bound2, formula: `√3 · std = √3 · ${formatNumber(std0)}` }
      );
      return {
        ...common,
        distribution: "uniform",
        low: -bound2,
        high: bound2,
        bound: bound2,
        mean: 0,
        std: std0,
        explanation: steps
      };
    }
    case "untruncated_normal":
      steps.push({ quantity: "std", value: std0, formula: stdFormula });
      return { ...common, distribution: "normal", mean: 0, std: std0, explanation: steps };
    case "truncated_normal": {
      const sigma = recipe.correct ? std0 / STD_WITHIN_TWO_SIGMA : std0;
      const std = recipe.correct ? std0 : std0 * STD_WITHIN_TWO_SIGMA;
      steps.push(
        recipe.correct ? {
          quantity: "sigma",
          value: sigma,
          formula: `${stdFormula} / ${STD_WITHIN_TWO_SIGMA.toPrecision(17)} (std of N(0,1) cut at ±2), so the truncated draw has the target variance`
        } : {
          quantity: "sigma",
          value: sigma,
          formula: `${stdFormula}, not corrected for the truncation`
        },
        {
          quantity: "std",
          value: std,
          formula: recipe.correct ? `target: ${stdFormula}` : `sigma · ${STD_WITHIN_TWO_SIGMA.toPrecision(6)} = ${formatNumber(sigma)} · ${STD_WITHIN_TWO_SIGMA.toPrecision(6)} (variance ${formatNumber(STD_WITHIN_TWO_SIGMA * STD_WITHIN_TWO_SIGMA)}× the target)`
        },
        { quantity: "low", value: -2 * sigma, formula: `−2σ = −2 · ${formatNumber(sigma)}` },
        { quantity: "high", value: 2 * sigma, formula: `2σ = 2 · ${formatNumber(sigma)}` }
      );
      return {
        ...common,
        distribution: "truncated_normal",
        mu: 0,
        sigma,
        low: -2 * sigma,
        high: 2 * sigma,
        mean: 0,
        std,
        explanation: steps
      };
    }
  }
}
function denominator(mode, fanIn, fanOut) {
  switch (mode) {
    case "fan_in":
      return { value: fanIn, formula: `fan_in = ${fanIn}` };
    case "fan_out":
      return { value: fanOut, formula: `fan_out = ${fanOut}` };
    case "fan_avg":
      return {
        value: (fanIn + fanOut) / 2,
        formula: `(fan_in + fan_out) / 2 = (${fanIn} + ${fanOut}) / 2`
      };
    case "fan_geo_avg":
      return {
        value: Math.sqrt(fanIn * fanOut),
        formula: `√(fan_in · fan_out) = √(${fanIn} · ${fanOut})`
      };
  }
}
function plan(spec, shape, options = {}) {
  const size = validateShape(shape);
  const normalized = normalizeSpec(spec);
  const { definition } = normalized;
  if (options.groups !== void 0 && !(Number.isSafeInteger(options.groups) && options.groups > 0)) {
    fail("INVALID_GROUPS", `groups must be a positive integer, got ${String(options.groups)}`, {
      groups: options.groups
    });
  }
  const context = {
    base: {
      init: normalized.init,
      initializer: normalized.initializer,
      framework: definition.framework,
      options: normalized.options,
      shape: [...shape],
      size
    },
    definition,
    layout: options.layout ?? definition.layout,
    groups: options.groups
  };
  const recipe = definition.recipe(normalized.options);
  switch (recipe.kind) {
    case "variance_scaling":
      return planVarianceScaling(recipe, context);
    case "truncated_normal":
      return planTruncatedNormal(recipe, context);
    case "constant":
    case "uniform":
    case "normal":
    case "fan_in_uniform":
      return planSimple(recipe, context);
    default:
      return planStructured(recipe, context);
  }
}
function describeValue(value) {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "bigint") return `${value}n`;
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (ArrayBuffer.isView(value)) return `a ${value.constructor.name}`;
  if (typeof value === "function") return "a function";
  if (value !== null && typeof value === "object") return "an object";
  return String(value);
}
const OFFSET_LO = 2216829733;
const OFFSET_HI = 3421674724;
const PRIME_LO = 435;
function hashKey(key) {
  if (typeof key !== "string") {
    fail("INVALID_KEY", `a stream key must be a string, got ${describeValue(key)}`, { key });
  }
  let lo = OFFSET_LO;
  let hi = OFFSET_HI;
  for (const byte of new TextEncoder().encode(key)) {
    lo = (lo ^ byte) >>> 0;
    const low = lo * PRIME_LO;
    hi = Math.imul(hi, PRIME_LO) + Math.floor(low / 2 ** 32) + (lo << 8) >>> 0;
    lo = low >>> 0;
  }
  return Object.freeze([lo, hi]);
}
const M0 = 3528531795;
const M1 = 3449720151;
const W0 = 2654435769;
const W1 = 3144134277;
const INV_2_32 = 1 / 4294967296;
function philoxBlocks(out, key0, key1, c0, c1, c2, c3, blockCount, outIndex = 0) {
  checkArguments(out, [key0, key1, c0, c1, c2, c3], blockCount, outIndex);
  const end = outIndex + 4 * blockCount;
  for (let i = outIndex; i < end; i += 4) {
    let x0 = c0;
    let x1 = c1;
    let x2 = c2;
    let x3 = c3;
    let k0 = key0;
    let k1 = key1;
    for (let round = 0; round < 10; round++) {
      const a = x0 >>> 0;
      const b = x2 >>> 0;
      const lo0 = Math.imul(M0, a);
      const lo1 = Math.imul(M1, b);
      const hi0 = (M0 * a - (lo0 >>> 0)) * INV_2_32 + 0.5 >>> 0;
      const hi1 = (M1 * b - (lo1 >>> 0)) * INV_2_32 + 0.5 >>> 0;
      x0 = hi1 ^ x1 ^ k0;
      x1 = lo1;
      x2 = hi0 ^ x3 ^ k1;
      x3 = lo0;
      k0 = k0 + W0 | 0;
      k1 = k1 + W1 | 0;
    }
    out[i] = x0;
    out[i + 1] = x1;
    out[i + 2] = x2;
    out[i + 3] = x3;
    c0 = c0 + 1 >>> 0;
    if (c0 === 0) {
      c1 = c1 + 1 >>> 0;
      if (c1 === 0) {
        c2 = c2 + 1 >>> 0;
        if (c2 === 0) c3 = c3 + 1 >>> 0;
      }
    }
  }
  return out;
}
function isWord$1(value) {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= 4294967295;
}
function checkArguments(out, words, blockCount, outIndex) {
  const names = ["key0", "key1", "c0", "c1", "c2", "c3"];
  words.forEach((word, i) => {
    if (!isWord$1(word)) {
      fail(
        "INVALID_ARGUMENT",
        `${names[i]} must be an integer from 0 to 2^32 - 1, got ${describeValue(word)}`,
        { [names[i] ?? "word"]: word }
      );
    }
  });
  for (const [name, value] of [
    ["blockCount", blockCount],
    ["outIndex", outIndex]
  ]) {
    if (!Number.isSafeInteger(value) || value < 0) {
      fail(
        "INVALID_ARGUMENT",
        `${name} must be a non-negative safe integer, got ${describeValue(value)}`,
        {
          [name]: value
        }
      );
    }
  }
  if (!(out instanceof Uint32Array)) {
    fail("INVALID_TARGET", `out must be a Uint32Array, got ${describeValue(out)}`, {});
  }
  if (outIndex + 4 * blockCount > out.length) {
    fail(
      "INVALID_TARGET",
      `out has ${out.length} words; ${blockCount} blocks from index ${outIndex} need ${outIndex + 4 * blockCount}`,
      { length: out.length, blockCount, outIndex }
    );
  }
}
const MAX_BIGINT_SEED = 0xffffffffffffffffn;
function normalizeSeed(seed) {
  if (typeof seed === "number" && Number.isSafeInteger(seed) && seed >= 0) {
    return Object.freeze([seed >>> 0, Math.floor(seed / 2 ** 32)]);
  }
  if (typeof seed === "bigint" && seed >= 0n && seed <= MAX_BIGINT_SEED) {
    return Object.freeze([Number(seed & 0xffffffffn), Number(seed >> 32n)]);
  }
  return fail(
    "INVALID_SEED",
    `seed must be an integer from 0 to 2^53 - 1, or a bigint from 0 to 2^64 - 1, got ${describeValue(seed)}`,
    { seed }
  );
}
const STREAM_VERSION = 1;
const STREAM_WORDS = 2 ** 53;
function createStream(seed, key = "") {
  const seedWords = normalizeSeed(seed);
  const keyHash = hashKey(key);
  const [s0, s1] = seedWords;
  const [h0, h1] = keyHash;
  const fill = (out, wordOffset = 0) => {
    checkSlice$1(out, wordOffset);
    if (out.length === 0) return out;
    let block = Math.floor(wordOffset / 4);
    let i = 0;
    const skip = wordOffset % 4;
    if (skip !== 0) i = copyPartialBlock(out, 0, block++, skip);
    const fullBlocks = Math.floor((out.length - i) / 4);
    philoxBlocks(out, s0, s1, block % 2 ** 32, Math.floor(block / 2 ** 32), h0, h1, fullBlocks, i);
    i += 4 * fullBlocks;
    block += fullBlocks;
    if (i < out.length) copyPartialBlock(out, i, block, 0);
    return out;
  };
  const copyPartialBlock = (out, at, block, skip) => {
    const words = philoxBlocks(
      new Uint32Array(4),
      s0,
      s1,
      block % 2 ** 32,
      Math.floor(block / 2 ** 32),
      h0,
      h1,
      1
    );
    const count = Math.min(4 - skip, out.length - at);
    out.set(words.subarray(skip, skip + count), at);
    return at + count;
  };
  return Object.freeze({ version: STREAM_VERSION, seed: seedWords, key, keyHash, fill });
}
function checkSlice$1(out, wordOffset) {
  if (!(out instanceof Uint32Array)) {
    fail("INVALID_TARGET", `out must be a Uint32Array, got ${describeValue(out)}`, {});
  }
  if (!Number.isSafeInteger(wordOffset) || wordOffset < 0) {
    fail(
      "INVALID_SLICE",
      `wordOffset must be an integer from 0 to 2^53 - 1, got ${describeValue(wordOffset)}`,
      { wordOffset }
    );
  }
  if (wordOffset > STREAM_WORDS - out.length) {
    fail(
      "INVALID_SLICE",
      `${out.length} words from word ${wordOffset} run past the stream's last word, 2^53 - 1`,
      { wordOffset, length: out.length }
    );
  }
}
const TWO_POW_M53$2 = 2 ** -53;
function u53(lo, hi) {
  return ((hi >>> 5) * 67108864 + (lo >>> 6)) * TWO_POW_M53$2;
}
const MAX_FILL_ELEMENTS = 2 ** 50;
const CHUNK_WORDS$1 = 4096;
function streamChunks(stream, offset, count, wordsPerElement, run2) {
  const chunk = CHUNK_WORDS$1 / wordsPerElement;
  const words = new Uint32Array(wordsPerElement * Math.min(chunk, count));
  for (let at = 0; at < count; at += chunk) {
    const n = Math.min(chunk, count - at);
    const used = wordsPerElement * n;
    stream.fill(
      used === words.length ? words : words.subarray(0, used),
      wordsPerElement * (offset + at)
    );
    run2(words, n, at);
  }
}
function checkFill(stream, offset, count, out) {
  if (stream === null || typeof stream !== "object" || typeof stream.fill !== "function") {
    fail(
      "INVALID_ARGUMENT",
      `stream must be a Stream from createStream(), got ${describeValue(stream)}`,
      {}
    );
  }
  for (const [name, value] of [
    ["offset", offset],
    ["count", count]
  ]) {
    if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
      fail("INVALID_SLICE", `${name} must be a non-negative integer, got ${describeValue(value)}`, {
        [name]: value
      });
    }
  }
  if (offset + count > MAX_FILL_ELEMENTS) {
    fail(
      "INVALID_SLICE",
      `offset + count must be at most 2^50, got ${describeValue(offset)} + ${describeValue(count)}`,
      { offset, count }
    );
  }
  const kind = arrayKind(out);
  if (kind !== "Float32Array" && kind !== "Float64Array") {
    fail(
      "INVALID_TARGET",
      `out must be a Float32Array or a Float64Array, got ${describeValue(out)}`,
      {}
    );
  }
  if (out.length < count) {
    fail(
      "INVALID_TARGET",
      `out has ${out.length} elements, fewer than count (${count})`,
      { length: out.length, count }
    );
  }
  return kind;
}
function checkFinite(name, value) {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    fail("INVALID_ARGUMENT", `${name} must be a finite number, got ${describeValue(value)}`, {
      [name]: value
    });
  }
  return value;
}
const fr$4 = Math.fround;
const LN2_HI = 0.6931381225585938;
const LN2_LO = 905800061445916e-20;
const LG1 = 0.6666666269302368;
const LG2 = 0.40000972151756287;
const LG3 = 0.2849878668785095;
const LG4 = 0.24279078841209412;
const scratchFloat = new Float32Array(1);
new Uint32Array(scratchFloat.buffer);
function log32Reduced(k, m) {
  const f = fr$4(m - 1);
  const s = fr$4(f / fr$4(2 + f));
  const z = fr$4(s * s);
  const w = fr$4(z * z);
  const t1 = fr$4(w * fr$4(LG2 + fr$4(w * LG4)));
  const t2 = fr$4(z * fr$4(LG1 + fr$4(w * LG3)));
  const r = fr$4(t2 + t1);
  const hfsq = fr$4(fr$4(0.5 * f) * f);
  return fr$4(fr$4(fr$4(fr$4(fr$4(s * fr$4(hfsq + r)) + fr$4(k * LN2_LO)) - hfsq) + f) + fr$4(k * LN2_HI));
}
const fr$3 = Math.fround;
const S0 = 6.2831854820251465;
const S1$1 = -41.34186553955078;
const S2$1 = 81.62544250488281;
const S3$1 = -76.76657104492188;
const C0$1 = -19.739208221435547;
const C1$2 = 64.93932342529297;
const C2$2 = -85.44374084472656;
const C3$2 = 59.24596405029297;
function sinTurnReduced32(r) {
  const z = fr$3(r * r);
  return fr$3(r * fr$3(S0 + fr$3(z * fr$3(S1$1 + fr$3(z * fr$3(S2$1 + fr$3(z * S3$1)))))));
}
function cosTurnReduced32(r) {
  const z = fr$3(r * r);
  return fr$3(1 + fr$3(z * fr$3(C0$1 + fr$3(z * fr$3(C1$2 + fr$3(z * fr$3(C2$2 + fr$3(z * C3$2))))))));
}
const TWO_PI_HI = 6.283185307179586;
const TWO_PI_LO = 24492935982947064e-32;
const TWO_PI_HI_H = 6.283185362815857;
const TWO_PI_HI_L = -5563627070159782e-23;
const SPLIT = 134217729;
const S1 = -0.16666666666666632;
const S2 = 0.00833333333332249;
const S3 = -1984126982985795e-19;
const S4 = 27557313707070068e-22;
const S5 = -25050760253406863e-24;
const S6 = 158969099521155e-24;
const C1$1 = 0.0416666666666666;
const C2$1 = -0.001388888888887411;
const C3$1 = 2480158728947673e-20;
const C4$1 = -27557314351390663e-23;
const C5$1 = 2087572321298175e-24;
const C6$1 = -11359647557788195e-27;
function sincosReduced64(r, out) {
  const p = r * TWO_PI_HI;
  const t = r * SPLIT;
  const rh = t - (t - r);
  const rl = r - rh;
  const e = rh * TWO_PI_HI_H - p + rh * TWO_PI_HI_L + rl * TWO_PI_HI_H + rl * TWO_PI_HI_L;
  const lo = e + r * TWO_PI_LO;
  const x = p + lo;
  const y = lo - (x - p);
  const z = x * x;
  const w = z * z;
  const rs = S2 + z * (S3 + z * S4) + z * w * (S5 + z * S6);
  const v = z * x;
  out[0] = x - (z * (0.5 * y - v * rs) - y - v * S1);
  const rc = z * (C1$1 + z * (C2$1 + z * C3$1)) + w * w * (C4$1 + z * (C5$1 + z * C6$1));
  const hz = 0.5 * z;
  const one = 1 - hz;
  out[1] = one + (1 - one - hz + (z * rc - x * y));
}
const fr$2 = Math.fround;
const TWO_POW_M23 = 2 ** -23;
const TWO_POW_M24$1 = 2 ** -24;
const TWO_POW_M52$1 = 2 ** -52;
const TWO_POW_M53$1 = 2 ** -53;
function fillNormal(params, stream, offset, count, out) {
  const kind = checkFill(stream, offset, count, out);
  const mean = checkFinite("mean", params == null ? void 0 : params.mean);
  const std = checkFinite("std", params == null ? void 0 : params.std);
  if (count === 0) return out;
  if (kind === "Float32Array") {
    const half = new Float32Array(2);
    fillPairs(
      stream,
      offset,
      count,
      out,
      half,
      2,
      (words, at, pairs, into, start) => normalPairs32(words, at, pairs, into, start, fr$2(mean), fr$2(std))
    );
  } else {
    const sincos = new Float64Array(2);
    const half = new Float64Array(2);
    fillPairs(
      stream,
      offset,
      count,
      out,
      half,
      4,
      (words, at, pairs, into, start) => normalPairs64(words, at, pairs, into, start, mean, std, sincos)
    );
  }
  return out;
}
function fillPairs(stream, offset, count, out, half, wordsPerPair, kernel) {
  const firstPair = Math.floor(offset / 2);
  const endPair = Math.floor((offset + count - 1) / 2) + 1;
  const chunkPairs = CHUNK_WORDS$1 / wordsPerPair;
  const words = new Uint32Array(wordsPerPair * Math.min(chunkPairs, endPair - firstPair));
  for (let pair0 = firstPair; pair0 < endPair; pair0 += chunkPairs) {
    const pairs = Math.min(chunkPairs, endPair - pair0);
    const n = wordsPerPair * pairs;
    stream.fill(n === words.length ? words : words.subarray(0, n), wordsPerPair * pair0);
    let from = 0;
    let to = pairs;
    if (2 * pair0 < offset) {
      kernel(words, 0, 1, half, 0);
      out[0] = half[1];
      from = 1;
    }
    if (to > from && 2 * (pair0 + to - 1) + 1 >= offset + count) {
      kernel(words, wordsPerPair * (to - 1), 1, half, 0);
      out[2 * (pair0 + to - 1) - offset] = half[0];
      to -= 1;
    }
    if (to > from) kernel(words, wordsPerPair * from, to - from, out, 2 * (pair0 + from) - offset);
  }
}
function normalPairs32(words, at, pairs, out, start, mean, std) {
  for (let p = 0; p < pairs; p++) {
    const w0 = words[at + 2 * p];
    const w1 = words[at + 2 * p + 1];
    const n = w0 >>> 9 << 1 | 1;
    const e = 31 - Math.clz32(n);
    const top = n << 23 - e;
    const b = top + 4913933 >>> 24;
    const radius = fr$2(Math.sqrt(-2 * log32Reduced(e + b - 24, top * TWO_POW_M23 * (1 - 0.5 * b))));
    const t = w1 >>> 8;
    const q = t + 2097152 >>> 22;
    const r = (t - (q << 22)) * TWO_POW_M24$1;
    const s = sinTurnReduced32(r);
    const c = cosTurnReduced32(r);
    const swap = q & 1;
    const keep = 1 - swap;
    const sin = (s * keep + c * swap) * (1 - (q & 2));
    const cos = (c * keep + s * swap) * (1 - (q + 1 & 2));
    out[start + 2 * p] = mean + fr$2(std * fr$2(radius * cos));
    out[start + 2 * p + 1] = mean + fr$2(std * fr$2(radius * sin));
  }
}
function normalPairs64(words, at, pairs, out, start, mean, std, sincos) {
  for (let p = 0; p < pairs; p++) {
    const i = at + 4 * p;
    const u1 = ((words[i + 1] >>> 6) * 67108864 + (words[i] >>> 6) + 0.5) * TWO_POW_M52$1;
    const radius = Math.sqrt(-2 * log64(u1));
    const a = words[i + 3] >>> 5;
    const q = a + 16777216 >>> 25;
    sincosReduced64(((a - q * 33554432) * 67108864 + (words[i + 2] >>> 6)) * TWO_POW_M53$1, sincos);
    const s = sincos[0];
    const c = sincos[1];
    let sin = q & 1 ? c : s;
    let cos = q & 1 ? s : c;
    if (q & 2) sin = -sin;
    if (q + 1 & 2) cos = -cos;
    out[start + 2 * p] = mean + std * (radius * cos);
    out[start + 2 * p + 1] = mean + std * (radius * sin);
  }
}
const A0 = 3.3871328727963665;
const A1 = 133.14166789178438;
const A2 = 1971.5909503065513;
const A3 = 13731.69376550946;
const A4 = 45921.95393154987;
const A5 = 67265.7709270087;
const A6 = 33430.57558358813;
const A7 = 2509.0809287301227;
const B1 = 42.31333070160091;
const B2 = 687.1870074920579;
const B3 = 5394.196021424751;
const B4 = 21213.794301586597;
const B5 = 39307.89580009271;
const B6 = 28729.085735721943;
const B7 = 5226.495278852854;
const C0 = 1.4234371107496835;
const C1 = 4.630337846156546;
const C2 = 5.769497221460691;
const C3 = 3.6478483247632045;
const C4 = 1.2704582524523684;
const C5 = 0.2417807251774506;
const C6 = 0.022723844989269184;
const C7 = 7745450142783414e-19;
const D1 = 2.053191626637759;
const D2 = 1.6763848301838038;
const D3 = 0.6897673349851;
const D4 = 0.14810397642748008;
const D5 = 0.015198666563616457;
const D6 = 5475938084995345e-19;
const D7 = 10507500716444169e-25;
const E0 = 6.657904643501103;
const E1 = 5.463784911164114;
const E2 = 1.7848265399172913;
const E3 = 0.29656057182850487;
const E4 = 0.026532189526576124;
const E5 = 0.0012426609473880784;
const E6 = 27115555687434876e-21;
const E7 = 20103343992922881e-23;
const F1 = 0.599832206555888;
const F2 = 0.1369298809227358;
const F3 = 0.014875361290850615;
const F4 = 7868691311456133e-19;
const F5 = 18463183175100548e-21;
const F6 = 1421511758316446e-22;
const F7 = 20442631033899397e-31;
function quantile64(p) {
  const q = p - 0.5;
  if (q >= -0.425 && q <= 0.425) {
    const r2 = 0.180625 - q * q;
    const num = ((((((A7 * r2 + A6) * r2 + A5) * r2 + A4) * r2 + A3) * r2 + A2) * r2 + A1) * r2 + A0;
    const den = ((((((B7 * r2 + B6) * r2 + B5) * r2 + B4) * r2 + B3) * r2 + B2) * r2 + B1) * r2 + 1;
    return q * (num / den);
  }
  if (!(p > 0)) return Number.isNaN(p) ? p : Number.NEGATIVE_INFINITY;
  if (!(p < 1)) return Number.POSITIVE_INFINITY;
  let r = Math.sqrt(-log64(q < 0 ? p : 1 - p));
  let z;
  if (r <= 5) {
    r -= 1.6;
    z = (((((((C7 * r + C6) * r + C5) * r + C4) * r + C3) * r + C2) * r + C1) * r + C0) / (((((((D7 * r + D6) * r + D5) * r + D4) * r + D3) * r + D2) * r + D1) * r + 1);
  } else {
    r -= 5;
    z = (((((((E7 * r + E6) * r + E5) * r + E4) * r + E3) * r + E2) * r + E1) * r + E0) / (((((((F7 * r + F6) * r + F5) * r + F4) * r + F3) * r + F2) * r + F1) * r + 1);
  }
  return q < 0 ? -z : z;
}
const TWO_POW_M32$1 = 2 ** -32;
const TWO_POW_M52 = 2 ** -52;
function fillTruncatedNormal(params, stream, offset, count, out) {
  const kind = checkFill(stream, offset, count, out);
  if (params === null || typeof params !== "object" || typeof params.start !== "number" || typeof params.width !== "number" || typeof params.upper !== "boolean") {
    fail("INVALID_ARGUMENT", "params must come from prepareTruncatedNormal()", {});
  }
  const { mu, sigma, low, high, upper, start } = params;
  const step = upper ? -params.width : params.width;
  const sign = upper ? -1 : 1;
  if (kind === "Float32Array") {
    const o = out;
    streamChunks(
      stream,
      offset,
      count,
      1,
      (words, n, at) => truncatedChunk32(words, n, o, at, mu, sigma, low, high, start, step, sign)
    );
  } else {
    const o = out;
    streamChunks(
      stream,
      offset,
      count,
      2,
      (words, n, at) => truncatedChunk64(words, n, o, at, mu, sigma, low, high, start, step, sign)
    );
  }
  return out;
}
function truncatedChunk32(words, n, out, at, mu, sigma, low, high, start, step, sign) {
  for (let j = 0; j < n; j++) {
    const u = (words[j] + 0.5) * TWO_POW_M32$1;
    const x = mu + sigma * (sign * quantile64(start + u * step));
    out[at + j] = Math.min(Math.max(x, low), high);
  }
}
function truncatedChunk64(words, n, out, at, mu, sigma, low, high, start, step, sign) {
  for (let j = 0; j < n; j++) {
    const u = ((words[2 * j + 1] >>> 6) * 67108864 + (words[2 * j] >>> 6) + 0.5) * TWO_POW_M52;
    const x = mu + sigma * (sign * quantile64(start + u * step));
    out[at + j] = Math.min(Math.max(x, low), high);
  }
}
const fr$1 = Math.fround;
const TWO_POW_M24 = 2 ** -24;
const TWO_POW_M53 = 2 ** -53;
function fillUniform(params, stream, offset, count, out) {
  const kind = checkFill(stream, offset, count, out);
  const low = checkFinite("low", params == null ? void 0 : params.low);
  const high = checkFinite("high", params == null ? void 0 : params.high);
  if (kind === "Float32Array") uniform32(low, high, stream, offset, count, out);
  else uniform64(low, high, stream, offset, count, out);
  return out;
}
function uniform32(low, high, stream, offset, count, out) {
  const base = fr$1(low);
  const width = fr$1(fr$1(high) - base);
  streamChunks(
    stream,
    offset,
    count,
    1,
    (words, n, at) => uniformChunk32(words, n, out, at, base, width)
  );
}
function uniformChunk32(words, n, out, at, base, width) {
  for (let j = 0; j < n; j++) {
    out[at + j] = base + fr$1(width * ((words[j] >>> 8) * TWO_POW_M24));
  }
}
function uniform64(low, high, stream, offset, count, out) {
  const width = high - low;
  streamChunks(
    stream,
    offset,
    count,
    2,
    (words, n, at) => uniformChunk64(words, n, out, at, low, width)
  );
}
function uniformChunk64(words, n, out, at, low, width) {
  for (let j = 0; j < n; j++) {
    const lo = words[2 * j];
    const hi = words[2 * j + 1];
    out[at + j] = low + width * (((hi >>> 5) * 67108864 + (lo >>> 6)) * TWO_POW_M53);
  }
}
function prepareTruncatedNormal(mu, sigma, low, high) {
  checkFinite("mu", mu);
  checkFinite("sigma", sigma);
  if (!(sigma > 0)) fail("INVALID_ARGUMENT", `sigma must be > 0, got ${sigma}`, { sigma });
  if (typeof low !== "number" || typeof high !== "number" || !(low < high) || low === Infinity || high === -Infinity) {
    fail(
      "INVALID_ARGUMENT",
      `the bounds must be numbers with low < high (low may be -Infinity, high +Infinity), got [${String(low)}, ${String(high)}]`,
      { low, high }
    );
  }
  const alpha = (low - mu) / sigma;
  const beta = (high - mu) / sigma;
  const upper = alpha >= 0;
  const start = upper ? normalSurvival(alpha) : normalCdf(alpha);
  const width = upper ? start - normalSurvival(beta) : normalCdf(beta) - start;
  if (!(width > 0)) {
    fail(
      "INVALID_ARGUMENT",
      `N(${mu}, ${sigma}²) has no probability mass (in double precision) on [${low}, ${high}]`,
      { mu, sigma, low, high }
    );
  }
  return Object.freeze({ mu, sigma, low, high, upper, start, width });
}
const KERNEL_BASE64 = "AGFzbQEAAAABFgNgCH9/f39/f39/AGACf38AYAF7AXsDCwoAAQEBAgIBAQEBBQMBAAMGCAF/AEGAiAELB2EIBm1lbW9yeQIABnBoaWxveAAACXVuaWZvcm0zMgABCXVuaWZvcm02NAACCG5vcm1hbDMyAAMIbm9ybWFsNjQABg10cnVuY25vcm1hbDMyAAgNdHJ1bmNub3JtYWw2NAAJCplrCvoIAgF/FXsgAv0RIQkgA/0RIQoDQCAIIAn9CwQAIAggCv0LBBAgCf0MuXk3nrl5N565eTeeuXk3nv2uASEJIAr9DIWuZ7uFrme7ha5nu4WuZ7v9rgEhCiAIQSBqIghBwAJHDQALAkADQCABQQBMDQEgBP0R/QwAAAAAAQAAAAIAAAADAAAA/a4BIQsgCyEOIAX9ESALIAT9Ef06/bEBIQ8gBP0R/QwEAAAABQAAAAYAAAAHAAAA/a4BIQsgCyESIAX9ESALIAT9Ef06/bEBIRMgBv0RIRAgB/0RIhUhESAQIRRBACEIA0AgDv0MUx9R0lMfUdJTH1HSUx9R0v3eASAO/QxTH1HSUx9R0lMfUdJTH1HS/d8B/Q0EBQYHDA0ODxQVFhccHR4fIRYgDv0MUx9R0lMfUdJTH1HSUx9R0v21ASEXIBD9DFeNns1XjZ7NV42ezVeNns393gEgEP0MV42ezVeNns1XjZ7NV42ezf3fAf0NBAUGBwwNDg8UFRYXHB0eHyEYIBD9DFeNns1XjZ7NV42ezVeNns39tQEhGSAS/QxTH1HSUx9R0lMfUdJTH1HS/d4BIBL9DFMfUdJTH1HSUx9R0lMfUdL93wH9DQQFBgcMDQ4PFBUWFxwdHh8hGiAS/QxTH1HSUx9R0lMfUdJTH1HS/bUBIRsgFP0MV42ezVeNns1XjZ7NV42ezf3eASAU/QxXjZ7NV42ezVeNns1XjZ7N/d8B/Q0EBQYHDA0ODxQVFhccHR4fIRwgFP0MV42ezVeNns1XjZ7NV42ezf21ASEdIAj9AAQAIQwgCP0ABBAhDSAYIA/9USAM/VEhDiAZIQ8gFiAR/VEgDf1RIRAgFyERIBwgE/1RIAz9USESIB0hEyAaIBX9USAN/VEhFCAbIRUgCEEgaiIIQcACRw0ACyAOIA/9DQABAgMQERITBAUGBxQVFhchFiAOIA/9DQgJCgsYGRobDA0ODxwdHh8hFyAQIBH9DQABAgMQERITBAUGBxQVFhchGCAQIBH9DQgJCgsYGRobDA0ODxwdHh8hGSAAIBYgGP0NAAECAwQFBgcQERITFBUWF/0LBAAgACAWIBj9DQgJCgsMDQ4PGBkaGxwdHh/9CwQQIAAgFyAZ/Q0AAQIDBAUGBxAREhMUFRYX/QsEICAAIBcgGf0NCAkKCwwNDg8YGRobHB0eH/0LBDAgEiAT/Q0AAQIDEBESEwQFBgcUFRYXIRYgEiAT/Q0ICQoLGBkaGwwNDg8cHR4fIRcgFCAV/Q0AAQIDEBESEwQFBgcUFRYXIRggFCAV/Q0ICQoLGBkaGwwNDg8cHR4fIRkgACAWIBj9DQABAgMEBQYHEBESExQVFhf9CwRAIAAgFiAY/Q0ICQoLDA0ODxgZGhscHR4f/QsEUCAAIBcgGf0NAAECAwQFBgcQERITFBUWF/0LBGAgACAXIBn9DQgJCgsMDQ4PGBkaGxwdHh/9CwRwIABBgAFqIQAgBEEIaiEEIARBCEkEQCAFQQFqIQULIAFBCGshAQwACwsLogECAX8Ce0EAKwOABLb9EyEDQQArA4gEtv0TIQQgACABQQJ0aiECAkADQCAAIAJPDQEgACADIAQgAP0ABABBCP2tAf36Af0MAACAMwAAgDMAAIAzAACAM/3mAf3mAf3kAf0LBAAgACADIAQgAP0ABBBBCP2tAf36Af0MAACAMwAAgDMAAIAzAACAM/3mAf3mAf3kAf0LBBAgAEEgaiEADAALCwvkAQIBfwN7QQArA4AE/RQhA0EAKwOIBP0UIQQgACABQQJ0aiECAkADQCAAIAJPDQEgAP0ABAAhBSAAIAMgBCAFQSX9zQH9DAAAAAAAADBDAAAAAAAAMEP9UP0MAAAAAAAAMEMAAAAAAAAwQ/3xAf0MAAAAAAAAkEEAAAAAAACQQf3yASAFQSD9ywFBJv3NAf0MAAAAAAAAMEMAAAAAAAAwQ/1Q/QwAAAAAAAAwQwAAAAAAADBD/fEB/fAB/QwAAAAAAACgPAAAAAAAAKA8/fIB/fIB/fAB/QsEACAAQRBqIQAMAAsLC8IIAgF/EntBACsDgAS2/RMhA0EAKwOIBLb9EyEEIAAgAUECdGohAgJAA0AgACACTw0BIAD9AAQAIQUgAP0ABBAhBiAFIAb9DQABAgMICQoLEBESExgZGhtBCf2tAUEB/asB/QwBAAAAAQAAAAEAAAABAAAA/VD9+gH9DAAAgDMAAIAzAACAMwAAgDP95gH9DA37SgAN+0oADftKAA37SgD9rgEhByAHQRf9rQH9DH8AAAB/AAAAfwAAAH8AAAD9sQH9+gEhCCAH/Qz//38A//9/AP//fwD//38A/U79DPMENT/zBDU/8wQ1P/MENT/9rgH9DAAAgD8AAIA/AACAPwAAgD/95QEhCSAJ/QwAAABAAAAAQAAAAEAAAABAIAn95AH95wEhCiAKIAr95gEhCyALIAv95gEhDP0MAAAAPwAAAD8AAAA/AAAAPyAJ/eYBIAn95gEhDf0MAAAAwAAAAMAAAADAAAAAwCAKIA0gC/0MqqoqP6qqKj+qqio/qqoqPyAM/Qzu6ZE+7umRPu7pkT7u6ZE+/eYB/eQB/eYBIAz9DBPOzD4Tzsw+E87MPhPOzD4gDP0MJp54PiaeeD4mnng+Jp54Pv3mAf3kAf3mAf3kAf3kAf3mASAI/QzR9xc30fcXN9H3FzfR9xc3/eYB/eQBIA395QEgCf3kASAI/QyAcTE/gHExP4BxMT+AcTE//eYB/eQB/eYB/eMBIQ4gBSAG/Q0EBQYHDA0ODxQVFhccHR4fQQj9rQEhDyAP/QwAACAAAAAgAAAAIAAAACAA/a4BQRb9rQEhECAPIBBBFv2rAf2xAf36Af0MAACAMwAAgDMAAIAzAACAM/3mASEKIAogCv3mASELIAr9DNsPyUDbD8lA2w/JQNsPyUAgC/0MEl4lwhJeJcISXiXCEl4lwiAL/Qw6QKNCOkCjQjpAo0I6QKNCIAv9DHyImcJ8iJnCfIiZwnyImcL95gH95AH95gH95AH95gH95AH95gEhEf0MAACAPwAAgD8AAIA/AACAPyAL/Qzm6Z3B5umdwebpncHm6Z3BIAv9DO/ggULv4IFC7+CBQu/ggUIgC/0MMuOqwjLjqsIy46rCMuOqwiAL/Qze+2xC3vtsQt77bELe+2xC/eYB/eQB/eYB/eQB/eYB/eQB/eYB/eQBIRIgEP0MAQAAAAEAAAABAAAAAQAAAP1O/aEBIRMgEEEe/asBIRQgFP0MAAAAgAAAAIAAAACAAAAAgP1OIRQgFCASIBEgE/1S/VEhCiAUIBP9DAAAAIAAAACAAAAAgAAAAID9Tv1RIBEgEiAT/VL9USESIAMgBCAOIBL95gH95gH95AEhEiADIAQgDiAK/eYB/eYB/eQBIREgACASIBH9DQABAgMQERITBAUGBxQVFhf9CwQAIAAgEiAR/Q0ICQoLGBkaGwwNDg8cHR4f/QsEECAAQSBqIQAMAAsLC9oHAQx7IABBIP3NAf0MAAAQAAAAAAAAABAAAAAAAP3YASEMIAD9DAAAAAAAAFBDAAAAAAAAUEP98gEgACAM/VIhACAAQSD9zQEhASAM/QzK/////////8r//////////U4gAUEU/c0B/Qz/AwAAAAAAAP8DAAAAAAAA/dEB/c4BIQIgAf0M//8PAAAAAAD//w8AAAAAAP1OIQEgAf0MZF8JAAAAAABkXwkAAAAAAP3OAf0MAAAQAAAAAAAAABAAAAAAAP1OIQMgAiADQRT9zQH9zgEhAiAA/Qz/////AAAAAP////8AAAAA/U4gASAD/QwAAPA/AAAAAAAA8D8AAAAA/VH9UEEg/csB/VD9DAAAAAAAAPA/AAAAAAAA8D/98QEhBCACIAL9DQABAgMICQoLAAECAwgJCgv9/gEhCSAE/QwAAAAAAAAAQAAAAAAAAABAIAT98AH98wEhBSAFIAX98gEhBiAGIAb98gEhByAG/QyTVVVVVVXlP5NVVVVVVeU/IAf9DFmTIpQkSdI/WZMilCRJ0j8gB/0M3gPLlmRGxz/eA8uWZEbHPyAH/QxEUj7fEvHCP0RSPt8S8cI//fIB/fAB/fIB/fAB/fIB/fAB/fIBIAf9DAT6l5mZmdk/BPqXmZmZ2T8gB/0Mr3iOHcVxzD+veI4dxXHMPyAH/QyfxnjQCZrDP5/GeNAJmsM//fIB/fAB/fIB/fAB/fIB/fABIQj9DAAAAAAAAOA/AAAAAAAA4D8gBP3yASAE/fIBIQogCf0MAADg/kIu5j8AAOD+Qi7mP/3yASAKIAUgCiAI/fAB/fIBIAn9DHY8eTXvOeo9djx5Ne856j398gH98AH98QEgBP3xAf3xASAJ/QwAAOD+Qi7mPwAA4P5CLuY//fIBIAUgBCAI/fEB/fIBIAn9DHY8eTXvOeo9djx5Ne856j398gH98QEgBP3xAf3xASAB/Qx6FAYAAAAAAHoUBgAAAAAA/dEB/QxRuAYAAAAAAFG4BgAAAAAAIAH90QH9UP0MAAAAAAAAAAAAAAAAAAAAAP3ZAf1SIQsgAf0MAgAAAAAAAAACAAAAAAAAAP3OAf0M//8PAAAAAAD//w8AAAAAAP1O/QwDAAAAAAAAAAMAAAAAAAAA/dgBIQwgDP1TBEAgCf0MAADg/kIu5j8AAOD+Qi7mP/3yASAEIAT98gH9DAAAAAAAAOA/AAAAAAAA4D/9DFVVVVVVVdU/VVVVVVVV1T8gBP3yAf3xAf3yASAJ/Qx2PHk17znqPXY8eTXvOeo9/fIB/fEBIAT98QH98QEgCyAM/VIhCwsgCwupAQAgAEEm/c0B/QwAAAAAAAAwQwAAAAAAADBD/VD9DAAAAAAAADBDAAAAAAAAMEP98QH9DAAAAAAAAJBBAAAAAAAAkEH98gEgAEEg/csBQSb9zQH9DAAAAAAAADBDAAAAAAAAMEP9UP0MAAAAAAAAMEMAAAAAAAAwQ/3xAf3wAf0MAAAAAAAA4D8AAAAAAADgP/3wAf0MAAAAAAAAsDwAAAAAAACwPP3yAQvECQIBfxB7QQArA4AE/RQhA0EAKwOIBP0UIQQgACABQQJ0aiECAkADQCAAIAJPDQEgAP0ABAAhBSAA/QAEECEGIAUgBv0NAAECAwQFBgcQERITFBUWFyEOIAUgBv0NCAkKCwwNDg8YGRobHB0eHyEG/QwAAAAAAAAAwAAAAAAAAADAIA4QBRAE/fIB/e8BIQcgBkEl/c0BIQUgBf0MAAAAAQAAAAAAAAABAAAAAP3OAUEZ/c0BIQj9DAAAAAAAADhDAAAAAAAAOEMgBSAIQRn9ywH90QFBGv3LASAGQSD9ywFBJv3NAf3OAf3OAf0MAAAAAAAAOEMAAAAAAAA4Q/3xAf0MAAAAAAAAoDwAAAAAAACgPP3yASEJIAn9DAAAAAIAAKBBAAAAAgAAoEH98gEhDiAOIA4gCf3xAf3xASEOIAn9DBgtRFT7IRlAGC1EVPshGUD98gEhCiAO/QwAAABY+yEZQAAAAFj7IRlA/fIBIAr98QEgDv0MAAAAQJfebb4AAABAl95tvv3yAf3wASAJIA798QH9DAAAAFj7IRlAAAAAWPshGUD98gH98AEgCSAO/fEB/QwAAABAl95tvgAAAECX3m2+/fIB/fABIAn9DAdcFDMmprE8B1wUMyamsTz98gH98AEhCyAKIQ4gDiAL/fABIQogCyAKIA798QH98QEhCyAKIAr98gEhDCAMIAz98gEhDSAMIAr98gEhDiAKIAz9DAAAAAAAAOA/AAAAAAAA4D8gC/3yASAO/Qym+BARERGBP6b4EBEREYE/IAz9DNVhwRmgASq/1WHBGaABKr8gDP0Mff6xV+Mdxz59/rFX4x3HPv3yAf3wAf3yAf3wASAMIA398gH9DOucK4rm5Vq+65wriublWr4gDP0MfNXPWjrZ5T181c9aOtnlPf3yAf3wAf3yAf3wAf3yAf3xAf3yASAL/fEBIA79DElVVVVVVcW/SVVVVVVVxb/98gH98QH98QEhD/0MAAAAAAAA4D8AAAAAAADgPyAM/fIBIQ79DAAAAAAAAPA/AAAAAAAA8D8gDv3xASEJIAn9DAAAAAAAAPA/AAAAAAAA8D8gCf3xASAO/fEBIAwgDP0MTFVVVVVVpT9MVVVVVVWlPyAM/Qx3UcEWbMFWv3dRwRZswVa/IAz9DJAVyxmgAfo+kBXLGaAB+j798gH98AH98gH98AH98gEgDSAN/fIB/QytUpyAT36Svq1SnIBPfpK+IAz9DMSxtL2e7iE+xLG0vZ7uIT4gDP0M1DiIvun6qL3UOIi+6fqovf3yAf3wAf3yAf3wAf3yAf3wAf3yASAKIAv98gH98QH98AH98AEhECAI/QwBAAAAAAAAAAEAAAAAAAAA/U79wQEhESAIQT79ywEhEiAS/QwAAAAAAAAAgAAAAAAAAACA/U4hEiASIBAgDyAR/VL9USEKIBIgEf0MAAAAAAAAAIAAAAAAAAAAgP1O/VEgDyAQIBH9Uv1RIQsgAyAEIAcgC/3yAf3yAf3wASELIAMgBCAHIAr98gH98gH98AEhCiAAIAsgCv0NAAECAwQFBgcQERITFBUWF/0LBAAgACALIAr9DQgJCgsMDQ4PGBkaGxwdHh/9CwQQIABBIGohAAwACwsLtxQDDXsBfw57IAAjAEYEQA8LIAAjAGtBIHEEQCAAQSBrIgAgAP0ABAD9CwQgIAAgAP0ABBD9CwQwIABBwABqIQALQQArA4AE/RQhF0EAKwOIBP0UIRhBACsDkAT9FCEZQQArA5gE/RQhGkEAKwOgBP0UIRtBACsDqAT9FCEcQQArA7AE/RQhHSMAIQ8DQCAPIA/9XQMA/VcDIAEhECAQ/QwAAAAAAADwPwAAAAAAAPA/IBD98QEgEP0MAAAAAAAA4D8AAAAAAADgP/3xAf0MAAAAAAAAAAAAAAAAAAAAAP1J/VIhDSANQSD9zQH9DAAAEAAAAAAAAAAQAAAAAAD92AEhDCAN/QwAAAAAAABQQwAAAAAAAFBD/fIBIA0gDP1SIQ0gDUEg/c0BIQIgDP0Myv/////////K//////////1OIAJBFP3NAf0M/wMAAAAAAAD/AwAAAAAAAP3RAf3OASEDIAL9DP//DwAAAAAA//8PAAAAAAD9TiECIAL9DGRfCQAAAAAAZF8JAAAAAAD9zgH9DAAAEAAAAAAAAAAQAAAAAAD9TiEEIAMgBEEU/c0B/c4BIQMgDf0M/////wAAAAD/////AAAAAP1OIAIgBP0MAADwPwAAAAAAAPA/AAAAAP1R/VBBIP3LAf1Q/QwAAAAAAADwPwAAAAAAAPA//fEBIQUgAyAD/Q0AAQIDCAkKCwABAgMICQoL/f4BIQkgBf0MAAAAAAAAAEAAAAAAAAAAQCAF/fAB/fMBIQYgBiAG/fIBIQcgByAH/fIBIQggB/0Mk1VVVVVV5T+TVVVVVVXlPyAI/QxZkyKUJEnSP1mTIpQkSdI/IAj9DN4Dy5ZkRsc/3gPLlmRGxz8gCP0MRFI+3xLxwj9EUj7fEvHCP/3yAf3wAf3yAf3wAf3yAf3wAf3yASAI/QwE+peZmZnZPwT6l5mZmdk/IAj9DK94jh3Fccw/r3iOHcVxzD8gCP0Mn8Z40Amawz+fxnjQCZrDP/3yAf3wAf3yAf3wAf3yAf3wASEO/QwAAAAAAADgPwAAAAAAAOA/IAX98gEgBf3yASEKIAn9DAAA4P5CLuY/AADg/kIu5j/98gEgCiAGIAogDv3wAf3yASAJ/Qx2PHk17znqPXY8eTXvOeo9/fIB/fAB/fEBIAX98QH98QEgCf0MAADg/kIu5j8AAOD+Qi7mP/3yASAGIAUgDv3xAf3yASAJ/Qx2PHk17znqPXY8eTXvOeo9/fIB/fEBIAX98QH98QEgAv0MehQGAAAAAAB6FAYAAAAAAP3RAf0MUbgGAAAAAABRuAYAAAAAACAC/dEB/VD9DAAAAAAAAAAAAAAAAAAAAAD92QH9UiELIAL9DAIAAAAAAAAAAgAAAAAAAAD9zgH9DP//DwAAAAAA//8PAAAAAAD9Tv0MAwAAAAAAAAADAAAAAAAAAP3YASEMIAz9UwRAIAn9DAAA4P5CLuY/AADg/kIu5j/98gEgBSAF/fIB/QwAAAAAAADgPwAAAAAAAOA//QxVVVVVVVXVP1VVVVVVVdU/IAX98gH98QH98gEgCf0Mdjx5Ne856j12PHk17znqPf3yAf3xASAF/fEB/fEBIAsgDP1SIQsLIAv97QH97wEhEiAPIBL9WwMIACAPIBL9WwMoASAPQcAAaiIPIABJDQALIwAhDwNAIA8gD/1dAwD9VwMgASEQIA8gD/1dAwj9VwMoASETIBP9DAAAAAAAABRAAAAAAAAAFED9SyEWIBP9DJqZmZmZmfk/mpmZmZmZ+T/98QEhEiAT/QwAAAAAAAAUQAAAAAAAABRA/fEBIRP9DOmst8BaYUk/6ay3wFphST8gEv3yASEU/QzkOWRoPw0SPuQ5ZGg/DRI+IBL98gEhFSAU/Qxn7EVs60SXP2fsRWzrRJc//fABIBL98gEhFCAV/QwoJ9+/jPFBPygn37+M8UE//fABIBL98gEhFSAU/Qw3XLi5q/LOPzdcuLmr8s4//fABIBL98gEhFCAV/Qy/F6t+eiCPP78Xq356II8//fABIBL98gEhFSAU/QyydVMIzFP0P7J1UwjMU/Q//fABIBL98gEhFCAV/QxA8JQzEvXCP0DwlDMS9cI//fABIBL98gEhFSAU/QzEAj0ayy4NQMQCPRrLLg1A/fABIBL98gEhFCAV/QzJhTPykhLmP8mFM/KSEuY//fABIBL98gEhFSAU/QxqJWIU9xMXQGolYhT3ExdA/fABIBL98gEhFCAV/QwzZlLmeNL6PzNmUuZ40vo//fABIBL98gEhFSAU/QybscpId4USQJuxykh3hRJA/fABIBL98gEhFCAV/QxJpEa772wAQEmkRrvvbABA/fABIBL98gEhFSAU/QxqUun9Zcb2P2pS6f1lxvY//fABIRQgFf0MAAAAAAAA8D8AAAAAAADwP/3wASEVIBQgFf3zASESIBb9wwFFBED9DJO/k9Z0+4o+k7+T1nT7ij4gE/3yASEU/QyQwfjxv2niPJDB+PG/aeI8IBP98gEhFSAU/Qwq4FnMxm78PirgWczGbvw+/fABIBP98gEhFCAV/QzguUD3RhSDPuC5QPdGFIM+/fABIBP98gEhFSAU/QxFU0IIGVxUP0VTQggZXFQ//fABIBP98gEhFCAV/Qy/dGNJLFzzPr90Y0ksXPM+/fABIBP98gEhFSAU/QznTjsZQSubP+dOOxlBK5s//fABIBP98gEhFCAV/QzXxZ2XvMhJP9fFnZe8yEk//fABIBP98gEhFSAU/QzPVVIx2frSP89VUjHZ+tI//fABIBP98gEhFCAV/QwqRhUy+XaOPypGFTL5do4//fABIBP98gEhFSAU/QxFpB9Gpo78P0WkH0amjvw//fABIBP98gEhFCAV/Qz7QzQY64bBP/tDNBjrhsE//fABIBP98gEhFSAU/QwDUIdu6toVQANQh27q2hVA/fABIBP98gEhFCAV/Qx/18dP0zHjP3/Xx0/TMeM//fABIBP98gEhFSAU/Qwm5T7BsaEaQCblPsGxoRpA/fABIRQgFf0MAAAAAAAA8D8AAAAAAADwP/3wASEVIBIgFCAV/fMBIBb9UiESCyASIBD9DAAAAAAAAOA/AAAAAAAA4D/98QH9DAAAAAAAAAAAAAAAAAAAAAD9Sf0MAAAAAAAAAIAAAAAAAAAAgP1O/VEhEiAS/QwAAAAAAADwfwAAAAAAAPB/IBD9DAAAAAAAAPA/AAAAAAAA8D/9Sf1SIRIgEv0MAAAAAAAA8P8AAAAAAADw/yAQIBAgEP1H/VIgEP0MAAAAAAAAAAAAAAAAAAAAAP1K/VIhEiAXIBggHSAS/fIB/fIB/fABIBn99QEgGv30ASESIA8gEv1bAwgAIA8gEv1bAygBIA9BwABqIg8gAEkNAAsjACEPIAFBIEYEQANAIA8oAhAgDysDCLY4AgAgD0EgaiIPIABJDQALBQNAIA8oAhAgDysDCDkDACAPQSBqIg8gAEkNAAsLC98YAgN/H3tBACsDgAT9FCEHQQArA4gE/RQhCEEAKwOQBP0UIQlBACsDmAT9FCEKQQArA6AE/RQhC0EAKwO4BP0UIQwgCEEAKwOwBP0U/fIBIQ0gCf0MAAAAAAAAAAAAAAAAAAAAAP3WAf0MAAAAAAAAAIAAAAAAAAAAgP1O/U0hDiAK/QwAAAAAAAAAgAAAAAAAAACA/dYB/QwAAAAAAAAAgAAAAAAAAACA/U4hDyAAIAFBAnRqIQIjACEDAkADQCAAIAJPDQEgAP0ABAAhBSAA/QAEECEGIAsgBf0MAAAAAAAAMEMAAAAAAAAwQ/0NAAECAxQVFhcEBQYHFBUWF/0M////////L0P///////8vQ/3xASAM/fIB/fABIRAgCyAF/QwAAAAAAAAwQwAAAAAAADBD/Q0ICQoLFBUWFwwNDg8UFRYX/Qz///////8vQ////////y9D/fEBIAz98gH98AEhFSALIAb9DAAAAAAAADBDAAAAAAAAMEP9DQABAgMUFRYXBAUGBxQVFhf9DP///////y9D////////L0P98QEgDP3yAf3wASEaIAsgBv0MAAAAAAAAMEMAAAAAAAAwQ/0NCAkKCxQVFhcMDQ4PFBUWF/0M////////L0P///////8vQ/3xASAM/fIB/fABIR8gEP0MAAAAAAAA4D8AAAAAAADgP/3xASERIBX9DAAAAAAAAOA/AAAAAAAA4D/98QEhFiAa/QwAAAAAAADgPwAAAAAAAOA//fEBIRsgH/0MAAAAAAAA4D8AAAAAAADgP/3xASEg/QwfhetRuB7HPx+F61G4Hsc/IBEgEf3yAf3xASES/QwfhetRuB7HPx+F61G4Hsc/IBYgFv3yAf3xASEX/QwfhetRuB7HPx+F61G4Hsc/IBsgG/3yAf3xASEc/QwfhetRuB7HPx+F61G4Hsc/ICAgIP3yAf3xASEh/Qxekn1vKZqjQF6SfW8pmqNAIBL98gEhE/0MaUuYyn5qtEBpS5jKfmq0QCAS/fIBIRT9DF6SfW8pmqNAXpJ9bymao0AgF/3yASEY/QxpS5jKfmq0QGlLmMp+arRAIBf98gEhGf0MXpJ9bymao0Bekn1vKZqjQCAc/fIBIR39DGlLmMp+arRAaUuYyn5qtEAgHP3yASEe/Qxekn1vKZqjQF6SfW8pmqNAICH98gEhIv0MaUuYyn5qtEBpS5jKfmq0QCAh/fIBISMgE/0M5EUua9JS4EDkRS5r0lLgQP3wASAS/fIBIRMgFP0Mdq6xfEUO3EB2rrF8RQ7cQP3wASAS/fIBIRQgGP0M5EUua9JS4EDkRS5r0lLgQP3wASAX/fIBIRggGf0Mdq6xfEUO3EB2rrF8RQ7cQP3wASAX/fIBIRkgHf0M5EUua9JS4EDkRS5r0lLgQP3wASAc/fIBIR0gHv0Mdq6xfEUO3EB2rrF8RQ7cQP3wASAc/fIBIR4gIv0M5EUua9JS4EDkRS5r0lLgQP3wASAh/fIBISIgI/0Mdq6xfEUO3EB2rrF8RQ7cQP3wASAh/fIBISMgE/0MII+3VRxs8EAgj7dVHGzwQP3wASAS/fIBIRMgFP0MvvRkqnwx40C+9GSqfDHjQP3wASAS/fIBIRQgGP0MII+3VRxs8EAgj7dVHGzwQP3wASAX/fIBIRggGf0MvvRkqnwx40C+9GSqfDHjQP3wASAX/fIBIRkgHf0MII+3VRxs8EAgj7dVHGzwQP3wASAc/fIBIR0gHv0MvvRkqnwx40C+9GSqfDHjQP3wASAc/fIBIR4gIv0MII+3VRxs8EAgj7dVHGzwQP3wASAh/fIBISIgI/0MvvRkqnwx40C+9GSqfDHjQP3wASAh/fIBISMgE/0MKnWbhj5s5kAqdZuGPmzmQP3wASAS/fIBIRMgFP0MZlLW1XK31EBmUtbVcrfUQP3wASAS/fIBIRQgGP0MKnWbhj5s5kAqdZuGPmzmQP3wASAX/fIBIRggGf0MZlLW1XK31EBmUtbVcrfUQP3wASAX/fIBIRkgHf0MKnWbhj5s5kAqdZuGPmzmQP3wASAc/fIBIR0gHv0MZlLW1XK31EBmUtbVcrfUQP3wASAc/fIBIR4gIv0MKnWbhj5s5kAqdZuGPmzmQP3wASAh/fIBISIgI/0MZlLW1XK31EBmUtbVcrfUQP3wASAh/fIBISMgE/0MHedOzdjRykAd507N2NHKQP3wASAS/fIBIRMgFP0Mn8h1LjIStUCfyHUuMhK1QP3wASAS/fIBIRQgGP0MHedOzdjRykAd507N2NHKQP3wASAX/fIBIRggGf0Mn8h1LjIStUCfyHUuMhK1QP3wASAX/fIBIRkgHf0MHedOzdjRykAd507N2NHKQP3wASAc/fIBIR0gHv0Mn8h1LjIStUCfyHUuMhK1QP3wASAc/fIBIR4gIv0MHedOzdjRykAd507N2NHKQP3wASAh/fIBISIgI/0Mn8h1LjIStUCfyHUuMhK1QP3wASAh/fIBISMgE/0MzMATIl3OnkDMwBMiXc6eQP3wASAS/fIBIRMgFP0M97PI/X55hUD3s8j9fnmFQP3wASAS/fIBIRQgGP0MzMATIl3OnkDMwBMiXc6eQP3wASAX/fIBIRggGf0M97PI/X55hUD3s8j9fnmFQP3wASAX/fIBIRkgHf0MzMATIl3OnkDMwBMiXc6eQP3wASAc/fIBIR0gHv0M97PI/X55hUD3s8j9fnmFQP3wASAc/fIBIR4gIv0MzMATIl3OnkDMwBMiXc6eQP3wASAh/fIBISIgI/0M97PI/X55hUD3s8j9fnmFQP3wASAh/fIBISMgE/0MbkMai4ikYEBuQxqLiKRgQP3wASAS/fIBIRMgFP0MtRpuOBsoRUC1Gm44GyhFQP3wASAS/fIBIRQgGP0MbkMai4ikYEBuQxqLiKRgQP3wASAX/fIBIRggGf0MtRpuOBsoRUC1Gm44GyhFQP3wASAX/fIBIRkgHf0MbkMai4ikYEBuQxqLiKRgQP3wASAc/fIBIR0gHv0MtRpuOBsoRUC1Gm44GyhFQP3wASAc/fIBIR4gIv0MbkMai4ikYEBuQxqLiKRgQP3wASAh/fIBISIgI/0MtRpuOBsoRUC1Gm44GyhFQP3wASAh/fIBISMgByANIBEgE/0Mde+eHtkYC0B1754e2RgLQP3wASAU/QwAAAAAAADwPwAAAAAAAPA//fAB/fMB/fIB/fIB/fABIRMgByANIBYgGP0Mde+eHtkYC0B1754e2RgLQP3wASAZ/QwAAAAAAADwPwAAAAAAAPA//fAB/fMB/fIB/fIB/fABIRggByANIBsgHf0Mde+eHtkYC0B1754e2RgLQP3wASAe/QwAAAAAAADwPwAAAAAAAPA//fAB/fMB/fIB/fIB/fABIR0gByANICAgIv0Mde+eHtkYC0B1754e2RgLQP3wASAj/QwAAAAAAADwPwAAAAAAAPA//fAB/fMB/fIB/fIB/fABISIgEyAJ/fcBIA79TiAK/fYBIA/9UCETIBggCf33ASAO/U4gCv32ASAP/VAhGCAdIAn99wEgDv1OIAr99gEgD/1QIR0gIiAJ/fcBIA79TiAK/fYBIA/9UCEiIAAgE/1eIBj9Xv0NAAECAwQFBgcQERITFBUWF/0LBAAgACAd/V4gIv1e/Q0AAQIDBAUGBxAREhMUFRYX/QsEECAR/ewB/QwzMzMzMzPbPzMzMzMzM9s//Ur9xAEhBCADIBD9WwMAACADIABBAGo2AhAgAyAEQQFxQQV0aiEDIAMgEP1bAwABIAMgAEEEajYCECADIARBAXZBBXRqIQMgFv3sAf0MMzMzMzMz2z8zMzMzMzPbP/1K/cQBIQQgAyAV/VsDAAAgAyAAQQhqNgIQIAMgBEEBcUEFdGohAyADIBX9WwMAASADIABBDGo2AhAgAyAEQQF2QQV0aiEDIBv97AH9DDMzMzMzM9s/MzMzMzMz2z/9Sv3EASEEIAMgGv1bAwAAIAMgAEEQajYCECADIARBAXFBBXRqIQMgAyAa/VsDAAEgAyAAQRRqNgIQIAMgBEEBdkEFdGohAyAg/ewB/QwzMzMzMzPbPzMzMzMzM9s//Ur9xAEhBCADIB/9WwMAACADIABBGGo2AhAgAyAEQQFxQQV0aiEDIAMgH/1bAwABIAMgAEEcajYCECADIARBAXZBBXRqIQMgAEEgaiEADAALCyADQSAQBwvlFgIDfx17QQArA4AE/RQhBUEAKwOIBP0UIQZBACsDkAT9FCEHQQArA5gE/RQhCEEAKwOgBP0UIQlBACsDqAT9FCEKIAZBACsDsAT9FP3yASELIAf9DAAAAAAAAAAAAAAAAAAAAAD91gH9DAAAAAAAAACAAAAAAAAAAID9Tv1NIQwgCP0MAAAAAAAAAIAAAAAAAAAAgP3WAf0MAAAAAAAAAIAAAAAAAAAAgP1OIQ0gACABQQJ0aiECIwAhAwJAA0AgACACTw0BIAkgAP0ABAAQBSAK/fIB/fABIQ4gCSAA/QAEEBAFIAr98gH98AEhEyAJIAD9AAQgEAUgCv3yAf3wASEYIAkgAP0ABDAQBSAK/fIB/fABIR0gDv0MAAAAAAAA4D8AAAAAAADgP/3xASEPIBP9DAAAAAAAAOA/AAAAAAAA4D/98QEhFCAY/QwAAAAAAADgPwAAAAAAAOA//fEBIRkgHf0MAAAAAAAA4D8AAAAAAADgP/3xASEe/QwfhetRuB7HPx+F61G4Hsc/IA8gD/3yAf3xASEQ/QwfhetRuB7HPx+F61G4Hsc/IBQgFP3yAf3xASEV/QwfhetRuB7HPx+F61G4Hsc/IBkgGf3yAf3xASEa/QwfhetRuB7HPx+F61G4Hsc/IB4gHv3yAf3xASEf/Qxekn1vKZqjQF6SfW8pmqNAIBD98gEhEf0MaUuYyn5qtEBpS5jKfmq0QCAQ/fIBIRL9DF6SfW8pmqNAXpJ9bymao0AgFf3yASEW/QxpS5jKfmq0QGlLmMp+arRAIBX98gEhF/0MXpJ9bymao0Bekn1vKZqjQCAa/fIBIRv9DGlLmMp+arRAaUuYyn5qtEAgGv3yASEc/Qxekn1vKZqjQF6SfW8pmqNAIB/98gEhIP0MaUuYyn5qtEBpS5jKfmq0QCAf/fIBISEgEf0M5EUua9JS4EDkRS5r0lLgQP3wASAQ/fIBIREgEv0Mdq6xfEUO3EB2rrF8RQ7cQP3wASAQ/fIBIRIgFv0M5EUua9JS4EDkRS5r0lLgQP3wASAV/fIBIRYgF/0Mdq6xfEUO3EB2rrF8RQ7cQP3wASAV/fIBIRcgG/0M5EUua9JS4EDkRS5r0lLgQP3wASAa/fIBIRsgHP0Mdq6xfEUO3EB2rrF8RQ7cQP3wASAa/fIBIRwgIP0M5EUua9JS4EDkRS5r0lLgQP3wASAf/fIBISAgIf0Mdq6xfEUO3EB2rrF8RQ7cQP3wASAf/fIBISEgEf0MII+3VRxs8EAgj7dVHGzwQP3wASAQ/fIBIREgEv0MvvRkqnwx40C+9GSqfDHjQP3wASAQ/fIBIRIgFv0MII+3VRxs8EAgj7dVHGzwQP3wASAV/fIBIRYgF/0MvvRkqnwx40C+9GSqfDHjQP3wASAV/fIBIRcgG/0MII+3VRxs8EAgj7dVHGzwQP3wASAa/fIBIRsgHP0MvvRkqnwx40C+9GSqfDHjQP3wASAa/fIBIRwgIP0MII+3VRxs8EAgj7dVHGzwQP3wASAf/fIBISAgIf0MvvRkqnwx40C+9GSqfDHjQP3wASAf/fIBISEgEf0MKnWbhj5s5kAqdZuGPmzmQP3wASAQ/fIBIREgEv0MZlLW1XK31EBmUtbVcrfUQP3wASAQ/fIBIRIgFv0MKnWbhj5s5kAqdZuGPmzmQP3wASAV/fIBIRYgF/0MZlLW1XK31EBmUtbVcrfUQP3wASAV/fIBIRcgG/0MKnWbhj5s5kAqdZuGPmzmQP3wASAa/fIBIRsgHP0MZlLW1XK31EBmUtbVcrfUQP3wASAa/fIBIRwgIP0MKnWbhj5s5kAqdZuGPmzmQP3wASAf/fIBISAgIf0MZlLW1XK31EBmUtbVcrfUQP3wASAf/fIBISEgEf0MHedOzdjRykAd507N2NHKQP3wASAQ/fIBIREgEv0Mn8h1LjIStUCfyHUuMhK1QP3wASAQ/fIBIRIgFv0MHedOzdjRykAd507N2NHKQP3wASAV/fIBIRYgF/0Mn8h1LjIStUCfyHUuMhK1QP3wASAV/fIBIRcgG/0MHedOzdjRykAd507N2NHKQP3wASAa/fIBIRsgHP0Mn8h1LjIStUCfyHUuMhK1QP3wASAa/fIBIRwgIP0MHedOzdjRykAd507N2NHKQP3wASAf/fIBISAgIf0Mn8h1LjIStUCfyHUuMhK1QP3wASAf/fIBISEgEf0MzMATIl3OnkDMwBMiXc6eQP3wASAQ/fIBIREgEv0M97PI/X55hUD3s8j9fnmFQP3wASAQ/fIBIRIgFv0MzMATIl3OnkDMwBMiXc6eQP3wASAV/fIBIRYgF/0M97PI/X55hUD3s8j9fnmFQP3wASAV/fIBIRcgG/0MzMATIl3OnkDMwBMiXc6eQP3wASAa/fIBIRsgHP0M97PI/X55hUD3s8j9fnmFQP3wASAa/fIBIRwgIP0MzMATIl3OnkDMwBMiXc6eQP3wASAf/fIBISAgIf0M97PI/X55hUD3s8j9fnmFQP3wASAf/fIBISEgEf0MbkMai4ikYEBuQxqLiKRgQP3wASAQ/fIBIREgEv0MtRpuOBsoRUC1Gm44GyhFQP3wASAQ/fIBIRIgFv0MbkMai4ikYEBuQxqLiKRgQP3wASAV/fIBIRYgF/0MtRpuOBsoRUC1Gm44GyhFQP3wASAV/fIBIRcgG/0MbkMai4ikYEBuQxqLiKRgQP3wASAa/fIBIRsgHP0MtRpuOBsoRUC1Gm44GyhFQP3wASAa/fIBIRwgIP0MbkMai4ikYEBuQxqLiKRgQP3wASAf/fIBISAgIf0MtRpuOBsoRUC1Gm44GyhFQP3wASAf/fIBISEgBSALIA8gEf0Mde+eHtkYC0B1754e2RgLQP3wASAS/QwAAAAAAADwPwAAAAAAAPA//fAB/fMB/fIB/fIB/fABIREgBSALIBQgFv0Mde+eHtkYC0B1754e2RgLQP3wASAX/QwAAAAAAADwPwAAAAAAAPA//fAB/fMB/fIB/fIB/fABIRYgBSALIBkgG/0Mde+eHtkYC0B1754e2RgLQP3wASAc/QwAAAAAAADwPwAAAAAAAPA//fAB/fMB/fIB/fIB/fABIRsgBSALIB4gIP0Mde+eHtkYC0B1754e2RgLQP3wASAh/QwAAAAAAADwPwAAAAAAAPA//fAB/fMB/fIB/fIB/fABISAgESAH/fcBIAz9TiAI/fYBIA39UCERIBYgB/33ASAM/U4gCP32ASAN/VAhFiAbIAf99wEgDP1OIAj99gEgDf1QIRsgICAH/fcBIAz9TiAI/fYBIA39UCEgIAAgEf0LBAAgACAW/QsEECAAIBv9CwQgIAAgIP0LBDAgD/3sAf0MMzMzMzMz2z8zMzMzMzPbP/1K/cQBIQQgAyAO/VsDAAAgAyAAQQBqNgIQIAMgBEEBcUEFdGohAyADIA79WwMAASADIABBCGo2AhAgAyAEQQF2QQV0aiEDIBT97AH9DDMzMzMzM9s/MzMzMzMz2z/9Sv3EASEEIAMgE/1bAwAAIAMgAEEQajYCECADIARBAXFBBXRqIQMgAyAT/VsDAAEgAyAAQRhqNgIQIAMgBEEBdkEFdGohAyAZ/ewB/QwzMzMzMzPbPzMzMzMzM9s//Ur9xAEhBCADIBj9WwMAACADIABBIGo2AhAgAyAEQQFxQQV0aiEDIAMgGP1bAwABIAMgAEEoajYCECADIARBAXZBBXRqIQMgHv3sAf0MMzMzMzMz2z8zMzMzMzPbP/1K/cQBIQQgAyAd/VsDAAAgAyAAQTBqNgIQIAMgBEEBcUEFdGohAyADIB39WwMAASADIABBOGo2AhAgAyAEQQF2QQV0aiEDIABBwABqIQAMAAsLIANBwAAQBws=";
const SIMD_PROBE = [
  0,
  97,
  115,
  109,
  1,
  0,
  0,
  0,
  1,
  5,
  1,
  96,
  0,
  1,
  123,
  3,
  2,
  1,
  0,
  10,
  10,
  1,
  8,
  0,
  65,
  0,
  253,
  15,
  253,
  98,
  11
];
let supported;
function simdSupported() {
  if (supported === void 0) {
    try {
      supported = typeof WebAssembly === "object" && WebAssembly.validate(new Uint8Array(SIMD_PROBE));
    } catch {
      supported = false;
    }
  }
  return supported;
}
const PARAMS = 512;
const BUFFER = 1024;
const CHUNK_WORDS = 4096;
const TAIL = BUFFER + CHUNK_WORDS * 4;
let loaded;
function loadKernels() {
  if (loaded === void 0) loaded = instantiate();
  return loaded ?? void 0;
}
function instantiate() {
  if (!simdSupported()) return null;
  try {
    const text = atob(KERNEL_BASE64);
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), {});
    const exports = instance.exports;
    const { memory } = exports;
    const needed = TAIL + (CHUNK_WORDS + 1) * 32;
    if (memory.buffer.byteLength < needed) {
      memory.grow(Math.ceil((needed - memory.buffer.byteLength) / 65536));
    }
    return {
      philox: exports.philox,
      uniform32: exports.uniform32,
      uniform64: exports.uniform64,
      normal32: exports.normal32,
      normal64: exports.normal64,
      truncnormal32: exports.truncnormal32,
      truncnormal64: exports.truncnormal64,
      buffer: BUFFER,
      words: new Uint32Array(memory.buffer, BUFFER, CHUNK_WORDS),
      f32: new Float32Array(memory.buffer, BUFFER, CHUNK_WORDS),
      f64: new Float64Array(memory.buffer, BUFFER, CHUNK_WORDS / 2),
      params: new Float64Array(memory.buffer, PARAMS, 32)
    };
  } catch {
    return null;
  }
}
const TWO_POW_32 = 4294967296;
function fillChunks(kernels2, convert, bytesPerElement, out, outIndex, count, first, s0, s1, h0, h1) {
  const perElement = bytesPerElement / 4;
  const view = bytesPerElement === 8 ? kernels2.f64 : out instanceof Uint32Array ? kernels2.words : kernels2.f32;
  const chunkElements = view.length;
  let word = first * perElement;
  let at = outIndex;
  let left = count;
  while (left > 0) {
    const block = Math.floor(word / 4);
    const skip = word - 4 * block;
    const needed = skip + left * perElement;
    const words = needed >= CHUNK_WORDS ? CHUNK_WORDS : needed + 31 & -32;
    kernels2.philox(
      kernels2.buffer,
      words / 4,
      s0,
      s1,
      block % TWO_POW_32,
      Math.floor(block / TWO_POW_32),
      h0,
      h1
    );
    if (convert) convert(kernels2.buffer, words);
    const from = skip / perElement;
    const take = Math.min(left, words / perElement - from);
    if (from === 0 && take === chunkElements) out.set(view, at);
    else out.set(view.subarray(from, from + take), at);
    at += take;
    left -= take;
    word += take * perElement;
  }
}
const fr = Math.fround;
const TWO_POW_M32 = 2 ** -32;
const TWO_POW_M990 = 2 ** -990;
function fillUniformWasm(params, stream, offset, count, out) {
  const kind = checkFill(stream, offset, count, out);
  const low = checkFinite("low", params == null ? void 0 : params.low);
  const high = checkFinite("high", params == null ? void 0 : params.high);
  if (!hasWords(stream)) return fillUniform(params, stream, offset, count, out);
  const k = kernels();
  if (kind === "Float32Array") {
    const base = fr(low);
    k.params[0] = base;
    k.params[1] = fr(fr(high) - base);
    run(k, k.uniform32, 4, out, count, offset, stream);
  } else {
    k.params[0] = low;
    k.params[1] = high - low;
    run(k, k.uniform64, 8, out, count, offset, stream);
  }
  return out;
}
function fillNormalWasm(params, stream, offset, count, out) {
  const kind = checkFill(stream, offset, count, out);
  const mean = checkFinite("mean", params == null ? void 0 : params.mean);
  const std = checkFinite("std", params == null ? void 0 : params.std);
  if (!hasWords(stream)) return fillNormal(params, stream, offset, count, out);
  const k = kernels();
  if (kind === "Float32Array") {
    k.params[0] = fr(mean);
    k.params[1] = fr(std);
    run(k, k.normal32, 4, out, count, offset, stream);
  } else {
    k.params[0] = mean;
    k.params[1] = std;
    run(k, k.normal64, 8, out, count, offset, stream);
  }
  return out;
}
function fillTruncatedNormalWasm(params, stream, offset, count, out) {
  const kind = checkFill(stream, offset, count, out);
  if (params === null || typeof params !== "object" || typeof params.start !== "number" || typeof params.width !== "number" || typeof params.upper !== "boolean") {
    fail("INVALID_ARGUMENT", "params must come from prepareTruncatedNormal()", {});
  }
  const { mu, sigma, low, high, upper, start, width } = params;
  if (!hasWords(stream) || kind === "Float32Array" && !(width >= TWO_POW_M990)) {
    return fillTruncatedNormal(params, stream, offset, count, out);
  }
  const k = kernels();
  const p = k.params;
  p[0] = mu;
  p[1] = sigma;
  p[2] = low;
  p[3] = high;
  p[4] = start;
  p[5] = upper ? -width : width;
  p[6] = upper ? -1 : 1;
  p[7] = p[5] * TWO_POW_M32;
  if (kind === "Float32Array") run(k, k.truncnormal32, 4, out, count, offset, stream);
  else run(k, k.truncnormal64, 8, out, count, offset, stream);
  return out;
}
let engine;
function loadWasmEngine() {
  if (engine === void 0 && loadKernels()) {
    engine = Object.freeze({
      engine: "wasm",
      fillUniform: fillUniformWasm,
      fillNormal: fillNormalWasm,
      fillTruncatedNormal: fillTruncatedNormalWasm
    });
  }
  return engine;
}
function kernels() {
  return loadKernels() ?? fail(
    "INVALID_ARGUMENT",
    "the WebAssembly engine is not available in this runtime (it needs WebAssembly SIMD): use engine 'js' or 'auto' (the same bits)",
    {}
  );
}
const isWord = (w) => Number.isInteger(w) && w >= 0 && w <= 4294967295;
function hasWords(stream) {
  const seed = stream.seed;
  const hash = stream.keyHash;
  return Array.isArray(seed) && Array.isArray(hash) && isWord(seed[0]) && isWord(seed[1]) && isWord(hash[0]) && isWord(hash[1]);
}
function run(k, convert, bytes, out, count, offset, stream) {
  const [s0, s1] = stream.seed;
  const [h0, h1] = stream.keyHash;
  fillChunks(k, convert, bytes, out, 0, count, offset, s0, s1, h0, h1);
}
const jsKernels = Object.freeze({
  engine: "js",
  fillUniform,
  fillNormal,
  fillTruncatedNormal
});
const ENGINES = ["auto", "js", "wasm"];
function selectEngine(engine2 = "auto") {
  checkEngine(engine2);
  if (engine2 === "js") return jsKernels;
  const wasm = loadWasmEngine();
  if (wasm) return wasm;
  if (engine2 === "wasm") {
    fail(
      "INVALID_ARGUMENT",
      "engine 'wasm' is not available in this runtime (it needs WebAssembly SIMD): use 'auto' or 'js' (the same bits)",
      { engine: engine2 }
    );
  }
  return jsKernels;
}
function checkEngine(engine2) {
  if (typeof engine2 !== "string" || !ENGINES.includes(engine2)) {
    fail(
      "INVALID_ARGUMENT",
      `engine must be one of ${ENGINES.join(", ")}, got ${describeValue(engine2)}`,
      { engine: engine2, allowed: [...ENGINES] }
    );
  }
  return engine2;
}
const BLOCK$1 = 32;
const CHUNK = 512;
function householderColumns(a, m, n, steps) {
  if (n === 0) return;
  const nb = Math.min(BLOCK$1, n);
  const panels = Math.ceil(n / nb);
  const tau = new Float64Array(n);
  const negative = new Uint8Array(n);
  const g = new Float64Array(nb * nb);
  const ts = new Float64Array(panels * nb * nb);
  const tOf = (q, b) => ts.subarray(q * nb * nb, q * nb * nb + b * b);
  for (let q = 0; q < panels; q++) {
    const k0 = q * nb;
    const b = Math.min(nb, n - k0);
    steps.factor(k0, b, tau);
    steps.load(k0, b);
    steps.innerProducts(k0, b, g);
    const t = tOf(q, b);
    triangularFactor(g, b, tau, k0, t);
    if (k0 + b < n) steps.apply(k0, k0 + b, b, t, true);
  }
  for (let k = 0; k < n; k++) negative[k] = a[k * m + k] < 0 ? 1 : 0;
  for (let q = panels - 1; q >= 0; q--) {
    const k0 = q * nb;
    const b = Math.min(nb, n - k0);
    steps.load(k0, b);
    for (let j = k0; j < k0 + b; j++) {
      a.fill(0, j * m, (j + 1) * m);
      a[j * m + j] = 1;
    }
    steps.apply(k0, k0, b, tOf(q, b), false);
  }
  for (let k = 0; k < n; k++) {
    if (negative[k] === 1) {
      for (let i = k * m, end = i + m; i < end; i++) a[i] = -a[i];
    }
  }
}
function jsBlockSteps(a, m, n) {
  const nb = Math.min(BLOCK$1, n);
  const v = new Float64Array(nb * m);
  const w = new Float64Array(nb * n);
  return {
    factor: (k0, b, tau) => factorPanel(a, m, k0, b, tau),
    load: (k0, b) => loadReflectors(a, m, k0, b, v),
    innerProducts: (k0, b, g) => innerProducts(v, m, m - k0, b, g),
    apply: (k0, j0, b, t, transposeT) => applyBlock(a, m, n, k0, j0, v, b, t, w, transposeT)
  };
}
function checkQrSizes(rows, cols) {
  if (!Number.isSafeInteger(rows) || !Number.isSafeInteger(cols) || cols < 0 || rows < cols) {
    fail("INVALID_ARGUMENT", `QR needs integer sizes with rows ≥ cols ≥ 0, got ${rows}×${cols}`, {
      rows,
      cols
    });
  }
}
function factorPanel(a, m, k0, b, tau) {
  for (let k = k0; k < k0 + b; k++) {
    const ck = k * m;
    const alpha = a[ck + k];
    let sigma = 0;
    for (let i = ck + k + 1, end = ck + m; i < end; i++) {
      const x = a[i];
      sigma += x * x;
    }
    if (sigma === 0) {
      tau[k] = 0;
      continue;
    }
    const norm = Math.sqrt(alpha * alpha + sigma);
    const beta = alpha >= 0 ? -norm : norm;
    tau[k] = (beta - alpha) / beta;
    const scale = 1 / (alpha - beta);
    for (let i = ck + k + 1, end = ck + m; i < end; i++) a[i] = a[i] * scale;
    a[ck + k] = beta;
    const tk = tau[k];
    for (let j = k + 1; j < k0 + b; j++) {
      const cj = j * m;
      let s = a[cj + k];
      for (let i = k + 1; i < m; i++) s += a[ck + i] * a[cj + i];
      s *= tk;
      a[cj + k] = a[cj + k] - s;
      for (let i = k + 1; i < m; i++) a[cj + i] = a[cj + i] - s * a[ck + i];
    }
  }
}
function loadReflectors(a, m, k0, b, v) {
  const len = m - k0;
  for (let p = 0; p < b; p++) {
    const row = p * m;
    const col = (k0 + p) * m + k0;
    for (let i = 0; i < p; i++) v[row + i] = 0;
    v[row + p] = 1;
    for (let i = p + 1; i < len; i++) v[row + i] = a[col + i];
  }
}
function innerProducts(v, m, len, b, g) {
  for (let i = 1; i < b; i++) {
    for (let l = 0; l < i; l++) {
      let s = 0;
      for (let r = i, pl = l * m + i, pi = i * m + i; r < len; r++, pl++, pi++) s += v[pl] * v[pi];
      g[i * b + l] = s;
    }
  }
}
function triangularFactor(g, b, tau, k0, t) {
  for (let i = 0; i < b; i++) {
    const ti = tau[k0 + i];
    for (let l = 0; l < b; l++) t[l * b + i] = 0;
    t[i * b + i] = ti;
    if (ti === 0) continue;
    for (let l = 0; l < i; l++) t[l * b + i] = g[i * b + l];
    for (let row = 0; row < i; row++) {
      let s = 0;
      for (let l = row; l < i; l++) s += t[row * b + l] * t[l * b + i];
      t[row * b + i] = -ti * s;
    }
  }
}
function applyBlock(a, m, n, k0, j0, v, b, t, w, transposeT) {
  const len = m - k0;
  multiplyVtX(a, m, n, k0, j0, len, v, b, w);
  for (let j = j0; j < n; j++) {
    const o = j * b;
    if (transposeT) {
      for (let p = b - 1; p >= 0; p--) {
        let s = 0;
        for (let l = 0; l <= p; l++) s += t[l * b + p] * w[o + l];
        w[o + p] = s;
      }
    } else {
      for (let p = 0; p < b; p++) {
        let s = 0;
        for (let l = p, tp = p * b + p; l < b; l++, tp++) s += t[tp] * w[o + l];
        w[o + p] = s;
      }
    }
  }
  subtractVY(a, m, n, k0, j0, len, v, b, w);
}
function multiplyVtX(a, m, n, k0, j0, len, v, b, w) {
  let j = j0;
  for (; j + 3 <= n; j += 3) {
    const x0 = j * m + k0;
    const x1 = x0 + m;
    const x2 = x1 + m;
    const o0 = j * b;
    const o1 = o0 + b;
    const o2 = o1 + b;
    w.fill(0, o0, o0 + 3 * b);
    for (let i0 = 0; i0 < len; i0 += CHUNK) {
      const i1 = Math.min(len, i0 + CHUNK);
      let p = 0;
      for (; p + 3 <= b; p += 3) {
        const v0 = p * m;
        const v1 = v0 + m;
        const v2 = v1 + m;
        let s00 = w[o0 + p];
        let s01 = w[o1 + p];
        let s02 = w[o2 + p];
        let s10 = w[o0 + p + 1];
        let s11 = w[o1 + p + 1];
        let s12 = w[o2 + p + 1];
        let s20 = w[o0 + p + 2];
        let s21 = w[o1 + p + 2];
        let s22 = w[o2 + p + 2];
        for (let i = Math.max(i0, p); i < i1; i++) {
          const c0 = v[v0 + i];
          const c1 = v[v1 + i];
          const c2 = v[v2 + i];
          const e0 = a[x0 + i];
          s00 += c0 * e0;
          s10 += c1 * e0;
          s20 += c2 * e0;
          const e1 = a[x1 + i];
          s01 += c0 * e1;
          s11 += c1 * e1;
          s21 += c2 * e1;
          const e2 = a[x2 + i];
          s02 += c0 * e2;
          s12 += c1 * e2;
          s22 += c2 * e2;
        }
        w[o0 + p] = s00;
        w[o0 + p + 1] = s10;
        w[o0 + p + 2] = s20;
        w[o1 + p] = s01;
        w[o1 + p + 1] = s11;
        w[o1 + p + 2] = s21;
        w[o2 + p] = s02;
        w[o2 + p + 1] = s12;
        w[o2 + p + 2] = s22;
      }
      for (; p < b; p++) {
        const v0 = p * m;
        let s0 = w[o0 + p];
        let s1 = w[o1 + p];
        let s2 = w[o2 + p];
        for (let i = Math.max(i0, p); i < i1; i++) {
          const c = v[v0 + i];
          s0 += c * a[x0 + i];
          s1 += c * a[x1 + i];
          s2 += c * a[x2 + i];
        }
        w[o0 + p] = s0;
        w[o1 + p] = s1;
        w[o2 + p] = s2;
      }
    }
  }
  for (; j < n; j++) {
    const x0 = j * m + k0;
    for (let p = 0; p < b; p++) {
      const v0 = p * m;
      let s = 0;
      for (let i = p; i < len; i++) s += v[v0 + i] * a[x0 + i];
      w[j * b + p] = s;
    }
  }
}
function subtractVY(a, m, n, k0, j0, len, v, b, w) {
  let j = j0;
  for (; j + 3 <= n; j += 3) {
    const x0 = j * m + k0;
    const x1 = x0 + m;
    const x2 = x1 + m;
    const o0 = j * b;
    const o1 = o0 + b;
    const o2 = o1 + b;
    for (let i0 = 0; i0 < len; i0 += CHUNK) {
      const i1 = Math.min(len, i0 + CHUNK);
      let p = 0;
      for (; p + 4 <= b; p += 4) {
        const v0 = p * m;
        const v1 = v0 + m;
        const v2 = v1 + m;
        const v3 = v2 + m;
        const y00 = w[o0 + p];
        const y10 = w[o0 + p + 1];
        const y20 = w[o0 + p + 2];
        const y30 = w[o0 + p + 3];
        const y01 = w[o1 + p];
        const y11 = w[o1 + p + 1];
        const y21 = w[o1 + p + 2];
        const y31 = w[o1 + p + 3];
        const y02 = w[o2 + p];
        const y12 = w[o2 + p + 1];
        const y22 = w[o2 + p + 2];
        const y32 = w[o2 + p + 3];
        for (let i = Math.max(i0, p); i < i1; i++) {
          const c0 = v[v0 + i];
          const c1 = v[v1 + i];
          const c2 = v[v2 + i];
          const c3 = v[v3 + i];
          a[x0 + i] = a[x0 + i] - (c0 * y00 + c1 * y10 + c2 * y20 + c3 * y30);
          a[x1 + i] = a[x1 + i] - (c0 * y01 + c1 * y11 + c2 * y21 + c3 * y31);
          a[x2 + i] = a[x2 + i] - (c0 * y02 + c1 * y12 + c2 * y22 + c3 * y32);
        }
      }
      for (; p < b; p++) {
        const v0 = p * m;
        const y0 = w[o0 + p];
        const y1 = w[o1 + p];
        const y2 = w[o2 + p];
        for (let i = Math.max(i0, p); i < i1; i++) {
          const c = v[v0 + i];
          a[x0 + i] = a[x0 + i] - c * y0;
          a[x1 + i] = a[x1 + i] - c * y1;
          a[x2 + i] = a[x2 + i] - c * y2;
        }
      }
    }
  }
  for (; j < n; j++) {
    const x0 = j * m + k0;
    const o = j * b;
    let p = 0;
    for (; p + 4 <= b; p += 4) {
      const v0 = p * m;
      const v1 = v0 + m;
      const v2 = v1 + m;
      const v3 = v2 + m;
      const y0 = w[o + p];
      const y1 = w[o + p + 1];
      const y2 = w[o + p + 2];
      const y3 = w[o + p + 3];
      for (let i = p; i < len; i++) {
        a[x0 + i] = a[x0 + i] - (v[v0 + i] * y0 + v[v1 + i] * y1 + v[v2 + i] * y2 + v[v3 + i] * y3);
      }
    }
    for (; p < b; p++) {
      const v0 = p * m;
      const y = w[o + p];
      for (let i = p; i < len; i++) a[x0 + i] = a[x0 + i] - v[v0 + i] * y;
    }
  }
}
const QR_BASE64 = "AGFzbQEAAAABHwNgBX9/f39/AGAHf39/f39/fwBgCX9/f39/f39/fwACDgECcXIGbWVtb3J5AgABAwYFAAEBAQIHIAUFcGFuZWwAAARsb2FkAAEDdnR4AAICdHcAAwJ2eQAECuYaBdoIAwx/DHwFeyABQQN0IQUgAiEGIAIgA2ohBwJAA0AgBiAHTg0BIAAgBiABbCAGakEDdGohCCABIAZrQQN0IQlBCCABIAZrQQFrQQF2QQR0aiELIAgrAwAhEUQAAAAAAAAAACESQQghCgJAA0AgCiAJTw0BIAggCmorAwAhEyASIBMgE6KgIRIgCkEIaiEKDAALCyASRAAAAAAAAAAAYQRAIAQgBkEDdGpEAAAAAAAAAAA5AwAFIBEgEaIgEqCfIRQgFJogFCARRAAAAAAAAAAAZhshFSAVIBGhIBWjIRYgBCAGQQN0aiAWOQMARAAAAAAAAPA/IBEgFaGjIRcgF/0UIR1BCCEKAkADQCAKIAtPDQEgCCAKaiAIIApq/QAEACAd/fIB/QsEACAKQRBqIQoMAAsLIAogCUkEQCAIIApqIAggCmorAwAgF6I5AwALIAggFTkDACAGQQFqIQwgCCAFaiENAkADQCAMQQRqIAdKDQEgDSAFaiEOIA4gBWohDyAPIAVqIRAgDSsDACEZIA4rAwAhGiAPKwMAIRsgECsDACEcQQghCgJAA0AgCiAJTw0BIAggCmorAwAhGCAZIBggDSAKaisDAKKgIRkgGiAYIA4gCmorAwCioCEaIBsgGCAPIApqKwMAoqAhGyAcIBggECAKaisDAKKgIRwgCkEIaiEKDAALCyAZIBaiIRkgGiAWoiEaIBsgFqIhGyAcIBaiIRwgDSANKwMAIBmhOQMAIA4gDisDACAaoTkDACAPIA8rAwAgG6E5AwAgECAQKwMAIByhOQMAIBn9FCEeIBr9FCEfIBv9FCEgIBz9FCEhQQghCgJAA0AgCiALTw0BIAggCmr9AAQAIR0gDSAKaiANIApq/QAEACAeIB398gH98QH9CwQAIA4gCmogDiAKav0ABAAgHyAd/fIB/fEB/QsEACAPIApqIA8gCmr9AAQAICAgHf3yAf3xAf0LBAAgECAKaiAQIApq/QAEACAhIB398gH98QH9CwQAIApBEGohCgwACwsgCiAJSQRAIAggCmorAwAhGCANIApqIA0gCmorAwAgGSAYoqE5AwAgDiAKaiAOIApqKwMAIBogGKKhOQMAIA8gCmogDyAKaisDACAbIBiioTkDACAQIApqIBAgCmorAwAgHCAYoqE5AwALIBAgBWohDSAMQQRqIQwMAAsLAkADQCAMIAdODQEgDSsDACEZQQghCgJAA0AgCiAJTw0BIBkgCCAKaisDACANIApqKwMAoqAhGSAKQQhqIQoMAAsLIBkgFqIhGSANIA0rAwAgGaE5AwAgGf0UIR5BCCEKAkADQCAKIAtPDQEgDSAKaiANIApq/QAEACAeIAggCmr9AAQA/fIB/fEB/QsEACAKQRBqIQoMAAsLIAogCUkEQCANIApqIA0gCmorAwAgGSAIIApqKwMAoqE5AwALIA0gBWohDSAMQQFqIQwMAAsLCyAGQQFqIQYMAAsLC+wCAQp/IAEgAmshByAHQQN0IQwCQANAIAggA04NASAEIAggAUEDdGxqIQkgACACIAhqIAFsIAJqQQN0aiEKQQAhCwJAA0AgCyAIQQN0Tg0BIAkgC2pEAAAAAAAAAAA5AwAgC0EIaiELDAALCyAJIAtqRAAAAAAAAPA/OQMAIAtBCGohCwJAA0AgCyAMTw0BIAkgC2ogCiALaikDADcDACALQQhqIQsMAAsLIAhBAWohCAwACwtBACENAkADQCANIAZODQEgBSANIAdsQQN0aiEOQQAhDwNAIA0gD2ohCCAEIAggAUEDdGxqIQkgDiAPQQN0aiELQQAhECAIIANIBEACQANAIBAgB04NASALIAkgEEEDdGopAwA3AwAgC0HAAGohCyAQQQFqIRAMAAsLBQJAA0AgECAHTg0BIAtCADcDACALQcAAaiELIBBBAWohEAwACwsLIA9BAWoiD0EISA0ACyANQQhqIQ0MAAsLC8gFAg9/DXsgAUEDdCEIIAVBA3QhCSAAIQogBiEMAkADQCAHIANODQEgCiAIaiELQQAhDQNAIA1BgARqIQ4gDiACSgRAIAIhDgtBACEPA0AgDyANIA8gDUobIRAgDCAPQQN0aiERIA0EQCAR/QAEACEWIBH9AAQQIRcgEf0ABCAhGCAR/QAEMCEZIBEgCWr9AAQAIRogESAJav0ABBAhGyARIAlq/QAEICEcIBEgCWr9AAQwIR0F/QwAAAAAAAAAAAAAAAAAAAAAIRb9DAAAAAAAAAAAAAAAAAAAAAAhF/0MAAAAAAAAAAAAAAAAAAAAACEY/QwAAAAAAAAAAAAAAAAAAAAAIRn9DAAAAAAAAAAAAAAAAAAAAAAhGv0MAAAAAAAAAAAAAAAAAAAAACEb/QwAAAAAAAAAAAAAAAAAAAAAIRz9DAAAAAAAAAAAAAAAAAAAAAAhHQsgBCAPIAJsQQN0IBBBBnRqaiESIAogEEEDdGohEyALIBBBA3RqIRQgCiAOQQN0aiEVA0AgEv0ABAAhHiAS/QAEECEfIBL9AAQgISAgEv0ABDAhISAT/QoDACEiIBYgHiAi/fIB/fABIRYgFyAfICL98gH98AEhFyAYICAgIv3yAf3wASEYIBkgISAi/fIB/fABIRkgFP0KAwAhIiAaIB4gIv3yAf3wASEaIBsgHyAi/fIB/fABIRsgHCAgICL98gH98AEhHCAdICEgIv3yAf3wASEdIBJBwABqIRIgFEEIaiEUIBNBCGoiEyAVSQ0ACyARIBb9CwQAIBEgF/0LBBAgESAY/QsEICARIBn9CwQwIBEgCWogGv0LBAAgESAJaiAb/QsEECARIAlqIBz9CwQgIBEgCWogHf0LBDAgD0EIaiIPIAVIDQALIA1BgARqIg0gAkgNAAsgCyAIaiEKIAwgCUEBdGohDCAHQQJqIQcMAAsLC6cCAgp/A3sgBEEDdCEIIAAhCSABIQoCQANAIAcgBU4NAUEAIQsDQCAGBEBBACEMIAtBAmohDSANIANKBEAgAyENCwUgCyEMIAMhDQv9DAAAAAAAAAAAAAAAAAAAAAAhEf0MAAAAAAAAAAAAAAAAAAAAACESIAIgDCAEbCALakEDdGohDiAJIAxBA3RqIQ8gCSANQQN0aiEQA0AgDv0ABAAhEyARIBMgD/0KAwD98gH98AEhESASIBMgDyAIav0KAwD98gH98AEhEiAOIAhqIQ4gD0EIaiIPIBBJDQALIAogC0EDdGogEf0LBAAgCiAIaiALQQN0aiAS/QsEACALQQJqIgsgA0gNAAsgCSAIQQF0aiEJIAogCEEBdGohCiAHQQJqIQcMAAsLC6YHAhJ/DHsgAUEDdCEKIAVBA3QhCyAIQQN0IQwgACENIAchDwJAA0AgCSADTg0BIA0gCmohDiAPIAxqIRBBACERA0AgEUGABGohEiASIAJKBEAgAiESC0EAIRMCQANAIBNBBGogBkoNASATIBEgEyARShshFCAPIBNBA3Rq/QoDACEbIA8gE0EDdGr9CgMIIRwgDyATQQN0av0KAxAhHSAPIBNBA3Rq/QoDGCEeIBAgE0EDdGr9CgMAIR8gECATQQN0av0KAwghICAQIBNBA3Rq/QoDECEhIBAgE0EDdGr9CgMYISIgBCATIAtsaiEXIBcgC2ohGCAYIAtqIRkgGSALaiEaIBRBA3QhFSAVIBIgFGtBfnFBA3RqIRYCQANAIBUgFk8NASAXIBVq/QAEACEjIBggFWr9AAQAISQgGSAVav0ABAAhJSAaIBVq/QAEACEmIA0gFWogDSAVav0ABAAgIyAb/fIBICQgHP3yAf3wASAlIB398gH98AEgJiAe/fIB/fAB/fEB/QsEACAOIBVqIA4gFWr9AAQAICMgH/3yASAkICD98gH98AEgJSAh/fIB/fABICYgIv3yAf3wAf3xAf0LBAAgFUEQaiEVDAALCyASIBRrQQFxBEAgDSAVaiANIBVqKwMAIBcgFWorAwAgG/0hAKIgGCAVaisDACAc/SEAoqAgGSAVaisDACAd/SEAoqAgGiAVaisDACAe/SEAoqChOQMAIA4gFWogDiAVaisDACAXIBVqKwMAIB/9IQCiIBggFWorAwAgIP0hAKKgIBkgFWorAwAgIf0hAKKgIBogFWorAwAgIv0hAKKgoTkDAAsgE0EEaiETDAALCwJAA0AgEyAGTg0BIBMgESATIBFKGyEUIA8gE0EDdGr9CgMAIRsgECATQQN0av0KAwAhHyAEIBMgC2xqIRcgFEEDdCEVIBUgEiAUa0F+cUEDdGohFgJAA0AgFSAWTw0BIBcgFWr9AAQAISMgDSAVaiANIBVq/QAEACAjIBv98gH98QH9CwQAIA4gFWogDiAVav0ABAAgIyAf/fIB/fEB/QsEACAVQRBqIRUMAAsLIBIgFGtBAXEEQCANIBVqIA0gFWorAwAgFyAVaisDACAb/SEAoqE5AwAgDiAVaiAOIBVqKwMAIBcgFWorAwAgH/0hAKKhOQMACyATQQFqIRMMAAsLIBFBgARqIhEgAkgNAAsgDiAKaiENIBAgDGohDyAJQQJqIQkMAAsLCw==";
const BLOCK = 32;
const LIMIT = 2 ** 256;
const MAX_BYTES = 2 ** 31 - 65536;
const AUTO_MIN_WORK = 32 * 32 * 32;
let compiled;
function loadQrModule() {
  if (compiled === void 0) {
    compiled = null;
    if (simdSupported()) {
      try {
        const text = atob(QR_BASE64);
        const bytes = new Uint8Array(text.length);
        for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
        compiled = new WebAssembly.Module(bytes);
      } catch {
        compiled = null;
      }
    }
  }
  return compiled ?? void 0;
}
function useQrWasm(engine2, rows, cols) {
  checkEngine(engine2);
  if (engine2 === "js") return false;
  if (!loadQrModule()) {
    if (engine2 === "wasm") {
      fail(
        "INVALID_ARGUMENT",
        "engine 'wasm' is not available in this runtime (it needs WebAssembly SIMD): use 'auto' or 'js' (the same bits)",
        { engine: engine2 }
      );
    }
    return false;
  }
  return engine2 === "wasm" || rows * cols * cols >= AUTO_MIN_WORK;
}
function createQrWorkspace(m, n) {
  const module = loadQrModule();
  if (!module) return void 0;
  const nb = Math.max(1, Math.min(BLOCK, n));
  const bp = nb + 7 & -8;
  const offTau = 0;
  const offU = align(offTau + n * 8);
  const offG = align(offU + bp * bp * 8);
  const offW = align(offG + (nb + 1) * bp * 8);
  const offY = align(offW + (n + 1) * bp * 8);
  const offVT = align(offY + (n + 1) * bp * 8);
  const offV = align(offVT + m * bp * 8);
  const offA = align(offV + (nb + 1) * m * 8);
  const bytes = offA + (n + 1) * m * 8;
  if (bytes > MAX_BYTES) return void 0;
  let memory;
  let k;
  try {
    memory = new WebAssembly.Memory({ initial: Math.ceil(bytes / 65536) });
    k = new WebAssembly.Instance(module, { qr: { memory } }).exports;
  } catch {
    return void 0;
  }
  const buffer = memory.buffer;
  const columns = new Float64Array(buffer, offA, m * n);
  const taus = new Float64Array(buffer, offTau, n);
  const g = new Float64Array(buffer, offG, (nb + 1) * bp);
  const u = new Float64Array(buffer, offU, bp * bp);
  let stride = bp;
  const steps = {
    factor(k0, b, tau) {
      k.panel(offA, m, k0, b, offTau);
      for (let i = k0; i < k0 + b; i++) tau[i] = taus[i];
    },
    load(k0, b) {
      stride = b + 7 & -8;
      k.load(offA, m, k0, b, offV, offVT, stride);
    },
    innerProducts(k0, b, out) {
      k.vtx(offV, m, m - k0, b, offVT, stride, offG);
      for (let i = 1; i < b; i++) {
        for (let l = 0; l < i; l++) out[i * b + l] = g[i * stride + l];
      }
    },
    apply(k0, j0, b, t, transposeT) {
      const x = offA + (j0 * m + k0) * 8;
      const len = m - k0;
      const ncols = n - j0;
      k.vtx(x, m, len, ncols, offVT, stride, offW);
      for (let l = 0; l < b; l++) {
        const row = l * stride;
        if (transposeT) for (let p = 0; p < b; p++) u[row + p] = t[l * b + p];
        else for (let p = 0; p < b; p++) u[row + p] = t[p * b + l];
        for (let p = b; p < stride; p++) u[row + p] = 0;
      }
      k.tw(offW, offY, offU, b, stride, ncols, transposeT ? 1 : 0);
      k.vy(x, m, len, ncols, offV, m, b, offY, stride);
    }
  };
  return {
    columns,
    run() {
      for (let i = 0; i < columns.length; i++) {
        if (!(Math.abs(columns[i]) < LIMIT)) {
          householderColumns(columns, m, n, jsBlockSteps(columns, m, n));
          return;
        }
      }
      householderColumns(columns, m, n, steps);
    }
  };
}
function align(offset) {
  return Math.ceil(offset / 64) * 64;
}
const TILE = 32;
function transposeMatrix(source, rows, cols, scale, out) {
  for (let i0 = 0; i0 < rows; i0 += TILE) {
    const i1 = Math.min(rows, i0 + TILE);
    for (let j0 = 0; j0 < cols; j0 += TILE) {
      const j1 = Math.min(cols, j0 + TILE);
      for (let i = i0; i < i1; i++) {
        for (let j = j0, s = i * cols + j0; j < j1; j++, s++) out[j * rows + i] = source[s] * scale;
      }
    }
  }
  return out;
}
function qrColumns(rows, cols, engine2, write, reuse) {
  checkQrSizes(rows, cols);
  const workspace = useQrWasm(engine2, rows, cols) ? createQrWorkspace(rows, cols) : void 0;
  if (workspace) {
    write(workspace.columns);
    workspace.run();
    return workspace.columns;
  }
  const work = new Float64Array(rows * cols);
  write(work);
  householderColumns(work, rows, cols, jsBlockSteps(work, rows, cols));
  return work;
}
const STANDARD = { mean: 0, std: 1 };
function orthogonalMatrix(rows, cols, gain, stream, engine2 = "auto") {
  const out = new Float64Array(rows * cols);
  if (out.length === 0) return out;
  const tall = rows >= cols;
  const m = tall ? rows : cols;
  const n = tall ? cols : rows;
  selectEngine(engine2).fillNormal(STANDARD, stream, 0, out.length, out);
  const q = qrColumns(m, n, engine2, (work) => transposeMatrix(out, m, n, 1, work));
  if (tall) return transposeMatrix(q, n, m, gain, out);
  if (gain === 1) out.set(q);
  else for (let i = 0; i < q.length; i++) out[i] = q[i] * gain;
  return out;
}
function sampleOrthogonal(plan2, options) {
  const stream = createStream(options.seed, options.key ?? "");
  if (plan2.rows * plan2.cols !== plan2.size) {
    fail(
      "INVALID_ARGUMENT",
      `orthogonal plan: rows · cols (${plan2.rows} · ${plan2.cols}) is not the size ${plan2.size}`,
      {
        rows: plan2.rows,
        cols: plan2.cols,
        size: plan2.size
      }
    );
  }
  return orthogonalTensor(
    plan2.shape,
    plan2.rows,
    plan2.cols,
    plan2.flatten,
    plan2.gain,
    stream,
    options.engine ?? "auto"
  );
}
function orthogonalTensor(shape, rows, cols, flatten2, gain, stream, engine2 = "auto") {
  const matrix = orthogonalMatrix(rows, cols, gain, stream, engine2);
  if (typeof flatten2 === "string" || matrix.length === 0) return matrix;
  const rank = shape.length;
  const axis = flatten2.columnAxis < 0 ? rank + flatten2.columnAxis : flatten2.columnAxis;
  if (!(axis >= 0 && axis < rank) || shape[axis] !== cols) {
    fail(
      "INVALID_ARGUMENT",
      `column axis ${flatten2.columnAxis} of shape [${shape.join(", ")}] does not have ${cols} columns`,
      {
        shape,
        columnAxis: flatten2.columnAxis
      }
    );
  }
  if (axis === rank - 1) return matrix;
  let inner = 1;
  for (let d = axis + 1; d < rank; d++) inner *= shape[d];
  const outer = rows / inner;
  const out = new Float64Array(matrix.length);
  let t = 0;
  for (let o = 0; o < outer; o++) {
    for (let q = 0; q < cols; q++) {
      for (let u = 0, s = o * inner * cols + q; u < inner; u++, s += cols) out[t++] = matrix[s];
    }
  }
  return out;
}
function sampleDeltaOrthogonal(plan2, options) {
  const stream = createStream(options.seed, options.key ?? "");
  const { shape } = plan2;
  const rank = shape.length;
  const out = new Float64Array(plan2.size);
  if (out.length === 0) return out;
  const inChannels = shape[rank - 2];
  const outChannels = shape[rank - 1];
  const blockShape = [inChannels, outChannels];
  const columns = plan2.columnAxis === -2 ? inChannels : outChannels;
  const block = orthogonalTensor(
    blockShape,
    inChannels * outChannels / columns,
    columns,
    { columnAxis: plan2.columnAxis },
    plan2.gain,
    stream,
    options.engine ?? "auto"
  );
  let centre = 0;
  for (let d = 0; d < rank - 2; d++) centre = centre * shape[d] + Math.floor((shape[d] - 1) / 2);
  out.set(block, centre * inChannels * outChannels);
  return out;
}
function sampleDirac(plan2) {
  const { shape, groups } = plan2;
  const out = new Float64Array(plan2.size);
  if (out.length === 0) return out;
  const outChannels = shape[0];
  const inChannels = shape[1];
  let kernel = 1;
  let centre = 0;
  for (let d = 2; d < shape.length; d++) {
    const k = shape[d];
    kernel *= k;
    centre = centre * k + Math.floor(k / 2);
  }
  const perGroup = outChannels / groups;
  const ones = Math.min(perGroup, inChannels);
  for (let g = 0; g < groups; g++) {
    for (let d = 0; d < ones; d++) out[((g * perGroup + d) * inChannels + d) * kernel + centre] = 1;
  }
  return out;
}
function sampleEye(plan2) {
  const { rows, cols, gain } = plan2;
  const out = new Float64Array(rows * cols);
  const diagonal = Math.min(rows, cols);
  for (let i = 0; i < diagonal; i++) out[i * cols + i] = gain;
  return out;
}
const SPARSE_KEY_SUFFIX = "\0sparse";
function sampleSparse(plan2, options) {
  const key = options.key ?? "";
  const stream = createStream(options.seed, key);
  const { rows, cols, sigma } = plan2;
  const zeros = Math.min(plan2.zerosPerColumn, rows);
  const out = new Float64Array(rows * cols);
  if (out.length === 0 || zeros === rows) return out;
  fillNormal({ mean: 0, std: sigma }, stream, 0, out.length, out);
  if (zeros === 0) return out;
  const ranking = createStream(options.seed, key + SPARSE_KEY_SUFFIX);
  const words = new Uint32Array(2 * rows);
  const column = new Float64Array(rows);
  const scratch = new Float64Array(rows);
  for (let c = 0; c < cols; c++) {
    ranking.fill(words, 2 * c * rows);
    for (let r = 0; r < rows; r++) column[r] = u53(words[2 * r], words[2 * r + 1]);
    scratch.set(column);
    const threshold = kthSmallest(scratch, zeros - 1);
    let zeroed = 0;
    for (let r = 0; r < rows; r++) {
      if (column[r] < threshold) {
        out[r * cols + c] = 0;
        zeroed++;
      }
    }
    for (let r = 0; r < rows && zeroed < zeros; r++) {
      if (column[r] === threshold) {
        out[r * cols + c] = 0;
        zeroed++;
      }
    }
  }
  return out;
}
function kthSmallest(values, k) {
  let lo = 0;
  let hi = values.length - 1;
  while (hi > lo) {
    const mid = lo + hi >>> 1;
    const a = values[lo];
    const b = values[mid];
    const c = values[hi];
    const pivot = Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i] < pivot) i++;
      while (values[j] > pivot) j--;
      if (i <= j) {
        const swap = values[i];
        values[i] = values[j];
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return values[k];
  }
  return values[k];
}
const STRUCTURED = /* @__PURE__ */ new Set([
  "orthogonal",
  "eye",
  "dirac",
  "delta_orthogonal",
  "sparse"
]);
function isStructuredPlan(plan2) {
  return STRUCTURED.has(plan2.distribution);
}
function sampleStructured(plan2, options) {
  switch (plan2.distribution) {
    case "orthogonal":
      return sampleOrthogonal(plan2, options);
    case "delta_orthogonal":
      return sampleDeltaOrthogonal(plan2, options);
    case "sparse":
      return sampleSparse(plan2, options);
    case "eye":
      createStream(options.seed, options.key ?? "");
      return sampleEye(plan2);
    case "dirac":
      createStream(options.seed, options.key ?? "");
      return sampleDirac(plan2);
    default:
      return fail(
        "INVALID_ARGUMENT",
        `sampleStructured takes orthogonal, eye, dirac, delta_orthogonal or sparse plans, got ${describeValue(plan2.distribution)}`,
        { distribution: plan2.distribution }
      );
  }
}
const ARRAY_OF = {
  float32: "Float32Array",
  float64: "Float64Array",
  float16: "Uint16Array",
  bfloat16: "Uint16Array"
};
const ENCODE_CHUNK = 16384;
function sample(plan2, options) {
  checkPlan(plan2);
  if (options === null || typeof options !== "object") {
    fail(
      "INVALID_ARGUMENT",
      `options must be an object with at least a seed, got ${describeValue(options)}`,
      {}
    );
  }
  const stream = createStream(options.seed, options.key ?? "");
  const dtype = checkDType(options.dtype ?? "float32");
  const { offset, count } = checkSlice(plan2.size, options.offset, options.count, options.into);
  const into = checkInto(options.into, dtype, count);
  const engine2 = options.engine ?? "auto";
  const kernels2 = selectEngine(engine2);
  const write = prepare(plan2, kernels2, engine2, stream, options.seed, offset, count, dtype);
  const out = into ?? allocate(dtype, count);
  write(out);
  return out;
}
function checkPlan(plan2) {
  if (plan2 === null || typeof plan2 !== "object" || typeof plan2.distribution !== "string") {
    fail("INVALID_ARGUMENT", `plan must be a plan from plan(), got ${describeValue(plan2)}`, {});
  }
  if (!Number.isSafeInteger(plan2.size) || plan2.size < 0) {
    fail(
      "INVALID_ARGUMENT",
      `plan.size must be a non-negative integer, got ${describeValue(plan2.size)}`,
      {
        size: plan2.size
      }
    );
  }
}
function checkSlice(size, offsetOption, countOption, into) {
  const offset = offsetOption ?? 0;
  if (typeof offset !== "number" || !Number.isSafeInteger(offset) || offset < 0 || offset > size) {
    fail(
      "INVALID_SLICE",
      `offset must be an integer from 0 to the tensor's size (${size}), got ${describeValue(offset)}`,
      { offset, size }
    );
  }
  const intoLength = ArrayBuffer.isView(into) ? into.length : void 0;
  const count = countOption ?? intoLength ?? size - offset;
  if (typeof count !== "number" || !Number.isSafeInteger(count) || count < 0 || offset + count > size) {
    fail(
      "INVALID_SLICE",
      `count must be an integer from 0 to size − offset (${size} − ${offset} = ${size - offset}), got ${describeValue(count)}`,
      { offset, count, size }
    );
  }
  return { offset, count };
}
function checkInto(into, dtype, count) {
  if (into === void 0) return void 0;
  const expected = ARRAY_OF[dtype];
  if (arrayKind(into) !== expected) {
    fail(
      "INVALID_TARGET",
      `into must be a ${expected} for dtype ${dtype}, got ${describeValue(into)}`,
      {
        dtype,
        expected
      }
    );
  }
  const length = into.length;
  if (length !== count) {
    fail("INVALID_TARGET", `into must have exactly count = ${count} elements, got ${length}`, {
      expected: count,
      got: length
    });
  }
  return into;
}
function prepare(plan2, kernels2, engine2, stream, seed, offset, count, dtype) {
  switch (plan2.distribution) {
    case "uniform": {
      const params = { low: checkFinite("low", plan2.low), high: checkFinite("high", plan2.high) };
      return elementWise(
        dtype,
        count,
        (out, at, n) => kernels2.fillUniform(params, stream, offset + at, n, out)
      );
    }
    case "normal": {
      const params = { mean: checkFinite("mean", plan2.mean), std: checkFinite("std", plan2.std) };
      return elementWise(
        dtype,
        count,
        (out, at, n) => kernels2.fillNormal(params, stream, offset + at, n, out)
      );
    }
    case "truncated_normal": {
      const params = prepareTruncatedNormal(plan2.mu, plan2.sigma, plan2.low, plan2.high);
      return elementWise(
        dtype,
        count,
        (out, at, n) => kernels2.fillTruncatedNormal(params, stream, offset + at, n, out)
      );
    }
    case "constant": {
      const value = checkFinite("value", plan2.value);
      return fromFloat64(dtype, (out) => out.fill(value), count);
    }
    default: {
      if (!isStructuredPlan(plan2)) {
        return fail(
          "INVALID_ARGUMENT",
          `plan.distribution ${describeValue(plan2.distribution)} is not one sample() knows`,
          { distribution: plan2.distribution }
        );
      }
      const whole = sampleStructured(plan2, { seed, key: stream.key, engine: engine2 });
      return fromFloat64(dtype, (out) => out.set(whole.subarray(offset, offset + count)), count);
    }
  }
}
function elementWise(dtype, count, fill) {
  return (out) => {
    if (dtype === "float32" || dtype === "float64") {
      fill(out, 0, count);
      return;
    }
    const bits = out;
    const encode = dtype === "float16" ? encodeFloat16 : encodeBfloat16;
    const buffer = new Float32Array(Math.min(ENCODE_CHUNK, count));
    for (let at = 0; at < count; at += ENCODE_CHUNK) {
      const n = Math.min(ENCODE_CHUNK, count - at);
      const samples = n === buffer.length ? buffer : buffer.subarray(0, n);
      fill(samples, at, n);
      encode(samples, bits.subarray(at, at + n));
    }
  };
}
function fromFloat64(dtype, produce, count) {
  return (out) => {
    if (dtype === "float32" || dtype === "float64") {
      produce(out);
      return;
    }
    const values = new Float64Array(count);
    produce(values);
    if (dtype === "float16") encodeFloat16(values, out);
    else encodeBfloat16(values, out);
  };
}
const signalActivations = ["tanh", "relu", "linear"];
const functions = {
  tanh: {
    f: Math.tanh,
    df: (x) => {
      const t = Math.tanh(x);
      return 1 - t * t;
    }
  },
  relu: { f: (x) => Math.max(x, 0), df: (x) => x > 0 ? 1 : 0 },
  linear: { f: (x) => x, df: () => 1 }
};
function standardDeviation(values) {
  const n = values.length;
  if (n === 0) return Number.NaN;
  let sum2 = 0;
  for (let i = 0; i < n; i++) sum2 += values[i];
  const mean = sum2 / n;
  let squares = 0;
  for (let i = 0; i < n; i++) {
    const d = values[i] - mean;
    squares += d * d;
  }
  return Math.sqrt(squares / n);
}
function layerWeights(spec, width, index, seed) {
  const p = plan(spec, [width, width], { layout: "oi" });
  return Float64Array.from(sample(p, { seed, key: `layer.${index}.weight` }));
}
function yieldToEventLoop() {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
async function propagateAsync(spec, activation, options = {}, signal) {
  const steps = propagateSteps(spec, activation, options);
  let last = performance.now();
  for (; ; ) {
    signal == null ? void 0 : signal.throwIfAborted();
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - last > 12) {
      await yieldToEventLoop();
      last = performance.now();
    }
  }
}
function* propagateSteps(spec, activation, options) {
  const width = options.width ?? 128;
  const batch = options.batch ?? 64;
  const depth = options.depth ?? 50;
  const seed = options.seed ?? 0;
  const { f, df } = functions[activation];
  const input = sample(plan({ init: "normal" }, [batch, width]), { seed, key: "signal.input" });
  let x = Float64Array.from(input);
  const weights = [];
  const preActivations = [];
  const forward = [];
  for (let layer = 0; layer < depth; layer++) {
    const w = layerWeights(spec, width, layer, seed);
    weights.push(w);
    const h2 = new Float64Array(batch * width);
    for (let b = 0; b < batch; b++) {
      const xRow = b * width;
      for (let o = 0; o < width; o++) {
        const wRow = o * width;
        let sum2 = 0;
        for (let i = 0; i < width; i++) sum2 += w[wRow + i] * x[xRow + i];
        h2[xRow + o] = sum2;
      }
    }
    preActivations.push(h2);
    const next = new Float64Array(batch * width);
    for (let k = 0; k < next.length; k++) next[k] = f(h2[k]);
    forward.push(standardDeviation(next));
    x = next;
    yield;
  }
  const top = sample(plan({ init: "normal" }, [batch, width]), { seed, key: "signal.gradient" });
  let g = Float64Array.from(top);
  const backward = new Array(depth);
  for (let layer = depth - 1; layer >= 0; layer--) {
    const w = weights[layer];
    const h2 = preActivations[layer];
    const local = new Float64Array(batch * width);
    for (let k = 0; k < local.length; k++) local[k] = g[k] * df(h2[k]);
    const down = new Float64Array(batch * width);
    for (let b = 0; b < batch; b++) {
      const row = b * width;
      for (let o = 0; o < width; o++) {
        const d = local[row + o];
        if (d === 0) continue;
        const wRow = o * width;
        for (let i = 0; i < width; i++) down[row + i] = down[row + i] + d * w[wRow + i];
      }
    }
    backward[layer] = standardDeviation(down);
    g = down;
    yield;
  }
  return { forward, backward };
}
const signalCases = [
  { label: "zeros", spec: () => ({ init: "zeros" }) },
  { label: "normal, std 0.01", spec: () => ({ init: "normal", std: 0.01 }) },
  { label: "normal, std 1 (torch.normal_ default)", spec: () => ({ init: "normal", std: 1 }) },
  { label: "Xavier (xavier_normal)", spec: () => ({ init: "xavier_normal" }) },
  {
    label: "He (kaiming_normal, relu)",
    spec: () => ({ init: "kaiming_normal", nonlinearity: "relu" })
  },
  {
    label: "orthogonal, gain for the activation",
    spec: (activation) => ({ init: "orthogonal", gain: calculateGain(activation) })
  }
];
const defaultState = {
  init: "kaiming_normal",
  shape: "256x128",
  layout: "",
  groups: "",
  options: {},
  dtype: "float32",
  engine: "auto",
  seed: "42",
  key: "fc1.weight",
  activation: "relu"
};
const engines = ["auto", "wasm", "js"];
const layoutChoices = [
  ...Object.keys(layouts),
  ...Object.keys(layoutAliases)
];
const frameworkTitles = {
  torch: "PyTorch names",
  keras: "Keras names",
  jax: "JAX names",
  tfjs: "TensorFlow.js names"
};
function preferredName(qualified) {
  const { name } = definitions[qualified];
  return Object.hasOwn(aliases, name) && aliases[name] === qualified ? name : qualified;
}
function initializerGroups() {
  const groups = /* @__PURE__ */ new Map();
  for (const [qualified, definition] of Object.entries(definitions)) {
    const list = groups.get(definition.framework) ?? [];
    list.push({
      name: preferredName(qualified),
      qualified,
      framework: definition.framework,
      summary: definition.summary
    });
    groups.set(definition.framework, list);
  }
  return [...groups].map(([framework, choices]) => ({ title: frameworkTitles[framework], choices }));
}
function qualify(name) {
  if (Object.hasOwn(definitions, name)) return name;
  if (Object.hasOwn(aliases, name)) return aliases[name];
  return void 0;
}
const optionChoices = {
  mode: ["fan_in", "fan_out", "fan_avg", "fan_geo_avg"],
  distribution: ["truncated_normal", "untruncated_normal", "uniform", "normal", "truncatedNormal"],
  nonlinearity: nonlinearities,
  units: ["absolute", "sigma"],
  flatten: ["trailing", "leading"]
};
function optionFields(init) {
  const qualified = qualify(init);
  if (!qualified) return [];
  const options = definitions[qualified].options;
  return Object.entries(options).map(([name, fallback]) => {
    const required = fallback === REQUIRED;
    const choices = optionChoices[name];
    const control = choices ? { kind: "choice", choices } : typeof fallback === "boolean" ? { kind: "boolean" } : { kind: "number" };
    return { name, fallback: String(fallback), required, control };
  });
}
class InputError extends Error {
  constructor() {
    super(...arguments);
    __publicField(this, "name", "InputError");
  }
}
function parseShape(text) {
  const parts = text.replace(/[[\]()]/g, " ").split(/[\s,x×]+/).filter((part) => part !== "");
  if (parts.length === 0) throw new InputError("shape: give at least one dimension, e.g. 256x128");
  return parts.map((part) => {
    const value = Number(part);
    if (!/^\d+$/.test(part) || !Number.isSafeInteger(value)) {
      throw new InputError(`shape: '${part}' is not a non-negative integer`);
    }
    return value;
  });
}
function buildSpec(state) {
  var _a;
  const spec = { init: state.init };
  for (const field of optionFields(state.init)) {
    const text = ((_a = state.options[field.name]) == null ? void 0 : _a.trim()) ?? "";
    if (text === "") continue;
    if (field.control.kind === "number") {
      const value = Number(text);
      if (!Number.isFinite(value)) throw new InputError(`${field.name}: '${text}' is not a number`);
      spec[field.name] = value;
    } else if (field.control.kind === "boolean") {
      spec[field.name] = text === "true";
    } else {
      spec[field.name] = text;
    }
  }
  return spec;
}
function parseSeed(text) {
  const value = Number(text);
  if (!/^\s*\d+\s*$/.test(text) || !Number.isSafeInteger(value)) {
    throw new InputError(`seed: '${text}' is not an integer from 0 to 2^53 − 1`);
  }
  return value;
}
const MAX_DRAWN = 1 << 18;
const MAX_STRUCTURED = 1 << 22;
const structured = /* @__PURE__ */ new Set(["orthogonal", "eye", "dirac", "delta_orthogonal", "sparse"]);
let wasmAvailable;
function wasmRuns() {
  if (wasmAvailable === void 0) {
    try {
      sample(plan({ init: "uniform" }, [1]), { seed: 0, engine: "wasm" });
      wasmAvailable = true;
    } catch {
      wasmAvailable = false;
    }
  }
  return wasmAvailable;
}
const FIRST_COUNT = 8;
function hexBits(values) {
  if (values instanceof Uint16Array)
    return Array.from(values, (b) => b.toString(16).padStart(4, "0"));
  const width = values.BYTES_PER_ELEMENT;
  const view = new DataView(values.buffer, values.byteOffset, values.byteLength);
  return Array.from(
    { length: values.length },
    (_, i) => width === 4 ? view.getUint32(i * 4, true).toString(16).padStart(8, "0") : view.getBigUint64(i * 8, true).toString(16).padStart(16, "0")
  );
}
function runPlayground(state) {
  try {
    const spec = buildSpec(state);
    const shape = parseShape(state.shape);
    const groups = state.groups.trim() === "" ? void 0 : Number(state.groups);
    const options = {
      ...state.layout === "" ? {} : { layout: state.layout },
      ...groups === void 0 ? {} : { groups }
    };
    const p = plan(spec, shape, options);
    if (structured.has(p.distribution) && p.size > MAX_STRUCTURED) {
      throw new InputError(
        `the playground computes ${p.distribution} tensors of at most ${MAX_STRUCTURED} elements (this one has ${p.size})`
      );
    }
    const seed = parseSeed(state.seed);
    const drawn = Math.min(p.size, MAX_DRAWN);
    const started = performance.now();
    const raw = sample(p, {
      seed,
      key: state.key,
      dtype: state.dtype,
      engine: state.engine,
      count: drawn
    });
    const milliseconds = performance.now() - started;
    const values = raw instanceof Uint16Array ? decode(raw, state.dtype) : raw;
    const head = raw.subarray(0, FIRST_COUNT);
    const first = Array.from(head);
    const firstBits = hexBits(head);
    const engine2 = state.engine === "js" ? "js" : wasmRuns() ? "wasm" : "js";
    return { ok: true, spec, plan: p, values, first, firstBits, drawn, engine: engine2, milliseconds };
  } catch (error) {
    if (error instanceof WeightinitError) {
      return { ok: false, error: error.message, code: error.code };
    }
    if (error instanceof InputError) return { ok: false, error: error.message };
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
function stateFromQuery(search) {
  const params = new URLSearchParams(search);
  const get = (name, fallback) => params.get(name) ?? fallback;
  const options = {};
  for (const [name, value] of params) if (name.startsWith("o.")) options[name.slice(2)] = value;
  const dtype = get("dtype", defaultState.dtype);
  const engine2 = get("engine", defaultState.engine);
  const activation = get("act", defaultState.activation);
  return {
    init: get("init", defaultState.init),
    shape: get("shape", defaultState.shape),
    layout: get("layout", defaultState.layout),
    groups: get("groups", defaultState.groups),
    options,
    dtype: dtypes.includes(dtype) ? dtype : defaultState.dtype,
    engine: engines.includes(engine2) ? engine2 : defaultState.engine,
    seed: get("seed", defaultState.seed),
    key: get("key", defaultState.key),
    activation: signalActivations.includes(activation) ? activation : defaultState.activation
  };
}
function queryFromState(state) {
  const params = new URLSearchParams();
  const put = (name, value, fallback) => {
    if (value !== fallback) params.set(name, value);
  };
  put("init", state.init, defaultState.init);
  put("shape", state.shape, defaultState.shape);
  put("layout", state.layout, defaultState.layout);
  put("groups", state.groups, defaultState.groups);
  for (const field of optionFields(state.init)) {
    const value = state.options[field.name];
    if (value !== void 0 && value !== "") params.set(`o.${field.name}`, value);
  }
  put("dtype", state.dtype, defaultState.dtype);
  put("engine", state.engine, defaultState.engine);
  put("seed", state.seed, defaultState.seed);
  put("key", state.key, defaultState.key);
  put("act", state.activation, defaultState.activation);
  return params.toString();
}
function planFacts(p) {
  const record = p;
  const names = [
    "distribution",
    "initializer",
    "layout",
    "fanIn",
    "fanOut",
    "receptiveField",
    "groups",
    "mode",
    "fan",
    "gain",
    "scale",
    "mean",
    "std",
    "mu",
    "sigma",
    "bound",
    "low",
    "high",
    "rows",
    "cols",
    "zerosPerColumn",
    "size"
  ];
  const facts = [];
  for (const name of names) {
    const value = record[name];
    if (value === void 0) continue;
    facts.push({ name, value: typeof value === "number" ? formatFact(value) : String(value) });
  }
  return facts;
}
function formatFact(value) {
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(9)));
}
const SELU_ALPHA = 1.6732632423543772;
const SELU_SCALE = 1.0507009873554805;
const torchFunctions = {
  sigmoid: (x) => 1 / (1 + Math.exp(-x)),
  tanh: Math.tanh,
  relu: (x) => Math.max(x, 0),
  leaky_relu: (x) => x > 0 ? x : 0.01 * x,
  selu: (x) => SELU_SCALE * (x > 0 ? x : SELU_ALPHA * Math.expm1(x))
};
function secondMomentGain(name) {
  const target = nonlinearityAliases[name] ?? name;
  if (Object.hasOwn(secondMomentGains, target)) {
    return secondMomentGains[target];
  }
  if (Object.hasOwn(activations, target)) return void 0;
  const f = torchFunctions[target];
  return f ? numericGain(f) : void 0;
}
function gainRows() {
  return nonlinearities.filter((name) => !/^conv/.test(name)).map((name) => {
    const { gain, formula } = explainGain(name);
    const preserving = secondMomentGain(name);
    const differs = preserving !== void 0 && Math.abs(preserving / gain - 1) > 1e-4;
    return {
      name,
      aliasOf: nonlinearityAliases[name],
      source: Object.hasOwn(torchGains, name) || name === "leaky_relu" ? "PyTorch" : "weightinit",
      gain: formatFact(Number(gain.toPrecision(6))),
      formula,
      secondMoment: differs ? formatFact(Number(preserving.toPrecision(6))) : void 0
    };
  });
}
const fanExamples = [
  { title: "Dense, PyTorch nn.Linear(256, 128)", shape: [128, 256], layout: "oi" },
  { title: "Dense, Keras Dense(128) on 256 inputs", shape: [256, 128], layout: "io" },
  { title: "Conv2d 3→64, 3×3, PyTorch", shape: [64, 3, 3, 3], layout: "oihw" },
  { title: "Conv2D 3→64, 3×3, Keras", shape: [3, 3, 3, 64], layout: "hwio" },
  {
    title: "ConvTranspose2d 64→32, 4×4, PyTorch",
    shape: [64, 32, 4, 4],
    layout: "iohw",
    home: { who: "PyTorch", layout: "oihw", issue: "fans read as stored, so swapped" }
  },
  {
    title: "Conv2DTranspose 64→32, 4×4, Keras",
    shape: [4, 4, 32, 64],
    layout: "hwoi",
    home: { who: "Keras", layout: "hwio", issue: "fans read as stored, so swapped" }
  },
  {
    title: "Grouped conv 64→128, 3×3, groups 4, PyTorch",
    shape: [128, 16, 3, 3],
    layout: "oihw",
    groups: 4,
    home: {
      who: "PyTorch",
      layout: "oihw",
      issue: "fan_out not divided by groups (pytorch#23854)"
    }
  },
  {
    title: "Depthwise 3×3 on 32 channels, PyTorch (groups 32)",
    shape: [32, 1, 3, 3],
    layout: "oihw",
    groups: 32,
    home: {
      who: "PyTorch",
      layout: "oihw",
      issue: "fan_out not divided by groups (pytorch#23854)"
    }
  },
  {
    title: "DepthwiseConv2D 3×3 on 32 channels, Keras",
    shape: [3, 3, 32, 1],
    layout: "hwim",
    home: {
      who: "Keras, tfjs",
      layout: "hwio",
      issue: "fan_in counts every input channel (keras#11773)"
    }
  }
];
function fanRows() {
  return fanExamples.map((example) => ({
    ...example,
    fans: computeFans(example.shape, example.layout, { groups: example.groups ?? 1 }),
    homeFans: example.home ? computeFans(example.shape, example.home.layout) : void 0
  }));
}
const _sfc_main$8 = /* @__PURE__ */ defineComponent({
  __name: "FanTable",
  __ssrInlineRender: true,
  setup(__props) {
    const rows = fanRows();
    function layoutText(layout) {
      return typeof layout === "string" ? layout : JSON.stringify(layout);
    }
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({ class: "wi-table-wrap" }, _attrs))}><table class="wi-table" data-testid="fan-table"><caption> Fans as <code>computeFans</code> computes them, and where a framework computes others </caption><thead><tr><th scope="col">weight</th><th scope="col">shape, layout</th><th scope="col">fan_in</th><th scope="col">fan_out</th><th scope="col">the framework&#39;s own numbers</th></tr></thead><tbody><!--[-->`);
      ssrRenderList(unref(rows), (row) => {
        _push(`<tr><th scope="row">${ssrInterpolate(row.title)}</th><td><code>[${ssrInterpolate(row.shape.join(", "))}]</code><code>${ssrInterpolate(layoutText(row.layout))}</code>`);
        if (row.groups) {
          _push(`<!--[-->, groups ${ssrInterpolate(row.groups)}<!--]-->`);
        } else {
          _push(`<!---->`);
        }
        _push(`</td><td><code>${ssrInterpolate(row.fans.fanIn)}</code><br><small>${ssrInterpolate(row.fans.derivation.fanIn)}</small></td><td><code>${ssrInterpolate(row.fans.fanOut)}</code><br><small>${ssrInterpolate(row.fans.derivation.fanOut)}</small></td><td>`);
        if (row.home && row.homeFans) {
          _push(`<!--[-->${ssrInterpolate(row.home.who)}: fan_in <code>${ssrInterpolate(row.homeFans.fanIn)}</code>, fan_out <code>${ssrInterpolate(row.homeFans.fanOut)}</code> — ${ssrInterpolate(row.home.issue)}; layout <code>${ssrInterpolate(layoutText(row.home.layout))}</code> reproduces them <!--]-->`);
        } else {
          _push(`<!--[-->the same<!--]-->`);
        }
        _push(`</td></tr>`);
      });
      _push(`<!--]--></tbody></table></div>`);
    };
  }
});
const _sfc_setup$8 = _sfc_main$8.setup;
_sfc_main$8.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add(".vitepress/theme/components/FanTable.vue");
  return _sfc_setup$8 ? _sfc_setup$8(props, ctx) : void 0;
};
const _sfc_main$7 = /* @__PURE__ */ defineComponent({
  __name: "GainTable",
  __ssrInlineRender: true,
  setup(__props) {
    const rows = gainRows();
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({ class: "wi-table-wrap" }, _attrs))}><table class="wi-table" data-testid="gain-table"><caption> Gains by nonlinearity, as <code>explainGain</code> derives them </caption><thead><tr><th scope="col">nonlinearity</th><th scope="col">gain</th><th scope="col">derivation</th><th scope="col">1/√E[f(z)²] where different</th></tr></thead><tbody><!--[-->`);
      ssrRenderList(unref(rows), (row) => {
        _push(`<tr><th scope="row"><code>${ssrInterpolate(row.name)}</code><span class="wi-tag">${ssrInterpolate(row.source)}</span></th><td><code>${ssrInterpolate(row.gain)}</code></td><td>${ssrInterpolate(row.formula)}</td><td>`);
        if (row.secondMoment) {
          _push(`<code>${ssrInterpolate(row.secondMoment)}</code>`);
        } else {
          _push(`<!---->`);
        }
        _push(`</td></tr>`);
      });
      _push(`<!--]--></tbody></table></div>`);
    };
  }
});
const _sfc_setup$7 = _sfc_main$7.setup;
_sfc_main$7.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add(".vitepress/theme/components/GainTable.vue");
  return _sfc_setup$7 ? _sfc_setup$7(props, ctx) : void 0;
};
const _sfc_main$6 = /* @__PURE__ */ defineComponent({
  __name: "PlanView",
  __ssrInlineRender: true,
  props: {
    plan: {},
    spec: {},
    shape: {},
    layout: {},
    groups: {},
    derivationOnly: { type: Boolean }
  },
  setup(__props) {
    const props = __props;
    const shown = computed(() => {
      if (props.plan) return props.plan;
      if (props.spec === void 0 || props.shape === void 0) return void 0;
      return plan(props.spec, props.shape, {
        ...props.layout === void 0 ? {} : { layout: props.layout },
        ...props.groups === void 0 ? {} : { groups: props.groups }
      });
    });
    const facts = computed(() => shown.value ? planFacts(shown.value) : []);
    const call = computed(() => {
      if (props.plan || props.spec === void 0 || props.shape === void 0) return "";
      const spec = typeof props.spec === "string" ? `'${props.spec}'` : JSON.stringify(props.spec);
      const options = [
        props.layout === void 0 ? "" : `layout: '${props.layout}'`,
        props.groups === void 0 ? "" : `groups: ${props.groups}`
      ].filter((part) => part !== "");
      return `plan(${spec}, [${props.shape.join(", ")}]${options.length > 0 ? `, { ${options.join(", ")} }` : ""})`;
    });
    return (_ctx, _push, _parent, _attrs) => {
      if (shown.value) {
        _push(`<div${ssrRenderAttrs(mergeProps({
          class: "wi-plan",
          "data-testid": "plan"
        }, _attrs))}>`);
        if (call.value) {
          _push(`<p class="wi-plan-call"><code>${ssrInterpolate(call.value)}</code></p>`);
        } else {
          _push(`<!---->`);
        }
        if (!__props.derivationOnly) {
          _push(`<div class="wi-table-wrap"><table class="wi-facts"><caption> What is drawn </caption><tbody><!--[-->`);
          ssrRenderList(facts.value, (fact) => {
            _push(`<tr><th scope="row">${ssrInterpolate(fact.name)}</th><td><code>${ssrInterpolate(fact.value)}</code></td></tr>`);
          });
          _push(`<!--]--></tbody></table></div>`);
        } else {
          _push(`<!---->`);
        }
        _push(`<div class="wi-table-wrap"><table class="wi-derivation"><caption> How each number was derived </caption><thead><tr><th scope="col">quantity</th><th scope="col">value</th><th scope="col">derivation</th></tr></thead><tbody><!--[-->`);
        ssrRenderList(shown.value.explanation, (step, i) => {
          _push(`<tr><th scope="row">${ssrInterpolate(step.quantity)}</th><td><code>${ssrInterpolate(unref(formatFact)(step.value))}</code></td><td>${ssrInterpolate(step.formula)}</td></tr>`);
        });
        _push(`<!--]--></tbody></table></div>`);
        if (shown.value.warnings.length > 0) {
          _push(`<ul class="wi-warnings"><!--[-->`);
          ssrRenderList(shown.value.warnings, (warning, i) => {
            _push(`<li>⚠ ${ssrInterpolate(warning)}</li>`);
          });
          _push(`<!--]--></ul>`);
        } else {
          _push(`<!---->`);
        }
        _push(`</div>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$6 = _sfc_main$6.setup;
_sfc_main$6.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add(".vitepress/theme/components/PlanView.vue");
  return _sfc_setup$6 ? _sfc_setup$6(props, ctx) : void 0;
};
function sampleStats(values) {
  const count = values.length;
  let sum2 = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let zeros = 0;
  for (let i = 0; i < count; i++) {
    const v = values[i];
    sum2 += v;
    if (v < min) min = v;
    if (v > max) max = v;
    if (v === 0) zeros++;
  }
  const mean = count > 0 ? sum2 / count : Number.NaN;
  let squares = 0;
  for (let i = 0; i < count; i++) {
    const d = values[i] - mean;
    squares += d * d;
  }
  const std = count > 1 ? Math.sqrt(squares / (count - 1)) : 0;
  return { count, mean, std, min, max, zeros: count > 0 ? zeros / count : 0 };
}
function histogram(values, bins, lo, hi) {
  const binWidth = (hi - lo) / bins;
  const counts = new Array(bins).fill(0);
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!(v >= lo && v <= hi)) continue;
    const bin = Math.min(bins - 1, Math.floor((v - lo) / binWidth));
    counts[bin]++;
    total++;
  }
  const density = counts.map((c) => total > 0 ? c / (total * binWidth) : 0);
  return { lo, hi, binWidth, counts, density, total };
}
function theoreticalDensity(plan2) {
  switch (plan2.distribution) {
    case "normal": {
      const { mean, std } = plan2;
      if (!(std > 0)) return void 0;
      return {
        pdf: (x) => normalPdf((x - mean) / std) / std,
        support: [mean - 4.5 * std, mean + 4.5 * std],
        label: `N(${fmt(mean)}, ${fmt(std)}²)`,
        approximate: false
      };
    }
    case "uniform": {
      const { low, high } = plan2;
      if (!(high > low)) return void 0;
      return {
        pdf: (x) => x >= low && x <= high ? 1 / (high - low) : 0,
        support: [low, high],
        label: `U(${fmt(low)}, ${fmt(high)})`,
        approximate: false
      };
    }
    case "truncated_normal": {
      const { mu, sigma, low, high } = plan2;
      if (!(sigma > 0)) return void 0;
      const mass = normalCdf((high - mu) / sigma) - normalCdf((low - mu) / sigma);
      return {
        pdf: (x) => x >= low && x <= high ? normalPdf((x - mu) / sigma) / (sigma * mass) : 0,
        support: [Math.max(low, mu - 4.5 * sigma), Math.min(high, mu + 4.5 * sigma)],
        label: `N(${fmt(mu)}, ${fmt(sigma)}²) on [${fmt(low)}, ${fmt(high)}]`,
        approximate: false
      };
    }
    case "orthogonal": {
      const { std } = plan2;
      if (!(std > 0)) return void 0;
      return {
        pdf: (x) => normalPdf(x / std) / std,
        support: [-4.5 * std, 4.5 * std],
        label: `≈ N(0, ${fmt(std)}²)`,
        approximate: true
      };
    }
    default:
      return void 0;
  }
}
function histogramRange(stats, density) {
  let lo = stats.min;
  let hi = stats.max;
  if (density) {
    lo = Math.min(lo, density.support[0]);
    hi = Math.max(hi, density.support[1]);
  }
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [-1, 1];
  if (hi - lo < 1e-12 * Math.max(1, Math.abs(hi))) {
    const pad2 = Math.max(Math.abs(lo) * 0.5, 0.5);
    return [lo - pad2, hi + pad2];
  }
  const pad = (hi - lo) * 0.04;
  return [lo - pad, hi + pad];
}
function fmt(value) {
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(4)));
}
const palette = ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#000000"];
const dashes = ["", "6 3", "2 3", "10 3 2 3", "", "6 3", "2 3"];
const WIDTH = 640;
const HEIGHT = 360;
const MARGIN = { top: 12, right: 16, bottom: 40, left: 64 };
const FLOOR = -16;
const CEILING = 16;
function decade(k) {
  if (k === 0) return "1";
  if (k === 1) return "10";
  return `1e${k}`;
}
function linePlotGeometry(series) {
  const length = Math.max(1, ...series.map((s) => s.values.length));
  const logs = series.flatMap(
    (s) => s.values.filter((v) => v > 0 && Number.isFinite(v)).map(Math.log10)
  );
  let lo = logs.length > 0 ? Math.floor(Math.min(...logs)) : -2;
  let hi = logs.length > 0 ? Math.ceil(Math.max(...logs)) : 1;
  lo = Math.max(FLOOR, Math.min(lo, -1));
  hi = Math.min(CEILING, Math.max(hi, 1));
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const xOf = (x) => MARGIN.left + (length === 1 ? 0 : (x - 1) / (length - 1) * plotWidth);
  const yOf = (log) => MARGIN.top + (hi - log) / (hi - lo) * plotHeight;
  const step = Math.max(1, Math.ceil((hi - lo) / 8));
  const yTicks = [];
  for (let k = hi; k >= lo; k -= step) yTicks.push({ value: k, y: yOf(k), label: decade(k) });
  const xValues = [1, ...Array.from({ length: 5 }, (_, i) => Math.round((i + 1) * length / 5))];
  const xTicks = [...new Set(xValues)].filter((x) => x >= 1 && x <= length).map((x) => ({ value: x, x: xOf(x), label: String(x) }));
  let clamped = false;
  const lines = series.map((s, index) => {
    const points = s.values.map((v, i) => {
      let log = v > 0 && Number.isFinite(v) ? Math.log10(v) : v === Number.POSITIVE_INFINITY ? hi : lo;
      if (log < lo || log > hi || !(v > 0) || !Number.isFinite(v)) clamped = true;
      log = Math.min(hi, Math.max(lo, log));
      return `${xOf(i + 1).toFixed(1)},${yOf(log).toFixed(1)}`;
    }).join(" ");
    return {
      label: s.label,
      points,
      color: s.color ?? palette[index % palette.length],
      dash: s.dash ?? dashes[index % dashes.length]
    };
  });
  const tableColumns = [...new Set([1, 10, 25, length].filter((x) => x <= length))];
  const table = series.map((s) => ({
    label: s.label,
    cells: tableColumns.map((x) => {
      const v = s.values[x - 1];
      return v === void 0 ? "" : v === 0 ? "0" : v.toExponential(2);
    })
  }));
  return {
    width: WIDTH,
    height: HEIGHT,
    ...MARGIN,
    xTicks,
    yTicks,
    lines,
    clamped,
    tableColumns,
    table
  };
}
function tickLabel(value) {
  if (value === 0) return "0";
  return String(Number(value.toPrecision(3)));
}
function niceTicks(lo, hi, count) {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const ticks = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) {
    ticks.push(Math.abs(t) < step * 1e-9 ? 0 : t);
  }
  return ticks;
}
function histogramGeometry(density, lo, hi, pdf) {
  const width = WIDTH;
  const height = 300;
  const margin = { top: 12, right: 16, bottom: 36, left: 56 };
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const curveXs = Array.from({ length: 241 }, (_, i) => lo + (hi - lo) * i / 240);
  const curveYs = pdf ? curveXs.map((x) => pdf(x)) : [];
  const top = Math.max(1e-300, ...density, ...curveYs.filter(Number.isFinite)) * 1.08;
  const xOf = (x) => margin.left + (x - lo) / (hi - lo) * plotWidth;
  const yOf = (y) => margin.top + (1 - y / top) * plotHeight;
  const binWidth = density.length > 0 ? plotWidth / density.length : 0;
  const bars = density.map((d, i) => {
    const y = yOf(d);
    return {
      x: margin.left + i * binWidth,
      y,
      width: Math.max(0, binWidth - 0.5),
      height: margin.top + plotHeight - y
    };
  });
  const curve = pdf ? curveXs.map((x, i) => `${xOf(x).toFixed(1)},${yOf(Math.min(curveYs[i], top)).toFixed(1)}`).join(" ") : "";
  const xTicks = niceTicks(lo, hi, 6).map((x) => ({ x: xOf(x), label: tickLabel(x) }));
  const yTicks = niceTicks(0, top, 4).map((y) => ({ y: yOf(y), label: tickLabel(y) }));
  return { width, height, ...margin, bars, curve, xTicks, yTicks };
}
const _sfc_main$5 = /* @__PURE__ */ defineComponent({
  __name: "HistogramPlot",
  __ssrInlineRender: true,
  props: {
    density: {},
    lo: {},
    hi: {},
    theory: {},
    title: {}
  },
  setup(__props) {
    const props = __props;
    const geometry = computed(
      () => {
        var _a;
        return histogramGeometry(props.density, props.lo, props.hi, (_a = props.theory) == null ? void 0 : _a.pdf);
      }
    );
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<figure${ssrRenderAttrs(mergeProps({ class: "wi-plot" }, _attrs))}><svg${ssrRenderAttr("viewBox", `0 0 ${geometry.value.width} ${geometry.value.height}`)} role="img"${ssrRenderAttr("aria-label", __props.title)} data-testid="histogram"><title>${ssrInterpolate(__props.title)}</title><g class="wi-grid"><!--[-->`);
      ssrRenderList(geometry.value.yTicks, (tick) => {
        _push(`<line${ssrRenderAttr("x1", geometry.value.left)}${ssrRenderAttr("x2", geometry.value.width - geometry.value.right)}${ssrRenderAttr("y1", tick.y)}${ssrRenderAttr("y2", tick.y)}></line>`);
      });
      _push(`<!--]--></g><g class="wi-bars"><!--[-->`);
      ssrRenderList(geometry.value.bars, (bar, i) => {
        _push(`<rect${ssrRenderAttr("x", bar.x)}${ssrRenderAttr("y", bar.y)}${ssrRenderAttr("width", bar.width)}${ssrRenderAttr("height", bar.height)}></rect>`);
      });
      _push(`<!--]--></g>`);
      if (geometry.value.curve) {
        _push(`<polyline${ssrRenderAttr("points", geometry.value.curve)} class="wi-density"></polyline>`);
      } else {
        _push(`<!---->`);
      }
      _push(`<g class="wi-axis"><line${ssrRenderAttr("x1", geometry.value.left)}${ssrRenderAttr("x2", geometry.value.width - geometry.value.right)}${ssrRenderAttr("y1", geometry.value.height - geometry.value.bottom)}${ssrRenderAttr("y2", geometry.value.height - geometry.value.bottom)}></line><line${ssrRenderAttr("x1", geometry.value.left)}${ssrRenderAttr("x2", geometry.value.left)}${ssrRenderAttr("y1", geometry.value.top)}${ssrRenderAttr("y2", geometry.value.height - geometry.value.bottom)}></line><!--[-->`);
      ssrRenderList(geometry.value.xTicks, (tick) => {
        _push(`<text${ssrRenderAttr("x", tick.x)}${ssrRenderAttr("y", geometry.value.height - geometry.value.bottom + 16)} text-anchor="middle">${ssrInterpolate(tick.label)}</text>`);
      });
      _push(`<!--]--><!--[-->`);
      ssrRenderList(geometry.value.yTicks, (tick) => {
        _push(`<text${ssrRenderAttr("x", geometry.value.left - 6)}${ssrRenderAttr("y", tick.y + 4)} text-anchor="end">${ssrInterpolate(tick.label)}</text>`);
      });
      _push(`<!--]--></g></svg><figcaption><ul class="wi-legend"><li><span class="wi-swatch wi-swatch-bars" aria-hidden="true"></span> samples (density)</li>`);
      if (__props.theory) {
        _push(`<li><span class="wi-swatch wi-swatch-density" aria-hidden="true"></span> ${ssrInterpolate(__props.theory.approximate ? "approximation" : "theoretical density")}: ${ssrInterpolate(__props.theory.label)}</li>`);
      } else {
        _push(`<li>no closed-form density for this distribution</li>`);
      }
      _push(`</ul></figcaption></figure>`);
    };
  }
});
const _sfc_setup$5 = _sfc_main$5.setup;
_sfc_main$5.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add(".vitepress/theme/components/HistogramPlot.vue");
  return _sfc_setup$5 ? _sfc_setup$5(props, ctx) : void 0;
};
const _sfc_main$4 = /* @__PURE__ */ defineComponent({
  __name: "LinePlot",
  __ssrInlineRender: true,
  props: {
    series: {},
    title: {},
    xLabel: { default: "layer" },
    yLabel: { default: "standard deviation (log scale)" }
  },
  setup(__props) {
    const props = __props;
    const geometry = computed(() => linePlotGeometry(props.series));
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<figure${ssrRenderAttrs(mergeProps({ class: "wi-plot" }, _attrs))}><svg${ssrRenderAttr("viewBox", `0 0 ${geometry.value.width} ${geometry.value.height}`)} role="img"${ssrRenderAttr("aria-label", __props.title)} preserveAspectRatio="xMidYMid meet"><title>${ssrInterpolate(__props.title)}</title><g class="wi-grid"><!--[-->`);
      ssrRenderList(geometry.value.yTicks, (tick) => {
        _push(`<line${ssrRenderAttr("x1", geometry.value.left)}${ssrRenderAttr("x2", geometry.value.width - geometry.value.right)}${ssrRenderAttr("y1", tick.y)}${ssrRenderAttr("y2", tick.y)}></line>`);
      });
      _push(`<!--]--></g><g class="wi-axis"><line${ssrRenderAttr("x1", geometry.value.left)}${ssrRenderAttr("x2", geometry.value.left)}${ssrRenderAttr("y1", geometry.value.top)}${ssrRenderAttr("y2", geometry.value.height - geometry.value.bottom)}></line><line${ssrRenderAttr("x1", geometry.value.left)}${ssrRenderAttr("x2", geometry.value.width - geometry.value.right)}${ssrRenderAttr("y1", geometry.value.height - geometry.value.bottom)}${ssrRenderAttr("y2", geometry.value.height - geometry.value.bottom)}></line><!--[-->`);
      ssrRenderList(geometry.value.yTicks, (tick) => {
        _push(`<text${ssrRenderAttr("x", geometry.value.left - 6)}${ssrRenderAttr("y", tick.y + 4)} text-anchor="end">${ssrInterpolate(tick.label)}</text>`);
      });
      _push(`<!--]--><!--[-->`);
      ssrRenderList(geometry.value.xTicks, (tick) => {
        _push(`<text${ssrRenderAttr("x", tick.x)}${ssrRenderAttr("y", geometry.value.height - geometry.value.bottom + 16)} text-anchor="middle">${ssrInterpolate(tick.label)}</text>`);
      });
      _push(`<!--]--><text${ssrRenderAttr("x", (geometry.value.left + geometry.value.width - geometry.value.right) / 2)}${ssrRenderAttr("y", geometry.value.height - 4)} text-anchor="middle">${ssrInterpolate(__props.xLabel)}</text><text${ssrRenderAttr("transform", `translate(12 ${(geometry.value.top + geometry.value.height - geometry.value.bottom) / 2}) rotate(-90)`)} text-anchor="middle">${ssrInterpolate(__props.yLabel)}</text></g><!--[-->`);
      ssrRenderList(geometry.value.lines, (line) => {
        _push(`<polyline${ssrRenderAttr("points", line.points)}${ssrRenderAttr("stroke", line.color)}${ssrRenderAttr("stroke-dasharray", line.dash)} class="wi-line"></polyline>`);
      });
      _push(`<!--]--></svg><figcaption><ul class="wi-legend"><!--[-->`);
      ssrRenderList(geometry.value.lines, (line) => {
        _push(`<li><svg width="28" height="10" aria-hidden="true"><line x1="0" x2="28" y1="5" y2="5"${ssrRenderAttr("stroke", line.color)}${ssrRenderAttr("stroke-dasharray", line.dash)} stroke-width="3"></line></svg> ${ssrInterpolate(line.label)}</li>`);
      });
      _push(`<!--]--></ul>`);
      if (geometry.value.clamped) {
        _push(`<p class="wi-note"> Values outside the axis (including exact zeros) are drawn at its edge. </p>`);
      } else {
        _push(`<!---->`);
      }
      _push(`<details class="wi-data"><summary>Data table</summary><table><thead><tr><th scope="col">series</th><!--[-->`);
      ssrRenderList(geometry.value.tableColumns, (x) => {
        _push(`<th scope="col">x = ${ssrInterpolate(x)}</th>`);
      });
      _push(`<!--]--></tr></thead><tbody><!--[-->`);
      ssrRenderList(geometry.value.table, (row) => {
        _push(`<tr><th scope="row">${ssrInterpolate(row.label)}</th><!--[-->`);
        ssrRenderList(row.cells, (cell, i) => {
          _push(`<td>${ssrInterpolate(cell)}</td>`);
        });
        _push(`<!--]--></tr>`);
      });
      _push(`<!--]--></tbody></table></details></figcaption></figure>`);
    };
  }
});
const _sfc_setup$4 = _sfc_main$4.setup;
_sfc_main$4.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add(".vitepress/theme/components/LinePlot.vue");
  return _sfc_setup$4 ? _sfc_setup$4(props, ctx) : void 0;
};
const BINS = 60;
const _sfc_main$3 = /* @__PURE__ */ defineComponent({
  __name: "Playground",
  __ssrInlineRender: true,
  setup(__props) {
    const SIGNAL = { width: 128, batch: 64, depth: 50 };
    const groups = initializerGroups();
    const state = ref({ ...defaultState });
    const result = shallowRef(void 0);
    const version = ref(0);
    const copied = ref(false);
    const fields = computed(() => optionFields(state.value.init));
    const summary = computed(() => {
      const qualified = qualify(state.value.init);
      return qualified ? groups.flatMap((g) => g.choices).find((c) => c.qualified === qualified) : void 0;
    });
    const view = computed(() => {
      const r = result.value;
      if (!(r == null ? void 0 : r.ok)) return void 0;
      const stats = sampleStats(r.values);
      const theory = theoreticalDensity(r.plan);
      const [lo, hi] = histogramRange(stats, theory);
      const hist = histogram(r.values, BINS, lo, hi);
      const isBits = state.value.dtype === "float16" || state.value.dtype === "bfloat16";
      const first = r.first.map(
        (value) => isBits ? `0x${value.toString(16).padStart(4, "0")}` : String(value)
      );
      const decoded = Array.from(r.values.subarray(0, r.first.length), (v) => String(v));
      const signature = hist.counts.join(".");
      return { stats, theory, hist, lo, hi, first, decoded, isBits, signature };
    });
    function update() {
      result.value = runPlayground(state.value);
      version.value++;
    }
    const signal = shallowRef(void 0);
    let signalController;
    let signalTimer;
    function updateSignal() {
      signalController == null ? void 0 : signalController.abort();
      clearTimeout(signalTimer);
      const controller = new AbortController();
      signalController = controller;
      signal.value = void 0;
      signalTimer = setTimeout(async () => {
        try {
          const spec = buildSpec(state.value);
          const activation = state.value.activation;
          const run2 = await propagateAsync(
            spec,
            activation,
            { ...SIGNAL, seed: Number(state.value.seed) || 0 },
            controller.signal
          );
          signal.value = {
            series: [
              { label: "activations (forward)", values: run2.forward },
              { label: "gradients (backward)", values: run2.backward }
            ],
            note: `${state.value.init} on ${SIGNAL.depth} square ${activation} layers of ${SIGNAL.width} units, a batch of ${SIGNAL.batch}`
          };
        } catch (error) {
          if (controller.signal.aborted) return;
          signal.value = {
            series: [],
            note: `Not available for this initializer on square ${SIGNAL.width}×${SIGNAL.width} layers: ${error instanceof Error ? error.message : String(error)}`
          };
        }
      }, 200);
    }
    let updateTimer;
    onMounted(() => {
      state.value = stateFromQuery(window.location.search);
      update();
      updateSignal();
      watch(
        state,
        (next, previous) => {
          const query = queryFromState(next);
          window.history.replaceState(
            window.history.state,
            "",
            `${window.location.pathname}${query === "" ? "" : `?${query}`}${window.location.hash}`
          );
          clearTimeout(updateTimer);
          updateTimer = setTimeout(update, 60);
          const signalInputs = (s) => JSON.stringify([s.init, s.options, s.activation, s.seed]);
          if (signalInputs(next) !== signalInputs(previous)) updateSignal();
        },
        { deep: true }
      );
    });
    onBeforeUnmount(() => {
      signalController == null ? void 0 : signalController.abort();
      clearTimeout(signalTimer);
      clearTimeout(updateTimer);
    });
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: "wi-playground",
        "data-version": version.value
      }, _attrs))}><form class="wi-controls" aria-label="Initializer settings"><div class="wi-field wi-wide"><label for="pg-init">Initializer</label><select id="pg-init"${ssrRenderAttr("value", state.value.init)} data-testid="pg-init"><!--[-->`);
      ssrRenderList(unref(groups), (group) => {
        _push(`<optgroup${ssrRenderAttr("label", group.title)}><!--[-->`);
        ssrRenderList(group.choices, (choice) => {
          _push(`<option${ssrRenderAttr("value", choice.name)}>${ssrInterpolate(choice.name)}</option>`);
        });
        _push(`<!--]--></optgroup>`);
      });
      _push(`<!--]--></select>`);
      if (summary.value) {
        _push(`<p class="wi-hint" id="pg-init-summary">${ssrInterpolate(summary.value.qualified)}: ${ssrInterpolate(summary.value.summary)}</p>`);
      } else {
        _push(`<!---->`);
      }
      _push(`</div><div class="wi-field"><label for="pg-shape">Shape</label><input id="pg-shape"${ssrRenderAttr("value", state.value.shape)} type="text" inputmode="text" autocomplete="off" spellcheck="false" aria-describedby="pg-shape-hint" data-testid="pg-shape"><p id="pg-shape-hint" class="wi-hint">e.g. 256x128 or 64,3,3,3</p></div><div class="wi-field"><label for="pg-layout">Layout</label><select id="pg-layout"><option value=""${ssrIncludeBooleanAttr(Array.isArray(state.value.layout) ? ssrLooseContain(state.value.layout, "") : ssrLooseEqual(state.value.layout, "")) ? " selected" : ""}>the name&#39;s home layout</option><!--[-->`);
      ssrRenderList(unref(layoutChoices), (layout) => {
        _push(`<option${ssrRenderAttr("value", layout)}${ssrIncludeBooleanAttr(Array.isArray(state.value.layout) ? ssrLooseContain(state.value.layout, layout) : ssrLooseEqual(state.value.layout, layout)) ? " selected" : ""}>${ssrInterpolate(layout)}</option>`);
      });
      _push(`<!--]--></select></div><div class="wi-field"><label for="pg-groups">Groups</label><input id="pg-groups"${ssrRenderAttr("value", state.value.groups)} type="number" min="1" step="1" placeholder="1" inputmode="numeric"></div>`);
      if (fields.value.length > 0) {
        _push(`<fieldset class="wi-options wi-wide"><legend>Options of ${ssrInterpolate(state.value.init)}</legend><!--[-->`);
        ssrRenderList(fields.value, (field) => {
          _push(`<div class="wi-field"><label${ssrRenderAttr("for", `pg-option-${field.name}`)}>${ssrInterpolate(field.name)}</label>`);
          if (field.control.kind !== "number") {
            _push(`<select${ssrRenderAttr("id", `pg-option-${field.name}`)}${ssrRenderAttr("value", state.value.options[field.name] ?? "")}><option value="">default (${ssrInterpolate(field.fallback)})</option>`);
            if (field.control.kind === "choice") {
              _push(`<!--[-->`);
              ssrRenderList(field.control.choices, (choice) => {
                _push(`<option${ssrRenderAttr("value", choice)}>${ssrInterpolate(choice)}</option>`);
              });
              _push(`<!--]-->`);
            } else {
              _push(`<!--[--><option value="true">true</option><option value="false">false</option><!--]-->`);
            }
            _push(`</select>`);
          } else {
            _push(`<input${ssrRenderAttr("id", `pg-option-${field.name}`)}${ssrRenderAttr("value", state.value.options[field.name] ?? "")} type="text" inputmode="decimal" autocomplete="off"${ssrRenderAttr("placeholder", field.required ? "required" : field.fallback)}${ssrRenderAttr("aria-required", field.required)}>`);
          }
          _push(`</div>`);
        });
        _push(`<!--]--></fieldset>`);
      } else {
        _push(`<!---->`);
      }
      _push(`<div class="wi-field"><label for="pg-dtype">Dtype</label><select id="pg-dtype" data-testid="pg-dtype"><!--[-->`);
      ssrRenderList(unref(dtypes), (dtype) => {
        _push(`<option${ssrRenderAttr("value", dtype)}${ssrIncludeBooleanAttr(Array.isArray(state.value.dtype) ? ssrLooseContain(state.value.dtype, dtype) : ssrLooseEqual(state.value.dtype, dtype)) ? " selected" : ""}>${ssrInterpolate(dtype)}</option>`);
      });
      _push(`<!--]--></select></div><div class="wi-field"><label for="pg-engine">Engine</label><select id="pg-engine" data-testid="pg-engine"><!--[-->`);
      ssrRenderList(unref(engines), (engine2) => {
        _push(`<option${ssrRenderAttr("value", engine2)}${ssrIncludeBooleanAttr(Array.isArray(state.value.engine) ? ssrLooseContain(state.value.engine, engine2) : ssrLooseEqual(state.value.engine, engine2)) ? " selected" : ""}>${ssrInterpolate(engine2)}</option>`);
      });
      _push(`<!--]--></select></div><div class="wi-field"><label for="pg-seed">Seed</label><input id="pg-seed"${ssrRenderAttr("value", state.value.seed)} type="text" inputmode="numeric" autocomplete="off" data-testid="pg-seed"></div><div class="wi-field"><label for="pg-key">Key</label><input id="pg-key"${ssrRenderAttr("value", state.value.key)} type="text" autocomplete="off" spellcheck="false"></div><div class="wi-field"><label for="pg-activation">Activation (signal plot)</label><select id="pg-activation"><!--[-->`);
      ssrRenderList(unref(signalActivations), (activation) => {
        _push(`<option${ssrRenderAttr("value", activation)}${ssrIncludeBooleanAttr(Array.isArray(state.value.activation) ? ssrLooseContain(state.value.activation, activation) : ssrLooseEqual(state.value.activation, activation)) ? " selected" : ""}>${ssrInterpolate(activation)}</option>`);
      });
      _push(`<!--]--></select></div><div class="wi-actions wi-wide"><button type="button" class="wi-button">Copy link to these settings</button><button type="button" class="wi-button wi-secondary">Reset</button><span aria-live="polite" class="wi-hint">${ssrInterpolate(copied.value ? "Link copied." : "")}</span></div></form><div class="wi-results" aria-live="polite"${ssrRenderAttr("data-state", result.value ? result.value.ok ? "ready" : "error" : "pending")} data-testid="pg-results">`);
      if (!result.value) {
        _push(`<p class="wi-status">Computing…</p>`);
      } else if (!result.value.ok) {
        _push(`<div class="wi-error" role="alert" data-testid="pg-error">`);
        if (result.value.code) {
          _push(`<strong>${ssrInterpolate(result.value.code)}</strong>`);
        } else {
          _push(`<!---->`);
        }
        _push(` ${ssrInterpolate(result.value.error)}</div>`);
      } else {
        _push(`<!--[--><section aria-labelledby="pg-plan-title"><h3 id="pg-plan-title">Plan</h3>`);
        _push(ssrRenderComponent(_sfc_main$6, {
          plan: result.value.plan
        }, null, _parent));
        _push(`</section>`);
        if (view.value) {
          _push(`<section aria-labelledby="pg-samples-title"><h3 id="pg-samples-title">Samples</h3><p class="wi-hint">${ssrInterpolate(result.value.drawn === result.value.plan.size ? `All ${result.value.drawn}` : `The first ${result.value.drawn} of ${result.value.plan.size}`)} elements, drawn in ${ssrInterpolate(result.value.milliseconds.toFixed(1))} ms by the <strong data-testid="pg-engine-used">${ssrInterpolate(result.value.engine)}</strong> engine. </p><div class="wi-table-wrap"><table class="wi-table wi-stats" data-testid="pg-stats"><caption> Summary statistics </caption><thead><tr><th scope="col"></th><th scope="col">mean</th><th scope="col">std</th><th scope="col">min</th><th scope="col">max</th><th scope="col">zeros</th></tr></thead><tbody><tr><th scope="row">samples</th><td><code>${ssrInterpolate(unref(formatFact)(view.value.stats.mean))}</code></td><td><code>${ssrInterpolate(unref(formatFact)(view.value.stats.std))}</code></td><td><code>${ssrInterpolate(unref(formatFact)(view.value.stats.min))}</code></td><td><code>${ssrInterpolate(unref(formatFact)(view.value.stats.max))}</code></td><td><code>${ssrInterpolate((view.value.stats.zeros * 100).toFixed(2))} %</code></td></tr><tr><th scope="row">plan</th><td><code>${ssrInterpolate(unref(formatFact)(result.value.plan.mean))}</code></td><td><code>${ssrInterpolate(unref(formatFact)(result.value.plan.std))}</code></td><td colspan="3"></td></tr></tbody></table></div>`);
          _push(ssrRenderComponent(_sfc_main$5, {
            density: view.value.hist.density,
            lo: view.value.lo,
            hi: view.value.hi,
            theory: view.value.theory,
            "data-signature": view.value.signature,
            title: `Histogram of ${result.value.drawn} samples of ${result.value.plan.init}${view.value.theory ? ` against ${view.value.theory.label}` : ""}`
          }, null, _parent));
          _push(`<h4 id="pg-first-title">First values</h4><ol class="wi-first" aria-labelledby="pg-first-title" data-testid="pg-first-values"${ssrRenderAttr("data-bits", result.value.firstBits.join(" "))}${ssrRenderAttr("data-dtype", state.value.dtype)}><!--[-->`);
          ssrRenderList(view.value.first, (value, i) => {
            _push(`<li><code>${ssrInterpolate(value)}</code>`);
            if (view.value.isBits) {
              _push(`<span class="wi-hint"> = ${ssrInterpolate(view.value.decoded[i])}</span>`);
            } else {
              _push(`<!---->`);
            }
            _push(`</li>`);
          });
          _push(`<!--]--></ol></section>`);
        } else {
          _push(`<!---->`);
        }
        _push(`<!--]-->`);
      }
      _push(`<section aria-labelledby="pg-signal-title"><h3 id="pg-signal-title">Signal through depth</h3>`);
      if (!signal.value) {
        _push(`<p class="wi-status">Computing the signal plot…</p>`);
      } else {
        _push(`<!--[--><p class="wi-hint">${ssrInterpolate(signal.value.note)}</p>`);
        if (signal.value.series.length > 0) {
          _push(ssrRenderComponent(_sfc_main$4, {
            series: signal.value.series,
            title: `Standard deviation of activations and gradients at each layer: ${signal.value.note}`,
            "y-label": "standard deviation"
          }, null, _parent));
        } else {
          _push(`<!---->`);
        }
        _push(`<!--]-->`);
      }
      _push(`</section></div></div>`);
    };
  }
});
const _sfc_setup$3 = _sfc_main$3.setup;
_sfc_main$3.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add(".vitepress/theme/components/Playground.vue");
  return _sfc_setup$3 ? _sfc_setup$3(props, ctx) : void 0;
};
const frameworks = [
  { id: "torch", title: "PyTorch" },
  { id: "keras", title: "Keras 3" },
  { id: "jax", title: "JAX" },
  { id: "tfjs", title: "TensorFlow.js" }
];
const concepts = [
  {
    title: "Glorot / Xavier uniform",
    names: {
      torch: "torch.xavier_uniform",
      keras: "keras.glorot_uniform",
      jax: "jax.glorot_uniform",
      tfjs: "tfjs.glorotUniform"
    }
  },
  {
    title: "Glorot / Xavier normal",
    names: {
      torch: "torch.xavier_normal",
      keras: "keras.glorot_normal",
      jax: "jax.glorot_normal",
      tfjs: "tfjs.glorotNormal"
    }
  },
  {
    title: "He / Kaiming uniform",
    names: {
      torch: "torch.kaiming_uniform",
      keras: "keras.he_uniform",
      jax: "jax.he_uniform",
      tfjs: "tfjs.heUniform"
    }
  },
  {
    title: "He / Kaiming normal",
    names: {
      torch: "torch.kaiming_normal",
      keras: "keras.he_normal",
      jax: "jax.he_normal",
      tfjs: "tfjs.heNormal"
    }
  },
  {
    title: "LeCun uniform",
    names: { keras: "keras.lecun_uniform", jax: "jax.lecun_uniform", tfjs: "tfjs.leCunUniform" }
  },
  {
    title: "LeCun normal",
    names: { keras: "keras.lecun_normal", jax: "jax.lecun_normal", tfjs: "tfjs.leCunNormal" }
  },
  {
    title: "Variance scaling (generic)",
    names: {
      keras: "keras.variance_scaling",
      jax: "jax.variance_scaling",
      tfjs: "tfjs.varianceScaling"
    },
    options: { jax: { scale: 1, mode: "fan_in", distribution: "truncated_normal" } }
  },
  {
    title: "Normal",
    names: {
      torch: "torch.normal",
      keras: "keras.random_normal",
      jax: "jax.normal",
      tfjs: "tfjs.randomNormal"
    }
  },
  {
    title: "Uniform",
    names: {
      torch: "torch.uniform",
      keras: "keras.random_uniform",
      jax: "jax.uniform",
      tfjs: "tfjs.randomUniform"
    }
  },
  {
    title: "Truncated normal",
    names: {
      torch: "torch.trunc_normal",
      keras: "keras.truncated_normal",
      jax: "jax.truncated_normal",
      tfjs: "tfjs.truncatedNormal"
    }
  },
  {
    title: "Orthogonal",
    names: {
      torch: "torch.orthogonal",
      keras: "keras.orthogonal",
      jax: "jax.orthogonal",
      tfjs: "tfjs.orthogonal"
    }
  },
  {
    title: "Identity",
    names: { torch: "torch.eye", keras: "keras.identity", tfjs: "tfjs.identity" }
  },
  {
    title: "Dirac / delta kernel",
    names: { torch: "torch.dirac", jax: "jax.delta_orthogonal" }
  },
  { title: "Sparse", names: { torch: "torch.sparse" }, options: { torch: { sparsity: 0.9 } } },
  {
    title: "Zeros",
    names: { torch: "torch.zeros", keras: "keras.zeros", jax: "jax.zeros", tfjs: "tfjs.zeros" }
  },
  {
    title: "Constant",
    names: {
      torch: "torch.constant",
      keras: "keras.constant",
      jax: "jax.constant",
      tfjs: "tfjs.constant"
    },
    options: {
      torch: { value: 0.1 },
      keras: { value: 0.1 },
      jax: { value: 0.1 },
      tfjs: { value: 0.1 }
    }
  }
];
function formatDefaults(qualified) {
  const options = definitions[qualified].options;
  const entries = Object.entries(options);
  if (entries.length === 0) return "—";
  return entries.map(
    ([name, value]) => value === REQUIRED ? `${name} (required)` : `${name} = ${JSON.stringify(value)}`
  ).join(", ");
}
function nameRows() {
  return concepts.map((concept) => ({
    title: concept.title,
    cells: frameworks.map(({ id }) => {
      const qualified = concept.names[id];
      if (!qualified) return void 0;
      const definition = definitions[qualified];
      return {
        qualified,
        home: definition.name,
        ours: preferredName(qualified),
        defaults: formatDefaults(qualified),
        summary: definition.summary
      };
    })
  }));
}
const referenceDense = { fanIn: 256, fanOut: 128 };
function denseShape(framework) {
  return framework === "torch" ? [referenceDense.fanOut, referenceDense.fanIn] : [referenceDense.fanIn, referenceDense.fanOut];
}
function describeDistribution(p) {
  switch (p.distribution) {
    case "truncated_normal": {
      const lo = (p.low - p.mu) / p.sigma;
      const hi = (p.high - p.mu) / p.sigma;
      return `truncated normal [${formatFact(lo)}σ, ${formatFact(hi)}σ]`;
    }
    case "uniform":
      return `uniform ±${formatFact(p.bound)}`;
    default:
      return p.distribution;
  }
}
function drawnCell(framework, qualified, options = {}) {
  try {
    const p = plan({ init: qualified, ...options }, denseShape(framework));
    return {
      qualified,
      name: definitions[qualified].name,
      options,
      distribution: describeDistribution(p),
      std: p.std,
      stdText: formatFact(Number(p.std.toPrecision(6))),
      differs: false
    };
  } catch {
    return void 0;
  }
}
function markDifferences(cells) {
  var _a;
  const present = cells.filter((cell) => cell !== void 0);
  const counts = /* @__PURE__ */ new Map();
  for (const cell of present)
    counts.set(cell.std.toPrecision(3), (counts.get(cell.std.toPrecision(3)) ?? 0) + 1);
  const common = (_a = [...counts].sort((a, b) => b[1] - a[1])[0]) == null ? void 0 : _a[0];
  if (common === void 0 || counts.size < 2) return cells;
  const reference = Number(common);
  return cells.map(
    (cell) => cell === void 0 ? void 0 : { ...cell, differs: Math.abs(cell.std / reference - 1) > 1e-3 }
  );
}
const noDrawnRow = /* @__PURE__ */ new Set(["Identity", "Dirac / delta kernel", "Sparse", "Zeros", "Constant"]);
function homeBehaviour(framework, qualified) {
  const options = definitions[qualified].options;
  return framework === "tfjs" && options["correct"] === true ? { correct: false } : {};
}
function drawnRows() {
  return concepts.filter((concept) => !noDrawnRow.has(concept.title)).map((concept) => ({
    title: concept.title,
    cells: markDifferences(
      frameworks.map(({ id }) => {
        var _a;
        const qualified = concept.names[id];
        if (!qualified) return void 0;
        const options = { ...(_a = concept.options) == null ? void 0 : _a[id], ...homeBehaviour(id, qualified) };
        return drawnCell(id, qualified, options);
      })
    )
  }));
}
const layerDefaults = [
  {
    framework: "PyTorch nn.Linear / nn.Conv*",
    alias: "torch_default",
    qualified: "torch.default",
    layout: "torch"
  },
  {
    framework: "Keras Dense / Conv",
    alias: "keras_default",
    qualified: "keras.glorot_uniform",
    layout: "keras"
  },
  {
    framework: "Flax nnx.Linear / linen.Dense",
    alias: "flax_default",
    qualified: "jax.lecun_normal",
    layout: "jax"
  },
  {
    framework: "tfjs tf.layers.dense",
    alias: "tfjs_default",
    qualified: "tfjs.glorotNormal",
    layout: "tfjs"
  }
];
function layerDefaultRows() {
  return layerDefaults.map((row) => ({
    framework: row.framework,
    alias: row.alias,
    cell: drawnCell(row.layout, row.qualified)
  }));
}
function tfjsUncorrectedRows() {
  const names = ["tfjs.glorotNormal", "tfjs.heNormal", "tfjs.leCunNormal"];
  return names.flatMap((qualified) => {
    const corrected = drawnCell("tfjs", qualified);
    const tfjs2 = drawnCell("tfjs", qualified, { correct: false });
    return corrected && tfjs2 ? [{ name: definitions[qualified].name, corrected, tfjs: tfjs2 }] : [];
  });
}
const _sfc_main$2 = /* @__PURE__ */ defineComponent({
  __name: "PortingTables",
  __ssrInlineRender: true,
  props: {
    table: {}
  },
  setup(__props) {
    const names = nameRows();
    const drawn = drawnRows();
    const layers = layerDefaultRows();
    const tfjs2 = tfjsUncorrectedRows();
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({ class: "wi-table-wrap" }, _attrs))}>`);
      if (__props.table === "names") {
        _push(`<table class="wi-table wi-porting" data-testid="porting-names"><caption> Names, defaults and what they draw, from core&#39;s <code>definitions</code></caption><thead><tr><th scope="col">idea</th><!--[-->`);
        ssrRenderList(unref(frameworks), (f) => {
          _push(`<th scope="col">${ssrInterpolate(f.title)}</th>`);
        });
        _push(`<!--]--></tr></thead><tbody><!--[-->`);
        ssrRenderList(unref(names), (row) => {
          _push(`<tr><th scope="row">${ssrInterpolate(row.title)}</th><!--[-->`);
          ssrRenderList(row.cells, (cell, i) => {
            _push(`<td>`);
            if (cell) {
              _push(`<!--[--><code>${ssrInterpolate(cell.home)}</code><div class="wi-ours"> weightinit: <code>${ssrInterpolate(cell.ours)}</code></div><div class="wi-defaults">${ssrInterpolate(cell.defaults)}</div><div class="wi-summary">${ssrInterpolate(cell.summary)}</div><!--]-->`);
            } else {
              _push(`<span class="wi-none">—</span>`);
            }
            _push(`</td>`);
          });
          _push(`<!--]--></tr>`);
        });
        _push(`<!--]--></tbody></table>`);
      } else if (__props.table === "drawn") {
        _push(`<table class="wi-table wi-porting" data-testid="porting-drawn"><caption> What each framework itself draws, with its default options, for a dense weight with ${ssrInterpolate(unref(referenceDense).fanIn)} inputs and ${ssrInterpolate(unref(referenceDense).fanOut)} outputs (computed by core&#39;s <code>plan</code>; ✱ marks a std that differs from the row&#39;s most common one) </caption><thead><tr><th scope="col">idea</th><!--[-->`);
        ssrRenderList(unref(frameworks), (f) => {
          _push(`<th scope="col">${ssrInterpolate(f.title)}</th>`);
        });
        _push(`<!--]--></tr></thead><tbody><!--[-->`);
        ssrRenderList(unref(drawn), (row) => {
          _push(`<tr><th scope="row">${ssrInterpolate(row.title)}</th><!--[-->`);
          ssrRenderList(row.cells, (cell, i) => {
            var _a;
            _push(`<td class="${ssrRenderClass({ "wi-differs": cell == null ? void 0 : cell.differs })}">`);
            if (cell) {
              _push(`<!--[--><code>${ssrInterpolate(cell.name)}</code>`);
              if (Object.keys(cell.options).length > 0) {
                _push(`<div class="wi-defaults"> as ${ssrInterpolate((_a = unref(frameworks)[i]) == null ? void 0 : _a.title)} draws it: <code>${ssrInterpolate(JSON.stringify(cell.options))}</code></div>`);
              } else {
                _push(`<!---->`);
              }
              _push(`<div>${ssrInterpolate(cell.distribution)}</div><div> std <code>${ssrInterpolate(cell.stdText)}</code>`);
              if (cell.differs) {
                _push(`<span class="wi-mark" title="differs from the row&#39;s most common std">✱</span>`);
              } else {
                _push(`<!---->`);
              }
              _push(`</div><!--]-->`);
            } else {
              _push(`<span class="wi-none">—</span>`);
            }
            _push(`</td>`);
          });
          _push(`<!--]--></tr>`);
        });
        _push(`<!--]--></tbody></table>`);
      } else if (__props.table === "layers") {
        _push(`<table class="wi-table" data-testid="porting-layers"><caption> What an untouched dense layer (${ssrInterpolate(unref(referenceDense).fanIn)} → ${ssrInterpolate(unref(referenceDense).fanOut)}) starts from </caption><thead><tr><th scope="col">framework</th><th scope="col">weightinit preset</th><th scope="col">initializer</th><th scope="col">draws</th><th scope="col">std</th></tr></thead><tbody><!--[-->`);
        ssrRenderList(unref(layers), (row) => {
          var _a, _b, _c;
          _push(`<tr><th scope="row">${ssrInterpolate(row.framework)}</th><td><code>${ssrInterpolate(row.alias)}</code></td><td><code>${ssrInterpolate((_a = row.cell) == null ? void 0 : _a.qualified)}</code></td><td>${ssrInterpolate((_b = row.cell) == null ? void 0 : _b.distribution)}</td><td><code>${ssrInterpolate((_c = row.cell) == null ? void 0 : _c.stdText)}</code></td></tr>`);
        });
        _push(`<!--]--></tbody></table>`);
      } else {
        _push(`<table class="wi-table" data-testid="porting-tfjs"><caption> tfjs&#39;s truncated normals: weightinit (corrected, the default) and tfjs itself ( <code>correct: false</code>) </caption><thead><tr><th scope="col">name</th><th scope="col">std, corrected</th><th scope="col">std, as tfjs draws it</th><th scope="col">ratio</th></tr></thead><tbody><!--[-->`);
        ssrRenderList(unref(tfjs2), (row) => {
          _push(`<tr><th scope="row"><code>${ssrInterpolate(row.name)}</code></th><td><code>${ssrInterpolate(row.corrected.stdText)}</code></td><td><code>${ssrInterpolate(row.tfjs.stdText)}</code></td><td><code>${ssrInterpolate((row.tfjs.std / row.corrected.std).toFixed(4))}</code></td></tr>`);
        });
        _push(`<!--]--></tbody></table>`);
      }
      _push(`</div>`);
    };
  }
});
const _sfc_setup$2 = _sfc_main$2.setup;
_sfc_main$2.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add(".vitepress/theme/components/PortingTables.vue");
  return _sfc_setup$2 ? _sfc_setup$2(props, ctx) : void 0;
};
const _sfc_main$1 = /* @__PURE__ */ defineComponent({
  __name: "RunExample",
  __ssrInlineRender: true,
  props: {
    name: {}
  },
  setup(__props) {
    const output = ref(void 0);
    const error = ref(void 0);
    const running = ref(false);
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: "wi-run",
        "data-example": __props.name
      }, _attrs))}><button type="button" class="wi-button"${ssrIncludeBooleanAttr(running.value) ? " disabled" : ""}>${ssrInterpolate(running.value ? "Running…" : output.value === void 0 ? "Run this example" : "Run again")}</button><span class="wi-run-hint">in your browser, with @weightinit/core</span><div aria-live="polite">`);
      if (output.value !== void 0) {
        _push(`<pre class="wi-output" data-testid="example-output">${ssrInterpolate(output.value)}</pre>`);
      } else {
        _push(`<!---->`);
      }
      if (error.value) {
        _push(`<p class="wi-error" role="alert">${ssrInterpolate(error.value)}</p>`);
      } else {
        _push(`<!---->`);
      }
      _push(`</div></div>`);
    };
  }
});
const _sfc_setup$1 = _sfc_main$1.setup;
_sfc_main$1.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add(".vitepress/theme/components/RunExample.vue");
  return _sfc_setup$1 ? _sfc_setup$1(props, ctx) : void 0;
};
const _sfc_main = /* @__PURE__ */ defineComponent({
  __name: "SignalExplorer",
  __ssrInlineRender: true,
  props: {
    activations: { default: () => ["tanh", "relu"] },
    width: { default: 128 },
    batch: { default: 64 },
    depth: { default: 50 }
  },
  setup(__props) {
    const props = __props;
    const direction = ref("forward");
    const results = shallowRef({});
    const done = ref(0);
    const total = computed(() => props.activations.length * signalCases.length);
    const failed = ref(void 0);
    let controller;
    const panels = computed(
      () => props.activations.map((activation) => {
        const byCase = results.value[activation] ?? {};
        const series = signalCases.flatMap((c) => {
          const result = byCase[c.label];
          return result ? [{ label: c.label, values: result[direction.value] }] : [];
        });
        return { activation, series };
      })
    );
    onMounted(async () => {
      controller = new AbortController();
      const { signal } = controller;
      try {
        for (const c of signalCases) {
          for (const activation of props.activations) {
            const result = await propagateAsync(
              c.spec(activation),
              activation,
              { width: props.width, batch: props.batch, depth: props.depth },
              signal
            );
            const byActivation = { ...results.value[activation] ?? {}, [c.label]: result };
            results.value = { ...results.value, [activation]: byActivation };
            done.value++;
          }
        }
      } catch (error) {
        if (!signal.aborted) failed.value = error instanceof Error ? error.message : String(error);
      }
    });
    onBeforeUnmount(() => controller == null ? void 0 : controller.abort());
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: "wi-signal",
        "data-state": done.value === total.value ? "done" : "computing"
      }, _attrs))}><fieldset class="wi-toggle"><legend>Show</legend><label><input${ssrIncludeBooleanAttr(ssrLooseEqual(direction.value, "forward")) ? " checked" : ""} type="radio" value="forward" name="signal-direction"> activations, going forward </label><label><input${ssrIncludeBooleanAttr(ssrLooseEqual(direction.value, "backward")) ? " checked" : ""} type="radio" value="backward" name="signal-direction"> gradients, going back </label></fieldset><p class="wi-status" aria-live="polite">`);
      if (failed.value) {
        _push(`<!--[-->Could not compute: ${ssrInterpolate(failed.value)}<!--]-->`);
      } else if (done.value < total.value) {
        _push(`<!--[-->Computing in your browser… ${ssrInterpolate(done.value)} of ${ssrInterpolate(total.value)} runs<!--]-->`);
      } else {
        _push(`<!--[--> Computed in your browser: ${ssrInterpolate(__props.depth)} layers of ${ssrInterpolate(__props.width)} units, a batch of ${ssrInterpolate(__props.batch)}. <!--]-->`);
      }
      _push(`</p><div class="wi-panels"><!--[-->`);
      ssrRenderList(panels.value, (panel) => {
        _push(`<div class="wi-panel"><h4>${ssrInterpolate(panel.activation)}</h4>`);
        _push(ssrRenderComponent(_sfc_main$4, {
          series: panel.series,
          title: `Standard deviation of the ${direction.value === "forward" ? "activations" : "gradients"} at each of ${__props.depth} ${panel.activation} layers, one line per initializer`,
          "y-label": direction.value === "forward" ? "std of activations" : "std of gradients"
        }, null, _parent));
        _push(`</div>`);
      });
      _push(`<!--]--></div></div>`);
    };
  }
});
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add(".vitepress/theme/components/SignalExplorer.vue");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const theme = {
  extends: theme$1,
  enhanceApp({ app }) {
    app.component("FanTable", _sfc_main$8);
    app.component("GainTable", _sfc_main$7);
    app.component("Playground", _sfc_main$3);
    app.component("PlanView", _sfc_main$6);
    app.component("PortingTables", _sfc_main$2);
    app.component("RunExample", _sfc_main$1);
    app.component("SignalExplorer", _sfc_main);
  }
};
const ClientOnly = defineComponent({
  setup(_, { slots }) {
    const show = ref(false);
    onMounted(() => {
      show.value = true;
    });
    return () => show.value && slots.default ? slots.default() : null;
  }
});
function useCodeGroups() {
  if (inBrowser) {
    window.addEventListener("click", (e) => {
      var _a;
      const el = e.target;
      if (el.matches(".vp-code-group input")) {
        const group = (_a = el.parentElement) == null ? void 0 : _a.parentElement;
        if (!group)
          return;
        const i = Array.from(group.querySelectorAll("input")).indexOf(el);
        if (i < 0)
          return;
        const blocks = group.querySelector(".blocks");
        if (!blocks)
          return;
        const current = Array.from(blocks.children).find((child) => child.classList.contains("active"));
        if (!current)
          return;
        const next = blocks.children[i];
        if (!next || current === next)
          return;
        current.classList.remove("active");
        next.classList.add("active");
        const label = group == null ? void 0 : group.querySelector(`label[for="${el.id}"]`);
        label == null ? void 0 : label.scrollIntoView({ block: "nearest" });
      }
    });
  }
}
function useCopyCode() {
  if (inBrowser) {
    const timeoutIdMap = /* @__PURE__ */ new WeakMap();
    window.addEventListener("click", (e) => {
      var _a;
      const el = e.target;
      if (el.matches('div[class*="language-"] > button.copy')) {
        const parent = el.parentElement;
        const sibling = (_a = el.nextElementSibling) == null ? void 0 : _a.nextElementSibling;
        if (!parent || !sibling) {
          return;
        }
        const isShell = /language-(shellscript|shell|bash|sh|zsh)/.test(parent.className);
        const ignoredNodes = [".vp-copy-ignore", ".diff.remove"];
        const clone = sibling.cloneNode(true);
        clone.querySelectorAll(ignoredNodes.join(",")).forEach((node) => node.remove());
        let text = clone.textContent || "";
        if (isShell) {
          text = text.replace(/^ *(\$|>) /gm, "").trim();
        }
        copyToClipboard(text).then(() => {
          el.classList.add("copied");
          clearTimeout(timeoutIdMap.get(el));
          const timeoutId = setTimeout(() => {
            el.classList.remove("copied");
            el.blur();
            timeoutIdMap.delete(el);
          }, 2e3);
          timeoutIdMap.set(el, timeoutId);
        });
      }
    });
  }
}
async function copyToClipboard(text) {
  try {
    return navigator.clipboard.writeText(text);
  } catch {
    const element = document.createElement("textarea");
    const previouslyFocusedElement = document.activeElement;
    element.value = text;
    element.setAttribute("readonly", "");
    element.style.contain = "strict";
    element.style.position = "absolute";
    element.style.left = "-9999px";
    element.style.fontSize = "12pt";
    const selection = document.getSelection();
    const originalRange = selection ? selection.rangeCount > 0 && selection.getRangeAt(0) : null;
    document.body.appendChild(element);
    element.select();
    element.selectionStart = 0;
    element.selectionEnd = text.length;
    document.execCommand("copy");
    document.body.removeChild(element);
    if (originalRange) {
      selection.removeAllRanges();
      selection.addRange(originalRange);
    }
    if (previouslyFocusedElement) {
      previouslyFocusedElement.focus();
    }
  }
}
function useUpdateHead(route, siteDataByRouteRef) {
  let isFirstUpdate = true;
  let managedHeadElements = [];
  const updateHeadTags = (newTags) => {
    if (isFirstUpdate) {
      isFirstUpdate = false;
      newTags.forEach((tag) => {
        const headEl = createHeadElement(tag);
        for (const el of document.head.children) {
          if (el.isEqualNode(headEl)) {
            managedHeadElements.push(el);
            return;
          }
        }
      });
      return;
    }
    const newElements = newTags.map(createHeadElement);
    managedHeadElements.forEach((oldEl, oldIndex) => {
      const matchedIndex = newElements.findIndex((newEl) => newEl == null ? void 0 : newEl.isEqualNode(oldEl ?? null));
      if (matchedIndex !== -1) {
        delete newElements[matchedIndex];
      } else {
        oldEl == null ? void 0 : oldEl.remove();
        delete managedHeadElements[oldIndex];
      }
    });
    newElements.forEach((el) => el && document.head.appendChild(el));
    managedHeadElements = [...managedHeadElements, ...newElements].filter(Boolean);
  };
  watchEffect(() => {
    const pageData = route.data;
    const siteData2 = siteDataByRouteRef.value;
    const pageDescription = pageData && pageData.description;
    const frontmatterHead = pageData && pageData.frontmatter.head || [];
    const title = createTitle(siteData2, pageData);
    if (title !== document.title) {
      document.title = title;
    }
    const description = pageDescription || siteData2.description;
    let metaDescriptionElement = document.querySelector(`meta[name=description]`);
    if (metaDescriptionElement) {
      if (metaDescriptionElement.getAttribute("content") !== description) {
        metaDescriptionElement.setAttribute("content", description);
      }
    } else {
      createHeadElement(["meta", { name: "description", content: description }]);
    }
    updateHeadTags(mergeHead(siteData2.head, filterOutHeadDescription(frontmatterHead)));
  });
}
function createHeadElement([tag, attrs, innerHTML]) {
  const el = document.createElement(tag);
  for (const key in attrs) {
    el.setAttribute(key, attrs[key]);
  }
  if (innerHTML) {
    el.innerHTML = innerHTML;
  }
  if (tag === "script" && attrs.async == null) {
    el.async = false;
  }
  return el;
}
function isMetaDescription(headConfig) {
  return headConfig[0] === "meta" && headConfig[1] && headConfig[1].name === "description";
}
function filterOutHeadDescription(head) {
  return head.filter((h2) => !isMetaDescription(h2));
}
const hasFetched = /* @__PURE__ */ new Set();
const createLink = () => document.createElement("link");
const viaDOM = (url) => {
  const link2 = createLink();
  link2.rel = `prefetch`;
  link2.href = url;
  document.head.appendChild(link2);
};
const viaXHR = (url) => {
  const req = new XMLHttpRequest();
  req.open("GET", url, req.withCredentials = true);
  req.send();
};
let link;
const doFetch = inBrowser && (link = createLink()) && link.relList && link.relList.supports && link.relList.supports("prefetch") ? viaDOM : viaXHR;
function usePrefetch() {
  if (!inBrowser) {
    return;
  }
  if (!window.IntersectionObserver) {
    return;
  }
  let conn;
  if ((conn = navigator.connection) && (conn.saveData || /2g/.test(conn.effectiveType))) {
    return;
  }
  const rIC = window.requestIdleCallback || setTimeout;
  let observer = null;
  const observeLinks = () => {
    if (observer) {
      observer.disconnect();
    }
    observer = new IntersectionObserver((entries) => {
      entries.forEach((entry) => {
        if (entry.isIntersecting) {
          const link2 = entry.target;
          observer.unobserve(link2);
          const { pathname } = link2;
          if (!hasFetched.has(pathname)) {
            hasFetched.add(pathname);
            const pageChunkPath = pathToFile(pathname);
            if (pageChunkPath)
              doFetch(pageChunkPath);
          }
        }
      });
    });
    rIC(() => {
      document.querySelectorAll("#app a").forEach((link2) => {
        const { hostname, pathname } = new URL(link2.href instanceof SVGAnimatedString ? link2.href.animVal : link2.href, link2.baseURI);
        const extMatch = pathname.match(/\.\w+$/);
        if (extMatch && extMatch[0] !== ".html") {
          return;
        }
        if (
          // only prefetch same tab navigation, since a new tab will load
          // the lean js chunk instead.
          link2.target !== "_blank" && // only prefetch inbound links
          hostname === location.hostname
        ) {
          if (pathname !== location.pathname) {
            observer.observe(link2);
          } else {
            hasFetched.add(pathname);
          }
        }
      });
    });
  };
  onMounted(observeLinks);
  const route = useRoute();
  watch(() => route.path, observeLinks);
  onUnmounted(() => {
    observer && observer.disconnect();
  });
}
function resolveThemeExtends(theme2) {
  if (theme2.extends) {
    const base = resolveThemeExtends(theme2.extends);
    return {
      ...base,
      ...theme2,
      async enhanceApp(ctx) {
        if (base.enhanceApp)
          await base.enhanceApp(ctx);
        if (theme2.enhanceApp)
          await theme2.enhanceApp(ctx);
      }
    };
  }
  return theme2;
}
const Theme = resolveThemeExtends(theme);
const VitePressApp = defineComponent({
  name: "VitePressApp",
  setup() {
    const { site, lang, dir } = useData$1();
    onMounted(() => {
      watchEffect(() => {
        document.documentElement.lang = lang.value;
        document.documentElement.dir = dir.value;
      });
    });
    if (site.value.router.prefetchLinks) {
      usePrefetch();
    }
    useCopyCode();
    useCodeGroups();
    if (Theme.setup)
      Theme.setup();
    return () => h(Theme.Layout);
  }
});
async function createApp() {
  globalThis.__VITEPRESS__ = true;
  const router = newRouter();
  const app = newApp();
  app.provide(RouterSymbol, router);
  const data = initData(router.route);
  app.provide(dataSymbol, data);
  app.component("Content", Content);
  app.component("ClientOnly", ClientOnly);
  Object.defineProperties(app.config.globalProperties, {
    $frontmatter: {
      get() {
        return data.frontmatter.value;
      }
    },
    $params: {
      get() {
        return data.page.value.params;
      }
    }
  });
  if (Theme.enhanceApp) {
    await Theme.enhanceApp({
      app,
      router,
      siteData: siteDataRef
    });
  }
  return { app, router, data };
}
function newApp() {
  return createSSRApp(VitePressApp);
}
function newRouter() {
  let isInitialPageLoad = inBrowser;
  return createRouter((path) => {
    let pageFilePath = pathToFile(path);
    let pageModule = null;
    if (pageFilePath) {
      if (isInitialPageLoad) {
        pageFilePath = pageFilePath.replace(/\.js$/, ".lean.js");
      }
      if (false) ;
      else {
        pageModule = import(
          /*@vite-ignore*/
          pageFilePath
        );
      }
    }
    if (inBrowser) {
      isInitialPageLoad = false;
    }
    return pageModule;
  }, Theme.NotFound);
}
if (inBrowser) {
  createApp().then(({ app, router, data }) => {
    router.go().then(() => {
      useUpdateHead(router.route, data.site);
      app.mount("#app");
    });
  });
}
async function render(path) {
  const { app, router } = await createApp();
  await router.go(path);
  const ctx = { content: "", vpSocialIcons: /* @__PURE__ */ new Set() };
  ctx.content = await renderToString(app, ctx);
  return ctx;
}
export {
  tryOnScopeDispose as a,
  useData as b,
  computedAsync as c,
  useSessionStorage as d,
  useLocalStorage as e,
  useRouter as f,
  createSearchTranslate as g,
  useEventListener as h,
  useScrollLock as i,
  dataSymbol as j,
  inBrowser as k,
  escapeRegExp as l,
  notNullish as n,
  onKeyStroke as o,
  pathToFile as p,
  render,
  toArray as t,
  unrefElement as u,
  watchDebounced as w
};
