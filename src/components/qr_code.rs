//! A QR code as inline SVG (`crate::qr`): black modules on white with the quiet zone, so it
//! reads on any background (contrast 21:1). The printed brief of a municipality page and
//! presenter mode's "follow along" both draw theirs with it.

use yew::prelude::*;

/// A QR code of `address`, labelled `label` for screen readers; nothing if it cannot be
/// encoded (an address far longer than any of ours).
pub fn qr_code(class: &'static str, address: &str, label: String) -> Html {
    let Ok((size, d)) = crate::qr::path(address) else {
        return Html::default();
    };
    let size = size.to_string();
    html! {
        <svg {class} viewBox={format!("0 0 {size} {size}")} role="img" aria-label={label}>
            <rect width={size.clone()} height={size} fill="#fff" />
            <path {d} fill="#000" />
        </svg>
    }
}
