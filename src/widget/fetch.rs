//! Loading the module's files (same origin, relative to the page).

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Starts loading `file`; await it with [`text_of`]. Several can run side by side.
pub fn request(file: &str) -> Result<JsFuture, String> {
    let window = web_sys::window().ok_or("geen venster")?;
    Ok(JsFuture::from(window.fetch_with_str(file)))
}

/// The text of a response, or why there is none.
pub async fn text_of(request: JsFuture) -> Result<String, String> {
    let response: web_sys::Response = request
        .await
        .map_err(|_| "netwerk")?
        .dyn_into()
        .map_err(|_| "antwoord")?;
    if !response.ok() {
        return Err(format!("status {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(|_| "tekst")?)
        .await
        .map_err(|_| "tekst")?;
    text.as_string().ok_or_else(|| "tekst".to_owned())
}
