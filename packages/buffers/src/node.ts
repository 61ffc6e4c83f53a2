/* The Node half of @weightinit/buffers (`@weightinit/buffers/node`): files on disk, streaming, shards
 * and worker threads. An explicit barrel, nothing executable. The format code that runs everywhere
 * is in '@weightinit/buffers'. */

export { createGeneratorPool, type GeneratorPool } from './createGeneratorPool'
export { readNpyFile } from './readNpyFile'
export { readSafetensorsFile } from './readSafetensorsFile'
export { MAX_THREADS, resolveThreads } from './resolveThreads'
export { sampleInThreads, type ThreadedSampleOptions } from './sampleInThreads'
export { type AppendBytes, type AtomicWriteOptions, writeAtomic } from './writeAtomic'
export {
  type AtomicFile,
  type AtomicFileWriter,
  writeFilesAtomic,
} from './writeFilesAtomic'
export { type WriteFileOptions, type WrittenFile, writePlannedFile } from './writePlannedFile'
export {
  type ByteSink,
  type StreamedFile,
  type StreamFileOptions,
  writePlannedStream,
} from './writePlannedStream'
export { writeTensorFile } from './writeTensorFile'
export { writeWeightsFile } from './writeWeightsFile'
