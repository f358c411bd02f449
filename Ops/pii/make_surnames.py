#!/usr/bin/env python3
"""Generates Sources/TextInference/Redaction/SurnameExtension.swift: family names from Faker's person
providers (MIT licence, (c) 2012 Daniele Faraglia; https://github.com/joke2k/faker) for the Latin-script
locales listed in LOCALES below (the seven redaction languages plus the nationalities most often seen
in European and American support traffic).

Faker's lists are derived from public name statistics. Surnames include many common nouns (Baker,
Porta, Rosa, Bianco), so the filter is stricter than for given names: a surname is kept only if it
- is at least 4 letters long and in Latin script;
- is not a stop word (stopwords-iso, MIT) of en de fr es it nl pt, nor a brand (BRANDS below);
- never occurs in lower case in the langid corpora of those seven languages;
- occurs fewer than 3 times in any case there (German nouns such as Zimmer, Buch or König are always
  capitalised, so the lower-case test alone misses them).
The corpora are used only to filter; nothing from them is shipped.

Run (reproducible; pinned Faker version):
  pip download faker==40.54.0 --no-deps -d /tmp/fkwheel && mkdir -p /tmp/fk && cd /tmp/fk && unzip -o /tmp/fkwheel/*.whl
  python3 Ops/pii/make_surnames.py /tmp/fk DATA_DIR > Sources/TextInference/Redaction/SurnameExtension.swift
  (DATA_DIR: the training-data directory with langid/ and pii/)
"""
import os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import faker_names  # noqa: E402  (the shared helpers next to this script)

faker_root, data_root = sys.argv[1], sys.argv[2]
LOCALES = ("en_US en_GB en_IE en_IN en_NG en_NZ de_DE de_AT de_CH fr_FR fr_BE fr_CA fr_CH es_ES es_MX "
           "es_AR es_CL es_CO it_IT nl_NL nl_BE pt_PT pt_BR pl_PL cs_CZ sk_SK hr_HR sl_SI tr_TR ro_RO "
           "hu_HU sv_SE da_DK no_NO fi_FI id_ID ga_IE").split()
# Family names that are better known as brands: a false PERSON there would erase what the text is about.
BRANDS = set("""ferrari porsche ford benz mercedes bosch siemens philips lamborghini bugatti ferrero barilla
lavazza peugeot renault citroën citroen opel audi fiat lancia martini campari bacardi heineken dior chanel
armani gucci prada versace zara nestlé nestle lidl aldi adidas puma nike dell miele braun tesla boeing
kellogg hilton marriott disney walmart""".split())

stop = faker_names.stop_words(data_root)
lower_counts, all_counts = faker_names.corpus_counts(data_root)

LATIN = re.compile(r"[a-zà-ÿāăąćčďđēėęěğīįıķĺľłńņňőœŕřśşšţťūůűųźżžß']+(?:-[a-zà-ÿāăąćčďđēėęěğīįıķĺľłńņňőœŕřśşšţťūůűųźżžß']+)?")
names = set()
used = []
for locale in LOCALES:
    got = faker_names.faker_names(faker_root, locale, lambda target: "last_names" in target)
    if got:
        used.append(locale)
    for name in got:
        for part in name.split():
            w = part.lower()
            if len(w) < 4 or not LATIN.fullmatch(w):
                continue
            if w in stop or w in BRANDS or lower_counts[w] >= 1 or all_counts[w] >= 3:
                continue
            names.add(w)

words = sorted(names)
faker_names.print_swift(faker_root, "make_surnames.py", "Family names", used, "SurnameLexicon", "family names", words)
