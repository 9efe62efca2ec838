//! Kiosk idle handling: after a quiet spell a countdown, then a reset, then an attract loop
//! until someone touches the screen.
//!
//! ```no_run
//! # use leptos::prelude::*;
//! # use shijingshan_exhibit::hooks::use_idle_reset::{use_idle_reset, IdlePhase, IdleTimes};
//! # let on_reset = Callback::new(|_| ());
//! let times = IdleTimes { idle_ms: 90_000.0, countdown_ms: 10_000.0 };
//! let idle = use_idle_reset(times, IdlePhase::Active, on_reset);
//! let counting_down = move || matches!(idle.phase.get(), IdlePhase::Countdown(_));
//! # let _ = counting_down;
//! ```

use std::time::Duration;

use leptos::prelude::*;

/// How often the idle clock is read; the countdown shows whole seconds.
const TICK: Duration = Duration::from_millis(250);
/// What counts as someone at the screen.
const ACTIVITY_EVENTS: [&str; 5] = [
    "pointerdown",
    "pointermove",
    "keydown",
    "wheel",
    "touchstart",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdlePhase {
    /// Someone is exploring.
    Active,
    /// Nobody has touched the screen for a while: this many seconds before the reset.
    Countdown(u32),
    /// The exhibit has reset and is showing itself off until someone comes.
    Attract,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct IdleTimes {
    pub idle_ms: f64,
    pub countdown_ms: f64,
}

/// What phase an idle time puts the kiosk in, given whether it has already reset.
pub fn phase_after(idle_ms: f64, times: IdleTimes, has_reset: bool) -> IdlePhase {
    if has_reset || idle_ms >= times.idle_ms + times.countdown_ms {
        IdlePhase::Attract
    } else if idle_ms >= times.idle_ms {
        let left = (times.idle_ms + times.countdown_ms - idle_ms) / 1000.0;
        IdlePhase::Countdown(left.ceil().max(1.0) as u32)
    } else {
        IdlePhase::Active
    }
}

#[derive(Clone, Copy)]
pub struct IdleReset {
    pub phase: ReadSignal<IdlePhase>,
    last_activity: StoredValue<f64>,
    set_phase: WriteSignal<IdlePhase>,
}

impl IdleReset {
    /// Counts as a touch: cancels a countdown or an attract loop.
    pub fn wake(&self) {
        self.last_activity.set_value(js_sys::Date::now());
        if self.phase.get_untracked() != IdlePhase::Active {
            self.set_phase.set(IdlePhase::Active);
        }
    }
}

/// Watches for activity anywhere on the page; calls `on_reset` once when the countdown ends.
/// `starting` is `Attract` when the page was reloaded at a reset, with nobody there.
pub fn use_idle_reset(times: IdleTimes, starting: IdlePhase, on_reset: Callback<()>) -> IdleReset {
    let (phase, set_phase) = signal(starting);
    let idle = IdleReset {
        phase,
        last_activity: StoredValue::new(js_sys::Date::now()),
        set_phase,
    };

    let handles: Vec<_> = ACTIVITY_EVENTS
        .iter()
        .map(|name| window_event_listener_untyped(name, move |_| idle.wake()))
        .collect();
    // hand-written: leptos-use use_interval_fn adds 2.0 KB brotli (measured 2026-11-29)
    let ticker = set_interval_with_handle(
        move || {
            let quiet = js_sys::Date::now() - idle.last_activity.get_value();
            let current = phase.get_untracked();
            let next = phase_after(quiet, times, current == IdlePhase::Attract);
            if next != current {
                if next == IdlePhase::Attract {
                    on_reset.run(());
                }
                set_phase.set(next);
            }
        },
        TICK,
    )
    .ok();
    on_cleanup(move || {
        for handle in handles {
            handle.remove();
        }
        if let Some(ticker) = ticker {
            ticker.clear();
        }
    });
    idle
}
