import { STREAM_VERSION } from '@weightinit/core'
import { randomBits } from '@weightinit/core/random'
import type { Command } from 'commander'
import { type CommandContext, type CommonFlags, finishCommand } from '../context'
import { usageError } from '../errors'
import { write } from '../io'
import { type ChunkSink, checkBinaryStdout, streamSink, withInterrupt } from '../output'
import { parseInteger, parseSeed } from '../parse'
import { createProgress, formatBytes } from '../progress'
import { quotedKey, quoteName } from '../quoteName'

/** The flags of `weightinit bits`. */
interface BitsFlags extends CommonFlags {
  readonly seed: string
  readonly key?: string
  readonly count: string
  readonly offset?: string
  readonly output: string
  readonly clobber?: boolean
}

/** Words per step: 16 MiB. */
const CHUNK_WORDS = 1 << 22

/**
 * `weightinit bits --seed N [--key K] --count N -o FILE|-`: the raw uint32 words of the stream the
 * samplers consume, little-endian, for auditing the generator with external test batteries
 * (PractRand, TestU01, dieharder).
 *
 * @param program - the root command
 * @param context - streams and exit code
 * @example
 * ```sh
 * weightinit bits --seed 1 --count 1e9 -o - | RNG_test stdin32  # not run: PractRand reads 4 GB
 * ```
 */
export function registerBits(program: Command, context: CommandContext): Command {
  const command = program
    .command('bits')
    .summary('the raw uint32 stream the samplers consume, for external test batteries')
    .description(
      'Write words [offset, offset + count) of the counter-based stream (Philox4x32-10) keyed by (seed, key), as little-endian uint32 — exactly the bits the samplers turn into numbers.',
    )
    .requiredOption('--seed <n>', 'the seed: an integer from 0 to 2^64 - 1 (0 is a seed)')
    .option('--key <name>', 'the stream key (default: empty)')
    .requiredOption('--count <n>', 'how many 32-bit words (1e9 and 1_000_000 are accepted)')
    .option('--offset <n>', 'the index of the first word (default 0)')
    .requiredOption('-o, --output <file>', 'the file to write, or - for stdout')
    .option('--no-clobber', 'refuse to replace an existing output file')
  finishCommand(command, [
    ['weightinit bits --seed 1 --count 4 -o - | xxd', 'four words, as hex'],
    ['weightinit bits --seed 1 --key fc1.weight --count 1e6 -o fc1.bits', 'a file'],
    ['weightinit bits --seed 1 --count 1e12 -o - | RNG_test stdin32', 'PractRand, 4 TB'],
  ])
  command.action(async (flags: BitsFlags) => {
    const { io } = context
    const seed = parseSeed(flags.seed)
    const key = flags.key ?? ''
    const count = parseInteger(flags.count, '--count', 0)
    const offset = flags.offset === undefined ? 0 : parseInteger(flags.offset, '--offset', 0)
    if (offset + count > 2 ** 53) {
      throw usageError(
        'INVALID_SLICE',
        `--offset + --count must be at most 2^53 (the stream's length), got ${offset} + ${count}`,
        { offset, count },
      )
    }
    // Checks the seed and key (core's messages) before any file is touched.
    randomBits(seed, key, 0, offset)
    const quiet = flags.quiet === true
    const progress = createProgress(io, 'bits', 'bytes', quiet)
    const { hostIsLittleEndian } = await import('@weightinit/buffers')
    const produce = async (sink: ChunkSink): Promise<void> => {
      for (let done = 0; done < count; ) {
        const n = Math.min(CHUNK_WORDS, count - done)
        const words = randomBits(seed, key, n, offset + done)
        if (!hostIsLittleEndian) swap32(words)
        if (!(await sink(new Uint8Array(words.buffer, words.byteOffset, words.byteLength)))) return
        done += n
        progress.update(done * 4, count * 4)
      }
    }
    const started = performance.now()
    try {
      if (flags.output === '-') {
        checkBinaryStdout(io, 'the words')
        await produce(streamSink(io.stdout))
      } else {
        const { writeAtomic } = await import('@weightinit/buffers/node')
        await withInterrupt((signal) =>
          writeAtomic(
            flags.output,
            (append) =>
              produce(async (bytes) => {
                await append(bytes)
                return true
              }),
            { overwrite: flags.clobber !== false, signal },
          ),
        )
      }
    } finally {
      progress.end()
    }
    if (!quiet && flags.output !== '-') {
      const seconds = (performance.now() - started) / 1000
      await write(
        io.stderr,
        `wrote ${quoteName(flags.output)}: ${count} words (${formatBytes(count * 4)}) of stream v${STREAM_VERSION}, seed ${String(seed)}${key === '' ? '' : ` key ${quotedKey(key)}`}, from word ${offset}, in ${seconds.toFixed(2)} s\n`,
      )
    }
  })
  return command
}

function swap32(words: Uint32Array): void {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    words[i] = ((w & 0xff) << 24) | ((w & 0xff00) << 8) | ((w >>> 8) & 0xff00) | (w >>> 24)
  }
}
