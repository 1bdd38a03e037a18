//! The page's scripts (`static/js/`, `static/embed.js`) and the Rust code share names: DOM
//! ids, attributes, classes, events, messages and files. They are named once, in
//! `src/contract.rs`; this keeps the scripts in step with it.

use k80_uitleg::contract::{ALL, USED_BY_SCRIPTS};

fn scripts() -> Vec<(&'static str, &'static str)> {
    vec![
        ("static/js/head.js", include_str!("../static/js/head.js")),
        (
            "static/js/loader.js",
            include_str!("../static/js/loader.js"),
        ),
        ("static/js/sw.js", include_str!("../static/js/sw.js")),
        ("static/embed.js", include_str!("../static/embed.js")),
        (
            "static/js/gemeente.js",
            include_str!("../static/js/gemeente.js"),
        ),
    ]
}

/// Code without its comments (`//` to the end of a line, `/* … */`).
fn code(source: &str) -> String {
    let mut out = String::new();
    let mut rest = source;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start..]
            .split_once("*/")
            .map_or("", |(_, after)| after);
    }
    out.push_str(rest);
    out.lines()
        .map(|line| match line.find("//") {
            // Not a `//` inside a string such as 'https://…' (none of ours has one).
            Some(i) if !line[..i].ends_with(':') => &line[..i],
            _ => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The contents of every quoted string ('…', "…", `…`) in `code`.
fn strings(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = code.chars();
    while let Some(c) = chars.next() {
        if matches!(c, '\'' | '"' | '`') {
            let text: String = chars.by_ref().take_while(|&d| d != c).collect();
            out.push(text);
        }
    }
    out
}

/// The names a script uses that belong to the contract's kinds: `k80-…` events, messages
/// and caches, `data-…` attributes (also as `dataset.x`), classes on `<html>`, and files.
fn contract_like(code: &str) -> Vec<String> {
    let mut names: Vec<String> = strings(code)
        .into_iter()
        .filter(|s| {
            s.starts_with("k80-")
                || s.starts_with('[') && s.contains("data-")
                || s.starts_with("data-")
                || s.ends_with(".js") && !s.contains('@')
                || s.ends_with(".css")
                || s.ends_with(".wasm") && !s.contains('@')
        })
        .map(|s| {
            let s = s.trim_start_matches('[').trim_end_matches(']');
            let s = s.trim_start_matches("./");
            // A cache name is the prefix and a version.
            s.split("${").next().unwrap_or(s).to_owned()
        })
        .collect();
    for part in code.split("dataset.").skip(1) {
        let name: String = part
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        names.push(format!("data-{name}"));
    }
    for part in code.split("classList.add(").skip(1) {
        if let Some(class) = strings(part).first() {
            names.push(class.clone());
        }
    }
    names
}

#[test]
fn every_name_the_scripts_share_is_in_the_contract() {
    for (file, source) in scripts() {
        for name in contract_like(&code(source)) {
            assert!(
                ALL.contains(&name.as_str()),
                "{file} uses {name:?}, which src/contract.rs does not name"
            );
        }
    }
}

#[test]
fn every_name_the_contract_gives_the_scripts_is_used_by_one() {
    // Every name of the contract's kinds, and every quoted string (a class handed to a
    // function, as the loader hands each module its "ready" class).
    let used: Vec<String> = scripts()
        .iter()
        .flat_map(|(_, source)| {
            let code = code(source);
            let mut names = contract_like(&code);
            names.extend(strings(&code));
            names
        })
        .collect();
    for name in USED_BY_SCRIPTS {
        assert!(
            used.iter().any(|u| u == name),
            "{name:?} is listed as used by the scripts, but none uses it"
        );
    }
}

#[test]
fn the_check_sees_names_in_strings_datasets_and_class_lists() {
    let names = contract_like(&code(
        "// 'k80-commented'\naddEventListener('k80-x', f); html.dataset.view = 1; html.classList.add('embed');",
    ));
    assert_eq!(names, ["k80-x", "data-view", "embed"]);
}
