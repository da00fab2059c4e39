// Question: Who accompanied whom? Pairs of the lead of an event and the people accompanying them, with how often and when.
// Parameters: none.
MATCH (lead:Person)-[:PARTICIPATED_IN {role: 'lead'}]->(e:Event)<-[:PARTICIPATED_IN {role: 'accompany'}]-(other:Person)
WITH lead, other, e ORDER BY e.date
RETURN lead.name AS lead, other.name AS accompanied_by, count(e) AS events, collect(e.date) AS dates
ORDER BY events DESC, lead, accompanied_by;
