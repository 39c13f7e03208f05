package httpapi

import (
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/storyfold/storyfold/httpapi/apitest"
)

func TestSentences(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"One. Two!", []string{"One.", "Two!"}},
		{"Glued.Together here", []string{"Glued.", "Together here"}},
		{"He said “no.” Then left.", []string{"He said “no.”", "Then left."}},
		{"Kursk region.“Significant DPRK", []string{"Kursk region.", "“Significant DPRK"}},
		{"line one\nline two", []string{"line one", "line two"}},
		{"3.5 million left", []string{"3.5 million left"}},
		{"", nil},
	} {
		if got := Sentences(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("Sentences(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSharedPassages(t *testing.T) {
	api := New(DefaultOptions(), seededStore(t), nil, nil)
	var v StoryView
	get(t, api, "/v1/stories/"+apitest.SeedStory, http.StatusOK, &v)
	var quote *SharedPassage
	for i, p := range v.SharedPassages {
		if len(p.Articles) < 2 {
			t.Errorf("passage %q has %d articles", p.Text, len(p.Articles))
		}
		if strings.Contains(p.Text, "Significant DPRK casualty rates") {
			quote = &v.SharedPassages[i]
		}
	}
	// The MoD statement as SCMP and Bloomberg quote it, in different quote marks.
	if quote == nil || !slices.Contains(quote.Articles, apitest.SCMP) || !slices.Contains(quote.Articles, apitest.Bloomberg) {
		t.Fatalf("no shared MoD quote in %+v", v.SharedPassages)
	}
}
