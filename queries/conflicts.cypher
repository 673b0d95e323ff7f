// name: conflicts
// question: Where do the documents disagree (spellings of a name, claims about a fact), and which documents say what?
// params:
MATCH (c:Conflict)-[:HAS_CLAIM]->(v:Claim)
OPTIONAL MATCH (c)-[:ABOUT]->(e:Entity)
OPTIONAL MATCH (v)-[a:ASSERTED_BY]->(d:Document)
WITH c, e, v, d ORDER BY a.position
WITH c, e, v, collect(d.path) AS documents
RETURN c.kind AS kind, coalesce(e.name, c.subject) AS subject, c.topic AS topic,
       v.value AS value, documents
ORDER BY kind, subject, topic, v.position
