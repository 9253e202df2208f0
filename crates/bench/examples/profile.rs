//! Screens sample projects in a loop, for profilers (valgrind --tool=callgrind).
fn main() {
    let engine = jiujiang_engine::Engine::embedded().unwrap();
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(1000);
    let projects = jiujiang_bench::sample_projects(engine, n);
    let findings: usize = projects
        .iter()
        .map(|p| {
            if std::env::var("FULL").is_ok() {
                engine.screen(p, jiujiang_bench::AS_OF).findings.len()
            } else {
                engine.verdicts(p, jiujiang_bench::AS_OF).outcomes.len()
            }
        })
        .sum();
    println!("{findings} findings");
}
