//! The chosen municipalities' figures next to the groups, by theme, as a table or as charts,
//! with a CSV download of the table: in the comparison (on-demand module) and, the table, on
//! the municipality pages (build time). The catalogue and the maths are [`crate::indicators`].

use yew::prelude::*;

use crate::content::{fill, ui};
use crate::contract::FIGURES_HEADING_ID;
use crate::indicators::{
    headings, number, percent_encode, rows, table_csv, Column, GroupValues, Row, KEY_INDICATORS,
};
use crate::municipality::Municipality;
use crate::numbers::fixed;
use crate::stats::{rank, rank_words};

/// The rows of the key figures ([`KEY_INDICATORS`]) for `m`, in catalogue order.
fn key_indicator_rows(m: &Municipality, groups: &GroupValues) -> impl Iterator<Item = Row> {
    rows(&[m], groups)
        .into_iter()
        .flat_map(|(_, rows)| rows)
        .filter(|row| KEY_INDICATORS.contains(&row.label))
}

/// The key figures' reference dates, for a slide's source line ("Inwoners: 1 januari 2024;
/// …"), in the order of [`key_rows`].
pub fn key_dates(m: &Municipality, groups: &GroupValues) -> String {
    key_indicator_rows(m, groups)
        .map(|row| format!("{}: {}", row.label, row.date))
        .collect::<Vec<_>>()
        .join("; ")
}

/// A few key figures of `m` beside the typical small and larger municipality and the
/// Netherlands: a table small enough for a slide.
pub fn key_rows(m: &Municipality, groups: &GroupValues) -> Html {
    let shown = [
        Column::TypicalSmall,
        Column::TypicalLarge,
        Column::Netherlands,
    ];
    html! {
        <table class="slide__table">
            <thead>
                <tr>
                    <th scope="col">{ui::KOLOM_ONDERWERP}</th>
                    <th scope="col">{m.name.clone()}</th>
                    { for shown.iter().map(|c| html! { <th scope="col">{c.heading()}</th> }) }
                </tr>
            </thead>
            <tbody>
                { for key_indicator_rows(m, groups).map(|row| html! {
                        <tr>
                            <th scope="row">{row.label}</th>
                            <td>{number(row.values[0], row.decimals)}</td>
                            { for shown.iter().map(|c| html! { <td>{number(row.group(*c), row.decimals)}</td> }) }
                        </tr>
                    }) }
            </tbody>
        </table>
    }
}

/// How the figures are shown: as a table or as charts.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum FiguresAs {
    /// The table (the default, and the charts' text alternative).
    Table,
    /// A bar chart per indicator.
    Charts,
}

/// The figures as a table, theme by theme, each row with its reference date; the first
/// `owns` columns are the chosen municipalities'.
pub fn table(
    caption: &str,
    headings: &[String],
    themes: &[(&'static str, Vec<Row>)],
    owns: usize,
) -> Html {
    let width = headings.len() + 1;
    html! {
        // The caption stands above the scrolling box, so it is never cut off when the table
        // is wider than the screen; it names both the box and the table.
        <>
        <p id="cijfers-bijschrift" class="figures__caption">{caption.to_owned()}</p>
        <div class="figures__scroll" role="region" tabindex="0" aria-labelledby="cijfers-bijschrift">
            <table class="figures__table" aria-labelledby="cijfers-bijschrift">
                <thead>
                    <tr>
                        <th scope="col">{ui::KOLOM_ONDERWERP}</th>
                        { for headings.iter().map(|c| html! { <th scope="col">{c.clone()}</th> }) }
                    </tr>
                </thead>
                { for themes.iter().map(|(theme, rows)| html! {
                    <tbody>
                        <tr class="figures__theme"><th scope="colgroup" colspan={width.to_string()}>{*theme}</th></tr>
                        { for rows.iter().map(|row| html! {
                            <tr>
                                <th scope="row">
                                    {row.label}
                                    <span class="figures__date">{fill(ui::PEILDATUM, &[("datum", row.date)])}</span>
                                </th>
                                { for row.cells().into_iter().enumerate().map(|(n, c)| html! {
                                    <td class={classes!((n < owns).then_some("figures__own"))}>{c}</td>
                                }) }
                            </tr>
                        }) }
                    </tbody>
                }) }
            </table>
        </div>
        </>
    }
}

/// Chart geometry (SVG user units).
const WIDTH: f64 = 480.0;
const BAR_ROW: f64 = 40.0;
const BAR: f64 = 16.0;
const VALUE_ROOM: f64 = 96.0;

/// One bar chart: every chosen municipality, the typical municipality of each group and the
/// Netherlands (left out where it is a sum, which would dwarf the rest; the groups as a whole
/// are in the table). Each bar is labelled with its name and value: nothing depends on colour.
fn chart(headings: &[String], row: &Row, owns: usize, id: &str) -> Html {
    let last = row.values.len() - 1;
    let drawn = |n: usize| match n.checked_sub(owns) {
        None => true,
        Some(group) => group == 0 || group == 2 || (n == last && !row.is_sum),
    };
    let bars: Vec<(usize, f64)> = row
        .values
        .iter()
        .enumerate()
        .filter(|(n, _)| drawn(*n))
        .filter_map(|(n, v)| v.map(|v| (n, v)))
        .collect();
    let missing: Vec<&str> = row
        .values
        .iter()
        .enumerate()
        .filter(|(n, v)| v.is_none() && *n < owns)
        .map(|(n, _)| headings[n].as_str())
        .collect();
    let low = bars.iter().map(|b| b.1).fold(0.0_f64, f64::min);
    let high = bars.iter().map(|b| b.1).fold(0.0_f64, f64::max);
    let span = if high - low > 0.0 { high - low } else { 1.0 };
    let x = |v: f64| (WIDTH - VALUE_ROOM) * (v - low) / span;
    let height = BAR_ROW * bars.len() as f64;
    let cells = row.cells();
    let summary: Vec<String> = bars
        .iter()
        .map(|(n, _)| format!("{}: {}", headings[*n], cells[*n]))
        .collect();
    html! {
        <figure class="chart chart--bars">
            <figcaption id={id.to_owned()}>
                <strong>{row.label}</strong>{" "}
                <span class="figures__date">{fill(ui::PEILDATUM, &[("datum", row.date)])}</span>
            </figcaption>
            <svg class="chart__svg" viewBox={format!("0 0 {} {}", fixed(WIDTH, 0), fixed(height, 0))} role="img"
                 aria-label={format!("{}. {}", row.label, summary.join("; "))}>
                { for bars.iter().enumerate().map(|(i, (n, v))| {
                    let top = BAR_ROW * i as f64;
                    let (from, to) = (x(0.0_f64.max(low)), x(*v));
                    let (left, width) = (from.min(to), (to - from).abs().max(1.0));
                    html! {
                        <g class={classes!("chart__bar", (*n < owns).then_some("chart__bar--own"))}>
                            <text x="0" y={fixed(top + 14.0, 1)}>{headings[*n].clone()}</text>
                            <rect x={fixed(left, 1)} y={fixed(top + 20.0, 1)}
                                  width={fixed(width, 1)} height={fixed(BAR, 0)} />
                            <text class="chart__value" x={fixed(left + width + 6.0, 1)} y={fixed(top + 33.0, 1)}>
                                {cells[*n].clone()}
                            </text>
                        </g>
                    }
                }) }
            </svg>
            if !missing.is_empty() {
                <p class="note">{fill(ui::GEEN_CIJFER_VOOR, &[("namen", &missing.join(", "))])}</p>
            }
        </figure>
    }
}

fn charts(headings: &[String], themes: &[(&'static str, Vec<Row>)], owns: usize) -> Html {
    html! {
        <div class="figures__charts">
            { for themes.iter().enumerate().map(|(t, (theme, rows))| html! {
                <section class="figures__chart-theme" aria-labelledby={format!("thema-{t}")}>
                    <h4 id={format!("thema-{t}")}>{*theme}</h4>
                    { for rows.iter().enumerate().map(|(r, row)| chart(headings, row, owns, &format!("grafiek-{t}-{r}"))) }
                </section>
            }) }
        </div>
    }
}

/// Whether `m` is small, and its rank by inhabitants, in words.
pub fn status(all: &[Municipality], m: &Municipality) -> Html {
    let small_line = if m.is_small() {
        ui::KLEIN_JA
    } else {
        ui::KLEIN_NEE
    };
    let (position, of) = rank(all, &m.code, |x| Some(x.inhabitants.into())).unwrap_or((0, 0));
    html! {
        <p class="figures__status">
            {fill(small_line, &[("naam", &m.name)])}{" "}
            {fill(ui::RANG_INWONERS, &[("rang", &rank_words(position, of)), ("totaal", &of.to_string())])}
        </p>
    }
}

/// The figures for `chosen` (the first is "your" municipality, up to two more beside it), as
/// a table or as charts, with the rank by population, notes, sources and the CSV download.
pub fn figures(
    all: &[Municipality],
    groups: &GroupValues,
    chosen: &[&Municipality],
    shown_as: FiguresAs,
    on_shown_as: &Callback<FiguresAs>,
) -> Html {
    if chosen.is_empty() {
        return Html::default();
    }
    let headings = headings(chosen);
    let themes = rows(chosen, groups);
    let csv_href = format!(
        "data:text/csv;charset=utf-8,{}",
        percent_encode(&table_csv(&headings, &themes))
    );
    let names: Vec<&str> = chosen.iter().map(|m| m.name.as_str()).collect();
    let csv_name = format!(
        "cijfers-{}.csv",
        chosen
            .iter()
            .map(|m| m.code.as_str())
            .collect::<Vec<_>>()
            .join("-")
    );
    let status = chosen.iter().map(|m| {
        html! {
            <>
                {status(all, m)}
                <p><a href={m.page()}>{fill(ui::GEMEENTE_PAGINA, &[("naam", &m.name)])}</a></p>
            </>
        }
    });
    let switch = |to: FiguresAs, text: &'static str| {
        let onclick = on_shown_as.reform(move |_: MouseEvent| to);
        html! {
            <button type="button" class="button figures__switch" aria-pressed={(shown_as == to).to_string()} {onclick}>
                {text}
            </button>
        }
    };
    html! {
        <div class="figures">
            <h3 id={FIGURES_HEADING_ID} tabindex="-1">{fill(ui::CIJFERS_KOP, &[("naam", &names.join(", "))])}</h3>
            { for status }
            <div class="figures__switches" role="group" aria-label={ui::WEERGAVE}>
                {switch(FiguresAs::Table, ui::ALS_TABEL)}
                {switch(FiguresAs::Charts, ui::ALS_GRAFIEK)}
            </div>
            { match shown_as {
                FiguresAs::Table => table(ui::CIJFERS_BIJSCHRIFT, &headings, &themes, chosen.len()),
                FiguresAs::Charts => charts(&headings, &themes, chosen.len()),
            } }
            <p class="note">{ui::UITLEG_GEMIDDELDEN}</p>
            <p class="note">{ui::UITLEG_GEEN_CIJFER}</p>
            <p class="source">{ui::CIJFERS_BRON}</p>
            <p><a href={csv_href} download={csv_name} class="figures__download">{ui::DOWNLOAD_CSV}</a></p>
        </div>
    }
}
