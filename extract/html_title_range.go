package extract

// numberRange reports whether a separator stands between two numbers
// ("2026 / 2027", "Season 2024 - 2025"): a range or a pair of years that
// belongs to the headline, not a break before a site or section name,
// which opens with a word.
func numberRange(before, after string) bool {
	return before != "" && after != "" && allDigits(before) && allDigits(after)
}
