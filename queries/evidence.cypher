// name: evidence
// question: Which documents and sentences support a fact (subject, predicate, object)? One row per supporting sentence; a source document without a recorded sentence has an empty sentence.
// params: subject, predicate, object
// Symmetric predicates (RELATIVE_OF, ROMANTIC_PARTNER_OF, PARTNER_OF) match
// in either direction.
MATCH (a:Entity)-[r]-(b:Entity)
WHERE type(r) = $predicate
  AND (a.name = $subject OR $subject IN a.aliases)
  AND (b.name = $object OR $object IN b.aliases)
  AND (startNode(r) = a OR type(r) IN ['RELATIVE_OF', 'ROMANTIC_PARTNER_OF', 'PARTNER_OF'])
UNWIND r.sources AS source
MATCH (d:Document {id: source})
WITH d, [i IN range(0, size(coalesce(r.evidence_documents, [])) - 1)
         WHERE r.evidence_documents[i] = d.id | r.evidence_texts[i]] AS sentences
UNWIND CASE WHEN size(sentences) = 0 THEN [null] ELSE sentences END AS sentence
RETURN DISTINCT d.id AS document, d.path AS path, sentence
ORDER BY document, sentence
