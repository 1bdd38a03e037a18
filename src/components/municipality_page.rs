//! A page for every municipality (`gemeente/<slug>/`) and the list of them all (`gemeente/`),
//! rendered at build time only (`crate::prerender::render_municipality_pages`): the
//! municipality's figures against the groups, whether it is small and its rank, the
//! municipalities most like it, the memo's checks with its own numbers, its figure for each
//! step, and the CSV. Complete without JavaScript; the comparison (picker, map, charts) is a
//! link away, and embedded below the figures when scripts run (`static/js/gemeente.js`).

use yew::prelude::*;

use crate::claims::{own_figures, Check};
use crate::components::checks::{claim_figure, verdict_mark, verdict_words};
use crate::components::figures::{status, table};
use crate::components::own_line::line_text;
use crate::components::qr_code::qr_code;
use crate::components::rich_text::rich_text;
use crate::components::site_footer::site_footer_at;
use crate::components::site_header::site_header;
use crate::content::{fill, ui, STEPS, STEP_HEADS};
use crate::contract::SHARE_STATUS_ID;
use crate::indicators::{headings, rows, table_csv, GroupValues};
use crate::municipality::{slug, Municipality};
use crate::numbers::nl_int;
use crate::route::{Fragment, Route, View, MAIN_ID};
use crate::stats::peers;

/// From a municipality page to the site's root.
pub const TO_ROOT: &str = "../../";

/// What every municipality page is made from, computed once for all of them.
pub struct Pages {
    /// Every municipality.
    pub all: Vec<Municipality>,
    /// The groups' values of every indicator.
    pub groups: GroupValues,
    /// The memo's checks.
    pub checks: Vec<Check>,
}

/// The page's title (also its heading).
pub fn title(m: &Municipality) -> String {
    fill(ui::GEMEENTE_TITEL, &[("naam", &m.name)])
}

/// The page's `<title>`: its title and the site's.
pub fn page_title(m: &Municipality) -> String {
    format!("{} – {}", title(m), ui::PAGINATITEL)
}

/// The page's description, for search engines and link previews.
pub fn description(m: &Municipality) -> String {
    fill(
        ui::GEMEENTE_BESCHRIJVING,
        &[
            ("naam", &m.name),
            ("inwoners", &nl_int(m.inhabitants.into())),
            ("klein", small_words(m)),
        ],
    )
}

fn small_words(m: &Municipality) -> &'static str {
    if m.is_small() {
        ui::EIGEN_KLEIN
    } else {
        ui::EIGEN_NIET_KLEIN
    }
}

/// The CSV file's name in the page's folder.
pub fn csv_file(m: &Municipality) -> String {
    format!("cijfers-{}.csv", slug(&m.name))
}

/// The figures table of `m` as CSV (as the comparison downloads it).
pub fn csv(pages: &Pages, m: &Municipality) -> String {
    table_csv(&headings(&[m]), &rows(&[m], &pages.groups))
}

/// A link into the explainer with `m` chosen, at `view`.
fn explainer(m: &Municipality, view: View) -> String {
    let route = Route {
        municipality: Some(m.code.clone()),
        fragment: Fragment::View(view),
        ..Route::default()
    };
    format!("{TO_ROOT}{}", route.format())
}

/// The comparison alone with `m` chosen, in embed mode.
fn embedded(m: &Municipality) -> String {
    let route = Route {
        municipality: Some(m.code.clone()),
        embed: true,
        compare_only: true,
        ..Route::default()
    };
    format!("{TO_ROOT}{}", route.format())
}

/// Back to the explainer and up to the list, above the heading.
fn breadcrumbs(to_root: &str, list: Option<&str>) -> Html {
    html! {
        <nav class="crumbs" aria-label={ui::GEMEENTE_NAVIGATIE}>
            <a href={to_root.to_owned()}>{ui::TERUG_NAAR_UITLEG}</a>
            if let Some(list) = list {
                {" · "}<a href={list.to_owned()}>{ui::ALLE_GEMEENTEN}</a>
            }
        </nav>
    }
}

/// One check with `m`'s own numbers: the claim word for word, our verdict for all
/// municipalities, and what `m` contributes to it.
fn check_with(pages: &Pages, check: &Check, m: &Municipality) -> Html {
    let copy = check.copy;
    let heading = format!("toets-{}", copy.id);
    let name = m.name.as_str();
    let own = own_figures(copy.id, &pages.all, m);
    let lines: Vec<String> = if copy.id == "omvang" {
        let line = if m.is_small() {
            ui::TOETS_EIGEN_TELT_MEE
        } else {
            ui::TOETS_EIGEN_TELT_NIET_MEE
        };
        vec![fill(line, &[("naam", name)])]
    } else if own.is_empty() {
        vec![ui::TOETS_EIGEN_GEEN.to_owned()]
    } else {
        own.iter()
            .map(|f| {
                let line = match f.compared {
                    std::cmp::Ordering::Greater => ui::TOETS_EIGEN_HOGER,
                    std::cmp::Ordering::Less => ui::TOETS_EIGEN_LAGER,
                    std::cmp::Ordering::Equal => ui::TOETS_EIGEN_GELIJK,
                };
                fill(
                    line,
                    &[
                        ("maat", f.measure),
                        ("naam", name),
                        ("waarde", &f.own),
                        ("land", &f.national),
                    ],
                )
            })
            .collect()
    };
    let step = STEP_HEADS
        .iter()
        .position(|s| s.id == copy.step)
        .unwrap_or(0);
    html! {
        <article class={classes!("check", verdict_mark(check.verdict).1)} aria-labelledby={heading.clone()}>
            <h3 id={heading} class="check__title">{copy.title}</h3>
            {claim_figure("check__claim", copy.claim, copy.claim_source)}
            <p class="check__for">{ui::GEMEENTE_OORDEEL}</p>
            <p class="check__verdict">{verdict_words(check.verdict)}</p>
            { for lines.into_iter().map(|line| html! { <p class="check__own">{line}</p> }) }
            <p><a href={explainer(m, View::Step(step))}>{ui::TOETS_IN_UITLEG}</a></p>
        </article>
    }
}

/// The memo's points in our summary, step by step (labelled as ours), from the memo's first
/// part on (the start step is about K80 and this site, not the memo's argument).
fn summary() -> Html {
    html! {
        <section class="brief-summary" aria-labelledby="samenvatting-kop">
            <h2 id="samenvatting-kop">
                {format!("{} ", ui::GEMEENTE_SAMENVATTING_KOP)}
                <span class="label">{ui::IN_HET_KORT_LABEL}</span>
            </h2>
            <p>{ui::GEMEENTE_SAMENVATTING_UITLEG}</p>
            { for STEPS.iter().skip(1).map(|step| html! {
                <>
                    <h3>{step.headline}</h3>
                    <ul class="summary__list">
                        { for step.summary.iter().map(|point| html! { <li>{rich_text(point)}</li> }) }
                    </ul>
                </>
            }) }
        </section>
    }
}

/// A QR code to the page's public `address`, for the printed brief (shown only on paper);
/// its quiet zone is part of the drawing.
fn brief_qr(address: &str) -> Html {
    html! {
        <figure class="qr">
            {qr_code("qr__code", address, fill(ui::QR_LABEL, &[("adres", address)]))}
            <figcaption>{fill(ui::QR_BIJSCHRIFT, &[("adres", address)])}</figcaption>
        </figure>
    }
}

/// The body of `m`'s page; `address` is its public address, when the build has one (for the
/// printed brief's QR code).
pub fn municipality_page(pages: &Pages, m: &Municipality, address: Option<&str>) -> Html {
    let name = m.name.as_str();
    let chosen = [m];
    let themes = rows(&chosen, &pages.groups);
    html! {
        <>
            {site_header()}
            <main id={MAIN_ID} class="container main municipality" tabindex="-1">
                {breadcrumbs(TO_ROOT, Some("../"))}
                // Paper only, at the top right of the brief.
                { address.map(brief_qr).unwrap_or_default() }
                <h1>{title(m)}</h1>
                {status(&pages.all, m)}
                // "Delen" (static/js/gemeente.js): this page's address, `SHARE_ATTR`; the
                // confirmations beside it, `SHARE_DONE_ATTR` and `SHARE_FAILED_ATTR`.
                <p class="share">
                    <button type="button" class="button" data-delen="./"
                            data-gekopieerd={ui::DELEN_GEKOPIEERD} data-niet-gekopieerd={ui::DELEN_NIET_GEKOPIEERD}>
                        {ui::DELEN}
                    </button>
                </p>
                <p id={SHARE_STATUS_ID} class="share__status" role="status"></p>
                // "Print als brief": `window.print()` (static/js/gemeente.js), as `?modus=brief`
                // does on opening; paper has its own layout (styles/gemeente.css).
                <p class="share"><button type="button" class="button" data-brief="">{ui::BRIEF_PRINTEN}</button></p>
                <p class="note brief-note">{ui::BRIEF_UITLEG}</p>
                <p class="note">{fill(ui::GEMEENTE_INTRO, &[("naam", name)])}</p>

                <section class="figures" aria-labelledby="cijfers">
                    <h2 id="cijfers">{fill(ui::CIJFERS_KOP, &[("naam", name)])}</h2>
                    <div class="wide">
                        {table(&fill(ui::GEMEENTE_BIJSCHRIFT, &[("naam", name)]), &headings(&chosen), &themes, 1)}
                    </div>
                    <p class="note">{ui::UITLEG_GEMIDDELDEN}</p>
                    <p class="note">{ui::UITLEG_GEEN_CIJFER}</p>
                    <p class="source">{ui::CIJFERS_BRON}</p>
                    <p><a href={csv_file(m)} download="" class="figures__download">
                        {fill(ui::GEMEENTE_CSV, &[("naam", name)])}
                    </a></p>
                </section>

                <section class="peers" aria-labelledby="lijkt-op-kop">
                    <h2 id="lijkt-op-kop">{fill(ui::LIJKT_OP_KOP, &[("naam", name)])}</h2>
                    <p>{fill(ui::LIJKT_OP_UITLEG, &[("naam", name)])}</p>
                    <ul>
                        { for peers(&pages.all, &m.code, 5).into_iter().map(|p| html! {
                            <li><a href={format!("../{}/", slug(&p.name))}>{p.name.clone()}</a></li>
                        }) }
                    </ul>
                </section>

                <section class="compare-link" id="vergelijk" aria-labelledby="vergelijk-kop">
                    <h2 id="vergelijk-kop">{fill(ui::GEMEENTE_VERGELIJK_KOP, &[("naam", name)])}</h2>
                    <p>{ui::GEMEENTE_VERGELIJK_UITLEG}</p>
                    <p><a href={explainer(m, View::Compare)}>
                        {fill(ui::GEMEENTE_VERGELIJK_LINK, &[("naam", name)])}
                    </a></p>
                    // `EMBED_HERE_ATTR` and `EMBED_TITLE_ATTR`: static/js/gemeente.js puts the
                    // comparison here.
                    <div data-insluiten-hier={embedded(m)}
                         data-titel={fill(ui::GEMEENTE_INGESLOTEN, &[("naam", name)])}></div>
                </section>

                <section class="checks" aria-labelledby="toetsen-kop">
                    <h2 id="toetsen-kop">{ui::TOETS_KOP}</h2>
                    <p class="checks__label">{ui::TOETS_LABEL}</p>
                    <p>{fill(ui::GEMEENTE_TOETSEN_UITLEG, &[("naam", name)])}</p>
                    { for pages.checks.iter().map(|c| check_with(pages, c, m)) }
                </section>

                {summary()}

                <section class="steps-own" aria-labelledby="stappen-kop">
                    <h2 id="stappen-kop">{fill(ui::GEMEENTE_STAPPEN_KOP, &[("naam", name)])}</h2>
                    <p>{fill(ui::GEMEENTE_STAPPEN_UITLEG, &[("naam", name)])}</p>
                    { for STEP_HEADS.iter().enumerate().map(|(n, step)| html! {
                        <div class="own">
                            <h3 class="own__title">{fill(ui::STAP_VAN, &[("n", &(n + 1).to_string()), ("totaal", &STEP_HEADS.len().to_string())])}{": "}{step.name}</h3>
                            <p>{line_text(&pages.all, m, step.id)}</p>
                            <p><a href={explainer(m, View::Step(n))}>{fill(ui::GEMEENTE_STAP_LINK, &[("naam", name)])}</a></p>
                        </div>
                    }) }
                    <p class="source">{ui::EIGEN_BRON}</p>
                </section>
            </main>
            {site_footer_at(TO_ROOT)}
        </>
    }
}

/// The body of the list of every municipality (`gemeente/`), A to Z, each a link to its page.
pub fn index_page(all: &[Municipality]) -> Html {
    let mut sorted: Vec<&Municipality> = all.iter().collect();
    sorted.sort_unstable_by_key(|m| slug(&m.name));
    html! {
        <>
            {site_header()}
            <main id={MAIN_ID} class="container main municipality" tabindex="-1">
                {breadcrumbs("../", None)}
                <h1>{ui::GEMEENTEN_TITEL}</h1>
                <p>{ui::GEMEENTEN_UITLEG}</p>
                <p id="gemeenten-bijschrift" class="figures__caption">
                    {fill(ui::GEMEENTEN_BIJSCHRIFT, &[("n", &all.len().to_string())])}
                </p>
                <div class="figures__scroll" role="region" tabindex="0" aria-labelledby="gemeenten-bijschrift">
                    <table class="figures__table" aria-labelledby="gemeenten-bijschrift">
                        <thead>
                            <tr>
                                <th scope="col">{ui::KOLOM_GEMEENTE}</th>
                                <th scope="col">{ui::KOLOM_PROVINCIE}</th>
                                <th scope="col">{ui::KOLOM_INWONERS}</th>
                                <th scope="col">{ui::KOLOM_IS_KLEIN}</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for sorted.iter().map(|m| html! {
                                <tr>
                                    <th scope="row"><a href={format!("{}/", slug(&m.name))}>{m.name.clone()}</a></th>
                                    <td>{m.province.clone()}</td>
                                    <td>{nl_int(m.inhabitants.into())}</td>
                                    <td>{if m.is_small() { ui::JA } else { ui::NEE }}</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
                <p class="source">{ui::EIGEN_BRON}</p>
            </main>
            {site_footer_at("../")}
        </>
    }
}
