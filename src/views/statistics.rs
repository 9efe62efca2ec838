use crate::decimals::{fixed, plain};
use crate::ui_text as ui;
use leptos::prelude::*;

use crate::content::Measure;
use crate::format;
use crate::hooks::use_count_up::use_count_up;
use crate::state::Exhibition;
use crate::statistic_text;
use crate::views::language_switch::LanguageSwitch;
use crate::views::modal::{CloseButton, Modal};

/// The district's sci-fi industry in numbers, as its own dialog.
#[component]
pub fn StatisticsDialog() -> impl IntoView {
    let exhibition = expect_context::<Exhibition>();
    let on_close = Callback::new(move |_| exhibition.close());
    let opener = exhibition.opener;
    let intro = exhibition.pack().intro.clone();
    let lang = exhibition.visit.lang;
    view! {
        <Modal labelled_by="statistics-title" class="statistics-view" on_close
            return_focus=Signal::derive(move || opener.get_value())>
            <div class="statistics-head">
                <h2 id="statistics-title">{move || ui::STATS_TITLE.get(lang.get())}</h2>
                <LanguageSwitch />
                <CloseButton on_close />
            </div>
            <p class="statistics-intro">{move || intro.get(lang.get()).to_string()}</p>
            <StatisticsFigures />
        </Modal>
    }
}

/// The three figures with a share-of-Beijing chart; screen readers get the finished sentence.
/// In the statistics view the numbers count up. `compact`, beside a photo, they are final at
/// once: the photo is what the visitor opened, and its opening does no frame-by-frame work.
#[component]
pub fn StatisticsFigures(#[prop(optional)] compact: bool) -> impl IntoView {
    let exhibition = expect_context::<Exhibition>();
    let lang = exhibition.visit.lang;
    let progress = if compact {
        Signal::stored(1.0)
    } else {
        use_count_up()
    };
    let figures = exhibition
        .pack()
        .statistics
        .iter()
        .map(|statistic| {
            let statistic = statistic.clone();
            let is_share = statistic.measure == Measure::Share;
            let chart = is_share.then(|| view! { <ShareChart share=statistic.value /> });
            let stat = StoredValue::new(statistic);
            let shown = move || {
                stat.with_value(|s| {
                    let value = if s.in_words.is_some() { s.value } else { s.value * progress.get() };
                    format::headline(lang.get(), s, value)
                })
            };
            let spoken = move || stat.with_value(|s| statistic_text::sentence(lang.get(), s));
            view! {
                <li class="figure" class:figure-share=is_share>
                    {chart}
                    <p class="figure-text">
                        <span class="figure-value" aria-hidden="true">{shown}</span>
                        <span class="figure-label" aria-hidden="true">{move || stat.with_value(|s| statistic_text::details(lang.get(), s))}</span>
                        <span class="visually-hidden">{spoken}</span>
                    </p>
                </li>
            }
        })
        .collect_view();
    let source = statistic_text::shared_source(&exhibition.pack().statistics);
    view! {
        <div class="statistics" class:compact=compact>
            <ul class="figures" role="list">{figures}</ul>
            <p class="figures-source">
                {move || statistic_text::source_line(lang.get(), &source)}
            </p>
        </div>
    }
}

/// A ring showing the district's share of Beijing's sci-fi industry.
#[component]
fn ShareChart(share: f64) -> impl IntoView {
    let exhibition = expect_context::<Exhibition>();
    let lang = exhibition.visit.lang;
    let circumference = std::f64::consts::TAU * RING_RADIUS;
    let arc = format!(
        "{} {}",
        fixed(circumference * share, 2),
        fixed(circumference, 2)
    );
    view! {
        <svg class="share-chart" viewBox="0 0 120 120" role="img" aria-label=move || ui::SHARE_CHART.get(lang.get())>
            <circle class="share-rest" cx="60" cy="60" r=plain(RING_RADIUS) />
            <circle class="share-part" cx="60" cy="60" r=plain(RING_RADIUS) stroke-dasharray=arc
                transform="rotate(-90 60 60)" />
        </svg>
    }
}

const RING_RADIUS: f64 = 46.0;
