// presend.d.ts compiled against a small TypeScript consumer
// (tests/bundlers/consumer.ts) with `tsc --strict --noEmit`: the declarations
// are valid and describe the API as a developer uses it, the bundler options
// included; a misuse is refused, so the check is real.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = fileURLToPath(new URL('./bundlers/', import.meta.url));
const TSC = fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url));

/** @param {string} project */
const tsc = (project) => spawnSync(process.execPath, [TSC, '-p', project], { encoding: 'utf8' });

test('presend.d.ts compiles under strict mode against a consumer', () => {
  const run = tsc(join(DIR, 'tsconfig.json'));
  assert.equal(run.status, 0, run.stdout + run.stderr);
});

/**
 * Compiles the consumer with one line changed; returns tsc's run.
 * @param {string} from @param {string} to
 */
function compileChanged(from, to) {
  const tmp = mkdtempSync(join(DIR, '.tmp-'));
  try {
    const source = readFileSync(join(DIR, 'consumer.ts'), 'utf8').replaceAll("'../../lib/", "'../../../lib/");
    assert.ok(source.includes(from), `consumer.ts has no "${from}"`);
    writeFileSync(join(tmp, 'consumer.ts'), source.replace(from, to));
    writeFileSync(join(tmp, 'tsconfig.json'), readFileSync(join(DIR, 'tsconfig.json')));
    return tsc(join(tmp, 'tsconfig.json'));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

test('an id the core does not have is a type error', () => {
  const run = compileChanged("kinds.includes('my_number')", "kinds.includes('mynumber')");
  assert.notEqual(run.status, 0, "tsc accepted the kind 'mynumber'");
  assert.match(run.stdout, /mynumber/);
});

test('a misuse of the options is a type error', () => {
  const run = compileChanged("wasmUrl: '/static/presend.wasm'", 'wasmUrl: 5');
  assert.notEqual(run.status, 0, 'tsc accepted wasmUrl: 5');
  assert.match(run.stdout, /wasmUrl|TS2322/);
});
