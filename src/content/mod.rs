//! The content pack: what a curator edits in `public/exhibit.json`, as types and checks.
//! Pure Rust with no web APIs, so it is tested natively and by the `check-pack` command.

#[cfg(not(target_arch = "wasm32"))]
mod check;
mod model;
pub mod pack_file;
mod parse;
#[cfg(not(target_arch = "wasm32"))]
pub mod raster;
mod validate;

#[cfg(not(target_arch = "wasm32"))]
pub use check::{check_pack_file, CheckedPack};
pub use model::*;
pub use parse::{load_pack, read_pack, PackError};
pub use validate::{
    calendar_date, validate, Bounds, Problem, ATTRACT_SECONDS, COUNTDOWN_SECONDS, IDLE_SECONDS,
    UPDATE_CHECK_MINUTES,
};

/// The pack format this build understands; a pack with another version is refused.
pub const SCHEMA_VERSION: u32 = 1;
