use crate::lint::judge::{Activity, lexicon_options, title_activity, title_lang};
use crate::lint::text::{span_in, tokens};
use crate::lint::{Example, LANGUAGES_OPTION, Level, Rule, RuleContext, RuleMeta, Sink};
use crate::load::{OkrFile, Scope};
use crate::model::Lang;

pub struct BinaryKeyResult;

static META: RuleMeta = RuleMeta {
    id: "binary-key-result",
    default_level: Level::Warning,
    summary: "A done / not-done milestone",
    rationale: "A go-live, a launch, a certification, an approval or one signed contract is either done or not: \
it shows no progress during the period and says nothing about whether it worked. A deadline does not make a \
milestone an outcome (\"Ny kundeportal er i drift innen 15. april\"). Measure what the milestone should change, \
and keep the milestone itself as an initiative.",
    examples: &[
        Example {
            lang: Lang::Nb,
            bad: "key_results:\n  - title: Ny kundeportal er i drift innen 15. april\n    target: done",
            good: "key_results:\n  - title: Andelen saker kundene løser selv i kundeportalen øker fra 0 % til 30 %\n    baseline: 0\n    target: 30",
        },
        Example {
            lang: Lang::En,
            bad: "key_results:\n  - title: Get the new building permit approved",
            good: "key_results:\n  - title: Cut the time from application to building permit from 14 to 8 weeks\n    baseline: 14\n    target: 8",
        },
    ],
    options: &[LANGUAGES_OPTION],
};

impl Rule for BinaryKeyResult {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_file(&self, file: &OkrFile, ctx: &RuleContext, sink: &mut Sink) {
        let Some(set) = &file.set else { return };
        let (langs, _) = lexicon_options(ctx);
        for (o, k, kr) in set.key_results() {
            let Some(title) = &kr.title else { continue };
            let tokens = tokens(&title.value);
            let Some(Activity::Milestone(at)) = title_activity(kr, &tokens, title_lang(&tokens, set.lang), &langs)
            else {
                continue;
            };
            let span = match (at, &kr.target) {
                (Some(m), _) => span_in(file, title, tokens[m.start].start, tokens[m.end - 1].end),
                (None, Some(target)) => target.span,
                (None, None) => title.span,
            };
            sink.report(
                file,
                Scope::key_result(o, k),
                span,
                "this key result is a milestone: it is either done or not, and shows no progress on the way",
            )
            .help(
                "measure what the milestone should change (adoption, time saved, customers won) from a baseline to a target; keep the milestone under `initiatives:`",
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::test_support::findings;

    #[test]
    fn hard_cases() {
        let cases = [
            ("nb", "Ny kundeportal er i drift innen 15. april", None, true),
            // How many are in that state is a change, not one milestone.
            ("en", "Optimise crew rosters so fewer ferry crossings are cancelled than before", None, false),
            // A milestone after `after` is when, not what the team reaches.
            ("en", "Support clients better after go-live", None, false),
            ("nb", "Godkjent byggetillatelse for nytt lager innen august", None, true),
            ("nb", "Ny backup-løsning", Some("done"), true),
            ("nb", "Signere avtale med Helse Vest om pilot", None, true),
            ("nb", "Signere fire rammeavtaler med kommuner", None, false),
            ("nb", "Signere rammeavtaler med fire kommuner", None, false),
            ("nb", "Signere avtale med Coop om pilot i 10 butikker", None, true),
            ("nn", "Ny reguleringsplan for sentrum er vedteken", None, true),
            ("en", "Get the new building permit approved", None, true),
            ("en", "The new self-service portal is live by 1 March", None, true),
            ("en", "At least 90 % of applications are approved within 3 weeks", None, false),
            // A share counts things in a state: a rate, not one thing reaching it.
            ("nn", "Del av reiserekningane som blir godkjende innan fem dagar", Some("90 %"), false),
            ("en", "Share of expense claims approved within five days", Some("at least 90%"), false),
            ("nb", "Vi skal forsøke å få den nye nettbutikken i drift før julehandelen", None, true),
            // A new version of a thing, named alone (not a change made in it).
            ("nb", "Onboarding-flyt v2", None, true),
            ("nb", "Forbedre onboardingen i appen versjon 5.2", None, false),
            // A state reached, in the perfect; not things counted, nor what those counted have done.
            ("en", "The new customer portal has replaced the legacy self-service site", None, true),
            ("nn", "Vi har signert fem nye rammeavtalar med kommunar på Vestlandet", None, false),
            ("nn", "Del tilsette som har fullført e-læringskurset i smittevern", None, false),
            ("en", "All production databases run on PostgreSQL 16", None, true),
            ("en", "Customer case studies published on the website", None, true),
            ("nb", "Byggetrinn 2 på settefiskanlegget er overlevert til drift innen 30. september", None, true),
            // A state in a condition says when, not what the team reaches.
            ("nn", "Styrkje kundesenteret si rolle når vegar blir stengde og avgangar innstilte", None, false),
            // Every time, within an upper bound on the time: a service level.
            ("nb", "Hver månedsavslutning er klar på maks 5 virkedager", None, false),
            ("en", "Every release is ready for production in under 2 days", None, false),
            ("nb", "Ny skolebruksplan vedtas i kommunestyret i juni", None, true),
            ("nb", "Andelen søknader som godkjennes øker fra 60 % til 80 %", None, false),
            // A certification named by its standard.
            ("en", "Achieve SOC 2 Type I", None, true),
            ("en", "Pass the ISO 27001 certification audit by November", None, true),
            ("nb", "Bestå ISO 27001-revisjonen innen november", None, true),
            ("en", "SOC 2 Type II", None, true),
            ("en", "SOC 2 audit findings closed within 30 days", None, false),
            // One deal brought home is a milestone; deals counted are others' decisions.
            ("nn", "Få i hamn avtalen med Helse Nord om kantinedrift", None, true),
            ("nn", "Ro i land ny låneavtale med Sparebanken Vest før sommaren", None, true),
            ("nb", "Få i havn fem nye rammeavtaler med kommuner", None, false),
            ("en", "Close the Series A by 30 June", None, true),
            ("en", "Close a Series A round of at least NOK 40 mill.", None, false),
            ("en", "Checkout service running on the new Kubernetes cluster before Black Friday", None, true),
            ("en", "Share of services running on Kubernetes from 40% to 80%", None, false),
            ("en", "Lower processing cost per 1,000 parking permits issued", None, false),
            // The question investigated is not a state reached.
            ("en", "Look into why help desk tickets get reopened", None, false),
            ("nb", "Finne ut hvorfor saker blir gjenåpnet", None, false),
            // A Norwegian compound ending in the milestone noun.
            ("nb", "Rammetillatelse for Byggetrinn 2 er gitt av kommunen", None, true),
            ("nb", "Investeringsbeslutning (FID) for vindparken er tatt innen 15. desember", None, true),
            ("nb", "Få saken om ny svømmehall satt på dagsorden i kommunestyret innen juni", None, true),
            ("nn", "Få budsjettet for 2026 vedteke i styret innan desember", None, true),
            ("nn", "Den nye appen er tilgjengeleg i App Store og Google Play innan 1. oktober", None, true),
            ("en", "Get the new PCR lab accredited by Norsk akkreditering", None, true),
            ("en", "Renew the master agreement with Telenor before it expires in May", None, true),
            ("en", "Renew at least 92% of commercial policies that come up for renewal in Q1", None, false),
            ("en", "Work on signing a partnership agreement with one national grocery chain", None, true),
            ("en", "Sign partnership agreements with four regional grocery chains", None, false),
            ("nb", "Behovet for sykehjemsplasser kartlagt for alle bydeler innen 1. mars", None, true),
            ("en", "Reduce NOx and CO2 emissions from ships at berth", None, false),
            ("nb", "Oppnå ISO 9001 for hele konsernet", None, true),
            ("en", "Get 30 customers onto the PCI DSS compliant checkout", None, false),
            // Put into operation, with its participle.
            ("nn", "Den nye rekneskapsmodulen er sett i drift innan 1. september", None, true),
            ("nb", "Nytt lønnssystem er satt i drift før sommeren", None, true),
            ("en", "The new billing module is put into production by 1 September", None, true),
            ("en", "Ensure the new onboarding flow ships before the holiday release", None, true),
            // A thing in a state by a date, without a verb; a direction is not one.
            ("nb", "Ny lønnspolicy godkjent av ledergruppen innen 1. mars", None, true),
            ("en", "New planning portal live for all applicants by 1 April", None, true),
            ("nb", "Flere kunder i drift innen mars", None, false),
            ("en", "More customers live on the new platform by June", None, false),
            ("en", "New expense tool rolled out to every department", None, true),
            ("nb", "Andelen ansatte som har tatt i bruk appen", None, false),
            ("nb", "Gå live med ny bookingmotor i uke 40", None, true),
            ("nb", "Få styregodkjenning av ny innkjøpsstrategi innen 1. oktober", None, true),
            ("nn", "Nytt innbyggjartorg opna innan 1. juni", None, true),
            ("en", "Work on getting the new zoning plan approved within Q4", None, true),
            ("en", "Get CE marking under MDR for the Pulse ECG patch", None, true),
            ("en", "GDP certification for the new Drammen warehouse", None, true),
            ("nb", "Sparemål 2.0 er lansert i App Store og Google Play innen 1. juni", None, true),
            ("nb", "Betaversjonen av Bokvind Lytt sluppet til testpanelet før sommeren", None, true),
            // `Zero-trust` is a name, not a count of zero.
            ("en", "Zero-trust network access in place for all remote staff by end of Q2", None, true),
            // A product name first in the title: its version is no target.
            ("nb", "PostgreSQL 16 i produksjon på alle clustere innen 2026-03-01", None, true),
            // A number and unit symbol that name which line.
            ("nb", "Konsesjon for ny 132 kV-ledning Flå–Nes godkjent av NVE innen 1. oktober", None, true),
            // A decision or a confirmation by someone, once.
            ("nb", "Kommunestyret vedtar ny klimaplan for 2026–2030 innen 1. juni", None, true),
            ("en", "WCAG 2.1 AA conformance for the signup flow confirmed by an external audit", None, true),
            ("en", "90 % of bookings confirmed within 2 hours", None, false),
            ("en", "SOC 2 Type II certification", None, true),
            ("en", "Sign design-win agreements with four automotive Tier 1 suppliers", None, false),
            // `Sign-up` is a noun, not the signing verb.
            ("en", "Sign-up completion rate for new drivers", None, false),
            // A contract with each of several parties is a count.
            ("nb", "Signere avtale med minst tre nye sponsorar for 2026", None, false),
            ("en", "Sign framework agreements with three regional hospital trusts", None, false),
            ("en", "Certification rate among field technicians", None, false),
            ("en", "Faster approval of purchase orders above the department limit", None, false),
            ("nb", "Sikre at opplæringen på det nye instrumentet gjennomføres før mai", None, true),
            ("nb", "Få flere innbyggere til å søke om byggetillatelse digitalt", None, false),
            ("nn", "Vi skal sikra at minst 98 % av utbetalingane skjer innan fristen", None, false),
            ("nn", "Ny regional plan for kysten vedteken i fylkestinget", None, true),
            ("nb", "ISO 27001-sertifiseringen i boks innen utgangen av Q2", None, true),
            ("nb", "Antall feil i produksjon per 100 deployer går ned", None, false),
            ("en", "A renewed push on manager coaching across every site", None, false),
            ("nn", "Konsesjonen for den nye 132 kV-lina til Ålfoten godkjend av NVE", None, true),
            (
                "nb",
                "Godkjenning fra Legemiddelverket for nytt produksjonsanlegg foreligger innen 1. november",
                None,
                true,
            ),
            ("nn", "Få CE-merket det nye pulsoksymeteret innan utgangen av september", None, true),
            ("en", "New ITSM platform live for all three business units by 1 October", None, true),
            ("nn", "Fylle alle 96 elevplassane til skuleåret 2026/27", None, false),
            ("nn", "ISO 27001-sertifiseringa er i hamn innan utgangen av Q3", None, true),
            ("nn", "Søknaden til Forskingsrådet er sendt innan fristen 10. februar", None, true),
            ("en", "SOC 2 Type II report issued with a clean opinion", None, true),
            ("en", "Licensing board signs off on the late-night alcohol permit for the waterfront stage", None, true),
            ("en", "Sign $450k in sponsorship commitments for the autumn book fair", None, false),
            ("nb", "95 % av fakturaene er sendt innen 2 dager", None, false),
            ("nb", "Ny prisside med tre pakker er publisert innen 15. mai", None, true),
            ("en", "New reuse centre at Eastgate open to the public by 1 September", None, true),
            ("nb", "Få akkreditering fra NOKUT for ny master i kunstig intelligens", None, true),
            (
                "nb",
                "Optimalisere operasjonsprogrammet slik at stuene er i bruk minst 85 % av åpningstiden",
                None,
                false,
            ),
            ("nb", "Ny kundeportal er i bruk innen 15. april", None, true),
            ("en", "Solvency II reporting passes the external audit", None, true),
            ("en", "90 % of stores pass the hygiene inspection", None, false),
            ("nb", "Fv. 17 Storvik–Hamnes er gjenåpnet for trafikk etter rassikringen", None, true),
            ("en", "Tenant portal 2.0 goes live in all managed buildings by March 31", None, true),
            ("en", "Raise the app rating from 3.5 to 4.0", None, false),
            ("nb", "Konsesjon som betalingsforetak godkjent av Finanstilsynet innen 1. juni", None, true),
            ("en", "Kubernetes 1.30 upgrade is live in all production clusters by 1 June", None, true),
            ("en", "Python 3.12 upgrade done in all services", None, true),
            ("en", "Cut cost per click from 1.80 to 1.20 EUR", None, false),
            ("en", "Pass the EASA Part-145 audit at the Bodø hangar", None, true),
            ("nn", "Systema til kundesenteret er ISO 27001-sertifiserte innan Q4 2025", None, true),
            ("nb", "Alle lagrene er sertifiserte innen 1. juni", None, true),
            ("en", "Install 50 MW of new solar capacity", None, false),
            ("nb", "Sertifisering etter ISO 27001 for driftsmiljøet i skatteforvaltningen", None, true),
            ("nb", "Byggelån på NOK 420 mill. innvilget av banken", None, true),
            ("en", "A contract worth $2M signed with Acme by March", None, true),
            ("en", "Orders worth $2M signed by March", None, false),
            ("nb", "Leiekontrakt med ankerleietaker (dagligvare) signert", None, true),
            ("nb", "Salgsoppgave og 3D-visning for trinn 2 klar til markedsføring", None, true),
            ("en", "Flagship store refit in Oslo City ready for opening", None, true),
            ("nb", "Sikre at styret godkjenner budsjettet for nytt journalsystem innen juni", None, true),
            ("nb", "Signere en rammeavtale med Oslo kommune", None, true),
            ("en", "Operations handbook for Kaibygg 2 handed over to the facility manager", None, true),
            ("en", "Get the €1.2m EU innovation grant approved", None, true),
            ("en", "A dozen reseller agreements signed", None, false),
            ("nb", "Alle tjenester er flyttet til ny skyplattform innen Q3", None, true),
            ("en", "Kubernetes clusters are upgraded to 1.30", None, true),
            ("nb", "Ny utstilling om vikingtiden åpner 14. mars", None, true),
            ("en", "Raise the average rating to 4.30", None, false),
            ("nn", "Ny nettside på lufta", None, true),
            ("nn", "Vedtak i kommunestyret om ny kommuneplan", None, true),
            ("nn", "Ferdigattest motteken for Kyrkjebø skule", None, true),
            ("nn", "Byggestart for nytt omsorgssenter i Q2", None, true),
            ("en", "SOC 2 Type II report signed off by the auditor before 12/31/2025", None, true),
            ("nb", "Ny økonomisjef ansatt", None, true),
            ("nn", "Ny rektor tilsett innan 1. august", None, true),
            ("en", "New help center live", None, true),
            ("nb", "Pentest bestått", None, true),
            ("nb", "Versjon 3.0 ute i App Store og Google Play", None, true),
            ("nb", "Gammelt datasenter i Sandvika stengt ned", None, true),
            ("en", "Contract with legacy payroll vendor terminated", None, true),
            ("nn", "Sikre at brøytebilane er ute innan 45 minutt etter snøvarsel i 9 av 10 tilfelle", None, false),
            ("nb", "Alle kontorer er gått over til Teams innen mars", None, true),
            ("nn", "Alle skulane er over på den nye læringsplattforma innan august", None, true),
            ("nn", "Alle 18 vidaregåande skular er kopla til det nye fylkesnettet", None, true),
            ("en", "All 14 vessels are retrofitted with shore-power connections", None, true),
            ("nn", "Freiste å få ny trafikktryggingsplan vedteken i fylkestinget", None, true),
            ("en", "Readers renewed their subscriptions faster after the price change", None, false),
            // A new thing named alone, with no level and no verb.
            ("nb", "Ny kundeportal for bedriftskunder", None, true),
            ("en", "New website", None, true),
            ("nb", "Nye avtaler på regnskapstjenester", None, false),
            ("en", "New ARR from mid-market accounts", None, false),
            ("en", "New hires rate their first 60 days highly", None, false),
            ("nb", "Ny kundeportal for bedriftskunder", Some("40"), false),
            ("nn", "Kampanjemateriell om HPV-vaksine distribuert til alle helsestasjonane", None, true),
            ("nn", "Freiste å få ferdigattest for rekkjehusa på Voss før sommaren", None, true),
            ("nb", "Kompetansematrisen er oppdatert for alle ansatte innen 1. april", None, true),
            ("nb", "Jobbe med å få tilsynsappen ut i prod i alle eierkommunene", None, true),
            // A handover named as a noun, of a hull named by its number.
            ("en", "Handover of hull NB 134 to the shipowner by 30 September", None, true),
            // A clean audit report; one contract named by its signing.
            ("nn", "Få rein revisjonsmelding for rekneskapen 2024", None, true),
            ("nn", "Styret gjer vedtak om oppgradering av ventilasjonsanlegget før generalforsamlinga", None, true),
            ("nb", "Sikre signering av rammeavtalen med Helse Sør-Øst", None, true),
            ("nb", "Overlevering av nybygg 134 til rederiet innen 30. september", None, true),
            // The committed verb after what is set off by commas.
            (
                "nb",
                "Vi skal i løpet av høsten, sammen med IT og juridisk, forsøke å få den nye personvernerklæringen publisert på alle nettsidene",
                None,
                true,
            ),
            (
                "en",
                "Before the merger takes effect on 1 January, and after negotiations with the unions, pay scales in the three former municipalities have been harmonised",
                None,
                true,
            ),
            ("en", "Screening invitations sent to all residents turning 55 by 1 October", None, true),
            ("nb", "Få nettsiden oversatt", None, true),
            ("nb", "Redusere tiden fra bestilling til ruteplanen er klar til under 90 sekunder", None, false),
            // States that bound a duration, with no verb of change before them.
            ("nn", "Gjennomsnittleg tal dagar frå faktura er motteken til han er betalt", Some("<= 20"), false),
            ("nb", "Tiden fra bekymringsmelding er mottatt til undersøkelse er igangsatt, skal reduseres", None, false),
            ("en", "Days from invoice received to paid", Some("<= 20"), false),
            ("nb", "Redusere ventetiden på resepter ved å innføre SMS-varsling når resepten er klar", None, false),
            ("nb", "Kundene tar i bruk appen", None, false),
            ("nb", "Kampanjefilm for vintersesongen", None, true),
            ("en", "Training for new managers", None, true),
            ("en", "Application volume", None, false),
            ("nb", "Nettsidetrafikk fra organisk søk", None, false),
            // Taken into use, switched off: done or not (`Berth 9` is a name).
            ("en", "Berth 9 taken into use for Post-Panamax vessels by 1 October", None, true),
            ("en", "3G network in Region North switched off by 1 October", None, true),
            ("en", "Cut waiting time at Berth 9 from 5 to 2 hours", None, false),
            // Accredited, energised: done or not.
            ("nb", "Masterprogrammet i spesialpedagogikk er akkreditert av NOKUT innan juni", None, true),
            ("en", "Work on getting the Hallingdal substation energised before winter", None, true),
            // Mounted: done or not; people recruited by a campaign are which people.
            ("nn", "Sikre at ny støymålar ved enden av rullebana er montert før hausten", None, true),
            ("nb", "Økt giverlojalitet blant givere rekruttert via face-to-face-kampanjen", None, false),
            // Opened to traffic, a passive milestone behind a hedge.
            ("nb", "Bidra til at nye E6 Kvål–Melhus åpnes for trafikk innen desember", None, true),
            // Enforced: done or not; the state of those counted is a share (not a new thing's state).
            ("en", "MFA enforced for all admin accounts", None, true),
            ("nn", "Auke delen butikksjefar som er rekrutterte internt", None, false),
            ("nb", "Ny portal som er lansert innen mars", None, true),
            // One contract awarded; an application sent in, passive.
            ("en", "Award the contract for sludge transport by 1 March", None, true),
            ("nb", "Sikre at søknaden til Horisont Europa sendes inn innen fristen 12. februar", None, true),
            // Start-ups by a deadline, after an effort word too; `Brage A` ends a name; a state kept
            // for every cycle is no milestone.
            ("nb", "Oppstart av ny gasskompressor på Troll B innen 1. september", None, true),
            ("nb", "Bidra til oppstart av Yggdrasil innen Q4 2027", None, true),
            ("en", "Power from shore to Brage A in operation before the 2027 turnaround", None, true),
            ("en", "Ensure sterilisation logs are complete for every autoclave cycle", None, false),
            // An energy label got, a decision got: done or not.
            ("nn", "Arbeide med å få energimerke B for Bygg C før sommaren", None, true),
            ("en", "Get the county council's decision to open a second orthodontic clinic by June", None, true),
            // A section named by its number and a letter is a name, not a count: one clearance.
            ("en", "Get 510(k) clearance for the SpO2 monitor from the FDA", None, true),
            ("en", "Grow 401(k) enrolment among new hires from 40% to 60%", None, false),
            // People ready is a state of many; a programme ready for them is one milestone.
            ("en", "Ensuring partners are ready for ISQM 1 before the 15 December 2025 deadline", None, false),
            ("nb", "Nytt introduksjonsprogram for nyansatte er klart innen 1. mars", None, true),
            // Contracts as the last word of a compound, with a count after them, are several.
            ("en", "Sign translation deals for at least six titles at the Frankfurt Book Fair", None, false),
            ("en", "Sign alarm monitoring contracts with the owners of 40 new commercial buildings", None, false),
            ("nb", "Signere ny rammeavtale for banktjenester innen 1. mars", None, true),
            // A level before the state is a sum to reach, not one thing done.
            (
                "en",
                "New external grants totalling at least NOK 25 million have been awarded to the institute",
                None,
                false,
            ),
            // A conformity mark got, a lift running by a day, a collection in the shops by a week.
            ("en", "Get the app CE-marked as a class IIa medical device", None, true),
            ("en", "The new six-seater chairlift on North Peak is running by opening day", None, true),
            ("nb", "Kolleksjonen er i butikk hos alle forhandlerne innen uke 34", None, true),
            ("nb", "Optimalisere påfyllingen av 48x98 i butikkene slik at vi får færre tomme hyller", None, false),
            // What one application asks for is not a count of approvals.
            ("nb", "Få godkjent søknaden om fire nye konsesjoner i Nordland", None, true),
            // A state ending a compound, got: certified.
            ("nb", "Arbeide med å få festivalen miljøsertifisert innan 1. juni", None, true),
            // A pitch by its number, approved; one round closed (more deals are a direction).
            ("nb", "Forsøke å få kunstgressbane 4 godkjent av kommunen innen mars", None, true),
            ("nb", "Jobbe med å lukke seed-runden innen 1. juni", None, true),
            ("nb", "Lukke flere deals i Q2", None, false),
            // A participle joined to a capitalised name, got.
            ("en", "Get the Evenes station ISAGO-registered before the summer audit", None, true),
            // What one permit is for is not a count of permits.
            ("nb", "Få driftstillatelse for 3 000 sparkesykler i Oslo innen 1. april", None, true),
            ("nb", "Få CE-godkjenning for «Fjordfolk» (10+) før sal i EU", None, true),
            // A decision that is there or not by a date.
            ("nb", "Sikre at konsesjonsvedtaket for Fjellheia 3 foreligger innen 1. mars", None, true),
            // A ship by its yard number, `No. 9` naming a product: neither is a level, so the
            // milestone stays one; a procedure qualified to a standard is approved or not.
            (
                "en",
                "Sea trials for new-build 118 are completed and accepted by the owner before 1 September",
                None,
                true,
            ),
            ("en", "Try to get the US label approval (COLA) for Stout No. 9 before the summer", None, true),
            (
                "nb",
                "Sikre at sveiseprosedyrene for det nye aluminiumsskroget er kvalifisert etter ISO 15614-2 før produksjonsstart",
                None,
                true,
            ),
            // A promise of capacity, got once; `om 4 MW` is its size, not a level.
            ("nb", "Få tilsagn fra nettselskapet om 4 MW kapasitet til Berkåk-hubben", None, true),
            // What one contract covers is no level; a train by its number and route; declared once.
            ("nb", "Kontrakt om 54 nye CV90-vogner er signert innen 1. mars", None, true),
            (
                "en",
                "Get track access slots for the new 41955 Hamburg–Malmö service approved for timetable 2026",
                None,
                true,
            ),
            ("nb", "Systemet er erklært i full operativ kapasitet innen 1. desember", None, true),
            // More suppliers passing is a change, not one audit passed.
            ("nb", "Flere leverandører består AQAP 2110-revisjonen ved første forsøk", None, false),
            ("en", "New 25 MW unit at Lysebotn is in commercial operation by 1 November", None, true),
            // Cars by their fleet numbers; `first-pass` names a rate, no inspection passed.
            ("nb", "Go-live for nytt taksametersystem i bil 101–180 innen 1. juni", None, true),
            ("en", "Improve first-pass acceptance of inspection reports to 85%", None, false),
            // A ride by its number, then its approval.
            ("en", "Slide 9 is approved by the safety inspector before the summer opening", None, true),
            // A room or a chamber by its number, then in full operation.
            ("nb", "Rom 5 er i full drift innen 1. mars", None, true),
            ("nb", "Herdekammer 3 er i drift innen 1. mars", None, true),
            // `få satt opp … før premieren`: something put up by a date, done or not.
            ("nb", "Prøve å få sett opp nytt lysanlegg på Store scene før premieren", None, true),
            ("nb", "Få satt opp nytt lysanlegg før premieren", None, true),
            // `Sign off` the budget: approved or not (not `Sign off-season agreements`).
            ("en", "Sign off the new budget", None, true),
            // Two words after `the`, then their verb: a launch by a date.
            ("en", "The new portal launches in March", None, true),
            // The size of the one thing, after an ordinal or what it grows to, then its state.
            ("en", "Second 10 MW electrolyser stack commissioned and producing by 1 September", None, true),
            ("nb", "Konsesjon for utvidelse til 40 MW er innvilget innen juni", None, true),
            // Contracts named by a hyphenated compound are several.
            ("en", "Sign take-or-pay offtake contracts covering 60% of the plant's 2026 output", None, false),
            ("en", "Sign the take-or-pay contract with the bus operator", None, true),
            // Getting one thing into operation is a milestone; an amount by its unit is not.
            ("en", "Work on getting the rail siding at Kleppe into operation", None, true),
            ("en", "Get the rail siding at Kleppe into operation by May", None, true),
            ("en", "Tonnes of aggregate shipped by rail", None, false),
            // `Delen … som framleis er tilsette`: a share of people still employed, not one hire.
            ("nn", "Delen nytilsette i leidningsavdelinga som framleis er tilsette etter eitt år", None, false),
            // Deals closed for an amount are many contracts; one contract for a season is one.
            ("nb", "Lukke nysalg for NOK 3,1 mill. i Q2", None, false),
            ("nb", "Signere ny hovedsponsoravtale for 2026-sesongen", None, true),
            // Each playground every year is ongoing; the Nordic Swan ecolabel is granted or not.
            ("en", "Ensure playgrounds pass the annual main inspection", None, false),
            ("en", "Solvency II reporting passes the external audit", None, true),
            ("nb", "Kafeen er Svanemerket innen 1. mars", None, true),
            // After `Faster … of`, things in a state are what is handled, a change; people in the
            // clause after a lead hold a competence, the system is in a state.
            ("en", "Faster confirmation of pilot bookings for cruise ships", None, false),
            ("en", "Better onboarding ships in May", None, true),
            ("nb", "Sikre at saksbehandlerne har oppdatert kompetanse på TEK17", None, false),
            ("nb", "Sikre at systemet er oppdatert innen mars", None, true),
            // A certificate earned is a milestone; money earned is not.
            (
                "en",
                "Earn the IAAO Certificate of Excellence in Assessment Administration before the 2026 roll",
                None,
                true,
            ),
            ("en", "Earn NOK 2 mill. in consulting fees", None, false),
            // How many pass is a share; a lab by its number is one thing put into service.
            ("en", "Raise the share of scaffolds passing first handover inspection to 95%", None, false),
            ("nb", "Forsøke å få CT-lab 2 i drift innen uke 40", None, true),
            ("en", "Get scanner 3 into service by week 40", None, true),
            // Things each ready at their own agreed time are a service level; one thing ready is not.
            ("en", "Ensure online pre-orders are ready for pickup at the agreed time", Some("at least 95%"), false),
            ("en", "The new pickup counter is ready by May", None, true),
            // An approval renewed is a milestone again.
            ("nb", "Fornye sentral godkjenning for geoteknisk prosjektering i tiltaksklasse 3", None, true),
            ("nb", "Fornye ISO 9001-sertifiseringen", None, true),
            // What one permit allows is no level; where a state is reached is its reach; a listed
            // building is a state reached once.
            (
                "en",
                "Get the permit to fly 1,000 drones over the harbour approved by the aviation authority",
                None,
                true,
            ),
            ("en", "Work on getting the breakfast pilot launched at three schools before autumn", None, true),
            ("nb", "Arbeide med å få den gamle slippen freda", None, true),
            // In clinical or full operation is in operation.
            ("nb", "Ny lineærakselerator er i klinisk drift innen 15. april", None, true),
            // What a vague lead's verb becomes is the state promised.
            ("nb", "Jobbe med å bli Miljøfyrtårn-sertifisert innen juni", None, true),
            // A participle before the contract it describes, after an article.
            ("nn", "Ein signert samarbeidsavtale med fylkeskommunen om kombinasjonsforløp innan 1. juni", None, true),
            // Many things passing an inspection that comes round each month is a level, not a
            // milestone; one truck passing its acceptance inspection is.
            ("en", "Ensure breathing apparatus sets pass the monthly inspection", Some("at least 98%"), false),
            ("en", "The new ladder truck passes the acceptance inspection", None, true),
            // Open by a date is opened, done; open all hours is a service. A score among people
            // who completed something is theirs.
            ("en", "Renovated shower block at the campsite is open to guests by 15 May", None, true),
            ("nb", "Den nye badstua er åpen for gjester innen 1. juni", None, true),
            ("en", "The help desk is open 24/7", None, false),
            ("en", "Reach a Net Promoter Score of 70 among patients who completed a full IVF cycle", None, false),
            // An approval received by a date, and the nynorsk participle after its auxiliary, are
            // milestones (not `send` as the English verb, nor answers people got within a time).
            (
                "nb",
                "Klinikken har fått godkjenning fra Mattilsynet for egen isolasjonsstall innen utgangen av Q2",
                None,
                true,
            ),
            ("nn", "Sikre at søknaden om spelemidlar til ny ridebane blir send innan 1. mars", None, true),
            ("en", "New customers send their first invoice sooner after signup", None, false),
            ("nb", "Flere kunder har fått svar innen 24 timer", None, false),
            // A long Norwegian compound names the class in an English title, too (not `Support 30`).
            (
                "en",
                "Obtain central approval for plumbing work in tiltaksklasse 2 before the spring tender round",
                None,
                true,
            ),
            // A state as the end of a compound.
            ("nb", "Nytt ballastvannsystem er klassegodkjent innen 1. oktober", None, true),
            // One company entered in a register is a milestone (members registered are others').
            (
                "nb",
                "Få det nye datterselskapet Vikarhuset Nord AS registrert i Arbeidstilsynets register for bemanningsforetak",
                None,
                true,
            ),
            ("nb", "Få 900 nye medlemmer registrert", None, false),
            // Out in an app store is released (downloads in it are counted).
            ("nn", "Freiste å få den nye panelappen ut i App Store før valet", None, true),
            ("nb", "Flere nedlastinger i App Store", None, false),
            // One approval, whatever it covers; the food inspectors' smiley once; a certification
            // audit passed past the standard's name (food handlers passing an exam are many).
            ("en", "Get the regional health authority's approval for eight extra residential beds", None, true),
            ("nb", "Få smilefjes ved Mattilsynets neste tilsyn av kjøkkenet", None, true),
            ("en", "Workshop passes its ISO 9001 certification audit by end of Q4", None, true),
            ("en", "Food handlers passing the certification exam on first attempt", None, false),
            // One contract renewed is a milestone; renewing the website is a vague improvement.
            ("nb", "Fornye strømavtalen før 1. januar", None, true),
            ("nb", "Fornye nettsiden", None, false),
            // One contract, however long it runs (a dozen partners signed are counted).
            ("en", "Sign a 25-year concession agreement with the new container terminal operator", None, true),
            ("en", "Sign a dozen partners", None, false),
            // One body's decision the team gets, done or not; not people counted approving.
            ("en", "Have the municipality approve our drilling plan for the Fornebu office park", None, true),
            ("nb", "Få kommunen til å vedta reguleringsplanen for boligfeltet", None, true),
            ("en", "Have 20 customers approve the design before the pilot", None, false),
            // A thing replaced or renovated, done or not (not a share of things replaced).
            ("nn", "Ventilasjonsanlegget i klubbhuset er skifta ut innan haustferien", None, true),
            ("en", "The changing rooms are renovated by May", None, true),
            ("nb", "Andelen lyspærer som er byttet ut med LED øker fra 40 % til 80 %", None, false),
            // A new thing, then whom it is for, then its state.
            ("en", "New shift-planning tool for drivers live by 1 March", None, true),
            ("nb", "Nytt bookingsystem for medlemmer i drift innen mars", None, true),
            // A thing inaugurated, done or not; `Opus 112` names the organ.
            ("nb", "Opus 112 i Bodø domkirke er innviet innen 1. september", None, true),
            // A state in a list of examples is a noun; a plural state joined to a standard is still one.
            ("en", "Explore new customer segments such as cruise ships and spas", None, false),
            ("nn", "Bli ISO 14001-sertifiserte for sentrallageret innan Q4", None, true),
            // All three contracts are several, counted.
            ("en", "Renew all three corporate sponsorship agreements before they expire", None, false),
            // A state in a condition is when, not what the team reaches.
            ("en", "Help summer visitors understand when the bridge opens", None, false),
        ];
        for (lang, title, target, binary) in cases {
            let found = findings(lang, title, target);
            assert_eq!(found.contains(&"binary-key-result"), binary, "{lang}: {title}: {found:?}");
            if binary {
                assert!(
                    !found.contains(&"unmeasurable-key-result") && !found.contains(&"key-result-is-task"),
                    "{title}"
                );
            }
        }
    }
}
