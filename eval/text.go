package eval

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// WriteText writes r for a person: the table of the four headline figures
// and, when details is true, the breakdown by entity type and by predicate
// with every miss and false positive, then the alias pairs. It is what
// `kg eval` prints, kept here so that its golden test sits beside Score.
func (r Report) WriteText(w io.Writer, details bool) error {
	bw := bufio.NewWriter(w)
	tw := tabwriter.NewWriter(bw, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "\tP\tR\tF1\tTP\tFP\tFN\t")
	for _, row := range []struct {
		name string
		m    Metric
	}{
		{"entities", r.Entities},
		{"typed entities", r.TypedEntities},
		{"aliases", r.Aliases},
		{"relations", r.Relations},
	} {
		fmt.Fprintf(tw, "%s\t%.3f\t%.3f\t%.3f\t%d\t%d\t%d\t\n",
			row.name, row.m.Precision, row.m.Recall, row.m.F1, row.m.TP, row.m.FP, row.m.FN)
	}
	tw.Flush()
	if r.Ignored.Entities > 0 || r.Ignored.Relations > 0 {
		fmt.Fprintf(bw, "ignored (optional in gold): %d entities, %d relations\n", r.Ignored.Entities, r.Ignored.Relations)
	}
	if details {
		r.writeDetails(bw)
	}
	return bw.Flush()
}

// figures formats a Metric on one line.
func figures(m Metric) string {
	return fmt.Sprintf("P %.3f R %.3f F1 %.3f (TP %d FP %d FN %d)", m.Precision, m.Recall, m.F1, m.TP, m.FP, m.FN)
}

func (r Report) writeDetails(w io.Writer) {
	fmt.Fprintln(w, "\nentities by type")
	for _, t := range r.Types {
		fmt.Fprintf(w, "\n%s\n  entities  %s\n  typed     %s\n", t.Type, figures(t.Entities), figures(t.Typed))
		for _, e := range t.Missed {
			fmt.Fprintf(w, "  missed    %s\n", e.Name)
		}
		for _, e := range t.False {
			fmt.Fprintf(w, "  false     %s [%s]", e.Name, e.ID)
			if len(e.Overlaps) > 0 {
				fmt.Fprintf(w, " (duplicate of %s)", strings.Join(e.Overlaps, ", "))
			}
			fmt.Fprintln(w)
		}
		for _, m := range t.Mistyped {
			fmt.Fprintf(w, "  mistyped  %s: predicted %s [%s] as %s\n", m.Gold, m.Name, m.ID, m.Type)
		}
	}
	fmt.Fprintln(w, "\nrelations by predicate")
	for _, p := range r.Predicates {
		fmt.Fprintf(w, "\n%s  %s\n", p.Predicate, figures(p.Relations))
		for _, t := range p.Missed {
			fmt.Fprintf(w, "  missed    %s\n", t)
		}
		for _, t := range p.False {
			fmt.Fprintf(w, "  false     %s (%s)\n", t, t.Reason)
		}
	}
	if len(r.MissedAliases)+len(r.FalseAliases) > 0 {
		fmt.Fprintf(w, "\nalias pairs  %s\n", figures(r.Aliases))
		for _, a := range r.MissedAliases {
			fmt.Fprintf(w, "  missed    %s = %s (%s)\n", a.Forms[0], a.Forms[1], a.Entities[0])
		}
		for _, a := range r.FalseAliases {
			fmt.Fprintf(w, "  false     %s = %s (gold: %s; joined in %s)\n", a.Forms[0], a.Forms[1], strings.Join(a.Entities, " / "), a.Predicted)
		}
	}
}

// String writes the triple as "subject PREDICATE object", with the detail
// (family word) in brackets when there is one.
func (t Triple) String() string {
	s := t.Subject + " " + t.Predicate + " " + t.Object
	if t.Detail != "" {
		s += " [" + t.Detail + "]"
	}
	return s
}
