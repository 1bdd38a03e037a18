//! "Wat zeggen de cijfers?": the memo's factual claims checked against the open data. The
//! wording lives in `content/cijfers.toml` ([`CHECKS`]); this module computes each check's
//! inputs and its verdict, so a reader can redo the sum.

use crate::content::{
    fill, CheckCopy, CHECKS, VERDICT_DEELS, VERDICT_KLOPT, VERDICT_KLOPT_NIET,
    VERDICT_NIET_TE_TOETSEN,
};
use crate::municipality::Municipality;
use crate::numbers::{nl_dec, nl_int, nl_pct, nl_signed};
use crate::stats::{missing_years, share_pct, Group, GroupTotals, YearCount};

/// What the figures say about a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// The figures support it.
    Supported,
    /// The figures support it in part.
    Partly,
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
            let population_gap = relative_gap(small.inhabitants as f64, 2_100_000.0);
            let land_share = share_pct(small.land_ha, nl.land_ha);
            let total_share = share_pct(small.total_ha, nl.total_ha);
            let verdict = verdict_for_gap(population_gap.max(relative_gap(total_share, 19.0)));
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
                    (
                        "aandeel_inwoners",
                        nl_pct(share_pct(small.inhabitants, nl.inhabitants)),
                    ),
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
            let verdict = if share_pct(small.solar_kwp, nl.solar_kwp)
                > share_pct(small.inhabitants, nl.inhabitants)
            {
                Verdict::Supported
            } else {
                Verdict::NotSupported
            };
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
                ],
            )
        }
        "wonen" => {
            let ahead = small.growth_2022_2024_pct() > large.growth_2022_2024_pct();
            let verdict = if ahead {
                Verdict::Supported
            } else {
                Verdict::NotSupported
            };
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
        assert_eq!(energy.verdict, Verdict::Supported);
        assert!(energy.explanation.contains("14,8% van het vermogen"));
        assert!(energy
            .explanation
            .contains("1,93 kWp per inwoner, tegen 1,38"));
        let housing = check("wonen");
        assert_eq!(
            housing.verdict,
            Verdict::NotSupported,
            "reported even though it goes against the memo"
        );
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
