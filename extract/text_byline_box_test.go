package extract

import (
	"strings"
	"testing"
)

// textFerriesBoxTop is the ferries report's menu, headline, date and
// body, over which the author box tests set what closes the page.
const textFerriesBoxTop = "Home\nNews\nHarbour Ferries Return for Winter\nMarch 4, 2025\n" + textFerriesParas

// TestTextNameOverBio checks the writer read from a box under the
// article: a name line over a bio that opens with the first or whole
// name in the writer's words, not a section's heading over its prose, a
// firm's plural, nor a page of several people's boxes.
func TestTextNameOverBio(t *testing.T) {
	const tail = "Share\nRelated posts\nContact us\n"
	for _, tt := range []struct{ box, want string }{
		{"Maren Solberg\nMaren is the Quay News's harbour reporter and has covered the ferries since 2015, from the timetables to the crews.\n", "Maren Solberg"},
		{"Maren Solberg\nMaren (Mo) is the Quay News's harbour reporter and has covered the ferries since 2015, from the timetables to the crews.\n", "Maren Solberg"},
		{"Maren Solberg\nMaren Solberg lives by the quay, where she writes about boats, tides and the people who work on the water for a living.\n", "Maren Solberg"},
		// No trade and no "he" or "she": the prose is not a bio.
		{"Maren Solberg\nMaren Solberg lives by the quay, where the boats, the tides and the people who work on the water meet each day.\n", ""},
		// A section's heading over its prose.
		{"Winter Ferries\nWinter ferries are the reporter's favourite, she says, for the calm water and the empty decks on the crossing home.\n", ""},
		{"Quay Ferries Today\nQuay ferries today carry a reporter, she says, and the crews who work on the water all winter long.\n", ""},
		// A firm speaks in the plural.
		{"Harbour Media Group\nHarbour Media Group are specialists who help every reporter and editor reach the readers on the quay.\n", ""},
		// A page of several people's boxes.
		{"Maren Solberg\nMaren is the Quay News's harbour reporter and has covered the ferries since 2015, from the timetables to the crews.\n" +
			"Tor Lund\nTor is the Quay News's photo editor and has shot the harbour for ten years, from the quay to the open water.\n", ""},
	} {
		if got := textFerriesAuthor(t, textFerriesBoxTop+tt.box+tail); got != tt.want {
			t.Errorf("%q: author %q, want %q", tt.box, got, tt.want)
		}
	}
}

// TestTextAuthorBoxFarBelow checks that a byline label's box is read far
// under the body's end, past a run of related posts and links.
func TestTextAuthorBoxFarBelow(t *testing.T) {
	page := textFerriesBoxTop +
		"Share\nRelated posts\nNew Pier Opens\nTide Tables for March\nKeel Street Market\nMill Lane Works\nQuay Festival\nBoat Show Guide\n" +
		"Leave a comment\nSubscribe\nContact\nAuthor:\nMaren Solberg\nLast updated:\n"
	if got := textFerriesAuthor(t, page); got != "Maren Solberg" {
		t.Errorf("author %q, want %q", got, "Maren Solberg")
	}
}

// TestTextBioOpensWithFirstWordGate checks that the first-word gate turns
// away no line textBioOpensWithName would take, and that textNameOverBio
// with it names whom its plain form (the tests in their first order)
// names, on invented and random boxes.
func TestTextBioOpensWithFirstWordGate(t *testing.T) {
	words := []string{"Maren", "Solberg", "Mo", "is", "are", "covers", "the", "(Mo)", "Harbour", "harbour", "she", "reporter", "", "Jo", "Maren Solberg", "3", "Sun"}
	rng := fastRand(7, 35)
	line := func() string {
		n := rng.IntN(5)
		parts := make([]string, n)
		for i := range parts {
			parts[i] = words[rng.IntN(len(words))]
		}
		return strings.Join(parts, " ")
	}
	// The plain form: every line the tests in their first order take,
	// then one name only if they are all the same.
	plain := func(blocks []textBlock, first int) string {
		var names []string
		for i := first; i+1 < len(blocks); i++ {
			name, bio := blocks[i].text, blocks[i+1].text
			nameTests := textPlainName(name) && !textOddNameWords(name) && textBioOpensWithName(name, bio)
			if nameTests && (textIsBioUnderName(&blocks[i], bio) || textBioPronounRE.MatchString(bio[:min(len(bio), textBioPronounReach)])) {
				names = append(names, name)
			}
		}
		for _, n := range names {
			if n != names[0] {
				return ""
			}
		}
		if len(names) == 0 {
			return ""
		}
		return names[0]
	}
	for range 20000 {
		name, bio := line(), line()+" "+line()
		if textBioOpensWithName(name, bio) && !textBioOpensWithFirstWord(name, bio) {
			t.Fatalf("gate turns away %q over %q", name, bio)
		}
	}
	named := 0
	for range 3000 {
		var lines []string
		for range 2 + rng.IntN(6) {
			lines = append(lines, line()+" "+line())
		}
		blocks := textSplitBlocks(strings.Join(lines, "\n"))
		got, want := textNameOverBio(blocks, 0), plain(blocks, 0)
		if got != want {
			t.Fatalf("%q: got %q, plain form %q", lines, got, want)
		}
		if got != "" {
			named++
		}
	}
	if named == 0 {
		t.Fatal("no random box named anyone: the comparison tests nothing")
	}
}

// textBioOpensWithNamePlain is textBioOpensWithName as it was written
// before textNameOverBioGate: each lead cut with its space joined to it.
func textBioOpensWithNamePlain(name, bio string) bool {
	firstWord, _, _ := strings.Cut(name, " ")
	for _, lead := range [2]string{firstWord, name} {
		rest, ok := strings.CutPrefix(bio, lead+" ")
		if !ok {
			continue
		}
		if strings.HasPrefix(rest, "(") {
			return true
		}
		if verb, _, _ := strings.Cut(rest, " "); textIsBioVerb(verb, name[len(lead):]) {
			return true
		}
	}
	return false
}

// TestTextBioOpensWithNameMatchesPlain holds textBioOpensWithName's lead
// cut (the lead, then a space, without joining them) to its plain form
// on random names and bios: leads that end the bio, that go on with
// another byte than a space or with a second space, and empty names.
func TestTextBioOpensWithNameMatchesPlain(t *testing.T) {
	words := []string{"Maren", "Solberg", "Mar", "is", "are", "covers", "(Mo)", "Harbour", "harbour", "", " ", "Maren,", "Solberg's", "Jo", "é", "Émile"}
	rng := fastRand(11, 42)
	line := func() string {
		var b strings.Builder
		for i := range rng.IntN(5) {
			if i > 0 && rng.IntN(6) > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(words[rng.IntN(len(words))])
		}
		return b.String()
	}
	taken := 0
	for range 200000 {
		name := line()
		bio := line()
		if rng.IntN(2) == 0 { // most bios open with the name or its first word
			first, _, _ := strings.Cut(name, " ")
			bio = [2]string{first, name}[rng.IntN(2)] + bio
		}
		got, want := textBioOpensWithName(name, bio), textBioOpensWithNamePlain(name, bio)
		if got != want {
			t.Fatalf("textBioOpensWithName(%q, %q) = %v, plain form %v", name, bio, got, want)
		}
		taken += textBool(got)
	}
	if taken < 1000 {
		t.Fatalf("only %d bios taken: the comparison tests little", taken)
	}
}

// TestTextNameOverBioGateMatchesPlain holds textNameOverBioGate to the
// tests in their first order, the bio's plain cut last, on random lines
// of names, stopwords, weekdays, digits and glued words over bios that
// open with them.
func TestTextNameOverBioGateMatchesPlain(t *testing.T) {
	words := []string{"Maren", "Solberg", "Mo", "is", "covers", "are", "(Mo)", "The", "the", "Sun", "Sunday", "3", "Jo", "ChecklistsJust", "Émile", "reporter"}
	rng := fastRand(5, 78)
	line := func(n int) string {
		parts := make([]string, n)
		for i := range parts {
			parts[i] = words[rng.IntN(len(words))]
		}
		return strings.Join(parts, " ")
	}
	taken, named := 0, 0
	for range 100000 {
		name := line(1 + rng.IntN(3))
		first, _, _ := strings.Cut(name, " ")
		bio := [2]string{first, name}[rng.IntN(2)] + " " + line(rng.IntN(4))
		plainName := textPlainName(name) && !textOddNameWords(name)
		want := textBioOpensWithFirstWord(name, bio) && plainName && textBioOpensWithNamePlain(name, bio)
		if got := textNameOverBioGate(name, bio); got != want {
			t.Fatalf("textNameOverBioGate(%q, %q) = %v, the tests in their first order %v", name, bio, got, want)
		}
		taken += textBool(want)
		named += textBool(plainName && !want)
	}
	if taken < 1000 || named < 1000 {
		t.Fatalf("%d lines taken, %d names turned away by the bio: the comparison tests little", taken, named)
	}
}

// TestTextOpensLoweredWordMatchesPlain holds textOpensLoweredWord's
// byte by byte comparison to the lowered string it spares, on random
// names' tails and words: capitals, runes that lower to another length
// ("İ", the Kelvin sign), a byte that is no rune, words with capitals and
// tails shorter than the word.
func TestTextOpensLoweredWordMatchesPlain(t *testing.T) {
	pieces := []string{" ", "Solberg", "solberg", "sol", "SOL", "berg", "is", "Is", "İs", "\u212aeel", "keel", "Keel", "é", "É", "\xff", "-", "x"}
	words := []string{"", "solberg", "sol", "is", "i̇s", "keel", "kEel", "é", "\xff", "-", "x", "berg", "solbergx"}
	rng := fastRand(81, 5)
	opened := 0
	for range 200000 {
		var b strings.Builder
		for range rng.IntN(4) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		more, word := b.String(), words[rng.IntN(len(words))]
		if rng.IntN(2) == 0 {
			more = " " + more
		}
		want := strings.HasPrefix(strings.ToLower(more), " "+word)
		if got := textOpensLoweredWord(more, word); got != want {
			t.Fatalf("textOpensLoweredWord(%q, %q) = %v; lowered, %v", more, word, got, want)
		}
		opened += textBool(want)
	}
	if opened < 1000 {
		t.Fatalf("only %d tails open with their word: the comparison tests little", opened)
	}
}

// TestTextNameOverBioMatchesPlain holds textNameOverBio's walk, which
// asks the lines' first bytes before textNameOverBioGate, to the walk
// asking the gate alone (textNameOverBioPlain), on random pages of names,
// bios that open with their words or with other bytes, and pronouns.
func TestTextNameOverBioMatchesPlain(t *testing.T) {
	lines := []string{"Maren Solberg", "Maren Solberg covers the harbour for the paper.", "Maren is a reporter; she writes on boats.",
		"Maren (Mo) Solberg", "Mo Solberg", "Mo covers boats. He lives by the quay.", "Solberg Maren", "Émile Roux",
		"Émile writes on the harbour; he rows.", "Émile", "É", "The Harbour", "The harbour runs ferries.", "M", "Maren",
		"maren solberg", "Harbour Ferries", "Harbour ferries run twice a day.", "3 Boats", "3 boats run.", "\xff", "Ed Poe", "Ed is here; he reads."}
	rng := fastRand(129, 50)
	taken := 0
	for range 20000 {
		var b strings.Builder
		for range 2 + rng.IntN(8) {
			b.WriteString(lines[rng.IntN(len(lines))])
			b.WriteByte('\n')
		}
		blocks := textSplitBlocks(b.String())
		first := rng.IntN(3) - 1
		want := textNameOverBioPlain(blocks, first)
		if got := textNameOverBio(blocks, first); got != want {
			t.Fatalf("textNameOverBio(%q, %d) = %q, the gate alone %q", b.String(), first, got, want)
		}
		taken += textBool(want != "")
	}
	if taken < 300 {
		t.Fatalf("only %d pages name a writer: the comparison tests little", taken)
	}
}

// textNameOverBioPlain is textNameOverBio asking textNameOverBioGate
// alone of every line.
func textNameOverBioPlain(blocks []textBlock, first int) string {
	name := ""
	for i := max(first, 0); i+1 < len(blocks); i++ {
		b := &blocks[i]
		bio := blocks[i+1].text
		if !textNameOverBioGate(b.text, bio) {
			continue
		}
		if textIsBioUnderName(b, bio) || textHasBioPronoun(bio[:min(len(bio), textBioPronounReach)]) {
			if name != "" && name != b.text {
				return ""
			}
			name = b.text
		}
	}
	return name
}
