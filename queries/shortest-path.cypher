// Question: How are two named entities connected? The shortest path between them (up to 10 hops).
// Parameters: $from, $to: the names of two entities (Person, Company, Organization, Technology, Industry, Location),
//   e.g. graph cypher -f queries/shortest-path.cypher -p from=某某 -p to=人工智能
MATCH (a {name: $from}), (b {name: $to})
WHERE a <> b
MATCH p = shortestPath((a)-[*..10]-(b))
RETURN [n IN nodes(p) | coalesce(n.name, n.title, n.id)] AS path, [r IN relationships(p) | type(r)] AS hops, length(p) AS length;
