//! The page around the app, by what each part is for: the address and history, the choices the
//! browser keeps, and the document itself.

pub mod address;
pub mod document;
pub mod storage;
