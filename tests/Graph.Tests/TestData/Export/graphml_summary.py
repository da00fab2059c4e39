"""Reads a GraphML file with networkx or python-igraph and prints what the export tests compare, as JSON.

usage: python3 graphml_summary.py networkx|igraph FILE
"""
import json
import sys


def summary(nodes, edges):
    """nodes, edges: lists of attribute dicts; list properties are JSON arrays, decoded here (the test sorts)."""
    return {
        "nodes": len(nodes),
        "edges": len(edges),
        "node_label": [n.get("label") for n in nodes],
        "node_labels": [n.get("labels") for n in nodes],
        "edge_label": [e.get("label") for e in edges],
        "aliases": [json.loads(n["aliases"]) for n in nodes if n.get("aliases")],
        "articles": [json.loads(e["articles"]) for e in edges if e.get("articles")],
    }


def with_networkx(path):
    import networkx as nx
    g = nx.read_graphml(path)
    return summary([d for _, d in g.nodes(data=True)], [d for _, _, d in g.edges(data=True)])


def with_igraph(path):
    import igraph
    g = igraph.Graph.Read_GraphML(path)
    return summary([v.attributes() for v in g.vs], [e.attributes() for e in g.es])


if __name__ == "__main__":
    reader = {"networkx": with_networkx, "igraph": with_igraph}[sys.argv[1]]
    print(json.dumps(reader(sys.argv[2]), ensure_ascii=False, sort_keys=True))
