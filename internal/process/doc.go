// Package process tells whether a process of this host still runs, so
// that what a killed kg left behind (a lease, a temporary file) can be told
// from what a running one is using.
package process
