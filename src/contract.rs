//! The page's contract: every DOM id, attribute, class, event, message and file name that two
//! parties share — the explainer (`src/main.rs`), the on-demand module (`src/bin/on_demand.rs`),
//! the presenter module (`src/bin/presenter.rs`),
//! the page's own scripts (`static/js/`) and the stylesheet. Named once, here.
//! `tests/contract.rs` keeps the scripts in step: every such name a script uses is one of
//! these, and every name listed in [`USED_BY_SCRIPTS`] is used by a script.

/// The element the page is prerendered into (in `index.html`).
pub const ROOT_ID: &str = "app";
/// The on-demand module's own element, appended to `<body>` when it starts.
pub const MODULE_ROOT_ID: &str = "k80-module";
/// The presenter module's own element, appended to `<body>` when it starts.
pub const PRESENTER_ROOT_ID: &str = "k80-presentatie-module";
/// The comparison view's empty element, where the module renders the comparison.
pub const COMPARE_ROOT_ID: &str = "vergelijk-app";
/// The progress navigation (scrolled to on a navigation).
pub const PROGRESS_ID: &str = "voortgang";
/// Presenter mode's, the speaker view's and the handout's outer element (focused on start).
pub const PRESENTATION_ID: &str = "presentatie";
/// The figures' heading in the comparison; focus moves here when a peer is chosen.
pub const FIGURES_HEADING_ID: &str = "cijfers-kop";
/// The toolbar's status line for "Delen" (`crate::share`).
pub const SHARE_STATUS_ID: &str = "delen-status";

/// Id of a chart that the page carries from its build (a check's spread, `energie`, `wonen`;
/// the mergers, `reeks`): presenter mode shows a copy of it on a slide.
pub fn chart_id(name: &str) -> String {
    format!("grafiek-{name}")
}

/// Event on `window`: the explainer has taken over the page, showing the view the URL
/// names. The head script stops following the fragment; the loader registers the service
/// worker.
pub const READY_EVENT: &str = "k80-klaar";
/// Event on `window`: a module changed the URL with `pushState`/`replaceState` (which fire
/// no event of their own). Both modules follow the URL on this, `popstate` and `hashchange`
/// (see `crate::location`).
pub const ROUTE_EVENT: &str = "k80-adres";
/// Event on `window`, from the explainer to the loader: load the on-demand module now.
pub const MODULE_EVENT: &str = "k80-module-nodig";
/// Event on `window`, from the explainer to the loader: load the presenter module now
/// (presenter mode, the speaker view, the handout, the pre-flight check).
pub const PRESENTER_EVENT: &str = "k80-presentatie-nodig";
/// Event on `window`: an app moved the focus to new content itself (the next step, new
/// figures). Embedded, the head script asks the host to bring it into view.
pub const FOCUS_EVENT: &str = "k80-focus";
/// Event on `window`, from the explainer to the module: open the "Insluiten" dialog.
pub const EMBED_EVENT: &str = "k80-insluiten";

/// On `<html>` while the app has not taken over: the URL's fragment (set by the head script,
/// so the stylesheet shows that view from the first frame).
pub const VIEW_ATTR: &str = "data-view";
/// On `<html>` beside [`VIEW_ATTR`] before the app runs: the fragment is a sentence of the
/// memo (`#inleiding-zin-2`; `data-view` then names its step), so its section is open.
pub const SENTENCE_ATTR: &str = "data-zin";
/// On the view on screen, once the app runs (set by the explainer; the stylesheet shows it).
pub const CURRENT_ATTR: &str = "data-current";
/// On `<html>` from a click on "Insluiten" until the dialog closes: the module opens the
/// dialog when it starts (the click may come before it has loaded).
pub const EMBED_ASKED_ATTR: &str = "data-insluiten";
/// On the memo's sentence the URL names or the visitor chose to cite (set by the
/// explainer; the stylesheet marks it).
pub const MARKED_ATTR: &str = "data-gemarkeerd";
/// On a section that find-in-page opened before the app ran (set by the loader), so the
/// app keeps it open.
pub const REVEALED_ATTR: &str = "data-revealed";
/// On the skip link: the head script moves the focus to the content without changing the
/// URL (`#inhoud` in the address bar would open the first step on a reload).
pub const SKIP_ATTR: &str = "data-skip";

/// Class on `<html>`: the explainer's WebAssembly cannot run (show every step).
pub const NO_WASM_CLASS: &str = "no-wasm";
/// Class on `<html>`: the on-demand module could not be loaded.
pub const NO_MODULE_CLASS: &str = "no-module";
/// Class on `<html>`: the on-demand module runs (until then the page shows its own loading
/// line where the module will be), set by the loader.
pub const MODULE_READY_CLASS: &str = "module-ready";
/// Class on `<html>`: the link names something of the on-demand module (a municipality, a
/// mode, the comparison alone), set by the head script; the loader downloads the module at
/// once, beside the explainer.
pub const MODULE_WANTED_CLASS: &str = "module-wanted";
/// Class on `<html>`: the presenter module runs, set by the loader.
pub const PRESENTER_READY_CLASS: &str = "presenter-ready";
/// Class on `<html>`: the link names a mode (`?modus=`), set by the head script; the loader
/// downloads the presenter module at once.
pub const PRESENTER_WANTED_CLASS: &str = "presenter-wanted";
/// On the "Opnieuw proberen" button of the notice shown when the module could not be
/// loaded: the loader tries again.
pub const RETRY_ATTR: &str = "data-module-retry";
/// Class on `<html>`: the link names a municipality (`?gemeente=`), set by the head script;
/// the stylesheet keeps room at the end of each step for the module's line.
pub const MUNICIPALITY_CLASS: &str = "has-municipality";
/// Class on `<html>`: embed mode (`?embed`), set by the head script.
pub const EMBED_CLASS: &str = "embed";
/// Class on `<html>`: only the comparison (`?embed&weergave=vergelijk`), set by the head script.
pub const EMBED_COMPARE_CLASS: &str = "embed-vergelijk";
/// Class on `<html>` while presenter mode or the speaker view covers the page.
pub const PRESENTING_CLASS: &str = "presenting";
/// Class on `<html>` while the handout is shown.
pub const HANDOUT_CLASS: &str = "mode-handout";

/// `postMessage` type: an embedded page tells its host its height
/// (`{type, v: 1, hoogte}`; `static/embed.js` sizes the iframe).
pub const HEIGHT_MESSAGE: &str = "k80-uitleg:hoogte";
/// `postMessage` type: the host asks an embedded page for its height (`{type, v: 1}`).
pub const HEIGHT_REQUEST: &str = "k80-uitleg:vraag";
/// `postMessage` type: an embedded page asks its host to bring new content into view
/// (`{type, v: 1, boven}`: its top in the embedded page; `static/embed.js` scrolls).
pub const SCROLL_MESSAGE: &str = "k80-uitleg:in-beeld";
/// `postMessage` type, between the pre-flight check and the service worker: asked, the worker
/// answers what of its own list of files it has kept (`{type, v: 1, totaal, ontbreekt}`: how
/// many it keeps, and the ones missing from its cache).
pub const STOCK_MESSAGE: &str = "k80-uitleg:voorraad";
/// The name of the speaker view's window (so pressing S again reuses it).
pub const SPEAKER_WINDOW: &str = "k80-spreker";
/// The `BroadcastChannel` both windows of a presentation share.
pub const PRESENTATION_CHANNEL: &str = "k80-presentatie";
/// Prefix of the service worker's caches.
pub const CACHE_PREFIX: &str = "k80-uitleg-";

/// The on-demand module's files (`tools/post-build.sh` builds them, the loader loads them).
pub const MODULE_JS: &str = "on-demand.js";
/// The on-demand module's WebAssembly.
pub const MODULE_WASM: &str = "on-demand_bg.wasm";
/// The on-demand module's stylesheet.
pub const MODULE_CSS: &str = "on-demand.css";
/// The presenter module's files (built by `tools/post-build.sh`; it shares the on-demand
/// module's stylesheet).
pub const PRESENTER_JS: &str = "presenter.js";
/// The presenter module's WebAssembly.
pub const PRESENTER_WASM: &str = "presenter_bg.wasm";
/// The page's link to its public address: the build writes it only with `SITE_URL`
/// (`crate::prerender::head_tags`); presenter mode's QR codes lead there.
pub const PUBLIC_ADDRESS_LINK: &str = "link[rel=canonical]";
/// The service worker.
pub const SERVICE_WORKER: &str = "sw.js";
/// The host pages' sizing script (`static/embed.js`).
pub const EMBED_SCRIPT: &str = "embed.js";
/// The municipality pages' script, next to `index.html` (`static/js/gemeente.js`).
pub const MUNICIPALITY_SCRIPT: &str = "gemeente.js";

/// The names the page's scripts in `static/js/` use (checked by `tests/contract.rs`).
pub const USED_BY_SCRIPTS: &[&str] = &[
    READY_EVENT,
    MODULE_EVENT,
    PRESENTER_EVENT,
    FOCUS_EVENT,
    VIEW_ATTR,
    SENTENCE_ATTR,
    REVEALED_ATTR,
    SKIP_ATTR,
    NO_WASM_CLASS,
    NO_MODULE_CLASS,
    MODULE_READY_CLASS,
    MODULE_WANTED_CLASS,
    PRESENTER_READY_CLASS,
    PRESENTER_WANTED_CLASS,
    RETRY_ATTR,
    MUNICIPALITY_CLASS,
    EMBED_CLASS,
    EMBED_COMPARE_CLASS,
    HEIGHT_MESSAGE,
    HEIGHT_REQUEST,
    SCROLL_MESSAGE,
    STOCK_MESSAGE,
    CACHE_PREFIX,
    MODULE_JS,
    MODULE_WASM,
    MODULE_CSS,
    PRESENTER_JS,
    PRESENTER_WASM,
    SERVICE_WORKER,
    EMBED_HERE_ATTR,
    EMBED_TITLE_ATTR,
    EMBED_FRAME_ATTR,
    SHARE_ATTR,
    SHARE_DONE_ATTR,
    SHARE_FAILED_ATTR,
    BRIEF_ATTR,
];

/// On a municipality page, the element the comparison is embedded into, with its address
/// (`static/js/gemeente.js`).
pub const EMBED_HERE_ATTR: &str = "data-insluiten-hier";
/// An iframe of this app on another page, which `embed.js` sizes (the embed code,
/// `crate::on_demand::embed::snippet`, and the municipality pages' comparison).
pub const EMBED_FRAME_ATTR: &str = "data-k80-uitleg";
/// The embedded comparison's title, beside [`EMBED_HERE_ATTR`].
pub const EMBED_TITLE_ATTR: &str = "data-titel";

/// On a municipality page, the "Delen" button, with the address it shares (relative to the
/// page; `static/js/gemeente.js`).
pub const SHARE_ATTR: &str = "data-delen";
/// Beside [`SHARE_ATTR`]: what to say when the link is on the clipboard.
pub const SHARE_DONE_ATTR: &str = "data-gekopieerd";
/// Beside [`SHARE_ATTR`]: what to say when copying failed (`{link}` is the link).
pub const SHARE_FAILED_ATTR: &str = "data-niet-gekopieerd";

/// On a municipality page, the button that prints it as a brief (`static/js/gemeente.js`).
pub const BRIEF_ATTR: &str = "data-brief";

/// Every name of this contract.
pub const ALL: &[&str] = &[
    ROOT_ID,
    MODULE_ROOT_ID,
    PRESENTER_ROOT_ID,
    COMPARE_ROOT_ID,
    PROGRESS_ID,
    PRESENTATION_ID,
    FIGURES_HEADING_ID,
    SHARE_STATUS_ID,
    READY_EVENT,
    ROUTE_EVENT,
    MODULE_EVENT,
    PRESENTER_EVENT,
    FOCUS_EVENT,
    EMBED_EVENT,
    VIEW_ATTR,
    SENTENCE_ATTR,
    CURRENT_ATTR,
    EMBED_ASKED_ATTR,
    MARKED_ATTR,
    REVEALED_ATTR,
    SKIP_ATTR,
    NO_WASM_CLASS,
    NO_MODULE_CLASS,
    MODULE_READY_CLASS,
    MODULE_WANTED_CLASS,
    PRESENTER_READY_CLASS,
    PRESENTER_WANTED_CLASS,
    RETRY_ATTR,
    MUNICIPALITY_CLASS,
    EMBED_CLASS,
    EMBED_COMPARE_CLASS,
    PRESENTING_CLASS,
    HANDOUT_CLASS,
    HEIGHT_MESSAGE,
    HEIGHT_REQUEST,
    SCROLL_MESSAGE,
    STOCK_MESSAGE,
    SPEAKER_WINDOW,
    PRESENTATION_CHANNEL,
    CACHE_PREFIX,
    MODULE_JS,
    MODULE_WASM,
    MODULE_CSS,
    PRESENTER_JS,
    PRESENTER_WASM,
    SERVICE_WORKER,
    PUBLIC_ADDRESS_LINK,
    EMBED_SCRIPT,
    MUNICIPALITY_SCRIPT,
    EMBED_HERE_ATTR,
    EMBED_TITLE_ATTR,
    EMBED_FRAME_ATTR,
    SHARE_ATTR,
    SHARE_DONE_ATTR,
    SHARE_FAILED_ATTR,
    BRIEF_ATTR,
];

/// Dispatches the event `name` on `window` (no-op outside a browser).
pub fn dispatch(name: &str) {
    if let (Some(window), Ok(event)) = (web_sys::window(), web_sys::Event::new(name)) {
        let _ = window.dispatch_event(&event);
    }
}

/// `<html>`, in a browser.
pub fn html_element() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.document_element()
}

/// The page's HTML element with the id `id`, in a browser.
pub fn element_by_id(id: &str) -> Option<web_sys::HtmlElement> {
    let element = web_sys::window()?.document()?.get_element_by_id(id)?;
    wasm_bindgen::JsCast::dyn_into(element).ok()
}

/// Focuses the element `id`, new content an app has just shown (the next step, new figures),
/// and says so with [`FOCUS_EVENT`]: embedded, the head script asks the host to bring it into
/// view. `scroll`: whether the browser itself may scroll to it.
pub fn focus_new_content(id: &str, scroll: bool) {
    if let Some(element) = element_by_id(id) {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(!scroll);
        let _ = element.focus_with_options(&options);
        dispatch(FOCUS_EVENT);
    }
}

/// Whether `<html>` has the class `name` (e.g. [`EMBED_CLASS`]).
pub fn page_has_class(name: &str) -> bool {
    html_element().is_some_and(|html| html.class_list().contains(name))
}
