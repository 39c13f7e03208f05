package extract

import (
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestIsFAQHeading(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"FAQ", true},
		{"FAQs", true},
		{"Frequently Asked Questions", true},
		{"Frequently asked questions (FAQs)", true},
		{"How to Choose the Best Running Shoes FAQs", true},
		{"Questions from residents", false},
		{"Frequently used tools", false},
		{"Read our FAQ to learn how the harbour trust sets the fees for every berth on the quay", false}, // a sentence
	}
	for _, c := range cases {
		if got := isFAQHeading(blockWordsOf(block{text: c.text})); got != c.want {
			t.Errorf("isFAQHeading(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// faqTail is an invented story's end: its last paragraph, a signup line,
// then an FAQ in a section of its own and a related-stories heading.
const faqTail = `<html><body><article><p>The works are due to finish before the winter storms, the trust said.</p></article>
<p>Get the Gazette every morning.</p>
<section><h2>%s</h2>
<h3>%s</h3><p>The council will pay for moving every boat moored inside the wall.</p>
<h3>Will the slipway stay open?</h3><p>It will stay open to small boats for most of the year.</p></section>
<h2>More from the harbour</h2><p>Ferry timetable changes for the spring season.</p>
</body></html>`

func TestRestoreFAQ(t *testing.T) {
	cases := []struct {
		name, heading, first string
		stated               bool
		want                 []string // the texts kept
	}{
		{"restored", "FAQs", "Who pays for moving the boats?", true, []string{
			"The works are due", "FAQs", "Who pays for moving the boats?", "The council will pay",
			"Will the slipway stay open?", "It will stay open"}},
		{"not stated", "FAQs", "Who pays for moving the boats?", false, []string{"The works are due"}},
		{"no question under it", "FAQs", "Who pays for moving the boats", true, []string{"The works are due"}},
		{"no FAQ heading", "Questions", "Who pays for moving the boats?", true, []string{"The works are due"}},
	}
	for _, c := range cases {
		doc := strings.Replace(strings.Replace(faqTail, "%s", c.heading, 1), "%s", c.first, 1)
		root, err := html.Parse(strings.NewReader(doc))
		if err != nil {
			t.Fatal(err)
		}
		page := renderBlocks(root)
		keep := make([]bool, len(page))
		keep[0] = true
		got := restoreFAQ(page, blockWords(page), keep, c.stated)
		var kept []string
		for i, k := range got {
			if k {
				kept = append(kept, page[i].text)
			}
		}
		if len(kept) != len(c.want) {
			t.Errorf("%s: kept %q, want %q", c.name, kept, c.want)
			continue
		}
		for i, w := range c.want {
			if !strings.HasPrefix(kept[i], w) {
				t.Errorf("%s: kept %q, want %q", c.name, kept, c.want)
				break
			}
		}
	}
}

// TestHTMLFAQRestoredWCXB checks real pages of wcxb-dev whose gold ends
// with an FAQ that stands outside the story's container: improvado.io's
// (0291, a section of its own) and binariks.com's (0206, folded answers
// after a signup form).
func TestHTMLFAQRestoredWCXB(t *testing.T) {
	dir := textDataDir(t, filepath.Join("extract", "wcxb-dev"))
	x := New(DefaultOptions())
	for id, want := range map[string]string{
		"0291": "Google Analytics 4 is the top choice for ecommerce web analytics",
		"0206": "AI brings advanced automation and intelligence to decentralized systems",
	} {
		a := extractWCXBHTML(t, x, dir, id)
		if !strings.Contains(a.Body, want) {
			t.Errorf("%s: body lacks %q", id, want)
		}
	}
}
