//! The curator's check: `cargo run --bin check-pack -- public/exhibit.json`.
//! Prints every problem in the pack, one a line, and exits non-zero if there is any.

#[cfg(not(target_arch = "wasm32"))]
use std::{path::PathBuf, process::ExitCode};

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> ExitCode {
    let path = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "public/exhibit.json".into()),
    );
    match shijingshan_exhibit::content::check_pack_file(&path) {
        Ok(checked) => {
            for warning in &checked.warnings {
                println!("warning: {warning}");
            }
            let exhibit = checked.exhibit;
            println!(
                "{}: valid ({} sites, {} photos, {} statistics)",
                path.display(),
                exhibit.sites.len(),
                exhibit.photos.len(),
                exhibit.statistics.len()
            );
            ExitCode::SUCCESS
        }
        Err(problems) => {
            for line in problems {
                eprintln!("{line}");
            }
            ExitCode::FAILURE
        }
    }
}
