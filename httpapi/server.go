package httpapi

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"
)

// ServerOptions configure the HTTP server.
type ServerOptions struct {
	// Addr is the listen address, host:port.
	Addr string
	// Timeouts bound slow clients: reading headers and a whole request,
	// writing a response, and keeping an idle connection.
	ReadHeaderTimeout, ReadTimeout, WriteTimeout, IdleTimeout time.Duration
	// ShutdownTimeout is how long in-flight requests may finish on stop.
	ShutdownTimeout time.Duration
	// MaxHeaderBytes caps request headers.
	MaxHeaderBytes int
	Logger         *slog.Logger
}

// DefaultServerOptions returns loopback on port 8080 and timeouts sized for
// a 32 MiB ingest over a slow link (ReadTimeout) and a story page from a
// cold SQLite cache (WriteTimeout).
func DefaultServerOptions() ServerOptions {
	return ServerOptions{
		Addr:              "127.0.0.1:8080",
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       60 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		ShutdownTimeout:   10 * time.Second,
		MaxHeaderBytes:    64 << 10,
	}
}

// NeedsToken reports whether writes on addr must carry a token: any address
// that is not a loopback IP or "localhost" (an empty host listens on every
// interface).
func NeedsToken(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return true
	}
	if host == "localhost" {
		return false
	}
	ip := net.ParseIP(host)
	return ip == nil || !ip.IsLoopback()
}

// Handler joins the API and the web pages into one handler: the API's
// routes go to api, everything else to pages (nil: 404). Every response
// gets nosniff and a no-referrer policy, and every request's latency is
// recorded in m.
func Handler(api *API, pages http.Handler, m *Metrics) http.Handler {
	mux := http.NewServeMux()
	for _, route := range api.Routes() {
		mux.Handle(route, api)
	}
	if pages != nil {
		mux.Handle("/", pages)
	}
	var h http.Handler = mux
	if m != nil {
		h = m.Instrument(h)
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("Referrer-Policy", "no-referrer")
		hd.Set("X-Frame-Options", "DENY")
		h.ServeHTTP(w, r)
	})
}

// Run serves h on o.Addr until ctx ends, then shuts down gracefully,
// letting in-flight requests finish for up to o.ShutdownTimeout. On a
// non-loopback address api's writes require the token, and Run refuses to
// start when api accepts writes but has no token.
func Run(ctx context.Context, o ServerOptions, api *API, h http.Handler) error {
	if api != nil && NeedsToken(o.Addr) {
		if api.in != nil && api.o.Token == "" {
			return fmt.Errorf("serve on %s: a non-loopback address needs a write token", o.Addr)
		}
		api.o.RequireToken = true // before serving, so no request sees the change
	}
	ln, err := net.Listen("tcp", o.Addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", o.Addr, err)
	}
	return Serve(ctx, o, ln, h)
}

// Serve is Run on a listener the caller opened (tests listen on port 0).
func Serve(ctx context.Context, o ServerOptions, ln net.Listener, h http.Handler) error {
	log := o.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	srv := &http.Server{
		Handler: h, ReadHeaderTimeout: o.ReadHeaderTimeout, ReadTimeout: o.ReadTimeout,
		WriteTimeout: o.WriteTimeout, IdleTimeout: o.IdleTimeout, MaxHeaderBytes: o.MaxHeaderBytes,
		ErrorLog:    slog.NewLogLogger(log.Handler(), slog.LevelWarn),
		BaseContext: func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return fmt.Errorf("serve on %s: %w", ln.Addr(), err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), o.ShutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("shut down server on %s: %w", ln.Addr(), err)
	}
	if err := <-done; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve on %s: %w", ln.Addr(), err)
	}
	return nil
}
