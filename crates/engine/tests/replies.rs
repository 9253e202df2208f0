//! Replies read as people word them: yes/no in Chinese.

mod common;
use common::*;

/// A yes/no field reads a Chinese reply as it is said (不是, 没有, 对), not
/// only 是/否 (a question audit had them refused); anything else is still
/// refused, never read as "no".
#[test]
fn a_yes_no_field_reads_chinese_replies_as_they_are_said() {
    use jiujiang_engine::project::Value;
    let read = |s: &str| {
        let (p, errors) = engine().parse_fields([("foreign_invested", s)]);
        (p.get("foreign_invested").cloned(), errors.len())
    };
    for yes in ["是", "是的", "对", "有", "yes"] {
        assert_eq!(read(yes), (Some(Value::Bool(true)), 0), "{yes}");
    }
    for no in ["否", "不是", "不", "没有", "无", "不对", "no"] {
        assert_eq!(read(no), (Some(Value::Bool(false)), 0), "{no}");
    }
    for neither in ["也许", "maybe", "不一定"] {
        assert_eq!(read(neither), (None, 1), "{neither}");
    }
}
