//! The judgments the quality rules share, on tokenized titles: is there a measurable target in
//! the text, where is the vague phrase, is the key result a task or a milestone. Word lists come
//! from [`text`]'s lexicons; this module holds only the grammar around them.

use super::RuleContext;
use super::text::{self, Kind, Match, PhraseSet, Token, all};
use crate::lint::text::Section as S;
use crate::load::{OkrFile, Scope};
use crate::model::{KeyResult, Lang, Target};
use std::rc::Rc;

/// Objectives and key results count different things as targets: a zero quantifier ("no open
/// P1 tickets") is a target in a key result but not a metric in an objective.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    KeyResult,
    Objective,
}

fn word_at(tokens: &[Token], i: usize) -> Option<&Token> {
    tokens.get(i).filter(|t| t.is_word())
}

/// Whether a phrase of `section` ends exactly at token `end` (exclusive), starting at most
/// four tokens earlier. Returns its start.
fn ends_at(section: S, tokens: &[Token], end: usize) -> Option<usize> {
    let set = all(section);
    (end.saturating_sub(4)..end).find(|&s| set.at(tokens, s).is_some_and(|m| m.end == end))
}

fn is_symbol(t: Option<&Token>, symbols: &[&str]) -> bool {
    t.is_some_and(|t| t.kind == Kind::Symbol && symbols.contains(&t.lower.as_str()))
}

/// The value of token `i` if it is a number or a number word.
pub fn quantity_at(tokens: &[Token], i: usize, lang: Lang) -> Option<f64> {
    let t = tokens.get(i)?;
    match t.kind {
        Kind::Number => Some(t.value),
        Kind::Word => {
            // `five-star`, `third-party`: part of a compound, not a count.
            if tokens.get(i + 1).is_some_and(|n| n.hyphen_before) {
                return None;
            }
            // `minst én`, `at least one`: a count; `en`, `ett` and `one` are otherwise articles, and
            // `minst en gang` is "at least once", how often a user counts. (`samlet i én app`,
            // `gjennom én dør`: things brought together, a single way in, not a count.)
            if t.lower.starts_with('é')
                && i > 0
                && matches!(tokens[i - 1].lower.as_str(), "i" | "gjennom" | "via" | "fra" | "frå")
            {
                return None;
            }
            if matches!(t.lower.as_str(), "én" | "éin" | "ett" | "eitt" | "ein" | "en" | "ei" | "one")
                && (t.lower.starts_with('é') || ends_at(S::Threshold, tokens, i).is_some())
                && !word_at(tokens, i + 1).is_some_and(|w| matches!(w.lower.as_str(), "gang" | "gong"))
            {
                return Some(1.0);
            }
            // `leverandørene av tre og stoff`: a word joined to a noun, after a preposition, is a
            // noun too (wood), not three.
            let noun_pair = i > 0
                && matches!(tokens[i - 1].lower.as_str(), "av" | "of" | "i" | "in" | "med" | "with")
                && word_at(tokens, i + 1).is_some_and(|w| matches!(w.lower.as_str(), "og" | "and" | "eller" | "or"))
                && word_at(tokens, i + 2)
                    .is_some_and(|w| Lang::ALL.iter().all(|&l| text::number_word(&w.lower, l).is_none()));
            if noun_pair {
                return None;
            }
            // `8 million`, `40 millioner`: the scale of the number before, not a number of its own.
            if i > 0
                && tokens[i - 1].kind == Kind::Number
                && matches!(
                    t.lower.as_str(),
                    "million" | "millioner" | "millionar" | "thousand" | "tusen" | "hundred" | "hundre"
                )
            {
                return None;
            }
            text::number_word(&t.lower, lang)
        }
        _ => None,
    }
}

/// The languages and extra phrases a lexicon rule was configured with in `.okrs.yml`.
pub fn lexicon_options(ctx: &RuleContext) -> (Vec<Lang>, Option<PhraseSet>) {
    let extra = ctx.options.strings("extra-phrases");
    let extra = (!extra.is_empty()).then(|| PhraseSet::from_lines(extra.iter().map(String::as_str)));
    (ctx.options.languages(), extra)
}

/// Whether the title has a service quantifier (every, alle): "within 2 minutes" is then a level.
fn has_service_quantifier(tokens: &[Token]) -> bool {
    all(S::Service).any(tokens)
}

/// The language a title is written in: the file's, unless its small words say otherwise
/// (`Modernize the platform so that it is easier to maintain` in a bokmål file is English).
pub fn title_lang(tokens: &[Token], file: Lang) -> Lang {
    let lean = text::english_lean(tokens);
    match file {
        Lang::En if lean < 0 => Lang::Nb,
        Lang::Nb | Lang::Nn if lean > 0 => Lang::En,
        _ => file,
    }
}

/// Whether the number (or number word) at `i` states a target rather than a year, a date, an
/// identifier, an age or size scope, a metric window or a normaliser.
fn number_is_target(tokens: &[Token], i: usize, lang: Lang, mode: Mode) -> bool {
    let t = &tokens[i];
    let prev = i.checked_sub(1).map(|p| &tokens[p]);
    let next = tokens.get(i + 1);
    // `ticket sales for Seven Sonatas`: a number word capitalised inside a name.
    if t.kind != Kind::Number
        && t.capitalised
        && i > 0
        && word_at(tokens, i + 1).is_some_and(|w| w.capitalised)
        && !title_case(tokens)
    {
        return false;
    }
    let percent_after = t.suffix == "pp" || all(S::Percent).starts(tokens, i + 1);
    // `lettmelk 1 %`, `our 1 % milk`, `the 70% dark bar`: a product named by its fat, cocoa or
    // alcohol content; `brunost 500 g frå …`: by its pack size (not `vannforbruket 500 ml per
    // vask`, a level).
    let product_before =
        || prev.is_some_and(|p| p.is_word() && all(S::PercentProduct).starts_or_ends_compound(tokens, i - 1));
    let product_after = || {
        all(S::PercentProduct).starts_or_ends_compound(tokens, i + 2)
            && prev.is_none_or(|p| {
                indefinite_article(&p.lower)
                    || matches!(p.lower.as_str(), "the" | "our" | "vår" | "den" | "ny" | "new" | "of" | "av")
            })
    };
    if percent_after && (product_before() || product_after()) {
        return false;
    }
    let pack = prev.is_some_and(|p| {
        p.is_word()
            && !all(S::FunctionWord).is_word(&p.lower)
            && !matches!(p.lower.as_str(), "to" | "til" | "by" | "down" | "ned" | "of" | "with" | "under" | "over")
    }) && ends_at(S::Threshold, tokens, i).is_none()
        && all(S::PackUnit).starts(tokens, i + 1)
        && tokens.get(i + 2).is_none_or(|w| {
            w.is_word()
                && matches!(
                    w.lower.as_str(),
                    "fra" | "frå" | "from" | "i" | "in" | "på" | "on" | "at" | "hos" | "og" | "and"
                )
        });
    if pack {
        return false;
    }
    // `lenses above +4.00 dioptres`: a sign written on the number and its unit; judged as the
    // number alone (`eNPS among staff at or above +20` is a score, signed as scores are).
    if is_symbol(prev, &["+", "−"])
        && prev.is_some_and(|p| p.end == t.start)
        && word_at(tokens, i + 1).is_some()
        && i >= 2
        && ends_at(S::Threshold, tokens, i - 1).is_some()
    {
        let mut unsigned = tokens.to_vec();
        unsigned.remove(i - 1);
        return number_is_target(&unsigned, i - 1, lang, mode);
    }
    // `callers transferred from 112`, `Færre anrop til 113`: an emergency number, a name, where
    // calls are spoken of (not `Energibruken skal ned til 110`, a level).
    let calls = |k: usize| {
        ["call", "anrop", "ring", "samtal", "transfer", "videre", "henvend", "oppring"]
            .iter()
            .any(|c| tokens[k].lower.starts_with(c))
    };
    if t.kind == Kind::Number
        && matches!(t.lower.as_str(), "110" | "112" | "113" | "911" | "999")
        && (prev.is_some_and(|p| {
            matches!(p.lower.as_str(), "to" | "from" | "til" | "fra" | "frå" | "via" | "call" | "ring" | "ringe")
        }) && (i.saturating_sub(4)..i).any(calls)
            // (`kjenner til naudnummeret 110`: the number, named.)
            || prev.is_some_and(|p| ["nummer", "nummeret", "number"].iter().any(|n| p.lower.ends_with(n))))
        && !(i + 1..(i + 2).min(tokens.len())).any(|k| {
            [S::Percent, S::TimeUnit, S::People, S::Per, S::UnitSymbol].iter().any(|&s| all(s).starts(tokens, k))
        })
    {
        return false;
    }
    // `Kontrakt om 54 nye vogner er signert`, `the contract for 4 ferries`: what one contract
    // covers, not a level.
    let contract = |w: &str| {
        ["kontrakt", "kontrakten", "avtale", "avtalen", "avtala", "contract", "agreement"]
            .iter()
            .any(|c| w.ends_with(c))
    };
    if prev.is_some_and(|p| matches!(p.lower.as_str(), "om" | "for")) && i >= 2 && contract(&tokens[i - 2].lower) {
        return false;
    }
    // `Get the regional health authority's approval for eight extra residential beds`: what one
    // approval covers.
    // (Not `til`: `tilskudd til 4,5 MNOK` is a level.)
    if i >= 2 && tokens[i - 1].is("for") && all(S::MilestoneNoun).starts(tokens, i - 2) {
        return false;
    }
    // `Get the permit to fly 1,000 drones … approved`: what one permit allows (not `funding to
    // NOK 250 million`, `decision to six weeks`, a level).
    if (i.saturating_sub(4)..i.saturating_sub(2)).any(|k| {
        all(S::MilestoneNoun).starts(tokens, k)
            && matches!(tokens[k + 1].lower.as_str(), "to" | "til")
            && tokens[k + 2..i].iter().all(|t| t.is_word() && !t.is("to") && !t.is("til"))
            && !determiner(&tokens[k + 2].lower)
    }) && !currency_at(tokens, i - 1)
        && ends_at(S::Threshold, tokens, i).is_none()
    {
        return false;
    }
    // `the 20% student discount`, `20 %-rabatten`: what a discount is, not a level to reach.
    let discount = |k: usize| {
        word_at(tokens, k).is_some_and(|w| {
            ["discount", "rabatt", "avslag"].iter().any(|d| w.lower.starts_with(d) || w.lower.ends_with(d))
        })
    };
    if percent_after
        && (prev.is_some_and(|p| determiner(&p.lower)) || tokens.get(i + 2).is_some_and(|n| n.hyphen_before))
        && (i + 2..i + 4).any(discount)
    {
        return false;
    }
    // `hos de 20 % største kundene`: which ones, as a share of them.
    if percent_after
        && mode == Mode::KeyResult
        && prev.is_some_and(|p| matches!(p.lower.as_str(), "de" | "dei" | "the" | "our" | "våre"))
        && word_at(tokens, i + 2).is_some_and(|w| superlative(&w.lower))
    {
        return false;
    }
    if percent_after {
        // (`konsentrat som held over 65 % Fe`, `ore grading above 0.8% Cu`: which material, by
        // its grade of an element.)
        // (Not a grade to reach: `Nå et jerninnhold på minst 66,5 % Fe`.)
        let grade = |b: usize| {
            word_at(tokens, i + 2).is_some_and(|w| w.capitalised && w.lower.chars().count() <= 2)
                && (b.saturating_sub(3)..b).any(|k| {
                    matches!(tokens[k].lower.as_str(), "som" | "that" | "which") || tokens[k].lower.ends_with("ing")
                })
        };
        // (`kunder med belåningsgrad over 85 %`, `customers with LTV above 85 %`: which people, by
        // what they have.)
        let had = |b: usize| {
            b >= 3
                && matches!(tokens[b - 2].lower.as_str(), "med" | "with")
                && tokens[b - 1].is_word()
                && all(S::People).starts_or_ends_compound(tokens, b - 3)
        };
        return !ends_at(S::Threshold, tokens, i)
            .is_some_and(|b| bound_after_more_or_fewer(tokens, b) || grade(b) || had(b));
    }
    // `kraner på 50 t og mer`, `vessels of 5,000 dwt or more`: which things, by a size and up.
    let and_up = |k: usize| {
        word_at(tokens, k).is_some_and(|w| matches!(w.lower.as_str(), "og" | "eller" | "or" | "and"))
            && word_at(tokens, k + 1).is_some_and(|w| {
                matches!(w.lower.as_str(), "mer" | "meir" | "over" | "større" | "more" | "above" | "up" | "larger")
            })
    };
    // (Things with a unit after the number: `a score of 4.2 or above` is a level.)
    // (`husstander med fiber på 500 Mbit/s eller mer`: what they have, by a speed and up.)
    let unit_end = (i + 2..(i + 5).min(tokens.len())).find(|&k| and_up(k));
    if prev.is_some_and(|p| matches!(p.lower.as_str(), "på" | "of"))
        && i >= 3
        && matches!(tokens[i - 3].lower.as_str(), "med" | "with")
        && unit_end.is_some()
    {
        return false;
    }
    if prev.is_some_and(|p| matches!(p.lower.as_str(), "på" | "of" | "with" | "med"))
        && i >= 2
        && plural_noun(&tokens[i - 2].lower, 4)
        && word_at(tokens, i + 1).is_some()
        && !all(S::Percent).starts(tokens, i + 1)
        && and_up(i + 2)
    {
        return false;
    }
    // `3 for 2-tilbudene`, `a 3 for 2 offer`: an offer named by its numbers.
    let offer = |j: usize| {
        tokens.get(j + 1).is_some_and(|t| t.is("for"))
            && tokens.get(j + 2).is_some_and(|t| t.kind == Kind::Number)
            && tokens.get(j + 3).is_some_and(|n| {
                n.hyphen_before
                    || ["tilbud", "kampanj", "offer", "deal", "promo"].iter().any(|w| n.lower.starts_with(w))
            })
    };
    if offer(i) || i >= 2 && offer(i - 2) {
        return false;
    }
    // `drakter med nummer 10`, `the new number 10 shirt`: a shirt's number; `Symphony No. 9`,
    // `Pils nr. 5`: a work or a product's (but `Bli nummer 1`, `become number one` is a rank).
    let abbreviated = is_symbol(prev, &["."]) && i >= 2 && matches!(tokens[i - 2].lower.as_str(), "no" | "nr");
    let numero = if abbreviated { i - 2 } else { i.saturating_sub(1) };
    if (abbreviated || prev.is_some_and(|p| matches!(p.lower.as_str(), "number" | "nummer" | "nr")))
        && !(numero >= 1
            && (become_verb(&tokens[numero - 1].lower, true)
                || matches!(tokens[numero - 1].lower.as_str(), "som" | "as")))
    {
        return false;
    }
    // `§ 20-1`: a section of a law; `v3.0`: a version; `ISO 27001 A.8`: an annex's control.
    let annex = is_symbol(prev, &["."])
        && i >= 2
        && tokens[i - 2].lower.chars().count() == 1
        && tokens[i - 2].capitalised
        && prev.is_some_and(|p| p.start == tokens[i - 2].end && p.end == t.start);
    if annex {
        return false;
    }
    // (`ID.4`, `ID.7`: a model by a short capital name and its number.)
    let model =
        |p: &Token| p.kind == Kind::Ident || p.is_word() && p.capitalised && (2..=3).contains(&p.lower.chars().count());
    if is_symbol(prev, &["§"])
        || is_symbol(prev, &["."])
            && i >= 2
            && model(&tokens[i - 2])
            && prev.is_some_and(|p| p.start == tokens[i - 2].end && p.end == t.start)
    {
        return false;
    }
    // `before the 2.0 launch`, `etter 3.1-lanseringen`: a version named by its number (a count
    // has no decimals: `2 launches`).
    if t.lower.contains(['.', ','])
        && next.is_some_and(|n| {
            ["launch", "release", "lansering", "relea", "utgivel"].iter().any(|w| n.lower.starts_with(w))
                && !n.lower.ends_with("es")
                && !n.lower.ends_with("er")
        })
    {
        return false;
    }
    // `HTTP/3`, `HTTP/2`: a protocol's version.
    if is_symbol(prev, &["/"])
        && i >= 2
        && tokens[i - 2].capitalised
        && tokens[i - 2].end == tokens[i - 1].start
        && tokens[i - 1].end == t.start
    {
        return false;
    }
    // `510(k)`, `401(k)`, `501(c)(3)`: a section named by its number and a letter in brackets.
    if is_symbol(next, &["("])
        && next.is_some_and(|n| n.start == t.end)
        && tokens.get(i + 2).is_some_and(|l| l.is_word() && l.lower.chars().count() == 1)
        && is_symbol(tokens.get(i + 3), &[")"])
    {
        return false;
    }
    // `søknaden om fire nye konsesjoner`, `the application for 12 new berths`, `driftstillatelse for
    // 3 000 sparkesykler`: what one application or permit is for.
    if i >= 2
        && matches!(tokens[i - 1].lower.as_str(), "om" | "for")
        // (Or a permit: `driftstillatelse for 3 000 sparkesykler`.)
        && ["søknad", "tillatelse", "løyve", "konsesjon", "application", "permit", "licen"]
            .iter()
            .any(|w| tokens[i - 2].lower.contains(w))
    {
        return false;
    }
    // 24/7 is opening hours, not a quantity.
    if t.lower == "24" && is_symbol(next, &["/"]) && tokens.get(i + 2).is_some_and(|n| n.lower == "7") {
        return false;
    }
    if t.lower == "7" && is_symbol(prev, &["/"]) && i >= 2 && tokens[i - 2].lower == "24" {
        return false;
    }
    // `før 31.12`, `by 15.3`: a day and month after a deadline, or when something happens
    // (`during the 11.11 campaign`).
    let day_month = t.lower.split_once('.').is_some_and(|(d, m)| {
        d.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d)) && m.parse::<u8>().is_ok_and(|m| (1..=12).contains(&m))
    });
    let named_day = prev.is_some_and(|p| p.is("during"))
        || prev.is_some_and(|p| p.is("the")) && i >= 2 && tokens[i - 2].is("during");
    if day_month && (ends_at(S::Deadline, tokens, i).is_some() || named_day) {
        return false;
    }
    // `11.11-kampanjen`, `the 12.12 sale`, `takler 11.11 og Black Week`: a shopping day named by
    // its date (a day and month alike, or a campaign after it).
    let campaign = next.is_some_and(|n| {
        n.is_word()
            && ["kampanj", "campaign", "salg", "sale", "tilbud", "dag", "day", "helg", "week", "uke", "veke"]
                .iter()
                .any(|w| n.lower.starts_with(w))
    });
    if day_month
        && (campaign
            || t.lower.split_once('.').is_some_and(|(d, m)| d == m && d.len() == 2)
                && !all(S::Percent).starts(tokens, i + 1))
    {
        return false;
    }
    // `after 5 pm`: a time of day.
    if word_at(tokens, i + 1).is_some_and(|w| matches!(w.lower.as_str(), "am" | "pm" | "a.m." | "p.m.")) {
        return false;
    }
    // `build 2024.3`, `2025.1`: a year-numbered release, not a decimal.
    if t.lower.split_once('.').is_some_and(|(y, f)| {
        y.len() == 4 && (1..=2).contains(&f.len()) && (1900.0..=2100.0).contains(&t.value.trunc())
    }) {
        return false;
    }
    // Dates and times written with digits: `15.03.2026`, `2026-03-15`, `15/3`, `08:00`, `2025/26`.
    if t.lower.matches(['.', '/']).count() >= 2 && !t.lower.split('.').skip(1).all(|g| g.len() == 3) {
        return false;
    }
    if t.hyphen_before && prev.is_some_and(|p| p.kind == Kind::Number) {
        return false;
    }
    // `kl. 07:30`: a time of day (but `from 7:40 to 6:30 minutes` is a duration, minutes and
    // seconds).
    // (Or after a time measured: `snittiden på 2000 m fra 7:25 til 7:10`, minutes and seconds as one
    // digit, a colon and two.)
    let minutes = if is_symbol(next, &[":"]) { i } else { i.saturating_sub(2) };
    let before = minutes.saturating_sub(8)..minutes;
    let duration_after = (i + 1..(i + 7).min(tokens.len())).any(|k| all(S::TimeUnit).starts(tokens, k))
        || tokens[minutes].lower.len() == 1
            && before.clone().any(|k| time_noun(&tokens[k].lower))
            && before.into_iter().any(|k| matches!(tokens[k].lower.as_str(), "fra" | "frå" | "from"));
    if is_symbol(next, &[":"])
        && tokens.get(i + 2).is_some_and(|n| n.kind == Kind::Number && n.lower.len() == 2)
        && !duration_after
    {
        return false;
    }
    if is_symbol(prev, &[":"]) && t.lower.len() == 2 && i >= 2 && tokens[i - 2].kind == Kind::Number && !duration_after
    {
        return false;
    }
    // `Q1/26`, `FY25/26`: a period's name.
    if is_symbol(prev, &["/"]) && i >= 2 && tokens[i - 2].kind == Kind::Ident {
        return false;
    }
    // `15/3` is a date; `1/3` and `2/3` are fractions, unless a deadline comes first (`frist 1/3`);
    // `1/3-2026`, `1/3-26` and `9/15/2025` are dates with their year. `a` is where the pair starts.
    let year_after = |j: usize| {
        tokens.get(j).is_some_and(|y| y.kind == Kind::Number && y.hyphen_before && matches!(y.lower.len(), 2 | 4))
            || is_symbol(tokens.get(j), &["/"])
                && tokens.get(j + 1).is_some_and(|y| y.kind == Kind::Number && y.lower.len() == 4)
    };
    let date = |a: usize| {
        let (day, month) = (&tokens[a], &tokens[a + 2]);
        let day_month = month.value <= 12.0 && day.value <= 31.0;
        day.value >= month.value && day_month
            || day.lower.len() == 4
            || year_after(a + 3)
            || day_month && ends_at(S::Deadline, tokens, a).is_some()
    };
    let number = |j: usize| tokens.get(j).is_some_and(|n| n.kind == Kind::Number);
    // `800-555-0142`: a phone number or code in hyphenated groups.
    let group = |j: usize| tokens.get(j).is_some_and(|n| n.kind == Kind::Number && n.hyphen_before);
    if group(i + 1) && group(i + 2) {
        return false;
    }
    if is_symbol(next, &["/"]) && number(i + 2) && date(i) {
        return false;
    }
    if is_symbol(prev, &["/"]) && i >= 2 && number(i - 2) && date(i - 2) {
        return false;
    }
    // `0 negativ`, `O negative`: a blood type.
    if t.value == 0.0
        && word_at(tokens, i + 1)
            .is_some_and(|w| matches!(w.lower.as_str(), "negativ" | "negative" | "positiv" | "positive"))
    {
        return false;
    }
    // `1:1s` are meetings.
    if t.lower == "1" && is_symbol(next, &[":"]) && tokens.get(i + 2).is_some_and(|n| n.lower == "1")
        || t.lower == "1" && is_symbol(prev, &[":"]) && i >= 2 && tokens[i - 2].lower == "1"
    {
        return false;
    }
    // A leading zero makes a code, not a quantity: postcodes `0550`, phone number groups `00 000`.
    if t.kind == Kind::Number
        && t.lower.len() > 1
        && t.lower.starts_with('0')
        && t.lower.chars().all(|c| c.is_ascii_digit() || c.is_whitespace())
    {
        return false;
    }
    // Decades: `the 2030s`, `1990s`, `the storms of the 1890s`.
    if t.kind == Kind::Number
        && t.suffix == "s"
        && t.lower.len() == 4
        && t.value % 10.0 == 0.0
        && (1500.0..=2100.0).contains(&t.value)
    {
        return false;
    }
    // Years: four digits without separators.
    let four_digits = |t: &Token| {
        t.kind == Kind::Number
            && t.suffix.is_empty()
            && t.lower.len() == 4
            && t.lower.chars().all(|c| c.is_ascii_digit())
    };
    if four_digits(t)
        && ((1900.0..=2100.0).contains(&t.value)
            // (An older one after an article or `in`, `since`: `the 1867 keeper's house`, `sidan
            // 1854`; `Sell 1850 tickets` is a count.)
            || (1500.0..1900.0).contains(&t.value)
                && prev.is_some_and(|p| {
                    matches!(p.lower.as_str(), "the" | "den" | "det" | "in" | "i" | "since" | "siden" | "sidan")
                }))
    {
        return false;
    }
    // `fra tre i frukthagen til flaske`: the Norwegian `tre` is a tree, too, where no number
    // follows it (`fra tre til fem butikker` is a pair; `maks tre i året` is a bound, per year).
    let number_next =
        |k: usize| tokens.get(k).is_some_and(|n| n.kind == Kind::Number || text::number_word(&n.lower, lang).is_some());
    // (`båtar av tre frå lokale skogar`, `bygd i tre`: the material, not `to av tre`, a ratio.)
    // (Or after its neuter adjective: `rammer i massivt tre fra hoteller`.)
    let material = || {
        (prev.is_some_and(|p| matches!(p.lower.as_str(), "av" | "i")) && !(i >= 2 && number_next(i - 2))
            || i >= 2
                && matches!(tokens[i - 2].lower.as_str(), "av" | "i")
                && prev.is_some_and(|p| p.is_word() && p.lower.ends_with('t') && p.lower.chars().count() > 3))
            && word_at(tokens, i + 1).is_none_or(|w| matches!(w.lower.as_str(), "frå" | "fra" | "og" | "med" | "som"))
    };
    if t.is("tre")
        && lang != Lang::En
        && (material() || word_at(tokens, i + 1).is_some_and(|w| matches!(w.lower.as_str(), "i" | "til" | "på")))
        && !(word_at(tokens, i + 1).is_some_and(|w| w.is("til")) && number_next(i + 2))
        && !(word_at(tokens, i + 1).is_some_and(|w| w.is("i")) && all(S::TimeUnit).starts(tokens, i + 2))
        && ends_at(S::Threshold, tokens, i).is_none()
    {
        return false;
    }
    // `the 3+2 blitz arenas`: a chess time control, a name (the numbers joined by a plus, no
    // spaces).
    let joined_plus = |a: &Token, plus: Option<&Token>, b: Option<&Token>| {
        a.kind == Kind::Number
            && is_symbol(plus, &["+"])
            && b.is_some_and(|b| b.kind == Kind::Number)
            && plus.zip(b).is_some_and(|(p, b)| p.start == a.end && b.start == p.end)
    };
    if joined_plus(t, next, tokens.get(i + 2)) || i >= 2 && joined_plus(&tokens[i - 2], prev, Some(t)) {
        return false;
    }
    // `More extruders buying our 6063 billets`, `Make our 6063 billets the default choice`: four
    // digits without a separator after a possessive name a product (an alloy, a model), not a level
    // (`our 50 key accounts` may be one).
    if prev.is_some_and(|p| matches!(p.lower.as_str(), "our" | "their" | "vår" | "vårt" | "våre"))
        && t.kind == Kind::Number
        && t.suffix.is_empty()
        && t.lower.len() == 4
        && t.lower.chars().all(|c| c.is_ascii_digit())
    {
        return false;
    }
    // `EN 10204 3.1-sertifikat`: a decimal joined to a noun names its type (a `4.8-star app` is
    // rated).
    if t.kind == Kind::Number
        && t.lower.contains('.')
        && tokens.get(i + 1).is_some_and(|w| {
            w.hyphen_before && w.is_word() && !["star", "stjern"].iter().any(|r| w.lower.starts_with(r))
        })
    {
        return false;
    }
    // `Sign a 25-year concession agreement`, `a 10-year lease`: how long the one thing runs, not a
    // level.
    if prev.is_some_and(|p| indefinite_article(&p.lower)) && runs_for(tokens, i) {
        return false;
    }
    // `8' Trompet`, `16' Subbass`: an organ stop, named by its pipe length (not `450' NOK`, a
    // thousand).
    if t.kind == Kind::Number
        && matches!(t.lower.as_str(), "2" | "4" | "8" | "16" | "32")
        && !currency_at(tokens, i + 2)
        && is_symbol(next, &["'", "’"])
        && next.is_some_and(|n| n.start == t.end)
        && word_at(tokens, i + 2).is_some_and(|w| w.capitalised)
    {
        return false;
    }
    // `the 8K dome projector`, `produsert i 8K`: a picture's resolution, a name (`8K subscribers`
    // are counted; `revision notes for 4K commercial spots` are in that resolution).
    if t.kind == Kind::Number
        && t.capitalised
        && t.suffix == "k"
        && matches!(t.lower.as_str(), "4" | "8")
        && (!(i + 1..(i + 3).min(tokens.len())).any(|k| word_at(tokens, k).is_some_and(|w| plural_noun(&w.lower, 4)))
            // (Or after a determiner: `the 4K restored classics strand`.)
            || prev.is_some_and(|p| {
                matches!(p.lower.as_str(), "for" | "in" | "i" | "på" | "with" | "med" | "the" | "our" | "vår" | "den" | "det")
            }))
    {
        return false;
    }
    // `19- og 20-åringer`, `18- and 19-year-olds`: a hanging hyphen shares the age after it.
    if is_symbol(tokens.get(i + 1), &["-"])
        && word_at(tokens, i + 2).is_some_and(|w| matches!(w.lower.as_str(), "og" | "and" | "eller" | "or"))
        && tokens.get(i + 3).is_some_and(|n| n.kind == Kind::Number)
        && tokens.get(i + 4).is_some_and(|w| w.hyphen_before)
        && all(S::AgeUnit).starts(tokens, i + 4)
    {
        return false;
    }
    // `Every customer who looks under 25 is asked for ID`: which customers, by how old they look.
    if i >= 2
        && matches!(tokens[i - 1].lower.as_str(), "under" | "over")
        && matches!(tokens[i - 2].lower.as_str(), "looks" | "look" | "looking" | "appears" | "seems")
    {
        return false;
    }
    // Earlier years, where a year is said: `folketellingene fra 1801 og 1865`, `kirkebøker fra
    // før 1850` (not `fra 1800 til 2400 besøkende`, nor `1800 tickets`).
    if four_digits(t)
        && (1000.0..1900.0).contains(&t.value)
        && prev.is_some_and(|p| {
            matches!(p.lower.as_str(), "før" | "etter" | "before" | "after" | "since" | "siden" | "sidan")
                || matches!(p.lower.as_str(), "fra" | "frå" | "from" | "i" | "in" | "og" | "and")
                    && (tokens.get(i + 1).is_none()
                        || word_at(tokens, i + 1).is_some_and(|w| w.is("og") || w.is("and"))
                            && tokens.get(i + 2).is_some_and(|n| four_digits(n) && (1000.0..2100.0).contains(&n.value)))
        })
    {
        return false;
    }
    // Joined by a hyphen: `top-3` is a rank, `sub-2s` a threshold, `tier-1` and `covid-19` are
    // names.
    if t.hyphen_before && prev.is_some_and(Token::is_word) {
        // (`over-18s`, `under-5s` are ages.)
        return all(S::Rank).starts(tokens, i - 1) || tokens[i - 1].is("sub");
    }
    // `132 kV-ledning`, `50 GB-pakke`: a number and unit symbol naming which thing, not how many
    // (`2,500 sign-ups` are counted).
    // (`300 TV-pakker`, `20 PR-saker`: an abbreviation is not a unit; the things are counted.)
    // So is one after an article or `new`: `the new 420 kV substation`, `a 50 MW solar park`; or
    // after a preposition: `faults on 66 kV lines`, `i 0,5 l-flasker`, `tilsagn om 4 MW kapasitet`;
    // or a Norwegian determiner: `det 120 MW store aggregatet`.
    let spec = prev.is_some_and(|p| {
        indefinite_article(&p.lower)
            || matches!(
                p.lower.as_str(),
                "the" | "new" | "ny" | "nytt" | "nye" | "on" | "in" | "på" | "i" | "om" | "det" | "den" | "dei"
            )
    });
    // (And after `av`/`of`, before things: `returar av 8 kg vaskemaskinar`.)
    // (`of 25 kg cement bags`: past a word naming what they hold.)
    let of_things = prev.is_some_and(|p| matches!(p.lower.as_str(), "av" | "of"))
        && (i + 2..(i + 4).min(tokens.len()))
            .take_while(|&k| tokens[k].is_word())
            .any(|k| plural_noun(&tokens[k].lower, if k == i + 2 { 6 } else { 4 }));
    // (`batterilageret på 20 MW / 40 MWh`: the second of two sizes, the same.)
    if is_symbol(prev, &["/"])
        && i >= 4
        && all(S::UnitSymbol).starts(tokens, i - 2)
        && tokens[i - 3].kind == Kind::Number
        && all(S::UnitSymbol).starts(tokens, i + 1)
        && matches!(tokens[i - 4].lower.as_str(), "på" | "of" | "on" | "i" | "in")
    {
        return false;
    }
    // (`hand in 30 tonnes of used gear` is how much of it; `20 km/t-sonene`: past a rate's unit.)
    // (`the 220 g/m2 polo shirt`, `i 300 g/m2 canvas`: a fabric by its weight per area.)
    let per_area = tokens.get(i + 3).is_some_and(|a| matches!(a.lower.as_str(), "m2" | "m²"));
    let past_rate = if is_symbol(tokens.get(i + 2), &["/"]) && (word_at(tokens, i + 3).is_some() || per_area) {
        i + 4
    } else {
        i + 2
    };
    if word_at(tokens, i + 1).is_some_and(|u| !u.hyphen_before)
        && all(S::UnitSymbol).starts(tokens, i + 1)
        && (word_at(tokens, past_rate).is_some_and(|n| {
            n.hyphen_before
                || (past_rate == i + 2 || per_area) && (spec || of_things) && !n.is("of") && !n.is("av")
        })
            // (`på 20 MW / 40 MWh`: a size, and another after a slash.)
            || spec
                && is_symbol(tokens.get(i + 2), &["/"])
                && tokens.get(i + 3).is_some_and(|n| n.kind == Kind::Number)
                && all(S::UnitSymbol).starts(tokens, i + 4)
            // (`solkremen SPF 50 i 50 ml`: the size it comes in, last.)
            || prev.is_some_and(|p| p.is("i") || p.is("in")) && i + 2 == tokens.len())
        && !all(S::Percent).starts(tokens, i + 1)
    {
        return false;
    }
    // `24,000 TEU class vessels`, `skip i 14 000 TEU-klassen`, `40 fots containere`, `40 foot
    // containers`: a size class of things, not how many.
    let past_unit = if all(S::UnitSymbol).starts(tokens, i + 1) { i + 2 } else { i + 1 };
    let class = word_at(tokens, past_unit)
        .is_some_and(|w| matches!(w.lower.as_str(), "class" | "klasse" | "klassen" | "klasses" | "klassa"));
    let foot = word_at(tokens, i + 1).is_some_and(|w| matches!(w.lower.as_str(), "fots" | "foot" | "ft"))
        && word_at(tokens, i + 2).is_some_and(|w| !w.hyphen_before);
    if class || foot {
        return false;
    }
    // `30-dagers`, `7-day`, `five-star`: an adjective, not a count; `topp 3-leverandør` is a rank.
    // (`a 4.8-star app`: a decimal is a level reached, a rating; `Kubernetes 1.29-klyngene`, after a
    // name, a version.)
    if next.is_some_and(|n| n.hyphen_before && n.is_word()) {
        // (`Topp 20-lista`, `the Top 40-chart`: a chart named by its length, capitalised as a name;
        // `komme inn på topp 10-lista` is a rank to reach.)
        if i > 0
            && tokens[i - 1].capitalised
            && ["list", "chart"].iter().any(|w| next.is_some_and(|n| n.lower.starts_with(w)))
        {
            return false;
        }
        let named = i >= 2 && prev.is_some_and(|p| p.is_word() && p.capitalised);
        // (`the 7.5-tonne electric trucks`, `2,5-liters flasker`: a size class by its unit.)
        let size = next.is_some_and(|n| {
            ["tonn", "ton", "kilo", "lit", "met", "foot", "fot", "inch", "tomm"].iter().any(|u| n.lower.starts_with(u))
        });
        if size {
            return false;
        }
        return i > 0 && all(S::Rank).starts(tokens, i - 1) || t.value.fract() != 0.0 && !named;
    }
    // `the new 41955 Hamburg–Malmö service`: a train or a line by its number and its route.
    let place = |k: usize| word_at(tokens, k).is_some_and(|w| w.capitalised);
    if place(i + 1) && is_symbol(tokens.get(i + 2), &["–", "-", "—"]) && place(i + 3) {
        return false;
    }
    // `221 Baker Street`, `10 Downing St`: an address.
    if word_at(tokens, i + 1).is_some_and(|w| w.capitalised)
        // (Not a name joined by hyphens: `five Adopt-a-Street agreements`.)
        && (i + 2..(i + 4).min(tokens.len()))
            .any(|j| tokens[j].capitalised && !tokens[j].hyphen_before && all(S::Street).starts(tokens, j))
    {
        return false;
    }
    // `de 20 største kundene`, `the 50 largest accounts`: in a key result which ones, not how many
    // (but `blant de tre beste`, `among the top 5` is a rank). An objective names no such count:
    // `Fokusere på de fem største kommunene` is a metric there.
    if mode == Mode::KeyResult
        && prev.is_some_and(|p| matches!(p.lower.as_str(), "de" | "dei" | "the" | "our" | "våre" | "vårt" | "sine"))
        && word_at(tokens, i + 1).is_some_and(|w| superlative(&w.lower))
        && !(i >= 2 && matches!(tokens[i - 2].lower.as_str(), "blant" | "among" | "bli" | "være" | "vere" | "verte"))
        && !(i >= 3
            && matches!(tokens[i - 2].lower.as_str(), "av" | "of")
            && matches!(tokens[i - 3].lower.as_str(), "en" | "ei" | "ett" | "ein" | "eitt" | "one" | "én"))
    {
        return false;
    }
    if let Some(p) = prev {
        // (`week 40` names a week; `rate their first week 4.3 or higher` rates it.)
        let rating = t.value.fract() != 0.0 && all(S::TimeUnit).starts(tokens, i - 1);
        if (p.is_word() || is_symbol(prev, &["."])) && ends_at(S::IdentBefore, tokens, i).is_some() && !rating {
            return false;
        }
        // `Storgata 14`, `Lagerveien 3`: an address.
        if p.is_word() && all(S::Street).starts_or_ends_compound(tokens, i - 1) {
            return false;
        }
        // `pakkelinje 2`, `kontorbygg 3`: the same names in a compound (capitalised only as the
        // title's first word: `Nattoget 5790`); in an English title only a long Norwegian
        // compound's (`approval for plumbing work in tiltaksklasse 2`, not `Support 30`).
        let compound = if lang == Lang::En {
            p.lower.char_indices().skip(4).any(|(k, _)| {
                let last = &p.lower[k..];
                last.chars().count() >= 5
                    && [Lang::Nb, Lang::Nn].iter().any(|&l| text::lexicon(l).get(S::IdentBefore).is_word(last))
            })
        } else {
            all(S::IdentBefore).ends_compound(&p.lower)
        };
        if p.is_word() && (!p.capitalised || i == 1) && compound {
            return false;
        }
        // A product or standard name: `Android 14`, `PostgreSQL 16`, `SOC 2` (but `Norges 10 beste`
        // is a rank). First in the title only a name's own casing tells it from a capital letter.
        if (p.is_word() || p.kind == Kind::Ident)
            && p.capitalised
            && !title_case(tokens)
            && (i >= 2 || p.name_case)
            && !all(S::Currency).starts(tokens, i - 1)
            // `Nå NPS 60`: a metric's name and its level.
            && !all(S::MetricNoun).starts(tokens, i - 1)
            && text::number_word(&p.lower, lang).is_none()
            && !word_at(tokens, i + 1).is_some_and(|w| superlative(&w.lower))
        {
            return false;
        }
        if p.kind == Kind::Ident {
            return false;
        }
        // `Next.js 14`, `Node.js 22`: a dotted name.
        if p.is_word()
            && i >= 3
            && is_symbol(tokens.get(i - 2), &["."])
            && tokens[i - 2].start == tokens[i - 3].end
            && tokens[i - 2].end == p.start
            && tokens[i - 3].is_word()
        {
            return false;
        }
        // Dates: `March 1`.
        if p.is_word() && all(S::Month).starts(tokens, i - 1) {
            return false;
        }
    }
    // Dates and ordinals: `1. mars`, `15 April`, `3. kvartal`.
    let after_dot = if is_symbol(next, &["."]) { i + 2 } else { i + 1 };
    // An ordinal before a lower-case noun is which one (`8. trinn`, `2. kvartal`, `3. linje`), except
    // a place (`2. plass`).
    // `5.–7. trinn`: a range of ordinals.
    let ordinal_range = is_symbol(next, &["."])
        && is_symbol(tokens.get(i + 2), &["–", "-", "—"])
        && tokens.get(i + 3).is_some_and(|n| n.kind == Kind::Number)
        && is_symbol(tokens.get(i + 4), &["."]);
    if all(S::Month).starts(tokens, after_dot)
        || ordinal_range
        || is_symbol(next, &["."])
            && word_at(tokens, i + 2).is_some_and(|w| !w.capitalised)
            && !all(S::Rank).starts(tokens, i + 2)
    {
        return false;
    }
    // Ranges: find where a range `25–45` / `mellom 16 og 19` starts and ends.
    let connector = |j: usize| {
        tokens.get(j).is_some_and(|c| matches!(c.lower.as_str(), "–" | "—" | "-" | "og" | "and" | "to" | "til"))
    };
    let mut range_start = i;
    if i >= 2 && connector(i - 1) && quantity_at(tokens, i - 2, lang).is_some() {
        range_start = i - 2;
    }
    let mut range_end = i + 1;
    if connector(i + 1) && quantity_at(tokens, i + 2, lang).is_some() {
        range_end = i + 3;
    }
    // `Fewer chilled loads arriving at stores above 5 °C`, `More used cars under 3 years and
    // 50,000 km`: which things, after a bare `more` or `fewer` (the bound may come before an
    // earlier number joined by `and`).
    // (The first word is looked at first: most titles start otherwise.)
    let bound = || {
        (range_start.saturating_sub(4)..=range_start).rev().find_map(|e| {
            ends_at(S::Threshold, tokens, e).filter(|_| tokens[e..range_start].iter().all(|t| t.kind != Kind::Symbol))
        })
    };
    if more_or_fewer(&tokens[0].lower) && bound().is_some_and(|b| bound_after_more_or_fewer(tokens, b)) {
        return false;
    }
    // `uke 12–14`, `kl. 08–16`: the end of a range of names; `2025–26`: a season's second year.
    // (`at Gate 3 to 35 minutes`, `på Terminal 4 til 30 løft i timen`: a name, then the level
    // to reach, in its unit.)
    // (`Summit 2025 til 12 MNOK`, `Rom 1 til 1 100 kg per veke`: or in money or a unit.)
    let level_after_name = range_start < i
        && matches!(tokens[i - 1].lower.as_str(), "to" | "til")
        && (all(S::Percent).starts(tokens, i + 1)
            || all(S::Currency).starts(tokens, i + 1)
            || all(S::UnitSymbol).starts(tokens, i + 1)
            || word_at(tokens, i + 1).is_some_and(|w| {
                !w.capitalised
                    && w.lower.chars().count() >= 3
                    && !matches!(
                        w.lower.as_str(),
                        "and" | "og" | "for" | "før" | "innen" | "innan" | "before" | "etter"
                    )
            })
            // (`Øke antall undersøkelser på lab 2 til 400 i måneden`: a change to a level far past
            // the name's number, last or per a time; not `rom 1 til 3`, a range of names.)
            || [S::Increase, S::Decrease].iter().any(|&s| all(s).starts(tokens, 0))
                && tokens[i].value >= 5.0 * tokens[range_start].value
                && (i + 1 == tokens.len()
                    || word_at(tokens, i + 1).is_some_and(|w| matches!(w.lower.as_str(), "i" | "in" | "per" | "a"))
                        && all(S::TimeUnit).starts(tokens, i + 2)));
    // (`innendørshall 1 og 2`: after a compound ending in one, in Norwegian.)
    let compound_name = range_start > 0
        && lang != Lang::En
        && word_at(tokens, range_start - 1).is_some_and(|w| all(S::IdentBefore).ends_compound(&w.lower));
    if range_start < i
        && !level_after_name
        && (ends_at(S::IdentBefore, tokens, range_start).is_some()
            || compound_name
            || t.lower.len() == 2
                && tokens[range_start].lower.len() == 4
                && (1900.0..=2100.0).contains(&tokens[range_start].value))
    {
        return false;
    }
    // `solcelleanlegg på 10–20 kW`, `turbines of 3–5 MW`: which things, by a range of sizes.
    if range_end - range_start == 3
        && range_start >= 2
        && matches!(tokens[range_start - 1].lower.as_str(), "på" | "of" | "on")
        && all(S::UnitSymbol).starts(tokens, range_end)
        && word_at(tokens, range_start - 2).is_some_and(|w| {
            ![S::MetricNoun, S::GenericMetric].iter().any(|&m| all(m).starts_or_ends_compound(tokens, range_start - 2))
                && !all(S::FunctionWord).is_word(&w.lower)
        })
    {
        return false;
    }
    // `grunnskulelærarutdanninga 5–10`, `GLU 1–7`: a programme named by the school years it
    // teaches.
    if range_end - range_start == 3
        && range_start > 0
        && tokens[range_start].value <= 13.0
        && tokens[range_end - 1].value <= 13.0
        && word_at(tokens, range_start - 1)
            .is_some_and(|w| ["utdanning", "utdanninga", "utdanningen", "glu"].iter().any(|e| w.lower.ends_with(e)))
    {
        return false;
    }
    // `elever med karakter 3 eller bedre`: which pupils, by their grade (`snittkarakter 4,2` is a
    // level).
    if i > 0
        && matches!(tokens[i - 1].lower.as_str(), "karakter" | "karakteren")
        && word_at(tokens, i + 1).is_some_and(|w| w.is("eller"))
        && word_at(tokens, i + 2)
            .is_some_and(|w| matches!(w.lower.as_str(), "bedre" | "betre" | "høyere" | "høgare" | "over"))
    {
        return false;
    }
    // `the share of students who pass all 60 ECTS credits`: inside what is measured, which ones
    // (`Få alle 40 butikkene over på ny kasse` counts them).
    if i >= 3
        && matches!(tokens[i - 1].lower.as_str(), "all" | "alle")
        && tokens[1..i - 1].iter().any(|t| matches!(t.lower.as_str(), "who" | "that" | "som"))
    {
        return false;
    }
    // Ages: `25–45 år`, `aged 18–25`, `over 55 år`, `the 60+ age group`, `the 18–24 audience` (not
    // `10,000 audience members`).
    let plus = usize::from(is_symbol(tokens.get(range_end), &["+"]));
    let before_threshold = ends_at(S::Threshold, tokens, range_start).unwrap_or(range_start);
    // (An average age measured has its level in years: `Snittalderen på hundane skal vere under 7
    // år`, `Average fleet age below 6 years`.)
    let average_age = || {
        (0..range_start).any(|k| {
            ["snittalder", "gjennomsnittsalder", "medianalder"].iter().any(|a| tokens[k].lower.starts_with(a))
                || k > 0 && tokens[k].is("age") && average_word(&tokens[k - 1].lower)
        })
    };
    // (A decimal is a duration: `fra 5,1 til 4,4 år`.)
    if (all(S::AgeUnit).starts(tokens, range_end + plus) && t.value <= 120.0 && t.value.fract() == 0.0
        || ends_at(S::AgeMarker, tokens, range_start).is_some()
        || ends_at(S::AgeMarker, tokens, before_threshold).is_some())
        && !average_age()
    {
        return false;
    }
    // People, also at the end of a compound (`boligkjøpere`, `vareeiere`).
    let people = |j: usize| all(S::People).starts_or_ends_compound(tokens, j);
    // `Keep …`, `Hold …`: what is kept below or above a bound has the bound as its level, whatever
    // the things are (`Keep open tickets from canal users below 40`).
    let kept = all(S::Keep).starts(tokens, 0);
    // `«Fjordfolk» (10+)`: an age mark in brackets.
    if is_symbol(next, &["+"]) && t.value <= 120.0 && is_symbol(prev, &["("]) && is_symbol(tokens.get(i + 2), &[")"]) {
        return false;
    }
    // `ansatte 55+`, `members 65+`: an age band right after the people.
    if is_symbol(next, &["+"]) && t.value <= 120.0 && i > 0 && people(i - 1) {
        return false;
    }
    // `med 30 dagers betalingsfrist`, `2 ukers varsel`: how long, describing a thing (a Norwegian
    // genitive of a plural unit; not `40 hours per quarter`, nor `minst 18 måneders runway`, a level).
    if ends_at(S::Threshold, tokens, i).is_none()
        && word_at(tokens, i + 1).is_some_and(|w| {
            w.lower.strip_suffix('s').is_some_and(|unit| {
                (unit.ends_with("er") || unit.ends_with("ar") || unit == "år") && all(S::TimeUnit).is_word(unit)
            })
        })
        && word_at(tokens, i + 2).is_some()
    {
        return false;
    }
    // `teens (13–16)`, `seniorar (67+)`, `young Norwegians (18–25)`: an age band in brackets after
    // the people it describes.
    let open = (i.saturating_sub(3)..i).rev().find(|&j| is_symbol(tokens.get(j), &["("]));
    let close = (i + 1..(i + 4).min(tokens.len())).find(|&j| is_symbol(tokens.get(j), &[")"]));
    if let (Some(open), Some(close)) = (open, close)
        && t.value <= 120.0
        && tokens[open + 1..close]
            .iter()
            .all(|t| t.kind == Kind::Number || matches!(t.lower.as_str(), "–" | "—" | "-" | "+"))
        && (ends_at(S::People, tokens, open).is_some()
            // (A range ending the title is what to reach: `Øke antall leads (30–40)`.)
            || close - open > 2
                && close + 1 < tokens.len()
                && open > 0
                && word_at(tokens, open - 1).is_some_and(|w| plural_noun(&w.lower, 5)))
    {
        return false;
    }
    // `Skogadalsbøen (834 moh.)`, `stien frå Turtagrø til Skogadalsbøen (14 km)`: a place's height
    // or a trail's length in brackets after its name, describing it.
    let closing = if is_symbol(tokens.get(i + 2), &["."]) { i + 3 } else { i + 2 };
    if is_symbol(prev, &["("])
        && i >= 2
        && tokens[i - 2].capitalised
        && word_at(tokens, i + 1).is_some()
        && is_symbol(tokens.get(closing), &[")"])
        && !all(S::Percent).starts(tokens, i + 1)
    {
        return false;
    }
    // `innen lovens frist på 3 måneder`, `within the statutory deadline of 6 weeks`: a deadline
    // named by its length, not a level.
    if i >= 2
        && matches!(tokens[i - 1].lower.as_str(), "på" | "of")
        && ["frist", "fristen", "deadline"].iter().any(|f| tokens[i - 2].lower.ends_with(f))
        && all(S::TimeUnit).starts(tokens, i + 1)
    {
        return false;
    }
    // `lokale over 500 m²`, `premises above 1,000 sqm`: which premises, by their area.
    if let Some(s) = ends_at(S::Threshold, tokens, range_start)
        && s > 0
        // (Or longer, shorter, heavier than: `turer kortere enn 3 km`.)
        && matches!(
            tokens[s].lower.as_str(),
            "over" | "above" | "under" | "below" | "kortere" | "kortare" | "shorter" | "longer" | "lengre" | "heavier" | "tyngre"
        )
        && word_at(tokens, s - 1).is_some_and(|w| {
            !all(S::FunctionWord).is_word(&w.lower)
                && !matches!(w.lower.as_str(), "med" | "by" | "with" | "til" | "to" | "på" | "at" | "of" | "av")
        })
        && [S::Increase, S::Decrease, S::StateVerb].iter().all(|&v| all(v).at(tokens, s - 1).is_none())
        // (`m2` is read as a name, letters and a digit; `m²` as `m` and a symbol.)
        && (tokens.get(range_end).is_some_and(|w| {
            matches!(w.lower.as_str(), "m2" | "kvm" | "kvadratmeter" | "sqm" | "square")
                || w.lower == "m" && is_symbol(tokens.get(range_end + 1), &["²"])
        })
            // (Or by another size, after things: `solar systems above 50 kW`, `for fly over 60 tonn`.)
            || all(S::UnitSymbol).starts(tokens, range_end)
                && (plural_noun(&tokens[s - 1].lower, 4) && !all(S::AmountNoun).starts_or_ends_compound(tokens, s - 1)
                    || s >= 2 && tokens[s - 2].is("for")))
    {
        return false;
    }
    // `dogs over 8 years`, `hunder over 8 år`: things by their age (not `over 3 years`, a time).
    if let Some(s) = ends_at(S::Threshold, tokens, range_start)
        && s > 0
        && range_end - range_start == 1
        && matches!(tokens[s].lower.as_str(), "over" | "above" | "under" | "below" | "older" | "eldre")
        && t.value <= 30.0
        && word_at(tokens, s - 1).is_some_and(|w| plural_noun(&w.lower, 4) && !all(S::TimeUnit).is_word(&w.lower))
        // (`Ventelisten kommer under 6 måneder`: a verb, where it gets to.)
        && all(S::StateVerb).at(tokens, s - 1).is_none()
        // (Young animals by weeks or months: `puppies under 12 weeks`, `unghunder under 18 måneder`;
        // not where a time is measured: `saksbehandlingstid for byggesøknader under tre uker`.)
        && word_at(tokens, range_end).is_some_and(|w| {
            matches!(w.lower.as_str(), "years" | "year" | "år")
                || matches!(w.lower.as_str(), "weeks" | "uker" | "veker" | "months" | "måneder" | "månader")
                    && !tokens[..s].iter().any(|t| time_noun(&t.lower) || t.lower.ends_with("wait"))
        })
        && word_at(tokens, range_end + 1).is_none_or(|w| !matches!(w.lower.as_str(), "ago" | "siden" | "sidan"))
    {
        return false;
    }
    // Ages without a unit: `residents over 80`, `innbyggere over 67`, `engineers under 30 most
    // often recommend`, `lesere under 30 tenker på` (`users over 10,000` is a count, and so is a
    // number of people or members after it, or a rate: `corridor patients below 5 per day`).
    // (`staff at or above 25`: a level, said as no age is.)
    if let Some(s) = ends_at(S::Threshold, tokens, range_start)
        && s > 0
        && t.value <= 120.0
        && people(s - 1)
        // (`Keep open support tickets from canal users below 40`, `Bring open tickets from hauliers
        // below 15`: what is kept or brought below, a level.)
        && !(kept
            || matches!(tokens[0].lower.as_str(), "bring" | "get") && matches!(tokens[s].lower.as_str(), "below" | "under"))
        && ![S::Percent, S::TimeUnit, S::People, S::SizeNoun, S::Per].iter().any(|&u| all(u).starts(tokens, range_end))
        && !(tokens[s].is("at") && word_at(tokens, s + 1).is_some_and(|w| w.is("or") || w.is("most")))
        // (Nor a cap, which no age is said with: `Days sales outstanding for on-trade customers no
        // more than 35`.)
        && !matches!(tokens[s].lower.as_str(), "no" | "not" | "maks" | "maksimalt" | "høyst" | "høgst" | "ikke" | "ikkje")
    {
        return false;
    }
    // `båter mellom 20 og 35 fot`, `boats between 20 and 35 ft`, `restaurering av fartøy over 50
    // fot`: which things, by a range or a bound of sizes.
    // (Or longer than, a window elsewhere: `cruise ships longer than 250 metres`.)
    let longer = (range_start >= 2
        && matches!(tokens[range_start - 2].lower.as_str(), "longer" | "lengre" | "lenger")
        && matches!(tokens[range_start - 1].lower.as_str(), "than" | "enn"))
    .then(|| range_start - 2);
    if let Some(b) = ends_at(S::Threshold, tokens, range_start).or(longer)
        && b >= 2
        && matches!(
            tokens[b].lower.as_str(),
            "mellom" | "between" | "over" | "under" | "above" | "below" | "longer" | "lengre" | "lenger"
        )
        // (A length: `emissions below 30 kg`, `av klor under 50 kg` are levels of what is let out.)
        && word_at(tokens, range_end).is_some_and(|u| length_unit(&u.lower))
        && word_at(tokens, b - 1).is_some_and(|w| {
            plural_noun(&w.lower, 4)
                || !all(S::FunctionWord).is_word(&w.lower)
                    && matches!(tokens[b - 2].lower.as_str(), "av" | "for" | "of" | "med" | "with" | "til" | "to")
        })
        && !kept
        && !people(b - 1)
        && ![S::MetricNoun, S::GenericMetric, S::MoneyNoun, S::AmountNoun]
            .iter()
            .any(|&m| all(m).starts_or_ends_compound(tokens, b - 1))
    {
        return false;
    }
    // `Bli Norges største nettapotek med 500 000 kunder`: the size the team wants to reach, said of
    // itself (no preposition between `bli` and `med`), is a metric.
    let own_size = range_end - range_start == 1
        && range_start > 0
        // (`Bli et studio på 100 ansatte`, `Become a studio of 100 people`.)
        && matches!(tokens[range_start - 1].lower.as_str(), "med" | "with" | "på" | "of")
        && tokens.first().is_some_and(|t| become_verb(&t.lower, false))
        && !tokens[1..range_start - 1].iter().any(|t| {
            matches!(
                t.lower.as_str(),
                "for"
                    | "i"
                    | "in"
                    | "blant"
                    | "among"
                    | "of"
                    | "av"
                    | "til"
                    | "to"
                    | "hos"
                    | "på"
                    | "from"
                    | "fra"
                    | "frå"
            )
        });
    // `bakery items priced under NOK 30`, `goods stored at 0–4 °C`, `frysevarer lagret ved −18 °C`,
    // `varer som koster under 30 kr`: which things, by how they are kept or priced (not `Keep the
    // goods stored at 0–4 °C`, `Varene er lagret ved …`: there it is the state to keep or reach).
    let mut lead = range_start;
    if lead > 0 && (currency_at(tokens, lead - 1) || is_symbol(tokens.get(lead - 1), &["−", "-"])) {
        lead -= 1;
    }
    let past_threshold = ends_at(S::Threshold, tokens, lead).unwrap_or(lead);
    if let Some(d) = [lead, past_threshold].into_iter().find_map(|end| ends_at(S::Described, tokens, end))
        && word_at(tokens, d.wrapping_sub(1))
            .is_some_and(|w| !become_verb(&w.lower, true) && !matches!(w.lower.as_str(), "was" | "were" | "been" | "var"))
        && !kept
        // (`En skyplattform som koster NOK 2 mill. mindre i året`: how much less, the change.)
        && !(range_end..(range_end + 3).min(tokens.len())).any(|k| all(S::Comparative).starts(tokens, k))
    {
        return false;
    }
    // `payments above €10k`, `prosjekter over 5 MNOK`: which things, by what each is worth (not
    // `costs below NOK 2m`, a level of money).
    let metric_at = |k: usize| {
        [S::MoneyNoun, S::MetricNoun, S::GenericMetric].iter().any(|&s| all(s).starts_or_ends_compound(tokens, k))
    };
    // (`chargeback-saker på over 5 000 kr`, `reiseforsikringskrav på under 10 000 kr`: after `på`,
    // any bound is what each is worth.)
    let each = |b: usize| {
        b >= 2
            && matches!(tokens[b].lower.as_str(), "over" | "above" | "under" | "below")
            && matches!(tokens[b - 1].lower.as_str(), "på" | "of")
            && tokens[b - 2].is_word()
            && !metric_at(b - 2)
    };
    if let Some(b) = ends_at(S::Threshold, tokens, lead)
        && b > 0
        && money_at(tokens, lead, lang)
        // (A bound below is where a sum is to go: `overdue invoices below NOK 500k`.)
        && (each(b)
            || matches!(tokens[b].lower.as_str(), "over" | "above")
                // (`på oppdrag over 500 000 kr`, `ved innkjøp over NOK 100 000`: a plural without an
                // ending, after a preposition.)
                && (plural_noun(&tokens[b - 1].lower, 4)
                    || b >= 2
                        && word_at(tokens, b - 1).is_some_and(|w| !w.lower.ends_with("en") && !w.lower.ends_with("et"))
                        && matches!(tokens[b - 2].lower.as_str(), "på" | "for" | "on" | "ved" | "av" | "of")))
        && !metric_at(b - 1)
    {
        return false;
    }
    // `the share of flights delayed more than 15 minutes`, `fly forsinket mer enn 15 minutter`,
    // `municipalities located more than 100 km from …`: which things, by a participle and a
    // bound (`Delayed more than 15 minutes: under 5 %` still has its level).
    if let Some(b) = ends_at(S::Threshold, tokens, range_start)
        && b >= 2
        && (all(S::TimeUnit).starts(tokens, range_end) || all(S::UnitSymbol).starts(tokens, range_end))
        && word_at(tokens, b - 1).is_some_and(|w| {
            w.lower.ends_with("ed") && !w.lower.ends_with("eed") && w.lower.chars().count() >= 6
                || matches!(w.lower.as_str(), "forsinket" | "forsinka" | "forseinka")
        })
        // (Or a mass, inside a share: `the share of salmon harvested above 5 kg`.)
        && word_at(tokens, b - 2).is_some_and(|w| plural_noun(&w.lower, 4) || all(S::Share).any(&tokens[..b - 2]))
        // (Not a time each one is done within, with no share nor change to count them by: `Get
        // empty stations refilled within 20 minutes at peak hours`.)
        && !(matches!(tokens[b].lower.as_str(), "within" | "innen" | "innan" | "innenfor" | "innanfor")
            && ![S::Share, S::Increase, S::Decrease, S::Comparative].iter().any(|&s| all(s).any(tokens))
            && !tokens.iter().any(|t| more_or_fewer(&t.lower)))
    {
        return false;
    }
    // (`residents exposed to road noise above 55 dB`, `bustader utsette for støy over 55 dB`: who,
    // by what they are exposed to.)
    if let Some(b) = ends_at(S::Threshold, tokens, range_start)
        && b >= 4
        && word_at(tokens, range_end).is_some()
        && (b.saturating_sub(4)..b - 1).any(|p| {
            let w = &tokens[p].lower;
            ["expos", "utsett", "utsatt"].iter().any(|e| w.starts_with(e))
                && matches!(tokens[p + 1].lower.as_str(), "to" | "for")
                && p >= 1
                && (people(p - 1) || plural_noun(&tokens[p - 1].lower, 4))
                && tokens[p + 2..b].iter().all(Token::is_word)
        })
    {
        return false;
    }
    // `hastegrad 1-oppdrag med responstid lengre enn 15 minutter`, `calls with wait times over 10
    // minutes`, `bedriftskunder med omsetning over 5 MNOK`: which things, by what they have
    // (`Redusere svartiden med mer enn 15 minutter` is by how much).
    // (An average time measured has the bound as its level: `Gjennomsnittlig forsinkelse for
    // utrykningskjøretøy i kryss med signalprioritering under 8 sekunder`.)
    let average_time =
        tokens.first().is_some_and(|t| average_word(&t.lower)) && all(S::TimeUnit).starts(tokens, range_end);
    if let Some(b) = ends_at(S::Threshold, tokens, range_start)
        && b >= 3
        && !average_time
        && (all(S::TimeUnit).starts(tokens, range_end)
            || money_at(tokens, range_start, lang)
            || all(S::UnitSymbol).starts(tokens, range_end))
        && (b.saturating_sub(3).max(1)..b - 1).any(|k| {
            matches!(tokens[k].lower.as_str(), "med" | "with")
                && tokens[k - 1].is_word()
                // (A sum says which things only after a plural: `Et vegnett med etterslep under 2
                // milliarder` is the level.)
                && (all(S::TimeUnit).starts(tokens, range_end) || plural_noun(&tokens[k - 1].lower, 4))
                // (Not a cut to a level: `Redusere ventetida … i møte med Nav til under fem
                // arbeidsdagar`; `access to at least 100 Mbit/s` is what they have.)
                && !(matches!(tokens[b - 1].lower.as_str(), "til" | "to") && all(S::Decrease).starts(tokens, 0))
                // (A speed or a size, after people: `households with access to at least 100 Mbit/s`.)
                && (!all(S::UnitSymbol).starts(tokens, range_end) || people(k - 1))
                && tokens[k + 1..b].iter().all(Token::is_word)
                // (Not past the main clause's verb: `tid … til første samtale med NAV er maks 5
                // virkedager`.)
                && !all(S::StateVerb).any(&tokens[k + 1..b])
        })
    {
        return false;
    }
    // `Redusere andelen nyfødte med Apgar-skår under 7`: which ones a share counts, by their score.
    if let Some(b) = ends_at(S::Threshold, tokens, range_start)
        && b >= 3
        && word_at(tokens, b - 1).is_some_and(|w| ["skår", "score", "scores"].iter().any(|s| w.lower.ends_with(s)))
        && (1..b - 1).any(|k| matches!(tokens[k].lower.as_str(), "med" | "with") && all(S::Share).any(&tokens[..k]))
        && !all(S::Percent).starts(tokens, range_end)
    {
        return false;
    }
    // `pasienter med minst seks gjennomførte timer`, `customers with at least 3 orders`: which
    // people, by what they have (`Øke antallet kunder med minst 500` is by how much).
    if let Some(b) = ends_at(S::Threshold, tokens, range_start)
        && b >= 2
        && matches!(tokens[b - 1].lower.as_str(), "med" | "with")
        && people(b - 2)
        && (range_end..(range_end + 2).min(tokens.len())).any(|k| {
            word_at(tokens, k).is_some_and(|w| {
                plural_noun(&w.lower, 4)
                    && !all(S::Percent).starts(tokens, k)
                    && !all(S::FunctionWord).is_word(&w.lower)
            })
        })
    {
        return false;
    }
    // `key accounts running more than 50 machines`, `customers spending over NOK 5,000`: which
    // things, by what they do (a share is still a level: `servers running below 70%`).
    if let Some(b) = ends_at(S::Threshold, tokens, lead)
        && b >= 2
        // (Not a sum: `grants totalling at least NOK 25 million`; nor a metric's name: `Days sales
        // outstanding at or below 38 days`.)
        && word_at(tokens, b - 1).is_some_and(|w| {
            w.lower.ends_with("ing")
                && w.lower.chars().count() >= 6
                && !["total", "amount", "summ", "outstand"].iter().any(|t| w.lower.starts_with(t))
        })
        && word_at(tokens, b - 2).is_some_and(|w| plural_noun(&w.lower, 4) || people(b - 2))
        && !all(S::Percent).starts(tokens, range_end)
        // (What is kept below a bound is its level: `Keep supply-teacher spending at or below £42k`.)
        && !kept
    {
        return false;
    }
    // `callers who wait more than 10 minutes`, `saker som har ligget lenger enn 30 dager`: a bound
    // inside a relative clause says which ones are counted, not a level.
    // (Or a sum people give: `monthly donors who give more than NOK 500`, not what things bring:
    // `partnerships that bring in at least €450k`.)
    let time = all(S::TimeUnit).starts(tokens, range_end);
    // (Past `the nominal`: `who complete within the nominal four years`.)
    let mut bounded = lead;
    while bounded >= 1
        && word_at(tokens, bounded - 1).is_some_and(|w| {
            matches!(w.lower.as_str(), "the" | "nominal" | "normal" | "normert" | "normerte" | "prescribed")
        })
    {
        bounded -= 1;
    }
    if let Some(b) = ends_at(S::Threshold, tokens, bounded)
        && (time || money_at(tokens, lead, lang))
        && (b.saturating_sub(3)..b).any(|k| {
            // (Not a purpose, `so that DSO drops below 38 days`, nor English `at`, a place.)
            matches!(tokens[k].lower.as_str(), "who" | "which" | "that" | "som" | "der")
                && (time || k > 0 && people(k - 1))
                && !(k > 0 && matches!(tokens[k - 1].lower.as_str(), "so" | "such" | "slik" | "så"))
        })
    {
        return false;
    }
    // Size scopes without a comparison: `firms with 50–250 employees`, `med 10–50 ansatte`, `firms
    // of 200+ employees`, `i segmentet 10–50 ansatte` (a range of sizes is which firms).
    // Not after a verb of state: `Klassestørrelsen ligger på 25 elever` is a level.
    let state_verb = |j: usize| all(S::StateVerb).at(tokens, j).is_some_and(|m| m.end == j + 1);
    // (`Øke bemanningen med 12 årsverk`: one number after a change verb is by how much.)
    // (Not after a bare `more`: `Flere solgte billetter i salen med 1 200 plasser`.)
    let increment = range_end - range_start == 1
        && range_start > 0
        && matches!(tokens[range_start - 1].lower.as_str(), "med" | "by")
        && !more_or_fewer(&tokens[0].lower)
        && [S::Increase, S::Decrease, S::HardVague].iter().any(|&s| all(s).starts(tokens, 0));
    if all(S::SizeNoun).starts(tokens, range_end + plus)
        && !own_size
        && !increment
        && range_start > 0
        && word_at(tokens, range_start - 1).is_some_and(|w| {
            matches!(w.lower.as_str(), "with" | "of" | "med" | "på" | "having" | "har")
                || range_end - range_start == 3
                    && !matches!(w.lower.as_str(), "to" | "til" | "between" | "mellom" | "from" | "fra" | "frå")
        })
        && !(range_start >= 2 && state_verb(range_start - 2))
        // (Nor after growth: `Netto medlemsvekst på 300 medlemmer` is by how many.)
        && !(range_start >= 2
            && ["vekst", "økning", "auke", "growth", "gain", "nedgang", "reduksjon", "decline"]
                .iter()
                .any(|g| tokens[range_start - 2].lower.ends_with(g)))
    {
        return false;
    }
    // `enterprise deals (500+ seats)`, `store kunder (over 200 ansatte)`, `enterprise (> 500 FTE)`:
    // which ones, in brackets after what they qualify.
    let mut open = ends_at(S::Threshold, tokens, range_start).unwrap_or(range_start);
    if open > 0 && is_symbol(tokens.get(open - 1), &[">", "<", "≥", "≤", "~"]) {
        open -= 1;
    }
    if open >= 2
        && is_symbol(tokens.get(open - 1), &["("])
        && tokens[open - 2].is_word()
        // (Or a size in a unit: `store surdeigsbrød (over 800 g)`.)
        && (all(S::SizeNoun).at(tokens, range_end + plus).or_else(|| all(S::UnitSymbol).at(tokens, range_end)))
            .is_some_and(|m| is_symbol(tokens.get(m.end), &[")"]))
    {
        return false;
    }
    // Whether the next symbol from `k` on closes a bracket.
    let closes_bracket =
        |k: usize| (k..tokens.len()).find(|&j| tokens[j].kind == Kind::Symbol).is_some_and(|j| tokens[j].is(")"));
    // `churn-modellen v2.1 (treningssett på 40 millioner rader)`: what a thing is, described in
    // brackets.
    if range_start >= 3
        && matches!(tokens[range_start - 1].lower.as_str(), "på" | "of" | "with" | "med")
        && tokens[range_start - 2].is_word()
        && is_symbol(tokens.get(range_start - 3), &["("])
        && closes_bracket(range_end)
    {
        return false;
    }
    // `our Budget plan (NOK 69 per meal)`: what a thing costs, in brackets after it.
    if lead >= 2
        && is_symbol(tokens.get(lead - 1), &["("])
        && tokens[lead - 2].is_word()
        && money_at(tokens, lead, lang)
        && all(S::Per).starts(tokens, range_end)
        && closes_bracket(range_end)
    {
        return false;
    }
    // `on 300 g/m² board`, `papir i 80 og 100 g/m²`, `Our 300 g/m² board range`: which things, by a
    // size in a unit (`30 tonnes of used gear` is how much).
    let mut unit_end = range_end + 1;
    if is_symbol(tokens.get(unit_end), &["/"]) && word_at(tokens, unit_end + 1).is_some() {
        unit_end += 2;
    }
    if is_symbol(tokens.get(unit_end), &["²", "³"]) {
        unit_end += 1;
    }
    // (Or after `more`: `Sell more 12 m kites`, which kites, by their size.)
    if range_start > 0
        && matches!(
            tokens[range_start - 1].lower.as_str(),
            "on" | "in" | "i" | "på" | "our" | "vår" | "våre" | "more" | "fewer" | "flere" | "fleire" | "færre"
        )
        && all(S::UnitSymbol).starts(tokens, range_end)
        && word_at(tokens, range_end).is_some_and(|u| !u.hyphen_before)
        // (A thing after the unit, or two sizes listed: `slaktevekt på 5,2 kg` is a level.)
        && (word_at(tokens, unit_end).is_some_and(|w| !w.is("of") && !w.is("av"))
            || range_end - range_start == 3 && matches!(tokens[range_start + 1].lower.as_str(), "og" | "and"))
    {
        return false;
    }
    // `groups of 25–30 pupils`, `grupper på 10–12 elever`: which groups, by their size (`klasser på
    // maks 25 elever` is a level).
    if range_start >= 2
        && matches!(tokens[range_start - 1].lower.as_str(), "of" | "på")
        && matches!(
            tokens[range_start - 2].lower.as_str(),
            "group" | "groups" | "class" | "classes" | "gruppe" | "grupper" | "klasser" | "klassar"
        )
        && (people(range_end) || word_at(tokens, range_end).is_some_and(|w| plural_noun(&w.lower, 4)))
    {
        return false;
    }
    // `runs of more than 10,000 sheets`, `short runs under 500 copies`: after a direction or a
    // soft verb, things by how many they hold (`Keep stock under 500 units`, `Try to bring the
    // backlog below 150 cases` are levels).
    if let Some(s) = ends_at(S::Threshold, tokens, range_start)
        && s >= 2
        && [S::Increase, S::Decrease, S::Comparative, S::SoftVague].iter().any(|&v| all(v).starts(tokens, 0))
        // (Not a Norwegian passive: `kredittap holdes under 20 basispunkter`.)
        && (plural_noun(&tokens[s - 1].lower, 4) && !(tokens[s - 1].lower.ends_with("es") && lang != Lang::En)
            || matches!(tokens[s - 1].lower.as_str(), "of" | "with") && plural_noun(&tokens[s - 2].lower, 4))
        // (`Reduce emissions below 30 tonnes`: an amount let out, and its level.)
        && !all(S::AmountNoun).starts_or_ends_compound(tokens, s - 1)
        // (Nor a verb in a clause of its own: `… so each tuner makes at least six visits per day`,
        // `… so the snowmobile fleet averages at most 28 litres`.)
        && !(s.saturating_sub(6)..s - 1)
            .any(|k| matches!(tokens[k].lower.as_str(), "each" | "every" | "hver" | "kvar" | "so" | "slik"))
        && word_at(tokens, range_end).is_some_and(|w| {
            plural_noun(&w.lower, 4)
                && ![S::TimeUnit, S::Percent, S::Per].iter().any(|&u| all(u).starts(tokens, range_end))
        })
    {
        return false;
    }
    // `kommuner over 10 000 innbyggere`, `firms over 200 employees`, `firms of more than 200
    // staff`: a size after a plural noun (`på mellom 14 og 15 elever per lærer` is a ratio, a level).
    let ratio = all(S::SizeNoun).at(tokens, range_end).is_some_and(|m| all(S::Per).starts(tokens, m.end));
    if let Some(s) = ends_at(S::Threshold, tokens, range_start)
        && s > 0
        && !ratio
        && all(S::SizeNoun).starts(tokens, range_end)
        && !state_verb(s - 1)
        && word_at(tokens, s - 1).is_some_and(|w| {
            let l = w.lower.as_str();
            matches!(l, "of" | "på" | "with" | "med")
                // (`TVs above 65 inches`, `TV-er over 65 tommer`: a short name, plural, or an
                // abbreviation with its Norwegian ending.)
                || (plural_noun(l, 5)
                    || plural_noun(l, 3) && !all(S::FunctionWord).is_word(l)
                    || w.capitalised && w.end - w.start > l.len())
                    && all(S::Increase).at(tokens, s - 1).is_none()
                    && all(S::Decrease).at(tokens, s - 1).is_none()
        })
    {
        return false;
    }
    // `win rate on deals above $50k`, `andelen av ordrer over 500 kr`, `customers with annual
    // contracts above NOK 1 mill.`: which ones are counted.
    let currency = |j: usize| currency_at(tokens, j);
    let amount_start = if range_start > 0 && currency(range_start - 1) { range_start - 1 } else { range_start };
    let preposition = |j: usize| {
        word_at(tokens, j).is_some_and(|w| {
            matches!(
                w.lower.as_str(),
                "on" | "for" | "from" | "of" | "among" | "with" | "på" | "fra" | "av" | "blant" | "med"
            )
        })
    };
    // (`Nedskrivninger på sesongvarer under 3 MNOK`: an amount of money measured is its level;
    // so past a modifier, `Keep spare-parts spend for infusion pumps at or below NOK 1.2 million`.)
    // (Only for a sum in a currency: `Grow legacy income from supporters over 60` is their age.)
    let money = |s: usize| {
        let end = if amount_start < range_start { (s - 1).clamp(2, 5) } else { 2 };
        (0..end).any(|j| all(S::MoneyNoun).starts_or_ends_compound(tokens, j))
    };
    if let Some(s) = ends_at(S::Threshold, tokens, amount_start)
        && s >= 2
        && !money(s)
        && word_at(tokens, s - 1).is_some_and(|w| plural_noun(&w.lower, 4))
        // Before an amount, one adjective may come between (`annual contracts`; not `getting eNPS
        // above 30`, `support tickets at or above 4.6`).
        && (preposition(s - 2)
            || s >= 3
                && amount_start < range_start
                && !tokens[s - 1].capitalised
                && word_at(tokens, s - 2).is_some_and(|w| !w.lower.ends_with("ing"))
                && preposition(s - 3))
        && !all(S::TimeUnit).starts(tokens, range_end)
    {
        return false;
    }
    // `storkunder med årsforbruk over 100 000 kWh`, `households with income below $40k`: the
    // things counted have a property over a level.
    if let Some(s) = ends_at(S::Threshold, tokens, amount_start)
        && s >= 3
        && word_at(tokens, s - 1).is_some_and(|w| !w.capitalised && !w.lower.ends_with("ing"))
        && word_at(tokens, s - 2).is_some_and(|w| matches!(w.lower.as_str(), "med" | "with"))
        && word_at(tokens, s - 3).is_some_and(|w| plural_noun(&w.lower, 4))
        && !all(S::TimeUnit).starts(tokens, range_end)
    {
        return false;
    }
    // `i dei 4 dotterselskapa`, `across the group's 7 legal entities`, `in all 12 offices`: which
    // ones, after a preposition and a determiner; so in a key result `for de 200 sesongansatte`
    // (an objective's `for all 12 entities` still counts them).
    let possessive =
        i >= 3 && word_at(tokens, i - 1).is_some_and(|d| d.lower.ends_with("'s")) && tokens[i - 2].is("the");
    let determiner = possessive
        || i >= 1
            && word_at(tokens, i - 1).is_some_and(|d| {
                matches!(
                    d.lower.as_str(),
                    "the" | "our" | "their" | "its" | "all" | "de" | "dei" | "våre" | "sine" | "alle"
                )
            });
    let before = if possessive { i.saturating_sub(3) } else { i.saturating_sub(2) };
    if i >= 2
        && determiner
        && word_at(tokens, before).is_some_and(|p| {
            matches!(
                p.lower.as_str(),
                "i" | "in" | "på" | "on" | "across" | "hos" | "within" | "innen" | "innan" | "gjennom" | "through"
            ) || matches!(p.lower.as_str(), "blant" | "among" | "over") && !word_at(tokens, i + 1).is_some_and(|w| superlative(&w.lower))
                || p.is("for") && mode == Mode::KeyResult
                // (Norwegian `at` is "that": `slik at alle 40 stillingane er fylte` is the target.)
                || p.is("at") && lang == Lang::En
        })
        && !all(S::Percent).starts(tokens, range_end)
        && !all(S::TimeUnit).starts(tokens, range_end)
        // (An objective's `på de fem største kommunene` picks a count, as above.)
        && !(mode == Mode::Objective && word_at(tokens, i + 1).is_some_and(|w| superlative(&w.lower)))
    {
        return false;
    }
    // `etter prøveperioden på 30 dager`, `the trial period of 30 days`: how long a period is,
    // which names it.
    if i >= 2
        && prev.is_some_and(|p| p.is("på") || p.is("of"))
        && ["perioden", "perioda", "period", "prøvetida", "prøvetiden"].iter().any(|e| tokens[i - 2].lower.ends_with(e))
        && all(S::TimeUnit).starts(tokens, i + 1)
    {
        return false;
    }
    // Normalisers: `per 1 000 ordre`, `per £1,000 raised`.
    let before_currency = if i > 0 && currency(i - 1) { i - 1 } else { i };
    if ends_at(S::Per, tokens, i).is_some() || ends_at(S::Per, tokens, before_currency).is_some() {
        return false;
    }
    // `customers who filed more than 3 tickets`, `kunder som handler mer enn 3 ganger`, `cargo
    // owners shipping more than 500 TEU`, `vareeiere som sender mer enn 500 TEU`: which people,
    // said by what they do.
    if let Some(s) = ends_at(S::Threshold, tokens, i)
        && s >= 2
        && tokens[s - 1].is_word()
        && (s >= 3 && matches!(tokens[s - 2].lower.as_str(), "who" | "som" | "that") && people(s - 3)
            || tokens[s - 1].lower.ends_with("ing") && tokens[s - 1].lower.len() > 5 && people(s - 2))
    {
        return false;
    }
    // `Folk med lett hørselstap under 40 dB`, `people with hearing loss above 35 dB`: which
    // people, said by what they have.
    if let Some(s) = ends_at(S::Threshold, tokens, i)
        && !matches!(tokens[s].lower.as_str(), "at" | "minst" | "minimum")
        && let Some(with) =
            (s.saturating_sub(3)..s.saturating_sub(1)).find(|&k| tokens[k].is("med") || tokens[k].is("with"))
        && with >= 1
        && people(with - 1)
        && tokens[with + 1..s].iter().all(Token::is_word)
    {
        return false;
    }
    // (`players who set a weekly deposit limit below NOK 1,000`: further into the clause, the
    // same, when nothing there changes.)
    let described_people = t.kind == Kind::Number
        && (1..i.saturating_sub(1)).rev().take(8).any(|k| {
            matches!(tokens[k].lower.as_str(), "who" | "som")
                && all(S::People).starts_or_ends_compound(tokens, k - 1)
                && (k + 1..i).all(|j| {
                    let w = &tokens[j];
                    w.is_word()
                        && !matches!(
                            w.lower.as_str(),
                            "til" | "to" | "fra" | "frå" | "from" | "by" | "med" | "av" | "of"
                        )
                        || currency_at(tokens, j)
                })
        });
    if described_people {
        return false;
    }
    // Size scopes: `kunder med mer enn 50 ansatte`, `firms with more than 200 staff`, `firms
    // having over 50 employees` (but `Alle barn har minst to tilbud` is the target).
    // (`presence at ONS 2026 with at least 250 booth visits`: after a number, the target.)
    if let Some(s) = ends_at(S::Threshold, tokens, i)
        && s > 0
        && all(S::Scope).starts(tokens, s - 1)
        // (`with at least 20 design partners`: a floor is what the work is to reach.)
        && (matches!(tokens[s - 1].lower.as_str(), "med" | "with")
            && !matches!(tokens[s].lower.as_str(), "at" | "minst" | "minimum")
            || all(S::SizeNoun).starts(tokens, range_end))
        && !(s >= 2 && tokens[s - 2].kind == Kind::Number)
        // `with at least 12 of them running a campaign`: a share, counted.
        && !word_at(tokens, range_end).is_some_and(|w| matches!(w.lower.as_str(), "of" | "av"))
        // `Signere avtale med minst tre nye sponsorar`: the other parties, counted.
        && !all(S::Sign).any(&tokens[..s])
    {
        return false;
    }
    // `Fleire deltakarar i arbeid 12 månader etter programmet`, `Fewer readmissions 30 days after
    // discharge`: a direction, measured a time after something.
    if all(S::Comparative).starts(tokens, 0)
        && all(S::TimeUnit)
            .at(tokens, range_end)
            .is_some_and(|u| word_at(tokens, u.end).is_some_and(|w| matches!(w.lower.as_str(), "etter" | "after")))
    {
        return false;
    }
    // `Gjenkjøpsrate (90 dager)`, `retention (30 days)`: the window a metric is measured over.
    if range_start > 0
        && is_symbol(tokens.get(range_start - 1), &["("])
        && all(S::TimeUnit).at(tokens, range_end).is_some_and(|u| is_symbol(tokens.get(u.end), &[")"]))
    {
        return false;
    }
    // `i de første 60 studiepoengene`, `in the first 10 orders`: the first things a measure is taken
    // over, whatever they are (`Få de første 100 kundene` is the target); or the last (`in the final
    // 48 hours before a sale`), or of them (`i løpet av dei første 500 flytimane`).
    let word = |k: usize| tokens[k].lower.as_str();
    if range_start >= 3
        && matches!(word(range_start - 1), "første" | "fyrste" | "first" | "final" | "last" | "siste")
        && matches!(word(range_start - 2), "de" | "dei" | "the" | "their" | "its" | "sine")
        && matches!(
            word(range_start - 3),
            "i" | "in" | "during" | "over" | "across" | "på" | "on" | "for" | "av" | "of"
        )
    {
        return false;
    }
    // Metric windows and deadlines: `de første 60 dagene`, `within 30 days`, `eldre enn 7 dager`
    // (but `in the 48 to 72 hour range` is the level to keep).
    let level_range = all(S::TimeUnit)
        .at(tokens, range_end)
        .is_some_and(|u| word_at(tokens, u.end).is_some_and(|w| matches!(w.lower.as_str(), "range" | "band")));
    if all(S::TimeUnit).starts(tokens, range_end) && !level_range {
        let mut k = range_start;
        // Skip a determiner: `in their first 90 days`, `de første`.
        // (`køen er aldri lengre enn 10 minutter`, `never longer than`: a bound kept, not which
        // ones are counted.)
        let never = |w: usize| {
            // (`no longer than 8 minutes`, `ikke lenger enn`: a bound, like never.)
            let before = |k: usize| {
                w >= k && matches!(tokens[w - k].lower.as_str(), "aldri" | "never" | "no" | "not" | "ikke" | "ikkje")
            };
            before(1) || before(2) && matches!(tokens[w - 1].lower.as_str(), "er" | "is" | "være" | "vere" | "be")
        };
        // `bookings made more than 14 days ahead`: which ones, by how early they were made.
        let ahead = word_at(tokens, range_end + 1).is_some_and(|w| {
            matches!(w.lower.as_str(), "ahead" | "early" | "forveien" | "forhånd" | "førehand")
                || w.is("in") && word_at(tokens, range_end + 2).is_some_and(|a| a.is("advance"))
                || matches!(w.lower.as_str(), "i" | "på")
                    && word_at(tokens, range_end + 2)
                        .is_some_and(|a| matches!(a.lower.as_str(), "forveien" | "forhånd" | "førehand"))
        });
        if ahead
            && let Some(s) = ends_at(S::Threshold, tokens, k)
            && s > 0
            && matches!(
                tokens[s - 1].lower.as_str(),
                "made" | "booked" | "placed" | "ordered" | "bestilt" | "booket" | "bestilte" | "gjort" | "tinga"
            )
        {
            return false;
        }
        if let Some(start) = ends_at(S::Window, tokens, k).filter(|&w| !never(w)) {
            let deadline = all(S::Deadline).at(tokens, start).is_some_and(|m| m.end == k);
            // An objective's `svar innen 4 timer`, `decided within 8 weeks` is how fast, a KPI;
            // `innen tre år` is when, a deadline.
            let how_fast = mode == Mode::Objective
                && !["år", "year", "måned", "månad", "month", "kvartal", "quarter", "halvår"]
                    .iter()
                    .any(|u| tokens[range_end].lower.starts_with(u));
            return deadline && (how_fast || has_service_quantifier(tokens) || one_run_timed(tokens, range_end, mode));
        }
        while k > 0
            && tokens[k - 1].is_word()
            && matches!(tokens[k - 1].lower.as_str(), "the" | "their" | "its" | "de" | "dei" | "sine" | "the first")
        {
            k -= 1;
        }
        if ends_at(S::Window, tokens, k).is_some_and(|w| !never(w)) {
            return false;
        }
    }
    true
}

/// `Page loads within 2 seconds`, `… so it finishes within 90 minutes`: how long one thing takes,
/// in seconds, minutes or hours (the unit at `unit`), a level to keep. Not a count's definition
/// (`Increase the share of calls answered within 60 seconds`, `Fewer tickets open within 4
/// hours`), and not a deadline in days or months.
fn one_run_timed(tokens: &[Token], unit: usize, mode: Mode) -> bool {
    let change = |s: S| {
        (0..tokens.len()).any(|k| {
            all(s)
                .at(tokens, k)
                .is_some_and(|_| !["improv", "forbedr", "forbetr"].iter().any(|w| tokens[k].lower.starts_with(w)))
        })
    };
    mode == Mode::KeyResult
        && ["ms", "milli", "sec", "sekund", "min", "hour", "time"].iter().any(|u| tokens[unit].lower.starts_with(u))
        && ![S::Share, S::CountHead, S::Comparative].iter().any(|&s| all(s).any(tokens))
        && !change(S::Increase)
        && !change(S::Decrease)
}

/// The first target in the text: a number that is a quantity, a multiplier, a fraction, or (in a
/// key result) a zero quantifier. `None` when the text states no level to reach.
pub fn find_target(tokens: &[Token], lang: Lang, mode: Mode) -> Option<Match> {
    for i in 0..tokens.len() {
        let t = &tokens[i];
        // `Fjordappen 3.0`, `the 2.0 shoe`: in an objective, a version (`4,0 i snitt` is a level).
        // In a key result only after a name (`Sparemål 2.0 er lansert`, `release av Min side 2.0`)
        // or before a release (`the 2.0 release`): `Snittkarakter 4.0 av 5` is a level.
        // (`Tenant portal 2.0 goes live`: the first word capitalised only as the title's first, so
        // it names the thing only where a milestone state follows; `Nå snitt 4.0` is a level.)
        let name_before = |j: usize| {
            // (`(leiarprogram 2.0)`: a name in brackets.)
            let bracketed = j > 0 && is_symbol(tokens.get(j - 1), &["("]) && is_symbol(tokens.get(i + 1), &[")"]);
            let metric = all(S::MetricNoun).starts_or_ends_compound(tokens, j);
            let named = j > 0 && tokens[j - 1].capitalised && tokens[j - 1].is_word();
            tokens[j].is_word()
                && !metric
                && (tokens[j].capitalised
                    || bracketed
                    || named && (j > 1 || (i + 1..tokens.len()).any(|k| all(S::MilestoneState).starts(tokens, k))))
        };
        // (Only numbers can be versions: the words around are looked at for them alone.)
        let number = t.kind == Kind::Number;
        let released = number
            && word_at(tokens, i + 1).is_some_and(|w| {
                matches!(w.lower.as_str(), "release" | "lansering" | "versjon" | "version" | "patch")
                    || w.lower.starts_with("upgrade")
                    || w.lower.starts_with("oppgradering")
            });
        // `Kubernetes 1.30 upgrade`, `upgraded to 1.30`: any dotted number before an upgrade or a
        // release, or after an upgrade to, names a version.
        let upgraded_to = number
            && i >= 2
            && matches!(tokens[i - 1].lower.as_str(), "to" | "til")
            && ["upgrad", "oppgrader"].iter().any(|u| tokens[i - 2].lower.starts_with(u))
            // (Or right after an update named: `etter fastvareoppdatering 4.2`.)
            || number
                && i >= 1
                && ["oppdatering", "update", "upgrade", "oppgradering"].iter().any(|u| tokens[i - 1].lower.ends_with(u));
        let dotted = t.kind == Kind::Number
            && t.lower.split_once('.').is_some_and(|(_, f)| (1..=2).contains(&f.len()))
            && (released || upgraded_to);
        let version = t.kind == Kind::Number
            && (t.lower.ends_with(".0") && t.value < 20.0 || dotted)
            && !all(S::Percent).starts(tokens, i + 1)
            // `engagement above 8.0`: a level.
            && ends_at(S::Threshold, tokens, i).is_none()
            && (mode == Mode::Objective
                || (i > 0 && name_before(i - 1) || released || upgraded_to)
                    && !word_at(tokens, i + 1).is_some_and(|w| {
                        matches!(
                            w.lower.as_str(),
                            "av" | "of" | "out" | "eller" | "or" | "stjerner" | "stars" | "poeng" | "points"
                        )
                    }));
        if version {
            continue;
        }
        if quantity_at(tokens, i, lang).is_some() && number_is_target(tokens, i, lang, mode) {
            return Some(Match { start: i, end: i + 1 });
        }
        // `3x`, `x2`: a multiplier.
        let times = t.kind == Kind::Ident
            && !t.capitalised
            && t.lower.strip_prefix('x').is_some_and(|n| n.len() <= 2 && n.chars().all(|c| c.is_ascii_digit()));
        if t.kind == Kind::Number && t.suffix == "x" || times {
            return Some(Match { start: i, end: i + 1 });
        }
        // `½`, `⅔`: the fraction signs, and the words (`halvparten`, `two thirds`).
        // (`hver tredje uke`, `every third week`: how often, not a share.)
        if let Some(m) = all(S::Fraction).at(tokens, i)
            && !all(S::TimeUnit).starts(tokens, m.end)
        {
            return Some(m);
        }
        if !t.is_word() {
            continue;
        }
        // Not `double-digit growth`, nor the idiom `double down on`, nor an adjective after an
        // article: `a double materiality assessment`.
        // (Nor an adjective before things: `henvendelser om doble bookinger`.)
        // (After a preposition only: `Try to double bookings`, `å halvere turnover` are verbs.)
        let before_things = i > 0
            && !t.lower.ends_with("ing")
            && matches!(
                tokens[i - 1].lower.as_str(),
                "om" | "av" | "for" | "med" | "på" | "of" | "about" | "with" | "on"
                // (`Fewer double bookings`: which ones are counted.)
                    | "fewer" | "more" | "færre" | "flere" | "færri" | "fleire"
            )
            && word_at(tokens, i + 1).is_some_and(|n| {
                plural_noun(&n.lower, 5) && !["ene", "ane", "erne"].iter().any(|e| n.lower.ends_with(e))
            })
            // (`find doubles partners`: the game of doubles, before whom it is played with.)
            || t.is("doubles") && all(S::People).starts(tokens, i + 1);
        if let Some(m) = all(S::Multiplier).at(tokens, i)
            && !before_things
            && !tokens.get(m.end).is_some_and(|n| n.hyphen_before || n.is("down"))
            && !(i > 0 && indefinite_article(&tokens[i - 1].lower))
        {
            return Some(m);
        }
        // `Every new hire has a buddy within their first week`: all of them, within a time (not
        // `glede seg til neste dag`, looking forward to it).
        // In an objective that is a promise without a number (`svar same dag, kvar gong`).
        if mode == Mode::KeyResult
            && let Some(m) = all(S::Deadline).at(tokens, i)
            && has_service_quantifier(tokens)
            && !(i > 0 && matches!(tokens[i - 1].lower.as_str(), "til" | "to"))
        {
            let mut k = m.end;
            while word_at(tokens, k).is_some_and(|w| {
                matches!(
                    w.lower.as_str(),
                    "the" | "their" | "its" | "first" | "første" | "one" | "ett" | "a" | "an" | "ein" | "eitt" | "en"
                )
            }) {
                k += 1;
            }
            if all(S::TimeUnit).starts(tokens, k) {
                return Some(Match { start: i, end: k + 1 });
            }
            // `same dag`, `the next day`.
            if (m.start..m.end).any(|j| all(S::TimeUnit).starts(tokens, j)) {
                return Some(m);
            }
        }
        // `down to zero`, `ned til null`: a level (`to zero-trust access` is a compound).
        if matches!(t.lower.as_str(), "zero" | "null")
            && i > 0
            && matches!(tokens[i - 1].lower.as_str(), "to" | "til" | "at" | "på")
            && !tokens.get(i + 1).is_some_and(|n| n.hyphen_before)
        {
            return Some(Match { start: i, end: i + 1 });
        }
        // `Zero P1s caused by expired certificates`, `Null skader på byggeplassene`: the number zero
        // counting things is a count in an objective too (not `Zero harm`, `Ingen kunder skal …`).
        if mode == Mode::Objective
            && matches!(t.lower.as_str(), "zero" | "null")
            && tokens
                .get(i + 1)
                .is_some_and(|n| (n.is_word() || n.kind == Kind::Ident) && !n.hyphen_before && plural_noun(&n.lower, 3))
        {
            return Some(Match { start: i, end: i + 1 });
        }
        if mode == Mode::KeyResult
            && let Some(m) = all(S::Zero).at(tokens, i)
        {
            let lone_no = t.lower == "no" && m.end == i + 1;
            // (Not people described by what they lack: `debtors with no registered address`.)
            let described = i >= 2 && tokens[i - 1].is("with") && all(S::People).starts_or_ends_compound(tokens, i - 2);
            let allowed = !lone_no
                || i == 0
                || matches!(tokens[i - 1].lower.as_str(), "with" | "have" | "has" | "had" | ":" | "ensure" | "that")
                    && !described;
            // `Zero-trust network access`: a compound, not a count.
            let countable =
                tokens.get(m.end).is_some_and(|n| (n.is_word() || n.kind == Kind::Ident) && !n.hyphen_before);
            if allowed && countable {
                return Some(m);
            }
        }
    }
    None
}

/// A key result's numeric target in its fields (a level or a threshold; not `done`).
pub fn field_target(kr: &KeyResult) -> bool {
    matches!(kr.target.as_ref().map(|t| &t.value), Some(Target::Level(_) | Target::Threshold(..)))
}

/// A `target:` that could not be read but states a level in words (`fra 31 til 45`, `1,500`):
/// invalid-value says how to write it, and no rule also reports that nothing is measured. (Not
/// `høy` or a date, `innen 30. juni`: those name no level.) A malformed key result counts too:
/// its own finding comes first.
pub fn unreadable_target_with_level(file: &OkrFile, scope: Scope, lang: Lang) -> bool {
    file.unreadable(scope, "target")
        && file
            .invalid_text(scope, "target")
            .is_none_or(|t| find_target(&text::tokens(t), lang, Mode::KeyResult).is_some())
}

/// Relative clauses and measured statements: `som`, `who`, `that` before a phrase put it inside
/// what is measured, not what the team commits to.
fn inside_measured_statement(tokens: &[Token], at: usize) -> bool {
    let rel = all(S::Relative);
    // (`It is intended that …`: the hedge's `that` leads the key result itself.)
    let from = leading_clause_end(tokens).unwrap_or(0).max(after_hedge(tokens, 0));
    // (`For kunder i Nord-Norge, som i dag venter lengst, skal vi jobbe med …`: a clause set off
    // by commas has ended.)
    let closed = |j: usize| {
        j > 0 && is_symbol(tokens.get(j - 1), &[","]) && (j + 1..at).any(|k| is_symbol(tokens.get(k), &[","]))
    };
    // (In an English title `at` is where: `damaged pallets at the Gardermoen hub`.)
    let english = || text::english_lean(tokens) > 0;
    // (`…, og se på …`: a second clause after a comma and `og` is the team's again.)
    let ended = |j: usize| {
        (j + 1..at).any(|k| {
            is_symbol(tokens.get(k), &[","])
                && word_at(tokens, k + 1).is_some_and(|w| matches!(w.lower.as_str(), "og" | "and" | "men" | "but"))
        })
    };
    (from..at).any(|j| {
        let english_at = tokens[j].is("at") && english();
        rel.at(tokens, j).is_some_and(|m| m.end <= at) && !english_at && !closed(j) && !ended(j)
    })
}

/// Where the main clause starts after a leading `Når …,`, `When …,` clause.
fn leading_clause_end(tokens: &[Token]) -> Option<usize> {
    all(S::Relative).at(tokens, 0)?;
    (1..tokens.len()).find(|&k| is_symbol(tokens.get(k), &[","])).map(|comma| comma + 1)
}

/// Every Word Capitalised (`Focus On Closing 15 Enterprise Deals`): capitals then mark no names.
fn title_case(tokens: &[Token]) -> bool {
    let long = tokens.iter().filter(|t| t.is_word() && t.lower.chars().count() > 3);
    let (n, capitalised) = long.fold((0, 0), |(n, c), t| (n + 1, c + usize::from(t.capitalised)));
    n >= 3 && capitalised == n
}

/// A word of at least `min_chars` letters with a plural ending (`kommuner`, `kundar`, `deals`).
fn plural_noun(word: &str, min_chars: usize) -> bool {
    word.chars().count() >= min_chars && (word.ends_with("er") || word.ends_with("ar") || word.ends_with('s'))
}

/// `average`, `gjennomsnittlig`: a measure taken as an average, whose bound is its level.
fn average_word(word: &str) -> bool {
    matches!(word, "average" | "mean" | "median" | "gjennomsnittlig" | "gjennomsnittleg")
}

/// `bli`, `become`, `være`, `be` (and with `finite`, `blir`, `is`, `er` …): the verbs that lead
/// to a destination.
fn become_verb(word: &str, finite: bool) -> bool {
    matches!(word, "bli" | "become" | "be" | "være" | "vere" | "verte")
        || finite && matches!(word, "blir" | "becomes" | "is" | "are" | "er" | "vert")
}

/// `behandlingstid`, `ventetida`, `lead time`: a word naming a time that is measured.
fn time_noun(word: &str) -> bool {
    ["tid", "tida", "tiden", "time"].iter().any(|end| word.ends_with(end))
}

/// `more`, `flere`, `meir`: more of something.
fn more_word(word: &str) -> bool {
    matches!(word, "more" | "mer" | "meir" | "flere" | "fleire")
}

/// `more`, `fewer`, `flere`, `færre`: a bare direction on a count.
fn more_or_fewer(word: &str) -> bool {
    matches!(word, "more" | "fewer" | "flere" | "fleire" | "færre")
}

/// `help`, `hjelpe`, `support`, `bistå`: a verb of helping others (any form).
fn help_verb(word: &str) -> bool {
    ["help", "hjelp", "hjulp", "assist", "bistå", "support", "støtt"].iter().any(|h| word.starts_with(h))
}

/// `alle`, `samtlige`, `all`: every one of the things.
fn all_word(word: &str) -> bool {
    matches!(word, "all" | "alle" | "samtlige" | "samtlege")
}

/// A superlative adjective: `største`, `viktigaste`, `largest`, `most`.
fn superlative(word: &str) -> bool {
    matches!(word, "most" | "mest" | "best" | "beste")
        || word.chars().count() > 5 && (word.ends_with("ste") || word.ends_with("est"))
}

/// A finite verb form in second position: `Teamet hjelper`, `The team helps`.
fn looks_finite(word: &str) -> bool {
    word.ends_with('s') || word.ends_with("ed") || word.ends_with('r') || word.ends_with("et") || word.ends_with("te")
}

/// Whether a phrase found at `m` is the verb the team commits to.
fn in_commitment_position(tokens: &[Token], m: Match) -> bool {
    // `… by 15% while ensuring p99 latency stays under 400 ms`, `… samtidig som vi sikrer …`: a
    // second commitment beside the first.
    let word = |j: usize| tokens[j].lower.as_str();
    let beside = m.start >= 1 && matches!(word(m.start - 1), "while" | "whilst")
        || m.start >= 3
            && matches!(word(m.start - 1), "vi" | "we")
            && (matches!(word(m.start - 2), "mens" | "while" | "whilst")
                || word(m.start - 3) == "samtidig" && word(m.start - 2) == "som");
    if beside {
        return true;
    }
    // `Support: first response < 4 h`: a label in front, naming the team; what follows a label
    // (`Hiring process: optimise for …`) is the key result.
    if m.start == 0 && m.end == 1 && is_symbol(tokens.get(1), &[":"]) {
        return false;
    }
    if m.start >= 2 && m.start <= 4 && is_symbol(tokens.get(m.start - 1), &[":"]) {
        return true;
    }
    // `The accuracy of the reporting which is presented to the partners should be improved`: a
    // modal and a passive that end the title are the main clause's, past any relative clause.
    let modal_passive_end = m.end == tokens.len()
        && m.start >= 2
        && become_verb(&tokens[m.start - 1].lower, false)
        && all(S::Modal).at(tokens, m.start - 2).is_some_and(|modal| modal.end == m.start - 1);
    if inside_measured_statement(tokens, m.start) && !modal_passive_end {
        return false;
    }
    let first = &tokens[m.start];
    // `the facade work on Building 2`, `the work on the new API`: work as a noun, after a
    // determiner and maybe one word.
    let determiner_at = |j: usize| matches!(word(j), "the" | "our" | "this" | "that" | "its" | "their" | "all");
    if matches!(first.lower.as_str(), "work" | "works")
        && (m.start >= 1 && determiner_at(m.start - 1)
            || m.start >= 2 && determiner_at(m.start - 2) && tokens[m.start - 1].is_word())
    {
        return false;
    }
    // `Minst 8 av 10 rederier ser på statusrapporten`: what the counted others do, their verb.
    if m.start >= 2
        && (all(S::People).starts_or_ends_compound(tokens, m.start - 1) || plural_noun(&tokens[m.start - 1].lower, 4))
        && (ratio_in(&tokens[..m.start - 1])
            || all(S::Percent).any(&tokens[..m.start - 1])
                && tokens[..m.start - 1].iter().any(|t| t.is("av") || t.is("of")))
    {
        return false;
    }
    // `Gjennomføre 40 hjemmebesøk for å vurdere fallrisiko`, `… in order to assess …`: why the
    // work is done, a purpose, not the commitment.
    if m.start >= 3
        && (tokens[m.start - 1].is("å") && tokens[m.start - 2].is("for")
            || tokens[m.start - 1].is("to") && tokens[m.start - 2].is("order") && tokens[m.start - 3].is("in"))
    {
        return false;
    }
    // `Launch the self-service de-risking calculator`: a gerund between a determiner and its
    // noun describes the thing.
    if tokens[m.end - 1].lower.ends_with("ing")
        && word_at(tokens, m.end).is_some_and(|w| !all(S::FunctionWord).is_word(&w.lower))
        && (m.start.saturating_sub(4)..m.start).any(|j| {
            matches!(word(j), "the" | "our" | "a" | "an" | "this" | "its" | "their")
                && tokens[j + 1..m.start].iter().all(Token::is_word)
        })
    {
        return false;
    }
    // `Forhandlerne velger selv å løfte fram syklene våre`: what others, the subject, choose to
    // do (or other firms: `Gravferdsbyråene foretrekker å samarbeide med oss`).
    if m.start >= 3
        && matches!(word(m.start - 1), "å" | "to")
        && (all(S::People).starts_or_ends_compound(tokens, 0)
            || ["ene", "ane"].iter().any(|e| word(0).ends_with(e)) && word(0).chars().count() > 6)
        && looks_finite(word(1))
        && !tokens[1..m.start].iter().any(|t| t.is("vi") || t.is("we"))
    {
        return false;
    }
    // `the network drivers trust to work on the first try`: what others trust a thing to do;
    // `technicians qualified to work on live switchgear`: what they may do.
    if matches!(first.lower.as_str(), "work" | "works")
        && m.start >= 2
        && word(m.start - 1) == "to"
        && matches!(
            word(m.start - 2),
            "trust" | "trusts" | "qualified" | "certified" | "trained" | "authorised" | "authorized"
        )
    {
        return false;
    }
    // `the best place in town to work on bikes`, `det beste stedet å jobbe med sykler`: where
    // people like to work, a workplace described.
    if matches!(first.lower.as_str(), "work" | "jobbe" | "arbeide" | "arbeida")
        && m.start >= 2
        && matches!(word(m.start - 1), "to" | "å")
        && (m.start.saturating_sub(5)..m.start - 1).any(|k| {
            matches!(
                word(k),
                "place" | "places" | "workplace" | "employer" | "sted" | "stedet" | "stad" | "staden" | "arbeidsplass"
            )
        })
    {
        return false;
    }
    // `learners writing to support in Arabic`, `customers who contact support`: the support desk,
    // written or turned to.
    if matches!(first.lower.as_str(), "support" | "help")
        && m.start >= 1
        && (matches!(word(m.start - 1), "contact" | "contacting" | "contacts" | "contacted")
            || m.start >= 2
                && word(m.start - 1) == "to"
                && matches!(
                    word(m.start - 2),
                    "write"
                        | "writes"
                        | "writing"
                        | "wrote"
                        | "call"
                        | "calls"
                        | "calling"
                        | "turn"
                        | "turns"
                        | "turning"
                        | "talk"
                        | "talking"
                        | "go"
                        | "goes"
                        | "going"
                ))
    {
        return false;
    }
    // `grants to partners with budgets over …`: partners after a preposition or a determiner are a
    // noun.
    if matches!(first.lower.as_str(), "partner" | "partners")
        && m.start >= 1
        && matches!(word(m.start - 1), "to" | "with" | "for" | "of" | "our" | "the" | "til" | "med" | "våre")
    {
        return false;
    }
    // `surprised by road works on their street`: works after a preposition are a noun.
    let preposition_at = |j: usize| matches!(word(j), "by" | "of" | "for" | "during" | "from" | "about" | "after");
    if matches!(first.lower.as_str(), "work" | "works")
        && (m.start >= 1 && preposition_at(m.start - 1)
            || m.start >= 2 && preposition_at(m.start - 2) && tokens[m.start - 1].is_word())
    {
        return false;
    }
    // `Få 1 200 publikummere til «Vi ser på stjernene»-kvelden`: inside a quoted name.
    if quoted(tokens, m.start) {
        return false;
    }
    // `vil heller jobbe for oss`, `want to work for us`: working for someone is a job, not effort.
    if m.end - m.start == 2
        && word(m.end - 1) == "for"
        && word_at(tokens, m.end)
            .is_some_and(|w| matches!(w.lower.as_str(), "oss" | "us" | "dem" | "them" | "meg" | "me" | "deg" | "you"))
    {
        return false;
    }
    // `Ingen ansatte jobber med barn før …`: what the people counted do, after a zero.
    if m.start >= 2
        && all(S::Zero).starts(tokens, 0)
        && all(S::People).starts_or_ends_compound(tokens, m.start - 1)
        && looks_finite(&first.lower)
    {
        return false;
    }
    // `Barnas styrker`, `elevenes støtte`: a noun after a genitive, not the verb.
    if m.end - m.start == 1
        && m.start >= 1
        && ["nas", "nes", "ens", "ets", "as"].iter().any(|e| word(m.start - 1).ends_with(e))
        && tokens[m.start - 1].is_word()
        && word(m.start - 1).chars().count() > 4
    {
        return false;
    }
    // `Contractors work to the same HSE standard`: work done to a standard, not effort towards.
    if first.is("work")
        && tokens[m.end - 1].is("to")
        && word_at(tokens, m.end).is_some_and(|w| matches!(w.lower.as_str(), "the" | "a" | "an" | "our" | "their"))
    {
        return false;
    }
    // `Families we help with food parcels each month`, `Familier vi hjelper`: people the team helps,
    // counted (or others it works with: `Kommunane vi samarbeider med ser oss som …`; or things it
    // guards: `Gjøre festivalene vi sikrer til steder der …`).
    if m.start >= 2
        && matches!(tokens[m.start - 1].lower.as_str(), "we" | "vi")
        && (all(S::People).starts_or_ends_compound(tokens, m.start - 2)
            || ["ene", "ane"].iter().any(|e| tokens[m.start - 2].lower.ends_with(e))
                && tokens[m.start - 2].lower.chars().count() > 4
            // (`Alle barar vi samarbeider med …`: every one of the things.)
            || m.start >= 3 && all_word(&tokens[m.start - 3].lower) && plural_noun(&tokens[m.start - 2].lower, 4))
    {
        return false;
    }
    // `Increase the number of hospitals we support to 40`: what the team does, inside the measure.
    if m.start >= 2
        && matches!(tokens[m.start - 1].lower.as_str(), "we" | "vi" | "they" | "de" | "dei")
        && (0..m.start - 1).any(|j| all(S::Increase).starts(tokens, j) || all(S::Decrease).starts(tokens, j))
    {
        return false;
    }
    // `Support-chatten`, `Help-desk`: the first part of a compound noun, not the verb. Nor is a
    // word that ends the title with nothing to take as its object: `without a call to support`.
    if m.end - m.start == 1
        && (tokens.get(m.end).is_some_and(|n| n.hyphen_before && n.is_word())
            || m.start > 0 && m.end == tokens.len() && all(S::NounToo).starts(tokens, m.start))
    {
        return false;
    }
    // `barnehageeier å jobbe for innen 2026`, `the team engineers want to work with`: the
    // preposition governs nothing, so the phrase belongs to a relative clause about others.
    // (`vedtak saksbehandlerne må se på på nytt`: another preposition starts what follows.)
    let stranded = m.start > 0
        && m.end - m.start > 1
        && matches!(tokens[m.end - 1].lower.as_str(), "for" | "med" | "på" | "with" | "on")
        && (m.end == tokens.len()
            || is_symbol(tokens.get(m.end), &[",", ")", ".", ";"])
            || all(S::Deadline).starts(tokens, m.end)
            || word_at(tokens, m.end)
                .is_some_and(|w| w.is(&tokens[m.end - 1].lower) || w.is("igjen") || w.is("again")));
    if stranded {
        return false;
    }
    // `Bli det mest attraktive stedet å jobbe for utviklere`, `Sykehjemmene våre er det mest
    // attraktive stedet å jobbe for …`, `Become the best place to work for engineers`: an
    // infinitive inside the destination describes it.
    let be = (0..m.start.saturating_sub(2)).find(|&j| become_verb(&tokens[j].lower, true));
    let in_destination = matches!(tokens[m.start.saturating_sub(1)].lower.as_str(), "å" | "to")
        && be.is_some_and(|b| {
            (b + 1..m.start - 1).any(|j| all(S::Destination).starts(tokens, j) || superlative(&tokens[j].lower))
        });
    if in_destination {
        return false;
    }
    // `Få flere ansatte til å engasjere seg …`, `Get 200 employees to engage with …`: what the
    // team gets others to do.
    let others = matches!(tokens[0].lower.as_str(), "få" | "get")
        && m.start >= 3
        && (tokens[m.start - 1].is("to") || tokens[m.start - 1].is("å") && tokens[m.start - 2].is("til"));
    if others {
        return false;
    }
    // `Fleire kundar brukar appen til å fornye resepta`, `More customers use the app to improve
    // their sleep`: what more people do, counted.
    // (Or their own verb right after them: `Flere deltakere ser på introduksjonsfilmene`.)
    let more_people_do = more_word(&tokens[0].lower)
        && tokens.len() > 1
        && all(S::People).starts_or_ends_compound(tokens, 1)
        && (m.start >= 3 && matches!(tokens[m.start - 1].lower.as_str(), "å" | "to")
            || m.start == 2 && looks_finite(&first.lower));
    if more_people_do {
        return false;
    }
    // `Minst 60 % av aktive brukere ser på ukesrapporten`: what a counted share of other people
    // does.
    if looks_finite(&first.lower)
        && (1..m.start).any(|p| {
            // `… av brukerne`, or any noun counted as a share: `40 % av adminene`.
            let share = matches!(tokens[p - 1].lower.as_str(), "av" | "of" | "blant" | "among") && tokens[p].is_word();
            (all(S::People).starts(tokens, p) || share)
                && tokens[..p]
                    .iter()
                    .enumerate()
                    .any(|(j, t)| t.kind == Kind::Number || all(S::Fraction).starts(tokens, j))
        })
    {
        return false;
    }
    // `stories about cycling to work on the intranet`: "work" is where they cycle to.
    if first.is("work") && m.start >= 2 && tokens[m.start - 1].is("to") && tokens[m.start - 2].lower.ends_with("ing") {
        return false;
    }
    // `foster carers`, `foster care`, `families open to fostering teenagers`: foster care, the
    // service (not `foster collaboration`).
    if first.lower.starts_with("foster")
        && (all(S::People).starts(tokens, m.end)
            || word_at(tokens, m.end).is_some_and(|w| {
                ["care", "home", "famil", "placement", "parent"].iter().any(|c| w.lower.starts_with(c))
            }))
    {
        return false;
    }
    // `sign up for focus groups on the app`: a research method, not `focus … on`.
    if first.is("focus") && word_at(tokens, m.start + 1).is_some_and(|w| w.is("group") || w.is("groups")) {
        return false;
    }
    // `Upsell premium support to 40 customers`, `Selge support til 30 nye kunder`: what is sold.
    if all(S::NounToo).starts(tokens, m.start)
        && (m.start.saturating_sub(2)..m.start).any(|k| {
            ["upsell", "sell", "sold", "selg", "solgt", "mersalg"].iter().any(|w| tokens[k].lower.starts_with(w))
        })
    {
        return false;
    }
    // A name (`HjelpMeg`, `Premium Support`): not a verb.
    if first.lower.chars().skip(1).count() > 0 && m.start > 0 && first.capitalised && !title_case(tokens) {
        return false;
    }
    // `help center`, `support tickets`: a noun. `Helping team leads`, `helps`, `supported` are
    // verb forms whatever follows, and `Strengthen team culture` has no noun reading.
    let inflected = ["ing", "ed", "s"].iter().any(|e| first.lower.ends_with(e));
    // `Help teams cut build time`, `Support team leads in …`: people after `help` are whom it
    // helps (`support staff`, `support agents` are the department).
    // (`Support teams in adopting …`: whom, with what they do after `in`.)
    let whom = all(S::People).at(tokens, m.end).is_some_and(|p| {
        first.is("help")
            || first.is("support")
                && (p.end > m.end + 1
                    || word_at(tokens, p.end).is_some_and(|w| w.is("in") || w.is("with"))
                        && word_at(tokens, p.end + 1).is_some_and(|w| w.lower.ends_with("ing")))
    });
    if m.end - m.start == 1
        && !inflected
        && all(S::NounToo).starts(tokens, m.start)
        && all(S::NounAfter).starts(tokens, m.end)
        && !whom
    {
        return false;
    }
    // A determiner or quantifier at `k`: what starts a noun phrase.
    let determiner_at = |k: usize| {
        word_at(tokens, k).is_some_and(|w| determiner(&w.lower) || matches!(w.lower.as_str(), "that" | "every" | "at"))
    };
    // `Support resolves 80% of chats …`, `Support handles more tickets …`, `Support has written
    // …`, `Support becomes …`: the department as the subject of its own verb.
    let own_verb = m.start == 0
        && m.end == 1
        && all(S::NounToo).starts(tokens, 0)
        && word_at(tokens, 1).is_some_and(|w| {
            // (`Support er der gjestene trenger oss`.)
            matches!(w.lower.as_str(), "has" | "is" | "was" | "becomes" | "now" | "er" | "har" | "blir" | "var")
                || w.lower.ends_with('s')
                    && !all(S::People).starts(tokens, 1)
                    && !all(S::NounAfter).starts(tokens, 1)
                    && (determiner_at(2)
                        || tokens.get(2).is_some_and(|n| {
                            n.kind == Kind::Number || matches!(n.lower.as_str(), "more" | "fewer" | "less")
                        }))
        });
    if own_verb {
        return false;
    }
    // `Support will answer …`, `Support skal svare …`: the department, not the verb; `Support
    // that caseworkers describe as …`: the service, described.
    let described = m.end == m.start + 1
        && all(S::NounToo).starts(tokens, m.start)
        && word_at(tokens, m.end).is_some_and(|w| matches!(w.lower.as_str(), "that" | "which" | "som"));
    if m.start == 0 && (all(S::Modal).starts(tokens, m.end) || described) {
        return false;
    }
    // `Support satisfaction rises from 4.1 to 4.5`: a noun subject with its own verb right after.
    let determiner = determiner_at(m.end);
    if m.end - m.start == 1 && m.start == 0 && !determiner && all(S::NounToo).starts(tokens, 0) {
        // (A name reaches further: `Support Hub monthly active users grow from …`.)
        let named = word_at(tokens, m.end).is_some_and(|w| w.capitalised && !w.lower.ends_with("'s"));
        let reach = if named { 6 } else { 4 };
        let subject = (m.end + 1..(m.end + reach).min(tokens.len()))
            .take_while(|&j| {
                // A clause starts: `når seniorene går av` is not the subject's verb, nor is
                // `who are deferred` (`Support donors who are deferred …`).
                !matches!(
                    tokens[j - 1].lower.as_str(),
                    "to" | "å"
                        | "who"
                        | "which"
                        | "so"
                        | "slik"
                        | "in"
                        | "i"
                        | "with"
                        | "med"
                        | "når"
                        | "when"
                        | "if"
                        | "hvis"
                        | "dersom"
                ) && !matches!(tokens[j].lower.as_str(), "når" | "when")
            })
            .any(|j| {
                let l = tokens[j].lower.as_str();
                all(S::StateVerb).starts(tokens, j)
                    || (all(S::Increase).starts(tokens, j) || all(S::Decrease).starts(tokens, j))
                        && (l.ends_with('s') || l.ends_with("er") || l.ends_with("ar") || named && plural_noun(&tokens[j - 1].lower, 4))
                        // `less`, `fewer`: a comparative, not the subject's verb.
                        && !all(S::Comparative).starts(tokens, j)
                        // (`find doubles partners`: a noun before people.)
                        && !all(S::People).starts(tokens, j + 1)
            });
        if subject {
            return false;
        }
    }
    // `Reduce time to work on tickets`, `Halvere tiden vi bruker på å jobbe med …`: the time the
    // work takes is what changes, not effort promised (`Take time to work on …` is).
    let time_taken = m.start > 0
        && matches!(tokens[m.start - 1].lower.as_str(), "to" | "å")
        && (m.start.saturating_sub(5)..m.start - 1).any(|j| {
            matches!(tokens[j].lower.as_str(), "time" | "tid" | "tiden" | "tida")
                && [S::Decrease, S::Increase, S::Multiplier].iter().any(|&s| all(s).any(&tokens[..j]))
        });
    if time_taken {
        return false;
    }
    if m.end - m.start > 1 || m.start == 0 || after_hedge(tokens, 0) == m.start {
        return true;
    }
    let prev = &tokens[m.start - 1];
    if all(S::Commit).starts(tokens, m.start - 1) && prev.is_word() {
        return true;
    }
    // `Onboarding buddies help 90% of new hires …`: the team's means as the subject, the vague
    // verb, and whom it is done to, counted.
    let short_subject = m.start <= 3
        && tokens[..m.start].iter().enumerate().all(|(j, t)| t.is_word() && !all(S::People).starts(tokens, j));
    let counted = |j: usize| {
        tokens.get(j).is_some_and(|t| {
            t.kind == Kind::Number || Lang::ALL.iter().any(|&l| text::number_word(&t.lower, l).is_some())
        })
    };
    let article = tokens.get(m.end).is_some_and(|t| matches!(t.lower.as_str(), "a" | "an"));
    if short_subject && (counted(m.end) || article && counted(m.end + 1)) {
        return true;
    }
    // `Budsjettprosessen er forbedret`, `Kvaliteten på svara er forbetra`: the state the subject is
    // to be in; `Kommunen har styrket dialogen`: what it will have done; `Satsingen på video
    // styrkes`: a passive at the end.
    let after_aux = m.start > 0
        && {
            let prev = tokens[m.start - 1].lower.as_str();
            become_verb(prev, true)
                || matches!(prev, "been" | "was" | "were" | "har" | "has" | "have" | "hadde" | "had")
        }
        && {
            // `Åtte av ti bebuarar er vurderte for underernæring`: how many are in that state, measured.
            // (In the title's language: `The reporting to the partners should be improved` has
            // no Norwegian `to`, two.)
            let subject = &tokens[..m.start - 1];
            let langs: &[Lang] = match text::english_lean(tokens) {
                lean if lean > 0 => &[Lang::En],
                lean if lean < 0 => &[Lang::Nb, Lang::Nn],
                _ => &Lang::ALL,
            };
            !langs.iter().any(|&l| find_target(subject, l, Mode::KeyResult).is_some())
        };
    // (Or before how, or by when: `Legemiddelhåndteringen sikres gjennom bedre rutiner`.)
    let passive_end = (first.lower.ends_with("es") || first.lower.ends_with("ast"))
        && (m.end == tokens.len()
            || text::english_lean(tokens) <= 0
                && word_at(tokens, m.end).is_some_and(|w| {
                    matches!(w.lower.as_str(), "gjennom" | "ved" | "med" | "innen" | "innan" | "før")
                }));
    // `Teamet sikrer …`, `The ward helps patients …`, `Drift-teamet sikrer …`: the team or unit
    // as a short subject, then the vague verb it commits to.
    let unit_subject = m.start == 1
        || after_team_subject(tokens) == Some(m.start)
        || short_subject
            && (matches!(tokens[0].lower.as_str(), "the" | "our" | "vårt" | "vår")
                || m.start == 2 && tokens[1].hyphen_before);
    // (`It is intended that the PhD school strengthens …`: after a hedge, the same tests.)
    let hedge = after_hedge(tokens, 0);
    after_aux
        || passive_end
        || unit_subject && looks_finite(&first.lower)
        || hedge > 0
            && m.start > hedge
            && in_commitment_position(&tokens[hedge..], Match { start: m.start - hedge, end: m.end - hedge })
}

/// A vague phrase in commitment position from `section` (or the user's extra phrases).
pub fn vague_phrase(tokens: &[Token], section: S, langs: &[Lang], extra: Option<&PhraseSet>) -> Option<Match> {
    if section == S::HardVague
        && let Some(m) = text::any_of(S::VagueLead, langs, tokens, 0)
    {
        return Some(m);
    }
    (0..tokens.len()).find_map(|i| {
        let m = text::any_of(section, langs, tokens, i).or_else(|| extra.and_then(|e| e.at(tokens, i)))?;
        // `Bedre trivsel` is "better wellbeing"; `Bedre oppfølgingen` is "improve the follow-up".
        if m.end == m.start + 1 && all(S::VerbIfDefinite).starts(tokens, m.start) && !definite_next(tokens, m.end) {
            return None;
        }
        if norwegian_drive(tokens, m) {
            return None;
        }
        // `samarbeidspartnar for kommunane i arbeidet med matberedskap`: the work, a noun after `i`.
        if m.start > 0
            && tokens[m.start - 1].is("i")
            && ["et", "en", "a"].iter().any(|e| tokens[m.start].lower.ends_with(e))
        {
            return None;
        }
        // `24/7 access to help`, `tilgang til hjelp`: what people can reach, a noun.
        if m.start >= 2
            && matches!(tokens[m.start - 1].lower.as_str(), "to" | "til")
            && ["access", "tilgang"].iter().any(|a| tokens[m.start - 2].lower.starts_with(a))
        {
            return None;
        }
        // `Ungdom skal sjå på sommarjobb hos oss som det beste valet`, `Lokalsamfunnet ser på
        // vasskrafta som ein god nabo`: "regard as", an opinion held.
        // (`Kundane ser på oss som rådgjevar`: a pronoun, then the role.)
        let pronoun_as = word_at(tokens, m.end)
            .is_some_and(|w| matches!(w.lower.as_str(), "oss" | "dem" | "dei" | "deg" | "dykk" | "meg" | "seg"))
            && word_at(tokens, m.end + 1).is_some_and(|w| w.is("som"));
        // (`Rederiene ser på losingen som del av sikker seilas`, `Shipowners look at pilotage as
        // part of …`: after a subject, any role but a relative clause, `som har …`, `som kan …`.)
        let role_after_subject = |w: &Token| {
            m.start > 0
                && !looks_finite(&w.lower)
                && ![S::MilestoneAux, S::Modal].iter().any(|&s| all(s).is_word(&w.lower))
                && !matches!(w.lower.as_str(), "kan" | "kunne" | "can" | "could" | "may" | "might")
        };
        if (matches!(tokens[m.start].lower.as_str(), "se" | "ser" | "sjå" | "sjår") && tokens[m.end - 1].is("på")
            || m.start > 0 && matches!(tokens[m.start].lower.as_str(), "look" | "looks") && tokens[m.end - 1].is("at"))
            && (pronoun_as
                || (m.end..tokens.len().min(m.end + 6)).any(|k| {
                    (tokens[k].is("som") || tokens[k].is("as"))
                        && (definite_next(tokens, k + 1)
                            || m.start > 0 && word_at(tokens, k + 1).is_some_and(|w| indefinite_article(&w.lower))
                            || word_at(tokens, k + 1).is_some_and(role_after_subject))
                }))
        {
            return None;
        }
        // `Fornye sentral godkjenning …`, `Fornye ISO 9001-sertifiseringen`, `Fornye strømavtalen`:
        // an approval or a contract renewed is a milestone, not a vague improvement.
        if section == S::SoftVague
            && tokens[m.start].lower.starts_with("forny")
            && ((m.end..(m.end + 3).min(tokens.len()))
                .any(|k| all(S::MilestoneNoun).starts_or_ends_compound(tokens, k))
                || renewed_contract(tokens, m.start).is_some())
        {
            return None;
        }
        // `Trygge og sikre evakueringsveier`: an adjective joined to another, not the verb (`Styrke
        // og sikre …` joins two verbs).
        if matches!(tokens[m.start].lower.as_str(), "sikre" | "sikra")
            && m.start >= 2
            && matches!(tokens[m.start - 1].lower.as_str(), "og" | "eller")
            && tokens[m.start - 2].lower.ends_with('e')
            && ![S::Task, S::HardVague, S::SoftVague, S::Increase, S::Decrease]
                .iter()
                .any(|&s| text::any_of(s, langs, tokens, m.start - 2).is_some())
        {
            return None;
        }
        // `nøgde med samarbeidet med parkforvaltninga`: after a preposition, the cooperation, a
        // noun (`Samarbeidet med …` first is the verb, past tense).
        if tokens[m.start].lower.starts_with("samarbeid")
            && m.start > 0
            && matches!(tokens[m.start - 1].lower.as_str(), "med" | "om" | "i" | "på" | "av" | "for" | "til")
        {
            return None;
        }
        // `feel safe and supported at work`: how people feel, not the team's verb.
        if tokens[m.start].lower.ends_with("ed")
            && (m.start.saturating_sub(3)..m.start)
                .any(|k| matches!(tokens[k].lower.as_str(), "feel" | "feels" | "felt"))
        {
            return None;
        }
        // `the region's first-choice ad partner with …`: a noun the subject is to become.
        if matches!(tokens[m.start].lower.as_str(), "partner" | "partners")
            && m.start > 0
            && !matches!(tokens[m.start - 1].lower.as_str(), "to" | "and" | "or" | "will" | "we")
        {
            return None;
        }
        in_commitment_position(tokens, m).then_some(m)
    })
}

/// `Drive banen uten kjemiske plantevernmidler`: the Norwegian `drive`, to run, before a definite
/// noun, not the English one (nor `drive salget fremover`, to push).
fn norwegian_drive(tokens: &[Token], m: Match) -> bool {
    m.end == m.start + 1
        && tokens[m.start].is("drive")
        && definite_next(tokens, m.end)
        && text::english_lean(tokens) <= 0
        && !tokens[m.end..].iter().any(|t| t.lower.starts_with("frem") || t.lower.starts_with("fram"))
}

/// Whether the word at `i` is a definite noun or a determiner (Norwegian): `oppfølgingen`,
/// `informasjonen`, `den`, `våre`.
fn definite_next(tokens: &[Token], i: usize) -> bool {
    word_at(tokens, i).is_some_and(|w| {
        let l = w.lower.as_str();
        matches!(l, "den" | "det" | "de" | "dei" | "vår" | "vårt" | "våre" | "sin" | "sitt" | "sine" | "hele" | "heile")
            || ["en", "et", "a", "ene", "ane", "ingen", "inga", "heten", "heita"]
                .iter()
                .any(|s| l.ends_with(s) && l.len() > s.len() + 2)
                // `likviditet`, `sikkerhet`, `kvalitet`: indefinite despite the ending.
                && !l.ends_with("het")
                && !l.ends_with("itet")
    })
}

/// Where the verb the team commits to is: after a leading vague phrase ("prøve å lansere") and
/// its particles.
pub fn main_verb(tokens: &[Token]) -> usize {
    let mut i = 0;
    // `Vi skal lansere …`, `The team will launch …`, `We'll ship …`: after a short subject and
    // a modal.
    // Only when the subject is the team itself: "Flere brukere skal ta i bruk …" is other people's
    // behaviour, measured.
    // Other people: `Flere brukere skal …`, `Kundene skal …`, `Users will …`.
    let others = |j: usize| {
        let l = tokens[j].lower.as_str();
        [S::People, S::SizeNoun, S::Comparative, S::Zero, S::Service].iter().any(|&s| all(s).starts(tokens, j))
            || ["ene", "ane", "erne", "arane", "arne"].iter().any(|e| l.ends_with(e) && l.chars().count() > 5)
    };
    // (So are those a relative clause describes: `Support grooms who want to move into training`.)
    if let Some(m) = (1..4.min(tokens.len())).find_map(|j| all(S::Modal).at(tokens, j))
        && !(0..m.start).any(others)
        && !matches!(tokens[m.start - 1].lower.as_str(), "who" | "som" | "that" | "which")
    {
        i = m.end;
    } else if tokens.first().is_some_and(|t| t.lower.ends_with("'ll")) {
        i = 1;
    }
    // `Vi skal, slik at forskerne lettere finner fram, publisere …`: past a clause set off by commas.
    if i > 0
        && is_symbol(tokens.get(i), &[","])
        && let Some(close) = (i + 2..tokens.len().min(i + 16)).find(|&c| is_symbol(tokens.get(c), &[","]))
        && close + 1 < tokens.len()
    {
        i = close + 1;
    }
    if i > 0 {
        // `Vi skal arbeide med å lansere …`: the verb after the vague lead, as without the frame;
        // `Vi skal i løpet av høsten, sammen med IT, forsøke å …`: after what is set off by commas.
        let lead = all(S::HardVague).at(tokens, i).or_else(|| {
            (i..tokens.len().min(i + 14))
                .rev()
                .find(|&c| is_symbol(tokens.get(c), &[","]))
                .and_then(|c| all(S::HardVague).at(tokens, c + 1))
        });
        let Some(lead) = lead else { return i };
        i = lead.end;
    } else if let Some(m) = all(S::HardVague).at(tokens, 0).or_else(|| all(S::VagueLead).at(tokens, 0)) {
        i = m.end;
    } else if tokens.len() > 2 && all(S::HardVague).at(tokens, 1).is_some_and(|m| m.end > 2) {
        i = all(S::HardVague).at(tokens, 1).map_or(0, |m| m.end);
    }
    // `Look into and implement SSO`, `Se på og innføre …`: the verb after the lead.
    while word_at(tokens, i)
        .is_some_and(|t| matches!(t.lower.as_str(), "å" | "to" | "med" | "on" | "with" | "and" | "og"))
    {
        i += 1;
    }
    // `Help pilot users get more value …`: whom a help verb is for comes first, then their verb.
    if i > 0
        && help_verb(&tokens[0].lower)
        && all(S::Task).starts(tokens, i)
        && all(S::People).starts_or_ends_compound(tokens, i + 1)
    {
        i += 2;
    }
    i
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Activity {
    /// The team's own work or output (tokens of the verb or phrase).
    Task(Match),
    /// A done/not-done state.
    Milestone(Option<Match>),
}

/// Activities judged lately, by title: binary-key-result, key-result-is-task and
/// unmeasurable-key-result each ask for the same key results, one after the other on a thread.
type Judged = rustc_hash::FxHashMap<(usize, bool, bool, Lang, u64), (Rc<Vec<Token>>, Option<Activity>)>;

thread_local! {
    static JUDGED: std::cell::RefCell<Judged> = std::cell::RefCell::new(Judged::default());
}

/// [`activity`] of a whole title, judged once. The entry holds the tokens, so their address
/// names only them while it is there.
pub fn title_activity(kr: &KeyResult, tokens: &Rc<Vec<Token>>, lang: Lang, langs: &[Lang]) -> Option<Activity> {
    let milestone = matches!(kr.target.as_ref().map(|t| &t.value), Some(Target::Milestone));
    // The languages in their order (which is tried first), two bits each.
    let order = langs.iter().fold(0u64, |k, &l| k << 2 | (l as u64 + 1));
    let key = (Rc::as_ptr(tokens) as usize, milestone, field_target(kr), lang, order);
    if let Some((_, judged)) = JUDGED.with_borrow(|j| j.get(&key).cloned()) {
        return judged;
    }
    let judged = activity(kr, tokens, lang, langs);
    JUDGED.with_borrow_mut(|j| {
        if j.len() >= 1024 {
            j.clear();
        }
        j.insert(key, (tokens.clone(), judged));
    });
    judged
}

/// Whether a key result is a task or a milestone.
pub fn activity(kr: &KeyResult, tokens: &[Token], lang: Lang, langs: &[Lang]) -> Option<Activity> {
    if matches!(kr.target.as_ref().map(|t| &t.value), Some(Target::Milestone)) {
        return Some(Activity::Milestone(None));
    }
    // `Hjelpesenter: skrive 40 nye artikler`: a label in front, then the key result; `Still on
    // PostgreSQL 11? Migrate …`: a question, then the key result.
    let lead = Some(after_label(tokens))
        .filter(|&a| a > 0)
        .or_else(|| Some(after_hedge(tokens, 0)).filter(|&a| a > 0))
        .or_else(|| (1..tokens.len().saturating_sub(1)).find(|&q| is_symbol(tokens.get(q), &["?"])).map(|q| q + 1))
        .or_else(|| after_context(tokens));
    if let Some(after) = lead {
        let shift = |m: Match| Match { start: m.start + after, end: m.end + after };
        return match activity(kr, &tokens[after..], lang, langs)? {
            Activity::Task(m) => Some(Activity::Task(shift(m))),
            Activity::Milestone(m) => Some(Activity::Milestone(m.map(shift))),
        };
    }
    // `Vi lanserer …`, `Marketing runs six webinars`, `The data team is working on launching …`:
    // the team as the subject, and its verb read as the commitment (`lansere …`, `run …`).
    if let Some(v) = after_team_subject(tokens) {
        let shift = |m: Match| Match { start: m.start + v, end: m.end + v };
        for tail in with_base_forms(tokens, v) {
            if text::any_of(S::Task, langs, &tail, 0).is_some() || all(S::HardVague).starts(&tail, 0) {
                return match activity(kr, &tail, lang, langs)? {
                    Activity::Task(m) => Some(Activity::Task(shift(m))),
                    Activity::Milestone(m) => Some(Activity::Milestone(m.map(shift))),
                };
            }
        }
    }
    let text_target = find_target(tokens, lang, Mode::KeyResult);
    let has_text_target = text_target.is_some();
    let has_target = has_text_target || field_target(kr);
    let v = main_verb(tokens);
    // `Alle selgerne har fått opplæring i det nye CRM-systemet`, `Every employee has been offered
    // a flu shot`: what everyone was given is the team's output, delivered (not `90 % av de
    // ansatte har fått …`, a share, nor a service level, `… har fått svar innen 24 timer`).
    if !has_target
        && tokens
            .first()
            .is_some_and(|t| all_word(&t.lower) || matches!(t.lower.as_str(), "every" | "each" | "hver" | "kvar"))
        && let Some(given) = (1..tokens.len().min(7)).find_map(|j| {
            // (Or what was done to people: `Every people manager has been trained in …`; things
            // moved, `Alle tjenester er flyttet …`, are a milestone.)
            all(S::Received).at(tokens, j).or_else(|| {
                (1..j).any(|k| all(S::People).starts_or_ends_compound(tokens, k)).then_some(())?;
                let aux = all(S::MilestoneAux).at(tokens, j)?;
                all(S::TaskParticiple).at(tokens, aux.end).map(|p| Match { start: j, end: p.end })
            })
        })
        && given.end < tokens.len()
        && !service_level(tokens)
    {
        return Some(Activity::Task(given));
    }
    // `New ITSM platform live for all three business units`: how far it reaches, not a level.
    // (So is where a state is reached: `getting the breakfast pilot launched at three schools`.)
    let all_of = text_target.is_some_and(|t| {
        t.start > 0
            && (all_word(&tokens[t.start - 1].lower)
                || t.start > 1
                    && matches!(tokens[t.start - 1].lower.as_str(), "at" | "in" | "across" | "på" | "i" | "ved")
                    && all(S::MilestoneState).at(tokens, t.start - 2).is_some_and(|m| m.end == t.start - 1)
                    && !all(S::Percent).any(&tokens[t.start..]))
            && find_target(&tokens[t.end..], lang, Mode::KeyResult).is_none()
    });
    if let Some(m) = milestone(tokens, v, lang, langs, text_target, has_target && (!all_of || field_target(kr))) {
        return Some(Activity::Milestone(Some(m)));
    }
    // `Antall publiserte blogginnlegg`, `Number of cold calls made`.
    // (Not what those counted have done: `Talet på kommunar som har skrive under avtalen`.)
    // (Nor what people did themselves: `Antall gjennomførte selvtester`.)
    // (Nor what others sent in through a channel: `Antall forliksklager levert via det digitale
    // skjemaet`.)
    // (Nor what a rate is per: `Antall reklamasjoner per 1 000 tonn levert`.)
    // (But `… vi har spilt inn`: what we did, the team's output.)
    let done_by_counted = |j: usize| {
        j > 1
            && matches!(tokens[j - 1].lower.as_str(), "har" | "has" | "have")
            && !matches!(tokens[j - 2].lower.as_str(), "vi" | "we")
            && inside_measured_statement(tokens, j)
            || (j.saturating_sub(4)..j).any(|k| all(S::Per).starts(tokens, k))
            || word_at(tokens, j + 1).is_some_and(|w| {
                w.lower.starts_with("selv")
                    || w.lower.starts_with("self")
                    || matches!(w.lower.as_str(), "via" | "through" | "gjennom")
            })
    };
    if all(S::CountHead).starts(tokens, 0)
        && (0..tokens.len()).any(|j| all(S::TaskParticiple).starts(tokens, j) && !done_by_counted(j))
    {
        return Some(Activity::Task(Match { start: 0, end: all(S::CountHead).at(tokens, 0).map_or(1, |m| m.end) }));
    }
    // `Seks korte filmer er laget og lagt ut`, `Ten comparison pages are published`: the outputs,
    // counted, in a passive (not `95 % of invoices are sent within 2 days`, a service level).
    // So without the auxiliary: `Tolv nye ladeanlegg bygget i garasjane`, `Three case studies …
    // published` (not `8 av 10 kunder …`, a share of others).
    let share = word_at(tokens, 1).is_some_and(|w| matches!(w.lower.as_str(), "av" | "of" | "in" | "out"));
    // (`Nine in ten newly hired nurses have completed …`: what a share of people did.)
    let people_share = share && (2..6.min(tokens.len())).any(|k| all(S::People).starts_or_ends_compound(tokens, k));
    if quantity_at(tokens, 0, lang).is_some()
        && !people_share
        && !all(S::Percent).starts(tokens, 1)
        && !service_level(tokens)
        && let Some(m) = (1..tokens.len()).find_map(|j| {
            all(S::MilestoneAux).at(tokens, j).and_then(|aux| all(S::TaskParticiple).at(tokens, aux.end)).or_else(
                || {
                    // (`for A-laget`: the end of a compound, a noun.)
                    (!share
                        && j >= 2
                        && !tokens[j].hyphen_before
                        && !all(S::People).starts_or_ends_compound(tokens, j - 1))
                    .then(|| all(S::TaskParticiple).at(tokens, j))
                    .flatten()
                },
            )
        })
    {
        return Some(Activity::Task(m));
    }
    // `All production databases run on PostgreSQL 16`, `Alle tjenestene kjører på Kubernetes`:
    // everything moved, a migration done.
    if !has_target
        && tokens.first().is_some_and(|t| all_word(&t.lower))
        && let Some(j) = (2..tokens.len().min(6)).find(|&j| {
            matches!(tokens[j].lower.as_str(), "run" | "kjører" | "køyrer")
                && word_at(tokens, j + 1).is_some_and(|w| matches!(w.lower.as_str(), "on" | "på"))
                && word_at(tokens, j + 2).is_some_and(|w| w.capitalised)
        })
    {
        return Some(Activity::Milestone(Some(Match { start: j, end: j + 2 })));
    }
    // `Customer case studies published on the website`: outputs named and what was done to them,
    // however many (`target: 12`); a count in the title is handled above, a share is measured.
    // (A share of them on time is a service level: `Andel donorrapporter levert innen fristen`.)
    // (So are things named first and built or installed: `Ladepunkter bygget i Sverige`, `Nye
    // leksjoner publisert på nordsamisk`.)
    let mut first_noun = usize::from(tokens.first().is_some_and(|t| matches!(t.lower.as_str(), "ny" | "nye" | "new")));
    // (The last part of a hyphenated name: `Artist-focus essays published …`.)
    while tokens.get(first_noun + 1).is_some_and(|t| t.hyphen_before) {
        first_noun += 1;
    }
    // (Its noun after the hyphenated part: `Artist-focus essays`.)
    if first_noun > 0 && word_at(tokens, first_noun + 1).is_some_and(|w| plural_noun(&w.lower, 6)) {
        first_noun += 1;
    }
    // (Each one on time is a service kept: `Home-care visits delivered on time`.)
    // (A word or two may qualify them first: `New on-demand pilates classes recorded …`.)
    let made_at = |k: usize| {
        tokens.len() > k + 2
            && plural_noun(&tokens[k].lower, 6)
            && !all(S::People).starts_or_ends_compound(tokens, k)
            // (Not an amount by its unit: `Tonnes shipped by rail`.)
            && !amount_unit(&tokens[k].lower)
            && all(S::TaskParticiple).starts(tokens, k + 1)
    };
    // (Or named by three or four words: `Route safety briefings written …`, `Discipline-specific
    // data management guides published …`; not after a verb or a share.)
    let named_by_three = || {
        ![S::Task, S::Increase, S::Decrease, S::HardVague, S::SoftVague, S::Comparative, S::Share, S::CountHead]
            .iter()
            .any(|&s| all(s).starts(tokens, 0))
            && [2, 3].into_iter().any(|n| {
                tokens.len() > first_noun + n
                    && tokens[first_noun..first_noun + n].iter().all(|t| {
                        t.is_word() && (n == 2 || !matches!(t.lower.as_str(), "of" | "av" | "for" | "with" | "med"))
                    })
                    && made_at(first_noun + n)
            })
    };
    let about = about_what(tokens);
    // (The rarer shapes first: the on-time scan reads every token.)
    let things_made = (made_at(first_noun)
        || first_noun > 0
            && tokens[first_noun..first_noun + 2.min(tokens.len() - first_noun)].iter().all(Token::is_word)
            && made_at(first_noun + 1)
        || named_by_three()
        || tokens.len() > first_noun
            && plural_noun(&tokens[first_noun].lower, 6)
            && !all(S::People).starts_or_ends_compound(tokens, first_noun)
            && about)
        && !each_on_time(tokens);
    if !has_text_target
        && !service_level(tokens)
        && (things_made || (0..3.min(tokens.len())).any(|k| all(S::Output).starts_or_ends_compound(tokens, k)))
        // (Past what they are for: `Installation videos for the new door range published on
        // YouTube`.)
        && let Some(m) = (1..tokens.len().min(if about { 9 } else if things_made { 7 } else { 5 })).find_map(|j| {
            (tokens[..j].iter().all(Token::is_word) && !all(S::People).starts_or_ends_compound(tokens, j - 1))
                .then(|| all(S::TaskParticiple).at(tokens, j))
                .flatten()
        })
    {
        return Some(Activity::Task(m));
    }
    // `Få nettsiden oversatt til fem språk`, `Have 20 case videos produced and published`: the
    // team's own output got done, however much of it (not a share: `Få 80 % av sakene levert`;
    // `Ni av ti pasientar … får epikrisa sendt …`, what happens for a share of others).
    // (`Få 2 000 verksemder til å sende …`: others doing it.)
    let others = |range: std::ops::Range<usize>| {
        range.into_iter().any(|k| {
            all(S::People).starts_or_ends_compound(tokens, k) || matches!(tokens[k].lower.as_str(), "til" | "to")
        })
    };
    if let Some(get) = text::any_of(S::MilestoneGet, langs, tokens, v)
        && !all(S::Percent).any(tokens)
        && !all(S::Fraction).any(tokens)
        && !ratio_in(tokens)
    {
        // The participle after the thing, last or before where, when or how far (not `new
        // written premium`, an adjective).
        let after = (get.end + 1..tokens.len())
            .find_map(|j| all(S::TaskParticiple).at(tokens, j))
            // (Nor the first part of a compound adjective: `45 made-to-measure suit orders`.)
            .filter(|m| {
                !tokens[m.start].hyphen_before
                    && !tokens.get(m.end).is_some_and(|t| t.hyphen_before)
                    && !others(get.end..m.start)
            })
            .filter(|m| {
                word_at(tokens, m.end).is_none_or(|w| {
                    matches!(
                        w.lower.as_str(),
                        "og" | "and" | "til" | "to" | "i" | "in" | "på" | "on" | "by" | "innen" | "før" | "before"
                    )
                })
            });
        // Or first, then the things: `Få gjennomført tre regionale turneringar` (not people:
        // `få registrert 900 nye medlemmer` is theirs).
        let first = || {
            (lang != Lang::En)
                .then(|| all(S::TaskParticiple).at(tokens, get.end))
                .flatten()
                .filter(|m| word_at(tokens, m.end).is_some() && !others(m.end..tokens.len()))
        };
        if let Some(m) = after.or_else(first) {
            return Some(Activity::Task(Match { start: get.start, end: m.end }));
        }
    }
    // `Postgres 16 migration: 70 % of databases moved`: a share of the team's own things, moved
    // (not `80 % of customers migrated`, others doing it).
    if let Some(p) =
        (0..tokens.len()).find(|&k| tokens[k].kind == Kind::Number && all(S::Percent).starts(tokens, k + 1))
        // (`claims below 1% of volume shipped`: a level, the share a bound.)
        && ends_at(S::Threshold, tokens, p).is_none()
        && word_at(tokens, p + 2).is_some_and(|w| matches!(w.lower.as_str(), "of" | "av"))
        && !all(S::People).starts_or_ends_compound(tokens, p + 3)
        && let Some(m) = (p + 4..(p + 7).min(tokens.len())).find_map(|k| all(S::TaskParticiple).at(tokens, k))
        && (m.end == tokens.len()
            || word_at(tokens, m.end).is_some_and(|w| {
                matches!(w.lower.as_str(), "ut" | "til" | "to" | "into" | "from" | "fra" | "frå" | "over" | "onto")
            }))
        && !service_level(tokens)
    {
        return Some(Activity::Task(m));
    }
    // `Smart meters installed in 95 % of managed buildings`: the team's own output, however much
    // of it (not `i bruk minst 85 % av åpningstiden`, a use).
    if let Some(m) = (1..4.min(tokens.len())).find_map(|j| all(S::TaskParticiple).at(tokens, j))
        && tokens[..m.start].iter().all(Token::is_word)
        && !all(S::People).starts_or_ends_compound(tokens, 0)
        && word_at(tokens, m.end).is_some_and(|w| matches!(w.lower.as_str(), "in" | "i" | "på" | "across" | "at"))
        && all(S::Percent).starts(tokens, m.end + 2)
    {
        return Some(Activity::Task(m));
    }
    // `Fibre connected to 40 schools`, `Fiberkabel lagt fram til 600 hushald`, `Nye målere montert
    // hos 3 000 kunder`: the team's own work, counted by where it reached (not a time it took:
    // `Orders shipped in 2 days`; nor people's: `Customers connected to fibre`).
    if let Some(m) = (1..4.min(tokens.len())).find_map(|j| all(S::TaskParticiple).at(tokens, j))
        && tokens[..m.start].iter().all(Token::is_word)
        && !all(S::People).starts_or_ends_compound(tokens, 0)
        && word_at(tokens, m.end).is_some_and(|w| {
            matches!(w.lower.as_str(), "to" | "til" | "into" | "hos" | "at" | "in" | "i" | "på" | "across" | "for")
        })
        && quantity_at(tokens, m.end + 1, lang).is_some()
        && word_at(tokens, m.end + 2).is_some()
        && !all(S::TimeUnit).starts(tokens, m.end + 2)
        && !all(S::Percent).starts(tokens, m.end + 2)
        && !service_level(tokens)
    {
        return Some(Activity::Task(m));
    }
    // `Minnetrær plantet av driftslaget`, `Meters fitted by the field team`: the team's own work,
    // said to be done by it, however much of it.
    if let Some(m) = (1..4.min(tokens.len())).find_map(|j| all(S::TaskParticiple).at(tokens, j))
        && tokens[..m.start].iter().all(Token::is_word)
        && word_at(tokens, m.end).is_some_and(|w| w.is("av") || w.is("by"))
        && (m.end + 1..(m.end + 3).min(tokens.len())).any(|k| {
            team_word(tokens, k)
                || word_at(tokens, k).is_some_and(|w| w.lower.ends_with("laget") || w.lower.ends_with("laga"))
        })
        && !all(S::People).starts_or_ends_compound(tokens, m.end + 1)
    {
        return Some(Activity::Task(m));
    }
    // `Publiserte artikler på fagbloggen`, `Published case studies`: the outputs, counted.
    if let Some(m) = all(S::TaskParticiple).at(tokens, 0)
        // Nynorsk `halde` is also the verb: then the verb's own rules below decide.
        && !all(S::Task).starts(tokens, 0)
        && word_at(tokens, m.end).is_some()
        && !(m.end..tokens.len()).any(|j| {
            [S::Increase, S::Decrease, S::StateVerb, S::Relative].iter().any(|&s| all(s).starts(tokens, j))
        })
    {
        return Some(Activity::Task(m));
    }
    // `Open support tickets in the backlog`, `Åpne saker eldre enn 30 dager`: an adjective before
    // what is counted (but `Open 3 new stores`, `Open new stores`).
    let counted = |j: usize| word_at(tokens, j).is_some_and(|w| plural_noun(&w.lower, 4));
    let modifier_at = |k: usize| {
        word_at(tokens, k).is_some_and(|w| {
            !w.capitalised
                && text::number_word(&w.lower, lang).is_none()
                && !more_word(&w.lower)
                && !determiner(&w.lower)
                && !all(S::FunctionWord).is_word(&w.lower)
                && !matches!(w.lower.as_str(), "new" | "additional" | "ny" | "nye" | "nya" | "nytt")
                // (`Opne nettbutikk for bedriftskundar`: a preposition ends the thing opened.)
                && !matches!(
                    w.lower.as_str(),
                    "for" | "til" | "i" | "på" | "med" | "av" | "fra" | "frå" | "to" | "in" | "on" | "with" | "of" | "from"
                )
        })
    };
    let modifier = modifier_at(v + 1);
    // (`Open AP support tickets …`: or two words before it, one maybe an abbreviation.)
    let short_name = word_at(tokens, v + 1).is_some_and(|w| w.capitalised && w.lower.chars().count() <= 3);
    // (`Open kiosks in six new shopping centres`: where they open, counted, so the verb.)
    let opened_in = word_at(tokens, v + 2).is_some_and(|w| matches!(w.lower.as_str(), "in" | "at" | "i" | "på"))
        && quantity_at(tokens, v + 3, lang).is_some();
    if all(S::AdjectiveToo).at(tokens, v).is_some_and(|m| m.end == v + 1)
        && !opened_in
        && (counted(v + 1)
            || modifier && counted(v + 2)
            || (modifier || short_name) && !definite_next(tokens, v + 1) && modifier_at(v + 2) && counted(v + 3))
    {
        return None;
    }
    // `Miljøfyrtårn-sertifisere alle barnehagane`: a Norwegian verb compounded with what it is
    // about; its last part is the verb.
    let v = if lang != Lang::En
        && v == 0
        && tokens.get(1).is_some_and(|t| t.hyphen_before && t.lower.ends_with('e'))
        && text::any_of(S::Task, langs, tokens, 1).is_some()
    {
        1
    } else {
        v
    };
    // `Post-purchase NPS`, `Test-dekning`: a compound noun, not the verb (unless the word list has
    // the compound as a verb: `re-platform`).
    // (`Bistå IT-avdelingen med å innføre …`: the unit helped, its task still the team's.)
    if tokens.get(v + 1).is_some_and(|t| t.hyphen_before)
        && text::any_of(S::Task, langs, tokens, v).is_none_or(|m| m.end <= v + 1)
        && helped_team_task(tokens, langs, v).is_none()
    {
        return None;
    }
    // `Se på muligheten for å tilby hjemmebesøk`, `… for å sende fra nytt studio`: a service that
    // might be offered, explored (`… for å lansere en podkast` is the launch, a task).
    let explored_service = v >= 3
        && tokens[v - 1].is("å")
        && tokens[v - 2].is("for")
        && ["mulighet", "moglegheit"].iter().any(|w| tokens[v - 3].lower.starts_with(w))
        && matches!(tokens[v].lower.as_str(), "tilby" | "sende");
    let task = text::any_of(S::Task, langs, tokens, v)
        .filter(|_| !explored_service)
        // `Sign off-season rental agreements`: a phrase's last word is a compound's first.
        .filter(|m| m.end == m.start + 1 || !tokens.get(m.end).is_some_and(|n| n.hyphen_before))
        // `Recruit a dozen coordinators`: not `recruit a` (one person), but a count.
        .filter(|m| !(indefinite_article(&tokens[m.end - 1].lower) && count_at(tokens, m.end, lang).is_some()))
        // `Help shipping agents …`: a gerund before people says which people, not what is done
        // (after a help verb, before any helped: `Support shipping companies in …`).
        .filter(|m| {
            !(m.end == m.start + 1
                && tokens[m.start].lower.ends_with("ing")
                && (all(S::People).starts_or_ends_compound(tokens, m.end)
                    || m.start == 1
                        && help_verb(&tokens[0].lower)
                        && word_at(tokens, m.end).is_some_and(|w| plural_noun(&w.lower, 5))))
        })
        // `Pitch maintenance complaints from clubs per 500 bookings`: a rate's name, its first word
        // the first part of a compound noun (not `Run workshops per 100 employees`, counted work).
        .filter(|m| {
            !(m.start == 0
                && word_at(tokens, m.end).is_some_and(|w| !plural_noun(&w.lower, 4) && !determiner(&w.lower))
                && word_at(tokens, m.end + 1).is_some_and(|w| plural_noun(&w.lower, 4))
                && (m.end + 2..tokens.len()).any(|k| {
                    tokens[k].is("per")
                        && quantity_at(tokens, k + 1, lang).is_some()
                        && (m.end..k).all(|j| quantity_at(tokens, j, lang).is_none())
                }))
        })
        // `Teaching assistant turnover no higher than 10%`: a gerund naming who a metric is of,
        // not the verb.
        .filter(|m| {
            !(m.start == 0
                && m.end == 1
                && tokens[0].lower.ends_with("ing")
                && (2..4.min(tokens.len())).any(|k| {
                    [S::MetricNoun, S::GenericMetric].iter().any(|&s| all(s).starts(tokens, k))
                        && tokens[1..k].iter().all(Token::is_word)
                }))
        })
        // `Open Support tickets older than 7 days`, `Åpne saker eldre enn 30 dager`: open as an
        // adjective, the things counted by their age.
        .filter(|m| {
            !(matches!(tokens[m.start].lower.as_str(), "open" | "åpne" | "opne")
                && tokens[m.end..].iter().any(|t| matches!(t.lower.as_str(), "older" | "eldre")))
        })
        // `Bygge ned restansen`: with its particle, a decrease, not building; `Bygge opp egenkapitalen
        // til 4 MNOK`, `Scale up donations to NOK 250k`: grown to a level of money (not `Bygge opp
        // et eget G14-lag`, `Scale up the sessions from 4 to 12 schools`: the team's own work).
        .filter(|m| text::any_of(S::Decrease, langs, tokens, m.start).is_none_or(|d| d.end <= m.end))
        .filter(|m| {
            text::any_of(S::Increase, langs, tokens, m.start).is_none_or(|i| i.end < m.end)
                || !(m.end..tokens.len()).any(|k| {
                    word_at(tokens, k).is_some_and(|w| w.is("til") || w.is("to")) && money_at(tokens, k + 1, lang)
                })
        })
        // `Samle inn 3,5 MNOK i TV-aksjonen`, `Collect $50k in donations`: money gathered is given
        // by others (`Samle inn innspill` is still work).
        // (Past a bound: `Samle inn minst 600 000 kr fra bedrifter`.)
        .filter(|m| {
            !(all(S::Collect).at(tokens, m.start).is_some_and(|c| {
                let past_bound = all(S::Threshold).at(tokens, c.end).map_or(c.end, |t| t.end);
                money_at(tokens, past_bound, lang)
            }))
        })
        // `Leie ut 95 % av kontorarealet`: renting out is selling, the tenants decide (`Leie inn
        // lokaler` is the team's own purchase).
        .filter(|m| {
            !(matches!(tokens[m.start].lower.as_str(), "leie" | "leige")
                && word_at(tokens, m.end).is_some_and(|w| w.is("ut")))
        })
        .or_else(|| {
            // `Make 1,000 cold calls`: a task only with a count right after the verb.
            let m = text::any_of(S::TaskWithCount, langs, tokens, v)?;
            quantity_at(tokens, m.end, lang)
                .or_else(|| quantity_at(tokens, m.end + 1, lang).filter(|_| tokens[m.end].kind == Kind::Symbol))
                .map(|_| m)
        })
        .or_else(|| output_noun(tokens, v))
        .or_else(|| back_in_service(tokens, v))
        .or_else(|| length_renewed(tokens, v, lang))
        .or_else(|| by_means_of_task(tokens, langs, v))
        .or_else(|| helped_team_task(tokens, langs, v))
        .or_else(|| joined_task(tokens, langs, v))
        .or_else(|| {
            // Loan verbs: `digitalisere`, `automatisere`, `containerise`, `centralize`.
            let t = word_at(tokens, v)?;
            let l = t.lower.as_str();
            let norwegian = l.ends_with("isere");
            let english = (l.ends_with("ise") || l.ends_with("ize"))
                && l.chars().count() >= 8
                && !matches!(l, "enterprise" | "expertise" | "franchise" | "merchandise" | "exercise" | "otherwise");
            let elsewhere = [S::SoftVague, S::HardVague, S::DirectionObjective, S::Increase, S::Decrease]
                .iter()
                .any(|&s| text::any_of(s, langs, tokens, v).is_some());
            ((norwegian || english) && !elsewhere).then_some(Match { start: v, end: v + 1 })
        })?;
    // `Finish top 5 Product of the Day`, `Ende topp 3 i serien`, `Finish in the top 3 of …`: a
    // place reached, not work done.
    // (`Finish the top 5 features` is work.)
    // (`Finish in the top half of the league`: a share of the table, too.)
    let rank_at = |j: usize| {
        all(S::Rank).at(tokens, j).is_some_and(|r| {
            quantity_at(tokens, r.end, lang).is_some()
                || word_at(tokens, r.end).is_some_and(|w| matches!(w.lower.as_str(), "half" | "halvdel" | "halvdelen"))
        })
    };
    let inside = word_at(tokens, task.end).is_some_and(|w| matches!(w.lower.as_str(), "in" | "blant" | "på"));
    let the = usize::from(word_at(tokens, task.end + 1).is_some_and(|w| w.is("the")));
    let place = rank_at(task.end) || inside && rank_at(task.end + 1 + the);
    if place {
        return None;
    }
    // `Besøk på MinSide`, `Salg av …`: a Norwegian stem before a preposition is the noun; the
    // imperative takes its object directly (`Besøk 40 kunder`). So is a stem heading what a colon
    // then measures: `Kurs for nyansatte: 90 % fullfører`.
    let heading = || {
        let colon = (1..tokens.len()).find(|&j| is_symbol(tokens.get(j), &[":"]));
        colon.is_some_and(|c| {
            (1..c).all(|j| quantity_at(tokens, j, lang).is_none())
                && find_target(&tokens[c + 1..], lang, Mode::KeyResult).is_some()
        })
    };
    if task.start == 0
        && task.end == 1
        && lang != Lang::En
        && !tokens[0].lower.ends_with('e')
        && !tokens[0].lower.ends_with('a')
        && (word_at(tokens, 1).is_some_and(|w| matches!(w.lower.as_str(), "på" | "av" | "fra" | "frå" | "per" | "til"))
            // (`Besøk i svømmehallen`; `Besøk i 40 butikker` is the team's.)
            || word_at(tokens, 1).is_some_and(|w| matches!(w.lower.as_str(), "i" | "ved"))
                && word_at(tokens, 2).is_some_and(|w| quantity_at(tokens, 2, lang).is_none() && !w.capitalised)
            || heading())
    {
        return None;
    }
    // A change verb after it, with a target: the title measures an outcome (`Deploy frequency
    // rises …`, `Visits grow from 4k to 6k`, `Innføre X for å redusere Y med 20 %`).
    // `Skrive 40 artikler for å redusere antall henvendelser`: the change states no level, the 40
    // belongs to the task.
    // (`a summer bridge lift timetable`: a change word between two nouns is a noun.)
    let noun_between_nouns = |j: usize| {
        let after_noun = |w: &Token| {
            w.is_word()
                && !all(S::FunctionWord).is_word(&w.lower)
                && !matches!(
                    w.lower.as_str(),
                    "to" | "and"
                        | "will"
                        | "can"
                        | "so"
                        | "that"
                        | "or"
                        | "in"
                        | "by"
                        | "for"
                        | "at"
                        | "of"
                        | "on"
                        | "with"
                        | "from"
                )
        };
        lang == Lang::En
            && !tokens[j].lower.ends_with('s')
            && after_noun(&tokens[j - 1])
            && word_at(tokens, j + 1).is_some_and(|w| after_noun(w) && !determiner(&w.lower))
    };
    let finite_change = (task.end..tokens.len()).any(|j| {
        (all(S::Increase).at(tokens, j).or_else(|| all(S::Decrease).at(tokens, j))).is_some()
            && tokens[j].lower.chars().count() > 3
            // (`the bag-drop pilot`, `fall-prevention training`: part of a compound.)
            && !tokens[j].hyphen_before
            && !tokens.get(j + 1).is_some_and(|n| n.hyphen_before)
            // (`a double materiality assessment`: an adjective.)
            && !indefinite_article(&tokens[j - 1].lower)
            && !noun_between_nouns(j)
            && !all(S::Comparative).starts(tokens, j)
            && find_target(&tokens[j..], lang, Mode::KeyResult).is_some()
    });
    // `Build success rate on main stays between 95 % and 99 %`: a noun subject and its verb,
    // before any number.
    let first_number = (0..tokens.len()).find(|&j| quantity_at(tokens, j, lang).is_some()).unwrap_or(tokens.len());
    let subject_verb = !word_at(tokens, task.end).is_some_and(|w| determiner(&w.lower))
        && (task.end + 1..first_number).any(|j| all(S::StateVerb).starts(tokens, j))
        && !inside_measured_statement(tokens, first_number.min(tokens.len()));
    // `Launch day sign-ups reach 5,000`, `Premiere ticket sales reach 2,000`: the task verb names
    // a thing, and the compound it starts is the subject of `reach`.
    let subject_reaches = !word_at(tokens, task.end).is_some_and(|w| determiner(&w.lower))
        && (task.end + 1..(task.end + 4).min(first_number)).any(|j| {
            matches!(tokens[j].lower.as_str(), "reach" | "reaches" | "hit" | "hits")
                && tokens[task.end..j].iter().all(|t| t.is_word() && !matches!(t.lower.as_str(), "and" | "to"))
        });
    if (finite_change || subject_verb || subject_reaches) && has_text_target {
        return None;
    }
    // `Test coverage`, `Survey response rate`, `Release frequency`: the name of a metric.
    let modifier = word_at(tokens, task.end).is_some_and(|w| {
        !matches!(
            w.lower.as_str(),
            "the" | "a" | "an" | "our" | "all" | "every" | "en" | "et" | "ei" | "den" | "det" | "alle"
        )
    });
    // (Not a Norwegian infinitive with its object: `Kartlegge marginen per transportør`,
    // `Kartlegge kostnad per driftstime`; Norwegian names a metric as one compound.)
    let norwegian_infinitive = lang != Lang::En
        && tokens[task.start].lower.ends_with('e')
        && text::any_of(S::Task, &[Lang::En], tokens, task.start).is_none();
    // (Not a practice named by a gerund after it: `Implement rate limiting`, `Build cost tracking`;
    // nor the first word of a hyphenated modifier: `Launch time-of-day pricing`.)
    let metric_name = |k: usize| {
        all(S::MetricNoun).at(tokens, k).is_some_and(|m| {
            !word_at(tokens, m.end).is_some_and(|w| w.lower.len() > 4 && w.lower.ends_with("ing") || w.hyphen_before)
        })
    };
    if task.start == v && !norwegian_infinitive && (metric_name(task.end) || modifier && metric_name(task.end + 1)) {
        return None;
    }
    // `Holde bemanningsgraden mellom 85 og 90 %`: keeping a level is not a task; holding three
    // courses is.
    // A level, not a count (`Holde tre kurs`) nor a date (`Hold talks … within 1. June`).
    // So is a range it is kept at: `Holde byggetiden i CI på 6–8 minutter` (not `Hold 6–8 workshops`).
    // (`Holde sykefraværet ensifret`: a level by its digits.)
    // A share or a sum of money at `k`.
    let share_or_money_at =
        |k: usize| money_at(tokens, k, lang) || amount_at(tokens, k, lang).is_some_and(|(_, _, percent)| percent);
    // (What is kept is money: `Holde investeringene …`, not `Hold workshops …`.)
    let money_kept =
        (task.end..(task.end + 2).min(tokens.len())).any(|k| all(S::MoneyNoun).starts_or_ends_compound(tokens, k));
    let level = all(S::Percent).any(tokens)
        || all(S::Fraction).any(tokens)
        || (0..tokens.len()).any(|j| {
            all(S::Threshold).at(tokens, j).is_some()
                && (!matches!(tokens[j].lower.as_str(), "within" | "innenfor" | "innanfor")
                    // (`Halde utgiftene innanfor 1,2 mill. kr`, `Holde investeringene innenfor
                    // rammen på 1,4 mrd. kr`: within a budget is a level.)
                    || share_or_money_at(j + 1)
                    || money_kept
                        && (j + 3..(j + 6).min(tokens.len())).any(|k| {
                        matches!(tokens[k - 1].lower.as_str(), "på" | "of")
                            && tokens[j + 1..k - 1].iter().all(Token::is_word)
                            && share_or_money_at(k)
                    }))
                || j > 0
                    && matches!(tokens[j - 1].lower.as_str(), "på" | "at" | "around" | "rundt")
                    && quantity_at(tokens, j, lang).is_some()
                    && is_symbol(tokens.get(j + 1), &["–", "—", "-"])
                    && quantity_at(tokens, j + 2, lang).is_some()
                // `på 2 minutt eller lågare`, `at 40 tickets or fewer`: a level with its bound after.
                || j > 0
                    && (tokens[j].is("eller") || tokens[j].is("or"))
                    && all(S::Comparative).starts(tokens, j + 1)
                    && (j.saturating_sub(3)..j).any(|q| quantity_at(tokens, q, lang).is_some())
        });
    if let Some(keep) = all(S::Keep).at(tokens, task.start)
        // (Not an event held, however many: `Halde kurs i helsetolking` with `target: 8`.)
        && !(keep.end..(keep.end + 2).min(tokens.len())).any(|k| all(S::Output).starts_or_ends_compound(tokens, k))
        // `Holde på flere sesongarbeidere`, `Hold on to more seasonal workers`: retaining people.
        // (`Holde sykefraværet på nivå med fjorårets`: a level named by what it equals.)
        && (field_target(kr)
            || level
            || word_at(tokens, keep.end).is_some_and(|w| w.is("på") || w.is("on"))
            || tokens[keep.end..].iter().any(|t| t.is("nivå") || t.is("level") || t.is("par"))
            // (`holde motivasjonen oppe`: kept up.)
            || tokens[keep.end..tokens.len().min(keep.end + 4)].iter().any(|t| t.is("oppe")))
    {
        return None;
    }
    // `Utvikle vidare søkjefunksjonen`, `build stronger relationships`, `building relationships
    // with …`: an improvement, not an output (vague-key-result and unmeasurable-key-result judge it).
    // (`publisere flere kundehistorier`, `write more articles`: more outputs, still a task.)
    let build = all(S::Build).starts(tokens, task.start);
    // (`deploy more often` is a rate, not more outputs.)
    let more = word_at(tokens, task.end).is_some_and(|w| more_word(&w.lower))
        && !word_at(tokens, task.end + 1).is_some_and(|w| matches!(w.lower.as_str(), "often" | "frequently"));
    // `We deploy to production more often`, `Publisere oftere på LinkedIn`: how often, a rate.
    let how_often = (task.end..(task.end + 5).min(tokens.len())).any(|k| {
        matches!(tokens[k].lower.as_str(), "oftere" | "oftare" | "hyppigere" | "hyppigare" | "sjeldnere" | "sjeldnare")
            || matches!(tokens[k].lower.as_str(), "more" | "less")
                && word_at(tokens, k + 1).is_some_and(|w| matches!(w.lower.as_str(), "often" | "frequently"))
    });
    // (`Fornye 14 km vannledning`: a soft verb with a count of the team's own work after it.)
    // (Not a share: `Fornye 92 % av kontraktene`, `9 av 10 avtaler` are renewed by customers.)
    let counted_work = text::any_of(S::TaskWithCount, langs, tokens, task.start)
        .is_some_and(|m| quantity_at(tokens, m.end, lang).is_some())
        && !all(S::Percent).any(tokens)
        && !ratio_in(tokens);
    if text::any_of(S::SoftVague, langs, tokens, task.start).is_some()
        && !counted_work
        && renewed_contract(tokens, task.start).is_none()
        && length_renewed(tokens, task.start, lang).is_none()
        || how_often
        || all(S::Comparative).starts(tokens, task.end) && (build || !more)
        || build && quality_object(tokens, task.end)
    {
        return None;
    }
    // `Følge opp alle leads innen 24 timer`, `Approve 90 % of applications within 3 weeks`: a
    // recurring service level, not a one-off task.
    if service_level(tokens) {
        return None;
    }
    // `Launch the referral programme and have at least 80 customers refer a friend`, `Roll out
    // SSO, with at least 60% of enterprise accounts signing in through it`.
    for j in task.end..tokens.len() {
        if let Some(link) = all(S::OutcomeLink).at(tokens, j)
            && find_target(&tokens[link.end..], lang, Mode::KeyResult).is_some()
        {
            return None;
        }
        // `Launch parking app; 5,000 residents use it`, `launch referral programme + ≥ 80 customers
        // referring a friend`: after a break, people counted.
        // (Not the dash of a range: `firms with 10–50 employees`.)
        let range =
            j > 0 && tokens[j - 1].kind == Kind::Number && tokens.get(j + 1).is_some_and(|n| n.kind == Kind::Number);
        if is_symbol(tokens.get(j), &[";", ":", "–", "—", "+"])
            && !range
            && let Some(t) = find_target(&tokens[j + 1..], lang, Mode::KeyResult)
            && (j + 1 + t.end..j + 3 + t.end).any(|k| all(S::People).starts(tokens, k))
        {
            return None;
        }
        // `Gjennomføre medarbeidarsamtalar …, og minst 90 % seier samtalen var nyttig`: a clause of
        // its own, a share and what it does.
        if is_symbol(tokens.get(j), &[","])
            && word_at(tokens, j + 1).is_some_and(|w| matches!(w.lower.as_str(), "og" | "and"))
            && let Some(t) = find_target(&tokens[j + 2..], lang, Mode::KeyResult)
            && t.start <= 1
            && all(S::Percent).starts(tokens, j + 2 + t.end)
            && word_at(tokens, j + 3 + t.end)
                .is_some_and(|w| looks_finite(&w.lower) && !all(S::Modal).starts(tokens, j + 3 + t.end))
        {
            return None;
        }
        // A share of others and what they do (not `med 100 % av de ansatte`, whom the task reaches).
        if matches!(tokens[j].lower.as_str(), "with" | "med")
            && let Some(k) = count_at(tokens, j + 1, lang)
        {
            let of = (k + 1..(k + 4).min(tokens.len())).find(|&o| matches!(tokens[o].lower.as_str(), "of" | "av"));
            let doing = of.is_some_and(|o| {
                (o + 2..(o + 6).min(tokens.len())).any(|d| {
                    let l = tokens[d].lower.as_str();
                    lang == Lang::En && l.ends_with("ing") && l.len() > 5 || matches!(l, "som" | "who" | "that")
                })
            });
            if doing {
                return None;
            }
        }
    }
    Some(Activity::Task(task))
}

/// `building relationships with …`, `bygge tillit hos …`, `building a stronger feedback culture`,
/// `bygge en sterkere tilbakemeldingskultur`: a quality as the whole object (not `the loyalty
/// app`, `engagement surveys`, where it names a thing).
fn quality_object(tokens: &[Token], at: usize) -> bool {
    let article = word_at(tokens, at).is_some_and(|w| {
        matches!(w.lower.as_str(), "the" | "a" | "an" | "our" | "vår" | "våre" | "en" | "et" | "ei" | "ein" | "eit")
    });
    let j = at + usize::from(article);
    // Past a comparative, the quality may follow one modifier (`brand awareness`, `a stronger
    // feedback culture`) or end a compound (`merkevarekjennskap`, `tilbakemeldingskultur`).
    let k = all(S::Comparative).at(tokens, j).map_or(j, |m| m.end);
    let head = all(S::QualityNoun).at(tokens, k).or_else(|| {
        let w = word_at(tokens, k)?;
        if all(S::QualityNoun).starts(tokens, k + 1) {
            all(S::QualityNoun).at(tokens, k + 1)
        } else {
            all(S::QualityNoun).ends_compound(&w.lower).then_some(Match { start: k, end: k + 1 })
        }
    });
    head.is_some_and(|m| {
        !word_at(tokens, m.end).is_some_and(|w| {
            !matches!(
                w.lower.as_str(),
                "with"
                    | "from"
                    | "among"
                    | "across"
                    | "in"
                    | "i"
                    | "med"
                    | "blant"
                    | "hos"
                    | "til"
                    | "to"
                    | "for"
                    | "og"
                    | "and"
                    | "vårt"
                    | "vår"
                    | "våre"
                    | "som"
                    | "as"
                    | "på"
                    | "on"
                    | "at"
            )
        })
    })
}

/// `Work on 10 case studies`, `Jobbe med søknader til …`, `Realize 3 workshops`, `Make a new
/// website`, `Do the migration of …`: the team's output, named by a noun after a vague lead or a
/// verb that only says "do", past at most an article, a count and one more word.
fn output_noun(tokens: &[Token], v: usize) -> Option<Match> {
    let generic = all(S::GenericVerb).at(tokens, v);
    // Without a "do" verb, only after a vague lead the team commits to (not `Help center articles …`).
    let lead = || (0..2).find_map(|i| all(S::HardVague).at(tokens, i)).filter(|m| m.end <= v);
    if generic.is_none() && !lead().is_some_and(|m| in_commitment_position(tokens, m)) {
        return None;
    }
    let start = generic.map_or(v, |g| g.start);
    let mut k = generic.map_or(v, |g| g.end);
    let mut other_words = 0;
    while k < tokens.len() && k <= v + 5 {
        // `newsletter subscribers`: the output names what is counted, not what is made.
        // (`Support guides in building …`: people, helped in what they do.)
        if let Some(m) = all(S::Output).at(tokens, k)
            && !word_at(tokens, m.end).is_some_and(|w| w.lower.chars().count() > 3 && !w.is("with") && !w.is("from"))
            && !in_doing(tokens, m.end)
        {
            return Some(Match { start, end: m.end });
        }
        // (A standard names which: `Jobbe med ISO 14001-sertifisering av lageret`.)
        if let Some(standard) = all(S::Standard).at(tokens, k) {
            k = standard.end;
            continue;
        }
        let t = &tokens[k];
        let skippable = t.kind == Kind::Number
            || matches!(
                t.lower.as_str(),
                "the"
                    | "a"
                    | "an"
                    | "our"
                    | "new"
                    | "en"
                    | "et"
                    | "ei"
                    | "ein"
                    | "eit"
                    | "ny"
                    | "nye"
                    | "nytt"
                    | "vår"
                    | "våre"
            )
            || Lang::ALL.iter().any(|&l| text::number_word(&t.lower, l).is_some());
        if !skippable {
            let verb = [S::Increase, S::Decrease, S::Task, S::SoftVague, S::HardVague, S::Comparative, S::Sign]
                .iter()
                .any(|&s| all(s).starts(tokens, k));
            other_words += 1;
            if verb || !t.is_word() || other_words > 1 || generic.is_none() {
                return None;
            }
        }
        k += 1;
    }
    None
}

/// `Support brokers by publishing a monthly newsletter`, `Styrke samarbeidet ved å arrangere …`:
/// after a vague lead, the means named is the task.
fn by_means_of_task(tokens: &[Token], langs: &[Lang], v: usize) -> Option<Match> {
    if v == 0 || all(S::HardVague).at(tokens, 0).is_none() {
        return None;
    }
    // (`Forsøke å øke antall søkere med 15 % ved å kjøre kampanje`: the outcome is the commitment,
    // the campaign only how.)
    if all(S::Increase).starts(tokens, v) || all(S::Decrease).starts(tokens, v) {
        return None;
    }
    let by = (v..tokens.len()).find(|&j| matches!(tokens[j].lower.as_str(), "by" | "ved"))?;
    let verb = if word_at(tokens, by + 1).is_some_and(|w| w.is("å")) { by + 2 } else { by + 1 };
    // A verb: `ved å lansere`, `by launching` (not a noun: `ved premiere`, `by launch day`).
    let gerund = tokens[by].is("by") && word_at(tokens, verb).is_some_and(|w| w.lower.ends_with("ing"));
    (verb == by + 2 || gerund).then(|| text::any_of(S::Task, langs, tokens, verb)).flatten()
}

/// `Return No. 4 'Brigadier' to steam`, `return the ferry to service`: one thing put back to work,
/// done or not (not `Return 95 % of calls`).
fn back_in_service(tokens: &[Token], v: usize) -> Option<Match> {
    word_at(tokens, v).filter(|w| w.is("return") || w.is("returning"))?;
    (v + 2..(v + 12).min(tokens.len()))
        .any(|k| {
            tokens[k - 1].is("to") && matches!(tokens[k].lower.as_str(), "steam" | "service" | "traffic" | "operation")
        })
        .then_some(Match { start: v, end: v + 1 })
}

/// Past what a unit is for, at `j`, to the `med` or `with` after it: `seksjon for visuell kunst
/// med å …`.
fn past_remit(tokens: &[Token], j: usize) -> usize {
    if !word_at(tokens, j).is_some_and(|w| w.is("for")) {
        return j;
    }
    (j + 2..(j + 6).min(tokens.len()))
        .take_while(|&k| tokens[k].is_word())
        .find(|&k| tokens[k].is("med") || tokens[k].is("with"))
        .unwrap_or(j)
}

/// `25-year`, `10-års`: a number at `i` joined to a time unit, how long a thing runs.
fn runs_for(tokens: &[Token], i: usize) -> bool {
    tokens.get(i + 1).is_some_and(|w| w.hyphen_before && all(S::TimeUnit).starts(tokens, i + 1))
}

/// `Fornye strømavtalen før 1. januar`, `Renew the office lease`: one contract renewed, a
/// milestone (not `Fornye nettsiden`, a vague improvement, nor `Renew 95 % of the leases`).
fn renewed_contract(tokens: &[Token], v: usize) -> Option<Match> {
    word_at(tokens, v).filter(|w| ["renew", "fornye", "fornya"].iter().any(|r| w.lower.starts_with(r)))?;
    let object = v + 1 + usize::from(word_at(tokens, v + 1).is_some_and(|w| w.is("the") || w.is("our")));
    let contract = word_at(tokens, object)?;
    // (Not with most of many: `Fornye avtalen med minst 8 av 10 annonsører`.)
    (["avtalen", "avtala", "kontrakten", "agreement", "contract", "lease"].iter().any(|c| contract.lower.ends_with(c))
        && !ratio_in(tokens)
        && !all(S::Percent).any(tokens))
    .then_some(Match { start: v, end: object + 1 })
}

/// `Renew 42 km of water mains`, `Fornye 12 km vannledning`: a length of the network renewed,
/// the team's own work (not `Renew 95 % of the leases`, which others sign).
fn length_renewed(tokens: &[Token], v: usize, lang: Lang) -> Option<Match> {
    word_at(tokens, v)
        .filter(|w| ["renew", "fornye", "fornya", "rehabiliter"].iter().any(|r| w.lower.starts_with(r)))?;
    // (Or after what is renewed: `Fornye vegoppmerkingen på 300 km fylkesvei`.)
    let length_at = |k: usize| {
        quantity_at(tokens, k, lang).is_some() && word_at(tokens, k + 1).is_some_and(|u| length_unit(&u.lower))
    };
    (length_at(v + 1)
        || word_at(tokens, v + 2).is_some_and(|w| matches!(w.lower.as_str(), "på" | "of" | "over")) && length_at(v + 3))
    .then_some(Match { start: v, end: v + 1 })
}

/// `Help the platform team migrate the build pipeline`, `Hjelpe salgsteamet med å lansere …`:
/// another team's work, helped along, is still work (while `Help 30 team leads complete the
/// course` and `Help product teams adopt …` count what others achieve).
fn helped_team_task(tokens: &[Token], langs: &[Lang], v: usize) -> Option<Match> {
    let lead = all(S::HardVague).at(tokens, 0)?;
    // `Bidra til at compliance-avdelingen leverer ny risikovurdering`: a unit as the subject of
    // its own task, which the team contributes to.
    if ["bidr", "contribut"].iter().any(|h| tokens[0].lower.starts_with(h)) {
        let at = (lead.end.saturating_sub(1)..(lead.end + 1).min(tokens.len()))
            .find(|&k| matches!(tokens[k].lower.as_str(), "at" | "that"))?;
        // The unit is the subject itself (`compliance-avdelingen`), not where a measure is taken
        // (`sykefraværet i kundesenteret holdes under 5 %`).
        // (Or units as one definite plural noun, not people: `at krinsane innfører …`.)
        let units = word_at(tokens, at + 1).is_some_and(|w| {
            ["ene", "ane"].iter().any(|e| w.lower.ends_with(e))
                && !all(S::People).starts_or_ends_compound(tokens, at + 1)
                && !all(S::MetricNoun).starts_or_ends_compound(tokens, at + 1)
        });
        let team = (at + 1..(at + 4).min(tokens.len()))
            .take_while(|&k| name_part(tokens, k) && (k == at + 1 || tokens[k].hyphen_before))
            .find(|&k| team_word(tokens, k) || units && k == at + 1)?;
        // Its verb is finite (`leverer`, `migrates`), or what it gets done (`får køyrt 8
        // eksperiment`).
        let mut k = past_place(tokens, past_name(tokens, team));
        let gets =
            word_at(tokens, k).is_some_and(|w| matches!(w.lower.as_str(), "får" | "fekk" | "fikk" | "gets" | "got"));
        if gets {
            k += 1;
        }
        word_at(tokens, k)?;
        // (Or the milestone it gets: `at kvalitetsavdelinga får ISO 22000-sertifisering`.)
        if gets
            && let Some(j) = (k..(k + 4).min(tokens.len())).find(|&j| {
                word_at(tokens, j).is_some_and(|w| all(S::MilestoneNoun).ends_compound(&w.lower))
                    || all(S::MilestoneNoun).starts(tokens, j)
            })
        {
            return Some(Match { start: k - 1, end: j + 1 });
        }
        return with_base_forms(tokens, k)
            .filter_map(|tail| text::any_of(S::Task, langs, &tail, 0))
            .map(|m| Match { start: m.start + k, end: m.end + k })
            .find(|t| !adoption(&tokens[k..], t.start - k));
    }
    if !help_verb(&tokens[0].lower) {
        return None;
    }
    // The task after `med`, `å`, `to`, `with`, `in`.
    let task_after = |mut j: usize| {
        while word_at(tokens, j).is_some_and(|w| matches!(w.lower.as_str(), "med" | "å" | "to" | "with" | "in" | "i"))
        {
            j += 1;
        }
        text::any_of(S::Task, langs, tokens, j)
            .or_else(|| joined_task(tokens, langs, j))
            // (`Bistå innkjøp med å fornye strømavtalen`: one contract renewed, its milestone.)
            .or_else(|| renewed_contract(tokens, j))
    };
    // Not taking something into use: `Help product teams adopt …` is their adoption.
    let not_adoption = |t: &Match| !adoption(tokens, t.start);
    // `Support the cruise terminal in launching a new app`, `Help the control room migrate …`: a
    // unit named with `the` or `our`, helped in its work (not people: `Help the managers in …`).
    // (Or after an owner's genitive: `Bistå kommunens parkvesen med å …`; a proper name may be
    // long: `Help the Faculty of Science IT team migrate …`.)
    if word_at(tokens, lead.end).is_some_and(|w| {
        matches!(w.lower.as_str(), "the" | "our" | "den" | "det" | "de" | "dei" | "våre" | "vår" | "vårt")
            || definite_genitive(&w.lower) && word_at(tokens, lead.end + 2).is_some_and(|m| m.is("med"))
    }) && let Some(task) = (lead.end + 2
        ..(lead.end + if word_at(tokens, lead.end + 1).is_some_and(|w| w.capitalised) { 8 } else { 6 })
            .min(tokens.len()))
        // (Not past a preposition: `Support our volunteer moderators during launch week`.)
        .take_while(|&k| {
            name_part(tokens, k - 1)
                && !matches!(
                    tokens[k - 1].lower.as_str(),
                    "during" | "through" | "after" | "before" | "under" | "etter" | "før" | "gjennom"
                )
        })
        // The name's last word is what is helped: people stop it (`the managers`), a word before
        // it does not (`the outpatient clinics`).
        // (`the academy staff`, `the clinic staff`: a unit's staff, named by the unit; `the
        // stores' pharmacy teams`: its teams.)
        .find_map(|k| {
            task_after(k).filter(|_| {
                !all(S::People).starts_or_ends_compound(tokens, k - 1)
                    || matches!(tokens[k - 1].lower.as_str(), "staff" | "personalet" | "teams") && k - 1 > lead.end + 1
            })
        })
        .filter(not_adoption)
    {
        return Some(task);
    }
    if let Some(team) = (lead.end.max(v)..(v + 4).min(tokens.len()))
        .take_while(|&k| name_part(tokens, k))
        .find(|&k| team_word(tokens, k))
    {
        // Past the whole name: `the finance team`, and where it is: `kundesenteret i Førde`, or
        // what it is for: `seksjon for visuell kunst med å …`.
        return task_after(past_remit(tokens, past_place(tokens, past_name(tokens, team)))).filter(not_adoption);
    }
    // `Bistå sektorene med å migrere …`, `Help departments roll out …`, `Bistå regnskap med å
    // innføre …`, `Support payroll in migrating …`: a unit as one plural or definite noun, or one
    // noun the task follows (`Bistå helse og oppvekst med migrering …`: or two, joined).
    // (`Hjelpe 110-sentralen med å …`: a hyphenated name is judged by its last part.)
    let last_part = (lead.end + 1..tokens.len()).take_while(|&k| tokens[k].hyphen_before).last();
    // (`Support DC3 in migrating …`, `Bistå DC4 med å …`: a unit by its code.)
    if tokens.get(lead.end).is_some_and(|t| t.kind == Kind::Ident && t.capitalised)
        && word_at(tokens, lead.end + 1).is_some_and(|w| w.is("med") || w.is("with") || w.is("in"))
    {
        return task_after(lead.end + 1).filter(not_adoption);
    }
    let unit = word_at(tokens, lead.end).or_else(|| word_at(tokens, last_part?))?;
    let named_by_last = last_part.is_some_and(|k| {
        !all(S::People).starts_or_ends_compound(tokens, k) && (team_word(tokens, k) || definite_next(tokens, k))
    });
    // (`Bistå vann- og avløpsavdelingen med …`: the first part's hyphen stands for the shared end.)
    let and_at = lead.end + 1 + usize::from(is_symbol(tokens.get(lead.end + 1), &["-"]));
    let two = word_at(tokens, and_at).is_some_and(|w| w.is("og") || w.is("and"))
        && word_at(tokens, and_at + 1).is_some()
        && word_at(tokens, and_at + 2).is_some_and(|w| w.is("med") || w.is("with"));
    // (`Bistå IT-drift med å migrere …`: past the rest of a hyphenated name; `Hjelpe klinikk Nord
    // med å …`: past a capitalised name after it.)
    let mut end = if two { and_at + 2 } else { last_part.map_or(lead.end + 1, |k| k + 1) };
    // (Or the unit's noun after an adjective: `Bistå teknisk etat med å kartlegge …`.)
    if (word_at(tokens, end).is_some_and(|w| w.capitalised && !title_case(tokens)) || team_word(tokens, end))
        && word_at(tokens, end + 1).is_some_and(|w| w.is("med") || w.is("with"))
    {
        end += 1;
    }
    let end = past_remit(tokens, end);
    // People helped (or others as a bare plural, helped in what they do: `Support guides in
    // building their own client base`).
    // (Not the leaders of units, named by them, helped to bring in what their units will run:
    // `Bistå vaktlederne med å innføre ny turnusplan`, `prosjektlederne`, `klubbleiarane`.)
    let leaders = ["lederne", "leiarane", "sjefene", "sjefane"]
        .iter()
        .any(|s| unit.lower.len() > s.len() + 2 && unit.lower.ends_with(s));
    let people = !leaders
        && (all(S::People).starts_or_ends_compound(tokens, lead.end)
            || plural_noun(&unit.lower, 5) && in_doing(tokens, lead.end + 1) && !team_word(tokens, lead.end));
    (!people
        && (plural_noun(&unit.lower, 5)
            || definite_next(tokens, lead.end)
            // (`Help IT migrate …`: a unit by its short capital name.)
            || unit.capitalised && unit.lower.chars().count() <= 3 && !title_case(tokens)
            || named_by_last
            || word_at(tokens, end).is_some_and(|w| w.is("med") || w.is("with") || w.is("in"))))
    // (And where they are: `Bistå butikkene i Region Nord med å innføre …`.)
    .then(|| task_after(past_place(tokens, end)))?
    .filter(not_adoption)
}

/// `Skyte og publisere 20 nyhetsvideoer`, `rydde og arkivere gamle mapper`: a verb at `v` the
/// lists do not know, joined to one they do; the work is the same.
fn joined_task(tokens: &[Token], langs: &[Lang], v: usize) -> Option<Match> {
    let and = word_at(tokens, v + 1).filter(|w| w.is("og") || w.is("and"))?;
    let first = word_at(tokens, v)?;
    (and.start > first.end
        && ![S::People, S::Unit, S::Output, S::MetricNoun, S::GenericMetric]
            .iter()
            .any(|&s| all(s).starts_or_ends_compound(tokens, v)))
    .then(|| text::any_of(S::Task, langs, tokens, v + 2))
    .flatten()
    .filter(|m| m.end < tokens.len())
}

/// `9 av 10`, `9 of 10`, `1 in 3`, `ni av ti`, `nine in ten`: a ratio somewhere in `tokens`.
fn ratio_in(tokens: &[Token]) -> bool {
    let number =
        |t: &Token| t.kind == Kind::Number || Lang::ALL.iter().any(|&l| text::number_word(&t.lower, l).is_some());
    tokens.windows(3).any(|w| number(&w[0]) && matches!(w[1].lower.as_str(), "av" | "of" | "in") && number(&w[2]))
}

/// Taking something into use (`adopt`, `ta i bruk`, `tar`, `tek`, `start using`, `begynne å
/// bruke`) at `v`: what the helped achieve, not a task of theirs.
fn adoption(tokens: &[Token], v: usize) -> bool {
    let verb = &tokens[v];
    let starts_using = ["start", "begin", "starte", "begynne", "byrje"].iter().any(|w| verb.is(w))
        && word_at(tokens, v + 1 + usize::from(word_at(tokens, v + 1).is_some_and(|w| w.is("å") || w.is("to"))))
            .is_some_and(|w| matches!(w.lower.as_str(), "using" | "use" | "bruke" | "nytte"));
    verb.lower.starts_with("adopt") || ["ta", "tar", "tek"].iter().any(|w| verb.is(w)) || starts_using
}

/// `tokens[k..]`, and the same with the word at `k` in each of its base forms (`leverer` →
/// `levere`, `has written` → `write`): the word lists name verbs by their base form.
fn with_base_forms(tokens: &[Token], k: usize) -> impl Iterator<Item = Vec<Token>> + '_ {
    std::iter::once(tokens[k..].to_vec())
        .chain(base_forms(&tokens[k].lower).into_iter().map(move |base| text::with_word(tokens, k, &base)))
}

/// `As part of the cloud programme, we will migrate …`, `Som ein del av skyprogrammet, skal vi …`:
/// where the title goes on after a context phrase and its comma.
fn after_context(tokens: &[Token]) -> Option<usize> {
    let opener = tokens.first().is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "as" | "som" | "in" | "i" | "under" | "during" | "through" | "gjennom" | "with" | "med" | "etter" | "after"
        )
        // `So that the autumn list reaches bookshops on time, we will …`, `Slik at …, skal vi …`: a
        // purpose first.
        || matches!(t.lower.as_str(), "so" | "slik") && tokens.get(1).is_some_and(|n| n.is("that") || n.is("at"))
    });
    let comma = (2..tokens.len().min(12)).find(|&k| is_symbol(tokens.get(k), &[","]))?;
    (opener && comma + 2 < tokens.len()).then_some(comma + 1)
}

/// Where the title goes on after a one-word label and its colon (`Hjelpesenter: skrive …`,
/// `Vekst: omsetning …`): 2, or 0 without one.
fn after_label(tokens: &[Token]) -> usize {
    if tokens.len() > 2 && tokens[0].is_word() && is_symbol(tokens.get(1), &[":"]) { 2 } else { 0 }
}

/// Past a hedge at `from` (`Ideally improve …`, `Om mulig forbedre …`, `Ideally, improve …`): where
/// the verb the team commits to starts.
fn after_hedge(tokens: &[Token], from: usize) -> usize {
    match all(S::Hedge).at(tokens, from) {
        Some(m) if is_symbol(tokens.get(m.end), &[","]) => m.end + 1,
        Some(m) => m.end,
        None => from,
    }
}

/// Past where a unit is, at `j`: a place (`Kundeteamet i Tromsø`) or its place in the organisation
/// before what it is helped with (`økonomiavdelinga i sektorane med å …`).
fn past_place(tokens: &[Token], j: usize) -> usize {
    let place = word_at(tokens, j).is_some_and(|w| matches!(w.lower.as_str(), "i" | "in" | "på" | "at"))
        && word_at(tokens, j + 1)
            .is_some_and(|w| w.capitalised || word_at(tokens, j + 2).is_some_and(|n| n.is("med") || n.is("with")));
    if !place {
        return j;
    }
    // A name of more words: `i Region Nord`, `in Nord-Norge`; or two joined: `i Bergen og
    // Trondheim`.
    let mut end = j + 2;
    while word_at(tokens, end).is_some_and(|w| {
        tokens[j + 1].capitalised && (w.hyphen_before || w.capitalised && !all(S::FunctionWord).is_word(&w.lower))
    }) || tokens[j + 1].capitalised
        && word_at(tokens, end).is_some_and(|w| w.is("og") || w.is("and"))
        && word_at(tokens, end + 1).is_some_and(|w| w.capitalised)
    {
        end += if word_at(tokens, end).is_some_and(|w| w.is("og") || w.is("and")) { 2 } else { 1 };
    }
    // (`i Nordre kommune med …`: a place's common noun after its name.)
    if word_at(tokens, end).is_some_and(|w| !w.capitalised)
        && word_at(tokens, end + 1).is_some_and(|n| n.is("med") || n.is("with"))
    {
        end += 1;
    }
    end
}

/// `in building …` at `k`: what people helped are doing (`Support guides in building their own
/// client base`).
fn in_doing(tokens: &[Token], k: usize) -> bool {
    word_at(tokens, k).is_some_and(|w| w.is("in"))
        && word_at(tokens, k + 1).is_some_and(|w| w.lower.len() > 5 && w.lower.ends_with("ing"))
}

/// `kommunens`, `fylkets`: a Norwegian definite genitive, the owner of what follows.
fn definite_genitive(word: &str) -> bool {
    word.chars().count() > 5 && (word.ends_with("ens") || word.ends_with("ets"))
}

/// A word of a unit's name, or a number after one (`the Tier 2 team`, `Team 3`).
fn name_part(tokens: &[Token], k: usize) -> bool {
    tokens[k].is_word()
        || tokens[k].kind == Kind::Number && k > 0 && tokens[k - 1].is_word()
        // `the stores' pharmacy teams`: a plural's possessive apostrophe.
        || is_symbol(tokens.get(k), &["'", "’"])
            && k > 0
            && tokens[k - 1].end == tokens[k].start
            && tokens[k - 1].lower.ends_with('s')
        // `Trust & Safety`: an ampersand between the capitalised words of a name.
        || is_symbol(tokens.get(k), &["&"])
            && k > 0
            && tokens[k - 1].capitalised
            && tokens.get(k + 1).is_some_and(|n| n.capitalised)
}

/// A word naming a team or a unit of the organisation: `teamet`, `avdelingen`, `legevakta`, `the
/// finance department`, `HR`, `Marketing`; also as the end of a compound (`Plattformteamet`).
/// Past a unit's name whose word at `team` names a unit: `the finance team`.
fn past_name(tokens: &[Token], team: usize) -> usize {
    (team + 1..).find(|&j| !team_word(tokens, j)).unwrap_or(tokens.len())
}

fn team_word(tokens: &[Token], k: usize) -> bool {
    word_at(tokens, k).is_some_and(|w| all(S::Unit).is_word(&w.lower) || all(S::Unit).ends_compound(&w.lower))
}

/// Where the verb starts after the team as a short subject: `Vi lanserer …`, `Marketing runs …`,
/// `Plattformteamet migrerte …`, `The data team is working on …` (past `is`, `er`).
fn after_team_subject(tokens: &[Token]) -> Option<usize> {
    let first = tokens.first()?;
    let end = if first.is("vi") || first.is("we") {
        1
    } else {
        let determiner = matches!(first.lower.as_str(), "the" | "our" | "vårt" | "vår");
        // (Past the whole name: `The sales team runs …`.)
        // (`People ops runs …`, `Product ops helps …`: a two-word name before a verb in `-s`.)
        // (Not `Improve marketing across …`: the second word names a unit only, and a verb follows.)
        let two_words = |k: usize| {
            k == 2
                && first.capitalised
                && matches!(tokens[1].lower.as_str(), "ops" | "operations" | "team" | "desk" | "squad" | "support")
                && word_at(tokens, 2).is_some_and(|w| {
                    w.lower.len() > 3 && w.lower.ends_with('s') && !all(S::FunctionWord).is_word(&w.lower)
                })
        };
        let named = (1..=3.min(tokens.len().saturating_sub(1)))
            .find(|&k| {
                tokens[..k].iter().all(Token::is_word)
                    && team_word(tokens, k - 1)
                    && (k == 1 || determiner || two_words(k))
            })
            .map(|k| (k..tokens.len() - 1).find(|&e| !team_word(tokens, e)).unwrap_or(k))
            // (And where it is: `Kundeteamet i Tromsø styrker …`.)
            .map(|e| past_place(tokens, e));
        // `The clinic moves …`: one noun after `the`, not people (`The customers …`).
        // (Not two: `The nightly build finishes …`, where the verb comes third.)
        let third_verb = word_at(tokens, 2).is_some_and(|w| !w.lower.ends_with('s'))
            && word_at(tokens, 3).is_some_and(|w| w.lower.len() > 4 && w.lower.ends_with("es"));
        named.or_else(|| {
            (first.is("the")
                && tokens.len() > 2
                && tokens[1].is_word()
                && !third_verb
                && !all(S::People).starts_or_ends_compound(tokens, 1))
            .then_some(2)
        })?
    };
    // (A gerund is no finite verb: `Support shipping companies in …` helps them; nor are people:
    // `Support pilots in reporting …`, `Support plant managers in …`.)
    if end > 0
        && !first.is("we")
        && (word_at(tokens, end).is_some_and(|w| w.lower.len() > 5 && w.lower.ends_with("ing"))
            || all(S::People).starts_or_ends_compound(tokens, end)
            || all(S::People).starts(tokens, end + 1))
    {
        return None;
    }
    // (Past `is`, `er`, and `har`, `has`: `Vi har arrangert fire kundeseminarer` is what the team
    // will have done.)
    let end = end
        + usize::from(word_at(tokens, end).is_some_and(|w| {
            matches!(w.lower.as_str(), "is" | "are" | "er" | "har" | "has" | "have")
                // (Not a passive: `has been trained` is what was done to the subject.)
                && !word_at(tokens, end + 1).is_some_and(|n| n.is("been"))
        }));
    word_at(tokens, end).map(|_| end)
}

/// The base forms a finite verb may have (`lanserer`, `migrerte` → `lansere`, `migrere`; `runs`,
/// `launched` → `run`, `launch`), for reading a sentence with a subject as a commitment.
fn base_forms(word: &str) -> Vec<String> {
    let stem = |n: usize| word[..word.len() - n].to_owned();
    if word.chars().count() < 4 {
        return Vec::new();
    }
    // Participles after `har`: `hjulpet`, `arbeidd`, `styrkt`, `arrangert` → `hjelpe`, `arbeide`,
    // `styrke`, `arrangere`.
    // (And English irregulars: `has written`, `has held`.)
    let irregular = match word {
        "hjulpet" | "hjulpe" => Some("hjelpe"),
        "written" | "wrote" => Some("write"),
        "held" => Some("hold"),
        "built" => Some("build"),
        "sent" => Some("send"),
        "begun" | "began" => Some("begin"),
        _ => None,
    };
    if let Some(base) = irregular {
        return vec![base.to_owned()];
    }
    if word.ends_with("dd") || ["rt", "kt", "pt", "lt"].iter().any(|e| word.ends_with(e)) {
        return vec![stem(1) + "e"];
    }
    if word.ends_with("er") {
        vec![stem(1), stem(2)]
    } else if word.ends_with("ar") {
        vec![stem(2) + "e", stem(1)]
    } else if word.ends_with("te") || word.ends_with("de") || word.ends_with("et") {
        vec![stem(2) + "e"]
    } else if word.ends_with("es") || word.ends_with("ed") {
        vec![stem(2), stem(1)]
    } else if word.ends_with('s') {
        vec![stem(1)]
    } else if word.ends_with('a') {
        // Nynorsk past: `laga`, `opna`.
        vec![stem(1) + "e"]
    } else {
        Vec::new()
    }
}

/// Where a count starts at `i`, past a threshold word (`minst tre`, `at least 60%`).
fn count_at(tokens: &[Token], i: usize, lang: Lang) -> Option<usize> {
    let k = all(S::Threshold).at(tokens, i).map_or(i, |m| m.end);
    quantity_at(tokens, k, lang).map(|_| k)
}

/// A service level: everything (or a share) handled within a time (`alle … innen 24 timer`,
/// `90 % … within 3 days`, `Hver månedsavslutning er klar på maks 5 virkedager`).
fn service_level(tokens: &[Token]) -> bool {
    // `… til alle deltakere innen 48 timer etter siste sesjon`: timed from one event, done once.
    let once = tokens.windows(3).any(|w| {
        matches!(w[0].lower.as_str(), "etter" | "after")
            && (w[1].is("siste") || w[1].is("the") && matches!(w[2].lower.as_str(), "last" | "final"))
    });
    if once {
        return false;
    }
    // (A ratio is a share too: `in 9 out of 10 cases`, `i 9 av 10 saker`.)
    let ratio = (0..tokens.len().saturating_sub(2)).any(|j| {
        let of =
            if tokens[j + 1].is("out") && word_at(tokens, j + 2).is_some_and(|w| w.is("of")) { j + 3 } else { j + 2 };
        tokens[j].kind == Kind::Number
            && matches!(tokens[j + 1].lower.as_str(), "av" | "of" | "out")
            && tokens.get(of).is_some_and(|t| t.kind == Kind::Number)
    });
    // (Everyone within weeks or months of their start is the work done for each once, not a
    // response time kept: `Kartlegge kompetansen til alle nyankomne innen tre måneder etter
    // bosetting`; `Følge opp alle leads innen 24 timer` is one.)
    // (A unit after a count: `opprinnelig time` is an appointment.)
    let wait = |units: &[&str]| {
        (1..tokens.len()).any(|k| {
            units.iter().any(|u| tokens[k].lower.starts_with(u))
                && (tokens[k - 1].kind == Kind::Number
                    || Lang::ALL.iter().any(|&l| text::number_word(&tokens[k - 1].lower, l).is_some()))
        })
    };
    let everyone_once = || {
        wait(&["uke", "veke", "måned", "månad", "week", "month"])
            && !wait(&["time", "hour", "dag", "day", "døgn", "minutt", "minute", "virkedag", "arbeidsdag"])
    };
    // (Or a share named: `Andel donorrapporter levert innen fristen`.)
    let share = has_service_quantifier(tokens) && !everyone_once()
        || all(S::Percent).any(tokens)
        || ratio
        || all(S::Share).starts(tokens, 0);
    let on_time = each_on_time(tokens);
    // `Deliver 99.95% monthly availability`: a level of uptime kept.
    let availability = all(S::Percent).any(tokens)
        && tokens.iter().any(|t| ["availab", "uptime", "oppetid"].iter().any(|a| t.lower.starts_with(a)));
    share
        && (on_time || availability || (0..tokens.len()).any(|i| {
            all(S::Deadline).at(tokens, i).is_some_and(|m| {
                (m.start..(m.end + 4).min(tokens.len())).any(|k| duration_at(tokens, m, k))
                    // `innen avtalt leveringsdato`, `by the agreed date`: each order's own date.
                    // (`on or before the date agreed with the client`.)
                    || (m.end..(m.end + 3).min(tokens.len())).any(|k| {
                        matches!(tokens[k].lower.as_str(), "avtalt" | "avtala" | "agreed" | "promised" | "lovet" | "lova")
                    })
            }) || all(S::Threshold).at(tokens, i).is_some_and(|m| {
                // An upper bound on the time: `på maks 5 dager`, `in under 2 hours` (`minst to uker
                // før` is a lead time).
                let bound = tokens[m.start..m.end].iter().map(|t| t.lower.as_str()).collect::<Vec<_>>().join(" ");
                // (Not people's age: `alle givere under 30 år`.)
                matches!(
                    bound.as_str(),
                    "maks" | "maksimalt" | "høyst" | "høgst" | "under" | "inntil" | "max" | "at most" | "no more than" | "less than"
                ) && (m.end..(m.end + 3).min(tokens.len())).any(|k| duration_at(tokens, m, k))
                    && !(m.start > 0 && all(S::People).starts_or_ends_compound(tokens, m.start - 1))
            })
        }))
}

/// `Installation videos for the new door range …`, `Guider om …`: two words naming things, then
/// what they are for or about.
/// (Or a length of what was worked on: `Kilometres of rail replaced …`; not `Tonnes of aggregate
/// shipped`, what customers took.)
fn about_what(tokens: &[Token]) -> bool {
    (1..3.min(tokens.len())).any(|k| {
        let things = &tokens[k - 1].lower;
        plural_noun(things, 5)
            && word_at(tokens, k).is_some_and(|w| {
                matches!(w.lower.as_str(), "for" | "about" | "om" | "on" | "med" | "with")
                    || w.is("of")
                        && length_unit(things)
                        && tokens[k..]
                            .iter()
                            .any(|t| matches!(t.lower.as_str(), "replaced" | "laid" | "repaired" | "painted"))
            })
    })
}

/// `km`, `metres`, `kilometres`, `miles`: a unit a length is measured in.
fn length_unit(word: &str) -> bool {
    matches!(word, "km" | "m" | "fot" | "ft" | "feet")
        || ["kilomet", "metre", "meter", "mile"].iter().any(|u| word.starts_with(u))
}

/// `Tonnes`, `liter`, `kubikkmeter`: a unit an amount is measured in.
fn amount_unit(word: &str) -> bool {
    ["tonn", "kilos", "kilogram", "litre", "liter", "cubic", "kubikk"].iter().any(|u| word.starts_with(u))
}

/// `06:00`, `7.30` at `k`: a time of day, hours and minutes.
fn clock_at(tokens: &[Token], k: usize) -> bool {
    tokens.get(k).is_some_and(|t| t.kind == Kind::Number && t.lower.len() <= 2)
        && is_symbol(tokens.get(k + 1), &[":", "."])
        && tokens.get(k + 2).is_some_and(|t| t.kind == Kind::Number && t.lower.len() == 2)
}

/// `Deliver 98.5 % of store orders complete and on time`, `… i tide`, `innenfor avtalt
/// leveringsvindu`, `til avtalt tid`, `utan forseinking`: each one kept to its own time.
/// (Not in a name: `vårkampanjen «Sådd i tide»`.)
fn each_on_time(tokens: &[Token]) -> bool {
    (0..tokens.len()).any(|i| {
        let w = |k: usize| tokens.get(k).map_or("", |t| t.lower.as_str());
        if quoted(tokens, i) {
            return false;
        }
        w(i) == "on" && w(i + 1) == "time"
            || matches!(w(i), "i" | "til") && (w(i + 1) == "tide" || w(i + 1) == "rett" && w(i + 2) == "tid")
            || matches!(w(i), "innenfor" | "innanfor" | "til" | "på") && matches!(w(i + 1), "avtalt" | "avtala")
            // `inside the delivery window the customer picked`, `i leveringsvinduet`.
            || matches!(w(i), "inside" | "within" | "in" | "i" | "innenfor" | "innanfor")
                && (i + 1..(i + 4).min(tokens.len())).any(|k| w(k).ends_with("window") || w(k).contains("vindu"))
            // `levert innen fristen`, `submitted by the deadline`: each one by its own deadline.
            || matches!(w(i), "innen" | "innan" | "by" | "before" | "within")
                && (w(i + 1) == "fristen" || w(i + 1) == "the" && w(i + 2) == "deadline")
            // `… utan forseinking`, `without delay`.
            || matches!(w(i), "uten" | "utan" | "without")
                && ["forsink", "forsein", "delay"].iter().any(|d| w(i + 1).starts_with(d))
            // `in the week promised to the customer`, `på dagen vi lovet`: each one's own promise.
            || matches!(w(i), "promised" | "agreed" | "lovet" | "lova" | "avtalt" | "avtala")
                && (i.saturating_sub(3)..i).any(|k| {
                    ["week", "day", "date", "uke", "veke", "dag", "dato"].iter().any(|d| w(k).starts_with(d))
                })
            // `ready for pickup at the agreed time`, `at the booked slot`.
            || matches!(w(i), "agreed" | "promised" | "booked" | "scheduled")
                && matches!(w(i + 1), "time" | "times" | "date" | "slot" | "hour")
            // `before 06:00 on weekdays`, `innen kl. 07.00`: by a time of day, each day.
            || matches!(w(i), "before" | "by" | "før" | "innen" | "innan")
                && (w(i + 1) == "kl" || clock_at(tokens, i + 1))
    })
}

/// Whether the bound starting at `b` says which things a bare `more` or `fewer` counts: `Fewer
/// chilled loads arriving at stores above 5 °C`, `More clients with over 50% foreign ownership
/// choose us`, `Flere kunder med NPS over 50`. The count itself names no level (but `Fewer than
/// 5 %` and, after a break, `Fewer incidents: under 5 a month` are levels).
fn bound_after_more_or_fewer(tokens: &[Token], b: usize) -> bool {
    b >= 2
        && tokens[0].is_word()
        && more_or_fewer(&tokens[0].lower)
        && word_at(tokens, 1).is_some_and(|w| !matches!(w.lower.as_str(), "than" | "enn"))
        // (After a word, or a name joined by a hyphen: `pasienter med PHQ-9 over 14`.)
        && (tokens[b - 1].is_word() || tokens[b - 1].hyphen_before)
        && !tokens[..b]
            .iter()
            .any(|t| t.kind == Kind::Symbol && matches!(t.lower.as_str(), ":" | "," | ";" | "–" | "—" | "("))
}

/// Whether token `i` is inside quotes: a name (`«Sådd i tide»`, `«Vi ser på stjernene»-kvelden`).
fn quoted(tokens: &[Token], i: usize) -> bool {
    tokens[..i]
        .iter()
        .filter(|t| t.kind == Kind::Symbol && matches!(t.lower.as_str(), "«" | "»" | "\"" | "“" | "”"))
        .count()
        % 2
        == 1
}

/// A duration at `k` after the deadline word `m`: `innen 24 timer`, `within a day`, `samme dag`,
/// `by the next business day`; not a calendar week (`innen uke 40`).
fn duration_at(tokens: &[Token], m: Match, k: usize) -> bool {
    all(S::TimeUnit).starts(tokens, k)
        && (k < m.end
            || k > 0
                && (tokens[k - 1].kind == Kind::Number
                    || matches!(
                        tokens[k - 1].lower.as_str(),
                        "a" | "an" | "one" | "en" | "ei" | "ett" | "ein" | "eitt" | "én"
                    )
                    || Lang::ALL.iter().any(|&l| text::number_word(&tokens[k - 1].lower, l).is_some())
                    // `innen femte virkedag`, `by the third working day`.
                    || matches!(
                        tokens[k - 1].lower.as_str(),
                        "andre" | "tredje" | "fjerde" | "femte" | "sjette" | "tiende" | "second" | "third" | "fourth" | "fifth" | "sixth" | "tenth"
                    )
                    // `by the next business day`, `innen neste virkedag`.
                    || (k.saturating_sub(2)..k).any(|j| {
                        matches!(tokens[j].lower.as_str(), "next" | "following" | "neste" | "påfølgende")
                    })))
}

/// A determiner or quantifier that starts a noun phrase: `the`, `our`, `all`, `en`, `det`, `våre`.
fn determiner(word: &str) -> bool {
    matches!(
        word,
        "the"
            | "a"
            | "an"
            | "our"
            | "all"
            | "en"
            | "et"
            | "ei"
            | "ein"
            | "eit"
            | "alle"
            | "den"
            | "det"
            | "de"
            | "vår"
            | "vårt"
            | "våre"
    )
}

/// An indefinite article in any of the three languages: `a`, `an`, `en`, `ei`, `et`, `ein`, `eit`.
fn indefinite_article(word: &str) -> bool {
    matches!(word, "a" | "an" | "en" | "ei" | "et" | "ein" | "eit")
}

/// An amount of money at `k`: `NOK 250k`, `3,5 mill. kr`, `$50k`, or with the scale as the
/// currency, `4 MNOK`.
fn money_at(tokens: &[Token], k: usize, lang: Lang) -> bool {
    amount_at(tokens, k, lang).is_some_and(|(_, end, _)| {
        currency_at(tokens, k) || currency_at(tokens, end) || end > k + 1 && currency_at(tokens, end - 1)
    })
}

/// A currency before an amount: `NOK`, `kr`, `$`, `€`, `£`.
fn currency_at(tokens: &[Token], j: usize) -> bool {
    all(S::Currency).starts(tokens, j) || is_symbol(tokens.get(j), &["$", "€", "£"])
}

/// The words before a number word that make a count of it: `a dozen`, `a couple of hundred`,
/// `et dusin`, `up 40`.
fn quantity_lead(word: &str) -> bool {
    matches!(
        word,
        "a" | "an"
            | "up"
            | "on"
            | "couple"
            | "few"
            | "of"
            | "several"
            | "et"
            | "eit"
            | "en"
            | "ein"
            | "par"
            | "noen"
            | "nokre"
            // (`Renew all three sponsorship agreements`.)
            | "all"
            | "alle"
    )
}

/// Milestone wording: "er i drift", "is live", "Godkjent byggetillatelse", "Get … approved",
/// "Signere avtale med …" (one contract).
fn milestone(
    tokens: &[Token],
    verb: usize,
    lang: Lang,
    langs: &[Lang],
    text_target: Option<Match>,
    has_target: bool,
) -> Option<Match> {
    // `Andel søknader som blir godkjent innen fem dager`: the rate is measured, not one approval.
    // (So are things each kept by its own date: `class certificates are renewed before expiry`.)
    let own_date = tokens.windows(2).any(|w| {
        matches!(w[0].lower.as_str(), "before" | "før" | "innen" | "innan")
            && ["expiry", "utløp", "forfall"].iter().any(|d| w[1].lower.starts_with(d))
    });
    // (Or an amount by its unit: `Tonnes of aggregate shipped by rail`.)
    if all(S::Share).starts(tokens, 0) || own_date || tokens.first().is_some_and(|t| amount_unit(&t.lower)) {
        return None;
    }
    // `Look into why tickets get reopened`, `Finne ut hvorfor saker blir gjenåpnet`: the question
    // asked, not a state the team reaches.
    let question = (verb..(verb + 3).min(tokens.len())).find(|&k| {
        matches!(tokens[k].lower.as_str(), "why" | "how" | "whether" | "hvorfor" | "hvordan" | "kvifor" | "korleis")
    });
    let tokens = &tokens[..question.unwrap_or(tokens.len())];
    // `Support clients better after go-live`, `Færre feil etter lanseringa`: a milestone after
    // `after` is when, not what the team reaches.
    let when = (verb + 1..tokens.len()).find(|&k| {
        matches!(tokens[k].lower.as_str(), "after" | "etter" | "since" | "siden" | "sidan" | "following")
            && (all(S::MilestoneNoun).starts(tokens, k + 1)
                || all(S::MilestoneState).starts(tokens, k + 1)
                || word_at(tokens, k + 1).is_some_and(|w| all(S::MilestoneNoun).ends_compound(&w.lower)))
    });
    let tokens = &tokens[..when.unwrap_or(tokens.len())];
    let text_target = text_target.filter(|t| t.end <= tokens.len());
    let new_thing = tokens.first().is_some_and(|t| matches!(t.lower.as_str(), "ny" | "nytt" | "nye" | "new"));
    // `Systema er ISO 27001-sertifiserte`: a plural state, and a standard joined to its state.
    let state_at = |k: usize| {
        all(S::MilestoneState).at(tokens, k).or_else(|| {
            let word = &word_at(tokens, k)?.lower;
            let plural = word.strip_suffix('e');
            // (`Nytt ballastvannsystem er klassegodkjent`: a state as the end of a compound.)
            (plural.is_some_and(|p| all(S::MilestoneState).is_word(p))
                || lang != Lang::En && all(S::MilestoneState).ends_compound(word))
            .then_some(Match { start: k, end: k + 1 })
        })
    };
    let ratio_after = |k: usize| ratio_in(&tokens[k..]);
    // `Kolleksjonen er i butikk innen uke 34`, `The range is in stores by May`: on sale, done.
    let in_shops = |k: usize| {
        let place = word_at(tokens, k + 1)?;
        (matches!(tokens[k].lower.as_str(), "i" | "in" | "on")
            && ["butikk", "hyll", "store", "shelves", "shops"].iter().any(|p| place.lower.starts_with(p)))
        .then_some(Match { start: k, end: k + 2 })
    };
    // `The renovated shower block is open to guests by 15 May`: opened by a date, done (not `The
    // desk is open 24/7`, a service).
    let open_by = |k: usize| {
        (matches!(word_at(tokens, k)?.lower.as_str(), "open" | "åpen" | "åpent" | "ope")
            && (k + 1..tokens.len()).any(|d| {
                all(S::Deadline).starts(tokens, d)
                    && (d + 1..(d + 4).min(tokens.len())).any(|m| all(S::Month).starts(tokens, m))
            }))
        .then_some(Match { start: k, end: k + 1 })
    };
    // `Klinikken har fått godkjenning fra Mattilsynet innen Q2`: a milestone received.
    let got = |k: usize| {
        matches!(word_at(tokens, k)?.lower.as_str(), "fått" | "received" | "obtained" | "got")
            .then(|| all(S::MilestoneNoun).at(tokens, k + 1))
            .flatten()
            .map(|m| Match { start: k, end: m.end })
    };
    // `Søknaden blir send innan 1. mars`: the nynorsk participle, after its auxiliary only (in
    // English `send` is the verb).
    let sent = |k: usize| {
        (word_at(tokens, k)?.is("send")
            && k > 0
            && matches!(tokens[k - 1].lower.as_str(), "blir" | "vert" | "er" | "vart" | "blei"))
        .then_some(Match { start: k, end: k + 1 })
    };
    // `New grants totalling at least NOK 25 million have been awarded to …`: a level to reach
    // before the state, not one thing in it.
    let level_before = |j: usize| {
        find_target(&tokens[..j], lang, Mode::KeyResult)
            .is_some_and(|t| (t.start.saturating_sub(1)..=t.start).any(|k| ends_at(S::Threshold, tokens, k).is_some()))
    };
    let state_after = |k: usize| {
        state_at(k).or_else(|| {
            let standard = all(S::Standard).at(tokens, k)?;
            (standard.end..(standard.end + 2).min(tokens.len())).find(|&h| tokens[h].hyphen_before).and_then(state_at)
        })
    };
    // What follows an auxiliary when a milestone is reached: a state, a place it is sold, open by a
    // date, a milestone received.
    let reached =
        |k: usize| state_after(k).or_else(|| in_shops(k)).or_else(|| open_by(k)).or_else(|| got(k)).or_else(|| sent(k));
    // `Redusere tiden fra bestilling til ruteplanen er klar`, `Cut the time until the order is
    // ready`, `the time it takes new staff to be ready`: a state that ends a duration being changed.
    let direction = [S::Increase, S::Decrease, S::Comparative].iter().any(|&s| all(s).starts(tokens, verb));
    let ends_duration = |j: usize| {
        direction
            && (verb..j).any(|k| {
                matches!(
                    tokens[k].lower.as_str(),
                    "til" | "når" | "until" | "when" | "before" | "før" | "after" | "etter" | "takes" | "tar"
                )
            })
    };
    // `Styrkje kundesenteret si rolle når vegar blir stengde`: a state in a condition is when,
    // not what the team reaches.
    let condition = |j: usize| {
        (verb..j).any(|k| {
            matches!(tokens[k].lower.as_str(), "når" | "when" | "whenever" | "hvis" | "dersom" | "viss" | "if")
        })
    };
    // `Tiden fra bekymringsmelding er mottatt til undersøkelse er igangsatt`, `Dagar frå faktura er
    // motteken til han er betalt`: states that bound a duration measured, not one the team reaches.
    let duration_head = |k: usize| all(S::TimeUnit).starts(tokens, k) || time_noun(&tokens[k].lower);
    let bounds_duration = |j: usize| {
        (1..j).any(|f| {
            matches!(tokens[f].lower.as_str(), "fra" | "frå" | "from")
                && duration_head(f - 1)
                && (f + 1..tokens.len()).any(|k| matches!(tokens[k].lower.as_str(), "til" | "to" | "until"))
        })
    };
    let relative_at = |j: usize| {
        let who = |k: usize| matches!(tokens[k].lower.as_str(), "som" | "that" | "who" | "which");
        who(j - 1)
            || j >= 2
                && who(j - 2)
                && matches!(
                    tokens[j - 1].lower.as_str(),
                    "ikke" | "ikkje" | "not" | "framleis" | "fortsatt" | "fremdeles" | "still"
                )
    };
    for j in 0..tokens.len() {
        if let Some(aux) = all(S::MilestoneAux).at(tokens, j)
            && j > 0
            && !ends_duration(j)
            && !bounds_duration(j)
            && !condition(j)
            // (`Del tilsette som har fullført kurset`: what those counted have done.)
            && !(matches!(tokens[j].lower.as_str(), "har" | "has" | "have") && inside_measured_statement(tokens, j))
            // (`Auke delen butikksjefar som er rekrutterte internt`: the state of those counted.)
            // (`Ni av ti avhandlingar som blir leverte …`: after a ratio, too.)
            // (`Forbedre follow-up på tilbud som ikke er signert`: not yet, either.)
            && !(relative_at(j)
                && ([S::Increase, S::Decrease, S::Share, S::CountHead, S::SoftVague]
                    .iter()
                    .any(|&s| all(s).any(&tokens[..j - 1]))
                    || ratio_in(&tokens[..j - 1])))
            // `Ensuring partners are ready for ISQM 1`: a state of people, not a thing delivered
            // (`Nytt program for nyansatte er klart`, for them, is).
            && !(all(S::People).starts_or_ends_compound(tokens, j - 1)
                && !(j >= 2 && matches!(tokens[j - 2].lower.as_str(), "for" | "til" | "to")))
            && let Some(state) = reached(aux.end)
            // (`Vi har signert fem nye rammeavtalar`: things counted, not one milestone.)
            && count_at(tokens, state.end, lang).is_none()
            // `Vi skal sikra at …`: what the team will do, not a state.
            && !word_at(tokens, state.end).is_some_and(|w| matches!(w.lower.as_str(), "at" | "that" | "å"))
            // `logs are complete for every autoclave cycle`: a state kept each time, a service level.
            && !(word_at(tokens, state.end)
                .is_some_and(|w| matches!(w.lower.as_str(), "for" | "på" | "after" | "etter" | "i" | "in"))
                && word_at(tokens, state.end + 1).is_some_and(|w| {
                    matches!(w.lower.as_str(), "every" | "each" | "hver" | "hvert" | "kvar" | "kvart")
                }))
            // (`Ny prisside med tre pakker er publisert`: a new thing, described.)
            && (new_thing || find_target(&tokens[..j], lang, Mode::KeyResult).is_none())
            && !level_before(j)
            // `Stuene er i bruk minst 85 % av åpningstiden`, `… er ute innan 45 minutt … i 9 av 10
            // tilfelle`: how much of the time, a level.
            && !((all(S::Percent).any(&tokens[state.end..]) || all(S::Fraction).any(&tokens[state.end..]) || ratio_after(state.end))
                && find_target(&tokens[state.end..], lang, Mode::KeyResult).is_some())
            // `Alle bestillinger er levert innen 2 dager`: every time, a service level.
            && !service_level(tokens)
            // (So are things each in a state at its own time: `pre-orders are ready for pickup at
            // the agreed time`.)
            && !(plural_noun(&tokens[j - 1].lower, 4) && each_on_time(tokens))
            // (`so fewer ferry crossings are cancelled`, `slik at færre søknader blir avvist`: how
            // many are in that state, a change.)
            && (new_thing
                || !(0..j).any(|k| {
                    more_word(&tokens[k].lower) || matches!(tokens[k].lower.as_str(), "fewer" | "færre" | "færri")
                }))
        {
            return Some(Match { start: j, end: state.end });
        }
    }
    if let Some(renewed) = renewed_contract(tokens, verb) {
        return Some(renewed);
    }
    // One contract: `Signere avtale med Helse Vest`, `Inngå avtale med Coop om pilot i 10
    // butikker`; a count right after the verb is several (`Signere fire rammeavtaler`).
    // `Sign-up completion rate`: a compound noun, not the verb.
    if let Some(sign) =
        text::any_of(S::Sign, langs, tokens, verb).filter(|s| !tokens.get(s.end).is_some_and(|t| t.hyphen_before))
    {
        // `Sign up 35 new clinics`, `Sign a dozen partners`: a count after a particle or article.
        // `Signere rammeavtaler med fire kommuner`: contracts, and how many.
        // (Past `nye`/`new`: `Signere nye avtaler for $2.4M i ARR`.)
        let adjective = word_at(tokens, sign.end)
            .is_some_and(|w| matches!(w.lower.as_str(), "nye" | "new" | "flere" | "fleire" | "more"));
        // (`Sign alarm monitoring contracts`: the contracts are the last word of a compound; parts
        // joined by hyphens count as one: `take-or-pay offtake contracts`.)
        let joined = tokens[sign.end.min(tokens.len())..(sign.end + 6).min(tokens.len())]
            .iter()
            .filter(|t| t.hyphen_before)
            .count();
        let plural = (sign.end + usize::from(adjective)..(sign.end + 4 + joined).min(tokens.len()))
            .take_while(|&k| {
                word_at(tokens, k).is_some_and(|w| {
                    !all(S::FunctionWord).is_word(&w.lower)
                        && !matches!(
                            w.lower.as_str(),
                            "for" | "with" | "med" | "til" | "to" | "i" | "in" | "på" | "on" | "av" | "of" | "at"
                        )
                })
            })
            .any(|k| plural_noun(&tokens[k].lower, 5));
        // `Signere avtale med minst tre nye sponsorar`: a contract with each of several partners.
        let with =
            (sign.end..(sign.end + 5).min(tokens.len())).find(|&j| matches!(tokens[j].lower.as_str(), "med" | "with"));
        // (`with one national grocery chain` is one contract.)
        let partners_counted = with
            .and_then(|w| count_at(tokens, w + 1, lang))
            .is_some_and(|k| quantity_at(tokens, k, lang).is_some_and(|n| n > 1.0));
        // (`Sign $450k in sponsorship commitments`: an amount, many contracts; so is `Lukke
        // nysalg for NOK 3,1 mill.`.)
        let worth = (sign.end..(sign.end + 3).min(tokens.len())).any(|k| {
            matches!(tokens[k].lower.as_str(), "for" | "på" | "worth" | "verdt") && money_at(tokens, k + 1, lang)
        });
        let counted = partners_counted
            || count_at(tokens, sign.end, lang).is_some()
            || amount_at(tokens, sign.end, lang).is_some()
            || worth
            // (`Close a couple of hundred new accounts`, `Signere et dusin nye rammeavtaler`.)
            || (sign.end + 1..(sign.end + 5).min(tokens.len())).any(|k| {
                quantity_at(tokens, k, lang).is_some()
                    && tokens[sign.end..k].iter().all(|t| quantity_lead(&t.lower))
                    // (Not how long the one contract runs: `Sign a 25-year concession agreement`.)
                    && !runs_for(tokens, k)
            })
            || plural && (sign.end + 1..tokens.len()).any(|j| quantity_at(tokens, j, lang).is_some())
            // (`Lukke flere deals i Q2`: more of them, a direction, not one.)
            || word_at(tokens, sign.end).is_some_and(|w| more_word(&w.lower));
        if !counted {
            return Some(sign);
        }
    }
    // `Solvency II reporting passes the external audit` (not `90 % of stores pass the inspection`).
    if let Some(pass) = (0..tokens.len()).find_map(|j| all(S::MilestonePass).at(tokens, j))
        && find_target(&tokens[..pass.start], lang, Mode::KeyResult).is_none()
        // (`Flere leverandører består revisjonen`: more of others passing, a change; `first-pass
        // acceptance of inspection reports` is a rate's name.)
        && !(pass.start > 0 && all(S::Comparative).starts(tokens, 0))
        // (`Raise the share of scaffolds passing first handover inspection to 95%`: how many pass.)
        && !all(S::Share).any(&tokens[..pass.start])
        // (`playgrounds pass the annual main inspection`: each one, every year; `sets pass the
        // monthly inspection`.)
        && !(pass.start > 0
            && plural_noun(&tokens[pass.start - 1].lower, 4)
            && all(S::Recurring).any(&tokens[pass.start..]))
        && !tokens[pass.start].hyphen_before
    {
        return Some(pass);
    }
    // `Byggelån på NOK 420 mill. innvilget av banken`, `a contract worth $2M signed`: the size of
    // the one thing, then its state.
    if let Some(t) = text_target {
        let mut b = t.start;
        while b > 0 && currency_at(tokens, b - 1) {
            b -= 1;
        }
        // (One thing: `Orders worth $2M signed` are many, each signed by a customer.) So is an amount
        // after an article: `Get the €1.2m EU innovation grant approved`.
        let size_of = b > 1
            && matches!(tokens[b - 1].lower.as_str(), "på" | "of" | "worth" | "verdt")
            && !plural_noun(&tokens[b - 2].lower, 4)
            || b > 0
                && tokens[t.start].kind == Kind::Number
                && (indefinite_article(&tokens[b - 1].lower)
                    // (Or an ordinal: `Second 10 MW electrolyser stack commissioned`.)
                    || matches!(
                        tokens[b - 1].lower.as_str(),
                        "the" | "den" | "det" | "second" | "third" | "andre" | "tredje"
                    ))
            // (`Konsesjon for utvidelse til 40 MW er innvilget`: what the one thing grows to.)
            || b > 1
                && matches!(tokens[b - 1].lower.as_str(), "til" | "to")
                && ["utvid", "expansion", "upgrade", "oppgrader"].iter().any(|e| tokens[b - 2].lower.starts_with(e));
        if size_of
            && let Some(state) = (t.end..(t.end + 5).min(tokens.len())).find_map(state_at)
            && find_target(&tokens[state.end..], lang, Mode::KeyResult).is_none()
            // (`an NPS of 70 among patients who completed a cycle`: what those asked have done.)
            && !(t.end..state.start).any(|k| matches!(tokens[k].lower.as_str(), "who" | "that" | "which" | "som" | "der"))
        {
            return Some(state);
        }
    }
    // Below, a target in the text makes it measurable.
    if has_target {
        return None;
    }
    // `Ny skolebruksplan vedtas i juni`, `… lanserast før sommaren`: a passive milestone (not
    // `Reduce emissions from ships at berth` nor `Faster handling of cruise ships`, a change).
    let direction = |j: usize| {
        all(S::Increase).any(&tokens[..j])
            || all(S::Decrease).any(&tokens[..j])
            || all(S::Comparative).starts(tokens, 0) && tokens[1..j].iter().any(|t| t.is("of") || t.is("av"))
    };
    // (`segments such as cruise ships and spas`: in a list of examples, a noun.)
    let example = |j: usize| {
        (j.saturating_sub(3)..j).any(|k| {
            matches!(tokens[k].lower.as_str(), "like" | "including") || tokens[k].is("such") && tokens[k + 1].is("as")
        })
    };
    for j in 1..tokens.len() {
        if let Some(state) = all(S::MilestoneState).at(tokens, j)
            && (tokens[j].lower.ends_with('s') || tokens[j].lower.ends_with("ast"))
            && !example(j)
            // (`Help summer visitors understand when the bridge opens`: a state in a condition.)
            && !condition(j)
            && find_target(&tokens[..j], lang, Mode::KeyResult).is_none()
            && !direction(j)
        {
            return Some(state);
        }
    }
    if let Some(m) = all(S::MilestoneLead).at(tokens, 0) {
        return Some(m);
    }
    // `Ny nettside`, `New website for brokers`: one new thing or new outputs (`Nye
    // kundehistorier`) named alone, with no level and no verb, is the thing to deliver; not
    // things counted (`Nye avtaler`, `New bookings`), a metric (`New ARR`) or people (`Nye
    // kunder`).
    // (So is one output named alone, without `ny`: `Kampanjefilm for vintersesongen`; not what it
    // qualifies: `Application volume`, `Nettsidetrafikk`.)
    let output_alone = tokens.first().is_some_and(|w| {
        let end = all(S::Output)
            .at(tokens, 0)
            .map(|m| m.end)
            .or_else(|| (lang != Lang::En && all(S::Output).ends_compound(&w.lower)).then_some(1));
        end.is_some_and(|end| {
            !plural_noun(&w.lower, 4)
                && word_at(tokens, end).is_none_or(|n| {
                    matches!(
                        n.lower.as_str(),
                        "for" | "om" | "til" | "to" | "on" | "about" | "i" | "in" | "med" | "with"
                    )
                })
        })
    });
    // `Onboarding-flyt v2`, `Booking app version 3`: a new version of a thing, named alone.
    let versioned = tokens.len() <= 6
        && tokens.last().is_some_and(|t| {
            let l = t.lower.as_str();
            l.strip_prefix('v').is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()))
                || t.kind == Kind::Number
                    && tokens.len() > 2
                    && matches!(tokens[tokens.len() - 2].lower.as_str(), "versjon" | "version" | "v")
        })
        && tokens[..tokens.len() - 1].iter().all(|t| t.is_word() && !all(S::FunctionWord).is_word(&t.lower))
        && ![S::SoftVague, S::HardVague].iter().any(|&s| all(s).any(tokens));
    if (new_thing || output_alone || versioned)
        && !has_target
        && word_at(tokens, usize::from(new_thing)).is_some_and(|w| {
            let output = all(S::Output).starts_or_ends_compound(tokens, usize::from(new_thing));
            let one_thing = !plural_noun(&w.lower, 4);
            (output || one_thing)
                && ![S::People, S::MetricNoun, S::MoneyNoun, S::GenericMetric]
                    .iter()
                    .any(|&s| all(s).starts_or_ends_compound(tokens, usize::from(new_thing)))
        })
        && !(1..tokens.len()).any(|j| {
            [S::Increase, S::Decrease, S::Comparative, S::MilestoneAux, S::Modal, S::StateVerb, S::Sign]
                .iter()
                .any(|&s| all(s).starts(tokens, j))
                || text::any_of(S::Task, langs, tokens, j).is_some()
        })
    {
        return Some(Match { start: 0, end: 1 + usize::from(new_thing) });
    }
    // `SOC 2 Type II`, `ISO 27001`: a standard alone names the certification to get.
    if all(S::Standard).starts(tokens, 0)
        && tokens[1..].iter().all(|t| {
            !t.is_word() || t.capitalised || matches!(t.lower.as_str(), "type" | "certification" | "sertifisering")
        })
    {
        return Some(Match { start: 0, end: tokens.len() });
    }
    // `GDP certification for the new Drammen warehouse`, `ISO 27001-sertifisering innen juni`: the
    // title names the milestone (`Certification rate …` names a measure).
    // In Norwegian the noun may end a compound (`Rammetillatelse for …`, `Investeringsbeslutning (FID)`).
    let noun = |j: usize| {
        all(S::MilestoneNoun).at(tokens, j).or_else(|| {
            (lang != Lang::En && tokens[j].is_word() && all(S::MilestoneNoun).ends_compound(&tokens[j].lower))
                .then_some(Match { start: j, end: j + 1 })
        })
    };
    // (Or right after an effort word, with a deadline: `Bidra til oppstart av Yggdrasil innen Q4
    // 2027`.)
    let lead_end = all(S::HardVague)
        .at(tokens, 0)
        .filter(|m| m.end < tokens.len() && (m.end..tokens.len()).any(|k| all(S::Deadline).starts(tokens, k)))
        .map(|m| m.end);
    if let Some(m) = lead_end.and_then(noun).or_else(|| (0..6.min(tokens.len())).find_map(noun))
        && (lead_end == Some(m.start)
            || (0..m.start).all(|j| {
                !tokens[j].is_word()
                    || tokens[j].capitalised
                        && ![S::Comparative, S::Increase, S::Decrease, S::SoftVague, S::HardVague]
                            .iter()
                            .any(|&s| all(s).starts(tokens, j))
            }))
        && word_at(tokens, m.end).is_none_or(|w| {
            matches!(
                w.lower.as_str(),
                "for"
                    | "of"
                    | "av"
                    | "til"
                    | "innen"
                    | "innan"
                    | "by"
                    | "before"
                    | "før"
                    | "fra"
                    | "frå"
                    | "from"
                    // `Sertifisering etter ISO 27001`, `Certification against SOC 2`.
                    | "etter"
                    | "against"
                    // `Vedtak i kommunestyret om ny kommuneplan`.
                    | "i"
                    | "om"
            )
            // `Konsesjon som betalingsforetak godkjent av …`: what it is granted as, then its state.
            || w.is("som") && (m.end..tokens.len()).any(|k| all(S::MilestoneState).starts(tokens, k))
        })
    {
        return Some(m);
    }
    if let Some(get) = text::any_of(S::MilestoneGet, langs, tokens, verb)
        // `Få flere innbyggere til å søke om byggetillatelse`: more people doing something.
        && !all(S::Comparative).starts(tokens, get.end)
    {
        for j in get.end..tokens.len() {
            // `Achieve SOC 2 Type I`, `Oppnå ISO 9001`: a certification named by its standard.
            // (`Få nettsiden oversatt`, `Have 20 case videos produced`: the team's output, done.)
            if let Some(m) = all(S::MilestoneState)
                .at(tokens, j)
                .or_else(|| all(S::MilestoneNoun).at(tokens, j))
                .or_else(|| all(S::Standard).at(tokens, j))
                .or_else(|| all(S::TaskParticiple).at(tokens, j))
            {
                return Some(Match { start: get.start, end: m.end });
            }
            // `Have the municipality approve our drilling plan`, `Få kommunen til å vedta planen`:
            // one body's decision, done or not (not `Have 20 customers approve …`, people counted).
            if let Some(m) = all(S::Approve).at(tokens, j)
                && j > get.end
                && m.end < tokens.len()
                && (get.end..j).all(|k| {
                    quantity_at(tokens, k, lang).is_none() && !all(S::People).starts_or_ends_compound(tokens, k)
                })
            {
                return Some(Match { start: get.start, end: m.end });
            }
            // `Få styregodkjenning av …`, `Få byggetillatelse`: the same nouns in a compound.
            // (`Få festivalen miljøsertifisert`: a state ending a compound.)
            // (`Get the station ISAGO-registered`: a participle joined to a capitalised name.)
            let joined = word_at(tokens, j)
                .is_some_and(|w| w.hyphen_before && w.lower.ends_with("ed") && j > 0 && tokens[j - 1].capitalised);
            if joined
                || lang != Lang::En
                    && word_at(tokens, j).is_some_and(|w| {
                        all(S::MilestoneNoun).ends_compound(&w.lower) || all(S::MilestoneState).ends_compound(&w.lower)
                    })
            {
                return Some(Match { start: get.start, end: j + 1 });
            }
        }
    }
    // `SOC 2 report issued by the auditor` (not `Lower the cost per 1,000 permits issued`, a change
    // in what the things cost).
    // (In English, `at` is where, not the Norwegian `at` that starts a clause: `New centre at Eastgate`.)
    let relative = |k: usize| all(S::Relative).starts(tokens, k) && !(lang == Lang::En && tokens[k].is("at"));
    // (`Sikre at styret godkjenner budsjettet …`: the clause after the lead is the state promised;
    // `Jobbe med å bli Miljøfyrtårn-sertifisert`: so is what the lead's verb becomes.)
    let from = all(S::HardVague)
        .at(tokens, 0)
        .filter(|m| {
            word_at(tokens, m.end).is_some_and(|w| {
                matches!(w.lower.as_str(), "at" | "that")
                    || matches!(w.lower.as_str(), "å" | "to")
                        && word_at(tokens, m.end + 1).is_some_and(|b| become_verb(&b.lower, false))
            })
        })
        .map_or(0, |m| m.end + 1);
    // (A vague word only where it is the team's verb: `New help center live` is a milestone.)
    let change = |j: usize| {
        let before = &tokens[from.min(j)..j];
        [S::Comparative, S::Increase, S::Decrease].iter().any(|&s| all(s).any(before))
            || (from.min(j)..j).any(|k| {
                all(S::HardVague).at(tokens, k).is_some_and(|m| m.end <= j && in_commitment_position(tokens, m))
            })
            || (from.min(j)..j).any(relative)
    };
    for j in 1..tokens.len() {
        if let Some(m) = all(S::MilestoneState).at(tokens, j)
            && (m.end == tokens.len()
                || word_at(tokens, m.end).is_some_and(|w| {
                    matches!(w.lower.as_str(), "by" | "av" | "innen" | "innan" | "before" | "før" | "with")
                }))
            && tokens[j].lower.ends_with("ed")
            && !change(j)
        {
            return Some(m);
        }
    }
    // `Ny lønnspolicy godkjent av ledergruppen innen 1. mars`, `New portal live for all applicants
    // by 1 April`, `New expense tool rolled out to every department`: a thing in a state, by a date
    // or right after a short name (not `Flere kunder i drift innen mars`, a direction, nor
    // `Andelen ansatte som har tatt i bruk appen`, a measured share). A new thing may take longer
    // to name: `Ny regional plan for kysten vedteken i fylkestinget`.
    // (Not inside a lead: `A renewed push on …`.)
    // (Or last, with at most whom by or what for: `Leiekontrakt med ankerleietaker (dagligvare)
    // signert`, `Flagship store refit in Oslo City ready for opening`.)
    let last = |m: Match| {
        m.end == tokens.len()
            || tokens.len() - m.end <= 4
                && word_at(tokens, m.end)
                    .is_some_and(|w| matches!(w.lower.as_str(), "av" | "by" | "for" | "til" | "to" | "i" | "in"))
                && find_target(&tokens[m.end..], lang, Mode::KeyResult).is_none()
    };
    // (`Alle 18 vidaregåande skular er kopla til …`: every one of the things, described.)
    let all_of = tokens.first().is_some_and(|t| all_word(&t.lower));
    for j in verb.max(1)..tokens.len() {
        // (`Bli ISO 14001-sertifiserte for sentrallageret`: a plural state joined to a name, too;
        // not people, `ansatte`.)
        if let Some(m) = all(S::MilestoneState).at(tokens, j).or_else(|| tokens[j].hyphen_before.then(|| state_at(j)).flatten())
            && (j <= 4
                || (new_thing || all_of) && j <= 7
                || (m.end..tokens.len()).any(|k| all(S::Deadline).starts(tokens, k))
                || last(m))
            && !change(j)
            && !bounds_duration(j)
            // `Hver ansatt har …`: after a determiner, a noun (`Ny økonomisjef ansatt` is the state).
            // (`Brage A in operation`: a capital letter ending a name; `Ein signert
            // samarbeidsavtale`: a participle before the contract it describes.)
            && (!indefinite_article(&tokens[j - 1].lower)
                || j >= 2 && tokens[j - 1].capitalised
                || word_at(tokens, m.end).is_some_and(|w| all(S::MilestoneNoun).ends_compound(&w.lower)))
            // `Readers renewed their subscriptions faster`: other people did it.
            // (`Mottakere tar i bruk pakkebokser`: their verb, then the state; `Sikre at
            // saksbehandlerne har oppdatert kompetanse`: in the clause after the lead.)
            && !(j <= from + 2 && all(S::People).starts_or_ends_compound(tokens, from))
            // `lojalitet blant givere rekruttert via kampanjen`: which people, by how they came
            // (not `New shift-planning tool for drivers live by 1 March`: a new thing, and whom
            // it is for).
            && !(j >= 2
                && all(S::People).starts_or_ends_compound(tokens, j - 1)
                && matches!(
                    tokens[j - 2].lower.as_str(),
                    "blant" | "among" | "av" | "of" | "hos" | "fra" | "frå" | "from" | "for" | "med" | "with"
                )
                && !(new_thing && (1..j - 2).any(|k| !all(S::People).starts_or_ends_compound(tokens, k))))
            && !matches!(tokens[j - 1].lower.as_str(), "hver" | "hvert" | "kvar" | "kvart" | "each" | "every")
            && !level_before(j)
            && !all(S::Task).starts(tokens, 0)
            // `Antall feil i produksjon …`: things counted where they are.
            && !all(S::CountHead).starts(tokens, 0)
            && !service_level(tokens)
        {
            return Some(m);
        }
    }
    None
}

/// Whether an objective's title is generic improvement without a destination.
pub fn vague_objective(tokens: &[Token], lang: Lang, langs: &[Lang], extra: Option<&PhraseSet>) -> Option<Match> {
    if let Some(m) = vague_phrase(tokens, S::HardVague, langs, extra) {
        return Some(m);
    }
    // `Revenue +30% YoY`, `Salg ↑ i Midt-Norge`, `Vekst: omsetning i bedriftsmarkedet +25 %`: the
    // top line with a sign or an arrow, written as a note, is grown by some amount.
    let note = after_label(tokens);
    if all(S::GenericMetric).starts(tokens, note)
        && let Some(k) = (note + 1..(note + 6).min(tokens.len())).find(|&k| {
            is_symbol(tokens.get(k), &["↑", "↗"])
                || is_symbol(tokens.get(k), &["+"]) && amount_at(tokens, k + 1, lang).is_some()
        })
        && !tokens.iter().any(|t| t.is("→") || t.is("til") || t.is("to"))
    {
        return Some(Match { start: note, end: k + 1 });
    }
    // The verb: after `Vi skal`, after a leading clause: `Når …, skal vi øke …`, and after a
    // label: `Podcasts: improve the offering`.
    let main = after_hedge(tokens, leading_clause_end(tokens).unwrap_or(0).max(note));
    // (And after the team as the subject: `The customer team improves …`.)
    let v = if all(S::Commit).starts(tokens, main + 1) && tokens.len() > main + 2 {
        main + 2
    } else {
        after_team_subject(tokens).unwrap_or(main)
    };
    // A level gives `Øke salget` a destination (`Øke omsetningen til 60 MNOK`), but not
    // `Improve customer support by 20%`, `Bli bedre på kostnadskontroll og kutte 2 MNOK`: improving
    // by a number says no more than improving.
    let soft = text::any_of(S::SoftVague, langs, tokens, v);
    let target = find_target(tokens, lang, Mode::Objective);
    // `enklare enn å ringe`, `enklere å søke om byggetillatelse enn å bestille en sofa`, `faster
    // than any bank`: compared with something, a destination; `bedre enn i fjor`, `better than
    // last year` is only a direction.
    let compared = |i: usize| {
        let Some(m) = text::any_of(S::Comparative, langs, tokens, i) else { return false };
        (m.end..tokens.len()).find(|&k| matches!(tokens[k].lower.as_str(), "enn" | "than")).is_some_and(|k| {
            !word_at(tokens, k + 1).is_some_and(|w| {
                matches!(w.lower.as_str(), "i" | "last" | "før" | "before" | "now" | "nå" | "today" | "ever")
            })
        })
    };
    if soft.is_none() && target.is_some() {
        // `Øke salget med 20 %`, `Grow profits by 12 percent`: the top or bottom line (of the business
        // or a part of it) grown by some amount is still only a direction (`Øke omsetningen til 60
        // MNOK` is a destination).
        // (Of a part, too: `Grow charter revenue by 15 %`, `Øke charterinntektene med 15 %`.)
        let top_line = |k: usize| {
            let generic = all(S::GenericMetric);
            // (Not a kind of the metric: `Grow gross profit by 25%`, `Øke bruttofortjenesten med 10 %`.)
            let kind = |w: &Token| {
                let kinds = all(S::MetricKind);
                kinds.is_word(&w.lower) || w.lower.char_indices().skip(4).any(|(i, _)| kinds.is_word(&w.lower[..i]))
            };
            generic.at(tokens, k).or_else(|| {
                word_at(tokens, k).filter(|w| !kind(w))?;
                let one = Match { start: k, end: k + 1 };
                if generic.starts_or_ends_compound(tokens, k) {
                    return Some(one);
                }
                // The part named by a word or two, maybe hyphenated: `Grow e-commerce revenue by
                // 30%`, `Grow contract research revenue by 20%` (or two joined: `Grow food and
                // beverage revenue by 15%`).
                let mut next = k;
                let mut joined = false;
                for step in 0..3 {
                    if step == 1 && word_at(tokens, next).is_some_and(|w| w.is("and") || w.is("og")) {
                        joined = true;
                        next += 1;
                    } else if step == 2 && !joined {
                        return None;
                    }
                    // (Not people's own: `Increase household income by 5%`; `staff canteen revenue` is
                    // the canteen's.)
                    if !word_at(tokens, next).is_some_and(|w| !kind(w) && !all(S::FunctionWord).is_word(&w.lower))
                        || all(S::People).starts_or_ends_compound(tokens, next) && generic.starts(tokens, next + 1)
                    {
                        return None;
                    }
                    next = (next + 1..tokens.len()).find(|&j| !tokens[j].hyphen_before).unwrap_or(tokens.len());
                    if let Some(m) = generic.at(tokens, next) {
                        return Some(m);
                    }
                }
                None
            })
        };
        // (Past a determiner and an owner: `Grow the label's streaming revenue by 50%`.)
        let past_owner = |k: usize| {
            let k = k + usize::from(word_at(tokens, k).is_some_and(|w| determiner(&w.lower)));
            let apostrophe =
                |j: usize| is_symbol(tokens.get(j), &["'", "’"]) && word_at(tokens, j + 1).is_some_and(|w| w.is("s"));
            if word_at(tokens, k).is_some() && apostrophe(k + 1) { k + 3 } else { k }
        };
        let grown = all(S::Increase)
            .at(tokens, v)
            .and_then(|m| top_line(m.end).or_else(|| top_line(past_owner(m.end))))
            .filter(|m| grown_by_only(tokens, lang, m.end));
        // (Or the top line first, then how it grows: `Omsetningen i reklamefilmavdelingen skal
        // vokse med 8 MNOK`, `Revenue from licences grows by 20%`.)
        let grows = || {
            let line = top_line(v)?;
            let verb = (line.end..(line.end + 5).min(tokens.len())).find_map(|k| all(S::Increase).at(tokens, k))?;
            grown_by_only(tokens, lang, verb.end).then_some(verb)
        };
        return grown.or_else(grows).map(|m| Match { start: v, end: m.end });
    }
    if let Some(m) =
        soft.or_else(|| text::any_of(S::DirectionObjective, langs, tokens, v)).filter(|&m| !norwegian_drive(tokens, m))
    {
        // `Redusere utslippene til netto null`, `Improve onboarding so that no one needs to call`
        // (but `retaining our best consultants`, `beholde de beste folka` only say which people).
        let selection = |j: usize, end: usize| {
            let english = j > 0 && matches!(tokens[j - 1].lower.as_str(), "our" | "their" | "the");
            let norwegian = j > 0 && matches!(tokens[j - 1].lower.as_str(), "de" | "dei" | "våre" | "sine");
            end == j + 1
                && word_at(tokens, end).is_some_and(|w| {
                    all(S::People).starts(tokens, end)
                        || english && w.lower.ends_with('s')
                        || norwegian && plural_noun(&w.lower, 5)
                })
        };
        // `Improve the app so that 50% more users stay`: a number after it is a metric, not an end state.
        let metric_after = |j: usize| target.is_some_and(|t| t.start > j);
        // `so that it is easier to maintain`, `slik at nyansatte kommer raskere i gang`: only a
        // direction again (unless compared with something).
        let direction_after = |end: usize| {
            (end..(end + 5).min(tokens.len())).any(|k| all(S::Comparative).starts(tokens, k) && !compared(k))
        };
        if (0..tokens.len()).any(|j| {
            all(S::EndState).at(tokens, j).is_some_and(|e| {
                !selection(j, e.end)
                    && !metric_after(j)
                    && !direction_after(e.end)
                    // `i størst mulig grad`, `mest mogleg`: as far as possible, a hedge.
                    && !word_at(tokens, e.end).is_some_and(|w| matches!(w.lower.as_str(), "mulig" | "mogleg" | "possible"))
            })
        }) || (0..tokens.len()).any(compared)
            || shift_to_state(tokens, m.end)
            // `Fornye 1 % av ledningsnettet hvert år`: a soft verb with how much work after it.
            || text::any_of(S::TaskWithCount, langs, tokens, m.start).is_some_and(|w| {
                quantity_at(tokens, w.end, lang).is_some() || all(S::Percent).starts(tokens, w.end + 1)
            })
        {
            return None;
        }
        return Some(m);
    }
    if all(S::Destination).any(tokens) {
        return None;
    }
    // `Bli kjent som strømselskapet som lærer kundene å bruke mindre strøm`: what the team is to
    // become, described in a relative clause, is an end state.
    let described =
        |i: usize| tokens.first().is_some_and(|t| become_verb(&t.lower, false)) && inside_measured_statement(tokens, i);
    // (`ikke om flere år`: several years, a time, not a comparison; `no longer dread`: not any more.)
    let no_longer = |i: usize| i > 0 && matches!(tokens[i - 1].lower.as_str(), "no" | "any") && tokens[i].is("longer");
    // (`commuters in Greater Stavanger`: a capital mid-title marks a name.)
    let name = |i: usize| i > 0 && tokens[i].capitalised && !title_case(tokens);
    // (`i fleire sesongar`: several seasons, too.)
    let time_after = |k: usize| {
        all(S::TimeUnit).starts(tokens, k)
            || word_at(tokens, k).is_some_and(|w| w.lower.starts_with("sesong") || w.lower.starts_with("season"))
    };
    (0..tokens.len()).find_map(|i| {
        text::any_of(S::Comparative, langs, tokens, i)
            .filter(|m| !compared(i) && !time_after(m.end) && !described(i) && !no_longer(i) && !name(i))
    })
}

/// Whether the title's only level is an amount to grow by (`med 20 %`, `by €1.5M`, or right after
/// what grows, at `after`: `Grow revenue 25%`), with no level to reach (`til`, `to`, `fra … til`).
fn grown_by_only(tokens: &[Token], lang: Lang, after: usize) -> bool {
    (amount_after(tokens, lang, &["med", "by"]) || amount_at(tokens, after, lang).is_some())
        && !amount_after(tokens, lang, &["til", "to", "fra", "frå", "from"])
}

/// Whether an amount follows one of `words` (`med 20 %`, `to 60 MNOK`), or a fraction (`med en
/// fjerdedel`, `by a third`, `by half`).
fn amount_after(tokens: &[Token], lang: Lang, words: &[&str]) -> bool {
    let fraction = all(S::Fraction);
    (0..tokens.len()).any(|i| {
        word_at(tokens, i).is_some_and(|t| words.contains(&t.lower.as_str()))
            && (amount_at(tokens, i + 1, lang).is_some()
                || (i..(i + 3).min(tokens.len())).any(|k| fraction.at(tokens, k).is_some_and(|m| m.end > i + 1)))
    })
}

/// `Drive a shift from hourly billing to outcome-based managed services`, `en overgang fra
/// timepris til fastpris`: a shift from one named state to another is a destination (not a flow,
/// `varestrømmen fra lager til butikk`).
fn shift_to_state(tokens: &[Token], after: usize) -> bool {
    (after.max(1)..tokens.len()).any(|f| {
        matches!(tokens[f].lower.as_str(), "from" | "fra" | "frå")
            && ["shift", "transition", "overgang", "skifte", "omstilling"]
                .iter()
                .any(|w| tokens[f - 1].lower.starts_with(w))
            && word_at(tokens, f + 1).is_some()
            && (f + 2..tokens.len()).any(|t| {
                matches!(tokens[t].lower.as_str(), "to" | "til")
                    && word_at(tokens, t + 1).is_some_and(|w| !all(S::FunctionWord).is_word(&w.lower) || w.is("a"))
            })
    })
}

/// Whether an objective's title carries a metric that belongs in a key result.
pub fn objective_metric(tokens: &[Token], lang: Lang) -> Option<Match> {
    find_target(tokens, lang, Mode::Objective)
}

/// Numbers stated in a title, for comparing with the fields.
#[derive(Debug, Clone, PartialEq)]
pub enum Stated {
    /// "fra 10 000 til 13 000", "from 9 to 4 hours"
    FromTo { from: f64, to: f64, percent: bool, at: Match },
    /// "med 30 %", "by 20%" (relative, or points when the values are percentages)
    By { amount: f64, percent: bool, points: bool, at: Match },
    /// "til 2,5 %", "to 2.5%"
    To { to: f64, percent: bool, at: Match },
}

/// A number with its scale word (`NOK 2,4 mill.`, `3 MNOK`), from token `i`; the value and the
/// index after it.
fn amount_at(tokens: &[Token], i: usize, lang: Lang) -> Option<(f64, usize, bool)> {
    let mut i = i;
    // Currency before the number: `NOK 2`, `$800k`, `kr 500`.
    if tokens.get(i).is_some_and(|t| t.kind == Kind::Symbol && matches!(t.lower.as_str(), "$" | "€" | "£"))
        || tokens.get(i).is_some_and(|t| t.is_word() && all(S::Currency).starts(tokens, i) && t.lower.len() > 1)
            && quantity_at(tokens, i + 1, lang).is_some()
    {
        i += 1;
    }
    let mut value = quantity_at(tokens, i, lang)?;
    let mut end = i + 1;
    if let Some(w) = word_at(tokens, end) {
        let scale = match w.lower.as_str() {
            "mill" | "million" | "millioner" | "millionar" | "mnok" => Some(1e6),
            "mrd" | "milliarder" | "billion" => Some(1e9),
            "tusen" | "thousand" => Some(1e3),
            _ => None,
        };
        if let Some(s) = scale {
            value *= s;
            end += 1;
            if is_symbol(tokens.get(end), &["."]) {
                end += 1;
            }
        }
    }
    let percent = all(S::Percent).at(tokens, end);
    let is_percent = percent.is_some();
    Some((value, percent.map_or(end, |m| m.end), is_percent))
}

/// The numbers a title states about its own change.
pub fn stated_numbers(tokens: &[Token], lang: Lang) -> Option<Stated> {
    let is = |i: usize, words: &[&str]| word_at(tokens, i).is_some_and(|t| words.contains(&t.lower.as_str()));
    for i in 0..tokens.len() {
        if is(i, &["fra", "frå", "from"])
            && let Some((from, after, p1)) = amount_at(tokens, i + 1, lang)
        {
            // The unit may sit between: `fra 9 timer til 2 timer`, `from 5 hours to 90 minutes`.
            for j in after..(after + 3).min(tokens.len()) {
                if is(j, &["til", "to"]) {
                    let k = if is(j + 1, &["under", "below", "over", "above"]) { j + 2 } else { j + 1 };
                    if let Some((to, end, p2)) = amount_at(tokens, k, lang) {
                        // Different units on each side (hours → minutes) cannot be compared.
                        let unit = |a: usize, b: usize| {
                            tokens.get(a..b).map(|ts| ts.iter().map(|t| t.lower.clone()).collect::<Vec<_>>())
                        };
                        if j > after && word_at(tokens, end).is_some() && unit(after, j) != unit(end, end + (j - after))
                        {
                            break;
                        }
                        return Some(Stated::FromTo { from, to, percent: p1 || p2, at: Match { start: i, end } });
                    }
                }
            }
        }
    }
    for i in 0..tokens.len() {
        if is(i, &["med", "by"])
            && let Some((amount, end, percent)) = amount_at(tokens, i + 1, lang)
            && percent
        {
            let points = tokens[i + 1..end]
                .iter()
                .any(|t| matches!(t.lower.as_str(), "prosentpoeng" | "pp" | "points" | "point"))
                || tokens[i + 1].suffix == "pp";
            return Some(Stated::By { amount, percent, points, at: Match { start: i, end } });
        }
    }
    for i in 0..tokens.len() {
        if is(i, &["til", "to"])
            && let Some((to, end, percent)) = amount_at(tokens, i + 1, lang)
            && percent
        {
            return Some(Stated::To { to, percent, at: Match { start: i, end } });
        }
    }
    None
}

/// Direction the title asks for: `Some(true)` up, `Some(false)` down.
pub fn direction(tokens: &[Token]) -> Option<bool> {
    let v = main_verb(tokens);
    let up_at = |i: usize| all(S::Increase).at(tokens, i).is_some_and(|_| tokens[i].lower.len() > 3);
    let down_at = |i: usize| all(S::Decrease).at(tokens, i).is_some_and(|_| tokens[i].lower.len() > 3);
    // The committed verb first; else the first change verb anywhere.
    if up_at(v) {
        return Some(true);
    }
    if down_at(v) {
        return Some(false);
    }
    let up = (0..tokens.len()).find(|&i| up_at(i));
    let down = (0..tokens.len()).find(|&i| down_at(i));
    match (up, down) {
        (Some(_), None) => Some(true),
        (None, Some(_)) => Some(false),
        _ => None,
    }
}

/// A measurable rewrite, in the file's language, for help texts.
pub fn rewrite_example(lang: Lang) -> &'static str {
    match lang {
        Lang::Nb => "\"Øke andelen kunder som fornyer fra 70 % til 80 %\"",
        Lang::Nn => "\"Auke delen kundar som fornyar frå 70 % til 80 %\"",
        Lang::En => "\"Raise the share of customers who renew from 70% to 80%\"",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::text::tokenize;

    fn target(text: &str, lang: Lang) -> bool {
        find_target(&tokenize(text), lang, Mode::KeyResult).is_some()
    }

    #[test]
    fn targets_in_every_form() {
        for (text, lang) in [
            ("Øke konverteringsraten fra 1,5 % til 2,5 %", Lang::Nb),
            ("Få 15.000 visninger", Lang::Nb),
            ("Lukke nysalg for NOK 3,1 mill. i Q2", Lang::Nb),
            ("Close $800k in new ARR", Lang::En),
            ("Nå topp 3 i Google", Lang::Nb),
            ("Halvparten av nye leads kommer fra inbound", Lang::Nb),
            ("Cut cost per acquisition by a third", Lang::En),
            ("Branded search grows 3x", Lang::En),
            ("Doble antall demoer", Lang::Nb),
            ("Vinne minst åtte av tolv anbud", Lang::Nb),
            ("Ingen ubesvarte klager eldre enn 7 dager", Lang::Nb),
            ("Zero critical findings in the pen test", Lang::En),
            ("Sign a dozen new partners", Lang::En),
            ("Svare på alle meldingar innan to minutt", Lang::Nn),
            ("Answer every chat within two minutes", Lang::En),
            ("Keep utilisation in the 75–85 % range", Lang::En),
            ("Tre av fire nytilsette seier at opplæringa var nyttig", Lang::Nn),
            ("1/3 of new users invite a colleague", Lang::En),
            ("The majority of tickets are solved in self-service", Lang::En),
            ("Grow weekly active users over 10,000", Lang::En),
            ("Minst én ny partner i hvert fylke", Lang::Nb),
            ("Alle barn har minst ett fritidstilbud", Lang::Nb),
            ("Alle born har minst to tilbod", Lang::Nn),
            ("At least one new partner in every county", Lang::En),
            ("Cut wait times in clinics under 2 hours", Lang::En),
            ("Få betalende kunder over 1 200", Lang::Nb),
            // A rank written onto its noun, and a rank among the best.
            ("Bli topp 3-leverandør av lønnssystemer", Lang::Nb),
            ("Bli blant de tre beste i bransjen", Lang::Nb),
            ("Være de tre største leverandørene i Norden", Lang::Nb),
            ("Øke omsetningen fra de 20 største kundene med 10 %", Lang::Nb),
            ("Become one of the 3 largest suppliers in the Nordics", Lang::En),
            ("Bli blant Norges 10 beste arbeidsplasser for utviklere", Lang::Nb),
            ("Nå 2. plass i kåringen av beste arbeidsplass", Lang::Nb),
            ("Pipeline fra partnere x2 (vs. H1)", Lang::Nb),
            ("Waiting lists for home care shrink from 120 to 60 residents", Lang::En),
            ("Focus On Closing 15 Enterprise Deals", Lang::En),
            ("Bring open support tickets older than 5 days down to zero", Lang::En),
            ("Få restansene ned til null", Lang::Nb),
            ("Help resellers co-market with us, with at least 12 of them running a joint campaign", Lang::En),
            ("Cut churn to 2 % in the 3 largest markets", Lang::En),
        ] {
            assert!(target(text, lang), "{text}");
        }
    }

    #[test]
    fn not_targets() {
        for (text, lang) in [
            ("Øke trafikken fra organisk søk i Q3 2025", Lang::Nb),
            ("Styrke kjennskapen i målgruppen 25–45 år", Lang::Nb),
            ("More demo requests from firms with more than 200 staff", Lang::En),
            ("Øke 30-dagers retensjon", Lang::Nb),
            ("Flere brukere tar i bruk deling i de første 60 dagene", Lang::Nb),
            ("Migrere til PostgreSQL 16", Lang::Nb),
            ("Færre P1-hendelser på 4G", Lang::Nb),
            ("Reduce CO2 emissions", Lang::En),
            ("Redusere henvendelser per 1 000 ordre", Lang::Nb),
            ("Ny portal er i drift innen 15. april", Lang::Nb),
            ("Fewer users drop off on Android 14", Lang::En),
            ("More applicants aged 18–25", Lang::En),
            ("Fewer sick days in their first 90 days", Lang::En),
            ("Redusere frafallet i appversjon 4.2", Lang::Nb),
            ("Get more five-star reviews", Lang::En),
            ("Reduce readmissions within 30 days", Lang::En),
            ("Bygge ut fiber til flere husstander", Lang::En),
            ("Flere søknader før 15.03.2026", Lang::Nb),
            ("More sign-ups before 2026-03-15", Lang::En),
            ("Flere besøk før 15/3", Lang::Nb),
            ("Raskere svar mellom 08:00 og 16:00", Lang::Nb),
            ("Lower costs in the 2025/26 season", Lang::En),
            // Which customers, not how many.
            ("Styrke relasjonene til de 20 største kundene", Lang::Nb),
            ("Grow revenue from the 50 largest accounts", Lang::En),
            ("Grow the revenue of the 10 biggest accounts", Lang::En),
            ("Flere kunder bruker appen minst en gang i måneden", Lang::Nb),
            ("Høyere oppmøte på foreldremøtene på 8. trinn", Lang::Nb),
            ("Alle elever på 5.–7. trinn skal gå hjem fra skolen og glede seg til neste dag", Lang::Nb),
            ("Kortere omstillingstid på pakkelinje 2", Lang::Nb),
            ("Kortere behandlingstid for søknader etter pbl. § 20-1", Lang::Nb),
            ("Raskere patching av sårbarheter i eksterne systemer (NIS2 art. 21)", Lang::Nb),
            ("Increase test coverage in the billing module before the v3.0 release", Lang::En),
            ("Redusere tida det tek å lukke månadsrekneskapen i dei 4 dotterselskapa", Lang::Nn),
            ("Optimise cash management across the group's 7 legal entities", Lang::En),
            ("More signed pilots with firms of more than 200 staff", Lang::En),
            ("Øke salget til bedrifter på over 200 ansatte", Lang::Nb),
            ("Higher trial-to-paid conversion in the 25–45 age segment", Lang::En),
            ("Increase volunteer retention in the 60+ age group", Lang::En),
            ("Strengthen our brand among donors under 35", Lang::En),
            ("Increase win rate on deals above $50k", Lang::En),
            ("Øke snittordreverdien i segmentet 10–50 ansatte", Lang::Nb),
            ("Look into why trial users drop off after day 3", Lang::En),
            ("Forbedre rekkevidden på Sykkel X2", Lang::Nb),
            ("Increase the share of members in the age group 18–25", Lang::En),
            ("Færre brukere faller fra etter dag 3", Lang::Nb),
            ("More demos booked with firms of 200+ employees", Lang::En),
            ("Øke andelen av ordrer over 500 kr", Lang::Nb),
            ("More households with children under 6 applying for daycare online", Lang::En),
            ("Double down on partnerships in the DACH region", Lang::En),
            ("Få flere kunder med en app", Lang::Nb),
        ] {
            assert!(!target(text, lang), "{text}");
        }
    }

    #[test]
    fn the_title_says_its_language_where_the_file_says_another() {
        for (text, file, lang) in [
            ("Modernize the platform so that it is easier to maintain", Lang::Nb, Lang::En),
            ("Øke antall kunder som bruker appen to ganger i uka", Lang::En, Lang::Nb),
            ("Øke conversion rate på checkout fra 2,1 % til 3 %", Lang::Nb, Lang::Nb),
            ("Auke talet på kundar i Sogn", Lang::Nn, Lang::Nn),
            ("NPS 32 → 45", Lang::En, Lang::En),
        ] {
            assert_eq!(title_lang(&tokenize(text), file), lang, "{text}");
        }
    }

    #[test]
    fn vague_phrases_only_where_the_team_commits() {
        let all_langs = Lang::ALL;
        for (text, vague) in [
            ("Jobbe med å øke antall abonnenter", true),
            ("Markedsteamet prøver å nå 1.000 følgere", true),
            ("Teamet jobbet med onboarding", true),
            ("Help account managers close €450k", true),
            ("Ensuring that 95% of pull requests are reviewed", true),
            ("Andelen brukere som ser på ukesrapporten øker", false),
            ("Customers who say the report helps them plan", false),
            // What a counted share of other people does; not what everyone is asked to do.
            ("Minst 60 % av aktive brukere ser på ukesrapporten hver uke", false),
            ("8 av 10 kundene jobber med appen hver uke", false),
            ("Minst 40 % av adminene ser på dashbordet hver uke", false),
            ("Alle ansatte jobber med sikkerhet", true),
            ("Onboarding buddies help 90% of new hires open their first pull request", true),
            ("Customers help each other in the forum", false),
            ("Ensure p95 API latency stays below 300 ms", true),
            ("Help teams cut build time to under 5 minutes", true),
            ("We Will Work On Customer Loyalty", true),
            ("Partner team helps a dozen resellers get certified on the new product line", true),
            ("Sikre god kompetanseoverføring når seniorene går av med pensjon", true),
            ("Sikre betalinger øker fra 80 % til 90 %", false),
            ("Help center deflects at least 25% of questions", false),
            ("Strengthen team culture across sites", true),
            ("Help budget holders cut unplanned spend by 15%", true),
            ("Hjelpe budsjettansvarlige å kutte uplanlagte kostnader med 15 %", true),
            ("Reduce support tickets per 1,000 users", false),
            ("Selge lisenser av HjelpMeg-appen", false),
            ("Sell the Premium Support plan to 60 customers", false),
            ("Løse flere saker i kundestøtte", false),
            ("Support satisfaction rises from 4.1 to 4.5", false),
            ("Support customers in solving 40% of issues through self-service", true),
            ("Help customers solve issues so that churn falls to 2%", true),
        ] {
            let found = vague_phrase(&tokenize(text), S::HardVague, &all_langs, None).is_some();
            assert_eq!(found, vague, "{text}");
        }
    }
}
