import type { Command } from 'commander'
import type { CommandContext } from '../context'

/** `weightinit lsuv` (pending the ONNX package's API). */
export function registerLsuv(program: Command, _context: CommandContext): Command {
  return program.command('lsuv').argument('<model>').action(() => {
    throw new Error('not yet')
  })
}
