package extract

import (
	"regexp"
	"strings"
)

// textPostCreditRE matches the line a social network's embedded post ends
// with once the page is flattened: the embed code's fallback is the post's
// text, then "— Name (@handle) Month D, YYYY" linking to it. The post is
// someone else's words shown beside the article, not the article (the HTML
// path skips the embed's <blockquote>, socialEmbed).
var textPostCreditRE = regexp.MustCompile(`^[—–-] ?[^()]{1,80} \(@\w{1,30}\) (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}$`)

// textSharedPostRE matches an embedded Instagram post's credit line.
var textSharedPostRE = regexp.MustCompile(`^A post shared by [^()]{1,80} \(@[\w.]{1,30}\)$`)

// textPostMaxChars bounds the post's text above its credit line: a post
// holds 280 characters, and its fallback adds a shortened link and an
// ellipsis. The walk up from the credit stops before a paragraph that would
// pass the bound, so a paragraph of the article longer than a post never
// goes with it.
const textPostMaxChars = 300

// textLeaveOutEmbeddedPosts marks an embedded post's credit line and the
// paragraphs of the post above it: those that fit in textPostMaxChars
// together, up to a line that ends neither like a sentence nor with the
// post's link (a subhead of the article over the post). A credit names no
// date of the article, so the line goes even when nothing above it does.
//
// An Instagram post flattens into "View this post on Instagram", its
// picture's place, and "A post shared by Name (@handle)": the two lines go,
// and nothing above them, since the caption is not in the fallback.
func textLeaveOutEmbeddedPosts(blocks []textBlock, keep, out []bool) {
	for i := range blocks {
		b := &blocks[i]
		if b.words < 4 || b.words > 24 || !textMayOpenEmbedLine(b.text) {
			continue
		}
		if b.text == "View this post on Instagram" ||
			strings.HasPrefix(b.text, "A post shared by ") && textSharedPostRE.MatchString(b.text) {
			out[i] = true
			continue
		}
		if !strings.Contains(b.text, "(@") || !textPostCreditRE.MatchString(b.text) {
			continue
		}
		out[i] = true
		chars := 0
		for j := i - 1; j >= 0; j-- {
			p := &blocks[j]
			chars += len(p.text)
			if chars > textPostMaxChars || !p.sentEnd && !textEndsWithPostLink(p.text) {
				break
			}
			out[j] = true
		}
	}
}

// textMayOpenEmbedLine is a cheap test before the embedded post's lines,
// true of every line they match: "View this post on Instagram", "A post
// shared by …", and a credit line, which opens with a dash ('-', or '—'
// and '–', whose UTF-8 opens with 0xE2). Every line of 4 to 24 words is
// asked, and the credit's search for "(@" cost some 1.1 M instructions
// over 100 wcxb-dev flat pages (forty-third session); s is not empty, as
// a block of words is not.
func textMayOpenEmbedLine(s string) bool {
	switch s[0] {
	case 'V', 'A', '-', 0xE2:
		return true
	}
	return false
}

// textEndsWithPostLink reports a line ending with the short link a post's
// fallback text carries: a t.co address or a pic.twitter.com picture.
func textEndsWithPostLink(s string) bool {
	at := strings.LastIndexByte(s, ' ')
	last := s[at+1:]
	return strings.HasPrefix(last, "https://t.co/") || strings.HasPrefix(last, "http://t.co/") ||
		strings.HasPrefix(last, "pic.twitter.com/")
}
