//! Where the reader is in a scrolly sequence, as a pure function of geometry: the
//! graphic's state follows from this alone, never from the order of enter/exit events,
//! so it is right after a reload, a deep link, a fling, a resize or a restored scroll.

/// A step's box, in px from the top of the scroll root's visible area.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StepBox {
    pub top: f64,
    pub bottom: f64,
}

/// The active step and how far the trigger line has travelled through it (0–1).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Position {
    pub step: Option<usize>,
    pub progress: f64,
}

/// The trigger line sits this far down the visible area (0 = top, 1 = bottom).
pub const TRIGGER: f64 = 0.6;

/// The active step is the last one whose top has passed the trigger line; before the
/// first step none is active, and after the last the last stays active at progress 1.
pub fn locate(steps: &[StepBox], trigger: f64) -> Position {
    let Some(step) = steps.iter().rposition(|s| s.top <= trigger) else {
        return Position::default();
    };
    let StepBox { top, bottom } = steps[step];
    // Progress runs from this step's top to the next step's top (or this one's bottom).
    let end = steps.get(step + 1).map_or(bottom, |next| next.top).max(top + 1.0);
    let progress = ((trigger - top) / (end - top)).clamp(0.0, 1.0);
    Position { step: Some(step), progress }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn boxes(tops: &[f64]) -> Vec<StepBox> {
        tops.iter().map(|&top| StepBox { top, bottom: top + 100.0 }).collect()
    }

    #[test]
    fn nothing_is_active_before_the_first_step_reaches_the_line() {
        assert_eq!(locate(&boxes(&[700.0, 1500.0]), 500.0), Position::default());
    }

    #[test]
    fn the_last_step_past_the_line_is_active_with_its_progress() {
        let p = locate(&boxes(&[-900.0, 400.0, 1200.0]), 500.0);
        assert_eq!(p.step, Some(1));
        assert!((p.progress - 0.125).abs() < 1e-9, "{p:?}");
    }

    #[test]
    fn a_fling_past_every_step_lands_on_the_last_at_full_progress() {
        let p = locate(&boxes(&[-5000.0, -4000.0, -3000.0]), 500.0);
        assert_eq!(p, Position { step: Some(2), progress: 1.0 });
    }

    #[test]
    fn the_trigger_line_alone_decides_between_neighbouring_steps() {
        // Step 1's top sits just above the line: active. Move the line above it: step 0.
        let geometry = boxes(&[-300.0, 450.0, 1300.0]);
        assert_eq!(locate(&geometry, 500.0).step, Some(1));
        assert_eq!(locate(&geometry, 449.0).step, Some(0));
    }
}
