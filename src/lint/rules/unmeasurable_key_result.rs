use crate::lint::judge::{
    Mode, find_target, lexicon_options, title_activity, title_lang, unreadable_target_with_level,
};
use crate::lint::text::tokens;
use crate::lint::{Example, Level, Rule, RuleContext, RuleMeta, Sink, find_rule};
use crate::load::{OkrFile, Scope};
use crate::model::Lang;

pub struct UnmeasurableKeyResult;

static META: RuleMeta = RuleMeta {
    id: "unmeasurable-key-result",
    default_level: Level::Error,
    summary: "No numeric target in the fields and no target in the text",
    rationale: "A key result must be countable and possible to miss. A direction without a level (\"øke\", \
\"flere\", \"raskere\", \"more\", \"fewer\") cannot be missed: any change counts as success. A target can be in \
`target:` or in the title: a number, a percentage, an amount, a from–to pair, a threshold, a range, a ratio \
(8 av 10, 1 in 3), a multiplier (doble, halve), a rank (topp 3) or a zero (ingen ubesvarte klager eldre enn 7 \
dager). Years, quarters, dates, ages and company sizes, metric windows (30-day retention), version numbers and \
normalisers (per 1 000 ordre) are not targets. A key result reported as a task or a milestone is not also \
reported here: one diagnosis per defect.",
    examples: &[
        Example {
            lang: Lang::Nb,
            bad: "key_results:\n  - title: Øke trafikken fra organisk søk i Q3 2025",
            good: "key_results:\n  - title: Øke organisk trafikk fra 10 000 til 13 000 økter per måned\n    baseline: 10000\n    target: 13000",
        },
        Example {
            lang: Lang::En,
            bad: "key_results:\n  - title: More demo requests from firms with more than 200 staff",
            good: "key_results:\n  - title: Demo requests from firms with more than 200 staff grow from 40 to 65 a month\n    baseline: 40\n    target: 65",
        },
    ],
    options: &[],
};

impl Rule for UnmeasurableKeyResult {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_file(&self, file: &OkrFile, ctx: &RuleContext, sink: &mut Sink) {
        let Some(set) = &file.set else { return };
        // One diagnosis per defect: a task or a milestone is reported by its own rule.
        let reported_elsewhere = ["key-result-is-task", "binary-key-result"]
            .iter()
            .filter_map(|id| find_rule(id))
            .any(|r| ctx.config.rule_setting(r.meta()).0 != Level::Off);
        let task_langs = find_rule("key-result-is-task")
            .map(|r| {
                let (_, options) = ctx.config.rule_setting(r.meta());
                lexicon_options(&crate::lint::RuleContext { config: ctx.config, options, history: None }).0
            })
            .unwrap_or_else(|| Lang::ALL.to_vec());
        for (o, k, kr) in set.key_results() {
            let Some(title) = &kr.title else { continue };
            // A numeric target is measurable; `target: done` is binary-key-result's finding, and
            // a target with a number that does not parse is invalid-value's.
            let scope = Scope::key_result(o, k);
            let tokens = tokens(&title.value);
            let lang = title_lang(&tokens, set.lang);
            if kr.target.is_some() || unreadable_target_with_level(file, scope, lang) {
                continue;
            }
            // `target: høy`, `target: innen 30. juni` name no level, so nothing is measured either.
            let wordy = file.invalid_text(scope, "target").is_some();
            if find_target(&tokens, lang, Mode::KeyResult).is_some() {
                continue;
            }
            if reported_elsewhere && title_activity(kr, &tokens, lang, &task_langs).is_some() {
                continue;
            }
            sink.report(
                file,
                scope,
                title.span,
                if wordy {
                    "nothing says when this key result is reached: there is no target in the title, and `target:` is not a number"
                } else {
                    "nothing says when this key result is reached: there is no target in the title and no `target:`"
                },
            )
            .help(match lang {
                Lang::Nb | Lang::Nn => {
                    "name the number and the level to reach, e.g. \"fra 40 % til 55 %\", \"minst 200\", \"halvere\", or add `baseline:` and `target:`"
                }
                Lang::En => {
                    "name the number and the level to reach, e.g. \"from 40% to 55%\", \"at least 200\", \"halve\", or add `baseline:` and `target:`"
                }
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::test_support::findings;

    #[test]
    fn hard_cases() {
        let cases = [
            ("nb", "Øke trafikken fra organisk søk i Q3 2025", true),
            // A generating unit by its number; the first things a measure is taken over.
            ("nn", "Auke produksjonen frå aggregat 2 i Ljosåna kraftverk", true),
            ("en", "Raise output from unit 2 at the plant", true),
            ("nb", "Øke gjennomstrømningen på masterprogrammene i de første 60 studiepoengene", true),
            ("nb", "Få de første 100 kundene over på ny plattform", false),
            // A version by its number, before its launch; releases counted are a target.
            ("en", "Grow the number of Discord members before the 2.0 launch in Q4", true),
            // An age by the birthday.
            ("en", "Increase the number of girls who keep playing after they turn 13", true),
            // Prices, discounts and offers that say which things, not a level.
            ("nb", "Flere kunder som kjøper kaffe til 29 kr i 7-Eleven-appen", true),
            ("nb", "Se på hvordan vi kan selge mer på 3 for 2-tilbudene", true),
            ("en", "More members using the 20% student discount in the app", true),
            // Things by a size and up (but a score of 4.2 or above is a level).
            ("nb", "Færre ubesvarte henvendelser i kundestøtten for kraner på 50 t og mer", true),
            ("en", "Engagement survey score for the live ops team of 4.2 or above", false),
            // Scopes by their number; a bound in a relative clause says which are counted.
            ("en", "Reduce scope 1 and 2 emissions compared with 2019", true),
            ("nn", "Forbetre rapporteringa av scope 1- og 2-utslepp", true),
            ("en", "Reduce the number of callers who wait more than 10 minutes in the queue", true),
            // Things by what each is worth (a sum below an amount is a level).
            ("en", "Strengthen internal controls over payments above €10k", true),
            ("nb", "Færre direkteanskaffelser over nasjonal terskelverdi på 1,3 mill. kr", true),
            ("en", "Focus on getting overdue invoices below NOK 500k", false),
            // Homes by their size; wood, not three.
            ("nn", "Fleire andelseigarar nyttar forkjøpsretten på bustader med 2–3 rom", true),
            ("nb", "Styrke samarbeidet med leverandørene av tre og stoff", true),
            ("en", "Focusing on collections so that DSO drops below 38 days", false),
            // Minutes and seconds are a duration, not a time of day.
            ("en", "Reduce average handling time for billing calls from 7:40 to 6:30 minutes", false),
            // Which things, by how they are kept or priced: not a level (but the level to keep, or
            // a count of them, is one; `som koster NOK 2 mill. mindre` is how much less).
            ("en", "Reduce waste of bakery items priced under NOK 30", true),
            ("en", "Faster replenishment of chilled goods stored at 0–4 °C", true),
            ("nb", "Optimalisere vareflyten for frysevarer lagret ved −18 °C", true),
            ("nb", "Redusere svinn på varer som koster under 30 kr", true),
            ("en", "Keep chilled goods stored at 0–4 °C", false),
            // Norwegian `at` is "that": what follows is the target, not a scope.
            (
                "nn",
                "Styrkje rekrutteringa av sesongtilsette slik at alle 40 stillingane er fylte innan 1. november",
                false,
            ),
            ("en", "Sell 500 bikes priced under NOK 3000", false),
            ("nb", "Flytte til en skyplattform som koster NOK 2 mill. mindre i året", false),
            // A rating after a week is a level (`week 40` names a week); `double down` doubles nothing.
            ("en", "New hires rate their first week 4.3 or higher on average", false),
            ("en", "Double down on product-led growth in the SMB segment", true),
            ("nn", "Produktteamet skal ha tredobla talet på betalande brukarar av API-et", false),
            ("nb", "Flere besøk fra målgruppen 25–45 år", true),
            ("nb", "Redusere antall henvendelser per 1 000 ordre", true),
            ("nb", "Redusere antall henvendelser per 1 000 ordre fra 45 til 30", false),
            ("nb", "Ingen ubesvarte klager eldre enn 7 dager", false),
            ("nb", "Få tusen nye medlemmer i kundeklubben", false),
            ("nb", "Lage tre kundehistorier", false),
            ("nb", "Styrke samarbeidet med forhandlerne", true),
            ("nn", "Fleire følgjarar på Instagram innan utgangen av 2025", true),
            ("nn", "Tre av fire nytilsette seier at opplæringa var nyttig", false),
            ("en", "More demo requests from firms with more than 200 staff", true),
            ("en", "Increase 7-day activation for self-serve sign-ups", true),
            ("en", "Faster setup of Wi-Fi 6 routers", true),
            ("en", "Cut cost per acquisition on paid social by a third", false),
            ("en", "Sign a dozen new channel partners", false),
            ("en", "The new self-service portal is live by 1 March", false),
            // A version after a name, a size in brackets: not targets; a rating is a level.
            ("nb", "Færre feil i produksjon etter hver release av Min side 2.0", true),
            ("nb", "Snittkarakter 4.0 i App Store", false),
            ("en", "Shorten the sales cycle for enterprise deals (500+ seats)", true),
            ("nb", "Kortere salgssyklus for store kunder (over 200 ansatte)", true),
            ("en", "Get 500+ new signups (paid plans)", false),
            ("en", "Lower voluntary turnover among staff under 30 years of age", true),
            // Clauses, opening hours, dates with a year; a fraction and a metric's name stay targets.
            ("en", "Fewer complaints under clause 4.3 of the waste collection contract", true),
            ("nb", "Kortere ventetid på telefon i åpningstiden kl. 08–16", true),
            ("nb", "Flere avtaler med bedrifter over 200 ansatte innen 1/3-2026", true),
            ("nb", "Redusere ventetiden med 1/3", false),
            ("nb", "NPS 32 → 45 blant bedriftskunder", false),
            ("en", "Grow revenue from customers in the 50–250 employee segment", true),
            ("en", "Get 2,500 sign-ups for the spring webinar series", false),
            ("nb", "Redusere sykefraværet blant sykepleierne på post 4B", true),
            ("nb", "Kortere salgssyklus for enterprise (> 500 FTE)", true),
            ("en", "Reduce DSO for customers with annual contracts above NOK 1 mill.", true),
            ("en", "CSAT on support tickets at or above 4.6", false),
            ("nn", "Færre trafikkulukker på fv. 5627 gjennom Stryn sentrum", true),
            // An average makes a window a level.
            ("nb", "Sikre at kundestøtten svarer på chat innen 2 minutter i snitt", false),
            ("en", "Answer chats within 2 minutes on average", false),
            ("nb", "Lavere lagerbeholdning av sesongvarer i butikker over 1 000 kvm etter uke 47", true),
            ("en", "Fewer complaints about overflowing bins in postcodes 0550 and 0551", true),
            ("en", "Higher engagement survey participation among staff aged under 30", true),
            ("en", "Lower processing cost per 1,000 parking permits issued", true),
            // After a verb of state, a size is the level kept.
            ("nb", "Klassestørrelsen på Vg1 ligger mellom 25 og 30 elever", false),
            ("nb", "Flere kunder med mellom 10 og 50 ansatte", true),
            ("nb", "Lærertetthet på 1.–4. trinn på mellom 14 og 15 elever per lærer", false),
            // Names of periods, dates after a deadline, codes with a leading zero.
            ("en", "Increase brand awareness among SMB owners in Q1/26", true),
            ("en", "Reduce travel spend across all entities in FY25/26", true),
            ("nb", "Redusere antall åpne avvik i internkontrollen (frist 1/3)", true),
            ("nb", "Færre ubesvarte anrop på servicetelefonen (tlf. 815 00 000)", true),
            ("en", "Flaky CI failures cut to ½ of the Q1/26 level", false),
            ("nn", "Få ⅔ av eksisterande kundar over på årsavtale", false),
            ("nb", "Flere besøkende på utviklerbloggen etter flyttingen til Next.js 14", true),
            ("nn", "Auke deployfrekvensen frå éin gong i veka til minst éin gong dagleg", false),
            ("en", "Increase 30-day retention for customers who filed more than 3 tickets in their first month", true),
            ("en", "Strengthen our presence at ONS 2026 with at least 250 qualified booth visits", false),
            ("en", "Ensure no refund request waits longer than 5 days", false),
            // A Norwegian title in an English file: `to ganger` is twice.
            ("en", "Flere kunder som logger inn to ganger i uka", false),
            ("en", "Grow freight volumes from cargo owners shipping more than 500 TEU a year", true),
            ("nb", "Øke fraktvolumet fra vareeiere som sender mer enn 500 TEU i året", true),
            ("nn", "Redusere den frivillige turnoveren blant butikksjefar med ein tredel", false),
            ("nn", "Høgare fornyingsgrad dei første 12 månadene for nye bedriftskundar", true),
            ("en", "Reduce the cost per £1,000 raised through street fundraising", true),
            ("nb", "Lavere H-verdi (rullerende 12 måneder) for egne ansatte", true),
            ("en", "Explore usage-based pricing with at least 20 design partners", false),
            ("en", "Sell more short-course packages to hotels with more than 50 rooms", true),
            ("nb", "Flere elever består matematikk 1P", true),
            ("en", "Lower voluntary attrition among consultants with 2–5 years' experience", true),
            ("nb", "Redusere turnover blant konsulenter med 2–5 års erfaring", true),
            ("nb", "Nå snitt 4.0 i kundetilfredshet", false),
            ("en", "Reach average 4.0 in the survey", false),
            ("nb", "Selge 1 500 TV-pakker til eksisterende bredbåndskunder", false),
            ("nb", "Få 45 IT-sjefer i kommunene til å takke ja til demo", false),
            ("nb", "Flere kunder tilknyttet 132 kV-ledningen", true),
            ("nb", "Gjenkjøpsrate (90 dager) for førstegangskunder", true),
            ("en", "Retention (30 days) for new users", true),
            ("nb", "Nedskrivninger på sesongvarer under 3 MNOK i Q4", false),
            ("nb", "Andelen av ordrer over 500 kr", true),
            ("en", "Win rate on deals above $50k", true),
            ("nb", "Øke antall leads (30–40)", false),
            ("en", "Try to keep corridor patients below 5 per day on the medical ward", false),
            ("en", "Fewer falls among residents over 80", true),
            ("en", "Write-downs on seasonal stock under $300k in Q4", false),
            ("en", "Higher availability of the new 420 kV substation", true),
            ("en", "Lower audit adjustments under IFRS 16 for the leases at 221 Baker Street", true),
            ("en", "Look into flaky tests in the CI pipeline for build 2024.3", true),
            ("en", "More signups from the 18–24 audience for the Class of 2027 campaign", true),
            ("en", "Grow the podcast to 10,000 audience members", false),
            ("nb", "Øke bemanningen i akuttmottaket med 12 årsverk", false),
            ("nb", "Øke salget til bedrifter med 10–50 ansatte", true),
            ("nn", "Fleire deltakarar i arbeid 12 månader etter introduksjonsprogrammet", true),
            ("en", "Fewer readmissions 30 days after discharge", true),
            ("nb", "Ventetid på 12 dager etter henvisning", false),
            ("nb", "Styrke tilbudet til ungdom 13–16 år i bydel 4 innen 2026", true),
            ("nb", "Lavere reisekostnader per årsverk i region 2 og region 4 i 2025", true),
            ("nb", "Lavere sykefravær i helse og omsorg for ansatte 55+ i 2026", true),
            ("nb", "Redusere antall dager utestående (DSO) for kunder med 30 dagers betalingsfrist i 2026", true),
            ("nb", "Sikre minst 18 måneders runway etter runden", false),
            ("en", "Look into longer wait times on the 0800 line during weeks 48–52", true),
            ("en", "Keep unplanned turbine downtime at or below 40 hours per quarter", false),
            ("nb", "Kortere ventetid på telefon (åpningstid 08–16)", true),
            ("nn", "Styrkje kompetansen til mellomleiarane (leiarprogram 2.0)", true),
            ("en", "Fewer repeat contacts about order SKU-44817 after 9/15/2025", true),
            ("en", "Ensure callers to 800-555-0142 reach an agent faster", true),
            ("nb", "Flere gjenkjøp av varenummer 40-1177 blant kunder 50+ etter 15.08.2025", true),
            ("nb", "Hver ansatt har en utviklingsplan", true),
            ("nb", "Kortere ventetid på sentralbordet 815 00 100 etter omleggingen 15.03.2026", true),
            ("nn", "Færre restansar i oppmålingssaker på gnr. 12 bnr. 4–18", true),
            ("nb", "Styrke relasjonen til forhandlerne i postnummerområde 4000–4099", true),
            ("nb", "Færre sårbarheter med CVSS 9.0 eller høyere i Kubernetes 1.29-klyngene", true),
            ("nb", "Økt trafikk til kampanjesiden fra Instagram etter kampanjestart 1/3-26 for iPhone 17", true),
            ("en", "Raise the app rating to a 4.8-star average", false),
            ("nn", "Fleire fornya avtalar med kundar i segment B2 før 31.12", true),
            ("en", "Shorter wait times for passport appointments at the 14 Main St office after 5 pm", true),
            ("nn", "Forbetre svarprosenten slik at kvar tredje kunde svarar", false),
            ("nb", "Hver fjerde kunde bruker appen ukentlig", false),
            ("en", "Improve the response rate so that every third customer answers", false),
            ("en", "Customers hear from us every third week", true),
            ("nb", "Styrke relasjonen til storkunder med årsforbruk over 100 000 kWh", true),
            ("en", "Get more households with income below $40k to apply", true),
            ("en", "Reach 400 households with income below $40k", false),
            ("en", "Cut median page load on mobile to sub-2s by 30 June", false),
            ("en", "Keep test turnaround in the 48 to 72 hour range", false),
            ("en", "Keep voluntary attrition in single digits through 2025", false),
            ("nb", "Oppnå tosifret vekst i antall aktive kunder", false),
            ("nn", "Raskare lasting av produktbilete etter overgang til HTTP/3", true),
            ("en", "Lift basket size during the 11.11 campaign", true),
            ("en", "Reach a 4.5 rating in the app stores", false),
            ("nb", "Bedre onboarding for de 200 sesongansatte på lageret", true),
            ("en", "Improve onboarding for the 40 new hires to reach eNPS 30", false),
            ("nn", "Freiste å få fleire brukarar", true),
            ("en", "Faster restoration of supply after faults on 66 kV lines", true),
            ("en", "Cut outages on 22 kV lines from 40 to 25 a year", false),
            ("en", "Cut de-icing delays in the 2025–26 winter season", true),
            ("en", "Readers renewed their subscriptions faster after the price change", true),
            ("nn", "Redusere kassasjonen av kaker i dei første 48 timane etter baking", true),
            ("en", "Faster repair of leaks on mains larger than 300 mm", true),
            ("en", "Keep the backlog smaller than 50 tickets", false),
            ("nb", "Holde sykefraværet på nivå med fjorårets", true),
            // A group named by its number is not a level.
            ("nb", "Færre klager per 1 000 innbyggere enn snittet i KOSTRA-gruppe 13", true),
            ("en", "Fewer complaints than the average of comparison group 4", true),
            ("nb", "Lavere energibruk per ladet kWh på depot 2", true),
            // Milliseconds measure the latency, not which payments.
            ("en", "Keep p95 API latency for payments at or below 300 ms", false),
            // How long until a state: the duration is the measure (still without a level).
            ("en", "Reduce the time it takes new baristas to be ready for unsupervised shifts", true),
            ("en", "Keep churn on par with last year", true),
            ("nb", "Raskere svar til spillere som melder feil i sesong 5", true),
            ("nn", "Redusere talet på krasj i PC-versjonen etter patch 1.12", true),
            ("en", "Look into frame drops on PS5 before the 1.3 patch", true),
            ("en", "Reach the 4.5 level on the App Store", false),
            ("nb", "Mottakere tar i bruk pakkebokser som leveringssted", true),
            ("en", "More screening among residents turning 55", true),
            ("en", "Deploy more often", true),
            // A size class of things; a name, then the level to reach in its unit (not a range of
            // names: `uke 12 til 14`).
            ("en", "Reduce anchorage waiting time for 24,000 TEU class vessels", true),
            ("nb", "Optimalisere stuingsplanene for skip i 14 000 TEU-klassen", true),
            ("nb", "Kortere tid fra lossing til tollklarering for 40 fots kjølecontainere", true),
            ("en", "Handle 1.2 million TEU in 2026", false),
            ("en", "Focus on cutting average truck turnaround at Gate 3 to 35 minutes", false),
            ("nb", "Jobbe med å øke kranproduktiviteten på Terminal 4 til 30 løft i timen", false),
            ("nb", "Redusere overtid i uke 12 til 14", true),
            // A programme by its school years, pupils by their grade, credits inside what is measured,
            // shoe sizes, a shopping day by its date (not an average grade, nor a level).
            ("nn", "Fleire førsteprioritetssøkjarar til grunnskulelærarutdanninga 5–10", true),
            ("nb", "Øke andelen elever med karakter 3 eller bedre i matematikk 2P", true),
            ("en", "Increase the share of first-year students who pass all 60 ECTS credits", true),
            ("nb", "Redusere størrelsesreturer på sneakers i EU 36–46", true),
            ("nb", "Lavere CAC på TikTok under 11.11-kampanjen", true),
            ("nb", "Snittkarakter 4,2 i matematikk 2P", false),
            ("nb", "Øke snittet fra 3.8 til 4.5", false),
            ("nb", "Øke salget under 11.11 med 30 %", false),
            // A stage of a standard; things by a participle and a bound (not a feed, nor `ned`).
            ("en", "Reduce stage 2 loans in the commercial real estate portfolio", true),
            ("en", "Reduce the share of flights delayed more than 15 minutes", true),
            ("en", "Reduce the share of flights delayed more than 15 minutes to below 5 %", false),
            ("en", "Keep p95 latency on the events feed at or below 300 ms", false),
            ("nb", "Jobbe med å få MTTR for P1-hendelser ned under 45 minutter", false),
            // An age band after the people it describes.
            ("nb", "Andel hjemmeboende 67+ med digitalt tilsyn", true),
            // A chart named by its length (a rank to reach is lower-case: `topp 10-lista`).
            ("nb", "Flere unike lyttere på Topp 20-lista", true),
            // Herds by their size; the state of those counted is what is measured.
            ("nb", "Færre kyr med høyt celletall i besetninger over 50 årskyr", true),
            ("nn", "Auke delen butikksjefar som er rekrutterte internt", true),
            // Which ones: among the 52 planned, TVs by their size, machines by their load, places by
            // their distance (a rank among the best still counts).
            ("nb", "Øke andelen godkjente prøver blant de 52 planlagte drikkevannsprøvene i Q3", true),
            ("en", "Higher average review score for TVs above 65 inches", true),
            ("nn", "Færre returar av 8 kg vaskemaskinar fordi kunden har målt feil", true),
            ("en", "More school visits from municipalities located more than 100 km from the museum", true),
            ("nn", "Vere blant dei tre beste helseføretaka i landet på pasientopplevd kvalitet", false),
            // A well's name, a window of matches, a shirt's number, dogs by their age (reserves kept
            // between two levels are a level).
            ("en", "Reduce unplanned shutdowns on well 34/10-A-12", true),
            ("en", "Increase average F&B spend per attendee over the 15 home matches", true),
            ("nb", "Salg av drakter med nummer 10 etter overgangsvinduet", true),
            ("en", "Raise acceptance of dental treatment plans for dogs over 8 years", true),
            ("en", "Keep unrestricted reserves between 3 and 6 months of running costs", false),
            // A deadline named by its length; premises by their area (a level of area still counts);
            // three quarters is a share.
            ("nb", "Redusere andelen barnevernsundersøkelser som overskrider lovens frist på 3 måneder", true),
            ("nb", "Øke utleiegraden for lokaler over 500 m²", true),
            ("nb", "Mer treffsikker risikovurdering av næringsbygg over 5 000 m²", true),
            ("nb", "Redusere energibruken til under 110 kWh per m²", false),
            ("en", "Three quarters of new subscribers complete the placement quiz in their first week", false),
            // The size of a pack says which packs; a bound after a bare `more`/`fewer` says which things;
            // so does a sum after a plural with no ending.
            ("nb", "Færre feilplukk på 250 g-pakningane på lageret i Bergen", true),
            ("en", "Improve the shelf life of the 330 g fresh pasta", true),
            ("en", "Reduce overfill on 750 g muesli bags", true),
            ("en", "Cut salt in the kids' range to 5 g per 100 g", false),
            ("en", "Fewer chilled loads arriving at stores above 5 °C", true),
            ("en", "More clients with over 50% foreign ownership choose us for transfer-pricing documentation", true),
            ("en", "Fewer than 5 % of chilled loads arrive above 5 °C", false),
            ("en", "Fewer P1 incidents: under 5 a month", false),
            ("nb", "Redusere antall nedskrevne timer på oppdrag over 500 000 kr", true),
            ("nb", "Snittordre i nettbutikken over 850 kr", false),
            // Which things, by their size (a range after `på`, a bound after a plural), by what they have
            // (`med responstid lengre enn …`), or by their priority class.
            ("nb", "Øke salget av solcelleanlegg på 10–20 kW til gårdsbruk", true),
            ("en", "Grow sales of commercial solar systems above 50 kW", true),
            ("nb", "Øke produksjonen til 10–20 MW", false),
            ("nb", "Redusere andelen hastegrad 1-oppdrag med responstid lengre enn 15 minutter", true),
            ("en", "Reduce the share of calls with wait times over 10 minutes", true),
            ("nb", "Redusere andelen samtaler med ventetid over 10 minutter til under 5 %", false),
            ("en", "Improve response times for hastegrad 1 incidents in the rural districts", true),
            ("en", "Resolve 90% of priority 1 tickets within 4 hours", false),
            // Dimensions and size classes are names; sums after a plural and `på`, or after `med`, say which
            // things (but a sum that is the thing's own level is a target).
            ("nb", "Flere plasser for 120x80-paller i høylageret i Drammen", true),
            ("en", "Shorter charging queues for the 7.5-tonne electric trucks at the Alnabru terminal", true),
            ("en", "Give 4.8-star service to 90% of callers", false),
            ("nn", "Redusere tida det tek å løyse chargeback-saker på over 5 000 kr", true),
            ("nb", "Raskere KYC-godkjenning for bedriftskunder med omsetning over 5 MNOK", true),
            // Which bags, by their weight; which patients, by what they have had or scored (`med minst
            // 500` alone is by how much).
            ("en", "Faster delivery of 25 kg cement bags to building sites in the Oslo region", true),
            (
                "nb",
                "Øke andelen pasienter med minst seks gjennomførte timer som svarer på CORE-10 ved avslutning",
                true,
            ),
            ("nb", "Øke antallet kunder med minst 500 i Q3", false),
            ("nb", "Flere pasienter med PHQ-9 over 14 får tilbud om gruppebehandling", true),
            // Which fish, by a participle and a bound inside a share.
            ("en", "Increase the share of salmon harvested above 5 kg", true),
            // A model by its short capital name and number; bounds after a bare `more`, also before a
            // second number; seats a hall has; what a thing is, in brackets.
            ("nb", "Øke conversion fra prøvekjøring til kontrakt for ID.4", true),
            ("en", "More used cars under 3 years and 50,000 km sold with extended warranty", true),
            ("en", "Fewer schema-change incidents in pipelines that process more than 1 million rows a day", true),
            ("nb", "Flere solgte billetter til konserter i salen med 1 200 plasser", true),
            ("nb", "Styrke bemanningen i akuttmottaket med 12 årsverk", false),
            ("nb", "Høyere recall for churn-modellen (treningssett på 40 000 rader)", true),
            ("nb", "Høyere recall for churn-modellen (fra 0,71 til 0,80)", false),
            // Which households, by the speed they have; which donors, by what each gives (what partnerships
            // bring is a level).
            ("nb", "Lavere churn blant husstander med fiber på 500 Mbit/s eller mer", true),
            ("en", "Increase the number of households with access to at least 100 Mbit/s", true),
            ("nb", "Øke hastigheten til 500 Mbit/s eller mer", false),
            ("en", "Grow the number of monthly donors who give more than NOK 500", true),
            ("en", "Explore partnerships that bring in at least €450k in new premiums", false),
            // A class by its numbers; which furniture, by its weight.
            ("nb", "Flere pasienter i ASA-klasse 1–2 opereres dagkirurgisk", true),
            ("en", "Fewer damaged deliveries for furniture heavier than 30 kg", true),
            ("en", "Keep damaged deliveries of furniture heavier than 30 kg below 2%", false),
            // Which material, by its grade in a relative clause (a grade to reach is a level); which
            // portions, by their weight; which claims, by what each is worth; what a plan costs, in brackets.
            ("nn", "Auke mengda konsentrat som held over 65 % Fe og blir seld som premiumprodukt", true),
            ("nb", "Nå et jerninnhold på minst 66,5 % Fe i pelletsfeeden", false),
            ("nb", "Færre klager på at porsjonene på 350 gram er for små", true),
            ("nb", "Raskere utbetaling av reiseforsikringskrav på under 10 000 kr", true),
            ("nb", "Cost per lead fra paid social på maks 180 kr", false),
            ("en", "Grow the number of subscribers on our Budget plan (NOK 69 per meal)", true),
            // Halls and pitches by number, also after a compound; a part by its number; which accounts, by
            // what they do (a sum they total, or a metric's name, is a level).
            ("nb", "Kortere ventetid på treningstid i innendørshall 1 og 2 i vinterhalvåret", true),
            ("nb", "Redusere ledetiden på reservedel 4471-220 (hydraulikkpumpe)", true),
            ("en", "Strengthen relationships with key accounts running more than 50 machines", true),
            ("en", "Days sales outstanding at or below 38 days", false),
            // Which aircraft, by their weight (tonnes of something handed in is how much; an emission under
            // a weight is a level); halving in nynorsk.
            ("nb", "Kortere ventetid på avisingsplattformen for fly over 60 tonn MTOW", true),
            ("en", "Get customers to hand in 30 tonnes of used sports gear at our return points", false),
            ("nn", "Halde utsleppet av klor under 50 kg i månaden", false),
            ("nn", "Halvera talet på skadde ULD-ar i lasteterminalen", false),
            // Things by how many they hold, after a direction or a soft verb; by a size in a unit, before
            // the thing or as two sizes; a window past `the nominal`; a decimal before `år` is a duration.
            ("en", "Reduce makeready waste on runs of more than 10,000 sheets", true),
            ("en", "Optimise press scheduling for short runs under 500 copies", true),
            ("en", "Try to bring the backlog of planning applications below 150 cases", false),
            ("nb", "Bidra til at netto kredittap holdes under 20 basispunkter", false),
            ("en", "Fewer complaints about colour shifts on 300 g/m² board", true),
            ("nb", "Optimalisere innkjøpet av papir i 80 og 100 g/m²", true),
            ("nb", "Nå en gjennomsnittlig slaktevekt på 5,2 kg", false),
            ("en", "Increase the share of PhD candidates who complete within the nominal four years", true),
            ("nb", "Redusere median gjennomføringstid for ph.d.-kandidater fra 5,1 til 4,4 år", false),
            // Which trips, by a length shorter than a distance.
            ("nb", "Øke antall turer kortere enn 3 km i Bergen", true),
            // Which customers, by what they have; which loans, by a sum with its scale word; which games,
            // by how many play; an age mark in brackets.
            ("nb", "Kortare svartid på søknader om refinansiering for kundar med belåningsgrad under 60 %", true),
            ("nb", "Øke andelen kunder med belåningsgrad under 60 % til 70 %", false),
            ("en", "Reduce approval times for mortgage applications above NOK 8 million", true),
            ("nb", "Høyere recall for churn-modellen v2.1 (treningssett på 40 millioner rader)", true),
            ("nb", "Øke salget av familiespill for 2–4 spillere (10+) i bokhandlene", true),
            ("en", "More sales of the 2–5 player edition to families with kids aged 8–12", true),
            // Two sizes of one thing, with a slash.
            ("nn", "Auke inntektene frå batterilageret på 20 MW / 40 MWh i Ørland", true),
            // Double as an adjective after a preposition; loaves by their weight in brackets; purchases by
            // what each is worth, after a preposition.
            ("nb", "Færre henvendelser til kundestøtte om doble bookinger", true),
            ("en", "Try to double newsletter sign-ups", false),
            ("nb", "Øke salget av store surdeigsbrød (over 800 g) i helgene", true),
            ("nn", "Auke delen av innkjøpa over 100 000 kroner med full dokumentasjon", true),
            // A work or a product by its number (`No. 9`, `nr. 5`); a bottle or a boat by its size.
            ("en", "Increase attendance at the Mahler Symphony No. 9 concerts", true),
            ("nb", "Øke eksporten av Stout No. 9 til Sverige innen utgangen av 2025", true),
            ("nb", "Øke salget av Pils nr. 5", true),
            ("nb", "Øke salget av Pils nr. 5 med 20 %", false),
            ("nn", "Redusere reklamasjonar på 0,33 l-flasker frå tapperiet", true),
            ("en", "Optimise the hull form of the 70 m well boat design for lower resistance", true),
            // A greenhouse by its number.
            ("nb", "Se på hvordan vi kan kutte strømkostnaden i veksthus 3", true),
            ("nb", "Kutte strømkostnaden i veksthus 3 med 20 %", false),
            // A sign on a scope's number; a train by its number; more of others passing.
            ("en", "Reduce remakes on varifocal lenses above +4.00 dioptres", true),
            ("en", "eNPS among branch staff at or above +20", false),
            ("nn", "Forbetre informasjonen til kundane når tog 5790 er forseinka", true),
            ("nb", "Flere leverandører består AQAP 2110-revisjonen ved første forsøk", true),
            // A hall by its number; a unit by its size after a determiner.
            ("nb", "Redusere antall klager på lyden i sal 2 og sal 3", true),
            ("nb", "Forbedre lyd og bilde på strømmen fra sal 4", true),
            ("nb", "Redusere nedetiden på det 120 MW store aggregatet i Hylen kraftstasjon", true),
            // A time of day; the size a product comes in, last (not a level reached in ml).
            ("nn", "Fleire studentar på visningane før klokka 17", true),
            ("nb", "Flere anmeldelser av den nye solkremen SPF 50 i 50 ml", true),
            ("nb", "Redusere vannforbruket per vask til 50 ml", false),
            // Motors and batteries by their size; products by their pack size or fat content (not
            // a level reached in grams or a share).
            ("en", "Reduce warranty claims on 250 W hub motors", true),
            ("nn", "Færre reklamasjonar på 750 Wh-batteriet", true),
            ("nn", "Færre reklamasjonar på brunost 500 g frå daglegvarekjedene", true),
            ("nb", "Forbedre holdbarheten på lettmelk 1 %", true),
            ("en", "Increase sales of our 1 % milk in the convenience channel", true),
            ("en", "Raise average mill head grade to at least 2.4 g/t Au", false),
            ("en", "Bring CO2 per tonne-km on the Oslo–Bergen corridor down to 9.5 g", false),
            ("nb", "Øke andelen lettmelk til 30 %", false),
            // A chip process by its node; which players, by what they do (but a share of them
            // reaching a level is measured).
            ("nb", "Flere nye kunder som velger nRF54 fremfor konkurrentens 28 nm-brikke", true),
            ("nb", "Øke utbyttet på 22 nm-prosessen de første 60 dagene etter prosessendringen", true),
            ("en", "Increase the number of players who set a weekly deposit limit below NOK 1,000", true),
            ("en", "Day-30 retention of players who finish the tutorial at or above 11%", false),
            // How long a period is names it (but a period shortened to a length is a level).
            ("nb", "Redusere frafallet av lærere etter prøveperioden på 30 dager", true),
            ("nb", "Korte ned prøveperioden til 30 dager", false),
            // Which ones as a share of them; a fabric by its weight; `at or above` is a level, never
            // an age.
            ("nb", "Øke gjenkjøpsraten hos de 20 % største kundene", true),
            ("en", "Raise customer satisfaction with the 220 g/m2 polo shirt", true),
            ("en", "eNPS among production staff at or above 25", false),
            // A car park's floor; a cabin's height in brackets after its name.
            ("nb", "Øke belegget på plan 3 i P-hus Torget", true),
            ("nn", "Fleire overnattingar på Skogadalsbøen (834 moh.) i skuldersesongen", true),
            // Chocolate by its cocoa content; puppies by their age in weeks (but a processing time
            // under three weeks is a level).
            ("nn", "Auke salet av 85 % mørk sjokolade i Vestland", true),
            ("en", "Increase sales of the 70% dark bar in convenience stores", true),
            ("en", "Increase the share of puppies under 12 weeks that are microchipped before sale", true),
            ("nb", "Saksbehandlingstid for byggesøknader under tre uker", false),
            // A blood type; a statistics table by its number.
            ("nb", "Sikre nok 0 negativ blod gjennom sommerferien", true),
            ("en", "Increase use of table 11418 in the StatBank", true),
            // A field by its area.
            ("nb", "Optimalisere vanningen på det 25 dekar store potetfeltet", true),
            // A room by its number, then the level in its unit.
            ("nn", "Auke avlinga i Rom 1 til 1 100 kg per veke", false),
            // How long one run takes, in minutes or seconds, is a level; a count's definition or a
            // deadline in days is not.
            ("en", "Optimise the nightly ensemble run so it finishes within 90 minutes", false),
            ("en", "Page loads within 2 seconds", false),
            ("en", "Patient-room turnaround after discharge within 45 minutes", false),
            ("en", "Increase the share of calls answered within 60 seconds", true),
            ("en", "Answer more calls within 60 seconds", true),
            ("en", "Reduce churn within 90 days", true),
            ("en", "Help contractors start using the new digital logbook", true),
            // `Fewer double bookings`: which ones are counted, not a multiplier.
            ("en", "Fewer double bookings of meeting rooms", true),
            // Growth by a number of people is how much; clubs of a size are which ones.
            ("nb", "Netto medlemsvekst på 300 medlemmer i nettverket", false),
            ("nb", "Øke antall klubber på 300 medlemmer", true),
            // Never longer than a time is a bound kept; older than a time says which ones.
            ("nb", "Optimalisere bemanningen i kassene slik at køen aldri er lengre enn 10 minutter", false),
            ("nb", "Køen er aldri lengre enn 10 minutter", false),
            ("nb", "Færre saker eldre enn 30 dager", true),
            // Which bookings, by how early they were made.
            ("en", "Reduce no-shows on airport bookings made more than 14 days ahead", true),
            // Earlier years where a year is said; a from-to pair is a level.
            ("nb", "Flere treff på personnavn i søk i folketellingene fra 1801 og 1865", true),
            ("nb", "Flere treff i kirkebøker fra før 1850", true),
            ("nb", "Øke besøket fra 1800 til 2400", false),
            // A picture's resolution is a name; 8K people are counted.
            ("en", "Reduce downtime of the 8K dome projector", true),
            ("en", "Grow to 8K monthly users", false),
            ("en", "Reach 8K subscribers", false),
            // Equipment by its number.
            ("en", "Improve drying quality in kiln 3", true),
            // Hauliers are people helped; moving to something is their adoption.
            ("en", "Support hauliers in moving to digital invoices", true),
            // A class by its number.
            ("en", "Higher availability for IALA category 1 aids to navigation in 2025", true),
            // Fishermen are people helped in switching.
            ("en", "Support fishermen in switching to the digital position reporting service", true),
            // A gate or entrance by its number.
            ("nb", "Kortere kø ved port 3 før kampstart", true),
            // The last or the first things a measure is taken over, of them too.
            ("en", "Faster turnaround on condition reports requested in the final 48 hours before a sale", true),
            ("nn", "Færre uplanlagde komponentbyte på H175 i løpet av dei første 500 flytimane", true),
            ("en", "Sell the last 200 tickets", false),
            // Pilots are people helped.
            ("en", "Support pilots in reporting fatigue more openly", true),
            // A hanging hyphen shares the age after it.
            ("nb", "Flere 19- og 20-åringer benytter seg av redusert egenandel", true),
            ("en", "More 18- and 19-year-olds use the discount", true),
            ("en", "Support instructors in building their own class following", true),
            // A kiln temperature by its cone number.
            ("en", "Reduce warping on platters fired to Orton cone 10", true),
            // A height or size after the things counted says which ones; a level kept above one
            // is a target. A sum in a currency is the level of the money named before it.
            ("en", "Reduce falls from scaffolds taller than 9 metres", true),
            ("nb", "Færre fall fra stillaser høyere enn 9 meter", true),
            ("en", "Keep uptime higher than 99.9%", false),
            ("en", "Keep spare-parts spend for infusion pumps at or below NOK 1.2 million", false),
            ("en", "Grow legacy income from supporters over 60", true),
            // A change to a level far past a name's number; a range of names is none.
            ("nb", "Øke antall undersøkelser på lab 2 til 400 i måneden", false),
            ("nb", "Øke belegget i rom 1 til 3", true),
            // A time each one is done within, with no share nor change to count them by, is the
            // level; with them, it says which ones are counted.
            ("en", "Get empty stations refilled within 20 minutes at peak hours", false),
            ("en", "More orders shipped within 2 days", true),
            ("en", "Increase the share of invoices paid within 30 days", true),
            // `tre` bounded or per year is three, not a tree; what people are exposed to above a
            // level says which ones.
            ("nn", "Redusere talet på reklamasjonar på laboratorieanalysar til maks tre i året", false),
            ("nn", "Frå tre i frukthagen til flaske", true),
            ("en", "Reduce the number of residents exposed to road noise above 55 dB Lden", true),
            ("nb", "Færre boliger utsatt for støy over 55 dB", true),
            // A cap after people is the metric's level, not their age; an emergency number is a
            // name.
            ("en", "Days sales outstanding for on-trade customers no more than 35", false),
            ("en", "More residents over 80 using the app", true),
            ("en", "Shorter wait for callers transferred from 112 to the municipal duty officer", true),
            ("en", "Grow members from 112 to 150", false),
            // Things by a range or bound of sizes; a mass let out is a level; funding or a decision
            // brought to a level is one.
            ("nb", "Øke salget av vinteropplag til båter mellom 20 og 35 fot", true),
            ("nn", "Halde utsleppet av klor under 50 kg i månaden", false),
            ("en", "Grow external research funding to NOK 250 million", false),
            ("en", "Focus on cutting average lead time from contract to handover to 16 weeks", false),
            // An autoclave by its number; a level of 110 (not the fire brigade's number, which
            // only calls are made to); an amount let out, below a mass, is its level.
            ("nn", "Færre våte pakningar etter sterilisering på autoklav 4", true),
            ("nb", "Energibruken i skoleporteføljen skal ned til 110 kWh per m²", false),
            ("nb", "Energibruken skal ned til 110", false),
            ("nb", "Færre anrop til 113", true),
            ("en", "Work on bringing CO emissions below 30 mg/Nm³ as a daily average", false),
            ("en", "Reduce emissions below 30 tonnes", false),
            ("nb", "Redusere utslippene under 30 tonn", false),
            ("en", "More solar systems above 50 kW", true),
            ("en", "Fewer trucks over 3.5 tonnes in the city centre", true),
            // A verb in a clause of its own before a bound, not things by how many they hold.
            ("en", "Optimise tuning route planning so each tuner averages at least six visits per day", false),
            ("en", "Optimise print runs of more than 10,000 sheets", true),
            // A cut to a level after a name; what people have access to is which ones.
            ("nn", "Redusere ventetida på tolk i møte med Nav til under fem arbeidsdagar", false),
            ("en", "Increase the number of households with access to at least 100 Mbit/s", true),
            // An emergency number named, a decade and an older year are names, not levels; an
            // older year's digits as a count are one.
            ("nn", "Auke delen av innbyggjarane som kjenner til naudnummeret 110", true),
            ("en", "Help our volunteer guides tell the stories of the storms of the 1890s", true),
            ("en", "More repeat visitors to the 1867 keeper's house exhibition in 2025", true),
            ("en", "Sell 1850 tickets to the lighthouse tours", false),
            ("en", "Raise the share of residents who know the emergency number 112 from 60% to 80%", false),
            // A verb before `under` says where it gets to (not animals by their age); an organ
            // stop is named by its pipe length (not `450' NOK`, thousands).
            ("nb", "Bidra til at ventelisten for offentlig IVF kommer under 6 måneder", false),
            ("nb", "Ventelisten havner under 6 måneder", false),
            ("nb", "Flere hunder over 8 år", true),
            ("nb", "Forbedre stemmeholdet i 8' Trompet-registrene", true),
            ("nn", "Få 450' NOK i nye avtalar om energioppfølging frå næringskundar", false),
            // A number word capitalised inside a name is no count (a title in title case says
            // nothing by its capitals).
            ("en", "Grow ticket sales for Seven Sonatas among students", true),
            ("en", "Sell Five Thousand Tickets", false),
            // A chess time control is a name; what is kept below a bound is its level, whoever
            // the things are from.
            ("en", "Increase participation in the 3+2 blitz arenas", true),
            ("en", "Keep open support tickets from canal users below 40 at all times", false),
            ("en", "Support 30 volunteers into shift-leader roles by December", false),
            // A point on a scale names which events; a share of them detected is a level.
            ("en", "Faster automatic locations for events of magnitude 3 and above", true),
            ("en", "Detect 95% of events of magnitude 2 within 60 seconds", false),
            // A resolution after a preposition names what the things are in (`8K new subscribers`
            // are counted).
            ("en", "Faster turnaround on client revision notes for 4K commercial spots", true),
            ("en", "Reach 8K new subscribers", false),
            // A plant or a potline by its number; an alloy after a possessive (a description,
            // not a count of what the team has).
            ("nb", "Færre uplanlagte stans på barkeanlegg 2 etter ombyggingen", true),
            ("en", "Reduce anode effect frequency in potline 3", true),
            ("en", "More extruders buying our 6063 billets instead of imported metal", true),
            // What is brought below a bound is its level, whoever the things are from (but
            // residents over 80 are which ones).
            ("en", "Bring open support tickets from livestock hauliers below 15 at every month end", false),
            ("en", "Get more residents over 80 vaccinated", true),
            // Which ones a share counts, by their score (a share to reach is still the level).
            ("nb", "Redusere andelen nyfødte med Apgar-skår under 7 etter 5 minutter", true),
            ("nb", "Redusere andelen nyfødte med Apgar-skår under 7 til under 2 %", false),
            ("en", "Reduce the share of newborns with an Apgar score below 7", true),
            // The game of doubles before whom it is played with is no multiplier; minutes and
            // seconds after a time measured are a level (a time of day is not).
            ("en", "Help members find doubles partners more easily", true),
            ("nb", "Forbedre snittiden på 2000 m ergometertest fra 7:25 til 7:10 for seniorlaget", false),
            ("nb", "Flere besøk mellom 08:00 og 16:00", true),
            // A bound past the main clause's verb is the level (not which things `med` names); a
            // grant to a level is one too.
            ("nb", "Gjennomsnittlig tid fra innskriving til første samtale med NAV er maks 5 virkedager", false),
            ("nb", "Bidra til å øke andelen nyansatte som består den interne sertifiseringen til 80 %", false),
            // What is kept below a bound is its level (not whose spending is counted).
            ("en", "Keep supply-teacher spending at or below £42k for the school year", false),
            // Ships by their length are which ones; how long one contract runs is no level.
            ("en", "Increase shore power use among cruise ships longer than 250 metres", true),
            // Kept under a level, in the passive (holdes), is the level.
            ("nb", "Vibrasjonsnivået på turbinlagrene i aggregat 3 holdes under 2,8 mm/s", false),
            // A version right after an update named is a name, not a level.
            ("nb", "Redusere antall P1-feil på invertere etter fastvareoppdatering 4.2", true),
            // An average age measured has its level in years (not people by their age).
            ("nn", "Snittalderen på hundane i aktiv teneste skal vere under 7 år", false),
            ("nb", "Flere kunder i alderen under 30 år", true),
            // A bound in a clause of its own after `so`, however long its subject.
            ("en", "Optimise fuel use so the snowmobile fleet averages at most 28 litres per 100 km", false),
            // A metric window in nynorsk's `fyrste`; a trail by its number; groups and kites by their size.
            ("nn", "Lågare fråfall blant nybyrjarar dei fyrste 60 dagane", true),
            ("nb", "Færre klager på ventetid ved løype 4", true),
            ("en", "Shorter harness-fitting time for groups of 25–30 pupils", true),
            ("en", "Sell more 12 m kites to returning customers", true),
            ("en", "Sell 40 more 12 m kites", false),
            // `tre` after its neuter adjective is wood.
            ("nb", "Flere bestillinger på rammer i massivt tre fra hoteller", true),
            // A plural participle of `halvere`; a resolution after a determiner.
            ("nn", "Styrkje dialogen med naboane slik at støyklagene blir halverte", false),
            ("en", "More ticket buyers choose the 4K restored classics strand", true),
            // People described by what they lack, not a zero to reach.
            ("en", "Explore better ways to locate debtors with no registered address", true),
            ("en", "Close the quarter with no open P1 incidents", false),
            // `no longer than` bounds the time, like `never longer than`; `calls longer than 8 minutes` says which.
            ("en", "Average wait in the netting and checkout line no longer than 8 minutes on Saturdays", false),
            ("nb", "Ventetiden i kassa er ikke lenger enn 8 minutter", false),
            ("en", "Fewer calls longer than 8 minutes", true),
            // An average time measured has its bound as the level; a hyphenated name is no street.
            (
                "nb",
                "Gjennomsnittlig forsinkelse for utrykningskjøretøy i kryss med signalprioritering under 8 sekunder",
                false,
            ),
            ("en", "Sign five Adopt-a-Street agreements with local businesses", false),
        ];
        for (lang, title, unmeasurable) in cases {
            let found = findings(lang, title, None).contains(&"unmeasurable-key-result");
            assert_eq!(found, unmeasurable, "{lang}: {title}");
        }
    }

    #[test]
    fn a_target_that_names_no_number_measures_nothing() {
        let title = "Innbyggernes tillit til kollektivtilbudet";
        assert!(findings("nb", title, Some("høy")).contains(&"unmeasurable-key-result"));
        assert!(!findings("nb", title, Some("45")).contains(&"unmeasurable-key-result"));
        let finding = crate::lint::rules::test_support::finding_in_yaml(
            "unmeasurable-key-result",
            "nb",
            "      - title: Innbyggernes tillit til kollektivtilbudet\n        target: høy\n",
        );
        assert!(finding.message.ends_with("`target:` is not a number"), "{}", finding.message);
        // A deadline is not a level either, in the field as in the title.
        assert!(findings("nb", title, Some("innen 30. juni")).contains(&"unmeasurable-key-result"));
        // An ambiguous number is invalid-value's finding alone.
        let found = findings("en", "Weekly active users", Some("\"1,500\""));
        assert!(found.contains(&"invalid-value") && !found.contains(&"unmeasurable-key-result"), "{found:?}");
    }
}
