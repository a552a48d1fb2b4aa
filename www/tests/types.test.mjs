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

test('an id the core does not have is a type error', () => {
  const tmp = mkdtempSync(join(DIR, '.tmp-'));
  try {
    const source = readFileSync(join(DIR, 'consumer.ts'), 'utf8')
      .replaceAll("'../../lib/", "'../../../lib/")
      .replace("kinds.includes('my_number')", "kinds.includes('mynumber')");
    writeFileSync(join(tmp, 'consumer.ts'), source);
    writeFileSync(join(tmp, 'tsconfig.json'), readFileSync(join(DIR, 'tsconfig.json')));
    const run = tsc(join(tmp, 'tsconfig.json'));
    assert.notEqual(run.status, 0, "tsc accepted the kind 'mynumber'");
    assert.match(run.stdout, /mynumber/);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});

test('a misuse of the options is a type error', () => {
  const tmp = mkdtempSync(join(DIR, '.tmp-'));
  try {
    const source = readFileSync(join(DIR, 'consumer.ts'), 'utf8')
      .replaceAll("'../../lib/", "'../../../lib/")
      .replace("wasmUrl: '/static/presend.wasm'", 'wasmUrl: 5');
    writeFileSync(join(tmp, 'consumer.ts'), source);
    writeFileSync(join(tmp, 'tsconfig.json'), readFileSync(join(DIR, 'tsconfig.json')));
    const run = tsc(join(tmp, 'tsconfig.json'));
    assert.notEqual(run.status, 0, 'tsc accepted wasmUrl: 5');
    assert.match(run.stdout, /wasmUrl|TS2322/);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
