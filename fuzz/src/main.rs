//! A fuzzer for every decoder of text from strangers (issue 17), on the stable
//! toolchain: a mutation fuzzer (no coverage guidance) over a committed corpus
//! of real files. Each input is mutated from a seed (bytes flipped, inserted,
//! cut, repeated, spliced from another seed, or replaced by tokens decoders
//! trip on), decoded, and, where it decodes to a project, screened. A panic, an
//! input over 100 ms, or memory growing past the stated bound is a finding:
//! the input is written to `fuzz/findings/TARGET-N` and the run fails.
//!
//! `cargo run --release -p jiujiang-fuzz -- [TARGET|all] [--inputs N] [--seed S]`
//! (or `--write-seeds DIR` to write each target's seeds as files)
//! (docs/robustness.md has the campaign's figures; CI runs a short smoke).

use jiujiang_engine::Engine;
use jiujiang_fuzz::{run, seeds, TARGETS};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;
use std::time::{Duration, Instant};

const SLOW: Duration = Duration::from_millis(100);
/// Resident memory the process may reach (the corpus, the engine and one
/// input): a decoder that keeps what it read would pass it.
const MEMORY_BOUND_KB: u64 = 400_000;

/// Tokens that decoders are likely to trip on.
const TOKENS: &[&str] = &[
    "\"",
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\\",
    "\\u0000",
    "\u{0}",
    "-1",
    "1e309",
    "-1e309",
    "NaN",
    "1e-400",
    "99999999999999999999999",
    "0x10",
    "\u{feff}",
    "\r\n",
    "\n",
    "\"\"",
    "null",
    "true",
    "[[[[[[[[[[",
    "]]]]]]]]",
    "{\"a\":",
    "；",
    "，",
    "°",
    "′",
    "″",
    "东经",
    "北纬",
    "E",
    "N",
    "S",
    "W",
    "🙂",
    "\u{202e}",
    "site.location",
    "site.parcel",
    "industry_code",
    "w1.",
    "w9.",
    "#",
    "=",
    "coordinates",
    "\"type\":\"Polygon\"",
    "\"type\":\"FeatureCollection\"",
    "schema_version",
];

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

fn mutate(rng: &mut Rng, seeds: &[Vec<u8>], out: &mut Vec<u8>) {
    out.clear();
    out.extend_from_slice(&seeds[rng.below(seeds.len())]);
    // Mostly one change, so that many inputs still decode and reach the
    // code behind the parser; sometimes several.
    let changes = if rng.below(2) == 0 {
        1
    } else {
        2 + rng.below(7)
    };
    for _ in 0..changes {
        let len = out.len();
        match rng.below(9) {
            0 if len > 0 => {
                let i = rng.below(len);
                out[i] ^= 1 << rng.below(8);
            }
            1 => {
                let i = rng.below(len + 1);
                out.insert(i, rng.next() as u8);
            }
            2 if len > 0 => {
                let a = rng.below(len);
                let b = (a + 1 + rng.below(64)).min(len);
                out.drain(a..b);
            }
            3 if len > 0 => {
                let a = rng.below(len);
                let b = (a + 1 + rng.below(32)).min(len);
                let piece = out[a..b].to_vec();
                for _ in 0..1 + rng.below(20) {
                    let at = rng.below(out.len() + 1);
                    out.splice(at..at, piece.iter().copied());
                }
            }
            4 => {
                let other = &seeds[rng.below(seeds.len())];
                if !other.is_empty() {
                    let a = rng.below(other.len());
                    let b = (a + 1 + rng.below(200)).min(other.len());
                    let at = rng.below(out.len() + 1);
                    out.splice(at..at, other[a..b].iter().copied());
                }
            }
            5 | 6 => {
                let t = TOKENS[rng.below(TOKENS.len())].as_bytes();
                let at = rng.below(len + 1);
                out.splice(at..at, t.iter().copied());
            }
            7 if len > 0 => {
                let cut = rng.below(len);
                out.truncate(cut);
            }
            _ => {
                // A digit run made huge or tiny.
                let at = rng.below(len + 1);
                let digits = "9".repeat(1 + rng.below(400));
                out.splice(at..at, digits.bytes());
            }
        }
    }
}

fn resident_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .and_then(|v| v.parse::<u64>().ok())
    };
    let inputs = flag("--inputs").unwrap_or(100_000);
    let seed = flag("--seed").unwrap_or(0x9E37_79B9_7F4A_7C15);
    let which: Vec<&str> = match args.first().map(String::as_str) {
        None | Some("all") => TARGETS.to_vec(),
        Some(t) if t.starts_with("--") => TARGETS.to_vec(),
        Some(t) => match TARGETS.iter().find(|x| **x == t) {
            Some(t) => vec![*t],
            None => {
                eprintln!("fuzz: unknown target {t}; one of {}", TARGETS.join(", "));
                return std::process::ExitCode::from(2);
            }
        },
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let engine = match Engine::embedded() {
        Ok(e) => e,
        Err(e) => {
            eprintln!("fuzz: {e}");
            return std::process::ExitCode::from(3);
        }
    };
    // `--write-seeds DIR`: the seeds of each target as files DIR/TARGET/N, the
    // input folders of the AFL++ campaign (fuzz/afl.sh).
    if let Some(i) = args.iter().position(|a| a == "--write-seeds") {
        let Some(dir) = args.get(i + 1) else {
            eprintln!("fuzz: --write-seeds needs a folder");
            return std::process::ExitCode::from(2);
        };
        for target in &which {
            let out = Path::new(dir).join(target);
            let written = std::fs::create_dir_all(&out).and_then(|_| {
                (seeds(target, root, engine).iter().enumerate())
                    .try_for_each(|(n, seed)| std::fs::write(out.join(format!("{n}")), seed))
            });
            if let Err(e) = written {
                eprintln!("fuzz: {}: {e}", out.display());
                return std::process::ExitCode::from(1);
            }
        }
        return std::process::ExitCode::SUCCESS;
    }
    // Panics are findings, reported here, not printed by the default hook.
    std::panic::set_hook(Box::new(|_| {}));
    let mut failed = false;
    for target in which {
        let seeds = seeds(target, root, engine);
        if seeds.is_empty() {
            eprintln!("fuzz: {target}: no seeds");
            failed = true;
            continue;
        }
        let mut rng = Rng(seed ^ target.len() as u64 ^ 0x5851_F42D_4C95_7F2D);
        let mut input = Vec::new();
        let (mut panics, mut slow, mut slowest) = (0u64, 0u64, Duration::ZERO);
        let mut decoded = 0u64;
        let started = Instant::now();
        for n in 0..inputs {
            mutate(&mut rng, &seeds, &mut input);
            let text = String::from_utf8_lossy(&input);
            let t = Instant::now();
            let result = catch_unwind(AssertUnwindSafe(|| run(target, &text, engine)));
            let took = t.elapsed();
            slowest = slowest.max(took);
            let finding = match result {
                Err(_) => {
                    panics += 1;
                    Some("panic")
                }
                Ok(_) if took > SLOW => {
                    slow += 1;
                    Some("slow")
                }
                Ok(ok) => {
                    decoded += ok as u64;
                    None
                }
            };
            if let Some(kind) = finding {
                let dir = root.join("findings");
                let _ = std::fs::create_dir_all(&dir);
                let _ = std::fs::write(dir.join(format!("{target}-{kind}-{n}")), &input);
            }
        }
        let memory = resident_kb();
        println!(
            "{target:>9}: {inputs} inputs in {:.1} s ({decoded} decoded), {panics} panics, {slow} over 100 ms (slowest {:.2} ms), peak memory {} MB",
            started.elapsed().as_secs_f64(),
            slowest.as_secs_f64() * 1000.0,
            memory / 1024
        );
        if panics > 0 || slow > 0 || memory > MEMORY_BOUND_KB {
            failed = true;
        }
    }
    if failed {
        std::process::ExitCode::FAILURE
    } else {
        std::process::ExitCode::SUCCESS
    }
}
