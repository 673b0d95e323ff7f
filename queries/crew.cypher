// name: crew
// question: Who made a series: its creators, showrunners, executive producers and directors? One row per role and person.
// params: series
MATCH (s:Series)
WHERE s.name = $series OR $series IN s.aliases
MATCH (p:Person)-[r:CREATED|SHOWRUNNER_OF|EXECUTIVE_PRODUCER_OF|DIRECTED]->(s)
WITH s, p, r,
     CASE type(r)
       WHEN 'CREATED' THEN 1
       WHEN 'SHOWRUNNER_OF' THEN 2
       WHEN 'EXECUTIVE_PRODUCER_OF' THEN 3
       ELSE 4
     END AS rank
RETURN s.name AS series,
       CASE rank WHEN 1 THEN 'creator' WHEN 2 THEN 'showrunner' WHEN 3 THEN 'executive producer' ELSE 'director' END AS role,
       p.name AS person
ORDER BY series, rank, person
