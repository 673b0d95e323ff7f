// Package web fetches web pages for the sources stage, as a well-behaved
// client: a clear user agent, robots.txt obeyed, one request at a time per
// host at a polite rate, a timeout and a size limit on every request. It
// keeps what it fetched, with the page's ETag and Last-Modified, so that a
// second ingest asks only whether a page changed (and fetches nothing that
// did not), works offline, and leaves the bytes that evidence points into.
package web
