//! The “4+5+1+1” industry system as its formula: over each tier its number (the future
//! tier's “一批”, as the article has it) and name, under it one tile per industry, the
//! columns as wide as what they hold; the 20 sub-sector tracks as 20 marks below; the whole
//! inside Qingdao's “10+1” frame. Every state draws the same tiles in the same places: the
//! overview lights them all, a tier's step brings its tiles forward in the accent and lets
//! the others recede, so a step changes colours, never the layout. Labels wrap only at the
//! break points the data gives them (or at spaces). Where the columns do not fit side by
//! side (English on a phone), the tiers stand two by two.

use super::marks::{Anchor, Drawing, Ink};
use super::text::{width, wrap_at_breaks, BREAK};
use super::{ChartError, Scene};
use crate::content::ChartGroup;

const GAP: i32 = 8;
/// The most room a sub-sector track's mark takes.
const TRACK: i32 = 16;
const PAD: i32 = 6;
/// The frame's inner margin, and the room at its top for its name.
const FRAME_PAD: i32 = 8;

/// The text sizes of a drawing's width.
struct Sizes {
    number: u16,
    name: u16,
    tile: u16,
    note: u16,
}

/// A tile: one industry's name in lines.
struct Tile {
    key: String,
    lines: Vec<String>,
}

/// One tier's column: where it is, its header and its tiles.
struct Column<'a> {
    group: &'a ChartGroup,
    x: i32,
    w: i32,
    /// Where its header starts.
    y: i32,
    name: Vec<String>,
    tiles: Vec<Tile>,
}

/// The narrowest width at which `text` takes at most `lines` lines at `size` (or one line
/// per part, when its parts are each too wide to share one).
fn comfortable(text: &str, size: u16, lines: usize) -> f64 {
    let size = f64::from(size);
    let whole = width(&text.replace(BREAK, ""), size);
    let mut at = text.split([' ', BREAK]).map(|part| width(part, size)).fold(0.0, f64::max);
    while at < whole && wrap_at_breaks(text, at, size).map_or(true, |wrapped| wrapped.len() > lines) {
        at += size / 2.0;
    }
    at.min(whole).ceil()
}

/// The width a tier needs to read well: its widest tile or name, or its number. A tier of
/// few tiles has the height for three lines in each; others take two. At the least
/// (`tightest`), its widest word or part between break points.
fn need(group: &ChartGroup, sizes: &Sizes, tightest: bool) -> i32 {
    let lines = match (tightest, group.items.len()) {
        (true, _) => usize::MAX,
        (false, 0..=2) => 3,
        _ => 2,
    };
    let tiles = group.items.iter().map(|item| comfortable(item, sizes.tile, lines) as i32 + 2 * PAD);
    let name = comfortable(group.name, sizes.name, lines.min(2)) as i32;
    let number = width(header(group), f64::from(sizes.number)).ceil() as i32;
    tiles.chain([name, number]).max().unwrap_or(0)
}

/// The text of `groups` with the widest part that has no break point in it, as a reader
/// sees it: the one to give a break point.
fn widest_unbroken(groups: &[&ChartGroup], sizes: &Sizes) -> String {
    let texts = groups.iter().flat_map(|g| g.items.iter().chain([&g.name]));
    let widest_part = |text: &&&str| text.split([' ', BREAK]).map(|p| width(p, f64::from(sizes.tile)) as i32).max();
    texts.max_by_key(widest_part).map(|text| text.replace(BREAK, "")).unwrap_or_default()
}

/// What stands over a tier: its number in the formula, or what the article calls it.
fn header(group: &ChartGroup) -> &'static str {
    group.quantity.or(group.badge).unwrap_or_default()
}

/// Shares `room` among tiers that need `needs`, the rest by how many industries each holds.
fn widths(groups: &[&ChartGroup], needs: &[i32], room: i32) -> Vec<i32> {
    let spare = room - needs.iter().sum::<i32>();
    let held: i32 = groups.iter().map(|g| g.items.len() as i32).sum::<i32>().max(1);
    groups.iter().zip(needs).map(|(g, need)| need + spare * g.items.len() as i32 / held).collect()
}

/// The tiers' columns: four side by side, or two by two where four do not fit.
fn columns<'a>(scene: &Scene<'a>, sizes: &Sizes, inner: i32) -> Result<(Vec<Column<'a>>, bool), ChartError> {
    let groups: Vec<&ChartGroup> = scene.chart.groups.iter().collect();
    let needs: Vec<i32> = groups.iter().map(|g| need(g, sizes, false)).collect();
    let four = needs.iter().sum::<i32>() + 3 * GAP <= inner;
    let rows: Vec<&[&ChartGroup]> = if four { vec![&groups[..]] } else { groups.chunks(2).collect() };
    let mut columns = Vec::new();
    for (r, row) in rows.iter().enumerate() {
        let room = inner - GAP * (row.len() as i32 - 1);
        let fits = |needs: &Vec<i32>| needs.iter().sum::<i32>() <= room;
        let row_needs = [false, true]
            .into_iter()
            .map(|tightest| row.iter().map(|g| need(g, sizes, tightest)).collect())
            .find(fits)
            .ok_or_else(|| ChartError::Unbreakable(widest_unbroken(row, sizes)))?;
        let mut x = FRAME_PAD;
        for (group, w) in row.iter().zip(widths(row, &row_needs, room)) {
            let name = scene.lines(group.name, w, sizes.name)?;
            let tiles = group
                .items
                .iter()
                .map(|item| {
                    Ok(Tile { key: format!("tile:{item}"), lines: scene.lines(item, w - 2 * PAD, sizes.tile)? })
                })
                .collect::<Result<Vec<_>, ChartError>>()?;
            columns.push(Column { group, x, w, y: r as i32, name, tiles });
            x += w + GAP;
        }
    }
    Ok((columns, four))
}

fn tile_height(tile: &Tile, line: i32) -> i32 {
    tile.lines.len() as i32 * line + 2 * PAD
}

/// The rows' tops and the tiles' stretch: what the room leaves over the natural heights,
/// given to the tiles, so that the longest column fills the room.
struct Rows {
    header: i32,
    stretch: i32,
    tracks_y: i32,
    height: i32,
}

fn rows(scene: &Scene, columns: &mut [Column], sizes: &Sizes, line: i32, top: i32) -> Rows {
    let count = columns.iter().map(|c| c.y).max().unwrap_or(0) as usize + 1;
    let name_lines = columns.iter().map(|c| c.name.len()).max().unwrap_or(1) as i32;
    let header = i32::from(sizes.number) + 8 + name_lines * (i32::from(sizes.name) + 4) + 8;
    let tiles_of = |c: &Column, stretch: i32| c.tiles.iter().map(|t| tile_height(t, line) + stretch + GAP).sum::<i32>();
    let row_height = |r: usize, stretch: i32| {
        columns.iter().filter(|c| c.y as usize == r).map(|c| tiles_of(c, stretch)).max().unwrap_or(0) + header
    };
    let tracks = TRACK + 6 + i32::from(sizes.note) + 4;
    let natural = top + (0..count).map(|r| row_height(r, 0) + 14).sum::<i32>() + tracks + FRAME_PAD;
    let height = scene.height_for(natural);
    let most_tiles = columns.iter().map(|c| c.tiles.len()).max().unwrap_or(1).max(1) as i32 * count as i32;
    let stretch = (height - natural) / most_tiles;
    let used: i32 = (0..count).map(|r| row_height(r, stretch)).sum();
    let spacing = (height - top - used - tracks - FRAME_PAD) / count as i32;
    let mut tops = Vec::new();
    let mut y = top;
    for r in 0..count {
        tops.push(y);
        y += row_height(r, stretch) + spacing;
    }
    for column in columns.iter_mut() {
        column.y = tops[column.y as usize];
    }
    Rows { header, stretch, tracks_y: y, height }
}

pub fn layout(scene: &Scene) -> Result<Drawing, ChartError> {
    let w = scene.w();
    let sizes = Sizes { number: scene.size(28), name: scene.size(14), tile: scene.size(14), note: scene.size(14) };
    let line = i32::from(sizes.tile) + 4;
    let (mut columns, four) = columns(scene, &sizes, w - 2 * FRAME_PAD)?;
    let focus = scene.chart.groups.iter().map(|g| g.state).find(|s| *s == scene.state);
    let top = FRAME_PAD + i32::from(sizes.note) + 10;
    let rows = rows(scene, &mut columns, &sizes, line, top);
    let mut d = Drawing::new(scene.width.px());
    frame(&mut d, scene, rows.height, focus.is_none(), &sizes);
    for (i, column) in columns.iter().enumerate() {
        let lit = focus.is_none_or(|f| f == column.group.state);
        column_marks(&mut d, column, (lit, focus == Some(column.group.state), focus.is_none()), &sizes, &rows);
        if four && i > 0 {
            let x = column.x - GAP / 2;
            d.mark(format!("plus:{i}"))
                .at(x, column.y + 4)
                .text(0, 0, "+", sizes.name, Ink::Muted)
                .styled(Anchor::Middle, true);
        }
    }
    tracks(&mut d, scene, &sizes, rows.tracks_y, focus)?;
    d.height = rows.height as u32;
    Ok(d)
}

/// A tier's number, name and tiles: lit in the overview or in its own step, in the accent
/// in its own step.
fn column_marks(
    d: &mut Drawing,
    column: &Column,
    (lit, forward, overview): (bool, bool, bool),
    sizes: &Sizes,
    rows: &Rows,
) {
    let state = column.group.state;
    let centre = column.x + column.w / 2;
    let number_ink = if lit { Ink::Accent } else { Ink::Muted };
    d.mark(format!("number:{state}"))
        .at(centre, column.y)
        .text(0, 0, header(column.group), sizes.number, number_ink)
        .styled(Anchor::Middle, true);
    let name = d.mark(format!("group:{state}")).at(centre, column.y + i32::from(sizes.number) + 8);
    for (k, text) in column.name.iter().enumerate() {
        let ink = if lit { Ink::Text } else { Ink::Muted };
        name.text(0, k as i32 * (i32::from(sizes.name) + 4), text.as_str(), sizes.name, ink)
            .styled(Anchor::Middle, true);
    }
    let (fill, ink) = match (overview, forward) {
        (true, _) => (Ink::AccentSoft, Ink::Text),
        (false, true) => (Ink::Accent, Ink::Surface),
        (false, false) => (Ink::Rule, Ink::Muted),
    };
    let line = i32::from(sizes.tile) + 4;
    let mut y = column.y + rows.header;
    for tile in &column.tiles {
        let h = tile_height(tile, line) + rows.stretch;
        let mark = d.mark(tile.key.clone()).at(column.x, y).rect((0, 0), (column.w, h), fill, true);
        let text_top = (h - tile.lines.len() as i32 * line) / 2 + 2;
        for (k, text) in tile.lines.iter().enumerate() {
            mark.text(PAD, text_top + k as i32 * line, text.as_str(), sizes.tile, ink).styled(Anchor::Start, forward);
        }
        y += h + GAP;
    }
}

/// The frame: Qingdao's “10+1”, around the whole in every state, drawn stronger in the
/// overview, which is about the whole.
fn frame(d: &mut Drawing, scene: &Scene, height: i32, overview: bool, sizes: &Sizes) {
    let w = scene.w();
    let ink = if overview { Ink::Muted } else { Ink::Rule };
    d.mark("frame").rect((0, 0), (w, height), ink, false);
    if let Some(context) = scene.chart.context {
        let line = super::text::wrap_lines(context, f64::from(w - 2 * FRAME_PAD), f64::from(sizes.note), 1).concat();
        d.mark("context").at(FRAME_PAD, FRAME_PAD).text(
            0,
            0,
            line,
            sizes.note,
            if overview { Ink::Text } else { Ink::Muted },
        );
    }
}

/// The figures of the chart that belong to no tier (the 20 sub-sector tracks): one mark
/// each, in a row, with the figure as written; lit in the overview and the future tier.
fn tracks(d: &mut Drawing, scene: &Scene, sizes: &Sizes, y: i32, focus: Option<&str>) -> Result<(), ChartError> {
    let groups = scene.chart.groups;
    let counted: Vec<&str> = groups.iter().filter_map(|g| g.count).collect();
    let lit = focus.is_none() || focus == groups.last().map(|g| g.state);
    let inner = scene.w() - 2 * FRAME_PAD;
    for id in scene.chart.figures.iter().filter(|id| !counted.contains(id)) {
        let figure = scene.figure(id)?;
        let n = (figure.value.clamp(1.0, 200.0)) as i32;
        let pitch = (inner / n).min(TRACK);
        let cells = (0..n).map(|k| (FRAME_PAD + k * pitch, 0)).collect();
        d.mark(format!("units:{id}")).at(0, y).units(cells, pitch - 4, if lit { Ink::Accent } else { Ink::Dim });
        let colon = if figure.label.is_ascii() { ": " } else { "：" };
        let text = format!("{}{colon}{}", figure.label, figure.as_written());
        let line = super::text::wrap_lines(&text, f64::from(inner), f64::from(sizes.note), 1).concat();
        let ink = if lit { Ink::Text } else { Ink::Muted };
        d.mark(format!("note:{id}"))
            .at(FRAME_PAD, y + pitch + 2)
            .text(0, 0, line, sizes.note, ink)
            .styled(Anchor::Start, lit);
    }
    Ok(())
}
