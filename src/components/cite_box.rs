//! "Citeer een zin": under a step's memo text, choose a sentence and copy it word for word
//! with its source and its link. The box is rendered at build time, with its controls
//! disabled (the stylesheet hides it until the app runs); in the browser
//! `crate::hooks::use_cite_boxes` enables them and follows them ([`wire`]). Not an island:
//! re-rendering 36 options would cost the WebAssembly more than setting a few attributes.

use yew::prelude::*;

use crate::content::{fill, part_sentences, plain, ui, STEPS, STEP_HEADS};
use crate::route::Sentence;

/// How much of a sentence its option shows.
const OPTION_CHARS: usize = 60;

/// The parts of step `step`'s box the app works with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// The box itself.
    Box,
    /// The choice of sentence (`<select>`).
    Choice,
    /// "Kopieer citaat".
    Copy,
    /// "Link naar deze zin".
    Link,
    /// What copying did (a live region).
    Status,
    /// The citation, shown when copying failed.
    Text,
}

impl Part {
    /// The element's id in step `step`'s box.
    pub fn id(self, step: usize) -> String {
        let suffix = match self {
            Part::Box => "",
            Part::Choice => "-keuze",
            Part::Copy => "-knop",
            Part::Link => "-link",
            Part::Status => "-status",
            Part::Text => "-tekst",
        };
        format!("{}-citeer{suffix}", STEP_HEADS[step].id)
    }
}

/// The start of `text`, cut at a space, with "…" if cut.
fn beginning(text: &str) -> String {
    if text.chars().count() <= OPTION_CHARS {
        return text.to_owned();
    }
    let cut: String = text.chars().take(OPTION_CHARS).collect();
    let cut = cut
        .rsplit_once(' ')
        .map_or(cut.as_str(), |(start, _)| start);
    format!("{cut}…")
}

/// The box of step `step` (one with the memo's text): the choice of its sentences (the
/// first chosen), "Kopieer citaat", a link to the chosen sentence, the live region for what
/// copying did, and the place for the citation if it did not work.
pub fn cite_box(step: usize) -> Html {
    let texts = STEPS[step]
        .part
        .into_iter()
        .flat_map(part_sentences)
        .map(|s| plain(&s));
    let choice = Part::Choice.id(step);
    html! {
        <div class="cite" id={Part::Box.id(step)}>
            <label class="cite__label" for={choice.clone()}>{ui::CITEER_LABEL}</label>
            <p class="cite__note">{ui::CITEER_UITLEG}</p>
            <select class="cite__select" id={choice} disabled=true>
                { for texts.enumerate().map(|(i, text)| {
                    let number = (i + 1).to_string();
                    html! {
                        <option value={number.clone()}>
                            {fill(ui::CITEER_ZIN, &[("n", &number), ("begin", &beginning(&text))])}
                        </option>
                    }
                }) }
            </select>
            <p class="cite__actions">
                <button type="button" class="button" id={Part::Copy.id(step)} disabled=true>
                    {ui::CITEER_KNOP}
                </button>
                <a id={Part::Link.id(step)} href={format!("#{}", Sentence { step, n: 1 }.id())}>
                    {ui::CITEER_LINK}
                </a>
            </p>
            <p class="cite__status" id={Part::Status.id(step)} role="status"></p>
            <p class="cite__text" id={Part::Text.id(step)} hidden=true></p>
        </div>
    }
}

pub use browser::{show_chosen, wire};

/// In the browser: the box's controls at work.
mod browser {
    use gloo_events::EventListener;
    use wasm_bindgen::JsCast;
    use yew::Callback;

    use super::Part;
    use crate::content::{fill, ui, MEMO_DATE, STEP_HEADS};
    use crate::contract::element_by_id;
    use crate::location::absolute;
    use crate::route::{Fragment, Route, Sentence};
    use crate::state::Action;

    /// Step `step`'s choice of sentence.
    fn select(step: usize) -> Option<web_sys::HtmlSelectElement> {
        element_by_id(&Part::Choice.id(step))?.dyn_into().ok()
    }

    /// The sentence chosen in step `step`'s box (option `n - 1` is sentence `n`).
    fn chosen(step: usize) -> Option<Sentence> {
        let index = usize::try_from(select(step)?.selected_index()).ok()?;
        Some(Sentence { step, n: index + 1 })
    }

    /// Sets a part's text (text only: never HTML).
    fn say(step: usize, part: Part, text: &str) {
        if let Some(element) = element_by_id(&Part::id(part, step)) {
            element.set_text_content(Some(text));
        }
    }

    /// The citation of `sentence`: its words from the page, the memo and its date, its link.
    fn citation(sentence: Sentence) -> String {
        let words = element_by_id(&sentence.id())
            .and_then(|e| e.text_content())
            .unwrap_or_default();
        let route = Route {
            fragment: Fragment::Sentence(sentence),
            ..Route::default()
        };
        fill(
            ui::CITEER_TEKST,
            &[
                ("zin", &words),
                ("datum", MEMO_DATE),
                ("link", &absolute(&route)),
            ],
        )
    }

    /// Puts the chosen sentence's citation on the clipboard and says whether it worked; if
    /// not, shows the citation to copy by hand.
    fn copy(step: usize) {
        let Some(sentence) = chosen(step) else {
            return;
        };
        let cited = citation(sentence);
        say(step, Part::Status, "");
        crate::share::copy(
            &cited.clone(),
            Box::new(move |copied| {
                if copied {
                    return say(step, Part::Status, ui::CITEER_GEKOPIEERD);
                }
                say(step, Part::Status, ui::CITEER_NIET_GEKOPIEERD);
                say(step, Part::Text, &cited);
                if let Some(text) = element_by_id(&Part::Text.id(step)) {
                    let _ = text.remove_attribute("hidden");
                }
            }),
        );
    }

    /// Enables every box's controls and follows them: choosing a sentence marks it
    /// (`dispatch`), "Kopieer citaat" copies. The listeners live as long as the result.
    pub fn wire(dispatch: &Callback<Action>) -> Vec<EventListener> {
        let mut listeners = Vec::new();
        for step in (0..STEP_HEADS.len()).filter(|&s| STEP_HEADS[s].sentences > 0) {
            let (Some(select), Some(button)) = (
                element_by_id(&Part::Choice.id(step)),
                element_by_id(&Part::Copy.id(step)),
            ) else {
                continue;
            };
            let _ = select.remove_attribute("disabled");
            let _ = button.remove_attribute("disabled");
            let dispatch = dispatch.clone();
            listeners.push(EventListener::new(&select, "change", move |_| {
                if let Some(sentence) = chosen(step) {
                    say(step, Part::Status, "");
                    dispatch.emit(Action::Mark(sentence));
                }
            }));
            listeners.push(EventListener::new(&button, "click", move |_| copy(step)));
        }
        listeners
    }

    /// The marked sentence is the one chosen in its step's box, and that box's link goes to it.
    pub fn show_chosen(marked: Option<Sentence>) {
        let Some(sentence) = marked else {
            return;
        };
        let step = sentence.step;
        if let Some(select) = select(step) {
            select.set_selected_index(sentence.n as i32 - 1);
        }
        if let Some(link) = element_by_id(&Part::Link.id(step)) {
            let _ = link.set_attribute("href", &format!("#{}", sentence.id()));
        }
    }
}
