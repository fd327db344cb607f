//! The “4+5+1+1” industry system as its formula: over each tier its number (the future
//! tier's “一批”, as the article has it) and name, under it one tile per industry, the
//! columns as wide as what they hold; the 20 sub-sector tracks as 20 marks below; the whole
//! inside Qingdao's “10+1” frame. Every state draws the same tiles in the same places: the
//! overview lights them all, a tier's step brings its tiles forward in the accent and lets
//! the others recede, so a step changes colours, never the layout. Labels wrap only at the
//! break points the data gives them (or at spaces). Where four columns do not fit (English,
//! whose names are long), the tiers are listed one under another, each industry a chip in
//! the flow of its tier's line (`listed`).

mod listed;

use super::marks::{Anchor, Drawing, Ink};
use super::text::{width, wrap_at_breaks, BREAK};
use super::{ChartError, Scene};
use crate::content::ChartGroup;

pub(super) const GAP: i32 = 8;
/// The most room a sub-sector track's mark takes.
pub(super) const TRACK: i32 = 16;
pub(super) const PAD: i32 = 6;
/// The frame's inner margin, and the room at its top for its name.
pub(super) const FRAME_PAD: i32 = 8;

/// The text sizes of a drawing's width.
#[derive(Clone, Copy)]
pub(super) struct Sizes {
    pub(super) number: u16,
    pub(super) name: u16,
    pub(super) tile: u16,
    pub(super) note: u16,
}

/// A tile: one industry's name in lines.
pub(super) struct Tile {
    pub(super) key: String,
    pub(super) lines: Vec<String>,
}

/// One tier's column: where it is, its header and its tiles.
struct Column<'a> {
    group: &'a ChartGroup,
    x: i32,
    w: i32,
    name: Vec<String>,
    tiles: Vec<Tile>,
}

/// The narrowest width at which `text` takes at most `lines` lines at `size` (or one line
/// per part, when its parts are each too wide to share one).
fn comfortable(text: &str, size: u16, lines: usize) -> f64 {
    let size = f64::from(size);
    let fits = |at: f64| wrap_at_breaks(text, at, size).is_ok_and(|wrapped| wrapped.len() <= lines);
    // The lines a text takes only fall as the width grows: halve the range between a width
    // too narrow and one wide enough.
    let (mut narrow, mut wide) =
        (text.split([' ', BREAK]).map(|part| width(part, size)).fold(0.0, f64::max), width(text, size));
    if fits(narrow) {
        return narrow.ceil();
    }
    while wide - narrow > 1.0 {
        let at = (narrow + wide) / 2.0;
        if fits(at) {
            wide = at;
        } else {
            narrow = at;
        }
    }
    wide.ceil()
}

/// The width a tier needs to read well: its widest tile or name, or its number. A tier of
/// few tiles has the height for three lines in each; others take two. At the least
/// (`tightest`), as wide as each label needs to take the most lines a label may take.
fn need(group: &ChartGroup, sizes: &Sizes, tightest: bool) -> i32 {
    let lines = match (tightest, group.items.len()) {
        (true, _) => super::MAX_LINES,
        (false, 0..=2) => 3,
        _ => 2,
    };
    let tiles = group.items.iter().map(|item| comfortable(item, sizes.tile, lines) as i32 + 2 * PAD);
    let name = comfortable(group.name, sizes.name, lines.min(2)) as i32;
    let number = width(header(group), f64::from(sizes.number)).ceil() as i32;
    tiles.chain([name, number]).max().unwrap_or(0)
}

/// What stands over a tier: its number in the formula, or what the article calls it.
pub(super) fn header(group: &ChartGroup) -> &'static str {
    group.quantity.or(group.badge).unwrap_or_default()
}

/// How tall a tier's tiles stand in a column `w` wide.
fn stack(group: &ChartGroup, w: i32, sizes: &Sizes) -> i32 {
    let (size, line) = (f64::from(sizes.tile), i32::from(sizes.tile) + 4);
    let lines = |item: &&str| wrap_at_breaks(item, f64::from(w - 2 * PAD), size).map_or(1, |l| l.len() as i32);
    group.items.iter().map(|item| lines(item) * line + 2 * PAD + GAP).sum()
}

/// Shares `room` among tiers that need `needs`: first to the tallest tier, for as long as
/// more width makes it shorter (the drawing is then as short as the room allows), then
/// the rest by how many industries each holds.
fn widths(groups: &[&ChartGroup], needs: &[i32], room: i32, sizes: &Sizes) -> Vec<i32> {
    let mut widths = needs.to_vec();
    // Each turn makes the tallest tier shorter by a line or more; a few turns suffice.
    for _ in 0..16 {
        let spare = room - widths.iter().sum::<i32>();
        let Some(tallest) = (0..groups.len()).max_by_key(|&i| stack(groups[i], widths[i], sizes)) else { break };
        let (group, now) = (groups[tallest], widths[tallest]);
        let height = stack(group, now, sizes);
        if spare < 1 || stack(group, now + spare, sizes) >= height {
            break;
        }
        // The least extra width that makes it shorter: a tier only gets shorter as it widens.
        let (mut short, mut enough) = (0, spare);
        while enough - short > 1 {
            let mid = (short + enough) / 2;
            if stack(group, now + mid, sizes) < height {
                enough = mid;
            } else {
                short = mid;
            }
        }
        widths[tallest] += enough;
    }
    let spare = room - widths.iter().sum::<i32>();
    let held: i32 = groups.iter().map(|g| g.items.len() as i32).sum::<i32>().max(1);
    groups.iter().zip(widths).map(|(g, w)| w + spare * g.items.len() as i32 / held).collect()
}

/// The tiers' columns, four side by side, or `None` where four do not fit.
fn columns<'a>(scene: &Scene<'a>, sizes: &Sizes, inner: i32) -> Result<Option<Vec<Column<'a>>>, ChartError> {
    let groups: Vec<&ChartGroup> = scene.chart.groups.iter().collect();
    let room = inner - GAP * (groups.len() as i32 - 1);
    let fits = |needs: &Vec<i32>| needs.iter().sum::<i32>() <= room;
    let Some(needs) =
        [false, true].into_iter().map(|tightest| groups.iter().map(|g| need(g, sizes, tightest)).collect()).find(fits)
    else {
        return Ok(None);
    };
    let mut columns = Vec::new();
    let mut x = FRAME_PAD;
    for (group, w) in groups.iter().zip(widths(&groups, &needs, room, sizes)) {
        let name = scene.lines(group.name, w, sizes.name)?;
        let tiles = group
            .items
            .iter()
            .map(|item| Ok(Tile { key: format!("tile:{item}"), lines: scene.lines(item, w - 2 * PAD, sizes.tile)? }))
            .collect::<Result<Vec<_>, ChartError>>()?;
        columns.push(Column { group, x, w, name, tiles });
        x += w + GAP;
    }
    Ok(Some(columns))
}

fn tile_height(tile: &Tile, line: i32) -> i32 {
    tile.lines.len() as i32 * line + 2 * PAD
}

/// Where the columns' tiles start, and their stretch: what the room leaves over the
/// natural height, given to the tiles so that the longest column fills the room.
struct Fill {
    top: i32,
    header: i32,
    stretch: i32,
    tracks_y: i32,
    height: i32,
}

fn fill(scene: &Scene, columns: &[Column], sizes: &Sizes, margins: &Margins) -> Fill {
    let top = margins.top;
    let line = i32::from(sizes.tile) + 4;
    let name_lines = columns.iter().map(|c| c.name.len()).max().unwrap_or(1) as i32;
    let header = i32::from(sizes.number) + 8 + name_lines * (i32::from(sizes.name) + 4) + 8;
    let tiles_of = |c: &Column, stretch: i32| c.tiles.iter().map(|t| tile_height(t, line) + stretch + GAP).sum::<i32>();
    let tallest = |stretch: i32| columns.iter().map(|c| tiles_of(c, stretch)).max().unwrap_or(0);
    let tracks = margins.tracks;
    let natural = top + header + tallest(0) + 14 + tracks + FRAME_PAD;
    let height = scene.height_for(natural);
    let most_tiles = columns.iter().map(|c| c.tiles.len()).max().unwrap_or(1).max(1) as i32;
    let stretch = (height - natural) / most_tiles;
    let tracks_y = height - FRAME_PAD - tracks;
    Fill { top, header, stretch, tracks_y, height }
}

/// What frames the tiers: the frame's name in lines over them (its top), and under them the
/// sub-sector tracks' marks and their figure in lines.
pub(super) struct Margins {
    context: Vec<String>,
    note: Vec<String>,
    pub(super) top: i32,
    pub(super) tracks: i32,
}

fn margins(scene: &Scene, sizes: &Sizes) -> Result<Margins, ChartError> {
    let inner = scene.w() - 2 * FRAME_PAD;
    let line = i32::from(sizes.note) + 4;
    let context = scene.chart.context.map(|c| scene.lines(c, inner, sizes.note)).transpose()?.unwrap_or_default();
    let note = match track_figure(scene)? {
        Some(figure) => {
            let colon = if figure.label.is_ascii() { ": " } else { "：" };
            scene.lines(&format!("{}{colon}{}", figure.label, figure.as_written()), inner, sizes.note)?
        }
        None => Vec::new(),
    };
    let top = FRAME_PAD + context.len() as i32 * line + 6;
    let tracks = TRACK + 6 + note.len() as i32 * line;
    Ok(Margins { context, note, top, tracks })
}

/// The chart's figure that belongs to no tier: the 20 sub-sector tracks.
fn track_figure<'a>(scene: &Scene<'a>) -> Result<Option<&'a crate::content::Figure>, ChartError> {
    let counted: Vec<&str> = scene.chart.groups.iter().filter_map(|g| g.count).collect();
    scene.chart.figures.iter().find(|id| !counted.contains(id)).map(|id| scene.figure(id)).transpose()
}

pub fn layout(scene: &Scene) -> Result<Drawing, ChartError> {
    let w = scene.w();
    let sizes = Sizes { number: scene.size(28), name: scene.size(14), tile: scene.size(14), note: scene.size(14) };
    let focus = scene.chart.groups.iter().map(|g| g.state).find(|s| *s == scene.state);
    let margins = margins(scene, &sizes)?;
    let Some(columns) = columns(scene, &sizes, w - 2 * FRAME_PAD)? else {
        return listed::layout(scene, &sizes, focus, &margins);
    };
    let fill = fill(scene, &columns, &sizes, &margins);
    let mut d = Drawing::new(scene.width.px());
    frame_mark(&mut d, scene, (fill.height, &margins), focus.is_none(), &sizes);
    for (i, column) in columns.iter().enumerate() {
        let emphasis = Emphasis::of(column.group, focus);
        column_marks(&mut d, column, emphasis, &sizes, &fill);
        if i > 0 {
            d.mark(format!("plus:{i}"))
                .at(column.x - GAP / 2, fill.top + 4)
                .text(0, 0, "+", sizes.name, Ink::Muted)
                .styled(Anchor::Middle, true);
        }
    }
    tracks(&mut d, scene, &sizes, (fill.tracks_y, &margins), focus)?;
    d.height = fill.height as u32;
    Ok(d)
}

/// How a state shows a tier: lit (in the overview, or its own step), brought forward (its
/// own step), or all lit alike (the overview).
#[derive(Clone, Copy)]
pub(super) struct Emphasis {
    lit: bool,
    pub(super) forward: bool,
    overview: bool,
}

impl Emphasis {
    pub(super) fn of(group: &ChartGroup, focus: Option<&str>) -> Emphasis {
        Emphasis {
            lit: focus.is_none_or(|f| f == group.state),
            forward: focus == Some(group.state),
            overview: focus.is_none(),
        }
    }

    /// A tile's fill and its text's ink.
    pub(super) fn tile(self) -> (Ink, Ink) {
        match (self.overview, self.forward) {
            (true, _) => (Ink::AccentSoft, Ink::Text),
            (false, true) => (Ink::Accent, Ink::Surface),
            (false, false) => (Ink::Rule, Ink::Muted),
        }
    }

    pub(super) fn number(self) -> Ink {
        if self.lit {
            Ink::Accent
        } else {
            Ink::Muted
        }
    }

    pub(super) fn text(self) -> Ink {
        if self.lit {
            Ink::Text
        } else {
            Ink::Muted
        }
    }
}

/// A tier's number, name and tiles: lit in the overview or in its own step, in the accent
/// in its own step.
fn column_marks(d: &mut Drawing, column: &Column, emphasis: Emphasis, sizes: &Sizes, fill: &Fill) {
    let state = column.group.state;
    let centre = column.x + column.w / 2;
    d.mark(format!("number:{state}"))
        .at(centre, fill.top)
        .text(0, 0, header(column.group), sizes.number, emphasis.number())
        .styled(Anchor::Middle, true);
    let name = d.mark(format!("group:{state}")).at(centre, fill.top + i32::from(sizes.number) + 8);
    for (k, text) in column.name.iter().enumerate() {
        name.text(0, k as i32 * (i32::from(sizes.name) + 4), text.as_str(), sizes.name, emphasis.text())
            .styled(Anchor::Middle, true);
    }
    let (fill_ink, ink) = emphasis.tile();
    let line = i32::from(sizes.tile) + 4;
    let mut y = fill.top + fill.header;
    for tile in &column.tiles {
        let h = tile_height(tile, line) + fill.stretch;
        let mark = d.mark(tile.key.clone()).at(column.x, y).rect((0, 0), (column.w, h), fill_ink, true);
        let text_top = (h - tile.lines.len() as i32 * line) / 2 + 2;
        for (k, text) in tile.lines.iter().enumerate() {
            mark.text(PAD, text_top + k as i32 * line, text.as_str(), sizes.tile, ink)
                .styled(Anchor::Start, emphasis.forward);
        }
        y += h + GAP;
    }
}

/// The frame: Qingdao's “10+1”, around the whole in every state, drawn stronger in the
/// overview, which is about the whole.
pub(super) fn frame_mark(
    d: &mut Drawing,
    scene: &Scene,
    (height, margins): (i32, &Margins),
    overview: bool,
    sizes: &Sizes,
) {
    let ink = if overview { Ink::Muted } else { Ink::Rule };
    d.mark("frame").rect((0, 0), (scene.w(), height), ink, false);
    let context = d.mark("context").at(FRAME_PAD, FRAME_PAD);
    for (k, line) in margins.context.iter().enumerate() {
        let ink = if overview { Ink::Text } else { Ink::Muted };
        context.text(0, k as i32 * (i32::from(sizes.note) + 4), line.as_str(), sizes.note, ink);
    }
}

/// The chart's figure that belongs to no tier (the 20 sub-sector tracks): one mark each,
/// in a row, with the figure as written; lit in the overview and the future tier.
pub(super) fn tracks(
    d: &mut Drawing,
    scene: &Scene,
    sizes: &Sizes,
    (y, margins): (i32, &Margins),
    focus: Option<&str>,
) -> Result<(), ChartError> {
    let Some(figure) = track_figure(scene)? else { return Ok(()) };
    let lit = focus.is_none() || focus == scene.chart.groups.last().map(|g| g.state);
    let inner = scene.w() - 2 * FRAME_PAD;
    let n = (figure.value.clamp(1.0, 200.0)) as i32;
    let pitch = (inner / n).min(TRACK);
    let cells = (0..n).map(|k| (FRAME_PAD + k * pitch, 0)).collect();
    d.mark(format!("units:{}", figure.id)).at(0, y).units(cells, pitch - 4, if lit { Ink::Accent } else { Ink::Dim });
    let note = d.mark(format!("note:{}", figure.id)).at(FRAME_PAD, y + TRACK + 6);
    for (k, line) in margins.note.iter().enumerate() {
        let ink = if lit { Ink::Text } else { Ink::Muted };
        note.text(0, k as i32 * (i32::from(sizes.note) + 4), line.as_str(), sizes.note, ink).styled(Anchor::Start, lit);
    }
    Ok(())
}
