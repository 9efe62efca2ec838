//! The three ways the one build is used.

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    /// A visitor's own browser, desktop or phone.
    #[default]
    Browser,
    /// A museum touch screen: idle reset, attract loop, locked down.
    Kiosk,
    /// Inside another page's iframe: no outer chrome, events to the host page.
    Embed,
}

impl Mode {
    pub fn from_code(code: &str) -> Option<Mode> {
        match code {
            "kiosk" => Some(Mode::Kiosk),
            "embed" => Some(Mode::Embed),
            "browser" => Some(Mode::Browser),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Mode::Browser => "browser",
            Mode::Kiosk => "kiosk",
            Mode::Embed => "embed",
        }
    }
}
