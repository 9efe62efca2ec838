//! Behaviours the views use, one a file: gestures, pan and zoom, idle reset, full screen.

pub mod use_count_up;
pub mod use_fullscreen;
pub mod use_idle_reset;
pub mod use_pan_zoom;
pub mod use_swipe;
pub mod use_update_check;
