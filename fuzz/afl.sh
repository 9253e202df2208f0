#!/usr/bin/env bash
# Coverage-guided fuzzing with AFL++ (issue 17), outside CI, over the same
# targets as the mutation fuzzer (fuzz/src/lib.rs). Needs Debian's afl++ and
# `cargo install --locked cargo-afl` (docs/robustness.md). Each target runs
# for SECONDS_EACH (default 600) from the seeds the mutation fuzzer uses; an
# input over 100 ms is a hang. Findings stay in fuzz/afl-out/TARGET/.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH="${SECONDS_EACH:-600}"
TARGETS="${TARGETS:-project csv fragment work package geojson coords}"
cargo run --locked --release -p jiujiang-fuzz -- all --write-seeds fuzz/afl-out/seeds
(cd fuzz/afl && cargo afl build --release --locked)
export AFL_SKIP_CPUFREQ=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
for t in $TARGETS; do
  rm -rf "fuzz/afl-out/$t"
  TARGET="$t" cargo afl fuzz -i "fuzz/afl-out/seeds/$t" -o "fuzz/afl-out/$t" \
    -t 100 -V "$SECONDS_EACH" fuzz/afl/target/release/jiujiang-fuzz-afl > "fuzz/afl-out/$t.log" 2>&1 || true
  stats="fuzz/afl-out/$t/default/fuzzer_stats"
  if [ -f "$stats" ]; then
    awk -v t="$t" -F' *: *' '/^(execs_done|execs_per_sec|corpus_count|bitmap_cvg|saved_crashes|saved_hangs|run_time)/{v[$1]=$2}
      END{printf "%-9s %s s, %s inputs (%s/s), corpus %s, coverage %s, crashes %s, hangs %s\n", t, v["run_time"], v["execs_done"], v["execs_per_sec"], v["corpus_count"], v["bitmap_cvg"], v["saved_crashes"], v["saved_hangs"]}' "$stats"
  else
    echo "$t: AFL++ did not start; see fuzz/afl-out/$t.log"
  fi
done
