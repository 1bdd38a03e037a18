//! The comparison of municipalities: a separate WebAssembly module (`src/bin/vergelijk.rs`),
//! loaded on demand, rendering into the main app's empty `#vergelijk-app` element. It loads
//! `gemeenten.tsv` (built from `data/` by build.rs) and keeps the choice in `?gemeente=`.

pub mod checks;
pub mod comparison;
pub mod embed_dialog;
pub mod fetch;
pub mod figures;
pub mod in_steps;
pub mod map_view;
pub mod own_line;
pub mod picker;
pub mod presenter;
pub mod root;
pub mod url;

use std::ops::Deref;
use std::rc::Rc;

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
