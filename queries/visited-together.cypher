// Question: Which companies were visited together, in the same visit event?
// Parameters: none.
MATCH (a:Company)<-[:INVOLVED]-(e:Event {type: 'visit'})-[:INVOLVED]->(b:Company)
WHERE a.name < b.name
WITH a, b, e ORDER BY e.date
RETURN a.name AS company, b.name AS visited_with, count(e) AS visits, collect(e.date) AS dates
ORDER BY visits DESC, company, visited_with;
