//! "Wat zeggen de cijfers?" in the steps: every check of [`crate::claims`] with its verdict,
//! its inputs and its sources (placed by [`crate::on_demand::in_steps`]).

use yew::prelude::*;

use crate::on_demand::Shared;

use crate::claims::{checks, Check, Verdict, ABOUT_LIMIT, LIMIT};
use crate::content::{fill, ui};
use crate::municipality::Municipality;
use crate::numbers::{fixed, nl_int};
use crate::stats::{missing_years, runs, YearCount};

/// A symbol beside the verdict's words, so the verdict is never told by colour alone.
pub fn verdict_mark(verdict: Verdict) -> (&'static str, &'static str) {
    match verdict {
        Verdict::Supported => ("✓", "check--supported"),
        Verdict::Partly => ("◐", "check--partly"),
        Verdict::DependsOnMeasure => ("◑", "check--partly"),
        Verdict::NotSupported => ("✗", "check--not-supported"),
        Verdict::CannotTest => ("?", "check--cannot-test"),
    }
}

/// One check: the claim, the verdict, what the figures say, the inputs and the sources.
fn check(check: &Check, series: &[YearCount]) -> Html {
    let copy = check.copy;
    let (symbol, class) = verdict_mark(check.verdict);
    let heading = format!("toets-{}", copy.id);
    html! {
        <article class={classes!("check", class)} aria-labelledby={heading.clone()}>
            <h4 id={heading} class="check__title">{copy.title}</h4>
            <figure class="check__claim">
                <blockquote><p>{copy.claim}</p></blockquote>
                <figcaption>{fill(ui::TOETS_BEWERING_BRON, &[("bron", copy.claim_source)])}</figcaption>
            </figure>
            <p class="check__verdict">
                <span class="check__symbol" aria-hidden="true">{symbol}</span>
                <strong>{check.verdict.text()}</strong>
            </p>
            <p>{check.explanation.clone()}</p>
            if copy.id == "herindeling" { {series_chart(series)} }
            if !check.robustness.is_empty() { {robustness_table(check)} }
            if !copy.needed.is_empty() {
                <p><strong>{ui::TOETS_NODIG}</strong>{" "}{copy.needed}</p>
            }
            if !check.inputs.is_empty() {
                <details class="check__inputs">
                    <summary>{ui::TOETS_BEREKENING}</summary>
                    <table class="check__table">
                        <caption>{fill(ui::TOETS_BEREKENING_BIJSCHRIFT, &[("titel", copy.title)])}</caption>
                        <tbody>
                            { for check.inputs.iter().map(|(label, value)| html! {
                                <tr><th scope="row">{*label}</th><td>{value.clone()}</td></tr>
                            }) }
                        </tbody>
                    </table>
                </details>
            }
            if !copy.sources.is_empty() {
                <p class="source">{format!("{} {}", ui::BRONNEN_DUBBELEPUNT, copy.sources.join("; "))}</p>
            }
        </article>
    }
}

/// "Hoe stevig is dit oordeel?": the check at other population limits and with other
/// measures, each line with its verdict (words and symbol).
fn robustness_table(check: &Check) -> Html {
    let contribution = check.robustness.iter().any(|r| r.above.is_some());
    let verdict = |v: Verdict| {
        let (symbol, _) = verdict_mark(v);
        html! { <td><span aria-hidden="true">{format!("{symbol} ")}</span>{v.text()}</td> }
    };
    html! {
        <div class="check__robust">
            <h5>{ui::STEVIG_KOP}</h5>
            <p class="note">{ui::STEVIG_UITLEG}</p>
            <div class="check__scroll" tabindex="0" role="region"
                 aria-label={fill(ui::STEVIG_BIJSCHRIFT, &[("titel", check.copy.title)])}>
                <table class="check__table check__table--robust">
                    <caption>{fill(ui::STEVIG_BIJSCHRIFT, &[("titel", check.copy.title)])}</caption>
                    <thead><tr>
                        <th scope="col">{ui::KOLOM_GRENS}</th>
                        if contribution {
                            <th scope="col">{ui::KOLOM_MAAT}</th>
                            <th scope="col">{ui::KOLOM_KLEIN}</th>
                            <th scope="col">{ui::KOLOM_OVERIG}</th>
                            <th scope="col">{ui::KOLOM_BOVEN}</th>
                        } else {
                            <th scope="col">{ui::KOLOM_INWONERS_GEMEENTEN}</th>
                            <th scope="col">{ui::KOLOM_DEEL_OPPERVLAKTE}</th>
                        }
                        <th scope="col">{ui::KOLOM_OORDEEL}</th>
                    </tr></thead>
                    <tbody>
                        { for check.robustness.iter().map(|r| {
                            let limit = nl_int(r.limit.into());
                            let limit = if r.limit == ABOUT_LIMIT {
                                fill(ui::GRENS_ONGEVEER, &[("grens", &limit)])
                            } else {
                                limit
                            };
                            html! {
                                <tr class={classes!((r.limit == LIMIT).then_some("check__row--headline"))}>
                                    <th scope="row">{limit}</th>
                                    if let Some((above, of)) = r.above {
                                        <td>{r.measure}</td>
                                        <td>{r.small.clone()}</td>
                                        <td>{r.rest.clone()}</td>
                                        <td>{fill(ui::BOVEN_VAN, &[("n", &nl_int(above as u64)), ("totaal", &nl_int(of as u64))])}</td>
                                    } else {
                                        <td>{r.small.clone()}</td>
                                        <td>{r.rest.clone()}</td>
                                    }
                                    {verdict(r.verdict)}
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
        </div>
    }
}

/// Chart geometry (SVG user units): narrow enough that the labels stay legible on a phone.
const WIDTH: f64 = 480.0;
const HEIGHT: f64 = 260.0;
const LEFT: f64 = 52.0;
const RIGHT: f64 = 24.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 32.0;
/// Step between the count axis' lines.
const COUNT_STEP: u32 = 300;

/// The number of municipalities per year as points; a line joins only consecutive years, so
/// the years without a count stay visibly empty. `id` makes its ids unique on the page.
pub fn series_svg(series: &[YearCount], id: &str) -> Html {
    let (Some(first), Some(last)) = (series.first(), series.last()) else {
        return Html::default();
    };
    let (from, to) = (
        first.year - first.year % 50,
        last.year + 10 - last.year % 10,
    );
    let highest = series.iter().map(|c| c.count).max().unwrap_or(0);
    let top = (highest / COUNT_STEP + 1) * COUNT_STEP;
    let x =
        |year: u32| LEFT + (WIDTH - LEFT - RIGHT) * f64::from(year - from) / f64::from(to - from);
    let y = |count: u32| TOP + (HEIGHT - TOP - BOTTOM) * (1.0 - f64::from(count) / f64::from(top));
    let missing = missing_years(series).len().to_string();
    let description = fill(
        ui::REEKS_BESCHRIJVING,
        &[
            ("eerste_jaar", &first.year.to_string()),
            ("eerste_aantal", &nl_int(first.count.into())),
            ("laatste_jaar", &last.year.to_string()),
            ("laatste_aantal", &nl_int(last.count.into())),
            ("ontbrekend", &missing),
        ],
    );
    let (title, desc) = (format!("{id}-titel"), format!("{id}-beschrijving"));
    html! {
            <svg class="chart__svg" viewBox={format!("0 0 {} {}", fixed(WIDTH, 0), fixed(HEIGHT, 0))} role="img"
                 aria-labelledby={format!("{title} {desc}")}>
                <title id={title}>{ui::REEKS_TITEL}</title>
                <desc id={desc}>{description}</desc>
                { for (0..=top).step_by(COUNT_STEP as usize).map(|count| html! {
                    <g class="chart__grid">
                        <line x1={fixed(LEFT, 0)} x2={fixed(WIDTH - RIGHT, 0)}
                              y1={fixed(y(count), 1)} y2={fixed(y(count), 1)} />
                        <text x={fixed(LEFT - 6.0, 0)} y={fixed(y(count) + 5.0, 1)} text-anchor="end">
                            {nl_int(count.into())}
                        </text>
                    </g>
                }) }
                { for (from..=to).step_by(50).map(|year| html! {
                    <text class="chart__axis" x={fixed(x(year), 1)} y={fixed(HEIGHT - 8.0, 0)} text-anchor="middle">
                        {year.to_string()}
                    </text>
                }) }
                { for runs(series).into_iter().map(|run| {
                    let points: Vec<String> = run
                        .iter()
                        .map(|c| format!("{},{}", fixed(x(c.year), 1), fixed(y(c.count), 1)))
                        .collect();
                    html! { <polyline class="chart__line" points={points.join(" ")} /> }
                }) }
                { for series.iter().map(|c| html! {
                    <circle class="chart__point" cx={fixed(x(c.year), 1)} cy={fixed(y(c.count), 1)} r="2.5" />
                }) }
            </svg>
    }
}

/// [`series_svg`] with its legend, and the table as its text alternative.
pub fn series_chart(series: &[YearCount]) -> Html {
    html! {
        <figure class="chart">
            {series_svg(series, "reeks")}
            <figcaption>{ui::REEKS_LEGENDA}</figcaption>
            <details>
                <summary>{ui::REEKS_TABEL}</summary>
                <table class="check__table">
                    <caption>{ui::REEKS_TITEL}</caption>
                    <thead><tr>
                        <th scope="col">{ui::KOLOM_JAAR}</th>
                        <th scope="col">{ui::KOLOM_AANTAL_GEMEENTEN}</th>
                        <th scope="col">{ui::BRON}</th>
                    </tr></thead>
                    <tbody>
                        { for series.iter().map(|c| html! {
                            <tr><th scope="row">{c.year.to_string()}</th><td>{nl_int(c.count.into())}</td><td>{c.source.clone()}</td></tr>
                        }) }
                    </tbody>
                </table>
            </details>
        </figure>
    }
}

/// Props of [`StepChecks`].
#[derive(Properties, PartialEq)]
pub struct StepChecksProps {
    /// Every municipality.
    pub all: Shared<Vec<Municipality>>,
    /// The number of municipalities per year.
    pub series: Shared<Vec<YearCount>>,
    /// The step whose checks to show.
    pub step: &'static str,
}

/// The checks of a step, under their heading. A component, so choosing a municipality
/// (which re-renders the line beside it) leaves the checks alone.
#[component]
pub fn StepChecks(props: &StepChecksProps) -> Html {
    let computed = use_memo(
        (props.all.clone(), props.series.clone()),
        |(all, series)| checks(all, series),
    );
    let (series, step) = (&props.series, props.step);
    let heading = format!("cijfers-{step}-kop");
    html! {
        <section class="checks" aria-labelledby={heading.clone()}>
            <h3 id={heading}>
                {format!("{} ", ui::TOETS_KOP)}<span class="label">{ui::TOETS_LABEL}</span>
            </h3>
            <p class="note">{ui::TOETS_UITLEG}</p>
            { for computed.iter().filter(|c| c.copy.step == step).map(|c| check(c, series)) }
        </section>
    }
}
