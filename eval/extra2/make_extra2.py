#!/usr/bin/env python3
"""Generate eval/extra2/extra2.jsonl: a second independent evaluation set.

Every document below was written by hand. Personal data is written inline as
⟦CODE|value⟧; the assembler copies the text and takes each entity's offsets from
the running length of what it has written (no searching in the finished text).
Codes: P PERSON, E EMAIL, T PHONE, B BSN, I IBAN, CC CREDIT_CARD, A ADDRESS,
PC POSTCODE, BD BIRTHDATE, LP LICENSE_PLATE, ID ID_NUMBER, IP IP_ADDRESS,
S SECRET, C CONFIDENTIAL.

usage: python3 make_extra2.py [--out FILE] [--stats] [--check-determinism]
Standard library only; fixed seed; output is byte-identical on every run.
"""

import argparse
import hashlib
import ipaddress
import json
import os
import random
import re
import sys
from collections import Counter

CODES = {
    "P": "PERSON", "E": "EMAIL", "T": "PHONE", "B": "BSN", "I": "IBAN",
    "CC": "CREDIT_CARD", "A": "ADDRESS", "PC": "POSTCODE", "BD": "BIRTHDATE",
    "LP": "LICENSE_PLATE", "ID": "ID_NUMBER", "IP": "IP_ADDRESS", "S": "SECRET",
    "C": "CONFIDENTIAL",
}
TYPES = list(CODES.values())
CATEGORIES = ["health", "ethnicity", "political", "religion", "trade_union",
              "genetic", "biometric", "sexual", "criminal"]
SEED = 4242
DOCS = []


def D(lang, source, special, text):
    """Register one hand-written document."""
    DOCS.append((lang, source, list(special), text))


# ------------------------------------------------------------ checksums

def bsn_ok(s):
    d = [int(c) for c in re.sub(r"[ .\-]", "", s)]
    if len(d) != 9:
        return False
    return (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def luhn_ok(s):
    d = re.sub(r"[ \-]", "", s)
    if not d.isdigit() or not 13 <= len(d) <= 19:
        return False
    tot = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


# ------------------------------------------------------------ assembler

MARK = re.compile(r"⟦([A-Z]+)\|(.*?)⟧", re.S)
TITLES = re.compile(r"(?i)^(mevrouw|mevr\.?|mw\.?|meneer|mr\.?|mrs\.?|ms\.?|miss|dhr\.?|de heer|heer|dr\.?|drs\.?|ir\.?|prof\.?|mr\.|ing\.?|sir|dame|wethouder|burgemeester)\s")


def assemble(raw):
    out, ents, pos = [], [], 0
    n = 0
    for m in MARK.finditer(raw):
        out.append(raw[pos:m.start()])
        n += len(raw[pos:m.start()])
        code, val = m.group(1), m.group(2)
        if code not in CODES:
            raise ValueError("unknown code %r" % code)
        ents.append({"start": n, "end": n + len(val), "type": CODES[code], "text": val})
        out.append(val)
        n += len(val)
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    return text, ents


def validate(doc):
    t, ents = doc["text"], doc["entities"]
    errs = []
    if "⟦" in t or "⟧" in t:
        errs.append("left-over marker")
    if doc["lang"] not in ("nl", "en"):
        errs.append("lang")
    for c in doc["special"]:
        if c not in CATEGORIES:
            errs.append("category %s" % c)
    if len(set(doc["special"])) != len(doc["special"]):
        errs.append("duplicate category")
    prev_end = -1
    for e in ents:
        s = e["text"]
        if t[e["start"]:e["end"]] != s:
            errs.append("slice mismatch %r" % s)
        if not s or s != s.strip():
            errs.append("outer whitespace %r" % s)
        if e["start"] < prev_end:
            errs.append("overlap at %r" % s)
        prev_end = e["end"]
        ty = e["type"]
        if ty == "PERSON" and TITLES.match(s):
            errs.append("title inside PERSON %r" % s)
        if ty == "BSN" and not bsn_ok(s):
            errs.append("BSN fails 11-check %r" % s)
        if ty == "IBAN" and not iban_ok(s):
            errs.append("IBAN fails mod-97 %r" % s)
        if ty == "CREDIT_CARD" and not luhn_ok(s):
            errs.append("card fails Luhn %r" % s)
        if ty == "POSTCODE" and not re.fullmatch(r"[1-9]\d{3} ?[A-Z]{2}", s):
            errs.append("postcode %r" % s)
        if ty == "IP_ADDRESS":
            try:
                ipaddress.ip_address(s)
            except ValueError:
                errs.append("IP %r" % s)
        if ty == "EMAIL" and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", s, re.I):
            errs.append("email %r" % s)
    # no checksum-valid number may be left outside the labelled spans
    mask = list(t)
    for e in ents:
        for i in range(e["start"], e["end"]):
            mask[i] = "\0"
    rest = "".join(mask)
    for m in re.finditer(r"(?<![\d.])\d{4}\.?\d{2}\.?\d{3}(?![\d.])|(?<!\d)\d{9}(?!\d)", rest):
        if bsn_ok(m.group()):
            errs.append("unlabelled 11-check number %r" % m.group())
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b", rest):
        if iban_ok(m.group()):
            errs.append("unlabelled IBAN %r" % m.group())
    for m in re.finditer(r"(?<!\d)\d(?:[ \-]?\d){12,18}(?!\d)", rest):
        if luhn_ok(m.group()) and len(re.sub(r"\D", "", m.group())) in (15, 16):
            errs.append("unlabelled Luhn number %r" % m.group())
    return errs


# ====================================================================
# Documents. Written by hand for this set; no template is shared with
# the development set.
# ====================================================================

# ---- letters from agencies ------------------------------------------

D("nl", "letter-agency", ["health"], """Kun je deze brief in eenvoudig Nederlands herschrijven? Mijn moeder snapt er niks van.

UWV
Postbus 58285
⟦PC|1040 HG⟧  Amsterdam

Mevrouw ⟦P|G.W. Bloemendaal-Fokkema⟧
⟦A|Tjalkstraat 17
8501 KL  Joure⟧

Datum: 3 februari 2025
Ons kenmerk: WIA/25/00417
Burgerservicenummer: ⟦B|118784481⟧

Onderwerp: beslissing op uw WIA-aanvraag

Geachte mevrouw ⟦P|Bloemendaal⟧,

U heeft een WIA-uitkering aangevraagd omdat u sinds 12 januari 2023 ziek bent. De verzekeringsarts heeft u op 21 november 2024 onderzocht. Hij stelt vast dat u door uw hartfalen en de gevolgen van de bypassoperatie minder kunt werken. U bent 58% arbeidsongeschikt. U krijgt daarom een WGA-uitkering.

Wij betalen de uitkering op rekeningnummer ⟦I|NL90 INGB 0473 0893 22⟧.

Heeft u vragen? Bel ons dan op ⟦T|088 - 898 92 94⟧.

Met vriendelijke groet,

drs. ⟦P|A.M. Zwaagstra⟧
""")

D("nl", "letter-agency", [], """Belastingdienst/Toeslagen
Postbus 8050
⟦PC|7300 RE⟧  Apeldoorn

DE HEER ⟦P|R.S. RAMDIN⟧
⟦A|ZWAANSHALS 221-B
3035 KH  ROTTERDAM⟧

Datum          14 mei 2025
Burgerservicenummer  ⟦B|2476.03.260⟧
Toeslagpartner   ⟦P|S. JAGESAR⟧

Definitieve berekening huurtoeslag 2023

U moet € 412 terugbetalen. U kunt dit bedrag in 24 maanden terugbetalen. Maak het bedrag over naar ⟦I|NL86 INGB 0002 4455 88⟧ t.n.v. Belastingdienst Toeslagen onder vermelding van het betalingskenmerk 1234 5678 9012 3456.

wat betekent dit precies en kan ik hier bezwaar tegen maken? heb ik een termijn?""")

D("nl", "letter-agency", [], """Graag een samenvatting in 3 zinnen van deze brief van DUO:

Dienst Uitvoering Onderwijs
Aan: ⟦P|Hafsa Ouald Chaib⟧
⟦A|Sint Annastraat 88 bis, 6524 GG Nijmegen⟧
Relatienummer: ⟦ID|7741 0926⟧
Onderwerp: Uw studieschuld en de terugbetaling

Beste ⟦P|Hafsa⟧,

Vanaf 1 januari 2026 start de terugbetaling van uw studieschuld. Uw maandbedrag is € 96,14. Wij schrijven dit bedrag iedere maand af van ⟦I|NL73ABNA9211326244⟧. Wilt u een lager maandbedrag? Vraag dan een draagkrachtmeting aan via Mijn DUO.

Met vriendelijke groet,
Dienst Uitvoering Onderwijs""")

D("nl", "letter-municipality", ["health"], """Gemeente Súdwest-Fryslân
Afdeling Wmo

Aan de heer ⟦P|D. Postmus⟧
⟦A|Nieuwe Dyk 4
8731 BZ Wommels⟧

Zaaknummer: ⟦ID|Z-2025-004312⟧
Onderwerp: besluit maatwerkvoorziening

Geachte heer ⟦P|Postmus⟧,

Op 4 maart 2025 heeft u een traplift aangevraagd. Tijdens het keukentafelgesprek op 18 maart vertelde u dat u na uw herseninfarct niet meer veilig de trap op kunt. De ergotherapeut bevestigt dit. Wij kennen u daarom een traplift toe in de vorm van zorg in natura.

Heeft u vragen, dan kunt u contact opnemen met uw consulent ⟦P|Baukje Terpstra⟧, telefoon ⟦T|14 0515⟧ of ⟦E|b.terpstra@sudwestfryslan.nl⟧.

Met vriendelijke groet,
namens het college van burgemeester en wethouders,

⟦P|J. Wiersma⟧
teamleider Wmo

--
vraag: is dit een beschikking waar bezwaar tegen mogelijk is?""")

D("nl", "letter-agency", ["health"], """Please translate this letter into plain English for my neighbour, she reads English better than Dutch.

Erasmus MC
Afdeling Neurologie
Postbus 2040
⟦PC|3000 CA⟧ Rotterdam

Mevrouw ⟦P|O. Melnyk⟧
⟦A|Vlasakkerstraat 12
3052 LX Rotterdam⟧

Patiëntnummer: ⟦ID|4403 918⟧
Geboortedatum: ⟦BD|17-09-1971⟧

Geachte mevrouw ⟦P|Melnyk⟧,

Hierbij bevestigen wij uw afspraak op de polikliniek Neurologie op dinsdag 8 april om 10:45 uur bij dr. ⟦P|Krishnamurthy⟧. Tijdens dit gesprek bespreken wij de uitslag van de MRI en het EEG in verband met uw epilepsie. Neem uw medicijnlijst en een geldig identiteitsbewijs mee.

Kunt u niet komen? Bel dan uiterlijk 24 uur van tevoren naar ⟦T|010 704 01 25⟧.""")

D("nl", "letter-court", ["criminal"], """Rechtbank Noord-Holland
Sector strafrecht

Parketnummer: ⟦ID|15/209841-24⟧

OPROEPING VERDACHTE

De officier van justitie roept op:
⟦P|Kowalczyk, Tomasz⟧, geboren op ⟦BD|2 juni 1993⟧ te Łódź (Polen),
wonende te ⟦A|Westelijke Randweg 40-12, 1721 AD Broek op Langedijk⟧,

om te verschijnen ter terechtzitting van de politierechter op 12 juni 2025 om 09:30 uur, wegens: rijden onder invloed (artikel 8 WVW 1994) met het voertuig met kenteken ⟦LP|VZ-614-G⟧.

Kun je me uitleggen wat een politierechter is en of ik een advocaat nodig heb? Ik ben ⟦P|Tomasz⟧, dit gaat over mij.""")

D("nl", "letter-police", ["criminal"], """Politie Eenheid Limburg
District Parkstad

Proces-verbaalnummer: ⟦ID|PL2400-2025078812⟧
Betreft: aangifte inbraak

Aan mevrouw ⟦P|T.M.H. Cremers⟧
⟦A|Akerstraat Noord 115
6431 HN Hoensbroek⟧

Geachte mevrouw ⟦P|Cremers⟧,

Op 2 april 2025 heeft u aangifte gedaan van inbraak in uw woning. Wij hebben naar aanleiding van sporenonderzoek een verdachte aangehouden, ⟦P|Huub L.⟧ (31 jaar). Hij is inmiddels heengezonden. U kunt zich voegen in het strafproces voor uw schade.

Uw contactpersoon is ⟦P|Jo Vossen⟧, bereikbaar via ⟦T|0900-8844⟧.

--
kan iemand me helpen met een formulier voor schadevergoeding? de schade is ongeveer 2300 euro""")

D("en", "letter-agency", [], """HM Revenue & Customs
PAYE and Self Assessment
BX9 1AS

Private and Confidential
⟦P|Mr Callum McAllister⟧
⟦A|Flat 3, 27 Dalkeith Road
Edinburgh EH16 5BU⟧

National Insurance number: ⟦ID|QQ 12 34 56 C⟧
Unique Taxpayer Reference: ⟦ID|84317 20569⟧

Dear Mr ⟦P|McAllister⟧,

Our records show that you have not filed your Self Assessment tax return for the year ending 5 April 2024. Please file online or call us on ⟦T|0300 200 3310⟧.

---
I moved to Utrecht last year. Does this still apply to me? Draft a short reply to HMRC explaining I'm a Dutch tax resident now.""".replace("⟦P|Mr Callum McAllister⟧", "Mr ⟦P|Callum McAllister⟧").replace("Private and Confidential", "⟦C|Private and Confidential⟧"))

D("nl", "letter-agency", [], """Hoi, ik moet dit formulier van de SVB invullen voor de AOW van mijn vader. Kun je checken of alles klopt?

AANVRAAG AOW
Naam: ⟦P|LATUHERU⟧
Voornamen: ⟦P|FRANCISCUS JOHANNES⟧
Geboortedatum: ⟦BD|05-01-1959⟧
BSN: ⟦B|446 019 689⟧
Adres: ⟦A|BURG. DE KLERCKLAAN 9⟧
Postcode: ⟦PC|4143 CA⟧  Woonplaats: LEERDAM
IBAN: ⟦I|NL08 RABO 7301 7380 58⟧
Telefoon: ⟦T|06-41 93 20 77⟧
Partner: ja, ⟦P|Desiree Latuheru-Pattipeilohy⟧ (geb. ⟦BD|30-11-1962⟧)""")

D("en", "letter-hospital", ["health", "genetic"], """Can you summarise this clinic letter for the GP in 4 bullet points?

Department of Clinical Genetics, Radboudumc
Re: ⟦P|Ms Ewa Nowicka⟧, DOB ⟦BD|09/03/1986⟧, hospital no. ⟦ID|R-0082377⟧

Dear Dr ⟦P|Hogeveen⟧,

I saw Ms ⟦P|Nowicka⟧ today following the diagnosis of breast cancer in her mother and maternal aunt. Panel testing has identified a pathogenic BRCA2 variant (c.5946del). This confers a substantially increased lifetime risk of breast and ovarian cancer. We discussed risk-reducing surgery and enhanced MRI surveillance. Her sister ⟦P|Marta⟧ has been offered predictive testing.

Yours sincerely,
⟦P|Priyanka Deshpande⟧, clinical geneticist""".replace("⟦P|Ms Ewa Nowicka⟧", "Ms ⟦P|Ewa Nowicka⟧"))

D("nl", "letter-agency", [], """CJIB
Postbus 1794
⟦PC|8901 CB⟧ Leeuwarden

Beschikking
Kenteken: ⟦LP|3-KZX-48⟧
Pleegdatum: 11-02-2025, 14:32
Pleeglocatie: A28, hmp 101,4 Re, Staphorst
Gedraging: overschrijding maximumsnelheid met 17 km/u
Sanctie: € 198,00
Te betalen op ⟦I|NL67 ASNB 2401 0055 51⟧ onder vermelding van betalingskenmerk 5012 2004 8871 0391

kenteken staat op naam van mijn werkgever maar ik reed. moet ik dit doorgeven? hoe?""")

D("nl", "letter-municipality", [], """Geachte heer/mevrouw,

Naar aanleiding van uw melding via de Fixi-app over losliggende stoeptegels in de Koningin Julianastraat (ter hoogte van de speeltuin) kunnen wij u mededelen dat de aannemer Van Wijnen Infra de werkzaamheden in week 23 uitvoert. Tijdens de werkzaamheden is de Prins Bernhardlaan tussen de rotonde en de Dorpsstraat afgesloten. De omleiding loopt via de Burgemeester Visserweg.

Met vriendelijke groet,
Team Openbare Ruimte
Gemeente Westland

---
Maak hier een kort berichtje van voor de buurtapp.""")

D("en", "letter-agency", [], """Subject: Your visa application

Dear applicant,

Thank you for your application for a residence permit (highly skilled migrant). Your biometric data appointment at the IND desk in Den Bosch has been scheduled. Please bring your passport and the appointment letter. Processing times are currently 6 to 8 weeks.

Immigration and Naturalisation Service

=> Can you explain what a "highly skilled migrant" permit requires in general? No personal info here, just the letter template we received.""")

# ---- chats ------------------------------------------------------------

D("nl", "chat-whatsapp", ["health"], """[09-03-25 21:14:02] ⟦P|Marieke Leusink⟧: heb jij het nummer van die fysio nog
[09-03-25 21:14:40] ⟦P|Gonnie⟧: ja wacht
[09-03-25 21:15:03] ⟦P|Gonnie⟧: ⟦T|0544 37 12 90⟧ vragen naar ⟦P|Teun⟧
[09-03-25 21:15:31] ⟦P|Marieke Leusink⟧: top. mn knie is echt kapot sinds die val, meniscus zeggen ze
[09-03-25 21:16:10] ⟦P|Gonnie⟧: ah joh sterkte!! groetjes aan ⟦P|kees⟧

^ zet dit chatgesprek om in een nette notitie voor mijn dossier""")

D("nl", "chat-whatsapp", [], """maak hier een leuk verjaardagsgedichtje van:
oma ⟦P|Trees⟧ wordt 90! ze is geboren op ⟦BD|14 juli 1935⟧ in Venlo, woont nu in De Zonnehof. ze houdt van bingo, advocaatje en haar 7 kleinkinderen""")

D("en", "chat-slack", [], """#data-eng  —  Slack export
⟦P|thiago.carvalho⟧  10:02  anyone know why the nightly load failed?
⟦P|hodan⟧  10:04  creds rotated, the job still has the old one. new one is ⟦S|Zq8#vLm2!pR4tW9x⟧
⟦P|thiago.carvalho⟧  10:04  😬 pls don't paste passwords here
⟦P|hodan⟧  10:05  lol it's a dm right? oops. I'll rotate again
⟦P|jun.zheng⟧  10:11  also the replica at ⟦IP|10.42.7.19⟧ is lagging 40 min

summarise this thread for the incident log""")

D("nl", "chat-teams", ["health"], """Teams-chat, team Klantcontact
⟦P|Ruud Koppelaar⟧ 08:31
goedemorgen, ik meld me ziek. migraine-aanval sinds vannacht, ik kan niet naar een scherm kijken
⟦P|Ingrid Bosschaart⟧ 08:35
beterschap ⟦P|Ruud⟧! ik neem je diensten over. kun je even je verzuim in AFAS zetten?
⟦P|Ruud Koppelaar⟧ 08:36
doe ik zo

Schrijf een korte mail aan de planning dat ⟦P|Ruud⟧ vandaag afwezig is (zonder medische details).""")

D("nl", "chat-whatsapp", ["religion"], """heyy kun je dit vertalen naar het Turks voor mijn schoonmoeder?

"Lieve ⟦P|Hatice⟧, bedankt voor de uitnodiging voor het iftar-diner. ⟦P|Emre⟧ en ik komen graag, we nemen baklava mee. We vasten dit jaar ook mee, ⟦P|Emre⟧ voor het eerst de hele maand!"
""")

D("en", "chat-whatsapp", [], """lol this is what my landlord sent me, is this even legal??

"Hi ⟦P|Akosua⟧, rent goes up 9% from July. Pay to ⟦I|NL38BUNQ1428897554⟧ from now on, not the old account. Any questions call ⟦T|+31 6 1829 4470⟧. Regards, ⟦P|W. Brinkhuis⟧"

I rent a room in ⟦A|Twijnstraat 211-bis, Utrecht⟧""")

D("nl", "chat-support", [], """Chat met klantenservice Eneco – transcript

Bot: Welkom! Waarmee kan ik je helpen?
Klant: mijn termijnbedrag is veel te hoog
Medewerker (⟦P|Fenna⟧): Hoi! Ik ben ⟦P|Fenna⟧. Mag ik je klantnummer en postcode?
Klant: ⟦ID|200 481 773⟧ en ⟦PC|2516BC⟧ huisnr 7
Medewerker (⟦P|Fenna⟧): Dank je. Spreek ik met ⟦P|mevr. Oudejans⟧?
Klant: ja ⟦P|Lotte Oudejans⟧
Medewerker (⟦P|Fenna⟧): Ik zie een verbruik van 3.100 kWh. Ik verlaag je termijnbedrag naar € 134,-.

Schrijf een samenvatting voor de klantnotitie.""".replace("⟦P|mevr. Oudejans⟧", "mevr. ⟦P|Oudejans⟧"))

D("en", "chat-support", [], """Live chat – BoxBuddy storage

Agent Kwame: Hi there, this is ⟦P|Kwame⟧, how can I help?
Customer: I want to cancel my unit
Agent Kwame: Sure. Can you confirm the name on the account and the card you pay with?
Customer: ⟦P|Siobhan Doherty⟧, Mastercard ending 8412
Agent Kwame: Thanks ⟦P|Siobhan⟧. The unit will be closed on 30 June. Your deposit goes back to the card ending 8412.

Turn this into a short cancellation confirmation e-mail.""".replace("Agent Kwame:", "Agent ⟦P|Kwame⟧:"))

D("nl", "chat-whatsapp", ["criminal"], """buurtapp Kerkwijk-Oost

[20:11] ⟦P|Bas⟧: die gast van nr 14 is weer opgepakt hoor, politie stond vanmiddag voor de deur
[20:12] ⟦P|Anouk ter Beek⟧: ⟦P|Jesse⟧? echt? vorig jaar zat ie toch ook al vast voor die heling
[20:13] ⟦P|Bas⟧: ja die. enkelband had ie nog om zelfs
[20:15] ⟦P|Daan⟧: jongens laten we hier geen namen noemen

kun je voor de beheerder een nette waarschuwing opstellen over roddelen in de groep?""")

D("nl", "chat-whatsapp", [], """hoi! kan je deze boodschappenlijst sorteren per schap?
melk, brood, kaas, 2x pindakaas, bloem, visser (=die vissticks van de aanbieding lol), appels, Hema rookworst, spa rood, toiletpapier""")

D("en", "chat-discord", ["sexual"], """hey, my friend ⟦P|Noah⟧ just came out to me as gay and he's scared to tell his parents, they're quite traditional. how can I support him without making it weird? he's 17""")

D("nl", "chat-teams", [], """⟦P|Evert van 't Hoog⟧ 14:02
kan iemand mij het wachtwoord van de gedeelde mailbox subsidies@ sturen? ben het kwijt
⟦P|Wietske⟧ 14:05
staat in de kluis (Keeper), niet hier posten aub 🙂
⟦P|Evert van 't Hoog⟧ 14:06
ah ja is goed

=> maak een korte reminder voor het team dat we geen wachtwoorden in Teams delen""")

D("en", "chat-whatsapp", ["health"], """mum's carer just texted me this, can you help me reply politely?

"Hi ⟦P|Rachel⟧, your mum had a fall this morning in the bathroom. She's okay but her hip is very sore, I called ⟦P|Dr Pembroke⟧'s surgery. Her blood sugar was 14 so please check her insulin pens when you visit. ⟦P|Shanti⟧"
""".replace("⟦P|Dr Pembroke⟧", "Dr ⟦P|Pembroke⟧"))

# ---- HR ---------------------------------------------------------------

D("nl", "hr-file", ["health"], """Verzuimdossier – VERTROUWELIJK
Medewerker: ⟦P|Kartosen, M.⟧ (personeelsnr. ⟦ID|P-30718⟧)
Afdeling: Logistiek, ploegleider
Eerste ziektedag: 6 januari 2025
Geboortedatum: ⟦BD|22-04-1980⟧

13-01  Telefonisch contact met ⟦P|Marlon⟧. Rugklachten, hernia vermoed, MRI aangevraagd door huisarts.
27-01  Gesprek bedrijfsarts ⟦P|dr. Y. Owusu⟧: voorlopig geen belastbaarheid, opnieuw over 3 weken.
10-02  ⟦P|Marlon⟧ geeft aan dat hij geopereerd wordt op 3 maart.

Vraag: stel een plan van aanpak op volgens de Wet verbetering poortwachter.""".replace("Verzuimdossier – VERTROUWELIJK", "Verzuimdossier – ⟦C|VERTROUWELIJK⟧").replace("⟦P|dr. Y. Owusu⟧", "dr. ⟦P|Y. Owusu⟧"))

D("en", "hr-file", ["trade_union"], """Hi, I need to write a note for the file. Facts:
- employee: ⟦P|Dmytro Bondarenko⟧, warehouse Tilburg, employee ID ⟦ID|E-55210⟧
- he asked for a day off on 14 May to attend the FNV shop stewards' training; he is the FNV representative for the night shift
- his team lead ⟦P|Paweł Mazur⟧ refused it because of staffing
Please draft a neutral file note, max 150 words.""")

D("nl", "hr-file", [], """Functioneringsgesprek 2024
Naam: ⟦P|Sarmin Dipotaroeno⟧
Functie: senior beleidsmedewerker
Leidinggevende: ⟦P|M. Schuurmans⟧

Terugblik: ⟦P|Sarmin⟧ heeft het project Omgevingswet goed afgerond. Samenwerking met het team van ⟦P|Lina Khoury⟧ verliep soms stroef.
Ontwikkelpunten: presenteren voor het college, delegeren.
Afspraken: cursus 'Politiek-bestuurlijke sensitiviteit' in Q2.

Maak hier een beknopter verslag van in de ik-vorm van de leidinggevende.""")

D("nl", "hr-file", ["health"], """Hoe reageer ik hierop als leidinggevende? Mijn medewerker ⟦P|Nadia⟧ mailde me net dat ze 14 weken zwanger is en vanaf volgende week vaker naar de verloskundige moet. Ze wil haar roosters aanpassen.""")

D("en", "hr-file", [], """Q: As an HR manager, what may I legally ask a candidate about their health during a job interview in the Netherlands? General question, no specific candidate.""")

D("nl", "hr-file", ["religion"], """Sollicitant ⟦P|Ilias Boukhari⟧ vroeg in het gesprek of er op vrijdagmiddag ruimte is om naar de moskee te gaan voor het vrijdaggebed. Mag ik hem daarom afwijzen? (ik denk zelf van niet maar mijn manager twijfelt)""")

D("nl", "hr-file", [], """Personeelsmutaties november

| naam | functie | in dienst | personeelsnr | IBAN |
|---|---|---|---|---|
| ⟦P|Wróbel, A.⟧ | schoonmaker | 01-11-2025 | ⟦ID|104411⟧ | ⟦I|NL36SNSB3882962472⟧ |
| ⟦P|Tesfay, S.⟧ | magazijnmedewerker | 03-11-2025 | ⟦ID|104412⟧ | ⟦I|NL31TRIO8981149649⟧ |
| ⟦P|Hendrikx, J.H.M.⟧ | chauffeur | 10-11-2025 | ⟦ID|104415⟧ | ⟦I|BE77 7015 7592 2564⟧ |

Check of de IBANs er goed uitzien en zet de tabel om naar CSV.""")

D("en", "hr-file", ["health"], """Reference check notes (call with former employer, 12 March)
Candidate: ⟦P|Aravind K.⟧
Referee: ⟦P|Harriet Pembroke⟧, ⟦T|+44 20 7946 0321⟧
- reliable, strong analyst
- was off for about 4 months in 2022 with burnout, came back part-time
- would rehire

Rewrite these notes without the health info so I can share them with the hiring panel.""")

D("nl", "hr-file", [], """Vraag van een leidinggevende: hoe lang mag ik de kopie van een paspoort van een vertrokken medewerker bewaren? Het gaat om de loonadministratie, algemeen.""")

D("nl", "hr-file", ["criminal"], """Aan: P&O
Betreft: ⟦P|Jurgen Martina⟧, personeelsnummer ⟦ID|20-3391⟧

Bij de screening voor de overstap naar het team Financiën is gebleken dat ⟦P|Jurgen⟧ geen VOG krijgt. Hij heeft ons zelf verteld dat hij in 2019 is veroordeeld voor verduistering bij een vorige werkgever. Hoe gaan we hiermee om, mag hij op zijn huidige functie blijven?""")

# ---- minutes ----------------------------------------------------------

D("nl", "minutes", ["health", "criminal"], """Stg. Confidentieel
MDO Zorg- en Veiligheidshuis Twente – verslag 19-03-2025
Aanwezig: ⟦P|Leemhuis⟧ (reclassering), ⟦P|H.J. Nijenhuis⟧ (wijkagent), ⟦P|Oosterveld, B.⟧ (GGZ), ⟦P|Ayse Karaca⟧ (gemeente), notulist ⟦P|R. Kamphuis⟧
Casus: ⟦P|M.A. (Michel) Brouwer⟧, ⟦BD|* 08-08-1988⟧
Adres: ⟦A|Wiedenbroek 42, 7552 CT Hengelo⟧

- Michel heeft een meldingsplicht bij de reclassering na zijn veroordeling voor bedreiging (januari).
- GGZ: psychotische klachten nemen toe, depot-medicatie wordt niet meer gehaald.
- Wijkagent ontving 3 meldingen van overlast door buren.

Actie: ⟦P|Ayse⟧ plant huisbezoek met ⟦P|Oosterveld⟧.
""".replace("⟦BD|* 08-08-1988⟧", "* ⟦BD|08-08-1988⟧").replace("Stg. Confidentieel\n", "⟦C|Stg. Confidentieel⟧\n").replace("- Michel heeft", "- ⟦P|Michel⟧ heeft"))

D("en", "minutes", [], """Minutes – Product team weekly, 4 Feb
Attendees: Mei Lan (PM), Callum, Zeynep, Bao (notes)
1. Release 3.2: blocked on the Stripe webhook fix (owner Zeynep)
2. Customer interviews: 5 done, 3 scheduled next week
3. Offsite: Den Bosch, 27 March — Bao books the room
AOB: none

Turn this into a Slack update.""".replace("Mei Lan (PM)", "⟦P|Mei Lan⟧ (PM)").replace("Callum,", "⟦P|Callum⟧,").replace("Zeynep, Bao (notes)", "⟦P|Zeynep⟧, ⟦P|Bao⟧ (notes)").replace("(owner Zeynep)", "(owner ⟦P|Zeynep⟧)").replace("— Bao books", "— ⟦P|Bao⟧ books"))

D("nl", "minutes", ["political"], """Notulen ledenvergadering GroenLinks-PvdA afdeling Deventer, 11 september
Aanwezig: 23 leden, w.o. ⟦P|Gerrit-Jan Bloemendaal⟧ (voorzitter), ⟦P|Fernanda Ribeiro da Silva⟧ (secretaris), ⟦P|Omar Alhamwi⟧
1. Kandidatenlijst gemeenteraad: ⟦P|Omar⟧ stelt zich kandidaat voor plek 3.
2. Campagne: flyeren op zaterdagen vanaf oktober, coördinatie ⟦P|Fernanda⟧ (⟦T|06 14 77 90 12⟧).

Maak een nieuwsbriefbericht voor de leden.""")

D("nl", "minutes", [], """Verslag overleg wijkplatform Schilderswijk, 2 oktober
Aanwezig: vertegenwoordigers van Haag Wonen, Stichting Mooi, de wijkagent, bewonerscommissie Jan Steenstraat
- De renovatie van de Van Ostadestraat loopt vertraging op door stikstofregels.
- De speeltuin aan de Hoefkade gaat open op 15 november.
- Volgende overleg: 6 december in het wijkcentrum De Mussen.

Kun je hier 3 kernpunten van maken?""")

D("en", "minutes", ["health"], """Board meeting – Riverside Rowing Club – 3 June
Present: K. Asante (chair), L. Chan, T. Carvalho, S. Warsame
Apologies: Y. Ghebremedhin (recovering from knee surgery)
1. Membership fees 2026: +4%, agreed.
2. New coach: interviews on 20 June.
3. Boathouse roof: quote from Dekker Bouw approved.

Summarise for the newsletter, leave out personal stuff.""".replace("K. Asante (chair), L. Chan, T. Carvalho, S. Warsame", "⟦P|K. Asante⟧ (chair), ⟦P|L. Chan⟧, ⟦P|T. Carvalho⟧, ⟦P|S. Warsame⟧").replace("Y. Ghebremedhin (", "⟦P|Y. Ghebremedhin⟧ ("))

# ---- IT: logs, config, code, data dumps --------------------------------

D("en", "it-log", [], """why does fail2ban not block this? auth.log:

Mar 14 03:12:07 web-02 sshd[18812]: Failed password for invalid user admin from ⟦IP|185.220.101.47⟧ port 51022 ssh2
Mar 14 03:12:09 web-02 sshd[18812]: Failed password for invalid user admin from ⟦IP|185.220.101.47⟧ port 51022 ssh2
Mar 14 03:12:15 web-02 sshd[18830]: Accepted publickey for deploy from ⟦IP|10.0.3.14⟧ port 40112 ssh2: ED25519 SHA256:q1Pv0kH4Zk9cXz7mTt2rL8bYw3nS6dF0aJ5uE1gR2oM
Mar 14 03:12:15 web-02 sshd[18830]: pam_unix(sshd:session): session opened for user deploy(uid=1001) by (uid=0)""")

D("en", "code-secret", [], """Getting "FATAL: password authentication failed" — what's wrong with my config?

```yaml
# docker-compose.override.yml
services:
  api:
    environment:
      DATABASE_URL: ⟦S|postgresql://app_rw:Tr0ub4dor&3x@db.internal:5432/orders⟧
      REDIS_URL: redis://cache:6379/0
      SENTRY_DSN: ${SENTRY_DSN}
      JWT_SECRET: ⟦S|c2f1b7e0d94a4e35a8b8f0e6d1c3a7b5⟧
```""")

D("nl", "code-secret", [], """Mijn Python-script geeft een 401. Wat doe ik fout?

import requests
API_KEY = "⟦S|sk_live_51Hx9QeLkT2vYp8RmN4cW7aZ0dF3gJ6sB⟧"
r = requests.get("https://api.stripe.com/v1/charges", auth=(API_KEY, ""))
print(r.status_code)""")

D("en", "code-secret", [], """Review this GitHub Actions workflow please:

name: deploy
on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: ./deploy.sh
        env:
          AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}
          AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}
          SLACK_WEBHOOK: ${{ secrets.SLACK_WEBHOOK }}

Is it safe to use secrets like this?""")

D("en", "code-secret", [], """our intern committed this to the public repo 😱 what do I rotate first?

[default]
aws_access_key_id = ⟦S|AKIA4RZT7QWX2M6PLN3B⟧
aws_secret_access_key = ⟦S|pX9v/2kLwQ7mZr3TfB+8yNc1HdE6sJ0uGa4VoK5i⟧
region = eu-west-1

also a github token in the README: ⟦S|ghp_7Yk2LmQ9xR4tVb8NcZ1wP6sJ3dH0fA5eG2uK⟧""")

D("nl", "code-secret", [], """Kun je uitleggen wat deze Kubernetes Secret doet?

apiVersion: v1
kind: Secret
metadata:
  name: zaaksysteem-db
type: Opaque
data:
  username: ⟦S|emFha2VuX2FwcA==⟧
  password: ⟦S|V2ludGVyMjAyNSFaYWFr⟧""")

D("en", "it-log", [], """Can you parse these nginx lines into a table (ip, time, path, status)?

⟦IP|2a02:a46e:5b1:0:d4c2:9f1e:7a20:11b3⟧ - - [02/May/2025:10:14:55 +0200] "GET /api/v2/status HTTP/2.0" 200 312 "-" "curl/8.5.0"
⟦IP|84.105.22.193⟧ - - [02/May/2025:10:14:57 +0200] "POST /login HTTP/2.0" 302 0 "-" "Mozilla/5.0"
⟦IP|84.105.22.193⟧ - - [02/May/2025:10:14:58 +0200] "GET /dashboard HTTP/2.0" 200 18422 "-" "Mozilla/5.0"
⟦IP|127.0.0.1⟧ - - [02/May/2025:10:15:00 +0200] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29\"""")

D("nl", "data-sql", ["health"], """Waarom geeft deze query dubbele rijen?

SELECT c.client_id, c.naam, i.indicatie
FROM clienten c JOIN indicaties i ON i.client_id = c.client_id
WHERE c.gemeente = 'Heerlen';

resultaat (eerste rijen):
client_id | naam               | indicatie
----------+--------------------+-----------------------
⟦ID|C-118204⟧  | ⟦P|Sjef Lemmens⟧       | dementie, dagbesteding
⟦ID|C-118204⟧  | ⟦P|Sjef Lemmens⟧       | dementie, dagbesteding
⟦ID|C-120977⟧  | ⟦P|Truus Vencken-Hamers⟧ | COPD, huishoudelijke hulp""")

D("en", "data-csv", [], """Clean up this CSV (trim spaces, fix phone format to E.164):

id,first_name,last_name,email,phone,city
1, ⟦P|Yaw⟧ ,⟦P|Owusu⟧,⟦E|yaw.owusu@gmail.com⟧,⟦T|06 2211 4853⟧,Almere
2,⟦P|Fatima⟧,⟦P|Zahraoui⟧ ,⟦E|fzahraoui@hotmail.nl⟧, ⟦T|0031 6 48123390⟧,Zaandam
3,⟦P|Lucas⟧,⟦P|Bakker⟧,⟦E|lucas.bakker88@ziggo.nl⟧,⟦T|+31 (0)6-1572 0044⟧, Purmerend
4,⟦P|Nguyen Thi⟧,⟦P|Hoa⟧,⟦E|hoa.nguyen@outlook.com⟧,⟦T|0657331902⟧,Amsterdam""")

D("nl", "data-json", [], """Kun je dit JSON-bericht uit onze koppeling met het zaaksysteem omzetten naar XML?

{
  "zaak": "⟦ID|ZK2025-0007731⟧",
  "aanvrager": {
    "naam": "⟦P|Ç. Yıldız⟧",
    "bsn": "⟦B|402015447⟧",
    "email": "⟦E|cyildiz1979@gmail.com⟧",
    "geboortedatum": "⟦BD|1979-06-13⟧",
    "adres": {"straat": "Kanaalweg", "huisnummer": "8", "postcode": "⟦PC|6541AH⟧", "plaats": "Nijmegen"}
  },
  "product": "parkeervergunning bewoners",
  "kenteken": "⟦LP|K-491-SR⟧"
}""")

D("en", "it-ticket", [], """INC0048812 – Laptop stolen
Reported by: ⟦P|Priya Raman⟧ (⟦E|p.raman@lumenlogistics.eu⟧)
Asset tag: LT-2291, serial 5CG2341XYZ
Last seen: train Utrecht–Zwolle, 18:05
Last login from ⟦IP|83.163.44.12⟧ at 18:47 (after theft?)
BitLocker: enabled. Recovery key stored in AAD.
Action: wipe device, reset password, notify DPO.

Write the notification to our DPO.""")

D("nl", "it-log", [], """Wat betekent deze foutmelding?

2025-06-03 11:02:44,181 ERROR [zaak-api] nl.gemeente.zaak.ZaakService - Kan zaak niet opslaan: ConstraintViolation on column 'bsn' (value too long)
	at nl.gemeente.zaak.ZaakService.save(ZaakService.java:212)
	at nl.gemeente.zaak.ZaakController.create(ZaakController.java:88)
Caused by: org.postgresql.util.PSQLException: ERROR: value too long for type character varying(9)""")

D("en", "code-secret", [], """Is this how you're supposed to configure the connection? Template from the docs:

spring.datasource.url=jdbc:mysql://localhost:3306/shop
spring.datasource.username=<your-username>
spring.datasource.password=<your-password>
mail.smtp.password=********""")

D("en", "code-secret", [], """Explain what this file is and whether I can commit it:

-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACBvXk3hQm2pFz9rTqY1nW8cLd4bS7eGa0uJ6iKxV5oR3wAAAJgQe7yREHu8
kQAAAAtzc2gtZWQyNTUxOQAAACBvXk3hQm2pFz9rTqY1nW8cLd4bS7eGa0uJ6iKxV5oR3w
AAAEB1cZr0sWk9Jx4dHq8mTnP2vY7aLf3oGi6eKb5uN0wC9m9eTeGCbaWnPz2tOpjWdbxw
t3htLt4ZrS4nqIrFXmhHfAAAAEGRlcGxveUBidWlsZC0wMQECAwQF
-----END OPENSSH PRIVATE KEY-----""".replace("-----BEGIN OPENSSH PRIVATE KEY-----", "⟦S|-----BEGIN OPENSSH PRIVATE KEY-----").replace("-----END OPENSSH PRIVATE KEY-----", "-----END OPENSSH PRIVATE KEY-----⟧"))

D("nl", "it-ticket", [], """Ticket #77310 – toegang zaaksysteem
Melder: ⟦P|Kees Hogeveen⟧, Burgerzaken
Omschrijving: Kan sinds vanochtend niet inloggen. Mijn wachtwoord is ⟦S|Fietsbel#2025⟧, dat heb ik vorige week gewijzigd. Werkplek: ⟦IP|172.20.14.88⟧.
Telefoon: ⟦T|0343 - 56 56 00⟧

Graag een antwoord aan de melder: nooit je wachtwoord in een ticket zetten, en wat hij nu moet doen.""")

D("en", "it-log", [], """Postfix keeps rejecting mail from our scanner. Log:

May  7 09:31:02 mx1 postfix/smtpd[2231]: NOQUEUE: reject: RCPT from unknown[⟦IP|192.168.40.25⟧]: 554 5.7.1 <⟦E|scan-to-mail@printers.veldhoven-rubber.nl⟧>: Relay access denied; from=<⟦E|scan-to-mail@printers.veldhoven-rubber.nl⟧> to=<⟦E|g.mensah@veldhoven-rubber.nl⟧> proto=ESMTP helo=<KM-C458>""")

D("en", "code-secret", [], """Slack bot not responding. My .env:

SLACK_BOT_TOKEN=⟦S|xoxb-5531298804-7719203318845-kR2pV9wLmT4qZx8NcB6sYh3J⟧
SLACK_SIGNING_SECRET=⟦S|8f4c2a9e1b7d3f6a0c5e8b2d4f7a1c3e⟧
OPENAI_API_KEY=
PORT=3000""")

# ---- e-mails ----------------------------------------------------------

D("nl", "email-citizen", ["health"], """Van: ⟦E|h.lemmens55@kpnmail.nl⟧
Aan: ⟦E|wmo@heerlen.nl⟧
Onderwerp: aanvraag huishoudelijke hulp

Geachte mevrouw, meneer,

Mijn vrouw ⟦P|Mia⟧ heeft sinds haar longoperatie in het Zuyderland zuurstof nodig en kan het huishouden niet meer doen. Ik ben zelf 81 en heb artrose in beide handen. Wij wonen op ⟦A|Schandelerstraat 61, 6415 AM Heerlen⟧. Kan er iemand langskomen?

Ons telefoonnummer is ⟦T|045-5718830⟧.

Met vriendelijke groet,
⟦P|Huub Lemmens⟧

---
Maak een kort intake-verslag voor de Wmo-consulent.""")

D("en", "email-business", [], """Hi ⟦P|Siobhan⟧,

Thanks for the call earlier. As agreed, please wire the deposit of EUR 4,500 to our account ⟦I|DE33 6924 3226 3058 3082 19⟧ (Holzmann & Partner GmbH). The invoice number is INV-2025-0419. Our office address for the contract is ⟦A|Lindenstraße 12, 80331 München⟧.

Best,
⟦P|Jonas Holzmann⟧
Holzmann & Partner GmbH | ⟦T|+49 89 2180 7731⟧ | ⟦E|j.holzmann@holzmann-partner.de⟧

---
Please check whether this could be invoice fraud — the IBAN is different from last time.""")

D("nl", "email-official", [], """Hoi ⟦P|Lotte⟧,

Kun jij morgen de balie overnemen? Ik heb om 10:00 een afspraak met mevrouw ⟦P|Zahraoui⟧ over haar naturalisatie, maar die is nu verzet naar donderdag. Haar dossiernummer is ⟦ID|BZ-77120⟧, alles staat in Key2Burgerzaken.

Groet,
⟦P|Maarten⟧

-- graag omzetten in een taak voor Outlook""")

D("en", "email-business", ["health"], """Draft a reply to this:

From: ⟦P|Zeynep Kaplan⟧ <⟦E|zeynep.kaplan@brightfield.io⟧>
Subject: Leave request

Hi ⟦P|Callum⟧,
I'd like to request two weeks of leave from 2 June. My IVF treatment starts then and the clinic needs me for daily monitoring. I'd prefer the team not to know the reason.
Thanks,
Zeynep""".replace("Thanks,\nZeynep", "Thanks,\n⟦P|Zeynep⟧"))

D("nl", "email-citizen", [], """Beste gemeente,

ik wil graag een afspraak maken voor een nieuwe ID-kaart want mijn oude is verlopen (nummer ⟦ID|IR8K42P07⟧). mijn gegevens: ⟦P|Shurendy Isenia⟧, geboren ⟦BD|23 december 1996⟧ op Curaçao, ⟦A|Middelland 5b, 3021 BV Rotterdam⟧. tel ⟦T|0616502289⟧

alvast bedankt""")

D("nl", "email-official", [], """Onderwerp: Overdracht dossier ⟦P|Ghebremedhin⟧

Collega's,

Per 1 juli neemt ⟦P|Filmon Kidane⟧ de begeleiding van het gezin ⟦P|Ghebremedhin⟧ over van ⟦P|Iryna Shevchuk⟧. Het gezin woont op ⟦A|Wijnhaven 70-C, 2511 GA Den Haag⟧. Contactpersoon is vader ⟦P|Yonas⟧ (⟦T|06 31 22 78 04⟧); hij spreekt Tigrinya en een beetje Engels.

⟦P|Iryna⟧ is tot 30 juni bereikbaar op ⟦E|i.shevchuk@denhaag.nl⟧.""")

D("en", "email-thread", ["health"], """Can you summarise this thread and list open actions?

> From: ⟦P|Mensah-Boateng, Akosua⟧
> Sent: Tuesday 10:12
> To: Facilities
> My daughter ⟦P|Abena⟧ (Year 4) has a severe peanut allergy. Could the school kitchen confirm it is nut-free? She carries an EpiPen.

> From: Facilities
> Sent: Tuesday 14:40
> Dear Ms ⟦P|Mensah-Boateng⟧, we will forward this to the catering company. Please also inform her teacher, ⟦P|Mr de Graaf⟧.

> From: ⟦P|Mensah-Boateng, Akosua⟧
> Sent: Wednesday 08:03
> Done. Also, her inhaler is in her bag — she has mild asthma too.""".replace("⟦P|Mr de Graaf⟧", "Mr ⟦P|de Graaf⟧"))

D("nl", "email-citizen", ["criminal"], """Goedemiddag,

Ik schrijf u over mijn zoon ⟦P|Rayan El Khattabi⟧ (⟦BD|04-10-2007⟧). Hij is afgelopen zaterdag aangehouden bij de demonstratie op het Malieveld en heeft een nacht vastgezeten. Hij heeft nu een strafbeschikking gekregen van 250 euro. Kunnen wij daartegen in verzet? Ik ben zijn vader, ⟦P|Noureddine El Khattabi⟧, ⟦T|06-12 87 43 90⟧.

Vriendelijke groet""")

D("en", "email-business", [], """Hi team,

Quick reminder that the office at Herengracht will be closed on 27 April for King's Day. The cleaning company (Hoekstra Schoonmaak) will come on Monday instead. Drinks on Friday are sponsored by Jansen de Wit Advocaten, our new neighbours on the third floor.

Cheers,
Office Management

Make this sound more fun.""")

D("nl", "email-citizen", ["health", "ethnicity"], """aan de klachtencommissie van het ziekenhuis

ik ben ⟦P|Semhar Tesfay⟧, patientnummer ⟦ID|0093-2281⟧. ik ben van Eritrese afkomst en spreek niet goed nederlands. bij de spoedeisende hulp op 3 mei zei de verpleegkundige dat "mensen zoals jij" altijd overdrijven. ik had een nierbekkenontsteking en moest later worden opgenomen. ik wil een klacht indienen wegens discriminatie.

kan je dit netjes maken voor mij?""")

D("en", "email-official", [], """Dear ⟦P|Ms Ribeiro da Silva⟧,

Thank you for your application for the position of Data Analyst. We would like to invite you for an interview on 14 May at 13:00 at our office, ⟦A|Moreelsepark 45, 3511 EP Utrecht⟧. Please report to reception and ask for ⟦P|Bas Vermeulen-Kok⟧.

Kind regards,
Recruitment team
⟦E|recruitment@stichtsewaterwerken.nl⟧ | ⟦T|030 - 634 88 10⟧""".replace("⟦P|Ms Ribeiro da Silva⟧", "Ms ⟦P|Ribeiro da Silva⟧"))

D("nl", "email-official", [], """Beste ⟦P|Jelle⟧,

In de bijlage de factuur van Wiersma Bouw B.V. voor de dakreparatie (factuurnr. 2025-0311). Graag betalen vóór 1 juni op ⟦I|NL55 RBRB 4790 6120 54⟧ t.n.v. Wiersma Bouw B.V.

Met vriendelijke groet,
administratie

Vraag: hoe boek ik dit in Exact als vooruitbetaling?""")

# ---- forms, OCR, vehicles, travel -------------------------------------

D("nl", "form-ocr", [], """Dit is een scan van een schadeformulier, de OCR is slecht. Kun je de gegevens eruit halen?

EUROPEES SCHADEFORMULlER
Voertuig A
Naam verzekerde: ⟦P|VAN OOSTR0M⟧  Voornaam: ⟦P|DAAN⟧
Adres: ⟦A|Hoge Rijndijk 3O2 , 2314 AM Leiden⟧
Te1. / e-mail: ⟦T|06- 2O77 1453⟧ / ⟦E|daan.vanoostrom@gmaiI.com⟧
Kenteken: ⟦LP|GN-8O7-Z⟧
Verzekeringsmaatschappij: Centraal Beheer  Polisnr: ⟦ID|47.118.902-1⟧
Rijbewijsnr: ⟦ID|5391 8826 04⟧

Voertuig B
Naam: ⟦P|Kowalska⟧ Voornaam: ⟦P|Agnieszka⟧
Kenteken: ⟦LP|WX 4419K⟧ (PL)""")

D("en", "form-travel", [], """Please fill this into our travel booking tool format:

Traveller: ⟦P|NGUYEN, Tran Van Minh⟧
Passport: ⟦ID|NV4812277⟧ (NL), expiry 11/2031
DOB: ⟦BD|1990-02-19⟧
Mobile: ⟦T|+31 6 4410 2985⟧
Flight: KL1007 AMS–LHR, 12 Oct
Hotel: Premier Inn London County Hall
Corporate card: ⟦CC|4858 8327 7714 1871⟧ exp 09/27
Cost centre: 4410-IT""")

D("nl", "form-expense", [], """declaratie congres Maastricht
naam: ⟦P|ingrid bosschaart⟧
personeelsnummer: ⟦ID|88123⟧
hotel NH Maastricht 2 nachten € 278,00 (betaald met creditcard ⟦CC|5124 0931 3448 6591⟧)
trein 2e klas € 61,40
declaratienummer: DCL-2025-1180
uitbetalen op ⟦I|NL93 KNAB 0874 4277 20⟧

Klopt het dat hotel en trein onder de reiskostenregeling vallen?""")

D("en", "form-rental", [], """Car rental agreement – summary requested

Renter: ⟦P|Abdirahman Farah⟧
Driving licence: ⟦ID|FARAH801215A99YZ⟧ (UK)
Address: ⟦A|14 Coldharbour Lane, London SE5 9NR⟧
Payment: Amex ⟦CC|3486 747833 73866⟧
Vehicle: VW Polo, ⟦LP|LK71 XPT⟧
Pick-up: Schiphol, 3 Aug; drop-off: Rotterdam, 10 Aug""")

D("nl", "form-parking", [], """Kan iemand bezwaar maken tegen deze naheffing? Tekst van de bon:

Naheffingsaanslag parkeerbelasting
Gemeente Groningen
Kenteken: ⟦LP|TSK-71-V⟧
Datum/tijd: 18-04-2025 13:47
Locatie: Oude Boteringestraat (zone A)
Bedrag: € 72,90""")

D("en", "vehicle", [], """My car was towed in Antwerp. The notice says plate ⟦LP|1-ABC-234⟧, but my plate is ⟦LP|1-ABD-234⟧! My Belgian address is ⟦A|Lange Lozanastraat 120 bus 3, 2018 Antwerpen⟧. Help me write a complaint in Dutch.""")

D("nl", "vehicle", [], """Mijn buurman parkeert al weken zijn camper (⟦LP|VJ-12-RT⟧) voor mijn oprit aan de Lindelaan. Mag dat? Wat kan ik doen zonder direct ruzie te krijgen?""")

D("en", "vehicle", [], """Question: in the Netherlands, how do I check online whether a second-hand car has outstanding finance or was stolen? I don't have the plate yet.""")

D("nl", "form-ocr", ["health"], """ONTSLAGBRIEF – Maasstad Ziekenhuis  (scan, p.1/2)
Patiënt: ⟦P|DOĞAN, H.⟧          geb.dat: ⟦BD|12-O2-1966⟧
Pat.nr: ⟦ID|8812 7734⟧        BSN: ⟦B|2963 O3 186⟧
Opname: 02-03  Ontslag: 09-03
Diagnose: NSTEMI, 2-vats coronairlijden, PCI RCX
Medicatie: ascal 80mg, ticagrelor 90mg 2dd, atorva 40
Huisarts: ⟦P|dr. Sewdien⟧, Rotterdam-Zuid

Maak hier een begrijpelijke samenvatting van voor de patiënt.""".replace("⟦P|dr. Sewdien⟧", "dr. ⟦P|Sewdien⟧").replace("⟦B|2963 O3 186⟧", "⟦B|2965 03 186⟧"))

# ---- negatives: general questions, organisation data, look-alikes -------

D("nl", "general-question", [], """Wat zijn de eerste symptomen van de ziekte van Lyme en wanneer moet je naar de huisarts na een tekenbeet?""")

D("en", "general-question", [], """Explain the difference between type 1 and type 2 diabetes in simple terms for a school presentation.""")

D("nl", "general-question", [], """Mag een werkgever vragen naar iemands geloof bij een sollicitatie? Graag met verwijzing naar de Algemene wet gelijke behandeling.""")

D("en", "general-question", [], """Write a neutral 200-word explainer on how coalition formation works after Dutch general elections.""")

D("nl", "general-question", [], """Hoe werkt de 11-proef voor een BSN precies? Geef een voorbeeld met een verzonnen nummer dat NIET geldig is.""")

D("nl", "hard-negative", [], """Is 123456789 een geldig burgerservicenummer? En ⟦B|111222333⟧?""")

D("en", "general-question", [], """What does TLP:CLEAR mean compared to TLP:AMBER in the Traffic Light Protocol? When may I share an AMBER report with a supplier?""")

D("nl", "hard-negative", [], """Vertaal naar het Engels: "Deze informatie is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht heeft ontvangen, verzoeken wij u het te verwijderen."
""")

D("nl", "hard-negative", [], """Maak een routebeschrijving van station Arnhem Centraal naar het Willem Alexander ziekenhuis, via de Jansbuitensingel en de Apeldoornseweg. Is er parkeergelegenheid bij Parkeergarage Musis Sacrum?""")

D("en", "hard-negative", [], """Compare the pension funds ABP, PFZW and PMT on coverage ratio in 2024, and mention what Philips, ASML and Ahold Delhaize offer their employees.""")

D("nl", "hard-negative", [], """Welke supermarkt is goedkoper: Albert Heijn, Jumbo, Dirk of Lidl? En klopt het dat Hoogvliet alleen in de Randstad zit?""")

D("en", "general-question", [], """Our team is drafting a policy on gender transition at work. What should a good policy include? We don't have a specific case, we just want to be prepared.""")

D("nl", "general-question", [], """Geef een overzicht van de regels rond het bewaren van camerabeelden door een supermarkt (AVG).""")

D("en", "hard-negative", [], """Fix the version parsing: our app reads "build 10.0.19045.3803" and "agent 2.4.1.0" as IP addresses. Regex is \\d+\\.\\d+\\.\\d+\\.\\d+. How do I make it stricter?""")

D("nl", "hard-negative", [], """Bestelling 400182273 is nog niet binnen. Track & trace: 3SABCD1234567. Factuur F-2025-33817, KvK 81234567, btw NL003456789B01. Wat moet ik doen?""")

D("en", "hard-negative", [], """Please rewrite this product description: "The Van Gogh Museum Edition mug features Sunflowers and is dishwasher safe. Ships from our warehouse in Venlo within 2 working days."
""")

D("nl", "hard-negative", [], """Schrijf een korte tekst voor een bord bij de Johan de Witt-brug en het Thorbeckeplein over de geschiedenis van de binnenstad.""")

D("en", "general-question", [], """Is a person's religion considered special category data under the GDPR? Give me three examples of processing that would need an exception under Article 9.""")

D("nl", "hard-negative", [], """Kunnen jullie het contactformulier aanpassen? Het veld "Voorbeeld: [uw naam]" staat als placeholder en mensen laten het gewoon staan. Ook het voorbeeld-IBAN NL00 BANK 0123 4567 89 moet weg.""")

D("en", "hard-negative", [], """We run a bakery called Bakker & Zn. in Leiden and want a new logo. The brand colours are Storm Grey and Rose. Give me five tagline ideas.""")

D("nl", "general-question", [], """Wat is het verschil tussen Departementaal Vertrouwelijk en Stg. Confidentieel? Wie mag zo'n rubricering aanbrengen?""")

D("en", "general-question", [], """Summarise the key findings of research on shift work and cardiovascular disease in nurses.""")

D("nl", "general-question", [], """Hoe vraag ik als zzp'er een VOG aan en hoe lang duurt dat gemiddeld?""")

D("en", "hard-negative", [], """Test data for our IBAN validator — which of these should fail? NL91ABNA0417164301, ⟦I|NL20INGB0001234567⟧, GB00WEST12345698765432""")

D("nl", "hard-negative", [], """Maak een vrolijke uitnodiging voor de buurtbarbecue op zaterdag 21 juni vanaf 17:00 op het grasveld aan de Prinses Margrietstraat. Opgeven bij de bewonersvereniging, kosten € 7,50 per persoon.""")

D("en", "general-question", [], """How does facial recognition at airport e-gates work, and what happens to the biometric template after boarding?""")

D("nl", "general-question", [], """Welke vakbonden zijn er in Nederland voor mensen in de zorg, en wat kost een lidmaatschap ongeveer?""")

D("en", "hard-negative", [], """Convert to a markdown table: Q1 revenue 1.2M, Q2 1.4M, Q3 1.1M, Q4 1.9M; headcount 41, 44, 47, 52; office Amsterdam, Rotterdam from Q3.""")

# ---- informal, typos, lower case, mixed language -----------------------

D("nl", "informal", ["health"], """hoi ik ben ⟦P|fatima⟧ en mijn zoontje ⟦P|adam⟧ heeft al 3 dagen koorts en hij eet niks. de huisarts is dicht. moet ik naar de huisartsenpost?? we wonen in zaandam""")

D("nl", "informal", [], """kun je een berichtje maken voor de juf? ⟦P|lieke⟧ is morgen er niet want we gaan naar de bruiloft van mn broer in polen. groetjes ⟦P|kasia⟧ (mama van lieke)""".replace("(mama van lieke)", "(mama van ⟦P|lieke⟧)"))

D("nl", "informal", ["criminal"], """mijn ex ⟦P|Dennis Vrieling⟧ heeft een contactverbod maar hij staat elke avond bij mn huis, ⟦A|Enschotsestraat 19⟧ in tilburg. politie zegt dat ze niks kunnen doen totdat hij iets doet?? hoe zit dat juridisch""")

D("en", "informal", [], """yo can u make this sound less angry lol: "dear ⟦P|mr van der Meulen⟧ i have asked u 4 times to fix the heating in my apartment ⟦A|Bilderdijkkade 33-III⟧ its been 3 weeks and its 14 degrees inside""".replace("⟦P|mr van der Meulen⟧", "mr ⟦P|van der Meulen⟧") + '"')

D("nl", "informal", [], """kan jij mn cv nakijken op spelfouten??

⟦P|Mert Şahin⟧
⟦E|mert.sahin2001@live.nl⟧ / ⟦T|06 38 55 10 72⟧
Geboortedatum: ⟦BD|7 aug 2001⟧
Opleiding: MBO 4 Logistiek, ROC Midden Nederland (2018-2022)
Werkervaring: orderpicker bij Bol.com, teamleider bij Rhenus
Rijbewijs B en C""")

D("nl", "informal", ["health"], """heb net uitslag gehad, ik heb dus suikerziekte type 2 zegt de dokter 😭 wat mag ik nog eten?? ik ben dol op roti en bara. groet ⟦P|ravi⟧""")

D("en", "informal", [], """pls fix grammar: "Me and Jonas has went to the meeting with the client Brightfield yesterday, they wants the proposal before friday""".replace("Me and Jonas", "Me and ⟦P|Jonas⟧") + '"')

D("nl", "informal", [], """Zeg ⟦P|pim⟧ heeft zn wachtwoord van netflix in de groepsapp gezet: ⟦S|pimpelmees77⟧ lol. moet ik hem waarschuwen of is dat overdreven""")

D("nl", "mixed", [], """Translate to English for our Brazilian colleague: "Hoi ⟦P|Thiago⟧, de sleutel van het kantoor ligt bij ⟦P|Marleen⟧ op de receptie. De alarmcode is ⟦S|4471#⟧. Vergeet niet om 18:00 af te sluiten!"
""")

D("nl", "mixed", ["health"], """Can you help me answer this in Dutch? My neighbour ⟦P|Mevrouw Roelofsen⟧ wrote:
"Beste ⟦P|Jack⟧, ik lig sinds vrijdag in het Rijnstate met een longontsteking. Wil jij mijn kat eten geven? De sleutel ligt bij ⟦P|Hennie⟧ op nummer 12."
I want to say yes, and ask how she's doing.""".replace("⟦P|Mevrouw Roelofsen⟧", "Mevrouw ⟦P|Roelofsen⟧"))

D("en", "mixed", [], """Onze Poolse collega ⟦P|Agata⟧ vroeg dit in het Engels, kun je antwoorden in simpel Engels?
"Hi, where can I find the holiday allowance (vakantiegeld) on my payslip? My employee number is ⟦ID|W-0931⟧."
""")

D("nl", "informal", ["religion"], """hallo, mijn opa ⟦P|Tjalling⟧ is gisteren thuis overleden. hij was gereformeerd vrijgemaakt en we willen de uitvaart in de kerk in Marum. kan je helpen met een tekst voor de rouwkaart? hij is 92 geworden, geboren ⟦BD|3 maart 1933⟧ in Grootegast""")

D("en", "informal", [], """rewrite as a polite email: "hey, ur package for ⟦P|J. Kwee⟧ at ⟦A|Vijzelstraat 4 hs⟧ was delivered to the wrong house again. third time. fix it""")

D("nl", "informal", ["sexual"], """mijn vrouw ⟦P|Sanne⟧ en ik (ik ben ⟦P|Romy⟧) willen een kinderwens traject starten. hoe werkt dat juridisch met het ouderschap bij twee moeders? we zijn in 2022 getrouwd""")

D("en", "informal", ["health"], """omg ⟦P|jess⟧ just told me she had a miscarriage last week and she's back at work already. what do i even say to her?? i'm her manager""")

D("nl", "informal", [], """ff checken of dit klopt: pincode van de deur bij oma is ⟦S|1947⟧ en de wifi is "Ziggo-8812" met wachtwoord ⟦S|tulp8812roos⟧. ik stuur het naar mn broer ⟦P|sven⟧""")

# ---- classified and marked documents -----------------------------------

D("nl", "classified", [], """⟦C|DEPARTEMENTAAL VERTROUWELIJK⟧

Nota aan de minister
Van: DG Migratie
Betreft: stand van zaken aanbesteding opvanglocaties

1. De aanbesteding voor 3 nieuwe locaties loopt vertraging op.
2. Er zijn twee bezwaarprocedures ingesteld door gemeenten.
3. Advies: de Tweede Kamer per brief informeren vóór het zomerreces.

⟦C|DEPARTEMENTAAL VERTROUWELIJK⟧

Vat samen in 2 zinnen.""")

D("en", "classified", [], """⟦C|TLP:AMBER+STRICT⟧
Threat advisory – sector: water utilities
Observed: scanning from ⟦IP|45.137.21.9⟧ and ⟦IP|45.137.21.14⟧ against exposed HMI panels (TCP 502).
Recommended: block at perimeter, review Modbus exposure.
Contact: CSIRT duty officer, ⟦E|soc@waterkring-csirt.nl⟧

Can you turn this into a checklist for our OT engineers?""")

D("nl", "classified", [], """Onderwerp: ⟦C|Stg. Geheim⟧ – NIET DOORSTUREN

Kun je de volgende zin herschrijven zodat hij minder stellig klinkt? "De dienst acht de kans op een incident tijdens het bezoek reëel."
""")

D("en", "classified", [], """Header and footer of our project plan say "⟦C|EU RESTRICTED⟧". The body is about the timetable for the border-management IT migration: phase 1 (Q3) data cleansing, phase 2 (Q4) parallel run, phase 3 (Q1) switch-over. Write a Gantt chart in mermaid syntax for the three phases.""")

D("nl", "classified", ["criminal"], """⟦C|Stg. Confidentieel⟧
Proces-verbaal van bevindingen (uittreksel)
Verdachte: ⟦P|A. (Anton) Wildschut⟧, ⟦BD|geb. 19-07-1975⟧ te Harderwijk
Op 14-05 is waargenomen dat verdachte met de personenauto ⟦LP|R-338-BK⟧ naar het bedrijventerrein reed en daar een pakket overdroeg aan een onbekende man.

Maak hier een tijdlijn van.""".replace("⟦BD|geb. 19-07-1975⟧", "geb. ⟦BD|19-07-1975⟧"))

D("en", "classified", [], """Label at the top: ⟦C|STRICTLY CONFIDENTIAL⟧ – Board only
Draft press statement on the merger with Dutch partner: announcement planned 12 March, 07:00 CET, before market open. Share exchange ratio 0.84.
Please improve the wording of the statement.""")

D("nl", "classified", [], """Moet een e-mail met als onderwerp "⟦C|TLP:RED⟧ – incident ziekenhuis" ook versleuteld worden verstuurd? Ik heb hem nog niet verstuurd, ik twijfel over de ontvangers.""")

D("en", "classified", [], """What is the difference between NATO RESTRICTED and NATO CONFIDENTIAL, and can NATO RESTRICTED be processed on an unaccredited laptop?""")

D("nl", "classified", ["health"], """⟦C|Persoonlijk en vertrouwelijk⟧
Aan: ⟦P|drs. W. van Gelder⟧? nee — aan de voorzitter van de Raad van Bestuur

Geachte heer ⟦P|Ter Beek⟧,

Naar aanleiding van het gesprek van 3 september bevestig ik dat onze bestuurder ⟦P|Maarten Schuurmans⟧ per direct met ziekteverlof is. Over de duur is nog niets bekend. Zijn taken worden waargenomen door ⟦P|Ingrid Bosschaart⟧.

Met vriendelijke groet,
⟦P|E. Brinkhuis⟧, secretaris RvT

herschrijf als intern bericht zonder de reden""".replace("Aan: ⟦P|drs. W. van Gelder⟧? nee — aan de voorzitter", "Aan: de voorzitter"))

D("en", "classified", [], """⟦C|RESTREINT UE/EU RESTRICTED⟧

Council Working Party – draft conclusions, doc. 11872/25
The Presidency invites delegations to comment on paragraphs 4 to 9 by 30 June.

⟦C|RESTREINT UE/EU RESTRICTED⟧

Translate the opening paragraph into Dutch.""")

# ---- special categories -------------------------------------------------

D("nl", "case-note", ["biometric", "criminal"], """Verslag identificatie – politie Amsterdam (kopie voor advocaat)
Betrokkene: ⟦P|Ihor Kravets⟧, V-nummer ⟦ID|V-2240118837⟧
Vingerafdrukken afgenomen op 22-02; match in HAVANK met een spoor van de inbraak in Diemen (november). Gezichtsvergelijking op camerabeelden: waarschijnlijk dezelfde persoon.
Betrokkene is in verzekering gesteld.

Kun je uitleggen wat HAVANK is en hoe sterk zo'n vingerafdrukmatch als bewijs is?""")

D("en", "hr-file", ["biometric"], """Our new access system stores employees' fingerprint templates. ⟦P|Lina Khoury⟧ (badge ⟦ID|B-20441⟧) objects and refuses to enrol; her template from the pilot is still in the system with a 0.97 match score on her last entry. Can we force her, and what should we do with the stored template?""")

D("en", "case-note", ["ethnicity"], """Complaint summary for the equality officer:
Complainant ⟦P|Robbie Sapulete⟧, who is of Moluccan descent, says his team leader ⟦P|Kevin Dijkhuizen⟧ repeatedly made jokes about "Indo's" and excluded him from the overtime rota. Witness: ⟦P|Desiree Tahapary⟧.
Please draft the acknowledgement letter to the complainant.""")

D("nl", "case-note", ["political"], """Notitie gebiedsteam: ⟦P|mevr. S. Azzouzi⟧ gaf aan dat ze zich niet veilig voelt sinds ze als kandidaat voor DENK op de kieslijst staat; ze krijgt haatberichten op Instagram. Ze vraagt of de gemeente kan helpen met melden.""".replace("⟦P|mevr. S. Azzouzi⟧", "mevr. ⟦P|S. Azzouzi⟧"))

D("en", "email-business", ["trade_union"], """Hi ⟦P|Gemma⟧, can you check this before I send it? "Dear ⟦P|Mr Okonkwo⟧, as you are the Unite union rep for the Birmingham depot, we invite you to the consultation on the shift pattern changes on 9 July." Is it okay to mention his union role in the company-wide mailing?""".replace("⟦P|Mr Okonkwo⟧", "Mr ⟦P|Okonkwo⟧"))

D("nl", "hr-file", ["trade_union", "health"], """Ik ben kaderlid van CNV en ik begeleid mijn collega ⟦P|Hennie Brinkhuis⟧ bij haar re-integratie. Ze is 8 maanden ziek door long covid. De werkgever wil haar contract niet verlengen. Wat zijn haar rechten? Ik ben ⟦P|Gerard⟧, ⟦E|gerard.vos.cnv@gmail.com⟧""")

D("en", "case-note", ["genetic", "health"], """Summarise for the family file: ⟦P|Jun Hao Zheng⟧ (patient ID ⟦ID|LUMC-551902⟧) tested positive for the HTT expansion (42 CAG repeats), confirming Huntington's disease gene carriership. His father died of Huntington's in 2019. He has not yet told his partner.""")

D("nl", "informal", ["genetic"], """Ik heb via 23andMe ontdekt dat ik drager ben van cystic fibrosis (1 kopie, dus zelf niet ziek). Moet ik dat aan mijn partner ⟦P|Wouter⟧ vertellen en aan mijn zus? Ik ben ⟦P|Marloes⟧.""")

D("en", "informal", ["sexual"], """My husband ⟦P|Marcus⟧ and I are adopting and the agency asks for a letter describing our relationship. We've been together 11 years and married 5. Can you help me write it? — ⟦P|Daniel⟧""")

D("nl", "case-note", ["religion"], """Cliënt ⟦P|Abdelkarim B.⟧ (cliëntnr ⟦ID|33081⟧) wil geen begeleiding door een vrouwelijke coach vanwege zijn geloofsovertuiging (hij is salafistisch moslim). Hoe kunnen we hier als team mee omgaan binnen ons beleid?""")

D("en", "case-note", ["criminal"], """Probation officer's note — client ⟦P|Leon Pinas⟧, DOB ⟦BD|11/11/1990⟧, case ⟦ID|RN-2025-10442⟧. Released on 2 January with electronic monitoring (ankle tag) until 30 June. Reported on time all weeks. Conditions: no contact with ⟦P|Chantal Kross⟧, curfew 22:00–06:00.

Rewrite as a progress report for the court.""")

D("nl", "case-note", ["ethnicity", "health"], """Intake vluchtelingenwerk: ⟦P|Ahmed Osman Hassan⟧, Somalisch, behoort tot de Bantoe-minderheid in Somalië en werd daarom gediscrimineerd. Heeft PTSS-klachten en slaapt slecht. Begeleider: ⟦P|Hodan Warsame⟧ (⟦T|06 55 02 17 89⟧).""")

D("en", "informal", ["political", "criminal"], """I'm a civil servant at the Ministry and I was at the climate protest on the A12 last Saturday with Extinction Rebellion, I got arrested and released the same day. Do I need to tell my employer? — asking for myself, my name is ⟦P|Floor Hermsen⟧""")

# ---- more mixed genres ---------------------------------------------------

D("nl", "data-tsv", [], """Kun je van deze export (tab-gescheiden) een lijst maken van wie nog moet betalen?

relatienr\tnaam\tpostcode\tiban\tstatus
⟦ID|L-0412⟧\t⟦P|Bouwmeester, G.⟧\t⟦PC|9711 LM⟧\t⟦I|NL93INGB2834839157⟧\tbetaald
⟦ID|L-0419⟧\t⟦P|Chan-Tjoa, M.L.⟧\t⟦PC|9722 EK⟧\t⟦I|NL57ABNA5327342742⟧\topen
⟦ID|L-0423⟧\t⟦P|Kidane, F.⟧\t⟦PC|9741 KG⟧\t⟦I|NL61RABO9367575107⟧\topen
⟦ID|L-0431⟧\t⟦P|Veenhuis, R.⟧\t⟦PC|9714 BA⟧\t-\tgeen machtiging""")

D("en", "data-yaml", [], """Validate this YAML for our HR onboarding bot:

employee:
  name: ⟦P|Oluwaseun Adeyemi⟧
  employee_id: ⟦ID|NL-EMP-00871⟧
  start_date: 2025-09-01
  date_of_birth: ⟦BD|1994-12-03⟧
  contact:
    email: ⟦E|seun.adeyemi@proton.me⟧
    phone: "⟦T|+31 20 894 1102⟧"
  bank:
    iban: ⟦I|NL90INGB0473089322⟧
  bsn: "⟦B|225301143⟧"
  manager: ⟦P|Claire Vermeulen⟧""")

D("nl", "it-log", [], """Onze firewall logt dit, is dit een aanval?

2025-05-21T02:14:09+02:00 fw01 DROP IN=wan OUT= SRC=⟦IP|193.32.162.70⟧ DST=⟦IP|81.204.115.6⟧ PROTO=TCP SPT=44120 DPT=3389
2025-05-21T02:14:11+02:00 fw01 DROP IN=wan OUT= SRC=⟦IP|193.32.162.70⟧ DST=⟦IP|81.204.115.6⟧ PROTO=TCP SPT=44121 DPT=3389
2025-05-21T02:15:40+02:00 fw01 ACCEPT IN=lan OUT=wan SRC=⟦IP|192.168.1.23⟧ DST=⟦IP|142.250.179.174⟧ PROTO=TCP DPT=443""")

D("en", "it-log", [], """Which client is flooding our DNS? (dnsmasq log)

May 30 12:00:01 dnsmasq[811]: query[AAAA] telemetry.vendor.example from ⟦IP|fd00:12:34::5a⟧
May 30 12:00:01 dnsmasq[811]: query[A] telemetry.vendor.example from ⟦IP|fd00:12:34::5a⟧
May 30 12:00:02 dnsmasq[811]: query[A] nas.lan from ⟦IP|192.168.178.40⟧
May 30 12:00:02 dnsmasq[811]: query[AAAA] telemetry.vendor.example from ⟦IP|fd00:12:34::5a⟧""")

D("nl", "email-thread", ["health"], """Kun je deze mailwisseling samenvatten voor het teamoverleg? Graag zonder medische details.

Van: ⟦P|Baukje Terpstra⟧
Verzonden: maandag 09:12
Aan: ⟦P|Sjoerd Hylkema⟧
Onderwerp: RE: huisbezoek mw. ⟦P|Dijkstra-Wiersma⟧

Hoi Sjoerd,
Ik ben gisteren bij mevrouw ⟦P|Dijkstra-Wiersma⟧ langs geweest (⟦A|Groenedijk 7, 8801 PB Franeker⟧). Ze is sinds de dood van haar man erg somber en vergeet haar medicijnen. Haar dochter ⟦P|Aukje⟧ (⟦T|06 17 48 22 09⟧) komt 2x per week. Ik stel voor dat we wijkverpleging inschakelen.
Groet, ⟦P|Baukje⟧

Van: ⟦P|Sjoerd Hylkema⟧
Verzonden: maandag 11:40
Eens. Ik bel de huisarts, ⟦P|dokter Tjeerdsma⟧. Kun jij de indicatie aanvragen? Haar BSN is ⟦B|618392828⟧.
⟦P|Sjoerd⟧""".replace("Hoi Sjoerd,", "Hoi ⟦P|Sjoerd⟧,").replace("⟦P|dokter Tjeerdsma⟧", "dokter ⟦P|Tjeerdsma⟧"))

D("nl", "letter-agency", [], """Please explain this letter from the Dutch tax office to me in English:

Belastingdienst
Aan: ⟦P|Mr. P.Q. Bao⟧
⟦A|Goudenregenstraat 112, 2565 EV Den Haag⟧
BSN: ⟦B|119662164⟧

Voorlopige aanslag inkomstenbelasting 2025
Aanslagnummer: ⟦ID|1196.62.164.H.56⟧
U krijgt € 1.120 terug. Wij betalen dit bedrag in maandelijkse termijnen op uw rekening ⟦I|NL49SNSB8847187207⟧.""".replace("⟦P|Mr. P.Q. Bao⟧", "Mr. ⟦P|P.Q. Bao⟧"))

D("nl", "email-official", [], """Goedemiddag ⟦P|mevrouw Wang⟧,

Hartelijk dank voor uw aanvraag voor een evenementenvergunning voor het Chinees Nieuwjaarsfeest op de Zeedijk. Uw aanvraag is in behandeling onder zaaknummer ⟦ID|EVN-2025-0118⟧. Wilt u nog een plattegrond en het veiligheidsplan sturen naar ⟦E|evenementen@amsterdam.nl⟧?

Met vriendelijke groet,
⟦P|Pieter-Bas Zondervan⟧
Vergunningverlener
⟦T|020 255 3411⟧""".replace("⟦P|mevrouw Wang⟧", "mevrouw ⟦P|Wang⟧"))

D("en", "chat-support", [], """Bank chat, transcript for complaint:

[14:02] Customer: someone took 2 payments from my card ⟦CC|4474 3113 3160 2599⟧ that I didnt make!!
[14:03] Agent (⟦P|Daphne⟧): I'm sorry to hear that. I have blocked the card. Can you confirm your date of birth?
[14:03] Customer: ⟦BD|29/02/1988⟧
[14:04] Agent (⟦P|Daphne⟧): Thank you, ⟦P|Mr Achterberg⟧. A new card will be sent to your home address.""".replace("⟦P|Mr Achterberg⟧", "Mr ⟦P|Achterberg⟧"))

D("nl", "email-citizen", [], """Geachte heer, mevrouw,

Hierbij maak ik bezwaar tegen de WOZ-beschikking 2025 voor de woning aan de ⟦A|Meliestraat 14a, 5251 AC Vlijmen⟧. De woning is gewaardeerd op € 412.000, maar vergelijkbare woningen in de straat zijn verkocht voor rond de € 370.000. Ik verzoek u het taxatieverslag toe te sturen.

Hoogachtend,
⟦P|C.J.M. (Kees) van Dongen⟧
⟦E|keesvandongen@home.nl⟧

Controleer de brief op taalfouten.""")

D("en", "email-business", [], """Summarise the thread for my manager:

From: Vendor Support <⟦E|support@cloudharbor.io⟧>
Your ticket 55821 (API outage 3 June) has been resolved. Root cause: expired TLS certificate on api-eu-2. We apologise for the inconvenience. A service credit of 10% will be applied to invoice CH-88214.

From: ⟦P|Mei Lan Tjoa⟧
Thanks. Please confirm the credit in writing.""")

D("nl", "minutes", [], """Besluitenlijst MT Publiekszaken – 5 juni
Aanwezig: ⟦P|Van der Zee⟧ (vz), ⟦P|Jagesar⟧, ⟦P|Postma⟧, ⟦P|El Ouariachi⟧; afwezig: ⟦P|Brouwer⟧
B1. Het MT stemt in met de proef 'balie zonder afspraak' op dinsdag.
B2. De nieuwe paspoortaanvraagbalie opent op 1 september.
A1. ⟦P|Jagesar⟧ stuurt de planning naar de ondernemingsraad.

Maak hier een nieuwsbericht voor intranet van.""")

D("en", "hr-file", ["health"], """I'm writing an occupational health referral. Facts: ⟦P|Chloé Martin⟧, payroll ID ⟦ID|0044718⟧, works as a forklift driver. Since March she has had recurring dizziness and was diagnosed with Ménière's disease. Question for the OH physician: can she safely continue driving the forklift? Please draft the referral letter.""")

D("nl", "informal", [], """hee kan je een reactie schrijven op deze marktplaats-koper? "Hoi, ik wil de fiets kopen voor 180. Stuur je je adres? Ik ben ⟦P|Rik⟧, ⟦T|0687203311⟧" — ik wil niet mn adres geven, liever ophalen bij de Jumbo aan de Kerkstraat""")

D("en", "informal", [], """My WiFi password is ⟦S|Sunflower!Delft92⟧ — is that strong enough or should I change it?""")

D("nl", "code-secret", [], """Waarom werkt mijn .netrc niet?

machine ftp.drukkerij-de-roos.nl
login drukwerk_upload
password ⟦S|Dr0kwerk!!2024⟧""")

D("en", "code-secret", [], """Decode this JWT and tell me whether it's expired:

⟦S|eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1LTc3MTkiLCJuYW1lIjoiTmFkaWEgQXp6b3V6aSIsImV4cCI6MTc0ODk0NDAwMH0.fJ2m0Qk3x9sTr8VbL1cN6pYw4eZa7HdKu5GiOq2RtXs⟧""")

D("nl", "code-secret", [], """Hoe zet ik deze verbinding om naar een omgevingsvariabele?

conn = psycopg2.connect(host="⟦IP|10.20.30.40⟧", dbname="subsidies", user="subs_app", password="⟦S|K4nt1ne-Sp1n4zie⟧")""")

D("nl", "court", [], """Vat deze geanonimiseerde uitspraak samen in 5 zinnen:

ECLI:NL:RBOBR:2025:1187
[eiser], wonende te [woonplaats], tegen de gemeente Eindhoven.
De rechtbank overweegt dat het college bij de afwijzing van de bijstandsaanvraag onvoldoende heeft onderzocht of [eiser] een gezamenlijke huishouding voerde met [persoon A]. Het beroep is gegrond. Het college moet binnen zes weken een nieuw besluit nemen.""")

D("en", "police", ["criminal"], """Witness statement – Greater Manchester Police
Statement of: ⟦P|Ayodele Bankole⟧, occupation: bus driver
Address: ⟦A|41 Stretford Road, Manchester M15 5JQ⟧   Tel: ⟦T|07700 900461⟧

On 17 January at approx 22:40 I saw a man I know as ⟦P|Craig Whitworth⟧ smash the window of a blue Ford Fiesta, registration ⟦LP|MA19 KDX⟧, on Talbot Road. I recognised him because he used to live next door to my sister.

Please correct the grammar but keep the meaning exactly.""")

D("nl", "informal", [], """Hoi ⟦P|Roos⟧! Het rooster voor volgende week staat online. ⟦P|Storm⟧ en ⟦P|Jip⟧ doen de zaterdag, jij en ⟦P|Daan de Haan⟧ de zondag. Wie regelt de sleutel? -- ⟦P|coach Bram⟧

(maak hier een nettere groepsmail van)""".replace("⟦P|coach Bram⟧", "coach ⟦P|Bram⟧"))

D("nl", "hard-negative", [], """Welke bloemen passen bij een najaarsboeket: rozen, dahlia's, chrysanten? En is een storm in oktober slecht voor de tuin? De visser op de markt zei dat het een zacht najaar wordt.""")

D("en", "hard-negative", [], """Write a short paragraph for our museum leaflet about Rembrandt van Rijn's early years in Leiden and the Night Watch restoration.""")

D("nl", "letter-municipality", [], """Herschrijf in B1-taal:

Geachte heer ⟦P|Isenia⟧,

Op 2 juni 2025 hebben wij uw aanvraag om bijzondere bijstand voor de aanschaf van een wasmachine ontvangen. Om uw aanvraag te kunnen beoordelen, verzoeken wij u binnen twee weken de volgende stukken te overleggen: bankafschriften van de afgelopen drie maanden van rekening ⟦I|NL61 RABO 9367 5751 07⟧ en een offerte.

Uw klantnummer is ⟦ID|500347⟧. Uw klantmanager is ⟦P|Giovanni Rosaria⟧, ⟦E|g.rosaria@rotterdam.nl⟧.""")

D("en", "form-travel", [], """Expense report – please check the VAT amounts

Employee: ⟦P|Kasprzak, Magdalena⟧ (ID ⟦ID|77102⟧)
Trip: Warsaw client visit, 3–5 March
Flight LOT LO268: EUR 312.40 (card ⟦CC|2221 8453 8221 9563⟧)
Hotel Puro Warszawa: PLN 1,180.00
Taxi: PLN 96.00
Per diem: 3 days""")

D("nl", "chat-whatsapp", ["health"], """[15:40] ⟦P|Mam⟧: uitslag is binnen, het is gelukkig goedaardig
[15:41] ⟦P|Jorien⟧: ohh gelukkig mam!!! ❤️
[15:41] ⟦P|Mam⟧: wel nog een controle over 6 maanden bij dr. ⟦P|Blom⟧
[15:43] ⟦P|Jorien⟧: ik ga mee hoor

maak een lief berichtje dat ik naar mijn broer ⟦P|Teun⟧ kan sturen om hem bij te praten""".replace("⟦P|Mam⟧", "Mam"))

D("en", "it-ticket", [], """Jira SEC-412: Exposed credentials in Confluence
Page "DB migration notes" (space OPS) contains:
  host: ⟦IP|10.8.0.12⟧  user: migrator  pass: ⟦S|Mig#7751-Winter⟧
  old staging: ⟦S|mongodb://root:Rt55!kqz@10.8.0.30:27017/admin⟧
Assignee: ⟦P|Bao Pham⟧   Reporter: ⟦P|S. Krishnan⟧
Write the remediation steps.""")

D("nl", "case-note", ["health", "criminal"], """Casusoverleg jeugd – ⟦C|VERTROUWELIJK⟧
Jeugdige: ⟦P|D. (Dylan) Roelofs⟧, ⟦BD|geb. 02-05-2010⟧, ⟦A|Bachlaan 23, 2324 KX Leiden⟧
Moeder: ⟦P|Samantha Roelofs⟧, ⟦T|06-28 41 63 07⟧
- Dylan heeft ADHD en is sinds januari geschorst van school.
- Halt-traject na winkeldiefstal bij de Action (maart).
- Moeder vraagt opvoedondersteuning.
Actie: jeugdconsulent ⟦P|Khadija⟧ plant gesprek.""".replace("⟦BD|geb. 02-05-2010⟧", "geb. ⟦BD|02-05-2010⟧").replace("- Dylan heeft", "- ⟦P|Dylan⟧ heeft"))

D("en", "general-question", [], """What are the rules in the Netherlands for a bank to ask for a copy of my passport, and may they keep the photo and BSN on it?""")

D("nl", "general-question", [], """Leg uit wat het verschil is tussen een VOG, een strafblad en justitiële documentatie. Voor een cursus, niet over een specifiek persoon.""")

D("en", "hard-negative", [], """Fill in the template. Use placeholders only: Dear [NAME], your appointment is on [DATE] at [LOCATION]. Your reference is [REF]. Call [PHONE] to reschedule.""")

D("nl", "hard-negative", [], """Het nieuwe kantoor van Koning & Hartman zit aan de Stadhouderskade, naast Café De Jaren. Schrijf een verhuisbericht voor onze klanten (we zijn bereikbaar via het algemene nummer, dat blijft hetzelfde).""")

D("en", "email-official", [], """Hello, ⟦P|Ms. Vo⟧,

Your appointment at the municipality of Amstelveen to collect your residence document is confirmed for 20 May, 11:15, at ⟦A|Laan Nieuwer-Amstel 1, 1182 JR Amstelveen⟧. Please bring your V-number (⟦ID|V 3412 887 904⟧) and this letter.

Kind regards,
Expat Centre""".replace("⟦P|Ms. Vo⟧", "Ms. ⟦P|Vo⟧"))

D("nl", "email-citizen", ["health"], """Beste meneer ⟦P|de Bruijn⟧,

Ik ben ⟦P|Yasmina⟧, moeder van ⟦P|Nouh Amrani⟧ uit groep 6. Nouh heeft sinds kort de diagnose dyslexie en ook een lichte vorm van autisme. Kunnen we een afspraak maken over extra ondersteuning? U kunt me bellen op ⟦T|+31 6 2450 9918⟧.

Groeten, ⟦P|Yasmina Amrani-Lahlou⟧""".replace("Nouh heeft", "⟦P|Nouh⟧ heeft"))

D("nl", "informal", [], """ben net verhuisd naar ⟦A|Spoorlaan 8-3, 5038 CC Tilburg⟧ — welke instanties moet ik allemaal op de hoogte brengen? (ik heb een zorgverzekering bij CZ en een lening bij DUO)""")

D("en", "letter-hospital", ["health"], """Please convert this discharge summary into patient-friendly language:

Patient: ⟦P|Kwabena Owusu-Ansah⟧   NHS no. ⟦ID|943 476 5919⟧   DOB ⟦BD|05 Jul 1958⟧
Admitted with community-acquired pneumonia, complicated by acute kidney injury (creatinine 212). Treated with IV co-amoxiclav, then oral. Renal function improving at discharge. Follow-up with GP in 1 week for U&Es.
Consultant: Dr ⟦P|R. Aldridge⟧""")

D("nl", "hr-file", [], """Kun je een referentie schrijven voor mijn oud-stagiair? Gegevens: ⟦P|Nina Schreuder⟧, studentnummer ⟦ID|s2087741⟧ (Universiteit Twente), stage bij ons van februari t/m juni 2025 als UX-onderzoeker. Sterk in interviews, werkt zelfstandig.""")

D("en", "chat-teams", [], """⟦P|Oksana Melnyk⟧ 09:14
can someone send me the Wi-Fi guest code for the visitors at 10?
⟦P|Tomás Ferreira⟧ 09:15
it changes daily, today it's ⟦S|Kiwi-7734⟧
⟦P|Oksana Melnyk⟧ 09:15
thx!

Write a short rule for the team wiki about sharing guest Wi-Fi codes.""")

D("nl", "hard-negative", [], """Schrijf een uitleg voor nieuwe collega's: waarom mogen we in tickets nooit wachtwoorden, pincodes of API-sleutels plakken, en waar bewaren we ze dan wel? Noem de wachtwoordkluis en de meldprocedure bij een lek.""")

# ---- longer documents ----------------------------------------------------

D("nl", "investigation", ["criminal", "health"], """⟦C|VERTROUWELIJK⟧ – Rapportage integriteitsonderzoek (concept v0.3)
Opdrachtgever: gemeentesecretaris
Onderzoekers: ⟦P|mr. drs. L.A. Brink⟧, ⟦P|Pham Quoc Bao⟧ (Bureau Integriteit)
Kenmerk: BI-2025-07

1. Aanleiding
Op 14 februari 2025 ontving het Bureau Integriteit een melding van ⟦P|Anouk Verschuren⟧ (team Vergunningen) over mogelijke belangenverstrengeling door haar collega ⟦P|Ronald Hagenbeek⟧, personeelsnummer ⟦ID|40277⟧. De melding betrof het verlenen van drie omgevingsvergunningen aan een bouwbedrijf waarvan de broer van betrokkene, ⟦P|Erik Hagenbeek⟧, mede-eigenaar is.

2. Onderzoek
De onderzoekers hebben gesproken met de melder, met betrokkene, met zijn leidinggevende ⟦P|S. el Bakkali⟧ en met twee collega's. Daarnaast zijn de e-mailbox (⟦E|r.hagenbeek@gemeente-lansingerland.nl⟧) en de logbestanden van het zaaksysteem over de periode januari 2023 – januari 2025 ingezien. Uit de logbestanden blijkt dat betrokkene vanaf het IP-adres ⟦IP|10.110.4.57⟧ (thuiswerkplek) wijzigingen heeft aangebracht in dossiers die niet aan hem waren toegewezen.

3. Bevindingen
3.1 Betrokkene heeft in alle drie de gevallen zelf de beoordeling gedaan en de nevenrelatie niet gemeld.
3.2 Betrokkene verklaart dat hij in de betreffende periode onder grote druk stond en sinds oktober 2024 onder behandeling is bij de bedrijfsarts en een psycholoog wegens een burn-out. Dit verklaart volgens de onderzoekers niet het niet-melden.
3.3 Op 2 mei 2025 heeft de gemeente aangifte gedaan van valsheid in geschrift tegen betrokkene; het OM heeft de zaak in behandeling.

4. Conclusie
Het vermoeden van een integriteitsschending is bevestigd. De onderzoekers adviseren een disciplinaire maatregel.

⟦C|VERTROUWELIJK⟧

Vraag: kun je dit rapport inkorten tot een memo van één pagina voor het college, en de formuleringen neutraler maken?""".replace("⟦P|mr. drs. L.A. Brink⟧", "mr. drs. ⟦P|L.A. Brink⟧"))

D("en", "email-thread", ["health", "religion"], """Could you help me write a reply to the last e-mail in this chain? Keep it friendly but firm.

-----Original Message-----
From: ⟦P|Tariq Mahmood⟧ <⟦E|tariq.mahmood@nordvalk-logistics.com⟧>
Sent: 12 March 2025 16:22
To: ⟦P|Joanna Sowińska⟧ <⟦E|j.sowinska@nordvalk-logistics.com⟧>
Subject: RE: RE: Ramadan shift schedule

Hi Joanna,

Thanks for your flexibility last week. As I mentioned, I'm fasting until 30 March and I'd like to swap my late shifts for early ones so I can break my fast at home with my family. ⟦P|Yusuf⟧ from the night team said he'd take two of my lates.

Also — my doctor advised me not to fast on the days I take my new diabetes medication, so on Tuesdays and Thursdays I'll be eating normally. Nothing you need to do, just so you know.

Best,
Tariq

-----Original Message-----
From: ⟦P|Joanna Sowińska⟧
Sent: 11 March 2025 09:05
To: ⟦P|Tariq Mahmood⟧
Subject: RE: Ramadan shift schedule

Hi Tariq, we can look at it, but I need all swaps in the roster tool by Friday. Please also copy ⟦P|Brian O'Sullivan⟧ (planning, ⟦T|+31 10 799 4410⟧).

Joanna
Team Lead Warehouse 3 | Nordvalk Logistics | ⟦A|Waalhaven Oostzijde 85, 3087 BM Rotterdam⟧""".replace("Hi Joanna,", "Hi ⟦P|Joanna⟧,").replace("Best,\nTariq", "Best,\n⟦P|Tariq⟧").replace("Hi Tariq, we", "Hi ⟦P|Tariq⟧, we").replace("\n\nJoanna\nTeam Lead", "\n\n⟦P|Joanna⟧\nTeam Lead"))

D("nl", "minutes", ["health", "political"], """Verslag commissievergadering Sociaal Domein – gemeente Maasgouw
Datum: 24 april 2025
Aanwezig: ⟦P|J.P.M. Hermans⟧ (voorzitter), ⟦P|R. Schreurs⟧ (CDA), ⟦P|M. Dassen-Janssen⟧ (Lokaal Maasgouw), ⟦P|T. Nijsten⟧ (VVD), ⟦P|A. Kurt⟧ (PvdA), wethouder ⟦P|Pleunis⟧, griffier ⟦P|Van de Venne⟧
Insprekers: ⟦P|Hein Maessen⟧ namens de Seniorenraad

1. Opening
De voorzitter opent om 19:30 uur. Mevrouw ⟦P|Dassen-Janssen⟧ meldt dat zij bij agendapunt 4 niet meestemt omdat zij bestuurslid is van de stichting.

2. Inspreekrecht
De heer ⟦P|Maessen⟧ vraagt aandacht voor de wachtlijst voor de Wmo-taxi. Hij vertelt dat hij zelf sinds zijn beroerte in 2023 afhankelijk is van de regiotaxi en soms twee uur wacht.

3. Vragenronde
De heer ⟦P|Kurt⟧ vraagt naar de stand van zaken rond de schuldhulpverlening. De wethouder zegt toe schriftelijk te antwoorden.

4. Subsidie Stichting Dorpsraad Thorn
Ter bespreking. De commissie adviseert positief.

5. Sluiting om 21:10 uur.

Maak van dit verslag een besluitenlijst.""".replace("wethouder ⟦P|Pleunis⟧", "wethouder ⟦P|Pleunis⟧"))

# ---- more short documents --------------------------------------------------

D("en", "chat-support", [], """Hotel booking chat:

Guest: hi, I booked 2 nights under ⟦P|Lemaire⟧, can I add breakfast?
Reception (⟦P|Inês⟧): Of course! Booking ref HX-88241. Shall I charge the card on file?
Guest: no use this one pls ⟦CC|4708 5373 9630 4642⟧ exp 04/28
Reception (⟦P|Inês⟧): Done, breakfast added.

Write a short note for the night shift.""")

D("nl", "informal", ["biometric"], """Mijn werkgever wil dat we inklokken met gezichtsherkenning. Bij mij (⟦P|Kevin Bruinsma⟧) werkt het niet, het systeem geeft steeds "geen match" en ik moet dan bij de portier tekenen. Ze willen nu een nieuwe gezichtsscan van mij maken. Mag dat zomaar?""")

D("en", "case-note", ["biometric"], """Border police note (translated): traveller ⟦P|Mariam Haidari⟧, passport ⟦ID|P05418827⟧ (AF). The e-gate face match failed (score 0.41). Manual check: the fingerprints in the chip matched on the second attempt. Released to continue journey.

Explain in plain English what a face match score of 0.41 means.""")

D("nl", "chat-whatsapp", ["political"], """[19:02] ⟦P|Sevda⟧: komen jullie morgen ook flyeren voor de SP bij de markt?
[19:03] ⟦P|Hüseyin⟧: ja ik ben er om 10 uur, ⟦P|Gijs⟧ neemt de kraam mee
[19:05] ⟦P|Sevda⟧: top! ik heb 500 flyers

schrijf een berichtje voor de groep met de taakverdeling""")

D("en", "informal", ["ethnicity"], """I'm half Surinamese-Javanese and half Dutch, and my colleague ⟦P|Dewi⟧ is also Javanese-Surinamese. We want to start an employee network for people of Surinamese heritage at our company. Can you draft the proposal? I'm ⟦P|Sandra Moesan⟧, HR advisor.""")

D("nl", "informal", ["trade_union"], """ik (⟦P|Patrick Smeets⟧) ben lid van de FNV en we gaan volgende week staken bij de Arriva-garage in Heerlen. kan mijn baas me daarvoor ontslaan? ik zit nog in mijn proeftijd""")

D("en", "email-citizen", ["sexual"], """Dear housing office,

My partner ⟦P|Lukas⟧ and I (both men) have been a registered couple since 2021. The form only has "husband/wife". Which option do we choose? We live at ⟦A|Ruysdaelkade 190-2, 1072 AS Amsterdam⟧.

Kind regards,
⟦P|Bartosz Zieliński⟧""")

D("nl", "letter-agency", [], """Beste AI, dit is een brief van de SVB over kinderbijslag. Wat moet ik doen?

Sociale Verzekeringsbank
Aan: ⟦P|mw. F. Benyahia⟧
⟦A|Karel Doormanweg 31
1785 BZ Den Helder⟧
Uw BSN: ⟦B|309611118⟧
Kind: ⟦P|Soufiane⟧, geboren ⟦BD|12-06-2019⟧

Wij hebben geen gegevens ontvangen over de school van uw kind. Stuur binnen 4 weken het formulier 'Verklaring school' terug.""".replace("⟦P|mw. F. Benyahia⟧", "mw. ⟦P|F. Benyahia⟧"))

D("en", "form-travel", [], """Visa application – checklist review:
Applicant: ⟦P|Zhang Wei⟧ (surname ⟦P|ZHANG⟧)
Chinese passport no. ⟦ID|E69213487⟧
Date of birth: ⟦BD|15.08.1987⟧
Dutch host: ⟦P|Marloes van Geffen⟧, ⟦A|Prins Hendrikstraat 47, 5611 HL Eindhoven⟧, tel. ⟦T|040 212 8804⟧
Purpose: business visit to TU/e, 3 weeks.
Does the invitation letter need to be legalised?""")

D("nl", "it-ticket", [], """Incident 2025-0412: phishingmail ontvangen
Melder: ⟦P|Y. de Boer-Kamsteeg⟧ (⟦E|y.deboer@zorggroep-elde.nl⟧)
Afzender mail: "Microsoft 365" <⟦E|security-alert@m1crosoft-verify.com⟧>
Link in de mail: hxxp://m1crosoft-verify[.]com/login
Melder heeft haar wachtwoord ingevuld op de nepsite en daarna gewijzigd. Laatste login vanaf ⟦IP|91.92.243.11⟧ (Bulgarije), niet door haar.

Schrijf de vervolgstappen voor de servicedesk.""")

D("en", "hard-negative", [], """Sort these Dutch street names alphabetically and tell me which are named after people: Van Speijkstraat, Kanaalweg, Willemsparkweg, Marie Curiestraat, Zeeburgerdijk, Bilderdijkstraat.""")

D("nl", "hard-negative", [], """Schrijf een LinkedIn-post voor ons bedrijf De Graaf Transport over ons 50-jarig jubileum. Oprichter Opa de Graaf begon in 1975 met één vrachtwagen; nu hebben we 120 chauffeurs.""".replace("Oprichter Opa de Graaf begon", "Onze oprichter begon"))

D("en", "general-question", [], """Is it legal in the Netherlands for an employer to ask for genetic testing before hiring? Just curious about the law, thanks.""")

D("nl", "general-question", [], """Leg in eenvoudige taal uit wat depressie is en hoe je een collega kunt steunen die somber is. Het is voor een algemene folder.""")

D("en", "vehicle", [], """Translate into Dutch: "I hereby declare that on 3 May the vehicle with German registration ⟦LP|M-KL 2719⟧ was driven by me, ⟦P|Friedrich Aumann⟧, holder of driving licence no. ⟦ID|B072RRE2I55⟧." """.rstrip())

D("nl", "informal", [], """Mijn creditcard (⟦CC|5176 4632 0038 2767⟧) is gisteren gebruikt in Spanje maar ik ben gewoon thuis. Wat zeg ik tegen de bank? Ik heb al gebeld naar ⟦T|020 - 660 06 00⟧ maar het was in gesprek""")

D("en", "data-csv", ["health"], """Pandas question: how do I group by ward and count patients? Sample:

patient_id;name;dob;ward;diagnosis
⟦ID|MRN-300114⟧;⟦P|Gülsen Aydemir⟧;⟦BD|1952-03-08⟧;B3;COPD exacerbation
⟦ID|MRN-300187⟧;⟦P|Peter-Jan Koops⟧;⟦BD|1947-10-30⟧;B3;hip fracture
⟦ID|MRN-300201⟧;⟦P|Amina Juma⟧;⟦BD|1999-01-21⟧;C1;pre-eclampsia""")

D("nl", "court", ["criminal"], """Kun je dit vonnis-fragment uitleggen in gewone taal voor mijn cliënt?

"Verdachte ⟦P|Orlando F.⟧, geboren op ⟦BD|3 november 1985⟧ te Paramaribo, wordt veroordeeld tot een gevangenisstraf van 18 maanden, waarvan 6 voorwaardelijk, met een proeftijd van 2 jaar, wegens handel in harddrugs (art. 2 onder B Opiumwet)."
""")

D("en", "chat-teams", ["health"], """⟦P|Wei Ling Chan⟧ 16:20
heads up, I'm out tomorrow — hospital appointment for my back, the MRI finally came through
⟦P|Marco Bianchi⟧ 16:22
no worries, feel better! I'll cover the client call with ⟦P|Ingeborg⟧

Write an out-of-office message for Wei Ling (no medical info).""".replace("Write an out-of-office message for Wei Ling", "Write an out-of-office message for ⟦P|Wei Ling⟧"))


# ====================================================================
# build, validate, write
# ====================================================================

def build():
    rng = random.Random(SEED)
    order = list(range(len(DOCS)))
    rng.shuffle(order)
    out, problems = [], []
    for n, i in enumerate(order, 1):
        lang, source, special, raw = DOCS[i]
        text, ents = assemble(raw)
        doc = {"id": "extra2-%04d" % n, "lang": lang, "text": text,
               "entities": ents,
               "special": [c for c in CATEGORIES if c in special],
               "source": source}
        for p in validate(doc):
            problems.append("%s (doc #%d, %s): %s" % (doc["id"], i, source, p))
        if len(set(special)) != len(special) or any(c not in CATEGORIES for c in special):
            problems.append("%s: bad special %r" % (doc["id"], special))
        out.append(doc)
    return out, problems


def dump(docs):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def stats(docs):
    tc, tl = Counter(), Counter()
    for d in docs:
        for e in d["entities"]:
            tc[e["type"]] += 1
            tl[(e["type"], d["lang"])] += 1
    print("documents: %d (nl %d, en %d); without spans: %d; with special: %d" % (
        len(docs), sum(d["lang"] == "nl" for d in docs), sum(d["lang"] == "en" for d in docs),
        sum(not d["entities"] for d in docs), sum(bool(d["special"]) for d in docs)))
    print("| type | spans | nl | en |\n| --- | ---: | ---: | ---: |")
    for t in TYPES:
        print("| %s | %d | %d | %d |" % (t, tc[t], tl[(t, "nl")], tl[(t, "en")]))
    print("| total | %d | %d | %d |" % (sum(tc.values()), sum(v for (t, l), v in tl.items() if l == "nl"),
                                       sum(v for (t, l), v in tl.items() if l == "en")))
    cc, cl = Counter(), Counter()
    for d in docs:
        for c in d["special"]:
            cc[c] += 1
            cl[(c, d["lang"])] += 1
    print("\n| special category | documents | nl | en |\n| --- | ---: | ---: | ---: |")
    for c in CATEGORIES:
        print("| %s | %d | %d | %d |" % (c, cc[c], cl[(c, "nl")], cl[(c, "en")]))
    sc = Counter(d["source"] for d in docs)
    print("\n| source | docs |\n| --- | ---: |")
    for s, v in sorted(sc.items()):
        print("| `%s` | %d |" % (s, v))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "extra2.jsonl"))
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--check-determinism", action="store_true")
    a = ap.parse_args()
    docs, problems = build()
    if problems:
        for p in problems:
            print("ERROR", p, file=sys.stderr)
        sys.exit(1)
    data = dump(docs)
    if a.check_determinism:
        again, _ = build()
        if dump(again) != data:
            print("ERROR: not deterministic", file=sys.stderr)
            sys.exit(1)
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    if a.stats:
        stats(docs)
    print("wrote %s: %d documents, sha256 %s" % (a.out, len(docs),
          hashlib.sha256(data.encode("utf-8")).hexdigest()[:16]))


if __name__ == "__main__":
    main()
