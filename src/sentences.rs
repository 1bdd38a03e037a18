//! Where the memo's sentences begin: the one rule behind every sentence's anchor (`#inleiding-zin-2`,
//! see `crate::route`). Plain Rust without dependencies, so that `build.rs` counts the
//! sentences with the same rule (it includes this file).

/// Byte offsets in `text` where a sentence begins: 0, and after every `.`, `!` or `?`
/// (with any closing quotation mark or bracket after it) followed by white space and a
/// capital letter, a digit or an opening quotation mark. "25.000" and "o.a. de" do not end
/// a sentence; the memo has no abbreviation followed by a capital.
pub fn starts(text: &str) -> Vec<usize> {
    let mut starts = vec![0];
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        if matches!(chars[i].1, '.' | '!' | '?') {
            let mut j = i + 1;
            while j < chars.len() && matches!(chars[j].1, '”' | '’' | '"' | '\'' | ')' | '*') {
                j += 1;
            }
            let mut k = j;
            while k < chars.len() && chars[k].1.is_whitespace() {
                k += 1;
            }
            if k > j && k < chars.len() {
                let next = chars[k].1;
                let opens = next.is_uppercase() || next.is_ascii_digit() || "„“‘(*".contains(next);
                if opens {
                    starts.push(chars[k].0);
                }
            }
            i = j;
        } else {
            i += 1;
        }
    }
    starts
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The sentences of `text`, each without the white space between them.
    fn split(text: &str) -> Vec<&str> {
        let starts = starts(text);
        let ends = starts.iter().skip(1).copied().chain([text.len()]);
        starts
            .iter()
            .zip(ends)
            .map(|(&from, to)| text[from..to].trim_end())
            .collect()
    }

    #[test]
    fn splits_at_sentence_ends_only() {
        assert_eq!(
            split("Het is 25.000 inwoners. Kleinschaligheid is geen zwakte, maar een kracht! Ja."),
            [
                "Het is 25.000 inwoners.",
                "Kleinschaligheid is geen zwakte, maar een kracht!",
                "Ja."
            ]
        );
        assert_eq!(
            split("Een stap: een regio is sterk."),
            ["Een stap: een regio is sterk."]
        );
        assert_eq!(
            split("Zij zei „ja.” Toen ging zij."),
            ["Zij zei „ja.”", "Toen ging zij."]
        );
        assert_eq!(
            split("Met *nadruk.* En verder."),
            ["Met *nadruk.*", "En verder."]
        );
        assert_eq!(split(""), [""]);
    }
}
