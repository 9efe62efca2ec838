use crate::ui_text as ui;
use std::time::Duration;

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::hooks::use_idle_reset::{use_idle_reset, IdlePhase, IdleTimes};
use crate::hooks::use_update_check::use_update_check;
use crate::kiosk_state::KioskState;
use crate::offline_copy;
use crate::page;
use crate::scoped::scoped;
use crate::state::Exhibition;
use crate::views::kiosk_lockdown::{lock_down, restore_full_screen};
use crate::views::scoped_part::Scoped;

/// How long after the countdown is dismissed its tap's click is swallowed.
const WAKING_TAP_MS: f64 = 1000.0;
/// Noted when the kiosk reloads onto an update, so it comes back waiting for a visitor.
const RELOADED_AT_RESET: &str = "shijingshan-exhibit.reloaded-at-reset";

/// What only a museum kiosk has: the idle countdown and reset, the attract loop, and the
/// lockdown that keeps visitors inside the exhibit.
#[component]
pub fn KioskLayer() -> impl IntoView {
    let exhibition = expect_context::<Exhibition>();
    let settings = exhibition.pack().settings.clone();
    let times = IdleTimes {
        idle_ms: settings.idle_timeout_seconds * 1000.0,
        countdown_ms: settings.countdown_seconds * 1000.0,
    };
    let kiosk = expect_context::<KioskState>();
    let restore_full_screen = restore_full_screen();
    // A new build or pack goes on screen only when nobody is there: at a reset, or during the
    // attract loop if it is found then.
    let update_found = StoredValue::new(false);
    let on_reset = {
        Callback::new(move |_| {
            exhibition.reset_to_home();
            kiosk.reset();
            restore_full_screen();
            if update_found.get_value() {
                reload_onto_update(&exhibition);
            }
        })
    };
    let reloaded = page::storage::take_session_value(RELOADED_AT_RESET).is_some();
    let starting = if reloaded {
        restore_full_screen();
        IdlePhase::Attract
    } else {
        IdlePhase::Active
    };
    let idle = use_idle_reset(times, starting, on_reset);
    lock_down();
    swallow_the_waking_tap(idle.phase);
    attract_loop(
        &exhibition,
        kiosk,
        idle.phase,
        settings.attract_interval_seconds,
    );
    let minutes = Duration::from_millis((settings.update_check_minutes * 60_000.0) as u64);
    use_update_check(
        minutes,
        Callback::new(move |_| {
            update_found.set_value(true);
            if idle.phase.get_untracked() == IdlePhase::Attract {
                reload_onto_update(&exhibition);
            }
        }),
    );

    let seconds = move || match idle.phase.get() {
        IdlePhase::Countdown(n) => Some(n),
        _ => None,
    };
    view! {
        <Show when=move || seconds().is_some()>
            <Scoped>
                <IdleCountdown seconds=Signal::derive(move || seconds().unwrap_or_default())
                    on_continue=Callback::new(move |_| idle.wake()) />
            </Scoped>
        </Show>
    }
}

/// "Still exploring? Touch to continue", above everything, even an open photo.
#[component]
fn IdleCountdown(seconds: Signal<u32>, on_continue: Callback<()>) -> impl IntoView {
    let exhibition = expect_context::<Exhibition>();
    let seconds = scoped(seconds);
    let lang = exhibition.visit.lang;
    let dialog = NodeRef::<html::Dialog>::new();
    Effect::new(move || {
        if let Some(dialog) = dialog.get() {
            if !dialog.open() {
                let _ = dialog.show_modal();
            }
        }
    });
    view! {
        <dialog
            node_ref=dialog
            class="idle-countdown"
            role="alertdialog"
            aria-modal="true"
            aria-labelledby="idle-title"
            aria-describedby="idle-seconds"
            on:cancel=move |event: web_sys::Event| {
                event.prevent_default();
                on_continue.run(());
            }
        >
            <h2 id="idle-title">{move || ui::STILL_EXPLORING.get(lang.get())}</h2>
            <p id="idle-seconds" class="idle-seconds" aria-live="polite">
                {move || ui::resetting_in(lang.get(), seconds.get())}
            </p>
            <button type="button" class="primary-button" on:click=move |_| on_continue.run(())>
                {move || ui::KEEP_EXPLORING.get(lang.get())}
            </button>
        </dialog>
    }
}

/// Reloads the page onto the new build or pack, to come back waiting for a visitor.
fn reload_onto_update(exhibition: &Exhibition) {
    page::storage::set_session_value(RELOADED_AT_RESET, "yes");
    // The reset's address (home, first language) now, not after the next paint as the
    // address bar writes it: the kiosk reloads onto it.
    crate::address_bar::write_now(exhibition);
    set_timeout(
        || leptos::task::spawn_local(offline_copy::reload_onto_newest()),
        Duration::ZERO,
    );
}

/// The tap that dismisses the countdown only says "still here": it must not also close the
/// photo or press the button that was under the countdown.
fn swallow_the_waking_tap(phase: ReadSignal<IdlePhase>) {
    let swallow_until = StoredValue::new(0.0);
    Effect::watch(
        move || phase.get(),
        move |now, was, _| {
            if matches!(was, Some(IdlePhase::Countdown(_))) && *now == IdlePhase::Active {
                swallow_until.set_value(js_sys::Date::now() + WAKING_TAP_MS);
            }
        },
        false,
    );
    let listener = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
        if js_sys::Date::now() < swallow_until.get_value() {
            swallow_until.set_value(0.0);
            event.stop_immediate_propagation();
            event.prevent_default();
        }
    });
    // Capturing on the window runs before any element sees the click (leptos's window
    // listeners bubble); removed with the kiosk layer.
    let _ = crate::page::document::window().add_event_listener_with_callback_and_bool(
        "click",
        listener.as_ref().unchecked_ref(),
        true,
    );
    let listener = send_wrapper::SendWrapper::new(listener);
    on_cleanup(move || {
        let _ = crate::page::document::window().remove_event_listener_with_callback_and_bool(
            "click",
            listener.as_ref().unchecked_ref(),
            true,
        );
    });
}

/// While the kiosk waits for a visitor, highlight each hotspot in turn.
fn attract_loop(
    exhibition: &Exhibition,
    kiosk: KioskState,
    phase: ReadSignal<IdlePhase>,
    interval_seconds: f64,
) {
    let order: Vec<String> = exhibition
        .pack()
        .photos_in_order()
        .iter()
        .map(|p| p.id.clone())
        .collect();
    let step = StoredValue::new(0_usize);
    let advance = move || {
        let next = step.get_value() % order.len().max(1);
        step.set_value(next + 1);
        kiosk.show_off(order.get(next).cloned());
    };
    let advance = StoredValue::new(advance);
    let ticker = set_interval_with_handle(
        move || {
            if phase.get_untracked() == IdlePhase::Attract {
                advance.with_value(|advance| advance());
            }
        },
        Duration::from_secs_f64(interval_seconds),
    )
    .ok();
    Effect::new(move || match phase.get() {
        IdlePhase::Attract => {
            step.set_value(0);
            advance.with_value(|advance| advance());
        }
        _ => kiosk.show_off(None),
    });
    on_cleanup(move || {
        if let Some(ticker) = ticker {
            ticker.clear();
        }
    });
}
