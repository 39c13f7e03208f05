package extract

import (
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestDropAuthorBoxes(t *testing.T) {
	long := strings.Repeat("She has covered the river's locks and weirs for the county paper. ", 15)
	cases := []struct {
		name, box, bio string
		want           []string // the texts kept
	}{
		{"Elementor's box", `class="elementor-author-box"`, "Jo Reed, Senior Editor", []string{"The works are due"}},
		{"a bio by id", `id="author-bio"`, "Jo Reed covers the county's waterways.", []string{"The works are due"}},
		{"named in capitals", `class="Author_Detail_Box"`, "Jo Reed covers the county's waterways.", []string{"The works are due"}},
		{"a plain author class", `class="author"`, "Jo Reed covers the county's waterways.",
			[]string{"The works are due", "Jo Reed covers the county's waterways."}},
		{"a word that only starts with the part", `class="author-boxes"`, "Jo Reed covers the county's waterways.",
			[]string{"The works are due", "Jo Reed covers the county's waterways."}},
		{"too long for a card", `class="author-box"`, long, []string{"The works are due", strings.TrimSpace(long)}},
	}
	for _, c := range cases {
		doc := `<html><body><article><p>The works are due to start in May and close the towpath for a month.</p>` +
			`<div ` + c.box + `><div><p>` + c.bio + `</p></div></div></article></body></html>`
		root, err := html.Parse(strings.NewReader(doc))
		if err != nil {
			t.Fatal(err)
		}
		var kept []string
		for _, b := range dropAuthorBoxes(renderBlocks(root)) {
			kept = append(kept, b.text)
		}
		if len(kept) != len(c.want) {
			t.Errorf("%s: kept %q, want %d blocks %q", c.name, kept, len(c.want), c.want)
			continue
		}
		for i := range kept {
			if !strings.HasPrefix(kept[i], c.want[i]) {
				t.Errorf("%s: block %d %q, want %q", c.name, i, kept[i], c.want[i])
			}
		}
	}
}

// TestHTMLAuthorBoxWCXB reads two wcxb-dev articles whose author boxes
// close the story: the writer's card goes, the story's last words stay.
func TestHTMLAuthorBoxWCXB(t *testing.T) {
	dir := textDataDir(t, filepath.Join("extract", "wcxb-dev"))
	x := New(DefaultOptions())
	for _, c := range []struct{ id, out string }{
		{"0385", "Technology journalist since Jan 2008"},
		{"0253", "is a published author on"},
	} {
		a := extractWCXBHTML(t, x, dir, c.id)
		if strings.Contains(a.Body, c.out) {
			t.Errorf("%s: body holds %q", c.id, c.out)
		}
		if len(strings.Fields(a.Body)) < 300 {
			t.Errorf("%s: body of %d words, want the story's", c.id, len(strings.Fields(a.Body)))
		}
	}
}

// TestMayNameAuthorBoxGate holds isAuthorBox's gate to the parts sought
// without it, on class and id names built of the parts' pieces: the gate
// may refuse only a name no part stands in.
func TestMayNameAuthorBoxGate(t *testing.T) {
	pieces := []string{"author", "AUTHOR", "Auth", "or", "bio", "BIO", "bi", "-box", "_box", "box", "-", "_", " ",
		"about", "-the", "info", "card", "details", "_detail", "section", "elementor-", "x", "é"}
	rng := fastRand(49, 1)
	names := fastPieceLines(nil, rng, pieces, 20000, 1, 6)
	for _, p := range authorBoxParts {
		names = append(names, p, strings.ToUpper(p), "x "+p, p+"-x")
	}
	gated := func(s string) bool { return mayNameAuthorBox(s) && namesAuthorBox(s) }
	checkSameAnswer(t, names, "the gated author-box name test", gated, namesAuthorBox, 250)
}
