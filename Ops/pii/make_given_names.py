#!/usr/bin/env python3
"""Generates Sources/TextInference/Redaction/GivenNameExtension.swift: given names from Faker's
person providers (MIT licence, (c) 2012 Daniele Faraglia; https://github.com/joke2k/faker) for the
locales listed in LOCALES and EXTRA_LOCALES below.

Faker's lists are derived from public national name statistics. Only given names are taken (not
surnames: Ops/pii/make_surnames.py generates those with a stricter filter). Names that are also common words are dropped: a name
is kept only if it is at least 3 letters long, is not a stop word (stopwords-iso, MIT) and occurs in
lower case fewer than 2 times in the langid corpora of en de fr es it nl pt; names from EXTRA_LOCALES
must also occur fewer than 3 times in any case there (this drops capitalised nouns and language or
place names such as Tor, Ion, Deus). These data are used only to filter; nothing from them is shipped.

Run (reproducible; pinned Faker version):
  pip download faker==40.54.0 --no-deps -d /tmp/fkwheel && mkdir -p /tmp/fk && cd /tmp/fk && unzip -o /tmp/fkwheel/*.whl
  python3 Ops/pii/make_given_names.py /tmp/fk DATA_DIR > Sources/TextInference/Redaction/GivenNameExtension.swift
  (DATA_DIR: the training-data directory with langid/ and pii/)
"""
import os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import faker_names  # noqa: E402  (the shared helpers next to this script)

faker_root, data_root = sys.argv[1], sys.argv[2]
LOCALES = "en_US en_GB en_IE de_DE de_AT de_CH fr_FR fr_CA es_ES es_MX it_IT nl_NL pt_PT pt_BR".split()
# Locales added in redaction-1.4.0 for customers of other nationalities; their names also pass the
# any-case test below.
EXTRA_LOCALES = "en_IN en_NG pl_PL tr_TR ro_RO sv_SE da_DK no_NO fi_FI hu_HU cs_CZ hr_HR ga_IE".split()
# Locales added in redaction-1.17.0 (session 14) for customers whose families come from North and West Africa,
# Nigeria, Ghana, East and Southern Africa, Pakistan, Vietnam, Indonesia, Latin America, Quebec, Belgium,
# Switzerland, Luxembourg and further European countries (Latin-script lists only). Their names pass the any-case
# test and must not be a surname in any of these locales (a word that is both stays out of the given names). az_AZ is
# left out: its given names include Turkish surnames ("Şahin"), which split "Rukiye Şahin" after a given name.
NEW_LOCALES = ("fr_DZ yo_NG ig_NG ha_NG tw_GH en_KE sw zu_ZA en_PK vi_VN id_ID es_AR es_CL es_CO fr_QC fr_BE "
               "fr_CH nl_BE de_LU de_LI sk_SK sl_SI lt_LT lv_LV et_EE").split()
EXTRA_LOCALES += NEW_LOCALES

stop = faker_names.stop_words(data_root)
lower_counts, all_counts = faker_names.corpus_counts(data_root)

surnames = {part.lower() for locale in LOCALES + EXTRA_LOCALES
            for name in faker_names.faker_names(faker_root, locale, lambda target: target.startswith("last_names"))
            for part in name.split()}

names = set()
for locale in LOCALES + EXTRA_LOCALES:
    extra = locale in EXTRA_LOCALES
    for name in faker_names.faker_names(faker_root, locale, lambda target: target in ("first_names", "first_names_male", "first_names_female")):
        for part in name.split():
            w = part.lower()
            if len(w) < 3 or not re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+)?", w):
                continue
            if w in stop or lower_counts[w] >= 2 or (extra and all_counts[w] >= 3):
                continue
            if locale in NEW_LOCALES and w in surnames:
                continue
            names.add(w)

words = sorted(names)
faker_names.print_swift(faker_root, "make_given_names.py", "Given names", LOCALES + EXTRA_LOCALES, "FirstNameLexicon", "given names", words)
