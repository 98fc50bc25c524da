#!/usr/bin/env python3
"""Generator and validator of eval/extra7/extra7.jsonl.

A seventh hand-written evaluation set for the gatekeeper. Every document below is
one D(lang, source, special, text) call written by hand; spans are marked inline
as ⟦CODE|value⟧ and the assembler takes each entity's offsets from the running
length of the text it has written. Standard library only, no randomness.

    python3 make_extra7.py [--out FILE] [--stats] [--check-determinism] [--repeats]

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
DEFAULT_OUT = os.path.join(HERE, "extra7.jsonl")

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
    "mail-system": "auto-replies, bounce messages, read receipts, forwarded and quoted mail chains, mailing-list digests",
    "assoc-minutes": "minutes of VvE, MR/OR, carnival and allotment associations, synagogue board, residents' AGM, parish council",
    "quasi-judicial": "disciplinary boards, Huurcommissie, Geschillencommissie, Kifid, ombudsman and examination-board decisions",
    "justice-chain": "probation reports, 112 dispatch logs, prison visit forms, Halt, victim support, custody records",
    "med-artifact": "pharmacy labels, prescriptions, SOAP physio notes, out-of-hours triage, ambulance sheets, lab and dental records",
    "app-telemetry": "wearable and smart-home exports, Sentry events, HAR files, logcat, GraphQL, SQL inserts, crontabs",
    "llm-dialogue": "multi-turn chatbot conversations, system prompts, tool-call JSON, RAG context chunks",
    "scribbles": "to-do lists, post-its, whiteboard photos typed out, fridge notes, kanban cards",
    "civic-political": "polling-station rosters, proxy votes, support declarations, petitions, council speaking slots, donation registers",
    "property-utility": "purchase agreements, land-registry extracts, energy and telecom switching, meter readings, removals",
    "faith-life": "synagogue, mandir, gurdwara and Quaker notices, funeral and cremation forms, bar mitzvah, iftar, hajj groups",
    "edu-admin": "binding study advice, civic-integration exams, work placements, student counsellor notes, trip consent forms",
    "public-appeal": "crowdfunding pages, open letters, letters to the editor, podcast show notes, video comments",
    "gov-marked": "classified and TLP-marked notes: ministerial briefings, CSIRT advisories, EU/NATO working-party notes, UK OFFICIAL-SENSITIVE, Belgian markings",
    "general-question": "questions about a topic with no person in them",
    "hard-negative": "texts with look-alikes and nothing to label",
}

# Look-alike negatives typed into the texts: each must FAIL its checksum.
NEGATIVE_BSN = ["205937182", "482017336", "394851247"]
NEGATIVE_IBAN = ["NL14INGB0004827316", "NL38RABO0318264970", "GB29NWBK60161331926818"]
NEGATIVE_CARD = ["4532018736452196", "5264 1809 3725 1430"]
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
        did = "x7-%04d" % i
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


# ================================================================= documents
# Each D() call is one document, written by hand.
# --- mail-system -------------------------------------------------------------

D("nl", "mail-system", ["health"], """Automatisch antwoord: RE: planning kwartaalrapportage

Bedankt voor je bericht. Ik ben vanwege een operatie aan mijn knie afwezig tot en met 9 januari en lees mijn mail niet. Voor dringende zaken kun je terecht bij mijn collega ⟦P|Ruud Kerkhoffs⟧ (⟦E|r.kerkhoffs@weertsewaterwerken.nl⟧, ⟦T|0495 58 21 40⟧).

Met vriendelijke groet,
⟦P|Ilse Claessens⟧
Teamleider Planning""")

D("en", "mail-system", [], """Delivery Status Notification (Failure)

Your message wasn't delivered to ⟦E|d.oyelaran@brightwater-housing.co.uk⟧ because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <⟦E|d.oyelaran@brightwater-housing.co.uk⟧>: Recipient address rejected: User unknown in virtual mailbox table

Original message headers:
From: ⟦P|Marcus Tennant⟧ <⟦E|marcus.tennant@gmail.com⟧>
Subject: Re: boiler still not fixed - flat 4, ⟦A|19 Calder Street, Wakefield WF1 3JP⟧
Received: from mail-ej1-f49.google.com ([⟦IP|209.85.218.49⟧])""")

D("nl", "mail-system", [], """kun je dit doorgestuurde mailtje korter maken voor de groepsapp?

---------- Doorgestuurd bericht ---------
Van: ⟦P|Wendy Maas⟧ <⟦E|wendymaas1979@hotmail.com⟧>
Datum: do 14 nov. 2024 om 21:07
Onderwerp: Fw: carpool zwemles
Aan: ⟦E|oudersgroep5b@outlook.com⟧

> Op 14 nov. 2024, om 19:52, heeft ⟦P|Joost⟧ het volgende geschreven:
> Ik kan dinsdag rijden maar dan wel vanaf de ⟦A|Pastoor van Arsstraat 22⟧, niet vanaf school.
> ⟦P|Joost⟧

Prima ⟦P|Joost⟧! Dan doe ik donderdag en ⟦P|Samira⟧ vrijdag. Wie heeft er nog een stoelverhoger over? Mijn ⟦P|Fenna⟧ is haar vergeten bij opa.
gr ⟦P|Wendy⟧""")

D("en", "mail-system", ["health"], """Out of office: I'm on maternity leave until September. For anything to do with the Harrogate site please contact ⟦P|Gareth Pryce⟧ on ⟦T|01423 557 301⟧ or ⟦E|gareth.pryce@northdalefoods.co.uk⟧. If it's about invoices, ⟦P|Bev⟧ in accounts can help. Thanks! ⟦P|Lauren⟧""")

D("nl", "mail-system", [], """Leesbevestiging

Uw bericht

  Aan: ⟦P|Gülsen Demirtaş⟧ <⟦E|g.demirtas@woonstichtingdekempen.nl⟧>
  Onderwerp: inschrijving woningzoekende, relatienummer ⟦N|WZ-0448217⟧
  Verzonden: maandag 3 februari 2025 10:12:45 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen

werd gelezen op maandag 3 februari 2025 11:40:02 (UTC+01:00).""")

D("en", "mail-system", ["trade_union"], """[branch-members] Digest, Vol 14, Issue 7

Today's Topics:
   1. Re: picket rota Thursday (⟦P|Aoife Brennan⟧)
   2. ballot result (⟦P|Sunil Varma⟧)

----------------------------------------------------------------------
Message: 1
Date: Tue, 4 Mar 2025 08:14:22 +0000
From: ⟦P|Aoife Brennan⟧ <⟦E|aoife.brennan@gmail.com⟧>
Subject: Re: picket rota Thursday

I can do 7-9 at the main gate. As branch secretary I'll bring the flags. ⟦P|Kwame⟧, are you still bringing the urn?

Message: 2
From: ⟦P|Sunil Varma⟧ <⟦E|sunilv@btinternet.com⟧>
Subject: ballot result

82% yes on a 61% turnout, for members of the branch only. Please don't forward outside the list.
_______________________________________________
branch-members mailing list""")

D("nl", "mail-system", [], """Van: Postmaster
Onderwerp: Onbestelbaar: Factuur 2025-0419 / uw bestelling

De server heeft het bericht niet kunnen afleveren bij de volgende ontvanger: ⟦E|info@hoveniersbedrijfvandijk.nl⟧. Mailbox vol.

Diagnostische informatie voor beheerders:
Genererende server: AM9PR04MB8421.eurprd04.prod.outlook.com
Remote server: [⟦IP|185.107.56.201⟧]""")

D("nl", "mail-system", ["health"], """Kun je van dit mailtje een nette reactie maken naar de school?

> Van: ⟦P|M. Bosschaert⟧ (intern begeleider)
> Verzonden: woensdag 12 maart
> Beste mevrouw ⟦P|Van Gorp⟧, we merken dat ⟦P|Lotte⟧ moeite heeft met lezen. Zou u toestemming willen geven voor een dyslexieonderzoek?

Ja hoor, mag. Ze heeft trouwens ook ADHD, vastgesteld vorig jaar bij het Kempenhaeghe, en slikt sinds januari methylfenidaat. Dat wil ik er wel bij vermelden. Mijn nummer is ⟦T|06 41 28 93 07⟧ als ze me willen bellen. Groetjes ⟦P|Sanne van Gorp⟧""")

D("en", "mail-system", [], """-----Original Message-----
From: ⟦P|Tobias Achterberg⟧
Sent: 21 May 2025 16:03
To: Facilities Team
Subject: parking space swap

Hi all, I've swapped my bay (B14) with ⟦P|Rachel Ombati⟧ from June. My plate is ⟦K|LK19 XTW⟧, hers is ⟦K|YD70 NRE⟧. Could you update the ANPR list? Thanks, ⟦P|Toby⟧

--
Please write a polite two-line acknowledgement I can send back.""")

D("nl", "mail-system", [], """Afwezigheidsmelding: ik ben met ouderschapsverlof op woensdagen. Spoed? App ⟦P|Femke⟧ via ⟦T|06-18273645⟧. Groet, ⟦P|Daan Wubbels⟧ | Gemeente Tytsjerksteradiel | ⟦A|Raadhuisstraat 1, 9251 GN Burgum⟧""")

# --- assoc-minutes -----------------------------------------------------------

D("nl", "assoc-minutes", [], """Maak hier een net verslag van, graag in de vorm van notulen.

ALV VvE Parkflat De Wiekslag, 17 april, 20.00 uur, recreatiezaal
Aanwezig: 23 van de 48 appartementsrechten (zelf of bij volmacht)
Voorzitter: ⟦P|Henk Oosterveld⟧ (nr 12), notulist: ⟦P|Ria Schoemaker⟧ (nr 31)

1. Opening. ⟦P|Henk⟧ heet iedereen welkom, speciaal mevr. ⟦P|Akkerman⟧ die net op nr 7 woont.
2. Lekkage dak: offerte Dakwerken Brinkman €18.400. ⟦P|Tjeerd Bouma⟧ (nr 40) wil een tweede offerte. Aangenomen.
3. Achterstand servicekosten: appartement nr 22 staat €1.130 achter. Kascommissie (⟦P|Gerda Wolters⟧) stuurt herinnering.
4. Rondvraag: lift blijft haperen op de 3e, ⟦P|Ria⟧ belt Kone.
Sluiting 21.45.""")

D("nl", "assoc-minutes", ["health"], """Notulen MR-vergadering Basisschool De Regenboog, 28-01
Aanwezig: ⟦P|Yvonne⟧ (vz, ouder), ⟦P|Karim⟧ (ouder), ⟦P|Anouk Verhoeven⟧ (leerkr.), ⟦P|Bas⟧ (leerkr.)
Afwezig m.k.: ⟦P|Petra Lammers⟧ (leerkr., langdurig ziek - burn-out, vervanging loopt via de pool)

- Formatie volgend jaar: groep 6/7 combineren? ⟦P|Anouk⟧ is tegen, ⟦P|Karim⟧ vraagt om cijfers.
- Schoolreisje: bijdrage blijft €32,50.
- Actiepunt: ⟦P|Yvonne⟧ mailt directeur over luizenpluis.""")

D("en", "assoc-minutes", [], """Minutes of the Annual General Meeting, Elmfield Road Allotment Society
Held: Sunday 9 March, St Oswald's church hall
Present: 31 plot holders. Apologies: ⟦P|Derek Foulds⟧, Mrs ⟦P|Hyacinth Campbell⟧.

Chair (⟦P|Ruth Ainsworth⟧) thanked ⟦P|Stan⟧ for 22 years as treasurer. New treasurer: ⟦P|Imran Qureshi⟧, plot 17.
Water charges up to £12/plot. Bank: society account ⟦I|GB46BARC20005741839265⟧, reference = plot number.
Plot 9 (vacant since Mr ⟦P|Pell⟧ moved) offered to ⟦P|Joanna Wiśniewska⟧ from the waiting list.
AOB: rats by the compost bays again. ⟦P|Ruth⟧ to call the council.""")

D("nl", "assoc-minutes", [], """Verslag bestuursvergadering C.V. De Kuulkes, Venlo, 6 nov.
Aanwezig: ⟦P|Sjra Peeters⟧ (president), ⟦P|Mia Janssen-Hermans⟧ (secretaris), ⟦P|Frenk⟧, ⟦P|Twan Geurts⟧, ⟦P|Leonie⟧
1. Prinsebal 11-11: zaal is geregeld bij 't Wilhelmina. ⟦P|Twan⟧ regelt de kapel.
2. Nieuwe prins: ⟦P|Luuk Hendrikx⟧ (zoon van ⟦P|Sef⟧ van de bakkerij) heeft ja gezegd. Geheim houden tot de uitroeping!
3. ⟦P|Frenk⟧: "Veer mótte noe echt ins nao de kas kieke, de leste kermis koos us vuuls." Begroting volgende keer.
4. Rondvraag: ⟦P|Leonie⟧ vraagt of de jeugdprinses ook op de wagen mag. Jao.""")

D("nl", "assoc-minutes", ["religion"], """Notulen bestuur Joodse Gemeente Noordoost, 3 Tammoez / 9 juli
Aanwezig: ⟦P|Daniël Polak⟧ (vz), ⟦P|Miriam Spier⟧, ⟦P|Arieh van Thijn⟧, ⟦P|Esther de Leeuw-Cohen⟧
1. Minjan op sjabbat: de laatste drie weken niet gehaald. ⟦P|Arieh⟧ belt de vaste bezoekers na.
2. Bar mitswa van ⟦P|Jonathan Spier⟧ (zoon van ⟦P|Miriam⟧) op 14 september; kiddoesj door de familie.
3. Beveiliging: camera bij de ingang ⟦A|Rolderstraat 8⟧ vervangen. Politie wijkagent ⟦P|De Graaf⟧ kijkt mee.
4. Ledenadministratie: mevr. ⟦P|Rosa Boas⟧ (92) overleden; condoleance namens de gemeente.""")

D("en", "assoc-minutes", ["health"], """PTA committee meeting — notes (typed up from my phone, sorry)
attendees: ⟦P|jen⟧ (chair), ⟦P|mo⟧, ⟦P|priti⟧, ⟦P|carl h⟧, ⟦P|siobhan⟧
- summer fair: bouncy castle booked. ⟦P|carl⟧ doing bbq again
- ⟦P|priti⟧ stepping back from treasurer till after her chemo, ⟦P|mo⟧ covering
- raffle license: ⟦P|jen⟧ to ring council
- next mtg 2 april""")

D("nl", "assoc-minutes", ["trade_union"], """Verslag overleg OR - bestuurder, Zorggroep Oostelijk Zuid-Limburg, 19 februari
Aanwezig OR: ⟦P|Lei Ramakers⟧ (vz), ⟦P|Anja Wetzels⟧, ⟦P|Chantal Vliegen⟧, ⟦P|Jo Bemelmans⟧
Bestuurder: ⟦P|R.H.M. Ummels⟧; HR: ⟦P|Nicole⟧
1. Roosterwijziging nachtdiensten: OR adviseert negatief.
2. Agendapunt op verzoek van ⟦P|Jo Bemelmans⟧, die ook kaderlid FNV Zorg is: de vakbond wil voortaan een keer per kwartaal aanschuiven. Bestuurder: geen bezwaar, maar apart overleg.
3. Verzuim afdeling Heuvelland 8,4%; HR komt met analyse.""")

D("en", "assoc-minutes", [], """Little Hadham Parish Council — draft minutes, 12 February
Present: Cllr ⟦P|A. Whitcombe⟧ (Chair), Cllr ⟦P|P. Ndlovu⟧, Cllr ⟦P|S. Merriweather⟧; Clerk ⟦P|Hannah Dorsey⟧.
Public participation: Mr ⟦P|G. Farrant⟧ of ⟦A|Old Forge Cottage, Church End, SG11 2DY⟧ raised the flooding on the lane again. Mrs ⟦P|Farrant⟧ added that the drain outside number 3 has not been cleared since 2023.
Resolved: the Clerk to report to Herts Highways.
Meeting closed 21:05.""")

D("nl", "assoc-minutes", [], """notulen ijsclub 'De Trije Doarpen', jiergearkomste
oanwêzich: ⟦P|Sjoerd Hiemstra⟧ (foarsitter), ⟦P|Tsjitske Wijbenga⟧ (skriuwer), ⟦P|Wybren⟧, ⟦P|Hylke de Jong⟧ en 40 leden
- ijsbaan: it nije hek is klear, tank oan ⟦P|Wybren⟧ en syn heit
- kontribúsje bliuwt €7,50, IBAN fan de klub is ⟦I|NL38RABO0318264907⟧
- ⟦P|Hylke⟧ stopt as kassier nei 18 jier, ⟦P|Anke Postma⟧ nimt it oer
rûnfraach: gjin""")
# --- quasi-judicial ----------------------------------------------------------

D("nl", "quasi-judicial", ["health"], """Vat deze uitspraak samen in 5 bullets voor ons kwaliteitsoverleg:

REGIONAAL TUCHTCOLLEGE VOOR DE GEZONDHEIDSZORG TE ZWOLLE
Beslissing van 14 mei 2025 op de klacht van:
⟦P|A.J. Zuidema⟧, wonende te Assen, klager,
tegen
⟦P|R. Mulder-Brink⟧, huisarts, werkzaam te Assen, verweerster.

1. De zaak. Klager verwijt verweerster dat zij bij zijn echtgenote, wijlen ⟦P|Geesje Zuidema-Kuipers⟧, geboren ⟦D|2 augustus 1951⟧, in november 2023 een longembolie heeft gemist en haar met paracetamol naar huis heeft gestuurd. Mevrouw ⟦P|Zuidema⟧ is twee dagen later overleden.
5. Beslissing. Het college verklaart de klacht gegrond en legt verweerster de maatregel van waarschuwing op.""")

D("nl", "quasi-judicial", [], """HUURCOMMISSIE — Uitspraak
Zaaknummer: ⟦N|HC/2024/118437⟧
Huurder: ⟦P|K. Nowak⟧, ⟦A|Hoogstraat 211-B, 3011 PV Rotterdam⟧
Verhuurder: Maasstad Vastgoed B.V.

De commissie stelt vast dat de woning 118 punten heeft. De aanvangshuurprijs van €1.325 wordt met ingang van 1 juli 2024 verlaagd tot €879,13. Verhuurder betaalt huurder het leges­bedrag van €25 terug.""")

D("en", "quasi-judicial", [], """Final decision — Financial Ombudsman Service
Complaint reference: ⟦N|PNX-4471926-Q8⟧
Mrs ⟦P|Delyth Morgan⟧ complains that Harbourline Bank Plc won't refund £6,420 she lost to a safe-account scam. She says she received a call from someone calling himself "⟦P|Adam⟧ from fraud", who knew the last four digits of her card.
My final decision is that I uphold this complaint. Harbourline Bank Plc should refund 50% of the loss with 8% simple interest.
⟦P|Ikenna Chukwu⟧, Ombudsman""")

D("nl", "quasi-judicial", [], """Kun je dit in gewone taal uitleggen voor mijn moeder?

De Geschillencommissie Thuiswinkel heeft op 3 maart 2025 het volgende bindend advies uitgebracht in het geschil tussen mevrouw ⟦P|H.M. Oudshoorn-van Beek⟧ te Voorschoten (consument) en Meubelhuis Zitcomfort B.V. (ondernemer), dossiernummer ⟦N|GC-TW 253817⟧.
De ondernemer moet de bank kosteloos ophalen en het aankoopbedrag van €2.199 terugbetalen op rekening ⟦I|NL85ABNA0592017384⟧ ten name van de consument.""")

D("nl", "quasi-judicial", ["criminal"], """BESLUIT EXAMENCOMMISSIE Opleiding HBO-Rechten
Betreft: student ⟦P|Yassine Bouzid⟧, studentnummer ⟦N|4718823⟧

De examencommissie heeft vastgesteld dat de student bij de toets Strafrecht 2 op 17 januari gebruik heeft gemaakt van een smartwatch met daarop aantekeningen. Dit is fraude in de zin van art. 6.3 OER. Sanctie: uitsluiting van alle tentamens voor de duur van drie maanden.
De student heeft daarnaast een taakstraf van 40 uur lopen voor een eerder feit; dat speelt bij dit besluit geen rol.""")

D("en", "quasi-judicial", ["health"], """Housing Ombudsman Service — Determination
Complaint ⟦N|202419384⟧ about Westmere Homes
The resident, Ms ⟦P|Chidinma Eze⟧, lives at ⟦A|Flat 12, Ravensworth House, 3 Tolley Street, Leicester LE2 0FS⟧ with her son ⟦P|Tobenna⟧, who has severe asthma. She reported black mould in the bedroom in October 2022 and again in March 2023.
Finding: severe maladministration. The landlord is ordered to pay £1,850 and to complete the works within 28 days.""")

D("nl", "quasi-judicial", [], """Kifid Geschillencommissie, uitspraak nr. 2025-0217 (geanonimiseerd)
Consument, hierna te noemen 'Consument', wonende te [woonplaats], tegen Verzekeraar N.V.
Consument heeft een reisverzekering met polisnummer [polisnummer]. Op [datum] is haar koffer gestolen op station [X]. Verzekeraar wijst de claim af omdat geen aangifte is overlegd.
De commissie wijst de vordering af.""")

D("en", "quasi-judicial", [], """ICO decision notice (extract), reference ⟦N|IC-318274-F4Q2⟧
The complainant, Mr ⟦P|Hamish Dunbar⟧, requested from Carnwath Borough Council all correspondence mentioning him between 2021 and 2023. The council disclosed 41 documents but withheld the rest under section 40(2). The Commissioner's decision is that the council has complied. No steps are required.""")

# --- justice-chain -----------------------------------------------------------

D("nl", "justice-chain", ["criminal", "health"], """Reclasseringsadvies (samenvatting) — ⟦V|VERTROUWELIJK⟧
Cliënt: ⟦P|Dennis Verbeek⟧, geboren ⟦D|11-06-1993⟧, parketnummer ⟦N|09/817263-24⟧
Delict: mishandeling van ex-partner (art. 300 Sr), gepleegd onder invloed.
Betrokkene gebruikt dagelijks cannabis en in het weekend cocaïne. Hij heeft sinds april een behandeling bij Tactus, maar komt afspraken slecht na. Risico op herhaling: gemiddeld.
Advies: voorwaardelijke straf met meldplicht, behandelverplichting en contactverbod met ⟦P|Marloes⟧.
Reclasseringswerker: ⟦P|Ahmet Yıldız⟧, ⟦T|088 804 1742⟧""")

D("nl", "justice-chain", ["health"], """meldkamer ambulancezorg - ritlog
02:14:33 112-melding, melder ⟦P|Cor van Schaik⟧ ⟦T|0031613927465⟧
02:14:50 adres ⟦A|Dorpsstraat 48, 4241 AC Arkel⟧, echtgenote (78) aanspreekbaar, pijn op de borst, klam
02:15:12 A1 uitgegeven, eenheid 09-128
02:23:40 ter plaatse
02:41:05 vervoer naar Beatrix ziekenhuis, ECG: STEMI
03:02:11 overdracht SEH""")

D("en", "justice-chain", ["criminal"], """HMP Thorn Cross — Social Visit Booking
Prisoner: ⟦P|KELLY, Jordan⟧   Prison no: ⟦N|A7261CT⟧   Wing: C
Visitors:
1. ⟦P|Shannon Kelly⟧ (sister), DOB ⟦D|03/09/1996⟧, ⟦A|41 Birchfield Road, Widnes WA8 7TB⟧
2. ⟦P|Alfie Kelly⟧ (nephew, 6)
Visit date: Saturday 15 Nov, 14:00 session. Photo ID required for adults.""")

D("nl", "justice-chain", ["criminal"], """hoi, kun je dit verslag van het Halt-gesprek wat formeler opschrijven?

jongere: ⟦P|Milan de Wit⟧ (14), samen met moeder ⟦P|Sandra⟧
feit: vuurwerk afgestoken in de bus van lijn 5, bestuurder ⟦P|Hans⟧ geschrokken
afspraak: excuusbrief aan de buschauffeur, 6 uur meewerken bij Arriva (bussen schoonmaken)
⟦P|Milan⟧ was stil maar beleefd. Moeder boos op vriendje ⟦P|Rayan⟧ die het vuurwerk had.""")

D("en", "justice-chain", ["criminal", "health"], """CUSTODY RECORD — Greater Manchester Police (extract)
Detained person: ⟦P|OKAFOR, Emmanuel Chibuzo⟧   DOB: ⟦D|22/01/1988⟧
Custody no: ⟦N|MC/04471/25⟧
Arrested: 23:40, Oldham Street, suspicion of s.47 assault
Property: phone (Samsung), £23.40, keys, Barclays card ending 4471
Solicitor requested: Ms ⟦P|R. Hallworth⟧, Hallworth & Co, ⟦T|0161 834 2290⟧
Rights given: yes. Medical: states diabetic, insulin in property.""")

D("nl", "justice-chain", ["criminal"], """Slachtofferhulp Nederland — intake telefoon
Naam: ⟦P|Nadia El Khayari⟧, ⟦T|06 29 47 18 36⟧, ⟦E|nadia.elkhayari@gmail.com⟧
Situatie: woninginbraak op 3 oktober aan de ⟦A|Kastanjelaan 7, 5615 NA Eindhoven⟧. Sieraden van haar overleden moeder weg. Verdachte is volgens de politie een buurjongen, ⟦P|Kevin⟧, die al eerder is aangehouden.
Vraag: hulp bij schadeverhaal en emotionele steun. Casemanager: ⟦P|Tom Lemmens⟧.""")

D("en", "justice-chain", ["criminal", "health"], """Pre-Sentence Report (summary section) — prepared for Newport Crown Court
Name: ⟦P|Rhys Gwilym Pritchard⟧   PNC: ⟦N|19/483271K⟧
Offence: dangerous driving, ⟦K|CU68 FPX⟧, A4042, 2 August.
Mr ⟦P|Pritchard⟧ accepts responsibility. He has one previous conviction (2019, drink driving). He cares for his father, who has dementia.
Proposal: community order with 150 hours unpaid work and a 2-year disqualification.""")

D("nl", "justice-chain", [], """BOA-rapportage parkeren, wijk Transvaal
09:12 ⟦K|GT-481-R⟧ op invalidenplaats zonder kaart, naheffing uitgeschreven
09:30 ⟦K|8-ZRN-73⟧ laden/lossen > 30 min, bestuurder ⟦P|S. Tahiri⟧ aangesproken, vertrokken
09:47 fietswrak voor ⟦A|Paul Krugerstraat 112⟧ gelabeld""")

# --- med-artifact ------------------------------------------------------------

D("nl", "med-artifact", ["health"], """Apotheek De Linde | ⟦A|Burg. Smeetsweg 3, 6122 AA Buchten⟧ | ⟦T|046 485 1020⟧
Mw. ⟦P|W.H.M. Frissen-Pluymaekers⟧ geb. ⟦D|14-09-1940⟧
METOPROLOL 50MG TABLET MGA
2x per dag 1 tablet, innemen bij het ontbijt en avondeten
Niet plotseling stoppen. 30 st.  afl. 12-03-2025  arts: ⟦P|Lemmens⟧""")

D("en", "med-artifact", ["health"], """NHS out-of-hours — Clinical notes (111 call back)
Patient: ⟦P|Bethany Caulfield⟧, 27, NHS no ⟦N|638 204 9174⟧
PC: 34/40 pregnant, reduced fetal movements since this morning, no pain, no bleeding.
Plan: advised to attend maternity assessment unit at Royal Bolton now. Partner ⟦P|Liam⟧ driving. Safety-netted.
Clinician: Dr ⟦P|A. Kaur⟧ (GP)""")

D("nl", "med-artifact", ["health"], """SOEP fysiotherapie 04-02
S: ⟦P|Bram⟧ (32, tegelzetter) sinds 3 wk lage rugpijn, uitstraling li been tot knie. Slaapt slecht.
O: SLR li positief 45°, kracht gb, reflexen symm.
E: lumbaal radiculair syndroom li, geen rode vlaggen
P: 2x/wk oefentherapie, huisarts ⟦P|Van der Heijden⟧ geïnformeerd. Volgende afspraak do 8.15.""")

D("nl", "med-artifact", ["health"], """RECEPT
Huisartsenpraktijk Ommoord, ⟦A|Hesseplaats 401, 3069 EA Rotterdam⟧
Voor: ⟦P|Kenneth Sabajo⟧, ⟦A|Kiplingstraat 23, 3069 EB Rotterdam⟧, geb. ⟦D|06-12-1969⟧, BSN ⟦B|173640928⟧
R/ Metformine 500 mg, tabl. no. 90, S. 3 dd 1 tablet bij de maaltijd
R/ Atorvastatine 20 mg, tabl. no. 30, S. 1 dd 1 's avonds
Arts: ⟦P|J.A. Moesker⟧, AGB ⟦N|01 027481⟧""")

D("en", "med-artifact", ["health"], """CLINICAL BIOCHEMISTRY REPORT
Patient: ⟦P|PATEL, Hemant R⟧  Hosp no: ⟦N|K2840173⟧  DOB: ⟦D|17.03.1961⟧
Requested by: Ward 22
HbA1c        71 mmol/mol   (H)
eGFR         48            (L)
Potassium    5.6 mmol/L    (H)
Comment: potassium raised, ? haemolysed sample, please repeat. Phoned to ward (Staff Nurse ⟦P|Okonjo⟧) 14:12.""")

D("nl", "med-artifact", ["health"], """Ritformulier ambulance 17-23-08
Pt: ⟦P|Halima Ouali⟧, ♀, 41 jr
Locatie: ⟦A|Van Speijkstraat 19-III, 1057 GR Amsterdam⟧
Anamnese: val van trap, pijn li pols, niet bewusteloos geweest. Zwanger 20 wk.
Bevindingen: RR 128/82, pols 96, sat 99%, standsafwijking pols li
Beleid: spalk, vervoer OLVG-West, verloskundige ⟦P|Jorien⟧ gebeld op ⟦T|06 10 73 85 21⟧.""")

D("en", "med-artifact", ["health"], """Dental chart notes — Riverside Dental, Leeds
Pt ⟦P|Ffion Rees⟧. Attended 10:40 with pain LR6.
Hx: on sertraline 100mg and propranolol. Anxious patient; prefers explanations.
Ex: deep caries LR6, TTP+. Radiograph taken.
Tx: RCT started, Ledermix dressing. Recall 2/52.
⟦P|R. Dhillon⟧ BDS""")

D("nl", "med-artifact", ["health"], """Huisartsenpost Noord-Brabant, triage 23:18
Beller: ⟦P|Ria Verhagen⟧ voor dochter ⟦P|Jill⟧ (3 jr), ⟦T|0413-274 819⟧
Klacht: koorts 39,8 sinds vanmiddag, blafhoest, piept bij inademen
"Ze is wel hangerig maar ze drinkt nog wel gewoon hoor"
Urgentie U3 - consult HAP Uden 23:50. Advies: kind rechtop, frisse lucht.""")

D("en", "med-artifact", [], """PHARMACY LABEL
AMOXICILLIN 250MG/5ML ORAL SUSP
Give 5ml three times a day for 5 days.
Shake the bottle well. Complete the course.
[patient name]   [date]
Keep out of the reach and sight of children.
Boots UK, ⟦A|41 High Street, Harpenden AL5 2SX⟧""")

D("nl", "med-artifact", ["health"], """Kun je deze vaccinatiekaart in een tabel zetten voor de kinderopvang?

Naam kind: ⟦P|Noor Bakker⟧, geb. ⟦D|2 april 2022⟧
DKTP-Hib-HepB-Pneu: 2, 3, 5 mnd ✔
BMR 14 mnd ✔
MenACWY 14 mnd ✔
NB: ⟦P|Noor⟧ heeft een koemelkallergie, graag geen gewone melk geven.""")

D("en", "med-artifact", ["health", "genetic"], """Genetics clinic — summary for GP
Re: ⟦P|Siobhan Mulcahy⟧, DOB ⟦D|08/11/1984⟧, MRN ⟦N|GC-207716⟧
Predictive testing for the familial BRCA2 variant c.5946del (identified in her mother, ⟦P|Bríd⟧): DETECTED.
We discussed risk-reducing options. She is considering salpingo-oophorectomy after completing her family. Breast screening via MRI from now on.
Dr ⟦P|H. Van Wyk⟧, Consultant Clinical Geneticist""")
# --- app-telemetry -----------------------------------------------------------

D("en", "app-telemetry", ["health"], """why does my garmin export show two resting HR values? here's the json

{"userProfile": {"displayName": "⟦P|Karolina Zielińska⟧", "email": "⟦E|kzielinska.runs@gmail.com⟧", "birthDate": "⟦D|1990-05-27⟧", "gender": "FEMALE", "weight": 61.2},
 "dailySummary": {"calendarDate": "2025-03-02", "restingHeartRate": 52, "restingHeartRateFromSleep": 58, "pregnancyWeek": 14, "stressAvg": 31}}""")

D("nl", "app-telemetry", ["biometric"], """Home Assistant log, deurbel voordeur (vraag: waarom triggert de automatisering 'ouders thuis' niet?)

2025-01-18 17:42:10 INFO (MainThread) [custom_components.double_take] match: subject="⟦P|Marieke⟧" confidence=94.1 camera=deurbel_voor box=[412,188,602,377]
2025-01-18 17:42:11 INFO [custom_components.double_take] match: subject="⟦P|Joris⟧" confidence=71.8 camera=deurbel_voor (below threshold 80)
2025-01-18 17:42:11 INFO [homeassistant.components.automation.ouders_thuis] condition failed: person.⟦P|joris⟧ not_home""")

D("en", "app-telemetry", [], """Sentry event (copied from the issue page) - can you tell me what's null here?

{
  "event_id": "9f3c2a71d84b4e0e8a51c6e0f2b7d913",
  "level": "error",
  "exception": {"values": [{"type": "TypeError", "value": "Cannot read properties of null (reading 'postcode')"}]},
  "user": {"id": "48213", "email": "⟦E|g.mcallister@outlook.com⟧", "ip_address": "⟦IP|81.174.203.66⟧", "username": "⟦P|gmcallister⟧"},
  "request": {"url": "https://shop.thistleandoak.co.uk/checkout/address", "method": "POST"},
  "contexts": {"browser": {"name": "Safari", "version": "17.3"}}
}""")

D("nl", "app-telemetry", [], """Waarom krijg ik 401 terug? Dit is de request uit de HAR van Chrome:

"request": {
  "method": "GET",
  "url": "https://api.mijnenergieportaal.nl/v2/klanten/⟦N|7719204⟧/meterstanden?van=2025-01-01",
  "headers": [
    {"name": "Authorization", "value": "Bearer ⟦S|eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI3NzE5MjA0IiwibmFtZSI6IkpvcmlzIEhlbmRyaWtzIiwiZXhwIjoxNzM1Njg5NjAwfQ.qX3v9bN0kPz2YtLw8cR1mA7sFhJdE4uG6oTiVy5Xe0k⟧"},
    {"name": "Cookie", "value": "locale=nl"}
  ]
}""")

D("en", "app-telemetry", [], """adb logcat | grep -i booking   (app crashes after login, any idea?)

03-11 09:14:02.331  8812  8812 D BookingRepo: fetched profile name=⟦P|Oleksandr Hrytsenko⟧ phone=⟦T|+380 67 412 8839⟧
03-11 09:14:02.345  8812  8812 D BookingRepo: address=⟦A|vul. Shevchenka 14, kv. 9, Lviv 79005⟧
03-11 09:14:02.402  8812  8891 E AndroidRuntime: FATAL EXCEPTION: DefaultDispatcher-worker-2
03-11 09:14:02.402  8812  8891 E AndroidRuntime: java.lang.NumberFormatException: For input string: "kv. 9\"""")

D("nl", "app-telemetry", ["health"], """-- export uit de database van onze sportschool-app, kun je hier een CREATE TABLE bij maken?
INSERT INTO leden (id, naam, email, telefoon, iban, opmerking) VALUES
(1031, '⟦P|Gijs Hoogendoorn⟧', '⟦E|gijs.hoogendoorn@ziggo.nl⟧', '⟦T|0638194027⟧', '⟦I|NL15ASNB0708215934⟧', 'knieblessure, geen squats'),
(1032, '⟦P|Layla Haddou⟧', '⟦E|layla.h@live.nl⟧', '⟦T|0682736401⟧', '⟦I|NL28TRIO0198273645⟧', NULL);""")

D("en", "app-telemetry", [], """# crontab -l on the reporting box
# m h  dom mon dow   command
15 2 * * * /usr/local/bin/pg_dump ⟦S|postgresql://report_ro:Tq8!vWm3zLp@10.20.4.17:5432/crm⟧ > /backup/crm.sql
0 6 * * 1 /opt/scripts/weekly_mail.sh ⟦E|ops-weekly@brannockltd.com⟧
# ask ⟦P|Devika⟧ before touching this""")

D("nl", "app-telemetry", [], """Hoe maak ik deze GraphQL-query zodat hij alleen de postcode teruggeeft?

query {
  klant(id: "⟦N|KL-288104⟧") {
    naam        # "⟦P|Priscilla Doelwijt⟧"
    adres       # "⟦A|Zuidwijkstraat 67, 2901 CT Capelle aan den IJssel⟧"
    geboortedatum  # "⟦D|1987-10-03⟧"
  }
}""")

D("en", "app-telemetry", ["health"], """Fitbit sleep export - summarise the trend for my doctor please

dateOfSleep,minutesAsleep,awakeCount,efficiency
2025-02-01,312,14,78
2025-02-02,288,19,71
2025-02-03,401,6,91
owner: ⟦P|Graham Whitlock⟧ (⟦E|gwhitlock57@aol.com⟧), note: started CPAP for sleep apnoea on 02-03""")

D("nl", "app-telemetry", [], """nginx access log van de webshop (waarom zoveel 404's?)

⟦IP|145.53.112.9⟧ - - [09/Feb/2025:11:02:17 +0100] "GET /wp-login.php HTTP/1.1" 404 153 "-" "Mozilla/5.0"
⟦IP|2a02:a45f:3b10:1:8d2c:77ff:fe01:9a4e⟧ - - [09/Feb/2025:11:02:19 +0100] "GET /account?email=⟦E|m.vandenakker@kpnmail.nl⟧ HTTP/2.0" 200 5120 "-" "Mozilla/5.0 (iPhone)"
⟦IP|145.53.112.9⟧ - - [09/Feb/2025:11:02:20 +0100] "GET /.env HTTP/1.1" 404 153 "-" "python-requests/2.31\"""")

# --- llm-dialogue ------------------------------------------------------------

D("nl", "llm-dialogue", ["health"], """Gebruiker: ik moet een brief schrijven aan de werkgever van mijn man
Assistent: Natuurlijk. Waar gaat de brief over en aan wie is hij gericht?
Gebruiker: hij heet ⟦P|Erwin Smits⟧, werkt bij Vos Logistics in Oss, en hij ligt sinds maandag in het Bernhoven met een hartinfarct. zijn leidinggevende is ⟦P|Marco⟧. ik wil laten weten dat hij voorlopig niet komt
Assistent: Wat vervelend. Zal ik een korte, zakelijke brief maken?
Gebruiker: ja en zet mijn nummer erin ⟦T|06 22 91 37 48⟧, ik ben ⟦P|Petra⟧""")

D("en", "llm-dialogue", [], """{"model": "gpt-4o-mini", "messages": [
 {"role": "system", "content": "You are a helpful assistant for Lakeside Dental reception. Never give medical advice."},
 {"role": "user", "content": "Can you move my appointment? I'm ⟦P|Harriet Obi⟧, date of birth ⟦D|12/02/1979⟧, my number is ⟦T|07946 310 528⟧."},
 {"role": "assistant", "content": null, "tool_calls": [{"type": "function", "function": {"name": "find_patient", "arguments": "{\\"surname\\": \\"⟦P|Obi⟧\\", \\"dob\\": \\"⟦D|1979-02-12⟧\\"}"}}]}
]}""")

D("nl", "llm-dialogue", [], """SYSTEEM: Je bent de klantenservice-assistent van Waterbedrijf Groningen. Antwoord kort.
CONTEXT (uit kennisbank, chunk 3/7): "Bij een verhuizing geeft u de meterstand door via Mijn Omgeving. Telefoon klantenservice ⟦T|050 368 8688⟧."
GEBRUIKER: ik verhuis 1 mei van de ⟦A|Oosterstraat 19a⟧ naar Haren, hoe moet dat met de meter
ASSISTENT: U kunt de eindstand op 1 mei doorgeven via Mijn Omgeving, of bellen met ⟦T|050 368 8688⟧.""")

D("en", "llm-dialogue", ["sexual"], """User: help me word a message to my landlord, he keeps asking who "the woman" staying at my flat is
Assistant: Sure — do you want it polite but firm?
User: yes. she's my wife, ⟦P|Imogen⟧, we got married in June and she's been living here since. I'm ⟦P|Caitlin Rourke⟧, flat 3, and the tenancy ref is ⟦N|TNC-55104⟧
Assistant: Here's a draft: "Dear Mr ⟦P|Haskins⟧, I'm writing to confirm that my wife, ⟦P|Imogen Rourke⟧, lives with me at flat 3...""")

D("nl", "llm-dialogue", [], """[
  {"rol": "gebruiker", "tekst": "vertaal naar het Engels: Beste ⟦P|Lucas⟧, hierbij de gegevens voor je vlucht. Boekingscode WX7K2M. Paspoortnummer staat erin als ⟦N|NXK4P8R21⟧, klopt dat?"},
  {"rol": "assistent", "tekst": "Dear ⟦P|Lucas⟧, here are the details for your flight. Booking code WX7K2M. Your passport number is listed as ⟦N|NXK4P8R21⟧, is that correct?"}
]""")

D("en", "llm-dialogue", ["religion"], """Turn 1 — user: draft an email to my manager asking to finish at 3pm on Fridays during Ramadan
Turn 1 — assistant: Of course. What's your manager's name and your own?
Turn 2 — user: manager is ⟦P|Colin Braddock⟧, I'm ⟦P|Yusuf Rahimi⟧. I'd make up the hours on Monday. Also mention I'll need somewhere quiet to pray at lunchtime
Turn 2 — assistant: Dear ⟦P|Colin⟧, As Ramadan begins on 1 March, I'd like to ask whether I could finish at 3pm on Fridays...""")

D("nl", "llm-dialogue", [], """Chatgeschiedenis (export) — titel: "Excel formule huurders"
> user: ik heb een kolom A met namen zoals "⟦P|Jansen, P.⟧" en kolom B "⟦P|Lucia Martha⟧", hoe maak ik daar voorletters van
> assistant: Voor kolom A kun je =DEEL(A2;VIND.SPEC(",";A2)+2;2) gebruiken...
> user: en als het "⟦P|Rignald Statia⟧" is?
> assistant: Dan werkt =LINKS(A2;1)&"." voor de eerste letter.""")

D("en", "llm-dialogue", [], """System prompt (internal HR bot, v3):
You answer questions from staff about leave. You may look up leave balances with lookup_leave(employee_id). Do not reveal other employees' data.
Example: user "how many days do I have left?" -> call lookup_leave("{employee_id}") -> reply "You have {days} days left."
Escalate to hr-helpdesk@{company_domain} when unsure.""")

D("nl", "llm-dialogue", ["criminal"], """Gebruiker: kun je onderstaande appjes van mijn buurvrouw samenvatten voor de wijkagent?
[19:02] ⟦P|Mieke⟧ (buren): die jongen van nummer 14 staat weer te dealen bij het speeltuintje
[19:03] ⟦P|Mieke⟧ (buren): ⟦P|Dylan⟧ heet ie toch? die vorig jaar is opgepakt
[19:05] ik: ja ⟦P|Dylan Kuijpers⟧. zijn scooter staat er ook, ⟦K|F-234-BX⟧
Assistent: Samenvatting: buurvrouw ⟦P|Mieke⟧ meldt op [datum] om 19:02 vermoedelijke drugshandel bij de speeltuin door ⟦P|Dylan Kuijpers⟧ (nr. 14), die eerder is aangehouden...""")

# --- scribbles ---------------------------------------------------------------

D("nl", "scribbles", [], """TODO ma
- ⟦P|Hanneke⟧ terugbellen ivm offerte (⟦T|06 53 18 27 90⟧)
- pakketje terugsturen, retourcode 4RT-88KQ
- verjaardag oma ⟦P|Truus⟧ za!! cadeau?
- ⟦P|Bjorn⟧ zn fiets bij de ⟦A|Molenstraat 3⟧ ophalen
- belasting""")

D("en", "scribbles", [], """post-it on the monitor (typed out for the helpdesk ticket):
VPN: ⟦P|jharwood⟧ / ⟦S|Sunflower#2024⟧
printer 3rd floor = 10.4.2.x something
ring ⟦P|Pat⟧ in IT ext 4410 if locked out""")

D("nl", "scribbles", ["health"], """briefje op de koelkast voor de oppas 🙂
- ⟦P|Mees⟧ om 19.30 naar bed, ⟦P|Jente⟧ mag tot 20.00
- ⟦P|Jente⟧ haar puffer (blauw) staat in de la, 2 pufjes als ze gaat piepen
- wij zijn bij ⟦P|Ilona⟧ en ⟦P|Ruben⟧, ⟦A|Heistraat 45⟧, tel ⟦T|06 17 29 48 30⟧
- pizza in de vriezer!! x""")

D("en", "scribbles", [], """Whiteboard in the ops room (photo typed out)
ON CALL THIS WEEK: ⟦P|NAT⟧ ⟦T|07700 914 238⟧
backup: ⟦P|DIMITRI⟧
DO NOT restart db-02 without telling ⟦P|Greg⟧!!
guest wifi: KestrelGuest / ⟦S|b1rdsofprey⟧""")

D("nl", "scribbles", [], """Trello-kaart 'Nieuwe collega ⟦P|Oksana⟧ inwerken'
Checklist:
☑ laptop aangevraagd (⟦P|Pieter⟧)
☐ pasje Facility, personeelsnummer ⟦N|P-20571⟧
☐ buddy: ⟦P|Fleur Timmermans⟧
☐ kennismaken met ⟦P|Joop⟧ (directie)
Label: onboarding | vervaldatum 3 mrt""")

D("en", "scribbles", [], """shopping / jobs sat
milk, eggs, bin bags
return ⟦P|Kath⟧'s casserole dish
card for Uncle ⟦P|Raymond⟧ (70!!)
council tax — pay
take the car in, ⟦K|WR17 GYO⟧ MOT due""")

D("nl", "scribbles", ["health"], """bullet journal wk 12
• slecht geslapen, weer paniekaanval in de trein ma
• afspraak POH-GGZ ⟦P|Linda⟧ do 10u
• ⟦P|Zoë⟧ verjaardag vr, taart halen bij ⟦P|Gerrit⟧ de bakker?? nee bij de Jumbo
• sertraline nu 2 weken, nog niks merken""")

D("en", "scribbles", [], """Kanban card #214 - "Merge duplicate customer records"
Example dupes:
  ⟦P|Alicia Fernández⟧ / ⟦P|Alicia Fernandez⟧ — same email ⟦E|ali.fdz@yahoo.es⟧
  ⟦P|Tom O'Leary⟧ / ⟦P|Thomas O Leary⟧ — same phone ⟦T|+353 87 614 2290⟧
Assignee: ⟦P|Wei Ling⟧  Reviewer: ⟦P|Andrzej⟧""")

D("nl", "scribbles", [], """Lijstje voor de kerstkaarten (adressen nog checken!)
Fam. ⟦P|Kortenhorst⟧ - ⟦A|Berkenlaan 12, 7461 BD Rijssen⟧
Tante ⟦P|Door⟧ - verhuisd? vragen aan ⟦P|Anneke⟧
⟦P|Jurgen⟧ en ⟦P|Shirley Cijntje⟧ - ⟦A|Kaya Flamboyan 8, Willemstad⟧
buurman ⟦P|Wim⟧ gewoon in de bus doen""")

D("en", "scribbles", [], """Note left at reception:
"Parcel for flat 6 (Ms ⟦P|Adebayo-Clarke⟧) — signed for by ⟦P|Jan⟧ at 14:10. It's in the cupboard. Key on the hook. — ⟦P|Kofi⟧\"""")
# --- civic-political ---------------------------------------------------------

D("nl", "civic-political", [], """Bezetting stembureaus 29 oktober — wijk Oost (concept, graag controleren op dubbele namen)
SB 214 Wijkcentrum De Boog: vz ⟦P|Marianne Hulshof⟧, leden ⟦P|Osman Kılıç⟧, ⟦P|Trees van Aalst⟧; teller ⟦P|Jelle⟧
SB 215 Gymzaal Esdoornstraat: vz ⟦P|Harm Jan Nijland⟧, leden ⟦P|Priya Ramdin⟧, ⟦P|Bert Scholte⟧
Reserve: ⟦P|Ilse Koopmans⟧ (⟦T|06 48 20 17 36⟧)""")

D("nl", "civic-political", ["political"], """VERKLARING VAN ONDERSTEUNING (model H 4)
Ondergetekende verklaart de kandidatenlijst te ondersteunen met de aanduiding: PARTIJ VOOR DE DIEREN
voor de verkiezing van de leden van de gemeenteraad van Arnhem.
Naam: ⟦P|Lieke Zwanenburg⟧
Geboortedatum: ⟦D|30-11-1998⟧
Adres: ⟦A|Sonsbeeksingel 88, 6814 AN Arnhem⟧
Handtekening: [getekend]""")

D("en", "civic-political", ["political"], """Hi, can you tidy this into a short bio for the leaflet?

I'm ⟦P|Bronwen Talbot⟧, I've lived on the Gurnos estate for 31 years and I'm standing as the Plaid Cymru candidate for the Merthyr ward. I've been a party member since 2016 and I chaired the campaign to keep the library open. You can reach me on ⟦T|07812 449 063⟧ or ⟦E|bronwen4gurnos@gmail.com⟧.""")

D("nl", "civic-political", [], """Aanmelding inspreken commissie Ruimte, 12 maart
Naam: ⟦P|Wouter Brandsma⟧
Namens: bewonersvereniging Oranjewijk
Onderwerp: bouwplan Boterdiep
Telefoon: ⟦T|050-3182749⟧
E-mail: ⟦E|w.brandsma@oranjewijkgroningen.nl⟧
Ik wil 3 minuten spreken. Mijn buurvrouw mevr. ⟦P|Dijkstra⟧ spreekt ook, over de bomenkap.""")

D("en", "civic-political", ["political"], """Petition export (organiser view) — "Save the Castlefield Arches"
signed_at,first_name,last_name,postcode,comment
2025-02-11 09:02,⟦P|Shona⟧,⟦P|McBride⟧,M15,"I'm a Green Party member and I'll bring this to our branch"
2025-02-11 09:17,⟦P|Rafael⟧,⟦P|Ortiz⟧,M3,""
2025-02-11 10:44,⟦P|Dean⟧,⟦P|Whitworth⟧,M16,"used to play gigs here"
""")

D("nl", "civic-political", ["political"], """Register giften > €1.000 (Wfpp), lokale afdeling, boekjaar 2024
Gever: ⟦P|J.C. (Hans) van Wijngaarden⟧, Amersfoort — €2.500 — 14-05-2024
Gever: ⟦P|S. El Idrissi-Vermeer⟧, Leusden — €1.200 — 02-09-2024
Penningmeester: ⟦P|Ans Holtkamp⟧""")

D("nl", "civic-political", [], """Volmachtbewijs — ik, ⟦P|Gerrit Jan Hofstede⟧, geef volmacht aan ⟦P|Annie Hofstede-Brink⟧ om namens mij te stemmen. Stempasnummer ⟦N|208163745⟧. (Vraag: moet zij ook een kopie van mijn paspoort meenemen?)""")

D("en", "civic-political", ["political", "criminal"], """Letter to the editor, Kirkby Gazette — please check grammar only

Sir, I read that Councillor ⟦P|Trevor Hesketh⟧ has been arrested outside the town hall during the climate protest on Saturday. I was there too. ⟦P|Trevor⟧ was sitting on the steps with a banner, nothing more. As a fellow Labour member I think he deserves better than being called a "vandal" on your front page.
⟦P|Margaret Lunt⟧, ⟦A|22 Westvale Road, Kirkby L32 0RD⟧""")

D("nl", "civic-political", ["political"], """Appje in de buurtgroep: "Wie gaat er zaterdag mee naar de demo op het Malieveld? ⟦P|Esra⟧ en ik gaan met de bus van de SP, we hebben nog 4 plekken. Aanmelden bij mij, ⟦P|Koen⟧ ⟦T|06-39104827⟧\"""")

D("en", "civic-political", [], """Polling station duties — Ward 7, 1 May
Presiding officer: ⟦P|Ngozi Adeyemi⟧
Poll clerks: ⟦P|Ben Carruthers⟧, ⟦P|Mei Lin Tan⟧
Keys from caretaker ⟦P|Fred⟧ at 6am, ⟦A|St Luke's Primary, 9 Albion Road, Stoke Newington N16 9PR⟧""")

# --- property-utility --------------------------------------------------------

D("nl", "property-utility", [], """KOOPOVEREENKOMST (uittreksel) — graag de ontbindende voorwaarden in gewone taal

Verkoper: ⟦P|Theodorus Adrianus Maria Verschuren⟧, geboren te Tilburg op ⟦D|19 februari 1958⟧, wonende ⟦A|Ringbaan-Oost 302, 5018 HK Tilburg⟧
Koper: ⟦P|Evelien Kuiper⟧ en ⟦P|Abdelkader Benali⟧, samen wonende ⟦A|Korvelseweg 14-A, 5025 JG Tilburg⟧
Koopsom: €389.000 k.k. Waarborgsom 10% te storten op de derdengeldrekening van notaris Mr. ⟦P|F.L. Swinkels⟧.
Ontbindende voorwaarde financiering tot 21 juni.""")

D("nl", "property-utility", [], """Uittreksel Kadaster (samengevat door mij, klopt dit?)
Perceel: Haarlem L 4172, ⟦A|Zijlweg 140, 2015 BM Haarlem⟧
Eigenaar: ⟦P|Pieternella Duivenvoorden⟧ (1/2) en ⟦P|Marcel Duivenvoorden⟧ (1/2)
Hypotheek: Rabobank, ingeschreven 2011
Erfdienstbaarheid: recht van overpad t.b.v. perceel L 4171 (eigenaar ⟦P|J. Roozendaal⟧)""")

D("nl", "property-utility", [], """Overstapbevestiging energie
Beste ⟦P|Jeroen Aalbers⟧,
Welkom bij Zonnig Stroom! Uw overstap is ingepland per 1 april.
Klantnummer: ⟦N|ZS-00918273⟧
Leveradres: ⟦A|Bloemendalstraat 31, 8011 ZN Zwolle⟧
Maandbedrag: €142, automatisch af van ⟦I|NL23KNAB0255173608⟧.
Meterstanden 1 april doorgeven via de app.""")

D("en", "property-utility", [], """Mobile number port — request form
Account holder: ⟦P|Gianluca Ferraro⟧
Number to port: ⟦T|07411 583 902⟧
PAC code: will text it to you
Current network: Vodafone. Requested date: 14/03.
Billing address: ⟦A|8 Wharf Lane, Bristol BS1 6UE⟧""")

D("nl", "property-utility", [], """meterstanden voor de eindafrekening (verhuizing)
adres: ⟦A|Beukenstraat 6, Enschede⟧
stroom normaal 24.188 / dal 19.402
gas 8.217,44 m3
water 1.390
nieuwe bewoner: ⟦P|Tim Olde Monnikhof⟧, tel ⟦T|06 31 48 27 91⟧
mijn nieuwe adres: ⟦A|Hengelosestraat 512-3⟧""")

D("en", "property-utility", [], """Tenancy renewal — Section 13 notice query
Landlord: ⟦P|Ravinder Sandhu⟧, ⟦A|27 Hollybush Lane, Wolverhampton WV6 8AZ⟧
Tenants: ⟦P|Chloe Barrett⟧ and ⟦P|Kieran Doyle⟧
Proposed rent: £925 pcm from 1 June (currently £840).
Question: is two months' notice enough, and can he put it up again in December?""")

D("nl", "property-utility", [], """Verhuisofferte Van Dam Verhuizingen
Opdrachtgever: ⟦P|Ingrid Sanders-Mol⟧, ⟦T|0523-612 847⟧
Van: ⟦A|Kerkstraat 9, 7772 AS Hardenberg⟧ (3e verdieping, geen lift)
Naar: ⟦A|Vechtstraat 77, 7772 CE Hardenberg⟧
Piano, 2 kasten, ±45 dozen. Prijs €1.480 incl. btw. Betaling na oplevering.""")

D("en", "property-utility", [], """Broadband engineer visit confirmed
Hi ⟦P|Aleksandra⟧, your engineer ⟦P|Dwayne⟧ will arrive between 8am and 1pm on Tuesday 4 March at ⟦A|Flat 2, 61 Elm Grove, Southsea PO5 1JF⟧. He'll call you on ⟦T|07734 219 506⟧ when he's on his way. Your router login is on the sticker; the admin password is ⟦S|hX7-pq22-Lm⟧.""")

D("nl", "property-utility", [], """Huurcontract zelfstandige woonruimte — artikel 1 en 2
Verhuurder: Stichting Woonbron Delft
Huurder: ⟦P|Seda Aktaş⟧, geboren ⟦D|07-07-1995⟧, paspoort ⟦N|NW8R27KL4⟧
Het gehuurde: ⟦A|Papsouwselaan 233, 2624 AM Delft⟧
Ingangsdatum 1 september; kale huur €712,40.""")
# --- faith-life --------------------------------------------------------------

D("nl", "faith-life", ["religion"], """Mandir Shri Sanatan Dharm Den Haag — mededelingen
Zondag 16 maart: Holi-viering na de havan, 11.00 uur.
Gefeliciteerd aan pandit ⟦P|Rampersad⟧ en zijn vrouw ⟦P|Sunita⟧ met de geboorte van kleinzoon ⟦P|Aarav⟧!
Vrijwilligers keuken: ⟦P|Anita Mangroe⟧, ⟦P|Rakesh Jhinkoe-Rai⟧, ⟦P|Deepa⟧.
Donaties voor de nieuwe murti: ⟦I|NL36SNSB0927364518⟧ o.v.v. 'murti'.""")

D("en", "faith-life", ["religion"], """Gurdwara Sahib Leeds — Langar seva rota, April
Sat 5th: ⟦P|Harjinder Kaur Bains⟧ family
Sun 6th: ⟦P|Gurpreet Singh Sohal⟧ & ⟦P|Manjit⟧
Sat 12th (Vaisakhi): everyone please! Contact Bhai ⟦P|Jaswant Singh⟧ ⟦T|0113 262 9014⟧
Amrit sanchar on 13th: names to ⟦P|Sukhwinder⟧ by the 6th.""")

D("nl", "faith-life", ["religion", "health"], """Opdrachtformulier uitvaart — Uitvaartverzorging Al-Rahma
Overledene: ⟦P|Mohamed Amrani⟧, geb. ⟦D|01-01-1949⟧, overleden 18-02-2025 in het Maasstad Ziekenhuis (longkanker)
BSN: ⟦B|527198304⟧
Wassing (ghusl) in de moskee Mevlana, janazah-gebed na het middaggebed
Begrafenis: Marokko (Nador), repatriëring via Schiphol
Opdrachtgever: zoon ⟦P|Said Amrani⟧, ⟦T|06 14 27 39 58⟧""")

D("en", "faith-life", ["religion"], """You are warmly invited to the Bar Mitzvah of
⟦P|Noah Eliezer Rosenthal⟧
Shabbat Parashat Vayikra, Saturday 5 April, 9.30am
Finchley Reform Synagogue
Kiddush to follow. RSVP to ⟦P|Rachel⟧ and ⟦P|Daniel Rosenthal⟧, ⟦E|rosenthal.family@btinternet.com⟧""")

D("nl", "faith-life", [], """Crematorium Westerveld — aanvraag asverstrooiing
Naam overledene: ⟦P|Johanna Wilhelmina de Groot⟧
Datum crematie: 28 januari
Aanvrager: ⟦P|Frank de Groot⟧ (zoon), ⟦A|Duinweg 4, 1901 AD Castricum⟧
Verzoek: verstrooiing op zee, boot vanuit IJmuiden, ca. 8 personen.""")

D("en", "faith-life", ["religion"], """Friends Meeting House, Kendal — notices for Sunday
Our Friend ⟦P|Elspeth Garnett⟧ has asked to be held in the Light as she moves into Abbeyfield next week.
Meeting for worship for marriage of ⟦P|Tom Aske⟧ and ⟦P|Judith Rennie⟧ on 24 May, all welcome.
Elders this quarter: ⟦P|Peter Hind⟧, ⟦P|Mary Clough⟧.""")

D("nl", "faith-life", ["religion", "health"], """Umrah/hadj reisgroep 2025 — deelnemerslijst (bus Rotterdam)
1. ⟦P|Khadija El Amrani⟧ — paspoort ⟦N|NU7K21P83⟧ — mahram: ⟦P|Youssef El Amrani⟧
2. ⟦P|Fatma Doğan⟧ — paspoort ⟦N|U09283741⟧
3. ⟦P|Hasan Doğan⟧ — rolstoel op vliegveld nodig
Vertrek 02-06, bijeenkomst vooraf in moskee Essalam.""")

D("en", "faith-life", ["religion"], """Iftar volunteers — East London Mosque youth committee (WhatsApp export)
[18/03 16:20] ⟦P|Ibrahim⟧: who's on dates and water tonight?
[18/03 16:21] ⟦P|Hafsa Begum⟧: me and ⟦P|Rumana⟧
[18/03 16:24] ⟦P|Ibrahim⟧: jazakallah. ⟦P|Shahid⟧ you're on the door, brother ⟦P|Abdul Karim⟧ has the keys""")

D("nl", "faith-life", ["religion"], """Uit het kerkblad van de Hervormde Gemeente Nunspeet:
Op zondag 2 maart hoopt ⟦P|Jannigje van de Weerd⟧ openbare geloofsbelijdenis af te leggen. In dezelfde dienst wordt gedoopt: ⟦P|Hendrik⟧, zoon van ⟦P|Arjan⟧ en ⟦P|Willemijn Boeve-Hardeman⟧, ⟦A|Laanweg 17⟧.""")

D("en", "faith-life", [], """Funeral order of service — template
In loving memory of [FULL NAME]
[DATE OF BIRTH] – [DATE OF DEATH]
Entrance music: [song]
Tribute by [family member]
Committal at [crematorium]
Donations in lieu of flowers to [charity]""")

# --- edu-admin ---------------------------------------------------------------

D("nl", "edu-admin", ["health"], """Verzoek persoonlijke omstandigheden i.v.m. bindend studieadvies
Student: ⟦P|Femke Hoekstra⟧, studentnummer ⟦N|s2918374⟧, opleiding Psychologie
Ik heb in het eerste semester 18 van de 60 EC gehaald. Vanaf oktober heb ik anorexia gehad en ben ik opgenomen geweest bij Human Concern. Mijn behandelaar drs. ⟦P|M. Kok⟧ kan dit bevestigen.
Ik vraag uitstel van het BSA naar het tweede jaar.""")

D("nl", "edu-admin", [], """Uitslag inburgeringsexamen (DUO)
Naam: ⟦P|Semhar Tesfay⟧
V-nummer: ⟦N|2947183650⟧
Lezen B1: behaald. Luisteren B1: behaald. Schrijven A2: niet behaald. Spreken B1: behaald.
U kunt Schrijven opnieuw doen. Kosten: €50.
Vragen? Bel DUO ⟦T|050 599 9800⟧.""")

D("nl", "edu-admin", [], """BPV-beoordeling (stage) MBO niveau 3 Verzorgende IG
Student: ⟦P|Kayleigh Mulder⟧ — praktijkopleider: ⟦P|Hennie Slagter⟧
Zorgcentrum De Lindenhof, afdeling Kastanje
Houding: goed. Communicatie met bewoners: prettig, ze maakt met mevr. ⟦P|Van Dalen⟧ elke ochtend een grapje.
Verbeterpunt: rapportage in ONS vaak te laat.
Cijfer: 7,2""")

D("en", "edu-admin", ["health"], """Extenuating circumstances form — University of Sheffield
Student: ⟦P|Amara Nwosu⟧   Reg no: ⟦N|210483927⟧
Module: PSY2018
Circumstances: I was diagnosed with glandular fever on 3 January and could not sit the exam on 10 January. GP letter attached (Dr ⟦P|P. Hollis⟧, Broomhill Surgery).
Requested outcome: sit as first attempt in August.""")

D("en", "edu-admin", ["health"], """Year 6 residential trip — consent and medical form
Child: ⟦P|Reggie Thompson-Ward⟧   Class: Oak
Allergies: peanuts (EpiPen x2, in blue bag)
Medication: melatonin at bedtime
Emergency contact: ⟦P|Kerry Ward⟧ (mum) ⟦T|07826 115 384⟧
Dietary: vegetarian""")

D("nl", "edu-admin", [], """gespreksverslag studentendecaan, 12-02
student: ⟦P|Wang Jiayi⟧ (⟦P|Jiayi⟧), studentnummer ⟦N|1047729⟧, master Civil Engineering
onderwerp: verlenging verblijfsvergunning, IND vraagt bewijs studievoortgang
afspraak: ik stuur IND-formulier voor 1/3, ⟦P|Jiayi⟧ levert transcript aan
volgende afspraak via ⟦E|j.wang-7@student.tudelft.nl⟧""")

D("nl", "edu-admin", [], """Aanmeldformulier peuteropvang 't Kwetternest
Kind: ⟦P|Yfke Dijkstra⟧, geb. ⟦D|15-08-2022⟧, BSN ⟦B|394851274⟧
Ouder 1: ⟦P|Gerben Dijkstra⟧, ⟦T|06 21 83 74 10⟧
Ouder 2: ⟦P|Marrit Dijkstra-Wiersma⟧
Adres: ⟦A|It Heechhout 5, 9244 CR Beetsterzwaag⟧
Voorkeursdagen: di en do ochtend""")

D("en", "edu-admin", [], """Student placement evaluation (nursing, 2nd year)
Student: ⟦P|Olumide Bankole⟧  Mentor: Sr. ⟦P|Claire Huxley⟧, Ward 9, Royal Derby
Strengths: calm with distressed patients; excellent drug calculations.
Development: needs to escalate NEWS scores sooner.
Outcome: PASS.""")

D("nl", "edu-admin", ["ethnicity"], """kun je dit verslag van het leerlingbespreking-overleg herschrijven, het is te rommelig

lln ⟦P|Dunya Çiftçi⟧ (2B). mentor mw. ⟦P|Stassen⟧. ⟦P|Dunya⟧'s ouders zijn Koerdisch en vader wil niet dat zij mee gaat op kamp, moeder twijfelt. we bellen moeder (⟦T|043 361 27 48⟧) want vader spreekt weinig NL. ⟦P|Dunya⟧ zelf wil heel graag.""")

D("en", "edu-admin", [], """Reference request — teaching assistant post
Applicant: ⟦P|Zofia Krawczyk⟧
Please confirm dates of employment and any concerns. Referee: Mr ⟦P|Alan Pegg⟧, Headteacher, Brookside Primary, ⟦E|head@brookside.lancs.sch.uk⟧, ⟦T|01772 684 210⟧""")
# --- public-appeal -----------------------------------------------------------

D("nl", "public-appeal", ["health"], """Kun je deze doneeractie-tekst wat krachtiger maken?

Help ⟦P|Sven⟧ weer lopen! 💙
Onze zoon ⟦P|Sven Wolters⟧ (7) heeft spastische diplegie. In Amerika kan hij een SDR-operatie krijgen die hier niet vergoed wordt. Daarvoor hebben we €85.000 nodig. Elke euro helpt!
Doneren kan ook rechtstreeks: ⟦I|NL14INGB0004827361⟧ t.n.v. Stichting Help Sven.
Liefs, ⟦P|Marieke⟧ en ⟦P|Dirk Wolters⟧""")

D("en", "public-appeal", ["health"], """GoFundMe update #4
Thank you all so much. Dad finished his third round of chemo on Friday and the scan shows the tumour has shrunk. Mum says he's already complaining about hospital food, which is a good sign. We've raised £11,240 of £15,000 for the travel and parking costs to Clatterbridge.
— ⟦P|Jade Kershaw⟧, organiser""")

D("nl", "public-appeal", [], """Open brief aan het college van B&W van Heerlen

Geachte college,
Als bewoners van de ⟦A|Akerstraat 120⟧ tot en met 138 maken wij ons zorgen over de verkeersveiligheid. Vorige week werd ⟦P|Ilias⟧ (9), zoontje van onze buren, bijna aangereden op het zebrapad.
Namens de bewoners,
⟦P|Jo Vaessen⟧, ⟦P|Bianca Palmen⟧, ⟦P|Rob Lahaye⟧
Contact: ⟦E|bewoners.akerstraat@gmail.com⟧""")

D("en", "public-appeal", [], """Podcast show notes — Ep. 58 "Bees on the Roof"
This week ⟦P|Hannah⟧ and ⟦P|Ollie⟧ talk to rooftop beekeeper ⟦P|Desmond Achebe-Lowe⟧ about keeping hives above a Camden chip shop.
Find ⟦P|Des⟧ on Instagram: @⟦P|des.the.bee.man⟧
Get in touch: ⟦E|hello@twoforksandapod.co.uk⟧
Music: "Morning Light" by ⟦P|Kevin Shaw⟧ (CC BY)""")

D("nl", "public-appeal", ["health"], """Ingezonden brief Leeuwarder Courant

Mijn vader, ⟦P|Jelle Tuinstra⟧ uit Joure, wacht al elf weken op een plek in een verpleeghuis. Hij heeft Alzheimer en mijn moeder (84) kan de zorg niet meer aan. Hoe kan het dat dit in 2025 nog zo gaat?
⟦P|Griet Tuinstra⟧, Sneek""")

D("en", "public-appeal", [], """YouTube comments under "Fixing my nan's 1974 Raleigh Chopper"
@⟦P|marksmithbikes⟧: mate that frame is worth a fortune now
@⟦P|Lucy-Ann Horrocks⟧: my uncle ⟦P|Keith⟧ had one just like this in orange!! he's 68 now
@RetroRidesUK: DM us, we buy these
@⟦P|kofi.mensah88⟧: where did you get the gear lever""")

D("nl", "public-appeal", ["sexual"], """Posting op de site van de Pride-stichting, kun je hier een kortere versie van maken?

Wij zijn ⟦P|Marco⟧ en ⟦P|Jeroen Mertens-Vos⟧ uit Breda. Twee jaar geleden zijn we getrouwd en nu hebben we via een draagmoeder een dochter, ⟦P|Liv⟧. We willen andere stellen van twee vaders graag helpen met hun vragen. Mail ons: ⟦E|tweevadersbreda@outlook.com⟧.""")

D("en", "public-appeal", [], """Missing cat!! 🐈 "Pepper", grey tabby, last seen on Maple Avenue on Sunday. Very shy. Please check your sheds. Call ⟦P|Jess⟧ on ⟦T|07592 340 117⟧. Reward offered.""")

D("nl", "public-appeal", ["criminal"], """Facebook-post, dorpsgroep 'Je bent een echte Boxmeerder als...'

PAS OP!!! Gisteravond heeft een man aan de ⟦A|Steenstraat 44⟧ aangebeld en gezegd dat hij van de waterleiding was. Het was ⟦P|Ricardo van Dinther⟧, die zit hier vaker achter, hij is vorig jaar al veroordeeld voor oplichting van ouderen!! Hij rijdt in een witte bus ⟦K|VK-829-T⟧. Deel dit aub!!""")

D("en", "public-appeal", ["health"], """Trustpilot review ★☆☆☆☆
"Ordered a mobility scooter for my mum after her stroke. Delivered to the wrong house (number 14 instead of ⟦A|41 Hawthorn Close, Rugby CV22 6LQ⟧) and nobody answers the phone. Order ref 55-QW-1180. — ⟦P|Sandra P.⟧\"""")
# --- general-question --------------------------------------------------------

D("nl", "general-question", [], """Mag een VvE in de notulen zetten welk appartement achterstand heeft met de servicekosten, of is dat in strijd met de AVG?""")

D("en", "general-question", [], """What's the difference between a determination by the Housing Ombudsman and a court judgment? Can a landlord appeal?""")

D("nl", "general-question", [], """hoe lang bewaart een ambulancedienst een ritformulier eigenlijk? en mag de huisarts dat inzien zonder toestemming van de patiënt?""")

D("en", "general-question", [], """We're adding face recognition to our office doorbell (Home Assistant + Double Take). Is that biometric data under GDPR even if it only runs locally? Do we need consent from visitors?""")

D("nl", "general-question", [], """Wat doet een reclasseringswerker precies bij een vroeghulp-gesprek op het politiebureau, en krijgt de verdachte het adviesrapport zelf te zien?""")

D("en", "general-question", [], """how do I configure Sentry so it doesn't send user emails and IP addresses? is sendDefaultPii false enough or do I need a beforeSend hook""")

D("nl", "general-question", [], """Is een stempas of volmacht eigenlijk een bijzonder persoonsgegeven? Je kunt er toch niet uit afleiden op welke partij iemand stemt.""")

D("en", "general-question", [], """Can an employer refuse a request to leave early on Fridays for prayers? Asking in general, UK law, for a policy we're drafting.""")

D("nl", "general-question", [], """Welke medische omstandigheden tellen mee als persoonlijke omstandigheid bij het bindend studieadvies? Moet je als student een diagnose noemen of is een verklaring van de studentarts genoeg?""")

D("en", "general-question", [], """Write a short explainer for parents: why do schools ask for allergy and medication information before a residential trip, and who gets to see it?""")

D("nl", "general-question", [], """wat is het verschil tussen een bar mitswa en een bat mitswa? en op welke leeftijd doe je dat?""")

D("en", "general-question", [], """Is it legal to publish the list of people who signed a petition? Our residents' association wants to hand it to the council with names and postcodes.""")

D("nl", "general-question", [], """Mogen we in onze crowdfundingpagina schrijven dat ons kind een zeldzame genetische aandoening heeft, of is dat onverstandig qua privacy? Hoe doen anderen dat?""")

D("en", "general-question", [], """In a system prompt for a customer-service bot, how should I tell the model to refuse to repeat card numbers and dates of birth back to the user?""")

D("nl", "general-question", [], """Hoe werkt het met vrijstelling van de inburgeringsplicht op medische gronden? Wie beoordeelt dat, DUO of een arts?""")

D("en", "general-question", [], """Explain TLP:AMBER vs TLP:AMBER+STRICT in one paragraph for new SOC analysts.""")

D("nl", "general-question", [], """Moet je als carnavalsvereniging een verwerkingsregister bijhouden van je leden? We zijn maar met 60 man.""")

D("en", "general-question", [], """My smartwatch export includes 'pregnancyWeek' and 'menstrualCycle' fields. If I share the file with an app developer to debug, what should I strip out first?""")

D("nl", "general-question", [], """Wat betekent 'Stg. Geheim' precies en wie mag zo'n rubricering aanbrengen?""")

D("en", "general-question", [], """What does a probation officer put in a pre-sentence report in England, roughly? Headings only.""")
# --- hard-negative -----------------------------------------------------------

D("nl", "hard-negative", [], """NOTULEN ALV VvE [naam complex]
Datum: [datum]   Aanwezig: [aantal] van de [totaal] stemmen
1. Opening door de voorzitter, [naam voorzitter].
2. Vaststellen notulen vorige vergadering.
3. Jaarrekening; verslag kascommissie ([naam], [naam]).
4. Rondvraag en sluiting.""")

D("en", "hard-negative", [], """Why does the bank say this IBAN is invalid? GB29NWBK60161331926818 — I copied it from an old invoice of a supplier.""")

D("nl", "hard-negative", [], """Is 205937182 een geldig burgerservicenummer? Ik krijg een foutmelding in het formulier van de gemeente, maar het nummer staat zo op de brief.""")

D("en", "hard-negative", [], """Stripe test mode: card 4532018736452196 gets "incorrect_number" instead of a decline. Which test numbers should I use for a 3-D Secure challenge?""")

D("nl", "hard-negative", [], """Schrijf een kort verhaal voor groep 4 waarin Pippi Langkous en Dikkie Dik samen naar de Efteling gaan en daar Holle Bolle Gijs ontmoeten.""")

D("en", "hard-negative", [], """Ward 7 polling station is at St Luke's Primary School on Albion Road this year, not the Methodist hall. Doors open at 7am and close at 10pm. Bring photo ID.""")

D("nl", "hard-negative", [], """Routebeschrijving naar de Anne Frankschool: vanaf het Willem Alexanderplein rechtsaf de Prins Bernhardlaan in, bij de Albert Heijn links de Johan de Wittstraat in. De school ligt naast het Erasmus-gebouw van Hogeschool Rotterdam.""")

D("en", "hard-negative", [], """[2025-03-04 02:00:01] cron: backup job started (user=postgres)
[2025-03-04 02:00:01] pg_dump: connecting with ${PGPASSWORD} from env
[2025-03-04 02:14:47] backup finished, 4.2 GB, sha256=3b1f0c...e92a
[2025-03-04 02:14:48] upload to s3://backups-prod/ OK (agent v10.2.0.14)""")

D("nl", "hard-negative", [], """Jaaroverzicht meldkamer ambulancezorg regio Utrecht 2024: 118.402 meldingen, waarvan 41 % A1-urgentie. Gemiddelde responstijd A1: 11 min 32 s. Meest voorkomende klacht: pijn op de borst, gevolgd door val bij ouderen.""")

D("en", "hard-negative", [], """Order #482017336 has shipped! Track it with DPD, parcel 15501948273640. Your items: 2× oak shelf brackets, 1× wall plug set. Questions? Reply to this email or visit our help centre.""")

D("nl", "hard-negative", [], """Gebedstijden moskee, week 12: fajr 05.31, dhuhr 13.38, asr 16.47, maghrib 19.24, isha 20.52. Vrijdaggebed om 13.45 in beide zalen. Tijdens de ramadan is er elke avond iftar voor iedereen.""")

D("en", "hard-negative", [], """TLP:CLEAR — Advisory: phishing campaign impersonating parcel carriers. Indicators: domain dpd-redelivery[.]info, sender "noreply@dpd-redelivery.info". No action needed beyond blocking the domain.""")

D("nl", "hard-negative", [], """Wat rekent de Huurcommissie voor een procedure? Ik las €25 voor huurders en €500 voor verhuurders, en dat je het terugkrijgt als je in het gelijk wordt gesteld. Klopt dat nog in 2025?""")

D("en", "hard-negative", [], """Product review of the Sherlock Holmes box set: Holmes and Watson are as sharp as ever, Moriarty is wonderfully menacing, and Mrs Hudson steals every scene. Five stars for the restoration.""")

D("nl", "hard-negative", [], """Deze IBAN wordt geweigerd bij het overmaken: NL38RABO0318264970. Is er een tool waarmee ik kan zien of ik een cijfer verkeerd heb overgetypt?""")

D("en", "hard-negative", [], """Schema for the volunteers table:
CREATE TABLE volunteers (
  id SERIAL PRIMARY KEY,
  full_name TEXT NOT NULL,
  email TEXT,
  phone TEXT,
  dbs_checked BOOLEAN DEFAULT FALSE
);""")

D("nl", "hard-negative", [], """bestelling bij Van der Valk Catering voor de bar mitswa-receptie: 120 personen, bitterballen en sushi, levering bij de Jan van Galenstraat-ingang. Factuurnummer 2025-0394, KvK 39482710.""")

D("en", "hard-negative", [], """The "Captain Tom" walk is back: join us on 12 April around Victoria Park to raise money for the NHS Charities Together. Registration £10, children free. Organised by the Friends of Victoria Park.""")

D("nl", "hard-negative", [], """klopt het dat een BSN van 9 cijfers altijd de elfproef moet halen? bijv 394851247 haalt hem niet, toch? en 482017336 ook niet?""")

D("en", "hard-negative", [], """Card payments: we saw 5264 1809 3725 1430 in our fraud feed but it fails the Luhn check, so it's probably a typo or a generated number. Can we drop such entries automatically?""")

D("nl", "hard-negative", [], """Teststatus NL14INGB0004827316 — onze importer keurt deze af, maar de klant zegt dat hij klopt. Wat zegt de mod-97 controle?""")

D("en", "hard-negative", [], """Minutes template for the PTA:
Date / Venue
Present: ____________
Apologies: ____________
1. Treasurer's report
2. Events (summer fair, discos)
3. AOB
Next meeting: ____""")
# --- gov-marked --------------------------------------------------------------

D("nl", "gov-marked", [], """⟦V|DEPARTEMENTAAL VERTROUWELIJK⟧

Nota aan de minister
Van: DG Migratie
Datum: 7 maart
Onderwerp: stand van zaken noodopvang Ter Apel

1. De bezetting is 2.140 (capaciteit 2.000). COA vraagt om uitbreiding met paviljoens.
2. Burgemeester ⟦P|Jaap Velema⟧ heeft laten weten dat de gemeente geen verdere uitbreiding accepteert.
3. Contactpersoon COA: ⟦P|Ellen Dijkhuis⟧, ⟦T|06 52 81 30 47⟧.

⟦V|DEPARTEMENTAAL VERTROUWELIJK⟧""")

D("en", "gov-marked", [], """⟦V|TLP:AMBER+STRICT⟧
NCSC-NL / sector CERT — incident update 3

Affected: Waterschap Noorderzijlvest, VPN appliance (FortiGate), exploited via CVE-2024-21762.
Attacker IPs observed: ⟦IP|45.137.21.9⟧, ⟦IP|185.220.101.47⟧
Compromised service account: svc_backup (password reset done). Point of contact: ⟦P|Rutger Hovinga⟧ (CISO), ⟦E|r.hovinga@noorderzijlvest.nl⟧.
Do not share outside the recipients' organisation.""")

D("nl", "gov-marked", [], """Van: ⟦P|Wilma Teunissen⟧
Aan: ⟦P|Bastiaan Roelofs⟧
Onderwerp: FW: ⟦V|Stg. Confidentieel⟧ — bezoek delegatie

⟦P|Bastiaan⟧, zie onderstaand. Graag zorgen dat de beveiligers van DBB de lijst hebben. Delegatieleider is dhr. ⟦P|Adrian Petrescu⟧, paspoort ⟦N|058214736⟧.

> ⟦V|STG. CONFIDENTIEEL⟧
> Het bezoek vindt plaats op 18 maart op het ministerie, ⟦A|Turfmarkt 147⟧. Het programma wordt niet openbaar gemaakt.""")

D("en", "gov-marked", ["health"], """⟦V|OFFICIAL-SENSITIVE⟧ — PERSONAL
Briefing for the Permanent Secretary
Subject: long-term sickness absence, Private Office

⟦P|Giles Warrender⟧ (Grade 7, speechwriting) has been absent since 12 January with a stress-related illness. Occupational Health (case ⟦N|OH-2025-00419⟧) recommends a phased return from April. Line manager: ⟦P|Priyanka Sethi⟧.
Handling: not for onward circulation.""")

D("nl", "gov-marked", [], """⟦V|BEPERKTE VERSPREIDING⟧ — Federale Overheidsdienst Binnenlandse Zaken
Verslag overleg crisiscentrum, 3 februari
Aanwezig: ⟦P|Kristof Vandenberghe⟧ (voorzitter), ⟦P|Sofie Maes⟧, ⟦P|Jean-Luc Dubois⟧ (Defensie)
Besluit: fase 2 van het noodplan voor de provincie Luik blijft van kracht tot 10 februari.
Contact wachtdienst: ⟦T|+32 2 488 47 10⟧""")

D("en", "gov-marked", [], """⟦V|RESTREINT UE/EU RESTRICTED⟧
Working Party on Consular Affairs — outcome of proceedings
Delegations: NL (⟦P|M. de Ruiter⟧), BE (⟦P|A. Peeters⟧), PL (⟦P|K. Nowicka⟧)
The Presidency noted broad support for the revised crisis-evacuation guidelines. The Commission will circulate a non-paper.
⟦V|RESTREINT UE/EU RESTRICTED⟧""")

D("nl", "gov-marked", ["criminal"], """⟦V|STG. GEHEIM⟧ — AIVD, Directie Inlichtingen
Exemplaar 3 van 5
Betreft: ⟦P|Tarik Benhaddou⟧, geb. ⟦D|04-10-1996⟧ te Den Haag
Betrokkene is sinds januari in contact met een persoon die in Duitsland is aangehouden op verdenking van deelname aan een terroristische organisatie. Betrokkene zelf wordt sinds 14 februari door de FIOD verdacht van witwassen.
Verstrekt aan: NCTV, mr. ⟦P|H. de Brauw⟧""")

D("en", "gov-marked", [], """Subject: ⟦V|TLP:GREEN⟧ phishing wave against municipalities
Hi all, a short heads-up from the ISAC. Sender domain: gemeente-loket[.]online. Reported first by ⟦P|Nienke Bos⟧ at Gemeente Zaanstad (⟦T|075 655 2133⟧). Please share within your community.
— ⟦P|Vikram Raghunathan⟧, ISAC coordinator""")

D("nl", "gov-marked", [], """Graag deze notitie inkorten tot 1 A4, de markering moet er wel op blijven.

⟦V|Persoonlijk en vertrouwelijk⟧
Aan: de burgemeester
Van: ⟦P|A.M. Schouten⟧, gemeentesecretaris
Betreft: integriteitsmelding raadslid
Er is een melding binnengekomen over raadslid ⟦P|P. Verhoef⟧ in verband met een mogelijk belangenconflict bij de aanbesteding van het zwembad (zijn zwager ⟦P|Marco Uijl⟧ is aannemer). Voorstel: extern onderzoek door Integis.""")

D("en", "gov-marked", [], """NATO UNCLASSIFIED — Releasable to the Public
Press statement following the meeting of Defence Ministers, 13 February. Ministers discussed air defence and industrial capacity. The Secretary General's press conference will be streamed at 15:30.""")
# --- more, mixed families (cards, postcodes, numbers, rarer categories) -------

D("nl", "mail-system", [], """Doorgestuurd ter info, kun je checken of die kaart echt geblokkeerd is?

Van: ⟦P|Gert-Jan Postma⟧
Verzonden: dinsdag 11 februari 2025 08:47
Aan: ⟦E|administratie@postmaklimaattechniek.nl⟧
Onderwerp: zakelijke creditcard kwijt

Ik ben gisteren in Düsseldorf mijn zakelijke kaart verloren, nummer ⟦C|4929 5018 3746 0218⟧. Ik heb gebeld met ICS maar weet niet of het gelukt is. Zit nu in het hotel, bereikbaar op ⟦T|+49 211 4389 0⟧ kamer 412.
⟦P|GJ⟧""")

D("en", "llm-dialogue", [], """User: my card keeps getting declined on the council parking site, is the number wrong? ⟦C|6011 9824 7305 1624⟧ exp 09/27
Assistant: I can't check card numbers, and it's safer not to paste them into a chat. Declines on that site are often caused by the 3-D Secure step...""")

D("en", "scribbles", [], """sticky note in ⟦P|Brian⟧'s desk drawer (found during clear-out, shredding it now):
AMEX ⟦C|3718 492065 31940⟧ exp 11/26  cvv in my head
online banking memorable word: ⟦S|tottenham1961⟧""")

D("nl", "property-utility", [], """Bevestiging borg vakantiehuisje 'De Duinpieper', Vlieland
Gast: ⟦P|Hanna Lewandowska⟧, ⟦E|hanna.lewandowska@wp.pl⟧
Aankomst 12 juli, 7 nachten, 4 personen + hond
Borg €250 gereserveerd op creditcard ⟦C|5264 1809 3725 1403⟧ (wordt vrijgegeven na vertrek)
Sleutel bij ⟦P|Klaske⟧, ⟦A|Dorpsstraat 112, 8899 AK Vlieland⟧""")

D("en", "public-appeal", [], """Reddit r/Scams — "Is this a scam? Got this text"
"ROYAL MAIL: Your parcel could not be delivered. Pay £1.99 at royalmail-redelivery.help". I clicked and typed my card, ⟦C|4532 0187 3645 2195⟧, before I noticed. Called the bank, they cancelled it. Anything else I should do? (I'm in Swansea, bank is Monzo.)""")

D("nl", "civic-political", [], """Antwoordnummer / postbus voor de bezwaarschriften tegen het bestemmingsplan:
Gemeente Súdwest-Fryslân, t.a.v. de raadsgriffie, Postbus 10000, ⟦Z|8600 HA⟧ Sneek.
Indiener (voorbeeldbrief van de bewonersgroep, namens ⟦P|Hinke Terpstra⟧): postcode ⟦Z|8621 BW⟧, huisnummer 7.""")

D("nl", "edu-admin", [], """Formulier tegemoetkoming reiskosten leerlingenvervoer
Naam leerling: ⟦P|Daan Hoogland⟧
Postcode: ⟦Z|6671 DJ⟧   Huisnummer: 38
School: SBO De Wegwijzer, Arnhem
Rekeningnummer ouder: ⟦I|NL14BUNQ2047195386⟧ t.n.v. ⟦P|R. Hoogland⟧""")

D("en", "edu-admin", [], """Form 4B (teacher reference), typed from the scan:
CANDIDATE: ⟦P|ROSALIND OYELOWO⟧   CANDIDATE NO: ⟦N|4417⟧   CENTRE: 23104
REFEREE: MRS ⟦P|J. BLACKWOOD⟧
"⟦P|Rosalind⟧ is diligent and organised. She coached the Year 7 netball team on Wednesdays.\"""")

D("nl", "med-artifact", [], """Formulier machtiging declaratie (apotheek → zorgverzekeraar)
Verzekerde: ⟦P|Jorn Eijkelenboom⟧
BSN: ⟦B|702 531 649⟧
Verzekeraar: VGZ, verzekerdennummer ⟦N|208 413 77⟧
Adres: ⟦A|Graafseweg 301, 6532 ZR Nijmegen⟧""")

D("nl", "property-utility", [], """Machtiging doorlopende SEPA-incasso — Vereniging van Eigenaren Wijnhaven 3
Naam: ⟦P|Laurens Kwakkelstein⟧
Adres: ⟦A|Wijnhaven 3-F⟧
Postcode + plaats: ⟦Z|3011 WG⟧ Rotterdam
IBAN: ⟦I|NL85 ABNA 0592 0173 84⟧
Datum en handtekening: 4-3-2025""")

D("en", "property-utility", [], """Direct Debit Instruction (Bavarian flat, German bank) — can you translate the German bits for me?
Kontoinhaber: ⟦P|Eamon Fitzgerald⟧
IBAN: ⟦I|DE44 5001 0517 5407 3249 31⟧
Anschrift: ⟦A|Leopoldstraße 77, 80802 München⟧
Gläubiger: Stadtwerke München, Mandatsreferenz ⟦N|SWM-4418207⟧""")

D("nl", "app-telemetry", [], """Kun je uitleggen wat deze JSON-export uit ons ledensysteem betekent? We stappen over naar Sportlink.

[{"lid": "⟦N|KNVB 2038471⟧", "naam": "⟦P|Ismaël Touré⟧", "geb": "⟦D|2011-03-14⟧", "iban": "⟦I|BE37068241937528⟧", "team": "JO14-2"},
 {"lid": "⟦N|KNVB 2038502⟧", "naam": "⟦P|Boaz Meijer⟧", "geb": "⟦D|2011-07-30⟧", "iban": null, "team": "JO14-2"}]""")

D("en", "app-telemetry", [], """docker-compose.yml — why does the app container not see the db?

services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: tenants_app
      POSTGRES_PASSWORD: ⟦S|rY2!kd8Qw#mV⟧
  app:
    environment:
      DATABASE_URL: ⟦S|postgres://tenants_app:rY2!kd8Qw#mV@db:5432/tenants⟧
      ADMIN_EMAIL: ⟦E|karen.liddell@ashgrovelettings.co.uk⟧""")

D("nl", "app-telemetry", [], """firewall-log thuisrouter (iemand probeert steeds in te loggen?)
Feb 21 03:11:04 WAN_IN DROP SRC=⟦IP|193.32.162.88⟧ DST=⟦IP|84.26.171.40⟧ PROTO=TCP DPT=22
Feb 21 03:11:09 WAN_IN DROP SRC=⟦IP|193.32.162.88⟧ DST=⟦IP|84.26.171.40⟧ PROTO=TCP DPT=23
Feb 21 07:45:51 DHCP lease ⟦IP|192.168.2.37⟧ → iPhone-van-⟦P|Mirjam⟧""")

D("en", "justice-chain", ["biometric", "criminal"], """Crime scene examiner note (burglary, ⟦A|14 Orchard Rise, Kenilworth CV8 1EL⟧)
Fingerprint lift from the kitchen window: IDENT1 match to ⟦P|Lewis Garside⟧ (PNC ⟦N|04/771930H⟧), 16-point match confirmed by bureau 11:20. Victim: Mrs ⟦P|Pauline Yeo⟧, ⟦T|01926 853 402⟧. Passed to DC ⟦P|Harwood⟧ for arrest.""")

D("nl", "edu-admin", ["biometric"], """Bericht aan ouders groep 8: wie geeft geen toestemming voor de gezichtsherkenning op de kamp-foto's in de Social Schools-app? Van ⟦P|Tijn⟧ (vader ⟦P|Ahmed Bensaïd⟧) en ⟦P|Lise⟧ hebben we al een nee. Bij ⟦P|Mats⟧ heeft de app zijn gezicht al aan 38 foto's gekoppeld, dat halen we weg.""")

D("nl", "assoc-minutes", ["trade_union"], """Verslag ledenvergadering afdeling FNV Metaal, regio Twente
Aanwezig 34 leden. Voorzitter ⟦P|Gerard ten Brinke⟧ opent.
- Nieuwe kaderleden bij Apollo Vredestein: ⟦P|Sevgi Yılmaz⟧ en ⟦P|Robin Hulshof⟧.
- Stakingskas: ⟦P|Henk⟧ vraagt hoe hoog de uitkering per dag is. Antwoord: €85.
- ⟦P|Sevgi⟧ vertelt over de actie bij de poort.""")

D("en", "mail-system", ["ethnicity"], """Fwd: Re: conference bursary
> From: ⟦P|Abena Owusu-Mensah⟧
> I'm applying for the bursary for Black and minority ethnic researchers. I'm British Ghanaian and the first in my family at university. My supervisor Prof. ⟦P|Ian Lockyer⟧ supports the application.
Forwarding to the panel — ⟦P|Helen⟧""")

D("nl", "public-appeal", ["ethnicity", "religion"], """Recensie op Google van Toko Mekar, ⟦A|Binnenweg 210, 3014 GJ Rotterdam⟧ ★★★★★
"Als Molukse oma kom ik hier al dertig jaar voor mijn sambal en kue. Ibu ⟦P|Rita⟧ weet precies wat ik bedoel. Na de kerkdienst in de Molukse kerk gaan we er altijd langs. — ⟦P|Johanna Latuheru⟧\"""")

D("en", "med-artifact", ["genetic", "health"], """Newborn screening result letter
Baby: ⟦P|Mila Kovačević⟧, born ⟦D|2 January 2025⟧, NHS no ⟦N|721 390 4852⟧
Result: sickle cell carrier (HbAS). This is not a disease and ⟦P|Mila⟧ will not become ill from it. Her parents, ⟦P|Dragan⟧ and ⟦P|Tamara⟧, may wish to be tested themselves.
Screening coordinator: ⟦P|Lisa Pham⟧""")

D("nl", "llm-dialogue", ["sexual"], """gebruiker: schrijf een speech voor de bruiloft van mijn zus ⟦P|Roos⟧, ze trouwt met ⟦P|Eva van Dam⟧. ik wil iets zeggen over hoe ⟦P|Roos⟧ op haar 17e uit de kast kwam en hoe trots ik toen al was
assistent: Wat mooi! Hoe lang kennen ⟦P|Roos⟧ en ⟦P|Eva⟧ elkaar al?""")

D("en", "civic-political", ["trade_union"], """Payroll deduction form — please process from March payroll
Employee: ⟦P|Marcin Kowalczyk⟧   Staff no: ⟦N|E40912⟧
Union: UNISON   Membership no: ⟦N|9371004⟧
Deduction: £16.80 per month, union subscriptions
Signed: ⟦P|M. Kowalczyk⟧""")

D("nl", "quasi-judicial", ["health"], """Uitspraak Commissie van Beroep, Stichting Klachtencommissie Kinderopvang (samenvatting)
Ouder ⟦P|Y. Chaoui⟧ klaagde dat de leidster haar dochter ⟦P|Amira⟧ (2) met bekende notenallergie een koekje met hazelnoot had gegeven. ⟦P|Amira⟧ moest naar de SEH van het Spaarne Gasthuis.
Oordeel: klacht gegrond. Dossiernummer ⟦N|KK-2024-0788⟧.""")

D("en", "scribbles", [], """To do — ⟦P|Priya⟧'s leaving do
[x] book The Crown, back room, 6pm Fri
[ ] collect money (£10 each) → send to ⟦P|Tom⟧, ⟦I|GB46 BARC 2000 5741 8392 65⟧
[ ] card, get everyone to sign
[ ] ask ⟦P|Lorraine⟧ about the gift""")

D("nl", "justice-chain", [], """Procesverbaal van bevindingen (concept, graag spelling nakijken)
Op vrijdag 7 maart zag ik, verbalisant ⟦P|R. Kloosterman⟧, een grijze Volkswagen Polo, kenteken ⟦K|X-451-SV⟧, geparkeerd op de stoep van de ⟦A|Marktstraat 2, 7241 BS Lochem⟧. De bestuurder, ⟦P|Jasmijn Hartgers⟧, geboren ⟦D|22-05-2001⟧, verklaarde dat ze alleen even iets ophaalde bij de apotheek.""")

D("nl", "faith-life", [], """Rouwkaart (tekst voor de drukker, graag nakijken op spelling)

Verdrietig maar dankbaar voor wat hij voor ons betekende, delen wij u mee dat is overleden onze lieve vader en opa
⟦P|Hendrikus Johannes (Henk) Stegeman⟧
* Lemelerveld, ⟦D|3 september 1938⟧   † Raalte, 21 februari 2025
⟦P|Gerda⟧ en ⟦P|Wim⟧, ⟦P|Jos⟧ en ⟦P|Annet⟧
Correspondentieadres: ⟦A|Lemelerveldseweg 18, 8102 PC Raalte⟧""")
# --- long documents ----------------------------------------------------------

D("nl", "mail-system", [], """Kun je van deze hele mailwisseling een tijdlijn maken (datum, wie, wat)?

Van: ⟦P|Esther Wijnands⟧ <⟦E|e.wijnands@gemeentebest.nl⟧>
Verzonden: vrijdag 14 februari 2025 16:02
Aan: ⟦P|Roel Verstappen⟧ <⟦E|roel@verstappenbouwadvies.nl⟧>
CC: ⟦E|vergunningen@gemeentebest.nl⟧
Onderwerp: RE: RE: aanvraag dakkapel ⟦A|Nieuwstraat 61, 5683 KB Best⟧

Beste ⟦P|Roel⟧,
Dank voor de aangepaste tekening. De welstandscommissie vergadert op 27 februari; ik zet de aanvraag op de agenda. Graag nog de handtekening van de eigenaar, mevrouw ⟦P|Van Hout⟧, onder het machtigingsformulier.
Met vriendelijke groet,
⟦P|Esther Wijnands⟧ | vergunningverlener | ⟦T|0499 360 360⟧

-----Oorspronkelijk bericht-----
Van: ⟦P|Roel Verstappen⟧
Verzonden: woensdag 12 februari 2025 09:31
Onderwerp: RE: aanvraag dakkapel

Hoi ⟦P|Esther⟧, in de bijlage de nieuwe tekening: de dakkapel staat nu 1 meter van de nok. Mevrouw ⟦P|Van Hout⟧ is tot 20 februari in Spanje, daarna tekent ze. Haar zoon ⟦P|Thijs⟧ (⟦T|06 44 19 20 83⟧) kan eventueel de sleutel geven als de inspecteur wil kijken.
Groet, ⟦P|Roel⟧

-----Oorspronkelijk bericht-----
Van: ⟦P|Esther Wijnands⟧
Verzonden: maandag 3 februari 2025 14:10
Onderwerp: aanvraag dakkapel, zaaknummer ⟦N|Z/25/048117⟧

Beste heer ⟦P|Verstappen⟧, de dakkapel op de tekening komt tot in de nok. Dat past niet in het bestemmingsplan. Kunt u een aangepaste tekening sturen?""")

D("en", "assoc-minutes", [], """Can you turn these rough notes into proper minutes? Keep the action list at the end.

Riverside Court Residents' Association — committee, Tues 11 Feb, community room
there: ⟦P|Maureen Dilks⟧ (chair), ⟦P|Tunde Bakare⟧ (treasurer), ⟦P|Agnieszka Mazur⟧, ⟦P|Phil⟧ from block C, ⟦P|Jas Sangha⟧, and ⟦P|Lee Ashworth⟧ from the housing association (guest)
apologies: ⟦P|Colin Rudd⟧, ⟦P|Sheila⟧

1. Lift in block B out again, 9 days. ⟦P|Lee⟧ says part is on order from Germany. ⟦P|Maureen⟧ not happy, says three residents on the 7th floor can't get out. ⟦P|Lee⟧ to arrange a stair-climber service.
2. Money: £1,284.60 in the account, £212 from the bake sale. ⟦P|Tunde⟧ asked who still has the float tin. ⟦P|Phil⟧ has it.
3. Bins: fly-tipping behind block A again. ⟦P|Agnieszka⟧ took photos; there's a van that comes on Sunday nights, plate ⟦K|BV15 KXR⟧. ⟦P|Lee⟧ will pass it to the council's enforcement team.
4. Christmas party went well, thanks to ⟦P|Jas⟧ and her daughter ⟦P|Simran⟧ for the food.
5. AOB: new residents in 4C, the ⟦P|Okwuosa⟧ family — ⟦P|Maureen⟧ to drop a welcome card.

Actions: ⟦P|Lee⟧ stair-climber + plate to enforcement; ⟦P|Tunde⟧ bank the bake-sale money; ⟦P|Maureen⟧ card for 4C; next meeting 11 March.""")

D("nl", "quasi-judicial", [], """Maak hier een korte samenvatting van (max 5 zinnen) voor de nieuwsbrief van de huurdersvereniging.

GESCHILLENCOMMISSIE WONEN — bindend advies
Dossiernummer: ⟦N|WON-24-1907⟧
In het geschil tussen:
mevrouw ⟦P|S.A. Pinas⟧, wonende ⟦A|Bijlmerplein 402, 1102 DB Amsterdam⟧, hierna: de huurder,
en
Ymere, gevestigd te Amsterdam, hierna: de verhuurder.

1. De procedure. De huurder heeft op 12 september 2024 een klacht ingediend over het uitblijven van herstel van de centrale verwarming. De verhuurder heeft verweer gevoerd. De zitting vond plaats op 20 januari 2025 in Utrecht; de huurder werd bijgestaan door haar zoon, de heer ⟦P|R. Pinas⟧.
2. De feiten. Sinds oktober 2023 valt de verwarming in de woning herhaaldelijk uit. De huurder heeft zes storingsmeldingen gedaan. Monteurs van de verhuurder hebben telkens een tijdelijke reparatie verricht.
3. Het oordeel. De commissie is van oordeel dat de verhuurder tekort is geschoten. Dat de ketel oud is, komt voor rekening van de verhuurder.
4. Beslissing. De verhuurder vervangt de cv-ketel binnen vier weken na dit advies en betaalt de huurder een vergoeding van €650 op rekening ⟦I|NL36SNSB0927364518⟧. De klachtkosten van €27,50 worden aan de huurder terugbetaald.
Aldus beslist door mr. ⟦P|J. Hakkert⟧, voorzitter, en de leden drs. ⟦P|C. Noordzij⟧ en ing. ⟦P|T. Brouwer⟧.""")

D("en", "app-telemetry", [], """help, our CSV export to the mailing house has broken quoting, can you fix the rows?

member_no,title,first,last,address1,town,postcode,email,phone,gift_aid
⟦N|M-10482⟧,Mrs,⟦P|Pauline⟧,⟦P|Hegarty⟧,"⟦A|12 Kiln Lane⟧",Otley,LS21 1AB,⟦E|pauline.hegarty@btinternet.com⟧,⟦T|01943 462 118⟧,Y
⟦N|M-10483⟧,Mr,⟦P|Segun⟧,⟦P|Adewale⟧,"⟦A|Flat 3, 7 Mount Street⟧",Bradford,BD3 9QH,⟦E|segun.adewale@gmail.com⟧,⟦T|07960 213 774⟧,N
⟦N|M-10484⟧,Dr,⟦P|Anneliese⟧,⟦P|Vogt⟧,"⟦A|The Old Vicarage, 2 Church Lane,Ilkley⟧",Ilkley,LS29 9DR,⟦E|a.vogt@leeds.ac.uk⟧,,Y
⟦N|M-10485⟧,Ms,⟦P|Kerry-Ann⟧,⟦P|Boateng⟧,"⟦A|44b Harehills Road⟧",Leeds,LS8 5HS,,⟦T|07883 502 916⟧,Y""")

D("nl", "justice-chain", ["criminal"], """meldkamer politie oost-nederland — incidentlog (uitdraai voor het teamoverleg, graag even de tijdlijn eruit halen)

22:41:07 melding via 112, melder ⟦P|Nicole Spekschoor⟧ ⟦T|06 37 92 14 08⟧, "buurman slaat de ramen in bij de overburen"
22:41:40 locatie ⟦A|Wilhelminastraat 27, 7131 BS Lichtenvoorde⟧, verdachte volgens melder ⟦P|Bennie Wassink⟧ (buurman nr 25), man ±50, blauwe overall
22:42:15 prio 1, eenheden 06-214 en 06-221 ter plaatse
22:49:02 06-214: ter plaatse, verdachte aangetroffen in voortuin, schreeuwt, hand bloedt
22:51:30 06-214: verdachte aangehouden art. 350 Sr, overgebracht naar bureau Doetinchem
22:53:10 bewoners overburen fam. ⟦P|Hoitink⟧ geschrokken, niemand gewond, slachtofferhulp aangeboden
22:58:44 06-221: kenteken auto verdachte ⟦K|54-TRN-9⟧ op oprit, niets bijzonders
23:20:01 afgesloten""")

D("en", "llm-dialogue", ["health"], """Conversation export (support bot for a home-care agency). Please summarise what the client wants and what the bot got wrong.

[09:02] Client: hello, I need to change my mum's morning visits
[09:02] Bot: Hi! I can help with that. What's the name of the person receiving care?
[09:03] Client: ⟦P|Dorothy Ingram⟧. she lives at ⟦A|5 Primrose Walk, Hexham NE46 3EX⟧
[09:03] Bot: Thanks. For security, can you confirm ⟦P|Dorothy⟧'s date of birth?
[09:04] Client: ⟦D|19th April 1937⟧
[09:04] Bot: Thank you. I can see visits at 8:00 with carer ⟦P|Aisling⟧. What would you like to change?
[09:05] Client: she's started on new Parkinson's tablets that she has to take at 7 sharp, before breakfast, so the visit needs to be 6:45. ⟦P|Aisling⟧ is lovely but if she can't do it ⟦P|Marek⟧ did it before
[09:06] Bot: I've moved the visit to 7:45. Is there anything else?
[09:06] Client: no!! 6:45 not 7:45
[09:07] Bot: Sorry about that. I've passed your request to the scheduling team. They'll call you on the number we have, ⟦T|07853 662 019⟧.
[09:07] Client: that's my brother ⟦P|Keith⟧'s number not mine. mine is ⟦T|07412 908 355⟧, I'm ⟦P|Helen⟧""")

D("nl", "edu-admin", ["health"], """Graag dit MDO-verslag omzetten in een brief aan de ouders, zonder vakjargon.

Verslag multidisciplinair overleg, obs De Zonnewijzer, 5 maart
Leerling: ⟦P|Milan Sprengers⟧, groep 5, geb. ⟦D|17-09-2016⟧
Aanwezig: ⟦P|Anke de Bie⟧ (leerkracht), ⟦P|Frank Sluijter⟧ (IB), ⟦P|Marloes⟧ (schoolmaatschappelijk werk), ouders ⟦P|Kim⟧ en ⟦P|Sjef Sprengers⟧
Aanleiding: ⟦P|Milan⟧ is snel afgeleid, loopt veel rond en heeft conflicten op het plein. Resultaten rekenen dalen (M5: E).
Informatie ouders: thuis veel ruzie met broertje ⟦P|Teun⟧; slaapt slecht. Kinderarts heeft in januari ADHD gediagnosticeerd; ⟦P|Milan⟧ start in april met medicatie. Moeder werkt sinds kort nachtdiensten.
Afspraken:
- ⟦P|Anke⟧ maakt een time-out-plek in de klas en werkt met een beloningskaart.
- ⟦P|Frank⟧ vraagt een consult aan bij het samenwerkingsverband.
- Evaluatie 14 mei. Contact ouders via ⟦E|kimensjef@gmail.com⟧.""")

D("en", "gov-marked", [], """⟦V|TLP:RED⟧ — for named recipients only

From: ⟦P|Siân Pritchard⟧, Head of Cyber Resilience, Cardiff Council
To: ⟦P|Owain Lloyd⟧ (CEO), ⟦P|Rebecca Hale⟧ (Monitoring Officer)
Date: 18 March

Summary of the incident as of 17:00:
- Ransomware detected on 14 file servers at 02:30; backups intact.
- Initial access through a contractor VPN account (⟦P|d.marsh⟧, Marsh IT Services) whose password was ⟦S|Marsh2023!⟧ and had no MFA. Account disabled.
- Attacker infrastructure: ⟦IP|91.215.85.142⟧, ⟦IP|2a0e:97c0:3e3:1::1f⟧
- No evidence yet of exfiltration of social-care records. NCSC engaged; ICO to be notified within 72 hours.
Next update 09:00 tomorrow. Do not forward.""")
# --- more negatives ----------------------------------------------------------

D("nl", "hard-negative", [], """Weekmenu verzorgingshuis De Hofstede: ma hutspot, di kip kerrie, wo Hollandse pot, do vis (kabeljauw), vr pannenkoeken. Dieetwensen doorgeven aan de keuken vóór 10.00 uur via toestel 214.""")

D("en", "hard-negative", [], """Ofsted-style summary for the staff newsletter: "Pupils behave well. Leaders have improved the curriculum in reading. Attendance is 95.2%, above the national average. The school should improve provision for pupils with SEND." No names please, it goes on the website.""")

D("nl", "hard-negative", [], """Voorbeeldbrief bezwaar parkeerbon (invullen en opsturen):

Naam: ...........................
Adres: ...........................
Kenteken: ..-...-..
Naheffingsaanslagnummer: ...........................
Geachte heer/mevrouw, hierbij maak ik bezwaar tegen de naheffingsaanslag van [datum], omdat ...""")

D("en", "hard-negative", [], """Run sheet for Saturday's 10k: start 09:00 at Heaton Park gates, water stations at 3 km and 7 km, first aid tent by the boating lake (St John Ambulance). Marshals meet at 07:45 by the Dower House. Finish on Lakeside Drive.""")

D("nl", "hard-negative", [], """Hoe werkt het elfproef-algoritme voor een BSN? Laat het zien met een zelfverzonnen nummer dat NIET klopt, bijvoorbeeld 123456789, en leg uit waarom het faalt.""")

D("en", "hard-negative", [], """HL7 message template from the vendor docs:
PID|1||{MRN}^^^HOSP^MR||{FAMILY}^{GIVEN}||{DOB}|{SEX}|||{ADDRESS}||{PHONE}
Replace the placeholders with real values when you test against the staging interface.""")

D("nl", "hard-negative", [], """Uitslag kaatspartij Franeker (dorpsvereniging): 1e prijs partuur uit Wommels, 2e prijs Tzum, 3e prijs Winsum. Het weer was goed, de opkomst ook. Volgend jaar weer op de tweede zaterdag van juli op het Sjûkelân.""")

D("en", "hard-negative", [], """Release notes v4.12.0.3 — Fixed: crash when the postcode field contained a space. Improved: CSV export now quotes fields with commas. Known issue: date of birth picker defaults to 1 Jan 1970 on iOS 17.""")

D("nl", "hard-negative", [], """Vergaderschema gemeenteraad 2025: commissie Bestuur op dinsdag, commissie Ruimte op woensdag, raadsvergadering de laatste donderdag van de maand om 19.30 uur in de raadzaal van het Stadhuis aan de Markt. Inspreken kan tot 12.00 uur op de dag zelf.""")

D("en", "hard-negative", [], """I'm reading a novel where Inspector Morse and Lewis investigate a murder at an Oxford college. Can you suggest three similar detective series set in university towns?""")

D("nl", "hard-negative", [], """Dienstregeling bus 74 Heerlen – Kerkrade vanaf 1 maart: elk kwartier tussen 7.00 en 19.00 uur, daarna elk half uur. Halte Burgemeester Savelbergplein vervalt tijdelijk wegens werkzaamheden; gebruik halte Willem Barentszstraat.""")

D("en", "hard-negative", [], """Which Kubernetes Secret field do I put the password in? My manifest currently has data: {password: <base64-encoded-password>} and kubectl says it's invalid.""")

D("nl", "hard-negative", [], """Klopt deze creditcard in ons testscript? 4532018736452196 — de betaalprovider zegt 'ongeldig nummer'. Het is geen echte kaart, we wilden alleen de validatie testen.""")

D("en", "general-question", [], """Our gurdwara wants to keep a list of volunteers for langar with phone numbers in a shared spreadsheet. Is that fine under GDPR, given it shows they're Sikh?""")

D("nl", "general-question", [], """Moet een huisartsenpost de opname van het telefoongesprek met de triagist bewaren, en mag je die als patiënt opvragen?""")

D("en", "general-question", [], """What are the rules for funeral directors repatriating a body to Morocco from the Netherlands? Which documents are needed? General overview please.""")

D("nl", "general-question", [], """Als een leerling op de basisschool gezichtsherkenning in de foto-app heeft, is dat dan biometrie in de zin van de AVG? En wat als ouders geen toestemming geven?""")
# --- more styles: caps, sloppy, dialect, mixed language ------------------------

D("nl", "scribbles", [], """KLADBLOK BALIE (vrijdag)
- MW ⟦P|VAN ROSSUM⟧ BELDE, PAS KWIJT, TERUGBELLEN ⟦T|0575 51 28 64⟧
- DHR ⟦P|KARADENIZ⟧ KOMT MAANDAG 10U VOOR RIJBEWIJS, NR ⟦N|5401827361⟧
- PAKKET VOOR ⟦P|SHIRLEY⟧ (BURGERZAKEN) LIGT ONDER DE BALIE""")

D("nl", "mail-system", [], """ge moogt da mailke efkes in proper Nederlands zetten? tis voor de syndicus

Dag ⟦P|Bart⟧, den dezen is ⟦P|Ludo Vermeulen⟧ van 't derde verdiep. De lift staat weeral stil sinds zaterdag en ons ma (86) kan nie naar beneden. Kunde gij da rap laten maken? Ge kunt mij bellen op ⟦T|0486 27 13 94⟧. Mijn adres voor de zekerheid: ⟦A|Sint-Bernardsesteenweg 412 bus 31, 2660 Hoboken⟧. Merci e!""")

D("nl", "scribbles", [], """appie aan mn broer, kun je er een nette mail van maken naar de garage?

ff voor de duidelijkheid he, de auto (⟦K|H-928-FN⟧) moet donderdag naar ⟦P|Piet⟧ van garage Van Eert voor de apk. jij brengt hem want ik werk. sleutel ligt bij ma. ⟦P|Piet⟧ zijn nummer is ⟦T|0492 52 11 08⟧, houdoe""")

D("nl", "property-utility", [], """Beste, ik heb jullie formulier ingevuld maar het lukt niet om te versturen, dus hier de gegevens:
naam ⟦P|Roel Hendrix⟧, adres ⟦A|Pastoor Vullinghsstraat 9, 6039 AR Stramproy⟧, klantnummer ⟦N|WML-400372⟧
Det water is sinds gister brúin, kómme jullie ins kieke? Bellen op ⟦T|0495 56 10 42⟧. Hoije!""")

D("en", "llm-dialogue", [], """can u make this sound more professional pls its for my new landlord

hey ⟦P|Sanjay⟧ its ⟦P|Kayden⟧ from flat 2b, the boiler thing is making a banging noise again and theres water under it. im in all day tmrw if ur guy can come, my number is ⟦T|07421 663 018⟧ in case u lost it. also my mate ⟦P|Jordy⟧ might be staying a few days, hope thats ok""")

D("nl", "llm-dialogue", [], """translate to english pls, het is voor de nieuwe collega uit Kyiv

Hoi ⟦P|Oksana⟧! Welkom bij het team. Morgen om 9 uur word je opgehaald bij de receptie door ⟦P|Marleen Aarts⟧. Je personeelsnummer is ⟦N|104832⟧ en je laptop-wachtwoord is tijdelijk ⟦S|Welkom!2025⟧, dat moet je meteen wijzigen. Lunch is om 12.30, ⟦P|Jeroen⟧ neemt je mee.""")

D("en", "mail-system", [], """Re: Re: Re: invoice query
> > > On Mon, ⟦P|Nkechi Obi-Wallace⟧ <⟦E|nkechi@obiwallace-design.com⟧> wrote:
> > > The invoice is attached, payment to ⟦I|GB46 BARC 2000 5741 8392 65⟧ within 30 days please.
> > Thanks ⟦P|Nkechi⟧, accounts say the IBAN belongs to someone called "⟦P|J Harwood⟧"?
> Yes, ⟦P|Jon⟧ is my business partner, it's our joint account.
OK, all paid. ⟦P|Ruth⟧ (finance)""")

D("nl", "scribbles", [], """Rooster vrijwilligers Voedselbank uitgiftepunt Kerkrade-West (week 11)
di: ⟦P|Jos⟧, ⟦P|Tiny Kuijpers⟧, ⟦P|Brahim⟧
do: ⟦P|Anja⟧ (sleutel), ⟦P|Piotr Zając⟧
za: ⟦P|Jos⟧ + ⟦P|Annemie⟧
Vervanging? App ⟦P|Annemie Lardinois⟧ ⟦T|06 50 91 23 84⟧""")

D("en", "scribbles", [], """ALL CAPS BECAUSE THE LABEL PRINTER ONLY DOES CAPS:
RETURN TO: MRS ⟦P|ELAINE CHISHOLM⟧
⟦A|FLAT 9, 22 ROSEBERY AVENUE, EDINBURGH EH6 5RA⟧
TEL ⟦T|0131 554 8827⟧""")

D("nl", "civic-political", [], """Aanvraag evenementenvergunning buurtbarbecue
Organisator: ⟦P|Mirjam Oudejans⟧, ⟦A|Lindenlaan 4, 1431 EV Aalsmeer⟧, ⟦T|0297 32 41 66⟧, ⟦E|mirjam.oudejans@gmail.com⟧
Datum: zaterdag 21 juni, 15.00 - 22.00 uur
Locatie: grasveld Lindenlaan, ca. 60 personen
Verkeersregelaars: ⟦P|Bas de Koning⟧ en ⟦P|Stefan Groen⟧""")

D("en", "app-telemetry", [], """Why does our smart lock log show two unlocks? Export from the Nuki app:

2025-03-01 07:12:44  unlock  by ⟦P|Ewa Sikorska⟧ (app, iPhone 14)
2025-03-01 07:12:51  unlock  by Keypad code #3 (cleaner)
2025-03-01 18:40:02  lock    by ⟦P|Tom Sikorski⟧ (Fob)
device IP ⟦IP|192.168.178.52⟧, bridge firmware 3.9.4""")

D("nl", "app-telemetry", [], """Kun je zeggen waarom deze YAML niet parseert? (Ansible inventory)

all:
  hosts:
    nas-thuis:
      ansible_host: ⟦IP|192.168.1.20⟧
      ansible_user: ⟦P|wouter⟧
      ansible_become_password: ⟦S|Kaasschaaf88!⟧
    pi-hole:
      ansible_host: 192.168.1.2O""")

D("en", "public-appeal", [], """Local Facebook group — "Anyone know who owns this car? Been parked across my drive on Tennyson Road since Friday, ⟦K|SK21 HWO⟧, silver Corsa. Council say it's not abandoned. — ⟦P|Gemma Ridley⟧\"""")

D("nl", "edu-admin", [], """Certificaat-aanvraag EHBO-cursus, ingevuld door cursist:
Naam: ⟦P|Chen Jiayi⟧ (roepnaam ⟦P|Jia⟧)
Geboortedatum: ⟦D|09-02-1999⟧
E-mail: ⟦E|jiayi.chen99@163.com⟧
Adres: ⟦A|Vlamingstraat 33, 2611 KV Delft⟧""")

D("en", "med-artifact", [], """Appointment card — Whitby Eye Clinic
Name: ⟦P|Bernard Houghton⟧   Hosp no: ⟦N|WH0048213⟧
Date: Tue 8 April, 10:20, Outpatients 2
Please bring your glasses and a list of your medicines. To change: ⟦T|01947 604 851⟧""")

D("nl", "mail-system", [], """Out of office / Afwezig
I am on holiday until 24 March. For urgent matters contact ⟦P|Femke de Jager⟧ (⟦E|f.dejager@kustenklimaat.nl⟧). Ik ben met vakantie tot 24 maart; voor spoed kun je bij ⟦P|Femke⟧ terecht.
— ⟦P|Joris van Leeuwen⟧, projectleider""")

D("nl", "faith-life", [], """Koor 'Laus Deo' — telefoonboom bij afgelasting repetitie
⟦P|Marian⟧ belt ⟦P|Truus Koene⟧ (⟦T|0165 55 31 09⟧) en ⟦P|Hein⟧
⟦P|Truus⟧ belt ⟦P|Bep van Gastel⟧ en ⟦P|Riet⟧
⟦P|Hein⟧ belt ⟦P|Nel Klaassen⟧ (⟦T|06 29 44 10 87⟧)""")

D("en", "property-utility", [], """Energy switch — welcome pack
Customer: ⟦P|Hyun-woo Park⟧
Supply address: ⟦A|17 Brunswick Square, Hove BN3 1EH⟧
Account no: ⟦N|EQ-55918204⟧   MPAN 21 1200 0048 2017 3
Direct debit: £118/month from the account you gave us ending 4471.""")

D("nl", "justice-chain", [], """Bezoekregistratie PI Vught, afdeling bezoekerscentrum (alleen administratief deel, ter controle)
Bezoeker: ⟦P|Samira Bakkali⟧, ⟦D|12-12-1990⟧, ID-kaart ⟦N|IZ74KR9D1⟧
Adres: ⟦A|Tongelresestraat 215, 5613 DL Eindhoven⟧
Kenteken geparkeerde auto: ⟦K|ZR-447-P⟧""")

D("en", "quasi-judicial", [], """Parking appeal (POPLA) — operator evidence summary
Appellant: ⟦P|Oliver Bankes⟧   Vehicle: ⟦K|EF19 UZK⟧
PCN issued 3 February.
Site: Meadowhall car park 3. ANPR entry 10:04, exit 14:51; 2-hour limit.
Appellant says his partner ⟦P|Cerys⟧ was driving and bought a ticket; no ticket found.
Assessor: ⟦P|Dominika Lis⟧""")
# --- two more long ones -------------------------------------------------------

D("nl", "llm-dialogue", ["health"], """Gebruiker: ik ben mantelzorger voor mijn vader en moet een aanvraag doen bij de gemeente. kun je helpen?
Assistent: Zeker. Wat voor aanvraag is het: huishoudelijke hulp, een woningaanpassing, vervoer of iets anders?
Gebruiker: een traplift en misschien hulp in huis. hij heet ⟦P|Gerrit Jan Wolters⟧, woont op de ⟦A|Kerkstraat 14, 7161 AH Neede⟧, is 84
Assistent: Dank je. Is er een reden waarom hij de trap niet meer goed op kan? Dat helpt om de aanvraag te onderbouwen.
Gebruiker: hij heeft vorig jaar een nieuwe heup gehad en sinds de zomer hartfalen, hij is heel snel moe. de cardioloog in het SKB heeft gezegd dat hij niet meer dan een paar treden per dag moet doen
Assistent: Dat is belangrijke informatie. Wil je dat ik een brief maak voor het Wmo-loket met die gegevens?
Gebruiker: ja. zet erbij dat ik zijn dochter ben, ⟦P|Anouk Wolters⟧, ⟦T|06 19 84 27 30⟧, ⟦E|anoukwolters@hotmail.com⟧, en dat mijn broer ⟦P|Erik⟧ in Canada woont dus niet kan helpen. zijn BSN is ⟦B|660284133⟧ als ze dat nodig hebben
Assistent: Hier is een opzet:
"Geachte heer/mevrouw, namens mijn vader, de heer ⟦P|G.J. Wolters⟧, wonende aan de ⟦A|Kerkstraat 14⟧ te Neede, vraag ik een traplift en hulp bij het huishouden aan. Mijn vader heeft hartfalen en een heupprothese..."
Gebruiker: goed! maar zet het BSN er niet in, dat geef ik wel telefonisch door. en zijn geboortedatum is ⟦D|2 mei 1940⟧ als je die toch noemt""")

D("en", "justice-chain", ["criminal", "health"], """Probation supervision log — please turn into a short progress summary for the court review

Case: ⟦P|Tyler James Brennan⟧   CRN: ⟦N|X419273⟧   Order: 18-month community order, rehabilitation activity requirement 20 days, drug rehabilitation requirement
03/01 Induction at Salford office. ⟦P|Tyler⟧ attended with his mum, ⟦P|Donna⟧. Explained requirements. Address confirmed: ⟦A|58 Langworthy Road, Salford M6 5PN⟧. Phone ⟦T|07938 204 611⟧.
10/01 DRR appointment at Achieve (⟦P|Kelly Simms⟧, keyworker). Positive test for cocaine. ⟦P|Tyler⟧ says last use was New Year's Eve.
17/01 Did not attend. Phoned, no answer. Text sent.
18/01 ⟦P|Tyler⟧ rang back: said his girlfriend ⟦P|Chantelle⟧ had gone into labour early, baby girl born at Salford Royal. Accepted as acceptable absence once evidence provided.
31/01 Attended. Negative test. Talked about the baby and wanting to stay out of trouble. Discussed CV and a construction course at Salford City College.
14/02 Attended RAR session (thinking skills). Engaged well. Mentioned that his cousin ⟦P|Reece⟧ is pressuring him to "do a drop" — safety planning done.
28/02 Negative test. Enrolled on CSCS card course starting 10 March.
Officer: ⟦P|Amrit Gill⟧, Probation Service North West""")

D("nl", "scribbles", [], """pakbon teruggevonden in de bus, voor wie is dit? ik wil het terugbrengen
Aan: ⟦P|K. Yıldırım⟧
⟦Z|7521 PH⟧ 48-2
Afzender: Bol.com retourcentrum, Postbus 5186, ⟦Z|3502 JD⟧ Utrecht
Pakketnummer 3SBOL8204719365""")

D("nl", "edu-admin", [], """Inschrijving zwemles (formulier gemeente, alleen de velden die ik heb ingevuld):
Naam kind: ⟦P|Lois Wijngaard⟧
BSN kind: ⟦B|149720580⟧
Postcode: ⟦Z|1318 BW⟧   Huisnr.: 112
Telefoon ouder: ⟦T|036 532 18 77⟧
Bijzonderheden: geen""")
# --- last additions: more names and identifiers without special data ---------

D("nl", "property-utility", [], """Kunnen jullie deze huurachterstandsregeling controleren? Ik heb het zelf opgesteld.

Huurder: ⟦P|Rasha Al-Hamwi⟧, huurdernummer ⟦N|HN-77120⟧, ⟦A|Kanaalweg 88-2, 3526 KM Utrecht⟧
Achterstand: €1.412,80 (jan-mrt)
Regeling: 12 x €117,73 per maand, vanaf 1 mei, van rekening ⟦I|NL36 SNSB 0927 3645 18⟧ op 'onze' rekening. Contactpersoon namens de huurder: haar broer ⟦P|Feras⟧, ⟦T|06 84 20 19 37⟧.""")

D("en", "mail-system", [], """From: ⟦P|Yonas Gebremedhin⟧ <⟦E|yonas.gebremedhin@outlook.com⟧>
To: ⟦E|lettings@parkwayhomes.co.uk⟧
Subject: viewing Thursday

Hello, I'd like to view the flat at ⟦A|3 Denmark Road, Reading RG1 5PA⟧ on Thursday after 5pm. My wife ⟦P|Semira⟧ will come too. My mobile is ⟦T|+44 7700 182 463⟧. Thank you, ⟦P|Yonas⟧""")

D("nl", "scribbles", [], """Doorgeefnotitje dienst 22-23 uur, receptie hotel
- kamer 118 dhr. ⟦P|Wiśniewski⟧, late check-out 13.00 afgesproken
- kamer 204 mevr. ⟦P|Tjoe-A-On⟧ wil wekdienst 06.15
- gevonden: rijbewijs op naam van ⟦P|Rudsel Martina⟧, nr ⟦N|5519283740⟧, ligt in de kluis
- ⟦P|Wendelien⟧ (nachtdienst) is ziek gemeld, ⟦P|Stefan⟧ neemt over""")

D("en", "app-telemetry", [], """Stack trace from the booking API (staging). Why is the phone validator throwing?

Traceback (most recent call last):
  File "/srv/app/bookings/views.py", line 88, in create
    phone = normalise_phone(payload["phone"])
  File "/srv/app/bookings/util.py", line 14, in normalise_phone
    raise ValueError(f"bad phone: {raw!r}")
ValueError: bad phone: '⟦T|+31 (0)6 1234 5678⟧'
Request payload: {"name": "⟦P|Dewi Kusumawardani⟧", "email": "⟦E|dewi.kusuma@gmail.com⟧", "phone": "⟦T|+31 (0)6 1234 5678⟧", "client_ip": "⟦IP|10.12.0.44⟧"}""")

D("nl", "edu-admin", [], """Absentiemelding groep 3 — graag netjes in het systeem zetten
⟦P|Noah Sabajo⟧ — tandarts, 10.00-11.30
⟦P|Lina Haddad⟧ — familiebezoek Syrië? moeder belt nog (⟦T|06 17 49 30 21⟧)
⟦P|Tobias Ooms⟧ — verlof aangevraagd, bruiloft oom
⟦P|Xu Mei⟧ — te laat, 08.45, bus""")

D("en", "civic-political", [], """Council tax reduction — change of circumstances (online form, text copy)
Name: ⟦P|Oleksandra Marchenko⟧
Reference: ⟦N|CTR-6641027⟧
Address: ⟦A|Flat 5, 20 Sefton Park Road, Liverpool L8 3SL⟧
Change: my sister ⟦P|Iryna Marchenko⟧ moved out on 1 March.
Date of birth: ⟦D|14/08/1986⟧""")

D("nl", "mail-system", [], """RE: fietsenstalling
Hoi ⟦P|Jurgen⟧, ik heb je bericht doorgezet naar ⟦P|Mariska Liem⟧ van Facilitair. Je pasnummer ⟦N|0048-2271⟧ staat nu op de lijst voor de stalling onder de ⟦A|Willemsplein 9⟧.
Groet, ⟦P|Priscilla Doekhie⟧
> Van: ⟦P|Jurgen Isenia⟧
> mag ik ook een plek in de fietsenstalling? mijn e-bike past niet in het rek""")

D("en", "scribbles", [], """notes from call w/ ⟦P|Li Wei⟧ (supplier, Shenzhen) - 9pm his time, 2pm ours
- samples shipped, DHL 4471 0928 3316 (not arrived)
- his WeChat: ⟦P|liwei_sz88⟧, mobile ⟦T|+86 138 2241 7093⟧
- invoice to go to ⟦P|Gareth⟧ not me""")

D("nl", "justice-chain", [], """Verslag buurtbemiddeling (geen oordeel, alleen afspraken)
Partij 1: ⟦P|Henny Bosveld⟧, ⟦A|Esdoornlaan 23, 7908 KX Hoogeveen⟧
Partij 2: ⟦P|Djamila Ferreira⟧, ⟦A|Esdoornlaan 25⟧
Afspraken: de heg wordt voortaan door beide buren om de beurt geknipt; de trampoline gaat na 21.00 uur niet meer gebruikt worden. Bemiddelaars: ⟦P|Klaas⟧ en ⟦P|Ineke⟧.""")

D("en", "med-artifact", [], """Vet-to-owner reminder (please keep the owner data, remove the pet name for the template)
Owner: ⟦P|Priyanka Desai⟧, ⟦T|07700 559 284⟧, ⟦E|p.desai.home@gmail.com⟧
Pet: Biscuit (Labrador, 6)
Due: annual booster and kennel cough, 14 April
Client no: ⟦N|CL-30417⟧""")

D("nl", "hard-negative", [], """Hoe vul je een Europees schadeformulier in? Met name: wat moet er in vak 9 (bestuurder) en vak 12 (omstandigheden)? Bij ons ging het om een aanrijding op de rotonde bij de Jan Pieterszoon Coenstraat, niemand gewond.""")

D("en", "hard-negative", [], """In our Jinja template for the discharge letter we have: Dear {{ patient.title }} {{ patient.surname }}, you were admitted on {{ admission_date }}. What's the cleanest way to handle patients without a title?""")

D("nl", "hard-negative", [], """Quizvraag voor de pubquiz van de voetbalclub: 'In welke stad staat de Johan Cruijff ArenA?' Antwoord: Amsterdam. Andere vragen gaan over het Rembrandtplein, de Erasmusbrug en het Anne Frank Huis.""")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
