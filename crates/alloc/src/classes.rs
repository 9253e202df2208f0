//! Small blocks by size class, in front of another allocator: the browser's.
//!
//! A report allocates a few hundred small blocks (a finding's lists, its
//! texts) and frees them all when the next report replaces it. In wasm,
//! Rust's default allocator (dlmalloc) spends about a quarter of a
//! screening's time on them (docs/benchmarks.md). Here a block of up to
//! [`LARGEST`] bytes is rounded up to a multiple of [`GRAIN`] and taken from
//! that class's list of freed blocks, or else cut from a chunk the backing
//! allocator lent; freeing pushes it back on its class's list. `dealloc` is
//! told the block's layout, so a block needs no header. Larger blocks, and
//! blocks that ask for more alignment than a grain, go to the backing
//! allocator unchanged.
//!
//! Small blocks are never handed back to the backing allocator, only reused
//! within their class: what a class holds is the most it ever had live at
//! once, and wasm memory never shrinks anyway.
//!
//! The lists are plain, unsynchronised state: [`SizeClasses`] is not `Sync`
//! and so cannot be a global allocator by itself. [`crate::Browser`] wraps it
//! for the one place that is single-threaded by construction, wasm without
//! the atomics feature.

use std::alloc::{GlobalAlloc, Layout};
use std::cell::UnsafeCell;
use std::ptr;

/// The size step between classes, and the alignment every small block has.
pub const GRAIN: usize = 16;
/// The largest block served by class; larger ones go to the backing allocator.
pub const LARGEST: usize = 256;
const CLASSES: usize = LARGEST / GRAIN;
// Every class size is a whole number of grains, and a free block holds the
// next one's address in its first bytes, aligned.
const _: () = assert!(
    GRAIN.is_power_of_two() && GRAIN >= std::mem::size_of::<*mut u8>() && LARGEST % GRAIN == 0
);
/// What is asked of the backing allocator when the current chunk runs out.
const CHUNK: usize = 64 * 1024;

struct Lists {
    /// Per class, the last freed block; each free block holds the address of
    /// the one freed before it.
    free: [*mut u8; CLASSES],
    /// The unused part of the current chunk.
    next: *mut u8,
    end: *mut u8,
}

/// Small blocks by class over `B` (see the module comment). `B` must not
/// allocate through this allocator (Rust's wasm `System` does not: it grows
/// the memory directly).
pub struct SizeClasses<B> {
    lists: UnsafeCell<Lists>,
    backing: B,
}

impl<B> SizeClasses<B> {
    pub const fn new(backing: B) -> Self {
        SizeClasses {
            lists: UnsafeCell::new(Lists {
                free: [ptr::null_mut(); CLASSES],
                next: ptr::null_mut(),
                end: ptr::null_mut(),
            }),
            backing,
        }
    }
}

/// The class of a layout, or `None` for one the backing allocator serves.
#[inline]
fn class_of(size: usize, align: usize) -> Option<usize> {
    // A zero size never reaches a global allocator, but class 0 serves it.
    (size <= LARGEST && align <= GRAIN).then(|| size.saturating_sub(1) / GRAIN)
}

impl<B: GlobalAlloc> SizeClasses<B> {
    /// A block of `class`, from its list or the current chunk.
    ///
    /// # Safety
    /// No other call on `self` may run at the same time.
    #[inline]
    unsafe fn take(&self, class: usize) -> *mut u8 {
        let lists = &mut *self.lists.get();
        let head = lists.free[class];
        if !head.is_null() {
            lists.free[class] = *(head as *mut *mut u8);
            return head;
        }
        let size = (class + 1) * GRAIN;
        if (lists.end as usize) - (lists.next as usize) < size {
            return self.cut_new_chunk(size);
        }
        let block = lists.next;
        lists.next = block.add(size);
        block
    }

    /// A block of `size` bytes cut from a new chunk; the rest of the old one
    /// (under [`LARGEST`] bytes) is left unused.
    ///
    /// # Safety
    /// As [`Self::take`].
    #[cold]
    #[inline(never)]
    unsafe fn cut_new_chunk(&self, size: usize) -> *mut u8 {
        // Asked before the lists are borrowed.
        let chunk = self
            .backing
            .alloc(Layout::from_size_align_unchecked(CHUNK, GRAIN));
        if chunk.is_null() {
            return chunk;
        }
        let lists = &mut *self.lists.get();
        lists.next = chunk.add(size);
        lists.end = chunk.add(CHUNK);
        chunk
    }

    /// Puts a block back on its class's list.
    ///
    /// # Safety
    /// `block` came from `take` for `class`; no other call may run meanwhile.
    #[inline]
    unsafe fn give(&self, block: *mut u8, class: usize) {
        let lists = &mut *self.lists.get();
        *(block as *mut *mut u8) = lists.free[class];
        lists.free[class] = block;
    }
}

// SAFETY: a small block is GRAIN-aligned (chunks are, and class sizes are
// multiples of GRAIN) and at least as large as asked; a block is given back
// to the class it was taken for, since `dealloc` and `realloc` receive the
// layout it was allocated with. The rest is the backing allocator's.
// Callers of a `SizeClasses` must not use it from two threads at once,
// which its lack of `Sync` ensures outside `Browser`.
unsafe impl<B: GlobalAlloc> GlobalAlloc for SizeClasses<B> {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        match class_of(layout.size(), layout.align()) {
            Some(class) => self.take(class),
            None => self.backing.alloc(layout),
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        match class_of(layout.size(), layout.align()) {
            Some(class) => {
                let block = self.take(class);
                if !block.is_null() {
                    // A reused block holds what it held.
                    block.write_bytes(0, layout.size());
                }
                block
            }
            None => self.backing.alloc_zeroed(layout),
        }
    }

    #[inline]
    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        match class_of(layout.size(), layout.align()) {
            Some(class) => self.give(block, class),
            None => self.backing.dealloc(block, layout),
        }
    }

    unsafe fn realloc(&self, block: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let old = class_of(layout.size(), layout.align());
        let new = class_of(new_size, layout.align());
        match (old, new) {
            // Still fits its block (a Vec of 5 growing to 6 bytes).
            (Some(a), Some(b)) if a == b => block,
            (None, None) => self.backing.realloc(block, layout, new_size),
            _ => {
                let moved = self.alloc(Layout::from_size_align_unchecked(new_size, layout.align()));
                if !moved.is_null() {
                    ptr::copy_nonoverlapping(block, moved, layout.size().min(new_size));
                    self.dealloc(block, layout);
                }
                moved
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::alloc::System;
    use std::collections::HashSet;

    #[test]
    fn layouts_pick_their_class_or_the_backing_allocator() {
        assert_eq!(class_of(1, 1), Some(0));
        assert_eq!(class_of(16, 8), Some(0));
        assert_eq!(class_of(17, 8), Some(1));
        assert_eq!(class_of(256, 16), Some(CLASSES - 1));
        assert_eq!(class_of(257, 8), None);
        assert_eq!(class_of(8, 32), None);
    }

    /// Blocks of every size and alignment, allocated, grown, shrunk, zeroed
    /// and freed in a shuffled order, keep their contents and never overlap
    /// a live block; freed small blocks are reused.
    #[test]
    fn live_blocks_keep_their_contents_and_never_overlap() {
        let a = SizeClasses::new(System);
        // (address, layout, fill byte) of each live block.
        let mut live: Vec<(*mut u8, Layout, u8)> = Vec::new();
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = |m: u64| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x % m
        };
        let check = |live: &[(*mut u8, Layout, u8)]| {
            let mut spans: Vec<(usize, usize)> = live
                .iter()
                .map(|(p, l, _)| (*p as usize, *p as usize + l.size()))
                .collect();
            spans.sort();
            for w in spans.windows(2) {
                assert!(w[0].1 <= w[1].0, "blocks overlap: {w:?}");
            }
            for &(p, l, fill) in live {
                assert!((0..l.size()).all(|i| unsafe { *p.add(i) } == fill));
            }
        };
        let mut reused = 0;
        let mut freed: HashSet<usize> = HashSet::new();
        for step in 0..20_000u32 {
            let fill = (step % 251) as u8;
            match next(4) {
                0 | 1 if live.len() < 400 => {
                    let size = match next(10) {
                        0 => 257 + next(5000) as usize,
                        _ => 1 + next(LARGEST as u64) as usize,
                    };
                    let align = [1, 2, 4, 8, 16, 32, 64][next(7) as usize];
                    let layout = Layout::from_size_align(size, align).unwrap();
                    let zeroed = next(3) == 0;
                    let p = unsafe {
                        if zeroed {
                            a.alloc_zeroed(layout)
                        } else {
                            a.alloc(layout)
                        }
                    };
                    assert!(!p.is_null());
                    assert_eq!(p as usize % align, 0, "size {size}, align {align}");
                    if zeroed {
                        assert!(
                            (0..size).all(|i| unsafe { *p.add(i) } == 0),
                            "zeroed {size}"
                        );
                    }
                    if freed.contains(&(p as usize)) {
                        reused += 1;
                    }
                    unsafe { p.write_bytes(fill, size) };
                    live.push((p, layout, fill));
                }
                2 if !live.is_empty() => {
                    let at = next(live.len() as u64) as usize;
                    let (p, layout, old_fill) = live[at];
                    let new_size = 1 + next(600) as usize;
                    let q = unsafe { a.realloc(p, layout, new_size) };
                    assert!(!q.is_null());
                    assert_eq!(q as usize % layout.align(), 0);
                    let kept = layout.size().min(new_size);
                    assert!(
                        (0..kept).all(|i| unsafe { *q.add(i) } == old_fill),
                        "realloc"
                    );
                    unsafe { q.write_bytes(fill, new_size) };
                    live[at] = (
                        q,
                        Layout::from_size_align(new_size, layout.align()).unwrap(),
                        fill,
                    );
                }
                _ if !live.is_empty() => {
                    let at = next(live.len() as u64) as usize;
                    let (p, layout, _) = live.swap_remove(at);
                    freed.insert(p as usize);
                    unsafe { a.dealloc(p, layout) };
                }
                _ => {}
            }
            if step % 500 == 0 {
                check(&live);
            }
        }
        check(&live);
        assert!(reused > 1000, "freed small blocks are reused ({reused})");
        for (p, layout, _) in live {
            unsafe { a.dealloc(p, layout) };
        }
    }

    /// A backing allocator that counts what it lends and can be told to fail.
    struct Counting {
        live: std::cell::Cell<usize>,
        fail: std::cell::Cell<bool>,
    }

    unsafe impl GlobalAlloc for Counting {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            if self.fail.get() {
                return ptr::null_mut();
            }
            self.live.set(self.live.get() + layout.size());
            System.alloc(layout)
        }
        unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
            self.live.set(self.live.get() - layout.size());
            System.dealloc(block, layout)
        }
    }

    /// What is freed goes back where it came from: once every block is
    /// freed, the backing allocator lends only the chunks. A failed
    /// allocation or move gives null and leaves the old block as it was.
    #[test]
    fn frees_return_to_their_source_and_failures_change_nothing() {
        let a = SizeClasses::new(Counting {
            live: std::cell::Cell::new(0),
            fail: std::cell::Cell::new(false),
        });
        let small = Layout::from_size_align(40, 8).unwrap();
        let large = Layout::from_size_align(5000, 8).unwrap();
        unsafe {
            let mut blocks = Vec::new();
            for i in 0..3000 {
                let layout = if i % 3 == 0 { large } else { small };
                let p = a.alloc(layout);
                p.write_bytes(7, layout.size());
                // Small blocks grow into large ones and large ones shrink
                // into small ones: each move frees the block it leaves.
                let (p, layout) = if i % 5 == 0 {
                    let new = if layout == small { large } else { small };
                    (a.realloc(p, layout, new.size()), new)
                } else {
                    (p, layout)
                };
                blocks.push((p, layout));
            }
            for (p, layout) in blocks.drain(..) {
                a.dealloc(p, layout);
            }
            assert_eq!(
                a.backing.live.get() % CHUNK,
                0,
                "only whole chunks stay lent"
            );
            let chunks = a.backing.live.get() / CHUNK;
            assert!(chunks >= 1, "small blocks came from chunks");

            // Failures: the lists are used up first, so a new chunk is needed.
            let p = a.alloc(small);
            p.write_bytes(9, small.size());
            a.backing.fail.set(true);
            assert!(a.alloc(large).is_null());
            assert!(a.realloc(p, small, large.size()).is_null());
            assert!(
                (0..small.size()).all(|i| *p.add(i) == 9),
                "the old block is intact"
            );
            let mut fresh = 0;
            while !a.alloc(Layout::from_size_align(256, 16).unwrap()).is_null() {
                fresh += 1;
                assert!(
                    fresh <= CHUNK / 256,
                    "blocks beyond the chunk while the backing fails"
                );
            }
            a.backing.fail.set(false);
            a.dealloc(p, small);
        }
    }
}
