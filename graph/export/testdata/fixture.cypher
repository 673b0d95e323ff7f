// kg knowledge graph. Load it into Neo4j with:
//   cypher-shell -a neo4j://127.0.0.1:7687 -u neo4j -p PASSWORD -f graph.cypher
// Every statement MERGEs on ids: running the script again changes nothing.

// constraints and indexes, as graph/neo4j creates them
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT variant_key IF NOT EXISTS FOR (v:Variant) REQUIRE v.key IS UNIQUE;
CREATE CONSTRAINT conflict_id IF NOT EXISTS FOR (c:Conflict) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT claim_key IF NOT EXISTS FOR (c:Claim) REQUIRE c.key IS UNIQUE;
CREATE CONSTRAINT kg_lock_id IF NOT EXISTS FOR (l:KgLock) REQUIRE l.id IS UNIQUE;
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type);
CREATE INDEX variant_name IF NOT EXISTS FOR (v:Variant) ON (v.name);
CREATE INDEX document_path IF NOT EXISTS FOR (d:Document) ON (d.path);
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases];

// documents
UNWIND [
  {id: 'doc-ballard', path: 'sources/ballard.txt', title: 'Ballard (TV series)', kind: 'article', hash: 'h1', size: 120},
  {id: 'doc-late-show', path: 'sources/late-show.txt', hash: 'h2', size: 80}
] AS row
MERGE (d:Document {id: row.id})
SET d.path = row.path, d.title = row.title, d.kind = row.kind, d.date = row.date,
    d.hash = row.hash, d.size = row.size;

// Person entities
UNWIND [
  {id: 'person:maggie-q', type: 'Person', name: 'Maggie Q', aliases: [], typing_types: ['Person', 'Person'], typing_rules: ['cast line actor', 'majority'], typing_mentions: [3, 0], typing_decided: [false, true]},
  {id: 'person:michael-connelly', type: 'Person', name: 'Michael Connelly'}
] AS row
MERGE (e:Entity {id: row.id})
REMOVE e:Person:Character:Series:Book:Organization:Place
SET e:Person, e.type = row.type, e.name = row.name, e.aliases = row.aliases,
    e.roles = row.roles, e.merges = row.merges, e.typing_types = row.typing_types,
    e.typing_rules = row.typing_rules, e.typing_mentions = row.typing_mentions,
    e.typing_decided = row.typing_decided;

// Character entities
UNWIND [
  {id: 'character:harry-bosch', type: 'Character', name: 'Harry Bosch', aliases: ['Hieronymus "Harry" Bosch']},
  {id: 'character:renee-ballard', type: 'Character', name: 'Renée Ballard', aliases: ['Renee Ballard', 'Ballard'], roles: ['detective'], merges: ['accent-fold: Renee Ballard = Renée Ballard']},
  {id: 'character:tutu', type: 'Character', name: 'Tutu', aliases: ['Tūtū']}
] AS row
MERGE (e:Entity {id: row.id})
REMOVE e:Person:Character:Series:Book:Organization:Place
SET e:Character, e.type = row.type, e.name = row.name, e.aliases = row.aliases,
    e.roles = row.roles, e.merges = row.merges, e.typing_types = row.typing_types,
    e.typing_rules = row.typing_rules, e.typing_mentions = row.typing_mentions,
    e.typing_decided = row.typing_decided;

// Series entities
UNWIND [
  {id: 'series:ballard', type: 'Series', name: 'Ballard'}
] AS row
MERGE (e:Entity {id: row.id})
REMOVE e:Person:Character:Series:Book:Organization:Place
SET e:Series, e.type = row.type, e.name = row.name, e.aliases = row.aliases,
    e.roles = row.roles, e.merges = row.merges, e.typing_types = row.typing_types,
    e.typing_rules = row.typing_rules, e.typing_mentions = row.typing_mentions,
    e.typing_decided = row.typing_decided;

// Book entities
UNWIND [
  {id: 'book:the-late-show', type: 'Book', name: 'The Late Show'}
] AS row
MERGE (e:Entity {id: row.id})
REMOVE e:Person:Character:Series:Book:Organization:Place
SET e:Book, e.type = row.type, e.name = row.name, e.aliases = row.aliases,
    e.roles = row.roles, e.merges = row.merges, e.typing_types = row.typing_types,
    e.typing_rules = row.typing_rules, e.typing_mentions = row.typing_mentions,
    e.typing_decided = row.typing_decided;

// Organization entities
UNWIND [
  {id: 'org:lapd', type: 'Organization', name: 'LAPD "Cold Case" Unit \\ Hollywood'}
] AS row
MERGE (e:Entity {id: row.id})
REMOVE e:Person:Character:Series:Book:Organization:Place
SET e:Organization, e.type = row.type, e.name = row.name, e.aliases = row.aliases,
    e.roles = row.roles, e.merges = row.merges, e.typing_types = row.typing_types,
    e.typing_rules = row.typing_rules, e.typing_mentions = row.typing_mentions,
    e.typing_decided = row.typing_decided;

// Place entities
UNWIND [
  {id: 'place:los-angeles', type: 'Place', name: 'Los Angeles', aliases: ['L.A.', 'LA\'s']}
] AS row
MERGE (e:Entity {id: row.id})
REMOVE e:Person:Character:Series:Book:Organization:Place
SET e:Place, e.type = row.type, e.name = row.name, e.aliases = row.aliases,
    e.roles = row.roles, e.merges = row.merges, e.typing_types = row.typing_types,
    e.typing_rules = row.typing_rules, e.typing_mentions = row.typing_mentions,
    e.typing_decided = row.typing_decided;

// name variants
UNWIND [
  {key: 'character:renee-ballard\u001FRenée Ballard', entity: 'character:renee-ballard', name: 'Renée Ballard', position: 0},
  {key: 'character:renee-ballard\u001FRenee Ballard', entity: 'character:renee-ballard', name: 'Renee Ballard', position: 1}
] AS row
MATCH (e:Entity {id: row.entity})
MERGE (v:Variant {key: row.key})
SET v.entity = row.entity, v.name = row.name, v.position = row.position
MERGE (e)-[:HAS_VARIANT]->(v);

// documents using each variant
UNWIND [
  {key: 'character:renee-ballard\u001FRenée Ballard', document: 'doc-ballard', count: 5},
  {key: 'character:renee-ballard\u001FRenée Ballard', document: 'doc-late-show', count: 2},
  {key: 'character:renee-ballard\u001FRenee Ballard', document: 'doc-late-show', count: 1}
] AS row
MATCH (v:Variant {key: row.key})
MATCH (d:Document {id: row.document})
MERGE (v)-[u:USED_IN]->(d)
SET u.count = row.count;

// mentions
UNWIND [
  {entity: 'book:the-late-show', document: 'doc-late-show', count: 1},
  {entity: 'character:renee-ballard', document: 'doc-ballard', count: 7},
  {entity: 'character:renee-ballard', document: 'doc-late-show', count: 3},
  {entity: 'person:maggie-q', document: 'doc-ballard', count: 2}
] AS row
MATCH (e:Entity {id: row.entity})
MATCH (d:Document {id: row.document})
MERGE (e)-[m:MENTIONED_IN]->(d)
SET m.count = row.count;

// PLAYS relations
UNWIND [
  {from: 'person:maggie-q', to: 'character:renee-ballard', sources: ['doc-ballard'], confidence: 0.9, evidence_documents: ['doc-ballard'], evidence_texts: ['Maggie Q plays Det. Renée \'Ballard\'.'], evidence_starts: [10], evidence_ends: [46]}
] AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:PLAYS]->(b)
SET r.sources = row.sources, r.detail = row.detail, r.confidence = row.confidence,
    r.evidence_documents = row.evidence_documents, r.evidence_texts = row.evidence_texts,
    r.evidence_starts = row.evidence_starts, r.evidence_ends = row.evidence_ends;

// STARS_IN relations
UNWIND [
  {from: 'person:maggie-q', to: 'series:ballard', sources: ['doc-ballard'], confidence: 0.0}
] AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:STARS_IN]->(b)
SET r.sources = row.sources, r.detail = row.detail, r.confidence = row.confidence,
    r.evidence_documents = row.evidence_documents, r.evidence_texts = row.evidence_texts,
    r.evidence_starts = row.evidence_starts, r.evidence_ends = row.evidence_ends;

// CREATED relations
UNWIND [
  {from: 'person:michael-connelly', to: 'character:renee-ballard', sources: ['doc-late-show'], confidence: 0.0}
] AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:CREATED]->(b)
SET r.sources = row.sources, r.detail = row.detail, r.confidence = row.confidence,
    r.evidence_documents = row.evidence_documents, r.evidence_texts = row.evidence_texts,
    r.evidence_starts = row.evidence_starts, r.evidence_ends = row.evidence_ends;

// WROTE relations
UNWIND [
  {from: 'person:michael-connelly', to: 'book:the-late-show', sources: ['doc-late-show'], confidence: 0.0}
] AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:WROTE]->(b)
SET r.sources = row.sources, r.detail = row.detail, r.confidence = row.confidence,
    r.evidence_documents = row.evidence_documents, r.evidence_texts = row.evidence_texts,
    r.evidence_starts = row.evidence_starts, r.evidence_ends = row.evidence_ends;

// BASED_ON relations
UNWIND [
  {from: 'series:ballard', to: 'book:the-late-show', sources: ['doc-ballard'], confidence: 0.0}
] AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:BASED_ON]->(b)
SET r.sources = row.sources, r.detail = row.detail, r.confidence = row.confidence,
    r.evidence_documents = row.evidence_documents, r.evidence_texts = row.evidence_texts,
    r.evidence_starts = row.evidence_starts, r.evidence_ends = row.evidence_ends;

// APPEARS_IN relations
UNWIND [
  {from: 'character:renee-ballard', to: 'book:the-late-show', sources: ['doc-late-show'], confidence: 0.0},
  {from: 'character:renee-ballard', to: 'series:ballard', sources: ['doc-ballard'], confidence: 0.0}
] AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:APPEARS_IN]->(b)
SET r.sources = row.sources, r.detail = row.detail, r.confidence = row.confidence,
    r.evidence_documents = row.evidence_documents, r.evidence_texts = row.evidence_texts,
    r.evidence_starts = row.evidence_starts, r.evidence_ends = row.evidence_ends;

// SET_IN relations
UNWIND [
  {from: 'series:ballard', to: 'place:los-angeles', sources: ['doc-ballard'], confidence: 0.0}
] AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:SET_IN]->(b)
SET r.sources = row.sources, r.detail = row.detail, r.confidence = row.confidence,
    r.evidence_documents = row.evidence_documents, r.evidence_texts = row.evidence_texts,
    r.evidence_starts = row.evidence_starts, r.evidence_ends = row.evidence_ends;

// MEMBER_OF relations
UNWIND [
  {from: 'character:renee-ballard', to: 'org:lapd', sources: ['doc-ballard'], confidence: 0.0}
] AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r.sources = row.sources, r.detail = row.detail, r.confidence = row.confidence,
    r.evidence_documents = row.evidence_documents, r.evidence_texts = row.evidence_texts,
    r.evidence_starts = row.evidence_starts, r.evidence_ends = row.evidence_ends;

// RELATIVE_OF relations
UNWIND [
  {from: 'character:renee-ballard', to: 'character:tutu', sources: ['doc-ballard'], detail: 'grandmother', confidence: 0.0}
] AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:RELATIVE_OF]->(b)
SET r.sources = row.sources, r.detail = row.detail, r.confidence = row.confidence,
    r.evidence_documents = row.evidence_documents, r.evidence_texts = row.evidence_texts,
    r.evidence_starts = row.evidence_starts, r.evidence_ends = row.evidence_ends;

// PARTNER_OF relations
UNWIND [
  {from: 'character:renee-ballard', to: 'character:harry-bosch', sources: ['doc-late-show', 'doc-ballard'], detail: 'works cold cases\nwith him', confidence: 0.0}
] AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:PARTNER_OF]->(b)
SET r.sources = row.sources, r.detail = row.detail, r.confidence = row.confidence,
    r.evidence_documents = row.evidence_documents, r.evidence_texts = row.evidence_texts,
    r.evidence_starts = row.evidence_starts, r.evidence_ends = row.evidence_ends;

// conflicts
UNWIND [
  {id: 'conflict:ballard-rank', kind: 'fact', subject: 'character:renee-ballard', topic: 'rank'},
  {id: 'conflict:spelling', kind: 'spelling', subject: 'Tutu'}
] AS row
MERGE (c:Conflict {id: row.id})
SET c.kind = row.kind, c.subject = row.subject, c.topic = row.topic;

// what each conflict is about
UNWIND [
  {id: 'conflict:ballard-rank', subject: 'character:renee-ballard'}
] AS row
MATCH (c:Conflict {id: row.id})
MATCH (e:Entity {id: row.subject})
MERGE (c)-[a:ABOUT]->(e);

// claims
UNWIND [
  {key: 'conflict:ballard-rank\u001F0', conflict: 'conflict:ballard-rank', position: 0, value: 'Detective', evidence: ['Detective Ballard']},
  {key: 'conflict:ballard-rank\u001F1', conflict: 'conflict:ballard-rank', position: 1, value: 'Sergeant'}
] AS row
MATCH (c:Conflict {id: row.conflict})
MERGE (v:Claim {key: row.key})
SET v.conflict = row.conflict, v.position = row.position, v.value = row.value, v.evidence = row.evidence
MERGE (c)-[:HAS_CLAIM]->(v);

// documents asserting each claim
UNWIND [
  {key: 'conflict:ballard-rank\u001F0', document: 'doc-late-show', position: 0},
  {key: 'conflict:ballard-rank\u001F0', document: 'doc-ballard', position: 1},
  {key: 'conflict:ballard-rank\u001F1', document: 'doc-ballard', position: 0}
] AS row
MATCH (v:Claim {key: row.key})
MATCH (d:Document {id: row.document})
MERGE (v)-[a:ASSERTED_BY]->(d)
SET a.position = row.position;
