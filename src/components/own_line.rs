//! "Uw gemeente" in every step: one line with the chosen municipality's own figure for that
//! step: placed by the on-demand module in each step (`crate::on_demand::in_steps`), and on
//! the municipality pages at build time.

use yew::prelude::*;

use crate::content::{fill, ui};
use crate::municipality::Municipality;
use crate::numbers::{nl_dec, nl_int, nl_signed};
use crate::route::{Fragment, View};
use crate::stats::{median, rank, rank_words, Group, GroupTotals};

/// The line for `step`, with its figures filled in.
pub fn line_text(all: &[Municipality], m: &Municipality, step: &str) -> String {
    let small = if m.is_small() {
        ui::EIGEN_KLEIN
    } else {
        ui::EIGEN_NIET_KLEIN
    };
    let inhabitants = nl_int(m.inhabitants.into());
    let name = m.name.as_str();
    match step {
        "start" => fill(
            ui::EIGEN_START,
            &[("naam", name), ("inwoners", &inhabitants), ("klein", small)],
        ),
        "inleiding" => {
            let (position, of) =
                rank(all, &m.code, |x| Some(x.inhabitants.into())).unwrap_or((0, 0));
            fill(
                ui::EIGEN_INLEIDING,
                &[
                    ("naam", name),
                    ("rang", &rank_words(position, of)),
                    ("totaal", &of.to_string()),
                ],
            )
        }
        "goede-start" => {
            let typical = median(Group::Small.members(all).map(|x| Some(x.km_gp)));
            let km_small = typical
                .map(|k| nl_dec(k, 1))
                .unwrap_or_else(|| ui::NIET_BESCHIKBAAR.to_owned());
            fill(
                ui::EIGEN_GOEDE_START,
                &[
                    ("naam", name),
                    ("km", &nl_dec(m.km_gp, 1)),
                    ("km_klein", &km_small),
                ],
            )
        }
        "ruimte-voor-verbetering" => fill(
            ui::EIGEN_RUIMTE,
            &[("naam", name), ("inwoners", &inhabitants), ("klein", small)],
        ),
        "ons-aanbod" => {
            let per = |t: GroupTotals| nl_dec(t.solar_kwp_per_inhabitant(), 2);
            fill(
                ui::EIGEN_AANBOD,
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
                ui::EIGEN_SLOT,
                &[
                    ("naam", name),
                    ("groei", &format!("{}%", nl_signed(growth, 2))),
                ],
            )
        }
    }
}

/// The "Uw gemeente" block for `step`.
pub fn own_line(all: &[Municipality], m: &Municipality, step: &str) -> Html {
    html! {
        <div class="own">
            <p class="own__title"><strong>{fill(ui::EIGEN_KOP, &[("naam", &m.name)])}</strong></p>
            <p>{line_text(all, m, step)}</p>
            <p class="source">{ui::EIGEN_BRON}{" "}
                <a href={Fragment::View(View::Compare).format()}>{fill(ui::EIGEN_LINK, &[("naam", &m.name)])}</a>
            </p>
        </div>
    }
}
