package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/storyfold/storyfold/textnorm"
)

// The writer a flattened page names: bylines, name lines under the
// headline, author boxes, and the names glued or run together by
// flattening.

// textBylineRE reads a byline: "By Jane Doe", "Written by Jane Doe and
// ...", "ByMarisa Okonjo" (glued by flattening), "Author: Jane Doe".
var textBylineRE = regexp.MustCompile(`^(?:[Ww]ritten [Bb]y|[Pp]osted [Bb]y|[Bb]y|BY|[Aa]uthor)[:\s]*(\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){1,3})`)

// The byline expressions run on every short line around the title; each
// is tried only on lines that hold what it needs, tested byte by byte: a
// run of an expression costs more than reading the line, and most lines
// are not bylines.

// textBylineMatch is textBylineRE's submatches in s, or nil: a match
// opens with "Written by", "Posted by", "By" or "Author"
// (textOpensBylineLabel).
func textBylineMatch(s string) []string {
	if !textOpensBylineLabel(s) {
		return nil
	}
	return textBylineRead(s) // text_byline_read.go
}

// textOpensBylineLabel reports whether s opens as one of textBylineRE's
// labels can: "[Ww]ritten ", "[Pp]osted ", "[Bb]y", "BY" or "[Aa]uthor".
// Its first byte alone let through the headlines and lines that open
// with "A", "What" or "Both" (420 runs of the expression on 100
// wcxb-dev flat pages, some 2,000 instructions each, most of them no
// byline). TestTextBylineMatchGateMatchesRE holds it to the expression.
func textOpensBylineLabel(s string) bool {
	if len(s) < 2 {
		return false
	}
	switch s[0] {
	case 'B':
		return s[1] == 'y' || s[1] == 'Y'
	case 'b':
		return s[1] == 'y'
	case 'W', 'w':
		return strings.HasPrefix(s[1:], "ritten ")
	case 'P', 'p':
		return strings.HasPrefix(s[1:], "osted ")
	case 'A', 'a':
		return strings.HasPrefix(s[1:], "uthor")
	}
	return false
}

// textDatedBylineMatch is textDatedBylineRE's submatches in s when s
// also holds a year, or nil: a match holds " by" or " By".
func textDatedBylineMatch(s string) []string {
	if !textHasYear(s) || !strings.Contains(s, " by") && !strings.Contains(s, " By") {
		return nil
	}
	return textDatedBylineRE.FindStringSubmatch(s)
}

// textNameDateMatch is textNameDateRE's submatches in s, or nil: a match
// holds a year and a month name.
func textNameDateMatch(s string) []string {
	if !textHasYear(s) || !textHasMonth(s) {
		return nil
	}
	return textNameDateRE.FindStringSubmatch(s)
}

// textBylineWords is the longest block or line read for a byline with
// its label or date ("Published: Mar 8, 2024 · Modified: May 19, 2025 by
// Jane Roe · This post may contain affiliate links", "By Jane Roe, Home
// Security Expert & Ed Poe, Home Security Expert Last Updated on Feb 27,
// 2026"): such bylines run past textDateBylineWords, the bar for the
// other forms. On wcxb-dev flat articles 16 words gave 3 more exact
// authors, 20 and 24 words 9 (3 on even page ids, 6 on odd), none lost.
const textBylineWords = 20

// textAuthorWindow is how many blocks around the title are read for a
// byline.
const textAuthorWindow = 8

// textFindAuthor returns the name in the byline nearest the top of the
// article (the title at from, the body at first), or "".
func textFindAuthor(blocks []textBlock, from, first int) string {
	// Menu and section lines look like names ("Get Started", "HR
	// Strategy"): a name's words are not written in lower case elsewhere
	// on the page (textMenuWords). Under a byline label the label says
	// what the line is, and a team or an outlet may be named in common
	// words ("By" / "The Harbour Desk Team"): only a call to action
	// ("Find Jobs"), glued menu words and words in lower case (a form's
	// field) are kept out there.
	lo, hi := max(0, from-textAuthorWindow), min(len(blocks), first+textAuthorWindow)
	rail := false // the window's bylines are a teaser rail's (text_byline_teasers.go)
	for i := lo; i < hi; i++ {
		if !rail {
			if name := textWindowByline(blocks, i); name != "" {
				if rail = textTeaserBylinesPast(blocks, max(0, from-textTeaserAbove), lo, i, hi, name); !rail {
					return name
				}
			}
		}
		if blocks[i].words > textDateBylineWords {
			continue
		}
		// A lone label over a menu's entry ("By:" / "Search" in a forum's
		// search form) is no byline (text_byline_menuline.go).
		if name := textLabelledByline(blocks, i); name != "" && !textMenuLine(name, blocks, lo) {
			return name
		}
		if name := textSeparatedName(blocks[i].text, blocks); name != "" {
			return name
		}
	}
	// A name on its own line beside the byline's date, or before the date
	// on one line ("Jane Doe", "October 14, 2025"; "Jane Doe October 14,
	// 2025"), or before a job under the headline ("Jane Doe Senior Editor").
	lo, hi = max(0, from-textAuthorWindow/2), min(len(blocks), from+textAuthorWindow/2+1)
	for i := lo; i < hi; i++ {
		if i == from {
			continue
		}
		name := ""
		if m := textNameDateMatch(blocks[i].text); m != nil {
			name = m[1]
		} else if textPlainName(blocks[i].text) && textBesideDate(blocks, i, from) {
			name = blocks[i].text
		} else if blocks[i].words <= textDateBylineWords && (i == from+1 || textBesideDate(blocks, i, from)) {
			name = textNameBeforeJob(blocks[i].text)
		}
		if name != "" && !textMenuWords(name, blocks) && !textCategoryList(name, blocks, from) && !textMenuLine(name, blocks, lo) {
			return name
		}
	}
	return ""
}

// textNameUnderHeadline is the name line between the headline at block
// at and a date line, below the headline or above it, or "": the
// byline's place ("Harbour Dental Care" under the headline, "July 27,
// 2025" under it). There a name's words may be common words the page
// writes in lower case ("Ann Green", "Harbour Dental Care", "Keel Street
// Team"), which textFindAuthor refuses (textMenuWords); a section label
// is also set there ("HR Strategy"), so it is read only when nothing else
// names the writer. On wcxb-dev flat articles 3 more exact authors (1 on
// even page ids, 2 on odd), none lost; one article with no author before
// took a section label, one forum a poster's line, one product a
// teaser's heading. A name of one word is read too (textOneName).
//
// The name may also stand under a standfirst (textNameUnderDek), a
// short label may come between it and the date (textDatePastLabel), and
// it may be a firm's or a team's in camel case (textBrandName).
func textNameUnderHeadline(blocks []textBlock, at int) string {
	for _, i := range [3]int{at + 1, at - 1, at + 2} {
		step := 1 // from the name on, away from the headline
		if i < at {
			step = -1
		}
		if i < 0 || i >= len(blocks) || i == at+2 && !textNameUnderDek(blocks, at) {
			continue
		}
		t := blocks[i].text
		if textDatePastLabel(blocks, i, step, i != at+2) && (textPlainName(t) && !textOddNameWords(t) || textOneName(t, blocks) || textBrandName(t, blocks)) {
			return t
		}
	}
	return ""
}

// textPlainName reports a name (nameLike) with no digit in it: a line's
// "Jane Roe", not "Jane Roe 3 Comments" or a code.
func textPlainName(s string) bool {
	return nameLike(s) && !strings.ContainsFunc(s, unicode.IsDigit)
}

// textOneName reports whether t is one capitalised word that can name a
// writer alone ("Kev", "Stefan", a firm's name) where a byline's name
// sits: letters only, no stopword, weekday, month or job word, and not
// written in lower case on the page (a section: "Travel", "Recipes").
// Between the headline and its date it gave wcxb-dev flat articles 4
// more exact authors (2 on even page ids, 2 on odd), none lost; forums
// 1 more, and 4 forum threads with no author before took a poster's
// name beside a post's date (one whose gold names nobody).
func textOneName(t string, blocks []textBlock) bool {
	r, _ := utf8.DecodeRuneInString(t)
	if !unicode.IsUpper(r) || strings.ContainsFunc(t, func(r rune) bool { return !unicode.IsLetter(r) }) {
		return false
	}
	low := strings.ToLower(t)
	return !textOddNameWord(t) && !isMonth(low) && !jobWords[low] && !textLowerOnPage(low, blocks)
}

// textBylineName is the name a byline line t of n words gives ("By Jane
// Roe", "October 11, 2023 by Jane Roe"), or "". A line over
// textDateBylineWords words is read only for a capitalised name after
// its label, or a one-word handle a separator follows
// (textBylineHandleBeforeSeparator): a one-word handle there is
// otherwise as often a sentence's "By focusing on …".
func textBylineName(t string, n int, blocks []textBlock) string {
	if m := textBylineMatch(t); m != nil {
		return textWithRoleTail(textCoAuthors(textUnglueName(textCutDateTail(textRunOnParticles(m[1], t), t)), t), t) // text_byline_roletail.go
	}
	if m := textDatedBylineMatch(t); m != nil {
		return textUnglueName(m[1])
	}
	if n > textDateBylineWords {
		return textBylineHandleBeforeSeparator(t, blocks) // text_byline_handlesep.go
	}
	if name := textBylineHandle(t, blocks); name != "" {
		return name
	}
	return textBylineNamePair(t, blocks) // text_byline_pair.go
}

// textCoJoins join co-authors in a byline, longest first. " with "
// names a second writer ("By Dieter Hogen with Uta Pippig", wcxb-dev
// 4117, whose gold keeps both): on every wcxb-dev flat page it follows
// a byline's name only there.
var textCoJoins = []string{", and ", " and ", " with ", " & ", ", "}

// textCoAuthors is name, read from byline t, with the co-authors t lists
// after it ("By Jane Roe and Ed Poe", "Written by Jane Roe, Ed Poe, and
// Al Moe"): the byline expression stops at a name's fourth word or at a
// word in lower case, and the gold keeps the list as the page writes it.
// After a comma a co-author reads as a name (nameLike): "Jane Roe, MS,
// RD" lists credentials, "Jane Roe, Senior Editor" a job. A co-author
// ends the byline or comes before the next.
func textCoAuthors(name, t string) string {
	j := strings.Index(t, name)
	if j < 0 {
		return name
	}
	end, caps := j+len(name), !strings.ContainsFunc(name, unicode.IsLower)
	for {
		rest, next := t[end:], ""
		for _, join := range textCoJoins {
			if after, ok := strings.CutPrefix(rest, join); ok {
				next = textNameRun(after, caps)
				if join == ", " && !nameLike(next) && !textParticleName(next) || !textCoListGoesOn(after[len(next):]) {
					next = "" // "Jane Roe, MS", "Jane Roe, Senior Editor", "JANE ROE and ED POEAssociated Press"
				}
				if next != "" {
					end += len(join) + len(next)
				}
				break
			}
		}
		if next == "" {
			return t[j:end]
		}
	}
}

// textCoListGoesOn reports whether what follows a co-author's name, s,
// ends the byline or joins the next name: a name that runs on into
// other words was cut from a longer or glued one.
func textCoListGoesOn(s string) bool {
	return strings.HasPrefix(s, ",") || strings.HasPrefix(s, " and ") || strings.HasPrefix(s, " & ") || textBylineEnds(s)
}

// textNameRun is the run of up to four capitalised words s opens with,
// ending at a comma or at a word with a full stop that is no initial
// ("Jane Roe, DVM. Reviewed by …"); with caps, of words in capitals
// only, as a byline writes all its names in one case ("JANE ROE and ED
// POEAssociated Press": the last is glued to the next word).
//
// A surname's particles inside the run ("Marna van der Merwe") are taken
// with the word after them and not counted; without them the run of
// "Written by Dr Marna van der Merwe, …" stopped at "Dr Marna".
func textNameRun(s string, caps bool) string {
	end, k, particles := 0, 0, 0
	for w := range strings.FieldsSeq(s) {
		if k > 0 && !caps && particles < textRunParticles && textNameParticles[w] {
			particles++
			continue
		}
		core := strings.TrimRight(w, ",;")
		if k == 4 || !textNameWord(core, caps) {
			break
		}
		particles = 0
		_, size := utf8.DecodeRuneInString(core)
		end += strings.Index(s[end:], core) + len(core)
		if core != w || strings.HasSuffix(core, ".") && len(core) > size+1 {
			break
		}
		k++
	}
	return s[:end]
}

// textRunOnParticles is name, which textBylineRE read from the line t,
// run on past a surname's particles ("Written by Dr Marna van der Merwe,
// …": the expression stops at "Dr Marna", at the word in lower case);
// name itself when no particle follows it. The expression itself was
// not widened: a name opening with one word and a particle ("By Anya von
// Bremzen") would then be read too, and on wcxb-dev one article (4340)
// took such a line from its related posts over the one it read before.
func textRunOnParticles(name, t string) string {
	j := strings.Index(t, name)
	if j < 0 {
		return name
	}
	rest, ok := strings.CutPrefix(t[j+len(name):], " ")
	if w, _, _ := strings.Cut(rest, " "); !ok || !textNameParticles[w] {
		return name
	}
	if run := textNameRun(t[j:], false); len(run) > len(name) {
		return run
	}
	return name
}

// textRunParticles is the most particles in a row textNameRun takes
// inside a name ("van der", "de la").
const textRunParticles = 2

// textNameWord reports whether w can be a word of a name in a byline: it
// opens with a capital, holds only letters, full stops, apostrophes and
// hyphens, and, with caps, no lower-case letter.
func textNameWord(w string, caps bool) bool {
	if !opensUpper(w) || caps && strings.ContainsFunc(w, unicode.IsLower) {
		return false
	}
	return !strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' && r != '\'' && r != '-' })
}

// textBylineLabelPrefixes open a byline that may name its writer by one
// word.
var textBylineLabelPrefixes = []string{"by", "written by", "posted by", "author:"}

// textBylineHandle is the one word a byline line t names after its label
// ("by jsteinhardt", "By: ShawnHymel | December 16, 2025", "Posted by
// BeauHD on Friday …", "By Clay"): a login or a first name, which
// textBylineRE, wanting two capitalised words, leaves. A byline's name
// ends the line or comes before a separator, a date or " on "/" in "; a
// sentence goes on in words ("By clicking below you …"), and a filter
// names a word the page writes in lower case ("By Topic": textLowerOnPage;
// a login in lower case is written so in the byline itself).
func textBylineHandle(t string, blocks []textBlock) string {
	rest := textBylineLabelRest(t)
	if rest == "" {
		// No label, no word: textHandleWord turns the empty word away,
		// and its cut and unglueing cost 0.2 M over 100 wcxb-dev flat
		// pages (TestTextBylineHandleNoLabel).
		return ""
	}
	word, after, _ := strings.Cut(rest, " ")
	if name := textUnglueName(word); name != word {
		word, after = name, word[len(name):] // "thegrangehallFebruary 16, 2026"
	}
	if !textHandleWord(word) || !textBylineEnds(after) || textLowerOnPage(textLowerCapital(word), blocks) {
		return ""
	}
	return word
}

// textBylineLabelRest is what follows the last of
// textBylineLabelPrefixes that opens t in any case, with a space or a
// colon after it (any after "author:"), or "". The labels are ASCII, so
// a case-blind prefix test (textHasLowerPrefix) answers without lowering
// the line, which cost an allocation for each short line read as a
// byline. Unlike lowering, it does not read the dotted İ as an i
// ("Wrİtten by"): no English label is written so.
func textBylineLabelRest(t string) string {
	// A line whose first byte opens no label in either case holds none:
	// most of the short lines near a headline textBylineName reads
	// (forty-ninth session, docs/quality/text-extraction-3.md).
	if t == "" || !textBylineLabelFirsts[t[0]] {
		return ""
	}
	rest := ""
	for _, label := range textBylineLabelPrefixes {
		if !textHasLowerPrefix(t, label) {
			continue
		}
		if after := t[len(label):]; label == "author:" || after != "" && (after[0] == ' ' || after[0] == ':') {
			rest = strings.TrimLeft(after, ": ")
		}
	}
	return rest
}

// textBylineLabelFirsts marks the first bytes of textBylineLabelPrefixes
// in both cases. Only the ASCII pair of each label's first letter folds
// to it ("b", "w", "p", "a": the Kelvin sign folds to k and the long s
// to s, neither a label's first), so a line opening with another byte
// opens no label (TestTextBylineLabelRestMatchesLowered).
var textBylineLabelFirsts = func() (firsts [256]bool) {
	for _, label := range textBylineLabelPrefixes {
		c := label[0] | 0x20
		firsts[c], firsts[c&^0x20] = true, true
	}
	return firsts
}()

// textHandleWord reports whether w can be a writer's one-word name: a
// login or a first name ("jsteinhardt", "BeauHD", "Clay"), not a
// stopword or a month ("By the …", "By May 2025").
func textHandleWord(w string) bool {
	if len(w) < 2 || !strings.ContainsFunc(w, unicode.IsLetter) {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' && r != '.' && r != '-' {
			return false
		}
	}
	low := strings.ToLower(w)
	return !textnorm.IsStopword(low) && !isMonth(low)
}

// textLowerCapital is w lower-cased when it opens with a capital, else "",
// which no page word equals.
func textLowerCapital(w string) string {
	if opensUpper(w) {
		return strings.ToLower(w)
	}
	return ""
}

// textBylineEnds reports whether what follows a byline's name, s, ends
// the byline: nothing, a separator, a date, or its place and time ("on
// Friday", "in Workshop").
func textBylineEnds(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || strings.HasPrefix(s, "on ") || strings.HasPrefix(s, "in ") {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s)
	if unicode.IsDigit(r) || strings.ContainsRune("|•·—–-/", r) {
		return true
	}
	first, _, _ := strings.Cut(s, " ")
	return isMonth(strings.ToLower(strings.Trim(first, ".,")))
}

// textBylineSeparators set a byline's parts apart on one line.
const textBylineSeparators = "•|·"

// textHasBylineSeparator is strings.ContainsAny(t, textBylineSeparators)
// by three forward searches: ContainsAny decodes t rune by rune and looks
// each up in the set, some 1,600 instructions a block (textFindAuthor
// asks it of every block near the top). The bytes of "•" and "·" open
// with a lead byte, which no other character's sequence holds, so a
// byte search finds them where ContainsAny does.
func textHasBylineSeparator(t string) bool {
	return strings.IndexByte(t, '|') >= 0 || strings.Contains(t, "•") || strings.Contains(t, "·")
}

// textSeparatedName is the name among the parts of a byline line t that
// separators set apart, a date or a reading time among them ("Jane Roe •
// March 4, 2025", "Jane Roe | Senior Writer | July 2, 2025", "March 4,
// 2025 · 9 min · Jane Roe"), or "": the part that reads as a name
// (nameLike) in words the page does not write in lower case
// (textMenuWords: "Travel Tips | March 4, 2025" is a section's). A
// part may name the post's category after the name ("Mar 4, 2025 • Jane
// Roe in Project Management"): it is cut at " in " (1 wcxb-dev flat
// article gained, none lost, no other page changed).
func textSeparatedName(t string, blocks []textBlock) string {
	if !textHasBylineSeparator(t) || !textDateIn(t) && !strings.Contains(t, "min read") {
		return ""
	}
	for part := range strings.FieldsFuncSeq(t, func(r rune) bool { return strings.ContainsRune(textBylineSeparators, r) }) {
		part, _, _ = strings.Cut(strings.TrimSpace(part), " in ") // "Jane Roe in Project Management"
		if textPlainName(part) && !textMenuWords(part, blocks) {
			return part
		}
	}
	return ""
}

// textBylineInLines is the name a short later line of a longer block
// bylines: flattening joins a headline and the byline under it into one
// block ("Ten Walks Around Harbourton\nby Jane Roe"), and the block's
// own start is no byline. A block of several lines is read line by line
// from its first: a byline may open a block that is too long to be read
// whole ("By Jane Roe • March 4, 2025 • 11 min read\ngit version-control
// …", its tags joined under it).
func textBylineInLines(t string, blocks []textBlock) string {
	rest, ok := t, strings.Contains(t, "\n")
	for ok {
		var line string
		line, rest, ok = strings.Cut(rest, "\n")
		if n := len(strings.Fields(line)); n <= textBylineWords {
			if name := textBylineName(line, n, blocks); name != "" {
				return name
			}
		}
	}
	return ""
}

// textCutDateTail cuts the byline's date from a name read out of line t
// when the name ends inside it: "By Jane Roe April 12, 2024" reads "Jane
// Roe April", and a month before a number is the date's (authorTail).
func textCutDateTail(name, t string) string {
	if j := strings.Index(t, name); j >= 0 {
		if k := authorTail(t[j:]); k > 0 && k < len(name) {
			return strings.TrimRight(name[:k], " ")
		}
	}
	return name
}

// textBesideDate reports whether a block next to block i (other than the
// title at from) is a date line or a reading time ("9 min read").
func textBesideDate(blocks []textBlock, i, from int) bool {
	for _, step := range [2]int{-1, 1} {
		j := i + step
		if j >= 0 && j < len(blocks) && textIsSeparator(blocks[j].text) {
			j += step // "Jane Roe", "•", "March 4, 2025"
		}
		if j >= 0 && j < len(blocks) && j != from {
			if _, ok := textDateLine(&blocks[j], textDateBylineWords); ok || strings.Contains(blocks[j].low, "min read") || textIsBylineStamp(&blocks[j]) {
				return true
			}
		}
	}
	return i+1 < len(blocks) && textIsJobLine(&blocks[i+1])
}

// textIsBylineStamp reports whether a block is a byline's short stamp
// that states no year: a day of the month ("Jan 4", "Dec 10"), a reading
// time ("8 min") or an update label whose date is on the next line
// ("Last Updated:").
func textIsBylineStamp(b *textBlock) bool {
	return textMayOpenBylineStamp(b.text) && textReadBylineStamp(b)
}

// textReadBylineStamp is textIsBylineStamp read without the gate on the
// first byte.
func textReadBylineStamp(b *textBlock) bool {
	if b.words > 3 {
		return false
	}
	n, w0, w1 := textFirstTwoFields(b.text)
	if n >= 2 {
		w0, w1 = strings.ToLower(w0), strings.ToLower(w1)
	}
	switch {
	case n == 2 && isMonth(strings.Trim(w0, ".")) && textIsDay(w1):
		return true
	case n >= 2 && isDigitByte(w0[0]) && (w1 == "min" || w1 == "mins" || w1 == "minutes"):
		return true
	}
	return strings.HasPrefix(b.low, "last updated") || strings.HasPrefix(b.low, "updated")
}

// textFirstTwoFields is how many fields (strings.Fields) s holds and the
// first two of them. textReadBylineStamp lowers only those two: the
// fields of the whole lowered text were the same (lowering maps no rune
// to a space nor a space to another rune) and took two copies of the
// text and a list, some 1,250 instructions a block beside a byline over
// 100 wcxb-dev flat pages (forty-sixth session).
// TestTextReadBylineStampMatchesPlain holds it to the plain form.
func textFirstTwoFields(s string) (n int, w0, w1 string) {
	for f := range strings.FieldsSeq(s) {
		switch n {
		case 0:
			w0 = f
		case 1:
			w1 = f
		}
		n++
	}
	return n, w0, w1
}

// textMayOpenBylineStamp is false only where s opens with an ASCII
// letter that opens no stamp textIsBylineStamp reads: a month's (j, f, m,
// a, s, o, n, d), "last updated" and "updated" (l, u); a reading time
// opens with a digit. Lowering maps no rune past ASCII to those letters
// but for none of them (the Kelvin sign to k, 'İ' to an i), and other
// first bytes (digits, '.', spaces, bytes past ASCII) are left to the
// plain test. The Fields of the lowered text took some 900 instructions
// a block beside a byline (876 blocks of 100 wcxb-dev flat pages, most
// of them a name; fortieth speed round, docs/quality.md).
func textMayOpenBylineStamp(s string) bool {
	if s == "" {
		return true
	}
	c := s[0] | 0x20
	if c < 'a' || c > 'z' {
		return true
	}
	switch c {
	case 'j', 'f', 'm', 'a', 's', 'o', 'n', 'd', 'l', 'u':
		return true
	}
	return false
}

// textIsDay reports whether w is a day of the month as a byline writes
// it ("4", "23,", "4th"), not a year ("Jan 2019": a forum's join date).
func textIsDay(w string) bool {
	w = strings.TrimRight(w, ".,stndrh")
	return len(w) >= 1 && len(w) <= 2 && isDigitByte(w[0]) && isDigitByte(w[len(w)-1])
}

// textIsSeparator reports whether a line is only a separator a byline
// sets between its parts ("•", "|", "·").
//
// A separator's first byte opens one of its runes ('|', '-', '/', 0xE2
// for "•", "–" and "—", 0xC2 for "·"): the cut set's trim, past ASCII,
// walked the line rune by rune, some 250 instructions a line beside a
// byline over 100 wcxb-dev flat pages (forty-sixth session).
// TestTextIsSeparatorMatchesPlain holds it to the plain form.
func textIsSeparator(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	switch s[0] {
	case '|', '-', '/', 0xE2, 0xC2:
		return strings.Trim(s, "•|·-–—/") == ""
	}
	return false
}

// textNameBeforeJob is the name that opens line t when a job title
// follows it on the same line ("Jane Roe Senior Editor", "Jane
// RoeFounder at Harbour Homes", "Jane Roe, Print Managing Editor"), or
// "": the byline's name and job set on one line, where nameLike refuses
// the whole. Read under the headline or beside a date; on wcxb-dev flat
// articles 3 more exact authors (2 on even page ids, 1 on odd), none
// lost, no other page's author changed.
func textNameBeforeJob(t string) string {
	w := strings.Fields(textUnglueJob(t))
	for k := 2; k < len(w) && k <= 4; k++ {
		if jobWords[strings.ToLower(strings.Trim(w[k], ",|-–"))] {
			name, _, _ := strings.Cut(strings.Join(w[:k], " "), ",") // "Jane Roe, Print Managing Editor"
			if textPlainName(name) {
				return name
			}
			return ""
		}
	}
	return ""
}

// textUnglueJob sets a space before a job word glued to the name
// ("RoeFounder").
func textUnglueJob(t string) string {
	r := []rune(t)
	for j := textGlueAt(r, 2); j > 0; j = textGlueAt(r, j+1) {
		end := j
		for end < len(r) && unicode.IsLetter(r[end]) {
			end++
		}
		if jobWords[strings.ToLower(string(r[j:end]))] {
			return string(r[:j]) + " " + string(r[j:])
		}
	}
	return t
}

// textIsJobLine reports whether a block is a writer's job title on a line
// of its own under the name ("Senior Editor", "Co-founder of Harbourton
// Homes"): at most six words, one a job word.
func textIsJobLine(b *textBlock) bool {
	return textShortLineHas(b, textJobLineWords)
}

// textJobLineWords are jobWords for textShortLineHas.
var textJobLineWords = newTextShortWords(jobWords)

// textShortLineHas reports whether a block of at most six words, no
// sentence, holds a word (lowered) of set.
//
// An ASCII block's words are cut at its ASCII spaces, the only spaces it
// can hold, and lowered without the test for bytes past ASCII: the
// field iterator decoded each rune and asked unicode.IsSpace of it, most
// of the 1.13 M instructions the 1,522 calls cost over 100 long wcxb-dev
// flat pages (forty-ninth session, docs/quality/text-extraction-3.md;
// TestTextShortLineHasASCII holds it to the fields). A word whose first
// byte and length no word of set has is not lowered nor looked up
// (textShortWords.mayHold).
func textShortLineHas(b *textBlock, set *textShortWords) bool {
	if b.words > 6 || b.sentEnd {
		return false
	}
	s := b.text
	if !textIsASCII(s) {
		for w := range strings.FieldsSeq(s) {
			if textLowerIn(set.words, w) {
				return true
			}
		}
		return false
	}
	var room [textLowerRoom]byte
	for i := 0; i < len(s); {
		for i < len(s) && asciiSpace(s[i]) {
			i++
		}
		j := i
		for j < len(s) && !asciiSpace(s[j]) {
			j++
		}
		if j > i && set.mayHold(s[i:j]) && set.words[string(textAppendLower(room[:0], s[i:j]))] {
			return true
		}
		i = j
	}
	return false
}

// textBylineLabels are the lines that flattening leaves alone above the
// author's name ("By", "Written by", "Article written by:").
var textBylineLabels = map[string]bool{"by": true, "written by": true, "author": true, "authors": true,
	"article written by": true, "posted by": true, "words by": true, "article by": true}

// textLabelledName is the name on the line after a byline label at block
// i (the block, or its last line: textLastLine): a short line that starts
// with a capital, or "". A dated line under the label reads with it as
// one byline ("By" / "Jane Roe on Dec. 13, 2025"). The two gave wcxb-dev
// flat articles 5 more exact authors (1 on even page ids, 4 on odd),
// none lost.
func textLabelledName(blocks []textBlock, i int) string {
	if i+1 >= len(blocks) || !textMayEndLabelPair(blocks[i].text) || !textIsBylineLabel(blocks[i].text) {
		return ""
	}
	next := &blocks[i+1]
	if r, _ := utf8.DecodeRuneInString(next.text); next.words > 6 || !unicode.IsUpper(r) {
		return ""
	}
	if _, date := textDateLine(next, textDateBylineWords); date {
		// "By" / "Jane Roe on Dec. 13, 2025": the label and its dated line
		// read as one byline.
		if m := textBylineMatch("By " + next.text); m != nil {
			if name := textCutDateTail(m[1], next.text); nameLike(name) {
				return name
			}
		}
		return ""
	}
	line, _, _ := strings.Cut(next.text, "\n") // "Jane Roe\naverage reading time:"
	return textUnglueName(line)
}

// textLastLine is the last line of a block's text, trimmed of spaces and
// a colon: a byline label flattening joined under the headline ("Harbour
// Ferries Return\nby") is read as one alone. It reads the text, not the
// block's lowered start (low), which is cut at textPhraseWindow bytes: a
// cut line ("\nbypass") would read "by".
//
// Most blocks hold no line break (textLastIndexByte): the byline label's
// test asked it of some thousand paragraphs of 100 wcxb-dev flat pages
// that end in a colon, a space or a rune beyond ASCII
// (docs/quality/text-extraction-2.md, "Text speed, the page's dates",
// forty-third session). TestTextLastLineMatchesPlain holds it to the
// backward search alone.
func textLastLine(text string) string {
	if k := textLastIndexByte(text, '\n'); k >= 0 {
		text = text[k+1:]
	}
	return strings.TrimRight(strings.TrimSpace(text), ":")
}

// textBylineLabelMax is the length of the longest of textBylineLabels
// (TestTextBylineLabelMax).
const textBylineLabelMax = len("article written by")

// textIsBylineLabel reports whether the last line of text, lowered
// (textLastLine), is one of textBylineLabels. A line over four times the
// longest label's length is none, as a rune's lower case takes at least a
// quarter of its bytes (the Kelvin sign's three lower to 'k'): it is not
// lowered, where lowering every block's last line, a paragraph most
// often, was a sixth of a long flattened page's allocations.
//
// An ASCII line is lowered on the stack (its lower case is as long as
// it), and one longer than the longest label is none: lowering the lines
// with a capital into new strings was a ninth of a flattened page's
// allocations (docs/quality.md, text speed, seventeenth round).
func textIsBylineLabel(text string) bool {
	if !textMayEndInBylineLabel(text) {
		return false
	}
	line := textLastLine(text)
	if len(line) > 4*textBylineLabelMax {
		return false
	}
	if !textIsASCII(line) {
		if !textMayLowerToASCII(line) {
			return false
		}
		return textBylineLabels[strings.ToLower(line)]
	}
	if len(line) > textBylineLabelMax {
		return false
	}
	var room [textBylineLabelMax]byte
	return textBylineLabels[string(textAppendLower(room[:0], line))]
}

// textMayEndLabelPair is false only where textIsBylineLabel(text) is, by
// text's last two bytes (textBylineLabelEnds): the walks that ask
// textIsBylineLabel of block after block ask it first, inlined. Of the
// 6,430 blocks three of them asked it of over 100 long wcxb-dev flat
// pages (textLabelledName, textLabelledCredName, textLabelOverNameJobs,
// each past its own gate), most ended in "s", "r" or "y" after a byte no
// label holds there, or in a byte no label ends in, and paid two calls
// down to textMayEndInBylineLabel to be turned away; 1,186 reach the
// call now (fifty-fourth session; TestTextMayEndLabelPair).
func textMayEndLabelPair(text string) bool {
	n := len(text) - 2 // "by" is the shortest; a lone space or colon trims to ""
	return n >= 0 && textBylineLabelEnds.has(uint16(text[n])|uint16(text[n+1])<<8)
}

// textBylineLabelEnds marks the pairs of bytes a text may end with when
// textMayEndInBylineLabel lets it through, the last byte high: any byte
// before a colon, an ASCII space or a byte beyond ASCII (read further
// there), and "by", "or" and "rs" in either case.
var textBylineLabelEnds = func() (ends textPairSet) {
	for c := range 256 {
		if last := byte(c); last >= utf8.RuneSelf || last == ':' || asciiSpace(last) {
			for w := c << 2; w < c<<2+4; w++ { // the 256 pairs c ends
				ends[w] = ^uint64(0)
			}
		}
	}
	for _, end := range []string{"by", "or", "rs"} {
		for _, prev := range []byte{end[0], end[0] &^ 0x20} {
			for _, last := range []byte{end[1], end[1] &^ 0x20} {
				k := uint16(prev) | uint16(last)<<8
				ends[k>>6] |= 1 << (k & 63)
			}
		}
	}
	return ends
}()

// textPairSet is a set of pairs of bytes, each a bit at the pair's
// index, the first byte low.
type textPairSet [1 << 10]uint64

// has reports whether the pair k is in the set.
func (s *textPairSet) has(k uint16) bool {
	return s[k>>6]&(1<<(k&63)) != 0
}

// textMayLowerToASCII reports whether s, which holds a byte beyond ASCII,
// may lower to ASCII alone, as every byline label is: only 'İ' and the
// Kelvin sign lower to ASCII ('i', 'k'; TestTextMayLowerToASCII reads
// the Unicode tables), so a line beyond ASCII with neither is no label
// and is not lowered into a new string (204 short lines of 100 wcxb-dev
// flat pages, 0.28 M instructions; docs/quality/text-extraction-2.md,
// "Text speed, the session's new readings", forty-third session).
func textMayLowerToASCII(s string) bool {
	return strings.Contains(s, "\u0130") || strings.Contains(s, "\u212a")
}

// textMayEndInBylineLabel is false only where text's last line is none
// of textBylineLabels: every label ends in "by", "or" or "rs" in either
// case, and a text ending in an ASCII byte that is no space and no colon
// ends its last line, trimmed, with that byte and the one before it. No
// rune beyond ASCII lowers to 'b', 'o' or 'r' (only the Kelvin sign and
// 'İ' lower to ASCII, to 'k' and 'i'), so a byte beyond ASCII before the
// last is no label's either. Texts ending otherwise (in a space, a colon
// or a byte beyond ASCII) are left to the plain test. The author box
// asked every short block to the page's end (7,910 calls of some 550
// instructions on 100 wcxb-dev flat pages; docs/quality.md, "Text speed,
// round thirty-eight"; TestTextMayEndInBylineLabel).
//
// A text ending beyond ASCII is let through only where its last rune is
// white space (unicode.IsSpace, what strings.TrimSpace trims): any other
// rune ends the trimmed last line, and none lowers to the 'y', 'r' or
// 's' a label ends in. Those texts were mostly paragraphs closing on a
// quote mark or an ellipsis, each trimmed and searched for its last line
// break, some 250 instructions (fifty-second session).
func textMayEndInBylineLabel(text string) bool {
	n := len(text)
	if n == 0 {
		return false
	}
	last := text[n-1]
	if last >= utf8.RuneSelf {
		r, _ := utf8.DecodeLastRuneInString(text)
		return unicode.IsSpace(r)
	}
	if last == ':' || asciiSpace(last) {
		return true
	}
	if n < 2 {
		return false
	}
	switch text[n-2] | 0x20 {
	case 'b':
		return last|0x20 == 'y'
	case 'o':
		return last|0x20 == 'r'
	case 'r':
		return last|0x20 == 's'
	}
	return false
}

// textIsASCII reports whether s is all ASCII.
func textIsASCII(s string) bool {
	for i := range len(s) {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// textLowerWords reports whether a word of name opens in lower case,
// other than a surname's particle ("van der Merwe"): a search form's
// field under an "Author" label ("Date within"), not a name.
func textLowerWords(name string) bool {
	for w := range strings.FieldsSeq(name) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && !textNameParticles[w] {
			return true
		}
	}
	return false
}

// textNameParticles are the lower-case words inside people's names.
var textNameParticles = map[string]bool{"van": true, "der": true, "den": true, "de": true, "von": true,
	"da": true, "di": true, "del": true, "la": true, "le": true, "du": true, "bin": true, "al": true}

// textLabelledByline is textLabelledName's name when the line reads as
// one: no cue (a box's heading, "Recent Posts"), no call to action
// ("Find Jobs"), no glued menu words and no word in lower case; or "".
func textLabelledByline(blocks []textBlock, i int) string {
	name := textLabelledName(blocks, i)
	if name == "" || blocks[i+1].cue != textCueNone || blocks[i+1].action || textGluedWords(name) || textLowerWords(name) || textLabelCards(blocks, i) {
		return "" // text_byline_cards.go: a catalogue's cards
	}
	return name
}

// textLabelledBylineName is textLabelledByline's name at block i when
// it is nameLike, else "", as the author box (textAuthorBox) and the
// label ending a block (textLabelEndsBlock) read every block from the
// body's first to the page's end. Most blocks end in no byline label,
// where the three calls down to textMayEndInBylineLabel and nameLike's
// test of the empty name were some 150 instructions a block (13
// thousand blocks of 100 wcxb-dev flat pages; nameLike of "" is false).
// The block's last byte is looked up first (textBylineLabelLasts; the
// walks ask it in their loops, textMayEndLabelByte being inlined), then
// textMayEndInBylineLabel is asked: a paragraph's full stop turns the
// block away without a call. TestTextLabelledBylineNameMatchesPlain and
// TestTextLabelledWalksMatchPlain hold it to the plain reading.
func textLabelledBylineName(blocks []textBlock, i int) string {
	if s := blocks[i].text; !textMayEndLabelByte(s) || !textMayEndInBylineLabel(s) {
		return ""
	}
	if name := textLabelledByline(blocks, i); nameLike(name) {
		return name
	}
	return ""
}

// textBylineLabelLasts marks the last bytes of the texts
// textMayEndInBylineLabel may pass: a byte beyond ASCII, a colon, an
// ASCII space, or the last letter of "by", "or" or "rs" in either case.
var textBylineLabelLasts = func() (lasts [256]bool) {
	for c := range 256 {
		b := byte(c)
		lasts[c] = b >= utf8.RuneSelf || b == ':' || asciiSpace(b) || b|0x20 == 'y' || b|0x20 == 'r' || b|0x20 == 's'
	}
	return lasts
}()

// textMayEndLabelByte reports whether s's last byte is marked in
// textBylineLabelLasts (false for "").
func textMayEndLabelByte(s string) bool {
	return s != "" && textBylineLabelLasts[s[len(s)-1]]
}

// textGluedWords reports whether a word of name is words that flattening
// glued together ("ChecklistsJust", a menu's items run into one): a
// capital after a lower-case letter, three letters or more into the word
// (textGlueAt). The words are read by bytes (textGluedRead).
func textGluedWords(name string) bool {
	return textGluedRead(name, false)
}

// textMenuWords reports whether any word of name, lowered, is written so
// on the page (textLowerOnPage), is a stopword or a weekday ("No
// Comments", "Released Wednesday"), or is glued menu words
// ("OfficeOrganizingPapers").
//
// The page is searched as one text, its blocks joined by line breaks
// (textJoinedBlocks), once for all of the name's words: block by block,
// the rare byte's search was set up again at each of a long page's some
// 270 blocks, some 200 instructions a block (2.4 M of 100 wcxb-dev flat
// pages' 432 M for the 44 words asked). A word of a name holds no space,
// so no occurrence of it spans two blocks, and a line break ends the
// word around an occurrence as a block's edge does (textLowerWordIn).
// TestTextMenuWordsJoinedMatchesBlocks holds it to textLowerOnPage.
func textMenuWords(name string, blocks []textBlock) bool {
	words := strings.Fields(name)
	for _, w := range words {
		if textOddNameWord(w) {
			return true
		}
	}
	page, joined := "", false
	for _, w := range words {
		if w = strings.ToLower(w); !textOpensLower(w) {
			continue
		}
		if !joined {
			page, joined = textJoinedBlocks(blocks), true
		}
		if needle := newRareNeedle(w); textLowerWordIn(w, &needle, page) {
			return true
		}
	}
	return false
}

// textJoinedBlocks is the blocks' texts, each followed by a line break,
// as one string, copied into one buffer of its length (a strings.Builder
// checked its room at each write, some 75 instructions a block).
func textJoinedBlocks(blocks []textBlock) string {
	n := 0
	for i := range blocks {
		n += len(blocks[i].text) + 1
	}
	buf := make([]byte, n)
	at := 0
	for i := range blocks {
		at += copy(buf[at:], blocks[i].text)
		buf[at] = '\n'
		at++
	}
	return unsafe.String(unsafe.SliceData(buf), len(buf)) // buf is not written again
}

// textOddNameWords reports whether a word of name is no name's word
// (textOddNameWord).
func textOddNameWords(name string) bool {
	for w := range strings.FieldsSeq(name) {
		if textOddNameWord(w) {
			return true
		}
	}
	return false
}

// textOddNameWord reports a word no name holds: a stopword, a weekday's
// whole name ("Sun" is a surname too), "today's", or words glued by
// flattening ("ChecklistsJust").
func textOddNameWord(w string) bool {
	var room [textLowerRoom]byte
	low := textAppendToLower(room[:0], w)
	return textnorm.IsStopwordBytes(low) || len(low) > 3 && isWeekday(string(low)) || string(low) == "today's" || textGlueAt([]rune(w), 3) > 0
}

// textWordPunct is what is trimmed from a page's words before they are
// compared with a name's.
const textWordPunct = ".,;:!?()\"'’“”"

// textLowerOnPage reports whether w, in lower case, is one of the page's
// words (runs between spaces, textWordPunct trimmed) written in lower
// case. It searches for w rather than collecting the page's words: a set
// of them cost 5% of flattened-page extraction time, for the one or two
// names a page asks about. The search is by w's rarest byte (rareNeedle):
// strings.Index over the whole page for a name's word opening with a
// common letter was 2.8 M of 100 wcxb-dev flat pages' 465 M instructions.
func textLowerOnPage(w string, blocks []textBlock) bool {
	if !textOpensLower(w) {
		return false
	}
	needle := newRareNeedle(w)
	if len(blocks) >= textLowerJoinBlocks && strings.IndexByte(w, '\n') < 0 {
		return textLowerWordIn(w, &needle, textJoinedBlocks(blocks))
	}
	for i := range blocks {
		if textLowerWordIn(w, &needle, blocks[i].text) {
			return true
		}
	}
	return false
}

// textLowerJoinBlocks is how many blocks a page holds before
// textLowerOnPage searches them joined by line breaks (textJoinedBlocks,
// as textMenuWords does): a word without a line break has no occurrence
// across two blocks, and the break ends the word around one as a block's
// edge does. Block by block, the search and the needle's iterator were
// set up at each block, 0.87 M of the 100 long wcxb-dev flat pages'
// 347.6 M instructions for 14 words, against one copy of the page
// (fifty-third session, docs/quality/text-extraction-4.md;
// TestTextLowerOnPageJoinedMatchesBlocks).
const textLowerJoinBlocks = 64

// textOpensLower reports whether w opens with a lower-case letter, as a
// word textLowerOnPage finds must.
func textOpensLower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// textLowerWordIn reports whether t holds w (needle) as a word: the run
// between spaces around an occurrence, textWordPunct trimmed, is w. The
// occurrences are w's non-overlapping ones from the left, as
// needle.all's, each found by textLowerIndex.
func textLowerWordIn(w string, needle *rareNeedle, t string) bool {
	for at := 0; ; {
		k := textLowerIndex(w, needle, t[at:])
		if k < 0 {
			return false
		}
		if k += at; textLowerWordAt(w, t, k) {
			return true
		}
		at = k + len(w)
	}
}

// textLowerIndex is needle.in(t), strings.Index(t, w), found by a pair
// of w's bytes, its rarest and the one before it (or after it, when the
// rarest is w's first), through textIndexPair: the rarest byte alone
// ("m", "k") stands some 550 times on a long flat page, and
// strings.IndexByte restarted its vector search at each, some 40
// instructions a stop, where the pair stands some 40 times
// (TestTextLowerIndexMatchesIn).
func textLowerIndex(w string, needle *rareNeedle, t string) int {
	if len(w) < 2 || len(w) > len(t) {
		return needle.in(t)
	}
	if needle.j < 0 {
		needle.choose()
	}
	p := max(needle.j, 1) // w[p-1:p+1] is the pair
	a, b, last := w[p-1], w[p], len(t)-len(w)+p
	for from := p - 1; ; {
		i := textIndexPair(t[from:last+1], a, b)
		if i < 0 {
			return -1
		}
		i += from
		if start := i - p; t[start:start+len(w)] == w {
			return start
		}
		from = i // the next pair may open at this one's second byte
	}
}

// textLowerWordAt reports whether the run between spaces around w's
// occurrence at k in t, textWordPunct trimmed, is w.
func textLowerWordAt(w, t string, k int) bool {
	start, end := k, k+len(w)
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(t[:start])
		if unicode.IsSpace(r) {
			break
		}
		start -= n
	}
	for end < len(t) {
		r, n := utf8.DecodeRuneInString(t[end:])
		if unicode.IsSpace(r) {
			break
		}
		end += n
	}
	return strings.Trim(t[start:end], textWordPunct) == w
}

// textGlueAt is the first index from j on where a capital follows a
// lower-case letter inside the word r, two words glued by flattening,
// leaving out a capital after a surname prefix ("MacLeod"); -1 if none.
func textGlueAt(r []rune, j int) int {
	for ; j < len(r); j++ {
		if unicode.IsUpper(r[j]) && unicode.IsLower(r[j-1]) && !textNamePrefix[string(r[:j])] {
			return j
		}
	}
	return -1
}

// textNamePrefix are surname prefixes a capital follows inside one name
// ("MacLeod", "VanDyke", "DelRay").
var textNamePrefix = map[string]bool{"Mac": true, "Van": true, "Von": true, "Des": true, "Del": true, "Della": true}

var (
	textNameDateRE = regexp.MustCompile(`^(\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){1,2}),? (?:` + textMonthNames + `)\.? \d{1,2},? (?:19|20)\d\d\b`)
)

// textDatedBylineRE reads a byline that opens with its date or a
// "Published" label and names the author after " by ": "October 11,
// 2023 by Jane Doe", "Published August 7, 2023 by Jane Doe". Only lines
// that also hold a year are read so, which keeps "Photo by" credits and
// sentences out.
var textDatedBylineRE = regexp.MustCompile(`^(?:[Pp]ublished|[Pp]osted|[Uu]pdated|[Oo]n|\p{Lu}\p{Ll}+\.? \d|\d)[^\n]{0,40}? [Bb]y:? (\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){1,3})`)

// textGlueLabels are the words, beside month names, that flattening
// glues to a byline's name or leaves after it ("Jane DoeIn Budget Travel",
// "Jane DoePublished", "Jane Doe UpdatedJanuary 3"). True marks those
// also cut when they stand alone after the name: "Tom May" and
// "Audiophile On" are names.
var textGlueLabels = map[string]bool{"published": true, "updated": true, "posted": true,
	"reviewed": true, "last": true, "in": true, "on": false}

// textGlueWord reports whether s starts with a glue word: a label or a
// month name, up to the next capital or non-letter.
func textGlueWord(s string) bool {
	end := len(s)
	for i, r := range s {
		if i > 0 && (unicode.IsUpper(r) || !unicode.IsLetter(r)) {
			end = i
			break
		}
	}
	w := strings.ToLower(s[:end])
	_, label := textGlueLabels[w]
	return label || isMonth(w)
}

// textUnglueName cuts a byline's name where flattening glued the next
// word to it, at a capital that starts a glue word ("Jane DoeMar 5", not
// "Ann SanSone"), and before a label standing on its own after the name.
func textUnglueName(name string) string {
	words := strings.Fields(name)
	for i, w := range words {
		if i > 0 && textGlueLabels[strings.ToLower(w)] {
			return strings.Join(words[:i], " ")
		}
		r := []rune(w)
		for j := textGlueAt(r, 2); j > 0; j = textGlueAt(r, j+1) {
			if textGlueWord(string(r[j:])) {
				// what is left may end in a glue word: "Doe UpdatedJanuary"
				return textUnglueName(strings.Join(append(words[:i:i], string(r[:j])), " "))
			}
		}
	}
	return name
}
