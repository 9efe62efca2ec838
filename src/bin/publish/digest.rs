//! Content-derived file names: a name changes when, and only when, the file's bytes do.

use sha2::{Digest, Sha256};

/// The first 16 hex digits of the SHA-256 of `bytes`. Unlike `DefaultHasher` it is the same on
/// every machine and Rust release, and anyone can check it with `sha256sum`.
pub fn short_digest(bytes: &[u8]) -> String {
    short_digest_of(&[bytes])
}

/// The same of `parts` one after the other, without joining them first (a 16 MB photo).
pub fn short_digest_of(parts: &[&[u8]]) -> String {
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update(part);
    }
    hasher
        .finalize()
        .iter()
        .take(8)
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_digest_is_the_start_of_sha256() {
        // `printf '' | sha256sum` and `printf abc | sha256sum`
        assert_eq!(short_digest(b""), "e3b0c44298fc1c14");
        assert_eq!(short_digest(b"abc"), "ba7816bf8f01cfea");
        assert_eq!(short_digest_of(&[b"a", b"bc"]), short_digest(b"abc"));
    }
}
