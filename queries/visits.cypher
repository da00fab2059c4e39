// Question: Which officials visited which companies or organizations, and when?
// Parameters: none.
// Path: Person -PARTICIPATED_IN-> Event {type: 'visit'} -INVOLVED-> Company/Organization (a Company is also an Organization).
MATCH (p:Person)-[pi:PARTICIPATED_IN]->(e:Event {type: 'visit'})-[:INVOLVED]->(o:Organization)
RETURN p.name AS official, pi.role AS role, o.name AS visited, e.date AS date
ORDER BY date, official, visited;
