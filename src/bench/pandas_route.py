"""The pandas route: what an analyst would write instead of netwerkscan, for the benchmark.

    /usr/bin/python3 src/bench/pandas_route.py SURVEY.xlsx

Reads the Contacten and Organisaties sheets with pandas.read_excel (openpyxl), and computes the
core figures of `netwerkscan analyse`: rows read and used, staff, contacts and named persons per
organisation, resilience per organisation by maximum bipartite matching (networkx) of our staff
against their people, and the distance (5 - mean answer) / 4 per organisation type and aspect.
It prints them and, last, `pandas route: N.NN s`, the wall time from before reading to the end.

A comparable workload, not a second implementation: names are matched by a simple key (case,
accents, spaces and punctuation ignored, no aliases), and an organisation missing from the
Organisaties sheet is typed "Overig", where netwerkscan also knows a built-in classification,
so distances of the built-in types differ from the report's.
"""

import sys
import time
import unicodedata

import networkx as nx
import pandas as pd

ASPECTS = ["Intensiteit", "Belang", "Afhankelijkheid", "Samenwerking", "Deskundigheid",
           "Betrouwbaarheid", "Vertrouwen"]


def key(name):
    """A matching key: lower case, accents and everything but letters and digits removed."""
    text = unicodedata.normalize("NFKD", str(name)).lower()
    return "".join(c for c in text if c.isalnum())


def read(path):
    started = time.perf_counter()
    contacts = pd.read_excel(path, sheet_name="Contacten", engine="openpyxl", dtype=object)
    types = pd.read_excel(path, sheet_name="Organisaties", engine="openpyxl", dtype=object)
    print(f"read_excel: {time.perf_counter() - started:.2f} s")
    return contacts, types


def usable(contacts):
    """Rows with a respondent and an organisation, with matching keys and numeric answers."""
    rows = contacts.dropna(subset=["Respondent", "Organisatie"]).copy()
    rows["org"] = rows["Organisatie"].map(key)
    rows["person"] = rows["Contactpersoon"].map(lambda p: None if pd.isna(p) else key(p))
    for aspect in ASPECTS:
        answer = pd.to_numeric(rows[aspect], errors="coerce")  # labels count as not answered
        rows[aspect] = answer.where(answer.between(1, 5))
    return rows


def resilience(rows):
    """Per organisation, the size of a maximum matching of our staff x their named persons."""
    named = rows.dropna(subset=["person"])[["org", "Respondent", "person"]].drop_duplicates()
    result = {}
    for org, links in named.groupby("org"):
        graph = nx.Graph()
        staff = [("s", r) for r in links["Respondent"].unique()]
        graph.add_nodes_from(staff)
        graph.add_edges_from((("s", r), ("p", p)) for r, p in zip(links["Respondent"], links["person"]))
        matching = nx.bipartite.hopcroft_karp_matching(graph, top_nodes=staff)
        result[org] = len(matching) // 2
    return pd.Series(result, name="resilience")


def distances(rows, types):
    typed = dict(zip(types["Organisatie"].map(key), types["Soort"]))
    by_type = rows.assign(type=rows["org"].map(typed).fillna("Overig"))
    return ((5 - by_type.groupby("type")[ASPECTS].mean()) / 4).round(2)


def main(path):
    started = time.perf_counter()
    contacts, types = read(path)
    rows = usable(contacts)
    figures = rows.groupby("org").agg(
        staff=("Respondent", "nunique"), contacts=("Respondent", "size"), persons=("person", "nunique"))
    figures = figures.join(resilience(rows)).fillna({"resilience": 0})
    table = distances(rows, types)
    print(f"rows read: {len(contacts)}, used: {len(rows)}")
    print(f"organisations: {len(figures)}, with resilience 1: {int((figures['resilience'] == 1).sum())}")
    print(table.to_string())
    print(f"pandas route: {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main(sys.argv[1])
