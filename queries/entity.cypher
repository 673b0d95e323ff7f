// name: entity
// question: Everything about one entity: its type, names, and every fact linking it to its neighbours, with the documents that support each.
// params: name
// The entity is found by its canonical name, an alias or any spelling
// variant. A row with an empty relation means the entity has no facts.
MATCH (e:Entity)
WHERE e.name = $name OR $name IN e.aliases
   OR EXISTS { MATCH (e)-[:HAS_VARIANT]->(:Variant {name: $name}) }
OPTIONAL MATCH (e)-[r]-(n:Entity)
RETURN e.name AS entity, e.type AS type, e.aliases AS aliases,
       type(r) AS relation,
       CASE WHEN r IS NULL THEN null WHEN startNode(r) = e THEN '->' ELSE '<-' END AS direction,
       n.name AS other, n.type AS other_type, r.detail AS detail, r.sources AS sources
ORDER BY entity, relation, direction, other
