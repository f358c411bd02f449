#!/usr/bin/env python3
"""Generates Topics/samples/pii_golden.jsonl, the synthetic PII golden set (all values fake).

Each line: {"id", "language", "split", "text", "entities": [{type, start, end}],
"negatives": [{kind, start, end}]}; offsets count Unicode scalars (Python str indices).
Templates with an odd index per language form the "holdout" split (never looked at while
tuning recognizers); even ones form "dev". Run: python3 Ops/make_pii_golden.py > Topics/samples/pii_golden.jsonl
"""
import json, random, re, string, uuid

R = random.Random(20261127)

def luhn_complete(payload):
    digits = [int(c) for c in payload]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        total += d
    return payload + str((10 - total % 10) % 10)

def card():
    prefix, length, groups = R.choice([
        ("4", 16, [4, 4, 4, 4]), ("51", 16, [4, 4, 4, 4]), ("55", 16, [4, 4, 4, 4]), ("2221", 16, [4, 4, 4, 4]),
        ("2720", 16, [4, 4, 4, 4]), ("37", 15, [4, 6, 5]), ("6011", 16, [4, 4, 4, 4]), ("3528", 16, [4, 4, 4, 4]),
        ("6759", 19, [4, 4, 4, 4, 3])])
    number = luhn_complete(prefix + "".join(R.choice(string.digits) for _ in range(length - len(prefix) - 1)))
    sep = R.choice([" ", "-", "", " "])
    if sep == "": return number
    out, i = [], 0
    for g in groups:
        out.append(number[i:i + g]); i += g
    return sep.join(out)

def bad_luhn():
    n = luhn_complete("4" + "".join(R.choice(string.digits) for _ in range(14)))
    wrong = str((int(n[-1]) + R.randint(1, 9)) % 10)
    n = n[:-1] + wrong
    return " ".join(n[i:i + 4] for i in range(0, 16, 4))

IBAN_LEN = {"DE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "PT": 25, "GB": 22, "BE": 16, "AT": 20}

def iban(country):
    n = IBAN_LEN[country]
    if country == "NL":
        bban = "".join(R.choice(string.ascii_uppercase) for _ in range(4)) + "".join(R.choice(string.digits) for _ in range(10))
    elif country == "GB":
        bban = "".join(R.choice(string.ascii_uppercase) for _ in range(4)) + "".join(R.choice(string.digits) for _ in range(14))
    elif country == "IT":
        bban = R.choice(string.ascii_uppercase) + "".join(R.choice(string.digits) for _ in range(22))
    else:
        bban = "".join(R.choice(string.digits) for _ in range(n - 4))
    rearranged = bban + country + "00"
    numeric = int("".join(str(int(c, 36)) for c in rearranged))
    check = 98 - numeric % 97
    code = country + "%02d" % check + bban
    if R.random() < 0.6:
        return " ".join(code[i:i + 4] for i in range(0, len(code), 4))
    return code

PHONES = {
    "en": [lambda: "+1 (%d) 555-%04d" % (R.choice([415, 212, 646, 312]), R.randint(100, 9999)),
           lambda: "(%d) 555-%04d" % (R.choice([415, 617, 303]), R.randint(100, 9999)),
           lambda: "+44 7700 9%05d" % R.randint(0, 99999), lambda: "07700 9%05d" % R.randint(0, 99999),
           lambda: "+61 4%02d %03d %03d" % (R.randint(0, 99), R.randint(0, 999), R.randint(0, 999)),
           lambda: "+353 87 %03d %04d" % (R.randint(100, 999), R.randint(0, 9999))],
    "de": [lambda: "+49 151 %08d" % R.randint(10000000, 99999999), lambda: "030 %08d" % R.randint(10000000, 99999999),
           lambda: "0049 89 %07d" % R.randint(1000000, 9999999), lambda: "+43 664 %07d" % R.randint(1000000, 9999999),
           lambda: "+41 44 %03d %02d %02d" % (R.randint(100, 999), R.randint(0, 99), R.randint(0, 99))],
    "fr": [lambda: "06 %02d %02d %02d %02d" % tuple(R.randint(10, 99) for _ in range(4)),
           lambda: "+33 6 %02d %02d %02d %02d" % tuple(R.randint(10, 99) for _ in range(4)),
           lambda: "01 %02d %02d %02d %02d" % tuple(R.randint(10, 99) for _ in range(4)),
           lambda: "+32 2 %03d %02d %02d" % (R.randint(100, 999), R.randint(10, 99), R.randint(10, 99))],
    "es": [lambda: "6%02d %02d %02d %02d" % tuple(R.randint(10, 99) for _ in range(4)),
           lambda: "+34 6%02d %03d %03d" % (R.randint(10, 99), R.randint(100, 999), R.randint(100, 999)),
           lambda: "+54 9 11 %04d-%04d" % (R.randint(1000, 9999), R.randint(1000, 9999))],
    "it": [lambda: "+39 3%02d %03d %04d" % (R.randint(20, 99), R.randint(100, 999), R.randint(1000, 9999)),
           lambda: "3%02d %03d %04d" % (R.randint(20, 99), R.randint(100, 999), R.randint(1000, 9999)),
           lambda: "06 %04d %04d" % (R.randint(1000, 9999), R.randint(1000, 9999))],
    "nl": [lambda: "06-%08d" % R.randint(10000000, 99999999), lambda: "+31 6 %08d" % R.randint(10000000, 99999999),
           lambda: "020 %03d %04d" % (R.randint(100, 999), R.randint(1000, 9999))],
    "pt": [lambda: "+351 91%d %03d %03d" % (R.randint(0, 9), R.randint(100, 999), R.randint(100, 999)),
           lambda: "(11) 9%04d-%04d" % (R.randint(1000, 9999), R.randint(1000, 9999)),
           lambda: "+55 21 9%04d-%04d" % (R.randint(1000, 9999), R.randint(1000, 9999))],
}

NAMES = {
    "en": (["James", "Emily", "Oliver", "Sophie", "Daniel", "Grace", "Michael", "Hannah", "Thomas", "Chloe"],
           ["Walker", "Thompson", "Harris", "Bennett", "Collins", "Murphy", "Hughes", "Turner", "Parker", "Reed"]),
    "de": (["Lukas", "Anna", "Jonas", "Lea", "Felix", "Marie", "Tobias", "Katharina", "Jan", "Sophie"],
           ["Müller", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Schäfer", "Koch", "Richter", "Wolf"]),
    "fr": (["Julien", "Camille", "Léa", "Nicolas", "Chloé", "Antoine", "Manon", "Hugo", "Élodie", "Mathieu"],
           ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Laurent", "Girard", "Roux", "Fournier", "Mercier"]),
    "es": (["Javier", "Lucía", "Carlos", "María", "Pablo", "Carmen", "Alejandro", "Sofía", "Diego", "Elena"],
           ["García", "Martínez", "López", "Sánchez", "Pérez", "Gómez", "Fernández", "Ruiz", "Díaz", "Moreno"]),
    "it": (["Marco", "Giulia", "Luca", "Francesca", "Alessandro", "Chiara", "Matteo", "Sara", "Davide", "Elena"],
           ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco"]),
    "nl": (["Daan", "Emma", "Sem", "Julia", "Lars", "Sanne", "Thijs", "Lotte", "Bram", "Fleur"],
           ["de Jong", "Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder"]),
    "pt": (["João", "Ana", "Pedro", "Beatriz", "Rafael", "Mariana", "Tiago", "Inês", "Lucas", "Carolina"],
           ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Sousa", "Almeida"]),
}

def person(lang, lower=False):
    first, last = NAMES[lang]
    name = R.choice(first) + " " + R.choice(last)
    return name.lower() if lower else name

def first_name(lang):
    return R.choice(NAMES[lang][0])

def email(lang):
    first, last = NAMES[lang]
    strip = str.maketrans("äöüéèçñíóúãêâ", "aoueecniouaea")
    local = (R.choice(first) + R.choice([".", "_", ""]) + R.choice(last).replace(" ", "")).lower().translate(strip)
    return local + "@" + R.choice(["example.com", "example.org", "mail.example.net", "example.de", "example.fr"])

STREETS = {
    "en": lambda: "%d %s %s, %s %s" % (R.randint(1, 999), R.choice(["Baker", "Maple", "Oak", "Station", "Church"]),
                                     R.choice(["Street", "Road", "Avenue", "Lane"]), R.choice(["Leeds", "Bristol", "Boston"]),
                                     R.choice(["LS1 4AP", "BS8 1TH", "MA 02118"])),
    "de": lambda: "%s %d, %05d %s" % (R.choice(["Hauptstraße", "Lindenweg", "Bahnhofstraße", "Goethestraße", "Am Markt"]),
                                     R.randint(1, 120), R.randint(10000, 99999), R.choice(["Berlin", "München", "Köln", "Hamburg"])),
    "fr": lambda: "%d %s, %05d %s" % (R.randint(1, 150), R.choice(["rue de la Paix", "avenue Victor Hugo", "boulevard Voltaire", "rue des Lilas"]),
                                     R.randint(10000, 95999), R.choice(["Paris", "Lyon", "Nantes", "Lille"])),
    "es": lambda: "%s %d, %05d %s" % (R.choice(["Calle Mayor", "Avenida de América", "Calle de Alcalá", "Paseo del Prado"]),
                                     R.randint(1, 200), R.randint(10000, 52999), R.choice(["Madrid", "Sevilla", "Valencia", "Bilbao"])),
    "it": lambda: "%s %d, %05d %s" % (R.choice(["Via Roma", "Via Garibaldi", "Corso Italia", "Piazza Dante"]),
                                     R.randint(1, 200), R.randint(10000, 98999), R.choice(["Milano", "Torino", "Bologna", "Napoli"])),
    "nl": lambda: "%s %d, %04d %s %s" % (R.choice(["Kerkstraat", "Dorpsstraat", "Prinsengracht", "Stationsweg"]), R.randint(1, 300),
                                        R.randint(1000, 9999), R.choice(["AB", "KL", "XZ"]), R.choice(["Amsterdam", "Utrecht", "Rotterdam"])),
    "pt": lambda: "%s, %d, %04d-%03d %s" % (R.choice(["Rua Augusta", "Avenida da Liberdade", "Rua das Flores"]), R.randint(1, 300),
                                           R.randint(1000, 4999), R.randint(0, 999), R.choice(["Lisboa", "Porto", "Braga"])),
}

def ipv4():
    return R.choice(["10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
                     "192.168.%d.%d" % (R.randint(0, 255), R.randint(1, 254)), "203.0.113.%d" % R.randint(1, 254)])

def ip():
    if R.random() < 0.7: return ipv4()
    return "2001:db8:%x::%x" % (R.randint(1, 0xffff), R.randint(1, 0xffff))

def ssn():
    area = R.choice([a for a in range(1, 900) if a != 666 and a < 900])
    return "%03d-%02d-%04d" % (area, R.randint(1, 99), R.randint(1, 9999))

def alnum(n, alphabet=string.ascii_letters + string.digits):
    return "".join(R.choice(alphabet) for _ in range(n))

def secret():
    return R.choice([
        lambda: "AKIA" + alnum(16, string.ascii_uppercase + string.digits),
        lambda: "ghp_" + alnum(36),
        lambda: "github_pat_" + alnum(22) + "_" + alnum(59),
        lambda: "sk_live_" + alnum(24), lambda: "sk_test_" + alnum(24), lambda: "rk_live_" + alnum(24),
        lambda: "xoxb-" + "%d-%d-" % (R.randint(10**10, 10**11), R.randint(10**10, 10**11)) + alnum(24),
        lambda: "AIza" + alnum(35, string.ascii_letters + string.digits + "_-"),
        lambda: "sk-proj-" + alnum(48),
        lambda: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + alnum(40) + "." + alnum(43, string.ascii_letters + string.digits + "_-"),
    ])()

def url(lang):
    return R.choice([
        lambda: "https://portal.example.com/users/%s/invoices" % email(lang).split("@")[0],
        lambda: "https://app.example.org/reset-password?token=%s" % alnum(24),
        lambda: "https://shop.example.net/account?email=%s" % email(lang),
        lambda: "https://%s:%s@files.example.com/export.csv" % (first_name(lang).lower(), alnum(10)),
    ])()

DOB_DATE = lambda: R.choice(["%02d/%02d/%d" % (R.randint(1, 28), R.randint(1, 12), R.randint(1950, 2004)),
                             "%02d.%02d.%d" % (R.randint(1, 28), R.randint(1, 12), R.randint(1950, 2004)),
                             "%d-%02d-%02d" % (R.randint(1950, 2004), R.randint(1, 12), R.randint(1, 28))])

NEG = {
    "ORDER": lambda: R.choice(["#%d" % R.randint(1000000, 99999999), "ORD-2024-%06d" % R.randint(0, 999999),
                               "A%09d" % R.randint(0, 999999999), "%d-%07d" % (R.randint(100, 999), R.randint(0, 9999999))]),
    "TRACKING": lambda: R.choice(["1Z%s%010d" % (alnum(6, string.ascii_uppercase + string.digits), R.randint(0, 10**10 - 1)),
                                  "JD%018d" % R.randint(0, 10**18 - 1), "%012d" % R.randint(10**11, 10**12 - 1),
                                  "RR%09dDE" % R.randint(0, 10**9 - 1)]),
    "VERSION": lambda: R.choice(["v%d.%d.%d" % (R.randint(1, 20), R.randint(0, 30), R.randint(0, 99)),
                                 "%d.%d.%d" % (R.randint(1, 20), R.randint(0, 9), R.randint(0, 9)),
                                 "%d.%d.%d.%d" % (R.randint(1, 20), R.randint(0, 9), R.randint(0, 9), R.randint(100, 9999))]),
    "PRICE": lambda: R.choice(["€%d,%02d" % (R.randint(1, 999), R.randint(0, 99)), "$%d,%03d.%02d" % (R.randint(1, 99), R.randint(0, 999), R.randint(0, 99)),
                               "%d.%03d,%02d €" % (R.randint(1, 99), R.randint(0, 999), R.randint(0, 99)), "R$ %d,%02d" % (R.randint(10, 9999), R.randint(0, 99)),
                               "%d,%02d EUR" % (R.randint(1, 9999), R.randint(0, 99))]),
    "UUID": lambda: str(uuid.UUID(int=R.getrandbits(128), version=4)),
    "GITHASH": lambda: R.choice(["%040x" % R.getrandbits(160), "%07x" % R.getrandbits(28)]),
    "TS": lambda: R.choice(["2024-%02d-%02dT%02d:%02d:%02dZ" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)),
                            "2024-%02d-%02d %02d:%02d:%02d" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)),
                            "%d" % R.randint(1700000000, 1730000000)]),
    "LUHN_INVALID": bad_luhn,
}

def value(slot, lang):
    kind, _, arg = slot.partition(":")
    if kind == "PERSON": return person(lang, lower=(arg == "lower"))
    if kind == "FIRST": return first_name(lang)
    if kind == "EMAIL": return email(lang)
    if kind == "PHONE": return R.choice(PHONES[arg or lang])()
    if kind == "CREDIT_CARD": return card()
    if kind == "IBAN": return iban(arg)
    if kind == "IP_ADDRESS": return ip()
    if kind == "US_SSN": return ssn()
    if kind == "SECRET": return secret()
    if kind == "URL": return url(lang)
    if kind == "ADDRESS": return STREETS[lang]()
    if kind == "DATE_OF_BIRTH": return DOB_DATE()
    raise KeyError(slot)

T = {
"en": [
 "Hi, my name is {PERSON} and my card ending was charged twice. Card number {CREDIT_CARD}, order {NEG:ORDER}.",
 "Hello,\nplease update my email to {EMAIL}. The app version is {NEG:VERSION}.\n\nThanks,\n{PERSON}",
 "Name: {PERSON}\nPhone: {PHONE}\nIssue: refund of {NEG:PRICE} not received yet.",
 "I was born on {DATE_OF_BIRTH} and the verification form rejects it. Request id {NEG:UUID}.",
 "hey this is {PERSON:lower}, my package {NEG:TRACKING} never arrived. call me on {PHONE}",
 "Login from {IP_ADDRESS} at {NEG:TS} was not me! My SSN is {US_SSN}, please lock the account.",
 "Our dev pasted the key {SECRET} into the ticket by mistake, commit {NEG:GITHASH}. Please rotate it.",
 "Please send the new card to {ADDRESS}. Reference {NEG:ORDER}.",
 "Transfer to IBAN {IBAN:GB} failed. Amount {NEG:PRICE}. Regards, {PERSON}",
 "The reset link {URL} does not work. I tried card {NEG:LUHN_INVALID} too.",
],
"de": [
 "Hallo, ich heiße {PERSON} und meine Karte {CREDIT_CARD} wurde gesperrt. Bestellung {NEG:ORDER}.",
 "Guten Tag,\nbitte ändern Sie meine E-Mail auf {EMAIL}. App-Version {NEG:VERSION}.\n\nMit freundlichen Grüßen\n{PERSON}",
 "Name: {PERSON}\nTelefon: {PHONE}\nAnliegen: Erstattung über {NEG:PRICE} fehlt.",
 "Ich bin am {DATE_OF_BIRTH} geboren, aber das Formular akzeptiert das Datum nicht. Vorgang {NEG:UUID}.",
 "hi, hier ist {PERSON:lower}, mein paket {NEG:TRACKING} ist nicht angekommen. tel {PHONE}",
 "Die Überweisung auf {IBAN:DE} ist nicht angekommen, Betrag {NEG:PRICE}.",
 "Bitte schicken Sie die neue Karte an {ADDRESS}. Danke!",
 "Anmeldung von {IP_ADDRESS} um {NEG:TS} war nicht ich. Die Nummer {NEG:LUHN_INVALID} ist keine Karte von mir.",
 "Unser Entwickler hat versehentlich den Schlüssel {SECRET} gepostet (Commit {NEG:GITHASH}).",
 "Viele Grüße,\n{PERSON}\nTel.: {PHONE}\nKundennummer {NEG:ORDER}",
],
"fr": [
 "Bonjour, je m'appelle {PERSON} et ma carte {CREDIT_CARD} est bloquée. Commande {NEG:ORDER}.",
 "Bonjour,\nmerci de mettre à jour mon adresse e-mail : {EMAIL}. Version de l'appli {NEG:VERSION}.\n\nCordialement,\n{PERSON}",
 "Nom : {PERSON}\nTéléphone : {PHONE}\nProblème : remboursement de {NEG:PRICE} non reçu.",
 "Je suis né le {DATE_OF_BIRTH} mais le formulaire refuse la date. Dossier {NEG:UUID}.",
 "salut c'est {PERSON:lower}, mon colis {NEG:TRACKING} n'est jamais arrivé. tel {PHONE}",
 "Le virement vers {IBAN:FR} a échoué, montant {NEG:PRICE}.",
 "Merci d'envoyer la nouvelle carte au {ADDRESS}. Le lien {URL} ne marche pas.",
 "Connexion depuis {IP_ADDRESS} le {NEG:TS}, ce n'était pas moi.",
 "Notre développeur a publié la clé {SECRET} par erreur (commit {NEG:GITHASH}).",
 "Bien à vous,\n{PERSON}\nTél. {PHONE}\nRéférence {NEG:ORDER}",
],
"es": [
 "Hola, me llamo {PERSON} y mi tarjeta {CREDIT_CARD} no funciona. Pedido {NEG:ORDER}.",
 "Buenos días,\npor favor actualicen mi correo a {EMAIL}. Versión de la app {NEG:VERSION}.\n\nSaludos,\n{PERSON}",
 "Nombre: {PERSON}\nTeléfono: {PHONE}\nMotivo: no he recibido el reembolso de {NEG:PRICE}.",
 "Mi fecha de nacimiento es {DATE_OF_BIRTH} y el formulario no la acepta. Expediente {NEG:UUID}.",
 "hola soy {PERSON:lower}, mi paquete {NEG:TRACKING} no llegó. mi móvil {PHONE}",
 "La transferencia a {IBAN:ES} falló, importe {NEG:PRICE}.",
 "Envíen la tarjeta nueva a {ADDRESS}, por favor. El número {NEG:LUHN_INVALID} no es mío.",
 "Inicio de sesión desde {IP_ADDRESS} el {NEG:TS}, no fui yo.",
 "Nuestro desarrollador publicó la clave {SECRET} por error (commit {NEG:GITHASH}).",
 "Un saludo,\n{PERSON}\nTel. {PHONE}\nReferencia {NEG:ORDER}",
],
"it": [
 "Buongiorno, mi chiamo {PERSON} e la mia carta {CREDIT_CARD} è bloccata. Ordine {NEG:ORDER}.",
 "Salve,\nvi prego di aggiornare la mia email a {EMAIL}. Versione app {NEG:VERSION}.\n\nCordiali saluti,\n{PERSON}",
 "Nome: {PERSON}\nTelefono: {PHONE}\nProblema: rimborso di {NEG:PRICE} non ricevuto.",
 "Sono nato il {DATE_OF_BIRTH} ma il modulo non accetta la data. Pratica {NEG:UUID}.",
 "ciao sono {PERSON:lower}, il pacco {NEG:TRACKING} non è arrivato. cell {PHONE}",
 "Il bonifico verso {IBAN:IT} non è andato a buon fine, importo {NEG:PRICE}.",
 "Spedite la nuova carta a {ADDRESS}, grazie. Il link {URL} non funziona.",
 "Accesso da {IP_ADDRESS} il {NEG:TS}, non ero io.",
 "Il nostro sviluppatore ha pubblicato la chiave {SECRET} per errore (commit {NEG:GITHASH}).",
 "Grazie mille,\n{PERSON}\nTel. {PHONE}\nRiferimento {NEG:ORDER}",
],
"nl": [
 "Hallo, mijn naam is {PERSON} en mijn pas {CREDIT_CARD} is geblokkeerd. Bestelling {NEG:ORDER}.",
 "Goedemiddag,\nwilt u mijn e-mailadres wijzigen in {EMAIL}? App-versie {NEG:VERSION}.\n\nMet vriendelijke groet,\n{PERSON}",
 "Naam: {PERSON}\nTelefoon: {PHONE}\nVraag: terugbetaling van {NEG:PRICE} niet ontvangen.",
 "Ik ben geboren op {DATE_OF_BIRTH} maar het formulier accepteert de datum niet. Dossier {NEG:UUID}.",
 "hoi met {PERSON:lower}, mijn pakket {NEG:TRACKING} is niet aangekomen. bel {PHONE}",
 "De overboeking naar {IBAN:NL} is mislukt, bedrag {NEG:PRICE}.",
 "Stuur de nieuwe pas naar {ADDRESS} alstublieft.",
 "Inlog vanaf {IP_ADDRESS} op {NEG:TS} was ik niet.",
 "Onze ontwikkelaar heeft per ongeluk de sleutel {SECRET} geplakt (commit {NEG:GITHASH}).",
 "Groetjes,\n{PERSON}\nTel. {PHONE}\nKenmerk {NEG:ORDER}",
],
"pt": [
 "Olá, o meu nome é {PERSON} e o meu cartão {CREDIT_CARD} foi bloqueado. Encomenda {NEG:ORDER}.",
 "Bom dia,\npor favor atualizem o meu e-mail para {EMAIL}. Versão da app {NEG:VERSION}.\n\nCumprimentos,\n{PERSON}",
 "Nome: {PERSON}\nTelefone: {PHONE}\nAssunto: reembolso de {NEG:PRICE} não recebido.",
 "A minha data de nascimento é {DATE_OF_BIRTH} e o formulário não aceita. Processo {NEG:UUID}.",
 "oi aqui é {PERSON:lower}, minha encomenda {NEG:TRACKING} não chegou. meu celular {PHONE}",
 "A transferência para {IBAN:PT} falhou, valor {NEG:PRICE}.",
 "Enviem o novo cartão para {ADDRESS}, obrigado.",
 "Acesso a partir de {IP_ADDRESS} em {NEG:TS}, não fui eu. O link {URL} dá erro.",
 "O nosso programador publicou a chave {SECRET} por engano (commit {NEG:GITHASH}).",
 "Obrigado,\n{PERSON}\nTel. {PHONE}\nReferência {NEG:ORDER}",
],
}

SLOT = re.compile(r"\{([A-Z_]+(?::[A-Za-z_]+)?)\}")

def render(template, lang):
    text, entities, negatives, pos = "", [], [], 0
    for m in SLOT.finditer(template):
        text += template[pos:m.start()]
        slot = m.group(1)
        if slot.startswith("NEG:"):
            v = NEG[slot[4:]]()
            negatives.append({"kind": slot[4:], "start": len(text), "end": len(text) + len(v)})
        else:
            v = value(slot, lang)
            kind = slot.split(":")[0]
            entities.append({"type": "PERSON" if kind == "FIRST" else kind, "start": len(text), "end": len(text) + len(v)})
        text += v
        pos = m.end()
    text += template[pos:]
    return text, entities, negatives

count = 0
for lang, templates in T.items():
    for round_ in range(3):
        for index, template in enumerate(templates):
            text, entities, negatives = render(template, lang)
            count += 1
            print(json.dumps({"id": "g-%s-%03d" % (lang, count), "language": lang,
                              "split": "holdout" if index % 2 else "dev", "text": text,
                              "entities": entities, "negatives": negatives}, ensure_ascii=False))
