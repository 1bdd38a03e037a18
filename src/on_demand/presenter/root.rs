//! The presenter module's root (`src/bin/presenter.rs`), in its own element at the end of
//! `<body>`: loads the data once and, while the URL names a mode (`?modus=`), shows presenter
//! mode, the speaker view, the handout or the pre-flight check over the page.

use yew::prelude::*;

use crate::location::{current, go, use_route, Entry};
use crate::on_demand::data::{fetch_tables, use_load, Load};
use crate::on_demand::presenter::preflight::Preflight;
use crate::on_demand::presenter::Presenter;
use crate::route::{Mode, Route, View};

/// The presenter module.
#[component]
pub fn PresenterRoot() -> Html {
    let (load, _) = use_load(true, fetch_tables);
    let mode = use_route(|r| r.mode);
    // Back to reading at `step`, without the planned length (a reader has none): a new
    // history entry, so Back returns to the slides.
    let on_leave = Callback::from(|step: usize| {
        let reading = current().in_mode(Mode::Reading).at(View::Step(step));
        go(
            &Route {
                minutes: None,
                ..reading
            },
            Entry::Push,
        );
    });
    let settled = !matches!(load, Load::Loading | Load::Waiting);
    html! {
        if mode == Mode::Check {
            <Preflight />
        } else if mode != Mode::Reading && settled {
            <Presenter {mode} tables={load.ready().cloned()} {on_leave} />
        }
    }
}
