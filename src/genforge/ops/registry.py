"""The model registry: named, versioned model dirs with aliases, tags, cards and lineage.

Metadata lives in SQLite (``ROOT/registry.db``, WAL journal) and the files in a
content-addressed store (:mod:`genforge.ops.store`). Every write is one ``BEGIN IMMEDIATE``
transaction, so writers in different processes queue on SQLite's lock and a reader never sees
half of a change: two processes promoting at once leave the alias on one of the two versions
and the alias history a single chain (tested with real processes).

References: ``NAME`` (the latest version), ``NAME@7`` or ``NAME@v7`` (a version),
``NAME@production`` (an alias). ``registry:NAME@production`` is what ``genforge serve
--model`` takes.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from genforge.errors import GenforgeError
from genforge.io import read_json, sha256_file
from genforge.ops.store import BlobStore, Manifest

REGISTRY_ENV = "GENFORGE_REGISTRY"
SCHEME = "registry:"
NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")
# The writer waits this long for another writer's transaction before giving up; an add holds
# the lock while it copies files, so allow for a large model on a slow disk.
BUSY_TIMEOUT_S = 120.0

SCHEMA = """
CREATE TABLE IF NOT EXISTS versions (
    name TEXT NOT NULL,
    version INTEGER NOT NULL,
    created REAL NOT NULL,
    source TEXT NOT NULL,
    manifest TEXT NOT NULL,
    card TEXT NOT NULL,
    lineage TEXT NOT NULL,
    metrics TEXT,
    description TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (name, version)
);
CREATE TABLE IF NOT EXISTS tags (
    name TEXT NOT NULL, version INTEGER NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL,
    PRIMARY KEY (name, version, key),
    FOREIGN KEY (name, version) REFERENCES versions (name, version) ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS aliases (
    name TEXT NOT NULL, alias TEXT NOT NULL, version INTEGER NOT NULL, updated REAL NOT NULL,
    PRIMARY KEY (name, alias),
    FOREIGN KEY (name, version) REFERENCES versions (name, version)
);
CREATE TABLE IF NOT EXISTS alias_history (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL, alias TEXT NOT NULL,
    version INTEGER, previous INTEGER,
    at REAL NOT NULL, action TEXT NOT NULL, note TEXT NOT NULL DEFAULT ''
);
"""


def default_root() -> Path:
    """``$GENFORGE_REGISTRY``, else ``~/.genforge/registry``."""
    env = os.environ.get(REGISTRY_ENV)
    return Path(env) if env else Path.home() / ".genforge" / "registry"


@dataclass
class Version:
    """One registered model version (what ``show`` prints)."""

    name: str
    version: int
    created: float
    source: str
    manifest: Manifest
    card: str
    lineage: dict[str, Any]
    metrics: dict[str, Any] | None
    description: str = ""
    tags: dict[str, str] = field(default_factory=dict)
    aliases: list[str] = field(default_factory=list)

    @property
    def ref(self) -> str:
        return f"{self.name}@v{self.version}"

    @property
    def size(self) -> int:
        return sum(int(m["size"]) for m in self.manifest.values())

    def summary(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "version": self.version,
            "aliases": self.aliases,
            "tags": self.tags,
            "created": time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(self.created)),
            "files": len(self.manifest),
            "bytes": self.size,
            "source": self.source,
            "description": self.description,
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.summary(),
            "lineage": self.lineage,
            "metrics": self.metrics,
            "manifest": self.manifest,
            "card": self.card,
        }


def parse_ref(ref: str) -> tuple[str, str | None]:
    """``"registry:NAME@x"`` / ``"NAME@x"`` / ``"NAME"`` -> (NAME, x or None)."""
    ref = ref.removeprefix(SCHEME)
    name, _, sel = ref.partition("@")
    check_name(name, "model name")
    if _ and not sel:
        raise GenforgeError(f"{ref!r}: nothing after '@'; use NAME@VERSION or NAME@ALIAS")
    return name, sel or None


def check_name(name: str, what: str) -> str:
    if not NAME_RE.match(name or ""):
        raise GenforgeError(
            f"{what} {name!r} is not allowed: use letters, digits, '.', '_' or '-' (at most "
            "128, starting with a letter or digit)"
        )
    return name


def _version_number(sel: str) -> int | None:
    m = re.fullmatch(r"v?(\d+)", sel)
    return int(m.group(1)) if m else None


class Registry:
    """The registry at ``root`` (created on first write). Cheap to construct; each call
    opens its own SQLite connection, so one object may be shared by threads."""

    def __init__(self, root: str | os.PathLike | None = None) -> None:
        self.root = Path(root) if root is not None else default_root()
        self.db_path = self.root / "registry.db"
        self.store = BlobStore(self.root)

    # ------------------------------------------------------------------ connections

    def _connect(self) -> sqlite3.Connection:
        self.root.mkdir(parents=True, exist_ok=True)
        # isolation_level=None: we issue BEGIN ourselves, so every write is exactly one
        # explicit transaction (sqlite3's implicit BEGIN would be DEFERRED and could fail
        # with "database is locked" on upgrade instead of waiting).
        con = sqlite3.connect(self.db_path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        con.row_factory = sqlite3.Row
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA foreign_keys=ON")
        con.execute("PRAGMA synchronous=FULL")
        return con

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        con = self._connect()
        try:
            con.execute("BEGIN IMMEDIATE")
            for stmt in filter(str.strip, SCHEMA.split(";")):
                con.execute(stmt)
            yield con
            con.execute("COMMIT")
        except BaseException:
            if con.in_transaction:
                con.execute("ROLLBACK")
            raise
        finally:
            con.close()

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        if not self.db_path.is_file():
            raise GenforgeError(
                f"no registry at {self.root} (no registry.db); add a model first with "
                f"`genforge registry add MODEL_DIR --name NAME`, or point --registry / "
                f"${REGISTRY_ENV} at an existing registry"
            )
        con = self._connect()
        try:
            con.execute("BEGIN")  # one snapshot for every query of this read
            yield con
        finally:
            con.close()

    # ------------------------------------------------------------------ writes

    def add(
        self,
        model_dir: str | os.PathLike,
        name: str,
        *,
        tags: dict[str, str] | None = None,
        description: str = "",
        metrics: dict[str, Any] | None = None,
        alias: str | None = None,
    ) -> Version:
        """Register ``model_dir`` as the next version of ``name`` (files stored by content,
        lineage read from its config and run dir); ``alias`` is pointed at it if given."""
        check_name(name, "model name")
        src = Path(model_dir)
        config = _read_model_config(src)
        lineage = self._lineage(src, config)
        card_file = src / "card.md"
        card = (
            card_file.read_text(encoding="utf-8", errors="replace") if card_file.is_file() else ""
        )
        with self._write() as con:
            manifest, written = self.store.put_dir(src)
            lineage["bytes_written"] = written
            row = con.execute(
                "SELECT COALESCE(MAX(version), 0) + 1 FROM versions WHERE name = ?", (name,)
            ).fetchone()
            version = int(row[0])
            con.execute(
                "INSERT INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    name,
                    version,
                    time.time(),
                    str(src.resolve()),
                    json.dumps(manifest, sort_keys=True),
                    card,
                    json.dumps(lineage, sort_keys=True, default=str),
                    json.dumps(metrics) if metrics is not None else None,
                    description,
                ),
            )
            for k, v in (tags or {}).items():
                con.execute("INSERT INTO tags VALUES (?, ?, ?, ?)", (name, version, k, str(v)))
            if alias:
                self._set_alias(con, name, alias, version, "add")
        return self.get(f"{name}@{version}")

    def set_alias(self, ref: str, alias: str, *, action: str = "alias", note: str = "") -> Version:
        """Point ``NAME@alias`` at the version ``ref`` names; returns that version."""
        with self._write() as con:
            name, version = self._resolve(con, ref)
            self._set_alias(con, name, alias, version, action, note)
        return self.get(f"{name}@{version}")

    def _set_alias(
        self, con: sqlite3.Connection, name: str, alias: str, version: int, action: str, note=""
    ) -> None:
        check_name(alias, "alias")
        if _version_number(alias) is not None:
            raise GenforgeError(f"alias {alias!r} looks like a version number; choose a name")
        row = con.execute(
            "SELECT version FROM aliases WHERE name = ? AND alias = ?", (name, alias)
        ).fetchone()
        previous = row[0] if row else None
        now = time.time()
        con.execute(
            "INSERT INTO aliases VALUES (?, ?, ?, ?) ON CONFLICT (name, alias) DO UPDATE SET "
            "version = excluded.version, updated = excluded.updated",
            (name, alias, version, now),
        )
        con.execute(
            "INSERT INTO alias_history (name, alias, version, previous, at, action, note) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (name, alias, version, previous, now, action, note),
        )

    def promote(
        self, ref: str, *, to: str = "production", check: Any = None, note: str = ""
    ) -> tuple[Version, Version | None]:
        """Point alias ``to`` at ``ref``'s version; returns (new, previous or None).

        ``check(candidate, current)`` runs inside the write transaction (so the version it
        compares against is the one replaced) and raises to refuse.
        """
        with self._write() as con:
            name, version = self._resolve(con, ref)
            row = con.execute(
                "SELECT version FROM aliases WHERE name = ? AND alias = ?", (name, to)
            ).fetchone()
            current = self._version(con, name, row[0]) if row else None
            candidate = self._version(con, name, version)
            if check is not None:
                check(candidate, current)
            self._set_alias(con, name, to, version, "promote", note)
        return self.get(f"{name}@{version}"), current

    def rollback(self, name: str, alias: str = "production") -> Version:
        """Move ``alias`` back to the version it pointed at before its last move."""
        check_name(name, "model name")
        with self._write() as con:
            row = con.execute(
                "SELECT version, previous FROM alias_history WHERE name = ? AND alias = ? "
                "ORDER BY id DESC LIMIT 1",
                (name, alias),
            ).fetchone()
            if row is None or row["previous"] is None:
                raise GenforgeError(
                    f"{name}@{alias} has no earlier version to roll back to "
                    f"(see `genforge registry show {name}`)"
                )
            target = int(row["previous"])
            if not self._exists(con, name, target):
                raise GenforgeError(
                    f"{name}@{alias} pointed at v{target} before, but that version was removed"
                )
            self._set_alias(con, name, alias, target, "rollback", f"from v{row['version']}")
        return self.get(f"{name}@{target}")

    def remove(self, ref: str, *, force: bool = False) -> Version:
        """Delete a version's metadata (its files go at the next ``gc``). A version an alias
        points at is kept unless ``force`` (then its aliases are removed too)."""
        with self._write() as con:
            name, version = self._resolve(con, ref)
            v = self._version(con, name, version)
            if v.aliases and not force:
                raise GenforgeError(
                    f"{v.ref} is {', '.join(v.aliases)}; move the alias first (`genforge "
                    f"registry promote` / `rollback`) or pass --force to remove it anyway"
                )
            for alias in v.aliases:
                con.execute("DELETE FROM aliases WHERE name = ? AND alias = ?", (name, alias))
                con.execute(
                    "INSERT INTO alias_history (name, alias, version, previous, at, action) "
                    "VALUES (?, ?, NULL, ?, ?, 'remove')",
                    (name, alias, version, time.time()),
                )
            con.execute("DELETE FROM versions WHERE name = ? AND version = ?", (name, version))
        return v

    def gc(self) -> dict[str, int]:
        """Delete blobs no version references and checkouts of removed versions."""
        with self._write() as con:  # the lock keeps an add from racing the sweep
            live: set[str] = set()
            kept: set[tuple[str, int]] = set()
            for row in con.execute("SELECT name, version, manifest FROM versions"):
                kept.add((row["name"], row["version"]))
                live.update(str(m["sha256"]) for m in json.loads(row["manifest"]).values())
            removed = freed = 0
            for blob in list(self.store.iter_blobs()):
                if blob.name not in live:
                    freed += blob.stat().st_size
                    blob.unlink()
                    removed += 1
            checkouts = 0
            if self.store.checkouts.is_dir():
                for d in self.store.checkouts.glob("*/v*"):
                    n = _version_number(d.name)
                    if n is not None and (d.parent.name, n) not in kept:
                        self.store.remove_checkout(d.parent.name, n)
                        checkouts += 1
        return {"blobs_removed": removed, "bytes_freed": freed, "checkouts_removed": checkouts}

    # ------------------------------------------------------------------ reads

    def get(self, ref: str) -> Version:
        with self._read() as con:
            name, version = self._resolve(con, ref)
            return self._version(con, name, version)

    def resolve(self, ref: str) -> int:
        """The version number ``ref`` names now (cheap: one query, no hashing)."""
        with self._read() as con:
            return self._resolve(con, ref)[1]

    def path(self, ref: str) -> tuple[Version, Path]:
        """The version ``ref`` names and a verified model dir holding its files."""
        v = self.get(ref)
        return v, self.store.checkout(v.manifest, v.name, v.version)

    def list(self, name: str | None = None) -> list[Version]:
        with self._read() as con:
            q = "SELECT name, version FROM versions"
            rows = con.execute(
                q + (" WHERE name = ?" if name else "") + " ORDER BY name, version",
                (name,) if name else (),
            ).fetchall()
            return [self._version(con, r["name"], r["version"]) for r in rows]

    def history(self, name: str, alias: str | None = None) -> list[dict[str, Any]]:
        with self._read() as con:
            q = "SELECT * FROM alias_history WHERE name = ?" + (" AND alias = ?" if alias else "")
            rows = con.execute(q + " ORDER BY id", (name, alias) if alias else (name,))
            return [dict(r) for r in rows]

    # ------------------------------------------------------------------ helpers

    def _exists(self, con: sqlite3.Connection, name: str, version: int) -> bool:
        q = "SELECT 1 FROM versions WHERE name = ? AND version = ?"
        return con.execute(q, (name, version)).fetchone() is not None

    def _resolve(self, con: sqlite3.Connection, ref: str) -> tuple[str, int]:
        name, sel = parse_ref(ref)
        known = con.execute("SELECT MAX(version) FROM versions WHERE name = ?", (name,))
        latest = known.fetchone()[0]
        if latest is None:
            raise GenforgeError(
                f"no model named {name!r} in the registry at {self.root}; see `genforge "
                "registry list`"
            )
        if sel is None:
            return name, int(latest)
        number = _version_number(sel)
        if number is not None:
            if not self._exists(con, name, number):
                raise GenforgeError(f"{name} has no version {number} (latest is v{latest})")
            return name, number
        row = con.execute(
            "SELECT version FROM aliases WHERE name = ? AND alias = ?", (name, sel)
        ).fetchone()
        if row is None:
            have = [r[0] for r in con.execute("SELECT alias FROM aliases WHERE name = ?", (name,))]
            raise GenforgeError(
                f"{name} has no alias {sel!r} (its aliases: {', '.join(sorted(have)) or 'none'})"
                f"; set one with `genforge registry alias {name}@VERSION {sel}`"
            )
        return name, int(row[0])

    def _version(self, con: sqlite3.Connection, name: str, version: int) -> Version:
        r = con.execute(
            "SELECT * FROM versions WHERE name = ? AND version = ?", (name, version)
        ).fetchone()
        tags = con.execute(
            "SELECT key, value FROM tags WHERE name = ? AND version = ? ORDER BY key",
            (name, version),
        )
        aliases = con.execute(
            "SELECT alias FROM aliases WHERE name = ? AND version = ? ORDER BY alias",
            (name, version),
        )
        return Version(
            name=name,
            version=version,
            created=r["created"],
            source=r["source"],
            manifest=json.loads(r["manifest"]),
            card=r["card"],
            lineage=json.loads(r["lineage"]),
            metrics=json.loads(r["metrics"]) if r["metrics"] else None,
            description=r["description"],
            tags={k: v for k, v in tags},
            aliases=[a for (a,) in aliases],
        )

    def _lineage(self, src: Path, config: dict[str, Any]) -> dict[str, Any]:
        """Where the model came from, as its own files say: the stage that wrote it, the
        parent model (and its registered version when the parent's weights are in the
        registry), the data fingerprint and the run's resolved config."""
        stages = {
            k: v for k, v in config.items() if k.startswith("genforge_") and k != "genforge_version"
        }
        stage_name = next(iter(stages), None)
        stage = stages.get(stage_name, {}) if stage_name else {}
        out: dict[str, Any] = {
            "stage": stage_name.removeprefix("genforge_") if stage_name else None,
            "genforge_version": config.get("genforge_version"),
            "model_type": config.get("model_type"),
        }
        parent = None
        for key in ("base_model", "model", "policy", "student", "init"):
            if isinstance(stage, dict) and isinstance(stage.get(key), str):
                parent = stage[key]
                break
        parent = parent or config.get("imported_from")
        if parent:
            out["parent"] = {"path": str(parent), **self._parent_version(Path(str(parent)))}
        fingerprint = stage.get("data_fingerprint") if isinstance(stage, dict) else None
        run_config = _run_config(src)
        data_cfg = (run_config or {}).get("data")
        if fingerprint is None and isinstance(data_cfg, dict):
            fingerprint = data_cfg.get("fingerprint")
        out["data_fingerprint"] = fingerprint
        out["data"] = stage.get("data") if isinstance(stage, dict) else None
        out["stage_summary"] = stage
        out["run_config"] = run_config
        if (src / "model.safetensors").is_file():
            out["weights_sha256"] = sha256_file(src / "model.safetensors")
        return out

    def _parent_version(self, parent: Path) -> dict[str, Any]:
        weights = parent / "model.safetensors"
        if not weights.is_file() or not self.db_path.is_file():
            return {}
        digest = sha256_file(weights)
        with self._read() as con:
            for r in con.execute("SELECT name, version, lineage FROM versions ORDER BY created"):
                if json.loads(r["lineage"]).get("weights_sha256") == digest:
                    return {"registered": f"{r['name']}@v{r['version']}"}
        return {"weights_sha256": digest}


def _read_model_config(src: Path) -> dict[str, Any]:
    if not src.is_dir():
        raise GenforgeError(
            f"{src} is not a folder; give a model dir (written by a training stage)"
        )
    config = (
        read_json(src / "config.json", "model config") if (src / "config.json").is_file() else None
    )
    if not isinstance(config, dict) or not str(config.get("model_type", "")).startswith("genforge"):
        raise GenforgeError(
            f"{src} is not a genforge model dir (no config.json with a genforge model_type); "
            "register the folder a training stage wrote with --out"
        )
    return config


def _run_config(src: Path) -> dict[str, Any] | None:
    """The resolved config a training stage wrote into its run dir, if it is there."""
    for cand in (src / "run" / "config.json", src / "run" / "run_config.json"):
        if cand.is_file():
            try:
                return json.loads(cand.read_text(encoding="utf-8"))
            except ValueError:
                return None
    return None


class AliasFollower:
    """What ``genforge serve --model registry:NAME@ALIAS`` follows: ``key()`` is the version
    the reference names now (one query), ``path(key)`` a verified folder with its files."""

    def __init__(self, ref: str, registry: Registry) -> None:
        self.ref = ref.removeprefix(SCHEME)
        self.name, self.selector = parse_ref(self.ref)
        self.registry = registry

    def key(self) -> str:
        return f"{self.name}@v{self.registry.resolve(self.ref)}"

    def path(self, key: str) -> Path:
        return self.registry.path(key)[1]
