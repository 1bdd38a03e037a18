//! "Wat zeggen de cijfers?": the memo's factual claims checked against the open data. The
//! wording lives in `content/cijfers.toml` ([`CHECKS`]); this module computes each check's
//! inputs and its verdict, so a reader can redo the sum.

use crate::content::{
    fill, ui, CheckCopy, CHECKS, VERDICT_DEELS, VERDICT_HANGT_AF, VERDICT_KLOPT,
    VERDICT_KLOPT_NIET, VERDICT_NIET_TE_TOETSEN,
};
use crate::municipality::Municipality;
use crate::numbers::{nl_dec, nl_int, nl_pct, nl_signed};
use crate::stats::{
    missing_years, percent_change, share_pct, Group, GroupTotals, KeyFigures, YearCount,
};

/// What the figures say about a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// The figures support it.
    Supported,
    /// The figures support it in part.
    Partly,
    /// The figures support it by one measure and not by another.
    DependsOnMeasure,
    /// The figures do not support it.
    NotSupported,
    /// The open data here cannot test it.
    CannotTest,
}

impl Verdict {
    /// The verdict in words.
    pub fn text(self) -> &'static str {
        match self {
            Verdict::Supported => VERDICT_KLOPT,
            Verdict::Partly => VERDICT_DEELS,
            Verdict::DependsOnMeasure => VERDICT_HANGT_AF,
            Verdict::NotSupported => VERDICT_KLOPT_NIET,
            Verdict::CannotTest => VERDICT_NIET_TE_TOETSEN,
        }
    }
}

/// A check with its figures.
#[derive(Debug)]
pub struct Check {
    /// The copy.
    pub copy: &'static CheckCopy,
    /// The verdict.
    pub verdict: Verdict,
    /// Each input's label and value, formatted in Dutch, in the copy's order.
    pub inputs: Vec<(&'static str, String)>,
    /// The explanation with its figures filled in.
    pub explanation: String,
    /// How the verdict holds up at other population limits and with other measures (empty
    /// for a check without figures to vary).
    pub robustness: Vec<Robust>,
    /// Every municipality's own figure, for a chart (contribution checks only).
    pub spread: Option<Spread>,
}

/// One line of a check's robustness table: the claim tested at one population limit with one
/// measure.
#[derive(Debug, Clone, PartialEq)]
pub struct Robust {
    /// Municipalities with fewer inhabitants than this count as small.
    pub limit: u32,
    /// What is measured ([`ui`] wording).
    pub measure: &'static str,
    /// The small municipalities' figure, in Dutch.
    pub small: String,
    /// The other municipalities' figure (or, for the size check, the share of the area).
    pub rest: String,
    /// For a "niet zelden" claim: how many small municipalities are above the national
    /// figure, of how many.
    pub above: Option<(usize, usize)>,
    /// The verdict at this limit with this measure.
    pub verdict: Verdict,
}

/// The limits every check with figures is also computed at, beside K80's 25,000.
pub const LIMITS: [u32; 3] = [20_000, 25_000, 30_000];
/// The limit of the page (and of K80's name).
pub const LIMIT: u32 = 25_000;
/// k80.nl's "tot ongeveer 25.000": the size check is also computed below this.
pub const ABOUT_LIMIT: u32 = 26_000;
/// Our reading of "niet zelden" ("not seldom"): at least this share of the small
/// municipalities is above the national figure.
pub const NOT_RARELY_SHARE: f64 = 0.25;

/// The verdict on a "niet zelden meer dan verwacht" claim with one measure: supported when the
/// small municipalities together are above the others; in part when they are not, but at
/// least [`NOT_RARELY_SHARE`] of them is above the national figure; otherwise not.
pub fn contribution_verdict(group_ahead: bool, above: usize, of: usize) -> Verdict {
    if group_ahead {
        Verdict::Supported
    } else if of > 0 && above as f64 >= NOT_RARELY_SHARE * of as f64 {
        Verdict::Partly
    } else {
        Verdict::NotSupported
    }
}

/// The headline verdict from the verdicts of the measures at [`LIMIT`]: theirs when they
/// agree, [`Verdict::DependsOnMeasure`] when they do not.
pub fn headline(at_limit: &[Verdict]) -> Verdict {
    match at_limit {
        [] => Verdict::CannotTest,
        [first, rest @ ..] if rest.iter().all(|v| v == first) => *first,
        _ => Verdict::DependsOnMeasure,
    }
}

/// A measure of a contribution: per municipality, its numerator and denominator (summed over
/// a group for the group's figure).
struct Measure {
    label: &'static str,
    decimals: usize,
    /// Multiplies the ratio (100 for a percentage).
    scale: f64,
    numerator: fn(&Municipality) -> f64,
    denominator: fn(&Municipality) -> f64,
    /// The figure is a change relative to the denominator (growth): numerator − denominator.
    change: bool,
}

impl Measure {
    fn of<'a>(&self, members: impl IntoIterator<Item = &'a Municipality>) -> f64 {
        let (n, d) = members.into_iter().fold((0.0, 0.0), |(n, d), m| {
            (n + (self.numerator)(m), d + (self.denominator)(m))
        });
        // The same order of operations as the headline's sums, so both compare alike.
        if self.change {
            self.scale * (n - d) / d
        } else {
            self.scale * n / d
        }
    }

    fn text(&self, value: f64) -> String {
        figure_text(value, self.decimals, self.change)
    }
}

/// A measure's figure in Dutch: a change with its sign and a percent sign, otherwise plain.
fn figure_text(value: f64, decimals: usize, change: bool) -> String {
    if change {
        format!("{}%", nl_signed(value, decimals))
    } else {
        nl_dec(value, decimals)
    }
}

/// The contribution claim tested with `measure` at every limit in [`LIMITS`].
fn contribution_rows(all: &[Municipality], measure: &Measure) -> Vec<Robust> {
    let national = measure.of(all);
    LIMITS
        .iter()
        .map(|&limit| {
            let (small, rest): (Vec<&Municipality>, Vec<&Municipality>) =
                all.iter().partition(|m| m.inhabitants < limit);
            let (s, r) = (measure.of(small.iter().copied()), measure.of(rest));
            let above = small
                .iter()
                .filter(|m| measure.of([**m]) > national)
                .count();
            Robust {
                limit,
                measure: measure.label,
                small: measure.text(s),
                rest: measure.text(r),
                above: Some((above, small.len())),
                verdict: contribution_verdict(s > r, above, small.len()),
            }
        })
        .collect()
}

/// The size claim at `limit`: the population and the share of land and water.
fn size_row(all: &[Municipality], limit: u32) -> Robust {
    let small: Vec<&Municipality> = all.iter().filter(|m| m.inhabitants < limit).collect();
    let inhabitants: u64 = small.iter().map(|m| u64::from(m.inhabitants)).sum();
    let area: u64 = small.iter().map(|m| u64::from(m.total_ha)).sum();
    let total: u64 = all.iter().map(|m| u64::from(m.total_ha)).sum();
    let share = share_pct(area, total);
    let gap =
        relative_gap(inhabitants as f64, K80_INHABITANTS).max(relative_gap(share, K80_AREA_PCT));
    Robust {
        limit,
        measure: ui::MAAT_INWONERS_OPPERVLAKTE,
        small: format!("{} ({})", nl_int(inhabitants), nl_int(small.len() as u64)),
        rest: nl_pct(share),
        above: None,
        verdict: verdict_for_gap(gap),
    }
}

/// k80.nl's figures: 2.1 million inhabitants, 19 % of the total area.
const K80_INHABITANTS: f64 = 2_100_000.0;
const K80_AREA_PCT: f64 = 19.0;

const SOLAR_PER_INHABITANT: Measure = Measure {
    label: ui::MAAT_KWP_PER_INWONER,
    decimals: 2,
    scale: 1.0,
    numerator: |m| m.solar_kwp as f64,
    denominator: |m| f64::from(m.inhabitants),
    change: false,
};
const SOLAR_PER_KM2: Measure = Measure {
    label: ui::MAAT_KWP_PER_KM2,
    decimals: 0,
    // Hectares to km².
    scale: 100.0,
    numerator: |m| m.solar_kwp as f64,
    denominator: |m| f64::from(m.land_ha),
    change: false,
};
const HOUSING_GROWTH: Measure = Measure {
    label: ui::MAAT_WONINGGROEI,
    decimals: 2,
    scale: 100.0,
    numerator: |m| f64::from(m.dwellings),
    denominator: |m| f64::from(m.dwellings_2022),
    change: true,
};

/// Every robustness line of check `id`.
pub fn robustness(id: &str, all: &[Municipality]) -> Vec<Robust> {
    match id {
        "omvang" => [LIMITS[0], LIMITS[1], ABOUT_LIMIT, LIMITS[2]]
            .into_iter()
            .map(|l| size_row(all, l))
            .collect(),
        "energie" => [SOLAR_PER_INHABITANT, SOLAR_PER_KM2]
            .iter()
            .flat_map(|m| contribution_rows(all, m))
            .collect(),
        "wonen" => contribution_rows(all, &HOUSING_GROWTH),
        _ => Vec::new(),
    }
}

/// Every municipality's own figure for a contribution check, for a chart of the spread:
/// the small ones (below [`LIMIT`]) and the others, beside the national figure.
#[derive(Debug, Clone, PartialEq)]
pub struct Spread {
    /// What is measured ([`ui`] wording).
    pub measure: &'static str,
    /// The small municipalities' own figures.
    pub small: Vec<f64>,
    /// The other municipalities' own figures.
    pub rest: Vec<f64>,
    /// The Netherlands' figure.
    pub national: f64,
    /// Decimals to show.
    pub decimals: usize,
    /// Whether the figure is a change in percent (shown with its sign).
    pub percent_change: bool,
}

impl Spread {
    /// How many of `values` are above the national figure.
    pub fn above(&self, values: &[f64]) -> usize {
        values.iter().filter(|v| **v > self.national).count()
    }

    /// A figure as Dutch text.
    pub fn text(&self, value: f64) -> String {
        figure_text(value, self.decimals, self.percent_change)
    }
}

/// The spread of check `id`'s main measure over the municipalities (`None` for a check
/// without one): solar capacity per inhabitant, housing growth.
pub fn spread(id: &str, all: &[Municipality]) -> Option<Spread> {
    let measure = match id {
        "energie" => &SOLAR_PER_INHABITANT,
        "wonen" => &HOUSING_GROWTH,
        _ => return None,
    };
    let (small, rest): (Vec<&Municipality>, Vec<&Municipality>) =
        all.iter().partition(|m| m.inhabitants < LIMIT);
    let own = |group: Vec<&Municipality>| group.into_iter().map(|m| measure.of([m])).collect();
    Some(Spread {
        measure: measure.label,
        small: own(small),
        rest: own(rest),
        national: measure.of(all),
        decimals: measure.decimals,
        percent_change: measure.change,
    })
}

/// One municipality's own figure for a measure of a check, beside the Netherlands'.
#[derive(Debug, Clone, PartialEq)]
pub struct OwnFigure {
    /// What is measured ([`ui`] wording).
    pub measure: &'static str,
    /// The municipality's figure, in Dutch.
    pub own: String,
    /// The Netherlands' figure, in Dutch.
    pub national: String,
    /// How the municipality's figure compares with the Netherlands' (as shown, rounded).
    pub compared: std::cmp::Ordering,
}

/// `m`'s own figures for check `id`, one per measure the check uses (empty for a check
/// without figures per municipality).
pub fn own_figures(id: &str, all: &[Municipality], m: &Municipality) -> Vec<OwnFigure> {
    let measures: &[&Measure] = match id {
        "energie" => &[&SOLAR_PER_INHABITANT, &SOLAR_PER_KM2],
        "wonen" => &[&HOUSING_GROWTH],
        _ => &[],
    };
    measures
        .iter()
        .map(|measure| {
            let (own, national) = (measure.of([m]), measure.of(all));
            let (own_text, national_text) = (measure.text(own), measure.text(national));
            OwnFigure {
                measure: measure.label,
                compared: if own_text == national_text {
                    std::cmp::Ordering::Equal
                } else {
                    own.total_cmp(&national)
                },
                own: own_text,
                national: national_text,
            }
        })
        .collect()
}

/// The verdict of the robustness lines at [`LIMIT`] (the headline's rule).
pub fn verdict_at_limit(rows: &[Robust]) -> Verdict {
    let at: Vec<Verdict> = rows
        .iter()
        .filter(|r| r.limit == LIMIT)
        .map(|r| r.verdict)
        .collect();
    headline(&at)
}

/// Every check, computed from the municipalities and the per-year series.
pub fn checks(all: &[Municipality], series: &[YearCount]) -> Vec<Check> {
    CHECKS
        .iter()
        .map(|copy| {
            let (verdict, values) = compute(copy.id, all, series);
            let find = |key: &str| {
                values
                    .iter()
                    .find(|(k, _)| *k == key)
                    .map(|(_, v)| v.clone())
            };
            let inputs: Vec<(&'static str, String)> = copy
                .inputs
                .iter()
                .map(|(key, label)| {
                    (
                        *label,
                        find(key).unwrap_or_else(|| panic!("{}: no value for {key}", copy.id)),
                    )
                })
                .collect();
            let pairs: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
            Check {
                copy,
                verdict,
                inputs,
                explanation: fill(copy.explanation, &pairs),
                robustness: robustness(copy.id, all),
                spread: spread(copy.id, all),
            }
        })
        .collect()
}

type Values = Vec<(&'static str, String)>;

fn compute(id: &str, all: &[Municipality], series: &[YearCount]) -> (Verdict, Values) {
    let small = GroupTotals::of(all, Group::Small);
    let large = GroupTotals::of(all, Group::Large);
    let nl = GroupTotals::of(all, Group::Netherlands);
    match id {
        "omvang" => {
            // k80.nl: 2.1 million inhabitants and 19 % of "de totale oppervlakte" (land and
            // water). The larger of the two gaps decides.
            let key = KeyFigures::of(all);
            let population_gap = relative_gap(key.inhabitants as f64, K80_INHABITANTS);
            let (land_share, total_share) = (key.land_pct, key.total_area_pct);
            let verdict =
                verdict_for_gap(population_gap.max(relative_gap(total_share, K80_AREA_PCT)));
            (
                verdict,
                vec![
                    ("aantal", nl_int(small.count as u64)),
                    ("gemeenten", nl_int(nl.count as u64)),
                    ("inwoners", nl_int(small.inhabitants)),
                    ("inwoners_nl", nl_int(nl.inhabitants)),
                    ("land", nl_dec(small.land_ha as f64 / 100.0, 2)),
                    ("land_nl", nl_dec(nl.land_ha as f64 / 100.0, 2)),
                    ("totaal", nl_dec(small.total_ha as f64 / 100.0, 2)),
                    ("totaal_nl", nl_dec(nl.total_ha as f64 / 100.0, 2)),
                    ("aandeel_inwoners", nl_pct(key.inhabitants_pct)),
                    ("aandeel_land", nl_pct(land_share)),
                    ("aandeel_totaal", nl_pct(total_share)),
                    ("grens_klopt", whole_pct(SUPPORTED_WITHIN)),
                    ("grens_deels", whole_pct(PARTLY_WITHIN)),
                ],
            )
        }
        "herindeling" => {
            let count_in = |year: u32| series.iter().find(|c| c.year == year).map(|c| c.count);
            let (first, last) = (series.first(), series.last());
            let values = vec![
                (
                    "eerste_jaar",
                    first.map(|c| c.year.to_string()).unwrap_or_default(),
                ),
                (
                    "eerste_aantal",
                    first.map(|c| nl_int(c.count.into())).unwrap_or_default(),
                ),
                ("jaar_1997", "1997".to_owned()),
                (
                    "aantal_1997",
                    count_in(1997).map(|c| nl_int(c.into())).unwrap_or_default(),
                ),
                (
                    "laatste_jaar",
                    last.map(|c| c.year.to_string()).unwrap_or_default(),
                ),
                (
                    "laatste_aantal",
                    last.map(|c| nl_int(c.count.into())).unwrap_or_default(),
                ),
                ("ontbrekend", missing_years(series).len().to_string()),
            ];
            (Verdict::CannotTest, values)
        }
        "energie" => {
            // Per inhabitant and per km² of land; the rule: `contribution_verdict`, then
            // `headline` (the robustness table computes the same at 25,000, another way).
            let members: Vec<&Municipality> = Group::Small.members(all).collect();
            let per_inhabitant = |kwp: u64, inhabitants: u64| kwp as f64 / inhabitants as f64;
            // Hectares to km².
            let per_km2 = |kwp: u64, land_ha: u64| 100.0 * kwp as f64 / land_ha as f64;
            let national = per_inhabitant(nl.solar_kwp, nl.inhabitants);
            let national_km2 = per_km2(nl.solar_kwp, nl.land_ha);
            let above = members
                .iter()
                .filter(|m| per_inhabitant(m.solar_kwp, m.inhabitants.into()) > national)
                .count();
            let above_km2 = members
                .iter()
                .filter(|m| per_km2(m.solar_kwp, m.land_ha.into()) > national_km2)
                .count();
            let (small_km2, large_km2) = (
                per_km2(small.solar_kwp, small.land_ha),
                per_km2(large.solar_kwp, large.land_ha),
            );
            let verdict = headline(&[
                contribution_verdict(
                    small.solar_kwp_per_inhabitant() > large.solar_kwp_per_inhabitant(),
                    above,
                    small.count,
                ),
                contribution_verdict(small_km2 > large_km2, above_km2, small.count),
            ]);
            (
                verdict,
                vec![
                    ("vermogen_klein", nl_int(small.solar_kwp)),
                    ("vermogen_nl", nl_int(nl.solar_kwp)),
                    (
                        "aandeel_vermogen",
                        nl_pct(share_pct(small.solar_kwp, nl.solar_kwp)),
                    ),
                    (
                        "aandeel_inwoners",
                        nl_pct(share_pct(small.inhabitants, nl.inhabitants)),
                    ),
                    (
                        "per_inwoner_klein",
                        nl_dec(small.solar_kwp_per_inhabitant(), 2),
                    ),
                    (
                        "per_inwoner_groot",
                        nl_dec(large.solar_kwp_per_inhabitant(), 2),
                    ),
                    ("per_km2_klein", nl_int(small_km2.round() as u64)),
                    ("per_km2_groot", nl_int(large_km2.round() as u64)),
                    ("aantal_klein", nl_int(small.count as u64)),
                    ("boven_inwoner", nl_int(above as u64)),
                    ("boven_km2", nl_int(above_km2 as u64)),
                    ("grens_niet_zelden", whole_pct(NOT_RARELY_SHARE)),
                ],
            )
        }
        "wonen" => {
            let national = nl.growth_2022_2024_pct();
            let above = Group::Small
                .members(all)
                .filter(|m| percent_change(m.dwellings_2022.into(), m.dwellings.into()) > national)
                .count();
            let verdict = contribution_verdict(
                small.growth_2022_2024_pct() > large.growth_2022_2024_pct(),
                above,
                small.count,
            );
            let growth = |pct: f64| format!("{}%", nl_signed(pct, 2));
            (
                verdict,
                vec![
                    ("woningen_klein_2022", nl_int(small.dwellings_2022)),
                    ("woningen_klein_2024", nl_int(small.dwellings_2024)),
                    ("woningen_groot_2022", nl_int(large.dwellings_2022)),
                    ("woningen_groot_2024", nl_int(large.dwellings_2024)),
                    ("groei_klein", growth(small.growth_2022_2024_pct())),
                    ("groei_groot", growth(large.growth_2022_2024_pct())),
                    ("groei_klein_2019", growth(small.growth_2019_2024_pct())),
                    ("groei_groot_2019", growth(large.growth_2019_2024_pct())),
                    (
                        "vergelijkbaar",
                        nl_int((small.count_2019 + large.count_2019) as u64),
                    ),
                    ("groei_nl", growth(national)),
                    ("aantal_klein", nl_int(small.count as u64)),
                    ("boven", nl_int(above as u64)),
                    ("grens_niet_zelden", whole_pct(NOT_RARELY_SHARE)),
                ],
            )
        }
        _ => (Verdict::CannotTest, Vec::new()),
    }
}

/// A claimed figure is supported when ours differs from it by at most this fraction of it.
pub const SUPPORTED_WITHIN: f64 = 0.10;
/// … and supported in part when by at most this fraction.
pub const PARTLY_WITHIN: f64 = 0.30;

/// The verdict on a claimed figure, from the relative gap between ours and the claimed one
/// (the rule the page states with the check).
pub fn verdict_for_gap(gap: f64) -> Verdict {
    if gap <= SUPPORTED_WITHIN {
        Verdict::Supported
    } else if gap <= PARTLY_WITHIN {
        Verdict::Partly
    } else {
        Verdict::NotSupported
    }
}

/// A fraction as a whole percentage (`0.1` → `10%`).
fn whole_pct(fraction: f64) -> String {
    format!("{}%", nl_int((fraction * 100.0).round() as u64))
}

/// |actual − claimed| / claimed.
fn relative_gap(actual: f64, claimed: f64) -> f64 {
    ((actual - claimed) / claimed).abs()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::municipality::built;
    use crate::stats::{parse_series, SERIES};

    fn all_checks() -> Vec<Check> {
        checks(&built(), &parse_series(SERIES).unwrap())
    }

    fn check(id: &str) -> Check {
        all_checks().into_iter().find(|c| c.copy.id == id).unwrap()
    }

    #[test]
    fn a_municipalitys_own_figures_are_its_own_data_beside_the_nations() {
        let all = built();
        let hattem = all.iter().find(|m| m.name == "Hattem").unwrap();
        let solar = own_figures("energie", &all, hattem);
        assert_eq!(solar.len(), 2, "per inhabitant and per km² of land");
        assert_eq!(
            solar[0].own,
            nl_dec(hattem.solar_kwp as f64 / f64::from(hattem.inhabitants), 2)
        );
        let national: f64 = all.iter().map(|m| m.solar_kwp as f64).sum::<f64>()
            / all.iter().map(|m| f64::from(m.inhabitants)).sum::<f64>();
        assert_eq!(solar[0].national, nl_dec(national, 2));
        assert_eq!(
            solar[0].compared,
            (hattem.solar_kwp as f64 / f64::from(hattem.inhabitants)).total_cmp(&national)
        );
        let growth = own_figures("wonen", &all, hattem);
        assert_eq!(growth.len(), 1);
        assert_eq!(
            growth[0].own,
            format!("{}%", nl_signed(hattem.growth_2022_2024_pct(), 2))
        );
        for id in ["omvang", "herindeling", "defensie", "gemeentefonds"] {
            assert!(own_figures(id, &all, hattem).is_empty(), "{id}");
        }
    }

    #[test]
    fn every_check_is_filled_in() {
        for c in all_checks() {
            assert!(
                !c.explanation.contains('{'),
                "{}: {}",
                c.copy.id,
                c.explanation
            );
            assert_eq!(c.inputs.len(), c.copy.inputs.len());
            if c.verdict == Verdict::CannotTest {
                assert!(
                    !c.copy.needed.is_empty(),
                    "{}: say which data would be needed",
                    c.copy.id
                );
            } else {
                assert!(
                    !c.copy.sources.is_empty(),
                    "{}: figures need a source",
                    c.copy.id
                );
            }
        }
    }

    #[test]
    fn the_robustness_tables_hold_the_figures_of_the_data() {
        let size = check("omvang");
        let at = |limit: u32| size.robustness.iter().find(|r| r.limit == limit).unwrap();
        // k80.nl's "tot ongeveer 25.000": below 26,000 the population is 2.16 million.
        assert_eq!(at(ABOUT_LIMIT).small, "2.158.441 (120)");
        assert_eq!(at(LIMIT).small, "1.979.049 (113)");
        assert_eq!(at(LIMIT).rest, "24,1%");
        assert_eq!(size.robustness.len(), 4);
        let energy = check("energie");
        assert_eq!(energy.robustness.len(), 2 * LIMITS.len());
        let per_inhabitant = energy
            .robustness
            .iter()
            .find(|r| r.limit == LIMIT && r.measure == ui::MAAT_KWP_PER_INWONER)
            .unwrap();
        assert_eq!(
            (per_inhabitant.small.as_str(), per_inhabitant.rest.as_str()),
            ("1,93", "1,38")
        );
        assert_eq!(per_inhabitant.verdict, Verdict::Supported);
        let housing = check("wonen");
        let at_limit = housing
            .robustness
            .iter()
            .find(|r| r.limit == LIMIT)
            .unwrap();
        assert_eq!(at_limit.above, Some((40, 113)));
        assert_eq!(
            (at_limit.small.as_str(), at_limit.rest.as_str()),
            ("+1,64%", "+2,01%")
        );
    }

    #[test]
    fn the_headline_verdict_is_the_robustness_table_s_at_25000() {
        use proptest::prelude::*;
        let base = built();
        let series = parse_series(SERIES).unwrap();
        // Any data, not only today's: scale each municipality's solar capacity and its
        // dwellings of 2022 at random; the headline (computed from the group totals) must
        // equal what the table computes at 25,000 (from the municipalities, another way).
        proptest!(ProptestConfig::with_cases(64), |(factors in proptest::collection::vec((0.2f64..5.0, 0.9f64..1.1), base.len()))| {
            let all: Vec<Municipality> = base
                .iter()
                .zip(&factors)
                .map(|(m, (solar, housing))| Municipality {
                    solar_kwp: (m.solar_kwp as f64 * solar) as u64,
                    dwellings_2022: (f64::from(m.dwellings_2022) * housing) as u32,
                    ..m.clone()
                })
                .collect();
            for c in checks(&all, &series) {
                if !c.robustness.is_empty() {
                    prop_assert_eq!(c.verdict, verdict_at_limit(&c.robustness), "{}", c.copy.id);
                }
            }
        });
    }

    #[test]
    fn the_spread_agrees_with_the_robustness_table() {
        let all = built();
        for id in ["energie", "wonen"] {
            let spread = spread(id, &all).unwrap();
            let row = robustness(id, &all)
                .into_iter()
                .find(|r| r.limit == LIMIT && r.measure == spread.measure)
                .unwrap();
            assert_eq!(
                Some((spread.above(&spread.small), spread.small.len())),
                row.above,
                "{id}"
            );
            assert_eq!(spread.small.len() + spread.rest.len(), all.len());
        }
        assert!(spread("omvang", &all).is_none());
    }

    #[test]
    fn contribution_rule_and_headline() {
        assert_eq!(contribution_verdict(true, 0, 10), Verdict::Supported);
        assert_eq!(contribution_verdict(false, 3, 10), Verdict::Partly);
        assert_eq!(contribution_verdict(false, 2, 10), Verdict::NotSupported);
        assert_eq!(
            headline(&[Verdict::Supported, Verdict::Supported]),
            Verdict::Supported
        );
        assert_eq!(
            headline(&[Verdict::Supported, Verdict::Partly]),
            Verdict::DependsOnMeasure
        );
    }

    #[test]
    fn the_rule_from_gap_to_verdict_is_stated_and_monotone() {
        use proptest::prelude::*;
        let rank = |v: Verdict| match v {
            Verdict::Supported => 0,
            Verdict::Partly => 1,
            _ => 2,
        };
        proptest!(|(a in 0.0f64..2.0, b in 0.0f64..2.0)| {
            let (low, high) = if a <= b { (a, b) } else { (b, a) };
            prop_assert!(rank(verdict_for_gap(low)) <= rank(verdict_for_gap(high)));
        });
        assert_eq!(verdict_for_gap(SUPPORTED_WITHIN), Verdict::Supported);
        assert_eq!(verdict_for_gap(PARTLY_WITHIN), Verdict::Partly);
        assert_eq!(verdict_for_gap(PARTLY_WITHIN + 1e-9), Verdict::NotSupported);
        // The page says the rule with the same numbers.
        let c = check("omvang");
        assert!(
            c.explanation.contains("hoogstens 10% van die van k80.nl"),
            "{}",
            c.explanation
        );
        assert!(c.explanation.contains("Hoogstens 30%: deels"));
    }

    #[test]
    fn the_k80_size_claim_holds_in_part() {
        let c = check("omvang");
        assert_eq!(c.verdict, Verdict::Partly);
        assert!(
            c.explanation.contains("113 van de 342 gemeenten"),
            "{}",
            c.explanation
        );
        assert!(c.explanation.contains("1.979.049 inwoners: 11,0%"));
        // k80.nl's "totale oppervlakte": land and water; the land alone beside it.
        assert!(c.explanation.contains("Daarvan hebben zij 24,1%."));
        assert!(c.explanation.contains("Van het land alleen is het 21,5%."));
        assert!(c
            .inputs
            .contains(&("Landoppervlakte Nederland (km²)", "33.647,23".to_owned())));
    }

    #[test]
    fn contribution_checks_report_what_the_figures_show() {
        let energy = check("energie");
        // More solar per inhabitant, less per km² of land: the verdict says it depends.
        assert_eq!(energy.verdict, Verdict::DependsOnMeasure);
        assert!(energy
            .explanation
            .contains("Per km² land is het 529 kWp, tegen 835"));
        assert!(energy.explanation.contains("14,8% van het vermogen"));
        assert!(energy
            .explanation
            .contains("Per inwoner is dat 1,93 kWp, tegen 1,38"));
        let housing = check("wonen");
        // As a group slower, but "niet zelden" is about how often: 40 of the 113 grew faster
        // than the Netherlands, more than a quarter.
        assert_eq!(housing.verdict, Verdict::Partly);
        assert!(housing
            .explanation
            .contains("40 van de 113 kleine gemeenten groeiden sneller"));
        assert!(housing.explanation.contains("+1,64%") && housing.explanation.contains("+2,01%"));
        assert!(housing.explanation.contains("(338 gemeenten"));
        assert_eq!(check("defensie").verdict, Verdict::CannotTest);
        assert_eq!(check("gemeentefonds").verdict, Verdict::CannotTest);
    }

    #[test]
    fn the_merger_check_shows_the_scale_and_the_gaps() {
        let c = check("herindeling");
        assert_eq!(c.verdict, Verdict::CannotTest);
        assert!(
            c.explanation
                .contains("in 1812 waren er 1.144 gemeenten, in 1997 nog 572 en in 2026 342"),
            "{}",
            c.explanation
        );
        assert!(c.explanation.contains("Voor 19 jaren"));
    }
}
