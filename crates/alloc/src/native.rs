//! The allocator of the native tools (the CLI, the benches, the profiling
//! harness): mimalloc. Screening builds many small lists per rule, and
//! mimalloc serves them in far fewer instructions than glibc's malloc
//! (docs/benchmarks.md).
//!
//! The `mimalloc` crate asks for every block through `mi_malloc_aligned`,
//! whose checks cost about 20 instructions a block more than `mi_malloc`,
//! and which takes a slow path for blocks over 1 KB (a report's list of
//! findings). Every mimalloc block is aligned to the word at least (its
//! sizes are whole words, its pages aligned), so a layout that asks for no
//! more than that gets a plain block; a larger alignment still goes to the
//! aligned calls.

use libmimalloc_sys::{
    mi_free, mi_malloc, mi_malloc_aligned, mi_realloc, mi_realloc_aligned, mi_zalloc,
    mi_zalloc_aligned,
};
use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

/// What any mimalloc block is aligned to.
const WORD: usize = std::mem::size_of::<usize>();

/// mimalloc behind Rust's allocator interface (see the module comment).
pub struct Allocator;

// SAFETY: each call passes mimalloc a size and alignment it accepts and
// returns what it gave; blocks are freed by the same allocator.
unsafe impl GlobalAlloc for Allocator {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= WORD {
            mi_malloc(layout.size()) as *mut u8
        } else {
            mi_malloc_aligned(layout.size(), layout.align()) as *mut u8
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // mimalloc knows which of its pages are fresh, hence zero already.
        if layout.align() <= WORD {
            mi_zalloc(layout.size()) as *mut u8
        } else {
            mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        mi_free(ptr as *mut c_void)
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if layout.align() <= WORD {
            mi_realloc(ptr as *mut c_void, new_size) as *mut u8
        } else {
            mi_realloc_aligned(ptr as *mut c_void, new_size, layout.align()) as *mut u8
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every block meets its layout's alignment, plain or aligned, fresh or
    /// grown, for sizes across mimalloc's small, medium and large classes.
    #[test]
    fn blocks_meet_their_alignment() {
        let a = Allocator;
        for align in [1, 2, 4, 8, 16, 32, 64, 4096] {
            for size in (1..300).chain([1000, 1025, 4096, 13_776, 70_000, 1 << 20]) {
                let layout = Layout::from_size_align(size, align).unwrap();
                unsafe {
                    let p = a.alloc(layout);
                    assert!(!p.is_null());
                    assert_eq!(p as usize % align, 0, "size {size}, align {align}");
                    let z = a.alloc_zeroed(layout);
                    assert!(!z.is_null());
                    assert_eq!(z as usize % align, 0, "zeroed {size}, align {align}");
                    assert!((0..size).all(|i| *z.add(i) == 0), "zeroed {size}");
                    a.dealloc(z, layout);
                    p.write_bytes(0xA5, size);
                    let grown = a.realloc(p, layout, size * 3 + 7);
                    assert!(!grown.is_null());
                    assert_eq!(grown as usize % align, 0, "grown {size}, align {align}");
                    // What was written survives the move.
                    assert_eq!(*grown.add(size - 1), 0xA5);
                    a.dealloc(grown, Layout::from_size_align(size * 3 + 7, align).unwrap());
                }
            }
        }
    }
}
