"""Live servers for the API tests: a real uvicorn on a loopback port, the real engine, a real
(tiny, untrained) model dir.

Fixtures other test files may use:

* ``serve_model_dir`` — path of the tiny model dir (tokenizer trained in-process on a bit
  of the standard library; ``tiny`` preset with a 512-token context; random weights).
* ``live_server`` — no auth, no rate limits; its engine in a child process, as `genforge
  serve` runs it (``start_live(..., engine_process=False)`` keeps it in this process).
  ``.base_url`` (``http://127.0.0.1:PORT``), ``.api_key`` (None), ``.engine``, ``.app``,
  ``.metrics``.
* ``live_server_auth`` — keys on. ``.api_key`` is a key with generous limits;
  ``AUTH_KEYS`` below lists the others, each with its own small limit so tests that run
  into a limit do not starve anyone else.
"""

from __future__ import annotations

import sysconfig
from collections.abc import Iterator
from pathlib import Path

import pytest
import torch

from genforge.modeldir import save_model_dir
from genforge.models.gpt import GPT, config_from_preset
from genforge.serve import RunningServer, ServeMetrics, ServeSettings, start_server_thread
from genforge.serve.server import build_engine
from genforge.tokenizer import train_tokenizer

CONTEXT = 512
MAIN_KEY = "sk-genforge-test-main"
AUTH_KEYS = {
    "main": MAIN_KEY,  # generous limits: for anyone's tests
    "rpm": "sk-genforge-test-rpm",  # 5 requests per minute
    "tpm": "sk-genforge-test-tpm",  # 300 tokens per minute
    "spare": "sk-genforge-test-spare",
}


def _stdlib_texts(limit_bytes: int = 300_000) -> list[str]:
    """A little real English and code from the standard library (no downloads)."""
    root = Path(sysconfig.get_paths()["stdlib"])
    texts, total = [], 0
    for name in ("textwrap.py", "string.py", "difflib.py", "argparse.py", "json/__init__.py"):
        path = root / name
        if path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
            texts.append(text)
            total += len(text)
        if total >= limit_bytes:
            break
    assert texts, "no standard-library text found"
    return texts


@pytest.fixture(scope="session")
def serve_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tok = train_tokenizer(_stdlib_texts(), vocab_size=600)
    torch.manual_seed(0)
    cfg = config_from_preset("tiny", vocab_size=tok.vocab_size, block_size=CONTEXT)
    model = GPT(cfg)
    with torch.no_grad():
        # Control tokens are not shown as text; a random model that picked them greedily
        # would answer with empty strings. Zero logits keep them from winning (random
        # logits always have a positive maximum), except the end tokens that stop answers.
        for tid in tok.special_ids - {tok.eos_id, tok.end_id}:
            model.lm_head.weight[tid].zero_()
    out = tmp_path_factory.mktemp("serve") / "tiny-model"
    return save_model_dir(out, model, tok)


def start_live(
    model_dir: Path, *, engine_process: bool = True, **settings_kw: object
) -> RunningServer:
    """A server in a thread on a free loopback port; the caller stops it. Its engine runs
    in a child process, as `genforge serve`'s does (``engine_process=False``: in this one)."""
    kw = {"host": "127.0.0.1", "port": 0, "shutdown_timeout": 5.0, **settings_kw}
    settings = ServeSettings(**kw)
    metrics = ServeMetrics()
    engine = build_engine(
        model_dir, settings, metrics=metrics, device="cpu", engine_process=engine_process
    )
    return start_server_thread(engine, settings, metrics=metrics)


@pytest.fixture(scope="session")
def live_server(serve_model_dir: Path) -> Iterator[RunningServer]:
    server = start_live(serve_model_dir, max_batch_size=8, model_name="tiny")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def live_server_auth(serve_model_dir: Path) -> Iterator[RunningServer]:
    server = start_live(
        serve_model_dir,
        max_batch_size=8,
        model_name="tiny",
        api_keys=list(AUTH_KEYS.values()),
        rpm=600,
        tpm=200_000,
        key_limits={AUTH_KEYS["rpm"]: (5, None), AUTH_KEYS["tpm"]: (None, 300)},
    )
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def auth_keys() -> dict[str, str]:
    """The keys ``live_server_auth`` accepts, by role (see AUTH_KEYS)."""
    return dict(AUTH_KEYS)


@pytest.fixture(scope="session")
def server_factory(serve_model_dir: Path):
    """``factory(**ServeSettings fields) -> RunningServer`` for tests that need their own
    limits (the caller stops the server)."""

    def factory(**settings_kw: object) -> RunningServer:
        return start_live(serve_model_dir, **settings_kw)

    return factory


# Documents for the RAG route and the chat page's sources; one holds markup that the page
# must show as text.
RAG_DOCS = {
    "kettle.md": "# Kettle manual\n\n## Descaling\n\nDescale the kettle monthly with "
    "white vinegar; rinse twice before boiling water again.\n",
    "garden.md": "# Garden notes\n\n## Tomatoes\n\nWater tomato plants at the base in the "
    "morning so the leaves stay dry. <img src=x onerror=alert(1)>\n",
}


@pytest.fixture(scope="session")
def rag_index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small RAG index (the real MiniLM embedder) over RAG_DOCS."""
    from genforge.rag.embed import load_embedder
    from genforge.rag.indexer import index_documents

    root = tmp_path_factory.mktemp("rag-docs")
    for name, text in RAG_DOCS.items():
        (root / name).write_text(text)
    out = root.parent / "rag-index"
    index_documents([str(root)], out, load_embedder(), progress=False)
    return out


@pytest.fixture(scope="session")
def vlm_model_dir(serve_model_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny random vision-language model dir (models/vlm.py: a 32x32 ViT with 8-pixel
    patches, so 16 image positions, in front of a ``tiny`` GPT; the image positions read the
    prompt, ``question_attn``) with the shared tokenizer."""
    from genforge.modeldir import load_model_dir, save_vlm
    from genforge.models.vit import ViTConfig
    from genforge.models.vlm import VLM, VLMConfig

    tok = load_model_dir(serve_model_dir).tokenizer
    torch.manual_seed(2)
    lm_cfg = config_from_preset("tiny", vocab_size=tok.vocab_size, block_size=256)
    vision = ViTConfig(image_size=32, patch_size=8, n_layer=1, n_head=2, n_embd=32)
    # question_attn: the image reads the prompt, so the server must build the prefix from
    # the encoded prompt (the default of `genforge vlm train`).
    vlm = VLM(VLMConfig(vision=vision, lm=lm_cfg, question_attn=True))
    with torch.no_grad():
        # At the init (std 0.02) a random model answers the same whatever the image; larger
        # weights (measured: projector 0.5, LM 0.1) let the image change the answer; the
        # question attention's output starts at zero, so it gets weights too.
        for module, std in ((vlm.projector, 0.5), (vlm.lm, 0.1), (vlm.question_attn, 0.5)):
            for p in module.parameters():
                if p.ndim == 2:
                    p.normal_(0.0, std)
        for tid in tok.special_ids - {tok.eos_id, tok.end_id}:
            vlm.lm.lm_head.weight[tid].zero_()
    out = tmp_path_factory.mktemp("serve-vlm") / "tiny-vlm"
    return save_vlm(out, vlm, tok)
