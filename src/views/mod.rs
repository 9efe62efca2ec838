//! What the visitor sees, one file a part of the screen.

pub mod deferred;
pub mod exhibit_map;
pub mod fullscreen_button;
pub mod hotspot_layer;
pub mod kiosk;
pub mod kiosk_lockdown;
pub mod language_switch;
pub mod load_error;
pub mod masthead;
pub mod modal;
pub mod not_found;
pub mod photo_dialog;
pub mod photo_list;
pub mod qr_code;
pub mod scoped_part;
pub mod site_panel;
pub mod site_strips;
pub mod statistics;
pub mod touch_to_explore;
pub mod web_picture;
pub mod zoom_controls;
