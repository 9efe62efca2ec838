//! The content pack's rules, one bad pack each, on the test pack in tests/fixtures/pack (made-up
//! content shaped to exercise the code). The shipped pack's own test is shipped_pack.rs.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use serde_json::{json, Value};
use shijingshan_exhibit::content::{check_pack_file, load_pack, Measure, PackError};

const TEST_PACK: &str = include_str!("fixtures/pack/exhibit.json");

fn test_pack() -> Value {
    serde_json::from_str(TEST_PACK).unwrap()
}

/// Breaks the test pack with `edit` and returns every problem line validation reports.
fn problems(edit: impl FnOnce(&mut Value)) -> Vec<String> {
    let mut pack = test_pack();
    edit(&mut pack);
    match load_pack(&pack.to_string()) {
        Err(PackError::Invalid(problems)) => problems.iter().map(|p| p.to_string()).collect(),
        other => panic!("expected invalid content, got {other:?}"),
    }
}

fn assert_reports(edit: impl FnOnce(&mut Value), expected: &str) {
    let found = problems(edit);
    assert!(
        found.iter().any(|line| line == expected),
        "expected {expected:?} among {found:#?}"
    );
}

#[test]
fn the_test_pack_passes_check_pack_and_has_what_the_code_tests_need() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pack/exhibit.json");
    let exhibit = check_pack_file(&path)
        .unwrap_or_else(|problems| panic!("{problems:#?}"))
        .exhibit;
    assert!(exhibit.sites.len() >= 3, "several sites");
    assert!(exhibit.photos.len() >= 15, "many hotspots");
    let shape = |p: &&shijingshan_exhibit::content::Photo| p.image.width / p.image.height;
    assert!(
        exhibit.photos.iter().any(|p| shape(&p) >= 4.0),
        "a very wide picture"
    );
    assert!(
        exhibit.photos.iter().any(|p| shape(&p) <= 0.25),
        "a very tall picture"
    );
    assert!(
        (exhibit.photos.iter()).any(|p| !p.image.src.is_ascii()),
        "a picture path in another script"
    );
    assert!(
        (exhibit.photos.iter()).any(|p| p.caption.zh.as_deref().is_some_and(|zh| zh
            .chars()
            .count()
            > 100
            && !zh.contains(' '))),
        "a long Chinese caption without spaces"
    );
    assert!(
        exhibit.photos.iter().any(|p| p.image_note.is_none()),
        "a photo without an image note"
    );
    for measure in [Measure::Count, Measure::Yuan, Measure::Share] {
        assert!(
            exhibit.statistics.iter().any(|s| s.measure == measure),
            "{measure:?}"
        );
    }
    let in_file: Vec<_> = exhibit.photos.iter().map(|p| &p.id).collect();
    let in_order: Vec<_> = exhibit.photos_in_order().iter().map(|p| &p.id).collect();
    assert_ne!(
        in_file, in_order,
        "a visiting order that is not the file's order"
    );
}

#[test]
fn an_unknown_schema_version_is_refused() {
    assert_reports(
        |p| p["schema_version"] = json!(2),
        "schema_version: unknown version 2 (this exhibit reads version 1)",
    );
}

#[test]
fn a_missing_schema_version_is_refused() {
    assert_reports(
        |p| drop(p.as_object_mut().unwrap().remove("schema_version")),
        "schema_version: missing",
    );
}

#[test]
fn unknown_fields_are_named_wherever_they_are() {
    let found = problems(|p| {
        p["colour"] = json!("red");
        p["photos"][3]["captoin"] = json!({"zh": "x", "en": "x"});
        p["photos"][0]["title"]["fr"] = json!("Intérieur");
        p["settings"]["idle"] = json!(5);
    });
    for expected in [
        "colour: unknown field",
        "photos[3].captoin: unknown field",
        "photos[0].title.fr: unknown field",
        "settings.idle: unknown field",
    ] {
        assert!(
            found.contains(&expected.to_string()),
            "{expected} not in {found:#?}"
        );
    }
}

#[test]
fn a_missing_translation_is_named_by_language() {
    assert_reports(
        |p| {
            drop(
                p["photos"][3]["caption"]
                    .as_object_mut()
                    .unwrap()
                    .remove("zh"),
            )
        },
        "photos[3].caption.zh: missing",
    );
}

#[test]
fn a_blank_translation_counts_as_missing() {
    assert_reports(
        |p| p["sites"][1]["name"]["en"] = json!("   "),
        "sites[1].name.en: missing",
    );
}

#[test]
fn empty_alt_text_is_refused() {
    assert_reports(
        |p| p["photos"][2]["alt"]["en"] = json!(""),
        "photos[2].alt.en: missing",
    );
}

#[test]
fn duplicate_photo_ids_are_refused() {
    let id = test_pack()["photos"][1]["id"].clone();
    assert_reports(
        |p| p["photos"][4]["id"] = id.clone(),
        &format!("photos[4].id: duplicate id {id} (also photos[1])"),
    );
}

#[test]
fn duplicate_site_ids_are_refused() {
    let id = test_pack()["sites"][0]["id"].clone();
    assert_reports(
        |p| p["sites"][1]["id"] = id.clone(),
        &format!("sites[1].id: duplicate id {id} (also sites[0])"),
    );
}

#[test]
fn ids_must_be_readable_slugs() {
    assert_reports(
        |p| p["photos"][0]["id"] = json!("Inside Furnace"),
        "photos[0].id: \"Inside Furnace\" is not a slug (use a-z, 0-9 and -)",
    );
}

#[test]
fn a_photo_at_an_unknown_site_is_refused() {
    assert_reports(
        |p| p["photos"][5]["site"] = json!("moon-base"),
        "photos[5].site: unknown site \"moon-base\"",
    );
}

#[test]
fn a_hotspot_outside_the_map_is_refused() {
    assert_reports(
        |p| p["photos"][1]["hotspot"] = json!({"x": 1.2, "y": 0.5}),
        "photos[1].hotspot: outside the map (x 1.2, y 0.5; both must be 0 to 1)",
    );
}

#[test]
fn a_site_needs_an_outline() {
    assert_reports(
        |p| p["sites"][0]["outline"] = json!([]),
        "sites[0].outline: needs at least 3 points",
    );
}

#[test]
fn negative_numbers_are_refused() {
    assert_reports(
        |p| p["statistics"][0]["value"] = json!(-236),
        "statistics[0].value: -236 must be a number of 0 or more",
    );
    assert_reports(
        |p| p["photos"][0]["image"]["width"] = json!(-1200),
        "photos[0].image.width: -1200 must be a number above 0",
    );
}

#[test]
fn kiosk_settings_stay_within_usable_bounds() {
    for (field, value, expected) in [
        (
            "idle_timeout_seconds",
            json!(0),
            "0 must be from 15 to 3600",
        ),
        (
            "idle_timeout_seconds",
            json!(86400),
            "86400 must be from 15 to 3600",
        ),
        ("countdown_seconds", json!(2), "2 must be from 3 to 60"),
        ("countdown_seconds", json!(61), "61 must be from 3 to 60"),
        (
            "attract_interval_seconds",
            json!(1.5),
            "1.5 must be from 2 to 120",
        ),
        (
            "attract_interval_seconds",
            json!(1e12),
            "1000000000000 must be from 2 to 120",
        ),
        (
            "update_check_minutes",
            json!(0.5),
            "0.5 must be from 1 to 1440",
        ),
        (
            "update_check_minutes",
            json!(10080),
            "10080 must be from 1 to 1440",
        ),
    ] {
        assert_reports(
            |p| p["settings"][field] = value,
            &format!("settings.{field}: {expected}"),
        );
    }
}

#[test]
fn kiosk_settings_at_their_bounds_are_accepted() {
    let mut pack = test_pack();
    pack["settings"] = json!({
        "idle_timeout_seconds": 15, "countdown_seconds": 60,
        "attract_interval_seconds": 2, "update_check_minutes": 1440,
        "public_base_url": "", "embed_allowed_origins": []
    });
    let exhibit = load_pack(&pack.to_string()).expect("bounds are inclusive");
    assert_eq!(exhibit.settings.update_check_minutes, 1440.0);
}

#[test]
fn the_update_check_defaults_to_ten_minutes() {
    let mut pack = test_pack();
    pack["settings"]
        .as_object_mut()
        .unwrap()
        .remove("update_check_minutes");
    let exhibit = load_pack(&pack.to_string()).unwrap();
    assert_eq!(exhibit.settings.update_check_minutes, 10.0);
}

#[test]
fn a_share_above_one_is_refused() {
    assert_reports(
        |p| p["statistics"][2]["value"] = json!(33),
        "statistics[2].value: a share must be between 0 and 1",
    );
}

#[test]
fn image_paths_stay_inside_the_pack() {
    const ADDRESS: &str = "must be a file inside the pack, not an address";
    const CHARACTERS: &str =
        "must use only letters, digits, -, _, . and / (no spaces, %, \\, ? or #)";
    const DOTS: &str = "must not contain . or .. or empty folders";
    for (path, why) in [
        ("https://cdn.example/a.jpg", ADDRESS),
        ("http:evil.example/x.svg", ADDRESS),
        ("DATA:image/svg+xml,a.svg", ADDRESS),
        ("JavaScript:alert(1)//.svg", ADDRESS),
        ("//cdn.example/a.svg", ADDRESS),
        ("C:/photos/a.jpg", ADDRESS),
        (
            "/images/a.svg",
            "must be relative to the pack (no leading /)",
        ),
        ("images/../../etc/a.png", DOTS),
        ("images/./a.png", DOTS),
        ("images//a.png", DOTS),
        ("images/a photo.jpg", CHARACTERS),
        ("images\\..\\..\\a.jpg", CHARACTERS),
        ("images/%2e%2e/%2e%2e/a.jpg", CHARACTERS),
        ("images/a.jpg?v=2", CHARACTERS),
        ("images/照片\u{3000}一.jpg", CHARACTERS),
        (
            "images/a.gif",
            "must end in .svg, .png, .jpg, .jpeg, .webp or .avif",
        ),
    ] {
        assert_reports(
            |p| p["photos"][6]["image"]["src"] = json!(path),
            &format!("photos[6].image.src: \"{path}\" {why}"),
        );
    }
}

#[test]
fn picture_names_may_be_chinese() {
    let mut pack = test_pack();
    pack["photos"][6]["image"]["src"] = json!("images/照片/机器人_1.svg");
    load_pack(&pack.to_string()).expect("letters of any script are fine");
}

#[test]
fn srcset_entries_are_checked_too() {
    assert_reports(
        |p| {
            p["photos"][0]["image"]["srcset"] = json!("images/a-800.jpg 800w, http://x/b.jpg 1600w")
        },
        "photos[0].image.srcset: \"http://x/b.jpg\" must be a file inside the pack, not an address",
    );
}

#[test]
fn a_bad_date_is_refused() {
    assert_reports(
        |p| p["photos"][0]["date"] = json!("20 June 2025"),
        "photos[0].date: \"20 June 2025\" is not a date like 2025-06-20",
    );
}

#[test]
fn a_day_the_month_does_not_have_is_refused() {
    assert_reports(
        |p| p["photos"][0]["date"] = json!("2025-02-29"),
        "photos[0].date: \"2025-02-29\" is not a date like 2025-06-20",
    );
}

#[test]
fn settings_addresses_are_checked() {
    assert_reports(
        |p| p["settings"]["public_base_url"] = json!("museum.example/exhibit"),
        "settings.public_base_url: \"museum.example/exhibit\" must be an http(s) address ending in /, or empty",
    );
    assert_reports(
        |p| p["settings"]["embed_allowed_origins"] = json!(["https://museum.example/page"]),
        "settings.embed_allowed_origins[0]: \"https://museum.example/page\" is not an origin like https://museum.example",
    );
}

#[test]
fn a_pack_without_photos_is_refused() {
    assert_reports(
        |p| p["photos"] = json!([]),
        "photos: needs at least one photo",
    );
}

#[test]
fn every_problem_is_reported_at_once() {
    let found = problems(|p| {
        p["photos"][0]["alt"]["zh"] = json!("");
        p["photos"][8]["site"] = json!("nowhere");
        p["statistics"][1]["year"] = json!(2024);
        p["sites"][0]["position"] = json!({"x": -0.1, "y": 0.2});
    });
    assert_eq!(found.len(), 3, "{found:#?}");
}

#[test]
fn broken_json_reports_line_and_column() {
    let broken = TEST_PACK.replacen("\"schema_version\": 1,", "\"schema_version\": 1,,", 1);
    match load_pack(&broken) {
        Err(PackError::BrokenJson {
            line: 2, column, ..
        }) => assert!(column > 0),
        other => panic!("expected broken JSON on line 2, got {other:?}"),
    }
}

#[test]
fn a_value_of_the_wrong_type_is_reported_with_its_position() {
    let mut pack = test_pack();
    pack["photos"][0]["order"] = json!("first");
    let error = load_pack(&serde_json::to_string_pretty(&pack).unwrap()).unwrap_err();
    assert!(matches!(error, PackError::WrongShape { .. }), "{error:?}");
    assert!(
        error.to_string().starts_with("wrong value at line"),
        "{error}"
    );
}

#[test]
fn photos_are_visited_in_the_packs_order_and_wrap_around() {
    let exhibit = load_pack(TEST_PACK).unwrap();
    let order: Vec<_> = exhibit
        .photos_in_order()
        .iter()
        .map(|p| p.id.as_str())
        .collect();
    // The test pack's order: site A's photos (01–06), then site C's (13–18), then site B's.
    let expected: Vec<String> = (1..=6)
        .chain(13..=18)
        .chain(7..=12)
        .map(|n| format!("test-photo-{n:02}"))
        .collect();
    assert_eq!(order, expected);
    assert_eq!(
        exhibit.neighbour("test-photo-12", 1).unwrap().id,
        "test-photo-01"
    );
    assert_eq!(
        exhibit.neighbour("test-photo-01", -1).unwrap().id,
        "test-photo-12"
    );
    assert_eq!(
        exhibit.neighbour("test-photo-06", 1).unwrap().id,
        "test-photo-13"
    );
    assert!(exhibit.neighbour("no-such-photo", 1).is_none());
}

#[test]
fn read_pack_opens_a_pack_with_problems_that_load_pack_refuses() {
    let mut pack = test_pack();
    pack["photos"][3]["caption"]["zh"] = json!("");
    let text = pack.to_string();
    let opened = shijingshan_exhibit::content::read_pack(&text).expect("it reads");
    assert_eq!(opened.photos[3].caption.zh.as_deref(), Some(""));
    assert!(matches!(load_pack(&text), Err(PackError::Invalid(_))));
    let broken = "{\n  \"schema_version\": 1,,\n}";
    assert_eq!(
        shijingshan_exhibit::content::read_pack(broken).unwrap_err(),
        load_pack(broken).unwrap_err()
    );
}

/// The test pack in a folder of its own with `edit` made to it (and its linked photographs as
/// files), and what `check-pack` says of it.
fn check_edited(
    name: &str,
    edit: impl FnOnce(&mut Value, &Path),
) -> Result<Vec<String>, Vec<String>> {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pack");
    let folder = std::env::temp_dir().join(format!("check-pack-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&folder);
    let mut pack = test_pack();
    for (_, file) in load_pack(TEST_PACK).unwrap().picture_files() {
        let to = folder.join(file);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(source.join(file), to).unwrap();
    }
    edit(&mut pack, &folder);
    std::fs::write(folder.join("exhibit.json"), pack.to_string()).unwrap();
    let result = check_pack_file(&folder.join("exhibit.json"));
    std::fs::remove_dir_all(&folder).unwrap();
    let place = |line: String| {
        line.split_once(": ")
            .map_or(line.clone(), |(_, rest)| rest.to_string())
    };
    result
        .map(|checked| checked.warnings.into_iter().map(place).collect())
        .map_err(|problems| problems.into_iter().map(place).collect())
}

/// The index of the test pack's photo whose picture is `file` (in tests/fixtures/photographs).
fn photo_with(extension: &str, width: u64) -> usize {
    let pack = test_pack();
    let photos = pack["photos"].as_array().unwrap();
    photos
        .iter()
        .position(|p| {
            p["image"]["src"].as_str().unwrap().ends_with(extension) && p["image"]["width"] == width
        })
        .unwrap()
}

#[test]
fn a_camera_photo_is_sized_as_shown_after_its_exif_orientation() {
    let sideways = photo_with(".jpg", 900);
    // The file is stored 600 wide and 900 tall, and shown 900 × 600.
    let problems = check_edited("sideways", |pack, _| {
        pack["photos"][sideways]["image"]["width"] = json!(600);
        pack["photos"][sideways]["image"]["height"] = json!(900);
    })
    .unwrap_err();
    assert_eq!(
        problems,
        [format!(
            "photos[{sideways}].image: images/photos/test-photo-10.jpg is 900 × 600 as shown (after its EXIF orientation), but the pack gives width 600 and height 900: write 900 and 600"
        )]
    );
}

#[test]
fn a_damaged_photo_is_named_and_the_pack_refused() {
    let sideways = photo_with(".jpg", 900);
    let problems = check_edited("damaged", |_, folder| {
        let file = folder.join("images/photos/test-photo-10.jpg");
        let bytes = std::fs::read(&file).unwrap();
        std::fs::write(&file, &bytes[..bytes.len() / 2]).unwrap();
    })
    .unwrap_err();
    assert_eq!(
        problems,
        [format!("photos[{sideways}].image: images/photos/test-photo-10.jpg is damaged: the JPEG stops before its end (a copy or download that was cut off?)")]
    );
}

#[test]
fn a_photo_too_small_for_a_kiosk_is_a_warning_not_a_problem() {
    let warnings = check_edited("small", |_, _| {}).unwrap();
    let sideways = photo_with(".jpg", 900);
    assert!(
        warnings.contains(&format!("photos[{sideways}].image: images/photos/test-photo-10.jpg is 900 × 600: under 1920 pixels on its long side, it looks soft on a kiosk's screen")),
        "{warnings:#?}"
    );
}

#[test]
fn photos_with_the_same_order_are_visited_as_the_pack_lists_them() {
    let mut pack = test_pack();
    let photos = pack["photos"].as_array_mut().unwrap();
    for photo in photos.iter_mut() {
        photo["order"] = json!(1);
    }
    photos[4]["order"] = json!(0);
    photos[2]["order"] = json!(2);
    let listed: Vec<String> = photos
        .iter()
        .map(|p| p["id"].as_str().unwrap().to_string())
        .collect();
    let exhibit = load_pack(&pack.to_string()).unwrap();
    let order: Vec<&str> = exhibit
        .photos_in_order()
        .iter()
        .map(|p| p.id.as_str())
        .collect();
    let mut expected = vec![listed[4].as_str()];
    expected.extend(
        (0..listed.len())
            .filter(|&i| i != 4 && i != 2)
            .map(|i| listed[i].as_str()),
    );
    expected.push(&listed[2]);
    assert_eq!(order, expected);
}
