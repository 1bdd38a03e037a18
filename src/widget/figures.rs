//! The chosen municipality's figures next to the groups, as a table.

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
    /// Not computable from the data without estimating (means that CBS publishes).
    Unavailable,
}

/// One row of the table.
struct Indicator {
    label: &'static str,
    /// The municipality's own figure.
    value: Value,
    /// The group as a whole.
    whole: Whole,
    decimals: usize,
}

fn indicators() -> [Indicator; 10] {
    let pop: Value = |m| Some(m.inhabitants.into());
    let land: Value = |m| Some(f64::from(m.land_ha) / 100.0);
    let row = |label, value, whole, decimals| Indicator {
        label,
        value,
        whole,
        decimals,
    };
    [
        row(ui::IND_INWONERS, pop, Whole::Sum, 0),
        row(ui::IND_LAND, land, Whole::Sum, 2),
        row(
            ui::IND_DICHTHEID,
            |m| Some(m.density.into()),
            Whole::Ratio(pop, land, 1.0),
            0,
        ),
        row(
            ui::IND_OUD,
            |m| Some(100.0 * f64::from(m.aged_65_plus) / f64::from(m.inhabitants)),
            Whole::Ratio(|m| Some(m.aged_65_plus.into()), pop, 100.0),
            1,
        ),
        row(
            ui::IND_JONG,
            |m| Some(100.0 * f64::from(m.aged_0_14) / f64::from(m.inhabitants)),
            Whole::Ratio(|m| Some(m.aged_0_14.into()), pop, 100.0),
            1,
        ),
        row(
            ui::IND_WONINGEN,
            |m| Some(1000.0 * f64::from(m.dwellings) / f64::from(m.inhabitants)),
            Whole::Ratio(|m| Some(m.dwellings.into()), pop, 1000.0),
            0,
        ),
        row(
            ui::IND_GROEI,
            |m| Some(m.growth_2022_2024_pct()),
            Whole::Ratio(
                |m| Some(f64::from(m.dwellings) - f64::from(m.dwellings_2022)),
                |m| Some(m.dwellings_2022.into()),
                100.0,
            ),
            2,
        ),
        row(
            ui::IND_ZON,
            |m| Some(m.solar_kwp_per_inhabitant()),
            Whole::Ratio(|m| Some(m.solar_kwp as f64), pop, 1.0),
            2,
        ),
        row(ui::IND_WOZ, |m| Some(m.woz_k_eur), Whole::Unavailable, 0),
        row(ui::IND_HUISARTS, |m| Some(m.km_gp), Whole::Unavailable, 1),
    ]
}

/// Percent-encoding for a `data:` URL.
fn percent_encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

fn number(x: Option<f64>, decimals: usize) -> String {
    match x {
        Some(x) if decimals == 0 => nl_int(x.round() as u64),
        Some(x) => nl_dec(x, decimals),
        None => ui::NIET_BESCHIKBAAR.to_owned(),
    }
}

/// The table as CSV text (semicolons, Dutch decimal commas, as Dutch spreadsheets expect),
/// with the source as the last line.
pub fn table_csv(chosen: &Municipality, rows: &[Row]) -> String {
    let mut lines = vec![columns(chosen).map(quote).join(";")];
    for (label, cells) in rows {
        lines.push(
            std::iter::once(quote(label))
                .chain(cells.iter().map(|c| quote(c)))
                .collect::<Vec<_>>()
                .join(";"),
        );
    }
    lines.push(quote(ui::CIJFERS_BRON));
    lines.join("\r\n") + "\r\n"
}

fn quote(text: &str) -> String {
    format!("\"{}\"", text.replace('"', "\"\""))
}

/// The column headings, for the table and the CSV alike.
fn columns(chosen: &Municipality) -> [&str; 7] {
    [
        ui::KOLOM_ONDERWERP,
        &chosen.name,
        ui::KOLOM_TYPISCH_KLEIN,
        ui::KOLOM_KLEIN_SAMEN,
        ui::KOLOM_TYPISCH_GROOT,
        ui::KOLOM_GROOT_SAMEN,
        ui::KOLOM_NEDERLAND,
    ]
}

/// An indicator's label and its six cells: the municipality, then the groups.
pub type Row = (&'static str, [String; 6]);

/// Every row of the table.
fn rows(all: &[Municipality], chosen: &Municipality) -> Vec<Row> {
    indicators()
        .into_iter()
        .map(|ind| {
            let typical = |g: Group| median(g.members(all).map(ind.value));
            let whole = |g: Group| match ind.whole {
                Whole::Sum => Some(g.members(all).filter_map(ind.value).sum()),
                Whole::Ratio(n, d, f) => ratio_of_sums(g.members(all), n, d).map(|r| r * f),
                Whole::Unavailable => None,
            };
            let cells = [
                (ind.value)(chosen),
                typical(Group::Small),
                whole(Group::Small),
                typical(Group::Large),
                whole(Group::Large),
                whole(Group::Netherlands),
            ];
            (ind.label, cells.map(|c| number(c, ind.decimals)))
        })
        .collect()
}

/// Id of the figures' heading; focus moves here when a peer is chosen.
pub const FIGURES_HEADING_ID: &str = "cijfers-kop";

/// The table for `chosen`, with the rank by population and a note on the averages.
pub fn figures(all: &[Municipality], chosen: &Municipality) -> Html {
    let small_line = if chosen.is_small() {
        ui::KLEIN_JA
    } else {
        ui::KLEIN_NEE
    };
    let (position, of) = rank(all, &chosen.code, |m| Some(m.inhabitants.into())).unwrap_or((0, 0));
    let rows = rows(all, chosen);
    let csv_href = format!(
        "data:text/csv;charset=utf-8,{}",
        percent_encode(&table_csv(chosen, &rows))
    );
    let body = rows.iter().map(|(label, cells)| {
        html! {
            <tr>
                <th scope="row">{*label}</th>
                <td class="figures__own">{cells[0].clone()}</td>
                { for cells[1..].iter().map(|c| html! { <td>{c.clone()}</td> }) }
            </tr>
        }
    });
    let csv_name = format!("cijfers-{}.csv", chosen.code);
    html! {
        <div class="figures">
            <h3 id={FIGURES_HEADING_ID} tabindex="-1">{fill(ui::CIJFERS_KOP, &[("naam", &chosen.name)])}</h3>
            <p class="figures__status">
                {fill(small_line, &[("naam", &chosen.name)])}{" "}
                {fill(ui::RANG_INWONERS, &[("n", &position.to_string()), ("totaal", &of.to_string())])}
            </p>
            <div class="figures__scroll" role="region" tabindex="0"
                 aria-label={fill(ui::CIJFERS_KOP, &[("naam", &chosen.name)])}>
                <table class="figures__table">
                    <caption>{fill(ui::CIJFERS_BIJSCHRIFT, &[("naam", &chosen.name)])}</caption>
                    <thead>
                        <tr>{ for columns(chosen).map(|c| html! { <th scope="col">{c.to_owned()}</th> }) }</tr>
                    </thead>
                    <tbody>{ for body }</tbody>
                </table>
            </div>
            <p class="note">{ui::UITLEG_GEMIDDELDEN}</p>
            <p class="source">{ui::CIJFERS_BRON}</p>
            <p><a href={csv_href} download={csv_name} class="figures__download">{ui::DOWNLOAD_CSV}</a></p>
        </div>
    }
}
