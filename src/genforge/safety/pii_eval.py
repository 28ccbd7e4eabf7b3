"""A labelled PII set built programmatically, and per-kind precision/recall of ``find_pii``.

Every value is generated as the real thing is (card numbers with a correct Luhn digit,
IBANs with their mod-97 check digits, SSNs in the issued ranges, vendor key formats with
random bodies) and placed in one of many contexts: prose in several languages, code,
config files, logs, e-mail signatures, CSV rows. Hard negatives sit in the same documents:
version numbers, dates, hashes, UUIDs, numeric literals in code, numbers that fail the
checksum, placeholder keys, public keys and certificates. A finding counts when its kind
matches a gold span's and the two overlap by at least half of the longer one.
"""

from __future__ import annotations

import base64
import random
import string
from collections import Counter
from dataclasses import dataclass, field

from genforge.data.pii import KINDS, find_pii, luhn_ok

_FIRST = "anna jean li mohammed sofia yuki olga carlos priya kwame lars chen maria ahmed".split()
_LAST = "smith müller garcia tanaka okafor novak rossi kim dubois singh larsen silva".split()
_WORDS = "acme globex initech umbrella hooli stark wayne tyrell soylent vandelay".split()
_TLDS = "com org net io de fr co.uk com.br ai dev info jp es nl edu gov museum".split()


@dataclass
class Example:
    """One document and its gold spans ``(kind, start, end)``."""

    text: str
    spans: list[tuple[str, int, int]] = field(default_factory=list)


class _Doc:
    """Builds a text piece by piece, recording where each PII value lands."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[tuple[str, int, int]] = []
        self.pos = 0

    def piece(self, text: str, rng: random.Random) -> None:
        """Add a whole piece, separated from the next as text is (space or newline)."""
        self.add(text)
        if not text[-1:].isspace():
            self.add(rng.choice([" ", "\n", ". "]))

    def add(self, text: str, kind: str | None = None) -> _Doc:
        if kind is not None:
            self.spans.append((kind, self.pos, self.pos + len(text)))
        self.parts.append(text)
        self.pos += len(text)
        return self

    def example(self) -> Example:
        return Example("".join(self.parts), self.spans)


# ---------------------------------------------------------------------------- values


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _luhn_complete(prefix_and_body: str) -> str:
    for d in "0123456789":
        if luhn_ok(prefix_and_body + d):
            return prefix_and_body + d
    raise AssertionError("unreachable: one digit always completes Luhn")


def gen_email(rng: random.Random) -> str:
    first, last = rng.choice(_FIRST), rng.choice(_LAST)
    last = last.replace("ü", "u")
    local = rng.choice(
        [
            f"{first}.{last}",
            f"{first[0]}{last}",
            f"{first}_{last}{rng.randint(1, 99)}",
            f"{first}+news",
            f"{last}.{first}",
            first,
        ]
    )
    domain = rng.choice(_WORDS) + rng.choice(["", "-corp", "mail", "-labs"])
    sub = rng.choice(["", "", "mail.", "eu.", "cs."])
    email = f"{local}@{sub}{domain}.{rng.choice(_TLDS)}"
    return email.upper() if rng.random() < 0.05 else email


def gen_phone(rng: random.Random) -> str:
    d = lambda n: _digits(rng, n)
    nanp = f"{rng.randint(2, 9)}{d(2)}"
    exch = f"{rng.randint(2, 9)}{d(2)}"
    forms = [
        f"+1 ({nanp}) {exch}-{d(4)}",
        f"({nanp}) {exch}-{d(4)}",
        f"{nanp}-{exch}-{d(4)}",
        f"1-{nanp}-{exch}-{d(4)}",
        f"+44 20 {d(4)} {d(4)}",
        f"020 {d(4)} {d(4)}",
        f"+44 (0)161 {d(3)} {d(4)}",
        f"+49 30 {d(8)}",
        f"0049 89 {d(3)} {d(4)}",
        f"+33 1 {d(2)} {d(2)} {d(2)} {d(2)}",
        f"01 {d(2)} {d(2)} {d(2)} {d(2)}",
        f"+81 3-{d(4)}-{d(4)}",
        f"090-{d(4)}-{d(4)}",
        f"+91 98{d(3)} {d(5)}",
        f"+86 138 {d(4)} {d(4)}",
        f"+61 2 {d(4)} {d(4)}",
        f"+55 11 9{d(4)}-{d(4)}",
        f"+34 6{d(2)} {d(3)} {d(3)}",
        f"+7 495 {d(3)}-{d(2)}-{d(2)}",
        f"+1{nanp}{exch}{d(4)}",
        f"+39 06 {d(4)} {d(4)}",
        f"{nanp}.{exch}.{d(4)}",
    ]
    return rng.choice(forms)


_CARD_PREFIXES = [
    ("4", 16),
    ("51", 16),
    ("55", 16),
    ("2221", 16),
    ("34", 15),
    ("37", 15),
    ("6011", 16),
    ("65", 16),
    ("3528", 16),
    ("36", 14),
    ("62", 16),
    ("4", 13),
]


def gen_card(rng: random.Random) -> str:
    prefix, length = rng.choice(_CARD_PREFIXES)
    num = _luhn_complete(prefix + _digits(rng, length - len(prefix) - 1))
    style = rng.choice(["plain", " ", "-"])
    if style == "plain":
        return num
    groups = {15: [4, 6, 5], 14: [4, 6, 4], 13: [4, 4, 5]}.get(length, [4] * (length // 4))
    if sum(groups) < length:
        groups.append(length - sum(groups))
    out, i = [], 0
    for g in groups:
        out.append(num[i : i + g])
        i += g
    return style.join(out)


# BBAN layout per country: (letters, digits) or digits only.
_IBAN_FORMS = {
    "DE": (0, 18),
    "GB": (4, 14),
    "FR": (0, 23),
    "ES": (0, 20),
    "NL": (4, 10),
    "IT": (1, 22),
    "CH": (0, 17),
    "BE": (0, 12),
    "PL": (0, 24),
    "NO": (0, 11),
    "SE": (0, 20),
}


def _iban_check(country: str, bban: str) -> str:
    number = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    return f"{98 - int(number) % 97:02d}"


def gen_iban(rng: random.Random, *, valid: bool = True) -> str:
    country = rng.choice(sorted(_IBAN_FORMS))
    letters, digits = _IBAN_FORMS[country]
    bban = _rand(rng, string.ascii_uppercase, letters) + _digits(rng, digits)
    check = _iban_check(country, bban)
    if not valid:
        check = f"{(int(check) + rng.randint(1, 90)) % 97 + 2:02d}"
    iban = country + check + bban
    if rng.random() < 0.5:
        iban = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    return iban


def gen_ip(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.55:
        first = rng.choice([10, 172, 192, 8, 34, 52, 203, 185, rng.randint(11, 223)])
        ip = ".".join(str(x) for x in [first, *(rng.randint(0, 255) for _ in range(3))])
        return ip + (f"/{rng.choice([8, 16, 24, 32])}" if rng.random() < 0.1 else "")
    groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(8)]
    if r < 0.75:
        return ":".join(groups)
    if r < 0.95:
        return (
            f"2001:db8:{groups[2]}::{groups[7]}"
            if rng.random() < 0.5
            else (f"fe80::{groups[4]}:{groups[5]}:{groups[6]}:{groups[7]}")
        )
    return f"::ffff:192.0.2.{rng.randint(1, 254)}"


def gen_national_id(rng: random.Random) -> tuple[str, str]:
    """A national ID and the words that usually introduce it."""
    r = rng.randrange(5)
    if r == 0:
        area = rng.choice([n for n in range(1, 900) if n != 666])
        ssn = f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
        return ssn, rng.choice(["SSN", "Social Security number", "SSN#", "social security no."])
    if r == 1:
        first = rng.choice("ACEHJKLMNPRSTWXY") + rng.choice("ABCEHJKLMNPRSTWXYZ")
        first = "AB" if first in ("GB", "NK", "TN", "ZZ", "BG", "KN", "NT") else first
        nino = f"{first}{_digits(rng, 6)}{rng.choice('ABCD')}"
        if rng.random() < 0.5:
            nino = f"{nino[:2]} {nino[2:4]} {nino[4:6]} {nino[6:8]} {nino[8]}"
        return nino, rng.choice(["National Insurance number", "NI number", "NINO"])
    if r == 2:
        n = rng.randint(10_000_000, 99_999_999)
        return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}", rng.choice(["DNI", "NIF", "documento"])
    if r == 3:
        from genforge.data.pii import verhoeff_ok

        body = str(rng.randint(2, 9)) + _digits(rng, 10)
        full = next(body + d for d in "0123456789" if verhoeff_ok(body + d))
        return f"{full[:4]} {full[4:8]} {full[8:]}", rng.choice(["Aadhaar", "Aadhaar no."])
    body = f"{rng.randint(110000, 659999)}{rng.randint(1950, 2010)}"
    body += f"{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{_digits(rng, 3)}"
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    check = "10X98765432"[sum(int(c) * w for c, w in zip(body, weights)) % 11]
    return body + check, rng.choice(["身份证号", "resident ID", "ID card"])


def _rand(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def gen_api_key(rng: random.Random) -> str:
    an = string.ascii_letters + string.digits
    forms = [
        lambda: "AKIA" + _rand(rng, string.ascii_uppercase + string.digits, 16),
        lambda: "ghp_" + _rand(rng, an, 36),
        lambda: "gho_" + _rand(rng, an, 36),
        lambda: "xoxb-" + _digits(rng, 11) + "-" + _digits(rng, 12) + "-" + _rand(rng, an, 24),
        lambda: "sk_live_" + _rand(rng, an, 24),
        lambda: "sk-proj-" + _rand(rng, an + "_-", 48),
        lambda: "sk-ant-api03-" + _rand(rng, an + "_-", 40),
        lambda: "AIza" + _rand(rng, an + "_-", 35),
        lambda: "hf_" + _rand(rng, string.ascii_letters, 34),
        lambda: "glpat-" + _rand(rng, an + "_-", 20),
        lambda: "npm_" + _rand(rng, an, 36),
        lambda: "eyJhbGciOiJIUzI1NiJ9." + _b64(rng, 30) + "." + _b64(rng, 32),
        lambda: _rand(rng, an, rng.randint(24, 48)),
        lambda: _rand(rng, "0123456789abcdef", rng.choice([32, 40, 64])),
    ]
    return rng.choice(forms)()


def _b64(rng: random.Random, n: int) -> str:
    return base64.urlsafe_b64encode(rng.randbytes(n)).decode().rstrip("=")


def gen_private_key(rng: random.Random) -> str:
    kind = rng.choice(["RSA ", "EC ", "OPENSSH ", "", "ENCRYPTED "])
    body = base64.b64encode(rng.randbytes(rng.randint(120, 400))).decode()
    lines = "\n".join(body[i : i + 64] for i in range(0, len(body), 64))
    return f"-----BEGIN {kind}PRIVATE KEY-----\n{lines}\n-----END {kind}PRIVATE KEY-----"


# ---------------------------------------------------------------------------- contexts

_CONTEXTS = {
    "email": [
        "Contact {v} for details.",
        "Reply-To: {v}\n",
        "Envoyez votre CV à {v} avant lundi.",
        'ADMIN_EMAIL = "{v}"\n',
        "  author_email={v!r},\n",
        "Schreiben Sie an {v}.",
        "-- \nBest,\nJ.\n{v}\n",
        "user,{v},2023-04-01,active\n",
        "[{v}]: login failed\n",
        "请发送邮件至 {v} 。",
        "mailto:{v}",
        "Maintainer: Jane Doe <{v}>\n",
    ],
    "phone": [
        "Call me at {v} tomorrow.",
        "Tel.: {v}\n",
        "Phone: {v}",
        "Mobile {v} (after 6pm)",
        "Rufen Sie uns an: {v}.",
        "Appelez le {v} pour réserver.",
        "電話番号：{v}",
        "contact,{v},NY\n",
        "Support hotline {v} is open 24/7.",
        "WhatsApp: {v}\n",
        "Llámanos al {v}.",
        "Office: {v} (ext. 12)",
    ],
    "credit_card": [
        "Card number: {v}\n",
        "charged to card {v} on Monday",
        "cc={v}&exp=12/27",
        "Visa {v}, exp 08/26, CVV 123",
        "Kartennummer {v}",
        "payment_method: {v}\n",
        "Numéro de carte : {v}",
        "I paid with {v} but got no receipt.",
    ],
    "iban": [
        "IBAN: {v}\n",
        "Please transfer to {v} (BIC DEUTDEFF).",
        "Kontonummer (IBAN) {v}",
        "beneficiary_iban = '{v}'\n",
        "Virement sur le compte {v} avant le 5.",
        "Bank details - {v}",
        "iban,{v},EUR\n",
    ],
    "ip_address": [
        "Connection from {v} refused\n",
        "ssh admin@{v}",
        'HOST = "{v}"\n',
        '{v} - - [10/Oct/2023:13:55:36] "GET / HTTP/1.1" 200',
        "server {v}:8080;\n",
        "Die Adresse {v} ist blockiert.",
        "allow {v};\n",
        "ping {v} failed after 3 tries",
    ],
    "national_id": [
        "{ctx}: {v}\n",
        "My {ctx} is {v}.",
        "{ctx} {v} (verified)",
        "employee,{ctx}={v}\n",
        "Please confirm your {ctx} - {v}.",
        "{ctx}：{v}",
    ],
    "api_key": [
        'OPENAI_API_KEY="{v}"\n',
        "export GITHUB_TOKEN={v}\n",
        "api_key: {v}\n",
        'client = Client(api_key="{v}")\n',
        "Authorization: Bearer {v}\n",
        '"secret": "{v}",\n',
        "aws_secret_access_key = {v}\n",
        "my token is {v} lol",
        "STRIPE_SECRET_KEY={v}\n",
        "headers = {{'X-Api-Key': '{v}'}}\n",
    ],
    "private_key": ["{v}\n", "key.pem:\n{v}\n", 'PRIVATE_KEY = """{v}"""\n'],
}


def _hard_negative(rng: random.Random) -> str:
    """One piece of text that looks like PII to a regex and is not."""
    d = lambda n: _digits(rng, n)
    hexs = lambda n: _rand(rng, "0123456789abcdef", n)
    bad_card = gen_card(rng)
    last = str((int(bad_card[-1]) + rng.randint(1, 9)) % 10)
    version = f"{rng.randint(0, 12)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}"
    options = [
        f"Requires numpy>={version} and Python 3.{rng.randint(8, 13)}.{rng.randint(0, 9)}.\n",
        f"Released v{version}.{rng.randint(1, 9)} on 2024-{rng.randint(1, 12):02d}-"
        f"{rng.randint(1, 28):02d}.\n",
        f"sha256: {hexs(64)}\n",
        f"commit {hexs(40)}\nAuthor: dev\n",
        f"request_id={hexs(8)}-{hexs(4)}-4{hexs(3)}-a{hexs(3)}-{hexs(12)}\n",
        f"MAX_SIZE = {d(rng.randint(9, 16)).lstrip('0') or '7'}\n",
        f"x = np.arange({d(5)}).reshape(-1, {rng.randint(2, 64)})\n",
        f"timestamp: {rng.randint(1_500_000_000, 1_800_000_000)}\n",
        f"Order #{d(8)} shipped {rng.randint(1, 28)}/{rng.randint(1, 12)}/2023.\n",
        f"Total: ${rng.randint(1, 9)},{d(3)}.{d(2)}\n",
        bad_card[:-1] + last + " (test data)\n",
        f"ISBN 978-{rng.randint(0, 9)}-{d(2)}-{d(6)}-{rng.randint(0, 9)}\n",
        f"OID 1.3.6.1.4.1.{d(4)}.{rng.randint(1, 9)}\n",
        f"at {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} UTC\n",
        "for (auto& x : std::vector<int>{1, 2, 3}) {}\n",
        "y = a[::-1]; z = b[::2]\n",
        f"MAC 00:1a:{hexs(2)}:{hexs(2)}:{hexs(2)}:{hexs(2)}\n",
        'api_key = os.environ["OPENAI_API_KEY"]\n',
        "API_KEY=your-api-key-here\n",
        "token: <YOUR_TOKEN>\n",
        "password = settings.DB_PASSWORD\n",
        "-----BEGIN PUBLIC KEY-----\n"
        + base64.b64encode(rng.randbytes(90)).decode()
        + "\n-----END PUBLIC KEY-----\n",
        "-----BEGIN CERTIFICATE-----\n"
        + base64.b64encode(rng.randbytes(90)).decode()
        + "\n-----END CERTIFICATE-----\n",
        "@property\ndef name(self): return self._name\n",
        "out = q@k.transpose(-2, -1)\n",
        "icon@2x.png\n",
        f"port {rng.randint(1024, 65535)} open, pid {d(5)}\n",
        f"Rechnung Nr. {d(10)} vom {rng.randint(1, 28)}.{rng.randint(1, 12)}.2024\n",
        f"IBAN-like code {gen_iban(rng)[:2]}{d(2)}{d(12)} (internal ref)\n",
        f"population grew to {rng.randint(1, 999)} {d(3)} {d(3)} in 2020\n",
        f"coords 4{d(1)}.{d(6)}, -7{d(1)}.{d(6)}\n",
        f"zip 9{d(4)}-{d(4)}\n",
        f"call stack depth {d(3)}, 0x{hexs(8)}\n",
        f"tensor([{d(4)}, {d(4)}, {d(4)}])\n",
        f"{rng.randint(2015, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} "
        f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}\n",
    ]
    return rng.choice(options)


_FILLER = [
    "The meeting moved to Thursday. ",
    "See the attached notes. ",
    "def f(x):\n    return x\n",
    "Thanks again for your help! ",
    "# TODO: clean this up\n",
    "Der Bericht ist fertig. ",
    "Le projet avance bien. ",
    "Status: OK\n",
    "import os\nimport sys\n",
    "请查收。",
]

_MAKERS = {
    "email": gen_email,
    "phone": gen_phone,
    "credit_card": gen_card,
    "iban": gen_iban,
    "ip_address": gen_ip,
    "api_key": gen_api_key,
    "private_key": gen_private_key,
}


def labelled_set(n: int = 2000, seed: int = 0) -> list[Example]:
    """``n`` documents; about two thirds carry one or two PII values, every one carries
    filler and hard negatives. Same ``(n, seed)`` -> same set."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        doc = _Doc()
        pieces = rng.randint(1, 4)
        pii_left = rng.choice([0, 1, 1, 2])
        for _ in range(pieces + pii_left):
            r = rng.random()
            if pii_left and r < 0.5:
                pii_left -= 1
                _add_pii(doc, rng, rng.choice(KINDS))
            elif r < 0.8:
                doc.piece(_hard_negative(rng), rng)
            else:
                doc.piece(rng.choice(_FILLER), rng)
        while pii_left:
            pii_left -= 1
            _add_pii(doc, rng, rng.choice(KINDS))
        out.append(doc.example())
    return out


def _add_pii(doc: _Doc, rng: random.Random, kind: str) -> None:
    template = rng.choice(_CONTEXTS[kind])
    if kind == "national_id":
        value, ctx = gen_national_id(rng)
        template = template.replace("{ctx}", ctx)
    else:
        value = _MAKERS[kind](rng)
    head, tail = template.split("{v!r}" if "{v!r}" in template else "{v}", 1)
    if "{v!r}" in template:
        head, tail = head + "'", "'" + tail
    doc.add(head.replace("{{", "{").replace("}}", "}"))
    doc.add(value, kind)
    doc.piece(tail.replace("{{", "{").replace("}}", "}"), rng)


def _match(pred: tuple[str, int, int], gold: tuple[str, int, int]) -> bool:
    if pred[0] != gold[0]:
        return False
    overlap = min(pred[2], gold[2]) - max(pred[1], gold[1])
    return overlap > 0 and overlap >= 0.5 * max(pred[2] - pred[1], gold[2] - gold[1])


def evaluate(examples: list[Example]) -> dict[str, dict[str, float]]:
    """Per kind: gold, predicted, true positives, precision, recall; plus ``errors``, a few
    missed and false findings for a person to read."""
    tp, n_pred, n_gold = Counter(), Counter(), Counter()
    misses: list[tuple[str, str]] = []
    false: list[tuple[str, str]] = []
    for ex in examples:
        preds = [(f.kind, f.start, f.end) for f in find_pii(ex.text)]
        n_gold.update(k for k, _, _ in ex.spans)
        n_pred.update(k for k, _, _ in preds)
        for p in preds:
            if any(_match(p, g) for g in ex.spans):
                tp[p[0]] += 1
            elif len(false) < 20:
                false.append((p[0], ex.text[p[1] : p[2]]))
        for g in ex.spans:
            if not any(_match(p, g) for p in preds) and len(misses) < 20:
                misses.append((g[0], ex.text[g[1] : g[2]]))
    report: dict = {}
    for kind in KINDS:
        report[kind] = {
            "gold": n_gold[kind],
            "predicted": n_pred[kind],
            "true_positives": tp[kind],
            "precision": tp[kind] / n_pred[kind] if n_pred[kind] else 1.0,
            "recall": tp[kind] / n_gold[kind] if n_gold[kind] else 1.0,
        }
    report["errors"] = {"missed": misses, "false": false}
    return report
