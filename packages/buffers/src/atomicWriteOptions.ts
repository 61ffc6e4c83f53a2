/**
 * How files are published: whether an existing destination may be replaced, and a signal to cancel.
 *
 * @example
 * ```ts
 * import type { AtomicWriteOptions } from '@weightinit/buffers/node'
 * const options: AtomicWriteOptions = { overwrite: false, signal: AbortSignal.timeout(60_000) }
 * ```
 */
export interface AtomicWriteOptions {
  /**
   * Replace a destination that exists (default true, as `np.save`, safetensors' `save_file` and
   * `torch.save` do); `false` refuses with `FILE_EXISTS` and never replaces a file, not even one
   * that appears while the new one is written.
   */
  readonly overwrite?: boolean
  /** Cancels the write: the temporary file is removed and the call fails with `WRITE_ABORTED`. */
  readonly signal?: AbortSignal
}
