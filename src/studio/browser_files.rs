//! Files in and out of the studio: the deployed pack (same origin only), files the curator
//! picks, and downloads. Nothing is sent anywhere.

use gloo_net::http::Request;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::RequestCache;

// The few browser APIs only the studio uses, bound here rather than as web-sys features: more
// web-sys features change how the shared crates compile, and the visitors' wasm grew by them.
#[wasm_bindgen]
extern "C" {
    /// A picked file (`File`, a kind of `Blob`).
    #[wasm_bindgen(extends = web_sys::Blob)]
    pub type File;
    #[wasm_bindgen(method, getter)]
    pub fn name(this: &File) -> String;

    /// An `<input type="file">`.
    #[wasm_bindgen(extends = web_sys::Element)]
    type FileInput;
    #[wasm_bindgen(method, getter)]
    fn files(this: &FileInput) -> Option<FileList>;
    #[wasm_bindgen(method, setter)]
    fn set_value(this: &FileInput, value: &str);

    type FileList;
    #[wasm_bindgen(method)]
    fn item(this: &FileList, index: u32) -> Option<File>;

    /// A decoded picture, held by the browser until `close`.
    type ImageBitmap;
    #[wasm_bindgen(method, getter)]
    fn width(this: &ImageBitmap) -> u32;
    #[wasm_bindgen(method, getter)]
    fn height(this: &ImageBitmap) -> u32;
    #[wasm_bindgen(method)]
    fn close(this: &ImageBitmap);

    #[wasm_bindgen(catch, js_name = createImageBitmap)]
    fn create_image_bitmap(
        source: &JsValue,
        options: &js_sys::Object,
    ) -> Result<js_sys::Promise, JsValue>;
}

use super::opening::Refusal;

/// The exhibit's published pack, beside the studio's folder.
pub const DEPLOYED_PACK: &str = "../exhibit.json";

pub async fn fetch_deployed_pack() -> Result<String, Refusal> {
    let response = Request::get(DEPLOYED_PACK)
        .cache(RequestCache::NoCache)
        .send()
        .await
        .map_err(|_| Refusal::NotRead(DEPLOYED_PACK.into()))?;
    if !response.ok() {
        return Err(Refusal::NotRead(format!(
            "{DEPLOYED_PACK} (HTTP {})",
            response.status()
        )));
    }
    response
        .text()
        .await
        .map_err(|_| Refusal::NotRead(DEPLOYED_PACK.into()))
}

/// The published exhibit's copy of the picture `file` (a path in the pack), from the first of
/// the places publish may have put it that answers; `None` when none does.
pub async fn fetch_published_picture(file: &str) -> Option<Vec<u8>> {
    for address in super::export::published_copies(file) {
        let Ok(response) = Request::get(&address).send().await else {
            continue;
        };
        if response.ok() {
            if let Ok(bytes) = response.binary().await {
                return Some(bytes);
            }
        }
    }
    None
}

/// The file picked in a file input, taken out of it so picking the same file again still
/// counts as a choice.
pub fn take_picked_file(event: &web_sys::Event) -> Option<File> {
    let input = event.target()?.unchecked_into::<FileInput>();
    let file = input.files()?.item(0);
    input.set_value("");
    file
}

pub async fn read_bytes(file: &File) -> Result<Vec<u8>, Refusal> {
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| Refusal::NotRead(file.name()))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The size `file` is shown at, upright (after its EXIF orientation), as the browser decodes
/// it; the decoding is released at once.
pub async fn upright_size(file: &File) -> Result<(f64, f64), Refusal> {
    let upright = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&upright, &"imageOrientation".into(), &"from-image".into());
    let decoded: ImageBitmap = bitmap(file, &upright)
        .await
        .ok_or_else(|| Refusal::NotDecoded(file.name()))?;
    let size = (f64::from(decoded.width()), f64::from(decoded.height()));
    decoded.close();
    Ok(size)
}

async fn bitmap(source: &JsValue, options: &js_sys::Object) -> Option<ImageBitmap> {
    let promise = create_image_bitmap(source, options).ok()?;
    Some(JsFuture::from(promise).await.ok()?.unchecked_into())
}

/// Offers `text` as a file download named `name`.
pub fn download(name: &str, text: &str) {
    let parts = js_sys::Array::of1(&text.into());
    if let Ok(blob) = web_sys::Blob::new_with_str_sequence(&parts) {
        download_blob(name, &blob);
    }
}

/// Offers `bytes` as a file download named `name`.
pub fn download_bytes(name: &str, bytes: &[u8]) {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    if let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence(&parts) {
        download_blob(name, &blob);
    }
}

fn download_blob(name: &str, blob: &web_sys::Blob) {
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else {
        return;
    };
    let document = crate::page::document::document();
    if let Ok(link) = document.create_element("a") {
        let _ = link.set_attribute("href", &url);
        let _ = link.set_attribute("download", name);
        link.unchecked_into::<web_sys::HtmlElement>().click();
    }
    // Revoked once the browser has started the download, not before.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(10),
    );
}
