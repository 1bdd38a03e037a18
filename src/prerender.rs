//! Build-time rendering: the app through yew's SSR, and the stylesheet, into `index.html`.

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

/// The whole page: template filled with the rendered app and the stylesheet, and, with the
/// site's public address, the tags that need it.
pub async fn render_page(template: &str, site: Option<&SiteUrl>) -> Result<String, String> {
    let page = fill_template(template, &render_app().await, &crate::style::stylesheet())?;
    Ok(page.replacen("</head>", &format!("{}</head>", head_tags(site)), 1))
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

/// The tags in `<head>` that need the public address: the canonical URL and og:url. Without
/// an address, none (and the build says so once, `src/bin/prerender.rs`).
pub fn head_tags(site: Option<&SiteUrl>) -> String {
    site.map(|site| {
        let url = site.page("");
        format!(r#"<link rel="canonical" href="{url}"><meta property="og:url" content="{url}">"#)
    })
    .unwrap_or_default()
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
        assert_eq!(head_tags(None), "");
        let site = SiteUrl::parse("https://example.org/k80/").unwrap();
        assert_eq!(
            head_tags(Some(&site)),
            r#"<link rel="canonical" href="https://example.org/k80/"><meta property="og:url" content="https://example.org/k80/">"#
        );
    }
}
