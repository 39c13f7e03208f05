package extract

import "testing"

// TestTextCopyrightNames: the holder after a "©" and its years, read with
// either ending. The title's (textHolderOpens) takes the holder's opening
// words, letter case aside; the site owner's (textHolderWhole) the name
// as written and then the line's end, a full stop or a comma, past the
// word "Copyright".
func TestTextCopyrightNames(t *testing.T) {
	for _, c := range []struct {
		line, name   string
		opens, whole bool
	}{
		{"© 2025 Maren Solberg. This site is open source!", "Maren Solberg", true, true},
		{"This site is © 1998-2025 Maren Solberg, all rights reserved.", "Maren Solberg", true, true},
		{"Copyright © 2012–2025 Maren Solberg", "Maren Solberg", true, true},
		{"© 2010 - 2025 Maren Solberg", "Maren Solberg", true, true},
		{"© 2025 - Maren Solberg", "Maren Solberg", true, true},
		{"© Copyright 2025 Maren Solberg. Registered charity.", "Maren Solberg", false, true},
		{"© Copyright 2025 Maren Solberg", "© Copyright 2025 Maren Solberg", true, false},
		{"© 2025 Maren Solberg Studio", "Maren Solberg", true, false},
		{"© 2025 maren solberg", "Maren Solberg", true, false},
		{"Maren Solberg © 2025", "Maren Solberg", false, false},
		{"Maren Solberg, editor. © 2025 Maren Solberg", "Maren Solberg", true, true},
		{"Copyright 2025 Maren Solberg", "Maren Solberg", false, false}, // no mark
		{"© 12 Maren Solberg", "Maren Solberg", false, false},           // no year
		{"© 2025 Maren Solberg", "", false, false},
	} {
		if got := textCopyrightNames(c.line, c.name, textHolderOpens); got != c.opens {
			t.Errorf("%q in %q, the opening words: %v, want %v", c.name, c.line, got, c.opens)
		}
		if got := textCopyrightNames(c.line, c.name, textHolderWhole); got != c.whole {
			t.Errorf("%q in %q, the name whole: %v, want %v", c.name, c.line, got, c.whole)
		}
	}
}
