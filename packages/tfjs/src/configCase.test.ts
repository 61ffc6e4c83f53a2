import { describe, expect, it } from 'vitest'
import { decodeConfigCase, encodeConfigCase } from './configCase'

/** tfjs's generic_utils.toSnakeCase / toCamelCase, as model JSON writing and reading apply them. */
const toSnake = (name: string) => {
  const out = name
    .replace(/(.)([A-Z][a-z0-9]+)/g, '$1_$2')
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase()
  return out[0] === '_' ? `private${out}` : out
}
const toCamel = (name: string) =>
  name.length <= 1 || !name.includes('_')
    ? name
    : name.replace(/[_]+(\w|$)/g, (_, c: string) => c.toUpperCase())
const deep = (value: unknown, f: (s: string) => string): unknown =>
  typeof value === 'string'
    ? f(value)
    : Array.isArray(value)
      ? value.map((v) => deep(v, f))
      : value !== null && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [f(k), deep(v, f)]))
        : value

describe('encodeConfigCase', () => {
  it("survives tfjs's snake/camel re-casing of model JSON, any number of times", () => {
    const config = {
      spec: { init: 'kaiming_normal', mode: 'fan_out', nonlinearity: 'leaky_relu', a: 0.1 },
      other: { init: 'tfjs.heNormal', column_axis: -1, correct: false },
      key: '_Dense_1/kernel%20ÄÖ',
      layout: { inputAxes: [0, 1], outputAxes: [2] },
      seed: 0,
      groups: null,
    }
    let encoded = encodeConfigCase(config)
    for (let i = 0; i < 3; i++) encoded = deep(deep(encoded, toSnake), toCamel)
    expect(decodeConfigCase(encoded)).toEqual(config)
    expect(deep(config, toCamel)).not.toEqual(config)
  })

  it('keeps what needs no escaping readable', () => {
    expect(encodeConfigCase({ init: 'he_normal', key: 'conv1/kernel' })).toEqual({
      init: 'he%5fnormal',
      key: 'conv1/kernel',
    })
  })
})
