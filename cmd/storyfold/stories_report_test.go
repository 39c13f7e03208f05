package main

import (
	"testing"

	"github.com/storyfold/storyfold/news"
)

// The report names the sources that state a claim differently: the
// seed's 10,000–12,000 troops of other intelligence services beside the
// UK's approximately 11,000.
func TestVariants(t *testing.T) {
	uk := &news.Quantity{Value: 11000, Low: 11000, High: 11000, Qualifier: "approximately", Unit: "troops"}
	others := &news.Quantity{Value: 11000, Low: 10000, High: 12000, Unit: "troops"}
	c := news.Claim{Quantity: uk, AttributedTo: "UK Ministry of Defence", Mentions: []news.ClaimMention{
		{ArticleID: "a", Quantity: uk},
		{ArticleID: "b", Quantity: others, AttributedTo: "US intelligence officials"},
		{ArticleID: "c", Quantity: uk, AttributedTo: "UK Ministry of Defence"},
		{ArticleID: "d", Quantity: others, AttributedTo: "US intelligence officials"},
		{ArticleID: "d", Quantity: others, AttributedTo: "US intelligence officials"},
	}}
	got := variants(c)
	if len(got) != 1 || got[0].text != "10,000–12,000 troops — US intelligence officials" ||
		len(got[0].sources) != 2 || got[0].sources[0] != "b" || got[0].sources[1] != "d" {
		t.Errorf("variants = %+v", got)
	}
}

func TestSourceName(t *testing.T) {
	for _, tt := range []struct {
		a    news.StoryArticle
		want string
	}{
		{news.StoryArticle{Publisher: "Bloomberg", URL: "https://www.bloomberg.com/x", InputID: "3.txt"}, "Bloomberg"},
		{news.StoryArticle{URL: "https://www.scmp.com/news/x", InputID: "1.txt"}, "scmp.com"},
		{news.StoryArticle{URL: "http://web.archive.org/web/20151226075444/http://www.chron.com/news/x.php", InputID: "2.txt"}, "chron.com"},
		{news.StoryArticle{InputID: "1.txt", ID: "abc"}, "1.txt"},
	} {
		if got := sourceName(tt.a); got != tt.want {
			t.Errorf("sourceName(%+v) = %q, want %q", tt.a, got, tt.want)
		}
	}
}

// A source's first lines are its first paragraph, with the line breaks a
// scraper left inside a sentence read as spaces.
func TestFirstParagraph(t *testing.T) {
	body := "  The harbour board met in\nQuayside on Friday.\n\nIt agreed to dredge the channel."
	if got, want := firstParagraph(body), "The harbour board met in Quayside on Friday."; got != want {
		t.Errorf("firstParagraph = %q, want %q", got, want)
	}
	if got := firstParagraph("One line only"); got != "One line only" {
		t.Errorf("firstParagraph of one line = %q", got)
	}
}
