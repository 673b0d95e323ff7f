package neo4j

import "time"

// SetFailAfter makes s's Replace fail after n write statements.
func SetFailAfter(s *Store, n int) { s.failAfter = n }

// SetReadPause makes s's reads wait d before their second statement.
func SetReadPause(s *Store, d time.Duration) { s.readPause = d }

// SetLease sets how long s's leases last.
func SetLease(s *Store, d time.Duration) { s.leaseTTL = d }
