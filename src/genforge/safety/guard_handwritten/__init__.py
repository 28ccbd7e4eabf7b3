"""Hand-written injection sets, part of the guard's training data since guard v8.

Each ``setN`` module holds ``ATTACKS`` and ``BENIGN``: texts written by hand, apart from
the generator (``guard_corpus.py`` and its template modules), by a different author each
time. Sets 1-8 were written as held-out evaluation sets first (their headers keep their
history); sets 10-15 were written for training (guard v9), each with its own emphasis
(agents and indirect injection; multilingual and obfuscated; jailbreaks and hard
negatives; long retrieved documents; chat and social engineering; non-English carriers).
Template families teach the guard many phrasings of few situations; these sets are the
closest we have to text from the world, and a guard trained on the others scores an unseen
set better than one trained on templates alone (docs/safety.md, "Guard v8", "Guard v9").
Set 9 (held out for v9) joined in v10 with sets 17-26, written for training by ten more
hands (about vs to assistants; jailbreaks vs creative and security asks; less common
languages and code-mixed text; obfuscation vs harmless encodings; short texts and tool
outputs; long documents in major languages; office mail; web pages; code and developer
tools; direct user turns in many languages). Set 16 (held out for v10) joined in v11 with
sets 28-31 (documents that discuss or quote injections vs documents that carry one; Asian
scripts; what agents read through tools; subtle attacks without the classic wording).
Sets 27 and 32 (held out for v11) joined in v12 with sets 34-37 (documents that discuss or
quote injections vs documents that carry one, again; long documents in major languages with
one buried injection; exfiltration, unrequested tool actions and reply manipulation; short
texts in many languages and fields). Set 33 (held out for v12) joined in v13 with sets 39-42
(long retrieved pages with one buried passage; less common languages and scripts; Chinese,
Japanese, Korean, Thai, Vietnamese and Indic scripts in their own carriers; security
writing, test data and teaching material that quote attacks vs the same genres turned live).
Set 38 (held out for v13) joined in v14 with sets 44-48 (users' own requests and
instructions to people vs the same words arriving in content; what agents read from tools;
subtle and obfuscated attacks vs look-alike harmless text; direct jailbreaks and prompt-leak
attempts vs requests that look like them; messaging and community text in many languages).
Set 43 (held out for v14) joined in v15 with sets 50-54 (office mail and business
documents; what coding agents read; web pages, shopping and search; forged conversation
structure such as fake system turns and chat-template tokens; text that addresses AI
readers without claiming authority vs the same genres claiming it). Set 49 (held out for
v15) joined in v16 with sets 56-60 (long documents with one buried passage; less common
languages, scripts and code-mixed text; agents with memory, calendars, files and accounts;
obfuscation and split payloads, a second look; transcribed and extracted content such as
OCR, subtitles and metadata, and retrieved knowledge-base chunks).

The price is that a set in training no longer measures the guard. Its honest figure is
leave-one-set-out: :func:`genforge.safety.guard_train.default_guard` with ``without=N``
trains the same guard without set N, which ``benchmarks/guard_handwritten.py`` scores.
The newest set (``benchmarks/guard_independent55_data.py``) stays held out: it is not
listed here, and a held-out set joins ``TRAINING_SETS`` only after a newer one exists.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable

from genforge.errors import GenforgeError
from genforge.safety.guard_corpus import GuardExample

TRAINING_SETS = (*range(1, 55), *range(56, 61))

# Each hand-written text weighs this many template texts in training (v10). The templates
# teach many phrasings of few situations; the hand-written sets are closer to text from the
# world. Leave-one-set-out over 19 sets: weight 3 gave a mean TPR at FPR <= 5% of 0.835
# against 0.823 at weight 1 (docs/safety.md, "Guard v10").
HANDWRITTEN_WEIGHT = 3.0


def check_set(n: int) -> None:
    """Raise GenforgeError unless ``n`` names a hand-written training set."""
    if n not in TRAINING_SETS:
        raise GenforgeError(
            f"no hand-written training set {n}; the sets are {', '.join(map(str, TRAINING_SETS))}"
        )


def handwritten_set(n: int) -> tuple[list[str], list[str]]:
    """``(attacks, benign)`` of hand-written set ``n``."""
    check_set(n)
    module = importlib.import_module(f"{__name__}.set{n}")
    return list(module.ATTACKS), list(module.BENIGN)


def handwritten_examples(without: Iterable[int] = ()) -> list[GuardExample]:
    """The training sets' texts as guard examples, set by set, leaving out ``without``.
    Each set's attacks and its negatives form one family each (``handwritten3_attack``),
    so the calibration folds never split a set's texts of one label."""
    skip = set(without)
    for n in skip:
        check_set(n)  # an unknown number is an error, not a silent no-op
    examples = []
    for n in TRAINING_SETS:
        if n in skip:
            continue
        attacks, benign = handwritten_set(n)
        examples += [GuardExample(t, 1, f"handwritten{n}_attack") for t in attacks]
        examples += [GuardExample(t, 0, f"handwritten{n}_benign") for t in benign]
    return examples
