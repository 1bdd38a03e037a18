//! Design tokens: colours (light, dark and the projector's), spacing, type scale, sizes. The
//! stylesheets in `styles/` use them only through the CSS custom properties written here
//! ([`page_tokens`], [`projector_tokens`]); a test checks that they hold no colour of their own and that
//! every text colour they set meets its contrast on the background they set with it.

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
    /// What a modal dialog dims the page with.
    pub backdrop: &'static str,
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
    backdrop: "#00000099",
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
    backdrop: "#000000b3",
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
            ("backdrop", self.backdrop),
        ]
        .iter()
        .map(|(name, value)| format!("--color-{name}: {value};"))
        .collect()
    }
}

/// The projector palette of presenter mode, the speaker view and the handout (the same in
/// light and dark): the slide's background, text, muted text and accent (every text at
/// least 7:1 on the slide, WCAG AAA, for a washed-out beamer); around the slide the black
/// letterbox, the controls (at least 7:1 too, with a focus ring of at least 3:1), the
/// speaker view's background, the tracks of bars and the progress, and the handout's frames.
pub const PROJECTOR: [(&str, &str); 11] = [
    ("bg", "#ffffff"),
    ("text", "#111111"),
    ("muted", "#333333"),
    ("accent", "#00405a"),
    ("black", "#000000"),
    ("control-bg", "#111111"),
    ("control-text", "#ffffff"),
    ("control-focus", "#ffbf47"),
    ("speaker-bg", "#1b1b1b"),
    ("track", "#d9d9d9"),
    ("frame", "#999999"),
];

/// The map's sequential scale, light to dark (ColorBrewer "Blues", readable with every
/// common colour-vision deficiency): `--map-1` … `--map-5`, lowest class first.
pub const MAP_SCALE: [&str; 5] = ["#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c"];
/// The same scale on the dark scheme: from near the background to bright, so more is
/// brighter there too.
pub const MAP_SCALE_DARK: [&str; 5] = ["#1e3040", "#1f5778", "#2b80ab", "#61aee0", "#b9e0f7"];

/// The map's scale as CSS custom properties, light and dark. Put before
/// `styles/on-demand.css` with [`projector_tokens`].
pub fn map_tokens() -> String {
    let scale = |colours: [&str; 5]| -> String {
        colours
            .iter()
            .enumerate()
            .map(|(i, c)| format!("--map-{}: {c};", i + 1))
            .collect()
    };
    format!(
        ":root {{ {} }}\n@media (prefers-color-scheme: dark) {{ :root {{ {} }} }}\n",
        scale(MAP_SCALE),
        scale(MAP_SCALE_DARK)
    )
}

/// [`PROJECTOR`] as CSS custom properties (`--p-bg: …;`).
pub fn projector_properties() -> String {
    PROJECTOR
        .iter()
        .map(|(name, value)| format!("--p-{name}: {value};"))
        .collect()
}

/// The page's tokens as CSS: the light scheme, spacing and type on `:root`, the dark scheme
/// in its media query. Put before `styles/page.css` by `crate::style`.
pub fn page_tokens() -> String {
    format!(
        ":root {{ {} {} }}\n@media (prefers-color-scheme: dark) {{ :root {{ {} }} }}\n",
        LIGHT.custom_properties(),
        scale_properties(),
        DARK.custom_properties(),
    )
}

/// The projector palette as CSS, on presenter mode, the speaker view and the handout. Put
/// before `styles/on-demand.css` by `crate::style`.
pub fn projector_tokens() -> String {
    format!(
        ".presenter, .speaker, .handout {{ {} }}\n",
        projector_properties()
    )
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

    /// WCAG relative luminance of `#rrggbb` (an alpha channel is ignored).
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

    fn projector(name: &str) -> &'static str {
        PROJECTOR.iter().find(|(n, _)| *n == name).unwrap().1
    }

    /// The value of a custom property in each scheme it has (`--color-*` in light and
    /// dark, `--p-*` in the projector palette).
    fn values(property: &str) -> Vec<String> {
        if let Some(name) = property.strip_prefix("--p-") {
            return vec![projector(name).to_owned()];
        }
        let name = property.strip_prefix("--color-").expect("a colour token");
        [&LIGHT, &DARK]
            .iter()
            .map(|p| {
                let css = p.custom_properties();
                let start = css.find(&format!("--color-{name}: ")).expect(name) + name.len() + 10;
                css[start..start + css[start..].find(';').unwrap()].to_owned()
            })
            .collect()
    }

    fn stylesheets() -> String {
        [
            include_str!("../styles/page.css"),
            include_str!("../styles/on-demand.css"),
        ]
        .concat()
    }

    #[test]
    fn the_projector_palette_is_at_least_7_to_1() {
        for fg in ["text", "muted", "accent"] {
            let ratio = contrast(projector(fg), projector("bg"));
            assert!(ratio >= 7.0, "{fg}: {ratio:.2}");
        }
        let controls = contrast(projector("control-text"), projector("control-bg"));
        assert!(controls >= 7.0, "controls: {controls:.2}");
        assert!(contrast(projector("control-text"), projector("speaker-bg")) >= 7.0);
        for bg in ["black", "control-bg", "speaker-bg"] {
            assert!(
                contrast(projector("control-focus"), projector(bg)) >= 3.0,
                "{bg}"
            );
        }
        // The bars' fills stand out from their tracks.
        for fill in ["muted", "accent"] {
            assert!(
                contrast(projector(fill), projector("track")) >= 3.0,
                "{fill}"
            );
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

    /// The declarations of every rule, as (property, value).
    fn declarations(css: &str) -> Vec<(String, String)> {
        css.split('}')
            .filter_map(|rule| rule.rsplit_once('{'))
            .flat_map(|(_, body)| body.split(';'))
            .filter_map(|decl| decl.split_once(':'))
            .map(|(p, v)| (p.trim().to_owned(), v.trim().to_owned()))
            .collect()
    }

    #[test]
    fn the_stylesheets_have_no_colours_of_their_own() {
        let css = stylesheets();
        for (property, value) in declarations(&css) {
            let hex = value.match_indices('#').any(|(i, _)| {
                let rest = &value[i + 1..];
                let digits = rest.chars().take_while(char::is_ascii_hexdigit).count();
                let after = rest[digits..].chars().next();
                digits >= 3 && !after.is_some_and(|c| c.is_alphanumeric() || c == '-')
            });
            let function = ["rgb(", "rgba(", "hsl(", "hsla(", "oklch(", "color-mix("]
                .iter()
                .any(|f| value.contains(f));
            // Outside token names: `var(--p-black)` is a token, `black` a colour.
            let outside_tokens: String = value
                .split("var(")
                .map(|part| part.split_once(')').map_or(part, |(_, rest)| rest))
                .collect();
            let named = outside_tokens
                .split(|c: char| !c.is_ascii_alphabetic())
                .any(|w| ["white", "black", "red", "gray", "grey", "silver"].contains(&w));
            assert!(!hex && !function && !named, "{property}: {value}");
        }
    }

    /// Every rule that sets a text colour and a background sets a pair that meets 4.5:1 in
    /// every scheme.
    #[test]
    fn every_text_and_background_pair_in_the_stylesheets_meets_its_contrast() {
        let css = stylesheets();
        let token = |body: &str, property: &str| -> Option<String> {
            body.split(';').find_map(|decl| {
                let (name, value) = decl.split_once(':')?;
                let value = value.trim().strip_prefix("var(")?.split(')').next()?;
                (name.trim() == property).then(|| value.to_owned())
            })
        };
        let mut checked = 0;
        for rule in css.split('}') {
            let Some((_, body)) = rule.rsplit_once('{') else {
                continue;
            };
            let (Some(fg), Some(bg)) = (token(body, "color"), token(body, "background")) else {
                continue;
            };
            for (fg_value, bg_value) in values(&fg).iter().zip(values(&bg).iter().cycle()) {
                let ratio = contrast(fg_value, bg_value);
                assert!(ratio >= 4.5, "{fg} on {bg}: {ratio:.2} in {body}");
            }
            checked += 1;
        }
        assert!(checked >= 10, "only {checked} pairs found");
    }
}
