// name: cast
// question: Who is in the cast of a series, and whom do they play? One row per actor and character; an actor who stars without a known character has an empty character.
// params: series
// A character belongs to the series it APPEARS_IN; a character with no
// APPEARS_IN edge at all counts for the series its actor STARS_IN.
MATCH (s:Series)
WHERE s.name = $series OR $series IN s.aliases
CALL (s) {
  MATCH (p:Person)-[:PLAYS]->(c:Character)
  WHERE (c)-[:APPEARS_IN]->(s)
     OR (NOT (c)-[:APPEARS_IN]->(:Series) AND (p)-[:STARS_IN]->(s))
  RETURN p.name AS actor, c.name AS character
  UNION
  MATCH (p:Person)-[:STARS_IN]->(s)
  WHERE NOT EXISTS {
    MATCH (p)-[:PLAYS]->(c:Character)
    WHERE (c)-[:APPEARS_IN]->(s) OR NOT (c)-[:APPEARS_IN]->(:Series)
  }
  RETURN p.name AS actor, null AS character
}
RETURN s.name AS series, actor, character
ORDER BY series, actor, character
