//! The “4+5+1+1” industry system: one row per tier, a badge with its part of the name,
//! the tier's name and its industries. Steps (or a tap) bring one tier forward; in the
//! overview every tier is in colour.

use super::marks::{Anchor, Drawing, Ink};
use super::text::wrap;
use super::{ChartError, Scene};

const BADGE: i32 = 40;
const NAME: f64 = 16.0;
const ITEMS: f64 = 14.0;

/// Which tier is in focus: the step's state, or `None` for the overview.
pub fn focus<'a>(scene: &Scene<'a>) -> Option<&'a str> {
    scene.chart.groups.iter().map(|g| g.state).find(|s| *s == scene.state)
}

pub fn layout(scene: &Scene) -> Result<Drawing, ChartError> {
    let w = scene.w();
    let mut d = Drawing::new(scene.width.px());
    let focus = focus(scene);
    let text_x = BADGE + 12;
    let mut y = 0;
    for group in scene.chart.groups {
        let lit = focus.is_none_or(|f| f == group.state);
        let items = wrap(&group.items.join(" · "), f64::from(w - text_x), ITEMS);
        let height = (24 + items.len() as i32 * 21).max(BADGE);
        d.rect((0, y), (BADGE, y + BADGE), if lit { Ink::Accent } else { Ink::Dim }, true);
        if let Some(badge) = group.badge {
            let ink = if lit { Ink::AccentSoft } else { Ink::Text };
            d.text(BADGE / 2, y + 8, badge, 22.0, ink).styled(Anchor::Middle, true);
        }
        d.text(text_x, y, group.name, NAME, if lit { Ink::Text } else { Ink::Muted }).styled(Anchor::Start, true);
        for (k, line) in items.iter().enumerate() {
            d.text(text_x, y + 24 + k as i32 * 21, line.as_str(), ITEMS, if lit { Ink::Text } else { Ink::Muted });
        }
        y += height + 14;
    }
    // Figures of the chart that belong to no tier (the 20 sub-sector tracks) close it.
    let counted: Vec<&str> = scene.chart.groups.iter().filter_map(|g| g.count).collect();
    for id in scene.chart.figures.iter().filter(|id| !counted.contains(id)) {
        let figure = scene.figure(id)?;
        d.marks.push(super::Mark::Line { from: (0, y), to: (w, y), ink: Ink::Rule, width: 1 });
        let line = format!("{}：{}", figure.label, figure.as_written());
        d.text(0, y + 8, line, ITEMS, Ink::Text).styled(Anchor::Start, true);
        y += 32;
    }
    d.height = y.max(1) as u32;
    Ok(d)
}
