//! Everything the interface says, in both languages side by side: one constant per text, one
//! function per text with values in it. The app's views, the studio and the publish step (the
//! static pages) all read them from here, so a page and the app never say things differently;
//! a text without both languages, or a value one language leaves out, does not compile.

use std::fmt::Display;

use crate::lang::Lang;
pub use crate::lang::Words;

pub const STILL_EXPLORING: Words = Words(
    "还在浏览吗？轻触屏幕继续",
    "Still exploring? Touch to continue",
);
pub fn resetting_in(lang: Lang, n: impl Display) -> String {
    match lang {
        Lang::Zh => format!("{n} 秒后返回首页"),
        Lang::En => format!("Starting over in {n} s"),
    }
}
pub const KEEP_EXPLORING: Words = Words("继续浏览", "Keep exploring");
pub const FULL_SCREEN: Words = Words("全屏", "Full screen");
pub const EXIT_FULL_SCREEN: Words = Words("退出全屏", "Exit full screen");
pub const SCAN_TO_TAKE: Words = Words(
    "扫码在手机上查看这张照片",
    "Scan to take this photo to your phone",
);
pub const QR_LABEL: Words = Words(
    "二维码：在手机上打开这张照片",
    "QR code: opens this photo on your phone",
);
pub const PLACE_LINE: Words = Words(
    "北京 · 石景山 · 首钢园",
    "Shougang Park · Shijingshan · Beijing",
);
pub const TOOLS: Words = Words("展览工具", "Exhibit tools");
pub const SKIP_TO_MAP: Words = Words("跳到展览内容", "Skip to the exhibit");
pub const LOADING: Words = Words("正在载入展览……", "Loading the exhibit…");
pub const LANGUAGE: Words = Words("语言", "Language");
pub const SHOW_LIST: Words = Words("列表浏览", "List view");
pub const SHOW_MAP: Words = Words("地图浏览", "Map view");
pub const STATISTICS: Words = Words("产业数据", "Industry in numbers");
pub const MAP_LABEL: Words = Words("首钢园示意地图", "Schematic map of Shougang Park");
pub const ZOOM_IN: Words = Words("放大", "Zoom in");
pub const ZOOM_OUT: Words = Words("缩小", "Zoom out");
pub const RESET_VIEW: Words = Words("复位地图", "Reset map");
pub const MAP_HELP: Words = Words(
    "拖动或用方向键移动地图，滚轮、双指或 +/- 缩放。",
    "Drag or use the arrow keys to move the map; wheel, pinch or +/- to zoom.",
);
pub const OPEN_PHOTO: Words = Words("打开照片", "open photo");
pub const PHOTOS_HERE: Words = Words("这里的照片", "Photos here");
pub const ALL_PHOTOS: Words = Words("全部照片", "All photos");
pub const CLOSE: Words = Words("关闭", "Close");
pub const PREVIOUS: Words = Words("上一张", "Previous photo");
pub const NEXT: Words = Words("下一张", "Next photo");
pub const SHARE: Words = Words("分享", "Share");
pub const LINK_COPIED: Words = Words("链接已复制", "Link copied");
pub const COPY_FAILED: Words = Words(
    "无法复制，请手动复制地址栏中的链接",
    "Could not copy: please copy the link from the address bar",
);
pub const PHOTO_CREDIT: Words = Words("原照片", "Original photo");
pub const TAKEN_ON: Words = Words("拍摄于", "Taken");
pub const SITE: Words = Words("地点", "Place");
pub const PICTURE_MISSING: Words =
    Words("图片暂时无法显示", "The picture cannot be shown right now");
pub const PHOTO_ZOOM: Words = Words("照片缩放", "Photo zoom");
pub const WHOLE_PHOTO: Words = Words("看整张照片", "Whole photo");
pub const PHOTO_ZOOM_HELP: Words = Words("双指捏合、双击、滚轮或 + 和 − 键可缩放照片；放大后拖动或用方向键移动；按 0 看整张照片。", "Pinch, double-tap, the wheel or the + and − keys zoom the photo; drag or use the arrow keys to move it when zoomed; 0 shows it whole.");
pub fn photo_of(lang: Lang, n: impl Display, total: impl Display) -> String {
    match lang {
        Lang::Zh => format!("第 {n} 张，共 {total} 张"),
        Lang::En => format!("{n} of {total}"),
    }
}
pub const NOT_FOUND_TITLE: Words = Words("找不到这张照片", "We can't find that photo");
pub const NOT_FOUND_BODY: Words = Words(
    "链接中的照片不在本展览中，可能已改名或被移除。",
    "The photo in this link is not part of the exhibit. It may have been renamed or removed.",
);
pub const BACK_HOME: Words = Words("返回地图", "Back to the map");
pub const ERROR_TITLE: Words = Words("展览暂时无法打开", "The exhibit cannot open right now");
pub const ERROR_OFFLINE: Words = Words(
    "无法连接网络。请检查网络后重试。",
    "There is no network connection. Check the network and try again.",
);
pub const ERROR_TIMEOUT: Words = Words(
    "展览内容加载超时。",
    "The exhibit's content took too long to arrive.",
);
pub fn error_status(lang: Lang, status: impl Display) -> String {
    match lang {
        Lang::Zh => format!("服务器返回错误 {status}。"),
        Lang::En => format!("The server answered with error {status}."),
    }
}
pub fn error_broken(
    lang: Lang,
    line: impl Display,
    column: impl Display,
    detail: impl Display,
) -> String {
    match lang {
        Lang::Zh => format!("展览内容文件已损坏（第 {line} 行第 {column} 列）：{detail}"),
        Lang::En => {
            format!("The exhibit's content file is broken (line {line}, column {column}): {detail}")
        }
    }
}
pub fn error_shape(
    lang: Lang,
    line: impl Display,
    column: impl Display,
    detail: impl Display,
) -> String {
    match lang {
        Lang::Zh => format!("展览内容文件中有错误的值（第 {line} 行第 {column} 列）：{detail}"),
        Lang::En => format!(
            "The exhibit's content file has a wrong value (line {line}, column {column}): {detail}"
        ),
    }
}
pub const ERROR_INVALID: Words = Words(
    "展览内容未通过检查：",
    "The exhibit's content did not pass its checks:",
);
pub const RETRY: Words = Words("重试", "Try again");
pub const RETRYING_BY_ITSELF: Words = Words(
    "本展台会自动重试，一旦可以就会打开展览。",
    "This kiosk tries again by itself and opens the exhibit as soon as it can.",
);
pub const STATS_TITLE: Words = Words("石景山科幻产业数据", "Shijingshan's sci-fi industry");
pub const STATS_INTRO: Words = Words(
    "依托工业遗存，融合文化与科技。",
    "Culture and technology, built on industrial heritage.",
);
pub fn about_usd(lang: Lang, usd: impl Display) -> String {
    match lang {
        Lang::Zh => format!("约合 {usd}"),
        Lang::En => format!("about {usd}"),
    }
}
pub const SHARE_CHART: Words = Words(
    "饼图：石景山区约占北京市科幻产业营收的三分之一",
    "Pie chart: Shijingshan has nearly one third of Beijing's sci-fi industry revenue",
);
pub fn source(lang: Lang, source: impl Display) -> String {
    match lang {
        Lang::Zh => format!("来源：{source}"),
        Lang::En => format!("Source: {source}"),
    }
}
pub fn photo_count(lang: Lang, n: impl Display) -> String {
    match lang {
        Lang::Zh => format!("{n} 张照片"),
        Lang::En => format!("{n} photos"),
    }
}
pub const PLACES: Words = Words("展览地点与照片", "The places and their photos");
pub const TOUCH_TO_EXPLORE: Words = Words("轻触光点开始探索", "Touch a light to explore");

/// A label and its value as a line of text: "原照片：新华社" / "Original photo: Xinhua".
pub fn labelled(lang: Lang, label: Words, value: impl Display) -> String {
    match lang {
        Lang::Zh => format!("{}：{value}", label.get(lang)),
        Lang::En => format!("{}: {value}", label.get(lang)),
    }
}

/// A hotspot's accessible name, "title · place — open photo": the app's button and the static
/// shell's link are named alike, so a visitor (and a test) finds the same control in both.
pub fn hotspot_name(title: &str, place: &str, open_photo: &str) -> String {
    format!("{title} · {place} — {open_photo}")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every text without values, by name.
    const EVERY: [(&str, Words); 49] = [
        ("STILL_EXPLORING", STILL_EXPLORING),
        ("KEEP_EXPLORING", KEEP_EXPLORING),
        ("FULL_SCREEN", FULL_SCREEN),
        ("EXIT_FULL_SCREEN", EXIT_FULL_SCREEN),
        ("SCAN_TO_TAKE", SCAN_TO_TAKE),
        ("QR_LABEL", QR_LABEL),
        ("PLACE_LINE", PLACE_LINE),
        ("TOOLS", TOOLS),
        ("SKIP_TO_MAP", SKIP_TO_MAP),
        ("LOADING", LOADING),
        ("LANGUAGE", LANGUAGE),
        ("SHOW_LIST", SHOW_LIST),
        ("SHOW_MAP", SHOW_MAP),
        ("STATISTICS", STATISTICS),
        ("MAP_LABEL", MAP_LABEL),
        ("ZOOM_IN", ZOOM_IN),
        ("ZOOM_OUT", ZOOM_OUT),
        ("RESET_VIEW", RESET_VIEW),
        ("MAP_HELP", MAP_HELP),
        ("OPEN_PHOTO", OPEN_PHOTO),
        ("PHOTOS_HERE", PHOTOS_HERE),
        ("ALL_PHOTOS", ALL_PHOTOS),
        ("CLOSE", CLOSE),
        ("PREVIOUS", PREVIOUS),
        ("NEXT", NEXT),
        ("SHARE", SHARE),
        ("LINK_COPIED", LINK_COPIED),
        ("COPY_FAILED", COPY_FAILED),
        ("PHOTO_CREDIT", PHOTO_CREDIT),
        ("TAKEN_ON", TAKEN_ON),
        ("SITE", SITE),
        ("PICTURE_MISSING", PICTURE_MISSING),
        ("PHOTO_ZOOM", PHOTO_ZOOM),
        ("WHOLE_PHOTO", WHOLE_PHOTO),
        ("PHOTO_ZOOM_HELP", PHOTO_ZOOM_HELP),
        ("NOT_FOUND_TITLE", NOT_FOUND_TITLE),
        ("NOT_FOUND_BODY", NOT_FOUND_BODY),
        ("BACK_HOME", BACK_HOME),
        ("ERROR_TITLE", ERROR_TITLE),
        ("ERROR_OFFLINE", ERROR_OFFLINE),
        ("ERROR_TIMEOUT", ERROR_TIMEOUT),
        ("ERROR_INVALID", ERROR_INVALID),
        ("RETRY", RETRY),
        ("RETRYING_BY_ITSELF", RETRYING_BY_ITSELF),
        ("STATS_TITLE", STATS_TITLE),
        ("STATS_INTRO", STATS_INTRO),
        ("SHARE_CHART", SHARE_CHART),
        ("PLACES", PLACES),
        ("TOUCH_TO_EXPLORE", TOUCH_TO_EXPLORE),
    ];

    fn has_chinese(text: &str) -> bool {
        text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
    }

    #[test]
    fn every_text_is_written_in_its_own_language() {
        for (name, words) in EVERY {
            let (zh, en) = (words.get(Lang::Zh), words.get(Lang::En));
            assert!(
                !en.trim().is_empty() && !zh.trim().is_empty(),
                "{name} is blank"
            );
            assert!(has_chinese(zh), "{name} has no Chinese: {zh:?}");
            assert!(!has_chinese(en), "{name} has Chinese in English: {en:?}");
        }
    }

    #[test]
    fn values_are_written_into_both_languages() {
        assert_eq!(photo_of(Lang::En, 3, 9), "3 of 9");
        assert_eq!(photo_of(Lang::Zh, 3, 9), "第 3 张，共 9 张");
        assert_eq!(photo_count(Lang::Zh, 4), "4 张照片");
        assert_eq!(labelled(Lang::Zh, PHOTO_CREDIT, "新华社"), "原照片：新华社");
        assert_eq!(
            labelled(Lang::En, PHOTO_CREDIT, "Xinhua"),
            "Original photo: Xinhua"
        );
        assert_eq!(resetting_in(Lang::En, 20), "Starting over in 20 s");
        assert_eq!(
            error_broken(Lang::En, 4, 2, "expected a string"),
            "The exhibit's content file is broken (line 4, column 2): expected a string"
        );
        for lang in Lang::ALL {
            let written = error_shape(lang, 7, 11, "DETAIL");
            assert!(written.contains('7') && written.contains("11") && written.contains("DETAIL"));
            assert!(about_usd(lang, "USD-X").contains("USD-X"));
            assert!(source(lang, "SRC").ends_with("SRC"));
            assert!(error_status(lang, 503).contains("503"));
        }
    }
}
