//! Build-time rendering: the app through yew's SSR, and the stylesheet, into `index.html`.

use yew::prelude::*;

use crate::content::ui;
use crate::{App, ROOT_ID};

/// The app rendered to HTML (no hydration markers: the browser renders only the islands,
/// `crate::components::islands`).
pub async fn render_app() -> String {
    yew::LocalServerRenderer::<App>::new()
        .hydratable(false)
        .render()
        .await
}

/// Fills Trunk's `index.html`: the stylesheet before `</head>`, the rendered app inside the
/// empty root element (quoted, or unquoted as Trunk's minifier writes it). Fails if the
/// template does not have exactly one of each.
pub fn fill_template(template: &str, app_html: &str, css: &str) -> Result<String, String> {
    let count = |needle: &str| template.matches(needle).count();
    let roots = [
        format!(r#"<div id="{ROOT_ID}"></div>"#),
        format!("<div id={ROOT_ID}></div>"),
    ];
    let root = match roots
        .iter()
        .map(|r| (r, count(r)))
        .collect::<Vec<_>>()
        .as_slice()
    {
        [(r, 1), (_, 0)] | [(_, 0), (r, 1)] => (*r).clone(),
        _ => {
            return Err(format!(
                "index.html moet precies één leeg element met id {ROOT_ID} hebben"
            ))
        }
    };
    if count("</head>") != 1 {
        return Err("index.html moet precies één </head> hebben".into());
    }
    Ok(template
        .replace("</head>", &format!("<style>{css}</style></head>"))
        .replace(&root, &format!(r#"<div id="{ROOT_ID}">{app_html}</div>"#)))
}

/// The accessibility statement as a page of its own: the same stylesheet, header and footer,
/// no script.
pub async fn render_statement() -> String {
    use crate::components::statement::StatementPage;
    use crate::content::{ui, STATEMENT};
    let body = yew::LocalServerRenderer::<StatementPage>::new()
        .hydratable(false)
        .render()
        .await;
    format!(
        "<!doctype html><html lang=\"nl\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{} – {}</title><meta name=\"description\" content=\"{}\">\
         <link rel=\"icon\" href=\"data:,\"><style>{}</style></head><body>{body}</body></html>\n",
        STATEMENT.title,
        ui::PAGINATITEL,
        STATEMENT.intro,
        crate::style::stylesheet()
    )
}

/// The whole page: template filled with the rendered app and the stylesheet, its description
/// and link preview tags ([`head_tags`]).
pub async fn render_page(template: &str, site: Option<&SiteUrl>) -> Result<String, String> {
    let page = fill_template(template, &render_app().await, &crate::style::stylesheet())?;
    let card = crate::cards::main_card(&crate::municipality::built());
    let meta = PageMeta {
        path: "",
        image: crate::cards::FILE,
        title: ui::PAGINATITEL,
        description: ui::PAGINA_BESCHRIJVING,
        image_alt: &card.alt(),
    };
    Ok(page.replacen("</head>", &format!("{}</head>", head_tags(site, &meta)), 1))
}

/// The build setting for the site's public address, an environment variable.
pub const SITE_URL_SETTING: &str = "SITE_URL";

/// The site's public address (`SITE_URL=https://example.org/k80/uitleg/ make dist`), from
/// which every absolute URL is built: canonical, og:url (later the cards, the sitemap and the
/// QR codes). Checked: http or https, a host, no query or fragment, nothing that would need
/// escaping; it always ends with `/`. Everywhere else the site uses relative URLs, so it works
/// from any sub-path and from `file://`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteUrl(String);

impl SiteUrl {
    /// Checks an address; the error says, in Dutch, what is wrong.
    pub fn parse(text: &str) -> Result<SiteUrl, String> {
        let text = text.trim();
        let rest = text
            .strip_prefix("https://")
            .or_else(|| text.strip_prefix("http://"))
            .ok_or_else(|| {
                format!("{SITE_URL_SETTING} moet beginnen met https:// of http://: {text:?}")
            })?;
        let host = rest.split('/').next().unwrap_or_default();
        if host.is_empty() {
            return Err(format!(
                "{SITE_URL_SETTING} heeft geen domeinnaam: {text:?}"
            ));
        }
        if let Some(bad) = text
            .chars()
            .find(|c| c.is_whitespace() || c.is_control() || "\"'<>`\\?#&".contains(*c))
        {
            return Err(format!(
                "{SITE_URL_SETTING} mag geen {bad:?} bevatten: {text:?}"
            ));
        }
        let slash = if text.ends_with('/') { "" } else { "/" };
        Ok(SiteUrl(format!("{text}{slash}")))
    }

    /// The setting from the environment: `None` when it is not set (or empty).
    pub fn from_env() -> Result<Option<SiteUrl>, String> {
        match std::env::var(SITE_URL_SETTING) {
            Ok(text) if !text.trim().is_empty() => SiteUrl::parse(&text).map(Some),
            _ => Ok(None),
        }
    }

    /// The absolute URL of `path`, relative to the site (`""` is the main page).
    pub fn page(&self, path: &str) -> String {
        format!("{}{path}", self.0)
    }
}

/// What a page says about itself to search engines and link previews.
pub struct PageMeta<'a> {
    /// The page's path, relative to the site (`""`, `gemeente/hattem/`).
    pub path: &'a str,
    /// Its share card's path, relative to the site (`gemeente/hattem/delen.png`).
    pub image: &'a str,
    /// Its title.
    pub title: &'a str,
    /// Its description.
    pub description: &'a str,
    /// Its share card's text alternative.
    pub image_alt: &'a str,
}

/// The tags in `<head>` for search engines and link previews: the description, og:title and
/// og:description; with the public address also the canonical URL, og:url, the share card
/// (og:image with its type, size and text alternative) and `twitter:card`. Open Graph needs
/// absolute addresses: without one those are left out (and the build says so once,
/// `src/bin/prerender.rs`).
pub fn head_tags(site: Option<&SiteUrl>, page: &PageMeta) -> String {
    let meta = |key: &str, name: &str, value: &str| {
        format!(r#"<meta {key}="{name}" content="{}">"#, attribute(value))
    };
    let mut tags = meta("name", "description", page.description)
        + &meta("property", "og:type", "website")
        + &meta("property", "og:locale", "nl_NL")
        + &meta("property", "og:title", page.title)
        + &meta("property", "og:description", page.description);
    if let Some(site) = site {
        let url = site.page(page.path);
        let image = site.page(page.image);
        tags += &format!(r#"<link rel="canonical" href="{url}">"#);
        tags += &meta("property", "og:url", &url);
        tags += &meta("property", "og:image", &image);
        tags += &meta("property", "og:image:type", "image/png");
        tags += &meta(
            "property",
            "og:image:width",
            &crate::cards::WIDTH.to_string(),
        );
        tags += &meta(
            "property",
            "og:image:height",
            &crate::cards::HEIGHT.to_string(),
        );
        tags += &meta("property", "og:image:alt", page.image_alt);
        tags += &meta("name", "twitter:card", "summary_large_image");
    }
    tags
}

/// Any markup, as a component, so yew's renderer can render it.
#[derive(Properties, PartialEq)]
struct BodyProps {
    body: Html,
}

#[component]
fn Body(props: &BodyProps) -> Html {
    props.body.clone()
}

/// `body` rendered to HTML.
async fn render_html(body: Html) -> String {
    yew::LocalServerRenderer::<Body>::with_props(BodyProps { body })
        .hydratable(false)
        .render()
        .await
}

/// Text for a double-quoted attribute.
fn attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

/// A page of its own around `body`: its title, its tags for search engines and link
/// previews ([`head_tags`]), the stylesheet and scripts (`head`, already markup).
fn document(meta: &PageMeta, site: Option<&SiteUrl>, head: &str, body: &str) -> String {
    format!(
        "<!doctype html><html lang=\"nl\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{}</title>{}\
         <link rel=\"icon\" href=\"data:,\">{head}</head><body>{body}</body></html>\n",
        meta.title.replace('&', "&amp;").replace('<', "&lt;"),
        head_tags(site, meta),
    )
}

/// One file of the site: its path relative to the site's root, and its contents.
pub type SiteFile = (String, String);

/// The municipality pages: `gemeente/<slug>/index.html` for every municipality with its CSV
/// beside it, the list `gemeente/index.html`, and their stylesheet (the page's and the
/// comparison's, one file named after its content); with the public address also
/// `sitemap.xml`. Paths relative to the site's root.
pub async fn render_municipality_pages(site: Option<&SiteUrl>) -> Vec<SiteFile> {
    use crate::components::municipality_page::{
        csv, csv_file, description, index_page, municipality_page, page_title, Pages, TO_ROOT,
    };
    use crate::content::ui;
    use crate::contract::{EMBED_SCRIPT, MUNICIPALITY_SCRIPT};
    use crate::municipality::{built, PAGES_DIR};
    use std::hash::{Hash, Hasher};

    let all = built();
    let series = crate::stats::parse_series(crate::stats::SERIES).expect("build.rs validated it");
    let pages = Pages {
        groups: crate::indicators::group_values(&all),
        checks: crate::claims::checks(&all, &series),
        all: all.clone(),
    };
    let css = crate::style::municipality_stylesheet();
    let mut hasher = std::hash::DefaultHasher::new();
    css.hash(&mut hasher);
    let css_file = format!("{PAGES_DIR}-{:016x}.css", hasher.finish());
    // The comparison embedded when scripts run (`static/js/gemeente.js`), sized by the
    // embedding script every host site uses.
    let head = |to_root: &str| {
        format!(
            r#"<link rel="stylesheet" href="{to_root}{css_file}"><script src="{to_root}{MUNICIPALITY_SCRIPT}" defer></script><script src="{to_root}{EMBED_SCRIPT}" defer></script>"#
        )
    };

    let mut files = Vec::with_capacity(2 * all.len() + 3);
    for m in &all {
        let path = m.page();
        let address = site.map(|s| s.page(&path));
        let body = render_html(municipality_page(&pages, m, address.as_deref())).await;
        let page_title = page_title(m);
        let card = crate::cards::municipality_card(m, &pages.groups, &page_title);
        let image = format!("{path}{}", crate::cards::FILE);
        let meta = PageMeta {
            path: &path,
            image: &image,
            title: &page_title,
            description: &description(m),
            image_alt: &card.alt(),
        };
        let html = document(&meta, site, &head(TO_ROOT), &body);
        files.push((format!("{path}{}", csv_file(m)), csv(&pages, m)));
        files.push((format!("{path}index.html"), html));
    }
    let index = format!("{PAGES_DIR}/");
    let body = render_html(index_page(&all)).await;
    let list_title = format!("{} – {}", ui::GEMEENTEN_TITEL, ui::PAGINATITEL);
    // The list shares the main page's card.
    let meta = PageMeta {
        path: &index,
        image: crate::cards::FILE,
        title: &list_title,
        description: ui::GEMEENTEN_UITLEG,
        image_alt: &crate::cards::main_card(&all).alt(),
    };
    files.push((
        format!("{index}index.html"),
        document(&meta, site, &head("../"), &body),
    ));
    files.push((css_file, css));
    if let Some(site) = site {
        let paths = [
            "".to_owned(),
            crate::components::statement::STATEMENT_FILE.to_owned(),
            index,
        ]
        .into_iter()
        .chain(all.iter().map(|m| m.page()));
        files.push(("sitemap.xml".to_owned(), sitemap(site, paths)));
    }
    files
}

/// The share cards as PNG files, paths relative to the site's root: `delen.png` for the main
/// page (and the list), `gemeente/<slug>/delen.png` for every municipality page. Drawn on two
/// threads (the machine's two cores); an error names the card that failed. With a `cache`
/// folder, a card whose SVG was drawn before is taken from there (named after the SVG's
/// hash), so a build redraws only the cards whose words or figures changed.
pub fn render_cards(cache: Option<&std::path::Path>) -> Result<Vec<(String, Vec<u8>)>, String> {
    use crate::cards::{main_card, municipality_card, svg, Painter, FILE};
    use crate::components::municipality_page::page_title;
    use std::hash::{Hash, Hasher};

    let all = crate::municipality::built();
    let groups = crate::indicators::group_values(&all);
    let mut cards = vec![(FILE.to_owned(), svg(&main_card(&all))?)];
    for m in &all {
        let card = municipality_card(m, &groups, &page_title(m));
        cards.push((format!("{}{FILE}", m.page()), svg(&card)?));
    }
    if let Some(dir) = cache {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    let cached = |svg: &str| {
        let mut hasher = std::hash::DefaultHasher::new();
        // What else makes the picture: the drawing's version and the fonts.
        (crate::cards::VERSION, svg).hash(&mut hasher);
        cache.map(|dir| dir.join(format!("{:016x}.png", hasher.finish())))
    };
    let half = cards.len().div_ceil(2);
    std::thread::scope(|scope| {
        let workers: Vec<_> = cards
            .chunks(half)
            .map(|chunk| {
                scope.spawn(move || {
                    let painter = Painter::default();
                    let mut files = Vec::with_capacity(chunk.len());
                    for (path, svg) in chunk {
                        let keep = cached(svg);
                        let png = match keep.as_ref().and_then(|f| std::fs::read(f).ok()) {
                            Some(png) => png,
                            None => {
                                let png = painter.png(svg).map_err(|e| format!("{path}: {e}"))?;
                                // Written whole or not at all: a build stopped halfway leaves
                                // no broken card to be taken later.
                                if let Some(file) = &keep {
                                    let part = file.with_extension("part");
                                    if std::fs::write(&part, &png).is_ok() {
                                        let _ = std::fs::rename(&part, file);
                                    }
                                }
                                png
                            }
                        };
                        files.push((path.clone(), png));
                    }
                    Ok::<_, String>(files)
                })
            })
            .collect();
        let mut files = Vec::with_capacity(cards.len());
        for worker in workers {
            files.extend(
                worker
                    .join()
                    .map_err(|_| "a card's thread failed".to_owned())??,
            );
        }
        Ok(files)
    })
}

/// A sitemap (sitemaps.org) of the pages at `paths`. Every address is a checked
/// [`SiteUrl`] and a slug: nothing to escape.
pub fn sitemap(site: &SiteUrl, paths: impl IntoIterator<Item = String>) -> String {
    let urls: String = paths
        .into_iter()
        .map(|p| format!("<url><loc>{}</loc></url>\n", site.page(&p)))
        .collect();
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n{urls}</urlset>\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_public_address_is_checked_and_ends_with_a_slash() {
        let site = SiteUrl::parse("https://example.org/k80/uitleg").unwrap();
        assert_eq!(site.page(""), "https://example.org/k80/uitleg/");
        assert_eq!(
            site.page("sitemap.xml"),
            "https://example.org/k80/uitleg/sitemap.xml"
        );
        assert_eq!(
            SiteUrl::parse(" http://localhost:8080/ ").unwrap().page(""),
            "http://localhost:8080/"
        );
        for bad in [
            "example.org",
            "ftp://example.org/",
            "https://",
            "https:///pad",
            "javascript:alert(1)",
            "https://example.org/\"><script>",
            "https://example.org/?a=b",
            "https://example.org/#x",
            "https://exa mple.org/",
        ] {
            assert!(SiteUrl::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn the_tags_that_need_the_address_are_there_only_with_it() {
        let meta = PageMeta {
            path: "gemeente/hattem/",
            image: "gemeente/hattem/delen.png",
            title: "Hattem in cijfers",
            description: "Hattem \"in\" cijfers & meer",
            image_alt: "Deelafbeelding. Hattem.",
        };
        let without = head_tags(None, &meta);
        assert_eq!(
            without,
            r#"<meta name="description" content="Hattem &quot;in&quot; cijfers &amp; meer"><meta property="og:type" content="website"><meta property="og:locale" content="nl_NL"><meta property="og:title" content="Hattem in cijfers"><meta property="og:description" content="Hattem &quot;in&quot; cijfers &amp; meer">"#
        );
        let site = SiteUrl::parse("https://example.org/k80/").unwrap();
        let with = head_tags(Some(&site), &meta);
        assert!(with.starts_with(&without));
        assert_eq!(
            &with[without.len()..],
            concat!(
                r#"<link rel="canonical" href="https://example.org/k80/gemeente/hattem/">"#,
                r#"<meta property="og:url" content="https://example.org/k80/gemeente/hattem/">"#,
                r#"<meta property="og:image" content="https://example.org/k80/gemeente/hattem/delen.png">"#,
                r#"<meta property="og:image:type" content="image/png">"#,
                r#"<meta property="og:image:width" content="1200">"#,
                r#"<meta property="og:image:height" content="630">"#,
                r#"<meta property="og:image:alt" content="Deelafbeelding. Hattem.">"#,
                r#"<meta name="twitter:card" content="summary_large_image">"#,
            )
        );
    }
}
