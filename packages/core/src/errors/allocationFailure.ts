import { WeightinitError } from './WeightinitError'

/**
 * The `OUT_OF_MEMORY` error for a failed allocation, or `undefined` when `error` is something
 * else. JavaScript engines fail an allocation with a bare `RangeError` ("Array buffer allocation
 * failed", "Invalid typed array length: N", "Invalid array buffer length", "Invalid string
 * length"): a writer or a command that catches one turns it into this typed error, so that it is
 * not taken for a failed write or a bug.
 *
 * @param error - what was thrown
 * @param asked - what the allocation was for and how many bytes it asked, where the caller knows
 *   (V8 names the length only for typed arrays)
 * @returns an `OUT_OF_MEMORY` error saying how much was asked, with `{ bytes?, elements?, reason }`
 *   in its details; `undefined` for any other error (a `WeightinitError` included)
 *
 * @example
 * ```ts
 * import { allocationFailure } from '@weightinit/core/errors'
 * const failed = new RangeError('Array buffer allocation failed') // what `new Float32Array(n)` throws
 * const error = allocationFailure(failed, { what: "tensor 'fc.weight'", bytes: 2 ** 34 })
 * error?.code // 'OUT_OF_MEMORY'
 * error?.message // "could not allocate tensor 'fc.weight' of 17179869184 bytes (17.2 GB): …"
 * allocationFailure(new TypeError('x is undefined')) // undefined
 * ```
 */
export function allocationFailure(
  error: unknown,
  asked: { readonly what: string; readonly bytes: number } | undefined = undefined,
): WeightinitError | undefined {
  if (!(error instanceof RangeError)) return undefined
  const reason = error.message
  const length = /^Invalid typed array length: (\d+)$/.exec(reason)
  if (
    length === null &&
    !/^(Array buffer allocation failed|Invalid array buffer length|Invalid string length|Invalid array length)$/.test(
      reason,
    )
  ) {
    return undefined
  }
  const what = asked?.what ?? (reason.includes('string') ? 'a string' : 'an array')
  const elements = length === null ? undefined : Number(length[1])
  const size =
    asked !== undefined
      ? ` of ${asked.bytes} bytes (${gigabytes(asked.bytes)})`
      : elements !== undefined
        ? ` of ${length![1]} elements`
        : ''
  return new WeightinitError(
    'OUT_OF_MEMORY',
    `could not allocate ${what}${size}: more than this JavaScript engine allows in one array, or more memory than the process has left (${reason})`,
    {
      ...(asked === undefined ? {} : { bytes: asked.bytes }),
      ...(elements === undefined ? {} : { elements }),
      reason,
    },
  )
}

/** "25.6 GB". */
function gigabytes(bytes: number): string {
  return `${Number((bytes / 1e9).toPrecision(3))} GB`
}
