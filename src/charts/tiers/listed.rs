//! The tiers listed one under another, for names too long for four columns: each tier's
//! number and name on a line, then its industries as chips in the flow of the line, as
//! wide as their names (wrapped only at spaces and break points). What the room leaves
//! goes between the tiers. Where the room is too short for every name at a legible size
//! (English on a phone), a tier shows its industries as one small square each, and only
//! the tier in focus names them: a step then moves the tiers below it, as the named tier
//! opens.

use super::{frame_mark, header, tracks, Emphasis, Margins, Sizes, Tile, FRAME_PAD, GAP, PAD};
use crate::charts::marks::{Anchor, Drawing};
use crate::charts::text::width;
use crate::charts::{ChartError, Scene};
use crate::content::ChartGroup;

/// A chip's padding above and below its words.
const CHIP_PAD: i32 = 3;

/// An industry's chip: its words, its place (x, y) from its tier's top and its size (w, h).
struct Chip {
    tile: Tile,
    at: (i32, i32),
    size: (i32, i32),
}

/// A tier as listed: its header's lines and its chips.
struct Listed<'a> {
    group: &'a ChartGroup,
    name: Vec<String>,
    chips: Vec<Chip>,
    height: i32,
}

/// The side of an unnamed industry's square.
const SQUARE: i32 = 14;

fn listed<'a>(scene: &Scene, group: &'a ChartGroup, sizes: &Sizes, named: bool) -> Result<Listed<'a>, ChartError> {
    let inner = scene.w() - 2 * FRAME_PAD;
    let number_w = width(header(group), f64::from(sizes.number)).ceil() as i32 + 8;
    let name = scene.lines(group.name, inner - number_w, sizes.name)?;
    let head = (name.len() as i32 * (i32::from(sizes.name) + 4)).max(i32::from(sizes.number));
    let line = i32::from(sizes.tile) + 4;
    let (mut x, mut y, mut chips) = (0, head + 6, Vec::new());
    for item in group.items {
        if !named {
            chips.push(Chip {
                tile: Tile { key: format!("tile:{item}"), lines: Vec::new() },
                at: (x, y),
                size: (SQUARE, SQUARE),
            });
            x += SQUARE + 4;
            continue;
        }
        let lines = scene.lines(item, inner - 2 * PAD, sizes.tile)?;
        let w = lines.iter().map(|l| width(l, f64::from(sizes.tile)).ceil() as i32).max().unwrap_or(0) + 2 * PAD;
        let h = lines.len() as i32 * line + 2 * CHIP_PAD;
        if x > 0 && x + w > inner {
            (x, y) = (0, y + chips.last().map_or(0, |c: &Chip| c.size.1) + GAP);
        }
        chips.push(Chip { tile: Tile { key: format!("tile:{item}"), lines }, at: (x, y), size: (w, h) });
        x += w + GAP;
    }
    let height = chips.iter().map(|c| c.at.1 + c.size.1).max().unwrap_or(head);
    Ok(Listed { group, name, chips, height })
}

pub(super) fn layout(
    scene: &Scene,
    sizes: &Sizes,
    focus: Option<&str>,
    margins: &Margins,
) -> Result<Drawing, ChartError> {
    let top = margins.top;
    // A number on the line of its tier's name, not over a column: smaller.
    let sizes = &Sizes { number: sizes.name + 6, ..*sizes };
    let tracks_height = margins.tracks;
    let count = scene.chart.groups.len() as i32;
    let natural_of =
        |tiers: &[Listed]| top + tiers.iter().map(|t| t.height).sum::<i32>() + 14 * count + tracks_height + FRAME_PAD;
    let all_named = |named: &dyn Fn(&ChartGroup) -> bool| {
        scene.chart.groups.iter().map(|g| listed(scene, g, sizes, named(g))).collect::<Result<Vec<_>, _>>()
    };
    let mut tiers = all_named(&|_| true)?;
    let mut natural = natural_of(&tiers);
    if scene.room.is_some_and(|room| natural > room) {
        // As tall as the state that names the most: the drawing's size never changes.
        natural = 0;
        for group in scene.chart.groups {
            natural = natural.max(natural_of(&all_named(&|g| g.state == group.state)?));
        }
        tiers = all_named(&|g| focus == Some(g.state))?;
    }
    let height = scene.height_for(natural);
    let spacing = 14 + (height - natural_of(&tiers)) / count.max(1);
    let mut d = Drawing::new(scene.width.px());
    frame_mark(&mut d, scene, (height, margins), focus.is_none(), sizes);
    let mut y = top;
    for tier in &tiers {
        tier_marks(&mut d, tier, y, Emphasis::of(tier.group, focus), sizes);
        y += tier.height + spacing;
    }
    tracks(&mut d, scene, sizes, (height - FRAME_PAD - tracks_height, margins), focus)?;
    d.height = height as u32;
    Ok(d)
}

fn tier_marks(d: &mut Drawing, tier: &Listed, top: i32, emphasis: Emphasis, sizes: &Sizes) {
    let state = tier.group.state;
    let number = header(tier.group);
    d.mark(format!("number:{state}"))
        .at(FRAME_PAD, top)
        .text(0, 0, number, sizes.number, emphasis.number())
        .styled(Anchor::Start, true);
    let name_x = FRAME_PAD + width(number, f64::from(sizes.number)).ceil() as i32 + 8;
    let name_y = top + (i32::from(sizes.number) - i32::from(sizes.name)) / 2;
    let name = d.mark(format!("group:{state}")).at(name_x, name_y);
    for (k, text) in tier.name.iter().enumerate() {
        name.text(0, k as i32 * (i32::from(sizes.name) + 4), text.as_str(), sizes.name, emphasis.text())
            .styled(Anchor::Start, true);
    }
    let (fill, ink) = emphasis.tile();
    let line = i32::from(sizes.tile) + 4;
    for Chip { tile, at: (x, y), size } in &tier.chips {
        let mark = d.mark(tile.key.clone()).at(FRAME_PAD + x, top + y).rect((0, 0), *size, fill, true);
        for (k, text) in tile.lines.iter().enumerate() {
            mark.text(PAD, CHIP_PAD + 2 + k as i32 * line, text.as_str(), sizes.tile, ink)
                .styled(Anchor::Start, emphasis.forward);
        }
    }
}
