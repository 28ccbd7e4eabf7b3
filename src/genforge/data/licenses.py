"""The licence of a data source, as an SPDX identifier where it can be detected.

A source named by genforge itself has a known licence (``stdlib`` and ``pydoc``: the Python
standard library's, PSF-2.0). For a path, an ``SPDX-License-Identifier:`` line in a file's
head wins; otherwise the nearest LICENSE/COPYING file in the folder or up to three folders
above is read and matched against the licences' own wording. Anything else is "unknown":
a guess would be worse than saying so, since the card is what a person checks before
publishing a model trained on the data.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

KNOWN_SOURCES = {
    "stdlib": ("PSF-2.0", "the Python standard library (Python Software Foundation License)"),
    "pydoc": ("PSF-2.0", "Python's documentation topics (pydoc_data)"),
}
_SPDX_LINE = re.compile(r"SPDX-License-Identifier:\s*([A-Za-z0-9.+\-() ]+?)\s*(?:\*/|-->|$)", re.M)
_LICENSE_FILES = ("LICENSE", "LICENSE.txt", "LICENSE.md", "LICENCE", "COPYING", "COPYING.txt")
# (SPDX id, phrases that must all appear), most specific first.
_TEXTS = [
    ("AGPL-3.0", ("GNU AFFERO GENERAL PUBLIC LICENSE", "Version 3")),
    ("LGPL-3.0", ("GNU LESSER GENERAL PUBLIC LICENSE", "Version 3")),
    ("LGPL-2.1", ("GNU LESSER GENERAL PUBLIC LICENSE", "Version 2.1")),
    ("GPL-3.0", ("GNU GENERAL PUBLIC LICENSE", "Version 3")),
    ("GPL-2.0", ("GNU GENERAL PUBLIC LICENSE", "Version 2")),
    ("Apache-2.0", ("Apache License", "Version 2.0")),
    ("MPL-2.0", ("Mozilla Public License", "2.0")),
    ("PSF-2.0", ("PYTHON SOFTWARE FOUNDATION LICENSE VERSION 2",)),
    ("BSD-3-Clause", ("Redistribution and use in source and binary forms", "Neither the name")),
    ("BSD-2-Clause", ("Redistribution and use in source and binary forms",)),
    ("MIT", ("Permission is hereby granted, free of charge",)),
    ("ISC", ("Permission to use, copy, modify, and/or distribute this software",)),
    ("CC-BY-SA-4.0", ("Attribution-ShareAlike 4.0 International",)),
    ("CC-BY-4.0", ("Attribution 4.0 International",)),
    ("CC0-1.0", ("CC0 1.0 Universal",)),
    ("Unlicense", ("This is free and unencumbered software released into the public domain",)),
]


def license_of_text(text: str) -> str | None:
    """The SPDX id a licence text's wording matches, or None."""
    flat = " ".join(text.split())
    for spdx, phrases in _TEXTS:
        if all(p.lower() in flat.lower() for p in phrases):
            return spdx
    return None


def _spdx_in_head(path: Path) -> str | None:
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            head = f.read(4096)
    except OSError:
        return None
    m = _SPDX_LINE.search(head)
    return m.group(1).strip() if m else None


def detect_license(source: str) -> dict[str, str]:
    """``{"source", "license", "how"}`` for one data source (a name, a file, a folder or a
    glob); ``license`` is an SPDX id or "unknown"."""
    if source in KNOWN_SOURCES:
        spdx, how = KNOWN_SOURCES[source]
        return {"source": source, "license": spdx, "how": how}
    path = Path(source.split("*")[0] or ".").expanduser()
    if path.is_file():
        spdx = _spdx_in_head(path)
        if spdx:
            return {"source": source, "license": spdx, "how": f"SPDX line in {path.name}"}
        path = path.parent
    folder = path if path.is_dir() else path.parent
    for d in [folder, *list(folder.resolve().parents)[:3]]:
        for name in _LICENSE_FILES:
            f = d / name
            if f.is_file():
                try:
                    spdx = license_of_text(f.read_text(encoding="utf-8", errors="replace"))
                except OSError:
                    continue
                return {
                    "source": source,
                    "license": spdx or "unknown",
                    "how": f"{f}" + ("" if spdx else " (wording not recognised)"),
                }
    return {"source": source, "license": "unknown", "how": "no licence file or SPDX line found"}


def licenses(sources: list[str]) -> list[dict[str, str]]:
    """One ``detect_license`` record per source."""
    return [detect_license(s) for s in sources]


def licenses_of_data(data: str) -> list[dict[str, str]]:
    """The licences of a stage's ``data`` argument: a dataset dir's card says them; comma-
    separated raw sources are detected one by one."""
    card = Path(data).expanduser() / "card.json"
    if card.is_file():
        try:
            recorded = json.loads(card.read_text(encoding="utf-8")).get("licenses")
        except (OSError, ValueError, AttributeError):
            recorded = None
        if isinstance(recorded, list):
            return recorded
    return licenses([s for s in data.split(",") if s.strip()] or [data])
