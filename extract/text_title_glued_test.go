package extract

import (
	"slices"
	"testing"
)

func TestTextTitleGluedSlug(t *testing.T) {
	const (
		url  = "https://college.example/arts/potterywheelclasses/"
		head = "Pottery Wheel Classes"
	)
	menu := []string{"Home", "Arts", "Calendar", "Register"}
	body := []string{
		"Our evening classes teach centring, throwing and trimming on the wheel over eight weeks, with clay and firing included.",
		"Beginners are welcome; each student has a wheel of their own and the studio is open for practice on Saturdays.",
		"Contact us", "Privacy policy",
	}
	page := func(head ...string) []textBlock {
		return textNewBlocks(slices.Concat(menu, head, body)...)
	}
	for _, c := range []struct {
		name   string
		blocks []textBlock
		url    string
		title  string
		want   string
	}{
		{"spelled", page(head), url, "", head},
		{"the last word opened", page("Pottery Wheel Classroom Schedule"), "https://college.example/arts/potterywheelclass", "", "Pottery Wheel Classroom Schedule"},
		{"a chapter's number left out", page("3. Pottery Wheel Classes"), url, "", "3. Pottery Wheel Classes"},
		{"stopwords left out", page("The Wheel-and-Kiln Problem"), "https://maker.example/wheelkiln", "", "The Wheel-and-Kiln Problem"},
		{"the first of two", page(head, "Pottery Wheel Classes for Teens"), url, "", head},
		{"a title given", page(head), url, "Arts", "Arts"},
		{"a slug of two words", page(head), "https://college.example/arts/pottery-wheelclasses/", "", ""},
		{"a short slug", page("Art Gallery Hours"), "https://college.example/artga", "", ""},
		{"one word spelled", page("Potterywheel Classes Today"), "https://college.example/arts/potterywheel", "", ""},
		{"the first word opened", page("Potterystudio Open Days"), "https://college.example/potteryst", "", ""},
		{"not from the start", page("Evening Pottery Wheel Classes"), url, "", ""},
		{"two lines", page(head + "\nRegister"), url, "", ""},
		{"no URL", page(head), "", "", ""},
	} {
		if got := textTitleGluedSlug(c.blocks, c.title, textSlugKeys(c.url)); got != c.want {
			t.Errorf("%s: textTitleGluedSlug gives %q, want %q", c.name, got, c.want)
		}
	}
}
