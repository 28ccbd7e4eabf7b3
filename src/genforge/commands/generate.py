"""`genforge generate`: continue a prompt with a model dir."""

from __future__ import annotations

import argparse
import sys
import time

from genforge.commands import emit


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "generate",
        help="continue a text prompt with a trained model",
        description="Continue --prompt with the model dir --model and print the continuation "
        "(streamed as it is produced; with --json, one line {text, tokens, tokens_per_s, ...} "
        "at the end). Reads the model dir; writes nothing. Sampling defaults come from the "
        "model dir's generation_config.json (temperature 0.8, no top-k/top-p when absent); "
        "--temperature 0 is greedy decoding. Generation stops at --max-tokens, at the "
        "end-of-text or end-of-turn token, or when the model's context is full.",
    )
    p.add_argument("--model", required=True, help="model dir written by `genforge pretrain`")
    p.add_argument("--prompt", required=True, help="text to continue")
    p.add_argument("--max-tokens", type=int, default=200, help="new tokens at most (200)")
    p.add_argument("--temperature", type=float, default=None, help="0 = greedy (0.8)")
    p.add_argument("--top-k", type=int, default=None, help="sample from the k likeliest")
    p.add_argument("--top-p", type=float, default=None, help="nucleus probability mass")
    p.add_argument("--seed", type=int, default=None, help="seed for reproducible sampling")
    p.add_argument("--device", default="auto", help="auto|cpu|cuda|mps (auto)")
    p.add_argument("--json", action="store_true", help="print one JSON line at the end")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from genforge.infer.generate import iter_generate
    from genforge.modeldir import load_model_dir
    from genforge.tokenizer import stop_ids

    loaded = load_model_dir(args.model, device=args.device)
    tok, gen_cfg = loaded.tokenizer, loaded.generation_config

    def pick(flag: object, key: str, fallback: object) -> object:
        return flag if flag is not None else gen_cfg.get(key, fallback)

    temperature = float(pick(args.temperature, "temperature", 0.8))
    # A flag given explicitly wins; otherwise the model dir's own defaults apply.
    top_k = pick(args.top_k, "top_k", None)
    top_p = pick(args.top_p, "top_p", None)
    prompt_ids = tok.encode(args.prompt, add_bos=True)
    start = time.perf_counter()
    ids: list[int] = []
    shown = ""
    for token in iter_generate(
        loaded.model,
        prompt_ids,
        max_new_tokens=args.max_tokens,
        temperature=temperature,
        top_k=top_k,
        top_p=top_p,
        seed=args.seed,
        stop_ids=stop_ids(tok),
    ):
        ids.append(token)
        if not args.json:
            text = tok.decode(ids)
            # A multi-byte character split across tokens decodes to U+FFFD until it is
            # complete; wait for the rest rather than print a replacement character.
            if not text.endswith("\ufffd"):
                sys.stdout.write(text[len(shown) :])
                sys.stdout.flush()
                shown = text
    seconds = time.perf_counter() - start
    text = tok.decode(ids)
    if args.json:
        emit(
            {
                "text": text,
                "tokens": len(ids),
                "prompt_tokens": len(prompt_ids),
                "seconds": round(seconds, 4),
                "tokens_per_s": len(ids) / seconds if seconds > 0 else 0.0,
            },
            True,
        )
    else:
        sys.stdout.write(text[len(shown) :] + "\n")
        sys.stdout.flush()
    return 0
