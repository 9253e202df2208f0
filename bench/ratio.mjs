// wasm against native on the same work, for issue 16's "within 2.5×": the
// best criterion sample of each native batch (crates/bench/benches/screen.rs,
// 10,000 sample projects or grid cells) beside the best run of the same
// batch in wasm under Node (bench/peer.mjs, which writes target/bench-wasm.json).
// Both are the least disturbed of their runs; on a shared machine the means
// move by a third from one run to the next. Run by bench/run.sh after both.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const criterion = path.join(root, 'target', 'criterion');
const wasmFile = path.join(root, 'target', 'bench-wasm.json');

// Criterion's samples: each is `iters` runs taking `times` ns in all.
function bestNs(group, name) {
  const file = path.join(criterion, group, name, 'new', 'sample.json');
  if (!existsSync(file)) return null;
  const { iters, times } = JSON.parse(readFileSync(file, 'utf8'));
  return Math.min(...times.map((t, i) => t / iters[i]));
}

if (!existsSync(wasmFile)) {
  console.error('no target/bench-wasm.json: run bench/peer.mjs first');
  process.exit(1);
}
const wasm = JSON.parse(readFileSync(wasmFile, 'utf8'));
const rows = [
  ['all rules, verdicts (µs a project)', bestNs('batch', 'verdicts of 10,000 projects, all rules'), 10_000, wasm.verdicts_us],
  ['all rules, explained report (µs a project)', bestNs('batch', 'screen 10,000 projects, all rules'), 10_000, wasm.report_us],
  ['report with incentive estimate (µs a project)', bestNs('batch', 'report with the incentive estimate, 10,000 projects'), 10_000, wasm.report_incentives_us],
  ['where grid, 10,000 cells (ms)', bestNs('where', 'grid of 10,000 cells, the chemical lead'), null, wasm.grid_ms],
];
console.log('\nwasm (Node) against native, same work, best of each side\'s runs');
console.log('measure'.padEnd(48), 'native'.padStart(9), 'wasm'.padStart(9), 'wasm ÷ native'.padStart(14));
for (const [label, ns, per, w] of rows) {
  if (ns === null || w === undefined) {
    console.log(label.padEnd(48), 'not run'.padStart(9));
    continue;
  }
  // ns for the whole batch: a project's share in µs, or the grid in ms.
  const native = per === null ? ns / 1e6 : ns / per / 1000;
  console.log(label.padEnd(48), native.toFixed(2).padStart(9), w.toFixed(2).padStart(9), `${(w / native).toFixed(2)}×`.padStart(14));
}
