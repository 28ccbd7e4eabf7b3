"""The green-list watermark: the processor adds delta to exactly the keyed green list, text
generated through the engine with it is detected, text without it (or under another key) is
not, and bad inputs are refused."""

from __future__ import annotations

import math

import pytest
import torch

from genforge.errors import GenforgeError
from genforge.infer.engine import Engine
from genforge.infer.protocol import FinishEvent, SamplingParams, TokenEvent
from genforge.models.gpt import GPT, GPTConfig
from genforge.safety.watermark import WatermarkConfig, WatermarkProcessor, detect, is_green

pytestmark = pytest.mark.usefixtures("one_thread")

VOCAB = 512
CFG = WatermarkConfig(key="s3cret", gamma=0.25, delta=4.0)


@pytest.fixture(scope="module")
def engine():
    torch.manual_seed(0)
    # Default init: a near-uniform next-token distribution, the high-entropy case the
    # watermark is meant for (a peaked distribution leaves it little room).
    model = GPT(GPTConfig(vocab_size=VOCAB, n_layer=1, n_head=2, n_embd=32, block_size=256))

    eng = Engine(model.eval(), None, max_batch_size=8)  # ids in, ids out
    yield eng
    eng.shutdown()


def generate(engine, prompt, n, seed, processors=()):
    params = SamplingParams(
        max_tokens=n,
        temperature=1.0,
        seed=seed,
        ignore_eos=True,
        logits_processors=list(processors),
    )
    events = list(engine.submit(prompt, params))
    assert isinstance(events[-1], FinishEvent)
    return [e.token_id for e in events if isinstance(e, TokenEvent)]


def test_processor_adds_delta_to_the_keyed_green_list_only():
    proc = WatermarkProcessor(CFG)
    logits = torch.randn(VOCAB)
    out = proc([3, 17], logits.clone())
    green = torch.tensor([is_green(CFG, [17], v) for v in range(VOCAB)])
    assert torch.allclose(out[green], logits[green] + CFG.delta)
    assert torch.equal(out[~green], logits[~green])
    assert abs(green.float().mean().item() - CFG.gamma) < 0.06
    # The list depends on the context and on the key.
    assert not torch.equal(proc.green_mask([18], VOCAB, logits.device), green)
    other = WatermarkProcessor(WatermarkConfig(key="other"))
    assert not torch.equal(other.green_mask([17], VOCAB, logits.device), green)


def test_generated_text_is_detected_and_plain_text_is_not(engine):
    proc = WatermarkProcessor(CFG)
    zs_marked, zs_plain, zs_wrong_key = [], [], []
    for seed in range(6):
        marked = generate(engine, [1, 2 + seed], 120, seed, [proc])
        plain = generate(engine, [1, 2 + seed], 120, seed)
        zs_marked.append(detect(marked, CFG).z_score)
        zs_plain.append(detect(plain, CFG).z_score)
        zs_wrong_key.append(detect(marked, WatermarkConfig(key="wrong")).z_score)
    assert min(zs_marked) > 4.0, zs_marked
    assert max(zs_plain) < 4.0 and max(zs_wrong_key) < 4.0, (zs_plain, zs_wrong_key)
    # Under the null z is standard normal: its mean over 12 texts stays near 0.
    assert abs(sum(zs_plain + zs_wrong_key) / 12) < 1.2


def test_watermarked_sampling_stays_reproducible(engine):
    proc = WatermarkProcessor(CFG)
    assert generate(engine, [1, 5], 30, 7, [proc]) == generate(engine, [1, 5], 30, 7, [proc])


def test_detection_statistics_match_the_formula():
    ids = list(range(60))
    d = detect(ids, CFG, ignore_repeated=False)
    green = sum(is_green(CFG, [ids[i - 1]], ids[i]) for i in range(1, 60))
    z = (green - 0.25 * 59) / math.sqrt(59 * 0.25 * 0.75)
    assert d.scored == 59 and d.green == green and d.z_score == pytest.approx(z)
    assert d.p_value == pytest.approx(0.5 * math.erfc(z / math.sqrt(2)))
    # A repeated pair counts once.
    assert detect([5, 6] * 30, CFG).scored == 2


@pytest.mark.parametrize(
    ("kw", "match"),
    [
        (dict(key=""), "key"),
        (dict(key="k", gamma=1.0), "gamma"),
        (dict(key="k", delta=float("nan")), "delta"),
        (dict(key="k", context_width=0), "context_width"),
    ],
)
def test_bad_config_is_refused(kw, match):
    with pytest.raises(GenforgeError, match=match):
        WatermarkConfig(**kw).validate()


def test_too_short_text_is_refused():
    with pytest.raises(GenforgeError, match="too little text"):
        detect([1, 2], CFG)


def test_cli_detect_reads_text_and_refuses_bad_input(tmp_path, capsys, monkeypatch):
    import json

    from genforge.cli import main
    from genforge.tokenizer import train_tokenizer

    tok = train_tokenizer(["plain words in plain sentences, nothing marked here. " * 40], 300)
    tok.save(tmp_path / "tok")
    text = "plain words in plain sentences, nothing marked here, said the plain text. " * 5
    monkeypatch.setenv("GENFORGE_WATERMARK_KEY", "k")
    assert main(["watermark", "detect", text, "--model", str(tmp_path / "tok"), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["watermarked"] is False and out["scored_tokens"] >= 2
    assert main(["watermark", "detect", "  ", "--model", str(tmp_path / "tok")]) == 2
    assert "empty" in capsys.readouterr().err
    monkeypatch.delenv("GENFORGE_WATERMARK_KEY")
    assert main(["watermark", "detect", text, "--model", str(tmp_path / "tok")]) == 2
    assert "no watermark key" in capsys.readouterr().err
