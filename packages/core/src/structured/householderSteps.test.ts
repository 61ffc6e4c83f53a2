import { describe, expect, it } from 'vitest'
import { WeightinitError } from '../errors/WeightinitError'
import { plan } from '../plan/plan'
import { createStream } from '../random/stream'
import { sample } from '../sample/sample'
import { sampleTensor } from '../sample/sampleTensor'
import { simdSupported } from '../wasm/simdSupported'
import { orthogonalMatrix } from './orthogonalMatrix'

/** A signal that fires once `aborted` has been read `after` times: a stand-in for another thread. */
function firesAfter(after: number): { signal: AbortSignal; reads: () => number } {
  let reads = 0
  const signal = {
    get aborted() {
      reads += 1
      return reads > after
    },
  } as unknown as AbortSignal
  return { signal, reads: () => reads }
}

function abortedCode(run: () => unknown): string {
  try {
    run()
  } catch (error) {
    if (error instanceof WeightinitError) return error.code
    throw error
  }
  return 'no error'
}

const ENGINES = simdSupported() ? (['js', 'wasm'] as const) : (['js'] as const)

describe('the QR checks its AbortSignal between panels', () => {
  it.each(ENGINES)('%s engine: stops at the panel where the signal fires', (engine) => {
    // 256 columns: 8 panels to accumulate (sampling factors nothing), a check before each and at the start
    const { signal, reads } = firesAfter(5)
    const code = abortedCode(() =>
      orthogonalMatrix(256, 256, 1, createStream(1, 'w'), engine, signal),
    )
    expect(code).toBe('ABORTED')
    expect(reads()).toBe(6)
  })

  it.each(ENGINES)('%s engine: a signal that never fires changes no bit', (engine) => {
    const { signal, reads } = firesAfter(Number.POSITIVE_INFINITY)
    const watched = orthogonalMatrix(256, 96, 1, createStream(1, 'w'), engine, signal)
    const plain = orthogonalMatrix(256, 96, 1, createStream(1, 'w'), engine)
    expect(reads()).toBe(1 + 3) // start, 3 panels of 32 to accumulate (no factorization to sample)
    expect(Buffer.from(watched.buffer).equals(Buffer.from(plain.buffer))).toBe(true)
  })

  it('sample and sampleTensor pass the signal to orthogonal and delta_orthogonal plans', () => {
    const p = plan({ init: 'orthogonal' }, [128, 128])
    expect(abortedCode(() => sample(p, { seed: 1, signal: firesAfter(2).signal }))).toBe('ABORTED')
    expect(
      abortedCode(() =>
        sampleTensor('delta_orthogonal', [3, 3, 64, 64], { seed: 1, signal: firesAfter(3).signal }),
      ),
    ).toBe('ABORTED')
  })

  it('an already aborted signal stops sample() before any work, for every plan', () => {
    const controller = new AbortController()
    controller.abort()
    for (const spec of ['normal', 'orthogonal', 'eye'] as const) {
      const error = (() => {
        try {
          sample(plan(spec, [8, 8]), { seed: 1, signal: controller.signal })
        } catch (e) {
          return e
        }
      })()
      expect(error).toBeInstanceOf(WeightinitError)
      expect((error as WeightinitError).code).toBe('ABORTED')
      expect((error as WeightinitError).message).toBe(
        'sampling was cancelled (its AbortSignal fired)',
      )
    }
  })

  it('refuses a signal that is not an AbortSignal', () => {
    const p = plan('orthogonal', [8, 8])
    for (const signal of [null, 1, 'stop', {}]) {
      expect(
        abortedCode(() => sample(p, { seed: 1, signal: signal as unknown as AbortSignal })),
      ).toBe('INVALID_ARGUMENT')
    }
  })
})
