// name: path
// question: What is the shortest chain of facts connecting two entities? One row per step.
// params: from, to
// Only fact edges count (not documents, variants or conflicts), in either
// direction, up to 8 steps.
MATCH (a:Entity) WHERE a.name = $from OR $from IN a.aliases
MATCH (b:Entity) WHERE (b.name = $to OR $to IN b.aliases) AND b <> a
MATCH p = shortestPath((a)-[:PLAYS|STARS_IN|CREATED|SHOWRUNNER_OF|EXECUTIVE_PRODUCER_OF|DIRECTED|WROTE|PRODUCED_BY|AIRS_ON|BASED_ON|SPINOFF_OF|APPEARS_IN|SET_IN|MEMBER_OF|RELATIVE_OF|ROMANTIC_PARTNER_OF|PARTNER_OF|KILLED*..8]-(b))
UNWIND range(0, length(p) - 1) AS i
WITH i, nodes(p)[i] AS x, relationships(p)[i] AS r, nodes(p)[i + 1] AS y
RETURN i + 1 AS step, x.name AS from,
       CASE WHEN startNode(r) = x THEN '-[' + type(r) + ']->' ELSE '<-[' + type(r) + ']-' END AS relation,
       y.name AS to
ORDER BY step
