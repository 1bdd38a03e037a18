//! Build step for the map: decodes `data/gemeenten_2025.topojson` (quantized, delta-encoded
//! arcs; see data/SOURCES.md section 2) and writes one SVG path per municipality,
//! projected and rounded, as `$OUT_DIR/gemeenten-kaart.tsv` (`code \t path`; the first line
//! is the SVG viewBox). The app loads it lazily; no map library is involved.

use serde::Deserialize;

#[derive(Deserialize)]
struct Topology {
    transform: Transform,
    objects: Objects,
    arcs: Vec<Vec<[i64; 2]>>,
}

#[derive(Deserialize)]
struct Transform {
    scale: [f64; 2],
    translate: [f64; 2],
}

#[derive(Deserialize)]
struct Objects {
    gemeente_2025: Collection,
}

#[derive(Deserialize)]
struct Collection {
    geometries: Vec<Geometry>,
}

#[derive(Deserialize)]
#[serde(tag = "type")]
enum Geometry {
    Polygon {
        id: String,
        arcs: Vec<Vec<i64>>,
    },
    MultiPolygon {
        id: String,
        arcs: Vec<Vec<Vec<i64>>>,
    },
}

/// One municipality's outline: its polygons, each a list of rings of lon/lat points.
type Shape = (String, Vec<Vec<Vec<(f64, f64)>>>);

/// Width of the map in SVG units; the height follows from the projection.
const WIDTH: f64 = 1000.0;
/// Latitude at which the equirectangular projection is true to scale (mid-Netherlands).
const STANDARD_PARALLEL: f64 = 52.1;

/// The arcs as absolute lon/lat points.
fn decode_arcs(topology: &Topology) -> Vec<Vec<(f64, f64)>> {
    let Transform { scale, translate } = &topology.transform;
    topology
        .arcs
        .iter()
        .map(|arc| {
            let (mut x, mut y) = (0, 0);
            arc.iter()
                .map(|[dx, dy]| {
                    x += dx;
                    y += dy;
                    (
                        x as f64 * scale[0] + translate[0],
                        y as f64 * scale[1] + translate[1],
                    )
                })
                .collect()
        })
        .collect()
}

/// A ring from its arc indexes (`!i`, i.e. negative, means arc `i` reversed); shared end
/// points are not repeated.
fn ring(arcs: &[Vec<(f64, f64)>], indexes: &[i64]) -> Result<Vec<(f64, f64)>, String> {
    let mut points: Vec<(f64, f64)> = Vec::new();
    for &index in indexes {
        let arc = arcs
            .get(if index < 0 { !index } else { index } as usize)
            .ok_or(format!("no arc {index}"))?;
        let mut part = arc.clone();
        if index < 0 {
            part.reverse();
        }
        if let Some(last) = points.last() {
            if part.first() != Some(last) {
                return Err(format!("arc {index} does not continue the ring"));
            }
            part.remove(0);
        }
        points.extend(part);
    }
    if points.first() != points.last() || points.len() < 4 {
        return Err("ring does not close".into());
    }
    Ok(points)
}

/// Builds the TSV: the viewBox, then one `code \t path` line per municipality.
pub fn build_map(path: &str) -> Result<String, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let topology: Topology = serde_json::from_str(&text).map_err(|e| format!("{path}: {e}"))?;
    let arcs = decode_arcs(&topology);
    let mut polygons: Vec<Shape> = Vec::new();
    for geometry in &topology.objects.gemeente_2025.geometries {
        let (id, parts) = match geometry {
            Geometry::Polygon { id, arcs: rings } => (id, vec![rings.clone()]),
            Geometry::MultiPolygon { id, arcs: parts } => (id, parts.clone()),
        };
        let rings = parts
            .iter()
            .map(|rings| {
                rings
                    .iter()
                    .map(|r| ring(&arcs, r))
                    .collect::<Result<Vec<_>, _>>()
            })
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| format!("{id}: {e}"))?;
        polygons.push((id.clone(), rings));
    }

    let all = polygons
        .iter()
        .flat_map(|(_, p)| p.iter().flatten().flatten());
    let (mut west, mut east, mut south, mut north) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
    for &(lon, lat) in all {
        west = west.min(lon);
        east = east.max(lon);
        south = south.min(lat);
        north = north.max(lat);
    }
    let k = STANDARD_PARALLEL.to_radians().cos();
    let unit = WIDTH / ((east - west) * k);
    let project = |(lon, lat): (f64, f64)| {
        (
            ((lon - west) * k * unit).round() as i64,
            ((north - lat) * unit).round() as i64,
        )
    };
    let height = ((north - south) * unit).ceil() as i64;

    let mut out = format!("0 0 {} {height}\n", WIDTH as i64);
    for (id, parts) in &polygons {
        let mut d = String::new();
        for ring in parts.iter().flatten() {
            let mut points: Vec<(i64, i64)> = ring.iter().map(|p| project(*p)).collect();
            points.dedup();
            // Relative moves, one `l` for the whole ring (SVG repeats it implicitly).
            let (mut x, mut y) = points[0];
            let steps: Vec<String> = points[1..]
                .iter()
                .map(|&(px, py)| {
                    let step = format!("{} {}", px - x, py - y);
                    (x, y) = (px, py);
                    step
                })
                .collect();
            d.push_str(&format!(
                "M{} {}l{}z",
                points[0].0,
                points[0].1,
                steps.join(" ")
            ));
        }
        out.push_str(&format!("{id}\t{d}\n"));
    }
    Ok(out)
}
