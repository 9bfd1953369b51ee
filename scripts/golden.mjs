// `npm run golden`: rewrite the golden files, of the examples (test/examples/golden/, from content/)
// and of the test organizations (test/document/golden/, from test/fixtures/organizations/).
// The old golden files are set aside first, so the files of organizations and documents that content/
// no longer has go too; then the golden test writes the expected documents anew (`vitest --update`).
// If the test fails, the old files are put back. Review the diff afterwards
// (`git diff --stat test/examples/golden`) as you would review the text of a contract.
import {spawnSync} from 'node:child_process'
import {rename, rm} from 'node:fs/promises'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const golden = fileURLToPath(new URL('../test/examples/golden', import.meta.url))
const previous = `${golden}.previous-${process.pid}`

const hadGolden = await rename(golden, previous).then(
  () => true,
  (error) => {
    if (error.code === 'ENOENT') return false
    throw error
  }
)
const vitest = spawnSync('npx', ['vitest', 'run', 'test/examples/golden.test.ts', '--update'], {cwd: root, stdio: 'inherit', shell: process.platform === 'win32'})
if (vitest.status !== 0) {
  await rm(golden, {recursive: true, force: true})
  if (hadGolden) await rename(previous, golden)
  console.error('golden: the golden test failed; test/examples/golden/ is as it was. Fix the cause and run `npm run golden` again.')
  process.exit(vitest.status ?? 1)
}
if (hadGolden) await rm(previous, {recursive: true, force: true})
const fixtures = spawnSync('npx', ['vitest', 'run', 'test/document/golden.test.ts', '--update'], {cwd: root, stdio: 'inherit', shell: process.platform === 'win32'})
if (fixtures.status !== 0) {
  console.error('golden: the golden test of the test organizations failed. Fix the cause and run `npm run golden` again.')
  process.exit(fixtures.status ?? 1)
}
console.log('golden: rewrote test/examples/golden/ and test/document/golden/. Review the diff (`git diff --stat test`) before you commit it.')
