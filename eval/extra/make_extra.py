#!/usr/bin/env python3
"""Generator of eval/extra/extra.jsonl, an independent evaluation set for Poortwachter.

Standard library only, deterministic (fixed seed, no dependence on PYTHONHASHSEED).
Every document is written by hand with inline markers:

    ⟦TYPE:value⟧            a labelled span with literal text `value`
    ⟦BSN:@plain|@dots|@space⟧   a generated BSN that passes the 11-check
    ⟦IBAN:@CC⟧ / ⟦IBAN:@CCc⟧    a generated IBAN of country CC (grouped / compact)
    ⟦CREDIT_CARD:@brand⟧        a generated Luhn-valid card (visa, mc, amex, visa-, mc0)
    ⟪BADBSN⟫ ⟪BADIBAN⟫ ⟪BADCARD⟫  unlabelled look-alikes that FAIL their checksum

Offsets are taken from the running length of the text being assembled (code
points), never by searching the finished text.  Run:

    python3 make_extra.py [--out FILE] [--stats] [--check-determinism]
"""
import hashlib
import ipaddress
import json
import random
import re
import sys

SEED = 20261122
TYPES = {"PERSON", "EMAIL", "PHONE", "BSN", "IBAN", "CREDIT_CARD", "ADDRESS", "POSTCODE",
         "BIRTHDATE", "LICENSE_PLATE", "ID_NUMBER", "IP_ADDRESS", "SECRET", "CONFIDENTIAL"}
CATS = {"health", "ethnicity", "political", "religion", "trade_union", "genetic",
        "biometric", "sexual", "criminal"}

# ---------------------------------------------------------------- checksums


def bsn_ok(s):
    d = re.sub(r"[ .\-]", "", s)
    if not re.fullmatch(r"\d{9}", d):
        return False
    tot = sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1))) - int(d[8])
    return tot % 11 == 0


def iban_ok(s):
    c = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", c):
        return False
    r = c[4:] + c[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def luhn_ok(s):
    d = re.sub(r"[ \-]", "", s)
    if not re.fullmatch(r"\d{12,19}", d):
        return False
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


# ---------------------------------------------------------------- generators


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def digits(self, n):
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def bsn(self, style):
        while True:
            d = str(self.r.randint(1, 9)) + self.digits(7)
            tot = sum(int(c) * w for c, w in zip(d, range(9, 1, -1)))
            last = tot % 11
            if last < 10:
                b = d + str(last)
                assert bsn_ok(b)
                break
        if style == "dots":
            return b[:4] + "." + b[4:6] + "." + b[6:]
        if style == "space":
            return b[:3] + " " + b[3:6] + " " + b[6:]
        return b

    def bad_bsn(self):
        while True:
            d = str(self.r.randint(1, 9)) + self.digits(8)
            if not bsn_ok(d):
                return d

    BBAN = {
        "NL": lambda g: g.r.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"]) + g.digits(10),
        "BE": lambda g: g._be(),
        "DE": lambda g: g.digits(18),
        "GB": lambda g: g.r.choice(["BARC", "HBUK", "NWBK", "LOYD"]) + g.digits(14),
        "PT": lambda g: g.digits(21),
        "RO": lambda g: g.r.choice(["BTRL", "RNCB", "BRDE"]) + "".join(g.r.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(16)),
        "BG": lambda g: g.r.choice(["BNBG", "UNCR", "STSA"]) + g.digits(6) + g.digits(8),
        "UA": lambda g: g.digits(6) + "0000" + g.digits(15),
        "FR": lambda g: g.digits(10) + g.digits(11) + g.digits(2),
        "ES": lambda g: g.digits(20),
    }

    def _be(self):
        ten = self.digits(10)
        chk = int(ten) % 97 or 97
        return ten + "%02d" % chk

    def iban(self, spec):
        cc, compact = spec[:2], spec.endswith("c")
        bban = self.BBAN[cc](self)
        num = int("".join(str(int(ch, 36)) for ch in bban + cc + "00"))
        iban = cc + "%02d" % (98 - num % 97) + bban
        assert iban_ok(iban), iban
        if compact:
            return iban
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))

    def bad_iban(self):
        good = self.iban("NL").replace(" ", "")
        while True:
            i = self.r.randint(8, len(good) - 1)
            bad = good[:i] + str((int(good[i]) + self.r.randint(1, 9)) % 10) + good[i + 1:]
            if not iban_ok(bad):
                return " ".join(bad[i:i + 4] for i in range(0, len(bad), 4))

    def card_digits(self, brand):
        if brand.startswith("visa"):
            body, n = "4" + self.digits(14), 16
        elif brand.startswith("mc"):
            body = self.r.choice(["51", "53", "55", "2221", "2720"])
            body, n = body + self.digits(15 - len(body)), 16
        elif brand == "maestro":
            body, n = "6759" + self.digits(14), 19
        else:
            body, n = self.r.choice(["34", "37"]) + self.digits(12), 15
        for c in "0123456789":
            if luhn_ok(body + c):
                return body + c
        raise AssertionError

    def card(self, brand):
        d = self.card_digits(brand)
        if brand == "maestro":
            return " ".join(d[i:i + 4] for i in range(0, 19, 4))
        if brand == "amex":
            return d[:4] + " " + d[4:10] + " " + d[10:]
        if brand.endswith("-"):
            return "-".join(d[i:i + 4] for i in range(0, 16, 4))
        if brand.endswith("0"):
            return d
        return " ".join(d[i:i + 4] for i in range(0, 16, 4))

    def bad_card(self):
        d = self.card_digits("visa")
        d = d[:-1] + str((int(d[-1]) + 3) % 10)
        assert not luhn_ok(d)
        return " ".join(d[i:i + 4] for i in range(0, 16, 4))


# ---------------------------------------------------------------- assembler

MARK = re.compile(r"⟦([A-Z_]+):([^⟧]*)⟧|⟪(BADBSN|BADIBAN|BADCARD)⟫")


def assemble(markup, g):
    out, ents, pos, n = [], [], 0, 0
    for m in MARK.finditer(markup):
        lit = markup[pos:m.start()]
        out.append(lit)
        n += len(lit)
        if m.group(3):
            val = {"BADBSN": g.bad_bsn, "BADIBAN": g.bad_iban, "BADCARD": g.bad_card}[m.group(3)]()
            out.append(val)
            n += len(val)
        else:
            typ, val = m.group(1), m.group(2)
            if typ not in TYPES:
                raise ValueError("unknown type %s" % typ)
            if val.startswith("@"):
                spec = val[1:]
                if typ == "BSN":
                    val = g.bsn(spec)
                elif typ == "IBAN":
                    val = g.iban(spec)
                elif typ == "CREDIT_CARD":
                    val = g.card(spec)
                else:
                    raise ValueError("no generator for %s" % typ)
            ents.append({"start": n, "end": n + len(val), "type": typ, "text": val})
            out.append(val)
            n += len(val)
        pos = m.end()
    out.append(markup[pos:])
    return "".join(out), ents


TITLES = re.compile(r"(?i)^(mevr|mevrouw|mw|dhr|de heer|heer|mr|mrs|ms|dr|drs|ir|prof|ing)\b\.?\s")


def validate(doc):
    t, errs = doc["text"], []
    last_end = -1
    for e in sorted(doc["entities"], key=lambda e: e["start"]):
        s = t[e["start"]:e["end"]]
        if s != e["text"]:
            errs.append("slice mismatch %r" % e)
        if s != s.strip() or not s:
            errs.append("outer whitespace %r" % s)
        if e["start"] < last_end:
            errs.append("overlap at %d" % e["start"])
        last_end = e["end"]
        ty = e["type"]
        if ty == "BSN" and not bsn_ok(s):
            errs.append("bad BSN %s" % s)
        if ty == "IBAN" and not iban_ok(s):
            errs.append("bad IBAN %s" % s)
        if ty == "CREDIT_CARD" and not luhn_ok(s):
            errs.append("bad card %s" % s)
        if ty == "IP_ADDRESS":
            try:
                ipaddress.ip_address(s)
            except ValueError:
                errs.append("bad IP %s" % s)
        if ty == "POSTCODE" and not re.fullmatch(r"[1-9]\d{3}[A-Z]{2}", re.sub(r"\s+", "", s)):
            errs.append("bad postcode %s" % s)
        if ty in ("ID_NUMBER", "PHONE") and bsn_ok(s):
            errs.append("%s value passes the BSN 11-check %s" % (ty, s))
        if ty == "PERSON" and TITLES.match(s):
            errs.append("title in PERSON %s" % s)
    # no checksum-valid number left unlabelled
    mask = list(t)
    for e in doc["entities"]:
        for i in range(e["start"], e["end"]):
            mask[i] = "\0"
    rest = "".join(mask)
    for m in re.finditer(r"(?<![\w.\-])(\d{4}\.\d{2}\.\d{3}|\d{3} \d{3} \d{3}|\d{9})(?![\w\-]|\.\d)", rest):
        if bsn_ok(m.group(1)):
            errs.append("unlabelled valid BSN %s" % m.group(1))
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b", rest):
        if iban_ok(m.group(0)):
            errs.append("unlabelled valid IBAN %s" % m.group(0))
    for m in re.finditer(r"(?<![\d\-])(\d{4}[ \-]?\d{4}[ \-]?\d{4}[ \-]?\d{4}|\d{4} \d{6} \d{5})(?![\d\-])", rest):
        if luhn_ok(m.group(1)):
            errs.append("unlabelled Luhn-valid card %s" % m.group(1))
    for m in re.finditer(r"(?<![\d\-])\d{13,19}(?![\d\-])", rest):
        if luhn_ok(m.group(0)):
            errs.append("unlabelled Luhn-valid digit run %s" % m.group(0))
    for c in doc["special"]:
        if c not in CATS:
            errs.append("unknown category %s" % c)
    if doc["lang"] not in ("nl", "en"):
        errs.append("bad lang")
    if "⟦" in t or "⟧" in t or "⟪" in t:
        errs.append("marker left in text")
    return errs


def check_negatives(g):
    for _ in range(200):
        assert not bsn_ok(g.bad_bsn())
        assert not iban_ok(g.bad_iban())
        assert not luhn_ok(g.bad_card())


DOCS = []


def D(lang, source, special, text):
    DOCS.append((lang, source, list(special), text))

# ================================================================ chats (WhatsApp, Teams, Signal)

D("nl", "whatsapp", ["health"], """kun je dit appgesprek omzetten in een nette notitie voor het dossier?

[09:12] ⟦PERSON:Baukje⟧: goeiemorgen! ik kom vandaag niet, mn rug zit weer helemaal vast 😩
[09:13] ⟦PERSON:Ype Zijlstra⟧: ah balen. huisarts al gebeld?
[09:13] ⟦PERSON:Baukje⟧: ja om 11 uur, ze denkt aan hernia want het straalt uit naar mn been
[09:15] ⟦PERSON:Ype Zijlstra⟧: sterkte. ik zet je ziek in AFAS, laat je weten hoe het ging?
[09:15] ⟦PERSON:Baukje⟧: 👍 bel me gerust op ⟦PHONE:06 - 41 27 88 13⟧""")

D("nl", "whatsapp", ["religion"], """[14:02] ⟦PERSON:momo⟧: ff een vraag, mag ⟦PERSON:Hodan⟧ deze maand om 17u weg? ze gaat vanwege de ramadan eerder naar huis om het vasten te breken
[14:05] teamlead: prima, als de balie maar bezet is
[14:05] ⟦PERSON:momo⟧: ok top, ik zet het in de planning

schrijf hier een kort bevestigingsmailtje van voor haar""")

D("nl", "whatsapp", [], """Groepsapp Buurtpreventie Kanaalzone

[21:47] ⟦PERSON:Gerrit⟧: er staat alweer die witte bestelbus met draaiende motor bij de containers, kenteken ⟦LICENSE_PLATE:VKT-61-B⟧
[21:48] ⟦PERSON:Siem Rook⟧: zag hem gister ook. iemand foto?
[21:52] ⟦PERSON:Jeannette⟧: ik heb de wijkagent gemaild (⟦EMAIL:wijkagent.kanaalzone@politie.nl⟧)

Maak hier een melding voor het meldpunt openbare ruimte van.""")

D("en", "teams", ["health"], """Can you make this Teams thread into a short handover note?

Akosua Agyemang  10:41
hey, quick one - Yaw won't be in for the next two weeks, he's having his knee operated on Thursday
⟦PERSON:Kwabena Asante⟧  10:43
noted. who covers his cases?
⟦PERSON:Akosua Agyemang⟧  10:44
⟦PERSON:Efua⟧ said she can take the 3 urgent ones, rest can wait""".replace("Akosua Agyemang  10:41", "⟦PERSON:Akosua Agyemang⟧  10:41").replace("hey, quick one - Yaw", "hey, quick one - ⟦PERSON:Yaw⟧"))

D("nl", "teams", [], """[Teams] ⟦PERSON:Sjra Vossen⟧ 08:55
Kan iemand mij de inlog van het servicedesk-account sturen? Ik krijg steeds 'access denied'.

[Teams] ⟦PERSON:Truus Coenen⟧ 08:57
gebruiker svc_balie, ww is ⟦SECRET:Maastricht2026!!⟧ — niet doorsturen aub

vraag: hoe leg ik collega's uit dat ze wachtwoorden niet in teams moeten zetten? maak een korte instructie""")

D("nl", "teams", ["trade_union"], """Herschrijf dit bericht zodat het minder bot klinkt:

"⟦PERSON:Lei⟧, jij zit toch namens de FNV in het overleg over de nieuwe roosters? Dan wil ik je morgen om 10 uur spreken, samen met ⟦PERSON:Har Dassen⟧ van P&O. Niet afzeggen."
""")

D("nl", "whatsapp", ["criminal"], """hoi, mn zwager zit sinds vorige week vast in PI Vught en zn vriendin vraagt of hij zn toeslagen houdt. hij heet ⟦PERSON:Ronnie Kerstens⟧, geboren ⟦BIRTHDATE:3-11-1989⟧. wat moet ze doen? kort antwoord graag""")

D("nl", "whatsapp", ["health"], """Vertaal naar het Engels voor onze nieuwe collega:

ma 7 okt
⟦PERSON:Dewi⟧: ik ben er morgen later, eerst controle bij de gynaecoloog (16 wk zwanger 🤰 nog niet doorvertellen!!)
⟦PERSON:Ratna⟧: 🥰🥰 gefeliciteerd!!""")

D("en", "whatsapp", [], """Summarise the plan:

Jo: landing Schiphol 06:40, then train to Groningen
Marit: I'll pick u up at the station, parking is at Sontweg
Jo: kk. Address for the airbnb?
Marit: ⟦ADDRESS:Oude Ebbingestraat 58A, 9712 HM Groningen⟧ — code for the keybox is 4471
Jo: 👌""".replace("Jo:", "⟦PERSON:Jo⟧:").replace("Marit:", "⟦PERSON:Marit⟧:"))

D("nl", "whatsapp", [], """Mam: heb je mn iban nog nodig voor de huur?
Ik: ja stuur maar
Mam: ⟦IBAN:@NL⟧ tnv ⟦PERSON:H. Postma-Visser⟧
Ik: thx

(schrijf een herinnering voor mezelf om dit bedrag elke maand over te maken)""")

D("nl", "teams", ["ethnicity"], """Kun je dit Teams-bericht van ⟦PERSON:Jurgen⟧ beoordelen, is dit ok om te versturen?

"Voor de nieuwe wijkaanpak wil ik ⟦PERSON:Nilton Barbosa⟧ betrekken, hij is zelf van Kaapverdiaanse afkomst en kent de gemeenschap in Rotterdam-Zuid goed. Zijn nummer: ⟦PHONE:+31 6 2877 4410⟧."
""")

D("en", "teams", [], """⟦PERSON:Bui Thi Lan⟧ (External) 3:14 PM
Hi all, the VPN for the pilot is up. Endpoint ⟦IP_ADDRESS:145.21.77.9⟧, pre-shared key ⟦SECRET:q7Vh!p2LmX9zRt4sWcN8⟧
⟦PERSON:Vu Van Minh⟧ 3:16 PM
thx ⟦PERSON:Lan⟧, will test tonight

Q: what is a pre-shared key and is it bad that it was posted here?""")

D("nl", "signal", ["political"], """Help me een reactie te schrijven. Bericht van een raadslid in onze Signal-groep:

"Hoi allemaal, ik ben ⟦PERSON:Marjolein⟧, sinds vorige week lid van de PVV-fractie in de raad. Mijn mobiel is ⟦PHONE:06 18 77 25 03⟧, bel gerust over het armoedebeleid."
""")

D("nl", "whatsapp", ["health"], """klopt dit? ⟦PERSON:pien⟧ zegt dat ze nu een uitkering krijgt vanwege haar MS en dat ze daarom niet meer mag vrijwilligen bij de voedselbank. kan dat echt?""")

D("nl", "whatsapp", [], """[18:30] ⟦PERSON:Fenna⟧: wie heeft de sleutel van het clubhuis?
[18:31] ⟦PERSON:Mees Vink⟧: ligt bij ⟦PERSON:Koning⟧ thuis, ⟦ADDRESS:Zuiderdiep 112⟧
[18:31] ⟦PERSON:Fenna⟧: top ik haal hem straks

Maak hier een rooster van wie wanneer de sleutel heeft (alleen deze info gebruiken).""")

D("en", "whatsapp", ["sexual"], """Write a friendly reply to my colleague's message:

"hey! sorry for the late reply. my husband Daniel and I are moving to Utrecht in May so I'll need to change my address with HR. could you send me the form? - Tomás"
""".replace("my husband Daniel", "my husband ⟦PERSON:Daniel⟧").replace("- Tomás", "- ⟦PERSON:Tomás⟧"))

D("nl", "teams", [], """@⟦PERSON:Sytske⟧ kun jij de storing oppakken? server ⟦IP_ADDRESS:10.40.3.17⟧ reageert niet meer sinds de update naar versie 4.12.0.3, ticket INC0048812 staat op jouw naam

(zet dit om in een statusupdate voor het MT)""")

D("nl", "whatsapp", ["health"], """Mijn buurvrouw ⟦PERSON:Trees⟧ (83) is vannacht gevallen en ligt in het MUMC met een gebroken heup. Haar dochter woont in Canada. Wie moet ik bellen voor thuiszorg na ontslag? Ze woont op ⟦ADDRESS:Sint Pieterstraat 9⟧ in Maastricht.""")

D("en", "teams", ["trade_union"], """Draft a neutral reply. Message from ⟦PERSON:Olena Kovalenko⟧:

"Hi, as the Unite workplace rep I'd like to attend the restructuring meeting on Monday. Can you add me to the invite? Thanks, Olena"
""".replace("Thanks, Olena", "Thanks, ⟦PERSON:Olena⟧"))

D("nl", "whatsapp", ["criminal"], """vat samen:
[20:11] ⟦PERSON:Shurendy⟧: bro ze hebben ⟦PERSON:Giandro⟧ opgepakt bij de Albert Heijn op de Pieter Calandlaan
[20:12] ⟦PERSON:Shurendy⟧: iets met heling, zit nu op bureau
[20:15] ⟦PERSON:Ruthmila⟧: wat?? ik bel zijn moeder""")

# ================================================================ meeting notes in bullet style

D("nl", "notulen-bullets", ["health"], """Maak hier een net verslag van:

MDO wijkteam Noord – 14/3
aanw: ⟦PERSON:Auke⟧ (WMO), ⟦PERSON:J. Terpstra⟧ (schuldhulp), ⟦PERSON:Hidde Sikkema⟧ (GGZ), ik
- casus fam. ⟦PERSON:Wiersma⟧, ⟦ADDRESS:Tuinen 41, 8911 KE Leeuwarden⟧
- vader weer opgenomen (psychose), moeder overbelast
- schulden ca 14k, bewind aangevraagd
- actie: Hidde belt GGZ-behandelaar, Auke huishoudelijke hulp
- vlg overleg 28/3""".replace("actie: Hidde", "actie: ⟦PERSON:Hidde⟧").replace(", Auke huishoudelijke", ", ⟦PERSON:Auke⟧ huishoudelijke"))

D("nl", "notulen-bullets", [], """actiepuntenlijst stuurgroep Omgevingswet (concept)
* ⟦PERSON:AvdB⟧: planning fase 2 naar MT vóór 1/5
* ⟦PERSON:KdJ⟧: contact leverancier over release 3.2.1
* ⟦PERSON:R. Ramakers⟧: begroting bijstellen
* allen: reacties op ⟦EMAIL:omgevingswet@venlo.nl⟧

zet om in een tabel met eigenaar en deadline""")

D("en", "notulen-bullets", [], """Turn these notes into minutes:

standup 12 June
- ⟦PERSON:Thaís⟧: migration of the CRM done, 3 tickets left
- ⟦PERSON:Luana Ferreira⟧: blocked on access to prod db, asked ⟦PERSON:Desislava⟧
- ⟦PERSON:Stoyan G.⟧: out Friday
- release 2.7 moved to Tuesday""")

D("nl", "notulen-bullets", ["criminal", "health"], """VERTROUWELIJK – casusoverleg Veiligheidshuis
13-02 | aanwezig: politie (⟦PERSON:Brouns⟧), reclassering (⟦PERSON:Iwan Soekhoe⟧), gemeente (⟦PERSON:Peggy⟧)
• ⟦PERSON:D. Brito Tavares⟧, geb. ⟦BIRTHDATE:22-07-2001⟧, 3x aangehouden ivm straatroof afgelopen jaar
• heeft enkelband tot juni
• verslavingsproblematiek (cannabis), wil niet naar Novadic
• afspraak: reclassering + wijkagent huisbezoek
maak een samenvatting in 5 zinnen""".replace("VERTROUWELIJK –", "⟦CONFIDENTIAL:VERTROUWELIJK⟧ –"))

D("nl", "notulen-bullets", [], """Notities telefonisch overleg met woningcorporatie
- contactpersoon ⟦PERSON:Marloes Heijnen⟧, ⟦PHONE:045-5712300⟧
- huurachterstand 3 mnd bij ⟦ADDRESS:Akerstraat 212b⟧ (Heerlen)
- ontruiming pas na overleg met ons
- klantnummer huurder ⟦ID_NUMBER:HK-0078812⟧
schrijf een bevestigingsmail aan ⟦PERSON:Marloes⟧""")

D("en", "notulen-bullets", ["religion"], """notes 1:1 with ⟦PERSON:Abdirahman⟧
- wants Friday afternoons flexible for jummah prayer
- happy to make up hours Mon/Tue
- no issues otherwise, doing well on the Apex project
> draft an email confirming the arrangement""")

D("nl", "notulen-bullets", [], """Agenda werkoverleg 4 april
1. opening
2. notulen vorige keer (⟦PERSON:Jelmer⟧)
3. nieuwe versie zaaksysteem 5.1
4. vakantierooster
5. rondvraag
Maak hier een uitnodiging van""")

D("nl", "notulen-bullets", ["health"], """- gesprek met ⟦PERSON:Lotte Goossens⟧ (re-integratie)
- burn-outklachten sinds november, nu 2x4 uur op kantoor
- bedrijfsarts ⟦PERSON:dr. Claes⟧ adviseert uitbreiding in mei
- contactgegevens ⟦PERSON:Lotte⟧: ⟦EMAIL:lotte.goossens@telenet.be⟧ / ⟦PHONE:+32 478 21 90 55⟧
- plan van aanpak bijstellen
Schrijf een plan van aanpak (kort)""".replace("⟦PERSON:dr. Claes⟧", "dr. ⟦PERSON:Claes⟧"))
# ================================================================ letters from agencies

D("nl", "agency-letter", [], """Leg deze brief in eenvoudige taal uit:

UWV
Postbus 58285
⟦POSTCODE:1040 HG⟧ Amsterdam

⟦PERSON:Mevr. I. Bondarenko⟧
⟦ADDRESS:Hoogstraat 7-III
3011 PN Rotterdam⟧

Datum: 9 januari 2026
Ons kenmerk: UWV/WW/2026/118-44
Uw BSN: ⟦BSN:@dots⟧

Beslissing op uw aanvraag WW-uitkering

Geachte mevrouw ⟦PERSON:Bondarenko⟧,

U heeft op 12 december 2025 een WW-uitkering aangevraagd. U krijgt deze uitkering vanaf 1 januari 2026. Wij betalen uw uitkering op rekening ⟦IBAN:@NL⟧.

Met vriendelijke groet,
⟦PERSON:J.M. Kuperus⟧
afdeling Uitkeringen""".replace("⟦PERSON:Mevr. I. Bondarenko⟧", "Mevr. ⟦PERSON:I. Bondarenko⟧"))

D("nl", "agency-letter", [], """Wat betekent deze brief voor mijn moeder?

Sociale Verzekeringsbank
Afgiftepunt 5xx
Postbus 1100
⟦POSTCODE:1180 BH⟧ AMSTELVEEN

De heer ⟦PERSON:R.S. Jagessar⟧
⟦ADDRESS:Zijlweg 88 bis, 2012 ML Haarlem⟧

Klantnummer SVB: ⟦ID_NUMBER:4471093255⟧
Betreft: wijziging AOW na overlijden partner

Geachte heer ⟦PERSON:Jagessar⟧,
Wij hebben vernomen dat uw echtgenote, mevrouw ⟦PERSON:S. Jagessar-Ramsaran⟧, op 2 februari is overleden. Uw AOW wordt per 1 maart omgezet naar een AOW voor een alleenstaande.""")

D("nl", "agency-letter", [], """BELASTINGDIENST

Aan: ⟦PERSON:T.H. Bui⟧
⟦ADDRESS:Admiraal de Ruijterweg 301
1061 AZ Amsterdam⟧

Burgerservicenummer ⟦BSN:@plain⟧
Dagtekening 28 februari 2026

Voorlopige aanslag inkomstenbelasting 2026
Te betalen: € 1.482,00 vóór 30 april 2026 op NL86 INGB 0002 4455 88 t.n.v. Belastingdienst

vraag: kan ik dit in termijnen betalen? schrijf een verzoek""".replace("NL86 INGB 0002 4455 88", "⟦IBAN:@NL⟧"))

D("nl", "agency-letter", ["health"], """Maak een samenvatting voor de casemanager:

GGD Hollands Noorden – Jeugdgezondheidszorg
Verwijzing n.a.v. contactmoment groep 7

Naam kind: ⟦PERSON:Sven Tjoe-A-Long⟧
Geboortedatum: ⟦BIRTHDATE:17-09-2014⟧
School: obs De Wieken, Hoorn

Bij het contactmoment is een BMI boven de 95e percentiel vastgesteld en gaf ⟦PERSON:Sven⟧ aan dat hij op school gepest wordt. Advies: verwijzing naar kinderarts en schoolmaatschappelijk werk.

Jeugdarts ⟦PERSON:M. de Wolf⟧
T ⟦PHONE:088 0100 555⟧""")

D("nl", "agency-letter", ["criminal"], """Politie Eenheid Limburg
District Noord- en Midden-Limburg

Proces-verbaal van aangifte

Verdachte: ⟦PERSON:Mihai Vasilescu⟧
Geboren: ⟦BIRTHDATE:04-05-1994⟧ te Iași (Roemenië)
Adres: zonder vaste woon- of verblijfplaats
Identiteitsbewijs: Roemeense ID-kaart ⟦ID_NUMBER:RX 0847261⟧

Feit: diefstal van een fiets (merk Gazelle) aan de Keizer Karelplein te Venlo.

vraag: vertaal dit naar het Roemeens zodat de tolk het kan voorlezen""")

D("nl", "agency-letter", [], """Rechtbank Gelderland
Team kanton
zaaknummer: ⟦ID_NUMBER:11029875 CV EXPL 25-4410⟧

Oproeping

In de zaak van:
Woonstichting De Veluwe, eiseres,
gemachtigde: mr. ⟦PERSON:P.J.C. Oosterhuis⟧
tegen
⟦PERSON:Kofi Acheampong⟧, wonende te Ede, ⟦ADDRESS:Bellestein 70⟧, gedaagde.

Zitting: dinsdag 17 maart 2026, 10:30 uur.

Leg uit wat ik als gedaagde moet doen.""")

D("nl", "agency-letter", ["health"], """Geachte ouder/verzorger van ⟦PERSON:Anouk Smeets⟧,

Uw dochter is dit schooljaar 23 uur ongeoorloofd afwezig geweest. Wij hebben daarom melding gedaan bij de leerplichtambtenaar, ⟦PERSON:dhr. H. Zeegers⟧ (⟦EMAIL:h.zeegers@leerplicht-parkstad.nl⟧).

Leerlingnummer: ⟦ID_NUMBER:204118⟧

Met vriendelijke groet,
⟦PERSON:E. Kurvers⟧, teamleider bovenbouw
Sintermeertencollege

-> help me antwoorden, mijn dochter was ziek maar we hebben geen briefje""".replace("⟦PERSON:dhr. H. Zeegers⟧", "dhr. ⟦PERSON:H. Zeegers⟧"))

D("nl", "agency-letter", [], """Woonbedrijf
Huurdersnummer: ⟦ID_NUMBER:0031-228741⟧

⟦PERSON:Fam. Guled⟧""".replace("⟦PERSON:Fam. Guled⟧", "Fam. ⟦PERSON:Guled⟧") + """
⟦ADDRESS:Kruisstraat 14, 5612 CH Eindhoven⟧

Onderwerp: klachten over geluidsoverlast

Beste familie ⟦PERSON:Guled⟧,

Wij hebben opnieuw klachten ontvangen van uw bovenburen over harde muziek na 23.00 uur. Wij vragen u dringend hiermee te stoppen. Bij herhaling nodigen wij u uit voor een gesprek.

Vriendelijke groet,
⟦PERSON:Iris⟧ van het team Leefbaarheid

Schrijf een reactie: wij hebben geen muziek aan, het komt van nummer 16""")

D("nl", "agency-letter", ["health"], """CAK
Postbus 84006
⟦POSTCODE:2508 AA⟧ Den Haag

Aan de heer ⟦PERSON:Ivo Schepers⟧

Eigen bijdrage Wmo – huishoudelijke ondersteuning
Uw persoonlijk CAK-nummer: ⟦ID_NUMBER:608 221 947⟧

Vanaf 1 april ontvangt u huishoudelijke hulp in verband met uw COPD. Uw eigen bijdrage bedraagt € 21,80 per maand.

-> leg uit of dit klopt, ik dacht dat het gratis was""")

D("en", "agency-letter", [], """Please summarise this letter from HMRC for my client:

HM Revenue & Customs
BX9 1AS

Mr ⟦PERSON:Kwame Owusu-Ansah⟧
⟦ADDRESS:14 Cranbrook Road, Ilford IG1 4PU⟧

National Insurance number: ⟦ID_NUMBER:QQ 12 34 56 C⟧
Date: 3 March 2026

We have reviewed your Self Assessment for 2024-25 and you have overpaid £412.60. We will repay this to your bank account ending 8812 within 5 working days.""")

D("nl", "agency-letter", [], """DUO
Dienst Uitvoering Onderwijs

⟦PERSON:João Pedro Carvalho⟧
⟦ADDRESS:Guldenstraat 3, 9712 CB Groningen⟧

Relatienummer: ⟦ID_NUMBER:DUO-R 78 44 102⟧
Onderwerp: terugbetaling studieschuld

Vanaf januari betaalt u € 84,13 per maand. Dit bedrag schrijven wij af van ⟦IBAN:@NLc⟧.

kun je dit vertalen naar het Portugees (Braziliaans)?""")

D("nl", "agency-letter", ["criminal"], """Reclassering Nederland
Toezichtsverslag

Cliënt: ⟦PERSON:Bas Verhulst⟧, ⟦BIRTHDATE:19-01-1986⟧
Parketnummer: ⟦ID_NUMBER:10/661204-25⟧

Betrokkene houdt zich aan het contactverbod met zijn ex-partner. De elektronische monitoring loopt tot 1 juli.

Toezichthouder: ⟦PERSON:Gülsen⟧ (⟦PHONE:06-20 41 88 17⟧)

maak hier een mail van aan de officier van justitie""")

# ================================================================ medical

D("nl", "medical-referral", ["health"], """Verwijsbrief huisartsenpraktijk De Linde

Aan: polikliniek Neurologie, Zuyderland MC
Betreft: mw. ⟦PERSON:H.M.J. (Hanneke) Dassen⟧, geb. ⟦BIRTHDATE:02-02-1971⟧
⟦ADDRESS:Rijksweg Zuid 40, 6161 BL Geleen⟧
BSN ⟦BSN:@space⟧

Geachte collega,
Graag uw beoordeling van patiënte, sinds 3 maanden progressieve tintelingen in beide benen en wisselende visusklachten. DD: MS. Medicatie: geen. Allergie: penicilline.

Met collegiale groet,
⟦PERSON:R. Hendrix⟧, huisarts

vraag: maak hier een samenvatting van voor de patiënt zelf""")

D("en", "medical-referral", ["health", "genetic"], """Make this referral letter easier to read:

Dear Dr ⟦PERSON:Achterberg⟧,

Re: ⟦PERSON:Ms Sophie Lambert⟧, DOB ⟦BIRTHDATE:11/06/1990⟧, hospital no. ⟦ID_NUMBER:K2284019⟧

Thank you for seeing this 35-year-old woman whose BRCA2 test came back positive last month. Her mother died of ovarian cancer at 52. She would like to discuss risk-reducing surgery.

Kind regards,
⟦PERSON:Dr. Pim Vos⟧""".replace("⟦PERSON:Ms Sophie Lambert⟧", "Ms ⟦PERSON:Sophie Lambert⟧").replace("⟦PERSON:Dr. Pim Vos⟧", "Dr. ⟦PERSON:Pim Vos⟧"))

D("nl", "medical-referral", ["health"], """ontslagbrief (stuk) – graag in gewone taal

Patiënt: ⟦PERSON:Bambang Soerjadi⟧ (♂, ⟦BIRTHDATE:30-12-1948⟧)
Patiëntnr: ⟦ID_NUMBER:7.214.880⟧
Opname 3/2 t/m 11/2 i.v.m. decompensatio cordis. Diuretica opgehoogd. Controle poli cardiologie over 6 weken. Thuiszorg 2x daags voor medicatie.""")

D("nl", "medical-referral", ["health"], """Hoi, ik ben wijkverpleegkundige. Kun je deze overdracht korter maken?

Cliënt dhr. ⟦PERSON:Lambrechts⟧, ⟦ADDRESS:Kerkplein 2a⟧, diabetes type 2, insuline 2dd, wond linkervoet (decubitus cat. 2), dochter ⟦PERSON:Ingrid⟧ is contactpersoon: ⟦PHONE:0475-33 82 19⟧.""")

D("en", "medical-referral", ["health"], """Translate into Dutch for the GP:

Discharge summary – St Mary's Hospital
Patient: ⟦PERSON:Iryna Shevchuk⟧   NHS number: ⟦ID_NUMBER:485 777 3456⟧
Admitted with an asthma exacerbation; treated with nebulisers and oral steroids. Discharged on 14/02 with a step-up plan. Follow-up in respiratory clinic.""")

# ================================================================ jeugdzorg, social domain

D("nl", "jeugdzorg", ["health", "criminal"], """Kun je dit rapport inkorten tot één A4?

Gecertificeerde instelling – voortgangsrapportage OTS
Jeugdige: ⟦PERSON:Jayden Rosaria⟧, geboren ⟦BIRTHDATE:8 april 2012⟧
Moeder: ⟦PERSON:Ruthmila Rosaria⟧
Vader: ⟦PERSON:E. Cijntje⟧ (verblijft in detentie, PI Zwolle)
Jeugdbeschermer: ⟦PERSON:Kim⟧

Jayden heeft ADHD en gebruikt methylfenidaat. Sinds de uithuisplaatsing bij zijn oma in Almere gaat het beter op school. Moeder heeft een alcoholprobleem en is gestart bij Tactus.""".replace("\nJayden heeft", "\n⟦PERSON:Jayden⟧ heeft"))

D("nl", "jeugdzorg", ["health"], """Verslag huisbezoek 12/11 (concept, grammatica graag verbeteren)

bij fam. ⟦PERSON:Stoica⟧ geweest ivm zorgmelding school. ⟦PERSON:andreea⟧ (14) slaapt slecht, eet weinig, school maakt zich zorgen over zelfbeschadiging. moeder ⟦PERSON:Elena⟧ spreekt weinig nederlands, tolk nodig (roemeens). afspraak met kinder-GGZ Karakter gemaakt.""")

D("nl", "jeugdzorg", [], """Dossiernummer jeugd: ⟦ID_NUMBER:J-2025-04471⟧
Aanvrager: ⟦PERSON:Sharmila Ramsaran⟧, ⟦EMAIL:sharmila.r@hotmail.com⟧
Hulpvraag: opvoedondersteuning voor zoon ⟦PERSON:Arun⟧ (9), veel driftbuien thuis.

Schrijf een ontvangstbevestiging.""")

D("nl", "jeugdzorg", ["health"], """Bij het Veilig Thuis-overleg kwam naar voren dat de jongste, ⟦PERSON:Noa⟧, een blauwe plek op haar wang had. Kinderarts ⟦PERSON:Brinkman⟧ vond geen aanwijzingen voor opzet; breuk in pols door val van trampoline is bevestigd. Hoe formuleer ik dit neutraal in het verslag?""")

# ================================================================ incident reports

D("nl", "incident-report", ["criminal"], """Incidentmelding (BHV / beveiliging)

Datum/tijd: 05-03-2026 14:20
Locatie: publiekshal stadskantoor, balie 4
Betrokkene: ⟦PERSON:Stefan Kranenburg⟧, ⟦BIRTHDATE:12-10-1979⟧ (ID gecontroleerd: rijbewijs ⟦ID_NUMBER:5412870934⟧)
Omschrijving: klant werd agressief toen paspoortaanvraag werd geweigerd, bedreigde medewerker ⟦PERSON:Wendy⟧ met de woorden 'ik weet waar je woont'. Politie gebeld, betrokkene aangehouden.

Maak hier een formele melding voor de arbo-coördinator van.""")

D("en", "incident-report", [], """Security incident log – draft, please tidy up

2026-01-19 22:14 UTC  Alert: impossible travel for user ⟦EMAIL:p.kostadinov@hoogheemraadschap-delfland.nl⟧
  sign-in from ⟦IP_ADDRESS:185.220.101.47⟧ (TOR exit), 8 minutes after sign-in from ⟦IP_ADDRESS:2a02:a46f:1c3e:0:9d1:55ff:fe21:7c02⟧
2026-01-19 22:20  account disabled by on-call (⟦PERSON:Vlad⟧)
2026-01-20 08:05  user ⟦PERSON:Petar Kostadinov⟧ confirmed he was at home; password reset""")

D("nl", "incident-report", ["health"], """Ongevalsrapportage buitendienst

Medewerker: ⟦PERSON:Jordy Lemmens⟧ (pers.nr ⟦ID_NUMBER:P-10442⟧)
Voertuig: ⟦LICENSE_PLATE:VZJ-48-T⟧
Op 22 februari bij het legen van de afvalbak op de Markt uitgegleden, pols gebroken. Afgevoerd naar SEH VieCuri. Verzuim verwacht 6 weken.

Vraag: moet dit gemeld bij de Arbeidsinspectie?""")

D("nl", "incident-report", [], """Datalek-melding intern (FG)

Op 3 maart is een e-mail met bijlage 'deelnemerslijst_inburgering.xlsx' per ongeluk verstuurd naar ⟦EMAIL:info@taalschool-abc.nl⟧ in plaats van naar ⟦EMAIL:inburgering@gemeente-tiel.nl⟧. De lijst bevatte namen en V-nummers van 18 deelnemers. Ontvanger heeft bevestigd te hebben verwijderd.

Opsteller: ⟦PERSON:W.A. (Wim) Hazeleger⟧

Vraag: moet dit bij de AP gemeld? Geef een afweging.""")

D("en", "incident-report", ["criminal"], """Summarise for the duty manager:

Incident #44170 – Platform 4, Utrecht Centraal
Reported by conductor ⟦PERSON:Adilson Semedo⟧ (staff ID ⟦ID_NUMBER:NS-228193⟧).
A passenger, later identified by police as ⟦PERSON:Liam O'Connell⟧ (Irish passport ⟦ID_NUMBER:PW4412096⟧), assaulted another passenger after a fare dispute. He was arrested by the railway police at 18:40.""")

# ================================================================ jobs and references

D("nl", "job-application", [], """Kun je mijn sollicitatiebrief verbeteren?

⟦PERSON:Wietske Hoekstra-Bouma⟧
⟦ADDRESS:Tsjerkebuorren 12
9035 VG Dronryp⟧
⟦PHONE:06-3901 7725⟧ | ⟦EMAIL:wietske.hb@gmail.com⟧

Aan Wetterskip Fryslân
t.a.v. mevrouw ⟦PERSON:ter Haar⟧

Geachte mevrouw ⟦PERSON:Ter Haar⟧,

Met veel enthousiasme reageer ik op de vacature beleidsmedewerker waterkwaliteit. Ik werk nu 6 jaar bij de provincie als adviseur...""")

D("en", "job-application", [], """Improve my CV summary, make it punchier:

OKSANA MELNYK
Rotterdam · ⟦PHONE:+31 6 4472 1180⟧ · ⟦EMAIL:oksana.melnyk.dev@proton.me⟧ · linkedin.com/in/oksana-melnyk
Date of birth: ⟦BIRTHDATE:14.08.1993⟧

Backend developer with 7 years of experience (Kotlin, Go). Moved from Kyiv to the Netherlands in 2022.""".replace("OKSANA MELNYK", "⟦PERSON:OKSANA MELNYK⟧"))

D("nl", "reference-letter", [], """Schrijf een referentie op basis van deze punten:
- ⟦PERSON:Thu Hà Dinh⟧ werkte 2021-2025 bij ons als financieel administratief medewerker
- zeer nauwkeurig, altijd op tijd
- leidde de overgang naar het nieuwe boekhoudpakket
- referent: ikzelf, ⟦PERSON:Gerard Tiemessen⟧, hoofd Financiën, ⟦PHONE:0546 - 54 11 90⟧""")

D("en", "reference-letter", [], """Proofread this reference:

To whom it may concern,

I have known Mr ⟦PERSON:Ebo Quansah⟧ for four years as his line manager at Port of Rotterdam Authority. Ebo is a reliable and thoughtful engineer...

Yours faithfully,
⟦PERSON:C.J.M. van Rijswijk⟧
Head of Asset Management
⟦EMAIL:cjm.vanrijswijk@portofrotterdam.com⟧ | ⟦PHONE:+31 (0)10 252 1010⟧""".replace("Ebo is a", "⟦PERSON:Ebo⟧ is a"))

D("nl", "job-application", ["health"], """Mag ik dit vragen bij een sollicitatiegesprek? Een kandidaat, ⟦PERSON:Kees-Jan Dijkhuizen⟧, vertelde uit zichzelf dat hij autisme heeft en daarom liever geen open kantoortuin wil.""")

D("nl", "job-application", ["political"], """Beoordeel de motivatie van deze kandidaat voor de functie van griffiemedewerker:

"Ik ben ⟦PERSON:Femke Stultiens⟧, 29 jaar. Naast mijn studie ben ik vier jaar actief geweest als campagneleider voor GroenLinks-PvdA in Nijmegen, waardoor ik de lokale politiek goed ken."
""")
# ================================================================ tenancy, insurance, travel

D("nl", "tenancy", [], """Help me een brief aan de huurcommissie te schrijven. Feiten:
- ik huur sinds 2019 ⟦ADDRESS:Noorderhaven 19-B, 9712 VH Groningen⟧
- verhuurder ⟦PERSON:Evert-Jan Huizinga⟧ wil de borg (€ 1.650) niet terugbetalen
- hij zegt dat de vloer beschadigd is maar die was al kapot bij intrede
- zijn mail: ⟦EMAIL:ej.huizinga@kpnmail.nl⟧
- mijn rekening voor de borg: ⟦IBAN:@NL⟧
ik ben ⟦PERSON:Precious Adjei⟧""")

D("nl", "tenancy", ["health"], """Onderwerp: schimmel in slaapkamer – ⟦ADDRESS:Bos en Lommerweg 44 huis⟧

Beste Ymere,

Al sinds oktober zit er schimmel op de muur van de kinderkamer. Mijn zoontje ⟦PERSON:Ilias⟧ heeft astma en de longarts zegt dat de schimmel zijn klachten verergert. Ik heb al drie keer gebeld (meldnummer 2025-88412).

Groet,
⟦PERSON:Samira el Ouariachi⟧
⟦PHONE:0614 22 98 71⟧

-> maak dit zakelijker en dreig met de huurcommissie""")

D("en", "tenancy", [], """Draft a reply to my tenant:

"Dear Mr ⟦PERSON:Brouwer⟧, the boiler at ⟦ADDRESS:Weteringschans 128-2⟧ has been broken for 9 days. We have no hot water. If it isn't fixed by Friday I'll withhold rent. – ⟦PERSON:Ana Beatriz Souza⟧, ⟦PHONE:+55 11 98765-4321⟧ (WhatsApp)"
""")

D("nl", "insurance-claim", [], """Schadeformulier – graag even controleren op volledigheid

Verzekeringnemer: ⟦PERSON:Marco Wijnands⟧
Polisnummer: ⟦ID_NUMBER:AU-77120-4483⟧
Kenteken: ⟦LICENSE_PLATE:GJ-712-P⟧
Tegenpartij: ⟦PERSON:Stoyan Georgiev⟧, Bulgaars kenteken ⟦LICENSE_PLATE:CB 4471 KM⟧
Plaats: rotonde Maasboulevard / Pastoor Kuijpersstraat, Venray
Toedracht: tegenpartij nam voorrang niet, schade aan rechterportier.""")

D("en", "insurance-claim", ["health"], """Check this travel insurance claim before I submit:

Policy holder: ⟦PERSON:Wanjiru Kamau⟧, policy no. ⟦ID_NUMBER:TRV-3381-2209⟧
Trip: Lisbon, 2–9 May
Claim: hospital visit after food poisoning (2 nights in Hospital da Luz), €2,340
Refund to: ⟦IBAN:@PT⟧
Card used for the hospital deposit: ⟦CREDIT_CARD:@visa⟧""")

D("nl", "insurance-claim", [], """Mijn fiets is gestolen bij station Zwolle. Klopt deze schademelding?

naam: ⟦PERSON:gijs ter horst⟧
adres: ⟦ADDRESS:Assendorperstraat 77, 8012 DH Zwolle⟧
aangifte gedaan op politie.nl
rekeningnr: ⟦IBAN:@NLc⟧""")

D("en", "travel-itinerary", [], """Turn this into a one-page itinerary for the delegation:

Delegation Gemeente Leeuwarden – Cape Town, 10–15 Nov
Travellers
1. ⟦PERSON:Alderman S. Kingma⟧ — passport ⟦ID_NUMBER:NXK8P41L2⟧
2. ⟦PERSON:Rixt van der Wal⟧ — passport ⟦ID_NUMBER:NW2TR7HJ5⟧
Flights: KL597 AMS-CPT 10 Nov 10:15, return KL598 14 Nov 19:50
Hotel: Protea Hotel, Victoria Junction, booking ref 7HQ2KX
Corporate card: ⟦CREDIT_CARD:@amex⟧ (exp 08/28)
Contact in CT: ⟦PERSON:Thandiwe Nkosi⟧, ⟦PHONE:+27 82 555 0147⟧""".replace("⟦PERSON:Alderman S. Kingma⟧", "Alderman ⟦PERSON:S. Kingma⟧"))

D("nl", "travel-itinerary", [], """Reisschema werkbezoek Paramaribo (concept)

ma 2/2  vertrek AMS 11:50 (SLM PY994)
di 3/2  gesprek met ⟦PERSON:mw. Soekhlal⟧ (ministerie BiZa), tel ⟦PHONE:+597 852 4410⟧
wo 4/2  bezoek Commewijne met ⟦PERSON:Ruben Vreedzaam⟧
do 5/2  terug

Hotel: Torarica, reserveringsnummer 55201-TR
Maak hier een mooi overzicht van""".replace("⟦PERSON:mw. Soekhlal⟧", "mw. ⟦PERSON:Soekhlal⟧"))

D("nl", "travel-itinerary", [], """Kun je deze boekingsbevestiging vertalen?

Boekingsnummer: KJ8WQZ
Passagier: ⟦PERSON:VAN DER MEULEN/SIETSKE⟧ MRS
Vlucht HV5411 Eindhoven – Burgas, 22 jul 2026
Betaald met Mastercard eindigend op 4410""")

# ================================================================ signatures

D("nl", "signature", [], """Vat deze mail samen in één zin:

Hoi allen, de training wordt verplaatst naar donderdag. Zaal 2.14.

Groet,

⟦PERSON:M.R.⟧

--
Gemeente Súdwest-Fryslân | team Vergunningen
⟦ADDRESS:Marktstraat 15, 8601 CR Sneek⟧
T ⟦PHONE:14 0515⟧ | ⟦EMAIL:vergunningen@sudwestfryslan.nl⟧""")

D("en", "signature", [], """Shorten this email:

Hi team, attached the Q3 figures. Let me know if anything is off.

Cheers,
⟦PERSON:Bogdan⟧
—————————
⟦PERSON:Bogdan Petrenko⟧ | Data Engineer
Ministry of Infrastructure and Water Management
M: ⟦PHONE:+31 (0)6 108 44 203⟧
⟦EMAIL:bogdan.petrenko@minienw.nl⟧
Working days: Mon–Thu""")

D("nl", "signature", [], """Herschrijf tot een formele mail:

yo, kan iemand die offerte nog ff checken?? moet vandaag de deur uit

mvg ⟦PERSON:dj⟧ (⟦PERSON:Dirk-Jan⟧)
Verstuurd vanaf mijn iPhone""")

D("nl", "signature", [], """Met vriendelijke groet,

drs. ⟦PERSON:A.W.M. Smulders⟧ MPA
Senior beleidsadviseur Sociaal Domein
Gemeente Roermond
⟦PHONE:+31 475 359 999⟧ (algemeen) / ⟦PHONE:06 – 11 39 48 02⟧ (direct)
Aanwezig: ma, di, do

Dit bericht is uitsluitend bestemd voor de geadresseerde.

vraag: kan deze disclaimer korter?""")

D("en", "signature", [], """Is this signature GDPR-compliant for external mails?

Kind regards / Met vriendelijke groet,

⟦PERSON:Ngozi A.⟧ (she/her)
Policy Officer · Province of North Holland
⟦EMAIL:n.adebayo@noord-holland.nl⟧ · ⟦PHONE:023 514 3143⟧""")

# ================================================================ OCR and all-caps forms

D("nl", "ocr", [], """Deze tekst komt uit een scan, kun je hem opschonen?

AANVRAAG  PARKEERVERGUNNING   BEWONERS
Naam  aanvrager :  ⟦PERSON:K O O L E N ,  M.⟧
Adres :  ⟦ADDRESS:Ho ogstraat  1 4 2⟧
Postcode  :  ⟦POSTCODE:5 9 1 1  AK⟧  Venlo
Kenteken  :  ⟦LICENSE_PLATE:1 - K V R - 0 8⟧
Handtekening :  ..............""")

D("nl", "allcaps-form", [], """ZET DIT OM NAAR NORMALE ZINNEN:

MELDINGSFORMULIER VERHUIZING
NAAM: ⟦PERSON:ADEGOKE, OLUWASEUN⟧
GEB.DATUM: ⟦BIRTHDATE:05-11-1987⟧
BSN: ⟦BSN:@plain⟧
OUD ADRES: ⟦ADDRESS:LANGE NIEUWSTRAAT 9, 3111 AC SCHIEDAM⟧
NIEUW ADRES: ⟦ADDRESS:BROERSVEST 102 A, 3111 EK SCHIEDAM⟧
TEL: ⟦PHONE:010 426 93 11⟧
E-MAIL: ⟦EMAIL:OLU.ADEGOKE@OUTLOOK.COM⟧""")

D("en", "ocr", ["health"], """OCR output from a faxed form, please clean:

P atient  name :  ⟦PERSON:Mar ia  Gonçalves⟧
D.O.B :  ⟦BIRTHDATE:23 / 0 4 / 1 9 6 8⟧
Dia gnosis :  type  2  diab etes ,  retinopathy
Referring  GP :  Dr  ⟦PERSON:H. Ku ipers⟧""")

D("nl", "ocr", [], """gescande kassabon, wat is het totaal?

JUMBO VEGHEL
Hoogstraat 12
tel 0413-341200
BONNR 0044 1287 3321
18-02-2026 17:44
MELK HALFVOL   1,19
BROOD BRUIN    2,49
TOTAAL         3,68
PIN ************8812""".replace("Hoogstraat 12", "⟦ADDRESS:Hoogstraat 12⟧").replace("tel 0413-341200", "tel ⟦PHONE:0413-341200⟧"))

D("nl", "allcaps-form", ["criminal"], """PROCES-VERBAAL BEVINDINGEN (UITTREKSEL)
VERDACHTE: ⟦PERSON:DE KONING, ROY⟧
GEBOREN: ⟦BIRTHDATE:09-09-1999⟧ TE LELYSTAD
VOERTUIG: ⟦LICENSE_PLATE:R-881-GS⟧
RIJDEN ONDER INVLOED (ADEMANALYSE 640 UG/L). RIJBEWIJS INGEVORDERD.

maak een samenvatting voor de afdeling Parkeren & Handhaving""")

# ================================================================ Flemish / Belgian

D("nl", "flemish", [], """Kan je deze mail van een Vlaamse collega herschrijven in Nederlands-Nederlands?

Dag ⟦PERSON:Wannes⟧,

Ik heb de offerte doorgestuurd naar ⟦PERSON:Els Verbruggen⟧ van de dienst aankoop. Gelieve haar te contacteren op ⟦PHONE:03 221 45 90⟧ of via ⟦EMAIL:els.verbruggen@stad.antwerpen.be⟧. De facturatie gebeurt op rekeningnummer ⟦IBAN:@BE⟧.

Met vriendelijke groeten,
⟦PERSON:Jens Verhaegen⟧
⟦ADDRESS:Grote Markt 1, 2000 Antwerpen⟧""")

D("nl", "flemish", ["health"], """Mijn schoonmoeder woont in Genk en is opgenomen in ZOL voor een CVA. Haar rijksregisternummer is ⟦ID_NUMBER:48.06.12-214.71⟧ en ze heet ⟦PERSON:Maria Claesen⟧. Hoe regel ik de mutualiteit vanuit Nederland?""")

D("nl", "flemish", [], """Verbeter de spelling:

Beste,

Ik ben op zoek naar een kot in Leuven voor mijn dochter ⟦PERSON:Lore⟧ vanaf september. Ons adres is ⟦ADDRESS:Kerkstraat 27 bus 3, 3000 Leuven⟧, gsm ⟦PHONE:0499 12 34 56⟧.

Groetjes, ⟦PERSON:Hilde Goossens⟧""")

# ================================================================ Caribbean / Surinamese

D("nl", "caribbean", [], """Maak een nette mail van:

bon dia ⟦PERSON:Shurgel⟧, ik heb je aanvraag voor de huursubsidie ontvangen. stuur je nog je sedula nummer ⟦ID_NUMBER:1985031402⟧ ter controle? mijn nr is ⟦PHONE:+599 9 461 2277⟧. danki! ⟦PERSON:Giselle⟧, Dienst Openbare Zaken Bonaire""")

D("nl", "caribbean", ["religion"], """Ik ben teamleider. ⟦PERSON:Ramdew Jagessar⟧ vraagt vrij voor Divali en voor Holi (Phagwa), hij is hindoe en viert dat met zijn familie in Den Haag. Hoeveel verlofuren moet ik daarvoor rekenen?""")

D("nl", "caribbean", [], """Vertaal naar het Sranantongo, het is voor een tante van me:

"Beste tante ⟦PERSON:Gracia⟧, de paketten zijn verstuurd naar ⟦ADDRESS:Kwattaweg 212, Paramaribo⟧. Het trackingnummer is SR88412090NL. Bel me op ⟦PHONE:+31 6 87 11 40 22⟧ als ze aankomen."
""")

D("en", "caribbean", ["ethnicity"], """Write an intro for our community newsletter:

"Meet ⟦PERSON:Xiomara Bernabela⟧! Born and raised in Curaçao, she is proud of her Afro-Curaçaoan roots and now leads the Antillean youth programme in Zoetermeer."
""")

# ================================================================ typos, no capitals

D("nl", "typos", ["health"], """hoi kan je me helpe een mail te schrijve naar de werkgever van mn vriend, hij heet ⟦PERSON:jaap de grooth⟧ en hij is al 3 weke ziek met longontsteking, hij kan zelf niet mailen. zijn baas heet ⟦PERSON:ronald⟧ en zn mail is ⟦EMAIL:ronald@bouwbedrijfkuipers.nl⟧""")

D("nl", "typos", [], """ik heb een boete gehad vor fout parkeren maar ik stond er maar 5 min. mijn kenteken is ⟦LICENSE_PLATE:hx-209-z⟧. hoe maak ik bezwaar?? woon op ⟦ADDRESS:vlasakkers 31 amersfoort⟧""")

D("en", "typos", [], """pls help me write to the council, my neighbour ⟦PERSON:gary⟧ at no ⟦ADDRESS:16 Elm Rd⟧ keeps parking accross my driveway. my number is ⟦PHONE:07700 900 461⟧ if they need it. thx ⟦PERSON:bev⟧""")

D("nl", "typos", ["health"], """mijn moedr ⟦PERSON:fatma yilmazer⟧ heeft dementie en moet naar een verpleeghuis. ze heef een bsn ⟦BSN:@plain⟧ en geboren ⟦BIRTHDATE:1 mei 1941⟧. hoe vraag ik een WLZ indicatie aan bij het CIZ ??""")

D("nl", "typos", [], """kan je mijn iban controleren, ik heb hem overgetypt van mijn pas: ⟪BADIBAN⟫. ik krijg steeds een foutmelding bij het invullen""")
# ================================================================ structured: CSV, JSON, SQL, logs, config

D("nl", "csv-table", [], """Kun je van deze export een draaitabel per wijk maken?

klantnr;naam;geboortedatum;straat;huisnr;postcode;wijk;telefoon
⟦ID_NUMBER:100233⟧;⟦PERSON:Hofsteenge, A.⟧;⟦BIRTHDATE:1952-03-14⟧;Dorpsstraat;12;⟦POSTCODE:7461 BC⟧;Centrum;⟦PHONE:0548-512233⟧
⟦ID_NUMBER:100234⟧;⟦PERSON:Oyelaran, B.⟧;⟦BIRTHDATE:1978-11-02⟧;Esweg;4a;⟦POSTCODE:7462 AZ⟧;Noord;⟦PHONE:0623117890⟧
⟦ID_NUMBER:100241⟧;⟦PERSON:Kamphuis-Lubbers, G.⟧;⟦BIRTHDATE:1949-07-30⟧;Haarweg;88;⟦POSTCODE:7461 RT⟧;Zuid;""")

D("en", "csv-table", [], """Remove duplicates from this attendee list:

"first_name","last_name","email","organisation"
"⟦PERSON:Ifrah⟧","⟦PERSON:Mohamud⟧","⟦EMAIL:ifrah.mohamud@rivm.nl⟧","RIVM"
"⟦PERSON:Lucas⟧","⟦PERSON:Brandão⟧","⟦EMAIL:lucas.brandao@kadaster.nl⟧","Kadaster"
"⟦PERSON:Ifrah⟧","⟦PERSON:Mohamud⟧","⟦EMAIL:ifrah.mohamud@rivm.nl⟧","RIVM"
"⟦PERSON:Desislava⟧","⟦PERSON:Petrova⟧","⟦EMAIL:d.petrova@cbs.nl⟧","CBS\"""".replace('\\"', '"'))

D("nl", "csv-table", [], """| Naam | Functie | Kamer | Toestel |
|---|---|---|---|
| ⟦PERSON:Jolanda Wubben⟧ | teamleider | 3.12 | ⟦PHONE:050 367 4471⟧ |
| ⟦PERSON:Baran Aydın⟧ | jurist | 3.14 | ⟦PHONE:050 367 4480⟧ |
| ⟦PERSON:Tjitske⟧ (stagiair) | — | 3.14 | — |

zet dit om in een lijstje op alfabet""")

D("nl", "csv-table", [], """Controleer deze betaalbatch op fouten (bedragen boven 5000 markeren):

Begunstigde	IBAN	Bedrag	Omschrijving
⟦PERSON:A. Agyemang⟧	⟦IBAN:@NLc⟧	1250,00	bijzondere bijstand
⟦PERSON:Stichting Leergeld Apeldoorn⟧	⟦IBAN:@NLc⟧	6200,00	subsidie 2026
⟦PERSON:R. Tavares⟧	⟦IBAN:@PTc⟧	480,00	reiskosten
⟦PERSON:I. Vasilescu⟧	⟦IBAN:@ROc⟧	5100,00	terugbetaling""".replace("⟦PERSON:Stichting Leergeld Apeldoorn⟧", "Stichting Leergeld Apeldoorn"))

D("en", "json-payload", [], """Why does this request return 422?

POST /api/v2/citizens HTTP/1.1
Host: api.test.gemeente.local
Authorization: Bearer ⟦SECRET:eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJzdmMtaW50YWtlIiwiaWF0IjoxNzY0MDAwMDAwfQ.q9ZfK2m4Lx8wVbT0sYp3nR7cJd5eHg1aUo6iMk2tWzE⟧
Content-Type: application/json

{
  "bsn": "⟦BSN:@plain⟧",
  "givenName": "⟦PERSON:Anh⟧",
  "familyName": "⟦PERSON:Vo⟧",
  "birthDate": "⟦BIRTHDATE:2003-02-28⟧",
  "email": "⟦EMAIL:anh.vo@student.hu.nl⟧"
}""")

D("nl", "json-payload", [], """Leg uit wat deze response betekent:

{"status":"ok","data":{"zaak":{"identificatie":"⟦ID_NUMBER:ZAAK-2026-0001874⟧","omschrijving":"Aanvraag omgevingsvergunning dakkapel","initiator":{"naam":"⟦PERSON:Y.F. Nauta⟧","adres":"⟦ADDRESS:Oosterstraat 3, 8601 BM Sneek⟧","telefoon":"⟦PHONE:+31515412098⟧"},"registratiedatum":"2026-01-07"}},"trace_id":"4bf92f3577b34da6a3ce929d0e0e4736"}""")

D("en", "json-payload", [], """Our webhook receives this from the payment provider. Which fields should we not store?

{
  "event": "payment.succeeded",
  "id": "evt_3PqL0b2eZvKYlo2C1x8",
  "amount": 4995,
  "currency": "EUR",
  "card": {"brand": "mastercard", "last4": "0041", "exp_month": 9, "exp_year": 2028},
  "billing_details": {"name": "⟦PERSON:Chiamaka Eze⟧", "email": "⟦EMAIL:chiamaka.eze@gmail.com⟧", "phone": "⟦PHONE:+31681234570⟧"},
  "ip": "⟦IP_ADDRESS:84.106.12.201⟧",
  "order_id": "ORD-2026-118842"
}""")

D("nl", "sql-insert", [], """Waarom faalt deze insert? (Foutmelding: duplicate key)

INSERT INTO medewerkers (personeelsnr, voornaam, achternaam, iban, indienst) VALUES
 ('⟦ID_NUMBER:E008812⟧', '⟦PERSON:Sjoukje⟧', '⟦PERSON:van der Zee⟧', '⟦IBAN:@NLc⟧', '2024-09-01'),
 ('⟦ID_NUMBER:E008813⟧', '⟦PERSON:Kwame⟧', '⟦PERSON:Asamoah⟧', '⟦IBAN:@NLc⟧', '2024-09-01'),
 ('⟦ID_NUMBER:E008812⟧', '⟦PERSON:Nadia⟧', '⟦PERSON:Bouzerda⟧', '⟦IBAN:@BEc⟧', '2025-01-15');""")

D("en", "sql-insert", [], """Optimise this query:

SELECT c.customer_id, c.full_name, c.email, o.total
FROM customers c JOIN orders o ON o.customer_id = c.customer_id
WHERE c.email = '⟦EMAIL:h.nakamura@example.org⟧' AND o.created_at > '2025-01-01';""")

D("en", "log-lines", [], """What went wrong here?

2026-02-11T07:31:02.118Z INFO  auth  login ok user=⟦EMAIL:lieke.vanbeek@provincie-utrecht.nl⟧ src=⟦IP_ADDRESS:10.12.0.54⟧
2026-02-11T07:31:09.442Z WARN  sync  retrying job 88121 (attempt 3/5)
2026-02-11T07:31:15.007Z ERROR sync  upstream ⟦IP_ADDRESS:172.31.8.200⟧:8443 connection reset
2026-02-11T07:31:15.009Z ERROR sync  giving up, version 3.14.2 build 7781""")

D("nl", "log-lines", [], """Wat betekenen deze regels uit /var/log/auth.log?

Feb 14 03:12:44 bastion01 sshd[22871]: Failed password for invalid user admin from ⟦IP_ADDRESS:218.92.0.112⟧ port 51422 ssh2
Feb 14 03:12:47 bastion01 sshd[22871]: Failed password for invalid user oracle from ⟦IP_ADDRESS:218.92.0.112⟧ port 51430 ssh2
Feb 14 08:02:10 bastion01 sshd[23011]: Accepted publickey for deploy from ⟦IP_ADDRESS:fd12:3456:789a:1::27⟧ port 60122 ssh2""")

D("nl", "code-secret", [], """Waarom werkt de deploy niet? docker-compose.yml:

services:
  app:
    image: registry.intern/zaak-app:2.8.1
    environment:
      - DATABASE_URL=⟦SECRET:postgresql://zaakapp:Wnt3r%21Zon2026@db.intern:5432/zaken⟧
      - SMTP_PASSWORD=${SMTP_PASSWORD}
  db:
    image: postgres:16""")

D("en", "code-secret", [], """Fix my Python script, the upload fails with 403:

import boto3
s3 = boto3.client(
    "s3",
    aws_access_key_id="⟦SECRET:AKIAQ3EGUWZL7XKPR2DT⟧",
    aws_secret_access_key="⟦SECRET:f9Kq2LmN8xT4vB7cR1sD5hJ0wZ6yP3aE9gU2iO4k⟧",
    region_name="eu-west-1",
)
s3.upload_file("rapport.pdf", "gemeente-archief", "2026/rapport.pdf")""")

D("nl", "code-secret", [], """Klopt deze .env? Ik heb de echte waarden al weggehaald:

API_KEY=<vul-hier-je-sleutel-in>
DB_PASSWORD=********
JWT_SECRET={{ vault_jwt_secret }}
DEBUG=false""")

D("en", "code-secret", [], """Review this GitHub Actions workflow:

- name: Notify Slack
  run: curl -X POST -H 'Content-type: application/json' --data '{"text":"deploy done"}' ⟦SECRET:https://hooks.slack.com/services/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⟧
- name: Login
  run: echo "${{ secrets.REGISTRY_TOKEN }}" | docker login ghcr.io -u deploy-bot --password-stdin""")

D("nl", "code-secret", [], """Hoe zet ik deze key om naar PKCS8?

⟦SECRET:-----BEGIN RSA PRIVATE KEY-----
MIIEowIBAAKCAQEAx3vQm8Zt1Y0r7mW2hK9pLq3sN6cT4vB8dF1gH5jK2lM9nP0q
R3sT6uV9wX2yZ5aB8cD1eF4gH7iJ0kL3mN6oP9qR2sT5uV8wX1yZ4aB7cD0eF3gH
6iJ9kL2mN5oP8qR1sT4uV7wX0yZ3aB6cD9eF2gH5iJ8kL1mN4oP7qR0sT3uV6wX9y
-----END RSA PRIVATE KEY-----⟧""")

D("en", "code-secret", [], """Is it safe to commit this file?

# kube secret for the intake service
apiVersion: v1
kind: Secret
metadata:
  name: intake-db
type: Opaque
data:
  username: ⟦SECRET:aW50YWtlX3N2Yw==⟧
  password: ⟦SECRET:UzNjcjN0LVIwdHRlcmRhbSE=⟧""")

D("nl", "code-secret", [], """mijn git push faalt: remote: Invalid username or token. Ik gebruik ⟦SECRET:https://ghp_R8kLm2Qx7VtN4pZs9WcB1yHj6DfA3eG0uK5o@github.com/gemeente-zwolle/parkeer-api.git⟧ als remote, wat doe ik fout?""")

D("en", "code-secret", [], """Explain this certificate (public, from our website):

-----BEGIN CERTIFICATE-----
MIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ
RTESMBAGA1UEChMJQmFsdGltb3JlMRMwEQYDVQQLEwpDeWJlclRydXN0MSIwIAYD
-----END CERTIFICATE-----
sha256 fingerprint: 3C:8F:1A:22:9E:...""")

# ================================================================ classified

D("nl", "classified", [], """⟦CONFIDENTIAL:Departementaal Vertrouwelijk⟧

Memo aan de SG
Van: directie Veiligheid en Integriteit, ⟦PERSON:H.J. Mulder⟧
Betreft: stand van zaken dreigingsanalyse verkiezingen

1. De analyse wordt op 20 maart afgerond.
2. Afstemming met NCTV loopt.

⟦CONFIDENTIAL:Departementaal Vertrouwelijk⟧

vraag: maak een samenvatting van max 50 woorden""")

D("en", "classified", [], """Summarise for the team channel:

⟦CONFIDENTIAL:TLP:AMBER+STRICT⟧
Subject: phishing wave targeting municipal payroll staff
Indicators: sender domain payro11-nl[.]com, landing page on ⟦IP_ADDRESS:45.137.21.9⟧
Contact: Z-CERT duty officer ⟦PERSON:Femke⟧""")

D("nl", "classified", [], """Onderwerp: ⟦CONFIDENTIAL:STG. GEHEIM⟧ – planning oefening Noordster

Vraag aan de chatbot: herschrijf onderstaande tekst in jip-en-janneketaal.
De oefening vindt plaats van 4 t/m 8 mei op vliegbasis Leeuwarden. Deelname: 3 eenheden.""")

D("en", "classified", [], """This report is marked TLP:CLEAR, so you can share it freely. Please summarise it:

Vulnerability in popular VPN appliance (CVE-2026-1041) is being exploited. Patch to version 9.2.4.1 or later.""")

D("nl", "classified", [], """Wat is het verschil tussen 'Departementaal Vertrouwelijk' en 'Stg. Confidentieel'? En wanneer gebruik ik TLP:AMBER?""")

D("nl", "classified", ["criminal"], """⟦CONFIDENTIAL:Persoonlijk en vertrouwelijk⟧

Aan: burgemeester
Betreft: Bibob-advies exploitatievergunning shishalounge

Uit het advies blijkt dat de beoogd exploitant, ⟦PERSON:Mehmet Ali Doğan⟧ (⟦BIRTHDATE:17-03-1983⟧), in 2023 is veroordeeld voor witwassen.

Graag een conceptbesluit tot weigering.""")

D("en", "classified", [], """EU RESTRICTED""".replace("EU RESTRICTED", "⟦CONFIDENTIAL:EU RESTRICTED⟧") + """

Draft minutes – working party, 14 April
Attendees: ⟦PERSON:A. Kowalczyk⟧ (PL), ⟦PERSON:M. Ferreira⟧ (PT), ⟦PERSON:L. de Wit⟧ (NL)
Item 3: position on the revised directive; NL can support option B.

please rewrite as a short email to my director""")
# ================================================================ hard negatives

D("nl", "hard-negative", [], """Schrijf een korte nieuwsbrieftekst: vanaf maandag is de Johan Cruijff ArenA weer bereikbaar via de Burgemeester Stramanweg, en rijdt de pendelbus vanaf station Bijlmer ArenA elke 10 minuten.""")
D("nl", "hard-negative", [], """Welke leveranciers zijn beter voor kantoormeubilair: Ahrend, Gispen of Vepa? We hebben een budget van 45.000 euro.""")
D("nl", "hard-negative", [], """Vat samen: Factuur 2026-00417 van Hendriks Bouw & Onderhoud B.V. (KvK 14093387, btw NL001234567B01) voor het schilderwerk aan het gemeentehuis, totaal € 18.412,50, te voldoen binnen 30 dagen. Ordernummer PO-558812.""")
D("en", "hard-negative", [], """Compare McKinsey, Deloitte and Ernst & Young for a digital transformation tender. Which has most public-sector experience in the Netherlands?""")
D("nl", "hard-negative", [], """Is 231857640 een geldig BSN? Ik twijfel of ik een cijfer verkeerd heb overgenomen.""".replace("231857640", "⟪BADBSN⟫"))
D("nl", "hard-negative", [], """In de testomgeving gebruiken we nummer ⟪BADBSN⟫ als dummy-BSN. Waarom geeft de validatie een fout?""")
D("en", "hard-negative", [], """Our test suite uses card number ⟪BADCARD⟫, which should be rejected by the Luhn check. Write a unit test for it in Python.""")
D("nl", "hard-negative", [], """Release notes: versie 10.4.2.1 lost het probleem op waarbij de koppeling met BRP na 02:00 uur uitviel. Build 2026.03.14-1 staat klaar op de acceptatieomgeving. Maak hier een mail aan gebruikers van.""")
D("nl", "hard-negative", [], """De gemeenteraad vergadert op 12 maart 2026 om 19:30 uur. De stukken worden uiterlijk 26-02-2026 gepubliceerd. Het bezwaar moet vóór 1 april 2026 binnen zijn. Zet deze data in een tijdlijn.""")
D("en", "hard-negative", [], """This advisory is TLP:CLEAR and may be distributed without restriction. TLP:WHITE was renamed to TLP:CLEAR in TLP 2.0. Explain the difference to our comms team.""")
D("nl", "hard-negative", [], """Wat is het verschil tussen de Erasmusbrug en de Willemsbrug qua verkeersintensiteit? En hoe druk is de Van Brienenoordbrug in de spits?""")
D("nl", "hard-negative", [], """Schrijf een vacaturetekst voor een medewerker van de Albert Heijn-vestiging... nee wacht, voor onze kantine, die wordt uitbesteed aan Jansen Catering. Ze zoeken iemand voor 24 uur per week.""")
D("en", "hard-negative", [], """What's the best way to cite Rawls, Habermas and Nussbaum in a policy note about fairness in algorithms?""")
D("nl", "hard-negative", [], """Kun je het verschil uitleggen tussen het Thorbecke-principe en de Wet Dualisering? Ik moet een presentatie geven in het Stadhuis aan de Coolsingel.""")
D("nl", "hard-negative", [], """Het IBAN op de factuur (⟪BADIBAN⟫) wordt door ons systeem afgekeurd. Wat kan er mis zijn met de controle?""")
D("nl", "hard-negative", [], """We verplaatsen de serverruimte. Het nieuwe rack krijgt de nummers R-12 t/m R-18, de patchkasten PK-3.1 en PK-3.2. Het project loopt onder code 2026-ICT-045. Maak een planning in 5 stappen.""")
D("en", "hard-negative", [], 'Translate to Dutch: "The Marie Curie Fellowship and the Nelson Mandela Foundation both fund research on inequality. Applications open on 1 September."')
D("nl", "hard-negative", [], """De heer Bommel en Tom Poes zijn strips van Marten Toonder. Kun je een samenvatting geven van het verhaal 'De Bovenbazen'?""".replace("Marten Toonder", "⟦PERSON:Marten Toonder⟧"))
D("nl", "hard-negative", [], """Onze leverancier Van der Valk Hotels vraagt voor het congres een aanbetaling. Het contract heeft nummer CTR-2026-0912 en de offerte is geldig tot 15-04-2026. Is dat gebruikelijk?""")
D("en", "hard-negative", [], """Order #112-4478201-8812334 from Amazon hasn't arrived. Tracking 1Z999AA10123456784 says 'in transit' since Monday. Write a complaint.""")
D("nl", "hard-negative", [], """In het bestemmingsplan staat dat de Prins Hendrikkade en de Wilhelminastraat autoluw worden. Hoe leg ik dat uit aan ondernemers?""")
D("nl", "hard-negative", [], """Wij zijn gevestigd in het Philips-gebouw. Bezoekers melden zich bij de receptie. Parkeren kan in garage Mathildelaan. Schrijf een routebeschrijving.""")
D("en", "hard-negative", [], """Python 3.12.1, Django 5.0.3, PostgreSQL 16.2 — which of these are end-of-life by 2027? Our ticket is CHG0031189.""")
D("nl", "hard-negative", [], """Hoeveel mensen in Nederland hebben een bijstandsuitkering, en hoeveel daarvan zijn ouder dan 55? Graag met bron (CBS).""")
D("nl", "hard-negative", [], """Het kenmerk van de brief is 2026/0041877 en de dagtekening 4 februari 2026. Hoe lang heb ik om bezwaar te maken?""")

# ================================================================ general questions on special-category topics (no person)

D("nl", "general-question", [], """Mag een werkgever vragen naar iemands geloof tijdens een sollicitatie?""")
D("nl", "general-question", [], """Wat zijn de regels rond vakbondsverlof in de cao Gemeenten?""")
D("en", "general-question", [], """What are the GDPR rules for processing biometric data for time registration at work?""")
D("nl", "general-question", [], """Hoe vaak komt de ziekte van Huntington voor en is erfelijkheidsonderzoek vergoed?""")
D("nl", "general-question", [], """Schrijf een beleidsnotitie over het registreren van etniciteit in onderzoek naar arbeidsmarktdiscriminatie.""")
D("en", "general-question", [], """Is it legal in the Netherlands to ask job applicants about prior convictions, and when is a VOG required?""")
D("nl", "general-question", [], """Welke partijen zitten er in de gemeenteraad van Almere en hoeveel zetels hebben ze?""")
D("nl", "general-question", [], """Wat is de invloed van de ramadan op de dienstroosters in de zorg? Geef tips voor leidinggevenden.""")
D("en", "general-question", [], """How should a council communicate about LGBTQ+ inclusion during Pride month without alienating religious groups?""")
D("nl", "general-question", [], """Wat is het verschil tussen een uitkering op grond van de WIA en de Wajong?""")
D("nl", "general-question", [], """Welke psychische klachten komen het meest voor bij jongeren in de jeugdzorg?""")
D("en", "general-question", [], """Summarise the main findings of recent research on long COVID and return-to-work.""")

# ================================================================ hypotheticals / training cases

D("nl", "hypothetical", [], """Casus voor de training: medewerker X meldt zich ziek met een depressie en vraagt of de leidinggevende dit mag weten. Wat is het juiste antwoord?""")
D("nl", "hypothetical", [], """Stel dat een sollicitant vertelt dat hij vroeger lid was van een extreemrechtse partij. Mag ik dat laten meewegen?""")
D("en", "hypothetical", [], """Imagine an employee who wears a hijab is told by a client she can't serve him. How should the manager respond? Write a role-play script with fictional characters.""")
D("nl", "hypothetical", [], """Voorbeeldcasus (fictief): een inwoner met een enkelband vraagt een parkeervergunning aan. Welke gegevens mogen we registreren?""")
D("en", "hypothetical", [], """Suppose a colleague told you in confidence that they are HIV-positive. What are your obligations? Answer in general terms.""")
D("nl", "hypothetical", [], """Voor de e-learning: een fictieve inwoner vraagt bijzondere bijstand aan voor een rolstoel. Maak hier een oefencasus van zonder echte gegevens.""")

# ================================================================ special categories, phrased indirectly

D("nl", "special-indirect", ["health"], """Mijn collega ⟦PERSON:Anouk⟧ is sinds de bevalling nog niet terug, hoe lang duurt zwangerschaps- en bevallingsverlof precies?""")
D("nl", "special-indirect", ["sexual"], """⟦PERSON:Lieke Wouters⟧ wil graag dat haar vrouw ⟦PERSON:Manon⟧ ook op de personeelsbarbecue komt, maar we hadden 'zonder partners' gezegd. Hoe los ik dit netjes op?""")
D("nl", "special-indirect", ["sexual"], """Schrijf een felicitatiekaartje voor ⟦PERSON:Bart⟧ en zijn man ⟦PERSON:Ruud⟧, ze zijn net getrouwd.""")
D("nl", "special-indirect", ["trade_union"], """⟦PERSON:Henk Reijnders⟧ is FNV-kaderlid en vraagt of hij tijdens werktijd een ledenvergadering mag bijwonen. Wat zegt de cao?""")
D("en", "special-indirect", ["religion"], """⟦PERSON:Miriam Goldberg⟧ asked not to be scheduled on Saturdays because she keeps Shabbat. Can we accommodate this in the rota? Draft a reply.""")
D("nl", "special-indirect", ["health"], """De buurman van mijn moeder, ⟦PERSON:meneer Tiems⟧, loopt sinds zijn beroerte met een rollator en kan de trap niet meer op. Kan de gemeente een traplift regelen?""".replace("⟦PERSON:meneer Tiems⟧", "meneer ⟦PERSON:Tiems⟧"))
D("nl", "special-indirect", ["criminal"], """Mijn buurman ⟦PERSON:Dennis⟧ van nummer 14 verkoopt volgens mij drugs vanuit zijn schuur, er komen de hele nacht auto's. Waar meld ik dat anoniem?""")
D("en", "special-indirect", ["political"], """Write a short bio for ⟦PERSON:Ioana Marinescu⟧, who was elected to the Amsterdam council for D66 last year and chairs the housing committee.""")
D("nl", "special-indirect", ["health"], """Ik (⟦PERSON:Sanne⟧) ben net gestopt met chemo en wil langzaam weer beginnen op het werk. Kun je een mail aan mijn leidinggevende opstellen?""")
D("nl", "special-indirect", ["biometric"], """De toegangspoort herkende ⟦PERSON:Jeroen Aarts⟧ niet meer na zijn baardgroei; het gezichtsprofiel moest opnieuw worden ingelezen. Hoe meld ik dit in het logboek?""")
D("nl", "special-indirect", ["genetic", "health"], """Mijn zus ⟦PERSON:Ilse⟧ is drager van het CF-gen gebleken bij het erfelijkheidsonderzoek. Moet ik me nu ook laten testen?""")
D("en", "special-indirect", ["criminal"], """Our new caretaker ⟦PERSON:Marek Nowicki⟧ disclosed that he served 18 months for burglary in 2019. Do we need to tell the school board?""")
D("nl", "special-indirect", ["health"], """⟦PERSON:Dirk Haas⟧ heeft een blindengeleidehond. Mag die mee in de raadszaal? Schrijf een kort antwoord.""")
D("nl", "special-indirect", ["religion"], """Onze stagiair ⟦PERSON:Yusuf⟧ gaat op bedevaart naar Mekka en vraagt drie weken onbetaald verlof. Hoe reageer ik?""")
D("en", "special-indirect", ["ethnicity"], """⟦PERSON:Kofi Agyemang⟧ told the panel he is of Ghanaian Ashanti descent and wants to speak about that at the diversity event. Write a short introduction for him.""")
D("nl", "special-indirect", ["health"], """hoe spreek ik ⟦PERSON:Ans⟧ aan over haar alcoholgebruik? ze ruikt 's ochtends naar drank en is vaak te laat.""")
D("nl", "special-indirect", ["political"], """Mijn medewerker ⟦PERSON:Sander Bos⟧ was zaterdag te zien op tv bij de klimaatdemonstratie op de A12. Mag ik hem daarop aanspreken?""")
D("en", "special-indirect", ["health"], """My dad (⟦PERSON:Peter Lindqvist⟧) has just been diagnosed with Parkinson's. What support can he get from the municipality in Leiden?""")
D("nl", "special-indirect", ["criminal"], """Heeft de VOG-aanvraag van ⟦PERSON:Roel Gerritsen⟧ nog kans nu hij vorig jaar een taakstraf kreeg voor mishandeling?""")
D("nl", "special-indirect", ["trade_union"], """⟦PERSON:Ilona⟧ van de CNV komt volgende week namens haar leden praten over de reorganisatie. Wat moet ik voorbereiden?""")
D("en", "special-indirect", ["sexual"], """⟦PERSON:Jasmine⟧ asked to have her wife ⟦PERSON:Rachel⟧ added as her emergency contact. Which form does she need?""")
D("nl", "special-indirect", ["health"], """⟦PERSON:opa Wim⟧ krijgt sinds kort dialyse, drie keer per week. Kan hij een gehandicaptenparkeerkaart krijgen?""".replace("⟦PERSON:opa Wim⟧", "opa ⟦PERSON:Wim⟧"))
D("nl", "special-indirect", ["health"], """⟦PERSON:Kim⟧ zit thuis met een burn-out, ik moet haar taken verdelen over het team. Maak een verdeelvoorstel (taken: planning, inkoop, rapportages).""")
D("en", "special-indirect", ["religion"], """Draft a reply to ⟦PERSON:Harpreet Singh⟧ confirming that he may wear his turban with the security uniform.""")
D("nl", "special-indirect", ["criminal"], """Tegen mijn ex ⟦PERSON:Kevin Brink⟧ loopt een contactverbod, maar hij staat steeds bij de school van onze dochter. Wat kan ik doen?""")
D("nl", "special-indirect", ["health"], """Onze receptioniste ⟦PERSON:Gülay⟧ is slechthorend en wil een ringleiding bij de balie. Wie betaalt dat?""")
D("en", "special-indirect", ["health"], """Can you help me write a sick note email? I'm ⟦PERSON:Tom Ashworth⟧ and I've had a migraine attack since last night.""")
D("nl", "special-indirect", ["ethnicity"], """In het intakegesprek vertelde ⟦PERSON:mevrouw Fernandes Semedo⟧ dat ze Kaapverdiaans is en liever in het Kriolu geholpen wordt. Hebben we een tolk?""".replace("⟦PERSON:mevrouw Fernandes Semedo⟧", "mevrouw ⟦PERSON:Fernandes Semedo⟧"))
# ================================================================ more mixed documents

D("en", "expense-claim", [], """Check this expense claim against the travel policy:

Employee: ⟦PERSON:Aiyana Brooks⟧ (employee no. ⟦ID_NUMBER:70219⟧)
Trip: Brussels, Council working group, 3–4 Feb
Train Thalys €212.40 — paid with personal card ⟦CREDIT_CARD:@mc⟧
Hotel Motel One €139.00
Reimburse to ⟦IBAN:@BE⟧
Claim ref EXP-2026-00871""")

D("nl", "expense-claim", [], """Waarom is deze declaratie afgewezen?

Declarant: ⟦PERSON:Thijs Olde Rikkert⟧
Personeelsnummer: ⟦ID_NUMBER:009 114 27⟧
Omschrijving: lunch met externe partij (4 pers.), € 96,20
Betaald met creditcard ⟦CREDIT_CARD:@visa-⟧
Reden afwijzing: geen namen van de deelnemers vermeld""")

D("en", "cs-chat", [], """Summarise this chat for the complaints team:

Agent Noor: Thanks for waiting. Can you confirm the card you used?
Customer: it's ⟦CREDIT_CARD:@visa0⟧, expiry 11/27
Agent Noor: Thank you. I can see a double charge of €59.
Customer: yes!! I'm ⟦PERSON:Callum Fraser⟧ btw, account ⟦EMAIL:callum.fraser@btinternet.com⟧
Agent Noor: I've refunded one charge; it'll be back in 3–5 days.""".replace("Agent Noor:", "Agent ⟦PERSON:Noor⟧:"))

D("nl", "cs-chat", [], """Chat klantcontact Waterbedrijf

Klant: hoi ik wil mijn automatische incasso wijzigen
Medewerker ⟦PERSON:Rianne⟧: Natuurlijk! Wat is uw klantnummer?
Klant: ⟦ID_NUMBER:3300187742⟧
Medewerker ⟦PERSON:Rianne⟧: En het nieuwe rekeningnummer?
Klant: ⟦IBAN:@NL⟧, op naam van ⟦PERSON:Y. Kartosen-Wongsodikromo⟧

schrijf een bevestigingsmail""")

D("en", "vehicle", [], """Translate into Dutch for the parking department:

I received a fine for my car (German plates ⟦LICENSE_PLATE:AC-JK 4521⟧) parked at Vrijthof on 12 March. I had a valid parking ticket, see attached. My address: ⟦ADDRESS:Pontstraße 88, 52062 Aachen⟧. ⟦PERSON:Jonas Kühnemann⟧""")

D("nl", "vehicle", ["health"], """Aanvraag invalidenparkeerplaats op kenteken

Aanvrager: ⟦PERSON:H. Vossen-Kleuters⟧
Kenteken: ⟦LICENSE_PLATE:7-TNX-55⟧
Gewenste locatie: voor de deur van ⟦ADDRESS:Bredeweg 31⟧
Medische keuring: positief (beperkte loopafstand < 100 m)

Schrijf een besluit tot toekenning.""".replace("Aanvraag invalidenparkeerplaats", "Aanvraag invalidenparkeerplaats"))

D("en", "vehicle", [], """Is this Belgian plate format valid: ⟦LICENSE_PLATE:1-XKT-482⟧? The driver, ⟦PERSON:Wouter Jacobs⟧, says he got a fine in Breda while his car was in Ghent.""")

D("nl", "classified", [], """Van: ⟦EMAIL:crisisteam@veiligheidsregio-zhz.nl⟧
Onderwerp: RE: ⟦CONFIDENTIAL:TLP:RED⟧ storing drinkwater

⟦PERSON:Hanneke⟧, deel dit niet buiten het kernteam. Het getroffen gebied zijn de postcodes ⟦POSTCODE:3311 AA⟧ t/m ⟦POSTCODE:3319 ZZ⟧.

vraag: maak hier een bericht van voor de burgemeester""")

D("en", "classified", [], """⟦CONFIDENTIAL:NATO RESTRICTED⟧ – please draft a cover note for the attached logistics plan; contact ⟦PERSON:Lt Col R. Verhoef⟧ on ⟦PHONE:+31 30 218 6600⟧.""".replace("⟦PERSON:Lt Col R. Verhoef⟧", "Lt Col ⟦PERSON:R. Verhoef⟧"))

D("nl", "classified", [], """Is het woord 'vertrouwelijk' in deze zin een rubricering? "Wij behandelen uw gegevens vertrouwelijk en delen ze niet met derden." """)

D("en", "classified", [], """⟦CONFIDENTIAL:STRICTLY CONFIDENTIAL⟧ — Board only
Re: settlement with former director ⟦PERSON:G. Achterberg⟧
The settlement amount is €185,000 gross. Please rewrite this paragraph in plain language for the minutes.""")

D("en", "code-secret", [], """Why does Postgres reject my login?

$ psql "⟦SECRET:host=10.8.0.4 port=5432 dbname=gis user=gis_admin password=Kaart$2026!Tiel sslmode=require⟧"
psql: error: FATAL:  no pg_hba.conf entry for host "⟦IP_ADDRESS:10.8.0.12⟧", user "gis_admin", database "gis\"""".replace('\\"', '"'))

D("nl", "code-secret", [], """application.properties:

spring.datasource.url=jdbc:sqlserver://sql-prd-02:1433;databaseName=Burgerzaken
spring.datasource.username=bz_app
spring.datasource.password=⟦SECRET:Zomer!Fiets#88⟧
mail.smtp.host=⟦IP_ADDRESS:192.168.40.25⟧
openai.api-key=⟦SECRET:sk-proj-7Hq2LmX9vT4bR8nC1sW5dJ0pZ3yK6aE9gU2iO4fN⟧

Waarom start de applicatie niet? (Stacktrace volgt)""")

D("en", "code-secret", [], """Our Terraform plan prints this – is anything sensitive in it?

  + resource "azurerm_storage_account" "archive" {
      + name                     = "gemarchive01"
      + primary_access_key       = (sensitive value)
      + id                       = "c2a1f0de-33b4-4e21-9a2d-6b7f7e3e1a90"
    }""")

D("en", "it-log", [], """Explain these nginx log lines:

⟦IP_ADDRESS:203.0.113.77⟧ - - [02/Mar/2026:10:14:22 +0100] "GET /api/v1/zaken?bsn=⟦BSN:@plain⟧ HTTP/1.1" 200 1422 "-" "python-requests/2.31"
⟦IP_ADDRESS:198.51.100.4⟧ - - [02/Mar/2026:10:14:25 +0100] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"

Why is it a problem that the first URL contains a BSN?""")

D("nl", "it-log", [], """Mailheader van een verdacht bericht, is dit phishing?

Return-Path: <⟦EMAIL:noreply@mijnoverheid-berichten.info⟧>
Received: from mx.mijnoverheid-berichten.info (⟦IP_ADDRESS:91.215.85.17⟧) by mail.gemeente-oss.nl
From: "MijnOverheid" <⟦EMAIL:noreply@mijnoverheid-berichten.info⟧>
To: ⟦EMAIL:a.vanhout@gemeente-oss.nl⟧
Subject: Uw Berichtenbox heeft 1 ongelezen bericht
Message-ID: <20260304101122.4471@mijnoverheid-berichten.info>""")

D("en", "hr-note", ["health"], """Rewrite this return-to-work note in a neutral tone:

⟦PERSON:Chidi⟧ returned on Monday after 4 weeks off with pneumonia. Occupational doctor ⟦PERSON:Dr. Lammers⟧ advises 50% for two weeks. Chidi's line manager is ⟦PERSON:Rosa Verbeek⟧.""".replace("⟦PERSON:Dr. Lammers⟧", "Dr. ⟦PERSON:Lammers⟧").replace("weeks. Chidi's", "weeks. ⟦PERSON:Chidi⟧'s"))

D("en", "hr-note", ["trade_union"], """Draft a meeting invite: the works council chair ⟦PERSON:Marloes⟧ and ⟦PERSON:Dave Kettering⟧ (FNV Overheid district officer) will join the consultation on 3 April.""")

D("en", "hr-note", [], """Our works council (OR) member ⟦PERSON:Tessa Kruijt⟧ wants extra hours for OR training. How many are standard?""")

D("en", "special-indirect", ["biometric"], """The fingerprint scanner at the server room logged a mismatch for ⟦PERSON:Arjun Mehta⟧ three times this morning (match score 0.41, threshold 0.80). Write an incident note.""")

D("en", "special-indirect", ["genetic"], """⟦PERSON:Eleni Papadopoulou⟧ sent us her 23andMe ancestry results to support her family reunification case. Can we keep them in the file?""")

D("en", "special-indirect", ["political"], """My colleague ⟦PERSON:Hamza⟧ is standing as a candidate for DENK in the municipal elections. Does he need to declare this as a side activity?""")

D("en", "special-indirect", ["health"], """Write a polite out-of-office for ⟦PERSON:Ingeborg⟧, who is on maternity leave until 1 September.""")

D("en", "special-indirect", ["criminal"], """Background check result for ⟦PERSON:Darnell Wright⟧ (DOB ⟦BIRTHDATE:22 October 1991⟧): caution for possession of cannabis, 2014. Does this block him from the youth worker role?""")

D("en", "special-indirect", ["sexual"], """⟦PERSON:Alex⟧ came out as gay to the team last week and asked that we update his pronouns in the directory. How do we do this in HR21?""")

D("en", "special-indirect", ["religion", "health"], """⟦PERSON:Grace Asiedu⟧ is a Jehovah's Witness and refused a blood transfusion during her surgery last week; she's now recovering. How should we update her emergency info?""")

D("en", "general-question", [], """What does the Equal Treatment Act say about dismissing someone because of their political opinions?""")
D("en", "general-question", [], """Which trade unions represent Dutch civil servants, and how does membership affect collective bargaining?""")
D("en", "general-question", [], """Give me an overview of religious holidays in 2026 for Muslims, Jews, Hindus and Christians, for our planning calendar.""")

D("en", "hard-negative", [], """Meeting room booking: Van Gogh room, 10:00–11:30, 14 May 2026, cost centre 4410-221. Catering from Bagels & Beans. Please send a reminder to the team.""")
D("en", "hard-negative", [], """Our IBAN validator rejected ⟪BADIBAN⟫ – is it the check digits or the bank code?""")
D("en", "hard-negative", [], """Why does IP 999.12.4.1 fail our regex, while 10.0.0.256 also fails? Explain IPv4 octet ranges.""")
D("nl", "hard-negative", [], """Op welke dag valt Koningsdag in 2027, en is 5 mei dan een vrije dag voor gemeenteambtenaren?""")
D("nl", "hard-negative", [], """Pak de Wet Bibob er even bij: welke stappen zet een gemeente voordat het Landelijk Bureau Bibob wordt ingeschakeld?""")

D("nl", "agency-letter", [], """IND
Immigratie- en Naturalisatiedienst

Aan: ⟦PERSON:M. Hrytsenko⟧
V-nummer: ⟦ID_NUMBER:2948117305⟧
⟦ADDRESS:Utrechtsedwarsstraat 66, 1017 WG Amsterdam⟧

Uw aanvraag verblijfsvergunning tijdelijke bescherming Oekraïne is verlengd tot 4 maart 2027.

Kun je dit vertalen in het Oekraïens?""")

D("nl", "agency-letter", [], """Kadaster – uittreksel (deel)

Eigenaar: ⟦PERSON:Wibisono, Ayu Lestari⟧, geboren ⟦BIRTHDATE:14-12-1979⟧ te Bandung (Indonesië)
Object: ⟦ADDRESS:Ringbaan-Oost 214, 5013 CE Tilburg⟧, kadastraal Tilburg K 4471
Hypotheek: ABN AMRO Bank N.V.

Leg uit wat 'kadastraal Tilburg K 4471' betekent""")

D("nl", "jeugdzorg", ["health"], """Schoolmaatschappelijk werk – aantekening
Leerling ⟦PERSON:Tiago Monteiro⟧ (gr. 8, lln ⟦ID_NUMBER:88312⟧) vertelt dat zijn vader ⟦PERSON:Zé⟧ 'altijd moe' is sinds zijn hartoperatie en dat hij veel voor zijn zusje zorgt. Jonge mantelzorger? Graag advies voor gesprek met ouders.""")

D("nl", "whatsapp", [], """[10:02] ⟦PERSON:Tjeerd⟧: mag ik jullie rekeningnummer voor het teamuitje? dan maak ik het meteen over
[10:05] ⟦PERSON:Nynke⟧: ⟦IBAN:@NL⟧ tnv Personeelsvereniging Gemeente Smallingerland
[10:05] ⟦PERSON:Tjeerd⟧: 👍
maak een herinneringsbericht voor de rest van de groep""")

D("en", "whatsapp", ["health"], """can u turn this into a proper email to my daughter's school:
"hi its ⟦PERSON:Monique⟧, ⟦PERSON:Kayla⟧ (3B) wont be in this week, she has glandular fever. doctor says rest. call me on ⟦PHONE:+44 7911 123456⟧ if needed" """)
# ================================================================ harder formats of pattern types

D("en", "cs-chat", [], """Webchat transcript – Travel desk
[14:01] Visitor: hi, can you rebook my Eurostar? I paid with ⟦CREDIT_CARD:@amex⟧
[14:02] Agent ⟦PERSON:Priya⟧: Sure. Name on the booking?
[14:02] Visitor: ⟦PERSON:Oluwaseun Bakare⟧, DOB ⟦BIRTHDATE:1988-06-30⟧
[14:03] Agent ⟦PERSON:Priya⟧: Done, new train Friday 09:16.
Summarise this for the ticket log.""")

D("nl", "cs-chat", [], """Klant stuurde via de chat: "mn pas is 6759 eh wacht ik typ hem even helemaal: ⟦CREDIT_CARD:@maestro⟧ kunt u kijken waarom de betaling mislukt?" — hoe reageer ik zonder het nummer te herhalen?""")

D("en", "json-payload", [], """Debug this failing test payload:

{"customer":{"name":"⟦PERSON:Hyun-woo Park⟧","card":"⟦CREDIT_CARD:@mc0⟧","cvc":"812","exp":"04/29"},"billing_ip":"⟦IP_ADDRESS:2001:db8:85a3::8a2e:370:7334⟧","amount":1999}""")

D("nl", "signature", [], """Met hartelijke groet,

⟦PERSON:Femmy Wolters⟧ | Adviseur Wonen
Woonstichting Hef
T ⟦PHONE:+31(0)20-624 1180⟧ • M ⟦PHONE:(+31) 6-12 73 40 98⟧
Bezoekadres: ⟦ADDRESS:Stationsplein 100, 2011 LM Haarlem⟧
Postadres: Postbus 9100, ⟦POSTCODE:2003 MC⟧ Haarlem

vraag: maak deze handtekening korter en moderner""")

D("nl", "flemish", ["health"], """Kan je dit attest in gewone taal zetten?

Ondergetekende, dokter ⟦PERSON:An Vandenbroucke⟧, verklaart dat ⟦PERSON:Jef Mertens⟧, ° ⟦BIRTHDATE:14.02.1961⟧, wonende ⟦ADDRESS:Veldstraat 12, 9000 Gent⟧, arbeidsongeschikt is van 3/3 tot en met 17/3 wegens ziekte.
Tel. praktijk: ⟦PHONE:+32 9 225 11 88⟧""")

D("en", "vehicle", [], """Draft a reply to this parking appeal:

"My car (UK reg ⟦LICENSE_PLATE:LB07 SEO⟧) was fined in Delft while I was visiting my sister. I live at ⟦ADDRESS:22 Hawthorn Close, Leeds LS6 2QE⟧. Phone ⟦PHONE:+44 113 496 0742⟧. — ⟦PERSON:Siobhan Gallagher⟧" """)

D("nl", "vehicle", [], """Welk type kenteken is ⟦LICENSE_PLATE:32-RT-VN⟧? Ik heb een oldtimer gekocht van ⟦PERSON:meneer Brugman⟧ en wil hem op mijn naam zetten. Mijn rijbewijsnummer is ⟦ID_NUMBER:5108663214⟧.""".replace("⟦PERSON:meneer Brugman⟧", "meneer ⟦PERSON:Brugman⟧"))

D("en", "vehicle", [], """A French car (plate ⟦LICENSE_PLATE:GE-517-RX⟧) has been parked on our site for 3 weeks. How do we find the owner via RDW or the French authorities?""")

D("nl", "code-secret", [], """Waarom krijg ik 'AuthenticationFailed' op de blob storage?

var conn = "⟦SECRET:DefaultEndpointsProtocol=https;AccountName=gemdocs01;AccountKey=p3Xk9QvT2mLz8RbN4cW7yJ1dF6hS0aE5gU+iO2kM9nB3vC7xZ1lQ4tR8wY6uP0sD2fH5jK==;EndpointSuffix=core.windows.net⟧";
var client = new BlobServiceClient(conn);""")

D("en", "code-secret", [], """curl keeps returning 401:

curl -H "Authorization: Basic ⟦SECRET:c3ZjLXBvcnRhbDpUdWxwLTIwMjYtTm9vcmQ=⟧" https://portal.intern/api/v1/status
curl -H "X-Api-Key: ⟦SECRET:AIzaSyD8kL3mQ9xV2nT7bR4cW1sJ6pZ0yH5eG8u⟧" https://maps.example.test/geocode""")

D("nl", "code-secret", [], """Ik heb per ongeluk onze Stripe-sleutel in een publieke repo gezet: ⟦SECRET:sk_live_51Hq8ZrLk2Mx9Vt4Bn7Cw1Sj6Pd0Yf3Ga5Ue8Ik2Ol⟧. Wat moet ik nu als eerste doen?""")

D("nl", "typos", [], """mn wachtwoord voor de portal is ⟦SECRET:Lente2026⟧ maar hij zegt steeds ongeldig, kan het zijn dat ik hem moet veranderen na 90 dagen? mijn gebruikersnaam is gewoon mijn mail ⟦EMAIL:k.dewinter@hotmail.nl⟧""")

D("en", "it-log", [], """Firewall denies – can you group these by source?

Mar 03 11:02:14 fw01 DROP IN=eth0 SRC=⟦IP_ADDRESS:77.248.3.190⟧ DST=⟦IP_ADDRESS:10.0.5.20⟧ PROTO=TCP DPT=3389
Mar 03 11:02:19 fw01 DROP IN=eth0 SRC=⟦IP_ADDRESS:77.248.3.190⟧ DST=⟦IP_ADDRESS:10.0.5.21⟧ PROTO=TCP DPT=3389
Mar 03 11:03:40 fw01 DROP IN=eth0 SRC=⟦IP_ADDRESS:fe80::1ff:fe23:4567:890a⟧ DST=⟦IP_ADDRESS:ff02::1⟧ PROTO=ICMPv6""")

D("nl", "it-log", [], """De applicatie luistert op ⟦IP_ADDRESS:127.0.0.1⟧:8080 maar ik kan hem niet bereiken vanaf ⟦IP_ADDRESS:192.168.178.24⟧. Firewall staat open voor ⟦IP_ADDRESS:192.168.178.0⟧/24. Wat mis ik?""")

D("nl", "classified", [], """⟦CONFIDENTIAL:Stg. Confidentieel⟧

Notitie voor de minister
Onderwerp: voortgang aanbesteding beveiligde netwerken
Contactpersoon: ⟦PERSON:drs. R.A. Bhagwandin⟧, ⟦PHONE:070 456 2233⟧

Vraag: vat dit samen in drie punten.""".replace("⟦PERSON:drs. R.A. Bhagwandin⟧", "drs. ⟦PERSON:R.A. Bhagwandin⟧"))

D("en", "classified", [], """⟦CONFIDENTIAL:Private and Confidential⟧
Addressee only

Dear ⟦PERSON:Ms Okafor⟧,
Further to our meeting, we confirm the outcome of the grievance investigation ...

Can you make this letter less formal?""".replace("⟦PERSON:Ms Okafor⟧", "Ms ⟦PERSON:Okafor⟧"))

D("en", "classified", [], """Subject: [⟦CONFIDENTIAL:TLP:GREEN⟧] Monthly threat bulletin – February
Please translate the summary into Dutch for our regional partners.""")

D("nl", "classified", [], """⟦CONFIDENTIAL:RESTREINT UE/EU RESTRICTED⟧
Raadswerkgroep Justitie – instructie Nederlandse delegatie
NL kan instemmen met de compromistekst van het voorzitterschap.
Graag herschrijven als korte mail aan ⟦PERSON:Sabine⟧.""")

D("nl", "agency-letter", [], """Zorgverzekeraar – machtiging

Verzekerde: ⟦PERSON:Nkechi Okonkwo-de Jong⟧
Relatienummer: ⟦ID_NUMBER:150 442 781⟧
Geboortedatum: ⟦BIRTHDATE:3 augustus 1977⟧
Polisnummer: ⟦ID_NUMBER:ZK-88201773⟧

Uw aanvraag voor fysiotherapie na de knieoperatie is goedgekeurd voor 18 behandelingen.

leg uit wat dit betekent""".replace('D("nl", "agency-letter", [], """Zorgverzekeraar', 'D("nl", "agency-letter", ["health"], """Zorgverzekeraar'))

D("nl", "agency-letter", [], """Postcodecheck: klopt het dat ⟦POSTCODE:6211 LE⟧ bij de binnenstad van Maastricht hoort? Mijn cliënt woont op postcode ⟦POSTCODE:6221 BT⟧ huisnummer 14 en wil weten onder welk stadsdeel hij valt.""")

D("en", "job-application", [], """Shorten my student CV header:

⟦PERSON:Mai Anh Đỗ⟧ · student no. ⟦ID_NUMBER:s2871045⟧ (Leiden University)
born ⟦BIRTHDATE:9 March 2002⟧ · ⟦PHONE:+31 6 2981 0473⟧ · ⟦EMAIL:maianh.do@umail.leidenuniv.nl⟧""")

D("nl", "medical-referral", ["health"], """Graag een korte samenvatting voor de wijkverpleging:

Betreft: dhr. ⟦PERSON:Okke Tuinstra⟧, geb. ⟦BIRTHDATE:04-11-1939⟧, ⟦ADDRESS:Boppeslach 7, 9231 JK Surhuisterveen⟧
Behandelend specialist: ⟦PERSON:dr. M. Cuppen⟧ (BIG ⟦ID_NUMBER:19023456701⟧)
Diagnose: ulcus cruris rechts, compressietherapie 3x per week.""".replace("⟦PERSON:dr. M. Cuppen⟧", "dr. ⟦PERSON:M. Cuppen⟧"))

D("en", "hard-negative", [], """Our phone system shows extension 4471 and queue 0800 calls as 'unknown'. Also, the SKU 4006381333931 appears as a phone number in reports. How do we fix the parsing?""")

D("nl", "hard-negative", [], """De pinautomaat toont transactienummer 8841 2290 3312 0045 en autorisatiecode 771203. Is dit een probleem voor de kasafsluiting?""")

D("nl", "hard-negative", [], """Hoeveel woningen liggen er in postcodegebied 3500 en wat is het gemiddelde WOZ? Het wijknummer is 034401.""")
# ================================================================ parametrised forms (varied labels, formats and backgrounds)

FIRST_LAST = [
    ("Sjoerd", "Hylkema"), ("Geeske", "Wijbenga"), ("Lei", "Frusch"), ("Mia", "Bemelmans"),
    ("Ayu", "Wibisono"), ("Indra", "Kartodirdjo"), ("Edmilson", "Tavares"), ("Zezinha", "Monteiro"),
    ("Kojo", "Annan"), ("Abena", "Darko"), ("Sahra", "Abdi"), ("Liban", "Hersi"),
    ("Taras", "Hrytsenko"), ("Kateryna", "Lysenko"), ("Ionela", "Munteanu"), ("Radu", "Constantin"),
    ("Yordanka", "Ilieva"), ("Bozhidar", "Todorov"), ("Gabriela", "Nascimento"), ("Rafael", "Moreira"),
    ("Linh", "Dang"), ("Quang", "Hoang"), ("Roshni", "Baldewsingh"), ("Cheryl", "Zimmerman-Koeiman"),
    ("Marieke", "Oude Luttikhuis"), ("Tygo", "Ten Hag"), ("Hanna", "op de Weegh"), ("Rens", "Vos"),
]
STREETS = [("Nieuwe Boteringestraat", "9712 PM", "Groningen"), ("Wycker Brugstraat", "6221 EC", "Maastricht"),
           ("Twijnstraat", "3511 AT", "Utrecht"), ("Haarlemmerweg", "1014 BE", "Amsterdam"),
           ("Bergse Dorpsstraat", "3054 GB", "Rotterdam"), ("Smidswater", "2514 BW", "Den Haag"),
           ("Vughterstraat", "5211 GK", "'s-Hertogenbosch"), ("Pieterstraat", "8011 HT", "Zwolle"),
           ("Stationsweg", "8911 AH", "Leeuwarden"), ("Molenstraat", "6511 HD", "Nijmegen")]
MONTHS_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
             "september", "oktober", "november", "december"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def gen_forms(g):
    r = g.r
    people = FIRST_LAST[:]
    r.shuffle(people)
    styles = ["nl-kv", "nl-sentence", "en-kv", "nl-pipe", "en-sentence", "nl-yaml"]
    for i, (fn, ln) in enumerate(people):
        style = styles[i % len(styles)]
        y, m, d = r.randint(1944, 2007), r.randint(1, 12), r.randint(1, 28)
        bd = r.choice(["%02d-%02d-%d" % (d, m, y), "%d %s %d" % (d, MONTHS_NL[m - 1], y), "%d/%d/%d" % (d, m, y),
                       "%d-%02d-%02d" % (y, m, d)]) if style.startswith("nl") else \
            r.choice(["%d %s %d" % (d, MONTHS_EN[m - 1], y), "%02d/%02d/%d" % (d, m, y), "%s %d, %d" % (MONTHS_EN[m - 1], d, y)])
        st, pc, city = r.choice(STREETS)
        nr = str(r.randint(1, 240)) + r.choice(["", "", "a", "-2", " bis", "-III"])
        mob = "06" + r.choice("123456") + g.digits(7)
        ph = r.choice([mob, mob[:2] + "-" + mob[2:], mob[:2] + " " + " ".join(mob[i:i + 2] for i in range(2, 10, 2)),
                       "+31 6 " + mob[2:6] + " " + mob[6:], "+316" + mob[2:]])
        mail = r.choice(["%s.%s@%s" % (fn.lower(), ln.lower().replace(" ", "").replace("-", ""), r.choice(["gmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "icloud.com"])),
                         "%s%s%d@hotmail.com" % (fn[0].lower(), ln.lower().replace(" ", ""), r.randint(1, 99))])
        name = "%s %s" % (fn, ln)
        bsn_style = r.choice(["plain", "dots", "space"])
        extra = r.random()
        if style == "nl-kv":
            txt = ("Controleer of dit aanmeldformulier compleet is:\n\nVoornaam: ⟦PERSON:%s⟧\nAchternaam: ⟦PERSON:%s⟧\nGeboortedatum: ⟦BIRTHDATE:%s⟧\n"
                   "Straat + nr: ⟦ADDRESS:%s %s⟧\nPostcode/plaats: ⟦POSTCODE:%s⟧ %s\nBSN: ⟦BSN:@%s⟧\nMobiel: ⟦PHONE:%s⟧\nMail: ⟦EMAIL:%s⟧"
                   % (fn, ln, bd, st, nr, pc, city, bsn_style, ph, mail))
            lang = "nl"
        elif style == "nl-sentence":
            txt = ("Schrijf een bevestiging van inschrijving aan ⟦PERSON:%s⟧, geboren op ⟦BIRTHDATE:%s⟧, wonend aan de ⟦ADDRESS:%s %s, %s %s⟧. "
                   "Het inschrijvingsgeld wordt afgeschreven van ⟦IBAN:@NL⟧. Bij vragen: ⟦PHONE:%s⟧." % (name, bd, st, nr, pc, city, ph))
            lang = "nl"
        elif style == "en-kv":
            txt = ("Fill in the visa support letter using these details:\nFull name: ⟦PERSON:%s⟧\nDate of birth: ⟦BIRTHDATE:%s⟧\nPassport no.: ⟦ID_NUMBER:%s⟧\n"
                   "Home address: ⟦ADDRESS:%s %s, %s %s⟧\nE-mail: ⟦EMAIL:%s⟧"
                   % (name, bd, "".join(r.choice("CFGHJKLNPRTVXZ") for _ in range(2)) + "".join(r.choice("CFGHJKLNPRTVXZ0123456789") for _ in range(6)) + g.digits(1),
                      st, nr, pc, city, mail))
            lang = "en"
        elif style == "nl-pipe":
            txt = ("Zet om naar een nette brief:\n%s | ⟦BIRTHDATE:%s⟧ | ⟦BSN:@%s⟧ | ⟦ADDRESS:%s %s⟧ | ⟦PHONE:%s⟧ | klantnr ⟦ID_NUMBER:%s⟧"
                   % ("⟦PERSON:%s, %s⟧" % (ln.upper(), fn), bd, bsn_style, st, nr, ph, "K" + g.digits(7)))
            lang = "nl"
        elif style == "en-sentence":
            txt = ("Please write a short reminder to ⟦PERSON:%s⟧ (⟦EMAIL:%s⟧) that the membership fee will be collected from ⟦IBAN:@%s⟧ next week."
                   % (fn, mail, r.choice(["NL", "DE", "BE", "GB", "RO", "BG", "UA", "ES", "FR"])))
            lang = "en"
        else:
            txt = ("Waarom valideert deze YAML niet?\n\naanvrager:\n  naam: ⟦PERSON:%s⟧\n  geboren: ⟦BIRTHDATE:%s⟧\n  bsn: \"⟦BSN:@plain⟧\"\n  rekening: ⟦IBAN:@NLc⟧\n  kenteken: ⟦LICENSE_PLATE:%s⟧\n"
                   % (name, "%d-%02d-%02d" % (y, m, d), r.choice(["ZT-441-K", "8-XGN-14", "TGL-87-R", "N-302-FS", "52-HRB-9", "K-116-DX"])))
            lang = "nl"
        if extra < 0.25 and style in ("nl-kv", "nl-sentence"):
            txt += "\n\n(N.B. aanvrager heeft een rolstoel, graag begane grond)"
            D(lang, "form-generated", ["health"], txt)
        else:
            D(lang, "form-generated", [], txt)


def build():
    g = Gen(SEED)
    global DOCS
    base = list(DOCS)
    DOCS = base
    start = len(DOCS)
    gen_forms(g)
    docs = []
    for i, (lang, source, special, markup) in enumerate(DOCS):
        text, ents = assemble(markup, g)
        docs.append({"id": "extra-%04d" % (i + 1), "lang": lang, "text": text, "entities": ents,
                     "special": sorted(set(special)), "source": source})
    DOCS = base[:start]
    check_negatives(Gen(SEED + 1))
    bad = 0
    for d in docs:
        for e in validate(d):
            print("%s: %s" % (d["id"], e), file=sys.stderr)
            bad += 1
    if bad:
        raise SystemExit("%d validation errors" % bad)
    return docs


def dump(docs):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def stats(docs):
    from collections import Counter
    tc, lc, sc, src = Counter(), Counter(d["lang"] for d in docs), Counter(), Counter(d["source"] for d in docs)
    for d in docs:
        for e in d["entities"]:
            tc[(e["type"], d["lang"])] += 1
        for c in d["special"]:
            sc[c] += 1
    print("documents: %d (nl %d, en %d); no span: %d; with special: %d" % (
        len(docs), lc["nl"], lc["en"], sum(1 for d in docs if not d["entities"]), sum(1 for d in docs if d["special"])))
    for t in sorted(TYPES):
        print("  %-14s %4d  (nl %d, en %d)" % (t, tc[(t, "nl")] + tc[(t, "en")], tc[(t, "nl")], tc[(t, "en")]))
    for c in sorted(CATS):
        print("  %-12s %3d" % (c, sc[c]))
    for s, n in sorted(src.items()):
        print("  %-20s %3d" % (s, n))


def main(argv):
    out = __file__.rsplit("/", 1)[0] + "/extra.jsonl" if "/" in __file__ else "extra.jsonl"
    if "--out" in argv:
        out = argv[argv.index("--out") + 1]
    data = dump(build())
    if "--check-determinism" in argv:
        assert dump(build()) == data, "non-deterministic output"
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    if "--stats" in argv:
        stats([json.loads(l) for l in data.splitlines()])
    print("wrote %s, sha256 %s" % (out, hashlib.sha256(data.encode("utf-8")).hexdigest()[:16]))


if __name__ == "__main__":
    main(sys.argv[1:])
