package extract

import "testing"

// streamedStory is an invented story whose last sections a streaming
// renderer sent after the page's footer, each in a hidden segment that a
// script moves into its place: one before a placeholder ($RS), one in
// place of a boundary's loading fallback ($RC).
const streamedStory = `<!DOCTYPE html><html><head><title>Harbourton quay to close for wall repairs</title></head>
<body>
<header><nav><a href="/">Harbourton Gazette</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main><article>
<h1>Harbourton quay to close for wall repairs</h1>
<p>The Keel Street quay in Harbourton will close for six weeks from Monday while contractors rebuild the stretch of harbour wall that the January storms broke open.</p>
<p>The harbour trust said the ferry to the islands would run from a temporary pier by Mill Lane, and that parking on the quay would be suspended for the whole of the work.</p>
<template id="P:1"></template>
<!--$?--><template id="B:0"></template><div>Loading paragraph...</div><!--/$-->
</article></main>
<footer><p>Harbourton Gazette, 12 Keel Street. All rights reserved.</p><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy</a></li></ul></footer>
<div hidden id="S:1"><h2>What the fishermen say</h2><p>The fishing crews, who land their catch at the quay each morning, will use the slipway at the north end instead, which the trust has promised to clear of silt before the closure begins.</p></div>
<script>$RS=function(a,b){};$RS("S:1","P:1")</script>
<div hidden id="S:0"><h2>When the work ends</h2><p>The trust expects the new wall to be finished before the summer regatta, though it warned that another storm in the spring could push the reopening back by a fortnight.</p></div>
<script>$RC("B:0","S:0")</script>
</body></html>`

func TestHTMLStreamedSectionsPlaced(t *testing.T) {
	checkHTMLBody(t, "streamed", streamedStory,
		[]string{"use the slipway at the north end", "before the summer regatta"},
		[]string{"Loading paragraph", "All rights reserved"})
}

// placeStreamed puts each segment where the page's scripts put it (or,
// with the scripts gone, where its number says), removes the boundary's
// fallback, and leaves a page with no calls as it was.
func TestPlaceStreamed(t *testing.T) {
	for name, c := range map[string]struct{ doc, want string }{
		"placeholder": {
			`<body><p>One.</p><template id="P:2"></template><p>Three.</p><div hidden id="S:2"><p>Two.</p></div><script>$RS("S:2","P:2")</script></body>`,
			"One.\n\nTwo.\n\nThree.",
		},
		"boundary": {
			`<body><p>One.</p><!--$?--><template id="B:0"></template><p>Loading...</p><!--$--><p>Inner.</p><!--/$--><!--/$--><p>Three.</p><div hidden id="S:4"><p>Two.</p></div><script>$RC("B:0","S:4")</script></body>`,
			"One.\n\nTwo.\n\nThree.",
		},
		"scripts saved away": {
			`<body><p>One.</p><!--$?--><template id="B:3"></template><p>Loading...</p><!--/$--><p>Three.</p><div hidden id="S:3"><p>Two.</p></div></body>`,
			"One.\n\nTwo.\n\nThree.",
		},
		"no placeholder": {
			`<body><p>One.</p><div id="S:5"><p>Two.</p></div><script>$RS("S:5","P:5")</script></body>`,
			"One.\n\nTwo.",
		},
	} {
		root, err := parsePage(c.doc)
		if err != nil {
			t.Fatal(err)
		}
		if got := joinBlocks(renderBlocks(root)); got != c.want {
			t.Errorf("%s: got %q, want %q", name, got, c.want)
		}
	}
}

func TestStreamedMoves(t *testing.T) {
	got := streamedMoves(`$RC=function(b,c,e){};$RC("B:0","S:0");$RS("S:1","P:1");$RR("B:2","S:2",[]);$RX("B:3")`)
	want := []streamedMove{{`$RC("`, "S:0", "B:0"}, {`$RS("`, "S:1", "P:1"}, {`$RR("`, "S:2", "B:2"}}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("move %d: got %v, want %v", i, got[i], want[i])
		}
	}
}

func TestStreams(t *testing.T) {
	for doc, want := range map[string]bool{
		`<p>Keel Street</p>`:                                           false,
		`<template id="row"></template>`:                               false,
		`<template id="row"></template><template id="P:1"></template>`: true,
		`<!--$?--><template id="B:0"></template>`:                      true,
		`<template id="B`:                                              false,
	} {
		if got := streams(doc); got != want {
			t.Errorf("streams(%q) = %v, want %v", doc, got, want)
		}
	}
}
