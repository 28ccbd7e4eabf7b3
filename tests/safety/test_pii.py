"""PII and secrets: per-kind precision/recall on the generated set, hard negatives, redaction,
the data pipeline's --pii modes and the `genforge pii` command."""

from __future__ import annotations

import json

import pytest

from genforge.cli import main
from genforge.data.pii import (
    KINDS,
    PiiScrubber,
    card_ok,
    find_pii,
    iban_ok,
    luhn_ok,
    redact,
    verhoeff_ok,
)
from genforge.data.pipeline import DataConfig, build_dataset
from genforge.errors import GenforgeError
from genforge.safety.pii_eval import evaluate, labelled_set


def test_precision_and_recall_per_kind_on_a_fresh_seed():
    # Seed 7 is never used while tuning (the docs' figure uses seed 0).
    report = evaluate(labelled_set(1500, seed=7))
    for kind in KINDS:
        r = report[kind]
        assert r["gold"] > 100, kind
        assert r["precision"] >= 0.95 and r["recall"] >= 0.95, (kind, r, report["errors"])


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("mail jane.doe+x@mail.example.co.uk today", "email", "jane.doe+x@mail.example.co.uk"),
        ("write to jane [at] example [dot] org", "email", "jane [at] example [dot] org"),
        ("Tel: +44 20 7946 0958.", "phone", "+44 20 7946 0958"),
        ("call (415) 555-0132 now", "phone", "(415) 555-0132"),
        ("Telefon 030 1234 5678", "phone", "030 1234 5678"),
        ("card 4111 1111 1111 1111 exp", "credit_card", "4111 1111 1111 1111"),
        ("IBAN GB82 WEST 1234 5698 7654 32", "iban", "GB82 WEST 1234 5698 7654 32"),
        ("from 203.0.113.7 port", "ip_address", "203.0.113.7"),
        ("host 2001:db8:85a3::8a2e:370:7334 up", "ip_address", "2001:db8:85a3::8a2e:370:7334"),
        ("SSN: 123-45-6789", "national_id", "123-45-6789"),
        ("DNI 12345678Z", "national_id", "12345678Z"),
        ("key AKIAIOSFODNN7EXAMPLF here", "api_key", "AKIAIOSFODNN7EXAMPLF"),
        ('SECRET_KEY = "k3Jd9xQ2mZp7LwR4tY8v"', "api_key", "k3Jd9xQ2mZp7LwR4tY8v"),
    ],
)
def test_finds_each_kind_in_context(text, kind, value):
    found = [(f.kind, f.text) for f in find_pii(text)]
    assert found == [(kind, value)]


@pytest.mark.parametrize(
    "text",
    [
        "pip install numpy==1.26.4.1 (version 2.4.0.1)",
        "__version__ = '0.5.1.2'",
        "see section 8.2.4.44 of the spec",
        "released 2024-03-15, build 20240315",
        "sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "id 123e4567-e89b-12d3-a456-426614174000",
        "x = 4111111111111112  # not Luhn",
        "MAX = 9007199254740993",
        "y = a[::-1]; std::vector<int> v;",
        "api_key = os.environ['OPENAI_API_KEY']",
        "API_KEY=your-api-key-here",
        "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A\n-----END PUBLIC KEY-----",
        "out = q@k.transpose(-2, -1); icon@2x.png",
        "at 12:30:45 on 31.12.2024, zip 94105-1234",
        "IBAN-like DE00123456781234567890 is not valid",
        "Copyright (c) 1999-2003 Steve",
    ],
)
def test_hard_negatives_find_nothing(text):
    assert find_pii(text) == []


def test_checksums_match_their_definitions():
    assert luhn_ok("79927398713") and not luhn_ok("79927398710")  # Luhn's own example
    assert iban_ok("DE89 3704 0044 0532 0130 00") and not iban_ok("DE89 3704 0044 0532 0130 01")
    assert verhoeff_ok("2363") and not verhoeff_ok("2364")  # Verhoeff's worked example
    assert card_ok("378282246310005") and not card_ok("1234567812345670")  # no issuer


def test_redact_uses_typed_placeholders_and_counts():
    text = "mail a.b@example.com or call +1 (415) 555-0132; key ghp_" + "a1B2" * 9
    out, counts = redact(text)
    assert out == "mail <EMAIL> or call <PHONE>; key <API_KEY>"
    assert counts == {"email": 1, "phone": 1, "api_key": 1}
    assert redact(out)[1] == {}  # placeholders are not PII themselves


def test_private_key_block_is_one_finding():
    block = (
        "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\nabc+/=\n-----END RSA PRIVATE KEY-----"
    )
    assert [f.kind for f in find_pii(f"x\n{block}\ny")] == ["private_key"]
    assert redact(block)[0] == "<PRIVATE_KEY>"


def test_unknown_kind_and_bad_mode_are_clear_errors():
    with pytest.raises(GenforgeError, match="unknown PII kind"):
        find_pii("x", kinds=["passport"])
    with pytest.raises(GenforgeError, match="pii mode"):
        PiiScrubber("mask")


def _corpus(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text(
        "".join(f"Line {i}: contact jane.doe@example.com about the notes.\n" for i in range(3))
    )
    (src / "b.txt").write_text("Nothing personal here, only a long enough plain document.\n")
    (src / "c.txt").write_text("Wire the money to DE89 3704 0044 0532 0130 00 by Friday please.\n")
    return src


@pytest.mark.parametrize("mode", ["report", "redact", "drop"])
def test_pipeline_pii_modes(tmp_path, mode):
    cfg = DataConfig(sources=[str(_corpus(tmp_path))], out=str(tmp_path / "ds"), pii=mode)
    card = build_dataset(cfg, progress=False)
    texts = [
        json.loads(line)["text"]
        for split in ("train", "val")
        for line in (tmp_path / "ds" / f"{split}.jsonl").read_text().splitlines()
    ]
    assert card["pii"]["findings"]["email"] == 3 and card["pii"]["findings"]["iban"] == 1
    assert card["pii"]["documents_with_pii"] == 2
    assert "PII and secrets" in (tmp_path / "ds" / "card.md").read_text()
    joined = "\n".join(texts)
    if mode == "report":
        assert "jane.doe@example.com" in joined and len(texts) == 3
    elif mode == "redact":
        assert "<EMAIL>" in joined and "<IBAN>" in joined and "@" not in joined
    else:
        assert len(texts) == 1 and card["dropped"]["pii"]["count"] == 2


def test_pipeline_rejects_bad_pii_mode(tmp_path):
    with pytest.raises(GenforgeError, match="pii must be one of"):
        DataConfig(sources=["stdlib"], out=str(tmp_path / "x"), pii="yes").validate()


def test_cli_redact_scan_and_bad_inputs(tmp_path, capsys):
    assert main(["pii", "redact", "mail me: a.b@example.com"]) == 0
    assert capsys.readouterr().out.strip() == "mail me: <EMAIL>"
    out = tmp_path / "r.txt"
    assert main(["pii", "redact", str(_corpus(tmp_path) / "c.txt"), "--out", str(out)]) == 0
    assert "<IBAN>" in out.read_text()
    assert main(["pii", "scan", str(tmp_path / "src"), "--json"]) == 0
    result = json.loads(capsys.readouterr().out.splitlines()[-1])
    assert result["email"] == 3 and result["iban"] == 1 and result["documents"] == 3
    assert main(["pii", "redact", "   "]) == 2
    assert "empty" in capsys.readouterr().err
    (tmp_path / "bin").write_bytes(b"\x00\x01\x02binary")
    assert main(["pii", "redact", str(tmp_path / "bin")]) == 2
    assert "binary" in capsys.readouterr().err


def test_stream_redactor_matches_whole_text_redaction_however_the_text_is_cut():
    import random

    from genforge.data.pii import StreamRedactor, redact

    texts = [
        "Mail jane.doe+news@example.co.uk or call +44 20 7946 0958. Card 4111 1111 1111 1111; "
        "IBAN DE89 3704 0044 0532 0130 00. My SSN is 123-45-6789. Version 3.11.2, no PII.",
        "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA1234567890abcdefghijABCDEFGHIJ\n"
        "abcdefabcdef\n-----END RSA PRIVATE KEY-----\nthen sk-proj-abcdefghijklmnopqrstuvwx"
        "yz0123456789ABCD and done",
    ]
    rng = random.Random(0)
    for text in texts:
        whole = redact(text)[0]
        assert whole != text
        for _ in range(100):
            r, out, i = StreamRedactor(), [], 0
            while i < len(text):
                k = rng.randint(1, 7)
                out.append(r.push(text[i : i + k]))
                i += k
            out.append(r.flush())
            assert "".join(out) == whole


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Schreib an müller@beispiel.de bitte.", "email", "müller@beispiel.de"),
        ("Mail info@bücher.example today", "email", "info@bücher.example"),
        ("Diners 3056 9309 0259 04 declined", "credit_card", "3056 9309 0259 04"),
        ("Ring me on 07700 900123 tonight", "phone", "07700 900123"),
    ],
)
def test_formats_found_by_the_independent_set(text, kind, value):
    # benchmarks/pii_independent.py found these format classes missed: internationalised
    # addresses, a 14-digit card printed in fours, a UK mobile grouped 5+6.
    from genforge.data.pii import find_pii

    assert [(f.kind, f.text) for f in find_pii(text)] == [(kind, value)]
