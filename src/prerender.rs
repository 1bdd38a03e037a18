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

/// The whole page: template filled with the rendered app and the stylesheet.
pub async fn render_page(template: &str) -> Result<String, String> {
    fill_template(template, &render_app().await, &crate::style::stylesheet())
}
