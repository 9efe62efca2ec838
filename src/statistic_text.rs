//! What a visitor reads about the statistics, besides each headline figure (`format::headline`):
//! the label under a figure, the sentence screen readers hear, and the source line. The app's
//! statistics view and the publish step's `statistics/` page both write these.

use crate::content::{Statistic, Text};
use crate::format;
use crate::lang::Lang;

/// The label under a figure: "sci-fi industry revenue … in 2024 · about US$2.13 billion".
pub fn details(lang: Lang, statistic: &Statistic) -> String {
    let mut parts = vec![statistic.label.get(lang).to_string()];
    if let Some(usd) = statistic.approx_usd {
        parts.push(about_usd(lang, &format::us_dollars(lang, usd)));
    }
    parts.join(" · ")
}

/// What goes between a figure and its label when they are read as one: a space in English,
/// nothing in Chinese.
pub fn between(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "",
        Lang::En => " ",
    }
}

/// The whole figure as one sentence, as screen readers hear it.
pub fn sentence(lang: Lang, statistic: &Statistic) -> String {
    let value = format::headline(lang, statistic, statistic.value);
    format!("{value}{}{}", between(lang), details(lang, statistic))
}

/// The source the figures share: the first one's.
pub fn shared_source(statistics: &[Statistic]) -> Text {
    statistics
        .first()
        .map(|s| s.source.clone())
        .unwrap_or_default()
}

/// "Source: People's Daily Online; …".
pub fn source_line(lang: Lang, source: &Text) -> String {
    crate::ui_text::source(lang, source.get(lang))
}

fn about_usd(lang: Lang, usd: &str) -> String {
    crate::ui_text::about_usd(lang, usd)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Measure;

    fn revenue() -> Statistic {
        Statistic {
            value: 15_300_000_000.0,
            measure: Measure::Yuan,
            year: Some(2024),
            approx_usd: Some(2_130_000_000.0),
            label: Text::new(
                "2024年石景山区科幻产业营收",
                "sci-fi industry revenue of Shijingshan District in 2024",
            ),
            source: Text::new("人民网", "People's Daily Online"),
            ..Statistic::default()
        }
    }

    #[test]
    fn a_figure_in_dollars_too_says_so_in_its_label() {
        assert_eq!(
            details(Lang::En, &revenue()),
            "sci-fi industry revenue of Shijingshan District in 2024 · about US$2.13 billion"
        );
        assert_eq!(
            details(Lang::Zh, &revenue()),
            "2024年石景山区科幻产业营收 · 约合 21.3亿美元"
        );
    }

    #[test]
    fn the_sentence_is_the_figure_and_its_label() {
        assert_eq!(
            sentence(Lang::En, &revenue()),
            "15.3 billion yuan sci-fi industry revenue of Shijingshan District in 2024 · about US$2.13 billion"
        );
        assert_eq!(
            sentence(Lang::Zh, &revenue()),
            "153亿元2024年石景山区科幻产业营收 · 约合 21.3亿美元"
        );
        let companies = Statistic {
            value: 236.0,
            label: Text::new(
                "家科幻企业和机构在石景山区集聚",
                "science fiction companies",
            ),
            ..Statistic::default()
        };
        assert_eq!(
            sentence(Lang::En, &companies),
            "236 science fiction companies"
        );
        assert_eq!(
            sentence(Lang::Zh, &companies),
            "236家科幻企业和机构在石景山区集聚"
        );
    }

    #[test]
    fn the_source_line_names_the_first_figures_source() {
        let source = shared_source(&[revenue(), Statistic::default()]);
        assert_eq!(
            source_line(Lang::En, &source),
            "Source: People's Daily Online"
        );
        assert_eq!(source_line(Lang::Zh, &source), "来源：人民网");
        assert_eq!(shared_source(&[]), Text::default());
    }
}
