import type { Command } from 'commander'
import type { CommandContext } from '../context'

/** `weightinit verify` (pending the ONNX package's API). */
export function registerVerify(program: Command, _context: CommandContext): Command {
  return program.command('verify').argument('<model>').action(() => {
    throw new Error('not yet')
  })
}
