// name: relatives
// question: Which characters are family or romantic partners of each other? One row per relation, with the relation word (grandmother, sister...) where the documents give it.
// params:
MATCH (a:Character)-[r:RELATIVE_OF|ROMANTIC_PARTNER_OF]->(b:Character)
RETURN a.name AS character,
       CASE type(r) WHEN 'RELATIVE_OF' THEN 'family' ELSE 'romantic' END AS kind,
       r.detail AS detail, b.name AS other
ORDER BY character, kind, other
