import { resolve } from 'node:path'
import type { Command } from 'commander'
import { RigpoolError } from '../../protocol/index.ts'
import { parseBaseUnits, parsePositiveInt } from '../options.ts'
import { collect } from '../client/collect.ts'
import { clientOptions, connectClient, readModelArg, toJson, type ClientFlags } from '../client/connect.ts'
import { loadBatch } from '../client/inputs.ts'
import { followWithSignals } from '../client/follow.ts'

interface SubmitFlags extends ClientFlags {
  inputs: string
  out: string
  shared: string[]
  maxSpend?: bigint
  priceCap?: bigint
  deadline?: number
  perOutputNpy?: boolean
  jsonl?: boolean
  idempotencyKey?: string
}

/** `rigpool submit <model.onnx> --inputs <file.npz|dir> --out <dir>`: run a batch, with a live progress bar. */
export function register(program: Command): void {
  clientOptions(
    program
      .command('submit')
      .description('run a batch of NumPy inputs on the market and write the outputs; Ctrl-C cancels (what was delivered is kept and paid)')
      .argument('<model>', 'the .onnx model')
      .requiredOption('--inputs <path>', '.npz with one array per model input (item axis first), a dir of <input>.npy files, or .jsonl (one item per line)')
      .requiredOption('--out <dir>', 'where outputs.npz (or one .npy per output) is written')
      .option('--shared <name=file.npy...>', 'an input given once for every item', [])
      .option('--max-spend <units>', 'refuse the job if it would cost more (base units)', parseBaseUnits)
      .option('--price-cap <units>', 'highest price per million items (default: the quote)', parseBaseUnits)
      .option('--deadline <ms>', 'how long the job may take', parsePositiveInt)
      .option('--per-output-npy', 'write <output>.npy files instead of outputs.npz')
      .option('--jsonl', 'write outputs.jsonl (one item per line) instead of outputs.npz')
      .option('--idempotency-key <key>', 'resubmitting with the same key never starts a second job'),
  ).action(async (modelArg: string, opts: SubmitFlags) => {
    const model = readModelArg(modelArg)
    if (model.bytes === undefined) throw new RigpoolError('E_CONFIG', 'submit needs the .onnx file (its inputs are checked before upload)')
    // Inputs are checked against the model before connecting: nothing is sent for a bad batch.
    const { batch } = loadBatch(model.bytes, opts.inputs, opts.shared)
    const outDir = resolve(opts.out)
    const client = await connectClient(opts)
    try {
      const job = await client.submit({
        model: model.bytes,
        items: batch.items,
        shared: batch.shared,
        spendCap: opts.maxSpend,
        priceCapPerMillionItems: opts.priceCap,
        deadlineMs: opts.deadline,
        idempotencyKey: opts.idempotencyKey,
        meta: { outDir, perOutputNpy: opts.perOutputNpy === true ? '1' : '', jsonl: opts.jsonl === true ? '1' : '' },
      })
      console.error(`job ${job.id} accepted: ${job.itemCount} items (reattach with: rigpool job ${job.id} --follow)`)
      const result = await followWithSignals(job, (signal) => collect(job, outDir, { signal, perOutputNpy: opts.perOutputNpy, jsonl: opts.jsonl }))
      if (opts.json === true) console.log(toJson(result))
      else console.log(`${result.state}: ${result.items}/${result.itemsTotal} items written to ${result.files.join(', ')}`)
      if (result.state !== 'completed') process.exitCode = result.state === 'cancelled' ? 130 : 1
    } finally {
      await client.close()
    }
  })
}
