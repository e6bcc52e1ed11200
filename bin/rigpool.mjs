#!/usr/bin/env node
// The `rigpool` command. Node 20 cannot run TypeScript directly: tsx is registered
// first (and the Promise.withResolvers polyfill libp2p needs on Node 20).
import '../scripts/register.mjs'
await import('../cli/main.ts')
