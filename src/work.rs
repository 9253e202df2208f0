//! The user's work as one versioned document (issue 7): the scenarios with
//! their inputs, which one is open, the as-of date and the estimate's
//! horizon and discount. The same document is autosaved in local storage,
//! carried in share links (deflated, base64url, behind a version prefix) and
//! exported as a file. Older versions are migrated; newer, broken or
//! truncated ones are refused with the reason, and nothing is overwritten.

use jiujiang_engine::project::FIELDS;
use jiujiang_engine::Text;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The document version this build writes.
pub const VERSION: u32 = 1;
/// At most this many scenarios side by side.
pub const MAX_SCENARIOS: usize = 4;
/// The longest share link made: RFC 9110 (4.1) asks only that links up to
/// 8,000 characters be kept, so a longer one may be cut by a browser, mail or
/// chat app, and a cut link opens nothing.
pub const MAX_LINK_CHARS: usize = 8_000;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScenarioDoc {
    pub name: String,
    /// Only the fields with text, by key.
    pub fields: BTreeMap<String, String>,
    /// The scenario's questions answered "don't know", and composites
    /// answered "some of these" (by question id).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unknown: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub declined: Vec<String>,
    /// How its incentive estimate's packages differ from the defaults (those
    /// that apply everywhere), so a default added by a later release still
    /// applies; absent in documents written before each scenario kept its
    /// own, which then apply the defaults and the reader's own packages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub packages: Option<PackageChoice>,
}

/// Packages switched on beyond the defaults, and defaults switched off.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PackageChoice {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub on: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub off: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WorkDoc {
    pub version: u32,
    pub scenarios: Vec<ScenarioDoc>,
    #[serde(default)]
    pub current: usize,
    #[serde(default)]
    pub as_of: Option<String>,
    #[serde(default)]
    pub horizon: Option<String>,
    #[serde(default)]
    pub discount_pct: Option<String>,
    /// The open scenario's questions answered "don't know", and composites
    /// answered "some of these" (by question id), so a reload or a shared
    /// link does not ask them again. Each scenario now keeps its own
    /// (`ScenarioDoc`); these are read from documents written before.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unknown: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub declined: Vec<String>,
    /// The names of the writer's own packages that were switched on: a link
    /// carries no package, and whoever opens it is told so, since the
    /// incentive estimate may differ (a user test saw the totals change with
    /// no word); a file carries them too (`packages`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub own_packages: Vec<jiujiang_engine::Text>,
    /// Those packages themselves, in a file (a link stays short and names
    /// them only): "export all" opened elsewhere counts what it counted (a
    /// user test saw a colleague's total drop with no word).
    /// Kept as JSON until read one by one: a package this build cannot read
    /// is reported by name, not the whole file refused (a review).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub packages: Vec<serde_json::Value>,
}

/// Why a document could not be taken.
#[derive(Clone, Debug, PartialEq)]
pub enum WorkError {
    /// Not our format at all, or damaged: what was wrong, in both languages.
    Damaged(Text),
    /// Written by a newer version of the app.
    Future(u32),
    /// A share link cut short (e.g. by a mail program).
    Truncated,
    /// More scenarios than a set holds: readable, but not all can be taken
    /// (a user test was told such a file was damaged).
    TooMany(usize),
}

impl WorkError {
    pub fn message(&self) -> Text {
        match self {
            WorkError::Damaged(why) => Text {
                zh: format!("内容已损坏或不是本工具的格式（{}）。当前内容未改动。", why.zh),
                en: format!("The content is damaged or not this tool's format ({}). Nothing was changed.", why.en),
            },
            WorkError::Future(v) => Text {
                zh: format!("内容由更新版本的本工具生成（格式版本 {v}，本版本只能读取到 {VERSION}）。请使用最新版本打开。当前内容未改动。"),
                en: format!("This was made by a newer version of the tool (format {v}; this one reads up to {VERSION}). Open it with the latest version. Nothing was changed."),
            },
            WorkError::TooMany(n) => Text {
                zh: format!("文件有 {n} 个方案，本工具最多同时打开 {MAX_SCENARIOS} 个：请在原处删减后再导出。当前内容未改动。"),
                en: format!("The file holds {n} scenarios; this tool opens at most {MAX_SCENARIOS} at once: remove some where it was made and export it again. Nothing was changed."),
            },
            WorkError::Truncated => Text {
                zh: "链接不完整（可能被邮件或聊天工具截断），请复制完整链接。当前内容未改动。".into(),
                en: "The link is incomplete (perhaps cut short by a mail or chat program); copy it whole. Nothing was changed.".into(),
            },
        }
    }
}

/// What a JSON file holds, by its top-level keys: the import boxes say so
/// when a file is put in the wrong one (a user test got a field-by-field
/// error for a package file given as a project).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    /// Scenarios (`version`, `scenarios`) or one project (`schema_version`).
    Work,
    /// An incentive package (`items`).
    Package,
    /// A list of leads, one a row (CSV with a header naming fields).
    Batch,
    Other,
}

pub fn file_kind(text: &str) -> FileKind {
    let text = text.trim_start_matches('\u{feff}');
    let header = text.lines().next().unwrap_or_default();
    if !text.trim_start().starts_with('{')
        && header.contains(',')
        && (header.contains("industry_code") || header.contains("行业"))
    {
        return FileKind::Batch;
    }
    let value: Option<serde_json::Value> = serde_json::from_str(text).ok();
    let has = |k: &str| value.as_ref().is_some_and(|v| v.get(k).is_some());
    if has("scenarios") || has("schema_version") {
        FileKind::Work
    } else if has("items") {
        FileKind::Package
    } else {
        FileKind::Other
    }
}

/// Reads a document of any version this build knows, migrating old ones,
/// and drops field keys this build does not have (reported by the caller's
/// parse, never silently used).
pub fn from_json(text: &str) -> Result<WorkDoc, WorkError> {
    let text = text.trim_start_matches('\u{feff}');
    // A picture or a text file: not JSON at all, said so rather than where
    // the reader stopped.
    if !text.trim_start().starts_with('{') {
        return Err(damaged(
            "不是本工具的项目文件（JSON）".into(),
            "this is not a project file of this tool (JSON)".into(),
        ));
    }
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| json_error(&e))?;
    migrate(value)
}

/// Version 0 (before scenarios) was a single project's field map, possibly
/// the engine's project file; version 1 is [`WorkDoc`].
fn migrate(value: serde_json::Value) -> Result<WorkDoc, WorkError> {
    let version = value.get("version").and_then(|v| v.as_u64());
    match version {
        Some(v) if v > VERSION as u64 => Err(WorkError::Future(v as u32)),
        Some(1) => {
            let mut doc: WorkDoc = serde_json::from_value(value).map_err(|e| json_error(&e))?;
            check(&mut doc)?;
            Ok(doc)
        }
        Some(v) => Err(damaged(
            format!("未知的格式版本 {v}"),
            format!("unknown version {v}"),
        )),
        None => {
            // Version 0: `{"fields": {...}}`, or a project file.
            let fields = match value.get("fields").and_then(|f| f.as_object()) {
                Some(map) => map
                    .iter()
                    .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_string())))
                    .collect(),
                None => project_file_fields(&value)?,
            };
            let mut doc = WorkDoc {
                version: VERSION,
                scenarios: vec![ScenarioDoc {
                    name: "A".into(),
                    fields,
                    unknown: Vec::new(),
                    declined: Vec::new(),
                    packages: None,
                }],
                current: 0,
                as_of: None,
                horizon: None,
                discount_pct: None,
                unknown: Vec::new(),
                declined: Vec::new(),
                own_packages: Vec::new(),
                packages: Vec::new(),
            };
            check(&mut doc)?;
            Ok(doc)
        }
    }
}

fn damaged(zh: String, en: String) -> WorkError {
    WorkError::Damaged(Text { zh, en })
}

/// What the JSON reader found wrong: where, and of what kind, in plain
/// words in both languages (the reader's own, "EOF while parsing a string",
/// told an investor nothing: a user test).
fn json_error(e: &serde_json::Error) -> WorkError {
    use serde_json::error::Category;
    let (zh, en) = match e.classify() {
        Category::Eof => (
            "内容不完整（文件可能被截断）",
            "the file ends too early (perhaps cut short)",
        ),
        Category::Syntax => ("JSON 语法错误", "the JSON is malformed"),
        Category::Data => ("数据类型不符", "a value is of the wrong kind"),
        Category::Io => ("读取错误", "it could not be read"),
    };
    damaged(
        format!("第 {} 行第 {} 列：{zh}", e.line(), e.column()),
        format!("line {}, column {}: {en}", e.line(), e.column()),
    )
}

/// A project file (docs/project-format.md) as field texts. Only its shape is
/// checked here: a value the fields refuse (a negative distance) is imported
/// as written and flagged at its field, as if typed, rather than losing the
/// file for one figure.
fn project_file_fields(value: &serde_json::Value) -> Result<BTreeMap<String, String>, WorkError> {
    let engine = jiujiang_engine::Engine::embedded().map_err(|e| damaged(e.clone(), e))?;
    let texts = engine
        .project_file_texts(&value.to_string())
        .map_err(|errors| {
            let join = |pick: fn(&jiujiang_engine::FieldError) -> String, sep: &str| {
                errors.iter().map(pick).collect::<Vec<_>>().join(sep)
            };
            // Each message's own full stop goes: they are joined, and
            // set in brackets (a user test read "值类型不对。；").
            damaged(
                join(
                    |e| format!("{}：{}", e.field, e.message.zh.trim_end_matches('。')),
                    "；",
                ),
                join(
                    |e| format!("{}: {}", e.field, e.message.en.trim_end_matches('.')),
                    "; ",
                ),
            )
        })?;
    Ok(texts.into_iter().collect())
}

fn check(doc: &mut WorkDoc) -> Result<(), WorkError> {
    if doc.scenarios.is_empty() {
        return Err(damaged("没有方案".into(), "no scenario".into()));
    }
    if doc.scenarios.len() > MAX_SCENARIOS {
        return Err(WorkError::TooMany(doc.scenarios.len()));
    }
    let unknown: Vec<String> = doc
        .scenarios
        .iter()
        .flat_map(|s| s.fields.keys())
        .filter(|k| !FIELDS.iter().any(|f| f.key == k.as_str()))
        .cloned()
        .collect();
    if !unknown.is_empty() {
        return Err(damaged(
            format!("未知字段 {}", unknown.join("、")),
            format!("unknown fields {}", unknown.join(", ")),
        ));
    }
    // A scenario names the packages it applies; more than any page holds
    // is no document of ours.
    if let Some(n) = (doc.scenarios.iter())
        .filter_map(|s| s.packages.as_ref().map(|c| c.on.len() + c.off.len()))
        .find(|&n| n > MAX_PACKAGES)
    {
        return Err(damaged(
            format!("方案启用 {n} 个政策包，最多 {MAX_PACKAGES} 个"),
            format!("a scenario applies {n} packages, at most {MAX_PACKAGES}"),
        ));
    }
    doc.current = doc.current.min(doc.scenarios.len() - 1);
    Ok(())
}

/// The most packages a scenario may apply, in a document.
const MAX_PACKAGES: usize = 100;

pub fn to_json(doc: &WorkDoc) -> String {
    serde_json::to_string(doc).unwrap_or_default()
}

/// The share-link fragment: `w1.` and the deflated document in base64url.
/// The address that opens `doc`: this page's address with the fragment
/// (what "Share link" shows and the printed QR code holds).
pub fn share_link(doc: &WorkDoc) -> String {
    let base = web_sys::window()
        .and_then(|w| {
            let l = w.location();
            Some(format!(
                "{}{}{}",
                l.origin().ok()?,
                l.pathname().ok()?,
                l.search().ok()?
            ))
        })
        .unwrap_or_default();
    format!("{base}#{}", to_fragment(doc))
}

pub fn to_fragment(doc: &WorkDoc) -> String {
    let packed = miniz_oxide::deflate::compress_to_vec(to_json(doc).as_bytes(), 9);
    format!("w{VERSION}.{}", base64url_encode(&packed))
}

/// The share payload an address carries, if any: the fragment `#w1.…`, or
/// the same moved into the query (`?w1.…`, or `?%23w1.…` where a messenger
/// escaped the `#`), so a link mangled on the way is still read, or refused
/// with a reason, never silently ignored. Other fragments are the page's
/// own anchors and are left alone.
pub fn link_payload(hash: &str, search: &str) -> Option<String> {
    // The tag is `w` and a digit; "W1." is the same link typed or cased
    // by a phone's keyboard.
    let lower = |s: &str| format!("w{}", &s[1..]);
    if let Some(h) = hash.strip_prefix('#').filter(|h| link_tag(h)) {
        return Some(lower(h));
    }
    // A messenger may put its own parameters before or after the payload.
    query_params(search).find_map(as_link).map(lower)
}

/// `w` or `W` and a digit: how a share payload begins; or the `w` alone,
/// a link cut right after its `#` (a user test's `#w` was ignored without a
/// word, as if no link had been opened).
fn link_tag(s: &str) -> bool {
    let mut c = s.chars();
    matches!(c.next(), Some('w' | 'W')) && c.next().is_none_or(|d| d.is_ascii_digit())
}

fn query_params(search: &str) -> impl Iterator<Item = &str> {
    search.strip_prefix('?').unwrap_or(search).split('&')
}

/// A query parameter that is a share payload (`w1.…`, or with its `#`
/// escaped as `%23`), as the payload.
fn as_link(p: &str) -> Option<&str> {
    let p = (p.get(..3))
        .filter(|x| x.eq_ignore_ascii_case("%23"))
        .map_or(p, |_| &p[3..]);
    (link_tag(p) && p.contains('.')).then_some(p)
}

/// The query without the share payload a messenger moved into it, keeping
/// any other parameters: what the address keeps once the link is read.
pub fn query_without_link(search: &str) -> String {
    let kept: Vec<&str> = query_params(search)
        .filter(|p| !p.is_empty() && as_link(p).is_none())
        .collect();
    if kept.is_empty() {
        String::new()
    } else {
        format!("?{}", kept.join("&"))
    }
}

/// What a messenger or mail program adds to a link on the way, taken off:
/// spaces and line breaks inside it (escaped or not), and punctuation after
/// it (a sentence's "。" or a bracket's "）"). A user test's links pasted
/// from chat were refused as damaged.
fn as_pasted(fragment: &str) -> String {
    let decoded = decoded(fragment);
    let mut f: String = decoded.chars().filter(|c| !c.is_whitespace()).collect();
    const AFTER: &[char] = &[
        '。', '，', '、', '；', '：', '！', '？', '）', '」', '』', '】', '》', '”', '’', ')', ']',
        '>', '"', '\'', '.', ',', ';', ':', '!', '?',
    ];
    while f.ends_with(AFTER) {
        f.pop();
    }
    f
}

/// Reads a fragment made by [`to_fragment`] (with or without the `#`).
/// Where it does not read whole, the link alone is tried: what precedes
/// the first space or non-ASCII character after it, words a sender added
/// ("… 请查看", "… see this": a user test's link was refused as damaged).
pub fn from_fragment(fragment: &str) -> Result<WorkDoc, WorkError> {
    let whole = read_fragment(fragment);
    if whole.is_ok() {
        return whole;
    }
    let decoded = decoded(fragment);
    let decoded = decoded.trim();
    // Cut at the first non-ASCII character (a link broken over lines keeps
    // its breaks), else at the first space.
    let cuts = [
        decoded.split(|c: char| !c.is_ascii()).next(),
        decoded.split(char::is_whitespace).next(),
    ];
    let alone = (cuts.into_iter().flatten())
        .filter(|alone| alone.len() < decoded.len())
        .find_map(|alone| read_fragment(alone).ok());
    alone.map_or(whole, Ok)
}

/// A fragment with its %-escapes read, as a messenger may have left them.
fn decoded(fragment: &str) -> String {
    match fragment.contains('%') {
        true => jiujiang_engine::text::percent_decode(fragment),
        false => fragment.to_string(),
    }
}

fn read_fragment(fragment: &str) -> Result<WorkDoc, WorkError> {
    let pasted = as_pasted(fragment);
    let f = pasted.trim_start_matches('#');
    let Some((tag, body)) = f.split_once('.') else {
        // The tag alone ("w1", or "w"): a link cut in or right after it.
        if f.starts_with('w') && f[1..].bytes().all(|b| b.is_ascii_digit()) {
            return Err(WorkError::Truncated);
        }
        return Err(damaged("链接缺少版本标记".into(), "no version tag".into()));
    };
    let version: u32 = tag
        .strip_prefix('w')
        .and_then(|v| v.parse().ok())
        .ok_or_else(|| damaged("链接缺少版本标记".into(), "no version tag".into()))?;
    if version > VERSION {
        return Err(WorkError::Future(version));
    }
    // The encoder never ends on a lone character (4n + 1): only a cut does.
    // Its last whole bytes are read; the stream then ends early, as a cut.
    let whole = match body.len() % 4 {
        1 if body.is_ascii() => &body[..body.len() - 1],
        _ => body,
    };
    let bytes = base64url_decode(whole).ok_or_else(|| {
        damaged(
            "链接含有无效字符".into(),
            "the link has characters it cannot hold".into(),
        )
    })?;
    if bytes.is_empty() {
        return Err(WorkError::Truncated);
    }
    let json =
        miniz_oxide::inflate::decompress_to_vec_with_limit(&bytes, 1 << 20).map_err(|e| {
            // A stream that simply ends early is a truncated link.
            if matches!(
                e.status,
                miniz_oxide::inflate::TINFLStatus::FailedCannotMakeProgress
            ) {
                WorkError::Truncated
            } else {
                damaged(
                    "链接内容无法解压".into(),
                    "the link's content cannot be unpacked".into(),
                )
            }
        })?;
    let text = String::from_utf8(json)
        .map_err(|_| damaged("内容不是文本".into(), "the content is not text".into()))?;
    // What the reader found inside (a line and column, a field's key) means
    // nothing to the person who opened the link: said in plain words.
    from_json(&text).map_err(|e| match e {
        // (Well-formed but not readable here, e.g. from a newer build: its
        // own reason stands.)
        WorkError::Damaged(_) if serde_json::from_str::<serde_json::Value>(&text).is_err() => {
            damaged(
                "链接在复制或转发时被改动，请向对方重新索取".into(),
                "the link was changed when it was copied or passed on; ask for it again".into(),
            )
        }
        other => other,
    })
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | (*b as u32) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let digits: Vec<u32> = text
        .bytes()
        .map(|c| ALPHABET.iter().position(|a| *a == c).map(|p| p as u32))
        .collect::<Option<_>>()?;
    for chunk in digits.chunks(4) {
        if chunk.len() == 1 {
            return None;
        }
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, d)| n | d << (18 - 6 * i));
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Some(out)
}

#[cfg(test)]
#[path = "work_tests.rs"]
mod tests;
