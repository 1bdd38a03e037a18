//! The stylesheets, `styles/page.css` (the explainer, inlined into `index.html` by the
//! prerender step, so the page is styled at first paint and nothing shifts when the
//! WebAssembly starts), `styles/on-demand.css` (the on-demand module's, loaded with it) and
//! `styles/gemeente.css` (the municipality pages', after the other two, in a file of their own).
//! At build time each gets its design tokens put before it ([`crate::theme`]), is parsed and
//! validated with stylist, and printed minified.
//!
//! One extension to plain CSS: the custom selector `:--url-view` (CSS Custom Selectors, a
//! draft) stands for "the view the URL's fragment names" before the app runs:
//! `[data-view="inleiding"] #inleiding` for every view, expanded here from the content's
//! step ids. `data-view` on `<html>` is set by the head script (`static/js/head.js`) and
//! removed when the app has taken over.
//!
//! Three modes, all in CSS:
//! - the app runs (or is about to): one view at a time, the current one (`data-current`, or
//!   before the app runs the one the URL fragment names);
//! - no JavaScript (`@media (scripting: none)`) or no WebAssembly (`html.no-wasm`, set by the
//!   loader when the module fails): every view and every section open, one after another;
//! - print: like the latter, without navigation.

use stylist::manager::StyleManager;
use stylist::GlobalStyle;

use crate::content::{STEP_HEADS, STEP_IDS};
use crate::contract::SENTENCE_ATTR;
use crate::route::{COMPARE_ID, FULL_TEXT_ID};
use crate::state::{Panel, PanelKind};
use crate::theme::{map_tokens, page_tokens, projector_tokens};

/// The explainer's stylesheet, as written.
pub const PAGE_CSS: &str = include_str!("../styles/page.css");
/// The on-demand module's stylesheet, as written.
pub const ON_DEMAND_CSS: &str = include_str!("../styles/on-demand.css");

/// The municipality pages' own rules, as written.
pub const MUNICIPALITY_CSS: &str = include_str!("../styles/gemeente.css");

/// The custom selector for the view the URL's fragment names.
const URL_VIEW: &str = ":--url-view";
/// The custom selector for the section that holds the sentence the URL's fragment names.
const URL_PANEL: &str = ":--url-panel";

/// What [`URL_VIEW`] stands for: like `:target`, but from the first frame (Chromium applies
/// `:target` a frame after the first paint, so a deep link would show the first step for a
/// moment). For a sentence's anchor the head script names its step (`static/js/head.js`).
fn url_view() -> String {
    let ids = STEP_IDS.iter().chain([&FULL_TEXT_ID, &COMPARE_ID]);
    any_of(ids.map(|id| format!("[data-view=\"{id}\"] #{id}")))
}

/// What [`URL_PANEL`] stands for: a sentence's anchor (`<html data-zin>`, from the head
/// script) opens its step's section from the first frame (the browser opens a
/// `hidden="until-found"` section for a fragment a moment later, which would move the page).
fn url_panel() -> String {
    let steps = STEP_HEADS
        .iter()
        .enumerate()
        .filter(|(_, s)| s.sentences > 0);
    any_of(steps.map(|(step, s)| {
        let panel = Panel {
            step,
            kind: PanelKind::Original,
        };
        format!(
            "[{SENTENCE_ATTR}][data-view=\"{}\"] #{}",
            s.id,
            panel.dom_id()
        )
    }))
}

/// `:is(…)` of `selectors`.
fn any_of(selectors: impl Iterator<Item = String>) -> String {
    format!(":is({})", selectors.collect::<Vec<_>>().join(", "))
}

/// The whole first-view stylesheet, minified.
pub fn stylesheet() -> String {
    with_page_rule(
        &PAGE_CSS
            .replace(URL_VIEW, &url_view())
            .replace(URL_PANEL, &url_panel()),
        page_tokens(),
        "styles/page.css",
    )
}

/// The comparison module's own stylesheet (`on-demand.css`, loaded with the module, not in
/// the first view).
pub fn comparison_stylesheet() -> String {
    with_page_rule(
        ON_DEMAND_CSS,
        projector_tokens() + &map_tokens(),
        "styles/on-demand.css",
    )
}

/// The municipality pages' stylesheet (one file for all of them, `gemeente-<hash>.css`): the
/// explainer's, the comparison's and `styles/gemeente.css`.
pub fn municipality_stylesheet() -> String {
    stylesheet()
        + &comparison_stylesheet()
        + &with_page_rule(MUNICIPALITY_CSS, String::new(), "styles/gemeente.css")
}

/// `tokens` and the sheet `source`, which ends with its `@page` rule: stylist's parser does
/// not know `@page`, so that rule is put back as written (minified).
fn with_page_rule(source: &str, tokens: String, name: &str) -> String {
    let (rules, page) = source
        .rsplit_once("@page")
        .unwrap_or_else(|| panic!("{name} ends with its @page rule"));
    let page = page.split_whitespace().collect::<Vec<_>>().join(" ");
    // A named page (`@page slides {…}`) keeps the space before its name.
    let space = if page.starts_with('{') { "" } else { " " };
    render(&(tokens + rules))
        + "@page"
        + space
        + &minify(&page)
            .replace("{ ", "{")
            .replace("; ", ";")
            .replace(" }", "}")
}

/// Parses and prints a global sheet with stylist (in static mode: nothing is mounted), minified.
fn render(source: &str) -> String {
    let manager = StyleManager::builder()
        .writer(stylist::manager::render_static().0)
        .build()
        .expect("a static style manager");
    let style = GlobalStyle::new_with_manager(source, manager).expect("the stylesheet parses");
    minify(style.get_style_str())
}

/// Drops the line breaks, indentation and spacing that stylist prints around punctuation.
/// Safe for these stylesheets: no value spans lines or has `: `, ` {` or `, ` inside a
/// string (the test below keeps it so).
fn minify(css: &str) -> String {
    css.lines()
        .map(str::trim)
        .collect::<String>()
        .replace(": ", ":")
        .replace(" {", "{")
        .replace(", ", ",")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stylesheet_keeps_the_three_modes() {
        let css = stylesheet();
        for needle in [
            "@media (scripting:enabled)",
            "html.no-wasm .accordion__panel[hidden]",
            r#"[data-view="inleiding"] #inleiding"#,
            "prefers-reduced-motion",
            "prefers-color-scheme:dark",
            ":focus-visible",
            "html .accordion__panel[hidden]{display:block;content-visibility:visible;}",
        ] {
            assert!(css.contains(needle), "missing {needle:?} in\n{css}");
        }
        assert!(!css.contains(URL_VIEW) && !css.contains(URL_PANEL));
        assert!(css.contains(r#"[data-zin][data-view="inleiding"] #inleiding-tekst"#));
    }

    #[test]
    fn the_module_stylesheet_has_its_tokens_and_its_page_rule() {
        let css = comparison_stylesheet();
        assert!(css.contains("--p-bg:"));
        assert!(
            css.ends_with("@page slides{size:A4 landscape;margin:1cm;}"),
            "{css}"
        );
        // The reading text prints portrait; only the slides' pages are landscape.
        assert!(stylesheet().ends_with("@page{size:portrait;margin:2cm;}"));
    }

    #[test]
    fn no_string_in_the_stylesheets_could_be_changed_by_the_minifier() {
        for css in [PAGE_CSS, ON_DEMAND_CSS] {
            for string in css.split('"').skip(1).step_by(2) {
                assert!(
                    ![": ", " {", ", ", "\n"].iter().any(|s| string.contains(s)),
                    "{string:?}"
                );
            }
        }
    }
}
