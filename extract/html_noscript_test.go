package extract

import (
	"strings"
	"testing"
)

// noscriptForum is an invented forum thread served as a script-drawn
// shell: the posts are only in the <noscript> copy for readers without
// scripts.
const noscriptForum = `<!DOCTYPE html><html><head><title>Mooring fees at the Keel Street quay - Harbourton Boaters</title>
<noscript><link rel="stylesheet" href="/noscript.css"></noscript></head>
<body>
<noscript><div id="main-outlet" role="main">
<h1>Mooring fees at the Keel Street quay</h1>
<div class="post">
<span class="creator">tidewatcher</span>
<p>Has anyone else had the letter about the new mooring fees at the Keel Street quay? The harbour trust wants twice what we paid last year, and the pontoon still leaks.</p>
</div>
<div class="post">
<span class="creator">millrace</span>
<p>We had ours on Monday. The trust says the money goes on the new wall, but the council said last month it would pay for the wall out of the flood fund.</p>
</div>
<div class="post">
<span class="creator">tidewatcher</span>
<p>Then we should ask at the meeting in the library on Mill Lane next Thursday. If enough of us turn up they will have to explain where the money goes.</p>
</div>
</div></noscript>
<section id="main"></section>
<script>startApp()</script>
</body></html>`

func TestHTMLNoscriptShell(t *testing.T) {
	checkHTMLBody(t, "shell", noscriptForum,
		[]string{"twice what we paid", "out of the flood fund", "the meeting in the library"},
		[]string{"<p>", "class="}) // markup
}

// A <noscript> that is no copy of the page stays out of it: beside the
// page's own text (an image fallback, a note asking for scripts) the page
// is parsed as a browser running scripts reads it, and a shell whose
// <noscript> holds only a short note asking for scripts gives no body.
func TestParsePageLeavesNoscriptNotes(t *testing.T) {
	for name, doc := range map[string]string{
		"beside the text": `<html><body><article><p>The ferry to the islands will keep running from the temporary pier by Mill Lane while the quay is closed for the work on the harbour wall.</p></article>
<noscript><p>Please turn on scripts to see the tide tables.</p></noscript></body></html>`,
		"a shell's short note": `<html><body><noscript><p>You need to enable JavaScript to read the Harbourton tide tables.</p></noscript><div id="app"></div></body></html>`,
	} {
		root, err := parsePage(doc)
		if err != nil {
			t.Fatal(err)
		}
		if got := joinBlocks(renderBlocks(root)); strings.Contains(got, "tide tables") {
			t.Errorf("%s: the <noscript> note was read as page text: %q", name, got)
		}
	}
}

func TestFieldCount(t *testing.T) {
	for _, s := range []string{"", "  ", "Keel Street", " Mill\tLane \n quay ", "a\u00a0b", "\u2003harbour\u2003"} {
		if got, want := fieldCount(s), len(strings.Fields(s)); got != want {
			t.Errorf("fieldCount(%q) = %d, want %d", s, got, want)
		}
	}
}
