import type { Command } from 'commander'
import type { CommandContext } from '../context'

/** `weightinit patch` (pending the ONNX package's API). */
export function registerPatch(program: Command, _context: CommandContext): Command {
  return program.command('patch').argument('<model>').action(() => {
    throw new Error('not yet')
  })
}
