//! The municipality figures: the compact table `gemeenten.tsv` that `build.rs` makes from
//! `data/*.csv` (validated there), and its typed form.
//!
//! The table is not compiled into the app: the browser loads it on demand. Natively (tests,
//! prerender) it is included as [`TABLE`].

/// The compact table, as built (natively only; the browser fetches `gemeenten.tsv`).
#[cfg(not(target_arch = "wasm32"))]
pub const TABLE: &str = include_str!(concat!(env!("OUT_DIR"), "/gemeenten.tsv"));

/// Every municipality, from the built table (natively only).
#[cfg(not(target_arch = "wasm32"))]
pub fn built() -> Vec<Municipality> {
    parse_table(TABLE).expect("build.rs validated the table")
}

/// File name of the table next to `index.html`, with its content hash (`build.rs`).
pub const TABLE_FILE: &str = env!("K80_TABLE_FILE");

/// Population under which a municipality counts as small (the memo's own definition).
pub const SMALL_BELOW: u32 = 25_000;

/// One municipality, 2024 division. Units and reference dates: see `data/SOURCES.md`.
#[derive(Debug, Clone, PartialEq)]
pub struct Municipality {
    /// CBS code, `GM####`.
    pub code: String,
    /// Official CBS name, e.g. `'s-Gravenhage`.
    pub name: String,
    /// Province as CBS spells it.
    pub province: String,
    /// Inhabitants on 1 January 2024.
    pub inhabitants: u32,
    /// Inhabitants aged 0 to 14, 1 January 2024.
    pub aged_0_14: u32,
    /// Inhabitants aged 65 and over, 1 January 2024.
    pub aged_65_plus: u32,
    /// Private households, 1 January 2024.
    pub households: u32,
    /// Dwellings, 1 January 2024.
    pub dwellings: u32,
    /// Total area (land and water) in hectares (CBS 2024).
    pub total_ha: u32,
    /// Land area in hectares (CBS 2024).
    pub land_ha: u32,
    /// Inhabitants per km² of land, as CBS publishes it.
    pub density: u32,
    /// CBS urbanity class, 1 (very strongly urban) to 5 (not urban).
    pub urbanity: u8,
    /// Mean WOZ value of dwellings, × €1,000 (WOZ year 2024).
    pub woz_k_eur: f64,
    /// Mean income per inhabitant, × €1,000; `None` where CBS does not publish it.
    pub income_k_eur: Option<f64>,
    /// Mean road distance to a GP practice, km (2024).
    pub km_gp: f64,
    /// Mean road distance to a large supermarket, km (2024).
    pub km_supermarket: f64,
    /// Mean road distance to a school, km (2024).
    pub km_school: f64,
    /// Mean road distance to a hospital, km (2022); `None` for municipalities changed since.
    pub km_hospital: Option<f64>,
    /// Mean road distance to a train station, km (2022); `None` as above.
    pub km_station: Option<f64>,
    /// Dwellings on 1 January 2019 in today's boundaries; `None` where not comparable.
    pub dwellings_2019: Option<u32>,
    /// Dwellings on 1 January 2022 in today's boundaries.
    pub dwellings_2022: u32,
    /// Installed solar panel capacity, kWp, end of the first half of 2024.
    pub solar_kwp: u64,
}

impl Municipality {
    /// Fewer than 25,000 inhabitants on 1 January 2024.
    pub fn is_small(&self) -> bool {
        self.inhabitants < SMALL_BELOW
    }

    /// Net change of the housing stock from 1 January 2022 to 1 January 2024, percent.
    pub fn growth_2022_2024_pct(&self) -> f64 {
        100.0 * (f64::from(self.dwellings) / f64::from(self.dwellings_2022) - 1.0)
    }

    /// Installed solar panel capacity per inhabitant, kWp.
    pub fn solar_kwp_per_inhabitant(&self) -> f64 {
        self.solar_kwp as f64 / f64::from(self.inhabitants)
    }
}

/// Folder of the municipality pages, next to `index.html`.
pub const PAGES_DIR: &str = "gemeente";

/// The name as it appears in a page's address: lower case, without diacritics, every other
/// run of characters one hyphen (`Laren (NH.)` → `laren-nh`, `Súdwest-Fryslân` →
/// `sudwest-fryslan`, `'s-Gravenhage` → `s-gravenhage`): the words the picker finds it by.
pub fn slug(name: &str) -> String {
    crate::search::words(name).join("-")
}

impl Municipality {
    /// Its page, relative to the site: `gemeente/laren-nh/`.
    pub fn page(&self) -> String {
        format!("{PAGES_DIR}/{}/", slug(&self.name))
    }
}

/// Parses the compact table. Fails with the line and column of the first bad cell.
pub fn parse_table(tsv: &str) -> Result<Vec<Municipality>, String> {
    let mut lines = tsv.lines();
    let header: Vec<&str> = lines.next().ok_or("lege tabel")?.split('\t').collect();
    let at = |name: &str| {
        header
            .iter()
            .position(|h| *h == name)
            .ok_or(format!("kolom {name} ontbreekt"))
    };
    let columns = [
        "gm_code",
        "gemeentenaam",
        "provincie",
        "inwoners",
        "inwoners_0_tot_15_jaar",
        "inwoners_65_jaar_of_ouder",
        "huishoudens",
        "woningvoorraad",
        "oppervlakte_totaal_ha",
        "oppervlakte_land_ha",
        "bevolkingsdichtheid_per_km2_land",
        "mate_van_stedelijkheid",
        "gem_woz_waarde_x1000_euro",
        "gem_inkomen_per_inwoner_x1000_euro",
        "afstand_huisartsenpraktijk_km",
        "afstand_grote_supermarkt_km",
        "afstand_school_km",
        "afstand_ziekenhuis_km",
        "afstand_treinstation_km",
        "woningvoorraad_2019",
        "woningvoorraad_2022",
        "zon_vermogen_panelen_kwp",
    ];
    let index = columns
        .iter()
        .map(|c| at(c))
        .collect::<Result<Vec<_>, _>>()?;
    lines
        .enumerate()
        .filter(|(_, line)| !line.is_empty())
        .map(|(n, line)| {
            let cells: Vec<&str> = line.split('\t').collect();
            let cell = |i: usize| cells.get(index[i]).copied().unwrap_or("");
            let fail = |i: usize| format!("regel {}, kolom {}: \"{}\"", n + 2, columns[i], cell(i));
            let num = |i: usize| crate::numbers::parse(cell(i)).ok_or_else(|| fail(i));
            let opt = |i: usize| {
                if cell(i).is_empty() {
                    Ok(None)
                } else {
                    num(i).map(Some)
                }
            };
            let int = |i: usize| cell(i).parse::<u32>().map_err(|_| fail(i));
            let opt_int = |i: usize| {
                if cell(i).is_empty() {
                    Ok(None)
                } else {
                    int(i).map(Some)
                }
            };
            Ok(Municipality {
                code: cell(0).to_owned(),
                name: cell(1).to_owned(),
                province: cell(2).to_owned(),
                inhabitants: int(3)?,
                aged_0_14: int(4)?,
                aged_65_plus: int(5)?,
                households: int(6)?,
                dwellings: int(7)?,
                total_ha: int(8)?,
                land_ha: int(9)?,
                density: int(10)?,
                urbanity: cell(11).parse().map_err(|_| fail(11))?,
                woz_k_eur: num(12)?,
                income_k_eur: opt(13)?,
                km_gp: num(14)?,
                km_supermarket: num(15)?,
                km_school: num(16)?,
                km_hospital: opt(17)?,
                km_station: opt(18)?,
                dwellings_2019: opt_int(19)?,
                dwellings_2022: int(20)?,
                solar_kwp: cell(21).parse().map_err(|_| fail(21))?,
            })
        })
        .collect()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn slugs_follow_the_rule_and_are_unique() {
        for (name, slug_) in [
            ("Laren (NH.)", "laren-nh"),
            ("Súdwest-Fryslân", "sudwest-fryslan"),
            ("'s-Gravenhage", "s-gravenhage"),
            ("Bergen (L.)", "bergen-l"),
            (
                "Nuenen, Gerwen en Nederwetten",
                "nuenen-gerwen-en-nederwetten",
            ),
            ("Hengelo (O.)", "hengelo-o"),
        ] {
            assert_eq!(slug(name), slug_);
        }
        let all = built();
        let mut slugs: Vec<String> = all.iter().map(|m| slug(&m.name)).collect();
        for s in &slugs {
            assert!(
                !s.is_empty()
                    && !s.starts_with('-')
                    && !s.ends_with('-')
                    && !s.contains("--")
                    && s.bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "{s}"
            );
        }
        slugs.sort_unstable();
        slugs.dedup();
        assert_eq!(slugs.len(), all.len(), "every slug unique");
    }

    #[test]
    fn the_table_has_every_municipality_once() {
        let all = built();
        assert_eq!(all.len(), 342);
        let mut codes: Vec<_> = all.iter().map(|m| m.code.as_str()).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), 342);
    }

    #[test]
    fn spot_checks_from_sources_md() {
        let all = built();
        let get = |name: &str| {
            all.iter()
                .find(|m| m.name == name)
                .unwrap_or_else(|| panic!("{name}"))
        };
        assert_eq!(get("Amsterdam").inhabitants, 931_298);
        assert_eq!(get("'s-Gravenhage").inhabitants, 566_221);
        assert_eq!(get("Schiermonnikoog").inhabitants, 972);
        assert_eq!(get("Zeewolde").inhabitants, 23_899);
        assert!(get("Zeewolde").is_small() && !get("Aa en Hunze").is_small());
        assert_eq!(
            get("Vlieland").income_k_eur,
            None,
            "CBS does not publish it below 2,500 persons"
        );
        assert_eq!(get("Amsterdam").km_hospital, None, "changed since 2022");
        assert_eq!(
            get("Vught").dwellings_2019,
            None,
            "Haaren was split over it"
        );
        assert_eq!(get("Groningen").solar_kwp, 357_881);
        assert_eq!(
            all.iter().map(|m| u64::from(m.dwellings)).sum::<u64>(),
            8_204_049
        );
    }

    #[test]
    fn bad_cells_are_reported_with_their_place() {
        let header = TABLE.lines().next().unwrap();
        let row = TABLE
            .lines()
            .nth(1)
            .unwrap()
            .replacen("\t243768\t", "\tveel\t", 1);
        let err = parse_table(&format!("{header}\n{row}\n")).unwrap_err();
        assert_eq!(err, "regel 2, kolom inwoners: \"veel\"");
        assert!(parse_table("gm_code\n").unwrap_err().contains("ontbreekt"));
    }
}
