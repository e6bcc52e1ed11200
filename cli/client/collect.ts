// Collecting a job's results into an output dir, exactly once across crashes: each
// result is written atomically as <out>/.parts/<index>.npz before the next is asked
// for, and a resumed collection starts after the last contiguous part. At the end the
// parts are joined into outputs.npz (or one .npy per output).
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { joinItems, readNpz, writeNpy, writeNpz, type JobHandle } from '../../client-sdk/index.ts'
import { jsonlLine } from './jsonl.ts'
import type { NamedTensors } from '../../protocol/index.ts'

export interface CollectResult {
  jobId: string
  state: string
  items: number
  itemsTotal: number
  /** Items received by this process (the rest were there from an earlier one). */
  received: number
  files: string[]
}

const partPath = (dir: string, i: number): string => join(dir, '.parts', `${i}.npz`)

/** The number of results already on disk, in order from 0. */
export function partsOnDisk(outDir: string): number {
  let n = 0
  while (existsSync(partPath(outDir, n))) n++
  return n
}

function writeAtomic(path: string, bytes: Uint8Array): void {
  const tmp = `${path}.tmp`
  writeFileSync(tmp, bytes)
  renameSync(tmp, path)
}

/** Follows a job's results into `outDir` and writes the joined outputs when it ends. */
export async function collect(handle: JobHandle, outDir: string, options: { signal?: AbortSignal; perOutputNpy?: boolean; jsonl?: boolean }): Promise<CollectResult> {
  mkdirSync(join(outDir, '.parts'), { recursive: true })
  const start = partsOnDisk(outDir)
  let received = 0
  for await (const r of handle.results({ cursor: start, signal: options.signal })) {
    writeAtomic(partPath(outDir, r.index), writeNpz(r.tensors))
    received++
  }
  const count = partsOnDisk(outDir)
  const parts: NamedTensors[] = []
  for (let i = 0; i < count; i++) parts.push(readNpz(new Uint8Array(readFileSync(partPath(outDir, i)))))
  const files: string[] = []
  if (options.jsonl === true) {
    const f = join(outDir, 'outputs.jsonl')
    writeAtomic(f, Buffer.from(parts.map((p) => jsonlLine(p) + '\n').join('')))
    files.push(f)
    rmSync(join(outDir, '.parts'), { recursive: true, force: true })
    return { jobId: handle.id, state: handle.finalState ?? 'unknown', items: count, itemsTotal: handle.itemCount, received, files }
  }
  const joined = joinItems(parts)
  if (options.perOutputNpy === true) {
    for (const [name, t] of Object.entries(joined)) {
      const f = join(outDir, `${name}.npy`)
      writeAtomic(f, writeNpy(t))
      files.push(f)
    }
  } else {
    const f = join(outDir, 'outputs.npz')
    writeAtomic(f, writeNpz(joined))
    files.push(f)
  }
  rmSync(join(outDir, '.parts'), { recursive: true, force: true })
  return { jobId: handle.id, state: handle.finalState ?? 'unknown', items: count, itemsTotal: handle.itemCount, received, files }
}
