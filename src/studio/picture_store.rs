//! The picture files brought into the studio (picked, or opened in a pack file), kept in this
//! browser's IndexedDB so they are there again after a reload, and shown from the browser's
//! memory (an object URL each) before they are copied anywhere: in their form, on the map and
//! in the preview, which reads their addresses from `PREVIEW_PICTURES_KEY`.
//!
//! localStorage cannot hold them (a few megabytes in all, as text); IndexedDB keeps bytes.
//! Bound here rather than as web-sys features, as `browser_files` explains.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

const DATABASE: &str = "shijingshan-studio";
const STORE: &str = "pictures";

#[wasm_bindgen]
extern "C" {
    type IdbFactory;
    #[wasm_bindgen(method, catch)]
    fn open(this: &IdbFactory, name: &str, version: u32) -> Result<IdbRequest, JsValue>;

    type IdbRequest;
    #[wasm_bindgen(method, getter, catch)]
    fn result(this: &IdbRequest) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, setter)]
    fn set_onsuccess(this: &IdbRequest, handler: &JsValue);
    #[wasm_bindgen(method, setter)]
    fn set_onerror(this: &IdbRequest, handler: &JsValue);
    #[wasm_bindgen(method, setter)]
    fn set_onupgradeneeded(this: &IdbRequest, handler: &JsValue);

    type IdbDatabase;
    #[wasm_bindgen(method, catch, js_name = createObjectStore)]
    fn create_object_store(this: &IdbDatabase, name: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method)]
    fn close(this: &IdbDatabase);
    #[wasm_bindgen(method, catch)]
    fn transaction(this: &IdbDatabase, store: &str, mode: &str) -> Result<IdbTransaction, JsValue>;

    type IdbTransaction;
    #[wasm_bindgen(method, catch, js_name = objectStore)]
    fn object_store(this: &IdbTransaction, name: &str) -> Result<IdbStore, JsValue>;
    #[wasm_bindgen(method, setter)]
    fn set_oncomplete(this: &IdbTransaction, handler: &JsValue);
    #[wasm_bindgen(method, setter)]
    fn set_onerror(this: &IdbTransaction, handler: &JsValue);
    #[wasm_bindgen(method, setter)]
    fn set_onabort(this: &IdbTransaction, handler: &JsValue);

    type IdbStore;
    #[wasm_bindgen(method, catch)]
    fn put(this: &IdbStore, value: &JsValue, key: &str) -> Result<IdbRequest, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn delete(this: &IdbStore, key: &str) -> Result<IdbRequest, JsValue>;
    #[wasm_bindgen(method, catch, js_name = getAll)]
    fn get_all(this: &IdbStore) -> Result<IdbRequest, JsValue>;
    #[wasm_bindgen(method, catch, js_name = getAllKeys)]
    fn get_all_keys(this: &IdbStore) -> Result<IdbRequest, JsValue>;

    /// A `Blob` made with its media type, which an SVG needs to be shown by an `<img>`.
    #[wasm_bindgen(js_name = Blob, extends = web_sys::Blob)]
    type TypedBlob;
    #[wasm_bindgen(constructor, catch, js_class = "Blob")]
    fn new(parts: &js_sys::Array, options: &js_sys::Object) -> Result<TypedBlob, JsValue>;
}

/// Settles once `target` fires `success` (a request) or `complete` (a transaction): its
/// handlers are set by `arm`; an `error` or `abort` rejects it.
async fn settled(arm: impl FnOnce(JsValue, JsValue)) -> Result<(), JsValue> {
    let mut arm = Some(arm);
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        if let Some(arm) = arm.take() {
            arm(resolve.into(), reject.into());
        }
    });
    JsFuture::from(promise).await.map(|_| ())
}

async fn request_done(request: &IdbRequest) -> Result<JsValue, JsValue> {
    settled(|ok, fail| {
        request.set_onsuccess(&ok);
        request.set_onerror(&fail);
    })
    .await?;
    request.result()
}

async fn database() -> Result<IdbDatabase, JsValue> {
    let window = web_sys::window().ok_or(JsValue::NULL)?;
    let factory: IdbFactory = js_sys::Reflect::get(&window, &"indexedDB".into())?.unchecked_into();
    let request = factory.open(DATABASE, 1)?;
    let upgrading: IdbRequest = JsValue::clone(&request).unchecked_into();
    let upgrade = Closure::once_into_js(move || {
        if let Ok(db) = upgrading.result() {
            let _ = db
                .unchecked_into::<IdbDatabase>()
                .create_object_store(STORE);
        }
    });
    request.set_onupgradeneeded(&upgrade);
    Ok(request_done(&request).await?.unchecked_into())
}

/// Runs `work` on the store in one transaction and waits for it to be written; the database
/// is closed after it, so nothing holds it open between uses.
async fn in_store<R>(
    mode: &str,
    work: impl FnOnce(&IdbStore) -> Result<R, JsValue>,
) -> Result<R, JsValue> {
    let db = database().await?;
    let result = in_transaction(&db, mode, work).await;
    db.close();
    result
}

async fn in_transaction<R>(
    db: &IdbDatabase,
    mode: &str,
    work: impl FnOnce(&IdbStore) -> Result<R, JsValue>,
) -> Result<R, JsValue> {
    let transaction = db.transaction(STORE, mode)?;
    let result = work(&transaction.object_store(STORE)?)?;
    settled(|ok, fail| {
        transaction.set_oncomplete(&ok);
        transaction.set_onerror(&fail);
        transaction.set_onabort(&fail);
    })
    .await?;
    Ok(result)
}

/// Keeps `bytes` (a copy in the browser's memory) as the picture at `path`, in place of one
/// kept there before.
pub async fn keep(path: &str, bytes: &js_sys::Uint8Array) -> Result<(), JsValue> {
    in_store("readwrite", |store| store.put(bytes, path).map(|_| ())).await
}

/// Forgets the pictures at `paths`.
pub async fn forget(paths: &[String]) -> Result<(), JsValue> {
    in_store("readwrite", |store| {
        paths
            .iter()
            .try_for_each(|path| store.delete(path).map(|_| ()))
    })
    .await
}

/// Every picture kept, by its path in the pack, as the browser holds it.
pub async fn kept() -> Result<Vec<(String, js_sys::Uint8Array)>, JsValue> {
    let (keys, values) = in_store("readonly", |store| {
        Ok((store.get_all_keys()?, store.get_all()?))
    })
    .await?;
    let keys = js_sys::Array::from(&keys.result()?);
    let values = js_sys::Array::from(&values.result()?);
    let files = (keys.iter().zip(values.iter()))
        .filter_map(|(key, value)| Some((key.as_string()?, value.dyn_into().ok()?)))
        .collect();
    Ok(files)
}

/// The media type a browser needs to show the picture at `path` (by the extension the studio
/// gave it, `picture_file::suggested_path`).
fn media_type(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or_default() {
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "webp" => "image/webp",
        "avif" => "image/avif",
        _ => "image/jpeg",
    }
}

/// An address for `bytes` (a copy in the browser's memory), shown as the picture at `path`.
pub fn object_url(path: &str, bytes: &js_sys::Uint8Array) -> Option<String> {
    let parts = js_sys::Array::of1(bytes);
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"type".into(), &media_type(path).into()).ok()?;
    let blob = TypedBlob::new(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

pub fn revoke(url: &str) {
    let _ = web_sys::Url::revoke_object_url(url);
}
