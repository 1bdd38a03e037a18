//! Share cards: the image a link preview shows (`og:image`), 1200 × 630 PNG, one for the main
//! page and one for every municipality page. Drawn at build time as SVG with its text as text
//! ([`svg`]: the figures are checked there, against the data, before rasterising), then
//! rasterised by resvg in the font the repository carries (`assets/fonts/`, with its licence).

use resvg::{tiny_skia, usvg};

use crate::components::key_figures::figure_lines;
use crate::content::{fill, ui};
use crate::indicators::{rows, Column, GroupValues, Row};
use crate::municipality::Municipality;
use crate::numbers::nl_int;
use crate::stats::KeyFigures;

/// Width of a card, pixels.
pub const WIDTH: u32 = 1200;
/// Height of a card, pixels.
pub const HEIGHT: u32 = 630;
/// A card's file name, beside its page (`delen.png`, `gemeente/hattem/delen.png`).
pub const FILE: &str = "delen.png";

/// The figures on a municipality's card, beside the typical small municipality.
pub const FIGURES: [&str; 3] = [ui::IND_DICHTHEID, ui::IND_OUD, ui::IND_ZON];

/// The drawing's version, with the fonts' sizes: part of a cached card's name
/// (`crate::prerender::render_cards`), so a change to the drawing or the fonts draws anew.
/// Raise the number when `svg`, `Painter` or `encode` change what a card looks like.
pub const VERSION: (u32, usize, usize) = (1, REGULAR.len(), BOLD.len());

/// The font family of every text.
const FONT: &str = "Liberation Sans";
const REGULAR: &[u8] = include_bytes!("../assets/fonts/LiberationSans-Regular.ttf");
const BOLD: &[u8] = include_bytes!("../assets/fonts/LiberationSans-Bold.ttf");

/// Colours: the site's accent, text and muted text, and a light surface.
const ACCENT: &str = "#00405a";
const TEXT: &str = "#1b1f23";
const MUTED: &str = "#4a5560";
const SURFACE: &str = "#eef3f6";

/// One figure on a card: the number, what it is, and what it stands beside.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// The number, as the page writes it.
    pub value: String,
    /// What it is.
    pub label: String,
    /// What it is compared with (may be empty).
    pub beside: String,
}

/// What a card says.
#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    /// The site's name, above the title.
    pub kicker: String,
    /// The title: the municipality's name, or the explainer's question.
    pub title: String,
    /// Under the title.
    pub lead: String,
    /// Two or three figures.
    pub figures: Vec<Figure>,
    /// The figures' source and reference date.
    pub source: String,
    /// The page's name.
    pub page: String,
}

impl Card {
    /// Every text of the card, in reading order: its text alternative (`og:image:alt`).
    pub fn alt(&self) -> String {
        let figures = self.figures.iter().map(|f| {
            [f.value.as_str(), f.label.as_str(), f.beside.as_str()]
                .into_iter()
                .filter(|t| !t.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
        });
        let text = [self.title.clone(), self.lead.clone()]
            .into_iter()
            .chain(figures)
            .chain([self.source.clone()])
            .map(|t| t.trim_end_matches('.').to_owned())
            .collect::<Vec<_>>()
            .join(". ");
        fill(ui::DEELKAART_ALT, &[("tekst", &format!("{text}."))])
    }
}

/// The card of the main page: the explainer's question, the memo, the key figures.
pub fn main_card(all: &[Municipality]) -> Card {
    let key = KeyFigures::of(all);
    Card {
        kicker: ui::MERK.to_owned(),
        title: ui::TITEL.to_owned(),
        lead: ui::DEELKAART_ONDERTITEL.to_owned(),
        figures: figure_lines(&key)
            .into_iter()
            .map(|(value, label)| Figure {
                value,
                label,
                beside: String::new(),
            })
            .collect(),
        source: ui::KERN_BRON.to_owned(),
        page: ui::PAGINATITEL.to_owned(),
    }
}

/// The card of `m`'s page: its name, inhabitants, small or not, [`FIGURES`] beside the
/// typical small municipality, their source and dates.
pub fn municipality_card(m: &Municipality, groups: &GroupValues, page: &str) -> Card {
    let rows: Vec<Row> = rows(&[m], groups)
        .into_iter()
        .flat_map(|(_, rows)| rows)
        .collect();
    let shown: Vec<&Row> = FIGURES
        .iter()
        .filter_map(|label| rows.iter().find(|r| r.label == *label))
        .collect();
    let mut dates: Vec<&str> = Vec::new();
    for row in &shown {
        if !dates.contains(&row.date) {
            dates.push(row.date);
        }
    }
    let small = if m.is_small() {
        ui::DEELKAART_KLEIN
    } else {
        ui::DEELKAART_NIET_KLEIN
    };
    Card {
        kicker: ui::MERK.to_owned(),
        title: m.name.clone(),
        lead: fill(
            ui::DEELKAART_INWONERS,
            &[
                ("inwoners", &nl_int(m.inhabitants.into())),
                ("klein", small),
            ],
        ),
        figures: shown
            .iter()
            .map(|row| {
                let cells = row.cells();
                let typical =
                    crate::indicators::number(row.group(Column::TypicalSmall), row.decimals);
                Figure {
                    value: cells[0].clone(),
                    label: row.label.to_owned(),
                    beside: fill(ui::DEELKAART_NAAST, &[("waarde", &typical)]),
                }
            })
            .collect(),
        source: fill(ui::DEELKAART_BRON, &[("data", &dates.join("; "))]),
        page: page.to_owned(),
    }
}

/// Text for SVG.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// `text` in lines of at most `chars` characters, broken between words.
fn wrap(text: &str, chars: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= chars => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}

/// One `<text>`, each line a `<tspan>` `leading` below the one before.
fn text(
    x: u32,
    y: u32,
    size: u32,
    bold: bool,
    fill: &str,
    lines: &[String],
    leading: u32,
) -> String {
    let weight = if bold { " font-weight=\"bold\"" } else { "" };
    let spans: String = lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            format!(
                "<tspan x=\"{x}\" y=\"{}\">{}</tspan>",
                y + leading * i as u32,
                escape(line)
            )
        })
        .collect();
    format!("<text font-size=\"{size}\"{weight} fill=\"{fill}\">{spans}</text>")
}

/// How many characters of `size` px fit in `width` px: about half an em each in Liberation
/// Sans, more in bold.
fn fit(width: u32, size: u32, bold: bool) -> usize {
    let em = if bold { 0.6 } else { 0.5 };
    (f64::from(width) / (f64::from(size) * em)) as usize
}

/// Where the figures' boxes end and the source begins (pixels from the top).
const BOXES_END: u32 = 544;

/// The card as SVG, 1200 × 630: a bar in the accent colour, the site's name, the title (smaller
/// when long), the lead, the figures in boxes side by side, the source and the page's name.
/// Every text is there in full: when something would not fit, the error says what.
pub fn svg(card: &Card) -> Result<String, String> {
    let left = 80;
    let width = WIDTH - left - 60;
    let too_long = |what: &str| Err(format!("{}: {what} does not fit on the card", card.title));
    let mut out = text(
        left,
        96,
        30,
        true,
        ACCENT,
        std::slice::from_ref(&card.kicker),
        0,
    );
    let size = match card.title.chars().count() {
        0..=16 => 84,
        17..=24 => 64,
        _ => 56,
    };
    let title = wrap(&card.title, fit(width, size, true));
    let mut y = 96 + 24 + size;
    out += &text(left, y, size, true, TEXT, &title, size + 8);
    y += (title.len() as u32 - 1) * (size + 8);
    let lead = wrap(&card.lead, fit(width, 32, false));
    y += 56;
    out += &text(left, y, 32, false, TEXT, &lead, 40);
    y += (lead.len() as u32 - 1) * 40;

    let n = card.figures.len().max(1) as u32;
    let gap = 24;
    let box_width = (width - gap * (n - 1)) / n;
    let top = y + 32;
    for (i, f) in card.figures.iter().enumerate() {
        let x = left + i as u32 * (box_width + gap);
        let label = wrap(&f.label, fit(box_width - 48, 22, false));
        let beside = wrap(&f.beside, fit(box_width - 48, 20, false));
        let label_end = top + 100 + 28 * (label.len() as u32 - 1);
        let beside_top = BOXES_END - 22 - 26 * beside.len().saturating_sub(1) as u32;
        if label_end + 16 > beside_top.min(BOXES_END - 8) {
            return too_long(&format!("the figure {:?}", f.label));
        }
        out += &format!(
            "<rect x=\"{x}\" y=\"{top}\" width=\"{box_width}\" height=\"{}\" rx=\"12\" fill=\"{SURFACE}\"/>",
            BOXES_END - top
        );
        out += &text(
            x + 24,
            top + 64,
            56,
            true,
            ACCENT,
            std::slice::from_ref(&f.value),
            0,
        );
        out += &text(x + 24, top + 100, 22, false, TEXT, &label, 28);
        out += &text(x + 24, beside_top, 20, false, MUTED, &beside, 26);
    }
    let source = wrap(&card.source, fit(width, 18, false));
    if source.len() > 2 {
        return too_long("the source");
    }
    out += &text(left, 572, 18, false, MUTED, &source, 22);
    if card.page.chars().count() > fit(width, 20, true) {
        return too_long("the page's name");
    }
    out += &text(
        left,
        620,
        20,
        true,
        ACCENT,
        std::slice::from_ref(&card.page),
        0,
    );
    Ok(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" font-family=\"{FONT}\">\
         <rect width=\"{WIDTH}\" height=\"{HEIGHT}\" fill=\"#ffffff\"/><rect width=\"24\" height=\"{HEIGHT}\" fill=\"{ACCENT}\"/>{out}</svg>"
    ))
}

/// Rasterises cards: the fonts loaded once.
pub struct Painter {
    options: usvg::Options<'static>,
}

impl Default for Painter {
    fn default() -> Self {
        let mut options = usvg::Options {
            font_family: FONT.to_owned(),
            ..usvg::Options::default()
        };
        options.fontdb_mut().load_font_data(REGULAR.to_vec());
        options.fontdb_mut().load_font_data(BOLD.to_vec());
        Painter { options }
    }
}

impl Painter {
    /// The card's SVG as PNG.
    pub fn png(&self, svg: &str) -> Result<Vec<u8>, String> {
        let tree = usvg::Tree::from_str(svg, &self.options).map_err(|e| e.to_string())?;
        let mut pixmap = tiny_skia::Pixmap::new(WIDTH, HEIGHT).ok_or("no pixmap")?;
        resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
        encode(pixmap.data())
    }
}

/// An opaque RGBA image as a small PNG: indexed when it has at most 256 colours (a card
/// nearly always has), otherwise RGB; adaptive filters. (Written for the build tool's debug
/// build: one pass, a pixel like the one before it costs nothing.)
fn encode(rgba: &[u8]) -> Result<Vec<u8>, String> {
    let mut palette: Vec<[u8; 3]> = Vec::new();
    let mut indexed: Option<Vec<u8>> = Some(Vec::with_capacity(rgba.len() / 4));
    let mut last: Option<([u8; 3], u8)> = None;
    for p in rgba.chunks_exact(4) {
        let Some(out) = indexed.as_mut() else { break };
        let colour = [p[0], p[1], p[2]];
        let index = match last {
            Some((c, i)) if c == colour => i,
            _ => match palette.iter().position(|c| *c == colour) {
                Some(i) => i as u8,
                None if palette.len() < 256 => {
                    palette.push(colour);
                    (palette.len() - 1) as u8
                }
                None => {
                    indexed = None;
                    break;
                }
            },
        };
        last = Some((colour, index));
        out.push(index);
    }
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, WIDTH, HEIGHT);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_adaptive_filter(png::AdaptiveFilterType::Adaptive);
    let data = match indexed {
        Some(data) => {
            encoder.set_color(png::ColorType::Indexed);
            encoder.set_palette(palette.concat());
            data
        }
        None => {
            encoder.set_color(png::ColorType::Rgb);
            rgba.chunks_exact(4)
                .flat_map(|p| [p[0], p[1], p[2]])
                .collect()
        }
    };
    let mut writer = encoder.write_header().map_err(|e| e.to_string())?;
    writer.write_image_data(&data).map_err(|e| e.to_string())?;
    writer.finish().map_err(|e| e.to_string())?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn few_colours_make_an_indexed_png_and_many_an_rgb_one() {
        let pixels = |n: u32| -> Vec<u8> {
            (0..super::WIDTH * super::HEIGHT)
                .flat_map(|i| [(i % n) as u8, (i % n / 256) as u8, 0, 255])
                .collect()
        };
        // The colour type is the byte after width, height and depth in the header.
        assert_eq!(super::encode(&pixels(200)).unwrap()[25], 3, "indexed");
        assert_eq!(super::encode(&pixels(1000)).unwrap()[25], 2, "RGB");
    }
}
