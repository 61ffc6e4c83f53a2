import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

// Every number that reaches a plan, a sample or a diagnostic must be the same bits on every
// JavaScript engine.
// ECMAScript fixes + − × ÷ and sqrt to IEEE 754, but leaves Math.exp, Math.log, Math.pow and `**`,
// the trigonometric and hyperbolic functions, cbrt and hypot "implementation-approximated", and
// engines do differ. This test scans the sources that compute those numbers and fails on any
// such call; use exp64, log64, expm1_64, log1p64, tanh64 or powerOfTwo, and write x·x for x².

const SRC = fileURLToPath(new URL('..', import.meta.url))

/** Directories scanned whole (`.ts` files except tests), and single files. */
const SCANNED_DIRECTORIES = ['math', 'plan', 'catalogue', 'gain', 'diagnostics', 'schemes']
const SCANNED_FILES = ['sample/prepareTruncatedNormal.ts']

/** The `Math` members allowed, with why each gives the same bits everywhere. */
const ALLOWED_MATH: Record<string, string> = {
  abs: 'exact',
  min: 'exact (IEEE minimum, NaN and signed zeros specified)',
  max: 'exact (IEEE maximum, NaN and signed zeros specified)',
  trunc: 'exact',
  floor: 'exact',
  ceil: 'exact',
  round: 'exact',
  sign: 'exact',
  fround: 'exact rounding to float32, specified',
  imul: 'exact integer product mod 2^32',
  clz32: 'exact integer',
  sqrt: 'IEEE 754 square root, correctly rounded (one hardware instruction on every engine)',
  PI: 'a constant: "the Number value for π", i.e. correctly rounded',
  E: 'a constant, correctly rounded',
  LN2: 'a constant, correctly rounded',
  LN10: 'a constant, correctly rounded',
  LOG2E: 'a constant, correctly rounded',
  LOG10E: 'a constant, correctly rounded',
  SQRT1_2: 'a constant, correctly rounded',
  SQRT2: 'a constant, correctly rounded',
}

/** `file:line: text` for each engine-dependent operation in a TypeScript source. */
function findEngineDependentMath(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, true)
  const found: string[] = []
  const report = (node: ts.Node, what: string) => {
    const { line } = file.getLineAndCharacterOfPosition(node.getStart(file))
    found.push(`${fileName}:${line + 1}: ${what}`)
  }
  const visit = (node: ts.Node): void => {
    if (ts.isBinaryExpression(node)) {
      const kind = node.operatorToken.kind
      if (
        kind === ts.SyntaxKind.AsteriskAsteriskToken ||
        kind === ts.SyntaxKind.AsteriskAsteriskEqualsToken
      ) {
        report(node, `${node.getText(file)} (** is Math.pow)`)
      }
    }
    if (ts.isIdentifier(node) && node.text === 'Math') {
      const parent = node.parent
      const member =
        ts.isPropertyAccessExpression(parent) && parent.expression === node
          ? parent.name.text
          : undefined
      if (member === undefined) {
        // Math passed around, destructured or indexed: cannot be checked, so refused
        if (!(ts.isPropertyAccessExpression(parent) && parent.name === node)) {
          report(node, `${parent.getText(file)} (Math used other than as Math.member)`)
        }
      } else if (!Object.hasOwn(ALLOWED_MATH, member)) {
        report(parent, `Math.${member}`)
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return found
}

/** The scanned files, relative to src/. */
function scannedFiles(): string[] {
  const files = [...SCANNED_FILES]
  for (const directory of SCANNED_DIRECTORIES) {
    for (const entry of readdirSync(join(SRC, directory), { recursive: true })) {
      const name = String(entry)
      if (name.endsWith('.ts') && !/\.test(-d)?\.ts$/.test(name)) files.push(`${directory}/${name}`)
    }
  }
  return files.sort()
}

describe('engine independence of plan, sampler and diagnostic numbers', () => {
  it('no engine-defined Math function or ** in src/math, src/plan, src/catalogue, src/gain, src/diagnostics, src/schemes and prepareTruncatedNormal', () => {
    const files = scannedFiles()
    expect(files.length).toBeGreaterThan(40)
    expect(files).toContain('math/erf.ts')
    expect(files).toContain('sample/prepareTruncatedNormal.ts')
    expect(files).toContain('diagnostics/differentiableActivations.ts')
    const found = files.flatMap((name) =>
      findEngineDependentMath(name, readFileSync(join(SRC, name), 'utf8')),
    )
    expect(found).toEqual([])
  })

  it('the scanner finds each kind of violation, and ignores comments and strings', () => {
    const source = [
      '// Math.exp(1) in a comment, and x ** 2',
      '/** Math.log(2) in TSDoc */',
      "const s = 'Math.pow(2, 0.5) ** 3'",
      'const a = Math.exp(1) + Math.abs(-1) + Math.sqrt(2) + Math.PI',
      'const b = 2 ** 0.5',
      'let c = 3',
      'c **= 2',
      'const d = Math.hypot(3, 4) + Math.tanh(1) + Math.log1p(1) + Math.random()',
      'const { log } = Math',
      "const e = Math['cos'](1)",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source text holding a template literal
      'const f = `${Math.cbrt(8)}`',
    ].join('\n')
    expect(findEngineDependentMath('x.ts', source)).toEqual([
      'x.ts:4: Math.exp',
      'x.ts:5: 2 ** 0.5 (** is Math.pow)',
      'x.ts:7: c **= 2 (** is Math.pow)',
      'x.ts:8: Math.hypot',
      'x.ts:8: Math.tanh',
      'x.ts:8: Math.log1p',
      'x.ts:8: Math.random',
      'x.ts:9: { log } = Math (Math used other than as Math.member)',
      "x.ts:10: Math['cos'] (Math used other than as Math.member)",
      'x.ts:11: Math.cbrt',
    ])
  })
})
