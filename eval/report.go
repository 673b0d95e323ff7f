package eval

// Report is the outcome of Score: the four headline figures, their
// breakdown by entity type and by predicate with what was missed and what
// was wrongly predicted, and the alias pairs that were missed or wrongly
// joined. Every list is sorted (types and predicates in the order of
// graph.EntityTypes and graph.Predicates, unknown ones after, by name;
// entries by name).
type Report struct {
	Entities      Metric            `json:"entities"`
	TypedEntities Metric            `json:"typed_entities"`
	Aliases       Metric            `json:"aliases"`
	Relations     Metric            `json:"relations"`
	Ignored       Ignored           `json:"ignored"`
	Types         []TypeReport      `json:"types"`
	Predicates    []PredicateReport `json:"predicates"`
	MissedAliases []AliasPair       `json:"missed_aliases"`
	FalseAliases  []AliasPair       `json:"false_aliases"`
}

// Ignored counts the predictions that touched only optional gold items
// (comparison works, borderline relations) and so were neither rewarded
// nor penalised.
type Ignored struct {
	Entities  int `json:"entities"`
	Relations int `json:"relations"`
}

// TypeReport is the entity score of one type. Entities counts a match as
// true positive whatever the predicted type (true positives and misses
// under the gold type, false positives under the predicted type); Typed
// requires the types to agree, so a mismatch is one false positive (under
// the predicted type) and one miss (under the gold type).
type TypeReport struct {
	Type     string         `json:"type"`
	Entities Metric         `json:"entities"`
	Typed    Metric         `json:"typed"`
	Missed   []EntityRef    `json:"missed"`
	False    []EntityRef    `json:"false"`
	Mistyped []TypeMismatch `json:"mistyped"`
}

// EntityRef names an entity in a report: a gold entity (ID empty) or a
// predicted one. Overlaps, for a false-positive predicted entity, lists the
// gold entities it shares a form with: those were matched to another
// predicted entity, so this one is a duplicate.
type EntityRef struct {
	ID       string   `json:"id,omitempty"`
	Type     string   `json:"type"`
	Name     string   `json:"name"`
	Aliases  []string `json:"aliases,omitempty"`
	Overlaps []string `json:"overlaps,omitempty"`
}

// TypeMismatch is a predicted entity matched to a gold entity of another
// type: right for the entity score, wrong for the typed one.
type TypeMismatch struct {
	Gold     string `json:"gold"`
	GoldType string `json:"gold_type"`
	ID       string `json:"id"`
	Name     string `json:"name"`
	Type     string `json:"type"`
}

// PredicateReport is the relation score of one predicate with its misses
// (gold relations not predicted) and false positives.
type PredicateReport struct {
	Predicate string   `json:"predicate"`
	Relations Metric   `json:"relations"`
	Missed    []Triple `json:"missed"`
	False     []Triple `json:"false"`
}

// Triple names a relation in a report. Endpoints are gold canonical names
// when the entity is (matched to) a gold entity, predicted names
// otherwise; Reason says why a false positive is one.
type Triple struct {
	Subject   string `json:"subject"`
	Predicate string `json:"predicate"`
	Object    string `json:"object"`
	Detail    string `json:"detail,omitempty"`
	Reason    string `json:"reason,omitempty"`
}

// Reasons a predicted relation is a false positive.
const (
	ReasonNotInGold       = "not in gold"
	ReasonSubjectUnmapped = "subject not matched to gold"
	ReasonObjectUnmapped  = "object not matched to gold"
	ReasonBothUnmapped    = "subject and object not matched to gold"
	ReasonUnknownEntity   = "entity id not in graph"
)

// AliasPair is two gold surface forms (as the gold spells them). For a
// missed pair, Entities holds the gold entity that has both; for a wrongly
// joined pair, it holds the gold entities of the two forms, and Predicted
// the predicted entity that joins them.
type AliasPair struct {
	Forms     [2]string `json:"forms"`
	Entities  []string  `json:"entities"`
	Predicted string    `json:"predicted,omitempty"`
}

// fillEmpty replaces nil lists with empty ones, so that JSON consumers see
// [] rather than null and need no special case.
func (r *Report) fillEmpty() {
	r.Types = nonNil(r.Types)
	r.Predicates = nonNil(r.Predicates)
	r.MissedAliases = nonNil(r.MissedAliases)
	r.FalseAliases = nonNil(r.FalseAliases)
	for i := range r.Types {
		t := &r.Types[i]
		t.Missed, t.False, t.Mistyped = nonNil(t.Missed), nonNil(t.False), nonNil(t.Mistyped)
	}
	for i := range r.Predicates {
		p := &r.Predicates[i]
		p.Missed, p.False = nonNil(p.Missed), nonNil(p.False)
	}
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
