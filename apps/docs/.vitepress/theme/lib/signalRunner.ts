import type { InitSpec, SignalPropagation, SignalPropagationOptions } from '@weightinit/core'
import { propagateCooperatively, type SignalRunControls } from './propagateCooperatively'
import type { SignalReply, SignalRequest } from './signalMessages'

/** The part of a `Worker` the runner uses (a test can stand in for it). */
export interface SignalWorker {
  onmessage: ((event: MessageEvent<SignalReply>) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
  postMessage(request: SignalRequest): void
  terminate(): void
}

/** Runs core's signal-propagation experiment without freezing the page. */
export interface SignalRunner {
  /** One run of `propagateSignal(spec, options)`; rejects with core's message for bad input. */
  run(
    spec: InitSpec,
    options: SignalPropagationOptions,
    controls?: SignalRunControls,
  ): Promise<SignalPropagation>
  /** Stops the worker and every pending run, which rejects with an `AbortError`. */
  dispose(): void
}

/**
 * The signal worker, in browsers that have module workers; `undefined` elsewhere (Node, where
 * VitePress pre-renders the pages). Call it only from the browser, e.g. in `onMounted`.
 */
function createSignalWorker(): SignalWorker | undefined {
  if (typeof Worker === 'undefined') return undefined
  return new Worker(new URL('./signal.worker.ts', import.meta.url), { type: 'module' })
}

/** A signal aborted when either is, with its reason (`AbortSignal.any` for older browsers). */
function eitherAborted(first: AbortSignal, second: AbortSignal): AbortSignal {
  const either = new AbortController()
  for (const signal of [first, second]) {
    if (signal.aborted) either.abort(signal.reason)
    else signal.addEventListener('abort', () => either.abort(signal.reason), { once: true })
  }
  return either.signal
}

interface Pending {
  readonly request: SignalRequest
  readonly controls: SignalRunControls
  readonly resolve: (result: SignalPropagation) => void
  readonly reject: (reason: unknown) => void
}

/**
 * A runner that sends each run to a web worker, created on the first run, so the page stays
 * responsive; aborting a run terminates the worker (a worker cannot be interrupted) and carries the
 * other pending runs over to a fresh one. Where there is no worker, or it fails to load, runs go
 * to the main thread in slices ({@link propagateCooperatively}).
 */
export function createSignalRunner(
  createWorker: () => SignalWorker | undefined = createSignalWorker,
): SignalRunner {
  const pending = new Map<number, Pending>()
  let worker: SignalWorker | undefined
  let workerUnavailable = false
  let disposed = false
  let nextId = 0
  /** Aborted by `dispose`, to stop the runs on the main thread too. */
  const disposal = new AbortController()

  function settle(id: number): Pending | undefined {
    const entry = pending.get(id)
    pending.delete(id)
    return entry
  }

  function onReply(reply: SignalReply) {
    if (reply.type === 'progress') {
      pending.get(reply.id)?.controls.onProgress?.(reply.completed, reply.total)
    } else if (reply.type === 'done') {
      settle(reply.id)?.resolve(reply.result)
    } else {
      settle(reply.id)?.reject(new Error(reply.message))
    }
  }

  /** The worker, started if need be; undefined where there is none. */
  function currentWorker(): SignalWorker | undefined {
    if (worker || workerUnavailable) return worker
    try {
      worker = createWorker()
    } catch {
      worker = undefined
    }
    if (!worker) {
      workerUnavailable = true
      return undefined
    }
    worker.onmessage = (event) => onReply(event.data)
    worker.onerror = (event) => {
      // The worker could not load (or died): run everything on the main thread from now on.
      event.preventDefault()
      workerUnavailable = true
      restart()
    }
    return worker
  }

  /** Sends a pending run to the worker, or runs it here. */
  function dispatch(entry: Pending) {
    const target = currentWorker()
    if (target) {
      target.postMessage(entry.request)
      return
    }
    pending.delete(entry.request.id)
    const { spec, options } = entry.request
    const { onProgress, signal } = entry.controls
    const stop = signal ? eitherAborted(signal, disposal.signal) : disposal.signal
    const controls = onProgress ? { onProgress, signal: stop } : { signal: stop }
    propagateCooperatively(spec, options, controls).then(entry.resolve, entry.reject)
  }

  /** Drops the worker and sends the runs still pending to a fresh one (or to the main thread). */
  function restart() {
    worker?.terminate()
    worker = undefined
    for (const entry of [...pending.values()]) dispatch(entry)
  }

  return {
    run(spec, options, controls = {}) {
      const { signal } = controls
      if (disposed) return Promise.reject(new DOMException('The runner was disposed', 'AbortError'))
      if (signal?.aborted) return Promise.reject(signal.reason)
      return new Promise<SignalPropagation>((resolve, reject) => {
        const id = nextId++
        const onAbort = () => {
          // still in the worker: the only way to stop it is to end the worker
          if (settle(id)) {
            reject(signal?.reason)
            restart()
          }
        }
        signal?.addEventListener('abort', onAbort, { once: true })
        const done =
          <T>(settleWith: (value: T) => void) =>
          (value: T) => {
            signal?.removeEventListener('abort', onAbort)
            settleWith(value)
          }
        const entry: Pending = {
          request: { id, spec, options },
          controls,
          resolve: done(resolve),
          reject: done(reject),
        }
        pending.set(id, entry)
        dispatch(entry)
      })
    },
    dispose() {
      disposed = true
      disposal.abort(new DOMException('The runner was disposed', 'AbortError'))
      worker?.terminate()
      worker = undefined
      const left = [...pending.values()]
      pending.clear()
      for (const entry of left)
        entry.reject(new DOMException('The runner was disposed', 'AbortError'))
    },
  }
}
