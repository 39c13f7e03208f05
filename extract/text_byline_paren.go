package extract

import "strings"

// A writer's name may carry a part in parentheses, a maiden name or the
// site's handle, in a dated byline next to the headline: "Jane (Lund) Roe
// Published: January 3, 2024" under it, "Posted on December 20, 2025 by
// Jane Roe (KeelNews) - 5 Comments on <headline>" over it (a blog
// template's meta line). The name readings take capitalised words only,
// so the parenthesis ends the name short or refuses it; the gold keeps it.

// textParenNameByline is the name with a part in parentheses
// (textParenName) of a dated byline (textParenBylineName) on the line
// right over the headline at or on one of the two under it; or "".
func textParenNameByline(blocks []textBlock, at int) string {
	if at < 0 {
		return ""
	}
	if at > 0 {
		if name := textParenBylineName(blocks[at-1].text, blocks); name != "" {
			return name
		}
	}
	name := ""
	textLineUnder(blocks, at, true, func(i int) bool {
		name = textParenBylineName(blocks[i].text, blocks)
		return name != ""
	})
	return name
}

// textDateLabels are the labels a byline's date follows when the name
// comes first ("Jane Roe Published: …").
var textDateLabels = [...]string{" Published", " Updated", " Posted"}

// textParenBylineName is the name with a part in parentheses in line t,
// a byline of one of two forms, or "": the name, then a date label
// (textDateLabels, a colon or "on" after it) and a date to the line's
// end in at most textDateBylineWords words; or "Posted on", a date, "by"
// and the name, up to the line's end or a separator (" - ", " | ",
// " – ").
func textParenBylineName(t string, blocks []textBlock) string {
	if !strings.Contains(t, "(") {
		return ""
	}
	if rest, ok := strings.CutPrefix(t, "Posted on "); ok {
		date, name, ok := strings.Cut(rest, " by ")
		if !ok || !textDateIn(date) {
			return ""
		}
		for _, sep := range [...]string{" - ", " | ", " – "} {
			name, _, _ = strings.Cut(name, sep)
		}
		return textParenName(name, blocks)
	}
	if len(strings.Fields(t)) > textDateBylineWords {
		return ""
	}
	for _, label := range textDateLabels {
		k := strings.Index(t, label)
		if k < 0 {
			continue
		}
		date := strings.TrimPrefix(strings.TrimLeft(t[k+len(label):], ":"), " on")
		if !textDateIn(date) {
			return ""
		}
		return textParenName(t[:k], blocks)
	}
	return ""
}

// textParenName is s when it is a name with one part in parentheses of
// one or two capitalised words ("Jane (Lund) Roe", "Jane Roe (KeelNews)")
// and, that part left out, a plain name of two or three words with no
// odd word (textOddNameWords) and no word a menu's or a sentence's
// (textMenuWords: written in lower case on the page, a stopword, a
// weekday, or glued menu words); or "".
func textParenName(s string, blocks []textBlock) string {
	s = strings.TrimSpace(s)
	open, shut := strings.IndexByte(s, '('), strings.IndexByte(s, ')')
	if open < 0 || shut < open || strings.Count(s, "(") != 1 || strings.Count(s, ")") != 1 {
		return ""
	}
	inner := strings.Fields(s[open+1 : shut])
	if len(inner) == 0 || len(inner) > 2 {
		return ""
	}
	for _, w := range inner {
		if !opensUpper(w) {
			return ""
		}
	}
	plain := strings.Join(strings.Fields(s[:open]+" "+s[shut+1:]), " ")
	if len(strings.Fields(plain)) > 3 || !textPlainName(plain) || textOddNameWords(plain) || textMenuWords(plain, blocks) {
		return ""
	}
	return s
}
