# Checks one held-out set written to held-out-brief.md: names in the text, relation ends, event members, VISITED =
# participants x involved, body length, no person name from dev. Usage: python3 held-out-check.py FOLDER (paths of the build machine).
import json, glob, os, re, sys
sys.path.insert(0, "/work/shared/tools")
from score import norm
D = sys.argv[1]
DEV = "/work/shared/eval/dev"
devtext = ""
for f in glob.glob(DEV + "/*.txt"):
    b = open(f, "rb").read()
    try: devtext += b.decode("utf-8")
    except UnicodeDecodeError: devtext += b.decode("gb18030")
devnames = set()
for f in glob.glob(DEV + "/*.gold.json"):
    for e in json.load(open(f))["entities"]:
        if e["type"] in ("Person", "Company", "Organization"): devnames.add(e["name"])
bad = 0
counts = {}
for gf in sorted(glob.glob(D + "/*.gold.json")):
    g = json.load(open(gf, encoding="utf-8"))
    txtf = os.path.join(D, g["article"]); assert os.path.exists(txtf), txtf
    raw = open(txtf, encoding="utf-8").read()
    text = norm(raw)
    lines = raw.split("\n")
    body = "\n".join(l for l in lines[3:] if not re.match(r"^(关键词|AI技术|行业|重大事件摘要|<<<<<<<|=======|>>>>>>>)", l))
    body_n = len(re.sub(r"\s", "", body))
    names = {}
    for e in g["entities"]:
        assert e["type"] in ("Person", "Company", "Organization", "Technology", "Industry", "Location"), e
        for n in [e["name"]] + e.get("aliases", []):
            if norm(n) not in text: print("NOT IN TEXT", g["article"], e["type"], n); bad += 1
        if (e["type"], e["name"]) in names: print("DUP", e); bad += 1
        names[(e["type"], e["name"])] = e
        counts.setdefault(e["type"], 0); counts[e["type"]] += 1
        if e["type"] in ("Person", "Company", "Organization") and e["type"] != "Organization" or e["type"] == "Company":
            if e["name"] in devtext: print("IN DEV TEXT", e["name"]); bad += 1
        if e["type"] == "Person":
            for t in e.get("titles", []):
                if norm(t) not in text: print("TITLE NOT IN TEXT", t); bad += 1
    ents = {n for (t, n) in names}
    orgs = {n for (t, n) in names if t in ("Company", "Organization")}
    techs = {n for (t, n) in names if t == "Technology"}
    inds = {n for (t, n) in names if t == "Industry"}
    persons = {n for (t, n) in names if t == "Person"}
    for r in g["relations"]:
        ok = {"DEVELOPS": (orgs, techs), "IN_INDUSTRY": (orgs, inds), "VISITED": (persons, orgs), "HOLDS_POSITION": (persons, orgs)}[r["type"]]
        if r["from"] not in ok[0] or r["to"] not in ok[1]: print("BAD REL", g["article"], r); bad += 1
        counts.setdefault(r["type"], 0); counts[r["type"]] += 1
    for ev in g["events"]:
        assert ev["type"] in ("visit", "meeting", "signing", "launch", "conference", "policy", "other")
        assert ev["date"] is None or re.match(r"^\d{4}-\d\d-\d\d$", ev["date"])
        for p in ev["participants"] + ([ev["lead"]] if ev["lead"] else []):
            if p not in persons: print("BAD PART", p); bad += 1
        for o in ev["involved"]:
            if o not in orgs: print("BAD INV", o); bad += 1
        counts.setdefault("Event", 0); counts["Event"] += 1
    # visit consistency: VISITED == participants x involved for visit events
    vis = {(r["from"], r["to"]) for r in g["relations"] if r["type"] == "VISITED"}
    exp = {(p, o) for ev in g["events"] if ev["type"] == "visit" for p in ev["participants"] for o in ev["involved"]}
    if vis != exp: print("VISITED mismatch", g["article"]); bad += 1
    print(f"{g['article']}: body {body_n} chars, {len(g['entities'])} entities, {len(g['relations'])} relations, {len(g['events'])} events")
    if not 500 <= body_n <= 1200: print("  BODY LENGTH OUT OF RANGE"); bad += 1
# collisions of all person/company/org names with dev gold names
for gf in sorted(glob.glob(D + "/*.gold.json")):
    for e in json.load(open(gf))["entities"]:
        if e["type"] == "Person" and e["name"] in devtext: print("PERSON NAME IN DEV", e["name"]); bad += 1
print(counts)
print("problems:", bad)
