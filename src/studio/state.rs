//! The studio's state: the draft pack, what is selected, the undo history, the interface
//! language, the last message and the pictures brought in this session. Every change goes
//! through `Studio::change`, which records it
//! for undo and keeps the draft in the browser's storage.

use std::collections::BTreeMap;

use leptos::prelude::*;

use super::export::pack_json;
use super::history::History;
use super::opening::{open_pack, Refusal};
use super::selection::Selection;
use super::{DRAFT_KEY, HISTORY_KEY};
use crate::content::pack_file::PackFiles;
use crate::content::{validate, Exhibit, Problem};
use crate::lang::Lang;

const LANG_KEY: &str = "shijingshan-studio.lang";

/// A message for the curator, written in both languages so a language switch keeps it.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub refused: bool,
    pub zh: String,
    pub en: String,
    /// An export was refused: offer to save the draft instead.
    pub offer_draft: bool,
    /// Something was removed: offer to undo it, right beside the message.
    pub offer_undo: bool,
}

impl Notice {
    pub fn new(refused: bool, text: impl Fn(Lang) -> String) -> Self {
        Notice {
            refused,
            zh: text(Lang::Zh),
            en: text(Lang::En),
            offer_draft: false,
            offer_undo: false,
        }
    }

    pub fn refusal(refusal: &Refusal) -> Self {
        Notice::new(true, |lang| refusal.describe(lang))
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }
}

#[derive(Clone, Copy)]
pub struct Studio {
    pub draft: RwSignal<Exhibit>,
    pub selection: RwSignal<Selection>,
    pub lang: RwSignal<Lang>,
    pub notice: RwSignal<Option<Notice>>,
    pub problems: Memo<Vec<Problem>>,
    /// Whether undo and redo have anything to do.
    pub can_undo: RwSignal<bool>,
    pub can_redo: RwSignal<bool>,
    /// The picture files picked, or opened in a pack file, in this session, by their path in
    /// the pack: the export takes them from here, and the published exhibit's copies otherwise.
    pub pictures: StoredValue<PackFiles>,
    /// Where each of `pictures` is shown from (an object URL), by its path in the pack.
    pub picture_urls: RwSignal<BTreeMap<String, String>>,
    /// Whether the pictures kept in this browser are back (until then a path the draft names
    /// may be one of them, not a published file).
    pub pictures_back: RwSignal<bool>,
    history: StoredValue<History<String>>,
    /// The draft as last recorded: what an undo returns to after a drag.
    recorded: StoredValue<String>,
}

impl Studio {
    /// The studio with the draft saved in this browser, if there is one.
    pub fn new() -> Self {
        let draft = RwSignal::new(Exhibit::default());
        let saved_lang = storage().and_then(|s| s.get_item(LANG_KEY).ok().flatten());
        let lang = Lang::choose(
            None,
            saved_lang.as_deref(),
            &crate::page::document::browser_languages(),
        );
        let studio = Studio {
            draft,
            selection: RwSignal::new(Selection::Exhibit),
            lang: RwSignal::new(lang),
            notice: RwSignal::new(None),
            problems: Memo::new(move |_| draft.with(validate)),
            can_undo: RwSignal::new(false),
            can_redo: RwSignal::new(false),
            pictures: StoredValue::new(PackFiles::default()),
            picture_urls: RwSignal::new(BTreeMap::new()),
            pictures_back: RwSignal::new(false),
            history: StoredValue::new(History::default()),
            recorded: StoredValue::new(String::new()),
        };
        Effect::new(move || {
            let lang = studio.lang.get();
            crate::page::document::set_html_lang(lang.tag());
            if let Some(storage) = storage() {
                let _ = storage.set_item(LANG_KEY, lang.code());
            }
        });
        studio
    }

    /// Restores the draft this browser kept (after a reload or a crash); false if there is none.
    pub fn restore_draft(&self) -> bool {
        let Some(storage) = storage() else {
            return false;
        };
        let Some(Ok(exhibit)) = storage
            .get_item(DRAFT_KEY)
            .ok()
            .flatten()
            .map(|t| open_pack(&t))
        else {
            return false;
        };
        let history = storage
            .get_item(HISTORY_KEY)
            .ok()
            .flatten()
            .and_then(|text| serde_json::from_str(&text).ok())
            .unwrap_or_default();
        self.history.set_value(history);
        self.recorded.set_value(pack_json(&exhibit));
        self.draft.set(exhibit);
        self.after_history_change();
        true
    }

    /// Makes a change to the draft. `edit` names the field typed into, so that typing on in it
    /// is one undo step; `None` makes every call a step of its own.
    pub fn change<R>(&self, edit: Option<&str>, apply: impl FnOnce(&mut Exhibit) -> R) -> R {
        let result = self
            .draft
            .try_update(apply)
            .expect("the draft lives as long as the studio");
        self.settle(edit);
        result
    }

    /// Changes the draft without recording it (a drag in progress); `settle` records it.
    pub fn live(&self, apply: impl FnOnce(&mut Exhibit)) {
        self.draft.update(apply);
    }

    /// Records the draft's changes since the last record as one undo step, and saves it.
    pub fn settle(&self, edit: Option<&str>) {
        let now = self.draft.with_untracked(pack_json);
        let before = self.recorded.get_value();
        if now == before {
            return;
        }
        // The first pack opened is where the history starts, not a step in it.
        if !before.is_empty() {
            self.history.update_value(|h| h.record(before, edit));
        }
        self.recorded.set_value(now);
        self.after_history_change();
    }

    /// Replaces the whole draft (a pack opened): one step, so an undo brings the old one back.
    pub fn open(&self, notice: Notice, exhibit: Exhibit) {
        self.change(None, |draft| *draft = exhibit);
        self.selection.set(Selection::Exhibit);
        self.notice.set(Some(notice));
    }

    /// Removes photo `index`, never silently: the message names it and offers Undo.
    pub fn delete_photo(&self, index: usize) {
        let Some((id, title)) = self
            .draft
            .with_untracked(|d| d.photos.get(index).map(|p| (p.id.clone(), p.title.clone())))
        else {
            return;
        };
        self.change(None, |d| super::draft_edits::delete_photo(d, index));
        self.selection.set(Selection::Exhibit);
        let named = move |lang: Lang| {
            let title = title.get(lang);
            if title.trim().is_empty() {
                id.clone()
            } else {
                format!("{title} ({id})")
            }
        };
        self.notice.set(Some(Notice {
            offer_undo: true,
            ..Notice::new(false, |lang| match lang {
                Lang::Zh => format!("已删除照片：{}", named(lang)),
                Lang::En => format!("Photo deleted: {}", named(lang)),
            })
        }));
    }

    pub fn undo(&self) {
        self.step(History::undo);
    }

    pub fn redo(&self) {
        self.step(History::redo);
    }

    fn step(&self, walk: fn(&mut History<String>, String) -> Option<String>) {
        let current = self.recorded.get_value();
        let Some(text) = self
            .history
            .try_update_value(|h| walk(h, current))
            .flatten()
        else {
            return;
        };
        if let Ok(exhibit) = open_pack(&text) {
            self.recorded.set_value(text);
            self.draft.set(exhibit);
            self.keep_selection_in_range();
            self.after_history_change();
        }
    }

    /// After an undo, the selected photo or site may be gone.
    fn keep_selection_in_range(&self) {
        let (photos, sites) = self
            .draft
            .with_untracked(|d| (d.photos.len(), d.sites.len()));
        let gone = match self.selection.get_untracked() {
            Selection::Photo(i) => i >= photos,
            Selection::Site(i) | Selection::OutlinePoint(i, _) => i >= sites,
            _ => false,
        };
        if gone {
            self.selection.set(Selection::Exhibit);
        }
    }

    fn after_history_change(&self) {
        self.history.with_value(|h| {
            self.can_undo.set(h.can_undo());
            self.can_redo.set(h.can_redo());
        });
        self.keep();
    }

    /// Keeps the draft and its history in this browser; when storage is full, the oldest undo
    /// steps go first, the draft itself last.
    fn keep(&self) {
        let Some(storage) = storage() else {
            return;
        };
        let _ = storage.set_item(DRAFT_KEY, &self.recorded.get_value());
        let mut keep = self.history.with_value(History::len);
        loop {
            self.history.update_value(|h| h.forget_oldest(keep));
            let text = self
                .history
                .with_value(|h| serde_json::to_string(h).unwrap_or_default());
            if storage.set_item(HISTORY_KEY, &text).is_ok() || keep == 0 {
                break;
            }
            keep /= 2;
        }
    }

    /// Whether the draft, or a state an undo or redo returns to, names the file at `path`.
    pub fn names_file(&self, path: &str) -> bool {
        let quoted = serde_json::to_string(path).unwrap_or_default();
        self.recorded.with_value(|now| now.contains(&quoted))
            || (self.history).with_value(|h| h.states().any(|state| state.contains(&quoted)))
    }

    pub fn draft_json(&self) -> String {
        self.recorded.get_value()
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}
