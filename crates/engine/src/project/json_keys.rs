//! Finds a key given twice in one JSON object, which `serde_json::Value`
//! would silently read from its last copy.

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

/// The dotted path of the first key repeated within one object, if any.
pub(super) struct Repeated(pub Option<String>);

impl<'de> Deserialize<'de> for Repeated {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(RepeatedVisitor)
    }
}

struct RepeatedVisitor;

impl<'de> Visitor<'de> for RepeatedVisitor {
    type Value = Repeated;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Repeated, A::Error> {
        let mut seen: Vec<String> = Vec::new();
        let mut found = None;
        while let Some(key) = map.next_key::<String>()? {
            let Repeated(inner) = map.next_value()?;
            if found.is_none() {
                found = match (seen.contains(&key), inner) {
                    (true, _) => Some(key.clone()),
                    (false, Some(inner)) => Some(format!("{key}.{inner}")),
                    (false, None) => None,
                };
            }
            seen.push(key);
        }
        Ok(Repeated(found))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Repeated, A::Error> {
        let mut found = None;
        while let Some(Repeated(inner)) = seq.next_element()? {
            found = found.or(inner);
        }
        Ok(Repeated(found))
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Repeated, E> {
        Ok(Repeated(None))
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Repeated, E> {
        Ok(Repeated(None))
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Repeated, E> {
        Ok(Repeated(None))
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Repeated, E> {
        Ok(Repeated(None))
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<Repeated, E> {
        Ok(Repeated(None))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Repeated, E> {
        Ok(Repeated(None))
    }
}
