//! The curator's check: `cargo run --bin check-pack -- public/exhibit.json`.
//! Prints every problem in the pack, one a line, and exits non-zero if there is any.

use std::path::Path;
use std::process::ExitCode;

use shijingshan_exhibit::content::load_pack;

fn main() -> ExitCode {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "public/exhibit.json".into());
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("{path}: cannot read: {e}");
            return ExitCode::from(2);
        }
    };
    match load_pack(&text) {
        Ok(exhibit) => {
            let folder = Path::new(&path).parent().unwrap_or(Path::new("."));
            let missing: Vec<_> = exhibit
                .picture_files()
                .into_iter()
                .filter(|(_, file)| !folder.join(file).is_file())
                .collect();
            for (place, file) in &missing {
                eprintln!("{path}: {place}: file {file} not found next to the pack");
            }
            if !missing.is_empty() {
                return ExitCode::FAILURE;
            }
            println!(
                "{path}: valid ({} sites, {} photos, {} statistics)",
                exhibit.sites.len(),
                exhibit.photos.len(),
                exhibit.statistics.len()
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            for line in error.to_string().lines() {
                eprintln!("{path}: {line}");
            }
            ExitCode::FAILURE
        }
    }
}
