import { describe, expect, it } from 'vitest'
import { pythonJson } from './pythonJson'

describe('pythonJson: json.dumps(indent=2, sort_keys=True) + "\\n"', () => {
  it('sorts keys at every level, indents by two, ends with a newline', () => {
    expect(pythonJson({ b: { d: [], c: {} }, a: [1, 'x'] })).toBe(
      '{\n  "a": [\n    1,\n    "x"\n  ],\n  "b": {\n    "c": {},\n    "d": []\n  }\n}\n',
    )
  })

  it('writes floats as Python’s repr does and escapes non-ASCII (ensure_ascii)', () => {
    // Python: json.dumps([1e-05, 1e-12, 0.02, 0.0001, 1e+16, 1.5e-07, "é✓"])
    expect(
      pythonJson([1e-5, 1e-12, 0.02, 0.0001, 1.5e16, 1.5e-7, 'é✓', null, true]).replace(/\s+/g, ''),
    ).toBe('[1e-05,1e-12,0.02,0.0001,1.5e+16,1.5e-07,"\\u00e9\\u2713",null,true]')
  })
})
