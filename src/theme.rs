//! Design tokens: colours (light and dark), spacing, type scale, sizes. The stylesheet in
//! `style.rs` uses them only through the CSS custom properties written here.

/// A colour scheme. Every text/background pair meets WCAG AA (4.5:1) and every
/// control/focus colour meets 3:1 against the background.
pub struct Palette {
    /// Page background.
    pub bg: &'static str,
    /// Raised surfaces: summary box, notices.
    pub surface: &'static str,
    /// Body text.
    pub text: &'static str,
    /// Secondary text: sources, notes.
    pub muted: &'static str,
    /// Links, buttons, the current step.
    pub primary: &'static str,
    /// Text on `primary`.
    pub on_primary: &'static str,
    /// Hairlines and control borders.
    pub border: &'static str,
    /// Focus outline.
    pub focus: &'static str,
    /// Left rule of quoted memo text.
    pub quote: &'static str,
    /// Background of the "Onze samenvatting" label.
    pub label_bg: &'static str,
}

/// The light scheme (default).
pub const LIGHT: Palette = Palette {
    bg: "#ffffff",
    surface: "#f3f5f7",
    text: "#1b1f24",
    muted: "#4b5560",
    primary: "#005470",
    on_primary: "#ffffff",
    border: "#8a949e",
    focus: "#c2410c",
    quote: "#005470",
    label_bg: "#e2eef2",
};

/// The dark scheme (`prefers-color-scheme: dark`).
pub const DARK: Palette = Palette {
    bg: "#121519",
    surface: "#1d2228",
    text: "#e8ecf0",
    muted: "#b4bec8",
    primary: "#7fcbe3",
    on_primary: "#0d1114",
    border: "#6b7682",
    focus: "#ffb870",
    quote: "#7fcbe3",
    label_bg: "#23343b",
};

/// Spacing scale, `--space-1` … `--space-8`.
pub const SPACE: [&str; 8] = [
    "0.25rem", "0.5rem", "0.75rem", "1rem", "1.5rem", "2rem", "3rem", "4rem",
];

/// Type scale: name and size. Fluid between phone and desktop, capped for large screens.
pub const TYPE: [(&str, &str); 5] = [
    ("small", "0.9375rem"),
    ("base", "clamp(1.0625rem, 1rem + 0.25vw, 1.1875rem)"),
    ("h3", "clamp(1.1875rem, 1.1rem + 0.4vw, 1.375rem)"),
    ("h2", "clamp(1.5rem, 1.25rem + 1.1vw, 2.125rem)"),
    ("h1", "clamp(1.75rem, 1.35rem + 1.9vw, 2.75rem)"),
];

/// System fonts only: nothing is downloaded.
pub const FONT_STACK: &str = r#"system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif"#;

/// Width of the reading column.
pub const MEASURE: &str = "44rem";

/// Minimum size of a touch target (WCAG 2.5.5 asks 44 px).
pub const TARGET: &str = "2.75rem";

/// Corner radius of controls and boxes.
pub const RADIUS: &str = "0.375rem";

impl Palette {
    /// The palette as CSS custom properties (`--color-bg: …;`).
    pub fn custom_properties(&self) -> String {
        [
            ("bg", self.bg),
            ("surface", self.surface),
            ("text", self.text),
            ("muted", self.muted),
            ("primary", self.primary),
            ("on-primary", self.on_primary),
            ("border", self.border),
            ("focus", self.focus),
            ("quote", self.quote),
            ("label-bg", self.label_bg),
        ]
        .iter()
        .map(|(name, value)| format!("--color-{name}: {value};"))
        .collect()
    }
}

/// The projector palette of presenter mode: background, text, muted text, accent. Every
/// pair of text on background is at least 7:1 (WCAG AAA), for a washed-out beamer.
pub const PROJECTOR: [(&str, &str); 4] = [
    ("bg", "#ffffff"),
    ("text", "#111111"),
    ("muted", "#333333"),
    ("accent", "#00405a"),
];

/// [`PROJECTOR`] as CSS custom properties (`--p-bg: …;`).
pub fn projector_properties() -> String {
    PROJECTOR
        .iter()
        .map(|(name, value)| format!("--p-{name}: {value};"))
        .collect()
}

/// Spacing, type, font and sizes as CSS custom properties.
pub fn scale_properties() -> String {
    let space = SPACE
        .iter()
        .enumerate()
        .map(|(i, v)| format!("--space-{}: {v};", i + 1));
    let types = TYPE.iter().map(|(name, v)| format!("--text-{name}: {v};"));
    space
        .chain(types)
        .chain([
            format!("--font: {FONT_STACK};"),
            format!("--measure: {MEASURE};"),
            format!("--target: {TARGET};"),
            format!("--radius: {RADIUS};"),
        ])
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// WCAG relative luminance of `#rrggbb`.
    fn luminance(hex: &str) -> f64 {
        let channel = |i: usize| {
            let c = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap()) / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
    }

    fn contrast(a: &str, b: &str) -> f64 {
        let (x, y) = (luminance(a), luminance(b));
        (x.max(y) + 0.05) / (x.min(y) + 0.05)
    }

    #[test]
    fn the_projector_palette_is_at_least_7_to_1() {
        let color = |name: &str| PROJECTOR.iter().find(|(n, _)| *n == name).unwrap().1;
        for fg in ["text", "muted", "accent"] {
            let ratio = contrast(color(fg), color("bg"));
            assert!(ratio >= 7.0, "{fg}: {ratio:.2}");
        }
    }

    #[test]
    fn both_schemes_meet_wcag_aa_contrast() {
        for p in [&LIGHT, &DARK] {
            for (fg, bg) in [
                (p.text, p.bg),
                (p.text, p.surface),
                (p.muted, p.bg),
                (p.muted, p.surface),
                (p.primary, p.bg),
                (p.primary, p.surface),
                (p.on_primary, p.primary),
                (p.text, p.label_bg),
            ] {
                assert!(
                    contrast(fg, bg) >= 4.5,
                    "{fg} on {bg}: {:.2}",
                    contrast(fg, bg)
                );
            }
            for ui in [p.border, p.focus, p.quote] {
                assert!(
                    contrast(ui, p.bg) >= 3.0,
                    "{ui} on {}: {:.2}",
                    p.bg,
                    contrast(ui, p.bg)
                );
            }
        }
    }
}
