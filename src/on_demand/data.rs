//! Loading the module's data files (same origin, relative to the page), and the state of a
//! load that the views show: loading, failed (with a retry), or ready.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::map::{parse_map, Map, TABLE_FILE as MAP_FILE};
use crate::municipality::{parse_table, Municipality, TABLE_FILE};
use crate::on_demand::Shared;
use crate::stats::{parse_series, YearCount, SERIES_FILE};

/// Where some data is.
pub enum Load<T> {
    /// Not asked for yet.
    Waiting,
    /// On its way.
    Loading,
    /// Could not be loaded (a retry may help).
    Failed,
    /// Here, shared.
    Ready(Shared<T>),
}

impl<T> Clone for Load<T> {
    fn clone(&self) -> Self {
        match self {
            Load::Waiting => Load::Waiting,
            Load::Loading => Load::Loading,
            Load::Failed => Load::Failed,
            Load::Ready(data) => Load::Ready(data.clone()),
        }
    }
}

impl<T> PartialEq for Load<T> {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Load::Ready(a), Load::Ready(b)) => a == b,
            (a, b) => std::mem::discriminant(a) == std::mem::discriminant(b),
        }
    }
}

impl<T> Load<T> {
    /// The data, when it is here.
    pub fn ready(&self) -> Option<&Shared<T>> {
        match self {
            Load::Ready(data) => Some(data),
            _ => None,
        }
    }
}

/// The municipalities and the number of municipalities per year.
pub struct Tables {
    /// Every municipality.
    pub all: Shared<Vec<Municipality>>,
    /// The number of municipalities per year.
    pub series: Shared<Vec<YearCount>>,
}

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

/// The municipalities and the number of municipalities per year; both requests start
/// before either is awaited.
pub async fn fetch_tables() -> Result<Tables, String> {
    let (table, series) = (request(TABLE_FILE)?, request(SERIES_FILE)?);
    let table = text_of(table).await?;
    let series = text_of(series).await?;
    Ok(Tables {
        all: Shared::new(parse_table(&table)?),
        series: Shared::new(parse_series(&series)?),
    })
}

/// The map of the municipalities (`gemeenten-kaart.tsv`).
pub async fn fetch_map() -> Result<Map, String> {
    parse_map(&text_of(request(MAP_FILE)?).await?)
}

/// Loads with `fetch` once `wanted` is true, and again after each call of the returned
/// retry callback: the one load-and-retry loop of the module (the tables, the map).
#[hook]
pub fn use_load<T, F, Fut>(wanted: bool, fetch: F) -> (Load<T>, Callback<()>)
where
    T: 'static,
    F: Fn() -> Fut + 'static,
    Fut: std::future::Future<Output = Result<T, String>> + 'static,
{
    let load = use_state(|| Load::Waiting);
    let attempt = use_state(|| 0_u32);
    {
        let load = load.clone();
        use_effect_with((wanted, *attempt), move |(wanted, _)| {
            if *wanted {
                load.set(Load::Loading);
                wasm_bindgen_futures::spawn_local(async move {
                    load.set(match fetch().await {
                        Ok(data) => Load::Ready(Shared::new(data)),
                        Err(_) => Load::Failed,
                    });
                });
            }
        });
    }
    let retry = use_callback(attempt.clone(), |(), attempt| attempt.set(**attempt + 1));
    ((*load).clone(), retry)
}
