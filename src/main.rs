// Small blocks by size class, in front of Rust's default wasm allocator:
// a report allocates a few hundred of them (crates/alloc, docs/libraries.md).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: jiujiang_alloc::Browser = jiujiang_alloc::Browser::new();

fn main() {
    yew::Renderer::<jiujiang_app::App>::new().render();
}
