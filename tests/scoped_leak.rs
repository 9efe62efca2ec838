//! A minimal reproduction of the reactive-graph leak that `src/scoped.rs` works around, in its
//! own test binary so that it can count every byte the wasm allocates.
//!
//! A part of the page that comes and goes (a dialog, say) reads a signal that lives as long as
//! the page. In Leptos 0.8 (reactive_graph 0.2) the signal keeps each of that part's memos and
//! effects in its subscriber set after the part is gone, so every opening leaves bytes behind.
//!
//! - `read_through_scoped_copies_leaves_nothing_behind` fails if the workaround stops working
//!   (or is removed: make `scoped` return its source and it fails), and passes on a fixed
//!   Leptos too.
//! - `upstream_still_keeps_dropped_subscribers` is the canary: it fails once a Leptos upgrade
//!   fixes the leak, which is the signal to retire `Scoped`, `scoped` and this file.
//!
//! - `opening_photos_in_the_kiosk_leaves_nothing_behind` counts the same bytes for the real
//!   map and photo view, opened and closed as a kiosk's visitors do all day (`make soak` counts
//!   them in 64 KB pages, which show a leak only after hundreds of cycles).
//!
//! Run with `cargo test --target wasm32-unknown-unknown --test scoped_leak`.
#![cfg(target_arch = "wasm32")]

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicIsize, Ordering};

use leptos::prelude::*;
use wasm_bindgen_test::*;

use shijingshan_exhibit::kiosk_state::KioskState;
use shijingshan_exhibit::route::Route;
use shijingshan_exhibit::scoped::scoped;
use shijingshan_exhibit::views::exhibit_map::ExhibitMap;
use shijingshan_exhibit::views::photo_dialog::PhotoDialog;

mod support;
use support::{mount_exhibit, next_frame, pack, stage};

wasm_bindgen_test_configure!(run_in_browser);

/// The system allocator, counting the bytes live at any moment.
struct Counting;

static LIVE: AtomicIsize = AtomicIsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size() as isize, Ordering::Relaxed);
        System.alloc(layout)
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size() as isize, Ordering::Relaxed);
        System.dealloc(ptr, layout)
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LIVE.fetch_add(
            new_size as isize - layout.size() as isize,
            Ordering::Relaxed,
        );
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// How many times the part comes and goes while the bytes are counted.
const VISITS: usize = 400;

/// The bytes still allocated after the part built by `part` has come and gone `VISITS` times,
/// after a warm-up in which the graph's arenas and sets reach their working size.
fn bytes_left_behind(page_long: RwSignal<u32>, part: impl Fn(RwSignal<u32>)) -> isize {
    let visit = || {
        // An owner of its own, as a `Show`'s branch is: not a child of one that outlives it
        // (an owner keeps a list of its children, which would grow here for its own reasons).
        let owner = Owner::new_root(None);
        owner.with(|| part(page_long));
        owner.cleanup();
        // The page changes the signal now and then, as the language switch does.
        page_long.update(|n| *n += 1);
    };
    (0..50).for_each(|_| visit());
    let before = LIVE.load(Ordering::Relaxed);
    (0..VISITS).for_each(|_| visit());
    LIVE.load(Ordering::Relaxed) - before
}

/// A part that reads the page-long signal directly, as a component would without `Scoped`.
fn reads_directly(page_long: RwSignal<u32>) {
    let shown = Memo::new(move |_| page_long.get() + 1);
    shown.get_untracked();
}

/// The same part reading through a `scoped` copy, as the exhibit's parts do inside `Scoped`.
fn reads_through_a_copy(page_long: RwSignal<u32>) {
    let copy = scoped(page_long);
    let shown = Memo::new(move |_| copy.get() + 1);
    shown.get_untracked();
}

/// Each leaked subscriber keeps at least its 48-byte allocation: a quarter of that per visit
/// tells a leak from the graph's own noise, which stays well under it either way.
const LEAK: isize = (VISITS as isize) * 12;

#[wasm_bindgen_test]
fn read_through_scoped_copies_leaves_nothing_behind() {
    let root = Owner::new();
    root.set();
    let left = bytes_left_behind(RwSignal::new(0), reads_through_a_copy);
    assert!(
        left < LEAK,
        "{left} bytes left behind after {VISITS} visits read through scoped copies"
    );
}

#[wasm_bindgen_test]
fn upstream_still_keeps_dropped_subscribers() {
    let root = Owner::new();
    root.set();
    let left = bytes_left_behind(RwSignal::new(0), reads_directly);
    assert!(
        left >= LEAK,
        "only {left} bytes left behind after {VISITS} visits that read a page-long signal \
         directly: Leptos no longer keeps dropped subscribers, so `Scoped` and `scoped` \
         (src/scoped.rs) can go, with this file"
    );
}

/// How many photos are opened while the bytes are counted (two frames each).
const OPENINGS: usize = 200;

/// The kiosk's map and photo view, as the exhibit screen builds them (`app.rs`), with one
/// photo after another opened and closed: the parts that come and go at each opening (the
/// picture, the invitation on the map that hides while a photo is open, the hotspot that shows
/// which one is open) must leave no bytes behind. The invitation, built again at every opening,
/// kept 48 bytes each time before it was hidden instead.
#[wasm_bindgen_test]
async fn opening_photos_in_the_kiosk_leaves_nothing_behind() {
    let root = stage("?mode=kiosk&lang=en");
    let ids: Vec<String> = pack()
        .photos_in_order()
        .iter()
        .map(|p| p.id.clone())
        .collect();
    let (exhibition_sent, exhibition_got) = std::sync::mpsc::channel();
    let mounted = mount_exhibit(&root, move |exhibition| {
        provide_context(KioskState::default());
        exhibition_sent.send(exhibition).unwrap();
        let photo = Memo::new(move |_| exhibition.open_photo());
        view! {
            <ExhibitMap />
            <PhotoDialog photo />
        }
    });
    let exhibition = exhibition_got.recv().unwrap();
    let visit = |i: usize| {
        let id = ids[i % ids.len()].clone();
        async move {
            exhibition.open(Route::Photo(id));
            next_frame().await;
            exhibition.close();
            // (Closing gives the focus back in the next frame.)
            next_frame().await;
        }
    };
    for i in 0..50 {
        visit(i).await;
    }
    let before = LIVE.load(Ordering::Relaxed);
    for i in 0..OPENINGS {
        visit(i).await;
    }
    let left = LIVE.load(Ordering::Relaxed) - before;
    drop(mounted);
    assert!(
        left < (OPENINGS as isize) * 12,
        "{left} bytes left behind after {OPENINGS} photos opened and closed in the kiosk"
    );
}
