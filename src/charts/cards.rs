//! Key figures as cards: the number as the article writes it, big, over its label. One
//! mark per card, keyed by its figure.

use super::marks::{Anchor, Drawing, Ink};
use super::text::{width, wrap_lines};
use super::{ChartError, Scene};

const NUMBER: f64 = 24.0;
const NUMBER_MIN: f64 = 14.0;
/// Line step of a number wrapped at `NUMBER_MIN`.
const NUMBER_MIN_LINE: i32 = 20;
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
                // Long numbers (“5000万元及以上”) shrink to fit; one still too wide at the
                // smallest size (“more than 55,000 …”) takes more lines.
                let number = f.as_written();
                let size = NUMBER.min(inner / (width(&number, 1.0).max(1.0))).max(NUMBER_MIN).floor();
                let number = wrap_lines(&number, inner, size, 3);
                let mut label = wrap_lines(f.label, inner, LABEL, 4);
                if f.is_derived() {
                    label.push(scene.derived_mark.to_owned());
                }
                (f, number, size, label)
            })
            .collect();
        let label_top = |number: &[String]| 34 + (number.len() as i32 - 1) * NUMBER_MIN_LINE;
        let height = cards
            .iter()
            .map(|(_, number, _, label)| PAD * 2 + label_top(number) - 2 + label.len() as i32 * 19)
            .max()
            .unwrap_or(0);
        for (k, (f, number, size, label)) in cards.into_iter().enumerate() {
            let x = k as i32 * (card_w + GAP);
            let card = d.mark(format!("card:{}", f.id));
            card.at(x, y).rect((0, 0), (card_w, height), Ink::Rule, false);
            let ink = if f.is_derived() { Ink::Derived } else { Ink::Accent };
            for (n, line) in number.iter().enumerate() {
                card.text(PAD, PAD + n as i32 * NUMBER_MIN_LINE, line.as_str(), size as u16, ink)
                    .styled(Anchor::Start, true);
            }
            let top = PAD + label_top(&number);
            for (n, line) in label.iter().enumerate() {
                card.text(PAD, top + n as i32 * 19, line.as_str(), LABEL as u16, Ink::Muted);
            }
        }
        y += height + GAP;
    }
    d.height = (y - GAP).max(1) as u32;
    Ok(d)
}
