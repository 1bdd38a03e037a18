//! The municipality map: one SVG path per municipality, made at build time from
//! `data/gemeenten_2025.topojson` (see `build/map.rs`) and loaded lazily by the browser as
//! `gemeenten-kaart.tsv`. No map library, no JavaScript.

/// The map table, as built (natively only; the browser fetches it).
#[cfg(not(target_arch = "wasm32"))]
pub const TABLE: &str = include_str!(concat!(env!("OUT_DIR"), "/gemeenten-kaart.tsv"));

/// File name of the map table next to `index.html`, with its content hash (`build.rs`).
pub const TABLE_FILE: &str = env!("K80_MAP_FILE");

/// The map: its SVG viewBox and each municipality's outline.
#[derive(Debug, Clone, PartialEq)]
pub struct Map {
    /// SVG `viewBox`, e.g. `0 0 1000 1183`.
    pub view_box: String,
    /// CBS code and SVG path data (`M… l… z`, relative, rounded), in the source's order.
    pub shapes: Vec<(String, String)>,
}

/// Parses the map table: the viewBox line, then `code \t path` lines.
pub fn parse_map(tsv: &str) -> Result<Map, String> {
    let mut lines = tsv.lines();
    let view_box = lines
        .next()
        .filter(|l| l.split(' ').count() == 4)
        .ok_or("kaart zonder viewBox")?;
    let shapes = lines
        .filter(|l| !l.is_empty())
        .map(|line| {
            let (code, path) = line
                .split_once('\t')
                .ok_or(format!("kaartregel zonder tab: {line:.20}"))?;
            if !path.starts_with('M') || !path.ends_with('z') {
                return Err(format!("{code}: geen gesloten vorm"));
            }
            Ok((code.to_owned(), path.to_owned()))
        })
        .collect::<Result<Vec<_>, String>>()?;
    Ok(Map {
        view_box: view_box.to_owned(),
        shapes,
    })
}

/// The bounding box `(min_x, min_y, max_x, max_y)` of a path as [`parse_map`] reads it:
/// rings of `M x y` followed by relative `l dx dy …` steps, each closed by `z`.
pub fn bounds(path: &str) -> Option<(f64, f64, f64, f64)> {
    let mut out: Option<(f64, f64, f64, f64)> = None;
    for ring in path.split('M').filter(|r| !r.is_empty()) {
        let ring = ring.trim_end_matches('z');
        let (start, steps) = ring.split_once('l').unwrap_or((ring, ""));
        let mut numbers = start
            .split(' ')
            .chain(steps.split(' '))
            .filter(|t| !t.is_empty())
            .map(|t| t.parse::<i32>().ok().map(f64::from));
        let (mut x, mut y) = (numbers.next()??, numbers.next()??);
        let mut include = |x: f64, y: f64| {
            out = Some(match out {
                None => (x, y, x, y),
                Some((a, b, c, d)) => (a.min(x), b.min(y), c.max(x), d.max(y)),
            });
        };
        include(x, y);
        while let (Some(dx), Some(dy)) = (numbers.next(), numbers.next()) {
            x += dx?;
            y += dy?;
            include(x, y);
        }
    }
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn bounds_follow_the_relative_steps_over_every_ring() {
        assert_eq!(
            bounds("M10 20l5 0 0 5 -5 0z"),
            Some((10.0, 20.0, 15.0, 25.0))
        );
        assert_eq!(
            bounds("M10 20l5 0 0 5zM0 0l1 1z"),
            Some((0.0, 0.0, 15.0, 25.0))
        );
        assert_eq!(bounds(""), None);
        assert_eq!(bounds("Mx y"), None);
    }

    use crate::municipality::built;

    #[test]
    fn every_municipality_has_exactly_one_shape() {
        let map = parse_map(TABLE).unwrap();
        let mut map_codes: Vec<_> = map.shapes.iter().map(|(code, _)| code.clone()).collect();
        map_codes.sort();
        let mut data_codes: Vec<_> = built().into_iter().map(|m| m.code).collect();
        data_codes.sort();
        assert_eq!(
            map_codes, data_codes,
            "the 2025 map has the 2024 codes (SOURCES.md)"
        );
    }

    #[test]
    fn shapes_stay_inside_the_view_box() {
        let map = parse_map(TABLE).unwrap();
        let size: Vec<i64> = map
            .view_box
            .split(' ')
            .map(|n| n.parse().unwrap())
            .collect();
        assert_eq!(size[2], 1000);
        for (code, path) in &map.shapes {
            // Walk the relative path and check every point.
            for ring in path.split('z').filter(|r| !r.is_empty()) {
                let (start, steps) = ring.trim_start_matches('M').split_once('l').unwrap();
                let mut xy: Vec<i64> = start.split(' ').map(|n| n.parse().unwrap()).collect();
                let deltas: Vec<i64> = steps.split(' ').map(|n| n.parse().unwrap()).collect();
                for step in deltas.chunks(2) {
                    xy[0] += step[0];
                    xy[1] += step[1];
                    assert!(
                        (0..=size[2]).contains(&xy[0]) && (0..=size[3]).contains(&xy[1]),
                        "{code}: {xy:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn multi_part_municipalities_keep_their_islands() {
        let map = parse_map(TABLE).unwrap();
        let parts = |code: &str| {
            map.shapes
                .iter()
                .find(|(c, _)| c == code)
                .unwrap()
                .1
                .matches('M')
                .count()
        };
        // The source's eight MultiPolygons, Texel (with Noorderhaaks) among them.
        assert!(parts("GM0448") >= 2, "Texel has more than one part");
        assert_eq!(parts("GM0014"), 1, "Groningen has one");
        assert!(
            parse_map("0 0 1 1\nGM0001\tM0 0l1 1").is_err(),
            "an open shape is refused"
        );
    }
}
