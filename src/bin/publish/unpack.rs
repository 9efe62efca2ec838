//! A pack file (`exhibit-pack.zip`, what the studio exports) unpacked into a folder of its own
//! under the system's temporary folder, for `update-pack` to check and install like any pack
//! folder. The folder goes when the unpacked pack does.

use std::path::{Path, PathBuf};

use shijingshan_exhibit::content::pack_file::read_pack_file;
use shijingshan_exhibit::content::read_pack;
use shijingshan_exhibit::lang::Lang;

/// An unpacked pack file: a folder holding its `exhibit.json` and pictures.
pub struct Unpacked {
    pub folder: PathBuf,
}

impl Drop for Unpacked {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.folder);
    }
}

/// Whether `pack` names a pack file rather than a pack folder.
pub fn is_pack_file(pack: &Path) -> bool {
    pack.is_file()
        && pack
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("zip"))
}

/// Reads and unpacks `file`; a file that is not a sound pack file is refused before anything
/// is written. Whether its pack passes the exhibit's checks is for `update-pack` to say.
pub fn unpack(file: &Path) -> Result<Unpacked, String> {
    let bytes = std::fs::read(file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    let refused = |why: String| format!("{}: {why}", file.display());
    let pack = read_pack_file(&bytes).map_err(|e| refused(e.describe(Lang::En)))?;
    // A pack that does not read is named by the whole check, which says where it breaks.
    if let Ok(exhibit) = read_pack(
        pack.exhibit_json()
            .map_err(|e| refused(e.describe(Lang::En)))?,
    ) {
        pack.check_pictures(&exhibit)
            .map_err(|e| refused(e.describe(Lang::En)))?;
    }
    let unpacked = Unpacked {
        folder: scratch_folder()?,
    };
    for (name, bytes) in &pack.files {
        // The reader let through only plain relative paths: each lands inside the folder.
        let path = unpacked.folder.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
        }
        std::fs::write(&path, bytes)
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(unpacked)
}

/// A new, empty folder of this run's own.
fn scratch_folder() -> Result<PathBuf, String> {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let folder = std::env::temp_dir().join(format!("exhibit-pack-{}-{nanos}", std::process::id()));
    std::fs::create_dir(&folder).map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
    Ok(folder)
}
