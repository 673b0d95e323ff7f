// name: entity-neighbourhood
// question: What surrounds an entity? Its facts drawn as a graph: the entity, its neighbours and the relations between them.
// params: name
// view: graph
// Written for Neo4j Browser, which draws the paths it returns; kg query
// prints one path a line, and the entity query gives the same facts as a
// table. The entity is found by its canonical name, an alias or any
// spelling variant.
MATCH (e:Entity)
WHERE e.name = $name OR $name IN e.aliases
   OR EXISTS { MATCH (e)-[:HAS_VARIANT]->(:Variant {name: $name}) }
MATCH p = (e)-[r]-(n:Entity)
RETURN p
ORDER BY e.id, type(r), n.name, n.id, startNode(r) = e
