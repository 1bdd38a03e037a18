//! Build step for the municipality figures: reads the CSV copies in `data/`, validates them
//! and writes one compact table, `$OUT_DIR/gemeenten.tsv` (see `src/municipality.rs` for
//! its columns). Any failed check stops the build.

use std::collections::{BTreeMap, BTreeSet};

/// Number of municipalities in the 2024 division (data/SOURCES.md).
const MUNICIPALITIES: usize = 342;
/// Population of the Netherlands on 1 January 2024 (CBS; data/SOURCES.md cross-checks).
const NATIONAL_POPULATION: u64 = 17_942_942;

/// One column of the output: the file and column it is copied from, and how many empty
/// cells SOURCES.md says the source has (any other empty cell fails the build).
struct Column {
    file: &'static str,
    source: &'static str,
    missing: usize,
}

const fn col(file: &'static str, source: &'static str, missing: usize) -> Column {
    Column {
        file,
        source,
        missing,
    }
}

const KERN: &str = "gemeenten_kerncijfers_2024.csv";
const EXTRA: &str = "gemeenten_kerncijfers_2024_extra.csv";
const WB2022: &str = "gemeenten_wijkenbuurten_2022_extra.csv";
const GROWTH: &str = "gemeenten_woninggroei_2024_indeling.csv";
const SOLAR: &str = "gemeenten_zonnestroom_2024h1.csv";

/// The output columns, in order; `src/municipality.rs` reads them by these names.
const COLUMNS: &[Column] = &[
    col(KERN, "gm_code", 0),
    col(KERN, "gemeentenaam", 0),
    col(KERN, "provincie", 0),
    col(KERN, "inwoners", 0),
    col(KERN, "inwoners_0_tot_15_jaar", 0),
    col(KERN, "inwoners_65_jaar_of_ouder", 0),
    col(KERN, "huishoudens", 0),
    col(KERN, "woningvoorraad", 0),
    col(KERN, "oppervlakte_totaal_ha", 0),
    col(KERN, "oppervlakte_land_ha", 0),
    col(KERN, "bevolkingsdichtheid_per_km2_land", 0),
    col(KERN, "mate_van_stedelijkheid", 0),
    col(EXTRA, "gem_woz_waarde_x1000_euro", 0),
    col(EXTRA, "gem_inkomen_per_inwoner_x1000_euro", 3),
    col(EXTRA, "afstand_huisartsenpraktijk_km", 0),
    col(EXTRA, "afstand_grote_supermarkt_km", 0),
    col(EXTRA, "afstand_school_km", 0),
    col(WB2022, "afstand_ziekenhuis_km", 2),
    col(WB2022, "afstand_treinstation_km", 2),
    col(GROWTH, "woningvoorraad_2019", 4),
    col(GROWTH, "woningvoorraad_2022", 0),
    col(SOLAR, "zon_vermogen_panelen_kwp", 0),
];

/// A parsed CSV file: header and rows keyed by `gm_code`.
struct Table {
    header: Vec<String>,
    rows: BTreeMap<String, Vec<String>>,
}

/// RFC 4180 fields of one line: commas, fields in double quotes, `""` inside quotes.
fn split_csv_line(line: &str) -> Result<Vec<String>, String> {
    let mut fields = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        let field = fields.last_mut().expect("at least one field");
        match (c, quoted) {
            ('"', false) if field.is_empty() => quoted = true,
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            ('"', true) => quoted = false,
            (',', false) => fields.push(String::new()),
            ('\t' | '\n' | '\r', _) => return Err(format!("control character in: {line}")),
            (c, _) => field.push(c),
        }
    }
    if quoted {
        return Err(format!("unclosed quote in: {line}"));
    }
    Ok(fields)
}

fn read_table(dir: &str, file: &str) -> Result<Table, String> {
    let path = format!("{dir}/{file}");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
    let mut lines = text.lines().filter(|l| !l.is_empty());
    let header = split_csv_line(lines.next().ok_or(format!("{file}: empty"))?)?;
    let code_at = header
        .iter()
        .position(|h| h == "gm_code")
        .ok_or(format!("{file}: no gm_code"))?;
    let mut rows = BTreeMap::new();
    for line in lines {
        let fields = split_csv_line(line)?;
        if fields.len() != header.len() {
            return Err(format!(
                "{file}: {} fields instead of {}: {line}",
                fields.len(),
                header.len()
            ));
        }
        let code = fields[code_at].clone();
        let valid = code.len() == 6
            && code.starts_with("GM")
            && code[2..].bytes().all(|b| b.is_ascii_digit());
        if !valid {
            return Err(format!("{file}: bad gm_code {code:?}"));
        }
        if rows.insert(code.clone(), fields).is_some() {
            return Err(format!("{file}: {code} twice"));
        }
    }
    if rows.len() != MUNICIPALITIES {
        return Err(format!(
            "{file}: {} municipalities, expected {MUNICIPALITIES}",
            rows.len()
        ));
    }
    Ok(Table { header, rows })
}

/// Reads, validates and returns the compact table as TSV text.
pub fn build_table(dir: &str) -> Result<String, String> {
    let files: BTreeSet<&str> = COLUMNS.iter().map(|c| c.file).collect();
    let mut tables = BTreeMap::new();
    for file in files {
        tables.insert(file, read_table(dir, file)?);
    }
    let codes: Vec<&String> = tables[KERN].rows.keys().collect();
    for (file, table) in &tables {
        if !table.rows.keys().eq(codes.iter().copied()) {
            return Err(format!("{file}: not the same GM codes as {KERN}"));
        }
    }

    let mut out = COLUMNS
        .iter()
        .map(|c| c.source)
        .collect::<Vec<_>>()
        .join("\t");
    out.push('\n');
    let mut missing = vec![0; COLUMNS.len()];
    let mut population = 0_u64;
    for code in &codes {
        let mut cells = Vec::with_capacity(COLUMNS.len());
        for (n, column) in COLUMNS.iter().enumerate() {
            let table = &tables[column.file];
            let at = table
                .header
                .iter()
                .position(|h| h == column.source)
                .ok_or(format!("{}: no column {}", column.file, column.source))?;
            let cell = table.rows[*code][at].trim().to_owned();
            if cell.is_empty() {
                missing[n] += 1;
            } else if n >= 3 && cell.parse::<f64>().is_err() {
                return Err(format!(
                    "{}: {code} {}: not a number: {cell:?}",
                    column.file, column.source
                ));
            }
            cells.push(cell);
        }
        population += cells[3]
            .parse::<u64>()
            .map_err(|e| format!("{code} inwoners: {e}"))?;
        out.push_str(&cells.join("\t"));
        out.push('\n');
    }
    for (column, found) in COLUMNS.iter().zip(missing) {
        if found != column.missing {
            return Err(format!(
                "{} {}: {found} empty cells, SOURCES.md documents {}",
                column.file, column.source, column.missing
            ));
        }
    }
    if population != NATIONAL_POPULATION {
        return Err(format!(
            "total population {population}, expected {NATIONAL_POPULATION}"
        ));
    }
    Ok(out)
}

/// The number of municipalities per year (`aantal_gemeenten_per_jaar.csv`), validated
/// (years rising, counts plausible, every row with its source), as TSV `jaar, aantal, bron`.
pub fn build_series(dir: &str) -> Result<String, String> {
    let file = "aantal_gemeenten_per_jaar.csv";
    let path = format!("{dir}/{file}");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
    let mut lines = text.lines().filter(|l| !l.is_empty());
    let header = split_csv_line(lines.next().ok_or(format!("{file}: empty"))?)?;
    if header != ["jaar", "aantal_gemeenten", "bron", "methode"] {
        return Err(format!("{file}: unexpected header {header:?}"));
    }
    let mut out = String::from("jaar\taantal\tbron\n");
    let mut last_year = 0;
    for line in lines {
        let fields = split_csv_line(line)?;
        let [year, count, source, _method] = fields.as_slice() else {
            return Err(format!("{file}: {line}"));
        };
        let year: u32 = year.parse().map_err(|_| format!("{file}: year {year:?}"))?;
        let count: u32 = count
            .parse()
            .map_err(|_| format!("{file}: count {count:?}"))?;
        if year <= last_year || !(300..=1_500).contains(&count) || source.is_empty() {
            return Err(format!("{file}: implausible row {line}"));
        }
        last_year = year;
        out.push_str(&format!("{year}\t{count}\t{source}\n"));
    }
    if !out.contains("\n2024\t342\t") {
        return Err(format!(
            "{file}: 2024 must have the 342 municipalities of the other files"
        ));
    }
    Ok(out)
}
