//! The panel's forms for the pack as a whole: its texts and figures, the map, the settings.

use leptos::prelude::*;

use super::draft_edits::{add_statistic, remove_statistic};
use super::fields::{LineField, NumberField, TextPair};
use super::map_maths::map_css;
use super::picture_picker::PicturePicker;
use super::state::Studio;
use crate::content::{
    Settings, ATTRACT_SECONDS, COUNTDOWN_SECONDS, IDLE_SECONDS, UPDATE_CHECK_MINUTES,
};
use crate::lang::Words;

const EXHIBIT: Words = Words("展览", "Exhibit");
const TITLE: Words = Words("展览标题", "Exhibit title");
const INTRO: Words = Words("导言", "Introduction");
const FIGURE: Words = Words("数据", "Figure");
const ADD_FIGURE: Words = Words("添加数据", "Add a figure");
const REMOVE_FIGURE: Words = Words("删除这项数据", "Remove this figure");
const LABEL: Words = Words("说明", "Label");
const SOURCE: Words = Words("来源", "Source");
const IN_WORDS: Words = Words("文字表述", "In words");
const VALUE: Words = Words("数值", "Value");
const MAP: Words = Words("地图", "Map");
const MAP_ALT: Words = Words("地图的替代文字", "Map alt text");
const MAP_NOTE: Words = Words("地图标注", "Note on the map");
const PICTURE: Words = Words("地图图片路径", "Map picture path");
const WIDTH: Words = Words("宽（像素）", "Width (pixels)");
const HEIGHT: Words = Words("高（像素）", "Height (pixels)");
const CSS: Words = Words("style/map.css 中应写：", "style/map.css should say:");
const SETTINGS: Words = Words("设置", "Settings");
const IDLE: Words = Words(
    "触屏机无人操作多少秒后提示",
    "Kiosk: seconds idle before the prompt",
);
const COUNTDOWN: Words = Words("提示倒计时秒数", "Kiosk: countdown seconds");
const ATTRACT: Words = Words(
    "待机轮播每个热点的秒数",
    "Kiosk: seconds per hotspot in the attract loop",
);
const UPDATE: Words = Words(
    "检查更新的间隔（分钟）",
    "Kiosk: minutes between update checks",
);
const BASE_URL: Words = Words(
    "公开网址（以 / 结尾，可留空）",
    "Public address (ending in /, or empty)",
);
const ORIGINS: Words = Words(
    "允许嵌入的网站（用逗号分隔）",
    "Origins allowed to embed (comma-separated)",
);

fn heading(kind: Words, ui: RwSignal<crate::lang::Lang>) -> impl IntoView {
    view! { <h2 class="panel-heading"><span class="panel-kind">{move || kind.get(ui.get())}</span></h2> }
}

#[component]
pub fn ExhibitForm() -> impl IntoView {
    let studio = expect_context::<Studio>();
    let ui = studio.lang;
    let count = Memo::new(move |_| studio.draft.with(|d| d.statistics.len()));
    let figure = move |i: usize| {
        let at = format!("statistics[{i}]");
        let has_words = move || {
            studio
                .draft
                .with(|d| d.statistics.get(i).is_some_and(|s| s.in_words.is_some()))
        };
        let words_place = format!("{at}.in_words");
        let title = move || {
            let id = studio.draft.with(|d| {
                d.statistics
                    .get(i)
                    .map(|s| s.id.clone())
                    .unwrap_or_default()
            });
            format!("{} {} · {id}", FIGURE.get(ui.get()), i + 1)
        };
        view! {
            <section class="figure-form">
                <h3>{title}</h3>
                <button type="button" class="danger" on:click=move |_| { studio.change(None, |d| remove_statistic(d, i)); }>
                    {move || REMOVE_FIGURE.get(ui.get())}
                </button>
                <NumberField place=format!("{at}.value") label=VALUE
                    get=move |d| d.statistics.get(i).map_or(0.0, |s| s.value)
                    set=move |d, v| { if let Some(s) = d.statistics.get_mut(i) { s.value = v } } />
                <TextPair place=format!("{at}.label") label=LABEL />
                <Show when=has_words>
                    <TextPair place=words_place.clone() label=IN_WORDS />
                </Show>
                <TextPair place=format!("{at}.source") label=SOURCE />
            </section>
        }
    };
    view! {
        {heading(EXHIBIT, ui)}
        <TextPair place="title".to_string() label=TITLE />
        <TextPair place="intro".to_string() label=INTRO long=true />
        {move || (0..count.get()).map(figure).collect_view()}
        <button type="button" class="add" on:click=move |_| { studio.change(None, add_statistic); }>
            {move || ADD_FIGURE.get(ui.get())}
        </button>
    }
}

#[component]
pub fn MapForm() -> impl IntoView {
    let studio = expect_context::<Studio>();
    let ui = studio.lang;
    let css = move || {
        studio
            .draft
            .with(|d| map_css(d.map.image.width, d.map.image.height))
    };
    view! {
        {heading(MAP, ui)}
        <TextPair place="map.alt".to_string() label=MAP_ALT long=true />
        <TextPair place="map.note".to_string() label=MAP_NOTE />
        <LineField place="map.image.src".to_string() label=PICTURE
            get=|d| d.map.image.src.clone() set=|d, v| d.map.image.src = v />
        <div class="field-row">
            <NumberField place="map.image.width".to_string() label=WIDTH
                get=|d| d.map.image.width set=|d, v| d.map.image.width = v />
            <NumberField place="map.image.height".to_string() label=HEIGHT
                get=|d| d.map.image.height set=|d, v| d.map.image.height = v />
        </div>
        <PicturePicker place="map.image".to_string() folder="images" />
        <p class="panel-note">{move || CSS.get(ui.get())} " " <code>{css}</code></p>
    }
}

/// Each kiosk timing with the bounds the pack's own checks allow.
fn timing(
    field: &'static str,
    label: Words,
    bounds: (f64, f64),
    value: fn(&mut Settings) -> &mut f64,
) -> impl IntoView {
    view! {
        <NumberField place=format!("settings.{field}") label=label bounds=bounds
            get=move |d| *value(&mut d.settings.clone())
            set=move |d, v| *value(&mut d.settings) = v />
    }
}

#[component]
pub fn SettingsForm() -> impl IntoView {
    let studio = expect_context::<Studio>();
    let ui = studio.lang;
    view! {
        {heading(SETTINGS, ui)}
        {timing("idle_timeout_seconds", IDLE, IDLE_SECONDS, |s| &mut s.idle_timeout_seconds)}
        {timing("countdown_seconds", COUNTDOWN, COUNTDOWN_SECONDS, |s| &mut s.countdown_seconds)}
        {timing("attract_interval_seconds", ATTRACT, ATTRACT_SECONDS, |s| &mut s.attract_interval_seconds)}
        {timing("update_check_minutes", UPDATE, UPDATE_CHECK_MINUTES, |s| &mut s.update_check_minutes)}
        <LineField place="settings.public_base_url".to_string() label=BASE_URL
            get=|d| d.settings.public_base_url.clone() set=|d, v| d.settings.public_base_url = v />
        <LineField place="settings.embed_allowed_origins".to_string() label=ORIGINS
            get=|d| d.settings.embed_allowed_origins.join(", ")
            set=|d, v| d.settings.embed_allowed_origins =
                v.split(',').map(str::trim).filter(|o| !o.is_empty()).map(str::to_string).collect() />
    }
}
