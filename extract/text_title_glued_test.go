package extract

import "testing"

// TestTextTitleGluedSlug: a page with no title whose slug is one word, a
// headline's words run together, takes the first one-line headline that
// spells it from its first word across two or more, stopwords left out
// and its last word perhaps only opened; a title given, a slug of two
// words, a short slug, a line spelling it in one word or from its second,
// a line of two lines and a page without a URL leave the title.
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
	page := textPageWithHead(menu, body)
	checkSlugTitles(t, "textTitleGluedSlug", textTitleGluedSlug, []textSlugTitleCase{
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
	})
}
