//! The on-demand module: everything that needs the municipality data or a mode, in a second
//! WebAssembly module (`src/bin/on_demand.rs`) that the page's loader fetches only when it is
//! wanted, so the first view never carries it. One folder per feature:
//!
//! - [`comparison`]: "Vergelijk uw gemeente" (picker, map, figures, peers), rendered into the
//!   explainer's empty `#vergelijk-app`;
//! - [`in_steps`]: what the module adds to each step (the chosen municipality's line);
//! - [`presenter`]: presenter mode, the speaker view and the handout;
//! - [`embed`]: the "Insluiten" dialog;
//! - [`data`]: loading the data files, shared by all of them; [`root`] ties them together.

pub mod comparison;
pub mod data;
pub mod embed;
pub mod in_steps;
pub mod presenter;
pub mod root;

use std::ops::Deref;
use std::rc::Rc;

/// Starts a module: its root component `C` in its own element `id`, appended to `<body>` (the
/// comparison and the steps are reached from there through portals; presenter mode covers the
/// page from there). The entry points in `src/bin/` call it.
pub fn start<C>(id: &str)
where
    C: yew::BaseComponent,
    C::Properties: Default,
{
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let (Ok(root), Some(body)) = (document.create_element("div"), document.body()) else {
        return;
    };
    root.set_id(id);
    let _ = body.append_child(&root);
    yew::Renderer::<C>::with_root(root).render();
}

/// Data loaded once and never changed, shared by the components. Props compare it by
/// identity: the same allocation is the same data, so a re-render does not walk 342
/// municipalities to find out that nothing changed.
#[derive(Debug)]
pub struct Shared<T>(Rc<T>);

impl<T> Shared<T> {
    /// Shares `value`.
    pub fn new(value: T) -> Self {
        Shared(Rc::new(value))
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}
