"""The "pandas route": what an analyst would write instead of running `netwerkscan analyse`.

Benchmark companion of src/bench/benchmark.sh. It reads the same survey workbook with
pandas.read_excel (engine openpyxl), computes the tool's core figures with groupby and a
networkx bipartite maximum matching, and prints them with its wall time, so the two routes can
be compared on the same file.

    /usr/bin/python3 src/bench/pandas_route.py SURVEY.xlsx [--types organisation-types.csv] [--named]

Run it with Debian's python3-pandas, python3-openpyxl and python3-networkx. It prints: rows
read / used / rejected / duplicate, respondents, organisations, external persons, how many
organisations have resilience 1, the distance table (types x aspects), the time of the
read_excel step and finally `pandas route: N.NN s` (time.perf_counter, from before reading to
the end).

The rules followed are those of /work/shared/survey-format.md and report-contract.md, as far
as they matter for these figures: rows without Respondent or Organisatie are rejected, repeated
rows count once, names match case-, accent-, space- and punctuation-insensitively (persons
within their organisation), answers are the numbers 1-5, the text "1".."5" or the scale's
labels, anything else is "not answered". Organisation types come from the tool's built-in
classification (organisation-types.csv, found beside the sources; --types to choose another)
extended by the survey's Organisaties sheet, which wins; an organisation neither classifies is
"Onbekend".

How it compared with netwerkscan analyse (generated surveys, seed 2024, 1k / 10k / 100k rows):
rows read, used, rejected and duplicate, respondents, organisations, external persons, every
organisation's staff, contacts, named persons, type and resilience, and the whole distance
table agree exactly (not only to 2 decimals). Two choices make that so; either simpler one
breaks it:
- Types from the Organisaties sheet alone: generated surveys list only their invented
  organisations there, so 96 % / 64 % / 26 % of the contacts (1k / 10k / 100k) fall in
  "Onbekend" and only the invented organisations' types stay comparable.
- Label answers ("wekelijks", ~10 % of generated cells) dropped instead of mapped: labels are
  drawn independently of the value, so the means stay unbiased, but distances move by up to
  0.03 / 0.007 / 0.003 and 33 / 14 / 6 of the 63 type x aspect cells differ at 2 decimals.
Resilience is as the tool defines it: the rows without a person join their respondent to one
shared "unnamed" node of the organisation (its Veerkracht column). --named also prints the count
over named persons only, which finds more organisations with resilience 1 (1k: 37 against 22;
10k: 20 against 0; 100k: 71 against 0; one named person plus unnamed mentions by two or more
staff members is resilience 2 for the tool). It is off by default because it is a second
matching (about 1 s at 100k rows) that the tool does not do, so it would skew the timing.
"""

import argparse
import sys
import time
import unicodedata
import warnings
from pathlib import Path

import networkx as nx
import pandas as pd

ASPECTS = [
    "Intensiteit",
    "Belang",
    "Afhankelijkheid",
    "Samenwerking",
    "Deskundigheid",
    "Betrouwbaarheid",
    "Vertrouwen",
]

# Header spellings the contract accepts (Dutch and English), by matching key -> our column name.
HEADER_ALIASES = {
    "respondent": "Respondent",
    "functie": "Functie",
    "function": "Functie",
    "organisatie": "Organisatie",
    "organisation": "Organisatie",
    "contactpersoon": "Contactpersoon",
    "contactperson": "Contactpersoon",
    "inpandig": "Inpandig",
    "inhouse": "Inpandig",
    "intensiteit": "Intensiteit",
    "intensity": "Intensiteit",
    "belang": "Belang",
    "importance": "Belang",
    "afhankelijkheid": "Afhankelijkheid",
    "noodzaak": "Afhankelijkheid",
    "dependency": "Afhankelijkheid",
    "samenwerking": "Samenwerking",
    "cooperation": "Samenwerking",
    "deskundigheid": "Deskundigheid",
    "expertise": "Deskundigheid",
    "betrouwbaarheid": "Betrouwbaarheid",
    "reliability": "Betrouwbaarheid",
    "vertrouwen": "Vertrouwen",
    "trust": "Vertrouwen",
    "team": "Team",
    "afdeling": "Team",
    "eenheid": "Team",
    "gemeente": "Team",
    "unit": "Team",
    "department": "Team",
    "municipality": "Team",
}
REQUIRED = ["Respondent", "Organisatie"]

# The scale labels of survey-format.md, answer 1 first (Dutch, then English).
LABELS = {
    "Intensiteit": ["minder vaak", "per kwartaal", "maandelijks", "wekelijks", "dagelijks",
                    "less often", "quarterly", "monthly", "weekly", "daily"],
    "Belang": ["onbelangrijk", "niet zo belangrijk", "een beetje belangrijk", "belangrijk",
               "zeer belangrijk", "unimportant", "not very important", "somewhat important",
               "important", "very important"],
    "Afhankelijkheid": ["niet nodig", "een beetje nodig", "nodig", "hard nodig", "onmisbaar",
                        "not needed", "a little needed", "needed", "much needed",
                        "indispensable"],
    "Samenwerking": ["zeer moeizaam", "moeizaam", "neutraal", "makkelijk", "zeer makkelijk",
                     "very difficult", "difficult", "neutral", "easy", "very easy"],
    "Deskundigheid": ["niet deskundig", "weinig deskundig", "redelijk deskundig", "deskundig",
                      "zeer deskundig", "no expertise", "little expertise", "fairly expert",
                      "expert", "very expert"],
    "Betrouwbaarheid": ["nooit", "zelden", "soms", "meestal", "altijd",
                        "never", "rarely", "sometimes", "mostly", "always"],
    "Vertrouwen": ["geen vertrouwensband", "weinig vertrouwen", "enige vertrouwensband",
                   "sterke vertrouwensband", "zeer sterke vertrouwensband", "no trust",
                   "little trust", "some trust", "strong trust", "very strong trust"],
}

IN_HOUSE = {"ja": True, "yes": True, "j": True, "y": True, "1": True, "x": True,
            "nee": False, "no": False, "n": False, "0": False}

UNKNOWN_TYPE = "Onbekend"
# the tool's built-in classification, in the source tree beside this script (src/main/...)
DEFAULT_TYPES = (
    Path(__file__).resolve().parents[1]
    / "main/resources/nl/netwerkscan/importer/organisation-types.csv"
)


# --- matching keys -------------------------------------------------------------------------

def key(text):
    """The contract's matching key of one name: lower case, no accents, letters and digits only."""
    unaccented = "".join(
        c for c in unicodedata.normalize("NFD", str(text)) if not unicodedata.combining(c)
    )
    return "".join(c for c in unaccented.lower() if c.isalnum())


def keys(series):
    """Matching keys of a column; empty or missing cells (and names of punctuation only) -> NA.

    Applied to the distinct values only: a survey repeats the same names thousands of times.
    """
    codes, uniques = pd.factorize(series)
    mapped = pd.Series([key(u) or None for u in uniques], dtype=object)
    out = mapped.reindex(codes).to_numpy()  # code -1 (missing) reindexes to NaN
    return pd.Series(out, index=series.index, dtype=object)


# --- reading -------------------------------------------------------------------------------

def read_workbook(path):
    """The Contacten sheet (else the first sheet) and the Organisaties sheet, if any, as object
    columns: numbers stay numbers and text stays text, so answers can be checked per cell."""
    with warnings.catch_warnings():
        # generated workbooks carry no default style; openpyxl warns about it on every open
        warnings.simplefilter("ignore", UserWarning)
        # ExcelFile.parse is what pandas.read_excel runs; opening once serves both sheets
        book = pd.ExcelFile(path, engine="openpyxl")
        by_key = {key(name): name for name in book.sheet_names}
        contacts_sheet = by_key.get("contacten") or by_key.get("contacts") or book.sheet_names[0]
        contacts = book.parse(contacts_sheet, header=None, dtype=object)
        orgs_sheet = by_key.get("organisaties") or by_key.get("organisations")
        orgs = book.parse(orgs_sheet, dtype=object) if orgs_sheet else None
        book.close()
    return with_header(contacts), orgs


def with_header(raw):
    """Uses the first of the first 20 rows that holds both required headers as the header, and
    renames the known headers to our column names; unknown columns are dropped."""
    for i in range(min(20, len(raw))):
        names = [HEADER_ALIASES.get(key(v)) if pd.notna(v) else None for v in raw.iloc[i]]
        if all(r in names for r in REQUIRED):
            frame = raw.iloc[i + 1:]
            keep = {pos: name for pos, name in enumerate(names) if name}
            frame = frame.iloc[:, list(keep)]
            frame.columns = list(keep.values())
            frame = frame.loc[:, ~frame.columns.duplicated()]
            return frame.reindex(columns=["Respondent", "Functie", "Organisatie",
                                          "Contactpersoon", "Inpandig", "Team"] + ASPECTS)
    sys.exit("no header row with Respondent and Organisatie in the first 20 rows")


def classification(types_csv, orgs_sheet):
    """Organisation key -> (canonical key, type): the built-in list first, then the survey's
    Organisaties sheet, whose entries win. Aliases point at their organisation's key."""
    alias, kind = {}, {}

    def add(name, soort, aliases, separators):
        if pd.isna(name) or not key(name):
            return
        canonical = key(name)
        alias[canonical] = canonical
        soort = str(soort).strip() if pd.notna(soort) else ""
        kind[canonical] = soort or UNKNOWN_TYPE
        if pd.notna(aliases):
            text = str(aliases)
            for sep in separators[1:]:
                text = text.replace(sep, separators[0])
            for a in text.split(separators[0]):
                if key(a):
                    alias[key(a)] = canonical

    if types_csv and Path(types_csv).is_file():
        builtin = pd.read_csv(types_csv, sep=";", dtype=str, keep_default_na=False)
        for row in builtin.itertuples(index=False):
            add(row[0], row[1] or None, row[2] or None, ["|"])
    if orgs_sheet is not None and len(orgs_sheet.columns) >= 2:
        for row in orgs_sheet.itertuples(index=False):
            add(row[0], row[1], row[2] if len(row) > 2 else None, ["|", ","])
    return alias, kind


# --- cleaning ------------------------------------------------------------------------------

def answers(column, aspect):
    """Scale values 1..5 of one aspect column, NaN where not answered or off the scale."""
    numbers = pd.to_numeric(column, errors="coerce")  # numeric cells and text "3"
    numbers = numbers.where(numbers.isin([1, 2, 3, 4, 5]))
    # labels match by key; that also drops inner spaces, harmless as no two labels differ by them
    scale = {key(label): (i % 5) + 1 for i, label in enumerate(LABELS[aspect])}
    words = keys(column.where(column.map(type) == str)).map(scale)
    return numbers.fillna(words).astype(float)


def clean(contacts, alias, kind):
    """Adds the matching keys, the organisation's type and the scale values; returns the used
    rows (duplicates removed) and the counts of read, rejected and duplicate rows."""
    contacts = contacts.dropna(how="all")  # a wholly empty row is skipped silently
    rows_read = len(contacts)
    df = pd.DataFrame(index=contacts.index)
    df["resp"] = keys(contacts["Respondent"])
    org = keys(contacts["Organisatie"])
    df["org"] = org.map(alias).fillna(org)  # through the aliases, then by key
    df["person"] = keys(contacts["Contactpersoon"])  # NA = an unnamed mention
    df["function"] = keys(contacts["Functie"])
    df["inhouse"] = keys(contacts["Inpandig"]).map(IN_HOUSE)
    df["team"] = keys(contacts["Team"])
    for aspect in ASPECTS:
        df[aspect] = answers(contacts[aspect], aspect)

    usable = df.dropna(subset=["resp", "org"])
    rejected = rows_read - len(usable)
    # a row equal to an earlier one on every contract field (after matching) counts once
    used = usable.drop_duplicates()
    duplicates = len(usable) - len(used)
    used = used.assign(type=used["org"].map(kind).fillna(UNKNOWN_TYPE))
    return used, {"read": rows_read, "rejected": rejected, "duplicates": duplicates}


# --- figures -------------------------------------------------------------------------------

def per_organisation(used):
    """Staff, contacts and distinct named persons per organisation (Kwetsbare contacten)."""
    return used.groupby("org").agg(
        staff=("resp", "nunique"), contacts=("resp", "size"), persons=("person", "nunique")
    )


def resilience(used, with_unnamed):
    """Size of a maximum matching of staff x contact persons, per organisation.

    All organisations go into one graph: their nodes carry the organisation, so the graph is
    their disjoint union and one Hopcroft-Karp run gives every organisation's matching at once.
    With with_unnamed (the tool's definition), rows without a person join their respondent to
    one shared "unnamed" node of that organisation; else those rows are left out.
    """
    person = used["person"] if not with_unnamed else used["person"].fillna("\0unnamed")
    edges = pd.DataFrame({"org": used["org"], "resp": used["resp"], "person": person})
    edges = edges.dropna().drop_duplicates()
    staff_nodes = list(zip("s" * len(edges), edges["org"], edges["resp"]))
    person_nodes = list(zip("p" * len(edges), edges["org"], edges["person"]))
    graph = nx.Graph()
    graph.add_edges_from(zip(staff_nodes, person_nodes))
    matching = nx.bipartite.hopcroft_karp_matching(graph, top_nodes=set(staff_nodes))
    # the matching maps both ends; count each matched edge once, by its staff end
    matched = pd.Series([node[1] for node in matching if node[0] == "s"], dtype=object)
    return matched.value_counts().reindex(used["org"].unique(), fill_value=0)


def distances(used):
    """(5 - mean answer) / 4 per type and aspect over the rows that answered, then a Mean column
    (of the non-empty aspect distances) and an "Alle" row; closest type first."""
    table = (5 - used.groupby("type")[ASPECTS].mean()) / 4
    table["Gemiddeld"] = table[ASPECTS].mean(axis=1)
    table["Contacten"] = used.groupby("type").size()
    table = table.sort_values("Gemiddeld")
    overall = (5 - used[ASPECTS].mean()) / 4
    table.loc["Alle"] = list(overall) + [overall.mean(), len(used)]
    return table


# --- output --------------------------------------------------------------------------------

def report(counts, used, orgs, res_tool, res_named, table, read_seconds):
    print(f"rows read {counts['read']:,}: used {len(used):,}, rejected {counts['rejected']:,}, "
          f"duplicate {counts['duplicates']:,}")
    persons = used.dropna(subset=["person"])[["org", "person"]].drop_duplicates()
    print(f"respondents {used['resp'].nunique():,}, organisations {len(orgs):,}, "
          f"external persons {len(persons):,}")
    high = ((res_tool == 1) & (orgs["contacts"].reindex(res_tool.index) >= 3)).sum()
    print(f"resilience 1 (unnamed node, as the tool): {(res_tool == 1).sum()} organisations "
          f"({high} of them with >= 3 contacts: high risk)")
    if res_named is not None:
        print(f"resilience 1 (named persons only): {(res_named == 1).sum()} organisations")
    print()
    shown = table.copy()
    shown["Contacten"] = shown["Contacten"].astype(int)
    with pd.option_context("display.width", 200, "display.max_columns", 20,
                           "display.float_format", "{:.2f}".format):
        print(shown.rename_axis("Soort"))
    print()
    print(f"read_excel: {read_seconds:.2f} s")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("survey", help="the survey workbook (.xlsx)")
    parser.add_argument("--types", default=DEFAULT_TYPES,
                        help="organisation classification, organisatie;soort;aliassen "
                             "(default: the tool's built-in organisation-types.csv)")
    parser.add_argument("--named", action="store_true",
                        help="also count resilience 1 over named persons only (not timed fairly: "
                             "the tool does not compute it)")
    args = parser.parse_args()

    start = time.perf_counter()
    contacts, orgs_sheet = read_workbook(args.survey)
    read_seconds = time.perf_counter() - start

    alias, kind = classification(args.types, orgs_sheet)
    used, counts = clean(contacts, alias, kind)
    orgs = per_organisation(used)
    res_tool = resilience(used, with_unnamed=True)
    res_named = resilience(used, with_unnamed=False) if args.named else None
    table = distances(used)
    report(counts, used, orgs, res_tool, res_named, table, read_seconds)
    print(f"pandas route: {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    main()
