package claims

import "testing"

func TestCanonical(t *testing.T) {
	tests := []struct{ in, want string }{
		{"UK ministry of defence", "UK Ministry of Defence"},
		{"British ministry of defence", "UK Ministry of Defence"},
		{"the UK Defence Ministry", "UK Ministry of Defence"},
		{"the UK's Ministry of Defence (MoD)", "UK Ministry of Defence"},
		{"U.K. defense ministry", "UK Ministry of Defence"},
		{"the MoD", "Ministry of Defence"},
		{"Defence Intelligence", "Ministry of Defence"},
		{"the defence ministry", "Ministry of Defence"},
		{"DPRK", "North Korea"},
		{"North Korea", "North Korea"},
		{"North Korean forces", "North Korea"},
		{"Democratic People's Republic of Korea", "North Korea"},
		{"South Korean authorities", "South Korea authorities"},
		{"US, South Korean and Ukraine intelligence officials", "US, South Korea, Ukraine intelligence officials"},
		{"the Brackwater Police Department", "Brackwater Police Department"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Canonical(tt.in); got != tt.want {
			t.Errorf("Canonical(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestAttribution(t *testing.T) {
	tests := []struct {
		in      string
		want    string
		pronoun bool
	}{
		{"The total casualties amount to more than half, the UK ministry of defence said.", "UK Ministry of Defence", false},
		{"More than 6,000 soldiers were killed, the British ministry of defence has assessed.", "UK Ministry of Defence", false},
		{"But, according to the UK, the North Korean side took more than 6,000 casualties.", "UK", false},
		{"Russia's Kursk region, according to estimates by British intelligence.", "UK intelligence", false},
		{"According to the US, South Korean and Ukraine intelligence officials, North Korea dispatched troops.", "US, South Korea, Ukraine intelligence officials", false},
		{"'Rates have almost certainly been sustained,' the UK defence ministry's statement said.", "UK Ministry of Defence", false},
		{"South Korean authorities recently said North Korea sent around 3,000 troops.", "South Korea authorities", false},
		{"North Korea suffered more than 6,000 casualties in Ukraine, UK intelligence says", "UK intelligence", false},
		{"UK Intelligence Estimates 6,000 North Korean Casualties In Kursk", "UK intelligence", false},
		{"In its latest update on X, the UK's Ministry of Defence (MoD) said: \"The total.\"", "UK Ministry of Defence", false},
		{"\"It was a tragedy,\" said Police Chief Marta Vellin.", "Police Chief Marta Vellin", false},
		{"'Shoigu has highly likely been a key interlocutor,' it said.", "", true},
		{"The ministry added that North Korea's casualty rates were high.", "", true},
		{"“Rates have almost certainly been sustained,” the statement said.", "", true},
		{"North Korea has been a staunch ally of Russia.", "", false},
		{"Police said she was on the footbridge at the time.", "police", false},
		{"The spokeswoman said the fire began in a storage shed.", "", true},
		{"\"They were neighbours,\" said RPD spokesman Lt. Corin Abbott.", "RPD spokesman Lt. Corin Abbott", false},
		{"\"It was unusual,\" police spokesman Sgt. Tomas Berel said.", "police spokesman Sgt. Tomas Berel", false},
		{"The injured girl's aunt on Friday said the family is grateful for the help.", "", false},
	}
	for _, tt := range tests {
		got, pronoun := attribution(tt.in)
		if got != tt.want || pronoun != tt.pronoun {
			t.Errorf("attribution(%q) = %q, %v; want %q, %v", tt.in, got, pronoun, tt.want, tt.pronoun)
		}
	}
}

func TestEstimative(t *testing.T) {
	tests := []struct {
		in        string
		term      string
		low, high float64
	}{
		{"DPRK forces have highly likely sustained more than 6,000 casualties.", "highly likely", 0.80, 0.90},
		{"Rates have almost certainly been sustained through assaults.", "almost certainly", 0.95, 1.00},
		{"It is highly unlikely that Russia will withdraw.", "highly unlikely", 0.10, 0.20},
		{"There is a realistic possibility of a new offensive.", "realistic possibility", 0.40, 0.50},
		{"An attack is unlikely this year.", "unlikely", 0.25, 0.35},
		{"They will likely deploy more troops.", "likely", 0.55, 0.75},
		{"There is only a remote chance of peace talks.", "remote chance", 0.00, 0.05},
		{"The ministry said it would probably take months.", "probably", 0.55, 0.75},
		{"North Korea sent troops.", "", 0, 0},
	}
	for _, tt := range tests {
		got := Estimative(tt.in)
		if tt.term == "" {
			if got != nil {
				t.Errorf("Estimative(%q) = %+v, want nil", tt.in, got)
			}
			continue
		}
		if got == nil || got.Term != tt.term || got.Low != tt.low || got.High != tt.high {
			t.Errorf("Estimative(%q) = %+v, want %s %v–%v", tt.in, got, tt.term, tt.low, tt.high)
		}
	}
}

func TestVerification(t *testing.T) {
	tests := []struct{ in, want string }{
		{"No evidence was provided to substantiate the assessment.", "no evidence was provided"},
		{"Bloomberg was unable to independently verify the figures.", "unable to independently verify"},
		{"The claims could not be independently verified.", "could not be independently verified"},
		{"Reuters could not confirm the report.", "could not confirm"},
		{"The figures have not been verified.", "have not been verified"},
		{"Police provided evidence to the court.", ""},
	}
	for _, tt := range tests {
		if got := Verification(tt.in); got != tt.want {
			t.Errorf("Verification(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSentences(t *testing.T) {
	sp, err := NewSplitter()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		in   string
		want []string
	}{
		{"in the Kursk region.More than half of the troops, according to the UK.North Korea’s leader",
			[]string{"in the Kursk region.", "More than half of the troops, according to the UK.", "North Korea’s leader"}},
		{"since invading Ukraine in February 2022.In its latest update on X, the MoD said.",
			[]string{"since invading Ukraine in February 2022.", "In its latest update on X, the MoD said."}},
		{"dismounted assaults”.North Korean operations ended.",
			[]string{"dismounted assaults”.", "North Korean operations ended."}},
		{"The U.S. Army said so. See https://t.co/Ab.Cd now.",
			[]string{"The U.S. Army said so.", "See https://t.co/Ab.Cd now."}},
		{"First line\nwraps here.\n\nSecond paragraph", []string{"First line wraps here.", "Second paragraph"}},
	}
	for _, tt := range tests {
		got := sp.Sentences(tt.in)
		if len(got) != len(tt.want) {
			t.Errorf("Sentences(%q) = %q, want %q", tt.in, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("Sentences(%q)[%d] = %q, want %q", tt.in, i, got[i], tt.want[i])
			}
		}
	}
}

func FuzzAttribution(f *testing.F) {
	for _, s := range []string{
		"according to , the UK said", "'x,' the UK ministry of defence said.", "said , Police Chief",
		"(MoD) said", ") said", "according to", "It said", "UK Intelligence Estimates 6,000",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		attribution(s)
		Estimative(s)
		Verification(s)
		Canonical(s)
	})
}
