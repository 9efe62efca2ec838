//! The wasm heap counted byte by byte, for the kiosk soak (`tests/soak.mjs`, #24 §4): built only
//! with `--features heap-count` (`.ci/build-profile-dist --heap-count`), never in the release.
//!
//! The soak's wasm memory is counted in 64 KB pages, which grow only when the allocator's free
//! lists run out: a leak of a few dozen bytes per visit shows there only after hundreds of
//! cycles, and fragmentation looks the same. These two figures tell them apart: the bytes the
//! program holds now, and the most it ever held at once.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use wasm_bindgen::prelude::wasm_bindgen;

struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);
/// How many blocks of each size are held, by size in bytes up to 1 KB (the last counts larger).
static BY_SIZE: [AtomicUsize; 1025] = [const { AtomicUsize::new(0) }; 1025];

fn held(size: usize, change: isize) {
    let slot = &BY_SIZE[size.min(1024)];
    if change > 0 {
        slot.fetch_add(1, Ordering::Relaxed);
    } else {
        slot.fetch_sub(1, Ordering::Relaxed);
    }
}

fn grew(bytes: usize) {
    let now = LIVE.fetch_add(bytes, Ordering::Relaxed) + bytes;
    PEAK.fetch_max(now, Ordering::Relaxed);
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let ptr = System.alloc(layout);
        if !ptr.is_null() {
            grew(layout.size());
            held(layout.size(), 1);
        }
        ptr
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        held(layout.size(), -1);
        System.dealloc(ptr, layout)
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let moved = System.realloc(ptr, layout, new_size);
        if !moved.is_null() {
            LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
            held(layout.size(), -1);
            grew(new_size);
            held(new_size, 1);
        }
        moved
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The bytes the program holds now.
#[wasm_bindgen]
pub fn heap_live_bytes() -> usize {
    LIVE.load(Ordering::Relaxed)
}

/// The most bytes the program ever held at once.
#[wasm_bindgen]
pub fn heap_peak_bytes() -> usize {
    PEAK.load(Ordering::Relaxed)
}

/// How many blocks of `size` bytes the program holds now (`size` 1024: of 1 KB or more).
#[wasm_bindgen]
pub fn heap_blocks_of(size: usize) -> usize {
    BY_SIZE[size.min(1024)].load(Ordering::Relaxed)
}
