package main

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/kgbuild/kg/queries"
	"github.com/urfave/cli/v2"
)

// defaultGuideAddr is where kg guide listens unless told otherwise.
const defaultGuideAddr = "127.0.0.1:8001"

func guideCommand() *cli.Command {
	return &cli.Command{
		Name:      "guide",
		Usage:     "serve the saved queries as a Neo4j Browser guide",
		UsageText: "kg guide [--addr 127.0.0.1:8001] [--print]",
		Description: "guide serves an HTML page of kg's saved queries (queries/*.cypher), each as a block that\n" +
			"Neo4j Browser copies into its editor with one click, and the Browser style sheet\n" +
			"(style.grass) that colours entities by type. It prints the :play command to paste into\n" +
			"Browser and serves until interrupted. It listens on a loopback address only.\n" +
			"--print writes the page to standard output instead, to host it elsewhere.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "addr", Value: defaultGuideAddr, Usage: "loopback `HOST:PORT` to listen on"},
			&cli.BoolFlag{Name: "print", Usage: "write the guide HTML to standard output and exit"},
		},
		Before: noArguments,
		Action: func(c *cli.Context) error {
			addr := c.String("addr")
			host, _, err := net.SplitHostPort(addr)
			if err != nil {
				return usagef("guide: --addr %s: %v", addr, err)
			}
			if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
				return usagef("guide: --addr %s: kg guide listens on a loopback address only (such as 127.0.0.1:8001)", addr)
			}
			qs := queries.All()
			if c.Bool("print") {
				page, err := queries.Guide(qs, "")
				if err != nil {
					return err
				}
				_, err = c.App.Writer.Write(page)
				return err
			}
			return serveGuide(c.Context, c, addr, qs)
		},
	}
}

// serveGuide listens on addr, prints where to point Browser, and serves
// until ctx is cancelled.
func serveGuide(ctx context.Context, c *cli.Context, addr string, qs []queries.Query) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("guide: %w (is another kg guide running? choose another port with --addr 127.0.0.1:PORT)", err)
	}
	addr = ln.Addr().String() // the real port when :0 was asked for
	page, err := queries.Guide(qs, queries.PlayURL(addr, "style.grass"))
	if err != nil {
		ln.Close()
		return err
	}
	srv := &http.Server{Handler: queries.GuideHandler(page, queries.Style), ReadHeaderTimeout: 10 * time.Second}
	w := c.App.Writer
	fmt.Fprintf(w, "kg guide: serving %d queries on http://%s/guide.html\n", len(qs), addr)
	fmt.Fprintf(w, "In Neo4j Browser, run:\n\n  :play %s\n\n", queries.PlayURL(addr, "guide.html"))
	fmt.Fprintf(w, "(Browser loads guides only from hosts in browser.remote_content_hostname_allowlist,\n"+
		"which allows localhost by default.) Press Ctrl-C to stop.\n")

	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("guide: %w", err)
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		return fmt.Errorf("guide: stop: %w", err)
	}
	return nil
}
