package extract

import "strings"

// A personal site's owner named by its heading and its address: the page
// opens with the owner's name as the site's heading ("Cory Dransfeldt"
// over "Feeds Status updates Mastodon", "Owain Brennan" over "Home Blog",
// "Christoffer Artmann" over "Posts") and the host spells a part of that
// name: the first name and the surname's initial (coryd.dev), the first
// name as a label of its own (owain.bearblog.dev) or the surname alone
// (artmann.co). The post carries no byline and no copyright line holding
// the name, so textSiteOwnerName does not read it. A host that spells the
// whole name run together is a firm's or a project's as often (a
// service's "Hugging Face" at huggingface.co, a forum's "Arch Linux" at
// bbs.archlinux.org, on wcxb-dev pages whose gold names nobody or a
// poster), so only a part counts; the guards of textSiteOwnerName's
// heading stand (a plain name the page sets once and writes in no lower
// case), which turn away "Engora Data Blog" (blog.engora.com), "Windy
// Community" and "Visual Studio Code" (code.visualstudio.com).

// textOwnerByHost is the page's first block, less a logo's closing
// marks (textIsOwnerMark), when it is a plain name of
// two or three words (textPlainName, no odd word) that no other block
// repeats, that the page's host spells in part (textHostSpellsPart) and
// that the page does not write in lower case (textMenuWords), or "".
func textOwnerByHost(blocks []textBlock, pageURL string) string {
	if len(blocks) == 0 || pageURL == "" {
		return ""
	}
	b := &blocks[0]
	if b.words < 2 || b.words > 3 || b.lines || b.sentEnd || b.dup > 0 {
		return ""
	}
	// A logo's closing marks are no part of the name ("Pierce Freeman//").
	name := strings.TrimRightFunc(b.text, textIsOwnerMark)
	if !textPlainName(name) || textOddNameWords(name) {
		return ""
	}
	host, _ := innerHostOf(pageURL)
	if host == "" || !textHostSpellsPart(host, name) || textMenuWords(name, blocks) {
		return ""
	}
	return name
}

// textIsOwnerMark reports a mark a site's heading may close with after
// the owner's name: a slash, a bar, a dot or a dash.
func textIsOwnerMark(r rune) bool {
	return strings.ContainsRune("/|·.-–—_ ", r)
}

// textHostSpellsPart reports whether a label of host before its
// top-level domain, its letters and digits run together (squash), is
// name's first word, its last word, or the first word and the last
// word's initial, with at least minHostName letters; a label that is
// the whole name run together does not count.
func textHostSpellsPart(host, name string) bool {
	words := strings.Fields(name)
	if len(words) < 2 {
		return false
	}
	first, last := squash(words[0]), squash(words[len(words)-1])
	if first == "" || last == "" {
		return false
	}
	labels := strings.Split(host, ".")
	for _, l := range labels[:len(labels)-1] {
		l = squash(l)
		if len(l) < minHostName || l == squash(name) {
			continue
		}
		if l == first || l == last || l == first+last[:1] {
			return true
		}
	}
	return false
}
