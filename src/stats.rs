//! Comparison maths on the municipality figures: groups, the typical municipality (median),
//! the group as a whole (ratio of totals), ranks, peers, and the memo's claims checked.
//!
//! Pure functions, tested natively against the sanity figures in `data/SOURCES.md`.

use crate::municipality::Municipality;

/// A comparison group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    /// Fewer than 25,000 inhabitants.
    Small,
    /// 25,000 inhabitants or more.
    Large,
    /// All municipalities.
    Netherlands,
}

impl Group {
    /// Whether `m` belongs to the group.
    pub fn contains(self, m: &Municipality) -> bool {
        match self {
            Group::Small => m.is_small(),
            Group::Large => !m.is_small(),
            Group::Netherlands => true,
        }
    }

    /// The group's members.
    pub fn members(self, all: &[Municipality]) -> impl Iterator<Item = &Municipality> {
        all.iter().filter(move |m| self.contains(m))
    }
}

/// The median of the values that exist ("the typical municipality"); `None` if there are none.
pub fn median(values: impl IntoIterator<Item = Option<f64>>) -> Option<f64> {
    let mut v: Vec<f64> = values
        .into_iter()
        .flatten()
        .filter(|x| x.is_finite())
        .collect();
    if v.is_empty() {
        return None;
    }
    // Unstable sorts: every order here is total, and each stable sort would add its own
    // few kB of WebAssembly.
    v.sort_unstable_by(f64::total_cmp);
    let mid = v.len() / 2;
    Some(if v.len() % 2 == 1 {
        v[mid]
    } else {
        (v[mid - 1] + v[mid]) / 2.0
    })
}

/// The group as a whole: the sum of a numerator over the sum of a denominator, over the
/// members where both exist (e.g. all inhabitants aged 65+ / all inhabitants).
pub fn ratio_of_sums<'a>(
    members: impl IntoIterator<Item = &'a Municipality>,
    numerator: impl Fn(&Municipality) -> Option<f64>,
    denominator: impl Fn(&Municipality) -> Option<f64>,
) -> Option<f64> {
    let (num, den) = members
        .into_iter()
        .filter_map(|m| Some((numerator(m)?, denominator(m)?)))
        .fold((0.0, 0.0), |(n, d), (x, y)| (n + x, d + y));
    (den != 0.0).then(|| num / den)
}

/// Rank of `code` from the smallest value up (1 = smallest; ties share the best rank), and
/// how many municipalities have a value: "de 17e kleinste van 342".
pub fn rank(
    all: &[Municipality],
    code: &str,
    value: impl Fn(&Municipality) -> Option<f64>,
) -> Option<(usize, usize)> {
    let own = value(all.iter().find(|m| m.code == code)?)?;
    let values: Vec<f64> = all.iter().filter_map(&value).collect();
    let below = values.iter().filter(|v| **v < own).count();
    Some((below + 1, values.len()))
}

/// A rank by population in words, counted from the nearer end: "17e kleinste",
/// "kleinste", "3e grootste", "grootste" (Amsterdam is the largest, not the 342nd smallest).
/// `position` is 1-based from the smallest, of `of`.
pub fn rank_words(position: usize, of: usize) -> String {
    use crate::content::{fill, ui};
    let from_largest = (of + 1).saturating_sub(position);
    let (n, first, nth) = if position <= from_largest {
        (position, ui::RANG_KLEINSTE, ui::RANG_N_KLEINSTE)
    } else {
        (from_largest, ui::RANG_GROOTSTE, ui::RANG_N_GROOTSTE)
    };
    if n == 1 {
        first.to_owned()
    } else {
        fill(nth, &[("n", &n.to_string())])
    }
}

/// The `n` municipalities most like `code` by population (on a log scale: a factor 2 counts
/// as one step) and CBS urbanity class (one class is one step). Ties: by code.
pub fn peers<'a>(all: &'a [Municipality], code: &str, n: usize) -> Vec<&'a Municipality> {
    let Some(own) = all.iter().find(|m| m.code == code) else {
        return Vec::new();
    };
    let distance = |m: &Municipality| {
        let population =
            (f64::from(m.inhabitants).ln() - f64::from(own.inhabitants).ln()).abs() / 2f64.ln();
        population + f64::from(m.urbanity.abs_diff(own.urbanity))
    };
    let mut others: Vec<(f64, &Municipality)> = all
        .iter()
        .filter(|m| m.code != code)
        .map(|m| (distance(m), m))
        .collect();
    others.sort_unstable_by(|a, b| a.0.total_cmp(&b.0).then_with(|| a.1.code.cmp(&b.1.code)));
    others.into_iter().take(n).map(|(_, m)| m).collect()
}

/// Sums over a group, for the checks of the memo's claims: every input a reader needs to
/// verify the result.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupTotals {
    /// Number of municipalities.
    pub count: usize,
    /// Inhabitants, 1 January 2024.
    pub inhabitants: u64,
    /// Land area, hectares.
    pub land_ha: u64,
    /// Total area (land and water), hectares.
    pub total_ha: u64,
    /// Solar panel capacity, kWp.
    pub solar_kwp: u64,
    /// Dwellings on 1 January 2024.
    pub dwellings_2024: u64,
    /// Dwellings on 1 January 2022, same municipalities.
    pub dwellings_2022: u64,
    /// Municipalities with a comparable 2019 figure.
    pub count_2019: usize,
    /// Dwellings on 1 January 2019, over those.
    pub dwellings_2019: u64,
    /// Dwellings on 1 January 2024, over those same municipalities.
    pub dwellings_2024_of_2019: u64,
}

impl GroupTotals {
    /// Adds up a group.
    pub fn of(all: &[Municipality], group: Group) -> Self {
        let members: Vec<&Municipality> = group.members(all).collect();
        let sum = |f: &dyn Fn(&Municipality) -> u64| members.iter().map(|m| f(m)).sum::<u64>();
        let comparable: Vec<&&Municipality> = members
            .iter()
            .filter(|m| m.dwellings_2019.is_some())
            .collect();
        GroupTotals {
            count: members.len(),
            inhabitants: sum(&|m| m.inhabitants.into()),
            land_ha: sum(&|m| m.land_ha.into()),
            total_ha: sum(&|m| m.total_ha.into()),
            solar_kwp: sum(&|m| m.solar_kwp),
            dwellings_2024: sum(&|m| m.dwellings.into()),
            dwellings_2022: sum(&|m| m.dwellings_2022.into()),
            count_2019: comparable.len(),
            dwellings_2019: comparable
                .iter()
                .filter_map(|m| m.dwellings_2019)
                .map(u64::from)
                .sum(),
            dwellings_2024_of_2019: comparable.iter().map(|m| u64::from(m.dwellings)).sum(),
        }
    }

    /// Net growth of the housing stock 2022→2024, percent.
    pub fn growth_2022_2024_pct(&self) -> f64 {
        percent_change(self.dwellings_2022, self.dwellings_2024)
    }

    /// Net growth of the housing stock 2019→2024 over comparable municipalities, percent.
    pub fn growth_2019_2024_pct(&self) -> f64 {
        percent_change(self.dwellings_2019, self.dwellings_2024_of_2019)
    }

    /// Solar capacity per inhabitant, kWp.
    pub fn solar_kwp_per_inhabitant(&self) -> f64 {
        self.solar_kwp as f64 / self.inhabitants as f64
    }
}

/// One year of the number of municipalities, with where the count comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearCount {
    /// The year.
    pub year: u32,
    /// Number of municipalities on that year's map or in that year's file.
    pub count: u32,
    /// The source of the count (data/SOURCES.md, section 3).
    pub source: String,
}

/// The series of `gemeenten_per_jaar.tsv` (built from `data/aantal_gemeenten_per_jaar.csv`).
#[cfg(not(target_arch = "wasm32"))]
pub const SERIES: &str = include_str!(concat!(env!("OUT_DIR"), "/gemeenten_per_jaar.tsv"));

/// File name of the series next to `index.html` (the browser loads it on demand), with its
/// content hash (`build.rs`).
pub const SERIES_FILE: &str = env!("K80_SERIES_FILE");

/// Parses the series.
pub fn parse_series(tsv: &str) -> Result<Vec<YearCount>, String> {
    tsv.lines()
        .skip(1)
        .filter(|l| !l.is_empty())
        .map(|line| {
            let mut cells = line.splitn(3, '\t');
            let mut next = || cells.next().ok_or(format!("korte regel: {line}"));
            Ok(YearCount {
                year: next()?.parse().map_err(|_| format!("jaar in: {line}"))?,
                count: next()?.parse().map_err(|_| format!("aantal in: {line}"))?,
                source: next()?.to_owned(),
            })
        })
        .collect()
}

/// The runs of consecutive years in a series: a chart draws each run on its own and leaves
/// the years between runs empty (no line across years without a count).
pub fn runs(series: &[YearCount]) -> Vec<&[YearCount]> {
    let mut runs = Vec::new();
    let mut start = 0;
    for i in 1..=series.len() {
        if i == series.len() || series[i].year != series[i - 1].year + 1 {
            runs.push(&series[start..i]);
            start = i;
        }
    }
    runs.retain(|run| !run.is_empty());
    runs
}

/// Where the counts come from, once per source: the source with its year written `[jaar]`
/// (each year has its own file) and the years it gives, as ranges (`1812–1997`,
/// `2017–2019`), in the order of the series. The table under the mergers chart lists these
/// instead of repeating a source on every row.
pub fn sources_by_years(series: &[YearCount]) -> Vec<(String, String)> {
    let template = |c: &YearCount| c.source.replace(&c.year.to_string(), "[jaar]");
    let mut sources: Vec<String> = Vec::new();
    for c in series {
        let source = template(c);
        if !sources.contains(&source) {
            sources.push(source);
        }
    }
    sources
        .into_iter()
        .map(|source| {
            let counted: Vec<YearCount> = series
                .iter()
                .filter(|c| template(c) == source)
                .cloned()
                .collect();
            let ranges: Vec<String> = runs(&counted)
                .into_iter()
                .map(|run| match run {
                    [only] => only.year.to_string(),
                    [first, .., last] => format!("{}–{}", first.year, last.year),
                    [] => String::new(),
                })
                .collect();
            (ranges.join(", "), source)
        })
        .collect()
}

/// The years between the first and the last without a count.
pub fn missing_years(series: &[YearCount]) -> Vec<u32> {
    let (Some(first), Some(last)) = (series.first(), series.last()) else {
        return Vec::new();
    };
    (first.year..=last.year)
        .filter(|y| !series.iter().any(|c| c.year == *y))
        .collect()
}

/// The figures that frame the memo: how many small municipalities there are, how many people
/// live in them, and how much of the country they cover (start step, key-figure slides and
/// the size check use these).
#[derive(Debug, Clone, PartialEq)]
pub struct KeyFigures {
    /// Small municipalities.
    pub small: usize,
    /// All municipalities.
    pub all: usize,
    /// Inhabitants of the small municipalities, 1 January 2024.
    pub inhabitants: u64,
    /// Their share of all inhabitants, percent.
    pub inhabitants_pct: f64,
    /// Their share of land and water, percent.
    pub total_area_pct: f64,
    /// Their share of the land, percent.
    pub land_pct: f64,
}

impl KeyFigures {
    /// The key figures of `all`.
    pub fn of(all: &[Municipality]) -> Self {
        let small = GroupTotals::of(all, Group::Small);
        let nl = GroupTotals::of(all, Group::Netherlands);
        KeyFigures {
            small: small.count,
            all: nl.count,
            inhabitants: small.inhabitants,
            inhabitants_pct: share_pct(small.inhabitants, nl.inhabitants),
            total_area_pct: share_pct(small.total_ha, nl.total_ha),
            land_pct: share_pct(small.land_ha, nl.land_ha),
        }
    }
}

/// `part` as a percentage of `whole`.
pub fn share_pct(part: u64, whole: u64) -> f64 {
    100.0 * part as f64 / whole as f64
}

/// The change from `from` to `to`, percent.
pub fn percent_change(from: u64, to: u64) -> f64 {
    100.0 * (to as f64 - from as f64) / from as f64
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn every_year_of_the_series_is_under_exactly_one_source() {
        let series = parse_series(SERIES).unwrap();
        let grouped = sources_by_years(&series);
        assert!(grouped.len() < 10, "{grouped:?}");
        for c in &series {
            let holding: Vec<&(String, String)> = grouped
                .iter()
                .filter(|(years, _)| {
                    years.split(", ").any(|r| match r.split_once('–') {
                        Some((a, b)) => (a.parse().unwrap()..=b.parse().unwrap()).contains(&c.year),
                        None => r.parse::<u32>().unwrap() == c.year,
                    })
                })
                .collect();
            assert_eq!(holding.len(), 1, "{}", c.year);
            assert_eq!(
                holding[0].1.replace("[jaar]", &c.year.to_string()),
                c.source
            );
        }
    }
    use crate::municipality::built as all;

    fn round(x: f64, decimals: i32) -> f64 {
        let f = 10f64.powi(decimals);
        (x * f).round() / f
    }

    #[test]
    fn ranks_are_said_from_the_nearer_end() {
        assert_eq!(rank_words(1, 342), "kleinste");
        assert_eq!(rank_words(17, 342), "17e kleinste");
        assert_eq!(rank_words(171, 342), "171e kleinste");
        assert_eq!(rank_words(172, 342), "171e grootste");
        assert_eq!(rank_words(341, 342), "2e grootste");
        assert_eq!(rank_words(342, 342), "grootste");
        let all = all();
        let amsterdam = all.iter().max_by_key(|m| m.inhabitants).unwrap();
        let (position, of) = rank(&all, &amsterdam.code, |x| Some(x.inhabitants.into())).unwrap();
        assert_eq!(rank_words(position, of), "grootste");
    }

    #[test]
    fn median_of_odd_even_and_missing() {
        assert_eq!(median([Some(3.0), Some(1.0), Some(2.0)]), Some(2.0));
        assert_eq!(
            median([Some(4.0), None, Some(1.0), Some(2.0), Some(3.0)]),
            Some(2.5)
        );
        assert_eq!(median([None, None]), None);
    }

    #[test]
    fn ratio_of_sums_is_not_the_mean_of_ratios() {
        let all = all();
        let share65 = ratio_of_sums(
            &all,
            |m| Some(m.aged_65_plus.into()),
            |m| Some(m.inhabitants.into()),
        )
        .unwrap();
        let mean_of_shares = all
            .iter()
            .map(|m| f64::from(m.aged_65_plus) / f64::from(m.inhabitants))
            .sum::<f64>()
            / all.len() as f64;
        assert!(share65 > 0.15 && share65 < 0.25, "{share65}");
        assert!(
            (share65 - mean_of_shares).abs() > 0.001,
            "the two averages differ"
        );
    }

    #[test]
    fn ranks_count_from_the_smallest() {
        let all = all();
        let inhabitants = |m: &Municipality| Some(f64::from(m.inhabitants));
        assert_eq!(
            rank(&all, "GM0088", inhabitants),
            Some((1, 342)),
            "Schiermonnikoog is the smallest"
        );
        assert_eq!(
            rank(&all, "GM0363", inhabitants),
            Some((342, 342)),
            "Amsterdam the largest"
        );
        assert_eq!(rank(&all, "GM9999", inhabitants), None);
        let income = |m: &Municipality| m.income_k_eur;
        assert_eq!(
            rank(&all, "GM0096", income),
            None,
            "Vlieland has no published income"
        );
        assert_eq!(rank(&all, "GM0363", income).unwrap().1, 339);
    }

    #[test]
    fn peers_are_close_in_size_and_urbanity() {
        let all = all();
        let own = all.iter().find(|m| m.code == "GM0050").unwrap(); // Zeewolde
        let five = peers(&all, &own.code, 5);
        assert_eq!(five.len(), 5);
        assert!(five.iter().all(|m| m.code != own.code));
        for m in &five {
            let ratio = f64::from(m.inhabitants) / f64::from(own.inhabitants);
            assert!(
                (0.5..2.0).contains(&ratio),
                "{} is not of similar size",
                m.name
            );
            assert!(m.urbanity.abs_diff(own.urbanity) <= 1, "{}", m.name);
        }
        assert!(peers(&all, "GM9999", 5).is_empty());
    }

    #[test]
    fn the_series_keeps_its_gaps() {
        let series = parse_series(SERIES).unwrap();
        assert_eq!(series.len(), 196);
        assert_eq!((series[0].year, series[0].count), (1812, 1144));
        let missing = missing_years(&series);
        let expected: Vec<u32> = (1998..=2006)
            .chain(2008..=2011)
            .chain(2013..=2016)
            .chain(2020..=2021)
            .collect();
        assert_eq!(missing, expected, "the gaps SOURCES.md lists");
        let runs = runs(&series);
        let spans: Vec<(u32, u32)> = runs
            .iter()
            .map(|r| (r[0].year, r[r.len() - 1].year))
            .collect();
        assert_eq!(
            spans,
            [
                (1812, 1997),
                (2007, 2007),
                (2012, 2012),
                (2017, 2019),
                (2022, 2026)
            ]
        );
        assert!(series.iter().all(|c| !c.source.is_empty()));
    }

    #[test]
    fn k80_claim_inputs_match_sources_md() {
        let all = all();
        let small = GroupTotals::of(&all, Group::Small);
        let nl = GroupTotals::of(&all, Group::Netherlands);
        assert_eq!(small.count, 113);
        assert_eq!(small.inhabitants, 1_979_049);
        assert_eq!(nl.inhabitants, 17_942_942);
        assert_eq!(round(share_pct(small.inhabitants, nl.inhabitants), 1), 11.0);
        assert_eq!(small.land_ha, 723_305, "7,233.05 km²");
        assert_eq!(nl.land_ha, 3_364_723, "33,647.23 km²");
        assert_eq!(round(share_pct(small.land_ha, nl.land_ha), 1), 21.5);
        let key = KeyFigures::of(&all);
        assert_eq!((key.small, key.all, key.inhabitants), (113, 342, 1_979_049));
        assert_eq!(round(key.inhabitants_pct, 1), 11.0);
        assert_eq!(round(key.land_pct, 1), 21.5);
        assert_eq!(round(key.total_area_pct, 1), 24.1);
    }

    #[test]
    fn solar_and_housing_checks_match_sources_md() {
        let all = all();
        let small = GroupTotals::of(&all, Group::Small);
        let large = GroupTotals::of(&all, Group::Large);
        let nl = GroupTotals::of(&all, Group::Netherlands);
        assert_eq!(small.solar_kwp, 3_827_912);
        assert_eq!(nl.solar_kwp, 25_889_259);
        assert_eq!(round(share_pct(small.solar_kwp, nl.solar_kwp), 1), 14.8);
        assert_eq!(round(small.solar_kwp_per_inhabitant(), 2), 1.93);
        assert_eq!(round(large.solar_kwp_per_inhabitant(), 2), 1.38);
        assert_eq!(round(small.growth_2022_2024_pct(), 2), 1.64);
        assert_eq!(round(large.growth_2022_2024_pct(), 2), 2.01);
        assert_eq!(small.count_2019 + large.count_2019, 338);
        assert_eq!(round(small.growth_2019_2024_pct(), 2), 4.36);
        assert_eq!(round(large.growth_2019_2024_pct(), 2), 5.04);
    }
}
