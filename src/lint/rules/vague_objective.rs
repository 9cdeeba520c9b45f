use crate::lint::judge::{lexicon_options, title_lang, vague_objective};
use crate::lint::text::{span_in, tokens};
use crate::lint::{Example, LANGUAGES_OPTION, Level, OptionKind, Rule, RuleContext, RuleMeta, RuleOption, Sink};
use crate::load::{OkrFile, Scope};
use crate::model::Lang;

pub struct VagueObjective;

static META: RuleMeta = RuleMeta {
    id: "vague-objective",
    default_level: Level::Warning,
    summary: "\"bli bedre på\", \"improve\", generic direction with no destination",
    rationale: "An objective says what we want to achieve: inspiring, concrete, qualitative, ambitious. \"Bli \
bedre på markedsføring\", \"Forbedre kundeopplevelsen\", \"Øke salget\", \"Improve marketing\" or \"Get better \
at …\" name a direction but no destination, so nobody can tell what achieving it would look like. Effort \
words (jobbe med, sikre, styrke, work on, ensure, help) are vague here too. A number does not rescue \
improving (\"Improve customer support by 20%\" still names no destination), nor growing the top or bottom \
line, of the business or a part of it, by some amount (\"Øke salget med 20 %\", \"Grow profits by 12 percent\"), \
while a level to reach names \
where to go (\"Øke omsetningen i nettbutikken til 60 MNOK\", \"Halvere ventetiden på byggesøknader\"; \
objective-has-metric says the number belongs in a key result). A concrete, qualitative end state is what to aim for: \"Bli bransjens mest synlige leverandør av bærekraftige løsninger i 2025\".",
    examples: &[
        Example {
            lang: Lang::Nb,
            bad: "objectives:\n  - title: Bli bedre på markedsføring",
            good: "objectives:\n  - title: Bli bransjens mest synlige leverandør av bærekraftige løsninger i 2025",
        },
        Example {
            lang: Lang::Nn,
            bad: "objectives:\n  - title: Betre økonomistyringa i einingane",
            good: "objectives:\n  - title: Alle einingsleiarar veit kvar veke kor dei står mot budsjettet",
        },
        Example {
            lang: Lang::En,
            bad: "objectives:\n  - title: Improve marketing",
            good: "objectives:\n  - title: Become the most trusted voice on personal finance for Norwegian students",
        },
    ],
    options: &[
        RuleOption {
            name: "extra-phrases",
            kind: OptionKind::Phrases,
            default: "[]",
            doc: "more phrases to treat as vague in objectives, e.g. [\"gi gass på\"]",
        },
        LANGUAGES_OPTION,
    ],
};

impl Rule for VagueObjective {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_file(&self, file: &OkrFile, ctx: &RuleContext, sink: &mut Sink) {
        let Some(set) = &file.set else { return };
        let (langs, extra) = lexicon_options(ctx);
        for (o, objective) in set.objectives.iter().enumerate() {
            let Some(title) = &objective.title else { continue };
            let tokens = tokens(&title.value);
            let lang = title_lang(&tokens, set.lang);
            let Some(m) = vague_objective(&tokens, lang, &langs, extra.as_ref()) else {
                continue;
            };
            let (start, end) = (tokens[m.start].start, tokens[m.end - 1].end);
            let phrase = &title.value[start..end];
            sink.report(
                file,
                Scope::objective(o),
                span_in(file, title, start, end),
                format!("\"{phrase}\" names a direction, not a destination"),
            )
            .help(match lang {
                Lang::Nb | Lang::Nn => {
                    "describe the end state you want to reach, qualitatively and ambitiously (e.g. \"Bli kundenes førstevalg i Midt-Norge\"); the numbers go in the key results"
                }
                Lang::En => {
                    "describe the end state you want to reach, qualitatively and ambitiously (e.g. \"Become the first choice for mid-market customers in the Nordics\"); the numbers go in the key results"
                }
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::test_support::objective_findings;

    #[test]
    fn hard_cases() {
        let cases = [
            ("nb", "Bli bedre på markedsføring", true),
            // `ser på … som ein …`: "regard as", an opinion others hold.
            ("nn", "Lokalsamfunnet ser på vasskrafta som ein god nabo", false),
            // The nynorsk top line, grown by an amount.
            ("nn", "Auke omsetjinga i kursverksemda med 30 %", true),
            // The top line of a hyphenated part grown by an amount; `no longer` compares nothing.
            ("en", "Grow e-commerce revenue by 30%", true),
            ("en", "Make month-end close something our customers no longer dread", false),
            // After a label, the verb: `Podcasts: improve the offering`.
            ("en", "Podcasts: improve the offering", true),
            // The top line of a part named by two words; a capital mid-title marks a name.
            ("en", "Grow contract research revenue by 20%", true),
            ("en", "The bus is the obvious choice over the car for commuters in Greater Stavanger", false),
            // After a hedge, the verb.
            ("en", "Ideally improve the student experience across all campuses", true),
            ("nn", "Om mogleg forbetre tenestene til biblioteket", true),
            ("nb", "Forbedre kundeopplevelsen", true),
            ("nb", "Øke salget", true),
            ("nb", "Få opp salget i enterprise-segmentet", true),
            // What to become, described in a relative clause, is an end state.
            ("nb", "Bli kjent som strømselskapet som lærer kundene å bruke mindre strøm", false),
            ("nb", "Bli mer synlig for kundene", true),
            ("nn", "Få ned sjukefråværet i heimetenesta", true),
            ("en", "Drive up renewals in the mid-market segment", true),
            // A part of the top line grown by some amount; a kind of metric is a metric of its own.
            ("en", "Grow charter revenue by 15 %", true),
            ("en", "Grow revenue 25% in the partner channel", true),
            ("en", "Double down on content marketing", true),
            ("en", "Support becomes a source of product insight, not just a cost centre", false),
            // The top line with a sign or an arrow, as a note; a level is a destination.
            ("en", "Revenue +30% YoY (EU)", true),
            ("nb", "Salg ↑ i Midt-Norge", true),
            ("nb", "Vekst: omsetning i bedriftsmarkedet +25 %", true),
            ("nb", "Omsetning i nettbutikken: 60 MNOK i 2025", false),
            ("en", "Improve marketing towards ship owners", true),
            ("nb", "Øke charterinntektene med 15 %", true),
            ("en", "Grow gross profit by 25%", false),
            ("nb", "Øke bruttofortjenesten med 10 %", false),
            ("en", "Grow operating profit in the store chain by 12%", true),
            ("nb", "Gjøre appen enklere å bruke", true),
            ("nb", "Utvikle produktet videre", true),
            ("nb", "Bli bransjens mest synlige leverandør av bærekraftige løsninger i 2025", false),
            // The preposition governs nothing: whom people want to work for, not the team's effort.
            ("nb", "Bli Vestlandets mest ettertraktede barnehageeier å jobbe for innen 2026", false),
            ("en", "Be the partner agencies love to work with by 2027", false),
            ("nb", "Jobbe for økt trivsel blant de ansatte", true),
            // Improving by a number is still improving; a direction with a number has a destination.
            ("en", "Improve customer support by 20%", true),
            ("nb", "Bli bedre på kostnadskontroll og kutte 2 MNOK", true),
            ("nb", "Øke omsetningen i Sverige med 30 %", true),
            ("nb", "Øke omsetningen i nettbutikken til 60 MNOK", false),
            ("nb", "Vi skal øke salget med 25 % i 2025", true),
            ("nn", "Auke omsetnaden med 2 millionar kroner", true),
            ("nn", "Auke omsetninga frå 40 til 55 MNOK i Sogn og Fjordane", false),
            ("en", "Grow profits by 12 percent", true),
            ("en", "Increase sales by €1.5M in DACH", true),
            ("en", "Grow revenue from EU customers from €3.1M to €4.5M", false),
            ("en", "Double partner revenue in the DACH region", false),
            ("nb", "Redusere kostnadene i innkjøp med NOK 5 mill.", false),
            ("nb", "Når kommunen bygger ut omsorgsboligene på Sletta, skal vi øke trivselen blant eldre beboere", true),
            // `our best consultants` says which people, `the best employer` where to go.
            ("en", "Get better at retaining our best consultants", true),
            ("en", "Get better at being the best employer in Bergen", false),
            // A purpose clause is an end state, unless it holds the number.
            ("en", "Improve onboarding so that no one needs to call", false),
            ("en", "Improve the app so that 50% more users stay", true),
            // An infinitive inside the destination describes it.
            ("nb", "Bli det mest attraktive stedet å jobbe for utviklere i Trondheim", false),
            ("nb", "Sykehjemmene våre er det mest attraktive stedet å jobbe for nyutdannede sykepleiere", false),
            ("en", "Support available 24/7 in Norwegian, Swedish and English for every enterprise customer", false),
            // Compared with something, wherever the `enn` comes: a destination.
            ("nb", "Gjøre det enklere å søke om byggetillatelse enn å bestille en ny sofa", false),
            ("nb", "Gjøre det enklere å søke om byggetillatelse", true),
            ("en", "Better results than last year", true),
            ("nb", "Gjøre ungdom på 13–16 år trygge på nett", false),
            ("nb", "Doble driftsmarginen", false),
            ("nb", "Redusere klimaavtrykket fra driften til netto null", false),
            ("en", "Improve onboarding so that no customer needs to call us", false),
            ("nn", "Auke omsetnaden i Vestland", true),
            ("nn", "Timebestilling i appen skal vere like enkelt som å sende ein SMS", false),
            ("en", "Improve marketing", true),
            ("en", "Get better at handling complaints", true),
            ("en", "Make deployments faster", true),
            ("en", "Make it safe for teenagers aged 13–16 to be online", false),
            ("en", "Ensure 99.9% uptime for all core services", true),
            // Faster than anyone else is a destination.
            ("nb", "Innbyggerne får svar på byggesøknader raskere enn i noen annen kommune i Nord-Norge", false),
            ("en", "Answer building applications faster than any other municipality in the region", false),
            ("en", "Scale the partner channel into a self-sustaining growth engine by FY27", false),
            ("nb", "Utvikle kommunen til å bli det mest attraktive stedet å starte bedrift", false),
            ("en", "Scale the partner channel", true),
            // Compared with something, not with before.
            ("nn", "Gje hyttefolk ei bestillingsteneste som er enklare enn å ringe", false),
            ("nb", "Bli bedre enn i fjor på kundeservice", true),
            ("nb", "Ta grep om kundeopplevelsen", true),
            ("nn", "Ta ut potensialet i bedriftsmarknaden på Vestlandet", true),
            ("en", "Take our mobile app to the next level", true),
            ("en", "Embed sustainability in everything we do", true),
            ("nb", "Stramme inn økonomistyringen", true),
            ("nb", "Skape merverdi for kundene gjennom digitale tjenester", true),
            ("en", "Create visibility across the capital portfolio", true),
            ("nn", "Ta eit krafttak for trafikktryggleiken i Sogndal", true),
            ("nb", "Ha full kontroll på likviditeten slik at vi aldri må utsette lønn", false),
            // An end state that is only a direction again.
            ("en", "Modernize the data platform so that it is easier to maintain", true),
            ("nb", "Gjøre onboardingen enklere, slik at nyansatte kommer raskere i gang", true),
            ("nb", "Vinne terreng i det offentlige markedet", true),
            ("nb", "Rigge teknologiplattformen for vekst", true),
            ("nb", "Et tettere samarbeid mellom salg og produkt", true),
            ("en", "Closer collaboration between sales and product", true),
            ("nb", "Jobbe målrettet med bærekraft i hele verdikjeden", true),
            ("en", "A bigger push on social media", true),
            ("en", "Support that municipal caseworkers describe as the best part of working with us", false),
            ("nn", "Bli flinkare til å lage prognosar", true),
            ("en", "Become the region's first-choice ad partner with NOK 120 mill. in annual revenue", false),
            ("en", "Partner with local schools to reach more students", true),
            ("nb", "Øke lønnsomheten med 2 prosentpoeng", true),
            ("nn", "Ungdom på 15–19 år skal sjå på sommarjobb hos oss som det beste valet i bygda", false),
            ("nn", "Sjå på korleis vi kan arbeide som eitt team", true),
            ("nb", "Økning i synlighet", true),
            ("en", "Reducing friction in onboarding", true),
            ("en", "Growth in the Nordics: become the first choice for every mid-sized bank", false),
            ("en", "The customer team improves the delivery experience", true),
            ("nb", "Booste salget gjennom B2B-partnere", true),
            ("nb", "Et løft for kundeopplevelsen i skadeavdelingen", true),
            ("en", "A major boost to our brand in Norway", true),
            ("nb", "Et løft for kundeopplevelsen: NPS fra 20 til 40", false),
            ("nb", "Ny næringsvirksomhet får strøm når de trenger den, ikke om flere år", false),
            ("nb", "Forbedre plattformen slik at teamene kan deploye oftere", true),
            ("en", "Get better at releasing, so that teams are happier", true),
            // `ser på oss som`: regarded as; `i størst mulig grad` hedges, it is no destination.
            ("nn", "Rekneskapskundane våre ser på oss som rådgjevar, ikkje berre bokførar", false),
            ("nn", "Vi ser på løysingar som kan korte ned ventetida", true),
            ("nb", "Forbedre kvaliteten på trenerutdanningen i størst mulig grad", true),
            ("nb", "Bli størst på fiber i Norden", false),
            // Work done to a standard (not `Work to improve …`).
            ("en", "Contractors on Gullfaks work to the same HSE standard as our own crews", false),
            ("en", "Work to improve safety on every site", true),
            // Works after a preposition are a noun: the road works, not working on something.
            ("en", "Residents are never surprised by road works on their street", false),
            ("en", "Work on being the operator residents trust most", true),
            // The top line grown by a fraction is still only a direction; to a fraction is a destination.
            ("nb", "Øke omsetningen i frukt og grønt med en fjerdedel", true),
            ("en", "Grow revenue by a third", true),
            ("nb", "Øke omsetningen til en tredjedel av markedet", false),
            // A noun after a genitive, not the verb.
            ("nb", "Barnas styrker er utgangspunktet for all læring på 1.–4. trinn", false),
            ("nb", "Styrke barnas læring på 1.–4. trinn", true),
            // A shift from one named state to another is a destination; a flow between places is not.
            ("en", "Drive a shift from hourly billing to outcome-based managed services", false),
            ("nb", "Optimalisere varestrømmen fra lager til butikk", true),
            // A soft verb with how much work after it is work, not improvement.
            ("nb", "Fornye 1 % av ledningsnettet hvert år", false),
            ("nb", "Fornye kundeopplevelsen i alle kanaler", true),
            // Recurring revenue is the top line: grown by an amount, a direction; to a level, a destination.
            ("en", "Grow ARR in the mid-market segment by 40%", true),
            ("en", "Grow ARR from $2.4M to $4M", false),
            // Working for someone is a job.
            ("nn", "Frilansomsetjarane våre vil heller jobbe for oss enn for nokon andre", false),
            ("nb", "Jobbe for et bedre arbeidsmiljø", true),
            // A department as the subject of er.
            ("nb", "Support er der gjestene trenger oss, 24/7 og på deres språk", false),
            // What drivers trust the network to do, not effort promised (but a team trusted to
            // work on something is).
            ("en", "Become the fast-charging network drivers trust to work on the first try", false),
            ("en", "We trust teams to work on quality", true),
            ("nb", "Øke billettinntektene til Summit 2025 til 12 MNOK", false),
            // `i fleire sesongar`: for several seasons, a time.
            ("nn", "Ein arbeidsplass der kinovertane vil bli verande i fleire sesongar", false),
            // What others, the subject, choose to do (but not what we choose).
            ("nb", "Forhandlerne velger selv å løfte fram syklene våre i butikken", false),
            ("nb", "Vi velger å løfte fram syklene våre i butikken", true),
            // The top line of a part named by two joined words, grown by an amount.
            ("en", "Grow food and beverage revenue by 15%", true),
            ("en", "Grow food and beverage revenue to NOK 40 million", false),
            // Income of a part is the top line; a household's is people's own (the canteen's revenue,
            // for staff, is the business's).
            ("en", "Grow rental income by 8 %", true),
            ("en", "Increase household income by 5%", false),
            ("en", "Grow staff canteen revenue by 20%", true),
            // How people feel (`feel safe and supported`) is an end state, not the team's verb.
            ("en", "Case workers on the night shift feel safe and supported at work", false),
            // `ser på … som`, `look at … as` after a subject: "regard as", any role.
            ("nb", "Rederiene ser på losingen som del av sikker seilas, ikke som ekstra kostnad", false),
            ("en", "Shipowners look at pilotage as part of safe navigation", false),
            ("nb", "Se på losingen som del av sikker seilas", true),
            ("nb", "Vi ser på kundene som har sagt opp", true),
            // `sikre` joined to an adjective is one too; joined to a verb, the verb.
            ("nb", "Trygge og sikre evakueringsveier fra hver skole i kommunen", false),
            ("nb", "Styrke og sikre driften", true),
            // Those the team works with, as the subject, are others.
            ("nn", "Kommunane vi samarbeider med ser oss som ein trygg partnar", false),
            // The Norwegian `drive`, to run, before a definite noun (not `drive … fremover`, to
            // push); help one has access to is a noun.
            ("nb", "Drive banen uten kjemiske plantevernmidler innen 2027", false),
            ("nb", "Drive salget fremover", true),
            ("en", "Give campers 24/7 access to help when something breaks", false),
            ("en", "Help campers when something breaks", true),
            // `i arbeidet med`: the work, a noun after a preposition.
            ("nn", "Bli ein naturleg samarbeidspartnar for kommunane i arbeidet med matberedskap", false),
            ("nb", "Arbeide med beredskapen i kommunene", true),
            ("en", "Foster carers get expert advice 24/7 whenever a placement is under strain", false),
            ("en", "Foster a culture of ownership", true),
            // The top line first, then grown by an amount: a direction (to a level: a destination).
            ("nb", "Omsetningen i reklamefilmavdelingen skal vokse med 8 MNOK", true),
            ("nb", "Omsetningen skal vokse til 80 MNOK", false),
            ("en", "Revenue from licences grows by 20%", true),
            // A hard-vague verb in a relative clause after the things (`festivalene vi sikrer`) names them.
            ("nb", "Gjøre festivalene vi sikrer til steder der ungdom på 16–19 år føler seg trygge", false),
            ("nb", "Sikre at festivalene vi har er trygge", true),
            // A place to work on things describes a workplace.
            ("en", "Our mechanics see our workshop as the best place in town to work on bikes", false),
            ("en", "Work on becoming the best place to work", true),
            // The top line past a determiner and its owner, grown by an amount.
            ("en", "Grow the label's streaming revenue by 50% in 2026", true),
            ("en", "Grow the label's streaming revenue to NOK 5 million", false),
            // What other firms, the subject, prefer to do.
            ("nb", "Gravferdsbyråene foretrekker å samarbeide med oss framfor med nabokommunene", false),
            ("nb", "Avdelingene skal jobbe med å bli bedre", true),
            // Every one of the things the team works with, named by that.
            ("nn", "Alle barar vi samarbeider med får oppgjeret sitt utan å måtte purre", false),
        ];
        for (lang, title, vague) in cases {
            assert_eq!(objective_findings(lang, title).contains(&"vague-objective"), vague, "{lang}: {title}");
        }
    }
}
