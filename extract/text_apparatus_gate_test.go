package extract

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
	"strings"
	"testing"
)

// textIsApparatusPlain is textIsApparatus as it was before its short
// lines' tests went behind one test of the words (textIsShortApparatus).
func textIsApparatusPlain(b *textBlock) bool {
	return textIsCredit(b) || textIsReadingTime(b) || textIsWordless(b) || isBoilerplate(b.low) || textIsConsentFinePrint(b.low) || textIsCaption(b) || textIsGluedCredit(b) ||
		textIsBreadcrumb(b) || textIsButton(b) || textIsShopOffer(b) || textIsRetailerLink(b) || textIsNewTabNotice(b) || textIsSourcePrompt(b) || textIsEmptyState(b) || textIsUpdateStamp(b) ||
		textIsWidgetLabel(b)
}

// TestTextShortApparatusMatchesPlain holds textIsApparatus to the plain
// form on lines of each short test's kind, grown a word at a time past
// every limit, and checks that each kind is taken up to a length near its
// limit, so that a gate set under a test's limit fails here.
func TestTextShortApparatusMatchesPlain(t *testing.T) {
	kinds := []struct {
		name       string
		head, fill string // the line is head and then fill, repeated
		tail       string
		takenUpTo  int // the plain form takes the line at this many words or more
	}{
		{"breadcrumb", "Home", " > Section", "", 25},
		{"offer", "$25 at Harbour", " $30 at Keel", "", 24},
		{"credit", "Photo credit: Mira", " Tolland", "", 15},
		{"source prompt", "Add", " Keel", " as a preferred source on Google", 13},
		{"stamp", "Last updated: December 5, 2025", "", "", 4},
		{"reading time", "Reading time: 5", "", " min", 4},
		{"new tab", "(opens in new tab)", "", "", 4},
		{"retailer", "See the latest price at Harbour", " Shop", "", 8},
		{"empty", "No posts found", "", "", 3},
		{"button", "Add to cart", "", "", 3},
		{"widget", "Close", "", "", 1},
		{"prose", "The harbour reopened after the winter", " repairs", " and the quay was busy again.", 40},
	}
	for _, k := range kinds {
		longest := 0
		for n := 0; n < 40; n++ {
			line := k.head + strings.Repeat(k.fill, n) + k.tail
			b := textNewBlock(line)
			want := textIsApparatusPlain(&b)
			if got := textIsApparatus(&b); got != want {
				t.Errorf("%s, %d words: textIsApparatus(%q) = %v, the plain form %v", k.name, b.words, line, got, want)
			}
			if want {
				longest = max(longest, b.words)
			}
			if k.fill == "" {
				break
			}
		}
		if k.name != "prose" && longest < k.takenUpTo {
			t.Errorf("%s: the plain form takes lines of up to %d words, want %d or more", k.name, longest, k.takenUpTo)
		}
	}
}

// textIsShortApparatusPlain is textIsShortApparatus without its gate of
// the words and the first byte (textShortApparatusAsks): every test asked.
func textIsShortApparatusPlain(b *textBlock) bool {
	return textIsCredit(b) || textIsReadingTime(b) || textIsWordless(b) || textIsBreadcrumb(b) || textIsButton(b) ||
		textIsShopOffer(b) || textIsRetailerLink(b) || textIsNewTabNotice(b) || textIsSourcePrompt(b) ||
		textIsEmptyState(b) || textIsUpdateStamp(b) || textIsWidgetLabel(b)
}

// textShortApparatusTests are textIsShortApparatus' tests by their bits.
var textShortApparatusTests = []struct {
	ask  uint16
	name string
	is   func(*textBlock) bool
}{
	{textAskCredit, "credit", textIsCredit},
	{textAskReadingTime, "reading time", textIsReadingTime},
	{textAskWordless, "wordless", textIsWordless},
	{textAskBreadcrumb, "breadcrumb", textIsBreadcrumb},
	{textAskButton, "button", textIsButton},
	{textAskOffer, "offer", textIsShopOffer},
	{textAskRetailer, "retailer", textIsRetailerLink},
	{textAskNewTab, "new tab", textIsNewTabNotice},
	{textAskSourcePrompt, "source prompt", textIsSourcePrompt},
	{textAskEmptyState, "empty state", textIsEmptyState},
	{textAskStamp, "stamp", textIsUpdateStamp},
	{textAskWidget, "widget", textIsWidgetLabel},
}

// textCaseLabels returns the string constants the case clauses of
// function fn in file name list: the labels a switch compares a line with.
func textCaseLabels(t *testing.T, name, fn string) []string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), name, nil, 0)
	if err != nil {
		t.Fatalf("parse %s: %v", name, err)
	}
	var labels []string
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Name.Name == fn {
			ast.Inspect(fd, func(n ast.Node) bool {
				if cc, ok := n.(*ast.CaseClause); ok {
					for _, e := range cc.List {
						if lit, ok := e.(*ast.BasicLit); ok && lit.Kind == token.STRING {
							s, err := strconv.Unquote(lit.Value)
							if err != nil {
								t.Fatalf("%s: %v", lit.Value, err)
							}
							labels = append(labels, s)
						}
					}
				}
				return true
			})
		}
	}
	if len(labels) == 0 {
		t.Fatalf("no case labels in %s's %s", name, fn)
	}
	return labels
}

// TestTextShortApparatusGateMatchesPlain holds textIsShortApparatus to
// its plain form, and each test's bit to the test, on lines of every
// test's kind: its labels and openings (the button's and the widget's
// read from their switches), each as written, capitalised, in capitals
// and behind a bullet, an arrow, a bracket or a space, and with words
// after them; and checks that the plain form takes the kinds' lines, so
// that a first byte or a word count left out of a test's bits fails here.
func TestTextShortApparatusGateMatchesPlain(t *testing.T) {
	var heads []string
	heads = append(heads, textCaseLabels(t, "text_buttons.go", "textIsButtonLabel")...)
	heads = append(heads, textCaseLabels(t, "text_widgets.go", "textIsWidgetLabel")...)
	for _, cues := range textCreditLabels.byFirst {
		heads = append(heads, cues...)
	}
	for _, p := range []textPrefixSet{textRetailerLinkOpenings, textSourcePromptOpenings, textEmptyStateOpenings} {
		heads = append(heads, p.list...)
	}
	heads = append(heads,
		"Read Full Review", "Read the entire review", "Read Reviews",
		"5 min read", "12 minutes read", "Reading time: 5 min", "Read time: 3 minutes", "Estimated reading time: 11 to 12 minutes",
		"Average read time 4 min", "Approx. reading time: 6 mins", "Time to read: 7 minutes", "~5 min read time", "8 minutes reading time",
		"$25 at Harbour", "£30 at Keel Shop", "€12 from Quay Store", "25 $ at Harbour", "$75 at Amazon $80 at Walmart",
		"(opens in new tab)", "Opens in a new window", "Link opens in new tab", "– opens in new tab", "[opens in a new tab]",
		"See the latest price at Harbour", "Check price on Keel", "Read on Harbour Times", "Price comparison at Quay",
		"Add Harbour Times as a preferred source on Google", "Click here to make Keel a preferred source", "Set us on Google News",
		"No posts found", "No matching results were found.", "Nothing found", "There are no comments yet",
		"Last updated: December 5, 2025", "Updated on 5 December 2025", "Modified: 2025-12-05", "Last modified",
		"Home > Ferries", "Home » News » Harbour", "Guides > Ferries > Summer Timetable",
		"Photo credit: Mira Tolland", "Image: Harbour Board", "A post shared by Harbour Times (@harbourtimes)",
		"The harbour reopened after the winter repairs.", "In the spring", "Close", "Toggle caption", "—", "• • •", "",
	)
	leads := []string{"", "• ", "→ ", "- ", "(", " ", "[", "~", "» ", "\u00a0", "\x00"}
	tails := []string{"", ".", " now", ":", " Mira Tolland", " 5 min", " at Harbour Shop", " on Google", " Keel Harbour Quay Street"}
	taken, lines := 0, 0
	takes := make([]int, len(textShortApparatusTests)) // lines each test takes
	for _, h := range heads {
		for _, form := range []string{h, strings.ToUpper(h[:min(1, len(h))]) + h[min(1, len(h)):], strings.ToUpper(h)} {
			for _, lead := range leads {
				for _, tail := range tails {
					line := lead + form + tail
					b := textNewBlock(line)
					want := textIsShortApparatusPlain(&b)
					if got := textIsShortApparatus(&b); got != want {
						t.Errorf("textIsShortApparatus(%q) = %v, the plain form %v", line, got, want)
					}
					ask := textShortApparatusAsks(&b)
					for j, k := range textShortApparatusTests {
						if !k.is(&b) {
							continue
						}
						takes[j]++
						if ask&k.ask == 0 {
							t.Errorf("%q: the %s test takes it, but its bit is not asked (words %d, first byte %q)", line, k.name, b.words, b.low[:min(1, len(b.low))])
						}
					}
					lines++
					if want {
						taken++
					}
				}
			}
		}
	}
	if taken < lines/20 {
		t.Errorf("the plain form takes %d of %d lines: too few to hold the gate", taken, lines)
	}
	for j, k := range textShortApparatusTests {
		if takes[j] < 3 {
			t.Errorf("the %s test takes %d lines: too few to hold its bits", k.name, takes[j])
		}
	}
}
