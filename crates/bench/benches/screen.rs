//! Native screening speed: one project, and 10,000 in a batch.
//! Run: cargo bench -p jiujiang-bench

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use jiujiang_bench::{
    nearest_water_m, random_points, report_with_incentives, sample_fields, sample_projects, subset,
    AS_OF,
};
use jiujiang_engine::{rules::program::Program, screen::screen_with, Engine};
use std::hint::black_box;

// The CLI's allocator, so these figures are what the native tool does.
#[global_allocator]
static ALLOCATOR: jiujiang_alloc::Allocator = jiujiang_alloc::Allocator;

fn bench(c: &mut Criterion) {
    let engine = Engine::embedded().unwrap();
    let one = sample_projects(engine, 1).remove(0);
    // What the engine does once at start, before the first screen: read the
    // embedded rule data (issue 16), in its binary form and, beside it, from
    // the JSON it replaced (the same data, written here by serde).
    let mut g = c.benchmark_group("rule data read at start");
    g.bench_function("binary form (embedded)", |b| {
        b.iter(|| jiujiang_engine::data_codec::unpack(black_box(jiujiang_engine::RULE_DATA)))
    });
    let json = serde_json::to_string(&engine.data).unwrap();
    g.bench_function("JSON, as before", |b| {
        b.iter(|| serde_json::from_str::<jiujiang_engine::RuleData>(black_box(&json)).unwrap())
    });
    g.finish();
    c.bench_function("screen one project, all rules", |b| {
        b.iter(|| engine.screen(black_box(&one), AS_OF))
    });
    c.bench_function("verdicts of one project, all rules", |b| {
        b.iter(|| engine.verdicts(black_box(&one), AS_OF))
    });
    // Issue 16's second target: the explained report with the incentive
    // estimate, as the app builds it per keystroke.
    c.bench_function("report with the incentive estimate, one project", |b| {
        b.iter(|| report_with_incentives(engine, black_box(&one)))
    });
    let yrb01 = subset(&engine.data, &["YRB-01"]);
    let program = Program::new(&yrb01);
    c.bench_function("screen one project, YRB-01 only", |b| {
        b.iter(|| screen_with(&yrb01, &program, Default::default(), black_box(&one), AS_OF))
    });
    // A first-meeting lead (examples/leads/chemical.json): most rules open,
    // so the report computes bounds and looks ahead for every question.
    let lead = engine
        .project_from_json(include_str!("../../../examples/leads/chemical.json"))
        .unwrap();
    c.bench_function(
        "screen a first-meeting lead, with bounds and questions",
        |b| b.iter(|| engine.screen(black_box(&lead), AS_OF)),
    );
    c.bench_function("verdicts of a first-meeting lead", |b| {
        b.iter(|| engine.verdicts(black_box(&lead), AS_OF))
    });
    // "Where can it go?" (issue 15): the complete chemical lead painted over
    // the whole map, 100 × 100 cells, as the app does on a redraw.
    let complete = engine
        .project_from_json(include_str!(
            "../../../examples/leads/chemical.complete.json"
        ))
        .unwrap();
    let bbox = jiujiang_engine::rules::grid::MAP_BBOX;
    let mut g = c.benchmark_group("where");
    g.sample_size(10);
    g.bench_function("grid of 10,000 cells, the chemical lead", |b| {
        b.iter(|| engine.grid(black_box(&complete), AS_OF, None, bbox, 10_000))
    });
    g.finish();
    let fields = sample_fields(0);
    c.bench_function("parse one project from form fields", |b| {
        b.iter(|| engine.parse_fields(black_box(&fields).iter().map(|(k, v)| (*k, v.as_str()))))
    });
    let many = sample_projects(engine, 10_000);
    let mut g = c.benchmark_group("batch");
    g.throughput(Throughput::Elements(10_000));
    g.sample_size(10);
    g.bench_function("screen 10,000 projects, all rules", |b| {
        b.iter_batched(
            || (),
            |_| {
                many.iter()
                    .map(|p| engine.screen(p, AS_OF).findings.len())
                    .sum::<usize>()
            },
            BatchSize::SmallInput,
        )
    });
    g.bench_function("report with the incentive estimate, 10,000 projects", |b| {
        b.iter(|| {
            many.iter()
                .map(|p| report_with_incentives(engine, p))
                .sum::<usize>()
        })
    });
    g.bench_function("verdicts of 10,000 projects, all rules", |b| {
        b.iter(|| {
            many.iter()
                .map(|p| engine.verdicts(p, AS_OF).outcomes.len())
                .sum::<usize>()
        })
    });
    g.finish();

    // Siting (issue 5): the distance to the nearest bundled water polygon.
    let map = jiujiang_bench::osm_water_map();
    let points = random_points(10_000);
    c.bench_function("nearest water from one point", |b| {
        b.iter(|| nearest_water_m(&map, black_box(points[0])))
    });
    let mut g = c.benchmark_group("siting");
    g.throughput(Throughput::Elements(10_000));
    g.sample_size(10);
    g.bench_function("nearest water from 10,000 random points", |b| {
        b.iter(|| {
            points
                .iter()
                .map(|&p| nearest_water_m(&map, p))
                .sum::<f64>()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
