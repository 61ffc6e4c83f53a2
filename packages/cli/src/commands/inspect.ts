import type { Command } from 'commander'
import type { CommandContext } from '../context'

/** `weightinit inspect` (pending the ONNX package's API). */
export function registerInspect(program: Command, _context: CommandContext): Command {
  return program.command('inspect').argument('<model>').action(() => {
    throw new Error('not yet')
  })
}
