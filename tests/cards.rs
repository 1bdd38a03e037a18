//! The share cards (`src/cards.rs`): what they say equals the data, before rasterising; every
//! card fits and becomes a 1200 × 630 PNG of at most 150 kB.

#![cfg(not(target_arch = "wasm32"))]

use k80_uitleg::cards::{main_card, municipality_card, svg, Painter, HEIGHT, WIDTH};
use k80_uitleg::components::municipality_page::page_title;
use k80_uitleg::indicators::group_values;
use k80_uitleg::municipality::built;
use k80_uitleg::numbers::{nl_dec, nl_int};
use k80_uitleg::stats::{median, Group};

/// The texts of an SVG, in order (each `<tspan>`'s content, entities decoded).
fn texts(svg: &str) -> Vec<String> {
    svg.split("<tspan")
        .skip(1)
        .filter_map(|part| part.split_once('>'))
        .map(|(_, rest)| rest.split("</tspan>").next().unwrap_or_default())
        .map(|t| {
            t.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&")
        })
        .collect()
}

#[test]
fn a_municipality_card_shows_its_own_figures_beside_the_typical_small_municipality() {
    let all = built();
    let groups = group_values(&all);
    let small: Vec<_> = Group::Small.members(&all).collect();
    for name in [
        "Hattem",
        "'s-Gravenhage",
        "Nuenen, Gerwen en Nederwetten",
        "Súdwest-Fryslân",
    ] {
        let m = all.iter().find(|m| m.name == name).unwrap();
        let card = municipality_card(m, &groups, &page_title(m));
        let lines = texts(&svg(&card).unwrap());
        let text = lines.join(" ");
        assert_eq!(lines[1], name, "the title is the name");
        let status = if m.is_small() {
            "een kleine gemeente"
        } else {
            "geen kleine gemeente"
        };
        assert_eq!(
            lines[2],
            format!("{} inwoners · {status}", nl_int(m.inhabitants.into()))
        );
        // Inhabitants per km² of land, as CBS publishes it; 65 and over; solar per
        // inhabitant: each with the typical (median) small municipality.
        let figures =
            [
                (
                    nl_int(m.density.into()),
                    median(small.iter().map(|s| Some(f64::from(s.density)))),
                    0,
                ),
                (
                    nl_dec(
                        100.0 * f64::from(m.aged_65_plus) / f64::from(m.inhabitants),
                        1,
                    ),
                    median(small.iter().map(|s| {
                        Some(100.0 * f64::from(s.aged_65_plus) / f64::from(s.inhabitants))
                    })),
                    1,
                ),
                (
                    nl_dec(m.solar_kwp_per_inhabitant(), 2),
                    median(small.iter().map(|s| Some(s.solar_kwp_per_inhabitant()))),
                    2,
                ),
            ];
        for (own, typical, decimals) in figures {
            assert!(lines.contains(&own), "{name}: {own} in\n{text}");
            let typical = if decimals == 0 {
                nl_int(typical.unwrap().round() as u64)
            } else {
                nl_dec(typical.unwrap(), decimals)
            };
            assert!(
                text.contains(&format!("Typische kleine gemeente: {typical}")),
                "{name}: typical {typical} in\n{text}"
            );
        }
        assert!(text.contains("Bron: CBS"), "the source");
        assert!(text.contains("1 januari 2024"), "the reference date");
        assert!(lines
            .last()
            .unwrap()
            .starts_with(&format!("{name} in cijfers – ")));
        // The text alternative says the same.
        let alt = card.alt();
        assert!(
            alt.starts_with(&format!("Deelafbeelding. {name}. ")),
            "{alt}"
        );
        assert!(alt.contains(&nl_int(m.inhabitants.into())));
    }
}

#[test]
fn the_main_card_shows_the_question_and_the_key_figures() {
    let all = built();
    let text = texts(&svg(&main_card(&all)).unwrap()).join(" ");
    let small = all.iter().filter(|m| m.is_small()).count() as u64;
    let inhabitants: u64 = all
        .iter()
        .filter(|m| m.is_small())
        .map(|m| u64::from(m.inhabitants))
        .sum();
    for words in [
        "Wat vraagt K80 aan de Tweede Kamer?".to_owned(),
        nl_int(small),
        format!("van de {} gemeenten", nl_int(all.len() as u64)),
        nl_int(inhabitants),
        "Bron: CBS".to_owned(),
    ] {
        assert!(text.contains(&words), "{words} in {text}");
    }
}

/// Width and height from a PNG's header.
fn size(png: &[u8]) -> (u32, u32) {
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    let at = |i: usize| u32::from_be_bytes(png[i..i + 4].try_into().unwrap());
    (at(16), at(20))
}

#[test]
fn every_card_fits_and_a_sample_becomes_a_png_of_1200_by_630_within_150_kb() {
    let all = built();
    let groups = group_values(&all);
    // Every card's text fits (svg fails when something would not); the build draws them all
    // (the e2e tests check every PNG in dist/), this draws a sample.
    let painter = Painter::default();
    let mut sample = vec![svg(&main_card(&all)).unwrap()];
    for m in &all {
        let card = svg(&municipality_card(m, &groups, &page_title(m))).unwrap();
        if [
            "Hattem",
            "'s-Gravenhage",
            "Nuenen, Gerwen en Nederwetten",
            "Vlieland",
        ]
        .contains(&m.name.as_str())
        {
            sample.push(card);
        }
    }
    assert_eq!(sample.len(), 5);
    let blank = painter
        .png(&format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\"/>"
        ))
        .unwrap();
    for svg in &sample {
        let png = painter.png(svg).unwrap();
        assert_eq!(size(&png), (WIDTH, HEIGHT));
        assert!(png.len() <= 150_000, "{} bytes", png.len());
        // The text is drawn: far more than a blank card's bytes.
        assert!(png.len() > 5 * blank.len(), "{} bytes", png.len());
    }
}
