//! The prerendered page: every word of the memo is in the HTML, with the structure that
//! works without JavaScript.

#![cfg(not(target_arch = "wasm32"))]

use k80_uitleg::content::{plain, MEMO, STEPS};
use k80_uitleg::prerender::{fill_template, render_app, render_page};

/// Text content of an HTML fragment: tags and comments dropped, entities decoded.
fn text_of(html: &str) -> String {
    let mut text = String::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        text.push_str(&rest[..start]);
        let end = if rest[start..].starts_with("<!--") {
            rest[start..].find("-->").map(|e| e + 3)
        } else {
            rest[start..].find('>').map(|e| e + 1)
        };
        rest = &rest[start + end.expect("tags are closed")..];
    }
    text.push_str(rest);
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

async fn rendered() -> String {
    render_app().await
}

#[tokio::test]
async fn every_memo_line_is_in_the_prerendered_html() {
    let text = text_of(&rendered().await);
    for line in MEMO.lines() {
        let line = line.replace('*', "");
        // The address lines are shown as "Aan: …" in the letter view.
        assert!(text.contains(&line), "missing from the HTML: {line}");
    }
}

#[tokio::test]
async fn every_view_is_rendered_with_its_fragment_id() {
    let html = rendered().await;
    for step in STEPS {
        assert!(
            html.contains(&format!(r#"id="{}""#, step.id)),
            "no element for #{}",
            step.id
        );
        assert!(text_of(&html).contains(step.headline));
        for point in step.summary {
            assert!(text_of(&html).contains(&plain(point)));
        }
    }
    assert!(html.contains(r#"id="notitie""#));
    // Only the first step is current before the app knows the URL.
    assert_eq!(html.matches("data-current").count(), 1);
}

#[tokio::test]
async fn sections_are_prerendered_closed_without_buttons_that_cannot_work() {
    let html = rendered().await;
    let sections = html.matches(r#"class="accordion__panel""#).count();
    assert!(sections >= 2 * (STEPS.len() - 2));
    assert_eq!(html.matches(r#"hidden="until-found""#).count(), sections);
    assert_eq!(
        html.matches(r#"class="accordion__title""#).count(),
        sections
    );
    // Buttons come with the app: none works before it runs. "Alles openen", "Insluiten",
    // "Delen" and each "Citeer een zin" (its choice and "Kopieer citaat") are there, disabled, so nothing
    // shifts when it starts (the stylesheet hides them without the app). The one other is
    // the loader's "Opnieuw proberen", in the notice that shows only when the on-demand
    // module could not be loaded.
    let cites = STEPS.iter().filter(|s| s.part.is_some()).count();
    assert_eq!(html.matches("<button").count(), 4 + cites);
    assert_eq!(html.matches("data-module-retry").count(), 1);
    assert_eq!(
        html.matches(r#"disabled="disabled""#).count(),
        3 + 2 * cites
    );
    assert!(html
        .contains(r#"<button type="button" disabled="disabled" class="button toolbar__button">"#));
    assert!(html.contains("<em>Elke regio telt</em>"));
}

#[tokio::test]
async fn every_island_has_one_host_and_no_hydration_markers() {
    use k80_uitleg::components::islands::Island;
    let html = rendered().await;
    for island in Island::all() {
        let id = format!(r#"id="{}""#, island.id());
        assert_eq!(html.matches(&id).count(), 1, "{id}");
    }
    // The browser renders only the islands: the page needs none of yew's hydration comments.
    assert!(!html.contains("<!--<"), "hydration markers in the page");
}

#[tokio::test]
async fn the_template_gets_the_app_and_the_stylesheet() {
    let template = "<html><head><title>t</title></head><body><div id=\"app\"></div></body></html>";
    let page = render_page(template, None).await.unwrap();
    assert!(page.contains("<style>:root"), "stylesheet first in <style>");
    assert!(
        !page.contains("canonical") && !page.contains("og:image"),
        "no absolute address without SITE_URL"
    );
    // Its description and title for link previews, always.
    assert!(page.contains(
        r#"<meta property="og:title" content="Uitleg bij de notitie van K80 over regio’s">"#
    ));
    assert!(page.contains(r#"<meta name="description" content="Uitleg in gewone taal bij"#));
    // With the public address: the canonical URL, og:url and the share card, in <head>.
    let site = k80_uitleg::prerender::SiteUrl::parse("https://example.org/k80/").unwrap();
    let public = render_page(template, Some(&site)).await.unwrap();
    let head = public.split("</head>").next().unwrap();
    for tag in [
        r#"<link rel="canonical" href="https://example.org/k80/">"#,
        r#"<meta property="og:url" content="https://example.org/k80/">"#,
        r#"<meta property="og:image" content="https://example.org/k80/delen.png">"#,
        r#"<meta property="og:image:width" content="1200">"#,
        r#"<meta property="og:image:height" content="630">"#,
        r#"<meta property="og:image:alt" content="Deelafbeelding. Wat vraagt K80 aan de Tweede Kamer?"#,
        r#"<meta name="twitter:card" content="summary_large_image">"#,
    ] {
        assert!(head.contains(tag), "{tag}");
    }
    assert!(page.contains(r##"<div id="app"><a href="#inhoud" data-skip="" class="skip-link""##));
    assert!(
        fill_template("<head></head>", "", "").is_err(),
        "no root element"
    );
    let minified = fill_template("<head></head><div id=app></div>", "<p>x</p>", "a{}").unwrap();
    assert_eq!(
        minified,
        r#"<head><style>a{}</style></head><div id="app"><p>x</p></div>"#
    );
    assert!(fill_template(
        "<head></head><div id=\"app\"></div><div id=\"app\"></div>",
        "",
        ""
    )
    .is_err());
}

#[tokio::test]
async fn every_check_is_in_the_html_of_its_step_with_verdict_reasoning_and_charts() {
    use k80_uitleg::claims::checks;
    use k80_uitleg::municipality::built;
    use k80_uitleg::stats::{parse_series, SERIES};
    let html = rendered().await;
    let all = built();
    let series = parse_series(SERIES).unwrap();
    let computed = checks(&all, &series);
    assert!(computed.len() >= 6);
    for check in &computed {
        // The checks section of the check's step.
        let step = html
            .split(&format!(r#"id="toetsen-{}""#, check.copy.step))
            .nth(1)
            .and_then(|rest| rest.split("</section>").next())
            .unwrap_or_else(|| panic!("no checks in step {}", check.copy.step));
        let article = step
            .split(&format!(r#"id="toets-{}""#, check.copy.id))
            .nth(1)
            .and_then(|rest| rest.split("</article>").next())
            .unwrap_or_else(|| panic!("check {} not in step {}", check.copy.id, check.copy.step));
        let text = text_of(article);
        for part in [
            check.copy.claim,
            check.verdict.text(),
            check.explanation.as_str(),
        ] {
            assert!(text.contains(part), "{}: missing {part}", check.copy.id);
        }
        for row in &check.robustness {
            assert!(
                text.contains(&row.small),
                "{}: robustness {row:?}",
                check.copy.id
            );
        }
        if let Some(spread) = &check.spread {
            // One dot per municipality, in the small group's path and the others'.
            assert_eq!(
                dots(article, "class=\"chart__dots chart__dots--small\""),
                spread.small.len()
            );
            assert_eq!(dots(article, "class=\"chart__dots\""), spread.rest.len());
        }
    }
    // The series chart: a dot per counted year.
    assert_eq!(dots(&html, "class=\"chart__points\""), series.len());
}

/// How many dots the first `<path>` in `html` with attribute text `class` draws (one
/// zero-length line, `h0`, each).
fn dots(html: &str, class: &str) -> usize {
    let path = html
        .split("<path ")
        .find(|p| p.split('>').next().is_some_and(|tag| tag.contains(class)))
        .unwrap_or_else(|| panic!("no path with {class}"));
    let d = path.split("d=\"").nth(1).and_then(|d| d.split('"').next());
    d.expect("a path has d").matches("h0").count()
}

#[tokio::test]
async fn every_sentence_has_its_anchor_once_in_its_step() {
    use k80_uitleg::route::Sentence;
    let html = rendered().await;
    for sentence in Sentence::all() {
        let id = format!(r#"id="{}""#, sentence.id());
        assert_eq!(html.matches(&id).count(), 1, "{id}");
        // Inside its step's memo text.
        let step = STEPS[sentence.step].id;
        let panel = html
            .split(&format!(r#"id="{step}-tekst""#))
            .nth(1)
            .unwrap_or_else(|| panic!("no text in {step}"));
        assert!(panel.split("</blockquote>").next().unwrap().contains(&id));
    }
}

#[tokio::test]
async fn the_start_step_shows_the_key_figures_beside_a_dot_per_municipality() {
    use k80_uitleg::municipality::built;
    use k80_uitleg::numbers::nl_int;
    let html = rendered().await;
    let start = html
        .split(r#"id="inleiding""#)
        .next()
        .expect("the start step comes first");
    let block = start
        .split(r#"aria-labelledby="kerncijfers-kop""#)
        .nth(1)
        .expect("the key figures are in the start step")
        .split("</section>")
        .next()
        .unwrap();
    let all = built();
    let small: Vec<_> = all.iter().filter(|m| m.inhabitants < 25_000).collect();
    let inhabitants: u64 = small.iter().map(|m| u64::from(m.inhabitants)).sum();
    let text = text_of(block);
    for words in [
        format!(
            "{} van de {} gemeenten hebben minder dan 25.000 inwoners.",
            small.len(),
            all.len()
        ),
        format!(
            "{} mensen wonen in die kleine gemeenten. Dat is 11,0% van alle inwoners.",
            nl_int(inhabitants)
        ),
        "24,1% van land en water hoort bij die gemeenten. Van het land alleen is het 21,5%."
            .to_owned(),
        "Bron: CBS, Kerncijfers wijken en buurten 2024 (cijfers van 1 januari 2024).".to_owned(),
    ] {
        assert!(text.contains(&words), "missing: {words}\nin: {text}");
    }
    // The map: a dot per municipality, the small ones in their own path; its text
    // alternative names how many.
    let dots_in = |class: &str| {
        let path = block
            .split("<path ")
            .find(|p| p.contains(class))
            .unwrap_or_else(|| panic!("no {class}"));
        path.split("d=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .matches("h0")
            .count()
    };
    assert_eq!(dots_in("dots--small"), small.len());
    assert_eq!(dots_in("dots--rest"), all.len() - small.len());
    assert!(block.contains(&format!(
        "De {} kleine gemeenten hebben een grote, blauwe stip.",
        small.len()
    )));
}
