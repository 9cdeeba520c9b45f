use crate::lint::judge::{objective_metric, title_lang};
use crate::lint::text::{span_in, tokens};
use crate::lint::{Example, Level, Rule, RuleContext, RuleMeta, Sink};
use crate::load::{OkrFile, Scope};
use crate::model::Lang;

pub struct ObjectiveHasMetric;

static META: RuleMeta = RuleMeta {
    id: "objective-has-metric",
    default_level: Level::Warning,
    summary: "Numbers belong in key results (years and deadlines excepted)",
    rationale: "The objective is the qualitative destination; the key results are the numbers that show you got \
there. An amount, a percentage, a count, a from–to pair, a multiplier (doble, halvere) or a rank (topp 3) in \
the objective makes it a key result without a baseline, and leaves the objective without its \"why\". Years, \
quarters and deadlines, names and versions (B2B, 5G, version 3.0, 24/7), audience scopes (ungdom på 13–16 år) \
and superlatives are fine.",
    examples: &[
        Example {
            lang: Lang::Nb,
            bad: "objectives:\n  - title: Nå 10 000 betalende kunder i Norden",
            good: "objectives:\n  - title: Bli det naturlige valget for små nettbutikker i Norden\n    key_results:\n      - title: Øke antall betalende kunder fra 6 500 til 10 000\n        baseline: 6500\n        target: 10000",
        },
        Example {
            lang: Lang::En,
            bad: "objectives:\n  - title: Cut churn from 8% to 4%",
            good: "objectives:\n  - title: Keep every customer we win\n    key_results:\n      - title: Cut monthly churn from 8% to 4%\n        baseline: 8\n        target: 4",
        },
    ],
    options: &[],
};

impl Rule for ObjectiveHasMetric {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_file(&self, file: &OkrFile, _ctx: &RuleContext, sink: &mut Sink) {
        let Some(set) = &file.set else { return };
        for (o, objective) in set.objectives.iter().enumerate() {
            let Some(title) = &objective.title else { continue };
            let tokens = tokens(&title.value);
            let Some(m) = objective_metric(&tokens, title_lang(&tokens, set.lang)) else { continue };
            // Underline the number with its unit (`10 000 betalende`, `99,95 %`).
            let mut end = m.end;
            while tokens.get(end).is_some_and(|t| t.kind == crate::lint::text::Kind::Symbol && t.lower == "%") {
                end += 1;
            }
            let (start, end) = (tokens[m.start].start, tokens[end - 1].end);
            let phrase = &title.value[start..end];
            sink.report(
                file,
                Scope::objective(o),
                span_in(file, title, start, end),
                format!("\"{phrase}\" is a metric: numbers belong in the key results"),
            )
            .help(format!(
                "say in the objective what reaching \"{phrase}\" would mean for customers or the business, and move the number into a key result with a baseline and a target"
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::test_support::objective_findings;

    #[test]
    fn hard_cases() {
        let cases = [
            ("nb", "Nå 10 000 betalende kunder i Norden", true),
            // An offer named by its numbers.
            ("nb", "Gjøre 3 for 2-kampanjene lønnsomme for både oss og leverandørene", false),
            // The number zero counting things is a count (not `Zero harm`, nor `Ingen kunder skal …`).
            ("en", "Zero P1s caused by expired certificates in 2025", true),
            // The size to become is a count.
            ("nb", "Bli et studio på 100 ansatte innen 2027", true),
            ("nb", "Null skader på byggeplassene", true),
            ("en", "Zero harm to our patients", false),
            ("nb", "Ingen kunder skal vente på svar fra oss", false),
            ("nb", "Halvere ventetiden på sykehjemsplass", true),
            ("nb", "Bli topp 3 i kjennskap blant norske bedriftsledere", true),
            ("nb", "Innbyggerne skal kunne få svar fra kommunen 24/7", false),
            ("nb", "Lansere 5G-baserte tjenester for industrikunder", false),
            ("nb", "Gjøre ungdom på 13–16 år trygge på nett", false),
            ("nb", "Flytte alle kjernesystemer til skyen innen Q4 2025", false),
            ("nn", "Kome blant dei fem største aktørane i marknaden", true),
            ("en", "Answer every chat within two minutes", true),
            ("en", "Make version 3.0 the release customers recommend to their peers", false),
            ("en", "Become Norway's leading provider of ISO 27001 consulting to banks", false),
            ("en", "Cut the carbon footprint of our vehicle fleet by half", true),
            // A version after a name is not a metric.
            ("nn", "Fjordappen 3.0 skal vere turappen vestlendingar ikkje klarar seg utan", false),
            // The team's own size is a metric; the size of the firms it serves is a scope.
            ("nb", "Bli Norges største nettapotek med 500 000 kunder innen 2026", true),
            ("en", "Become the go-to bank for firms with 50 employees", false),
            ("nb", "Nå NPS 60 i kundestøtten", true),
            // A promise without a number; in a key result the same words are a service level.
            ("nn", "Innbyggjarane skal få svar frå servicetorget same dag, kvar gong", false),
            ("en", "Make Voss Gear the brand trail runners think of first when the 2.0 shoe ships", false),
            ("nb", "Få kundetilfredsheten opp i 4,5", true),
            // Ages without a unit are a scope; `zero-trust` is a name.
            ("en", "Become the employer that engineers under 30 most often recommend to friends", false),
            ("nb", "Bli det første forlaget lesere under 30 tenker på når de vil ha ny norsk krim", false),
            ("en", "Move every client-facing service to zero-trust access by Q4 2025", false),
            ("en", "Bring unplanned downtime down to zero", true),
            ("en", "Give every pupil in Years 7–9 a safe, well-lit walking route to school", false),
            ("en", "Work on getting eNPS above 30", true),
            ("en", "Work on getting engagement above 8.0", true),
            // An English title in a bokmål file: `to` is not two.
            ("nb", "Modernize the data platform so that it is easier to maintain", false),
            ("en", "Close the books so fast that FY25/26 year-end is a non-event", false),
            ("en", "library spaces teens (13–16) pick over the mall", false),
            ("en", "Be the bank seniors (67+) trust most", false),
            ("en", "Win 40 customers (20 %) in Trøndelag", true),
            ("nn", "Barnehagen skal vere staden der kvart barn blir sett kvar dag", false),
            ("en", "Every parishioner over 80 feels remembered, even when they can no longer come to church", false),
            ("en", "Every resident over 75 in Harrow can book a GP visit without picking up the phone", false),
            ("nb", "Bli førstevalget for boligkjøpere under 35 i Nord-Norge innen 2026", false),
            ("en", "Be the first choice for homebuyers under 35 in Northern Norway", false),
            ("nb", "Gjøre Nordvik Bygg til stedet fagarbeidere over 60 velger å bli værende", false),
            ("en", "Become a 4.8-star app that parents recommend to each other", true),
            ("en", "Become a five-star hotel for business travellers", false),
            ("en", "Be the fashion brand young Norwegians (18–25) trust most on sustainability", false),
            ("nb", "Bli førstevalget for studenter (19–25) som flytter hjemmefra", false),
            ("en", "Cut 30-day readmissions by a quarter across the medical wards", true),
            ("en", "Every household on routes 14–19 trusts that bins get collected on time, every time", false),
            ("nb", "Storgata 14 blir byens levende møteplass for ungdom på 13–16 år", false),
            ("en", "Make donor portal 2.0 the way 10,000 Norwegians give monthly", true),
            ("nb", "Øke salget i region 2 i 2026", false),
            ("en", "Make the 2025 Salary Guide the report every HR lead in the 25–40 segment quotes", false),
            (
                "nb",
                "Utviklerne skal stole fullt på den nye Kubernetes 1.30-plattformen og deploye selv innen sommeren 2026",
                false,
            ),
            ("nb", "Fokusere på de fem største kommunene i regionen", true),
            ("en", "Win the three largest hospital trusts in the region", true),
            ("en", "Get better at retaining players after patch 2.1", false),
            ("nb", "Spillerne skal få svar innen 4 timer gjennom hele sesong 6", true),
            ("en", "Be the B2B support team customers can reach within 5 minutes", true),
            ("nb", "Lansere ny app innen 6 måneder", false),
            // A shopping day named by its date.
            ("nb", "Lageret takler 11.11 og Black Week uten forsinkelser", false),
            // A chart and a festival named with numbers; a rank still counts.
            ("nb", "Topp 20-lista blir ungdommens viktigste musikkliste", false),
            ("en", "Sommer 26 is the best-run outdoor festival in Western Norway", false),
            ("nb", "Komme inn på topp 10-lista over Norges beste arbeidsplasser", true),
            // An annex's control in a standard.
            ("nb", "Oppfylle ISO 27001 A.8 i hele driftsmiljøet innen utgangen av 2025", false),
            // A decade; TVs by their size.
            ("en", "A sewer network that handles the cloudbursts of the 2030s without flooding basements", false),
            ("nb", "Bli den foretrukne butikken for installasjon av TV-er over 65 tommer i Norge", false),
            // A well's name and a shirt's number; number one is a rank.
            ("en", "Well 34/10-A-12 back on stream with intact barriers before winter", false),
            ("en", "Make the new number 10 shirt the best-selling item in the club shop", false),
            ("nb", "Bli nummer 1 i Norsk Kundebarometer blant kollektivselskapene", true),
            // Premises by their area; a fraction of learners.
            ("nn", "Leigetakarar i lokale over 500 m² får sin eigen faste kontaktperson hos oss", false),
            ("en", "Three quarters of our learners finish what they start", true),
            // A fish farm site by its number is a name.
            ("nb", "Lokalitet 12 Hestøya blir vårt forbildeanlegg for fiskevelferd", false),
            ("en", "Become Norway's leading ID.4 dealer for fleet customers", false),
            ("nb", "Pasienter i ASA-klasse 3–4 kommer godt forberedt til operasjon", false),
            ("en", "Our 300 g/m² board range is the one packaging buyers ask for by name", false),
            // A zone named by its speed limit.
            ("nb", "Gjøre 20 km/t-sonene i Trondheim til de tryggeste gatene for myke trafikanter", false),
            ("en", "Give customers with LTV above 85 % a safe path to owning their home", false),
            (
                "nb",
                "Bli forlaget spillbutikkene i Norden ringer når de trenger et familiespill for 2–4 spillere",
                false,
            ),
            // `nr. 1` after `bli` is a rank; after a product's name it names the product.
            ("nb", "Bli nr. 1 på kundetilfredshet", true),
            ("nb", "Styrke merkevaren Pils nr. 5", false),
            // `i én …`: brought together, not a count (but `fra fem til én` is).
            ("nb", "Netthandel og butikk henger sammen i én sømløs handleopplevelse", false),
            ("nb", "Gå fra fem til én leverandør per kategori", true),
            // Which people, by what they have; trains by their numbers.
            ("nb", "Folk med lett hørselstap under 40 dB oppdager oss før de trenger høreapparat", false),
            ("nb", "Nå 5 000 kunder med hørselstap over 35 dB", true),
            ("en", "Make the 41953 Duisburg–Alnabru the train customers set their watch by", false),
            ("nn", "Nattoget 5790 til Narvik er kundane sitt naturlege førsteval", false),
            // An event by its year, then the level in money.
            ("nb", "Øke billettinntektene til Summit 2025 til 12 MNOK", true),
            ("en", "A 250 W motor platform we repair instead of replace", false),
            ("en", "Launch a 1 % milk that children actually want to drink", false),
            ("nb", "Lettmelk 1 % som holder seg fersk til siste dråpe", false),
            // A process node and a boat length describe what, not how much.
            ("en", "Make the 22 nm platform ready for automotive-grade production", false),
            ("nn", "Gjere 22 nm-plattforma klar for volumproduksjon hos bilkundane", false),
            ("nb", "Bli Oslofjordens mest attraktive havn for seilbåter på 30–45 fot", false),
            ("nb", "Gjøre 300 g/m2-buksa vår til håndverkernes førstevalg i Norden", false),
            (
                "nn",
                "Alle som går mot Store Skagastølstind (2405 moh.) finn trygge og oppdaterte ruteskildringar hos oss",
                false,
            ),
            // Products and audiences named by numbers, not metrics.
            ("nn", "Gjere «Mørk 70 %» til den naturlege gåva i julehandelen", false),
            ("en", "Make our 70% dark bar the obvious choice for adult chocolate lovers", false),
            ("nb", "Et godt utstillingstilbud for veteraner over 8 år og unghunder under 18 måneder", false),
            ("nb", "Pasientene får alltid riktig blod til riktig tid, også 0 negativ", false),
            // A building by its number.
            ("en", "Tower 2 at Fornebu becomes our showcase for a fully connected lift building", false),
            // A fraction other than a third or a quarter.
            ("en", "Focus on cutting time to trial by a fifth", true),
            // Produced in 8K: a resolution, a name.
            ("nb", "Planetariet blir en digital scene med egne forestillinger produsert i 8K", false),
            // How old someone looks says which customers.
            ("en", "Every customer who looks under 25 is asked for ID, in every store, every time", false),
            // `tre` is a tree where no number follows; `fra tre til fem` is a pair.
            ("nb", "Full sporbarhet fra tre i frukthagen til flaske i butikk", false),
            ("nb", "Gå fra tre til fem butikker", true),
            // A single way in, stressed `én` after `gjennom`, is no count.
            ("nb", "Familier får hjelpemidler, avlastning og BPA gjennom én dør", false),
            ("nb", "Alt samlet i én app", false),
            // Vessels by their length say which ones.
            ("nb", "Bli Norges mest pålitelige verft for restaurering av fartøy over 50 fot", false),
            // An alloy after a possessive is a product's name; a number of accounts after one can
            // be the metric.
            ("en", "Make our 6063 billets the default choice for Nordic window-profile extruders", false),
            ("en", "Strengthen our position with our 50 key accounts", true),
            // A decimal joined to a noun names a certificate's type (a 4.8-star rating is a level).
            ("nb", "Alt stålstøp til offshore leveres med full sporbarhet og EN 10204 3.1-sertifikat", false),
            ("en", "Become a 4.8-star app that parents recommend to each other", true),
            // `tre` after `av` and before a preposition is the material, wood.
            ("nn", "Byggje alle nye båtar av tre frå lokale, berekraftige skogar", false),
            ("nb", "Selge to av tre nye båter til kunder utenfor Norden", true),
            // A work number names the thing.
            ("en", "Opus 112 becomes the concert organ touring soloists ask to play in Scandinavia", false),
        ];
        for (lang, title, metric) in cases {
            assert_eq!(objective_findings(lang, title).contains(&"objective-has-metric"), metric, "{lang}: {title}");
        }
    }
}
