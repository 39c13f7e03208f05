package extract

import "testing"

// TestTextNameOverSelfIntro checks an author card far under the body
// that introduces itself in the first person, under the name or glued
// to it; none for a name given in the introduction, a greeting as the
// card's heading, a bio that names no trade, a heading of words the page
// writes in lower case, or two cards.
func TestTextNameOverSelfIntro(t *testing.T) {
	const card = "Maren Solberg\nI'm the founder of the Quay News and its harbour reporter since 2015, on the ferries and their crews.\n"
	textCheckAuthorsFarBelow(t, []textAuthorAround{
		{card, "Maren Solberg"},
		{"Maren Solberg\nHello, and welcome! I’m the editor of this site, and I write on the ferries.\n", "Maren Solberg"},
		{"Maren Solberg I am a harbour reporter and writer who covers the ferries and the crews on the water.\n", "Maren Solberg"},
		{"Maren Solberg\nI'm Maren, co-founder of the Quay News, and I love the ferries.\n", ""},
		{"Hi, I'm Maren!\nI'm a harbour reporter and writer who covers the ferries.\n", ""},
		{"Maren Solberg\nI'm a mother of two who loves the ferries and the quay.\n", ""},
		{"Harbour Ferries\nI'm the founder of the Quay News and its harbour reporter.\n", ""},
		{card + "Tor Lund\nI'm the photo editor of the Quay News and shoot the harbour.\n", ""},
	})
}

// TestTextSelfIntrosOrder holds textSelfIntros, built from
// textFirstPersonOpenings and textSelfIntroArticles, to the nine openings
// in the order textGluedSelfIntroName tries them (the first that reads
// gives the name).
func TestTextSelfIntrosOrder(t *testing.T) {
	want := [...]string{
		"I'm a ", "I'm an ", "I'm the ",
		"I’m a ", "I’m an ", "I’m the ",
		"I am a ", "I am an ", "I am the ",
	}
	if textSelfIntros != want {
		t.Errorf("textSelfIntros = %q, want %q", textSelfIntros, want)
	}
}
