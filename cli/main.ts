// The `rigpool` command line: thin; parses flags and calls the parts. Each file in
// cli/commands/ registers its own commands, so adding one touches no shared file.
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Command, CommanderError } from 'commander'
import { RigpoolError } from '../protocol/index.ts'

/** A command module: adds its commands to the program. */
export type RegisterCommands = (program: Command) => void

const program = new Command()
  .name('rigpool')
  .description('A decentralized GPU marketplace for ML inference')
  .version('0.1.0')
  .showHelpAfterError()
  .exitOverride()

const dir = fileURLToPath(new URL('./commands/', import.meta.url))
for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()) {
  const mod = (await import(new URL(`./commands/${file}`, import.meta.url).href)) as { register?: RegisterCommands }
  mod.register?.(program)
}

try {
  await program.parseAsync(process.argv)
} catch (err) {
  if (err instanceof CommanderError) process.exit(err.exitCode)
  if (err instanceof RigpoolError) {
    console.error(`rigpool: ${err.message} [${err.code}]`)
    process.exit(1)
  }
  throw err
}
