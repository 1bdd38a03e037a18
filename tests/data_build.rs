//! The build-time checks on `data/` fail the build on bad data (see build/data.rs).

#![cfg(not(target_arch = "wasm32"))]

#[path = "../build/data.rs"]
#[allow(dead_code)]
mod data;

use std::fs;
use std::path::PathBuf;

/// A copy of `data/` with `edit` applied to one file; returns the directory.
fn copy_with(name: &str, file: &str, edit: impl Fn(String) -> String) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("k80-data-{}-{name}", std::process::id()));
    fs::create_dir_all(&dir).unwrap();
    for entry in fs::read_dir("data").unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "csv") {
            let text = fs::read_to_string(&path).unwrap();
            let name = path.file_name().unwrap();
            let text = if name == file { edit(text) } else { text };
            fs::write(dir.join(name), text).unwrap();
        }
    }
    dir
}

fn build(dir: &PathBuf) -> Result<String, String> {
    let result = data::build_table(dir.to_str().unwrap());
    fs::remove_dir_all(dir).unwrap();
    result
}

#[test]
fn the_real_data_passes() {
    let table = data::build_table("data").unwrap();
    assert_eq!(table.lines().count(), 343, "header and 342 municipalities");
}

#[test]
fn a_missing_municipality_fails() {
    let dir = copy_with("missing", "gemeenten_zonnestroom_2024h1.csv", |t| {
        t.lines()
            .filter(|l| !l.starts_with("GM0014,"))
            .collect::<Vec<_>>()
            .join("\n")
    });
    assert!(build(&dir).unwrap_err().contains("341 municipalities"));
}

#[test]
fn a_changed_population_fails() {
    let dir = copy_with("population", "gemeenten_kerncijfers_2024.csv", |t| {
        t.replacen(
            "GM0014,Groningen,PV20,Groningen,243768,",
            "GM0014,Groningen,PV20,Groningen,243769,",
            1,
        )
    });
    assert!(build(&dir)
        .unwrap_err()
        .contains("total population 17942943"));
}

#[test]
fn an_undocumented_empty_cell_fails() {
    let dir = copy_with("empty", "gemeenten_kerncijfers_2024_extra.csv", |t| {
        t.replacen("GM0014,Groningen,300,", "GM0014,Groningen,,", 1)
    });
    let err = build(&dir).unwrap_err();
    assert!(
        err.contains("gem_woz_waarde_x1000_euro: 1 empty cells, SOURCES.md documents 0"),
        "{err}"
    );
}

#[test]
fn a_duplicate_code_fails() {
    let dir = copy_with("duplicate", "gemeenten_kerncijfers_2024.csv", |t| {
        t.replacen("GM0034,Almere", "GM0014,Almere", 1)
    });
    assert!(build(&dir).unwrap_err().contains("GM0014 twice"));
}
