// Question: Which technologies are developed in each industry (by companies/organizations in that industry)?
// Parameters: none.
MATCH (i:Industry)<-[:IN_INDUSTRY]-(o:Organization)-[:DEVELOPS]->(t:Technology)
RETURN i.name AS industry, t.name AS technology, count(DISTINCT o) AS developers
ORDER BY industry, developers DESC, technology;
