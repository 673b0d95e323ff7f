package extract

import (
	"strings"
	"sync"

	"github.com/kgbuild/kg/internal/parallel"
	"github.com/kgbuild/kg/internal/prefilter"
)

// Relation patterns are regular expressions over a sentence in which every
// mention is replaced by a marker «k» (k its position in the sentence).
// Named groups s and o are regions holding the subject and object mentions;
// a pattern without one of them takes it from context (see relPattern). The
// kinship words and their qualifiers, kin and adj, are word lists (see
// words.go).
const (
	mk = `«\d+»`
	// A listed name may carry a note of another work in parentheses, as
	// cast lists in news do: "A (Title), B (Other Title) and C".
	item = mk + `(?:\s*\(` + mk + `\))?`
	list = item + `(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)` + item + `)*`
	// castItem is an actor of a cast run with a note of another work in
	// parentheses or an aside between dashes, then the role after "as"
	// (whose own note in parentheses is its actor's: the run ends); castSep
	// joins two actors of the run; castDescr is what a cast may say of its
	// first actor before the name ("former cast member", "Award nominee").
	castAside = `(?:\s*\(` + mk + `\)|\s+[–—-]\s[^«.–—]{1,80}?\s[–—-])?`
	castItem  = mk + castAside + `(?:\s+as\s+[^.;,«]{0,30}?` + mk + `)?`
	castSep   = `(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|,?\s+(?:alongside|along with|together with|as well as|opposite|with)\s+|,?\s+as well as\s+(?:[a-z][\w-]*\s+){1,2}?)`
	castDescr = `(?:(?:(?:[a-z][\w-]*|` + mk + `)\s+){0,6}?(?:(?:cast )?member|nominee|winner|actor|actress|veteran|alum|alumna|alumnus|co-creator|creator|comedian|newcomer)\s+)?`
	// descrList is a list whose names may follow a description in lower
	// case, as credits in news introduce people: "rapper A and his
	// business partner B, along with C and D".
	descr     = `(?:[a-z][\w-]*\s+){0,3}?`
	descrList = item + `(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|,?\s+(?:along with|as well as|together with)\s+)` + descr + item + `)*`
	// ownedList is a list whose names may follow their owner's possessive,
	// as companies are credited: "A, Dana Whitfield's B and C".
	ownedItem = `(?:` + mk + `['’]s\s+)?` + item
	ownedList = ownedItem + `(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)` + ownedItem + `)*`
	// places is a list of places as a setting is told: "Tacoma,
	// Washington", "Bend and in the Cascade mountains area of central
	// Oregon, specifically in and around Sisters".
	// birthTo is a birth told up to the child's name: "gave birth to a
	// baby boy named", "has given birth to her daughter,".
	birthTo = `(?:gives|gave|given|giving) birth to (?:a |her |their )?(?:baby |infant |newborn |healthy )?(?P<rel>son|daughter|boy|girl),? (?:named |called )?`
	// bookList is a list of books, each with its year in parentheses or
	// not: "Low Tide (2013), Salt Marsh (2014), and Deep Water (2018)".
	bookItem = mk + `(?:\s*\(\d{4}\))?`
	bookList = bookItem + `(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)` + bookItem + `)*`
	places   = mk + `(?:(?:,\s*|\s+and\s+(?:in\s+)?(?:the\s+)?|\s+(?:\w+\s+)?of\s+(?:the\s+)?(?:\w+ern\s+)?|,?\s+(?:specifically|especially|mainly|particularly)\s+in(?:\s+and\s+around)?\s+|\s+(?:based|located)\s+in\s+)` + mk + `){0,5}`
)

// Where a pattern's missing subject or object comes from.
const (
	fromGroup  = ""        // the named group
	fromSeries = "@series" // the last series named before the match, else the document's series
	fromCtx    = "@ctx"    // the character a cast line describes, else the nearest character before the match
	fromCast   = "@cast"   // only the character a cast line describes
)

// Pseudo-predicates: patterns that state no relation of the graph but
// tell what a mention is (see the handlers in relations.go).
const (
	predParen    = "PAREN"    // "A (B)": an acronym, or an actor and a role
	predRetitled = "RETITLED" // "A, retitled B": B is another name of the series or book A
	predKnownAs  = "KNOWN_AS" // "A, known as B": B is a nickname of the person or character A
	predKin      = "KIN"      // a kinship or partner word, read by kinPredicate
	predCredit   = "CREDIT"   // "A (B)" where B is the title of A's other work
	predBooksBy  = "BOOKS_BY" // "... are based on novels of the same names by A": A wrote the sentence's books
)

// relPattern is one named lexical pattern. It states pred between the
// mentions of groups s and o, or takes a missing one from context (subj,
// obj). A pattern with all set takes every fitting mention of a group
// (lists: "created by A and B"); otherwise the first that fits.
type relPattern struct {
	name      string
	pred      string
	subj, obj string // fromGroup, fromSeries, fromCtx or fromCast
	all       bool
	// pairwise patterns relate the lists of s and o item by item ("A and B
	// play X and Y, respectively").
	pairwise bool
	// strict patterns give no type to a mention: it must have one that fits.
	strict bool
	// network patterns take as object only a network the names package
	// knows.
	network bool
	conf    float64
	expr    string

	re *prefilter.Regexp // with its start and end checks and Starter; relIndex checks its prefilter, derived from expr
	// resume patterns look for their next match inside the last one's
	// object, after its first name (see patMatch.resumeAt).
	resume bool
	// typedSubj patterns need a subject that has the type they require
	// already: they type no subject, nor an object without one.
	typedSubj bool
	// apposition patterns read a description after a name, which belongs
	// to the next name instead when one follows it in its clause (see
	// docState.describesNext).
	apposition bool
	// pronoun patterns open with "He" or "She", a person the previous
	// sentence named (see docState.earlierPerson).
	pronoun bool
	// clause patterns take their objects only from the first clause of
	// their window (see patMatch.inFirstClause).
	clause bool
	// desc patterns read only the description of a cast line, so that "^"
	// anchors at its start.
	desc bool
	// apply turns one match into claims (or into types, for the
	// pseudo-predicates).
	apply func(s *docState, m *patMatch)
}

// relPatterns are tried in this order on every sentence; a pattern earlier
// in the table types a mention before the later ones see it.
var relPatterns = compilePatterns([]relPattern{
	{name: "actor-as-character", pred: "PLAYS", resume: true, conf: 0.8, expr: `(?P<s>` + mk + `)(?: \([^()]{1,60}\))?(?:, (?:meanwhile|however|too|also|instead|in turn),)? (?:(?:(?:will|would|is set to|is to|to|will also|would also) )?(?:as|portraying|portrays|plays|played|playing|stars as|starred as|starring as|(?:reprises?|reprising)(?: (?:his|her|the) role)? as)|(?:will|would|is set to|is to|to) (?:also )?(?:play|portray)) (?P<o>[^.;«]{0,50}` + mk + `(?:['’]s [^.;«,]{0,40}?` + mk + `|[^.;«,]{0,20}` + mk + `)?)`},
	{name: "actor-performance-as", pred: "PLAYS", conf: 0.7, expr: `(?P<s>` + mk + `)['’]s? (?:(?:acclaimed|award-winning|memorable|standout|chilling|lead|supporting|Emmy-winning) )?(?:performance|portrayal|turn) as (?:the )?(?P<o>` + mk + `)`},
	{name: "character-played-by", pred: "PLAYS", conf: 0.8, expr: `(?P<o>` + mk + `),? \(?(?:the (?:\w+ )?(?:character|role) )?(?:who )?(?:is |was )?(?:played|portrayed|voiced) (?:\w+ly )?by (?:(?:a|an|the) )?(?:[\w-]+ ){0,2}?(?P<s>` + mk + `)`},
	{name: "starring-list", pred: "STARS_IN", obj: fromSeries, all: true, conf: 0.7, expr: `(?i)\b(?:starring|stars|features|featuring|featured|starred|co-stars?)\s+(?:(?:actors?|actress(?:es)?|stars?|newcomers?|veterans?)\s+)?(?P<s>` + list + `)`},
	{name: "premise-leads", pred: predLeads, conf: 0.6, expr: `(?i)\b(?:follows|followed|centers on|centres on|centered on|centred on|focuses on|focused on|revolves around)\s+(?P<s>[^;]*)`},
	// "stars A as X alongside B, C and D as Y with E as Z", "starring A –
	// an aside – as well as B and C": a cast run whose actors carry their
	// roles, notes or asides, joined by "alongside", "with", "as well as".
	{name: "new-cast-run", pred: predCastRun, conf: 0.7, expr: `(?i)\b(?:(?:new )?cast members? (?:include|includes|are)|(?:are|is|will be) joined by)\s+` + castDescr + `(?P<s>` + castItem + `(?:` + castSep + castItem + `)*)`},
	{name: "starring-cast-run", pred: predCastRun, conf: 0.7, expr: `(?i)\b(?:starring|stars|starred|co-stars|co-starring|performances (?:from|by)(?: the likes of)?)\s+` + castDescr + `(?P<s>` + castItem + `(?:` + castSep + castItem + `)*)`},
	{name: "starring-as-list", pred: predStarsAs, conf: 0.7, expr: `(?i)\b(?:starring|stars|co-stars|features|featuring)\s+(?P<s>` + mk + ` as [^.;«]{0,30}?` + mk + `(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)` + mk + ` as [^.;«]{0,30}?` + mk + `)+)`},
	{name: "series-star-name", pred: "STARS_IN", strict: true, conf: 0.6, expr: `(?P<o>` + mk + `)(?:['’]s)? (?:(?i:season|series) \d+ )?(?i:star|co-star|lead|leading (?:man|lady)) (?P<s>` + mk + `)`},
	{name: "joins-series-as", pred: "STARS_IN", obj: fromSeries, conf: 0.6, expr: `(?P<s>` + mk + `) (?:will |is set to |has |)(?:join|joins|joined|joining) (?:the )?(?:(?:[\w-]+|` + mk + `) ){0,4}?(?:series|show|drama|cast|thriller|comedy) as (?:(?:the|a|an|new|lead|main|boss|\p{Lu}[\w.-]*) ){0,4}` + mk},
	{name: "list-star-in", pred: "STARS_IN", all: true, conf: 0.7, expr: `(?P<s>` + list + `) (?:star|stars|co-star|co-stars|starred) in (?P<o>` + mk + `)`},
	// "A, B, and others star alongside C": the cast of the series the text
	// speaks of, C too.
	{name: "list-star-alongside", pred: "STARS_IN", obj: fromSeries, all: true, conf: 0.7, expr: `(?P<s>` + list + `(?:,? and others)? (?:star|stars|co-star|co-stars|starred) alongside ` + list + `)`},
	{name: "created-by", pred: "CREATED", obj: fromSeries, all: true, conf: 0.8, expr: `(?i)\b(?:created|developed|co-created|co-developed|adapted(?: for television)?)(?: and (?:written|directed|executive[ -]produced))? by (?:` + mk + ` (?:creator|co-creator|showrunner|screenwriter|scriptwriter|head writer)(?: and [a-z-]+)? )?(?P<s>` + list + `)`},
	{name: "list-created", pred: "CREATED", obj: fromSeries, all: true, conf: 0.8, expr: `(?P<s>` + list + `),? (?:who (?:also |originally )?)?(?:created|developed|co-created) (?:the |this )?(?:series|show|(?P<o>` + mk + `))`},
	{name: "credited-as-creator", pred: "CREATED", obj: fromSeries, conf: 0.7, expr: `(?i)(?P<s>` + mk + `),? (?:who (?:is|was) )?(?:credited )?as (?:a |the )?co-?creator`},
	{name: "serves-as-creator", pred: "CREATED", obj: fromSeries, all: true, conf: 0.7, expr: `(?i)(?P<s>` + list + `) (?:serve|serves|served|act|acts|are|is|were|was) (?:also )?as (?:both )?(?:the )?(?:showrunners? and )?(?:developers?|creators?)`},
	{name: "serves-as-showrunner", pred: "SHOWRUNNER_OF", obj: fromSeries, all: true, conf: 0.8, expr: `(?i)(?P<s>` + list + `) (?:serve|serves|served|serving|act|acts|acting|are|is|were|was) (?:also )?as (?:both )?(?:the )?(?:co-)?showrunners?`},
	{name: "showrunner-list", pred: "SHOWRUNNER_OF", obj: fromSeries, all: true, conf: 0.7, expr: `(?i)\bshowrunners? (?P<s>` + list + `)`},
	{name: "executive-produced-by", pred: "EXECUTIVE_PRODUCER_OF", obj: fromSeries, all: true, conf: 0.8, expr: `(?i)\b(?:executive|exec\.?)[ -]produced by ` + descr + `(?P<s>` + descrList + `)`},
	{name: "is-executive-producer", pred: "EXECUTIVE_PRODUCER_OF", obj: fromSeries, all: true, conf: 0.8, expr: `(?i)(?P<s>` + list + `),? (?:who [^,;«]{1,60}, )?(?:also )?(?:is|are|was|were|serves? as|served as|also contributes? as|act as|acts as|as|(?:will )?remains?|(?:will )?stays? on as)(?: also)? (?:an? |the )?(?:co-)?executive producers?`},
	{name: "executive-producer-team", pred: "EXECUTIVE_PRODUCER_OF", obj: fromSeries, all: true, conf: 0.7, expr: `(?i)\bexecutive producer (?:team|ranks|roster)(?: that| which)? (?:includes|including|of) (?P<s>` + list + `)`},
	{name: "executive-producer-alongside", pred: "EXECUTIVE_PRODUCER_OF", obj: fromSeries, conf: 0.7, expr: `(?i)\b(?:co-)?executive producers? alongside (?P<s>` + list + `)`},
	// "executive producers A, B and C": the title before the names.
	// "He also served as executive producer on Harbor", "She co-created
	// Harbor": a credit of the person the sentence before named.
	{name: "pronoun-executive-producer", pred: "EXECUTIVE_PRODUCER_OF", subj: fromCtx, pronoun: true, conf: 0.6, expr: `^(?:He|She) (?:also |has also |had also |previously |later |then |now )?(?:served|serves|is serving|worked|works|was|is|has been|had been|will serve|will be) as (?:an? |the )?(?:co-)?executive producer (?:on|of|for) (?:the )?(?:[\w-]+ ){0,3}?[‘'"“]?(?P<o>` + mk + `)`},
	{name: "pronoun-created", pred: "CREATED", subj: fromCtx, pronoun: true, conf: 0.6, expr: `^(?:He|She) (?:also |has also |had also |previously |later |then )?(?:created|co-created|developed|co-developed) (?:the )?(?:[\w-]+ ){0,3}?[‘'"“]?(?P<o>` + mk + `)`},
	{name: "executive-producers-list", pred: "EXECUTIVE_PRODUCER_OF", obj: fromSeries, all: true, conf: 0.7, expr: `(?i)\b(?:co-)?executive producers,? (?P<s>` + list + `)`},
	{name: "and-executive-producer", pred: "EXECUTIVE_PRODUCER_OF", obj: fromSeries, conf: 0.6, expr: `(?i)(?P<s>` + mk + `)[^.«]{0,40}? and (?:co-)?executive producer`},
	{name: "directed-by", pred: "DIRECTED", obj: fromSeries, all: true, conf: 0.8, expr: `(?i)\bdirected by (?P<s>` + list + `)`},
	{name: "title-by-author", pred: "WROTE", conf: 0.7, expr: `(?P<o>` + mk + `)[”"’']? (?:by|from) (?:(?:[\w-]+ ){0,2}?(?:author|novelist|writer)(?: and [\w-]+)? )?(?P<s>` + mk + `)`},
	{name: "based-on", pred: "BASED_ON", subj: fromSeries, conf: 0.8, apply: (*docState).applyBasedOn, expr: `(?i)\b(?:based on|adapted from|an adaptation of|adaptation of|draws inspiration from|inspired by)\s+(?:the |his |her |their |a )?(?P<o>` + mk + `)`},
	{name: "series-including", pred: PredIncludes, all: true, conf: 0.6, expr: `(?i)(?P<s>` + mk + `),? including (?P<o>` + list + `)`},
	{name: "series-comes-from", pred: "PRODUCED_BY", all: true, conf: 0.6, expr: `(?P<s>` + mk + `)[”"’']? (?:comes|came) from (?P<o>` + ownedList + `)`},
	{name: "produced-by", pred: "PRODUCED_BY", subj: fromSeries, all: true, conf: 0.7, expr: `(?i)\bproduced by (?P<o>` + ownedList + `)`},
	{name: "co-production-of", pred: "PRODUCED_BY", subj: fromSeries, all: true, conf: 0.7, expr: `(?i)\b(?:a |the )?(?:co-?production|joint production|production) (?:of|from|between) (?P<o>` + list + `)`},
	// A press picture's caption opens with who made the show for whom:
	// "LUMEN MEDIA FOR KTV HARBOUR SERIES 3 EPISODE 1 Pictured: ...".
	{name: "picture-company-for", pred: "PRODUCED_BY", strict: true, conf: 0.6, expr: `^(?P<o>` + mk + `) (?i:for) ` + mk + ` (?P<s>` + mk + `) (?i:series|season) \d+`},
	{name: "in-association-with", pred: "PRODUCED_BY", subj: fromSeries, all: true, conf: 0.6, expr: `(?i)\bproduced by ` + list + `,? in association with (?P<o>` + list + `)`},
	{name: "renewed-at", pred: "AIRS_ON", subj: fromSeries, conf: 0.6, expr: `(?i)\brenewed (?:for (?:a |an |its |the )?(?:[\w-]+ ){0,4}?(?:season|series|run)s? )?(?:at|by) (?P<o>` + mk + `)`},
	// A time of day may stand between the verb and the network: "airs
	// Sunday at 10:30 p.m. Eastern on Prime Video".
	{name: "airs-on", pred: "AIRS_ON", subj: fromSeries, conf: 0.7, expr: `(?i)\b(?:premiered|premieres|released|streaming|stream|streams|streamed|available|dropped|drops|airs|aired|airing|debuted|debuts|launched|broadcast|ran|runs|moved|moves|series|show|shown|screened|exhibited)\b(?:[^.«]|\b[ap]\.m\.(?: ` + mk + `)?|\bin (?:the )?` + mk + `){0,40}?\bon (?P<o>` + mk + `)`},
	{name: "network-possessive-series", pred: "AIRS_ON", strict: true, conf: 0.6, expr: `(?P<o>` + mk + `)\+?['’]s? (?:[\w-]+ ){0,5}?,? ?[‘'"“]?(?P<s>` + mk + `)`},
	{name: "spinoff-of-list", pred: "SPINOFF_OF", subj: fromSeries, all: true, conf: 0.8, expr: `(?i)\bspin-?off (?:of|to) (?:the )?(?P<o>` + list + `)`},
	{name: "possessive-spinoff", pred: "SPINOFF_OF", conf: 0.8, expr: `(?i)(?P<o>` + mk + `)['’]s [‘']?spin-?off,? [‘']?(?P<s>` + mk + `)`},
	{name: "is-spinoff-of", pred: "SPINOFF_OF", conf: 0.8, expr: `(?i)(?P<s>` + mk + `),? (?:is |was )?(?:a |the )spin-?off (?:of|from) (?P<o>` + mk + `)`},
	{name: "spinoff-of-then-name", pred: "SPINOFF_OF", conf: 0.7, expr: `(?i)\bspin-?off of (?:the )?(?P<o>` + mk + `)[^.«]{0,50}?, (?P<s>` + mk + `)`},
	{name: "set-in", pred: "SET_IN", subj: fromSeries, conf: 0.8, expr: `(?i)\b(?:set in|takes place in|took place in|is set in|located in)\s+(?P<o>` + mk + `)`},
	{name: "set-in-places", pred: "SET_IN", subj: fromSeries, all: true, conf: 0.7, expr: `(?i)\b(?:set|filmed and set|set and (?:filmed|shot|produced)|takes place|took place|take place)(?: primarily| mainly| largely| partly| entirely| chiefly| principally| mostly| predominantly)? (?:in|at) (?:and around )?(?:the )?(?:(?:fictional|rural|coastal|eastern|western|northern|southern|central) )?(?P<o>` + places + `)`},
	{name: "reprising-role-from", pred: "APPEARS_IN", subj: fromCtx, all: true, conf: 0.8, expr: `(?i)\breprising (?:his|her|their) roles? (?:from|in) (?P<o>` + list + `)`},
	{name: "protagonist-of", pred: "APPEARS_IN", all: true, conf: 0.7, expr: `(?i)(?P<s>` + mk + `), the (?:main |central )?(?:protagonist|lead character|title character|titular character|hero) of (?:the )?[^«.]{0,30}?(?P<o>` + list + `)`},
	{name: "plays-protagonist-of", pred: "STARS_IN", all: true, conf: 0.7, expr: `(?P<s>` + mk + `) (?:portraying|portrays|plays|as) ` + mk + `, the (?:main |central )?(?:protagonist|lead character|title character|titular character|hero) of (?:the )?[^«.]{0,30}?(?P<o>` + list + `)`},
	{name: "org-rank-name", pred: "MEMBER_OF", conf: 0.7, expr: `(?P<o>` + mk + `)['’]?s? (?i:(?:special|supervisory|senior|deputy|assistant|undercover|rookie|veteran) )?(?i:detective|officer|captain|sergeant|lieutenant|agent|cop|deputy|chief|commander|investigator|analyst)s? (?P<s>` + mk + `)`},
	{name: "cast-org-rank", pred: "MEMBER_OF", subj: fromCast, conf: 0.7, expr: `(?P<o>` + mk + `)(?:\s*\(` + mk + `\))?\s+(?i:detective|officer|captain|cop|agent|member|sergeant|lieutenant|intern|volunteer|employee|analyst|investigator)s?\b`},
	{name: "joins-org", pred: "MEMBER_OF", subj: fromCtx, all: true, conf: 0.6, expr: `(?i)\b(?:join|joins|joined|joining|(?:lead|leads|leading|led) (?:the|a|an)|run|runs|running|heads|heading|helms|command|commands|takes command of|took command of|volunteers? for|volunteering for|works? (?:for|at|in)|member of|assigned to|transferred to|shift at|stationed at|posted at|based at)\s+(?P<o>[^.;]{0,70})`},
	{name: "name-possessive-kin", pred: predKin, conf: 0.8, expr: `(?i)(?P<s>` + mk + `), (?:a |an |the )?(?P<o>` + mk + `)['’]s ` + adj + `(?P<rel>` + kin + `)\b`},
	{name: "possessive-kin-name", pred: predKin, conf: 0.8, expr: `(?i)(?P<o>` + mk + `)['’]s ` + adj + `(?P<rel>` + kin + `),?\s+(?-i:\p{Lu}[\w-]*\s+){0,2}(?P<s>` + mk + `)`},
	{name: "cast-pronoun-possessive-kin", pred: predKin, subj: fromCast, conf: 0.7, expr: `(?i)^(?:he|she) (?:is|was|becomes|became) (?:[^.;]{1,60}?(?:,|\sand)\s)?(?:the |a |an )?(?P<o>` + mk + `)['’]s ` + adj + `(?:[\w-]+ and )?(?P<rel>` + kin + `)\b`},
	{name: "cast-possessive-kin", pred: predKin, subj: fromCast, conf: 0.8, expr: `(?i)^(?:an? |the )?(?P<o>` + mk + `)['’]s ` + adj + `(?P<rel>` + kin + `)\b`},
	{name: "gave-birth-to", pred: predKin, conf: 0.7, expr: `(?i)(?P<o>` + mk + `) (?:has |had |then |later )?` + birthTo + `(?P<s>` + mk + `)`},
	{name: "pronoun-gave-birth-to", pred: predKin, obj: fromCtx, conf: 0.7, expr: `(?i)\b(?:she) (?:has |had |then |later )?` + birthTo + `(?P<s>` + mk + `)`},
	{name: "pronoun-kin-name", pred: predKin, obj: fromCtx, conf: 0.7, expr: `(?i)\b(?:his|her|their|with) (?:[\w-]+,? ){0,3}?` + adj + `(?P<rel>` + kin + `),? (?P<s>` + mk + `)`},
	// "her uncles, A and B Surname", "their children A (X) and B (Y)": a
	// plural kinship word before a list, every name of which is the kin.
	{name: "pronoun-kin-list", pred: predKin, obj: fromCtx, all: true, conf: 0.7, expr: `(?i)\b(?:his|her|their) (?:[\w-]+,? ){0,3}?` + adj + `(?P<rel>` + kinPlural + `),? (?P<s>` + list + `)`},
	{name: "kin-paren", pred: predKin, obj: fromCtx, conf: 0.7, expr: `(?i)\b(?:(?:his|her|their) )?` + adj + `(?P<rel>` + kin + `) \((?P<s>` + mk + `)\)`},
	// "Ann Dale as Rosa Lind (Ivy's and Ted's mother)": a cast list's note of
	// whose relative the role is, related to every owner.
	{name: "name-paren-possessive-kin", pred: predKin, all: true, conf: 0.7, expr: `(?i)(?P<s>` + mk + `) \((?P<o>(?:` + mk + `|\p{Lu}[\w-]*)['’]s(?:,? (?:and )?(?:` + mk + `|\p{Lu}[\w-]*)['’]s)*) ` + adj + `(?P<rel>` + kin + `)\)`},
	{name: "name-the-kin-of", pred: predKin, conf: 0.7, expr: `(?i)(?P<s>` + mk + `)(?: \(` + mk + `\))?,? (?:the |a |an |who is the |who was the )?` + adj + `(?P<rel>` + kin + `) of (?:(?-i:\p{Ll})[\w-]* ){0,3}?(?P<o>` + mk + `)`},
	{name: "romantic-with", pred: "ROMANTIC_PARTNER_OF", subj: fromCtx, conf: 0.7, expr: `(?i)\bromantic(?:ally)? (?:relationship |involved |interest )?with (?P<o>` + mk + `)`},
	{name: "dating", pred: "ROMANTIC_PARTNER_OF", subj: fromCtx, conf: 0.7, expr: `(?i)\b(?:dating|dates|dated|married to|marries|married|in love with|an affair with|engaged to|sleeps with|slept with|sleeping with|falls for|fell for|fallen for|proposes to|proposed to|(?:begins?|began|starts?|started|rekindles?|rekindled) (?:a |their )?(?:romantic )?(?:relationship|romance|affair) with|falls in love with|fell in love with|fallen in love with)\s+(?P<o>` + mk + `)`},
	{name: "cast-partner", pred: "PARTNER_OF", subj: fromCast, conf: 0.5, expr: `(?i)\bpartner\b(?: who)?[^.«]{0,40}?(?P<o>` + mk + `)`},
	{name: "kills", pred: "KILLED", conf: 0.7, expr: `(?P<s>` + mk + `)(?: \(` + mk + `\))?(?:, [^,«.]{1,60},)? (?:\w+ly )?(?:kills|killed|murders|murdered|shoots and kills|shot and killed|fatally shoots|fatally shot|fatally stabs|fatally stabbed|stabs|stabbed|strangles|strangled|poisons|poisoned)(?: [\w-]+){0,3}? (?P<o>` + mk + `)`},
	{name: "who-killed", pred: "KILLED", conf: 0.6, expr: `(?P<s>` + mk + `), who (?:[\w-]+ ){0,5}?(?:killed|murdered|shot|stabbed|poisoned|strangled) (?P<o>` + mk + `)`},
	{name: "killed-by", pred: "KILLED", conf: 0.7, expr: `(?P<o>` + mk + `) (?:is|was|gets|got) (?:killed|murdered|shot dead|stabbed to death|shot and killed|fatally shot|fatally stabbed|strangled|poisoned|beaten to death) by (?P<s>` + mk + `)`},
	{name: "one-who-killed", pred: "KILLED", conf: 0.7, expr: `(?P<s>` + mk + `), (?:the |a |an )?(?:[\w-]+ ){0,3}?who (?:killed|murdered|shot|stabbed|poisoned|strangled) (?P<o>` + mk + `)`},
	{name: "actor-plays", pred: "PLAYS", conf: 0.7, expr: `(?P<s>` + mk + `)(?:,? who(?: also| now| currently| still)?)? (?:[^.;«]{0,40}(?:` + mk + `[^.;«]{0,20})?(?:and|,) )?(?:plays|portrays|returns as|will return as|would return as|is set to return as|is back as|drops in as|appears as|guest-stars as|cameos as|will play|is set to play|has been cast as|is cast as|joins as|will portray|will be playing|is playing|['’]ll play|will be portraying|is set to portray|set to play|tapped to play|signed on to play|will star as|was cast as|been cast as|to play) (?P<o>[^.;«]{0,30}` + mk + `(?:['’]s [^.;«,]{0,40}?` + mk + `)?)`},
	// The groups read "Book's Author": o, the first name, is the book.
	{name: "book-possessive-author", pred: "WROTE", strict: true, conf: 0.6, expr: `(?P<o>` + mk + `)['’]s (?P<s>` + mk + `)`},
	// The author, one name followed by 's, never survives listMarks: this
	// pattern states no claim, but types the names of its window as books.
	{name: "author-novels", pred: "WROTE", all: true, conf: 0.6, expr: `(?P<s>` + mk + `)['’]s (?:\d{4} |latest |new |first |last |final )?(?:novels?|books?|short stor(?:y|ies))\b(?P<o>[^.]{0,150})`},
	{name: "series-of-novels-by", pred: "WROTE", conf: 0.7, expr: `(?i)(?P<o>` + mk + `)[”"’']?(?: series)? of (?:[\w-]+ ){0,3}?(?:novels|books|mysteries|thrillers)(?: written)? by (?:[\w-]+ ){0,3}?(?P<s>` + mk + `)`},
	{name: "author-novel-series", pred: "WROTE", all: true, conf: 0.6, expr: `(?P<s>` + mk + `) (?:novel|book) series,? (?P<o>[^.]{0,250})`},
	// "the book series Harbor by Carla Venn": the author of the series'
	// books, whose adapted novels the page may list later.
	{name: "book-series-by", pred: predBooksBy, conf: 0.6, expr: `(?i)\b(?:book|novel)\s+series\s+(?:` + mk + `\s+)?by (?:author |novelist |writer )?(?P<s>` + mk + `)`},
	// "each series adapting a novel: Low Tide (2013), Salt Marsh (2014)".
	{name: "adapts-novels-list", pred: "BASED_ON", subj: fromSeries, all: true, conf: 0.6, expr: `(?i)\b(?:adapting|adapts|adapted|adaptations? of)\s+(?:(?:a|an|the|one|each|his|her|their)\s+)?(?:novels?|books?)(?:\s+by\s+` + mk + `)?:?\s+(?P<o>` + bookList + `)`},
	{name: "books-by-author", pred: predBooksBy, conf: 0.6, expr: `(?i)\b(?:novels?|books?|short stor(?:y|ies)|works)\b[^.«]{0,40}?\bby (?:author |novelist |writer |crime author )?(?P<s>` + mk + `)`},
	{name: "based-on-window", pred: "BASED_ON", subj: fromSeries, all: true, clause: true, conf: 0.6, apply: (*docState).applyBasedOn, expr: `(?i)\b(?:based on|adapted from|adapts|draws inspiration from|inspired by)\s+(?P<o>[^.]{0,140})`},
	{name: "executive-produces", pred: "EXECUTIVE_PRODUCER_OF", obj: fromSeries, all: true, conf: 0.7, expr: `(?i)(?P<s>` + list + `),? (?:who (?:also )?)?(?:executive[ -]produces?|executive[ -]produced|co-executive produces?)\b`},
	{name: "directs-episodes", pred: "DIRECTED", obj: fromSeries, all: true, conf: 0.7, expr: `(?i)(?P<s>` + list + `),? (?:who (?:also )?)?(?:directed|directs|(?:will|would|is set to|to) (?:also )?direct) (?:the |all |several |both |\w+ )*(?:episodes?|pilot|finale|premiere|entries|installments)\b`},
	{name: "who-serves-as-showrunner", pred: "SHOWRUNNER_OF", obj: fromSeries, all: true, conf: 0.8, expr: `(?i)(?P<s>` + list + `),? who (?:also )?(?:serves?|served|acts?) as (?:the )?(?:co-)?showrunners?`},
	{name: "name-spinoff", pred: "SPINOFF_OF", subj: fromSeries, conf: 0.6, expr: `(?i)(?P<o>` + mk + `)[”"’']?(?:['’]s)? (?:spin-?off|prequel|sequel)\b`},
	{name: "the-spinoff-name", pred: "SPINOFF_OF", obj: fromSeries, conf: 0.6, expr: `(?i)\b(?:a|the|its|his|her) spin-?off(?: series| show| drama)?,? (?P<s>` + mk + `)`},
	{name: "spinoffs-produced", pred: "SPINOFF_OF", obj: fromSeries, all: true, conf: 0.6, expr: `(?i)\bspin-?offs (?:have been |were |has been |was )?(?:produced|made|launched|released|ordered)?:? (?P<s>(?:` + mk + `[^.;«]{0,40}){1,4})`},
	{name: "name-of-the-org", pred: "MEMBER_OF", conf: 0.6, expr: `(?P<s>` + mk + `) of the (?P<o>` + mk + `)`},
	{name: "cast-rank-at-org", pred: "MEMBER_OF", subj: fromCast, conf: 0.6, expr: `(?i)\b(?:detective|officer|captain|cop|agent|member|sergeant|lieutenant|intern|volunteer|employee|analyst|investigator|reporter|journalist|editor|lawyer|pathologist|doctor|nurse|partner|head|chief|boss|director|owner|founder|trainee|clerk|inspector)s?\s+(?:in|at|with|for|of) (?:the )?(?:[\w-]+ ){0,2}?(?P<o>` + mk + `)`},
	{name: "works-for", pred: "MEMBER_OF", subj: fromCtx, conf: 0.6, expr: `(?i)\b(?:owner of|owns|founder of|founded|works for|worked for|employed by)\s+(?:the )?(?:[\w-]+ ){0,3}?(?P<o>` + mk + `)`},
	{name: "who-was-killed-by", pred: "KILLED", conf: 0.7, expr: `(?P<o>` + mk + `),? (?:who (?:is|was) )?(?:murdered|killed|shot dead|stabbed) by (?:the )?(?P<s>` + mk + `)`},
	{name: "slash-names", pred: predPersona, conf: 0.6, expr: mk + `(?:/` + mk + `)+`},
	{name: "known-as", pred: predKnownAs, conf: 0.7, expr: `(?P<a>` + mk + `)[^.«]{0,40}?\b(?:known as|goes by|going by|went by|(?:calls|calling|called) (?:himself|herself)|under the (?:name|alias)|under (?:her|his|their|the|a) (?:pen[ -]name|pseudonym|nom de plume|name of),?|alias|aka|a\.k\.a\.?|(?:spelled|spelt) as|(?:spelled|spelt)) (?:the )?(?P<b>` + mk + `)`},
	{name: "retitled", pred: predRetitled, conf: 0.7, expr: `(?i)(?P<a>` + mk + `)\s*\(?(?:retitled|renamed|released as|also known as|a\.k\.a\.?|aka|also called)\s+(?P<b>` + mk + `)`},
	{name: "is-possessive-kin", pred: predKin, conf: 0.8, expr: `(?i)(?P<s>` + mk + `),? (?:is|was|are|were) (?:the |a |an )?(?P<o>` + mk + `)['’]s ` + adj + `(?P<rel>` + kin + `)\b`},
	{name: "were-partners", pred: "PARTNER_OF", conf: 0.7, expr: `(?i)(?P<s>` + mk + `) and (?P<o>` + mk + `) (?:were|are|became|had been) (?:\w+ )?(?:partners)\b`},
	{name: "were-married", pred: "ROMANTIC_PARTNER_OF", conf: 0.7, expr: `(?i)(?P<s>` + mk + `) and (?P<o>` + mk + `) (?:were|are|got|get|became) (?:married|engaged|lovers|a couple)\b`},
	{name: "shoots-dead", pred: "KILLED", conf: 0.7, expr: `(?P<s>` + mk + `) (?:shoots|shot|stabs|stabbed|beats|beat) (?P<o>` + mk + `) (?:dead|to death)\b`},
	{name: "cast-org-possessive-rank", pred: "MEMBER_OF", subj: fromCast, conf: 0.6, expr: `(?i)(?P<o>` + mk + `)['’]s (?:[\w-]+ ){0,3}?(?:detective|officer|captain|cop|agent|member|sergeant|lieutenant|intern|analyst|investigator|reporter|inspector|constable|pathologist|lawyer|chief|head)s?\b`},
	{name: "is-org-possessive-rank", pred: "MEMBER_OF", conf: 0.6, expr: `(?i)(?P<s>` + mk + `),? (?:is|was) (?:the |a |an )?(?P<o>` + mk + `)['’]s (?:[\w-]+ ){0,3}?(?:detective|officer|captain|cop|agent|member|sergeant|lieutenant|intern|analyst|investigator|reporter|inspector|constable|pathologist|lawyer|chief|head)s?\b`},
	{name: "kissed", pred: "ROMANTIC_PARTNER_OF", conf: 0.7, expr: `(?i)(?P<s>` + mk + `) and (?P<o>` + mk + `) (?:finally |eventually |soon )?(?:kiss|kissed|sleep together|slept together|fall in love|fell in love|get married|got married|marry|married|start dating|began dating|begin dating)\b`},
	{name: "nth-book-of-author", pred: "WROTE", conf: 0.7, expr: `(?i)(?P<o>` + mk + `),? (?:the )?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|last|final|newest|debut) (?:of |in |book of |novel of |novel in |book in )?(?P<s>` + mk + `)['’]s\b`},
	{name: "actor-possessive-character", pred: "PLAYS", strict: true, conf: 0.5, expr: `(?P<s>` + mk + `)['’]s (?P<w>(?:[\w-]+ ){0,4}?(?:(?:character|role), )?)(?P<o>` + mk + `)`},
	{name: "compound-credit", pred: "CREATED", conf: 0.6, expr: `(?P<s>` + mk + `)-(?:created|developed) (?:[\w-]+ ){0,3}?(?P<o>` + mk + `)`},
	{name: "novels-by-author-list", pred: "WROTE", all: true, conf: 0.7, expr: `(?i)\b(?:novels?|books?|mysteries|thrillers?) by (?:[\w-]+ ){0,3}?(?P<s>` + mk + `)[:,]? (?P<o>` + list + `)`},
	{name: "title-a-novel-by", pred: "WROTE", conf: 0.7, expr: `(?i)(?P<o>` + mk + `), (?:a|an|the) (?:[\w-]+ ){0,4}?(?:novels?|books?|series|trilogy|quartet|sequence) (?:[\w-]+ ){0,3}?by (?:[\w-]+ ){0,3}?(?P<s>` + mk + `)`},
	{name: "set-in-place-of", pred: "SET_IN", subj: fromSeries, conf: 0.7, expr: `(?i)\b(?:set|takes place|took place|take place|located)\s+(?:in|on)\s+the\s+(?:(?:[\w-]+|` + mk + `)\s+){0,3}?(?:island|isle|town|city|village|hamlet|borough|county|parish|province|district|suburb|port|state)\s+of\s+(?P<o>` + mk + `)`},
	{name: "set-in-window", pred: "SET_IN", subj: fromSeries, conf: 0.6, expr: `(?i)\b(?:set|takes place|took place|take place|located)\s+(?:in|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:of\s+)?(?P<o>` + mk + `)`},
	{name: "pronoun-killed-by", pred: "KILLED", obj: fromCtx, conf: 0.6, expr: `(?i)\b(?:he|she|they) (?:is|was|were|gets|got) (?:killed|murdered|stabbed to death|shot dead|strangled|poisoned|drowned) by (?:the )?(?P<s>` + mk + `)`},
	{name: "colleague-at-org", pred: "MEMBER_OF", subj: fromCtx, conf: 0.6, expr: `(?i)\b(?:superior|colleague|boss|commander|specialist|constable|sergeant|inspector|officer|detective|analyst|pathologist|member|partner|associate|attorney|lawyer|paralegal|investigator|agent|employee|founder|owner|reporter|editor|intern)\s+(?:at|in|with|of|for) (?:the )?(?:[\w-]+ ){0,2}?(?P<o>` + mk + `)`},
	{name: "shot-killing", pred: "KILLED", conf: 0.7, expr: `(?P<s>` + mk + `) (?:[^.;«]{0,40} )?(?:shoots|shot|stabs|stabbed|strangles|strangled|poisons|poisoned|beats|beat|runs over|ran over)(?: \w+){0,2}? (?P<o>` + mk + `)[^.;«]{0,40}?,? (?:killing|murdering) (?:him|her|them)\b`},
	{name: "pronoun-shot-killing", pred: "KILLED", subj: fromCtx, conf: 0.6, expr: `(?i)\b(?:he|she) (?:[^.;«]{0,40} )?(?:shoots|shot|stabs|stabbed|strangles|strangled|poisons|poisoned|beats|beat)(?: \w+){0,2}? (?P<o>` + mk + `)[^.;«]{0,40}?,? (?:killing|murdering) (?:him|her|them)\b`},
	{name: "at-the-hands-of", pred: "KILLED", conf: 0.7, expr: `(?i)(?P<o>` + mk + `),? (?:who )?(?:dies|died|is killed|was killed|is murdered|was murdered) at the hands of (?P<s>` + mk + `)`},
	{name: "possessive-murder-of", pred: "KILLED", conf: 0.7, expr: `(?i)(?P<s>` + mk + `)['’]s (?:\w+ )?(?:murder|killing|assassination|slaying) of (?P<o>` + mk + `)`},
	{name: "pronoun-murder-of", pred: "KILLED", subj: fromCtx, conf: 0.6, expr: `(?i)\b(?:his|her|their) (?:own )?(?:brutal )?(?:murder|killing|slaying) of (?:` + mk + `['’]s (?:[\w-]+ ){0,2}?)?(?P<o>` + mk + `)`},
	{name: "after-killing", pred: "KILLED", subj: fromCtx, conf: 0.6, expr: `(?i)\b(?:after|before|since|for) (?:killing|murdering) (?:his |her |their )?(?:(?-i:\p{Ll})[\w-]* ){0,2}?(?P<o>` + mk + `)`},
	{name: "is-role-of-org", pred: "MEMBER_OF", conf: 0.6, expr: `(?i)(?P<s>` + mk + `)(?:, (?:a|an|the) [^,;«»]{1,40},)?,? (?:is|was|becomes|became) (?:a|an|the|one of the) (?:[\w-]+ ){0,4}?(?:` + mk + ` )?(?:` + roles + `)s? (?:of|in|with|at|for|from) (?:the )?(?:fictional )?(?:[\w-]+ )?(?P<o>` + mk + `)`},
	{name: "fronted-role-of-org", pred: "MEMBER_OF", conf: 0.6, expr: `^(?i:(?:a|an|the) (?:[\w-]+ ){0,4}?(?:veteran|` + roles + `)s? (?:of|in|with|at|for) (?:the )?)(?P<o>` + mk + `), (?P<s>` + mk + `)`},
	{name: "pronoun-role-of-org", pred: "MEMBER_OF", subj: fromCtx, conf: 0.6, expr: `(?i)\b(?:he|she) (?:is|was|becomes|became) (?:a|an|the|one of the) (?:[\w-]+ ){0,4}?(?:` + mk + ` )?(?:` + roles + `)s? (?:of|in|with|at|for|from) (?:the )?(?:fictional )?(?:[\w-]+ )?(?P<o>` + mk + `)`},
	{name: "possessive-post-of-org", pred: "MEMBER_OF", conf: 0.6, expr: `(?i)(?P<s>` + mk + `)['’]s (?:former |new |old |previous |vacant )?(?:post|position|job|seat) as (?:the )?(?:[\w-]+ )?(?:` + roles + `)s? (?:of|at|in|with) (?:the )?(?P<o>` + mk + `)`},
	// "Ivy Cole (Lena Marsh), a Harbor Police detective".
	{name: "appositive-org-role", pred: "MEMBER_OF", apposition: true, conf: 0.6, expr: `(?P<s>` + mk + `)(?: \(` + mk + `\))?, (?:a|an|the) (?:[\w-]+ ){0,2}?(?P<o>` + mk + `) (?:` + roles + `)s?\b`},
	{name: "is-org-role", pred: "MEMBER_OF", conf: 0.6, expr: `(?i)(?P<s>` + mk + `),? (?:is|was) (?:a|an|the) (?:[\w-]+ ){0,3}?(?P<o>` + mk + `) (?:` + roles + `)s?\b`},
	{name: "appositive-role-of-org", pred: "MEMBER_OF", conf: 0.6, expr: `(?i)(?P<s>` + mk + `)(?: \(` + mk + `\))?, (?:the|a|an) (?:[\w-]+ ){0,2}?(?:` + roles + `)s? (?:of|at|in|for|with|from) (?:the )?(?:` + mk + `['’]s )?(?P<o>` + mk + `)`},
	{name: "works-as-role-for-org", pred: "MEMBER_OF", subj: fromCtx, conf: 0.6, expr: `(?i)\b(?:works?|worked|working|serves|served|serving) as (?:a|an|the) (?:[\w-]+ ){0,3}?(?:` + roles + `)s? (?:for|at|in|with) (?:the )?(?:fictional )?(?P<o>` + mk + `)`},
	{name: "appeared-in-series-as", pred: "APPEARS_IN", conf: 0.6, expr: `(?i)\b(?:appeared|appears|appearing|guest-starred|guest-stars|starred|stars|starring|co-starred|role) in (?:(?:several |many |a few |two |three |\d+ )?(?:episodes?|seasons?) of )?(?:the )?(?P<o>` + mk + `) as (?:[\w.-]+ ){0,3}?(?P<s>` + mk + `)`},
	// "appeared on A, and in Kay's B as X and in C as Y": each title a
	// credit names after "in" or "on" with a role after "as", the verb of
	// appearing anywhere before it in the sentence (see heldBack).
	{name: "credit-in-title-as", pred: "APPEARS_IN", conf: 0.6, expr: `(?i)\b(?:in|on) (?:the )?(?:` + mk + `['’]s )?(?P<o>` + mk + `) as (?:[\w.-]+ ){0,3}?(?P<s>` + mk + `)`},
	{name: "pronoun-plays", pred: "PLAYS", subj: fromCtx, conf: 0.6, expr: `(?i)\b(?:he|she)(?:['’]ll| will| would| is set to)? (?:play|portray|be playing|be portraying) (?:[^.;«]{0,40})?(?P<o>` + mk + `)`},
	{name: "as-respectively", pred: "PLAYS", all: true, pairwise: true, conf: 0.7, expr: `(?P<s>` + list + `) (?:will |would |are set to |are to |)(?:recur|appear|star|play|return|be seen)s? as,? respectively,? (?:(?:the )?characters? (?:named |called )?)?(?P<o>` + list + `)`},
	{name: "play-respectively", pred: "PLAYS", all: true, pairwise: true, conf: 0.7, expr: `(?P<s>` + list + `) (?:will |would |are set to |)(?:play|portray|star as) (?:[\w-]+ ){0,4}?(?P<o>` + list + `),? respectively`},
	// "A has the lead role in the Kay series B".
	{name: "lead-role-in", pred: "STARS_IN", conf: 0.7, expr: `(?P<s>` + mk + `) (?:has|had|plays|played|takes|took|lands|landed|won|wins) (?:the )?(?:lead|leading|title|starring|central) role in (?:the )?(?:(?:[\w-]+ |` + mk + ` ){0,3}(?:series|drama|show) )?[‘'"“]?(?P<o>` + mk + `)`},
	{name: "stars-as", pred: "STARS_IN", obj: fromSeries, conf: 0.7, expr: `(?P<s>` + mk + `),? (?:who )?(?:(?:also|later|briefly|previously|once) )?(?:stars|starred|star|starring|co-stars|co-starred)(?: (?:for|in|across) [^«.,;]{1,30}?)? as\b`},
	// "A and B will lead the cast of Lumen's new drama, Harbor"; "as series
	// star A exits"; "the prequel to Harbor" (not "a sequel to Tom Vale's
	// novel": the work is the writer's, see notPossessiveNext).
	{name: "lead-the-cast-of", pred: "STARS_IN", all: true, conf: 0.7, expr: `(?i)(?P<s>` + list + `) (?:will |are set to |is set to |to )?(?:lead|leads|led|head|heads|headed|headline|headlines|headlined|front|fronts|fronted) the cast of (?:(?:` + mk + `['’]s? |the |a )?(?:[\w-]+ ){0,4}?(?:drama|series|show|thriller|procedural|comedy|miniseries),? )?[‘'"“]?(?P<o>` + mk + `)`},
	{name: "series-star-named", pred: "STARS_IN", obj: fromSeries, conf: 0.7, expr: `(?i)\b(?:series|show)(?: lead)? (?:star|lead) (?P<s>` + mk + `)`},
	{name: "prequel-to", pred: "SPINOFF_OF", subj: fromSeries, conf: 0.7, expr: `(?i)\b(?:prequel|sequel)(?: series)? to (?:the )?(?:(?:hit|acclaimed|original) )?[‘'"“]?(?P<o>` + mk + `)` + notPossessiveNext},
	// "the series, toplined by A and B".
	{name: "toplined-by", pred: "STARS_IN", obj: fromSeries, all: true, conf: 0.7, expr: `(?i)\b(?:toplined|headlined|top-lined) by (?P<s>` + list + `)`},
	{name: "cast-led-by", pred: "STARS_IN", obj: fromSeries, all: true, conf: 0.7, expr: `(?i)\bcast (?:will be |is |was |are |were )?(?:led|headed|headlined|fronted) by (?P<s>` + list + `)`},
	{name: "series-regular", pred: "STARS_IN", obj: fromSeries, conf: 0.6, expr: `(?P<s>` + mk + `)[^.«]{0,80}?\bas (?:a |new )?series regulars?\b`},
	// "Kay's A, B and C": a network's possessive before a list of series.
	{name: "network-possessive-list", pred: "AIRS_ON", all: true, network: true, conf: 0.6, expr: `(?P<o>` + mk + `\+?['’]s) (?P<s>` + mk + `(?:, ` + mk + `)*,? and ` + mk + `)`},
	{name: "network-orders", pred: "AIRS_ON", strict: true, conf: 0.6, expr: `(?P<o>` + mk + `) (?:has |have |had )?(?:announced|renewed|cancell?ed|ordered|picked up|greenlit|commissioned)\b[^.«]{0,40}?(?P<s>` + mk + `)`},
	{name: "network-genre-series", pred: "AIRS_ON", strict: true, conf: 0.6, expr: `(?P<o>` + mk + `)\+? (?:(?:hit|new|crime|police|cop|legal|period|spy|medical|limited|anthology|original) ){0,2}(?:drama|series|thriller|procedural|miniseries)(?: series)?,? [‘'"“]?(?P<s>` + mk + `)`},
	// "Harbor Lights (BBC One)", "Harbor Lights (NBC, Wednesdays, 10 PM)":
	// a network in parentheses after a series, not a studio or a credit.
	{name: "series-network-note", pred: "AIRS_ON", strict: true, network: true, conf: 0.6, expr: `(?P<s>` + mk + `) \((?P<o>` + mk + `)\s*[,)]`},
	// "Sunday, 8 pm, Lumen One": a listing's line of day, hour and network
	// under the series' title.
	{name: "schedule-line", pred: "AIRS_ON", subj: fromSeries, network: true, conf: 0.6, expr: `^(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weeknights|nightly),? (?i:from )?\d{1,2}(?:[.:]\d\d)?\s*(?i:am|pm|a\.m\.|p\.m\.)?,? (?:on )?(?P<o>` + mk + `)\.?$`},
	{name: "series-on-network", pred: "AIRS_ON", strict: true, conf: 0.6, expr: `(?P<s>` + mk + `) on (?P<o>` + mk + `)`},
	{name: "watch-on", pred: "AIRS_ON", conf: 0.6, expr: `(?i)\bwatch (?P<s>` + mk + `) on (?P<o>` + mk + `)`},
	{name: "creator-name", pred: "CREATED", obj: fromSeries, all: true, conf: 0.7, expr: `(?i)\b(?:series )?(?:co-)?creators?(?:[- ](?:writers?|showrunners?|producers?))?,? (?P<s>` + list + `)`},
	{name: "created-by-described", pred: "CREATED", obj: fromSeries, all: true, conf: 0.7, expr: `(?i)\b(?:created|developed)(?: and [\w-]+)? by (?:(?:` + mk + `|[\w-]+) ){1,4}?(?:nominee|winner|writer|author|novelist|producer|showrunner|director|actor|actress|journalist) (?P<s>` + list + `)`},
	{name: "place-set-series", pred: "SET_IN", subj: fromSeries, conf: 0.7, expr: `(?i)(?P<o>` + mk + `)-set (?:[\w-]+ ){0,3}?(?:drama|series|show|thriller|procedural|mystery|comedy|programme)\b`},
	{name: "character-bracket-actor", pred: "PLAYS", conf: 0.7, expr: `(?P<o>` + mk + `) \[[^\[\]]{0,80}?\b(?:played|portrayed) by (?P<s>` + mk + `)\]`},
	// "A (Other Show) joined the cast in the second season as X".
	{name: "joined-cast-as", pred: "PLAYS", conf: 0.7, expr: `(?P<s>` + mk + `)(?: \([^()]{0,60}\))? (?:has )?(?:joined|joins|rejoined|rejoins) the (?:main |regular )?cast(?: [^.;«,]{0,40})? as (?P<o>` + mk + `)`},
	{name: "character-actor-note", pred: "PLAYS", conf: 0.8, expr: `(?P<o>` + mk + `),? \((?:[\w'’-]+ ){0,3}?(?i:actor|actress|star|played by|portrayed by) (?P<s>` + mk + `)\)`},
	{name: "paren-credit", pred: predCredit, conf: 0.6, expr: `(?P<a>` + mk + `) \((?P<b>[^()]{1,80})\)`},
	// "Ivy Cole (Lena Marsh, Dockside)": a character, its actor and the
	// actor's other work.
	{name: "character-actor-credit", pred: "PLAYS", typedSubj: true, conf: 0.7, expr: `(?P<o>` + mk + `) \((?P<s>` + mk + `), [^()«]{0,20}` + mk + `[^()«]{0,20}\)`},
	// "Ivy Cole (Boston native Lena Marsh)": an actor described by a noun
	// without an article.
	{name: "character-paren-noun-actor", pred: "PLAYS", typedSubj: true, conf: 0.7, expr: `(?P<o>` + mk + `) \((?:` + mk + ` |\p{Ll}[\w-]* ){0,2}(?:native|newcomer|veteran|actor|actress|star|comedian|singer|rapper|model|alum|alumna|alumnus|regular) (?P<s>` + mk + `)\)`},
	{name: "character-paren-described-actor", pred: "PLAYS", conf: 0.7, expr: `(?P<o>` + mk + `) \((?:the|a|an|her|his) (?:\p{Ll}[\w-]* ){0,3}(?P<s>` + mk + `)\)`},
	rankedRole,
	{name: "paren", pred: predParen, conf: 0.8, expr: `(?P<a>` + mk + `)(?:['’]s)?["”]? ?\((?P<b>` + mk + `)\)`},
})

// relIndex returns the index that checks the relation patterns'
// prefilters (what every match of a pattern contains: a sentence that
// lacks it is not searched), by their place in relPatterns, in one pass
// over a sentence. It is made at its first call (see Prepare), not when
// the program starts: every command would pay for it.
var relIndex = sync.OnceValue(func() *prefilter.Index { return prefilter.NewIndex(relPrefilters()) })

// relPrefilters returns the relation patterns' prefilters, by their place
// in relPatterns, derived at the first call.
var relPrefilters = sync.OnceValue(func() []prefilter.Prefilter { return prefilters(relPatterns) })

// prefilters derives the prefilters of ps, in order, on all cores.
func prefilters(ps []relPattern) []prefilter.Prefilter {
	out := make([]prefilter.Prefilter, len(ps))
	parallel.Each(len(ps), func(i int) { out[i] = prefilter.New(ps[i].expr) })
	return out
}

// Prepare derives, on all cores, what the extractor's expressions are
// checked with before they run (see prefilter.Prepare and relIndex), which
// is otherwise derived at each one's first use, on the core that uses it
// first. A program about to extract calls it while it reads and parses
// its documents; the results are the same either way.
func Prepare() {
	prefilter.Prepare()
	relIndex()
}

// personAppositionAfter matches a description of a person after a name:
// ", co-writer of the series", ", a former police reporter". A series
// "based on" such a name is based on the person's life, not on a book.
var personAppositionAfter = prefilter.MustCompile(`^` + personDescription)

// personObject matches a name and a description of a person inside the
// object of a "based on" window (see personAppositionAfter): "based on the
// experiences of his partner Ben Marsh, a former detective".
var personObject = prefilter.MustCompile(mk + personDescription)

// personDescription is the description of a person in apposition after a
// name, comma first: ", co-writer of the series", ", a former detective".
const personDescription = `,\s+(?:a |an |the |its |his |her )?(?:[a-z-]+ ){0,2}(?:co-)?(?:writer|creator|author|novelist|journalist|reporter|detective|officer|cop|producer|director|agent|investigator)s?\b`

// applyBasedOn reads a "based on" match as a relation, unless a
// description of a person follows its object (see personAppositionAfter).
func (s *docState) applyBasedOn(m *patMatch) {
	if personAppositionAfter.MatchString(m.src[m.loc[1]:]) || personObject.MatchString(m.group("o")) {
		return
	}
	s.applyRelation(m)
}

// compilePatterns compiles the table's expressions and picks each
// pattern's handler.
func compilePatterns(ps []relPattern) []relPattern {
	for i := range ps {
		p := &ps[i]
		p.re = prefilter.MustCompileTable(p.expr)
		p.desc = p.subj == fromCast || strings.HasPrefix(p.expr, "(?i)^")
		switch {
		case p.apply != nil:
			// the table's own handler
		case patternHandlers[p.pred] != nil:
			p.apply = patternHandlers[p.pred]
		case p.strict:
			p.apply = (*docState).applyStrict
		default:
			p.apply = (*docState).applyRelation
		}
	}
	return ps
}

// notPossessiveNext follows a pattern's masked object: no possessive may
// follow it, so that "a sequel to Tom Vale's novel" takes no writer's name
// for the earlier work.
const notPossessiveNext = `(?:$|[^'’]|['’](?:$|[^s]))`
