package httpapi

import (
	"bufio"
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzReadBody checks that any body either is refused with a client error
// or reaches the ingester as lines, and that a valid JSON object or array
// of objects always arrives as one valid object a line.
func FuzzReadBody(f *testing.F) {
	for _, s := range []string{`{"id":"a"}`, "{\n\"id\": 1\n}", `[{"a":1},{"b":2}]`, "{\"a\":1}\n{\"b\":2}\n", `"x"`, "", "[", "{}{}"} {
		f.Add(s)
	}
	a := New(DefaultOptions(), nil, nil, nil)
	f.Fuzz(func(t *testing.T, body string) {
		req := httptest.NewRequest(http.MethodPost, "/v1/articles", strings.NewReader(body))
		out, err := a.readBody(httptest.NewRecorder(), req)
		if err != nil {
			if status, _ := StatusOf(err); status != http.StatusBadRequest {
				t.Fatalf("body %q: status %d", body, status)
			}
			return
		}
		trimmed := bytes.TrimSpace([]byte(body))
		if !json.Valid(trimmed) {
			return // passed through for the ingester to judge per line
		}
		sc := bufio.NewScanner(bytes.NewReader(out))
		sc.Buffer(nil, len(out)+1)
		for sc.Scan() {
			var v any
			if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
				t.Fatalf("body %q: line %q is not JSON", body, sc.Text())
			}
		}
	})
}

// FuzzEntities checks that name runs never panic and are made of the
// text's own words.
func FuzzEntities(f *testing.F) {
	for _, s := range []string{
		"North Korea suffered more than 6,000 casualties in Ukraine, UK intelligence says",
		"More Than Half Of North Korean Troops Sent To Russia Injured Or Killed, UK Says",
		"the Ministry of Defence said. Kim Jong-un 's role", "“Quoted” (Bracketed) -- ‘x’", "Ü Ö É. ß",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		for _, run := range nameRuns(text) {
			name := run.text
			for _, w := range strings.Fields(name) {
				if !strings.Contains(text, w) {
					t.Fatalf("name %q has word %q not in %q", name, w, text)
				}
			}
		}
	})
}
