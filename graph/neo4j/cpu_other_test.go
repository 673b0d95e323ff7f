//go:build !unix

package neo4j_test

// ownCPU returns 0 where getrusage is missing: the benchmark then logs no
// client processor time.
func ownCPU() float64 { return 0 }
