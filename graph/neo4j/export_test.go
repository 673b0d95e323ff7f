package neo4j

// SetFailAfter makes s.Replace fail after n write statements (0: never), so
// that tests can check that a failed Replace leaves the stored graph intact.
func SetFailAfter(s *Store, n int) { s.failAfter = n }
