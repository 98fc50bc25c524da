#!/usr/bin/env python3
"""Generator and validator of eval/extra5/extra5.jsonl.

A fifth hand-written evaluation set for the gatekeeper. Every document below is
one D(lang, source, special, text) call written by hand; spans are marked inline
as ⟦CODE|value⟧ and the assembler takes each entity's offsets from the running
length of the text it has written. Standard library only, no randomness.

    python3 make_extra5.py [--out FILE] [--stats] [--check-determinism]

The validator runs on every build; on any problem it lists them all, writes
nothing and exits 1.
"""

import hashlib
import ipaddress
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.join(HERE, "extra5.jsonl")

CODES = {
    "P": "PERSON",
    "E": "EMAIL",
    "T": "PHONE",
    "B": "BSN",
    "I": "IBAN",
    "C": "CREDIT_CARD",
    "A": "ADDRESS",
    "Z": "POSTCODE",
    "D": "BIRTHDATE",
    "K": "LICENSE_PLATE",
    "N": "ID_NUMBER",
    "IP": "IP_ADDRESS",
    "S": "SECRET",
    "V": "CONFIDENTIAL",
}
TYPES = set(CODES.values())
CATEGORIES = {"health", "ethnicity", "political", "religion", "trade_union",
              "genetic", "biometric", "sexual", "criminal"}
SOURCES = {
    "prompt-paste": "instructions typed into a chat assistant with pasted material",
    "social-forum": "social-media and forum posts, reviews, neighbourhood-app messages",
    "hr-people": "performance reviews, reintegration reports, exit interviews, references, payroll and leave exports",
    "care-social": "WMO reports, home-care rosters, medication lists, lab letters, care plans, youth-care notes",
    "family-notice": "birth cards, wedding invitations, obituaries, genealogy notes",
    "travel-identity": "bookings, boarding passes, MRZ lines, visa letters, hotel registration cards",
    "vehicle-logistics": "garage invoices, parking and traffic fines, fleet lists, delivery notes, bailiff letters",
    "legal-notarial": "powers of attorney, wills, summonses, debt-counselling intake, mediation agreements",
    "association": "club, church, mosque and union administration, volunteer and alumni lists",
    "research": "survey answers, study interview transcripts, qualitative coding notes",
    "structured-format": "vCard, mail headers, SEPA/UBL XML, FHIR/HL7, semicolon CSV, fixed-width records, access/VPN logs",
    "general-question": "questions about a topic with no person in them",
    "hard-negative": "texts with look-alikes and nothing to label",
}

# Look-alike negatives typed into the texts: each must FAIL its checksum.
NEGATIVE_BSN = ["123456789", "271834913"]
NEGATIVE_IBAN = ["NL00 BANK 0123 4567 89", "NL80ABNA0417295863"]
NEGATIVE_CARD = ["1234 5678 9012 3456", "4532 0187 5640 3913"]

# 9-digit numbers inside non-BSN spans that happen to pass the 11-check and are
# accepted as such (none so far).
ALLOWED_ELEVEN_IN_OTHER_SPANS = set()

TITLES = [
    "mevrouw", "mevr", "mw", "mr", "mrs", "ms", "miss", "dhr", "de heer", "heer",
    "dr", "drs", "ir", "ing", "prof", "meester", "mr.", "juf", "meneer", "mevr.",
    "sir", "dame", "lord", "rev", "reverend", "pastoor", "dominee", "imam",
    "wethouder", "burgemeester", "cllr", "dokter", "zuster", "broeder",
]

DOCS = []


def D(lang, source, special, text):
    DOCS.append((lang, source, tuple(special), text))


MARK = re.compile(r"⟦([A-Z]{1,2})\|(.*?)⟧", re.S)


def assemble(text):
    """Strip the markers; offsets come from the running length of the output."""
    out = []
    length = 0
    ents = []
    pos = 0
    for m in MARK.finditer(text):
        before = text[pos:m.start()]
        out.append(before)
        length += len(before)
        code, value = m.group(1), m.group(2)
        if code not in CODES:
            raise ValueError("unknown code %r" % code)
        ents.append({"start": length, "end": length + len(value),
                     "type": CODES[code], "text": value})
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(text[pos:])
    return "".join(out), ents


# ---------------------------------------------------------------- checksums

def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    t = sum(w * x for w, x in zip([9, 8, 7, 6, 5, 4, 3, 2, -1], d))
    return t != 0 and t % 11 == 0


IBAN_LEN = {"NL": 18, "BE": 16, "DE": 22, "GB": 22, "PL": 28, "FR": 27,
            "RO": 24, "ES": 24, "IT": 27, "TR": 26, "LU": 20, "IE": 22}


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if s[:2] in IBAN_LEN and len(s) != IBAN_LEN[s[:2]]:
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    t = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        t += x
    return t % 10 == 0


# ---------------------------------------------------------------- validation

NINE = re.compile(r"(?<![\d.\-/])(\d{9}|\d{3}\.\d{3}\.\d{3}|\d{4}\.\d{2}\.\d{3}|\d{3} \d{3} \d{3}|\d{2}\.\d{2}\.\d{2}\.\d{3})(?!\d|[.\-]\d)")
IBANISH = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
IBANSTART = re.compile(r"(?<![A-Za-z0-9])([A-Z]{2})\d{2}")
DIGITRUN = re.compile(r"(?<![\d])\d+(?:[ \-]\d+)*(?![\d])")


def covered(ents, a, b, types=None):
    for e in ents:
        if e["start"] <= a and b <= e["end"] and (types is None or e["type"] in types):
            return True
    return False


def validate_doc(did, lang, source, special, text, ents, problems):
    def bad(msg):
        problems.append("%s: %s" % (did, msg))

    if lang not in ("nl", "en"):
        bad("lang %r" % lang)
    if source not in SOURCES:
        bad("source %r" % source)
    for c in special:
        if c not in CATEGORIES:
            bad("category %r" % c)
    if len(set(special)) != len(special):
        bad("duplicate category")
    if "⟦" in text or "⟧" in text:
        bad("leftover marker")
    prev_end = -1
    for e in sorted(ents, key=lambda e: (e["start"], e["end"])):
        s, t, ty, v = e["start"], e["end"], e["type"], e["text"]
        if ty not in TYPES:
            bad("type %r" % ty)
        if text[s:t] != v:
            bad("slice mismatch %r" % v)
        if not v or v != v.strip():
            bad("empty or whitespace-edged span %r" % v)
        if s < prev_end:
            bad("overlap at %r" % v)
        prev_end = max(prev_end, t)
        if ty == "PERSON":
            low = v.lower()
            for ti in TITLES:
                if low == ti or low.startswith(ti + " ") or low.startswith(ti + ".") and ti[-1] != ".":
                    bad("title at start of PERSON %r" % v)
                    break
        if ty == "BSN" and not bsn_ok(v):
            bad("BSN fails 11-check %r" % v)
        if ty == "IBAN" and not iban_ok(v):
            bad("IBAN fails mod 97 %r" % v)
        if ty == "CREDIT_CARD":
            n = len([c for c in v if c.isdigit()])
            if not (13 <= n <= 19 and luhn_ok(v)) or re.search(r"[^\d \-]", v):
                bad("card fails Luhn/length %r" % v)
        if ty == "IP_ADDRESS":
            try:
                ipaddress.ip_address(v)
            except ValueError:
                bad("IP does not parse %r" % v)
        if ty == "POSTCODE" and not re.fullmatch(r"[1-9]\d{3} ?[A-Z]{2}", v):
            bad("postcode shape %r" % v)
        if ty == "EMAIL" and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}", v):
            bad("email shape %r" % v)
        if ty in ("BIRTHDATE",) and not re.search(r"\d|[a-z]", v):
            bad("birthdate without content %r" % v)
    # unlabelled look-alikes
    for m in NINE.finditer(text):
        v = m.group(0)
        if bsn_ok(v):
            if covered(ents, m.start(), m.end(), {"BSN"}):
                continue
            if covered(ents, m.start(), m.end()) and v in ALLOWED_ELEVEN_IN_OTHER_SPANS:
                continue
            bad("11-check-valid number outside a BSN span %r" % v)
    for m in IBANISH.finditer(text):
        v = m.group(0)
        if iban_ok(v) and not covered(ents, m.start(), m.end(), {"IBAN", "SECRET"}):
            bad("mod-97-valid IBAN shape outside an IBAN span %r" % v)
    # also every country-length prefix of an IBAN-like start, so that an IBAN
    # glued to following characters (fixed-width records) is not missed
    for m in IBANSTART.finditer(text):
        cc = m.group(1)
        if cc not in IBAN_LEN:
            continue
        chars, end = [], m.start()
        while end < len(text) and len(chars) < IBAN_LEN[cc] and (text[end].isalnum() or text[end] == " "):
            if text[end] != " ":
                chars.append(text[end])
            end += 1
        v = "".join(chars)
        if len(v) == IBAN_LEN[cc] and v.isascii() and iban_ok(v) and not covered(ents, m.start(), end, {"IBAN", "SECRET"}):
            bad("mod-97-valid IBAN prefix outside an IBAN span %r" % v)
    for m in DIGITRUN.finditer(text):
        v = m.group(0)
        n = sum(c.isdigit() for c in v)
        if 13 <= n <= 19 and luhn_ok(v) and not covered(ents, m.start(), m.end(), {"CREDIT_CARD", "SECRET"}):
            bad("Luhn-valid %d-digit run outside a card span %r" % (n, v))


def build():
    problems = []
    lines = []
    for v in NEGATIVE_BSN:
        if bsn_ok(v):
            problems.append("negative BSN passes the 11-check: %r" % v)
    for v in NEGATIVE_IBAN:
        if iban_ok(v):
            problems.append("negative IBAN passes mod 97: %r" % v)
    for v in NEGATIVE_CARD:
        if luhn_ok(v):
            problems.append("negative card passes Luhn: %r" % v)
    alltext = []
    seen = set()
    for i, (lang, source, special, raw) in enumerate(DOCS, 1):
        did = "x5-%04d" % i
        if did in seen:
            problems.append("duplicate id %s" % did)
        seen.add(did)
        try:
            text, ents = assemble(raw)
        except ValueError as exc:
            problems.append("%s: %s" % (did, exc))
            continue
        alltext.append(text)
        validate_doc(did, lang, source, list(special), text, ents, problems)
        doc = {"id": did, "lang": lang, "text": text, "entities": ents,
               "special": sorted(special), "source": source}
        lines.append(json.dumps(doc, ensure_ascii=False, sort_keys=False))
    joined = "\n".join(alltext)
    for v in NEGATIVE_BSN + NEGATIVE_IBAN + NEGATIVE_CARD:
        if v not in joined:
            problems.append("negative %r does not occur in any text" % v)
    return ("\n".join(lines) + "\n").encode("utf-8"), problems


def stats(data):
    docs = [json.loads(l) for l in data.decode("utf-8").splitlines()]
    langs = {"nl": 0, "en": 0}
    per_type = {}
    per_cat = {}
    per_src = {}
    empty = 0
    lens = []
    nspans = 0
    for d in docs:
        langs[d["lang"]] += 1
        lens.append(len(d["text"]))
        if not d["entities"] and not d["special"]:
            empty += 1
        s = per_src.setdefault(d["source"], {"nl": 0, "en": 0})
        s[d["lang"]] += 1
        for e in d["entities"]:
            nspans += 1
            t = per_type.setdefault(e["type"], {"nl": 0, "en": 0})
            t[d["lang"]] += 1
        for c in d["special"]:
            t = per_cat.setdefault(c, {"nl": 0, "en": 0})
            t[d["lang"]] += 1
    lens.sort()
    print("%d documents: %d nl, %d en; %d spans; %d without span or category; "
          "%d with special data; length %d-%d (median %d)" % (
              len(docs), langs["nl"], langs["en"], nspans, empty,
              sum(1 for d in docs if d["special"]), lens[0], lens[-1], lens[len(lens) // 2]))
    print("| type | spans | nl | en |")
    for t in CODES.values():
        c = per_type.get(t, {"nl": 0, "en": 0})
        print("| %s | %d | %d | %d |" % (t, c["nl"] + c["en"], c["nl"], c["en"]))
    print("| special category | documents | nl | en |")
    for t in sorted(per_cat, key=lambda k: -(per_cat[k]["nl"] + per_cat[k]["en"])):
        c = per_cat[t]
        print("| %s | %d | %d | %d |" % (t, c["nl"] + c["en"], c["nl"], c["en"]))
    print("| source | docs | nl | en |")
    for t in SOURCES:
        c = per_src.get(t, {"nl": 0, "en": 0})
        print("| `%s` | %d | %d | %d |" % (t, c["nl"] + c["en"], c["nl"], c["en"]))


def main(argv):
    out = DEFAULT_OUT
    if "--out" in argv:
        out = argv[argv.index("--out") + 1]
    data, problems = build()
    if problems:
        for p in problems:
            print("PROBLEM " + p, file=sys.stderr)
        print("%d problem(s); nothing written" % len(problems), file=sys.stderr)
        return 1
    if "--check-determinism" in argv:
        again, _ = build()
        if again != data:
            print("PROBLEM second in-process build differs", file=sys.stderr)
            return 1
        for seed in ("0", "1", "12345"):
            env = dict(os.environ, PYTHONHASHSEED=seed)
            res = subprocess.run([sys.executable, os.path.abspath(__file__), "--emit"],
                                 env=env, stdout=subprocess.PIPE, check=True)
            if res.stdout != data:
                print("PROBLEM build under PYTHONHASHSEED=%s differs" % seed, file=sys.stderr)
                return 1
        print("determinism: in-process and PYTHONHASHSEED 0, 1, 12345 byte-identical")
    if "--emit" in argv:
        sys.stdout.buffer.write(data)
        return 0
    with open(out, "wb") as f:
        f.write(data)
    print("wrote %s (sha256 %s)" % (out, hashlib.sha256(data).hexdigest()))
    if "--stats" in argv:
        stats(data)
    return 0


# ================================================================= documents
# Each D() call is one document, written by hand.

# --- prompt-paste -----------------------------------------------------------

D("nl", "prompt-paste", ["health"], """Herschrijf dit vriendelijker, het moet naar de medewerker zelf:

"⟦P|Sevda⟧, je bent nu voor de derde keer deze maand ziek gemeld en de bedrijfsarts zegt dat het om je rug gaat. Ik wil dat je donderdag om 9 uur op kantoor bent om dit te bespreken. Neem je re-integratieplan mee."

groet ⟦P|Harm-Jan⟧""")

D("en", "prompt-paste", [], """Translate to English and keep it formal please:

Beste ⟦P|Obinna⟧, hartelijk dank voor je sollicitatie op de functie van data-analist. We nodigen je graag uit voor een tweede gesprek op dinsdag 14 januari. Kun je je rijbewijs of paspoort meenemen? Bel bij vragen met ⟦P|Femke Rozendaal⟧ op ⟦T|06 4182 9937⟧.""")

D("nl", "prompt-paste", [], """maak hier een samenvatting van voor de teamleider, max 5 bullets

Van: ⟦E|w.kuipers@bouwbedrijf-lansink.nl⟧
Onderwerp: offerte dakkapel

Goedemorgen, in de bijlage vindt u de aangepaste offerte voor de dakkapel aan de ⟦A|Brederodestraat 112-2⟧. De steiger kan op zijn vroegst in week 14 geplaatst worden. Aanbetaling 30% op ⟦I|NL12RABO0152907438⟧ t.n.v. Lansink Bouw BV. Met vriendelijke groet, ⟦P|Wim Kuipers⟧, calculator""")

D("en", "prompt-paste", ["health", "religion"], """fix the grammar, dont change the meaning:

Dear Ms ⟦P|Hollis⟧, i am writting to inform you that my son ⟦P|Idris⟧ will not attend school on friday 11 april because of Eid and he also has a doctors appointment for his asthma on the monday after. Please can you send his homework to ⟦E|farida.mansoor77@gmail.com⟧. Kind regard, ⟦P|Farida Mansoor⟧""")

D("nl", "prompt-paste", [], """kun je hier een nette mail van maken? ff snel graag

aan: ⟦P|jurgen⟧ van inkoop
ivm de levering van de stoelen, die komen pas 3 maart, leverancier heeft gebeld. factuur nr 2025-0412 klopt niet, bedrag moet 4.312,50 zijn ipv 4.132,50. laat maar weten

mn nummer is ⟦T|0612 88 40 19⟧ - ⟦P|ricardo⟧""")

D("en", "prompt-paste", [], """Summarise this customer complaint in two sentences for the weekly report. Don't include the personal details.

---
Customer: ⟦P|Gwendolyn Ashcroft-Pryce⟧
Account: ⟦N|CU-00817362⟧
Phone: ⟦T|+44 7700 918 332⟧
Address: ⟦A|Flat 3, 27 Harrowgate Road, Leeds LS7 3PD⟧

My boiler was serviced on 2 February and since then the pressure keeps dropping. The engineer, ⟦P|Kevin⟧, said it was fine but I have had no hot water for four days. I want a refund of the £89 service fee.
---""")

D("nl", "prompt-paste", ["health", "criminal"], """Schrijf een neutrale overdrachtsnotitie op basis van mijn aantekeningen, in volzinnen.

aantekeningen: cliënt ⟦P|D. Rijkaard⟧ (cliëntnr. ⟦N|5190-32⟧) gesproken 14/10. heeft enkelband tot december (voorwaardelijke straf, mishandeling). gebruikt weer, zegt zelf 'alleen in het weekend'. verslavingsarts Tactus is op de hoogte. volgende afspraak bij reclassering 28/10. broer ⟦P|Marco⟧ wil contactpersoon zijn: ⟦T|06-23019477⟧""")

D("en", "prompt-paste", [], """can you write a short python script that validates dutch postcodes? examples that should pass: ⟦Z|1012 AB⟧, ⟦Z|9711PK⟧. should fail: 0123 AB, 1234 SA is allowed? not sure. also ⟦Z|2514 EA⟧. thanks""")

D("nl", "prompt-paste", [], """Waarom werkt dit niet? Ik krijg steeds 401.

curl -X POST https://api.mollie.com/v2/payments \\
  -H "Authorization: Bearer ⟦S|live_Hq7vPzT3kWmN8cRbY2sJxE4dLfG9aU⟧" \\
  -d "amount[currency]=EUR" -d "amount[value]=25.00" \\
  -d "description=Contributie 2025"

het is de key van de penningmeester, ⟦P|Joost⟧ heeft hem gisteren in de groepsapp gezet""")

D("en", "prompt-paste", ["health"], """Make this sound more professional for the discharge letter. Patient is Mr ⟦P|Bartholomew Okafor⟧, DOB ⟦D|03/09/1951⟧, hospital no. ⟦N|RX4471902⟧.

he came in with chest pain, turned out to be angina not a heart attack, we sorted his meds (added GTN spray + bisoprolol) and he can go home tomorrow if the wife picks him up, shes on ⟦T|07946 221 580⟧""")

D("nl", "prompt-paste", [], """Vertaal naar het Pools, het is voor een nieuwe uitzendkracht:

Welkom bij Kwekerij De Zonnehoek! Je eerste werkdag is maandag 7 april. We beginnen om 6.30 uur. Meld je bij de kantine bij ⟦P|Anja⟧. Je personeelsnummer is ⟦N|ZH-20391⟧, dat heb je nodig voor het prikken. Adres: ⟦A|Middel Broekweg 61, 2675 KB Honselersdijk⟧.""")

D("en", "prompt-paste", [], """Rewrite as a LinkedIn post, upbeat tone, with a few emojis:

Today is my last day at Harbour Logistics after 11 years. Thank you to the whole planning team, especially ⟦P|Deepa⟧ and ⟦P|Tom Whitfield⟧ who taught me everything. From Monday I start as operations lead at a start-up in Rotterdam. Keep in touch: ⟦E|rachel.beaumont.ops@outlook.com⟧""")

# --- social-forum -----------------------------------------------------------

D("nl", "social-forum", [], """Buurtapp Oud-Zuid 🏡
⟦P|Marloes⟧: Heeft iemand een grijze kater gezien? Luistert naar Boris, is sinds gisteravond weg. Wij wonen op de ⟦A|Jan Luijkenstraat 88⟧, bel of app ff naar ⟦T|06 19 44 02 87⟧ 🙏🙏
⟦P|kees vd berg⟧: ik zag gister een grijze kat bij de container op de hoek, weet niet of ie het was
⟦P|Marloes⟧: dankjewel ⟦P|Kees⟧ ik ga ff kijken!!""")

D("en", "social-forum", [], """★★☆☆☆ Disappointing stay
Reviewed by ⟦P|Priya_S_88⟧ · Stayed March 2025

The room was fine but the manager (⟦P|Gary⟧ I think?) was incredibly rude when we asked about the broken shower. We had booked under my husband's name, ⟦P|Sandeep Raghunathan⟧, and they somehow charged his card twice. Still waiting on the refund after 3 weeks. Would not recommend the Waterside Inn.""")

D("nl", "social-forum", ["health"], """Forum Zwangerschap & Baby › Onderwerp: eindelijk!!!

Na 2 jaar en 3 icsi-pogingen ben ik 9 weken zwanger 😭😭 Eerste echo was gisteren in het Isala, hartje klopt. Mn vriend ⟦P|Jeroen⟧ moest huilen haha. Uitgerekend 2 november.

— ⟦P|moniekvanderzee⟧""")

D("en", "social-forum", [], """Anyone know a good plumber in Didsbury? Ours cancelled on us twice. Please no cowboys 😅 Message me or ring ⟦T|0161 445 8720⟧ (landline, ask for ⟦P|Bev⟧)
#Didsbury #plumber #recommendations""")

D("nl", "social-forum", ["political"], """@⟦P|hanneke_b⟧ · 2u
Vandaag flyeren voor de @PartijvdDieren in Deventer-Noord met ⟦P|Ruud⟧ en ⟦P|Yasmina⟧ 🌱 Ik sta op plek 7 van de kieslijst, stem 18 maart! #gr2026 #deventer""")

D("en", "social-forum", ["sexual"], """r/AskUK · posted by u/⟦P|jamie_hargreaves⟧

I (34M) and my husband ⟦P|Callum⟧ (36M) are getting married (again, legally this time 😂) in Scotland next spring. Does anyone know whether we need to give notice at a registrar in Scotland or can we do it from Bristol? Thanks!""")

D("nl", "social-forum", [], """Marktplaats · Kinderfiets 20 inch, roze, Batavus

€ 45,- · Ophalen in Zwolle

Zo goed als nieuw, dochter is er uitgegroeid. Bel of app na 18:00. Vraag naar ⟦P|Ilse⟧.

Geplaatst door: ⟦P|Ilse Ten Brinke⟧ · Lid sinds 2017""")

D("en", "social-forum", [], """Does anyone else think the new bus timetable for route 32 is a disaster? The 07:45 now leaves at 07:38 and skips Mill Lane entirely. Wrote to the council but heard nothing. #buses #Sheffield""")

D("nl", "social-forum", ["health"], """Review Google · Tandartspraktijk Het Zonnehuis ★★★★★

Super lieve tandarts! Ik heb echt extreme angst en paniekaanvallen bij de tandarts, maar dr. ⟦P|Sahin⟧ nam alle tijd. Aanrader voor iedereen met angst.
— ⟦P|Lotte Heemskerk⟧ (Local Guide · 34 reviews)""")

# --- hr-people --------------------------------------------------------------

D("nl", "hr-people", ["health"], """Probleemanalyse bedrijfsarts (Wet verbetering poortwachter)

Werknemer: ⟦P|R.A.J. (Ruben) Sprenkels⟧
Personeelsnummer: ⟦N|004127⟧
Geboortedatum: ⟦D|22-07-1983⟧
Eerste ziektedag: 3 februari 2025

Werknemer is arbeidsongeschikt als gevolg van een burn-out met slaapproblemen. Benutbare mogelijkheden zijn beperkt: maximaal 2 x 2 uur per dag, geen leidinggevende taken, geen klantcontact. Prognose: gedeeltelijke hervatting binnen 8 weken. Advies: inzet coach via arbodienst.

Bedrijfsarts: ⟦P|M. Oosterhuis⟧, BIG ⟦N|49061372101⟧""")

D("en", "hr-people", [], """Annual performance review — 2024/25

Employee: ⟦P|Aleksandra Nowicka⟧ (staff no. ⟦N|E20-3391⟧)
Reviewer: ⟦P|Graham Tillotson⟧, Head of Finance

Aleksandra has had an excellent year. She led the migration of the purchase ledger, trained two new starters and consistently hit month-end deadlines. Area to develop: delegating and saying no to ad-hoc requests. Rating: Exceeds expectations. Recommended for the senior analyst band from 1 April.""")

D("nl", "hr-people", [], """Exitgesprek — samenvatting

Medewerker: ⟦P|Thijs Wouda⟧, afdeling Klantcontact, in dienst 2019–2025
Gesprek gevoerd door: ⟦P|Gea Postma⟧ (HR)

Reden vertrek: betere salarisaanbieding bij Eneco, daarnaast weinig doorgroeimogelijkheden. ⟦P|Thijs⟧ is positief over het team maar vindt het roosteren 'chaotisch'. Hij zou terugkomen als er een rol als teamcoach vrijkomt. Laatste werkdag 31 mei; laptop en pas inleveren bij de servicedesk.""")

D("nl", "hr-people", ["trade_union"], """Loonstrook april 2025

Naam: ⟦P|S. Bouzidi⟧         Pers.nr: ⟦N|77310⟧
BSN: ⟦B|527391049⟧
IBAN: ⟦I|NL27TRIO0784512369⟧

Bruto loon                  3.184,00
Pensioenpremie PFZW          -187,42
Vakbondscontributie FNV       -19,80
Loonheffing                  -512,66
Netto                       2.464,12""")

D("en", "hr-people", [], """To whom it may concern,

I am pleased to provide a reference for ⟦P|Kwabena Asante-Mensah⟧, who worked as a warehouse supervisor at Fenwick Distribution from June 2019 until January 2025. ⟦P|Kwabena⟧ is reliable, calm under pressure and well liked by his team. He holds a valid forklift licence and first-aid certificate. I would re-employ him without hesitation.

Please contact me on ⟦T|01908 662 410⟧ or ⟦E|hr.referees@fenwickdistribution.co.uk⟧ with any questions.

⟦P|Susan Merriweather⟧
HR Business Partner""")

D("nl", "hr-people", ["health"], """Verlofexport_Q1.csv (geplakt uit Excel)

personeelsnr;naam;soort;van;tot;uren
⟦N|10452⟧;⟦P|Bakker, M.⟧;vakantie;03-03-2025;07-03-2025;36
⟦N|10488⟧;⟦P|Visser-Koning, E.⟧;zwangerschapsverlof;17-02-2025;09-06-2025;576
⟦N|10503⟧;⟦P|de Wit, J.⟧;bijzonder verlof;12-03-2025;12-03-2025;8
⟦N|10517⟧;⟦P|Çelik, B.⟧;vakantie;24-03-2025;28-03-2025;40""")

D("en", "hr-people", ["health"], """Return-to-work interview

Name: ⟦P|Hope Adeyemi⟧
Absence: 6–17 January (10 working days)
Reason given: post-operative recovery (gallbladder removal)

⟦P|Hope⟧ feels ready to return. Agreed a phased return: mornings only in week 1, no lifting over 5 kg for four weeks. Occupational health referral not needed. Next check-in 31 January with line manager ⟦P|Will Fenton⟧.""")

D("nl", "hr-people", [], """Functioneringsgesprek ⟦P|Noor El Idrissi⟧ — senior beleidsmedewerker

⟦P|Noor⟧ heeft het afgelopen jaar de nota Wonen en Zorg geschreven en succesvol door de raad geloodst. Zij wordt gewaardeerd om haar heldere adviezen. Ontwikkelpunt: vaker vooraf afstemmen met de wethouder. Afspraak: ⟦P|Noor⟧ volgt in het najaar de leergang Politiek-bestuurlijke sensitiviteit. Beoordeling: goed.

Leidinggevende: ⟦P|Pieter van 't Veer⟧""")

# --- care-social ------------------------------------------------------------

D("nl", "care-social", ["health"], """Verslag keukentafelgesprek Wmo

Datum: 12 maart 2025
Cliënt: mevrouw ⟦P|H. Tjin-A-Ton⟧, geb. ⟦D|04-11-1938⟧
Adres: ⟦A|Zuiderzeelaan 14, 8017 JT Zwolle⟧
Aanwezig: dochter ⟦P|Sharon⟧ (mantelzorger), consulent ⟦P|Wendy Hofman⟧

Mevrouw woont alleen, heeft COPD en is twee keer gevallen in de badkamer. Zij kan niet meer zelfstandig douchen. Gevraagd: douchestoel en beugels, hulp bij het huishouden 3 uur per week. Dochter komt dagelijks maar werkt fulltime. Advies: maatwerkvoorziening HH1 en woningaanpassing.""")

D("en", "care-social", ["health"], """Home care rota — week 16 (Beechwood Team)

Mon 07:30  Mrs ⟦P|Edna Pilkington⟧, ⟦A|12 Chapel Row, Ilkley LS29 9DN⟧ — insulin + breakfast — carer: ⟦P|Joy⟧
Mon 08:15  Mr ⟦P|Ravi Chandran⟧, ⟦A|4 Wharfe View, Ilkley⟧ — stoma care — carer: ⟦P|Joy⟧
Mon 09:30  Miss ⟦P|Agnes Dunleavy⟧, key safe ⟦S|7302⟧ — dementia check, meds prompt — carer: ⟦P|Marek⟧

Key safe codes are not to be shared outside the team.""")

D("nl", "care-social", ["health"], """Medicatieoverzicht — Apotheek De Vaart
Patiënt: ⟦P|J.W. Brouwer⟧   Geb.: ⟦D|19-05-1947⟧
BSN: ⟦B|182 640 577⟧

metformine 500 mg       2 dd 1 tablet
atorvastatine 40 mg     1 dd 1 tablet ('s avonds)
omeprazol 20 mg         1 dd 1 capsule
furosemide 40 mg        1 dd 1 tablet ('s ochtends)
Let op: allergie voor penicilline.""")

D("en", "care-social", ["health", "genetic"], """Department of Clinical Genetics
Result letter

Dear Ms ⟦P|Saoirse Keane⟧,
Patient number: ⟦N|CG-24-07719⟧
Date of birth: ⟦D|14 August 1990⟧

Your blood sample was tested for variants in the BRCA1 and BRCA2 genes. We found a pathogenic variant in BRCA2 (c.5946del). This means your risk of breast and ovarian cancer is increased. Your genetic counsellor, Dr ⟦P|Helen Ashworth⟧, will phone you to arrange an appointment.""")

D("nl", "care-social", ["health"], """Jeugdzorg — journaalregel 21-02

Gesprek met moeder (mevr. ⟦P|Kaya⟧) en ⟦P|Emir⟧ (11) thuis. ⟦P|Emir⟧ slaapt slecht, eet weinig en wil niet naar school sinds de scheiding. Moeder geeft aan zelf ook depressieve klachten te hebben en staat op de wachtlijst bij de GGZ. Afspraak: aanmelding schoolmaatschappelijk werk, over 2 weken huisbezoek. Jeugdconsulent ⟦P|Bram Schouten⟧.""")

D("en", "care-social", [], """Care plan template — section 4 (Personal care)

Describe what the person can do for themselves, what support they need and how they like it to be given. Example: 'Prefers a shower in the evening; needs help with feet and back; likes to choose own clothes.' Do not write diagnoses in this section; those go in section 2.""")

# --- family-notice ----------------------------------------------------------

D("nl", "family-notice", ["health"], """Hoera! Er is een meisje geboren 🎀

⟦P|Mila Sophie⟧
⟦D|9 januari 2025⟧ · 3280 gram · 51 cm

Dochter van ⟦P|Daan⟧ & ⟦P|Sanne Hoekstra-Feenstra⟧ en zusje van ⟦P|Jelle⟧

Kraamvisite na een belletje: ⟦T|06 31 72 05 48⟧
⟦A|Tsjerkewei 7, 9045 PD Beetgum⟧""")

D("en", "family-notice", ["religion"], """⟦P|SULLIVAN, Margaret Anne⟧ (née ⟦P|O'Rourke⟧)

Peacefully at St Joseph's Hospice on 2 March 2025, aged 87. Beloved wife of the late ⟦P|Dennis⟧, mother of ⟦P|Ciaran⟧ and ⟦P|Nuala⟧. Requiem Mass at Holy Cross Church, Kilburn, on Friday 14 March at 11am, followed by burial at St Mary's Cemetery. Donations to the hospice in lieu of flowers.""")

D("nl", "family-notice", [], """Stamboomnotitie — tak Wijnaldum

⟦P|Pieter Wijnaldum⟧ *⟦D|12-03-1874⟧ Paramaribo, †1931 Amsterdam
  x ⟦P|Johanna Christina Lieveld⟧ (1880–1955)
  kinderen: ⟦P|Hendrik⟧ (1902), ⟦P|Elisabeth⟧ (1905), ⟦P|Frits⟧ (1909)
Bron: doopboek Evangelische Broedergemeente, blad 44. Vraag: wie heeft de trouwakte uit 1900?""")

D("en", "family-notice", [], """You are warmly invited to celebrate the marriage of

⟦P|Adaeze Okonkwo⟧ & ⟦P|Matthew Larkin⟧

Saturday 6 September 2025 at 2pm
Hedingham Castle, Essex

RSVP by 1 July to ⟦E|adaeze.and.matt@gmail.com⟧ or ⟦T|+44 7480 332 119⟧. Please let us know about any dietary needs.""")

# --- travel-identity --------------------------------------------------------

D("nl", "travel-identity", [], """Kun je uit deze MRZ de gegevens halen en in het formulier zetten? Het is van een nieuwe collega voor de VOG-aanvraag.

P<NLD⟦P|DE<VRIES<<JOHANNA<MARIA⟧<<<<<<<<<<<<<<<<<<<
⟦N|NW7K92LP4⟧9NLD⟦D|850312⟧7F3209170<<<<<<<<<<<<<<00""")

D("en", "travel-identity", [], """BOARDING PASS · KLM
Name: ⟦P|OSEI/KOFI⟧MR
From: AMS  To: ACC   Flight: KL0589   Date: 18DEC
Seat: 34C   Gate: E07   Boarding: 10:05
Booking ref: K7XQ2M   Flying Blue: ⟦N|1093 4721 886⟧
SEQ 142  ETKT 0747 2105 5813 9""")

D("nl", "travel-identity", [], """Boekingsbevestiging Hotel De Zwaan, Harderwijk

Gast: mevrouw ⟦P|B. Pranger⟧
Aankomst: vr 23 mei 2025 — vertrek: zo 25 mei 2025
Kamer: 2 pers. superior, incl. ontbijt
Reserveringsnummer: HZ-558103
Betaald met: Mastercard eindigend op 0938
Telefoon gast: ⟦T|+31 (0)6 52 83 10 94⟧

Wij verheugen ons op uw komst!""")

D("en", "travel-identity", [], """Letter of invitation (visa application)

I, ⟦P|Nimmi Wickramasinghe⟧, residing at ⟦A|58 Cranbrook Avenue, Leicester LE3 9QT⟧, hereby invite my mother, ⟦P|Kamala Perera⟧, born ⟦D|21 June 1956⟧, passport number ⟦N|N7104829⟧ (Sri Lanka), to visit me from 10 July to 20 August 2025. She will stay at my home and I will cover all her expenses. I am a British citizen, passport ⟦N|548201937⟧.

Signed, ⟦P|N. Wickramasinghe⟧ — ⟦T|07712 046 338⟧""")

D("nl", "travel-identity", [], """Gastenregistratiekaart / Guest registration card — Camping De Lakens

Naam: ⟦P|KOWALCZYK, Tomasz⟧
Geboortedatum: ⟦D|1979-10-02⟧
Nationaliteit: Pools
Documentnr. (ID-kaart): ⟦N|CCZ 418293⟧
Woonadres: ⟦A|ul. Lipowa 17/4, 20-020 Lublin⟧
Kenteken: ⟦K|LU 4827F⟧ (PL)
Aantal personen: 3""")

D("en", "travel-identity", [], """What documents does a Dutch citizen need to travel to the UK after Brexit? Is an ID card still enough or do I need a passport, and what is this ETA thing I keep reading about?""")

D("nl", "travel-identity", ["health"], """Beste reisbureau, voor de cruise van 4 juni wil ik graag doorgeven dat mijn man ⟦P|Gerrit Zijlstra⟧ in een rolstoel zit na zijn herseninfarct en dat hij een zuurstofconcentrator meeneemt. Kunnen jullie een aangepaste hut regelen? Boekingsnummer is RC-20931. Groet, ⟦P|Trijntje Zijlstra⟧, ⟦T|0513-41 92 07⟧""")

# --- vehicle-logistics ------------------------------------------------------

D("nl", "vehicle-logistics", [], """FACTUUR — Autobedrijf Gebr. Mulder, Nijverdal
Factuurnr: 2025-1187    Datum: 04-04-2025

Klant: ⟦P|A. Ramdin⟧
⟦A|Hellendoornsestraat 23, 7441 AE Nijverdal⟧
Kenteken: ⟦K|K-982-HR⟧    VIN: WF0DXXGAKDNR51734
Km-stand: 148.221

APK-keuring                      49,00
Remblokken voor vervangen       187,50
Ruitenwisserbladen               32,95
Totaal incl. btw                269,45
Graag betalen op ⟦I|NL56 RABO 0318 4620 75⟧ o.v.v. factuurnummer.""")

D("nl", "vehicle-logistics", [], """CENTRAAL JUSTITIEEL INCASSOBUREAU

Aan: ⟦P|M.J. Verhoeven⟧
⟦A|Schoolstraat 5a
5281 BJ  BOXTEL⟧

CJIB-nummer: ⟦N|4021 8830 5547 6190⟧
Kenteken: ⟦K|23-LTD-8⟧
Pleegdatum: 17-01-2025, 14:32 uur, A2 hectometerpaal 118,4
Gedraging: overschrijding max. snelheid 100 km/u met 14 km/u (na correctie)
Te betalen: € 154,00 vóór 28-03-2025""")

D("en", "vehicle-logistics", [], """Fleet list — Northern region (vans)

Reg      | Model            | Driver             | Fuel card
⟦K|YK21 HBV⟧ | Ford Transit     | ⟦P|Darren Mottram⟧     | ****3381
⟦K|YE70 LPX⟧ | VW Crafter       | ⟦P|Aisha Begum⟧        | ****5527
⟦K|YJ19 TRO⟧ | Ford Transit     | pool vehicle       | ****0914
⟦K|YA23 KWZ⟧ | Renault Master   | ⟦P|Lukasz Zielinski⟧   | ****7756""")

D("nl", "vehicle-logistics", [], """Afleverbon DPD — pakket 05214478120394

Ontvanger: Fam. ⟦P|Aydın⟧
⟦A|Kastanjelaan 41, 3833 AN Leusden⟧
Afgeleverd bij buren: huisnummer 43 (⟦P|Verbeek⟧)
Handtekening: [onleesbaar]
Tijd: 12:47""")

D("nl", "vehicle-logistics", [], """Gerechtsdeurwaarderskantoor Brink & Van Dalen

Aan: de heer ⟦P|R.F. Martina⟧
⟦A|Jan van Galenstraat 208-III, 1056 CD Amsterdam⟧

Dossiernummer: ⟦N|BVD/2025/03862⟧
Betreft: vordering Ziggo Services BV

Ondanks eerdere aanmaningen heeft u de openstaande vordering van € 612,18 niet voldaan. Wij verzoeken u dit bedrag binnen 8 dagen over te maken op ⟦I|NL70 ABNA 0582 0139 47⟧ onder vermelding van het dossiernummer. Bij uitblijven van betaling zullen wij beslag leggen op uw inkomen. Bereikbaar op ⟦T|020 - 612 44 80⟧.""")

D("en", "vehicle-logistics", [], """PENALTY CHARGE NOTICE
Vehicle: ⟦K|LB68 WFN⟧ (Vauxhall Corsa, silver)
Location: Pelham Road, outside no. 22
Contravention: 12 — parked in a residents' or shared-use parking place without a valid permit
Date/time: 09/03/2025 08:14
Penalty: £70, reduced to £35 if paid within 14 days
CEO number: ⟦N|2186⟧""")

D("nl", "vehicle-logistics", [], """hoi, ik heb een deuk in mn auto na het parkeren bij de Jumbo, de ander heeft een briefje achtergelaten met zn kenteken ⟦K|VX-214-B⟧ en nummer ⟦T|06 47 11 82 30⟧. moet ik eerst mn verzekering bellen of hem? kan je een berichtje opstellen""")

# --- legal-notarial ---------------------------------------------------------

D("nl", "legal-notarial", [], """VOLMACHT

Ondergetekende,
⟦P|Johanna Wilhelmina Smits-Roelofs⟧, geboren op ⟦D|2 april 1941⟧ te Heerlen, wonende ⟦A|Akerstraat 118, 6417 BM Heerlen⟧, BSN ⟦B|309.175.628⟧,

verleent hierbij volmacht aan haar zoon ⟦P|Frans Smits⟧, wonende te Maastricht, identiteitskaart nr. ⟦N|IRP8K41T2⟧, om namens haar alle bankzaken bij ING te regelen, waaronder het beheer van rekening ⟦I|NL92INGB0007731592⟧.

Heerlen, 12 februari 2025""")

D("en", "legal-notarial", ["religion"], """Extract from the last will and testament of ⟦P|Yusuf Abdirahman Warsame⟧ of ⟦A|14 Kelvin Grove, Bristol BS3 4RT⟧

3. I wish to be buried according to Islamic rites as soon as practicable after my death, at the Muslim section of Greenbank Cemetery.
4. I appoint my brother ⟦P|Abdullahi Warsame⟧ and my friend ⟦P|Tariq Mahmood⟧ as executors.
5. I leave one third of my estate to the Bristol Jamia Mosque.""")

D("nl", "legal-notarial", ["health"], """Intakeformulier schuldhulpverlening

Naam aanvrager: ⟦P|Dewi Kartosen⟧
Geboortedatum: ⟦D|30-08-1992⟧
BSN: ⟦B|648201934⟧
Adres: ⟦A|Hoefkade 801, 2526 BH Den Haag⟧
Telefoon: ⟦T|06-81 20 33 47⟧

Totale schuld (indicatief): € 23.400 (belastingdienst, zorgverzekeraar, 4 webwinkels, DUO)
Oorzaak volgens aanvrager: gokverslaving (online casino), in behandeling bij Brijder sinds januari.
Inkomen: WW-uitkering. Bank: ⟦I|NL89BUNQ2071649385⟧""")

D("en", "legal-notarial", [], """IN THE COUNTY COURT AT MANCHESTER
Claim No. ⟦N|K4QZ8M21⟧

BETWEEN
⟦P|DELROY AUGUSTUS CAMPBELL⟧ (Claimant)
and
NORTHWAY LETTINGS LIMITED (Defendant)

NOTICE OF HEARING
The hearing of the claim will take place on 22 May 2025 at 10:00 am, time estimate 1 hour. The claimant's address for service is ⟦A|41 Moss Lane East, Manchester M15 5DD⟧.""")

D("nl", "legal-notarial", [], """Mediationovereenkomst (uittreksel)

Partijen: ⟦P|Eva Lammers⟧ en ⟦P|Bart Heijnen⟧, ex-partners, samen ouders van ⟦P|Fleur⟧ (geb. ⟦D|6-3-2016⟧) en ⟦P|Sem⟧ (geb. ⟦D|19-11-2018⟧).
Mediator: mr. ⟦P|W.A. Dijkstra⟧ (MfN-register)

Partijen verplichten zich tot geheimhouding van alles wat in de mediation wordt besproken. Onderwerpen: zorgregeling, kinderalimentatie, verdeling van de woning aan de ⟦A|Burgemeester Roëllstraat 30⟧.""")

D("nl", "legal-notarial", [], """Wat is het verschil tussen een levenstestament en een gewoon testament? En moet je voor een volmacht altijd naar de notaris of mag het ook onderhands?""")

# --- association ------------------------------------------------------------

D("nl", "association", [], """Ledenlijst JO11-2 — VV Sparta Nijkerk (seizoen 25/26)

1. ⟦P|Luuk Mol⟧ — ⟦D|14-02-2015⟧ — ouder: ⟦T|06 2840 1177⟧
2. ⟦P|Finn de Koning⟧ — ⟦D|03-09-2015⟧ — ouder: ⟦T|06 1933 0621⟧
3. ⟦P|Ayoub Ait Said⟧ — ⟦D|21-06-2015⟧ — ouder: ⟦T|06 4471 2098⟧
4. ⟦P|Storm Hendriks⟧ — ⟦D|30-12-2015⟧ — ouder: ⟦T|06 5502 8813⟧
Trainer: ⟦P|Erwin⟧, kantine-dienst rooster volgt.""")

D("en", "association", ["trade_union"], """UNISON — change of details form

Membership number: ⟦N|71204488⟧
Name: ⟦P|Bernadette Quigley⟧
New address: ⟦A|9 Linden Close, Derby DE22 1HX⟧
New employer: Royal Derby Hospital (NHS) — Band 5 staff nurse
Pay by: payroll deduction ☐  direct debit ☒
Sort code/account: 20-37-14 55701938
I wish to remain a workplace contact for Ward 308.""")

D("nl", "association", ["religion"], """Stichting Moskee Al-Fath Utrecht — incasso-overzicht maandelijkse bijdrage maart

naam;iban;bedrag
⟦P|Yilmaz, Hasan⟧;⟦I|NL80ABNA0417295836⟧;20,00
⟦P|El Amrani, Karim⟧;⟦I|NL79ASNB0709318254⟧;15,00
⟦P|Bensaïd-Koster, Linda⟧;⟦I|NL49KNAB0255871346⟧;10,00""")

D("nl", "association", ["religion"], """Attestatie van lidmaatschap

De kerkenraad van de Protestantse Gemeente te Kampen verklaart dat ⟦P|Hendrikus (Henk) Last⟧, geboren ⟦D|11 oktober 1964⟧, belijdend lid is van deze gemeente en vertrekt naar de Hervormde Gemeente Ede. Wij bevelen hem van harte aan in de zorg van uw gemeente.

namens de kerkenraad, ⟦P|J. Kamphuis⟧, scriba""")

D("en", "association", [], """Volunteer rota — Kirkstall Community Fridge, April

Tue: ⟦P|Maureen⟧ (⟦T|07825 331 604⟧), ⟦P|Tayo⟧
Thu: ⟦P|Grace Liu⟧, ⟦P|Rose O'Hara⟧
Sat: ⟦P|Will⟧ + ⟦P|Hope⟧ (the twins), Dr ⟦P|Siddiqui⟧ covers if needed

Keys with ⟦P|Maureen⟧. Please sign the fridge temperature log every shift.""")

D("nl", "association", [], """Alumnilijst Hogeschool Windesheim — Sociaal Werk, cohort 2012

⟦P|Anouk Brugman⟧ · jeugdconsulent gemeente Kampen · ⟦E|anouk.brugman@kampen.nl⟧
⟦P|Rachid Bouchtaoui⟧ · teamleider Stichting De Kern · ⟦E|r.bouchtaoui@dekern.nl⟧
⟦P|Wietske Hoogeveen⟧ · zzp-coach · ⟦E|wietske@hoogeveencoaching.nl⟧""")

# --- research ---------------------------------------------------------------

D("nl", "research", ["health", "sexual"], """Open antwoorden vraag 14 (‘Wat zou uw werkgever beter kunnen doen?’)

⟦N|R-0112⟧: Meer begrip voor mantelzorg. Ik zorg voor mijn vrouw ⟦P|Ineke⟧ die MS heeft, en krijg nul flexibiliteit.
⟦N|R-0118⟧: Niks, prima werkgever.
⟦N|R-0131⟧: Als lesbische vrouw voel ik me niet altijd veilig bij de grappen in de kantine. Mijn vrouw komt niet meer mee naar de kerstborrel.
⟦N|R-0140⟧: Betere koffie ☕""")

D("en", "research", ["health", "ethnicity"], """Interview transcript — participant ⟦N|P07⟧ (project: long Covid in care workers)

INT: Can you tell me a bit about yourself?
P: Yeah, I'm ⟦P|Comfort⟧, I'm 44, I'm a care assistant in a nursing home in Croydon. I'm Ghanaian by background, my parents are both from Kumasi, and I came here in 2006.
INT: And when did you get Covid?
P: April 2020, the first wave. I was off for five months. Still now I get breathless on the stairs and my memory is, you know, not what it was.
[names of colleagues removed]""")

D("nl", "research", [], """Codeerschema interviews wijkverpleging (versie 3)

CODE 1 — Autonomie cliënt
CODE 2 — Administratieve last
CODE 3 — Samenwerking huisarts
CODE 4 — Tijdsdruk
Let op: citaten altijd pseudonimiseren (R01, R02...) voordat ze in het rapport komen.""")

# --- general questions & hard negatives -------------------------------------

D("nl", "general-question", [], """Mag een werkgever vragen of iemand lid is van een vakbond? En mag de vakbondscontributie via de loonstrook verrekend worden zonder dat de werkgever dat registreert?""")

D("en", "general-question", [], """Is facial recognition at passport e-gates considered processing of biometric data under the GDPR, and who is the controller, the airport or the border authority?""")

D("nl", "general-question", [], """Hoe lang mag een huisartsenpraktijk het medisch dossier van een overleden patiënt bewaren, en mogen de nabestaanden het inzien?""")

D("en", "hard-negative", [], """Our new office is at the Van Gogh building next to Anne Frank Square. Parking is free on Saturdays; on weekdays use the Marks & Spencer car park (level -2). Invoice INV-2025-000417 is due on 30 April.""")

D("nl", "hard-negative", [], """Testdata voor de rekenmodule — GEEN echte gegevens:
bsn-veld: 123456789 (moet als ongeldig worden afgekeurd)
iban-veld: NL00 BANK 0123 4567 89
kaart: 1234 5678 9012 3456
Verwacht resultaat: drie validatiefouten.""")

# --- structured-format ------------------------------------------------------

D("nl", "structured-format", [], """Kan je van deze visitekaartjes een Excel-lijst maken (naam, mail, telefoon)?

BEGIN:VCARD
VERSION:3.0
N:⟦P|Doornbos;Gerda⟧;;;
FN:⟦P|Gerda Doornbos⟧
ORG:Doornbos Interieurbouw
TEL;TYPE=CELL:⟦T|+31651907342⟧
EMAIL;TYPE=WORK:⟦E|gerda@doornbosinterieur.nl⟧
ADR;TYPE=WORK:;;⟦A|Industrieweg 22⟧;Assen;;⟦Z|9403 AB⟧;Nederland
END:VCARD""")

D("en", "structured-format", [], """Is this email spoofed? Headers below.

Return-Path: <⟦E|billing@paypa1-secure.com⟧>
Received: from mx.paypa1-secure.com (unknown [⟦IP|185.220.101.47⟧])
        by mail.harwoodlegal.co.uk (Postfix) with ESMTP id 4F2A1C0092
        for <⟦E|j.harwood@harwoodlegal.co.uk⟧>; Tue, 11 Mar 2025 07:41:09 +0000
From: "PayPal Service" <⟦E|service@paypa1-secure.com⟧>
To: ⟦P|Jonathan Harwood⟧ <⟦E|j.harwood@harwoodlegal.co.uk⟧>
Subject: Your account has been limited
Message-ID: <20250311074108.77c1e@paypa1-secure.com>
X-Originating-IP: [⟦IP|10.14.2.201⟧]""")

D("nl", "structured-format", [], """<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09">
 <CstmrCdtTrfInitn>
  <PmtInf>
   <Dbtr><Nm>Stichting Buurthuis De Klinker</Nm></Dbtr>
   <DbtrAcct><Id><IBAN>⟦I|NL82SNSB0921634870⟧</IBAN></Id></DbtrAcct>
   <CdtTrfTxInf>
    <Amt><InstdAmt Ccy="EUR">185.00</InstdAmt></Amt>
    <Cdtr><Nm>⟦P|R. Lachman-Ramdin⟧</Nm></Cdtr>
    <CdtrAcct><Id><IBAN>⟦I|NL71INGB0004921783⟧</IBAN></Id></CdtrAcct>
    <RmtInf><Ustrd>Vrijwilligersvergoeding maart</Ustrd></RmtInf>
   </CdtTrfTxInf>
  </PmtInf>
 </CstmrCdtTrfInitn>
</Document>""")

D("en", "structured-format", [], """<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2">
  <cbc:ID>2025-0093</cbc:ID>
  <cbc:IssueDate>2025-03-31</cbc:IssueDate>
  <cac:AccountingSupplierParty><cac:Party>
    <cac:PartyName><cbc:Name>Ferris Joinery Ltd</cbc:Name></cac:PartyName>
    <cac:PartyTaxScheme><cbc:CompanyID>GB293847165</cbc:CompanyID></cac:PartyTaxScheme>
  </cac:Party></cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty><cac:Party>
    <cac:PartyName><cbc:Name>⟦P|Imogen Thackeray⟧</cbc:Name></cac:PartyName>
    <cac:PostalAddress><cbc:StreetName>⟦A|7 Orchard Mews⟧</cbc:StreetName><cbc:CityName>Harrogate</cbc:CityName></cac:PostalAddress>
  </cac:Party></cac:AccountingCustomerParty>
  <cac:PaymentMeans><cac:PayeeFinancialAccount><cbc:ID>⟦I|GB54LOYD30963317482906⟧</cbc:ID></cac:PayeeFinancialAccount></cac:PaymentMeans>
</Invoice>""")

D("nl", "structured-format", ["health"], """{
  "resourceType": "Patient",
  "identifier": [{"system": "http://fhir.nl/fhir/NamingSystem/bsn", "value": "⟦B|157039626⟧"}],
  "name": [{"family": "⟦P|Oudshoorn⟧", "given": ["⟦P|Marijke⟧"]}],
  "birthDate": "⟦D|1958-11-07⟧",
  "address": [{"line": ["⟦A|Lange Nieuwstraat 47⟧"], "postalCode": "⟦Z|3512 PJ⟧", "city": "Utrecht"}]
}
{
  "resourceType": "Condition",
  "subject": {"reference": "Patient/9921"},
  "code": {"text": "Diabetes mellitus type 2"},
  "onsetDateTime": "2019-04"
}""")

D("en", "structured-format", ["health"], """MSH|^~\\&|LABSYS|STJ|EPR|STJ|202503120915||ORU^R01|MSG00417|P|2.5
PID|1||⟦N|H448213⟧^^^STJ^MR||⟦P|FAIRWEATHER^ROSALIND⟧||⟦D|19621130⟧|F|||⟦A|22 Dean Street^^Norwich^^NR2 1QT⟧||⟦T|01603 772914⟧
OBR|1||LAB-88102|HBA1C^Haemoglobin A1c
OBX|1|NM|HBA1C||71|mmol/mol|20-41|H|||F""")

D("nl", "structured-format", [], """export_ouders_groep5.csv

leerling;ouder/verzorger;e-mail;telefoon
⟦P|Jip Kuijpers⟧;⟦P|Marieke Kuijpers⟧;⟦E|mariekekuijpers@hotmail.com⟧;⟦T|06-18273645⟧
⟦P|Zoë Nwosu⟧;⟦P|Chidi Nwosu⟧;⟦E|chidi.nwosu@gmail.com⟧;⟦T|06-55104392⟧
⟦P|Bilal Amrani⟧;⟦P|Fatima Amrani-Bakkali⟧;⟦E|f.amrani@live.nl⟧;⟦T|+32 478 21 90 55⟧
⟦P|Tess van Oers⟧;⟦P|Rik van Oers⟧;;⟦T|0475-312098⟧""")

D("nl", "structured-format", [], """Kun je uitleggen wat de velden in dit vaste-breedte bestand betekenen? Het komt uit het oude salarissysteem.

0011⟦B|293710545⟧⟦P|ROSEBOOM J⟧          ⟦I|NL74RBRB0918273645⟧0003184500
0012⟦B|581026470⟧⟦P|BOUALI S⟧           ⟦I|NL93INGB0683920417⟧0002711000""")

D("en", "structured-format", ["biometric"], """door-access.log (Block C, fingerprint readers)

2025-03-14T07:58:12Z READER=C-MAIN BADGE=⟦N|001275⟧ USER=⟦P|okafor.n⟧ METHOD=FP MATCH=0.962 RESULT=GRANTED
2025-03-14T08:01:40Z READER=C-MAIN BADGE=⟦N|003918⟧ USER=⟦P|whitlock.s⟧ METHOD=FP MATCH=0.411 RESULT=DENIED
2025-03-14T08:01:52Z READER=C-MAIN BADGE=⟦N|003918⟧ USER=⟦P|whitlock.s⟧ METHOD=PIN RESULT=GRANTED
2025-03-14T08:15:03Z READER=C-LAB2 BADGE=visitor-07 METHOD=CARD RESULT=GRANTED""")

D("nl", "structured-format", [], """Iemand logt in vanaf rare IP's, klopt dit?

Mar 12 22:14:09 vpn01 openvpn[2211]: ⟦IP|83.162.41.7⟧:51022 [⟦P|mvdlinden⟧] Peer Connection Initiated with [AF_INET]⟦IP|83.162.41.7⟧:51022
Mar 12 22:14:10 vpn01 openvpn[2211]: ⟦P|mvdlinden⟧/⟦IP|83.162.41.7⟧:51022 MULTI_sva: pool returned IPv4=⟦IP|10.8.0.14⟧
Mar 13 03:02:44 vpn01 openvpn[2211]: ⟦IP|45.134.26.118⟧:40112 [⟦P|mvdlinden⟧] Peer Connection Initiated with [AF_INET]⟦IP|45.134.26.118⟧:40112
Mar 13 03:02:45 vpn01 openvpn[2211]: ⟦P|mvdlinden⟧/⟦IP|45.134.26.118⟧:40112 MULTI_sva: pool returned IPv4=⟦IP|10.8.0.14⟧""")

D("en", "structured-format", [], """Our ldif export looks broken, can you see why?

dn: uid=⟦P|pchaudhry⟧,ou=people,dc=corp,dc=example
cn: ⟦P|Pooja Chaudhry⟧
mail: ⟦E|pooja.chaudhry@corp.example⟧
telephoneNumber: ⟦T|+44 20 7946 0321⟧
employeeNumber: ⟦N|UK-30917⟧
userPassword:: e1NTSEF9cW9ZcjA3aXZkNXRvWE1EZk9HVnpaSE09""")

D("nl", "structured-format", [], """<?xml version="1.0"?>
<config>
  <database host="⟦IP|192.168.40.12⟧" port="5432" name="ledenadmin"/>
  <smtp host="smtp.hockeyclub-rapid.nl" user="secretariaat" password="⟦S|Rapid!Hockey#2024⟧"/>
  <beheerder naam="⟦P|Sjoerd Kingma⟧" mail="⟦E|sjoerd@hockeyclub-rapid.nl⟧"/>
</config>
waarom krijg ik 'authentication failed' bij het versturen?""")

# --- more prompts -----------------------------------------------------------

D("nl", "prompt-paste", [], """schrijf een afwijzingsmail, netjes maar kort. kandidaat heet ⟦P|Gürkan Yıldız⟧, solliciteerde als monteur, we hebben iemand met meer ervaring gekozen. mailadres ⟦E|gurkan.yildiz@ziggo.nl⟧""")

D("en", "prompt-paste", ["criminal"], """Rewrite this so it's suitable for the tenancy file, remove the emotional language:

'Spoke to Mr ⟦P|Lewandowski⟧ (flat 12) AGAIN. He has just come out of HMP Birmingham after 18 months for the burglary and his probation officer, ⟦P|Claire⟧, says he has to live here as a condition of his licence. Neighbours are furious.'""")

D("nl", "prompt-paste", [], """Maak hier een tabel van met kolommen naam, functie en toestelnummer:

⟦P|Annelies⟧ (receptie) 212, ⟦P|Mohamed Ouali⟧ (ICT) 240, ⟦P|Bas⟧ van facilitair 231, ⟦P|Joke Ter Horst⟧ directiesecretaresse 201, en de stagiair ⟦P|Levi⟧ 299""")

D("en", "prompt-paste", [], """proof read pls: 'the quaterly figures shows a increase of 12% in revenue, mainly due to the new contract with the county council. costs was stable.'""")

D("nl", "prompt-paste", ["health"], """Wil je deze WhatsApp van een ouder omzetten naar een notitie voor het leerlingdossier?

"Hoi juf ⟦P|Mirjam⟧, ⟦P|Senna⟧ is vanochtend bij de kinderarts geweest en ze heeft nu echt de diagnose ADHD. Ze begint volgende week met medicatie (methylfenidaat). Kan ze om 12 uur even haar pilletje nemen op school? Groetjes ⟦P|Kim⟧ (moeder van ⟦P|Senna⟧)" """)

D("en", "prompt-paste", [], """You are an assistant for our IT helpdesk. Reply to this ticket:

"hi my outlook keeps asking for the password, i typed it like 10 times. its ⟦S|Summer2025!!⟧ if that helps. user ⟦P|dkowalski⟧. pc is LT-0412" """)

D("nl", "prompt-paste", [], """Vat dit samen in 3 zinnen:

De gemeente heeft besloten de Mr. Visserplein-kruising opnieuw in te richten. Vanaf 2026 krijgen fietsers een eigen opstelvak en wordt de tram naar de Weesperstraat verlegd. Omwonenden kunnen tot 15 mei reageren via de website.""")

D("en", "prompt-paste", ["political"], """Turn this into a short thank-you note from the branch:

'Big thanks to ⟦P|Siobhan Gallagher⟧ who knocked on 400 doors for us in Ward 6 during the by-election and to ⟦P|Ade⟧ for running the phone bank. Labour held the seat by 212 votes!'""")

# --- general questions & hard negatives -------------------------------------

D("nl", "general-question", [], """Wat is het verschil tussen een bedrijfsarts en een verzekeringsarts, en mag mijn leidinggevende vragen wat mijn diagnose is als ik me ziek meld?""")

D("en", "general-question", [], """What is the legal basis for a church to keep a membership register, and does it need consent to share it with a regional synod?""")

D("nl", "general-question", [], """Welke gegevens staan er eigenlijk in de MRZ-regels onderaan een paspoort, en hoe werkt het controlecijfer?""")

D("en", "general-question", [], """Can an employer run a DBS check on a volunteer who only does admin work? And how long are spent convictions visible?""")

D("nl", "hard-negative", [], """Agenda bestuursvergadering VvE Parkzicht
1. Opening
2. Notulen 14 januari
3. Offerte schilderwerk Bakker & Zn. Schilders
4. Lift: storing 3 maart, monteur Kone
5. Rondvraag
Locatie: zaaltje bij Brasserie De Smit, aanvang 19.30 uur""")

D("en", "hard-negative", [], """Release notes v4.12.0.3
- Fixed: export to CSV dropped the last row
- Changed: default timeout now 30 s
- Build 2025.03.14.1 signed with certificate serial 4A:11:9F:02:CC:7E
Known issue: order numbers above 999999999 are truncated.""")

D("nl", "hard-negative", [], """Controleer even of dit bsn klopt voordat ik het in het systeem zet: 271834913. Volgens mij zit er een typfout in want het systeem weigert het.""")

D("en", "hard-negative", [], """Sample payload from the API docs (all values are made up and fail validation on purpose):
{"card": "4532 0187 5640 3913", "iban": "NL80ABNA0417295863", "name": "<customer name>", "email": "<email>"}""")

# --- batch 4 ----------------------------------------------------------------

D("en", "prompt-paste", [], """Draft a polite reply to this card dispute. Keep it short.

"Hello, I see two charges of £64.99 from your shop on 3 March but I only ordered once. Card used was ⟦C|5528 7103 4962 1850⟧, name on card ⟦P|L M HOLLOWAY⟧. Please refund the second one. ⟦P|Lorraine Holloway⟧, ⟦T|07391 558 204⟧" """)

D("nl", "prompt-paste", ["religion"], """kun je dit mooier verwoorden, het is voor de uitvaart van mn opa morgen

opa ⟦P|Klaas Brinkman⟧ was een man van weinig woorden. hij was boer in rouveen, ging elke zondag twee keer naar de kerk en las na het eten altijd een stuk uit de bijbel voor. hij hield van zijn koeien, van oma ⟦P|Geesje⟧ en van ons. we gaan hem missen""")

D("en", "prompt-paste", [], """why does boto3 give me InvalidClientTokenId?? here's my config

[default]
aws_access_key_id = ⟦S|AKIA4ZQ7RJXW2NVTHM5B⟧
aws_secret_access_key = ⟦S|q3Vb7Kx0pLr2TzYw8eHn5sJcA1uDgF6mXoRiE9Qt⟧
region = eu-west-2""")

D("nl", "prompt-paste", ["sexual"], """Help me een speech te schrijven voor de bruiloft van mijn broer ⟦P|Youssef⟧ en zijn man ⟦P|Daan⟧ in juni. Ze hebben elkaar ontmoet bij de roeivereniging in Leiden. Ik wil iets grappigs over de keer dat ⟦P|Daan⟧ in het water viel. Ik ben ⟦P|Nadia⟧, de jongste zus.""")

D("nl", "prompt-paste", ["health"], """Herschrijf deze beschikking in taalniveau B1, het is voor een cliënt die slecht Nederlands leest.

Zaaknummer: ⟦N|WMO-2025-018833⟧
Geachte heer ⟦P|Osmanović⟧,
Op grond van artikel 2.3.5 van de Wet maatschappelijke ondersteuning 2015 kent het college u een maatwerkvoorziening toe in de vorm van een scootmobiel, in verband met uw beperkingen ten gevolge van de ziekte van Parkinson. De voorziening wordt in bruikleen verstrekt.""")

D("en", "prompt-paste", ["criminal"], """Put the key facts from these notes into a table (date, what, action):

14 Feb: ⟦P|Owen Pritchard⟧ disclosed in pre-employment screening a 2019 conviction for drink-driving (12-month ban). 20 Feb: hiring manager ⟦P|Linda Akande⟧ asked if he can still drive the pool car. 24 Feb: checked licence, ban ended 2020, no current endorsements.""")

D("nl", "social-forum", ["criminal"], """Buurtapp Kerkelanden 🚨
Weer die zwarte Golf ⟦K|GZ-841-N⟧ die 's nachts bij nr 17 staat, volgens mij dealt die zoon van ⟦P|Van Rooij⟧ gewoon vanuit huis. Politie is al 2x geweest. Wie heeft camerabeelden?
— ⟦P|Ria⟧""")

D("en", "social-forum", ["health"], """Mumsnet › Special needs: children

Posted by SparklyPenguin84
DS (7) finally got his autism diagnosis yesterday after 2.5 years on the waiting list 😩 Relieved but also a bit overwhelmed. The paediatrician was lovely. Any tips for telling him? His school (St Anne's C of E Primary) has been great so far.""")

D("nl", "social-forum", ["religion"], """@⟦P|ilham.elkaddouri⟧ op Instagram
Eerste iftar van dit jaar bij mn schoonfamilie in Schiedam 🌙✨ schoonmama heeft weer 6 soorten gerechten gemaakt 😍 #ramadan #iftar #familytime""")

D("en", "social-forum", [], """★★★★★ Passed first time!
Huge thanks to ⟦P|Dave⟧ at Clearway Driving School. Patient, funny and never made me feel stupid, even when I stalled at the same roundabout four lessons in a row. Booked through their website, £38 per hour.
— ⟦P|Chloe M.⟧, Swindon""")

D("nl", "hr-people", ["health"], """⟦V|VERTROUWELIJK⟧

Re-integratieverslag tweede spoor — ⟦P|W.H. (Wilma) Ketelaar⟧
Geboortedatum: ⟦D|8-1-1969⟧ · BSN: ⟦B|610.429.383⟧
Werkgever: Thuiszorg Noord-Veluwe

Door de aanhoudende knie- en rugklachten kan mevrouw het eigen werk als wijkverzorgende niet meer doen. Het re-integratiebureau heeft samen met haar de zoekrichting administratief/planning gekozen. Zij volgt een cursus planning via het opleidingsbudget. Loopbaancoach: ⟦P|Erik Wassink⟧ (⟦E|e.wassink@werkpadadvies.nl⟧).""")

D("en", "hr-people", ["trade_union"], """Grievance meeting — note

Present: ⟦P|Marcus Tennant⟧ (employee), ⟦P|Julie Ashby⟧ (GMB shop steward, accompanying), ⟦P|Neil Cartwright⟧ (Depot Manager), ⟦P|Sunita Rao⟧ (HR, notes)

⟦P|Marcus⟧ says the new shift pattern was introduced without consultation and that he has lost £210 a month in unsocial-hours pay. ⟦P|Julie⟧ asked for the consultation records. Outcome to follow in writing within 10 working days.""")

D("en", "hr-people", ["criminal"], """⟦V|STRICTLY CONFIDENTIAL⟧

Outcome of disciplinary hearing — ⟦P|Gavin Strachan⟧, employee no. ⟦N|30188⟧

Following the investigation into stock missing from the Leeds warehouse between October and December, and the CCTV footage reviewed, the panel finds the allegation of theft proven. Your employment is terminated with immediate effect for gross misconduct. The company has reported the matter to West Yorkshire Police (crime ref. 13250048812).""")

D("nl", "hr-people", [], """⟦V|Persoonlijk en vertrouwelijk⟧

Aan: mevrouw drs. ⟦P|A.C. Lont⟧
Betreft: aanbod vaste aanstelling

Beste ⟦P|Annemiek⟧,
Met genoegen bieden wij je per 1 juni een vaste aanstelling aan als projectleider, schaal 11, trede 6. Je bruto maandsalaris wordt € 5.120,00. Je salaris wordt gestort op je bekende rekening ⟦I|NL74 RBRB 0918 2736 45⟧.""")

D("nl", "care-social", ["health"], """Huisartsenpraktijk De Linde — uitslag laboratoriumonderzoek

Patiënt: ⟦P|Ferhat Doğan⟧, ⟦D|17-06-1974⟧, patiëntnr. ⟦N|0092381⟧
Aanvrager: ⟦P|F. Ritsema⟧, huisarts

Glucose nuchter     8,4 mmol/l   (H)
HbA1c               58 mmol/mol  (H)
eGFR                >90 ml/min
Cholesterol totaal  6,1 mmol/l   (H)

Conclusie: passend bij diabetes mellitus type 2. Graag afspraak bij de praktijkondersteuner.""")

D("en", "care-social", ["health"], """MEDICATION ADMINISTRATION RECORD — Rosemount Care Home, Room 14
Resident: ⟦P|Dorothy Fairclough⟧   DOB: ⟦D|02.05.1933⟧   NHS no: ⟦N|485 777 3456⟧

Donepezil 10 mg   night    given ⟦P|Kasia M.⟧ 21:05
Sertraline 50 mg  morning  given ⟦P|Abi R.⟧ 08:12
Paracetamol 1 g   PRN      refused
Allergies: codeine (vomiting)""")

D("nl", "care-social", ["health", "religion"], """Zorgplan thuiszorg — dhr. ⟦P|Abdelkader Ziani⟧ (82)

Wensen en gewoonten: eet alleen halal; wil graag voor het middaggebed (rond 13.30 uur) geholpen worden met de wassing. Zoon ⟦P|Samir⟧ (⟦T|06-41 27 88 30⟧) is eerste contactpersoon.
Zorg: steunkousen aan/uit, wondzorg linker onderbeen (ulcus cruris), 2x per week douchen.""")

D("en", "care-social", ["ethnicity", "health"], """Child in Need plan — review

Child: ⟦P|Kairo Bennett-Walsh⟧, born ⟦D|12/04/2017⟧
Ethnicity (as recorded by mother): Mixed – White and Black Caribbean
Mother: ⟦P|Stacey Walsh⟧

⟦P|Kairo⟧'s attendance has improved to 91 %. Mother continues to engage with the domestic abuse support service. ⟦P|Kairo⟧ still has night terrors; CAMHS referral accepted, first appointment 3 June.
Social worker: ⟦P|Tunde Bakare⟧""")

D("nl", "family-notice", [], """Met grote droefheid, maar dankbaar voor alles wat hij voor ons betekend heeft, geven wij kennis van het overlijden van mijn lieve man, onze vader en opa

⟦P|Hendrik Jan (Henk) Oosterveld⟧

* Zwolle, ⟦D|3 maart 1939⟧        † Kampen, 12 februari 2025

⟦P|Aaltje Oosterveld-Kamphuis⟧
⟦P|Gerrit⟧ en ⟦P|Marja⟧
    ⟦P|Lars⟧, ⟦P|Tim⟧

Correspondentieadres: ⟦A|Oudestraat 201, 8261 CL Kampen⟧""")

D("en", "family-notice", ["genetic"], """New DNA match! 🧬

⟦P|Jennifer Hale⟧ (managed by ⟦P|jhale_family_tree⟧)
Shared DNA: 412 cM across 19 segments
Predicted relationship: 1st cousin – 1st cousin once removed
Your shared ancestors: ⟦P|Thomas Hale⟧ (1921–1998) and ⟦P|Ivy Parsons⟧ (1924–2011)

Message ⟦P|Jennifer⟧ to compare trees.""")

D("en", "travel-identity", ["health"], """Special assistance request — flight EI 603 DUB–LIS, 18 May

Passenger: Mrs ⟦P|Aoife Brennan⟧
Booking reference: ZT4K8P
Assistance type: WCHS (cannot manage steps, can walk short distances)
Medical note: passenger has a pacemaker — please hand-search at security, no walk-through scanner.
Contact: ⟦T|+353 87 214 9930⟧""")

D("nl", "travel-identity", [], """Eurostar — reisbevestiging
Reiziger 1: ⟦P|VAN DER HEIJDEN Sanne⟧ — paspoort ⟦N|NXR41P8F7⟧
Reiziger 2: ⟦P|VAN DER HEIJDEN Mats⟧ — ID-kaart ⟦N|IH9T2K3L5⟧
Amsterdam Centraal 08:16 → London St Pancras 12:17, za 12 april
Coach 11, zitplaatsen 63 en 64
Betaald met Visa ⟦C|4917 6305 8214 3770⟧""")

D("en", "vehicle-logistics", ["criminal"], """Driver record check — ⟦P|Craig Mitchell Morgan⟧
Licence number: ⟦N|MORGA712265CM9IJ⟧
Date of birth: ⟦D|26/12/1975⟧
Endorsements: DR10 (driving with alcohol level above limit), conviction date 04/08/2022, 17 months disqualification
Result: not eligible for company vehicle until 2027.""")

D("nl", "vehicle-logistics", [], """Wagenpark Gemeente Dalfsen — servicebussen

⟦K|VJK-49-P⟧  Iveco Daily      buitendienst (⟦P|Harry⟧)
⟦K|V-318-TB⟧  Renault Kangoo   bode
⟦K|8-VLH-22⟧  Toyota Hilux     gladheidsbestrijding
⟦K|BX-RT-07⟧  Mitsubishi L200  begraafplaats (⟦P|Jan-Willem Schuurman⟧)""")

D("nl", "legal-notarial", ["criminal"], """OPROEPING VERDACHTE

Het Openbaar Ministerie roept ⟦P|Kevin Roelofsen⟧, geboren op ⟦D|14 september 2001⟧ te Arnhem, wonende ⟦A|Rosendaalseweg 412, 6822 KV Arnhem⟧, op om te verschijnen ter terechtzitting van de politierechter in de rechtbank Gelderland op 3 juni 2025 om 09.30 uur.
Parketnummer: ⟦N|05/197442-24⟧
Feit: winkeldiefstal (art. 310 Sr) en bedreiging van een beveiliger.""")

D("en", "legal-notarial", ["health"], """Lasting power of attorney (health and welfare) — extract

Donor: ⟦P|Eileen Margaret Swinburne⟧, ⟦A|3 Heather Court, Hexham NE46 3AS⟧, date of birth ⟦D|19 January 1944⟧
Attorneys: ⟦P|Ruth Swinburne⟧ and ⟦P|Peter Swinburne⟧, jointly and severally
Preferences: "I would prefer to be cared for at home for as long as possible. After my stroke I do not want to be resuscitated if I have another one."
""")

D("en", "association", [], """Netherfield Cricket Club — membership renewal 2025

Member: ⟦P|Ravinder Singh Bhogal⟧ (no. ⟦N|NCC-0218⟧)
Category: Senior playing
Fee: £145.00
Paid by: Amex ⟦C|3794 520183 76455⟧ on 02/02/2025
Emergency contact: ⟦P|Harpreet Bhogal⟧ ⟦T|07958 402 117⟧""")

D("nl", "research", ["political"], """Vrije tekst enquête ‘Inwonerspanel Zaanstad’, vraag 9 (mag de gemeente contact met u opnemen? zo ja, laat gegevens achter)

"ik ben zelf actief lid van de SP hier in Poelenburg en we hebben al 3 jaar een actiecomité tegen de sloop van de flats. Bel me gerust: ⟦P|Erdal Korkmaz⟧, ⟦T|075 - 670 12 33⟧" """)

# negatives
D("en", "general-question", [], """Are home DNA testing kits like the ones sold online covered by the GDPR if the company is based in the US? What happens to my sample after the test?""")

D("nl", "general-question", [], """Mag een moskee of kerk een ledenlijst met adressen en bijdragen bijhouden zonder toestemming van de leden, of valt dat onder een uitzondering?""")

D("nl", "hard-negative", [], """Review Coolblue ★★★★☆ — Philips 3000 series stofzuiger
Zuigt goed, ook op hoogpolig tapijt. Snoer had wel wat langer gemogen. Na 2 weken nog geen problemen. Bezorging ging snel, de bezorger belde netjes een kwartier van tevoren.""")

D("en", "hard-negative", [], """Guest policy — all guests must present a valid passport or national ID card at check-in. We do not store copies of identity documents. Card payments are processed by our payment provider; we never see the full card number. Check-out is at 11:00.""")

D("nl", "hard-negative", [], """Beste {{voornaam}},

Uw auto met kenteken [KENTEKEN] moet vóór [APK_DATUM] weer gekeurd worden. Plan eenvoudig online een afspraak of bel ons via het algemene nummer op de website.

Met vriendelijke groet,
Team Autoservice""")

D("en", "hard-negative", [], """Server started. Windows build 10.0.19045.3803, .NET 8.0.2, listening on :8080 and :8443. Loaded 1,204 routes in 312 ms. Health check OK.""")

D("nl", "hard-negative", [], """Volgens het CBS rekende in 2023 ongeveer 42 procent van de Nederlanders zich tot een kerkelijke gezindte of religieuze groepering. Onder jongeren ligt dat percentage lager, behalve in de Biblebelt.""")

D("en", "hard-negative", [], """TLP:CLEAR — Advisory: a vulnerability in some home routers allows remote code execution. Update the firmware to version 2.4.1.0 or later. No known exploitation in the Netherlands so far.""")

D("nl", "hard-negative", [], """Factuur Schildersbedrijf De Jong & Visser BV
KvK 12345678 · btw NL001234567B01
Factuurnummer 2025-0318 · Opdracht 5520
Te betalen binnen 30 dagen. Bij vragen over deze factuur kunt u terecht bij onze administratie.""")

# --- batch 5 ----------------------------------------------------------------

D("nl", "prompt-paste", [], """maak hier een korte samenvatting van voor de teamleider, zonder technische details

⟦V|TLP:RED⟧ — melding CERT-team 12-03
Medewerker ⟦P|Yvonne Mulders⟧ (afd. Burgerzaken) heeft op een phishinglink geklikt en haar wachtwoord ingevuld: ⟦S|Lente2025!Mulders⟧. Account is geblokkeerd. Inlogpogingen vanaf ⟦IP|194.26.29.113⟧ en ⟦IP|2a0b:7280:200:0:4d1:cbff:fe2e:1a7⟧. Wachtwoord is gereset, MFA opnieuw uitgerold.""")

D("nl", "prompt-paste", [], """Kun je deze notitie inkorten tot een halve A4? Niet doorsturen, is ⟦V|Stg. Geheim⟧.

⟦V|STG. GEHEIM⟧
Aan: de minister
Van: ⟦P|C.M. Verbeek-Hamstra⟧, DGV
Onderwerp: stand van zaken beveiligingsonderzoeken vitale sector

Van de 41 lopende onderzoeken zijn er 9 vertraagd door capaciteitsgebrek bij de AIVD-unit. Het risico bestaat dat vergunningen in het tweede kwartaal niet tijdig kunnen worden verleend.""")

D("en", "prompt-paste", ["sexual"], """Tidy this up into a proper reference, it's for a school governor role:

⟦V|Private and Confidential⟧
'I have known Dr ⟦P|Fiona Mackay⟧ for twelve years, first as a colleague and later as a neighbour. She and her wife ⟦P|Aileen⟧ have run the village youth club since 2016. ⟦P|Fiona⟧ is organised, fair and very good with difficult parents. — ⟦P|Alastair Reid⟧'""")

D("en", "prompt-paste", ["biometric"], """Summarise for the case officer, in plain English:

⟦V|RESTREINT UE/EU RESTRICTED⟧
Subject: ⟦P|HAILE, Yonas Tesfamariam⟧, DOB ⟦D|01.01.1998⟧, Eurodac hit category 1 (fingerprints taken in Italy, Catania, 14.09.2023). Applicant denies having claimed asylum in Italy. Fingerprint comparison confirmed by the national AFIS expert, match score above threshold. Dublin take-back request to be prepared.""")

D("nl", "care-social", ["ethnicity", "health"], """Jeugdzorg — verslag huisbezoek 4 april

Gezin ⟦P|Gebremedhin⟧, ⟦A|Poelenburg 208, 1504 NM Zaandam⟧. Moeder ⟦P|Senait⟧ is van Eritrese afkomst en spreekt Tigrinya; tolk aanwezig via telefoon. Dochter ⟦P|Luwam⟧ (⟦D|22-08-2012⟧) heeft sinds maart hoofdpijnklachten en verzuimt veel. Huisarts heeft doorverwezen naar de kinderarts. Volgende afspraak: 18 april met schoolarts ⟦P|Boersma⟧.""")

D("nl", "association", [], """Uitspraak tuchtcommissie KNVB district West II

Betrokkene: ⟦P|Sergio Rosario⟧, relatienummer ⟦N|BXJK82L⟧, speler VV Rozenburg 1
Wedstrijd: Rozenburg 1 – Spijkenisse 1, 8 maart 2025

De tuchtcommissie acht bewezen dat betrokkene na de wedstrijd de scheidsrechter heeft uitgescholden. Straf: 3 bindende wedstrijden schorsing en een boete van € 45,-.""")

D("en", "association", ["trade_union"], """NEU — Riverside Academy workplace rep contact list (do not circulate)

⟦P|Hannah Okoro⟧ (rep) — ⟦E|h.okoro.neu@gmail.com⟧ — ⟦T|07713 290 045⟧
⟦P|Tom Blakeley⟧ (health & safety rep) — ⟦T|07884 316 652⟧
Members at this school: 34 of 61 teaching staff""")

D("nl", "association", ["trade_union"], """Aan de ledenadministratie van CNV Vakmensen,

Hierbij zeg ik mijn lidmaatschap op per 1 juli, omdat ik met pensioen ga. Mijn lidnummer is ⟦N|4021887⟧. Wilt u de automatische incasso van ⟦I|NL93 INGB 0683 9204 17⟧ stopzetten? Dat is de rekening van mijn vrouw en mij.

Met vriendelijke groet,
⟦P|Jan Willem Postma⟧
⟦A|Sint Jacobsstraat 9, 8911 HS Leeuwarden⟧""")

D("nl", "association", ["political"], """Nieuwe leden afdeling Hof van Twente — maart

- ⟦P|Marieke Scholten⟧, Goor (ingeschreven via website)
- ⟦P|Bert ten Dam⟧, Markelo (overgeschreven van afdeling Hengelo)
- ⟦P|Jorien Nijhuis⟧, Diepenheim — wil graag op de kandidatenlijst voor 2026

Welkomstpakket + uitnodiging ledenvergadering CDA versturen. Contributie via landelijk bureau.""")

D("en", "research", ["sexual", "health"], """Transcript excerpt — study on PrEP uptake, interview 11 (consent form signed by ⟦P|Marcus Oyelaran⟧, 02/04)

INT: How did you first hear about PrEP?
R: From my boyfriend, actually. We'd been together a year and he was already on it. I'm gay, I'd always been careful, but the clinic at ⟦A|56 Dean Street⟧ made it really easy.
INT: Any side effects?
R: A bit of nausea the first fortnight. My kidney function gets checked every three months.""")

D("nl", "hr-people", ["biometric"], """Registratie tijdsregistratie-terminal Kwekerij Van Leeuwen — nieuwe medewerker

Naam: ⟦P|Ionuț Constantinescu⟧
Personeelsnummer: ⟦N|2025-117⟧
Vingerafdruk geregistreerd: rechterwijsvinger, template 2 van 2 opgeslagen op terminal T-03
Backup-identificatie: pincode
Toestemming ingetrokken? nee""")

D("en", "care-social", ["genetic"], """Newborn blood spot screening — result

Baby: ⟦P|Amara Nwachukwu⟧, born ⟦D|28/01/2025⟧, NHS no. ⟦N|943 476 5919⟧
Mother: ⟦P|Chiamaka Nwachukwu⟧

Sickle cell: carrier (FAS). Your baby is a healthy carrier of sickle cell trait and does not have sickle cell disease. Other conditions screened: not suspected. Your health visitor, ⟦P|Gill⟧, will talk this through with you.""")

D("nl", "family-notice", [], """Save the date! 💍

⟦P|Shurandy Martina⟧ & ⟦P|Giselle Rosaria⟧ trouwen op 16 augustus 2025 in Willemstad, Curaçao.
Meer info volgt. Laat ff weten of je erbij bent via ⟦T|+599 9 561 2230⟧ of ⟦E|shurandyengiselle@gmail.com⟧ 🌴""")

D("en", "travel-identity", [], """Hotel registration card — The Kingsley, Edinburgh
Surname: ⟦P|WANG⟧   Given names: ⟦P|Xiaoming⟧
Nationality: CHN   Passport no.: ⟦N|EH4729183⟧
Date of birth: ⟦D|1986-03-09⟧
Arriving from: Amsterdam   Proceeding to: London
Signature: ______""")

D("nl", "vehicle-logistics", [], """Naheffingsaanslag parkeerbelasting — gemeente Utrecht
Kenteken: ⟦K|52-HK-RB⟧
Datum/tijd: 11-03-2025 10:42
Locatie: Oudegracht t.h.v. nr 180
Bedrag: € 76,90 (parkeerbelasting € 4,90 + kosten € 72,00)
Aanslagnummer: 5503.21.44.719
Bezwaar binnen 6 weken, zie achterzijde.""")

D("en", "structured-format", [], """nginx error log — why is this IP hammering the login page?

2025/03/14 02:11:09 [error] 2211#2211: *88412 limiting requests, excess: 10.520 by zone "login", client: ⟦IP|2001:db8:4f2a::17⟧, server: portal.example.org, request: "POST /login HTTP/1.1"
2025/03/14 02:11:09 [error] 2211#2211: *88413 limiting requests, excess: 10.480 by zone "login", client: ⟦IP|2001:db8:4f2a::17⟧, server: portal.example.org, request: "POST /login HTTP/1.1\"""")

D("nl", "legal-notarial", [], """Budgetplan schuldhulp (concept)

Cliënt: ⟦P|Iris Lemmens⟧, ⟦A|Kapelstraat 14 bus 2, 3500 Hasselt⟧ (woont in België, werkt in Maastricht)
BSN: ⟦B|447182900⟧
Inkomen: € 2.140,- netto, gestort op ⟦I|BE64 7350 2819 4652⟧

Vaste lasten: huur € 780, energie € 145, verzekeringen € 212
Aflossing schuldeisers: € 310 per maand, verdeeld naar rato.""")

D("en", "prompt-paste", [], """git push keeps failing with 'Authentication failed', I put the token in the remote url like the docs said:

git remote set-url origin ⟦S|https://sbhattacharya:ghp_R8kQz2LmW5vXn7TyP0aJcD4fUe9HsB1gO3iK@github.com/northfield-labs/pipeline.git⟧

what am i doing wrong""")

D("nl", "prompt-paste", [], """waarom maakt dit geen verbinding?? het werkte gisteren nog

DATABASE_URL = "⟦S|postgresql://zorgapp:Wx7!pRt2qL@10.0.3.7:5432/clientdossier⟧"

foutmelding: connection refused""")

D("en", "prompt-paste", [], """Is this the right format for the SFTP key? Our vendor says it's invalid.

⟦S|-----BEGIN EC PRIVATE KEY-----
MHcCAQEEIBq7Xk2m9RzPtY4cV1sLwN8eJ0aGhD5uF3iQoZ6bKlMnoAoGCCqGSM49
AwEHoUQDQgAE4TqYp0Wm2sVx7LcR9dJk1nB5zHf3gA8eUoK6iQ2rTyXvP4wMs0Nj
b7LhE1aCd9GfR3uK5pZq2tY8wV6xS0nIeA==
-----END EC PRIVATE KEY-----⟧""")

D("nl", "association", [], """Nieuwsbrief Korfbalvereniging De Wieken — maart

👉 De kantine is weer open op zaterdag. Nieuw wifi-wachtwoord: ⟦S|Wieken#Kantine25⟧
👉 Bardienst-coördinator is vanaf nu ⟦P|Petra Hoogland⟧, aanmelden via ⟦E|bardienst@kvdewieken.nl⟧
👉 Gefeliciteerd ⟦P|Jesse⟧ en ⟦P|Fenna⟧ met het halen van de scheidsrechtersopleiding!""")

D("en", "prompt-paste", [], """what does this token contain? got it from the network tab

eyJhbGciOi... no wait full one: ⟦S|eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0NDcxIiwibmFtZSI6IlByaXlhIE5haXIiLCJyb2xlIjoiaHIiLCJleHAiOjE3NDE5OTk5OTl9.kX3bQ9pV7sLm2tR8nY4wZ1cH6jF0gE5uA2dK9oB3iMs⟧""")

# negatives
D("nl", "general-question", [], """Wat is etnisch profileren precies, en mag de politie iemands afkomst vastleggen bij een staandehouding?""")

D("en", "general-question", [], """How do trade union subscriptions through payroll (check-off) work in the UK public sector, and can an employer stop offering it?""")

D("nl", "general-question", [], """Kun je uitleggen hoe de elfproef van een BSN werkt? Geef een voorbeeld met een verzonnen nummer dat juist níet klopt.""")

D("en", "general-question", [], """What counts as special category data in a staff engagement survey? We want to ask about disability and religion but keep it anonymous.""")

D("nl", "hard-negative", [], """We verhuizen in juni van de Johan de Wittlaan naar het kantoor aan het Thorbeckeplein. De vergaderzalen heten voortaan Aletta, Multatuli en Erasmus. Parkeren kan in garage Stadhouderskade.""")

D("en", "hard-negative", [], """We hope the rose garden will open in May. Will the tea room be ready by then? The Baker family trust that funds it meets in June, and the Grace Darling lifeboat museum is also reopening.""")

D("nl", "hard-negative", [], """Weet iemand een goede pizzeria in Breda centrum? Liefst met glutenvrije bodem, want die zoeken we voor een verjaardag van de club 🍕 #breda #foodie""")

D("nl", "hard-negative", [], """Historie Stationsbrug: op 12-03-1987 geopend, in 2004 verbreed. De renovatie loopt van 04-11-2025 tot en met 30-01-2026; in die periode is de brug afgesloten voor auto's. Omleiding via de N348.""")

D("en", "hard-negative", [], """Review: Gazelle Ultimate C380 HMB, frame size 57. Bought in March 2024, 3,200 km so far. Enviolo hub is smooth, Bosch Performance motor is quiet. Frame number and receipt kept for insurance. 4/5.""")

D("en", "hard-negative", [], """Coding notes, round 2: theme 'trust in managers' appears in 14 of 22 transcripts; 'workload' in 19. Merge codes 7 and 9. Check inter-rater agreement (kappa 0.71 last round) before writing up.""")

D("nl", "hard-negative", [], """Recordindeling betaalbestand (vaste breedte)
pos 1-4    volgnummer
pos 5-13   bsn (9 cijfers, elfproef)
pos 14-32  naam, links uitgelijnd, aangevuld met spaties
pos 33-50  iban
pos 51-60  bedrag in centen""")

# --- batch 6 ----------------------------------------------------------------

D("nl", "prompt-paste", [], """klant is boos, schrijf een antwoord namens de webshop, excuses + gratis verzending volgende keer

"ik heb op 2 maart een jas besteld (bestelling 1048-7731) en betaald met mijn maestro ⟦C|6762 0391 8420 5733⟧, geld is afgeschreven maar er is niks gekomen!! bezorgadres was ⟦A|Van Limburg Stirumstraat 40-1, 1051 BB Amsterdam⟧. bel me op ⟦T|06 - 39 72 14 08⟧. ⟦P|Gülsen Arslan⟧" """)

D("en", "travel-identity", [], """Thanks for booking with Lakeland Cottages!

Lead guest: ⟦P|Matthew O'Connell-Baptiste⟧
Cottage: Fell View, 14–21 June 2025
Deposit £250 charged to Mastercard ⟦C|2221-0483-7261-9047⟧
Balance of £890 due 14 May.
Key collection code will be sent 24 hours before arrival to ⟦E|m.oconnell.baptiste@icloud.com⟧.""")

D("nl", "social-forum", ["political"], """Buurtapp De Hoven 🏘️
⟦P|Wilco⟧: Wie heeft al die PVV-posters op het hek van de speeltuin geplakt?? 😡
⟦P|Sandra B⟧: Dat is ⟦P|Gert⟧ van nummer 12, die staat zelf op de lijst voor de deelraad 🤷‍♀️
⟦P|Wilco⟧: Dan mag hij ze ook weer weghalen.""")

D("en", "hr-people", ["trade_union"], """⟦V|PRIVATE & CONFIDENTIAL⟧
Payslip — March 2025
Employee: ⟦P|Nkechi Adebayo-Grant⟧   Payroll no.: ⟦N|PR-55810⟧   NI no.: ⟦N|JT 48 27 61 B⟧

Basic pay                       2,412.50
Tax                             -262.40
National Insurance              -121.08
Pension (LGPS)                  -139.93
UNISON subscription              -16.45
Net pay                        1,872.64""")

D("nl", "family-notice", ["ethnicity"], """Voor de familiereünie in Vught (juli) ben ik de stamboom aan het bijwerken. Mijn opa ⟦P|Johannes Latuperisa⟧ (* ⟦D|5-9-1928⟧, Saparua) kwam in 1951 als KNIL-militair met het gezin naar Nederland; wij zijn van Molukse afkomst aan beide kanten. Wie heeft nog foto's van het woonoord Lunetten? Mail naar ⟦E|familie.latuperisa@gmail.com⟧ — ⟦P|Ferdinand⟧""")

D("en", "association", [], """Alumni update — Class of 2009, St Columba's College

Dr ⟦P|Aisling Byrne⟧ — now a GP in Galway, married ⟦P|Ronan⟧ last year
⟦P|Kieran "Kez" Doherty⟧ — moved to Toronto, ⟦E|kez.doherty@gmail.com⟧
⟦P|Mei Ling Chua⟧ — architect in Singapore
Reunion: Saturday 18 October, old gym, £20 per head.""")

# --- batch 7: more negatives in the new genres ------------------------------

D("nl", "prompt-paste", [], """Herschrijf vriendelijker, het gaat in de wijkkrant:

'Wij constateren dat in uw straat de containers structureel te vroeg aan de weg worden gezet. Dit is niet toegestaan. Bij herhaling volgt handhaving.'""")

D("en", "structured-format", [], """access-controller export, Gate 2, Sunday (no staff on site)

2025-03-16T09:02:11Z GATE=G2-IN BADGE=contractor-14 METHOD=CARD RESULT=GRANTED
2025-03-16T09:02:40Z GATE=G2-IN BADGE=contractor-15 METHOD=CARD RESULT=GRANTED
2025-03-16T13:47:05Z GATE=G2-OUT BADGE=contractor-14 METHOD=CARD RESULT=GRANTED
2025-03-16T13:47:19Z GATE=G2-OUT BADGE=contractor-15 METHOD=CARD RESULT=GRANTED""")

D("nl", "care-social", [], """Uit de bijsluiter: metformine 500 mg. Neem de tabletten in tijdens of direct na de maaltijd, met een half glas water. Bij maag-darmklachten in de eerste weken: niet stoppen maar overleggen met uw arts of apotheker. Stop tijdelijk bij uitdroging of een operatie.""")

# --- batch 8 ----------------------------------------------------------------

D("nl", "prompt-paste", ["genetic", "health"], """Kan je dit in gewone taal uitleggen aan mijn schoonmoeder? Ze snapt de brief niet.

"Geachte mevrouw ⟦P|Kortenhorst⟧, bij het DNA-onderzoek naar erfelijke darmkanker (Lynch-syndroom) is bij u een afwijking gevonden in het MLH1-gen. Uw kinderen hebben 50% kans om deze afwijking ook te hebben. Wij adviseren u elke 2 jaar een coloscopie. Uw dossiernummer bij de afdeling Klinische Genetica is ⟦N|KG-2025-00419⟧."
""")

D("en", "prompt-paste", ["biometric"], """Write a short, friendly confirmation message for this customer:

Customer ⟦P|Desmond Achterberg-Lyle⟧ (customer ID ⟦N|88130472⟧) enrolled in Voice ID on 12 March. His voiceprint has been created and will be used to verify him when he calls ⟦T|0345 712 4488⟧. He asked whether he can delete it later — yes, via the app or by phone.""")

# ==== END OF DOCUMENTS ====

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
