import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Tensor } from 'onnxruntime-node'

/** Temp dirs for one test file, removed by `cleanup()`. */
export function tempDirs(): { make: () => string; cleanup: () => void } {
  const dirs: string[] = []
  return {
    make: () => {
      const d = mkdtempSync(join(tmpdir(), 'rigpool-e2e-'))
      dirs.push(d)
      return d
    },
    cleanup: () => {
      for (const d of dirs) rmSync(d, { recursive: true, force: true })
    },
  }
}

/** Deterministic float32 tensors [1, size]. */
export function floatItems(n: number, size: number, seed: number): Tensor[] {
  let s = seed >>> 0
  return Array.from({ length: n }, () => {
    const data = new Float32Array(size)
    for (let i = 0; i < size; i++) {
      s = (Math.imul(s, 1103515245) + 12345) >>> 0
      data[i] = (s / 2 ** 32) * 2 - 1
    }
    return new Tensor('float32', data, [1, size])
  })
}
