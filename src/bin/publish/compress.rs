//! Precompressed copies: `name.br` (brotli, quality 11) and `name.gz` (gzip, level 9) beside
//! every file a browser downloads as text or wasm, so a server can send the smallest form
//! without compressing on every request.

use std::io::Write;
use std::path::Path;

const COMPRESSIBLE: [&str; 8] = [
    "wasm",
    "js",
    "css",
    "html",
    "json",
    "svg",
    "webmanifest",
    "txt",
];

/// Compresses every eligible file under `dist`; returns how many it compressed.
pub fn write_compressed_copies(dist: &Path) -> Result<usize, String> {
    let mut files = Vec::new();
    crate::files::list_files(dist, dist, &mut files)?;
    let mut count = 0;
    for name in files.iter().filter(|name| is_compressible(name)) {
        let path = dist.join(name);
        let bytes = std::fs::read(&path).map_err(|e| format!("cannot read {name}: {e}"))?;
        std::fs::write(format!("{}.br", path.display()), brotli(&bytes)?)
            .map_err(|e| format!("cannot write {name}.br: {e}"))?;
        std::fs::write(format!("{}.gz", path.display()), gzip(&bytes)?)
            .map_err(|e| format!("cannot write {name}.gz: {e}"))?;
        count += 1;
    }
    Ok(count)
}

fn is_compressible(name: &str) -> bool {
    name.rsplit_once('.')
        .is_some_and(|(_, extension)| COMPRESSIBLE.contains(&extension))
}

fn brotli(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut out, 4096, 11, 22);
        writer.write_all(bytes).map_err(|e| e.to_string())?;
    }
    Ok(out)
}

fn gzip(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).map_err(|e| e.to_string())?;
    encoder.finish().map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_wasm_are_compressed_and_pictures_are_not() {
        assert!(is_compressible("app-0123456789abcdef_bg.wasm"));
        assert!(is_compressible("photos/vr-game/index.html"));
        assert!(is_compressible("images/map.svg"));
        assert!(!is_compressible("previews/vr-game.png"));
        assert!(!is_compressible("index.html.br"));
    }

    #[test]
    fn compressed_copies_decompress_to_the_original() {
        use std::io::Read;
        let text = "高炉里的科幻 sci-fi in the blast furnace ".repeat(50);
        let mut unzipped = String::new();
        flate2::read::GzDecoder::new(&gzip(text.as_bytes()).unwrap()[..])
            .read_to_string(&mut unzipped)
            .unwrap();
        assert_eq!(unzipped, text);
        let mut unbrotlied = String::new();
        brotli::Decompressor::new(&brotli(text.as_bytes()).unwrap()[..], 4096)
            .read_to_string(&mut unbrotlied)
            .unwrap();
        assert_eq!(unbrotlied, text);
        assert!(brotli(text.as_bytes()).unwrap().len() < text.len() / 10);
    }
}
