package extract

import "testing"

// TestTextNamesOwner: a name is the owner a copyright notice names when
// the notice's words after "©" and its years open with the name's words.
func TestTextNamesOwner(t *testing.T) {
	for _, c := range []struct {
		notice, name string
		want         bool
	}{
		{"© 2025 The Hechinger Report Powered by Newspack", "The Hechinger Report", true},
		{"©2019 Thomson Reuters/Tax & Accounting", "Thomson Reuters Tax & Accounting", true},
		{"© 2010–2025 Esprit Barbecue", "Esprit Barbecue", true},
		{"© 2010 - 2025 Esprit Barbecue", "Esprit Barbecue", true},
		{"© Nintendo. Games are property of their respective owners.", "Nintendo", true},
		{"Copyright © 2025 kansas legal services", "Kansas Legal Services", true},
		{"© Supabase Inc—ContributingAuthor Styleguide", "Auth", false},
		{"© Supabase Inc—ContributingAuthor Styleguide", "Supabase Incorporated", false},
		{"© 2025 Dotdash Meredith. The Spruce Eats is part of it.", "The Spruce Eats", false},
		{"The Healthy Eating Plate image is owned by Harvard University ©", "Healthy Eating Plate", false},
		{"2025 The Hechinger Report", "The Hechinger Report", false},
		{"© 2025 The Hechinger Report", "", false},
		{"© 2025 Yeti Technologies LLC", "Yeti App Kit", false},
		{"© 2025 Yeti Technologies LLC", "Yeti Tech", false},
		{"© 2025 Yeti Technologies LLC", "— ·", false},
	} {
		blocks := textNewBlocks("Home", c.notice)
		if got := textNamesOwner(blocks, c.name); got != c.want {
			t.Errorf("%q in %q: textNamesOwner = %v, want %v", c.name, c.notice, got, c.want)
		}
	}
}

// TestTextTitleNotOwner: without a URL, a line taken that names the
// page's owner in its copyright notice gives way to the best other
// candidate; with a URL, for a line that is no owner's name, or with no
// other candidate clearing its bar, the line taken stays.
func TestTextTitleNotOwner(t *testing.T) {
	const (
		site = "The Garden Club Gazette"
		head = "Seven Raised Beds Built From Pallets"
		body = "Our allotment had three broken beds last spring, so we asked the club's members to bring every pallet they could spare and spent a weekend building new ones."
	)
	for _, c := range []struct {
		name, taken, url string
		score            float64 // the headline's
		moves            bool
	}{
		{"the owner's name", site, "", 1, true},
		{"with a URL", site, "https://gazette.example/beds", 1, false},
		{"no owner's name", "Spring Plant Sale", "", 1, false},
		{"the headline under its bar", site, "", -20, false},
	} {
		blocks := textNewBlocks("Home", c.taken, head, body, "© 2025 "+site+". All rights reserved.")
		var w [textTitleFeatures]float64
		w[0] = 1
		cands := []int{1, 2}
		vecs := [][textTitleFeatures]float64{{2}, {c.score}}
		want := 1
		if c.moves {
			want = 2
		}
		if got := textTitleNotOwner(&textTitleCandidates{blocks: blocks, cands: cands, vecs: vecs, first: 3, url: c.url, w: &w}, 1); got != want {
			t.Errorf("%s: textTitleNotOwner gives block %d, want %d", c.name, got, want)
		}
	}
}
