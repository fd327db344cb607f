//! Key figures as cards: the number as the article writes it, big, over its label.

use super::marks::{Anchor, Drawing, Ink};
use super::text::{width, wrap};
use super::{ChartError, Scene};

const NUMBER: f64 = 24.0;
const LABEL: f64 = 13.0;
const GAP: i32 = 12;
const PAD: i32 = 10;

pub fn layout(scene: &Scene) -> Result<Drawing, ChartError> {
    let w = scene.w();
    let mut d = Drawing::new(scene.width.px());
    let n = scene.chart.figures.len() as i32;
    // Rows as full as possible: 4 cards make 2×2 on a phone and one row of 4 on a desktop.
    let columns = match (w < 400, n) {
        (true, n) => n.clamp(1, 2),
        (false, n @ 1..=4) => n,
        (false, _) => 3,
    };
    let card_w = (w - GAP * (columns - 1)) / columns;
    let inner = f64::from(card_w - 2 * PAD);
    let figures = scene.chart.figures.iter().map(|id| scene.figure(id)).collect::<Result<Vec<_>, _>>()?;
    let mut y = 0;
    for row in figures.chunks(columns as usize) {
        let cards: Vec<_> = row
            .iter()
            .map(|f| {
                let number = f.as_written();
                // Long numbers (“5000万元及以上”) shrink to fit rather than overflow.
                let size = NUMBER.min(inner / (width(&number, 1.0).max(1.0))).max(14.0).floor();
                let mut label = wrap(f.label, inner, LABEL);
                if f.is_derived() {
                    label.push(scene.derived_mark.to_owned());
                }
                (f, number, size, label)
            })
            .collect();
        let height = cards.iter().map(|(_, _, _, label)| PAD * 2 + 32 + label.len() as i32 * 19).max().unwrap_or(0);
        for (k, (f, number, size, label)) in cards.into_iter().enumerate() {
            let x = k as i32 * (card_w + GAP);
            d.rect((x, y), (x + card_w, y + height), Ink::Rule, false);
            let ink = if f.is_derived() { Ink::Derived } else { Ink::Accent };
            d.text(x + PAD, y + PAD, number, size, ink).styled(Anchor::Start, true);
            for (n, line) in label.iter().enumerate() {
                d.text(x + PAD, y + PAD + 34 + n as i32 * 19, line.as_str(), LABEL, Ink::Muted);
            }
        }
        y += height + GAP;
    }
    d.height = (y - GAP).max(1) as u32;
    Ok(d)
}
