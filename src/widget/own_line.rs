//! "Uw gemeente" in every step: one line with the chosen municipality's own figure for that
//! step, rendered through a portal into the step's empty `#eigen-<step>` element.

use yew::prelude::*;

use crate::claims::{nl_dec, nl_int, nl_signed};
use crate::content::{fill, STEP_IDS, UI};
use crate::municipality::Municipality;
use crate::route::COMPARE_ID;
use crate::stats::{median, rank, Group, GroupTotals};

/// The line for `step`, with its figures filled in.
pub fn line_text(all: &[Municipality], m: &Municipality, step: &str) -> String {
    let small = if m.is_small() {
        UI.eigen_klein
    } else {
        UI.eigen_niet_klein
    };
    let inhabitants = nl_int(m.inhabitants.into());
    let name = m.name.as_str();
    match step {
        "start" => fill(
            UI.eigen_start,
            &[("naam", name), ("inwoners", &inhabitants), ("klein", small)],
        ),
        "inleiding" => {
            let (position, of) =
                rank(all, &m.code, |x| Some(x.inhabitants.into())).unwrap_or((0, 0));
            fill(
                UI.eigen_inleiding,
                &[
                    ("naam", name),
                    ("rang", &position.to_string()),
                    ("totaal", &of.to_string()),
                ],
            )
        }
        "goede-start" => {
            let typical = median(Group::Small.members(all).map(|x| Some(x.km_gp)));
            let km_small = typical
                .map(|k| nl_dec(k, 1))
                .unwrap_or_else(|| UI.niet_beschikbaar.to_owned());
            fill(
                UI.eigen_goede_start,
                &[
                    ("naam", name),
                    ("km", &nl_dec(m.km_gp, 1)),
                    ("km_klein", &km_small),
                ],
            )
        }
        "ruimte-voor-verbetering" => fill(
            UI.eigen_ruimte,
            &[("naam", name), ("inwoners", &inhabitants), ("klein", small)],
        ),
        "ons-aanbod" => {
            let per = |t: GroupTotals| nl_dec(t.solar_kwp_per_inhabitant(), 2);
            fill(
                UI.eigen_aanbod,
                &[
                    ("naam", name),
                    ("kwp", &nl_dec(m.solar_kwp_per_inhabitant(), 2)),
                    ("kwp_klein", &per(GroupTotals::of(all, Group::Small))),
                    ("kwp_groot", &per(GroupTotals::of(all, Group::Large))),
                ],
            )
        }
        _ => {
            let growth = m.growth_2022_2024_pct();
            fill(
                UI.eigen_slot,
                &[
                    ("naam", name),
                    ("groei", &format!("{}%", nl_signed(growth, 2))),
                ],
            )
        }
    }
}

/// Portals with the line into every step that has its mount point.
pub fn own_lines(all: &[Municipality], m: &Municipality) -> Html {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return Html::default();
    };
    STEP_IDS
        .iter()
        .filter_map(|step| {
            let host = document.get_element_by_id(&format!("eigen-{step}"))?;
            let body = html! {
                <>
                    <p class="own__title"><strong>{fill(UI.eigen_kop, &[("naam", &m.name)])}</strong></p>
                    <p>{line_text(all, m, step)}</p>
                    <p class="source">{UI.eigen_bron}{" "}
                        <a href={format!("#{COMPARE_ID}")}>{fill(UI.eigen_link, &[("naam", &m.name)])}</a>
                    </p>
                </>
            };
            Some(create_portal(body, host))
        })
        .collect()
}
