// Loaded with `node --import ./scripts/register.mjs`: tsx, so Node 20 can run our
// TypeScript, then the Promise.withResolvers polyfill libp2p needs on Node 20.
import { register } from 'tsx/esm/api'
register()
await import('../protocol/polyfill.ts')
