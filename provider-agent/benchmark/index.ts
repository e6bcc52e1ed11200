// Benchmark models and figures for the provider: deterministic MLPs and GFLOP/s.
export { mlpModel, mlpInput, STANDARD_MLP, type MlpConfig, type MlpModel } from './mlp-model.ts'
export { benchmarkGflops, type GflopsOptions, type GflopsResult } from './gflops.ts'
export { seededRandom, seededFloats } from './prng.ts'
