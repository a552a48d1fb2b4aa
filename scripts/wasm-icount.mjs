// Counts the work of the first browser module on one input, for comparing two
// builds when the machine is too busy for `make bench-web` to tell them apart
// (its wall times moved by 2x between two runs of the same build under load).
// Instruction counts under callgrind do not depend on the load:
//
//   valgrind --tool=callgrind --callgrind-out-file=/dev/null --smc-check=all-non-file \
//     node --single-threaded --no-liftoff --no-wasm-tier-up scripts/wasm-icount.mjs WASM FILE [BYTES]
//
// `--no-liftoff --no-wasm-tier-up --single-threaded` make V8 compile the whole
// module with TurboFan once, on this thread, so the same build gives the same
// count (±0.3 % of the work seen here). Run it twice per build, with N=1 and
// N=4 (checks of FILE, or of its first BYTES), and take the difference: what
// is left is three checks' work without start-up and compilation.
// Glue and name lists come from www/lib/pkg (scripts/build-wasm.sh); the
// glue is the same for builds that differ only in compiler flags.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const [wasmPath, input, limit] = process.argv.slice(2);
if (!wasmPath || !input) {
  console.error('usage: node scripts/wasm-icount.mjs WASM FILE [BYTES]   (N=checks, default 1)');
  process.exit(2);
}
const pkg = fileURLToPath(new URL('../www/lib/pkg/', import.meta.url));
const glue = await import(`${pkg}presend.js`);
glue.initSync({ module: readFileSync(wasmPath) });
glue.setNameData(readFileSync(`${pkg}presend-names.txt`));
const checker = new glue.Checker(undefined, undefined);
let bytes = readFileSync(input);
if (limit) bytes = bytes.subarray(0, Number(limit));
const name = input.split('/').pop() ?? input;
const checks = Number(process.env.N || 1);
for (let i = 0; i < checks; i++) {
  const verdict = checker.checkUpload('example.test', [{ name, bytes: new Uint8Array(bytes) }], undefined, undefined);
  if (i === 0) console.log(`${name}: ${verdict.decision}`);
}
