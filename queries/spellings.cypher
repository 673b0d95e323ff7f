// name: spellings
// question: How is an entity spelled, and which documents use which spelling (and how often)?
// params: name
MATCH (e:Entity)
WHERE e.name = $name OR $name IN e.aliases
   OR EXISTS { MATCH (e)-[:HAS_VARIANT]->(:Variant {name: $name}) }
MATCH (e)-[:HAS_VARIANT]->(v:Variant)-[u:USED_IN]->(d:Document)
RETURN e.name AS entity, v.name AS spelling, d.path AS document, u.count AS count
ORDER BY entity, spelling, document
