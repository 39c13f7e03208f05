package httpapi

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"

	"github.com/storyfold/storyfold/store"
)

// Errors the handlers branch on, mapped to statuses by StatusOf.
var (
	errUnauthorized = errors.New("missing or wrong token")
	errTooLarge     = errors.New("request body too large")
	errNoIngest     = errors.New("this server is read-only: no ingester configured")
)

// badRequest is an error in what the client sent.
type badRequest struct{ msg string }

func (e *badRequest) Error() string { return e.msg }

// BadRequest returns an error StatusOf maps to 400, with msg shown to the client.
func BadRequest(msg string) error { return &badRequest{msg} }

// NotFound returns an error StatusOf maps to 404.
func NotFound(what string) error { return fmt.Errorf("%s: %w", what, store.ErrNotFound) }

// StatusOf maps an error to its HTTP status and the message a client may
// see. It is the one place error kinds become statuses, for the JSON API
// and the web pages alike; errors it does not know are 500s whose cause is
// logged, not shown.
func StatusOf(err error) (int, string) {
	var (
		bad    *badRequest
		tooBig *http.MaxBytesError
	)
	switch {
	case errors.Is(err, store.ErrNotFound):
		return http.StatusNotFound, "not found"
	case errors.As(err, &bad):
		return http.StatusBadRequest, bad.msg
	case errors.Is(err, errTooLarge), errors.As(err, &tooBig):
		return http.StatusRequestEntityTooLarge, errTooLarge.Error()
	case errors.Is(err, errUnauthorized):
		return http.StatusUnauthorized, errUnauthorized.Error()
	case errors.Is(err, errNoIngest):
		return http.StatusServiceUnavailable, errNoIngest.Error()
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return http.StatusServiceUnavailable, "request cancelled or timed out"
	}
	return http.StatusInternalServerError, "internal error"
}

// writeError answers err as {"error": message} with its status.
func writeError(w http.ResponseWriter, r *http.Request, log *slog.Logger, err error) {
	status, msg := StatusOf(err)
	if status >= 500 {
		log.ErrorContext(r.Context(), "request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	if status == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="storyfold"`)
	}
	writeJSON(w, status, map[string]string{"error": msg})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true) // the JSON may be opened in a browser
	_ = enc.Encode(v)       // the client went away; nothing to tell it
}
