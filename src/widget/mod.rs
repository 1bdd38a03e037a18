//! The comparison of municipalities: a separate WebAssembly module (`src/bin/vergelijk.rs`),
//! loaded on demand, rendering into the main app's empty `#vergelijk-app` element. It loads
//! `gemeenten.tsv` (built from `data/` by build.rs) and keeps the choice in `?gemeente=`.

pub mod checks;
pub mod comparison;
pub mod fetch;
pub mod figures;
pub mod in_steps;
pub mod map_view;
pub mod own_line;
pub mod picker;
