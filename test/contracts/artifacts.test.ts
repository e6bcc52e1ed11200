// The committed generated ABI and bytecode are what the sources compile to today.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { compileContracts, EVM_VERSION, renderContract } from '../../contracts/build.ts'

test('generated contract artifacts are not stale (recompiled with solc-js and compared)', async () => {
  const compiled = compileContracts()
  assert.deepEqual(compiled.map((c) => c.name).sort(), ['FalseReturnToken', 'FeeOnTransferToken', 'RigpoolChannels', 'TestStablecoin'])
  for (const c of compiled) {
    const { file } = renderContract(c)
    const mod = (await import(`../../contracts/generated/${file}`)) as Record<string, unknown>
    const id = file.slice(0, -'.ts'.length)
    assert.deepEqual(mod[`${id}Abi`], c.abi, `${file}: ABI is stale, run contracts/build.ts`)
    assert.equal(mod[`${id}Bytecode`], c.bytecode, `${file}: bytecode is stale, run contracts/build.ts`)
  }
  assert.equal(EVM_VERSION, 'cancun')
})
