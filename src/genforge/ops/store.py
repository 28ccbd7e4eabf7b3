"""A content-addressed file store: every file kept once, by its sha256, and checked on read.

Layout under ``root``::

    blobs/ab/ab12...ef       one read-only file per distinct content (name = its sha256)
    checkouts/NAME/vN/       a model dir rebuilt from blobs (hard links, or copies across
                             file systems) for loaders that want a folder

A model dir is stored as a *manifest* ``{relative path: {"sha256", "size"}}``; two versions
that share a tokenizer or unchanged weights share its blob. Blobs are written atomically
(temp file, fsync, rename) and never modified, so a reader sees a whole blob or none.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from genforge.errors import GenforgeError
from genforge.io import sha256_file

Manifest = dict[str, dict[str, object]]

# Training state a registered model does not need (optimizer moments, RNG state): large, and
# a model version is for serving and lineage, not for resuming a run.
SKIP_DIRS = {"checkpoint", "checkpoint.prev", "__pycache__"}


def model_files(model_dir: Path) -> list[Path]:
    """The files of ``model_dir`` a version keeps, as relative paths (sorted; hidden files,
    symlinks and checkpoints left out)."""
    out = []
    for path in sorted(model_dir.rglob("*")):
        rel = path.relative_to(model_dir)
        if any(p.startswith(".") or p in SKIP_DIRS for p in rel.parts):
            continue
        if path.is_file() and not path.is_symlink():
            out.append(rel)
    return out


class BlobStore:
    """Files by sha256 under ``root/blobs``; see the module docstring."""

    def __init__(self, root: str | os.PathLike) -> None:
        self.root = Path(root)
        self.blobs = self.root / "blobs"
        self.checkouts = self.root / "checkouts"

    def blob_path(self, digest: str) -> Path:
        return self.blobs / digest[:2] / digest

    def put_dir(self, model_dir: Path) -> tuple[Manifest, int]:
        """Store every file of ``model_dir``; return its manifest and the bytes newly
        written (files already stored by content are not written again)."""
        manifest: Manifest = {}
        written = 0
        for rel in model_files(model_dir):
            src = model_dir / rel
            digest = sha256_file(src)
            size = src.stat().st_size
            manifest[rel.as_posix()] = {"sha256": digest, "size": size}
            if not self.blob_path(digest).is_file():
                self._write_blob(src, digest)
                written += size
        return manifest, written

    def _write_blob(self, src: Path, digest: str) -> None:
        target = self.blob_path(digest)
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".in.", dir=target.parent)
        os.close(fd)
        try:
            shutil.copyfile(src, tmp)
            # The file may have changed since it was hashed: store only what was hashed.
            if sha256_file(tmp) != digest:
                raise GenforgeError(f"{src} changed while it was being stored; add it again")
            with open(tmp, "rb") as f:
                os.fsync(f.fileno())
            os.chmod(tmp, 0o444)
            os.replace(tmp, target)
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)

    def verify(self, manifest: Manifest, base: Path | None = None, what: str = "") -> None:
        """Re-hash every file of ``manifest`` (the blobs, or the files under ``base``);
        a missing or changed file raises a GenforgeError naming it."""
        for rel, meta in manifest.items():
            path = base / rel if base is not None else self.blob_path(str(meta["sha256"]))
            if not path.is_file():
                raise GenforgeError(
                    f"{what}: the stored file {rel} is missing ({path}); the registry at "
                    f"{self.root} is damaged: add the model dir again or restore the folder"
                )
            if path.stat().st_size != meta["size"] or sha256_file(path) != meta["sha256"]:
                raise GenforgeError(
                    f"{what}: the stored file {rel} is corrupted ({path} does not hash to "
                    f"{str(meta['sha256'])[:12]}...); its content cannot be trusted: add the "
                    "model dir again (`genforge registry add`) or restore the registry folder"
                )

    def checkout(self, manifest: Manifest, name: str, version: int) -> Path:
        """A folder holding ``manifest``'s files (built once, verified on every call)."""
        what = f"{name}@v{version}"
        target = self.checkouts / name / f"v{version}"
        if not target.is_dir():
            self.verify(manifest, what=what)
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = Path(tempfile.mkdtemp(prefix=f".v{version}.", dir=target.parent))
            try:
                for rel, meta in manifest.items():
                    dst = tmp / rel
                    dst.parent.mkdir(parents=True, exist_ok=True)
                    _link_or_copy(self.blob_path(str(meta["sha256"])), dst)
                with contextlib.suppress(OSError):  # another process built it first
                    os.replace(tmp, target)
            finally:
                shutil.rmtree(tmp, ignore_errors=True)
        self.verify(manifest, base=target, what=what)
        return target

    def iter_blobs(self) -> Iterator[Path]:
        if self.blobs.is_dir():
            yield from (p for p in self.blobs.glob("*/*") if not p.name.startswith("."))

    def remove_checkout(self, name: str, version: int) -> None:
        shutil.rmtree(self.checkouts / name / f"v{version}", ignore_errors=True)


def _link_or_copy(src: Path, dst: Path) -> None:
    try:
        os.link(src, dst)  # no second copy of the weights; blobs are read-only
    except OSError:
        shutil.copyfile(src, dst)
        os.chmod(dst, 0o444)
