//! The slides as views: one function per kind of slide, and the slide with its notes that
//! presenter mode, the speaker view and the handout all show.

use yew::prelude::*;

use crate::claims::{Check, Verdict, LIMIT};
use crate::components::checks::{claim_figure, verdict_mark, verdict_words};
use crate::components::figures::{key_dates, key_rows};
use crate::components::key_figures::figure_lines;
use crate::content::{fill, ui, CHECKS, PRESENTATION, STEP_HEADS};
use crate::indicators::GroupValues;
use crate::map::Map;
use crate::municipality::Municipality;
use crate::numbers::nl_int;
use crate::on_demand::Shared;
use crate::slides::SlideKind;
use crate::stats::KeyFigures;

use super::follow::title_code;
use super::slide_map::SlideMap;
use crate::location::{current, href};
use crate::route::Mode;

/// What the slides draw from the data, computed once per load rather than on every slide
/// change (every slide is in the page, so each render would redo it).
pub struct Figures {
    /// Every municipality.
    pub all: Shared<Vec<Municipality>>,
    /// The key figures (of `all`), for their slides.
    pub key: KeyFigures,
    /// The groups' values of every indicator.
    pub groups: GroupValues,
    /// The memo's claims, checked.
    pub checks: Vec<Check>,
    /// The municipalities' outlines, once loaded (for the key figures' map).
    pub map: Option<Shared<Map>>,
    /// Copies of the page's charts (built with it), by name: the mergers (`reeks`) and the
    /// checks' spreads (their ids). Each is on one slide.
    pub charts: Vec<(&'static str, web_sys::Node)>,
}

impl Figures {
    /// The copy of the page's chart `name`, if the page has it.
    fn chart(&self, name: &str) -> Html {
        self.charts
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, node)| Html::VRef(node.clone()))
            .unwrap_or_default()
    }
}

/// The name of the mergers chart in the page ([`crate::contract::chart_id`]).
pub const SERIES_CHART: &str = "reeks";

/// [`Figures`], if the data is there.
pub type SlideData = Option<Shared<Figures>>;

/// The slide's title, for the live region and the speaker view.
pub fn slide_title(kind: SlideKind, chosen: Option<&Municipality>) -> String {
    match kind {
        SlideKind::Title => PRESENTATION.title.to_owned(),
        SlideKind::Message(n, k) => PRESENTATION.steps[n].messages[k].heading.to_owned(),
        SlideKind::KeyFigure(_) => ui::KERN_KOP.to_owned(),
        SlideKind::Quote(n) => fill(ui::DIA_CITAAT_TITEL, &[("stap", STEP_HEADS[n].name)]),
        SlideKind::Municipality(_) => fill(
            ui::EIGEN_KOP,
            &[("naam", chosen.map(|m| m.name.as_str()).unwrap_or_default())],
        ),
        SlideKind::Checks(_) => ui::TOETS_KOP.to_owned(),
        SlideKind::Check(i) => CHECKS[i].title.to_owned(),
        SlideKind::CheckChart(i) => fill(ui::DIA_GRAFIEK_TITEL, &[("titel", CHECKS[i].title)]),
        SlideKind::Series(_) => ui::REEKS_TITEL.to_owned(),
        SlideKind::Closing => ui::DIA_SLOT_TITEL.to_owned(),
    }
}

/// A quotation of the memo, centred, under its label.
fn quotation(heading: String, label: String, text: &'static str) -> Html {
    html! {
        <div class="slide__center">
            <h2 id={heading} class="slide__label">{label}</h2>
            <blockquote class="slide__quote"><p>{text}</p></blockquote>
            <p class="slide__source">{ui::DIA_BRON_NOTITIE}</p>
        </div>
    }
}

/// A titled slide of figures with its source line.
fn figures_slide(heading: String, title: String, body: Html, source: impl Into<AttrValue>) -> Html {
    let source = source.into();
    html! {
        <>
            <h2 id={heading}>{title}</h2>
            {body}
            <p class="slide__source">{source}</p>
        </>
    }
}

/// The content of one slide.
fn slide_body(kind: SlideKind, data: &SlideData, chosen: Option<&Municipality>, id: &str) -> Html {
    let heading = format!("{id}-kop");
    let title = slide_title(kind, chosen);
    match (kind, data.as_deref()) {
        (SlideKind::Title, _) => html! {
            <div class="slide__title">
                <p class="slide__label">{ui::MERK}</p>
                <h2 id={heading}>{title}</h2>
                <p class="slide__lead">{PRESENTATION.subtitle}</p>
                {title_code()}
            </div>
        },
        (SlideKind::Message(n, k), _) => {
            let message = &PRESENTATION.steps[n].messages[k];
            html! {
                <div class="slide__message">
                    <p class="slide__label">
                        {STEP_HEADS[n].name}{" · "}{ui::IN_HET_KORT_LABEL}
                    </p>
                    <h2 id={heading}>{title}</h2>
                    if !message.text.is_empty() {
                        <p class="slide__lead">{message.text}</p>
                    }
                    if !message.points.is_empty() {
                        <ul class="slide__points">
                            { for message.points.iter().map(|point| html! { <li>{*point}</li> }) }
                        </ul>
                    }
                </div>
            }
        }
        (SlideKind::KeyFigure(k), Some(figures)) => key_figure(k, heading, figures),
        (SlideKind::Quote(n), _) => quotation(
            heading,
            title,
            PRESENTATION.steps[n].quote.unwrap_or_default(),
        ),
        (SlideKind::Closing, _) => quotation(heading, title, PRESENTATION.closing_quote),
        (SlideKind::Municipality(_), Some(figures)) => match chosen {
            Some(m) => figures_slide(
                heading,
                title,
                key_rows(m, &figures.groups),
                fill(
                    ui::DIA_BRON_GEMEENTE,
                    &[("peildata", &key_dates(m, &figures.groups))],
                ),
            ),
            None => Html::default(),
        },
        (SlideKind::Checks(n), Some(figures)) => {
            let of_step = || {
                figures
                    .checks
                    .iter()
                    .filter(move |c| c.copy.step == STEP_HEADS[n].id)
            };
            // The checks the open data cannot test, on one line: the slide is for the others.
            let untestable: Vec<&str> = of_step()
                .filter(|c| c.verdict == Verdict::CannotTest)
                .map(|c| c.copy.title)
                .collect();
            let untestable_mark = verdict_mark(Verdict::CannotTest);
            let list = html! {
                <ul class="slide__checks">
                    { for of_step().filter(|c| c.verdict != Verdict::CannotTest).map(|c| {
                        let (symbol, class) = verdict_mark(c.verdict);
                        html! {
                            <li class={classes!("check", class)}>
                                <span class="check__symbol" aria-hidden="true">{symbol}</span>
                                <span><strong>{c.copy.title}</strong>{": "}{c.verdict.text()}</span>
                            </li>
                        }
                    }) }
                    if !untestable.is_empty() {
                        <li class={classes!("check", untestable_mark.1)}>
                            <span class="check__symbol" aria-hidden="true">{untestable_mark.0}</span>
                            <span>{fill(ui::DIA_NIET_TE_TOETSEN, &[("titels", &untestable.join(", "))])}</span>
                        </li>
                    }
                </ul>
            };
            figures_slide(heading, title, list, ui::DIA_BRON_TOETSEN)
        }
        (SlideKind::Check(i), Some(figures)) => match figures.checks.get(i) {
            Some(check) => check_slide(heading, check),
            None => Html::default(),
        },
        (SlideKind::CheckChart(i), Some(figures)) => match figures.checks.get(i) {
            Some(check) => html! {
                <>
                    <p class="slide__label">{ui::TOETS_KOP}</p>
                    <h2 id={heading}>{title}</h2>
                    <div class="slide__spread">{figures.chart(check.copy.id)}</div>
                    <p class="slide__source">{fill(ui::DIA_BRON_TOETS, &[("bronnen", &check.copy.sources.join("; "))])}</p>
                </>
            },
            None => Html::default(),
        },
        (SlideKind::Series(_), Some(figures)) => figures_slide(
            heading,
            title,
            html! {
                <>
                    {figures.chart(SERIES_CHART)}
                    <p class="slide__legend">{ui::REEKS_LEGENDA}</p>
                </>
            },
            ui::DIA_BRON_REEKS,
        ),
        (
            SlideKind::Municipality(_)
            | SlideKind::Checks(_)
            | SlideKind::Check(_)
            | SlideKind::CheckChart(_)
            | SlideKind::KeyFigure(_)
            | SlideKind::Series(_),
            None,
        ) => Html::default(),
    }
}

/// Key figure `k` in a big number with its words (the same as on the start step), the
/// first beside the map of the small municipalities.
fn key_figure(k: usize, heading: String, figures: &Figures) -> Html {
    let Some((number, words)) = figure_lines(&figures.key).into_iter().nth(k) else {
        return Html::default();
    };
    let map = (k == 0).then_some(figures.map.as_ref()).flatten();
    html! {
        <div class={classes!("slide__key", map.is_some().then_some("slide__key--map"))}>
            <div class="slide__key-text">
                <p class="slide__label">{ui::KERN_KOP}</p>
                <h2 id={heading}>
                    <span class="slide__number">{number}</span>{" "}{words}
                </h2>
                if map.is_some() {
                    <p class="slide__legend"><span class="slide__swatch" aria-hidden="true"></span>{ui::KERN_DIA_LEGENDA}</p>
                }
                <p class="slide__source">
                    {ui::KERN_BRON}
                    if map.is_some() { {" "}{ui::KERN_DIA_KAART_BRON} }
                </p>
            </div>
            if let Some(map) = map {
                <SlideMap map={map.clone()} all={figures.all.clone()}
                          label={fill(ui::KERN_DIA_KAART, &[("aantal", &nl_int(figures.key.small as u64))])} />
            }
        </div>
    }
}

/// One check: the claim (word for word, with where it is made), the verdict, what was
/// measured, and the sources with their dates.
fn check_slide(heading: String, check: &Check) -> Html {
    let copy = check.copy;
    html! {
        <>
            <h2 id={heading}>{copy.title}</h2>
            {claim_figure("slide__claim", copy.slide_claim, copy.claim_source)}
            <p class={classes!("check", "check__verdict", verdict_mark(check.verdict).1)}>
                {verdict_words(check.verdict)}
            </p>
            if let Some(measured) = measured(check) {
                <p class="slide__measure">{measured}</p>
            }
            <p class="slide__source">{fill(ui::DIA_BRON_TOETS, &[("bronnen", &copy.sources.join("; "))])}</p>
        </>
    }
}

/// What a check measured at 25,000 inhabitants, one measure after the other ("kWp per
/// inwoner: klein 1,93, overig 1,38; …"), for its line on a slide.
fn measured(check: &Check) -> Option<String> {
    let lines: Vec<String> = check
        .robustness
        .iter()
        .filter(|r| r.limit == LIMIT)
        .map(|r| {
            let template = if r.above.is_some() {
                ui::DIA_GEMETEN
            } else {
                ui::DIA_GEMETEN_OMVANG
            };
            fill(
                template,
                &[
                    ("maat", r.measure),
                    ("klein", &r.small),
                    ("overig", &r.rest),
                ],
            )
        })
        .collect();
    (!lines.is_empty()).then(|| lines.join("; "))
}

/// One slide: its body, and its notes (shown in the handout and when printing).
pub fn slide(
    kind: SlideKind,
    n: usize,
    data: &SlideData,
    chosen: Option<&Municipality>,
    shown: bool,
    prefix: &str,
) -> Html {
    let id = format!("{prefix}-{}", n + 1);
    html! {
        <div class="slide-page" hidden={!shown}>
            <section class={classes!("slide", (kind == SlideKind::Title).then_some("slide--title"))}
                     aria-labelledby={format!("{id}-kop")}>
                {slide_body(kind, data, chosen, &id)}
            </section>
            <aside class="slide__notes" aria-label={ui::NOTITIES}>
                <h3>{fill(ui::NOTITIES_BIJ, &[("n", &(n + 1).to_string())])}</h3>
                <p>{kind.notes()}</p>
            </aside>
        </div>
    }
}

/// The key help, a modal dialog over the slides; `close_ref` is its close button (which
/// gets the focus).
pub fn key_help(on_close: Callback<MouseEvent>, close_ref: NodeRef) -> Html {
    html! {
        <div class="presenter__help" role="dialog" aria-modal="true" aria-labelledby="toetsen-kop">
            <h2 id="toetsen-kop">{ui::DIA_TOETSEN_KOP}</h2>
            <dl class="presenter__keys">
                { for ui::DIA_TOETSEN.split('|').map(|pair| {
                    let (keys, what) = pair.split_once('=').unwrap_or((pair, ""));
                    html! { <><dt>{keys.to_owned()}</dt><dd>{what.to_owned()}</dd></> }
                }) }
            </dl>
            // The pre-flight, with this presentation's municipality and planned length.
            <p><a href={href(&current().opening(Mode::Check))}>{ui::DIA_CONTROLE_LINK}</a></p>
            <button type="button" class="presenter__button" ref={close_ref} onclick={on_close}>{ui::DIA_HULP_SLUITEN}</button>
        </div>
    }
}
