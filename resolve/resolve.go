package resolve

import (
	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
)

// Authority ranks document kinds for choosing a canonical spelling: an
// encyclopedia-style page is edited for names, a review is not.
var Authority = map[string]int{"encyclopedia": 4, "news": 3, "article": 2, "listing": 2, "review": 1}

// The predicates whose claims reconciliation reads as evidence.
const (
	predPlays    = "PLAYS"
	predAirsOn   = "AIRS_ON"
	predRelative = "RELATIVE_OF"
	predRomantic = "ROMANTIC_PARTNER_OF"
)

// Reconciler is the reconcile stage: it merges the mentions of all
// documents into entities and explains each merge.
//
// It runs the rules of reconciliation in order (see rules); each merge
// is recorded on the entity with its evidence. Types are never mixed by
// shape alone: "Ballard" the series and Renée Ballard the character stay
// two entities.
type Reconciler struct {
	// Previous holds the entities of the graph stored before this run;
	// an entity that shares a name with one of them keeps its id.
	Previous []graph.Entity
	// ListOverrides asks for Resolved.Overrides. Nothing in the pipeline
	// reads them, and at 100 MB of documents they were 7% of the live
	// heap at reconciliation's peak, so they are listed only when asked.
	ListOverrides bool
}

// Resolved is the outcome of reconciliation. It is the resolve stage's
// own output: the extractions it read are left as they were, and the
// build stage reads both.
type Resolved struct {
	// Entities are sorted by id, each with its merges and typing.
	Entities []graph.Entity
	// Links[doc][i] is the entity id of mention i of doc, or "".
	Links map[string][]string
	// Overrides are the mentions whose type reconciliation settled
	// otherwise than extract gave it, in document and mention order;
	// listed only when Reconciler.ListOverrides is set.
	Overrides []Override
}

// Override is a mention whose type reconciliation changed, and the rule
// that changed it: the evidence of the corpus outweighs one document's
// guess, and a user can ask which rule said so.
type Override struct {
	Doc     string `json:"doc"`     // the document's id
	Mention int    `json:"mention"` // the mention's index in its extraction
	From    string `json:"from"`    // the type extract gave, maybe ""
	Type    string `json:"type"`    // the type reconciliation settled
	Rule    string `json:"rule"`    // the rule that settled it
}

// rule is one step of reconciliation. Rules run once each, in the order
// of rules, over one state: each settles mention types or joins groups,
// naming itself on everything it decides. A rule reads the extractions
// only through the state and never writes them.
type rule interface {
	name() string
	apply(s *state)
}

// rules is the order of reconciliation: types first, then the merges
// the text states, then those by the shape of names, and the lone words
// last, when every full name they could stand for is known.
var rules = []rule{
	typeVotes{},
	weakGuess{},
	characterCompany{},
	guessedSlip{},
	shortCharacter{},
	surnameCharacter{},
	nicknameCharacter{},
	middleCharacter{},
	foldedKey{},
	explicitAlias{},
	reversedName{},
	subtitleAlone{},
	nicknameRule{},
	middleName,
	givenNickname,
	givenClipped,
	givenInitial,
	leadingWord{},
	shapeNameInOrg{},
	orgShortForm{},
	orgPlural{},
	orgKindWord{},
	orgInnerWord{},
	criminalGroup{},
	acronymRule{},
	acronymTail{},
	acronymNamedWith{},
	countryName{},
	nearSpelling{},
	actorSlipSameRole{},
	loneNameSameActor{},
	spellingVariant{},
	slipAlone{},
	loneSlip{},
	wordsSwapped{},
	shortNames{},
	loneSlip{placed: true},
	loneGivenForm{},
	loneWordFull{},
	loneNickname{},
	slipSameKin{},
	personaAlias{},
}

// Run reconciles the mentions of every extraction.
func (r Reconciler) Run(xs []*extract.Extraction) Resolved {
	return r.entities(reconcile(xs))
}

// reconcile runs every rule over the extractions.
func reconcile(xs []*extract.Extraction) *state {
	s := newState(xs)
	for _, ru := range rules {
		ru.apply(s)
	}
	s.dropRuleMemos()
	return s
}

// overrides lists the mentions whose type the rules changed.
func (s *state) overrides() []Override {
	var out []Override
	for d, x := range s.xs {
		for i, m := range x.Mentions {
			if rule := s.typedBy[d][i].String(); rule != "" {
				out = append(out, Override{Doc: x.Doc.ID, Mention: i, From: m.Type, Type: s.types[d][i].String(), Rule: rule})
			}
		}
	}
	return out
}
