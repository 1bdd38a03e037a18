//! The comparison's indicators: the catalogue (what each figure is, its reference date, how a
//! group as a whole is computed), the groups' values, the rows of the figures table and its
//! CSV. Pure: the views are in `on_demand::comparison::figures`.

use crate::content::ui;
use crate::municipality::Municipality;
use crate::numbers::{nl_dec, nl_int};
use crate::stats::{median, ratio_of_sums, Group};

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

/// The catalogue: four themes of indicators, in the order of the table.
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

/// An indicator the map can be coloured by.
pub struct MapMeasure {
    /// What it is (the table's row label).
    pub label: &'static str,
    /// Its reference date or period.
    pub date: &'static str,
    /// The dataset it comes from.
    pub source: &'static str,
    /// Decimals to show.
    pub decimals: usize,
    value: Value,
}

impl MapMeasure {
    /// The municipality's figure, if CBS publishes one.
    pub fn of(&self, m: &Municipality) -> Option<f64> {
        (self.value)(m)
    }
}

/// Every indicator of the table, for the map.
pub fn map_measures() -> Vec<MapMeasure> {
    themes()
        .into_iter()
        .flat_map(|theme| theme.indicators)
        .map(|i| MapMeasure {
            label: i.label,
            date: i.date,
            // The reference date tells the dataset: the 2022 map, the solar figures, or
            // (growth) the 2024 figures against the 2022 map; else the 2024 key figures.
            source: match i.date {
                ui::DATUM_JAAR_2022 => ui::BRON_KWB_2022,
                ui::DATUM_ZON => ui::BRON_ZON,
                ui::DATUM_2022_2024 => ui::BRON_GROEI,
                _ => ui::BRON_KWB_2024,
            },
            decimals: i.decimals,
            value: i.value,
        })
        .collect()
}

/// How many classes the map shows at most.
pub const CLASSES: usize = 5;

/// The map's class limits for `values`: the quintiles of the values that exist, rounded to
/// two significant digits so the legend reads well, without repeats. Class `k` holds the
/// values from limit `k - 1` up to, not including, limit `k` ([`class_of`]).
pub fn class_limits(values: impl IntoIterator<Item = Option<f64>>) -> Vec<f64> {
    let mut known: Vec<f64> = values.into_iter().flatten().collect();
    known.sort_unstable_by(f64::total_cmp);
    let mut limits: Vec<f64> = (1..CLASSES)
        .filter_map(|k| known.get(k * known.len() / CLASSES))
        .map(|v| two_digits(*v))
        .collect();
    limits.dedup();
    // A limit at or below the smallest value would leave the first class empty.
    limits.retain(|l| known.first().is_some_and(|lowest| l > lowest));
    limits
}

/// The class of `value` under `limits`: how many limits it reaches.
pub fn class_of(value: f64, limits: &[f64]) -> usize {
    limits.iter().filter(|l| value >= **l).count()
}

/// `x` rounded to two significant digits (`17342` → `17000`, `1.934` → `1.9`).
fn two_digits(x: f64) -> f64 {
    let size = x.abs();
    if size == 0.0 {
        return 0.0;
    }
    // Powers of ten by multiplying, so that 1.9 is the nearest double to 19 / 10.
    let (mut up, mut down) = (1.0, 1.0);
    while size / up >= 100.0 {
        up *= 10.0;
    }
    while size * down < 10.0 {
        down *= 10.0;
    }
    (x * down / up).round() * up / down
}

/// Percent-encoding for a `data:` URL.
pub fn percent_encode(text: &str) -> String {
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

/// A figure as Dutch text, or "geen cijfer".
pub fn number(x: Option<f64>, decimals: usize) -> String {
    match x {
        Some(x) if decimals == 0 => nl_int(x.round() as u64),
        Some(x) => nl_dec(x, decimals),
        None => ui::NIET_BESCHIKBAAR.to_owned(),
    }
}

/// A column of the table after the chosen municipalities: a group, as its typical member
/// (the median) or as a whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// The typical small municipality.
    TypicalSmall,
    /// The small municipalities together.
    SmallTogether,
    /// The typical municipality of 25,000 and more.
    TypicalLarge,
    /// The municipalities of 25,000 and more together.
    LargeTogether,
    /// The Netherlands.
    Netherlands,
}

impl Column {
    /// Every group column, in table order.
    pub const ALL: [Column; 5] = [
        Column::TypicalSmall,
        Column::SmallTogether,
        Column::TypicalLarge,
        Column::LargeTogether,
        Column::Netherlands,
    ];

    /// Its heading.
    pub fn heading(self) -> &'static str {
        match self {
            Column::TypicalSmall => ui::KOLOM_TYPISCH_KLEIN,
            Column::SmallTogether => ui::KOLOM_KLEIN_SAMEN,
            Column::TypicalLarge => ui::KOLOM_TYPISCH_GROOT,
            Column::LargeTogether => ui::KOLOM_GROOT_SAMEN,
            Column::Netherlands => ui::KOLOM_NEDERLAND,
        }
    }

    fn group(self) -> Group {
        match self {
            Column::TypicalSmall | Column::SmallTogether => Group::Small,
            Column::TypicalLarge | Column::LargeTogether => Group::Large,
            Column::Netherlands => Group::Netherlands,
        }
    }

    fn typical(self) -> bool {
        matches!(self, Column::TypicalSmall | Column::TypicalLarge)
    }
}

/// The column headings for `chosen` (one to three municipalities), then the groups.
pub fn headings(chosen: &[&Municipality]) -> Vec<String> {
    chosen
        .iter()
        .map(|m| m.name.clone())
        .chain(Column::ALL.iter().map(|c| c.heading().to_owned()))
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
                    Column::ALL.map(|c| match (c.typical(), ind.whole) {
                        (true, _) => median(c.group().members(all).map(ind.value)),
                        (false, Whole::Sum) => {
                            Some(c.group().members(all).filter_map(ind.value).sum())
                        }
                        (false, Whole::Ratio(n, d, f)) => {
                            ratio_of_sums(c.group().members(all), n, d).map(|r| r * f)
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
    /// How many of the values are chosen municipalities' own (the group columns follow).
    pub owns: usize,
}

impl Row {
    /// The values as Dutch text.
    pub fn cells(&self) -> Vec<String> {
        self.values
            .iter()
            .map(|v| number(*v, self.decimals))
            .collect()
    }

    /// The value in a group column.
    pub fn group(&self, column: Column) -> Option<f64> {
        self.values[self.owns + column as usize]
    }
}

/// The rows, theme by theme: the chosen municipalities' own values, then the groups'.
pub fn rows(chosen: &[&Municipality], groups: &GroupValues) -> Vec<(&'static str, Vec<Row>)> {
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
                    owns: chosen.len(),
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
pub fn table_csv(headings: &[String], themes: &[(&'static str, Vec<Row>)]) -> String {
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
pub const KEY_INDICATORS: [&str; 5] = [
    ui::IND_INWONERS,
    ui::IND_DICHTHEID,
    ui::IND_OUD,
    ui::IND_ZON,
    ui::IND_HUISARTS,
];

/// Native only: the built table is a native constant.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn map_classes_are_quintiles_rounded_to_two_digits() {
        let values = (1..=100).map(|v| Some(f64::from(v)));
        assert_eq!(class_limits(values), [21.0, 41.0, 61.0, 81.0]);
        assert_eq!(two_digits(17_342.0), 17_000.0);
        assert_eq!(two_digits(1.934), 1.9);
        assert_eq!(two_digits(-0.456), -0.46);
        // Repeats collapse: five values alike give one class.
        assert_eq!(class_limits([Some(3.0); 10]), Vec::<f64>::new());
        assert_eq!(class_of(20.9, &[21.0, 41.0]), 0);
        assert_eq!(class_of(21.0, &[21.0, 41.0]), 1);
        assert_eq!(class_of(99.0, &[21.0, 41.0]), 2);
    }

    #[test]
    fn every_measure_puts_every_municipality_in_one_class_of_its_legend() {
        let all = crate::municipality::built();
        let measures = map_measures();
        assert_eq!(measures.len(), 17);
        for measure in &measures {
            let limits = class_limits(all.iter().map(|m| measure.of(m)));
            assert!(limits.windows(2).all(|w| w[0] < w[1]), "{}", measure.label);
            assert!(limits.len() >= 2, "{}: {limits:?}", measure.label);
            for m in &all {
                let Some(v) = measure.of(m) else { continue };
                let k = class_of(v, &limits);
                assert!(k == 0 || v >= limits[k - 1]);
                assert!(k == limits.len() || v < limits[k]);
            }
            // Every class has members.
            for k in 0..=limits.len() {
                assert!(
                    all.iter()
                        .any(|m| measure.of(m).is_some_and(|v| class_of(v, &limits) == k)),
                    "{}: class {k} empty",
                    measure.label
                );
            }
        }
    }
    use crate::municipality::{parse_table, TABLE};

    fn all() -> Vec<Municipality> {
        parse_table(TABLE).expect("the built table parses")
    }

    #[test]
    fn the_netherlands_together_is_the_national_total() {
        let all = all();
        let groups = group_values(&all);
        let chosen = [&all[0]];
        let rows = rows(&chosen, &groups);
        let inhabitants = &rows[0].1[0];
        assert_eq!(inhabitants.label, ui::IND_INWONERS);
        assert_eq!(inhabitants.group(Column::Netherlands), Some(17_942_942.0));
        let small = inhabitants.group(Column::SmallTogether).unwrap();
        let large = inhabitants.group(Column::LargeTogether).unwrap();
        assert_eq!(small + large, 17_942_942.0);
        assert_eq!(inhabitants.values[0], Some(f64::from(all[0].inhabitants)));
    }

    #[test]
    fn groups_without_an_exact_whole_say_so() {
        let all = all();
        let groups = group_values(&all);
        let rows = rows(&[], &groups);
        let unavailable: Vec<_> = rows
            .iter()
            .flat_map(|(_, r)| r)
            .filter(|r| r.group(Column::SmallTogether).is_none())
            .map(|r| r.label)
            .collect();
        assert!(!unavailable.is_empty());
        for row in rows.iter().flat_map(|(_, r)| r) {
            assert!(row.group(Column::TypicalSmall).is_some(), "{}", row.label);
        }
        assert_eq!(number(None, 1), ui::NIET_BESCHIKBAAR);
        assert_eq!(number(Some(1234.5), 0), "1.235");
    }

    #[test]
    fn every_key_indicator_is_in_the_catalogue() {
        let labels: Vec<_> = themes()
            .into_iter()
            .flat_map(|t| t.indicators)
            .map(|i| i.label)
            .collect();
        for key in KEY_INDICATORS {
            assert!(labels.contains(&key), "{key}");
        }
    }

    #[test]
    fn the_csv_quotes_every_cell_and_ends_with_the_source() {
        let all = all();
        let groups = group_values(&all);
        let chosen = [&all[0]];
        let csv = table_csv(&headings(&chosen), &rows(&chosen, &groups));
        let lines: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
        assert!(lines[0].starts_with("\"Thema\";\"Onderwerp\";\"Peildatum\";"));
        assert_eq!(
            lines.last(),
            Some(&format!("\"{}\"", ui::CIJFERS_BRON).as_str())
        );
        let columns = lines[0].split(';').count();
        for line in &lines[1..lines.len() - 1] {
            assert_eq!(line.split("\";\"").count(), columns, "{line}");
        }
        assert_eq!(percent_encode("a b;\""), "a%20b%3B%22");
    }
}
