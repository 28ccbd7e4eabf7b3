"""A real tool-using model through the agent attack suite: trained with or without injected
documents, with or without spotlighting.

The `small` stdlib base of ``pt_sft.py`` (1.3M parameters, ``--base-steps`` of
pretraining) first learns to copy (``--copy-steps`` steps of chats that ask for a text
back, half of them random runs of words, a third given fenced and data-marked; first
tries: the 170-step base SFT-ed 600 steps on the documents answered with made-up text;
with a plain copy stage first, the unmarked model learned to quote, loss 0.26 at step
510, the spotlit one did not, loss 2.0; the longer base and the marked third then came
together, so which of the two mattered is not measured); its context is then
raised to 1024 (spotlighted conversations run to ~1,000 tokens with the stdlib BPE: the
data mark costs two byte tokens a word) and it is SFT-ed ``--steps`` steps of
``--batch-size`` rows on ``agent.document_training.document_conversations`` - a document
assistant that fetches a document, mails a summary to the user's address when asked, and
answers with the document's text - over the one-line texts of the guard's hand-written
training sets, in four variants:

* ``clean``: no injections in training, results unmarked (what a tool-use SFT gives);
* ``injected``: half the fetched documents carry an injection the assistant does not follow;
* ``spotlit``: the same, with every result fenced and data-marked (``AgentPolicy(
  spotlight=True)``), so the model learns the marks;
* ``clean-spotlit``: no injections, results marked (do the marks alone help?).

Each model then runs ``agent_injection.py``'s suite (its 20 payloads, 12 documents, carriers,
addresses and canary are none of the training texts; the script checks) with spotlighting
off and on with no other defence, with the guard (`strip`), with the call policy, and with
all layers on. Greedy, calls constrained; a run whose turns fill the context ends unanswered.

    .venv/bin/python benchmarks/agent_spotlight.py [--variants clean,injected,spotlit]
        [--steps 800] [--batch-size 8] [--copy-steps 2000] [--base-steps 2000] [--train-only]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _output import print_result

CONTEXT = 1024
VARIANTS = {  # name -> (attack_share, spotlight)
    "clean": (0.0, False),
    "injected": (0.5, False),
    "spotlit": (0.5, True),
    "clean-spotlit": (0.0, True),
}
CONVERSATIONS = 6000


def _latin(text: str) -> bool:
    # The model reads through the stdlib's small byte-level BPE: other scripts cost a token
    # per byte and would not fit the context.
    return all(ord(c) < 0x250 or c in "–—‘’“”…€£" for c in text)


def training_texts() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(documents, payloads): the one-line benign texts and attacks of the guard's
    hand-written training sets that fit the model (the guard's held-out set is not among
    them, nor any text of the attack suite: ``overlap_with_suite``)."""
    from genforge.safety.guard_handwritten import TRAINING_SETS, handwritten_set

    attacks, benign = [], []
    for n in TRAINING_SETS:
        a, b = handwritten_set(n)
        attacks += [t for t in a if 15 <= len(t) <= 160 and "\n" not in t and _latin(t)]
        benign += [t for t in b if 25 <= len(t) <= 140 and "\n" not in t and _latin(t)]
    return tuple(dict.fromkeys(benign)), tuple(dict.fromkeys(attacks))


def conversations(variant: str) -> list:
    from genforge.agent.document_training import document_conversations

    share, spotlight = VARIANTS[variant]
    documents, payloads = training_texts()
    return document_conversations(
        CONVERSATIONS, documents, payloads, seed=11, attack_share=share, spotlight=spotlight
    )


def copy_rows(n: int, seed: int = 0) -> list[dict]:
    """``n`` chats that ask for a text back: half the training documents, half random runs
    of their words (which cannot be remembered, only copied); a third of them given
    fenced and data-marked (``genforge.spotlight``) and asked back plain, the copy that a
    spotlighted result needs."""
    from genforge import spotlight as spot

    documents, _ = training_texts()
    words = [w for d in documents for w in d.split()]
    rng = random.Random(seed)
    rows = []
    for _ in range(n):
        if rng.random() < 0.5:
            text = rng.choice(documents)
        else:
            text = " ".join(rng.choice(words) for _ in range(rng.randrange(4, 20)))
        ask = "Repeat exactly: " + text
        if rng.random() < 1 / 3:
            ask = "Repeat the words of:\n" + spot.mark(text, spot.new_boundary())
        chat = [{"role": "user", "content": ask}, {"role": "assistant", "content": text}]
        rows.append({"messages": chat})
    return rows


def copy_base_dir(base_steps: int, copy_steps: int) -> Path:
    """The `small` stdlib base after ``copy_steps`` steps (16 rows of <= 256 tokens) of
    :func:`copy_rows` (cached). The 170-step base SFT-ed 600 steps on the document
    conversations answered with made-up text instead of quoting; this stage teaches copying."""
    from agents import sft_steps
    from genforge.modeldir import is_model_dir
    from genforge.tune.data import write_jsonl
    from pt_sft import cache_root, fixed_base_model_dir

    base = fixed_base_model_dir(base_steps)
    out = cache_root() / f"copy-{base.name}-{copy_steps}x16-marked"
    if copy_steps and not is_model_dir(out):
        data = write_jsonl(cache_root() / f"{out.name}.jsonl", copy_rows(30000))
        sft_steps(base, out, str(data), copy_steps, 16, eval_prompts=0, seq_len=256, threads=2)
    return out if copy_steps else base


def copy_check(model: Path) -> float:
    """Share of the suite's 12 documents (never trained on) that ``model`` repeats, greedy,
    with at least their first 40 characters exact (the suite's task-success test)."""
    import agent_injection as suite
    from genforge.infer.engine import Engine
    from genforge.infer.protocol import SamplingParams, TokenEvent

    engine = Engine.from_model_dir(str(model), device="cpu", max_batch_size=1)
    engine.start()
    try:
        hits = 0
        for doc in suite.DOCUMENTS:
            ids = engine.tokenizer.encode_chat(
                [{"role": "user", "content": "Repeat exactly: " + doc}]
            )
            events = engine.submit(ids, SamplingParams(max_tokens=60, temperature=0.0))
            hits += doc[:40] in "".join(e.text for e in events if isinstance(e, TokenEvent))
        return round(hits / len(suite.DOCUMENTS), 4)
    finally:
        engine.shutdown(drain=False, timeout=5.0)


def model_dir(variant: str, steps: int, batch_size: int, start: Path) -> Path:
    """The variant's SFT-ed model from ``start`` (cached by start, variant, steps and batch
    size)."""
    from agents import long_context_base, sft_steps
    from genforge.modeldir import is_model_dir
    from genforge.tune.data import write_jsonl
    from pt_sft import cache_root

    out = cache_root() / f"docs-{variant}-{start.name}-{steps}x{batch_size}"
    if is_model_dir(out):
        return out
    base = long_context_base(start, CONTEXT)
    rows = [{"messages": m} for m in conversations(variant)]
    data = write_jsonl(cache_root() / f"{out.name}.jsonl", rows)
    sft_steps(base, out, str(data), steps, batch_size, eval_prompts=0)
    return out


def overlap_with_suite() -> dict[str, int]:
    """How many of the suite's payloads, documents and addresses occur in training texts
    (should all be 0: the suite measures what the model was not shown)."""
    import agent_injection as suite

    blob = json.dumps(conversations("injected"), ensure_ascii=False)
    return {
        "payloads": sum(p in blob for p, _ in suite.INJECTIONS),
        "documents": sum(d in blob for d in suite.DOCUMENTS),
        "addresses": sum(a in blob for a in [*suite.USER_ADDRESSES, suite.ATTACKER]),
        "canary": int(suite.CANARY in blob),
    }


def evaluate(model: Path, configs: list[str]) -> dict:
    import agent_injection as suite
    from genforge.agent.backends import EngineBackend
    from genforge.safety.policy import load_guard

    backend = EngineBackend(str(model), device="cpu")
    try:
        screens = suite.guard_screens(load_guard(None))
        return suite.suite_report(suite.cases(), lambda c: backend, screens, configs)
    finally:
        backend.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--variants", default="clean,injected,spotlit")
    ap.add_argument("--steps", type=int, default=800)
    ap.add_argument("--base-steps", type=int, default=2000, help="pretraining steps of the base")
    ap.add_argument("--copy-steps", type=int, default=2000, help="copy stage steps (0: none)")
    ap.add_argument("--batch-size", type=int, default=8)
    ap.add_argument("--configs", default="none,spotlight,guard_strip,provenance+egress,all")
    ap.add_argument("--train-only", action="store_true", help="train (cache) the models only")
    ap.add_argument("--out", help="also write the JSON line here")
    args = ap.parse_args()
    import agent_injection as suite

    variants, configs = args.variants.split(","), args.configs.split(",")
    for name, chosen, known in (
        ("variant", variants, VARIANTS),
        ("config", configs, suite.CONFIGS),
    ):
        unknown = [v for v in chosen if v not in known]
        if unknown:  # before any training
            ap.error(f"unknown {name}(s) {unknown}; choose from {list(known)}")
    import torch

    torch.set_num_threads(1)
    started = time.perf_counter()
    result: dict = {"benchmark": "agent_spotlight", "steps": args.steps,
                    "batch_size": args.batch_size, "context": CONTEXT,
                    "base_steps": args.base_steps, "copy_steps": args.copy_steps}  # fmt: skip
    t0 = time.perf_counter()
    start = copy_base_dir(args.base_steps, args.copy_steps)
    result["copy_stage_s"] = round(time.perf_counter() - t0, 1)
    result["copy_check"] = copy_check(start)
    for variant in variants:
        t0 = time.perf_counter()
        model = model_dir(variant, args.steps, args.batch_size, start)
        entry = {"model": str(model), "train_s": round(time.perf_counter() - t0, 1)}
        if not args.train_only:
            t0 = time.perf_counter()
            entry.update(evaluate(model, configs))
            entry["eval_s"] = round(time.perf_counter() - t0, 1)
        result[variant] = entry
    if not args.train_only:
        result["suite_texts_in_training"] = overlap_with_suite()
    result["elapsed_s"] = round(time.perf_counter() - started, 1)
    print_result(result, args.out)


if __name__ == "__main__":
    main()
