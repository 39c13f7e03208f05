package textnorm

import "testing"

func TestRepairMojibake(t *testing.T) {
	tests := []struct{ in, want string }{
		// Read as windows-1252, and as Latin-1 (C1 controls kept).
		{"Investorâ€™s Guide", "Investor’s Guide"},
		{"Investor\u00e2\u0080\u0099s Guide", "Investor’s Guide"},
		{"â€œQuoted,â€\u009d she said", "“Quoted,” she said"},
		{"â€œQuoted,â€\ufffd she said", "“Quoted,” she said"},
		{"Ã\ufffd", "Ã\ufffd"},
		{"cafÃ© in SÃ£o Paulo", "café in São Paulo"},
		{"Ã‰cole", "École"},
		{"ÐŸÑ€Ð¸Ð²ÐµÑ‚", "Привет"},
		{"Â© 2025 â€” all rights", "© 2025 — all rights"},
		{"ðŸ˜€ smile", "😀 smile"},
		// Mangled twice.
		{"Ã¢â‚¬â„¢", "’"},
		// A weak sequence is repaired beside a sure one, and only then.
		{"Ã“timo, cafÃ©", "Ótimo, café"},
		{"“A IRMÃ”", "“A IRMÃ”"}, // Portuguese: "the sister", in capitals and quotes
		// Real text.
		{"São Paulo, À bientôt, naïve façade", "São Paulo, À bientôt, naïve façade"},
		{"Fuß“ und Straße", "Fuß“ und Straße"},
		{"«CAFÉ»", "«CAFÉ»"},
		{"plain ascii", "plain ascii"},
		{"", ""},
		// A lead character without its continuations, or cut short.
		{"Ã and â€", "Ã and â€"},
	}
	for _, tt := range tests {
		if got := RepairMojibake(tt.in); got != tt.want {
			t.Errorf("RepairMojibake(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzRepairMojibake(f *testing.F) {
	for _, s := range []string{"Investorâ€™s", "cafÃ©", "Ã¢â‚¬â„¢", "São Paulo"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := RepairMojibake(s)
		if len(got) > len(s) {
			t.Fatalf("repair of %q grew it to %q", s, got)
		}
		// Text with nothing to repair comes back unchanged; ASCII is never
		// touched.
		ascii := true
		for i := 0; i < len(s); i++ {
			ascii = ascii && s[i] < 0x80
		}
		if ascii && got != s {
			t.Fatalf("ASCII %q changed to %q", s, got)
		}
	})
}
