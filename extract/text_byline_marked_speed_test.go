package extract

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// plainMarkedNames is textMarkedNames as it was first written, each
// name asked of the page (textMenuWords) as it was read and every rune
// decoded by strings.IndexFunc: the plain form the fast one is held to.
func plainMarkedNames(t string, blocks []textBlock) []string {
	var names []string
	for rest := t; ; {
		k := strings.IndexFunc(rest, textAffiliationMark)
		if k <= 0 {
			return nil
		}
		name := rest[:k]
		if last, _ := utf8.DecodeLastRuneInString(name); !unicode.IsLetter(last) || strings.Contains(name, ",") ||
			!textPlainName(name) || textMenuWords(name, blocks) {
			return nil
		}
		names = append(names, name)
		rest = textSkipMarks(rest[k:])
		if rest == "" {
			return names
		}
		var joined bool
		if rest, joined = textCutMarkedJoin(rest); !joined {
			return nil
		}
	}
}

// textMarkedSpeedLines are invented author lines, marked and not, for
// the tests below.
var textMarkedSpeedLines = []string{
	"Jane Roe1 ; Ed Poe2 ; Al Moe1", "Jane Roe1,2, Ed Poe3*, and Al Moe²", "Jane Roe* & Ed Poe†",
	"Jane Roe‡ and Ed Poe§", "Jane Roe¹ ; Ed Poe³", "Jane Roe⁴, Ed Poe⁹", "Jane Roe٣, Ed Poe٤",
	"Jane Roe1 ; Ed Poe ; Al Moe1", "Six Keel Street, Suite 600, Harbour Town, GA 30328",
	"Pier Road 12, Dover Town 4", "Jane Roe1", "Jane Roe1 Ed Poe2", "Ferry Times1 ; Jane Roe2",
	"Ann Roe1, Ferry Times2", "Jane \xffRoe1, Ed Poe2", "José Núñez1, Zoë Brontë2", "Jane Roe/1, Ed Poe2",
	"Jane Roe², Ed Poe*", "Jane Roe1 ; Ed Poe9", "Jane Roe1 ; Ed Poe0", "Jane Roe* and Ed Poe1.",
	// Lines ending on ASCII marks after the last name's letter, which
	// textMayEndOnMark must pass: commas between marks, a letter past
	// ASCII, a capital; and a date's and a count's ends, which it turns away.
	"Jane Roe3, Ed Poe1,2", "Jane Roe3, Ed Poe1,2*", "Jane Roe1, Zoë Brontë12", "Jane Roe1 ; Ed POE2",
	"Jane Roe1, Ed Poe, March 5, 2024", "Jane Roe1 ; Ed Poe 2", "12",
}

// plainMarkedNameEnd is textMarkedNameEnd read from its definition:
// strings.IndexFunc's first mark, given up when the text before it holds
// a comma or a space before an ASCII lower-case letter.
func plainMarkedNameEnd(s string) int {
	k := strings.IndexFunc(s, textAffiliationMark)
	if k < 0 || strings.Contains(s[:k], ",") {
		return -1
	}
	for j := 1; j < k; j++ {
		if s[j-1] == ' ' && s[j] >= 'a' && s[j] <= 'z' {
			return -1
		}
	}
	return k
}

// TestTextMarkedNameEndMatchesPlain holds textMarkedNameEnd to
// plainMarkedNameEnd over the invented lines, every block of the test
// pages and each rune around the marks' ranges after a name.
func TestTextMarkedNameEndMatchesPlain(t *testing.T) {
	lines := slices.Clone(textMarkedSpeedLines)
	for _, r := range []rune{'/', '0', '9', ':', ')', '*', '+', ',', '`', 'a', 'z', '{', '¦', '§', '¨', '±', '²', '³', '´', '¸', '¹', 'º', '†', '‡', '•', '⁰', '⁹', '⁺', '٠', '٩', '०', '１', utf8.RuneError} {
		lines = append(lines, "Jane Roe"+string(r), string(r)+"Roe", "Ed Poe"+string(r)+"x", "Ed "+string(r)+"oe1")
	}
	for _, p := range textSpeedPages(t) {
		for _, b := range textSplitBlocks(string(p.Content)) {
			lines = append(lines, b.text)
		}
	}
	found := 0
	for _, s := range lines {
		got, want := textMarkedNameEnd(s), plainMarkedNameEnd(s)
		if got != want {
			t.Fatalf("textMarkedNameEnd(%q) = %d, the plain form gives %d", s, got, want)
		}
		if want > 0 {
			found++
		}
	}
	if found < 50 {
		t.Errorf("only %d lines with a mark the plain form keeps, want 50 or more", found)
	}
}

// TestTextMarkedAuthorListMatchesPlain holds the fast reading (the
// line's form first, the page's lower-case words only for a line of two
// names or more) to plainMarkedNames on every short capitalised block of
// the test pages, and on the invented lines set in a small page.
func TestTextMarkedAuthorListMatchesPlain(t *testing.T) {
	var pages [][]textBlock
	for _, line := range textMarkedSpeedLines {
		pages = append(pages, textNewBlocks("Harbour ferries return for winter", line, "see the ferry times for winter",
			"The harbour board will run the ferries twice a day from the quay on Keel Street this winter."))
	}
	for _, p := range textSpeedPages(t) {
		pages = append(pages, textSplitBlocks(string(p.Content)))
	}
	yes := 0
	for _, blocks := range pages {
		for i := range blocks {
			b := &blocks[i]
			if b.words > textMarkedListWords || b.words < 4 || b.text[0] < 'A' || b.text[0] > 'Z' {
				continue
			}
			want := ""
			if names := plainMarkedNames(b.text, blocks); len(names) >= 2 {
				want = strings.Join(names, ", ")
				yes++
			}
			got := ""
			if names := textMarkedNames(b.text); len(names) >= 2 && !textAnyMenuWords(names, blocks) {
				got = strings.Join(names, ", ")
			}
			if got != want {
				t.Fatalf("the block %q reads %q, the plain form %q", b.text, got, want)
			}
		}
		plain := ""
		for i := range blocks {
			b := &blocks[i]
			if b.words > textMarkedListWords || b.words < 4 || b.text[0] < 'A' || b.text[0] > 'Z' ||
				!strings.ContainsFunc(b.text, textAffiliationMark) {
				continue
			}
			if names := plainMarkedNames(b.text, blocks); len(names) >= 2 {
				plain = strings.Join(names, ", ")
				break
			}
		}
		if got := textMarkedAuthorList(blocks); got != plain {
			t.Fatalf("textMarkedAuthorList gives %q, the plain form %q", got, plain)
		}
	}
	if yes < 5 {
		t.Errorf("only %d blocks read as marked author lines by the plain form, want 5 or more", yes)
	}
}

// TestTextMayHoldMarkCoversMarks holds textMayHoldMark to the marks: a
// block it turns away holds no rune textAffiliationMark takes. Asked of
// the invented lines, a line of title-case words with each mark (and
// each rune beside the marks' UTF-8 forms) glued to a word, and every
// block of the test pages; and it must turn some blocks away.
func TestTextMayHoldMarkCoversMarks(t *testing.T) {
	textNeedsData(t)
	lines := slices.Clone(textMarkedSpeedLines)
	for _, r := range []rune{'0', '9', '*', '§', '¹', '²', '³', '†', '‡', '⁰', '⁴', '⁹', '٣', '१', '１', '¦', '´', '’', '“', '–', '…', '⁺', '‰', '\u2000', '\u206f'} {
		lines = append(lines, "Harbour Ferry Times For Winter"+string(r)+" And Spring", string(r)+"Harbour Ferry Times Return")
	}
	var pages [][]textBlock
	for _, line := range lines {
		pages = append(pages, textNewBlocks(line))
	}
	for _, p := range textSpeedPages(t) {
		pages = append(pages, textSplitBlocks(string(p.Content)))
	}
	marked, away := 0, 0
	for _, blocks := range pages {
		for i := range blocks {
			b := &blocks[i]
			has := strings.ContainsFunc(b.text, textAffiliationMark)
			if has {
				marked++
			}
			if !textMayHoldMark(b) {
				if has {
					t.Fatalf("textMayHoldMark turns away %q (digits %d), which holds a mark", b.text, b.digits)
				}
				away++
			}
		}
	}
	if marked < 20 || away < 100 {
		t.Errorf("%d blocks with a mark, %d turned away: want 20 and 100 or more", marked, away)
	}
}
