//! The document's title names what is open, then the exhibit: what a tab, a bookmark and a
//! screen reader announce.

use crate::content::Exhibit;
use crate::lang::Lang;
use crate::route::Route;
use crate::ui_text as ui;

pub fn document_title(pack: &Exhibit, route: &Route, lang: Lang) -> String {
    let exhibit = pack.title.get(lang);
    let part = match route {
        Route::Home => None,
        Route::Photo(id) => pack.photo(id).map(|p| p.title.get(lang).to_string()),
        Route::Site(id) => pack.site(id).map(|s| s.name.get(lang).to_string()),
        Route::Statistics => Some(ui::STATS_TITLE.get(lang).to_string()),
    };
    match part {
        Some(part) => format!("{part} · {exhibit}"),
        None => exhibit.to_string(),
    }
}
