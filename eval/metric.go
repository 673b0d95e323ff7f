package eval

// Metric is one precision/recall/F1 figure with the counts behind it, so a
// reader can tell 1 of 2 from 500 of 1000. A ratio whose denominator is
// zero is 0, except that all three are 1 when there is nothing to find and
// nothing was claimed (TP, FP and FN all 0).
type Metric struct {
	TP        int     `json:"tp"`
	FP        int     `json:"fp"`
	FN        int     `json:"fn"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// newMetric computes the ratios of the counts. A ratio whose denominator
// is zero is 0, except when there is nothing at all (no TP, FP nor FN):
// finding nothing where there is nothing is perfect, so all three are 1.
func newMetric(tp, fp, fn int) Metric {
	m := Metric{TP: tp, FP: fp, FN: fn}
	if tp+fp+fn == 0 {
		m.Precision, m.Recall, m.F1 = 1, 1, 1
		return m
	}
	if tp+fp > 0 {
		m.Precision = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		m.Recall = float64(tp) / float64(tp+fn)
	}
	if m.Precision+m.Recall > 0 {
		m.F1 = 2 * m.Precision * m.Recall / (m.Precision + m.Recall)
	}
	return m
}
