use std::rc::Rc;

use yew::prelude::*;

use crate::charts::marks::{Anchor, Milli, Place, ONE};
use crate::charts::paint::{PaintedMark, Prim};
use crate::charts::{Painted, Width};

#[derive(Properties, PartialEq)]
pub struct DrawingProps {
    /// Names the figure's title and takeaway, which label the drawing.
    pub chart_id: &'static str,
    pub painted: Rc<Painted>,
    pub width: Width,
    /// Show this state as it is, without tweening from the one before: the first state
    /// the scroll engine reports (a reload or a link into a step shows its frame at once).
    #[prop_or_default]
    pub settle: bool,
}

/// A chart's drawing: one `<g>` per mark, keyed by what the mark shows, so a change of
/// state updates the same elements and the page's CSS tweens their transform, opacity and
/// colours. The transform is written twice: as the SVG attribute (what the prerendered
/// page and the first paint use) and, once running, as the element's CSS transform
/// (through the CSSOM, which a strict CSP allows), because WebKit does not tween the
/// attribute. A new width, the first render and `settle` apply without tweening.
#[function_component(DrawingView)]
pub fn drawing_view(props: &DrawingProps) -> Html {
    let node = use_node_ref();
    let shown_width = use_mut_ref(|| None::<Width>);
    // The drawing last mirrored, so that only marks that move are touched: a style write,
    // even of the same value, costs the engine a new layout of the drawing.
    let mirrored = use_mut_ref(|| None::<Rc<Painted>>);
    {
        let (node, painted) = (node.clone(), props.painted.clone());
        let settle = props.settle || shown_width.replace(Some(props.width)) != Some(props.width);
        use_effect_with((painted, settle), move |(painted, settle)| {
            let before = mirrored.replace(Some(painted.clone()));
            mirror(&node, painted, before.as_deref(), *settle);
        });
    }
    let Painted { width, height, marks } = &*props.painted;
    let id = props.chart_id;
    html! {
        <svg role="img" aria-labelledby={format!("chart-{id}-title")} aria-describedby={format!("chart-{id}-takeaway")}
             focusable="false" data-width={props.width.name()} width={width.to_string()} height={height.to_string()}
             viewBox={format!("0 0 {width} {height}")} preserveAspectRatio="xMidYMin meet"
             xmlns="http://www.w3.org/2000/svg" ref={node}>
            { for marks.iter().map(mark_view) }
        </svg>
    }
}

/// One mark: a `<g>` keyed by what it shows, placed by its transform.
pub fn mark_view(mark: &PaintedMark) -> Html {
    let class = if mark.scrubbed { "mark mark--scrub" } else { "mark" };
    let opacity = (mark.place.opacity < ONE).then(|| milli(mark.place.opacity));
    html! {
        <g key={mark.key.clone()} class={class} data-key={mark.key.clone()} transform={svg_transform(&mark.place)} {opacity}>
            { for mark.prims.iter().map(prim_view) }
        </g>
    }
}

fn prim_view(prim: &Prim) -> Html {
    let n = |v: i32| v.to_string();
    match prim {
        Prim::Rect { x, y, w, h, ink, filled: true } => {
            html! { <rect x={n(*x)} y={n(*y)} width={n(*w)} height={n(*h)} fill={ink.hex()} /> }
        }
        Prim::Rect { x, y, w, h, ink, filled: false } => {
            html! { <rect x={n(*x)} y={n(*y)} width={n(*w)} height={n(*h)} fill="none" stroke={ink.hex()} /> }
        }
        Prim::Text { x, y, text, size, ink, anchor, bold } => {
            let anchor = match anchor {
                Anchor::Start => None,
                Anchor::Middle => Some("middle"),
                Anchor::End => Some("end"),
            };
            html! {
                <text x={n(*x)} y={n(*y)} dy="0.76em" font-size={size.to_string()} fill={ink.hex()}
                      font-weight={bold.then_some("bold")} text-anchor={anchor}>{ text.clone() }</text>
            }
        }
        Prim::Circle { x, y, r, ink } => html! { <circle cx={n(*x)} cy={n(*y)} r={r.to_string()} fill={ink.hex()} /> },
        Prim::Polyline { points, ink, width } => {
            let points: Vec<String> = points.iter().map(|(x, y)| format!("{x},{y}")).collect();
            html! { <polyline fill="none" stroke={ink.hex()} stroke-width={width.to_string()} points={points.join(" ")} /> }
        }
    }
}

/// Thousandths as a decimal: 920 → "0.92", 1000 → "1".
pub fn milli(v: Milli) -> String {
    let (whole, part) = (v / ONE, (v % ONE).abs());
    if part == 0 {
        return whole.to_string();
    }
    let digits = format!("{part:03}");
    format!("{}{whole}.{}", if v < 0 && whole == 0 { "-" } else { "" }, digits.trim_end_matches('0'))
}

/// The place as an SVG `transform` attribute: `translate(12 40) scale(0.5 1)`.
pub fn svg_transform(place: &Place) -> String {
    let mut out = format!("translate({} {})", place.x, place.y);
    if (place.scale_x, place.scale_y) != (ONE, ONE) {
        out.push_str(&format!(" scale({} {})", milli(place.scale_x), milli(place.scale_y)));
    }
    out
}

/// The place as a CSS transform: `translate(12px, 40px) scale(0.5, 1)`.
pub fn css_transform(place: &Place) -> String {
    format!("translate({}px, {}px) scale({}, {})", place.x, place.y, milli(place.scale_x), milli(place.scale_y))
}

/// Sets the transform and opacity of each mark whose place differs from the drawing
/// mirrored `before` as CSS, for every engine to tween. Settling, the drawing carries
/// `data-settle` (no transitions, in the CSS) until every new style has been computed.
/// An effect: prerendering (SSR) never runs it.
fn mirror(node: &NodeRef, painted: &Painted, before: Option<&Painted>, settle: bool) {
    use wasm_bindgen::JsCast;

    let Some(svg) = node.cast::<web_sys::Element>() else { return };
    if settle {
        let _ = svg.set_attribute("data-settle", "");
    }
    let children = svg.children();
    for (i, mark) in painted.marks.iter().enumerate() {
        let was = before.and_then(|b| b.marks.get(i));
        if was.is_some_and(|was| was.key == mark.key && was.place == mark.place) {
            continue;
        }
        let Some(g) = children.item(i as u32).and_then(|e| e.dyn_into::<web_sys::SvgElement>().ok()) else { continue };
        let style = g.style();
        let _ = style.set_property("transform", &css_transform(&mark.place));
        let _ = style.set_property("opacity", &milli(mark.place.opacity));
    }
    if settle {
        // Reading one computed style applies every new one now, while nothing tweens.
        if let Some(g) = children.item(0) {
            let _ =
                gloo::utils::window().get_computed_style(&g).ok().flatten().map(|s| s.get_property_value("transform"));
        }
        let _ = svg.remove_attribute("data-settle");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_are_written_with_as_few_digits_as_they_need() {
        assert_eq!(milli(1000), "1");
        assert_eq!(milli(920), "0.92");
        assert_eq!(milli(5), "0.005");
        assert_eq!(milli(2500), "2.5");
        let place = Place { x: 12, y: 40, scale_x: 500, scale_y: ONE, opacity: ONE };
        assert_eq!(svg_transform(&place), "translate(12 40) scale(0.5 1)");
        assert_eq!(css_transform(&place), "translate(12px, 40px) scale(0.5, 1)");
        assert_eq!(svg_transform(&Place::default()), "translate(0 0)");
    }
}
