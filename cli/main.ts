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
// Sorted by name without the extension, so `provider` registers before `provider-earnings`,
// which adds a subcommand to it.
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.slice(0, -3))
  .sort()
for (const name of files) {
  const file = `${name}.ts`
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
