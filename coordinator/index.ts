// Public surface of the coordinator.
export { startCoordinator, type Coordinator, type CoordinatorConfig } from './coordinator.ts'
