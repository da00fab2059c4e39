// Question: How many events of each type happened per month?
// Parameters: none. Event.date is ISO yyyy-MM-dd; events without a date are left out.
MATCH (e:Event)
WHERE e.date IS NOT NULL
RETURN substring(e.date, 0, 7) AS month, e.type AS type, count(e) AS events
ORDER BY month, type;
