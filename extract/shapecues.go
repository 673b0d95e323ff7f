package extract

import (
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
)

// seriesCueWords are the words before a title that say it is a show's:
// "the series", "a spinoff of", "spun off from", "the soap operas".
const seriesCueWords = `(?i)\b(series|show|shows|spin-?off,?|spin-?off of|spinoff of|spun[- ]off (?:of|from)|sitcoms?|dramas?|soaps?|soap operas?)`

// Context words around a name that say what kind of thing it is.
var (
	seriesCue = regexp.MustCompile(seriesCueWords + `\s*$`)
	// seriesCueQuoted is seriesCue before a title that may open with a
	// quotation mark: "the hit show “KPD”".
	seriesCueQuoted = regexp.MustCompile(seriesCueWords + `\s*["“‘]?$`)
	yearAfter       = regexp.MustCompile(`^\s*\((?:[^()]{1,30}, )?\d{4}(?:[–-]\d{2,4})?\)`)
	seasonAfter     = regexp.MustCompile(`^\s+[Ss]eason\s+\d`)
	// seriesNewsAfter and seasonOf are what news and reviews say only of a
	// series: "X has been renewed", "X's second season", "the finale of X".
	seriesNewsAfter = regexp.MustCompile(`^(?:['’]s\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|last|latest|new|upcoming|next|\d+(?:st|nd|rd|th))\s+(?:season|series)\b|\s+(?:has|have|had)\s+been\s+(?:officially\s+|formally\s+)?(?:renewed|cancell?ed|picked up|axed)\b|\s+(?:was|were|is|gets|got|will be)\s+(?:officially\s+|formally\s+)?(?:renewed|cancell?ed|axed)\b|,?\s+which\s+(?:premieres|premiered|airs|aired|debuts|debuted|streams|returns)\b)`)
	// renewalListBefore and renewalListAfter match the text around a
	// title in a sentence that only lists shows and says what became of
	// them: "Harbor Nights, Ledger, The Quiet Coast, and Dockside were also
	// renewed". digitBefore skips the words after a number in such a list
	// ("48 Hours"), which the run does not hold.
	renewalListBefore = regexp.MustCompile(`^(?:[^,.;!?]{1,40},\s+)*(?:and\s+)?$`)
	renewalListAfter  = regexp.MustCompile(`^(?:,\s+(?:and\s+)?[^,.;!?]{1,40}?)*,?\s+(?:were|are|have|had)\s+(?:also\s+|all\s+|both\s+)?(?:been\s+)?(?:officially\s+)?(?:renewed|cancell?ed|picked up|axed)\b`)
	digitBefore       = regexp.MustCompile(`\d\s*$`)
	// networkAfter matches the words after a name that make it the
	// network or the maker of the show named next: "the second season of
	// the Lumen drama ...", "the finale of Lumen's Harbor Lights".
	networkAfter = regexp.MustCompile(`^(?:\s+(?:(?:hit|new|crime|police|cop|legal|period|spy|medical|limited|original|anthology|drama)\s+){0,2}(?:drama|series|show|thriller|procedural|comedy|miniseries|sitcom)\b|['’]s\s+(?:['‘"“]?\p{Lu}|(?:[\w-]+\s+){0,3}?(?:drama|series|show|thriller|procedural|comedy|miniseries|sitcom)\b))`)
	// seasonOf may end in a quotation mark: "the series finale of "Harbor
	// Nights"" names the series as well; "(an) episode of X", "this (or
	// the just-ended) season of X", "five seasons of X" do too.
	seasonOf = regexp.MustCompile(`(?i)\b(?:(?:season|series)\s+(?:\d+|one|two|three|four|five|six|seven|eight)|(?:first|second|third|fourth|fifth|sixth|final|last|latest|new|upcoming|next)\s+(?:season|series)|(?:(?:this|that|each|every)\s+|the\s+(?:[\w-]+\s+)?)season|(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:seasons|series)|the\s+(?:(?:series|season)\s+)?(?:cast|finale|premiere|showrunner|creators?|pilot|renewal|cancellation)|episodes?)\s+of\s+(?:the\s+)?["“‘']?$`)
	// seriesNounAfter matches the words after a title that speak of a
	// series' parts and people: "the Harbor Valley finale", "Harbor
	// Valley's series finale", "the Harbor Valley cast", the "Harbor
	// Valley" spinoff.
	seriesNounAfter = regexp.MustCompile(`^['’”"]?(?:['’]s)?\s+(?:(?:series|season)\s+)?(?:finale|premiere|pilot|reboot|revival|spin-?off|showrunner|cast)\b`)
	// seriesStarAfter matches the words after a title that say it is a
	// show someone is known for: "Lawless star Sam Corey", "Lawless lead
	// Sam Corey", "Lawless cast member Sam Corey".
	seriesStarAfter = regexp.MustCompile(`^\.?\s+(?:star|stars|lead|alum|alumna|alumnus|co-star|veteran|cast\s+member)\s+\p{Lu}`)
	// formerBefore and starAfter match the words around a title that say
	// someone was a star of it: "the former Harbor Lights star", "former
	// Harbor Lights cast member".
	formerBefore = regexp.MustCompile(`(?i)\b(?:former|ex-|onetime|one-time|longtime)\s*$`)
	starAfter    = regexp.MustCompile(`^['’”"]?\s+(?:star|stars|alum|alumna|alumnus|co-star|veteran|cast\s+members?)\b`)
	// characterCue matches the words before a name that say it is a
	// character's: "his Harbor character Vic Tamura", "new character,
	// Paul Rocca".
	characterCue = regexp.MustCompile(`(?i)\b(?:character|characters|alter ego)(?:\s+(?:named|called))?,?\s*$`)
	// playsCue matches the verb before the role an actor plays: "the
	// actress who plays Tom Vale", "Lena Hart portrayed Tom Vale".
	playsCue = regexp.MustCompile(`\b(?:plays|played|playing|portrays|portrayed|portraying)\s+$`)
	// starredIn matches the words before the titles of an actor's other
	// work: "has starred in Showtrial and", "appeared in", "known for her
	// roles on Dockside and", "guest appearances include those in Dockside,
	// Without a Map, Numb3rs and" (small words and digits in the titles),
	// "the star of Dockside", "best known for Dockside": what an actor is
	// the star of, or best known for, is a show or a film.
	starredIn = regexp.MustCompile(`\b(?:(?:starred|starring|appeared|appearing|appearances?|roles?|cameos?) in|(?:roles?|work|stints?|appearances?) on|renewals? of|stars? of|(?:best|most|perhaps best) known for|(?:TV |television )?credits include|(?:appearances?|credits|roles) (?:include|included|including)(?: (?:those|roles|turns|parts|stints))? (?:in|on)|(?:Emmys?|BAFTAs?|Golden Globes?) for) (?:\p{Lu}[\p{L}\d'’-]*(?: (?:\p{Lu}[\p{L}\d'’-]*|of|the|a|an|is|&|and the))*(?:, | and |, and ))*$`)
	// ownsSeriesAfter matches a possessive before a series named after
	// it: "a role on Dana Whitfield's ABC drama series Harbor" gives the
	// creator, not the title.
	ownsSeriesAfter = regexp.MustCompile(`^['’]s\s+(?:[\w+-]+\s+){0,4}?(?:drama|series|show|thriller|procedural|comedy|miniseries|sitcom)\s+['‘"“]?\p{Lu}`)
	headlineCue     = regexp.MustCompile(`(?i)^\s*(?:season|series|review|recap|finale|premiere|cast|trailer|renewed|canceled|cancelled|ending|episode|is|gets|returns|star)\b`)
	castOf          = regexp.MustCompile(`(?i)\b(?:cast|stars|season|finale|ending|world|creator|showrunner) of\s*$`)
	onBefore        = regexp.MustCompile(`(?i)(?:^|\s)on\s*$`)
	// basedOnBefore matches "based on" before a work or its author, no
	// organization: "based on Tom Fell's novel".
	basedOnBefore = regexp.MustCompile(`(?i)\bbased\s+on\s*$`)
	placeArticle  = regexp.MustCompile(`(?i)\b(?:in|from|outside|across|to|throughout|inside)\s+the\s*$`)
	charSections  = regexp.MustCompile(`(?i)plot|premise|story|synopsis|season \d|episode|characters`)
	// Suffixes that make an adjective of a name ("Cops & Robbers-ish",
	// "Sam Spade-y"), and
	// those after a place ("Los Angeles-based").
	adjSuffix      = regexp.MustCompile(`-(?:ish|esque|like|style|type|inspired|adjacent|y)$`)
	compoundSuffix = regexp.MustCompile(`-(?:based|born|bred|raised|set|area)$`)
	// creditSuffix ends a person's name made an adjective of a credit:
	// "the Dana Whitfield-created drama".
	// modifier matches a word that makes an adjective of the name before
	// it: "Golden Globe-winning", "BAFTA-nominated".
	modifier     = regexp.MustCompile(`-(?:winning|nominated|award-winning)$`)
	creditSuffix = regexp.MustCompile(`-(?:created|produced|directed|written|penned|helmed|fronted|starring|led)$`)
)
