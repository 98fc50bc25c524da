#!/usr/bin/env python3
"""Generator and validator of eval/extra4/extra4.jsonl.

Every document is one hand-written D(lang, genre, special, text) call below;
FAMILY maps the genre to the source family written to the jsonl. Spans are
marked inline as ⟦CODE|value⟧; the assembler strips the markers and takes each
entity's offsets from the running length of the text it has written (never by
searching the finished text). Python standard library only; no randomness;
the output is byte-identical on every run.

    python3 make_extra4.py --stats --check-determinism
"""
import hashlib
import ipaddress
import json
import os
import re
import subprocess
import sys

CODES = {
    "P": "PERSON", "E": "EMAIL", "T": "PHONE", "B": "BSN", "I": "IBAN",
    "C": "CREDIT_CARD", "A": "ADDRESS", "Z": "POSTCODE", "D": "BIRTHDATE",
    "K": "LICENSE_PLATE", "N": "ID_NUMBER", "IP": "IP_ADDRESS", "S": "SECRET",
    "V": "CONFIDENTIAL",
}
CATEGORIES = {"health", "ethnicity", "political", "religion", "trade_union",
              "genetic", "biometric", "sexual", "criminal"}

DOCS = []


def D(lang, source, special, text):
    DOCS.append((lang, source, tuple(special), text))

# ---------------------------------------------------------------------------
# Documents. Codes: P PERSON, E EMAIL, T PHONE, B BSN, I IBAN, C CREDIT_CARD,
# A ADDRESS, Z POSTCODE, D BIRTHDATE, K LICENSE_PLATE, N ID_NUMBER,
# IP IP_ADDRESS, S SECRET, V CONFIDENTIAL.
# ---------------------------------------------------------------------------
# ---- raadsvragen, WOO, besluiten (nl) ------------------------------------
D("nl", "raadsvragen", ["political"], """Schriftelijke vragen ex artikel 42 RvO
Onderwerp: overlast bij de woonarken aan de Zuiderkade
Indiener: ⟦P|Femke Oosterhuis-Blom⟧ (fractie GroenLinks-PvdA)

1. Is het college bekend met de klachten van bewoners over het lozen van afvalwater bij de ligplaatsen?
2. Hoeveel handhavingsverzoeken zijn sinds 1 januari binnengekomen, en hoeveel daarvan zijn afgehandeld?
3. Is het college bereid de ligplaatsverordening op dit punt aan te scherpen?""")

D("nl", "raadsvragen", ["political"], """Beantwoording raadsvragen nr. 2025-117 van het raadslid ⟦P|Y. Çelik⟧ (DENK) over de sluiting van zwembad De Houtvaart

Vraag 3: Waarom is de Vereniging van Ouders niet gehoord?
Antwoord: Het college heeft op 12 maart gesproken met de voorzitter van de ouderraad, mevrouw ⟦P|Van Rijswijk⟧. Zij heeft haar zorgen ook per mail toegelicht (⟦E|secretariaat.ouderraad@houtvaartzwemt.nl⟧). Wethouder ⟦P|Bakkali⟧ heeft toegezegd de raad voor de zomer te informeren.
Contact voor de pers: ⟦T|14 023⟧.""")

D("nl", "raadsvragen", [], """Vragen van het lid ⟦P|Van der Heijden⟧ over de Jan Pieterszoon Coenstraat. Het college wordt gevraagd of het bekend is met het verzoek van omwonenden om de straat te hernoemen, hoeveel bezwaren er zijn binnengekomen en wat de kosten van nieuwe straatnaamborden zouden zijn. Het college antwoordt dat er 214 reacties zijn ontvangen en dat de kosten worden geraamd op € 18.500.""")

D("nl", "woo-besluit", [], """Besluit op uw Woo-verzoek van 4 februari 2025
Kenmerk: WOO-2025-0318

Geachte heer ⟦P|Kraaijeveld⟧,

U heeft verzocht om openbaarmaking van alle documenten over de aanbesteding van de fietsenstalling Stationsplein. Wij hebben 37 documenten gevonden. In de bijgevoegde documenten zijn namen van medewerkers onleesbaar gemaakt op grond van artikel 5.1, tweede lid, onder e Woo. Zo staat in document 12 nog "gesprek met [5.1.2e] en ⟦P|Gert-Jan Oudshoorn⟧ van de aannemer", omdat de naam van de heer ⟦P|Oudshoorn⟧ in een eerdere publicatie al openbaar was gemaakt.

Met vriendelijke groet,
namens het college,
drs. ⟦P|M.E. Tjong-Ayong⟧""")

D("nl", "woo-besluit", [], """Bijlage 2 – Inventarislijst Woo-verzoek (gedeeltelijk openbaar)

| nr | datum | document | beoordeling | grond |
|---|---|---|---|---|
| 1 | 03-01-2025 | e-mail [5.1.2e] aan afdeling Vergunningen | deels openbaar | 5.1.2e |
| 2 | 05-01-2025 | notitie gesprek wethouder | openbaar | – |
| 3 | 09-01-2025 | e-mail ⟦E|r.vanderplas@bouwbureau-plas.nl⟧ | deels openbaar | 5.1.2e |
| 4 | 14-01-2025 | memo ⟦V|Departementaal Vertrouwelijk⟧ | niet openbaar | 5.1.1c |
| 5 | 20-01-2025 | aanvraag omgevingsvergunning ⟦A|Hoofdweg 12 bis, 9681 AG Midwolda⟧ | deels openbaar | 5.1.2e |""")

D("nl", "woo-verzoek", [], """Aan: het college van burgemeester en wethouders
Betreft: verzoek op grond van de Wet open overheid

Ik verzoek u alle stukken openbaar te maken over de kap van de iepen aan de Ds. Van Dijkweg in de periode 2023–2024, inclusief interne e-mails en adviezen van de bomendeskundige.

Ik ontvang de stukken graag digitaal.

⟦P|Wouter ter Horst⟧
⟦A|Ds. Van Dijkweg 41-hs
1951 KD Velsen-Noord⟧
⟦E|wterhorst@ziggo.nl⟧""")

D("nl", "woo-besluit", ["criminal"], """Uit het openbaar gemaakte verslag (Woo-besluit 2024/77, document 19), passage niet gelakt:

"Bij de bespreking van het veiligheidsbeeld meldt de politie dat ⟦P|D. (Dennis) Verbeek⟧, wonende ⟦A|Lindenlaan 3, Zwaag⟧, op 2 mei is aangehouden op verdenking van brandstichting bij de sporthal. Hij is inmiddels heengezonden."

Is dit een datalek? Moeten we dit melden bij de AP?""")

D("nl", "bezwaar-beslissing", [], """Beslissing op bezwaar – parkeerbelasting
Bezwaarmaker: mw. ⟦P|A.B.C. Hoekstra-van Wijngaarden⟧
Naheffingsaanslag: 20 april 2025, kenteken ⟦K|NT-407-V⟧
Klantnummer: ⟦N|KL-0088512⟧

Overwegingen: bezwaarmaker stelt dat de parkeerautomaat defect was. Uit het storingslog van de automaat bij de ingang van het Prinsenhof blijkt dat deze op die dag tussen 10:14 en 11:02 uur geen betalingen accepteerde. Het bezwaar is gegrond. Het bedrag van € 72,60 wordt teruggestort op ⟦I|NL27 RABO 2105 2628 34⟧.""")

D("nl", "uitspraak-anon", ["criminal"], """RECHTBANK NOORD-NEDERLAND
Team strafrecht, zittingsplaats Groningen
Parketnummer: ⟦N|18/204817-24⟧

Vonnis van de politierechter in de zaak van de officier van justitie tegen
[verdachte],
geboren op ⟦D|14 augustus 1996⟧ te Paramaribo (Suriname),
wonende te [woonplaats].

De verdachte, die tijdens de zitting liet weten "gewoon ⟦P|Ricardo⟧" genoemd te willen worden, wordt veroordeeld tot een taakstraf van 60 uur wegens mishandeling van zijn buurman ⟦P|H. Wubbolts⟧.""")

D("nl", "uitspraak-anon", [], """ECLI:NL:RVS:2025:1123 – Raad van State, Afdeling bestuursrechtspraak

Uitspraak op het hoger beroep van [appellant], wonend te Arnhem, tegen de uitspraak van de rechtbank Gelderland van 8 oktober 2024 in zaak nr. 23/4471 in het geding tussen [appellant] en het college van burgemeester en wethouders van Arnhem.

Het college heeft terecht geweigerd een omgevingsvergunning te verlenen voor het bouwen van een dakopbouw. De Afdeling bevestigt de aangevallen uitspraak. Aldus vastgesteld door mr. drs. [lid], voorzitter.""")

D("nl", "uitspraak-anon", ["health"], """Uit de gepubliceerde uitspraak (geanonimiseerd, maar let op):
"[eiseres], hierna: ⟦P|Mirjam⟧, werkzaam als doktersassistente in de praktijk van huisarts ⟦P|Kolkman⟧ te [plaats], is sinds november 2023 volledig arbeidsongeschikt wegens een burn-out en posttraumatische stressklachten."
Kun je nagaan of hier nog meer herleidbare gegevens in staan?""")
# ---- school, ouders (nl) --------------------------------------------------
D("nl", "school-rapport", [], """RAPPORT – eerste periode, groep 6B
Leerling: ⟦P|Sem Oudejans⟧
Leerlingnummer: ⟦N|204518⟧
Mentor: juf ⟦P|Ilse⟧

Rekenen: goed. Begrijpend lezen: voldoende, ⟦P|Sem⟧ leest vaak te snel. Gedrag: ⟦P|Sem⟧ is behulpzaam en werkt goed samen, maar moet leren wachten op zijn beurt.
Volgende oudergesprek: dinsdag 18 november, 15:30 uur.""")

D("nl", "ouder-email", ["health"], """Hoi juf ⟦P|Marloes⟧,

⟦P|Noor⟧ is vanochtend niet op school omdat ze gisteravond weer een epileptische aanval heeft gehad. De neuroloog in het Wilhelmina Kinderziekenhuis wil haar medicatie ophogen. Kunt u haar huiswerk voor deze week meegeven aan haar broertje ⟦P|Thijs⟧ (groep 4)?

Groetjes,
⟦P|Esther van Kampen⟧
⟦T|06-41 27 93 08⟧""")

D("nl", "ouder-email", [], """Beste ouders/verzorgers van groep 8,

Op vrijdag 6 juni vertrekken we om 8:15 uur met de bus naar kamp in Ommen. Wilt u de medische formulieren uiterlijk 23 mei inleveren bij de administratie? Vragen over het kamp kunt u stellen via ⟦E|kamp@obs-dewaterlelie.nl⟧ of bellen met ⟦T|0529 45 12 80⟧.

Met vriendelijke groet,
het team van OBS De Waterlelie""")

D("nl", "school-zorg", ["health"], """Verslag leerlingbespreking 3 havo – vertrouwelijk gedeeld met de zorgcoördinator

⟦P|Kaan Aydın⟧ (3H2): concentratieproblemen, moeder meldt dat er in de zomer ADHD is vastgesteld en dat hij sinds september methylfenidaat gebruikt. Afspraak: extra tijd bij toetsen, plek vooraan in de klas.
⟦P|Lotte de Bruijn-Koster⟧ (3H1): geen bijzonderheden, goede cijfers.
⟦P|Amir⟧ (3H3): veel te laat, gesprek met ouders plannen.""")

D("nl", "ouder-email", [], """geachte mevrouw de directeur,

hierbij meld ik mijn dochter ⟦P|Fleur Ramdin⟧ (geboren ⟦D|3-2-2017⟧) aan voor groep 3 met ingang van het nieuwe schooljaar. wij zijn verhuisd naar de ⟦A|Marnixkade 118-3 hoog, 1015 XV Amsterdam⟧. haar vorige school was de Ark in Almere.

vriendelijke groet, ⟦P|Raj Ramdin⟧""")

D("nl", "school-zorg", [], """Stel dat een leerling in de klas vertelt dat hij diabetes heeft en tijdens de toets wil eten. Mag een docent dat weigeren? En mag de school dit zonder toestemming van de ouders in het leerlingvolgsysteem zetten?""")

D("nl", "school-rapport", [], """Getuigschrift basisschool — ⟦P|Zoë Wijnaldum⟧ heeft de basisschool De Regenboog met goed gevolg doorlopen. Schooladvies: havo/vwo. Eindtoets: 539. Plaats, datum: Zoetermeer, 8 juli 2025. Handtekening directeur: ⟦P|P. Lammers⟧.""")

# ---- woningcorporatie (nl) -------------------------------------------------
D("nl", "woningcorporatie", [], """Klachtformulier Woonstichting Het Kompas
Naam huurder: ⟦P|Bogdan Nowakowski⟧
Huurdernummer: ⟦N|HK-117392⟧
Adres: ⟦A|Populierenlaan 88 t.o. 90, 7555 PL Hengelo⟧
Telefoon: ⟦T|+48 512 330 917⟧ / ⟦T|074-2910386⟧

Omschrijving: Al sinds oktober lekt het dak boven de slaapkamer. Ik heb vier keer gebeld (ticketnummer 2024-55810) maar er is niemand langs geweest. Er groeit nu schimmel op de muur.""")

D("nl", "woningcorporatie", ["health"], """Geachte heer/mevrouw,

Namens mijn moeder, mevrouw ⟦P|Gerda Schuitemaker⟧ (88 jaar), vraag ik om voorrang bij een gelijkvloerse woning. Zij is in maart gevallen, heeft een heupprothese gekregen en kan sindsdien de trap in haar woning aan de ⟦A|Veldstraat 14a, Harderwijk⟧ niet meer op. De ergotherapeut van Icare heeft een verklaring opgesteld (bijlage).

Met vriendelijke groet,
⟦P|Anneke Jol-Schuitemaker⟧
⟦E|anneke.jol@kpnmail.nl⟧""")

D("nl", "woningcorporatie", [], """Reactie op uw melding
Beste heer ⟦P|El Khattabi⟧,

Bedankt voor uw melding over de geluidsoverlast van de bovenburen. Wij hebben de bewoners van nummer 23-II aangeschreven. Blijft de overlast aanhouden, houd dan een overlastdagboek bij en stuur dat naar ⟦E|overlast@stadswonen-zuid.nl⟧.

Met vriendelijke groet,
⟦P|Joyce⟧ | Team Wonen
⟦T|088 – 230 40 00⟧""")

D("nl", "woningcorporatie", [], """Wat is het verschil tussen een woonboot en een woonark voor de huurtoeslag? Ligplaatsen aan de Amstel worden toch ook als adres ingeschreven in de BRP? Geen concrete situatie, ik bereid een informatiebijeenkomst voor.""")

D("nl", "woningcorporatie", ["criminal"], """Intern memo team Bijzonder Beheer
Huurder ⟦P|S.J. Pinas⟧, woonark ⟦A|Zeeburgerdijk t.o. 171, 1095 AE Amsterdam⟧, is door de politie aangehouden in verband met een hennepkwekerij in de berging. De burgemeester overweegt sluiting op grond van art. 13b Opiumwet. Huurcontract ⟦N|HC-2019-04417⟧ opzeggen via de kantonrechter.""")

# ---- verzekering (nl) ------------------------------------------------------
D("nl", "schadeclaim", [], """Schadeaangifteformulier motorrijtuigen
Verzekeringnemer: ⟦P|Jeroen van 't Hul⟧
Polisnummer: ⟦N|AUT-4471908-02⟧
Kenteken eigen voertuig: ⟦K|GZ-421-K⟧
Kenteken wederpartij: ⟦K|3-KTB-71⟧
Bestuurder wederpartij: ⟦P|Ahmet Yılmaz⟧, tel. ⟦T|06 2884 1170⟧

Toedracht: Wederpartij reed achteruit de parkeerplaats van de Jumbo af en raakte mijn linkerportier. Schadebedrag volgens offerte Autoschade Van Leeuwen: € 1.384,20. Uitbetalen op ⟦I|NL96ABNA3131980713⟧.""")

D("nl", "schadeclaim", ["health"], """Letselschadeclaim – samenvatting dossier ⟦N|LS-23-09121⟧
Benadeelde: ⟦P|Marieke Doornbos⟧, geboren ⟦D|22 januari 1979⟧
Ongeval: 14 juni 2023, aanrijding op de fiets op de ⟦A|Oosterstraat 2, 9711 NN Groningen⟧
Letsel: whiplash, gebroken sleutelbeen, na zes maanden nog hoofdpijnklachten. Fysiotherapie 42 behandelingen.
Voorschot betaald: € 2.500.""")

D("nl", "schadeclaim", [], """Vraag voor de juridische afdeling: kan een verzekeraar een claim voor waterschade afwijzen omdat de huurder de lekkage te laat heeft gemeld? Het gaat om een algemene vraag voor de nieuwsbrief, geen bestaande zaak. Voorbeeldpolisnummers in de tekst graag vervangen door XXXXX.""")

D("nl", "schadeclaim", [], """Reisverzekering – declaratie
Naam: ⟦P|Katarzyna Wróbel⟧
Polis: ⟦N|RV 8830 2217⟧
Gestolen: telefoon en portemonnee in Barcelona, aangifte bij de Mossos d'Esquadra (denuncia 2025/008812).
Bankpas geblokkeerd, laatste vier cijfers 4471.
Rekening voor uitkering: ⟦I|NL18 KNAB 2676 9368 08⟧""")

# ---- huisarts SMS / afspraken (nl) -----------------------------------------
D("nl", "sms-huisarts", ["health"], """Huisartsenpraktijk De Linde: Beste dhr. ⟦P|Wolters⟧, herinnering aan uw afspraak bij de POH-GGZ op do 14/11 om 09:40. Verhinderd? Bel ⟦T|0575-514 622⟧. Neem uw medicijnlijst mee.""")

D("nl", "sms-huisarts", ["health"], """Uw uitslag is binnen. ⟦P|M. Baldewsingh⟧, uw HbA1c is 58, dat is iets hoger dan vorige keer. Dokter ⟦P|Feenstra⟧ belt u morgen tussen 13 en 14 uur op ⟦T|06-19283746⟧. Groet, HAP Wijchen""")

D("nl", "sms-huisarts", [], """Apotheek Kerkplein: uw bestelling ligt klaar. Ophalen kan tot 17:30 met uw geboortedatum en postcode. Vragen? ⟦T|(0341) 41 30 20⟧ of app ⟦T|06 – 39 77 01 22⟧.""")

D("nl", "sms-huisarts", ["health"], """Tandartspraktijk Smile: Hoi ⟦P|Lieke⟧! Je controle + gebitsreiniging is verzet naar ma 3 maart 10:15. Je had bij de intake aangegeven zwanger te zijn, we maken daarom geen röntgenfoto. Tot dan!""")

# ---- dictaat zonder leestekens (nl) ----------------------------------------
D("nl", "dictaat", ["health"], """dictaat consult patiënt de heer ⟦P|van der molen⟧ geboren ⟦D|twaalf maart negentien vijftig⟧ komt voor controle bloeddruk is hoog honderdzeventig over honderd meneer gebruikt sinds drie weken geen amlodipine meer vanwege enkeloedeem ik schrijf lisinopril voor tien milligram controle over twee weken punt einde dictaat""")

D("nl", "dictaat", [], """notitie voor ⟦P|ingrid⟧ graag morgen terugbellen naar mevrouw ⟦P|boukje hiemstra⟧ over de aanvraag kapvergunning haar nummer is ⟦T|nul zes een twee drie vier vijf zes zeven acht⟧ of mailen naar ⟦E|b.hiemstra@hotmail.com⟧ ze woont op de ⟦A|tjalkstraat zeventien a⟧ in sneek punt""")

D("nl", "dictaat", [], """verslag huisbezoek dinsdag twaalf uur ik was bij de familie ⟦P|bouzid⟧ aan de ⟦A|kastanjelaan vier hoog twee⟧ nieuwe stroommeter geplaatst geen bijzonderheden de zoon ⟦P|yassin⟧ was aanwezig volgende afspraak in januari""")

# ---- klantenservice-telefoongesprek (nl) ----------------------------------
D("nl", "call-transcript", [], """[00:00:03] Medewerker: Goedemiddag, u spreekt met ⟦P|Bas⟧ van Energiek, waarmee kan ik u helpen?
[00:00:07] Klant: Ja, eh, hallo, met ⟦P|Hennie⟧, eh, ⟦P|Hennie Brouwer⟧, ik eh, ik heb een vraag over m'n jaarafrekening.
[00:00:14] Medewerker: Natuurlijk. Mag ik uw klantnummer?
[00:00:16] Klant: Ehm... dat is ⟦N|3 0 0 4 5 1 7 7⟧.
[00:00:25] Medewerker: En voor de controle uw postcode en huisnummer?
[00:00:28] Klant: ⟦Z|7431 BE⟧, eh, vijf.
[00:00:31] Medewerker: Dank u. Ik zie inderdaad dat er een bedrag van 312 euro openstaat.""")

D("nl", "call-transcript", [], """agent: ... en dan heb ik nog even uw IBAN nodig voor de terugbetaling
beller: ja eh staat op m'n pasje, ⟦I|NL45INGB6005593578⟧
agent: dus ⟦I|NL45 INGB 6005 5935 78⟧, klopt dat?
beller: ja klopt
agent: en op welke naam staat die rekening?
beller: ⟦P|L.M. Sarmo⟧, ⟦P|S-A-R-M-O⟧
agent: prima, dan wordt het binnen vijf werkdagen teruggestort""")

D("nl", "call-transcript", ["health", "religion"], """Gesprek klantcontactcentrum Zorgverzekeraar (automatisch uitgeschreven)
KCC: ... ja, u belt over de vergoeding?
Beller: Ja, ehm, mijn man, ⟦P|Mustafa Demir⟧, die heeft... die ligt nu in het Rijnstate met een hartinfarct, en hij wil, eh, omdat hij moslim is, alleen halal eten en een vrouwelijke verpleegkundige voor mij... nee sorry, voor de wassing, snapt u?
KCC: Ik begrijp het. Heeft u zijn relatienummer bij de hand?
Beller: Eh, ⟦N|170 226 841⟧... nee wacht, ⟦N|170 226 814⟧.""")
# ---- Belgisch-Nederlands (nl) ---------------------------------------------
D("nl", "be-brief", [], """Stad Gent – Dienst Burgerzaken
Betreft: aanvraag attest van woonst

Geachte mevrouw ⟦P|Vandenbroucke⟧,

Wij ontvingen uw aanvraag voor een attest van woonst voor ⟦P|Lotte Vandenbroucke⟧, rijksregisternummer ⟦N|84.03.17-123.85⟧, gedomicilieerd ⟦A|Sint-Pietersnieuwstraat 221 bus 3, 9000 Gent⟧. U kan het attest afhalen aan het loket of wij sturen het op. Bij vragen: ⟦T|09 210 10 10⟧ of ⟦E|burgerzaken@stad.gent⟧.

Met de meeste hoogachting,
⟦P|Pieter-Jan De Smedt⟧
diensthoofd""")

D("nl", "be-mail", [], """Dag ⟦P|Wout⟧,

Kan je de terugbetaling van het voorschot voor de klasuitstap doen naar het rekeningnummer van ⟦P|Elke Verhaegen⟧? Dat is ⟦I|BE49 4887 0986 9171⟧. Ze is bereikbaar op ⟦T|0478 12 34 56⟧ als er iets niet klopt. Haar adres: ⟦A|Kerkstraat 12A, 2000 Antwerpen⟧.

Merci en een fijne vakantie,
⟦P|An⟧""")

D("nl", "be-formulier", [], """Aangifte van diefstal fiets – stad Leuven (online formulier)
Naam en voornaam: ⟦P|Claes, Jozefien⟧
Rijksregisternummer: ⟦N|91110204639⟧
GSM: ⟦T|+32 (0)495 88 10 42⟧
Adres: ⟦A|Naamsestraat 94/0102, 3000 Leuven⟧
Framenummer fiets: WBK5513907H
Plaats van de feiten: fietsenstalling station, perron 10""")

D("nl", "be-mail", ["trade_union"], """Hallo allemaal,

Ter info: ⟦P|Jens Vermeulen⟧ van het magazijn is vanaf volgende maand vakbondsafgevaardigde voor ACV Puls in het comité voor preventie en bescherming op het werk. Zijn gsm: ⟦T|0032 472 90 11 35⟧.

Groeten,
⟦P|Sofie⟧ (HR)""")

D("nl", "be-brief", [], """Vraag: is een Belgisch rijksregisternummer hetzelfde als een Nederlands BSN, en mogen wij het vragen bij de inschrijving van Belgische studenten? Het gaat om de algemene regel, niet om een bepaalde student.""")

# ---- Excel / TSV / Markdown (nl) ------------------------------------------
D("nl", "excel-tsv", [], """Kun je van deze lijst een nette mailmerge maken?

naam\tadres\tpostcode\tplaats\ttelefoon
⟦P|Henk Tuinstra⟧\t⟦A|Zuidwal 4⟧\t⟦Z|8861 BT⟧\tHarlingen\t⟦T|0517-412233⟧
⟦P|Jolanda Meijer-Stroeve⟧\t⟦A|Voorstraat 87 rd⟧\t⟦Z|8861 BM⟧\tHarlingen\t⟦T|06 1144 9087⟧
⟦P|Rinse de Jong⟧\t⟦A|Noorderhaven 21 bis⟧\t⟦Z|8861 AL⟧\tHarlingen\t
⟦P|Nadia Haddouchi⟧\t⟦A|Grote Bredeplaats 3⟧\t⟦Z|8861 BB⟧\tHarlingen\t⟦T|+31 6 28 55 01 93⟧""")

D("nl", "excel-tsv", [], """Artikel\tOmschrijving\tAantal\tPrijs
100234\tKoffiebekers karton 250 ml\t2000\t€ 38,40
100239\tDeksels zwart\t2000\t€ 21,10
311098\tRoerstaafjes hout\t5000\t€ 12,95
Totaal excl. btw\t\t\t€ 72,45
Bestelnummer: 4500271183 — leverdatum 14-11-2025""")

D("nl", "excel-tsv", ["health"], """plak uit het verzuimoverzicht Q3, graag per afdeling samenvatten:

medewerker\tpersoneelsnr\tafdeling\tverzuimdagen\treden
⟦P|T. Boukhari⟧\t⟦N|P10442⟧\tVTH\t23\trugklachten
⟦P|E. Zwart⟧\t⟦N|P10881⟧\tBurgerzaken\t4\tgriep
⟦P|M. van Dalen-Ruiter⟧\t⟦N|P09120⟧\tVTH\t61\tzwangerschapsverlof + complicaties
⟦P|K. Osei⟧\t⟦N|P11015⟧\tICT\t0\t-""")

D("nl", "markdown-tabel", [], """## Bereikbaarheid wijkteam Noord (week 47)

| dag | wijkcoach | telefoon | e-mail |
|-----|-----------|----------|--------|
| ma | ⟦P|Priscilla Zaandam⟧ | ⟦T|06-22 18 44 09⟧ | ⟦E|p.zaandam@wijkteamnoord.nl⟧ |
| di | ⟦P|Gijs⟧ (invaller) | ⟦T|06-55 90 12 71⟧ | – |
| wo | ⟦P|Fatma Kılıç⟧ | ⟦T|06-30 81 66 45⟧ | ⟦E|f.kilic@wijkteamnoord.nl⟧ |
| do | gesloten | – | – |
| vr | algemeen nummer | ⟦T|14 0575⟧ | ⟦E|info@wijkteamnoord.nl⟧ |""")

D("nl", "markdown-tabel", [], """| Straatnaam | Vernoemd naar | Wijk |
|---|---|---|
| Aletta Jacobsstraat | ⟦P|Aletta Jacobs⟧, arts en feministe | Oost |
| Dr. Schaepmanlaan | ⟦P|Herman Schaepman⟧, politicus | Centrum |
| Willem Dreesplein | ⟦P|Willem Drees⟧, minister-president | Zuid |
| Annie M.G. Schmidtpad | schrijfster | Noord |

Kun je hier een korte toelichting bij schrijven voor de straatnamencommissie?""")

D("nl", "markdown-tabel", ["health"], """### Overzicht aanvragen Wmo – week 12

| zaaknr | cliënt | geb.datum | voorziening | indicatie |
|---|---|---|---|---|
| ⟦N|Z-2025-06612⟧ | ⟦P|J.H. (Jan) Stoker⟧ | ⟦D|01-04-1941⟧ | scootmobiel | COPD, loopafstand < 100 m |
| ⟦N|Z-2025-06619⟧ | mevr. ⟦P|Lelieveld⟧ | ⟦D|17-09-1936⟧ | douchestoel | na CVA |
| ⟦N|Z-2025-06630⟧ | ⟦P|Orlando Martina⟧ | ⟦D|30-12-1958⟧ | huishoudelijke hulp | ― |""")

# ---- HTML (nl) --------------------------------------------------------------
D("nl", "html", [], """<div class="contact-card">
  <h3>Uw contactpersoon</h3>
  <p class="naam">⟦P|Anouk Weerdenburg⟧</p>
  <p><a href="mailto:⟦E|anouk.weerdenburg@veiligthuis-gv.nl⟧">Mail ⟦P|Anouk⟧</a></p>
  <p><a href="tel:⟦T|+31887776655⟧">⟦T|088 777 66 55⟧</a></p>
  <!-- TODO: privénummer ⟦T|06 48 29 10 37⟧ weghalen voor livegang -->
</div>""")

D("nl", "html", [], """<footer>
  <address>Gemeente Oosterweel · Postbus 40 · ⟦Z|4700 AA⟧ Oosterweel · <a href="tel:⟦T|140165⟧">⟦T|14 0165⟧</a></address>
  <p>© 2025 · <a href="/privacy">Privacyverklaring</a> · <a href="/cookies">Cookies</a></p>
  <p class="version">build 3.12.0.417</p>
</footer>""")

# ---- CV / sollicitatie / LinkedIn (nl) ------------------------------------
D("nl", "cv", [], """CURRICULUM VITAE

⟦P|Thirza Vroegindeweij⟧
⟦A|Graaf Florislaan 7-bis, 2421 BK Nieuwkoop⟧ · ⟦T|06.18.74.22.90⟧ · ⟦E|thirza.vroegindeweij@outlook.com⟧
Geboortedatum: ⟦D|9 mei 1994⟧ · Rijbewijs B

Werkervaring
2021–heden  Beleidsmedewerker Sociaal Domein, gemeente Alphen aan den Rijn
2017–2021  Consulent Werk en Inkomen, ISD Bollenstreek

Opleiding
2013–2017  Bestuurskunde (bachelor), Haagse Hogeschool

Referenties op aanvraag.""")

D("nl", "sollicitatie", [], """Geachte heer ⟦P|Zwanenburg⟧,

Met veel enthousiasme reageer ik op de vacature van teamleider buitendienst (vacaturenummer 2025-114). Na twaalf jaar bij Stadsbeheer Tilburg zoek ik een nieuwe uitdaging. In de bijlage vindt u mijn cv; mijn vorige leidinggevende, ⟦P|Rob Akkermans⟧, is bereid als referent op te treden (⟦T|013 – 542 80 19⟧).

Met vriendelijke groet,
⟦P|Orhan Kaya⟧""")

D("nl", "sollicitatie", ["health"], """hoi, kan je mijn motivatiebrief nakijken? vooral de alinea over het gat in mijn cv:

"In 2022 en 2023 heb ik niet gewerkt omdat ik werd behandeld voor borstkanker. Inmiddels ben ik volledig hersteld en klaar om weer aan de slag te gaan."

moet ik dit er wel in zetten? ik ben ⟦P|Saskia⟧ trouwens, ik solliciteer bij het UWV""")

D("nl", "linkedin-bio", [], """Over
Ik ben ⟦P|Rutger Haverkamp⟧, datagedreven programmamanager met een passie voor digitale overheid. Na mijn studie Informatiekunde in Utrecht werkte ik bij Logius en het ministerie van BZK. Nu help ik gemeenten bij hun Woo-informatiehuishouding. Bereikbaar via ⟦E|rutger@haverkampadvies.nl⟧.
Vrijwilliger bij Stichting Vluchtelingenwerk en trotse vader van twee.""")

D("nl", "linkedin-bio", ["political", "sexual"], """Profieltekst die ik wil inkorten tot 300 tekens:
"⟦P|Laila Bouaziz⟧ (zij/haar) – wethouder Wonen in Zaanstad namens D66, daarvoor jurist bij de Woonbond. Getrouwd met mijn vrouw ⟦P|Inge⟧, samen moeders van ⟦P|Ilias⟧ en ⟦P|Mare⟧. Hardloper, voorlezer, optimist."
(Is dit te persoonlijk voor LinkedIn?)""")

# ---- ICS / uitnodiging (nl) -----------------------------------------------
D("nl", "ics", [], """BEGIN:VCALENDAR
VERSION:2.0
BEGIN:VEVENT
UID:7c1f0e8a-4b2e-4d1a-9f33-2a6b8e9c0d11@gemeente.example
DTSTART:20251204T093000
DTEND:20251204T103000
SUMMARY:Keukentafelgesprek fam. ⟦P|Oduya⟧
LOCATION:⟦A|Rietvoorn 31, 3972 LK Driebergen⟧
ORGANIZER;CN=⟦P|Hanneke Brink⟧:mailto:⟦E|h.brink@utrechtseheuvelrug.nl⟧
ATTENDEE;CN=⟦P|Samuel Oduya⟧:mailto:⟦E|samoduya@gmail.com⟧
DESCRIPTION:Graag cliëntnummer ⟦N|55-20417⟧ bij de hand. Bel bij verhindering ⟦T|0343 56 56 00⟧.
END:VEVENT
END:VCALENDAR""")

D("nl", "ics", [], """Uitnodiging: Heidag team Financiën
Wanneer: donderdag 22 januari 2026, 09:00–16:30
Waar: Landgoed De Wildenborch, zaal "De Schuur"
Agenda: terugblik 2025, begroting 2026, teambuilding
Deelnemen via Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTk2ZTQ1
Vragen? Mail het secretariaat.""")
# ---- diverse Nederlandse genres ------------------------------------------
D("nl", "incasso", [], """AANMANING – laatste herinnering
Dossiernummer: ⟦N|INC/2025/338104⟧
Debiteur: dhr. ⟦P|R.W.J. (Roel) Kersten⟧
⟦A|Hoogstraat 3 A-rood, 3011 PV Rotterdam⟧

Ondanks eerdere herinneringen staat een bedrag open van € 486,12. Betaal binnen 14 dagen op ⟦I|NL36 TRIO 467 783 6127⟧ (zonder spaties: ⟦I|NL36TRIO4677836127⟧) onder vermelding van uw dossiernummer. Een betalingsregeling? Bel ⟦T|010 - 750 22 00⟧.""")

D("nl", "overlijdensbericht", ["religion"], """Tekst voor de rouwkaart, kun je de spelling checken?

Verdrietig, maar dankbaar voor alles wat zij voor ons betekende, geven wij kennis van het overlijden van onze lieve moeder en oma

⟦P|Hendrika Johanna (Riek) Post-Scholten⟧
* Staphorst, ⟦D|2 april 1934⟧ † Meppel, 11 november 2025

De rouwdienst wordt gehouden in de Hersteld Hervormde Kerk, waar moeder tot het laatst trouw kerkte. Correspondentieadres: ⟦A|Bisschopsweg 40, 7951 CH Staphorst⟧""")

D("nl", "kerkblad", ["religion", "health"], """Uit het kerkblad van de Sint-Jozefparochie:
Voor de zieken bidden we deze week in het bijzonder voor ⟦P|Toos van Beek-Hermans⟧, die na haar beroerte in Maartenshof verblijft, en voor broeder ⟦P|Anselmus⟧. Het Vormsel van ⟦P|Julia Tran⟧ en ⟦P|Daan Snijders⟧ is op 7 december om 10:30.""")

D("nl", "vakbond", ["trade_union"], """Van: FNV Regio Midden-Nederland
Aan: ⟦E|h.dekker74@gmail.com⟧
Onderwerp: Welkom als kaderlid!

Beste ⟦P|Hasan⟧,

Fijn dat je je als kaderlid bij FNV Schoonmaak hebt aangemeld. Je lidnummer is ⟦N|1107-4428-93⟧. Op 3 december is de eerste bijeenkomst in Utrecht. Je bedrijfscontactpersoon is ⟦P|Marleen Stuivenberg⟧ (⟦T|06 52 14 88 30⟧).

Solidaire groet,
FNV""")

D("nl", "genetisch", ["genetic", "health"], """Uitslag DNA-onderzoek – klinische genetica UMCG
Patiënt: ⟦P|W.F. Dijkstra⟧, patiëntnummer ⟦N|7712094⟧, geboren ⟦D|05-07-1982⟧
Bevinding: heterozygote pathogene variant in het BRCA2-gen aangetoond. Hiermee is sprake van een verhoogd risico op borst-, eierstok- en prostaatkanker. Familieonderzoek bij de zussen ⟦P|Anke⟧ en ⟦P|Geeske⟧ wordt aangeboden.""")

D("nl", "biometrie", ["biometric"], """Logboek toegangscontrole datacentrum DC-2 (export)
2025-10-14 06:58:12  lezer HAL-B  vingerafdruk MATCH score 0.97  medewerker ⟦P|Zeynep Arslan⟧ (badge ⟦N|30418⟧)
2025-10-14 07:02:40  lezer HAL-B  vingerafdruk NO MATCH  poging 2/3
2025-10-14 07:02:51  lezer HAL-B  gezichtsherkenning MATCH 0.91  medewerker ⟦P|Pim Schreuder⟧ (badge ⟦N|30577⟧)""")

D("nl", "politiek", ["political"], """Lijst vrijwilligers flyeren zaterdag (SP afdeling Emmen):
- ⟦P|Gert Hoving⟧, ⟦T|06-13 57 24 68⟧, wijk Angelslo
- ⟦P|Marja ten Kate⟧, wijk Bargeres
- ⟦P|Dirk-Jan Bolhuis⟧, eigen auto (⟦K|52-NKB-6⟧), haalt de folders op
Verzamelen 10:00 bij het partijkantoor.""")

D("nl", "marktplaats", [], """Te koop: kinderfiets 20 inch, blauw, zgan. Ophalen in Amersfoort-Vathorst. €65. Geen bieden via tikkie graag. Bel of app ⟦P|Mehmet⟧: ⟦T|0 6 - 1 2 9 8 4 4 7 0⟧""")

D("nl", "krantenbericht", ["criminal"], """Rechtbank: ⟦P|Emre K.⟧ (31) uit Deventer krijgt twee jaar cel voor overvallen op tankstations

DEVENTER – De 31-jarige ⟦P|Emre K.⟧ uit Deventer is veroordeeld tot twee jaar gevangenisstraf. Hij overviel in 2024 drie tankstations langs de A1. Zijn medeverdachte, de 27-jarige ⟦P|Jordy V.⟧, werd vrijgesproken.""")

D("nl", "krantenbericht", [], """Opening nieuwe brug over het Twentekanaal uitgesteld

HENGELO – De opening van de Prins Bernhardbrug is uitgesteld tot het voorjaar. Volgens de provincie zijn de leveranties van het staal vertraagd. Omwonenden klagen al maanden over de omleiding via de Jan Tinbergenweg.""")

D("nl", "woz-bezwaar", [], """Bezwaarschrift WOZ-beschikking 2025
Belastingplichtige: ⟦P|Ramon Sewnath⟧
BSN: 196.744.440... nee sorry, correct is ⟦B|196744404⟧
Object: ⟦A|Pauwenhof 3-II, 2803 XG Gouda⟧
Aanslagnummer: 1029.44.871.0012

Ik ben het niet eens met de vastgestelde waarde van € 412.000. Vergelijkbare woningen in de straat zijn getaxeerd op circa € 365.000.""")

D("nl", "toeslagen", [], """Kan je dit voor mijn vader in simpele taal uitleggen? "Op grond van artikel 20 Awir wordt het voorschot zorgtoeslag 2025 herzien. Het te veel ontvangen bedrag van € 1.128 dient u terug te betalen." Hij heet ⟦P|Ton Verkerk⟧, zijn BSN staat in de brief (⟦B|171420044⟧) maar dat hoef je niet te gebruiken.""")

D("nl", "notariele-akte", [], """Heden, drie oktober tweeduizend vijfentwintig, verschenen voor mij, mr. ⟦P|Johanna Maria Roelofs⟧, notaris te Zwolle:
1. de heer ⟦P|Frederik Willem ter Beek⟧, geboren te Kampen op ⟦D|negentien juni negentienhonderdzeventig⟧, wonende te ⟦A|Koestraat 6, 8011 NK Zwolle⟧, houder van paspoort nummer ⟦N|NXR7L48J3⟧;
2. mevrouw ⟦P|Sandra Lubbers⟧, geboren te Zwolle op ⟦D|twee maart negentienhonderdvierenzeventig⟧, wonende te Zwolle.""")

D("nl", "huurcontract", [], """HUUROVEREENKOMST ZELFSTANDIGE WOONRUIMTE
Verhuurder: Vastgoed Tolhuis B.V., KvK 71234568
Huurder: ⟦P|Oleksandr Kovalenko⟧, geb. ⟦D|11.07.1990⟧, documentnummer verblijfsvergunning ⟦N|YV4410837⟧
Gehuurde: ⟦A|Dorpsstraat 1 hs, 1689 ER Zwaag⟧
Huurprijs: € 1.150,- per maand, te voldoen op ⟦I|NL81 RBRB 4427 4407 73⟧""")

D("nl", "loonstrook", ["trade_union"], """Loonstrook oktober 2025 – ⟦P|J. (Jamila) Ouali⟧, personeelsnummer ⟦N|4410-27⟧
Bruto salaris                 3.412,00
Pensioenpremie PFZW            -  447,92
Contributie vakbond (CNV)      -   19,40
Netto                          2.491,38
Uitbetaald op ⟦I|NL95 ASNB 3660 9289 29⟧""")

D("nl", "mediation", [], """Verslag buurtbemiddeling (zonder oordeel)
Partijen: ⟦P|Kees Bosman⟧ (nr. 14) en ⟦P|Sevda Aksoy⟧ (nr. 16), beiden wonend aan de Weverstraat in Oss.
Afspraken: de schutting wordt samen betaald; de kat van mevr. ⟦P|Aksoy⟧ blijft binnen na 22:00; over drie maanden een evaluatiegesprek met bemiddelaar ⟦P|Wim⟧.""")

D("nl", "algemeen-vraag", [], """Wat zegt de AVG over het registreren van religie bij een aanvraag voor bijzondere bijstand voor een begrafenis? Mag dat als de aanvrager er zelf om vraagt, bijvoorbeeld voor een islamitische begrafenis binnen 24 uur?""")

D("nl", "algemeen-vraag", [], """Schrijf een korte infotekst voor onze website over hiv-testen bij de GGD: gratis, anoniem, uitslag binnen een week. Doelgroep: mannen die seks hebben met mannen en sekswerkers. Geen namen of voorbeelden van echte mensen.""")

D("nl", "algemeen-vraag", [], """Hoe lang mogen wij een kopie van een verklaring omtrent het gedrag (VOG) bewaren na de indiensttreding? En mag een werkgever vragen naar een strafblad als de VOG al is afgegeven?""")

D("nl", "algemeen-vraag", [], """Maak een presentatie van 5 dia's over de Wet gelijke behandeling: discriminatie op grond van ras, geloof, seksuele gerichtheid, handicap en chronische ziekte. Gebruik fictieve maar geen herkenbare voorbeelden.""")

D("nl", "algemeen-vraag", [], """Is lidmaatschap van een vakbond iets dat een werkgever mag registreren in AFAS, bijvoorbeeld voor de vakbondscontributie via de werkkostenregeling?""")

D("nl", "hard-negatief", [], """Factuur 2025-00871
Datum: 12-11-2025
Omschrijving: onderhoud cv-ketel, 2 uur à € 68,50
Artikelnummer 353454708 (filter) – 1 st.
Btw-nummer NL859204331B01 · KvK 60321877
Betaalkenmerk 7001 2231 8890 4412""")

D("nl", "hard-negatief", [], """Vanaf maandag rijdt buslijn 12 via de Van Heemstraweg en de Koningin Julianastraat. De halte Burgemeester de Withstraat vervalt tijdelijk. Informatie: Arriva Klantenservice. Dienstregeling versie 2025.4.1.2.""")

D("nl", "hard-negatief", [], """Controleer of dit een geldig IBAN is: NL45INGB6005593579. Het systeem geeft een foutmelding bij het opslaan. Is het controlegetal fout of de bankcode?""")

D("nl", "hard-negatief", [], """Bij de inzameling van De Bakker & Zn. en Visser Transport werd 4 ton oud papier opgehaald. De Vries Groep sponsort het buurtfeest op het Anne Frankplein. Vrijwilligers gezocht: aanmelden via het buurthuis.""")

D("nl", "hard-negatief", [], """Bijlage: “vertrouwelijk” betekent in onze klachtenregeling alleen dat de klachtbehandelaar de klacht niet met collega’s deelt. Kun je uitleggen wat het verschil is met de rubricering Departementaal Vertrouwelijk uit de VIR-BI? Het gaat om een algemene uitleg.""")

D("nl", "hard-negatief", [], """Testdata voor de acceptatieomgeving (allemaal ongeldig):
bsn_ok = False  # 123456789 faalt de elfproef
iban = "NL74 RABO 8735 6843 77"   # controlegetal klopt niet
kaart = "4111 1111 1111 1112"     # faalt Luhn""")
# ---- English: code, fixtures, git, config ----------------------------------
D("en", "code-fixture", [], """# tests/test_payouts.py
import pytest

@pytest.fixture
def customer():
    return {
        "name": "⟦P|Olusegun Adeyemi⟧",
        "email": "⟦E|o.adeyemi@example.org⟧",
        "iban": "⟦I|GB77NWBK26106458906793⟧",
        "dob": "⟦D|1987-02-19⟧",
    }

def test_payout_rejects_invalid_iban(customer):
    customer["iban"] = "GB77NWBK26106458906795"  # one digit off, must fail
    with pytest.raises(ValueError):
        payout(customer, 100)""")

D("en", "code-fixture", [], """// cypress/fixtures/checkout.js
export const testCard = {
  holder: '⟦P|Maja Kowalczyk⟧',
  number: '⟦C|4754 8020 4181 7973⟧',
  expiry: '09/28',
  cvc: '311',
};
// Stripe test card for the sandbox (documented, not a real card):
export const sandboxCard = '⟦C|4242 4242 4242 4242⟧';""")

D("en", "code-secret", [], """// config/mailer.js
module.exports = {
  host: 'smtp.sendgrid.net',
  port: 587,
  auth: {
    user: 'apikey',
    pass: process.env.SENDGRID_API_KEY || '⟦S|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⟧',
  },
  from: '"Parking Desk" <⟦E|noreply@parkeren-zeist.nl⟧>',
};""")

D("en", "code-secret", [], """$ git log --oneline -n 6
a91f3c2 Remove hard-coded DB password from settings.py (rotated, see INC-4471)
77be0d4 Merge pull request #212 from ⟦P|tkaraca⟧/fix-timezone
5c0e1aa Fix DST bug in appointment reminders
e3d9b01 Add DATABASE_URL=⟦S|postgres://appuser:W1nter-Tulp!2024@10.20.4.15:5432/afspraken⟧ for local dev
0f4c7d8 Bump requests from 2.31.0 to 2.32.3
1b2a6e9 Initial commit""")

D("en", "git-log", [], """commit 3f8e1d4b2a7c9e0f61d5a3b8c4e2f7a9d0b1c6e5
Author: ⟦P|Siobhán Ní Dhonnchadha⟧ <⟦E|siobhan.nidhonnchadha@kerrytech.ie⟧>
Date:   Tue Oct 7 16:42:09 2025 +0100

    Anonymise patient fixtures in seed script

    Replaces real-looking NHS numbers with the official test range.

commit 9b0c2e7f5a1d8e3c4b6f0a2d9e8c7b5a4f3e2d1c
Author: dependabot[bot] <⟦E|49699333+dependabot[bot]@users.noreply.github.com⟧>
Date:   Mon Oct 6 09:01:55 2025 +0000

    Bump lodash from 4.17.20 to 4.17.21""")

D("en", "code-secret", [], """# terraform.tfvars — DO NOT COMMIT
aws_region            = "eu-west-1"
aws_access_key_id     = "⟦S|AKIA4TQXN7ZB2LKE9R3M⟧"
aws_secret_access_key = "⟦S|p8Vq3+XnD0kL5wT2yR9uB7eJ1cH6sA4mZfQgNvWi⟧"
db_admin_password     = var.db_password   # from Vault
bastion_cidr          = "⟦IP|203.0.113.24⟧/32"
""")

D("en", "code-secret", [], """Our CI keeps failing with 401. Here's the workflow snippet, anything wrong?

```yaml
- name: Publish
  run: npm publish
  env:
    NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}
    REGISTRY_PASSWORD: <set-in-repo-settings>
```
The secret exists in the repo settings, I double-checked.""")

D("en", "code-secret", [], """import openai, os

client = openai.OpenAI(api_key="⟦S|sk-proj-7Hq2LwXe9RtY4uIo0PaSdF3gJ6kZ8xCvB1nM5qW2eR7tY9uI⟧")
# TODO move to env; ⟦P|Priya⟧ said it's fine for the demo
resp = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}])""")

D("en", "code-fixture", ["health"], """-- seed_test_patients.sql (staging copy, taken from prod by mistake?)
INSERT INTO patients (nhs_number, full_name, dob, postcode, diagnosis) VALUES
('⟦N|943 476 5919⟧', '⟦P|Gareth Pryce-Jones⟧', '⟦D|1958-11-30⟧', 'CF10 3NP', 'Type 2 diabetes'),
('⟦N|401 023 2137⟧', '⟦P|Aisha Rahman⟧', '⟦D|1990-04-02⟧', 'CF24 0DE', 'Asthma');""")

D("en", "log", [], """2025-11-02T03:14:07Z WARN auth: 5 failed logins for user=⟦P|lvandijk⟧ from ⟦IP|185.220.101.47⟧
2025-11-02T03:14:09Z WARN auth: account locked user=⟦P|lvandijk⟧
2025-11-02T03:15:44Z INFO auth: login ok user=svc-backup from ⟦IP|10.0.8.3⟧
2025-11-02T03:16:02Z INFO auth: login ok user=⟦P|mgebremariam⟧ from ⟦IP|2001:db8:4a1::17⟧""")

D("en", "html", [], """<table class="staff">
  <tr><th>Name</th><th>Role</th><th>Extension</th></tr>
  <tr><td>Dr ⟦P|Amara Okafor⟧</td><td>Head of Year 9</td><td>⟦T|020 7946 0321⟧</td></tr>
  <tr><td>Mr ⟦P|T. Lindqvist⟧</td><td>SENCo</td><td>⟦T|020 7946 0344⟧</td></tr>
</table>""")

D("en", "markdown-table", [], """| Ticket | Reporter | Component | Status |
|---|---|---|---|
| OPS-1182 | monitoring | load balancer | closed |
| OPS-1190 | monitoring | DNS | open |
| OPS-1194 | nightly-build | CI | open |

Summarise the open items for the weekly ops email.""")

D("en", "code-fixture", [], """const users = [
  { id: 1, name: 'Test User', email: '⟦E|test@example.com⟧', phone: '⟦T|+1 555 0100⟧' },
  { id: 2, name: '⟦P|Jane Doe⟧', email: '⟦E|jane.doe@example.com⟧' },
];
// ^ placeholder fixtures, replace before the demo""")
# ---- English: courts, FOI, council ----------------------------------------
D("en", "ruling-anon", ["criminal"], """IN THE CROWN COURT AT LEEDS
R v [DEFENDANT]
Sentencing remarks of HHJ ⟦P|Whitcombe⟧

1. [The defendant], who is 24, pleaded guilty to possession with intent to supply class A drugs. In interview he said his cousin, ⟦P|Kyle Ashworth⟧, had asked him to "hold" the package.
2. He was arrested at his mother's flat at ⟦A|14 Harehills Lane, Leeds LS8 5HR⟧ on 3 March. His date of birth, given in open court as ⟦D|9 January 2001⟧, makes him...""")

D("en", "ruling-anon", [], """Case No: CO/4412/2024
Neutral Citation Number: [2025] EWHC 1187 (Admin)
Between: THE KING (on the application of AB) Claimant - and - SECRETARY OF STATE FOR THE HOME DEPARTMENT Defendant
The claimant, referred to as AB to protect her anonymity, challenges the decision of 12 April 2024. Judgment approved by the court for handing down.""")

D("en", "ruling-anon", ["health", "criminal"], """Employment Tribunal summary (anonymisation incomplete – please check before publishing):
"The claimant, Ms P, worked as a care assistant at Oakfield House. On 14 May her manager, ⟦P|Dean Holloway⟧, told colleagues that she had been 'sectioned' the previous year. The respondent's witness, Ms ⟦P|Rachel Idowu⟧, accepted that Mr ⟦P|Holloway⟧ also disclosed the claimant's caution for shoplifting.\"""")

D("en", "foi-request", [], """Dear Information Governance Team,

Under the Freedom of Information Act 2000, please provide the number of parking penalty charge notices issued on Coronation Street (Salford) in 2024, broken down by month. I do not need any personal details of the vehicle owners.

Regards,
⟦P|Callum McBride⟧
⟦E|callum.mcbride@protonmail.com⟧""")

D("en", "foi-response", [], """FOI ref: FOI-25-00931
Dear Mr ⟦P|Okonkwo⟧,

Thank you for your request. We hold the information. Names of junior officers have been redacted under section 40(2). The email of 9 June from "[REDACTED] (Planning)" to Councillor ⟦P|Janet Spurling⟧ is released in full because the councillor's name is already public.

Information Governance, Stockport Council, ⟦T|0161 474 4000⟧""")

D("en", "council-qa", ["political"], """Council Question Time – written answer
Question from Cllr ⟦P|Harpreet Gill⟧ (Green Party): "Will the Cabinet Member confirm how many households are in temporary accommodation?"
Answer: As of 30 September, 1,482 households. I thank Cllr ⟦P|Gill⟧ for her continued interest.""")

# ---- English: school, parents ----------------------------------------------
D("en", "school-report", [], """END OF TERM REPORT — Year 10
Student: ⟦P|Ellie-Mae Thornton⟧   UPN: ⟦N|H801200001234⟧   Form: 10R
English: Working at grade 6. ⟦P|Ellie-Mae⟧ writes confidently but should plan more carefully.
Maths: Grade 5. Homework completion 92 %.
Form tutor: Mr ⟦P|Adebayo⟧""")

D("en", "parent-email", ["health"], """Hi Mrs ⟦P|Whitfield⟧,

Just to let you know ⟦P|Oscar⟧ has been diagnosed with type 1 diabetes over half term. He'll have a sensor on his arm and may need to check his levels in class. I've attached the care plan from Alder Hey. Please call me on ⟦T|07700 900461⟧ if he seems unwell.

Thanks,
⟦P|Bethany Coates⟧ (⟦P|Oscar⟧'s mum)""")

D("en", "parent-email", [], """Dear parents,

Reminder: non-uniform day this Friday (£1 donation to Children in Need). Year 6 SATs information evening is on Tuesday 20 January at 6pm in the hall. Please reply via ParentMail.

Kind regards,
St Mary's C of E Primary School""")

# ---- English: insurance, housing -----------------------------------------
D("en", "insurance-claim", [], """HOME INSURANCE – ESCAPE OF WATER CLAIM
Policyholder: Mr ⟦P|Declan O'Sullivan⟧
Policy no: ⟦N|HH-55219034-IE⟧
Risk address: ⟦A|Apt 4, 17 Belgrave Square, Rathmines, Dublin 6⟧
Phone: ⟦T|+353 87 412 9930⟧
Loss: burst pipe under kitchen sink on 2 Feb; flooring and units damaged.
Settlement to: ⟦P|D. O'Sullivan⟧, ⟦I|DE93369438439906954228⟧ (German account, policyholder works in Munich)""")

D("en", "insurance-claim", ["health"], """Travel claim – medical expenses
Claimant: ⟦P|Anjali Venkataraman⟧, DOB ⟦D|03/08/1975⟧, policy ⟦N|TRV-2025-771043⟧
While in Lisbon the claimant was admitted to Hospital de Santa Maria with acute appendicitis and had an appendectomy on 11 July. Hospital invoice €6,240. Card used for the deposit: ⟦C|5181 8364 5320 0955⟧.""")

D("en", "insurance-claim", [], """Can you draft a polite rejection letter template for motor claims where the damage was already recorded before the policy started? Use [Name] and [Policy number] as placeholders, no real customer data.""")

D("en", "housing-complaint", [], """Stage 1 complaint – Riverside Homes
Tenant: Mrs ⟦P|Gloria Abernethy-Kwarteng⟧
Tenancy ref: ⟦N|TEN-0083311⟧
Address: ⟦A|Flat 23, Marlowe House, 2 Cable Street, London E1 8JG⟧
I reported black mould in the bathroom in August and again in October. Nobody has come. My grandson ⟦P|Kofi⟧ sleeps in that room. Please contact me on ⟦T|020 7946 0958⟧ or ⟦T|07911 123456⟧.""")

D("en", "housing-complaint", ["criminal"], """Housing officer note: anti-social behaviour at ⟦A|41 Tennyson Road, Luton LU1 3RS⟧. Neighbour reports that the tenant, ⟦P|Marek Zieliński⟧, was arrested on Saturday after a fight in the stairwell and is on bail with a condition not to return to the block. Police ref CAD 2291 of 15/11.""")

D("en", "gp-sms", ["health"], """From: NHSNoReply
Dear ⟦P|Shaun⟧, your blood test at Riverside Medical Centre is booked for Tue 18 Nov at 08:20 (fasting). Your NHS number ⟦N|485 777 3456⟧ is needed at reception. To cancel call ⟦T|0113 496 0123⟧. Reply STOP to opt out.""")

D("en", "gp-sms", ["health"], """Hi ⟦P|Ayesha⟧, this is Dr ⟦P|Carmichael⟧'s surgery. Your smear test result is abnormal (low-grade changes). We've referred you to colposcopy at St James's; they'll write within 4 weeks. Questions: ⟦T|+44 113 496 0777⟧.""")

D("en", "gp-sms", [], """Flu and COVID-19 vaccines now available for over-65s, pregnant people and those with long-term conditions. Book online or call the surgery. This is an automated message from Parkside Surgery.""")

# ---- English: jobs, CVs, LinkedIn ------------------------------------------
D("en", "cv", [], """⟦P|NGOZI ADEBAYO-WILLIAMS⟧
Senior Data Protection Officer
⟦A|56 Kingsland Road, Birmingham B12 9QJ⟧ | ⟦T|+44 (0) 7700 900 118⟧ | ⟦E|ngozi.aw@gmail.com⟧ | linkedin.com/in/⟦P|ngozi-adebayo-williams⟧

PROFILE
CIPP/E-certified DPO with nine years' experience in local government and the NHS.

EXPERIENCE
2020–now  DPO, Sandwell Metropolitan Borough Council
2016–2020 IG Manager, University Hospitals Birmingham""")

D("en", "job-application", ["ethnicity", "health"], """Equal opportunities monitoring (attached to application for Job ref 4471):
Name: ⟦P|Tomasz Lewandowski⟧
Ethnic origin: White – Other (Polish)
Disability: Yes – hearing impairment, uses hearing aids
Religion: prefer not to say
Please proofread this before I send it.""")

D("en", "job-application", [], """Dear Hiring Manager,

I am writing to apply for the position of Junior Developer (ref JD-2025-33). I recently graduated from the University of Leeds with a first-class degree in Computer Science. During my placement at Sky Betting & Gaming I worked on a Kotlin microservice.

I would welcome the chance to discuss my application.

Yours faithfully,
⟦P|Rhiannon Evans-Bevan⟧
⟦T|07723 418 990⟧""")

D("en", "linkedin-bio", ["religion"], """About
I'm ⟦P|Daniel Haile⟧, an Eritrean-born civil engineer living in Rotterdam. Lead structural designer at a bridges consultancy; previously at Arup. Outside work I sing in the choir of the Eritrean Orthodox Tewahedo church in Rotterdam-Zuid and mentor newcomers through Refugee Talent Hub.""")

D("en", "linkedin-bio", [], """Rewrite my LinkedIn headline to sound less boring: "Product owner @ municipality, agile coach, coffee addict, dad of 3". Keep it under 120 characters.""")

# ---- English: meetings, calls, dictation -----------------------------------
D("en", "ics", ["health"], """BEGIN:VEVENT
DTSTART;TZID=Europe/London:20251209T140000
SUMMARY:Occupational health review – ⟦P|K. Nakamura⟧ (return to work after chemo)
LOCATION:Room 2.14\\, ⟦A|1 Victoria Street\\, London SW1H 0ET⟧
ATTENDEE;CN=⟦P|Keiko Nakamura⟧:mailto:⟦E|keiko.nakamura@dft-example.gov.uk⟧
ATTENDEE;CN=OH Advisor:mailto:⟦E|oh.referrals@healthworks-example.co.uk⟧
END:VEVENT""")

D("en", "call-transcript", [], """[Transcript – auto-generated, may contain errors]
Agent (⟦P|Chloe⟧): Thanks for holding, uh, can I take the name on the account?
Caller: Yeah it's, um, ⟦P|Patrick⟧, ⟦P|Patrick Doyle-Mensah⟧.
Agent: And the, um, first line of the address and postcode?
Caller: ⟦A|Flat B, 9 Rosebery Avenue, EC1R 4SP⟧.
Agent: Lovely. And what's the, the best number to reach you?
Caller: ⟦T|Oh-seven-seven, double-oh, nine-double-oh, uh, five-five-two⟧. Actually just use ⟦T|07700 900552⟧.
Agent: Perfect, I've, I've updated that.""")

D("en", "call-transcript", [], """Customer: hi so um I'm trying to cancel my gym membership, the app won't let me
Agent: no worries, can I have your membership number please
Customer: yeah it's ⟦N|GYM 0044 1178⟧
Agent: thanks and can you confirm your date of birth
Customer: ⟦D|twenty-third of June ninety-eight⟧
Agent: great thanks ⟦P|Jordan⟧, I've cancelled it from the end of this month""")

D("en", "dictation", ["health"], """dictation for mr ⟦P|peterson⟧ letter to gp re ⟦P|margaret ellis⟧ date of birth ⟦D|fourth of may nineteen forty nine⟧ hospital number ⟦N|RX 4471029⟧ seen in memory clinic today new diagnosis of alzheimers disease moderate stage started donepezil five milligrams daughter ⟦P|susan⟧ present full stop end of dictation""")
# ---- English: markings, secrets in prose, misc ----------------------------
D("en", "classified-memo", [], """⟦V|EU RESTRICTED⟧

NOTE TO THE FILE
Subject: Cyber incident at the permanent representation, 12 November
The incident was reported by the duty officer, ⟦P|Luca Ferraro⟧, at 21:40. Affected host: ⟦IP|192.168.40.17⟧. No exfiltration observed.

⟦V|EU RESTRICTED⟧""")

D("en", "classified-memo", [], """⟦V|TLP:AMBER+STRICT⟧ — Threat advisory 2025-114
Indicators: ⟦IP|45.153.160.2⟧, ⟦IP|2a0d:5600:24:0:0:0:0:1f⟧, domain login-m1crosoft-auth[.]com.
Do not share outside your organisation. Contact: ⟦E|soc@ncsc-example.nl⟧.""")

D("en", "classified-memo", [], """What's the practical difference between TLP:CLEAR and TLP:GREEN when we forward a bulletin to the municipalities? And is "OFFICIAL-SENSITIVE" the UK equivalent of Departementaal Vertrouwelijk? General question for a training slide.""")

D("en", "classified-memo", ["criminal"], """⟦V|STRICTLY CONFIDENTIAL⟧ – Board only
Re: Finance director
Internal audit found that ⟦P|Graham Whitlock⟧ (employee no. ⟦N|E-20914⟧) transferred £48,200 to a company owned by his brother-in-law. The matter has been reported to Action Fraud and Mr ⟦P|Whitlock⟧ was interviewed under caution by Thames Valley Police on 4 November.""")

D("en", "secret-prose", [], """Hi ⟦P|Rosa⟧, welcome to the team! The guest wifi is "Gemeentehuis-Gast", password ⟦S|Tulpen&Klompen2025⟧. Your temporary login for the intranet is ⟦P|r.delgado⟧ / ⟦S|Welkom-8472!⟧ — you'll be asked to change it on first login. Any trouble, ring the service desk on ⟦T|+31 30 286 99 00⟧.""")

D("en", "secret-prose", [], """curl -X POST https://api.example-payments.com/v1/refunds \\
  -H "Authorization: Bearer ⟦S|eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJvcHMtYm90Iiwicm9sZSI6InJlZnVuZHMiLCJpYXQiOjE3MzEwMDAwMDB9.k3Qm8yQ2fY7bXo0Vw1sJp4Tz6RcLh9Ue5NdAa2Gi8Ms⟧" \\
  -d amount=2500 -d charge=ch_3PqL2k
Why do I get "invalid_request_error"?""")

D("en", "secret-prose", [], """Host bastion-prod
    HostName ⟦IP|198.51.100.73⟧
    User ⟦P|okoroafor⟧
    IdentityFile ~/.ssh/id_ed25519
    # key passphrase is in 1Password, don't paste it here
Host *
    ServerAliveInterval 60""")

D("en", "secret-prose", [], """Dockerfile review please:

FROM python:3.12-slim
ENV DJANGO_SECRET_KEY=⟦S|x7#q!f2m$9vz@1kd^p0r&w8t*ye4n6b3⟧
ENV DATABASE_URL=${DATABASE_URL}
RUN pip install -r requirements.txt
EXPOSE 8000""")

D("en", "secret-prose", [], """Rotated all keys after the leak. The old one (ghp_… ending in 9fQ2) is revoked. New tokens live in the vault under ci/github; reference them as {{ vault_github_token }} in Ansible. Do not paste them in tickets.""")

D("en", "code-fixture", [], """Jupyter output (cell 14):
>>> df[df.customer_id == ⟦N|88123⟧].T
customer_id          ⟦N|88123⟧
name          ⟦P|Hannah Szymańska⟧
email         ⟦E|h.szymanska@wp.pl⟧
phone         ⟦T|+48 601 233 871⟧
iban          ⟦I|PL48542332361093226468271731⟧
created       2024-09-30 11:02:17""")

D("en", "code-fixture", [], """def test_mask_bsn():
    assert mask("⟦B|544471180⟧") == "*****1180"
    # a number that fails the 11-check must be left alone
    assert mask("544471181") == "544471181\"""")

# ---- English: special categories -------------------------------------------
D("en", "hr-letter-rewrite", ["sexual"], """Make this more formal: "hey, just so HR knows, ⟦P|Marcus⟧ from Finance is adding his husband ⟦P|Tobias Engel⟧ to the health insurance from January, his DOB is ⟦D|14/02/1985⟧\"""")

D("en", "genetic-report", ["genetic"], """Ancestry & carrier report
Customer: ⟦P|Lena Hoffmann⟧ · Kit ID ⟦N|KT-7Q4M-22X9⟧
Carrier status: 1 variant detected (HFE C282Y, one copy). Being a carrier usually has no effect on your health.
Shared DNA match: ⟦P|Jonas Hoffmann⟧ (predicted paternal uncle, 24 % shared).""")

D("en", "biometric-record", ["biometric"], """Border control e-gate log
Passenger: ⟦P|FARAH AL-MASRI⟧  Doc: ⟦N|N01842773⟧ (SYR)
Face match score: 0.62 (threshold 0.70) → REJECTED, referred to officer
Fingerprint check (VIS): 4/4 fingers matched to the visa application; date of birth on file ⟦D|02.11.1993⟧""")

D("en", "union-note", ["trade_union"], """Notes from the grievance meeting: ⟦P|Oksana Bondarenko⟧ attended with her Unison rep, ⟦P|Steve Marsh⟧. She asked for the minutes to be sent to her personal email, ⟦E|oksana.b@ukr.net⟧, not her work one.""")

D("en", "ethnicity", ["ethnicity"], """Please anonymise before sharing with the steering group: "Our new apprentice ⟦P|Kwame Asante⟧ describes himself as British-Ghanaian and asked to join the Black Employees Network; his mentor will be ⟦P|Ruth Bell⟧.\"""")

D("en", "political", ["political"], """Volunteer sign-up (Lib Dem campaign, Bath): ⟦P|Imogen Fairbairn⟧, ⟦E|imogen.f@btinternet.com⟧, ⟦T|01225 448 901⟧ — happy to deliver leaflets in Widcombe and to knock doors on polling day.""")

D("en", "religion", ["religion"], """For the staff handbook FAQ, anonymise this: "⟦P|Yusuf Ibrahim⟧ (payroll) asked whether he can leave at 12:30 on Fridays for Jumu'ah prayers and make up the time on Monday.\"""")

D("en", "health", ["health"], """Hi ⟦P|Priyanka⟧, can you cover my Thursday lecture? I'm having IVF egg retrieval that morning and won't be fit to teach. Please keep it between us. – ⟦P|Mel⟧""")

D("en", "criminal", ["criminal"], """Reference check – DBS result for ⟦P|Connor Walsh⟧, DOB ⟦D|7 Oct 1996⟧: one spent conviction (2015, criminal damage, fine). Certificate number ⟦N|001782663210⟧. Does this need to be disclosed to the school's governors?""")

# ---- English: general questions on sensitive topics (no person) ---------------
D("en", "general-question", [], """Explain in plain English what Article 9 GDPR means for a council that wants to record whether housing applicants have a disability. No real cases please.""")
D("en", "general-question", [], """Write a short explainer for new managers on how to talk with an employee who discloses depression. Keep it generic and under 250 words.""")
D("en", "general-question", [], """What are the rules for employers in the Netherlands on asking about trade union membership during a job interview? Compare with the UK.""")
D("en", "general-question", [], """Summarise the research on facial recognition bias against darker-skinned women (Gender Shades study) in three bullet points.""")
D("en", "general-question", [], """Can a school publish a list of which pupils get free school meals? I'm asking generally, for a policy document.""")
D("en", "general-question", [], """Draft a neutral FAQ answer: "Does the municipality keep records of people's religion for cemetery plots?" No personal data involved.""")

# ---- English: hard negatives -------------------------------------------------
D("en", "hard-negative", [], """Order #100-448-2291 shipped via DHL, tracking JD014600003829475612. Invoice INV-2025-08817, VAT GB 123 4567 89. Questions? Reply to this email — our team is available Mon–Fri.""")
D("en", "hard-negative", [], """Visit the Van Gogh Museum and the Anne Frank House, then dinner at Jamie Oliver's Italian on Leidseplein. The Marks & Spencer on Kalverstraat closes at 20:00. Tram 2 stops at Museumplein.""")
D("en", "hard-negative", [], """Release notes v4.12.0.3 — fixed a crash when the postcode field was empty; SDK bumped to 10.0.19041.1; build 2025.11.14.2 signed with certificate serial 3A:1F:9C:77:00:2E.""")
D("en", "hard-negative", [], """Is 4713 4761 8252 2253 a valid card number? Our checkout says it fails validation, I think the customer typed it wrong. (Don't worry, it's not a real one.)""")
D("en", "hard-negative", [], """The meeting on 12 March 2025 was moved to 19 March; the deadline for comments is 1 April. Minutes of the 5 February session are attached as PDF (ref. DOC-2025-0211).""")
D("en", "hard-negative", [], """Mark my words: June will be busy. Grace periods end in May, and Will has to be rewritten before the Hope Street project starts. (Will = our workload-planning tool, Hope Street = the regeneration scheme.)""")
D("en", "hard-negative", [], """ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFj2q8m0c7s1Yd9pXk4wZr6tVbN3hE5uQo2Lc8aR1sTg deploy@ci
Fingerprint: SHA256:9xJ0m4n2P7dKqZs1VwYb6cR3tLhE8uA5gF0oN2iM4kQ
This is the public key for the CI deploy user, add it to authorized_keys.""")
# ---- Nederlands: identificatienummers, code, rubricering -------------------
D("nl", "formulier-inschrijving", [], """Inschrijfformulier sportvereniging HV Quick '20
Achternaam: ⟦P|Van den Akker-Tjoe Fat⟧   Voornamen: ⟦P|Mei Ling⟧
Geboortedatum (dd-mm-jjjj): ⟦D|27-10-2012⟧
BSN (voor de KNHB-registratie): ⟦B|367 225 931⟧
Adres: ⟦A|Schoolstraat 2 zwart, 1381 AA Weesp⟧
Telefoon ouder: ⟦T|+31(0)6-4402 1187⟧
Machtiging contributie: ⟦I|NL02 SNSB 790 750 1135⟧
Handtekening: ⟦P|R. van den Akker⟧""")

D("nl", "formulier-inschrijving", [], """Kan iemand checken of dit klopt? Mijn BSN is ⟦B|400.645.129⟧ en die van mijn vrouw ⟦B|554 977 783⟧, maar het portaal zegt bij de mijne "ongeldig". Mijn naam is ⟦P|Bayu Soerjadi⟧.""")

D("nl", "dictaat", ["health"], """spraakmemo naar tekst ik zit nu bij oma ⟦P|tine⟧ in de auto ze heeft vanochtend haar nieuwe insulinepen gekregen maar weet niet meer hoeveel eenheden zeg jij het even tegen de wijkverpleging haar bsn is ⟦B|492120663⟧ en de huisarts is dokter ⟦P|smeets⟧ aan de ⟦A|Stationsweg 9 Roermond⟧ groetjes ⟦P|petra⟧""")

D("nl", "python-fixture", [], """# tests/test_export_uwv.py
GELDIGE_BSNS = ["⟦B|138197246⟧", "⟦B|668268827⟧"]
ONGELDIGE_BSNS = ["123456789", "499854045"]  # falen de elfproef

def test_export_bevat_alleen_geldige():
    rij = maak_rij(naam="⟦P|Teun Hoogendoorn⟧", bsn=GELDIGE_BSNS[0], iban="⟦I|NL84RBRB4324789305⟧")
    assert valideer(rij)""")

D("nl", "python-fixture", [], """# settings_acceptatie.py
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "zaaksysteem",
        "USER": "zs_app",
        "PASSWORD": "⟦S|Gr0ningen!Zaak#2025⟧",
        "HOST": "⟦IP|10.14.2.31⟧",
    }
}
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
EMAIL_HOST_PASSWORD = "********"  # staat in de kluis""")

D("nl", "git-log", [], """Na de merge zie ik dit in de log, moet ik iets doen?

commit 8d2f1a9
Author: ⟦P|Jasper van Ommeren⟧ <⟦E|jasper.vanommeren@gemeente-voorbeeld.nl⟧>
    hotfix: koppeling BRP, tijdelijk token ⟦S|brp_live_9c4e1f7a22b84d0e93f6a5c1d8e7b2f0⟧ hardcoded

commit 41ca7e0
Author: ⟦P|Nisrine El Amrani⟧ <⟦E|n.elamrani@gemeente-voorbeeld.nl⟧>
    feat: export naar CSV met puntkomma""")

D("nl", "js-fixture", [], """// mock-data voor de storybook van het klantportaal
export const klant = {
  naam: '⟦P|Ingeborg ter Haar Romeny⟧',
  geboortedatum: '⟦D|1969-03-31⟧',
  adres: '⟦A|Plantage Middenlaan 2 K, 1018 DD Amsterdam⟧',
  kenteken: '⟦K|VZ-318-G⟧',
  creditcard: '⟦C|5587 9487 9976 2497⟧',
};""")

D("nl", "rubricering", [], """⟦V|STG. CONFIDENTIEEL⟧
Aan: DG Politie en Veiligheidsregio's
Betreft: stand van zaken dreigingsbeeld vitale infrastructuur
Opsteller: mr. ⟦P|E. (Evert) Harinxma⟧, tel. ⟦T|070-426 66 11⟧
Verspreiding beperkt tot geadresseerden.
⟦V|STG. CONFIDENTIEEL⟧""")

D("nl", "rubricering", [], """Onderwerp: [⟦V|Persoonlijk en vertrouwelijk⟧] uitkomst screening
Beste ⟦P|Nadia⟧,
De veiligheidsonderzoeker van de AIVD heeft de VGB voor mevrouw ⟦P|Bakker-Osei⟧ afgegeven. Je kunt haar laten beginnen op 1 december.
⟦P|Frits⟧""")

D("nl", "rubricering", [], """In de e-mailhandtekening staat standaard: "Dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, verwijder het dan." Moet ik mijn berichten dan ook als VERTROUWELIJK rubriceren? Nee toch? Het is een algemene vraag.""")

D("nl", "rubricering", ["criminal"], """⟦V|DEPARTEMENTAAL VERTROUWELIJK⟧
Notitie ten behoeve van het driehoeksoverleg
Betrokkene ⟦P|R.A. Liefting⟧ (geb. ⟦D|04-06-1988⟧) draagt sinds 1 oktober een enkelband in het kader van een voorwaardelijke invrijheidsstelling. Reclassering meldt twee overtredingen van het gebiedsverbod rond de ⟦A|Vlietstraat 12-14, 2311 XK Leiden⟧.""")

D("nl", "kenteken", [], """Parkeervergunning bewoners – wijziging kenteken
Vergunninghouder: ⟦P|Gülsen Aktaş⟧
Oud kenteken: ⟦K|89-TJ-NK⟧
Nieuw kenteken: ⟦K|S-294-LB⟧
Deelauto (Greenwheels): ⟦K|G-007-XX⟧ – hoeft niet op de vergunning.
Vergunningnummer: PV-2025-11093""")

D("nl", "kenteken", [], """Vraagje: wat betekent sidecode 9 bij kentekens en welk formaat hebben de nieuwste Nederlandse kentekens? Ik wil een validatieregel schrijven in ons formulier.""")

D("nl", "camera-melding", ["criminal"], """Melding ANPR-hit (automatisch)
Tijd: 2025-11-16 23:41
Locatie: N201 hmp 14,2
Kenteken: ⟦K|TV-812-B⟧ — gesignaleerd (OM: aanhouden bestuurder i.v.m. openstaande vrijheidsstraf)
Bestuurder volgens RDW: ⟦P|Erwin Sluijter⟧, ⟦A|Kanaalweg 77, 2121 BA Bennebroek⟧""")

D("nl", "netwerklog", [], """Onze firewall blokkeert steeds dit adres, is dat een medewerker?
Nov 17 08:12:44 fw01 DROP SRC=⟦IP|192.168.12.57⟧ DST=⟦IP|172.217.17.46⟧ PROTO=TCP DPT=443
Nov 17 08:12:45 fw01 DHCP lease ⟦IP|192.168.12.57⟧ → laptop-⟦P|kvanderhoek⟧ (MAC 3c:22:fb:91:0e:7d)""")

D("nl", "netwerklog", [], """Wat is het verschil tussen ⟦IP|10.0.0.0⟧/8 en ⟦IP|172.16.0.0⟧/12? En telt ⟦IP|127.0.0.1⟧ als persoonsgegeven in een logbestand? Algemene vraag voor de privacytraining.""")

D("nl", "env-prose", [], """Voor de nieuwe collega: inloggen op de testserver gaat met gebruikersnaam ⟦P|lotte.beekman⟧ en wachtwoord ⟦S|Zomer2025!Beek⟧, de Mollie-testsleutel is ⟦S|test_Hk4Jw8nQz2cVx9TpLm3RsB7dEf6G⟧ en de live-sleutel vraag je aan ⟦P|Hans⟧.""")

# ---- Nederlands: bijzondere persoonsgegevens ------------------------------
D("nl", "sollicitatie", ["ethnicity"], """Kun je deze alinea uit mijn sollicitatie verbeteren? "Als dochter van Molukse ouders die in het woonoord Lunetten opgroeiden, weet ik hoe het is om tussen twee culturen te leven." Ik ben ⟦P|Maria Latuheru⟧ en solliciteer als diversiteitsadviseur.""")

D("nl", "kerkblad", ["religion"], """Mededeling in de nieuwsbrief van de moskee Al Fourkaan: broeder ⟦P|Hamza Amrani⟧ heeft de hadj volbracht. De welkomstbijeenkomst is zondag na het asr-gebed.""")

D("nl", "personeelsdossier", ["sexual"], """Wijziging personeelsgegevens
Medewerker: ⟦P|Kevin de Graaf⟧, personeelsnummer ⟦N|200387⟧
Partner: ⟦P|Sander Pieters⟧ (echtgenoot, getrouwd op 6 september)
Graag ⟦P|Sander⟧ toevoegen als begunstigde voor het partnerpensioen.""")

D("nl", "personeelsdossier", ["health", "sexual"], """Verlofaanvraag: ⟦P|Elif Yavuz⟧ (⟦N|P-08815⟧) vraagt aanvullend geboorteverlof aan. Haar partner is op 2 november bevallen van een zoon. Periode: 1 december t/m 10 januari.""")

D("nl", "personeelsdossier", ["health"], """Samenvatting re-integratieverslag: ⟦P|Dewi Kartosen⟧ is sinds 4 augustus ziek uit (Long COVID, vermoeidheid). Bedrijfsarts ⟦P|Lemmens⟧ adviseert opbouw naar 2 x 3 uur per week. Contact via ⟦E|d.kartosen@zorggroep-rivierenland.nl⟧.""")

D("nl", "politiek", ["political"], """Persbericht: ⟦P|Anton Verhagen⟧ (61), oud-wethouder van Ede, staat als lijstduwer op de kandidatenlijst van BBB voor de gemeenteraadsverkiezingen. Reacties: ⟦E|pers@bbb-ede.nl⟧.""")

D("nl", "vakbond", ["trade_union", "political"], """Verslag actiecomité: ⟦P|Rachida⟧ (AbvaKabo, kaderlid) en ⟦P|Joost Evers⟧ (ook lid van de PvdA-fractie in de deelraad) organiseren de demonstratie op het Malieveld op 5 december.""")

D("nl", "jeugd", ["criminal"], """Brief aan ouders (concept, graag herschrijven in eenvoudiger Nederlands):
"Uw zoon ⟦P|Dani Rosario⟧, geboren ⟦D|19 februari 2009⟧, heeft op 2 oktober een HALT-afdoening gekregen voor vernieling van een bushokje. De taakstraf van 8 uur loopt via Bureau Halt, contactpersoon mevr. ⟦P|Schoemaker⟧ (⟦T|088 – 255 0 255⟧).\"""")

D("nl", "algemeen-vraag", [], """Welke gezondheidsgegevens mag een bedrijfsarts delen met de werkgever bij langdurig verzuim? Geef een overzicht in een tabel.""")

D("nl", "algemeen-vraag", [], """Schrijf een informatiebrief voor ouders over hoofdluiscontroles op school, zonder namen van kinderen.""")

D("nl", "algemeen-vraag", [], """Wanneer is gezichtsherkenning bij een toegangspoort van een sportschool toegestaan volgens de AP? Algemeen antwoord graag.""")

D("nl", "hard-negatief", [], """Het rijksregisternummer heeft 11 cijfers: geboortedatum (jjmmdd), volgnummer en een controlegetal van 2 cijfers (97 min de rest van deling door 97). Een voorbeeld in de documentatie is 00.00.00-000.00, dat is geen echt nummer.""")

D("nl", "hard-negatief", [], """Dank voor uw bestelling bij Bloemenhuis De Roos! Bezorging zaterdag tussen 10 en 14 uur. Ordernummer 2025-004471, klantenservice via het contactformulier. Groene groet, het team van De Roos.""")

D("nl", "hard-negatief", [], """Agenda commissie Ruimte: 1. Opening 2. Vaststellen agenda 3. Bestemmingsplan Willem Alexanderpark 4. Rondvraag. Locatie: raadzaal, Raadhuisplein. Aanvang 19:30 uur.""")

D("nl", "hard-negatief", [], """Excelformule werkt niet: =ALS(LENGTE(A2)=9;"ok";"fout"). In A2 staat 123.456.789, dat zijn toch 9 cijfers? Of telt Excel de punten mee?""")
# ---- dense mixed documents ---------------------------------------------------
D("en", "excel-tsv", [], """Paste from the volunteers sheet — please turn into a rota:

First name\tSurname\tMobile\tEmail\tCar reg
⟦P|Siobhan⟧\t⟦P|Gallagher⟧\t⟦T|07700 900 215⟧\t⟦E|siobhan.g@outlook.ie⟧\t⟦K|KX19 LMV⟧
⟦P|Tariq⟧\t⟦P|Mahmood⟧\t⟦T|+44 7700 900387⟧\t⟦E|tariq.mahmood@yahoo.co.uk⟧\t-
⟦P|Olena⟧\t⟦P|Shevchenko⟧\t⟦T|+380 67 451 2290⟧\t⟦E|olena.shev@ukr.net⟧\t-
⟦P|bernard⟧\t⟦P|o'neill⟧\t⟦T|(0161) 496-0732⟧\t⟦E|bern.oneill@gmail.com⟧\t⟦K|MA68 RTU⟧""")

D("en", "expense-claim", [], """Expense claim EXP-2025-3381 (not a personal number)
Employee: ⟦P|Fiona MacLeod⟧, staff ID ⟦N|ST-004127⟧
Hotel Amsterdam 2 nights €412.00 — paid with corporate Amex ⟦C|3739 591162 55528⟧
Taxi Schiphol €56.40 — personal Mastercard ⟦C|2221-5526-1929-2450⟧ (please refund to ⟦I|GB87 NWBK 9739 3632 7111 94⟧)
Approver: ⟦P|Graham⟧""")

D("en", "passport-form", [], """VISA APPLICATION – SUPPORTING DATA (typed from the scan)
Surname: ⟦P|TESFAYE⟧   Given names: ⟦P|SELAM HAILE⟧
Date of birth: ⟦D|12 JUN 1991⟧   Place of birth: ASMARA
Passport no: ⟦N|P01928374⟧   Issued: 2022
Host in NL: ⟦P|Yonas Gebreyesus⟧, ⟦A|Kruisstraat 45 bis, 5612 CJ Eindhoven⟧, ⟦T|+31 40 123 9087⟧""")

D("en", "letter-translation", [], """Translate into English for my neighbour: "Beste mevrouw ⟦P|Novak⟧, uw pakketje ligt bij mij op ⟦A|Lindengracht 70-1⟧. Ik ben er na 18 uur. Groet, ⟦P|Bram⟧ (⟦T|06 87 33 12 09⟧)\"""")

D("en", "customer-email", [], """Subject: Wrong charge on my card
Hi, I was charged twice for order 77812 on my Visa ⟦C|4791 1273 9469 3739⟧. Please refund one payment. My account email is ⟦E|kenji.watanabe@icloud.com⟧ and my delivery address is ⟦A|Weena 505, 3013 AL Rotterdam⟧. Thanks, ⟦P|Kenji Watanabe⟧""")

D("en", "contact-sheet", [], """Emergency contacts – field trip Year 8
Pupil | Contact | Relationship | Number
⟦P|Aleksander Nowicki⟧ | ⟦P|Beata Nowicka⟧ | mother | ⟦T|+48 22 555 01 88⟧
⟦P|Zainab Hussain⟧ | ⟦P|Imran Hussain⟧ | father | ⟦T|07700 900 644⟧
⟦P|Finn O'Reilly⟧ | ⟦P|Aoife O'Reilly⟧ | aunt | ⟦T|+353 1 555 0192⟧
⟦P|Lucas Mertens⟧ | ⟦P|Katrien Peeters⟧ | mother | ⟦T|+32 9 233 45 67⟧""")

D("en", "bank-change", [], """Please update my bank details for the rent refund. New account: ⟦I|BE77 1320 9829 9942⟧ (KBC), account holder ⟦P|Maximilian De Backer⟧. Old account ⟦I|BE13724389369139⟧ can be closed. Reference my tenant number ⟦N|T-88120⟧. Postcode of the flat: ⟦Z|6211 LK⟧.""")

D("en", "shipping-label", [], """OCR from a returned parcel:
SHIP TO: ⟦P|M. ABDULLAHI⟧
WOONBOOT ⟦A|OOSTELIJKE HANDELSKADE T.O. 12
1019 BM AMSTERDAM⟧
TEL ⟦T|0031 6 2211 4477⟧
RETURN TO: Postbus 8011, ⟦Z|3503 RA⟧ Utrecht""")

D("en", "health-note", ["health", "genetic"], """Summarise for the family: "⟦P|Ruth Abramowitz⟧ (DOB ⟦D|30 September 1962⟧) tested positive for the Huntington's gene expansion (42 CAG repeats). Her son ⟦P|Eli⟧ has asked for predictive testing. Genetic counsellor: Dr ⟦P|Sunita Rao⟧, ⟦T|020 3299 4015⟧.\"""")

D("en", "hard-negative", [], """Password policy reminder: at least 14 characters, no reuse of your last 5 passwords. Never share your password, not even with the service desk. Example of a weak password: Summer2024! (don't use it).""")

D("nl", "excel-tsv", [], """Ledenlijst bewonerscommissie (uit Excel):
nr	naam	adres	telefoon	IBAN
1	⟦P|H.J. Smit⟧	⟦A|Merelstraat 2⟧	⟦T|0318-634411⟧	⟦I|NL23KNAB5779939849⟧
2	⟦P|A. Pawlak⟧	⟦A|Merelstraat 4-A⟧	⟦T|06 1947 0033⟧	
3	fam. ⟦P|Tahiri⟧	⟦A|Merelstraat 6 huis⟧		⟦I|NL89 BUNQ 1339 2558 32⟧
4	⟦P|Ria van 't Hoff⟧	⟦A|Merelstraat 8 bov.⟧	⟦T|0318 63 29 70⟧	""")

D("nl", "aanvraag-bijstand", ["health"], """Aanvraag bijzondere bijstand
Aanvrager: ⟦P|Nurten Yıldırım-Öztürk⟧, BSN ⟦B|612.993.000⟧, geb. ⟦D|1 januari 1970⟧
Partner: ⟦P|Hüseyin Yıldırım⟧, BSN ⟦B|366 917 158⟧
Adres: Kolenkitbuurt, ⟦A|Bos en Lommerweg 221-2, 1055 DT Amsterdam⟧
Kosten: eigen risico zorgverzekering en een nieuwe rolstoelband voor de partner (MS).
Uitbetalen op ⟦I|NL22ASNB8663670808⟧""")

D("nl", "aanvraag-bijstand", [], """Vraag van een inwoner aan de balie, graag een kort antwoord: "Mijn buurman ⟦P|Gerrit⟧ zegt dat je bijzondere bijstand kunt krijgen voor een wasmachine. Klopt dat?" Inwoner: mevrouw ⟦P|Obi⟧, ⟦Z|2525 KT⟧ Den Haag, bereikbaar op ⟦T|070 – 364 88 21⟧.""")

D("nl", "belastingaangifte", [], """Machtiging aangifte inkomstenbelasting 2024
Belastingplichtige: ⟦P|Cornelis (Kees) Verschoor⟧, BSN ⟦B|561824484⟧
Fiscaal partner: ⟦P|Wilhelmina Verschoor-Dekkers⟧, BSN ⟦B|326 475 011⟧
Adviseur: ⟦P|Bart Hermsen⟧ ⟦E|bart@hermsenbelastingadvies.nl⟧
Teruggave naar ⟦I|NL91 TRIO 2888 2494 48⟧""")

D("en", "school-report", ["health"], """SEN review – ⟦P|Mateo Fernández-Ruiz⟧ (Year 4), pupil ID ⟦N|PUP-22871⟧
Diagnosis: autism spectrum condition (CAMHS, March 2025). Support: visual timetable, ear defenders in assembly, check-in with Miss ⟦P|Hollis⟧ each morning. Parent contact: ⟦P|Carmen Ruiz⟧, ⟦E|carmen.ruiz.m@gmail.com⟧.""")
# ---- aanvulling: zwakkere typen en categorieën --------------------------------
D("nl", "woo-besluit", [], """Besluit Woo-verzoek 2025-0442 (verzoeker: ⟦P|Arjen Rozendaal⟧)
Document 7, het dreigingsbeeld van de NCTV, is gerubriceerd als ⟦V|Stg. Geheim⟧ en wordt niet openbaar gemaakt. Document 8 is ongerubriceerd en wordt volledig openbaar gemaakt, met uitzondering van het mobiele nummer van de behandelaar (⟦T|06 – 2019 4471⟧ stond per ongeluk nog in de conceptversie).""")

D("nl", "python-fixture", [], """# signeer.py – hoort deze sleutel in de repo? (vraag van ⟦P|Mohamed Chaara⟧)
PRIVATE_KEY = \"\"\"⟦S|-----BEGIN EC PRIVATE KEY-----
MHcCAQEEIGl8kC0rJ3x9Vq1mN5sTzY7pW2dLh4aFe6uR0cGbXoKkoAoGCCqGSM49
AwEHoUQDQgAE3vQ8mZp1Lk7xR2sN9cYtW4hJ0uBaFe5gD6iO3lKqT8yVz1XrC2nM
s7PdH0wE4fGj9kL2aQ1bN6cR3tU5vY8xZw==
-----END EC PRIVATE KEY-----⟧\"\"\"
PUBLIC_KEY_FINGERPRINT = "SHA256:q0f3kT9w2Lx7Zm1Vn8Rb4Yc6Ud5Hs0Ja3Pe2Gi9Ko1"
""")

D("nl", "biometrie", ["biometric"], """Notitie klantcontact bank: dhr. ⟦P|Kalpoe⟧ heeft ingestemd met stemherkenning. Zijn stemprofiel (voiceprint) is op 12-11 vastgelegd en gekoppeld aan klantnummer ⟦N|0088 4412 77⟧. Bij de tweede verificatie was de match 96 %.""")

D("nl", "intake", ["ethnicity"], """Uit het intakeformulier van de huurdersvereniging (samenvatten voor de nieuwsbrief, maar zonder herleidbare info): "Mevrouw ⟦P|Isabella Martis⟧ vertelt dat zij van Curaçaose afkomst is en graag een Papiamentstalige avond wil organiseren. Zij woont op ⟦A|Zeeheldenplein 12-B, 3082 VN Rotterdam⟧.\"""")

D("nl", "ouder-email", ["sexual"], """Beste meester ⟦P|Ruud⟧,
Onze dochter ⟦P|Jente⟧ (klas 2C) heeft ons verteld dat ze lesbisch is en dat ze daar op school mee gepest wordt. Kunnen we een gesprek plannen? U kunt mij bereiken op ⟦T|06-33 81 20 47⟧.
Groet, ⟦P|Marieke Hoogeveen⟧""")

D("nl", "telefonische-bestelling", [], """Notitie telefonische bestelling (graag omzetten naar een nette orderbevestiging):
klant ⟦P|Wim van Leeuwen-Hagenaars⟧, kaartnummer ⟦C|5453588768654761⟧ geldig tot 04/27, bezorgen op ⟦A|Dorpsweg 151 t/m 153, 3155 AB Maasland⟧, bellen bij aankomst ⟦T|010-5923318⟧""")

D("nl", "postcodecheck", [], """De postcode-huisnummercheck geeft een fout bij ⟦Z|3512 JE⟧ 14, terwijl ⟦Z|9712 GP⟧ 2 wel werkt. Ligt dat aan de toevoeging? De klant (⟦P|Tijn⟧) belde er al twee keer over.""")

D("nl", "hard-negatief", [], """Sjabloon geheimhoudingsverklaring: "Ondergetekende verklaart informatie die hem/haar in het kader van de opdracht ter kennis komt vertrouwelijk te behandelen." Vul naam, datum en handtekening in. Versie 3.1, vastgesteld door de directie.""")

D("en", "code-secret", [], """<?php
// wp-config.php excerpt — found on the old staging server
define('DB_NAME', 'wp_municipal');
define('DB_USER', 'wp_admin');
define('DB_PASSWORD', '⟦S|qL7!vZ2#rN9@pW4x⟧');
define('DB_HOST', '⟦IP|172.31.5.88⟧');
define('AUTH_KEY', 'put your unique phrase here');""")

D("en", "payroll-question", [], """Our new Dutch starter, ⟦P|Pieter Wessels⟧, gave his BSN as ⟦B|353454709⟧ and his Dutch account NL45 INGB 6005 5935 79... sorry, I mean ⟦I|NL74RABO8735684378⟧. Which of these do I need for the UK payroll, if any?""")

D("en", "classified-memo", [], """⟦V|NATO RESTRICTED⟧
Subject: Exercise participation list — liaison officers
1. Maj ⟦P|Henrik Sørensen⟧ (DNK), mobile ⟦T|+45 20 41 88 73⟧
2. Lt Col ⟦P|Agnieszka Dąbrowska⟧ (POL), email ⟦E|a.dabrowska@mon-example.pl⟧
⟦V|NATO RESTRICTED⟧""")

D("en", "letter", ["health"], """⟦V|Private and Confidential⟧
Addressee only
Dear Mr ⟦P|Abiodun⟧,
Following your occupational health assessment on 3 November, Dr ⟦P|Kerr⟧ recommends a phased return over four weeks because of your ongoing treatment for kidney disease. Your employee number ⟦N|EMP-55817⟧ should be quoted on all correspondence.""")

D("en", "genetic-report", ["genetic"], """Please reword for a client letter: "The DNA paternity test for case ⟦N|PT-2025-1187⟧ confirms that ⟦P|Liam Byrne⟧ is the biological father of ⟦P|Ava Connolly⟧ (probability 99.99 %).\"""")

D("en", "hard-negative", [], """The bulletin below is TLP:CLEAR and may be shared publicly. It describes a phishing campaign impersonating parcel services. No victims are named. Indicators are defanged, e.g. hxxps://parcel-track[.]info.""")

# ---------------------------------------------------------------------------
# Assembler and validator
# ---------------------------------------------------------------------------
MARK = re.compile(r"⟦([A-Z]+)\|(.*?)⟧", re.S)
TITLES = ("mevrouw", "mevr", "mw", "dhr", "de heer", "heer", "mr", "mrs", "ms",
          "dr", "drs", "ir", "prof", "mr.", "juf", "meester", "meneer",
          "wethouder", "burgemeester", "miss", "sir", "dokter")


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    return (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0


def iban_ok(s):
    s = s.replace(" ", "").replace("-", "").replace(".", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if not 13 <= len(d) <= 19:
        return False
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def assemble(marked):
    out, ents, pos, n = [], [], 0, 0
    for m in MARK.finditer(marked):
        plain = marked[pos:m.start()]
        out.append(plain)
        n += len(plain)
        code, val = m.group(1), m.group(2)
        if code not in CODES:
            raise ValueError("unknown code %r" % code)
        ents.append({"start": n, "end": n + len(val), "type": CODES[code], "text": val})
        out.append(val)
        n += len(val)
        pos = m.end()
    tail = marked[pos:]
    out.append(tail)
    n += len(tail)
    text = "".join(out)
    assert len(text) == n
    return text, ents


# Fine genre label (as written in each D call) -> source family written to the jsonl.
FAMILY = {}
for _fam, _fine in [
    ('council-woo', 'raadsvragen woo-besluit woo-verzoek council-qa foi-request foi-response bezwaar-beslissing woz-bezwaar toeslagen aanvraag-bijstand belastingaangifte'),
    ('court-ruling', 'uitspraak-anon ruling-anon'),
    ('publication', 'krantenbericht overlijdensbericht kerkblad marktplaats'),
    ('school', 'school-rapport school-report school-zorg ouder-email parent-email'),
    ('housing', 'woningcorporatie housing-complaint huurcontract mediation intake'),
    ('insurance-finance', 'schadeclaim insurance-claim incasso loonstrook expense-claim bank-change payroll-question telefonische-bestelling customer-email'),
    ('appointment-sms', 'sms-huisarts gp-sms'),
    ('dictation', 'dictaat dictation'),
    ('call-transcript', 'call-transcript'),
    ('belgian', 'be-brief be-mail be-formulier'),
    ('table', 'excel-tsv markdown-tabel markdown-table contact-sheet'),
    ('html', 'html'),
    ('cv-application', 'cv sollicitatie job-application linkedin-bio'),
    ('calendar-ics', 'ics'),
    ('code-config-log', 'code-fixture code-secret python-fixture js-fixture git-log log netwerklog env-prose secret-prose'),
    ('classified', 'rubricering classified-memo letter'),
    ('form-record', 'formulier-inschrijving kenteken camera-melding passport-form shipping-label postcodecheck notariele-akte biometrie biometric-record genetisch genetic-report health-note'),
    ('special-snippet', 'hr-letter-rewrite union-note ethnicity political religion health criminal personeelsdossier politiek jeugd letter-translation vakbond'),
    ('general-question', 'algemeen-vraag general-question'),
    ('hard-negative', 'hard-negatief hard-negative'),
]:
    for _f in _fine.split():
        assert _f not in FAMILY, _f
        FAMILY[_f] = _fam

def build():
    docs = []
    for i, (lang, source, special, marked) in enumerate(DOCS, 1):
        text, ents = assemble(marked)
        docs.append({"id": "extra4-%04d" % i, "lang": lang, "text": text,
                     "entities": ents, "special": sorted(special), "source": FAMILY[source]})
    return docs


def outside(ents, a, b):
    return all(b <= e["start"] or a >= e["end"] for e in ents)


NINE = re.compile(r"(?<![\dA-Za-z])(\d{4}[. ]\d{2}[. ]\d{3}|\d{3}[. ]\d{3}[. ]\d{3}|\d{9})(?![\dA-Za-z])")
IBANISH = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?\b")
CARDISH = re.compile(r"(?<![\d])\d(?:[ -]?\d){12,18}(?![\d])")


def validate(docs):
    errs = []
    ids = set()
    for d in docs:
        did, t, ents = d["id"], d["text"], d["entities"]
        if did in ids:
            errs.append("%s duplicate id" % did)
        ids.add(did)
        if d["lang"] not in ("nl", "en"):
            errs.append("%s bad lang" % did)
        for c in d["special"]:
            if c not in CATEGORIES:
                errs.append("%s bad category %s" % (did, c))
        if "⟦" in t or "⟧" in t:
            errs.append("%s leftover marker" % did)
        last = -1
        for e in sorted(ents, key=lambda e: e["start"]):
            s = t[e["start"]:e["end"]]
            if s != e["text"]:
                errs.append("%s slice mismatch %r" % (did, e))
            if not s or s != s.strip():
                errs.append("%s empty/whitespace span %r" % (did, s))
            if e["start"] < last:
                errs.append("%s overlapping spans at %r" % (did, s))
            last = e["end"]
            ty = e["type"]
            if ty == "PERSON":
                low = s.lower()
                for ti in TITLES:
                    if low.startswith(ti + " ") or low.startswith(ti + ". "):
                        errs.append("%s title in PERSON %r" % (did, s))
            if ty == "BSN" and not bsn_ok(s):
                errs.append("%s BSN fails 11-check %r" % (did, s))
            if ty == "IBAN" and not iban_ok(s):
                errs.append("%s IBAN fails mod-97 %r" % (did, s))
            if ty == "CREDIT_CARD" and not luhn_ok(s):
                errs.append("%s card fails Luhn %r" % (did, s))
            if ty == "POSTCODE" and not re.fullmatch(r"\d{4} ?[A-Z]{2}", s):
                errs.append("%s bad postcode %r" % (did, s))
            if ty == "EMAIL" and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}", s):
                errs.append("%s bad email %r" % (did, s))
            if ty == "IP_ADDRESS":
                try:
                    ipaddress.ip_address(s)
                except ValueError:
                    errs.append("%s bad IP %r" % (did, s))
        # checksum-valid look-alikes outside the labelled spans
        for m in NINE.finditer(t):
            if bsn_ok(m.group(1)) and outside(ents, m.start(1), m.end(1)):
                errs.append("%s unlabelled valid BSN-like %r" % (did, m.group(1)))
        for m in IBANISH.finditer(t):
            if iban_ok(m.group(0)) and outside(ents, m.start(), m.end()):
                errs.append("%s unlabelled valid IBAN %r" % (did, m.group(0)))
        for m in CARDISH.finditer(t):
            if luhn_ok(m.group(0)) and outside(ents, m.start(), m.end()):
                errs.append("%s unlabelled Luhn-valid number %r" % (did, m.group(0)))
    for s in NEGATIVES_BSN:
        if bsn_ok(s):
            errs.append("negative BSN %s passes" % s)
    for s in NEGATIVES_IBAN:
        if iban_ok(s):
            errs.append("negative IBAN %s passes" % s)
    for s in NEGATIVES_CARD:
        if luhn_ok(s):
            errs.append("negative card %s passes" % s)
    return errs


# Look-alikes used unlabelled in the documents; asserted to FAIL their checks.
NEGATIVES_BSN = ["353454708", "196744414", "123456789", "499854045", "544471181", "196744440"]
NEGATIVES_IBAN = ["NL45INGB6005593579", "NL74 RABO 8735 6843 77", "BE13547267698938",
                  "NL95ASNB3660928928", "GB77NWBK26106458906795"]
NEGATIVES_CARD = ["4713476182522253", "5181 8364 5320 0956", "4111 1111 1111 1112"]


def serialise(docs):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs).encode("utf-8")


def stats(docs):
    from collections import Counter
    ty, tyl, cat, catl, src, lang = Counter(), Counter(), Counter(), Counter(), Counter(), Counter()
    empty = 0
    for d in docs:
        lang[d["lang"]] += 1
        src[d["source"]] += 1
        if not d["entities"] and not d["special"]:
            empty += 1
        for e in d["entities"]:
            ty[e["type"]] += 1
            tyl[(e["type"], d["lang"])] += 1
        for c in d["special"]:
            cat[c] += 1
            catl[(c, d["lang"])] += 1
    lens = sorted(len(d["text"]) for d in docs)
    print("documents: %d (nl %d, en %d); no span and no category: %d; with special: %d"
          % (len(docs), lang["nl"], lang["en"], empty, sum(1 for d in docs if d["special"])))
    print("length: %d..%d, median %d" % (lens[0], lens[-1], lens[len(lens) // 2]))
    print("| type | spans | nl | en |\n| --- | ---: | ---: | ---: |")
    for t in CODES.values():
        print("| %s | %d | %d | %d |" % (t, ty[t], tyl[(t, "nl")], tyl[(t, "en")]))
    print("| **total** | **%d** | %d | %d |" % (sum(ty.values()),
          sum(v for k, v in tyl.items() if k[1] == "nl"), sum(v for k, v in tyl.items() if k[1] == "en")))
    print("\n| special category | documents | nl | en |\n| --- | ---: | ---: | ---: |")
    for c, n in cat.most_common():
        print("| %s | %d | %d | %d |" % (c, n, catl[(c, "nl")], catl[(c, "en")]))
    print("\n| source | docs |\n| --- | ---: |")
    for s, n in sorted(src.items()):
        print("| `%s` | %d |" % (s, n))


HERE = os.path.dirname(os.path.abspath(__file__))


def main(argv):
    out = os.path.join(HERE, "extra4.jsonl")
    if "--out" in argv:
        out = argv[argv.index("--out") + 1]
    docs = build()
    errs = validate(docs)
    if errs:
        for e in errs:
            print("ERROR", e, file=sys.stderr)
        return 1
    data = serialise(docs)
    if "--check-determinism" in argv:
        if serialise(build()) != data:
            print("ERROR: second in-process build differs", file=sys.stderr)
            return 1
        for seed in ("0", "1", "12345"):
            env = dict(os.environ, PYTHONHASHSEED=seed)
            res = subprocess.run([sys.executable, os.path.abspath(__file__), "--emit"],
                                 env=env, stdout=subprocess.PIPE, check=True)
            if res.stdout != data:
                print("ERROR: build under PYTHONHASHSEED=%s differs" % seed, file=sys.stderr)
                return 1
        print("determinism: 1 in-process + 3 subprocess builds byte-identical")
    if "--emit" in argv:
        sys.stdout.buffer.write(data)
        return 0
    with open(out, "wb") as f:
        f.write(data)
    if "--stats" in argv:
        stats(docs)
    print("wrote %s: %d documents, sha256 %s" % (out, len(docs), hashlib.sha256(data).hexdigest()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
