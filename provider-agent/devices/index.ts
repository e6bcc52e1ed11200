// One executor per device: start-up (EP choice, self-check, benchmark) and the pool tasks run on.
export { DevicePool, type DeviceExecutor, type ModelSpeed } from './device-pool.ts'
export { startDevices, type StartDevicesOptions, type StartedDevice } from './start-devices.ts'
