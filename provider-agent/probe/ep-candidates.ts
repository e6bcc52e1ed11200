import type { GpuInfo } from '../../protocol/index.ts'

/** One executor's device: a GPU index, or the CPU. */
export interface DeviceTarget {
  kind: 'gpu' | 'cpu'
  gpu?: GpuInfo
}

/**
 * Execution providers to try, best first (DESIGN.md §6): cuda on NVIDIA linux-x64,
 * dml on Windows, webgpu where a GPU exists, then cpu.
 */
export function executionProviderCandidates(target: DeviceTarget, host: { platform: string; arch: string }): string[] {
  const out: string[] = []
  if (target.kind === 'gpu' && target.gpu !== undefined) {
    if (target.gpu.vendor === 'NVIDIA' && host.platform === 'linux' && host.arch === 'x64') out.push('cuda')
    if (host.platform === 'win32') out.push('dml')
    out.push('webgpu')
  }
  out.push('cpu')
  return out
}

/** One executor per GPU on a multi-GPU rig; the CPU alone where there is none. */
export function deviceTargets(gpus: GpuInfo[]): DeviceTarget[] {
  return gpus.length === 0 ? [{ kind: 'cpu' }] : gpus.map((gpu) => ({ kind: 'gpu', gpu }))
}
