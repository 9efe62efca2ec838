//! Files in and out of the studio: the deployed pack (same origin only), files the curator
//! picks, and downloads. Nothing is sent anywhere.

use gloo_net::http::Request;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsCast;
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

/// The file picked in a file input, taken out of it so picking the same file again still
/// counts as a choice.
pub fn take_picked_file(event: &web_sys::Event) -> Option<File> {
    let input = event.target()?.unchecked_into::<FileInput>();
    let file = input.files()?.item(0);
    input.set_value("");
    file
}

pub async fn read_text(file: &File) -> Result<String, Refusal> {
    JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|text| text.as_string())
        .ok_or_else(|| Refusal::NotRead(file.name()))
}

pub async fn read_bytes(file: &File) -> Result<Vec<u8>, Refusal> {
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| Refusal::NotRead(file.name()))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Offers `text` as a file download named `name`.
pub fn download(name: &str, text: &str) {
    let parts = js_sys::Array::of1(&text.into());
    let Ok(blob) = web_sys::Blob::new_with_str_sequence(&parts) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
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
