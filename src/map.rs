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
    rings(path).flatten().fold(None, |out, (x, y)| match out {
        None => Some((x, y, x, y)),
        Some((a, b, c, d)) => Some((a.min(x), b.min(y), c.max(x), d.max(y))),
    })
}

/// The points of each ring of a path as [`parse_map`] reads it (absolute coordinates).
fn rings(path: &str) -> impl Iterator<Item = Vec<(f64, f64)>> + '_ {
    path.split('M')
        .filter(|r| !r.is_empty())
        .filter_map(|ring| {
            let ring = ring.trim_end_matches('z');
            let (start, steps) = ring.split_once('l').unwrap_or((ring, ""));
            let numbers: Option<Vec<f64>> = start
                .split(' ')
                .chain(steps.split(' '))
                .filter(|t| !t.is_empty())
                .map(|t| t.parse::<i32>().ok().map(f64::from))
                .collect();
            let numbers = numbers?;
            let (&x0, &y0) = (numbers.first()?, numbers.get(1)?);
            let mut points = vec![(x0, y0)];
            for step in numbers[2..].chunks_exact(2) {
                let (x, y) = points[points.len() - 1];
                points.push((x + step[0], y + step[1]));
            }
            Some(points)
        })
}

/// Where a municipality's dot goes: the centroid of its largest ring (its main land, not
/// the middle of the sea between an island and the coast).
pub fn centroid(path: &str) -> Option<(f64, f64)> {
    rings(path)
        .filter_map(|points| {
            let (mut area, mut cx, mut cy) = (0.0, 0.0, 0.0);
            for (i, &(x0, y0)) in points.iter().enumerate() {
                let (x1, y1) = points[(i + 1) % points.len()];
                let cross = x0 * y1 - x1 * y0;
                area += cross;
                cx += (x0 + x1) * cross;
                cy += (y0 + y1) * cross;
            }
            (area != 0.0).then(|| (area.abs(), cx / (3.0 * area), cy / (3.0 * area)))
        })
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, x, y)| (x, y))
}

/// One SVG path that draws a dot at each point (a zero-length line; the stylesheet gives it
/// round caps), the points divided by `scale` and rounded, row by row so the relative moves
/// stay short. The smallest markup for a few hundred dots.
pub fn dots(points: impl IntoIterator<Item = (f64, f64)>, scale: f64) -> String {
    let mut grid: Vec<(i64, i64)> = points
        .into_iter()
        .map(|(x, y)| ((x / scale).round() as i64, (y / scale).round() as i64))
        .collect();
    grid.sort_unstable_by_key(|&(x, y)| (y, x));
    let mut out = String::new();
    let mut at = None;
    for (x, y) in grid {
        let step = match at {
            None => format!("M{x} {y}h0"),
            Some((px, py)) => format!("m{} {}h0", x - px, y - py),
        };
        // A minus sign separates numbers by itself.
        out.push_str(&step.replace(" -", "-"));
        at = Some((x, y));
    }
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn a_centroid_is_the_middle_of_the_largest_ring() {
        // A 10×10 square at (0, 0) and a 2×2 island at (100, 100).
        let (x, y) = centroid("M0 0l10 0 0 10 -10 0zM100 100l2 0 0 2 -2 0z").unwrap();
        assert!((x - 5.0).abs() < 1e-9 && (y - 5.0).abs() < 1e-9, "{x} {y}");
        // The direction of the ring does not matter.
        assert_eq!(centroid("M0 0l0 10 10 0 0 -10z"), Some((5.0, 5.0)));
        assert_eq!(centroid("M0 0l5 0z"), None);
        assert_eq!(centroid(""), None);
    }

    #[test]
    fn dots_are_one_path_of_zero_length_lines_in_reading_order() {
        let path = dots([(30.0, 20.0), (10.0, 20.0), (22.0, 41.0)], 10.0);
        assert_eq!(path, "M1 2h0m2 0h0m-1 2h0");
        assert_eq!(dots([], 10.0), "");
    }

    #[test]
    fn every_municipality_has_a_dot_inside_the_map() {
        let map = parse_map(TABLE).unwrap();
        for (code, path) in &map.shapes {
            let (x, y) = centroid(path).unwrap_or_else(|| panic!("{code}: no centroid"));
            let (x0, y0, x1, y1) = bounds(path).unwrap();
            assert!(
                (x0..=x1).contains(&x) && (y0..=y1).contains(&y),
                "{code}: {x} {y}"
            );
        }
    }

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
