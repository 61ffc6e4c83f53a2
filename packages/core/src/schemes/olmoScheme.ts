import { attentionWidths, commonParameters } from './commonParameters'
import { biasRules, constant, f, normal, normRules, truncNormal } from './rule.utils'
import type { Rule, RuleInput, RuleOutput, SchemeDefinition } from './schemeDefinition'

const REPO = 'allenai/OLMo'
const MODEL = `${REPO} olmo/model.py`
const INIT = `${REPO} olmo/initialization.py:8-22 (init_normal)`
const FAN_IN = `${REPO}@8073fed3^ olmo/initialization.py:70-72 (init_weights, InitFnType.fan_in)`

/** Draws through `init_normal`: truncated at ±cutoff·σ when a cutoff applies, else untruncated. */
function initNormal(std: number, formula: string, source: string, cutoff?: number): RuleOutput {
  return cutoff === undefined
    ? normal(std, formula, `${source}; ${INIT}`)
    : truncNormal(std, formula, `${source}; ${INIT}`, cutoff)
}

/** `init_cutoff_factor`, or `init_cutoff_factor or 3.0` where the code says so. */
function cutoff(x: RuleInput, orThree: boolean): number | undefined {
  if (x.has('cutoff')) return x.number('cutoff')
  return orThree ? 3 : undefined
}

type Kind = 'in' | 'attention_out' | 'ff_out' | 'wte' | 'wpe' | 'final_out'

/** One rule per kind of module; the init_fn picks the std, as OLMo's reset_parameters do. */
function olmo(kind: Kind): Rule {
  return (x) => {
    const fn = x.word('init_fn')
    if (fn === 'fan_in') {
      const dIn = kind === 'ff_out' ? x.fans().fanIn : x.number('width')
      return normal(1 / Math.sqrt(dIn), `1/√d_in = 1/√${dIn}`, FAN_IN)
    }
    if (fn === 'normal') {
      const useEmb = kind === 'wte' && x.has('emb_std')
      const std = useEmb ? x.number('emb_std') : x.number('std')
      const formula = useEmb ? `emb_init_std = ${f(std)}` : `init_std = ${f(std)}`
      return initNormal(std, formula, MODEL, cutoff(x, false))
    }
    const c = cutoff(x, true)
    if (fn === 'full_megatron') {
      if (kind === 'final_out') {
        const d = x.number('width')
        return initNormal(1 / Math.sqrt(d), `d_model^-½ = 1/√${d}`, `${MODEL}:1224-1226`, c)
      }
      if (kind === 'wte' && x.has('emb_std')) {
        const std = x.number('emb_std')
        return initNormal(std, `emb_init_std = ${f(std)}`, `${MODEL}:1186-1191`, c)
      }
      const sigma = x.number('std')
      if (kind === 'attention_out' || kind === 'ff_out') {
        const layers = x.number('layers')
        const std = sigma / Math.sqrt(2 * layers)
        return initNormal(
          std,
          `init_std/√(2·n_layers) = ${f(sigma)}/√(2·${layers})`,
          `${MODEL}:498-500`,
          c,
        )
      }
      return initNormal(sigma, `init_std = ${f(sigma)}`, MODEL, c)
    }
    // mitchell
    if (kind === 'wte' && x.has('emb_std')) {
      const std = x.number('emb_std')
      return initNormal(std, `emb_init_std = ${f(std)}`, `${MODEL}:1183-1185`, c)
    }
    if (kind === 'attention_out' || kind === 'ff_out') {
      const dIn = kind === 'ff_out' ? x.fans().fanIn : x.number('width')
      const i = x.block()
      const std = 1 / Math.sqrt(2 * dIn * (i + 1))
      return initNormal(std, `1/√(2·d_in·(i+1)) = 1/√(2·${dIn}·${i + 1})`, `${MODEL}:493-496`, c)
    }
    const d = x.number('width')
    return initNormal(1 / Math.sqrt(d), `1/√d_model = 1/√${d}`, `${MODEL}:716-718`, c)
  }
}

const input = olmo('in')

/**
 * OLMo's initializations, chosen by `init_fn`: `mitchell` (default here) draws std 1/√d_in
 * truncated at ±3σ, divided by √(2(i+1)) for the attention and MLP output projections; `normal`
 * draws N(0, init_std) everywhere (truncated only with a cutoff); `full_megatron` is Megatron's with
 * ±3σ truncation and a d^-½ head; `fan_in` draws N(0, 1/d_in) untruncated.
 *
 * @remarks
 * `olmo/model.py` `OLMoBlock.reset_parameters` (attn_out, ff_out), the block subclasses' (att_proj,
 * ff_proj, q/k/v_proj) and `OLMo.reset_parameters` (wte, wpe, ff_out), all through
 * `olmo/initialization.py` `init_normal`. OLMo's `ModelConfig.init_fn` defaults to `normal`;
 * `mitchell` is the scheme OLMo-1B used and the issue's default. `fan_in` is no longer in
 * `model.py`: it is read from `olmo/initialization.py` `init_weights` before its removal (8073fed3^).
 * With weight tying OLMo has no `ff_out`, so `tied_embedding` follows `wte`.
 *
 * @example
 * ```ts
 * import { planScheme } from '@weightinit/core'
 * const p = planScheme({ scheme: 'olmo', role: 'attention_output', shape: [2048, 2048], block: 0, context: { width: 2048 } })
 * if (!p.packed) p.spec // trunc_normal, std 1/√(2·2048·1), a/b ±3 in σ units
 * ```
 */
export const olmoScheme = {
  summary: 'OLMo: mitchell 1/√d_in at ±3σ, outputs ÷√(2(i+1)); also normal, full_megatron, fan_in',
  home: `${REPO}@59a53e3f`,
  parameters: {
    init_fn: {
      meaning: 'mitchell, normal, full_megatron or fan_in (OLMo’s init_fn)',
      type: ['mitchell', 'normal', 'full_megatron', 'fan_in'],
      default: 'mitchell',
    },
    std: { meaning: 'init_std, for normal and full_megatron', type: 'number', default: 0.02 },
    cutoff: {
      meaning: 'init_cutoff_factor: truncate at ±cutoff·σ (mitchell, full_megatron: 3 when unset)',
      type: 'number',
    },
    emb_std: { meaning: 'emb_init_std: σ of the token embedding', type: 'number' },
    ...attentionWidths,
    width: { ...commonParameters.width, meaning: 'd_model' },
    layers: { ...commonParameters.layers, meaning: 'n_layers, for full_megatron' },
  },
  rules: {
    token_embedding: olmo('wte'),
    tied_embedding: olmo('wte'),
    position_embedding: olmo('wpe'),
    attention_query: input,
    attention_key: input,
    attention_value: input,
    attention_qkv: input,
    attention_output: olmo('attention_out'),
    mlp_input: input,
    mlp_gate: input,
    mlp_up: input,
    mlp_output: olmo('ff_out'),
    readout: olmo('final_out'),
    ...biasRules(constant(0, `${INIT} (nn.init.zeros_(module.bias))`)),
    ...normRules(`${MODEL} LayerNorm.reset_parameters (weight ones, bias zeros)`),
  },
} as const satisfies SchemeDefinition
