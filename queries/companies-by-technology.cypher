// Question: Which companies develop each technology?
// Parameters: none.
MATCH (c:Company)-[:DEVELOPS]->(t:Technology)
WITH t, c ORDER BY c.name
RETURN t.name AS technology, count(c) AS companies, collect(c.name) AS names
ORDER BY companies DESC, technology;
