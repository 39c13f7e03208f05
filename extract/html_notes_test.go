package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// notesPage is an invented story whose sentences carry linked note
// numbers and one exponent that is no note.
const notesPage = `<html><head><title>Mill Lane bridge to close for repairs | Harbourton Gazette</title>
</head><body>
<article class="post">
<h1>Mill Lane bridge to close for repairs</h1>
<div class="entry-content">
<p>The bridge on Mill Lane will close for six weeks from March, the Harbourton council said, after an inspection found rust in two of its beams.<sup><a href="#note-1">1</a></sup></p>
<p>The bridge was built in 1911 and carries about four thousand cars a day between Keel Street and the station.<sup class="ref"><a href="#note-2">[2]</a></sup> Buses will be sent along the harbour road while it is shut.</p>
<p>The deck to be replaced covers 300 m<sup>2</sup>, and the council has set aside money for the work from its roads budget for the year.</p>
<p>Maren Solberg, who runs the bakery at the end of the bridge, said she expected fewer customers during the works but welcomed the repairs.<sup><a href="#note-3">3,4</a></sup></p>
<p>A public meeting on the plans will be held in the town hall next month, when the engineer will answer questions from residents and traders.</p>
</div>
<ol class="notes"><li id="note-1">Inspection report of the county engineer.</li></ol>
</article>
</body></html>`

func TestHTMLNoteMarkersDropped(t *testing.T) {
	checkHTMLBody(t, "notes", notesPage,
		[]string{"rust in two of its beams.\n", "and the station. Buses", "300 m2", "welcomed the repairs.\n"},
		[]string{"beams.1", "station.[2]", "repairs.3"})
}

func TestIsNoteMarker(t *testing.T) {
	for src, want := range map[string]bool{
		`<sup><a href="#n1">1</a></sup>`:          true,
		`<sup><a href="#n1"> [12] </a></sup>`:     true,
		`<sup><a href="#n1">(3)</a></sup>`:        true,
		`<sup><a href="#n1">2,3</a></sup>`:        true,
		`<sup><a href="#n1">4-6</a></sup>`:        true,
		`<sup><a href="#n1">1</a>,<a>2</a></sup>`: true,
		`<sup>2</sup>`:                                false, // an exponent
		`<sup><a href="#n1">1234</a></sup>`:           false,
		`<sup><a href="/tm">TM</a></sup>`:             false,
		`<sup><a href="#n1">1,</a></sup>`:             false,
		`<sup><a href="#n1"></a></sup>`:               false,
		`<sup><a href="#n1">see note 12345</a></sup>`: false,
	} {
		doc, err := html.Parse(strings.NewReader("<p>word" + src + "</p>"))
		if err != nil {
			t.Fatal(err)
		}
		var sup *html.Node
		var find func(*html.Node)
		find = func(n *html.Node) {
			if n.DataAtom == atom.Sup && sup == nil {
				sup = n
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				find(c)
			}
		}
		find(doc)
		if got := isNoteMarker(sup); got != want {
			t.Errorf("isNoteMarker(%s) = %v, want %v", src, got, want)
		}
	}
}

// runTogetherPage is an invented story whose paragraphs set a label and
// its text in two elements with no space between them.
const runTogetherPage = `<html><head><title>Harbourton ferry timetable changes | Harbourton Gazette</title>
</head><body>
<article class="post">
<h1>Harbourton ferry timetable changes</h1>
<div class="entry-content">
<p><b>Summer sailings</b>The ferry to the islands will leave the temporary pier by Mill Lane every two hours from May, the operator said on Monday after the council approved the plan.</p>
<p>Passengers from Keel Street will be carried to the pier by a shuttle<span class="br"></span>Buses will stop at the library and at the fish market on the way, and the fare is included in the ticket.</p>
<p>Maren Solberg, who chairs the islanders' association, said the new timetable would suit people who work in the town, though the last sailing of the day leaves earlier than before.</p>
<p>The operator expects the pier to be used until the harbour wall is rebuilt, when the sailings will move back to the quay, and will publish the winter timetable in September.</p>
</div>
</article>
</body></html>`

func TestHTMLRunTogetherWordsSplit(t *testing.T) {
	checkHTMLBody(t, "runtogether", runTogetherPage,
		[]string{"sailings The ferry", "shuttle Buses will"},
		[]string{"sailingsThe", "shuttleBuses"})
}

func TestRunTogether(t *testing.T) {
	// The block so far, the next text node: whether a space goes between.
	for pair, want := range map[[2]string]bool{
		{"Competency", "Our clients"}: true,
		{"shuttle", "Buses"}:          true,
		{"shuttle ", "Buses"}:         false,
		{"Hel", "lo"}:                 false,
		{"W", "ord"}:                  false,
		{"figure 3", "A"}:             false,
		{"", "Buses"}:                 false,
		{"shuttle", ""}:               false,
	} {
		if got := runTogether([]byte(pair[0]), pair[1]); got != want {
			t.Errorf("runTogether(%q, %q) = %v, want %v", pair[0], pair[1], got, want)
		}
	}
}

func TestRunTogetherNotInPre(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<pre>el = document.get<span class="fn">ElementById</span>("keel");</pre><p>a shuttle<span></span>Buses</p>`))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range renderBlocks(doc) {
		got = append(got, b.text)
	}
	if len(got) != 2 || !strings.Contains(got[0], "getElementById") || got[1] != "a shuttle Buses" {
		t.Errorf("blocks = %q, want the code's name whole and the paragraph's words apart", got)
	}
}

// footnotesPage is an invented story closed by a section of endnotes,
// with a box named as a footnote high in the story and one line of fine
// print styled as a footnote.
const footnotesPage = `<html><head><title>Harbour wall to be rebuilt | Harbourton Gazette</title>
</head><body><article>
<h1>Harbour wall to be rebuilt</h1>
<div class="footnote"><p>Maren Solberg reported this story from the quay at Keel Street over three weeks of storms.</p></div>
` + harbourWallParas + `<section class="footnotes" role="doc-endnotes"><ol>
<li><p>Harbourton council, minutes of the roads committee, meeting of the second of March, item four.</p></li>
<li><p>County engineer, survey of the harbour wall after the winter storms, pages twelve to nineteen.</p></li>
<li><p>Harbour trust, annual report for the year, the section on the slipway and the fish market.</p></li>
</ol></section>
</article></body></html>`

func TestHTMLEndnotesDropped(t *testing.T) {
	checkHTMLBody(t, "endnotes", footnotesPage,
		[]string{"Maren Solberg reported this story", "questions from residents and traders."},
		[]string{"minutes of the roads committee", "survey of the harbour wall", "annual report for the year"})
}

func TestDropNotes(t *testing.T) {
	para := func(s string, names nameCues) block { return block{text: s, names: names} }
	story := strings.Repeat("The council said the wall on Keel Street will be rebuilt next spring. ", 3)
	note := "Harbourton council, minutes of the roads committee."
	for _, tc := range []struct {
		name string
		in   []block
		want int
	}{
		{"two notes after the story go", []block{para(story, 0), para(story, 0), para(note, cueNotes), para(note, cueNotes)}, 2},
		{"one line of fine print stays", []block{para(story, 0), para(story, 0), para(note, cueNotes)}, 3},
		{"notes in the first half stay", []block{para(note, cueNotes), para(note, cueNotes), para(story, 0), para(story, 0)}, 4},
		{"no names, nothing goes", []block{para(story, 0), para(note, 0), para(note, 0)}, 3},
	} {
		if got := dropNotes(tc.in); len(got) != tc.want {
			t.Errorf("%s: %d blocks left, want %d", tc.name, len(got), tc.want)
		}
	}
}

func TestNotesNamed(t *testing.T) {
	// the story outweighs each note box: an element holding over
	// namedMaxShare of the text names nothing
	story := strings.Repeat("<p>The bridge on Mill Lane will close for six weeks from March.</p>", 4)
	named := notesNamed(t, `<body>`+story+`<ol class="wp-block-footnotes"><li>A note.</li></ol><div id="endnotes"><p>Another note.</p></div><div class="footer"><p>Site.</p></div></body>`)
	if strings.Join(named, "|") != "A note.|Another note." {
		t.Errorf("blocks named as notes: %q", named)
	}
}

// anchoredNotesPage is an invented newsletter post whose closing
// paragraphs carry the markers of its notes as linked numbers named
// "footnote-anchor" (Substack's markup) or as a number with the note in a
// tooltip beside it (the Modern Footnotes plugin's), with the notes after
// the story.
const anchoredNotesPage = `<html><head><title>Harbour wall to be rebuilt | Harbourton Letters</title>
</head><body><article class="post">
<h1>Harbour wall to be rebuilt</h1>
<div class="body markup">
` + harbourWallParas + `<p><span>The county has asked for a second survey of the slipway before it pays its share of the cost.</span><span><a id="footnote-anchor-1" href="#footnote-1" class="footnote-anchor">1</a></span><span> The trust expects the survey to be finished by the end of the summer.</span></p>
<p><span>The lifeboat crew said the new wall would make launching safer in a northerly gale, when the swell now breaks over the old one.</span><span><a id="footnote-anchor-2" href="#footnote-2" class="footnote-anchor">2</a></span></p>
<p>Boat owners who want a berth at the marina during the works are asked to register with the harbour office before the end of next month.<sup class="modern-footnotes-footnote" data-mfn="3"><a href="javascript:void(0)" role="button">3</a></sup><span role="tooltip" class="modern-footnotes-footnote__note" data-mfn="3">The office opens at eight.</span></p>
<div class="footnote"><a id="footnote-1" href="#footnote-anchor-1" class="footnote-number">1</a><div class="footnote-content"><p>County engineer, survey of the harbour wall after the winter storms, pages twelve to nineteen.</p></div></div>
<div class="footnote"><a id="footnote-2" href="#footnote-anchor-2" class="footnote-number">2</a><div class="footnote-content"><p>Harbourton lifeboat station, report of the launches of the past winter, with the crew's notes.</p></div></div>
<div class="footnote"><a id="footnote-3" href="#footnote-anchor-3" class="footnote-number">3</a><div class="footnote-content"><p>Harbour trust, annual report for the year, the section on the slipway and the fish market.</p></div></div>
</div>
</article></body></html>`

// TestHTMLNoteAnchorsKeepTheirParagraphs: a note's marker inside a
// sentence does not make the paragraph a note; the notes themselves go.
func TestHTMLNoteAnchorsKeepTheirParagraphs(t *testing.T) {
	checkHTMLBody(t, "anchored-notes", anchoredNotesPage,
		[]string{"a second survey of the slipway", "launching safer in a northerly gale", "register with the harbour office"},
		[]string{"pages twelve to nineteen", "report of the launches", "annual report for the year"})
}

// TestNotesNotNamedByMarkers: only a block element names its blocks as
// notes; an inline marker named "footnote-anchor", or a note's tooltip
// named "modern-footnotes-footnote__note", leaves its paragraph unnamed.
func TestNotesNotNamedByMarkers(t *testing.T) {
	story := strings.Repeat("<p>The bridge on Mill Lane will close for six weeks from March.</p>", 4)
	named := notesNamed(t, `<body>`+story+
		`<p>The council will pay for the repairs.<a class="footnote-anchor" href="#fn1">1</a> Buses will use the harbour road.</p>`+
		`<p>The bakery expects fewer customers.<sup class="modern-footnotes-footnote"><a href="javascript:void(0)" role="button">2</a></sup><span role="tooltip" class="modern-footnotes-footnote__note">Its owner said so.</span></p>`+
		`<div class="footnote"><p>Council minutes, item four.</p></div></body>`)
	if strings.Join(named, "|") != "Council minutes, item four." {
		t.Errorf("blocks named as notes: %q", named)
	}
}

// notesNamed renders src and returns the text of the blocks an element
// names as notes (cueNotes).
func notesNamed(t *testing.T, src string) []string {
	t.Helper()
	root, err := html.Parse(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	var named []string
	for _, b := range renderBlocks(root) {
		if b.names&cueNotes != 0 {
			named = append(named, b.text)
		}
	}
	return named
}
