package ingest

import (
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

// recordLines returns JSONL lines for the decoder tests: records as
// json.Marshal and a Python dump (ensure_ascii) write them, edge cases,
// and random mutations of them, most of which are bad JSON or leave the
// fast path.
func recordLines(rng *rand.Rand) (plain, all []string) {
	texts := []string{
		"", "plain", "Two paragraphs.\n\nThe second, \"quoted\" and \\ back-slashed.",
		"Curly “quotes” — dashes, café, 日本語, emoji 😀, <html> & 'apostrophes'\t\r\n",
		"\u2028line separator\u2029", "\x7f del",
	}
	for range 40 {
		var b strings.Builder
		for range rng.IntN(60) {
			b.WriteString([]string{"word ", "Name ", "42, ", ".\n\n", "“q” ", "é", "\t", "\\", "\"", "/", "<&>"}[rng.IntN(11)])
		}
		texts = append(texts, b.String())
	}
	for i, t := range texts {
		rec := map[string]any{"id": "rec-" + t[:min(len(t), 3)], "title": t, "text": t, "published": "2024-01-02", "url": "https://x.test/" + t[:min(len(t), 5)], "source": "src"}
		if i%3 == 0 {
			rec["html"] = "<p>" + t + "</p>"
			delete(rec, "text")
		}
		if i%5 == 0 {
			rec["id"] = nil
		}
		if i%2 == 0 {
			rec["fetched"] = "2024-01-03T10:00:00Z"
		}
		b, err := json.Marshal(rec)
		if err != nil {
			panic(err)
		}
		plain = append(plain, string(b))
	}
	all = append(all, plain...)
	all = append(all,
		`{}`, ` { } `, "\t{\"text\" : \"a\" ,\r\n \"title\":\"b\"}\n", `{"text":null}`, `{"text":"a","text":null}`,
		`{"text":null,"text":"a"}`, `{"title":null}`, `{"title":"x","title":"y"}`, `{"title":"x","title":null}`, `{"source":"s","fetched":"f","source":null}`, `{"id":null}`, `{"id":"a\"b"}`,
		`{"id":12}`, `{"id":1.5e3}`, `{"id":true}`, `{"id":{"a":1}}`, `{"Title":"caps"}`, `{"TEXT":"caps"}`,
		`{"lang":"en","text":"x"}`, `{"text":"x","extra":[1,2]}`, `{"text":"\u00e9\u0041\u20ac"}`, `{"text":"\ud83d\ude00"}`,
		`{"text":"\ud83d"}`, `{"text":"\ude00x"}`, `{"text":"\uZZZZ"}`, `{"text":"\u12"}`, `{"text":"\x"}`, `{"text":"a\/b"}`,
		`{"text":"\b\f\n\r\t"}`, "{\"text\":\"bad \xff byte\"}", "{\"text\":\"bad \xc3\"}", "{\"text\":\"ctl \x01\"}",
		"{\"te\xc3\xa9xt\":\"k\"}", `{"text":"a"`, `{"text":"a",}`, `{"text" "a"}`, `{"text":"a"} x`, `{"text":"a"}{}`,
		`[]`, `"text"`, `null`, ``, `{"text":nul}`, `{"text":nullx}`, `{"text":"a"}   `, `{"title":1}`, `{"text":["a"]}`,
		`{"url":"u","title":"t","text":"x","html":"h","published":"p","fetched":"f","source":"s","id":"i"}`, `{"fetched":null,"text":"x"}`, `{"text":"a\u0000b"}`,
		"{\"text\":\"esc\\n then ctl \x01\"}", "{\"text\":\"esc\\n then nul \x00\"}", "{\"text\":\"esc\\n then \xff bad\"}",
	)
	sig := []string{`"`, `\`, `{`, `}`, `:`, `,`, ` `, `n`, `u`, "\xff", "\x00", `null`, `\u`, `é`}
	n := len(all)
	for range 20000 {
		s := []byte(all[rng.IntN(n)])
		for range 1 + rng.IntN(3) {
			i := rng.IntN(len(s) + 1)
			switch rng.IntN(3) {
			case 0:
				s = append(s[:i], append([]byte(sig[rng.IntN(len(sig))]), s[i:]...)...)
			case 1:
				if i < len(s) {
					s = append(s[:i], s[i+1:]...)
				}
			default:
				if i < len(s) {
					s[i] = sig[rng.IntN(len(sig))][0]
				}
			}
		}
		all = append(all, string(s))
	}
	return plain, all
}

// TestDecodeRecordMatchesJSON holds the fast decoder to json.Unmarshal:
// where it decodes a line, json.Unmarshal decodes it without error to the
// same record; and it decodes the lines it is for (every plain record).
func TestDecodeRecordMatchesJSON(t *testing.T) {
	plain, all := recordLines(rand.New(rand.NewPCG(11, 12)))
	fast := 0
	for _, line := range all {
		var got, want jsonRecord
		ok := decodeRecord([]byte(line), &got)
		err := json.Unmarshal([]byte(line), &want)
		if !ok {
			if !reflect.DeepEqual(got, jsonRecord{}) {
				t.Fatalf("%q: not decoded, but the record was set: %+v", line, got)
			}
			continue
		}
		fast++
		if err != nil {
			t.Fatalf("%q: decoded, but json.Unmarshal fails: %v", line, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%q:\n got  %s\n want %s", line, show(got), show(want))
		}
	}
	for _, line := range plain {
		var got jsonRecord
		if !decodeRecord([]byte(line), &got) {
			t.Errorf("%q: a plain record left the fast path", line)
		}
	}
	t.Logf("%d of %d lines decoded by the fast path", fast, len(all))
}

func show(r jsonRecord) string {
	s := func(p *string) string {
		if p == nil {
			return "<nil>"
		}
		return "&" + *p
	}
	return strings.Join([]string{string(r.ID), r.URL, r.Title, s(r.Text), s(r.HTML), r.Published, r.Fetched, r.Source}, " | ")
}
