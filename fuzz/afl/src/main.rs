//! The AFL++ harness: one target (env `TARGET`, default `project`) driven by
//! AFL++'s coverage-guided inputs through the same code as the mutation
//! fuzzer (`jiujiang_fuzz::run`). A panic is a crash to AFL++; an input over
//! the campaign's `-t` limit is a hang. Run by fuzz/afl.sh.

fn main() {
    let target = std::env::var("TARGET").unwrap_or_else(|_| "project".to_string());
    if !jiujiang_fuzz::TARGETS.contains(&target.as_str()) {
        eprintln!("afl harness: unknown TARGET {target}");
        std::process::exit(2);
    }
    let Ok(engine) = jiujiang_engine::Engine::embedded() else {
        eprintln!("afl harness: the embedded rule data did not load");
        std::process::exit(3);
    };
    afl::fuzz!(|data: &[u8]| {
        // The app and the CLI read these inputs as text.
        let text = String::from_utf8_lossy(data);
        jiujiang_fuzz::run(&target, &text, engine);
    });
}
