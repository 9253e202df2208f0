//! What part of the map is visible, and zooming it about a point.

/// Width over height of the map (also fixed in the stylesheet).
pub(super) const ASPECT: f64 = 4.0 / 3.0;
/// The whole box the layers cover is about 320 km wide.
pub(super) const FULL_WIDTH_KM: f64 = 330.0;
pub(super) const MIN_WIDTH_KM: f64 = 1.0;

/// What is visible: the centre (km east and north of the plane's origin) and
/// the width in km.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct View {
    pub(super) cx: f64,
    pub(super) cy: f64,
    pub(super) width: f64,
}

impl View {
    pub(super) fn full() -> View {
        View {
            cx: 0.0,
            cy: 0.0,
            width: FULL_WIDTH_KM,
        }
    }

    pub(super) fn height(&self) -> f64 {
        self.width / ASPECT
    }

    /// The SVG viewBox: SVG's y axis points down, so north is -y.
    pub(super) fn view_box(&self) -> String {
        format!(
            "{:.3} {:.3} {:.3} {:.3}",
            self.cx - self.width / 2.0,
            -self.cy - self.height() / 2.0,
            self.width,
            self.height()
        )
    }

    /// Zoom by `factor` (> 1 zooms in) keeping the point (x, y) in place.
    pub(super) fn zoom_at(self, factor: f64, x: f64, y: f64) -> View {
        let width = (self.width / factor).clamp(MIN_WIDTH_KM, FULL_WIDTH_KM * 2.0);
        let k = width / self.width;
        View {
            cx: x + (self.cx - x) * k,
            cy: y + (self.cy - y) * k,
            width,
        }
    }
}
