//! The browser's allocator (see the crate comment and `classes.rs`): built
//! only for wasm without the atomics feature, which has one thread.

use crate::classes::SizeClasses;
use std::alloc::{GlobalAlloc, Layout, System};

/// The browser's allocator: [`SizeClasses`] over Rust's default.
pub struct Browser(SizeClasses<System>);

impl Browser {
    pub const fn new() -> Self {
        Browser(SizeClasses::new(System))
    }
}

impl Default for Browser {
    fn default() -> Self {
        Self::new()
    }
}

// SAFETY: wasm without the atomics feature has one thread, so no two calls
// on the size classes' lists can overlap.
unsafe impl Sync for Browser {}

// SAFETY: every call is the size classes' own.
unsafe impl GlobalAlloc for Browser {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        self.0.alloc(layout)
    }
    // Rare calls, kept out of line: inlined at every site they cost bytes
    // and gain nothing (docs/libraries.md).
    #[inline(never)]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        self.0.alloc_zeroed(layout)
    }
    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        self.0.dealloc(ptr, layout)
    }
    #[inline(never)]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        self.0.realloc(ptr, layout, new_size)
    }
}
