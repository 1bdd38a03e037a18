//! The stylesheet, written with stylist at build time.
//!
//! The prerender step writes it into `index.html` as one `<style>` element, so the page is
//! styled at first paint, nothing shifts when the WebAssembly hydrates, and the app itself
//! carries no CSS engine. Tokens come from [`crate::theme`].
//!
//! Three modes, all in CSS:
//! - the app runs (or is about to): one view at a time, the current one (`data-current`, or
//!   before hydration the one the URL fragment names, see [`fragment_view`]);
//! - no JavaScript (`@media (scripting: none)`) or no WebAssembly (`html.no-wasm`, set by the
//!   loader when the module fails): every view and every section open, one after another;
//! - print: like the latter, without navigation.

use stylist::manager::StyleManager;
use stylist::GlobalStyle;

use crate::content::STEP_IDS;
use crate::route::{COMPARE_ID, FULL_TEXT_ID};
use crate::theme::{projector_properties, scale_properties, DARK, LIGHT};

/// Before the app runs, the view the URL fragment names: like `:target`, but from the first
/// frame (Chromium applies `:target` a frame after the first paint, so a deep link would
/// show the first step for a moment). `data-view` on `<html>` is the fragment, set by a
/// script in `index.html`'s head and removed when the app has taken over.
fn fragment_view() -> String {
    let ids = STEP_IDS.iter().chain([&FULL_TEXT_ID, &COMPARE_ID]);
    let each: Vec<String> = ids
        .map(|id| format!("[data-view=\"{id}\"] #{id}"))
        .collect();
    format!(":is({})", each.join(", "))
}

/// Rules that show everything, for a page without the app. `scope` narrows them to
/// `html.no-wasm`, or to nothing inside an `@media` block.
fn without_app(scope: &str) -> String {
    format!(
        r#"
{scope} .view {{ display: block; }}
{scope} .view + .view {{ border-top: 4px double var(--color-border); margin-top: var(--space-7); padding-top: var(--space-6); }}
{scope} .accordion__panel[hidden] {{ display: block; content-visibility: visible; }}
{scope} .progress, {scope} .toolbar__button {{ display: none; }}
{scope} .compare__without-app {{ display: block; }}
"#
    )
}

/// The whole stylesheet, as stylist prints it.
pub fn stylesheet() -> String {
    let source = format!(
        r#"
:root {{ color-scheme: light dark; {light} {scale} }}
@media (prefers-color-scheme: dark) {{ :root {{ {dark} }} }}

*, *::before, *::after {{ box-sizing: border-box; }}
html {{ -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }}
@media (min-width: 2200px) {{ html {{ font-size: 125%; }} }}
@media (min-width: 3200px) {{ html {{ font-size: 160%; }} }}
body {{
  margin: 0; background: var(--color-bg); color: var(--color-text);
  font-family: var(--font); font-size: var(--text-base); line-height: 1.6;
  overflow-wrap: break-word;
}}
h1, h2, h3, h4 {{ line-height: 1.25; margin: var(--space-6) 0 var(--space-3); text-wrap: balance; }}
h1 {{ font-size: var(--text-h1); }}
h2 {{ font-size: var(--text-h2); }}
h3 {{ font-size: var(--text-h3); }}
h4 {{ font-size: var(--text-base); }}
p, ul, ol, dl, blockquote {{ margin: 0 0 var(--space-4); }}
ul, ol {{ padding-left: 1.25rem; }}
li + li {{ margin-top: var(--space-2); }}
a {{ color: var(--color-primary); text-decoration-thickness: 0.08em; text-underline-offset: 0.18em; }}
a:hover {{ text-decoration-thickness: 0.16em; }}
:focus-visible {{ outline: 3px solid var(--color-focus); outline-offset: 3px; }}
[tabindex="-1"]:focus:not(:focus-visible) {{ outline: none; }}

.container {{ max-width: calc(var(--measure) + 2 * var(--space-4)); margin-inline: auto; padding-inline: var(--space-4); }}
.skip-link {{
  position: absolute; left: var(--space-2); top: var(--space-2); z-index: 10;
  padding: var(--space-2) var(--space-4); background: var(--color-primary); color: var(--color-on-primary);
  transform: translateY(-300%);
}}
.skip-link:focus {{ transform: none; }}

.site-header {{ background: var(--color-surface); border-bottom: 1px solid var(--color-border); }}
.site-header__inner {{ padding-block: var(--space-3); }}
.brand {{ margin: 0; display: flex; flex-wrap: wrap; align-items: baseline; gap: var(--space-1) var(--space-3); }}
.brand__mark {{ font-weight: 800; font-size: 1.375rem; color: var(--color-primary); letter-spacing: 0.02em; }}
.brand__text {{ color: var(--color-muted); font-size: var(--text-small); }}

/* At least a screen high, so the footer starts below the fold and nothing the comparison
   module adds at the end of a step moves anything in view. */
.main {{ display: block; min-height: 100vh; padding-block: var(--space-5) var(--space-8); }}
.main:focus {{ outline: none; }}
.intro__title {{ margin-top: 0; }}
.intro__lead {{ color: var(--color-muted); }}

.button {{
  font: inherit; min-height: var(--target); padding: var(--space-2) var(--space-4);
  border: 2px solid var(--color-primary); border-radius: var(--radius);
  background: var(--color-bg); color: var(--color-primary); cursor: pointer;
}}
.button:hover:enabled {{ background: var(--color-surface); text-decoration: underline; }}
.button:disabled {{ cursor: progress; border-color: var(--color-border); color: var(--color-muted); }}
.toolbar {{
  display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between;
  gap: var(--space-3); margin-block: var(--space-5) var(--space-3);
}}
.toolbar__links {{ display: flex; flex-wrap: wrap; gap: var(--space-1) var(--space-5); margin: 0; }}
@media (scripting: none) {{ .toolbar__present {{ display: none; }} }}
.toolbar__embed {{ border: 0; background: none; padding: 0; font: inherit; color: var(--color-primary); text-decoration: underline; cursor: pointer; }}
html.embed .toolbar__embed {{ display: none; }}
html.no-wasm .toolbar__present, html.no-module .toolbar__present {{ display: none; }}
.toolbar__link {{ display: inline-flex; align-items: center; min-height: var(--target); font-weight: 600; }}
main:has(.view--plain{shown}) .toolbar__button,
main:not(:has(.view{shown})):has(.view--plain[data-current]) .toolbar__button {{ display: none; }}

.notice {{
  margin-block: var(--space-4); padding: var(--space-3) var(--space-4);
  background: var(--color-surface); border: 2px solid var(--color-primary); border-left-width: 6px;
  border-radius: var(--radius);
}}
.notice:empty, .notice[hidden] {{ display: none; }}
.notice__list {{ margin-bottom: var(--space-3); }}
.compare__without-app {{ display: none; }}
/* A screen kept free for the comparison module, so the pager below is out of view when it
   arrives (it only ever grows the space). */
.compare__app {{ min-height: 100vh; }}
.own {{ margin-top: var(--space-5); padding: var(--space-3) var(--space-4); border: 2px solid var(--color-border); border-radius: var(--radius); }}

.progress {{ margin-block: var(--space-3) var(--space-6); scroll-margin-top: var(--space-3); }}
.progress__status {{ font-weight: 700; margin-bottom: var(--space-2); }}
main:has(.view{shown}:not([data-current])) .progress__status {{ visibility: hidden; }}
@media (max-width: 26rem) {{ .progress__status {{ min-height: 3.2em; }} }}
.progress__list {{
  list-style: none; margin: 0; padding: 0;
  display: grid; grid-auto-flow: column; grid-auto-columns: minmax(0, 1fr); gap: var(--space-1);
}}
.progress__list li + li {{ margin-top: 0; }}
.progress__link {{
  display: flex; flex-direction: column; align-items: center; gap: var(--space-1);
  min-height: var(--target); padding: var(--space-1); border-radius: var(--radius);
  color: var(--color-text); text-decoration: none;
}}
.progress__number {{
  display: inline-grid; place-items: center; width: 2.25rem; height: 2.25rem; border-radius: 50%;
  border: 2px solid var(--color-border); background: var(--color-bg); font-weight: 700;
}}
.progress__link[aria-current] .progress__number {{
  background: var(--color-primary); border-color: var(--color-primary); color: var(--color-on-primary);
  box-shadow: 0 0 0 3px var(--color-bg), 0 0 0 5px var(--color-primary);
}}
.progress__name {{ font-size: var(--text-small); line-height: 1.25; text-align: center; }}
/* Marked by the filled, ringed circle and an underline; not by weight, which would change the
   text's width when the app moves the mark at hydration (a deep link's step). */
.progress__link[aria-current] .progress__name {{ text-decoration: underline; text-decoration-thickness: 0.15em; text-underline-offset: 0.2em; }}
.progress__link:hover .progress__name {{ text-decoration: underline; }}
@media (max-width: 40rem) {{
  .progress__name {{
    position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
    clip: rect(0 0 0 0); white-space: nowrap; border: 0;
  }}
}}

.view {{ scroll-margin-top: var(--space-3); }}
.step__number {{ display: block; margin-bottom: var(--space-1); color: var(--color-muted); font-size: var(--text-base); }}
.view h2 {{ margin-top: 0; }}
.view h2:focus {{ outline-offset: 6px; }}
.summary {{
  margin-block: var(--space-4) var(--space-5); padding: var(--space-4) var(--space-5);
  background: var(--color-surface); border-left: 4px solid var(--color-primary); border-radius: var(--radius);
}}
.summary__heading {{ margin-top: 0; display: flex; flex-wrap: wrap; align-items: baseline; gap: var(--space-2) var(--space-3); }}
.summary__list {{ margin-bottom: 0; }}
.label {{
  padding: 0.1rem var(--space-2); border-radius: 999px; background: var(--color-label-bg);
  color: var(--color-text); font-size: var(--text-small); font-weight: 600;
}}
.note, .source {{ color: var(--color-muted); font-size: var(--text-small); }}
.source__label {{ font-weight: 700; }}
.fact p {{ margin-bottom: var(--space-1); }}
.facts {{ display: grid; grid-template-columns: max-content 1fr; gap: var(--space-2) var(--space-4); }}
.facts__row {{ display: contents; }}
.facts dt {{ font-weight: 700; }}
.facts dd {{ margin: 0; }}
.facts__line {{ display: block; }}
@media (max-width: 30rem) {{ .facts {{ grid-template-columns: 1fr; row-gap: 0; }} .facts dd {{ margin-bottom: var(--space-3); }} }}

.accordion {{ border-top: 1px solid var(--color-border); }}
.accordion:last-of-type {{ border-bottom: 1px solid var(--color-border); }}
.accordion__heading {{ margin: 0; font-size: var(--text-h3); }}
.accordion__title {{ display: block; padding: var(--space-3) 0; }}
.accordion__button {{
  display: flex; align-items: center; gap: var(--space-3); width: 100%; min-height: var(--target);
  padding: var(--space-3) 0; border: 0; background: none; color: var(--color-primary);
  font: inherit; font-weight: 700; text-align: left; cursor: pointer;
}}
.accordion__button:hover {{ text-decoration: underline; }}
.accordion__icon {{
  flex: none; width: 0.6em; height: 0.6em; margin-inline: 0.2em;
  border-right: 0.16em solid currentColor; border-bottom: 0.16em solid currentColor;
  transform: translateY(-25%) rotate(45deg); transition: transform 0.2s ease;
}}
.accordion__button[aria-expanded="true"] .accordion__icon {{ transform: translateY(25%) rotate(225deg); }}
.accordion__panel {{ padding-bottom: var(--space-4); }}

.memo {{
  padding-left: var(--space-4); border-left: 4px solid var(--color-quote);
  font-family: Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, serif;
}}
.memo__heading {{ font-family: var(--font); }}
.memo__closing {{ margin-top: var(--space-5); }}
.memo__closing p {{ margin-bottom: var(--space-1); }}
.letter__meta {{ margin-bottom: var(--space-1); }}
.letter__label {{ font-weight: 700; }}

.terms {{ margin: 0; }}
.terms__item {{ padding-block: var(--space-3); }}
.terms__item + .terms__item {{ border-top: 1px solid var(--color-border); }}
.terms__name {{ font-weight: 700; }}
.terms__text {{ margin: 0; }}
.terms__text p {{ margin-bottom: var(--space-2); }}

.pager {{ display: flex; flex-wrap: wrap; gap: var(--space-3); margin-top: var(--space-6); }}
.pager__link {{
  display: flex; flex-direction: column; flex: 1 1 14rem; min-height: var(--target);
  padding: var(--space-3) var(--space-4); border: 2px solid var(--color-primary); border-radius: var(--radius);
  color: var(--color-primary); text-decoration: none;
}}
.pager__link--next {{ margin-left: auto; text-align: right; background: var(--color-primary); color: var(--color-on-primary); }}
.pager__direction {{ font-size: var(--text-small); }}
.pager__name {{ font-weight: 700; }}
.pager__link:hover .pager__name {{ text-decoration: underline; }}

.site-footer {{
  padding-block: var(--space-5); background: var(--color-surface); border-top: 1px solid var(--color-border);
  color: var(--color-muted); font-size: var(--text-small);
}}
.site-footer p:last-child {{ margin-bottom: 0; }}

@media (scripting: enabled) {{
  html:not(.no-wasm) .view {{ display: none; }}
  html:not(.no-wasm) .view[data-current] {{ display: block; }}
  html:not(.no-wasm) .views:has(.view{shown}) .view:not({shown}) {{ display: none; }}
  html:not(.no-wasm) .view{shown} {{ display: block; }}
  /* A screen kept free for "Wat zeggen de cijfers?", so the footer is out of view when
     the checks arrive; they only ever grow it. */
  html:not(.no-wasm):not(.no-module) [data-checks] {{ min-height: 100vh; }}
}}
@media (scripting: none) {{ {no_script} }}
{no_wasm}
html.no-wasm .notice--no-wasm[hidden] {{ display: block; }}

/* Embed mode (?embed, classes set in index.html before the first paint): no site header and
   footer, a link to the full page, and no screen-high reservations (the host sizes the
   iframe to the content). &weergave=vergelijk: the comparison alone. */
.embed-full {{ display: none; }}
html.embed .embed-full {{ display: block; text-align: right; margin: 0 0 var(--space-2); font-size: var(--text-small); }}
html.embed .site-header, html.embed .site-footer, html.embed .skip-link {{ display: none; }}
html.embed .main, html.embed .compare__app, html.embed [data-checks] {{ min-height: 0 !important; }}
html.embed .main {{ padding-block: var(--space-3); }}
html.embed-vergelijk .intro, html.embed-vergelijk .toolbar, html.embed-vergelijk .progress,
html.embed-vergelijk .compare .pager, html.embed-vergelijk .view:not(#vergelijk) {{ display: none !important; }}
html.embed-vergelijk #vergelijk {{ display: block !important; }}
html.no-module .compare__without-app {{ display: block; }}

@media (prefers-reduced-motion: reduce) {{
  *, *::before, *::after {{ transition: none !important; animation: none !important; scroll-behavior: auto !important; }}
}}
@media print {{
  {print}
  /* Every view, also the ones the app hides on screen: the whole memo with our summaries. */
  html:root .view {{ display: block !important; }}
  .skip-link, .toolbar, .progress, .pager, .notice {{ display: none !important; }}
}}
"#,
        light = LIGHT.custom_properties(),
        dark = DARK.custom_properties(),
        scale = scale_properties(),
        no_script = without_app("html"),
        no_wasm = without_app("html.no-wasm"),
        print = without_app("html"),
        shown = fragment_view(),
    );
    render(&source)
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

/// Drops the indentation and spacing stylist prints; it never prints a value that spans
/// lines or has `: `, ` {` or `, ` inside a string.
fn minify(css: &str) -> String {
    css.lines()
        .map(str::trim)
        .collect::<String>()
        .replace(": ", ":")
        .replace(" {", "{")
        .replace(", ", ",")
}

/// The comparison module's own stylesheet (`vergelijk.css`, loaded with the module, not in
/// the first view).
pub fn comparison_stylesheet() -> String {
    let source = r#"
.picker { margin-block: var(--space-4) var(--space-5); }
.picker__label { display: block; font-weight: 700; font-size: var(--text-h3); }
.picker .note { margin-bottom: var(--space-2); }
.picker__input {
  width: 100%; max-width: 28rem; min-height: var(--target); padding: var(--space-2) var(--space-3);
  font: inherit; color: var(--color-text); background: var(--color-bg);
  border: 2px solid var(--color-border); border-radius: var(--radius);
}
.picker__list {
  list-style: none; margin: var(--space-1) 0 0; padding: var(--space-1) 0; max-width: 28rem;
  border: 2px solid var(--color-border); border-radius: var(--radius); background: var(--color-bg);
}
.picker__list[hidden] { display: none; }
.picker__option { margin: 0; padding: var(--space-2) var(--space-3); cursor: pointer; }
.picker__option[aria-selected="true"] { background: var(--color-primary); color: var(--color-on-primary); font-weight: 700; }
.picker__option + .picker__option { margin-top: 0; }
.picker__alias { font-size: var(--text-small); }
.picker__status:empty { display: none; }
.figures__status { font-weight: 700; }
.figures__scroll { overflow-x: auto; margin-bottom: var(--space-3); }
.figures__table { border-collapse: collapse; min-width: 40rem; font-variant-numeric: tabular-nums; }
.figures__caption { margin-bottom: var(--space-2); color: var(--color-muted); }
.figures__table th, .figures__table td { padding: var(--space-2) var(--space-3); border-bottom: 1px solid var(--color-border); vertical-align: top; }
.figures__table td { text-align: right; }
.figures__table th[scope="row"] { text-align: left; font-weight: 400; min-width: 13rem; }
.figures__table thead th { text-align: right; font-size: var(--text-small); }
.figures__table thead th:first-child { text-align: left; }
.figures__own { font-weight: 700; }
.peers__list { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: var(--space-2); }
.peers__list li + li { margin-top: 0; }
.peers__item { display: flex; flex-wrap: wrap; gap: var(--space-1); }
.button--quiet { border-style: dashed; font-size: var(--text-small); }
.beside__list { list-style: none; padding: 0; }
.beside__list li { display: flex; flex-wrap: wrap; align-items: center; gap: var(--space-2); font-weight: 700; }
.figures__switches { display: flex; flex-wrap: wrap; gap: var(--space-2); margin-block: var(--space-3); }
.figures__switch[aria-pressed="true"], .figures__switch[aria-pressed="true"]:hover:enabled { background: var(--color-primary); color: var(--color-on-primary); border-color: var(--color-primary); font-weight: 700; }
.figures__switch[aria-pressed="true"]::before { content: "✓ "; }
.figures__theme th { text-align: left; font-weight: 700; padding-top: var(--space-4); border-bottom: 2px solid var(--color-text); }
.figures__date { display: block; font-size: var(--text-small); color: var(--color-muted); font-weight: 400; }
.comparison__top { display: grid; gap: var(--space-4); align-items: start; }
@media (min-width: 48rem) { .comparison__top { grid-template-columns: repeat(2, minmax(0, 1fr)); } }
.map h3 { margin-top: var(--space-4); }
.map__frame { width: 100%; max-width: 24rem; aspect-ratio: 1000 / 1183; }
.map__svg { display: block; width: 100%; height: 100%; }
.map__area { fill: var(--color-surface); stroke: var(--color-muted); stroke-width: 0.6; cursor: pointer; }
.map__area--small { fill: url(#kaart-klein); }
.map__area:hover { stroke: var(--color-text); stroke-width: 2; }
.map__highlight { fill: none; pointer-events: none; stroke: var(--color-text); stroke-width: 4; }
.map__area--beside { stroke-dasharray: 6 3; }
.map__hatch-bg { fill: var(--color-surface); }
.map__hatch { stroke: var(--color-primary); stroke-width: 3; }
.map__name {
  font-size: 40px; font-weight: 700; fill: var(--color-text);
  stroke: var(--color-bg); stroke-width: 8; paint-order: stroke; pointer-events: none;
}
.map__legend { list-style: none; padding: 0; font-size: var(--text-small); }
.map__legend li { display: flex; align-items: center; gap: var(--space-2); margin: var(--space-1) 0 0; }
.map__swatch { display: inline-block; width: 1.25rem; height: 1.25rem; border: 1px solid var(--color-muted); background: var(--color-surface); }
.map__swatch--small { background: repeating-linear-gradient(45deg, var(--color-primary) 0 2px, var(--color-surface) 2px 6px); }
.map__swatch--chosen { border: 3px solid var(--color-text); }
.map__buttons { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: var(--space-1); }
.map__buttons li + li { margin-top: 0; }
.map__buttons [aria-current] { border-style: solid; font-weight: 700; }
.embed-dialog { max-width: min(44rem, 92vw); width: 100%; padding: var(--space-5); border: 2px solid var(--color-text); border-radius: var(--radius); background: var(--color-bg); color: var(--color-text); }
.embed-dialog::backdrop { background: rgb(0 0 0 / 0.6); }
.embed-dialog h2 { margin-top: 0; }
.embed-dialog fieldset { border: 1px solid var(--color-border); margin: 0 0 var(--space-4); }
.embed-dialog fieldset label { display: block; min-height: var(--target); }
.embed-dialog__label { display: block; font-weight: 700; }
.embed-dialog__code { width: 100%; font-family: ui-monospace, monospace; font-size: var(--text-small); }
.embed-dialog__preview { width: 100%; height: 20rem; border: 1px solid var(--color-border); }
.visually-hidden {
  position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}

/* Presenter mode: a 16:9 stage as large as the screen allows; every size in the stage is a
   share of its height (cqh), so a slide scales as one piece from 1024×768 to 4K. Body text
   is 3.4cqh: 37 px at 1920×1080. Projector palette: contrast at least 7:1. */
html.presenting, html.presenting body { overflow: hidden; }
.presenter, .speaker, .handout { PROJECTOR color-scheme: light; }
.presenter {
  position: fixed; inset: 0; z-index: 100; background: #000; display: grid; place-items: center;
}
.presenter:focus { outline: none; }
.presenter__stage {
  position: relative; width: min(100vw, calc(100vh * 16 / 9)); aspect-ratio: 16 / 9;
  container-type: size; background: var(--p-bg); color: var(--p-text); overflow: hidden;
  touch-action: pan-y;
}
.slide-page[hidden] { display: none; }
.slide {
  position: absolute; inset: 0; display: flex; flex-direction: column; justify-content: center;
  padding: 7cqh 8cqh 9cqh; font-size: 3.4cqh; line-height: 1.35; background: var(--p-bg); color: var(--p-text);
}
.slide h2 { font-size: 6.2cqh; line-height: 1.15; margin: 0 0 3cqh; color: var(--p-text); text-wrap: balance; }
.slide p, .slide ul, .slide blockquote { margin: 0 0 2cqh; }
.slide__label { font-size: 3.2cqh; font-weight: 700; color: var(--p-accent); margin-bottom: 2cqh; }
.slide h2.slide__label { font-size: 3.4cqh; }
.slide__lead { font-size: 3.6cqh; color: var(--p-muted); max-width: 62ch; }
.slide__points { padding-left: 1.2em; }
.slide__points li + li { margin-top: 1.4cqh; }
.slide__center { display: flex; flex-direction: column; justify-content: center; height: 100%; }
.slide__quote { font-size: 5cqh; line-height: 1.3; font-weight: 600; border-left: 1.2cqh solid var(--p-accent); padding-left: 4cqh; margin: 0 0 3cqh; }
.slide__quote p { margin: 0; }
.slide__source { font-size: 3cqh; color: var(--p-muted); }
.slide__checks { list-style: none; padding: 0; }
.slide__checks li { display: flex; gap: 2cqh; align-items: center; margin: 0 0 1.6cqh; }
.slide__checks .check__symbol { width: 5cqh; height: 5cqh; font-size: 3.2cqh; border-width: 0.4cqh; }
.slide__table { border-collapse: collapse; font-variant-numeric: tabular-nums; font-size: 3.2cqh; }
.slide__table th, .slide__table td { padding: 0.8cqh 2cqh; border-bottom: 0.2cqh solid var(--p-muted); text-align: right; }
.slide__table th:first-child { text-align: left; }
.slide__table thead th { font-size: 3cqh; vertical-align: bottom; }
.slide__bars section { margin-bottom: 2.5cqh; }
.slide__bars h3 { font-size: 3.4cqh; margin: 0 0 1cqh; }
.slide__bars ul { list-style: none; padding: 0; margin: 0; }
.slide__bar { display: grid; grid-template-columns: 17em 1fr 5em; gap: 2cqh; align-items: center; margin: 0 0 1cqh; }
.slide__bar-track { height: 4cqh; background: #e6e6e6; }
.slide__bar-fill { display: block; height: 100%; background: var(--p-muted); }
.slide__bar--small .slide__bar-fill { background: var(--p-accent); }
.slide__bar--small .slide__bar-label, .slide__bar--small .slide__bar-value { font-weight: 700; }
.slide__bar-value { font-variant-numeric: tabular-nums; text-align: right; }
.slide .chart__svg { max-width: none; height: 55cqh; width: auto; }
.slide .chart__svg text { font-size: 16px; fill: var(--p-text); }
.slide__notes { display: none; }
.presenter__progress { position: absolute; left: 0; right: 0; bottom: 0; height: 1cqh; background: #d9d9d9; }
.presenter__bar { height: 100%; background: var(--p-accent); }
.presenter__count { position: absolute; right: 4cqh; bottom: 2.2cqh; margin: 0; font-size: 3cqh; color: var(--p-muted); font-variant-numeric: tabular-nums; }
/* The buttons sit in the slide's bottom margin, small but at full contrast. */
.presenter__controls {
  position: fixed; left: 0.5rem; bottom: 0.75rem; z-index: 2; display: flex; flex-wrap: wrap; gap: 0.25rem;
  max-width: 80vw;
}
.presenter__button {
  font: inherit; font-size: 0.875rem; min-height: 2.75rem; min-width: 2.75rem; padding: 0.25rem 0.75rem; cursor: pointer;
  color: #ffffff; background: #111111; border: 2px solid #ffffff; border-radius: 0.25rem;
}
.presenter__button:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; }
.presenter__typed { position: fixed; left: 1rem; bottom: 1rem; z-index: 3; margin: 0; padding: 0.5rem 1rem; background: #111; color: #fff; font-size: 1.5rem; }
.presenter__black { position: fixed; inset: 0; z-index: 4; background: #000; cursor: none; }
.presenter__help {
  position: fixed; z-index: 5; inset: 5vh 10vw; overflow: auto; padding: 2rem; background: #ffffff; color: #111111;
  border: 3px solid #111111; font-size: 1.25rem;
}
.presenter__help .presenter__button { font-size: 1rem; }
.presenter__keys { display: grid; grid-template-columns: max-content 1fr; gap: 0.5rem 1.5rem; }
.presenter__keys dt { font-weight: 700; }
.presenter__keys dd { margin: 0; }

/* The speaker view: this slide, the next, the notes and the time, on one screen. */
.speaker {
  position: fixed; inset: 0; z-index: 100; overflow: auto; display: grid; gap: 1.5rem; padding: 1.5rem;
  grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); background: #1b1b1b; color: #ffffff;
}
.speaker h2 { font-size: 1.25rem; margin: 0 0 0.5rem; color: #ffffff; }
.speaker__stage { position: relative; aspect-ratio: 16 / 9; container-type: size; background: var(--p-bg); color: var(--p-text); overflow: hidden; }
.speaker__stage--next { max-width: 24rem; }
.speaker__notes p { font-size: 1.375rem; line-height: 1.5; }
.speaker__time { font-size: 1.5rem; font-variant-numeric: tabular-nums; display: flex; align-items: center; gap: 1rem; flex-wrap: wrap; }
.speaker__controls { display: flex; gap: 0.5rem; }
.speaker .presenter__button { font-size: 1rem; }
@media (max-width: 48rem) { .speaker { grid-template-columns: 1fr; } }

/* The handout (?modus=print), and printing presenter mode: one slide per landscape page,
   the notes underneath. */
.handout { position: relative; z-index: 100; background: #fff; color: #111; padding: 1rem; }
html.mode-handout body > :not(#k80-module) { display: none; }
.handout__stage, .handout .slide-page { margin-bottom: 2rem; }
.handout .slide-page > .slide { position: relative; aspect-ratio: 16 / 9; container-type: size; border: 1px solid #999; }
.handout .slide { position: relative; }
.handout .slide-page { container-type: inline-size; }
.handout .slide__notes { display: block; font-size: 1rem; }
.handout .slide__notes h3 { font-size: 1rem; margin: 0.5rem 0 0.25rem; }
@media print {
  html.presenting body > :not(#k80-module), html.mode-handout body > :not(#k80-module) { display: none !important; }
  .presenter, .speaker { position: static; display: block; background: #fff; }
  .presenter__stage { width: 100%; aspect-ratio: auto; container-type: normal; overflow: visible; }
  .presenter__controls, .presenter__progress, .presenter__count, .presenter__black, .presenter__help, .presenter__typed,
  .handout__title, .handout__note { display: none !important; }
  .presenter .slide-page, .presenter .slide-page[hidden], .handout .slide-page { display: block !important; margin: 0; break-inside: avoid; }
  .presenter .slide-page ~ .slide-page, .handout__stage ~ .handout__stage { break-before: page; }
  .handout__stage { margin: 0; }
  .presenter .slide-page > .slide, .handout .slide-page > .slide {
    position: relative; inset: auto; width: 80%; height: auto; aspect-ratio: 16 / 9; container-type: size; border: 1px solid #999;
  }
  .presenter .slide__notes, .handout .slide__notes { display: block; font-size: 11pt; }
}
.figures__chart-theme h4 { margin-top: var(--space-5); }
.chart--bars figcaption { margin-bottom: var(--space-1); }
.chart__bar rect { fill: var(--color-muted); }
.chart__bar--own rect { fill: var(--color-primary); }
.chart__bar--own text { font-weight: 700; }
.chart__value { font-variant-numeric: tabular-nums; }
.checks { margin-top: var(--space-6); }
.check { margin-top: var(--space-4); padding: var(--space-3) var(--space-4); border: 2px solid var(--color-border); border-radius: var(--radius); }
.check__title { margin-top: 0; }
.check__claim { margin: 0 0 var(--space-3); }
.check__claim blockquote { margin: 0; padding-left: var(--space-3); border-left: 4px solid var(--color-quote); }
.check__claim figcaption { font-size: var(--text-small); color: var(--color-muted); }
.check__verdict { display: flex; gap: var(--space-2); align-items: center; }
.check__symbol {
  display: inline-grid; place-items: center; flex: none; width: 2rem; height: 2rem;
  border: 2px solid currentColor; border-radius: 50%; font-weight: 700;
}
.check--supported .check__symbol { background: var(--color-primary); color: var(--color-on-primary); border-color: var(--color-primary); }
.check--not-supported .check__symbol { border-style: dashed; }
.check__table { border-collapse: collapse; font-variant-numeric: tabular-nums; margin-top: var(--space-2); }
.check__table caption { text-align: left; color: var(--color-muted); }
.check__table th, .check__table td { padding: var(--space-1) var(--space-3); border-bottom: 1px solid var(--color-border); text-align: left; vertical-align: top; }
.check__table th[scope="row"] { font-weight: 400; }
.check__table td:nth-child(2) { text-align: right; white-space: nowrap; }
details > summary { cursor: pointer; padding-block: var(--space-2); font-weight: 700; color: var(--color-primary); }
.chart { margin: var(--space-4) 0; }
.chart__svg { display: block; width: 100%; max-width: 40rem; height: auto; }
.chart__svg text { font-size: 15px; fill: var(--color-text); }
.chart__grid line { stroke: var(--color-border); stroke-width: 1; }
.chart__line { fill: none; stroke: var(--color-primary); stroke-width: 2; }
.chart__point { fill: var(--color-primary); }
"#;
    let source = source.replace("PROJECTOR", &projector_properties());
    // stylist's parser does not know `@page`; it is added as written.
    render(&source) + "@page{size:A4 landscape;margin:1cm}"
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
            "@media (scripting:none){html .accordion__panel[hidden]{display:block;content-visibility:visible;}}",
        ] {
            assert!(css.contains(needle), "missing {needle:?} in\n{css}");
        }
    }
}
