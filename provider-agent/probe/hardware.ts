import { arch, cpus, platform, release, totalmem } from 'node:os'
import si from 'systeminformation'
import type { GpuInfo, HardwareInfo } from '../../protocol/index.ts'

const MiB = 1024 * 1024

/** What the probe found: the advert's hardware plus whether a GPU is there at all. */
export interface HardwareReport extends HardwareInfo {
  hasGpu: boolean
  /** Lines a rig owner should read (no GPU, CPU offered instead, ...). */
  notes: string[]
}

/** Integrated or virtual display adapters that cannot usefully run inference. */
const NOT_A_COMPUTE_GPU = /microsoft basic|vmware svga|virtualbox|cirrus|bochs|qxl|virtio|matrox|aspeed|llvmpipe/i

/** Normalises systeminformation's vendor strings to the names owners know. */
export function vendorName(vendor: string, model: string): string {
  const text = `${vendor} ${model}`
  if (/nvidia/i.test(text)) return 'NVIDIA'
  if (/\bamd\b|advanced micro|\bati\b|radeon/i.test(text)) return 'AMD'
  if (/intel/i.test(text)) return 'Intel'
  if (/apple/i.test(text)) return 'Apple'
  return vendor.trim() || 'unknown'
}

/** GPUs from systeminformation's controllers: one entry per compute-capable device, indexed in order. */
export function gpusFromControllers(controllers: si.Systeminformation.GraphicsControllerData[]): GpuInfo[] {
  return controllers
    .filter((c) => !NOT_A_COMPUTE_GPU.test(`${c.vendor} ${c.model}`))
    .map((c, index) => ({
      index,
      vendor: vendorName(c.vendor ?? '', c.model ?? ''),
      model: (c.model || c.name || 'unknown').trim().slice(0, 200),
      // systeminformation reports MiB (memoryTotal from nvidia-smi is more exact where present).
      vramBytes: Math.max(0, Math.round((c.memoryTotal ?? c.vram ?? 0) * MiB)),
      driver: (c.driverVersion ?? '').slice(0, 100),
      bus: (c.pciBus ?? c.busAddress ?? c.bus ?? '').slice(0, 100),
    }))
}

/** Probes GPUs (vendor, model, VRAM, driver, bus), CPU, RAM and OS with systeminformation. */
export async function probeHardware(options: { signal?: AbortSignal } = {}): Promise<HardwareReport> {
  const [graphics, cpu, mem, os] = await Promise.all([
    si.graphics().catch(() => ({ controllers: [], displays: [] })),
    si.cpu().catch(() => undefined),
    si.mem().catch(() => undefined),
    si.osInfo().catch(() => undefined),
  ])
  options.signal?.throwIfAborted()
  const gpus = gpusFromControllers(graphics.controllers)
  const fallbackCpu = cpus()
  const report: HardwareReport = {
    gpus,
    cpuModel: (cpu === undefined ? (fallbackCpu[0]?.model ?? 'unknown') : `${cpu.manufacturer} ${cpu.brand}`)
      .trim()
      .slice(0, 200),
    cpuCores: cpu?.cores ?? fallbackCpu.length,
    ramBytes: mem?.total ?? totalmem(),
    os: (os === undefined ? `${platform()} ${release()}` : `${os.distro} ${os.release} (${os.platform})`).slice(0, 200),
    arch: (os?.arch ?? arch()).slice(0, 32),
    hasGpu: gpus.length > 0,
    notes: [],
  }
  if (!report.hasGpu) report.notes.push('no GPU found: this rig can still offer its CPU (execution provider cpu)')
  return report
}
