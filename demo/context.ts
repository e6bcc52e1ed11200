import type { Coordinator } from '../coordinator/index.ts'
import type { ProviderAgent } from '../provider-agent/index.ts'
import type { MarketClient } from '../client-sdk/index.ts'
import type { Devnet } from '../settlement/index.ts'

/** What the demo's stages share; each stage adds what it starts and the next ones use. */
export interface DemoContext {
  /** Temporary root for every node's data dir. */
  root: string
  coordinator?: Coordinator
  providers: Array<{ name: string; agent: ProviderAgent; pricePerGpuHour: bigint }>
  client?: MarketClient
  /** The embedded chain, started by the first stage that needs it and reused by later ones. */
  devnet?: Devnet
  /** Stops everything started, in reverse order. */
  cleanups: Array<() => Promise<void>>
  print: (line: string) => void
}

/** One step of the demo, in its own file so later work adds stages instead of editing one script. */
export interface DemoStage {
  title: string
  run(ctx: DemoContext): Promise<void>
}
