//! Special categories (art. 9/10) end to end through [`detect::Detector`]: synthetic
//! cases written for this test (not taken from the evaluation set), Dutch and English,
//! positive and negative. Each line is `categories | text`; `-` means no category and
//! `\n` in a text stands for a line break.

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
political | Vragen van raadslid B. Yilmaz (DENK) over de sluiting van het buurthuis.
- | Dat klopt (denk ik), zei Jan Smit over de planning.
political | Big thanks to Orla Quinn, who knocked on 300 doors for us in the by-election.
- | The nurse knocked on the door of Mr Jones twice before he answered.
trade_union | Aan de ledenadministratie van FNV Metaal,\n\nHierbij zeg ik mijn lidmaatschap op per 1 mei. Mijn lidnummer is 5512093.\n\nGroet, Karin Bos
sexual | Medewerker: Rik Smit\nPartner: Thomas Bakker (echtgenoot, getrouwd op 6 mei)
- | Medewerker: Rik Smit\nPartner: Lotte Bakker (echtgenote, getrouwd op 6 mei)
health | Zorgplan thuiszorg — dhr. Kees Jansen (82)\nZorg: steunkousen aan/uit, wondzorg linker onderbeen.
health | R: I started PrEP last year. My kidney function gets checked every three months.
health | Jamie Fox still has night terrors; the CAMHS referral was accepted.
- | What are the side effects of metformin?
- | Tom Hill does the meal prep on Sundays and keeps his prep notes in a folder.
health | Dear Ms Carter, following your request on the grounds of your multiple sclerosis, the panel agreed.
- | Can an employer refuse leave on the grounds of your religion?
health | Bron- en contactonderzoek\nIndexpatiënt: Noor Visser, positief op kinkhoest (uitslag 3-2)
- | Is kinkhoest gevaarlijk voor volwassenen?
health | Incident kinderopvang: Sem Bakker viel van de klimtoren, lip gehecht bij de huisartsenpost.
health | Sporter: Daan Mol. Keuring: afwijkend ECG, echo toont verdikte hartspier.
genetic | Last spring a genetic counsellor told Ruth Ellis why her father's tremor ran in the family.
sexual | Anxiety since I came out as gay to my parents last year.
religion | Wij feliciteren Hanna en Youssef Amrani met hun nikah op 9 november.
religion | Margaret Doyle has attended the Sunday Mass at St Anne's for forty years.
ethnicity | As a British Nigerian man and the first in my family at university, I know this first-hand.
political | Welkom aan Ruud! Ruud staat op plek 4 van de kandidatenlijst voor de raad.
political | Piet is al jaren actief. 's Avonds deelt hij folders uit voor de PvdA in Ede.
health | Patiënt: Eva Smit\nReden verwijzing: verdenking reumatoïde artritis\nVerwijzer: huisarts
criminal | Jan de Boer is aangehouden op verdenking van diefstal.
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
ethnicity | Onze nieuwe buurman is Marokkaans-Nederlands en helpt mee met de buurtbarbecue.
ethnicity | Call me any evening, I'm British Bangladeshi and happy to take part. Rukhsana Begum
- | Een onderzoek naar Turks-Nederlandse ondernemers in Rotterdam.
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
- | Verslag teamoverleg 12 maart\nAanwezig: Piet de Boer, Anja Smit, Karim El Amrani\n\n1. Ziekteverzuim\nPiet presenteert de cijfers over ziekteverzuim in het eerste kwartaal; het verzuim daalde naar 4,1%.\n2. Ramadan\nAnja stelt voor om tijdens de ramadan rekening te houden met de planning van iftar-bijeenkomsten in de wijk.\n3. Rondvraag\nGeen.
- | Hoi Sanne, kun jij de presentatie over gezichtsherkenning bij de gemeente voorbereiden voor donderdag? Groet, Mark
- | Verzuimprotocol gemeente Ede: de medewerker meldt zich vóór 9.00 uur ziek bij zijn leidinggevende. De leidinggevende neemt binnen een week contact op met de bedrijfsarts.
- | Beste Jeroen, hierbij het concept van de nieuwsbrief. Het artikel over de vakbond en de nieuwe cao staat op pagina 2. Kun jij het nog lezen? Met vriendelijke groet, Fatima Ouali
- | Dear Emma, thanks for organising the workshop on mental health at work. The slides about burnout prevention were very useful. Best, Oliver
- | Ik schrijf een beleidsnotitie over de inzet van biometrische toegangscontrole in het stadhuis. Kun je helpen met de structuur?
- | Ik wil een presentatie maken over de geschiedenis van de islam in Nederland voor groep 8. Geef me vijf dia's.
- | Wethouder Jansen opent het nieuwe gezondheidscentrum. Schrijf een persbericht van 150 woorden.
- | Mijn leidinggevende vraagt me een overzicht te maken van de re-integratieregels uit de Wet verbetering poortwachter.
- | Kun je deze tekst voor de website herschrijven: 'Heeft u een beperking? Dan kunt u een gehandicaptenparkeerkaart aanvragen bij de gemeente.'
- | I need to write a policy on how managers should handle employees who report sick. Can you draft an outline?
- | Samenvatting: de gemeenteraad debatteerde over de demonstratie op het Malieveld; burgemeester Halsema lichtte het besluit toe.
- | Hallo Peter, de politie heeft de demonstratie van zaterdag goed begeleid. Kun je een bedankbrief sturen aan de korpschef? Groet, Els
- | Onze collega Lisa organiseert een voorlichting over diabetes voor inwoners. Maak een uitnodiging.
- | Tom vroeg of de training over huiselijk geweld volgende week doorgaat.
health | Hoi Mark, Sanne is deze week ziek, kun jij haar presentatie overnemen?
religion | Anja vroeg of ze tijdens de ramadan haar pauze kan gebruiken om te bidden.
criminal | Verslag: de heer K. Bakker is door de politie aangehouden op verdenking van heling.
health | Medewerker Joost de Groot (personeelsnummer 44512) volgt een traject bij de bedrijfsarts vanwege zijn rugklachten.
trade_union | Beste Henk, ik ben lid van de FNV en wil graag dat mijn vakbondsconsulent bij het gesprek aanwezig is. Groet, Ayşe
health | hey, kun je een appje opstellen voor lotte? ze ligt sinds zondag in het ziekenhuis met een blindedarmontsteking
health | Graag een reactie op deze mail: 'Geachte heer, mijn man heeft parkinson en kan de trap niet meer op. Wij vragen een traplift aan. Met vriendelijke groet, G. Hermans'
criminal | Notitie huisbezoek 3 mei: dhr. Verbeek vertelde dat zijn zoon in voorlopige hechtenis zit.
religion | Aanvraag bijzonder verlof van Youssef Amrani voor het Offerfeest op 16 juni. Akkoord?
political | The minutes should not mention that councillor Webb is a member of the Green Party. Please rewrite section 3.
sexual | Maak een verslag: mevrouw Kaya gaf aan dat haar vrouw de kinderen ophaalt van school.
ethnicity | In het intakeformulier staat: 'Cliënte is van Eritrese afkomst en spreekt Tigrinya.' Is dat relevant?
biometric | The access log shows that Dev Patel's fingerprint was rejected 4 times at the server room door on Monday.
genetic,health | Pieter heeft me verteld dat uit een genetische test bleek dat hij een verhoogd risico op darmkanker heeft.
trade_union | Graag een uitnodiging voor het gesprek met Marieke Bos; zij wordt bijgestaan door haar vakbondsbestuurder van de FNV.
health | Summarise: Employee: Grace Liu. Absence started 3 June. Reason: long covid. Expected return: unknown.
criminal | Subject: Complaint about neighbour\n\nDear council,\nMy neighbour at number 12, Mr Davies, has been dealing drugs from his house for months. The police have arrested him twice.\nRegards, Karen
health | Ik ben Sophie, 34 jaar, en ik heb sinds twee jaar last van reuma. Kan ik bijzondere bijstand krijgen?
religion | She's Hindu and would prefer a vegetarian meal at the team dinner. Can you tell the caterer?
criminal | vraagje: mijn zwager heeft een enkelband om, mag hij dan wel op vakantie naar belgie?
- | Schrijf een folder over het aanvragen van een traplift bij de Wmo.
- | What is the process for requesting a certificate of good conduct (VOG) for volunteers?
- | Welke rechten heeft een gedetineerde op bezoek in de gevangenis?
- | Geef een lijst van christelijke, islamitische en joodse feestdagen in 2025 voor de roosterplanning.
- | Can you explain how the union negotiates a collective labour agreement?
- | Wat doet een reclasseringswerker precies en hoe word je dat?
- | Maak een quiz over gezonde voeding met tien vragen voor de personeelsdag.
- | Beste collega's, vrijdag is er een borrel ter ere van het pensioen van Henk. Iedereen is welkom! Groet, Marja
- | Hoe ga je als gemeente om met demonstraties bij het stadhuis?
- | Our HR team wants a template letter for employees returning after sick leave. Keep it generic.
- | Welke vaccinaties zijn nodig voor een reis naar Indonesië?
- | Stel je voor dat een inwoner aan de balie vertelt dat hij een strafblad heeft. Hoe reageer je?
- | Een bewoner belde over overlast van een hondenras in de straat. Maak een standaardantwoord.
- | The report by Sarah Jones shows that sickness absence across the council fell by 8% last year.
- | Jan stuurde de notulen van het overleg met de vakbonden over de nieuwe cao door. Kun je ze samenvatten?
- | Als medewerker van de GGD help ik mensen met vragen over vaccinaties. Schrijf een korte bio voor LinkedIn.
- | Can you translate 'Happy Eid to all our colleagues celebrating!' into Dutch?
- | Ik zoek een synoniem voor 'ziekte' in een gedicht.
health | Beste Ilse,\n\nZoals besproken kan Rik de komende maanden niet werken vanwege zijn hernia-operatie. Wil jij zijn dossiers verdelen?\n\nGroet,\nMonique
health | Reminder for the file: Ms. Adebayo has been on long-term sick leave since January; the occupational physician advises a phased return.
criminal | Samenvatting voor het MDO: de jongere (16) is in maart aangehouden voor een straatroof en heeft een Halt-traject afgerond.
political | My colleague Dylan handed out leaflets for the Green Party at the station on Saturday.
religion | Kun je een vrije dag regelen voor Esther? Zij viert Jom Kipoer en gaat naar de synagoge.
trade_union | Notulen: mevrouw El Idrissi wordt bij het gesprek vergezeld door haar vakbondsvertegenwoordiger.
ethnicity | De bewoner vertelde dat hij van Antilliaanse afkomst is en zich gediscrimineerd voelt door de verhuurder.
sexual | In het gesprek gaf dhr. Mulder aan dat hij homo is en dat zijn man ook in de gemeente werkt.
health | ik ben sinds vorige week thuis met corona, kan iemand mijn dienst van zaterdag overnemen?
biometric | Please reset the face template for Nadia Haddad; the gate did not recognise her this morning.
genetic | Uit het DNA-onderzoek blijkt dat de heer Visser niet de biologische vader is.
health | Kun je een brief opstellen voor mijn moeder? Ze heeft dementie en kan haar post niet meer zelf lezen.
criminal | Verslag buurtbemiddeling: buurman Henk is vorig jaar veroordeeld voor bedreiging van de familie De Jong.
health | HR note: James informed us he is undergoing chemotherapy and will work reduced hours.
religion | Aisha wears a headscarf and asked whether that is allowed at the front desk.
- | Maak een samenvatting van de nieuwe Wet zorg en dwang voor medewerkers van de Wmo-afdeling.
- | Welke gegevens heeft de reclassering nodig bij een vroeghulpmelding?
- | Write a short explanation of the Equality Act protected characteristics for new staff.
- | Hoi Jan, de kerk aan het plein wordt volgende week gerestaureerd, kun je de omleiding op de site zetten?
- | Plan een afspraak met Fatima over de begroting voor het project Gezonde Wijk.
- | Peter van der Laan heeft de offerte voor de nieuwe gebedsruimte in het gemeentehuis goedgekeurd.
- | Our team celebrated Diwali with sweets from a local shop; thanks to Priya for organising!
- | Kun je voor Anouk uitzoeken welke subsidies er zijn voor mantelzorgers in Utrecht?
- | Vat dit artikel samen: 'Het aantal meldingen van huiselijk geweld steeg in 2023 met 12 procent, meldt Veilig Thuis.'
- | Please draft a reply to Mr Khan thanking him for his suggestion about the parking permits.
- | Mark heeft de cijfers van het ziekteverzuim per afdeling in een Excel gezet. Kun je er een grafiek van maken?
- | Wat is de rol van de vakbond bij een reorganisatie?
- | Lisa from Legal asked whether the new CCTV system uses facial recognition. Can you draft a short answer?
- | Anna de Vries is de nieuwe teamleider Sociaal Domein en begint op 1 maart.
- | Herschrijf deze vacaturetekst: 'Wij zoeken een jurist strafrecht met ervaring bij het Openbaar Ministerie.'
health | Could you write a short message to Bram? He just got out of hospital after his heart surgery.
criminal | Wil je een brief opstellen voor meneer Dijkstra? Hij zit een taakstraf uit en kan daarom niet op dinsdag komen.
health | kan iemand voor mij de vergadering van morgen overnemen? ik ben ziek geworden
religion | Our new colleague Rachel keeps Shabbat, so she cannot work on Friday evenings.
political | Klacht: ambtenaar X. de Boer zou tijdens werktijd campagne voeren voor de PVV.
health | Verslag keukentafelgesprek: mevrouw Pinas (82) is slecht ter been en heeft beginnende dementie. Zij wil graag thuis blijven wonen.
trade_union | For the disciplinary hearing, Tom will be accompanied by his Unite rep.
criminal,health | Overdracht wijkteam: de vader van Noah zit in detentie; moeder heeft een depressie en krijgt hulp van de GGZ.
- | Can you explain to me how the Dutch sick leave system works for employers?
- | Kun je uitleggen wat een psychose is en hoe je die herkent?
- | Kun je me helpen een voorlichtingstekst te schrijven over zwangerschap en werk?
- | Would you summarise the main religions in the Netherlands for a diversity workshop?
- | Ik ben beleidsmedewerker en werk aan een notitie over de aanpak van drugsoverlast in de binnenstad.
- | We zijn als team aan het nadenken over hoe we met ramadan omgaan bij de roosters. Heb je tips?
- | Ik wil een workshop organiseren over omgaan met agressie aan de balie. Maak een programma.
- | Hoe kan ik als leidinggevende het gesprek aangaan met een medewerker die vaak ziek is?
- | Write an email inviting colleagues to the Pride flag raising at city hall on Friday.
- | Mijn collega en ik schrijven een rapport over ziekteverzuim in de zorg. Kun je de inleiding verbeteren?
- | Gemeld door: Gerrit Boersma\nWaargenomen: verdachte verbindingen vanaf 192.0.2.1 naar de VPN-gateway.
- | Jan de Vries meldt: het voorstel wordt aangehouden tot de volgende vergadering.
criminal | Jan de Vries is gisteren aangehouden door de politie.
- | Ticket 4411 (Sanne Bakker): suspected phishing mail received, link not clicked.
health | Case summary\nClient: Mrs. P. Okonkwo\nDate: 4 March 2025\n\nThe client reports ongoing panic attacks since her divorce and is on a waiting list for therapy.
criminal | Hi team, FYI: our intern Lucas was cautioned by police last weekend for possession of cannabis. HR is aware.
political | Can you rewrite this bio? 'Marieke (42) is gemeenteraadslid voor GroenLinks in Zwolle en werkt als docent.'
religion | Notitie intake: gezin bezoekt wekelijks de Turkse moskee aan de Kanaalstraat; vader is imam.
health | Graag een verlofaanvraag opstellen: ik moet op 12 mei naar het ziekenhuis voor een MRI-scan.
sexual | Kun je dit herschrijven: 'Mijn collega Tim is transgender en wil voortaan met Tess worden aangesproken.'
ethnicity | Complaint: Mr Osei says staff mocked his Ghanaian roots during the appointment.
health | Aan: team HR\nBetreft: medewerker R. Kok\nDhr. Kok heeft een whiplash opgelopen bij een aanrijding en is voorlopig arbeidsongeschikt.
- | Schrijf een stuk voor intranet over de nieuwe regeling voor mantelzorgverlof.
- | Maak een lijst met tips om een burn-out te voorkomen bij medewerkers.
- | Our CEO Jane Smith will open the conference on public health innovation next week.
- | Vertaal naar het Engels: 'De GGD adviseert inwoners zich te laten vaccineren tegen griep.'
- | Koen van den Berg (Team Veiligheid) stuurt de nieuwe cijfers over woninginbraken in Noord.
- | The police station on Main Street will be closed on Monday; please inform visitors.
- | Ik heb een vraag over de subsidieregeling voor kerkgebouwen: wie kan die aanvragen?
- | Sophie vroeg of de training 'Omgaan met verward gedrag' ook online kan.
- | Zij werkt als verpleegkundige in het ziekenhuis.
sexual | Mijn collega Sam is non-binair en gebruikt die/hen.
health | ze ligt sinds zondag in het ziekenhuis
- | My sister works at the hospital in Leiden as a nurse.
- | Als ik zwanger word, mag mijn werkgever dan mijn contract niet verlengen?
- | If I get a criminal record, can I still work for the council?
health | Mijn collega is zwanger. Als ik haar werk overneem, wie doet dan het mijne?
political | Raadslid Yvonne heeft mij gevraagd of ik wil helpen met haar campagne voor de SP.
- | Oefenvraag: een cliënt vertelt dat hij verslaafd is aan gokken. Wat doe je?
health | Beste Karin, Joost belde net: hij heeft nierstenen en ligt tot vrijdag in het Maasstad. Kun jij zijn afspraken afzeggen?
criminal | Let op bij het huisbezoek: de zoon van mevrouw Bulut is bekend bij de politie vanwege geweld en mag niet in de woning komen.
religion | Sander wil geen dienst draaien op zondag omdat hij dan naar de kerkdienst gaat. Kunnen we het rooster aanpassen?
political | Please remove the line 'Ahmed is a well-known SP activist' from the minutes before we publish them.
health | Write a message to our volunteer coordinator: Emily can't come on Saturday because her chemo was moved.
ethnicity | De melder, mevrouw Wijngaarde, geeft aan dat zij als Creoolse vrouw anders wordt behandeld door de woningcorporatie.
trade_union | Meneer Bakker laat weten dat hij zich door zijn bond laat bijstaan in de bezwaarprocedure.
health | Dossier: client (m, 54) gebruikt dagelijks oxazepam en drinkt overmatig alcohol.
biometric | Het systeem heeft de stem van meneer Hendriks niet herkend bij het inbellen; zijn stemprofiel moet opnieuw worden aangemaakt.
- | Schrijf een nieuwsbericht over de opening van het nieuwe hospice in Apeldoorn door burgemeester Heerts.
- | Wat moet er in een privacyverklaring staan als we gezondheidsgegevens verwerken?
- | Dear Tom, attached is the agenda for Thursday's meeting with the police and the probation service about the new youth strategy.
- | Kun je een korte toespraak schrijven voor de herdenking van 4 mei in de Grote Kerk?
- | Maak een overzicht van de feestdagen waarop medewerkers bijzonder verlof kunnen aanvragen.
- | Marieke en ik organiseren een bijeenkomst over inclusie en diversiteit voor alle medewerkers.
- | The council voted 23-14 in favour of the new housing plan; Labour and the Greens voted against.
- | Hoi Pieter, de fietsendiefstal bij het station is opgelost: de camerabeelden zijn aan de politie gegeven.
- | Geef me tien interviewvragen voor een sollicitant voor de functie van jeugdconsulent.
- | Is het verplicht om een VOG te vragen bij vrijwilligers die met kinderen werken?
health | Graag een reactie op: 'Ik heb sinds de geboorte van mijn zoon last van een postnatale depressie en wil tijdelijk minder uren werken.'
criminal | Overdracht: meneer Tahiri heeft een meldplicht bij de politie en mag niet in de buurt van zijn ex-vrouw komen.
religion | Mevrouw Cohen vraagt of de hoorzitting niet op zaterdag kan, in verband met de sjabbat.
health | hi, kun je een appje maken voor de groep dat sanne vandaag niet komt, ze heeft migraine
political | Summarise: the complainant, Mr Reid, says he was refused service because he wore a Reform UK badge and campaigns for them.
trade_union | In de notulen staat dat Joyce namens de AbvaKabo het woord voerde; zij is daar kaderlid.
genetic,health | Onze medewerker Fleur heeft de uitslag van haar erfelijkheidsonderzoek gedeeld: zij heeft het Lynch-syndroom.
health | Verzuimgesprek 3 juni met Dirk (team Wegen): rugklachten, mag van de fysio nog niet tillen.
criminal | Can you help me write to the school? My son was excluded after being caught with a knife and the police are involved.
sexual | Notitie: cliënt vertelt dat hij sinds kort een relatie heeft met een man en dat zijn familie dat niet accepteert.
- | Kun je een samenvatting maken van het rapport 'Gezondheid in de Regio 2024' van de GGD?
- | Ik wil weten hoe de gemeente omgaat met meldingen van discriminatie op grond van godsdienst.
- | Please proofread: 'Our team supports residents with disabilities to find suitable housing.'
- | Geef vijf ideeën voor een teamuitje dat ook leuk is voor collega's die geen alcohol drinken.
- | Emma Jansen is benoemd tot directeur van de stichting Dierenambulance Utrecht.
- | What is the legal basis for processing criminal records data under the Dutch GDPR implementation act?
- | Hoeveel mensen zitten er gemiddeld in een Nederlandse gevangenis?
- | Tom vroeg of we in de kantine ook halal en vegetarische opties kunnen aanbieden bij de lunch.
- | De FNV heeft een staking aangekondigd bij het streekvervoer; houd rekening met vertraging.
- | Maak een checklist voor het veilig bewaren van medische dossiers in het archief.
health | Van: Henk Vos\nAan: Team Burgerzaken\nOnderwerp: afwezigheid\n\nHoi allemaal,\n\nIk ben de komende twee weken afwezig; ik word geopereerd aan mijn schouder. Voor vragen kun je bij Mirjam terecht.\n\nGroet,\nHenk
criminal,health | Verslag MDO 14-02\nAanwezig: wijkagent, jeugdarts, leerplicht\n\nCasus J. (15 jaar): J. is in januari aangehouden voor winkeldiefstal. Moeder geeft aan dat J. ADHD heeft en zijn medicatie niet neemt.
religion | Kun je deze klacht samenvatten? 'Ik ben als Sikh geweigerd bij de ingang van het zwembad omdat ik een tulband draag.'
political | HR asked whether it is a problem that our receptionist Mia stood as a candidate for the Party for the Animals in the local elections.
health | Meneer Smit (BSN 123456782) belt: zijn vrouw is vorige week overleden aan kanker en hij wil de toeslagen stopzetten.
trade_union | Notulen OR 3 maart: de OR-voorzitter meldt dat Kees, die ook FNV-bestuurder is, namens de bond meepraat over de reorganisatie.
health | Medewerkster Anja (team Financien) is sinds 1 april met verlof na de geboorte van haar tweeling.
- | Notulen OR 3 maart: de OR bespreekt het verzuimbeleid en de nieuwe regeling voor thuiswerken.
- | Hoi Sara, kun je de zaal in de Moskee Al-Fath reserveren voor de wijkbijeenkomst van donderdag?
- | Summarise the key points of the WHO guidance on antibiotic resistance for a general audience.
- | Ik werk bij de reclassering en zoek een goede opening voor een presentatie over ons werk.
- | Wat zijn de verschillen tussen katholieken en protestanten? Leg het uit voor een kind van 10.
- | Can you create a rota template that accounts for staff holidays, including Eid and Christmas?
- | Een moeder met een depressie kan hulp krijgen via de huisarts.
health | Kunt u de aanvraag van mevrouw De Groot versneld behandelen? Zij is terminaal ziek en wil thuis sterven.
criminal | Summarise this: 'Applicant disclosed a 2019 conviction for drink-driving; DBS check shows no further offences.'
religion | Our colleague Sami converted to Christianity last year and asked not to be scheduled on Sunday mornings.
health | Opa Willem (89) woont nog zelfstandig maar wordt steeds vergeetachtiger; de huisarts vermoedt alzheimer.
ethnicity | In het gespreksverslag staat: 'Betrokkene heeft een Surinaams-Javaanse achtergrond en spreekt thuis Javaans.'
biometric | Jansen's badge was blocked after his fingerprint scan failed five times at the data centre entrance.
criminal | Mail aan woningcorporatie: huurder Van Dam is veroordeeld voor het telen van hennep in de woning.
health | Tell the team that I will be out next week for my knee replacement surgery.
political | Klacht over handhaver: hij zou een bewoner hebben uitgescholden omdat die een PVV-sticker op zijn auto had en op die partij stemt.
- | Maak een tekst voor de gemeentegids over het Centrum voor Jeugd en Gezin.
- | Mag een werkgever een medewerker verplichten een vaccinatie te nemen?
- | Please draft a LinkedIn post congratulating Dr Anna Visser on her appointment as head of the cardiology department.
- | Welke regels gelden voor het plaatsen van camera's met gezichtsherkenning in winkels?
- | Wim heeft de notulen van de vergadering over het nieuwe verslavingsbeleid rondgestuurd.
- | Schrijf een gedicht over de herfst voor in de nieuwsbrief van de kerk.
- | Can you check this sentence: 'The suspect fled the scene before police arrived.' Is the grammar correct?
- | Hoe kan Marloes als nieuwe teamleider het ziekteverzuim in haar team omlaag krijgen?
- | Can you help Ahmed prepare a presentation on diabetes prevention for the health committee?
- | Peter vraagt welke religieuze feestdagen we in de jaarplanning moeten opnemen.
- | Lotte en Bram schrijven een onderzoeksvoorstel over radicalisering onder jongeren in Rotterdam-Zuid.
- | Mevrouw Kramer van de GGD geeft donderdag een lezing over depressie bij ouderen.
- | Stuur Jeroen de link naar de e-learning over de Wet verplichte ggz.
- | Sarah from Legal asked if we need a DPIA for the new fingerprint time clocks.
- | Noor wil weten of de gemeente subsidie geeft aan moskeeën en kerken voor verduurzaming.
health | Noor laat weten dat ze door haar zwangerschap voorlopig geen avonddiensten kan draaien.
criminal | Jeroen vertelde me in vertrouwen dat zijn broer vastzit in de gevangenis in Spanje.
health | Herschrijf deze brief in B1-taal:\n\nGeachte heer Yilmaz,\n\nU heeft een maatwerkvoorziening aangevraagd vanwege uw MS. Na het keukentafelgesprek kennen wij u een scootmobiel toe.\n\nMet vriendelijke groet,\nTeam Wmo
criminal | Subject: Tenancy – Flat 4B\n\nDear Ms Clarke,\n\nWe have been informed that your son was arrested at the property on 3 May in connection with drug supply. Please contact us.\n\nHousing Services
health | Graag een korte samenvatting: 'Cliënt (v, 34) is bekend met een borderline persoonlijkheidsstoornis en heeft een ambulante behandelaar bij Parnassia.'
trade_union | Draft minutes: Item 4 – Grievance of J. Patel. Ms Patel attended with her GMB representative, Mr Clarke.
ethnicity,religion | Klachtsamenvatting: klager, de heer Haddou, stelt dat hij vanwege zijn Marokkaanse afkomst en omdat hij moslim is anders is behandeld.
sexual | Chat: 'hoi, ik ben Daan, ik ben bi en mijn vriend en ik willen samen een woning zoeken, kunnen we ons samen inschrijven?'
- | Subject: Staff survey results\n\nDear all,\n\n14% of respondents reported work-related stress and 6% reported a disability. Thanks to everyone who took part.\n\nJane Smith, HR
- | Geachte heer Pinas,\n\nHierbij ontvangt u de bevestiging van uw afspraak bij het Klant Contact Centrum op 12 maart om 10.00 uur.\n\nMet vriendelijke groet,\nGemeente Almere
- | Kun je dit vertalen naar het Arabisch: 'De moskee aan de Dorpsstraat is op vrijdag gesloten wegens onderhoud.'
- | Can you suggest a name for our staff network for employees with a migration background?
health | Aan de balie vertelde mevrouw Ramdin dat haar man sinds zijn beroerte halfzijdig verlamd is en niet meer kan autorijden.
criminal | Please anonymise: 'On 2 June Mr Kowalski received a fixed penalty and a community order for criminal damage to the bus shelter.'
health | Mijn zoontje van 6 heeft een ernstige notenallergie; kan de BSO daar rekening mee houden?
religion | Collega Yusuf vroeg of hij op vrijdag tussen 13 en 14 uur naar het vrijdaggebed mag.
genetic | Voor de adoptieprocedure heeft meneer Li een DNA-profiel laten opstellen; de uitslag is bij het dossier gevoegd.
ethnicity | Een bewoner meldt dat de buurvrouw, een Roma-vrouw, door de buren wordt uitgescholden.
health | Summarise: employee no. 44120 has been diagnosed with long COVID and is working 50% on medical advice.
- | Welke allergenen moeten we vermelden op het menu van de personeelskantine?
- | Jasper heeft de begroting voor het nieuwe gezondheidscentrum en de huisartsenpost klaar.
- | Please write a welcome message for the new members of the Diversity & Inclusion working group.
- | Kun je een routebeschrijving maken van het station naar de synagoge voor de bezoekers van de open dag?
- | Ik zoek cijfers over het aantal mensen met diabetes in onze gemeente voor een beleidsnotitie.
health | Kun je een bedankkaartje schrijven aan de collega's van Ingrid? Zij hebben haar zo gesteund tijdens haar borstkankerbehandeling.
criminal | Intake schuldhulp: dhr. Boukhari heeft een CJIB-boete openstaan en heeft een werkstraf van 80 uur opgelegd gekregen.
sexual | Verslag: de jongere (17) heeft verteld dat zij op meisjes valt en thuis niet veilig is.
religion | Mijn buurvrouw is Jehovah's getuige en komt elke week langs om te evangeliseren; kan ik daar iets tegen doen?
health | Can you draft an out-of-office for me? I'm on medical leave until 1 June after a miscarriage.
- | Hoe schrijf ik een goede inleiding voor een rapport over eenzaamheid onder ouderen?
- | Stuur Lisa een herinnering dat de cursus EHBO volgende week dinsdag begint.
- | The vicar of St John's will lead the remembrance service at the war memorial on Sunday.
- | Maak een persbericht: wethouder Van Dijk opent het nieuwe politiebureau in Zuid.
health | Mijn collega Joost heeft zijn meniscus gescheurd bij het voetballen en loopt op krukken.
health | Priscilla heeft een meniscusscheur en wordt volgende maand geopereerd.
health | Hanneke heeft een hernia en kan niet lang zitten.
health | Mijn buurman heeft whiplash overgehouden aan het ongeluk.
health | Collega Wendy zit thuis met een burn-out.
health | De uitslag van de biopsie bij mevrouw Kok was goedaardig.
health | Bij meneer Ouali bleek de tumor kwaadaardig te zijn.
health | The biopsy came back benign, Kevin told me this morning.
health | Tests showed that Mr Patel's lump was malignant.
health | Dhr. Verbeek krijgt fysio voor zijn schouder.
health | Onze medewerker Ilse gaat twee keer per week naar de fysio.
health | Anton is begonnen aan zijn derde chemokuur.
health | Mevrouw Bakker revalideert na haar heupoperatie in De Hoogstraat.
health | Mijn zoon Thijs is in behandeling bij de GGZ.
health | Cliënt Ramon woont in een ggz-instelling in Amersfoort.
health | Mevrouw El Idrissi krijgt sinds januari thuiszorg.
health | Onze cliënt gaat drie dagen per week naar de dagbesteding.
health | Voor haar moeder is een Wlz-indicatie aangevraagd.
health | Marloes heeft ziekteverlof tot eind maart.
health | Sander is arbeidsongeschikt verklaard door de bedrijfsarts.
health | Mijn collega Noor heeft morgen een afspraak bij de bedrijfsarts.
health | Jamal has been on sick leave since the accident.
health | Can you cover for Emma? She's off sick today.
health | Zij is twaalf weken zwanger van haar eerste kind.
health | Mijn vrouw en ik zitten in een ivf-traject.
health | My colleague Sophie is going through IVF and needs flexible hours.
health | Hij is verslaafd aan gokken en heeft schulden.
health | Pien zegt dat ze een uitkering krijgt vanwege haar MS.
health | Ruud heeft last van paniekaanvallen sinds de overval.
health | Mijn dochter heeft de diagnose ADHD gekregen.
health | Mevrouw Jansen heeft diabetes type 2 en retinopathie.
health | Patient Mr Osei has diabetic retinopathy.
health | Henk heeft een gescheurde kruisband.
health | Carla heeft een gebroken teen en werkt thuis.
health | Mijn vader heeft een hartstilstand gehad.
health | Our intern Lucas tore his ACL during the match.
health | Tom has tendinitis in his wrist and can't type.
health | Mijn collega heeft een zware hersenschudding opgelopen.
health | Petra heeft long covid en werkt halve dagen.
health | De heer Bos heeft een verslavingsachtergrond en is nu clean.
health | Bij Jeroen speelt zijn verslavingsproblematiek weer op.
health | Mijn broer is alcoholverslaafd.
health | Fleur is opgenomen in een afkickkliniek.
health | My brother is in rehab for alcohol.
health | Karin struggles with her mental health and takes antidepressants.
health | Onze stagiaire heeft een eetstoornis.
health | Meneer De Vries heeft een indicatie voor beschermd wonen.
health | Mijn moeder woont sinds kort in een verpleeghuis vanwege haar dementie.
health | Cliënt heeft een WIA-uitkering en werkt 10 uur.
health | Medewerker Kim is ziek uit de running na een valpartij.
health | He was signed off work with stress.
health | Zij heeft een auto-immuunziekte.
health | Sarah had a C-section last week.
health | Mijn collega Lisa is met zwangerschapsverlof.
health | Jeroen heeft een hartoperatie gehad.
health | Onze buurvrouw is kort geleden bevallen van een dochter.
health | Hij heeft prostaatkanker.
health | Ze heeft een ziekenhuisopname gehad na een overdosis.
health | My neighbour Jim had a stroke last year.
health | Mevrouw Visser is slechtziend en heeft een voorleesapparaat.
health | De uitslag van het bloedonderzoek van Eva was afwijkend.
health | Dennis heeft een klaplong gehad.
health | Kees heeft een ontstoken blindedarm gehad.
health | Wesley heeft een gescheurde achillespees.
health | Mijn collega heeft een burnout en zit al drie maanden thuis.
- | Wat is het verschil tussen een goedaardige en een kwaadaardige tumor?
- | Hoe lang duurt herstel na een meniscusoperatie gemiddeld?
- | Welke rechten heeft een werknemer bij ziekteverlof?
- | Wat doet een bedrijfsarts precies?
- | Hoe vraag je een Wlz-indicatie aan?
- | What is the difference between benign and malignant tumours?
- | How long is statutory sick leave in the Netherlands?
- | Geef tips voor een goede dagbesteding voor ouderen.
- | Wat kost fysiotherapie zonder aanvullende verzekering?
- | Onze ggz-instelling zoekt een nieuwe psychiater.
- | De thuiszorgorganisatie heeft een nieuwe directeur.
- | Maak een folder over de risico's van gokverslaving voor jongeren.
- | Our hospital's physiotherapy department moves to building C.
- | The software uses a benign default configuration.
- | Zij werkt al tien jaar in de thuiszorg.
- | Mijn buurvrouw werkt bij een ggz-instelling als psychiater.
- | Iemand heeft mijn fiets gestolen bij het station.
- | Someone stole my bike last night.
- | My manager Tom is moving to a new role; his transition starts in May.
- | De aanvraag van meneer Jansen krijgt een snelle behandeling.
- | Petar asked for the Nessus scan results for his laptop.
- | Wethouder Groen opent morgen de nieuwe bibliotheek.
- | Councillor Green will open the new library.
- | Jan heeft een boete gekregen voor fout parkeren.
- | De e-mail van Sanne bleek kwaadaardige code te bevatten.
- | The injured party, Mr Smith, filed a claim for damages.
- | Hanna gaf de training over verzuim en arbeidsongeschiktheid.
- | Deze plant is inheems in Nederland, vertelde Joop.
ethnicity | Mijn collega Dewi is half Javaans-Surinaams.
ethnicity | Meneer Ramdin is Hindoestaans en woont in Den Haag.
ethnicity | Cliënte is Creools-Surinaams van afkomst.
ethnicity | Mevrouw Latuhihin komt uit een Molukse familie.
ethnicity | Zij is Amazigh en spreekt Tarifit met haar moeder.
ethnicity | Onze buurman Rezan is Koerdisch.
ethnicity | De familie Hamidi is Hazara en vluchtte uit Afghanistan.
ethnicity | Cliënt behoort tot de Bantoe-gemeenschap.
ethnicity | Mijn collega Abdi is Oromo.
ethnicity | My colleague Priya is Tamil and fled Sri Lanka as a child.
ethnicity | Our client Mr Amani is of Hazara descent.
ethnicity | Ms Pinas is half Surinamese-Javanese.
ethnicity | Her grandmother Aylin is of Turkish heritage.
ethnicity | Kofi is Akan and grew up in Kumasi.
ethnicity | Jan is van Turkse afkomst.
ethnicity | Ahmed heeft Marokkaanse roots.
ethnicity | Mevrouw Tahiri is Berbers.
ethnicity | My neighbour is a Romani woman.
ethnicity | Mijn collega is half Marokkaans.
ethnicity | Our client is half Moroccan, half Dutch.
- | Mijn collega Anouk is Pools en woont sinds 2010 in Nederland.
- | Our client Mr Silva is Portuguese and needs a translated letter.
- | Meneer Demir heeft de Turkse nationaliteit.
- | Schrijf een stuk over de geschiedenis van de Molukse gemeenschap in Nederland.
- | Wat is het verschil tussen Hindoestanen en Creolen in Suriname?
- | Kun je een recept geven voor Javaanse saté?
- | De Koerdische vereniging organiseert een festival.
- | The Kurdish language has several dialects.
criminal | Mijn buurjongen is gisteren opgepakt voor inbraak.
criminal | Dhr. Pinas heeft een strafbeschikking gekregen voor rijden onder invloed.
criminal | Kevin smashed a window at the station and was arrested.
criminal | My neighbour Dave stole a bike from the shed.
criminal | Our tenant was caught shoplifting at Tesco.
criminal | Mr Clarke assaulted a bouncer outside the club.
criminal | Sophie was charged with criminal damage.
criminal | He received a police caution for possession.
criminal | Daan heeft een ruit ingegooid bij de buren en is meegenomen naar het bureau.
criminal | Onze huurder heeft een fiets gestolen.
criminal | Mijn ex heeft me mishandeld, ik heb aangifte gedaan.
criminal | Jongere heeft een taakstraf van 40 uur.
criminal | Cliënt zit vast in PI Vught.
criminal | Hij heeft een dagvaarding gekregen voor bedreiging.
criminal | Meneer Koç moet voorkomen wegens oplichting.
criminal | Lisa heeft een boete gekregen van de rechter voor mishandeling.
criminal | Marco heeft een contactverbod opgelegd gekregen.
criminal | Onze medewerker is betrapt op het stelen van geld uit de kas.
criminal | Zijn zoon heeft iemand in elkaar geslagen en wordt vervolgd.
criminal | Peter was fined by the court for drink-driving.
criminal | Our client Ryan is awaiting trial for burglary.
criminal | Rick heeft een Halt-straf gekregen voor vandalisme.
criminal | Mijn collega is veroordeeld tot een werkstraf.
criminal | Our employee was given a conditional discharge for theft.
- | Wat is het verschil tussen een taakstraf en een werkstraf?
- | Hoe doe ik aangifte van fietsdiefstal?
- | What happens after someone is arrested in the UK?
- | De politie heeft gisteren drie mensen aangehouden bij de rellen.
- | The window was smashed during the storm.
- | Er is een fiets gestolen bij het station.
political | Mijn collega Bas is raadslid namens GroenLinks-PvdA.
political | Ioana was elected to the Amsterdam council for D66 last year.
political | Mevrouw Yildiz zit in de fractie van de SP.
political | Mijn buurvrouw is lid van de VVD.
political | Joris is actief lid van JA21 in Breda.
political | Our colleague Martin is a Green Party councillor.
political | Frank stemt altijd BBB.
political | Mijn vader is lid van de PVV.
political | Anna is a member of Volt.
political | Mijn oom is fractievoorzitter van het CDA in Zwolle.
- | Welke partijen zitten in de Tweede Kamer?
- | De fractie van de SP diende een motie in.
- | Wat vindt D66 van kernenergie?
trade_union | Mijn collega Hans is lid van de FNV.
trade_union | Mevrouw Smits is kaderlid van het CNV.
trade_union | Our employee Gert is a member of the VCP.
trade_union | De heer Bakker is lid van de AVV.
trade_union | Petra is lid van de vakbond.
trade_union | Onze medewerker is lid van de NU'91.
trade_union | Kim is lid van de Marechausseevereniging.
- | De FNV roept op tot een staking in het streekvervoer.
- | Wat doet een vakbond eigenlijk?
religion | Onze stagiaire Fatima doet mee aan de ramadan.
religion | Mijn collega vast tijdens de ramadan.
religion | Meneer Levi draagt een keppel op het werk.
religion | Mevrouw Aydın draagt een hoofddoek.
religion | Onze collega Ruth is erg kerkelijk.
religion | Mijn buurman gaat elke vrijdag naar de moskee.
religion | Hij bidt vijf keer per dag in de gebedsruimte.
religion | Jonas gaat elke zaterdag naar de synagoge.
religion | Our colleague Ali prays in the prayer room at lunchtime.
- | Waar is de dichtstbijzijnde moskee in Utrecht?
- | Heeft het gemeentehuis een gebedsruimte?
- | Wanneer begint de ramadan dit jaar?
sexual | Mijn collega Thomas is homo.
sexual | Sanne is lesbisch en woont samen met haar vriendin.
sexual | Onze medewerker Robin is bi.
sexual | Mijn dochter is trans en heet nu Noa.
sexual | Alex is non-binair en gebruikt die/hun.
sexual | Kees vertelde over zijn coming-out op het werk.
sexual | Luuk heeft twee moeders.
sexual | Our client's son has two mothers.
sexual | My colleague Jamie is trans.
- | Wat betekent non-binair?
- | Hoe organiseer je een Pride-borrel op het werk?
- | De trans-Siberische spoorlijn is lang.
health,genetic | Mijn zus Ilse is drager van het CF-gen.
genetic | Eleni sent us her 23andMe ancestry results for the file.
health | Meneer Otten heeft diabetische retinopathie en ziet slecht.
health | Patient Mr Osei has peripheral neuropathy in both feet.
health | Haar moeder heeft een alcoholverslaving en zit in een afkickcentrum.
health | Mijn broer heeft een verslavingsprobleem.
health | Our client Rita has had long covid since 2022.
health | Collega Marieke heeft een knieblessure en is geblesseerd tot de zomer.
health | The biopsy results of Mr Dunn are expected on Friday.
health | De uitslag van de punctie bij mevrouw Haddou liet een goedaardige cyste zien.
health | Mijn vader heeft een hartstilstand gehad.
health | Our colleague Raj suffered a cardiac arrest at the gym.
health | Thuiszorg voor mevrouw Pauw is toegekend: ze krijgt drie keer per week wijkverpleging.
health | Mijn oma krijgt persoonlijke verzorging en gaat twee dagen naar de dagbesteding.
health | Onze cliënt heeft een CIZ-indicatie voor de Wlz.
health | My dad receives home care twice a day.
health | Mia took two sick days last week and is now off work with a migraine.
health | Onze collega Danny heeft een tennisarm en typt met één hand.
health | Jasper heeft sinds de val last van ischias.
health | De vrouw van Koen is bevallen met een keizersnede.
health | Onze stagiair Ravi heeft een hamstringblessure opgelopen.
health | My sister Zoë is pregnant with twins.
health | Mijn collega Sarah is onder behandeling bij een vruchtbaarheidskliniek.
health | Onze collega Bart had een zenuwinzinking en zit thuis.
health | Meneer Kuipers is sinds maart volledig arbeidsongeschikt.
health | Kun je een e-mail schrijven aan Yvonne? Ze heeft morgen een gesprek bij de bedrijfsarts.
biometric | Het gezichtsprofiel van medewerker Ayla moet opnieuw worden ingelezen.
trade_union | Mijn collega Ron is aangesloten bij de AVV.
trade_union | Our nurse Jane was represented by Unison at the hearing.
political | Mijn schoonzus zit namens de SP in de gemeenteraad; ze zit in de gemeenteraad voor de SP.
political | Our neighbour Alan is a UKIP councillor.
political | Mijn collega is raadslid D66 in Leiden.
religion | Onze collega Yusuf doet mee aan de ramadan.
religion | Meneer Blum draagt een keppeltje op kantoor.
religion | Mijn collega Priya bidt tussen de middag in de gebedsruimte.
religion | My colleague Amina started wearing a hijab last month.
religion | Mijn schoonvader is erg kerkelijk.
religion | Our tenant Mark converted to Islam last year.
sexual | Onze medewerker Sam identificeert zich als non-binair.
sexual | My colleague Alex uses they/them pronouns.
sexual | Mijn zoon is trans en wil dat we hem Lucas noemen.
sexual | Our client Chris talked about his coming out at school.
ethnicity | Mevrouw Kartosen komt uit een Javaans-Surinaamse familie.
ethnicity | Our client Mr Mohamud is of Oromo descent.
ethnicity | Cliënt is Hindoestaans van afkomst.
ethnicity | Mijn buurvrouw behoort tot de Kaapverdiaanse gemeenschap in Rotterdam.
criminal | Mijn neef heeft geld gestolen uit de kassa van zijn werkgever.
criminal | Onze huurder is aangeklaagd wegens oplichting.
criminal | Rik werd door de agenten meegenomen naar het bureau.
criminal | Meneer Aydin heeft een gebiedsverbod opgelegd gekregen.
criminal | Mr Lee was arrested for drink-driving and charged over the crash.
criminal | Our employee Dean stole cash from the till.
criminal | Mijn ex heeft me bedreigd; de politie heeft hem gedagvaard.
- | Account disabled by the on-call engineer (Vlad) after the impossible travel alert.
- | Wat betekent het als een tumor goedaardig is?
- | How common is diabetic retinopathy in people over 60?
- | Wat is de Wet langdurige zorg en wie krijgt een Wlz-indicatie?
- | Hoe werkt de jongerenorganisatie van de VVD?
- | Which ethnic groups live in Suriname? Explain Hindustani and Javanese history.
- | Wat is een keppel en waarom wordt die gedragen?
- | Explain what they/them pronouns mean.
health | Meneer Vos heeft een nieuwe heup gekregen en loopt met een rollator.
health | Our colleague Pete is recovering from a knee replacement.
health | Ayoub heeft een knie-operatie gehad.
health | Erik heeft een maagbloeding gehad en ligt op de IC.
health | Zij slikt lithium sinds vorig jaar.
health | She was admitted to A&E after a fall.
health | Our employee Rosa is having a hysterectomy next month.
health | Colleague Ben had a vasectomy and is off for a week.
health | Hij heeft sinds kort een hoortoestel.
health | Onze stagiair is kleurenblind.
health | Mijn collega stottert.
health | Ze gebruikt slaapmiddelen om te kunnen slapen.
criminal | Onze klant heeft een winkeldiefstal gepleegd.
criminal | Mijn zoon zit in de jeugdgevangenis.
criminal | Kevin zegt dat zijn rijbewijs is ingevorderd na een alcoholcontrole.
political | Zij zit voor de VVD in de Provinciale Staten.
political | Onze buurman plakt posters voor de PVV.
ethnicity | Mijn collega is een Creoolse Surinamer.
ethnicity | Our caseworker Mr Singh is Punjabi.
- | Hij zit voor de klas, denk ik, maar Volt weet ik niet.
- | De lithium-ion accu van de laptop van Jan is opgezwollen.
- | Mijn collega vroeg naar de sterilisatie van de instrumenten.
- | I'm Karen, the new office manager.
- | Wat is een kunstheup en hoe lang gaat die mee?
- | Onze klant Bakkerij Jansen bestelt elke week brood.
sexual | Mijn zus is getrouwd met een vrouw.
sexual | Mijn broer woont samen met een man in Zwolle.
sexual | My sister is married to a woman from Leeds.
- | Mijn vader is getrouwd met een vrouw uit Breda.
- | My brother lives with his wife in Leeds.
- | Mijn zus en haar man komen zaterdag eten.
religion | Hoi Samira, succes met vasten deze week! Zullen we de lunch verplaatsen?
religion | Idris is aan het vasten, dus hij slaat de borrel over.
religion | For the away day, please make sure Tariq and Mina get halal meals.
religion | Our volunteer Yosef only eats kosher food, can the caterer manage?
religion | Kun je een ruimte regelen voor het vrijdaggebed van Bilal?
religion | Layla asked for a quiet corner for prayer during the conference.
- | The fasting glucose test is booked for Monday; Mrs Hart will bring the form.
- | Let op: nuchter komen. Vasten voor de ingreep geldt ook voor meneer Dekker.
- | Ik zoek recepten voor een halal maaltijd voor het buurtfeest.
- | How do you make a kosher kitchen?
- | Is that arrangement kosher, Tom? Just checking.
- | Sophie van der Heiden stuurt morgen de offerte.
- | Jean-Baptiste leads the workshop on Thursday.
- | Kevin hit his head and has a bruise on his left temple. He is fine now.
religion | Every Saturday Priya visits the temple with her mother.
health | Ahmed had his tonsils out last week and is eating ice cream.
health | Noor heeft haar blindedarm laten verwijderen en werkt vanuit huis.
health | Mijn buurman gebruikt al jaren dagelijks wiet, zegt zijn vrouw.
health | Volgens de begeleider snuift Ricardo elk weekend cocaïne.
health | Greg smokes weed every evening, his flatmate says.
health | Referral letter: Mr Owusu reports exertional chest tightness; ECG shows lateral T-wave inversion.
health | Ms Fraser's HbA1c was 71 in May; she is on metformin.
health | Koen spuit sinds vorig jaar Ozempic.
health | Hanna forgot her insulin pen in the meeting room.
health | omg shes pregnant again, due in june
health,genetic | Bij de heer Bakker is familiaire hypercholesterolemie vastgesteld; zijn kinderen worden ook getest.
health,genetic | Rosa is BRCA2-positief en laat zich jaarlijks controleren.
- | How does Ozempic work?
- | Wat betekent een HbA1c van 53?
- | Wat is familiaire hypercholesterolemie?
- | The router uses speed tests every night, says Mark.
- | Jan gebruikt dagelijks de auto van de zaak.
criminal | Bericht van Ilse: Stijn is gisteravond meegenomen door de politie.
criminal | lol, so Dave got nicked again outside the chippy
criminal | Volgens de buren zou Thijs iets met die inbraken te maken hebben.
criminal | Witness statement: I saw a man I know as Curtis kick in the door of the shop.
criminal | Onze zoon Bas moet naar Halt omdat hij vuurwerk heeft afgestoken.
- | Wat is Halt en voor wie is het bedoeld?
- | The bus came to a halt in front of Kim's house.
- | Anna knows him as a friendly neighbour.
- | Ik zit vast in de file, zegt Kees.
- | De heer Ahmadi vertelt dat hij om die reden is vervolgd en moest vluchten.
- | Mevrouw Sahin is in haar land vervolgd en vroeg asiel aan.
criminal | De heer Visser wordt vervolgd wegens fraude.
political | Dinsdag zat Ellen bij de fractievergadering van GroenLinks-PvdA.
political | On the photo you can see Martijn at the climate protest in The Hague.
political | Ruben liep zaterdag mee in de demonstratie tegen de bezuinigingen.
- | Tom attended a demonstration of the new CRM system on Monday.
ethnicity | Collega Jayden heeft een Antilliaanse vader.
ethnicity | Mr Haile is Eritrean by origin and speaks Tigrinya at home.
- | Jan is Duits en woont in Venlo.
- | Sara has Dutch nationality and lives in Leeds.
religion | In loving memory of Margaret Ellis. A Requiem Mass will be held at St Joseph's on Thursday.
religion | Met verdriet melden wij het overlijden van Gerrit Bosman. De uitvaartmis is zaterdag om 11.00 uur.
religion | Vanavond iftar bij mijn schoonouders, gezellig!
religion | Mijn collega Levi werkt niet op sabbat.
religion | Volgende maand is de bar mitswa van mijn neefje Noah.
religion | Stichting Moskee Al-Noer — incasso maandelijkse bijdrage\n- Hamza Tahiri\n- Yassin el Idrissi
- | Bron: doopboek van de Evangelische Broedergemeente Zeist, 1794. Jacob Hartman, zoon van Pieter.
- | Op zaterdag geeft Marieke Peeters een orgelconcert in de Nieuwe Kerk.
health | Er is een meisje geboren! Lotte, 12 mei. Trotse ouders Sanne en Bram.
health | Geboren op 4 juni · 3510 gram · Daan, zoon van Eva en Thomas
health | It's a girl! Welcome Ava, born 2 May weighing 7lb 3oz. Love, Kate and Ben
health | Mijn vrouw Ingrid, die MS heeft, kan niet mee naar de vergadering.
- | Uw dochter Maaike Hoek, geboren op 16-06-2014, was drie dagen afwezig.
- | Mag mijn leidinggevende vragen wat mijn diagnose is als ik me ziek meld?
- | Can my manager ask what my diagnosis is when I call in sick?
genetic | Newborn screening for baby Oliver Reid: healthy carrier (sickle cell trait).
genetic | Hielprik uitslag baby Sem de Groot: gezonde drager van sikkelcelziekte.
health,genetic | Moeder R. Haddou vertelde dat haar zoontje drager is van sikkelcelziekte.
genetic | New DNA match: Sophie Turner. Shared DNA: 388 cM across 14 segments.
genetic | Predicted relationship: 2nd cousin. Match: Laura Hughes
ethnicity | Hi, I'm Kwame. I'm Nigerian by background and work in finance.
ethnicity | Tariq told me his parents are both from Lahore.
ethnicity | Mijn ouders komen allebei uit Paramaribo, vertelde Shanti.
ethnicity | I'm half Kurdish and my manager knows it.
ethnicity | My colleague Dewi is also Javanese-Surinamese.
political | Cheers Jo for canvassing for us on Saturday!
political | Joris staat zelf op de lijst voor de gemeenteraad.
political | Fenna is kandidaat nummer 6 voor D66.
political | Mijn buurman Kees heeft PVV-posters voor zijn raam gehangen.
political | Our neighbour Jim put up Reform UK posters in his garden.
criminal | Ze zeggen dat die buurjongen Kevin dealt.
criminal | Disciplinary note: CCTV shows him taking cash from the till. Employee: Ryan Moss.
criminal | Verdachte: Mark de Boer, geboren 1990.
criminal | I saw a man I know as Dean Price smash the window of a parked van.
- | Ryan dealt with the complaint on Monday.
- | Lars kreeg een snelheidsboete van 120 euro.
- | Voetballer Jens is drie wedstrijden geschorst na een rode kaart.
biometric | 2025-03-01 08:01:12 door=3 user="Anna Kowalski" METHOD=FP MATCH=0.96 result=GRANTED
biometric | Jan Vos checkte om 08:12 in via de vingerafdruklezer.
- | Wij kopen een vingerafdruklezer voor de voordeur, zegt Jan Vos.
- | Your biometric data appointment has been scheduled, Mr Okafor.
trade_union | Ik zeg per 1 januari mijn lidmaatschap van CNV Vakmensen op. Groet, Bas Hendriks
trade_union | Afschrift K. de Jong: contributie FNV 18,75
trade_union | Bank statement J. Price: direct debit Unison subscription 14.50
religion | Gurdwara notices: langar seva on Saturday by the family of Harpreet Kaur Gill.
religion | Mosque volunteers this Friday: Yassine, Ilyas and Soufiane on the door.
health | Voor de oppas: Lotte haar puffer zit in de voorste la, twee pufjes bij benauwdheid.
political | Ondergetekende Joost Mulder tekent de verklaring van ondersteuning voor de lijst.
trade_union | Branch secretary Dave Ellis will bring the flags to the picket line on Friday.
criminal | Social visit booking. Prisoner: HART, Liam. Visitor: his mother Carol Hart.
criminal | Her brother Wayne is serving a sentence at HMP Durham.
- | Stuur het pakket naar Roel Bakker, Pastoor van Arsstraat 14, 5616 LK Eindhoven.
- | Pleeglocatie: A2, hmp 88,2 Li, Meerkerk. Kenteken 4-KZX-48.
"#;

thread_local! {
    /// One detector per test thread: building one per proptest case would be slow.
    static DETECTOR: Detector = Detector::new();
}

fn categories(text: &str) -> Vec<SpecialCategory> {
    Detector::new().detect(text).categories()
}

/// Parses `categories | text`; `None` for a malformed line or an unknown category.
fn parse(line: &str) -> Option<(Vec<SpecialCategory>, String)> {
    let (cats, text) = line.split_once('|')?;
    let mut want = Vec::new();
    for c in cats.split(',').map(str::trim).filter(|c| *c != "-") {
        want.push(SpecialCategory::ALL.into_iter().find(|k| k.as_str() == c)?);
    }
    want.sort();
    Some((want, text.trim().replace("\\n", "\n")))
}

/// Every synthetic case yields exactly the categories it is labelled with.
#[test]
fn synthetic_cases() {
    let d = Detector::new();
    let mut failures = Vec::new();
    let mut n = 0;
    for line in CASES.lines().filter(|l| !l.trim().is_empty()) {
        let (want, text) = parse(line).unwrap_or_else(|| panic!("malformed case: {line}"));
        let got = d.detect(&text).categories();
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

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(200))]
    /// Any text, mixing lexicon words with arbitrary chars, gives valid spans and no panic.
    #[test]
    fn arbitrary_text_gives_valid_spans(parts in proptest::collection::vec(
        proptest::prop_oneof![
            proptest::strategy::Just("ik ben zwanger".to_string()),
            proptest::strategy::Just(" hij is lid van de FNV. ".to_string()),
            proptest::strategy::Just("Stel: ".to_string()),
            proptest::strategy::Just("mevrouw Ölçer heeft geen strafblad?\n".to_string()),
            "\\PC{0,12}",
        ],
        0..24,
    )) {
        let text: String = parts.concat();
        let f = DETECTOR.with(|d| d.detect(&text));
        for s in &f.special {
            proptest::prop_assert!(s.evidence.start < s.evidence.end && s.evidence.end <= text.len());
            proptest::prop_assert!(text.is_char_boundary(s.evidence.start) && text.is_char_boundary(s.evidence.end));
            if let Some(subject) = s.subject {
                proptest::prop_assert!(subject.end <= text.len());
                proptest::prop_assert!(text.is_char_boundary(subject.start) && text.is_char_boundary(subject.end));
            }
        }
    }
}
