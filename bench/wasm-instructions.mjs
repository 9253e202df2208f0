// One batch of the bench module run K times under Node, for
// bench/wasm-instructions.sh (callgrind counts what the run executes).
import { createRequire } from 'module';

const require = createRequire(import.meta.url);
const wasm = require(process.env.WB);
const batch = new wasm.Batch(+process.env.N, '');
let sum = 0;
for (let i = 0; i < +process.env.K; i++) sum += batch[process.env.WHAT]();
console.log(sum);
