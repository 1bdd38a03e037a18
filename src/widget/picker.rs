//! "Kies een gemeente": an editable combobox with a list popup, after the WAI-ARIA
//! combobox pattern. Typing filters (see `crate::search`); arrow keys move through the list,
//! Enter chooses, Escape closes the list (or clears the field when it is closed).

use std::rc::Rc;

use yew::prelude::*;

use crate::content::{fill, UI};
use crate::municipality::Municipality;
use crate::search::search;

/// How many matches the list shows at most.
const LIMIT: usize = 12;

/// Props of [`Picker`].
#[derive(Properties, PartialEq)]
pub struct PickerProps {
    /// Every municipality.
    pub all: Rc<Vec<Municipality>>,
    /// A municipality was chosen (its code).
    pub on_choose: Callback<String>,
}

/// The combobox.
#[component]
pub fn Picker(props: &PickerProps) -> Html {
    let query = use_state(String::new);
    let open = use_state(|| false);
    let active = use_state(|| 0_usize);

    let hits: Vec<(String, String, Option<&'static str>)> = search(&props.all, &query)
        .into_iter()
        .take(LIMIT)
        .map(|h| {
            (
                h.municipality.code.clone(),
                h.municipality.name.clone(),
                h.alias,
            )
        })
        .collect();
    let expanded = *open && !query.is_empty();

    let choose = {
        let (query, open, on_choose) = (query.clone(), open.clone(), props.on_choose.clone());
        move |code: String, name: String| {
            query.set(name);
            open.set(false);
            on_choose.emit(code);
        }
    };
    let oninput = {
        let (query, open, active) = (query.clone(), open.clone(), active.clone());
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            query.set(input.value());
            open.set(true);
            active.set(0);
        })
    };
    let onkeydown = {
        let (query, open, active, hits, choose) = (
            query.clone(),
            open.clone(),
            active.clone(),
            hits.clone(),
            choose.clone(),
        );
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "ArrowDown" if !hits.is_empty() => {
                e.prevent_default();
                open.set(true);
                active.set(if *open { (*active + 1) % hits.len() } else { 0 });
            }
            "ArrowUp" if !hits.is_empty() => {
                e.prevent_default();
                open.set(true);
                active.set(if *active == 0 {
                    hits.len() - 1
                } else {
                    *active - 1
                });
            }
            "Enter" if *open && !hits.is_empty() => {
                e.prevent_default();
                let (code, name, _) = hits[(*active).min(hits.len() - 1)].clone();
                choose(code, name);
            }
            "Escape" => {
                if *open {
                    open.set(false);
                } else {
                    query.set(String::new());
                }
            }
            _ => {}
        })
    };

    let status = if query.is_empty() {
        String::new()
    } else if hits.is_empty() {
        fill(UI.geen_gemeente_gevonden, &[("waarde", &query)])
    } else {
        fill(UI.aantal_gevonden, &[("n", &hits.len().to_string())])
    };
    let option_id = |code: &str| format!("optie-{code}");

    html! {
        <div class="picker">
            <label for="gemeente-zoeken" class="picker__label">{UI.kies_gemeente}</label>
            <p id="gemeente-hulp" class="note">{UI.kies_gemeente_hulp}</p>
            <input
                id="gemeente-zoeken"
                class="picker__input"
                type="text"
                role="combobox"
                autocomplete="off"
                spellcheck="false"
                aria-autocomplete="list"
                aria-expanded={if expanded { "true" } else { "false" }}
                aria-controls="gemeente-lijst"
                aria-describedby="gemeente-hulp"
                aria-activedescendant={(expanded && !hits.is_empty()).then(|| option_id(&hits[(*active).min(hits.len() - 1)].0))}
                value={(*query).clone()}
                {oninput}
                {onkeydown}
            />
            <ul id="gemeente-lijst" class="picker__list" role="listbox" aria-label={UI.kies_gemeente} hidden={!expanded || hits.is_empty()}>
                { for hits.iter().enumerate().map(|(n, (code, name, alias))| {
                    let selected = n == *active;
                    let onclick = {
                        let (choose, code, name) = (choose.clone(), code.clone(), name.clone());
                        Callback::from(move |_: MouseEvent| choose(code.clone(), name.clone()))
                    };
                    html! {
                        <li id={option_id(code)} role="option" class="picker__option"
                            aria-selected={if selected { "true" } else { "false" }} {onclick}>
                            {name.clone()}
                            if let Some(alias) = alias {
                                <span class="picker__alias">{format!(" ({})", fill(UI.ook_bekend_als, &[("waarde", alias)]))}</span>
                            }
                        </li>
                    }
                }) }
            </ul>
            <p class="picker__status" role="status">{status}</p>
        </div>
    }
}
