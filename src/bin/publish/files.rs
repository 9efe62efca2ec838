//! Reading and writing the published files: a server never sends half of one.

use std::path::{Path, PathBuf};

pub fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

/// Writes `text` beside `path` and renames it into place: a server never sends half a file.
pub fn write(path: &Path, text: &str) -> Result<(), String> {
    create_folder_of(path)?;
    let aside = aside(path);
    std::fs::write(&aside, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    std::fs::rename(&aside, path).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// Copies a file (a hard link where it can: the files copied are never changed in place).
pub fn copy(from: &Path, to: &Path) -> Result<(), String> {
    create_folder_of(to)?;
    let aside = aside(to);
    let _ = std::fs::remove_file(&aside);
    // The file itself, not a symbolic link to it (a link moved elsewhere points nowhere).
    let from =
        &std::fs::canonicalize(from).map_err(|e| format!("cannot read {}: {e}", from.display()))?;
    if std::fs::hard_link(from, &aside).is_err() {
        std::fs::copy(from, &aside)
            .map_err(|e| format!("cannot copy {} to {}: {e}", from.display(), to.display()))?;
    }
    std::fs::rename(&aside, to).map_err(|e| format!("cannot write {}: {e}", to.display()))
}

fn create_folder_of(path: &Path) -> Result<(), String> {
    match path.parent() {
        Some(folder) => std::fs::create_dir_all(folder)
            .map_err(|e| format!("cannot create {}: {e}", folder.display())),
        None => Ok(()),
    }
}

fn aside(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".publishing");
    path.with_file_name(name)
}

/// A worker's cache version, from every file's name and bytes (`files` sorted, relative to
/// `root`): it changes when, and only when, one of them does.
pub fn version_of(root: &Path, files: &[String]) -> Result<String, String> {
    let mut everything = Vec::new();
    for file in files {
        everything.extend_from_slice(file.as_bytes());
        everything.push(0);
        everything.extend(
            std::fs::read(root.join(file)).map_err(|e| format!("cannot read {file}: {e}"))?,
        );
    }
    Ok(crate::digest::short_digest(&everything))
}

pub fn list_files(root: &Path, folder: &Path, files: &mut Vec<String>) -> Result<(), String> {
    let entries =
        std::fs::read_dir(folder).map_err(|e| format!("cannot list {}: {e}", folder.display()))?;
    for entry in entries {
        let path: PathBuf = entry.map_err(|e| e.to_string())?.path();
        if path.is_dir() {
            list_files(root, &path, files)?;
        } else if let Ok(relative) = path.strip_prefix(root) {
            let name = relative.to_string_lossy().replace('\\', "/");
            if !name.starts_with('.') {
                files.push(name);
            }
        }
    }
    Ok(())
}

/// Writes bytes as they are (into a folder of publish's own, never served half-written).
pub fn write_bytes(path: &Path, bytes: &[u8]) -> Result<(), String> {
    std::fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
}
