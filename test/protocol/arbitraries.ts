// fast-check arbitraries for every domain message of protocol/wire, built from real
// ingredients: model ids from modelIdOf(bytes), PeerIds from generated keys, checksummed
// addresses from viem. Values stay inside what each decoder accepts unchanged, so a
// round trip must give back exactly the value encoded.
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import fc from 'fast-check'
import { bytesToHex, getAddress, type Address } from 'viem'
import {
  AUDIT_VERDICTS,
  DELIVERY_MODES,
  DTYPE_BYTES,
  DTYPES,
  ErrorCodes,
  GRAPH_OPTIMIZATION_LEVELS,
  JOB_STATES,
  OFFER_SORTS,
  PRECISIONS,
  PROVIDER_STATES,
  RigpoolError,
  modelIdOf,
  decodeAdvert,
  decodeClientRequest,
  decodeClientResponse,
  decodeCoordinatorToProvider,
  decodeMarketRequest,
  decodeMarketResponse,
  decodeModelRequest,
  decodeModelResponse,
  decodeProviderToCoordinator,
  decodeSignedAdvert,
  decodeTaskFrame,
  decodeTaskReply,
  encodeAdvert,
  encodeClientRequest,
  encodeClientResponse,
  encodeCoordinatorToProvider,
  encodeMarketRequest,
  encodeMarketResponse,
  encodeModelRequest,
  encodeModelResponse,
  encodeProviderToCoordinator,
  encodeSignedAdvert,
  encodeTaskFrame,
  encodeTaskReply,
  type Advert,
  type ClientRequest,
  type ClientResponse,
  type Comparator,
  type CoordinatorToProvider,
  type ExecutionSettings,
  type JobStatus,
  type MarketRequest,
  type MarketResponse,
  type ModelRequest,
  type ModelResponse,
  type NamedTensors,
  type ProviderToCoordinator,
  type SignedAdvertBytes,
  type TaskFrame,
  type TaskReply,
  type WireTensor,
  type WireVoucher,
} from '../../protocol/index.ts'

// Real PeerIds: a few Ed25519 and secp256k1 keys (RSA keys take seconds to generate).
const keys = await Promise.all([
  ...Array.from({ length: 6 }, () => generateKeyPair('Ed25519')),
  ...Array.from({ length: 2 }, () => generateKeyPair('secp256k1')),
])
export const peerIds: string[] = keys.map((k) => peerIdFromPrivateKey(k).toString())

export const u32 = fc.integer({ min: 0, max: 0xffff_ffff })
export const safeNat = fc.maxSafeNat()
export const money = fc.bigInt({ min: 0n, max: (1n << 256n) - 1n })
/** A money value that survives an optional field: 0 is "absent" on the wire. */
export const positiveMoney = fc.bigInt({ min: 1n, max: (1n << 256n) - 1n })
export const finiteDouble = fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x))
export const nonNegativeDouble = fc
  .double({ min: 0, noNaN: true, noDefaultInfinity: true })
  .map((x) => (x === 0 ? 0 : x))

/** Well-formed strings (protobuf strings are UTF-8) of at most `max` UTF-16 units. */
export function text(max: number, min = 0): fc.Arbitrary<string> {
  return fc
    .string({ unit: 'binary', minLength: min, maxLength: max })
    .filter((s) => s.length <= max && s.length >= min && Buffer.from(s, 'utf8').toString('utf8') === s)
}
/** A non-empty identifier (task ids, job ids: requireString, at most 256). */
export const ident = text(64, 1)

export const bytes = (maxLength = 64, minLength = 0) => fc.uint8Array({ minLength, maxLength })
export const fixedBytes = (n: number) => fc.uint8Array({ minLength: n, maxLength: n })

export const modelId = bytes(64).map((b) => modelIdOf(b))
export const peerId = fc.constantFrom(...peerIds)
export const ethAddress: fc.Arbitrary<Address> = fixedBytes(20).map((b) => getAddress(bytesToHex(b)))

export const dtype = fc.constantFrom(...DTYPES)

export const wireTensor: fc.Arbitrary<WireTensor> = fc
  .record({ dtype, dims: fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 4 }) })
  .chain(({ dtype, dims }) => {
    const n = dims.reduce((a, d) => a * d, 1) * DTYPE_BYTES[dtype]
    return fixedBytes(n).map((data) => ({ dtype, dims, data }))
  })

/** Tensor names: non-empty, unique; "__proto__" has its own test (tensor.test.ts). */
export const tensorName = text(32, 1).filter((s) => s !== '__proto__')
export const namedTensors: fc.Arbitrary<NamedTensors> = fc
  .uniqueArray(fc.tuple(tensorName, wireTensor), { maxLength: 3, selector: ([name]) => name })
  .map((entries) => Object.fromEntries(entries))

export const settings: fc.Arbitrary<ExecutionSettings> = fc.record(
  {
    ortVersion: text(64, 1),
    graphOptimizationLevel: fc.constantFrom(...GRAPH_OPTIMIZATION_LEVELS),
    executionProvider: text(64, 1),
    // 'unknown' is code 0, which is also "unspecified": it decodes as absent.
    precision: fc.constantFrom(...PRECISIONS.filter((p) => p !== 'unknown')),
    intraOpThreads: fc.integer({ min: 1, max: 0xffff_ffff }),
  },
  { requiredKeys: [] },
)

export const rigpoolError: fc.Arbitrary<RigpoolError> = fc
  .record({
    code: fc.constantFrom(...ErrorCodes),
    message: text(100),
    retryAfterMs: fc.option(fc.integer({ min: 1, max: 0xffff_ffff }), { nil: undefined }),
  })
  .map(({ code, message, retryAfterMs }) => new RigpoolError(code, message, { retryAfterMs }))

export const voucher: fc.Arbitrary<WireVoucher> = fc.record({
  channelId: fixedBytes(32).map((b) => bytesToHex(b)),
  cumulativeAmount: money,
  signature: fixedBytes(65).map((b) => bytesToHex(b)),
  chainId: fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }),
  contract: ethAddress,
})

// ---- task ----

export const taskFrame: fc.Arbitrary<TaskFrame> = fc.oneof(
  fc.record({
    kind: fc.constant('header' as const),
    header: fc.record({
      taskId: ident,
      modelId,
      itemCount: u32,
      sharedInputs: namedTensors,
      outputNames: fc.array(text(32, 1), { maxLength: 4 }),
      pricePerMillionItems: money,
      deadlineMs: u32,
      settings,
      firstIndex: u32,
    }),
  }),
  fc.record({ kind: fc.constant('item' as const), index: u32, inputs: namedTensors }),
  fc.record({ kind: fc.constant('trailer' as const), itemCount: u32 }),
  fc.record({ kind: fc.constant('cancel' as const), taskId: ident, reason: text(500) }),
)

export const taskReply: fc.Arbitrary<TaskReply> = fc.oneof(
  fc.record({ kind: fc.constant('accepted' as const), taskId: ident }),
  fc.record({ kind: fc.constant('item' as const), index: u32, outputs: namedTensors }),
  fc.record({
    kind: fc.constant('result' as const),
    result: fc.record({
      taskId: ident,
      itemCount: u32,
      commitmentRoot: fixedBytes(32),
      signature: fixedBytes(65),
      settings,
      computeMs: u32,
    }),
  }),
  fc.record({ kind: fc.constant('error' as const), error: rigpoolError }),
)

// ---- model ----

export const modelRequest: fc.Arbitrary<ModelRequest> = fc.record({ modelId, offset: safeNat })

export const modelResponse: fc.Arbitrary<ModelResponse> = fc.oneof(
  fc.record({ kind: fc.constant('info' as const), modelId, sizeBytes: safeNat }),
  fc.record({ kind: fc.constant('chunk' as const), offset: safeNat, data: bytes(256) }),
  fc.record({ kind: fc.constant('error' as const), error: rigpoolError }),
)

// ---- provider session ----

export const signedAdvertBytes: fc.Arbitrary<SignedAdvertBytes> = fc.record({
  advert: bytes(512),
  signature: fixedBytes(65),
})

export const providerToCoordinator: fc.Arbitrary<ProviderToCoordinator> = fc.oneof(
  fc.record({ kind: fc.constant('register' as const), advert: signedAdvertBytes, agentVersion: text(64) }),
  fc.record({ kind: fc.constant('heartbeat' as const), seq: safeNat, runningTasks: u32, freeSlots: u32 }),
  fc.record({ kind: fc.constant('pause' as const), reason: text(500), handBack: fc.boolean(), graceMs: u32 }),
  fc.record({ kind: fc.constant('resume' as const) }),
  fc.record({ kind: fc.constant('drain' as const), reason: text(500) }),
  fc.record({ kind: fc.constant('handBack' as const), taskId: ident, reason: text(500) }),
  fc.record({ kind: fc.constant('advert' as const), advert: signedAdvertBytes }),
  fc.record(
    { kind: fc.constant('voucherAck' as const), channelId: fixedBytes(32), acceptedAmount: money, error: rigpoolError },
    { requiredKeys: ['kind', 'channelId', 'acceptedAmount'] },
  ),
)

export const coordinatorToProvider: fc.Arbitrary<CoordinatorToProvider> = fc.oneof(
  fc.record({
    kind: fc.constant('registered' as const),
    coordinatorEthAddress: ethAddress,
    heartbeatIntervalMs: u32,
    heartbeatTimeoutMs: u32,
    feeBps: fc.integer({ min: 0, max: 10_000 }),
  }),
  fc.record({ kind: fc.constant('heartbeatAck' as const), seq: safeNat }),
  fc.record({ kind: fc.constant('error' as const), error: rigpoolError }),
  fc.record({ kind: fc.constant('deregistered' as const), reason: text(500) }),
  fc.record({ kind: fc.constant('voucher' as const), taskId: ident, voucher }),
)

// ---- client ----

export const comparator: fc.Arbitrary<Comparator> = fc.oneof(
  fc.constant({ kind: 'exact' as const }),
  fc
    .record({
      bounds: fc.array(
        nonNegativeDouble.filter((x) => x <= 1e300),
        { minLength: 3, maxLength: 3 },
      ),
      floor: fc.double({ min: 1e-300, max: 1e300, noNaN: true }),
      minCosine: fc.double({ min: 0, max: 1, noNaN: true }).map((x) => (x === 0 ? 0 : x)),
      topK: u32,
    })
    .map(({ bounds, floor, minCosine, topK }) => {
      const [accept, escalate, reject] = [...bounds].sort((a, b) => a - b) as [number, number, number]
      return { kind: 'tolerance' as const, accept, escalate, reject, floor, minCosine, topK }
    }),
)

export const jobStatus: fc.Arbitrary<JobStatus> = fc.record({
  jobId: ident,
  state: fc.constantFrom(...JOB_STATES),
  itemsTotal: u32,
  itemsDone: u32,
  itemsDelivered: u32,
  spent: money,
  itemsPerSecond: finiteDouble,
  etaMs: u32,
  providers: u32,
  error: text(200),
})

export const clientRequest: fc.Arbitrary<ClientRequest> = fc.oneof(
  fc.record({ kind: fc.constant('upload' as const), modelId, sizeBytes: safeNat, name: text(256) }),
  fc.record({ kind: fc.constant('chunk' as const), offset: safeNat, data: bytes(256) }),
  fc.record({
    kind: fc.constant('submit' as const),
    job: fc.record(
      {
        idempotencyKey: text(128, 1),
        modelId,
        itemCount: u32,
        sharedInputs: namedTensors,
        outputNames: fc.array(text(32, 1), { maxLength: 4 }),
        comparator,
        priceCapPerMillionItems: money,
        // 0 is not representable as a cap (see money.test.ts): positive or absent.
        spendCap: positiveMoney,
        deadlineMs: u32,
        spread: u32,
        delivery: fc.constantFrom(...DELIVERY_MODES),
        settings,
        channelId: bytes(32, 1),
      },
      {
        requiredKeys: [
          'idempotencyKey',
          'modelId',
          'itemCount',
          'sharedInputs',
          'outputNames',
          'comparator',
          'priceCapPerMillionItems',
          'deadlineMs',
          'spread',
          'delivery',
          'settings',
        ],
      },
    ),
  }),
  fc.record({ kind: fc.constant('item' as const), index: u32, inputs: namedTensors }),
  fc.record({ kind: fc.constant('submitEnd' as const), itemCount: u32 }),
  fc.record({ kind: fc.constant('follow' as const), jobId: ident, cursor: safeNat }),
  fc.record({ kind: fc.constant('ack' as const), jobId: ident, through: safeNat }),
  fc.record({ kind: fc.constant('cancel' as const), jobId: ident }),
  fc.record({ kind: fc.constant('status' as const), jobId: ident }),
  fc.record({ kind: fc.constant('voucher' as const), voucher }),
  fc.record({ kind: fc.constant('list' as const), limit: u32 }),
  fc.record({ kind: fc.constant('report' as const), jobId: ident }),
  fc.record({ kind: fc.constant('terms' as const) }),
)

export const clientResponse: fc.Arbitrary<ClientResponse> = fc.oneof(
  fc.record({ kind: fc.constant('modelStored' as const), modelId, alreadyHad: fc.boolean() }),
  fc.record({ kind: fc.constant('accepted' as const), jobId: ident, existing: fc.boolean() }),
  fc.record({ kind: fc.constant('status' as const), status: jobStatus }),
  fc.record({
    kind: fc.constant('result' as const),
    jobId: ident,
    index: safeNat,
    outputs: namedTensors,
    corrected: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('done' as const),
    jobId: ident,
    state: fc.constantFrom(...JOB_STATES),
    totalCost: money,
  }),
  fc.record({ kind: fc.constant('error' as const), error: rigpoolError }),
  fc.record({ kind: fc.constant('paymentDue' as const), channelId: bytes(32), cumulativeDue: money }),
  fc.record({
    kind: fc.constant('report' as const),
    report: fc.record({
      jobId: ident,
      itemsTotal: u32,
      itemsAudited: u32,
      audits: fc.array(
        fc.record({
          index: safeNat,
          provider: peerId,
          score: finiteDouble,
          verdict: fc.constantFrom(...AUDIT_VERDICTS),
        }),
        { maxLength: 4 },
      ),
      providers: fc.array(peerId, { maxLength: 4 }),
      itemsRerun: u32,
    }),
  }),
  fc.record({ kind: fc.constant('listing' as const), jobs: fc.array(jobStatus, { maxLength: 3 }) }),
  fc.record({
    kind: fc.constant('terms' as const),
    terms: fc.record({
      required: fc.constant(true),
      payee: ethAddress,
      chainId: fc.oneof(fc.integer({ min: 1, max: 2 ** 32 }), fc.integer({ min: 2 ** 31, max: 2 ** 32 - 1 })),
      channels: ethAddress,
      token: ethAddress,
      creditStep: fc.bigInt({ min: 1n, max: 2n ** 128n }),
      minChallengePeriodS: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    }),
  }),
)

// ---- market ----

const optionalText = text(128, 1)

export const marketRequest: fc.Arbitrary<MarketRequest> = fc.oneof(
  fc.record({
    kind: fc.constant('offers' as const),
    query: fc.record(
      {
        gpu: optionalText,
        minVramBytes: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
        executionProvider: optionalText,
        modelId,
        minReputation: finiteDouble.filter((x) => x !== 0),
        maxPricePerGpuHour: positiveMoney,
        maxPricePerMillionItems: positiveMoney,
        sort: fc.constantFrom(...OFFER_SORTS),
        limit: u32,
      },
      { requiredKeys: ['sort', 'limit'] },
    ),
  }),
  fc.record({ kind: fc.constant('stats' as const), gpuClass: optionalText }, { requiredKeys: ['kind'] }),
  fc.record({
    kind: fc.constant('quote' as const),
    request: fc.record({ modelId, itemCount: u32, deadlineMs: u32, spread: u32 }),
  }),
)

export const marketResponse: fc.Arbitrary<MarketResponse> = fc.oneof(
  fc.record({
    kind: fc.constant('offers' as const),
    offers: fc.array(
      fc.record(
        {
          peerId,
          gpuModel: text(256),
          gpuClass: text(128),
          vramBytes: safeNat,
          executionProvider: text(64),
          precision: fc.constantFrom(...PRECISIONS),
          gflops: finiteDouble,
          pricePerGpuHour: money,
          pricePerMillionItems: positiveMoney,
          itemsPerSecond: finiteDouble,
          reputation: finiteDouble,
          state: fc.constantFrom(...PROVIDER_STATES),
        },
        {
          requiredKeys: [
            'peerId',
            'gpuModel',
            'gpuClass',
            'vramBytes',
            'executionProvider',
            'precision',
            'gflops',
            'pricePerGpuHour',
            'itemsPerSecond',
            'reputation',
            'state',
          ],
        },
      ),
      { maxLength: 3 },
    ),
  }),
  fc.record({
    kind: fc.constant('stats' as const),
    classes: fc.array(
      fc.record({
        gpuClass: text(128),
        providersOnline: u32,
        medianPricePerGpuHour: money,
        p10PricePerGpuHour: money,
        p90PricePerGpuHour: money,
        medianGflops: finiteDouble,
        pricePerTflopHour: money,
      }),
      { maxLength: 3 },
    ),
  }),
  fc.record({
    kind: fc.constant('quote' as const),
    quote: fc.record({
      cost: money,
      completionMs: u32,
      p50LatencyMs: finiteDouble,
      providers: fc.array(
        fc.record({ peerId, items: u32, pricePerMillionItems: money, itemsPerSecond: finiteDouble }),
        { maxLength: 3 },
      ),
    }),
  }),
  fc.record({ kind: fc.constant('error' as const), error: rigpoolError }),
)

// ---- adverts ----

export const advert: fc.Arbitrary<Advert> = fc.record({
  peerId,
  ethAddress,
  payoutAddress: ethAddress,
  hardware: fc.record({
    gpus: fc.array(
      fc.record({ index: u32, vendor: text(40), model: text(60), vramBytes: safeNat, driver: text(40), bus: text(40) }),
      { maxLength: 3 },
    ),
    cpuModel: text(60),
    cpuCores: u32,
    ramBytes: safeNat,
    os: text(40),
    arch: text(32),
  }),
  executionProvider: text(64),
  executionProviderLog: fc.array(text(100), { maxLength: 4 }),
  precision: fc.constantFrom(...PRECISIONS),
  ortVersion: text(64),
  graphOptimizationLevel: fc.constantFrom(...GRAPH_OPTIMIZATION_LEVELS),
  benchmarkGflops: nonNegativeDouble,
  pricePerGpuHour: money,
  models: fc.array(
    fc.record({ modelId, itemsPerSecond: nonNegativeDouble, batchSize: u32, pricePerMillionItems: money }),
    { maxLength: 3 },
  ),
  freeSlots: u32,
  state: fc.constantFrom(...PROVIDER_STATES),
  issuedAtMs: safeNat,
  ttlMs: u32,
  seq: safeNat,
  maxTaskBytes: safeNat,
})

/**
 * A value as a decoder gives it back, for deepStrictEqual: keys holding undefined are
 * dropped (an absent optional field), byte views become plain Uint8Arrays, and errors
 * become their code and retry hint (their message gains a "peer: " prefix on the way).
 */
export function normalize(value: unknown): unknown {
  if (value instanceof RigpoolError) return { code: value.code, retryAfterMs: value.retryAfterMs }
  if (value instanceof Uint8Array) return Uint8Array.from(value)
  if (Array.isArray(value)) return value.map(normalize)
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = normalize(v)
    return out
  }
  return value
}

/** Every encode/decode pair of protocol/wire with an arbitrary for its values and kinds. */
export interface WireCodec<T> {
  name: string
  arbitrary: fc.Arbitrary<T>
  encode: (value: T) => Uint8Array
  decode: (bytes: Uint8Array) => T
  /** The kinds of the tagged union, each of which the run must reach. */
  kinds?: readonly string[]
}

function codec<T>(c: WireCodec<T>): WireCodec<unknown> {
  return c as unknown as WireCodec<unknown>
}

export const wireCodecs: WireCodec<unknown>[] = [
  codec({
    name: 'TaskFrame',
    arbitrary: taskFrame,
    encode: encodeTaskFrame,
    decode: decodeTaskFrame,
    kinds: ['header', 'item', 'trailer', 'cancel'],
  }),
  codec({
    name: 'TaskReply',
    arbitrary: taskReply,
    encode: encodeTaskReply,
    decode: decodeTaskReply,
    kinds: ['accepted', 'item', 'result', 'error'],
  }),
  codec({ name: 'ModelRequest', arbitrary: modelRequest, encode: encodeModelRequest, decode: decodeModelRequest }),
  codec({
    name: 'ModelResponse',
    arbitrary: modelResponse,
    encode: encodeModelResponse,
    decode: decodeModelResponse,
    kinds: ['info', 'chunk', 'error'],
  }),
  codec({
    name: 'ProviderToCoordinator',
    arbitrary: providerToCoordinator,
    encode: encodeProviderToCoordinator,
    decode: decodeProviderToCoordinator,
    kinds: ['register', 'heartbeat', 'pause', 'resume', 'drain', 'handBack', 'advert', 'voucherAck'],
  }),
  codec({
    name: 'CoordinatorToProvider',
    arbitrary: coordinatorToProvider,
    encode: encodeCoordinatorToProvider,
    decode: decodeCoordinatorToProvider,
    kinds: ['registered', 'heartbeatAck', 'error', 'deregistered', 'voucher'],
  }),
  codec({
    name: 'ClientRequest',
    arbitrary: clientRequest,
    encode: encodeClientRequest,
    decode: decodeClientRequest,
    kinds: [
      'upload',
      'chunk',
      'submit',
      'item',
      'submitEnd',
      'follow',
      'ack',
      'cancel',
      'status',
      'voucher',
      'list',
      'report',
      'terms',
    ],
  }),
  codec({
    name: 'ClientResponse',
    arbitrary: clientResponse,
    encode: encodeClientResponse,
    decode: decodeClientResponse,
    kinds: ['modelStored', 'accepted', 'status', 'result', 'done', 'error', 'paymentDue', 'report', 'listing', 'terms'],
  }),
  codec({
    name: 'MarketRequest',
    arbitrary: marketRequest,
    encode: encodeMarketRequest,
    decode: decodeMarketRequest,
    kinds: ['offers', 'stats', 'quote'],
  }),
  codec({
    name: 'MarketResponse',
    arbitrary: marketResponse,
    encode: encodeMarketResponse,
    decode: decodeMarketResponse,
    kinds: ['offers', 'stats', 'quote', 'error'],
  }),
  codec({ name: 'Advert', arbitrary: advert, encode: encodeAdvert, decode: decodeAdvert }),
  codec({ name: 'SignedAdvert', arbitrary: signedAdvertBytes, encode: encodeSignedAdvert, decode: decodeSignedAdvert }),
]
