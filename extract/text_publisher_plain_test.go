package extract

import (
	"strings"
	"testing"
)

// TestTextFindPublisherMatchesPlain checks textFindPublisher, which reads
// the blocks in place and by their word count first, against its plain
// form (textFindPublisherPlain) on invented pages and random ones made of
// copyright lines, source lines and prose, and that the random pages name
// a publisher often enough to try it.
func TestTextFindPublisherMatchesPlain(t *testing.T) {
	pages := []string{
		"A Headline Here\nSome prose that runs on for a while.\n© 2025 Bloomberg L.P.",
		"Independent 6 hours ago\nThe body of the report.",
		"copyright 2019 Harbour Press, all rights reserved",
		"Copyright 2020 Acme\n(c) 2021 Beacon Media\n",
		"Reuters 2 days ago with more words than ten after it so that the count turns it away ago",
	}
	lines := []string{"© 2025 Bloomberg L.P.", "©2024 Beacon Media", "(c) 2021 Harbour Press", "(C) 2021 Harbour Press",
		"copyright 2019 Acme Ltd. all rights reserved", "Copyright 2020 Acme", "Independent 6 hours ago",
		"Daily Ledger 3 days ago", "Ledger Bay News Wire of the Coast 3 days ago", "Ledger Bay News Wire of the Coast Post 3 days ago", "updated 5 minutes ago", "The report went on for a long while and said nothing at all 2 hours ago",
		"A short line", "Prose that ends in a full stop.", "© Mira Tolland", "ago", "copyright"}
	rng := fastRand(38, 1)
	for range 4000 {
		var b strings.Builder
		for range 1 + rng.IntN(8) {
			b.WriteString(lines[rng.IntN(len(lines))])
			b.WriteByte('\n')
		}
		pages = append(pages, b.String())
	}
	named := 0
	for _, page := range pages {
		blocks := textSplitBlocks(page)
		want := textFindPublisherPlain(blocks)
		if want != "" {
			named++
		}
		if got := textFindPublisher(blocks); got != want {
			t.Errorf("textFindPublisher(%q) = %q, the plain form %q", page, got, want)
		}
	}
	if named < 1000 {
		t.Fatalf("only %d pages name a publisher: the random pages do not try it", named)
	}
}

// textFindPublisherPlain is textFindPublisher's plain form: each block
// copied, its opening compared before its word count.
func textFindPublisherPlain(blocks []textBlock) string {
	for _, b := range blocks {
		copyright := strings.HasPrefix(b.low, "©") || strings.HasPrefix(b.low, "(c") || strings.HasPrefix(b.low, "copyright")
		if b.words > textAgoMaxWords || !(copyright || strings.HasSuffix(b.text, " ago")) {
			continue
		}
		if m := textAgoRE.FindStringSubmatch(b.text); m != nil {
			return strings.TrimSpace(m[1])
		}
		if m := textCopyrightRE.FindStringSubmatch(b.text); m != nil {
			return strings.TrimSpace(m[1])
		}
	}
	return ""
}

// TestTextCopyrightFirsts checks that textCopyrightFirsts marks the first
// byte of each copyright opening textFindPublisher asks of a block's
// lowered start, and no other ASCII letter.
func TestTextCopyrightFirsts(t *testing.T) {
	for _, opening := range []string{"©", "(c", "copyright"} {
		if !textCopyrightFirsts[opening[0]] {
			t.Errorf("textCopyrightFirsts leaves out %q's first byte", opening)
		}
	}
	for c := 'a'; c <= 'z'; c++ {
		if c != 'c' && textCopyrightFirsts[c] {
			t.Errorf("textCopyrightFirsts marks %q", c)
		}
	}
}
