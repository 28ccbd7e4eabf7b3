"""Find and redact personal data and secrets in text: regex candidates, then validation.

Every kind is found in two steps: a permissive regular expression proposes candidates and
a validator keeps only those that pass the kind's own check (Luhn for cards, mod 97 for
IBANs, the national ID's check digit or letter, the address parser for IPs, a known vendor
prefix or high entropy next to a secret-looking name for keys). The checks are what keep
the hard negatives out: version numbers, dates, hashes, UUIDs and numeric literals in code
look like PII to a regex but fail the check.

Where candidates of several kinds overlap (a card number also looks like a phone number),
the kind earlier in ``KINDS`` wins, then the longer match. Redaction replaces each finding
with a typed placeholder such as ``<EMAIL>``, so a model trained on the result still sees
that an address stood there.
"""

from __future__ import annotations

import ipaddress
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from genforge.errors import GenforgeError

# Priority order: where findings overlap, the earlier kind wins.
KINDS = (
    "private_key",
    "api_key",
    "email",
    "iban",
    "credit_card",
    "ip_address",
    "national_id",
    "phone",
)
PLACEHOLDERS = {kind: f"<{kind.upper()}>" for kind in KINDS}
_RANK = {kind: i for i, kind in enumerate(KINDS)}


@dataclass(frozen=True)
class Finding:
    """One piece of PII: its kind, its span ``text[start:end]`` and the matched text."""

    kind: str
    start: int
    end: int
    text: str


def check_kinds(kinds: Iterable[str] | None) -> tuple[str, ...]:
    """The kinds to look for (all when None); GenforgeError naming an unknown one."""
    if kinds is None:
        return KINDS
    kinds = tuple(kinds)
    unknown = [k for k in kinds if k not in _RANK]
    if unknown or not kinds:
        raise GenforgeError(
            f"unknown PII kind(s) {unknown or '(none given)'}; choose from {', '.join(KINDS)}"
        )
    return kinds


# ---------------------------------------------------------------------------- validators


def luhn_ok(digits: str) -> bool:
    """The Luhn checksum (cards, Canadian SIN): True if the last digit checks the rest."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def iban_ok(iban: str) -> bool:
    """ISO 13616: the country's length and mod 97 of the rearranged number equal to 1."""
    s = re.sub(r"[\s-]", "", iban).upper()
    if _IBAN_LENGTHS.get(s[:2]) != len(s) or not s[2:4].isdigit() or not s.isalnum():
        return False
    if not 2 <= int(s[2:4]) <= 98:  # check digits are always 02..98
        return False
    rearranged = s[4:] + s[:4]
    number = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(number) % 97 == 1


# Lengths per country (SWIFT's IBAN registry); an unknown country is never an IBAN.
_IBAN_LENGTHS = {
    **dict.fromkeys(["NO"], 15),
    **dict.fromkeys(["BE"], 16),
    **dict.fromkeys(["DK", "FI", "FO", "GL", "NL"], 18),
    **dict.fromkeys(["MK", "SI"], 19),
    **dict.fromkeys(["AT", "BA", "EE", "KZ", "LT", "LU", "XK"], 20),
    **dict.fromkeys(["CH", "HR", "LI", "LV"], 21),
    **dict.fromkeys(["BG", "BH", "CR", "DE", "GB", "GE", "IE", "ME", "RS", "VA"], 22),
    **dict.fromkeys(["AE", "GI", "IL", "IQ", "TL"], 23),
    **dict.fromkeys(["AD", "CZ", "ES", "MD", "PK", "RO", "SA", "SE", "SK", "TN", "VG"], 24),
    **dict.fromkeys(["PT", "ST"], 25),
    **dict.fromkeys(["IS", "TR"], 26),
    **dict.fromkeys(["FR", "GR", "IT", "MC", "MR", "SM"], 27),
    **dict.fromkeys(["AL", "AZ", "BY", "CY", "DO", "GT", "HU", "LB", "PL", "SV"], 28),
    **dict.fromkeys(["BR", "EG", "PS", "QA", "UA"], 29),
    **dict.fromkeys(["JO", "KW", "MU"], 30),
    **dict.fromkeys(["MT", "SC"], 31),
    **dict.fromkeys(["LC"], 32),
}

# Issuer prefixes and lengths: a Luhn-valid number with no issuer is a numeric literal.
_CARD_ISSUERS = (
    (re.compile(r"4"), (13, 16, 19)),  # Visa
    (re.compile(r"5[1-5]|2(?:2[2-9]|[3-6]\d|7[01]|720)"), (16,)),  # Mastercard
    (re.compile(r"3[47]"), (15,)),  # American Express
    (re.compile(r"6(?:011|5|4[4-9])"), (16, 19)),  # Discover
    (re.compile(r"35(?:2[89]|[3-8])"), (16, 19)),  # JCB
    (re.compile(r"3(?:0[0-5]|[689])"), (14, 16, 19)),  # Diners Club
    (re.compile(r"62"), (16, 17, 18, 19)),  # UnionPay
    (re.compile(r"5[06-8]|6\d"), (13, 14, 15, 16, 17, 18, 19)),  # Maestro
)


def card_ok(number: str) -> bool:
    """A payment card number: a known issuer prefix and length, and the Luhn check."""
    digits = re.sub(r"[\s-]", "", number)
    if not digits.isdigit() or not luhn_ok(digits) or len(set(digits)) < 2:
        return False
    return any(p.match(digits) and len(digits) in lengths for p, lengths in _CARD_ISSUERS)


def _verhoeff_tables() -> tuple[list[list[int]], list[list[int]]]:
    # The dihedral group D5 (multiplication d) and the permutation p of Verhoeff's scheme.
    d = [[0] * 10 for _ in range(10)]
    for i in range(10):
        for j in range(10):
            if i < 5 and j < 5:
                d[i][j] = (i + j) % 5
            elif i < 5:
                d[i][j] = 5 + (i + j - 5) % 5
            elif j < 5:
                d[i][j] = 5 + (i - 5 - j) % 5
            else:
                d[i][j] = (i - j) % 5
    base = [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]
    p = [list(range(10)), base]
    for _ in range(6):
        p.append([base[x] for x in p[-1]])
    return d, p


_VD, _VP = _verhoeff_tables()


def verhoeff_ok(digits: str) -> bool:
    """Verhoeff's check (India's Aadhaar): True if the final digit checks the rest."""
    c = 0
    for i, ch in enumerate(reversed(digits)):
        c = _VD[c][_VP[i % 8][ord(ch) - 48]]
    return c == 0


def ssn_ok(area: str, group: str, serial: str) -> bool:
    """US SSN ranges: no 000, 666 or 9xx area, no 00 group, no 0000 serial."""
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def _dni_ok(value: str) -> bool:
    v = re.sub(r"[\s-]", "", value).upper()
    if v[0] in "XYZ":
        v = str("XYZ".index(v[0])) + v[1:]
    return v[:-1].isdigit() and _DNI_LETTERS[int(v[:-1]) % 23] == v[-1]


def _china_id_ok(value: str) -> bool:
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    total = sum(int(c) * w for c, w in zip(value[:17], weights))
    return "10X98765432"[total % 11] == value[17].upper()


def _nir_ok(value: str) -> bool:
    v = re.sub(r"\s", "", value).upper().replace("2A", "19").replace("2B", "18")
    return v.isdigit() and len(v) == 15 and 97 - int(v[:13]) % 97 == int(v[13:])


def shannon_entropy(s: str) -> float:
    """Bits per character of the string's own character distribution."""
    if not s:
        return 0.0
    n = len(s)
    return -sum(c / n * math.log2(c / n) for c in Counter(s).values())


# ---------------------------------------------------------------------------- patterns

_PRIVATE_KEY = re.compile(
    r"-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY(?: BLOCK)?-----"
    r"(?:.*?-----END \1PRIVATE KEY(?: BLOCK)?-----|[A-Za-z0-9+/=:,\-\s]*)",
    re.DOTALL,
)

# Vendor token formats (each vendor documents its own prefix, so these are near certain).
_KEY_PREFIXES = re.compile(
    r"""(?<![A-Za-z0-9_\-])(?:
      (?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA)[0-9A-Z]{16}         # AWS access key id
    | gh[pousr]_[A-Za-z0-9]{36,255}                          # GitHub
    | github_pat_[A-Za-z0-9_]{50,255}
    | glpat-[A-Za-z0-9_\-]{20,}                              # GitLab
    | xox[abposr]-[A-Za-z0-9\-]{10,}                         # Slack
    | (?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{16,}            # Stripe
    | sk-(?:ant-|proj-|svcacct-)?[A-Za-z0-9_\-]{20,}         # OpenAI, Anthropic
    | AIza[0-9A-Za-z_\-]{35}                                 # Google API key
    | ya29\.[0-9A-Za-z_\-]{20,}                              # Google OAuth token
    | hf_[A-Za-z0-9]{30,}                                    # Hugging Face
    | npm_[A-Za-z0-9]{36}                                    # npm
    | pypi-[A-Za-z0-9_\-]{50,}                               # PyPI
    | SG\.[A-Za-z0-9_\-]{16,}\.[A-Za-z0-9_\-]{16,}           # SendGrid
    | (?:SK|AC)[0-9a-f]{32}                                  # Twilio
    | shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}                     # Shopify
    | dop_v1_[a-f0-9]{64}                                    # DigitalOcean
    | key-[0-9a-zA-Z]{32}                                    # Mailgun
    | eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}  # JWT
    )(?![A-Za-z0-9_\-])""",
    re.VERBOSE,
)

# A secret-looking name, then an assignment or "is", then the value. The name may sit inside
# a longer identifier (OPENAI_API_KEY, aws_secret_access_key, X-Auth-Token).
_KEY_CONTEXT = re.compile(
    r"""(?ix)
    (?:api[_\-\s]?key|apikey|secret|access[_\-\s]?key|auth[_\-\s]?token|access[_\-\s]?token
      |refresh[_\-\s]?token|token|client[_\-\s]?secret|private[_\-\s]?key
      |password|passwd|credentials?|signing[_\-\s]?key|\bkey)
    (?:[A-Za-z0-9_]|-(?=[A-Za-z0-9]))*["']?\]?[ \t]*
    (?:[:=]|=>|:=|[ \t](?:is|was)[ \t])[ \t]*["'`]?
    (?P<value>[A-Za-z0-9_\-+/=.~]{16,512})
    |\bbearer[ \t]+(?P<bearer>[A-Za-z0-9_\-+/=.~]{16,512})
    """
)
_PLACEHOLDER_VALUE = re.compile(
    r"(?i)x{4,}|your|example|placeholder|changeme|dummy|redacted|sample|\*{3}|\.{3}|"
    r"environ|getenv|process\.env|settings\.|config\.|^[a-z_.]+$|^[A-Z_.]+$"
)

# [^\W_] is any Unicode letter or digit: internationalised addresses (RFC 6531, "müller@
# bücher.example") are addresses too; a punycode TLD is "xn--" and letters/digits.
_EMAIL = re.compile(
    r"(?<![\w.+\-@])[^\W_](?:[\w.%+\-']{0,62}[\w%+\-])?"
    r"@((?:[^\W_](?:[\w\-]{0,61}[^\W_])?\.)+([^\W\d_]{2,24}|xn--[a-z0-9\-]{2,59}))(?![\w\-@])"
)
# "jane [at] example [dot] com", as people write addresses to keep scrapers off.
_EMAIL_SPELLED = re.compile(
    r"(?i)(?<![\w.])[a-z0-9][a-z0-9._+\-]*\s*[\[(<{]\s*at\s*[\])>}]\s*[a-z0-9\-]+"
    r"(?:\s*[\[(<{]\s*dot\s*[\])>}]\s*[a-z0-9\-]+)+"
)
# Top-level domains that are also file extensions or attribute names in code (q@k.transpose,
# icon@2x.png) are rejected unless they are real common TLDs.
_CODE_TLDS = frozenset(
    "png jpg jpeg gif svg webp bmp ico py pyc js ts jsx tsx css scss html htm json yaml yml "
    "toml txt md rst csv tsv xml pdf zip gz tar so dll exe lock log ini cfg conf bak tmp "
    "transpose reshape shape weight bias data item items values keys get append view size "
    "numpy cuda float half mean sum max min copy clone tolist split join format strip".split()
)

_IBAN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?:[ \-]?[A-Za-z0-9]){11,30}(?![A-Za-z0-9])")
_CARD = re.compile(r"(?<![\d.\-/])\d(?:[ \-]?\d){11,18}(?![\d\-/]|\.\d)")

_IPV4 = re.compile(
    r"(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
    r"(?:/\d{1,2})?(?![\w.]*\d)(?!\.\w)"
)
_IPV6 = re.compile(r"(?<![\w:.])[0-9A-Fa-f:]*:[0-9A-Fa-f:]*(?:\d{1,3}(?:\.\d{1,3}){3})?(?![\w:])")
_VERSION_BEFORE = re.compile(r"(?i)(?:\bv(?:ersion)?\s*|==|>=|<=|~=|\bpython\s*|\brelease\s*)$")
# Four-part numbers near these words are versions or document sections, not hosts.
_NOT_HOST_CONTEXT = re.compile(r"(?i)version|section|\bsec\.|chapter|release|\brfc\b|§")

_SSN = re.compile(r"(?<![\d\-])(\d{3})([\- ])(\d{2})\2(\d{4})(?![\d\-])")
_SSN_PLAIN = re.compile(r"(?<![\d\-])(\d{3})(\d{2})(\d{4})(?![\d\-])")
_SSN_CONTEXT = re.compile(r"(?i)\b(?:ssn|ss#|social[\s\-]security|sozialversicherung)")
_NINO = re.compile(
    r"(?<![A-Za-z0-9])(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
    r" ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![A-Za-z0-9])"
)
_DNI = re.compile(r"(?<![A-Za-z0-9\-.])(?:\d{8}|[XYZ]\d{7})-?[A-Z](?![A-Za-z0-9\-+])")
_AADHAAR = re.compile(r"(?<![\d\-])(?<!\d )[2-9]\d{3}([ \-])\d{4}\1\d{4}(?![\d\-]|[ \-]\d)")
_CHINA_ID = re.compile(
    r"(?<![\dA-Za-z])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}"
    r"[\dXx](?![\dA-Za-z])"
)
_NIR = re.compile(
    r"(?<!\d)[12] ?\d{2} ?(?:0[1-9]|1[0-2]|[2-9]\d) ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}(?!\d)"
)
_SIN = re.compile(r"(?<![\d\-])(?<!\d )\d{3}([ \-])\d{3}\1\d{3}(?![\d\-]|[ \-]\d)")
_SIN_CONTEXT = re.compile(r"(?i)\b(?:sin|social insurance|num[ée]ro d'assurance sociale|nas)\b")

_PHONE = re.compile(
    r"""(?<![\w+.\-/:\#])(?:
      (?:\+|\b00)\d{1,3}[ \t.\-]?(?:\(\d{1,4}\)[ \t.\-]?)?\d{1,5}(?:[ \t.\-]?\d{1,5}){0,5}
    | \(\d{2,5}\)[ \t.\-]?\d{2,5}(?:[ \t.\-]\d{2,5}){0,3}
    | \d{1,5}(?:[ \t.\-]\d{2,5}){1,5}
    | 0\d{2,4}[ \t.\-]\d{6}
    | \d{7,15}
    )(?![\w\-]|\.\d)""",
    re.VERBOSE,
)
_PHONE_CONTEXT = re.compile(
    r"(?i)(?:\b(?:phone|tel|telephone|call|mobile|cell|fax|whatsapp|sms|text me|ring|"
    r"contact|reach|dial|hotline|telefon|téléphone|teléfono|telefone|telefono|tél|móvil|"
    r"handy|portable|cellulare|номер|телефон)\b|电话|電話|手机|携帯|전화|هاتف)"
)
_CARD_CONTEXT = re.compile(
    r"(?i)(?:card|visa|master|amex|cc\b|cc=|payment|paid|pay\b|charge|billing|purchase|"
    r"karte|carte|tarjeta|cartão|carta|卡|カード)"
)
_NANP = re.compile(r"^(?:1[\s.\-]?)?\(?[2-9]\d{2}\)?[\s.\-]?[2-9]\d{2}[\s.\-]\d{4}$")
_DATE_START = re.compile(r"^(?:19|20)\d{2}[\-./](?:0?[1-9]|1[0-2])[\-./](?:0?[1-9]|[12]\d|3[01])\b")
_DATE_LIKE = re.compile(
    r"^(?:(?:19|20)\d{2}[\-./ ](?:0?[1-9]|1[0-2])[\-./ ](?:0?[1-9]|[12]\d|3[01])"
    r"|(?:0?[1-9]|[12]\d|3[01])[\-./ ](?:0?[1-9]|1[0-2])[\-./ ](?:19|20)?\d{2}"
    r"|(?:0?[1-9]|1[0-2])[\-./ ](?:0?[1-9]|[12]\d|3[01])[\-./ ](?:19|20)?\d{2})$"
)


def _before(text: str, start: int, n: int = 40) -> str:
    return text[max(0, start - n) : start]


# ---------------------------------------------------------------------------- finders


def _find_private_keys(text: str) -> Iterable[tuple[int, int]]:
    if "PRIVATE KEY" not in text:
        return
    for m in _PRIVATE_KEY.finditer(text):
        yield m.start(), m.end() - (len(m.group(0)) - len(m.group(0).rstrip()))


def _find_api_keys(text: str) -> Iterable[tuple[int, int]]:
    for m in _KEY_PREFIXES.finditer(text):
        yield m.span()
    for m in _KEY_CONTEXT.finditer(text):
        group = "value" if m.group("value") else "bearer"
        value = m.group(group).rstrip(".")
        if _secret_value_ok(value):
            yield m.start(group), m.start(group) + len(value)


def _secret_value_ok(value: str) -> bool:
    if len(value) < 16 or _PLACEHOLDER_VALUE.search(value):
        return False
    classes = sum(bool(re.search(p, value)) for p in (r"[a-z]", r"[A-Z]", r"\d", r"[_\-+/=.~]"))
    if not re.search(r"\d", value) or not re.search(r"[A-Za-z]", value) or classes < 2:
        return False
    # A file path or dotted name is not a key; a long random string is.
    if value.count("/") >= 2 and not re.search(r"[A-Z].*\d|\d.*[A-Z]", value):
        return False
    return shannon_entropy(value) >= 3.0


def _find_emails(text: str) -> Iterable[tuple[int, int]]:
    if "@" in text:
        for m in _EMAIL.finditer(text):
            tld = m.group(2).lower()
            if tld in _CODE_TLDS:
                continue
            yield m.span()
    low = text.lower()
    if "at" in low and "dot" in low:
        for m in _EMAIL_SPELLED.finditer(text):
            yield m.span()


def _find_ibans(text: str) -> Iterable[tuple[int, int]]:
    for m in _IBAN.finditer(text):
        s = m.group(0)
        # Trailing letters or digit groups may belong to the next word; try shorter cuts.
        for end in range(len(s), 14, -1):
            if s[end - 1] in " -":
                continue
            if iban_ok(s[:end]):
                yield m.start(), m.start() + end
                break


def _find_cards(text: str) -> Iterable[tuple[int, int]]:
    for m in _CARD.finditer(text):
        s = m.group(0)
        groups = re.split(r"[ \-]", s)
        seps = set(re.findall(r"[ \-]", s))
        # Separated numbers are grouped as cards print them (4-4-4-4, 4-6-5, ...; a 14- or
        # 19-digit number in fours ends with a shorter group: 4-4-4-2, 4-4-4-4-3).
        fours = all(len(g) == 4 for g in groups[:-1]) and len(groups[-1]) >= 2
        if len(seps) > 1 or (seps and not fours and not all(3 <= len(g) <= 6 for g in groups)):
            continue
        # A bare digit run is as likely a numeric literal: it needs a word or a quote.
        line = _before(text, m.start(), 30).rsplit("\n", 1)[-1]
        if card_ok(s) and (seps or (line[-1:] in "\"'" and line) or _CARD_CONTEXT.search(line)):
            yield m.span()


def _find_ips(text: str) -> Iterable[tuple[int, int]]:
    if "." in text:
        for m in _IPV4.finditer(text):
            if _VERSION_BEFORE.search(_before(text, m.start(), 12)):
                continue
            if _NOT_HOST_CONTEXT.search(_before(text, m.start(), 40).rsplit("\n", 1)[-1]):
                continue
            yield m.span()
    if "::" in text or text.count(":") >= 7:
        for m in _IPV6.finditer(text):
            s = _ipv6_prefix(m.group(0))
            if s is None:
                continue
            groups = [g for g in s.split(":") if g]
            # "::1" and bare "a::b" also appear as slices and C++ scopes: require substance.
            if len(groups) >= 3 or (s in ("::1", "::") and _before(text, m.start(), 1) != "["):
                if s != "::":
                    yield m.span()


def _ipv6_prefix(s: str) -> str | None:
    """``s``, or ``s`` less a trailing ``:port``, if that is an IPv6 address."""
    for cand in (s, s.rsplit(":", 1)[0]):
        try:
            ipaddress.IPv6Address(cand)
        except ValueError:
            continue
        return cand
    return None


def _find_national_ids(text: str) -> Iterable[tuple[int, int]]:
    for m in _SSN.finditer(text):
        if ssn_ok(m.group(1), m.group(3), m.group(4)):
            # Space-separated, it could be anything: require the word near it.
            if m.group(2) == "-" or _SSN_CONTEXT.search(_before(text, m.start())):
                yield m.span()
    for m in _SSN_PLAIN.finditer(text):
        if ssn_ok(*m.groups()) and _SSN_CONTEXT.search(_before(text, m.start())):
            yield m.span()
    for m in _NINO.finditer(text):
        yield m.span()
    for m in _DNI.finditer(text):
        if _dni_ok(m.group(0)):
            yield m.span()
    for m in _AADHAAR.finditer(text):
        if verhoeff_ok(re.sub(r"\D", "", m.group(0))):
            yield m.span()
    for m in _CHINA_ID.finditer(text):
        if _china_id_ok(m.group(0)):
            yield m.span()
    for m in _NIR.finditer(text):
        if _nir_ok(m.group(0)):
            yield m.span()
    for m in _SIN.finditer(text):
        if luhn_ok(re.sub(r"\D", "", m.group(0))) and _SIN_CONTEXT.search(_before(text, m.start())):
            yield m.span()


def _find_phones(text: str) -> Iterable[tuple[int, int]]:
    for m in _PHONE.finditer(text):
        s = m.group(0).rstrip(" .-")
        start, end = m.start(), m.start() + len(s)
        if _phone_ok(s, _PHONE_CONTEXT.search(_before(text, start, 24)) is not None):
            yield start, end


def _phone_ok(s: str, context: bool) -> bool:
    digits = re.sub(r"\D", "", s)
    n = len(digits)
    if _DATE_LIKE.match(s) or _DATE_START.match(s) or n > 15 or n < 7:
        return False
    if re.fullmatch(r"\d{5}-\d{4}", s):  # US ZIP+4
        return False
    groups = re.findall(r"\d+", s)
    # A phone number's last group has two digits or more, its digits vary, and it is not a
    # range of years ("1999-2003").
    if len(groups[-1]) < 2 or len(set(digits)) < 3:
        return False
    if re.fullmatch(r"(?:19|20)\d\d\s*[\-–]\s*(?:19|20)\d\d", s):
        return False
    separated = bool(re.search(r"[\s.\-()]", s))
    if s.startswith("+"):
        return n >= 8 and s[1] != "0"  # no country code starts with 0
    if s.startswith("00") and separated:
        return n >= 10
    if _NANP.match(s) or s.startswith("("):
        return 10 <= n <= 11 or context
    # "020 7946 0958", "01 23 45 67 89", "030-1234567": a national trunk prefix 0.
    if s.startswith("0") and not s.startswith("00") and separated and 9 <= n <= 12:
        return len(set(digits)) > 2
    return context and (separated or n >= 8)


_FINDERS: dict[str, Callable[[str], Iterable[tuple[int, int]]]] = {
    "private_key": _find_private_keys,
    "api_key": _find_api_keys,
    "email": _find_emails,
    "iban": _find_ibans,
    "credit_card": _find_cards,
    "ip_address": _find_ips,
    "national_id": _find_national_ids,
    "phone": _find_phones,
}


def find_pii(text: str, kinds: Iterable[str] | None = None) -> list[Finding]:
    """Every finding in ``text``, non-overlapping, in text order.

    ``kinds`` restricts the search (default: all of ``KINDS``). Overlaps go to the kind
    earlier in ``KINDS``, then to the longer span.
    """
    if not isinstance(text, str):
        raise GenforgeError(f"PII scan needs text (str), got {type(text).__name__}")
    wanted = check_kinds(kinds)
    cands = [(k, s, e) for k in wanted for s, e in _FINDERS[k](text) if e > s]
    cands.sort(key=lambda c: (_RANK[c[0]], c[1] - c[2], c[1]))
    taken: list[tuple[int, int]] = []
    out: list[Finding] = []
    for kind, s, e in cands:
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        out.append(Finding(kind, s, e, text[s:e]))
    out.sort(key=lambda f: f.start)
    return out


def redact(text: str, kinds: Iterable[str] | None = None) -> tuple[str, Counter]:
    """``text`` with each finding replaced by its placeholder (``<EMAIL>``, ...) and the
    count of findings per kind."""
    findings = find_pii(text, kinds)
    parts: list[str] = []
    pos = 0
    for f in findings:
        parts += [text[pos : f.start], PLACEHOLDERS[f.kind]]
        pos = f.end
    parts.append(text[pos:])
    return "".join(parts), Counter(f.kind for f in findings)


class StreamRedactor:
    """Redacts a text that arrives in pieces (a streamed answer) as :func:`redact` would
    redact the whole: ``push(piece)`` returns the redacted text that is safe to send now,
    ``flush()`` the rest at the end.

    It holds back the last ``HOLD`` characters (rounded back to a word boundary), so a
    finding that is still arriving - a card number in groups, an e-mail address, an IBAN
    with spaces - is never sent in part; a finding that straddles the cut moves the cut to
    its start, and an open private-key block is held until its END line. The text already
    sent keeps a short tail as context for the detectors that look behind a number ("SSN").
    The cost is latency: the stream runs ``HOLD`` characters (about 15 tokens) behind.
    """

    HOLD = 64
    CONTEXT = 48

    def __init__(self, kinds: Iterable[str] | None = None) -> None:
        self.kinds = check_kinds(kinds)
        self._buf = ""
        self._sent = ""  # tail of the raw text already released, for look-behind context

    def push(self, piece: str) -> str:
        self._buf += piece
        return self._release(final=False)

    def flush(self) -> str:
        return self._release(final=True)

    def _release(self, final: bool) -> str:
        buf = self._buf
        ctx = self._sent[-self.CONTEXT :]
        found = find_pii(ctx + buf, self.kinds)
        cut = len(buf)
        if not final:
            cut = len(buf) - self.HOLD
            key = buf.find("-----BEGIN")
            if key >= 0 and "-----END" not in buf[key:]:
                cut = min(cut, key)
            cut = max(buf.rfind(" ", 0, cut), buf.rfind("\n", 0, cut)) + 1 if cut > 0 else 0
            for f in found:
                s, e = f.start - len(ctx), f.end - len(ctx)
                if s < cut < e:
                    cut = max(s, 0)
        if cut <= 0:
            return ""
        parts, pos = [], 0
        for f in found:
            s, e = f.start - len(ctx), f.end - len(ctx)
            if s >= cut or e <= 0:
                continue
            parts += [buf[pos : max(s, 0)], PLACEHOLDERS[f.kind]]
            pos = e
        parts.append(buf[pos:cut])
        self._sent = (self._sent + buf[:cut])[-self.CONTEXT :]
        self._buf = buf[cut:]
        return "".join(parts)


def mask(value: str) -> str:
    """A finding shown in a report without revealing it: first and last two characters."""
    if len(value) <= 6:
        return "*" * len(value)
    return f"{value[:2]}{'*' * (len(value) - 4)}{value[-2:]}"


PII_MODES = ("off", "report", "redact", "drop")


class PiiScrubber:
    """The data pipeline's PII stage: count findings, and redact or drop as ``mode`` says.

    ``process(text)`` returns the text to keep (redacted in ``redact`` mode) or None when
    ``drop`` mode drops the document; ``report()`` gives the counts for the dataset card.
    """

    def __init__(self, mode: str = "report", kinds: Iterable[str] | None = None) -> None:
        if mode not in PII_MODES:
            raise GenforgeError(f"pii mode must be one of {', '.join(PII_MODES)}, got {mode!r}")
        self.mode = mode
        self.kinds = check_kinds(kinds)
        self.counts: Counter = Counter()
        self.documents = 0
        self.documents_with_pii = 0

    def process(self, text: str) -> str | None:
        self.documents += 1
        if self.mode == "off":
            return text
        findings = find_pii(text, self.kinds)
        if not findings:
            return text
        self.documents_with_pii += 1
        self.counts.update(f.kind for f in findings)
        if self.mode == "drop":
            return None
        if self.mode == "redact":
            return redact(text, self.kinds)[0]
        return text

    def report(self) -> dict:
        return {
            "mode": self.mode,
            "documents_scanned": self.documents,
            "documents_with_pii": self.documents_with_pii,
            "findings": {k: self.counts[k] for k in self.kinds},
            "placeholders": {k: PLACEHOLDERS[k] for k in self.kinds},
        }
