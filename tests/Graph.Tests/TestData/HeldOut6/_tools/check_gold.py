#!/usr/bin/env python3
"""Sanity checks for a gold folder; optionally writes a GraphML built from the gold itself.

usage: check_gold.py GOLD_DIR [--dev DEV_DIR] [--graphml OUT.graphml]
"""
import argparse, glob, hashlib, json, os, re, sys, unicodedata
from xml.sax.saxutils import escape

QUOTES = "\"'“”‘’《》「」『』〈〉【】"


def norm(s):
    s = unicodedata.normalize("NFKC", str(s or ""))
    return "".join(ch for ch in s if ch not in QUOTES and not ch.isspace()).lower()


def read_text(path):
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8"), "utf-8-bom"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("gb18030"), "gb18030"


def body_of(text):
    out = []
    for line in text.split("\n")[3:]:
        if re.match(r"^(关键词|AI技术|行业|重大事件摘要)\s*[:：]|^(<<<<<<<|=======|>>>>>>>)", line):
            continue
        out.append(line)
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold_dir")
    ap.add_argument("--dev")
    ap.add_argument("--graphml")
    a = ap.parse_args()
    errors, counts = [], {}
    dev_names = set()
    if a.dev:
        for f in glob.glob(os.path.join(a.dev, "*.gold.json")):
            for e in json.load(open(f, encoding="utf-8"))["entities"]:
                if e["type"] in ("Person", "Company", "Organization"):
                    dev_names.add(norm(e["name"]))
    nodes, edges = {}, []

    def node(key, labels, props):
        nodes.setdefault(key, (labels, props))
        return key

    for gf in sorted(glob.glob(os.path.join(a.gold_dir, "*.gold.json"))):
        g = json.load(open(gf, encoding="utf-8"))
        art = g["article"]
        if art != os.path.basename(gf).replace(".gold.json", ".txt"):
            errors.append(f"{gf}: article field {art} does not match file name")
        text, enc = read_text(os.path.join(a.gold_dir, art))
        ntext, nbody = norm(text), norm(body_of(text))
        url = re.search(r"^链接:\s*(\S+)", text, re.M).group(1)
        title = re.search(r"^标题:\s*(.*)$", text, re.M).group(1)
        aid = hashlib.sha1(url.encode()).hexdigest()[:16]
        node(aid, ":Article", {"id": aid, "title": title, "url": url, "source": art})
        names = {}
        keyof = {}
        for e in g["entities"]:
            counts.setdefault(e["type"], 0)
            counts[e["type"]] += 1
            if e["name"] in names:
                errors.append(f"{art}: duplicate entity {e['name']}")
            names[e["name"]] = e
            for n in [e["name"]] + e.get("aliases", []):
                if norm(n) not in ntext:
                    errors.append(f"{art}: {e['type']} name/alias '{n}' not in text")
                elif norm(n) not in nbody and e["type"] != "Location":
                    print(f"  note {art}: '{n}' only in annotation lines")
            if e["type"] in ("Person", "Company", "Organization") and norm(e["name"]) in dev_names:
                errors.append(f"{art}: name reused from dev set: {e['name']}")
            labels = ":Company:Organization" if e["type"] == "Company" else ":" + e["type"]
            k = e["type"] + "|" + e["name"]
            props = {"name": e["name"], "aliases": json.dumps(e.get("aliases", []), ensure_ascii=False)}
            if e["type"] == "Person":
                props["titles"] = json.dumps(e.get("titles", []), ensure_ascii=False)
            keyof[e["name"]] = node(k, labels, props)
            edges.append((aid, keyof[e["name"]], "MENTIONS", {"count": "1"}))
        for r in g["relations"]:
            counts.setdefault("rel:" + r["type"], 0)
            counts["rel:" + r["type"]] += 1
            for end in (r["from"], r["to"]):
                if end not in names:
                    errors.append(f"{art}: relation {r['type']} endpoint '{end}' is not a gold entity")
            if r["type"] == "HOLDS_POSITION" and r["title"] not in names.get(r["from"], {}).get("titles", []):
                errors.append(f"{art}: HOLDS_POSITION title {r['title']} not among {r['from']}'s titles")
            if r["type"] in ("DEVELOPS", "IN_INDUSTRY") and r["from"] in names and r["to"] in names:
                want = "Technology" if r["type"] == "DEVELOPS" else "Industry"
                if names[r["from"]]["type"] not in ("Company", "Organization") or names[r["to"]]["type"] != want:
                    errors.append(f"{art}: {r['type']} {r['from']} -> {r['to']} has wrong endpoint types")
            if r["type"] in ("DEVELOPS", "IN_INDUSTRY", "HOLDS_POSITION", "LOCATED_IN") and r["from"] in keyof and r["to"] in keyof:
                props = {"articles": json.dumps([aid])}
                if r["type"] == "HOLDS_POSITION":
                    props["title"] = r["title"]
                edges.append((keyof[r["from"]], keyof[r["to"]], r["type"], props))
        visited = {(r["from"], r["to"]) for r in g["relations"] if r["type"] == "VISITED"}
        derived = set()
        for i, ev in enumerate(g["events"]):
            counts.setdefault("ev:" + ev["type"], 0)
            counts["ev:" + ev["type"]] += 1
            if ev["type"] not in ("visit", "meeting", "signing", "launch", "conference", "policy", "other"):
                errors.append(f"{art}: bad event type {ev['type']}")
            if ev["date"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", ev["date"]):
                errors.append(f"{art}: bad event date {ev['date']}")
            for n in ev["participants"] + ([ev["lead"]] if ev["lead"] else []):
                if names.get(n, {}).get("type") != "Person":
                    errors.append(f"{art}: event participant '{n}' is not a gold Person")
            if ev["lead"] and ev["lead"] not in ev["participants"]:
                errors.append(f"{art}: event lead {ev['lead']} not among participants")
            for n in ev["involved"]:
                if names.get(n, {}).get("type") not in ("Company", "Organization"):
                    errors.append(f"{art}: event involved '{n}' is not a gold Company/Organization")
            eid = "ev|" + art + "|" + str(i)
            node(eid, ":Event", {"id": eid, "type": ev["type"], "date": ev["date"] or ""})
            edges.append((eid, aid, "REPORTED_IN", {}))
            for p in ev["participants"]:
                edges.append((keyof[p], eid, "PARTICIPATED_IN", {"role": "lead" if p == ev["lead"] else "accompany"}))
            for o in ev["involved"]:
                edges.append((eid, keyof[o], "INVOLVED", {}))
            if ev["type"] == "visit":
                derived |= {(p, o) for p in ev["participants"] for o in ev["involved"]}
        if visited != derived:
            errors.append(f"{art}: VISITED relations differ from visit events: {sorted(visited ^ derived)}")
        print(f"{art} [{enc}] body {len(body_of(text).replace(chr(10), ''))} chars, "
              f"{len(g['entities'])} entities, {len(g['relations'])} relations, {len(g['events'])} events")
    print(json.dumps(counts, ensure_ascii=False, sort_keys=True))
    if a.graphml:
        keys = sorted({k for _, (_, p) in nodes.items() for k in p} | {k for *_, p in edges for k in p} | {"labels", "label"})
        kid = {k: f"k{i}" for i, k in enumerate(keys)}
        with open(a.graphml, "w", encoding="utf-8") as fh:
            fh.write('<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n')
            for k in keys:
                fh.write(f'<key id="{kid[k]}" for="all" attr.name="{k}" attr.type="string"/>\n')
            fh.write('<graph id="G" edgedefault="directed">\n')
            for n, (labels, props) in nodes.items():
                fh.write(f'<node id="{escape(n, {chr(34): "&quot;"})}" labels="{labels}">')
                for k, v in props.items():
                    fh.write(f'<data key="{kid[k]}">{escape(v)}</data>')
                fh.write("</node>\n")
            for s, t, typ, props in edges:
                q = {chr(34): "&quot;"}
                fh.write(f'<edge source="{escape(s, q)}" target="{escape(t, q)}" label="{typ}">')
                for k, v in props.items():
                    fh.write(f'<data key="{kid[k]}">{escape(v)}</data>')
                fh.write("</edge>\n")
            fh.write("</graph>\n</graphml>\n")
    if errors:
        print("\n".join("ERROR " + e for e in errors))
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
