//! Interface strings in both languages, one table row a string: a row without both languages
//! does not compile, and tests check that no string is blank or left untranslated.

use crate::lang::Lang;

macro_rules! ui_text {
    ($($key:ident: $zh:literal, $en:literal;)*) => {
        pub struct UiText {
            $(pub $key: &'static str,)*
        }

        const ZH: UiText = UiText { $($key: $zh,)* };
        const EN: UiText = UiText { $($key: $en,)* };

        impl UiText {
            /// Every string with its name, for checks.
            pub fn all(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($key), self.$key),)*]
            }
        }
    };
}

ui_text! {
    still_exploring: "还在浏览吗？轻触屏幕继续",
        "Still exploring? Touch to continue";
    resetting_in: "{n} 秒后返回首页",
        "Starting over in {n} s";
    keep_exploring: "继续浏览",
        "Keep exploring";
    full_screen: "全屏",
        "Full screen";
    exit_full_screen: "退出全屏",
        "Exit full screen";
    scan_to_take: "扫码在手机上查看这张照片",
        "Scan to take this photo to your phone";
    qr_label: "二维码：在手机上打开这张照片",
        "QR code: opens this photo on your phone";
    place_line: "北京 · 石景山 · 首钢园",
        "Shougang Park · Shijingshan · Beijing";
    tools: "展览工具",
        "Exhibit tools";
    skip_to_map: "跳到展览内容",
        "Skip to the exhibit";
    loading: "正在载入展览……",
        "Loading the exhibit…";
    language: "语言",
        "Language";
    show_list: "列表浏览",
        "List view";
    show_map: "地图浏览",
        "Map view";
    statistics: "产业数据",
        "Industry in numbers";
    map_label: "首钢园示意地图",
        "Schematic map of Shougang Park";
    zoom_in: "放大",
        "Zoom in";
    zoom_out: "缩小",
        "Zoom out";
    reset_view: "复位地图",
        "Reset map";
    map_help: "拖动或用方向键移动地图，滚轮、双指或 +/- 缩放。",
        "Drag or use the arrow keys to move the map; wheel, pinch or +/- to zoom.";
    open_photo: "打开照片",
        "open photo";
    photos_here: "这里的照片",
        "Photos here";
    all_photos: "全部照片",
        "All photos";
    close: "关闭",
        "Close";
    previous: "上一张",
        "Previous photo";
    next: "下一张",
        "Next photo";
    share: "分享",
        "Share";
    link_copied: "链接已复制",
        "Link copied";
    copy_failed: "无法复制，请手动复制地址栏中的链接",
        "Could not copy: please copy the link from the address bar";
    photo_credit: "原照片",
        "Original photo";
    taken_on: "拍摄于",
        "Taken";
    site: "地点",
        "Place";
    picture_missing: "图片暂时无法显示",
        "The picture cannot be shown right now";
    photo_of: "第 {n} 张，共 {total} 张",
        "{n} of {total}";
    not_found_title: "找不到这张照片",
        "We can't find that photo";
    not_found_body: "链接中的照片不在本展览中，可能已改名或被移除。",
        "The photo in this link is not part of the exhibit. It may have been renamed or removed.";
    back_home: "返回地图",
        "Back to the map";
    error_title: "展览暂时无法打开",
        "The exhibit cannot open right now";
    error_offline: "无法连接网络。请检查网络后重试。",
        "There is no network connection. Check the network and try again.";
    error_timeout: "展览内容加载超时。",
        "The exhibit's content took too long to arrive.";
    error_status: "服务器返回错误 {status}。",
        "The server answered with error {status}.";
    error_broken: "展览内容文件已损坏（第 {line} 行第 {column} 列）：{detail}",
        "The exhibit's content file is broken (line {line}, column {column}): {detail}";
    error_shape: "展览内容文件中有错误的值（第 {line} 行第 {column} 列）：{detail}",
        "The exhibit's content file has a wrong value (line {line}, column {column}): {detail}";
    error_invalid: "展览内容未通过检查：",
        "The exhibit's content did not pass its checks:";
    retry: "重试",
        "Try again";
    stats_title: "石景山科幻产业数据",
        "Shijingshan's sci-fi industry";
    stats_intro: "依托工业遗存，融合文化与科技。",
        "Culture and technology, built on industrial heritage.";
    about_usd: "约合 {usd}",
        "about {usd}";
    share_chart: "饼图：石景山区约占北京市科幻产业营收的三分之一",
        "Pie chart: Shijingshan has nearly one third of Beijing's sci-fi industry revenue";
    rest_of_beijing: "北京市其他地区",
        "Rest of Beijing";
    source: "来源",
        "Source";
    in_year: "{year}年",
        "in {year}";
}

impl UiText {
    pub fn get(lang: Lang) -> &'static UiText {
        match lang {
            Lang::Zh => &ZH,
            Lang::En => &EN,
        }
    }
}

/// Fills `{name}` placeholders in an interface string.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values
        .iter()
        .fold(template.to_string(), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), value)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_string_is_there_in_both_languages() {
        for (name, text) in ZH.all().into_iter().chain(EN.all()) {
            assert!(!text.trim().is_empty(), "{name} is blank");
        }
    }

    #[test]
    fn chinese_strings_are_translated() {
        let has_chinese = |text: &str| text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
        for ((name, zh), (_, en)) in ZH.all().into_iter().zip(EN.all()) {
            assert!(has_chinese(zh), "{name} has no Chinese: {zh:?}");
            assert!(!has_chinese(en), "{name} has Chinese in English: {en:?}");
        }
    }

    #[test]
    fn placeholders_match_between_languages() {
        let names = |text: &str| {
            let mut found: Vec<String> = text
                .split('{')
                .skip(1)
                .filter_map(|part| part.split_once('}').map(|(n, _)| n.to_string()))
                .collect();
            found.sort();
            found
        };
        for ((name, zh), (_, en)) in ZH.all().into_iter().zip(EN.all()) {
            assert_eq!(names(zh), names(en), "{name}");
        }
    }

    #[test]
    fn placeholders_are_filled() {
        assert_eq!(fill(EN.photo_of, &[("n", "3"), ("total", "9")]), "3 of 9");
        assert_eq!(
            fill(ZH.photo_of, &[("n", "3"), ("total", "9")]),
            "第 3 张，共 9 张"
        );
    }
}
