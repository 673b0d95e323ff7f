// kg knowledge graph. Load it into Neo4j with:
//   cypher-shell -a neo4j://127.0.0.1:7687 -u neo4j -p PASSWORD -f graph.cypher
// Every statement MERGEs on ids: running the script again changes nothing.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;

// documents
UNWIND [
  {id: 'doc-ballard', path: 'sources/ballard.txt', title: 'Ballard (TV series)', kind: 'article', hash: 'h1', size: 120},
  {id: 'doc-late-show', path: 'sources/late-show.txt', hash: 'h2', size: 80}
] AS row
MERGE (d:Document {id: row.id})
SET d += row;

// Person entities
UNWIND [
  {id: 'person:maggie-q', name: 'Maggie Q', type: 'Person', aliases: []},
  {id: 'person:michael-connelly', name: 'Michael Connelly', type: 'Person', aliases: []}
] AS row
MERGE (n:Entity {id: row.id})
SET n:Person, n += row;

// Character entities
UNWIND [
  {id: 'character:harry-bosch', name: 'Harry Bosch', type: 'Character', aliases: ['Hieronymus "Harry" Bosch']},
  {id: 'character:renee-ballard', name: 'Renée Ballard', type: 'Character', aliases: ['Ballard', 'Renee Ballard']},
  {id: 'character:tutu', name: 'Tutu', type: 'Character', aliases: ['Tūtū']}
] AS row
MERGE (n:Entity {id: row.id})
SET n:Character, n += row;

// Series entities
UNWIND [
  {id: 'series:ballard', name: 'Ballard', type: 'Series', aliases: []}
] AS row
MERGE (n:Entity {id: row.id})
SET n:Series, n += row;

// Book entities
UNWIND [
  {id: 'book:the-late-show', name: 'The Late Show', type: 'Book', aliases: []}
] AS row
MERGE (n:Entity {id: row.id})
SET n:Book, n += row;

// Organization entities
UNWIND [
  {id: 'org:lapd', name: 'LAPD "Cold Case" Unit \\ Hollywood', type: 'Organization', aliases: []}
] AS row
MERGE (n:Entity {id: row.id})
SET n:Organization, n += row;

// Place entities
UNWIND [
  {id: 'place:los-angeles', name: 'Los Angeles', type: 'Place', aliases: ['L.A.', 'LA\'s']}
] AS row
MERGE (n:Entity {id: row.id})
SET n:Place, n += row;

// PLAYS relations
UNWIND [
  {from: 'person:maggie-q', to: 'character:renee-ballard', props: {sources: ['doc-ballard']}}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:PLAYS]->(b)
SET r += row.props;

// STARS_IN relations
UNWIND [
  {from: 'person:maggie-q', to: 'series:ballard', props: {sources: ['doc-ballard']}}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:STARS_IN]->(b)
SET r += row.props;

// CREATED relations
UNWIND [
  {from: 'person:michael-connelly', to: 'character:renee-ballard', props: {sources: ['doc-late-show']}}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:CREATED]->(b)
SET r += row.props;

// WROTE relations
UNWIND [
  {from: 'person:michael-connelly', to: 'book:the-late-show', props: {sources: ['doc-late-show']}}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:WROTE]->(b)
SET r += row.props;

// BASED_ON relations
UNWIND [
  {from: 'series:ballard', to: 'book:the-late-show', props: {sources: ['doc-ballard']}}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:BASED_ON]->(b)
SET r += row.props;

// APPEARS_IN relations
UNWIND [
  {from: 'character:renee-ballard', to: 'book:the-late-show', props: {sources: ['doc-late-show']}},
  {from: 'character:renee-ballard', to: 'series:ballard', props: {sources: ['doc-ballard']}}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:APPEARS_IN]->(b)
SET r += row.props;

// SET_IN relations
UNWIND [
  {from: 'series:ballard', to: 'place:los-angeles', props: {sources: ['doc-ballard']}}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:SET_IN]->(b)
SET r += row.props;

// MEMBER_OF relations
UNWIND [
  {from: 'character:renee-ballard', to: 'org:lapd', props: {sources: ['doc-ballard']}}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r += row.props;

// RELATIVE_OF relations
UNWIND [
  {from: 'character:renee-ballard', to: 'character:tutu', props: {sources: ['doc-ballard'], detail: 'grandmother'}}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:RELATIVE_OF]->(b)
SET r += row.props;

// PARTNER_OF relations
UNWIND [
  {from: 'character:renee-ballard', to: 'character:harry-bosch', props: {sources: ['doc-ballard', 'doc-late-show'], detail: 'works cold cases\nwith him'}}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:PARTNER_OF]->(b)
SET r += row.props;

// mentions
UNWIND [
  {entity: 'book:the-late-show', document: 'doc-late-show', count: 1},
  {entity: 'character:renee-ballard', document: 'doc-ballard', count: 7},
  {entity: 'character:renee-ballard', document: 'doc-late-show', count: 3},
  {entity: 'person:maggie-q', document: 'doc-ballard', count: 2}
] AS row
MATCH (e:Entity {id: row.entity}), (d:Document {id: row.document})
MERGE (e)-[m:MENTIONED_IN]->(d)
SET m.count = row.count;
