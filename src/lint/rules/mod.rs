//! The rule registry: every rule, in the order `okrs rules` lists them.

use super::Rule;

mod duplicate_id;
mod invalid_front_matter;
mod invalid_period;
mod invalid_value;
mod missing_field;
pub mod stale_key_result;
mod unknown_field;

static REGISTRY: &[&dyn Rule] = &[
    &invalid_front_matter::InvalidFrontMatter,
    &missing_field::MissingField,
    &unknown_field::UnknownField,
    &invalid_period::InvalidPeriod,
    &invalid_value::InvalidValue,
    &duplicate_id::DuplicateId,
    &stale_key_result::StaleKeyResult,
];

pub fn registry() -> &'static [&'static dyn Rule] {
    REGISTRY
}
