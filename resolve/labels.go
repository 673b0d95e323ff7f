package resolve

import (
	"fmt"
	"sync"

	"github.com/kgbuild/kg/graph"
)

// label is a type or a rule's name as reconciliation records it on every
// mention (see labelOf): two bytes where a string takes sixteen. At
// 100 MB the three such records of each mention (its type so far, the
// rule that set it, the type its own group was looked up under) held
// about 90 MB of reconciliation's peak as strings.
type label uint16

// labels numbers the strings recorded as labels, in the order first met:
// the types, known beforehand, and the rules' names, a few dozen. It is
// one table for the process, since the same names come back run after
// run; rules retype mentions on all cores, so it is guarded.
type labels struct {
	mu    sync.RWMutex
	names []string
	ids   map[string]label
}

// knownLabels are the labels numbered before any is asked for: no type
// and the entity types, read without the lock.
var knownLabels = append([]string{""}, graph.EntityTypes...)

// mentionLabels is the process's table of labels.
var mentionLabels = newLabels()

func newLabels() *labels {
	l := &labels{names: append([]string(nil), knownLabels...), ids: map[string]label{}}
	for i, n := range l.names {
		l.ids[n] = label(i)
	}
	return l
}

// labelOf returns the label of s, numbering it if it has none yet.
func labelOf(s string) label {
	for i, k := range knownLabels {
		if k == s {
			return label(i)
		}
	}
	return mentionLabels.of(s)
}

// of is labelOf for the strings outside knownLabels.
func (l *labels) of(s string) label {
	l.mu.RLock()
	id, ok := l.ids[s]
	l.mu.RUnlock()
	if ok {
		return id
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if id, ok := l.ids[s]; ok {
		return id
	}
	if len(l.names) > int(^label(0)) {
		panic(fmt.Sprintf("resolve: more than %d labels", int(^label(0))+1))
	}
	id = label(len(l.names))
	l.names = append(l.names, s)
	l.ids[s] = id
	return id
}

// String returns the string the label stands for.
func (id label) String() string {
	if int(id) < len(knownLabels) {
		return knownLabels[id]
	}
	mentionLabels.mu.RLock()
	defer mentionLabels.mu.RUnlock()
	return mentionLabels.names[id]
}
