//! "Wat zeggen de cijfers?" in the steps: every check of [`crate::claims`] with its verdict,
//! its reasoning, its charts and its sources, rendered at build time into the step
//! ([`crate::components::step_view`]), so it is there without JavaScript, in print and for
//! search engines. Presenter mode draws its slides with [`verdict_mark`], [`claim_figure`] and
//! [`verdict_words`], and shows copies of the charts (ids from [`chart_id`]).

use yew::prelude::*;

use crate::claims::{Check, Spread, Verdict, ABOUT_LIMIT, LIMIT};
use crate::content::{fill, ui};
use crate::contract::chart_id;
use crate::numbers::{fixed, nl_dec, nl_int, nl_signed};
use crate::stats::{missing_years, runs, sources_by_years, YearCount};

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

/// A claim as a quotation (`claim`, word for word) with where it is made (`source`), in a
/// figure with the class `class`.
pub fn claim_figure(class: &'static str, claim: &'static str, source: &'static str) -> Html {
    html! {
        <figure {class}>
            <blockquote><p>{claim}</p></blockquote>
            <figcaption>{fill(ui::TOETS_BEWERING_BRON, &[("bron", source)])}</figcaption>
        </figure>
    }
}

/// A verdict's symbol (hidden from screen readers, which read the words) and its words.
pub fn verdict_words(verdict: Verdict) -> Html {
    html! {
        <>
            <span class="check__symbol" aria-hidden="true">{verdict_mark(verdict).0}</span>
            <strong>{verdict.text()}</strong>
        </>
    }
}

/// One check: the claim, the verdict, what the figures say, the inputs and the sources.
fn check(check: &Check, series: &[YearCount]) -> Html {
    let copy = check.copy;
    let heading = format!("toets-{}", copy.id);
    html! {
        <article class={classes!("check", verdict_mark(check.verdict).1)} aria-labelledby={heading.clone()}>
            <h4 id={heading} class="check__title">{copy.title}</h4>
            {claim_figure("check__claim", copy.claim, copy.claim_source)}
            <p class="check__verdict">{verdict_words(check.verdict)}</p>
            <p>{check.explanation.clone()}</p>
            if copy.id == "herindeling" { {series_chart(series)} }
            if let Some(spread) = &check.spread { {spread_chart(spread, copy.id)} }
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
    // The caption outside the table: in a table wider than a phone it would scroll away.
    let caption = format!("stevig-{}", check.copy.id);
    html! {
        <div class="check__robust">
            <h5>{ui::STEVIG_KOP}</h5>
            <p class="note">{ui::STEVIG_UITLEG}</p>
            <p class="check__caption" id={caption.clone()}>{fill(ui::STEVIG_BIJSCHRIFT, &[("titel", check.copy.title)])}</p>
            <div class="check__scroll" tabindex="0" role="region" aria-labelledby={caption.clone()}>
                <table class="check__table check__table--robust" aria-labelledby={caption}>
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

/// Every municipality as a dot on one line per group (small, the others), with the national
/// figure as a vertical line: how the municipalities spread, not only the group totals. A
/// ratio on a doubling scale (a few municipalities have eight times the national solar
/// capacity), a change on a linear one. `id` makes its ids unique on the page.
fn spread_chart(spread: &Spread, id: &str) -> Html {
    const H: f64 = 170.0;
    let values = spread.small.iter().chain(&spread.rest).copied();
    let (min, max) = values.fold((f64::MAX, f64::MIN), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let doubling = !spread.percent_change;
    // ln / ln 2 rather than log2: the module already carries ln (for the peers), not log2.
    let log2 = |v: f64| v.max(1e-6).ln() / std::f64::consts::LN_2;
    let (from, to, ticks): (f64, f64, Vec<f64>) = if doubling {
        let (lo, hi) = (log2(min).floor(), log2(max).ceil());
        let ticks = (lo as i32..=hi as i32).map(|e| 2f64.powi(e)).collect();
        (lo, hi, ticks)
    } else {
        let (lo, hi) = ((min / 2.0).floor() * 2.0, (max / 2.0).ceil() * 2.0);
        let ticks = (0..=((hi - lo) / 2.0) as i32)
            .map(|k| lo + 2.0 * f64::from(k))
            .collect();
        (lo, hi, ticks)
    };
    let x = |v: f64| {
        let v = if doubling { log2(v) } else { v };
        LEFT + (WIDTH - LEFT - RIGHT) * (v - from) / (to - from).max(1e-9)
    };
    let rows = [
        (ui::KOLOM_KLEIN, &spread.small, 52.0, true),
        (ui::KOLOM_OVERIG, &spread.rest, 112.0, false),
    ];
    let (title, desc) = (
        format!("spreiding-{id}-titel"),
        format!("spreiding-{id}-beschrijving"),
    );
    let description = fill(
        ui::SPREIDING_BESCHRIJVING,
        &[
            ("nederland", &spread.text(spread.national)),
            ("klein", &nl_int(spread.small.len() as u64)),
            ("boven_klein", &nl_int(spread.above(&spread.small) as u64)),
            ("overig", &nl_int(spread.rest.len() as u64)),
            ("boven_overig", &nl_int(spread.above(&spread.rest) as u64)),
        ],
    );
    let national = x(spread.national);
    // Whole numbers on the axis (0,25 and 0,5 below one).
    let tick = |t: f64| {
        if doubling {
            nl_dec(t, if t < 1.0 { 2 } else { 0 })
        } else {
            format!("{}%", nl_signed(t, 0))
        }
    };
    html! {
        <figure class="chart" id={chart_id(id)}>
            <svg class="chart__svg" viewBox={format!("0 0 {} {}", fixed(WIDTH, 0), fixed(H, 0))} role="img"
                 aria-labelledby={format!("{title} {desc}")}>
                <title id={title}>{fill(ui::SPREIDING_TITEL, &[("maat", spread.measure)])}</title>
                <desc id={desc}>{description}</desc>
                { for rows.iter().map(|(label, values, y, filled)| {
                    // A small fixed offset per dot, so that equal values stay visible.
                    let jitter = |i: usize| ((i * 7) % 9) as f64 * 2.0 - 8.0;
                    let d = dots(values.iter().enumerate().map(|(i, v)| (x(*v), y + jitter(i))));
                    html! {
                        <g>
                            <text x={fixed(LEFT, 0)} y={fixed(y - 20.0, 0)}>{*label}</text>
                            <path class={classes!("chart__dots", filled.then_some("chart__dots--small"))} d={d.clone()} />
                            // Open circles: the same dots, smaller, in the background colour.
                            if !filled { <path class="chart__dots chart__dots--hole" {d} /> }
                        </g>
                    }
                }) }
                <line class="chart__national" x1={fixed(national, 1)} x2={fixed(national, 1)} y1="36" y2={fixed(H - 30.0, 0)} />
                { for ticks.iter().map(|t| html! {
                    <text class="chart__axis" x={fixed(x(*t), 1)} y={fixed(H - 8.0, 0)} text-anchor="middle">
                        {tick(*t)}
                    </text>
                }) }
            </svg>
            <figcaption>{fill(ui::SPREIDING_LEGENDA, &[("maat", spread.measure), ("nederland", &spread.text(spread.national))])}</figcaption>
        </figure>
    }
}

/// Dots at `points` as one path of zero-length lines (drawn with round caps, `.chart__dots`):
/// far smaller in the page than a `<circle>` each; whole units (a dot is 6 units across), in
/// rows, each a relative move from the one before ([`crate::map::dots`]).
fn dots(points: impl Iterator<Item = (f64, f64)>) -> String {
    crate::map::dots(points, 1.0)
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
fn series_svg(series: &[YearCount], id: &str) -> Html {
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
            <svg class="chart__svg" id={chart_id(id)} viewBox={format!("0 0 {} {}", fixed(WIDTH, 0), fixed(HEIGHT, 0))}
                 role="img" aria-labelledby={format!("{title} {desc}")}>
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
                        .map(|c| format!("{},{}", fixed(x(c.year), 0), fixed(y(c.count), 0)))
                        .collect();
                    html! { <polyline class="chart__line" points={points.join(" ")} /> }
                }) }
                <path class="chart__points" d={dots(series.iter().map(|c| (x(c.year), y(c.count))))} />
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
                    </tr></thead>
                    <tbody>
                        { for series.iter().map(|c| html! {
                            <tr><th scope="row">{c.year.to_string()}</th><td>{nl_int(c.count.into())}</td></tr>
                        }) }
                    </tbody>
                </table>
                // The source of each year, once per source rather than on every row.
                <p class="source">{ui::REEKS_BRONNEN}</p>
                <ul class="source">
                    { for sources_by_years(series).into_iter().map(|(years, source)| html! {
                        <li>{format!("{years}: {source}")}</li>
                    }) }
                </ul>
            </details>
        </figure>
    }
}

/// The checks of step `step`, under their heading (nothing for a step without checks).
/// Computed once per build from the data files compiled into the build tool. The browser
/// never renders the page's static markup (only its islands), so in WebAssembly this is empty.
pub fn step_checks(step: &str) -> Html {
    #[cfg(not(target_arch = "wasm32"))]
    {
        thread_local! {
            static CHECKED: (Vec<Check>, Vec<YearCount>) = {
                let all = crate::municipality::built();
                let series = crate::stats::parse_series(crate::stats::SERIES)
                    .expect("the series was checked when it was built");
                (crate::claims::checks(&all, &series), series)
            };
        }
        CHECKED.with(|(checks, series)| checks_section(step, checks, series))
    }
    #[cfg(target_arch = "wasm32")]
    {
        let _ = step;
        Html::default()
    }
}

/// The checks of `checks` that belong to step `step`, under their heading (nothing if none
/// does).
pub fn checks_section(step: &str, checks: &[Check], series: &[YearCount]) -> Html {
    let mut shown = checks.iter().filter(|c| c.copy.step == step).peekable();
    if shown.peek().is_none() {
        return Html::default();
    }
    let heading = format!("cijfers-{step}-kop");
    html! {
        <section class="checks" id={section_id(step)} aria-labelledby={heading.clone()}>
            <h3 id={heading}>
                {format!("{} ", ui::TOETS_KOP)}<span class="label">{ui::TOETS_LABEL}</span>
            </h3>
            <p class="note">{ui::TOETS_UITLEG}</p>
            { for shown.map(|c| check(c, series)) }
        </section>
    }
}

/// Id of step `step`'s checks.
pub fn section_id(step: &str) -> String {
    format!("toetsen-{step}")
}
