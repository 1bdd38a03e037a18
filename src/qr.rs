//! QR codes to a public address (a municipality page's printed brief, presenter mode's
//! "follow along"): one SVG path (dark modules in runs per row), with the quiet zone of four
//! modules around it. Drawn by `crate::components::qr_code`.

use qrcode::{Color, EcLevel, QrCode};

/// Modules of light margin on every side, as the standard asks.
pub const QUIET: usize = 4;

/// A QR code of `text` (error correction M): its size in modules, quiet zone included, and a
/// path that draws its dark modules in a box of that size.
pub fn path(text: &str) -> Result<(usize, String), String> {
    let code = QrCode::with_error_correction_level(text, EcLevel::M).map_err(|e| e.to_string())?;
    let width = code.width();
    let colors = code.to_colors();
    let mut d = String::new();
    for (y, row) in colors.chunks(width).enumerate() {
        let mut x = 0;
        while x < width {
            if row[x] == Color::Dark {
                let run = row[x..].iter().take_while(|c| **c == Color::Dark).count();
                d.push_str(&format!("M{} {}h{run}v1h-{run}z", x + QUIET, y + QUIET));
                x += run;
            } else {
                x += 1;
            }
        }
    }
    Ok((width + 2 * QUIET, d))
}
