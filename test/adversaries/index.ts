// Adversaries for tests and the verification bench (never part of the production path).
export { fp16Model, int8Model, mapWeights, roundToHalf, weightNoiseModel } from './model-cheats.ts'
export { accountOf, deliver, runnerExecutor, type Delivery, type Executor, type RunnerExecutor, type SimProvider, type TaskWork } from './provider.ts'
export { honestThenCheat, onFractionOfItems, onFractionOfTasks, randomOutputs, replayFirst, substitute } from './strategies.ts'
export { cheatingRunner } from './agent.ts'
