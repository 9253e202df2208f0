//! The JSON Schema of the project file, generated from the field registry.

use super::*;

/// JSON Schema of the project file, generated from [`FIELDS`] so the two
/// cannot drift (docs/project.schema.json is this output; a test checks it).
pub fn json_schema(park_ids: &[&str]) -> serde_json::Value {
    use serde_json::{json, Map, Value as J};
    let mut root = Map::new();
    root.insert("schema_version".into(), json!({ "const": SCHEMA_VERSION }));
    let mut groups: Map<String, J> = Map::new();
    for f in FIELDS {
        let desc = format!("{} / {}", f.label.zh, f.label.en);
        let mut schema = match f.kind {
            FieldKind::Text => json!({ "type": ["string", "null"], "maxLength": 200 }),
            FieldKind::IndustryCode => json!({
                "type": ["string", "null"],
                "pattern": "^([A-Ta-t]|[A-Ta-t]?[0-9]{2,4})$",
                "description": "GB/T 4754-2017 code at any level, with or without the section letter"
            }),
            FieldKind::ChemicalPark => {
                let mut ids: Vec<&str> = vec!["none", "other_recognised", "revoked"];
                ids.extend_from_slice(park_ids);
                let mut values: Vec<J> = ids.into_iter().map(J::from).collect();
                values.push(J::Null);
                json!({ "enum": values })
            }
            FieldKind::Choice(cs) => {
                let mut values: Vec<J> = cs.iter().map(|c| J::from(c.key)).collect();
                values.push(J::Null);
                json!({ "enum": values })
            }
            FieldKind::Set(cs) => json!({
                "type": ["array", "null"],
                "uniqueItems": true,
                "items": { "enum": cs.iter().map(|c| c.key).collect::<Vec<_>>() },
                "description": "An empty array means none of these; null or absent means not stated"
            }),
            FieldKind::YesNo => json!({ "type": ["boolean", "null"] }),
            FieldKind::Day => json!({ "type": ["string", "null"], "format": "date" }),
            FieldKind::Coordinates => json!({
                "type": ["string", "null"],
                "description": "\"LON, LAT\" or \"LAT, LON\", decimal or D°M′S″, with the datum in site.location_datum"
            }),
            FieldKind::Parcel => json!({
                "type": ["string", "null"],
                "description": "three or more points \"LON, LAT; LON, LAT; …\" in the datum of site.location_datum"
            }),
            FieldKind::Distance => json!({
                "type": ["number", "string", "null"], "minimum": 0, "maximum": MAX_DISTANCE_M,
                "description": "metres; text such as \"1.2 km\" is also accepted, \">5000\" for a distance known only to exceed a figure, and \"<=800\" for one known only to be at most a figure"
            }),
            FieldKind::Number { unit, max } => json!({
                "type": ["number", "string", "null"], "minimum": 0, "maximum": max, "description": unit.en
            }),
        };
        if let J::Object(m) = &mut schema {
            let d = match m.get("description").and_then(J::as_str) {
                Some(extra) => format!("{desc}. {extra}"),
                None => desc,
            };
            m.insert("description".into(), J::from(d));
        }
        match f.key.split_once('.') {
            Some((group, name)) => {
                let g = groups.entry(group).or_insert_with(
                    || json!({ "type": "object", "additionalProperties": false, "properties": {} }),
                );
                g["properties"][name] = schema;
            }
            None => {
                root.insert(f.key.into(), schema);
            }
        }
    }
    for (k, v) in groups {
        root.insert(k, v);
    }
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": format!("urn:jiujiang-invest:project:{SCHEMA_VERSION}"),
        "title": format!("Jiujiang screening project file, schema_version {SCHEMA_VERSION}"),
        "description": "One candidate project. Every field except schema_version may be omitted or null: a missing fact makes the rules that need it answer NEEDS_INPUT, never a default. Generated from the engine's field registry; see docs/project-format.md.",
        "type": "object",
        "additionalProperties": false,
        "required": ["schema_version"],
        "properties": root,
    })
}
