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

/// Everything a quotation may come from: the memo, and the sentences `ACHTERGROND.md` (our
/// copy of `../shared/memo/README.md`) quotes from other sources ("…" there), apostrophes
/// and emphasis made plain.
fn quotable() -> Vec<String> {
    let background = include_str!("../content/ACHTERGROND.md");
    let mut sources = vec![normal(&MEMO.lines().join("\n").replace('*', ""))];
    for quote in background.split('"').skip(1).step_by(2) {
        sources.push(normal(quote));
    }
    for quote in quotes(background) {
        sources.push(normal(quote));
    }
    sources
}

/// Curly and straight apostrophes alike, runs of white space as one space.
fn normal(text: &str) -> String {
    text.replace('’', "'")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether `quote` occurs word for word in one source; "…" marks an omission, so each part
/// between them must occur, in order, in the same source.
fn is_verbatim(quote: &str, sources: &[String]) -> bool {
    let parts: Vec<String> = quote
        .split('…')
        .map(|p| normal(p.trim_matches(|c: char| c.is_whitespace())))
        .filter(|p| !p.is_empty())
        .collect();
    !parts.is_empty()
        && sources.iter().any(|source| {
            let mut from = 0;
            parts
                .iter()
                .all(|part| match source[from..].find(part.as_str()) {
                    Some(at) => {
                        from += at + part.len();
                        true
                    }
                    None => false,
                })
        })
}

#[test]
fn every_quotation_on_any_page_or_slide_is_word_for_word() {
    let sources = quotable();
    let files = [
        ("uitleg.toml", include_str!("../content/uitleg.toml")),
        ("begrippen.toml", include_str!("../content/begrippen.toml")),
        ("cijfers.toml", include_str!("../content/cijfers.toml")),
        (
            "presentatie.toml",
            include_str!("../content/presentatie.toml"),
        ),
        (
            "toegankelijkheid.toml",
            include_str!("../content/toegankelijkheid.toml"),
        ),
    ];
    let mut checked = 0;
    for (file, text) in files {
        let text = text.replace('„', "“");
        for quote in quotes(&text) {
            // A value from the URL, shown between quotes in a message: not a quotation.
            if quote.contains('{') {
                continue;
            }
            let quote = quote.replace('*', "");
            assert!(
                is_verbatim(&quote, &sources),
                "{file}: not word for word in its source: “{quote}”"
            );
            checked += 1;
        }
    }
    // The checks' claims are shown as block quotations, on the page and on their slides.
    for check in k80_uitleg::content::CHECKS {
        for claim in [check.claim, check.slide_claim] {
            assert!(
                is_verbatim(claim, &sources),
                "{}: the claim is not word for word: {claim}",
                check.id
            );
            checked += 1;
        }
    }
    assert!(checked >= 15, "only {checked} quotations checked");
    // The rule can fail: a paraphrase is not a quotation, an omission must be marked.
    assert!(!is_verbatim(
        "Kleine gemeenten beslaan 19% van de oppervlakte van Nederland.",
        &sources
    ));
    assert!(is_verbatim(
        "Wij zien dat herindelingen … niet uit inhoudelijke noodzaak.",
        &sources
    ));
    assert!(!is_verbatim(
        "niet uit inhoudelijke noodzaak … Wij zien dat herindelingen",
        &sources
    ));
}

/// Every sentence of the memo keeps its anchor across builds: the ids and their sentences
/// are in `tests/zinnen.txt`. A change there is a change of published links: on purpose only
/// (then run with `K80_SCHRIJF_ZINNEN=1` to write the file anew, and say so in the commit).
#[test]
fn every_sentence_keeps_its_anchor() {
    use k80_uitleg::content::{part_sentences, STEPS};
    use k80_uitleg::route::{parse, Fragment, Sentence};
    let mut lines = String::new();
    let mut all = Sentence::all();
    for step in STEPS {
        for sentence in step.part.into_iter().flat_map(part_sentences) {
            let anchor = all.next().expect("an anchor per sentence");
            // The anchor names this sentence when it comes back from a URL.
            assert_eq!(
                parse(&format!("#{}", anchor.id()), "").fragment,
                Fragment::Sentence(anchor)
            );
            lines.push_str(&format!("{}\t{}\n", anchor.id(), plain(&sentence)));
        }
    }
    assert_eq!(all.next(), None, "no anchor without its sentence");
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/zinnen.txt");
    if std::env::var_os("K80_SCHRIJF_ZINNEN").is_some() {
        std::fs::write(path, &lines).unwrap();
    }
    let kept = std::fs::read_to_string(path).expect("tests/zinnen.txt");
    assert_eq!(
        lines, kept,
        "a sentence's anchor changed: published links would break"
    );
}
