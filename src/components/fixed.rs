//! The parts of the page that never change: the memo's text, our summaries, the terms, the
//! start step's introduction, the whole memo as a letter. Rendered at build time only; the
//! app in the browser never touches them (it renders the islands,
//! [`crate::components::islands`]), so the WebAssembly carries neither their text nor the
//! code that renders them.

use yew::prelude::*;

use crate::components::cite_box::cite_box;
use crate::components::key_figures::key_figures;
use crate::components::memo_part::memo_part;
use crate::components::pager::pager;
use crate::components::rich_text::rich_text;
use crate::components::site_footer::site_footer;
use crate::components::site_header::site_header;
use crate::components::start_intro::start_intro;
use crate::components::term_list::term_list;
use crate::content::{fill, ui, MEMO, STEPS};
use crate::hooks::heading_id;
use crate::municipality::PAGES_DIR;
use crate::route::{View, COMPARE_ID};

/// A fixed part of the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Block {
    /// Step `n`'s headline and summary ("In het kort – Onze samenvatting"); on the start step
    /// also the key figures with their dot map and the introduction: who K80 is, the memo's
    /// particulars, how to use the page.
    StepTop(usize),
    /// Step `n`'s previous and next links.
    StepPager(usize),
    /// Step `n`'s part of the memo, word for word (in its section).
    Memo(usize),
    /// The terms of step `n` (in its section).
    Terms(usize),
    /// The whole memo as a letter (the `#notitie` view).
    Letter,
    /// The skip link and the site's header.
    Header,
    /// The site's footer.
    Footer,
    /// The page's title and subtitle.
    Intro,
    /// The notice shown when the WebAssembly cannot run (hidden until then).
    NoWasmNotice,
    /// The notice shown when the on-demand module could not be loaded, with "Opnieuw
    /// proberen" (hidden until then; the loader handles the button).
    ModuleNotice,
    /// The comparison view's heading, introduction, its loading line and its notice for a
    /// page without the app.
    CompareIntro,
}

/// The block's markup.
pub fn fixed(block: Block) -> Html {
    match block {
        Block::Header => site_header(),
        Block::Footer => site_footer(),
        Block::Intro => html! {
            <div class="intro">
                <h1 class="intro__title">{ui::TITEL}</h1>
                <p class="intro__lead">{format!("{}, {}.", ui::ONDERTITEL, MEMO.date)}</p>
            </div>
        },
        Block::NoWasmNotice => html! {
            <p class="notice notice--no-wasm" hidden=true>{ui::GEEN_WASM}</p>
        },
        Block::ModuleNotice => html! {
            <div class="notice notice--no-module" role="alert" hidden=true>
                <p>{ui::MODULE_MISLUKT}</p>
                <button type="button" class="button" data-module-retry="">{ui::OPNIEUW}</button>
            </div>
        },
        Block::CompareIntro => html! {
            <>
                <h2 id={heading_id(COMPARE_ID)} tabindex="-1">{ui::VERGELIJK_KOP}</h2>
                <p>{ui::VERGELIJK_UITLEG}</p>
                <p class="note">{ui::VERGELIJK_BEGRIPPEN}</p>
                // Above the loading line, which goes when the comparison comes: it stays put.
                <p>{ui::GEMEENTEN_LINK_UITLEG}{" "}<a href={format!("{PAGES_DIR}/")}>{ui::GEMEENTEN_LINK}</a>{"."}</p>
                <p class="compare__loading" role="status">{ui::VERGELIJKING_LADEN}</p>
                <p class="notice compare__without-app">{ui::VERGELIJK_ZONDER_APP}</p>
            </>
        },
        Block::StepTop(n) => {
            let number = fill(
                ui::STAP_VAN,
                &[
                    ("n", &(n + 1).to_string()),
                    ("totaal", &STEPS.len().to_string()),
                ],
            );
            html! {
                <>
                    <h2 class="step__headline" id={heading_id(STEPS[n].id)} tabindex="-1">
                        <span class="step__number">{format!("{number} ")}</span>
                        {STEPS[n].headline}
                    </h2>
                    <div class="summary">
                        <h3 class="summary__heading">
                            {format!("{} ", ui::IN_HET_KORT)}
                            <span class="label">{ui::IN_HET_KORT_LABEL}</span>
                        </h3>
                        <ul class="summary__list">
                            { for STEPS[n].summary.iter().map(|point| html! { <li>{rich_text(point)}</li> }) }
                        </ul>
                    </div>
                    if n == 0 { {key_figures()} {start_intro()} }
                </>
            }
        }
        Block::StepPager(n) => pager(View::Step(n), n),
        Block::Memo(n) => {
            let is_last = n + 1 == STEPS.len();
            html! {
                <>
                    <p class="note">{ui::OORSPRONKELIJKE_TEKST_UITLEG}</p>
                    <blockquote class="memo">
                        if let Some(part) = STEPS[n].part {
                            {memo_part(part, 4, if is_last { MEMO.closing } else { &[] }, Some(n))}
                        }
                    </blockquote>
                    // "Citeer een zin": the stylesheet shows it only once the app runs (it
                    // copies); until then it keeps its place, so nothing below moves.
                    {cite_box(n)}
                </>
            }
        }
        Block::Terms(n) => html! {
            <>
                <p class="note">{ui::BEGRIPPEN_UITLEG}</p>
                {term_list(STEPS[n].terms)}
            </>
        },
        Block::Letter => {
            let meta = |label: &'static str, value: &'static str| {
                html! {
                    <p class="letter__meta"><span class="letter__label">{format!("{label}:")}</span>{format!(" {value}")}</p>
                }
            };
            let last = MEMO.parts.len() - 1;
            html! {
                <article class="letter memo">
                    {meta(ui::AAN, MEMO.to)}
                    {meta(ui::DATUM, MEMO.date)}
                    {meta(ui::ONDERWERP, MEMO.subject)}
                    { for MEMO.parts.iter().enumerate().map(|(n, part)| html! {
                        {memo_part(part, 3, if n == last { MEMO.closing } else { &[] }, None)}
                    }) }
                </article>
            }
        }
    }
}
