package neo4j

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/kgbuild/kg/graph"
	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"
)

// DefaultDatabase is the database used when Config.Database is empty: the
// default database of a fresh Neo4j server.
const DefaultDatabase = "neo4j"

// DefaultBatchSize is the number of rows sent per UNWIND statement, each in
// its own transaction, when Config.BatchSize is zero; a batch also stops at
// cypherplan.MaxBatchBytes of values. Measured on the 10 MB benchmark
// corpus (294k relationships, 1 GB heap, shared 2-core machine), a first
// write took 10.2-12.5 s of server CPU with batches of 2,000 rows, 10.4-12.1
// s with 5,000 and 11.7-14.0 s with 10,000: larger batches keep more of a
// transaction alive through each garbage collection, and a transaction's
// own cost (under a millisecond) is too small for fewer of them to matter.
const DefaultBatchSize = 5000

// connectTimeout bounds how long Open waits for an unreachable server, so
// that a wrong address fails in seconds with a hint rather than hanging.
const connectTimeout = 15 * time.Second

// Config says which Neo4j server and database to use.
type Config struct {
	// URI is the server address, such as bolt://127.0.0.1:7687 or
	// neo4j://host:7687.
	URI string
	// Username and Password authenticate; both empty means no
	// authentication (a server with dbms.security.auth_enabled=false).
	Username string
	Password string
	// Database is the database to use; DefaultDatabase when empty. It is
	// always named on every session so that the store never writes to
	// whatever the server's default happens to be.
	Database string
	// BatchSize is the number of rows per UNWIND statement;
	// DefaultBatchSize when zero.
	BatchSize int
}

// Store is a graph.Store kept in a Neo4j database.
type Store struct {
	cfg   Config // as opened, for the secrets to hide in messages
	drv   driver.DriverWithContext
	uri   string
	db    string
	batch int

	// lease is how long the writer lock lasts without renewal
	// (DefaultLease; tests shorten it).
	leaseTTL time.Duration
	mu       sync.Mutex
	held     *lease // the writer lock while this store holds it

	// failAfter, when positive, makes Replace fail after that many write
	// statements: tests use it to check that a failed Replace rolls back.
	failAfter int
	// readPause, when positive, makes every read wait that long before
	// its second statement: tests use it to make a read span a commit.
	readPause time.Duration
}

var _ graph.Store = (*Store)(nil)

// Open connects to the server, checks that it answers and that the database
// exists, and creates the schema (constraints and indexes) if missing. On a
// database imported from WriteImport's files, the first Open also sets what
// the files could not hold (see finishImport).
// Connection and authentication problems come back with a hint for the
// user; no message names the password, nor a secret inside the URI.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	s, err := open(ctx, cfg)
	return s, redactErr(err, cfg)
}

func open(ctx context.Context, cfg Config) (*Store, error) {
	if cfg.URI == "" {
		return nil, errors.New("neo4j: no server address: set NEO4J_URI (for example bolt://127.0.0.1:7687) or pass --neo4j-uri")
	}
	if cfg.BatchSize < 0 {
		return nil, fmt.Errorf("neo4j: batch size %d: must be positive", cfg.BatchSize)
	}
	if cfg.Database == "" {
		cfg.Database = DefaultDatabase
	}
	if cfg.BatchSize == 0 {
		cfg.BatchSize = DefaultBatchSize
	}
	auth := driver.NoAuth()
	if cfg.Username != "" || cfg.Password != "" {
		auth = driver.BasicAuth(cfg.Username, cfg.Password, "")
	}
	drv, err := driver.NewDriverWithContext(cfg.URI, auth, func(c *config.Config) {
		c.SocketConnectTimeout = 5 * time.Second
		c.ConnectionAcquisitionTimeout = connectTimeout
		c.UserAgent = "kg"
	})
	if err != nil {
		return nil, fmt.Errorf("neo4j: %s: %w", Redact(cfg.URI), err)
	}
	s := &Store{drv: drv, uri: cfg.URI, db: cfg.Database, batch: cfg.BatchSize, leaseTTL: DefaultLease, cfg: cfg}
	vctx, cancel := context.WithTimeout(ctx, connectTimeout)
	defer cancel()
	if err := drv.VerifyConnectivity(vctx); err != nil {
		drv.Close(ctx)
		return nil, s.hint(fmt.Errorf("neo4j: connect %s: %w", Redact(cfg.URI), err), cfg.Username)
	}
	// An import is finished before the schema is made: the lists it sets
	// would otherwise update the full-text index over aliases node by
	// node, where the index made afterwards takes them in one pass (on the
	// 100 MB benchmark graph, 14 s instead of 22 s for 292,000 entities).
	if err := s.finishImport(ctx); err != nil {
		drv.Close(ctx)
		return nil, s.hint(fmt.Errorf("neo4j: finish the import of database %q: %w", s.db, err), cfg.Username)
	}
	if err := s.ensureSchema(ctx); err != nil {
		drv.Close(ctx)
		return nil, s.hint(err, cfg.Username)
	}
	return s, nil
}

// hint adds what the user can do to the errors a wrong configuration
// causes, and hides the secrets of the configuration in the message.
func (s *Store) hint(err error, user string) error {
	return redactErr(s.hintFor(err, user), s.cfg)
}

func (s *Store) hintFor(err error, user string) error {
	var nerr *driver.Neo4jError
	switch {
	case errors.As(err, &nerr) && nerr.Code == "Neo.ClientError.Security.Unauthorized":
		return fmt.Errorf("%w\nhint: authentication as %q failed; check NEO4J_USERNAME and NEO4J_PASSWORD (--neo4j-user, --neo4j-password)", err, user)
	case errors.As(err, &nerr) && nerr.Code == "Neo.ClientError.Database.DatabaseNotFound":
		return fmt.Errorf("%w\nhint: database %q does not exist on %s; set NEO4J_DATABASE (--neo4j-database) to an existing one (Community edition has only \"neo4j\")", err, s.db, Redact(s.uri))
	case driver.IsConnectivityError(err) || errors.Is(err, context.DeadlineExceeded) || isConnectivity(err):
		return fmt.Errorf("%w\nhint: is Neo4j running at %s? Start one with 'scripts/neo4j-local start' or 'docker compose up -d', or unset NEO4J_URI and drop --neo4j to use the embedded store", err, Redact(s.uri))
	}
	return err
}

// isConnectivity reports whether err is the driver's connectivity error,
// wrapped or not.
func isConnectivity(err error) bool {
	var cerr *driver.ConnectivityError
	return errors.As(err, &cerr)
}

// ensureSchema creates the constraints and indexes and waits until they are
// online, so that the first Replace already uses them.
func (s *Store) ensureSchema(ctx context.Context) error {
	sess := s.session(ctx, driver.AccessModeWrite)
	defer sess.Close(ctx)
	for _, stmt := range Schema {
		if _, err := sess.ExecuteWrite(ctx, func(tx driver.ManagedTransaction) (any, error) {
			res, err := tx.Run(ctx, stmt, nil)
			if err != nil {
				return nil, err
			}
			return res.Consume(ctx)
		}); err != nil {
			return fmt.Errorf("neo4j: create schema on database %q: %w", s.db, err)
		}
	}
	res, err := sess.Run(ctx, "CALL db.awaitIndexes(300)", nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		return fmt.Errorf("neo4j: wait for indexes on database %q: %w", s.db, err)
	}
	return nil
}

// session opens a session on the store's database; the database is always
// named.
func (s *Store) session(ctx context.Context, mode driver.AccessMode) driver.SessionWithContext {
	return s.drv.NewSession(ctx, driver.SessionConfig{DatabaseName: s.db, AccessMode: mode})
}

// Database is the name of the database the store uses.
func (s *Store) Database() string { return s.db }

// Close closes the driver and its connections.
func (s *Store) Close(ctx context.Context) error {
	if err := s.drv.Close(ctx); err != nil {
		return fmt.Errorf("neo4j: close: %w", err)
	}
	return nil
}
