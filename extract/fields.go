package extract

import "github.com/kgbuild/kg/layout"

var _ layout.Fields = Fields

// RoleFields is a layout.Fields backed by a table of field roles: the
// layout stage asks it which keys are fields, this stage what their values
// are.
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

// Fields maps normalised infobox keys to what their values are: the
// entity type of each value and the predicate linking the document's series
// to it. A closed, generic vocabulary of field names, not of values.
var Fields = RoleFields{
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
	// The cast label of a newspaper's or a guide's fact box.
	"who's in it": {"Person", "STARS_IN"}, "who’s in it": {"Person", "STARS_IN"},
	"original language": {"", ""}, "producers": {"Organization", "PRODUCED_BY"}, "producer": {"Organization", "PRODUCED_BY"}, "produced by": {"Organization", "PRODUCED_BY"}, "distributor": {"Organization", ""}, "starring voices of": {"Person", "STARS_IN"}, "main cast": {"Person", "STARS_IN"},
	"related": {"Series", ""}, "related shows": {"Series", ""}, "preceded by": {"Series", "SPINOFF_OF"},
	"developed for television by": {"Person", "CREATED"}, "created for television by": {"Person", "CREATED"},
	"series created by": {"Person", "CREATED"}, "showrunner and executive producer": {"Person", "SHOWRUNNER_OF"},
	"credit": {"Person", ""},
	// The site that published a page, from its metadata line.
	"source":                {"Organization", ""},
	"co-executive producer": {"Person", "EXECUTIVE_PRODUCER_OF"}, "co-executive producers": {"Person", "EXECUTIVE_PRODUCER_OF"},
	// Crew credited by name, with no relation of the graph's vocabulary.
	"composer": {"Person", ""}, "composers": {"Person", ""}, "music by": {"Person", ""}, "theme music composer": {"Person", ""},
	// The theme's composer or performer (the template's "opentheme" and
	// "endtheme"), a name alone or after a song's title: '"Song" by Ann Roe'.
	"opentheme": {"Person", ""}, "endtheme": {"Person", ""}, "opening theme": {"Person", ""}, "ending theme": {"Person", ""},
	"editor": {"Person", ""}, "editors": {"Person", ""}, "cinematography": {"Person", ""}, "cinematographer": {"Person", ""},
	"writer": {"Person", ""}, "writers": {"Person", ""}, "written by": {"Person", ""}, "narrated by": {"Person", ""},
	"teleplay by": {"Person", ""}, "story by": {"Person", ""}, "screenplay by": {"Person", ""},
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
	"significant other": {"Character", "ROMANCE"}, "significant others": {"Character", "ROMANCE"}, "partners": {"Character", "ROMANCE"},
	"affiliation": {"Organization", "MEMBER_OF"}, "affiliations": {"Organization", "MEMBER_OF"},
	"appearances": {"Series", "APPEARS_IN"}, "appears in": {"Series", "APPEARS_IN"},
}
