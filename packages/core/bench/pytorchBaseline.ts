/**
 * PyTorch on `pnpm bench`'s work, in the same run: a Python subprocess (Debian's `python3-torch` at
 * /usr/bin/python3, or `$BENCH_PYTHON`) that times one run of a work each time it is asked, so the
 * bench can alternate its runs with ours (a busy machine then slows both alike).
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createInterface } from 'node:readline'

const SCRIPT = `
import json, os, sys, time
import torch
threads, n = int(sys.argv[1]), int(sys.argv[2])
torch.set_num_threads(1 if threads == 1 else os.cpu_count())
t = torch.empty(n)
w = torch.empty(4096, 4096)
square = {}
def orthogonal(size):
    m = square.setdefault(size, torch.empty(size, size))
    return lambda: torch.nn.init.orthogonal_(m)
works = {
    "uniform": lambda: t.uniform_(-1, 1),
    "normal": lambda: t.normal_(),
    "trunc_normal": lambda: torch.nn.init.trunc_normal_(t, 0, 1, -2, 2),
    "kaiming_normal": lambda: torch.nn.init.kaiming_normal_(w, nonlinearity="relu"),
}
print(json.dumps({"version": torch.__version__, "threads": torch.get_num_threads()}), flush=True)
for line in sys.stdin:
    work = json.loads(line)
    if work.startswith("orthogonality "):
        q = square[int(work.split()[1])].double()
        eye = torch.eye(q.shape[0], dtype=torch.float64)
        print(json.dumps((q.T @ q - eye).abs().max().item()), flush=True)
        continue
    run = orthogonal(int(work.split()[1])) if work.startswith("orthogonal ") else works[work]
    start, cpu = time.perf_counter(), time.process_time()
    run()
    print(json.dumps([time.perf_counter() - start, time.process_time() - cpu]), flush=True)
`

/** A PyTorch subprocess that times works on request. */
export interface Torch {
  /** `torch.__version__`. */
  readonly version: string
  /** `torch.get_num_threads()` in it. */
  readonly threads: number
  /**
   * Seconds of one run of a work, [wall clock, CPU time of the process]: `uniform`, `normal`,
   * `trunc_normal`, `kaiming_normal` (16.7M float32 in place), `orthogonal N` (`orthogonal_` of an
   * N×N float32 tensor).
   */
  run(work: string): Promise<[wall: number, cpu: number]>
  /** max|QᵀQ − I| of the last N×N `orthogonal_`. */
  orthogonality(n: number): Promise<number>
  close(): void
}

/**
 * Starts PyTorch for the bench.
 *
 * @param threads - 1: one thread (`torch.set_num_threads(1)`, OpenBLAS and OpenMP at 1 thread);
 *   0: every core (`torch.set_num_threads(cpu_count)`, OpenBLAS at its default)
 * @param n - the element count of the element-wise works
 * @returns the subprocess, or `undefined` (with a note) where PyTorch is not installed
 */
export async function startTorch(threads: 0 | 1, n: number): Promise<Torch | undefined> {
  const python = process.env.BENCH_PYTHON ?? '/usr/bin/python3'
  if (!existsSync(python)) return undefined
  const one = { OPENBLAS_NUM_THREADS: '1', OMP_NUM_THREADS: '1', MKL_NUM_THREADS: '1' }
  const child: ChildProcessWithoutNullStreams = spawn(
    python,
    ['-c', SCRIPT, String(threads), String(n)],
    {
      env: threads === 1 ? { ...process.env, ...one } : process.env,
    },
  )
  let stderr = ''
  child.stderr.on('data', (chunk) => {
    stderr += String(chunk)
  })
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]()
  const next = async (): Promise<string | undefined> => (await lines.next()).value as string
  const first = await next()
  if (first === undefined) {
    console.warn(`PyTorch column skipped: ${stderr.trim().split('\n').pop() ?? 'no output'}`)
    return undefined
  }
  const { version, threads: used } = JSON.parse(first) as { version: string; threads: number }
  const ask = async (work: string): Promise<unknown> => {
    child.stdin.write(`${JSON.stringify(work)}\n`)
    const line = await next()
    if (line === undefined) throw new Error(`PyTorch stopped: ${stderr.trim()}`)
    return JSON.parse(line)
  }
  return {
    version,
    threads: used,
    run: (work) => ask(work) as Promise<[number, number]>,
    orthogonality: (n) => ask(`orthogonality ${n}`) as Promise<number>,
    close: () => child.stdin.end(),
  }
}
