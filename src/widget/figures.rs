//! The chosen municipalities' figures next to the groups, by theme, as a table or as charts,
//! with a CSV download of the table.

use yew::prelude::*;

use crate::claims::{nl_dec, nl_int};
use crate::content::{fill, ui};
use crate::municipality::Municipality;
use crate::stats::{median, rank, ratio_of_sums, Group};

type Value = fn(&Municipality) -> Option<f64>;

/// How a group as a whole is computed.
#[derive(Clone, Copy)]
enum Whole {
    /// The sum over the members (inhabitants, area).
    Sum,
    /// Numerator and denominator summed over the members, times a factor.
    Ratio(Value, Value, f64),
    /// Not computable from the data without estimating.
    Unavailable,
}

/// One indicator: a row of the table, a chart in the chart view.
struct Indicator {
    label: &'static str,
    /// Reference date or period of the figure.
    date: &'static str,
    /// The municipality's own figure; `None` where CBS publishes none.
    value: Value,
    /// The group as a whole.
    whole: Whole,
    decimals: usize,
}

/// A few indicators under one heading.
struct Theme {
    title: &'static str,
    indicators: Vec<Indicator>,
}

fn themes() -> [Theme; 4] {
    let pop: Value = |m| Some(m.inhabitants.into());
    let land: Value = |m| Some(f64::from(m.land_ha) / 100.0);
    let row = |label, date, value, whole, decimals| Indicator {
        label,
        date,
        value,
        whole,
        decimals,
    };
    // Distances are means over the inhabitants (data/SOURCES.md), so a group's mean is the
    // sum of distance × inhabitants over the inhabitants: exact, no estimate. Municipalities
    // without a figure drop out of both sums (`ratio_of_sums`).
    let distance = |label, date, value, weighted, counted| {
        row(label, date, value, Whole::Ratio(weighted, counted, 1.0), 1)
    };
    [
        Theme {
            title: ui::THEMA_INWONERS,
            indicators: vec![
                row(ui::IND_INWONERS, ui::DATUM_2024, pop, Whole::Sum, 0),
                row(ui::IND_LAND, ui::DATUM_JAAR_2024, land, Whole::Sum, 2),
                row(
                    ui::IND_DICHTHEID,
                    ui::DATUM_2024,
                    |m| Some(m.density.into()),
                    Whole::Ratio(pop, land, 1.0),
                    0,
                ),
                row(
                    ui::IND_STEDELIJKHEID,
                    ui::DATUM_JAAR_2024,
                    |m| Some(m.urbanity.into()),
                    Whole::Unavailable,
                    0,
                ),
                row(
                    ui::IND_OUD,
                    ui::DATUM_2024,
                    |m| Some(100.0 * f64::from(m.aged_65_plus) / f64::from(m.inhabitants)),
                    Whole::Ratio(|m| Some(m.aged_65_plus.into()), pop, 100.0),
                    1,
                ),
                row(
                    ui::IND_JONG,
                    ui::DATUM_2024,
                    |m| Some(100.0 * f64::from(m.aged_0_14) / f64::from(m.inhabitants)),
                    Whole::Ratio(|m| Some(m.aged_0_14.into()), pop, 100.0),
                    1,
                ),
                row(
                    ui::IND_HUISHOUDENS,
                    ui::DATUM_2024,
                    |m| Some(m.households.into()),
                    Whole::Sum,
                    0,
                ),
            ],
        },
        Theme {
            title: ui::THEMA_WONEN,
            indicators: vec![
                row(
                    ui::IND_WONINGEN,
                    ui::DATUM_2024,
                    |m| Some(1000.0 * f64::from(m.dwellings) / f64::from(m.inhabitants)),
                    Whole::Ratio(|m| Some(m.dwellings.into()), pop, 1000.0),
                    0,
                ),
                row(
                    ui::IND_GROEI,
                    ui::DATUM_2022_2024,
                    |m| Some(m.growth_2022_2024_pct()),
                    Whole::Ratio(
                        |m| Some(f64::from(m.dwellings) - f64::from(m.dwellings_2022)),
                        |m| Some(m.dwellings_2022.into()),
                        100.0,
                    ),
                    2,
                ),
                row(
                    ui::IND_WOZ,
                    ui::DATUM_WOZ,
                    |m| Some(m.woz_k_eur),
                    Whole::Unavailable,
                    0,
                ),
            ],
        },
        Theme {
            title: ui::THEMA_INKOMEN,
            indicators: vec![
                row(
                    ui::IND_INKOMEN,
                    ui::DATUM_INKOMEN,
                    |m| m.income_k_eur,
                    Whole::Unavailable,
                    1,
                ),
                row(
                    ui::IND_ZON,
                    ui::DATUM_ZON,
                    |m| Some(m.solar_kwp_per_inhabitant()),
                    Whole::Ratio(|m| Some(m.solar_kwp as f64), pop, 1.0),
                    2,
                ),
            ],
        },
        Theme {
            title: ui::THEMA_NABIJHEID,
            indicators: vec![
                distance(
                    ui::IND_HUISARTS,
                    ui::DATUM_JAAR_2024,
                    |m| Some(m.km_gp),
                    |m| Some(m.km_gp * f64::from(m.inhabitants)),
                    pop,
                ),
                distance(
                    ui::IND_SUPERMARKT,
                    ui::DATUM_JAAR_2024,
                    |m| Some(m.km_supermarket),
                    |m| Some(m.km_supermarket * f64::from(m.inhabitants)),
                    pop,
                ),
                distance(
                    ui::IND_SCHOOL,
                    ui::DATUM_JAAR_2024,
                    |m| Some(m.km_school),
                    |m| Some(m.km_school * f64::from(m.inhabitants)),
                    pop,
                ),
                distance(
                    ui::IND_ZIEKENHUIS,
                    ui::DATUM_JAAR_2022,
                    |m| m.km_hospital,
                    |m| m.km_hospital.map(|k| k * f64::from(m.inhabitants)),
                    pop,
                ),
                distance(
                    ui::IND_STATION,
                    ui::DATUM_JAAR_2022,
                    |m| m.km_station,
                    |m| m.km_station.map(|k| k * f64::from(m.inhabitants)),
                    pop,
                ),
            ],
        },
    ]
}

/// Percent-encoding for a `data:` URL.
fn percent_encode(text: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(text.len() * 2);
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 15)] as char);
        }
    }
    out
}

fn number(x: Option<f64>, decimals: usize) -> String {
    match x {
        Some(x) if decimals == 0 => nl_int(x.round() as u64),
        Some(x) => nl_dec(x, decimals),
        None => ui::NIET_BESCHIKBAAR.to_owned(),
    }
}

/// The group columns, after the chosen municipalities: heading, group, and whether the
/// value is the typical member (median) or the group as a whole.
const GROUP_COLUMNS: [(&str, Group, bool); 5] = [
    (ui::KOLOM_TYPISCH_KLEIN, Group::Small, true),
    (ui::KOLOM_KLEIN_SAMEN, Group::Small, false),
    (ui::KOLOM_TYPISCH_GROOT, Group::Large, true),
    (ui::KOLOM_GROOT_SAMEN, Group::Large, false),
    (ui::KOLOM_NEDERLAND, Group::Netherlands, false),
];

/// The column headings for `chosen` (one to three municipalities), then the groups.
fn headings(chosen: &[&Municipality]) -> Vec<String> {
    chosen
        .iter()
        .map(|m| m.name.clone())
        .chain(GROUP_COLUMNS.iter().map(|(h, _, _)| (*h).to_owned()))
        .collect()
}

/// The groups' values of every indicator, theme by theme. They do not depend on the choice,
/// so the comparison computes them once.
pub type GroupValues = Vec<Vec<[Option<f64>; 5]>>;

/// Computes [`GroupValues`].
pub fn group_values(all: &[Municipality]) -> GroupValues {
    themes()
        .into_iter()
        .map(|theme| {
            theme
                .indicators
                .iter()
                .map(|ind| {
                    GROUP_COLUMNS.map(|(_, g, typical)| match (typical, ind.whole) {
                        (true, _) => median(g.members(all).map(ind.value)),
                        (false, Whole::Sum) => Some(g.members(all).filter_map(ind.value).sum()),
                        (false, Whole::Ratio(n, d, f)) => {
                            ratio_of_sums(g.members(all), n, d).map(|r| r * f)
                        }
                        (false, Whole::Unavailable) => None,
                    })
                })
                .collect()
        })
        .collect()
}

/// An indicator's label, reference date and one value per column.
pub struct Row {
    /// The indicator.
    pub label: &'static str,
    /// Its reference date.
    pub date: &'static str,
    /// One per column, `None` where there is no figure.
    pub values: Vec<Option<f64>>,
    /// Decimals to show.
    pub decimals: usize,
    /// Whether the whole is a sum (then the Netherlands' total is not drawn beside the rest).
    pub is_sum: bool,
}

impl Row {
    /// The values as Dutch text.
    pub fn cells(&self) -> Vec<String> {
        self.values
            .iter()
            .map(|v| number(*v, self.decimals))
            .collect()
    }
}

/// The rows, theme by theme: the chosen municipalities' own values, then the groups'.
fn rows(chosen: &[&Municipality], groups: &GroupValues) -> Vec<(&'static str, Vec<Row>)> {
    themes()
        .into_iter()
        .zip(groups)
        .map(|(theme, group_rows)| {
            let rows = theme
                .indicators
                .into_iter()
                .zip(group_rows)
                .map(|(ind, group)| Row {
                    label: ind.label,
                    date: ind.date,
                    values: chosen
                        .iter()
                        .map(|m| (ind.value)(m))
                        .chain(group.iter().copied())
                        .collect(),
                    decimals: ind.decimals,
                    is_sum: matches!(ind.whole, Whole::Sum),
                })
                .collect();
            (theme.title, rows)
        })
        .collect()
}

fn quote(text: &str) -> String {
    format!("\"{}\"", text.replace('"', "\"\""))
}

/// The table as CSV text (semicolons, Dutch decimal commas, as Dutch spreadsheets expect),
/// with the source as the last line.
fn table_csv(headings: &[String], themes: &[(&'static str, Vec<Row>)]) -> String {
    let head = [ui::KOLOM_THEMA, ui::KOLOM_ONDERWERP, ui::KOLOM_PEILDATUM]
        .into_iter()
        .map(quote)
        .chain(headings.iter().map(|h| quote(h)));
    let mut lines = vec![head.collect::<Vec<_>>().join(";")];
    for (theme, rows) in themes {
        for row in rows {
            let cells = [*theme, row.label, row.date]
                .into_iter()
                .map(quote)
                .chain(row.cells().into_iter().map(|c| quote(&c)));
            lines.push(cells.collect::<Vec<_>>().join(";"));
        }
    }
    lines.push(quote(ui::CIJFERS_BRON));
    lines.join("\r\n") + "\r\n"
}

/// The indicators of a presentation's municipality slide.
const KEY_INDICATORS: [&str; 5] = [
    ui::IND_INWONERS,
    ui::IND_DICHTHEID,
    ui::IND_OUD,
    ui::IND_ZON,
    ui::IND_HUISARTS,
];

/// A few key figures of `m` beside the typical small and larger municipality and the
/// Netherlands: a table small enough for a slide.
pub fn key_rows(m: &Municipality, groups: &GroupValues) -> Html {
    let chosen = [m];
    let headings = headings(&chosen);
    // Own value, typical small, typical larger, the Netherlands.
    let shown = [0, 1, 3, 5];
    html! {
        <table class="slide__table">
            <thead>
                <tr>
                    <th scope="col">{ui::KOLOM_ONDERWERP}</th>
                    { for shown.iter().map(|n| html! { <th scope="col">{headings[*n].clone()}</th> }) }
                </tr>
            </thead>
            <tbody>
                { for rows(&chosen, groups).into_iter().flat_map(|(_, rows)| rows)
                    .filter(|row| KEY_INDICATORS.contains(&row.label))
                    .map(|row| {
                        let cells = row.cells();
                        html! {
                            <tr>
                                <th scope="row">{row.label}</th>
                                { for shown.iter().map(|n| html! { <td>{cells[*n].clone()}</td> }) }
                            </tr>
                        }
                    }) }
            </tbody>
        </table>
    }
}

/// Id of the figures' heading; focus moves here when a peer is chosen.
pub const FIGURES_HEADING_ID: &str = "cijfers-kop";

/// Table or charts.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Presentation {
    /// The table (the default, and the charts' text alternative).
    Table,
    /// A bar chart per indicator.
    Charts,
}

fn table(headings: &[String], themes: &[(&'static str, Vec<Row>)], owns: usize) -> Html {
    let width = headings.len() + 1;
    html! {
        <div class="figures__scroll" role="region" tabindex="0" aria-labelledby="cijfers-bijschrift">
            <table class="figures__table">
                <caption id="cijfers-bijschrift">{ui::CIJFERS_BIJSCHRIFT}</caption>
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
            <svg class="chart__svg" viewBox={format!("0 0 {WIDTH} {height}")} role="img"
                 aria-label={format!("{}. {}", row.label, summary.join("; "))}>
                { for bars.iter().enumerate().map(|(i, (n, v))| {
                    let top = BAR_ROW * i as f64;
                    let (from, to) = (x(0.0_f64.max(low)), x(*v));
                    let (left, width) = (from.min(to), (to - from).abs().max(1.0));
                    html! {
                        <g class={classes!("chart__bar", (*n < owns).then_some("chart__bar--own"))}>
                            <text x="0" y={format!("{:.1}", top + 14.0)}>{headings[*n].clone()}</text>
                            <rect x={format!("{left:.1}")} y={format!("{:.1}", top + 20.0)}
                                  width={format!("{width:.1}")} height={BAR.to_string()} />
                            <text class="chart__value" x={format!("{:.1}", left + width + 6.0)} y={format!("{:.1}", top + 33.0)}>
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

/// The figures for `chosen` (the first is "your" municipality, up to two more beside it), as
/// a table or as charts, with the rank by population, notes, sources and the CSV download.
pub fn figures(
    all: &[Municipality],
    groups: &GroupValues,
    chosen: &[&Municipality],
    presentation: Presentation,
    on_present: &Callback<Presentation>,
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
        let small_line = if m.is_small() {
            ui::KLEIN_JA
        } else {
            ui::KLEIN_NEE
        };
        let (position, of) = rank(all, &m.code, |x| Some(x.inhabitants.into())).unwrap_or((0, 0));
        html! {
            <p class="figures__status">
                {fill(small_line, &[("naam", &m.name)])}{" "}
                {fill(ui::RANG_INWONERS, &[("n", &position.to_string()), ("totaal", &of.to_string())])}
            </p>
        }
    });
    let switch = |to: Presentation, text: &'static str| {
        let onclick = on_present.reform(move |_: MouseEvent| to);
        html! {
            <button type="button" class="button figures__switch" aria-pressed={(presentation == to).to_string()} {onclick}>
                {text}
            </button>
        }
    };
    html! {
        <div class="figures">
            <h3 id={FIGURES_HEADING_ID} tabindex="-1">{fill(ui::CIJFERS_KOP, &[("naam", &names.join(", "))])}</h3>
            { for status }
            <div class="figures__switches" role="group" aria-label={ui::WEERGAVE}>
                {switch(Presentation::Table, ui::ALS_TABEL)}
                {switch(Presentation::Charts, ui::ALS_GRAFIEK)}
            </div>
            { match presentation {
                Presentation::Table => table(&headings, &themes, chosen.len()),
                Presentation::Charts => charts(&headings, &themes, chosen.len()),
            } }
            <p class="note">{ui::UITLEG_GEMIDDELDEN}</p>
            <p class="note">{ui::UITLEG_GEEN_CIJFER}</p>
            <p class="source">{ui::CIJFERS_BRON}</p>
            <p><a href={csv_href} download={csv_name} class="figures__download">{ui::DOWNLOAD_CSV}</a></p>
        </div>
    }
}
