"""`genforge scaling sweep|fit|predict`: IsoFLOP sweeps, Chinchilla fits, predictions."""

from __future__ import annotations

import argparse
import sys

from genforge.commands import emit


def _floats(text: str) -> list[float]:
    return [float(x) for x in text.split(",") if x.strip()]


def _sweep_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", required=True, help="the sweep dir (runs are cached there)")
    p.add_argument("--data", default="stdlib", help="training text (stdlib)")
    p.add_argument("--shapes", help="comma-separated LAYERSxWIDTH shapes (1x32,2x48,2x64,3x96)")
    p.add_argument("--budgets", help="comma-separated compute budgets in FLOPs (2e11,6e11,1.8e12)")
    p.add_argument("--seed", type=int, default=0, help="random seed (0)")
    p.add_argument("--device", default="cpu", help="cpu|cuda|auto (cpu)")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "scaling",
        help="scaling laws: IsoFLOP sweep, Chinchilla fit, predictions",
        description="Measure how loss scales with model size N and training tokens D on your "
        "data. `sweep` trains every shape at every compute budget (short `genforge "
        "pretrain` runs, each cached under OUT/runs/ so an interrupted sweep resumes); "
        "`fit` fits L(N, D) = E + A/N^alpha + B/D^beta (Huber on log-loss, Hoffmann et "
        "al.'s approach 3) and the IsoFLOP parabolas (approach 2), writing OUT/fit.json, "
        "isoflop.png and frontier.png; `predict` gives the compute-optimal N and D and the "
        "predicted loss for a budget, and with --check trains that run and compares.",
    )
    verbs = p.add_subparsers(dest="verb", metavar="VERB", required=True)
    s = verbs.add_parser("sweep", help="train the IsoFLOP grid (cached, resumable)")
    _sweep_args(s)
    s.add_argument("--json", action="store_true", help="print one JSON line")
    s.set_defaults(func=run_sweep_cmd)
    f = verbs.add_parser("fit", help="fit the law and the parabolas; write fit.json and plots")
    f.add_argument("--sweep", required=True, help="a sweep dir")
    f.add_argument("--json", action="store_true", help="print one JSON line")
    f.set_defaults(func=run_fit_cmd)
    q = verbs.add_parser("predict", help="compute-optimal N, D and loss for a budget")
    q.add_argument("--fit", help="a fit.json or sweep dir (default: genforge's shipped fit)")
    q.add_argument("--compute", type=float, help="training FLOPs")
    q.add_argument("--n", type=float, help="parameters (matmul weights), with --d")
    q.add_argument("--d", type=float, help="training tokens, with --n")
    q.add_argument(
        "--check",
        metavar="SHAPE",
        help="train SHAPE (e.g. 3x96) at --compute in the sweep "
        "dir given by --fit and compare its measured loss with the prediction",
    )
    q.add_argument("--json", action="store_true", help="print one JSON line")
    q.set_defaults(func=run_predict_cmd)


def _sweep_config(args: argparse.Namespace):
    from genforge.eval.scaling import SweepConfig

    cfg = SweepConfig(out=args.out, data=args.data, seed=args.seed, device=args.device)
    if args.shapes:
        cfg.shapes = [s.strip() for s in args.shapes.split(",") if s.strip()]
    if args.budgets:
        cfg.budgets = _floats(args.budgets)
    return cfg


def _say(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def run_sweep_cmd(args: argparse.Namespace) -> int:
    from genforge.eval.scaling import run_sweep

    rows = run_sweep(_sweep_config(args), say=_say)
    emit({"runs": rows, "cpu_seconds": round(sum(r["seconds"] for r in rows), 1)}, args.json)
    return 0


def run_fit_cmd(args: argparse.Namespace) -> int:
    from genforge.eval.scaling import fit_sweep

    result = fit_sweep(args.sweep, source=f"genforge scaling fit --sweep {args.sweep}")
    if args.json:
        emit(result, True)
    else:
        law = result["law"]
        print(
            f"L(N, D) = {law['E']:.3f} + {law['A']:.4g}/N^{law['alpha']:.3f} + "
            f"{law['B']:.4g}/D^{law['beta']:.3f}  ({law['runs']} runs, largest residual "
            f"{result['max_abs_residual']:.2%})"
        )
        iso = result["isoflop"]
        if "n_opt_exponent" in iso:
            k, e = iso["n_opt_coefficient"], iso["n_opt_exponent"]
            print(f"IsoFLOP: N_opt = {k:.3g} * C^{e:.3f}")
        print(f"wrote {args.sweep}/fit.json, isoflop.png, frontier.png")
    return 0


def run_predict_cmd(args: argparse.Namespace) -> int:
    from pathlib import Path

    from genforge.errors import GenforgeError
    from genforge.train.scaling_law import load_law

    law = load_law(args.fit)
    if args.n is not None and args.d is not None:
        result = {"n": args.n, "d": args.d, "predicted_loss": law.loss(args.n, args.d)}
    elif args.compute is not None:
        n = law.optimal_n(args.compute)
        d = args.compute / (6 * n)
        result = {"compute": args.compute, "n_opt": n, "d_opt": d, "predicted_loss": law.loss(n, d)}
    else:
        raise GenforgeError("predict needs --compute FLOPs, or --n and --d")
    if args.check:
        from genforge.eval.scaling import SweepConfig, check_prediction

        if args.compute is None or not args.fit or not Path(args.fit).is_dir():
            raise GenforgeError("--check needs --compute and --fit pointing at the sweep dir")
        from genforge.io import read_json

        saved = read_json(Path(args.fit) / "sweep.json", "sweep record")["config"]
        sweep_cfg = SweepConfig(**{**saved, "out": args.fit})
        result["check"] = check_prediction(sweep_cfg, law, args.check, args.compute, say=_say)
    emit(result, args.json)
    return 0
