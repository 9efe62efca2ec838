//! The checks a pack file on disk must pass before it is published: its rules, and every
//! picture it names present beside it. Shared by `check-pack` and `publish update-pack`.

use std::path::Path;

use super::{load_pack, Exhibit};

/// Reads and checks the pack at `path`; on failure, every problem as a line naming its place.
pub fn check_pack_file(path: &Path) -> Result<Exhibit, Vec<String>> {
    let shown = path.display();
    let text =
        std::fs::read_to_string(path).map_err(|e| vec![format!("{shown}: cannot read: {e}")])?;
    let exhibit = load_pack(&text).map_err(|error| {
        error
            .to_string()
            .lines()
            .map(|line| format!("{shown}: {line}"))
            .collect::<Vec<_>>()
    })?;
    let folder = path.parent().unwrap_or(Path::new("."));
    let missing: Vec<String> = exhibit
        .picture_files()
        .into_iter()
        .filter(|(_, file)| !folder.join(file).is_file())
        .map(|(place, file)| format!("{shown}: {place}: file {file} not found next to the pack"))
        .collect();
    if missing.is_empty() {
        Ok(exhibit)
    } else {
        Err(missing)
    }
}
