//! Undo and redo for every change to the draft: each entry is the whole pack as it was before
//! the change (a pack is a few kilobytes of text), so undoing can never miss a field.

use serde::{Deserialize, Serialize};

/// How many changes can be undone; older ones are forgotten.
pub const UNDO_LIMIT: usize = 100;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct History<T> {
    undo: Vec<T>,
    redo: Vec<T>,
    /// What the last change edited (`photos[3].caption.en`): typing on in the same field
    /// extends that change instead of making one per key.
    #[serde(skip)]
    last_edit: Option<String>,
}

impl<T> History<T> {
    /// Notes a change: `before` is the state it replaced. A change with the same `edit` as the
    /// one just before it joins it, so one undo takes back a whole word, not one letter.
    pub fn record(&mut self, before: T, edit: Option<&str>) {
        let joins = edit.is_some() && self.last_edit.as_deref() == edit && !self.undo.is_empty();
        self.last_edit = edit.map(str::to_string);
        self.redo.clear();
        if joins {
            return;
        }
        self.undo.push(before);
        if self.undo.len() > UNDO_LIMIT {
            self.undo.remove(0);
        }
    }

    /// Every state an undo or a redo can return to.
    pub fn states(&self) -> impl Iterator<Item = &T> {
        self.undo.iter().chain(&self.redo)
    }

    /// The state before the last change, if any; `current` becomes redoable.
    pub fn undo(&mut self, current: T) -> Option<T> {
        let previous = self.undo.pop()?;
        self.redo.push(current);
        self.last_edit = None;
        Some(previous)
    }

    /// The state the last undo left, if any; `current` becomes undoable again.
    pub fn redo(&mut self, current: T) -> Option<T> {
        let next = self.redo.pop()?;
        self.undo.push(current);
        self.last_edit = None;
        Some(next)
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Keeps only the `keep` most recent undo entries (a browser's storage is full).
    pub fn forget_oldest(&mut self, keep: usize) {
        let extra = self.undo.len().saturating_sub(keep);
        self.undo.drain(..extra);
        self.redo.truncate(keep);
    }

    pub fn len(&self) -> usize {
        self.undo.len() + self.redo.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undo_and_redo_walk_back_and_forth() {
        let mut history = History::default();
        history.record(1, None);
        history.record(2, None);
        assert_eq!(history.undo(3), Some(2));
        assert_eq!(history.undo(2), Some(1));
        assert_eq!(history.undo(1), None);
        assert_eq!(history.redo(1), Some(2));
        assert_eq!(history.redo(2), Some(3));
        assert_eq!(history.redo(3), None);
    }

    #[test]
    fn a_new_change_drops_what_could_be_redone() {
        let mut history = History::default();
        history.record("a", None);
        assert_eq!(history.undo("b"), Some("a"));
        assert!(history.can_redo());
        history.record("a", None);
        assert!(!history.can_redo());
    }

    #[test]
    fn typing_on_in_one_field_is_one_change() {
        let mut history = History::default();
        history.record("", Some("photos[0].caption.en"));
        history.record("H", Some("photos[0].caption.en"));
        history.record("Hi", Some("photos[0].caption.en"));
        history.record("Hi!", Some("photos[0].title.en"));
        assert_eq!(history.undo("Hi!?"), Some("Hi!"));
        assert_eq!(history.undo("Hi!"), Some(""));
        assert!(!history.can_undo());
    }

    #[test]
    fn after_an_undo_the_same_field_starts_a_new_change() {
        let mut history = History::default();
        history.record(0, Some("x"));
        assert_eq!(history.undo(1), Some(0));
        history.record(0, Some("x"));
        history.record(5, Some("x"));
        assert_eq!(history.undo(6), Some(0));
    }

    #[test]
    fn old_changes_are_forgotten_past_the_limit() {
        let mut history = History::default();
        for i in 0..UNDO_LIMIT + 5 {
            history.record(i, None);
        }
        assert_eq!(history.len(), UNDO_LIMIT);
        history.forget_oldest(3);
        assert_eq!(history.undo(0), Some(UNDO_LIMIT + 4));
        assert_eq!(history.len(), 3);
    }
}
