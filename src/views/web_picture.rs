use leptos::prelude::*;

use crate::content::Picture;
use crate::decimals::plain;

/// A pack picture as the browser should fetch it: for a raster photo, the one of its WebP web
/// sizes that fits where it is drawn (`sizes`, from `picture_widths`), with a JPEG size as the
/// plain `src`; an SVG as it is. Its width and height reserve its space before it loads.
/// (One `<img>`, no `<picture>`: every browser that runs the app takes WebP; the link-preview
/// pages, read without the app, add a JPEG `<source>`.)
#[component]
pub fn WebPicture(
    picture: Picture,
    /// Where it is drawn, as a `sizes` attribute.
    #[prop(into)]
    sizes: Signal<String>,
    /// The width its plain `src` is chosen for.
    fallback_width: f64,
    #[prop(into)] alt: Signal<String>,
    /// Fetched only when it comes near the screen.
    #[prop(optional)]
    lazy: bool,
    /// The picture the visitor asked for: fetched before anything else.
    #[prop(optional)]
    urgent: bool,
    #[prop(optional)] on_error: Option<Callback<()>>,
) -> impl IntoView {
    let sources = picture.sources(fallback_width);
    let sized = sources.webp.is_some();
    view! {
        <img
            src=sources.src
            srcset=sources.webp.or(sources.srcset)
            sizes=move || sized.then(|| sizes.get())
            width=plain(picture.width)
            height=plain(picture.height)
            alt=move || alt.get()
            loading=if lazy { "lazy" } else { "eager" }
            fetchpriority=if urgent { "high" } else { "auto" }
            decoding="async"
            on:error=move |_| {
                if let Some(on_error) = on_error {
                    on_error.run(());
                }
            }
        />
    }
}
