package neo4j

import (
	"net/url"
	"regexp"
	"strings"
)

// redactedMark replaces a secret in messages.
const redactedMark = "xxxxx"

// secretParams are the words that, in the name of a URI query parameter,
// mark its value as a secret.
var secretParams = []string{"pass", "secret", "token", "auth", "key", "credential"}

// userInfo matches the user and password of a URI that does not parse.
var userInfo = regexp.MustCompile(`(//[^/:@\s]*):[^@\s]*@`)

// Redact returns uri with its password, and the values of query parameters
// that name a secret, replaced by xxxxx, so that a URI can be printed in any
// message: a password written into NEO4J_URI must not reach a terminal or a
// log.
func Redact(uri string) string {
	u, err := url.Parse(uri)
	if err != nil || u.Opaque != "" {
		return userInfo.ReplaceAllString(uri, "$1:"+redactedMark+"@")
	}
	if _, ok := u.User.Password(); ok {
		u.User = url.UserPassword(u.User.Username(), redactedMark)
	}
	q := u.Query()
	changed := false
	for k := range q {
		for _, w := range secretParams {
			if strings.Contains(strings.ToLower(k), w) {
				q[k] = []string{redactedMark}
				changed = true
			}
		}
	}
	if changed {
		u.RawQuery = q.Encode()
	}
	return u.String()
}

// Secrets lists the strings of cfg that must never be printed: the
// password, and the password and secret parameters inside the URI.
func Secrets(cfg Config) []string {
	var out []string
	if cfg.Password != "" {
		out = append(out, cfg.Password)
	}
	u, err := url.Parse(cfg.URI)
	if err != nil {
		if m := userInfo.FindStringSubmatch(cfg.URI); m != nil {
			pw := strings.TrimSuffix(strings.TrimPrefix(m[0], m[1]+":"), "@")
			out = append(out, pw)
		}
		return out
	}
	if pw, ok := u.User.Password(); ok && pw != "" {
		out = append(out, pw, url.QueryEscape(pw), url.PathEscape(pw))
	}
	for k, vs := range u.Query() {
		for _, w := range secretParams {
			if strings.Contains(strings.ToLower(k), w) {
				for _, v := range vs {
					if v != "" {
						out = append(out, v, url.QueryEscape(v))
					}
				}
			}
		}
	}
	return out
}

// RedactError is an error whose message has secrets replaced by xxxxx; it
// unwraps to the original, so errors.Is and errors.As still see it.
type RedactError struct {
	Err     error
	Secrets []string
}

// Error is the original message, with every secret replaced.
func (e *RedactError) Error() string { return RedactString(e.Err.Error(), e.Secrets) }

// Unwrap returns the original error.
func (e *RedactError) Unwrap() error { return e.Err }

// RedactString replaces every secret in s by xxxxx.
func RedactString(s string, secrets []string) string {
	for _, sec := range secrets {
		if len(sec) >= 3 { // shorter strings would mask ordinary text
			s = strings.ReplaceAll(s, sec, redactedMark)
		}
	}
	return s
}

// redactErr hides the secrets of cfg in err's message.
func redactErr(err error, cfg Config) error {
	if err == nil {
		return nil
	}
	secrets := Secrets(cfg)
	if len(secrets) == 0 {
		return err
	}
	return &RedactError{Err: err, Secrets: secrets}
}
