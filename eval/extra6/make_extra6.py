#!/usr/bin/env python3
"""Generator and validator of eval/extra6/extra6.jsonl.

A sixth hand-written evaluation set for the gatekeeper. Every document below is
one D(lang, source, special, text) call written by hand; spans are marked inline
as ⟦CODE|value⟧ and the assembler takes each entity's offsets from the running
length of the text it has written. Standard library only, no randomness.

    python3 make_extra6.py [--out FILE] [--stats] [--check-determinism]

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
DEFAULT_OUT = os.path.join(HERE, "extra6.jsonl")

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
    "narrative-prose": "diary entries, columns, blog stories, memoir paragraphs, eulogy drafts, letters to a friend",
    "multi-doc-prompt": "prompts that paste several mails or notes at once, translation requests mixing languages",
    "intake-form": "questionnaire and intake answers, debt-counselling files, BRP extracts, application forms filled in",
    "care-incident": "childcare incident reports, GGD contact-tracing notes, veterinary records, sports-injury reports",
    "ads-listings": "Marktplaats ads, lost and found, dating profiles, real-estate listings, app-store reviews",
    "community-press": "parish and mosque newsletters, club bulletins, press releases about private persons",
    "finance-letter": "bank dispute letters, pension statements, collection and refund letters, payment overviews",
    "career": "cover letters, LinkedIn-style recommendations, internship evaluations, references",
    "markup-dev": "SRT subtitles, Markdown with front matter, LaTeX letters, mail-merge output, git logs and blame, spreadsheet formulas",
    "ocr-speech": "OCR of receipts and scanned forms, speech-to-text without punctuation and with numbers spoken out",
    "be-caribbean": "Flemish/Belgian administration, Caribbean Netherlands and Surinamese administration",
    "odd-unicode": "texts with non-breaking and zero-width spaces, full-width digits, curly quotes, many diacritics",
    "general-question": "questions about a topic with no person in them",
    "hard-negative": "texts with look-alikes and nothing to label",
}

# Look-alike negatives typed into the texts: each must FAIL its checksum.
NEGATIVE_BSN = ["273849166", "184 937 025", "987654321"]
NEGATIVE_IBAN = ["NL48INGB0007362815", "BE94 0631 8274 5915", "NL12 ABCD 3456 7890 12"]
NEGATIVE_CARD = ["5520 1974 8361 0278", "4000 1234 5678 9010"]
# Belgian national register numbers (rijksregisternummer) in ID_NUMBER spans must
# pass their mod-97 check; these typed look-alikes must fail it.
NEGATIVE_RRN = ["85.07.30-033.29"]

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
        did = "x6-%04d" % i
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

# --- narrative-prose --------------------------------------------------------

D("nl", "narrative-prose", ["health"], """Kun je dit dagboekfragment iets literairer maken? Het is voor een schrijfcursus.

Dinsdag. Vanochtend weer naar het verpleeghuis geweest. Mama herkende me pas na een kwartier, ze dacht eerst dat ik tante ⟦P|Riek⟧ was. De verzorgende, een lieve jongen die ⟦P|Sem⟧ heet, zei dat de dementie sinds de val in september sneller gaat. Op de gang kwam ik meneer ⟦P|Dijkhuizen⟧ tegen, die nog steeds elke dag zijn jas aantrekt om 'naar de zaak' te gaan. Thuis heb ik lang onder de douche gestaan.""")

D("nl", "narrative-prose", [], """Column voor de wijkkrant, graag inkorten tot 200 woorden:

DE BUURMAN EN ZIJN HEG
Wie door de ⟦A|Lijsterbesstraat 14⟧ loopt, kan er niet omheen: de heg van ⟦P|Gerrit Olthof⟧. Al veertig jaar knipt hij hem op de eerste zaterdag van mei, met een schaar die nog van zijn vader ⟦P|Hendrikus⟧ was. Kinderen uit de buurt mogen de blaadjes in een kruiwagen scheppen en krijgen daarvoor een zakje drop. 'Elektrische heggenscharen,' zegt ⟦P|Gerrit⟧, 'dat is voor mensen die haast hebben.' Dit jaar hielp zijn kleindochter ⟦P|Noor⟧ voor het eerst mee.""")

D("en", "narrative-prose", ["health"], """Help me finish this eulogy, it's for Saturday. Keep my voice.

Most of you knew my grandad as ⟦P|Des⟧. Some of you knew him as ⟦P|Desmond Achterberg⟧, the man who fixed your bike for a fiver and then refused the fiver. He was born in Rotterdam on ⟦D|4 March 1938⟧ and came to Hull in 1961 with one suitcase. When the Parkinson's took his hands, he taught my brother ⟦P|Callum⟧ to fix the bikes instead, shouting instructions from his chair. Nan — ⟦P|Maureen⟧ — says he'd hate all this fuss.""")

D("en", "narrative-prose", [], """this is a blog post for our street's website, can you check the spelling

Meet our lollipop lady! For nineteen years ⟦P|Bernadette Kilbride⟧ has seen the children of Orchard Lane across the road at 8.40 sharp, rain or shine. She knows every child by name and most of their dogs too. Last week ⟦P|Bernie⟧ (as everyone calls her) told us she is retiring at Easter. If you'd like to sign the card, drop by number 22 or message ⟦P|Priya⟧ on ⟦T|07723 418 906⟧.""")

D("nl", "narrative-prose", ["religion", "ethnicity"], """Ik schrijf mijn memoires voor mijn kleinkinderen. Kun je deze alinea verbeteren zonder het te veranderen?

Mijn vader, ⟦P|Wilfred Nahar⟧, kwam in 1974 uit Paramaribo naar Amsterdam, vlak voor de onafhankelijkheid. Hij was van Hindoestaanse afkomst en bleef zijn hele leven hindoe; elke ochtend stak hij een diya aan in de gang van ons huis aan de ⟦A|Bijlmerdreef 1043⟧. Mijn moeder ⟦P|Soeshila⟧ werkte bij de PTT. Ik ben geboren op ⟦D|17 november 1976⟧, in een winter waarin, zei mijn vader, 'zelfs de grachten vergaten te bevriezen'.""")

D("en", "narrative-prose", ["sexual"], """Can you make this wedding speech funnier? Best man speech, 3 minutes.

I met ⟦P|Tom⟧ on our first day at Leeds, when he set the kitchen on fire making toast. Twelve years later he is marrying ⟦P|Daniel Okonkwo-Reyes⟧, a man who owns a fire extinguisher and knows how to use it. ⟦P|Daniel⟧, thank you for making my best friend the happiest husband in Yorkshire. And thank you to ⟦P|Tom⟧'s mum ⟦P|Linda⟧, who has already cried three times today.""")

D("nl", "narrative-prose", ["criminal"], """Schrijf dit om tot een kort verhaal in de ik-vorm, ongeveer 300 woorden.

Feiten: mijn buurjongen ⟦P|Jesse van Leeuwen⟧ (19) is vorige week opgepakt voor inbraken in schuurtjes in de wijk. Hij zit nu in voorarrest. Zijn moeder ⟦P|Anita⟧ kwam huilend aan de deur. Ik ken ⟦P|Jesse⟧ al sinds hij vier was en op zijn stepje langs kwam.""")

D("en", "narrative-prose", [], """Please tidy this letter to my pen friend, I'm 78 and not good with computers.

Dear ⟦P|Ingrid⟧, thank you for the photographs of the fjord. We had a wet summer here in Malvern. My neighbour ⟦P|Rowena⟧ and I went to the flower show and she won second prize for her dahlias, which she will tell you about herself I'm sure. My new address, since the bungalow, is ⟦A|7 Cotswold Close, Malvern WR14 2QT⟧ and my telephone is ⟦T|01684 573 219⟧. With love, ⟦P|Peggy⟧""")

D("nl", "narrative-prose", ["health"], """Wil je dit stukje voor het afscheidsboek van mijn collega nakijken?

Lieve ⟦P|Marjolein⟧, tweeëntwintig jaar zaten we tegenover elkaar op de afdeling Vergunningen. Jij wist altijd welk dossier waar lag en wie er jarig was. Toen ik in 2019 mijn burn-out had, was jij degene die elke vrijdag een kaartje stuurde. Geniet van je pensioen in Zeeland met ⟦P|Kees⟧, en vergeet ons niet. Je ⟦P|Fatima⟧""")

D("en", "narrative-prose", ["health"], """Journal, Sunday night. (I want to turn these into a short story later, can you suggest a structure?)

Took ⟦P|Eleni⟧ to A&E again, third time since June. Her sugar levels were all over the place and the nurse, ⟦P|Olumide⟧, said she needs her insulin adjusted. ⟦P|Eleni⟧ is nine and knows more about carb counting than I do. We got home at 2 a.m. and her brother ⟦P|Nikos⟧ had fallen asleep on the sofa waiting.""")

D("nl", "narrative-prose", [], """Maak van deze herinnering een kort verhaal voor de dorpskrant (rubriek 'Van vroeger').

In de winter van 1963 reed opa ⟦P|Siebe⟧ op de schaats van Grou naar Warten met een taart op zijn rug. De taart was voor ⟦P|Trientsje de Boer⟧, met wie hij dat voorjaar trouwde. De taart overleefde het niet, het huwelijk wel: zeventig jaar. Oma woont nog steeds op de ⟦A|Stationsweg 9, 9001 ZH Grou⟧.""")

D("en", "narrative-prose", ["religion"], """I'm writing a short piece for our parish magazine about a lady who just turned 100. Can you polish it?

Mrs ⟦P|Agnes Whitlow⟧ celebrated her hundredth birthday on Tuesday, surrounded by four generations. Born on ⟦D|11 June 1925⟧ in Cork, ⟦P|Agnes⟧ has attended the 9 o'clock Mass at St Brigid's every Sunday since 1958 and still does the flowers for Easter. Her great-grandson ⟦P|Finn⟧ read a poem he had written for her.""")

# --- multi-doc-prompt -------------------------------------------------------

D("nl", "multi-doc-prompt", [], """vat deze drie mails samen in één alinea voor mijn leidinggevende

MAIL 1
Van: ⟦E|h.bouwmeester@woonstichting-dehaven.nl⟧
Het herstel van de lekkage bij de familie ⟦P|Oosterhuis⟧ (⟦A|Klipperstraat 31⟧) is gepland voor 12 december.

MAIL 2
Van: ⟦E|oosterhuis.jan@ziggo.nl⟧
Prima, maar mijn vrouw is die dag niet thuis. Bel mij even op ⟦T|06 19 48 27 53⟧.

MAIL 3
Van: ⟦E|planning@dakwerken-zuidwest.nl⟧
Ploeg van ⟦P|Ruud⟧ komt tussen 8 en 10 uur.""")

D("en", "multi-doc-prompt", ["health"], """Summarise these two emails into one short update for the ward manager. Keep names.

--- email 1 ---
From: ⟦P|Hannah Pettigrew⟧ <⟦E|h.pettigrew@northfield-nhs.example.org⟧>
Mr ⟦P|Rajesh Varma⟧ (bed 14, NHS no. ⟦N|612 384 7295⟧) had a fall at 03:10, no head injury, obs stable.

--- email 2 ---
From: ⟦P|Tobias Grant⟧ <⟦E|t.grant@northfield-nhs.example.org⟧>
Family informed: daughter ⟦P|Anjali⟧ on ⟦T|07811 902 447⟧. Physio review requested for tomorrow.""")

D("nl", "multi-doc-prompt", [], """Vertaal deze drie berichten naar het Nederlands en zet ze onder elkaar.

1) Bonjour, je suis ⟦P|Amélie Fontaine⟧, la nouvelle locataire du 2e étage. Mon numéro: ⟦T|+33 6 12 48 93 07⟧.
2) Hi, ⟦P|Kasper⟧ here from the ground floor. Parcel for ⟦P|Amélie⟧ is with me.
3) Guten Tag, hier ist Frau ⟦P|Lindqvist⟧ von der Hausverwaltung. Die Heizung wird am Montag geprüft.""")

D("en", "multi-doc-prompt", [], """Translate these two Dutch messages to English please, my husband doesn't read Dutch.

"Beste mevrouw ⟦P|Carter⟧, de huur van november (€ 1.145,00) is nog niet ontvangen. Wilt u dit overmaken naar ⟦I|NL48INGB0007362814⟧ onder vermelding van huurdernummer ⟦N|H-20931⟧? Met vriendelijke groet, ⟦P|Sanne Blokzijl⟧, Verhuurbeheer"

“Hoi ⟦P|Emma⟧, de sleutel van de berging ligt bij mij, ⟦P|Wouter⟧ (nr. 18).”""")

D("nl", "multi-doc-prompt", ["health", "trade_union"], """Ik heb drie notities van gesprekken. Maak er één verslag van met actiepunten.

Notitie 1 (ma): ⟦P|Bram Verhoeckx⟧ belt, rugklachten, kan voorlopig niet tillen. Ziek gemeld per vandaag.
Notitie 2 (wo): ⟦P|Bram⟧ wil dat zijn FNV-kaderlid ⟦P|Petra Mulders⟧ bij het gesprek met de bedrijfsarts aanwezig is.
Notitie 3 (vr): Afspraak bedrijfsarts 14 mei 10:00, ⟦P|Petra⟧ bereikbaar op ⟦T|06-41 77 20 93⟧.""")

D("en", "multi-doc-prompt", [], """can u compare these 2 quotes and tell me which is cheaper over 3 years

QUOTE A – from ⟦P|Darren Mulholland⟧, Mulholland Roofing Ltd, ⟦T|028 9046 1187⟧: £4,200 one-off, 10y guarantee
QUOTE B – from ⟦P|Sian⟧ at CoverRight: £95/month for 48 months, reply to ⟦E|quotes@coverright.co.uk⟧""")

D("nl", "multi-doc-prompt", [], """Hieronder twee WhatsApp-berichten van ouders en een mail van de school. Schrijf één antwoord namens de ouderraad.

[ouder 1, ⟦P|Yasmina⟧] wanneer is het schoolreisje nou precies? ⟦P|Adam⟧ heeft die week een bruiloft
[ouder 2, ⟦P|Dennis Hoogland⟧] kan iemand rijden? ik heb geen auto meer, tel ⟦T|0650129384⟧
[school, ⟦E|directie@obs-dewaterlelie.nl⟧] Het schoolreisje naar Slagharen is op donderdag 5 juni.""")

D("en", "multi-doc-prompt", ["political"], """Summarise these three constituent emails for the councillor, one bullet each, and note who wants a reply.

1. ⟦P|Gordon Featherstone⟧, ⟦A|41 Mill Road, Ely CB7 4DZ⟧: potholes again, wants a reply.
2. ⟦P|Ayesha Bukhari⟧: as a Green Party member and the one who organised the petition, she asks when the cycle lane vote will be.
3. Anonymous: complains about bins. No reply needed.""")

D("nl", "multi-doc-prompt", [], """Vertaal naar het Engels, het is voor een Poolse collega, en laat de gegevens staan:

Afspraak pakketoverdracht: ⟦P|Tomasz Wierzbicki⟧ haalt op vrijdag de sleutels op bij ⟦P|Henk Scholten⟧, ⟦A|Industrieweg 22a, 7772 MZ Hardenberg⟧. Bij vragen: ⟦P|Henk⟧ ⟦T|0523-26 18 40⟧, ⟦P|Tomasz⟧ ⟦T|+48 512 304 887⟧.""")

D("en", "multi-doc-prompt", [], """Here are two job references. Compare them and say which candidate sounds stronger (don't repeat their details in your answer).

Ref 1: "⟦P|Callum Briggs⟧ worked for us as a warehouse supervisor from 2019 to 2024. Reliable, good with people." — ⟦P|J. Ashworth⟧, ⟦E|j.ashworth@northpointlogistics.co.uk⟧
Ref 2: "I can confirm ⟦P|Natalia Ramírez⟧ was employed as a shift lead. She reorganised the returns process and cut errors by a third." — ⟦P|Marcus Webb⟧, ⟦T|0161 496 0732⟧""")

# --- intake-form ------------------------------------------------------------

D("nl", "intake-form", ["health"], """Kun je van deze intake een overzicht van de schulden maken, gesorteerd op bedrag?

INTAKE SCHULDHULPVERLENING – Kredietbank Midden
Aanvrager: ⟦P|Roel Haverkamp⟧, geb. ⟦D|02-08-1979⟧
BSN: ⟦B|273849165⟧
Adres: ⟦A|Populierenlaan 58, 3815 KD Amersfoort⟧
Tel.: ⟦T|06 28 91 40 63⟧
Partner: ⟦P|Mirjam Haverkamp-Sloot⟧ (geen inkomen, chronisch ziek – fibromyalgie)
Rekening: ⟦I|NL98RABO0318462095⟧
Schulden:
- zorgverzekeraar premieachterstand € 1.842
- energieleverancier € 2.310 (dossier ⟦N|88-41207⟧, incasso)
- Belastingdienst toeslagen terugvordering € 4.975
- huurachterstand € 3.120 (woningcorporatie, dossier ⟦N|HC-2024-00718⟧)""")

D("nl", "intake-form", [], """Uittreksel BRP, graag omzetten naar een nette tabel:

Geslachtsnaam: ⟦P|Kartodikromo⟧
Voornamen: ⟦P|Sriwati Ayu⟧
Geboortedatum: ⟦D|23-01-1991⟧
Geboorteplaats: Moengo (Suriname)
Burgerservicenummer: ⟦B|1849.37.024⟧
Nationaliteit: Nederlandse
Adres: ⟦A|Zwanenhals 312⟧
Postcode/woonplaats: ⟦Z|2726 RT⟧ Zoetermeer
Datum vestiging in gemeente: 14-03-2016""")

D("en", "intake-form", ["health", "sexual"], """Can you turn these intake answers into a referral paragraph for the counselling service?

Q1 Name: ⟦P|Jordan Ellery-Mistry⟧
Q2 Date of birth: ⟦D|19/10/2001⟧
Q3 Contact: ⟦E|jordan.em@protonmail.com⟧ / ⟦T|07452 998 130⟧
Q4 What brings you here? Anxiety since I came out as bi to my parents last year, panic attacks on the train.
Q5 Current medication: sertraline 50mg
Q6 GP: Dr ⟦P|Helen Stroud⟧, Brookside Surgery""")

D("nl", "intake-form", [], """Vragenlijst nieuwe vrijwilliger (ingevuld), kun je hier een welkomstmail van maken?

1. Naam: ⟦P|Koen Vermeulen⟧
2. E-mail: ⟦E|koenvermeulen84@hotmail.com⟧
3. Telefoon: ⟦T|06-52 83 19 07⟧
4. Welke dagen beschikbaar? dinsdag en donderdagmiddag
5. Ervaring: voorlezen op de basisschool, fietsmaatje
6. Rijbewijs? ja (B)
7. VOG aanwezig? aangevraagd""")

D("en", "intake-form", ["criminal"], """Summarise this tenancy application for the landlord. Be factual.

Applicant: ⟦P|Shane Cassidy⟧
Current address: ⟦A|Flat 6, 118 Ormeau Road, Belfast BT7 1SH⟧
Employer: Harbour Bakeries, since March
Income: £1,950/month
Unspent convictions? Yes – possession of cannabis, 2023, fine paid.
Previous landlord reference: ⟦P|Maeve Donnelly⟧, ⟦T|07719 304 556⟧""")

D("nl", "intake-form", ["health", "religion"], """Dit is het ingevulde aanmeldformulier van de dagbesteding. Zet het om in een korte zorgvraag.

Naam deelnemer: ⟦P|Mustafa Öztürk⟧
Geboortedatum: ⟦D|7 mei 1950⟧
Contactpersoon: ⟦P|Elif Öztürk⟧ (dochter), ⟦T|06 33 48 10 92⟧
Diagnose: CVA 2023, afasie, rechtszijdig verlamd
Dieetwensen: halal, geen varkensvlees
Overig: meneer wil op vrijdag om 13.00 uur kunnen bidden, graag een rustige ruimte""")

D("en", "intake-form", [], """Pension transfer form, can you check if anything is missing?

Member name: ⟦P|Philippa Anne Rowntree⟧
National Insurance number: ⟦N|QR 42 87 15 C⟧
Date of birth: ⟦D|30 September 1966⟧
Scheme reference: ⟦N|PSR-0044817⟧
Receiving scheme IBAN: ⟦I|NL40ABNA0528193746⟧
Signature: ________  Date: ________""")

D("nl", "intake-form", ["health"], """schuldhulp dossier, kan je hier een budgetplan van maken per maand

naam ⟦P|Lisa Dekkers⟧ - alleenstaand, 2 kids (⟦P|Joep⟧ 6 en ⟦P|Fenne⟧ 9)
inkomen: bijstand 1.398, kinderbijslag per kwartaal, kgb 420 p/m
vaste lasten: huur 712, energie 165, water 24, zorgverz 148, telefoon 30
schuldeisers: Vos Incasso BV (telefoonabbo) 640, CJIB 290, ziekenhuis 1.100 (eigen risico bevalling)
contact via ⟦T|06 41 02 73 88⟧ of mail ⟦E|lisa.dekkers.87@gmail.com⟧""")

D("en", "intake-form", [], """Clean up this onboarding form and list what's still needed from the new starter.

Full name: ⟦P|Oluwaseun Bankole⟧
Preferred name: ⟦P|Seun⟧
Employee ID: ⟦N|E-30928⟧
Start date: 3 February
Home address: ⟦A|22 Larkspur Way, Milton Keynes MK10 9QF⟧
Emergency contact: ⟦P|Funmi Bankole⟧ (wife) ⟦T|07984 660 215⟧
Bank details: to follow
Right-to-work: passport seen, number ⟦N|553019842⟧""")

D("nl", "intake-form", ["political"], """Aanmelding inspreken raadscommissie (ingevuld formulier). Kun je er een korte bevestigingsmail van maken?

Naam: ⟦P|Hester Brinkman-Vos⟧
Namens: eigen naam, maar ik ben ook lid van GroenLinks-PvdA afdeling Zwolle en heb de handtekeningenactie tegen de kap van de bomen georganiseerd
Onderwerp: bomenkap Kamperpoort
E-mail: ⟦E|hester.bv@kpnmail.nl⟧
Telefoon: ⟦T|038 421 66 09⟧""")

D("en", "intake-form", ["health"], """Patient questionnaire for the dental practice, please turn it into a short note for the dentist.

Name: ⟦P|Marguerite Osei-Bonsu⟧
DOB: ⟦D|1988-12-04⟧
Are you pregnant? yes, 22 weeks
Allergies: penicillin
Anxious about treatment? very, had a bad experience as a child
Contact: ⟦E|m.oseibonsu@outlook.com⟧""")

D("nl", "intake-form", ["criminal", "health"], """Intakeformulier maatschappelijke opvang, kun je de risico's opsommen?

Cliënt: ⟦P|Ricardo Fernandes⟧
Cliëntnummer: ⟦N|MO-55120⟧
Geboren: ⟦D|14-06-1994⟧
Laatste verblijf: PI Zwolle, vrijgekomen 2 weken geleden (straf voor diefstal met geweld)
Middelengebruik: cocaïne, 'af en toe'
Psychiatrie: ADHD, geen behandeling
Contact reclassering: ⟦P|Ilse Wagenaar⟧, ⟦T|088 804 11 62⟧""")

# --- care-incident ----------------------------------------------------------

D("nl", "care-incident", ["health"], """Kun je dit incidentformulier van de kinderopvang netjes uitschrijven voor de ouders?

KDV De Kleine Reus – locatie Oost
Datum: 12-11, 10:25
Kind: ⟦P|Lotte Bergsma⟧ (2 jr 4 mnd)
Wat gebeurde er: ⟦P|Lotte⟧ gleed uit bij de glijbaan en stootte haar kin tegen de rand. Klein wondje, gekoeld. Geen bewustzijnsverlies.
Gehandeld door: ⟦P|Kim⟧ (pm'er) en ⟦P|Anouk de Wilde⟧ (BHV)
Ouder gebeld: moeder ⟦P|Esther⟧ op ⟦T|06 14 75 92 30⟧ om 10:40""")

D("en", "care-incident", ["health"], """Write this up as a proper accident report for the nursery file:

Fri - ⟦P|Alfie Brennan⟧ (3) bitten on the forearm by another child during sand play, skin not broken, ice pack, mum ⟦P|Kerry⟧ told at pick-up 5.15. The other child's parents told separately (names not given to ⟦P|Alfie⟧'s family). Staff: ⟦P|Jas⟧, ⟦P|Megan T.⟧""")

D("nl", "care-incident", ["health"], """Bron- en contactonderzoek GGD, notities omzetten naar het standaardformat graag.

Indexpatiënt: ⟦P|Gijs Lammers⟧, ⟦D|09-03-1986⟧, positief op mazelen (uitslag 18-11)
Woonadres: ⟦A|Esdoornstraat 7, 8265 AB Kampen⟧
Tel: ⟦T|038 331 40 76⟧
Nauwe contacten:
- echtgenote ⟦P|Wendy Lammers⟧, gevaccineerd
- dochter ⟦P|Maud⟧ (11 mnd), niet gevaccineerd → MMR-advies/immunoglobuline
- collega's bij Van Wijnen Bouw: lijst volgt via werkgever""")

D("en", "care-incident", [], """Vet clinic record, can you turn it into a friendly reminder letter to the owner?

Patient: Biscuit (Cavalier King Charles, m, 7y)
Owner: ⟦P|Gwen Thackeray⟧
Address: ⟦A|3 Beacon Terrace, Whitby YO21 3HG⟧
Phone: ⟦T|01947 822 304⟧
Seen by: ⟦P|Rhys⟧ (vet)
Notes: heart murmur grade 3/6, start pimobendan, recheck 3 months. Booster due January.""")

D("nl", "care-incident", [], """Dierenkliniek, klantkaart. Schrijf een herinnering voor de jaarlijkse vaccinatie.

Eigenaar: ⟦P|Fleur Hazenberg⟧
Adres: ⟦A|Ringbaan-Oost 240-A, 5018 HM Tilburg⟧
E-mail: ⟦E|fleur.hazenberg@live.nl⟧
Klantnummer: ⟦N|DK-018273⟧
Dieren: Bommel (kat, 12 jr, nierwaarden verhoogd), Saartje (konijn)
Laatste bezoek: 3 maart, dierenarts ⟦P|Joris Kamphuis⟧""")

D("en", "care-incident", ["health"], """Sports injury report from Saturday's match, please write it for the club welfare officer.

Player: ⟦P|Ethan Muir⟧ (U16), club reg no. ⟦N|SRU-771204⟧
Incident: collision in the 52nd minute, suspected concussion, removed from play under HIA protocol. Dizziness and nausea afterwards.
First aider: ⟦P|Fiona Gallacher⟧
Parent informed: ⟦P|Douglas Muir⟧, ⟦T|07700 142 983⟧
Return to play: graduated return, not before 21 days.""")

D("nl", "care-incident", ["health"], """blessureverslag hockey, kun je hier een mail aan de ouders van maken

speelster: ⟦P|Julia ten Hove⟧ (MB2)
wat: stick tegen de mond bij strafcorner, tand afgebroken, lip gehecht bij de HAP
trainer ⟦P|Bas⟧ is mee geweest
vader ⟦P|Maarten ten Hove⟧ gebeld (⟦T|06 20 39 58 17⟧)
tandarts maandag""")

D("en", "care-incident", ["health"], """Contact tracing note (school), please redact it for sharing with the class teachers — keep only what they need.

Case: ⟦P|Zara Qureshi⟧, Year 5, confirmed scarlet fever 14 Nov, off school until antibiotics 24h.
Household: mum ⟦P|Sadia Qureshi⟧ ⟦T|07830 551 209⟧, brother ⟦P|Imran⟧ (Year 2)
Close contacts in class: table group 3.""")

D("nl", "care-incident", ["criminal"], """Incidentmelding BSO, graag herschrijven als melding aan de houder (feitelijk, geen oordeel).

Op 6 november werd ⟦P|Thijs⟧ (8) opgehaald door zijn vader, ⟦P|Frank Zwiers⟧, terwijl er een contactverbod geldt na de aangifte van huiselijk geweld door moeder. Pm'er ⟦P|Naima El Amrani⟧ heeft het kind niet meegegeven en de politie gebeld. Moeder (⟦T|06 57 30 91 48⟧) is geïnformeerd. ⟦P|Thijs⟧ was erg overstuur.""")

D("en", "care-incident", [], """Please write a short lost-pet post from this vet note.

Microchipped stray brought in 20/11 by a member of the public: ginger tom, no collar. Chip registered to Mrs ⟦P|D. Hallworth⟧, phone ⟦T|0114 258 3307⟧ — number not answering. Address on chip: ⟦A|56 Crookes Road, Sheffield S10 5BE⟧.""")

D("nl", "care-incident", ["health"], """Ongevalsregistratie zwembad, kun je dit verslag verbeteren?

Op zaterdag 16-11 om 14.05 uur is ⟦P|Sanne Kuijpers⟧ (34) in het recreatiebad onwel geworden (epileptische aanval volgens haar partner ⟦P|Ruben⟧). Badmeester ⟦P|Gerard Hoekman⟧ heeft haar uit het water gehaald, zijligging, 112 gebeld. Ambulance 14.19 uur. Partner bereikbaar op ⟦T|06-39 48 02 61⟧.""")

# --- ads-listings -----------------------------------------------------------

D("nl", "ads-listings", [], """Maak deze Marktplaats-advertentie wervender:

Te koop: kinderfiets Batavus 20 inch, rood, nieuwe banden. €65. Ophalen in Deventer, ⟦A|Brinkgreverweg 118⟧. Bel of app ⟦P|Henriëtte⟧: ⟦T|06 - 48 21 93 70⟧ (niet na 21.00). Geen ruilen, geen 'wat is de laatste prijs'.""")

D("en", "ads-listings", [], """rewrite my gumtree ad to sound less desperate lol

SOFA FOR FREE must go by sunday, grey 3 seater, slight cat damage on one arm. collect from ⟦A|14b Elmfield Avenue, Leicester LE2 1RB⟧, ring the top bell, ask for ⟦P|Marcus⟧ or text ⟦T|07941 330 587⟧""")

D("nl", "ads-listings", [], """Gevonden voorwerpen – kun je dit bericht voor de Facebookgroep herschrijven?

Gevonden op het fietspad langs de Amstel: een portemonnee met een ID-kaart op naam van ⟦P|Jolanda Verschuur-Baas⟧ en een OV-chipkaart. Ligt bij mij thuis. Is het van jou of ken je haar? Stuur een bericht naar ⟦P|Ayoub⟧, ⟦T|06 17 29 84 05⟧.""")

D("en", "ads-listings", [], """Lost property notice for our library noticeboard please (short):

Found in the children's section on Tuesday: a blue lunchbox with the name ⟦P|MILLIE HOOPER⟧ on the lid and a library card. Ask at the desk or ring ⟦T|01392 665 402⟧.""")

D("nl", "ads-listings", ["sexual", "religion"], """Kun je mijn datingprofiel wat luchtiger maken? Het klinkt nu als een sollicitatiebrief.

Hoi, ik ben ⟦P|Marloes⟧, 38, uit Apeldoorn. Ik ben lesbisch en zoek een vrouw om samen de Veluwe te verkennen. Ik werk als verpleegkundige in de nachtdienst, ik zing in het gospelkoor van onze kerk en ik ga elke zondag naar de dienst. Bij een klik: ⟦E|marloes.apd85@gmail.com⟧.""")

D("en", "ads-listings", ["health"], """Help me write a better dating bio, here's what I have:

I'm ⟦P|Theo⟧, 45, divorced dad of two, based in Bristol. Type 1 diabetic since I was a kid, so yes I'll check my phone at dinner, it's my glucose monitor not another woman. Love sea swimming and bad puns. Insta: @⟦P|theo.lindgren.swims⟧""")

D("nl", "ads-listings", [], """Schrijf een pakkende woningtekst op basis van deze gegevens:

Adres: ⟦A|Kerkstraat 4, 4241 AV Arkel⟧
Vraagprijs: € 389.000 k.k.
Bouwjaar 1932, jaren-dertigwoning, 4 slaapkamers, diepe tuin op het zuiden
Verkoper: fam. ⟦P|Brouwer⟧ (gaan naar een appartement)
Bezichtiging via ⟦P|Lieke Timmers⟧, ⟦E|lieke@timmers-makelaardij.nl⟧, ⟦T|0183 56 22 10⟧""")

D("en", "ads-listings", [], """Write a property listing from these notes (estate agent style):

2-bed terrace, ⟦A|19 Alma Street, Hebden Bridge HX7 6AZ⟧. Vendor Mr ⟦P|Kowalczyk⟧ is relocating for work so no chain. New boiler 2022, original stone fireplace. Viewings: ⟦P|Jenna⟧ at Calder Homes, ⟦T|01422 844 117⟧.""")

D("nl", "ads-listings", ["health"], """App-recensie, kun je er een beleefd antwoord namens de app op schrijven?

★☆☆☆☆ door ⟦P|Dirk-Jan Meijering⟧
Sinds de update kan ik mijn medicijnlijst niet meer zien. Ik gebruik bloedverdunners en moet precies weten wat ik wanneer neem. Drie keer gebeld met de helpdesk, iemand die ⟦P|Rachid⟧ heette zou terugbellen maar niks. Mijn gebruikersnaam is ⟦E|dj.meijering@planet.nl⟧, zoek het maar uit.""")

D("en", "ads-listings", [], """Reply politely to this app store review for our banking app:

★★☆☆☆ by ⟦P|Charlotte Ng⟧ · 2 days ago
“Card got blocked abroad AGAIN. Called from Lisbon, spoke to ⟦P|Aaron⟧ who was lovely but it took 40 minutes. My card ending 4471 still doesn't work online.”""")

D("nl", "ads-listings", [], """Maak van dit briefje een nette oproep voor het prikbord van de supermarkt:

oppas gezocht voor ⟦P|Mees⟧ (4) en ⟦P|Loïs⟧ (7), woensdagmiddag, ⟦A|Van Heemstralaan 21⟧ in Hilversum, €12,50/uur. bellen naar ⟦P|Charlotte⟧ ⟦T|035 624 18 93⟧""")

D("en", "ads-listings", [], """Turn this into a neighbourhood watch alert:

Silver VW Golf reg ⟦K|LB19 XKT⟧ seen circling Ashby Close three times last night around 11pm. Not a local car as far as we know. If it's yours or a visitor's, let ⟦P|Graham⟧ at number 8 know so we can stop worrying!""")

D("nl", "ads-listings", [], """Herschrijf deze verkoopadvertentie voor een auto:

Te koop Toyota Yaris 2015, kenteken ⟦K|KX-294-T⟧, 142.000 km, APK tot augustus, distributieketting dus geen riem. €6.450. Proefrit op afspraak bij ⟦P|Erwin Smulders⟧, ⟦A|Heistraat 9, 5701 HJ Helmond⟧, ⟦T|06 52 90 17 38⟧.""")

# --- community-press --------------------------------------------------------

D("nl", "community-press", ["religion", "health"], """Parochieblad – kun je deze berichten inkorten tot de helft?

UIT DE GEMEENSCHAP
Op 2 november is ⟦P|Johanna (Annie) Verhagen-Smits⟧ overleden in de leeftijd van 91 jaar. Zij was meer dan vijftig jaar lid van ons kerkkoor. De uitvaartmis was in de Sint-Lambertuskerk.
Wij bidden voor pastoor ⟦P|Van Lieshout⟧, die na zijn hartoperatie herstelt in het Catharina Ziekenhuis.
Gedoopt: ⟦P|Mila⟧, dochter van ⟦P|Tim⟧ en ⟦P|Evi Raaijmakers⟧.
Misintenties via het secretariaat: ⟦T|0499 37 11 28⟧.""")

D("nl", "community-press", ["religion"], """Nieuwsbrief van de moskee, vertaal dit naar het Engels voor de nieuwe leden:

Beste broeders en zusters, vanaf 1 december geeft imam ⟦P|Yusuf Amrani⟧ weer koranles voor kinderen op zaterdag. Aanmelden bij broeder ⟦P|Hamza Bouali⟧, ⟦T|06 11 73 48 29⟧. Wij feliciteren ⟦P|Ilham⟧ en ⟦P|Samir El Khattabi⟧ met hun huwelijk (nikah) op 9 november. Donaties: ⟦I|NL83ASNB0882714509⟧ t.n.v. Stichting Moskee Al-Fath.""")

D("en", "community-press", [], """Press release — can you tighten this up?

FOR IMMEDIATE RELEASE
Local teenager wins national baking prize
Fourteen-year-old ⟦P|Isla McPherson⟧ from Kirkcaldy has won the Junior Bake Off Scotland final with a rhubarb and ginger tart. ⟦P|Isla⟧, a pupil at Balwearie High, learned to bake with her gran, ⟦P|Morag Lindsay⟧. Media enquiries: ⟦P|Steven Rafferty⟧, ⟦E|press@fifecommunitybakes.org.uk⟧, ⟦T|01592 583 771⟧.""")

D("nl", "community-press", [], """Persbericht van de gemeente, graag eenvoudiger formuleren (B1):

Ereburger voor vrijwilliger ⟦P|Bertus Hofstede⟧
Burgemeester ⟦P|Van der Meulen⟧ heeft vrijdag de erepenning van de gemeente Oldebroek uitgereikt aan ⟦P|Bertus Hofstede⟧ (81) uit Wezep. ⟦P|Hofstede⟧ zet zich al 45 jaar in voor de ijsclub en de Oranjevereniging. Hij kreeg de penning in het bijzijn van zijn vrouw ⟦P|Aaltje⟧ en hun drie kinderen.""")

D("en", "community-press", ["religion"], """Parish newsletter bits, please put them in order of date:

— Baptisms: ⟦P|Oscar James Whitfield⟧, son of ⟦P|Lucy⟧ and ⟦P|Ben Whitfield⟧, will be baptised on 7 December.
— Our churchwarden ⟦P|Doreen Pike⟧ is stepping down after 22 years; farewell tea 30 November after the 10.30 Eucharist.
— Confirmation class starts 12 January, contact the Revd ⟦P|Samuel Adeyemi-Cole⟧, ⟦E|vicar@stmarys-thornbury.org.uk⟧.""")

D("nl", "community-press", ["trade_union"], """Clubblad van de vakbondsafdeling: maak van deze losse stukjes één artikel.

– ⟦P|Gert-Jan Nijboer⟧ is 40 jaar lid van FNV Metaal, gehuldigd op de ledenvergadering in Hengelo.
– Nieuwe kaderleden bij Stork: ⟦P|Sevgi Arslan⟧ en ⟦P|Niels ter Braak⟧.
– Vragen over de cao? Bel ⟦P|Sevgi⟧: ⟦T|06 27 38 49 50⟧.""")

D("en", "community-press", ["health"], """Local paper wants a short piece about our fundraiser, can you write it from this?

⟦P|Kayleigh Sutton⟧, 29, of Rhyl, is walking the Offa's Dyke path to raise money for the stroke unit that treated her dad ⟦P|Gareth Sutton⟧ last winter. She has raised £3,800 so far. Donations via her JustGiving page; she can be reached on ⟦T|07866 204 391⟧.""")

D("nl", "community-press", ["religion"], """Kerkbode – klopt de spelling hieronder?

Jarig in december: br. ⟦P|Hendrik Bosma⟧ (85) op 4 december, ⟦A|Meidoornstraat 2, 8471 AX Wolvega⟧. Een kaartje wordt zeer gewaardeerd!
Voorganger zondag: ds. ⟦P|A.J. van Belzen⟧ uit Urk.
Collecte Kerk in Actie: ⟦I|NL83RABO0142837269⟧ t.n.v. Protestantse Gemeente Wolvega.""")

D("en", "community-press", [], """Club bulletin draft, please fix the grammar:

Congratulations to ⟦P|Hamish Drummond⟧ and ⟦P|Priyanka Shah⟧ who won the mixed pairs at the county championship! Subs for next season are due by 31 January: £120 adults, £60 juniors, to Treasurer ⟦P|Alan Forsyth⟧, ⟦E|treasurer@kelsobowlingclub.org.uk⟧.""")

# --- finance-letter ---------------------------------------------------------

D("nl", "finance-letter", [], """Help me een bezwaarbrief aan de bank schrijven over deze afschrijving:

Ik, ⟦P|Yvonne Stam⟧, rekeninghouder van ⟦I|NL72INGB0004918273⟧, betwist een incasso van € 249,00 op 4 november door 'FitLife Premium'. Ik heb nooit een abonnement afgesloten. Mijn adres: ⟦A|Zeeweg 88, 1971 HH IJmuiden⟧, telefoon ⟦T|0255 51 93 07⟧. Klantnummer bank: ⟦N|40918273⟧.""")

D("en", "finance-letter", [], """Write a chargeback dispute letter from these details:

Cardholder: ⟦P|Michael O'Donoghue⟧
Card: ⟦C|4532 0187 5640 3912⟧ (Visa)
Merchant: SkyHigh Travel Ltd, £612.40 on 28 Oct
Reason: flight cancelled by airline, refund promised but never received
Address: ⟦A|3 Rosemount Crescent, Galway H91 X2Y4⟧
Email: ⟦E|mick.odonoghue@eircom.net⟧""")

D("nl", "finance-letter", [], """Kun je deze pensioenopgave in gewone taal uitleggen voor mijn moeder?

UNIFORM PENSIOENOVERZICHT 2025
Naam: ⟦P|C.M. (Corrie) van den Bosch-Lemmens⟧
Geboortedatum: ⟦D|18-04-1961⟧
Deelnemersnummer: ⟦N|PF-7712039⟧
Pensioenleeftijd: 67 jaar en 3 maanden
Ouderdomspensioen (bruto per jaar) vanaf pensioendatum: € 14.218
Partnerpensioen bij overlijden: € 9.952 voor ⟦P|J.H. van den Bosch⟧""")

D("en", "finance-letter", ["health"], """Explain this pension letter to me like I'm five:

Dear Mr ⟦P|Haldane⟧,
Member reference: ⟦N|NHSPS-00921834⟧
Following your application for ill-health retirement on the grounds of your multiple sclerosis diagnosis, the scheme medical adviser has approved Tier 2 benefits. Your lump sum of £38,441.12 will be paid into the account ending 0917 on 15 December.""")

D("nl", "finance-letter", [], """Maak een nette betalingsherinnering van dit concept:

Aan: dhr. ⟦P|M. Yilmaz⟧ — nee, laat 'dhr.' staan maar corrigeer de rest
⟦A|Lange Nieuwstraat 46 bis, 3512 PK Utrecht⟧
Betreft: factuur 2025-1187 (€ 310,00), vervaldatum 1 oktober verstreken.
Graag betalen op ⟦I|NL89KNAB0619283745⟧ o.v.v. debiteurnummer ⟦N|D-4471⟧.""")

D("en", "finance-letter", ["health"], """please make this letter to HMRC clearer:

Dear Sir/Madam, I am writing about my Self Assessment for 2023-24. My UTR is ⟦N|71839 20462⟧ and my National Insurance number is ⟦N|JK 60 31 84 B⟧. I was charged a late filing penalty of £100 but I was in hospital in January (letter attached). Yours faithfully, ⟦P|Deborah Lyle⟧, ⟦A|27 Carlton Road, Nottingham NG3 2DH⟧""")

D("nl", "finance-letter", [], """Vergelijk deze twee rekeningoverzichten en zeg welke uitgaven dubbel lijken:

Overzicht 1 — ⟦P|S. Hoekstra⟧ ⟦I|NL70TRIO0391827465⟧
04-11 Albert Heijn 1021 -52,13
05-11 Gemeente Leeuwarden parkeren -4,20
05-11 ⟦P|R. de Graaf⟧ (terugbetaling etentje) +35,00
Overzicht 2 — gezamenlijke rekening ⟦I|NL89BUNQ2041938576⟧
04-11 Albert Heijn 1021 -52,13
06-11 NS Groep -18,60""")

# --- career -----------------------------------------------------------------

D("nl", "career", [], """Kun je mijn sollicitatiebrief nakijken op taalfouten?

⟦P|Nadia Boukhari⟧
⟦A|Vlietkade 3-bis, 2312 SE Leiden⟧
⟦T|06 43 92 18 70⟧ | ⟦E|nadia.boukhari@outlook.com⟧

Geachte mevrouw ⟦P|Ouwerkerk⟧,

Met veel enthousiasme solliciteer ik naar de functie van beleidsmedewerker sociaal domein. Bij de gemeente Katwijk heb ik drie jaar gewerkt aan de invoering van de nieuwe Wmo-werkwijze, samen met ⟦P|Paul Rietveld⟧, die bereid is als referentie op te treden.""")

D("en", "career", [], """Write a LinkedIn recommendation for my former intern based on these notes:

- ⟦P|Ji-woo Park⟧, data analytics intern, June–Aug
- built the churn dashboard on her own, presented it to the board
- super organised, asked good questions
- sign it from me, ⟦P|Rebecca Hartigan⟧, Head of Insights at Lumen Retail""")

D("nl", "career", ["health"], """Schrijf een referentie voor mijn oud-medewerker, maar laat de ziekteperiode weg:

⟦P|Stijn Rademaker⟧ werkte van 2018 tot 2025 bij ons als monteur. Vakkundig, klantvriendelijk. Hij is in 2023 vijf maanden uitgevallen met een hernia, daarna volledig hersteld. Hij vertrekt op eigen verzoek. Voor vragen: ⟦P|Hennie Kolkman⟧, bedrijfsleider, ⟦T|0546 87 32 10⟧.""")

D("en", "career", ["ethnicity"], """Improve my cover letter opening, it's too long:

Dear Hiring Manager, my name is ⟦P|Abena Kyei-Mensah⟧ and I am applying for the Graduate Policy Officer role. As a British Ghanaian woman and the first in my family to attend university, I know first-hand how policy shapes opportunity. I graduated from the University of Kent in July with a First in Social Policy. I can be reached at ⟦E|abena.kyeimensah@gmail.com⟧ or ⟦T|07405 778 213⟧.""")

D("nl", "career", [], """Stagebeoordeling, kun je dit in een nette eindbeoordeling gieten?

Stagiair: ⟦P|Daan Wolters⟧, studentnummer ⟦N|4518872⟧ (Saxion)
Begeleider: ⟦P|Ingrid Hofman⟧
Sterk: zelfstandig, goede rapportages
Verbeterpunt: durft weinig in het teamoverleg
Cijfer voorstel: 7,5""")

D("en", "career", [], """Can you shorten this reference letter to 100 words?

To whom it may concern, I have known ⟦P|Liam Fairclough⟧ for six years as his line manager at Pennine Water. ⟦P|Liam⟧, staff number ⟦N|PW-10388⟧, joined as an apprentice fitter and became a team leader. He is dependable, calm under pressure and well liked. Please contact me on ⟦T|01274 902 655⟧. ⟦P|Sandra Booth⟧, Operations Manager""")

D("nl", "career", [], """Schrijf een aanbeveling voor LinkedIn voor mijn collega:

⟦P|Wessel Bakker⟧ en ik hebben twee jaar samengewerkt bij het Waterschap Rivierenland aan het dijkversterkingsproject. ⟦P|Wessel⟧ is de collega die om half acht al met de aannemer aan de lijn hangt. Hij verbindt, houdt overzicht en is nooit te beroerd om zelf de laarzen aan te trekken. Ondertekend: ⟦P|Mirthe Groeneveld⟧""")

D("en", "career", ["health"], """cover letter help pls, I want to explain my gap year without oversharing

my name is ⟦P|Kieran Doyle⟧, I'm applying for the junior developer apprenticeship. between 2022 and 2023 I didn't work because I was being treated for testicular cancer (all clear now). in that time I taught myself Python. my github is github.com/⟦P|kierandoyle-dev⟧""")

D("nl", "career", [], """Maak van deze aantekeningen een motivatiebrief voor een vrijwilligersfunctie bij de voedselbank:

- ik ben ⟦P|Gonny Rutgers⟧, 63, net met pensioen (was apothekersassistente)
- wil iets terugdoen
- heb rijbewijs en eigen auto (⟦K|1-KVF-49⟧), kan dus ook rijden
- bereikbaar ⟦T|0314 62 18 73⟧""")

D("en", "career", [], """LinkedIn 'about' section, make it punchier:

I'm ⟦P|Mateus Carvalho⟧, a logistics planner who has spent 9 years making sure parcels reach Birmingham before breakfast. Previously at DHL Supply Chain and Wincanton. Based in Coventry. Open to new roles — reach me at ⟦E|mateus.carvalho.logistics@gmail.com⟧.""")

# --- markup-dev -------------------------------------------------------------

D("nl", "markup-dev", [], """Kun je deze ondertitels vertalen naar het Engels? Tijdcodes laten staan.

1
00:00:01,200 --> 00:00:04,100
Goedemiddag, ik ben ⟦P|Marieke Slot⟧, wijkagent in Overvecht.

2
00:00:04,300 --> 00:00:08,900
Naast mij staat ⟦P|Abdel⟧, die al twintig jaar de buurtwinkel runt.

3
00:00:09,000 --> 00:00:12,500
Heeft u tips? Bel ⟦T|0900-8844⟧ of mail ⟦E|wijkteam.overvecht@politie.example.nl⟧.""")

D("en", "markup-dev", [], """Fix the YAML front matter of this blog post, Hugo won't build it:

---
title: "Meet our new volunteer coordinator"
author: ⟦P|Grace Obi⟧
author_email: ⟦E|grace.obi@riversidefoodbank.org⟧
date: 2025-11-18
tags [volunteers, news]
---

Please give a warm welcome to ⟦P|Grace⟧, who joins us from Age UK. You can reach her on ⟦T|0117 946 0381⟧ on weekdays.""")

D("nl", "markup-dev", [], """Mijn LaTeX-brief compileert niet, wat is er mis?

\\documentclass{letter}
\\signature{⟦P|Hanneke Zwart⟧}
\\address{⟦A|Oude Gracht 210\\\\3511 NR Utrecht⟧}
\\begin{document}
\\begin{letter}{Dhr. ⟦P|P. Veldkamp⟧\\\\⟦A|Marktplein 3\\\\7411 KH Deventer⟧}
\\opening{Geachte heer ⟦P|Veldkamp⟧,}
Hierbij zeg ik mijn lidmaatschap op per 1 januari.
\\closing{Met vriendelijke groet,}
\\end{letter}
\\end{document}""")

D("en", "markup-dev", [], """This mail merge went wrong, some letters have the template text. Which rows failed?

--- letter 1 ---
Dear Mrs ⟦P|Patel⟧, your appointment is on 3 December at 10:15 at ⟦A|14 Station Road, Harrow HA1 2SQ⟧.
--- letter 2 ---
Dear «Title» «Surname», your appointment is on «Date» at «Time» at «ClinicAddress».
--- letter 3 ---
Dear Mr ⟦P|Adebayo⟧, your appointment is on 4 December at 09:40 at ⟦A|14 Station Road, Harrow HA1 2SQ⟧.""")

D("nl", "markup-dev", [], """Kun je uit deze git log halen wie wat heeft gedaan deze sprint?

commit 8f3a21c9d0e4b7f6a5c2e1d09b8a7f6e5d4c3b2a
Author: ⟦P|Thijmen de Groot⟧ <⟦E|thijmen.degroot@gemeente-ede.example.nl⟧>
Date:   Mon Nov 17 09:12:44 2025 +0100

    Fix validatie postcodeveld op aanvraagformulier

commit 2b9c0e7f1a3d5b8c6e4f2a0d9c7b5e3f1a8d6c4b
Author: ⟦P|Priscilla Tjon-A-Fong⟧ <⟦E|p.tjonafong@gemeente-ede.example.nl⟧>
Date:   Fri Nov 14 16:40:03 2025 +0100

    Verwijder hardcoded wachtwoord uit config (was ⟦S|Ede2025!beheer⟧)""")

D("en", "markup-dev", [], """git blame output — who should I ask about this function?

a41f9e2c (⟦P|Oksana Kravets⟧   2024-03-02 11:20:07 +0000 118)     def normalise_phone(raw):
a41f9e2c (⟦P|Oksana Kravets⟧   2024-03-02 11:20:07 +0000 119)         digits = re.sub(r"\\D", "", raw)
c07d3b19 (⟦P|Benedict Amankwah⟧ 2025-01-15 08:03:51 +0000 120)         if digits.startswith("44"):
c07d3b19 (⟦P|Benedict Amankwah⟧ 2025-01-15 08:03:51 +0000 121)             digits = "0" + digits[2:]""")

D("nl", "markup-dev", [], """Waarom geeft deze Excel-formule #N/B?

=VERT.ZOEKEN("⟦P|Jansen-Koopmans⟧";Leden!A2:F400;4;ONWAAR)

In Leden!A117 staat ⟦P|Jansen-Koopmans⟧, in kolom D het IBAN ⟦I|NL60RBRB0872915436⟧ en in E het mobiele nummer ⟦T|0612093847⟧. Ik denk dat er een spatie achter de naam staat.""")

D("en", "markup-dev", [], """My spreadsheet formula for the payroll sheet is wrong, it should give the employee's NI number:

=INDEX(Staff!C:C, MATCH("⟦P|Gillespie, Rona⟧", Staff!A:A, 0))

It returns ⟦N|NB 14 72 90 D⟧ but that belongs to ⟦P|Ronan Gillespie⟧ in row 57, not ⟦P|Rona⟧ in row 58.""")

D("nl", "markup-dev", [], """Maak van dit Markdown-bestand een nette PDF-versie (alleen de tekst verbeteren):

---
titel: Overdracht dossier
auteur: ⟦P|F. Zandbergen⟧
classificatie: ⟦V|Departementaal Vertrouwelijk⟧
---

# Overdracht

Dossier ⟦N|Z-2025-08812⟧ (mevrouw ⟦P|A. Lodewijks⟧) gaat per 1 december naar ⟦P|Gerrit⟧. Contactgegevens van de cliënt: ⟦T|024 377 19 05⟧.""")

D("en", "markup-dev", [], """Translate this Jekyll page to Dutch, keep the front matter keys in English:

---
layout: team
name: ⟦P|Saoirse Nic Giolla Phádraig⟧
role: Data Protection Officer
email: ⟦E|dpo@harbourhousing.ie⟧
phone: ⟦T|+353 1 672 4410⟧
---

⟦P|Saoirse⟧ handles all subject access requests. Please allow one month for a response.""")

D("nl", "markup-dev", [], """Ik heb een CSV-export gemaakt als mailmerge-bron en een voorbeeldbrief. Klopt de koppeling?

Voorbeeld na samenvoegen:
"Beste ⟦P|Ilse⟧, uw parkeervergunning voor kenteken ⟦K|GH-472-K⟧ verloopt op 31 december. Verlengen kan via Mijn Loket met uw klantnummer ⟦N|PV-009213⟧."

Sjabloon:
„Beste {{voornaam}}, uw parkeervergunning voor kenteken {{kenteken}} verloopt op {{einddatum}}.”""")

D("en", "markup-dev", [], """Review this README for our internal tool, is anything in it that shouldn't be?

# ward-rota

Maintainer: ⟦P|Dylan Pritchard⟧ (⟦E|dylan.pritchard@cwmtaf.example.wales⟧)

## Setup

    export ROTA_DB=⟦S|postgres://rota_app:V7mq!2Lsx9@10.40.2.15:5432/rota⟧
    python manage.py runserver

Ask ⟦P|Dylan⟧ for access to the staging box (⟦IP|10.40.2.16⟧).""")

# --- ocr-speech -------------------------------------------------------------

D("nl", "ocr-speech", [], """Dit is een gescande kassabon (OCR). Kun je de bedragen optellen?

JUMBO ⟦A|MARKT 12, 6611 AV GRAVE⟧
BTW NL 0093.76.543.B01
TOMATEN        1,49
KOFFIE BONEN   8,99
LUIERS MT4    12,49
TOTAAL        22,97
PIN  ************4471
U WERD GEHOLPEN DOOR: ⟦P|DEMI⟧  KASSA 3
14-11-2025 17:42""")

D("en", "ocr-speech", [], """OCR of a receipt for my expenses — can you read the total and VAT?

THE GREEN BEAN CAFE
⟦A|4 Castle St, Shrewsbury SY1 2AZ⟧
VAT No 284 6193 07
Flat white x2   6.80
Toastie         7.25
TOTAL          14.05
VISA ************2208
Served by ⟦P|Aimee⟧  Table 7""")

D("nl", "ocr-speech", [], """spraakbericht omgezet naar tekst, kan je er een normaal bericht van maken met leestekens

ja hallo met ⟦P|karin de bruijn⟧ ik bel over de afspraak van mijn moeder ⟦P|truus⟧ voor de pedicure die kan donderdag niet want dan moet ze naar de tandarts kunt u mij terugbellen op ⟦T|nul zes vier een acht twee nul negen drie zeven⟧ nogmaals ⟦T|nul zes vier een acht twee nul negen drie zeven⟧ dank u wel doei""")

D("en", "ocr-speech", ["health"], """voice note transcript, please make it into a tidy message for the practice

hi its ⟦P|brian cullinane⟧ calling about my prescription my date of birth is ⟦D|the twelfth of may nineteen fifty four⟧ i need my ramipril and the metformin repeated and the chemist is the one on high street my number is ⟦T|oh seven eight one two three four five six seven eight⟧ thanks bye""")

D("nl", "ocr-speech", [], """dictaat via de telefoon app, kun je het opschonen tot een adreswijziging

ik wil graag mijn adres wijzigen mijn naam is ⟦P|ruud schoemaker⟧ met een s c h ik woon vanaf één december op de ⟦A|korte hoefstraat zeventien b⟧ in zaltbommel en mijn telefoonnummer blijft hetzelfde ⟦T|nul zes dertig twaalf vierenveertig zesenzestig⟧""")

D("en", "ocr-speech", [], """Scanned form, OCR messed up the layout. Can you reconstruct the fields?

APPLICATI0N F0R PARKING PERMlT
Narne: ⟦P|JOSEPHINE AKINYI OTIENO⟧    Vehicle reg: ⟦K|WR17 HZU⟧
Addr ess: ⟦A|Flat 2, 61 Wel-
lington Road, Exeter EX2 9DS⟧
Tel: ⟦T|07 5 38 20 44 91⟧
Signed: ⟦P|J.A. Otieno⟧""")

D("nl", "ocr-speech", ["health"], """OCR van een apotheekbon, wat heb ik allemaal betaald?

APOTHEEK DE ZWAAN
⟦A|Vismarkt 5, 9712 CA Groningen⟧
Patiënt: ⟦P|HUISMAN, G.⟧ geb. ⟦D|03-07-1948⟧
Omeprazol 20mg 90st     eigen bijdr. 0,00
Insuline glargine 100E  eigen bijdr. 0,00
Bezorgkosten            2,50
Totaal                  2,50""")

D("en", "ocr-speech", [], """auto transcript from the call, no punctuation, can you summarise

customer said her name is ⟦P|priya raman⟧ she moved to ⟦A|forty two harcourt gardens reading r g one four f x⟧ no sorry thats wrong let me just check yes thats right and she wants the bill in her name from the first""")

D("nl", "ocr-speech", [], """Dit is de automatische transcriptie van een voicemail. Wat wil de beller?

goedemiddag u spreekt met ⟦P|Ferdi Koerts⟧ van koerts installatietechniek ik kom morgen de cv-ketel ophalen bij mevrouw ⟦P|Lammerts⟧ op de ⟦A|Dorpsstraat honderdtwaalf⟧ in ruinen ik ben er tussen negen en tien uur bereikbaar op ⟦T|nul vijf twee twee vier zeven één drie zes acht⟧""")

D("en", "ocr-speech", [], """OCR'd business card, put it into my contacts format (Name / Company / Phone / Email):

  DR. ⟦P|NKECHI ADEWALE-JONES⟧
  Consultant Paediatrician
  St. Aldhelm's Hospital
  T ⟦T|+44 (0)20 7946 0812⟧
  E ⟦E|n.adewale-jones@staldhelms.nhs.example.uk⟧""")

# --- be-caribbean -----------------------------------------------------------

D("nl", "be-caribbean", [], """Kunt ge deze brief van het OCMW in klare taal herschrijven voor mijn schoonvader?

OCMW Gent – Sociale Dienst
Dossiernummer: ⟦N|SD/2025/04417⟧
Aan de heer ⟦P|Roger Vanhaecke⟧
⟦A|Kortrijksesteenweg 288 bus 3, 9000 Gent⟧
Rijksregisternummer: ⟦N|48.09.16-062.44⟧

Geachte heer, wij hebben uw aanvraag tot tussenkomst in de verwarmingskosten goedgekeurd. Het bedrag van € 310 wordt gestort op rekening ⟦I|BE94 0631 8274 5914⟧. Voor vragen kunt ge terecht bij uw maatschappelijk werkster, ⟦P|Sofie De Clercq⟧, ⟦T|09 266 94 31⟧.""")

D("nl", "be-caribbean", [], """Vul dit formulier aan met wat ontbreekt (Vlaamse gemeente, adreswijziging):

Naam: ⟦P|Van den Broeck⟧   Voornaam: ⟦P|Jelle⟧
Rijksregisternr.: ⟦N|85073003328⟧
Nieuw adres: ⟦A|Lange Lozanastraat 57, 2018 Antwerpen⟧
Gsm: ⟦T|0476 38 21 90⟧
Nummerplaat wagen: ⟦K|1-HXK-207⟧
Datum: 18/11/2025   Handtekening: ___""")

D("en", "be-caribbean", [], """Translate this Belgian payslip summary to English for my UK accountant:

Werknemer: ⟦P|Ana-Maria Popescu⟧
Rijksregisternummer: ⟦N|91.11.02-386.87⟧
Personeelsnummer: ⟦N|0004812⟧
Brutoloon oktober: € 3.412,00
Netto uitbetaald op ⟦I|BE03 7350 4182 6384⟧: € 2.236,18
Werkgever: Bakkerij Vandamme BV, Brugge""")

D("nl", "be-caribbean", ["health"], """Kunt ge dit verslag van het CLB samenvatten voor de klastitularis?

Leerling: ⟦P|Wout Maes⟧, ° ⟦D|19/05/2013⟧
Ouders: ⟦P|Kristof Maes⟧ en ⟦P|Lies Goossens⟧, ⟦A|Molenstraat 14, 3560 Lummen⟧
Bevindingen: vermoeden van dyscalculie, verwijzing naar logopedie. ⟦P|Wout⟧ volgt ook therapie bij een kinderpsycholoog na het overlijden van zijn grootvader.
CLB-medewerker: ⟦P|Hanne Peeters⟧, ⟦E|hanne.peeters@clb-limburg.example.be⟧""")

D("nl", "be-caribbean", ["criminal"], """Samenvatten voor het dossier graag (Belgisch parket):

Proces-verbaal BR.21.L7.054418/25 – verdachte: ⟦P|Kevin Claessens⟧, geboren te Mechelen op ⟦D|02/10/1997⟧, wonende ⟦A|Brusselsesteenweg 401, 2800 Mechelen⟧. Feiten: winkeldiefstal met braak in de nacht van 3 op 4 november. Voertuig: ⟦K|2-BNT-618⟧. Betrokkene werd gehoord en vrijgelaten.""")

D("en", "be-caribbean", [], """Summarise this letter from the Bonaire tax office for me, my Papiamentu and Dutch are poor:

Belastingdienst Caribisch Nederland
Aan: ⟦P|Shurendy Martha⟧
⟦A|Kaya Gobernador N. Debrot 64, Kralendijk, Bonaire⟧
Crib-nummer: ⟦N|102.447.381⟧
Uw aangifte loonbelasting over september is niet ontvangen. Neem contact op via ⟦T|+599 715 8330⟧ of kom langs op werkdagen.""")

D("nl", "be-caribbean", [], """Maak een kort overzicht van deze huurders op Sint Eustatius (voor de woningstichting):

- ⟦P|Glenroy Spanner⟧, ⟦A|Fort Oranjestraat 12, Oranjestad⟧, tel. ⟦T|+599 318 2247⟧, huurachterstand 2 mnd
- ⟦P|Merlyn Gibbs-Lopes⟧, ⟦A|Rosemary Laan 5⟧, tel. ⟦T|+599 319 4410⟧
- ⟦P|Kenrick Hassell⟧, woning The Bottom (Saba), opzegging per 1 januari""")

D("nl", "be-caribbean", ["ethnicity"], """Kun je deze familiegeschiedenis wat mooier opschrijven? Het is voor de verjaardag van mijn tante.

Tante ⟦P|Gracia⟧ is geboren op ⟦D|8 augustus 1955⟧ in Paramaribo, aan de ⟦A|Gravenstraat 118⟧. Haar moeder, Ma ⟦P|Elfriede Pinas⟧, was Creools en haar vader ⟦P|Oscar Liong-A-Kong⟧ van Chinees-Surinaamse afkomst. In 1975 kwam ze met de boot naar Rotterdam, waar ze veertig jaar bij het Havenziekenhuis werkte.""")

D("en", "be-caribbean", [], """Help me write a reference for our Surinamese nanny's visa application:

To whom it may concern. ⟦P|Sharmila Ramsaroep⟧ (ID no. ⟦N|FT0291384⟧), residing at ⟦A|Indira Gandhiweg 231, Wanica⟧, has cared for our two children since 2021. She is honest, warm and punctual. You may reach me at ⟦T|+597 862 4471⟧. ⟦P|Thomas Leerdam⟧""")

D("nl", "be-caribbean", [], """Vertaal deze WhatsApp naar het Nederlands (is Papiaments):

“Bon dia ⟦P|Yurisa⟧, mi ta ⟦P|Chendrick⟧ di e outo. E number di plaka ta ⟦K|B-48211⟧ i mi number ta ⟦T|+599 9 561 2093⟧. Nos ta mira otro djasabra na ⟦A|Kaya Brion 17⟧.”""")

D("nl", "be-caribbean", [], """Kunt ge dit mailtje naar de syndicus wat beleefder maken?

Dag meneer ⟦P|Wuyts⟧, voor de derde keer: de lift in ons gebouw (⟦A|Frankrijklei 96, 2000 Antwerpen⟧) staat al twee weken stil. Mijn moeder van 84 woont op de zesde. Gelieve vandaag nog te bellen naar ⟦T|0495 17 63 28⟧. ⟦P|Evelien Claes⟧, appartement 6B""")

D("en", "be-caribbean", [], """Our Belgian supplier sent bank details, please check the format looks right before I pay:

Beneficiary: ⟦P|Dries Verstraete⟧ (sole trader, Verstraete Schilderwerken)
IBAN: ⟦I|BE13 0017 3628 4539⟧
BIC: GEBABEBB
VAT: BE 0712.345.678
Address: ⟦A|Stationsstraat 22, 8790 Waregem⟧""")

D("nl", "be-caribbean", ["health"], """Aanvraag tegemoetkoming hulp aan bejaarden (Vlaanderen), graag de ontbrekende velden aangeven:

Aanvrager: ⟦P|Maria-Louisa Dewilde⟧, geboren ⟦D|14/02/1962⟧
INSZ: ⟦N|62.02.14-118.02⟧
Mutualiteit: CM, lidnummer ⟦N|313-0082991-47⟧
Zorgnood: MS, rolstoelgebonden sinds 2020
Contact: dochter ⟦P|Jana⟧, ⟦E|jana.dewilde@telenet.be⟧""")

D("en", "be-caribbean", [], """Please write a polite reminder in English to this tenant in Curaçao:

Tenant: ⟦P|Ruthmila Isenia⟧
Apartment: ⟦A|Schottegatweg Oost 118, Willemstad⟧
Phone: ⟦T|+599 9 737 4410⟧
Outstanding rent: ANG 1,650 (October and November)""")

# --- odd-unicode ------------------------------------------------------------

D("nl", "odd-unicode", [], """Graag deze contactlijst opschonen, er staan rare tekens in:

• ⟦P|Şükrü Çelik⟧ — ⟦T|06\u00a012\u00a034\u00a088\u00a019⟧ — ⟦E|sukru.celik@\u200bgmail.com⟧
• ⟦P|Nguyễn Thị Hồng⟧ — ⟦T|０６－４７８２９１０３⟧
• ⟦P|Øyvind Bråthen⟧ — ⟦T|+47\u202f912\u202f44\u202f081⟧
• ⟦P|Guðrún Ólafsdóttir⟧ — ⟦E|gudrun.olafs@simnet.is⟧""")

D("en", "odd-unicode", [], """Why doesn't my regex match these? Copied them from a PDF.

“Customer: ⟦P|Zoë Brontë-Fairfax⟧, phone ⟦T|07700\u00a0900\u00a0461⟧, account ⟦N|AC\u2011004417⟧”
‘Customer: ⟦P|Łukasz Wróbel⟧, phone ⟦T|+48\u00a0601\u00a0223\u00a0904⟧’""")

D("nl", "odd-unicode", [], """Dit kwam uit een PDF van de gemeente, wat is het BSN van de aanvrager? Ik krijg het niet geplakt in ons systeem.

Aanvrager: ⟦P|Ad\u00a0van\u00a0der\u00a0Linden⟧
BSN: ⟦B|２９０６４１８３４⟧
Geboren: ⟦D|０１‑０９‑１９８２⟧""")

D("en", "odd-unicode", ["religion"], """Copy from our church rota, the Word doc had weird spacing. Can you make a clean table?

Sunday 30 Nov — Reader: ⟦P|Siobhán Ní\u00a0Bhriain⟧ · Intercessions: ⟦P|François\u00a0Dufresne⟧ · Coffee: the ⟦P|Dvořák⟧ family
Sunday 7 Dec — Reader: ⟦P|Rene\u0301e Okoro⟧ · Intercessions: ⟦P|Björn Ågren⟧""")

D("nl", "odd-unicode", [], """Kun je de spaties in deze IBAN's normaliseren? Ze komen uit Excel.

⟦P|Ilse Ruijs⟧\t⟦I|NL71\u00a0SNSB\u00a00917\u00a02648\u00a030⟧
⟦P|Mehmet Doğan⟧\t⟦I|TR33\u00a00006\u00a01005\u00a01978\u00a06457\u00a08413\u00a026⟧""")

D("en", "odd-unicode", [], """the text below came through with zero-width characters and broke our form validation, can you tell me what's wrong?

Name: ⟦P|Ama\u200bnda\u200b Kwarteng⟧
Email: ⟦E|amanda.kwarteng@\u200bbtinternet.com⟧
DOB: ⟦D|12\u200b/03\u200b/1990⟧""")

D("nl", "odd-unicode", ["health"], """Uit een gescande verwijsbrief (kopiëren uit PDF gaf dit):

Patiënt: ⟦P|Ἀ. Papadopoulou⟧ — nee, bedoeld is ⟦P|Athina Papadopoulou⟧
Geb.datum: ⟦D|2\u2009‑\u20095\u2009‑\u20091977⟧
Reden verwijzing: verdenking reumatoïde artritis
Verwijzer: huisarts ⟦P|J. Ülker⟧""")

D("en", "odd-unicode", [], """Fix the mojibake in this customer record please:

Name: ⟦P|JosÃ© MartÃ­nez NÃºÃ±ez⟧ (should be ⟦P|José Martínez Núñez⟧)
Address: ⟦A|Calle de AlcalÃ¡ 214, 28028 Madrid⟧
Phone: ⟦T|+34 612 48 90 33⟧""")

D("nl", "odd-unicode", [], """Kun je de kenteken­lijst van de poolauto's opschonen? Er zitten koppeltekens in die geen koppeltekens zijn.

⟦K|GV\u2011381\u2011X⟧ – in gebruik bij ⟦P|Hüseyin Aktaş⟧
⟦K|ZL–904–R⟧ – in gebruik bij ⟦P|Annemiek Hoëll⟧
⟦K|T‐271‐BG⟧ – tijdelijk bij ⟦P|Rik⟧ (stagiair)""")

D("en", "odd-unicode", [], """Our booking system choked on this name, what's the safest way to store it?

Guest: ⟦P|Nguyễn Văn Thắng⟧ (sorted as ⟦P|NGUYEN, Van Thang⟧ on his passport)
Passport: ⟦N|C4820193⟧
Room 312, 3 nights""")

# --- general-question -------------------------------------------------------

D("nl", "general-question", [], """Mag een kinderdagverblijf bij de inschrijving vragen naar de religie van de ouders, bijvoorbeeld om rekening te houden met eten? Of is dat een bijzonder persoonsgegeven dat we niet mogen vastleggen?""")

D("en", "general-question", [], """What does UK GDPR say about a nursery keeping a record of which children are vaccinated? Is that health data, and what lawful basis would we use?""")

D("nl", "general-question", [], """Hoe werkt een bron- en contactonderzoek bij tuberculose in het algemeen? Welke contacten worden eerst benaderd en hoe lang duurt het voordat een test zinvol is?""")

D("en", "general-question", [], """Is trade union membership special category data even if it only shows up as a payroll deduction? Asking for our payroll team, we want to know how to restrict access to that field.""")

D("nl", "general-question", [], """Moet een schuldhulpverlener rekening houden met een strafrechtelijk verleden van een aanvrager, of mag dat helemaal niet meegewogen worden? Graag met verwijzing naar de Wet gemeentelijke schuldhulpverlening.""")

D("en", "general-question", [], """We're building a dating app. How should we store users' sexual orientation and religion so that we comply with GDPR article 9? Explicit consent only, or is there another basis?""")

D("nl", "general-question", [], """Wat is een Belgisch rijksregisternummer precies en hoe wordt het controlegetal berekend? Verschilt dat voor mensen die na 2000 geboren zijn?""")

D("en", "general-question", [], """Can a veterinary practice pass an owner's contact details to the police if an animal welfare case is being investigated? What should be in our privacy notice?""")

D("nl", "general-question", [], """Schrijf een voorbeeldtekst voor een vacature waarin we mensen met een arbeidsbeperking of een psychische kwetsbaarheid nadrukkelijk uitnodigen te solliciteren, zonder dat het betuttelend klinkt.""")

D("en", "general-question", [], """How long should a pension scheme keep the medical evidence submitted with an ill-health retirement application after the decision, and who should have access to it?""")

D("nl", "general-question", [], """Mag een moskee of kerk een ledenlijst bijhouden met namen en adressen zonder toestemming? Daaruit blijkt immers ieders geloof. Welke grondslag geldt voor religieuze organisaties?""")

D("en", "general-question", [], """Explain the difference between ethnicity and nationality as categories in census data, and why a name or country of birth shouldn't be used to infer someone's ethnic origin.""")

D("nl", "general-question", [], """Welke gegevens staan er standaard op een uittreksel uit de Basisregistratie Personen, en wanneer mag een werkgever om zo'n uittreksel vragen?""")

D("en", "general-question", [], """Can you give me a blank template for a childcare accident report? Fields for the child's name, date of birth, what happened, first aid given, staff involved, parent informed (time, by whom) and a signature line.""")

D("nl", "general-question", [], """Hoe gaan GGD's om met genetische informatie bij erfelijke ziekten die bij een contactonderzoek naar boven komt? Wordt dat apart bewaard?""")

# --- hard-negative ----------------------------------------------------------

D("nl", "hard-negative", [], """Is 273849166 een geldig BSN? Een klant heeft het zo op het formulier gezet, maar ons systeem weigert het. En 184 937 025, is dat er misschien een?""")

D("nl", "hard-negative", [], """Controleer even of dit IBAN klopt, ik denk dat er een typefout in zit: NL48INGB0007362815. De leverancier (Drukkerij Van der Wal BV) zegt dat het goed is.""")

D("en", "hard-negative", [], """Our test suite uses card number 4000 1234 5678 9010 and 5520 1974 8361 0278 as invalid examples. Can you explain why a Luhn check rejects them?""")

D("nl", "hard-negative", [], """Is 85.07.30-033.29 een geldig Belgisch rijksregisternummer? Ik heb het uit een oefenbestand van de opleiding, de controle klopt volgens mij niet. En wat is er mis met BE94 0631 8274 5915 als rekeningnummer?""")

D("nl", "hard-negative", [], """Maak dit sjabloon voor een incidentmelding kinderopvang wat overzichtelijker:

Naam kind: [NAAM KIND]
Geboortedatum: [DD-MM-JJJJ]
Groep: [GROEP]
Wat is er gebeurd: ...
Eerste hulp door: [NAAM PM'ER]
Ouder geïnformeerd om: [TIJD] door [NAAM]
Handtekening locatiemanager: ____________""")

D("en", "hard-negative", [], """Translate this vet clinic notice to Dutch:

Reminder: from 1 January the clinic opens at 8.00 on Saturdays. Rabbits need their RHD2 booster every year. This month's patients of the month are Biscuit the beagle and Mr Whiskers the cat, who both lost 2 kg on their diet plan! Prices for dental cleaning go up by 4.5% in March.""")

D("nl", "hard-negative", [], """Schrijf een vrolijke Marktplaats-tekst voor onze winkel:

Fietsenwinkel De Ketting (KvK 81234567) verkoopt deze week 20 gebruikte stadsfietsen, vanaf € 149. Alle fietsen hebben een garantiebewijs met serienummer, bijvoorbeeld frame WBA2017483920. Kom langs in de winkel aan de Willem de Zwijgerlaan, tegenover het Anne Frankplein.""")

D("en", "hard-negative", [], """Format these SRT subtitles properly, the numbering is off:

3
00:01:12,400 --> 00:01:15,000
The tide comes in twice a day on this coast.

5
00:01:15,200 --> 00:01:19,800
Grey seals return here every autumn, around 4,000 of them.

6
00:01:20,000 --> 00:01:23,100
(waves crashing)""")

D("nl", "hard-negative", [], """Waarom werkt deze formule niet in Google Sheets?

=ALS(AANTAL.ALS(B2:B500;"Lid")>250;"Quorum";"Geen quorum")

Het ledenbestand heeft 412 rijen, kolom B is de status. Versie 4.12.0.3 van de export-plugin.""")

D("en", "hard-negative", [], """Git log from our open-source bot repo, please write release notes from it:

commit 1c9e8a7b6f5d4c3b2a1908f7e6d5c4b3a2918f7e
Author: release-bot <release-bot@noreply>
    chore: bump version to 3.14.2

commit 0a8f7e6d5c4b3a29180f7e6d5c4b3a2918f7e6d5
Author: release-bot <release-bot@noreply>
    fix: handle IBAN placeholders like NL12 ABCD 3456 7890 12 in the demo data""")

D("nl", "hard-negative", [], """OCR van een bon, tel de bedragen op:

BOUWMARKT GAMMA
BTW-NR NL 8101.22.334.B01
BONNR 2025-11-0032871
SCHROEVEN 4X40      3,99
KIT SANITAIR        7,49
TOTAAL             11,48
PIN: MAESTRO  ****  ****  ****  6612
BEDANKT EN TOT ZIENS""")

D("en", "hard-negative", [], """Is 987654321 a valid Dutch BSN? I'm writing unit tests and need a number that definitely fails the eleven-test.""")

D("nl", "hard-negative", [], """Persbericht, graag inkorten:

Waterschap Vallei en Veluwe start op maandag 1 december met het baggeren van de Grift tussen Apeldoorn en Hattem. De werkzaamheden duren tot half maart 2026. Fietsers worden omgeleid via de Johan van Oldenbarneveltweg. Vragen? Kijk op de website van het waterschap of bel het algemene nummer van het projectteam.""")

D("en", "hard-negative", [], """Here's our mail-merge template for the parish Christmas letter. Check it reads well:

Dear «FirstName»,
Thank you for your support of St Columba's this year. Our Christmas services are on 24 December at 18:00 and 23:30. If you would like to sponsor a flower arrangement in memory of «LovedOneName», please return the slip by «Deadline».
With every blessing,
«SenderName»""")

D("nl", "hard-negative", [], """Dierenkliniek: maak een Instagram-post van dit bericht.

Deze week bij ons op de behandeltafel: Bolletje (cavia, 3 jaar), Max (labrador, 11) en Pien (kat, 6). Allemaal weer vrolijk naar huis! Denk aan de vlooienbehandeling, ook in de winter. Tarieven 2026 staan vanaf 1 december op de site.""")

D("en", "hard-negative", [], """Speech-to-text from the weather forecast, please add punctuation:

good morning its seven oclock on monday the twenty fourth of november temperatures today between four and nine degrees wind from the south west force five gusts up to seventy kilometres an hour on the coast high tide at twelve fifteen""")

D("nl", "hard-negative", [], """Vlaamse gemeente, persbericht: herschrijf voor de website.

De stad Leuven vernieuwt vanaf januari de Bondgenotenlaan. Handelaars kunnen een hinderpremie aanvragen met hun ondernemingsnummer (bv. BE 0456.789.123). De werken kosten 4,2 miljoen euro en duren tot de zomer. Meer info in het infokantoor op de Grote Markt.""")

D("en", "hard-negative", [], """Write a lost & found notice for the leisure centre:

Found in the changing rooms this week: one black umbrella, a pair of size 5 goggles, a silver locket engraved "Forever 1987" and a Fitbit. Items are kept at reception for 30 days, then donated. Please bring proof of ownership.""")

# --- more, mixed families (identifiers, markings, secrets, rarer categories) --

D("nl", "intake-form", [], """Aanvraag bijzondere bijstand (ingevuld), controleer of alle verplichte velden er zijn:

Aanvrager: ⟦P|Dewi Soemodihardjo⟧
BSN aanvrager: ⟦B|305172682⟧
Partner: ⟦P|Rinaldo Kromowidjojo⟧
BSN partner: ⟦B|461 209 536⟧
Correspondentieadres: Postbus 1187, ⟦Z|3300 BD⟧ Dordrecht
Reden: vervanging wasmachine
Rekeningnummer voor uitbetaling: ⟦I|NL24ABNA0611829374⟧""")

D("nl", "finance-letter", [], """Leg deze brief uit in eenvoudige woorden, hij is van mijn vader:

⟦V|PERSOONLIJK EN VERTROUWELIJK⟧
Aan de heer ⟦P|H.A. Terpstra⟧
⟦A|Badweg 41
8861 JK  HARLINGEN⟧

Betreft: uw AOW-uitkering
BSN: ⟦B|1583.72.608⟧

Vanaf 1 januari wordt uw AOW betaald op het rekeningnummer ⟦I|NL26INGB0009182736⟧. Wij hebben gezien dat uw echtgenote ⟦P|Geertje Terpstra-Wiersma⟧ is overleden. Gecondoleerd. Daardoor verandert uw AOW van een gehuwdenpensioen in een pensioen voor alleenstaanden.""")

D("nl", "multi-doc-prompt", [], """Vat deze twee mails samen en zeg wat ik moet doen:

Mail 1 – van de kinderopvang
Beste ⟦P|Sjoerd⟧, voor de kinderopvangtoeslag hebben we het BSN van ⟦P|Fenna⟧ nodig. Kun je het doorgeven? Groet, ⟦P|Tamara⟧ (planning)

Mail 2 – mijn antwoord (nog niet verstuurd)
Hoi ⟦P|Tamara⟧, het BSN van ⟦P|Fenna⟧ is ⟦B|382715093⟧, geboren ⟦D|11-06-2022⟧. Het contract loopt op mijn naam, ⟦P|Sjoerd Wiersma⟧.""")

D("en", "finance-letter", [], """Help me write to my bank — two cards were used without my permission:

American Express ⟦C|3742 839105 62719⟧ – £284.00 at an online electronics store on 9 Nov
Mastercard ⟦C|5520-1974-8361-0279⟧ – two payments of £49.99, 'subscription'
I'm ⟦P|Harriet Ellingham⟧, ⟦A|Flat 9, Quayside Court, Newcastle NE1 3RF⟧, customer number ⟦N|30017742⟧. I have cancelled both cards.""")

D("nl", "ads-listings", [], """Ik denk dat ik ben opgelicht via Marktplaats. Kun je helpen een melding voor de bank te schrijven?

Ik verkocht een kinderwagen. De 'koper' stuurde een link om het geld te ontvangen en vroeg daar mijn pasgegevens. Ik heb mijn kaartnummer ingevuld: ⟦C|4917 9012 3456 7801⟧, vervaldatum 08/27. Daarna is er €480 afgeschreven. Zijn account heette '⟦P|Jeroen⟧' maar het nummer waarmee hij appte was ⟦T|+44 7418 390 226⟧. Ik ben ⟦P|Ellen Vos⟧, ⟦T|06 11 92 83 74⟧.""")

D("en", "markup-dev", [], """My Google Sheets formula stopped working, what's wrong?

=IMPORTDATA("https://api.postcodes-lookup.example.com/v1/addresses?key=⟦S|pk_live_7HcX2mQv9RtLw4bYsN8kJ3pE⟧&postcode="&B2)

B2 holds the postcode of the row, e.g. row 14 is ⟦P|Moira Quinlan⟧ with ⟦A|12 Kelvin Drive, Glasgow G20 8QG⟧. The sheet is shared with ⟦E|ops-team@clydeside-care.co.uk⟧.""")

D("nl", "markup-dev", [], """Maak deze README voor de tablet op de groep wat duidelijker (Markdown):

# Tablet groep Dolfijntjes

⟦V|TLP:AMBER⟧ – niet delen buiten het team

- wifi: `KDV-Dolfijn-Staff`, wachtwoord `⟦S|Zeester!2025#⟧`
- code sleutelkluis voordeur: ⟦S|4719⟧
- ouderapp beheer: ⟦E|beheer@kdv-dolfijntjes.nl⟧
- bij storing: ⟦P|Rianne⟧ (locatiemanager) ⟦T|06 50 44 82 19⟧""")

D("en", "care-incident", ["biometric"], """Write this up as an incident report for the nursery's data protection log:

On 17 Nov the fingerprint entry system at the front door failed to recognise ⟦P|Dominic Adeyemi⟧ (father of ⟦P|Tola⟧, Butterflies room) four times; match score 0.31 against his enrolled template (threshold 0.60). He was let in by ⟦P|Carys⟧ after ID check. Supplier says his template should be re-enrolled. Parent account ⟦N|PAR-0418⟧.""")

D("nl", "care-incident", ["genetic", "health"], """Sportmedisch verslag, schrijf een korte brief aan de trainer (zonder medische details die hij niet nodig heeft):

Sporter: ⟦P|Jort Wijnands⟧, ⟦D|22-09-2006⟧, voetbal (selectie O19)
Bevinding keuring: afwijkend ECG, echo toont verdikte hartspier.
Genetisch onderzoek (klinische genetica UMC): pathogene variant in MYBPC3, hypertrofische cardiomyopathie bevestigd.
Advies: geen wedstrijdsport, wel begeleid bewegen. Vader ⟦P|Hans Wijnands⟧ is ook drager en wordt gescreend.""")

D("en", "narrative-prose", ["genetic"], """Edit my blog post, it's too rambling:

DNA, surprises and a brother I never knew — by ⟦P|Colette Marchbanks⟧
When my ancestry test came back in March, it matched me to a man in Ontario with 1,740 cM shared DNA. That is a half-sibling. His name is ⟦P|Warren Tighe⟧, and it turns out my father spent a summer in Canada in 1969. We have talked every Sunday since.""")

D("nl", "be-caribbean", ["biometric"], """Kunt ge deze klacht aan de luchthaven wat zakelijker maken?

Mijn naam is ⟦P|Bart Vercammen⟧ (identiteitskaart ⟦N|592-4418273-04⟧). Op 3 november werd ik aan de e-gate in Zaventem drie keer geweigerd omdat de gezichtsherkenning mijn gezicht niet met de chipfoto kon matchen (volgens de agent 'score te laag'). Ik heb daardoor mijn vlucht naar Lissabon gemist. Mijn gsm: ⟦T|+32 478 21 90 63⟧.""")

D("en", "intake-form", ["trade_union"], """Check this union membership form before I post it:

UNITE – APPLICATION FOR MEMBERSHIP
Name: ⟦P|Declan Rourke⟧
Workplace: Harland Logistics, Belfast depot
Job: HGV driver
Home address: ⟦A|5 Glenbank Parade, Belfast BT14 8BU⟧
Mobile: ⟦T|07712 658 490⟧
Payment: card ⟦C|2221 0048 5739 2014⟧, monthly""")

D("nl", "community-press", ["political"], """Nieuwsbrief van de lokale partijafdeling, kun je de toon wat enthousiaster maken?

Welkom aan onze nieuwe leden in Dordrecht: ⟦P|Fenna Blauw⟧, ⟦P|Orhan Yavuz⟧ en ⟦P|Wim Kalkman⟧! ⟦P|Orhan⟧ staat op plek 6 van de kandidatenlijst voor de gemeenteraadsverkiezingen. Wie wil flyeren op zaterdag: meld je bij ⟦P|Ilona⟧ via ⟦T|06 28 14 73 90⟧.""")

D("en", "odd-unicode", [], """Our VPN log shows these logins, which look suspicious?

2025‑11‑19 08:02:11 user=⟦E|łucja.wiśniewska@ostrava‑tech.example.com⟧ src=⟦IP|2001:db8:4a1::7c3⟧ OK
2025‑11‑19 08:02:40 user=⟦E|eirik.sæther@ostrava‑tech.example.com⟧ src=⟦IP|203.0.113.58⟧ FAIL
2025‑11‑19 08:03:05 user=⟦E|eirik.sæther@ostrava‑tech.example.com⟧ src=⟦IP|198.51.100.221⟧ OK token=⟦S|eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJlaXJpayJ9.Qz8rT1mVw4pXk2LsB0nE7yHcU6aG9fD3jR5tM1oP2q⟧""")

D("nl", "ocr-speech", ["criminal"], """spraakmemo van de wijkagent, maak er een mutatie van in normale zinnen

dinsdag negentien november om ongeveer tien over elf in de avond melding van buren over ruzie op de ⟦A|Berkenlaan drieëntwintig⟧ ter plaatse aangetroffen ⟦P|Dennis Brouwers⟧ geboren ⟦D|twaalf april negentienhonderd achtentachtig⟧ onder invloed en agressief aangehouden voor mishandeling van zijn partner ⟦P|Samantha⟧ overgebracht naar het bureau""")

D("en", "multi-doc-prompt", [], """Summarise these three Slack messages into one incident update for management. Remove anything that shouldn't go in an email.

#sec-incidents
[09:14] ⟦P|Naveen⟧: ⟦V|TLP:AMBER⟧ — phishing mail hit 40 mailboxes, one user (⟦P|Gemma Hartley⟧, finance) entered her password.
[09:20] ⟦P|Naveen⟧: attacker logged in from ⟦IP|185.220.101.47⟧, we reset her account. Her old password was ⟦S|Autumn2025!!⟧, it's also used on her personal email apparently.
[09:41] ⟦P|Ruth O.⟧: AWS keys in her mailbox rotated: ⟦S|AKIAQ7RZ4NDW2PXYL6HB⟧ is dead now.""")

D("nl", "intake-form", [], """Inschrijfformulier kinderopvang (ingevuld), kun je er een bevestigingsbrief van maken?

Kind: ⟦P|Noah Pinas⟧, geboren ⟦D|02-02-2024⟧, BSN ⟦B|219567347⟧
Ouder 1: ⟦P|Jeffrey Pinas⟧, BSN ⟦B|403188623⟧, ⟦T|06 48 29 17 30⟧
Ouder 2: ⟦P|Chanel Pinas-Tjon⟧, ⟦E|chanel.pinastjon@gmail.com⟧
Adres: ⟦A|Hoogstraat 212A, 3011 PV Rotterdam⟧
Machtiging incasso op ⟦I|NL83RABO0377219048⟧
Startdatum: 6 januari""")

D("en", "career", ["health"], """Proofread this reference, it goes out today:

⟦V|PRIVATE AND CONFIDENTIAL⟧

Re: ⟦P|Yusuf Demirci⟧, date of birth ⟦D|5 July 1993⟧

⟦P|Yusuf⟧ worked in our finance team from 2020 to 2025. His attendance was affected in 2024 by a period of depression, for which he took eight weeks' leave; since his return his work has been excellent. I recommend him without reservation. ⟦P|Alison Greer⟧, Finance Director, ⟦T|0131 496 0075⟧""")

D("nl", "narrative-prose", ["trade_union", "political"], """Column voor het personeelsblad, graag wat korter en grappiger:

Wie ⟦P|Ton Heijmans⟧ van de expeditie kent, weet: op vrijdag draagt hij zijn FNV-jas, ook als het dertig graden is. ⟦P|Ton⟧ is al 35 jaar vakbondsman en was vorig jaar de drijvende kracht achter de staking voor een betere cao. 's Avonds deelt hij folders uit voor de SP in Oss. 'Iemand moet het doen,' zegt hij.""")

D("nl", "multi-doc-prompt", [], """Twee stukken voor het overleg, maak er één agenda-punt van (kort):

[1] ⟦V|Departementaal Vertrouwelijk⟧ – notitie over de terugvordering bij mevrouw ⟦P|M. Lachman-Ramdin⟧, BSN ⟦B|176420952⟧: bedrag € 12.400, bezwaar loopt.
[2] Mail van haar advocaat, mr. ⟦P|S. Baldewsingh⟧: vraagt uitstel tot 15 januari, ⟦E|s.baldewsingh@baldewsingh-advocatuur.nl⟧.""")

D("nl", "be-caribbean", [], """Help me met een brief aan het consulaat van Suriname voor legalisatie van een geboorteakte:

Ik, ⟦P|Radjesh Bhagwandin⟧, geboren ⟦D|30-12-1969⟧ te Nieuw-Nickerie, BSN ⟦B|339051279⟧, wonende ⟦A|Laan van Meerdervoort 512, 2563 AR Den Haag⟧, verzoek om legalisatie van de geboorteakte van mijn moeder ⟦P|Kalawatie Bhagwandin-Jagroep⟧ (overleden 2021). Telefoon: ⟦T|070 363 19 84⟧.""")

D("en", "ocr-speech", ["sexual", "health"], """voicemail transcript for the surgery, turn it into a message for the GP

hi this is ⟦P|joanne kettering⟧ calling for my wife ⟦P|karen⟧ who cant come to the phone shes had a migraine for three days and the sumatriptan isnt working can the doctor ring back on ⟦T|oh one two one four nine six oh three three eight⟧ thanks""")

D("nl", "markup-dev", [], """Waarom faalt de deploy? Zie commit:

commit 5d1e0c9b8a7f6e5d4c3b2a19080f7e6d5c4b3a29
Author: ⟦P|Bayu Setiawan⟧ <⟦E|bayu.setiawan@wijkzorg-noord.example.nl⟧>

    config: productie-database toegevoegd

+DATABASE_URL=⟦S|mysql://wijkzorg:Tr0mpet!88@10.12.0.5:3306/clienten⟧
+MOLLIE_KEY=⟦S|live_9wQhRz4TnVxK2mP7cL8sB3dYfJ6⟧
+ADMIN_HOST=⟦IP|10.12.0.9⟧""")

D("en", "finance-letter", [], """Please reply to this customer in plain English:

From: ⟦P|Gareth Pryce-Evans⟧ <⟦E|gareth.pryceevans@btinternet.com⟧>
My refund for order 88120-44 was sent to the wrong account. The correct account is ⟦I|GB36BARC20005873419266⟧, not the old Lloyds one ending 9350. Please confirm when the £212.60 has been paid.""")

# --- long documents and one-liners -----------------------------------------

D("nl", "narrative-prose", ["health", "ethnicity", "religion"], """Ik wil dit stuk voorlezen op de herdenking van mijn buurvrouw. Kun je het iets korter maken en de zinnen wat laten lopen? Hou de anekdotes erin.

Toen ik in 1998 op de ⟦A|Van Ostadestraat 301⟧ kwam wonen, stond ⟦P|Fatoumata Diallo⟧ de volgende ochtend al voor mijn deur, met een pan rijst met pindasaus en de mededeling dat ik 'veel te mager' was. Zo ging dat met ⟦P|Fatou⟧. Ze was in 1972 uit Conakry gekomen, Guinees van geboorte en Fulbe van afkomst, en daar was ze trots op: op zondagmiddag droeg ze de stoffen die haar moeder ⟦P|Mariama⟧ nog had geweven.

⟦P|Fatou⟧ was moslim, maar de deur stond open voor iedereen. Met het suikerfeest kreeg de hele galerij een bordje, ook meneer ⟦P|Prins⟧ van driehoog, die elk jaar zei dat hij 'eigenlijk niet van zoet hield' en dan om een tweede bordje vroeg. Haar zoon ⟦P|Ousmane⟧ groeide op tussen onze kinderen; hij is nu huisarts in Almere, en ze vertelde het aan iedereen die het wilde horen, en ook aan wie het niet wilde horen.

De laatste twee jaar werd ze steeds kortademiger. Hartfalen, zei ⟦P|Ousmane⟧, en later kwam de diagnose longkanker erbij. Ze weigerde naar een hospice te gaan: 'Ik ga dood in mijn eigen stoel, bij mijn eigen raam.' Dat is ook gebeurd, op 2 oktober, met ⟦P|Ousmane⟧ en haar kleindochter ⟦P|Aïssatou⟧ naast zich. Thuiszorgmedewerker ⟦P|Linda Bos⟧, die haar anderhalf jaar elke ochtend waste en aankleedde, heeft mij gevraagd ook haar te bedanken: '⟦P|Fatou⟧ leerde mij meer dan ik haar.'

Lieve ⟦P|Fatou⟧, de galerij is stil zonder jou. Ik beloof dat ik blijf eten.""")

D("en", "intake-form", ["health", "criminal"], """I'm a debt adviser. Please turn these case notes into a structured summary (income, outgoings, priority debts, non-priority debts, risks, next steps). Keep the client's details at the top.

CLIENT: ⟦P|Leanne Marie Dobson⟧   DOB ⟦D|21/08/1987⟧   Ref ⟦N|DA-2025-1184⟧
Address: ⟦A|31 Cranbrook Street, Barnsley S70 1TU⟧
Phone: ⟦T|07835 220 914⟧   Email: ⟦E|leanne.dobson87@yahoo.co.uk⟧
Household: ⟦P|Leanne⟧ + 2 children (⟦P|Kayden⟧ 11, ⟦P|Poppy⟧ 6). Ex-partner ⟦P|Jason Pryor⟧ pays no maintenance; he is currently serving a sentence at HMP Doncaster for burglary.

Income: Universal Credit £1,214/month incl. child element, Child Benefit £176/month. Part-time work at a bakery ended in July after she was signed off with anxiety and depression (fit note to 31 Dec).

Outgoings: rent £575 (shortfall after housing element £95), council tax £92, gas/electric prepayment ~£140, water £38, phone £25, food ~£320, school uniform/travel ~£40.

Priority: council tax arrears £684 (liability order granted, enforcement agent letters received), rent arrears £410 (landlord Mr ⟦P|Hussain⟧ has been understanding), energy debt £390 on the meter.
Non-priority: catalogue £1,120, two credit cards £2,860 and £940, a payday loan £300 (lender in administration), overdraft £250.

Risks: mental health, enforcement visit, children's free school meals not yet applied for.
Next steps: breathing space application, council tax hardship fund, FSM application, Warm Home Discount, refer to GP social prescriber.""")

D("nl", "multi-doc-prompt", ["health"], """Hieronder vier berichten over dezelfde cliënt, van verschillende mensen. Maak er een tijdlijn van, per datum, en zet onderaan wat er nog openstaat. Niet te lang.

--- 4 november, mail van de wijkverpleging ---
Van: ⟦P|Marjan Kolk⟧ <⟦E|m.kolk@thuiszorg-westland.example.nl⟧>
Bij dhr. ⟦P|Van Rijn⟧ (⟦A|Zuidweg 18, 2671 MN Naaldwijk⟧) gaat de wondgenezing van het open been langzaam. Hij laat de steunkousen vaak uit. Dochter ⟦P|Ingrid van Rijn⟧ is op de hoogte.

--- 7 november, WhatsApp van de dochter ---
[07-11 19:42] ⟦P|Ingrid⟧: Pa is vanmiddag gevallen in de badkamer, niks gebroken volgens de huisarts maar hij is erg in de war. Kan er iemand extra langskomen? Mijn nummer voor de zekerheid ⟦T|06 39 71 02 84⟧

--- 12 november, notitie van de huisarts (dr. ⟦P|Visscher⟧) ---
Delier bij urineweginfectie, antibiotica gestart. Controle over een week. Overweeg tijdelijke opname respijtzorg als thuissituatie niet houdbaar is.

--- 18 november, mail van de casemanager ---
Van: ⟦P|Youssef Ait Ouali⟧ <⟦E|y.aitouali@wijkteam-westland.example.nl⟧>
Indicatie respijtzorg aangevraagd, cliëntnummer ⟦N|WL-2025-30917⟧. Gesprek met ⟦P|Ingrid⟧ en dhr. ⟦P|Van Rijn⟧ gepland op 25 november, 14.00 uur.""")

D("en", "narrative-prose", ["genetic", "health"], """This is a chapter from my memoir. It's about 1,500 characters — please make it flow better but keep all the facts and names.

My mother, ⟦P|Dorothy Ainsworth⟧, never talked about her sister. I knew only that Aunt ⟦P|Evelyn⟧ had died young, in 1979, and that my grandmother ⟦P|Mabel⟧ kept a photograph of her face down in a drawer. It was only when I was forty-one, sitting in a windowless room at St James's in Leeds, that a genetic counsellor called Dr ⟦P|Farah Siddiqui⟧ explained it to me: ⟦P|Evelyn⟧ had Huntington's disease, and so, it now seemed, had my mother.

Mum had been diagnosed two years earlier, though she'd hidden it from us; the tremor, she said, was her nerves. My brother ⟦P|Stephen⟧ refused to be tested. I said yes. The blood test took three minutes and the wait took six weeks. On my birthday, ⟦D|14 February⟧ — I remember because the receptionist wished me a happy one — I learned that I carry 42 CAG repeats. My daughter ⟦P|Rosie⟧ was nine.

I won't pretend I was brave. I went home and scrubbed the kitchen floor until two in the morning. My husband, ⟦P|Graham⟧, sat on the stairs and didn't say anything, which was the right thing to say.""")

D("nl", "multi-doc-prompt", [], """bel ⟦P|Anouk⟧ terug op ⟦T|06 41 22 90 18⟧ ivm haar aanvraag, maak hier een taak van""")

D("en", "multi-doc-prompt", [], """translate to dutch: "please send the signed form to Mrs ⟦P|Okafor⟧ at ⟦E|r.okafor@lewisham-hs.example.org.uk⟧ by friday\"""")

D("nl", "ads-listings", [], """Is dit een oplichter? 'Hoi ik ben ⟦P|Sven⟧, ik wil de bank kopen, stuur je IBAN dan maak ik €1 over ter verificatie' — nummer ⟦T|+31 6 1849 2753⟧""")

D("en", "career", [], """one line for my email signature pls: ⟦P|Priya Venkataraman⟧ | HR Business Partner | ⟦T|020 7946 0327⟧""")

# --- more negatives in the new genres --------------------------------------

D("nl", "general-question", [], """Hoe schrijf ik een goede grafrede voor een opa? Welke opbouw is gebruikelijk en hoe lang mag het duren?""")

D("nl", "general-question", [], """Wat is het verschil tussen minnelijke schuldhulpverlening en de Wsnp? En wat gebeurt er met een huurachterstand als iemand in de schuldsanering komt?""")

D("nl", "general-question", [], """Hoe lang mag een kinderopvangorganisatie ingevulde incidentformulieren bewaren, en moeten die ook in het kinddossier? We willen dit vertrouwelijk maar werkbaar regelen.""")

D("en", "general-question", [], """Which vaccinations and paperwork does a dog need to travel from England to the Netherlands by ferry? Is a rabies titre test still required?""")

D("nl", "general-question", [], """Mag een makelaar de naam van de verkopers in een woningadvertentie noemen, of moet dat altijd anoniem? Wat als de verkopers dat zelf willen?""")

D("en", "general-question", [], """How do I make subtitles in SRT format in Subtitle Edit, and how do I shift all timecodes by 2.5 seconds?""")

D("nl", "hard-negative", [], """Wat betekent TLP:CLEAR bovenaan een advies van het NCSC? En mag ik zo'n bericht dan gewoon op intranet zetten? In een andere mail stond TLP:WHITE, is dat hetzelfde?""")

D("nl", "hard-negative", [], """Spraak-naar-tekst van een bekendmaking, zet de leestekens goed:

de gemeenteraad vergadert op donderdag vier december om half acht in de raadzaal aan de markt op de agenda staan de begroting voor tweeduizend zesentwintig en het plan voor de nieuwe sporthal insprekers kunnen zich tot woensdag twaalf uur aanmelden bij de griffie""")

D("nl", "hard-negative", [], """Parochieberichten, maak er een overzichtelijke lijst van:

De nachtmis op 24 december begint om 22.00 uur, de kindernachtmis om 19.00 uur. De collecte van die avond is voor de voedselbank. Het kerkkoor zoekt nog tenoren. De pastorie is tussen Kerst en Nieuwjaar gesloten.""")

D("nl", "general-question", [], """Hoe vraag je als inwoner van Bonaire een Nederlands rijbewijs aan of om, en is een Bonairiaans rijbewijs geldig in Nederland?""")

D("en", "general-question", [], """Can you give me a structure for a eulogy for a grandparent who was a keen gardener? Five minutes, warm but not too sad.""")

D("en", "general-question", [], """What is a Breathing Space in debt advice in England and Wales, how long does it last, and which creditors are covered?""")

D("en", "hard-negative", [], """Convert this LaTeX table to Markdown:

\\begin{tabular}{lrr}
Product & Units & Price \\\\
Widget A & 1200 & 4.99 \\\\
Widget B & 860 & 7.50 \\\\
Gadget X & 3150 & 12.00 \\\\
\\end{tabular}""")

D("en", "hard-negative", [], """Explain what this spreadsheet formula does:

=SUMIFS(Sales!D:D, Sales!A:A, "Q3", Sales!B:B, "North", Sales!C:C, ">=1000")

The sheet has 18,402 rows and order numbers like SO-2025-004417 in column E.""")

D("en", "hard-negative", [], """Reply to this app store review on behalf of our recipe app:

★★★★☆ Great app but the dark mode is buggy
"Love the meal planner, but since version 6.2.1 the text in dark mode is black on black. Please fix!" — posted by a user in the UK""")

D("en", "general-question", [], """Write me a generic, friendly dating bio for someone in their forties who likes hiking, bad films and cooking for friends. No names, I'll personalise it.""")

D("en", "hard-negative", [], """Tighten this press release:

FOR IMMEDIATE RELEASE — Harbourside Cycles opens its third store
Harbourside Cycles will open its third shop on 6 December, creating 14 jobs. The store will offer e-bike repairs and a free puncture clinic on Saturdays. Opening offer: 15% off all helmets in the first week.""")

D("nl", "hard-negative", [], """OCR van een parkeerbon, welk bedrag en welke tijd staan erop?

PARKEERGARAGE CENTRUM
TICKET 0048172
IN  14-11-2025 09:12
UIT 14-11-2025 13:47
DUUR 4:35
BEDRAG EUR 11,20
BETAALD PIN
BEDANKT VOOR UW BEZOEK""")

D("en", "general-question", [], """In a staff survey, can we ask about sexual orientation and religion if the answers are anonymous? What counts as anonymous enough under GDPR?""")

D("nl", "general-question", [], """Mag een sportvereniging bij inschrijving van jeugdleden vragen naar medische aandoeningen zoals astma of epilepsie, en wie binnen de club mag dat dan zien?""")

D("en", "general-question", [], """Is it lawful for an employer to ask at interview whether a candidate is a member of a trade union? What about asking about criminal convictions?""")

D("nl", "hard-negative", [], """Schrijf een Marktplaats-tekst voor deze spullen van onze kringloopwinkel:

- eikenhouten eettafel, 180 x 90, € 75
- 4 stoelen, skai, € 10 per stuk
- Philips senseo, werkt, € 12
Ophalen tijdens openingstijden, niet bezorgen. Artikelnummers K-2291 t/m K-2296.""")

D("nl", "hard-negative", [], """Uit onze git log, schrijf er releasenotes van (Nederlands, voor gebruikers):

v2.8.0  feat: export naar CSV toegevoegd
v2.7.3  fix: datumnotatie 31-12-2025 werd als 2025-31-12 getoond
v2.7.2  chore: afhankelijkheden bijgewerkt (requests 2.32.3)
v2.7.1  fix: time-out bij bestanden groter dan 20 MB""")

# --- postcodes and addresses without a street --------------------------------

D("nl", "intake-form", [], """Klopt dit formulier voor de afvalpas? Het huisnummer staat los van de straat, mag dat?

Naam: ⟦P|Gerdien Postma⟧
Postcode + huisnummer: ⟦Z|5611 EM⟧ 23
Aantal bewoners: 3
E-mail: ⟦E|gerdien.postma@xs4all.nl⟧""")

D("nl", "ads-listings", [], """Maak deze advertentie korter, max 2 zinnen:

Gratis af te halen: een werkende wasmachine (AEG, 7 kg). Ik woon in Enschede, postcode ⟦Z|7511JK⟧, precieze adres stuur ik via de app. Groetjes ⟦P|Yara⟧""")

D("nl", "ocr-speech", [], """spraakbericht van de bezorgdienst, wat is het adres

goedemorgen met ⟦P|Kevin⟧ van de bezorging ik sta bij postcode ⟦Z|9712 CP⟧ maar ik kan huisnummer achtentwintig niet vinden kunt u mij even bellen op ⟦T|nul zes één zeven zeven drie negen nul twee vier⟧""")

D("en", "odd-unicode", [], """Our web form logs show these submissions with odd characters. Which ones look like bots?

[2025‑11‑20T10:14:02Z] ip=⟦IP|192.0.2.144⟧ name=“⟦P|Mar\u00adtijn Ver\u00adhoe\u00adven⟧” postcode=⟦Z|1071KM⟧
[2025‑11‑20T10:14:03Z] ip=⟦IP|192.0.2.145⟧ name=“test test” postcode=“0000 AA”
[2025‑11‑20T10:14:04Z] ip=⟦IP|2001:db8::1f⟧ name=“⟦P|Émilie Dubois‑Nkemelu⟧” postcode=⟦Z|3581 KP⟧""")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
