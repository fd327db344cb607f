//! One animation frame for all of the page's scroll watchers, in two phases: every watcher
//! measures, then every watcher writes. In frames of their own they would interleave, and
//! each measurement after another watcher's write makes the browser lay the whole page out
//! again (5–20 ms each on a slow phone, several times a frame).

use std::cell::{Cell, RefCell};

use gloo::render::{request_animation_frame, AnimationFrame};

/// What a watcher does with its measurement, once every watcher has measured.
pub type Write = Box<dyn FnOnce()>;
type Read = Box<dyn FnOnce() -> Option<Write>>;

#[derive(Default)]
struct Batch {
    reads: Vec<(u32, Read)>,
    frame: Option<AnimationFrame>,
}

thread_local! {
    static BATCH: RefCell<Batch> = RefCell::default();
    static NEXT_SLOT: Cell<u32> = const { Cell::new(0) };
}

/// A watcher's place in the shared frame. Dropping it withdraws its request, and the
/// frame itself when no other watcher waits for it.
pub struct FrameSlot(u32);

impl FrameSlot {
    pub fn new() -> Self {
        FrameSlot(NEXT_SLOT.with(|next| {
            let id = next.get();
            next.set(id.wrapping_add(1));
            id
        }))
    }

    /// Runs `read` in the next frame, before any watcher writes. A request already waiting
    /// stands: one measurement a frame, however many events arrive.
    pub fn request(&self, read: impl FnOnce() -> Option<Write> + 'static) {
        BATCH.with(|batch| {
            let mut batch = batch.borrow_mut();
            if batch.reads.iter().any(|(id, _)| *id == self.0) {
                return;
            }
            batch.reads.push((self.0, Box::new(read)));
            if batch.frame.is_none() {
                batch.frame = Some(request_animation_frame(|_| run()));
            }
        });
    }
}

impl Default for FrameSlot {
    fn default() -> Self {
        Self::new()
    }
}

impl Drop for FrameSlot {
    fn drop(&mut self) {
        let _ = BATCH.try_with(|batch| {
            if let Ok(mut batch) = batch.try_borrow_mut() {
                batch.reads.retain(|(id, _)| *id != self.0);
                if batch.reads.is_empty() {
                    batch.frame = None;
                }
            }
        });
    }
}

fn run() {
    let reads = BATCH.with(|batch| {
        let mut batch = batch.borrow_mut();
        batch.frame = None;
        std::mem::take(&mut batch.reads)
    });
    let writes: Vec<Write> = reads.into_iter().filter_map(|(_, read)| read()).collect();
    for write in writes {
        write();
    }
}
