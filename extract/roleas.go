package extract

import (
	"github.com/kgbuild/kg/graph"
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
)

// The words of a critic's judgement of a performance: "A is ideal as the
// mayoral candidate B", "A (The Show) is chilling as B", "won Best
// Supporting Actress as B". Whoever is judged as someone is an actor;
// whom the actor is judged as is a role. A story's people are not
// judged "as" anyone, so the shape holds on recaps as on news.
const performanceJudgement = `(?:ideal|perfect|excellent|terrific|great|superb|brilliant|wonderful|fantastic|convincing|compelling|chilling|memorable|magnetic|riveting|solid|effective|outstanding|impressive|marvell?ous|mesmeri[sz]ing|haunting|electric|sympathetic|hilarious|menacing|believable|credible|miscast|wasted|heartbreaking|captivating|charismatic|delightful|formidable|unforgettable|spot-on|pitch-perfect|strong|fine|good|funny|moving|fun)`

var (
	// judgedAsAfter matches the words after an actor's name that judge
	// the actor "as" a role, past a note in parentheses on the actor's
	// other work: "(The Show) is ideal as".
	judgedAsAfter = regexp.MustCompile(`^(?:\s*\([^()]{1,60}\))?,?\s+(?:is|was|are|were|remains|proves|seems|looks)\s+(?:(?:so|very|quite|especially|particularly|truly|equally|also|just|simply)\s+)?(?:\p{Ll}+ly\s+)?` + performanceJudgement + `\s+as\b`)
	// roleAfterAs matches the words before a role's name: a judgement, an
	// award's category or a word of casting, then "as" and the role's
	// description ("ideal as the mayoral candidate", "Best Supporting
	// Actress as", "cast her as the young").
	roleAfterAs = regexp.MustCompile(`(?:\b` + performanceJudgement + `|\b(?:Actor|Actress|Performer|role|turn|performance|debut|cameo|cast|starring|starred|reprises|reprising|reprised)(?:\s+(?:him|her|them))?)\s+as\s+(?:(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,3})?$`)
)

// actorJudgedAs is the shape rule "actor-judged-as": a full name before
// a judgement "as" a role (see judgedAsAfter), an actor's.
var actorJudgedAs = shapeRule{"actor-judged-as", graph.Person, 0.6, func(r *run) bool {
	return r.n >= 2 && r.names() <= 4 && !r.quoted && judgedAsAfter.MatchString(r.after)
}}

// roleJudgedAs is the shape rule "role-judged-as": a full name after a
// judgement, an award's category or a word of casting and "as" (see
// roleAfterAs), a role.
var roleJudgedAs = shapeRule{"role-judged-as", graph.Character, 0.6, func(r *run) bool {
	return r.n >= 2 && r.names() <= 3 && !r.quoted && roleAfterAs.MatchString(r.lead)
}}
