/** Every protocol id and topic of rigpool, versioned (DESIGN.md §4). */
export const PROTOCOL_PROVIDER = '/rigpool/provider/1.0.0'
export const PROTOCOL_TASK = '/rigpool/task/1.0.0'
export const PROTOCOL_MODEL = '/rigpool/model/1.0.0'
export const PROTOCOL_CLIENT = '/rigpool/client/1.0.0'
export const PROTOCOL_MARKET = '/rigpool/market/1.0.0'
export const TOPIC_ADVERTS = 'rigpool/adverts/1'

const MiB = 1024 * 1024

/**
 * Hard frame limits per protocol. libp2p 3 streams buffer at most 4 MiB unread, so no
 * frame may exceed that; large batches are streamed one item per frame instead.
 */
export const MAX_FRAME_BYTES = {
  provider: 256 * 1024,
  task: 4 * MiB - 1024,
  model: 1 * MiB + 1024,
  client: 4 * MiB - 1024,
  market: 1 * MiB,
  advert: 64 * 1024,
} as const

/** Model bytes travel in chunks of this size. */
export const MODEL_CHUNK_BYTES = 1 * MiB

/** Models above this are refused by default (a model is untrusted input). */
export const DEFAULT_MAX_MODEL_BYTES = 512 * MiB
