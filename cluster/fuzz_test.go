package cluster

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzScanKeys(f *testing.F) {
	for _, s := range []string{"Declan Ashgrove, 26, on May 3, 2013 paid $6,000.50", "", "A. B. C", "8 june 1,2,3", "Ünïcode Ñame 5.6.7"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		check := func(key string) {
			if key == "" || !utf8.ValidString(key) && utf8.ValidString(s) {
				t.Errorf("bad key %q from %q", key, s)
			}
		}
		scanKeys(s, check, check, func(int) {}, func(int) {}, nil)
		if msg := tokensMatch(s); msg != "" {
			t.Error(msg)
		}
		if h := headline(s); !strings.Contains(s, h) {
			t.Errorf("headline(%q) = %q", s, h)
		}
	})
}

func FuzzAdd(f *testing.F) {
	f.Add("Nadia Vorsel enters rehab", "Nadia Vorsel, 41, entered Cedar Hollow in Elmbrook on Tuesday.", int64(0))
	f.Add("", "", int64(1_700_000_000))
	f.Fuzz(func(t *testing.T, title, body string, unix int64) {
		c := New(DefaultOptions())
		d := Doc{ID: "a", Title: title, Body: body}
		if unix > 0 && unix < 1<<40 {
			d.Published = d.Published.AddDate(0, 0, int(unix%100_000))
		}
		a := c.Add(d)
		b := c.Add(Doc{ID: "b", Title: title, Body: body, Published: d.Published})
		if a.StoryID != "s-a" || !a.Opened {
			t.Errorf("first document: %+v", a)
		}
		if b.StoryID == "" {
			t.Errorf("second document: %+v", b)
		}
		c.Maintain()
	})
}
