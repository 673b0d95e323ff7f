package layout

// Fields tells the layout stage which infobox keys name things. The stage
// needs to know this to tell a key line of an infobox from a line of prose,
// but what the values of a key are is the extract stage's knowledge: the
// pipeline passes the extractor's vocabulary (extract.Fields) in, so that
// the two stages never disagree about a key.
type Fields interface {
	// Known reports whether key (normalised by fieldKey) is a field whose
	// values the extractor reads.
	Known(key string) bool
	// Credit reports whether key is a role credited to people or companies
	// ("executive producer", "production company"), which closes an entry
	// of a crew list.
	Credit(key string) bool
}

// noFields is the vocabulary of a Structurer given none: it knows no key,
// so only the keys every rendered infobox has (infoboxKeys) make fields.
type noFields struct{}

func (noFields) Known(string) bool  { return false }
func (noFields) Credit(string) bool { return false }

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
