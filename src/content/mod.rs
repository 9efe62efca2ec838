//! The content pack: what a curator edits in `public/exhibit.json`, as types and checks.
//! Pure Rust with no web APIs, so it is tested natively and by the `check-pack` command.

mod model;
mod parse;
mod validate;

pub use model::*;
pub use parse::{load_pack, PackError};
pub use validate::{validate, Problem};

/// The pack format this build understands; a pack with another version is refused.
pub const SCHEMA_VERSION: u32 = 1;
