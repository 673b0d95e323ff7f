package neo4j

import "time"

func SetFailAfter(s *Store, n int) { s.failAfter = n }

// SetPause makes s's Replace wait d after its deletes.
func SetPause(s *Store, d time.Duration) { s.pause = d }

// SetReadPause makes s's reads wait d before their second statement.
func SetReadPause(s *Store, d time.Duration) { s.readPause = d }

// SetLease sets how long s's leases last.
func SetLease(s *Store, d time.Duration) { s.leaseTTL = d }
