//! The project's allocators.
//!
//! - [`Allocator`] (native: the CLI, the benches, the profiling harness) is
//!   mimalloc, in `native.rs`.
//! - [`Browser`] (the app and the wasm benches) serves small blocks by size
//!   class in front of Rust's default wasm allocator, in `classes.rs`.
//!
//! Screening builds many small lists per rule; both serve them in far fewer
//! instructions than the system's allocator (docs/benchmarks.md).

pub mod classes;

#[cfg(not(target_arch = "wasm32"))]
mod native;
#[cfg(not(target_arch = "wasm32"))]
pub use native::Allocator;

#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
mod browser;
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
pub use browser::Browser;
