package layout

// Fields tells the layout stage which infobox keys name things. The stage
// needs to know this to tell a key line of an infobox from a line of prose,
// but what the values of a key are is the extract stage's knowledge: the
// pipeline passes the extractor's vocabulary in.
type Fields interface {
	// Known reports whether key (normalised by fieldKey) is a field whose
	// values the extractor reads.
	Known(key string) bool
	// Credit reports whether key is a role credited to people or companies
	// ("executive producer", "production company"), which closes an entry
	// of a crew list.
	Credit(key string) bool
}

// RoleFields is a Fields backed by a table of field roles.
type RoleFields map[string]FieldRole

// Known reports whether the table has key.
func (f RoleFields) Known(key string) bool { _, ok := f[key]; return ok }

// Credit reports whether key credits people or companies with a role in a
// series: it has a predicate, not an alias, and its values are not series.
func (f RoleFields) Credit(key string) bool {
	r, ok := f[key]
	return ok && r.Predicate != "" && r.Predicate != "alias" && r.Type != "Series"
}

// FieldRole is what the values of one infobox key are: the entity type of
// each value and the predicate linking the document's series (or the page's
// character) to it.
type FieldRole struct {
	Type      string
	Predicate string // Person -> Series predicates are written subject=value
}

// DefaultFields is the vocabulary used when a Structurer is given none.
var DefaultFields Fields = FieldRoles

// FieldRoles maps normalised infobox keys to what their values are: the
// entity type of each value and the predicate linking the document's series
// to it. A closed, generic vocabulary of field names, not of values.
var FieldRoles = RoleFields{
	"title": {"Series", ""}, "name": {"Series", ""}, "alt name": {"Series", "alias"},
	"also known as": {"Series", "alias"}, "other names": {"Series", "alias"},
	"starring": {"Person", "STARS_IN"}, "cast": {"Person", "STARS_IN"}, "stars": {"Person", "STARS_IN"},
	"developed by": {"Person", "CREATED"}, "developer": {"Person", "CREATED"}, "developers": {"Person", "CREATED"},
	"created by": {"Person", "CREATED"}, "creator": {"Person", "CREATED"}, "creators": {"Person", "CREATED"},
	"showrunner": {"Person", "SHOWRUNNER_OF"}, "showrunners": {"Person", "SHOWRUNNER_OF"},
	"executive producer": {"Person", "EXECUTIVE_PRODUCER_OF"}, "executive producers": {"Person", "EXECUTIVE_PRODUCER_OF"},
	"director": {"Person", "DIRECTED"}, "directors": {"Person", "DIRECTED"}, "directed by": {"Person", "DIRECTED"},
	"company": {"Organization", "PRODUCED_BY"}, "companies": {"Organization", "PRODUCED_BY"},
	"production company": {"Organization", "PRODUCED_BY"}, "production companies": {"Organization", "PRODUCED_BY"},
	"studio": {"Organization", "PRODUCED_BY"}, "studios": {"Organization", "PRODUCED_BY"},
	"network": {"Organization", "AIRS_ON"}, "original network": {"Organization", "AIRS_ON"}, "original channel": {"Organization", "AIRS_ON"},
	"original broadcaster": {"Organization", "AIRS_ON"}, "broadcaster": {"Organization", "AIRS_ON"},
	"channel": {"Organization", "AIRS_ON"}, "streaming service": {"Organization", "AIRS_ON"}, "platform": {"Organization", "AIRS_ON"},
	"based on": {"Book", "BASED_ON"},
	"country":  {"Place", ""}, "country of origin": {"Place", ""}, "location": {"Place", ""}, "filming location": {"Place", ""}, "setting": {"Place", "SET_IN"}, "set in": {"Place", "SET_IN"},
	"original language": {"", ""}, "producers": {"Organization", "PRODUCED_BY"}, "producer": {"Organization", "PRODUCED_BY"}, "distributor": {"Organization", ""}, "starring voices of": {"Person", "STARS_IN"}, "main cast": {"Person", "STARS_IN"},
	"related": {"Series", ""}, "related shows": {"Series", ""}, "preceded by": {"Series", "SPINOFF_OF"},
	"developed for television by": {"Person", "CREATED"}, "created for television by": {"Person", "CREATED"},
	"series created by": {"Person", "CREATED"}, "showrunner and executive producer": {"Person", "SHOWRUNNER_OF"},
	"credit":                {"Person", ""},
	"co-executive producer": {"Person", "EXECUTIVE_PRODUCER_OF"}, "co-executive producers": {"Person", "EXECUTIVE_PRODUCER_OF"},
	// Crew credited by name, with no relation of the graph's vocabulary.
	"composer": {"Person", ""}, "composers": {"Person", ""}, "music by": {"Person", ""}, "theme music composer": {"Person", ""},
	"editor": {"Person", ""}, "editors": {"Person", ""}, "cinematography": {"Person", ""}, "cinematographer": {"Person", ""},
	"writer": {"Person", ""}, "writers": {"Person", ""}, "written by": {"Person", ""}, "narrated by": {"Person", ""},
	// Character pages (fan wikis): values relate to the page's character.
	"portrayed by": {"Person", "PLAYS"}, "played by": {"Person", "PLAYS"}, "portrayer": {"Person", "PLAYS"}, "portrayers": {"Person", "PLAYS"},
	"voiced by":      {"Person", "PLAYS"},
	"family members": {"Character", "KIN"}, "family": {"Character", "KIN"}, "relatives": {"Character", "KIN"},
	"immediate relatives": {"Character", "KIN"}, "other relatives": {"Character", "KIN"},
	"parents": {"Character", "KIN"}, "siblings": {"Character", "KIN"}, "children": {"Character", "KIN"},
	// Keys that name the kinship their values have to the page's character.
	"father": {"Character", "KIN"}, "mother": {"Character", "KIN"}, "sons": {"Character", "KIN"}, "son": {"Character", "KIN"},
	"daughters": {"Character", "KIN"}, "daughter": {"Character", "KIN"}, "brothers": {"Character", "KIN"}, "brother": {"Character", "KIN"},
	"sisters": {"Character", "KIN"}, "sister": {"Character", "KIN"}, "grandsons": {"Character", "KIN"}, "granddaughters": {"Character", "KIN"},
	"grandchildren": {"Character", "KIN"}, "grandparents": {"Character", "KIN"},
	"alias": {"Character", "alias"}, "aliases": {"Character", "alias"}, "nickname": {"Character", "alias"}, "nicknames": {"Character", "alias"},
	"full name": {"Character", "alias"}, "department": {"Organization", "MEMBER_OF"},
	"romances": {"Character", "ROMANCE"}, "spouse": {"Character", "ROMANCE"}, "spouses": {"Character", "ROMANCE"},
	"significant other": {"Character", "ROMANCE"}, "partners": {"Character", "ROMANCE"},
	"affiliation": {"Organization", "MEMBER_OF"}, "affiliations": {"Organization", "MEMBER_OF"},
	"appearances": {"Series", "APPEARS_IN"}, "appears in": {"Series", "APPEARS_IN"},
}

// infoboxKeys are the keys of a rendered infobox that name nothing this
// tool extracts but still end the values of the key before them.
var infoboxKeys = map[string]bool{
	"genre": true, "original language": true, "language": true, "no. of seasons": true, "no. of episodes": true,
	"running time": true, "original release": true, "release": true, "production": true, "production locations": true,
	"production location": true, "filming locations": true, "locations": true, "camera setups": true, "distributors": true,
	"camera setup": true, "budget": true, "editors": true, "editor": true, "composer": true, "music by": true,
	"cinematography": true, "picture format": true, "audio format": true, "first aired": true, "last aired": true,
	"opening theme": true, "theme music composer": true, "narrated by": true, "written by": true, "producers": true,
	"producer": true, "seasons": true, "episodes": true, "status": true, "born": true, "full name": true,
	"occupation": true, "biographical information": true, "professional information": true,
	"family information": true, "series information": true, "gender": true, "nationality": true,
	"first appearance": true, "last appearance": true, "first": true, "last": true, "duration": true, "religion": true,
	"rank": true, "years of service": true, "awards": true, "num seasons": true, "num episodes": true, "num series": true,
	"list episodes": true, "runtime": true, "camera": true, "air date": true, "original run": true, "external links": true,
	"website": true, "ending theme": true, "opentheme": true, "endtheme": true, "no. of series": true, "season chronology": true,
	"episode chronology": true, "manner of death": true, "cause of death": true, "age": true, "date of birth": true,
	"place of birth": true, "species": true, "marital status": true, "personal status": true, "professional status": true,
	"character profile": true, "information": true, "police career": true, "occupation(s)": true, "spouse(s)": true,
	"title": false,
}
