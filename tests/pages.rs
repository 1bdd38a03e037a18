//! The municipality pages (`gemeente/<slug>/`), their list and the sitemap, as the build
//! writes them: one page per municipality, each with its own figures from the data.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashMap;

use k80_uitleg::content::STEP_HEADS;
use k80_uitleg::municipality::{built, slug};
use k80_uitleg::numbers::nl_int;
use k80_uitleg::prerender::{render_municipality_pages, SiteUrl};

async fn files(site: Option<&SiteUrl>) -> HashMap<String, String> {
    render_municipality_pages(site).await.into_iter().collect()
}

/// The `href`s in `html`, in order.
fn links(html: &str) -> Vec<&str> {
    html.split("href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .collect()
}

#[tokio::test]
async fn every_municipality_has_a_page_with_its_csv_and_a_line_in_the_list() {
    let files = files(None).await;
    let all = built();
    let list = &files["gemeente/index.html"];
    for m in &all {
        let page = format!("gemeente/{}/index.html", slug(&m.name));
        assert!(files.contains_key(&page), "{page}");
        let csv = &files[&format!("gemeente/{}/cijfers-{}.csv", slug(&m.name), slug(&m.name))];
        assert!(
            csv.contains(&format!("\"{}\"", m.name)),
            "the CSV names {}",
            m.name
        );
        assert!(
            list.contains(&format!("href=\"{}/\">{}</a>", slug(&m.name), m.name)),
            "the list links to {}",
            m.name
        );
    }
    let pages = files.keys().filter(|f| f.ends_with("/index.html")).count();
    assert_eq!(pages, all.len() + 1, "a page per municipality and the list");
    assert!(
        !files.contains_key("sitemap.xml"),
        "no sitemap without the address"
    );
    assert!(files
        .values()
        .all(|html| !html.contains("rel=\"canonical\"")));
}

#[tokio::test]
async fn a_page_has_its_own_title_description_figures_checks_steps_and_peers() {
    let files = files(None).await;
    let all = built();
    for name in ["Hattem", "'s-Gravenhage", "Súdwest-Fryslân", "Laren (NH.)"] {
        let m = all.iter().find(|m| m.name == name).unwrap();
        let html = &files[&format!("gemeente/{}/index.html", slug(name))];
        let inhabitants = nl_int(m.inhabitants.into());
        assert!(
            html.contains(&format!("<title>{name} in cijfers – ")),
            "{name}: its own title"
        );
        assert!(
            html.contains(&format!(
                "<meta name=\"description\" content=\"{name} had op 1 januari 2024 {inhabitants} inwoners"
            )),
            "{name}: its own description"
        );
        assert!(html.contains(&format!("<h1>{name} in cijfers</h1>")));
        // Its own column of the table, bold, from the data.
        assert!(
            html.contains(&format!("<td class=\"figures__own\">{inhabitants}</td>")),
            "{name}: inhabitants in the table"
        );
        // Small or not, in words.
        let small = if m.is_small() {
            "is een kleine gemeente"
        } else {
            "is geen kleine gemeente"
        };
        assert!(html.contains(&format!("{name} {small}")), "{name}: {small}");
        // Every check, each with this municipality's line.
        assert_eq!(html.matches(" class=\"check check--").count(), 6);
        assert_eq!(
            html.matches("class=\"check__own\"").count(),
            7,
            "energy has two measures"
        );
        // Every step, each with a link into the explainer with this municipality chosen.
        let hrefs = links(html);
        for step in STEP_HEADS {
            let href = format!("../../?gemeente={}#{}", m.code, step.id);
            assert!(hrefs.contains(&href.as_str()), "{name}: {href}");
        }
        // Five peers, each a page that exists.
        let peers: Vec<&&str> = hrefs
            .iter()
            .filter(|h| h.starts_with("../") && !h.starts_with("../../") && **h != "../")
            .collect();
        assert_eq!(peers.len(), 5, "{name}: {peers:?}");
        for peer in peers {
            let path = format!("gemeente/{}index.html", &peer[3..]);
            assert!(files.contains_key(&path), "{name}: {peer}");
        }
        // The CSV beside it, the comparison embedded with this municipality, the stylesheet.
        assert!(hrefs.contains(&format!("cijfers-{}.csv", slug(name)).as_str()));
        assert!(html.contains(&format!(
            "data-insluiten-hier=\"../../?embed&amp;gemeente={}&amp;weergave=vergelijk\"",
            m.code
        )));
        let css = hrefs.iter().find(|h| h.ends_with(".css")).unwrap();
        assert!(files.contains_key(&css[6..]), "{css}");
    }
}

#[tokio::test]
async fn with_the_public_address_every_page_has_its_canonical_url_and_the_sitemap_lists_them() {
    let site = SiteUrl::parse("https://example.org/k80/uitleg/").unwrap();
    let files = files(Some(&site)).await;
    let all = built();
    let hattem = &files["gemeente/hattem/index.html"];
    assert!(hattem.contains(
        r#"<link rel="canonical" href="https://example.org/k80/uitleg/gemeente/hattem/">"#
    ));
    assert!(files["gemeente/index.html"].contains(
        r#"<meta property="og:url" content="https://example.org/k80/uitleg/gemeente/">"#
    ));
    for tag in [
        r#"<meta property="og:image" content="https://example.org/k80/uitleg/gemeente/hattem/delen.png">"#,
        r#"<meta property="og:image:alt" content="Deelafbeelding. Hattem. 12.624 inwoners · een kleine gemeente. 547 Inwoners per km² land"#,
        r#"<meta property="og:title" content="Hattem in cijfers – Uitleg bij de notitie van K80 over regio’s">"#,
        r#"<meta name="twitter:card" content="summary_large_image">"#,
    ] {
        assert!(hattem.contains(tag), "{tag}");
    }
    // The list shares the main page's card.
    assert!(files["gemeente/index.html"].contains(
        r#"<meta property="og:image" content="https://example.org/k80/uitleg/delen.png">"#
    ));
    let sitemap = &files["sitemap.xml"];
    assert!(sitemap.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    assert_eq!(sitemap.matches("<loc>").count(), all.len() + 3);
    for loc in [
        "https://example.org/k80/uitleg/",
        "https://example.org/k80/uitleg/toegankelijkheid.html",
        "https://example.org/k80/uitleg/gemeente/",
        "https://example.org/k80/uitleg/gemeente/sudwest-fryslan/",
    ] {
        assert!(sitemap.contains(&format!("<loc>{loc}</loc>")), "{loc}");
    }
}

/// The QR code's drawing in a page (`<svg class="qr__code" …>…</svg>`), rasterised and read
/// back with a QR decoder.
fn decode_qr(html: &str) -> String {
    use resvg::{tiny_skia, usvg};
    let at = html.find("class=\"qr__code\"").expect("a QR code");
    let start = html[..at].rfind("<svg ").unwrap();
    let end = start + html[start..].find("</svg>").unwrap() + "</svg>".len();
    let svg = html[start..end].replacen(
        "<svg ",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"400\" ",
        1,
    );
    let tree = usvg::Tree::from_str(&svg, &usvg::Options::default()).unwrap();
    let mut pixmap = tiny_skia::Pixmap::new(400, 400).unwrap();
    let scale = 400.0 / tree.size().width();
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(400, 400, |x, y| {
        pixmap.pixel(x as u32, y as u32).unwrap().red()
    });
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code");
    grids[0].decode().unwrap().1
}

#[tokio::test]
async fn the_brief_has_a_qr_code_that_reads_as_the_pages_public_address() {
    let site = SiteUrl::parse("https://example.org/k80/uitleg/").unwrap();
    let files = files(Some(&site)).await;
    for slug in ["hattem", "nuenen-gerwen-en-nederwetten", "s-gravenhage"] {
        let html = &files[&format!("gemeente/{slug}/index.html")];
        assert_eq!(
            decode_qr(html),
            format!("https://example.org/k80/uitleg/gemeente/{slug}/")
        );
        assert!(html.contains(&format!(
            "aria-label=\"QR-code naar deze pagina: https://example.org/k80/uitleg/gemeente/{slug}/\""
        )));
    }
    // Without a public address, no QR code (it could only point at a relative address).
    let without = files_without_site().await;
    assert!(!without["gemeente/hattem/index.html"].contains("class=\"qr__code\""));
}

async fn files_without_site() -> HashMap<String, String> {
    files(None).await
}
