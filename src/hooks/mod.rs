//! Behaviours the views use, one a file: gestures, pan and zoom.

pub mod use_count_up;
pub mod use_pan_zoom;
pub mod use_swipe;
