/**
 * `@weightinit/buffers/node`, the Node half of @weightinit/buffers, for programs that write or
 * read files: weight files streamed to disk with bounded memory, shards, worker threads, atomic
 * writes. An explicit barrel, nothing executable. The formats in memory, which run everywhere, are
 * in '@weightinit/buffers'.
 *
 * @packageDocumentation
 */

export type { AtomicWriteOptions } from './atomicWriteOptions'
export {
  type WriteCheckpointOptions,
  type WrittenCheckpoint,
  writeCheckpoint,
} from './checkpoint/writeCheckpoint'
export { createGeneratorPool, type GeneratorPool } from './createGeneratorPool'
export { machineMemoryLimit } from './machineMemoryLimit'
export { maxThreads } from './maxThreads'
export { readNpyFile } from './readNpyFile'
export { type ReadRegularFileOptions, readRegularFile } from './readRegularFile'
export { readSafetensorsFile } from './readSafetensorsFile'
export { sampleInThreads, type ThreadedSampleOptions } from './sampleInThreads'
export { type AppendBytes, writeAtomic } from './writeAtomic'
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
