// Public surface of the provider agent.
export { startProvider, type ProviderAgent, type ProviderConfig } from './agent.ts'
export type { TaskRunner } from './services/task-runner.ts'
