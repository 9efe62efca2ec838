//! The studio's form fields. Each edits one place of the pack (`photos[3].caption`), carries
//! the id made from that place (so a problem can focus it) and shows the problems found there.

use leptos::prelude::*;

use super::draft_texts::{set_text, text};
use super::selection::{concerns, field_id};
use super::state::Studio;
use crate::content::Exhibit;
use crate::lang::Lang;
use crate::lang::Words;

const MISSING: Words = Words("缺少", "missing");
/// Neither language is written yet: work to do, not a missing translation.
const TO_DO: Words = Words("待填写", "to do");

/// The problems found at `place` or inside it, in the pack's words.
fn problems_at(studio: Studio, place: &str) -> Vec<String> {
    studio.problems.with(|problems| {
        problems
            .iter()
            .filter(|p| concerns(&p.place, place))
            .map(|p| p.to_string())
            .collect()
    })
}

/// The list of problems under a field; its id is the field's, with `-problems`.
#[component]
fn FieldProblems(place: String) -> impl IntoView {
    let studio = expect_context::<Studio>();
    let id = format!("{}-problems", field_id(&place));
    let found = Memo::new(move |_| problems_at(studio, &place));
    view! {
        <Show when=move || found.with(|f| !f.is_empty())>
            <ul class="field-problems" id=id.clone()>
                {move || found.get().into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}
            </ul>
        </Show>
    }
}

/// A text in both languages side by side, 中文 first; a missing one is marked where it is missing.
#[component]
pub fn TextPair(place: String, label: Words, #[prop(optional)] long: bool) -> impl IntoView {
    let studio = expect_context::<Studio>();
    let ui = studio.lang;
    let side = move |lang: Lang| {
        let place = place.clone();
        let here = format!("{place}.{}", lang.code());
        let id = field_id(&here);
        let problems_id = format!("{id}-problems");
        let value = {
            let place = place.clone();
            Memo::new(move |_| studio.draft.with(|d| text(d, &place, lang)))
        };
        let missing = Memo::new(move |_| value.with(|v| v.trim().is_empty()));
        let unwritten = {
            let place = place.clone();
            Memo::new(move |_| {
                studio.draft.with(|d| {
                    [Lang::Zh, Lang::En]
                        .iter()
                        .all(|&l| text(d, &place, l).trim().is_empty())
                })
            })
        };
        let invalid = move || (missing.get() && !unwritten.get()).to_string();
        let described = move || missing.get().then(|| problems_id.clone());
        let input = move |event: web_sys::Event| {
            let entered = event_target_value(&event);
            studio.change(Some(&here), |d| set_text(d, &place, lang, entered));
        };
        let label_id = id.clone();
        let mark_id = format!("{id}-problems");
        let control = if long {
            view! {
                <textarea id=id.clone() rows="3" lang=lang.tag() aria-invalid=invalid
                    aria-describedby=described.clone() prop:value=move || value.get() on:input=input.clone()></textarea>
            }
            .into_any()
        } else {
            view! {
                <input id=id.clone() type="text" lang=lang.tag() aria-invalid=invalid
                    aria-describedby=described.clone() prop:value=move || value.get() on:input=input.clone() />
            }
            .into_any()
        };
        view! {
            <div class="text-side" class:is-missing=move || missing.get() && !unwritten.get() class:is-to-do=move || unwritten.get()>
                <label for=label_id>
                    <span class="lang-name">{lang.own_name()}</span>
                    <Show when=move || missing.get()>
                        <span class="missing-mark" class:is-to-do=move || unwritten.get() id=mark_id.clone()>
                            {move || if unwritten.get() { TO_DO.get(ui.get()) } else { MISSING.get(ui.get()) }}
                        </span>
                    </Show>
                </label>
                {control}
            </div>
        }
    };
    view! {
        <fieldset class="text-pair">
            <legend>{move || label.get(ui.get())}</legend>
            <div class="text-sides">{side(Lang::Zh)} {side(Lang::En)}</div>
        </fieldset>
    }
}

/// A one-line value (an id, a date, a path, an address).
#[component]
pub fn LineField(
    place: String,
    label: Words,
    get: impl Fn(&Exhibit) -> String + Send + Sync + 'static,
    set: impl Fn(&mut Exhibit, String) + Send + Sync + 'static,
    #[prop(optional)] hint: Option<Words>,
) -> impl IntoView {
    let studio = expect_context::<Studio>();
    let value = Memo::new(move |_| studio.draft.with(&get));
    let edit = place.clone();
    let input = move |event: web_sys::Event| {
        let entered = event_target_value(&event);
        studio.change(Some(&edit), |d| set(d, entered));
    };
    field_frame(studio, place, label, hint, move |id, invalid, described| {
        view! {
            <input id=id type="text" aria-invalid=invalid aria-describedby=described
                prop:value=move || value.get() on:input=input />
        }
        .into_any()
    })
}

/// A number with the bounds the pack's checks allow.
#[component]
pub fn NumberField(
    place: String,
    label: Words,
    get: impl Fn(&Exhibit) -> f64 + Send + Sync + 'static,
    set: impl Fn(&mut Exhibit, f64) + Send + Sync + 'static,
    #[prop(optional)] bounds: Option<(f64, f64)>,
    #[prop(optional)] hint: Option<Words>,
) -> impl IntoView {
    let studio = expect_context::<Studio>();
    let value = Memo::new(move |_| studio.draft.with(&get));
    let edit = place.clone();
    let input = move |event: web_sys::Event| {
        if let Ok(entered) = event_target_value(&event).trim().parse::<f64>() {
            studio.change(Some(&edit), |d| set(d, entered));
        }
    };
    let (min, max) = bounds.map_or((None, None), |(low, high)| (Some(low), Some(high)));
    field_frame(studio, place, label, hint, move |id, invalid, described| {
        view! {
            <input id=id type="number" inputmode="decimal" step="any" min=min max=max aria-invalid=invalid
                aria-describedby=described prop:value=move || value.get().to_string() on:input=input />
        }
        .into_any()
    })
}

/// The label, hint and problems around one control; `control` gets the control's id, its
/// `aria-invalid` and its `aria-describedby`.
fn field_frame(
    studio: Studio,
    place: String,
    label: Words,
    hint: Option<Words>,
    control: impl FnOnce(String, Signal<String>, Signal<Option<String>>) -> AnyView,
) -> impl IntoView {
    let ui = studio.lang;
    let id = field_id(&place);
    let here = place.clone();
    let invalid = Memo::new(move |_| !problems_at(studio, &here).is_empty());
    let hint_id = format!("{id}-hint");
    let problems_id = format!("{id}-problems");
    let described = {
        let hint_id = hint_id.clone();
        Signal::derive(move || {
            let mut ids: Vec<&str> = Vec::new();
            if hint.is_some() {
                ids.push(&hint_id);
            }
            if invalid.get() {
                ids.push(&problems_id);
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        })
    };
    view! {
        <div class="line-field" class:is-invalid=move || invalid.get()>
            <label for=id.clone()>{move || label.get(ui.get())}</label>
            {control(id, Signal::derive(move || invalid.get().to_string()), described)}
            {hint.map(|hint| view! { <p class="field-hint" id=hint_id>{move || hint.get(ui.get())}</p> })}
            <FieldProblems place=place />
        </div>
    }
}
