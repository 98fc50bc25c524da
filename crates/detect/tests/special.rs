//! Special categories (art. 9/10) end to end through [`detect::Detector`]: synthetic
//! cases written for this test (not taken from the evaluation set), Dutch and English,
//! positive and negative. Each line is `categories | text`; `-` means no category.

use detect::{Detector, SpecialCategory};

const CASES: &str = r#"
health | Mijn collega Femke is sinds dinsdag ziek thuis met een griep die maar niet overgaat.
health | Kun je een mail sturen aan Sven? Hij heeft zich vanochtend ziek gemeld.
health | Ik ben in verwachting van ons tweede kind en wil mijn werkrooster aanpassen.
health | Onze teamleider Ravi is vorige week geopereerd aan zijn knie en werkt voorlopig thuis.
health | Mevrouw Dekker gebruikt sinds kort antidepressiva en heeft daardoor concentratieproblemen.
health | Notitie: dhr. Yilmaz zit in een rolstoel en kan de trap naar de spreekkamer niet nemen.
health | Mijn buurman is opgenomen in een psychiatrische kliniek na een psychose.
health | Voor de re-integratie van Anouk plannen we een gesprek met de bedrijfsarts.
health | Ik heb sinds mijn jeugd epilepsie, moet ik dat melden bij mijn nieuwe werkgever?
health | Please tell the team that Priya is on maternity leave from next Monday.
health | My manager asked why I was off sick; I have been treated for depression since March.
health | Our caseworker Tom has type 1 diabetes and needs breaks to check his blood sugar.
health | She told me she had a miscarriage last month and would like to work from home.
health | The client, Mr Evans, is deaf and needs a sign language interpreter at the hearing.
health | Write a kind note to Hannah, who is recovering from a burnout.
health,genetic | Uit erfelijkheidsonderzoek bleek dat mijn zus drager is van een BRCA2-mutatie.
genetic | De DNA-test toont aan dat Peter de biologische vader is van het kind.
genetic | Her 23andMe results were shared with HR by Lisa herself.
biometric | De vingerafdruk van medewerker Joris wordt niet meer herkend door de toegangspoort.
biometric | The face template of Ms Okafor did not match at the e-gate (match score 0.31).
biometric | Het stemprofiel van mevrouw Smit wordt gebruikt om haar te herkennen aan de telefoon.
criminal | Mijn buurman is vorig jaar veroordeeld voor inbraak en heeft nu een enkelband.
criminal | Cliënt heeft een taakstraf gekregen en staat onder toezicht van de reclassering.
criminal | Bij de screening van sollicitant Mark bleek zijn VOG afgewezen.
criminal | Our tenant Jack was arrested last night and is being held in custody.
criminal | Jan Pietersen zat twee jaar in de gevangenis voor fraude.
criminal | Ik heb aangifte gedaan tegen mijn ex wegens stalking en bedreiging.
criminal | Daniel was released from prison in May and is on probation.
political | Mijn collega Fatima is lid van de SP en deelt folders uit in de wijk.
political | Wethouder Bos vertelde dat hij al jaren op D66 stemt.
political | My neighbour Gary is a Labour Party member and canvasses every weekend.
political | Collega Ruud loopt elke maand mee in demonstraties tegen de klimaatcrisis.
religion | Mijn medewerkster Samira vraagt om halal eten tijdens de teamlunch.
religion | Zij draagt een hoofddoek en vroeg of dat bij de balie mag.
religion | Collega Daniël gaat elke zondag naar de kerk en wil geen diensten op zondag.
religion | Mr Cohen asked for a kosher meal at the conference dinner.
religion | Imran fasts during Ramadan, so please schedule the meeting before sunset.
religion | Meneer Hendriks is Jehova's getuige en weigert een bloedtransfusie.
trade_union | Mijn collega Bert is lid van de FNV en wil een vakbondsadviseur meenemen.
trade_union | Kees is kaderlid van CNV Overheid en vraagt vakbondsverlof aan.
trade_union | Our officer Sarah is the Unison shop steward for the depot.
trade_union | Employee Ahmed joined the union last month and asked for representation.
ethnicity | De klager, mevrouw Amrani, is van Marokkaanse afkomst en voelt zich gediscrimineerd.
ethnicity | Collega Dewi vertelde dat haar familie een Molukse achtergrond heeft.
ethnicity | Mr Singh says he was treated differently because of his Indian heritage.
sexual | Mijn collega Eva vertelde dat ze lesbisch is.
sexual | Rob is onlangs uit de kast gekomen als homoseksueel.
sexual | Mevrouw Janssen vertelde dat zij met een vrouw getrouwd is.
sexual | Our receptionist Paul told me he is bisexual.
sexual | Ms Green mentioned that her wife will collect the documents.
health,criminal | Overdracht: cliënt Ricardo heeft schizofrenie en komt volgende week vrij uit de gevangenis.
- | Wat zijn de eerste symptomen van diabetes type 2?
- | Welke medicijnen helpen tegen migraine?
- | Hoe lang duurt een gemiddelde burn-out?
- | Geef een overzicht van de geschiedenis van de vakbeweging in Nederland.
- | Mag een werkgever vragen naar een zwangerschap tijdens een sollicitatiegesprek?
- | Stel: een medewerker heeft MS en wil minder uren werken. Wat zijn de regels?
- | Stel dat een collega lid is van de PVV, mag ik daar iets van zeggen?
- | Casus voor een training: een inwoner heeft een strafblad. Mag dat in het dossier?
- | Suppose an employee tells you they are pregnant. What should a manager do?
- | Imagine a resident asks for halal food at a municipal event. How should we respond?
- | What are the warning signs of psychosis?
- | How does facial recognition work at airport e-gates?
- | Explain the difference between a conviction and a caution in English law.
- | Schrijf een korte uitleg over het suikerfeest voor de nieuwsbrief.
- | Wat is het verschil tussen de FNV en het CNV?
- | Hoe vraag ik een VOG aan voor nieuwe vrijwilligers?
- | Welke regels gelden er voor gezichtsherkenning door de politie?
- | In het algemeen geldt dat een werknemer zijn ziekte niet hoeft te melden aan collega's.
- | Kun je een tekst schrijven over de Marokkaanse keuken voor de wijkkrant?
- | Our municipality wants to improve its outreach to LGBTQ+ residents. Draft a plan.
- | Welke partijen zitten er in de gemeenteraad van Utrecht?
- | Hij heeft geen strafblad en geen schulden.
- | De vergadering vindt plaats in de raadzaal; koffie staat klaar.
- | Jan de Vries werkt sinds 2019 bij team Vergunningen en is verantwoordelijk voor evenementen.
- | Please book a meeting room for Sarah and Tom next Tuesday at 10:00.
- | Het arrest van de Hoge Raad over de toeslagen is gepubliceerd.
- | The password reset link for Mark expired yesterday.
- | Er is een datalek gemeld bij team Belastingen; de meldplicht geldt.
"#;

fn categories(text: &str) -> Vec<SpecialCategory> {
    Detector::new().detect(text).categories()
}

/// Parses `categories | text`; `None` for a malformed line or an unknown category.
fn parse(line: &str) -> Option<(Vec<SpecialCategory>, &str)> {
    let (cats, text) = line.split_once('|')?;
    let mut want = Vec::new();
    for c in cats.split(',').map(str::trim).filter(|c| *c != "-") {
        want.push(SpecialCategory::ALL.into_iter().find(|k| k.as_str() == c)?);
    }
    want.sort();
    Some((want, text.trim()))
}

/// Every synthetic case yields exactly the categories it is labelled with.
#[test]
fn synthetic_cases() {
    let d = Detector::new();
    let mut failures = Vec::new();
    let mut n = 0;
    for line in CASES.lines().filter(|l| !l.trim().is_empty()) {
        let (want, text) = parse(line).unwrap_or_else(|| panic!("malformed case: {line}"));
        let got = d.detect(text).categories();
        n += 1;
        if got != want {
            failures.push(format!("want {want:?} got {got:?}: {text}"));
        }
    }
    assert!(n > 60, "cases were parsed");
    assert!(
        failures.is_empty(),
        "{} of {n} cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Evidence and subject spans point into the text, on char boundaries.
#[test]
fn spans_are_valid() {
    let text = "Cliënt José Müller heeft een enkelband en gebruikt methadon.";
    let f = Detector::new().detect(text);
    assert!(!f.special.is_empty());
    for s in &f.special {
        assert!(text.is_char_boundary(s.evidence.start) && text.is_char_boundary(s.evidence.end));
        assert!(s.evidence.start < s.evidence.end && s.evidence.end <= text.len());
        let subject = s.subject.expect("linked to a person");
        assert!(text.is_char_boundary(subject.start) && subject.end <= text.len());
        assert!((0.0..=1.0).contains(&s.score));
    }
}

/// Special-category detection can be switched off.
#[test]
fn can_be_disabled() {
    let d = Detector::builder()
        .special_categories(false)
        .build()
        .expect("valid");
    assert!(d.detect("Ik ben zwanger.").special.is_empty());
    assert_eq!(categories("Ik ben zwanger."), vec![SpecialCategory::Health]);
}

/// A long text with many evidence terms is scanned without blow-up and gives
/// the same answer as its parts.
#[test]
fn long_text_stays_consistent() {
    let part = "Mijn collega is ziek gemeld. Wat zijn symptomen van griep? ";
    let text = part.repeat(2000);
    let f = Detector::new().detect(&text);
    assert_eq!(f.categories(), vec![SpecialCategory::Health]);
    assert_eq!(f.special.len(), 2000);
}
