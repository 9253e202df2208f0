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

/// The browser's allocator: [`classes::SizeClasses`] over Rust's default.
///
/// Only for wasm without threads (no `atomics` feature), where nothing runs
/// at the same time as an allocation.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
pub struct Browser(classes::SizeClasses<std::alloc::System>);

#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
impl Browser {
    pub const fn new() -> Self {
        Browser(classes::SizeClasses::new(std::alloc::System))
    }
}

#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
impl Default for Browser {
    fn default() -> Self {
        Self::new()
    }
}

// SAFETY: wasm without the atomics feature has one thread, so no two calls
// on the size classes' lists can overlap.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
unsafe impl Sync for Browser {}

// SAFETY: every call is the size classes' own.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
unsafe impl std::alloc::GlobalAlloc for Browser {
    #[inline]
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        self.0.alloc(layout)
    }
    #[inline(never)]
    unsafe fn alloc_zeroed(&self, layout: std::alloc::Layout) -> *mut u8 {
        self.0.alloc_zeroed(layout)
    }
    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: std::alloc::Layout) {
        self.0.dealloc(ptr, layout)
    }
    #[inline(never)]
    unsafe fn realloc(&self, ptr: *mut u8, layout: std::alloc::Layout, new_size: usize) -> *mut u8 {
        self.0.realloc(ptr, layout, new_size)
    }
}
