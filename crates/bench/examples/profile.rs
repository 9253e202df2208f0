//! Screens sample projects in a loop, for profilers (valgrind --tool=callgrind).
//! `FULL=1` builds explained reports; `INCENTIVES=1` adds the incentive
//! estimate; `LEAD=1` screens the chemical lead of
//! examples/leads/ instead (report with bounds and questions); `GRID=1` paints
//! N cells of the "where can it go?" grid for it, complete. Run with 0 and
//! with N to subtract the start-up from the instruction count, or with
//! `REPEAT=1` and `REPEAT=2` to leave out building the sample projects.

// The CLI's allocator (see benches/screen.rs). Comment it out to count
// glibc's malloc instead.
#[global_allocator]
static ALLOCATOR: jiujiang_alloc::Allocator = jiujiang_alloc::Allocator;

fn main() {
    let engine = jiujiang_engine::Engine::embedded().unwrap();
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(1000);
    if std::env::var("GRID").is_ok() {
        // `n` cells of the "where can it go?" grid for the complete chemical lead.
        let lead = engine
            .project_from_json(include_str!(
                "../../../examples/leads/chemical.complete.json"
            ))
            .unwrap();
        let bbox = jiujiang_engine::rules::grid::MAP_BBOX;
        let g = engine.grid(&lead, jiujiang_bench::AS_OF, None, bbox, n.max(1));
        println!("{} cells", g.cells.len());
        return;
    }
    if std::env::var("LEAD").is_ok() {
        let lead = engine
            .project_from_json(include_str!("../../../examples/leads/chemical.json"))
            .unwrap();
        let questions: usize = (0..n)
            .map(|_| engine.screen(&lead, jiujiang_bench::AS_OF).questions.len())
            .sum();
        println!("{questions} questions");
        return;
    }
    // `REPEAT=k` screens the same projects k times: the difference between
    // k = 2 and k = 1 leaves out building the sample projects.
    let repeat: usize = std::env::var("REPEAT")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1);
    let projects = jiujiang_bench::sample_projects(engine, n);
    // Read once: a lookup in the environment per project would be counted
    // as the engine's work.
    let incentives = std::env::var("INCENTIVES").is_ok();
    let full = std::env::var("FULL").is_ok();
    let findings: usize = (0..repeat)
        .flat_map(|_| projects.iter())
        .map(|p| {
            if incentives {
                jiujiang_bench::report_with_incentives(engine, p)
            } else if full {
                engine.screen(p, jiujiang_bench::AS_OF).findings.len()
            } else {
                engine.verdicts(p, jiujiang_bench::AS_OF).outcomes.len()
            }
        })
        .sum();
    println!("{findings} findings");
}
