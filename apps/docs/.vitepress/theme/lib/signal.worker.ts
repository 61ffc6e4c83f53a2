/* The signal-propagation worker: runs core's experiment off the page's main thread. */
import { respondToSignalRequest } from './respondToSignalRequest'
import type { SignalReply, SignalRequest } from './signalMessages'

/** The part of a dedicated worker's global scope used here (the docs typecheck with the DOM lib). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<SignalRequest>) => void) | null
  postMessage(reply: SignalReply): void
}

const scope = globalThis as unknown as WorkerScope

scope.onmessage = (event) => {
  respondToSignalRequest(event.data, (reply) => scope.postMessage(reply))
}
