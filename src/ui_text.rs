//! Interface strings in both languages. Each language is one `UiText` value, so a string
//! missing from either language is a compile error, not a blank on the screen.

use crate::lang::Lang;

pub struct UiText {
    pub still_exploring: &'static str,
    pub resetting_in: &'static str,
    pub keep_exploring: &'static str,
    pub full_screen: &'static str,
    pub exit_full_screen: &'static str,
    pub scan_to_take: &'static str,
    pub qr_label: &'static str,
    pub place_line: &'static str,
    pub tools: &'static str,
    pub skip_to_map: &'static str,
    pub loading: &'static str,
    pub language: &'static str,
    pub show_list: &'static str,
    pub show_map: &'static str,
    pub statistics: &'static str,
    pub map_label: &'static str,
    pub zoom_in: &'static str,
    pub zoom_out: &'static str,
    pub reset_view: &'static str,
    pub map_help: &'static str,
    pub open_photo: &'static str,
    pub photos_here: &'static str,
    pub all_photos: &'static str,
    pub close: &'static str,
    pub previous: &'static str,
    pub next: &'static str,
    pub share: &'static str,
    pub link_copied: &'static str,
    pub copy_failed: &'static str,
    pub photo_credit: &'static str,
    pub taken_on: &'static str,
    pub site: &'static str,
    pub picture_missing: &'static str,
    pub photo_of: &'static str,
    pub not_found_title: &'static str,
    pub not_found_body: &'static str,
    pub back_home: &'static str,
    pub error_title: &'static str,
    pub error_offline: &'static str,
    pub error_timeout: &'static str,
    pub error_status: &'static str,
    pub error_broken: &'static str,
    pub error_shape: &'static str,
    pub error_invalid: &'static str,
    pub retry: &'static str,
    pub stats_title: &'static str,
    pub stats_intro: &'static str,
    pub about_usd: &'static str,
    pub share_chart: &'static str,
    pub rest_of_beijing: &'static str,
    pub source: &'static str,
    pub in_year: &'static str,
}

const ZH: UiText = UiText {
    still_exploring: "还在浏览吗？轻触屏幕继续",
    resetting_in: "{n} 秒后返回首页",
    keep_exploring: "继续浏览",
    full_screen: "全屏",
    exit_full_screen: "退出全屏",
    scan_to_take: "扫码在手机上查看这张照片",
    qr_label: "二维码：在手机上打开这张照片",
    place_line: "北京 · 石景山 · 首钢园",
    tools: "展览工具",
    skip_to_map: "跳到地图",
    loading: "正在载入展览……",
    language: "语言",
    show_list: "列表浏览",
    show_map: "地图浏览",
    statistics: "产业数据",
    map_label: "首钢园示意地图",
    zoom_in: "放大",
    zoom_out: "缩小",
    reset_view: "复位地图",
    map_help: "拖动或用方向键移动地图，滚轮、双指或 +/- 缩放。",
    open_photo: "打开照片",
    photos_here: "这里的照片",
    all_photos: "全部照片",
    close: "关闭",
    previous: "上一张",
    next: "下一张",
    share: "分享",
    link_copied: "链接已复制",
    copy_failed: "无法复制，请手动复制地址栏中的链接",
    photo_credit: "原照片",
    taken_on: "拍摄于",
    site: "地点",
    picture_missing: "图片暂时无法显示",
    photo_of: "第 {n} 张，共 {total} 张",
    not_found_title: "找不到这张照片",
    not_found_body: "链接中的照片不在本展览中，可能已改名或被移除。",
    back_home: "返回地图",
    error_title: "展览暂时无法打开",
    error_offline: "无法连接网络。请检查网络后重试。",
    error_timeout: "展览内容加载超时。",
    error_status: "服务器返回错误 {status}。",
    error_broken: "展览内容文件已损坏（第 {line} 行第 {column} 列）：{detail}",
    error_shape: "展览内容文件中有错误的值（第 {line} 行第 {column} 列）：{detail}",
    error_invalid: "展览内容未通过检查：",
    retry: "重试",
    stats_title: "石景山科幻产业数据",
    stats_intro: "依托工业遗存，融合文化与科技。",
    about_usd: "约合 {usd}",
    share_chart: "饼图：石景山区约占北京市科幻产业营收的三分之一",
    rest_of_beijing: "北京市其他地区",
    source: "来源",
    in_year: "{year}年",
};

const EN: UiText = UiText {
    still_exploring: "Still exploring? Touch to continue",
    resetting_in: "Starting over in {n} s",
    keep_exploring: "Keep exploring",
    full_screen: "Full screen",
    exit_full_screen: "Exit full screen",
    scan_to_take: "Scan to take this photo to your phone",
    qr_label: "QR code: opens this photo on your phone",
    place_line: "Shougang Park · Shijingshan · Beijing",
    tools: "Exhibit tools",
    skip_to_map: "Skip to the map",
    loading: "Loading the exhibit…",
    language: "Language",
    show_list: "List view",
    show_map: "Map view",
    statistics: "Industry in numbers",
    map_label: "Schematic map of Shougang Park",
    zoom_in: "Zoom in",
    zoom_out: "Zoom out",
    reset_view: "Reset map",
    map_help: "Drag or use the arrow keys to move the map; wheel, pinch or +/- to zoom.",
    open_photo: "open photo",
    photos_here: "Photos here",
    all_photos: "All photos",
    close: "Close",
    previous: "Previous photo",
    next: "Next photo",
    share: "Share",
    link_copied: "Link copied",
    copy_failed: "Could not copy: please copy the link from the address bar",
    photo_credit: "Original photo",
    taken_on: "Taken",
    site: "Place",
    picture_missing: "The picture cannot be shown right now",
    photo_of: "{n} of {total}",
    not_found_title: "We can't find that photo",
    not_found_body:
        "The photo in this link is not part of the exhibit. It may have been renamed or removed.",
    back_home: "Back to the map",
    error_title: "The exhibit cannot open right now",
    error_offline: "There is no network connection. Check the network and try again.",
    error_timeout: "The exhibit's content took too long to arrive.",
    error_status: "The server answered with error {status}.",
    error_broken: "The exhibit's content file is broken (line {line}, column {column}): {detail}",
    error_shape:
        "The exhibit's content file has a wrong value (line {line}, column {column}): {detail}",
    error_invalid: "The exhibit's content did not pass its checks:",
    retry: "Try again",
    stats_title: "Shijingshan's sci-fi industry",
    stats_intro: "Culture and technology, built on industrial heritage.",
    about_usd: "about {usd}",
    share_chart: "Pie chart: Shijingshan has nearly one third of Beijing's sci-fi industry revenue",
    rest_of_beijing: "Rest of Beijing",
    source: "Source",
    in_year: "in {year}",
};

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
    fn placeholders_are_filled() {
        assert_eq!(fill(EN.photo_of, &[("n", "3"), ("total", "9")]), "3 of 9");
        assert_eq!(
            fill(ZH.photo_of, &[("n", "3"), ("total", "9")]),
            "第 3 张，共 9 张"
        );
    }
}
