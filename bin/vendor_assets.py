#!/usr/bin/env python3
"""Vendor third-party front-end files (run by hand, committed).

The NL Design System CSS goes into static/vendor/ (the pages use it), axe-core
into tests/e2e/vendor/ (the browser tests run it; the site never serves it).

Downloads each pinned npm package's tarball from the npm registry, checks it
against the registry's sha512 integrity, copies the listed files into
<target>/<package>/ and records version, licence, source and sha256 of every
file in <target>/VENDORED.json. `make run` and `make test` never need npm: the
files are in the repository. To update, change a version below and rerun:

    python3 bin/vendor_assets.py
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import sys
import tarfile
import urllib.request
from pathlib import Path

REGISTRY = "https://registry.npmjs.org"
ROOT = Path(__file__).resolve().parent.parent
STATIC = ROOT / "static" / "vendor"
TESTS = ROOT / "tests" / "e2e" / "vendor"

# target, package, version, files to take (path in the tarball -> file name)
PACKAGES = [
    (
        STATIC,
        "@utrecht/component-library-css",
        "9.0.4",
        {"package/dist/index.css": "index.css", "package/LICENSE.md": "LICENSE.md"},
    ),
    (
        STATIC,
        "@nl-design-system-unstable/voorbeeld-design-tokens",
        "7.4.1",
        {"package/dist/theme.css": "theme.css", "package/README.md": "README.md"},
    ),
    (
        TESTS,
        "axe-core",
        "4.10.3",
        {"package/axe.min.js": "axe.min.js", "package/LICENSE": "LICENSE"},
    ),
]


def fetch(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=60) as response:
        return response.read()


def vendor(target: Path, name: str, version: str, files: dict[str, str]) -> dict:
    meta = json.loads(fetch(f"{REGISTRY}/{name}/{version}"))
    tarball = fetch(meta["dist"]["tarball"])
    algorithm, _, expected = meta["dist"]["integrity"].partition("-")
    digest = base64.b64encode(hashlib.new(algorithm, tarball).digest()).decode()
    if digest != expected:
        sys.exit(f"{name}@{version}: the tarball does not match its integrity")
    folder = target / name.lstrip("@").replace("/", "-")
    folder.mkdir(parents=True, exist_ok=True)
    recorded = {}
    with tarfile.open(fileobj=io.BytesIO(tarball)) as archive:
        for member, file_name in files.items():
            content = archive.extractfile(member).read()
            (folder / file_name).write_bytes(content)
            recorded[file_name] = hashlib.sha256(content).hexdigest()
    return {
        "package": name,
        "version": version,
        "licence": meta.get("license"),
        "source": meta["dist"]["tarball"],
        "integrity": meta["dist"]["integrity"],
        "folder": str(folder.relative_to(target)),
        "sha256": recorded,
    }


def main() -> None:
    by_target: dict[Path, list[dict]] = {}
    for target, *package in PACKAGES:
        by_target.setdefault(target, []).append(vendor(target, *package))
    for target, records in by_target.items():
        (target / "VENDORED.json").write_text(json.dumps(records, indent=2) + "\n")
        for record in records:
            print(f"{record['package']}@{record['version']} ({record['licence']})")


if __name__ == "__main__":
    main()
