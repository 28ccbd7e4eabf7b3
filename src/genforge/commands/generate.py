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
        "at the end, with finish_reason: length or stop). Reads the model dir; writes "
        "nothing. Sampling defaults come from the model dir's generation_config.json "
        "(temperature 0.8, no top-k/top-p when absent); "
        "--temperature 0 is greedy decoding. Generation stops at --max-tokens, at the "
        "end-of-text or end-of-turn token, or when the model's context is full (a --max-tokens "
        "larger than the context leaves is lowered, with a warning).",
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
    # What fits after the prompt (the engine's own cap in EngineCore.new_request): the last
    # token need not be fed back, so prompt + output may reach block_size + 1.
    room = max(loaded.model.config.block_size - len(prompt_ids) + 1, 0)
    limit = min(args.max_tokens, room)
    if limit < args.max_tokens:
        print(
            f"warning: --max-tokens {args.max_tokens} does not fit: the model's context of "
            f"{loaded.model.config.block_size} tokens leaves room for {room} after the "
            f"{len(prompt_ids)}-token prompt; generating at most {limit}",
            file=sys.stderr,
            flush=True,
        )
    start = time.perf_counter()
    ids: list[int] = []
    shown = ""
    for token in iter_generate(
        loaded.model,
        prompt_ids,
        max_new_tokens=limit,
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
    # OpenAI's names: "length" when the token limit (or the context) ended it, "stop" when
    # the model ended its text.
    finish_reason = "length" if len(ids) >= limit else "stop"
    if args.json:
        emit(
            {
                "text": text,
                "finish_reason": finish_reason,
                "max_tokens": limit,
                "clamped": limit < args.max_tokens,
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
