//! Prerenders the app into Trunk's staged `index.html` (Trunk `post_build` hook), and puts
//! the municipality table and the map (`gemeenten.tsv`, `gemeenten-kaart.tsv`, both loaded
//! on demand) beside it, and the municipality pages (`gemeente/`) with their stylesheet and,
//! with `SITE_URL`, `sitemap.xml`.
//!
//! Usage: `prerender [INDEX_HTML]`; without an argument it uses
//! `$TRUNK_STAGING_DIR/index.html`.

#[cfg(not(target_arch = "wasm32"))]
#[tokio::main(flavor = "current_thread")]
async fn main() {
    use std::path::PathBuf;

    let path = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            let staging = std::env::var_os("TRUNK_STAGING_DIR")
                .expect("give the path of index.html, or run as a Trunk hook (TRUNK_STAGING_DIR)");
            PathBuf::from(staging).join("index.html")
        });
    let template = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let site = k80_uitleg::prerender::SiteUrl::from_env().unwrap_or_else(|e| panic!("{e}"));
    if site.is_none() {
        // Once per build: the page works without it, but link previews and search engines
        // get no absolute address.
        eprintln!(
            "{} is niet gezet: de pagina's krijgen geen canonical-, og:url- en og:image-tags en er komt geen sitemap.xml (zie README, Hosting).",
            k80_uitleg::prerender::SITE_URL_SETTING
        );
    }
    let page = k80_uitleg::prerender::render_page(&template, site.as_ref())
        .await
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    std::fs::write(&path, page).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
    let statement = k80_uitleg::prerender::render_statement().await;
    let comparison_css = k80_uitleg::style::comparison_stylesheet();
    for (file, contents) in [
        (
            k80_uitleg::municipality::TABLE_FILE,
            k80_uitleg::municipality::TABLE,
        ),
        (k80_uitleg::map::TABLE_FILE, k80_uitleg::map::TABLE),
        (k80_uitleg::stats::SERIES_FILE, k80_uitleg::stats::SERIES),
        (k80_uitleg::contract::MODULE_CSS, comparison_css.as_str()),
        (
            k80_uitleg::components::statement::STATEMENT_FILE,
            statement.as_str(),
        ),
    ] {
        let target = path.with_file_name(file);
        std::fs::write(&target, contents)
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", target.display()));
    }
    let pages = k80_uitleg::prerender::render_municipality_pages(site.as_ref()).await;
    for (file, contents) in &pages {
        let target = path.with_file_name(file);
        if let Some(dir) = target.parent() {
            std::fs::create_dir_all(dir)
                .unwrap_or_else(|e| panic!("cannot create {}: {e}", dir.display()));
        }
        std::fs::write(&target, contents)
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", target.display()));
    }
    // Cards drawn before are kept in target/ (drawing all 343 takes about 20 s).
    let cache = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("target"))
        .join("share-cards");
    let cards = k80_uitleg::prerender::render_cards(Some(&cache)).unwrap_or_else(|e| panic!("{e}"));
    for (file, png) in &cards {
        let target = path.with_file_name(file);
        std::fs::write(&target, png)
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", target.display()));
    }
    // With the public address, robots.txt (copied by Trunk before this hook) names the sitemap.
    if let Some(site) = &site {
        let robots = path.with_file_name("robots.txt");
        let text = std::fs::read_to_string(&robots).unwrap_or_default();
        let line = format!("Sitemap: {}\n", site.page("sitemap.xml"));
        std::fs::write(&robots, text + &line)
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", robots.display()));
    }
    eprintln!(
        "prerendered {}, {} files of the municipality pages and {} share cards",
        path.display(),
        pages.len(),
        cards.len()
    );
}

#[cfg(target_arch = "wasm32")]
fn main() {}
