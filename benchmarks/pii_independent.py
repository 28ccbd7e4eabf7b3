"""PII detectors on an independent, hand-written set: formats the generator may not make.

Header: these documents were written by hand on 2026-12-04, apart from the generator in
``genforge/safety/pii_eval.py`` and without reading its format lists, to test recall on
real-world spellings: international phone numbers (many countries and groupings), e-mail
addresses with sub-addresses, quoted or internationalised (IDN) parts, card numbers with
spaces and dashes, IBANs printed in groups of four, IPv6 forms, vendor keys in config
lines. Hard negatives (versions, dates, hashes, order numbers, coordinates, ISBNs) sit in
the same documents. Card numbers are well-known test numbers (valid Luhn); IBANs are
the published examples or carry correct check digits. It is measured and reported, never
tuned on: fix a detector for a *kind* of format, then report this set again as it is.

Each document lists its PII values by kind; a value's span is found by string search.

    .venv/bin/python benchmarks/pii_independent.py
"""

from __future__ import annotations

import time

from _output import print_result
from genforge.safety.pii_eval import Example, evaluate

DOCS: list[tuple[str, list[tuple[str, str]]]] = [
    # --- phones, international
    (
        "Call our Paris office on +33 1 42 68 53 00 during business hours.",
        [("phone", "+33 1 42 68 53 00")],
    ),
    (
        "Berlin: +49 30 901820, fax +49 30 9018 2222.",
        [("phone", "+49 30 901820"), ("phone", "+49 30 9018 2222")],
    ),
    ("Tokyo desk +81-3-3581-3111 (9:00-17:00 JST).", [("phone", "+81-3-3581-3111")]),
    ("Mobile (India): +91 98765 43210", [("phone", "+91 98765 43210")]),
    (
        "São Paulo: +55 11 3038-1234; WhatsApp +55 11 99876-5432.",
        [("phone", "+55 11 3038-1234"), ("phone", "+55 11 99876-5432")],
    ),
    (
        "Ring me on 07700 900123 or the landline 020 7946 0018.",
        [("phone", "07700 900123"), ("phone", "020 7946 0018")],
    ),
    (
        "US support: (415) 555-0132, toll free 1-800-555-0199.",
        [("phone", "(415) 555-0132"), ("phone", "1-800-555-0199")],
    ),
    ("Sydney office: +61 2 9374 4000", [("phone", "+61 2 9374 4000")]),
    ("Tel. +34 915 55 55 55 / Madrid", [("phone", "+34 915 55 55 55")]),
    ("Kontakt: 0049 89 123456-78", [("phone", "0049 89 123456-78")]),
    ("Appelez le 01 23 45 67 89 avant midi.", [("phone", "01 23 45 67 89")]),
    ("Phone: +1.212.555.0147", [("phone", "+1.212.555.0147")]),
    ("Nairobi line +254 20 2712345", [("phone", "+254 20 2712345")]),
    ("Call +86 10 6552 9988 for the Beijing team.", [("phone", "+86 10 6552 9988")]),
    # --- e-mails
    (
        "Write to jane.doe+newsletter@example.com to unsubscribe.",
        [("email", "jane.doe+newsletter@example.com")],
    ),
    (
        "Bug reports: dev-team+bugs@lists.example.org",
        [("email", "dev-team+bugs@lists.example.org")],
    ),
    (
        "Kontakt: müller@beispiel.de oder info@bücher.example",
        [("email", "müller@beispiel.de"), ("email", "info@bücher.example")],
    ),
    ("Contact: o'brien@example.ie", [("email", "o'brien@example.ie")]),
    ("Sales: SALES@Example.COM (upper case works too)", [("email", "SALES@Example.COM")]),
    (
        '<a href="mailto:press@news.example.co.jp">press</a>',
        [("email", "press@news.example.co.jp")],
    ),
    ('From: "Li, Wei" <wei.li_2024@mail.example.cn>', [("email", "wei.li_2024@mail.example.cn")]),
    ("user%relay@example.net is an old-style address.", [("email", "user%relay@example.net")]),
    ("Reach x@y.io quickly.", [("email", "x@y.io")]),
    # --- credit cards
    ("Card: 4111 1111 1111 1111, exp 12/28.", [("credit_card", "4111 1111 1111 1111")]),
    ("Pay with 5555-5555-5555-4444 please.", [("credit_card", "5555-5555-5555-4444")]),
    ("Amex 3782 822463 10005 on file.", [("credit_card", "3782 822463 10005")]),
    ("card_number=4012888888881881", [("credit_card", "4012888888881881")]),
    ("Discover: 6011 1111 1111 1117", [("credit_card", "6011 1111 1111 1117")]),
    ("Diners 3056 9309 0259 04 was declined.", [("credit_card", "3056 9309 0259 04")]),
    ("JCB 3530-1113-3330-0000 expired.", [("credit_card", "3530-1113-3330-0000")]),
    # --- IBANs
    ("IBAN: DE89 3704 0044 0532 0130 00", [("iban", "DE89 3704 0044 0532 0130 00")]),
    (
        "Virement sur FR14 2004 1010 0505 0001 3M02 606.",
        [("iban", "FR14 2004 1010 0505 0001 3M02 606")],
    ),
    ("Pay to GB29 NWBK 6016 1331 9268 19 by Friday.", [("iban", "GB29 NWBK 6016 1331 9268 19")]),
    ("iban=NL91ABNA0417164300", [("iban", "NL91ABNA0417164300")]),
    ("Konto CH93 0076 2011 6238 5295 7", [("iban", "CH93 0076 2011 6238 5295 7")]),
    ("IBAN ES91 2100 0418 4502 0005 1332", [("iban", "ES91 2100 0418 4502 0005 1332")]),
    (
        "Bonifico su IT60 X054 2811 1010 0000 0123 456.",
        [("iban", "IT60 X054 2811 1010 0000 0123 456")],
    ),
    # --- IP addresses
    (
        "Server at 192.168.10.24 and backup 10.0.0.7.",
        [("ip_address", "192.168.10.24"), ("ip_address", "10.0.0.7")],
    ),
    ("IPv6: 2001:db8:85a3::8a2e:370:7334", [("ip_address", "2001:db8:85a3::8a2e:370:7334")]),
    (
        "Connect to [fe80::1ff:fe23:4567:890a] on port 22.",
        [("ip_address", "fe80::1ff:fe23:4567:890a")],
    ),
    ("Blocked 203.0.113.195 after 5 failed logins.", [("ip_address", "203.0.113.195")]),
    # --- keys and secrets
    ("export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE", [("api_key", "AKIAIOSFODNN7EXAMPLE")]),
    (
        "token: ghp_16C7e42F292c6912E7710c838347Ae178B4a",
        [("api_key", "ghp_16C7e42F292c6912E7710c838347Ae178B4a")],
    ),
    (
        "SLACK_TOKEN=xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUvWx",
        [("api_key", "xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUvWx")],
    ),
    (
        "stripe key sk_live_4eC39HqLyjWDarjtT1zdp7dc in the old config",
        [("api_key", "sk_live_4eC39HqLyjWDarjtT1zdp7dc")],
    ),
    (
        "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAAB"
        "\nAAAAMwAAAAtzc2gtZWQyNTUxOQAAACBv\n-----END OPENSSH PRIVATE KEY-----",
        [
            (
                "private_key",
                "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9"
                "uZQAAAAAAAAAB\nAAAAMwAAAAtzc2gtZWQyNTUxOQAAACBv\n"
                "-----END OPENSSH PRIVATE KEY-----",
            )
        ],
    ),
    # --- national IDs
    (
        "SSN: 078-05-1120; spouse SSN 536-22-8109.",
        [("national_id", "078-05-1120"), ("national_id", "536-22-8109")],
    ),
    ("National Insurance number QQ 12 34 56 C on the payslip.", [("national_id", "QQ 12 34 56 C")]),
    # --- hard negatives only
    ("Release 2.14.3 (2024-06-01) fixes CVE-2024-3094; build 20240601.1234.", []),
    ("sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", []),
    ("Order #4000-1234-5678 shipped; tracking 1Z999AA10123456784.", []),
    ("Coordinates 48.858370, 2.294481 mark the tower.", []),
    ("ISBN 978-3-16-148410-0, 3rd edition, pages 1024-1056.", []),
    ("for i in range(1000000): total += i * 31 % 65537", []),
    ("uuid = '123e4567-e89b-12d3-a456-426614174000'", []),
    ("The population grew from 8 100 000 to 8 450 000 between 1990 and 2020.", []),
    ("Meeting at 10:30-11:45 in room 3.14; dial-in code 847 2291.", []),
    ("api_key = 'YOUR_API_KEY_HERE'  # replace before running", []),
    ("Version string: v1.2.3-rc.4+build.5678", []),
    ("The IPv4 header is 20 bytes; the checksum field is 16 bits.", []),
]


def examples() -> list[Example]:
    out = []
    for text, values in DOCS:
        spans, pos = [], {}
        for kind, value in values:
            start = text.find(value, pos.get(value, 0))
            assert start >= 0, (value, text)
            pos[value] = start + len(value)
            spans.append((kind, start, start + len(value)))
        out.append(Example(text, spans))
    return out


def main() -> None:
    started = time.perf_counter()
    exs = examples()
    report = evaluate(exs)
    print_result(
        {
            "benchmark": "pii_independent",
            "documents": len(exs),
            "values": sum(len(e.spans) for e in exs),
            "per_kind": report,
            "elapsed_s": round(time.perf_counter() - started, 2),
        },
        None,
    )


if __name__ == "__main__":
    main()
