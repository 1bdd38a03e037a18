//! Content fidelity: the memo in the app is the memo K80 wrote, word for word.

use k80_uitleg::content::{plain, Basis, MEMO, START, TERMS};

/// The project's copy of `../shared/memo/gespreksnotitie-k80-2026-02-27.txt`.
const ORIGINAL: &str = include_str!("../content/gespreksnotitie-k80-2026-02-27.txt");

/// The original's non-empty lines, with the address block that heads page two removed.
fn original_lines() -> Vec<&'static str> {
    let lines: Vec<&str> = ORIGINAL.lines().filter(|l| !l.trim().is_empty()).collect();
    let block = &lines[..3];
    assert!(block[0].starts_with("Aan: ") && block[2].starts_with("Onderwerp: "));
    let repeat = lines[3..]
        .windows(3)
        .position(|w| w == block)
        .expect("the address block is repeated on page two")
        + 3;
    [&lines[..repeat], &lines[repeat + 3..]].concat()
}

#[test]
fn every_line_of_the_memo_is_in_the_content_unchanged_and_in_order() {
    let expected = original_lines();
    let actual = MEMO.lines();
    for (n, (want, got)) in expected.iter().zip(&actual).enumerate() {
        assert_eq!(got, want, "line {} of the memo differs", n + 1);
    }
    assert_eq!(
        actual.len(),
        expected.len(),
        "the content has a different number of lines"
    );
}

#[test]
fn the_memo_has_its_five_parts_and_emphasis() {
    let headings: Vec<_> = MEMO.parts.iter().map(|p| p.heading).collect();
    assert_eq!(
        headings,
        [
            "Inleiding",
            "Elke Regio Telt, een goede start!",
            "Ruimte voor verbetering",
            "Ons aanbod",
            "Tot slot"
        ]
    );
    let emphasised = MEMO
        .parts
        .iter()
        .flat_map(|p| p.paragraphs.iter())
        .filter(|p| {
            p.iter()
                .any(|i| matches!(i, k80_uitleg::content::Inline::Em(_)))
        })
        .count();
    assert_eq!(
        emphasised, 3,
        "*Elke regio telt* is emphasised three times in the memo"
    );
}

#[test]
fn the_issue_s_glossary_terms_are_all_explained() {
    let names: Vec<_> = TERMS.iter().map(|t| t.name.to_lowercase()).collect();
    for wanted in [
        "gemeentefonds",
        "elke regio telt",
        "npvr",
        "herindeling en opschaling",
        "uitvoeringskracht",
        "regelruimte",
        "beleidsvrijheid",
        "brede welvaart",
        "verkokering",
        "proeftuinen",
    ] {
        assert!(names.contains(&wanted.to_string()), "no entry for {wanted}");
    }
}

/// The background changed (content/ACHTERGROND.md): the opschalingskorting was abolished
/// from 2026, before the memo. The glossary says so, with the sources that say so.
#[test]
fn the_glossary_does_not_say_the_abolished_cut_still_applies() {
    let term = TERMS.iter().find(|t| t.id == "herindeling").unwrap();
    let text: String = term
        .explanation
        .iter()
        .map(|p| plain(p))
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        text.contains("schrapte het kabinet de korting vanaf 2026"),
        "{text}"
    );
    assert!(!text.contains("De korting bleef."), "{text}");
    let sources: Vec<_> = term.sources.iter().map(|s| s.title).collect();
    assert!(
        sources.iter().any(|s| s.contains("definitief afgeschaft")),
        "{sources:?}"
    );
}

/// Text between „“ quotes in our copy that claims to quote the memo.
fn quotes(text: &str) -> Vec<&str> {
    text.split('“')
        .skip(1)
        .filter_map(|rest| rest.split_once('”').map(|(q, _)| q))
        .collect()
}

#[test]
fn what_we_quote_from_the_memo_is_in_the_memo() {
    let memo = MEMO.lines().join("\n").replace('*', "");
    let mut checked = 0;
    let term_texts = TERMS
        .iter()
        .filter(|t| t.basis == Basis::Memo || t.sources.iter().any(|s| s.id == "notitie"))
        .flat_map(|t| t.explanation.iter());
    let start_texts = START
        .about
        .iter()
        .filter(|f| f.sources.iter().any(|s| s.id == "notitie"))
        .map(|f| &f.text);
    for text in term_texts.chain(start_texts) {
        let text = plain(text);
        for quote in quotes(&text) {
            assert!(memo.contains(quote), "not in the memo: “{quote}”");
            checked += 1;
        }
    }
    assert!(checked >= 6, "only {checked} quotes checked");
}

// That every part of the memo belongs to exactly one step, and every explanation has a
// source, build.rs refuses to build otherwise: no test here can see it fail.
