//! Finding a municipality by what people type: case, diacritics, apostrophes, hyphens and
//! spaces do not matter ("gravenhage", "sudwest" and "Súdwest" all work), and the names in
//! `content/gemeente-aliassen.toml` ("Den Haag", "Den Bosch") find their municipality too.

use crate::content::ALIASES;
use crate::municipality::Municipality;

/// Lower case, diacritics folded to their base letter, and only letters and digits kept.
pub fn normalize(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(fold)
        .filter(char::is_ascii_alphanumeric)
        .collect()
}

/// The base letter of an accented Latin letter (lower case); other characters unchanged.
fn fold(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        other => other,
    }
}

/// The words of `text`, normalized: "Bergen (L.)" → `["bergen", "l"]`.
pub fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .map(normalize)
        .filter(|w| !w.is_empty())
        .collect()
}

/// Whether `name` starts with the words of `query`, the last of which may still be being
/// typed: "bergen" and "berge" fit "Bergen (L.)", not "Berg en Dal"; "berg en" fits that.
fn starts_with_words(name: &[String], query: &[String]) -> bool {
    let Some((last, whole)) = query.split_last() else {
        return false;
    };
    name.len() >= query.len()
        && name.starts_with(whole)
        && name[whole.len()].starts_with(last.as_str())
}

/// A search result: the municipality, and the other name it was found by, if any.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit<'a> {
    /// The municipality.
    pub municipality: &'a Municipality,
    /// The alias that matched ("Den Haag"), when the CBS name did not.
    pub alias: Option<&'static str>,
}

/// The municipalities matching `query`, best first: the name starts with its words ("bergen"
/// finds "Bergen (L.)" before "Berg en Dal"), then the name starts with it, then an alias
/// starts with it, then the name contains it, then an alias contains it; alphabetical
/// within each. An empty query lists every municipality alphabetically.
pub fn search<'a>(all: &'a [Municipality], query: &str) -> Vec<Hit<'a>> {
    let q = normalize(query);
    let query_words = words(query);
    let mut hits: Vec<(u8, Hit<'a>)> = all
        .iter()
        .filter_map(|m| {
            let name = normalize(&m.name);
            let aliases = ALIASES
                .iter()
                .filter(|(code, _)| *code == m.code)
                .map(|(_, alias)| *alias);
            let by_alias =
                |test: &dyn Fn(&str) -> bool| aliases.clone().find(|a| test(&normalize(a)));
            if name.starts_with(&q) {
                let whole_words = starts_with_words(&words(&m.name), &query_words);
                Some((
                    u8::from(!whole_words),
                    Hit {
                        municipality: m,
                        alias: None,
                    },
                ))
            } else if let Some(alias) = by_alias(&|a| a.starts_with(&q)) {
                Some((
                    2,
                    Hit {
                        municipality: m,
                        alias: Some(alias),
                    },
                ))
            } else if name.contains(&q) {
                Some((
                    3,
                    Hit {
                        municipality: m,
                        alias: None,
                    },
                ))
            } else {
                by_alias(&|a| a.contains(&q)).map(|alias| {
                    (
                        4,
                        Hit {
                            municipality: m,
                            alias: Some(alias),
                        },
                    )
                })
            }
        })
        .collect();
    // A total order (the code last), so an unstable sort gives the same result.
    hits.sort_unstable_by(|(a, x), (b, y)| {
        a.cmp(b)
            .then_with(|| normalize(&x.municipality.name).cmp(&normalize(&y.municipality.name)))
            .then_with(|| x.municipality.code.cmp(&y.municipality.code))
    });
    hits.into_iter().map(|(_, hit)| hit).collect()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::municipality::built as all;
    use proptest::prelude::*;

    fn names(hits: &[Hit]) -> Vec<String> {
        hits.iter().map(|h| h.municipality.name.clone()).collect()
    }

    #[test]
    fn the_issue_s_examples_work() {
        let all = all();
        for query in [
            "gravenhage",
            "'s-Gravenhage",
            "S GRAVENHAGE",
            "Den Haag",
            "den haag",
            "denhaag",
        ] {
            assert_eq!(names(&search(&all, query))[0], "'s-Gravenhage", "{query}");
        }
        for query in ["sudwest", "Súdwest", "súdwest-fryslân", "SUDWEST FRYSLAN"] {
            assert_eq!(names(&search(&all, query))[0], "Súdwest-Fryslân", "{query}");
        }
        assert_eq!(names(&search(&all, "den bosch"))[0], "'s-Hertogenbosch");
        assert_eq!(search(&all, "Den Haag")[0].alias, Some("Den Haag"));
        assert_eq!(names(&search(&all, "bergen nh")), ["Bergen (NH.)"]);
    }

    #[test]
    fn prefix_matches_come_first() {
        let all = all();
        // Spaces do not count, so "Berg en Dal" starts with "bergen" too; but names that
        // start with the word come first.
        let hits = names(&search(&all, "bergen"));
        assert_eq!(
            &hits[..4],
            [
                "Bergen (L.)",
                "Bergen (NH.)",
                "Bergen op Zoom",
                "Berg en Dal"
            ]
        );
        assert_eq!(names(&search(&all, "berg en"))[0], "Berg en Dal");
        // While typing, too ("berge": Bergeijk, the Bergens, …, then Berg en Dal).
        let hits = names(&search(&all, "berge"));
        let at = |name: &str| hits.iter().position(|h| h == name).unwrap();
        assert!(at("Bergen (L.)") < at("Berg en Dal"), "{hits:?}");
        // Names that only contain the query come after those that start with it.
        let hits = names(&search(&all, "horst"));
        assert_eq!(hits[0], "Horst aan de Maas");
        assert!(hits.contains(&"Maashorst".to_string()));
        assert!(search(&all, "xyzzy").is_empty());
        assert_eq!(search(&all, "").len(), 342);
    }

    proptest! {
        #[test]
        fn normalize_is_idempotent_and_plain(text in "\\PC{0,40}") {
            let once = normalize(&text);
            prop_assert_eq!(normalize(&once), once.clone());
            prop_assert!(once.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()));
        }

        #[test]
        fn every_name_finds_itself_whatever_the_case_and_punctuation(
            index in 0usize..342,
            upper in any::<bool>(),
            strip in any::<bool>(),
        ) {
            let all = all();
            let name = &all[index].name;
            let mut query = if upper { name.to_uppercase() } else { name.to_lowercase() };
            if strip {
                query.retain(|c| c != '\'' && c != '-' && c != ' ');
            }
            let hits = search(&all, &query);
            prop_assert!(hits.iter().any(|h| &h.municipality.name == name), "{} not found by {}", name, query);
        }

        #[test]
        fn search_never_panics_and_only_returns_matches(query in "\\PC{0,20}") {
            let all = all();
            let q = normalize(&query);
            for hit in search(&all, &query) {
                let alias = hit.alias.map(normalize).unwrap_or_default();
                prop_assert!(normalize(&hit.municipality.name).contains(&q) || alias.contains(&q));
            }
        }
    }
}
