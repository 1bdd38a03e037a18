//! The parts of the page that change while the visitor reads: the islands in the prerendered
//! page. At build time [`crate::App`] renders the whole page, each island inside its host
//! element (with the id [`Island::id`]). In the browser the app does not walk or adopt the
//! page (no hydration: that was 17 kB of WebAssembly, brotli, and a long task): [`Islands`] renders only
//! these parts, into their hosts, with yew portals, from one state. The views' and sections'
//! visibility are attributes on prerendered elements, set by the hooks
//! (`crate::hooks::use_app_state`, `crate::hooks::use_panels`).

use crate::route::View;
use crate::state::Panel;

/// A part of the page the app renders into its host element.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Island {
    /// The message about the URL (`crate::components::notices::url_notice`).
    Notice,
    /// The toolbar's content (`crate::components::toolbar::toolbar`).
    Toolbar,
    /// The progress navigation's content (`crate::components::progress_nav::progress_nav`).
    Progress,
    /// Embedded: the link to the full page (`crate::components::route_links::full_page_link`).
    FullPageLink,
    /// The pager of a view that leads back to the last step (the whole text, the comparison).
    Pager(View),
    /// A section's heading: plain text without the app, a button with it.
    Heading(Panel),
}

impl Island {
    /// Every island of the page.
    pub fn all() -> impl Iterator<Item = Island> {
        [
            Island::Notice,
            Island::Toolbar,
            Island::Progress,
            Island::FullPageLink,
            Island::Pager(View::FullText),
            Island::Pager(View::Compare),
        ]
        .into_iter()
        .chain(Panel::all().map(Island::Heading))
    }

    /// The id of the island's host element.
    pub fn id(self) -> String {
        match self {
            Island::Notice => "meldingen".into(),
            Island::Toolbar => "werkbalk".into(),
            Island::Progress => crate::contract::PROGRESS_ID.into(),
            Island::FullPageLink => "volledige-uitleg".into(),
            Island::Pager(view) => format!("{}-bladeren", view.fragment()),
            Island::Heading(panel) => format!("{}-kop", panel.dom_id()),
        }
    }
}

#[cfg(target_arch = "wasm32")]
pub use browser::{start, Islands, IslandsProps};

#[cfg(target_arch = "wasm32")]
mod browser {
    use std::rc::Rc;

    use wasm_bindgen::JsCast;
    use web_sys::{Element, HtmlElement};
    use yew::prelude::*;

    use super::Island;
    use crate::components::disclosure::disclosure_heading;
    use crate::components::notices::url_notice;
    use crate::components::pager::pager_links;
    use crate::components::progress_nav::progress_nav;
    use crate::components::route_links::full_page_link;
    use crate::components::toolbar::toolbar;
    use crate::hooks::{use_app_state, use_cite_boxes, use_panels};

    /// The islands' host elements, emptied for the app to render into.
    pub struct Hosts {
        /// Each island and its host.
        hosts: Vec<(Island, Element)>,
        /// The link or button that had the focus in a host, as (host, position among the
        /// host's links and buttons): focused again once the app has rendered the host.
        focus: Option<(usize, u32)>,
    }

    const FOCUSABLE: &str = "a, button";

    /// Finds every island's host in the page and empties it, keeping where the focus was.
    /// `Err` names the first host that is missing (the page and the app do not match).
    fn take_hosts(document: &web_sys::Document) -> Result<Hosts, String> {
        let active = document.active_element();
        let mut focus = None;
        let mut hosts = Vec::new();
        for island in Island::all() {
            let id = island.id();
            let host = document.get_element_by_id(&id).ok_or(id)?;
            if let Some(active) = active.as_ref().filter(|a| host.contains(Some(a))) {
                if let Ok(list) = host.query_selector_all(FOCUSABLE) {
                    focus = (0..list.length())
                        .find(|&n| {
                            list.get(n)
                                .is_some_and(|node| node.is_same_node(Some(active)))
                        })
                        .map(|n| (hosts.len(), n));
                }
            }
            host.set_text_content(None);
            hosts.push((island, host));
        }
        Ok(Hosts { hosts, focus })
    }

    /// Renders the islands into `document`'s prerendered page. Their hosts are emptied and
    /// rendered again in this task, before the browser paints. The app's own root is an
    /// element outside the page: it renders only portals. Panics if a host is missing (the
    /// page and the app do not match).
    pub fn start(document: &web_sys::Document) -> yew::AppHandle<Islands> {
        let hosts = take_hosts(document)
            .unwrap_or_else(|id| panic!("the page has no element with id {id}"));
        let root = document.create_element("div").expect("an element");
        yew::Renderer::<Islands>::with_root_and_props(
            root,
            IslandsProps {
                hosts: Rc::new(hosts),
            },
        )
        .render()
    }

    /// Props of [`Islands`].
    #[derive(Properties)]
    pub struct IslandsProps {
        /// Where the islands go.
        pub hosts: Rc<Hosts>,
    }

    impl PartialEq for IslandsProps {
        fn eq(&self, other: &Self) -> bool {
            Rc::ptr_eq(&self.hosts, &other.hosts)
        }
    }

    /// The app in the browser: one state, rendered into every island.
    #[component]
    pub fn Islands(props: &IslandsProps) -> Html {
        let state = use_app_state();
        // One callback, made once, so nothing re-renders for a new one.
        let dispatcher = state.dispatcher();
        let dispatch = use_callback(dispatcher, |action, d| d.dispatch(action));
        use_panels(&state, &dispatch);
        use_cite_boxes(&state, &dispatch);

        {
            let hosts = props.hosts.clone();
            use_effect_with((), move |_| {
                // The host's content is new: give the focus back to the same link or button.
                let element = hosts.focus.and_then(|(host, n)| {
                    let list = hosts.hosts[host].1.query_selector_all(FOCUSABLE).ok()?;
                    list.get(n)?.dyn_into::<HtmlElement>().ok()
                });
                if let Some(element) = element {
                    let _ = element.focus();
                }
            });
        }

        let content = |island: Island| match island {
            Island::Notice => url_notice(&state.problems, &dispatch),
            Island::Toolbar => toolbar(
                state.last_step,
                state.all_open_in(state.view),
                state.interactive,
                &dispatch,
            ),
            Island::Progress => progress_nav(state.view),
            Island::FullPageLink => full_page_link(),
            Island::Pager(view) => pager_links(view, state.last_step),
            Island::Heading(panel) => {
                disclosure_heading(panel, state.is_open(panel), state.interactive, &dispatch)
            }
        };
        html! {
            { for props.hosts.hosts.iter().map(|(island, host)| {
                create_portal(content(*island), host.clone())
            }) }
        }
    }
}
