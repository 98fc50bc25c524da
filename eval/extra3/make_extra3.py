#!/usr/bin/env python3
"""Generator and validator of eval/extra3/extra3.jsonl (standard library only).

Every document below is hand-written, one by one. Spans are marked inline as
⟦CODE|value⟧; the assembler strips the markers and takes each entity's offsets
from the running length of the text it has written (no searching afterwards).

Codes: P PERSON, E EMAIL, T PHONE, B BSN, I IBAN, C CREDIT_CARD, A ADDRESS,
Z POSTCODE, D BIRTHDATE, K LICENSE_PLATE, N ID_NUMBER, IP IP_ADDRESS,
S SECRET, V CONFIDENTIAL.

Usage: python3 make_extra3.py [--out FILE] [--stats] [--check-determinism]
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
    """Register one hand-written document (marked text)."""
    DOCS.append((lang, source, list(special), text.strip("\n")))

# ---------------------------------------------------------------- chat, Teams, WhatsApp, Slack
D("nl", "chat-teams", ["health"], """
[09:02] ⟦P|Sanne⟧: goedemorgen, ⟦P|femke⟧ belde net af, ze zit weer met haar rug
[09:03] ⟦P|Sanne⟧: fysio zegt hernia, ze weet niet hoe lang
[09:05] ⟦P|Ruud B.⟧: balen. wie neemt haar balie over vandaag?
[09:05] ⟦P|Sanne⟧: ik vraag ⟦P|Iris⟧ wel
""")
D("nl", "chat-whatsapp", [], """
12-03-26 21:14 - ⟦P|Mo⟧: yo heb je het nummer van die loodgieter nog
12-03-26 21:16 - ⟦P|Dennis⟧: ja ff zoeken
12-03-26 21:17 - ⟦P|Dennis⟧: ⟦T|06-41 88 27 90⟧ heet ⟦P|Gerrit⟧ geloof ik
12-03-26 21:17 - ⟦P|Mo⟧: top thx
""")
D("nl", "chat-whatsapp", [], """
groepsapp 'Buurtpreventie Rivierenwijk'
[22:41] ⟦P|Anita⟧: er staat weer die witte bus met ⟦K|VJX-82-T⟧ bij de speeltuin, iemand een idee van wie die is?
[22:43] ⟦P|Kees vd Berg⟧: die is van de schilder op nr 14 volgens mij
[22:43] ⟦P|Anita⟧: oke dan is het goed 👍
""")
D("nl", "chat-slack", [], """
#team-facturatie
⟦P|kees.visser⟧  10:12  wie heeft de creditnota van vorige week? klant zeurt
⟦P|lotte⟧  10:14  staat in de map, factuurnummer 2026-00418, bedrag 1.204,50
⟦P|kees.visser⟧  10:15  👍
""")
D("nl", "chat-teams", ["religion"], """
⟦P|Hatice Yıldız⟧ 14:20
Hoi ⟦P|Marjolein⟧, tijdens de ramadan wil ik graag mijn lunchpauze inleveren en om 16:00 naar huis, kan dat in het rooster van april?
⟦P|Marjolein Tromp⟧ 14:31
Prima, zet ik erin. Succes met vasten!
""")
D("nl", "chat-whatsapp", ["health"], """
[07:55] mama: ⟦P|lieke⟧ heeft weer koorts 39.2 en ze hoest zo, ik hou haar thuis
[07:56] mama: kun jij de juf appen? ⟦T|06 1783 4420⟧ is van juf ⟦P|Esmée⟧
[08:01] ⟦P|Bart⟧: doe ik
""")
D("en", "chat-slack", [], """
#ops-alerts
[03:12] pagerbot: disk usage 91% on db-replica-2 (⟦IP|10.20.4.17⟧)
[03:14] ⟦P|raj⟧: on it
[03:29] ⟦P|raj⟧: cleared old WAL files, back to 63%. ticket OPS-2231
""")
D("en", "chat-slack", ["health"], """
⟦P|jenny⟧ 9:41 AM
heads up - ⟦P|tomasz⟧ won't be in this week, he had his appendix out on saturday 🙃
⟦P|mike.o⟧ 9:42 AM
oof. send him my best. who's covering his on-call?
⟦P|jenny⟧ 9:44 AM
me, swapping with him in may
""")
D("nl", "chat-whatsapp", [], """
[19:20] ⟦P|Jeroen⟧: hee kun je me ff 50 euro overmaken voor de kaartjes? ⟦I|NL38INGB0007753419⟧ tnv ⟦P|J. Kamphuis⟧
[19:22] ⟦P|Wouter⟧: gedaan
[19:22] ⟦P|Jeroen⟧: thanks man
""")
D("nl", "chat-teams", [], """
[13:05] Servicedesk bot: Uw melding is aangemaakt onder nummer INC0091833.
[13:05] Servicedesk bot: Een medewerker neemt binnen 4 werkuren contact op.
[13:40] Servicedesk bot: Status gewijzigd naar 'In behandeling'.
""")
D("nl", "chat-whatsapp", ["criminal"], """
[23:02] ⟦P|Sjors⟧: jongens ⟦P|ricardo⟧ is vanavond opgepakt bij de snackbar, zit nu op het bureau in de Marnixstraat
[23:04] ⟦P|Nadia⟧: wat?? waarvoor
[23:04] ⟦P|Sjors⟧: zou iets met die scooterdiefstallen te maken hebben
""")
D("en", "chat-whatsapp", ["sexual"], """
[18:03] ⟦P|Priya⟧: can't make dinner friday, it's our anniversary 🥂
[18:04] ⟦P|Hannah⟧: omg 5 years already?
[18:04] ⟦P|Priya⟧: yep, me and ⟦P|Deepa⟧ since the festival in 2021 💕 she booked a surprise trip
""")
D("nl", "chat-teams", [], """
[10:30] ⟦P|Roos⟧: ben ik de enige die geen toegang heeft tot de gedeelde map Begroting 2027?
[10:32] ⟦P|Mark⟧: nee ik ook niet, volgens mij loopt er een wijziging
[10:33] ⟦P|Roos⟧: ok dan wacht ik ff
""")
D("nl", "chat-whatsapp", [], """
[16:11] Jan Bakker Fietsen: Uw fiets is klaar om opgehaald te worden! Openingstijden ma-za 9-18. Groet, het team van Bakker Fietsen
[16:40] Ik: Top, ik kom morgen
""")
D("en", "chat-teams", ["trade_union"], """
⟦P|Aleksander Nowak⟧ 11:02
quick q for payroll - my FNV contribution is still being deducted from salary but I cancelled it in January, can you stop it?
⟦P|Gemma Price⟧ 11:15
Hi ⟦P|Aleksander⟧, I'll check with the payroll team and get back to you by tomorrow.
""")
D("nl", "chat-whatsapp", ["health"], """
[08:12] Oma ⟦P|Trudy⟧: Goedemorgen lieverd. Ik mag vandaag naar huis uit Het Sint Antonius, de nieuwe heup zit erin 😊
[08:20] ⟦P|Kim⟧: Wat fijn oma! Ik haal je om 2 uur op
""")
# ---------------------------------------------------------------- forwarded e-mail threads
D("nl", "email-thread", ["health"], """
Kun je dit samenvatten voor het MT?

---------- Doorgestuurd bericht ----------
Van: ⟦P|Petra Lindeboom⟧ <⟦E|p.lindeboom@zorgnetwerk-oost.nl⟧>
Datum: di 3 mrt 2026 om 16:48
Onderwerp: RE: terugkeer ⟦P|W. Oudshoorn⟧
Aan: ⟦E|hr@dijkstra-bouw.nl⟧
Cc: ⟦P|Kevin Dijkstra⟧ <⟦E|kevin@dijkstra-bouw.nl⟧>

Beste ⟦P|Kevin⟧,

Zoals besproken start ⟦P|Wilco⟧ per 16 maart met 2x4 uur aangepast werk. Na de hartrevalidatie in Isala is zijn belastbaarheid nog beperkt; tillen boven 10 kg voorlopig niet.

Met vriendelijke groet,
⟦P|Petra Lindeboom⟧
bedrijfsarts
⟦T|038 - 845 12 00⟧
""")
D("en", "email-thread", [], """
From: ⟦P|Oliver Grant⟧ <⟦E|oliver.grant@hallidaylaw.co.uk⟧>
Sent: 14 April 2026 10:02
To: ⟦P|Fleur Hendriks⟧ <⟦E|f.hendriks@vanlingen-advocaten.nl⟧>
Cc: ⟦E|disputes@hallidaylaw.co.uk⟧
Subject: Without prejudice - Marlowe Shipping v. Veldhuis Trading BV

⟦V|STRICTLY CONFIDENTIAL⟧ - LEGALLY PRIVILEGED

Dear ⟦P|Fleur⟧,

Further to our call, our client is prepared to consider a settlement in the region you suggested. Could you confirm whether Mr ⟦P|Veldhuis⟧ will attend the mediation on 28 April in person?

Kind regards,
⟦P|Oliver⟧
⟦T|+44 20 7946 0321⟧
""")
D("nl", "email-thread", ["criminal"], """
> Van: ⟦P|Bram Ouwehand⟧ [mailto:⟦E|b.ouwehand@woonstede-wonen.nl⟧]
> Verzonden: vrijdag 6 februari 2026 11:19
> Aan: Team Leefbaarheid
> Onderwerp: overlast Hoogstraat
>
> Collega's, de politie heeft gisteren een hennepkwekerij aangetroffen in de woning van dhr. ⟦P|R. Tjon A Fong⟧, ⟦A|Hoogstraat 211-C⟧. Hij is aangehouden. Wij starten de ontbindingsprocedure (huurcontract ⟦N|HC-0048812⟧).

Graag een conceptbrief aan de huurder, zakelijk maar niet onvriendelijk.
""")
D("en", "email-thread", [], """
Can you turn this into a short FAQ for the website?

From: Customer Care <⟦E|care@brightlinepower.com⟧>
To: all-staff
Subject: New opening hours helpdesk

Hi all, from 1 June the helpdesk will be open Mon-Fri 08:00-20:00 and Sat 09:00-13:00. The number stays ⟦T|0800 022 7788⟧. Invoices older than 2024 (e.g. INV-2023-77120) are archived and can be requested via the portal.
""")
D("nl", "email-thread", [], """
Van: Gemeente Zaanstad - Burgerzaken
Aan: ⟦E|m.koc@outlook.com⟧
Onderwerp: Afspraakbevestiging paspoort

Beste heer ⟦P|Koç⟧,

U heeft een afspraak op donderdag 9 april 2026 om 10:40 bij het Stadhuis, ⟦A|Stadhuisplein 100, 1506 MZ Zaandam⟧. Neem uw huidige paspoort (⟦N|NXR4K8L72⟧) en een pasfoto mee. Kunt u niet? Bel ⟦T|14 075⟧.
""")
D("en", "email-thread", ["health", "genetic"], """
Subject: FW: results - please keep in the family for now

---------- Forwarded message ---------
From: ⟦P|Claire Baptiste⟧ <⟦E|claire.baptiste@gmail.com⟧>
Date: Tue, Mar 10, 2026 at 8:14 PM
To: ⟦P|Marc Baptiste⟧ <⟦E|marc.b1979@hotmail.com⟧>

⟦P|Marc⟧, the genetics clinic called. I tested positive for the BRCA2 variant, same as Mum. They want you and ⟦P|Elodie⟧ tested too. Call me tonight? ⟦T|+32 478 55 19 02⟧
""")
D("nl", "email-thread", [], """
Van: ⟦P|Yvonne ter Horst⟧
Aan: ⟦P|Lars Meijerink⟧; ⟦P|Sevda Aksoy⟧
Cc: ⟦P|J.W. van 't Hul⟧
Onderwerp: RE: RE: planning heidag

Laten we dan 19 juni doen in De Wageningsche Berg. ⟦P|Sevda⟧ regelt de bus, ik de lunch. Budget blijft binnen kostenplaats 4410.

> Op 2 apr. 2026 schreef ⟦P|Lars Meijerink⟧:
> 12 of 19 juni? Ik kan allebei.
""")
D("nl", "email-thread", ["ethnicity"], """
Van: ⟦E|selectie@stichtingkansrijk.nl⟧
Aan: ⟦P|Nathalie Doest⟧
Onderwerp: aanmelding mentorprogramma

Hallo ⟦P|Nathalie⟧, we hebben de aanmelding van ⟦P|Jaïro Martina⟧ ontvangen. Hij geeft aan van Curaçaose afkomst te zijn en valt daarmee binnen de doelgroep van ons programma voor jongeren met een Caribische achtergrond. Zijn studentnummer is ⟦N|4728193⟧ (ROC Mondriaan). Intake op 14 mei.
""")
D("en", "email-thread", [], """
From: ⟦E|noreply@github.com⟧
To: ⟦E|dev-team@quillstack.io⟧
Subject: [quillstack/api] Release v3.12.0 published

Release v3.12.0 is live. Changes: bump tokio to 1.38.0, fix pagination in /v2/orders (order IDs like ORD-77120-B now sort correctly). Build 20260411.3.
""")
D("nl", "email-thread", ["religion"], """
Van: ⟦P|Ibrahim El Khatib⟧ <⟦E|ibrahim.elkhatib@rocvantwente.nl⟧>
Aan: Facilitair
Onderwerp: stilteruimte

Goedemiddag, ik zou graag op vrijdag tussen 13:00 en 13:30 de stilteruimte op de tweede verdieping willen gebruiken voor het vrijdaggebed. Is die dan vrij? Mijn personeelsnummer is ⟦N|P-20931⟧.
Groet, ⟦P|Ibrahim⟧
""")
# ---------------------------------------------------------------- minutes with action items
D("nl", "minutes", [], """
Notulen werkoverleg Team Vergunningen, 11-02-2026
Aanwezig: ⟦P|HvdB⟧ (vz), ⟦P|SdK⟧, ⟦P|Thijs⟧, ⟦P|Malika⟧ (notulen)
Afwezig m.k.: ⟦P|E. Brouwer⟧

1. Achterstand evenementenvergunningen: 34 open, streefdatum 1 april.
2. Koningsdag: aanvragen via het nieuwe formulier.

Actiepunten
- ⟦P|SdK⟧: overzicht knelpunten naar ⟦P|HvdB⟧ vóór vrijdag
- ⟦P|Thijs⟧: contact opnemen met brandweer over Hemelvaart-kermis
""")
D("nl", "minutes", ["health", "criminal"], """
Verslag MDO Veilig Thuis / wijkteam – ⟦V|VERTROUWELIJK⟧
Datum: 20 januari 2026
Casus: gezin ⟦P|Wijnaldum-Rosario⟧, zaaknr ⟦N|VT-2026-00317⟧
Aanwezig: ⟦P|A. Mohan⟧ (wijkteam), ⟦P|Greetje Hofstra⟧ (Veilig Thuis), wijkagent ⟦P|Van Dam⟧

Moeder (⟦P|Shanice⟧, geb. ⟦D|3-8-1994⟧) meldt dat vader ⟦P|Quincy⟧ weer heeft geslagen; politie heeft aangifte opgenomen. ⟦P|Shanice⟧ gebruikt sinds december antidepressiva (sertraline). Kinderen ⟦P|Jayden⟧ (7) en ⟦P|Mayla⟧ (4) logeren bij oma.

Acties: ⟦P|AM⟧ plant huisbezoek; ⟦P|GH⟧ vraagt contactverbod aan.
""")
D("en", "minutes", [], """
Minutes – Product steering group, 2 March 2026
Present: ⟦P|Dana Whitfield⟧ (chair), ⟦P|Kofi Mensah⟧, ⟦P|Laura Chen⟧, ⟦P|Ruben⟧
Apologies: ⟦P|Sunita Rao⟧

- Q2 roadmap approved; mobile release 4.2.0 moves to May.
- Budget line 7730 frozen until the audit closes.
Actions
[KM] draft pricing memo by 9 March
[LC] check GDPR wording of the newsletter sign-up
""")
D("nl", "minutes", ["trade_union"], """
Verslag overleg directie – vakbonden cao Metaal & Techniek, 5 maart
Namens FNV: ⟦P|Erik Zwartjes⟧ (bestuurder), kaderlid ⟦P|Sultan Demir⟧
Namens CNV: ⟦P|Miranda Hoekstra⟧
Namens directie: ⟦P|G. Schippers⟧

Partijen verschillen nog 1,5 % over de loonparagraaf. Volgende ronde 19 maart.
""")
D("nl", "minutes", [], """
Besluitenlijst college B&W, 3 maart 2026 (openbaar)
1. Het college stemt in met de Nota Speelruimte 2026-2030.
2. Het college besluit de subsidie aan Stichting Wijkcentrum De Bron te verlengen.
3. Burgemeester ⟦P|Marco Zwiers⟧ wordt gemachtigd de convenant Veiligheidshuis te tekenen.
""")
# ---------------------------------------------------------------- tickets
D("nl", "ticket-topdesk", [], """
TOPdesk melding M2603 0412
Aanmelder: ⟦P|Cor Huisman⟧ (afd. Belastingen), tst. ⟦T|030 286 2231⟧
Omschrijving: laptop start niet meer op na update. Serienummer 5CD1437XQ9. Werkplek BEL-2-14.
Actie 1e lijn: BIOS-reset, geen resultaat. Doorgezet naar werkplekbeheer.
Behandelaar: ⟦P|Y. Kartosen⟧
""")
D("en", "ticket-jira", [], """
SEC-4471  Leaked credential in public repo
Reporter: ⟦P|Ines Carvalho⟧   Assignee: ⟦P|bpetrov⟧   Priority: Highest
Description:
GitGuardian flagged a Stripe live key in commit a93f1e2 of payments-service:
STRIPE_SECRET_KEY=⟦S|sk_live_51Nx7QeLk2Rw9ZyTb0VqHf3XcM8dPa4JsU6gE1oKiY⟧
Rotate immediately, then purge history. Affected host: ⟦IP|2a01:7c8:aab2:114::21⟧
""")
D("nl", "ticket-topdesk", ["health"], """
Melding I-2602-1178 | categorie: Werkplekaanpassing
Aanvrager: ⟦P|Ghislaine Nzeyimana⟧, ⟦E|g.nzeyimana@provincie-gelderland.nl⟧
Verzoek: i.v.m. mijn reuma graag een elektrisch zit-sta-bureau en een verticale muis. Advies bedrijfsarts is bijgevoegd.
Locatie: Huis der Provincie, kamer 3.17
""")
D("en", "ticket-jira", [], """
DATA-982  Export job fails on null values
Steps: run nightly_export for tenant 'acme-eu', see stacktrace at line 412 of exporter.py.
Expected: empty string for missing phone numbers. Actual: TypeError.
Env: staging, image exporter:2.7.13, host ⟦IP|10.0.31.8⟧.
""")
D("nl", "ticket-topdesk", [], """
Incident INC-77341 – wachtwoord reset
Gebruiker ⟦P|dvanleeuwen⟧ (⟦P|Daan van Leeuwen⟧) kan niet inloggen in Suite4Sociaal Domein. Tijdelijk wachtwoord verstrekt telefonisch: ⟦S|Welkom#Lente2026⟧ (moet bij eerste login worden gewijzigd).
Afgehandeld door ⟦P|NB⟧ om 09:47.
""")
# ---------------------------------------------------------------- case notes (social domain, youth care)
D("nl", "case-note", ["health"], """
Journaal wijkteam Noord – cliënt ⟦P|Henk Vreugdenhil⟧ (clientnr. ⟦N|WN-118204⟧)
14-01 tel. contact met dochter ⟦P|Monique⟧ (⟦T|06-28391044⟧). Vader vergeet afspraken, huisarts vermoedt beginnende dementie; verwijzing geheugenpoli loopt.
21-01 huisbezoek ⟦A|Klaverweide 7, 3404 KM IJsselstein⟧. Woning rommelig, koelkast leeg. Maaltijdservice besproken.
28-01 overleg met casemanager dementie ⟦P|Rianne⟧ van Zorgspectrum.
""")
D("nl", "case-note", ["criminal", "health"], """
Rapportage jeugdbescherming – ⟦P|Dylan⟧ (16 jr), dossier ⟦N|JB-22-04519⟧
Jeugdige is op 2 maart aangehouden wegens winkeldiefstal in de Hema en heeft een HALT-afdoening gekregen. Hij gebruikt dagelijks cannabis; aanmelding bij Tactus jeugd is gedaan. Moeder ⟦P|Sandra Pieterse⟧ werkt mee, vader is niet in beeld.
Gezinsvoogd: ⟦P|Lisanne Oosterhof⟧
""")
D("nl", "case-note", ["ethnicity", "health"], """
Intakeverslag Vluchtelingenwerk
Naam: ⟦P|Tesfay Gebremedhin⟧   V-nummer: ⟦N|V 2938 4715⟧
Geboren: ⟦D|1 januari 1999⟧, Asmara
Cliënt is Tigray van afkomst en geeft aan dat hij om die reden is vervolgd. Hij slaapt slecht en heeft nachtmerries; doorverwezen naar huisarts voor mogelijk PTSS-traject.
Contact via buddy ⟦P|Hanneke⟧.
""")
D("en", "case-note", ["health"], """
Support worker note – 03/02/2026
Visited Mrs ⟦P|Okafor⟧ at home. She is managing her insulin herself again after the hospital stay, but her feet are swollen. Advised to phone the district nurse on ⟦T|0161 496 0782⟧. Son ⟦P|Chidi⟧ will do the shopping on Thursdays.
Next visit: 17/02. Client ref ⟦N|MCC-448190⟧.
""")
D("nl", "case-note", [], """
Notitie jongerenwerk, week 9
Rustige week in het jongerencentrum. Voetbaltoernooi woensdag met 22 deelnemers, vrijdag kookavond. Geen incidenten. Sleutelbeheer loopt nu via de beheerder van het buurthuis.
""")
D("nl", "case-note", ["religion", "health"], """
Verslag gesprek schuldhulp, fam. ⟦P|Haddou⟧
Dhr. ⟦P|Youssef Haddou⟧ wil geen lening met rente afsluiten omdat dat volgens zijn geloof (islam) niet mag; we zoeken een renteloze saneringsoplossing. Mevrouw ⟦P|Haddou-Amrani⟧ is in verwachting van het derde kind (uitgerekend juni).
Totale schuld ca. € 14.300. Klantnummer Kredietbank: ⟦N|KB-77120-03⟧.
""")
# ---------------------------------------------------------------- GP and hospital
D("nl", "referral-letter", ["health"], """
Huisartsenpraktijk De Linde
⟦A|Lindelaan 4, 6711 BP Ede⟧ – ⟦T|0318 62 44 10⟧

Aan: polikliniek Neurologie, Ziekenhuis Gelderse Vallei
Betreft: mevr. ⟦P|A.C. Voskuilen⟧ (⟦P|Anke⟧), geb. ⟦D|12-11-1971⟧, BSN ⟦B|2734.09.153⟧

Geachte collega,
Graag uw beoordeling van bovengenoemde patiënte met sinds 3 maanden recidiverende episodes van dubbelzien en tintelingen in beide benen. MS in de familie (moeder). Medicatie: levothyroxine 75 mcg.

Met collegiale groet,
⟦P|R. Achterberg⟧, huisarts
""")
D("en", "referral-letter", ["health"], """
Riverside Medical Practice
⟦A|22 Wellington Road, Leeds LS12 1DU⟧
Tel ⟦T|0113 496 0457⟧

Dear Dr ⟦P|Ahmed⟧,
Re: ⟦P|Thomas Whitlock⟧, DOB ⟦D|07/05/1958⟧, NHS no. ⟦N|485 777 3456⟧

Thank you for seeing this gentleman with a 6-week history of exertional chest tightness. ECG shows T-wave inversion in V4-V6. He is on ramipril and atorvastatin. Ex-smoker (40 pack years).

Yours sincerely,
Dr ⟦P|Helen Marsh⟧
""")
D("nl", "discharge-summary", ["health"], """
ONTSLAGBRIEF – afdeling Psychiatrie (PAAZ)
Patiënt: ⟦P|Z. Karaca⟧   patiëntnr: ⟦N|0081 4472 9⟧   geb.datum: ⟦D|29-06-1988⟧
Opname: 02-02-2026 t/m 23-02-2026 (vrijwillig)
Diagnose: depressieve stoornis, ernstig, zonder psychotische kenmerken
Beleid: quetiapine 50 mg a.n., nazorg via FACT-team; contact met echtgenoot ⟦P|Emre⟧ (⟦T|+31 6 48 20 17 55⟧).
""")
D("en", "general-question", [], """
What are the early warning signs of type 1 diabetes in young children, and when should parents go to A&E rather than wait for a GP appointment?
""")
D("nl", "general-question", [], """
Wat is het verschil tussen een burn-out en een depressie, en mag een werkgever vragen naar de diagnose als iemand zich ziek meldt?
""")
# ---------------------------------------------------------------- police / BOA
D("nl", "police-report", ["criminal"], """
PROCES-VERBAAL VAN BEVINDINGEN
Nummer: PL0900-2026041882
Ik, verbalisant ⟦P|M.J. Terpstra⟧, hoofdagent van politie eenheid Noord-Nederland, verklaar het volgende:
Op zaterdag 14 maart 2026 omstreeks 02:35 uur zag ik op de Grote Markt te Groningen een man die een fiets met geweld losbrak. Op mijn vordering gaf hij op te zijn:
Achternaam: ⟦P|Wierenga⟧   Voornamen: ⟦P|Sjoerd Hendrik⟧
Geboren: ⟦D|17 oktober 2001⟧ te Leeuwarden
Adres: ⟦A|Oosterstraat 51a, 9711 NR Groningen⟧
Identiteitsbewijs: rijbewijs ⟦N|5819374025⟧
Ik heb de verdachte aangehouden ter zake van diefstal (art. 310 Sr).
""")
D("nl", "boa-report", ["criminal"], """
BOA-rapport Handhaving Centrum, dienst 18:00-02:00
23:12 melding geluidsoverlast ⟦A|Nieuwe Binnenweg 310B⟧. Huurder dhr. ⟦P|Kwabena Boateng⟧, geb. ⟦D|04-04-1990⟧, werd agressief en schold collega uit; pv opgemaakt wegens belediging ambtenaar in functie (art. 267 Sr).
23:50 bestuurder van ⟦K|72-HBN-4⟧ rijdt door voetgangersgebied, bekeuring (feitcode R397). Bestuurder: ⟦P|L. Vos⟧.
01:30 rustig, einde dienst. Collega: BOA ⟦P|Ramdin⟧.
""")
D("en", "police-report", ["criminal"], """
INCIDENT REPORT – Campus Security
Ref: CS/26/0419   Date: 9 April 2026, 21:50
Subject: ⟦P|Jordan McAllister⟧, student ID ⟦N|s2418830⟧
Subject was found in the Library annex after closing with two laptops that did not belong to him. Police (Lothian) attended and arrested him on suspicion of theft. Vehicle parked outside: ⟦K|SF19 KXD⟧ (registered to subject).
Reporting officer: ⟦P|A. Dunbar⟧
""")
D("nl", "police-report", [], """
Persbericht politie Rotterdam, 4 maart
Gisteravond is een auto in brand gevlogen op het parkeerterrein aan de Van Brakelstraat. Niemand raakte gewond. De politie zoekt getuigen; tips kunnen via ⟦T|0900-8844⟧ of anoniem via Meld Misdaad Anoniem.
""")
D("nl", "court-summary", ["criminal"], """
Samenvatting uitspraak Rb. Midden-Nederland, parketnummer ⟦N|16/248193-25⟧
Verdachte ⟦P|Patrick Hoogeveen⟧ (geb. ⟦D|11-9-1979⟧) is veroordeeld tot 120 uur taakstraf en een voorwaardelijke gevangenisstraf van 2 maanden wegens mishandeling van zijn buurman op 12 juli 2025. Het slachtoffer, dhr. ⟦P|Ouadi⟧, krijgt € 750 smartengeld.
""")
D("nl", "objection-summary", [], """
Advies bezwaarcommissie – zaak ⟦N|BZ-2025-1183⟧
Bezwaarmaker: mr. ⟦P|F.L. Groeneveld⟧, namens ⟦P|Ankie Stoffels-Brink⟧, ⟦A|Zandpad 19
3601 NA Maarssen⟧
Bestreden besluit: weigering omgevingsvergunning dakkapel (d.d. 8 oktober 2025).
De commissie adviseert het bezwaar gegrond te verklaren, omdat het welstandsadvies onvoldoende is gemotiveerd. Hoorzitting gehouden op 20 januari 2026; namens het college was aanwezig mevrouw ⟦P|Kroon⟧.
""")
D("nl", "objection-summary", ["health"], """
Beslissing op bezwaar Wmo – kenmerk 2026/0441
Geachte heer ⟦P|Van Rossum-Tjin⟧,
U maakte bezwaar tegen de afwijzing van een scootmobiel. Uit het advies van de GGD-arts blijkt dat u door uw COPD (GOLD III) niet meer dan 100 meter kunt lopen. Wij verklaren uw bezwaar gegrond en kennen alsnog een scootmobiel in natura toe. Uw cliëntnummer: ⟦N|WMO-334861⟧.
""")
# ---------------------------------------------------------------- HR
D("nl", "hr-note", ["health"], """
verzuimnotitie (niet in personeelsdossier zetten!)
mdw: ⟦P|Joyce Tamminga⟧ – pnr ⟦N|48213⟧
ziek sinds 2/2, week 6 nu. gesprek gehad, ze geeft zelf aan dat het thuis niet goed gaat en dat ze 'op is'. bedrijfsarts dr. ⟦P|Nijland⟧ spreekt van overspannenheid, plan van aanpak volgt. re-integratie niet voor april.
""")
D("en", "hr-note", [], """
1:1 notes – ⟦P|Sam O'Connell⟧ / ⟦P|Vikram Iyer⟧ – 12 March
- ⟦P|Sam⟧ missed two sprint deadlines; agreed a PIP for 8 weeks with weekly check-ins.
- Training budget approved for the AWS Solutions Architect exam.
- Next review: 7 May. Employee no. ⟦N|E-10457⟧.
""")
D("nl", "hr-note", ["health"], """
Beste ⟦P|Marloes⟧, kun je een nette mail maken van mijn aantekeningen hieronder? Het is voor ⟦P|Bayu Wiradinata⟧.
- gefeliciteerd met de geboorte van jullie zoon
- verlof geboorte + aanvullend geboorteverlof 5 weken, vanaf 30 maart
- denk aan doorgeven BSN kindje voor de ziektekostenverzekering
""")
D("en", "hr-note", ["health"], """
Absence log (team Finance, Q1)
| employee | days | reason |
|---|---|---|
| ⟦P|R. Fitzgerald⟧ | 3 | migraine |
| ⟦P|Olu Adeyemi⟧ | 12 | knee surgery |
| ⟦P|Chen Jia⟧ | 1 | child sick |
""")
D("nl", "hr-note", [], """
Wat zijn de regels bij een tweede spoor re-integratie na een jaar ziekte? Moet de werkgever dat zelf betalen of doet het UWV dat?
""")
D("nl", "hr-note", ["criminal"], """
Gespreksverslag integriteit – ⟦V|Persoonlijk en vertrouwelijk⟧
Medewerker: ⟦P|Dirk-Jan Lammers⟧ (pers.nr. ⟦N|003391⟧)
Medewerker bevestigt dat hij op 11 februari door de politie is verhoord als verdachte van verduistering bij zijn vorige werkgever. De VOG-aanvraag is daarom aangehouden. Leidinggevende ⟦P|Natasja Brouwer⟧ en HR (⟦P|Koen⟧) waren aanwezig.
""")
D("en", "hr-note", ["religion"], """
hi ⟦P|Zara⟧, for the offsite catering can you make sure ⟦P|Yusuf⟧ and ⟦P|Amina⟧ get halal meals, and ⟦P|David Levi⟧ asked for kosher. ⟦P|Pieter⟧ is vegan but that's just preference. thx!
""")
# ---------------------------------------------------------------- municipal decisions
D("nl", "decision-letter", [], """
SOCIALE DIENST DRECHTSTEDEN
Postbus 618, ⟦Z|3300 AP⟧ Dordrecht

Mevrouw ⟦P|S. Wiśniewska⟧
⟦A|Vrieseweg 88 bis
3311 NZ Dordrecht⟧

Datum: 6 maart 2026
Ons kenmerk: PW/26/8812
BSN: ⟦B|318 562 042⟧

Onderwerp: toekenning bijstandsuitkering Participatiewet

Geachte mevrouw ⟦P|Wiśniewska⟧,
Wij kennen u met ingang van 2 februari 2026 een bijstandsuitkering toe naar de norm voor een alleenstaande ouder. Wij betalen de uitkering uiterlijk de 25e van de maand op rekening ⟦I|NL52 TRIO 0390 2847 13⟧. U heeft een arbeidsverplichting; uw klantmanager is dhr. ⟦P|Van Eck⟧, bereikbaar via ⟦T|078 770 81 00⟧.
""")
D("nl", "decision-letter", ["health"], """
Beschikking Wmo – maatwerkvoorziening huishoudelijke ondersteuning
Aan: de heer en mevrouw ⟦P|Çelik⟧, ⟦A|Karel Doormanstraat 45-2, 2041 HD Zandvoort⟧
Geboortedatum aanvrager: ⟦D|19-02-1948⟧

Op 12 februari heeft ons consulent ⟦P|Maaike Bol⟧ met u gesproken. Mevrouw ⟦P|Çelik⟧ is na haar beroerte in november halfzijdig verlamd en kan het huishouden niet meer doen. Wij kennen 3 uur huishoudelijke ondersteuning per week toe, in natura via Zorgbalans. Eigen bijdrage via het CAK.
""")
D("nl", "decision-letter", [], """
Hoe schrijf ik een afwijzing van een parkeervergunning voor een tweede auto in begrijpelijke taal? De regel is dat per adres maar één vergunning wordt verleend in zone B. Houd het onder de 150 woorden en noem de bezwaartermijn van zes weken.
""")
D("en", "decision-letter", [], """
HM Revenue & Customs
PAYE and Self Assessment
BX9 1AS

Mr ⟦P|Adebayo Ogunleye⟧
⟦A|Flat 3, 17 Coldharbour Lane
London SE5 9NR⟧

National Insurance number: ⟦N|QQ 12 34 56 C⟧
Unique Taxpayer Reference: ⟦N|84920 17364⟧

Dear Mr ⟦P|Ogunleye⟧,
We have reviewed your Self Assessment for 2024-25. You have overpaid £412.60, which we will repay to the account ending 4471 within 5 working days.
""")
# ---------------------------------------------------------------- school and student care
D("nl", "school-note", ["health"], """
Leerlingbespreking 4H – zorgteam
⟦P|Noor El Idrissi⟧ (lln.nr ⟦N|208471⟧): veel verzuim sinds de herfstvakantie. Ouders melden dat ze onder behandeling is bij Accare voor een eetstoornis. Afspraak: geen gym-cijfer dit semester, mentor dhr. ⟦P|Wolters⟧ houdt contact.
⟦P|Sem⟧: gaat goed sinds de extra begeleiding, dyslexieverklaring is binnen.
""")
# ---------------------------------------------------------------- customer-service chats
D("nl", "cs-chat", [], """
Chat gestart 10:14
Agent ⟦P|Bo⟧: Goedemorgen, je spreekt met ⟦P|Bo⟧ van Vattenfall. Waarmee kan ik helpen?
Klant: hoi, mijn termijnbedrag is ineens 40 euro hoger
Agent ⟦P|Bo⟧: Vervelend! Mag ik je postcode en huisnummer?
Klant: ⟦Z|5624 KL⟧ 17
Agent ⟦P|Bo⟧: Dank je. Ik zie een contract op naam van ⟦P|R. Smulders⟧, klopt dat?
Klant: ja dat ben ik, ⟦P|Rens⟧
Agent ⟦P|Bo⟧: Het termijnbedrag is aangepast na je jaarafrekening. Ik kan het verlagen naar € 128, wil je dat?
""")
D("en", "cs-chat", [], """
[Live chat – ShopNorth]
Agent (⟦P|Kayleigh⟧): Hi there! How can I help?
Customer: my order hasn't arrived, order no. 40028817-GB
Agent (⟦P|Kayleigh⟧): Sorry about that! I can see it's with the courier, tracking JD014600006281930145. It should be with you tomorrow before 6pm.
Customer: ok thanks
""")
D("en", "cs-chat", [], """
Agent ⟦P|Tom⟧: Hello, thanks for contacting Lumen Bank. Can you confirm your full name and date of birth?
Customer: ⟦P|Grace Mbeki⟧, ⟦D|2 Feb 1986⟧
Agent ⟦P|Tom⟧: Thanks ⟦P|Grace⟧. I see a payment of €89.99 to 'STREAMFLIX' on your card ending 0192. Was that you?
Customer: no!! I never signed up. my card number is ⟦C|4556 7301 9283 7468⟧ should I block it
Agent ⟦P|Tom⟧: Please never share the full number in chat. I've blocked the card and a new one is on its way.
""")
D("nl", "cs-chat", ["health"], """
klant: goedemiddag ik wil mijn zorgverzekering aanpassen want ik ben zwanger van de 2e en wil de aanvullende kraamzorg
medewerker ⟦P|Inge⟧ (CZ): Gefeliciteerd! Wat is uw polisnummer?
klant: ⟦N|CZ-8830194-2⟧
medewerker ⟦P|Inge⟧ (CZ): Dank u mevrouw ⟦P|Hoogendijk⟧. Per 1 januari kunt u overstappen naar Plus Pakket, eerder kan helaas niet.
""")
D("nl", "cs-chat", [], """
Hoe kan ik in een klantenservicechat het beste reageren als iemand boos is omdat zijn pakket kwijt is? Geef 3 voorbeeldzinnen, vriendelijk maar zonder toezeggingen.
""")
D("en", "cs-chat", [], """
user: hey my wifi keeps dropping since the firmware update 7.2.1.4
bot: Sorry to hear that! Please restart your router by holding the reset button for 10 seconds. Router model: FRITZ!Box 7590.
user: did that already
bot: I'll connect you with a colleague. Your reference is CHG-20260311-0042.
""")
# ---------------------------------------------------------------- tables and structured data
D("nl", "table-csv", [], """
Kun je van deze lijst een mailmerge maken?

naam;adres;postcode;plaats;telefoon
⟦P|Willemijn de Graaf⟧;⟦A|Vondellaan 12⟧;⟦Z|3521 GD⟧;Utrecht;⟦T|06-19284733⟧
⟦P|Mehmet Öztürk⟧;⟦A|Kanaalweg 3 bis⟧;⟦Z|2903 LT⟧;Capelle a/d IJssel;⟦T|010-4582219⟧
⟦P|Daniela Sørensen⟧;⟦A|Herengracht 401-H⟧;⟦Z|1017 BP⟧;Amsterdam;⟦T|+31 20 624 0017⟧
""")
D("en", "table-csv", [], """
sku,description,price_eur,stock
4006381333931,Ballpoint pen blue (pack of 10),3.49,1200
8710398526717,A4 copy paper 80g 500 sheets,5.95,340
5012345678900,Desk organiser black,12.50,75
""")
D("nl", "table-markdown", ["health"], """
| Naam | Functie | Verlof | Reden |
|------|---------|--------|-------|
| ⟦P|Fatma Bulut⟧ | teamleider | 01-04 t/m 14-07 | zwangerschapsverlof |
| ⟦P|Rik Wiersma⟧ | adviseur | 3 dagen | verhuizing |
| ⟦P|Anouk 't Hart⟧ | secretaresse | onbepaald | ziek (burn-out) |
""")
D("en", "table-tsv", [], """
employee_id	name	email	start_date	dob
⟦N|EMP-0093⟧	⟦P|Hiroshi Tanaka⟧	⟦E|h.tanaka@corvid-analytics.com⟧	2024-09-01	⟦D|1990-03-27⟧
⟦N|EMP-0094⟧	⟦P|Marta Kowalczyk⟧	⟦E|m.kowalczyk@corvid-analytics.com⟧	2024-10-15	⟦D|1987-12-08⟧
⟦N|EMP-0095⟧	⟦P|Liam O'Shea⟧	⟦E|l.oshea@corvid-analytics.com⟧	2025-01-06	⟦D|1995-07-19⟧
""")
D("nl", "table-markdown", [], """
| Versie | Datum | Wijziging |
|---|---|---|
| 1.0 | 12-01-2026 | eerste opzet |
| 1.1 | 03-02-2026 | hoofdstuk 3 herschreven na review |
| 2.0 | 17-03-2026 | vastgesteld door stuurgroep |
""")
D("en", "json-snippet", [], """
Why does this fail schema validation? "phone" should be a string I think.

{
  "customer": {
    "id": "⟦N|C-2291047⟧",
    "name": "⟦P|Ayesha Siddiqui⟧",
    "email": "⟦E|ayesha.s@protonmail.com⟧",
    "phone": ⟦T|+14155550187⟧,
    "address": {"line1": "⟦A|2150 Shattuck Ave, Berkeley, CA 94704⟧"}
  },
  "items": [{"sku": "AX-220", "qty": 2}]
}
""")
D("nl", "json-snippet", [], """
{"event":"login_failed","ts":"2026-03-02T07:14:09Z","user":"⟦E|r.hakkert@gemeente-oss.nl⟧","src_ip":"⟦IP|145.94.201.66⟧","attempt":3}
{"event":"login_failed","ts":"2026-03-02T07:14:31Z","user":"⟦E|r.hakkert@gemeente-oss.nl⟧","src_ip":"⟦IP|145.94.201.66⟧","attempt":4}
{"event":"account_locked","ts":"2026-03-02T07:14:32Z","user":"⟦E|r.hakkert@gemeente-oss.nl⟧"}
waarom wordt hij al na 4 pogingen gelockt?
""")
D("en", "yaml-config", [], """
# docker-compose.yml
services:
  db:
    image: postgres:16.2
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}
  api:
    image: ghcr.io/tidewater/api:1.14.3
    environment:
      DATABASE_URL: postgres://app:${POSTGRES_PASSWORD}@db:5432/app
      LOG_LEVEL: info
""")
D("en", "yaml-config", [], """
apiVersion: v1
kind: Secret
metadata:
  name: smtp-credentials
  namespace: mailer
type: Opaque
data:
  username: ⟦S|bm90aWZpY2F0aW9uc0BoYXJib3VyLmlv⟧
  password: ⟦S|VHIwcGljYWwtU3Rvcm0tODgh⟧
""")
D("nl", "sql-snippet", ["health"], """
-- waarom geeft deze query dubbele rijen?
SELECT c.clientnr, c.naam, i.indicatie
FROM clienten c JOIN indicaties i ON i.client_id = c.id
WHERE c.clientnr IN ('⟦N|CL-40018⟧','⟦N|CL-40022⟧');

clientnr | naam               | indicatie
⟦N|CL-40018⟧ | ⟦P|G.H. Brinkman⟧      | dagbesteding NAH
⟦N|CL-40018⟧ | ⟦P|G.H. Brinkman⟧      | dagbesteding NAH
⟦N|CL-40022⟧ | ⟦P|Soraya Bakker⟧      | begeleiding autisme
""")
D("en", "sql-snippet", [], """
INSERT INTO users (id, username, email, password_hash, created_at) VALUES
(1042, '⟦P|mvdlinden⟧', '⟦E|m.vanderlinden@eduhub.nl⟧', '$2b$12$Qm1c9eYJ0vZ3kq8W2pT6lOeYgq7sWm0aXcZrL4uHn5bVt8dP2fG1e', '2025-11-03 09:14:00');
-- is bcrypt cost 12 enough?
""")
D("en", "log-lines", [], """
Mar 14 03:22:17 bastion sshd[21877]: Failed password for invalid user admin from ⟦IP|185.220.101.47⟧ port 51122 ssh2
Mar 14 03:22:19 bastion sshd[21877]: Failed password for invalid user admin from ⟦IP|185.220.101.47⟧ port 51122 ssh2
Mar 14 03:22:25 bastion sshd[21880]: Accepted publickey for ⟦P|kwame⟧ from ⟦IP|10.8.0.14⟧ port 60210 ssh2: ED25519 SHA256:pX2q1oUvV7Kc2B9h0yG4lHfN8sWd3aRt6mJzQeE5cYk
""")
D("nl", "log-lines", [], """
2026-02-27 16:40:03,118 INFO  [betaal-service] callback ontvangen voor bestelling 88120033, status=PAID, bedrag=49.95
2026-02-27 16:40:03,120 WARN  [betaal-service] retry 1/3 naar webhook https://shop.intern.example/hooks/pay
2026-02-27 16:40:04,502 INFO  [betaal-service] webhook OK (200) in 1382 ms
""")
D("en", "log-lines", [], """
⟦IP|192.0.2.44⟧ - - [10/Mar/2026:13:55:36 +0100] "GET /account/profile?email=⟦E|lucia.ferraro@libero.it⟧ HTTP/1.1" 200 5120 "-" "Mozilla/5.0"
""")
# ---------------------------------------------------------------- config files with secrets
D("en", "env-file", [], """
my app can't connect to the db, here's my .env, what's wrong?

NODE_ENV=production
DATABASE_URL=⟦S|postgresql://orders_rw:Vx9!tQ2m#Lp7@db-prod.internal.tidewave.io:5432/orders⟧
REDIS_URL=redis://cache:6379/0
AWS_ACCESS_KEY_ID=⟦S|AKIA4XQ7RZ2MNB6TLK3D⟧
AWS_SECRET_ACCESS_KEY=⟦S|r8Xk2vQm+Lw9JpZ4sT1nYb6Hc0eFgUa3Dq7iR5oP⟧
SENTRY_DSN=https://3f1c9a@o44721.ingest.sentry.io/61290
""")
D("nl", "env-file", [], """
Klopt deze configuratie voor de koppeling met het zaaksysteem?

[zaaksysteem]
base_url = https://zaken.gemeente-voorbeeld.nl/api/v1
client_id = portaal-burgerzaken
client_secret = ⟦S|9f2KqL7xVbN3wR8tYz1mC4hJ6pD0sGaE⟧
timeout = 30
""")
D("en", "code-secret", [], """
import openai
client = openai.OpenAI(api_key="⟦S|sk-proj-Hq3T9vLm2XcR8yKw4NpB7sJd1ZfA6gUe0oPiVtYb⟧")
resp = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role":"user","content":"hi"}])
# getting 429 errors, is my key rate limited?
""")
D("en", "code-secret", [], """
git remote -v
origin  ⟦S|https://x-access-token:ghp_R2nV8kLq4Zt7XyB1mW9sJc3Hd6Pf0gUaEoTi@github.com/harbourline/infra.git⟧ (fetch)
why does push still ask me for a password?
""")
D("nl", "code-secret", [], """
Hoi, de Slack-webhook werkt niet meer: ⟦S|https://hooks.slack.com/services/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⟧ — geeft 404. Is hij ingetrokken?
""")
D("en", "code-secret", [], """
How should I store secrets in GitHub Actions? Right now the workflow has:

env:
  API_TOKEN: ${{ secrets.API_TOKEN }}
  DEPLOY_KEY: <paste-deploy-key-here>

Is that safe, or should I use OIDC?
""")
D("en", "code-secret", [], """
ssh config for the jump host, keeps failing:

Host jump
  HostName ⟦IP|203.0.113.77⟧
  User deploy
  IdentityFile ~/.ssh/id_ed25519

and the key:
⟦S|-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACBq9mZ2vT4Lk8sXwN1pR7cHd0YeJfA3uGzQbKiVo5tMlgAAAJgXq2mVF6tp
lQAAAAtzc2gtZWQyNTUxOQAAACBq9mZ2vT4Lk8sXwN1pR7cHd0YeJfA3uGzQbKiVo5tMlg
-----END OPENSSH PRIVATE KEY-----⟧
""")
D("nl", "code-secret", [], """
wachtwoord vergeten van de wifi op kantoor, het stond op een post-it: netwerk 'Kantoor-Gast', ww ⟦S|Koffie&Koekjes24⟧. Kan iemand bevestigen?
""")
D("en", "code-secret", [], """
Is it safe to commit this? It's only the public key:
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHq9mZ2vT4Lk8sXwN1pR7cHd0YeJfA3uGzQbKiVo5tMl deploy@buildbox
""")
D("nl", "code-secret", [], """
curl -H "Authorization: Bearer ⟦S|eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtcmFwcG9ydGFnZSIsImV4cCI6MTc3NDAwMDAwMH0.kX2b9QvR7mT4pL1sZ8wN3yHc6Jd0Fg5Ua2oEiVtYbKq⟧" https://api.intern.example/v2/rapportages
krijg 401, verlopen?
""")
# ---------------------------------------------------------------- OCR scans and all-caps forms
D("nl", "ocr-scan", [], """
AANVRAAGFORMULIER PARKEERVERGUN NING BEWONERS
Naam aanvra ger: ⟦P|T.  VAN  DER  MEULEN⟧
Adres: ⟦A|BURG. DE  RAADTSINGEL  31
3311  JG  DORDRECHT⟧
Kenteken:  ⟦K|G-482-VT⟧      Merk: VOLKSWAGEN
Te lefoon: ⟦T|06 - 2391 8870⟧
Handtekening: ............
""")
D("nl", "ocr-scan", ["health"], """
Uittreksel medisch dossier (gescand)
Patie nt: ⟦P|Boersma⟧, ⟦P|Hen-
drika⟧   Geb: ⟦D|02-O4-1953⟧
Dia gnose: diabetes mel litus type 2, neuropathie voeten
Huisarts: dr. ⟦P|P. Zaal⟧
""")
D("en", "ocr-scan", [], """
APPLICATION FOR RESIDENT PARKING PERMIT - PLEASE USE BLOCK CAPITALS
SURNAME: ⟦P|KOWALSKI⟧          FORENAME(S): ⟦P|PIOTR ANDRZEJ⟧
DATE OF BIRTH: ⟦D|14 / 06 / 1983⟧
ADDRESS: ⟦A|FLAT 2B, 9 CANNING STREET, LIVERPOOL L8 7NN⟧
VEHICLE REG: ⟦K|WN18 PZU⟧   MAKE: SKODA OCTAVIA
DRIVING LICENCE NO: ⟦N|KOWAL806143PA9XY⟧
""")
D("nl", "ocr-scan", [], """
HUUROVEREENKOMST WOONRUIMTE
De ondergetekenden:
1. Stichting Woonbron, gevestigd te Rotterdam, hierna 'verhuurder';
2. mevrouw ⟦P|R.A.M. Tjin-Asjoe⟧, geboren op ⟦D|23 decem-
ber 1985⟧ te Paramaribo, hierna 'huurder';
verklaren te zijn overeengekomen dat verhuurder aan huurder verhuurt de woning
⟦A|Zuidplein 118-B,
3083 CZ Rotterdam⟧, ingaande 1 mei 2026. De huurprijs be-
draagt € 812,40 per maand, te voldoen op rekening ⟦I|NL24 RABO 0127 7493 02⟧.
""")
D("nl", "ocr-scan", [], """
GEMEENTE  HAARLEM     -     OPENBARE  BEKENDMAKING
Aanvraag  omgevingsvergunning  ontvangen  voor:
-  Kleine  Houtstraat  (ongenummerd):  plaatsen  reclame-uiting
-  Kenaupark:  kappen  van  2  bomen
Datum  ontvangst:  02-03-2026.   Zaaknummers  zijn  op  te  vragen  bij  het  KCC.
""")
D("en", "form-caps", ["health"], """
PATIENT REGISTRATION FORM
NAME: ⟦P|SOPHIA NWACHUKWU-BELL⟧
DOB: ⟦D|30-NOV-1979⟧
NHS NUMBER: ⟦N|943 476 5919⟧
NEXT OF KIN: ⟦P|GREGORY BELL⟧ (HUSBAND) TEL ⟦T|07700 900461⟧
CURRENT MEDICATION: METFORMIN 500MG, SERTRALINE 50MG
ALLERGIES: PENICILLIN
""")
D("nl", "form-caps", [], """
WIJZIGINGSFORMULIER BANKREKENING
RELATIENUMMER: ⟦N|004-771-289⟧
NAAM: ⟦P|J.A.C. VAN ’T WESTEINDE⟧
OUDE IBAN: ⟦I|NL27ASNB0707123498⟧
NIEUWE IBAN: ⟦I|NL23KNAB0255918374⟧
DATUM INGANG: 01-04-2026
""")
# ---------------------------------------------------------------- hard negatives (nothing to label)
D("nl", "hard-negative", [], """
Vraag over de nieuwe winkel van Albert Heijn aan de Johan de Wittlaan: weet iemand of die op zondag open is? En klopt het dat de Jumbo bij het Willem Alexanderplein dichtgaat?
""")
D("nl", "hard-negative", [], """
Factuur 2026-0331 van Visser Schilderwerken BV
KvK 58120441 – btw NL853746201B01
Werkzaamheden: buitenschilderwerk kozijnen, 3 dagen à € 520,-
Gelieve binnen 30 dagen te betalen o.v.v. het factuurnummer.
""")
D("en", "hard-negative", [], """
Is 123456789 a valid BSN? I need a dummy one for our test environment that will definitely fail the eleven-test, and 111222334 looks random enough.
""")
D("nl", "hard-negative", [], """
Ik kreeg een mail dat mijn rekening NL12 RABO 0318 2654 73 geblokkeerd zou zijn. Dat nummer klopt niet eens met mijn echte rekening, dus phishing toch?
""")
D("en", "hard-negative", [], """
Release notes 5.0.2.1781
- Fixed crash on startup for users on macOS 14.4.1
- Product codes 06-2210-4471 and 020-5534-88 were listed twice in the catalogue
- Build date 2026-03-01, next release planned for April
""")
D("nl", "hard-negative", [], """
Wanneer valt Pasen in 2027? En is Hemelvaartsdag dan op donderdag 6 mei? Ik wil de roosters voor mei en juni alvast maken.
""")
D("nl", "hard-negative", [], """
Wie was eigenlijk ⟦P|Willem Barentsz⟧? Er is hier een Willem Barentszstraat, een Barentsz-school en een café De Barentsz, en ik wil een stukje schrijven voor de wijkkrant.
""")
D("en", "hard-negative", [], """
Our office moved next to Mark Lane station. The canteen serves Will's Bakery sandwiches and there's a Marks & Spencer downstairs, so no excuse to skip lunch. May is our busiest month though.
""")
D("nl", "hard-negative", [], """
Het document is vertrouwelijk bedoeld voor intern gebruik, maar er staat geen rubricering op. Mogen we het delen met de accountant? Wat betekent eigenlijk de markering Dep. Vertrouwelijk precies?
""")
D("en", "hard-negative", [], """
TLP:CLEAR
Advisory 2026-014: Multiple vulnerabilities in OpenSSL 3.0.x. Update to 3.0.14 or later. Indicators: none. This advisory may be distributed without restriction.
""")
D("nl", "hard-negative", [], """
Bestelling 4471-9920-18 is verzonden met PostNL. Track & trace: 3SABCD1234567. Retourneren kan binnen 14 dagen via het retourlabel in de doos.
""")
D("en", "hard-negative", [], """
The Anne Frank House is open daily from 9:00 to 22:00. Tickets are sold online only, in time slots of 15 minutes. The Prinsengracht entrance is step-free.
""")
D("nl", "hard-negative", [], """
De bakker op de hoek heeft nieuwe roggebroden, en de visser uit Urk staat er op vrijdag met verse haring. Bij Bloemenhuis De Roos zijn de tulpen dit jaar vroeg.
""")
D("en", "hard-negative", [], """
Invoice INV-0047713 | PO 4500982231 | VAT GB 294 7710 38
Bill to: Accounts Payable, Fenwick & Hale Ltd
Amount due: £2,340.00 by 30 April 2026. Please quote the invoice number on your remittance.
""")
D("nl", "hard-negative", [], """
Kun je uitleggen wat het verschil is tussen een zaaknummer, een kenmerk en een BSN? Ik zie in onze brieven alle drie staan en burgers raken in de war.
""")
D("en", "hard-negative", [], """
Can you check my regex for UK postcodes? It should match SW1A 1AA and M1 1AE but not the Dutch four-digits-plus-two-letters format.
""")
D("nl", "hard-negative", [], """
Op 1 januari 2026 is de nieuwe Omgevingswet een jaar van kracht. De evaluatie staat gepland voor 15 september; de raad krijgt de rapportage uiterlijk 1 november.
""")
D("en", "hard-negative", [], """
Our test card for the payment sandbox is 4111 1111 1111 1112 — the gateway rejects it as invalid, which is what we want for the negative test. What other fake numbers fail Luhn?
""")
D("nl", "hard-negative", [], """
Storing bij de Ziggo-storingsdienst: in de regio Twente zijn sinds 07:00 internet en tv uitgevallen. Modem-type Connectbox, firmwareversie 6.15.31.1. Verwacht herstel 12:00.
""")
D("en", "hard-negative", [], """
Ticket OPS-5521: rotate the TLS certificate on the load balancer before 14 May. Certificate serial 4F:2A:91:0C:77:E3, issuer Let's Encrypt R11. No downtime expected.
""")
D("nl", "hard-negative", [], """
Het IP-adres van de printer staat volgens de handleiding op 'automatisch', maar in het menu zie ik versie 10.4.2.1 staan. Is dat hetzelfde?
""")
D("en", "hard-negative", [], """
Recipe for Sunday: Victoria sponge. 225 g butter, 225 g caster sugar, 4 eggs, 225 g self-raising flour. Bake at 180 °C for 20-25 minutes.
""")
D("nl", "hard-negative", [], """
Schrijf een korte LinkedIn-post over ons nieuwe kantoor aan de Piet Heinkade. We zitten nu tussen het Muziekgebouw en het Mövenpick hotel. Toon: enthousiast, niet te lang.
""")
D("en", "hard-negative", [], """
Placeholder config for the README:
API_KEY=<your-api-key>
DB_PASSWORD=********
SMTP_PASS={{ vault_smtp_password }}
Please don't commit real values here.
""")
D("nl", "hard-negative", [], """
Wat is het verschil tussen TLP:AMBER en TLP:AMBER+STRICT? We krijgen van het NCSC meldingen met beide labels en ik wil weten met wie we ze mogen delen.
""")
# ---------------------------------------------------------------- general questions on special topics (no person)
D("en", "general-question", [], """
Is it legal for an employer in the Netherlands to ask job applicants about their religion or whether they pray during working hours?
""")
D("nl", "general-question", [], """
Welke partijen zitten er na de verkiezingen van 2025 in de Tweede Kamer, en hoeveel zetels heeft elke partij? Graag een tabel.
""")
D("en", "general-question", [], """
Explain the difference between HIV and AIDS for a secondary-school biology class, including how PrEP works.
""")
D("nl", "general-question", [], """
Mag een vakbond zomaar langskomen op de werkvloer om leden te werven? En moet de werkgever de contributie inhouden als werknemers daarom vragen?
""")
D("en", "general-question", [], """
What does the research say about heritability of schizophrenia? Are there genetic tests that predict it?
""")
D("nl", "general-question", [], """
Hoe zit het met de bewaartermijn van strafrechtelijke gegevens in een VOG-aanvraag? Hoe lang kijkt Justis terug bij een eenvoudige mishandeling?
""")
D("en", "general-question", [], """
Write a short inclusive statement for our careers page saying we welcome applicants of any ethnicity, sexual orientation, religion or disability.
""")
D("nl", "general-question", [], """
Stel dat een medewerker vertelt dat hij homo is en gepest wordt door collega's. Welke stappen moet een vertrouwenspersoon dan zetten? Het is voor een training.
""")
D("en", "general-question", [], """
How does facial recognition at airport e-gates work, and what happens to the biometric template after you pass through?
""")
D("nl", "general-question", [], """
Wat zijn de symptomen van de ziekte van Lyme en hoe lang na een tekenbeet kunnen die optreden?
""")
# ---------------------------------------------------------------- special categories revealed indirectly
D("en", "indirect-special", ["religion"], """
Hi facilities, could we book the small meeting room on floor 2 every day between 13:15 and 13:30 for ⟦P|Bilal Chaudhry⟧? He needs a quiet place to pray and the prayer room in building A is too far from his desk.
""")
D("nl", "indirect-special", ["sexual"], """
Voor het personeelsuitje: ⟦P|Marieke Stam⟧ neemt haar vrouw ⟦P|Lotte⟧ mee, en ⟦P|Ahmet⟧ komt alleen. Kun je de tafelindeling aanpassen?
""")
D("en", "indirect-special", ["health"], """
Reminder for ⟦P|Declan⟧'s desk move: he needs to sit near the exit because of his epilepsy — the seizure protocol is in the first-aid folder. Thanks, ⟦P|Ruth⟧
""")
D("nl", "indirect-special", ["criminal"], """
Kun je een nette afwezigheidsmail schrijven voor ⟦P|Gerard Blom⟧? Hij zit vanaf maandag drie maanden in de PI Vught en kan dus niet bij de vergaderingen zijn. Zeg gewoon 'langdurig afwezig'.
""")
D("nl", "indirect-special", ["trade_union"], """
Loonstrook maart – ⟦P|E. Kuipers⟧, pnr ⟦N|70114⟧
Bruto salaris € 3.412,00
Inhouding pensioen € 281,47
Inhouding vakbondscontributie CNV € 18,75
Netto € 2.486,10 naar ⟦I|NL43INGB0006839201⟧
""")
D("en", "indirect-special", ["health"], """
Can you rewrite this text to my landlord more politely: "I couldn't pay rent on time because I was at the Jellinek clinic for 6 weeks for my alcohol problem. I'm back home now." — ⟦P|Shaun Doyle⟧, flat 4
""")
D("nl", "indirect-special", ["health"], """
⟦P|pieter⟧ vroeg of ik zijn Ozempic uit de koelkast op de afdeling wil halen en naar huis brengen, hij heeft zijn spuiten vergeten. ⟦A|Wilgenhof 22⟧ toch?
""")
D("en", "indirect-special", ["criminal"], """
My brother-in-law ⟦P|Andrius⟧ was held at the Rotterdam detention centre for two weeks after his visa ran out; he's out now. Can you help me write a letter to his employer explaining why he was absent?
""")
D("nl", "indirect-special", ["political"], """
⟦P|Kevin Ooms⟧ vraagt vrij op 14 juni omdat hij als kandidaat voor de PvdD op de lijst staat bij de gemeenteraadsverkiezingen en die dag flyert op de markt. Is dat bijzonder verlof?
""")
D("en", "indirect-special", ["political"], """
HR question: ⟦P|Martina Ruiz⟧ was photographed at the climate protest on the A12 and is now getting abuse online from customers. How do we support her without commenting on her views?
""")
# ---------------------------------------------------------------- classification markings
D("nl", "classified", [], """
⟦V|STG. GEHEIM⟧
Ministerie van Defensie – Directie Operaties
Notitie aan de CDS inzake inzetgereedheid F-35 detachement, stand 1 maart 2026.
1. Van de 8 toestellen zijn er 6 inzetbaar.
2. Reservedelen: levertijd loopt op tot 14 weken.
Opsteller: kol. ⟦P|H.R. Smit-Boekhout⟧
⟦V|STG. GEHEIM⟧
""")
D("nl", "classified", [], """
Onderwerp: ⟦V|Dep. Vertrouwelijk⟧ – concept Kamerbrief cyberweerbaarheid

Hoi ⟦P|Jasper⟧, zie bijgaand de nieuwe versie. Niet doorsturen buiten de directie. Reacties graag vóór donderdag 12:00.
Groet, ⟦P|Femke van Altena⟧ (⟦T|06 5077 1290⟧)
""")
D("en", "classified", [], """
⟦V|TLP:AMBER⟧
Threat brief: phishing wave targeting Dutch municipalities
Observed sender: ⟦E|noreply@belastingdienst-teruggave.info⟧
C2 infrastructure: ⟦IP|91.215.85.142⟧, ⟦IP|2a0e:97c0:3e3:1fc::9⟧
Recipients may share with members of their own organisation and clients who need to know.
""")
D("en", "classified", [], """
⟦V|RESTREINT UE/EU RESTRICTED⟧
Council Working Party on Cyber Issues – outcome of proceedings, 19 March 2026
The Presidency noted broad support for the draft conclusions; two delegations entered scrutiny reservations. Contact: ⟦P|Ingrid Aaltonen⟧, ⟦E|ingrid.aaltonen@consilium.europa.eu⟧
""")
D("nl", "classified", [], """
Classificatie: Intern
Nieuwsbrief team Informatievoorziening, maart
- Nieuwe collega's starten op 1 april
- De migratie naar het nieuwe DMS is uitgesteld tot Q3
- Vergeet de e-learning informatiebeveiliging niet vóór 30 april
""")
D("en", "classified", ["health"], """
⟦V|Private and Confidential⟧
Addressee only

Dear Ms ⟦P|Achterberg⟧,
Following your occupational health assessment on 4 March, Dr ⟦P|Lewis⟧ recommends a phased return over six weeks after your surgery. Your employee number ⟦N|HR-55812⟧ has been noted on the referral.
Yours sincerely,
⟦P|Paul Whitaker⟧, HR Business Partner
""")
D("nl", "classified", [], """
⟦V|NATO RESTRICTED⟧ – ⟦V|Departementaal Vertrouwelijk⟧
Verslag werkbezoek Letland, 10-12 februari. Delegatieleider: gen-maj ⟦P|E. Zuiderwijk⟧. Inhoudelijke punten volgen in separate notitie.
""")
# ---------------------------------------------------------------- phones, plates, IDs in many notations
D("nl", "mixed-contacts", [], """
contactlijst vrijwilligers zomerfeest (niet verder delen pls)
- ⟦P|Ömer⟧: ⟦T|0031 6 3872 1109⟧
- ⟦P|Joke van 't Veer⟧: ⟦T|(0299) 43 12 77⟧
- ⟦P|Bogdan Ivanenko⟧: ⟦T|+380 67 218 4490⟧
- ⟦P|Siebe⟧ (België): ⟦T|+32 9 223 41 70⟧
- ⟦P|Anh Nguyễn⟧: ⟦T|06–48 20 91 33⟧
- ⟦P|Rahul Deshpande⟧: ⟦T|+91 98200 41377⟧
""")
D("en", "mixed-contacts", [], """
Conference speakers – contact sheet (for the organising team only)
Dr ⟦P|Elena Vásquez⟧ — ⟦E|e.vasquez@uni-heidelberg.de⟧ — ⟦T|+49 6221 54 7730⟧ (office), ⟦T|0172 893 4410⟧ (mobile, Germany)
Prof. ⟦P|Wei Zhang⟧ — ⟦E|zhangwei@tsinghua.edu.cn⟧ — ⟦T|+86 10 6278 5001⟧
⟦P|Marcus Bell⟧ — ⟦E|marcus@bellandpartners.com⟧ — ⟦T|(617) 555-0143⟧
⟦P|Amara Diallo⟧ — ⟦E|amara.diallo@outlook.fr⟧ — ⟦T|+33 6 12 48 90 27⟧
""")
D("nl", "vehicle", [], """
Schadeformulier – toedracht
Voertuig A: ⟦K|52-LRP-3⟧ (Kia Picanto), bestuurder ⟦P|Priscilla Doelwijt⟧
Voertuig B: ⟦K|VL-718-R⟧ (bestelbus, Van Dijk Installatie), bestuurder ⟦P|R. van Dijk⟧
Voertuig C stond geparkeerd: Belgisch kenteken ⟦K|1-GHT-483⟧
Toedracht: A reed achteruit de parkeerplaats van de Lidl af en raakte B in de flank.
""")
D("nl", "vehicle", [], """
weet iemand van wie de zwarte golf is met kenteken ⟦K|3-TGV-82⟧? staat al 2 dagen voor de uitrit van nummer 9 😤
""")
D("en", "vehicle", [], """
Parking Charge Notice PCN 8830172
Vehicle: ⟦K|LD21 XKE⟧ (Ford Transit, white)
Location: Tesco Extra car park, Orchard Way, 14:02 on 11/03/2026
Keeper: ⟦P|Fiona McLeod⟧, ⟦A|44 Argyle Crescent, Glasgow G3 8QS⟧
""")
D("nl", "vehicle", [], """
Parkeervergunning bezoekers – wijziging kenteken
Oud: ⟦K|ZBT-04-K⟧  Nieuw: ⟦K|H-227-NF⟧
Vergunninghouder: ⟦P|Jannie Zwart⟧, ⟦A|Dr. Schaepmanstraat 6, 5341 AH Oss⟧
""")
D("en", "vehicle", [], """
Hi, I rented a car in Munich last week (plate ⟦K|M-KL 4821⟧) and got a speed camera letter. The rental agency wants my driving licence number again: ⟦N|B072RRE2I55⟧. Is it normal they ask twice? — ⟦P|Anneke⟧
""")
D("nl", "id-numbers", [], """
Reisgegevens groepsreis Marrakech (voor de reisorganisatie)
1. ⟦P|Soufiane Ben Ali⟧ – paspoort ⟦N|NP7R2L4K9⟧ – geb. ⟦D|09-10-1992⟧
2. ⟦P|Naima Ben Ali-El Amrani⟧ – ID-kaart ⟦N|IXK83P2L1⟧ – geb. ⟦D|21-01-1994⟧
3. ⟦P|Yara⟧ (kind) – paspoort ⟦N|NW4T9K2B6⟧ – geb. ⟦D|30-05-2019⟧
Betaling aanbetaling met creditcard ⟦C|5417 3390 2816 4505⟧, exp 09/28.
""")
D("en", "id-numbers", [], """
Student Services – extension request
Student: ⟦P|Oksana Melnyk⟧, student no. ⟦N|2207718⟧, MSc Data Science
Module: DS7003. Original deadline 20 March, extension to 3 April approved by Dr ⟦P|Fraser⟧.
""")
# ---------------------------------------------------------------- sloppy chat, possessives, lower-case names
D("nl", "chat-sloppy", ["health"], """
heb je ⟦P|anne⟧s dossier al gezien?? de uitslag van de mri is binnen, geen uitzaaiingen gelukkig. ik bel haar morgen, kan jij ⟦P|joost⟧ ff inlichten
""")
D("en", "chat-sloppy", [], """
lol did u see ⟦P|mohammed⟧'s car got towed again 😂 its the grey one ⟦K|GK-613-X⟧ right in front of the hr entrance
""")
D("nl", "chat-sloppy", [], """
hoi ik ben ⟦P|dewi⟧ van de thuiszorg, mn telefoon is kapot dus bel ff naar ⟦T|06.29.41.77.08⟧ das van mijn zus. adres van mevr is toch ⟦A|kastanjelaan 3a⟧?? ik sta voor de deur maar er doet niemand open
""")
D("nl", "chat-sloppy", [], """
wie heeft de sleutel vd vergaderzaal? de bakker komt om 10 uur de taart brengen en ik sta in de file op de a2 bij maarssen
""")
D("en", "chat-sloppy", ["health"], """
omg ⟦P|jess⟧ just told me shes pregnant!! due in october. dont tell anyone at work yet ok
""")
D("nl", "chat-sloppy", ["criminal"], """
wist je dat die nieuwe buurman van ⟦P|sanne⟧, ⟦P|ferry⟧ heet ie geloof ik, een enkelband heeft? zag m gister in de tuin. zou wel voor drugs zijn of zo
""")
D("en", "chat-sloppy", [], """
can someone send me ⟦P|jamal⟧s number? need to swap shifts on sat
""")
# ---------------------------------------------------------------- names of many origins, diacritics, particles
D("nl", "letter-rewrite", ["health"], """
Herschrijf deze brief in B1-taal:

Geachte heer ⟦P|Abu Bakr⟧,

Naar aanleiding van uw verzoek d.d. 4 februari jl. delen wij u mede dat de aanvraag voor een gehandicaptenparkeerkaart ten behoeve van uw echtgenote, mevrouw ⟦P|Rasha Al-Hamwi⟧, niet in behandeling kan worden genomen, aangezien het medisch advies nog niet is ontvangen. Wij verzoeken u het formulier binnen veertien dagen te retourneren aan ⟦A|Raadhuisplein 1, 7001 AA Doetinchem⟧.
""")
D("nl", "letter-rewrite", ["health"], """
kun je dit vertalen naar het Engels voor mijn schoonmoeder ⟦P|Małgorzata Wróblewska⟧? 'Beste ⟦P|Gosia⟧, de fysiotherapeut komt voortaan op dinsdag om 11 uur voor je knie. Je verwijzing van dokter ⟦P|Ten Brinke⟧ is tot 1 juli geldig.'
""")
D("en", "letter-rewrite", [], """
Please make this sound more professional: "hey ⟦P|Xiaoling⟧, ⟦P|De la Cruz⟧ from accounts says your expense claim EXP-2291 is missing the hotel receipt. can u send it to ⟦E|ap@northbeam.co⟧ before friday? cheers ⟦P|Tariq⟧"
""")
D("nl", "letter-rewrite", [], """
Maak hier een vriendelijke uitnodiging van voor de nieuwjaarsborrel: sprekers zijn ⟦P|Gülşen Karakaya⟧ (directeur), ⟦P|Jean-Paul ten Cate⟧ en ⟦P|Ruud in 't Veld⟧. Locatie: Grand Café Vermeer, ⟦A|Markt 37, 2611 GS Delft⟧. Aanmelden bij ⟦P|Chantal⟧ via ⟦E|events@meerwaarde-advies.nl⟧.
""")
D("en", "letter-rewrite", ["ethnicity"], """
Translate to Dutch for the intake form: "My name is ⟦P|Ayaan Hirsi Warsame⟧, I am Somali by descent but grew up in Kenya. I moved to Tilburg in 2024. My phone is ⟦T|+31 (0)6 4719 2280⟧."
""")
D("nl", "letter-rewrite", [], """
Zet dit om in een nette bedankkaart: 'Lieve ⟦P|Rudi⟧ en ⟦P|Sharmila Ramdin-Jagessar⟧, dank voor jullie hulp bij de verhuizing naar de ⟦A|Zonnebloemstraat 14⟧. Zonder jullie bus was het niks geworden. Liefs, ⟦P|Gijs⟧ & ⟦P|Ilse⟧'
""")
D("en", "letter-rewrite", [], """
Shorten this bio for the website: "⟦P|Nkechi Eze-Vermeulen⟧ joined the firm in 2019 after ten years at Deloitte. She leads the Rotterdam tax team and speaks Igbo, English and Dutch. Contact: ⟦E|n.eze-vermeulen@kleinhout.law⟧, ⟦T|010 - 714 88 20⟧."
""")
D("nl", "letter-rewrite", [], """
Verbeter de spelling: 'Hierbij bevestig ik dat dhr ⟦P|Volodymyr Shevchuk⟧, wonende ⟦A|Prins Hendrikkade 9 (kamer 4), 8601 EH Sneek⟧, sinds 1 oktober bij ons in dienst is als heftruckchauffeur. Personeelsnummer ⟦N|4402-118⟧. Met vriendelijke groet, ⟦P|A. de la Fuente⟧'
""")
# ---------------------------------------------------------------- public figures
D("nl", "public-figure", [], """
Maak een samenvatting van dit nieuwsbericht: "Minister-president ⟦P|Dick Schoof⟧ heeft vandaag in Brussel overlegd met Commissievoorzitter ⟦P|Ursula von der Leyen⟧ over de migratieafspraken. Een woordvoerder liet weten dat een akkoord nog niet in zicht is."
""")
D("en", "public-figure", [], """
Draft a tweet congratulating ⟦P|Sifan Hassan⟧ on her marathon win, and mention that the Dam tot Damloop starts at the Prins Hendrikkade this year.
""")
D("nl", "public-figure", [], """
Wethouder ⟦P|Touria Meliani⟧ opent zaterdag om 14:00 het nieuwe buurthuis aan de Johan Huizingalaan. Kun je een persbericht van 120 woorden maken? Contact voor de pers: ⟦E|pers@stadsdeelnieuwwest.example.nl⟧.
""")
# ---------------------------------------------------------------- biometric and genetic
D("nl", "biometric", ["biometric"], """
Logboek toegangspoort datacenter
07:58 vingerafdruk match 98,4 % – ⟦P|R. Hasselbaink⟧ (badge ⟦N|DC-0418⟧) – toegang verleend
08:03 gezichtsherkenning geen match – onbekende persoon – toegang geweigerd, beveiliging gealarmeerd
08:05 vingerafdruk match 97,1 % – ⟦P|L. Sahin⟧ (badge ⟦N|DC-0522⟧) – toegang verleend
""")
D("en", "biometric", ["biometric"], """
Re: voice ID enrolment — Mr ⟦P|Kaplan⟧'s voiceprint failed verification three times this morning (score 0.41 vs threshold 0.80). Customer ID ⟦N|88-411029⟧. Please re-enrol him at the branch.
""")
D("nl", "genetic", ["genetic", "health"], """
Uitslag DNA-onderzoek klinische genetica – ⟦P|Floor Verhagen⟧, patiëntnummer ⟦N|UMCG-5528193⟧, geb. ⟦D|8 juli 1996⟧
Bij mevrouw is een pathogene variant in het LDLR-gen aangetoond (familiaire hypercholesterolemie). Advies: cascadescreening bij broer ⟦P|Thijmen⟧ en vader.
""")
D("en", "genetic", ["genetic"], """
Our family tree project: the AncestryDNA result for my dad ⟦P|Henk Brouwer⟧ shows a 2nd-cousin match with a ⟦P|Linda Mae Brower⟧ in Iowa. How do I write to her without scaring her off?
""")
# ---------------------------------------------------------------- mixed language
D("nl", "mixed-language", ["health"], """
Hi ⟦P|Sophie⟧, quick one in English for ⟦P|Arjun⟧ who doesn't read Dutch: 'je ziekmelding is verwerkt, de bedrijfsarts belt je donderdag'. Kun je het vertalen en naar ⟦E|arjun.menon@havenlogistics.nl⟧ sturen? Thanks!
""")
D("en", "mixed-language", [], """
Can you translate this Dutch notice for our Polish staff? "Vanaf maandag is de ingang aan de Koningin Julianaweg dicht. Gebruik de achteringang bij de fietsenstalling. Vragen? Bel de receptie: ⟦T|0546 - 58 44 00⟧."
""")
D("nl", "mixed-language", [], """
meeting notes (eng/nl door elkaar, sorry)
- ⟦P|Fenna⟧ presents the dashboard, feedback: te veel kleuren
- ⟦P|Oğuz⟧ to fix the API timeout, deadline vrijdag
- next sync: di 10:00, room Rembrandt
""")
D("en", "mixed-language", [], """
The landlord sent me this in Dutch, what does it say? "Beste Mw. ⟦P|Ferreira⟧, de huurverhoging per 1 juli bedraagt 4,1 %. Uw nieuwe huur wordt € 986,20. Betaling op ⟦I|NL32SNSB0928374651⟧ o.v.v. huurdernummer ⟦N|H-77310⟧."
""")
# ---------------------------------------------------------------- identifiers in context (BSN, IBAN, cards, IPs)
D("nl", "citizen-email", [], """
Geachte heer/mevrouw,
Ik heb al drie keer gebeld over de teruggave van de hondenbelasting. Mijn gegevens:
⟦P|Wendelien Pronk⟧
BSN ⟦B|120934784⟧
rekening ⟦I|NL91 BUNQ 2049 8173 65⟧
Eerder kreeg ik een brief met kenmerk 26-HB-0091 maar daar stond een verkeerd BSN in (⟦B|4561.27.094⟧ is van mijn man ⟦P|Ton⟧, niet van mij).
""")
D("en", "citizen-email", [], """
Hello, I'm moving from Antwerp to Eindhoven and my Belgian salary still goes to ⟦I|BE49 0682 5183 0924⟧. Can my Dutch employer pay to that account, or do I need a Dutch one? My BSN is ⟦B|839 201 564⟧ if that helps. — ⟦P|Koen Verstraete⟧
""")
D("nl", "citizen-email", [], """
Graag restitutie van de dubbele afschrijving naar mijn Duitse rekening ⟦I|DE44500105175407324931⟧ t.n.v. ⟦P|Hanna Schulte-Vogel⟧, ⟦A|Kaiserstraße 12, 48143 Münster⟧. Klantnummer ⟦N|NL-DE-209388⟧.
""")
D("en", "travel-booking", [], """
Booking confirmation request for the Madrid workshop
Traveller: ⟦P|Lucía Fernández de la Vega⟧
Passport: ⟦N|PAB482917⟧ (Spain)
Reimbursement to ⟦I|ES91 2100 0418 4502 0005 1332⟧
Corporate Amex ⟦C|3782 822463 10005⟧ for the hotel only.
""")
D("nl", "travel-booking", [], """
Declaratie dienstreis Istanbul – ⟦P|Kerem Aydoğan⟧, pnr ⟦N|29914⟧
Vlucht TK1952, hotel 3 nachten. Betaald met privé Visa ⟦C|4929-1385-0274-6132⟧. Uitbetalen op ⟦I|TR33 0006 1005 1978 6457 8413 26⟧? Nee — op mijn NL rekening ⟦I|NL12RABO0318265472⟧ graag.
""")
D("en", "it-log", [], """
firewall deny log (last 5 min)
DENY tcp ⟦IP|2001:db8:4f2a::17⟧:443 -> ⟦IP|2001:db8:4f2a:10::5⟧:8443
DENY udp ⟦IP|198.51.100.23⟧:53 -> ⟦IP|172.16.40.9⟧:53
rule id 4471, policy v2.3.1.0
""")
D("nl", "it-log", [], """
mail header, is dit spoofing?
Received: from mail.zorgportaal-noord.nl (⟦IP|83.161.24.201⟧) by mx.gemeente.nl
From: "⟦P|Jolanda Smeets⟧" <⟦E|j.smeets@zorgportaal-noord.nl⟧>
Return-Path: <⟦E|bounce-8812@mailer-x.ru⟧>
Message-ID: <20260311.441A9C@mail.zorgportaal-noord.nl>
""")
D("nl", "youth-care", ["health"], """
Verslag keukentafelgesprek jeugd – ⟦P|Milan Tahiri⟧ (9 jr), BSN ⟦B|716 482 307⟧
Aanwezig: moeder ⟦P|Arbnora Tahiri⟧, jeugdconsulent ⟦P|Tim Haverkamp⟧
⟦P|Milan⟧ heeft ADHD en een vermoeden van een hechtingsstoornis. School (OBS De Regenboog) geeft aan dat hij vaak wegloopt uit de klas. Voorstel: ambulante gezinsbegeleiding 6 maanden via Lindenhout.
""")
D("en", "hr-note", ["health"], """
return-to-work call with ⟦P|Siobhán Ní Bhriain⟧, 20 Feb
- back from maternity leave 3 March, 4 days/week
- needs a lactation room; meeting room 2.04 reserved Tue-Fri 11:00-11:30
- her NI number ⟦N|JT 48 11 92 D⟧ was typed wrong in payroll, fixed
""")
D("nl", "minutes", ["political"], """
Verslag fractievergadering GroenLinks-PvdA Leiden, 9 maart
Aanwezig: ⟦P|Meryem Kaya⟧ (fractievoorzitter), ⟦P|Bas Rietveld⟧, ⟦P|Linde de Wolff⟧, steunfractielid ⟦P|Hamza⟧
1. Motie woningsplitsing: ⟦P|Bas⟧ schrijft tekst, ⟦P|Linde⟧ zoekt medeondertekenaars bij D66.
2. ⟦P|Meryem⟧ meldt dat ze zich niet herkiesbaar stelt in 2026.
""")
# ---------------------------------------------------------------- extra identifiers, late additions
D("nl", "citizen-email", [], """
Ik probeer via DigiD het formulier voor de kinderopvangtoeslag in te vullen maar hij accepteert het BSN van mijn dochter niet. Ik typ ⟦B|207185645⟧, en dat van mijn zoon (⟦B|5743 02 189⟧ stond zo op de brief) ook niet. Wij wonen in ⟦Z|6512BK⟧ Nijmegen. Wat doe ik fout? – ⟦P|Rosalie Merkx⟧
""")
D("en", "cs-chat", [], """
[14:02] customer: hi i was charged twice for the annual plan
[14:02] customer: card is ⟦C|2221 0038 4756 1027⟧ name on card ⟦P|Thandiwe Moyo⟧
[14:03] agent_⟦P|lars⟧: Hi ⟦P|Thandiwe⟧, I can see both charges, refunding the second one now. Please don't post full card numbers here, I'll mask it.
""")
D("nl", "case-note", ["ethnicity", "health"], """
Telefoonnotitie 09-03 – ⟦P|Gino Martis⟧ (Antilliaanse vader, woont in Willemstad) belde over zijn zoon ⟦P|Jurgen⟧, geboren ⟦D|15 augustus 2008⟧, die sinds januari bij ons in de opvang verblijft. Vader maakt zich zorgen over de insulinepomp van ⟦P|Jurgen⟧ en wil de diabetesverpleegkundige spreken. Terugbellen op ⟦T|+599 9 461 2207⟧.
""")
D("en", "hr-note", [], """
Reference check notes — candidate ⟦P|Aarav Malhotra⟧
Spoke to his former manager ⟦P|Neha Kulkarni⟧ (⟦T|+91 22 6154 8800⟧) on 4 March. Positive about delivery, a bit blunt in meetings. Would rehire. Candidate's date of birth per the application: ⟦D|3rd of March 1991⟧ — needed for the screening vendor only.
""")
D("nl", "table-csv", [], """
Lijst ophaaladressen grofvuil donderdag:
postcode,huisnummer,toevoeging,opmerking
⟦Z|7511 JP⟧,12,,bank en matras
⟦Z|7514 AE⟧,3,a,koelkast
⟦Z|7522 NB⟧,110,,alleen hout
""")
D("en", "email-thread", ["sexual"], """
From: ⟦P|Tom Hendry⟧ <⟦E|tom.hendry@fieldcraft.org⟧>
To: ⟦E|benefits@fieldcraft.org⟧
Subject: adding my husband to the health plan

Hi, I got married last month and would like to add my husband ⟦P|Rafael Duarte⟧ (DOB ⟦D|22/09/1988⟧) to my family cover. Do you need the marriage certificate? Thanks, ⟦P|Tom⟧
""")
D("nl", "chat-teams", [], """
[11:47] ⟦P|Wessel⟧: kan iemand de ⟦V|TLP:RED⟧ melding van het NCSC over die Citrix-kwetsbaarheid doorsturen naar ⟦P|Hilde⟧? niet via mail!
[11:49] ⟦P|Samira⟧: zet ik in de beveiligde map, ⟦P|Hilde⟧ heeft toegang
""")
D("en", "hard-negative", [], """
Quick sanity check for our data-entry training: the sample record uses IBAN GB00 NWBK 6016 1331 9268 19 (wrong check digits on purpose) and BSN 999999991? Are those safe to show on slides?
""")
D("nl", "hard-negative", [], """
Onze nieuwe telefooncentrale heeft toestelnummers van 4 cijfers, en de hoofdnummers van de afdelingen hangen op het prikbord. Hoe maak ik daar een overzichtelijke tabel van in Word?
""")
D("en", "police-report", ["criminal"], """
Witness statement (typed from handwritten notes)
I, ⟦P|Margaret Ellison⟧, of ⟦A|7 Rosebery Avenue, Cambridge CB1 2LS⟧, saw a man I know as ⟦P|Dean⟧ from the flats kick the door of the corner shop at about 23:15 on 2 March. He got into a blue Vauxhall, reg ⟦K|YX68 BNO⟧. I have given this statement to PC ⟦P|Osei⟧ (collar ⟦N|4471⟧).
""")

# ================================================================ assembler and validator
MARK = re.compile(r"⟦([A-Z]+)\|(.*?)⟧", re.S)
TITLES = ("mevrouw", "mevr", "mw", "dhr", "de heer", "heer", "mr", "mrs", "ms",
          "miss", "dr", "drs", "ir", "prof", "sir", "juf", "meester", "oma", "opa",
          "wethouder", "burgemeester", "minister", "agent")


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9 or re.sub(r"[\d. ]", "", s):
        return False
    return (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if not 13 <= len(d) <= 19 or re.sub(r"[\d -]", "", s):
        return False
    t = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        t += x
    return t % 10 == 0


def assemble(marked):
    out, ents, pos = [], [], 0
    for m in MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        code, val = m.group(1), m.group(2)
        if code not in CODES:
            raise ValueError("unknown code %r in %r" % (code, marked[:60]))
        start = sum(len(x) for x in out)
        out.append(val)
        ents.append({"start": start, "end": start + len(val), "type": CODES[code], "text": val})
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), ents


def build():
    docs = []
    for i, (lang, source, special, marked) in enumerate(DOCS, 1):
        text, ents = assemble(marked)
        docs.append({"id": "x3-%04d" % i, "lang": lang, "text": text, "entities": ents,
                     "special": sorted(set(special)), "source": source})
    return docs


def outside(ents, a, b):
    return all(b <= e["start"] or a >= e["end"] for e in ents)


def validate(docs):
    errs = []
    for d in docs:
        t, ents, did = d["text"], d["entities"], d["id"]
        def err(msg):
            errs.append("%s: %s" % (did, msg))
        if d["lang"] not in ("nl", "en"):
            err("bad lang")
        for c in d["special"]:
            if c not in CATEGORIES:
                err("bad category %s" % c)
        if "⟦" in t or "⟧" in t or "|⟧" in t:
            err("leftover marker")
        last_end = -1
        for e in sorted(ents, key=lambda e: e["start"]):
            s = t[e["start"]:e["end"]]
            if s != e["text"]:
                err("slice mismatch %r" % e["text"])
            if not s or s != s.strip():
                err("outer whitespace in %r" % s)
            if e["start"] < last_end:
                err("overlap at %r" % s)
            last_end = max(last_end, e["end"])
            ty = e["type"]
            if ty == "BSN" and not bsn_ok(s):
                err("bad BSN %r" % s)
            if ty == "IBAN" and not iban_ok(s):
                err("bad IBAN %r" % s)
            if ty == "CREDIT_CARD" and not luhn_ok(s):
                err("bad card %r" % s)
            if ty == "IP_ADDRESS":
                try:
                    ipaddress.ip_address(s)
                except ValueError:
                    err("bad IP %r" % s)
            if ty == "POSTCODE" and not re.fullmatch(r"\d{4} ?[A-Z]{2}", s):
                err("bad postcode %r" % s)
            if ty == "PERSON":
                low = s.lower()
                for ti in TITLES:
                    if low.startswith(ti + " ") or low.startswith(ti + ". "):
                        err("title inside PERSON %r" % s)
            if ty == "EMAIL" and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", s):
                err("bad email %r" % s)
        # unlabelled checksum-valid look-alikes
        for m in re.finditer(r"(?<![\dA-Za-z])(\d{4}\.\d{2}\.\d{3}|\d{3} \d{3} \d{3}|\d{9})(?![\d])", t):
            if bsn_ok(m.group(1)) and outside(ents, m.start(1), m.end(1)):
                err("unlabelled valid BSN-like %r" % m.group(1))
        for m in re.finditer(r"(?<![A-Z0-9])([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)", t):
            if iban_ok(m.group(1)) and outside(ents, m.start(1), m.end(1)):
                err("unlabelled valid IBAN %r" % m.group(1))
        for m in re.finditer(r"(?<![\d])((?:\d[ -]?){12,18}\d)(?![\d])", t):
            g = m.group(1)
            for a in range(len(g)):
                for b in range(len(g), a, -1):
                    sub = g[a:b]
                    if sub[0].isdigit() and sub[-1].isdigit() and luhn_ok(sub) \
                            and outside(ents, m.start(1) + a, m.start(1) + b) \
                            and (a == 0 or not g[a - 1].isdigit()) \
                            and (b == len(g) or not g[b].isdigit()):
                        err("unlabelled Luhn-valid %r" % sub)
    ids = [d["id"] for d in docs]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    return errs


def serialise(docs):
    return "".join(json.dumps(d, ensure_ascii=False, sort_keys=False) + "\n" for d in docs)


def stats(docs):
    from collections import Counter
    ty, sp, lang, src = Counter(), Counter(), Counter(), Counter()
    nopii = 0
    for d in docs:
        lang[d["lang"]] += 1
        src[d["source"]] += 1
        for e in d["entities"]:
            ty[e["type"]] += 1
        for c in d["special"]:
            sp[c] += 1
        if not d["entities"] and not d["special"]:
            nopii += 1
    n = len(docs)
    print("documents: %d  (nl %d, en %d)" % (n, lang["nl"], lang["en"]))
    print("documents without any span or special category: %d (%.0f %%)" % (nopii, 100.0 * nopii / n))
    print("documents with special categories: %d" % sum(1 for d in docs if d["special"]))
    print("spans: %d" % sum(ty.values()))
    for k in CODES.values():
        print("  %-14s %4d" % (k, ty[k]))
    print("special categories:")
    for k in sorted(CATEGORIES):
        print("  %-12s %4d" % (k, sp[k]))
    print("sources:")
    for k, v in sorted(src.items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %-22s %4d" % (k, v))


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "extra3.jsonl")
    if "--out" in argv:
        out = argv[argv.index("--out") + 1]
    docs = build()
    errs = validate(docs)
    if errs:
        for e in errs:
            print("INVALID", e, file=sys.stderr)
        print("%d problems; nothing written" % len(errs), file=sys.stderr)
        return 1
    data = serialise(docs)
    if "--check-determinism" in argv:
        again = serialise(build())
        if again != data:
            print("INVALID: second build differs", file=sys.stderr)
            return 1
        for seed in ("0", "1", "12345"):
            env = dict(os.environ, PYTHONHASHSEED=seed)
            r = subprocess.run([sys.executable, os.path.abspath(__file__), "--print-hash"],
                               env=env, capture_output=True, text=True, check=True)
            if r.stdout.strip() != hashlib.sha256(data.encode("utf-8")).hexdigest():
                print("INVALID: output differs under PYTHONHASHSEED=%s" % seed, file=sys.stderr)
                return 1
        print("determinism: identical across rebuilds and PYTHONHASHSEED 0/1/12345")
    if "--print-hash" in argv:
        print(hashlib.sha256(data.encode("utf-8")).hexdigest())
        return 0
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    if "--stats" in argv:
        stats(docs)
    print("wrote %d documents to %s (sha256 %s)" % (len(docs), out,
          hashlib.sha256(data.encode("utf-8")).hexdigest()[:16]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
