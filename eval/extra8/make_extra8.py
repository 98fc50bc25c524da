#!/usr/bin/env python3
"""Generator and validator of eval/extra8/extra8.jsonl.

An eighth hand-written evaluation set for the gatekeeper. Every document below is
one D(lang, source, special, text) call written by hand; spans are marked inline
as ⟦CODE|value⟧ and the assembler takes each entity's offsets from the running
length of the text it has written. Standard library only, no randomness.

    python3 make_extra8.py [--out FILE] [--stats] [--check-determinism] [--repeats]

--repeats prints, as a review aid, words of PERSON spans that occur again in
the same document outside any span.

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
DEFAULT_OUT = os.path.join(HERE, "extra8.jsonl")

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
    "payroll-roster": "payslips, timesheets, roster swaps, sick notes and verzuim messages, temp-agency placements, salary advances, exit forms",
    "claims-desk": "insurance claims and adjuster notes: car damage, travel, dental, liability, phone theft, household contents",
    "hospitality": "hotel registration cards, booking confirmations, restaurant reservations, rooming and passenger lists, visa invitations",
    "legal-family-debt": "divorce covenants, parenting plans, bailiff and debt-collection letters, summonses, guardianship, wills",
    "research-study": "consent forms, interview transcripts with participant codes, ethics applications, survey free text",
    "contact-centre": "call notes and transcripts with speaker labels, CRM tickets, call-back notes",
    "sports-club": "match and injury reports, disciplinary committee, memberships, transfers, VOG, team apps",
    "auto-garage": "APK reports, garage invoices, lease contracts, traffic fines, bike repairs, taxi and shared cars",
    "code-switch": "mixed-language texts: Dutch with English, Papiamento, Sranan, Turkish or Arabic bits",
    "general-question": "questions about a topic with no person in them",
    "hard-negative": "texts with look-alikes and nothing to label",
}

# Look-alike negatives typed into the texts: each must FAIL its checksum.
NEGATIVE_BSN = ["218504732", "304172961", "987654320"]
NEGATIVE_IBAN = ["NL97INGB0006384173", "NL86RABO0327158864", "BE45068253917467"]
NEGATIVE_CARD = ["4929381047563825", "5264 1809 3725 1438"]
# Belgian national register numbers (rijksregisternummer) in ID_NUMBER spans must
# pass their mod-97 check; these typed look-alikes must fail it.
NEGATIVE_RRN = []

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
    s = re.sub(r"\s", "", s)
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


RRN_SHAPE = re.compile(r"\d{2}\.?\d{2}\.?\d{2}[-.]?\d{3}\.?\d{2}")


def rrn_ok(s):
    """Belgian rijksregisternummer: 97 - (first nine digits mod 97), with a
    leading 2 for people born from 2000 on."""
    d = "".join(c for c in s if c.isdigit())
    if len(d) != 11:
        return False
    chk = int(d[9:])
    return 97 - int(d[:9]) % 97 == chk or 97 - int("2" + d[:9]) % 97 == chk


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
        if ty == "ID_NUMBER" and RRN_SHAPE.fullmatch(v) and not rrn_ok(v):
            bad("rijksregisternummer fails mod 97 %r" % v)
        if ty == "IP_ADDRESS":
            try:
                ipaddress.ip_address(v)
            except ValueError:
                bad("IP does not parse %r" % v)
        if ty == "POSTCODE" and not re.fullmatch(r"[1-9]\d{3} ?[A-Z]{2}", v):
            bad("postcode shape %r" % v)
        if ty == "EMAIL" and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}", v):
            bad("email shape %r" % v)
        if ty == "CONFIDENTIAL" and re.search(r"TLP:(CLEAR|WHITE)", v, re.I):
            bad("public TLP marking labelled %r" % v)
        if ty == "LICENSE_PLATE" and not re.search(r"\d", v):
            bad("plate without digits %r" % v)
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
        if 13 <= n <= 19 and luhn_ok(v) and not covered(ents, m.start(), m.end(), {"CREDIT_CARD", "SECRET", "IBAN"}):
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
    for v in NEGATIVE_RRN:
        if rrn_ok(v):
            problems.append("negative rijksregisternummer passes mod 97: %r" % v)
    alltext = []
    seen = set()
    for i, (lang, source, special, raw) in enumerate(DOCS, 1):
        did = "x8-%04d" % i
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
    for v in NEGATIVE_BSN + NEGATIVE_IBAN + NEGATIVE_CARD + NEGATIVE_RRN:
        if v not in joined:
            problems.append("negative %r does not occur in any text" % v)
    return ("\n".join(lines) + "\n").encode("utf-8"), problems


def repeats(data):
    """Review aid: every word of a PERSON span that occurs again in its document
    outside any span (possible unlabelled later mention)."""
    for line in data.decode("utf-8").splitlines():
        d = json.loads(line)
        words = set()
        for e in d["entities"]:
            if e["type"] == "PERSON":
                for w in re.findall(r"[^\W\d_]{3,}", e["text"]):
                    if w.lower() not in ("van", "der", "den", "het", "ten", "ter"):
                        words.add(w)
        for w in sorted(words):
            for m in re.finditer(r"(?<!\w)%s(?!\w)" % re.escape(w), d["text"]):
                if not covered(d["entities"], m.start(), m.end()):
                    print("REPEAT %s %r at %d" % (d["id"], w, m.start()))


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
    if "--repeats" in argv:
        repeats(data)
    return 0


# ==================================================================== documents

# ---------------------------------------------------------------- hard-negative

D("nl", "hard-negative", [], """Klopt dit bsn wel? 218504732 — het formulier van de uitzendbureau-portal geeft steeds 'ongeldig' maar ik heb het zo overgetypt van een kopie. Hoe werkt die elfproef eigenlijk precies?""")

D("en", "hard-negative", [], """Our payroll test file uses dummy account NL97INGB0006384173 and the validator rejects it. Is that because the check digits are wrong or because ING changed something? It's only test data, no real employee.""")

D("nl", "hard-negative", [], """Sjabloon loonstrook (NIET INVULLEN)
Naam werknemer: [NAAM]
Personeelsnummer: [PERSNR]
BSN: ___________
IBAN: NL__ ____ ____ ____ __
Periode: {{periode}}   Uurloon: € {{uurloon}}
Handtekening: ..........................""")

D("en", "hard-negative", [], """Match report U12 — Hawks 3, Rovers 1. Tidy first half, two goals from set pieces and a late header after a long throw. Keeper made three good saves. Reminder: kit wash rota is on the noticeboard, and training moves to the Astro on Thursday because of the frost.""")

D("nl", "hard-negative", [], """Schadeformulier, toelichting bij vak 12: hier vult u alleen de omstandigheden in (bijv. 'achteruitrijden', 'voorrang niet verleend'). Kenteken en gegevens van de verzekeringsnemer staan in vak 6 en 7. Op de achterkant: schets van de situatie, pijlen voor de rijrichting.""")

D("en", "hard-negative", [], """Booking ref 5XK9QT, flight KL1004 AMS–LHR, gate D7, seat 14C. Order number 304172961 is shown on the invoice but that's our internal reference, not a passport or anything. Can you format this as a short itinerary for the team wiki?""")

D("nl", "hard-negative", [], """Vraag over de Kerstquiz: in welk boek wonen Pippi Langkous, Tommy en Annika in Villa Kakelbont? En wie schreef Kruimeltje? Ik wil er nog drie vragen over Dik Trom en Ot en Sien bij.""")

D("nl", "hard-negative", [], """Het hotel ligt aan de Johan de Wittlaan, tegenover het Anne Frankplein, op loopafstand van het Van Gogh Museum. Parkeren kan in garage Willem Barentsz. Het ontbijt wordt geserveerd in zaal 'Rembrandt' van 7.00 tot 10.30 uur.""")

D("en", "hard-negative", [], """Card number 4929381047563825 keeps failing at the hotel's payment terminal and the receptionist says it isn't valid at all. I copied it from a sample in a training slide, is it even a real number? Just curious how the Luhn check works.""")

D("nl", "hard-negative", [], """Ziekteverzuim Q3 per afdeling (geaggregeerd): Logistiek 6,8 %, Klantcontact 5,1 %, Werkplaats 4,4 %, Kantoor 2,9 %. Gemiddelde meldingsfrequentie 1,2. Langdurig verzuim (> 6 weken): 11 medewerkers, waarvan 5 psychisch gerelateerd. Geen individuele gegevens in dit overzicht.""")

D("en", "hard-negative", [], """Garage: Baker & Sons Motors, Unit 4, Mill Lane Trading Estate. MOT bay 2 out of action until Friday. Job card numbers 88213, 88214 and 88217 moved to bay 1. Parts from Hope Technology arrived, brake discs for the fleet vans still on backorder.""")

D("nl", "hard-negative", [], """Voor de testomgeving van het incassosysteem gebruiken we NL86RABO0327158864 en BE45068253917467. Allebei bewust met een foute controle, zodat de validatie ze afwijst. Zo hoort het toch? 5264 1809 3725 1438 staat ook in de testset als afgekeurde kaart.""")

D("en", "hard-negative", [], """Is 987654320 a plausible National Insurance number? No, I know NI numbers have letters. It's from a spreadsheet column called 'member_ref' that someone imported from the old club system, and half of them look like this. Nobody knows what they mean any more.""")

D("nl", "hard-negative", [], """Programma sportgala: uitreiking van de Bakker-bokaal (gesponsord door Bakkerij Visser) en de De Wit Wisseltrofee, daarna muziek van coverband De Koning & de Keizers. Zaal open 19.30 uur, sportcomplex De Hoop, Burgemeester de Kockstraat.""")

D("en", "hard-negative", [], """Template — Hotel registration card
Guest name: ______________________
Nationality: ______  Passport no.: ______
Date of birth: __ / __ / ____
Car registration: __________
Signature: ______________________  Room: ___""")

# ---------------------------------------------------------------- general-question

D("nl", "general-question", [], """Mag een werkgever bij een ziekmelding vragen wat iemand mankeert? En wat mag een leidinggevende wél vastleggen in het verzuimsysteem?""")

D("en", "general-question", [], """What does a hotel legally have to record on a registration card for non-EU guests in the Netherlands, and how long should it keep the cards?""")

D("nl", "general-question", [], """Hoe lang moet een deurwaarder wachten na een aanmaning voordat hij beslag mag leggen op loon? En geldt de beslagvrije voet ook als iemand in de schuldsanering zit?""")

D("en", "general-question", [], """For a qualitative study on chronic pain, do we need separate consent for quoting participants in publications, or is one consent form enough? Ethics board wants a recommendation.""")

D("nl", "general-question", [], """Wat is het verschil tussen WA, WA+ (beperkt casco) en allrisk bij een autoverzekering als je ruitschade hebt?""")

D("en", "general-question", [], """Can a sports club ask new members about their religion so it can avoid scheduling matches on holy days? Or should we just ask which days they can't play?""")

D("nl", "general-question", [], """Mag een sportvereniging een VOG eisen van alle vrijwilligers, ook van ouders die alleen rijden naar uitwedstrijden? En wat als iemand een oude veroordeling heeft?""")

D("en", "general-question", [], """Our call centre records every call. If a caller mentions their diagnosis during a call about a refund, does the recording become special category data under GDPR article 9?""")

D("nl", "general-question", [], """Hoe werkt het bij een echtscheiding met het pensioen? Wordt dat automatisch verdeeld of moet dat in het convenant?""")

D("en", "general-question", [], """Travel insurance question: are pre-existing conditions like diabetes or epilepsy usually covered if you declare them, and does a pregnancy past 28 weeks count as a pre-existing condition?""")

D("nl", "general-question", [], """Welke gegevens mogen op een loonstrook staan? Moet het BSN er echt op, en het IBAN?""")

D("en", "general-question", [], """What's the typical MOT failure rate for diesel vans over ten years old, and which items fail most often — brakes, emissions or lights?""")

# ---------------------------------------------------------------- payroll-roster

D("nl", "payroll-roster", [], """Kun je deze loonstrook even controleren, volgens mij klopt de reiskostenvergoeding niet:

LOONSTROOK oktober 2026 — Bakkerij Kortekaas B.V.
Werknemer: ⟦P|D.J. (Daan) Kortekaas⟧      Pers.nr: ⟦N|004417⟧
Adres: ⟦A|Lindelaan 17, 5421 GV Gemert⟧
BSN: ⟦B|218504731⟧   Geb.datum: ⟦D|03-04-1998⟧
Uitbetaald op: ⟦I|NL97INGB0006384172⟧
Bruto loon 2.412,00 | Reiskosten 0,00 | Loonheffing 301,18 | Netto 1.944,37""")

D("en", "payroll-roster", [], """hi can u swap my sat 14th close with someone?? i've got a wedding. ⟦P|kasia⟧ said she might but she's off sick this week so maybe ask ⟦P|Dev⟧ or ⟦P|Ollie B⟧. my number if anyone wants to text is ⟦T|07700 912 448⟧ — ⟦P|Marta⟧""")

D("nl", "payroll-roster", ["health"], """Ziekmelding via app — 06-11-2026 07:12
Medewerker: ⟦P|Yusuf Aydın⟧ (⟦N|MW-20931⟧)
Afdeling: Magazijn, ploeg B
Reden (vrij veld): rug weer op slot, kan niet bukken, fysio morgen
Verwachte duur: onbekend
Bereikbaar: ⟦T|06-41 83 27 90⟧
Doorgezet naar: ⟦P|Annelies Groot⟧ (leidinggevende)""")

D("en", "payroll-roster", [], """Timesheet w/c 2 Nov — Bridgewater Temps
Worker: ⟦P|OKONKWO, Chidi⟧   Assignment: Hartley Foods, night shift
Mon 22:00–06:00 8.0 | Tue 22:00–06:00 8.0 | Wed off | Thu 22:00–07:30 9.5 | Fri 22:00–06:00 8.0
Total 33.5 h. Authorised by: ⟦P|G. Pemberton⟧ (shift manager)
NI number: ⟦N|JT 48 27 61 C⟧   Payroll ref: ⟦N|BT-77412⟧""")

D("nl", "payroll-roster", ["health"], """Hoi ⟦P|Ingrid⟧, even voor het rooster: ⟦P|Sanne de Wit⟧ is vanaf 1 december met zwangerschapsverlof, ze is uitgerekend rond 8 januari. Kun jij haar diensten op de kraamafdeling verdelen? ⟦P|Ruud⟧ wil wel extra nachten. Groet, ⟦P|Mirjam⟧""")

D("en", "payroll-roster", [], """Salary advance request
Name: ⟦P|Patrick Mulvaney⟧
Employee ID: ⟦N|E-55802⟧
Amount: £400, to be deducted over Nov and Dec
Reason: car repair
Bank: ⟦I|GB88BARC20325374816295⟧
Approved by line manager: ⟦P|Siobhan Keane⟧ — yes, one-off""")

D("nl", "payroll-roster", [], """Kan iemand dit Excel-stuk omzetten naar een nette tabel?

naam	personeelsnr	contracturen	startdatum
⟦P|Bouzid, Yassir⟧	⟦N|10281⟧	32	01-02-2024
⟦P|Hoekstra, Wiebe⟧	⟦N|10294⟧	24	15-03-2024
⟦P|van den Akker-Smit, Loes⟧	⟦N|10307⟧	36	01-06-2025
⟦P|Nguyen, Thi Lan⟧	⟦N|10311⟧	20	01-09-2025""")

D("nl", "payroll-roster", ["health"], """Verslag bedrijfsarts — terugkoppeling aan werkgever (alleen functionele beperkingen)
Werknemer: mevr. ⟦P|R. Sewdien⟧ → spreekuur 12-11-2026
Beperkingen: niet langer dan 2 uur achter elkaar beeldschermwerk, geen nachtdiensten. Verwachting: opbouw in 6 weken naar 24 uur per week.
Advies: werkplekonderzoek, en gesprek over tijdelijk aangepaste taken.
Casenummer arbodienst: ⟦N|ARB-2026-118734⟧""")

D("en", "payroll-roster", ["health"], """fit note says 'lumbar strain, not fit for work' from 3/11 to 17/11. employee is ⟦P|Gareth Price⟧, warehouse, started only in August. do we pay SSP from day 4 and does he need to do a return to work form? his manager ⟦P|Lyndsey⟧ wants to ring him at home, ⟦T|01443 762 119⟧, is that ok?""")

D("nl", "payroll-roster", [], """Exitformulier
Naam: ⟦P|KARADAĞ, EMRE⟧
Laatste werkdag: 30-11-2026
Reden vertrek: nieuwe baan (dichter bij huis)
Inleveren: laptop, pas ⟦N|P-4471⟧, sleutel kluisje 18
Eindafrekening naar ⟦I|NL72ABNA0481937265⟧
Nieuw adres voor jaaropgave: ⟦A|Vlierstraat 9-bis
7523 KM Enschede⟧""")

D("en", "payroll-roster", [], """Can you write a polite reply? Text from the agency:

'Hi, we have placed ⟦P|Bogdan Kravets⟧ with you from Monday at 06:00. His forklift licence no. is ⟦N|FLT-UA-3391⟧, his phone ⟦T|+48 512 903 774⟧ (Polish number, he has no UK sim yet). He doesn't speak much English, his cousin ⟦P|Taras⟧ will translate first day.'""")

D("nl", "payroll-roster", ["health"], """Re-integratieplan (plan van aanpak) — concept
Werknemer: ⟦P|Thijs Veenstra⟧, geboren ⟦D|19 mei 1981⟧
Eerste ziektedag: 04-08-2026
Probleemanalyse bedrijfsarts: burn-outklachten, slaapt slecht, concentratie beperkt.
Doel: terugkeer eigen functie (planner) binnen 4 maanden.
Week 1–3: 2 x 2 uur, alleen mail en overleg met ⟦P|Marleen⟧
Week 4–8: 4 x 3 uur, geen telefoondienst
Casemanager: ⟦P|Erik-Jan ten Broeke⟧, ⟦E|ejtenbroeke@arbovitaal.nl⟧
Evaluatie: 15-12-2026""")

D("en", "payroll-roster", [], """Performance review notes — ⟦P|Aisha Rahman⟧, customer success
Strengths: calm with angry customers, best CSAT in team (4.8).
Development: delegating, speaking up in planning meetings.
Goals for H1: mentor ⟦P|Tom⟧ and ⟦P|Leila⟧, run the onboarding session.
Reviewer: ⟦P|Mark Holloway⟧. Staff no ⟦N|CS-0917⟧.""")

D("nl", "payroll-roster", ["trade_union"], """Beste salarisadministratie, vanaf december graag mijn contributie voor de FNV inhouden op mijn loon (werkgeversregeling vakbondscontributie). Mijn lidnummer is ⟦N|FNV 4402-1187⟧. Groet, ⟦P|Gerrit Bosma⟧, personeelsnummer ⟦N|3318⟧, Distributiecentrum Zwolle.""")

D("nl", "payroll-roster", [], """jongens rooster wk 47 staat erin. ⟦P|jeroen⟧ en ⟦P|fatima⟧ ruilen do/vr. wie heeft de sleutel van de kassa gehad vr avond?? ⟦P|stijn⟧ zegt ⟦P|noor⟧ maar die was er niet. graag even reageren in de groep""")

D("en", "payroll-roster", ["health"], """Exit interview summary — ⟦P|Daniel Osei-Bonsu⟧ (left 31 Oct)
Main reasons: no progression, long commute. Said the night shifts made his sleep apnoea worse and that he'd asked twice for day shifts, which wasn't picked up. Would consider returning in a day role. Interviewer: ⟦P|Hannah Lowe⟧, HR.""")

D("nl", "payroll-roster", [], """Overzicht voorschot vakantiegeld, pasteversie:
⟦N|20417⟧;⟦P|Dijkstra⟧;⟦P|J.⟧;⟦I|NL13ASNB0709312846⟧;350,00
⟦N|20433⟧;⟦P|El Idrissi⟧;⟦P|M.⟧;⟦I|NL17KNAB0258374619⟧;275,00
Controleer svp of de bedragen kloppen met de aanvragen.""")

D("en", "payroll-roster", ["religion"], """Rota note: ⟦P|Imran⟧ asked to finish at 17:30 on Fridays during Ramadan so he can get to the mosque for iftar, ⟦P|Becky⟧ is happy to cover. ⟦P|Imran⟧ will do the Sunday early instead. — ⟦P|Sue⟧""")

D("nl", "payroll-roster", [], """Jaaropgave 2025 opnieuw aanvragen: ⟦P|Winston Pinas⟧, geb. ⟦D|11-07-1969⟧, BSN ⟦B|304172960⟧. Graag sturen naar ⟦E|w.pinas69@ziggo.nl⟧, ik ben verhuisd en heb hem nooit gekregen. Dank u.""")

D("en", "payroll-roster", ["criminal"], """HR note, confidential between us: agency worker ⟦P|Liam Carragher⟧ was removed from site on 9 Nov after security found him with stolen stock in his car. Police were called, he was arrested and released on bail. Do NOT re-book him. Agency contact ⟦P|Kerry⟧ informed.""")

# ---------------------------------------------------------------- claims-desk

D("nl", "claims-desk", [], """Schademelding auto — ingevuld via website
Verzekeringnemer: ⟦P|Hendrik-Jan Smeets⟧
Polisnummer: ⟦N|AV-3318207⟧
Kenteken eigen voertuig: ⟦K|GV-418-T⟧
Tegenpartij: mw. ⟦P|L. Wouters⟧? kenteken ⟦K|8-TKN-52⟧
Datum/tijd: 02-11-2026, ca. 17.40 uur, rotonde Heerlerbaan
Omschrijving: tegenpartij reed zonder te kijken de rotonde op, schade aan rechter voorscherm en koplamp.
Contact: ⟦T|06 2839 4410⟧ / ⟦E|hj.smeets@kpnmail.nl⟧""")

D("en", "claims-desk", ["health"], """Travel claim — medical expenses abroad
Policyholder: ⟦P|Rachel O'Donoghue⟧, DOB ⟦D|22/09/1987⟧, policy ⟦N|TRV-IE-0492871⟧
Incident: fractured left wrist after a fall on a ferry ramp in Crete, 14 Aug. Treated at Chania General, cast fitted, follow-up at home.
Costs: €640 hospital, €85 taxi, €210 rebooked flight.
Pay to: ⟦I|DE97370400440532871694⟧ (my partner's account, ⟦P|Jonas Brenner⟧)""")

D("nl", "claims-desk", ["health"], """Beste ⟦P|Ilse⟧, kun je deze machtigingsaanvraag tandarts voor me afmaken?

Patiënt: ⟦P|Demi van Ooijen⟧, relatienr. zorgverzekeraar ⟦N|884120337⟧
Behandeling: implantaat 36 na extractie wegens wortelfractuur; tandarts ⟦P|D. Goedhart⟧, AGB ⟦N|12041873⟧
Begroting: € 2.180,40""")

D("en", "claims-desk", [], """Adjuster note — claim HH-2026-09731 (escape of water)
Visited ⟦A|14 Ashcombe Road, Bristol BS7 9QE⟧ on 12/11 with the insured, Mr ⟦P|Faisal Qureshi⟧. Leak from upstairs bathroom, ceiling partly down, laminate lifted. Loss adjuster: ⟦P|Nick Ferris⟧. Insured's mobile ⟦T|07813 220 956⟧. Reserve set at £6,500.""")

D("nl", "claims-desk", [], """Hoi, mijn telefoon is gestolen in de trein (Intercity Utrecht–Zwolle). Aangifte gedaan, nummer in de bijlage. Toestel: iPhone 14, IMEI 35 391110 204817 6. Mijn polis is ⟦N|GV-22918-K⟧. Groetjes ⟦P|lotte brouwer⟧ ⟦T|0612 73 90 41⟧""")

D("en", "claims-desk", [], """Liability claim letter, please tidy up:

Dear Sir/Madam, on 28 October my daughter slipped on a wet floor at your store on Market Street, there was no sign. Her glasses broke (£189). I enclose the receipt. Please pay to sort code 20-32-53 account 74816295 or ⟦I|GB88BARC20325374816295⟧.
Yours, ⟦P|Angela Whitcombe⟧
⟦A|Flat 3, 22 Ropewalk, Nottingham NG1 5DU⟧""")

D("nl", "claims-desk", ["health"], """Letselschade — intake telefoon 10-11
Cliënt: ⟦P|Soufiane Achahbar⟧, ⟦D|14-02-1993⟧
Aanrijding als fietser door bestelbus (⟦K|VJZ-83-R⟧) op de ⟦A|Kanaalweg 12⟧ in Utrecht — nee, kruising Kanaalweg/Vleutenseweg, huisnummer weet hij niet zeker.
Letsel: gebroken sleutelbeen, whiplashklachten, 3 weken niet gewerkt (koerier).
Dossier: ⟦N|LS-26-0417⟧""")

D("en", "claims-desk", [], """Claim form (OCR'd):
NAME OF INSURED  ⟦P|WILLIAMS, MARK ANTHONY⟧
POLICY No  ⟦N|MTR 7710 4492⟧
VEHICLE REG  ⟦K|WK19 HDZ⟧
DRIVER AT TIME  same as insured
DESCRIPTION  reversing in supermarket carpark hit bollard, rear bumper + sensor
PHONE  ⟦T|+44 7947 301 882⟧""")

D("nl", "claims-desk", [], """Inboedelclaim na inbraak, ⟦A|Prinses Irenestraat 44
2871 HT Schoonhoven⟧. Weg: laptop, sieraden van mijn moeder, 2 fietsen (framenrs op de facturen). Verzekerde: ⟦P|C.M. Rijnders-van Vliet⟧, polis ⟦N|INB-557213⟧. Schade-expert ⟦P|A. Hoogendoorn⟧ komt donderdag.""")

D("en", "claims-desk", ["health"], """Cancellation claim: I had to cancel our Lisbon trip because I was admitted to hospital with pneumonia two days before departure. Discharge letter attached. Booking was in my name, ⟦P|Priya Nair⟧, with my husband ⟦P|Arjun⟧. Membership no. ⟦N|AVC-90217746⟧. Refund please to the card we booked with, ending 4471.""")

D("nl", "claims-desk", [], """Reactie op uw schadeclaim (conceptbrief, graag vriendelijker maken):

Geachte heer ⟦P|Brouwers⟧,
Wij hebben uw claim onder dossiernummer ⟦N|AS-0893317⟧ beoordeeld. De schade aan de garagedeur valt niet onder de dekking omdat de deur al langer defect was. Een eventueel bezwaar kunt u binnen 6 weken indienen.""")

D("en", "claims-desk", [], """Dental insurance — claim breakdown pasted from the portal:
Member: ⟦P|Zhou Xinyi⟧  Member ID: ⟦N|DNT-3390-18⟧
Date of service  Code  Description  Billed  Paid
07/10/2026  D1110  cleaning  $120  $120
07/10/2026  D0274  bitewings (4)  $85  $68
21/10/2026  D2392  resin filling, 2 surf.  $210  $168""")

D("nl", "claims-desk", ["criminal"], """Interne notitie fraudeonderzoek (niet naar klant): claimant ⟦P|Dennis Overbeek⟧ (polis ⟦N|AV-2290113⟧) heeft binnen een jaar drie keer 'diefstal' van een e-bike gemeld. Politie bevestigt dat tegen hem aangifte loopt wegens verzekeringsfraude bij een andere maatschappij. Uitkering opschorten, dossier naar SIU.""")

D("en", "claims-desk", [], """Hi, I'm calling about the hail damage, ⟦P|Jonathan Baker⟧ here. Reg ⟦K|LD71 OXF⟧. The assessor was meant to come Tuesday. Can someone ring me on ⟦T|020 7946 0182⟧ after 4? Thanks""")

D("nl", "claims-desk", [], """Reisverzekering — bagage vertraagd KLM, 3 dagen zonder koffer in Kaapstad. Bonnetjes van kleding en toiletspullen in bijlage (R 2.340). Verzekerden: ⟦P|Bram⟧ en ⟦P|Femke Koning⟧, ⟦A|De Savornin Lohmanlaan 8, Den Haag⟧. Uitkeren op ⟦I|NL10INGB0003915827⟧ t.n.v. ⟦P|F. Koning⟧.""")

# ---------------------------------------------------------------- hospitality

D("nl", "hospitality", [], """Gastenregistratie Hotel De Zeeuwse Stromen
Achternaam: ⟦P|WIJNBERG⟧   Voornaam: ⟦P|HANNEKE⟧
Adres: ⟦A|Oude Singel 3A, 4331 EC Middelburg⟧
Nationaliteit: NL   ID-kaart: ⟦N|IZ4KR78P2⟧
Aankomst 20-11 — vertrek 23-11, kamer 214
Kenteken: ⟦K|R-617-VB⟧ (parkeerkaart 9)""")

D("en", "hospitality", [], """Booking confirmation #HX-448192
Guest: Mr & Mrs ⟦P|D. Fairweather⟧
Check-in: Fri 5 Dec 2026 (from 15:00) — Check-out: Sun 7 Dec
Room: Superior Double, sea view, breakfast incl.
Card guarantee: ⟦C|5264 1809 3725 1437⟧ exp 08/28
Contact: ⟦E|dfairweather@btinternet.com⟧, ⟦T|07723 418 005⟧""")

D("nl", "hospitality", ["health"], """Reservering za 29/11 19.00 — 6 pers. — naam ⟦P|Bulut⟧, tel ⟦T|06 49 27 13 80⟧. Let op: mevrouw ⟦P|Bulut⟧ heeft coeliakie, echt glutenvrij (aparte pan!). Zoontje ⟦P|Emir⟧ notenallergie, heeft epipen bij zich. Tafel bij het raam als het kan.""")

D("en", "hospitality", [], """Rooming list — Linden Choir tour, Kraków, 12–15 March
Room 301 (twin): ⟦P|HUGHES Bethan⟧ / ⟦P|MORGAN Carys⟧
Room 302 (twin): ⟦P|DAVIES Rhian⟧ / ⟦P|PRICE-JONES Eleri⟧
Room 303 (single): ⟦P|WATKINS Gareth⟧
Room 304 (double): ⟦P|EVANS Owain⟧ + ⟦P|EVANS Sioned⟧
Tour leader mobile: ⟦T|+44 7392 118 604⟧""")

D("nl", "hospitality", [], """Visumuitnodiging (concept) — graag naar het Engels vertalen:

Hierbij nodig ik, ⟦P|Gökhan Erdem⟧, wonend ⟦A|Generaal Bothastraat 61, 5642 NK Eindhoven⟧, mijn neef ⟦P|Serkan Erdem⟧ (paspoort ⟦N|U 18473920⟧, geboren ⟦D|02.05.2001⟧ in Kayseri) uit voor een bezoek van 10 tot 31 juli 2027. Ik zorg voor onderdak en kosten.""")

D("en", "hospitality", [], """Passenger manifest (extract) — ferry Holyhead–Dublin, sailing 08:55
Seq  Surname  Forename  DOB  Vehicle
014  ⟦P|BRENNAN⟧  ⟦P|Aoife⟧  ⟦D|17/03/1990⟧  ⟦K|192-D-48813⟧
015  ⟦P|BRENNAN⟧  ⟦P|Cillian⟧  ⟦D|04/11/2018⟧  —
016  ⟦P|MACLEOD⟧  ⟦P|Hamish⟧  ⟦D|29/06/1962⟧  ⟦K|SN68 WFL⟧""")

D("nl", "hospitality", [], """kan je dit bericht aan de gast netter maken? 'hoi meneer ⟦P|de Haan⟧, uw kamer is klaar maar de parkeergarage is vol, u kan aan de overkant bij de Jumbo staan. wifi is Hotel-Gast en het wachtwoord ⟦S|Duinroos2026!⟧. ontbijt tot 10u. gr ⟦P|Nadia⟧ receptie'""")

D("en", "hospitality", ["religion"], """Special requests for the wedding party (Grand Hotel, 18 April):
- ⟦P|Aaron Goldfarb⟧ and ⟦P|Miriam Goldfarb⟧: strictly kosher meals, they keep Shabbat so no electronic key cards, please provide a manual key for room 112.
- ⟦P|Ravi⟧: vegetarian.
Contact for the party: ⟦P|Leah Rosen⟧, ⟦E|leah.rosen@protonmail.com⟧""")

D("nl", "hospitality", [], """Boarding pass (tekst uit de app):
PASSAGIER ⟦P|VERMEULEN/KRISTOF⟧ MR
VAN BRU NAAR AMS  VLUCHT SN3421  DATUM 24NOV
STOEL 12A  GROEP 3  GATE A61
Flying Blue nr ⟦N|2841 903 117⟧
E-ticket 082 4917362881""")

D("en", "hospitality", [], """Guest complaint, please draft a reply: 'We stayed in room 408 from 2–4 Nov, the shower didn't work and the night manager was rude. I expect a partial refund to my Amex ⟦C|374258169304526⟧. Dr ⟦P|Sandra Lovell⟧' — sorry that should be without Dr. Her reservation ref is 9928-TQ.""")

D("nl", "hospitality", [], """Camping De Veluwse Hoeve — inschrijving seizoensplaats 2027
Hoofdhuurder: ⟦P|Gerda Hulshof-Klein Koerkamp⟧, ⟦D|7 januari 1958⟧
⟦A|Markeweg 22, 7241 RP Lochem⟧
Plaatsnummer 47, caravan + voortent. Auto: ⟦K|56-KLT-3⟧.
Betaling per incasso: ⟦I|NL02RABO0153827469⟧""")

D("en", "hospitality", ["health"], """Hi, booking for 3 nights under ⟦P|Okafor⟧ (ref 55A-2210). My mum ⟦P|Ngozi Okafor⟧ uses a wheelchair and is on dialysis on the Tuesday, so we need an accessible ground-floor room and a taxi to the Royal Free at 7am. My number ⟦T|+234 803 555 0192⟧. — ⟦P|Chinedu⟧""")

D("nl", "hospitality", [], """Groepslijst schoolreis Berlijn, paspoorten gecontroleerd:
1. ⟦P|Amir Haddad⟧ — ⟦N|NW7K2L9P1⟧
2. ⟦P|Lieke Schouten⟧ — ⟦N|NS3PR8T41⟧
3. ⟦P|Daan van 't Hof⟧ — ID ⟦N|IR8F2N6T5⟧
4. ⟦P|Mila Janković⟧ — Servisch paspoort, nr ⟦N|011839472⟧
Begeleiders: meester ⟦P|Bas⟧ en juf ⟦P|Ayla⟧""")

# ---------------------------------------------------------------- legal-family-debt

D("nl", "legal-family-debt", [], """ECHTSCHEIDINGSCONVENANT (uittreksel)
De ondergetekenden:
1. ⟦P|Marco Antonius Verhoeven⟧, geboren te Tilburg op ⟦D|12 augustus 1979⟧, wonende ⟦A|Ringbaan-Oost 233, 5013 CD Tilburg⟧, hierna: de man;
2. ⟦P|Chantal Petronella Verhoeven-Lambregts⟧, geboren te Oisterwijk op ⟦D|3 maart 1982⟧, wonende ⟦A|Kerkstraat 7, 5061 EG Oisterwijk⟧, hierna: de vrouw;
komen het volgende overeen. Art. 4: De man betaalt aan de vrouw een partneralimentatie van € 640,- per maand, bij vooruitbetaling, op rekening ⟦I|NL86RABO0327158846⟧.""")

D("nl", "legal-family-debt", [], """Ouderschapsplan — afspraken over ⟦P|Julia⟧ (⟦D|14-06-2015⟧) en ⟦P|Sem⟧ (⟦D|02-10-2018⟧)
Hoofdverblijf bij moeder (⟦P|Esther Bloem⟧). Vader (⟦P|Koen de Groot⟧) heeft de kinderen om het weekend van vrijdag 17.00 tot zondag 18.00 en de helft van de vakanties. Kinderalimentatie € 285 per kind per maand. Evaluatie jaarlijks in juni, eventueel met mediator mr. drs. ⟦P|Vos⟧.""")

D("nl", "legal-family-debt", [], """AANZEGGING TOT BETALING — GERECHTSDEURWAARDERSKANTOOR Van Dam & Roelofs
Aan: de heer ⟦P|T. Boukhari⟧
⟦A|Jan van Galenstraat 112-III
1056 CB Amsterdam⟧
Dossiernummer: ⟦N|VDR-2611-08273⟧
Hoofdsom € 1.248,60, rente € 46,11, kosten € 185,00. Wij verzoeken u binnen 2 dagen te betalen op ⟦I|NL69ABNA0569213748⟧ o.v.v. het dossiernummer, anders gaan wij over tot beslag op uw loon of uitkering.""")

D("en", "legal-family-debt", [], """Letter before action — please make this less aggressive:

To ⟦P|Kevin Doherty⟧, ⟦A|58 Cromwell Terrace, Belfast BT7 1GT⟧
Account ref ⟦N|LBA/66109/KD⟧. You owe £2,317.45 for unpaid invoices to Castlereagh Skips Ltd. If not paid within 14 days we will issue a claim in the County Court without further notice.""")

D("nl", "legal-family-debt", ["health"], """Verzoekschrift onderbewindstelling en mentorschap — concept
Betrokkene: ⟦P|Wilhelmina (Mien) Hogenboom⟧, ⟦D|30-01-1941⟧, verblijvend in verpleeghuis De Lisdodde, ⟦A|Rietkraag 2, 1704 SZ Heerhugowaard⟧.
Grond: betrokkene heeft vergevorderde alzheimer en kan haar financiële en persoonlijke belangen niet meer zelf behartigen.
Verzoeker: ⟦P|Ton Hogenboom⟧ (zoon), ⟦T|072 571 40 88⟧.
BSN betrokkene: ⟦B|162938573⟧""")

D("en", "legal-family-debt", ["religion"], """Extract from the will of ⟦P|Harjit Singh Dhillon⟧ (dated 2 May 2024): I wish my body to be cremated according to Sikh rites at the gurdwara in Southall, and that my son ⟦P|Manpreet Singh Dhillon⟧ and my daughter ⟦P|Amandeep Kaur⟧ act as executors. I leave £5,000 to the langar fund of Sri Guru Singh Sabha.""")

D("nl", "legal-family-debt", [], """DAGVAARDING (kantonrechter)
Eiser: Woonstichting Veldzicht
Gedaagde: mevrouw ⟦P|A.E.M. Lubbers⟧, wonende ⟦A|Kastanjelaan 30, 6991 AB Rheden⟧
Zaaknummer: ⟦N|11290344 CV EXPL 26-5183⟧
Vordering: ontruiming wegens huurachterstand van zes maanden. Zitting op woensdag 14 januari 2027 om 10.00 uur.""")

D("nl", "legal-family-debt", [], """Volmacht
Ik, ondergetekende ⟦P|Rachid el Haddouchi⟧, geboren ⟦D|05-09-1966⟧ te Nador, BSN ⟦B|471203853⟧, machtig hierbij mijn dochter ⟦P|Salma el Haddouchi⟧, ⟦E|salma.elhaddouchi@gmail.com⟧, om namens mij contact op te nemen met de Belastingdienst, de SVB en mijn bank.
Plaats: Gouda   Datum: 17-11-2026""")

D("en", "legal-family-debt", ["criminal"], """Family court position statement (mother): The father, ⟦P|Shane Fitzgerald⟧, was convicted in 2023 of assault against me and is subject to a restraining order until June 2027. I ask that contact with ⟦P|Ellie⟧ (⟦D|19/02/2019⟧) be supervised only, at the contact centre. — ⟦P|Nicola Fitzgerald⟧""")

D("nl", "legal-family-debt", ["health"], """Budgetplan schuldhulp — intake 13-11-2026
Cliënt: ⟦P|Jerrel Zeefuik⟧, ⟦A|Bijlmerdreef 1040, 1103 AR Amsterdam⟧, cliëntnr ⟦N|SHV-77381⟧
Inkomen: WW € 1.612; per 1 januari waarschijnlijk WIA i.v.m. hartfalen.
Schulden: DUO € 8.400, CJIB € 612 (3 boetes), zorgverzekeraar € 1.980, Vodafone € 340.
Vaste lasten: huur € 788, energie € 160.""")

D("en", "legal-family-debt", [], """Lasting power of attorney — attorneys section
Attorney 1: ⟦P|Bridget Anne Kavanagh⟧, born ⟦D|8 March 1972⟧, ⟦A|3 Orchard Close, Taunton TA1 4RZ⟧, ⟦E|bridget.kavanagh@outlook.com⟧
Attorney 2: ⟦P|Declan Kavanagh⟧, born ⟦D|15 November 1975⟧, same address.
Donor: ⟦P|Margaret Kavanagh⟧.""")

D("nl", "legal-family-debt", [], """Kun je deze brief voor me checken? Ik wil een betalingsregeling voorstellen.

Aan incassobureau Flanderijn, uw kenmerk 77120983.
Ik ben ⟦P|Wendy Kuipers⟧ en ik woon op ⟦A|Dorpsstraat 41a, 8251 AA Dronten⟧. Ik kan € 50 per maand betalen vanaf december, van rekening ⟦I|NL79TRIO0390156284⟧. Mijn telefoon ⟦T|0321-318 204⟧.""")

D("nl", "legal-family-debt", ["criminal"], """Beslagexploot — proces-verbaal van de deurwaarder, samenvatting: op 11-11-2026 ben ik, ⟦P|J.P. Kroon⟧, gerechtsdeurwaarder, verschenen aan het adres ⟦A|Hoofdstraat 18, 9231 AC Surhuisterveen⟧. Schuldenaar ⟦P|Sietse Kooistra⟧ weigerde toegang; politie gevraagd. De schuldenaar is vervolgens aangehouden wegens bedreiging van de deurwaarder.""")

# ---------------------------------------------------------------- research-study

D("nl", "research-study", [], """Toestemmingsformulier deelname onderzoek 'Werken na kanker'
Ik heb de informatiebrief gelezen en doe vrijwillig mee. Ik mag op elk moment stoppen.
Naam deelnemer: ⟦P|Gonny Teunissen⟧
Handtekening: ⟦P|G. Teunissen⟧   Datum: 09-11-2026
Deelnemersnummer (door onderzoeker in te vullen): ⟦N|WNK-041⟧
Naam onderzoeker: dr. ⟦P|I. Mahabier⟧""")

D("en", "research-study", ["health"], """Interview transcript P07 (pseudonymised), chronic pain study, 04/11/2026
INT: How does the pain affect your work?
P07: I'm a bus driver, so sitting eight hours with the fibromyalgia is... some days I just can't. My manager, ⟦P|Colin⟧, he's been decent, he moved me to mornings.
INT: [note: participant named manager — redact before analysis]
P07: And my wife, ⟦P|Julie⟧, she does most of the shopping now.
Participant code: ⟦N|CPS-P07⟧""")

D("nl", "research-study", [], """Open antwoorden enquête 'Tevredenheid thuiszorg' (vraag 14: opmerkingen):
- R112: prima, altijd op tijd
- R113: de zuster ⟦P|Petra⟧ is een schat maar de invallers weten niks
- R118: bel mij maar terug ⟦T|06 31 20 98 77⟧ dan leg ik het uit, ⟦P|H. Doornbos⟧
- R121: geen opmerkingen""")

D("en", "research-study", [], """Ethics application, section 7 (data management): Participants will be identified by codes only (e.g. HK-01 to HK-30). The key linking codes to names and contact details will be kept by the PI, Dr ⟦P|Wei Zhang⟧ (⟦E|w.zhang@lborough-research.ac.uk⟧), on an encrypted university drive, and destroyed 5 years after publication. No special category data will be collected except health status, which is needed for the research question.""")

D("nl", "research-study", ["health", "sexual"], """Transcript interview R-22 (studie PrEP-gebruik), fragment:
I: Hoe ben je met PrEP begonnen?
R: Via de GGD, na een soa-test. Mijn vriend ⟦P|Thomas⟧ gebruikt het al langer, dus ik dacht, ja.
I: En hoe reageerde je omgeving?
R: Mijn moeder weet niet eens dat ik met een man samenwoon.
[Respondent: ⟦P|Jeroen Mulder⟧, ⟦E|jeroen.m@posteo.nl⟧ — sleutelbestand, niet delen]""")

D("en", "research-study", [], """Survey free text Q9 'Anything else?':
'Loved the workshop!!'
'please stop emailing me, ⟦E|bev.harrington@gmail.com⟧'
'The facilitator (⟦P|Anil⟧?) went too fast in part 2'
'n/a'""")

D("nl", "research-study", ["genetic", "health"], """Excel-export cohort, tabblad 'inclusies' (gekopieerd):
studienr	naam	geb.datum	CFTR-mutatie	FEV1 %
⟦N|CF-018⟧	⟦P|Lotte Bakker⟧	⟦D|21-03-2004⟧	F508del/F508del	62
⟦N|CF-019⟧	⟦P|Youssef Tahiri⟧	⟦D|08-12-1999⟧	F508del/G551D	71
Waarom staan de namen hier nog in? Die moesten in het sleutelbestand.""")

D("en", "research-study", ["political"], """Focus group notes, 'local democracy' project, group 3 (Leeds): Participant 3 (⟦P|Yasmin⟧, councillor's assistant) said she has been a Labour Party member for ten years and canvasses every election. Participant 5 (⟦P|Gordon Firth⟧) said he had stopped voting altogether. Moderator: ⟦P|Ruth Akers⟧.""")

D("nl", "research-study", [], """Vraag aan de chatbot: kun je deze codering controleren? Wij gebruiken codes als D-SUR-03 voor deelnemers uit Suriname en D-TUR-07 voor Turkse deelnemers. Is dat eigenlijk wel handig, omdat je dan al iets over de herkomst zegt? Er staan geen namen bij.""")

D("en", "research-study", ["ethnicity", "religion"], """Participant information sheet returned with note: 'Happy to take part. I'm British Bangladeshi and Muslim so I hope that's the kind of person you want for the study on health screening. Call me on ⟦T|07455 190 263⟧ any evening. ⟦P|Rukhsana Begum⟧, ⟦A|41 Plashet Grove, London E6 1AD⟧'""")

D("nl", "research-study", ["health"], """Logboek veldwerk, dag 3: huisbezoek bij deelnemer ⟦N|OUD-112⟧ (mevr. ⟦P|Jacobs⟧ — ja ik weet het, naam hoort hier niet). Ze is sinds haar heupoperatie bijna niet meer buiten geweest, dochter ⟦P|Karin⟧ doet boodschappen. Vragenlijst half afgenomen, rest volgende week.""")

# ---------------------------------------------------------------- contact-centre

D("nl", "contact-centre", [], """Gespreksnotitie klantenservice energie — 12-11 09:47
Agent: ⟦P|Robin⟧ (team Noord)
Klant: dhr. ⟦P|G.H. van Leeuwen⟧
Klantnummer: ⟦N|2004719388⟧
Vraag: voorschot te hoog sinds zonnepanelen. Voorschot verlaagd van € 184 naar € 121. Bevestiging gemaild naar ⟦E|ghvanleeuwen@hetnet.nl⟧.""")

D("en", "contact-centre", [], """[Transcript — call 00:04:12]
AGENT (⟦P|Kayleigh⟧): Thanks for calling Northway Broadband, can I take your account number?
CUSTOMER: Yeah it's ⟦N|NW-88120457⟧.
AGENT: And can you confirm the first line of your address?
CUSTOMER: ⟦A|12 Hollins Road⟧, erm, Oldham.
AGENT: Lovely, and your name?
CUSTOMER: ⟦P|Darren Scholes⟧.
AGENT: Thanks ⟦P|Darren⟧, I can see the outage on your exchange, engineers are on it.""")

D("nl", "contact-centre", ["health"], """Terugbelnotitie: mevrouw ⟦P|Çelik⟧ belde huilend, haar man ⟦P|Mehmet Çelik⟧ ligt sinds zaterdag in het ziekenhuis na een herseninfarct en zij kan niet bij de bankzaken. Graag terugbellen over volmacht, ⟦T|06-18 27 36 45⟧, liefst na 14 uur. Klantnr ⟦N|81-447120⟧.""")

D("en", "contact-centre", [], """Ticket #553812 — status: pending customer
Customer: Ms ⟦P|Leonie Achterberg⟧ (NL, speaks English)
Issue: charged twice for order 40091 on card ⟦C|4532 0187 3645 2195⟧.
Steps: refund of €79.95 raised, ref RF-22871. Advised 5–7 working days.
Notes: customer asked to delete her account after refund, DSR form sent to ⟦E|l.achterberg@kpnplanet.nl⟧.""")

D("nl", "contact-centre", [], """Chat met webcare, kun je samenvatten wat er is afgesproken?

[14:02] Klant: hoi mn pakket is weer niet bezorgd, staat wel 'bezorgd' in de app
[14:03] ⟦P|Jesse⟧ (webcare): Vervelend! Mag ik je postcode en huisnummer?
[14:03] Klant: ⟦Z|3521 BJ⟧ 88
[14:05] ⟦P|Jesse⟧ (webcare): Ik zie het, de bezorger heeft hem bij nr 86 afgegeven. Ik zet een onderzoek uit. Mag ik je naam?
[14:05] Klant: ⟦P|samira el ouali⟧""")

D("en", "contact-centre", ["health"], """Vulnerable customer flag added — 11/11/2026
Customer: ⟦P|Edward Pryce⟧, account ⟦N|WTR-4410937⟧, ⟦A|7 Chapel Row, Merthyr Tydfil CF47 8AN⟧
Reason: customer is registered blind and has early-stage dementia; his daughter ⟦P|Carol Pryce⟧ (⟦T|07876 540 211⟧) is the nominated contact. Send bills in large print / audio.""")

D("nl", "contact-centre", [], """Transcript (automatisch, ongecorrigeerd) klantcontact verzekeraar:
agent goedemiddag u spreekt met ⟦P|lisa⟧ waarmee kan ik u helpen
klant ja hallo met ⟦P|frank van der wal⟧ ik bel over mijn auto
agent heeft u uw polisnummer bij de hand
klant ja dat is ⟦N|w a 7 7 3 1 0 9⟧
agent en uw geboortedatum ter controle
klant ⟦D|twaalf oktober negentienvijfenzestig⟧""")

D("en", "contact-centre", [], """Callback list — Tuesday (pasted from CRM)
Name | Phone | Reason
⟦P|Fiona McBride⟧ | ⟦T|0141 496 0732⟧ | meter reading dispute
⟦P|Jamal Haddad⟧ | ⟦T|+44 (0)7700 900 318⟧ | direct debit change
⟦P|Tomasz Wróbel⟧ | ⟦T|07700900561⟧ | moving house, new address TBC
⟦P|Will⟧ from the letting agency | ⟦T|0161 850 2299⟧ | landlord query""")

D("nl", "contact-centre", [], """Klacht telefonisch (samenvatting voor de teamleider): mevrouw ⟦P|Tjon-A-Fong⟧ uit Paramaribo belde over de pensioenuitkering van haar overleden moeder ⟦P|Elfriede Tjon-A-Fong⟧, die na het overlijden nog twee maanden is doorbetaald. Ze wil het terugbetalen maar heeft geen Nederlandse rekening. Haar e-mail: ⟦E|tjonafong.m@sr.net⟧.""")

D("en", "contact-centre", ["criminal"], """Call note (fraud team): caller said his son, ⟦P|Ryan Leckie⟧, had taken his bank card and been arrested for using it at several cash machines. Caller ⟦P|Stuart Leckie⟧ wants the card cancelled and the disputed withdrawals refunded. Police ref given verbally, not recorded. Card ⟦C|4929 3810 4756 3824⟧ blocked.""")

D("nl", "contact-centre", [], """Wat vind je van deze standaard openingszin voor onze medewerkers? 'Goedemorgen, u spreekt met [voornaam] van [bedrijf]. Mag ik uw klantnummer en postcode?' En moeten ze de geboortedatum ook vragen?""")

# ---------------------------------------------------------------- sports-club

D("nl", "sports-club", ["health"], """Blessureregistratie JO17-1
Speler: ⟦P|Noah Verbeek⟧ (⟦D|23-04-2010⟧), KNVB relatienr ⟦N|BXKL73T⟧
Wedstrijd: thuis tegen VV Rillandia, 8 nov, 63e minuut
Letsel: verdraaide rechterknie, vermoeden voorste kruisband, naar SEH Bergen op Zoom.
Ouder gebeld: ⟦P|Marieke Verbeek⟧, ⟦T|06 55 10 27 84⟧
Ingevuld door: ⟦P|Henk Schrauwen⟧ (trainer)""")

D("en", "sports-club", [], """Team sheet — Ashfield Ladies v Moreton, Sun 16 Nov, KO 10:30
1 ⟦P|Hope Daley⟧ (GK)  2 ⟦P|Kelsey Rowe⟧  4 ⟦P|Mia Baker⟧  5 ⟦P|Rose Adeyemi⟧ (c)  7 ⟦P|Jess Mark⟧  9 ⟦P|Willow Ashby⟧  10 ⟦P|Grace Ng⟧
Subs: ⟦P|Amber Lyons⟧, ⟦P|Poppy Hart⟧
Meet at the clubhouse 9:45, bring the away kit. Hope it doesn't rain.""")

D("nl", "sports-club", ["criminal"], """Tuchtzaak — uitspraak (samenvatting)
Betrokkene: ⟦P|Mustafa Yıldırım⟧, speler ZVV De Meeuwen, relatienummer ⟦N|CRPT41X⟧
Feit: na afloop van de wedstrijd van 1 november de scheidsrechter, ⟦P|Arjan Pronk⟧, met de vuist in het gezicht geslagen. Aangifte bij de politie gedaan.
Straf: 18 maanden uitsluiting van alle voetbalactiviteiten.""")

D("en", "sports-club", [], """New member form — Riverside Rowing Club
Full name: ⟦P|Eilidh Ross⟧
DOB: ⟦D|02/08/2001⟧
Address: ⟦A|19 Bruntsfield Place
Edinburgh EH10 4HN⟧
Emergency contact: ⟦P|Callum Ross⟧ (brother) ⟦T|07912 448 310⟧
Membership: student, £95/yr — direct debit from ⟦I|GB88BARC20325374816295⟧""")

D("nl", "sports-club", [], """hey allemaal, de carpool voor zaterdag naar Drachten: ⟦P|Hylke⟧ rijdt (⟦K|HR-773-P⟧), plek voor 3. ⟦P|wietske⟧ en ⟦P|jorrit⟧ gaan met ⟦P|Doutzen⟧'s moeder. wie mist er nog? vertrek 8.15 bij de kantine. gr ⟦P|Sjoerd⟧""")

D("en", "sports-club", ["health"], """Concussion log (HIA) — Saracens U16 v Wasps U16
Player: ⟦P|Ethan Blake⟧, #12, DOB ⟦D|11-05-2010⟧
Incident: head-on-head in tackle, 34 min. Dazed, unsteady. Removed from play, did not return.
Follow-up: GRTP protocol, no contact for 21 days, GP letter needed.
First aider: ⟦P|Tanya Kirkwood⟧. Parent informed: ⟦P|Lisa Blake⟧ by phone.""")

D("nl", "sports-club", [], """Verzoek overschrijving: ⟦P|Kacper Nowicki⟧, speler van RKSV Halsteren, wil per 1 januari naar onze club. Geboren ⟦D|17-08-2007⟧, sportlinknummer ⟦N|DJGS55B⟧. Contributieschuld bij vorige club: geen. Nieuwe adres: ⟦A|Steenbergsestraat 14, 4611 TE Bergen op Zoom⟧.""")

D("en", "sports-club", ["ethnicity"], """Incident report to the county FA: during our U14 game on 8 Nov a parent from the away side shouted racist abuse at our striker ⟦P|Kwame Asante⟧, calling him a monkey and telling him to 'go back to Africa'. ⟦P|Kwame⟧ is of Ghanaian heritage and was born in Croydon. Witnessed by referee ⟦P|Dave Pickering⟧ and our coach ⟦P|Neil Hart⟧.""")

D("nl", "sports-club", [], """VOG-aanvraag vrijwilligers — nog niet binnen:
- ⟦P|Bert Visser⟧ (jeugdtrainer, aangevraagd 3/10)
- ⟦P|Nathalie Sno⟧ (kantine)
- ⟦P|Jan-Willem de Koning⟧ (scheidsrechter O11)
Wie het niet voor 1 december heeft, mag niet meer met de jeugd. Vragen? ⟦E|vog@vvdetoekomst.nl⟧""")

D("en", "sports-club", ["religion"], """Coach's note: ⟦P|Yusuf⟧ and ⟦P|Adam Hussain⟧ will be fasting for Ramadan during the spring league, so training drinks break at sunset for them on Thursday evenings. Also ⟦P|Levi Cohen⟧ can't play Saturday mornings (Shabbat), please pick him for Sunday fixtures.""")

D("nl", "sports-club", [], """Wedstrijdverslag Zaterdag 3 — HSV Baarn 2 - DOS '37 3 (2-2)
Na een slappe eerste helft kwamen we met 0-2 achter. Na rust wissels: ⟦P|Roel Storm⟧ erin voor ⟦P|Mats⟧. ⟦P|Storm⟧ maakte in de 70e minuut de aansluitingstreffer, ⟦P|Thijs de Bruin⟧ kopte uit een corner de gelijkmaker binnen. Er stond veel storm, dus lange ballen waren geen optie. Man of the match: ⟦P|de Bruin⟧.""")

D("en", "sports-club", ["health"], """gym induction notes: ⟦P|Carlos Mendes⟧, 46, type 1 diabetic, carries glucose tabs, had a hypo once on the treadmill at his old gym. Avoid fasted sessions, check in with him before HIIT class. Emergency contact wife ⟦P|Ana⟧ ⟦T|07411 093 552⟧.""")

D("nl", "sports-club", ["sexual"], """Aanmelding gezinslidmaatschap tennisvereniging
Lid 1: ⟦P|Ingrid Haverkamp⟧, ⟦E|ingrid.haverkamp@icloud.com⟧
Lid 2: ⟦P|Floor Haverkamp-Nijland⟧ (mijn vrouw)
Kinderen: ⟦P|Pien⟧ (9)
Adres: ⟦A|Zonnebloemweg 5, 7461 JN Rijssen⟧
Incasso van ⟦I|NL36SNSB0927364518⟧""")

D("en", "sports-club", [], """Ladies darts league results, week 9: Red Lion A 5–2 Crown & Anchor, The Plough 4–3 Bell Inn, King's Head 6–1 Rose & Crown. Highest checkout 132. Next week: captains' meeting at the Plough, 7pm, bring the fees.""")

# ---------------------------------------------------------------- auto-garage

D("nl", "auto-garage", [], """APK-keuringsrapport
Kenteken: ⟦K|HG-902-X⟧   Merk/type: Volkswagen Polo 1.0 TSI
Eigenaar (volgens opdracht): ⟦P|R. Oosterhuis⟧, ⟦T|050-318 47 22⟧
Afgekeurd: remschijven achter onder minimum, ruitenwisser rechts.
Advies: banden voor binnen 6 mnd vervangen.
Keurmeester: ⟦P|P. Wubs⟧, keurmeesternr ⟦N|KM-208813⟧""")

D("en", "auto-garage", [], """Invoice 2026-1184 — Hope Street Motors Ltd
Customer: Mrs ⟦P|J. Penhaligon⟧ (⟦P|Jenna⟧)
Vehicle: Ford Fiesta, reg ⟦K|WF17 KXA⟧, 61,204 miles
Labour: timing belt kit 3.5h £227.50; water pump £88.00; coolant £18.40
Total inc VAT £400.68. Paid by card ending 2219.""")

D("nl", "auto-garage", [], """Leasecontract private lease (uittreksel)
Lessee: ⟦P|Priscilla Doerga⟧, geboren ⟦D|09-10-1990⟧, rijbewijsnr ⟦N|5412908763⟧
⟦A|Laan van Meerdervoort 512, 2563 AV Den Haag⟧
Voertuig: Kia Niro EV, kenteken ⟦K|S-803-NP⟧
Looptijd 48 mnd, 10.000 km/jr, € 429 p/m, incasso ⟦I|NL34BUNQ2037461852⟧""")

D("en", "auto-garage", [], """Penalty Charge Notice PCN ⟦N|HX47720915⟧
Vehicle ⟦K|LT69 RUX⟧ was parked in a bus lane on Wood Green High Rd at 08:14 on 06/11/2026.
Registered keeper: ⟦P|Abdirahman Warsame⟧, ⟦A|Flat 8, 201 Lordship Lane, London N17 6NB⟧.
Pay £65 within 14 days (discount). To appeal, write within 28 days.""")

D("nl", "auto-garage", [], """Beschikking CJIB — kun je uitleggen wat ik moet doen?
Kenteken: ⟦K|74-ZKT-1⟧
Overtreding: snelheid 62 km/u waar 50 km/u toegestaan (gecorrigeerd 59)
Datum: 28-10-2026 16:47, ⟦A|Amsterdamseweg 230, Arnhem⟧ — dat is toch niet mijn route?
Kenteken staat op naam van ⟦P|Lambertus (Bert) Hermsen⟧, ik ben zijn dochter ⟦P|Anouk⟧ en reed die dag wel.""")

D("en", "auto-garage", [], """hiya, bike's ready!! new chain, cassette, brake pads, tubeless setup. £186. pick up any time before 6. it's under ⟦P|rob kowalczyk⟧ on the tag, number on file ⟦T|07954 331 908⟧ — ⟦P|Tash⟧ @ Spokes & Co""")

D("nl", "auto-garage", ["health"], """Valys-rit aanvragen voor mijn vader: ⟦P|Johannes Kloosterman⟧, pasnummer ⟦N|VAL-2213870⟧. Hij zit in een rolstoel (niet opvouwbaar) sinds zijn beroerte. Ophalen ⟦A|Esdoornlaan 11, 9501 VB Stadskanaal⟧ op 3 december 9.00 uur, naar het UMCG. Begeleider: ikzelf, ⟦P|Hennie⟧, ⟦T|0599 61 32 04⟧.""")

D("en", "auto-garage", ["criminal"], """Fleet manager note: van ⟦K|YD21 BNK⟧ was seized by police on Friday after our driver ⟦P|Lee Hardcastle⟧ failed a roadside drug test; he's been charged with drug driving and his licence (no. ⟦N|HARDC804127L99TK⟧) will be suspended. Remove him from the insurance and the rota.""")

D("nl", "auto-garage", [], """Deelauto-app, ritgegevens (gekopieerd voor mijn declaratie):
Gebruiker: ⟦P|tim.dejong⟧ / ⟦E|tim.dejong@tudelft-student.nl⟧
Auto: Toyota Yaris ⟦K|K-142-ZR⟧, opgehaald Mijnbouwstraat, Delft
Start 08:02 — einde 19:44, 146 km, € 71,20
Betaald met ⟦C|5355 2201 7463 9819⟧""")

D("en", "auto-garage", [], """Could you write a review for this garage? Owner ⟦P|Bill Mason⟧ and his son sorted my clutch in a day. Mason & Son Autos, Leeds. I'm ⟦P|Harriet⟧, a regular for ten years.""")

D("nl", "auto-garage", [], """Werkorder 55812 — Autobedrijf Gebr. de Wit
Klant: ⟦P|WIT, H. DE⟧ (toevallig geen familie)
Kenteken ⟦K|VN-381-G⟧, Opel Combo bestel
Werk: grote beurt, distributieriem, airco vullen
Klaar: do 14.00. Bellen naar ⟦T|+31 6 27 48 11 93⟧""")

D("en", "auto-garage", [], """Insurance quote request — drivers:
Main: ⟦P|Sunil Varghese⟧, DOB ⟦D|30/06/1984⟧, full UK licence 12 yrs, licence no ⟦N|VARGH806304S99AB⟧
Named: ⟦P|Deepa Varghese⟧, DOB ⟦D|12/01/1987⟧
Car: Skoda Octavia estate ⟦K|KY20 VHZ⟧, kept on drive at ⟦A|27 Elm Grove, Reading RG1 5JT⟧""")

# ---------------------------------------------------------------- code-switch

D("nl", "code-switch", ["health"], """Bon dia tia ⟦P|Ruthsela⟧! Mi ta bai bisita bo djaweps. Mama no ta bon, e dokter a bisa ku su suku ta hopi haltu, diabetes. Ze ligt nu in het ziekenhuis in Willemstad. Kun je ⟦P|Jurensly⟧ bellen? Su number ta ⟦T|+599 9 561 2280⟧. Danki! ⟦P|Shurandy⟧""")

D("nl", "code-switch", [], """Fa waka? Mi o kon na yu oso tamara. Adres is ⟦A|Kraaiennest 88, 1104 CE Amsterdam⟧ toch? ⟦P|Ricardo⟧ e tyari a sturu. Bel me ff ⟦T|0644192873⟧ als je thuis bent. Grantangi ⟦P|Sharon⟧""")

D("en", "code-switch", [], """Hey team, quick heads-up: onze nieuwe collega ⟦P|Pieter-Jan Vandenbroucke⟧ starts Monday. He'll sit with ⟦P|Femke⟧ in the Gent office. Zijn mail is ⟦E|pj.vandenbroucke@lagrange-consult.be⟧, phone ⟦T|+32 475 18 29 06⟧. Please add him to the Teams channels, merci!""")

D("nl", "code-switch", ["religion"], """Abla merhaba! ⟦P|Elif⟧'in düğünü için: we rijden vrijdag om 16.00 vanuit Deventer. Nikah is in de Ulu Camii zaterdag na het middaggebed, ⟦P|Elif⟧ en ⟦P|Burak⟧ willen dat iedereen erbij is. Annem neemt baklava mee. ⟦P|Zeynep⟧""")

D("en", "code-switch", [], """Could you translate this Dutch bit for our English landlord? 'Beste meneer ⟦P|Harrison⟧, de verwarming doet het nog steeds niet. Wij wonen op ⟦A|Nieuwe Binnenweg 201-B, 3021 GD Rotterdam⟧. Kunt u de monteur sturen? ⟦P|Ayesha⟧ en ⟦P|Bilal Chaudhry⟧'""")

D("nl", "code-switch", [], """Yallah jongens, kleine update over het Syrische eten voor het buurtfeest: ⟦P|Rami⟧ maakt kibbeh, ⟦P|um Khaled⟧ de fattoush. Inshallah is het droog. Wie kan tafels halen bij ⟦P|Guus⟧? Zijn nummer: ⟦T|06 14 28 33 90⟧.""")

D("en", "code-switch", ["political"], """Forwarding for the newsletter — written half in Papiamento, sorry: 'Mi ta kandidato pa e partido MFK na elekshon di 2027.' In English: ⟦P|Giselle Maduro-Rojer⟧ is standing as a candidate for MFK in the 2027 Curaçao elections, and she will speak at our community evening in Rotterdam on 12 December.""")

D("nl", "code-switch", [], """Bericht van mijn Oekraïense buurvrouw, kun je het vertalen? 'Добрий день! Мене звати ⟦P|Оксана Мельник⟧. Мій номер ⟦T|+380 67 412 3390⟧, нова адреса ⟦A|Stationsweg 4, 8911 AH Leeuwarden⟧.' Ze wil weten waar ze zich moet inschrijven.""")

D("en", "code-switch", ["health"], """lol my Dutch is so bad. ok so doktersassistente ⟦P|Marloes⟧ said 'u heeft een afspraak voor de uitstrijkje op 4 december' — I think it's the smear test? my name's ⟦P|Chloe Atkinson⟧ and I'm 28 weeks pregnant so I'm not sure I should even go, can you help me reply in Dutch?""")

D("nl", "code-switch", [], """Ik zoek iemand die Tigrinya spreekt voor de ouderavond. Mijn leerling ⟦P|Awet Tesfamariam⟧ zijn vader ⟦P|Tesfamariam Gebre⟧ spreekt weinig Nederlands. Hun telefoon: ⟦T|06 87 39 12 05⟧. Wie kent een tolk?""")

# ---------------------------------------------------------------- second round (mixed families)

D("nl", "payroll-roster", ["biometric"], """Vraag aan IT: de vingerafdruklezer bij de prikklok herkent ⟦P|Ricardo Martina⟧ (pasnr ⟦N|7731⟧) niet meer sinds hij zijn vinger heeft verbrand. Logregel: 'template match score 0.21 < drempel 0.60, user 7731'. Kunnen we zijn vingerafdruktemplate opnieuw inlezen of een pincode geven?""")

D("en", "hospitality", ["biometric"], """Airport e-gate log (pasted into a complaint): 07:42:13 gate 4 — passport ⟦N|533819204⟧, holder ⟦P|KHAN/AMIRA⟧, face match FAILED (score 0.41), referred to officer. 07:44:50 manual check OK. I was held for 20 minutes and missed my connection, please help me write to the airline. — ⟦P|Amira Khan⟧""")

D("nl", "sports-club", ["biometric"], """Sportschool Fit4All — toegang gezichtsherkenning
Lid: ⟦P|Bas Koopman⟧, lidnr ⟦N|F4A-20391⟧
Gezichtsprofiel aangemaakt 02-11-2026, foto-template opgeslagen. Laatste herkenning: 12-11 06:31 (match 0,97).
Lid wil zijn gezichtsprofiel laten verwijderen en voortaan met een pasje binnen.""")

D("en", "contact-centre", ["trade_union"], """Call note — HR advice line, 10/11: caller ⟦P|Donna Fairclough⟧ (staff no ⟦N|44817⟧) asked whether her Unite rep, ⟦P|Steve Malley⟧, can attend her disciplinary hearing on the 19th. She has been a Unite member for 12 years. Advised yes, companion right applies. Call back on ⟦T|07982 614 337⟧.""")

D("nl", "claims-desk", ["genetic", "health"], """Mag de verzekeraar dit vragen? Bij mijn aanvraag voor een overlijdensrisicoverzekering staat: 'Is bij u erfelijkheidsonderzoek gedaan?' Bij mij is vorig jaar een BRCA1-mutatie gevonden, mijn moeder had borstkanker. Ik ben ⟦P|Renske Hofstede⟧, aanvraagnummer ⟦N|ORV-661209⟧. Moet ik dit invullen?""")

D("nl", "payroll-roster", [], """⟦V|VERTROUWELIJK⟧ — alleen voor HR
Inloggegevens nieuwe salarisportal voor ⟦P|Marjolein Smit⟧:
gebruiker: ⟦E|m.smit@hoveniersbedrijfgroen.nl⟧
tijdelijk wachtwoord: ⟦S|Tulp!8824kx⟧
Eerste keer inloggen vanaf kantoor (⟦IP|192.168.20.14⟧), daarna 2FA instellen.""")

D("en", "contact-centre", [], """Ticket #88130 — suspicious login
User ⟦P|Jamie Okoro⟧ (⟦E|jamie.okoro@brightfield.co.uk⟧) reports he did not log in on 9 Nov. Auth log: 9 Nov 03:12 UTC success from ⟦IP|185.220.101.47⟧ (Tor exit), 03:15 password changed. Account locked, session tokens revoked. Old API key ⟦S|bf_live_7Hq2xLm9Pv4RtZ81nKcW⟧ rotated.""")

D("nl", "legal-family-debt", [], """⟦V|Persoonlijk en vertrouwelijk⟧
Aan mevr. drs. ⟦P|E.J. Postma-Wiersma⟧
Betreft: uw testament — concept van de notaris
Geachte mevrouw ⟦P|Postma⟧, hierbij het concept. U benoemt uw zoon ⟦P|Hidde Postma⟧ tot executeur, en uw kleindochter ⟦P|Jildou⟧ ontvangt een legaat van € 10.000. Graag uw reactie voor 1 december.""")

D("en", "research-study", [], """Hi, before we start: this is the consent form template for the pilot. Please don't fill in real names yet.
Participant name: <NAME>
Participant ID: P-___
Date: dd/mm/yyyy
I agree to my interview being audio-recorded [ ] yes [ ] no
Researcher: {researcher_name}""")

D("nl", "general-question", [], """Mag een hotel een kopie van je paspoort maken bij het inchecken? En geldt dat ook voor Nederlanders?""")

D("nl", "general-question", [], """Hoe zit het met vakbondslidmaatschap en de werkgever: mag mijn werkgever weten dat ik lid ben als ik de contributie via de werkgeversregeling laat lopen?""")

D("nl", "general-question", [], """Wat is een APK-plichtig voertuig precies, en moet een bestelbus elk jaar gekeurd worden?""")

D("nl", "general-question", [], """Mogen sportscholen gezichtsherkenning gebruiken voor de toegang, of is dat verboden onder de AVG zonder uitdrukkelijke toestemming?""")

D("nl", "general-question", [], """Als een onderzoeker bij een enquête vraagt naar etnische afkomst, moet dat dan altijd vrijwillig zijn en moet er een aparte toestemming voor komen?""")

D("en", "general-question", [], """What's the difference between a bailiff and a High Court enforcement officer in England, and can either of them force entry for a council tax debt?""")

D("nl", "hard-negative", [], """Voorbeeld uit de cursus letselschade: 'Jan Modaal (45) fietst over de Dorpsstraat en wordt geschept door een bestelbus.' Dat is een fictieve casus. Welke schadeposten kan Jan Modaal opvoeren? Graag een lijstje.""")

D("nl", "hard-negative", [], """Kentekens in het lesmateriaal van de rijschool zijn allemaal nep, zoals XX-123-X en AB-CD-12? Of kunnen die echt bestaan? Ik wil niet dat iemand met zo'n kenteken last krijgt van ons boekje.""")

D("en", "hard-negative", [], """Quarterly claims summary: 1,284 motor claims (avg £2,930), 412 travel (38 % medical), 97 liability. Fraud referrals: 23. Median time to settle: 19 days. No customer-level data in this deck, aggregates only.""")

D("nl", "hard-negative", [], """Voor de sportclubquiz: in welk stadion speelt Feyenoord? En in welk jaar opende het Abe Lenstra Stadion in Heerenveen? Antwoorden: De Kuip; 1994.""")

D("en", "hard-negative", [], """Ethics committee minutes: five applications reviewed. Two approved, two approved with conditions (data retention, anonymisation of quotes), one deferred. Next meeting 14 January. No participant data was discussed.""")

# ---------------------------------------------------------------- third round (long documents and more categories)

D("nl", "payroll-roster", ["health"], """Kun je dit voortgangsverslag inkorten tot een half A4 voor de eerstejaarsevaluatie (WVP)? Namen mogen erin blijven, het gaat naar het UWV.

Eerstejaarsevaluatie — re-integratie eerste spoor
Werkgever: Zorggroep Het Baken, locatie Emmen
Werknemer: ⟦P|Fenna Lubbers-Mulder⟧, geboren ⟦D|22-11-1976⟧, BSN ⟦B|528390168⟧, personeelsnr ⟦N|HB-06172⟧
Functie: verzorgende IG, 28 uur per week
Eerste ziektedag: 14-11-2025

Verloop. Mevrouw ⟦P|Lubbers⟧ viel uit met een hernia (L5-S1). Na een operatie in februari 2026 volgde een revalidatietraject bij de fysiotherapeut. De bedrijfsarts, ⟦P|H. Zwiers⟧, stelde in maart vast dat tillen boven 10 kg en langdurig staan voorlopig niet mogelijk zijn. Vanaf april werkt zij aangepast: 3 x 4 uur per week op de receptie en in de planning, begeleid door teamleider ⟦P|Gea Kuiper⟧.

Stand nu. Zij werkt 18 van de 28 uur in aangepast werk. Terugkeer in de eigen functie is volgens de bedrijfsarts niet realistisch. Spoor 2 is gestart via re-integratiebureau Werkpad (contactpersoon ⟦P|Oguz Demir⟧, ⟦T|06 20 93 18 74⟧).

Conclusie. Werkgever en werknemer streven naar een passende functie binnen de organisatie (bijv. planner). Volgende evaluatie: 15-01-2027.""")

D("en", "contact-centre", [], """Please summarise this call for the complaints file (long, sorry):

[00:00] AGENT: Good afternoon, Lakeside Housing, you're speaking to ⟦P|Nathan⟧.
[00:03] CALLER: Hi ⟦P|Nathan⟧, it's ⟦P|Margaret O'Neill⟧, I rang last week about the damp.
[00:09] AGENT: Hi ⟦P|Margaret⟧ — can I take your tenancy reference?
[00:12] CALLER: It's ⟦N|LH-0044917⟧.
[00:20] AGENT: Thank you. And the address is ⟦A|Flat 12, Ferrier House, 40 Canal Street, Manchester M1 3HE⟧?
[00:26] CALLER: That's right. The mould in the back bedroom is back, it's black all along the window. My grandson stays over and I don't want him sleeping in there.
[00:41] AGENT: I'm sorry to hear that. I can see a surveyor, ⟦P|Kieran Walsh⟧, visited on the 3rd.
[00:47] CALLER: He looked for five minutes and said open the window. In November!
[00:55] AGENT: I understand. I'll raise a stage one complaint and book a damp specialist. Is ⟦T|0161 496 0841⟧ still the best number?
[01:03] CALLER: Or my mobile, ⟦T|07700 900 772⟧. And email is ⟦E|maggie.oneill47@aol.co.uk⟧.
[01:12] AGENT: Lovely. Complaint ref will come by email within 24 hours. Anything else?
[01:16] CALLER: No, thank you ⟦P|Nathan⟧, you've been very nice about it.""")

D("nl", "legal-family-debt", ["criminal", "health"], """Verslag bewindvoerder aan de kantonrechter (jaarlijkse rekening en verantwoording), toelichting:
Rechthebbende: ⟦P|Dwayne Sabajo⟧, ⟦D|03-06-1994⟧, ⟦A|Zeeburgerdijk 219-2, 1094 AE Amsterdam⟧, zaaknummer beschermingsbewind ⟦N|C/13/702281 / BM RK 24-1190⟧.
In de verslagperiode heeft rechthebbende vier maanden in de PI Almere gezeten na een veroordeling voor heling. Tijdens de detentie is de huur doorbetaald uit de spaarrekening om woonruimte te behouden. Na vrijlating volgt hij een ambulant traject bij de verslavingszorg (cannabis). De leefgeldrekening is ⟦I|NL74RBRB0918273645⟧; leefgeld € 75 per week. Bewindvoerder: ⟦P|Yvonne Brouwer⟧, Bewindvoering Amstel.""")

D("nl", "contact-centre", [], """spraak naar tekst van een voicemail kan je dit netjes maken
hallo met ⟦P|gerrit jan hoogeveen⟧ ik bel over de rekening van de thuiszorg mijn klantnummer is ⟦N|vier twee zeven acht één nul drie⟧ en ik woon op de ⟦A|schoolstraat vijftien in nijverdal⟧ u kunt me terugbellen op ⟦T|nul zes een twee drie vier vijf zes zeven acht⟧ dank u wel""")

D("en", "research-study", ["sexual", "health"], """Interview excerpt, participant L-14 (LGBTQ+ ageing study), 06/11/2026:
'I came out at sixty-two, after my wife died. Now I've got ⟦P|Geoffrey⟧, we've been together four years. The home-care lady, ⟦P|Bernadette⟧, was lovely about it, but the agency sent someone else who wouldn't help me shower once she saw the photos of us.'
Participant key (separate file, do not share): L-14 = ⟦P|Malcolm Reid⟧, ⟦E|m.reid1951@btopenworld.com⟧
[Note: participant has Parkinson's — relevant to care needs section]""")

D("nl", "sports-club", ["political"], """Bestuursmail: ⟦P|Ahmet Öztürk⟧ (penningmeester) staat op nummer 4 van de lijst van GroenLinks-PvdA bij de gemeenteraadsverkiezingen in maart. Hij vraagt of hij in de kantine flyers mag neerleggen. Volgens het huishoudelijk reglement is de club politiek neutraal, dus liever niet. Groet, ⟦P|Willemijn Baarsma⟧, secretaris.""")

D("en", "hospitality", ["ethnicity"], """Complaint draft: 'On 8 November I, ⟦P|Tendai Moyo⟧, was refused entry to your club on Broad Street while my white friends were let in. The doorman said "not tonight, not your sort". I am Black and Zimbabwean-British and I believe this was racial discrimination.' Please make it more formal, addressed to the venue manager.""")

D("nl", "claims-desk", ["trade_union"], """Juridische hulp via de bond: ik ben lid van CNV Vakmensen (lidnr ⟦N|CNV-8820174⟧) en heb een geschil met de verzekeraar over mijn arbeidsongeschiktheidsuitkering. Jurist mr. ⟦P|Loes Harkema⟧ van CNV behandelt het. Kun je een brief opstellen? Mijn naam: ⟦P|Anton Veldkamp⟧, ⟦A|Wilhelminastraat 22, 7671 CC Vriezenveen⟧.""")

D("en", "payroll-roster", [], """Payslip query: hi, this is ⟦P|Rose Baker⟧ from the bakery counter (yes really). My November payslip shows tax code 0T instead of 1257L and I was charged £212 emergency tax. Employee no ⟦N|RB-1207⟧. Could payroll check with HMRC? Thanks, ⟦P|Rose⟧""")

D("nl", "auto-garage", [], """Proces-verbaal van bevindingen? Nee hoor, gewoon de bon van de bandenwissel: ⟦P|Karin Dekker⟧, ⟦K|ZS-119-K⟧, winterbanden gemonteerd, zomerbanden in hotel (locatie C-14). € 35,00. Pin.""")

# ---------------------------------------------------------------- fourth round (short documents)

D("nl", "hospitality", [], """Rooming list bruiloft, kamer 7: fam. ⟦P|Ramdin⟧ (⟦P|Sunita⟧, ⟦P|Vikash⟧ en 2 kinderen), extra bed. Kamer 8: ⟦P|Kishan Bhagwandin⟧. Late aankomst ivm vlucht uit Paramaribo.""")

D("en", "auto-garage", [], """MOT reminder: Your vehicle ⟦K|BX16 TFN⟧ is due its MOT by 30/11/2026. Book online or call Kingsway Garage on ⟦T|01752 224 600⟧. Reply STOP to opt out.""")

D("nl", "claims-desk", [], """Kun je uitleggen wat 'eigen risico per gebeurtenis' betekent bij een opstalverzekering? Ik heb stormschade aan mijn dak en de expert zegt dat ik € 250 zelf betaal.""")

D("nl", "research-study", [], """Dagboekstudie, inzending week 2 (⟦N|DB-031⟧): 'Deze week weer elke ochtend met de fiets. Dinsdag thuisgewerkt. Mijn buurman ⟦P|Kees⟧ heeft me geholpen met de ketting.'""")

D("en", "sports-club", [], """Club AGM notice: the annual general meeting will be held on Thursday 4 December at 19:30 in the clubhouse. Agenda: accounts, subscriptions for 2027, election of officers, any other business. Nominations to the secretary by 20 November.""")

D("nl", "code-switch", ["health"], """Oi ⟦P|Jussara⟧, tudo bem? Even in het Nederlands voor ⟦P|Tessa⟧: mijn broer ⟦P|Thiago⟧ ligt nog in het Erasmus MC met een longontsteking, ik kom vrijdag dus niet werken. Beijos, ⟦P|Larissa⟧""")

D("en", "legal-family-debt", [], """Template letter: 'Dear [Debtor Name], our records show an outstanding balance of £[amount] on account [ref]. Please contact us on [phone] within 14 days.' Can you make it sound less threatening? It's for our small business.""")

D("nl", "payroll-roster", [], """Graag loonbeslag verwerken vanaf december: werknemer ⟦P|Kevin Schouten⟧, personeelsnr ⟦N|2294⟧, beslag door kantoor Bos & Partners, dossier ⟦N|BP-26-33812⟧. Beslagvrije voet volgens brief € 1.712.""")

D("en", "claims-desk", [], """quick q — my claim number is ⟦N|CLM-5518872⟧ and the portal says 'awaiting documents' but I uploaded the repair quote twice. Name on policy ⟦P|Ifeoma Chukwu⟧. can someone check? ta""")

D("nl", "general-question", [], """Is een klantnummer van een energieleverancier eigenlijk een persoonsgegeven, of alleen als je er de naam bij hebt?""")

D("en", "hospitality", [], """Sample data for the booking form demo: guest 'John Doe', phone ⟦T|01632 960000⟧ (Ofcom drama range), email ⟦E|test@example.com⟧, card ⟦C|4000 0000 0000 0002⟧ (Stripe test card). Please make sure none of this looks real in the screenshots.""")

D("nl", "hard-negative", [], """Inventarislijst kantine: 2 koelkasten (Bosch), 1 koffiemachine (Koning Koffie), 40 stoelen, scorebord 'Henk Visser Tribune', bekerkast. Keuringsdatum brandblussers 03-2026.""")

# ---------------------------------------------------------------- fifth round

D("nl", "hospitality", ["religion"], """Hallo, wij boeken de zaal voor de doopviering van onze zoon ⟦P|Jesaja⟧ op zondag 18 januari, na de dienst in de Hersteld Hervormde kerk. Graag geen alcohol op de kaart. Contact: ⟦P|Gerdien van de Kamp⟧, ⟦T|0348-41 92 07⟧, postcode ⟦Z|3445 AN⟧, huisnummer 12.""")

D("nl", "sports-club", ["ethnicity"], """Melding aan de KNVB: tijdens JO19 tegen SV Overvecht is onze speler ⟦P|Ilias Benali⟧ (Marokkaans-Nederlands) door een tegenstander herhaaldelijk uitgescholden voor 'vieze Marokkaan'. Scheidsrechter heeft het niet gehoord, twee ouders wel. Gemeld door ⟦P|Wouter Kamphuis⟧, jeugdcoördinator, ⟦E|jeugd@usvhercules.nl⟧.""")

D("nl", "research-study", [], """Anonimiseer svp deze quote voor het rapport: 'Ik werk al twintig jaar bij de gemeente Zwolle op de afdeling Burgerzaken, ik ben de enige man daar boven de zestig.' Is dit nog herleidbaar, denk je?""")

D("en", "legal-family-debt", ["health"], """Debt relief application — supporting statement: I, ⟦P|Kerry-Ann Whitfield⟧, have been unable to work since March because of severe depression and I'm on Universal Credit. I owe about £9,400 across three credit cards and my overdraft. Date of birth ⟦D|14 July 1991⟧, address ⟦A|22 Sycamore Way, Doncaster DN4 6PQ⟧.""")

D("nl", "auto-garage", ["health"], """CBR-gezondheidsverklaring, mijn moeder vraagt of ze dit goed heeft ingevuld: ⟦P|Aleida Timmerman-Bos⟧, ⟦D|28-09-1949⟧, rijbewijs ⟦N|4928301175⟧. Vraag 'Heeft u suikerziekte?' ja, met insuline. Vraag oogziekte: staar, geopereerd in 2024.""")

D("en", "general-question", [], """Do car lease companies run credit checks on named additional drivers, or only on the main lessee?""")

D("nl", "general-question", [], """Wat moet er minimaal in een echtscheidingsconvenant staan als er geen kinderen zijn en geen koophuis?""")

D("nl", "hard-negative", [], """Rekenvoorbeeld loonheffing 2027: bruto € 3.000, heffingskorting € 3.068 per jaar, arbeidskorting maximaal € 5.599. Personeelsnummer en BSN zijn in dit voorbeeld weggelaten. Uitkomst netto ongeveer € 2.380.""")

# ==== END OF DOCUMENTS ====


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
