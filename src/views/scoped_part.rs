//! A part of the page that comes and goes (a dialog, the list view, the map), built with its
//! own copies of the shared state: the workaround for Leptos 0.8's leak (`crate::scoped`).

use leptos::prelude::*;
use leptos::tachys::reactive_graph::OwnedView;

use crate::kiosk_state::KioskState;
use crate::state::{Exhibition, Visit};

/// Builds a part of the page that a `Show` or a reactive closure mounts and unmounts, in an
/// owner of its own that provides it with `scoped` copies of the visit and the exhibition.
/// (Its own owner, like `leptos::context::Provider`'s: a branch's owner keeps its contexts
/// when it re-runs, so copies provided there would outlive their memos.)
#[component]
pub fn Scoped(children: Children) -> impl IntoView {
    let owner = Owner::new();
    let children = owner.with(|| {
        match use_context::<Exhibition>() {
            Some(shared) => {
                let exhibition = shared.scoped();
                provide_context(exhibition.visit);
                provide_context(exhibition);
            }
            None => provide_context(expect_context::<Visit>().scoped()),
        }
        if let Some(kiosk) = use_context::<KioskState>() {
            provide_context(kiosk.scoped());
        }
        children()
    });
    OwnedView::new_with_owner(children, owner)
}
