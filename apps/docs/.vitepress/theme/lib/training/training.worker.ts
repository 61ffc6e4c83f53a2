/* The training worker: trains the demo's networks with tfjs off the page's main thread. */
import { respondToTrainingRequest } from './respondToTrainingRequest'
import type { TrainingReply, TrainingRequest } from './trainingMessages'

/** The part of a dedicated worker's global scope used here (the docs typecheck with the DOM lib). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<TrainingRequest>) => void) | null
  postMessage(reply: TrainingReply): void
}

const scope = globalThis as unknown as WorkerScope

scope.onmessage = (event) => {
  void respondToTrainingRequest(event.data, (reply) => scope.postMessage(reply))
}
