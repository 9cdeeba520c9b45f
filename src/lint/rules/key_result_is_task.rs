use crate::lint::judge::{Activity, lexicon_options, title_activity, title_lang};
use crate::lint::text::{span_in, tokens};
use crate::lint::{Example, LANGUAGES_OPTION, Level, OptionKind, Rule, RuleContext, RuleMeta, RuleOption, Sink};
use crate::load::{OkrFile, Scope};
use crate::model::Lang;

pub struct KeyResultIsTask;

static META: RuleMeta = RuleMeta {
    id: "key-result-is-task",
    default_level: Level::Warning,
    summary: "An activity or output of the team, not an outcome (lage, launch, write…)",
    rationale: "\"Otherwise it is a task, not a goal\": a key result measures what changes because of the \
work, not the work itself. \"Lage tre kundehistorier\", \"Write 25 articles\" or \"Flytte 70 % av databasene\" \
are done when the team decides they are; a count does not make them outcomes. Results counted from other \
people's behaviour (\"Få 900 nye abonnenter\", \"Booke 60 møter\", \"Close $800k in new ARR\"), service levels \
(\"Answer 90 % of inquiries within 3 days\") and metric changes (øke, redusere, reach) are outcomes, and so is a \
task whose success is stated as an outcome threshold (\"Launch the referral programme and have at least 80 \
customers refer a friend\"). Put the work under `initiatives:`.",
    examples: &[
        Example {
            lang: Lang::Nb,
            bad: "key_results:\n  - title: Lage tre kundehistorier til nettsiden",
            good: "key_results:\n  - title: Øke andelen demoforespørsler fra kundehistoriene fra 2 % til 5 %\n    baseline: 2\n    target: 5\ninitiatives:\n  - Lage tre kundehistorier til nettsiden",
        },
        Example {
            lang: Lang::En,
            bad: "key_results:\n  - title: Write 25 SEO articles for the pricing pages",
            good: "key_results:\n  - title: Grow organic sign-ups from the pricing pages from 120 to 200 a month\n    baseline: 120\n    target: 200\ninitiatives:\n  - Write 25 SEO articles for the pricing pages",
        },
    ],
    options: &[
        RuleOption {
            name: "extra-phrases",
            kind: OptionKind::Phrases,
            default: "[]",
            doc: "more task verbs, e.g. [\"snekre\", \"put together\"]; `{e|er}` lists inflections",
        },
        LANGUAGES_OPTION,
    ],
};

impl Rule for KeyResultIsTask {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_file(&self, file: &OkrFile, ctx: &RuleContext, sink: &mut Sink) {
        let Some(set) = &file.set else { return };
        let (langs, extra) = lexicon_options(ctx);
        for (o, k, kr) in set.key_results() {
            let Some(title) = &kr.title else { continue };
            let tokens = tokens(&title.value);
            let lang = title_lang(&tokens, set.lang);
            let m = match title_activity(kr, &tokens, lang, &langs) {
                Some(Activity::Task(m)) => m,
                Some(Activity::Milestone(_)) => continue,
                None => {
                    let v = crate::lint::judge::main_verb(&tokens);
                    match extra.as_ref().and_then(|e| e.at(&tokens, v)) {
                        Some(m) => m,
                        None => continue,
                    }
                }
            };
            let (start, end) = (tokens[m.start].start, tokens[m.end - 1].end);
            let phrase = &title.value[start..end];
            sink.report(
                file,
                Scope::key_result(o, k),
                span_in(file, title, start, end),
                format!("\"{phrase}\" is work the team does, not a result it achieves"),
            )
            .help(match lang {
                Lang::Nb | Lang::Nn => {
                    "ask what this work should change for customers or the business, and measure that (e.g. \"Øke andelen … fra 20 % til 35 %\"); list the work itself under `initiatives:`"
                }
                Lang::En => {
                    "ask what this work should change for customers or the business, and measure that (e.g. \"Raise the share of … from 20% to 35%\"); list the work itself under `initiatives:`"
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
            ("nb", "Lage tre kundehistorier", true),
            // A hedge in front of the clause: what follows it is the key result.
            ("en", "It is proposed that the faculty write a revised onboarding programme", true),
            ("nb", "Det forventes at vi lager tre nye kurs for nyansatte", true),
            // A unit's own task, contributed to or helped with; a hyphenated unit's whole name.
            ("nb", "Bidra til at compliance-avdelingen leverer ny risikovurdering innen 1. mai", true),
            ("nb", "Bidra til at sykefraværet i kundesenteret holdes under 5 %", false),
            ("nn", "Bidra til at krinsane innfører den nye akkrediteringsløysinga for stemne", true),
            ("nn", "Bidra til at kundane tek i bruk appen", false),
            // The participle first, then the team's own things; people registered are theirs.
            ("nn", "Prøve å få gjennomført tre regionale turneringar i para-idrett i haust", true),
            ("nb", "Få registrert 900 nye medlemmer", false),
            ("nb", "Bistå IT-drift med å migrere betalingsplattformen til skyen", true),
            ("nn", "Hjelpe 110-sentralen med å migrere til ny telefoniløysing", true),
            // A unit by its code.
            ("en", "Support DC3 in migrating its inventory to the new WMS", true),
            ("nb", "Bistå DC4 med å innføre nye rutiner for varemottak", true),
            ("nn", "Hjelpe økonomiavdelinga med å byte rekneskapssystem", true),
            // A verb compounded with what it is about; `double` as an adjective.
            ("nb", "Miljøfyrtårn-sertifisere alle 14 kommunale barnehager innen juni", true),
            // `Open` before what is counted, past two words (not `opne biblioteket på sundagar`).
            ("en", "Open AP support tickets at or below 30 at month-end", false),
            ("nb", "Bistå verkstedet med å montere nye billettvalidatorer i alle trikkene", true),
            ("nn", "Freiste å opne biblioteket på sundagar frå hausten", true),
            ("en", "Complete a double materiality assessment with 20 stakeholder interviews", true),
            // The unit's last word is what is helped (`outpatient` is not a patient).
            ("en", "Support the outpatient clinics in rolling out the new triage protocol before winter", true),
            // A share of people who did something, or for whom it was done, is theirs.
            ("en", "Nine in ten newly hired nurses have completed preceptorship within 12 weeks of starting", false),
            ("nn", "Ni av ti pasientar som vert skrivne ut, får epikrisa sendt til fastlegen same dag", false),
            ("nn", "Talet på kommunar som har skrive under databehandlaravtalen med oss", false),
            // After a context phrase and its comma.
            (
                "en",
                "As part of the cloud programme, we will migrate 70% of our databases to the managed PostgreSQL 16 service",
                true,
            ),
            ("nn", "Arbeida med å skifta ut gamle trestolpar på 22 kV-linja til Fjellstad", true),
            ("nb", "Bistå vann- og avløpsavdelingen med å bytte ut gamle vannmålere i sentrum", true),
            ("nb", "Hjelpe regionkontorene med å rydde og arkivere gamle personalmapper før nyttår", true),
            // A verb the lists do not know, joined to one they do.
            ("nb", "Skyte og publisere 20 korte nyhetsvideoer til TikTok", true),
            // Renting out is selling; renting in is the team's purchase.
            ("nb", "Leie ut 95 % av kontorarealet i Kvartal Sentrum innen desember", false),
            ("nb", "Leie inn nye lokaler i Bergen", true),
            // `få ut` a hotfix ships it; getting more out of something does not.
            ("nn", "Få ut ein hotfix for lagringsfeilen innan fredag", true),
            ("nn", "Få ut meir av dataa våre", false),
            // Helping a unit with its own task, wherever it is (a place of more words).
            ("nb", "Bistå butikkene i Region Nord med å innføre nytt bemanningssystem", true),
            ("nb", "Hjelpe butikkene i Nord-Norge med å innføre nytt bemanningssystem", true),
            // Keeping money within a budget is a level, also when the scale names the currency.
            ("nn", "Halde investeringane i distribusjonsnettet innanfor ei ramme på 310 MNOK", false),
            ("nb", "Holde investeringene innenfor 310 MNOK", false),
            // After an effort lead, an outcome with its means: the outcome is the commitment (but
            // an effort lead's own means is the work: `Styrke samarbeidet ved å arrangere …`).
            ("nb", "Forsøke å øke antall søkere med 15 % ved å kjøre kampanje", false),
            ("nb", "Styrke samarbeidet ved å arrangere fire samlinger", true),
            // A hedge in front does not hide the task.
            ("en", "Ideally, launch the new app in March", true),
            // `bygge ned`: a decrease, not building (`Bygge ut ladenettet` is still work).
            ("nb", "Bygge ned restansen fra 4 000 til 1 500 saker", false),
            ("nn", "Byggje ned restansen", false),
            ("nb", "Bygge ut ladenettet til 40 stasjoner", true),
            // Growth verbs with a particle: grown to a level of money is an outcome; the team's own
            // programme or unit grown is work.
            ("nb", "Bygge opp egenkapitalen i stiftelsen til 4 MNOK innen utgangen av 2025", false),
            ("nb", "Bygge opp et eget G14-lag", true),
            ("en", "Scale up monthly recurring donations to NOK 250k", false),
            ("en", "Scale up the Kickabout after-school sessions from 4 to 12 primary schools", true),
            ("en", "Wind down the paper season-ticket booklets by the end of Q2", true),
            // Money gathered is given by others; gathering input is work.
            ("nb", "Samle inn 3,5 MNOK i TV-aksjonen i region Midt", false),
            ("nb", "Samle inn innspill fra 40 brukere", true),
            // A unit by its short capital name, helped with its own task.
            ("en", "Help IT migrate the billing platform to the cloud before year end", true),
            // A bound on a share is a level, not a share of things done.
            ("en", "Get customer claims below 1% of volume shipped", false),
            // A Norwegian ending on an abbreviation is not the verb `er`.
            ("nb", "Innføre SLO-er for 25 kritiske tjenester", true),
            ("nb", "Flytte 70 % av databasene til ny plattform", true),
            ("nb", "Få 900 nye abonnenter på podkasten", false),
            ("nb", "Booke 60 møter med økonomiledere", false),
            ("nb", "Signere fire rammeavtaler", false),
            ("nb", "Arrangere webinarserien og få minst 400 påmeldte totalt", false),
            ("nb", "Holde bemanningsgraden mellom 85 og 90 %", false),
            // A unit by its own name, or any one thing after `the`, as the subject of a task verb.
            ("nb", "Legevakten flytter inn i nye lokaler innen 1. september", true),
            ("en", "The clinic moves into new premises by 1 September", true),
            ("en", "Library visits by under-18s: 40k->55k", false),
            ("en", "Help the Tier 2 team roll out the new knowledge base", true),
            // Past a commitment frame and a vague lead, the verb committed to.
            ("nb", "Vi skal arbeide med å lansere den nye innbyggjarappen før sommaren", true),
            ("nb", "Prøve å få ferdig tre kampanjefilmer før 1. juni", true),
            ("nb", "Rydde i e-postlistene og slette alle inaktive kontakter", true),
            // A practice named by a gerund is not a metric's name.
            ("en", "Implement rate limiting on all public API endpoints", true),
            // The task's success as an explicit outcome in a purpose clause.
            ("en", "Rewrite the top help center articles in order to cut password-reset tickets by a third", false),
            ("en", "Roll out the new expense tool in order to cut manual approvals", true),
            ("nb", "Bytte regnskapssystem til Tripletex og si opp Visma-lisensene før årsoppgjøret", true),
            ("nn", "La alle tilsette få tilbod om vaksine mot influensa innan november", true),
            // What everyone was given, and outputs with what was done to them.
            ("nn", "Alle innbyggjarar over 67 år har fått brev om den nye tryggleiksalarmen", true),
            ("nb", "Alle selgerne har fått opplæring i det nye CRM-systemet", true),
            ("nb", "90 % av de ansatte har fått opplæring i det nye CRM-systemet", false),
            // A ratio of cases within a time is a service level.
            ("en", "Building permit applicants get a decision within 6 weeks in 9 out of 10 cases", false),
            ("en", "Help our regional offices migrate their payroll to the shared service centre", true),
            // Money kept within a budget is a level; workshops held within one are a task.
            ("nb", "Holde investeringene innenfor rammen på 1,4 mrd. kr", false),
            ("en", "Hold workshops within the budget of $20k", true),
            // What the team has done, in the perfect, and what was done to everyone.
            ("nn", "Vi har arbeidd med å skrive om personalhandboka", true),
            ("en", "We have published 12 customer case studies on the website", true),
            ("en", "The platform team has helped the data science group move its pipelines to Airflow", true),
            ("nb", "Vi har hjulpet regnskapsavdelingen med å flytte arkivet til den nye dokumentløsningen", true),
            ("nb", "Vi har arrangert fire kundeseminarer i Bergen og Trondheim", true),
            ("en", "Every people manager has been trained in the new performance review process", true),
            // How often is a rate.
            ("en", "We deploy to production more often and with fewer rollbacks", false),
            ("nb", "Sunsette den gamle fakturamodulen innen 1. oktober", true),
            ("en", "Support has written 25 new help center articles on invoicing questions", true),
            ("en", "The sales team runs a negotiation workshop for every account executive in Q1", true),
            // A label in front.
            ("nb", "Hjelpesenter: skrive 40 nye artikler", true),
            // A two-word unit name before its verb.
            ("en", "People ops runs onboarding workshops for all new team leads", true),
            ("en", "Product ops helps the sales team roll out the new CPQ tool", true),
            // A unit placed inside the organisation; a question before the key result.
            ("nn", "Hjelpe økonomiavdelinga i sektorane med å innføre nytt rekneskapssystem", true),
            ("en", "Still on PostgreSQL 11? Migrate the billing service to PostgreSQL 16", true),
            // Units helped with their task: two joined, or one before `in`; not people.
            ("nn", "Bistå helse og oppvekst med migrering til nytt arkivsystem (Q4)", true),
            ("en", "Support payroll in migrating to the new HRIS; cut-over 1 Oct", true),
            ("en", "Support customers in migrating to the new app", false),
            // A lead time is not a service level: calling is the task.
            ("nb", "Ringe alle kunder med fornyelse i Q4 minst to uker før avtalen løper ut", true),
            ("nb", "Forsøke å lansere betalingsløsningen før sommeren", true),
            ("nn", "Lage ein ny kampanjefilm", true),
            ("nn", "Kartleggje behovet for omsorgsbustader", true),
            ("en", "Write 25 articles", true),
            ("en", "Make 1,000 cold calls to logistics companies", true),
            ("en", "Close $800k in new ARR", false),
            ("en", "Answer 90 % of inquiries within 3 days", false),
            ("en", "Launch the referral programme and have at least 80 customers refer a friend through it", false),
            ("en", "Deploy frequency rises from weekly to at least 3 times per day", false),
            ("en", "Work on delivering the new alert system by Q3", true),
            // The task after a vague lead: "look into the possibility of migrating".
            ("nb", "Se på muligheten for å migrere SCADA-systemet til skyen", true),
            ("en", "Explore ways to launch a partner portal", true),
            ("nb", "Søke Skattefunn for AI-prosjektet", true),
            // Imperatives and the outputs counted.
            ("nb", "Lag tre nye kundehistorier til nettsiden", true),
            ("nn", "Skriv ny rettleiar for tilsette om heimekontor", true),
            ("nb", "Kartlegg de vanligste årsakene til klager", true),
            ("nb", "Publiserte artikler på fagbloggen", true),
            ("en", "Published case studies", true),
            ("nn", "Halde utnyttingsgraden for kundeagentane mellom 75 og 85 %", false),
            ("nb", "Skrive 40 nye artikler til hjelpesenteret for å redusere antall henvendelser", true),
            ("en", "Launch referrals, reach 150 referred signups", false),
            ("nb", "Pitche for minst 10 prospects og vinne minst 3 av dem", false),
            ("en", "Run 12 demos and convert at least 4 into paying customers", false),
            ("nb", "Caste 6 kunder til reklamefilmen for vårkampanjen", true),
            ("en", "Explore moving payroll to the new ERP by Q2", true),
            ("en", "Wrap up the migration of 70% of trading workloads to the new cluster", true),
            // An idiom for improving: vague without a target, a measured change with one.
            ("en", "Move the needle on chat CSAT: from 4.1 to 4.5", false),
            ("en", "Hold employee development talks with all employees within 1. June", true),
            ("nb", "Gjennomføre medarbeiderundersøkelse i alle avdelinger innen uke 40", true),
            // Idioms for doing it, and keeping a level.
            ("nb", "Prøve å dra i gang kampanjen for sesongkort før seriestart", true),
            ("nb", "Rigge ny løsning for bestilling av bløtkaker på nett", true),
            ("nb", "Komme i mål med versjon 3.0 av leserappen før bokmessa", true),
            ("nb", "Holde byggetiden i CI på 6–8 minutter", false),
            ("en", "Hold 6–8 workshops with channel partners", true),
            ("en", "Roll up department forecasts into a single monthly board pack", true),
            ("nb", "Forsøke å tilgjengeliggjøre API-et for partnere før sommerferien", true),
            ("nb", "Realisere gevinster på minst NOK 18 mill. fra innkjøpsprogrammet", false),
            // `Open` and `Åpne` are adjectives too: before what is counted, not the verb.
            ("en", "Open support tickets in the backlog below 40", false),
            ("nb", "Åpne saker eldre enn 30 dager under 20", false),
            ("en", "Open two stores in Bergen", true),
            ("en", "Open new stores in Oslo", true),
            ("en", "Dogfood the new editor internally for all of Q2", true),
            // A place reached in a ranking is not work done.
            ("en", "Finish top 5 Product of the Day on launch day", false),
            ("en", "Finish the top 5 features on the roadmap", true),
            ("nb", "Åpne pop-up-butikken i Bergen og selge for minst kr 600 000 i juli", false),
            ("nb", "Skifte 40 råtne tremaster på 22 kV-nettet i Valdres", true),
            ("nb", "Hjelpe kommunen med å utarbeide reguleringsplan for ladeparken", true),
            ("nn", "Få oversikt over alle programvarelisensane vi betaler for", true),
            ("en", "Take stock of all macros and canned replies in Zendesk", true),
            ("nb", "Jobbe med å kartlegge kompetansen til alle ansatte i laboratoriet", true),
            ("nb", "Starte leksehjelp på biblioteket og ha minst 150 faste deltakere innen jul", false),
            ("en", "Re-platform the marketing site from WordPress to a headless CMS", true),
            ("en", "Lift and shift the ERP reporting database to Azure SQL", true),
            ("nb", "Herde alle kommunale servere etter CIS-benchmark nivå 1", true),
            ("en", "Host a family science weekend and welcome at least 2,500 visitors", false),
            // More outputs are still outputs; building a reputation is an improvement.
            ("nb", "Fokusere på å publisere flere kundehistorier fra byggeplasser", true),
            ("nb", "Bidra til å bygge omdømmet vårt som arbeidsgiver blant IT-studenter", false),
            ("nn", "Plante 400 nye epletre av sorten Aroma på forsøksfeltet i Ullensvang", true),
            ("nb", "Fase inn ny regnskapsplattform i alle datterselskapene", true),
            ("nb", "Sikre leveranse av ny budsjettmodell til styremøtet i oktober", true),
            // Another team's or body's work, helped along.
            ("en", "Help the finance team complete the ERP ledger migration by 1 September", true),
            ("en", "Support the cruise terminal in launching a new passenger app", true),
            ("en", "Run the new graduate programme and keep at least 80% of its trainees after one year", false),
            ("nn", "Leggje fram forslag til økonomiplan 2026–2029 for formannskapet innan 15. oktober", true),
            ("en", "Fix 150 flaky tests in the monorepo", true),
            ("en", "Look into and implement SSO for the admin console", true),
            // The output named as a noun, after a vague lead or a verb that only says "do".
            ("nb", "Jobbe med søknader til Forskningsrådet for fem nye prosjekter", true),
            ("en", "Work on 10 case studies with enterprise customers", true),
            ("en", "Realize 3 workshops with our reseller partners in Q3", true),
            ("en", "Make a new website for the DACH market", true),
            ("en", "Do the migration of the order database to PostgreSQL 16", true),
            ("en", "Support brokers by publishing a monthly product newsletter", true),
            ("nb", "Jobbe med å øke antall søknader fra 40 til 60", false),
            ("en", "Make onboarding faster for 80 % of new customers", false),
            ("en", "Help center articles deflect at least 25% of incoming chats", false),
            ("en", "Try to reach 5,000 newsletter subscribers", false),
            ("en", "Focus on building relationships with Singapore-based charterers", false),
            ("en", "Focus on building a stronger feedback culture", false),
            ("nb", "Bygge en sterkere tilbakemeldingskultur", false),
            ("en", "Focus on building brand awareness among trail runners", false),
            ("nb", "Bygge merkevarekjennskap blant unge", false),
            ("en", "Build a customer loyalty programme", true),
            ("en", "Build a stronger partner network", true),
            // Helping another team with its work is work; what helped people achieve is a result.
            ("en", "Help the platform team migrate the build pipeline to GitHub Actions", true),
            ("nb", "Hjelpe salgsteamet med å lansere ny prisside", true),
            ("en", "Help product teams adopt the golden-path service templates", false),
            ("en", "Help 30 team leads complete the coaching programme", false),
            // A stem before a preposition is the noun; the imperative takes its object directly.
            ("nb", "Besøk på MinSide: 15.000 → 25.000 per måned", false),
            ("nb", "Besøk 40 kunder i Trøndelag", true),
            // English verbs as Norwegian teams write them.
            ("nb", "Shippe ny versjon av iOS-appen med dark mode", true),
            ("nb", "Deploye 12 mikrotjenester til det nye Kubernetes-clusteret", true),
            ("nb", "Jobbe med å onboarde alle nyansatte utviklere via nytt buddy-program", true),
            // A share of others doing something rescues the task; whom the task reaches does not.
            ("en", "Roll out SSO, with at least 60% of enterprise accounts signing in through it by Q4", false),
            ("nb", "Gjennomføre medarbeidersamtaler med 100 % av de ansatte innen oktober", true),
            ("nb", "Pushe 12 kundecase-videoer på YouTube og LinkedIn", true),
            ("nb", "Releasee versjon 4.0 av mobilappen innen 1. september", true),
            ("en", "Launch parking app; 5,000 residents use it", false),
            ("en", "Help sales build 10 battlecards", true),
            ("nb", "Targete 5 000 beslutningstakere i bank og forsikring med ABM-kampanjen", true),
            ("nb", "Poste tre LinkedIn-innlegg i uka fra selskapssiden", true),
            ("nb", "A/B-teste fem varianter av forsiden før sommerkampanjen", true),
            ("nb", "Rebase og merge alle åpne PR-ene før code freeze", true),
            ("nb", "Benchmarke skykostnadene våre mot tre andre SaaS-selskaper", true),
            ("en", "Tape out the RISC-V controller chip on the 5 nm node by end of Q2", true),
            ("nb", "Rekruttere 60 nye besøksvenner som er aktive minst to ganger i måneden", false),
            ("en", "Focus on test coverage for the mobile app", false),
            ("en", "Published case studies increase demo requests by 20 %", false),
            ("nb", "Vi skal lansere en ny versjon av appen", true),
            ("en", "The platform team will migrate billing to Kubernetes", true),
            ("nb", "Flere brukere skal ta i bruk delingsfunksjonen", false),
            ("nb", "Lansering av ny nettside innen mai", true),
            ("en", "Deliver 95% of orders within 2 days", false),
            ("en", "launch referral programme + ≥ 80 customers referring a friend through it", false),
            ("en", "launch referral programme + 3 blog posts", true),
            ("en", "Put out a dozen partner spotlight posts on the company blog", true),
            ("nn", "Publisera 24 nye turforslag på nynorsk og engelsk på nettsida", true),
            ("nb", "Holde på flere sesongarbeidere gjennom vinteren", false),
            ("en", "Hold on to more seasonal workers", false),
            // A level named by what it equals is kept, not a thing held.
            ("nb", "Holde sykefraværet på nivå med fjorårets", false),
            ("en", "Keep churn on par with last year", false),
            ("nb", "Holde tre kurs for nye ledere", true),
            ("nb", "Oppgradere sikkerheten i tråd med ISO 27001 og redusere risikoen", false),
            ("nn", "Oppgradere tryggleiken på alle kaiene", false),
            ("en", "Upgrade 40 servers to Ubuntu 24", true),
            ("nb", "Skrive 12 guider om elbillading som til sammen gir minst 15.000 organiske besøk", false),
            ("nb", "Gjennomføre medarbeiderundersøkelsen med en svarprosent på minst 85 %", false),
            ("en", "Run the engagement survey with a response rate of at least 85%", false),
            ("en", "Deliver 97% of replacement parts to technicians by the next business day", false),
            ("nb", "Skanne og publisere 40 % av kirkebøkene fra 1800-tallet på nett", true),
            ("nb", "Seks korte filmer om kundeprosjekter er laget og lagt ut på LinkedIn", true),
            ("en", "Ten comparison pages against our main competitors are published", true),
            ("en", "95% of invoices are sent within 2 days", false),
            ("nb", "Prøve å få ut ny versjon av betalingsmodulen før sommeren", true),
            ("nb", "Få ut mer av CRM-systemet", false),
            ("en", "Put together a partner referral deck and send it to every reseller", true),
            ("nn", "Arbeide med å overføre 60 % av fotosamlinga til det digitale langtidslageret", true),
            ("nb", "Prøve å få ut Android-versjonen av spillet før sommerferien", true),
            ("en", "Finish in the top 3 of Region Skåne's annual supplier review", false),
            ("en", "Knock on 5,000 doors in the Riverside ward before polling day", true),
            ("nn", "Halde median første svartid i bibliotekchatten på 2 minutt eller lågare", false),
            ("nb", "Holde køen på 40 saker eller færre", false),
            ("nn", "Halde tre kurs for nye tilsette", true),
            ("nn", "Reasfaltere 80 km fylkesveg i Nordfjord", true),
            ("nb", "Lansere ny onboarding-flyt der minst 70 % av nye brukere fullfører første oppsett", false),
            ("nb", "Lansere ny app der brukerne kan bestille time", true),
            ("en", "Move gross margin on hardware bundles from 21 to 27", false),
            ("en", "Move 40 % of workloads to the new cluster", true),
            ("nb", "Levere 98 % av ordrene innen avtalt leveringsdato", false),
            ("nb", "Kurs for nyansatte: 90 % fullfører innen første måned", false),
            ("nb", "Kurs: 90 % av de ansatte har fullført", false),
            ("nb", "Kurs for 200 ansatte", true),
            ("en", "Launch Stavanger–Esbjerg and fill at least 70% of seats in the first 90 days", false),
            ("nb", "Lansere ruten og fylle minst 70 % av setene de første 90 dagene", false),
            ("en", "Launch the route to Esbjerg with a load factor of at least 70%", false),
            ("en", "Launch the route to Esbjerg", true),
            ("en", "Roll out drone inspections and cut average spillway downtime to 4 hours or less", false),
            ("en", "Roll out drone inspections", true),
            ("nb", "Besøk i svømmehallen (publikumsbad)", false),
            ("en", "Commission the new 420 kV substation at Sogndal by November", true),
            ("nb", "Besøk i 40 butikker før jul", true),
            ("en", "Recruit a dozen new volunteer coordinators in the northern region", false),
            ("en", "Recruit a new CFO", true),
            ("en", "Close a couple of hundred new SMB accounts", false),
            ("nb", "Signere et dusin nye rammeavtaler med kommuner", false),
            ("en", "Smart meters installed in 95 % of managed buildings", true),
            ("en", "Smart meters used in 95 % of homes", false),
            ("en", "Three customer case studies on heat-pump savings published", true),
            ("nb", "Tolv nye ladeanlegg bygget i garasjeanleggene", true),
            ("nb", "Tre av fire kunder publisert anmeldelse", false),
            ("nn", "Gjennomføre medarbeidarsamtalar med alle tilsette, og minst 90 % seier samtalen var nyttig", false),
            ("en", "Send 400 outreach emails to clinics with 10–50 staff in Q1 2026", true),
            ("en", "Write 40 articles for firms with 10–50 employees", true),
            ("en", "Help the permit office roll out online booking for all residents", true),
            ("nb", "Signere nye avtaler for $2.4M i ARR innen Q4", false),
            ("en", "Launch SMS recall reminders and bring the no-show rate for recall visits to 6% or lower", false),
            ("en", "Postgres 16 migration: 70 % of databases moved", true),
            ("en", "80 % of customers migrated to the new app", false),
            ("nb", "80 % av tjenestene flyttet ut av Sandvika-datasenteret", true),
            ("nb", "Kartlegge marginen per transportør for alle 14 ruter", true),
            // A Norwegian verb before a metric's name: its object (the metric would be one compound).
            ("nb", "Kartlegge kostnad per driftstime for ladeinfrastrukturen på depot 2", true),
            ("nn", "Jobbe med å leggje om rutetabellen for ferjesambandet før sommarruta 2026", true),
            ("nb", "Holde sykefraværet ensifret", false),
            // Within a budget is a level; within a date is a deadline.
            ("nn", "Halde utgiftene til fjernlån innanfor 1,2 mill. kr", false),
            ("en", "Hold two talks within 1 June", true),
            // The team as the subject: its verb is the commitment.
            ("nb", "Vi lanserer ny sporingsside for privatkunder innen 1. mai", true),
            ("nn", "Plattformteamet migrerte 80 % av integrasjonane til ny meldingskø", true),
            ("en", "Marketing runs six webinars for e-commerce merchants", true),
            ("en", "The data team is working on launching a live ETA feature", true),
            ("en", "Sales grows new ARR from $2M to $3M", false),
            ("nb", "Kundesenteret svarer på 90 % av henvendelsene innen 2 timer", false),
            // Helping a unit of the organisation do its task; not people, nor taking something into use.
            ("nb", "Bistå sektorene med å migrere fagsystemene sine til skyen", true),
            ("en", "Help the control room migrate to the new SCADA platform", true),
            ("en", "Support the café teams in rolling out the new till system", true),
            ("nb", "Bistå IT-avdelingen med å innføre ny billettløsning på linje 1, 2 og 5", true),
            ("nn", "Hjelpe teknisk avdeling med å byte ut lyssystemet på Studioscenen", true),
            ("nb", "Bistå regnskap med å innføre nytt faktureringssystem", true),
            ("en", "Support local businesses to create 200 new jobs", false),
            // What the team did, in the past.
            ("en", "We wrote 25 author Q&As for the newsletter", true),
            ("nn", "Redaksjonen laga ein ny nettstad for skuleboklista", true),
            ("en", "Held six family open days at the airport during the summer", true),
            ("en", "Held churn below 2% all year", false),
            ("nb", "Skru av 3G-nettet i hele landet innen 1. desember", true),
            ("nn", "Arbeide med å setje i drift nytt reinseanlegg på Fjellheim innan 2026", true),
            ("en", "Work towards putting the new plant into operation", true),
            ("nb", "Få nettsiden om flåttbårne sykdommer oversatt til fem språk", true),
            ("en", "Have 20 customer case videos produced and published", true),
            ("nb", "Mottakere tar i bruk pakkebokser som leveringssted", false),
            ("nb", "Få 2 000 verksemder til å sende faktura frå appen", false),
            ("en", "Close NOK 45 mill. in new written premium from SME customers", false),
            (
                "nb",
                "Flytte all lagerstyring til nytt system og holde lagerverdien under 14 MNOK gjennom hele overgangen",
                false,
            ),
            ("nb", "Innkjøp av 12 nye UV-desinfeksjonsroboter", true),
            ("en", "Explore ways to deploy more often", false),
            ("en", "Write more articles", true),
            // The team's own work, counted by where it reached (not people's, nor a time it took).
            ("en", "Fibre connected to 40 schools in Trøndelag before the autumn term", true),
            ("nn", "Fiberkabel lagt fram til 600 hushald i Sogndal", true),
            ("en", "Customers connected to 40 new services", false),
            ("en", "Orders shipped in 2 days or less", false),
            // A unit's name joined by `&`; a gerund before people says which people.
            ("en", "Help the Trust & Safety team roll out ID verification for high-value listings", true),
            ("en", "Help shipping agents get more out of the Port Community System", false),
            ("en", "Shipping 40 orders a day", true),
            // Drills held: the team's own exercises.
            ("en", "Emergency drills held with the harbour fire service", true),
            // Work done where it reached: at 3 000 customers', cleared along 450 km (not a time).
            ("nb", "Nye målere montert hos 3 000 kunder i Hallingdal", true),
            ("nb", "Ryddet skog langs minst 450 km høyspenttrasé", true),
            ("nb", "Saker sendt i 2 dager", false),
            // What a unit gets done, contributed to (not what it gets from others).
            ("nn", "Bidra til at growth-teamet får køyrt 8 prisingseksperiment i Q2", true),
            ("nn", "Bidra til at salsteamet får 40 nye kundar", false),
            // Resurfacing roads and streaming concerts are the team's own work, counted.
            ("en", "Resurface 40 km of Fv. 17 before the autumn", true),
            ("nb", "Streame 40 konserter fra Sommer 26 direkte i appen", true),
            ("en", "Streaming minutes per subscriber from 300 to 360", false),
            // Renewing pipes, a count of the team's own work (renewing a share of contracts is the
            // customers'); conserving, announcing a tender.
            ("nb", "Fornye 14 km vannledning i 2025", true),
            ("nb", "Fornye 92 % av kontraktene som løper ut i H2", false),
            ("nb", "Konservere 250 tekstiler fra draktsamlingen med sikte på utlån til Nasjonalmuseet", true),
            ("nb", "Lyse ut anbud på innsamling av næringsavfall innen Q2", true),
            // `A-laget` is a team, not something made; a place in the table is reached; a unit's
            // staff are the unit.
            ("nb", "Tre spillere fra G16 eller U19 debuterer for A-laget i løpet av 2025-sesongen", false),
            (
                "en",
                "Finish in the top half of the league for average home attendance, with at least 14,000 per match",
                false,
            ),
            ("en", "Help the academy staff roll out the new player-tracking system for U16 and U19", true),
            // A unit in a place named by its common noun too.
            ("nb", "Bistå barneverntjenesten i Nordre kommune med å migrere sakene til nytt fagsystem", true),
            // A unit named with a possessive in front: the stores' teams, helped in their own task.
            ("en", "Help the stores' pharmacy teams migrate their patient records to the new system", true),
            ("en", "Help the stores' managers migrate their records", false),
            // Each order on time is a service level; a name in quotes says nothing of time.
            ("en", "Deliver 98.5 % of store orders complete and on time every week", false),
            ("nb", "Levere minst 97 % av butikkordrene komplett innenfor avtalt leveringsvindu", false),
            ("nb", "Lansere vårkampanjen «Sådd i tide» i alle 23 butikkene innen 1. mars", true),
            // Apprentices finishing their certificate is their own achievement, helped along; publishing
            // titles is output (`utgi`, `gje ut`), also after a clause set off by commas or a purpose.
            ("nb", "Hjelpe lærlingene med å fullføre fagbrevet", false),
            ("nb", "Utgi 25 nye skjønnlitterære titler i vårkatalogen", true),
            ("nn", "Jobbe med å gje ut tre nye omsetjingar frå islandsk", true),
            (
                "nb",
                "Vi skal, slik at forskerne lettere finner fram i regelverket, publisere en ny veileder om åpen publisering",
                true,
            ),
            (
                "en",
                "So that the autumn list reaches bookshops on time, we will deliver all print files to the printer by 15 June",
                true,
            ),
            ("en", "Try to book 40 discovery calls with mid-market CFOs", false),
            // Each one on time or without delay is a service level.
            ("nn", "Køyre 98 % av dei faste rutene i sone 2 utan forseinking", false),
            ("nb", "Levere 97 % av pakkene i sone 4 til avtalt tid hver uke", false),
            // A level of uptime kept, a report each month by its fifth working day: service levels.
            ("en", "Deliver 99.95% monthly availability on the managed hosting platform", false),
            ("nb", "Levere minst 97 % av de månedlige driftsrapportene til kundene innen femte virkedag", false),
            ("nn", "Kartleggje tilgjengelegheita på alle 310 haldeplassane i Indre distrikt", true),
            ("en", "Retrain the credit-risk model on the full 3 TB loan history", true),
            ("en", "Switch off the 3G network in Northern Norway by the end of Q3", true),
            ("en", "Deliver 97% of boxes inside the delivery window the customer picked", false),
            // Whom help is for comes before their verb: `pilot users`, not piloting.
            ("en", "Help pilot users get more value from the weekly report", false),
            ("en", "Help the platform team pilot the new build cache", true),
            // A manager who has completed a course: a state of people (after `every`, still theirs).
            ("en", "Ensure every people manager has completed the working-environment course by June", false),
            ("nb", "Patche CVE-2024-3400 på alle interne brannmurer", true),
            ("en", "Deliver 97% of print jobs on or before the date agreed with the client", false),
            // Taking part in competitions is the team's activity; certification after a vague lead is output.
            ("nb", "Delta i minst fem arkitektkonkurranser", true),
            ("nn", "Prøve å delta i fleire internasjonale arkitektkonkurransar", true),
            ("nb", "Jobbe med sertifisering av Storgata 12", true),
            // Not past a preposition: what happens during launch week is when, not the task helped with.
            ("en", "Support our volunteer moderators during launch week", false),
            // Giving out grants is the team's own work, however many get them.
            ("en", "Award climate-adaptation grants to 12 municipalities", true),
            ("nb", "Tildele tilskudd til fysisk aktivitet i nærmiljøet til 15 kommuner", true),
            // Open as an adjective before things counted by their age; a share by the deadline.
            ("en", "Open Support tickets older than 7 days", false),
            ("en", "Open three new stores in Trondheim", true),
            ("nb", "Andel donorrapporter levert innen fristen", false),
            // Brewing and baking make the team's own output.
            ("en", "Brew 12 pilot batches for the new sour series", true),
            ("nb", "Brygge 12 prøvebrygg for den nye serien", true),
            // `time-of-day` modifies what is launched; it is not the metric `launch time`.
            ("en", "Launch time-of-day pricing at all DC sites in Q2", true),
            // Declaring a capability is the team's own act; helping units with a rollout is theirs.
            ("en", "Declare initial operating capability (IOC) for the P-8 Poseidon maintenance line by Q3", true),
            ("nb", "Bistå butikkene med rollout av ny timebok for hørseltester", true),
            // Timed from one event, done once (not each invoice after its own delivery).
            ("nb", "Sende ut evalueringsskjema til alle deltakere innen 48 timer etter siste sesjon", true),
            ("nb", "Sende ut faktura til alle kunder innen 48 timer etter levering", false),
            // The field service unit, helped with its own rollout.
            ("en", "Help field service roll out remote diagnostics to all Hub 2 panels", true),
            // Taping out a chip.
            ("en", "Work on taping out the nRF54H B1 metal fix before the summer shutdown", true),
            // Sewing is the factory's own output; the fabric's weight is no level.
            ("nb", "Sy 40 000 arbeidsbukser i 300 g/m2 canvas til Statens vegvesen-kontrakten", true),
            // Clearing and marking trails is the team's own work; a trail's length in brackets is no
            // level.
            ("nn", "Rydde og merkje stien frå Turtagrø til Skogadalsbøen (14 km) før sommarsesongen", true),
            ("en", "Mark 40 km of new trail between Gjendesheim and Memurubu", true),
            // Setting climbing routes is the gym's own output.
            ("nb", "Skru 400 nye ruter på tauveggene i løpet av Q3", true),
            ("en", "Set 120 new boulder problems per month across the Oslo gyms", true),
            // Flying hours is a drone operator's own work; helping units replace their own things.
            ("en", "Fly 1,200 hours of BVLOS power-line inspection in Q3", true),
            ("nn", "Prøve å fly 800 timar med linjeinspeksjon i sommar", true),
            ("nb", "Bistå driftsavdelingen med å bytte børster i alle vaskehaller", true),
            ("nb", "Bistå innkjøpsavdelingen med å bytte leverandør av skalldyr", true),
            // Casting elements is a precast factory's own output.
            ("en", "Cast 3,200 sandwich wall elements for the Bjørvika project", true),
            // Helping others start using something is their adoption; a unit's own task, helped, is
            // still a task.
            ("en", "Help contractors start using the new digital logbook", false),
            ("en", "Help the depot team start the migration of the fleet logs", true),
            // A production premiered is the company's own output; `premiere` naming a thing is not.
            ("en", "Premiere four new Norwegian plays on the small stage", true),
            ("nb", "Ha premiere på fire nye stykker", true),
            ("en", "Premiere ticket sales reach 2,000", false),
            ("en", "Launch day sign-ups reach 5,000", false),
            // A compound's last part (`bag-drop`) is no change verb measuring the launch.
            ("en", "Work on launching the bag-drop pilot in three stores", true),
            ("en", "Launch the bag-drop pilot in three stores", true),
            // Each order by its promised week, or by a time of day: a service level.
            ("en", "Ship at least 95% of standard orders in the week promised to the customer", false),
            ("en", "Deliver 98% of ward top-up orders before 06:00 on weekdays", false),
            ("en", "Deliver the new ward system before 06:00 on Monday", true),
            // Installers are people helped, not a unit with a task of its own.
            ("en", "Help installers finish a standard door fitting in under 3 hours", false),
            ("en", "Help the installers team migrate to the new app", true),
            // People helped in moving to something; `off-season` is no `sign off`.
            ("en", "Support hauliers in moving to digital invoices", false),
            ("en", "Sign off-season rental agreements for the school buildings worth NOK 900 000", false),
            // Outputs named with what they are about, then what was done to them.
            ("nn", "Skuletimar om pubertet haldne i 5. trinn", true),
            // Two words after `the` are the subject of the third: `build` is a noun.
            ("en", "The nightly build finishes within 10 minutes", false),
            // Offers not yet signed are which ones; a gerund after a help verb names the helped.
            ("nb", "Forbedre follow-up på tilbud som ikke er signert", false),
            ("en", "Support shipping companies in keeping their crews' certificates up to date", false),
            // What people did themselves, counted.
            ("nb", "Antall gjennomførte selvtester om egne drikkevaner på nettsiden", false),
            // Each certificate by its own expiry: ongoing, not one milestone.
            ("en", "Ensure class certificates are renewed before expiry", false),
            // A task joined to `close`; partners renewing is theirs.
            ("en", "Close and fence off the three remaining farm level crossings on the Kongsvinger line", true),
            ("en", "Three industry partners have renewed their framework agreements with the institute", false),
            // Flipping a journal to open access is the team's own work.
            ("en", "Flip the Journal of Nordic Linguistics to full open access by January 2026", true),
            ("en", "Support fishermen in switching to the digital position reporting service", false),
            // `ved premiere` is a noun, not how; `ved å lansere` is how.
            ("nb", "Sikre at minst 90 % av nye dramaserier har synstolking ved premiere", false),
            ("nb", "Sikre at ingen S1-bugs er åpne ved release", false),
            // One thing put back to work is the team's (not calls returned).
            ("en", "Return No. 4 'Brigadier' to steam after its ten-year boiler overhaul", true),
            ("en", "Return 95% of calls within 1 hour", false),
            // Photographing the objects is the team's own work, however much.
            ("nb", "Fotografere 80 % av innleverte objekter i eget studio", true),
            ("en", "Support pilots in reporting fatigue more openly", false),
            // Each visit on time is a service kept.
            ("en", "Home-care visits delivered on time", false),
            // Putting gear out at sea is the team's own work; the count does not rescue it.
            ("nb", "Sette ut 60 km nye dyrkingsliner før sesongstart", true),
            // An amount by its unit is no output; a unit named by a capitalised name is helped with
            // its own work.
            ("en", "Tonnes shipped by rail", false),
            ("nb", "Hjelpe klinikk Nord med å flytte journalarkivet til ny plattform", true),
            // Instructors are people helped; a change verb inside a compound measures nothing.
            ("en", "Support instructors in building their own class following", false),
            ("en", "Run fall-prevention training for 120 care workers", true),
            // Inspecting or renewing a length of the network is the team's own work; renewing leases
            // that others sign is not.
            ("en", "Inspect 300 km of sewer pipes with CCTV before the autumn", true),
            ("en", "Renew 42 km of water mains under the 2025 programme", true),
            ("en", "Renew at least 95% of the landowner leases that expire in 2025", false),
            // A unit named by what it is for, helped with its own work.
            ("nn", "Bistå seksjon for visuell kunst med å digitalisere søknadsarkivet", true),
            // A task word before a metric's name is a noun (`pilot boat availability`), and people
            // helped choose for themselves.
            ("en", "Ensure pilot boat availability", false),
            ("en", "Ensure pilot availability", false),
            ("en", "Pilot the new roster app at two stations", true),
            ("en", "Support vets in choosing the right dewormer for each patient", false),
            ("en", "Help the finance team migrate invoicing to the new system", true),
            // Tidying a register is the team's own work; those a relative clause describes want
            // something for themselves.
            ("nb", "Hjelpe oppmålingskontoret med å rydde matrikkelen for gardsbruk", true),
            ("en", "Support grooms who want to move into training", false),
            ("en", "Support the stables that want to migrate to the new system", true),
            // Retrofitting is the team's own work.
            ("en", "Retrofit the straddle carriers with collision-avoidance sensors", true),
            // Calibrating is the team's own work; places joined by `og` are still where the helped
            // unit is.
            ("nb", "Kalibrere alle gassmonitorene før vintersesongen", true),
            ("nb", "Bistå kafeene i Bergen og Trondheim med å innføre ny kassaløsning", true),
            // A task word before people says which people (`plant managers`); a rate's name may
            // start with one (`Pitch maintenance complaints … per 500 bookings`); a preposition
            // ends the thing opened, so `Opne` is the verb; rehabilitating is work.
            ("en", "Support plant managers in getting more value from their robot data", false),
            ("en", "Support released inmates through their first weeks after release", false),
            ("en", "Pitch maintenance complaints from clubs per 500 bookings", false),
            ("en", "Run workshops per 100 employees", true),
            ("nn", "Opne nettbutikk for bedriftskundar innan utgangen av mars", true),
            ("nb", "Åpne saker eldre enn 30 dager", false),
            ("nb", "Bistå eiendomsavdelingen med å rehabilitere garderobene i Lia-hallen", true),
            // Relatives helped apply are people.
            ("nb", "Hjelpe pårørende med å søke om avlastning", false),
            // Guardians (foresatte) are people; what others sent in through a channel is theirs.
            ("nb", "Hjelpe foresatte med å søke om gratis skolemat", false),
            ("nb", "Antall forliksklager levert via det digitale skjemaet", false),
            ("nb", "Antall rapporter levert til styret", true),
            // Researchers helped choose are people; a unit's long proper name, then its task; a
            // unit helped to a certification; a kind of stores, helped, is no task named.
            ("en", "Support researchers in choosing trusted repositories for their data", false),
            ("en", "Help the Faculty of Science IT team migrate its research storage to the central platform", true),
            ("en", "Support the retail stores with better product training", false),
            ("nn", "Bidra til at kvalitetsavdelinga får ISO 22000-sertifisering innan hausten", true),
            ("nb", "Bidra til at kundene får raskere svar", false),
            // A unit after its owner's genitive; English plurals in -ets are no genitive.
            ("nb", "Bistå kommunens parkvesen med å kartlegge alle lekeplasser i sentrum", true),
            ("en", "Support tickets from shipping agents resolved within one business day", false),
            // Founders are people.
            ("en", "Support founders in preparing for investor due diligence", false),
            // Others as a bare plural, helped in what they do, are people; departments and an
            // agency after its adjective are units.
            ("en", "Support guides in building their own client base", false),
            ("en", "Support departments in migrating to the new ERP", true),
            ("nb", "Bistå teknisk etat med å kartlegge stikkrenner på skogsbilveiene", true),
            // Givers by their age are which ones are sent to, not a service level.
            ("nb", "Sende invitasjon til alle registrerte gjevarar under 30 år", true),
            // A service that might be offered is explored, not delivered; a launch explored is
            // still the launch. A section named without its article is a unit helped.
            ("nb", "Se på muligheten for å tilby hjemmebesøk hos katter som ikke tåler pensjonat", false),
            ("nb", "Se på muligheten for å lansere en egen podkast", true),
            ("nb", "Tilby 5 nettkurs til innbyggere over 67 år", true),
            ("nb", "Bistå rettsmedisinsk seksjon med å gjennomføre valideringen av det nye analysekittet", true),
            // To reline cells is the team's own work, however many.
            ("nb", "Fore om 40 elektrolyseceller i hall A innen oktober", true),
            // Outputs we recorded are our task; what a rate is per is not.
            ("nb", "Antall opplæringsvideoer om knivsliping vi har spilt inn på norsk, polsk og litauisk", true),
            ("nb", "Antall reklamasjoner på gjødsel per 1 000 tonn levert", false),
            // To draw maps is the team's own work.
            ("nn", "Teikne nye o-kart for tre nærområde", true),
            // A gerund naming whose metric it is is no verb (sessions held are still the work).
            ("en", "Teaching assistant turnover no higher than 10% over the school year", false),
            ("en", "Training sessions held for new staff", true),
            // One contract renewed for a unit helped is its milestone (renewals with most of many
            // are others').
            ("nb", "Bistå innkjøp med å fornye strømavtalen før 1. januar", true),
            ("nb", "Fornye avtalen med minst 8 av 10 eksisterende annonsører", false),
            // A length of road renewed, said after what is renewed, is the team's work; so is
            // mowing verges.
            ("nb", "Fornye vegoppmerkingen på 300 km fylkesvei før skolestart", true),
            ("en", "Mow 1,200 km of verges along county roads before 15 July", true),
            // The first part of a compound adjective is not the output made.
            ("en", "Close 45 made-to-measure suit orders for grooms and groomsmen", false),
            // A unit named without its article.
            ("nb", "Bistå brystdiagnostisk senter med å innføre tomosyntese i utredningen", true),
            // Renovating is the team's work, also when it helps a unit do it.
            ("en", "Help the property department renovate the changing rooms at the swimming pool", true),
            ("nb", "Pusse opp garderobene i svømmehallen før sommeren", true),
            // Revoicing pipes is the builder's own work, however many.
            ("en", "Revoice 1,200 pipes in the Swell division of the St. Olav organ", true),
            // Kept up is a level kept, not an event held.
            ("nb", "Hjelpe spillerne med å holde motivasjonen oppe gjennom lange rehabiliteringsløp", false),
            // A standard naming which output, after a vague lead.
            ("nb", "Jobbe med ISO 14001-sertifisering av lageret", true),
            // Open, then where it opens, counted: the verb, not `Open support tickets`.
            ("en", "Open kiosks in six new shopping centres", true),
            ("en", "Open support tickets in the backlog under 40", false),
            // Getting the new catalogue out, after a vague lead.
            ("nb", "Jobbe med å få ut den nye kunstnerkatalogen før påske", true),
            // Leaders named by their units, helped to bring in what the units will run.
            ("nb", "Bistå vaktlederne med å innføre ny turnusplan", true),
            ("nb", "Hjelpe lederne med å ta i bruk det nye HR-systemet", false),
            // Everyone within weeks or months of their start is the work done once for each, not a
            // response time kept (`innen 48 timer etter levering` is one).
            ("nb", "Kartlegge kompetansen til alle nyankomne voksne innen tre måneder etter bosetting", true),
            ("nb", "Sende SMS-påminnelse til alle som ikke har møtt, innen to uker etter opprinnelig time", true),
            ("nb", "Følge opp alle leads innen 24 timer", false),
            // Clearing graffiti is the team's own work, however many cabinets; `bridge lift` is a noun
            // between nouns, not a change with a target.
            ("en", "Clear graffiti from 400 electrical cabinets before the summer season", true),
            ("en", "Publish a summer bridge lift timetable in five languages", true),
            ("en", "Support host municipalities in cutting litter complaints at rest areas by a third", false),
            // Money gathered past a bound is given by others; things gathered are the team's work.
            ("nb", "Samle inn minst 600 000 kr fra bedrifter og privatpersoner til ny løypemaskin", false),
            ("nb", "Samle inn 400 brukte sykler", true),
        ];
        for (lang, title, task) in cases {
            let found = findings(lang, title, None).contains(&"key-result-is-task");
            assert_eq!(found, task, "{lang}: {title}");
        }
    }

    #[test]
    fn outputs_named_with_their_count_in_the_target() {
        let cases = [
            // New outputs and what was done to them: the count in `target:` does not rescue the task.
            ("nb", "Nye lydbøker produsert fra backlisten", "30", true),
            ("nb", "Nye abonnenter registrert via appen", "300", false),
            ("en", "Investor updates sent to all shareholders", "12", true),
            // Things named first, then built: the team's output (not sellers, who are others).
            ("nb", "Ladepunkter bygget i Sverige", "120", true),
            ("nb", "Forskergrupper kartlagt for kommersielt potensial", "40", true),
            // Done by the team, by its name (not by volunteers, who are others).
            ("nb", "Minnetrær plantet av driftslaget i den nye delen av lunden", "40", true),
            ("nb", "Trær plantet av frivillige", "40", false),
            // Written and finished: the team's output, counted in `target:`.
            ("nb", "Ferdigskrevne arbeidsbeskrivelser for standard skrogreparasjoner", "25", true),
            ("en", "Discipline-specific data management guides published on the library website", "30", true),
            ("en", "Kilos of leafy greens delivered to restaurant customers in Q3", "4000", false),
            ("nb", "Nye leksjoner publisert på nordsamisk", "40", true),
            ("en", "Sellers onboarded in Sweden and Denmark", "40", false),
            // Past what they are for or show, a length of what, a hyphenated or qualified name, or
            // a name of three words: the team's own work.
            ("en", "Installation videos for the new door range published on YouTube", "12", true),
            ("nb", "Oppskriftsvideoer med nye grove brød publisert på Instagram", "10", true),
            ("en", "Kilometres of rail replaced on the Dovre line", "40", true),
            ("en", "Artist-focus essays published in the online magazine", "12", true),
            ("en", "New on-demand pilates classes recorded for the online library", "40", true),
            ("en", "Route safety briefings written for rural stops", "120", true),
            // (Not a share of things, nor what others posted.)
            ("en", "Share of invoices sent electronically (EHF/PEPPOL)", "90%", false),
            ("en", "Condolence messages posted on our memorial pages", "400", false),
            // An event held is no level kept, however many.
            ("nn", "Halde kurs i helsetolking for tolkar i Vestland", "8", true),
            ("nn", "Nye sykkelparkeringsplassar bygde ved skular", "300", true),
        ];
        for (lang, title, target, task) in cases {
            let found = findings(lang, title, Some(target));
            assert_eq!(found.contains(&"key-result-is-task"), task, "{lang}: {title}: {found:?}");
        }
    }

    #[test]
    fn outputs_published_however_many() {
        for (lang, title) in
            [("en", "Customer case studies published on the website"), ("nb", "Lokale videoreportasjer publisert")]
        {
            let found = crate::lint::rules::test_support::findings(lang, title, Some("12"));
            assert!(found.contains(&"key-result-is-task"), "{title}: {found:?}");
        }
    }
}
