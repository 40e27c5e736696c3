"""The licences of what nato_reader ships: its own, its fonts' and its data's.

Pure and Qt-free, so ``nato-reader --version``, ``--licences`` and the About dialog all
read the same shipped files. The project's own licence text (``LICENSE``) sits in the
resources of a wheel or a bundle and beside them in a source checkout.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from nato_reader import __version__
from nato_reader.paths import resources_dir

PROJECT_LICENCE = "GPL-3.0-or-later"

# Licence names as they are written in licence files and attribution notes, mapped to SPDX
# identifiers. Matching names in prose is hand-written: no library reads licence notes.
_KNOWN_LICENCES: tuple[tuple[str, str], ...] = (
    (r"SIL Open Font License,? Version 1\.1|\bOFL-1\.1\b", "OFL-1.1"),
    (r"\bGPL-3\.0-or-later\b|\bGPL-?3\.0\+|\bGPLv3\+", "GPL-3.0-or-later"),
    (r"GNU GENERAL PUBLIC LICENSE\s+Version 3|\bGPL-3\.0(?![-+\w])", "GPL-3.0"),
    (r"Unicode License V3|\bUnicode-3\.0\b", "Unicode-3.0"),
    (r"Unicode, Inc\. License Agreement|Unicode-DFS-2016", "Unicode-DFS-2016"),
    (r"\bCC0\b|Creative Commons Zero|public domain dedication", "CC0-1.0"),
    (r"CC[- ]BY[- ]SA[- ]4\.0|Attribution-ShareAlike 4\.0", "CC-BY-SA-4.0"),
    (r"CC[- ]BY[- ]SA[- ]3\.0|Attribution-ShareAlike 3\.0", "CC-BY-SA-3.0"),
    (r"CC[- ]BY[- ]4\.0|Attribution 4\.0 International", "CC-BY-4.0"),
    (r"Open Database License|\bODbL\b", "ODbL-1.0"),
    (r"\bMIT License\b|\bMIT\b licen[cs]e", "MIT"),
    (r"Apache License,? Version 2\.0|\bApache-2\.0\b", "Apache-2.0"),
    (r"\bBSD[- ]3[- ]Clause\b", "BSD-3-Clause"),
)


@dataclass(frozen=True)
class BundledLicence:
    """One shipped licence file and what it covers."""

    subject: str  # what the file covers, e.g. "Amiri font"
    path: Path
    identifiers: tuple[str, ...]  # SPDX identifiers named in the file, in order of mention

    def text(self) -> str:
        return self.path.read_text(encoding="utf-8", errors="replace")

    def summary(self) -> str:
        names = ", ".join(self.identifiers) or "see " + self.path.name
        return f"{self.subject}: {names}"


def licence_identifiers(text: str) -> tuple[str, ...]:
    """SPDX identifiers of the licences a licence file or attribution note names."""
    first_mention: dict[str, int] = {}
    for match in re.finditer(r"SPDX-License-Identifier:\s*([\w.+-]+)", text):
        first_mention.setdefault(match.group(1), match.start())
    for pattern, spdx in _KNOWN_LICENCES:
        match = re.search(pattern, text, flags=re.IGNORECASE)
        if match:
            first_mention[spdx] = min(match.start(), first_mention.get(spdx, match.start()))
    return tuple(sorted(first_mention, key=first_mention.__getitem__))


def _entry(subject: str, path: Path) -> BundledLicence:
    text = path.read_text(encoding="utf-8", errors="replace")
    return BundledLicence(subject, path, licence_identifiers(text))


def project_licence_file() -> Path | None:
    """The GPL text: in the resources of a wheel or bundle, beside them in a checkout."""
    resources = resources_dir()
    for candidate in (resources / "LICENSE", resources.parent / "LICENSE"):
        if candidate.is_file():
            return candidate
    return None


def bundled_licences() -> list[BundledLicence]:
    """Every shipped licence file: the project's, each font family's, the lexicons'."""
    entries: list[BundledLicence] = []
    own = project_licence_file()
    if own is not None:
        entries.append(BundledLicence("nato_reader", own, (PROJECT_LICENCE,)))
    resources = resources_dir()
    for path in sorted((resources / "fonts").glob("*OFL*.txt")):
        family = path.stem.replace("-OFL", "").replace("_OFL", "").replace("OFL", "")
        entries.append(_entry(f"{family.strip('-_ ') or 'Bundled'} font", path))
    gazetteers = resources / "gazetteers" / "LICENSES.md"
    if gazetteers.is_file():
        entries.append(_entry("Gazetteers and cue lists", gazetteers))
    return entries


def version_text() -> str:
    """What ``nato-reader --version`` prints: version, licence, bundled licences."""
    lines = [f"nato-reader {__version__} ({PROJECT_LICENCE})"]
    for entry in bundled_licences():
        if entry.subject != "nato_reader":
            lines.append(f"  {entry.summary()}")
    return "\n".join(lines)


def licences_text() -> str:
    """Every shipped licence file in full, each under a heading naming what it covers."""
    parts = []
    for entry in bundled_licences():
        heading = f"{entry.subject} — {entry.path.name}"
        parts.append(f"{heading}\n{'=' * len(heading)}\n\n{entry.text().strip()}\n")
    return "\n\n".join(parts)
