package httpapi

import (
	"bytes"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/storyfold/storyfold/news"
)

// IngestResult answers POST /v1/articles.
type IngestResult struct {
	Outcomes []news.Outcome `json:"outcomes"`
	Articles int            `json:"articles"` // new articles, copies included
	Copies   int            `json:"copies"`
	Known    int            `json:"known"`
	Skipped  int            `json:"skipped"`
}

func (a *API) postArticles(w http.ResponseWriter, r *http.Request) {
	if err := a.authorize(r); err != nil {
		a.fail(w, r, err)
		return
	}
	if a.in == nil {
		a.fail(w, r, errNoIngest)
		return
	}
	body, err := a.readBody(w, r)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	outs, err := a.in.Ingest(r.Context(), bytes.NewReader(body))
	if err != nil {
		a.fail(w, r, fmt.Errorf("ingest: %w", err))
		return
	}
	a.metrics.CountOutcomes(outs)
	res := IngestResult{Outcomes: outs}
	for _, o := range outs {
		switch {
		case o.Skip != nil:
			res.Skipped++
		case o.Known:
			res.Known++
		default:
			res.Articles++
			if o.DuplicateOf != "" {
				res.Copies++
			}
		}
	}
	if res.Outcomes == nil {
		res.Outcomes = []news.Outcome{}
	}
	writeJSON(w, http.StatusOK, res)
}

// authorize checks a write's bearer token in constant time.
func (a *API) authorize(r *http.Request) error {
	if a.o.Token == "" && !a.o.RequireToken {
		return nil
	}
	got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok || a.o.Token == "" || subtle.ConstantTimeCompare([]byte(got), []byte(a.o.Token)) != 1 {
		return errUnauthorized
	}
	return nil
}

// readBody reads a write's body under the size cap and returns it as JSON
// Lines: a single JSON object (pretty-printed or not) becomes one line, a
// JSON array one line per element, and anything else passes through for
// the ingester to judge line by line.
func (a *API) readBody(w http.ResponseWriter, r *http.Request) ([]byte, error) {
	if r.ContentLength > a.o.MaxBodyBytes {
		return nil, errTooLarge
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, a.o.MaxBodyBytes))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return nil, errTooLarge
		}
		return nil, BadRequest("cannot read body: " + err.Error())
	}
	trimmed := bytes.TrimSpace(body)
	if len(trimmed) == 0 {
		return nil, BadRequest("empty body: send one article as JSON or a JSON Lines batch")
	}
	if !json.Valid(trimmed) {
		return body, nil // JSON Lines, or malformed records the ingester reports one by one
	}
	switch trimmed[0] {
	case '{':
		var line bytes.Buffer
		if err := json.Compact(&line, trimmed); err != nil {
			return nil, BadRequest("malformed JSON: " + err.Error())
		}
		return append(line.Bytes(), '\n'), nil
	case '[':
		return arrayToLines(trimmed)
	}
	return nil, BadRequest("body must be a JSON object, an array of objects, or JSON Lines")
}

func arrayToLines(body []byte) ([]byte, error) {
	var recs []json.RawMessage
	if err := json.Unmarshal(body, &recs); err != nil {
		return nil, BadRequest("malformed JSON array: " + err.Error())
	}
	var out bytes.Buffer
	for _, rec := range recs {
		if err := json.Compact(&out, rec); err != nil {
			return nil, BadRequest("malformed JSON record: " + err.Error())
		}
		out.WriteByte('\n')
	}
	return out.Bytes(), nil
}
