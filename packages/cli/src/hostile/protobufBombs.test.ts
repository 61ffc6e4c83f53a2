/* Hostile: protobuf length and count bombs — small files that claim huge lengths, hold millions of
 * empty entries, nest graphs thousands deep, or give tensors absurd dims or data lengths — written
 * at the wire level (no schema involved), of random sizes. The contract, for inspect, patch
 * --dry-run and patch -o: exit 2, one line with the right code, refused before the work (so in
 * seconds and bounded memory: one case per run is measured in a child process), nothing written.
 * Cases come from a seed (see testing/hostile.ts). */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cli, inProcess, tempDir } from '../testing/cli'
import {
  expectOneLineError,
  followPeakRss,
  hostileSeed,
  listing,
  random,
  SLOW,
} from '../testing/hostile'

const seed = hostileSeed()
const rng = random(seed, 'protobuf bombs')

let dir: string
let done: () => Promise<void>
beforeAll(async () => {
  ;({ dir, done } = await tempDir())
})
afterAll(() => done())

// The protobuf wire format, just enough to write models by hand.
function varint(value: bigint | number): number[] {
  let v = BigInt(value)
  const out: number[] = []
  do {
    let byte = Number(v & 0x7fn)
    v >>= 7n
    if (v > 0n) byte |= 0x80
    out.push(byte)
  } while (v > 0n)
  return out
}
const tag = (field: number, wire: number) => varint((field << 3) | wire)
const int = (field: number, value: bigint | number) => [...tag(field, 0), ...varint(value)]
const bytes = (field: number, body: ArrayLike<number>) => [
  ...tag(field, 2),
  ...varint(body.length),
  ...Array.from(body),
]
const text = (field: number, value: string) => bytes(field, new TextEncoder().encode(value))

/** ir_version 8, opset 17, then the graph's bytes (field 7). */
function modelWith(graph: number[] | Uint8Array): Uint8Array {
  const head = [...int(1, 8), ...bytes(8, [...text(1, ''), ...int(2, 17)])]
  const graphField = [...tag(7, 2), ...varint(graph.length)]
  const out = new Uint8Array(head.length + graphField.length + graph.length)
  out.set(head)
  out.set(graphField, head.length)
  out.set(graph, head.length + graphField.length)
  return out
}

/** `count` copies of the two bytes of an empty entry of graph field `field`. */
function emptyEntries(field: number, count: number): Uint8Array {
  const entry = [...tag(field, 2), 0]
  const out = new Uint8Array(entry.length * count)
  for (let i = 0; i < count; i++) out.set(entry, i * entry.length)
  return out
}

/**
 * A graph of one `If` node whose `then_branch` graph holds one `If` node … `depth` deep, written
 * from the inside out in linear time: every level's head (node tag and length, op type, attribute
 * tag and length, attribute name, graph tag and length) first, then every level's tail (the
 * attribute's type).
 */
function nestedGraphs(depth: number): Uint8Array {
  const tail = int(20, 5)
  const heads: number[][] = []
  let inner = 0
  for (let i = 0; i < depth; i++) {
    const name = text(1, 'then_branch')
    const attribute = name.length + tag(6, 2).length + varint(inner).length + inner + tail.length
    const op = text(4, 'If')
    const node = op.length + tag(5, 2).length + varint(attribute).length + attribute
    const head = [
      ...tag(1, 2),
      ...varint(node),
      ...op,
      ...tag(5, 2),
      ...varint(attribute),
      ...name,
      ...tag(6, 2),
      ...varint(inner),
    ]
    heads.push(head)
    inner = head.length + inner + tail.length
  }
  const out = new Uint8Array(inner)
  let at = 0
  for (let i = heads.length - 1; i >= 0; i--) {
    out.set(heads[i]!, at)
    at += heads[i]!.length
  }
  for (let i = 0; i < depth; i++) {
    out.set(tail, at)
    at += tail.length
  }
  return out
}

/** A tensor initializer named `w` (graph field 5). */
function initializer(fields: number[]): number[] {
  return bytes(5, [...text(8, 'w'), ...fields])
}

interface Bomb {
  readonly bytes: () => Uint8Array
  /** The code it must be refused with. */
  readonly code: string
  /** Refused by counting before decoding: its memory is measured. */
  readonly counted?: boolean
}

/** Each kind of bomb, sized by the generator. */
const BOMBS: Readonly<Record<string, (r: typeof rng) => Bomb>> = {
  'empty initializers past the tensor limit': (r) => {
    const count = r.int(1_000_001, 1_600_000)
    return {
      bytes: () => modelWith(emptyEntries(5, count)),
      code: 'MODEL_TOO_LARGE',
      counted: true,
    }
  },
  'empty nodes past the node limit': (r) => {
    const count = r.int(1_000_001, 1_600_000)
    return {
      bytes: () => modelWith(emptyEntries(1, count)),
      code: 'MODEL_TOO_LARGE',
      counted: true,
    }
  },
  'empty value infos past the entry limit': (r) => {
    const count = r.int(4_000_001, 4_400_000)
    return {
      bytes: () => modelWith(emptyEntries(13, count)),
      code: 'MODEL_TOO_LARGE',
      counted: true,
    }
  },
  'a graph length past the end of the file': (r) => {
    const claimed = 2n ** BigInt(r.int(20, 62))
    return {
      bytes: () => {
        const head = [...int(1, 8), ...tag(7, 2), ...varint(claimed)]
        return Uint8Array.from([...head, ...emptyEntries(5, r.int(0, 64))])
      },
      code: 'INVALID_MODEL',
    }
  },
  'a varint longer than ten bytes': (r) => {
    const length = r.int(11, 40)
    return {
      bytes: () => Uint8Array.from([...tag(1, 0), ...new Array(length).fill(0xff), 0x01]),
      code: 'INVALID_MODEL',
    }
  },
  'graphs nested thousands deep': (r) => {
    const depth = r.int(150, 20_000)
    return { bytes: () => modelWith(nestedGraphs(depth)), code: 'INVALID_MODEL' }
  },
  'dims whose product passes 2^53': (r) => {
    const dims = Array.from({ length: r.int(2, 6) }, () => 2n ** BigInt(r.int(20, 40)))
    return {
      bytes: () => modelWith(initializer([...dims.flatMap((d) => int(1, d)), ...int(2, 1)])),
      code: 'INVALID_TENSOR',
    }
  },
  'raw_data far shorter than the dims': (r) => {
    const elements = r.int(10_000_000, 500_000_000)
    return {
      bytes: () =>
        modelWith(initializer([...int(1, elements), ...int(2, 1), ...bytes(9, [0, 0, 0, 0])])),
      code: 'INVALID_TENSOR',
    }
  },
  'an external length of petabytes': (r) => {
    const length = 2n ** BigInt(r.int(40, 52))
    const entry = (key: string, value: string) => bytes(13, [...text(1, key), ...text(2, value)])
    return {
      bytes: () =>
        modelWith(
          initializer([
            ...int(1, length / 4n),
            ...int(2, 1),
            ...entry('location', 'w.bin'),
            ...entry('length', String(length)),
            ...int(14, 1),
          ]),
        ),
      code: 'EXTERNAL_DATA_MISSING',
    }
  },
}

const COMMANDS: Readonly<Record<string, (model: string, out: string) => string[]>> = {
  inspect: (m) => ['inspect', m],
  'patch --dry-run': (m) => ['patch', m, '--dry-run'],
  'patch -o': (m, o) => ['patch', m, '-o', o],
}

/** Every bomb with every command under WEIGHTINIT_SLOW; else each bomb with one command. */
function cases(): { bomb: string; command: string }[] {
  return Object.keys(BOMBS).flatMap((bomb) =>
    (SLOW ? Object.keys(COMMANDS) : [rng.pick(Object.keys(COMMANDS))]).map((command) => ({
      bomb,
      command,
    })),
  )
}

/** The peak memory a refused bomb may take in its own process (Node and tsx take ~150 MB). */
const MAX_RSS = 400 * 2 ** 20

describe(`hostile: protobuf length and count bombs (seed ${seed})`, () => {
  it.each(cases())(
    '$bomb, $command: exit 2, refused before the work, nothing written',
    async ({ bomb, command }) => {
      const context = `seed ${seed}: ${bomb}, ${command}`
      const folder = join(dir, `${bomb}-${command}`.replace(/\W+/g, '-'))
      await mkdir(folder)
      const made = BOMBS[bomb]!(rng)
      const model = join(folder, 'bomb.onnx')
      await writeFile(model, made.bytes())
      const before = await listing(folder)
      const result = await inProcess(COMMANDS[command]!(model, join(folder, 'out.onnx')))
      expectOneLineError(result, 2, made.code, context)
      expect(await listing(folder), context).toEqual(before)
    },
    60_000,
  )

  // One counted bomb per run in its own process, where its memory can be measured.
  const measured = SLOW
    ? Object.keys(BOMBS).filter((b) => BOMBS[b]!(rng).counted === true)
    : [rng.pick(Object.keys(BOMBS).filter((b) => BOMBS[b]!(rng).counted === true))]
  it.each(measured)(
    '%s, in a child process: refused in bounded memory',
    async (bomb) => {
      const context = `seed ${seed}: ${bomb}, child process`
      const model = join(dir, `measured-${bomb.replace(/\W+/g, '-')}.onnx`)
      await writeFile(model, BOMBS[bomb]!(rng).bytes())
      let peak: () => number | null = () => null
      const result = await cli(['inspect', model], {
        onSpawn: (child) => {
          peak = followPeakRss(child).peak
        },
      })
      expectOneLineError(result, 2, 'MODEL_TOO_LARGE', context)
      const rss = peak()
      const mib = rss === null ? '?' : Math.round(rss / 2 ** 20)
      if (SLOW) console.log(`${context}: peak RSS ${mib} MiB`)
      if (rss !== null) expect(rss, `${context}: peak RSS ${rss} bytes`).toBeLessThan(MAX_RSS)
    },
    60_000,
  )
})
